package main

import (
	"bufio"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"strings"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// reportOptions are the flags and arguments of tipx report.
type reportOptions struct {
	out       string
	countries []string
	format    string
	reviewed  string
	paths     []string
	run       runFlags // --jobs, --progress, --quiet
}

const reportUsage = `Usage: tipx report PATH... -o OUT.xlsx [--country NAME]... [--reviewed PREVIOUS.xlsx]
       tipx report PATH... --format csv|jsonl [-o OUT] [--country NAME]...

Writes a workbook for analysts: with one --country, that country's workbook
(Summary, Figures, Conflicts, Cables, About); with several or none, a
comparison workbook. --format csv or jsonl writes the Figures table instead
(to standard output without -o).

PATH is a cable input (see tipx -h) or a .jsonl file of figures (FIGURES.md
records, as tipx extract writes them).

Flags:
`

// parseReportArgs reads flags and paths in any order.
func parseReportArgs(args []string, errw io.Writer) (*reportOptions, error) {
	o := &reportOptions{}
	fs := newFlagSet("report", reportUsage, errw)
	fs.StringVar(&o.out, "o", "", "output file (required for xlsx)")
	fs.StringVar(&o.format, "format", "xlsx", "output format: xlsx, csv or jsonl")
	fs.StringVar(&o.reviewed, "reviewed", "", "a previous workbook whose review decisions are carried over")
	o.run.register(fs)
	fs.Func("country", "a country to report on (repeatable)", func(s string) error {
		if strings.TrimSpace(s) == "" {
			return errors.New("empty country name")
		}
		o.countries = append(o.countries, s)
		return nil
	})
	var err error
	if o.paths, err = parseInterleaved(fs, args); err != nil {
		return nil, errFlagsPrinted{err}
	}
	switch {
	case len(o.paths) == 0:
		return nil, errors.New("no PATH given")
	case o.format != "xlsx" && o.format != "csv" && o.format != "jsonl":
		return nil, fmt.Errorf("unknown --format %q (want xlsx, csv or jsonl)", o.format)
	case o.format == "xlsx" && o.out == "":
		return nil, errors.New("an xlsx workbook needs -o OUT.xlsx")
	case o.format != "xlsx" && o.reviewed != "":
		return nil, errors.New("--reviewed applies to xlsx workbooks only")
	}
	if err := o.run.check(); err != nil {
		return nil, err
	}
	return o, nil
}

// errFlagsPrinted is a flag error the flag package has already printed,
// with the usage.
type errFlagsPrinted struct{ err error }

func (e errFlagsPrinted) Error() string { return e.err.Error() }
func (e errFlagsPrinted) Unwrap() error { return e.err }

func runReport(args []string, s stdio) int {
	o, err := parseReportArgs(args, s.err)
	var printed errFlagsPrinted
	switch {
	case errors.Is(err, flag.ErrHelp):
		return exitOK
	case errors.As(err, &printed):
		return exitUsage
	case err != nil:
		fmt.Fprintf(s.err, "tipx report: %v\nRun 'tipx report -h' for usage.\n", err)
		return exitUsage
	}
	in, failed, err := readInputs("tipx report", o.paths, o.reviewed, s, o.run)
	if err != nil {
		fmt.Fprintf(s.err, "tipx report: %v\n", err)
		return exitFailed
	}
	if err := writeReport(o, in, s.out); err != nil {
		fmt.Fprintf(s.err, "tipx report: %v\n", err)
		return exitFailed
	}
	if failed {
		return exitFailed
	}
	return exitOK
}

// readFigures reads FIGURES.md records, one per line.
func readFigures(path string) ([]model.Figure, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("read figures: %w", err)
	}
	defer f.Close()
	var out []model.Figure
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 64*1024), 16<<20)
	for n := 1; sc.Scan(); n++ {
		line := strings.TrimSpace(sc.Text())
		if line == "" {
			continue
		}
		var fig model.Figure
		if err := json.Unmarshal([]byte(line), &fig); err != nil {
			return out, fmt.Errorf("read figures: %s:%d: %w", path, n, err)
		}
		out = append(out, fig)
	}
	if err := sc.Err(); err != nil {
		return out, fmt.Errorf("read figures: %s: %w", path, err)
	}
	return out, nil
}

func readReviewed(path string) (*report.Review, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("--reviewed: %w", err)
	}
	defer f.Close()
	rev, err := report.ReadReview(f)
	if err != nil {
		return nil, fmt.Errorf("--reviewed %s: %w", path, err)
	}
	return rev, nil
}

// writeReport writes the chosen format to -o (atomically, through a
// temporary file beside it) or to stdout.
func writeReport(o *reportOptions, in report.Input, stdout io.Writer) error {
	write := func(w io.Writer) error {
		switch {
		case o.format == "csv":
			return report.WriteCSV(w, in, o.countries...)
		case o.format == "jsonl":
			return report.WriteJSONL(w, in, o.countries...)
		case len(o.countries) == 1:
			return report.WriteCountry(w, in, o.countries[0])
		}
		return report.WriteComparison(w, in, o.countries...)
	}
	if o.out == "" || o.out == "-" {
		return write(stdout)
	}
	tmp, err := os.CreateTemp(filepath.Dir(o.out), ".tipx-report-*")
	if err != nil {
		return fmt.Errorf("create output: %w", err)
	}
	defer os.Remove(tmp.Name())
	if err := tmp.Chmod(0o644); err != nil {
		tmp.Close()
		return fmt.Errorf("create output: %w", err)
	}
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	if err := os.Rename(tmp.Name(), o.out); err != nil {
		return fmt.Errorf("write %s: %w", o.out, err)
	}
	return nil
}

// toolVersion is the module version tipx was built as ("(devel)" from a
// work tree).
func toolVersion() string {
	if bi, ok := debug.ReadBuildInfo(); ok && bi.Main.Version != "" {
		return bi.Main.Version
	}
	return "(devel)"
}
