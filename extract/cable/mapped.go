package cable

import (
	"bytes"

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
}

func newBuilder(m *mapped) *builder { return &builder{m: m, last: -1} }

// piece appends m.text[a:b].
func (b *builder) piece(a, c int) {
	for i := a; i < c; i++ {
		s, e := int(b.m.start[i]), int(b.m.end[i])
		t := len(b.text)
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
