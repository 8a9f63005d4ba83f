package period

import "testing"

func TestSpanCorpus(t *testing.T) {
	runCorpus(t, anchor, []corpus{
		{"2008-03-01..2009-02-28", []string{"from March 2008 to February 2009", "between March 2008 and February 2009", "March 2008-February 2009", "March 2008 through February 2009", "from March 2008 until February 2009"}},
		{"2006-01-01..2008-12-31", []string{"between 2006 and 2008", "from 2006 to 2008", "From 2006 to 2008", "2006-2008", "2006 – 2008", "in 2006-08"}},
		{"2009-01-01..2009-06-30", []string{"January-June 2009", "January to June 2009", "from January to June 2009", "between January and June 2009", "In January-June 2009"}},
		{"2008-04-01..2008-12-31", []string{"In April-December 2008", "Between April and December 2008", "From April to December 2008"}},
		{"2008-12-09..2009-01-13", []string{"from December 9 to January 13", "December 9 - January 13", "between December 9 and January 13"}},
		{"2009-03-16..2009-03-19", []string{"March 16-19", "on March 16-19", "from March 16 to 19", "March 16 - 19, 2009"}},
		{"2008-10-21..2008-10-22", []string{"on October 21 and 22", "October 21-22"}},
		{"2009-02-01..2010-01-31", []string{"from February 2009 through January 2010"}},
		{"2008-01-01..2009-12-31", []string{"2008-09"}},
	})
}

func TestSpanExtras(t *testing.T) {
	runCorpus(t, anchor, []corpus{
		{"2007-01-01..2009-08-28", []string{"from 2007 to present", "from 2007 until now", "2007 to date"}},
		{"2008-03-01..2009-08-28", []string{"from March 2008 to the present", "March 2008 to present"}},
		{"2008-01-01..2009-12-31", []string{"in 2008/2009", "2008/09"}},
	})
	for _, c := range []struct{ in, want string }{
		{"during the 2008-2009 reporting period, 12", `2008-01-01..2009-12-31 "2008-2009 reporting period" period/reporting-stated {2008-2009 reporting period}`},
		{"the April 2008-March 2009 reporting period", `2008-04-01..2009-03-31 "April 2008-March 2009 reporting period" period/reporting-stated {April 2008-March 2009 reporting period}`},
	} {
		if got := describeAll(c.in, Find(c.in, anchor)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
