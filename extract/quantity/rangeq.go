package quantity

import "github.com/tipx/tipx/model"

// Range and equivalent rules: they join two numerals into one quantity.

// Range rule names.
const (
	ruleRangeDash    = "range/dash"             // "7-12", "50,000-200,000"
	ruleRangeTo      = "range/to"               // "two to five years"
	ruleRangeFromTo  = "range/from-to"          // "from 6 months to 10 years"
	ruleRangeBetween = "range/between"          // "between 7 and 12", "between 5-20"
	ruleEquivalent   = "money/equivalent"       // "33 AZN (40 USD)"
	ruleLocalEquiv   = "money/local-equivalent" // "$40 (33 AZN)": consumed, not a figure of its own
)

type rangeMatch struct {
	start int
	unit  unit // the unit after the second numeral
	rule  string
	b     int // index in nums of the second numeral
}

// rangeAt reports whether nums[i] and nums[i+1] form a range. ua is the
// unit right after nums[i]; hasCB tells a currency precedes nums[i].
func rangeAt(s string, nums []number, i int, ua unit, hasCB bool) (rangeMatch, bool) {
	a, bi := nums[i], i+1
	p := a.end
	if ua.exist {
		p = ua.end
	}
	if ua.kind == Duration {
		// "three years and a day up to five years"
		if e, hasNum, ok := dayTail(s, p); ok {
			p = e
			if hasNum {
				bi++
			}
		}
	}
	if bi >= len(nums) {
		return rangeMatch{}, false
	}
	b := nums[bi]
	conn, next := connectorAt(s, p)
	if conn == noConn {
		return rangeMatch{}, false
	}
	bs := b.start
	if cb, ok := currencyBefore(s, b.start); ok {
		bs = cb.start
		if !hasCB && ua.kind != Amount {
			return rangeMatch{}, false
		}
	}
	if next != bs {
		return rangeMatch{}, false
	}
	ub := unitAfter(s, b.end)
	if ua.exist && ub.exist && (ua.kind != ub.kind || ua.kind == Amount && ua.code != ub.code) {
		return rangeMatch{}, false
	}
	if hasCB && ub.kind == Amount {
		return rangeMatch{}, false
	}
	if (!ua.exist || !ub.exist || ua.unit == ub.unit) && b.value*ub.multOr1() < a.value*ua.multOr1() {
		return rangeMatch{}, false
	}
	st := a.start
	if cb, ok := currencyBefore(s, a.start); ok {
		st = cb.start
	}
	m := rangeMatch{start: a.start, unit: ub, b: bi}
	bet, isBetween := matchBefore(s, st, "between")
	switch conn {
	case connDash:
		m.rule = ruleRangeDash
		if isBetween {
			m.start, m.rule = bet, ruleRangeBetween
		}
	case connAnd:
		if !isBetween || bi > i+1 {
			return rangeMatch{}, false
		}
		m.start, m.rule = bet, ruleRangeBetween
	case connTo:
		m.rule = ruleRangeTo
		if from, ok := matchBefore(s, st, "from"); ok {
			ws, we := prevWord(s, from)
			if inFold(s[ws:we], changeWords...) || !ua.exist && !ub.exist {
				return rangeMatch{}, false
			}
			m.start, m.rule = from, ruleRangeFromTo
		}
	}
	return m, true
}

func (u unit) multOr1() float64 {
	if u.mult == 0 {
		return 1
	}
	return u.mult
}

var equivHedges = []string{"approximately", "approx.", "about", "around", "roughly", "some", "nearly", "almost", "over", "under", "approx", "circa", "ca."}

