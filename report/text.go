package report

import (
	"fmt"
	"strings"

	"github.com/tipx/tipx/model"
)

// valueText is a figure's value as a Summary cell shows it: qualifier,
// number or range, unit, and the period when it is not the column's full
// year ("134 cases (YTD to 2009-08-28)", "≈50 of 100 persons", "33 AZN/month").
func valueText(e *entry) string {
	f := e.fig
	f.Value, f.ValueMax = e.value, e.valueMax
	if e.fixed {
		f.Qualifier = model.Exact
	}
	s := f.FormatValue()
	switch f.Unit {
	case model.MoneyU:
		if f.Currency == "" {
			s += " (currency unknown)"
		}
		if f.Per != "" {
			s += "/" + string(f.Per)
		}
		if f.USD != nil {
			s += " (" + model.FormatNumber(*f.USD) + " USD stated)"
		}
	case model.Percent:
	default:
		s += " " + string(f.Unit)
	}
	if e.fixed {
		s += " (corrected)"
	}
	switch e.kind {
	case partYear:
		s += " (" + partLabel(f.Period) + ")"
	case otherPeriod:
		s += " (" + otherLabel(f.Period) + ")"
	}
	return s
}

// partLabel names a part-year period: "YTD to 2009-08-28", "2008-07-01..2008-07-31".
func partLabel(p *model.Period) string {
	if yearToDate(p) {
		return "YTD to " + p.End.String()
	}
	return p.Start.String() + ".." + p.End.String()
}

// otherLabel names a period that is not within one year.
func otherLabel(p *model.Period) string {
	switch {
	case p == nil:
		return "no period stated"
	case !p.Bounded():
		return strings.TrimSpace(p.Text + " (bounds not stated)")
	}
	return p.Start.String() + ".." + p.End.String()
}

// periodText is the full period of a figure for notes and the Figures sheet.
func periodText(p *model.Period) string {
	if p == nil {
		return "none stated"
	}
	if !p.Bounded() {
		return fmt.Sprintf("%q (bounds not stated)", p.Text)
	}
	return fmt.Sprintf("%s..%s (%q)", p.Start, p.End, p.Text)
}

// source names the cable, paragraph and date of a figure: "09BAKU677 ¶6, 2009-08-28".
func source(e *entry) string {
	s := e.fig.Cable
	if e.fig.Paragraph != 0 {
		s += fmt.Sprintf(" ¶%d", e.fig.Paragraph)
	}
	if !e.created().IsZero() {
		s += ", " + e.created().Format("2006-01-02")
	}
	return s
}

// noteText is the note of a Summary cell: where the value comes from and
// why it was chosen.
func noteText(c *cell) string {
	e := c.chosen
	var b strings.Builder
	fmt.Fprintf(&b, "%s: “%s”\n", source(e), e.fig.Quote)
	who := string(e.fig.Source)
	if e.fig.Speaker != "" {
		who += " (" + e.fig.Speaker + ")"
	}
	fmt.Fprintf(&b, "Source: %s. Period: %s.\n", who, periodText(e.fig.Period))
	if e.kind == partYear {
		b.WriteString("Part of a year: not compared with full years.\n")
	}
	if e.fixed {
		fmt.Fprintf(&b, "Corrected by review (extracted: %s).\n", e.fig.FormatValue())
	}
	if e.review != nil && (e.review.Status != Unreviewed || e.review.Comment != "") {
		fmt.Fprintf(&b, "Review: %s", e.review.Status)
		if e.review.Comment != "" {
			fmt.Fprintf(&b, ": %s", e.review.Comment)
		}
		b.WriteString("\n")
	}
	fmt.Fprintf(&b, "Figures row %d, id %s. Chosen: %s.", e.row, e.id, c.rule)
	var others []string
	for _, o := range c.candidates[1:] {
		if differ(e, o) {
			others = append(others, fmt.Sprintf("%s in %s", valueText(o), source(o)))
		}
	}
	if len(others) > 0 {
		fmt.Fprintf(&b, "\nOther values: %s (see Conflicts).", strings.Join(others, "; "))
	}
	if c.rejected > 0 {
		fmt.Fprintf(&b, "\n%d figure(s) rejected by review.", c.rejected)
	}
	return b.String()
}

// yearLabel is a Summary column header.
func yearLabel(y int) string {
	if y == 0 {
		return "other periods"
	}
	return fmt.Sprint(y)
}
