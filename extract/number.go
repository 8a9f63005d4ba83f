package extract

import (
	"strconv"
	"strings"

	"github.com/tipx/tipx/extract/period"
	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// This file decides which numbers are figures at all and reads what the
// words around a number add to it: a rate, a bound, an estimate.

// averageOf reports whether a number is an average ("an average of five").
func averageOf(text string, base int, q quantity.Quantity) bool {
	lo := q.Start - base - 12
	if lo < 0 {
		lo = 0
	}
	return strings.Contains(strings.ToLower(text[lo:q.NumStart-base]), "averag")
}

// oneOf reports "one of the women": an individual, not a count. "At least
// one of the 2005 convictions" is a count.
func oneOf(ws []word, qj int, q quantity.Quantity) bool {
	return q.Value == 1 && (q.Qualifier == model.Exact || q.Qualifier == "") &&
		qj < len(ws) && ws[qj].Lower == "of" && ws[qj-1].Lower == "one"
}

// partitive reads "one of 14 walk-in centers" as what it states: there are
// 14 centers.
func partitive(text string, base int, q quantity.Quantity) quantity.Quantity {
	if q.Value != 1 || q.Denominator == nil || q.Qualifier != model.Exact && q.Qualifier != "" {
		return q
	}
	if w := strings.ToLower(text[q.Start-base : q.End-base]); !strings.HasPrefix(w, "one of ") {
		return q
	}
	q.Value, q.Denominator = *q.Denominator, nil
	return q
}

// referenceWords before a number make it a rank or a reference, and the
// words "above" and "aforementioned" a back-reference ("of the above nine
// cases", FIGURES.md section 4).
var referenceWords = []string{"number", "part", "section", "paragraph", "para", "annex", "chapter", "item",
	"phase", "level", "grade", "above", "aforementioned", "abovementioned", "above-mentioned"}

// memberCompound returns the suffix of a compound that counts persons
// ("a 36-member police unit", "a three-person team"), "" for any other.
func memberCompound(rest string) string {
	for _, s := range []string{"-member", "-person", "-strong"} {
		if strings.HasPrefix(rest, s) && (len(rest) == len(s) || !isLetter(rest[len(s)])) {
			return s
		}
	}
	return ""
}

// tidy removes the noise of binary floating point from a stated number
// (33.2 million computed as 33200000.000000004): no document states twelve
// significant digits.
func tidy(v float64) float64 {
	t, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', 12, 64), 64)
	if err != nil {
		return v
	}
	return t
}

func tidyp(p *float64) *float64 {
	if p == nil {
		return nil
	}
	v := tidy(*p)
	return &v
}

// notAFigure drops numbers that are part of a compound modifier
// ("36-member unit", "three-person team"), and four-digit years that the
// text uses as adjectives ("the 2005 convictions").
func notAFigure(text string, base int, q quantity.Quantity) bool {
	end := q.NumEnd - base
	if q.Kind == quantity.Count && end+1 < len(text) && text[end] == '-' && isLetter(text[end+1]) && q.End-base <= end+1 &&
		memberCompound(text[end:]) == "" {
		return true
	}
	if q.End-base == end && end < len(text) && !apposition(text, q.Start-base) && (text[end] == ')' ||
		text[end] == '.' && end+1 < len(text) && text[end+1] >= 'A' && text[end+1] <= 'Z') {
		return true // a list enumerator: "3) launch", "28.B)"
	}
	if start := q.NumStart - base; start > 0 && (text[start-1] == ',' || isLetter(text[start-1])) {
		return true // glued to a word: "Excuse,8" is a mangled quote mark
	}
	before := strings.ToLower(strings.TrimSpace(text[:q.Start-base]))
	if strings.HasSuffix(before, "the") && strings.HasPrefix(strings.ToLower(text[q.Start-base:]), "above") {
		return true // "of the above nine cases": "above" is no hedge here but a back-reference
	}
	if after := strings.ToLower(text[q.End-base:]); strings.HasSuffix(before, "the") &&
		strings.HasPrefix(after, " above") && (len(after) == 6 || !isLetter(after[6])) {
		return true // "the two above were sentenced": the same back-reference, "above" after the number
	}
	if f := strings.Fields(before); len(f) >= 3 && f[len(f)-1] == "of" {
		before = strings.Join(f[:len(f)-2], " ") // "Part 2 of 2": the second number refers like the first
	}
	for _, w := range referenceWords {
		if strings.HasSuffix(before, w) && (len(before) == len(w) || !isLetter(before[len(before)-len(w)-1])) {
			return true // "his number one campaign issue", "Part 2 of 2": a rank or a reference
		}
	}
	if q.Kind == quantity.Count && q.Value < 1 && q.ValueMax == nil {
		return true // "two-thirds of the minors": a share, not a count
	}
	num := text[q.NumStart-base : end]
	if q.Kind == quantity.Count && len(num) == 4 && q.Value >= 1980 && q.Value <= 2030 && !strings.ContainsAny(num, ",.") {
		return true
	}
	return false
}

// apposition reports whether a parenthesis opens right before offset i,
// after a word: "financial ($100,000) and technical support", "victims
// (45)" hold an aside, not a list enumerator like "3)" or "--(1)".
func apposition(text string, i int) bool {
	before := strings.TrimRight(text[:i], " ")
	if !strings.HasSuffix(before, "(") {
		return false
	}
	before = strings.TrimRight(before[:len(before)-1], " ")
	return before != "" && isLetter(before[len(before)-1])
}

// overlapsMention drops numbers that are part of a time expression.
func overlapsMention(q quantity.Quantity, ms []period.Mention) bool {
	for _, m := range ms {
		if q.NumStart < m.End && q.NumEnd > m.Start {
			return true
		}
	}
	return false
}

// rateNear reads a rate stated next to a number ("per day", "monthly").
func rateNear(ws []word, qi, qj int, before bool) model.Per {
	lo, hi := qi-3, qj+4
	if !before {
		lo, hi = qj, qj+7 // a count's rate follows it: "2-10 victims departing the country per day"
	}
	if lo < 0 {
		lo = 0
	}
	if hi > len(ws) {
		hi = len(ws)
	}
	for k := lo; k < hi; k++ {
		if ws[k].Lower == ";" {
			break
		}
		w := ws[k].Lower
		prev := ""
		if k > 0 {
			prev = ws[k-1].Lower
		}
		switch {
		case w == "monthly" || (w == "month" && (prev == "per" || prev == "a" || prev == "each")):
			return model.Month
		case w == "annually" || w == "annual" || w == "yearly" || (w == "year" && (prev == "per" || prev == "a" || prev == "each")):
			return model.Year
		case w == "daily" || (w == "day" && (prev == "per" || prev == "a" || prev == "each")):
			return model.Day
		case w == "weekly" || (w == "week" && (prev == "per" || prev == "a" || prev == "each")):
			return model.Week
		case strings.HasSuffix(w, "/year"):
			return model.Year
		case strings.HasSuffix(w, "/month"):
			return model.Month
		}
	}
	return ""
}

// boundWord reads "maximum" or "minimum" just before an exact number: "the
// maximum penalty of seven years" is at most seven years, and so is the top
// of a range whose bottom is no number ("ranging from fines to 30 months");
// a number someone estimates is approximate.
func boundWord(ws []word, qi int, q model.Qualifier) model.Qualifier {
	if q != model.Exact && q != "" {
		return q
	}
	if qi > 0 && ws[qi-1].Lower == "to" {
		for k := qi - 2; k >= 0 && k >= qi-7; k-- {
			if ws[k].Lower == "ranging" || ws[k].Lower == "ranged" || ws[k].Lower == "range" {
				return model.AtMost // "sentences ranging from fines to 30 months"
			}
		}
	}
	for k := qi - 1; k >= 0 && k >= qi-4; k-- {
		switch ws[k].Lower {
		case "maximum":
			return model.AtMost
		case "minimum":
			return model.AtLeast
		case "estimate", "estimates", "estimated":
			if qi-k <= 2 || qi-k == 3 && ws[k+1].Lower == "that" {
				return model.Approx // "NGOs estimate 11 thousand children"
			}
		}
		if ws[k].isPunct() {
			break
		}
	}
	return q
}
