package model

import "time"

// Cable is one document read from any of the formats tipx understands.
type Cable struct {
	ID               string      `json:"id"`                // canonical reference id, e.g. "09BAKU677"
	Created          time.Time   `json:"created"`           // creation date-time; the anchor of relative periods
	Origin           string      `json:"origin"`            // originating post, e.g. "Embassy Baku"
	Country          string      `json:"country"`           // English short name of the country the cable is about ("" if none)
	Classification   string      `json:"classification"`    // e.g. "CONFIDENTIAL", "UNCLASSIFIED//FOR OFFICIAL USE ONLY"
	Tags             []string    `json:"tags"`              // TAGS line, split and mended
	Subject          string      `json:"subject"`           // subject without classification prefix
	SubjectTruncated bool        `json:"subject_truncated"` // the source cut the subject with "..."
	References       []string    `json:"references"`        // REF: list as cable ids
	Signer           string      `json:"signer"`            // last name that signs the cable
	Format           string      `json:"format"`            // the detected input format, e.g. "viewer-text", "cablegate-html"
	Source           string      `json:"source"`            // where it was read from (path, archive member, csv row)
	Paragraphs       []Paragraph `json:"paragraphs,omitempty"`
}

// HasTag reports whether the cable carries tag t (exact, upper case).
func (c *Cable) HasTag(t string) bool {
	for _, x := range c.Tags {
		if x == t {
			return true
		}
	}
	return false
}

// Paragraph is one paragraph of a cable body, cleaned of page-break lines,
// repeated section headers and anchors, with hard-wrapped lines joined.
type Paragraph struct {
	Number  int    `json:"number"`            // "6. (C)" → 6; 0 when the paragraph is not numbered
	Marking string `json:"marking,omitempty"` // classification marking, e.g. "C", "SBU"
	Text    string `json:"text"`
	// Spans map Text back to the bytes of the original document, in order
	// and without gaps in Text: every byte of Text lies in exactly one span.
	Spans []Span `json:"spans,omitempty"`
}

// Span maps Text[Text:Text+TextLen] to Source[Src:Src+SrcLen] of the
// original document. When the two lengths are equal the mapping is
// byte-for-byte; otherwise (an HTML entity, a joined line break) the whole
// text run corresponds to the whole source run.
type Span struct {
	Text    int `json:"t"`
	TextLen int `json:"tl"`
	Src     int `json:"s"`
	SrcLen  int `json:"sl"`
}

// SourceOffset maps byte offset i of p.Text to a byte offset in the original
// document. It returns -1 when p has no spans or i is out of range.
// An offset equal to len(p.Text) maps to the end of the last span.
func (p *Paragraph) SourceOffset(i int) int {
	if len(p.Spans) == 0 || i < 0 || i > len(p.Text) {
		return -1
	}
	// binary search the last span whose Text <= i
	lo, hi := 0, len(p.Spans)-1
	for lo < hi {
		mid := (lo + hi + 1) / 2
		if p.Spans[mid].Text <= i {
			lo = mid
		} else {
			hi = mid - 1
		}
	}
	s := p.Spans[lo]
	d := i - s.Text
	if d >= s.TextLen {
		return s.Src + s.SrcLen
	}
	if s.TextLen == s.SrcLen {
		return s.Src + d
	}
	if d == 0 {
		return s.Src
	}
	return s.Src + s.SrcLen
}

// SourceSpan maps the half-open text range [start,end) of p.Text to a
// half-open byte range of the original document.
func (p *Paragraph) SourceSpan(start, end int) (int, int) {
	s := p.SourceOffset(start)
	if end <= start {
		return s, s
	}
	e := p.SourceOffset(end-1) + 1
	// the last byte may sit in an unequal span: take its end
	if i := end - 1; i >= 0 {
		for _, sp := range p.Spans {
			if i >= sp.Text && i < sp.Text+sp.TextLen && sp.TextLen != sp.SrcLen {
				e = sp.Src + sp.SrcLen
				break
			}
		}
	}
	return s, e
}
