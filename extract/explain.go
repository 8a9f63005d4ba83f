package extract

import (
	"github.com/tipx/tipx/model"
)

// Trace is the debug view of one cable: whether it was read as a TIP cable
// and, paragraph by paragraph, each figure with the words that decided it.
type Trace struct {
	Cable      string
	Relevant   bool
	Reason     string // why the cable was read or skipped
	Paragraphs []ParagraphTrace
}

// ParagraphTrace holds the figures found in one paragraph.
type ParagraphTrace struct {
	Number  int // the cable's paragraph number, 0 when unnumbered
	Figures []FigureTrace
}

// FigureTrace says why a figure has its metric, unit and period.
type FigureTrace struct {
	Figure     model.Figure
	Number     string // the words of the quantity ("about 50 out of 100")
	NumberRule string // the quantity rule that read them
	Rule       string // the metric rule that fired
	Trigger    string // the words that decided the metric
	Distance   int    // how many words away they stood (-1: the counted noun)
	Noun       string // the counted noun that decided the unit, if any
	Period     string // the words that gave the period, "" when none
	PeriodRule string // the period rule, or how the period was inherited
	How        string // how it took the metric of another figure ("compared with" ...), "" if by its own rule
	From       int    // the id of that figure
	Losers     []string
	sub        *found
}

func (t *Trace) add(number int, fs []*found) {
	if len(fs) == 0 {
		return
	}
	pt := ParagraphTrace{Number: number}
	for _, f := range fs {
		ft := FigureTrace{
			Number: f.sent.Text[f.q.Start-f.sent.Start : f.q.End-f.sent.Start], NumberRule: f.q.Rule,
			Rule: f.ev.Rule.Name, Trigger: f.ev.Trigger, Distance: f.ev.Distance, Noun: f.noun.Text,
			How: f.how, sub: f,
		}
		if f.period != nil {
			ft.Period, ft.PeriodRule = f.period.Period.Text, f.period.Rule
			switch {
			case f.period.Start < 0:
				ft.PeriodRule += " (from the paragraph before)"
			case f.period.End <= f.sent.Start || f.period.Start >= f.sent.End:
				ft.PeriodRule += " (from an earlier sentence)"
			}
		}
		for _, o := range f.others {
			if o.Rule != f.ev.Rule {
				ft.Losers = append(ft.Losers, o.Rule.Name+" ("+o.Trigger+")")
			}
		}
		pt.Figures = append(pt.Figures, ft)
	}
	t.Paragraphs = append(t.Paragraphs, pt)
}

// number copies the final figures (ids, subset links) into the trace.
func (t *Trace) number(index map[*found]int) {
	for i := range t.Paragraphs {
		for j := range t.Paragraphs[i].Figures {
			ft := &t.Paragraphs[i].Figures[j]
			ft.Figure = ft.sub.fig
			ft.Figure.ID = index[ft.sub]
			if ft.sub.from != nil {
				ft.From = index[ft.sub.from]
			}
			if ft.sub.parent != nil {
				ft.Figure.SubsetOf = index[ft.sub.parent]
			}
			ft.sub = nil
		}
	}
}

// Figures returns every figure of the trace, in order.
func (t *Trace) Figures() []model.Figure {
	var out []model.Figure
	for _, p := range t.Paragraphs {
		for _, f := range p.Figures {
			out = append(out, f.Figure)
		}
	}
	return out
}
