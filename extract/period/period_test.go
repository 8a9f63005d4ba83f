package period

import (
	"fmt"
	"strings"
	"testing"
	"time"
)

// anchor is the creation date of 09BAKU677, the fixed reference time of
// the corpus.
var anchor = time.Date(2009, 8, 28, 8, 14, 0, 0, time.UTC)

// bounds writes a mention as `2008-01-01..2008-12-31`, `..` when unbounded.
func bounds(x Mention) string { return x.Period.Start.String() + ".." + x.Period.End.String() }

// describe writes a mention with its text, lead flag, rule and the words
// its offsets cover.
func describe(text string, x Mention) string {
	lead := ""
	if x.Lead {
		lead = " lead"
	}
	return fmt.Sprintf("%s %q%s %s {%s}", bounds(x), x.Period.Text, lead, x.Rule, text[x.Start:x.End])
}

func describeAll(text string, xs []Mention) string {
	var parts []string
	for _, x := range xs {
		parts = append(parts, describe(text, x))
	}
	return strings.Join(parts, "; ")
}

// corpus maps one expected period (bounds, or bounds and text) to many
// phrasings, resolved against anchor.
type corpus struct {
	want    string
	phrases []string
}

func runCorpus(t *testing.T, at time.Time, cs []corpus) {
	t.Helper()
	for _, c := range cs {
		for _, p := range c.phrases {
			xs := Find(p, at)
			got := ""
			if len(xs) == 1 {
				got = bounds(xs[0])
			} else if len(xs) > 1 {
				got = describeAll(p, xs)
			}
			if got != c.want {
				t.Errorf("Find(%q, %s) = %s, want %s", p, at.Format("2006-01-02"), got, c.want)
			}
		}
	}
}

func TestNegativeCorpus(t *testing.T) {
	for _, p := range []string{
		"E.O. 12958", "E.O. 12958: DECL: 08/28/2019", "DECL: 08/28/2019", "the 2009 TIP Report", "the 2008 Trafficking in Persons Report",
		"Article 2008", "Articles 2008 and 2009", "Tier 2", "Tier 2 Watch List", "0814Z", "P 280814Z AUG 09",
		"the Trafficking Victims Protection Act of 2005", "2000 victims", "Law No. 2007", "we may arrest them",
		"they march on", "134 cases", "12:30", "the previous reporting period", "1.4 b and d", "since then",
	} {
		if xs := Find(p, anchor); len(xs) != 0 {
			t.Errorf("Find(%q) = %s, want nothing", p, describeAll(p, xs))
		}
	}
}

// TestMentions checks text, offsets, rule and lead on whole sentences.
func TestMentions(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"In 2008: 15 cases", `2008-01-01..2008-12-31 "In 2008" lead period/calendar-year {In 2008}`},
		{"In 2008, police", `2008-01-01..2008-12-31 "In 2008" lead period/calendar-year {In 2008}`},
		{"During 2009, police", `2009-01-01..2009-12-31 "During 2009" lead period/calendar-year {During 2009}`},
		{"Since January, the MIA", `2009-01-01..2009-08-28 "Since January" lead period/since-month {Since January}`},
		{"Police arrested 5 in 2008, and 7 later", `2008-01-01..2008-12-31 "in 2008" period/calendar-year {in 2008}`},
		{"Police arrested 5. In 2008: 7", `2008-01-01..2008-12-31 "In 2008" lead period/calendar-year {In 2008}`},
		{"-- In March, two women", `2009-03-01..2009-03-31 "In March" lead period/month {In March}`},
		{"during the reporting period, 40", `.. "reporting period" lead period/reporting {during the reporting period}`},
		{"In 2009 the police have so far arrested 10", `2009-01-01..2009-08-28 "In 2009 ... so far" period/year-to-date {In 2009}`},
		{"in 2008 the police have so far arrested 10", `2008-01-01..2008-12-31 "in 2008" period/calendar-year {in 2008}`},
		{"602 in 2009 compared to 900 in 2008", `2009-01-01..2009-12-31 "in 2009" period/calendar-year {in 2009}; 2008-01-01..2008-12-31 "in 2008" period/calendar-year {in 2008}`},
		{"Since the new anti-TIP law was enacted in June 2005, approximately 127", `2005-06-01..2009-08-28 "Since the new anti-TIP law was enacted in June 2005" lead period/since-event {Since the new anti-TIP law was enacted in June 2005}`},
		{"The 2009 state budget allocates", `2009-01-01..2009-12-31 "2009" period/bare-year {2009}`},
		{"the March 2009 ILEA course", `2009-03-01..2009-03-31 "March 2009" period/bare-month {March 2009}`},
		{"held in Madrid in May.", `2009-05-01..2009-05-31 "in May" period/month {in May}`},
	} {
		if got := describeAll(c.in, Find(c.in, anchor)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestOtherAnchors(t *testing.T) {
	nov04 := time.Date(2004, 11, 26, 0, 0, 0, 0, time.UTC)
	runCorpus(t, nov04, []corpus{
		{"2004-11-12..2004-11-26", []string{"in the Last Two Weeks", "over the past two weeks", "in the past 14 days"}},
		{"2004-10-07..2004-10-14", []string{"From October 7 - 14", "from October 7 to 14"}},
		{"2004-08-01..2004-08-31", []string{"in August"}},
		{"2003-12-01..2003-12-31", []string{"in December"}},
		{"2003-01-01..2003-12-31", []string{"last year"}},
		{"2004-01-01..2004-11-26", []string{"so far this year", "since January 1"}},
	})
	jan10 := time.Date(2010, 1, 5, 0, 0, 0, 0, time.UTC)
	runCorpus(t, jan10, []corpus{
		{"2009-12-09..2010-01-05", []string{"since December 9"}},
		{"2009-12-09..2010-01-03", []string{"from December 9 to January 3"}},
		{"2009-12-01..2009-12-31", []string{"last month", "in December"}},
		{"2010-01-01..2010-01-05", []string{"early 2010", "in early 2010", "this month"}},
	})
	// the anchor's time of day and zone do not move the date
	late := time.Date(2009, 8, 28, 23, 59, 0, 0, time.FixedZone("+0200", 7200))
	runCorpus(t, late, []corpus{{"2009-01-01..2009-08-28", []string{"so far this year"}}})
}
