package main

import "fmt"

// runReport is a placeholder until the report command lands.
func runReport(args []string, s stdio) int {
	fmt.Fprintln(s.err, "tipx report: not implemented yet")
	return exitFailed
}
