package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/period"
	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// found is a figure under construction, with what decided it.
type found struct {
	fig      model.Figure
	q        quantity.Quantity
	ev       Evidence
	para     int // index in c.Paragraphs
	sent     Sentence
	period   *period.Mention
	subset   bool // the sentence marks it as part of an earlier figure
	others   []Evidence
	noun     nounInfo
	from     *found // the figure whose metric it took, if any
	how      string // how it relates to that figure ("compared with" ...)
	parent   *found // the figure it is part of ("Of these, 58 ...")
	anchor   model.Date
	sentNums []quantity.Quantity // every number of the sentence (paragraph offsets)
}

func (e *Extractor) run(c *model.Cable, trace bool) ([]model.Figure, *Trace) {
	var tr *Trace
	ok, why := Relevant(c)
	if trace {
		tr = &Trace{Cable: c.ID, Relevant: ok, Reason: why}
	}
	if !ok && !e.unfiltered {
		return nil, tr
	}
	var all []*found
	sp := newSpeakers(e.ner)
	var carried *period.Mention
	whole := focused(c)
	for pi := range c.Paragraphs {
		p := &c.Paragraphs[pi]
		sp.paragraph(p.Text)
		if !candidate(p.Text) && !e.unfiltered {
			// no number to read, but a lead-in stops at the paragraph
			carried = carriedLead(period.Find(p.Text, c.Created))
			continue
		}
		if !whole && !aboutTIP(p.Text) {
			continue
		}
		mentions := period.Find(p.Text, c.Created)
		var inPara []*found
		for _, s := range Sentences(p.Text) {
			if question(s.Text) {
				continue
			}
			inPara = append(inPara, e.sentence(c, pi, s, mentions, inPara)...)
		}
		linkSubsets(inPara)
		for _, f := range inPara {
			e.finish(c, f, mentions, carried, sp)
		}
		carried = carriedLead(mentions)
		all = append(all, inPara...)
		if trace {
			tr.add(p.Number, inPara)
		}
	}
	figs := make([]model.Figure, len(all))
	index := make(map[*found]int, len(all))
	for i, f := range all {
		index[f] = i + 1
	}
	for i, f := range all {
		f.fig.ID = i + 1
		if f.parent != nil {
			f.fig.SubsetOf = index[f.parent]
		}
		figs[i] = f.fig
	}
	if trace {
		tr.number(index)
	}
	return figs, tr
}

// sentCtx is one sentence being read: its words, its numbers and the
// figures found so far in it and in the paragraph.
type sentCtx struct {
	c      *model.Cable
	pi     int
	s      Sentence
	ws     []word
	nums   []int               // first word of every number of the sentence
	qs     []quantity.Quantity // every number of the sentence, paragraph offsets
	before []*found            // figures of earlier sentences of the paragraph
	out    []*found            // figures of this sentence so far
	draft  bool                // the sentence is about a bill, not a law in force
	// otherCrime: the sentence is about a crime that is not trafficking
	// ("Rape is punishable by up to 16 years"): its cases and penalties
	// are not TIP figures.
	otherCrime bool
}

// sentence finds the figures of one sentence: each quantity takes the
// metric of the rule whose evidence stands nearest, or of the figure it
// is compared with, coordinated with, or listed under.
func (e *Extractor) sentence(c *model.Cable, pi int, s Sentence, mentions []period.Mention, before []*found) []*found {
	qs := quantity.FindIn(s.Text, quantity.Options{Currency: localCurrency(c.Country)})
	if len(qs) == 0 {
		return nil
	}
	x := &sentCtx{c: c, pi: pi, s: s, ws: splitWords(s.Text, s.Start), before: before,
		draft: aboutDraft(s.Text) || pi > 0 && draftList(c.Paragraphs[pi-1].Text) ||
			draftBefore(c.Paragraphs[pi].Text[:s.Start], s.Text), otherCrime: otherCrime(s.Text)}
	for _, q := range qs {
		q.Start, q.End, q.NumStart, q.NumEnd = q.Start+s.Start, q.End+s.Start, q.NumStart+s.Start, q.NumEnd+s.Start
		i, _ := wordRange(x.ws, q.Start, q.End)
		x.nums = append(x.nums, i)
		x.qs = append(x.qs, q)
	}
	for _, q := range x.qs {
		if overlapsMention(q, mentions) {
			continue
		}
		if x.equivalent(q) {
			x.statedUSD(q)
			continue
		}
		whole := q
		q = partitive(s.Text, s.Start, q)
		qi, qj := wordRange(x.ws, q.Start, q.End)
		if qi >= qj || x.notCounted(q, qi, qj) {
			continue
		}
		f := e.figure(x, q, qi, qj)
		if f == nil || x.outOfScope(f) || q.Value != whole.Value && f.fig.Metric != model.ShelterCapacity && f.ev.Distance >= 0 {
			// "one of 14 centers" says there are 14 centers, "one of three
			// trafficking trials" that there are three trials (the noun
			// decides the metric); "one of 14 programs" says nothing
			continue
		}
		x.out = append(x.out, f)
		if ev, ok := secondAct(f); ok {
			g := *f
			g.ev, g.fig.Metric, g.fig.Unit, g.fig.Rule = ev, ev.Rule.Metric, ev.Unit, ev.Rule.Name
			x.out = append(x.out, &g)
		}
	}
	return x.out
}

