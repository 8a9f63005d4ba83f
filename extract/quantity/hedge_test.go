package quantity

import "testing"

func TestHedgeCorpus(t *testing.T) {
	runCorpus(t, []corpus{
		{"approx 50 count", []string{
			"about 50", "approximately 50 people attended", "Approximately 50", "approx. 50", "some 50 victims",
			"nearly 50", "almost 50", "roughly 50", "around 50", "an estimated 50", "close to 50", "50 or so",
			"an average of 50",
		}},
		{"at_least 28 count", []string{"at least 28 victims", "At least twenty-eight", "no fewer than 28", "not less than 28", "a minimum of 28", "28 or more", "28+ victims", "28-plus"}},
		{"more_than 1000 count", []string{"more than 1,000 people", "over 1,000", "in excess of 1,000", "upwards of 1,000", "greater than 1000 persons", "just over 1,000", "well over one thousand"}},
		{"at_most 100 count", []string{"up to 100 prosecutors", "at most 100", "no more than 100", "not more than 100", "as many as 100", "a maximum of 100", "100 or fewer"}},
		{"less_than 10 count", []string{"fewer than 10", "less than 10 alleged victims", "under 10 victims", "well under ten", "just under 10 victims", "below 10 victims"}},
		{"range 7-12 count", []string{"between 7 and 12", "7-12", "7 - 12", "7–12", "seven to twelve", "between 7-12", "7 to 12 victims"}},
		{"range 5-20 count", []string{"5-20 victims per year", "between 5-20", "about 5-20"}},
		{"range 2-5 count", []string{"at least two and as many as five workers", "no fewer than 2 and no more than 5"}},
		{"exact 2 count; exact 10 count", []string{"increased the number of convictions from 2 to 10", "up from 2 to 10", "rose from 2 to 10"}},
		{"exact 63 count; exact 25 count", []string{"to 63, up from 25 last year"}},
	})
}

func TestHedgeNotRange(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"15 cases involving 16 people", "exact 15 count; exact 16 count"},
		{"602 in 2009 compared to 900 in 2008", "exact 602 count; exact 900 count"},
		{"12 to 15 projects", "range 12-15 count"},
		{"10 to 5", "exact 10 count; exact 5 count"},
	} {
		if got := valuesOf(Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
