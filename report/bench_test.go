package report

import (
	"fmt"
	"io"
	"testing"
	"time"

	"github.com/tipx/tipx/model"
)

// synthetic makes n figures over 50 countries, 10 years and 2,000 cables.
func synthetic(n int) Input {
	in := Input{Version: "bench", Now: fixedNow}
	for c := range 2000 {
		in.Cables = append(in.Cables, model.Cable{ID: fmt.Sprintf("0%dPOST%d", c%10, c),
			Created: time.Date(2000+c%10, time.Month(1+c%12), 1, 0, 0, 0, 0, time.UTC), Country: fmt.Sprintf("Country %d", c%50)})
	}
	for i := range n {
		c := in.Cables[i%2000]
		y := c.Created.Year() - 1
		in.Figures = append(in.Figures, model.Figure{Cable: c.ID, Country: c.Country,
			Metric: model.Metrics[i%len(model.Metrics)], Unit: model.Persons, Value: float64(i % 997),
			Qualifier: model.Exact, Source: model.Government, Paragraph: 1 + i%9, ID: 1 + i/2000,
			Period: &model.Period{Start: model.NewDate(y, 1, 1), End: model.NewDate(y, 12, 31), Text: "last year"},
			Quote:  "the government identified many victims last year", Start: i, End: i + 40})
	}
	return in
}

// BenchmarkWriteComparison writes a comparison workbook of 20,000 figures.
func BenchmarkWriteComparison(b *testing.B) {
	in := synthetic(20000)
	b.ReportAllocs()
	for b.Loop() {
		if err := WriteComparison(io.Discard, in); err != nil {
			b.Fatal(err)
		}
	}
}
