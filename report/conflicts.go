package report

import (
	"cmp"
	"fmt"
	"slices"
	"strings"

	"github.com/tipx/tipx/model"
)

// conflictKey groups statements about the same thing: one country, metric,
// unit and period, and the same part of the whole (population, form of
// trafficking, subset or not).
type conflictKey struct {
	country    string
	row        rowKey
	period     string
	population model.Population
	ttype      model.TraffickingType
	subset     bool
}

// conflict is a group whose statements disagree.
type conflict struct {
	key        conflictKey
	candidates []*entry // in Figures order
}

func periodKey(p *model.Period) string {
	switch {
	case p == nil:
		return "no period stated"
	case !p.Bounded():
		return strings.ToLower(strings.TrimSpace(p.Text)) + " (bounds not stated)"
	}
	return p.Start.String() + ".." + p.End.String()
}

// findConflicts lists every group of non-rejected figures with more than one
// distinct value, in Figures order of their first statement.
func findConflicts(entries []*entry) []conflict {
	groups := map[conflictKey]*conflict{}
	var order []*conflict
	for _, e := range entries {
		if e.rejected() {
			continue
		}
		k := conflictKey{e.fig.Country, keyOf(&e.fig), periodKey(e.fig.Period), e.fig.Population,
			orUnspecified(e.fig.TraffickingType), e.fig.SubsetOf != 0}
		g := groups[k]
		if g == nil {
			g = &conflict{key: k}
			groups[k] = g
			order = append(order, g)
		}
		g.candidates = append(g.candidates, e)
	}
	var out []conflict
	for _, g := range order {
		for _, e := range g.candidates[1:] {
			if differ(g.candidates[0], e) {
				out = append(out, *g)
				break
			}
		}
	}
	slices.SortStableFunc(out, func(a, b conflict) int {
		return cmp.Or(strings.Compare(a.key.country, b.key.country), compareKeys(a.key.row, b.key.row))
	})
	return out
}

// conflicts writes the Conflicts sheet: one row per candidate of each
// disagreeing group, with what the Summary shows for that cell and the rule
// that chose it.
func (x *xlsx) conflicts() error {
	const sh = sheetConflicts
	head := []any{"conflict", "country", "metric", "unit", "period", "part", "value", hdrCable, "paragraph",
		hdrQuote, hdrID, "this value shown", "Summary shows", "chosen by"}
	if err := x.row(sh, 1, 1, head...); err != nil {
		return err
	}
	if err := x.style(sh, 1, 1, len(head), 1, x.styles.header); err != nil {
		return err
	}
	tables := x.b.tables()
	r := 1
	for i, g := range findConflicts(x.b.entries) {
		part := "total"
		switch {
		case g.key.subset:
			part = "subset of another figure"
		case g.key.population != "" || g.key.ttype == model.Sex:
			part = strings.TrimSpace(string(g.key.population) + " " + string(g.key.ttype))
		}
		for _, e := range g.candidates {
			r++
			shows, rule, this := "", "", "no"
			if c := tables[e.fig.Country].get(g.key.row, e.year); c != nil && c.chosen != nil {
				shows = fmt.Sprintf("%s (%s)", valueText(c.chosen), source(c.chosen))
				rule = c.rule
				if c.chosen == e {
					this = "yes"
				}
			}
			if err := x.row(sh, 1, r, i+1, e.fig.Country, g.key.row.label(), string(e.fig.Unit), g.key.period, part,
				valueText(e), e.fig.Cable, intOrNil(e.fig.Paragraph), e.fig.Quote, e.id, this, shows, rule); err != nil {
				return err
			}
			if err := x.f.SetCellHyperLink(sh, fmt.Sprintf("K%d", r), fmt.Sprintf("'%s'!A%d", sheetFigures, e.row),
				"Location"); err != nil {
				return fmt.Errorf("link K%d: %w", r, err)
			}
		}
	}
	if r == 1 {
		if err := x.row(sh, 1, 2, "No conflicts: every country, metric, unit and period has one value."); err != nil {
			return err
		}
	} else if err := x.f.AutoFilter(sh, fmt.Sprintf("A1:N%d", r), nil); err != nil {
		return fmt.Errorf("autofilter: %w", err)
	}
	if err := x.widths(sh, 8, 14, 20, 9, 22, 12, 26, 16, 6, 50, 14, 8, 34, 30); err != nil {
		return err
	}
	return x.freeze(sh, 0, 1)
}
