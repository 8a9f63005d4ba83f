package report

import (
	"bytes"
	"testing"

	"github.com/tipx/tipx/model"
)

func TestChangeSheet(t *testing.T) {
	year := func(y int) *model.Period {
		return &model.Period{Start: model.NewDate(y, 1, 1), End: model.NewDate(y, 12, 31), Text: "in"}
	}
	ytd := &model.Period{Start: model.NewDate(2009, 1, 1), End: model.NewDate(2009, 6, 30), Text: "so far"}
	fig := func(cable string, m model.Metric, v float64, p *model.Period) model.Figure {
		return model.Figure{Cable: cable, Country: "Freedonia", Metric: m, Unit: model.Cases, Value: v, Period: p,
			Source: model.Government, Paragraph: 2, Quote: "q"}
	}
	in := Input{Version: "test", Now: fixedNow, Figures: []model.Figure{
		fig("06F1", model.Investigations, 10, year(2005)),
		fig("08F1", model.Investigations, 14, year(2007)),
		fig("08F2", model.Prosecutions, 3, year(2007)),
		fig("09F1", model.Investigations, 30, ytd),
		fig("08F1", model.Convictions, 4, year(2007)),
		fig("09F1", model.Convictions, 2, ytd),
	}}
	f := build(t, func(b *bytes.Buffer) error { return WriteComparison(b, in) })
	rows, err := f.GetRows(sheetChange)
	must(t, err)
	want := [][]string{
		{"Freedonia", "investigations", "cases", "2005", "10 cases", "2007", "14 cases", "+4 (+40%)",
			"2009 (year to date, to 2009-06-30) not compared: part of a year; no figure for 2006; " +
				"coverage: 1 cable gives 2005 figures, 2 cables give 2007"},
		{"Freedonia", "prosecutions", "cases", "", "", "2007", "3 cases", "", "one period only"},
		{"Freedonia", "convictions", "cases", "2007", "4 cases", "2009", "2 cases (YTD to 2009-06-30)", "n/c: part year",
			"period mismatch: 2007 (calendar year) against 2009 (year to date, to 2009-06-30); no figure for 2008; " +
				"coverage: 2 cables give 2007 figures, 1 cable gives 2009"},
	}
	if len(rows) != 3+len(want) {
		t.Fatalf("Change has %d rows, want %d: %q", len(rows), 3+len(want), rows)
	}
	for i, w := range want {
		got := rows[3+i]
		for j := range w {
			if j >= len(got) || got[j] != w[j] {
				t.Errorf("Change row %d col %d = %q, want %q", 4+i, j+1, at(got, j), w[j])
			}
		}
	}
}

func at(xs []string, i int) string {
	if i < len(xs) {
		return xs[i]
	}
	return ""
}
