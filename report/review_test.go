package report

import (
	"bytes"
	"errors"
	"fmt"
	"strings"
	"testing"

	"github.com/tipx/tipx/model"
	"github.com/xuri/excelize/v2"
)

// figureRows maps figure id to its row on the Figures sheet.
func figureRows(t *testing.T, f *excelize.File) map[string]int {
	t.Helper()
	rows, err := f.GetRows(sheetFigures)
	must(t, err)
	out := map[string]int{}
	for i, r := range rows[1:] {
		out[r[0]] = i + 2
	}
	return out
}

// idOf finds the id of the figure of cable with the given quote prefix.
func idOf(t *testing.T, figs []model.Figure, cable, quote string) string {
	t.Helper()
	for i := range figs {
		if figs[i].Cable == cable && strings.HasPrefix(figs[i].Quote, quote) {
			return FigureID(&figs[i])
		}
	}
	t.Fatalf("no figure %s %q", cable, quote)
	return ""
}

// TestReviewRoundTrip reviews a workbook of three cables (accept, reject,
// correct, and an entry whose figure is gone), reruns with a fourth cable
// and then once more, and checks that every decision is kept.
func TestReviewRoundTrip(t *testing.T) {
	all := fixture(t, "ruritania")
	first := all
	first.Figures = nil
	for _, f := range all.Figures {
		if f.Cable != "09ZENDA450" {
			first.Figures = append(first.Figures, f)
		}
	}
	var buf bytes.Buffer
	must(t, WriteCountry(&buf, first, "Ruritania"))
	f, err := excelize.OpenReader(&buf)
	must(t, err)
	rows := figureRows(t, f)

	accepted := idOf(t, all.Figures, "09ZENDA300", "33 cases")
	rejected := idOf(t, all.Figures, "09ZENDA300", "the government assisted 120")
	corrected := idOf(t, all.Figures, "09ZENDA300", "20 convictions")
	gone := idOf(t, all.Figures, "07ZENDA100", "a budget")
	decide := []struct{ id, review, value, comment string }{
		{accepted, "accepted", "", "checked against MOJ data"},
		{rejected, "rejected", "", "double counts NGO cases"},
		{corrected, "corrected", "22", "typo in the cable; MOJ says 22"},
		{gone, "accepted", "", "budget confirmed"},
	}
	for _, d := range decide {
		r := rows[d.id]
		if r == 0 {
			t.Fatalf("figure %s not on the Figures sheet", d.id)
		}
		for col, v := range map[string]string{"B": d.review, "C": d.value, "D": d.comment} {
			must(t, f.SetCellStr(sheetFigures, fmt.Sprintf("%s%d", col, r), v))
		}
	}
	// the budget figure's span changes in the next run: its decision cannot match
	must(t, f.SetCellStr(sheetFigures, fmt.Sprintf("A%d", rows[gone]), "0123456789ab"))
	var reviewed bytes.Buffer
	_, err = f.WriteTo(&reviewed)
	must(t, err)
	must(t, f.Close())

	rev, err := ReadReview(&reviewed)
	must(t, err)
	if len(rev.Decisions) != 4 {
		t.Fatalf("ReadReview read %d decisions, want 4: %+v", len(rev.Decisions), rev.Decisions)
	}

	// second run: all four cables, with the review
	all.Review = rev
	second := build(t, func(b *bytes.Buffer) error { return WriteCountry(b, all, "Ruritania") })
	checkReviewed := func(t *testing.T, wb *excelize.File) {
		t.Helper()
		rows := figureRows(t, wb)
		for _, d := range decide[:3] {
			r := rows[d.id]
			for col, want := range map[string]string{"B": d.review, "C": d.value, "D": d.comment} {
				ref := fmt.Sprintf("%s%d", col, r)
				if got := cellValue(t, wb, sheetFigures, ref); got != want {
					t.Errorf("Figures!%s (figure %s) = %q, want %q", ref, d.id, got, want)
				}
			}
		}
		for ref, want := range map[string]string{
			"G12": "125 persons",            // the rejected 120 is out
			"G8":  "22 persons (corrected)", // the corrected value is in
			"H8":  "+4 (+22%)",              // and the change uses it
			"G6":  "33 cases",               // the accepted 33 wins over the new cable's unreviewed 35
		} {
			if got := cellValue(t, wb, sheetSummary, ref); got != want {
				t.Errorf("Summary!%s = %q, want %q", ref, got, want)
			}
		}
		about := sheetTSV(t, wb, sheetAbout)
		if !strings.Contains(about, "0123456789ab\taccepted\t\tbudget confirmed\t07ZENDA100\tfunding\ta budget of USD 250,000 for 2007\tno figure with this id in this run") {
			t.Errorf("About does not list the unmatched entry:\n%s", about)
		}
	}
	checkReviewed(t, second)

	// third run from the second workbook: nothing is lost on the way
	var again bytes.Buffer
	_, err = second.WriteTo(&again)
	must(t, err)
	rev2, err := ReadReview(&again)
	must(t, err)
	if len(rev2.Decisions) != 4 {
		t.Fatalf("second ReadReview read %d decisions, want 4: %+v", len(rev2.Decisions), rev2.Decisions)
	}
	all.Review = rev2
	checkReviewed(t, build(t, func(b *bytes.Buffer) error { return WriteCountry(b, all, "Ruritania") }))
}

