package extract

import "strings"

// quoteSpan returns the paragraph range of a figure's quote: the shortest
// span that holds the number, the words that decided its metric and unit,
// and its period when that is stated in the same sentence; it never leaves
// the sentence.
func quoteSpan(text string, f *found) (int, int) {
	s, e := f.q.Start, f.q.End
	grow := func(a, b int) {
		if a < f.sent.Start || b > f.sent.End || a >= b {
			return
		}
		if a < s {
			s = a
		}
		if b > e {
			e = b
		}
	}
	grow(f.ev.TStart, f.ev.TEnd)
	if f.noun.Text != "" {
		grow(f.noun.Start, f.noun.End)
	}
	if f.period != nil && f.period.Start >= 0 && f.period.Start >= f.sent.Start && f.period.End <= f.sent.End &&
		gap(f.period.Start, f.period.End, s, e) < 60 && !crossesSemicolon(f.sent.Text, f.sent.Start, f.period, f) {
		grow(f.period.Start, f.period.End)
	}
	if f.subset {
		lo := s - 40
		if lo < f.sent.Start {
			lo = f.sent.Start
		}
		before := strings.ToLower(text[lo:s])
		for _, m := range subsetMarkers {
			if i := strings.LastIndex(before, m); i >= 0 && m != "of the " {
				grow(lo+i, e)
				break
			}
		}
	}
	if f.how != "" || f.subset {
		// a number that took another figure's metric, or a part of another
		// figure: the words that narrow it run to the end of its clause
		// ("eight in cases of soliciting sex with minors", "Of these, 58 were
		// charged with TIP")
		end := e
		for end < f.sent.End && end-e < 100 && !strings.ContainsRune(",;()", rune(text[end])) {
			end++
		}
		for end > e && (isSpace(text[end-1]) || text[end-1] == '.') {
			end--
		}
		if end < f.sent.End && strings.ContainsRune(",;().", rune(text[end])) || end == f.sent.End {
			e = end
		}
	}
	// end on a word boundary
	for e < f.sent.End && e < len(text) && isWordByte(text[e]) {
		e++
	}
	for s > f.sent.Start && isWordByte(text[s-1]) {
		s--
	}
	return s, e
}

func isWordByte(b byte) bool {
	return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' || b >= '0' && b <= '9' || b >= 0x80
}
