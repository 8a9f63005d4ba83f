package cable

import (
	"bytes"
	"html"
	"regexp"
	"strings"
	"testing"

	"github.com/tipx/tipx/model"
)

var wordRe = regexp.MustCompile(`[A-Za-z0-9]{3,}`)

// checkSpans asserts that every paragraph's spans cover its text in order,
// that equal-length spans hold the same bytes as the document (whitespace
// may stand for whitespace), and that words map back to themselves.
func checkSpans(t *testing.T, name string, data []byte, c *model.Cable) {
	t.Helper()
	for pi, p := range c.Paragraphs {
		next := 0
		for _, s := range p.Spans {
			if s.Text != next {
				t.Fatalf("%s: paragraph %d (#%d): span at text %d, want %d", name, p.Number, pi, s.Text, next)
			}
			next += s.TextLen
			if s.Src < 0 || s.Src+s.SrcLen > len(data) {
				t.Fatalf("%s: paragraph %d: span %+v outside the document (%d bytes)", name, p.Number, s, len(data))
			}
			if s.TextLen != s.SrcLen {
				continue
			}
			tx, sx := p.Text[s.Text:s.Text+s.TextLen], data[s.Src:s.Src+s.SrcLen]
			for i := range len(tx) {
				if tx[i] != sx[i] && !(space(tx[i]) && space(sx[i])) {
					t.Fatalf("%s: paragraph %d: text %q maps to source %q", name, p.Number, tx, sx)
				}
			}
		}
		if next != len(p.Text) {
			t.Fatalf("%s: paragraph %d: spans cover %d of %d text bytes", name, p.Number, next, len(p.Text))
		}
		words := wordRe.FindAllStringIndex(p.Text, -1)
		for _, w := range words {
			s, e := p.SourceSpan(w[0], w[1])
			if !bytes.Equal(data[s:e], []byte(p.Text[w[0]:w[1]])) {
				t.Fatalf("%s: paragraph %d: word %q maps back to %q", name, p.Number, p.Text[w[0]:w[1]], data[s:e])
			}
		}
		// quotes of four words: the source under them reads the same once
		// markup, entities and line breaks are undone
		for i := 0; i+3 < len(words); i += 5 {
			a, b := words[i][0], words[i+3][1]
			s, e := p.SourceSpan(a, b)
			src := string(data[s:e])
			if bigGap(data, p, a, b) {
				continue // a removed page break or section header lies inside
			}
			if got, want := normQuote(src), normQuote(p.Text[a:b]); got != want {
				t.Fatalf("%s: paragraph %d: quote %q maps back to %q", name, p.Number, want, got)
			}
		}
	}
}

func space(b byte) bool { return b == ' ' || b == '\n' || b == '\r' || b == '\t' }

var (
	tagRe    = regexp.MustCompile(`<[^>]*>`)
	spacesRe = regexp.MustCompile(`\s+`)
	// apostropheRe finds an apostrophe as written, sent mangled or mended:
	// "Argentina,s", "RICA?S", "Argentina’s".
	apostropheRe = regexp.MustCompile(`([A-Za-z])(?:'|,|\?|’)([sS])\b`)
)

// normQuote undoes markup, entities, ¶ anchors, escapes, line breaks and
// the mending of mangled punctuation, and collapses spaces.
func normQuote(s string) string {
	s = html.UnescapeString(tagRe.ReplaceAllString(s, ""))
	s = strings.NewReplacer("¶", "", `\"`, `"`, "\u00a0", " ", `""`, `"`).Replace(s)
	s = apostropheRe.ReplaceAllString(s, "$1'$2")
	s = spacesRe.ReplaceAllString(s, " ")
	return strings.ReplaceAll(strings.TrimSpace(s), "- ", "-")
}

// bigGap reports whether p.Text[a:b] comes from source with more than line
// breaks left out: a removed page-break line, a repeated header, a marker.
func bigGap(data []byte, p model.Paragraph, a, b int) bool {
	prev := -1
	for _, sp := range p.Spans {
		if sp.Text+sp.TextLen <= a || sp.Text >= b {
			continue
		}
		if prev >= 0 && sp.Src > prev && normQuote(string(data[prev:sp.Src])) != "" {
			return true
		}
		if p.Text[sp.Text:sp.Text+sp.TextLen] == " " && normQuote(string(data[sp.Src:sp.Src+sp.SrcLen])) != "" {
			return true
		}
		prev = sp.Src + sp.SrcLen
	}
	return false
}
