package extract

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
)

func readCable(t *testing.T, path string) *model.Cable {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("read cable: %v", err)
	}
	c, err := cable.Parse(filepath.Base(path), data, cable.Options{})
	if err != nil {
		t.Fatalf("cable.Parse(%s): %v", path, err)
	}
	return c
}

// TestGolden09BAKU677 extracts the cable the project was specified from and
// compares every record with testdata/09BAKU677.golden.json.
func TestGolden09BAKU677(t *testing.T) {
	c := readCable(t, "../testdata/cables/09BAKU677.txt")
	figs := extractor(t).Cable(c)
	var buf bytes.Buffer
	for _, f := range figs {
		b, err := json.Marshal(f)
		if err != nil {
			t.Fatalf("marshal figure %d: %v", f.ID, err)
		}
		buf.Write(b)
		buf.WriteByte('\n')
	}
	golden.Check(t, filepath.Join("testdata", "09BAKU677.golden.json"), buf.Bytes())
	src, err := os.ReadFile("../testdata/cables/09BAKU677.txt")
	if err != nil {
		t.Fatalf("read cable: %v", err)
	}
	for _, f := range figs {
		if f.Start < 0 || f.End > len(src) || f.Start >= f.End {
			t.Errorf("figure %d: offsets %d-%d outside the document", f.ID, f.Start, f.End)
			continue
		}
		if got := collapse(string(src[f.Start:f.End])); got != f.Quote {
			t.Errorf("figure %d: document[%d:%d] = %q, want the quote %q", f.ID, f.Start, f.End, got, f.Quote)
		}
	}
	if len(figs) != 9 {
		t.Errorf("Cable(09BAKU677) gave %d figures, want 9", len(figs))
	}
	compareGold(t, figs, testcorpus.Path("gold", "dev", "09BAKU677.jsonl"))
}

// compareGold checks the scored fields of figs against an answer key, in
// order: metric, unit, value, value_max, qualifier, currency, per,
// denominator, period months, subset link.
func compareGold(t *testing.T, figs []model.Figure, path string) {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Logf("no answer key to compare with (%v)", err)
		return
	}
	defer f.Close()
	var gold []model.Figure
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g model.Figure
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		gold = append(gold, g)
	}
	if len(gold) != len(figs) {
		t.Fatalf("Cable gave %d figures, the key %s has %d", len(figs), path, len(gold))
	}
	for i := range gold {
		g, s := gold[i], figs[i]
		if got, want := keyOf(s), keyOf(g); got != want {
			t.Errorf("figure %d = %s, want %s", i+1, got, want)
		}
	}
}

func keyOf(f model.Figure) string {
	type key struct {
		Metric     model.Metric
		Unit       model.Unit
		Value      float64
		Max        *float64
		Qual       model.Qualifier
		Cur        string
		Per        model.Per
		Den        *float64
		Start, End string
		SubsetOf   int
		Paragraph  int
		USD        *float64
		Speaker    string
		Source     model.Source
		Type       model.TraffickingType
		Population model.Population
	}
	k := key{Metric: f.Metric, Unit: f.Unit, Value: f.Value, Max: f.ValueMax, Qual: f.Qualifier, Cur: f.Currency,
		Per: f.Per, Den: f.Denominator, SubsetOf: f.SubsetOf, Paragraph: f.Paragraph, USD: f.USD,
		Speaker: f.Speaker, Source: f.Source, Type: f.TraffickingType, Population: f.Population}
	if f.Period != nil {
		k.Start, k.End = f.Period.Start.String(), f.Period.End.String()
		if len(k.Start) > 7 {
			k.Start = k.Start[:7]
		}
		if len(k.End) > 7 {
			k.End = k.End[:7]
		}
	}
	b, _ := json.Marshal(k)
	return string(b)
}

// TestNonTIPCables asserts that none of the 35 non-TIP cables of the corpus
// (drug and arms "trafficking", "TIP OF AN ICEBERG" included) gives a figure.
func TestNonTIPCables(t *testing.T) {
	list := testcorpus.Path("corpus", "non-tip.tsv")
	data, err := os.ReadFile(list)
	if err != nil {
		t.Skipf("corpus absent (%v): run from a checkout beside ../shared", err)
	}
	var ids []string
	for _, line := range strings.Split(string(data), "\n") {
		if id, _, _ := strings.Cut(line, "\t"); strings.TrimSpace(id) != "" {
			ids = append(ids, strings.TrimSpace(id))
		}
	}
	if len(ids) != 35 {
		t.Fatalf("%s lists %d cables, want 35", list, len(ids))
	}
	x := extractor(t)
	for _, id := range ids {
		t.Run(id, func(t *testing.T) {
			path := testcorpus.Path("corpus", "cables", id+".html")
			if _, err := os.Stat(path); err != nil {
				path = testcorpus.Path("corpus", "cables", id+".txt")
			}
			c := readCable(t, path)
			if figs := x.Cable(c); len(figs) != 0 {
				t.Errorf("Cable(%s) gave %d figures, want 0; first: %s %q", id, len(figs), figs[0].Metric, figs[0].Quote)
			}
		})
	}
}
