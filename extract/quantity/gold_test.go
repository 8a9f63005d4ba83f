package quantity

import (
	"path/filepath"
	"testing"

	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
)

// goldDir is the answer key, outside the repository: <repo>/../shared.
var goldDir = testcorpus.Path("gold", "dev")

// readGold returns every figure of the answer key, or skips the test.
func readGold(t *testing.T) []model.Figure {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no answer key in %s (the shared corpus is not checked out next to the repository)", goldDir)
	}
	var out []model.Figure
	for _, f := range files {
		out = append(out, golden.Records[model.Figure](t, f)...)
	}
	return out
}

func eqPtr(a, b *float64) bool {
	if a == nil || b == nil {
		return a == b
	}
	return *a == *b
}

// matches reports whether q gives the typed value of gold figure f.
func matches(q Quantity, f model.Figure) bool {
	if q.Value != f.Value || !eqPtr(q.ValueMax, f.ValueMax) || q.Qualifier != f.Qualifier || !eqPtr(q.Denominator, f.Denominator) {
		return false
	}
	switch f.Unit {
	case model.MoneyU:
		return q.Kind == Amount && q.Money.Currency == f.Currency && eqPtr(q.Money.USD, f.USD) && q.Money.Per == f.Per
	case model.Percent:
		return q.Kind == Share
	case model.Years, model.Months, model.Days:
		return q.Kind == Duration && q.Unit == f.Unit
	}
	return q.Kind == Count
}

// TestGoldQuotes measures how many answer-key figures Find types exactly
// from their quote (value, range, qualifier, currency, stated USD, rate,
// denominator). The rest need context beyond the quote (a currency named
// in an earlier sentence, a rate told by a verb) or are misses.
func TestGoldQuotes(t *testing.T) {
	gold := readGold(t)
	hit := 0
	for _, f := range gold {
		qs := Find(f.Quote)
		ok := false
		for _, q := range qs {
			if matches(q, f) {
				ok = true
				break
			}
		}
		if ok {
			hit++
			continue
		}
		t.Logf("miss %s %s %v %s: Find(%q) = %s", f.Cable, f.Unit, f.Value, f.Qualifier, f.Quote, describeAll(f.Quote, qs))
	}
	rate := float64(hit) / float64(len(gold))
	t.Logf("typed %d of %d answer-key figures from their quote (%.1f%%)", hit, len(gold), 100*rate)
	if rate < 0.85 {
		t.Errorf("typed %.1f%% of the answer key, want at least 85%%", 100*rate)
	}
}
