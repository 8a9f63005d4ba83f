package period_test

import (
	"fmt"
	"time"

	"github.com/tipx/tipx/extract/period"
)

func ExampleFind() {
	created := time.Date(2009, 8, 28, 8, 14, 0, 0, time.UTC)
	text := "In 2008: 15 cases. Since January 1, police identified 20 victims, up from 12 last year, over the past two years 40."
	for _, m := range period.Find(text, created) {
		fmt.Printf("%s..%s %q lead=%v %s\n", m.Period.Start, m.Period.End, m.Period.Text, m.Lead, m.Rule)
	}
	// Output:
	// 2008-01-01..2008-12-31 "In 2008" lead=true period/calendar-year
	// 2009-01-01..2009-08-28 "Since January 1" lead=true period/since-month-day
	// 2008-01-01..2008-12-31 "last year" lead=false period/last-year
	// 2007-08-28..2009-08-28 "over the past two years" lead=false period/past-n
}

func ExampleFind_reportingPeriod() {
	m := period.Find("during the reporting period, NGOs assisted 40 victims", time.Now())[0]
	fmt.Printf("%q %v %q\n", m.Period.Text, m.Period.Bounded(), "during the reporting period"[m.Start:m.End])
	// Output:
	// "reporting period" false "during the reporting period"
}
