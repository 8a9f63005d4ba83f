package cable

import (
	"archive/tar"
	"bufio"
	"errors"
	"io"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/ulikunitz/xz"
)

// TestCorpusArchive reads every cable page of the 6,712-cable archive: no
// failure, metadata equal to each page's table, spans that round-trip, and
// a country for every cable whose post or tags name one.
func TestCorpusArchive(t *testing.T) {
	if testing.Short() {
		t.Skip("decoding the .tar.xz takes several seconds; skipped with -short")
	}
	path := filepath.Join(testcorpus.Require(t, "corpus"), "wikileaks-cables-6712.tar.xz")
	f, err := os.Open(path)
	if err != nil {
		t.Skipf("corpus archive not found at %s: %v", path, err)
	}
	defer f.Close()
	xr, err := xz.NewReader(bufio.NewReaderSize(f, 1<<20))
	if err != nil {
		t.Fatal(err)
	}
	tr := tar.NewReader(xr)
	n, ktip, debrisCables := 0, 0, 0
	var agree telegramAgreement
	noCountry := map[string]int{}
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			t.Fatal(err)
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		data, err := io.ReadAll(tr)
		if err != nil {
			t.Fatal(err)
		}
		n++
		c, err := Parse(h.Name, data, Options{})
		if err != nil {
			t.Errorf("Parse(%s): %v", h.Name, err)
			continue
		}
		p, err := readHTML(data)
		if err != nil {
			t.Fatal(err)
		}
		checkTable(t, h.Name, p.table, c.ID, c.Created.Format("2006-01-02 15:04"), c.Classification, c.Origin)
		agree.add(p)
		checkSpans(t, h.Name, data, c)
		if d := debrisIn(c); len(d) > 0 {
			debrisCables++
			if debrisCables <= 5 {
				t.Logf("%s: %s", h.Name, d[0])
			}
		}
		if !knownPost(c.Origin) {
			t.Errorf("%s: origin %q is not in the post table", h.Name, c.Origin)
		}
		if c.Country == "" {
			noCountry[c.Origin]++
			if !multiPosts[strings.ToUpper(c.Origin)] && tagCountry(c.Tags) != "" {
				t.Errorf("%s: no country for origin %q with tags %v", h.Name, c.Origin, c.Tags)
			}
		}
		if c.HasTag("KTIP") {
			ktip++
		}
	}
	// A few cables keep debris (Nov 2026: 8): "Classified by ...; reasons:
	// E.O. 12958 1.4 (b,d)" wrapped into the lead (text, not a header), a
	// SUBJECT line after a heading or inside a paragraph, a truncated
	// page-break line. More than that is a regression.
	if debrisCables > 8 {
		t.Errorf("%d cables keep header or page-break debris in their paragraphs, want at most 8", debrisCables)
	}
	if n != 6712 {
		t.Errorf("read %d cables from the archive, want 6712", n)
	}
	agree.check(t)
	var posts []string
	total := 0
	for o, k := range noCountry {
		posts = append(posts, o)
		total += k
	}
	sort.Strings(posts)
	t.Logf("%d cables, %d tagged KTIP, %d with debris left; %d without a country (no country tag), from %q",
		n, ktip, debrisCables, total, posts)
}

// TestCorpusFormats reads every sample of the formats directory.
func TestCorpusFormats(t *testing.T) {
	dir := filepath.Join(testcorpus.Require(t, "corpus"), "formats")
	files, err := filepath.Glob(filepath.Join(dir, "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no files in %s (%v)", dir, err)
	}
	read := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		c, err := Parse(f, data, Options{})
		if strings.Contains(f, "expected_subject") {
			// the expected subject of the cablemap fixture: a line of text, not a cable
			if !errors.Is(err, ErrNotCable) {
				t.Errorf("Parse(%s) = %v, want ErrNotCable", filepath.Base(f), err)
			}
			in := strings.Replace(f, "expected_subject", "in", 1)
			in = strings.TrimSuffix(in, ".txt") + ".html"
			inData, err := os.ReadFile(in)
			if err != nil {
				t.Fatal(err)
			}
			ci, err := Parse(in, inData, Options{})
			if err != nil {
				t.Fatal(err)
			}
			if want := strings.TrimSpace(string(data)); ci.Subject != want {
				t.Errorf("%s: subject %q, want %q", filepath.Base(in), ci.Subject, want)
			}
			continue
		}
		if err != nil {
			t.Errorf("Parse(%s): %v", filepath.Base(f), err)
			continue
		}
		read++
		checkSpans(t, f, data, c)
		checkNoDebris(t, filepath.Base(f), c)
		if c.Country == "" || c.ID == "" || c.Created.IsZero() && !strings.Contains(f, "06REYKJAVIK68") {
			t.Errorf("%s: id %q, created %v, country %q", filepath.Base(f), c.ID, c.Created, c.Country)
		}
	}
	if read != len(files)-1 {
		t.Errorf("read %d of %d format samples", read, len(files)-1)
	}
}

// knownPost reports whether the post table or the list of posts that speak
// for no single country holds origin.
func knownPost(origin string) bool {
	k, full := postKey(origin), strings.ToUpper(origin)
	_, ok := postCountries[k]
	_, okFull := postCountries[full]
	return ok || okFull || multiPosts[k] || multiPosts[full]
}

// telegramAgreement counts how often the telegram text alone (as a
// body-only document without the page's table would give it) yields the
// table's id, created day, classification and origin.
type telegramAgreement struct {
	n, read, id, day, class, origin int
}

func (a *telegramAgreement) add(p *htmlPage) {
	a.n++
	c, err := assemble(cableFields{}, p.body, FormatTelegram, "page", Options{})
	if err != nil {
		return
	}
	a.read++
	if c.ID == repairID(p.table[0]) {
		a.id++
	}
	if c.Created.Format("2006-01-02") == p.table[1][:10] {
		a.day++
	}
	if c.Classification == p.table[3] {
		a.class++
	}
	if c.Origin == p.table[4] {
		a.origin++
	}
}

// check asserts the rates measured on the archive (Nov 2026: read 95.7%,
// id 94.6%, created day 91.5%, classification 93.6%, origin 95.7%; the
// pages not read state no date, so the id's year is unknown: a file named
// after its cable id gives it, and then 99.5% are read).
func (a *telegramAgreement) check(t *testing.T) {
	t.Helper()
	pct := func(k int) float64 { return 100 * float64(k) / float64(max(a.n, 1)) }
	t.Logf("telegram text alone: read %.1f%%, id %.1f%%, created day %.1f%%, classification %.1f%%, origin %.1f%%",
		pct(a.read), pct(a.id), pct(a.day), pct(a.class), pct(a.origin))
	for _, r := range []struct {
		name      string
		got, want float64
	}{{"read", pct(a.read), 95}, {"id", pct(a.id), 94}, {"created day", pct(a.day), 90.5},
		{"classification", pct(a.class), 93}, {"origin", pct(a.origin), 95}} {
		if r.got < r.want {
			t.Errorf("telegram text alone: %s agrees with the table on %.1f%% of pages, want at least %.1f%%", r.name, r.got, r.want)
		}
	}
}
