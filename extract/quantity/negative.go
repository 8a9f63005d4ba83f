package quantity

// The negative layer: numerals that are not quantities. Each rule looks at
// the words around one numeral; a numeral joined by "and", "-", "to" or a
// comma to one dropped for a date, an article or an age is dropped for the
// same reason ("October 21 and 22", "Articles 127 and 128", "aged 14-17").
//
// Years: a bare four-digit numeral 1900-2099 ("in 2008", "2009 TIP
// Report") is a year, not a count, unless a count noun or a currency
// follows it or a currency precedes it ("2000 victims", "$2000"). Written
// with a separator ("2,008 victims") it is always a count.

// Why a numeral was dropped; chained reasons pass to the next numeral.
type reason int

const (
	keep reason = iota
	notYear
	notDate
	notRef
	notAge
	notPhone
	notOther
)

var months = []string{
	"january", "february", "march", "april", "may", "june", "july", "august", "september",
	"october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
	"sep", "sept", "oct", "nov", "dec",
}

// refWords name the thing a numeral numbers: "Article 132", "paragraph 6".
var refWords = []string{
	"article", "articles", "art", "arts", "paragraph", "paragraphs", "para", "paras", "section",
	"sections", "sec", "chapter", "chapters", "clause", "clauses", "item", "items", "law",
	"decree", "resolution", "convention", "conventions", "tier", "code", "ref", "refs",
	"reftel", "page", "pages", "pp", "annex", "question", "questions", "point", "points",
	"subparagraph", "protocol", "order", "ordinance", "act", "part", "room", "box", "flight",
	"route", "highway", "district", "zone", "block", "tel", "telephone", "phone", "fax",
	"hotline", "mobile", "cell", "ext", "no", "nr", "num", "case", "file", "number", "docket",
}

// countNouns, after a year-shaped numeral, make it a count ("2000 victims").
var countNouns = []string{
	"victims", "cases", "persons", "people", "individuals", "women", "men", "children",
	"girls", "boys", "minors", "adults", "traffickers", "suspects", "officials", "officers",
	"policemen", "police", "prosecutors", "judges", "workers", "families", "investigations",
	"prosecutions", "convictions", "arrests", "raids", "calls", "shelters", "beds",
	"participants", "students", "migrants", "foreigners", "nationals", "citizens", "places",
	"trainees", "inspections", "operations", "events", "seminars", "brochures", "posters",
	"leaflets", "copies", "households", "detainees", "orphans", "prostitutes",
}

// countAdjectives may stand between a numeral and its count noun
// ("2000 trafficking victims").
var countAdjectives = []string{
	"sex", "trafficking", "tip", "labor", "labour", "child", "female", "male", "foreign",
	"potential", "alleged", "suspected", "new", "more", "additional", "other", "such",
	"young", "underage", "identified", "registered", "possible", "criminal",
}

// dropNegatives tells for every numeral of nums why it is no quantity, or
// keep. A numeral chained to a dropped one is dropped for the same reason
// unless a count noun follows it ("Article 144-1 and 15 cases").
func dropNegatives(s string, nums []number) []reason {
	why := make([]reason, len(nums))
	for k := range nums {
		why[k] = judge(s, nums, k)
		if why[k] == keep && k > 0 && chained(s, nums[k-1], nums[k], why[k-1]) && !countAfter(s, nums[k].end) {
			why[k] = why[k-1]
		}
	}
	return why
}

// chained reports whether n continues a list started by prev, which was
// dropped for reason r.
func chained(s string, prev, n number, r reason) bool {
	switch r {
	case notDate, notRef, notAge:
	default:
		return false
	}
	if r == notDate && (n.value > 31 || n.decimal || n.words && !prev.words) {
		return false // "On July 28, three victims": a day is written in digits
	}
	gap := s[prev.end:n.start]
	if len(gap) > 12 {
		return false
	}
	switch trimmed(gap) {
	case "-", "–", ",", "and", "to", "or", "through", "&", ", and", ", or":
		return true
	}
	return false
}

