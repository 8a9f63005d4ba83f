package main

import (
	"bytes"
	"encoding/csv"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"
)

// reportFixture is a FIGURES.md file of the report package's tests.
func reportFixture(name string) string {
	return filepath.Join("..", "..", "report", "testdata", name)
}

func runTipx(t *testing.T, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(args, strings.NewReader(""), &out, &errw)
	return code, out.String(), errw.String()
}

func TestReportUsage(t *testing.T) {
	tests := []struct {
		name string
		args []string
		want string
	}{
		{"no path", []string{"report", "-o", "x.xlsx"}, "no PATH"},
		{"no -o for xlsx", []string{"report", reportFixture("baku.jsonl")}, "needs -o"},
		{"bad format", []string{"report", reportFixture("baku.jsonl"), "--format", "ods"}, "unknown --format"},
		{"reviewed with csv", []string{"report", reportFixture("baku.jsonl"), "--format", "csv", "--reviewed", "x.xlsx"}, "--reviewed"},
		{"bad flag", []string{"report", "--colour", reportFixture("baku.jsonl")}, "colour"},
	}
	for _, tc := range tests {
		code, _, errs := runTipx(t, tc.args...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: exit %d, stderr %q; want exit %d mentioning %q", tc.name, code, errs, exitUsage, tc.want)
		}
	}
}

func TestReportCountryWorkbook(t *testing.T) {
	out := filepath.Join(t.TempDir(), "az.xlsx")
	// flags after paths, as analysts type them
	code, _, errs := runTipx(t, "report", reportFixture("baku.jsonl"), reportFixture("ruritania.jsonl"),
		"-o", out, "--country", "Azerbaijan")
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if got := f.GetSheetList(); strings.Join(got, ",") != "Summary,Figures,Conflicts,Cables,About" {
		t.Errorf("sheets = %q", got)
	}
	if v, _ := f.GetCellValue("Summary", "E5"); v != "134 cases (YTD to 2009-08-28)" {
		t.Errorf("Summary!E5 = %q", v)
	}
	rows, err := f.GetRows("Figures")
	if err != nil || len(rows) != 10 {
		t.Errorf("Figures has %d rows (%v), want header + 9", len(rows), err)
	}
}

func TestReportComparisonAndCable(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "cmp.xlsx")
	cableFile := filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt")
	code, _, errs := runTipx(t, "report", cableFile, reportFixture("ruritania.jsonl"), "-o", out)
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	f, err := excelize.OpenFile(out)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	if v, _ := f.GetCellValue("Comparison", "A3"); v != "country" {
		t.Errorf("Comparison!A3 = %q, want the header", v)
	}
	// the cable's metadata reaches the Cables sheet
	rows, err := f.GetRows("Cables")
	if err != nil {
		t.Fatal(err)
	}
	found := false
	for _, r := range rows {
		if len(r) > 2 && r[0] == "09BAKU677" {
			found = r[1] == "2009-08-28" && r[2] == "Embassy Baku"
		}
	}
	if !found {
		t.Errorf("Cables sheet has no dated 09BAKU677 row: %q", rows)
	}
	// a review round trip through the command
	code, _, errs = runTipx(t, "report", cableFile, "-o", filepath.Join(dir, "again.xlsx"), "--reviewed", out)
	if code != exitOK {
		t.Errorf("--reviewed: exit %d: %s", code, errs)
	}
}

func TestReportCSV(t *testing.T) {
	code, out, errs := runTipx(t, "report", "--format", "csv", "--country", "ruritania", "--country", "Azerbaijan",
		reportFixture("baku.jsonl"), reportFixture("ruritania.jsonl"))
	if code != exitOK {
		t.Fatalf("exit %d: %s", code, errs)
	}
	recs, err := csv.NewReader(strings.NewReader(out)).ReadAll()
	if err != nil || len(recs) != 1+9+25 {
		t.Errorf("csv: %d records (%v), want header + 34", len(recs), err)
	}
}

func TestReportFailures(t *testing.T) {
	dir := t.TempDir()
	bad := filepath.Join(dir, "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	out := filepath.Join(dir, "x.xlsx")
	code, _, errs := runTipx(t, "report", reportFixture("baku.jsonl"), bad, "-o", out)
	if code != exitFailed || !strings.Contains(errs, "bad.jsonl:1") {
		t.Errorf("bad input: exit %d, stderr %q; want %d naming bad.jsonl:1", code, errs, exitFailed)
	}
	if _, err := os.Stat(out); err != nil {
		t.Errorf("the workbook of the good input was not written: %v", err)
	}
	code, _, errs = runTipx(t, "report", reportFixture("baku.jsonl"), "-o", out, "--reviewed", bad)
	if code != exitFailed || !strings.Contains(errs, "--reviewed") {
		t.Errorf("bad --reviewed: exit %d, stderr %q", code, errs)
	}
	code, _, errs = runTipx(t, "report", reportFixture("baku.jsonl"), "-o", out, "--country", "Atlantis")
	if code != exitFailed || !strings.Contains(errs, "Atlantis") {
		t.Errorf("unknown country: exit %d, stderr %q", code, errs)
	}
}
