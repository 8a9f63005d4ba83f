package quantity

import (
	"strconv"
	"strings"
)

// number is a numeral token: the first layer, which every later rule
// (hedges, ranges, shares, money, durations) consumes instead of
// re-reading digits.
type number struct {
	start, end int // the numeral, scale word included ("1.2 million")
	value      float64
	words      bool   // written as words
	rule       string // "number/digits", "number/digits-scale", "number/words"
	comma      bool   // has a thousands separator
	decimal    bool   // has a decimal part
	ordinal    bool   // "25th", "1st": a date or rank, never a count
	plain4     bool   // four bare digits, a year candidate
}

// Rule names of the number layer.
const (
	ruleDigits      = "number/digits"
	ruleDigitsScale = "number/digits-scale"
	ruleWords       = "number/words"
)

// scales are the words that multiply a numeral written in digits.
var scales = []struct {
	word string
	mult float64
}{
	{"thousand", 1e3}, {"million", 1e6}, {"billion", 1e9}, {"mln", 1e6}, {"bln", 1e9},
}

// scanNumbers returns every numeral of s in order, without judging whether
// it is a count: negative.go does that.
func scanNumbers(s string) []number {
	var out []number
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case isDigit(c):
			if i > 0 && isAlnum(s[i-1]) {
				i = skipAlnum(s, i) - 1
				continue
			}
			n, ok := scanDigits(s, i)
			if ok {
				out = append(out, n)
			}
			i = max(n.end, skipAlnum(s, i)) - 1
		case isLetter(c):
			if i > 0 && (isLetter(s[i-1]) || isDigit(s[i-1])) {
				continue
			}
			if e := wordAt(s, i); e-i > 9 || !numberInitial[lower(c)] && lower(c) != 'h' {
				i = e - 1 // no number word is longer or starts so
				continue
			}
			if n, ok := scanHalf(s, i); ok {
				out = append(out, n)
				i = n.end - 1
				continue
			}
			if n, ok := scanWords(s, i); ok {
				out = append(out, n)
				i = n.end - 1
				continue
			}
			i = wordAt(s, i) - 1
		}
	}
	return out
}

func skipAlnum(s string, i int) int {
	for i < len(s) && isAlnum(s[i]) {
		i++
	}
	return i
}

// scanDigits reads "134", "1,200", "2.5", "1.2 million", "25th" at i.
func scanDigits(s string, i int) (number, bool) {
	n := number{start: i, rule: ruleDigits}
	j := i
	dots := false
	for j < len(s) && isDigit(s[j]) {
		j++
	}
	lead := j - i
	if e, groups := dotGroups(s, j); lead <= 3 && (groups >= 2 || groups == 1 && (countAfter(s, e) || isCurrencyAfter(s, e))) {
		// "1.000.000", "100.000 euros": dots as thousands separators
		j = e
		n.comma, dots = true, true
	}
	for lead <= 3 && j < len(s) && s[j] == ',' && threeDigits(s, j+1) {
		j += 4
		n.comma = true
	}
	if j+1 < len(s) && s[j] == '.' && isDigit(s[j+1]) && !dottedRef(s, j) {
		j++
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		n.decimal = true
	}
	n.end = j
	if j < len(s) && isLetter(s[j]) {
		k := wordAt(s, j)
		if k-j == 2 && inFold(s[j:k], "st", "nd", "rd", "th") {
			n.ordinal = true
			n.end = k
		} else if m, ok := suffixScales[strings.ToLower(s[j:k])]; ok && isCurrencyBefore(s, i) {
			// "$2m", "USD 1.2bn", "$500k"
			v, err := strconv.ParseFloat(strings.ReplaceAll(s[i:j], ",", ""), 64)
			if err != nil {
				return n, false
			}
			n.value, n.end, n.rule = scaleBy(v, m), k, ruleDigitsScale
			return n, true
		} else {
			return n, false
		}
	}
	digits := strings.ReplaceAll(s[i:j], ",", "")
	if dots {
		digits = strings.ReplaceAll(digits, ".", "")
	}
	v, err := strconv.ParseFloat(digits, 64)
	if err != nil {
		return n, false
	}
	n.value = v
	n.plain4 = !n.comma && !n.decimal && j-i == 4
	if n.ordinal {
		return n, true
	}
	ws, we := nextWord(s, n.end)
	if ws == n.end+1 || (ws > n.end && ws-n.end <= 2) {
		for _, sc := range scales {
			if eqFold(s[ws:we], sc.word) {
				n.value = scaleBy(n.value, sc.mult)
				n.end = we
				n.rule = ruleDigitsScale
				n.plain4 = false
				break
			}
		}
	}
	return n, true
}

