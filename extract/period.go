package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/period"
	"github.com/tipx/tipx/model"
)

// choosePeriod decides which time expression covers a figure
// (FIGURES.md section 3):
//  1. the nearest mention in the figure's own sentence;
//  2. else the period of the figure it is a part of ("Of these, 58 ...");
//  3. else the last lead-in of an earlier sentence of the paragraph that
//     governs what follows it ("In 2008:", "During the reporting period,").
//
// No time stated gives nil: a period is never invented from the cable date.
func choosePeriod(f *found, para string, ms []period.Mention, carried *period.Mention) *period.Mention {
	if f.fig.Metric == model.StatutoryPenalty {
		return nil // what a law provides has no time of its own
	}
	var best *period.Mention
	bestD, foreign := 0, false
	for i := range ms {
		m := &ms[i]
		if m.Start < f.sent.Start || m.End > f.sent.End {
			continue
		}
		d := gap(m.Start, m.End, f.q.Start, f.q.End)
		if crossesSemicolon(f.sent.Text, f.sent.Start, m, f) {
			d += 1000
		}
		if m.Rule == "period/bare-year" || m.Rule == "period/bare-month" {
			d += 200 // "the 2008 amendment": a year used as an adjective
		}
		if !m.Period.Bounded() {
			d += 40 // a stated span beats "the reporting period"
		}
		between := f.numbersBetween(m) // "two and 68 cases remained pending as of February 2009"
		nearer := f.nearerNumber(m, gap(m.Start, m.End, f.q.Start, f.q.End))
		if between {
			d += othersPenalty
		}
		if nearer {
			d += othersPenalty / 2 // "Seven attended the March 2009 course, and nine the September 2009 course"
		}
		if f.fig.Metric == model.ShelterCapacity && strings.Contains(f.between(m), ",") {
			continue // a capacity is a state: only a time in its own clause dates it
		}
		if crossesComparison(f.sent.Text, f.sent.Start, m, f) {
			continue // "63 prosecutions, up from 25 last year": last year is the 25's
		}
		if best == nil || d < bestD {
			best, bestD, foreign = m, d, between && nearer && !opensSentence(para, m) && f.otherClause(m)
		}
	}
	if best != nil && !foreign {
		return inForceSince(f.sent.Text, f.sent.Start, best, f.anchor)
	}
	// the sentence states no time of its own, or only another number's
	if f.parent != nil && f.parent.period != nil {
		return f.parent.period
	}
	for i := len(ms) - 1; i >= 0; i-- {
		m := &ms[i]
		if m.End <= f.sent.Start && (m.Lead || opensSentence(para, m)) {
			if future(f.sent.Text) && m.Period.Bounded() && !f.anchor.Before(m.Period.End) {
				return nil // "On May 4, the series began. Seven sessions will train 250": not then
			}
			return m
		}
	}
	if best != nil {
		return inForceSince(f.sent.Text, f.sent.Start, best, f.anchor)
	}
	if len(ms) == 0 {
		return carried
	}
	if len(ms) == 1 && ms[0].End <= f.sent.Start && ms[0].Rule == "period/span" && !future(f.sent.Text) {
		// "130 raids from November 12 to December 9. ... Twenty-eight
		// females were found": the one span of the paragraph governs it
		return &ms[0]
	}
	return nil
}

// othersPenalty is added to the distance of a mention that belongs to
// another number of the sentence.
const othersPenalty = 100

// opensSentence reports whether a mention opens its sentence ("In
// April-December 2008, the prosecutor opened ..."): a lead-in like "In 2008:".
func opensSentence(para string, m *period.Mention) bool {
	i := m.Start
	for i > 0 && isSpace(para[i-1]) {
		i--
	}
	for _, p := range []string{"In", "During", "From", "Between", "For", "Since", "Through"} {
		if strings.HasSuffix(para[:i], p) && (i == len(p) || !isLetter(para[i-len(p)-1])) {
			i -= len(p) // "In \tApril-December 2008": the mention starts after its preposition
			for i > 0 && isSpace(para[i-1]) {
				i--
			}
			break
		}
	}
	return i == 0 || para[i-1] == '.' || para[i-1] == ':' || para[i-1] == ';'
}

// carriedLead returns the lead-in that opens a paragraph ("From 2006 to
// 2008, ..."): it goes on governing the next paragraph when that one states
// no time of its own.
func carriedLead(ms []period.Mention) *period.Mention {
	if len(ms) > 0 && ms[0].Lead && ms[0].Start == 0 {
		m := ms[0]
		m.Start, m.End = -1, -1 // its offsets were in the other paragraph
		return &m
	}
	return nil
}

