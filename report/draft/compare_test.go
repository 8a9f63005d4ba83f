package draft

import (
	"path/filepath"
	"testing"

	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

func TestChangeOf(t *testing.T) {
	y8 := &model.Period{Start: model.NewDate(2008, 1, 1), End: model.NewDate(2008, 12, 31)}
	ch := func(v float64, q model.Qualifier, year int, part bool) *report.Choice {
		return &report.Choice{Year: year, PartYear: part, Chosen: model.Figure{Value: v, Qualifier: q, Period: y8}}
	}
	for _, tc := range []struct {
		name     string
		pub, cur *report.Choice
		want     string
	}{
		{"rise", ch(38, model.Exact, 2008, false), ch(47, model.Exact, 2009, false), "+9 (+24%)"},
		{"fall", ch(40, model.Exact, 2008, false), ch(30, model.Exact, 2009, false), "-10 (-25%)"},
		{"hedged", ch(150, model.Exact, 2008, false), ch(200, model.Approx, 2009, false), "≈+50 (+33%)"},
		{"reporting period", ch(95, model.Exact, 0, false), ch(110, model.Exact, 2009, false), "+15 (+16%); periods differ"},
		{"part year", ch(38, model.Exact, 2008, false), ch(30, model.Exact, 2009, true), "n/c: this year's figure covers part of the year"},
		{"missing", nil, ch(30, model.Exact, 2009, false), ""},
		{"same", ch(8, model.AtMost, 0, false), ch(8, model.AtMost, 0, false), "no change"},
		{"undated against reporting period", &report.Choice{Chosen: model.Figure{Value: 169,
			Period: &model.Period{Text: "reporting period"}}}, &report.Choice{Chosen: model.Figure{Value: 177}},
			"+8 (+5%); periods differ"},
		{"range", &report.Choice{Chosen: model.Figure{Value: 2, ValueMax: fp(10)}}, ch(8, model.Exact, 0, false), "n/c: range"},
	} {
		if got := changeOf(tc.pub, tc.cur); got != tc.want {
			t.Errorf("%s: changeOf = %q, want %q", tc.name, got, tc.want)
		}
	}
}

func TestCompareFreedonia(t *testing.T) {
	figs, cables := fixture(t, "freedonia")
	nar := golden.ReadJSONL[model.Figure](t, filepath.Join("testdata", "freedonia.narrative.jsonl"))
	c := Compare(nar, report.Input{Figures: figs, Cables: cables}, "Freedonia", 2009)
	if strict, loose := c.Found(); strict != 2 || loose != 2 || len(c.Matches) != 5 {
		t.Errorf("Found = %d, %d of %d; want 2, 2 of 5", strict, loose, len(c.Matches))
	}
	var missed []float64
	for _, f := range c.NarrativeOnly() {
		missed = append(missed, f.Value)
	}
	if len(missed) != 3 || missed[0] != 7 || missed[1] != 95 || missed[2] != 150 {
		t.Errorf("NarrativeOnly values = %v, want [7 95 150]", missed)
	}
	if len(c.CablesOnly) != 1 || c.CablesOnly[0].Value != 8 || c.CablesOnly[0].Metric != model.Convictions {
		t.Errorf("CablesOnly = %+v, want the 8 convictions of 2008", c.CablesOnly)
	}
	if len(c.Years) != 1 || c.Years[0] != 2008 {
		t.Errorf("Years = %v, want [2008]", c.Years)
	}
	var inv *Row
	for i := range c.Rows {
		if c.Rows[i].Metric == model.Investigations {
			inv = &c.Rows[i]
		}
	}
	if inv == nil || inv.Published.Chosen.Value != 38 || inv.Current.Chosen.Value != 47 || inv.Change != "+9 (+24%)" {
		t.Errorf("investigations row = %+v, want 38 → 47, +9 (+24%%)", inv)
	}
}