// equivalentAt reads a stated equivalent in parentheses after p, "(40
// USD)", "(about $91,000)", "(US $70,890)", "(USD 9,000-36,000)", "(33
// AZN)", whose first numeral is nums[j]. It returns the (lower) value,
// its currency table code, the end of the closing parenthesis and how
// many numerals it consumed.
func equivalentAt(s string, nums []number, j, p int) (float64, string, int, int, bool) {
	k := skipSpace(s, p)
	if k < len(s) && (s[k] == '.' || s[k] == ',') {
		k = skipSpace(s, k+1)
	}
	if k >= len(s) || s[k] != '(' || j >= len(nums) {
		return 0, "", 0, 0, false
	}
	k = skipSpace(s, k+1)
	if e, _, ok := anyAfter(s, k, equivHedges); ok {
		k = skipSpace(s, e)
	} else if e, ok := approxWord(s, k); ok {
		k = skipSpace(s, e)
	}
	n := nums[j]
	e := n.end
	code := ""
	if cb, ok := currencyBefore(s, n.start); ok && cb.start == k {
		code = cb.code
	} else if ca, ok := currencyAfter(s, n.end); ok && n.start == k {
		code, e = ca.code, ca.end
	} else {
		return 0, "", 0, 0, false
	}
	used := 1
	if c, next := connectorAt(s, e); c == connDash && j+1 < len(nums) && nums[j+1].start == next {
		e = nums[j+1].end
		used++
		if ca, ok := currencyAfter(s, e); ok && ca.code == code {
			e = ca.end
		}
	}
	e = skipSpace(s, e)
	if e >= len(s) || s[e] != ')' {
		return 0, "", 0, 0, false
	}
	return n.value, code, e + 1, used, true
}

// approxWord reads any word beginning "approx" at k ("approximate",
// "approximatly", "approximaely"): a misspelt hedge is still a hedge. It
// returns the end of the word.
func approxWord(s string, k int) (int, bool) {
	if k+6 > len(s) || !eqFold(s[k:k+6], "approx") {
		return 0, false
	}
	e := k + 6
	for e < len(s) && (s[e] >= 'a' && s[e] <= 'z' || s[e] >= 'A' && s[e] <= 'Z' || s[e] == '.') {
		e++
	}
	return e, true
}

// boundGaps are the words allowed between a lower and an upper bound.
var boundGaps = []string{"of imprisonment", "imprisonment", "in prison", "of prison", "in jail"}

// joinBounds makes one range of a lower and an upper bound joined by
// "and": "at least one year and a maximum of three years", "no less than
// 50,000 LE and not more than 200,000 LE", "at least two and as many as
// five". A bare lower bound takes the upper one's unit ("not less than 3
// and not exceeding 10 years"); bounds of different units stay apart
// ("at least three months and a maximum of three years").
func joinBounds(s string, qs []Quantity) []Quantity {
	out := qs[:0]
	for k := 0; k < len(qs); k++ {
		q := qs[k]
		if k+1 < len(qs) && q.Qualifier == model.AtLeast && qs[k+1].Qualifier == model.AtMost {
			if j, ok := join(s, q, qs[k+1]); ok {
				q = j
				k++
			}
		}
		out = append(out, q)
	}
	return out
}

func join(s string, q, r Quantity) (Quantity, bool) {
	gap := trimmed(s[q.End:r.Start])
	for _, w := range boundGaps {
		if len(gap) > len(w) && eqFold(gap[:len(w)], w) {
			gap = trimmed(gap[len(w):])
			break
		}
	}
	if gap != "and" && gap != ", and" && gap != "but" || r.Value < q.Value {
		return q, false
	}
	if q.Kind == Count && q.Unit == "" && r.Kind != Count {
		q.Kind, q.Unit, q.Per = r.Kind, r.Unit, r.Per
		if r.Money != nil {
			m := *r.Money
			m.Amount, m.USD = q.Value, nil
			q.Money = &m
		}
	}
	if q.Kind != r.Kind || q.Unit != r.Unit || q.Money != nil && r.Money != nil && q.Money.Currency != r.Money.Currency {
		return q, false
	}
	q.ValueMax = f64(r.Value)
	q.Qualifier = model.Range
	q.End, q.NumEnd = r.End, r.NumEnd
	q.Rule = "range/bounds+" + q.Rule
	if q.Money != nil && q.Money.USD == nil && r.Money != nil {
		q.Money.USD = r.Money.USD
	}
	return q, true
}
