package report

import (
	"bytes"
	"slices"
	"testing"
)

func TestDraftSheets(t *testing.T) {
	in := fixture(t, "baku")
	in.Draft = []Section{
		{Title: "Azerbaijan: draft figures for 2009", Lines: []string{"Drafted by tipx."}},
		{Title: "Prosecution", Lines: []string{"=SUM(A1) authorities brought 134 criminal cases to court [09BAKU677 ¶6]."}},
	}
	in.Compare = &Grid{Title: "Compare with 2009 TIP Report", Note: "Found 1 of 2.",
		Header: []string{"metric", "published", "cables"}, Rows: [][]string{{"prosecutions", "5", "134"}}}
	f := build(t, func(b *bytes.Buffer) error { return WriteCountry(b, in, "Azerbaijan") })
	sheets := f.GetSheetList()
	if !slices.Contains(sheets, sheetDraft) || !slices.Contains(sheets, sheetCompare) {
		t.Fatalf("sheets = %q, want Draft and Compare", sheets)
	}
	for _, tc := range []struct{ sheet, ref, want string }{
		{sheetDraft, "A1", "Azerbaijan: draft figures for 2009"},
		{sheetDraft, "A2", "Drafted by tipx."},
		{sheetDraft, "A4", "Prosecution"},
		{sheetDraft, "A5", "=SUM(A1) authorities brought 134 criminal cases to court [09BAKU677 ¶6]."},
		{sheetCompare, "A1", "Compare with 2009 TIP Report"},
		{sheetCompare, "A3", "metric"},
		{sheetCompare, "C4", "134"},
	} {
		if got := cellValue(t, f, tc.sheet, tc.ref); got != tc.want {
			t.Errorf("%s!%s = %q, want %q", tc.sheet, tc.ref, got, tc.want)
		}
	}
	if formula, err := f.GetCellFormula(sheetDraft, "A5"); err != nil || formula != "" {
		t.Errorf("Draft!A5 formula = %q, %v; want text only", formula, err)
	}
}

func TestNoDraftSheetsByDefault(t *testing.T) {
	f := build(t, func(b *bytes.Buffer) error { return WriteCountry(b, fixture(t, "baku"), "Azerbaijan") })
	for _, s := range f.GetSheetList() {
		if s == sheetDraft || s == sheetCompare {
			t.Errorf("sheet %s written without a draft", s)
		}
	}
}
