package main

import (
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/report"
	"github.com/tipx/tipx/report/draft"
	"github.com/xuri/excelize/v2"
)

func TestDraftUsage(t *testing.T) {
	baku := filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt")
	for _, tc := range []struct {
		name string
		args []string
		want string
	}{
		{"no path", []string{"draft", "--country", "Azerbaijan", "--year", "2009"}, "no PATH"},
		{"no country", []string{"draft", baku, "--year", "2009"}, "--country"},
		{"no year", []string{"draft", baku, "--country", "Azerbaijan"}, "--year"},
		{"previous date alone", []string{"draft", baku, "--country", "Azerbaijan", "--year", "2009",
			"--previous-date", "2009-06-16"}, "need --previous"},
		{"bad previous date", []string{"draft", baku, "--country", "Azerbaijan", "--year", "2009",
			"--previous", "x.txt", "--previous-date", "16/06/2009"}, "--previous-date"},
	} {
		code, _, errs := runTipx(t, tc.args...)
		if code != exitUsage || !strings.Contains(errs, tc.want) {
			t.Errorf("%s: run(%q) = %d, stderr %q; want %d and %q", tc.name, tc.args, code, errs, exitUsage, tc.want)
		}
	}
}

func TestDraftBaku(t *testing.T) {
	baku := filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt")
	code, out, errs := runTipx(t, "draft", baku, "--country", "Azerbaijan", "--year", "2009")
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	for _, want := range []string{
		"# Azerbaijan: draft figures for 2009",
		"From January to August 2009 (partial year), authorities brought 134 criminal cases to court",
		"courts sentenced 16 people in 15 cases [09BAKU677 ¶6]",
		"- Investigations: no figure for 2009 in the cables read; ask the post.",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("draft lacks %q:\n%s", want, out)
		}
	}
}

// TestDraftPrevious drafts from figures, reads a short chapter as the
// previous narrative and writes the workbook with its Draft and Compare
// sheets.
func TestDraftPrevious(t *testing.T) {
	dir := t.TempDir()
	nar := filepath.Join(dir, "RUR_2009.txt")
	prose := "Ruritania (Tier 2)\n\nProsecution\n\nIn 2008, police opened 40 trafficking investigations " +
		"and courts convicted 12 trafficking offenders.\n"
	if err := os.WriteFile(nar, []byte(prose), 0o644); err != nil {
		t.Fatal(err)
	}
	md, xlsx := filepath.Join(dir, "draft.md"), filepath.Join(dir, "draft.xlsx")
	code, out, errs := runTipx(t, "draft", reportFixture("ruritania.jsonl"), "--country", "Ruritania", "--year", "2008",
		"--previous", nar, "--previous-id", "TIPR 2008", "--previous-date", "2008-06-04", "-o", md, "--xlsx", xlsx)
	if code != exitOK {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	if out != "" {
		t.Errorf("stdout = %q, want nothing with -o", out)
	}
	if !strings.Contains(errs, "TIPR 2008:") || !strings.Contains(errs, "found in the cables") {
		t.Errorf("stderr = %q, want the count of narrative figures found", errs)
	}
	text, err := os.ReadFile(md)
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(text), "## Compare with TIPR 2008") {
		t.Errorf("draft has no Compare section:\n%s", text)
	}
	f, err := excelize.OpenFile(xlsx)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sheets := f.GetSheetList()
	if !slices.Contains(sheets, "Draft") || !slices.Contains(sheets, "Compare") {
		t.Errorf("workbook sheets = %q, want Draft and Compare", sheets)
	}
	if v, _ := f.GetCellValue("Draft", "A1"); v != "Ruritania: draft figures for 2008" {
		t.Errorf("Draft!A1 = %q", v)
	}
	if v, _ := f.GetCellValue("Compare", "A1"); v != "Compare with TIPR 2008" {
		t.Errorf("Compare!A1 = %q", v)
	}
}

