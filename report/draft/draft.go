package draft

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// Draft is the numbers part of one country chapter for one year.
type Draft struct {
	Country  string
	Year     int
	Cables   []string    // the country's cables the figures came from, in date order
	Sections []Section   // Prosecution, Protection, Prevention, Situation (empty ones kept for their gaps)
	Compare  *Comparison // last year's chapter against the cables; nil without one
}

// Section is one part of the chapter.
type Section struct {
	Family    model.Family
	Title     string
	Sentences []Sentence
	Gaps      []model.Metric // core metrics with no figure for the year: ask the post
}

// Sentence is one sentence of the draft and every figure it cites.
type Sentence struct {
	Text    string
	Figures []model.Figure
}

// template is how one metric counted in one unit is written: verb holds %s
// where the quantity goes. When when is set and holds for the figure, alt
// is used instead (a court that "sentenced" rather than "convicted").
type template struct {
	verb string
	noun noun
	when func(*model.Figure) bool
	alt  *template
}

func (t template) pick(f *model.Figure) template {
	if t.when != nil && t.alt != nil && t.when(f) {
		return t.alt.pick(f)
	}
	return t
}

// quoteHas holds for a figure whose quote has one of the words.
func quoteHas(words ...string) func(*model.Figure) bool {
	return func(f *model.Figure) bool {
		q := strings.ToLower(f.Quote)
		for _, w := range words {
			if strings.Contains(q, w) {
				return true
			}
		}
		return false
	}
}

func population(p model.Population) func(*model.Figure) bool {
	return func(f *model.Figure) bool { return f.Population == p }
}

// templateFor returns the clause template of a metric and unit, or a plain
// fallback ("victims identified: 5 places") for a pair the report register
// has no phrase for.
func templateFor(m model.Metric, u model.Unit) template {
	for _, set := range []map[model.Metric]map[model.Unit]template{prosecution, protection, prevention} {
		if t, ok := set[m][u]; ok {
			return t
		}
	}
	n := noun{many: string(u)}
	if u == model.MoneyU || u == model.Percent {
		n = noun{}
	}
	return template{verb: strings.ReplaceAll(string(m), "_", " ") + ": %s", noun: n}
}

var titles = map[model.Family]string{model.Prosecution: "Prosecution", model.Protection: "Protection",
	model.Prevention: "Prevention", model.Situation: "Scope of trafficking"}

var core = map[model.Family][]model.Metric{model.Prosecution: prosecutionCore, model.Protection: protectionCore,
	model.Prevention: preventionCore}

// Build drafts the chapter of country for year from the Input a country
// workbook is written from: its Figures (any countries; the others are
// ignored), its Cables (for their dates; may be nil) and its Review (so
// that the draft leaves out what a reviewer rejected and says what a
// reviewer corrected). The figures of the year are those whose
// period ends in it (a full or a partial year, or a longer period such as
// "since 2007"), and those without dates from a cable written while the
// year's TIP Report was being prepared (April of year to March of the next;
// without the cable's date, a cable whose id starts with year or the next).
// Among them the values are chosen as the country workbook chooses them.
func Build(in report.Input, country string, year int) *Draft {
	d := &Draft{Country: country, Year: year}
	created := createdOf(in.Cables)
	var mine []model.Figure
	for _, f := range in.Figures {
		if !strings.EqualFold(f.Country, country) {
			continue
		}
		d.Country = f.Country
		if belongs(&f, year, created) {
			mine = append(mine, f)
		}
	}
	choices := report.Choose(report.Input{Figures: mine, Cables: in.Cables, Review: in.Review}, country)
	before := lastYear(report.Choose(in, country), year-1)
	d.Cables = cablesOf(in.Figures, in.Cables, d.Country)
	for _, fam := range model.Families {
		s := Section{Family: fam, Title: titles[fam]}
		items := merge(choices, fam)
		for i := range items {
			items[i].prev = before[rowOf(items[i].Choice)]
		}
		s.Sentences = sentences(items)
		for _, m := range core[fam] {
			if !hasMetric(choices, m) {
				s.Gaps = append(s.Gaps, m)
			}
		}
		if len(s.Sentences) > 0 || len(s.Gaps) > 0 {
			d.Sections = append(d.Sections, s)
		}
	}
	return d
}

