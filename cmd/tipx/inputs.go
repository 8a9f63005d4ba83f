package main

import (
	"flag"
	"fmt"
	"strings"
	"time"

	"github.com/tipx/tipx/extract/cable"
)

// inputFlags are the flags every command that reads documents shares:
// what to assume for a document that does not state it (plain prose).
type inputFlags struct {
	id, date, country string
}

// register adds --id, --date and --country to fs.
func (f *inputFlags) register(fs *flag.FlagSet) {
	fs.StringVar(&f.id, "id", "", "reference id for documents that state none (prose needs --id, --date and --country)")
	fs.StringVar(&f.date, "date", "", "creation date `YYYY-MM-DD` (or RFC 3339) for documents that state none")
	fs.StringVar(&f.country, "country", "", "country for documents whose post and tags name none, e.g. \"Iceland\"")
}

// options turns the flags into cable.Options; an error is a usage error.
func (f *inputFlags) options() (cable.Options, error) {
	o := cable.Options{ID: strings.TrimSpace(f.id), Country: strings.TrimSpace(f.country)}
	if f.date != "" {
		t, err := time.Parse("2006-01-02", f.date)
		if err != nil {
			if t, err = time.Parse(time.RFC3339, f.date); err != nil {
				return o, fmt.Errorf("--date %q: want YYYY-MM-DD", f.date)
			}
		}
		o.Date = t.UTC()
	}
	return o, nil
}
