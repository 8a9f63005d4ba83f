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
