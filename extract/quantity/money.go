package quantity

import (
	"strings"

	"github.com/tipx/tipx/model"
)

// cur is a currency found next to a number: its table code (possibly a
// family, see currency.go), its bounds and the rule that found it.
type cur struct {
	code       string
	start, end int
	rule       string
}

// Money rule names.
const (
	ruleSymbol      = "money/symbol"     // "$91,000", "US $70,890", "€5"
	ruleISOBefore   = "money/iso-before" // "USD 1.5 million", "IKR 4.7 million", "LE 200,000"
	ruleISOAfter    = "money/iso-after"  // "33 AZN", "200,000 LE"
	ruleNameAfter   = "money/name-after" // "500 manat", "1,000 Egyptian pounds"
	ruleSymbolAfter = "money/symbol-after"
)

var dollarPrefixes = []struct{ p, code string }{
	{"u.s.", "USD"}, {"usd", "USD"}, {"us", "USD"}, {"nt", "TWD"}, {"hk", "HKD"}, {"r", "BRL"},
	{"a", "AUD"}, {"s", "SGD"}, {"ec", "XCD"}, {"j", "JMD"}, {"l", "LRD"}, {"tt", "TTD"}, {"z", "ZWD"},
}

var symbols = []struct{ sym, code string }{
	{"€", "EUR"}, {"£", "GBP"}, {"¥", "JPY"}, {"₦", "NGN"}, {"₪", "ILS"}, {"₹", "INR"},
	{"₱", "PHP"}, {"₩", "KRW"}, {"₴", "UAH"}, {"₽", "RUB"}, {"₺", "TRY"}, {"₾", "GEL"}, {"₼", "AZN"},
	{"S/.", "PEN"},
}

// currencyBefore finds a currency that ends, apart from one space, just
// before i: "$", "US$", "US $", "€", "USD", "IKR", "Rs.".
func currencyBefore(s string, i int) (cur, bool) {
	j := skipSpaceBack(s, i)
	if i-j > 3 || j == 0 {
		return cur{}, false
	}
	if s[j-1] == '$' {
		c := cur{code: "USD", start: j - 1, end: j, rule: ruleSymbol}
		k := skipSpaceBack(s, j-1)
		if j-1-k > 3 {
			return c, true
		}
		for _, d := range dollarPrefixes {
			if st, ok := matchBefore(s, k, d.p); ok && (st == 0 || !isAlnum(s[st-1])) {
				if len(d.p) <= 2 && (k < j-1 || !allUpper(s[st:k])) && d.code != "USD" {
					continue // "A $5" is not Australian; "A$5" is
				}
				c.code, c.start = d.code, st
				break
			}
		}
		return c, true
	}
	for _, y := range symbols {
		if strings.HasSuffix(s[:j], y.sym) {
			return cur{code: y.code, start: j - len(y.sym), end: j, rule: ruleSymbol}, true
		}
	}
	e := j
	if s[e-1] == '.' {
		e--
	}
	ws := e
	for ws > 0 && isLetter(s[ws-1]) {
		ws--
	}
	if ws == e || ws > 0 && isAlnum(s[ws-1]) {
		return cur{}, false
	}
	if e < j && ws > 1 && s[ws-1] == '.' {
		return cur{}, false
	}
	if code, ok := codeOfWord(s[ws:e]); ok {
		return cur{code: code, start: ws, end: j, rule: ruleISOBefore}, true
	}
	return cur{}, false
}

// currencyAfter finds a currency that starts, apart from one space, at i:
// "AZN", "LE", "manat", "Egyptian pounds", "US dollars", "€".
func currencyAfter(s string, i int) (cur, bool) {
	k := skipSpace(s, i)
	if k-i > 3 || k >= len(s) {
		return cur{}, false
	}
	for _, y := range symbols[:len(symbols)-1] {
		if strings.HasPrefix(s[k:], y.sym) {
			return cur{code: y.code, start: k, end: k + len(y.sym), rule: ruleSymbolAfter}, true
		}
	}
	if !isLetter(s[k]) {
		return cur{}, false
	}
	we := wordAt(s, k)
	if code, ok := codeOfWord(s[k:we]); ok {
		return cur{code: code, start: k, end: we, rule: ruleISOAfter}, true
	}
	c0 := lower(s[k])
	for _, n := range currencyNames {
		if n.name[0] != c0 {
			continue
		}
		if e, ok := matchAfter(s, k, n.name); ok {
			return cur{code: n.code, start: k, end: e, rule: ruleNameAfter}, true
		}
	}
	return cur{}, false
}

var perAfter = []struct {
	p   string
	per model.Per
}{
	{"per month", model.Month}, {"a month", model.Month}, {"each month", model.Month},
	{"every month", model.Month}, {"/month", model.Month}, {"/mo", model.Month}, {"monthly", model.Month},
	{"per annum", model.Year}, {"per year", model.Year}, {"a year", model.Year}, {"each year", model.Year},
	{"every year", model.Year}, {"annually", model.Year}, {"/year", model.Year}, {"/yr", model.Year},
	{"yearly", model.Year}, {"per day", model.Day}, {"a day", model.Day}, {"each day", model.Day},
	{"every day", model.Day}, {"daily", model.Day}, {"/day", model.Day}, {"per week", model.Week},
	{"a week", model.Week}, {"each week", model.Week}, {"every week", model.Week},
	{"weekly", model.Week}, {"/week", model.Week},
}

var perWords = map[string]model.Per{
	"monthly": model.Month, "annual": model.Year, "annually": model.Year, "yearly": model.Year,
	"daily": model.Day, "weekly": model.Week,
}

// rateAfter finds "per month", "a day", "/year", "monthly" right after i.
func rateAfter(s string, i int) (model.Per, int) {
	k := skipSpace(s, i)
	if k-i > 1 || k >= len(s) || !(isLetter(s[k]) || s[k] == '/') {
		return "", i
	}
	for _, p := range perAfter {
		if e, ok := matchAfter(s, i, p.p); ok {
			return p.per, e
		}
	}
	return "", i
}

// rateBefore finds "monthly", "annual", "annually", "daily" among the four
// words before i in the same clause ("a monthly allowance of 33 AZN",
// "annually allocates IKR 30.9 million").
func rateBefore(s string, i int) model.Per {
	for n := 0; n < 4; n++ {
		ws, we := prevWord(s, i)
		if ws == we {
			return ""
		}
		if p, ok := lookupFold(perWords, s[ws:we]); ok {
			return p
		}
		i = ws
	}
	return ""
}
