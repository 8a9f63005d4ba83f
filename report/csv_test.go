package report

import (
	"bufio"
	"bytes"
	"encoding/csv"
	"encoding/json"
	"testing"

	"github.com/tipx/tipx/model"
)

func TestNeutralize(t *testing.T) {
	tests := []struct{ in, want string }{
		{"=SUM(A1:A2)", "'=SUM(A1:A2)"},
		{"+1 cases", "'+1 cases"},
		{"-2", "'-2"},
		{"@cmd", "'@cmd"},
		{"\tx", "'\tx"},
		{"134 cases", "134 cases"},
		{"", ""},
		{"a=b", "a=b"},
	}
	for _, tc := range tests {
		if got := Neutralize(tc.in); got != tc.want {
			t.Errorf("Neutralize(%q) = %q, want %q", tc.in, got, tc.want)
		}
	}
}

func TestWriteCSV(t *testing.T) {
	in := fixture(t, "ruritania", "baku")
	in.Figures[0].Quote = "=cmd|' /C calc'!A0 40 investigations"
	var buf bytes.Buffer
	must(t, WriteCSV(&buf, in, "Ruritania"))
	recs, err := csv.NewReader(&buf).ReadAll()
	must(t, err)
	if len(recs) != 26 {
		t.Fatalf("WriteCSV wrote %d records, want header + 25 Ruritania figures", len(recs))
	}
	if recs[0][0] != hdrID || recs[0][26] != hdrQuote {
		t.Errorf("header = %q", recs[0])
	}
	if got := recs[1][26]; got != "'=cmd|' /C calc'!A0 40 investigations" {
		t.Errorf("quote = %q, want it neutralised", got)
	}
	if got := recs[1][10]; got != "40" {
		t.Errorf("value = %q, want the number 40", got)
	}
}

func TestWriteJSONL(t *testing.T) {
	in := fixture(t, "ruritania", "baku")
	var buf bytes.Buffer
	must(t, WriteJSONL(&buf, in, "azerbaijan"))
	sc := bufio.NewScanner(&buf)
	var got []model.Figure
	for sc.Scan() {
		var f model.Figure
		must(t, json.Unmarshal(sc.Bytes(), &f))
		got = append(got, f)
	}
	if len(got) != 9 || got[5].Value != 134 || got[6].SubsetOf != 6 {
		t.Errorf("WriteJSONL(azerbaijan) = %d figures (%+v), want the 9 of 09BAKU677 in id order", len(got), got)
	}
}
