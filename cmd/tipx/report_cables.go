package main

import (
	"io"

	"github.com/tipx/tipx/extract/batch"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

// readCableFigures reads the cables under paths (files, directories,
// archives, "-") and extracts their figures with one Extractor, one worker
// per CPU, quietly. See readCorpus.
func readCableFigures(paths []string, stdin io.Reader, errw io.Writer) (figs []model.Figure, cables []model.Cable, failed bool, err error) {
	return readCorpus("tipx report", paths, stdin, errw, runFlags{quiet: true})
}

// readCorpus reads the cables under paths in rf.jobs workers and returns
// their figures (sorted by cable id, then figure id) and each cable's
// metadata (without its paragraphs), in input order. Failed documents are
// reported to errw, with progress and a summary line as rf asks; failed is
// true when any document failed.
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
