package report

import (
	"testing"

	"github.com/tipx/tipx/model"
)

func TestChooseCells(t *testing.T) {
	in := fixture(t, "baku")
	got := Choose(in, "AZERBAIJAN")
	type cellID struct {
		m    model.Metric
		u    model.Unit
		year int
	}
	byCell := map[cellID]Choice{}
	for _, c := range got {
		byCell[cellID{c.Metric, c.Unit, c.Year}] = c
	}
	for _, tc := range []struct {
		id                  cellID
		value               float64
		others, conflicts   int
		partYear, yearToDay bool
	}{
		{cellID{model.Prosecutions, model.Cases, 2009}, 134, 1, 0, true, true},
		{cellID{model.Convictions, model.Persons, 2009}, 16, 0, 0, true, true},
		{cellID{model.AwarenessActivities, model.Places, 2008}, 78, 0, 0, false, false},
		{cellID{model.VictimsSheltered, model.Persons, 0}, 50, 0, 0, false, false},
	} {
		c, ok := byCell[tc.id]
		if !ok {
			t.Errorf("Choose: no cell %v", tc.id)
			continue
		}
		if c.Chosen.Value != tc.value || len(c.Others) != tc.others || len(c.Conflicts) != tc.conflicts ||
			c.PartYear != tc.partYear || c.YearToDate != tc.yearToDay {
			t.Errorf("cell %v = value %v, %d others, %d conflicts, part %v, ytd %v; want %v, %d, %d, %v, %v",
				tc.id, c.Chosen.Value, len(c.Others), len(c.Conflicts), c.PartYear, c.YearToDate,
				tc.value, tc.others, tc.conflicts, tc.partYear, tc.yearToDay)
		}
	}
	if len(got) != 8 {
		t.Errorf("Choose gave %d cells, want 8 (9 figures, one a subset)", len(got))
	}
	if got[0].Metric != model.Prosecutions || got[len(got)-1].Metric != model.AwarenessActivities {
		t.Errorf("Choose order: first %s, last %s; want report order", got[0].Metric, got[len(got)-1].Metric)
	}
	if Choose(in, "Ruritania") != nil {
		t.Error("Choose for a country without figures is not nil")
	}
}

func TestChooseConflicts(t *testing.T) {
	y := &model.Period{Start: model.NewDate(2009, 1, 1), End: model.NewDate(2009, 12, 31), Text: "in 2009"}
	figs := []model.Figure{
		{Cable: "10A1", Country: "X", Metric: model.Convictions, Unit: model.Persons, Value: 9, Period: y, ID: 1},
		{Cable: "10A2", Country: "X", Metric: model.Convictions, Unit: model.Persons, Value: 11, Period: y, ID: 1},
		{Cable: "10A2", Country: "X", Metric: model.Convictions, Unit: model.Persons, Value: 3, Period: y, ID: 2,
			Population: model.Children},
	}
	got := Choose(Input{Figures: figs}, "X")
	if len(got) != 1 {
		t.Fatalf("Choose gave %d cells, want 1", len(got))
	}
	c := got[0]
	if len(c.Others) != 2 || len(c.Conflicts) != 1 || c.Conflicts[0].Value == 3 || c.Rule == "" {
		t.Errorf("Choose = chosen %v, others %d, conflicts %v, rule %q; want 2 others, 1 conflict (not the part)",
			c.Chosen.Value, len(c.Others), c.Conflicts, c.Rule)
	}
}

func TestChooseReviewed(t *testing.T) {
	in := fixture(t, "baku")
	var total, sentenced *model.Figure
	for i := range in.Figures {
		f := &in.Figures[i]
		switch {
		case f.Metric == model.Prosecutions && f.Value == 134:
			total = f
		case f.Metric == model.Convictions && f.Unit == model.Persons:
			sentenced = f
		}
	}
	in.Review = &Review{Decisions: []Decision{
		{ID: FigureID(total), Status: Rejected},
		{ID: FigureID(sentenced), Status: Corrected, Corrected: "17"},
	}}
	got := map[model.Metric]map[model.Unit]Choice{}
	for _, c := range Choose(in, "Azerbaijan") {
		if c.Year == 2009 {
			if got[c.Metric] == nil {
				got[c.Metric] = map[model.Unit]Choice{}
			}
			got[c.Metric][c.Unit] = c
		}
	}
	if c := got[model.Prosecutions][model.Cases]; c.Chosen.Value != 58 || len(c.Others) != 0 {
		t.Errorf("prosecutions with 134 rejected = %v (%d others), want the 58 alone", c.Chosen.Value, len(c.Others))
	}
	if c := got[model.Convictions][model.Persons]; c.Chosen.Value != 17 || !c.Corrected {
		t.Errorf("convictions corrected to 17 = %v, corrected %v", c.Chosen.Value, c.Corrected)
	}
}
