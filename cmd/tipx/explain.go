package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/batch"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

const explainUsage = `Usage: tipx explain [--id ID --date DATE --country NAME] PATH...

Prints, paragraph by paragraph, each figure found, the rule that fired and
the words that decided its metric, unit and period.
`

func runExplain(args []string, s stdio) int {
	fs := newFlagSet("explain", explainUsage, s.err)
	var inputs inputFlags
	inputs.register(fs)
	paths, code, ok := parsePaths(fs, args)
	if !ok {
		return code
	}
	opts, err := inputs.options()
	if err != nil {
		fmt.Fprintf(s.err, "tipx explain: %v\n", err)
		return exitUsage
	}
	if len(paths) == 0 {
		fmt.Fprintln(s.err, "tipx explain: no PATH given")
		fs.Usage()
		return exitUsage
	}
	x, err := extract.New()
	if err != nil {
		fmt.Fprintf(s.err, "tipx explain: %v\n", err)
		return exitFailed
	}
	tooLarge := 0
	sum, err := cable.Walk(paths, s.in, opts, func(d cable.Doc) error {
		if d.Err != nil {
			fmt.Fprintf(s.err, "tipx explain: %v\n", d.Err)
			return nil
		}
		if err := batch.Check(d.Cable); err != nil { // as tipx extract refuses it
			fmt.Fprintf(s.err, "tipx explain: %s: %v\n", d.Name, err)
			tooLarge++
			return nil
		}
		printTrace(s.out, x.Explain(d.Cable))
		return nil
	})
	if err != nil {
		fmt.Fprintf(s.err, "tipx explain: %v\n", err)
		return exitFailed
	}
	if sum.Failed+tooLarge > 0 {
		return exitFailed
	}
	return exitOK
}

// printTrace renders a trace as an indented tree.
func printTrace(w io.Writer, t *extract.Trace) {
	fmt.Fprintf(w, "%s: ", t.Cable)
	if !t.Relevant {
		fmt.Fprintf(w, "skipped (%s)\n\n", t.Reason)
		return
	}
	n := len(t.Figures())
	fmt.Fprintf(w, "read (%s), %d figures\n", t.Reason, n)
	for _, p := range t.Paragraphs {
		if p.Number > 0 {
			fmt.Fprintf(w, "  paragraph %d\n", p.Number)
		} else {
			fmt.Fprintf(w, "  unnumbered text\n")
		}
		for _, f := range p.Figures {
			printFigure(w, f)
		}
	}
	fmt.Fprintln(w)
}

func printFigure(w io.Writer, f extract.FigureTrace) {
	g := f.Figure
	fmt.Fprintf(w, "    #%d %s %s %s  %q\n", g.ID, g.Metric, g.FormatValue(), g.Unit, g.Quote)
	fmt.Fprintf(w, "      number  %q  (%s)\n", f.Number, f.NumberRule)
	how := fmt.Sprintf("trigger %q, %d words away", f.Trigger, f.Distance)
	switch {
	case f.How != "":
		how = fmt.Sprintf("%s #%d, whose metric it takes", f.How, f.From)
	case f.Distance < 0:
		how = fmt.Sprintf("counted noun %q", f.Trigger)
	}
	fmt.Fprintf(w, "      metric  %s  by %s, %s\n", g.Metric, f.Rule, how)
	unit := "rule default"
	switch {
	case g.Unit == model.MoneyU:
		unit = "an amount of money"
	case g.Unit == model.Years || g.Unit == model.Months || g.Unit == model.Days:
		unit = "a length of time"
	case g.Unit == model.Percent:
		unit = "a share"
	case f.Noun != "":
		unit = fmt.Sprintf("noun %q", f.Noun)
	}
	if g.Per != "" {
		unit += ", per " + string(g.Per)
	}
	fmt.Fprintf(w, "      unit    %s  by %s\n", g.Unit, unit)
	if f.Period != "" {
		fmt.Fprintf(w, "      period  %s  by %q (%s)\n", periodString(g.Period), f.Period, f.PeriodRule)
	} else {
		fmt.Fprintf(w, "      period  none stated\n")
	}
	extra := []string{"source " + string(g.Source)}
	if g.Speaker != "" {
		extra = append(extra, "speaker "+g.Speaker)
	}
	if g.SubsetOf != 0 {
		extra = append(extra, fmt.Sprintf("part of #%d", g.SubsetOf))
	}
	if g.Population != "" {
		extra = append(extra, "population "+string(g.Population))
	}
	if g.TraffickingType != "" && g.TraffickingType != model.Unspecified {
		extra = append(extra, "type "+string(g.TraffickingType))
	}
	fmt.Fprintf(w, "      also    %s\n", strings.Join(extra, ", "))
	if len(f.Losers) > 0 {
		fmt.Fprintf(w, "      other rules that matched: %s\n", strings.Join(f.Losers, "; "))
	}
}

func periodString(p *model.Period) string {
	if p == nil {
		return "none"
	}
	return p.String()
}
