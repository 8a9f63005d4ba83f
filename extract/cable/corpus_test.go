package cable

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tipx/tipx/internal/testcorpus"
)

func TestCorpusCables(t *testing.T) {
	dir := filepath.Join(testcorpus.Require(t, "corpus"), "cables")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no files in %s (%v)", dir, err)
	}
	ktip := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Parse(f, data, Options{})
		if err != nil {
			t.Errorf("Parse(%s): %v", filepath.Base(f), err)
			continue
		}
		checkSpans(t, filepath.Base(f), data, c)
		if len(c.Paragraphs) == 0 {
			t.Errorf("%s: no paragraphs", filepath.Base(f))
		}
		if c.Country == "" {
			t.Errorf("%s: no country (origin %q, tags %v)", filepath.Base(f), c.Origin, c.Tags)
		}
		if strings.HasSuffix(f, ".html") {
			if c.HasTag("KTIP") {
				ktip++
			}
			p, err := readHTML(data)
			if err != nil {
				t.Fatal(err)
			}
			checkTable(t, filepath.Base(f), p.table, c.ID, c.Created.Format("2006-01-02 15:04"), c.Classification, c.Origin)
		}
		if want := strings.TrimSuffix(filepath.Base(f), filepath.Ext(f)); c.ID != repairID(want) {
			t.Errorf("%s: id %q, want %q", filepath.Base(f), c.ID, repairID(want))
		}
	}
	if ktip != 57 {
		t.Errorf("KTIP on %d cable pages, want 57", ktip)
	}
}

func checkTable(t *testing.T, name string, table []string, id, created, class, origin string) {
	t.Helper()
	if len(table) < 5 {
		t.Errorf("%s: metadata table has %d cells", name, len(table))
		return
	}
	want := []string{table[0], table[1], table[3], table[4]}
	got := []string{id, created, class, origin}
	if strings.Contains(table[0], "ECTION") {
		// a section-header id in the table: compare the repaired one
		want[0] = id
		if strings.Contains(id, "ECTION") || id[:2] != table[0][:2] {
			t.Errorf("%s: id %q not repaired from %q", name, id, table[0])
		}
	}
	for i := range want {
		if got[i] != want[i] {
			t.Errorf("%s: %s = %q, table says %q", name, []string{"id", "created", "classification", "origin"}[i], got[i], want[i])
		}
	}
}
