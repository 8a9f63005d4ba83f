package extract_test

import (
	"fmt"
	"time"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/model"
)

func ExampleExtractor_Cable() {
	x, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	c := &model.Cable{
		ID: "09TEST1", Country: "Azerbaijan", Subject: "COMBATING TIP UPDATE", Tags: []string{"KTIP"},
		Created: time.Date(2009, time.August, 28, 8, 14, 0, 0, time.UTC),
		Paragraphs: []model.Paragraph{{Number: 6, Text: "Since January 1 the Unit has brought " +
			"134 criminal cases to the court. Of these, 58 were charged with TIP."}},
	}
	for _, f := range x.Cable(c) {
		fmt.Printf("#%d %s %s %s [%s] part of #%d: %q\n",
			f.ID, f.Metric, f.FormatValue(), f.Unit, f.Period, f.SubsetOf, f.Quote)
	}
	// Output:
	// #1 prosecutions 134 cases [2009-01-01..2009-08-28] part of #0: "Since January 1 the Unit has brought 134 criminal cases"
	// #2 prosecutions 58 cases [2009-01-01..2009-08-28] part of #1: "Of these, 58 were charged with TIP"
}

func ExampleExtractor_Explain() {
	x, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	c := &model.Cable{
		ID: "09TEST2", Country: "Iceland", Subject: "TIP REPORT", Tags: []string{"KTIP"},
		Created:    time.Date(2009, time.March, 1, 0, 0, 0, 0, time.UTC),
		Paragraphs: []model.Paragraph{{Number: 2, Text: "Trafficking is punishable by up to eight years in prison."}},
	}
	tr := x.Explain(c)
	for _, p := range tr.Paragraphs {
		for _, f := range p.Figures {
			fmt.Printf("paragraph %d: %s %s by %s on %q\n", p.Number, f.Figure.Metric, f.Figure.FormatValue(), f.Rule, f.Trigger)
		}
	}
	// Output:
	// paragraph 2: statutory_penalty ≤8 by prosecution/penalty-bounds on "prison"
}
