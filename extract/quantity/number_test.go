package quantity

import "testing"

func TestNumberCorpus(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 134 count", []string{"134", "134 victims", "the MIA registered 134 criminal cases", "(134)", "134."}},
		{"exact 1200 count", []string{"1,200", "1,200 victims", "one thousand two hundred", "1.2 thousand"}},
		{"exact 1200000 count", []string{"1.2 million", "1,200,000", "1.2 mln"}},
		{"exact 28 count", []string{"twenty-eight", "Twenty-eight victims", "twenty eight", "28"}},
		{"exact 64 count", []string{"Sixty-Four Raids in the Last Two Weeks", "sixty-four"}},
		{"exact 105 count", []string{"one hundred and five", "one hundred five", "105"}},
		{"exact 12 count", []string{"a dozen", "a dozen NGOs", "twelve"}},
		{"exact 24 count", []string{"two dozen"}},
		{"exact 100 count", []string{"a hundred", "one hundred"}},
		{"exact 11000 count", []string{"11 thousand children", "eleven thousand"}},
		{"exact 2500 count", []string{"two thousand five hundred", "2,500"}},
		{"exact 2.5 count", []string{"2.5", "2.5 kilos"}},
		{"exact 2008 count", []string{"2,008 victims"}},
		{"exact 2000 count", []string{"2000 victims", "2000 trafficking victims"}},
		{"exact 1 count", []string{"one has already testified", "one"}},
		{"exact 0 count", []string{"0 convictions", "zero convictions"}},
		{"exact 0.5 count", []string{"one-half"}},
		{"exact 4 count; exact 3 count", []string{"four women ... three of them"}},
	})
}

func TestNumberWordsStop(t *testing.T) {
	// a number word sequence stops where the grammar does
	for _, c := range []struct{ in, want string }{
		{"five six", "exact 5 count; exact 6 count"},
		{"twenty-eight and one hundred", "exact 28 count; exact 100 count"},
		{"one hundred and", "exact 100 count"},
		{"an apple", ""},
		{"a day", ""},
	} {
		if got := valuesOf(Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestNumberSeparators(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 1000000 count", []string{"1.000.000", "1,000,000", "one million", "1 million"}},
		{"exact 100000 amount EUR", []string{"100.000 euros", "100,000 euros", "EUR 100,000"}},
		{"exact 2500 count", []string{"2.500 victims", "2,500 victims"}},
		{"exact 1 count", []string{"1.000"}},
		{"exact 6 count", []string{"half a dozen", "six"}},
		{"exact 500000 count", []string{"half a million"}},
	})
}
