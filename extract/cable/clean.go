package cable

import (
	"bytes"
	"regexp"
	"strings"
)

var (
	// pageBreakRe matches "BAKU 00000677 002 OF 002", "CARACAS 00000442 002.2 OF 003".
	// Fragments count too: "001.2 OF 003", "XXXXXXXXXXXX 002 OF 002",
	// "BRASILIA 00001167 005 OF 00".
	pageBreakRe = regexp.MustCompile(`^(?:(?:[A-Z][A-Z .'-]{1,24}\s+\d{5,8}|\d{8}|X{4,})\s+)?\d{3}(?:\.\d{1,2})?\s+OF\s+\d{2,3}$`)
	// pageFragRe is the end of a page-break line left before a paragraph:
	// "2 OF 002 5. (C) In selecting ...".
	pageFragRe = regexp.MustCompile(`^\d{1,3}(?:\.\d{1,2})?\s+OF\s+\d{3}\s+`)
	// pageHeadRe matches a page header "PAGE 02 RUEHFRA0170 S E C R E T",
	// "PAGE 03 RUEHFRA2440 C O N F I D E N T I A L PARIS 002440".
	pageHeadRe = regexp.MustCompile(`^PAGE \d{2,3} +[A-Z]{4,}\d{3,5} +(?:[A-Z] )+[A-Z](?: +[A-Z][A-Z .'-]*? +\d{6})?$`)
	// pageMarkRe matches an old page marker "PAGE 03 HARARE 05461 01 OF 02 271458Z".
	pageMarkRe = regexp.MustCompile(`^\s*PAGE \d{2,3} +[A-Z][A-Z .'-]*? +\d{3,6} +(?:\d{2} +OF +\d{2} +)?\d{6}Z\s*`)
	footerRe   = regexp.MustCompile(`^(?:UNCLASSIFIED|UNCLAS|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE|NOFORN)(?: [A-Z]{3}\d{3,5})?$`)
	trailerRe  = regexp.MustCompile(`\s{2,}(?:UNCLASSIFIED|CONFIDENTIAL|SECRET|LIMITED OFFICIAL USE)\s*$`)
	ruleRe     = regexp.MustCompile(`^(?:[-=_*~]\s?){3,}$`)
	debrisRe   = regexp.MustCompile(`^(?:(?:(?:SENSITIVE|SIPDIS|NOFORN|EXDIS|NODIS|LIMDIS|STADIS)[ ,]*)+$|E\.?\s?O\.?\s?12958|TAGS\b|SUBJECT:|INFO +LOG-|ACTION +[A-Z]+-\d\d|NNNN$|[>|#¶]+$)`)
)

// isDebris reports whether the trimmed line s is a page-break line, a
// repeated header line, a rule or another telegram artefact.
func isDebris(s string) bool {
	if s == "" {
		return false
	}
	if len(s) > 120 {
		// long lines: only a section header squeezed on one line
		return debrisRe.MatchString(s) || squeezedTags(s) || squeezedSubject(s) || classLine.MatchString(s) && classNumberOK(s)
	}
	if pageBreakRe.MatchString(s) || footerRe.MatchString(s) || debrisRe.MatchString(s) || pageHeadRe.MatchString(s) {
		return true
	}
	if m := pageMarkRe.FindStringIndex(s); m != nil && m[1] == len(s) {
		return true
	}
	return squeezedTags(s) || squeezedSubject(s) || classLine.MatchString(s) && classNumberOK(s)
}

// squeezedSubject reports whether s is a SUBJECT line glued to the end of
// a TAGS line: "ECON, PHUM, RS, UK SUBJECT: MILIBAND'S RUSSIA TRIP".
func squeezedSubject(s string) bool {
	i := strings.Index(s, "SUBJECT:")
	return i > 0 && i < 60 && tagLike(s[:i])
}

