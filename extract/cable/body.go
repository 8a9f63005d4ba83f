package cable

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"

	"github.com/tipx/tipx/model"
)

var (
	// paraRe matches a paragraph number: "6. (C) ", "¶1. (U) ", "4-12. ".
	paraRe        = regexp.MustCompile(`^\s*(¶\s*)?(\d{1,3})(?:\s?-\s?\d{1,3})?\.(?:\s*\(([A-Z][A-Za-z/ ]{0,15})\)\s*|\s+)`)
	gluedSignerRe = regexp.MustCompile(`[.!?"]\s+([A-Z][A-Z'-]{2,})\s*$`)
	signerRe      = regexp.MustCompile(`^[A-Z][A-Z.'-]*(?: [A-Z][A-Z.'-]*){0,2}$|^[A-Z][a-z]+(?: [A-Z][a-z]+)?$`)
)

// paraStart reports whether s opens a numbered paragraph: its number, the
// length of the "N. (X) " prefix, and ok.
func paraStart(s []byte) (n, prefix int, ok bool) {
	m := paraRe.FindSubmatchIndex(s)
	if m == nil {
		return 0, 0, false
	}
	n, _ = strconv.Atoi(string(s[m[4]:m[5]]))
	if n == 0 {
		return 0, 0, false
	}
	return n, m[1], true
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
	var blocks []block
	var cur *block
	ruleSeen := false
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
		if cur != nil {
			if _, _, ok := paraStart(m.text[c.a:c.b]); ok && hasMarking(m.text[c.a:c.b]) {
				cur = nil
			} else if c.b-c.a <= 60 && ruleFollows(cl, i) {
				// "...ADDRESSED.\nCOMMENT\n-------": a heading set off by a rule
				cur = nil
			}
		}
		if cur == nil && !ruleSeen && len(blocks) > 0 && continues(m.text[c.a:c.b]) {
			// a blank line inside a sentence: "produced a short movie in\n\nconnection with"
			pb := &blocks[len(blocks)-1]
			if pl := pb.lines[len(pb.lines)-1]; !pb.ruleNext && !endsSentence(m.text[pl.a:pl.b]) {
				cur = pb
			}
		}
		if cur == nil {
			blocks = append(blocks, block{ruleBack: ruleSeen})
			cur = &blocks[len(blocks)-1]
			ruleSeen = false
		}
		cur.lines = append(cur.lines, c)
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
	var out []model.Paragraph
	num := 0
	for bi, bl := range blocks {
		first := bl.lines[0]
		s := m.text[first.a:first.b]
		p := model.Paragraph{}
		skip := 0
		if n, pre, ok := paraStart(s); ok && acceptNumber(n, num, hasMarking(s), bytes.Contains(s[:pre], []byte("¶"))) {
			num = n
			p.Number = n
			p.Marking = marking(s)
			skip = pre
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
		for i, c := range bl.lines {
			a := c.a
			if i == 0 {
				a += skip
			}
			if i > 0 && len(b.text) > 0 {
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

func hasMarking(s []byte) bool {
	m := paraRe.FindSubmatchIndex(s)
	return m != nil && m[6] >= 0
}

func marking(s []byte) string {
	m := paraRe.FindSubmatch(s)
	if m == nil {
		return ""
	}
	return strings.TrimSpace(string(m[3]))
}

func startsNumbered(m *mapped, b block) bool {
	c := b.lines[0]
	_, _, ok := paraStart(m.text[c.a:c.b])
	return ok
}

// acceptNumber decides whether a line that starts like "N." opens paragraph
// N after paragraph last: a marking "(C)" or the next few numbers.
func acceptNumber(n, last int, marked, anchored bool) bool {
	if n > last+10 {
		return false
	}
	if marked {
		return true
	}
	return n > last && (n <= last+3 || anchored)
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