func trimmed(g string) string {
	i, j := 0, len(g)
	for i < j && isSpace(g[i]) {
		i++
	}
	for j > i && isSpace(g[j-1]) {
		j--
	}
	return g[i:j]
}

// around is a numeral with the words next to it.
type around struct {
	n              number
	ps, pe, ns, ne int    // bounds of the previous and next words
	prev, next     string // their text ("" when none)
}

// judge tells why nums[k] is no quantity, looking at the words around it.
func judge(s string, nums []number, k int) reason {
	n := nums[k]
	if n.ordinal {
		return notDate
	}
	if r := shapeReason(s, n); r != keep {
		return r
	}
	a := around{n: n}
	a.ps, a.pe = prevWord(s, n.start)
	if a.ps == a.pe {
		// an abbreviation: "Art. 132", "No. 12", "Aug. 25", "A. 2519"
		if j := skipSpaceBack(s, n.start); j > 1 && s[j-1] == '.' && isLetter(s[j-2]) {
			a.ps, a.pe = prevWord(s, j-1)
		}
	}
	a.ns, a.ne = nextWord(s, n.end)
	a.prev, a.next = s[a.ps:a.pe], s[a.ns:a.ne]
	for _, check := range []func(string, around) reason{dateReason, yearReason, refReason, ageReason, wordReason} {
		if r := check(s, a); r != keep {
			return r
		}
	}
	// "09 BAKU 677": a number before a cable reference
	if !n.words && a.ne-a.ns >= 3 && allUpper(a.next) && !isCurrencyWord(a.next) &&
		k+1 < len(nums) && skipSpace(s, a.ne) == nums[k+1].start {
		return notRef
	}
	return keep
}

func isInt(v float64) bool { return v == float64(int64(v)) }

// dateReason: "August 25", "25 August", "Aug. 25", "3 p.m.", "10 am".
func dateReason(s string, a around) reason {
	n := a.n
	if isInt(n.value) && n.value >= 1 && n.value <= 31 && !n.comma && !n.decimal && !n.words {
		if inFold(a.prev, months...) && !(s[a.pe] == '.' && eqFold(a.prev, "may")) {
			return notDate
		}
		if inFold(a.next, months...) && a.ns > n.end {
			return notDate
		}
	}
	if a.ns > n.end && (inFold(a.next, "am", "pm") ||
		inFold(a.next, "a", "p") && a.ne+1 < len(s) && s[a.ne] == '.' && lower(s[a.ne+1]) == 'm') {
		return notOther
	}
	return keep
}

// yearReason: a year, not a count (see the file comment).
func yearReason(s string, a around) reason {
	n := a.n
	if !n.plain4 || n.value < 1900 || n.value > 2099 || moneyNear(s, n) {
		return keep
	}
	if !countAfter(s, n.end) || inFold(a.prev, yearLeads...) {
		return notYear
	}
	return keep
}

// refReason: article, paragraph, list, cable and other reference numbers,
// phone and service numbers.
func refReason(s string, a around) reason {
	n := a.n
	if a.prev != "" && inFold(a.prev, refWords...) {
		// "No." and "Case No." only with their dot; "number" before digits
		if !inFold(a.prev, "no", "number", "case") || s[a.pe] == '.' || eqFold(a.prev, "number") && !n.words {
			return notRef
		}
	}
	if n.words {
		return keep
	}
	// long ids: "E.O. 12958", "STATE 123456"
	if !n.comma && !n.decimal && n.end-n.start >= 5 && n.rule == ruleDigits && !countAfter(s, n.end) && !moneyNear(s, n) {
		return notRef
	}
	if before(s, n.start, "e.o.") || before(s, n.start, "eo") || before(s, n.start, "#") {
		return notRef
	}
	// cable references: "BAKU 677", "SECSTATE WASHDC 3693 INFO"
	if a.pe-a.ps >= 3 && allUpper(a.prev) && a.pe < n.start && n.start-a.pe <= 2 && !isCurrencyWord(a.prev) &&
		(a.ne == a.ns || allUpper(a.next) && a.ne-a.ns >= 2 && !countAfter(s, n.end)) {
		return notRef
	}
	// service numbers: "the 101 hotline", "the 152 line"
	if n.value > 1 && inFold(a.next, "hotline", "line", "number", "helpline") {
		return notPhone
	}
	// ids, page marks, two-digit years with a leading zero: "003 OF 011", "FS 03"
	if n.end-n.start >= 2 && s[n.start] == '0' && isDigit(s[n.start+1]) {
		return notRef
	}
	// lettered references: "REF: A. 2519", "B. 2773"
	if a.pe-a.ps == 1 && isUpper(s[a.ps]) && s[a.pe] == '.' {
		return notRef
	}
	// paragraph marks: "4.(C) Shalaby", "9. (SBU)"
	if paragraphMark(s, n.end) {
		return notRef
	}
	return keep
}

