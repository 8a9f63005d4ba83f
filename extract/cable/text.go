package cable

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/tipx/tipx/model"
)

// readViewer reads the viewer text layout: four labels, four values, the
// cable title, the tags, then the telegram.
func readViewer(data []byte, base int, f *cableFields) (*mapped, error) {
	ls := identity(data, 0).lines()
	var vals []string
	i := 0
	for ; i < len(ls) && len(vals) < 8; i++ {
		s := strings.TrimSpace(string(data[ls[i].a:ls[i].b]))
		if s != "" {
			vals = append(vals, s)
		}
	}
	if len(vals) < 8 {
		return nil, fmt.Errorf("viewer text: header has %d of 8 lines: %w", len(vals), ErrMalformed)
	}
	f.id, f.classification, f.origin = vals[4], vals[6], vals[7]
	t, err := time.Parse("2006-01-02 15:04:05", vals[5])
	if err != nil {
		if t, err = time.Parse("2006-01-02 15:04", vals[5]); err != nil {
			return nil, fmt.Errorf("viewer text: created %q: %w", vals[5], err)
		}
	}
	f.created = t.UTC()
	// Cable title, Tags, "pdf how-to read a cable": the telegram follows.
	start := i
	for j := i; j < len(ls) && j < i+12; j++ {
		s := strings.TrimSpace(strings.ReplaceAll(string(data[ls[j].a:ls[j].b]), "\u00a0", " "))
		switch {
		case strings.HasPrefix(s, "Cable title:"):
			if k := j + 1; k < len(ls) {
				for k < len(ls) && strings.TrimSpace(string(data[ls[k].a:ls[k].b])) == "" {
					k++
				}
				if k < len(ls) {
					f.title = strings.TrimSpace(string(data[ls[k].a:ls[k].b]))
				}
			}
		case strings.HasPrefix(s, "Tags:"), strings.HasPrefix(s, "pdf"):
			start = j + 1
		}
	}
	if start >= len(ls) {
		return nil, fmt.Errorf("viewer text: no telegram after the header: %w", ErrMalformed)
	}
	a := ls[start].a
	return identity(data[a:], base+a), nil
}

// isAlx reports whether data has the alx layout: an id on line 1 and a
// date such as "Thu Jan 27 00:00:00 +0100 2005" on line 3.
func isAlx(data []byte) bool {
	ls := identity(data[:min(len(data), 2048)], 0).lines()
	if len(ls) < 6 {
		return false
	}
	id := strings.TrimSpace(string(data[ls[0].a:ls[0].b]))
	_, err := time.Parse(alxDate, strings.TrimSpace(string(data[ls[2].a:ls[2].b])))
	return idRe.MatchString(id) && err == nil
}

// readAlx reads the alx layout; the body starts on line 6, its first line
// possibly glued to a note or to the routing header.
func readAlx(data []byte, base int, f *cableFields) (*mapped, error) {
	ls := identity(data, 0).lines()
	get := func(i int) string { return strings.TrimSpace(string(data[ls[i].a:ls[i].b])) }
	f.id, f.title, f.classification, f.origin = get(0), get(1), get(3), get(4)
	t, err := time.Parse(alxDate, get(2))
	if err != nil {
		return nil, fmt.Errorf("alx text: date %q: %w", get(2), err)
	}
	// The date is a calendar day written at local midnight: keep the day.
	f.created = time.Date(t.Year(), t.Month(), t.Day(), t.Hour(), t.Minute(), t.Second(), 0, time.UTC)
	a := ls[5].a
	// Unglue "...HONOLULU HIUNCLAS SECTION 01 OF 02 ..." and "...not
	// available.UNCLAS SECTION ...": the classification line starts a
	// line of its own.
	m := identity(data[a:], a)
	if g := gluedClassLine(data, a); g > 0 {
		m = &mapped{}
		m.addRun(data, a, g)
		m.add([]byte("\n"), g, g)
		m.addRun(data, g, len(data))
	}
	if base != 0 {
		m.shift(base)
	}
	return m, nil
}

// gluedClassLine finds a classification line glued to the end of a routing
// line in the first lines after offset a, returning its offset or 0.
func gluedClassLine(data []byte, a int) int {
	end := min(len(data), a+4096)
	for _, l := range identity(data[a:end], 0).lines() {
		s := data[a+l.a : a+l.b]
		if loc := classLineAny.FindIndex(s); loc != nil && loc[0] > 0 {
			return a + l.a + loc[0]
		}
		if bytes.Contains(s, []byte("SUBJECT")) {
			return 0
		}
	}
	return 0
}

var telegramMark = regexp.MustCompile(`(?m)^\s*(?:VZCZC|SUBJECT:|TAGS:?\s|E\.?\s?O\.?\s?12958)`)

// isTelegram reports whether data holds telegram text: a routing header, a
// classification line, a TAGS, SUBJECT or E.O. line.
func isTelegram(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if telegramMark.Match(head) {
		return true
	}
	for _, l := range identity(head, 0).lines() {
		if classLine.Match(head[l.a:l.b]) && classNumberOK(string(head[l.a:l.b])) {
			return true
		}
	}
	return false
}

// readProse reads plain prose as one document: paragraphs split on blank
// lines, hard-wrapped lines joined.
func readProse(data []byte, base int, opts Options) *model.Cable {
	m := identity(data, base)
	ls := m.lines()
	cl := make([]cleanLine, 0, len(ls))
	for _, l := range ls {
		a, b := l.a, l.b
		for a < b && (data[a] == ' ' || data[a] == '\t') {
			a++
		}
		for b > a && (data[b-1] == ' ' || data[b-1] == '\t') {
			b--
		}
		cl = append(cl, cleanLine{a: a, b: b, blank: a == b})
	}
	c := &model.Cable{ID: opts.ID, Created: opts.Date.UTC(), Country: opts.Country, Format: FormatProse,
		Tags: []string{}, References: []string{}}
	c.Paragraphs, _ = proseParagraphs(m, cl)
	return c
}

// proseParagraphs is paragraphs without signature detection or numbering
// beyond what the text states.
func proseParagraphs(m *mapped, cl []cleanLine) ([]model.Paragraph, string) {
	var out []model.Paragraph
	var b *builder
	flush := func() {
		if b != nil && len(b.text) > 0 {
			out = append(out, model.Paragraph{Text: string(b.text), Spans: b.spans})
		}
		b = nil
	}
	for _, c := range cl {
		if c.blank {
			flush()
			continue
		}
		if b == nil {
			b = newBuilder(m)
		} else if t := b.text; t[len(t)-1] != '-' {
			b.join(c.a)
		}
		b.piece(c.a, c.b)
	}
	flush()
	return out, ""
}
