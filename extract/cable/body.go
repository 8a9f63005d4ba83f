package cable

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/tipx/tipx/model"
)

// markAlt is a classification marking in parentheses: "(SBU)", "(C/NF)",
// and the lower-case ones of re-typed pages ("(c)", "(s/nf)").
const markAlt = `[A-Z][A-Za-z/ ]{0,15}|[cus]|sbu|lou|[cs]/nf|[cs]//nf`

var (
	// paraRe matches a paragraph number: "6. (C) ", "¶1. (U) ", "4-12. ",
	// "18A. (SBU) ", "27.B. ", "20A-B. ", "1 . (U) ", "16.(C)", "(C) 1. ",
	// and "¶5." alone on its line.
	paraRe = regexp.MustCompile(`^\s*(?:\(([A-Z]{1,4}(?:/{1,2}[A-Z]{1,5})?)\)\s*)?(¶\s*)?(\d{1,3})(?:\.?([A-Z])(?:-[A-Z])?)?(?:\s?-\s?\d{1,3})?\s?\.(?:\s*\((` + markAlt + `)\)\s*|\s+|$)`)
	// midParaRe finds a marked paragraph number glued to the end of the
	// previous paragraph on one reflowed line: "... Kamilov. 16. (c) Comment".
	midParaRe     = regexp.MustCompile(`[.!?"')] +(?:¶ ?)?\d{1,3}\. ?\((?:[A-Z]{1,4}(?:/{1,2}[A-Z]{1,5})?|[cus]|sbu|[cs]/nf)\) +\S`)
	gluedSignerRe = regexp.MustCompile(`[.!?"]\s+([A-Z][A-Z'-]{2,})\s*$`)
	signerRe      = regexp.MustCompile(`^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}$|^[A-Z][a-z]+(?: [A-Z][a-z]+)?$`)
)

// paraHead is what opens a numbered paragraph.
type paraHead struct {
	n        int    // the number: "18A." → 18
	sub      int    // the letter of "18A." or "27.B." (A → 1), 0 without one
	prefix   int    // length of the "N. (X) " prefix
	marking  string // "C", "SBU"; "" when unmarked
	anchored bool   // written "¶N."
}

// parseHead reads the paragraph number that opens s.
func parseHead(s []byte) (paraHead, bool) {
	m := paraRe.FindSubmatchIndex(s)
	if m == nil {
		return paraHead{}, false
	}
	n, _ := strconv.Atoi(string(s[m[6]:m[7]]))
	if n == 0 {
		return paraHead{}, false
	}
	h := paraHead{n: n, prefix: m[1], anchored: m[4] >= 0}
	if m[8] >= 0 {
		h.sub = int(s[m[8]]-'A') + 1
	}
	switch {
	case m[10] >= 0:
		h.marking = strings.ToUpper(strings.TrimSpace(string(s[m[10]:m[11]])))
	case m[2] >= 0:
		h.marking = string(s[m[2]:m[3]])
	}
	return h, true
}

// paraStart reports whether s opens a numbered paragraph: its number, the
// length of the "N. (X) " prefix, and ok.
func paraStart(s []byte) (n, prefix int, ok bool) {
	h, ok := parseHead(s)
	return h.n, h.prefix, ok
}

// block is a run of content lines between blank lines or rules.
type block struct {
	lines    []cleanLine
	ruleNext bool // a rule follows the block
	ruleBack bool // a rule precedes the block
}

