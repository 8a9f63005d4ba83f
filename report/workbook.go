package report

import (
	"errors"
	"fmt"
	"io"

	"github.com/xuri/excelize/v2"
)

// Sheet names.
const (
	sheetSummary    = "Summary"
	sheetComparison = "Comparison"
	sheetFigures    = "Figures"
	sheetConflicts  = "Conflicts"
	sheetCables     = "Cables"
	sheetAbout      = "About"
)

// ErrNoCountry is returned by WriteCountry when no figure is about the country.
var ErrNoCountry = errors.New("no figures for the country")

// WriteCountry writes the workbook of one country (Summary, Figures,
// Conflicts, Cables, About) to w. The country is matched without regard to
// case.
func WriteCountry(w io.Writer, in Input, country string) error {
	b := newBook(in, country, countryFilter([]string{country}))
	if len(b.entries) == 0 {
		return fmt.Errorf("country workbook %q: %w", country, ErrNoCountry)
	}
	b.title = b.entries[0].fig.Country
	return b.write(w, func(x *xlsx) error {
		if err := x.summary(b.tables()[b.title]); err != nil {
			return err
		}
		return x.draftSheets()
	})
}

// WriteComparison writes the comparison workbook of the given countries
// (every country of the figures when none are given): one row per country
// and year, one column per metric, with the Figures, Conflicts and Cables of
// all of them.
func WriteComparison(w io.Writer, in Input, countries ...string) error {
	b := newBook(in, "", countryFilter(countries))
	return b.write(w, func(x *xlsx) error {
		if err := x.comparison(); err != nil {
			return err
		}
		return x.changeSheet()
	})
}

// xlsx is a workbook being written.
type xlsx struct {
	f      *excelize.File
	b      *book
	styles styles
}

type styles struct {
	title, header, wrapHeader, section, part, fixed int
}

// write builds the workbook: first the sheet written by first, then
// Figures, Conflicts, Cables and About.
func (b *book) write(w io.Writer, first func(*xlsx) error) (err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); err == nil && cerr != nil {
			err = fmt.Errorf("close workbook: %w", cerr)
		}
	}()
	x := &xlsx{f: f, b: b}
	if err := x.newStyles(); err != nil {
		return err
	}
	name := sheetSummary
	if b.title == "" {
		name = sheetComparison
	}
	if err := f.SetSheetName("Sheet1", name); err != nil {
		return fmt.Errorf("name sheet %s: %w", name, err)
	}
	for _, s := range []string{sheetFigures, sheetConflicts, sheetCables, sheetAbout} {
		if _, err := f.NewSheet(s); err != nil {
			return fmt.Errorf("add sheet %s: %w", s, err)
		}
	}
	// the streamed sheet takes its layout before the stream; the others
	// after their autofilter, which replaces the sheet properties
	if err := x.printLayout(sheetFigures); err != nil {
		return fmt.Errorf("page layout of %s: %w", sheetFigures, err)
	}
	steps := []struct {
		name string
		fn   func() error
	}{
		{name, func() error { return first(x) }},
		{sheetFigures, x.figures},
		{sheetConflicts, x.conflicts},
		{sheetCables, x.cables},
		{sheetAbout, x.about},
	}
	for _, s := range steps {
		if err := s.fn(); err != nil {
			return fmt.Errorf("write sheet %s: %w", s.name, err)
		}
		if s.name == sheetFigures {
			continue
		}
		if err := x.printLayout(s.name); err != nil {
			return fmt.Errorf("page layout of %s: %w", s.name, err)
		}
	}
	f.SetActiveSheet(0)
	if _, err := f.WriteTo(w); err != nil {
		return fmt.Errorf("write workbook: %w", err)
	}
	return nil
}

// printLayout prints a sheet landscape, one page wide, so that a PDF or a
// printout shows whole rows.
func (x *xlsx) printLayout(sheet string) error {
	land, one, any := "landscape", 1, 0
	if err := x.f.SetPageLayout(sheet, &excelize.PageLayoutOptions{Orientation: &land, FitToWidth: &one,
		FitToHeight: &any}); err != nil {
		return err
	}
	fit := true
	return x.f.SetSheetProps(sheet, &excelize.SheetPropsOptions{FitToPage: &fit})
}

