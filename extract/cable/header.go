package cable

import (
	"regexp"
	"strconv"
	"strings"
	"time"
)

// telegram is what the header block of a telegram states.
type telegram struct {
	post           string    // post of the classification line, e.g. "BUENOS AIRES"
	number         int       // serial number of the classification line
	classification string    // from the classification line
	dtg            time.Time // date-time group "P 280814Z AUG 09"
	from           string    // "FM AMEMBASSY BAKU" → "AMEMBASSY BAKU"
	eoDate         time.Time // E.O. 12958 declassification date (a last-resort anchor)
	tags           []string
	subject        string
	truncated      bool
	refs           string    // the REF: block, one line
	id             string    // a reference id standing on a header line
	dated          time.Time // "Cable dated:2006-01-29T11:49:00"
	subjectLine    int       // index of the last SUBJECT line before the body, -1 if none
	bodyStart      int       // index of the first body line
	bodyCol        int       // bytes of that line before the body (text glued to "Classified By")
}

// reasonsRe ends a "Classified By ... Reasons 1.4 (b) and (d)." clause.
var reasonsRe = regexp.MustCompile(`(?i)reasons?:?\s*1\.[45]\s*(?:\(?\s?[a-h]\s?\)?(?:\s*(?:,|and|&)\s*\(?\s?[a-h]\s?\)?)*)?\s*\.?\s*`)

var (
	// classLine matches a classification line: "C O N F I D E N T I A L SECTION 01 OF 02 BAKU 000677".
	classLine = regexp.MustCompile(`^\s*(U?NCLAS(?:SIFIED)?(?: E ?F ?T ?O)?|C? ?O ?N ?F ?I ?D ?E ?N ?T ?I ?A ?L|S ?E ?C ?R ?E ?T|LIMITED OFFICIAL USE|L I M I T E D O F F I C I A L U S E|UNCLASSIFIED//FOR OFFICIAL USE ONLY)(?: +(?:NOFORN|N O F O R N|SENSITIVE|EXDIS|E X D I S|NODIS|N O D I S|LIMDIS|SIPDIS|STATE))*(?: +SECTION +(\d+) +OF +(\d+))? +([A-Z][A-Z .'-]*?[A-Z]) +(\d{1,7})(?:\b|[A-Z])`)
	// classLineAny finds a classification line glued after other text (alx layout).
	classLineAny = regexp.MustCompile(`(UNCLAS|C? ?O N F I D E N T I A L|S E C R E T|CONFIDENTIAL|SECRET)(?: +SECTION +\d+ +OF +\d+)? +[A-Z][A-Z .'-]*?[A-Z] +\d{3,7}(?:\b|[A-Z])`)
	cableDated   = regexp.MustCompile(`Cable dated:\s*(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})`)
	dtgRe        = regexp.MustCompile(`(?m)^\s*(?:[ZOPRM]{1,2}\s+)?(\d{2})(\d{2})(\d{2})Z\s+([A-Z]{3})\s+(\d{2,4})\b`)
	dtgAny       = regexp.MustCompile(`\b[ZOPR] (\d{2})(\d{2})(\d{2})Z ([A-Z]{3}) (\d{2})\b`)
	fromRe       = regexp.MustCompile(`(?m)^\s*FM\s+(.+?)\s*$`)
	eoRe         = regexp.MustCompile(`E\.?\s?O\.?\s*12958:?\s*(?:DECL:?\s*)?(\d{1,2})/(\d{1,2})/(\d{2,4})`)
	subjectRe    = regexp.MustCompile(`^\s*(?i:SUBJECT|SUBJ)\s*:\s*(.*)$`)
	tagsRe       = regexp.MustCompile(`(?:\bTAGS:?|^\s*(?i:tags):)\s+(.*)$`)
	refRe        = regexp.MustCompile(`^\s*(?:REF|REFS|REFTEL|REFTELS|Ref|Refs|REFERENCE|REFERENCES)\b\s*[:.]?\s*(.*)$`)
	gluedMarkRe  = regexp.MustCompile(`\s\((?:U|C|S|SBU|[CS]//?NF)\)\s+[A-Z]`)
	classByAny   = regexp.MustCompile(`(?i)classified\s+by`)
	classByRe    = regexp.MustCompile(`^\s*(?i:classified\s+by|derived\s+from|reasons?\s+1\.)`)
	markPrefixRe = regexp.MustCompile(`^\s*\((U|C|S|SBU|U//FOUO|C/NF|S/NF|C//NF|S//NF|LOU|FOUO)\)\s*`)
)

// maxHeaderLines bounds how far a SUBJECT or "Classified By" block is
// followed onto the next lines.
const maxHeaderLines = 8

var months = map[string]time.Month{"JAN": 1, "FEB": 2, "MAR": 3, "APR": 4, "MAY": 5, "JUN": 6,
	"JUL": 7, "AUG": 8, "SEP": 9, "OCT": 10, "NOV": 11, "DEC": 12}

// fourYear expands a two-digit year (66-99 → 1900s).
func fourYear(y int) int {
	switch {
	case y >= 100:
		return y
	case y >= 60:
		return 1900 + y
	}
	return 2000 + y
}

