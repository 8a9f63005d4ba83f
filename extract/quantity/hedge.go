package quantity

import "github.com/tipx/tipx/model"

// A hedge is a phrase next to a number that says how exact it is.
type hedge struct {
	phrase string
	q      model.Qualifier
	rule   string
}

// hedgesBefore are tried longest first, so "no more than" wins over
// "more than".
var hedgesBefore = []hedge{
	{"no fewer than", model.AtLeast, "hedge/at-least"},
	{"not fewer than", model.AtLeast, "hedge/at-least"},
	{"no less than", model.AtLeast, "hedge/at-least"},
	{"not less than", model.AtLeast, "hedge/at-least"},
	{"a minimum of", model.AtLeast, "hedge/at-least"},
	{"minimum of", model.AtLeast, "hedge/at-least"},
	{"a minimum", model.AtLeast, "hedge/at-least"},
	{"minimum", model.AtLeast, "hedge/at-least"},
	{"at least", model.AtLeast, "hedge/at-least"},
	{"no more than", model.AtMost, "hedge/at-most"},
	{"not more than", model.AtMost, "hedge/at-most"},
	{"not to exceed", model.AtMost, "hedge/at-most"},
	{"not exceeding", model.AtMost, "hedge/at-most"},
	{"a maximum of", model.AtMost, "hedge/at-most"},
	{"maximum of", model.AtMost, "hedge/at-most"},
	{"a maximum", model.AtMost, "hedge/at-most"},
	{"maximum", model.AtMost, "hedge/at-most"},
	{"as many as", model.AtMost, "hedge/at-most"},
	{"as much as", model.AtMost, "hedge/at-most"},
	{"at most", model.AtMost, "hedge/at-most"},
	{"up to", model.AtMost, "hedge/at-most"},
	{"in excess of", model.MoreThan, "hedge/more-than"},
	{"upwards of", model.MoreThan, "hedge/more-than"},
	{"greater than", model.MoreThan, "hedge/more-than"},
	{"more than", model.MoreThan, "hedge/more-than"},
	{"just over", model.MoreThan, "hedge/more-than"},
	{"well over", model.MoreThan, "hedge/more-than"},
	{"exceeding", model.MoreThan, "hedge/more-than"},
	{"over", model.MoreThan, "hedge/more-than"},
	{"above", model.MoreThan, "hedge/more-than"},
	{"fewer than", model.LessThan, "hedge/less-than"},
	{"less than", model.LessThan, "hedge/less-than"},
	{"just under", model.LessThan, "hedge/less-than"},
	{"well under", model.LessThan, "hedge/less-than"},
	{"under", model.LessThan, "hedge/less-than"},
	{"below", model.LessThan, "hedge/less-than"},
	{"approximately", model.Approx, "hedge/about"},
	{"approx.", model.Approx, "hedge/about"},
	{"approx", model.Approx, "hedge/about"},
	{"an estimated", model.Approx, "hedge/about"},
	{"estimated", model.Approx, "hedge/about"},
	{"an average of", model.Approx, "hedge/about"},
	{"on average", model.Approx, "hedge/about"},
	{"close to", model.Approx, "hedge/about"},
	{"nearly", model.Approx, "hedge/about"},
	{"almost", model.Approx, "hedge/about"},
	{"roughly", model.Approx, "hedge/about"},
	{"around", model.Approx, "hedge/about"},
	{"about", model.Approx, "hedge/about"},
	{"circa", model.Approx, "hedge/about"},
	{"some", model.Approx, "hedge/about"},
}

var hedgesAfter = []hedge{
	{"or more", model.AtLeast, "hedge/or-more"},
	{"or above", model.AtLeast, "hedge/or-more"},
	{"and above", model.AtLeast, "hedge/or-more"},
	{"or over", model.AtLeast, "hedge/or-more"},
	{"and over", model.AtLeast, "hedge/or-more"},
	{"and up", model.AtLeast, "hedge/or-more"},
	{"or fewer", model.AtMost, "hedge/or-less"},
	{"or less", model.AtMost, "hedge/or-less"},
	{"or so", model.Approx, "hedge/or-so"},
	{"-plus", model.AtLeast, "hedge/plus"},
	{"+", model.AtLeast, "hedge/plus"},
}

// hedgeBefore finds a hedge ending just before i.
func hedgeBefore(s string, i int) (hedge, int, bool) {
	for _, h := range hedgesBefore {
		if st, ok := matchBefore(s, i, h.phrase); ok {
			return h, st, true
		}
	}
	return hedge{}, 0, false
}

// hedgeAfter finds a hedge starting right after i (the "+" and "-plus"
// forms only with no space).
func hedgeAfter(s string, i int) (hedge, int, bool) {
	for _, h := range hedgesAfter {
		if !isLetter(h.phrase[0]) {
			if len(s)-i >= len(h.phrase) && eqFold(s[i:i+len(h.phrase)], h.phrase) &&
				(i+len(h.phrase) == len(s) || !isAlnum(s[i+len(h.phrase)])) {
				return h, i + len(h.phrase), true
			}
			continue
		}
		if e, ok := matchAfter(s, i, h.phrase); ok {
			return h, e, true
		}
	}
	return hedge{}, 0, false
}

// Range connectors between two numbers.
type connector int

const (
	noConn connector = iota
	connDash
	connTo
	connAnd
)

// connectorAt reads "-", "–", "to", "and", "through" at i (after spaces)
// and returns where the next thing starts.
func connectorAt(s string, i int) (connector, int) {
	k := skipSpace(s, i)
	if k >= len(s) {
		return noConn, i
	}
	// "three-to-six", and "four?to-ten" where a dash was lost in encoding
	if (s[k] == '-' || s[k] == '?') && k > 0 && isAlnum(s[k-1]) {
		if e, ok := matchAfter(s, k+1, "to"); ok && e == k+3 && e < len(s) && s[e] == '-' {
			return connTo, e + 1
		}
		if s[k] == '?' && k+1 < len(s) && isAlnum(s[k+1]) {
			return connDash, k + 1
		}
	}
	switch {
	case s[k] == '-':
		return connDash, skipSpace(s, k+1)
	case len(s)-k >= 3 && (s[k:k+3] == "–" || s[k:k+3] == "—"):
		return connDash, skipSpace(s, k+3)
	}
	if e, ok := matchAfter(s, k, "to"); ok {
		return connTo, skipSpace(s, e)
	}
	if e, ok := matchAfter(s, k, "up to"); ok {
		return connTo, skipSpace(s, e)
	}
	if e, ok := matchAfter(s, k, "through"); ok {
		return connTo, skipSpace(s, e)
	}
	if e, ok := matchAfter(s, k, "and"); ok {
		return connAnd, skipSpace(s, e)
	}
	return noConn, i
}

// changeWords before "from" make "from 2 to 10" a change, not a range.
var changeWords = []string{
	"increased", "increase", "increases", "increasing", "decreased", "decrease", "rose", "risen",
	"fell", "fallen", "grew", "grown", "dropped", "declined", "reduced", "raised", "jumped",
	"up", "down", "climbed", "went", "doubled", "tripled", "expanded", "cut",
}
