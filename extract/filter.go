package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// tipPhrases mark a text as being about trafficking in persons (matched on
// lower-cased text).
var tipPhrases = []string{
	"trafficking in persons", "trafficking of persons", "human trafficking", "trafficking in human",
	"victims of trafficking", "trafficking victims", "trafficking victim", "sex trafficking",
	"labor trafficking", "labour trafficking", "child trafficking", "trafficking of women",
	"trafficking of children", "trafficking in women", "trafficking in children", "anti-trafficking",
	"trafficked persons", "trafficked women", "trafficked children", "forced prostitution",
	"commercial sexual exploitation", "g/tip",
}

// Relevant reports whether a cable is about trafficking in persons: it
// carries the KTIP tag, or its subject or body uses TIP vocabulary. "TIP"
// counts only in capitals and not as in "TIP OF AN ICEBERG".
func Relevant(c *model.Cable) (bool, string) {
	if c.HasTag("KTIP") {
		return true, "tag KTIP"
	}
	texts := make([]string, 0, len(c.Paragraphs)+1)
	texts = append(texts, c.Subject)
	for i := range c.Paragraphs {
		texts = append(texts, c.Paragraphs[i].Text)
	}
	for _, t := range texts {
		if hasTIPAcronym(t) {
			return true, `the acronym "TIP"`
		}
		l := strings.ToLower(t)
		if !mayHoldPhrase(l) {
			continue
		}
		for _, p := range tipPhrases {
			if strings.Contains(l, p) {
				return true, "the phrase " + `"` + p + `"`
			}
		}
	}
	return false, "no KTIP tag and no trafficking-in-persons vocabulary"
}

// phraseKeys are words one of which every phrase of tipPhrases holds: a
// text without any of them cannot hold a phrase, and four searches spare
// the twenty-two (most cables are not about TIP).
var phraseKeys = []string{"traffick", "prostitution", "sexual exploitation", "g/tip"}

func mayHoldPhrase(l string) bool {
	for _, k := range phraseKeys {
		if strings.Contains(l, k) {
			return true
		}
	}
	return false
}

// hasTIPAcronym finds "TIP" as a word, not followed by " OF" ("TIP OF AN ICEBERG").
func hasTIPAcronym(t string) bool {
	for i := 0; ; {
		j := strings.Index(t[i:], "TIP")
		if j < 0 {
			return false
		}
		k := i + j
		before := k == 0 || !isLetter(t[k-1])
		after := k+3 == len(t) || !isLetter(t[k+3])
		if before && after && !strings.HasPrefix(t[k+3:], " OF ") {
			return true
		}
		i = k + 3
	}
}

func isLetter(b byte) bool { return b >= 'a' && b <= 'z' || b >= 'A' && b <= 'Z' }

// focused reports whether the cable as a whole is about TIP: its subject
// names it, or more than a third of its paragraphs speak of it. In other
// cables (a child-labor report, a profile) only the paragraphs that speak
// of trafficking give figures.
func focused(c *model.Cable) bool {
	if hasTIPAcronym(c.Subject) {
		return true
	}
	if n := len(c.Paragraphs); n > 0 {
		tip := 0
		for i := range c.Paragraphs {
			if aboutTIP(c.Paragraphs[i].Text) {
				tip++
			}
		}
		if float64(tip) >= focusShare*float64(n) {
			return true
		}
	}
	l := strings.ToLower(c.Subject)
	for _, p := range []string{"traffick", "prostitut", "sexual exploitation", "forced labor", "servitude"} {
		if strings.Contains(l, p) && !strings.Contains(l, "drug traffick") && !strings.Contains(l, "arms traffick") {
			return true
		}
	}
	return false
}

// focusShare is the share of paragraphs about TIP that makes a cable about
// TIP as a whole.
const focusShare = 0.35

// paragraphWords mark a paragraph of an unfocused cable as speaking of TIP.
var paragraphWords = []string{
	"traffick", "prostitut", "sexual exploitation", "sexually exploited", "forced labor", "forced labour",
	"servitude", "brothel", "victim", "slavery", "sex work", "under-age marriage", "underage marriage",
}

// aboutTIP reports whether a paragraph speaks of trafficking in persons.
func aboutTIP(text string) bool {
	if hasTIPAcronym(text) {
		return true
	}
	l := strings.ToLower(text)
	for _, w := range paragraphWords {
		if !strings.Contains(l, w) || w == "traffick" && drugOnly(l) {
			continue
		}
		return true
	}
	return false
}

// drugOnly reports whether every "traffick" of a text is drug or arms
// trafficking.
func drugOnly(l string) bool {
	n := strings.Count(l, "traffick")
	d := 0
	for _, p := range []string{"drug traffick", "narcotics traffick", "narcotraffick", "narco-traffick", "arms traffick",
		"weapons traffick", "cocaine traffick"} {
		d += strings.Count(l, p)
	}
	return n > 0 && d >= n
}

