package period

import (
	"time"

	"github.com/tipx/tipx/model"
)

// matcher holds one Find call: the text, its tokens and the anchor.
type matcher struct {
	s      string
	t      []tok
	anchor model.Date
	pi, pj int // memo of prep: prep(pi) == pj
}

// word returns the text of token i if it is a word, else "".
func (m *matcher) word(i int) string {
	if i < 0 || i >= len(m.t) || m.t[i].k != word {
		return ""
	}
	return m.s[m.t[i].start:m.t[i].end]
}

// is reports whether token i is one of the lower-case words ws.
func (m *matcher) is(i int, ws ...string) bool {
	w := m.word(i)
	if w == "" {
		return false
	}
	for _, x := range ws {
		if eqFold(w, x) {
			return true
		}
	}
	return false
}

// punct reports whether token i is the punctuation byte c.
func (m *matcher) punct(i int, c byte) bool {
	return i >= 0 && i < len(m.t) && m.t[i].k == punct && m.t[i].n == int(c)
}

// seq matches the lower-case words ws (a one-byte non-letter string
// matches that punctuation) from token i and returns the index after them.
func (m *matcher) seq(i int, ws ...string) (int, bool) {
	for _, w := range ws {
		if len(w) == 1 && !isLetter(w[0]) {
			if !m.punct(i, w[0]) {
				return i, false
			}
		} else if !m.is(i, w) {
			return i, false
		}
		i++
	}
	return i, true
}

// glued reports whether tokens i and i+1 touch (no space between).
func (m *matcher) glued(i int) bool {
	return i+1 < len(m.t) && m.t[i].end == m.t[i+1].start
}

// standalone reports whether number token i is not part of a code, a
// date written with slashes or dots, or a time: "0814Z", "08/28/2019",
// "12:30", "1.4".
func (m *matcher) standalone(i int) bool {
	if m.t[i].k != numTok {
		return false
	}
	if i > 0 && m.t[i-1].end == m.t[i].start {
		p := m.t[i-1]
		if p.k == word || p.k == numTok || p.n == '/' || p.n == ':' || p.n == '.' || p.n == '$' {
			if !(p.k == word && (eqFold(m.s[p.start:p.end], "fy") || eqFold(m.s[p.start:p.end], "cy"))) {
				return false
			}
		}
	}
	if m.glued(i) {
		n := m.t[i+1]
		if n.k == word || n.k == numTok {
			return false
		}
		if (n.n == '/' || n.n == ':' || n.n == '.' || n.n == ',') && i+2 < len(m.t) && m.t[i+2].k == numTok && m.t[i+2].start == n.end {
			return false
		}
	}
	return true
}

// year returns the year at token i: four digits 1900-2099 standing alone.
func (m *matcher) year(i int) (int, bool) {
	if i < 0 || i >= len(m.t) || m.t[i].end-m.t[i].start != 4 || !m.standalone(i) {
		return 0, false
	}
	y := m.t[i].n
	return y, y >= 1900 && y <= 2099
}

// day returns the day of month at token i ("25", "10th") and the index
// after it.
func (m *matcher) day(i int) (int, int, bool) {
	if i < 0 || i >= len(m.t) || m.t[i].k != numTok || m.t[i].end-m.t[i].start > 2 {
		return 0, i, false
	}
	d := m.t[i].n
	if d < 1 || d > 31 {
		return 0, i, false
	}
	if m.glued(i) && m.is(i+1, "st", "nd", "rd", "th") {
		if i+2 < len(m.t) && m.t[i+2].start == m.t[i+1].end && m.t[i+2].k != punct {
			return 0, i, false
		}
		return d, i + 2, true
	}
	if !m.standalone(i) {
		return 0, i, false
	}
	return d, i + 1, true
}

var monthNames = map[string]time.Month{
	"january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
	"august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
	"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
	"oct": 10, "nov": 11, "dec": 12,
}

// month returns the month named at token i and the index after it (a
// following "." of an abbreviation included). Month names must start with
// a capital letter: "may" and "march" are verbs.
func (m *matcher) month(i int) (time.Month, int, bool) {
	w := m.word(i)
	if w == "" || len(w) < 3 || len(w) > 9 || w[0] < 'A' || w[0] > 'Z' {
		return 0, i, false
	}
	var b [9]byte
	for k := 0; k < len(w); k++ {
		b[k] = lower(w[k])
	}
	mo, ok := monthNames[string(b[:len(w)])]
	if !ok {
		return 0, i, false
	}
	if len(w) <= 4 && !eqFold(w, "may") && !eqFold(w, "june") && !eqFold(w, "july") && m.glued(i) && m.punct(i+1, '.') {
		return mo, i + 2, true
	}
	return mo, i + 1, true
}
