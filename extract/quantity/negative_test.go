package quantity

import "testing"

func TestNegativeCorpus(t *testing.T) {
	runNegative(t, []string{
		// years standing as years
		"in 2008", "during 2009", "the 2009 TIP Report", "the 2005 convictions", "in the 2008 TIP report",
		"the 2009 budget", "2006-2008", "Egypt's 2010 budget", "since 1997",
		// dates
		"August 25", "on August 25, 2009", "25 August 2009", "Aug. 25", "on October 21 and 22",
		"From October 7 - 14", "08/28/2019", "DECL: 08/28/2019", "28.08.2009", "on the 25th", "2009-08-28",
		"P 280814Z AUG 09", "at 10:30", "at 3 p.m.", "at 10 am",
		// articles, paragraphs, references
		"Article 132", "Articles 127 and 128", "Art. 132", "paragraph 6", "para 6", "paras 3-5",
		"section 227", "Law 1234", "Decree No. 5", "No. 12", "REF A", "REF: A. 2519", "BAKU 677",
		"09 BAKU 677", "STATE 123456", "E.O. 12958", "Resolution 1325", "ILO Convention 182",
		"1.4 b and d", "1.4(b)", "(28.B)", "paragraph 30.H.", "item 4(a)", "G-8", "4.(C) Shalaby said",
		"page 3", "003 OF 011", "Question 27", "reftel 5",
		// list marks
		"include: 1) continuous training, 2) launch", "(2) launch a campaign",
		// phone numbers
		"call (994 12) 498-0335", "hotline 152", "call 800-1234", "+994 12 498 03 35", "0800 123 456",
		"tel. 5551234",
		// ages used as definitions
		"children under 18", "minors under the age of 18", "aged 18", "ages 12 to 17", "a 16-year-old girl",
		"a 16-year old girl", "17 years old", "18 years of age", "girls as young as 11 and 12", "aged 14-17",
		// tiers
		"Tier 2", "Tier 2 Watch List", "Tier 3", "Tier Two", "Article Five",
		// vague quantifiers
		"a few", "several", "dozens", "dozens of victims", "hundreds of", "hundreds of victims",
		"thousands of women", "tens of thousands", "many", "a number of", "several hundred victims",
		"a few hundred", "numerous",
		// not counts
		"20 hrs", "a 24-hour hotline", "one another", "no one", "one-on-one", "a one-time payment",
		"the ASEAN Plus One Summit",
		// durations that belong to a period
		"over the past two years", "in the past six months", "the first 9 months of 2005", "the last two weeks",
	})
}

func TestYearsAsCounts(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"2,008 victims", "exact 2008 count"},
		{"2000 victims", "exact 2000 count"},
		{"$2000", "exact 2000 amount USD"},
		{"2000 USD", "exact 2000 amount USD"},
		{"in 2008, 1999 people", "exact 1999 count"},
		{"in 2008", ""},
		// a day is written in digits: a number word after a date is a count
		{"On May 4, three women", "exact 3 count"},
		{"on May 4, 5 and 6", ""},
	} {
		if got := valuesOf(Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestNegativeHeaders(t *testing.T) {
	runNegative(t, []string{
		"¶ 7. Presentations", "TRIPOLI 00000391 001.2 OF 002", "SECSTATE WASHDC 3693 INFO RUCNCIS", "IMMEDIATE 8308 RUEHLP",
	})
}

func TestUpperCaseSubjects(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"AZERBAIJAN: POLICE ARREST 15 TRAFFICKERS", "exact 15 count"},
		{"MIA REPORTS 134 CASES OF TIP", "exact 134 count"},
		{"SUBJECT: SIXTY-FOUR RAIDS IN TWO WEEKS", "exact 64 count; exact 14 duration days"},
	} {
		if got := valuesOf(Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}
