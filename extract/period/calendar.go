package period

import (
	"time"

	"github.com/tipx/tipx/model"
)

// A point is a calendar expression of one granularity: "2008", "July
// 2008", "July", "August 25", "August 25, 2009". A zero year means the text
// gave none; it is inferred backwards from the anchor.
type point struct {
	y    int
	m    time.Month
	d    int
	g    gran
	from int // first token
	to   int // index after the last token
}

type gran uint8

const (
	gYear gran = iota
	gMonth
	gDay
)

// point reads a calendar point at token i.
func (m *matcher) point(i int) (point, bool) {
	if mo, j, ok := m.month(i); ok {
		if d, k, ok := m.day(j); ok && !m.yearShaped(j) && !m.dtgYear(i, j) {
			p := point{m: mo, d: d, g: gDay, from: i, to: k}
			if y, ok := m.year(k); ok {
				p.y, p.to = y, k+1
			} else if m.punct(k, ',') {
				if y, ok := m.year(k + 1); ok {
					p.y, p.to = y, k+2
				}
			}
			return p, true
		}
		if y, ok := m.year(j); ok {
			return point{y: y, m: mo, g: gMonth, from: i, to: j + 1}, true
		}
		if m.punct(j, ',') {
			if y, ok := m.year(j + 1); ok {
				return point{y: y, m: mo, g: gMonth, from: i, to: j + 2}, true
			}
		}
		return point{m: mo, g: gMonth, from: i, to: j}, true
	}
	if d, j, ok := m.day(i); ok {
		k := j
		if m.is(k, "of") {
			k++
		}
		if mo, l, ok := m.month(k); ok {
			p := point{m: mo, d: d, g: gDay, from: i, to: l}
			if y, ok := m.year(l); ok {
				p.y, p.to = y, l+1
			}
			return p, true
		}
	}
	if p, ok := m.isoDate(i); ok {
		return p, true
	}
	if y, ok := m.year(i); ok {
		return point{y: y, g: gYear, from: i, to: i + 1}, true
	}
	return point{}, false
}

// yearShaped reports whether token i has four digits (then it is a year,
// not a day).
func (m *matcher) yearShaped(i int) bool {
	return i < len(m.t) && m.t[i].end-m.t[i].start == 4
}

// resolve fills a missing year: the most recent such month or day not
// after the anchor.
func (p point) resolve(anchor model.Date) point {
	if p.g == gYear || p.y != 0 {
		return p
	}
	p.y = anchor.Year
	if p.m > anchor.Month || p.g == gDay && p.m == anchor.Month && p.d > anchor.Day {
		p.y--
	}
	return p
}

// ahead moves a point without a year that resolve put in the past to its
// next occurrence on or after the anchor.
func (p point) ahead(anchor model.Date) point {
	if p.y < anchor.Year && (p.m > anchor.Month || p.g == gDay && p.m == anchor.Month && p.d > anchor.Day) {
		p.y++
	}
	return p
}

// first and last are the first and last day the point covers.
func (p point) first() model.Date {
	switch p.g {
	case gYear:
		return model.Date{Year: p.y, Month: 1, Day: 1}
	case gMonth:
		return model.Date{Year: p.y, Month: p.m, Day: 1}
	}
	return model.NewDate(p.y, p.m, p.d)
}

func (p point) last() model.Date {
	switch p.g {
	case gYear:
		return model.Date{Year: p.y, Month: 12, Day: 31}
	case gMonth:
		return model.NewDate(p.y, p.m+1, 0)
	}
	return model.NewDate(p.y, p.m, p.d)
}

// after reports whether p (month and day) falls after q in a year.
func (p point) after(q point) bool {
	if p.m != q.m {
		return p.m > q.m
	}
	return p.d > q.d
}

// dtgYear reports whether token j is the two-digit year of a date-time
// group after an upper-case month abbreviation: "280814Z AUG 09".
func (m *matcher) dtgYear(i, j int) bool {
	w := m.word(i)
	return len(w) == 3 && w[1] >= 'A' && w[1] <= 'Z' && m.t[j].end-m.t[j].start == 2 && m.s[m.t[j].start] == '0'
}

// isoDate reads "2004-06-10" at token i.
func (m *matcher) isoDate(i int) (point, bool) {
	if i+4 >= len(m.t) || m.t[i].k != numTok || m.t[i].end-m.t[i].start != 4 {
		return point{}, false
	}
	for k := i; k < i+4; k++ {
		if !m.glued(k) {
			return point{}, false
		}
	}
	if !m.punct(i+1, '-') || !m.punct(i+3, '-') || m.t[i+2].k != numTok || m.t[i+4].k != numTok {
		return point{}, false
	}
	y, mo, d := m.t[i].n, m.t[i+2].n, m.t[i+4].n
	if y < 1900 || y > 2099 || mo < 1 || mo > 12 || d < 1 || d > 31 {
		return point{}, false
	}
	return point{y: y, m: time.Month(mo), d: d, g: gDay, from: i, to: i + 5}, true
}
