package period

import (
	"time"

	"github.com/tipx/tipx/model"
)

func ymd(y int, m time.Month, d int) model.Date { return model.NewDate(y, m, d) }

// add moves d by n years, months or days.
func add(d model.Date, years, months, days int) model.Date {
	return model.DateOf(d.Time().AddDate(years, months, days))
}

var smallNumbers = map[string]int{
	"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
	"nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "eighteen": 18, "fifteen": 15,
	"twenty": 20, "thirty": 30, "a": 1,
}

// count reads a small count at token i: "two", "18", "Two".
func (m *matcher) count(i int) (int, bool) {
	if i >= len(m.t) {
		return 0, false
	}
	if m.t[i].k == numTok && m.t[i].end-m.t[i].start <= 3 && m.standalone(i) {
		return m.t[i].n, m.t[i].n > 0
	}
	w := m.word(i)
	if w == "" || len(w) > 8 {
		return 0, false
	}
	var b [8]byte
	for k := 0; k < len(w); k++ {
		b[k] = lower(w[k])
	}
	n, ok := smallNumbers[string(b[:len(w)])]
	return n, ok
}

// unit reads "years", "months", "weeks", "days" (or the singular) at i.
func (m *matcher) unit(i int) (years, months, days int, ok bool) {
	switch {
	case m.is(i, "year", "years"):
		return 1, 0, 0, true
	case m.is(i, "month", "months"):
		return 0, 1, 0, true
	case m.is(i, "week", "weeks"):
		return 0, 0, 7, true
	case m.is(i, "day", "days"):
		return 0, 0, 1, true
	}
	return 0, 0, 0, false
}

// relative matches periods told relative to the anchor: "so far this
// year", "this year", "to date in 2009", "last year", "the past year",
// "over the past two years", "in the last two weeks", "last month",
// "early 2010", "mid-2009".
func (m *matcher) relative(i int) (Mention, int, bool) {
	a := m.anchor
	j := m.prep(i)
	if !lookupLower(relativeHeads, m.word(j)) {
		return Mention{}, i, false
	}
	jan1 := ymd(a.Year, 1, 1)
	for _, p := range thisYearPhrases {
		if k, ok := m.seq(j, p.ws...); ok {
			return m.mention(i, k, jan1, a, p.rule), k, true
		}
	}
	for _, p := range toDateIn {
		if k, ok := m.seq(j, p...); ok {
			if y, ok := m.year(k); ok {
				if y == a.Year {
					return m.mention(i, k+1, jan1, a, "period/year-to-date"), k + 1, true
				}
				return m.mention(i, k+1, ymd(y, 1, 1), ymd(y, 12, 31), "period/calendar-year"), k + 1, true
			}
		}
	}
	if k, ok := m.seq(j, "last", "year"); ok && !m.is(j-1, "the") {
		return m.mention(i, k, ymd(a.Year-1, 1, 1), ymd(a.Year-1, 12, 31), "period/last-year"), k, true
	}
	for _, w := range []string{"previous", "prior", "preceding"} {
		if k, ok := m.seq(j, "the", w, "year"); ok {
			return m.mention(i, k, ymd(a.Year-1, 1, 1), ymd(a.Year-1, 12, 31), "period/last-year"), k, true
		}
	}
	if k, ok := m.seq(j, "last", "month"); ok && !m.is(j-1, "the") {
		first := ymd(a.Year, a.Month-1, 1)
		return m.mention(i, k, first, add(first, 0, 1, -1), "period/last-month"), k, true
	}
	if k, ok := m.seq(j, "this", "month"); ok {
		return m.mention(i, k, ymd(a.Year, a.Month, 1), a, "period/this-month"), k, true
	}
	if k, ok := m.seq(j, "earlier", "this", "month"); ok {
		return m.mention(i, k, ymd(a.Year, a.Month, 1), a, "period/this-month"), k, true
	}
	if k, ok := m.seq(j, "last", "week"); ok && !m.is(j-1, "the") {
		return m.mention(i, k, add(a, 0, 0, -7), a, "period/last-week"), k, true
	}
	if k, ok := m.seq(j, "next", "year"); ok {
		return m.mention(i, k, ymd(a.Year+1, 1, 1), ymd(a.Year+1, 12, 31), "period/next-year"), k, true
	}
	if k, ok := m.seq(j, "today"); ok {
		return m.mention(i, k, a, a, "period/today"), k, true
	}
	if k, ok := m.seq(j, "yesterday"); ok {
		y := add(a, 0, 0, -1)
		return m.mention(i, k, y, y, "period/yesterday"), k, true
	}
	if x, k, ok := m.pastN(i, j); ok {
		return x, k, true
	}
	return m.season(i, j)
}

