package cable

import (
	"bytes"
	"sort"

	"github.com/tipx/tipx/model"
)

// mapped is a text decoded from a document together with, for every text
// byte, the half-open range of document bytes it came from. Bytes decoded
// from one HTML entity share one range; identity bytes have ranges of
// length 1. Synthetic bytes (a newline between two <pre> blocks) have an
// empty range.
type mapped struct {
	text       []byte
	start, end []int32
	anchors    []int // text offsets where a ¶ anchor of the page was dropped, ascending
}

// anchorAt reports whether a ¶ anchor was dropped just before text offset
// a, with nothing but spaces between.
func (m *mapped) anchorAt(a int) bool {
	i := sort.SearchInts(m.anchors, a+1) - 1
	if i < 0 {
		return false
	}
	for k := m.anchors[i]; k < a; k++ {
		if m.text[k] != ' ' && m.text[k] != '\t' {
			return false
		}
	}
	return true
}

// identity maps data byte for byte, data starting at document offset base.
func identity(data []byte, base int) *mapped {
	m := &mapped{text: data, start: make([]int32, len(data)), end: make([]int32, len(data))}
	for i := range data {
		m.start[i] = int32(base + i)
		m.end[i] = int32(base + i + 1)
	}
	return m
}

// add appends text s decoded from document bytes [s0, s1).
func (m *mapped) add(s []byte, s0, s1 int) {
	for range s {
		m.start = append(m.start, int32(s0))
		m.end = append(m.end, int32(s1))
	}
	m.text = append(m.text, s...)
}

// addRun appends document bytes data[s0:s1] that stand for themselves.
func (m *mapped) addRun(data []byte, s0, s1 int) {
	m.text = append(m.text, data[s0:s1]...)
	for i := s0; i < s1; i++ {
		m.start = append(m.start, int32(i))
		m.end = append(m.end, int32(i+1))
	}
}

// line is the text range [a, b) of one line, without its line break.
type line struct{ a, b int }

// lines splits m into lines on "\n", dropping a "\r" before it.
func (m *mapped) lines() []line {
	var out []line
	a := 0
	for a <= len(m.text) {
		i := bytes.IndexByte(m.text[a:], '\n')
		b := len(m.text)
		if i >= 0 {
			b = a + i
		}
		e := b
		if e > a && m.text[e-1] == '\r' {
			e--
		}
		out = append(out, line{a, e})
		if i < 0 {
			break
		}
		a = b + 1
	}
	return out
}

// builder assembles a paragraph's Text from pieces of a mapped text and
// records the spans that map it back to the document.
type builder struct {
	m     *mapped
	text  []byte
	spans []model.Span
	last  int // document offset just past the last piece, -1 before the first
	mend  bool
}

// mended returns the text that mends a telegram's mangled punctuation at
// m.text[i] (before c), and how many bytes it replaces, or 0: an
// apostrophe sent as a comma or a question mark ("Argentina,s",
// "COSTA RICA?S" → "Argentina’s", "COSTA RICA’S"; written U+2019, so that
// the span's lengths differ and it never claims a byte-for-byte copy), and
// a doubled quotation mark ("\"\"action plan\"\"" → "\"action plan\"").
func (b *builder) mended(i, c int) ([]byte, int) {
	t := b.m.text
	switch t[i] {
	case ',', '?':
		if i+1 >= c || i == 0 || !letter(t[i-1]) || t[i+1] != 's' && t[i+1] != 'S' || i+2 < len(t) && wordByte(t[i+2]) {
			return nil, 0
		}
		if t[i+1] == 'S' && !(t[i-1] >= 'A' && t[i-1] <= 'Z') {
			return nil, 0
		}
		if !single(b.m, i, 1) {
			return nil, 0
		}
		return []byte("’"), 1
	case '"':
		if i+1 >= c || t[i+1] != '"' || !single(b.m, i, 2) {
			return nil, 0
		}
		before, after := byte(' '), byte(' ')
		if i > 0 {
			before = t[i-1]
		}
		if i+2 < len(t) {
			after = t[i+2]
		}
		if before == '"' || after == '"' {
			return nil, 0
		}
		// an opening pair before a word, a closing pair after one
		if !wordByte(before) && wordByte(after) || (wordByte(before) || bytes.IndexByte([]byte(".,!?)"), before) >= 0) && !wordByte(after) {
			return []byte(`"`), 2
		}
	}
	return nil, 0
}

// single reports whether the n text bytes from i are n consecutive
// document bytes, each standing for itself.
func single(m *mapped, i, n int) bool {
	for k := i; k < i+n; k++ {
		if m.end[k]-m.start[k] != 1 || k > i && m.start[k] != m.end[k-1] {
			return false
		}
	}
	return true
}

func letter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func wordByte(c byte) bool { return letter(c) || c >= '0' && c <= '9' }

func newBuilder(m *mapped) *builder { return &builder{m: m, last: -1} }

// piece appends m.text[a:b].
func (b *builder) piece(a, c int) {
	for i := a; i < c; i++ {
		s, e := int(b.m.start[i]), int(b.m.end[i])
		t := len(b.text)
		if b.mend {
			if r, n := b.mended(i, c); n > 0 {
				// a span of its own whose lengths differ: the text stands
				// for the whole source run
				b.text = append(b.text, r...)
				b.spans = append(b.spans, model.Span{Text: t, TextLen: len(r), Src: s, SrcLen: int(b.m.end[i+n-1]) - s})
				i += n - 1
				continue
			}
		}
		b.text = append(b.text, b.m.text[i])
		if n := len(b.spans); n > 0 {
			sp := &b.spans[n-1]
			if e-s == 1 && sp.TextLen == sp.SrcLen && sp.Src+sp.SrcLen == s && sp.Text+sp.TextLen == t {
				sp.TextLen++
				sp.SrcLen++
				continue
			}
			if e-s != 1 && sp.Src == s && sp.SrcLen == e-s && sp.Text+sp.TextLen == t && i > a && b.m.start[i-1] == int32(s) {
				sp.TextLen++
				continue
			}
		}
		b.spans = append(b.spans, model.Span{Text: t, TextLen: 1, Src: s, SrcLen: e - s})
	}
	if c > a {
		b.last = int(b.m.end[c-1])
	}
}

// join appends one space standing for the document bytes between the last
// piece and text offset next (a line break, a removed page-break line).
func (b *builder) join(next int) {
	s := b.last
	e := s
	if next < len(b.m.start) {
		e = int(b.m.start[next])
	}
	if e < s {
		e = s
	}
	b.spans = append(b.spans, model.Span{Text: len(b.text), TextLen: 1, Src: s, SrcLen: e - s})
	b.text = append(b.text, ' ')
}
