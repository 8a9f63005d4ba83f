package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/quantity"
)

// Table and list rows (FIGURES.md section 4: "a table or list row is a
// figure like a sentence"). A list under a header that ends in a colon
// gives each of its rows the act that the header names:
//
//	Number of sentences imposed during 2007:
//	--Trafficking in persons 2
//	--Pandering 2
//
// Each row's number stands at the end of its row, after a label that
// names a crime or a group, not an act; the header says what is counted.
// The cable's lines come joined, so a row is known by its marker.

// rowMarkers open a row of a list.
var rowMarkers = []string{"--", "•"}

// maxRows is how many rows a list may run above a row.
const maxRows = 12

// rowHead returns the words of the header of the list whose row ends with
// the number q of sentence ctx x, followed by the number's own words, and
// the span of the number in them. ok is false when q does not end a row
// of a list under a header.
func rowHead(x *sentCtx, q quantity.Quantity, qi, qj int) (ws []word, hi, hj int, ok bool) {
	text, base := x.s.Text, x.s.Start
	if q.Start-base < 0 || q.End-base > len(text) {
		return nil, 0, 0, false
	}
	rest := strings.TrimSpace(text[q.End-base:])
	if rest != "" && !rowStart(rest) && strings.Trim(rest, ".;") != "" {
		return nil, 0, 0, false // the number does not end its row
	}
	colon := strings.LastIndexByte(text[:q.Start-base], ':')
	if colon < 0 {
		return nil, 0, 0, false
	}
	rows := text[colon+1 : q.Start-base]
	if !rowStart(strings.TrimSpace(rows)) || markers(rows) > maxRows {
		return nil, 0, 0, false
	}
	last := colon + 1 + max(strings.LastIndex(rows, "--"), strings.LastIndex(rows, "•"))
	for _, o := range x.qs {
		if o.Start > base+last && o.End <= q.Start {
			return nil, 0, 0, false // the row holds another number: it is prose
		}
	}
	hs := strings.LastIndexAny(text[:colon], ":;") + 1 // the header is the clause before the colon
	for _, w := range x.ws {
		if w.Start >= base+hs && w.End <= base+colon {
			ws = append(ws, w)
		}
	}
	if len(ws) == 0 {
		return nil, 0, 0, false
	}
	hi = len(ws)
	for _, w := range x.ws[qi:qj] {
		w.Aside = 0 // the markers of the rows are no dashes of an aside
		ws = append(ws, w)
	}
	return ws, hi, hi + qj - qi, true
}

// rowStart reports whether s opens with a row marker.
func rowStart(s string) bool {
	for _, m := range rowMarkers {
		if strings.HasPrefix(s, m) {
			return true
		}
	}
	return false
}

// markers counts the row markers in s.
func markers(s string) int {
	n := 0
	for _, m := range rowMarkers {
		n += strings.Count(s, m)
	}
	return n
}

// headingWords is how many words after a heading's colon make what
// follows a sentence of its own, not a row under it.
const headingWords = 3

// unheaded blanks the words of a heading in capitals that opens the
// sentence ("G. TOTAL NUMBER OF VICTIMS/ GOCR-FUNDED ASSISTANCE: As noted
// above, IOM reported four known victims"): a questionnaire's topic is no
// trigger for a sentence that names its own act. A number right after the
// colon is a row of the heading ("PROSECUTIONS: 12") and keeps it.
func unheaded(ws []word, qi int) []word {
	colon := -1
	for k := 0; k < qi; k++ {
		if ws[k].Lower == ":" {
			colon = k
			break
		}
	}
	if colon < 0 || qi-colon <= headingWords {
		return ws
	}
	caps := 0
	for _, w := range ws[:colon] {
		if w.isPunct() || len(w.Text) == 1 || w.Text[0] >= '0' && w.Text[0] <= '9' {
			continue
		}
		if strings.ToUpper(w.Text) != w.Text {
			return ws
		}
		caps++
	}
	if caps < 2 {
		return ws
	}
	out := append([]word(nil), ws...)
	for k := 0; k <= colon; k++ {
		out[k].Lower = ""
	}
	return out
}
