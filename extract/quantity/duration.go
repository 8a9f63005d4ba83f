package quantity

import "github.com/tipx/tipx/model"

// A unit is what follows a number and gives it its kind: a currency, a
// percent sign, or a time unit.
type unit struct {
	kind  Kind
	unit  model.Unit
	mult  float64 // weeks are counted in days: "two weeks" → 14 days
	code  string  // currency table code for Amount
	end   int
	rule  string
	exist bool
	drop  bool // hours and minutes: staff time, not a TIP figure
}

// Duration rule names.
const (
	ruleDuration = "duration/unit"          // "8 years", "six months", "4-10 year"
	ruleWeeks    = "duration/weeks"         // "two weeks" → 14 days
	ruleToLife   = "duration/to-life"       // "15 years to life" → at least 15 years
	ruleImplied  = "duration/implied-years" // "a 5-10 prison term"
)

var timeUnits = []struct {
	w    string
	u    model.Unit
	mult float64
}{
	{"years", model.Years, 1}, {"year", model.Years, 1}, {"yrs", model.Years, 1},
	{"months", model.Months, 1}, {"month", model.Months, 1}, {"weeks", model.Days, 7},
	{"week", model.Days, 7}, {"days", model.Days, 1}, {"day", model.Days, 1},
}

// unitAfter finds the unit right after a number ending at i.
func unitAfter(s string, i int) unit {
	if i < len(s) && s[i] == '%' {
		return unit{kind: Share, unit: model.Percent, end: i + 1, rule: ruleShareSign, exist: true}
	}
	if i+1 < len(s) && s[i] == ' ' && s[i+1] == '%' {
		return unit{kind: Share, unit: model.Percent, end: i + 2, rule: ruleShareSign, exist: true}
	}
	for _, p := range []string{"percent", "per cent", "pct", "per-cent"} {
		if e, ok := matchAfter(s, i, p); ok && skipSpace(s, i)-i <= 1 {
			return unit{kind: Share, unit: model.Percent, end: e, rule: rulePercent, exist: true}
		}
	}
	if c, ok := currencyAfter(s, i); ok {
		return unit{kind: Amount, unit: model.MoneyU, code: c.code, end: c.end, rule: c.rule, exist: true}
	}
	if _, _, ok := anyAfter(s, i, impliedYears); ok && skipSpace(s, i)-i == 1 {
		// "a 5-10 prison term": the years are understood
		return unit{kind: Duration, unit: model.Years, mult: 1, end: i, rule: ruleImplied, exist: true}
	}
	k := i
	if k < len(s) && s[k] == '-' {
		k++
	} else if skipSpace(s, k)-k > 1 {
		return unit{}
	}
	ws, we := nextWord(s, k)
	if we == ws || (k > i && ws != k) {
		return unit{}
	}
	if inFold(s[ws:we], "hours", "hour", "hrs", "hr", "minutes", "minute", "mins") {
		return unit{drop: true, end: we}
	}
	for _, t := range timeUnits {
		if eqFold(s[ws:we], t.w) {
			r := ruleDuration
			if t.mult != 1 {
				r = ruleWeeks
			}
			return unit{kind: Duration, unit: t.u, mult: t.mult, end: we, rule: r, exist: true}
		}
	}
	return unit{}
}

// impliedYears follow a bare number that counts years of prison.
var impliedYears = []string{"prison term", "prison sentence", "jail term", "jail sentence"}

// periodLead words before a duration make it part of a period ("the past
// two years", "the first 9 months of 2005"): package period reads those,
// so they are no quantities.
var periodLead = []string{
	"past", "last", "next", "first", "previous", "recent", "coming", "following", "preceding",
	"initial", "final", "remaining", "within",
}

// convert expresses v in unit from in unit to ("10 years" in months is 120).
func convert(v float64, from, to model.Unit) float64 {
	days := map[model.Unit]float64{model.Years: 365, model.Months: 30, model.Days: 1}
	switch {
	case from == to:
		return v
	case from == model.Years && to == model.Months:
		return v * 12
	case from == model.Months && to == model.Years:
		return v / 12
	}
	return v * days[from] / days[to]
}

// dayTail matches "and a day", "and one day", "and 1 day" after a
// duration ("five years and a day"); it returns the end and whether a
// numeral ("one", "1") was part of it.
func dayTail(s string, i int) (int, bool, bool) {
	if e, ok := matchAfter(s, i, "and a day"); ok {
		return e, false, true
	}
	for _, p := range []string{"and one day", "and 1 day"} {
		if e, ok := matchAfter(s, i, p); ok {
			return e, true, true
		}
	}
	return i, false, false
}