// normClass spells a classification line's marking the way the metadata
// tables do.
func normClass(s string, sensitive bool) string {
	s = strings.ReplaceAll(s, " ", "")
	switch s {
	case "ONFIDENTIAL":
		s = "CONFIDENTIAL"
	case "NCLAS", "NCLASSIFIED":
		s = "U" + s
	}
	switch {
	case strings.HasPrefix(s, "UNCLASSIFIED//"):
		return s
	case strings.HasPrefix(s, "UNCLAS"):
		if sensitive {
			return "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
		}
		return "UNCLASSIFIED"
	case s == "LIMITEDOFFICIALUSE":
		return "LIMITED OFFICIAL USE"
	}
	return s
}

// readTelegram reads the header block of the telegram in lines.
func readTelegram(text []byte, ls []line) *telegram {
	t := &telegram{subjectLine: -1}
	str := func(l line) string { return string(text[l.a:l.b]) }
	firstPara := len(ls)
	for i, l := range ls {
		if _, _, ok := paraStart(text[l.a:l.b]); ok && i > 0 {
			firstPara = i
			break
		}
	}
	sensitive, noforn := false, false
	for i := 0; i < firstPara; i++ {
		s := str(ls[i])
		if t.post == "" {
			if m := classLine.FindStringSubmatch(s); m != nil {
				t.classification = m[1]
				t.post = strings.TrimSpace(m[4])
				t.number, _ = strconv.Atoi(m[5])
				if strings.Contains(t.post, "ECTION") {
					t.post, t.number = "", 0
				}
			} else if loc := classLineAny.FindStringIndex(s); loc != nil {
				if m := classLine.FindStringSubmatch(s[loc[0]:]); m != nil && !strings.Contains(m[4], "ECTION") {
					t.classification = m[1]
					t.post = strings.TrimSpace(m[4])
					t.number, _ = strconv.Atoi(m[5])
				}
			}
		}
		if strings.Contains(s, "SENSITIVE") || strings.Contains(s, "FOR OFFICIAL USE ONLY") {
			sensitive = true
		}
		if strings.TrimSpace(s) == "NOFORN" || strings.Contains(s, "N O F O R N") || strings.Contains(s, " NOFORN ") {
			noforn = true
		}
		if t.id == "" && idRe.MatchString(strings.TrimSpace(s)) {
			t.id = strings.TrimSpace(s) // "09ULAANBAATAR234" on a line of a csv-like header
		}
		if m := cableDated.FindStringSubmatch(s); m != nil && t.dated.IsZero() {
			t.dated, _ = time.Parse("2006-01-02T15:04:05", m[1])
		}
		if t.dtg.IsZero() {
			if m := dtgRe.FindStringSubmatch(s); m != nil {
				t.dtg = dtgTime(m)
			}
		}
		if t.from == "" {
			// "FM AMEMBASSY BAKU" followed by "TO ...": not "FM GUL: ..." in a body
			if m := fromRe.FindStringSubmatch(s); m != nil && i+1 < len(ls) &&
				strings.HasPrefix(strings.TrimSpace(str(ls[i+1])), "TO ") {
				t.from = m[1]
			}
		}
		if t.eoDate.IsZero() {
			if m := eoRe.FindStringSubmatch(s); m != nil {
				mo, _ := strconv.Atoi(m[1])
				d, _ := strconv.Atoi(m[2])
				y, _ := strconv.Atoi(m[3])
				if mo >= 1 && mo <= 12 && d >= 1 && d <= 31 {
					t.eoDate = time.Date(fourYear(y), time.Month(mo), d, 0, 0, 0, 0, time.UTC)
				}
			}
		}
		if t.tags == nil {
			if m := tagsRe.FindStringSubmatch(s); m != nil {
				raw := m[1]
				// TAGS may wrap onto the next lines until SUBJECT or a blank line.
				for j := i + 1; j < firstPara && j < i+3; j++ {
					n := strings.TrimSpace(str(ls[j]))
					if n == "" || subjectRe.MatchString(n) || strings.Contains(n, ":") || !tagLike(n) {
						break
					}
					raw += " " + n
				}
				if k := strings.Index(raw, "SUBJECT"); k >= 0 {
					raw = raw[:k]
				}
				t.tags = splitTags(raw)
			}
		}
		if m := subjectRe.FindStringSubmatch(s); m != nil {
			t.subjectLine = i
			subj := strings.TrimSpace(m[1])
			for j := i + 1; j < firstPara && j <= i+maxHeaderLines; j++ {
				n := strings.TrimSpace(str(ls[j]))
				if n == "" || strings.HasSuffix(subj, "...") || refRe.MatchString(n) || classByRe.MatchString(n) || classLineAny.MatchString(n) {
					break
				}
				subj += " " + n
			}
			subj = markPrefixRe.ReplaceAllString(subj, "")
			t.subject = strings.Join(strings.Fields(subj), " ")
			t.truncated = strings.HasSuffix(t.subject, "...")
		}
	}
	if t.classification != "" {
		t.classification = normClass(t.classification, sensitive)
		if noforn && !strings.HasPrefix(t.classification, "UNCLASSIFIED") {
			t.classification += "//NOFORN"
		}
	}
	if t.dtg.IsZero() {
		// a later section's routing header ("O 271459Z SEP 00")
		if m := dtgAny.FindSubmatch(text); m != nil {
			t.dtg = dtgTime([]string{"", string(m[1]), string(m[2]), string(m[3]), string(m[4]), string(m[5])})
		}
	}
	t.bodyStart, t.refs = headerEnd(text, ls, t.subjectLine, firstPara)
	// "Classified By: ... reasons 1.4 (b) and (d). (C) Ministry of ...": the
	// body is glued to the classification authority.
	seen := 0
	for i := t.bodyStart - 1; i >= 0 && seen < 3; i-- {
		s := string(text[ls[i].a:ls[i].b])
		if strings.TrimSpace(s) == "" {
			continue
		}
		seen++
		m := reasonsRe.FindStringIndex(s)
		if m == nil || len(s)-m[1] <= 40 {
			// "for rea sons 1.4 (b) and (d) (S) Embassy Tokyo delivered ..."
			if g := gluedMarkRe.FindStringIndex(s); g != nil {
				m = []int{g[0], g[0] + 1}
			}
		}
		if m != nil && len(s)-m[1] > 40 && classifiedNear(text, ls, i) {
			t.bodyStart, t.bodyCol = i, m[1]
			break
		}
	}
	return t
}

