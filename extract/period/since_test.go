package period

import "testing"

func TestSinceCorpus(t *testing.T) {
	runCorpus(t, anchor, []corpus{
		{"2009-01-01..2009-08-28", []string{"since January 1", "Since January 1", "since January", "since Jan. 1", "since 1 January", "since the beginning of the year", "since the start of 2009", "since the beginning of this year"}},
		{"2007-01-01..2009-08-28", []string{"since 2007", "Since 2007,"}},
		{"2008-03-01..2009-08-28", []string{"since March 2008", "since March, 2008"}},
		{"2008-09-01..2009-08-28", []string{"since September"}},
		{"2008-01-01..2009-08-28", []string{"since last year"}},
		{"2005-06-01..2009-08-28", []string{"since the new law went into effect in June 2005", "Since the new anti-TIP law was enacted in June 2005"}},
		{"2006-08-01..2009-08-28", []string{"since the August 2006 immigration law"}},
		{"2008-12-31..2009-08-28", []string{"since the end of 2008"}},
	})
}
