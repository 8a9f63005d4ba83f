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
//
// The ranges are kept as runs, not per byte (that took eight bytes of
// memory per text byte): a run starting at text offset t either maps each
// of its bytes to itself (document offset s+(i-t)) or all of them to
// [s, e).
type mapped struct {
	text    []byte
	runs    []run
	anchors []int // text offsets where a ¶ anchor of the page was dropped, ascending
}

// run is a stretch of mapped text from text offset t to the next run's t.
type run struct {
	t, s, e int32
	self    bool // byte t+k is document byte s+k; otherwise every byte is [s, e)
}

// src returns the document range of text byte i. k is a cursor: the index
// of the run that held the byte asked before, so that a left-to-right walk
// costs no search.
func (m *mapped) src(i int, k *int) (s, e int) {
	j := *k
	if j < 0 || j >= len(m.runs) || int(m.runs[j].t) > i || j+1 < len(m.runs) && int(m.runs[j+1].t) <= i {
		if j+1 < len(m.runs) && int(m.runs[j+1].t) <= i && (j+2 >= len(m.runs) || int(m.runs[j+2].t) > i) {
			j++
		} else {
			j = sort.Search(len(m.runs), func(x int) bool { return int(m.runs[x].t) > i }) - 1
		}
		*k = j
	}
	r := m.runs[j]
	if r.self {
		s = int(r.s) + i - int(r.t)
		return s, s + 1
	}
	return int(r.s), int(r.e)
}

// srcAt is src without a cursor.
func (m *mapped) srcAt(i int) (s, e int) {
	k := -1
	return m.src(i, &k)
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
	return &mapped{text: data, runs: []run{{t: 0, s: int32(base), self: true}}}
}

// add appends text s decoded from document bytes [s0, s1).
func (m *mapped) add(s []byte, s0, s1 int) {
	if len(s) == 1 && s1-s0 == 1 {
		m.addByte(s[0], s0)
		return
	}
	if len(s) == 0 {
		return
	}
	m.runs = append(m.runs, run{t: int32(len(m.text)), s: int32(s0), e: int32(s1)})
	m.text = append(m.text, s...)
}

// addByte appends byte c that stands for document byte s0.
func (m *mapped) addByte(c byte, s0 int) {
	m.self(s0)
	m.text = append(m.text, c)
}

// self starts a run of bytes standing for themselves from document offset
// s0 at the end of the text, unless the last run already continues there.
func (m *mapped) self(s0 int) {
	if n := len(m.runs); n > 0 {
		r := m.runs[n-1]
		if r.self && int(r.s)+len(m.text)-int(r.t) == s0 {
			return
		}
	}
	m.runs = append(m.runs, run{t: int32(len(m.text)), s: int32(s0), self: true})
}

// addRun appends document bytes data[s0:s1] that stand for themselves.
func (m *mapped) addRun(data []byte, s0, s1 int) {
	if s1 <= s0 {
		return
	}
	m.self(s0)
	m.text = append(m.text, data[s0:s1]...)
}

// appendMapped appends o to m.
func (m *mapped) appendMapped(o *mapped) {
	base := int32(len(m.text))
	for _, r := range o.runs {
		r.t += base
		m.runs = append(m.runs, r)
	}
	m.text = append(m.text, o.text...)
}

// shift moves every document offset of m by base.
func (m *mapped) shift(base int) {
	for i := range m.runs {
		m.runs[i].s += int32(base)
		m.runs[i].e += int32(base)
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
	k     int // cursor into m.runs
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
	cur, prevEnd := -1, 0
	for k := i; k < i+n; k++ {
		s, e := m.src(k, &cur)
		if e-s != 1 || k > i && s != prevEnd {
			return false
		}
		prevEnd = e
	}
	return true
}

func letter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func wordByte(c byte) bool { return letter(c) || c >= '0' && c <= '9' }

func newBuilder(m *mapped) *builder { return &builder{m: m, last: -1, k: -1} }

// prevSrc returns the document offset where text byte i-1 starts.
func (b *builder) prevSrc(i int) int {
	s, _ := b.m.srcAt(i - 1)
	return s
}

// piece appends m.text[a:b].
func (b *builder) piece(a, c int) {
	for i := a; i < c; i++ {
		s, e := b.m.src(i, &b.k)
		t := len(b.text)
		if b.mend {
			if r, n := b.mended(i, c); n > 0 {
				// a span of its own whose lengths differ: the text stands
				// for the whole source run
				b.text = append(b.text, r...)
				_, e := b.m.srcAt(i + n - 1)
				b.spans = append(b.spans, model.Span{Text: t, TextLen: len(r), Src: s, SrcLen: e - s})
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
			if e-s != 1 && sp.Src == s && sp.SrcLen == e-s && sp.Text+sp.TextLen == t && i > a && b.prevSrc(i) == s {
				sp.TextLen++
				continue
			}
		}
		b.spans = append(b.spans, model.Span{Text: t, TextLen: 1, Src: s, SrcLen: e - s})
	}
	if c > a {
		_, b.last = b.m.srcAt(c - 1)
	}
}

// join appends one space standing for the document bytes between the last
// piece and text offset next (a line break, a removed page-break line).
func (b *builder) join(next int) {
	s := b.last
	e := s
	if next < len(b.m.text) {
		e, _ = b.m.srcAt(next)
	}
	if e < s {
		e = s
	}
	b.spans = append(b.spans, model.Span{Text: len(b.text), TextLen: 1, Src: s, SrcLen: e - s})
	b.text = append(b.text, ' ')
}
