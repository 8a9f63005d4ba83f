package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"testing"
)

// Path returns the absolute path of rel under the shared directory beside
// the repository (<repo>/../shared: corpus/, gold/), found from where this
// source file lies, so that it is the same from every package. It does
// not check that the path exists.
func Path(rel ...string) string {
	_, file, _, _ := runtime.Caller(0)
	root := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared")
	return filepath.Join(append([]string{root}, rel...)...)
}

// Require returns Path(rel...), or skips tb when nothing is there.
func Require(tb testing.TB, rel ...string) string {
	tb.Helper()
	p := Path(rel...)
	if _, err := os.Stat(p); err != nil {
		tb.Skipf("shared corpus not found at %s (tests that read ../shared beside the repository skip without it): %v", p, err)
	}
	return p
}
