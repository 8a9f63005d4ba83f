package draft

import (
	"bytes"
	"os"
	"path/filepath"
	"testing"

	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// TestGoldenMarkdown writes the drafts of the fixtures and compares them
// with their golden Markdown: one cable (09BAKU677, from the answer key)
// and a synthetic country of five cables with last year's chapter.
func TestGoldenMarkdown(t *testing.T) {
	for _, tc := range []struct {
		name, country string
		year          int
		narrative     string
	}{
		{"baku", "Azerbaijan", 2009, ""},
		{"freedonia", "freedonia", 2009, "freedonia.narrative.jsonl"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			figs, cables := fixture(t, tc.name)
			in := report.Input{Figures: figs, Cables: cables}
			d := Build(in, tc.country, tc.year)
			if tc.narrative != "" {
				nar := golden.ReadJSONL[model.Figure](t, filepath.Join("testdata", tc.narrative))
				d.Compare = Compare(nar, in, tc.country, tc.year)
			}
			var b bytes.Buffer
			if err := d.Markdown(&b); err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join("testdata", "golden", tc.name+".md"), b.Bytes())
			checkSourced(t, b.String(), figs, tc.year)
		})
	}
}

// TestSourcedGold drafts every country of the answer key with more than
// one cable and checks that each number is sourced.
func TestSourcedGold(t *testing.T) {
	paths, _ := filepath.Glob(testcorpus.Path("gold", "dev", "*.jsonl"))
	if len(paths) == 0 {
		t.Skip("answer key ../shared/gold/dev not found: skipping the drafts of the gold countries")
	}
	var figs []model.Figure
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		if len(bytes.TrimSpace(data)) == 0 {
			continue
		}
		figs = append(figs, golden.ReadJSONL[model.Figure](t, p)...)
	}
	perCountry := map[string]map[string]bool{}
	for _, f := range figs {
		if perCountry[f.Country] == nil {
			perCountry[f.Country] = map[string]bool{}
		}
		perCountry[f.Country][f.Cable] = true
	}
	drafted := 0
	for country, cs := range perCountry {
		if len(cs) < 2 {
			continue
		}
		for _, year := range []int{2008, 2009} {
			d := Build(report.Input{Figures: figs}, country, year)
			var b bytes.Buffer
			if err := d.Markdown(&b); err != nil {
				t.Fatal(err)
			}
			checkSourced(t, b.String(), figs, year)
			drafted++
		}
	}
	if drafted == 0 {
		t.Fatal("no country of the answer key has two cables")
	}
}

// checkSourced fails for every problem Verify finds in a draft.
func checkSourced(t *testing.T, md string, figs []model.Figure, year int) {
	t.Helper()
	for _, p := range Verify(md, figs, year) {
		t.Error(p)
	}
}

// TestCheckSourcedFails makes sure the check can fail: a number nobody
// cites, and a figure's number cited from the wrong paragraph.
func TestCheckSourcedFails(t *testing.T) {
	figs, _ := fixture(t, "baku")
	for _, md := range []string{
		"In 2009, authorities brought 135 criminal cases to court [09BAKU677 ¶6].\n",
		"In 2009, authorities brought 134 criminal cases to court [09BAKU677 ¶3].\n",
		"In 2007, authorities brought 134 criminal cases to court [09BAKU677 ¶6].\n",
	} {
		if len(Verify(md, figs, 2009)) == 0 {
			t.Errorf("checkSourced(%q) passed, want a failure", md)
		}
	}
}

// TestGoldenAnswerKey drafts Egypt, the answer key's country with five
// cables (09CAIRO1758 ... 10CAIRO211), and compares it with its golden file.
func TestGoldenAnswerKey(t *testing.T) {
	paths, _ := filepath.Glob(testcorpus.Path("gold", "dev", "*CAIRO*.jsonl"))
	if len(paths) == 0 {
		t.Skip("answer key ../shared/gold/dev not found: skipping the golden draft of Egypt")
	}
	var figs []model.Figure
	for _, p := range paths {
		if st, err := os.Stat(p); err != nil || st.Size() == 0 {
			continue
		}
		figs = append(figs, golden.ReadJSONL[model.Figure](t, p)...)
	}
	d := Build(report.Input{Figures: figs}, "Egypt", 2009)
	var b bytes.Buffer
	if err := d.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	golden.Check(t, filepath.Join("testdata", "golden", "egypt-answer-key.md"), b.Bytes())
	checkSourced(t, b.String(), figs, 2009)
}

// TestBuildReviewed drafts with review decisions: a rejected figure leaves
// the draft (and its disagreement with it), a corrected value is written
// and said to be corrected, and the draft's numbers stay sourced.
func TestBuildReviewed(t *testing.T) {
	figs, cables := fixture(t, "freedonia")
	var rejected, corrected *model.Figure
	for i := range figs {
		switch f := &figs[i]; {
		case f.Cable == "10FREEDONIA31":
			rejected = f // the 47 investigations that the 45 disagreed with
		case f.Metric == model.VictimsIdentified && f.Value == 110:
			corrected = f
		}
	}
	in := report.Input{Figures: figs, Cables: cables, Review: &report.Review{Decisions: []report.Decision{
		{ID: report.FigureID(rejected), Status: report.Rejected},
		{ID: report.FigureID(corrected), Status: report.Corrected, Corrected: "112"},
	}}}
	d := Build(in, "Freedonia", 2009)
	var b bytes.Buffer
	if err := d.Markdown(&b); err != nil {
		t.Fatal(err)
	}
	md := b.String()
	for _, want := range []string{
		"In 2009, authorities investigated 45 cases [10FREEDONIA20 ¶3], up from 38 in 2008 [09FREEDONIA200 ¶4];",
		"authorities identified 112 victims (as corrected in review), 35 of them children [10FREEDONIA20 ¶7]",
	} {
		if !bytes.Contains(b.Bytes(), []byte(want)) {
			t.Errorf("reviewed draft lacks %q:\n%s", want, md)
		}
	}
	if bytes.Contains(b.Bytes(), []byte("10FREEDONIA31 ¶")) {
		t.Errorf("reviewed draft cites the rejected figure:\n%s", md)
	}
	checkSourced(t, md, append(figs, d.Figures()...), 2009)
}