func TestReadReviewErrors(t *testing.T) {
	f := excelize.NewFile()
	var buf bytes.Buffer
	_, err := f.WriteTo(&buf)
	must(t, err)
	if _, err := ReadReview(&buf); !errors.Is(err, ErrNoFigures) {
		t.Errorf("ReadReview(empty workbook) = %v, want ErrNoFigures", err)
	}
	if _, err := ReadReview(strings.NewReader("not a zip")); err == nil {
		t.Errorf("ReadReview(garbage) = nil error")
	}
}

func TestParseCorrected(t *testing.T) {
	tests := []struct {
		in      string
		v, max  float64
		wantErr bool
	}{
		{"140", 140, 0, false},
		{"1,200", 1200, 0, false},
		{"≈50", 50, 0, false},
		{"7-12", 7, 12, false},
		{"7–12", 7, 12, false},
		{"2.5", 2.5, 0, false},
		{"forty", 0, 0, true},
		{"7-x", 0, 0, true},
	}
	for _, tc := range tests {
		v, max, err := parseCorrected(tc.in)
		var m float64
		if max != nil {
			m = *max
		}
		if (err != nil) != tc.wantErr || v != tc.v || m != tc.max {
			t.Errorf("parseCorrected(%q) = %v, %v, %v; want %v, %v, err %v", tc.in, v, m, err, tc.v, tc.max, tc.wantErr)
		}
	}
}

// TestReviewProblems checks the entries that cannot be applied as written:
// they are reported on About and kept on the Figures sheet, never dropped.
func TestReviewProblems(t *testing.T) {
	in := fixture(t, "baku", "ruritania")
	figs := in.Figures
	baku := idOf(t, figs, "09BAKU677", "since January 1 his Unit")
	zenda := idOf(t, figs, "09ZENDA300", "61 investigations")
	in.Review = &Review{Decisions: []Decision{
		{ID: baku, Status: Corrected, Corrected: "about forty", Comment: "check"},
		{ID: zenda, Status: Rejected, Cable: "09ZENDA300", Metric: "investigations"},
		{ID: baku, Status: Accepted},
	}}
	f := build(t, func(b *bytes.Buffer) error { return WriteCountry(b, in, "Azerbaijan") })
	if got := cellValue(t, f, sheetSummary, "E5"); got != "134 cases (YTD to 2009-08-28)" {
		t.Errorf("Summary!E5 = %q, want the extracted value kept", got)
	}
	row := figureRows(t, f)[baku]
	if got := cellValue(t, f, sheetFigures, fmt.Sprintf("C%d", row)); got != "about forty" {
		t.Errorf("corrected value on Figures = %q, want it kept as typed", got)
	}
	about := sheetTSV(t, f, sheetAbout)
	for _, want := range []string{
		`corrected value "about forty" not applied`,
		zenda + "\trejected\t\t\t09ZENDA300\tinvestigations\t\tfigure belongs to Ruritania, outside this workbook",
		baku + "\taccepted\t\t\t\t\t\tsecond entry for this figure id; the first was applied",
	} {
		if !strings.Contains(about, want) {
			t.Errorf("About lacks %q:\n%s", want, about)
		}
	}
}
