package main

import (
	"flag"
	"fmt"
	"io"
	"os"
	"runtime/debug"
	"time"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/batch"
	"github.com/tipx/tipx/extract/cable"
)

// runFlags are the flags of commands that read a corpus: how many workers,
// and what to say on standard error while they work.
type runFlags struct {
	jobs     int
	progress bool
	quiet    bool
	// keepsCables: the command keeps every cable's metadata (tipx report),
	// which changes how the collector is tuned (tuneGC).
	keepsCables bool
}

// register adds --jobs, --progress and --quiet to fs.
func (f *runFlags) register(fs *flag.FlagSet) {
	fs.IntVar(&f.jobs, "jobs", 0, "documents read in parallel (default: one per CPU)")
	fs.BoolVar(&f.progress, "progress", false, "report progress on standard error even when it is not a terminal")
	fs.BoolVar(&f.quiet, "quiet", false, "no progress and no summary line (failed documents are still reported)")
}

// check returns a usage error for bad values.
func (f *runFlags) check() error {
	if f.jobs < 0 {
		return fmt.Errorf("--jobs %d: want a positive number (0 is one per CPU)", f.jobs)
	}
	return nil
}

// reporter returns the progress reporter the flags ask for on w, or nil.
func (f *runFlags) reporter(w io.Writer) *progress {
	if f.quiet {
		return nil
	}
	now := time.Now() // the first report comes one interval after the start
	switch {
	case isTerminal(w):
		return &progress{w: w, bar: true, every: 200 * time.Millisecond, start: now, last: now}
	case f.progress:
		return &progress{w: w, every: 5 * time.Second, start: now, last: now}
	}
	return nil
}

// runCorpus reads the documents under paths in rf.jobs workers with one
// Extractor and calls fn with each cable's result, in input order. Failed
// documents are reported to errw as cmd's errors; progress and the final
// summary line go to errw as rf asks.
func runCorpus(cmd string, paths []string, stdin io.Reader, errw io.Writer, rf runFlags, input cable.Options,
	fn func(batch.Result) error) (batch.Summary, error) {
	x, err := extract.New()
	if err != nil {
		return batch.Summary{}, fmt.Errorf("start extractor: %w", err)
	}
	if rf.keepsCables {
		defer tuneGC(200, 0)()
	} else {
		defer tuneGC(400, 200<<20)()
	}
	p := rf.reporter(errw)
	sum, err := batch.Run(paths, stdin, x, batch.Options{Jobs: rf.jobs, Input: input, Progress: p.batch()}, func(r batch.Result) error {
		if r.Err != nil {
			if !cable.Skipped(r.Err) {
				p.Clear()
				fmt.Fprintf(errw, "%s: %v\n", cmd, r.Err)
			}
			return nil
		}
		return fn(r)
	})
	p.Finish()
	if !rf.quiet {
		fmt.Fprintf(errw, "%s: %v\n", cmd, sum)
	}
	return sum, err
}

// tuneGC lets the heap grow to percent more than what is live before a
// collection, within a soft limit (0: none), unless GOGC or GOMEMLIMIT say
// otherwise. A corpus run allocates much and keeps little (documents are
// dropped once extracted): with the default of 100 the collector took about
// a fifth of the CPU time on the 6,712-cable archive. tipx extract keeps
// only figures and takes 400 within 200 MiB; tipx report keeps every
// cable's metadata (a whole release: about 150 MB), which a tight limit
// would make the collector chase, so it takes 200 and no limit. It returns
// a function that restores the settings.
func tuneGC(percent int, limit int64) func() {
	if os.Getenv("GOGC") != "" || os.Getenv("GOMEMLIMIT") != "" {
		return func() {}
	}
	gc := debug.SetGCPercent(percent)
	old := debug.SetMemoryLimit(-1)
	if limit > 0 {
		debug.SetMemoryLimit(limit)
	}
	return func() {
		debug.SetGCPercent(gc)
		debug.SetMemoryLimit(old)
	}
}