// aboutDraft reports whether a text is about a bill or a draft law that
// has not been passed: its penalties are not statutory penalties
// (FIGURES.md: "not penalties in draft bills").
func aboutDraft(text string) bool {
	l := strings.ToLower(text)
	if !containsAny(l, []string{"draft", " bill ", " bill.", " bill,", " bills ", "proposed law", "proposed legislation",
		"proposal", "pending in congress", "pending before"}) {
		return false
	}
	return !containsAny(l, []string{"was passed", "were passed", "been passed", "enacted", "was approved",
		"been approved", "signed into law", "took effect",
		"entered into force", "in force", "promulgated", "went into effect"})
}

// draftList reports whether a paragraph ends by introducing a list of what
// a bill provides ("Pertinent facets of the bill include the following:"):
// the paragraph after it is that list.
func draftList(text string) bool {
	t := strings.TrimSpace(text)
	if !strings.HasSuffix(t, ":") {
		return false
	}
	ss := Sentences(t)
	return len(ss) > 0 && aboutDraft(ss[len(ss)-1].Text)
}

// otherCrimes are crimes that are not trafficking in persons.
var otherCrimes = []string{"rape", "smuggl", "illegal travel", "illegal entry", "murder", "homicide", "drug",
	"narcotic", "cocaine", "theft", "robbery", "embezzl", "money launder", "terroris", "assault", "kidnap for ransom",
	"torture", "discriminat",
	"weapons", "firearm"}

// tipCrimes name trafficking and the exploitation it serves.
var tipCrimes = []string{"traffick", "prostitut", "exploitation", "forced labor", "forced labour", "servitude",
	"pimp", "slave", "tip ", "brothel", "debauchery", "sex tourism", "pornograph", "procur", "corruption of minors"}

// tipCrimeWords are tipCrimes as word patterns (see matchWord).
var tipCrimeWords = []string{"traffick", "prostitut", "exploitation", "forced labor", "forced labour", "servitude",
	"pimp", "slave", "tip$", "brothel", "debauchery", "sex tourism", "pornograph", "procur", "corruption of minors"}

// otherCrime reports whether a sentence speaks of a crime other than
// trafficking and of no TIP crime.
func otherCrime(s string) bool {
	l := strings.ToLower(s)
	return containsAny(l, otherCrimes) && !containsAny(l, tipCrimes)
}

// solicitation reports whether a cable asks for money (a funding
// solicitation or proposal): the amounts it names are requests, not funding
// (FIGURES.md section 4).
func solicitation(subject string) bool {
	l := strings.ToLower(subject)
	return containsAny(l, []string{"solicitation", "proposal", "funding request", "request for funding", "application for"})
}

// otherCrimeNearer reports whether another crime is named nearer to a
// number than any TIP crime ("compared with penalties for rape, five years
// and a day to 20 years").
func otherCrimeNearer(ws []word, q quantity.Quantity, base int) bool {
	other, tip := -1, -1
	for i, w := range ws {
		d := gap(w.Start, w.End, q.Start, q.End)
		if commaBetween(ws, i, q) {
			d += 1000 // "7-12 years under the TIP statutes, and 6-12 years ... under the money laundering statute"
		}
		two := w.Lower
		if i+1 < len(ws) {
			two += " " + ws[i+1].Lower // "money laundering"
		}
		if (containsAny(w.Lower, otherCrimes) || containsAny(two, otherCrimes) && strings.Contains(two, " ")) &&
			(other < 0 || d < other) {
			other = d
		}
		for _, p := range tipCrimeWords {
			pw := phrase(p)
			hit := len(pw) > 1 && matchAt(ws, i, pw) || len(pw) == 1 && (strings.HasSuffix(p, "$") && w.Lower == p[:len(p)-1] ||
				!strings.HasSuffix(p, "$") && strings.HasPrefix(w.Lower, p))
			if hit && (tip < 0 || d < tip) {
				tip = d // "trafficker" counts here: the crime, not the act
			}
		}
	}
	return other >= 0 && (tip < 0 || other < tip)
}

// commaBetween reports whether a comma or semicolon stands between word i
// and the quantity q: a crime named in another clause is farther away.
func commaBetween(ws []word, i int, q quantity.Quantity) bool {
	for k, w := range ws {
		between := k > i && w.End <= q.Start || k < i && w.Start >= q.End
		if between && (w.Lower == "," || w.Lower == ";") {
			return true
		}
	}
	return false
}

// numberWords are the spelled numbers that make a paragraph a candidate.
var numberWords = []string{
	"one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve",
	"teen", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety", "hundred",
	"thousand", "million", "dozen", "half",
}

// candidate reports whether a paragraph may hold a figure: it has a digit
// or a number word. It is cheap and runs before any regexp.
func candidate(text string) bool {
	if strings.ContainsAny(text, "0123456789") {
		return true
	}
	l := strings.ToLower(text)
	for _, w := range numberWords {
		if strings.Contains(l, w) {
			return true
		}
	}
	return false
}

// question reports whether a sentence is a question quoted from a
// questionnaire: its numbers are not figures.
func question(s string) bool {
	s = strings.TrimRight(s, " \"')")
	if !strings.HasSuffix(s, "?") {
		return false
	}
	// "... three-to-six years.?": a closing quote mark mangled into "?"
	rest := strings.TrimRight(s, "?")
	return !strings.HasSuffix(rest, ".") && !strings.HasSuffix(rest, ",")
}
