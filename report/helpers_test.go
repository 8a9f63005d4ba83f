package report

import (
	"bytes"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/model"
	"github.com/xuri/excelize/v2"
)

// fixedNow is the run date of every test workbook.
var fixedNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// fixture is the Input of one test country: testdata/NAME.jsonl figures and
// testdata/NAME.cables.jsonl cables.
func fixture(t *testing.T, names ...string) Input {
	t.Helper()
	in := Input{Version: "test", Now: fixedNow}
	for _, n := range names {
		in.Figures = append(in.Figures, golden.ReadJSONL[model.Figure](t, filepath.Join("testdata", n+".jsonl"))...)
		in.Cables = append(in.Cables, golden.ReadJSONL[model.Cable](t, filepath.Join("testdata", n+".cables.jsonl"))...)
		in.Inputs = append(in.Inputs, "testdata/"+n+".jsonl")
	}
	return in
}

// build writes a workbook with write and opens it again.
func build(t *testing.T, write func(*bytes.Buffer) error) *excelize.File {
	t.Helper()
	var buf bytes.Buffer
	must(t, write(&buf))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	t.Cleanup(func() { _ = f.Close() })
	return f
}

// sheetTSV dumps a sheet's cell values, one row per line, tabs between
// cells (tabs and newlines inside cells escaped).
func sheetTSV(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	rows, err := f.GetRows(sheet)
	must(t, err)
	esc := strings.NewReplacer("\t", `\t`, "\n", `\n`)
	var b strings.Builder
	for _, row := range rows {
		for i, c := range row {
			if i > 0 {
				b.WriteByte('\t')
			}
			b.WriteString(esc.Replace(c))
		}
		b.WriteByte('\n')
	}
	return b.String()
}

// notesTSV dumps a sheet's notes: cell, tab, text (newlines escaped), in
// cell order.
func notesTSV(t *testing.T, f *excelize.File, sheet string) string {
	t.Helper()
	cs, err := f.GetComments(sheet)
	must(t, err)
	var lines []string
	for _, c := range cs {
		text := c.Text
		for _, p := range c.Paragraph {
			text += p.Text
		}
		lines = append(lines, c.Cell+"\t"+strings.ReplaceAll(text, "\n", `\n`))
	}
	slices.SortFunc(lines, func(a, b string) int {
		return cellOrder(strings.SplitN(a, "\t", 2)[0], strings.SplitN(b, "\t", 2)[0])
	})
	return strings.Join(lines, "\n") + "\n"
}

func cellOrder(a, b string) int {
	ca, ra, _ := excelize.CellNameToCoordinates(a)
	cb, rb, _ := excelize.CellNameToCoordinates(b)
	if ra != rb {
		return ra - rb
	}
	return ca - cb
}

// cellValue reads one cell.
func cellValue(t *testing.T, f *excelize.File, sheet, ref string) string {
	t.Helper()
	v, err := f.GetCellValue(sheet, ref)
	must(t, err)
	return v
}

// must stops the test on an error.
func must(t *testing.T, err error) {
	t.Helper()
	if err != nil {
		t.Fatal(err)
	}
}
