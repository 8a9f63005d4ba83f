package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/tipx/tipx/model"
)

// Options describe a document that is not a cable (plain prose such as a
// TIP Report narrative): all three must be set to read prose. For a cable
// they fill in what the document does not state.
type Options struct {
	ID      string
	Date    time.Time
	Country string
}

func (o Options) complete() bool { return o.ID != "" && !o.Date.IsZero() && o.Country != "" }

// The formats Parse detects, as written to Cable.Format.
const (
	FormatViewerText   = "viewer-text"    // Identifier / Created / Classification / Origin, then the telegram
	FormatHTML         = "cablegate-html" // a cablegate page with its metadata table
	FormatHTMLFragment = "html-fragment"  // <pre> blocks of a telegram without a metadata table
	FormatAlxText      = "alx-text"       // id, title, date, classification, origin, then the body glued on
	FormatTelegram     = "telegram-text"  // the telegram alone (routing header and/or body)
	FormatCSV          = "cables-csv"     // one row of cables.csv
	FormatProse        = "prose"          // plain prose read with Options
)

// cableFields are the metadata a container states before the telegram is
// read; the telegram header fills what is missing.
type cableFields struct {
	id, origin, classification, title string
	created                           time.Time
}

// Parse reads one document. name is used in errors and as Cable.Source.
// It returns ErrNotCable (wrapped in *Error) for a document that is not a
// cable, ErrEmpty or ErrBinary for empty or binary data.
func Parse(name string, data []byte, opts Options) (*model.Cable, error) {
	return parseAt(name, data, 0, opts)
}

// parseAt parses data whose first byte is at offset base of the document
// the spans refer to.
func parseAt(name string, data []byte, base int, opts Options) (*model.Cable, error) {
	if len(bytes.TrimSpace(data)) == 0 {
		return nil, docErr(name, 0, ErrEmpty)
	}
	if binary(data) {
		return nil, docErr(name, 0, ErrBinary)
	}
	c, err := parseText(name, data, base, opts)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			return nil, err
		}
		return nil, docErr(name, 0, err)
	}
	c.Source = name
	return c, nil
}

// binary reports whether data is not text: a NUL byte or mostly invalid
// UTF-8 and control bytes in its first 8 KiB.
func binary(data []byte) bool {
	head := data[:min(len(data), 8192)]
	if bytes.IndexByte(head, 0) >= 0 {
		return true
	}
	bad := 0
	for i := 0; i < len(head); {
		r, n := utf8.DecodeRune(head[i:])
		if (r == utf8.RuneError && n == 1) || (r < 0x20 && r != '\n' && r != '\r' && r != '\t' && r != '\f') {
			bad++
		}
		i += n
	}
	return bad*10 > len(head)
}

var (
	viewerHead = regexp.MustCompile(`^\s*Identifier\r?\nCreated\r?\nClassification\r?\nOrigin\r?\n`)
	idRe       = regexp.MustCompile(`^\d{2}[A-Z][A-Z0-9]+\d+$`)
	alxDate    = "Mon Jan 02 15:04:05 -0700 2006"
)

func parseText(name string, data []byte, base int, opts Options) (*model.Cable, error) {
	head := data[:min(len(data), 4096)]
	var f cableFields
	var body *mapped
	format := ""
	switch {
	case csvStart.Match(head):
		return parseCSV(name, data, base, opts)
	case isHTML(head):
		p, err := readHTML(data)
		if err != nil {
			return nil, err
		}
		if err := p.applyTable(&f); err != nil {
			return nil, err
		}
		format = FormatHTMLFragment
		if p.table != nil {
			format = FormatHTML
		}
		body = p.body
		if base != 0 {
			body.shift(base)
		}
	case viewerHead.Match(head):
		format = FormatViewerText
		var err error
		if body, err = readViewer(data, base, &f); err != nil {
			return nil, err
		}
	case isAlx(data):
		format = FormatAlxText
		var err error
		if body, err = readAlx(data, base, &f); err != nil {
			return nil, err
		}
	case isTelegram(data):
		format = FormatTelegram
		body = identity(data, base)
	case opts.complete():
		return readProse(data, base, opts), nil
	default:
		return nil, fmt.Errorf("no cable header found (for prose give id, date and country): %w", ErrNotCable)
	}
	return assemble(f, body, format, name, opts)
}

