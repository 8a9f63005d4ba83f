package golden

import (
	"bufio"
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"
)

var update = flag.Bool("update", false, "rewrite the golden files under testdata/")

// Updating reports whether the test binary runs with -update.
func Updating() bool { return *update }

// Check compares got with the golden file at path; with -update it writes
// got to path instead (creating its directory).
func Check(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run the test with -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("output differs from %s (rerun with -update and read the diff):\n%s", path, Diff(want, got))
	}
}

// Diff shows the first five lines where want and got differ.
func Diff(want, got []byte) string {
	w, g := strings.Split(string(want), "\n"), strings.Split(string(got), "\n")
	var b strings.Builder
	n := 0
	for i := 0; i < len(w) || i < len(g); i++ {
		var x, y string
		if i < len(w) {
			x = w[i]
		}
		if i < len(g) {
			y = g[i]
		}
		if x == y {
			continue
		}
		if !utf8.ValidString(y) {
			y = "(invalid UTF-8) " + y
		}
		fmt.Fprintf(&b, "line %d:\n  want %q\n  got  %q\n", i+1, x, y)
		if n++; n == 5 {
			b.WriteString("  ...\n")
			break
		}
	}
	if n == 0 {
		return "(same lines)"
	}
	return b.String()
}

// ReadJSONL reads one JSON value per non-blank line of the file at path;
// a file with none fails the test.
func ReadJSONL[T any](tb testing.TB, path string) []T {
	tb.Helper()
	out := Records[T](tb, path)
	if len(out) == 0 {
		tb.Fatalf("no records in %s", path)
	}
	return out
}

// Records is ReadJSONL for files that may hold no record (an answer key
// for a cable without figures).
func Records[T any](tb testing.TB, path string) []T {
	tb.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	var out []T
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var v T
		if err := json.Unmarshal(sc.Bytes(), &v); err != nil {
			tb.Fatalf("%s: %v: %s", path, err, sc.Text())
		}
		out = append(out, v)
	}
	if err := sc.Err(); err != nil {
		tb.Fatal(err)
	}
	return out
}