// squeezedTags reports whether s is a TAGS line after a few words of a
// squeezed section header: "SNSITIVE TAGS: TU BO MD".
func squeezedTags(s string) bool {
	i := strings.Index(s, "TAGS")
	if i < 0 || i >= 40 {
		return false
	}
	m := tagsRe.FindStringSubmatch(s[i:])
	return m != nil && tagLike(m[1])
}

// inlineDebris finds what reflowed lines carry inside them: rules around
// headings ("... labor issues. -------- Training --------"), page breaks
// ("MOSCOW 00003335 002 OF 004") and SIPDIS markers.
var inlineDebris = regexp.MustCompile(`(?:-{4,}|={4,})|\b[A-Z][A-Z .'-]{1,24}?\s+\d{8}\s+\d{3}(?:\.\d{1,2})?\s+OF\s+\d{3}\b|\bSIPDIS\b|` +
	// a squeezed "E.O. 12958: DECL: 6/18/2019 TAGS: PREL SMIG KTIA IT LY"
	`\bE\.\s?O\.\s?12958:?\s*(?:DECL:?\s*[\d/]+|N/A)?\s*TAGS:?(?:[ ,]+(?:[A-Z]{2}|[A-Z]{4}|[A-Z]{6})\b)+`)

// splitInline appends the content line text[a:b] to out, cut around inline
// debris: a rule becomes a rule line (a block boundary), a page break or
// SIPDIS a gap that the next piece joins across.
func splitInline(out []cleanLine, text []byte, a, b int) []cleanLine {
	base := a
	if l := text[a:b]; !bytes.Contains(l, []byte("----")) && !bytes.Contains(l, []byte("====")) &&
		!bytes.Contains(l, []byte("SIPDIS")) && !bytes.Contains(l, []byte(" OF ")) && !bytes.Contains(l, []byte("12958")) {
		if p := trimSpan(text, a, b); p.a < p.b {
			out = append(out, p)
		}
		return out
	}
	for _, m := range inlineDebris.FindAllIndex(text[a:b], -1) {
		s, e := base+m[0], base+m[1]
		if p := trimSpan(text, a, s); p.a < p.b {
			p.debris = isDebris(string(text[p.a:p.b]))
			out = append(out, p)
		}
		if text[s] == '-' || text[s] == '=' {
			out = append(out, cleanLine{a: s, b: e, rule: true})
		}
		a = e
	}
	if p := trimSpan(text, a, b); p.a < p.b {
		if base != a {
			p.debris = isDebris(string(text[p.a:p.b]))
		}
		out = append(out, p)
	}
	return out
}

// trimSpan returns text[a:b] without surrounding spaces as a content line.
func trimSpan(text []byte, a, b int) cleanLine {
	for a < b && text[a] == ' ' {
		a++
	}
	for b > a && text[b-1] == ' ' {
		b--
	}
	return cleanLine{a: a, b: b}
}

func classNumberOK(s string) bool {
	m := classLine.FindStringSubmatch(s)
	return m != nil && (m[2] != "" || len(m[5]) >= 3)
}

// cleanLine is one body line after cleaning: its text range, or a marker.
type cleanLine struct {
	a, b   int
	blank  bool // an empty line
	rule   bool // a removed rule: it separates blocks
	debris bool // a removed page-break or header line: it does not
	glued  bool // a paragraph cut from the end of the line before it
}

