package main

import (
	"bufio"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/cable"
)

// extractOptions are the flags of tipx extract.
type extractOptions struct {
	out    string // -o FILE; "" is standard output
	inputs inputFlags
	opts   cable.Options
	paths  []string
}

const extractUsage = `Usage: tipx extract [-o FILE] [--id ID --date DATE --country NAME] PATH...

Reads cables and writes every trafficking-in-persons figure they state as
JSON Lines in the record format of FIGURES.md, plus the provenance fields
rule, start and end. A summary goes to standard error.
`

func runExtract(args []string, s stdio) int {
	var o extractOptions
	fs := flag.NewFlagSet("extract", flag.ContinueOnError)
	fs.SetOutput(s.err)
	fs.Usage = func() { fmt.Fprint(s.err, extractUsage); fs.PrintDefaults() }
	fs.StringVar(&o.out, "o", "", "write the figures to `FILE` instead of standard output")
	o.inputs.register(fs)
	if err := fs.Parse(args); err != nil {
		if err == flag.ErrHelp {
			return exitOK
		}
		return exitUsage
	}
	opts, err := o.inputs.options()
	if err != nil {
		fmt.Fprintf(s.err, "tipx extract: %v\n", err)
		return exitUsage
	}
	o.opts = opts
	o.paths = fs.Args()
	if len(o.paths) == 0 {
		fmt.Fprintln(s.err, "tipx extract: no PATH given")
		fs.Usage()
		return exitUsage
	}
	return o.run(s)
}

func (o extractOptions) run(s stdio) int {
	x, err := extract.New()
	if err != nil {
		fmt.Fprintf(s.err, "tipx extract: %v\n", err)
		return exitFailed
	}
	var w io.Writer = s.out
	if o.out != "" {
		f, err := os.Create(o.out)
		if err != nil {
			fmt.Fprintf(s.err, "tipx extract: %v\n", err)
			return exitFailed
		}
		defer f.Close()
		w = f
	}
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	figures, cables := 0, 0
	sum, err := cable.Walk(o.paths, s.in, o.opts, func(d cable.Doc) error {
		if d.Err != nil {
			fmt.Fprintf(s.err, "tipx extract: %v\n", d.Err)
			return nil
		}
		cables++
		for _, f := range x.Cable(d.Cable) {
			if err := enc.Encode(f); err != nil {
				return fmt.Errorf("write figures: %w", err)
			}
			figures++
		}
		return nil
	})
	if ferr := bw.Flush(); err == nil && ferr != nil {
		err = fmt.Errorf("write figures: %w", ferr)
	}
	fmt.Fprintf(s.err, "tipx extract: %d inputs, %d cables, %d figures, %d skipped, %d failed\n",
		sum.Inputs, cables, figures, sum.Skipped, sum.Failed)
	if err != nil {
		fmt.Fprintf(s.err, "tipx extract: %v\n", err)
		return exitFailed
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}
