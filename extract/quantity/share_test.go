package quantity

import "testing"

func TestShareCorpus(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 50/100 count", []string{"50 out of 100", "50 out of a total of 100", "fifty out of one hundred", "50 of the 100 victims", "50 of 100"}},
		{"approx 50/100 count", []string{"about 50 out of 100 victims accept this offer", "only about 50 out of 100"}},
		{"exact 3/12 count", []string{"3 of the 12", "three of the twelve", "3 of these 12 cases", "3 of those 12", "three of its 12 shelters"}},
		{"exact 25/26 count", []string{"25 of the 26 convictions"}},
		{"exact 45 share percent", []string{"45 percent", "45 per cent", "45%", "45 %", "45 pct", "forty-five percent"}},
		{"exact 99 share percent", []string{"99%", "99 percent of victims"}},
		{"approx 60 share percent", []string{"approximately 60 percent of trafficking is within the country", "about 60%"}},
		{"range 0.5-1 share percent", []string{"one-half to one percent"}},
		{"range 10-20 share percent", []string{"10-20 percent", "between 10 and 20 percent", "10 to 20 percent"}},
	})
}

func TestShareNegative(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"one of them", "exact 1 count"},
		{"three of whom", "exact 3 count"},
		{"5 of the 2008 cases", "exact 5 count"},
	} {
		if got := valuesOf(Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestShareOneIn(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 1/5 count", []string{"one in five victims", "1 in 5", "One in five"}},
		{"exact 15 count; exact 10 count", []string{"15 in 10 provinces"}},
	})
}
