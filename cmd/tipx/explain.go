package main

import "fmt"

// runExplain is a placeholder until the explain command lands.
func runExplain(args []string, s stdio) int {
	fmt.Fprintln(s.err, "tipx explain: not implemented yet")
	return exitFailed
}
