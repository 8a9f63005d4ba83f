package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// inherit gives f the metric of figure p, which it is related to as how
// says; part makes f a part of p.
func (f *found) inherit(p *found, how string, part bool) *Evidence {
	ev := p.ev
	ev.Distance, ev.Trigger, ev.TStart, ev.TEnd = 0, "", f.q.Start, f.q.End
	if (f.noun.Unit != "" && ev.Rule.Unit == "") || ev.Unit == model.Cases {
		ev.Unit = ev.Rule.unitFor(f.q, f.noun) // its own noun decides its unit: "21 men and two women"
	}
	f.from, f.how = p, how
	if part {
		f.subset, f.parent = true, p
	}
	return &ev
}

// lastFigure returns the last figure found so far in the paragraph: that
// of the current sentence, else of an earlier one.
func lastFigure(before, cur []*found) *found {
	if len(cur) > 0 {
		return cur[len(cur)-1]
	}
	if len(before) > 0 {
		return before[len(before)-1]
	}
	return nil
}

// listHead returns the figure a list after a colon breaks down ("42
// convictions: eight in cases of ..., and 26 in cases of ...").
func listHead(text string, base int, cur []*found, q quantity.Quantity) *found {
	if len(cur) == 0 {
		return nil
	}
	p := cur[len(cur)-1]
	if p.parent != nil && p.parent.sent == p.sent && p.parent.q.Kind == q.Kind {
		return p.parent // the list goes on
	}
	if between := text[p.q.End-base : q.Start-base]; p.q.Kind == q.Kind &&
		(strings.Contains(between, ":") || strings.Contains(between, "--") || strings.Contains(between, "(")) {
		return p
	}
	return nil
}

// itemOf reports whether a number with this counted noun can be an item of
// the list under figure p: it counts nothing of its own ("eight in cases
// of ...") or the same unit ("34 cases under the old system").
func itemOf(n nounInfo, p *found) bool {
	if n.Text == "" {
		return !n.Unknown
	}
	return n.Unit == p.fig.Unit
}

// comparisons introduce an earlier value of the figure just stated.
var comparisons = []string{"up from", "down from", "compared to", "compared with", "versus", "double the",
	"triple the", "increase from", "decrease from", "rise from", "increased from", "decreased from", "as against"}

// compared returns the figure of the sentence that a number is compared
// with: "63 prosecutions, up from 25 last year" gives 25 the metric of 63.
func compared(text string, base int, cur []*found, q quantity.Quantity) *found {
	if len(cur) == 0 {
		return nil
	}
	p := cur[len(cur)-1]
	if p.q.Kind != q.Kind && !(p.q.Kind == quantity.Amount && q.Kind == quantity.Count) {
		return nil
	}
	lo := q.Start - base - 20
	if lo < p.q.End-base {
		lo = p.q.End - base
	}
	before := strings.ToLower(text[lo : q.Start-base])
	for _, c := range comparisons {
		if strings.Contains(before, c) {
			return p
		}
	}
	return nil
}

// coordinated returns the figure of the sentence that a number is joined
// to by "and" or "or" over a short noun phrase: "seven underage girls and
// eight undocumented women were found" gives eight the metric of seven.
func coordinated(text string, base int, cur []*found, q quantity.Quantity) *found {
	if len(cur) == 0 {
		return nil
	}
	p := cur[len(cur)-1]
	if p.q.Kind != q.Kind || p.noun.Text == "" || q.Start-base < p.q.End-base {
		return nil
	}
	between := text[p.q.End-base : q.Start-base]
	ws := strings.Fields(between)
	if n := len(ws); n >= 4 && n <= 15 && strings.Join(ws[n-3:], " ") == "as well as" &&
		!strings.ContainsAny(strings.TrimSuffix(strings.Join(ws[:n-3], " "), ","), ",;:()") {
		return p // "to train 25 officers on trafficking, as well as two police officials"
	}
	if len(ws) < 2 || len(ws) > 5 || strings.ContainsAny(between, ",;:()") {
		return nil
	}
	if last := ws[len(ws)-1]; last != "and" && last != "or" {
		return nil
	}
	return p
}