// ageReason: ages used as definitions, "aged 18", "under 18", "18 years
// old", "18-year-old", "as young as 11".
func ageReason(s string, a around) reason {
	n := a.n
	if !isInt(n.value) || n.value > 25 {
		return keep
	}
	if inFold(a.prev, "aged", "age", "ages") {
		return notAge
	}
	if _, _, ok := anyBefore(s, n.start, agePhrases); ok {
		return notAge
	}
	if inFold(a.prev, "under", "below") && n.value >= 12 && !countAfter(s, n.end) {
		return notAge
	}
	if _, _, ok := anyAfter(s, n.end, ageTails); ok {
		return notAge
	}
	return keep
}

// wordReason: number words that are no counts: "ASEAN Plus One Summit",
// "one-on-one", "one another", "no one".
func wordReason(s string, a around) reason {
	n := a.n
	if !n.words {
		return keep
	}
	if isUpper(s[n.start]) && !allUpper(s[n.start:n.end]) && a.pe-a.ps > 1 && isUpper(s[a.ps]) && a.pe == skipSpaceBack(s, n.start) {
		return notOther
	}
	if n.start > 1 && s[n.start-1] == '-' && isLetter(s[n.start-2]) && !before(s, n.start-1, "to") {
		return notOther
	}
	if n.value == 1 && n.end-n.start == 3 {
		if inFold(a.prev, "no", "any", "every", "someone") || inFold(a.next, "another", "by") {
			return notOther
		}
		if n.end < len(s) && s[n.end] == '-' {
			if _, _, ok := anyAfter(s, n.end, oneCompounds); ok {
				return notOther
			}
		}
	}
	return keep
}

var oneCompounds = []string{"-on-one", "-time", "-off", "-stop", "-sided", "-way"}

// determiners before a year-shaped numeral make it a year used as an
// adjective: "the 2005 convictions", "its 2009 budget".
// So do the prepositions of time: "in 2008 police registered".
var yearLeads = []string{
	"the", "its", "their", "this", "that", "his", "her", "our", "s",
	"in", "during", "since", "until", "by", "before", "after", "from", "throughout", "between", "early", "late", "mid",
}

var ageTails = []string{"years old", "year old", "-year-old", "-years-old", "-year old", "-years old", "year-old", "years of age", "yrs old", "years-old"}

func before(s string, i int, p string) bool {
	_, ok := matchBefore(s, i, p)
	return ok
}

func allUpper(w string) bool {
	for i := 0; i < len(w); i++ {
		if !isUpper(w[i]) {
			return false
		}
	}
	return len(w) > 0
}

// countAfter reports whether a count noun follows i (directly or after
// one more word).
func countAfter(s string, i int) bool {
	ws, we := nextWord(s, i)
	if we == ws {
		return false
	}
	if inFold(s[ws:we], countAdjectives...) {
		ws, we = nextWord(s, we)
	}
	return inFold(s[ws:we], countNouns...)
}

// moneyNear reports whether a currency stands right before or after n.
func moneyNear(s string, n number) bool {
	if _, ok := currencyBefore(s, n.start); ok {
		return true
	}
	_, ok := currencyAfter(s, n.end)
	return ok
}

var agePhrases = []string{"age of", "ages of", "as young as", "as old as", "younger than", "older than", "aged between", "ages between", "between the ages of"}
