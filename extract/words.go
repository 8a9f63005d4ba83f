package extract

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// word is one word of a paragraph, with byte offsets into the paragraph.
type word struct {
	Start, End int
	Text       string
	Lower      string
	Aside      int // the aside (parenthesis or dash pair) the word stands in, 0 for none
}

// splitWords returns the words of text (letters, digits, inner hyphens,
// apostrophes, periods and commas inside numbers), offsets shifted by base.
// Punctuation that ends a clause (";" ":" "--" "(") becomes a word of its own
// so that clause limits can be seen.
func splitWords(text string, base int) []word {
	var out []word
	i := 0
	for i < len(text) {
		r, n := utf8.DecodeRuneInString(text[i:])
		switch {
		case isWordRune(r):
			j := i + n
			for j < len(text) {
				r2, n2 := utf8.DecodeRuneInString(text[j:])
				if isWordRune(r2) {
					j += n2
					continue
				}
				if (r2 == '-' || r2 == '\'' || r2 == '.' || r2 == ',' || r2 == '/') && j+n2 < len(text) {
					r3, _ := utf8.DecodeRuneInString(text[j+n2:])
					inner := isWordRune(r3)
					if (r2 == ',' || r2 == '.') && !(unicode.IsDigit(r3) && unicode.IsDigit(lastRune(text[:j]))) {
						inner = false
					}
					if inner {
						j += n2
						continue
					}
				}
				break
			}
			w := text[i:j]
			out = append(out, word{Start: base + i, End: base + j, Text: w, Lower: strings.ToLower(w)})
			i = j
		case r == ';' || r == ':' || r == '(' || r == ')' || r == ',':
			out = append(out, word{Start: base + i, End: base + i + n, Text: string(r), Lower: string(r)})
			i += n
		case r == '-' || r == '—':
			j := i + n // a dash standing alone ("registrars - suspected of ... - had been"), not a hyphen
			for j < len(text) && (text[j] == '-') {
				j++
			}
			out = append(out, word{Start: base + i, End: base + j, Text: text[i:j], Lower: "-"})
			i = j
		default:
			i += n
		}
	}
	markAsides(out)
	return out
}

// markAsides numbers the asides of a sentence, parentheses and pairs of
// dashes, and marks each word with the aside it stands in: a trigger in an
// aside says nothing about a number outside it.
func markAsides(ws []word) {
	var stack []int
	id, dashOpen := 0, 0
	for i := range ws {
		switch ws[i].Lower {
		case "(":
			id++
			stack = append(stack, id)
		case ")":
			if len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		case "-":
			if dashOpen != 0 && len(stack) > 0 && stack[len(stack)-1] == dashOpen {
				stack, dashOpen = stack[:len(stack)-1], 0
			} else if dashOpen == 0 && hasDashAfter(ws[i+1:]) {
				id++
				dashOpen = id
				stack = append(stack, id)
			}
		}
		if len(stack) > 0 {
			ws[i].Aside = stack[len(stack)-1]
		}
	}
}

func hasDashAfter(ws []word) bool {
	for _, w := range ws {
		if w.Lower == "-" {
			return true
		}
	}
	return false
}

func lastRune(s string) rune {
	r, _ := utf8.DecodeLastRuneInString(s)
	return r
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '$' }

// isPunct reports whether w is a punctuation word made by splitWords.
func (w word) isPunct() bool { return len(w.Lower) == 1 && strings.ContainsAny(w.Lower, ";:(),-") }

// hasPrefixWord reports whether the word w matches the pattern p: a word of
// four letters or more matches as a prefix ("convict" → "convicted",
// "convictions"); a shorter one must match exactly; a trailing "$" forces an
// exact match.
func matchWord(w, p string) bool {
	if strings.HasSuffix(p, "$") {
		return w == p[:len(p)-1]
	}
	if len(p) < 4 {
		return w == p
	}
	return strings.HasPrefix(w, p) && !agentOf(w, p)
}

// agentOf reports whether w is the agent noun of the stem p ("prosecutors"
// of "prosecut", "investigators" of "investigat"): the person who acts is
// not the act.
func agentOf(w, p string) bool {
	rest := w[len(p):]
	for _, suffix := range []string{"'s", "’s", "'", "’"} {
		rest = strings.TrimSuffix(rest, suffix)
	}
	switch rest {
	case "or", "ors", "er", "ers":
		return true
	}
	return false
}

// matchAt reports whether the words of phrase (space-separated patterns)
// match ws starting at i.
func matchAt(ws []word, i int, phrase []string) bool {
	if i+len(phrase) > len(ws) {
		return false
	}
	for k, p := range phrase {
		if !matchWord(ws[i+k].Lower, p) {
			return false
		}
	}
	return true
}

// possessive reports whether w ends in an apostrophe s, straight or curly
// (the reader mends "Argentina,s" into "Argentina’s").
func possessive(w string) bool {
	return strings.HasSuffix(w, "'s") || strings.HasSuffix(w, "’s")
}
