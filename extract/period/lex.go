package period

// The lexer cuts a text into words (ASCII letters), numbers (ASCII
// digits) and single punctuation bytes; spaces and other bytes separate
// tokens. Rules match token sequences, never raw bytes.

type kind uint8

const (
	word kind = iota
	numTok
	punct
)

type tok struct {
	start, end int
	n          int // value of a number (capped), the byte of a punctuation
	k          kind
}

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }

func lex(s string) []tok {
	toks := make([]tok, 0, len(s)/5+1)
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case isLetter(c):
			j := i + 1
			for j < len(s) && isLetter(s[j]) {
				j++
			}
			toks = append(toks, tok{start: i, end: j, k: word})
			i = j
		case isDigit(c):
			j, v := i, 0
			for j < len(s) && isDigit(s[j]) {
				if v < 1e8 {
					v = v*10 + int(s[j]-'0')
				}
				j++
			}
			toks = append(toks, tok{start: i, end: j, k: numTok, n: v})
			i = j
		case c == ' ' || c == '\t' || c == '\n' || c == '\r':
			i++
		case c < 0x80:
			toks = append(toks, tok{start: i, end: i + 1, k: punct, n: int(c)})
			i++
		default: // UTF-8: "–" and "—" are dashes, the rest separates
			if i+3 <= len(s) && (s[i:i+3] == "–" || s[i:i+3] == "—") {
				toks = append(toks, tok{start: i, end: i + 3, k: punct, n: '-'})
				i += 3
				continue
			}
			i++
		}
	}
	return toks
}

func lower(c byte) byte {
	if c >= 'A' && c <= 'Z' {
		return c | 0x20
	}
	return c
}

// eqFold reports whether s equals the lower-case word w, ignoring case.
func eqFold(s, w string) bool {
	if len(s) != len(w) {
		return false
	}
	for i := 0; i < len(s); i++ {
		if lower(s[i]) != w[i] {
			return false
		}
	}
	return true
}
