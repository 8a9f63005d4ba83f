package report

import (
	"encoding/csv"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// WriteCSV writes the Figures table (the columns of the Figures sheet) of
// the given countries (all when none) as CSV. Text that a spreadsheet would
// run as a formula (starting with = + - @, tab or carriage return) is
// neutralised with a leading apostrophe; numbers are written as numbers.
func WriteCSV(w io.Writer, in Input, countries ...string) error {
	b := newBook(in, "", countryFilter(countries))
	b.tables() // marks the figures the Summary shows
	cw := csv.NewWriter(w)
	head := make([]string, len(figureColumns))
	for i, c := range figureColumns {
		head[i] = c.name
	}
	if err := cw.Write(head); err != nil {
		return fmt.Errorf("write csv header: %w", err)
	}
	rec := make([]string, len(figureColumns))
	for _, e := range b.entries {
		for i, v := range figureRow(e) {
			rec[i] = csvField(v)
		}
		if err := cw.Write(rec); err != nil {
			return fmt.Errorf("write csv row %d: %w", e.row, err)
		}
	}
	cw.Flush()
	if err := cw.Error(); err != nil {
		return fmt.Errorf("write csv: %w", err)
	}
	return nil
}

// csvField writes one value: numbers as numbers, text neutralised.
func csvField(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case int:
		return strconv.Itoa(x)
	case float64:
		return strconv.FormatFloat(x, 'f', -1, 64)
	case string:
		return Neutralize(x)
	}
	return Neutralize(fmt.Sprint(v))
}

// Neutralize makes text safe to open in a spreadsheet: text starting with
// = + - @, a tab or a carriage return gets a leading apostrophe, so it is
// shown, never evaluated (OWASP "CSV injection").
func Neutralize(s string) string {
	if s != "" && strings.ContainsRune("=+-@\t\r", rune(s[0])) {
		return "'" + s
	}
	return s
}

// WriteJSONL writes the figures of the given countries (all when none) as
// FIGURES.md records, one per line, in Figures sheet order.
func WriteJSONL(w io.Writer, in Input, countries ...string) error {
	b := newBook(in, "", countryFilter(countries))
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	for _, e := range b.entries {
		if err := enc.Encode(e.fig); err != nil {
			return fmt.Errorf("write figure %s %d: %w", e.fig.Cable, e.fig.ID, err)
		}
	}
	return nil
}
