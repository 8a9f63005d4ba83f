package cable

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"

	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
)

// minGoldAgreement is the share of answer-key figures whose quote lies in
// a paragraph with the key's paragraph number. Raise it when the reader
// improves; never lower it to make a change pass.
const minGoldAgreement = 1.0

// goldFigure is the part of an answer-key record the reader is checked on.
type goldFigure struct {
	Cable     string `json:"cable"`
	Paragraph *int   `json:"paragraph"`
	Quote     string `json:"quote"`
	ID        int    `json:"id"`
}

// TestGoldParagraphs checks paragraph numbers against the answer key of
// the shared corpus (gold/dev/*.jsonl): for every figure, a paragraph of
// the parsed cable whose text holds the figure's quote (whitespace
// collapsed, mended punctuation undone) must have the key's paragraph
// number. A null paragraph in the
// key (text outside numbered paragraphs: a heading, the lead before
// paragraph 1) must come out as Number 0. When a quote occurs in several
// paragraphs (a summary repeated in the body), any of them may carry the
// number. A quote found in no paragraph counts as a mismatch.
func TestGoldParagraphs(t *testing.T) {
	corpus := testcorpus.Require(t, "corpus")
	gold := testcorpus.Path("gold", "dev")
	keys, err := filepath.Glob(filepath.Join(gold, "*.jsonl"))
	if err != nil || len(keys) == 0 {
		t.Skipf("answer key not found in %s (%v)", gold, err)
	}
	total, agree := 0, 0
	var bad []string
	for _, k := range keys {
		figs := readGold(t, k)
		if len(figs) == 0 {
			continue
		}
		id := strings.TrimSuffix(filepath.Base(k), ".jsonl")
		c := parseCorpusCable(t, corpus, id)
		paras := collapsedParagraphs(c)
		for _, f := range figs {
			total++
			want := 0
			if f.Paragraph != nil {
				want = *f.Paragraph
			}
			q := collapse(f.Quote)
			var got []int
			for i, p := range paras {
				if strings.Contains(p, q) {
					got = append(got, c.Paragraphs[i].Number)
				}
			}
			ok := false
			for _, n := range got {
				ok = ok || n == want
			}
			if ok {
				agree++
				continue
			}
			what := fmt.Sprintf("in paragraph %v", got)
			if len(got) == 0 {
				what = "in no paragraph"
			}
			bad = append(bad, fmt.Sprintf("%s #%d: key %d, quote %s: %q", id, f.ID, want, what, prefix(f.Quote, 70)))
		}
	}
	sort.Strings(bad)
	rate := float64(agree) / float64(total)
	t.Logf("paragraph numbers agree with the answer key for %d of %d figures (%.1f%%)", agree, total, 100*rate)
	if rate < minGoldAgreement {
		t.Errorf("paragraph numbers agree for %d of %d figures (%.1f%%), want at least %.0f%%; mismatches:\n%s",
			agree, total, 100*rate, 100*minGoldAgreement, strings.Join(bad, "\n"))
	} else if testing.Verbose() {
		for _, b := range bad {
			t.Log(b)
		}
	}
}

func readGold(t *testing.T, path string) []goldFigure {
	t.Helper()
	f, err := os.Open(path)
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	var out []goldFigure
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 1<<20), 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var g goldFigure
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			t.Fatalf("%s: %v", path, err)
		}
		out = append(out, g)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}

// parseCorpusCable parses cables/<id>.html or cables/<id>.txt.
func parseCorpusCable(t *testing.T, corpus, id string) *model.Cable {
	t.Helper()
	for _, ext := range []string{".html", ".txt"} {
		path := filepath.Join(corpus, "cables", id+ext)
		data, err := os.ReadFile(path)
		if err != nil {
			continue
		}
		c, err := Parse(filepath.Base(path), data, Options{})
		if err != nil {
			t.Fatalf("Parse(%s): %v", path, err)
		}
		return c
	}
	t.Fatalf("no cable %s in %s", id, filepath.Join(corpus, "cables"))
	return nil
}

func collapsedParagraphs(c *model.Cable) []string {
	out := make([]string, len(c.Paragraphs))
	for i, p := range c.Paragraphs {
		out[i] = collapse(p.Text)
	}
	return out
}

// collapse turns each run of white space into one space and undoes the
// mending of Text, since the key quotes the document verbatim: a doubled
// quotation mark, an apostrophe sent as a comma or question mark.
func collapse(s string) string {
	s = strings.ReplaceAll(strings.Join(strings.Fields(s), " "), `""`, `"`)
	return apostropheRe.ReplaceAllString(s, "$1'$2")
}
