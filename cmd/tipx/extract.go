package main

import "fmt"

// runExtract is a placeholder until the extract command lands.
func runExtract(args []string, s stdio) int {
	fmt.Fprintln(s.err, "tipx extract: not implemented yet")
	return exitFailed
}
