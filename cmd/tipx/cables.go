package main

import "fmt"

// runCables is a placeholder until the cables command lands.
func runCables(args []string, s stdio) int {
	fmt.Fprintln(s.err, "tipx cables: not implemented yet")
	return exitFailed
}
