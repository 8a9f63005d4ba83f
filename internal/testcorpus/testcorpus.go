package testcorpus

import (
	"bytes"
	"os"
	"path/filepath"
)

// Lines returns up to n lines of the shared corpus's cables that are
// shorter than 400 bytes, hold a digit and contain one of words.
func Lines(n int, words [][]byte) []string {
	paths, _ := filepath.Glob(Path("corpus", "cables", "*"))
	var out []string
	for _, p := range paths {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		b = bytes.ReplaceAll(b, []byte("&#x000A;"), []byte("\n"))
		for _, l := range bytes.Split(b, []byte("\n")) {
			if len(out) == n {
				return out
			}
			if len(l) < 400 && bytes.ContainsAny(l, "0123456789") && containsAny(l, words) {
				out = append(out, string(l))
			}
		}
	}
	return out
}

func containsAny(l []byte, words [][]byte) bool {
	for _, w := range words {
		if bytes.Contains(l, w) {
			return true
		}
	}
	return false
}
