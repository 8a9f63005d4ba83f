package main

import (
	"errors"
	"flag"
	"fmt"
	"io"
)

// newFlagSet returns the flag set of the command name: errors go to errw
// and -h (or a bad flag) prints usage, then the flags' defaults. Parse
// returns flag.ErrHelp for -h.
func newFlagSet(name, usage string, errw io.Writer) *flag.FlagSet {
	fs := flag.NewFlagSet(name, flag.ContinueOnError)
	fs.SetOutput(errw)
	fs.Usage = func() {
		fmt.Fprint(errw, usage)
		fs.PrintDefaults()
	}
	return fs
}

// parseInterleaved parses args with flags and paths in any order, as
// analysts type them ("a.jsonl -o x.xlsx b.jsonl"), and returns the paths
// in order; after "--" everything is a path. An error is fs.Parse's, which
// the flag set has already printed.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return paths, nil
		}
		if used := len(args) - fs.NArg(); used > 0 && args[used-1] == "--" {
			return append(paths, fs.Args()...), nil
		}
		paths = append(paths, fs.Arg(0))
		args = fs.Args()[1:]
	}
}

// parsePaths is parseInterleaved for a command: it returns the paths, or
// false and the exit code (0 after -h, 2 after a bad flag, whose message
// the flag set has printed).
func parsePaths(fs *flag.FlagSet, args []string) ([]string, int, bool) {
	paths, err := parseInterleaved(fs, args)
	switch {
	case errors.Is(err, flag.ErrHelp):
		return nil, exitOK, false
	case err != nil:
		return nil, exitUsage, false
	}
	return paths, 0, true
}
