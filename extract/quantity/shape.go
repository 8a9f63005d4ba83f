package quantity

// Negative rules that look at the characters around a numeral rather
// than the words: slashes, colons, dots, list marks, phone numbers.

// shapeReason drops numerals by the characters right around them: dates
// and fractions with "/", times with ":", dotted sections "1.4.2",
// questionnaire items "1.4 b", codes "G-8", phone numbers.
func shapeReason(s string, n number) reason {
	a, b := n.start, n.end
	if a > 0 {
		switch c := s[a-1]; {
		case c == '/' || c == ':' || c == '+':
			if c == '+' || a > 1 && isDigit(s[a-2]) {
				return notOther
			}
		case c == '.' && a > 1 && isDigit(s[a-2]):
			return notRef
		case c == '-' && a > 1 && isLetter(s[a-2]) && !n.words:
			return notRef
		}
	}
	if j := skipSpaceBack(s, a); j >= 2 && s[j-2:j] == "¶" {
		return notRef // a paragraph sign: "¶ 7."
	}
	if b+1 < len(s) && (s[b] == '/' || s[b] == ':' || s[b] == '.') && isDigit(s[b+1]) {
		return notOther
	}
	if n.decimal && b+2 <= len(s) && s[b] == ' ' && b+1 < len(s) && isLetter(s[b+1]) &&
		(b+2 == len(s) || !isLetter(s[b+2])) && lower(s[b+1]) != 'a' {
		return notRef
	}
	if b+2 < len(s) && s[b] == '(' && isLetter(s[b+1]) && s[b+2] == ')' {
		return notRef
	}
	// "(28.B)", "paragraph 30.H."
	if b+1 < len(s) && s[b] == '.' && isUpper(s[b+1]) && (b+2 == len(s) || !isLetter(s[b+2])) {
		return notRef
	}
	if isEnumerator(s, n) {
		return notRef
	}
	if isPhone(s, n) {
		return notPhone
	}
	return keep
}

// isPhone reports whether n is one group of a phone number: "498-0335",
// "(994 12) 498 03 35", "0800 123 456".
func isPhone(s string, n number) bool {
	if n.words || n.comma || n.decimal {
		return false
	}
	// collect the groups around n joined by single '-', ' ' or ')' + ' '
	start := n.start
	for start > 1 && (s[start-1] == '-' || s[start-1] == ' ' || s[start-1] == ')') && isDigit(s[start-2]) {
		start -= 2
		for start > 0 && isDigit(s[start-1]) {
			start--
		}
	}
	var groups []int
	lead0 := false
	i := start
	for {
		j := i
		for j < len(s) && isDigit(s[j]) {
			j++
		}
		if j-i > 1 && s[i] == '0' {
			lead0 = true
		}
		groups = append(groups, j-i)
		if j+1 < len(s) && (s[j] == '-' || s[j] == ' ' || s[j] == ')') && isDigit(s[j+1]) {
			i = j + 1
			continue
		}
		if j+2 < len(s) && s[j] == ')' && s[j+1] == ' ' && isDigit(s[j+2]) {
			i = j + 2
			continue
		}
		break
	}
	if len(groups) < 2 {
		return false
	}
	total := 0
	for _, g := range groups {
		total += g
	}
	if len(groups) >= 3 && total >= 7 {
		return true
	}
	return total >= 6 && (lead0 || groups[len(groups)-1] == 4 && groups[0] == 3)
}

// isEnumerator reports whether n numbers an item of a list: "1) training",
// "(2) launch", at the start of the text or after ".", ":", ";" or a line
// break ("N)" also after ",").
func isEnumerator(s string, n number) bool {
	if n.decimal || n.comma || n.words || n.end >= len(s) || s[n.end] != ')' || n.value > 50 {
		return false
	}
	a := n.start
	paren := a > 0 && s[a-1] == '('
	if paren {
		a--
	}
	j := a
	for j > 0 && isSpace(s[j-1]) {
		if s[j-1] == '\n' {
			return true
		}
		j--
	}
	if j == 0 {
		return true
	}
	c := s[j-1]
	return c == '.' || c == ':' || c == ';' || !paren && c == ','
}

// paragraphMark reports whether i is followed by ". (C)", ".(SBU)" or
// ". (U)": the number before it numbers a paragraph.
func paragraphMark(s string, i int) bool {
	if i >= len(s) || s[i] != '.' {
		return false
	}
	k := skipSpace(s, i+1)
	if k >= len(s) || s[k] != '(' {
		return false
	}
	j := k + 1
	for j < len(s) && (isUpper(s[j]) || s[j] == '/' || s[j] == ' ') {
		j++
	}
	return j < len(s) && s[j] == ')' && j > k+1
}
