package period

import "testing"

func TestCalendarCorpus(t *testing.T) {
	runCorpus(t, anchor, []corpus{
		{"2008-01-01..2008-12-31", []string{"in 2008", "In 2008", "during 2008", "for 2008", "throughout 2008", "In all of 2008", "in calendar year 2008", "CY 2008", "over 2008", "during the year 2008", "in the year 2008"}},
		{"2007-10-01..2008-09-30", []string{"FY 2008", "FY2008", "in FY08", "fiscal year 2008", "FY-2008"}},
		{"2008-07-01..2008-07-31", []string{"in July 2008", "In July 2008", "during July 2008", "July 2008", "as of July 2008", "in Jul. 2008", "in July, 2008"}},
		{"2009-08-01..2009-08-31", []string{"in August"}},
		{"2008-09-01..2008-09-30", []string{"in September", "In Sept."}},
		// in the future tense a month without a year is the next one
		{"2009-09-01..2009-09-30", []string{"the ILO will train police in September", "a seminar is scheduled for September"}},
		{"2009-08-01..2009-08-31", []string{"the ILO will train police in August"}},
		{"2009-09-02..2009-09-02", []string{"on September 2, 2009"}},
		{"2008-09-02..2008-09-02", []string{"on September 2", "on 2 September", "on September 2nd", "September 2", "on 2nd of September"}},
		{"2009-08-10..2009-08-10", []string{"on August 10th", "on 10 August 2009", "on Aug. 10"}},
		{"2009-08-28..2009-08-28", []string{"on August 28", "on 28 August", "today"}},
		{"2009-06-30..2009-06-30", []string{"as of June 30, 2009", "June 30, 2009", "on 30 June 2009"}},
		{"1997-11-12..1997-11-12", []string{"On November 12, 1997", "on 12 November 1997", "1997-11-12"}},
		{"2009-01-01..2009-08-28", []string{"in 2009 the police have so far arrested", "In 2009, to date, 15 victims"}},
	})
}