// dotGroups counts the ".ddd" groups at j and returns their end; a group
// followed by another digit or a decimal part does not count.
func dotGroups(s string, j int) (int, int) {
	n := 0
	for j < len(s) && s[j] == '.' && threeDigits(s, j+1) {
		j += 4
		n++
	}
	if j+1 < len(s) && (s[j] == '.' || s[j] == ',') && isDigit(s[j+1]) {
		return j, 0
	}
	return j, n
}

// suffixScales are scale letters glued to an amount: "$2m", "$1.2bn".
var suffixScales = map[string]float64{"m": 1e6, "mn": 1e6, "mln": 1e6, "bn": 1e9, "b": 1e9, "k": 1e3}

func isCurrencyBefore(s string, i int) bool {
	_, ok := currencyBefore(s, i)
	return ok
}

func isCurrencyAfter(s string, i int) bool {
	_, ok := currencyAfter(s, i)
	return ok
}

// threeDigits reports whether s[i:i+3] are digits not followed by a digit.
func threeDigits(s string, i int) bool {
	if i+3 > len(s) {
		return false
	}
	for k := i; k < i+3; k++ {
		if !isDigit(s[k]) {
			return false
		}
	}
	return i+3 == len(s) || !isDigit(s[i+3])
}

// dottedRef reports whether the dot at j starts a second dot group, as in
// "1.4.2" or a date "28.08.2009": then the first part is not a decimal.
func dottedRef(s string, j int) bool {
	k := j + 1
	for k < len(s) && isDigit(s[k]) {
		k++
	}
	return k+1 < len(s) && s[k] == '.' && isDigit(s[k+1])
}

// Number words.
var (
	unitWords = map[string]int{
		"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
		"eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
		"fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
	}
	tensWords = map[string]int{
		"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
		"eighty": 80, "ninety": 90,
	}
	scaleWords = map[string]float64{"thousand": 1e3, "million": 1e6, "billion": 1e9}
)

// lookupFold looks the word w up in m ignoring case, without allocating.
func lookupFold[T any](m map[string]T, w string) (T, bool) {
	var zero T
	if len(w) == 0 || len(w) > 12 {
		return zero, false
	}
	var b [12]byte
	for k := 0; k < len(w); k++ {
		b[k] = lower(w[k])
	}
	v, ok := m[string(b[:len(w)])]
	return v, ok
}

// wordState is the last thing a number-word parse consumed.
type wordState int

const (
	wsNone wordState = iota
	wsArticle
	wsUnit
	wsTens
	wsHundred
	wsScale
	wsAnd
	wsDozen
)

