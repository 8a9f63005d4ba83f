package report

import (
	"testing"
	"time"

	"github.com/tipx/tipx/model"
)

func period(start, end, text string) *model.Period {
	p := &model.Period{Text: text}
	if start != "" {
		p.Start, _ = model.ParseDate(start)
		p.End, _ = model.ParseDate(end)
	}
	return p
}

func TestClassify(t *testing.T) {
	tests := []struct {
		p    *model.Period
		year int
		kind periodKind
	}{
		{period("2008-01-01", "2008-12-31", "in 2008"), 2008, fullYear},
		{period("2009-01-01", "2009-08-28", "since January 1"), 2009, partYear},
		{period("2008-07-01", "2008-07-31", "in July 2008"), 2008, partYear},
		{period("2007-01-01", "2009-08-28", "since 2007"), 0, otherPeriod},
		{period("", "", "reporting period"), 0, otherPeriod},
		{nil, 0, otherPeriod},
	}
	for _, tc := range tests {
		y, k := classify(tc.p)
		if y != tc.year || k != tc.kind {
			t.Errorf("classify(%v) = %d, %d; want %d, %d", tc.p, y, k, tc.year, tc.kind)
		}
	}
}

// mk makes an entry for choosing tests.
func mk(cable string, created string, v float64, p *model.Period, opts ...func(*model.Figure)) *entry {
	f := model.Figure{Cable: cable, Country: "X", Metric: model.Prosecutions, Unit: model.Cases, Value: v,
		Qualifier: model.Exact, Period: p, Source: model.Government, Paragraph: 2, ID: 1}
	for _, o := range opts {
		o(&f)
	}
	e := &entry{fig: f, value: v}
	if created != "" {
		d, _ := time.Parse("2006-01-02", created)
		e.cable = &model.Cable{ID: cable, Created: d}
	}
	e.year, e.kind = classify(p)
	return e
}

func accept(e *entry) *entry {
	e.review = &Decision{Status: Accepted}
	return e
}

func TestChoose(t *testing.T) {
	y2008 := period("2008-01-01", "2008-12-31", "in 2008")
	ytdAug := period("2008-01-01", "2008-08-31", "since January 1")
	ytdOct := period("2008-01-01", "2008-10-31", "so far this year")
	subset := func(f *model.Figure) { f.SubsetOf = 1 }
	children := func(f *model.Figure) { f.Population = model.Children }
	ngo := func(f *model.Figure) { f.Source = model.NGO }
	later := func(f *model.Figure) { f.Paragraph = 9 }
	tests := []struct {
		name       string
		candidates []*entry
		want       float64
		rule       string
	}{
		{"one", []*entry{mk("09A1", "2009-02-01", 30, y2008)}, 30, "the only statement"},
		{"agree", []*entry{mk("09A1", "2009-02-01", 30, y2008), mk("09A2", "2009-06-01", 30, y2008)}, 30,
			"all 2 statements agree"},
		{"latest cable", []*entry{mk("09A1", "2009-02-01", 30, y2008), mk("09A2", "2009-06-01", 33, y2008)}, 33,
			"the latest cable"},
		{"latest cable without dates", []*entry{mk("10A1", "", 40, y2008), mk("09A2", "", 33, y2008)}, 40,
			"the latest cable"},
		{"subset never replaces total", []*entry{mk("09A2", "2009-06-01", 58, y2008, subset), mk("09A1", "2009-02-01", 134, y2008)},
			134, "a subset never replaces its total"},
		{"population is a part", []*entry{mk("09A2", "2009-06-01", 60, y2008, children), mk("09A1", "2009-02-01", 150, y2008)},
			150, "a subset never replaces its total"},
		{"full year over ytd", []*entry{mk("09A2", "2009-06-01", 20, ytdAug), mk("09A1", "2009-02-01", 30, y2008)}, 30,
			"a full year over part of a year"},
		{"furthest ytd", []*entry{mk("08A2", "2008-09-01", 20, ytdAug), mk("08A1", "2008-11-01", 25, ytdOct)}, 25,
			"the period reaching furthest"},
		{"government over ngo", []*entry{mk("09A1", "2009-02-01", 125, y2008, ngo), mk("09A1", "2009-02-01", 120, y2008)}, 120,
			"government or court over other sources"},
		{"accepted over unreviewed", []*entry{mk("09A2", "2009-06-01", 35, y2008), accept(mk("09A1", "2009-02-01", 33, y2008))},
			33, "a figure accepted or corrected in review over an unreviewed one"},
		{"full year beats an accepted ytd", []*entry{accept(mk("09A2", "2009-06-01", 20, ytdAug)), mk("09A1", "2009-02-01", 30, y2008)},
			30, "a full year over part of a year"},
		{"first statement", []*entry{mk("09A1", "2009-02-01", 31, y2008, later), mk("09A1", "2009-02-01", 30, y2008)}, 30,
			"the first statement in the cable"},
	}
	for _, tc := range tests {
		c := &cell{candidates: tc.candidates}
		c.choose()
		if c.chosen == nil || c.chosen.value != tc.want || c.rule != tc.rule {
			t.Errorf("%s: chose %v by %q, want %v by %q", tc.name, c.chosen.value, c.rule, tc.want, tc.rule)
		}
	}
}

func TestChange(t *testing.T) {
	y := func(year int) *model.Period {
		return period(time.Date(year, 1, 1, 0, 0, 0, 0, time.UTC).Format("2006-01-02"),
			time.Date(year, 12, 31, 0, 0, 0, 0, time.UTC).Format("2006-01-02"), "")
	}
	approx := func(f *model.Figure) { f.Qualifier = model.Approx }
	cellOf := func(e *entry) *cell { return &cell{chosen: e} }
	tests := []struct {
		name      string
		prev, cur *cell
		want      string
	}{
		{"up", cellOf(mk("A", "", 25, y(2007))), cellOf(mk("A", "", 30, y(2008))), "+5 (+20%)"},
		{"down", cellOf(mk("A", "", 40, y(2007))), cellOf(mk("A", "", 30, y(2008))), "-10 (-25%)"},
		{"from zero", cellOf(mk("A", "", 0, y(2007))), cellOf(mk("A", "", 3, y(2008))), "+3"},
		{"approx", cellOf(mk("A", "", 150, y(2007), approx)), cellOf(mk("A", "", 175, y(2008))), "≈+25 (+17%)"},
		{"ytd", cellOf(mk("A", "", 40, y(2007))), cellOf(mk("A", "", 30, period("2008-01-01", "2008-06-30", ""))), "n/c: part year"},
		{"missing", nil, cellOf(mk("A", "", 30, y(2008))), ""},
	}
	for _, tc := range tests {
		if got := change(tc.prev, tc.cur); got != tc.want {
			t.Errorf("change(%s) = %q, want %q", tc.name, got, tc.want)
		}
	}
}
