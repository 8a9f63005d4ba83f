package cable

import (
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"fmt"
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

// goldenCable is what a golden file holds: the metadata and, per
// paragraph, either the full text (own fixtures) or a digest (corpus
// cables, whose text must not be copied into the repository).
type goldenCable struct {
	ID               string            `json:"id"`
	Created          time.Time         `json:"created"`
	Origin           string            `json:"origin"`
	Country          string            `json:"country"`
	Classification   string            `json:"classification"`
	Tags             []string          `json:"tags"`
	Subject          string            `json:"subject"`
	SubjectTruncated bool              `json:"subject_truncated"`
	References       []string          `json:"references"`
	Signer           string            `json:"signer"`
	Format           string            `json:"format"`
	Paragraphs       []goldenParagraph `json:"paragraphs"`
}

type goldenParagraph struct {
	Number  int    `json:"number"`
	Marking string `json:"marking,omitempty"`
	Text    string `json:"text,omitempty"`
	Length  int    `json:"length,omitempty"`
	SHA256  string `json:"sha256,omitempty"`
	Start   string `json:"start,omitempty"`
}

// goldenOf is what the golden file records of c.
func goldenOf(c *model.Cable, fullText bool) goldenCable {
	g := goldenCable{ID: c.ID, Created: c.Created, Origin: c.Origin, Country: c.Country,
		Classification: c.Classification, Tags: c.Tags, Subject: c.Subject,
		SubjectTruncated: c.SubjectTruncated, References: c.References, Signer: c.Signer, Format: c.Format}
	for _, p := range c.Paragraphs {
		gp := goldenParagraph{Number: p.Number, Marking: p.Marking}
		if fullText {
			gp.Text = p.Text
		} else {
			sum := sha256.Sum256([]byte(p.Text))
			gp.Length, gp.SHA256, gp.Start = len(p.Text), hex.EncodeToString(sum[:]), prefix(p.Text, 60)
		}
		g.Paragraphs = append(g.Paragraphs, gp)
	}
	return g
}

// prefix returns the first n characters of s.
func prefix(s string, n int) string {
	for i := range s {
		if n == 0 {
			return s[:i]
		}
		n--
	}
	return s
}

// corpusGolden lists the corpus documents with golden files: every format
// and both HTML releases, hard-wrapped and reflowed.
var corpusGolden = []string{
	"cables/04QUITO2198.txt",
	"cables/08KUALALUMPUR940.txt",
	"cables/09MANAMA719.html",
	"cables/08ECTION01OF02MANAMA492.html",
	"cables/10SANTIAGO254.html",
	"cables/05ISTANBUL38.html",
	"formats/alx_txt__05QUITO224.txt",
	"formats/alx_txt_headerglued__08KUALALUMPUR940.txt",
	"formats/cablemap_fixture_in__08REYKJAVIK195.html",
	"formats/paulmathieu_plain__07KUALALUMPUR1376.txt",
	"formats/reveal_prebody__06REYKJAVIK68.txt",
	"formats/reveal_prebody_oldPAGEmarkers__00HARARE5461.txt",
	"formats/wikileaks_html_2010release__09CARACAS442.html",
	"formats/wikileaks_html_2011release_TIPsubmission__10SANAA295.html",
	"formats/wikileaks_html_2011release_reflowed__09YEREVAN494.html",
	"formats/wikileaks_html_2011release_reflowed_redacted__05ISTANBUL329.html",
}

func TestGoldenFixtures(t *testing.T) {
	files, err := filepath.Glob(filepath.Join("testdata", "docs", "*"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no fixtures in testdata/docs (%v)", err)
	}
	files = append(files, filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt"))
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			data, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			opts := Options{}
			if strings.HasPrefix(filepath.Base(f), "prose") {
				opts = Options{ID: "09TESTLAND1", Date: time.Date(2009, 6, 16, 0, 0, 0, 0, time.UTC), Country: "Testland"}
			}
			var got []byte
			if filepath.Ext(f) == ".csv" {
				got = walkGolden(t, f, data, opts)
			} else {
				c, err := Parse(filepath.Base(f), data, opts)
				got = errGolden(err)
				if err == nil {
					checkSpans(t, f, data, c)
					got = marshal(t, goldenOf(c, true))
				}
			}
			compareGolden(t, filepath.Base(f), got)
		})
	}
}

// walkGolden reads a cables.csv with Walk: one golden object per row.
func walkGolden(t *testing.T, f string, data []byte, opts Options) []byte {
	var out []goldenCable
	_, err := Walk([]string{f}, nil, opts, func(d Doc) error {
		if d.Err != nil {
			t.Fatalf("%s: %v", d.Name, d.Err)
		}
		checkSpans(t, d.Name, data, d.Cable)
		out = append(out, goldenOf(d.Cable, true))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	return marshal(t, out)
}

func errGolden(err error) []byte {
	if err == nil {
		return nil
	}
	return []byte("error: " + reason(err).Error() + "\n")
}

func TestGoldenCorpus(t *testing.T) {
	dir := testcorpus.Require(t, "corpus")
	for _, name := range corpusGolden {
		t.Run(filepath.Base(name), func(t *testing.T) {
			data, err := os.ReadFile(filepath.Join(dir, name))
			if err != nil {
				t.Fatal(err)
			}
			c, err := Parse(filepath.Base(name), data, Options{})
			if err != nil {
				t.Fatal(err)
			}
			checkSpans(t, name, data, c)
			checkNoDebris(t, name, c)
			compareGolden(t, filepath.Base(name), marshal(t, goldenOf(c, filepath.Base(name) == "09BAKU677.txt")))
		})
	}
}

// debris is text that must never stay inside a paragraph.
var debris = []string{"SIPDIS", "E.O. 12958", "TAGS:", "SUBJECT:", "-----", "¶", " OF 00", "PAGE 0"}

func checkNoDebris(t *testing.T, name string, c *model.Cable) {
	t.Helper()
	for _, d := range debrisIn(c) {
		t.Errorf("%s: %s", name, d)
	}
}

// debrisIn describes each piece of debris left in c's paragraphs.
func debrisIn(c *model.Cable) []string {
	var out []string
	for _, p := range c.Paragraphs {
		for _, d := range debris {
			if i := strings.Index(p.Text, d); i >= 0 {
				out = append(out, fmt.Sprintf("paragraph %d holds %q: %q", p.Number, d, prefix(p.Text[i:], 80)))
			}
		}
		if m := pageBreakIn.FindString(p.Text); m != "" {
			out = append(out, fmt.Sprintf("paragraph %d holds a page-break line: %q", p.Number, m))
		}
	}
	return out
}

func marshal(t *testing.T, v any) []byte {
	t.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func compareGolden(t *testing.T, name string, got []byte) {
	t.Helper()
	golden.Check(t, filepath.Join("testdata", "golden", name+".golden"), got)
}

// pageBreakIn finds a page-break line left inside a paragraph.
var pageBreakIn = regexp.MustCompile(`[A-Z]{3,} +\d{5,8} +\d{3}(?:\.\d)? +OF +\d{3}`)
