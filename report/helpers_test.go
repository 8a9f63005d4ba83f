package report

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/tipx/tipx/model"
	"github.com/xuri/excelize/v2"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/golden")

// fixedNow is the run date of every test workbook.
var fixedNow = time.Date(2026, 11, 26, 12, 0, 0, 0, time.UTC)

// readJSONL reads one JSON value per line of testdata/name into a []T.
func readJSONL[T any](t *testing.T, name string) []T {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", name))
	must(t, err)
	var out []T
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			t.Fatalf("%s: %v: %s", name, err, sc.Text())
		}
		out = append(out, v)
	}
	must(t, sc.Err())
	if len(out) == 0 {
		t.Fatalf("no records in %s", name)
	}
	return out
}

// fixture is the Input of one test country: testdata/NAME.jsonl figures and
// testdata/NAME.cables.jsonl cables.
func fixture(t *testing.T, names ...string) Input {
	t.Helper()
	in := Input{Version: "test", Now: fixedNow}
	for _, n := range names {
		in.Figures = append(in.Figures, readJSONL[model.Figure](t, n+".jsonl")...)
		in.Cables = append(in.Cables, readJSONL[model.Cable](t, n+".cables.jsonl")...)
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

// golden compares got with testdata/golden/name, or rewrites it with -update.
func golden(t *testing.T, name, got string) {
	t.Helper()
	path := filepath.Join("testdata", "golden", name)
	if *update {
		must(t, os.MkdirAll(filepath.Dir(path), 0o755))
		must(t, os.WriteFile(path, []byte(got), 0o644))
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("missing golden file (run go test ./report -run %s -update): %v", t.Name(), err)
	}
	if string(want) != got {
		t.Errorf("golden %s differs (rerun with -update and read the diff):\n%s", path, lineDiff(string(want), got))
	}
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

// lineDiff shows the first differing lines of two texts.
func lineDiff(want, got string) string {
	w, g := strings.Split(want, "\n"), strings.Split(got, "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x != y {
			fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, x, y)
			if n++; n == 5 {
				break
			}
		}
	}
	return b.String()
}
