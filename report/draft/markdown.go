package draft

import (
	"bufio"
	"fmt"
	"io"
	"strings"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// Title is the draft's heading: "Azerbaijan: draft figures for 2009".
func (d *Draft) Title() string { return fmt.Sprintf("%s: draft figures for %d", d.Country, d.Year) }

// intro says where the draft comes from and how to use it.
func (d *Draft) intro() string {
	src := "no cables"
	switch len(d.Cables) {
	case 0:
	case 1:
		src = "the cable " + d.Cables[0]
	default:
		src = "the cables " + strings.Join(d.Cables, ", ")
	}
	return "Drafted by tipx from " + src + ", with the values the country workbook chooses. " +
		"Every number cites its cable and paragraph in brackets: check each against the cable before use."
}

// gapLine is the note for a metric without a figure.
func (d *Draft) gapLine(m model.Metric) string {
	return fmt.Sprintf("%s: no figure for %d in the cables read; ask the post.", label(m), d.Year)
}

func label(m model.Metric) string { return upperFirst(strings.ReplaceAll(string(m), "_", " ")) }

// Markdown writes the draft as a Markdown document: one sentence per line
// (a section's lines make one paragraph), the gaps as a list, then the
// comparison with last year's chapter when there is one.
func (d *Draft) Markdown(w io.Writer) error {
	b := bufio.NewWriter(w)
	fmt.Fprintf(b, "# %s\n\n%s\n", d.Title(), d.intro())
	for _, s := range d.Sections {
		fmt.Fprintf(b, "\n## %s\n", s.Title)
		if len(s.Sentences) > 0 {
			b.WriteString("\n")
		}
		for _, x := range s.Sentences {
			fmt.Fprintln(b, x.Text)
		}
		if len(s.Gaps) > 0 {
			b.WriteString("\nGaps to ask the post about:\n\n")
			for _, m := range s.Gaps {
				fmt.Fprintf(b, "- %s\n", d.gapLine(m))
			}
		}
	}
	if d.Compare != nil {
		d.Compare.markdown(b)
	}
	if err := b.Flush(); err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	return nil
}

// Sheet is the draft as the Draft sheet of the country workbook shows it:
// the same title, sentences and gaps as the Markdown.
func (d *Draft) Sheet() []report.Section {
	out := []report.Section{{Title: d.Title(), Lines: []string{d.intro()}}}
	for _, s := range d.Sections {
		sec := report.Section{Title: s.Title}
		for _, x := range s.Sentences {
			sec.Lines = append(sec.Lines, x.Text)
		}
		for _, m := range s.Gaps {
			sec.Lines = append(sec.Lines, "Gap: "+d.gapLine(m))
		}
		out = append(out, sec)
	}
	return out
}

// header is the Compare table's header.
func (c *Comparison) header() []string {
	return []string{"metric", "unit", "published in " + c.Narrative, "published period",
		fmt.Sprintf("cables, %d", c.Year), "cables period", "change"}
}

func (c *Comparison) cells(r Row) []string {
	metric := string(r.Metric)
	if r.Labor {
		metric += ", labor"
	}
	row := []string{metric, string(r.Unit), "", "", "", "", r.Change}
	if r.Published != nil {
		row[2] = valueCited(&r.Published.Chosen)
		row[3] = periodLabel(r.Published.Chosen.Period)
	}
	if r.Current != nil {
		row[4] = valueCited(&r.Current.Chosen)
		row[5] = periodLabel(r.Current.Chosen.Period)
	}
	return row
}

// valueCited is a value with its citation: "≈50 of 100 [09BAKU677 ¶5]".
func valueCited(f *model.Figure) string { return f.FormatValue() + " " + cite(*f) }

// periodLabel names a period in a table cell.
func periodLabel(p *model.Period) string {
	switch {
	case p == nil:
		return "not stated"
	case !p.Bounded():
		return p.Text + " (no dates)"
	case p.FullYear() != 0:
		return itoa(p.FullYear())
	case p.Start.Year == p.End.Year && p.Start.Month == p.End.Month:
		return p.End.Month.String() + " " + itoa(p.End.Year) + " (partial year)"
	case p.Start.Year == p.End.Year:
		return p.Start.Month.String() + "–" + p.End.Month.String() + " " + itoa(p.End.Year) + " (partial year)"
	}
	return startText(p.Start) + " to " + endText(p.End)
}

// foundLine reports how many narrative figures the cables state.
func (c *Comparison) foundLine() string {
	strict, loose := c.Found()
	return fmt.Sprintf("Found in the cables: %d of %d figures of %s with the same metric, unit and value; "+
		"%d with the same number and unit under any metric.", strict, len(c.Matches), c.Narrative, loose)
}

// figureLine lists one figure with its period, quote and citation.
func figureLine(f *model.Figure) string {
	return fmt.Sprintf("%s, %s %s, period %s: “%s” %s", f.Metric, f.FormatValue(), f.Unit, periodLabel(f.Period),
		f.Quote, cite(*f))
}

// matchCites cites the cable figures that state a narrative figure's value:
// same metric first, then "as <metric>" for the others.
func matchCites(m Match) string {
	var parts []string
	if len(m.Same) > 0 {
		parts = append(parts, cite(m.Same...))
	}
	for _, f := range m.Elsewhere {
		parts = append(parts, "as "+string(f.Metric)+" "+cite(f))
	}
	return strings.Join(parts, ", ")
}

func (c *Comparison) cablesOnlyTitle() string {
	ys := make([]string, len(c.Years))
	for i, y := range c.Years {
		ys[i] = itoa(y)
	}
	return "Cable figures for " + strings.Join(ys, ", ") + " that " + c.Narrative + " does not give"
}

func (c *Comparison) markdown(b *bufio.Writer) {
	fmt.Fprintf(b, "\n## Compare with %s\n\n", c.Narrative)
	h := c.header()
	fmt.Fprintf(b, "| %s |\n|%s\n", strings.Join(h, " | "), strings.Repeat("---|", len(h)))
	for _, r := range c.Rows {
		cells := c.cells(r)
		for i := range cells {
			cells[i] = strings.ReplaceAll(cells[i], "|", `\|`)
		}
		fmt.Fprintf(b, "| %s |\n", strings.Join(cells, " | "))
	}
	fmt.Fprintf(b, "\n%s\n", c.foundLine())
	fmt.Fprintf(b, "\n### Figures of %s found in the cables\n\n", c.Narrative)
	found := 0
	for _, m := range c.Matches {
		if len(m.Same) == 0 && len(m.Elsewhere) == 0 {
			continue
		}
		found++
		fmt.Fprintf(b, "- %s = %s\n", figureLine(&m.Narrative), matchCites(m))
	}
	if found == 0 {
		b.WriteString("None.\n")
	}
	fmt.Fprintf(b, "\n### Figures of %s that no cable gives\n\n", c.Narrative)
	only := c.NarrativeOnly()
	if len(only) == 0 {
		b.WriteString("None.\n")
	}
	for i := range only {
		fmt.Fprintf(b, "- %s\n", figureLine(&only[i]))
	}
	fmt.Fprintf(b, "\n### %s\n\n", c.cablesOnlyTitle())
	if len(c.CablesOnly) == 0 {
		b.WriteString("None.\n")
	}
	for i := range c.CablesOnly {
		fmt.Fprintf(b, "- %s\n", figureLine(&c.CablesOnly[i]))
	}
}

// Grid is the comparison as the Compare sheet shows it: the per-metric rows,
// then the narrative's figures no cable gives and the cables' figures the
// narrative does not give, each on a row of its own.
func (c *Comparison) Grid() *report.Grid {
	g := &report.Grid{Title: "Compare with " + c.Narrative, Note: c.foundLine(),
		Header: append(append([]string{"row"}, c.header()...), "quote")}
	for _, r := range c.Rows {
		g.Rows = append(g.Rows, append([]string{"metric"}, c.cells(r)...))
	}
	for _, f := range c.NarrativeOnly() {
		g.Rows = append(g.Rows, []string{"narrative only", string(f.Metric), string(f.Unit), valueCited(&f),
			periodLabel(f.Period), "", "", "", f.Quote})
	}
	for _, f := range c.CablesOnly {
		g.Rows = append(g.Rows, []string{"cables only", string(f.Metric), string(f.Unit), "", "", valueCited(&f),
			periodLabel(f.Period), "", f.Quote})
	}
	return g
}
