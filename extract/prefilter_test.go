package extract

import (
	"bufio"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/internal/testcorpus"
)

// TestPrefilterCostsNoRecall proves that the cheap gates in front of the
// rules (Relevant for a cable, candidate for a paragraph: a digit or a
// number word) lose nothing: on every TIP cable of the corpus, the 31
// development cables included, the figures are identical with and without
// them, so the dev-set scores are equal; and with them, the 35 non-TIP
// cables (drug and arms "trafficking", "TIP OF AN ICEBERG") give none.
func TestPrefilterCostsNoRecall(t *testing.T) {
	corpus := testcorpus.Path("corpus")
	nonTIP := idSet(t, filepath.Join(corpus, "non-tip.tsv"))
	dev := map[string]bool{}
	keys, _ := filepath.Glob(testcorpus.Path("gold", "dev", "*.jsonl"))
	for _, k := range keys {
		dev[strings.TrimSuffix(filepath.Base(k), ".jsonl")] = true
	}
	files, _ := filepath.Glob(filepath.Join(corpus, "cables", "*"))
	if len(files) == 0 || len(dev) == 0 {
		t.Fatalf("no cables in %s or no dev keys", corpus)
	}
	filtered, err := New()
	if err != nil {
		t.Fatal(err)
	}
	unfiltered := *filtered
	unfiltered.unfiltered = true
	var tip, devSeen, figures int
	for _, p := range files {
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		c, err := cable.Parse(p, data, cable.Options{})
		if err != nil {
			t.Fatalf("parse %s: %v", p, err)
		}
		got := filtered.Cable(c)
		if nonTIP[id] {
			if len(got) != 0 {
				t.Errorf("%s (not about TIP): %d figures with the filter, want 0", id, len(got))
			}
			continue
		}
		tip++
		if dev[id] {
			devSeen++
		}
		figures += len(got)
		if want := unfiltered.Cable(c); len(got)+len(want) > 0 && !reflect.DeepEqual(got, want) {
			t.Errorf("%s: %d figures with the filter, %d without: the filter costs recall", id, len(got), len(want))
			for i := range min(len(got), len(want)) {
				if !reflect.DeepEqual(got[i], want[i]) {
					t.Errorf("figure %d with the filter:\n%+v\nwithout:\n%+v", i+1, got[i], want[i])
				}
			}
		}
	}
	if tip < 150 || devSeen != len(dev) || figures == 0 {
		t.Errorf("compared %d TIP cables (%d of %d dev cables, %d figures), want 155 and every dev cable",
			tip, devSeen, len(dev), figures)
	}
}

// idSet reads the ids in the first column of a TSV file, or skips.
func idSet(t *testing.T, path string) map[string]bool {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus not found at %s: %v", path, err)
	}
	defer f.Close()
	ids := map[string]bool{}
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if id, _, _ := strings.Cut(sc.Text(), "\t"); id != "" {
			ids[id] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return ids
}

// TestPhraseKeysCoverPhrases checks the shortcut in Relevant: every TIP
// phrase holds one of the keys.
func TestPhraseKeysCoverPhrases(t *testing.T) {
	for _, p := range tipPhrases {
		if !mayHoldPhrase(p) {
			t.Errorf("phrase %q holds none of the keys %q: Relevant would miss it", p, phraseKeys)
		}
	}
}