// notCounted reports whether the number at words [qi, qj) is no figure
// whatever its context: part of a compound or a year (notAFigure), a count
// of things never counted (uncounted), one individual (oneOf), an age.
func (x *sentCtx) notCounted(q quantity.Quantity, qi, qj int) bool {
	return notAFigure(x.s.Text, x.s.Start, q) || uncounted(x.ws, qj) || oneOf(x.ws, qj, q) || x.shareBase(q) || vagueShareOf(x.ws, qi) ||
		q.Kind == quantity.Duration && isAge(x.ws, qi, qj)
}

// equivalent reports whether an amount in parentheses restates the amount
// before it in another currency ("BD 2,000 (approximately USD 5,300)"):
// it is part of that figure, not one of its own.
func (x *sentCtx) equivalent(q quantity.Quantity) bool {
	if q.Kind != quantity.Amount {
		return false
	}
	var prev *quantity.Quantity
	for i := range x.qs {
		if x.qs[i].End <= q.Start {
			prev = &x.qs[i]
		}
	}
	if prev == nil || prev.Kind != quantity.Amount {
		return false
	}
	between := x.s.Text[prev.End-x.s.Start : q.Start-x.s.Start]
	return strings.HasSuffix(strings.TrimSpace(between), "(") && len(between) < 40
}

// statedUSD gives the figure before an equivalent in dollars its usd
// field (the lower end for a range: "LE 100-300 (USD 18-55)" → 18).
func (x *sentCtx) statedUSD(q quantity.Quantity) {
	if q.Money == nil || q.Money.Currency != "USD" || len(x.out) == 0 {
		return
	}
	f := x.out[len(x.out)-1]
	if f.q.Kind == quantity.Amount && f.fig.Currency != "USD" && f.fig.USD == nil {
		v := q.Value
		f.fig.USD = &v
	}
}

// outOfScope reports whether the sentence's subject matter rules out a
// figure the rules found: penalties of a draft bill, cases and penalties of
// another crime ("Rape is punishable by ..."), amounts a funding
// solicitation asks for.
func (x *sentCtx) outOfScope(f *found) bool {
	switch m := f.fig.Metric; {
	case m == model.StatutoryPenalty && x.draft:
		return true
	case m.Family() == model.Prosecution && (x.otherCrime || otherCrimeNearer(x.ws, f.q, x.s.Start)):
		return true
	case m == model.Funding && solicitation(x.c.Subject):
		return true
	}
	return false
}

// figure decides the metric of the quantity at words [qi, qj) and builds
// its record, or returns nil when it is not a figure.
func (e *Extractor) figure(x *sentCtx, q quantity.Quantity, qi, qj int) *found {
	noun := findNoun(x.ws, qj)
	if noun.Text == "" && qi > 0 && matchesExact(x.ws[qi-1].Lower, []string{"the", "these", "those"}) &&
		(qj == len(x.ws) || x.ws[qj].isPunct()) {
		return nil // "charges against the two": a pronoun for persons named before
	}
	f := &found{q: q, para: x.pi, sent: x.s, noun: noun, anchor: model.DateOf(x.c.Created), sentNums: x.qs}
	f.subset = subsetMarked(x.s.Text, q.Start-x.s.Start) || q.Denominator != nil
	ws, aside := apposed(unheaded(x.ws, qi), qi, qj)
	var best *Evidence
	hws, hi, hj, row := rowHead(x, q, qi, qj)
	if row {
		// a row of a list: its header names the act ("Number of sentences
		// imposed:" over "--Pandering 2"), its label a crime; it counts no noun
		g := *f
		g.noun = nounInfo{}
		if best = e.evaluate(&g, hws, hi, hj, []int{hi}, 0, false); best != nil {
			*f, noun = g, g.noun
		} else {
			row = false // a header that names no act: the row is read as a sentence
		}
	}
	if !row {
		best = e.evaluate(f, ws, qi, qj, x.nums, 0, aside)
	}
	if !row && best == nil && x.ws[qi].Aside != 0 && !relativeAside(x.ws, qi) {
		// the aside names no act: that of its clause holds, a word farther
		best = e.evaluate(f, merged(x.ws, qi), qi, qj, x.nums, 1, true)
	}
	best = specific(best, f.others, q.Start, x.s)
	if p := compared(x.s.Text, x.s.Start, x.out, q); p != nil {
		best = f.inherit(p, "compared with", false) // "63 prosecutions, up from 25 last year"
		if q.Kind == quantity.Count && p.q.Kind == quantity.Amount {
			f.q.Kind, f.q.Money = quantity.Amount, p.q.Money // "USD 8.0 million, up from 5.8 million"
		}
	} else if p := coordinated(x.s.Text, x.s.Start, x.out, q); p != nil && (best == nil || best.Distance > 3) {
		best = f.inherit(p, "coordinated with", false) // "21 Surinamese men and two women"
	}
	if p := listHead(x.s.Text, x.s.Start, x.out, q); !row && p != nil && itemOf(noun, p) && p.q.Value >= q.Value &&
		(best == nil || best.Distance >= 0) {
		// "74 prosecutions: 27 for ..., 12 for production and 15 for
		// possession and distribution": an item is of its head's kind
		// unless it names its own counted noun
		best = f.inherit(p, "listed under", true)
	} else if p := lastFigure(x.before, x.out); best == nil && f.subset && p != nil && p.q.Kind == q.Kind {
		best = f.inherit(p, "part of", false) // "Of these, 34 ..."
	}
	if best == nil {
		return nil
	}
	if f.parent == nil {
		if p := listHead(x.s.Text, x.s.Start, x.out, q); !row && p != nil && p.fig.Metric == best.Rule.Metric && p.q.Value >= q.Value {
			f.subset, f.parent = true, p
		}
	}
	if x.wrongPersons(best.Rule.Metric, noun) {
		return nil
	}
	f.ev = *best
	f.fig = e.record(x, f)
	if f.fig.Per == "" && averageOf(x.s.Text, x.s.Start, f.q) {
		return nil // "600 families with an average of 5 children each": a mean, not a count
	}
	return f
}