func dtgTime(m []string) time.Time {
	d, _ := strconv.Atoi(m[1])
	h, _ := strconv.Atoi(m[2])
	mi, _ := strconv.Atoi(m[3])
	mo := months[m[4]]
	y, _ := strconv.Atoi(m[5])
	if mo == 0 || d < 1 || d > 31 || h > 23 || mi > 59 {
		return time.Time{}
	}
	return time.Date(fourYear(y), mo, d, h, mi, 0, 0, time.UTC)
}

// headerEnd returns the index of the first body line after the SUBJECT,
// REF and "Classified By" blocks, and the REF block as one line.
func headerEnd(text []byte, ls []line, subj, firstPara int) (int, string) {
	if subj < 0 {
		// No SUBJECT line: the body starts after the last header-like line
		// (classification line, TAGS, E.O.) before the first paragraph.
		start := 0
		for i := 0; i < firstPara && i < len(ls); i++ {
			s := string(text[ls[i].a:ls[i].b])
			if classLine.MatchString(s) || tagsRe.MatchString(s) || eoRe.MatchString(s) || strings.HasPrefix(strings.TrimSpace(s), "E.O.") {
				start = i + 1
			}
			if start == i && classByRe.MatchString(s) {
				start = i + 1
			}
		}
		if start == 0 && firstPara < len(ls) {
			start = firstPara
		}
		return start, ""
	}
	var refs []string
	i := subj + 1
	// subject continuation
	for i < len(ls) && strings.TrimSpace(string(text[ls[i].a:ls[i].b])) != "" && i < firstPara && i <= subj+maxHeaderLines {
		s := string(text[ls[i].a:ls[i].b])
		if refRe.MatchString(s) || classByRe.MatchString(s) || classLineAny.MatchString(s) || strings.HasSuffix(strings.TrimSpace(string(text[ls[i-1].a:ls[i-1].b])), "...") {
			break
		}
		i++
	}
	inRef := false
	for i < len(ls) && i < firstPara {
		s := strings.TrimSpace(string(text[ls[i].a:ls[i].b]))
		switch {
		case s == "":
			inRef = false
		case pageMarkRe.MatchString(s) || isDebris(s):
			inRef = false
		case refRe.MatchString(s):
			inRef = true
			refs = append(refs, refRe.FindStringSubmatch(s)[1])
		case classByRe.MatchString(s):
			inRef = false
			// the Classified By block runs to the next blank line or to
			// text that opens the body ("(C) MEA Joint Secretary ...")
			block := s
			for k := 0; i+1 < len(ls) && i+1 < firstPara && k < maxHeaderLines; k++ {
				n := strings.TrimSpace(string(text[ls[i+1].a:ls[i+1].b]))
				if n == "" || markPrefixRe.MatchString(n) || (reasonsRe.MatchString(block) && len(n) > 60) {
					break
				}
				block += " " + n
				i++
			}
		case inRef:
			refs = append(refs, s)
		case isDebris(s) || classLine.MatchString(s) || classLineAny.MatchString(s):
		default:
			return i, strings.Join(refs, " ")
		}
		i++
	}
	return i, strings.Join(refs, " ")
}

// tagLike reports whether s is a line of tags (upper-case codes).
func tagLike(s string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' }) {
		if len(f) > 12 || strings.ToUpper(f) != f {
			return false
		}
	}
	return true
}

// classifiedNear reports whether line i or one of the two before it opens
// a "Classified By" block.
func classifiedNear(text []byte, ls []line, i int) bool {
	for j := max(0, i-2); j <= i; j++ {
		if classByAny.Match(text[ls[j].a:ls[j].b]) {
			return true
		}
	}
	return false
}