// secondAct finds the second act a number is the subject of ("22
// registrars were arrested and are under investigation", "the two women
// were returned ... and given protection"): two metrics of one family whose
// triggers both follow the number, joined by "and" with no other number
// between.
func secondAct(f *found) (Evidence, bool) {
	best := f.ev
	fam := best.Rule.Metric.Family()
	if fam != model.Prosecution && fam != model.Protection || best.Distance < 0 || f.from != nil {
		return Evidence{}, false
	}
	if best.TEnd <= f.q.Start {
		return coordinatedAct(f)
	}
	if best.TStart < f.q.End {
		return Evidence{}, false
	}
	for _, o := range f.others {
		if o.Rule.Metric == best.Rule.Metric || o.Rule.Metric.Family() != fam || o.Distance < 0 ||
			o.Distance > 14 || o.TStart < f.q.End || o.Rule.Metric == model.SentenceLength {
			continue
		}
		a, b := best.TEnd, o.TStart
		if o.TStart < best.TStart {
			a, b = o.TEnd, best.TStart
		}
		if a >= b || a < f.sent.Start || b > f.sent.End {
			continue
		}
		mid := f.sent.Text[a-f.sent.Start : b-f.sent.Start]
		if strings.Contains(mid, " and ") && !strings.Contains(mid, ";") && !f.numberIn(a, b) {
			return o, true
		}
	}
	return Evidence{}, false
}

// numberIn reports whether another number of the sentence stands in the
// paragraph range [a, b).
func (f *found) numberIn(a, b int) bool {
	for _, o := range f.sentNums {
		if o.Start >= a && o.End <= b && o.Start != f.q.Start {
			return true
		}
	}
	return false
}

// coordinatedAct finds a second act whose trigger is coordinated with the
// winning one before the number: "rescued and repatriated 12 women",
// "provided compensation and repatriation assistance to 40 victims".
func coordinatedAct(f *found) (Evidence, bool) {
	best := f.ev
	for _, o := range f.others {
		if o.Rule.Metric == best.Rule.Metric || o.Rule.Metric.Family() != best.Rule.Metric.Family() ||
			o.Distance < 0 || o.TEnd > f.q.Start || o.Rule.Metric == model.SentenceLength {
			continue
		}
		if coordinatedWords(f.sent, o, best) && !f.numberIn(min(o.TEnd, best.TEnd), f.q.Start) && !f.countedByOther(o) {
			return o, true
		}
	}
	return Evidence{}, false
}

// coordinatedWords reports whether the triggers of a and b are joined by a
// bare "and" or "or" in sentence s.
func coordinatedWords(s Sentence, a, b Evidence) bool {
	if b.TStart < a.TStart {
		a, b = b, a
	}
	if a.TEnd >= b.TStart || a.TStart < s.Start || b.TEnd > s.End {
		return false
	}
	mid := strings.Fields(s.Text[a.TEnd-s.Start : b.TStart-s.Start])
	if len(mid) == 0 || mid[0] != "and" && mid[0] != "or" && mid[0] != "and/or" {
		return false
	}
	for _, w := range mid[1:] {
		if !adjective(w) {
			return false // "shelter and integrated services"
		}
	}
	return true
}

// generic reports whether evidence names help in general ("assistance",
// "services", "support"), which a more specific act standing with it
// names better.
func generic(ev Evidence) bool { return ev.Rule.Metric == model.VictimsAssisted }

// specific returns the evidence of a more specific act that modifies a
// generic one before the number: "repatriation assistance", "legal
// shelter services".
func specific(best *Evidence, others []Evidence, qStart int, s Sentence) *Evidence {
	if best == nil || !generic(*best) || best.Distance < 0 || best.TEnd > qStart {
		return best
	}
	var out *Evidence
	for i := range others {
		o := &others[i]
		if generic(*o) || o.Rule.Metric.Family() != model.Protection || o.Distance < 0 || o.TEnd > best.TStart ||
			o.TStart < s.Start {
			continue
		}
		if !compoundWords(s, o.TEnd, best.TStart) {
			continue
		}
		if out == nil || o.TEnd > out.TEnd {
			out = o
		}
	}
	if out == nil {
		return best
	}
	ev := *out
	return &ev
}

// compoundWords reports whether only adjectives stand between offsets a
// and b of sentence s: the words before are a modifier of the noun after.
func compoundWords(s Sentence, a, b int) bool {
	if a > b {
		return false
	}
	for _, w := range strings.Fields(s.Text[a-s.Start : b-s.Start]) {
		if !adjective(w) {
			return false
		}
	}
	return true
}

// countedByOther reports whether the trigger of ev is the noun another
// number of the sentence counts ("opened 18 trafficking investigations and
// obtained convictions in two cases": "investigations" are the 18's).
func (f *found) countedByOther(ev Evidence) bool {
	for _, o := range f.sentNums {
		if o.Start == f.q.Start || o.End > ev.TStart || o.End < f.sent.Start || ev.TStart > f.sent.End {
			continue
		}
		if len(strings.Fields(f.sent.Text[o.End-f.sent.Start:ev.TStart-f.sent.Start])) <= 2 {
			return true
		}
	}
	return false
}