// settingVerbs before a year say that something set then is still in force:
// "the monthly allowance of 33 AZN chosen in 2005" covers 2005 to the
// cable's date.
var settingVerbs = []string{"chosen in", "set in", "fixed in", "established in", "introduced in", "adopted in",
	"in force since", "in place since"}

// inForceSince widens a calendar year introduced by a setting verb to the
// span from that year to the mention's anchor (the cable date).
func inForceSince(text string, base int, m *period.Mention, anchor model.Date) *period.Mention {
	if m.Rule != "period/calendar-year" && m.Rule != "period/bare-year" {
		return m
	}
	lo := m.Start - base - 16
	if lo < 0 {
		lo = 0
	}
	before := text[lo : m.End-base]
	for _, v := range settingVerbs {
		if i := strings.Index(before, v); i >= 0 {
			w := *m
			w.Period.Text = strings.TrimSpace(before[i:])
			w.Period.End = anchor
			w.Rule = "period/in-force-since"
			return &w
		}
	}
	return m
}

// gap is the distance in bytes between two ranges (0 when they overlap).
func gap(s1, e1, s2, e2 int) int {
	switch {
	case e1 <= s2:
		return s2 - e1
	case e2 <= s1:
		return s1 - e2
	}
	return 0
}

// numbersBetween reports whether another number of the sentence stands
// between the mention and the figure's number.
func (f *found) numbersBetween(m *period.Mention) bool {
	a, b := m.End, f.q.Start
	if f.q.End <= m.Start {
		a, b = f.q.End, m.Start
	}
	for _, o := range f.sentNums {
		if o.Start >= a && o.End <= b {
			return true
		}
	}
	return false
}

// nearerNumber reports whether another number of the sentence stands
// nearer to the mention than the figure's own number (d bytes away).
func (f *found) nearerNumber(m *period.Mention, d int) bool {
	for _, o := range f.sentNums {
		if o.Start == f.q.Start {
			continue
		}
		if gap(m.Start, m.End, o.Start, o.End) < d {
			return true
		}
	}
	return false
}

// otherClause reports whether the number between the figure and the
// mention opens another clause ("two and 68 cases remained pending as of
// February 2009"), rather than qualifying the figure ("225 workers in five
// regions between April 2008 and February 2009").
func (f *found) otherClause(m *period.Mention) bool {
	mid := strings.ToLower(f.between(m))
	for _, o := range f.sentNums {
		if o.Start == f.q.Start || gap(o.Start, o.End, m.Start, m.End) > len(mid) {
			continue
		}
		var lead string
		if o.Start >= f.q.End {
			lead = f.sent.Text[f.q.End-f.sent.Start : o.Start-f.sent.Start]
		} else if o.End <= f.q.Start {
			lead = f.sent.Text[o.End-f.sent.Start : f.q.Start-f.sent.Start]
		}
		if strings.Contains(lead, " and ") || strings.Contains(lead, ",") {
			return true
		}
	}
	return false
}

// between returns the text between a mention and the figure's number.
func (f *found) between(m *period.Mention) string {
	a, b := m.End, f.q.Start
	if f.q.End <= m.Start {
		a, b = f.q.End, m.Start
	}
	if a >= b || a < f.sent.Start || b > f.sent.End {
		return ""
	}
	return f.sent.Text[a-f.sent.Start : b-f.sent.Start]
}

// crossesComparison reports whether a comparison ("up from", "compared to")
// separates the mention from the number.
func crossesComparison(text string, base int, m *period.Mention, f *found) bool {
	a, b := m.End, f.q.Start
	if f.q.End <= m.Start {
		a, b = f.q.End, m.Start
	}
	if a >= b || a-base < 0 || b-base > len(text) {
		return false
	}
	mid := strings.ToLower(text[a-base : b-base])
	for _, c := range comparisons {
		if strings.Contains(mid, c) {
			return true
		}
	}
	return false
}

// crossesSemicolon reports whether a semicolon separates the mention from
// the number: they are then in different clauses.
func crossesSemicolon(text string, base int, m *period.Mention, f *found) bool {
	a, b := m.End, f.q.Start
	if f.q.End <= m.Start {
		a, b = f.q.End, m.Start
	}
	for i := a - base; i < b-base && i < len(text); i++ {
		if i >= 0 && text[i] == ';' {
			return true
		}
	}
	return false
}

// future reports whether a sentence speaks of what will happen.
func future(s string) bool {
	for _, w := range strings.Fields(strings.ToLower(s)) {
		if w == "will" || w == "shall" {
			return true
		}
	}
	return false
}
