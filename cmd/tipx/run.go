package main

import (
	"fmt"
	"io"
)

// Exit statuses.
const (
	exitOK     = 0 // everything read
	exitFailed = 1 // the run failed, or some inputs could not be read
	exitUsage  = 2 // bad flags or arguments
)

type stdio struct {
	in       io.Reader
	out, err io.Writer
}

type command struct {
	name    string
	summary string
	run     func(args []string, io stdio) int
}

func commands() []command {
	return []command{
		{"cables", "read cables and print their metadata as JSON Lines", runCables},
		{"extract", "extract TIP figures as JSON Lines (FIGURES.md records)", runExtract},
		{"explain", "show, paragraph by paragraph, which rule gave each figure and why", runExplain},
		{"report", "write a country or comparison workbook (or CSV/JSONL) from cables or figures", runReport},
		{"draft", "draft the numbers of a country chapter, cited, against last year's chapter", runDraft},
	}
}

const usageHead = `tipx reads diplomatic cables and extracts trafficking-in-persons figures.

Usage:
  tipx COMMAND [flags] PATH...

Commands:
`

const usageTail = `
PATH is a cable file (viewer text, cablegate HTML, alx text, body-only text,
cables.csv), a directory (read recursively), a .tar, .tar.gz or .tar.xz
archive (streamed, never unpacked to disk), or - for standard input.

Exit status: 0 when every input was read, 1 when some input failed or the
run failed, 2 for a usage error.

Run 'tipx COMMAND -h' for the flags of a command.
`

func usage(w io.Writer) {
	fmt.Fprint(w, usageHead)
	for _, c := range commands() {
		fmt.Fprintf(w, "  %-9s %s\n", c.name, c.summary)
	}
	fmt.Fprint(w, usageTail)
}

func run(args []string, in io.Reader, out, errw io.Writer) int {
	s := stdio{in: in, out: out, err: errw}
	if len(args) == 0 {
		usage(errw)
		return exitUsage
	}
	switch args[0] {
	case "-h", "-help", "--help", "help":
		usage(out)
		return exitOK
	}
	for _, c := range commands() {
		if c.name == args[0] {
			return c.run(args[1:], s)
		}
	}
	fmt.Fprintf(errw, "tipx: unknown command %q\n\n", args[0])
	usage(errw)
	return exitUsage
}