func (x *xlsx) newStyles() error {
	defs := []struct {
		dst *int
		s   *excelize.Style
	}{
		{&x.styles.title, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 14}}},
		{&x.styles.header, &excelize.Style{Font: &excelize.Font{Bold: true},
			Fill:   excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border: []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}}},
		{&x.styles.wrapHeader, &excelize.Style{Font: &excelize.Font{Bold: true},
			Alignment: &excelize.Alignment{WrapText: true, Vertical: "top"},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "808080", Style: 1}}}},
		{&x.styles.section, &excelize.Style{Font: &excelize.Font{Bold: true, Size: 12}}},
		{&x.styles.part, &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"FFF2CC"}}}},
		{&x.styles.fixed, &excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"E2EFDA"}}}},
	}
	for _, d := range defs {
		id, err := x.f.NewStyle(d.s)
		if err != nil {
			return fmt.Errorf("new style: %w", err)
		}
		*d.dst = id
	}
	return nil
}

// row writes values from column col of row r (1-based); strings are stored
// as text, never as formulas.
func (x *xlsx) row(sheet string, col, r int, values ...any) error {
	ref, err := excelize.CoordinatesToCellName(col, r)
	if err != nil {
		return err
	}
	if err := x.f.SetSheetRow(sheet, ref, &values); err != nil {
		return fmt.Errorf("row %d: %w", r, err)
	}
	return nil
}

// style sets a style on a rectangle of cells.
func (x *xlsx) style(sheet string, c1, r1, c2, r2, style int) error {
	a, err := excelize.CoordinatesToCellName(c1, r1)
	if err != nil {
		return err
	}
	z, err := excelize.CoordinatesToCellName(c2, r2)
	if err != nil {
		return err
	}
	return x.f.SetCellStyle(sheet, a, z, style)
}

// widths sets column widths from column 1.
func (x *xlsx) widths(sheet string, ws ...float64) error {
	for i, w := range ws {
		c, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := x.f.SetColWidth(sheet, c, c, w); err != nil {
			return fmt.Errorf("column width: %w", err)
		}
	}
	return nil
}

// freeze freezes the rows above and the columns left of cell.
func (x *xlsx) freeze(sheet string, col, row int) error {
	ref, err := excelize.CoordinatesToCellName(col+1, row+1)
	if err != nil {
		return err
	}
	pane := "bottomLeft"
	switch {
	case col > 0 && row > 0:
		pane = "bottomRight"
	case col > 0:
		pane = "topRight"
	}
	return x.f.SetPanes(sheet, &excelize.Panes{Freeze: true, XSplit: col, YSplit: row, TopLeftCell: ref,
		ActivePane: pane})
}

// valueCell writes a Summary or Comparison cell: the chosen value as text,
// its note, a link to its Figures row and a fill for part years and
// corrections.
func (x *xlsx) valueCell(sheet string, col, r int, c *cell) error {
	ref, err := excelize.CoordinatesToCellName(col, r)
	if err != nil {
		return err
	}
	if c == nil || c.chosen == nil {
		if c != nil && c.rejected > 0 {
			return x.f.SetCellStr(sheet, ref, "(rejected)")
		}
		return nil
	}
	if err := x.f.SetCellStr(sheet, ref, valueText(c.chosen)); err != nil {
		return err
	}
	if err := x.f.AddComment(sheet, excelize.Comment{Cell: ref, Author: "tipx", Text: noteText(c),
		Width: 420, Height: 170}); err != nil {
		return fmt.Errorf("note %s: %w", ref, err)
	}
	if err := x.f.SetCellHyperLink(sheet, ref, fmt.Sprintf("'%s'!A%d", sheetFigures, c.chosen.row),
		"Location"); err != nil {
		return fmt.Errorf("link %s: %w", ref, err)
	}
	switch {
	case c.chosen.fixed:
		return x.f.SetCellStyle(sheet, ref, ref, x.styles.fixed)
	case c.chosen.kind == partYear:
		return x.f.SetCellStyle(sheet, ref, ref, x.styles.part)
	}
	return nil
}

func colName(n int) (string, error) { return excelize.ColumnNumberToName(n) }
