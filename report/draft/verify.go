package draft

import (
	"fmt"
	"math"
	"regexp"
	"strconv"
	"strings"

	"github.com/tipx/tipx/model"
)

var (
	citeRe   = regexp.MustCompile(`\[([^\]]+)\]`)
	numberRe = regexp.MustCompile(`[0-9][0-9,]*(?:\.[0-9]+)?`)
)

// Verify checks that a draft's text has no number without a source: every
// number before its Compare section, outside citations and identifiers
// (09BAKU677), must be the value, upper bound, denominator or stated USD
// amount of a figure cited on the same line, or a year of such a figure's
// period, or the draft's year. Citations must name a cable and paragraph
// that figs has. It returns one problem per line and number, or nil.
//
// Run it on a draft an analyst has edited to find numbers that lost their
// source.
func Verify(text string, figs []model.Figure, year int) []string {
	var probs []string
	byPlace := map[string][]model.Figure{}
	for i := range figs {
		c := Citation(&figs[i])
		byPlace[c] = append(byPlace[c], figs[i])
	}
	body, _, _ := strings.Cut(text, "\n## Compare")
	checked := 0
	for n, line := range strings.Split(body, "\n") {
		var cited []model.Figure
		for _, m := range citeRe.FindAllStringSubmatch(line, -1) {
			for _, place := range strings.Split(m[1], "; ") {
				fs, ok := byPlace[place]
				if !ok {
					probs = append(probs, fmt.Sprintf("line %d cites %q, which no figure has: %s", n+1, place, line))
				}
				cited = append(cited, fs...)
			}
		}
		plain := citeRe.ReplaceAllString(line, "")
		for _, loc := range numberRe.FindAllStringIndex(plain, -1) {
			if attached(plain, loc[0], loc[1]) {
				continue // part of an identifier such as 09BAKU677
			}
			tok := strings.TrimRight(plain[loc[0]:loc[1]], ",.")
			v, err := strconv.ParseFloat(strings.ReplaceAll(tok, ",", ""), 64)
			if err != nil {
				probs = append(probs, fmt.Sprintf("line %d: number %q: %v", n+1, tok, err))
				continue
			}
			checked++
			if v != float64(year) && !sourced(v, cited) {
				probs = append(probs, fmt.Sprintf("line %d: %s has no cited figure: %s", n+1, tok, line))
			}
		}
	}
	if checked == 0 && strings.Contains(body, "[") {
		probs = append(probs, "no number checked in a draft with citations")
	}
	return probs
}

// attached reports whether text[i:j] touches a letter: part of a word or an
// identifier, not a number of the prose.
func attached(s string, i, j int) bool {
	letter := func(b byte) bool { return b >= 'A' && b <= 'Z' || b >= 'a' && b <= 'z' }
	return (i > 0 && letter(s[i-1])) || (j < len(s) && letter(s[j]))
}

// sourced reports whether v is a number of one of the cited figures.
func sourced(v float64, cited []model.Figure) bool {
	for _, f := range cited {
		for _, x := range []*float64{&f.Value, f.ValueMax, f.Denominator, f.USD} {
			if x != nil && same(*x, v) {
				return true
			}
		}
		if p := f.Period; p != nil && p.Bounded() && v == math.Trunc(v) &&
			int(v) >= p.Start.Year && int(v) <= p.End.Year {
			return true
		}
	}
	return false
}

// same compares a figure's number with the number the text shows, which
// rounds away float noise ("33200000.000000004" is shown as 33,200,000).
func same(x, v float64) bool { return math.Abs(x-v) <= 1e-9*math.Max(1, math.Abs(x)) }
