// Command tipx reads diplomatic cables and writes the trafficking-in-persons
// figures they state as JSON Lines, workbooks and draft text.
package main

import (
	"os"
)

func main() {
	os.Exit(run(os.Args[1:], os.Stdin, os.Stdout, os.Stderr))
}
