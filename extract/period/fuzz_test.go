package period

import "testing"

// paragraph is a realistic cable paragraph (written for the benchmark).
const paragraph = `(C) In 2008, according to the MIA, police registered 134 criminal cases, up from 98 last year; ` +
	`since January 1 they have opened 40 more. During the reporting period the government trained 1,200 officials ` +
	`between March 2008 and February 2009, and in the past six months NGOs assisted 75 victims. The 2009 TIP Report ` +
	`placed Azerbaijan on Tier 2 Watch List; E.O. 12958: DECL: 08/28/2019. On June 8 the Ministry opened a shelter ` +
	`which has so far this year housed 28 women, and from December 9 to January 13 it ran a campaign in FY 2009.`

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		paragraph, "in 2008", "In 2008:", "since January 1", "since 2007", "last year", "so far this year",
		"over the past two years", "from March 2008 to February 2009", "between 2006 and 2008", "January-June 2009",
		"from December 9 to January 13", "during the reporting period", "FY2009", "2008-09", "March 16-19",
		"P 280814Z AUG 09", "2004-06-10", "the first 9 months of 2005", "early 2010", "since", "from", "in",
		"FY", "on October 21 and", "the last", "31 February 2009", "February 31", "2099-99-99",
	} {
		f.Add(s)
	}
	at := anchor
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, x := range Find(s, at) {
			if x.Start < prevEnd || x.Start >= x.End || x.End > len(s) {
				t.Fatalf("Find(%q): bad offsets %+v", s, x)
			}
			prevEnd = x.End
			if x.Period.Bounded() && x.Period.End.Before(x.Period.Start) {
				t.Fatalf("Find(%q): period ends before it starts: %+v", s, x.Period)
			}
			if x.Period.Text == "" {
				t.Fatalf("Find(%q): empty text", s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(paragraph)))
	for b.Loop() {
		Find(paragraph, anchor)
	}
}
