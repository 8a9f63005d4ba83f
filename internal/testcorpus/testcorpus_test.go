package testcorpus

import (
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	_, file, _, _ := runtime.Caller(0)
	dir := filepath.Join(filepath.Dir(file), "..", "..", "..", "shared", "corpus", "cables")
	if _, err := os.Stat(dir); err != nil {
		t.Skipf("corpus not found at %s: %v", dir, err)
	}
	got := Lines(5, [][]byte{[]byte("victims")})
	if len(got) != 5 {
		t.Fatalf("Lines(5, victims) gave %d lines, want 5", len(got))
	}
	for _, l := range got {
		if !strings.Contains(l, "victims") || !strings.ContainsAny(l, "0123456789") || len(l) >= 400 {
			t.Errorf("Lines gave %q: want a short line with a digit and \"victims\"", l)
		}
	}
}
