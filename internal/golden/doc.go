// Package golden holds what the project's golden-file tests share: Check
// compares a test's output with a file under testdata/ and rewrites the
// file when the test runs with -update (go test ./PACKAGE -run Golden
// -update; read the diff before committing), and ReadJSONL reads the JSON
// Lines fixtures. Only tests import it: importing it registers -update.
package golden
