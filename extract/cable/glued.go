package cable

import "strings"

// splitGlued cuts reflowed lines where a marked paragraph number follows
// the end of a sentence ("... with Kamilov. 16. (c) Comment: ..."): the
// rest of the line starts a block of its own.
func splitGlued(m *mapped, cl []cleanLine) []cleanLine {
	var out []cleanLine
	for i, c := range cl {
		if c.blank || c.rule || c.debris || c.b-c.a < 40 {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		locs := midParaRe.FindAllIndex(m.text[c.a:c.b], -1)
		k := 0
		for _, loc := range locs {
			if !refWord(m.text[c.a : c.a+loc[0]]) {
				locs[k] = loc
				k++
			}
		}
		if locs = locs[:k]; len(locs) == 0 {
			if out != nil {
				out = append(out, c)
			}
			continue
		}
		if out == nil {
			out = append(make([]cleanLine, 0, len(cl)+4), cl[:i]...)
		}
		a := c.a
		for _, loc := range locs {
			cut := c.a + loc[0] + 1
			for m.text[cut] == ' ' {
				cut++
			}
			p := trimSpan(m.text, a, cut)
			p.glued = c.glued && a == c.a
			out = append(out, p)
			a = cut
		}
		out = append(out, cleanLine{a: a, b: c.b, glued: true})
	}
	if out == nil {
		return cl
	}
	return out
}

// refWord reports whether s ends in a word that cites a paragraph or a
// reference ("see reftel para. 5. (C)"), not in the end of a sentence.
func refWord(s []byte) bool {
	i := len(s)
	for i > 0 && letter(s[i-1]) {
		i--
	}
	switch strings.ToLower(string(s[i:])) {
	case "para", "paras", "paragraph", "paragraphs", "ref", "reftel", "no", "art", "section":
		return true
	}
	return false
}
