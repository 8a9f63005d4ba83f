package quantity_test

import (
	"math"
	"testing"

	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/internal/testcorpus"
)

// moneyWords mark a line of a real cable that states an amount.
var moneyWords = [][]byte{[]byte("$"), []byte("USD"), []byte("dollar"), []byte("AZN"), []byte("euro"),
	[]byte("peso"), []byte("colon"), []byte("krona"), []byte("million"), []byte("budget")}

// FuzzFindIn fuzzes amounts of money read with a country's currency
// (FuzzFind covers Find without one).
func FuzzFindIn(f *testing.F) {
	for _, s := range []string{
		"each receives a monthly allowance of 33 AZN (40 USD)", "5,000 pesos", "IKR 4.7 million (US $70,890)",
		"50,000-200,000 Egyptian pounds (USD 9,000-36,000)", "1.5 million colones ($3,000) per year",
		"a fine of up to 2,000 dinars", "Rs. 10 lakh", "EUR 300,000", "$", "US$1.2 billion", "0.5 manat",
	} {
		f.Add(s, "AZN")
		f.Add(s, "CLP")
	}
	for _, s := range testcorpus.Lines(60, moneyWords) {
		f.Add(s, "USD")
	}
	f.Fuzz(func(t *testing.T, s, currency string) {
		prevEnd := 0
		for _, q := range quantity.FindIn(s, quantity.Options{Currency: currency}) {
			if q.Start < prevEnd || q.Start > q.NumStart || q.NumStart >= q.NumEnd || q.NumEnd > q.End || q.End > len(s) {
				t.Fatalf("FindIn(%q, %q): bad offsets %+v", s, currency, q)
			}
			prevEnd = q.End
			if math.IsNaN(q.Value) || math.IsInf(q.Value, 0) {
				t.Fatalf("FindIn(%q, %q): value %v", s, currency, q.Value)
			}
			if q.Kind != quantity.Amount {
				continue
			}
			if q.Money == nil {
				t.Fatalf("FindIn(%q, %q): amount without money", s, currency)
			}
			if u := q.Money.USD; u != nil && (math.IsNaN(*u) || *u < 0) {
				t.Fatalf("FindIn(%q, %q): USD equivalent %v", s, currency, *u)
			}
			if q.ValueMax != nil && *q.ValueMax < q.Value {
				t.Fatalf("FindIn(%q, %q): range %v-%v", s, currency, q.Value, *q.ValueMax)
			}
		}
	})
}
