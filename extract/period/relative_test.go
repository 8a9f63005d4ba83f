package period

import "testing"

func TestRelativeCorpus(t *testing.T) {
	runCorpus(t, anchor, []corpus{
		{"2009-01-01..2009-08-28", []string{"so far this year", "this year", "earlier this year", "to date in 2009", "so far in 2009", "year to date", "year-to-date", "thus far this year", "this year to date"}},
		{"2008-01-01..2008-12-31", []string{"last year", "Last year", "the previous year", "in the prior year", "to date in 2008"}},
		{"2008-08-28..2009-08-28", []string{"over the last year", "in the past year", "during the past 12 months", "over the past twelve months"}},
		{"2007-08-28..2009-08-28", []string{"over the past two years", "in the last two years", "during the past 2 years"}},
		{"2009-02-28..2009-08-28", []string{"in the past six months", "over the last 6 months"}},
		{"2009-08-14..2009-08-28", []string{"in the last two weeks", "in the Last Two Weeks", "over the past 14 days"}},
		{"2009-07-01..2009-07-31", []string{"last month"}},
		{"2009-08-01..2009-08-28", []string{"this month", "earlier this month"}},
		{"2010-01-01..2010-12-31", []string{"next year"}},
		{"2009-01-01..2009-04-30", []string{"in early 2009", "early 2009"}},
		{"2008-05-01..2008-08-31", []string{"in mid-2008", "mid 2008"}},
		{"2008-09-01..2008-12-31", []string{"late 2008", "the last four months of 2008", "the last 4 months of 2008"}},
		{"2005-01-01..2005-09-30", []string{"during the first 9 months of 2005", "the first nine months of 2005", "in the first 9 months of 2005"}},
		{"2009-01-01..2009-06-30", []string{"the first half of 2009", "in the first six months of this year"}},
		{"2008-07-01..2008-09-30", []string{"the third quarter of 2008"}},
	})
}