// paragraphs splits the cleaned body into paragraphs and returns them with
// the signer (the signature line after the last paragraph).
func paragraphs(m *mapped, cl []cleanLine) ([]model.Paragraph, string) {
	cl = splitGlued(m, cl)
	var blocks []block
	var cur *block
	ruleSeen := false
	var prev cleanLine // the last content line
	for i, c := range cl {
		switch {
		case c.debris:
			continue
		case c.blank || c.rule:
			if cur != nil && c.rule {
				cur.ruleNext = true
			}
			if c.rule {
				ruleSeen = true
			}
			cur = nil
			continue
		}
		s := m.text[c.a:c.b]
		h, numbered := parseHead(s)
		if cur != nil {
			if numbered && (h.marking != "" || c.glued || startsLine(m, prev, c, h)) {
				cur = nil
			} else if c.b-c.a <= 60 && ruleFollows(cl, i) {
				// "...ADDRESSED.\nCOMMENT\n-------": a heading set off by a rule
				cur = nil
			}
		}
		if cur == nil && !ruleSeen && len(blocks) > 0 && !numbered && !c.glued {
			// a blank line inside a sentence: "produced a short movie in\n\nconnection with",
			// "the ICFTP and the\n\nFiscalia stated"
			pb := &blocks[len(blocks)-1]
			if pl := pb.lines[len(pb.lines)-1]; !pb.ruleNext && !endsSentence(m.text[pl.a:pl.b]) &&
				(continues(s) || endsInWord(m.text[pl.a:pl.b])) {
				cur = pb
			}
		}
		if cur == nil {
			blocks = append(blocks, block{ruleBack: ruleSeen})
			cur = &blocks[len(blocks)-1]
			ruleSeen = false
		}
		cur.lines = append(cur.lines, c)
		prev = c
	}
	signer := ""
	if n := len(blocks); n > 0 {
		lb := blocks[n-1]
		last := lb.lines[len(lb.lines)-1]
		s := string(m.text[last.a:last.b])
		if len(s) <= 30 && signerRe.MatchString(s) && !strings.HasPrefix(s, "END") {
			signer = s
			lb.lines = lb.lines[:len(lb.lines)-1]
			if len(lb.lines) == 0 {
				blocks = blocks[:n-1]
			} else {
				blocks[n-1] = lb
			}
		}
	}
	if n := len(blocks); n > 0 && signer == "" {
		// "... at the next review. ERELI": a signature glued to the last line
		lb := blocks[n-1]
		last := &lb.lines[len(lb.lines)-1]
		if g := gluedSignerRe.FindSubmatchIndex(m.text[last.a:last.b]); g != nil {
			signer = string(m.text[last.a+g[2] : last.a+g[3]])
			last.b = last.a + g[2]
			for last.b > last.a && m.text[last.b-1] == ' ' {
				last.b--
			}
		}
	}
	heads := numberBlocks(m, blocks)
	var out []model.Paragraph
	num := 0
	for bi, bl := range blocks {
		first := bl.lines[0]
		s := m.text[first.a:first.b]
		p := model.Paragraph{}
		skip := 0
		if h := heads[bi]; h != nil {
			num = h.n
			p.Number = h.n
			p.Marking = h.marking
			skip = h.prefix
		} else if len(bl.lines) == 1 && heading(s, bl.ruleNext, bi+1 < len(blocks) && startsNumbered(m, blocks[bi+1])) {
			p.Number = 0
		} else {
			p.Number = num
			if mk := markPrefixRe.FindSubmatchIndex(s); mk != nil {
				// "(C) MEA Joint Secretary ...": a marked paragraph without a number
				p.Marking = string(s[mk[2]:mk[3]])
				skip = mk[1]
			}
		}
		b := newBuilder(m)
		b.mend = true
		for i, c := range bl.lines {
			a := c.a
			if i == 0 {
				a += skip
			}
			if a >= c.b {
				continue
			}
			if len(b.text) > 0 {
				prev := b.text[len(b.text)-1]
				if prev == '-' && len(b.text) > 1 && b.text[len(b.text)-2] != ' ' && b.text[len(b.text)-2] != '-' {
					// "Anti-\ntrafficking": keep the hyphen, no space
				} else {
					b.join(a)
				}
			}
			b.piece(a, c.b)
		}
		if len(b.text) == 0 {
			continue
		}
		p.Text = string(b.text)
		p.Spans = b.spans
		out = append(out, p)
	}
	return out, signer
}

// startsLine reports whether line c, which opens with paragraph number h,
// starts a paragraph inside a block of lines without blank lines between
// them: the previous line ends a sentence, and either the page marked the
// line with a ¶ anchor or the lines are reflowed paragraphs, not
// hard-wrapped ones.
func startsLine(m *mapped, prev, c cleanLine, h paraHead) bool {
	if !endsSentence(m.text[prev.a:prev.b]) {
		return false
	}
	return h.anchored || m.anchorAt(c.a) || prev.b-prev.a > 100
}

// endsInWord reports whether a line stops on a word that cannot end a
// sentence ("the", "and", "of"), so that text after a blank line goes on
// with it.
func endsInWord(s []byte) bool {
	s = bytes.TrimRight(s, " ")
	i := bytes.LastIndexByte(s, ' ')
	switch string(s[i+1:]) {
	case "the", "and", "of", "a", "an", "to", "in", "for", "with", "by", "on", "at", "from", "that", "or", "as", "its", "their", "his", "her":
		return true
	}
	return false
}

