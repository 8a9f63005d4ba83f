package report

import (
	"fmt"

	"github.com/tipx/tipx/model"
	"github.com/xuri/excelize/v2"
)

// summaryHead is the row of the Summary's column headers; data rows follow.
const summaryHead = 4

// chartMetrics are the main prosecution and protection metrics charted on
// the Summary.
var chartMetrics = []model.Metric{model.Investigations, model.Prosecutions, model.Convictions,
	model.VictimsIdentified, model.VictimsAssisted}

// column is one value or change column of the Summary.
type column struct {
	year   int
	change bool // the change of year against year-1
}

func summaryColumns(years []int) []column {
	var cols []column
	for i, y := range years {
		cols = append(cols, column{year: y})
		if y != 0 && i > 0 && years[i-1] == y-1 {
			cols = append(cols, column{year: y, change: true})
		}
	}
	return cols
}

// summary writes the Summary sheet of one country: metric rows in TIP
// Report order, one column per year, the change against the previous year,
// then the chart data block and the chart.
func (x *xlsx) summary(t *table) error {
	const sh = sheetSummary
	if err := x.row(sh, 1, 1, t.country+": trafficking-in-persons figures by year"); err != nil {
		return err
	}
	if err := x.row(sh, 1, 2, "One value per cell, chosen as the About sheet says; hover a cell for its cable, "+
		"paragraph and quote, click it for its Figures row. Yellow: part of a year (YTD = year to date), "+
		"never compared with full years. Green: corrected by review. Δ: change against the previous year."); err != nil {
		return err
	}
	if err := x.style(sh, 1, 1, 1, 1, x.styles.title); err != nil {
		return err
	}
	cols := summaryColumns(t.years)
	head := []any{"part", "metric", "unit"}
	for _, c := range cols {
		if c.change {
			head = append(head, fmt.Sprintf("Δ %d", c.year))
		} else {
			head = append(head, yearLabel(c.year))
		}
	}
	if err := x.row(sh, 1, summaryHead, head...); err != nil {
		return err
	}
	if err := x.style(sh, 1, summaryHead, len(head), summaryHead, x.styles.header); err != nil {
		return err
	}
	r := summaryHead
	for _, k := range t.rows {
		r++
		if err := x.row(sh, 1, r, string(k.Metric.Family()), k.label(), string(k.Unit)); err != nil {
			return err
		}
		for i, c := range cols {
			col := 4 + i
			if c.change {
				if err := x.row(sh, col, r, change(t.get(k, c.year-1), t.get(k, c.year))); err != nil {
					return err
				}
				continue
			}
			if err := x.valueCell(sh, col, r, t.get(k, c.year)); err != nil {
				return err
			}
		}
	}
	ws := []float64{12, 24, 9}
	for _, c := range cols {
		if c.change {
			ws = append(ws, 13)
		} else {
			ws = append(ws, 24)
		}
	}
	if err := x.widths(sh, ws...); err != nil {
		return err
	}
	if err := x.freeze(sh, 3, summaryHead); err != nil {
		return err
	}
	return x.chart(t, r+2)
}

// chartSeries picks, for each chart metric, the row (unit) with the most
// years of values.
func chartSeries(t *table) []rowKey {
	var out []rowKey
	for _, m := range chartMetrics {
		best, n := rowKey{}, 0
		for _, k := range t.rows {
			if k.Metric != m || k.Labor {
				continue
			}
			c := 0
			for _, y := range t.years {
				if y != 0 && t.get(k, y) != nil && t.get(k, y).chosen != nil {
					c++
				}
			}
			if c > n {
				best, n = k, c
			}
		}
		if n > 0 {
			out = append(out, best)
		}
	}
	return out
}

// chart writes the numeric block the chart reads (the chosen values of the
// main metrics, ranges at their lower end) from row top, and the chart
// below it. Years with part-year values are labelled so.
func (x *xlsx) chart(t *table, top int) error {
	const sh = sheetSummary
	series := chartSeries(t)
	var years []int
	for _, y := range t.years {
		if y != 0 {
			years = append(years, y)
		}
	}
	if len(series) == 0 || len(years) == 0 {
		return nil
	}
	if err := x.row(sh, 2, top, "Chart data: the chosen values above as numbers (ranges at their lower end)"); err != nil {
		return err
	}
	head := []any{"series"}
	for _, y := range years {
		label := fmt.Sprint(y)
		for _, k := range series {
			if c := t.get(k, y); c != nil && c.chosen != nil && c.chosen.kind == partYear {
				label += " (part year)"
				break
			}
		}
		head = append(head, label)
	}
	if err := x.row(sh, 2, top+1, head...); err != nil {
		return err
	}
	if err := x.style(sh, 2, top+1, 2+len(years), top+1, x.styles.header); err != nil {
		return err
	}
	chart := &excelize.Chart{Type: excelize.Col,
		Title:      excelize.ChartTitle{Paragraph: []excelize.RichTextRun{{Text: t.country + ": prosecution and protection"}}},
		Legend:     excelize.ChartLegend{Position: "bottom"},
		Dimension:  excelize.ChartDimension{Width: 720, Height: 320},
		VaryColors: boolp(false),
	}
	last, err := excelize.ColumnNumberToName(2 + len(years))
	if err != nil {
		return err
	}
	for i, k := range series {
		r := top + 2 + i
		values := []any{fmt.Sprintf("%s (%s)", k.label(), k.Unit)}
		for _, y := range years {
			if c := t.get(k, y); c != nil && c.chosen != nil {
				values = append(values, c.chosen.value)
			} else {
				values = append(values, nil)
			}
		}
		if err := x.row(sh, 2, r, values...); err != nil {
			return err
		}
		chart.Series = append(chart.Series, excelize.ChartSeries{
			Name:       fmt.Sprintf("%s!$B$%d", sh, r),
			Categories: fmt.Sprintf("%s!$C$%d:$%s$%d", sh, top+1, last, top+1),
			Values:     fmt.Sprintf("%s!$C$%d:$%s$%d", sh, r, last, r),
		})
	}
	anchor := fmt.Sprintf("B%d", top+3+len(series))
	if err := x.f.AddChart(sh, anchor, chart); err != nil {
		return fmt.Errorf("add chart: %w", err)
	}
	return nil
}
