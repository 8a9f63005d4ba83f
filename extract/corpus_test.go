package extract

import (
	"fmt"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tipx/tipx/model"
)

// anchor is the fixed creation date of every corpus cable, so that
// relative periods resolve the same way on every run.
var anchor = time.Date(2009, time.August, 28, 8, 14, 0, 0, time.UTC)

// want is what one figure of a corpus sentence must be. Fields left empty
// are not checked, except that the number of figures must match exactly.
type want struct {
	metric model.Metric
	unit   model.Unit
	value  float64
	max    float64         // value_max; 0 = none
	qual   model.Qualifier // "" = exact
	period string          // Period.String(); "" = none
}

func (w want) String() string {
	s := fmt.Sprintf("%s/%s %v", w.metric, w.unit, w.value)
	if w.max != 0 {
		s += fmt.Sprintf("-%v", w.max)
	}
	if w.qual != "" && w.qual != model.Exact {
		s += " " + string(w.qual)
	}
	if w.period != "" {
		s += " [" + w.period + "]"
	}
	return s
}

func gotString(f model.Figure) string {
	w := want{metric: f.Metric, unit: f.Unit, value: f.Value, qual: f.Qualifier}
	if f.ValueMax != nil {
		w.max = *f.ValueMax
	}
	if f.Period != nil {
		w.period = f.Period.String()
	}
	return w.String()
}

// example is one corpus entry: a sentence and every figure it must give.
type example struct {
	text string
	want []want
}

var (
	testX     *Extractor
	testXErr  error
	testXOnce sync.Once
)

func extractor(t *testing.T) *Extractor {
	t.Helper()
	testXOnce.Do(func() { testX, testXErr = New() })
	if testXErr != nil {
		t.Fatalf("New() error: %v", testXErr)
	}
	return testX
}

// sentenceCable wraps text as paragraph 1 of a TIP cable dated anchor.
func sentenceCable(text string) *model.Cable {
	return &model.Cable{
		ID: "TEST1", Country: "Azerbaijan", Created: anchor, Tags: []string{"KTIP"}, Subject: "COMBATING TIP UPDATE",
		Paragraphs: []model.Paragraph{{Number: 1, Text: text}},
	}
}

// runCorpus checks each example strictly: a missing, extra or different
// figure fails, as in Duckling's corpus tests.
func runCorpus(t *testing.T, corpus []example) {
	t.Helper()
	x := extractor(t)
	for _, ex := range corpus {
		figs := x.Cable(sentenceCable(ex.text))
		var got, exp []string
		for _, f := range figs {
			got = append(got, gotString(f))
		}
		for _, w := range ex.want {
			exp = append(exp, w.String())
		}
		if len(ex.want) > 0 {
			// period checked only where the corpus states one
			for i := range got {
				if i < len(ex.want) && ex.want[i].period == "" {
					if j := strings.Index(got[i], " ["); j >= 0 {
						got[i] = got[i][:j]
					}
				}
			}
		}
		if strings.Join(got, "; ") != strings.Join(exp, "; ") {
			t.Errorf("Cable(%q) = [%s], want [%s]", ex.text, strings.Join(got, "; "), strings.Join(exp, "; "))
		}
	}
}
