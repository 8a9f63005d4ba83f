package period

import (
	"strings"
	"time"

	"github.com/tipx/tipx/model"
)

// Mention is a time expression found in a text, resolved against the
// cable's creation date. Offsets are byte offsets into the text given to Find.
type Mention struct {
	Start, End int
	Period     model.Period // Text holds the words that gave it
	Rule       string       // e.g. "period/since-month-day", "period/calendar-year"
	// Lead is true for a lead-in that can govern what follows it
	// ("In 2008:", "During the reporting period,") beyond its own clause.
	Lead bool
}

// rule is one shape of period (one file): it tries to match at token i
// and returns the mention, named by its own rule name, and the token index
// after it.
type rule func(m *matcher, i int) (Mention, int, bool)

// rules are tried in order at each token; the first that matches wins and
// the scan goes on after it. Longer shapes come first: a span before the
// calendar point it starts with.
var rules = []rule{
	(*matcher).reporting,  // reporting.go
	(*matcher).since,      // since.go
	(*matcher).partOfYear, // relative.go
	(*matcher).relative,   // relative.go
	(*matcher).span,       // span.go
	(*matcher).calendar,   // calendar_rules.go
}

// Find returns every period expression in text, in order, resolved against
// anchor (the cable's creation date-time).
func Find(text string, anchor time.Time) []Mention {
	m := &matcher{s: text, t: lex(text), anchor: model.DateOf(anchor), pi: -1}
	var out []Mention
	for i := 0; i < len(m.t); {
		if !m.promising(i) {
			i++
			continue
		}
		found := false
		for _, r := range rules {
			if x, next, ok := r(m, i); ok {
				// a period that would end before it starts ("since 2010"
				// in a 2009 cable) cannot be read: the words are consumed
				if !(x.Period.Bounded() && x.Period.End.Before(x.Period.Start)) {
					out = m.appendMention(out, x)
				}
				i, found = next, true
				break
			}
		}
		if !found {
			i++
		}
	}
	return out
}

// appendMention adds x to out; a reporting period right after stated
// bounds takes them: "the 2008-2009 reporting period", "the April
// 2008-March 2009 reporting period".
func (m *matcher) appendMention(out []Mention, x Mention) []Mention {
	if n := len(out); n > 0 && x.Rule == "period/reporting" && !x.Period.Bounded() {
		p := out[n-1]
		if p.Period.Bounded() && strings.TrimSpace(m.s[p.End:x.Start]) == "" {
			p.End = x.End
			p.Period.Text = m.s[p.Start:p.End]
			p.Rule = "period/reporting-stated"
			p.Lead = x.Lead
			out[n-1] = p
			return out
		}
	}
	return append(out, x)
}

// mention builds the Mention for tokens [from, to).
func (m *matcher) mention(from, to int, start, end model.Date, rule string) Mention {
	bs, be := m.t[from].start, m.t[to-1].end
	return Mention{
		Start: bs, End: be, Rule: rule, Lead: m.lead(from, to),
		Period: model.Period{Start: start, End: end, Text: m.s[bs:be]},
	}
}

// lead reports whether tokens [from, to) open a sentence or a line and are
// followed by "," or ":" ("In 2008:", "During 2009,", "Since January,").
func (m *matcher) lead(from, to int) bool {
	if !(m.punct(to, ',') || m.punct(to, ':')) {
		return false
	}
	if from == 0 {
		return true
	}
	p := m.t[from-1]
	if p.k == punct && (p.n == '.' || p.n == ':' || p.n == ';' || p.n == '!' || p.n == '?' || p.n == '(' || p.n == ')' || p.n == '-' || p.n == '*') {
		return true
	}
	for k := p.end; k < m.t[from].start; k++ {
		if m.s[k] == '\n' {
			return true
		}
	}
	return false
}

// preps are the words that may open a period mention and are part of its
// text ("In 2008", "during the reporting period").
var preps = [][]string{
	{"in", "all", "of"}, {"as", "of"}, {"in"}, {"during"}, {"for"}, {"throughout"}, {"over"},
	{"on"}, {"within"}, {"from"},
}

// prep skips a preposition at i and returns the index after it.
func (m *matcher) prep(i int) int {
	if i == m.pi {
		return m.pj
	}
	j := i
	for _, p := range preps {
		if k, ok := m.seq(i, p...); ok {
			j = k
			break
		}
	}
	m.pi, m.pj = i, j
	return j
}

// triggers are the words a period mention can start with (besides month
// names and numbers); other tokens are skipped without trying the rules.
var triggers = map[string]bool{
	"in": true, "as": true, "during": true, "for": true, "throughout": true, "over": true, "on": true,
	"within": true, "from": true, "between": true, "since": true, "the": true, "this": true, "so": true,
	"thus": true, "to": true, "year": true, "last": true, "next": true, "earlier": true, "today": true,
	"yesterday": true, "early": true, "mid": true, "late": true, "past": true, "at": true, "by": true,
	"fy": true, "cy": true, "fiscal": true, "calendar": true, "reporting": true, "rating": true,
	"period": true, "date": true, "far": true, "month": true, "week": true,
	"beginning": true, "start": true, "end": true, "close": true, "current": true,
}

// trigger reports whether a mention may start at token i.
func (m *matcher) trigger(i int) bool {
	t := m.t[i]
	switch t.k {
	case numTok:
		return true
	case punct:
		return false
	}
	w := m.s[t.start:t.end]
	if _, _, ok := m.month(i); ok {
		return true
	}
	return lookupLower(triggers, w)
}

// theNext are the words after "the" that may make a period.
var theNext = map[string]bool{
	"reporting": true, "rating": true, "period": true, "current": true, "past": true, "last": true,
	"previous": true, "prior": true, "preceding": true, "first": true, "second": true, "third": true,
	"fourth": true, "year": true, "beginning": true, "start": true, "end": true, "close": true,
	"new": true, "early": true, "mid": true, "late": true,
}

// promising is a cheap test that a mention may start at token i: a
// trigger word followed by something a period can be made of.
func (m *matcher) promising(i int) bool {
	if !m.trigger(i) {
		return false
	}
	if m.t[i].k == numTok || i+1 >= len(m.t) {
		return true
	}
	next := i + 1
	if j := m.prep(i); j > i {
		if j >= len(m.t) {
			return false
		}
		next = j
	}
	if m.t[next].k == numTok {
		return true
	}
	if _, _, ok := m.month(next); ok {
		return true
	}
	if m.is(i, "the") {
		return lookupLower(theNext, m.word(next))
	}
	return m.trigger(next) || !m.is(i, "in", "on", "for", "as", "at", "by", "to", "over", "within", "from", "throughout", "during", "between", "this", "so")
}

func lookupLower(set map[string]bool, w string) bool {
	if w == "" || len(w) > 10 {
		return false
	}
	var b [10]byte
	for k := 0; k < len(w); k++ {
		b[k] = lower(w[k])
	}
	return set[string(b[:len(w)])]
}