// pastN matches "(the) past/last N years", "the past year", "the last
// twelve months": the anchor minus the length, to the anchor.
func (m *matcher) pastN(i, j int) (Mention, int, bool) {
	k := j
	if m.is(k, "the") {
		k++
	}
	if !m.is(k, "past", "last", "previous", "preceding") {
		return Mention{}, i, false
	}
	k++
	n := 1
	if c, ok := m.count(k); ok && !m.is(k, "a") {
		n = c
		k++
	} else if !m.is(k-2, "the") && !m.is(k-1, "past") {
		return Mention{}, i, false
	}
	y, mo, d, ok := m.unit(k)
	if !ok {
		return Mention{}, i, false
	}
	a := m.anchor
	return m.mention(i, k+1, add(a, -y*n, -mo*n, -d*n), a, "period/past-n"), k + 1, true
}

// season matches "early 2010", "mid-2009", "late 2008": the first four
// months, May to August, or September to December, cut at the anchor.
func (m *matcher) season(i, j int) (Mention, int, bool) {
	var first, last time.Month
	switch {
	case m.is(j, "early"):
		first, last = 1, 4
	case m.is(j, "mid"):
		first, last = 5, 8
	case m.is(j, "late"):
		first, last = 9, 12
	default:
		return Mention{}, i, false
	}
	k := j + 1
	if m.punct(k, '-') {
		k++
	}
	y, ok := m.year(k)
	if !ok {
		return Mention{}, i, false
	}
	start, end := ymd(y, first, 1), ymd(y, last+1, 0)
	if !m.anchor.Before(start) && m.anchor.Before(end) {
		end = m.anchor
	}
	return m.mention(i, k+1, start, end, "period/season"), k + 1, true
}

// partOfYear matches "the first 9 months of 2005", "the first half of
// 2009", "the third quarter of 2008", "the last three months of 2008".
func (m *matcher) partOfYear(i int) (Mention, int, bool) {
	j := m.prep(i)
	k, ok := m.seq(j, "the")
	if !ok {
		return Mention{}, i, false
	}
	var first, last time.Month
	switch {
	case m.is(k, "first", "last") && m.is(k+2, "months", "month"):
		n, ok := m.count(k + 1)
		if !ok || n > 12 {
			return Mention{}, i, false
		}
		first, last = 1, time.Month(n)
		if m.is(k, "last") {
			first, last = time.Month(13-n), 12
		}
		k += 3
	case m.is(k+1, "half") && m.is(k, "first", "second"):
		first, last = 1, 6
		if m.is(k, "second") {
			first, last = 7, 12
		}
		k += 2
	case m.is(k+1, "quarter") && m.is(k, "first", "second", "third", "fourth", "last"):
		q := map[string]time.Month{"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4}[lowerASCII(m.word(k))]
		first, last = 3*q-2, 3*q
		k += 2
	default:
		return Mention{}, i, false
	}
	if !m.is(k, "of") {
		return Mention{}, i, false
	}
	k++
	y, ok := m.year(k)
	switch {
	case ok:
		k++
	case m.is(k, "this", "the") && m.is(k+1, "year"):
		y = m.anchor.Year
		k += 2
	default:
		return Mention{}, i, false
	}
	return m.mention(i, k, ymd(y, first, 1), ymd(y, last+1, 0), "period/part-of-year"), k, true
}

func lowerASCII(w string) string {
	b := []byte(w)
	for i := range b {
		b[i] = lower(b[i])
	}
	return string(b)
}

// thisYearPhrases run from January 1 of the anchor's year to the anchor.
var thisYearPhrases = []struct {
	ws   []string
	rule string
}{
	{[]string{"so", "far", "this", "year"}, "period/so-far-this-year"},
	{[]string{"thus", "far", "this", "year"}, "period/so-far-this-year"},
	{[]string{"to", "date", "this", "year"}, "period/so-far-this-year"},
	{[]string{"earlier", "this", "year"}, "period/this-year"},
	{[]string{"this", "calendar", "year"}, "period/this-year"},
	{[]string{"this", "year", "to", "date"}, "period/so-far-this-year"},
	{[]string{"this", "year"}, "period/this-year"},
	{[]string{"year", "-", "to", "-", "date"}, "period/so-far-this-year"},
	{[]string{"year", "to", "date"}, "period/so-far-this-year"},
}

// toDateIn come before a year: "to date in 2009".
var toDateIn = [][]string{{"so", "far", "in"}, {"to", "date", "in"}, {"thus", "far", "in"}}

// relativeHeads are the words a relative period starts with.
var relativeHeads = map[string]bool{
	"so": true, "thus": true, "to": true, "earlier": true, "this": true, "year": true, "last": true,
	"the": true, "next": true, "today": true, "yesterday": true, "early": true, "mid": true, "late": true,
	"past": true, "previous": true, "prior": true, "preceding": true,
}
