package cable

import (
	"os"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/tipx/tipx/internal/testcorpus"
)

func TestGetBuf(t *testing.T) {
	for _, n := range []int{0, 1, 4095, 4096, 70_000, maxMember} {
		b := getBuf(n)
		if len(b) != n || cap(b) < n+1 {
			t.Errorf("getBuf(%d): len %d cap %d, want len %d and room for one more", n, len(b), cap(b), n)
		}
		putBuf(b)
	}
	putBuf(make([]byte, 10, 100)) // not a pooled size: dropped, no panic
	putBuf(nil)
}

// TestReusedBuffersLeaveCablesIntact: documents are read into reused
// buffers, so a cable must keep nothing of its buffer. Every cable walked
// (a later document overwriting an earlier one's buffer) must equal the
// cable parsed from a private copy of its file.
func TestReusedBuffersLeaveCablesIntact(t *testing.T) {
	dir := filepath.Join("testdata", "docs")
	if p := testcorpus.Path("corpus", "cables"); dirExists(p) {
		dir = p
	}
	var docs []Doc
	if _, err := Walk([]string{dir}, nil, Options{}, func(d Doc) error { docs = append(docs, d); return nil }); err != nil {
		t.Fatal(err)
	}
	checked := 0
	for _, d := range docs {
		if d.Err != nil {
			continue
		}
		data, err := os.ReadFile(d.Name)
		if err != nil {
			t.Fatal(err)
		}
		want, err := Parse(d.Name, data, Options{})
		if err != nil {
			t.Fatalf("%s: %v", d.Name, err)
		}
		if !reflect.DeepEqual(d.Cable, want) {
			t.Errorf("%s: the cable walked differs from the cable parsed from a copy", d.Name)
		}
		checked++
	}
	if checked < 3 {
		t.Errorf("checked %d cables, want every readable one of %s", checked, dir)
	}
	t.Logf("%d cables of %s", checked, dir)
}

func dirExists(p string) bool {
	st, err := os.Stat(p)
	return err == nil && st.IsDir()
}