// cleanBody classifies the body lines from start on.
func cleanBody(text []byte, ls []line, start, col int) []cleanLine {
	out := make([]cleanLine, 0, len(ls)-start)
	skipTo := -1
	for i := start; i < len(ls); i++ {
		l := ls[i]
		if i <= skipTo {
			out = append(out, cleanLine{a: l.a, b: l.b, debris: true})
			continue
		}
		if j := repeatedHeader(text, ls, i); j > i {
			skipTo = j
			out = append(out, cleanLine{a: l.a, b: l.b, debris: true})
			continue
		}
		a, b := l.a, l.b
		if i == start {
			a = min(b, a+col)
		}
		for a < b && (text[a] == ' ' || text[a] == '\t') {
			a++
		}
		for b > a && (text[b-1] == ' ' || text[b-1] == '\t' || text[b-1] == '\r') {
			b--
		}
		if b > a && text[b-1] == '\\' && (b-1 == a || text[b-2] == ' ') {
			// "...Sixth Session of \": a line-continuation mark some posts
			// put at the end of every line
			for b--; b > a && text[b-1] == ' '; b-- {
			}
		}
		s := string(text[a:b])
		switch {
		case a == b, b-a == 1 && text[a] == '-':
			// an empty line, or a lone "-" that old telegrams put between paragraphs
			out = append(out, cleanLine{a: a, b: b, blank: true})
			continue
		case ruleRe.MatchString(s):
			out = append(out, cleanLine{a: a, b: b, rule: true})
			continue
		case isDebris(s):
			out = append(out, cleanLine{a: a, b: b, debris: true})
			continue
		}
		if m := pageMarkRe.FindStringIndex(s); m != nil {
			a += m[1]
			s = s[m[1]:]
			if debrisRe.MatchString(s) {
				out = append(out, cleanLine{a: a, b: b, debris: true})
				continue
			}
		}
		if strings.HasPrefix(s, "SIPDIS ") {
			a += len("SIPDIS ")
		}
		if m := pageFragRe.FindStringIndex(string(text[a:b])); m != nil {
			a += m[1]
		}
		// "...ATTRACTIVE  CONFIDENTIAL" before an old page marker
		if i+1 < len(ls) && pageMarkRe.Match(text[ls[i+1].a:ls[i+1].b]) {
			if m := trailerRe.FindStringIndex(string(text[a:b])); m != nil {
				b = a + m[0]
			}
		}
		out = splitInline(out, text, a, b)
	}
	// A removed page break with blank lines around it: the blank lines go
	// too when the text runs on across the break. Each run of blank and
	// debris lines is looked at once.
	for i := 0; i < len(out); {
		if !out[i].blank && !out[i].debris {
			i++
			continue
		}
		n, hasDebris := i, false
		for n < len(out) && (out[n].blank || out[n].debris) {
			hasDebris = hasDebris || out[n].debris
			n++
		}
		p := i - 1
		if hasDebris && p >= 0 && n < len(out) && !out[p].rule && !out[n].rule && runsOn(text, out[p], out[n]) {
			for k := i; k < n; k++ {
				out[k].blank = false
				out[k].debris = true
			}
		}
		i = n
	}
	return out
}

func endsSentence(s []byte) bool {
	s = bytes.TrimRight(s, " ")
	if len(s) == 0 {
		return true
	}
	switch s[len(s)-1] {
	case '.', '!', '?', ':', '"':
		return true
	case ')':
		// "(See the statistics below.)"
		return len(s) > 1 && (s[len(s)-2] == '.' || s[len(s)-2] == '!' || s[len(s)-2] == '?')
	}
	return false
}

// repeatedHeader returns the last line of the header block that a later
// section repeats ("SECTION 02 OF 03" line, routing lines, E.O., TAGS and
// the SUBJECT with its continuation) when line i opens one, or -1.
func repeatedHeader(text []byte, ls []line, i int) int {
	m := classLine.FindSubmatch(text[ls[i].a:ls[i].b])
	if m == nil || len(m[2]) == 0 || string(m[2]) == "01" || string(m[2]) == "1" {
		return -1
	}
	for j := i + 1; j < len(ls) && j <= i+14; j++ {
		if !subjectRe.Match(text[ls[j].a:ls[j].b]) {
			continue
		}
		for j+1 < len(ls) && len(bytes.TrimSpace(text[ls[j+1].a:ls[j+1].b])) > 0 {
			j++
		}
		return j
	}
	return -1
}

// runsOn reports whether the text of line next continues the sentence of
// line prev across a removed page break.
func runsOn(text []byte, prev, next cleanLine) bool {
	if _, _, ok := paraStart(text[next.a:next.b]); ok {
		return false
	}
	return !endsSentence(text[prev.a:prev.b])
}
