package cable

import (
	"bufio"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/tipx/tipx/model"
)

// The columns of cables.csv.
const (
	csvRow = iota
	csvDate
	csvID
	csvOrigin
	csvClass
	csvRefs
	csvHeader
	csvBody
	csvColumns
)

// csvStart matches the first row of a cables.csv: "1","12/28/1966 18:48","66BUENOSAIRES2481",...
var csvStart = regexp.MustCompile(`^\s*"?\d+"?,"\d{1,2}/\d{1,2}/\d{4} \d{1,2}:\d{2}","[0-9A-Z]+",`)

// isCSV reports whether a stream is a cables.csv.
func isCSV(head []byte) bool { return csvStart.Match(head) }

// csvField is one field of a row: its unescaped bytes mapped to the file.
type csvField struct {
	m *mapped
}

func (f csvField) String() string { return string(f.m.text) }

// csvReader reads cables.csv rows: comma-separated, "-quoted fields that
// may span lines, with \" escapes inside them (which encoding/csv rejects).
type csvReader struct {
	r    *bufio.Reader
	off  int // document offset of the next byte
	line int // line of the next byte, from 1
}

// errRowEnd and errFileEnd end a field.
var errRowEnd = errors.New("end of row")

// next reads one row. It returns io.EOF after the last row.
func (cr *csvReader) next() ([]csvField, int, error) {
	var row []csvField
	line := cr.line
	for {
		f, err := cr.field()
		if errors.Is(err, io.EOF) && len(row) == 0 && f.m == nil {
			return nil, line, io.EOF
		}
		if f.m != nil {
			row = append(row, f)
		}
		switch {
		case errors.Is(err, errRowEnd), errors.Is(err, io.EOF):
			return row, line, nil
		case err != nil:
			return row, line, err
		}
	}
}

func (cr *csvReader) readByte() (byte, error) {
	b, err := cr.r.ReadByte()
	if err == nil {
		cr.off++
		if b == '\n' {
			cr.line++
		}
	}
	return b, err
}

// field reads one field and the separator after it: nil error for a comma,
// errRowEnd for a line end, io.EOF at the end of the file.
func (cr *csvReader) field() (csvField, error) {
	m := &mapped{}
	b, err := cr.readByte()
	if err != nil {
		return csvField{}, err
	}
	if b == '\r' {
		if b, err = cr.readByte(); err != nil {
			return csvField{}, err
		}
	}
	if b == '\n' {
		return csvField{}, errRowEnd
	}
	if b != '"' {
		// unquoted field
		for {
			switch b {
			case ',':
				return csvField{m}, nil
			case '\n':
				return csvField{m}, errRowEnd
			case '\r':
			default:
				m.addByte(b, cr.off-1)
			}
			if len(m.text) > maxMember {
				return csvField{m}, fmt.Errorf("field longer than %d MB: %w", maxMember>>20, ErrMalformed)
			}
			if b, err = cr.readByte(); err != nil {
				return csvField{m}, err
			}
		}
	}
	start := cr.line
	for {
		b, err := cr.readByte()
		if err != nil {
			return csvField{m}, fmt.Errorf("quoted field opened on line %d not closed: %w", start, ErrMalformed)
		}
		if len(m.text) > maxMember {
			return csvField{m}, fmt.Errorf("quoted field opened on line %d longer than %d MB: %w", start, maxMember>>20, ErrMalformed)
		}
		switch b {
		case '\\':
			n, err := cr.r.Peek(1)
			if err == nil && (n[0] == '"' || n[0] == '\\') {
				cr.readByte()
				m.add(n[:1:1], cr.off-2, cr.off)
				continue
			}
			m.addByte(b, cr.off-1)
		case '"':
			n, err := cr.r.Peek(1)
			if err == nil && n[0] == '"' {
				cr.readByte()
				m.add([]byte{'"'}, cr.off-2, cr.off)
				continue
			}
			after, err := cr.readByte()
			if err == nil && after == '\r' {
				after, err = cr.readByte()
			}
			switch {
			case err != nil:
				return csvField{m}, io.EOF
			case after == ',':
				return csvField{m}, nil
			case after == '\n':
				return csvField{m}, errRowEnd
			}
			return csvField{m}, fmt.Errorf("line %d: %q after a closing quote: %w", cr.line, after, ErrMalformed)
		default:
			m.addByte(b, cr.off-1)
		}
	}
}

// csv reads a cables.csv row by row.
func (w *walker) csv(name string, r io.Reader) error {
	cr := &csvReader{r: bufio.NewReaderSize(r, 256<<10), line: 1}
	rows := 0
	for {
		row, line, err := cr.next()
		if errors.Is(err, io.EOF) {
			if rows == 0 {
				return w.emit(name, nil, docErr(name, 0, ErrEmpty))
			}
			return nil
		}
		rows++
		rowName := fmt.Sprintf("%s:%d", name, line)
		if err != nil {
			// the rest of the file cannot be trusted
			return w.emit(rowName, nil, docErr(name, line, err))
		}
		if err := w.deliver(rowName, func() (*model.Cable, error) { return csvCable(rowName, row, line, w.opts) }); err != nil {
			return err
		}
	}
}

// csvCable builds the cable of one row.
func csvCable(name string, row []csvField, line int, opts Options) (*model.Cable, error) {
	if len(row) != csvColumns {
		return nil, docErr(name, line, fmt.Errorf("row has %d fields, want %d: %w", len(row), csvColumns, ErrMalformed))
	}
	f := cableFields{id: row[csvID].String(), origin: row[csvOrigin].String(), classification: row[csvClass].String()}
	t, err := time.Parse("1/2/2006 15:04", row[csvDate].String())
	if err != nil {
		return nil, docErr(name, line, fmt.Errorf("date %q: %v: %w", row[csvDate].String(), err, ErrMalformed))
	}
	f.created = t.UTC()
	body := &mapped{}
	h, b := row[csvHeader].m, row[csvBody].m
	gap := 0
	if len(b.text) > 0 {
		gap, _ = b.srcAt(0)
	}
	body.appendMapped(h)
	body.add([]byte("\n\n"), gap, gap)
	body.appendMapped(b)
	c, err := assemble(f, body, FormatCSV, name, opts)
	if err != nil {
		return nil, docErr(name, line, err)
	}
	if refs := strings.TrimSpace(row[csvRefs].String()); refs != "" {
		c.References = c.References[:0]
		for _, r := range strings.Split(refs, "|") {
			if r = strings.TrimSpace(r); r != "" {
				c.References = append(c.References, r)
			}
		}
	}
	c.Source = name
	if n, err := strconv.Atoi(row[csvRow].String()); err == nil && n <= 0 {
		return nil, docErr(name, line, fmt.Errorf("row number %d: %w", n, ErrMalformed))
	}
	return c, nil
}
