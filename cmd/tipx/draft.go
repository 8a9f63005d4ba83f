package main

import (
	"bytes"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"strings"
	"time"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
	"github.com/tipx/tipx/report/draft"
)

// draftOptions are the flags and arguments of tipx draft.
type draftOptions struct {
	country  string
	year     int
	out      string // -o FILE.md; "" is standard output
	xlsx     string // --xlsx OUT.xlsx: also the country workbook with Draft (and Compare) sheets
	previous string // --previous NARRATIVE: last year's published chapter
	prevID   string
	prevDate string
	reviewed string // --reviewed PREVIOUS.xlsx: review decisions, as tipx report reads them
	paths    []string
}

const draftUsage = `Usage: tipx draft PATH... --country NAME --year YYYY [-o FILE.md] [--xlsx OUT.xlsx]
                  [--reviewed PREVIOUS.xlsx]
                  [--previous NARRATIVE.txt [--previous-id ID] [--previous-date YYYY-MM-DD]]

Writes a first draft of the numbers part of a TIP Report country chapter in
Markdown: Prosecution, Protection and Prevention sentences built from the
values the country workbook chooses for the year, every number followed by
its cable and paragraph, and the metrics with no figure listed as gaps to
ask the post about. With --reviewed, the review decisions of a previous
workbook apply as in tipx report: rejected figures are left out, corrected
values are written and marked.

--previous reads last year's published country chapter as a plain document
(or a .jsonl of its figures), extracts its figures and adds a comparison:
per metric the published figure, this year's cable figure and the change,
and the figures one side gives that the other does not. The chapter is
cited by --previous-id (default "YYYY TIP Report", the report published in
June of --year, which covers the year before) and its relative dates are
read from --previous-date (default June 15 of --year).

PATH is a cable input (see tipx -h) or a .jsonl file of figures.

Flags:
`

// parseDraftArgs reads flags and paths in any order.
func parseDraftArgs(args []string, errw io.Writer) (*draftOptions, error) {
	o := &draftOptions{}
	fs := newFlagSet("draft", draftUsage, errw)
	fs.StringVar(&o.country, "country", "", "the country of the chapter (required)")
	fs.IntVar(&o.year, "year", 0, "the calendar year whose figures the chapter reports (required)")
	fs.StringVar(&o.out, "o", "", "write the Markdown to `FILE` instead of standard output")
	fs.StringVar(&o.xlsx, "xlsx", "", "also write the country workbook, with Draft and Compare sheets, to `OUT.xlsx`")
	fs.StringVar(&o.reviewed, "reviewed", "", "a previous workbook whose review decisions apply")
	fs.StringVar(&o.previous, "previous", "", "last year's published country chapter, a plain text `FILE` (or .jsonl figures)")
	fs.StringVar(&o.prevID, "previous-id", "", "how the draft cites the previous chapter (default \"YYYY TIP Report\")")
	fs.StringVar(&o.prevDate, "previous-date", "", "publication date `YYYY-MM-DD` of the previous chapter (default June 15 of --year)")
	var err error
	if o.paths, err = parseInterleaved(fs, args); err != nil {
		return nil, err
	}
	o.country = strings.TrimSpace(o.country)
	switch {
	case len(o.paths) == 0:
		return nil, errors.New("no PATH given")
	case o.country == "":
		return nil, errors.New("--country is required")
	case o.year < 1900 || o.year > 2100:
		return nil, errors.New("--year YYYY is required")
	case o.previous == "" && (o.prevID != "" || o.prevDate != ""):
		return nil, errors.New("--previous-id and --previous-date need --previous")
	}
	if o.prevID == "" {
		o.prevID = fmt.Sprintf("%d TIP Report", o.year)
	}
	if o.prevDate == "" {
		o.prevDate = fmt.Sprintf("%d-06-15", o.year)
	}
	if _, err := time.Parse("2006-01-02", o.prevDate); err != nil {
		return nil, fmt.Errorf("--previous-date %q: want YYYY-MM-DD", o.prevDate)
	}
	return o, nil
}

func runDraft(args []string, s stdio) int {
	o, err := parseDraftArgs(args, s.err)
	if errors.Is(err, flag.ErrHelp) {
		return exitOK
	}
	if err != nil {
		fmt.Fprintf(s.err, "tipx draft: %v\n\n", err)
		fmt.Fprint(s.err, draftUsage)
		return exitUsage
	}
	// no --jobs, --progress or --quiet: one worker per CPU, quietly
	in, failed, err := readInputs("tipx draft", o.paths, o.reviewed, s, runFlags{quiet: true})
	if err != nil {
		fmt.Fprintf(s.err, "tipx draft: %v\n", err)
		return exitFailed
	}
	d := draft.Build(in, o.country, o.year)
	if o.previous != "" {
		nar, err := readNarrative(o)
		if err != nil {
			fmt.Fprintf(s.err, "tipx draft: %v\n", err)
			return exitFailed
		}
		d.Compare = draft.Compare(nar, in, o.country, o.year)
		if d.Compare.Narrative == "" { // a chapter without figures
			d.Compare.Narrative = o.prevID
		}
		strict, loose := d.Compare.Found()
		fmt.Fprintf(s.err, "tipx draft: %s: %d of %d figures found in the cables (same metric, unit and value); %d with the same number and unit\n",
			o.prevID, strict, len(d.Compare.Matches), loose)
	}
	if err := o.write(d, in, s); err != nil {
		fmt.Fprintf(s.err, "tipx draft: %v\n", err)
		return exitFailed
	}
	if failed {
		return exitFailed
	}
	return exitOK
}

// readNarrative reads the previous chapter as one plain document and
// extracts its figures, all about the chapter's country.
func readNarrative(o *draftOptions) ([]model.Figure, error) {
	if strings.EqualFold(filepath.Ext(o.previous), ".jsonl") {
		return readFigures(o.previous)
	}
	data, err := os.ReadFile(o.previous)
	if err != nil {
		return nil, fmt.Errorf("--previous: %w", err)
	}
	date, _ := time.Parse("2006-01-02", o.prevDate)
	c, err := cable.Parse(o.previous, data, cable.Options{ID: o.prevID, Date: date, Country: o.country})
	if err != nil {
		return nil, fmt.Errorf("--previous: %w", err)
	}
	x, err := extract.New()
	if err != nil {
		return nil, fmt.Errorf("start extractor: %w", err)
	}
	figs := x.Cable(c)
	for i := range figs {
		figs[i].Country = o.country
	}
	return figs, nil
}

// write writes the Markdown to -o or stdout, and the workbook to --xlsx.
// A number of the draft without a cited figure (which Build never writes)
// is reported on stderr.
func (o *draftOptions) write(d *draft.Draft, in report.Input, s stdio) error {
	var md bytes.Buffer
	if err := d.Markdown(&md); err != nil {
		return err
	}
	for _, p := range draft.Verify(md.String(), append(in.Figures, d.Figures()...), o.year) {
		fmt.Fprintf(s.err, "tipx draft: warning: %s\n", p)
	}
	if o.out == "" || o.out == "-" {
		if _, err := s.out.Write(md.Bytes()); err != nil {
			return fmt.Errorf("write draft: %w", err)
		}
	} else if err := os.WriteFile(o.out, md.Bytes(), 0o644); err != nil {
		return fmt.Errorf("write draft: %w", err)
	}
	if o.xlsx == "" {
		return nil
	}
	in.Draft = d.Sheet()
	if d.Compare != nil {
		in.Compare = d.Compare.Grid()
	}
	return writeReport(&reportOptions{out: o.xlsx, format: "xlsx", countries: []string{o.country}}, in, s.out)
}
