package report

import (
	"strings"

	"github.com/tipx/tipx/model"
)

// Choice is one Summary cell of a country as the workbook shows it: a metric
// counted in one unit (labor-trafficking counts apart) for one year, the
// figure chosen for it and the other statements about it.
//
// Choose exposes the workbook's choosing rules so that text built from the
// figures (a draft chapter) says what the Summary sheet shows.
type Choice struct {
	Metric model.Metric
	Unit   model.Unit
	Labor  bool // a labor-trafficking row
	Year   int  // the Summary column; 0 for periods not within one calendar year
	// Chosen is the figure the Summary shows, with a reviewer's corrected
	// value in Value and ValueMax when there is one.
	Chosen model.Figure
	// Corrected is true when a reviewer's corrected value replaced the
	// extracted one (Chosen.Qualifier is then exact).
	Corrected bool
	// Rule says why Chosen won: a rule name, "the only statement" or
	// "all N statements agree".
	Rule string
	// PartYear is true when Chosen covers only part of Year;
	// YearToDate when that part runs from January 1.
	PartYear, YearToDate bool
	// Others are the other statements of the cell that a reviewer did not
	// reject, in preference order: parts of the total, other periods within
	// the year, repeats and disagreements.
	Others []model.Figure
	// Conflicts are the statements among Others that give a different value
	// for the same period and the same part of the whole as Chosen: the
	// disagreements the Conflicts sheet lists.
	Conflicts []model.Figure
}

// Choose returns the Summary cells of one country (matched without regard
// to case) in Summary order: metrics in TIP Report order, then years
// ascending with the "other periods" column (Year 0) last, exactly as
// WriteCountry would show them for in. Of in it reads Figures, Cables (the
// creation dates the "latest cable" rule needs; may be nil) and Review
// (rejected figures are left out, corrected values replace extracted ones).
func Choose(in Input, country string) []Choice {
	b := newBook(Input{Figures: in.Figures, Cables: in.Cables, Review: in.Review}, country,
		countryFilter([]string{country}))
	if len(b.entries) == 0 {
		return nil
	}
	t := b.tables()[b.entries[0].fig.Country]
	var out []Choice
	for _, k := range t.rows {
		for _, y := range t.years {
			c := t.get(k, y)
			if c == nil || c.chosen == nil {
				continue
			}
			out = append(out, choiceOf(k, y, c))
		}
	}
	return out
}

func choiceOf(k rowKey, y int, c *cell) Choice {
	e := c.chosen
	ch := Choice{Metric: k.Metric, Unit: k.Unit, Labor: k.Labor, Year: y, Chosen: reviewed(e), Rule: c.rule,
		Corrected: e.fixed, PartYear: e.kind == partYear, YearToDate: e.kind == partYear && yearToDate(e.fig.Period)}
	for _, o := range c.candidates[1:] {
		f := reviewed(o)
		ch.Others = append(ch.Others, f)
		if differ(e, o) && samePart(e, o) {
			ch.Conflicts = append(ch.Conflicts, f)
		}
	}
	return ch
}

// reviewed is an entry's figure with a reviewer's corrected value.
func reviewed(e *entry) model.Figure {
	f := e.fig
	if e.fixed {
		f.Value, f.ValueMax, f.Qualifier = e.value, e.valueMax, model.Exact
	}
	return f
}

// samePart reports whether two candidates of a cell are statements about
// the same thing, as the Conflicts sheet groups them: same period, same
// population and form of trafficking, both a subset or neither.
func samePart(a, b *entry) bool {
	return strings.EqualFold(periodKey(a.fig.Period), periodKey(b.fig.Period)) &&
		a.fig.Population == b.fig.Population &&
		orUnspecified(a.fig.TraffickingType) == orUnspecified(b.fig.TraffickingType) &&
		(a.fig.SubsetOf != 0) == (b.fig.SubsetOf != 0)
}
