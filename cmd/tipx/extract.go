package main

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"os"

	"github.com/tipx/tipx/extract/batch"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

// extractOptions are the flags of tipx extract.
type extractOptions struct {
	out    string // -o FILE; "" is standard output
	inputs inputFlags
	run    runFlags // --jobs, --progress, --quiet
	opts   cable.Options
	paths  []string
}

const extractUsage = `Usage: tipx extract [-o FILE] [--jobs N] [--progress | --quiet] [--id ID --date DATE --country NAME] PATH...

Reads cables and writes every trafficking-in-persons figure they state as
JSON Lines in the record format of FIGURES.md, plus the provenance fields
rule, start and end, sorted by cable id, then figure id: the output is the
same whatever --jobs is. Progress (on a terminal, or with --progress) and
a summary line go to standard error.
`

func runExtract(args []string, s stdio) int {
	var o extractOptions
	fs := newFlagSet("extract", extractUsage, s.err)
	fs.StringVar(&o.out, "o", "", "write the figures to `FILE` instead of standard output")
	o.inputs.register(fs)
	o.run.register(fs)
	paths, code, ok := parsePaths(fs, args)
	if !ok {
		return code
	}
	if err := o.run.check(); err != nil {
		fmt.Fprintf(s.err, "tipx extract: %v\n", err)
		return exitUsage
	}
	opts, err := o.inputs.options()
	if err != nil {
		fmt.Fprintf(s.err, "tipx extract: %v\n", err)
		return exitUsage
	}
	o.opts = opts
	o.paths = paths
	if len(o.paths) == 0 {
		fmt.Fprintln(s.err, "tipx extract: no PATH given")
		fs.Usage()
		return exitUsage
	}
	return o.write(s)
}

func (o extractOptions) write(s stdio) int {
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
	var figs []model.Figure
	sum, err := runCorpus("tipx extract", o.paths, s.in, s.err, o.run, o.opts, func(r batch.Result) error {
		figs = append(figs, r.Figures...)
		return nil
	})
	if err != nil {
		fmt.Fprintf(s.err, "tipx extract: %v\n", err)
		return exitFailed
	}
	batch.Sort(figs)
	bw := bufio.NewWriter(w)
	enc := json.NewEncoder(bw)
	enc.SetEscapeHTML(false)
	for _, f := range figs {
		if err := enc.Encode(f); err != nil {
			fmt.Fprintf(s.err, "tipx extract: write figures: %v\n", err)
			return exitFailed
		}
	}
	if err := bw.Flush(); err != nil {
		fmt.Fprintf(s.err, "tipx extract: write figures: %v\n", err)
		return exitFailed
	}
	if sum.Failed > 0 {
		return exitFailed
	}
	return exitOK
}
