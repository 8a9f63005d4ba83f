package cable

import (
	"bytes"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"
	"time"
)

// htmlPage is what a cablegate page or an HTML fragment holds: the metadata
// table (when present), the viewer heading and the telegram text decoded
// from its <pre> blocks.
type htmlPage struct {
	table   []string // Reference ID, Created, Released, Classification, Origin
	heading string   // "Viewing cable ID, SUBJECT"
	body    *mapped
}

var (
	tagTable = []byte("<table class='cable'>")
	tagPre   = []byte("<pre>")
	tagPreE  = []byte("</pre>")
	// entityRe is one character reference: "&#x000A;", "&amp;".
	entityRe = regexp.MustCompile(`^&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,8});$`)
	// anchorOpen starts the ¶ anchor of a numbered paragraph.
	anchorOpen = []byte("<a id='par")
)

// isHTML reports whether data looks like an HTML page or fragment.
func isHTML(head []byte) bool {
	h := bytes.ToLower(head)
	return bytes.Contains(h, []byte("<html")) || bytes.Contains(h, []byte("<!doctype html")) ||
		bytes.Contains(h, []byte("<pre>")) || bytes.Contains(h, []byte("<body"))
}

// readHTML decodes a cablegate page or fragment. It returns ErrNotCable when
// the page holds no <pre> block.
func readHTML(data []byte) (*htmlPage, error) {
	p := &htmlPage{body: &mapped{}}
	from := 0
	if i := bytes.Index(data, tagTable); i >= 0 {
		j := bytes.Index(data[i:], []byte("</table>"))
		if j < 0 {
			return nil, fmt.Errorf("metadata table not closed: %w", ErrMalformed)
		}
		p.table = tableCells(data[i : i+j])
		from = i + j
	}
	if i := bytes.Index(data, []byte("<h3>Viewing cable ")); i >= 0 {
		j := bytes.Index(data[i:], []byte("</h3>"))
		if j > 0 {
			p.heading = strings.TrimSpace(html.UnescapeString(string(stripTags(data[i+4 : i+j]))))
		}
	}
	n := 0
	for {
		i := bytes.Index(data[from:], tagPre)
		if i < 0 {
			break
		}
		a := from + i + len(tagPre)
		j := bytes.Index(data[a:], tagPreE)
		if j < 0 {
			return nil, fmt.Errorf("<pre> block at byte %d not closed: %w", a, ErrMalformed)
		}
		if n > 0 {
			p.body.add([]byte("\n\n"), a, a)
		}
		p.body.text = slices.Grow(p.body.text, j) // decoded text is never longer
		decodeHTML(p.body, data, a, a+j)
		n++
		from = a + j + len(tagPreE)
	}
	if n == 0 {
		return nil, ErrNotCable
	}
	return p, nil
}

// decodeHTML appends data[a:b] to m with tags removed and entities decoded.
func decodeHTML(m *mapped, data []byte, a, b int) {
	run := a
	for i := a; i < b; {
		switch data[i] {
		case '<':
			j := bytes.IndexByte(data[i:b], '>')
			if j < 0 {
				i++
				continue
			}
			m.addRun(data, run, i)
			i += j + 1
			if bytes.HasPrefix(data[i-j-1:], anchorOpen) {
				// a paragraph anchor <a id='parN' href='#parN'>¶</a>: drop its text
				if k := bytes.Index(data[i:min(b, i+16)], []byte("</a>")); k >= 0 {
					i += k + len("</a>")
					m.anchors = append(m.anchors, len(m.text))
				}
			}
			run = i
		case '&':
			j := bytes.IndexByte(data[i:min(b, i+12)], ';')
			if j < 0 {
				i++
				continue
			}
			ent := string(data[i : i+j+1])
			dec := html.UnescapeString(ent)
			if dec == ent || !entityRe.MatchString(ent) {
				i++
				continue
			}
			m.addRun(data, run, i)
			if dec == "\u00a0" {
				dec = " "
			}
			m.add([]byte(dec), i, i+j+1)
			i += j + 1
			run = i
		default:
			i++
		}
	}
	m.addRun(data, run, b)
}

// stripTags removes tags from a small HTML fragment.
func stripTags(b []byte) []byte {
	var out []byte
	in := false
	for _, c := range b {
		switch {
		case c == '<':
			in = true
		case c == '>':
			in = false
		case !in:
			out = append(out, c)
		}
	}
	return out
}

// tableCells returns the text of the <td> cells of the metadata table.
func tableCells(t []byte) []string {
	var cells []string
	for {
		i := bytes.Index(t, []byte("<td"))
		if i < 0 {
			return cells
		}
		t = t[i:]
		j := bytes.IndexByte(t, '>')
		k := bytes.Index(t, []byte("</td>"))
		if j < 0 || k < j {
			return cells
		}
		cells = append(cells, strings.TrimSpace(html.UnescapeString(string(stripTags(t[j+1:k])))))
		t = t[k:]
	}
}

// applyTable fills c from the page's metadata table.
func (p *htmlPage) applyTable(c *cableFields) error {
	if len(p.table) < 5 {
		return nil
	}
	c.id = p.table[0]
	t, err := time.Parse("2006-01-02 15:04", p.table[1])
	if err != nil {
		return fmt.Errorf("metadata table: created %q: %w", p.table[1], err)
	}
	c.created = t.UTC()
	c.classification = p.table[3]
	c.origin = p.table[4]
	if _, subj, ok := strings.Cut(p.heading, ", "); ok {
		c.title = strings.TrimSpace(subj)
	}
	return nil
}
