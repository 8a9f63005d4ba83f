package extract

import (
	"strings"
	"unicode"
)

// Sentence is one sentence of a paragraph: Text is Para[Start:End].
type Sentence struct {
	Start, End int
	Text       string
}

// abbreviations end with a period that does not end a sentence.
var abbreviations = map[string]bool{
	"u.s": true, "mr": true, "mrs": true, "ms": true, "dr": true, "no": true, "nos": true,
	"art": true, "arts": true, "approx": true, "e.g": true, "i.e": true,
	"vs": true, "st": true, "jr": true, "sr": true, "gen": true, "col": true, "lt": true,
	"capt": true, "sgt": true, "amb": true, "min": true, "dept": true, "govt": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "aug": true, "sep": true, "sept": true,
	"oct": true, "nov": true, "dec": true, "u.n": true, "u.k": true, "inc": true, "co": true,
	"corp": true, "para": true, "paras": true, "ref": true, "fig": true, "p": true, "pp": true,
	"a.m": true, "p.m": true, "hon": true, "prof": true, "sen": true, "rep": true,
}

// Sentences splits a paragraph into sentences with byte offsets. A sentence
// ends at ".", "!" or "?" followed by white space and an upper-case letter,
// a digit or an opening quote (never "(": "200,000 LE. (USD 36,000)" goes
// on), unless the word before the period is a known
// abbreviation ("U.S.", "Mr.", "No.", "Art.", "approx.") or a single letter.
func Sentences(para string) []Sentence {
	var out []Sentence
	start := 0
	for i := 0; i < len(para); i++ {
		c := para[i]
		if c != '.' && c != '!' && c != '?' {
			continue
		}
		j := i + 1
		for j < len(para) && (para[j] == '"' || para[j] == '\'' || para[j] == ')') {
			j++
		}
		if j >= len(para) || (para[j] != ' ' && para[j] != '\n' && para[j] != '\t') {
			continue
		}
		k := j
		for k < len(para) && (para[k] == ' ' || para[k] == '\n' || para[k] == '\t') {
			k++
		}
		if k >= len(para) {
			break
		}
		next := rune(para[k])
		if !unicode.IsUpper(next) && !unicode.IsDigit(next) && next != '"' && next != '-' {
			continue
		}
		if c == '.' && isAbbreviation(para[start:i]) {
			continue
		}
		out = appendSentence(out, para, start, j)
		start = k
	}
	return appendSentence(out, para, start, len(para))
}

func appendSentence(out []Sentence, para string, s, e int) []Sentence {
	for s < e && isSpace(para[s]) {
		s++
	}
	for e > s && isSpace(para[e-1]) {
		e--
	}
	if s < e {
		out = append(out, Sentence{Start: s, End: e, Text: para[s:e]})
	}
	return out
}

func isSpace(b byte) bool { return b == ' ' || b == '\n' || b == '\t' || b == '\r' }

// isAbbreviation reports whether the text before a period ends with an
// abbreviation or an initial.
func isAbbreviation(before string) bool {
	w := before
	if i := strings.LastIndexAny(before, " \n\t(\""); i >= 0 {
		w = before[i+1:]
	}
	if w == "" {
		return false
	}
	if len(w) == 1 && unicode.IsUpper(rune(w[0])) {
		return true // an initial: "J. Smith"
	}
	return abbreviations[strings.ToLower(w)]
}