// scanWords reads "twenty-eight", "one hundred and five", "a dozen",
// "two thousand", "Sixty-Four" at i.
func scanWords(s string, i int) (number, bool) {
	n := number{start: i, words: true, rule: ruleWords}
	var total, cur float64
	last := wsNone
	pos := i
	end := -1
	for {
		ws, we := pos, wordAt(s, pos)
		if we == ws {
			break
		}
		w := s[ws:we]
		next := we
		ok := true
		saveTotal, saveCur, saveLast := total, cur, last
		if u, isUnit := lookupFold(unitWords, w); isUnit && last == wsNone && we+1 < len(s) && s[we] == '-' {
			if f, fe := fractionAt(s, we+1); f > 0 && u > 0 {
				n.end, n.value = fe, float64(u)*f
				return n, true
			}
		}
		if u, isUnit := lookupFold(unitWords, w); isUnit {
			switch last {
			case wsNone, wsScale:
				cur = float64(u)
			case wsHundred, wsAnd:
				cur += float64(u)
			case wsTens:
				if u == 0 || u >= 10 {
					ok = false
				}
				cur += float64(u)
			default:
				ok = false
			}
			last = wsUnit
		} else if t, isTens := lookupFold(tensWords, w); isTens {
			switch last {
			case wsNone, wsScale:
				cur = float64(t)
			case wsHundred, wsAnd:
				cur += float64(t)
			default:
				ok = false
			}
			last = wsTens
			if ok && we+1 < len(s) && s[we] == '-' {
				ue := wordAt(s, we+1)
				if u, isUnit := lookupFold(unitWords, s[we+1:ue]); isUnit && u > 0 && u < 10 {
					cur += float64(u)
					next = ue
					last = wsUnit
				}
			}
		} else if inFold(w, "a", "an") && last == wsNone {
			aw, ae := nextWord(s, we)
			nw := s[aw:ae]
			if _, sc := lookupFold(scaleWords, nw); !sc && !inFold(nw, "hundred", "dozen") {
				ok = false
			}
			cur = 1
			last = wsArticle
		} else if eqFold(w, "hundred") {
			if last != wsUnit && last != wsArticle || cur >= 100 {
				ok = false
			}
			cur *= 100
			last = wsHundred
		} else if sc, isScale := lookupFold(scaleWords, w); isScale {
			if last != wsUnit && last != wsTens && last != wsHundred && last != wsArticle {
				ok = false
			}
			total += cur * sc
			cur = 0
			last = wsScale
		} else if eqFold(w, "dozen") {
			if last != wsUnit && last != wsArticle {
				ok = false
			}
			cur *= 12
			last = wsDozen
		} else if eqFold(w, "and") {
			if last != wsHundred && last != wsScale {
				ok = false
			} else {
				aw, ae := nextWord(s, we)
				nw := s[aw:ae]
				_, u := lookupFold(unitWords, nw)
				_, t := lookupFold(tensWords, nw)
				ok = u || t
			}
			last = wsAnd
		} else {
			ok = false
		}
		if !ok {
			total, cur, last = saveTotal, saveCur, saveLast
			break
		}
		if last != wsAnd && last != wsArticle {
			end = next
		}
		if last == wsDozen {
			break
		}
		pos = skipSpace(s, next)
		if pos == next || pos-next > 2 {
			break
		}
	}
	if end < 0 {
		return n, false
	}
	n.end = end
	n.value = total + cur
	return n, true
}

var fractions = map[string]float64{
	"half": 0.5, "halves": 0.5, "third": 1.0 / 3, "thirds": 1.0 / 3, "quarter": 0.25,
	"quarters": 0.25, "fourth": 0.25, "fourths": 0.25, "fifth": 0.2, "fifths": 0.2,
}

// fractionAt reads the denominator word of "one-half", "two-thirds" at i.
func fractionAt(s string, i int) (float64, int) {
	e := wordAt(s, i)
	f, _ := lookupFold(fractions, s[i:e])
	return f, e
}

// numberInitial are the first letters of the words a number can start
// with: "a", "an", "zero", "one" ... "ninety".
var numberInitial = [256]bool{'a': true, 'z': true, 'o': true, 't': true, 'f': true, 's': true, 'e': true, 'n': true}

// scanHalf reads "half a dozen", "half a million" at i.
func scanHalf(s string, i int) (number, bool) {
	e := wordAt(s, i)
	if !eqFold(s[i:e], "half") {
		return number{}, false
	}
	ws, _ := nextWord(s, e)
	if ws-e != 1 {
		return number{}, false
	}
	n, ok := scanWords(s, ws)
	if !ok || !inFold(s[ws:ws+2], "a ") && !inFold(s[ws:ws+3], "an ") {
		return number{}, false
	}
	n.start = i
	n.value /= 2
	return n, true
}
