package report

import (
	"fmt"
	"slices"
	"strings"
)

// cables writes the Cables sheet: one row per source cable with the figures
// found in it, and beside it the coverage per year (cables read, cables with
// figures, figures), so that a drop caused by missing cables shows.
func (x *xlsx) cables() error {
	const sh = sheetCables
	head := []any{hdrCable, "date", "origin", "classification", "subject", "country", "figures found", "tags"}
	if err := x.row(sh, 1, 1, head...); err != nil {
		return err
	}
	if err := x.style(sh, 1, 1, len(head), 1, x.styles.header); err != nil {
		return err
	}
	type cover struct{ read, withFigures, figures int }
	years := map[int]*cover{}
	for i, c := range x.b.cables {
		r := i + 2
		date, year := "unknown", 0
		if !c.Created.IsZero() {
			date, year = c.Created.Format("2006-01-02"), c.Created.Year()
		}
		n := x.b.byCable[c.ID]
		subject := c.Subject
		if c.SubjectTruncated {
			subject += " ..."
		}
		if err := x.row(sh, 1, r, c.ID, date, c.Origin, c.Classification, subject, c.Country, n,
			strings.Join(c.Tags, " ")); err != nil {
			return err
		}
		if err := x.f.SetCellHyperLink(sh, fmt.Sprintf("A%d", r), CableURL(c.ID, c.Created), "External"); err != nil {
			return fmt.Errorf("cable link A%d: %w", r, err)
		}
		cv := years[year]
		if cv == nil {
			cv = &cover{}
			years[year] = cv
		}
		cv.read++
		cv.figures += n
		if n > 0 {
			cv.withFigures++
		}
	}
	if len(x.b.cables) > 0 {
		if err := x.f.AutoFilter(sh, fmt.Sprintf("A1:H%d", len(x.b.cables)+1), nil); err != nil {
			return fmt.Errorf("autofilter: %w", err)
		}
	}
	// coverage, from column J
	if err := x.row(sh, 10, 1, "year", "cables read", "cables with figures", "figures"); err != nil {
		return err
	}
	if err := x.style(sh, 10, 1, 13, 1, x.styles.header); err != nil {
		return err
	}
	var ys []int
	for y := range years {
		ys = append(ys, y)
	}
	slices.Sort(ys)
	r := 1
	for _, y := range ys {
		r++
		label := any(y)
		if y == 0 {
			label = "date unknown"
		}
		cv := years[y]
		if err := x.row(sh, 10, r, label, cv.read, cv.withFigures, cv.figures); err != nil {
			return err
		}
	}
	if err := x.row(sh, 10, r+2, "Cables read counts every cable of the run about this workbook's countries, "+
		"with or without figures: a year with few cables read may show fewer figures for that reason alone."); err != nil {
		return err
	}
	if err := x.widths(sh, 16, 11, 20, 16, 50, 14, 9, 30, 3, 12, 11, 11, 9); err != nil {
		return err
	}
	return x.freeze(sh, 0, 1)
}
