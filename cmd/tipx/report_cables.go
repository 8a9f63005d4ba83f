package main

import (
	"fmt"
	"io"
	"path/filepath"
	"strings"
	"time"

	"github.com/tipx/tipx/extract/batch"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// readInputs reads figures from .jsonl paths and cables from the others,
// then the review decisions of the workbook reviewed (none when ""), for
// tipx report and tipx draft: cmd ("tipx draft") prefixes what it writes to
// stderr, and rf says how the cables are read (see readCorpus). A .jsonl
// file that cannot be read is reported and sets failed; err is an error
// that stopped reading the cables, or one of --reviewed.
func readInputs(cmd string, paths []string, reviewed string, s stdio, rf runFlags) (in report.Input, failed bool, err error) {
	in = report.Input{Inputs: paths, Version: toolVersion(), Now: time.Now().UTC()}
	var cablePaths []string
	for _, p := range paths {
		if !strings.EqualFold(filepath.Ext(p), ".jsonl") {
			cablePaths = append(cablePaths, p)
			continue
		}
		figs, err := readFigures(p)
		if err != nil {
			fmt.Fprintf(s.err, "%s: %v\n", cmd, err)
			failed = true
		}
		in.Figures = append(in.Figures, figs...)
	}
	if len(cablePaths) > 0 {
		figs, cables, bad, err := readCorpus(cmd, cablePaths, s.in, s.err, rf)
		if err != nil {
			return in, true, err
		}
		failed = failed || bad
		in.Figures = append(in.Figures, figs...)
		in.Cables = append(in.Cables, cables...)
	}
	if reviewed != "" {
		if in.Review, err = readReviewed(reviewed); err != nil {
			return in, true, err
		}
	}
	return in, failed, nil
}

// readCorpus reads the cables under paths in rf.jobs workers and returns
// their figures (sorted by cable id, then figure id) and each cable's
// metadata (without its paragraphs), in input order. Failed documents are
// reported to errw as cmd's errors, with progress and a summary line as rf
// asks; failed is true when any document failed.
func readCorpus(cmd string, paths []string, stdin io.Reader, errw io.Writer, rf runFlags) (figs []model.Figure, cables []model.Cable, failed bool, err error) {
	rf.keepsCables = true
	sum, err := runCorpus(cmd, paths, stdin, errw, rf, cable.Options{}, func(r batch.Result) error {
		figs = append(figs, r.Figures...)
		cables = append(cables, *r.Cable)
		return nil
	})
	batch.Sort(figs)
	return figs, cables, err != nil || sum.Failed > 0, err
}
