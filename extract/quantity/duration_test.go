package quantity

import "testing"

func TestDurationCorpus(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 8 duration years", []string{"8 years", "eight years", "sentenced to 8 years in prison", "an eight-year sentence", "8 years'", "8-year"}},
		{"exact 6 duration months", []string{"six months", "6 months", "a six-month sentence", "sentenced to six months in prison"}},
		{"exact 14 duration days", []string{"two weeks", "a two-week program"}},
		{"exact 60 duration days", []string{"60 days", "a 60-day action plan"}},
		{"at_least 15 duration years", []string{"15 years to life", "fifteen years to life"}},
		{"range 7-12 duration years", []string{"7-12 years", "7 to 12 years", "seven to twelve years", "between 7 and 12 years", "from 7 to 12 years", "a 7-12 year prison term", "seven-to-twelve years", "seven?to-twelve years"}},
		{"range 6-120 duration months", []string{"from 6 months to 10 years", "6 months to 10 years"}},
		{"at_most 8 duration years", []string{"up to eight years", "up to 8 years in prison", "a maximum of eight years", "They face up 8 years and 1 day in jail", "not more than 8 years"}},
		{"at_least 5 duration years", []string{"not less than five years", "at least 5 years of imprisonment", "a minimum of five years"}},
		{"range 1-3 duration years", []string{"a minimum of one year of imprisonment and a maximum of three years", "at least one year and at most three years", "not less than 1 and not exceeding 3 years"}},
		{"at_least 3 duration months; at_most 3 duration years", []string{"Imprisonment of at least three months and a maximum of three years"}},
		{"range 3-5 duration years", []string{"three years and a day up to five years", "3 years and one day to 5 years"}},
		{"exact 5 duration years", []string{"5 years and a day", "five years and one day"}},
	})
}

func TestDurationNegative(t *testing.T) {
	runNegative(t, []string{"life imprisonment", "a life sentence", "over the past two years", "during the first 9 months", "18 years old", "in the last two weeks", "20 hours", "45 minutes"})
}

func TestDurationImplied(t *testing.T) {
	runCorpus(t, []corpus{
		{"range 5-10 duration years", []string{"Article 377 imposes a 5-10 prison term on individuals", "a 5-10 jail term"}},
		{"exact 5 count", []string{"5 prison terms were handed down", "5 prisons"}},
	})
}
