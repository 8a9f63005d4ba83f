package testcorpus

import (
	"path/filepath"
	"strings"
	"testing"
)

func TestLines(t *testing.T) {
	Require(t, "corpus", "cables")
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

// TestPath checks that Path is absolute, ends in shared/<rel> and sits
// beside the module root (the directory above this package's two levels).
func TestPath(t *testing.T) {
	p := Path("corpus", "cables")
	if !filepath.IsAbs(p) {
		t.Errorf("Path(corpus, cables) = %q, want an absolute path", p)
	}
	if want := filepath.Join("shared", "corpus", "cables"); !strings.HasSuffix(p, string(filepath.Separator)+want) {
		t.Errorf("Path(corpus, cables) = %q, want it to end in %s", p, want)
	}
	root, err := filepath.Abs(filepath.Join("..", "..", "..", "shared"))
	if err != nil {
		t.Fatal(err)
	}
	if got := Path(); got != root {
		t.Errorf("Path() = %q, want %q (../shared beside the repository)", got, root)
	}
}

// TestRequire checks that Require skips on a path that does not exist and
// returns Path's answer, without skipping, for one that does.
func TestRequire(t *testing.T) {
	var sub *testing.T
	t.Run("missing", func(t *testing.T) {
		sub = t
		Require(t, "no such directory", "x")
		t.Error("Require returned for a missing path")
	})
	if !sub.Skipped() {
		t.Errorf("Require did not skip the test of a missing path")
	}
	// this package's directory, reached from the shared one
	here, err := filepath.Abs(".")
	if err != nil {
		t.Fatal(err)
	}
	repo := filepath.Dir(filepath.Dir(here))
	rel := []string{"..", filepath.Base(repo), "internal", "testcorpus"}
	t.Run("present", func(t *testing.T) {
		sub = t
		if got := Require(t, rel...); got != here {
			t.Errorf("Require(%q) = %q, want %q", rel, got, here)
		}
	})
	if sub.Skipped() {
		t.Errorf("Require skipped the test of %s, which exists", here)
	}
}
