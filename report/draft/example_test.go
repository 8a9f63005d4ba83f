package draft_test

import (
	"fmt"
	"os"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
	"github.com/tipx/tipx/report/draft"
)

func ExampleBuild() {
	ytd := &model.Period{Start: model.NewDate(2009, 1, 1), End: model.NewDate(2009, 8, 28), Text: "since January 1"}
	figs := []model.Figure{
		{Cable: "09BAKU677", Country: "Azerbaijan", Metric: model.Prosecutions, Unit: model.Cases, Value: 134,
			Period: ytd, Source: model.Government, Paragraph: 6, ID: 6,
			Quote: "since January 1 his Unit has brought 134 criminal cases to the court"},
		{Cable: "09BAKU677", Country: "Azerbaijan", Metric: model.Prosecutions, Unit: model.Cases, Value: 58,
			Period: ytd, Source: model.Government, Paragraph: 6, ID: 7, SubsetOf: 6,
			Quote: "Of these, 58 were charged with TIP"},
	}
	d := draft.Build(report.Input{Figures: figs}, "Azerbaijan", 2009)
	for _, s := range d.Sections[0].Sentences {
		os.Stdout.WriteString(s.Text + "\n")
	}
	// Output: From January to August 2009 (partial year), authorities brought 134 criminal cases to court, 58 of them on trafficking charges [09BAKU677 ¶6].
}

func ExampleDraft_Markdown() {
	figs := []model.Figure{{Cable: "10ZENDA20", Country: "Ruritania", Metric: model.VictimsIdentified,
		Unit: model.Persons, Value: 40, Qualifier: model.Approx, Source: model.NGO, Paragraph: 7,
		Period: &model.Period{Start: model.NewDate(2009, 1, 1), End: model.NewDate(2009, 12, 31), Text: "in 2009"}}}
	d := draft.Build(report.Input{Figures: figs}, "Ruritania", 2009)
	d.Sections = d.Sections[1:2] // Protection only
	if err := d.Markdown(os.Stdout); err != nil {
		fmt.Println(err)
	}
	// Output:
	// # Ruritania: draft figures for 2009
	//
	// Drafted by tipx from the cable 10ZENDA20, with the values the country workbook chooses. Every number cites its cable and paragraph in brackets: check each against the cable before use.
	//
	// ## Protection
	//
	// In 2009, authorities identified approximately 40 victims according to an NGO [10ZENDA20 ¶7].
	//
	// Gaps to ask the post about:
	//
	// - Victims assisted: no figure for 2009 in the cables read; ask the post.
	// - Victims sheltered: no figure for 2009 in the cables read; ask the post.
}