// numberBlocks decides which blocks open numbered paragraphs. Every block
// whose first line starts like "N." is a candidate; the numbers kept are
// the increasing sequence that explains the most candidates, marked ones
// ("6. (C)") and lettered ones ("18A.") counting most, with a cost for
// every number skipped. A jump is cheap for a marked or lettered number
// (a submission keyed to sections 18-24 of a questionnaire); a bare number
// may skip two ("3." after "1.", as the page numbered them), not more (a
// quoted report's own paragraphs 42-47). A marked number may also restart
// the count, at a cost. Items of a list that restarts at a lower number
// ("1. ... 2. ..." inside paragraph 4) count least.
func numberBlocks(m *mapped, blocks []block) []*paraHead {
	type cand struct {
		bi   int
		h    paraHead
		key  int
		w    float64
		firm bool // marked or lettered
	}
	var cs []cand
	maxN := 0
	listNext := -1 // the number the current list expects next
	for bi, bl := range blocks {
		c := bl.lines[0]
		h, ok := parseHead(m.text[c.a:c.b])
		if !ok {
			continue
		}
		k := cand{bi: bi, h: h, key: h.n*32 + h.sub, w: 1}
		switch {
		case h.marking != "":
			k.w, k.firm = 3, true
		case h.sub > 0:
			k.w, k.firm = 2, true
		}
		if h.marking == "" && (h.n <= maxN && h.sub == 0 || h.n == listNext) {
			// a list inside a paragraph
			k.w, listNext = 0.2, h.n+1
		} else {
			listNext = -1
		}
		maxN = max(maxN, h.n)
		cs = append(cs, k)
	}
	heads := make([]*paraHead, len(blocks))
	if len(cs) == 0 {
		return heads
	}
	cost := func(p, n int, firm bool) float64 {
		gap := n - p - 1
		switch {
		case gap <= 0:
			return 0
		case firm:
			return min(0.25*float64(gap)+0.5, 4)
		case gap <= 2:
			return 0.3 * float64(gap)
		}
		return float64(gap) + 1
	}
	best := make([]float64, len(cs))
	from := make([]int, len(cs))
	for j, c := range cs {
		best[j], from[j] = c.w-cost(0, c.h.n, c.firm), -1
		for i := range j {
			var d float64
			switch {
			case cs[i].key < c.key:
				d = cost(cs[i].h.n, c.h.n, c.firm)
			case c.h.marking != "":
				// numbering restarts in a new section: "2B. Laws" then "1. (U)"
				d = 1.5 + 0.25*float64(c.h.n-1)
			default:
				continue
			}
			if v := best[i] + c.w - d; v > best[j] {
				best[j], from[j] = v, i
			}
		}
	}
	end := 0
	for j := range cs {
		if best[j] > best[end] {
			end = j
		}
	}
	if best[end] <= 0 {
		return heads
	}
	for j := end; j >= 0; j = from[j] {
		h := cs[j].h
		heads[cs[j].bi] = &h
	}
	return heads
}

// ruleFollows reports whether the next line after i that is not debris is
// a rule.
func ruleFollows(cl []cleanLine, i int) bool {
	for j := i + 1; j < len(cl); j++ {
		if !cl[j].debris {
			return cl[j].rule
		}
	}
	return false
}

// continues reports whether a line starts in lower case, continuing a
// sentence.
func continues(s []byte) bool {
	return len(s) > 0 && s[0] >= 'a' && s[0] <= 'z'
}

func startsNumbered(m *mapped, b block) bool {
	c := b.lines[0]
	_, ok := parseHead(m.text[c.a:c.b])
	return ok
}

// heading reports whether a one-line block is a heading: short, no
// sentence punctuation at its end, and set off by a rule or followed by a
// numbered paragraph.
func heading(s []byte, ruleNext, nextNumbered bool) bool {
	t := bytes.TrimSpace(s)
	if len(t) == 0 || len(t) > 90 {
		return false
	}
	switch t[len(t)-1] {
	case '.', ',', ';':
		return false
	}
	return ruleNext || nextNumbered || bytes.Equal(bytes.ToUpper(t), t)
}
