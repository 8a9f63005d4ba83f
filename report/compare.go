package report

import (
	"fmt"
	"slices"
)

// compareHead is the row of the Comparison sheet's column headers.
const compareHead = 3

// comparison writes the Comparison sheet: one row per country and year, one
// column per metric and unit (labor-trafficking counts in their own
// columns), each cell chosen, noted and linked as on a country Summary.
func (x *xlsx) comparison() error {
	const sh = sheetComparison
	tables := x.b.tables()
	countries := x.b.countries()
	var keys []rowKey
	for _, c := range countries {
		for _, k := range tables[c].rows {
			if !slices.Contains(keys, k) {
				keys = append(keys, k)
			}
		}
	}
	slices.SortFunc(keys, compareKeys)
	if err := x.row(sh, 1, 1, "Trafficking-in-persons figures by country and year"); err != nil {
		return err
	}
	if err := x.style(sh, 1, 1, 1, 1, x.styles.title); err != nil {
		return err
	}
	if err := x.row(sh, 1, 2, "One value per cell, chosen as the About sheet says; hover a cell for its source, "+
		"click it for its Figures row. Yellow: part of a year, not comparable with full years. Green: corrected by review."); err != nil {
		return err
	}
	head := []any{"country", "year"}
	for _, k := range keys {
		head = append(head, fmt.Sprintf("%s (%s)", k.label(), k.Unit))
	}
	if err := x.row(sh, 1, compareHead, head...); err != nil {
		return err
	}
	if err := x.style(sh, 1, compareHead, len(head), compareHead, x.styles.wrapHeader); err != nil {
		return err
	}
	if err := x.f.SetRowHeight(sh, compareHead, 32); err != nil {
		return fmt.Errorf("header height: %w", err)
	}
	r := compareHead
	for _, c := range countries {
		t := tables[c]
		for _, y := range t.years {
			r++
			if err := x.row(sh, 1, r, c, yearLabel(y)); err != nil {
				return err
			}
			for i, k := range keys {
				if err := x.valueCell(sh, 3+i, r, t.get(k, y)); err != nil {
					return err
				}
			}
		}
	}
	ws := []float64{16, 13}
	for range keys {
		ws = append(ws, 24)
	}
	if err := x.widths(sh, ws...); err != nil {
		return err
	}
	if r > compareHead {
		last, err := colName(len(head))
		if err != nil {
			return err
		}
		if err := x.f.AutoFilter(sh, fmt.Sprintf("A%d:%s%d", compareHead, last, r), nil); err != nil {
			return fmt.Errorf("autofilter: %w", err)
		}
	}
	return x.freeze(sh, 2, compareHead)
}
