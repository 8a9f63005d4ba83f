package extract

import (
	"os"
	"testing"

	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

func benchCable(b *testing.B) *model.Cable {
	b.Helper()
	data, err := os.ReadFile("../testdata/cables/09BAKU677.txt")
	if err != nil {
		b.Fatal(err)
	}
	c, err := cable.Parse("09BAKU677.txt", data, cable.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return c
}

// BenchmarkCable measures one TIP cable end to end (relevance, sentences,
// quantities, periods, rules, speakers with NER).
func BenchmarkCable(b *testing.B) {
	x, err := New()
	if err != nil {
		b.Fatal(err)
	}
	if err := x.Preload(); err != nil {
		b.Fatal(err)
	}
	c := benchCable(b)
	b.ResetTimer()
	for range b.N {
		if figs := x.Cable(c); len(figs) != 9 {
			b.Fatalf("Cable gave %d figures, want 9", len(figs))
		}
	}
}

// BenchmarkCableNoNER is BenchmarkCable without the NER model: the cost of
// prose is the difference.
func BenchmarkCableNoNER(b *testing.B) {
	x := &Extractor{rules: All}
	c := benchCable(b)
	b.ResetTimer()
	for range b.N {
		x.Cable(c)
	}
}
