package draft

import (
	"fmt"
	"slices"
	"strings"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// Comparison sets last year's published chapter (the narrative) against
// this year's cable figures.
type Comparison struct {
	Narrative string // the narrative's document id, as its figures cite it
	Year      int    // the draft's year
	// Years are the calendar years the narrative's dated figures cover:
	// the years whose cable figures it could have used.
	Years []int
	Rows  []Row // one per metric and unit of either side, in report order
	// Matches has one entry per narrative figure, in narrative order.
	Matches []Match
	// CablesOnly are the cables' chosen figures for Years that no
	// narrative figure states (same metric, unit and value).
	CablesOnly []model.Figure
}

// Row is one metric counted in one unit: last year's published figure and
// this year's chosen cable figure.
type Row struct {
	Metric    model.Metric
	Unit      model.Unit
	Labor     bool
	Published *report.Choice // the narrative's latest figure; nil when it states none
	Current   *report.Choice // the cables' figure for the draft's year; nil when none
	Change    string         // the difference, or why there is none ("n/c: ...")
}

// Match is one narrative figure and the cable figures that state its value.
type Match struct {
	Narrative model.Figure
	Same      []model.Figure // same metric, unit and value
	Elsewhere []model.Figure // same unit and value under another metric
}

// Found counts the narrative figures found in the cables: with the same
// metric, unit and value (strict), and with the same unit and value under
// any metric (loose).
func (c *Comparison) Found() (strict, loose int) {
	for _, m := range c.Matches {
		if len(m.Same) > 0 {
			strict++
		}
		if len(m.Same) > 0 || len(m.Elsewhere) > 0 {
			loose++
		}
	}
	return strict, loose
}

// NarrativeOnly are the narrative figures that no cable states (no figure
// with the same metric, unit and value).
func (c *Comparison) NarrativeOnly() []model.Figure {
	var out []model.Figure
	for _, m := range c.Matches {
		if len(m.Same) == 0 {
			out = append(out, m.Narrative)
		}
	}
	return out
}

type rowID struct {
	metric model.Metric
	unit   model.Unit
	labor  bool
}

// Compare sets the narrative's figures (read from last year's chapter, all
// about country) against the cable figures of the same country in in (with
// its Cables for their dates and its Review: rejected figures are left
// out), for the draft of year.
func Compare(narrative []model.Figure, in report.Input, country string, year int) *Comparison {
	c := &Comparison{Year: year}
	var nar []model.Figure
	for _, f := range narrative {
		if strings.EqualFold(f.Country, country) {
			nar = append(nar, f)
		}
	}
	if len(nar) > 0 {
		c.Narrative = nar[0].Cable
	}
	rejected := map[string]bool{}
	if in.Review != nil {
		for _, d := range in.Review.Decisions {
			rejected[d.ID] = d.Status == report.Rejected
		}
	}
	var mine []model.Figure
	for _, f := range in.Figures {
		if strings.EqualFold(f.Country, country) && !rejected[report.FigureID(&f)] {
			mine = append(mine, f)
		}
	}
	published := report.Choose(report.Input{Figures: nar}, country)
	current := report.Choose(in, country)
	rows := map[rowID]*Row{}
	var order []rowID
	get := func(ch report.Choice) *Row {
		id := rowID{ch.Metric, ch.Unit, ch.Labor}
		if rows[id] == nil {
			rows[id] = &Row{Metric: ch.Metric, Unit: ch.Unit, Labor: ch.Labor}
			order = append(order, id)
		}
		return rows[id]
	}
	for i, p := range published {
		r := get(p)
		// the latest dated year wins; an undated cell only when nothing else
		if r.Published == nil || (p.Year != 0 && (r.Published.Year == 0 || p.Year > r.Published.Year)) {
			r.Published = &published[i]
		}
		if p.Year != 0 && !slices.Contains(c.Years, p.Year) {
			c.Years = append(c.Years, p.Year)
		}
	}
	created := createdOf(in.Cables)
	for i, ch := range current {
		r := get(ch)
		// this year's cell; failing that, an undated figure of this year's reports
		if ch.Year == year || (r.Current == nil && ch.Year == 0 && belongs(&ch.Chosen, year, created)) {
			r.Current = &current[i]
		}
	}
	for id, r := range rows {
		if r.Published == nil && r.Current == nil {
			delete(rows, id)
		}
	}
	order = slices.DeleteFunc(order, func(id rowID) bool { return rows[id] == nil })
	slices.SortFunc(order, func(a, b rowID) int {
		if d := a.metric.Index() - b.metric.Index(); d != 0 {
			return d
		}
		if a.labor != b.labor {
			if a.labor {
				return 1
			}
			return -1
		}
		return strings.Compare(string(a.unit), string(b.unit))
	})
	for _, id := range order {
		r := rows[id]
		r.Change = changeOf(r.Published, r.Current)
		c.Rows = append(c.Rows, *r)
	}
	slices.Sort(c.Years)
	if len(c.Years) == 0 {
		c.Years = []int{year - 1}
	}
	for _, n := range nar {
		m := Match{Narrative: n}
		for _, f := range mine {
			if f.Unit != n.Unit || f.Value != n.Value || !sameMax(f.ValueMax, n.ValueMax) {
				continue
			}
			if f.Metric == n.Metric {
				m.Same = append(m.Same, f)
			} else {
				m.Elsewhere = append(m.Elsewhere, f)
			}
		}
		c.Matches = append(c.Matches, m)
	}
	for _, ch := range current {
		if !slices.Contains(c.Years, ch.Year) || stated(nar, &ch.Chosen) {
			continue
		}
		c.CablesOnly = append(c.CablesOnly, ch.Chosen)
	}
	return c
}

func sameMax(a, b *float64) bool {
	return (a == nil) == (b == nil) && (a == nil || *a == *b)
}

// stated reports whether a narrative figure gives f's metric, unit and value.
func stated(nar []model.Figure, f *model.Figure) bool {
	for _, n := range nar {
		if n.Metric == f.Metric && n.Unit == f.Unit && n.Value == f.Value && sameMax(n.ValueMax, f.ValueMax) {
			return true
		}
	}
	return false
}

// changeOf is this year's value against the published one, or why the two
// cannot be compared.
func changeOf(pub, cur *report.Choice) string {
	if pub == nil || cur == nil {
		return ""
	}
	a, b := pub.Chosen, cur.Chosen
	switch {
	case cur.PartYear:
		return "n/c: this year's figure covers part of the year"
	case pub.PartYear:
		return "n/c: the published figure covers part of a year"
	case a.ValueMax != nil || b.ValueMax != nil:
		return "n/c: range"
	case a.Currency != b.Currency:
		return "n/c: currency"
	case a.Denominator != nil || b.Denominator != nil:
		return "n/c: share of a total"
	}
	d := b.Value - a.Value
	if d == 0 {
		return "no change" + periodsDiffer(pub, cur)
	}
	s := model.FormatNumber(d)
	if d > 0 {
		s = "+" + s
	}
	if a.Value != 0 {
		s += fmt.Sprintf(" (%+.0f%%)", 100*d/a.Value)
	}
	if hedged(&a) || hedged(&b) {
		s = "≈" + s
	}
	return s + periodsDiffer(pub, cur)
}

// periodsDiffer notes a calendar year set against a period of another
// kind, or two periods of other kinds ("reporting period" against none).
func periodsDiffer(pub, cur *report.Choice) string {
	if (pub.Year == 0) != (cur.Year == 0) ||
		(pub.Year == 0 && periodLabel(pub.Chosen.Period) != periodLabel(cur.Chosen.Period)) {
		return "; periods differ"
	}
	return ""
}

func hedged(f *model.Figure) bool { return f.Qualifier != "" && f.Qualifier != model.Exact }
