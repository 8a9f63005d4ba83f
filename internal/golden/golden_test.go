package golden

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestDiff(t *testing.T) {
	if got := Diff([]byte("a\nb\nc"), []byte("a\nB\nc\nd")); !strings.Contains(got, "line 2:\n  want \"b\"\n  got  \"B\"") || !strings.Contains(got, "line 4:") {
		t.Errorf("Diff = %q, want lines 2 and 4", got)
	}
	if got := Diff([]byte("same"), []byte("same")); got != "(same lines)" {
		t.Errorf("Diff of equal texts = %q", got)
	}
}

func TestCheckAndReadJSONL(t *testing.T) {
	p := filepath.Join(t.TempDir(), "x.jsonl")
	if err := os.WriteFile(p, []byte("{\"a\":1}\n\n{\"a\":2}\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	type rec struct{ A int }
	if got := ReadJSONL[rec](t, p); len(got) != 2 || got[0].A != 1 || got[1].A != 2 {
		t.Errorf("ReadJSONL = %+v, want [{1} {2}]", got)
	}
	Check(t, p, []byte("{\"a\":1}\n\n{\"a\":2}\n")) // the same bytes: no failure
}
