package report

import (
	"cmp"
	"fmt"
	"slices"
	"strconv"
	"time"

	"github.com/tipx/tipx/model"
)

// periodKind says how a figure's period sits in a calendar year.
type periodKind int

const (
	fullYear    periodKind = iota // exactly one calendar year
	partYear                      // part of one calendar year (year-to-date, a month)
	otherPeriod                   // several years, an unbounded reporting period, or none
)

// classify gives the Summary column (a year, or 0 for "other periods") and
// the kind of a period.
func classify(p *model.Period) (int, periodKind) {
	switch {
	case p == nil || !p.Bounded():
		return 0, otherPeriod
	case p.FullYear() != 0:
		return p.FullYear(), fullYear
	case p.Start.Year == p.End.Year:
		return p.Start.Year, partYear
	}
	return 0, otherPeriod
}

// yearToDate reports whether a part-year period runs from January 1.
func yearToDate(p *model.Period) bool {
	return p != nil && p.Start.Month == time.January && p.Start.Day == 1
}

// rowKey is one Summary row: a metric counted in one unit, with
// labor-trafficking figures on their own row as in the TIP Report's law
// enforcement table.
type rowKey struct {
	Metric model.Metric
	Unit   model.Unit
	Labor  bool
}

func keyOf(f *model.Figure) rowKey {
	return rowKey{f.Metric, f.Unit, f.TraffickingType == model.Labor}
}

// label is the metric as a row or column label: "prosecutions", "prosecutions, labor".
func (k rowKey) label() string {
	if k.Labor {
		return string(k.Metric) + ", labor"
	}
	return string(k.Metric)
}

var unitOrder = []model.Unit{model.Cases, model.Persons, model.Events, model.Places, model.Calls,
	model.Shelters, model.Beds, model.Percent, model.Years, model.Months, model.Days, model.MoneyU}

func compareKeys(a, b rowKey) int {
	ub := func(x rowKey) int { return cmp.Or(slices.Index(unitOrder, x.Unit)+1, len(unitOrder)+1) }
	lb := func(x rowKey) int {
		if x.Labor {
			return 1
		}
		return 0
	}
	return cmp.Or(cmp.Compare(a.Metric.Index(), b.Metric.Index()), cmp.Compare(lb(a), lb(b)),
		cmp.Compare(ub(a), ub(b)), cmp.Compare(a.Unit, b.Unit))
}

// breadth ranks how much of the row a figure covers: 0 a total, 1 a part
// named by population or form of trafficking, 2 a stated subset of another
// figure.
func breadth(e *entry) int {
	switch {
	case e.fig.SubsetOf != 0:
		return 2
	case e.fig.Population != "" || (e.fig.TraffickingType == model.Sex):
		return 1
	}
	return 0
}

// reviewRank puts figures a reviewer vouched for first.
func reviewRank(e *entry) int {
	if e.review != nil && (e.review.Status == Accepted || e.review.Status == Corrected) {
		return 0
	}
	return 1
}

var sourceRank = map[model.Source]int{model.Government: 0, model.Court: 0, model.IO: 1, model.NGO: 2,
	model.Embassy: 3, model.Media: 4, model.Other: 5}

// rule is one step of choosing a Summary value: cmp < 0 when a is preferred.
type rule struct {
	name string
	cmp  func(a, b *entry) int
}

// rules are applied in order; the first that tells two candidates apart decides.
var rules = []rule{
	{"a subset never replaces its total", func(a, b *entry) int { return cmp.Compare(breadth(a), breadth(b)) }},
	{"a full year over part of a year", func(a, b *entry) int { return cmp.Compare(a.kind, b.kind) }},
	{"a figure accepted or corrected in review over an unreviewed one", func(a, b *entry) int {
		return cmp.Compare(reviewRank(a), reviewRank(b))
	}},
	{"the period reaching furthest", func(a, b *entry) int { return -comparePeriodEnd(a, b) }},
	{"the latest cable", func(a, b *entry) int { return -compareCables(a, b) }},
	{"government or court over other sources", func(a, b *entry) int {
		return cmp.Compare(sourceRank[a.fig.Source], sourceRank[b.fig.Source])
	}},
	{"the first statement in the cable", func(a, b *entry) int {
		return cmp.Or(cmp.Compare(a.fig.Paragraph, b.fig.Paragraph), cmp.Compare(a.fig.ID, b.fig.ID))
	}},
}

// RuleNames lists the choosing rules in the order they apply (About sheet).
func RuleNames() []string {
	out := make([]string, len(rules))
	for i, r := range rules {
		out[i] = r.name
	}
	return out
}