// evaluate runs every rule on the quantity of f at words [qi, qj) of ws,
// adds the evidence found to f.others (its distances plus penalty) and
// returns the nearest, nil if no rule applies. For a number read out of
// its aside, a trigger with another number between does not count: it is
// that number's ("12,897 workers returned ... a new employer (29,804)").
func (e *Extractor) evaluate(f *found, ws []word, qi, qj int, nums []int, penalty int, aside bool) *Evidence {
	var best *Evidence
	for i := range e.rules {
		ev, ok := e.rules[i].evaluate(ws, qi, qj, f.q, f.noun, nums)
		if !ok {
			continue
		}
		if at, _ := wordRange(ws, ev.TStart, ev.TEnd); aside && ev.Distance >= 0 && numbersBetween(ws, nums, at, qi, qj) > 0 {
			continue
		}
		ev.Distance += penalty
		f.others = append(f.others, ev)
		if best == nil || ev.Distance < best.Distance {
			b := ev
			best = &b
		}
	}
	return best
}

// record writes the figure's record: metric, unit and the number's value,
// qualifier, money and rate.
func (e *Extractor) record(x *sentCtx, f *found) model.Figure {
	q, best := f.q, f.ev
	qi, qj := wordRange(x.ws, q.Start, q.End)
	fig := model.Figure{
		Cable: x.c.ID, Country: x.c.Country, Metric: best.Rule.Metric, Unit: best.Unit,
		Value: q.Value, ValueMax: q.ValueMax, Qualifier: q.Qualifier, Denominator: q.Denominator,
		Rule: best.Rule.Name, Paragraph: x.c.Paragraphs[x.pi].Number,
	}
	if fig.Qualifier == "" {
		fig.Qualifier = model.Exact
	}
	fig.Value, fig.ValueMax, fig.Denominator = tidy(fig.Value), tidyp(fig.ValueMax), tidyp(fig.Denominator)
	fig.Qualifier = boundWord(x.ws, qi, fig.Qualifier)
	if q.Money != nil {
		fig.Currency, fig.USD, fig.Per = q.Money.Currency, tidyp(q.Money.USD), q.Money.Per
	}
	if fig.Per == "" {
		fig.Per = q.Per
	}
	if fig.Per == "" && q.Kind != quantity.Duration {
		fig.Per = rateNear(x.ws, qi, qj, q.Kind == quantity.Amount)
	}
	if n := len(x.out); fig.Per == "" && q.Kind == quantity.Amount && n > 0 &&
		x.out[n-1].q.Kind == quantity.Amount && x.out[n-1].fig.Metric == fig.Metric {
		fig.Per = x.out[n-1].fig.Per // "annually allocates IKR 30.9 million to X and IKR 25.3 million to Y"
	}
	return fig
}

// wordRange returns the words [i, j) that overlap [start, end).
func wordRange(ws []word, start, end int) (int, int) {
	i := 0
	for i < len(ws) && ws[i].End <= start {
		i++
	}
	j := i
	for j < len(ws) && ws[j].Start < end {
		j++
	}
	return i, j
}

// finish gives a figure its period, attributes, quote and offsets.
func (e *Extractor) finish(c *model.Cable, f *found, mentions []period.Mention, carried *period.Mention, sp *speakers) {
	p := &c.Paragraphs[f.para]
	f.period = choosePeriod(f, p.Text, mentions, carried)
	if f.period != nil {
		per := f.period.Period
		per.Text = collapse(per.Text)
		f.fig.Period = &per
	}
	attribute(c, f, sp)
	s, t := quoteSpan(p.Text, f)
	f.fig.Quote = collapse(p.Text[s:t])
	f.fig.Start, f.fig.End = p.SourceSpan(s, t)
}

// collapse turns every run of white space into one space.
func collapse(s string) string { return strings.Join(strings.Fields(s), " ") }
