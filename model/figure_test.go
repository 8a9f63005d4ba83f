package model

import (
	"encoding/json"
	"testing"
)

func fp(v float64) *float64 { return &v }

func TestFigureJSONFieldOrderAndNulls(t *testing.T) {
	f := Figure{
		Cable: "09BAKU677", Country: "Azerbaijan", Metric: VictimAllowance, Unit: MoneyU,
		Value: 33, Currency: "AZN", USD: fp(40), Per: Month,
		Period: &Period{Start: NewDate(2005, 1, 1), End: NewDate(2009, 8, 28), Text: "chosen in 2005"},
		Source: Government, Speaker: "Jafarov", Paragraph: 3,
		Quote: "the monthly allowance of 33 AZN (40 USD) chosen in 2005", ID: 3,
	}
	b, err := json.Marshal(f)
	if err != nil {
		t.Fatal(err)
	}
	want := `{"cable":"09BAKU677","country":"Azerbaijan","metric":"victim_allowance","unit":"money","value":33,` +
		`"value_max":null,"qualifier":"exact","currency":"AZN","usd":40,"per":"month","denominator":null,` +
		`"period":{"start":"2005-01-01","end":"2009-08-28","text":"chosen in 2005"},"trafficking_type":"unspecified",` +
		`"population":null,"subset_of":null,"source":"government","speaker":"Jafarov","paragraph":3,` +
		`"quote":"the monthly allowance of 33 AZN (40 USD) chosen in 2005","id":3}`
	if string(b) != want {
		t.Errorf("Marshal =\n%s\nwant\n%s", b, want)
	}
}

func TestFigureJSONRoundTrip(t *testing.T) {
	in := Figure{
		Cable: "X", Country: "Chile", Metric: SentenceLength, Unit: Years, Value: 7, ValueMax: fp(12),
		Qualifier: Range, Denominator: fp(3), Period: &Period{Text: "reporting period"},
		TraffickingType: Sex, Population: Children, SubsetOf: 2, Source: Court, Paragraph: 4,
		Quote: "q", ID: 5, Rule: "r/x", Start: 10, End: 20,
	}
	b, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	var out Figure
	if err := json.Unmarshal(b, &out); err != nil {
		t.Fatal(err)
	}
	b2, _ := json.Marshal(out)
	if string(b) != string(b2) {
		t.Errorf("round trip changed the record:\n%s\n%s", b, b2)
	}
	if out.Period.Start.IsZero() != true || out.Period.Text != "reporting period" {
		t.Errorf("unbounded period = %+v", out.Period)
	}
	if *out.ValueMax != 12 || out.SubsetOf != 2 || out.Start != 10 || out.End != 20 {
		t.Errorf("round trip = %+v", out)
	}
}

func TestFormatValue(t *testing.T) {
	for _, tc := range []struct {
		f    Figure
		want string
	}{
		{Figure{Value: 50, Qualifier: Approx, Unit: Persons}, "≈50"},
		{Figure{Value: 20, Qualifier: AtLeast}, "≥20"},
		{Figure{Value: 7, ValueMax: fp(12), Qualifier: Range}, "7–12"},
		{Figure{Value: 1200}, "1,200"},
		{Figure{Value: 1.5, Unit: MoneyU, Currency: "USD"}, "1.5 USD"},
		{Figure{Value: 50, Qualifier: Approx, Denominator: fp(100)}, "≈50 of 100"},
		{Figure{Value: 99, Unit: Percent}, "99%"},
	} {
		if got := tc.f.FormatValue(); got != tc.want {
			t.Errorf("FormatValue(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestPeriodFullYear(t *testing.T) {
	for _, tc := range []struct {
		p    Period
		want int
	}{
		{Period{Start: NewDate(2008, 1, 1), End: NewDate(2008, 12, 31)}, 2008},
		{Period{Start: NewDate(2009, 1, 1), End: NewDate(2009, 8, 28)}, 0},
		{Period{Text: "reporting period"}, 0},
	} {
		if got := tc.p.FullYear(); got != tc.want {
			t.Errorf("FullYear(%v) = %d, want %d", tc.p, got, tc.want)
		}
	}
}

func TestMetricFamiliesCoverAll(t *testing.T) {
	if len(Metrics) != 22 {
		t.Fatalf("len(Metrics) = %d, want 22 (FIGURES.md section 2)", len(Metrics))
	}
	for i, m := range Metrics {
		if m.Family() == "" || m.Index() != i {
			t.Errorf("metric %q: family %q index %d", m, m.Family(), m.Index())
		}
	}
	if _, err := ParseMetric("drug_seizures"); err == nil {
		t.Error("ParseMetric(drug_seizures) succeeded, want error")
	}
}

func TestParagraphSourceSpan(t *testing.T) {
	// source: "a &amp; b\nc" → text "a & b c"
	p := Paragraph{Text: "a & b c", Spans: []Span{
		{Text: 0, TextLen: 2, Src: 0, SrcLen: 2},
		{Text: 2, TextLen: 1, Src: 2, SrcLen: 5}, // &amp;
		{Text: 3, TextLen: 2, Src: 7, SrcLen: 2},
		{Text: 5, TextLen: 1, Src: 9, SrcLen: 1}, // newline joined as space
		{Text: 6, TextLen: 1, Src: 10, SrcLen: 1},
	}}
	for _, tc := range []struct{ s, e, ws, we int }{
		{0, 1, 0, 1}, {2, 3, 2, 7}, {0, 7, 0, 11}, {4, 7, 8, 11},
	} {
		s, e := p.SourceSpan(tc.s, tc.e)
		if s != tc.ws || e != tc.we {
			t.Errorf("SourceSpan(%d,%d) = %d,%d, want %d,%d", tc.s, tc.e, s, e, tc.ws, tc.we)
		}
	}
}