func comparePeriodEnd(a, b *entry) int {
	var x, y time.Time
	if a.fig.Period != nil && !a.fig.Period.End.IsZero() {
		x = a.fig.Period.End.Time()
	}
	if b.fig.Period != nil && !b.fig.Period.End.IsZero() {
		y = b.fig.Period.End.Time()
	}
	return x.Compare(y)
}

// compareCables orders by creation date when both are known, else by the
// two-digit year that starts a cable id.
func compareCables(a, b *entry) int {
	if !a.created().IsZero() && !b.created().IsZero() {
		return a.created().Compare(b.created())
	}
	return cmp.Compare(idYear(a.fig.Cable), idYear(b.fig.Cable))
}

func idYear(id string) int {
	if len(id) < 2 {
		return -1
	}
	n, err := strconv.Atoi(id[:2])
	if err != nil {
		return -1
	}
	if n < 60 {
		return 2000 + n
	}
	return 1900 + n
}

// cell is one Summary cell: the candidates for a row and column and the one
// shown.
type cell struct {
	chosen     *entry
	candidates []*entry // not rejected; chosen first, then in preference order
	rejected   int      // candidates a reviewer rejected
	rule       string   // why chosen won: a rule name, or agreement
}

// differ reports whether two candidates state different values.
func differ(a, b *entry) bool {
	return a.value != b.value || (a.valueMax == nil) != (b.valueMax == nil) ||
		(a.valueMax != nil && *a.valueMax != *b.valueMax) || a.fig.Currency != b.fig.Currency
}

// choose fills c.chosen and c.rule from c.candidates.
func (c *cell) choose() {
	slices.SortStableFunc(c.candidates, func(a, b *entry) int {
		for _, r := range rules {
			if d := r.cmp(a, b); d != 0 {
				return d
			}
		}
		return 0
	})
	if len(c.candidates) == 0 {
		return
	}
	c.chosen = c.candidates[0]
	c.chosen.shown = true
	c.rule = "the only statement"
	if len(c.candidates) > 1 {
		c.rule = fmt.Sprintf("all %d statements agree", len(c.candidates))
	}
	for _, o := range c.candidates[1:] {
		if !differ(c.chosen, o) {
			continue
		}
		for _, r := range rules {
			if r.cmp(c.chosen, o) != 0 {
				c.rule = r.name
				return
			}
		}
	}
}

// table is the Summary of one country: rows, year columns and cells.
type table struct {
	country string
	rows    []rowKey
	years   []int // ascending; 0 (other periods) last when present
	cells   map[rowKey]map[int]*cell
}

// buildTable chooses the Summary cells of the entries of one country.
func buildTable(country string, entries []*entry) *table {
	t := &table{country: country, cells: map[rowKey]map[int]*cell{}}
	years := map[int]bool{}
	for _, e := range entries {
		k := keyOf(&e.fig)
		if t.cells[k] == nil {
			t.cells[k] = map[int]*cell{}
			t.rows = append(t.rows, k)
		}
		c := t.cells[k][e.year]
		if c == nil {
			c = &cell{}
			t.cells[k][e.year] = c
		}
		years[e.year] = true
		if e.rejected() {
			c.rejected++
			continue
		}
		c.candidates = append(c.candidates, e)
	}
	for _, byYear := range t.cells {
		for _, c := range byYear {
			c.choose()
		}
	}
	slices.SortFunc(t.rows, compareKeys)
	for y := range years {
		if y != 0 {
			t.years = append(t.years, y)
		}
	}
	slices.Sort(t.years)
	if years[0] {
		t.years = append(t.years, 0)
	}
	return t
}

// get returns the cell of row k and year y, or nil.
func (t *table) get(k rowKey, y int) *cell { return t.cells[k][y] }

// change is the difference of a year's value against the previous year's,
// as text, or a note saying why there is none.
func change(prev, cur *cell) string {
	if cur == nil || cur.chosen == nil || prev == nil || prev.chosen == nil {
		return ""
	}
	a, b := prev.chosen, cur.chosen
	switch {
	case b.kind == partYear:
		return "n/c: part year"
	case a.kind == partYear:
		return "n/c: previous part year"
	case a.valueMax != nil || b.valueMax != nil:
		return "n/c: range"
	case a.fig.Currency != b.fig.Currency:
		return "n/c: currency"
	}
	d := b.value - a.value
	s := model.FormatNumber(d)
	if d > 0 {
		s = "+" + s
	}
	if a.value != 0 {
		s += fmt.Sprintf(" (%+.0f%%)", 100*d/a.value)
	}
	if a.fig.Qualifier != model.Exact && a.fig.Qualifier != "" || b.fig.Qualifier != model.Exact && b.fig.Qualifier != "" {
		s = "≈" + s
	}
	return s
}
