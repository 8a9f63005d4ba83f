package report

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"slices"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

func ruritania(t *testing.T) *excelize.File {
	t.Helper()
	in := fixture(t, "ruritania")
	return build(t, func(b *bytes.Buffer) error { return WriteCountry(b, in, "Ruritania") })
}

func TestSummaryCells(t *testing.T) {
	f := ruritania(t)
	tests := []struct{ ref, want string }{
		{"B4", "metric"},
		{"D4", "2006"}, {"F4", "Δ 2007"}, {"K4", "other periods"},
		{"B6", "prosecutions"},
		{"G6", "35 cases"}, // latest cable over the earlier 33
		{"H6", "+5 (+17%)"},
		{"I6", "21 cases (YTD to 2009-09-15)"},
		{"J6", "n/c: part year"}, // never compared with a full year
		{"B7", "prosecutions, labor"},
		{"D8", "14 persons"},                    // 14 (2008 cable) over 12 (2007 cable)
		{"D11", "≈150 persons"},                 // the total, not the 60 children
		{"G11", ">200 persons"},                 // qualifier shown
		{"K9", "7–12 years (no period stated)"}, // range
		{"G12", "120 persons"},                  // government over NGO in one cable
		{"K13", "50 EUR/month (70 USD stated) (no period stated)"},
		{"E15", "250,000 USD"},
	}
	for _, tc := range tests {
		if got := cellValue(t, f, sheetSummary, tc.ref); got != tc.want {
			t.Errorf("Summary!%s = %q, want %q", tc.ref, got, tc.want)
		}
	}
	// the YTD cell is filled yellow, a full year is not
	for ref, want := range map[string]bool{"I6": true, "G6": false} {
		id, err := f.GetCellStyle(sheetSummary, ref)
		must(t, err)
		st, err := f.GetStyle(id)
		must(t, err)
		got := len(st.Fill.Color) > 0 && st.Fill.Color[0] == "FFF2CC"
		if got != want {
			t.Errorf("Summary!%s yellow = %v, want %v", ref, got, want)
		}
	}
}

func TestSummaryNotesAndLinks(t *testing.T) {
	f := ruritania(t)
	notes := map[string]string{}
	cs, err := f.GetComments(sheetSummary)
	must(t, err)
	for _, c := range cs {
		text := c.Text
		for _, p := range c.Paragraph {
			text += p.Text
		}
		notes[c.Cell] = text
	}
	for ref, want := range map[string][]string{
		"G6": {"09ZENDA450 ¶2, 2009-09-15", "“compared with 35 last year”", "Figures row 25", "the latest cable",
			"33 cases in 09ZENDA300"},
		"I6":  {"since January 1", "Part of a year"},
		"D11": {"a subset never replaces its total"},
	} {
		for _, w := range want {
			if !strings.Contains(notes[ref], w) {
				t.Errorf("note of Summary!%s = %q, want it to contain %q", ref, notes[ref], w)
			}
		}
	}
	if _, ok := notes["H6"]; ok {
		t.Errorf("change cell H6 has a note")
	}
	ok, link, err := f.GetCellHyperLink(sheetSummary, "G6")
	must(t, err)
	if !ok || link != "'Figures'!A25" {
		t.Errorf("Summary!G6 link = %v %q, want 'Figures'!A25", ok, link)
	}
	if got := cellValue(t, f, sheetFigures, "AA25"); got != "compared with 35 last year" {
		t.Errorf("Figures!AA25 (quote of the linked row) = %q", got)
	}
	panes, err := f.GetPanes(sheetSummary)
	must(t, err)
	if !panes.Freeze || panes.XSplit != 3 || panes.YSplit != summaryHead {
		t.Errorf("Summary panes = %+v, want frozen at D5", panes)
	}
}

