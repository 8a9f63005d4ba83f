package period

import "testing"

func TestReportingCorpus(t *testing.T) {
	for _, p := range []string{
		"the reporting period", "during the reporting period", "this reporting period", "During this reporting period",
		"the current reporting period", "for the current reporting period", "during the year", "During the year",
		"in the period covered by this report", "at the close of the reporting period", "at the end of the reporting period",
		"over the reporting period", "the rating period",
	} {
		xs := Find(p, anchor)
		if len(xs) != 1 || xs[0].Period.Text != "reporting period" || xs[0].Period.Bounded() || xs[0].Rule != "period/reporting" || p[xs[0].Start:xs[0].End] != p {
			t.Errorf("Find(%q) = %s, want one unbounded \"reporting period\" covering the phrase", p, describeAll(p, xs))
		}
	}
	for _, p := range []string{"during the year 2008", "the previous reporting period", "the last reporting period"} {
		for _, x := range Find(p, anchor) {
			if x.Rule == "period/reporting" {
				t.Errorf("Find(%q) = %s, want no reporting period", p, describe(p, x))
			}
		}
	}
}
