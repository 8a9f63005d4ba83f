package report_test

import (
	"fmt"
	"os"
	"time"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

func ExampleNeutralize() {
	fmt.Println(report.Neutralize("=HYPERLINK(\"http://x\")"))
	fmt.Println(report.Neutralize("134 criminal cases"))
	// Output:
	// '=HYPERLINK("http://x")
	// 134 criminal cases
}

func ExampleCableURL() {
	fmt.Println(report.CableURL("09BAKU677", time.Date(2009, 8, 28, 8, 14, 0, 0, time.UTC)))
	fmt.Println(report.CableURL("09BAKU677", time.Time{}))
	// Output:
	// https://wikileaks.org/cable/2009/08/09BAKU677.html
	// https://wikileaks.org/plusd/cables/09BAKU677_a.html
}

func ExampleFigureID() {
	f := model.Figure{Cable: "09BAKU677", Paragraph: 6, Start: 2710, End: 2778,
		Metric: model.Prosecutions, Unit: model.Cases, Value: 134}
	g := f
	g.Value = 143 // a later version reads the same span differently
	fmt.Println(report.FigureID(&f) == report.FigureID(&g), len(report.FigureID(&f)))
	// Output:
	// true 12
}

func ExampleWriteCSV() {
	in := report.Input{Figures: []model.Figure{{
		Cable: "09BAKU677", Country: "Azerbaijan", Metric: model.Prosecutions, Unit: model.Cases,
		Value: 134, Qualifier: model.Exact, Source: model.Government, Paragraph: 6, ID: 6,
		Quote: "since January 1 his Unit has brought 134 criminal cases to the court",
	}}}
	if err := report.WriteCSV(os.Stdout, in); err != nil {
		fmt.Println(err)
	}
	// Output:
	// figure id,review,corrected value,comment,country,cable,cable date,paragraph,metric,unit,value,value_max,qualifier,shown as,currency,usd,per,denominator,period start,period end,period text,trafficking_type,population,subset_of,source,speaker,quote,id,rule,start,end,in summary
	// 8819c17ca025,unreviewed,,,Azerbaijan,09BAKU677,,6,prosecutions,cases,134,,exact,134,,,,,,,,unspecified,,,government,,since January 1 his Unit has brought 134 criminal cases to the court,6,,,,shown
}