// assemble reads the telegram in body and completes the fields.
func assemble(f cableFields, body *mapped, format, name string, opts Options) (*model.Cable, error) {
	ls := body.lines()
	t := readTelegram(body.text, ls)
	c := &model.Cable{Format: format, Classification: f.classification, Origin: f.origin}
	c.Created = f.created
	if c.Created.IsZero() {
		switch {
		case !t.dated.IsZero():
			c.Created = t.dated
		case !t.dtg.IsZero():
			c.Created = t.dtg
		case !opts.Date.IsZero():
			c.Created = opts.Date.UTC()
		}
	}
	if c.Created.IsZero() && !t.eoDate.IsZero() && t.eoDate.Year() <= 2021 {
		// last resort: the declassification date is usually ten years on
		c.Created = t.eoDate.AddDate(-10, 0, 0)
	}
	if f.id == "" {
		f.id = t.id
	}
	c.ID = repairID(f.id)
	if m := trailingNum.FindStringSubmatch(c.ID); m != nil && c.ID != strings.TrimSpace(f.id) && c.Origin != "" {
		// an id made from a section header: its post may be garbled too
		// ("09SECTION02OF03QRIPOLI583"); the origin names the post
		if post := strings.ReplaceAll(postKey(c.Origin), " ", ""); post != "" && !strings.Contains(post, ",") {
			c.ID = c.ID[:2] + post + m[1]
		}
	}
	if c.ID == "" && t.post != "" && t.number > 0 {
		// a file named after its cable ("reveal__06REYKJAVIK68.txt")
		want := strings.ReplaceAll(t.post, " ", "") + strconv.Itoa(t.number)
		if ids := nameIDRe.FindAllString(name, -1); len(ids) > 0 && ids[len(ids)-1][2:] == want {
			c.ID = ids[len(ids)-1]
		}
	}
	if c.ID == "" && t.post != "" && t.number > 0 {
		y := c.Created.Year()
		if c.Created.IsZero() {
			y = idYear(name)
		}
		if y > 0 {
			c.ID = fmt.Sprintf("%02d%s%d", y%100, strings.ReplaceAll(t.post, " ", ""), t.number)
		}
	}
	if c.ID == "" {
		c.ID = opts.ID
	}
	if c.ID == "" {
		return nil, fmt.Errorf("no reference id in the document: %w", ErrNotCable)
	}
	if c.Classification == "" {
		c.Classification = t.classification
	}
	if c.Origin == "" {
		c.Origin = originName(t.from, t.post)
	}
	c.Tags = t.tags
	if c.Tags == nil {
		c.Tags = []string{}
	}
	c.Subject = t.subject
	if c.Subject == "" {
		c.Subject = markPrefixRe.ReplaceAllString(f.title, "")
	}
	c.SubjectTruncated = strings.HasSuffix(c.Subject, "...")
	year := c.Created.Year()
	if c.Created.IsZero() {
		year = idYear(c.ID)
	}
	c.References = references(t.refs, year)
	if c.References == nil {
		c.References = []string{}
	}
	c.Paragraphs, c.Signer = paragraphs(body, cleanBody(body.text, ls, t.bodyStart, t.bodyCol))
	c.Country = countryOf(c.Origin, t.post, c.Tags)
	if c.Country == "" {
		c.Country = opts.Country
	}
	return c, nil
}

var (
	sectionID   = regexp.MustCompile(`^(\d{2})S?ECTION\d+[OG]F\d+([A-Z]+\d+)$`)
	trailingNum = regexp.MustCompile(`^\d{2}[A-Z]+?0*(\d+)$`)
)

// repairID mends reference ids built from a section header
// ("08ECTION01OF02MANAMA492" → "08MANAMA492").
func repairID(id string) string {
	id = strings.TrimSpace(id)
	if m := sectionID.FindStringSubmatch(id); m != nil {
		return m[1] + m[2]
	}
	return id
}

var nameIDRe = regexp.MustCompile(`(\d{2})[A-Z]{3,}\d+`)

// idYear takes the year of a reference id in a file name, or 0.
func idYear(name string) int {
	m := nameIDRe.FindAllStringSubmatch(name, -1)
	if m == nil {
		return 0
	}
	y := 0
	fmt.Sscanf(m[len(m)-1][1], "%d", &y)
	return fourYear(y)
}

// parseCSV reads a cables.csv document of exactly one row; longer files
// are read row by row by Walk.
func parseCSV(name string, data []byte, base int, opts Options) (*model.Cable, error) {
	cr := &csvReader{r: bufio.NewReader(bytes.NewReader(data)), off: base, line: 1}
	row, line, err := cr.next()
	if err != nil {
		return nil, docErr(name, line, err)
	}
	if _, _, err := cr.next(); !errors.Is(err, io.EOF) {
		return nil, fmt.Errorf("cables.csv with more than one row: read it with Walk: %w", ErrMalformed)
	}
	return csvCable(name, row, line, opts)
}
