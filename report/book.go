package report

import (
	"cmp"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/tipx/tipx/model"
)

// entry is one figure as a workbook sees it: its id, its row on the Figures
// sheet, its cable's metadata, its review decision and where its period
// puts it on the Summary.
type entry struct {
	fig      model.Figure
	id       string
	row      int          // 1-based row on the Figures sheet
	cable    *model.Cable // nil when the run has no metadata for the cable
	review   *Decision    // nil when the figure was not reviewed
	value    float64      // after a correction
	valueMax *float64
	fixed    bool // value and valueMax come from a reviewer's correction
	shown    bool // a Summary or Comparison cell shows this figure
	year     int  // the Summary column; 0 for the "other periods" column
	kind     periodKind
}

// rejected reports whether a reviewer rejected the figure.
func (e *entry) rejected() bool { return e.review != nil && e.review.Status == Rejected }

// corrected reports whether a reviewer's corrected value replaced the value.
func (e *entry) corrected() bool { return e.fixed }

// created is the cable's creation time, zero when unknown.
func (e *entry) created() time.Time {
	if e.cable == nil {
		return time.Time{}
	}
	return e.cable.Created
}

// book is the prepared content of one workbook.
type book struct {
	in        Input
	title     string         // the country, or "" for a comparison
	entries   []*entry       // in Figures sheet order
	cables    []*model.Cable // the cables of the workbook, in date order
	byCable   map[string]int // figures found per cable id
	unmatched []Unmatched    // review entries that matched no figure of the workbook
	problems  []string       // review entries that could not be applied as written
	applied   map[Status]int // review decisions applied, per status
	cableMeta map[string]*model.Cable
	linksCut  int // Figures rows left without a cable link (sheet hyperlink limit)
	byCountry map[string]*table
}

// tables returns the Summary table of every country of the book, built once.
func (b *book) tables() map[string]*table {
	if b.byCountry != nil {
		return b.byCountry
	}
	b.byCountry = map[string]*table{}
	start := 0
	for i := 1; i <= len(b.entries); i++ {
		if i == len(b.entries) || b.entries[i].fig.Country != b.entries[start].fig.Country {
			c := b.entries[start].fig.Country
			b.byCountry[c] = buildTable(c, b.entries[start:i])
			start = i
		}
	}
	return b.byCountry
}

// newBook prepares the figures of the countries kept by keep (all when keep
// is nil), sorted by country, cable date, cable id and figure id.
func newBook(in Input, title string, keep func(country string) bool) *book {
	b := &book{in: in, title: title, byCable: map[string]int{}, applied: map[Status]int{},
		cableMeta: map[string]*model.Cable{}}
	for i := range in.Cables {
		c := &in.Cables[i]
		if _, dup := b.cableMeta[c.ID]; !dup {
			b.cableMeta[c.ID] = c
		}
	}
	seen := map[string]int{}
	all := map[string]*entry{}
	for _, f := range in.Figures {
		e := &entry{fig: f, id: FigureID(&f), cable: b.cableMeta[f.Cable], value: f.Value, valueMax: f.ValueMax}
		// two records with one key (hand-written records without spans):
		// keep the ids distinct and stable in input order
		if n := seen[e.id]; n > 0 {
			seen[e.id] = n + 1
			e.id += "-" + strconv.Itoa(n+1)
		} else {
			seen[e.id] = 1
		}
		e.year, e.kind = classify(f.Period)
		all[e.id] = e
		if keep == nil || keep(f.Country) {
			b.entries = append(b.entries, e)
		}
	}
	slices.SortStableFunc(b.entries, func(x, y *entry) int {
		return cmp.Or(strings.Compare(x.fig.Country, y.fig.Country), x.created().Compare(y.created()),
			strings.Compare(x.fig.Cable, y.fig.Cable), cmp.Compare(x.fig.ID, y.fig.ID))
	})
	for i, e := range b.entries {
		e.row = i + 2
		b.byCable[e.fig.Cable]++
	}
	b.applyReview(all)
	b.collectCables(keep)
	return b
}

// collectCables lists the cables of the workbook: those of its countries
// and those its figures come from (with metadata or not).
func (b *book) collectCables(keep func(string) bool) {
	have := map[string]bool{}
	for i := range b.in.Cables {
		c := &b.in.Cables[i]
		if have[c.ID] || (b.byCable[c.ID] == 0 && keep != nil && !keep(c.Country)) {
			continue
		}
		have[c.ID] = true
		b.cables = append(b.cables, c)
	}
	for _, e := range b.entries {
		if !have[e.fig.Cable] {
			have[e.fig.Cable] = true
			b.cables = append(b.cables, &model.Cable{ID: e.fig.Cable, Country: e.fig.Country})
		}
	}
	slices.SortStableFunc(b.cables, func(x, y *model.Cable) int {
		return cmp.Or(x.Created.Compare(y.Created), strings.Compare(x.ID, y.ID))
	})
}

// countries lists the countries of the book's figures, sorted.
func (b *book) countries() []string {
	var out []string
	for _, e := range b.entries {
		if len(out) == 0 || out[len(out)-1] != e.fig.Country {
			out = append(out, e.fig.Country)
		}
	}
	return out
}

// countryFilter keeps the named countries (case-insensitive); nil keeps all.
func countryFilter(names []string) func(string) bool {
	if len(names) == 0 {
		return nil
	}
	return func(c string) bool {
		for _, n := range names {
			if strings.EqualFold(strings.TrimSpace(n), c) {
				return true
			}
		}
		return false
	}
}