// TestDraftStderrPrefix drafts from inputs some of which fail: what draft
// says on stderr is said as tipx draft, not as the report command whose
// reader it shares.
func TestDraftStderrPrefix(t *testing.T) {
	bad := filepath.Join(t.TempDir(), "bad.jsonl")
	if err := os.WriteFile(bad, []byte("{not json\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	baku := filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt")
	code, _, errs := runTipx(t, "draft", baku, docsDir, bad, "--country", "Azerbaijan", "--year", "2009")
	if code != exitFailed {
		t.Errorf("exit %d, want %d (the empty and the binary file and bad.jsonl fail); stderr %s", code, exitFailed, errs)
	}
	if !strings.Contains(errs, "binary.txt") || !strings.Contains(errs, "bad.jsonl:1") {
		t.Errorf("stderr %q, want the failed documents named", errs)
	}
	for _, l := range strings.Split(strings.TrimSpace(errs), "\n") {
		if !strings.HasPrefix(l, "tipx draft: ") || strings.Contains(l, "tipx report") {
			t.Errorf("stderr line %q, want it to start with \"tipx draft: \"", l)
		}
	}
}

// TestDraftCorpusSourced drafts Iceland from every Reykjavik cable of the
// corpus, as extracted now, and checks that no number lacks a source.
func TestDraftCorpusSourced(t *testing.T) {
	paths, _ := filepath.Glob(testcorpus.Path("corpus", "cables", "*REYKJAVIK*"))
	if len(paths) == 0 {
		t.Skip("corpus ../shared/corpus/cables not found: skipping the Iceland draft")
	}
	code, out, errs := runTipx(t, append([]string{"draft", "--country", "Iceland", "--year", "2009"}, paths...)...)
	if code != exitOK || strings.Contains(errs, "warning") {
		t.Fatalf("exit %d, stderr %s", code, errs)
	}
	figs, _, _, err := readCorpus("tipx draft", paths, strings.NewReader(""), io.Discard, runFlags{quiet: true})
	if err != nil {
		t.Fatal(err)
	}
	if probs := draft.Verify(out, figs, 2009); len(probs) > 0 || !strings.Contains(out, "REYKJAVIK") {
		t.Errorf("Verify: %q\n%s", probs, out)
	}
}

// TestDraftReviewed rejects the 134 cases in a Baku workbook and drafts
// with it: the draft follows the review, as the workbook does.
func TestDraftReviewed(t *testing.T) {
	dir := t.TempDir()
	book := filepath.Join(dir, "baku.xlsx")
	if code, _, errs := runTipx(t, "report", reportFixture("baku.jsonl"), "--country", "Azerbaijan", "-o", book); code != exitOK {
		t.Fatalf("report: exit %d: %s", code, errs)
	}
	figs, err := readFigures(reportFixture("baku.jsonl"))
	if err != nil {
		t.Fatal(err)
	}
	var id string
	for i := range figs {
		if figs[i].Value == 134 {
			id = report.FigureID(&figs[i])
		}
	}
	f, err := excelize.OpenFile(book)
	if err != nil {
		t.Fatal(err)
	}
	rows, err := f.GetRows("Figures")
	if err != nil {
		t.Fatal(err)
	}
	set := false
	for r, row := range rows {
		if len(row) > 0 && row[0] == id {
			if err := f.SetCellStr("Figures", fmt.Sprintf("B%d", r+1), "rejected"); err != nil {
				t.Fatal(err)
			}
			set = true
		}
	}
	if !set {
		t.Fatalf("no Figures row with id %s", id)
	}
	if err := f.Save(); err != nil {
		t.Fatal(err)
	}
	f.Close()
	code, out, errs := runTipx(t, "draft", reportFixture("baku.jsonl"), "--country", "Azerbaijan", "--year", "2009",
		"--reviewed", book)
	if code != exitOK {
		t.Fatalf("draft --reviewed: exit %d: %s", code, errs)
	}
	if strings.Contains(out, "134") || !strings.Contains(out, "58 criminal cases") && !strings.Contains(out, "58 cases") {
		t.Errorf("draft with the 134 rejected:\n%s", out)
	}
}
