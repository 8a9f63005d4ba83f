package report

import (
	"fmt"

	"github.com/xuri/excelize/v2"
)

// Sheet names of the draft chapter (written only when Input carries them).
const (
	sheetDraft   = "Draft"
	sheetCompare = "Compare"
)

// Section is a titled block of text lines: one part of a draft chapter
// ("Prosecution", "Protection", ...), one sentence or note per line.
type Section struct {
	Title string
	Lines []string
}

// Grid is a plain table: a title, a note under it, a header row and rows
// of text, as the Compare sheet shows a narrative against the cables.
type Grid struct {
	Title  string
	Note   string
	Header []string
	Rows   [][]string
}

// draftSheets adds the Draft and Compare sheets when the Input has them.
func (x *xlsx) draftSheets() error {
	if len(x.b.in.Draft) > 0 {
		if err := x.draft(x.b.in.Draft); err != nil {
			return fmt.Errorf("write sheet %s: %w", sheetDraft, err)
		}
	}
	if g := x.b.in.Compare; g != nil {
		if err := x.grid(sheetCompare, g); err != nil {
			return fmt.Errorf("write sheet %s: %w", sheetCompare, err)
		}
	}
	return nil
}

// draft writes the Draft sheet: each section's title in bold, then one line
// per row in a wide wrapped column.
func (x *xlsx) draft(secs []Section) error {
	const sh = sheetDraft
	if _, err := x.f.NewSheet(sh); err != nil {
		return fmt.Errorf("add sheet: %w", err)
	}
	wrap, err := x.f.NewStyle(&excelize.Style{Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"}})
	if err != nil {
		return fmt.Errorf("new style: %w", err)
	}
	r := 0
	for i, s := range secs {
		if i > 0 {
			r++ // a blank row between sections
		}
		r++
		if err := x.row(sh, 1, r, s.Title); err != nil {
			return err
		}
		style := x.styles.section
		if i == 0 {
			style = x.styles.title
		}
		if err := x.style(sh, 1, r, 1, r, style); err != nil {
			return err
		}
		for _, l := range s.Lines {
			r++
			if err := x.row(sh, 1, r, l); err != nil {
				return err
			}
			if err := x.style(sh, 1, r, 1, r, wrap); err != nil {
				return err
			}
		}
	}
	if err := x.widths(sh, 120); err != nil {
		return err
	}
	return x.printLayout(sh)
}

// grid writes a Grid as a sheet: title, note, a header row with a filter,
// then the rows.
func (x *xlsx) grid(sh string, g *Grid) error {
	if _, err := x.f.NewSheet(sh); err != nil {
		return fmt.Errorf("add sheet: %w", err)
	}
	if err := x.row(sh, 1, 1, g.Title); err != nil {
		return err
	}
	if err := x.style(sh, 1, 1, 1, 1, x.styles.title); err != nil {
		return err
	}
	if err := x.row(sh, 1, 2, g.Note); err != nil {
		return err
	}
	const head = 3
	if err := x.stringRow(sh, head, g.Header); err != nil {
		return err
	}
	if len(g.Header) > 0 {
		if err := x.style(sh, 1, head, len(g.Header), head, x.styles.wrapHeader); err != nil {
			return err
		}
	}
	for i, row := range g.Rows {
		if err := x.stringRow(sh, head+1+i, row); err != nil {
			return err
		}
	}
	if len(g.Header) > 0 && len(g.Rows) > 0 {
		last, err := colName(len(g.Header))
		if err != nil {
			return err
		}
		if err := x.f.AutoFilter(sh, fmt.Sprintf("A%d:%s%d", head, last, head+len(g.Rows)), nil); err != nil {
			return fmt.Errorf("autofilter: %w", err)
		}
	}
	ws := make([]float64, len(g.Header))
	for i := range ws {
		ws[i] = 22
	}
	if err := x.widths(sh, ws...); err != nil {
		return err
	}
	if err := x.freeze(sh, 0, head); err != nil {
		return err
	}
	return x.printLayout(sh)
}

// stringRow writes text cells from column 1 of row r.
func (x *xlsx) stringRow(sh string, r int, cells []string) error {
	vals := make([]any, len(cells))
	for i, c := range cells {
		vals[i] = c
	}
	return x.row(sh, 1, r, vals...)
}
