package quantity

// Byte-level helpers that look at the words around a number. They treat
// ASCII letters as word characters; other bytes (UTF-8 included) separate
// words, which is what the cables need.

func isDigit(c byte) bool  { return c >= '0' && c <= '9' }
func isLetter(c byte) bool { return c|0x20 >= 'a' && c|0x20 <= 'z' }
func isAlnum(c byte) bool  { return isDigit(c) || isLetter(c) }
func isSpace(c byte) bool  { return c == ' ' || c == '\t' || c == '\n' || c == '\r' }
func isUpper(c byte) bool  { return c >= 'A' && c <= 'Z' }

func lower(c byte) byte {
	if isUpper(c) {
		return c | 0x20
	}
	return c
}

// skipSpace returns the first index at or after i that is not a space.
func skipSpace(s string, i int) int {
	for i < len(s) && isSpace(s[i]) {
		i++
	}
	return i
}

// skipSpaceBack returns the index just after the last non-space byte
// before i.
func skipSpaceBack(s string, i int) int {
	for i > 0 && isSpace(s[i-1]) {
		i--
	}
	return i
}

// wordAt returns the end of the run of letters starting at i (i if none).
func wordAt(s string, i int) int {
	j := i
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	return j
}

// nextWord returns the letters word starting at the first non-space byte
// at or after i: its bounds, or (i', i') when no word starts there.
func nextWord(s string, i int) (int, int) {
	i = skipSpace(s, i)
	return i, wordAt(s, i)
}

// prevWord returns the bounds of the letters word ending at the last
// non-space byte before i, or (j, j) when that byte is not a letter.
func prevWord(s string, i int) (int, int) {
	j := skipSpaceBack(s, i)
	k := j
	for k > 0 && isLetter(s[k-1]) {
		k--
	}
	return k, j
}

// eqFold reports whether s equals the lower-case ASCII word w, ignoring case.
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

// inFold reports whether s is one of the lower-case words ws, ignoring case.
func inFold(s string, ws ...string) bool {
	for _, w := range ws {
		if eqFold(s, w) {
			return true
		}
	}
	return false
}

// matchAfter matches the lower-case phrase p (words separated by single
// spaces, which match any run of spaces) at i, ignoring case and leading
// spaces, and ending at a word boundary. It returns the end of the match.
func matchAfter(s string, i int, p string) (int, bool) {
	i = skipSpace(s, i)
	j := 0
	for j < len(p) {
		if p[j] == ' ' {
			if i >= len(s) || !isSpace(s[i]) {
				return 0, false
			}
			i = skipSpace(s, i)
			j++
			continue
		}
		if i >= len(s) || lower(s[i]) != p[j] {
			return 0, false
		}
		i++
		j++
	}
	if i < len(s) && isLetter(p[len(p)-1]) && isLetter(s[i]) {
		return 0, false
	}
	return i, true
}

// matchBefore matches the lower-case phrase p so that it ends, apart from
// spaces, just before i, starting at a word boundary. It returns the start
// of the match.
func matchBefore(s string, i int, p string) (int, bool) {
	i = skipSpaceBack(s, i)
	j := len(p)
	for j > 0 {
		if p[j-1] == ' ' {
			if i == 0 || !isSpace(s[i-1]) {
				return 0, false
			}
			i = skipSpaceBack(s, i)
			j--
			continue
		}
		if i == 0 || lower(s[i-1]) != p[j-1] {
			return 0, false
		}
		i--
		j--
	}
	if i > 0 && isLetter(p[0]) && isLetter(s[i-1]) {
		return 0, false
	}
	return i, true
}

// anyBefore returns the start of the first phrase of ps that ends just
// before i, and the phrase.
func anyBefore(s string, i int, ps []string) (int, string, bool) {
	for _, p := range ps {
		if k, ok := matchBefore(s, i, p); ok {
			return k, p, true
		}
	}
	return 0, "", false
}

// anyAfter returns the end of the first phrase of ps that starts at i
// (after spaces), and the phrase.
func anyAfter(s string, i int, ps []string) (int, string, bool) {
	for _, p := range ps {
		if k, ok := matchAfter(s, i, p); ok {
			return k, p, true
		}
	}
	return 0, "", false
}
