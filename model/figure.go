package model

import (
	"encoding/json"
	"strings"
)

// Figure is one number a document states about anti-TIP work or the TIP
// situation, with its period and provenance (FIGURES.md section 1).
type Figure struct {
	Cable           string
	Country         string
	Metric          Metric
	Unit            Unit
	Value           float64
	ValueMax        *float64
	Qualifier       Qualifier
	Currency        string // ISO 4217; "" is null
	USD             *float64
	Per             Per
	Denominator     *float64
	Period          *Period
	TraffickingType TraffickingType
	Population      Population // "" is null
	SubsetOf        int        // id of the figure this one is part of; 0 is null
	Source          Source
	Speaker         string // "" is null
	Paragraph       int    // 0 is null
	Quote           string
	ID              int

	// Provenance beyond FIGURES.md.
	Rule  string // name of the rule that produced the figure
	Start int    // byte offset of the quote in the original document
	End   int    // byte offset just past the quote
}

// Key identifies a figure across runs: same cable, paragraph, span and
// metric give the same key, whatever value a later tool version reads there.
// The unit is part of the key because one span can state two counts ("15
// cases involving 16 people"). When the span is unknown (End is 0, as in
// hand-written records) the value stands in for it. It is what review
// decisions are matched on.
func (f *Figure) Key() string {
	var b strings.Builder
	b.WriteString(f.Cable)
	b.WriteByte('/')
	b.WriteString(itoa(f.Paragraph))
	b.WriteByte('/')
	b.WriteString(itoa(f.Start))
	b.WriteByte('-')
	b.WriteString(itoa(f.End))
	b.WriteByte('/')
	b.WriteString(string(f.Metric))
	b.WriteByte('/')
	b.WriteString(string(f.Unit))
	if f.End == 0 {
		b.WriteByte('/')
		b.WriteString(strings.TrimRight(strings.TrimRight(ftoa(f.Value), "0"), "."))
	}
	return b.String()
}

// Money returns the figure's amount as Money (meaningful when Unit is money).
func (f *Figure) Money() Money {
	return Money{Amount: f.Value, Currency: f.Currency, USD: f.USD, Per: f.Per}
}

// wire is the JSON record, in FIGURES.md field order.
type wire struct {
	Cable           string          `json:"cable"`
	Country         string          `json:"country"`
	Metric          Metric          `json:"metric"`
	Unit            Unit            `json:"unit"`
	Value           float64         `json:"value"`
	ValueMax        *float64        `json:"value_max"`
	Qualifier       Qualifier       `json:"qualifier"`
	Currency        *string         `json:"currency"`
	USD             *float64        `json:"usd"`
	Per             *string         `json:"per"`
	Denominator     *float64        `json:"denominator"`
	Period          *Period         `json:"period"`
	TraffickingType TraffickingType `json:"trafficking_type"`
	Population      *string         `json:"population"`
	SubsetOf        *int            `json:"subset_of"`
	Source          Source          `json:"source"`
	Speaker         *string         `json:"speaker"`
	Paragraph       *int            `json:"paragraph"`
	Quote           string          `json:"quote"`
	ID              int             `json:"id"`
	Rule            string          `json:"rule,omitempty"`
	Start           *int            `json:"start,omitempty"`
	End             *int            `json:"end,omitempty"`
}

func strp(s string) *string {
	if s == "" {
		return nil
	}
	return &s
}

func intp(i int) *int {
	if i == 0 {
		return nil
	}
	return &i
}

func str(p *string) string {
	if p == nil {
		return ""
	}
	return *p
}

func num(p *int) int {
	if p == nil {
		return 0
	}
	return *p
}

// MarshalJSON writes the FIGURES.md record (plus rule, start and end).
func (f Figure) MarshalJSON() ([]byte, error) {
	w := wire{
		Cable: f.Cable, Country: f.Country, Metric: f.Metric, Unit: f.Unit, Value: f.Value,
		ValueMax: f.ValueMax, Qualifier: f.Qualifier, Currency: strp(f.Currency), USD: f.USD,
		Per: strp(string(f.Per)), Denominator: f.Denominator, Period: f.Period,
		TraffickingType: f.TraffickingType, Population: strp(string(f.Population)),
		SubsetOf: intp(f.SubsetOf), Source: f.Source, Speaker: strp(f.Speaker),
		Paragraph: intp(f.Paragraph), Quote: f.Quote, ID: f.ID, Rule: f.Rule,
	}
	if f.Qualifier == "" {
		w.Qualifier = Exact
	}
	if f.TraffickingType == "" {
		w.TraffickingType = Unspecified
	}
	if f.Rule != "" || f.End != 0 {
		s, e := f.Start, f.End
		w.Start, w.End = &s, &e
	}
	return json.Marshal(w)
}

// UnmarshalJSON reads a FIGURES.md record.
func (f *Figure) UnmarshalJSON(b []byte) error {
	var w wire
	if err := json.Unmarshal(b, &w); err != nil {
		return err
	}
	*f = Figure{
		Cable: w.Cable, Country: w.Country, Metric: w.Metric, Unit: w.Unit, Value: w.Value,
		ValueMax: w.ValueMax, Qualifier: w.Qualifier, Currency: str(w.Currency), USD: w.USD,
		Per: Per(str(w.Per)), Denominator: w.Denominator, Period: w.Period,
		TraffickingType: w.TraffickingType, Population: Population(str(w.Population)),
		SubsetOf: num(w.SubsetOf), Source: w.Source, Speaker: str(w.Speaker),
		Paragraph: num(w.Paragraph), Quote: w.Quote, ID: w.ID, Rule: w.Rule,
		Start: num(w.Start), End: num(w.End),
	}
	return nil
}
