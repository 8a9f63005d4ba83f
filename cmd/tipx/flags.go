package main

import (
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
// in order. An error is fs.Parse's, which the flag set has already printed.
func parseInterleaved(fs *flag.FlagSet, args []string) ([]string, error) {
	var paths []string
	for {
		if err := fs.Parse(args); err != nil {
			return nil, err
		}
		if fs.NArg() == 0 {
			return paths, nil
		}
		paths = append(paths, fs.Arg(0))
		args = fs.Args()[1:]
	}
}
