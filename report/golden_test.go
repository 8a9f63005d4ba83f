package report

import (
	"bytes"
	"io"
	"path/filepath"
	"testing"

	"github.com/tipx/tipx/internal/golden"
)

// TestGolden writes the workbooks of the fixtures and compares every sheet
// (values as TSV, notes separately) with its golden file.
func TestGolden(t *testing.T) {
	cases := []struct {
		name   string
		in     Input
		write  func(io.Writer, Input) error
		sheets []string
	}{
		{"baku", fixture(t, "baku"), func(w io.Writer, in Input) error { return WriteCountry(w, in, "Azerbaijan") },
			[]string{sheetSummary, sheetFigures, sheetConflicts, sheetCables, sheetAbout}},
		{"ruritania", fixture(t, "ruritania"), func(w io.Writer, in Input) error { return WriteCountry(w, in, "ruritania") },
			[]string{sheetSummary, sheetFigures, sheetConflicts, sheetCables, sheetAbout}},
		{"comparison", fixture(t, "baku", "ruritania"), func(w io.Writer, in Input) error { return WriteComparison(w, in) },
			[]string{sheetComparison, sheetFigures, sheetConflicts, sheetCables, sheetAbout, sheetChange}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			f := build(t, func(b *bytes.Buffer) error { return tc.write(b, tc.in) })
			if got := f.GetSheetList(); !equalStrings(got, tc.sheets) {
				t.Fatalf("sheets = %q, want %q", got, tc.sheets)
			}
			for _, s := range tc.sheets {
				golden.Check(t, filepath.Join("testdata", "golden", tc.name, s+".tsv"), []byte(sheetTSV(t, f, s)))
			}
			golden.Check(t, filepath.Join("testdata", "golden", tc.name, tc.sheets[0]+".notes.tsv"), []byte(notesTSV(t, f, tc.sheets[0])))
		})
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
