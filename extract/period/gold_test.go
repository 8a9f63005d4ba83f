package period

import (
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"

	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
)

// The shared corpus and answer key sit next to the repository.
var (
	goldDir   = testcorpus.Path("gold", "dev")
	cablesDir = testcorpus.Path("corpus", "cables")
)

var (
	isoStamp = regexp.MustCompile(`\b(19|20)\d\d-\d\d-\d\d \d\d:\d\d`)
	txtStamp = regexp.MustCompile(`(?m)^[A-Z][a-z]{2} [A-Z][a-z]{2} \d\d \d\d:\d\d:\d\d [+-]\d{4} \d{4}$`)
)

// created reads a cable's creation date from its page or text file.
func created(t *testing.T, id string) (time.Time, bool) {
	t.Helper()
	files, _ := filepath.Glob(filepath.Join(cablesDir, id+".*"))
	if len(files) == 0 {
		return time.Time{}, false
	}
	b, err := os.ReadFile(files[0])
	if err != nil {
		t.Fatal(err)
	}
	if s := txtStamp.Find(b); s != nil {
		at, err := time.Parse("Mon Jan 02 15:04:05 -0700 2006", string(s))
		return at, err == nil
	}
	if s := isoStamp.Find(b); s != nil {
		at, err := time.Parse("2006-01-02 15:04", string(s))
		return at, err == nil
	}
	return time.Time{}, false
}

// TestGoldPeriods resolves the period text of every answer-key figure
// against its cable's date and counts those that give the key's bounds.
// Texts that join two places ("In 2003 ... two-year project") and events
// ("Since its creation") are outside this layer and are not counted.
func TestGoldPeriods(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join(goldDir, "*.jsonl"))
	if len(files) == 0 {
		t.Skipf("no answer key in %s (the shared corpus is not checked out next to the repository)", goldDir)
	}
	seen := map[string]bool{}
	total, hit := 0, 0
	for _, f := range files {
		for _, fig := range golden.Records[model.Figure](t, f) {
			p := fig.Period
			if p == nil || strings.Contains(p.Text, "...") || seen[fig.Cable+p.Text] {
				continue
			}
			seen[fig.Cable+p.Text] = true
			at, ok := created(t, fig.Cable)
			if !ok {
				continue
			}
			total++
			xs := Find(p.Text, at)
			found := false
			for _, x := range xs {
				if x.Period.Start == p.Start && x.Period.End == p.End {
					found = true
				}
			}
			if found {
				hit++
			} else {
				t.Logf("%s (%s): Find(%q) = %s, want %s..%s", fig.Cable, at.Format("2006-01-02"), p.Text, describeAll(p.Text, xs), p.Start, p.End)
			}
		}
	}
	if total == 0 {
		t.Skip("no cable of the answer key found in " + cablesDir)
	}
	t.Logf("resolved %d of %d distinct answer-key period texts", hit, total)
	if hit*100 < total*85 {
		t.Errorf("resolved %d of %d answer-key period texts, want at least 85%%", hit, total)
	}
}
