package report

import (
	"fmt"
	"strings"
)

// sheetChange is the comparison workbook's sheet of changes between periods.
const sheetChange = "Change"

// changeRow is one row of the Change sheet: a country's metric row, the two
// periods compared and what a reader must know before quoting the change.
type changeRow struct {
	country       string
	key           rowKey
	earlier, last int   // years; earlier is 0 when there is one period only
	a, b          *cell // the cells of earlier and last
	flags         []string
}

// changeRows picks, per country and metric row, the last two comparable
// periods: the last two calendar years with a value when there are two;
// otherwise the last two years with any value, flagged as a period
// mismatch. It flags a later part year left out, years skipped, and years
// for which fewer cables give figures (coverage), as the TIP Report's own
// footnotes do.
func changeRows(b *book) []changeRow {
	tables := b.tables()
	coverage := cablesPerYear(b)
	var out []changeRow
	for _, country := range b.countries() {
		t := tables[country]
		for _, k := range t.rows {
			var all, full []int
			for _, y := range t.years {
				c := t.get(k, y)
				if y == 0 || c == nil || c.chosen == nil {
					continue
				}
				all = append(all, y)
				if c.chosen.kind == fullYear {
					full = append(full, y)
				}
			}
			if len(all) == 0 {
				continue
			}
			r := changeRow{country: country, key: k}
			pick := all
			if len(full) >= 2 {
				pick = full
			}
			r.last = pick[len(pick)-1]
			if len(pick) >= 2 {
				r.earlier = pick[len(pick)-2]
				r.a = t.get(k, r.earlier)
			}
			r.b = t.get(k, r.last)
			r.flags = changeFlags(t, k, r, all, coverage[country])
			out = append(out, r)
		}
	}
	return out
}

func changeFlags(t *table, k rowKey, r changeRow, all []int, coverage map[int]int) []string {
	var flags []string
	if r.earlier == 0 {
		return append(flags, "one period only")
	}
	if r.a.chosen.kind != r.b.chosen.kind {
		flags = append(flags, fmt.Sprintf("period mismatch: %s against %s", kindText(r.a, r.earlier),
			kindText(r.b, r.last)))
	} else if r.b.chosen.kind == partYear {
		flags = append(flags, "both part years: "+kindText(r.a, r.earlier)+", "+kindText(r.b, r.last))
	}
	if later := all[len(all)-1]; later > r.last {
		flags = append(flags, fmt.Sprintf("%s not compared: part of a year", kindText(t.get(k, later), later)))
	}
	switch gap := r.last - r.earlier; {
	case gap == 2:
		flags = append(flags, fmt.Sprintf("no figure for %d", r.earlier+1))
	case gap > 2:
		flags = append(flags, fmt.Sprintf("no figure for %d–%d", r.earlier+1, r.last-1))
	}
	if n, m := coverage[r.earlier], coverage[r.last]; n != m {
		flags = append(flags, fmt.Sprintf("coverage: %s %d figures, %s %d", cablesText(n), r.earlier,
			cablesText(m), r.last))
	}
	return flags
}

func cablesText(n int) string {
	if n == 1 {
		return "1 cable gives"
	}
	return fmt.Sprintf("%d cables give", n)
}

// kindText names a cell's period: "2008 (calendar year)", "2009 (year to date, to 2009-08-28)".
func kindText(c *cell, y int) string {
	switch {
	case c == nil || c.chosen == nil:
		return fmt.Sprint(y)
	case c.chosen.kind == fullYear:
		return fmt.Sprintf("%d (calendar year)", y)
	case yearToDate(c.chosen.fig.Period):
		return fmt.Sprintf("%d (year to date, to %s)", y, c.chosen.fig.Period.End)
	}
	return fmt.Sprintf("%d (%s)", y, partLabel(c.chosen.fig.Period))
}

// cablesPerYear counts, per country and Summary year, the cables that give
// at least one figure not rejected in review.
func cablesPerYear(b *book) map[string]map[int]int {
	seen := map[string]map[int]map[string]bool{}
	for _, e := range b.entries {
		if e.rejected() || e.year == 0 {
			continue
		}
		c := e.fig.Country
		if seen[c] == nil {
			seen[c] = map[int]map[string]bool{}
		}
		if seen[c][e.year] == nil {
			seen[c][e.year] = map[string]bool{}
		}
		seen[c][e.year][e.fig.Cable] = true
	}
	out := map[string]map[int]int{}
	for c, ys := range seen {
		out[c] = map[int]int{}
		for y, cs := range ys {
			out[c][y] = len(cs)
		}
	}
	return out
}

// changeSheet writes the Change sheet of the comparison workbook.
func (x *xlsx) changeSheet() error {
	const sh = sheetChange
	if _, err := x.f.NewSheet(sh); err != nil {
		return fmt.Errorf("add sheet %s: %w", sh, err)
	}
	if err := x.row(sh, 1, 1, "Change between the last two comparable periods"); err != nil {
		return err
	}
	if err := x.style(sh, 1, 1, 1, 1, x.styles.title); err != nil {
		return err
	}
	if err := x.row(sh, 1, 2, "Per country and metric: the last two calendar years with a value (or, failing "+
		"two, the last two years of any kind), the change, and the flags to footnote before quoting it."); err != nil {
		return err
	}
	const head = 3
	cols := []any{"country", "metric", "unit", "earlier", "earlier value", "later", "later value", "change",
		"flags", "sources"}
	if err := x.row(sh, 1, head, cols...); err != nil {
		return err
	}
	if err := x.style(sh, 1, head, len(cols), head, x.styles.header); err != nil {
		return err
	}
	r := head
	for _, c := range changeRows(x.b) {
		r++
		earlier, ev, ch, src := "", "", "", source(c.b.chosen)
		if c.a != nil {
			earlier, ev = fmt.Sprint(c.earlier), valueText(c.a.chosen)
			ch = change(c.a, c.b)
			src = source(c.a.chosen) + "; " + src
		}
		if err := x.row(sh, 1, r, c.country, c.key.label(), string(c.key.Unit), earlier, ev, fmt.Sprint(c.last),
			valueText(c.b.chosen), ch, strings.Join(c.flags, "; "), src); err != nil {
			return err
		}
	}
	if r > head {
		if err := x.f.AutoFilter(sh, fmt.Sprintf("A%d:J%d", head, r), nil); err != nil {
			return fmt.Errorf("autofilter: %w", err)
		}
	}
	if err := x.widths(sh, 14, 22, 9, 8, 26, 8, 26, 16, 50, 40); err != nil {
		return err
	}
	if err := x.freeze(sh, 0, head); err != nil {
		return err
	}
	return x.printLayout(sh)
}
