package quantity

import (
	"strings"

	"github.com/tipx/tipx/model"
)

func f64(v float64) *float64 { return &v }

// builder makes one Quantity from the numerals nums[i:], layer by layer:
// range, kind (money, share, duration, denominator), then hedge.
type builder struct {
	s     string
	nums  []number
	i     int
	floor int // nothing before the end of the previous quantity belongs to this one
	opt   Options
	q     Quantity
	rules [6]string // innermost first; Rule lists them outermost first
	n     int       // rule names in rules
	used  int       // numerals consumed
	u     unit      // the unit after the numeral (or after the range)
	cb    cur       // a currency before the numeral
	hasCB bool
}

// build makes the quantity that starts with nums[i] and returns how many
// numerals it consumed; ok is false when the numerals are no quantity
// (hours, a duration inside a period).
func build(s string, nums []number, i, floor int, opt Options) (Quantity, int, bool) {
	a := nums[i]
	b := &builder{s: s, nums: nums, i: i, floor: floor, opt: opt, used: 1}
	b.push(a.rule)
	b.q = Quantity{
		Start: a.start, End: a.end, NumStart: a.start, NumEnd: a.end, Value: a.value,
		Qualifier: model.Exact, Words: a.words,
	}
	b.cb, b.hasCB = currencyBefore(s, a.start)
	b.hasCB = b.hasCB && b.cb.start >= floor
	if b.hasCB {
		b.q.Start = b.cb.start
	}
	b.u = unitAfter(s, a.end)
	if b.hasCB && b.u.kind == Amount {
		b.u = unit{} // "USD 40 USD" cannot happen; keep the first
	}
	b.rangePart()
	if b.q.ValueMax == nil && b.u.exist {
		b.q.End = b.u.end
	}
	if b.u.drop {
		return b.q, b.used, false
	}
	switch {
	case b.hasCB || b.u.kind == Amount:
		b.money()
	case b.u.kind == Share:
		b.q.Kind, b.q.Unit = Share, model.Percent
		b.push(b.u.rule)
	case b.u.kind == Duration:
		if !b.duration() {
			return b.q, b.used, false
		}
	default:
		b.denominator()
	}
	b.hedge()
	b.q.Rule = b.ruleName()
	return b.q, b.used, true
}

// push adds an outer rule name.
func (b *builder) push(rule string) {
	if b.n < len(b.rules) {
		b.rules[b.n] = rule
		b.n++
	}
}

// ruleName joins the rule names outermost first: "hedge/about+number/digits".
func (b *builder) ruleName() string {
	var sb strings.Builder
	for k := b.n - 1; k >= 0; k-- {
		sb.WriteString(b.rules[k])
		if k > 0 {
			sb.WriteByte('+')
		}
	}
	return sb.String()
}

// rangePart joins the next numeral when the two form a range.
func (b *builder) rangePart() {
	if b.i+1 >= len(b.nums) {
		return
	}
	r, ok := rangeAt(b.s, b.nums, b.i, b.u, b.hasCB)
	if !ok {
		return
	}
	a, second := b.nums[b.i], b.nums[r.b]
	q := &b.q
	b.used = r.b - b.i + 1
	b.n = 0
	b.push(a.rule)
	b.push(r.rule)
	q.NumEnd, q.End = second.end, second.end
	q.Qualifier = model.Range
	if r.start < q.Start && r.start >= b.floor {
		q.Start = r.start
	}
	switch {
	case r.unit.exist && b.u.exist && b.u.kind == Duration && r.unit.kind == Duration:
		// "6 months to 10 years": the maximum in the first unit
		q.ValueMax = f64(convert(second.value*r.unit.mult, r.unit.unit, b.u.unit) / b.u.mult)
		q.End = r.unit.end
	case r.unit.exist:
		q.ValueMax = f64(second.value)
		b.u = r.unit
		q.End = r.unit.end
	default:
		q.ValueMax = f64(second.value)
		if b.u.exist {
			q.End = max(q.End, b.u.end)
		}
	}
}

// money makes an amount: currency, rate, stated equivalent.
func (b *builder) money() {
	q := &b.q
	code, r := b.u.code, b.u.rule
	if b.hasCB {
		code, r = b.cb.code, b.cb.rule
	}
	m := &model.Money{Amount: q.Value, Currency: resolve(code, b.opt)}
	q.Kind, q.Unit, q.Money = Amount, model.MoneyU, m
	b.push(r)
	if per, e := rateAfter(b.s, q.End); per != "" {
		m.Per, q.End = per, e
	} else {
		m.Per = rateBefore(b.s, q.Start)
	}
	if v, code, e, n, ok := equivalentAt(b.s, b.nums, b.i+b.used, q.End); ok {
		if resolve(code, b.opt) == "USD" && m.Currency != "USD" {
			m.USD = f64(v)
			b.push(ruleEquivalent)
		} else {
			b.push(ruleLocalEquiv)
		}
		q.End = e
		b.used += n
		if per, e := rateAfter(b.s, q.End); per != "" && m.Per == "" {
			m.Per, q.End = per, e
		}
	}
	q.Per = m.Per
}

// duration makes a length of time; it reports false for one that is part
// of a period ("the past two years").
func (b *builder) duration() bool {
	q := &b.q
	if _, _, ok := anyBefore(b.s, q.Start, periodLead); ok {
		return false
	}
	q.Kind, q.Unit = Duration, b.u.unit
	q.Value *= b.u.mult
	if q.ValueMax != nil && b.u.mult != 1 {
		q.ValueMax = f64(*q.ValueMax * b.u.mult)
	}
	b.push(b.u.rule)
	if q.ValueMax != nil {
		return true
	}
	if e, ok := matchAfter(b.s, q.End, "to life"); ok {
		q.End = e
		q.Qualifier = model.AtLeast
		b.rules[b.n-1] = ruleToLife
	} else if e, hasNum, ok := dayTail(b.s, q.End); ok {
		// "5 years and 1 day": the day belongs to the sentence length
		q.End = e
		if k := b.i + b.used; hasNum && k < len(b.nums) && b.nums[k].start < e {
			b.used++
		}
	}
	return true
}

// denominator reads "out of 100", "of the 12" after a count.
func (b *builder) denominator() {
	k := b.i + b.used
	if b.q.ValueMax != nil || k >= len(b.nums) {
		return
	}
	if r, ok := denominatorAt(b.s, b.q.End, b.nums[b.i], b.nums[k]); ok {
		b.q.Denominator = f64(b.nums[k].value)
		b.q.End = b.nums[k].end
		b.used++
		b.push(r)
	}
}

// hedge reads the qualifier before the mention, or "or more" after it.
func (b *builder) hedge() {
	q := &b.q
	if q.Qualifier != model.Exact {
		return
	}
	if h, st, ok := hedgeBefore(b.s, q.Start); ok && st >= b.floor {
		q.Qualifier, q.Start = h.q, st
		b.push(h.rule)
	} else if st, ok := matchBefore(b.s, q.Start, "up"); ok && q.Kind == Duration && st >= b.floor {
		// "They face up 5 years": a lost "to"
		q.Qualifier, q.Start = model.AtMost, st
		b.push("hedge/at-most")
	} else if h, e, ok := hedgeAfter(b.s, q.End); ok {
		q.Qualifier, q.End = h.q, e
		b.push(h.rule)
	}
}
