package extract

import "strings"

// This file measures how near a word stands to a number: inside the same
// clause and aside, with other numbers and names in between.

// clause returns the word range [lo, hi) around [qi, qj) that a trigger may
// come from: at most window words away, and not across a semicolon.
func clause(ws []word, qi, qj, window int) (int, int) {
	aside := ws[qi].Aside
	lo, n := qi, 0
	for lo > 0 && n < window+1 && ws[lo-1].Lower != ";" {
		if ws[lo-1].Aside == aside {
			n++
		}
		if lo >= 2 && ws[lo-1].Lower == "that" && matchesExact(ws[lo-2].Lower, reportingVerbs) {
			lo -= 2 // "Post contacts report that four women ...": the verb, not what precedes it
			break
		}
		lo--
	}
	hi, n := qj, 0
	for hi < len(ws) && n < window+1 && ws[hi].Lower != ";" {
		if ws[hi].Aside == aside {
			n++
		}
		hi++
	}
	return lo, hi
}

// subordinators open a subordinate clause.
var subordinators = []string{"when", "even", "although", "though", "while", "if", "because", "since", "whereas",
	"unless", "after", "before", "as"}

// commaClause narrows [lo, hi) so that it does not reach into a
// subordinate clause set off by a comma before or after the number's own:
// a veto or a hope there speaks of that clause only ("even when she could
// not pay salaries, she moved ahead with a new $100,000 building project";
// "two others are under investigation, though the lack of an agreement
// might limit ...").
func commaClause(ws []word, lo, hi, qi, qj int) (int, int) {
	for c := qj; c+1 < hi; c++ {
		if ws[c].Lower == "," && matchesExact(ws[c+1].Lower, subordinators) {
			hi = c
			break
		}
	}
	for c := qi - 1; c >= lo; c-- {
		if ws[c].Lower != "," {
			continue
		}
		s := c - 1
		for s > 0 && ws[s-1].Lower != "," && ws[s-1].Lower != ";" {
			s--
		}
		if s >= 0 && s < c && matchesExact(ws[s].Lower, subordinators) {
			return c + 1, hi
		}
	}
	return lo, hi
}

// findNearest finds the occurrence of p in ws[lo:hi] nearest to the number
// at [qi, qj), outside it. It returns the distance in words (punctuation
// not counted) and the index of the first word.
func findNearest(ws []word, lo, hi, qi, qj int, p []string) (dist, at int, ok bool) {
	best := -1
	for i := lo; i+len(p) <= hi; i++ {
		if i+len(p) > qi && i < qj {
			continue
		}
		if ws[i].Aside != ws[qi].Aside || !matchAt(ws, i, p) || inName(ws, i) {
			continue // an aside speaks only of what stands in it; a name is no trigger
		}
		var d int
		if i < qi {
			d = countWords(ws[i+len(p):qi], ws[qi].Aside)
		} else {
			d = countWords(ws[qj:i], ws[qi].Aside)
		}
		if best < 0 || d < dist {
			best, dist = i, d
		}
	}
	return dist, best, best >= 0
}

// inName reports whether word i is part of a capitalised name ("the
// Judicial Investigative Police", "State Security Investigations Service"):
// the name of a body says nothing about a number.
func inName(ws []word, i int) bool {
	if i == 0 || !isCapitalised(ws[i].Text) || isAcronym(ws[i].Text) {
		return false
	}
	return isCapitalised(ws[i-1].Text) && !ws[i-1].isPunct() ||
		i+1 < len(ws) && isCapitalised(ws[i+1].Text) && !ws[i+1].isPunct()
}

// isAcronym reports whether w is written in capitals ("TIP", "IOM").
func isAcronym(w string) bool { return len(w) >= 2 && strings.ToUpper(w) == w }

// numbersBetween counts the other numbers (word indices in nums) that
// stand between a trigger at word at and the number at [qi, qj).
func numbersBetween(ws []word, nums []int, at, qi, qj int) int {
	n := 0
	for _, k := range nums {
		if k < len(ws) && ws[k].Aside != ws[qi].Aside {
			continue // a number in an aside does not stand between
		}
		if at < qi && k > at && k < qi || at >= qj && k >= qj && k < at {
			n++
		}
	}
	return n
}

// countWords counts the words of ws in aside (punctuation and other asides
// not counted).
func countWords(ws []word, aside int) int {
	n := 0
	for _, w := range ws {
		if !w.isPunct() && w.Aside == aside {
			n++
		}
	}
	return n
}

// apposed returns ws with the aside of the number at [qi, qj) merged into
// the clause around it when that aside holds nothing but the number: in
// "provide financial ($100,000) and technical support" the amount is read
// with "financial ... support", not as an aside of its own.
func apposed(ws []word, qi, qj int) ([]word, bool) {
	a := ws[qi].Aside
	if a == 0 {
		return ws, false
	}
	for k, w := range ws {
		if w.Aside == a && (k < qi || k >= qj) && !w.isPunct() {
			return ws, false // the aside says more than the number
		}
	}
	return merged(ws, qi), true
}

// relativeAside reports whether the aside of word qi is a relative clause
// ("(which has offices in all 12 of Chile's regions)"): it describes a
// noun, and its numbers are not those of the clause around it.
func relativeAside(ws []word, qi int) bool {
	a := ws[qi].Aside
	for _, w := range ws {
		if w.Aside == a && !w.isPunct() {
			return matchesExact(w.Lower, []string{"which", "who", "whom", "whose", "that", "where", "when"})
		}
	}
	return false
}

// merged returns ws with the aside of word qi merged into the clause
// around it: "training of eight hours or less (provided to 325 officials)"
// speaks of the training the aside follows when the aside names no act of
// its own.
func merged(ws []word, qi int) []word {
	a := ws[qi].Aside
	if a == 0 {
		return ws
	}
	first := -1
	for k, w := range ws {
		if w.Aside == a {
			first = k
			break
		}
	}
	outer := 0
	if first > 0 {
		outer = ws[first-1].Aside
	}
	out := make([]word, len(ws))
	copy(out, ws)
	for k := range out {
		if out[k].Aside == a {
			out[k].Aside = outer
		}
	}
	return out
}