func TestFiguresSheet(t *testing.T) {
	f := ruritania(t)
	const sh = sheetFigures
	panes, err := f.GetPanes(sh)
	must(t, err)
	if !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("Figures panes = %+v, want the header row frozen", panes)
	}
	dvs, err := f.GetDataValidations(sh)
	must(t, err)
	if len(dvs) != 1 || dvs[0].Sqref != "B2:B26" || dvs[0].Formula1 != `"unreviewed,accepted,rejected,corrected"` {
		t.Errorf("validations = %+v, want one drop-down on B2:B26", dvs)
	}
	cf, err := f.GetConditionalFormats(sh)
	must(t, err)
	if opts := cf["B2:B26"]; len(opts) != 3 || opts[0].Value != `"rejected"` {
		t.Errorf("conditional formats = %+v, want rejected, accepted, corrected colours on B2:B26", cf)
	}
	tables, err := f.GetTables(sh)
	must(t, err)
	if len(tables) != 1 || tables[0].Range != "A1:AF26" {
		t.Errorf("tables = %+v, want one table A1:AF26", tables)
	}
	ok, link, err := f.GetCellHyperLink(sh, "F2")
	must(t, err)
	if !ok || link != "https://wikileaks.org/cable/2007/06/07ZENDA100.html" {
		t.Errorf("Figures!F2 link = %v %q", ok, link)
	}
	for ref, want := range map[string]string{"A1": hdrID, "B2": "unreviewed", "F2": "07ZENDA100", "I2": "investigations",
		"K2": "40", "AF2": "shown", "AF4": "candidate"} {
		if got := cellValue(t, f, sh, ref); got != want {
			t.Errorf("Figures!%s = %q, want %q", ref, got, want)
		}
	}
	// numbers are numbers
	if typ, err := f.GetCellType(sh, "K2"); err != nil || typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
		t.Errorf("Figures!K2 type = %v, %v; want a number", typ, err)
	}
}

// chartSeries is a series of a chart part as written in the XML.
type chartSeriesXML struct {
	Name string `xml:"tx>strRef>f"`
	Cat  string `xml:"cat>strRef>f"`
	Val  string `xml:"val>numRef>f"`
}

// chartRefs reads the series of the first chart part of a workbook.
func chartRefs(t *testing.T, data []byte) []chartSeriesXML {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	must(t, err)
	for _, zf := range zr.File {
		if !strings.HasPrefix(zf.Name, "xl/charts/chart") {
			continue
		}
		rc, err := zf.Open()
		must(t, err)
		defer rc.Close()
		var doc struct {
			Series []chartSeriesXML `xml:"chart>plotArea>barChart>ser"`
		}
		must(t, xml.NewDecoder(rc).Decode(&doc))
		return doc.Series
	}
	t.Fatal("no chart in the workbook")
	return nil
}

func TestChart(t *testing.T) {
	in := fixture(t, "ruritania")
	var buf bytes.Buffer
	must(t, WriteCountry(&buf, in, "Ruritania"))
	got := chartRefs(t, buf.Bytes())
	var want []chartSeriesXML
	for r := 19; r <= 23; r++ {
		want = append(want, chartSeriesXML{Name: fmt.Sprintf("Summary!$B$%d", r), Cat: "Summary!$C$18:$F$18",
			Val: fmt.Sprintf("Summary!$C$%d:$F$%d", r, r)})
	}
	if !slices.Equal(got, want) {
		t.Errorf("chart series = %+v, want %+v", got, want)
	}
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	defer f.Close()
	// the chart reads numbers, not the "≈150 persons" text
	for ref, want := range map[string]string{"B20": "prosecutions (cases)", "E20": "35", "F20": "21",
		"F18": "2009 (part year)", "C22": "150"} {
		if got := cellValue(t, f, sheetSummary, ref); got != want {
			t.Errorf("Summary!%s = %q, want %q", ref, got, want)
		}
	}
	if typ, _ := f.GetCellType(sheetSummary, "E20"); typ == excelize.CellTypeSharedString {
		t.Errorf("chart data E20 is text")
	}
}

func TestWriteCountryUnknown(t *testing.T) {
	err := WriteCountry(io.Discard, fixture(t, "ruritania"), "Atlantis")
	if !errors.Is(err, ErrNoCountry) {
		t.Fatalf("WriteCountry(Atlantis) = %v, want ErrNoCountry", err)
	}
}

// TestNoFormulas checks that cable text that looks like a formula is
// stored as text in every sheet it reaches.
func TestNoFormulas(t *testing.T) {
	in := fixture(t, "ruritania")
	in.Figures[0].Quote = "=HYPERLINK(\"http://evil\",\"40\") investigations"
	in.Figures[0].Speaker = "+cmd|' /C calc'!A0"
	f := build(t, func(b *bytes.Buffer) error { return WriteCountry(b, in, "Ruritania") })
	for _, sh := range f.GetSheetList() {
		rows, err := f.Rows(sh)
		must(t, err)
		r := 0
		for rows.Next() {
			r++
			cols, err := rows.Columns()
			must(t, err)
			for c := range cols {
				ref, _ := excelize.CoordinatesToCellName(c+1, r)
				if fo, err := f.GetCellFormula(sh, ref); err != nil || fo != "" {
					t.Errorf("%s!%s has formula %q (%v)", sh, ref, fo, err)
				}
			}
		}
		must(t, rows.Close())
	}
	if got := cellValue(t, f, sheetFigures, "AA2"); !strings.HasPrefix(got, "=HYPERLINK") {
		t.Errorf("Figures!AA2 = %q, want the quote as text", got)
	}
}
