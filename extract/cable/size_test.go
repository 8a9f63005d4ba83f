package cable

import (
	"archive/tar"
	"bytes"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

// TestInputSize reads the size of what gzip and xz files hold from their
// trailers, and falls back to the file's size where a trailer is broken.
func TestInputSize(t *testing.T) {
	one := []byte(strings.Repeat("UNCLASSIFIED SECTION 01 OF 02 BAKU 000677\n", 2000)) // 84,000 bytes
	two := []byte(strings.Repeat("trafficking in persons ", 3000))                     // 69,000 bytes
	xzOne, xzTwo := compress(t, "tar.xz", one), compress(t, "tar.xz", two)
	padded := append(append(append([]byte{}, xzOne...), make([]byte, 8)...), xzTwo...) // two streams, padding between
	cut := xzOne[:len(xzOne)-20]
	dir := t.TempDir()
	for _, c := range []struct {
		name string
		data []byte
		want int64
	}{
		{"plain.txt", one, int64(len(one))},
		{"one.tar.gz", compress(t, "tar.gz", one), int64(len(one))},
		{"one.tar.xz", xzOne, int64(len(one))},
		{"two.tar.xz", padded, int64(len(one) + len(two))},
		{"two-padded-after.xz", append(append([]byte{}, padded...), 0, 0, 0, 0), int64(len(one) + len(two))},
		{"cut.tar.xz", cut, int64(len(cut))}, // no footer: the file's size
		{"tiny.gz", []byte{0x1f, 0x8b, 1, 2, 3, 4, 5}, 7},
	} {
		p := filepath.Join(dir, c.name)
		if err := os.WriteFile(p, c.data, 0o644); err != nil {
			t.Fatal(err)
		}
		got, err := InputSize(p)
		if err != nil || got != c.want {
			t.Errorf("InputSize(%s) = %d, %v; want %d", c.name, got, err, c.want)
		}
	}
	if _, err := InputSize(filepath.Join(dir, "missing")); err == nil {
		t.Error("InputSize of a missing file: no error")
	}
}

// TestStreamCountsUnpackedBytes: how much of a compressed archive has been
// read is counted in bytes of the tar it holds, not of the file.
func TestStreamCountsUnpackedBytes(t *testing.T) {
	tarball := tarOf(t)
	for _, kind := range []string{"tar", "tar.gz", "tar.xz"} {
		p := filepath.Join(t.TempDir(), "docs."+kind)
		packed := compress(t, kind, tarball)
		if err := os.WriteFile(p, packed, 0o644); err != nil {
			t.Fatal(err)
		}
		var reads []int64
		if _, err := Stream([]string{p}, nil, Options{}, func(d Pending) error { reads = append(reads, d.Read); return nil }); err != nil {
			t.Fatal(err)
		}
		if !slices.IsSorted(reads) {
			t.Errorf("%s: bytes read went back: %v", kind, reads)
		}
		// the last member, an image, is met at its header: its data (one
		// block) and the two end blocks are left
		last := reads[len(reads)-1]
		if last < int64(len(tarball)-3*512) || last > int64(len(tarball)) {
			t.Errorf("%s: %d bytes read at the last member, want about the %d of the tar (file: %d)", kind, last, len(tarball), len(packed))
		}
	}
}

// TestNestedArchiveCountsOuterBytes: a compressed archive met inside a tar
// (its name does not say so) is read, and the bytes read go on counting
// the outer tar, never back.
func TestNestedArchiveCountsOuterBytes(t *testing.T) {
	inner := compress(t, "tar.gz", tarOf(t))
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for _, m := range []struct {
		name string
		data []byte
	}{{"first.txt", []byte("not a cable")}, {"inner.dat", inner}, {"last.txt", []byte("not a cable either")}} {
		if err := tw.WriteHeader(&tar.Header{Name: m.name, Mode: 0o644, Size: int64(len(m.data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(m.data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	p := filepath.Join(t.TempDir(), "outer.tar")
	if err := os.WriteFile(p, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	var names []string
	var reads []int64
	if _, err := Stream([]string{p}, nil, Options{}, func(d Pending) error {
		names = append(names, d.Name)
		reads = append(reads, d.Read)
		return nil
	}); err != nil {
		t.Fatal(err)
	}
	if len(names) < 4 || !strings.Contains(strings.Join(names, " "), "inner.dat/docs/") {
		t.Errorf("members %v, want the inner archive's documents too", names)
	}
	if !slices.IsSorted(reads) || reads[len(reads)-1] > int64(b.Len()) {
		t.Errorf("bytes read %v, want never going back and at most the %d of the outer tar", reads, b.Len())
	}
}
