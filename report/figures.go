package report

import (
	"fmt"
	"strings"

	"github.com/tipx/tipx/model"
	"github.com/xuri/excelize/v2"
)

// figureColumns are the Figures sheet's headers and widths: the review
// columns first, then every FIGURES.md field, then provenance.
var figureColumns = []struct {
	name  string
	width float64
}{
	{hdrID, 14}, {hdrReview, 12}, {hdrCorrected, 12}, {hdrComment, 24},
	{"country", 14}, {hdrCable, 16}, {"cable date", 11}, {"paragraph", 6},
	{hdrMetric, 20}, {"unit", 9}, {"value", 10}, {"value_max", 10}, {"qualifier", 10}, {"shown as", 18},
	{"currency", 8}, {"usd", 9}, {"per", 7}, {"denominator", 8},
	{"period start", 11}, {"period end", 11}, {"period text", 18},
	{"trafficking_type", 11}, {"population", 11}, {"subset_of", 8}, {"source", 11}, {"speaker", 14},
	{hdrQuote, 60}, {"id", 5}, {"rule", 16}, {"start", 8}, {"end", 8}, {"in summary", 11},
}

// Column positions used before streaming (1-based).
const (
	colReview = 2
	colCable  = 6
)

// figures writes the Figures sheet with a StreamWriter: it can hold tens of
// thousands of rows, which normal mode writes three times slower with ten
// times the memory (DEPENDENCIES.md). Everything a StreamWriter would lose
// after Flush (cable hyperlinks, the review drop-down and colours) is added
// before the stream is opened; the frozen header, widths and the table with
// its autofilter go through the StreamWriter itself.
func (x *xlsx) figures() error {
	const sh = sheetFigures
	n := len(x.b.entries)
	last := n + 1
	if n == 0 {
		last = 2 // a table needs a data row
	}
	dv := excelize.NewDataValidation(true)
	dv.Sqref = fmt.Sprintf("B2:B%d", last)
	var list []string
	for _, s := range Statuses {
		list = append(list, string(s))
	}
	if err := dv.SetDropList(list); err != nil {
		return fmt.Errorf("review drop-down: %w", err)
	}
	dv.SetError(excelize.DataValidationErrorStyleStop, "review", "Choose unreviewed, accepted, rejected or corrected.")
	if err := x.f.AddDataValidation(sh, dv); err != nil {
		return fmt.Errorf("review drop-down: %w", err)
	}
	if err := x.reviewColours(fmt.Sprintf("B2:B%d", last)); err != nil {
		return err
	}
	for i, e := range x.b.entries {
		if i >= excelize.TotalSheetHyperlinks-1 {
			x.b.linksCut = n - i
			break
		}
		ref, err := excelize.CoordinatesToCellName(colCable, e.row)
		if err != nil {
			return err
		}
		tip := "cable page on wikileaks.org"
		if err := x.f.SetCellHyperLink(sh, ref, CableURL(e.fig.Cable, e.created()), "External",
			excelize.HyperlinkOpts{Tooltip: &tip}); err != nil {
			return fmt.Errorf("cable link %s: %w", ref, err)
		}
	}
	sw, err := x.f.NewStreamWriter(sh)
	if err != nil {
		return fmt.Errorf("stream: %w", err)
	}
	head := make([]any, len(figureColumns))
	for i, c := range figureColumns {
		head[i] = excelize.Cell{Value: c.name, StyleID: x.styles.header}
		if err := sw.SetColWidth(i+1, i+1, c.width); err != nil {
			return fmt.Errorf("column width: %w", err)
		}
	}
	if err := sw.SetPanes(&excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft"}); err != nil {
		return fmt.Errorf("freeze header: %w", err)
	}
	if err := sw.SetRow("A1", head); err != nil {
		return fmt.Errorf("header: %w", err)
	}
	for _, e := range x.b.entries {
		if err := sw.SetRow(fmt.Sprintf("A%d", e.row), figureRow(e)); err != nil {
			return fmt.Errorf("row %d: %w", e.row, err)
		}
	}
	end, err := excelize.CoordinatesToCellName(len(figureColumns), last)
	if err != nil {
		return err
	}
	if err := sw.AddTable(&excelize.Table{Range: "A1:" + end, Name: "Figures", StyleName: "TableStyleLight9",
		ShowRowStripes: boolp(true)}); err != nil {
		return fmt.Errorf("table: %w", err)
	}
	if err := sw.Flush(); err != nil {
		return fmt.Errorf("flush: %w", err)
	}
	return nil
}

// reviewColours colours review decisions on the Figures sheet (rejected
// red, accepted green, corrected amber) with conditional formats, so that
// a decision shows as soon as the reviewer picks it.
func (x *xlsx) reviewColours(ref string) error {
	colours := []struct {
		status Status
		fill   string
	}{{Rejected, "F8CBAD"}, {Accepted, "C6EFCE"}, {Corrected, "FFEB9C"}}
	var formats []excelize.ConditionalFormatOptions
	for _, c := range colours {
		id, err := x.f.NewConditionalStyle(&excelize.Style{Fill: excelize.Fill{Type: "pattern", Pattern: 1,
			Color: []string{c.fill}}})
		if err != nil {
			return fmt.Errorf("review colours: %w", err)
		}
		formats = append(formats, excelize.ConditionalFormatOptions{Type: "cell", Criteria: "==",
			Format: &id, Value: `"` + string(c.status) + `"`})
	}
	if err := x.f.SetConditionalFormat(sheetFigures, ref, formats); err != nil {
		return fmt.Errorf("review colours: %w", err)
	}
	return nil
}

func boolp(b bool) *bool { return &b }

// figureRow is one Figures row in figureColumns order. Text is written as
// text (never a formula); absent values are empty cells.
func figureRow(e *entry) []any {
	f := &e.fig
	review := string(Unreviewed)
	var corrected, comment string
	if e.review != nil {
		review, corrected, comment = string(e.review.Status), e.review.Corrected, e.review.Comment
	}
	date := ""
	if !e.created().IsZero() {
		date = e.created().Format("2006-01-02")
	}
	var start, end, ptext string
	if f.Period != nil {
		start, end, ptext = f.Period.Start.String(), f.Period.End.String(), f.Period.Text
	}
	shown := "candidate"
	switch {
	case e.rejected():
		shown = "rejected"
	case e.shown:
		shown = "shown"
	}
	q := f.Qualifier
	if q == "" {
		q = model.Exact
	}
	return []any{
		e.id, review, corrected, comment,
		f.Country, f.Cable, date, intOrNil(f.Paragraph),
		string(f.Metric), string(f.Unit), f.Value, floatOrNil(f.ValueMax), string(q), f.FormatValue(),
		f.Currency, floatOrNil(f.USD), string(f.Per), floatOrNil(f.Denominator),
		start, end, ptext,
		string(orUnspecified(f.TraffickingType)), string(f.Population), intOrNil(f.SubsetOf), string(f.Source), f.Speaker,
		strings.TrimSpace(f.Quote), f.ID, f.Rule, intOrNil(f.Start), intOrNil(f.End), shown,
	}
}

func orUnspecified(t model.TraffickingType) model.TraffickingType {
	if t == "" {
		return model.Unspecified
	}
	return t
}

func intOrNil(i int) any {
	if i == 0 {
		return nil
	}
	return i
}

func floatOrNil(p *float64) any {
	if p == nil {
		return nil
	}
	return *p
}