type row struct {
	metric model.Metric
	unit   model.Unit
	labor  bool
}

func rowOf(c report.Choice) row { return row{c.Metric, c.Unit, c.Labor} }

// lastYear maps each row to its full-year figure of year, for the
// comparison a chapter makes with the year before ("up from 38 in 2008").
func lastYear(cs []report.Choice, year int) map[row]*model.Figure {
	out := map[row]*model.Figure{}
	for i, c := range cs {
		if c.Year == year && !c.PartYear {
			out[rowOf(c)] = &cs[i].Chosen
		}
	}
	return out
}

// Figures lists every figure the draft's sentences cite, as they are
// written (with a reviewer's corrected value), in order of citation.
func (d *Draft) Figures() []model.Figure {
	var out []model.Figure
	for _, s := range d.Sections {
		for _, x := range s.Sentences {
			out = append(out, x.Figures...)
		}
	}
	return out
}

// createdOf maps cable ids to their creation times.
func createdOf(cables []model.Cable) map[string]time.Time {
	out := map[string]time.Time{}
	for _, c := range cables {
		if !c.Created.IsZero() {
			out[c.ID] = c.Created
		}
	}
	return out
}

// belongs reports whether a figure is one of the draft of year (see Build).
func belongs(f *model.Figure, year int, created map[string]time.Time) bool {
	if p := f.Period; p != nil && !p.End.IsZero() {
		return p.End.Year == year
	}
	t, ok := created[f.Cable]
	if !ok {
		y := idYear(f.Cable)
		return y == year || y == year+1
	}
	from := time.Date(year, time.April, 1, 0, 0, 0, 0, time.UTC)
	return !t.Before(from) && t.Before(from.AddDate(1, 0, 0))
}

// idYear is the year a cable id starts with ("09BAKU677" → 2009), or 0.
func idYear(id string) int {
	if len(id) < 3 {
		return 0
	}
	n, err := strconv.Atoi(id[:2])
	if err != nil {
		return 0
	}
	if n < 60 {
		return 2000 + n
	}
	return 1900 + n
}

func hasMetric(cs []report.Choice, m model.Metric) bool {
	for _, c := range cs {
		if c.Metric == m {
			return true
		}
	}
	return false
}

// cablesOf lists the ids of the country's cables, read or named by its
// figures, in date order (the creation date when known, else the year the
// id starts with), then by id.
func cablesOf(figs []model.Figure, cables []model.Cable, country string) []string {
	created := createdOf(cables)
	var out []string
	for _, c := range cables {
		if strings.EqualFold(c.Country, country) && !contains(out, c.ID) {
			out = append(out, c.ID)
		}
	}
	for _, f := range figs {
		if strings.EqualFold(f.Country, country) && !contains(out, f.Cable) {
			out = append(out, f.Cable)
		}
	}
	when := func(id string) time.Time {
		if t, ok := created[id]; ok {
			return t
		}
		return time.Date(idYear(id), time.January, 1, 0, 0, 0, 0, time.UTC)
	}
	slices.SortStableFunc(out, func(a, b string) int {
		return cmp.Or(when(a).Compare(when(b)), strings.Compare(a, b))
	})
	return out
}

// maxClauses is how many clauses one sentence joins with semicolons.
const maxClauses = 3

// sentences groups the items of a section by the words that open their
// period ("In 2009"), in order of first appearance, into sentences.
func sentences(items []item) []Sentence {
	var keys []string
	groups := map[string][]item{}
	for _, it := range items {
		intro, after := periodPhrase(it.Chosen.Period)
		k := intro + "|" + after
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], it)
	}
	var out []Sentence
	for _, k := range keys {
		g := groups[k]
		intro, after := periodPhrase(g[0].Chosen.Period)
		for i := 0; i < len(g); i += maxClauses {
			var texts []string
			var figs []model.Figure
			for _, it := range g[i:min(i+maxClauses, len(g))] {
				t, f := clause(it)
				texts = append(texts, t)
				figs = append(figs, f...)
			}
			body := strings.Join(texts, "; ")
			// a continuation sentence follows its period's first one
			if intro != "" && i == 0 {
				body = intro + ", " + body
			}
			out = append(out, Sentence{Text: upperFirst(body) + after + ".", Figures: figs})
		}
	}
	return out
}
