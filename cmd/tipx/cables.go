package main

import (
	"encoding/json"
	"fmt"
	"time"

	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

const cablesUsage = `Usage: tipx cables [flags] PATH...

Reads cables and prints one JSON object per cable on stdout: id, created,
origin, country, classification, tags, subject, subject_truncated,
references, signer, format, source and paragraphs (the number of body
paragraphs). On stderr it prints a summary, "inputs N, read N, skipped N,
failed N", then one line "path: reason" per failed document and
"skipped path: reason" per skipped one.

PATH is a cable file (viewer text, cablegate HTML, alx text, body-only
telegram text, cables.csv), a directory (read recursively; images, JSON and
office files in it are skipped), a .tar, .tar.gz or .tar.xz archive
(streamed), or - for standard input. Plain prose (a TIP Report narrative)
is read as one document when --id, --date and --country are all given.

Exit status: 0 when every input was read or skipped as not a cable, 1 when
some input failed (empty, binary or malformed: each is named on stderr and
the run goes on), 2 for a usage error.

Flags:
`

// cableLine is the JSON object printed for one cable.
type cableLine struct {
	ID               string    `json:"id"`
	Created          time.Time `json:"created"`
	Origin           string    `json:"origin"`
	Country          string    `json:"country"`
	Classification   string    `json:"classification"`
	Tags             []string  `json:"tags"`
	Subject          string    `json:"subject"`
	SubjectTruncated bool      `json:"subject_truncated"`
	References       []string  `json:"references"`
	Signer           string    `json:"signer"`
	Format           string    `json:"format"`
	Source           string    `json:"source"`
	Paragraphs       int       `json:"paragraphs"`
}

func newCableLine(c *model.Cable) cableLine {
	return cableLine{
		ID: c.ID, Created: c.Created, Origin: c.Origin, Country: c.Country, Classification: c.Classification,
		Tags: c.Tags, Subject: c.Subject, SubjectTruncated: c.SubjectTruncated, References: c.References,
		Signer: c.Signer, Format: c.Format, Source: c.Source, Paragraphs: len(c.Paragraphs),
	}
}

// runCables is "tipx cables": read documents, print their metadata.
func runCables(args []string, s stdio) int {
	fs := newFlagSet("cables", cablesUsage, s.err)
	var in inputFlags
	in.register(fs)
	paths, code, ok := parsePaths(fs, args)
	if !ok {
		return code
	}
	if len(paths) == 0 {
		fmt.Fprintln(s.err, "tipx cables: no PATH given (use - for standard input)")
		fs.Usage()
		return exitUsage
	}
	opts, err := in.options()
	if err != nil {
		fmt.Fprintf(s.err, "tipx cables: %v\n", err)
		return exitUsage
	}
	enc := json.NewEncoder(s.out)
	sum, err := cable.Walk(paths, s.in, opts, func(d cable.Doc) error {
		if d.Cable == nil {
			return nil
		}
		if err := enc.Encode(newCableLine(d.Cable)); err != nil {
			return fmt.Errorf("write: %w", err)
		}
		return nil
	})
	printSummary(s, sum)
	if err != nil {
		fmt.Fprintf(s.err, "tipx cables: %v\n", err)
		return exitFailed
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}

// printSummary writes the counts of a walk and one line per failed and
// skipped document to stderr.
func printSummary(s stdio, sum cable.Summary) {
	fmt.Fprintf(s.err, "inputs %d, read %d, skipped %d, failed %d\n", sum.Inputs, sum.Read, sum.Skipped, sum.Failed)
	for _, f := range sum.Failures {
		fmt.Fprintln(s.err, f)
	}
	for _, f := range sum.Skips {
		fmt.Fprintln(s.err, "skipped "+f.String())
	}
}
