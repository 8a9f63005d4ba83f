package cable

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/ulikunitz/xz"
)

// walkAll walks paths and returns the names of the cables read and the summary.
func walkAll(t *testing.T, paths []string, stdin io.Reader, opts Options) ([]string, Summary) {
	t.Helper()
	var ids []string
	sum, err := Walk(paths, stdin, opts, func(d Doc) error {
		if (d.Cable == nil) == (d.Err == nil) {
			t.Fatalf("%s: want exactly one of Cable and Err, got %v and %v", d.Name, d.Cable, d.Err)
		}
		if d.Err != nil {
			var e *Error
			if !errors.As(d.Err, &e) || e.Path == "" {
				t.Errorf("%s: error %v is not an *Error with a path", d.Name, d.Err)
			}
			return nil
		}
		ids = append(ids, d.Cable.ID)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Read+sum.Skipped+sum.Failed != sum.Inputs {
		t.Errorf("summary %+v: read+skipped+failed != inputs", sum)
	}
	return ids, sum
}

var fixtureIDs = []string{"99TESTPOST7", "99TESTPOST8", "08TESTPOST101", "09TESTPOST202", "10TESTPOST303", "09TRIPOLI9"}

func TestWalkDirectory(t *testing.T) {
	ids, sum := walkAll(t, []string{filepath.Join("testdata", "docs")}, nil, Options{})
	if !reflect.DeepEqual(ids, fixtureIDs) {
		t.Errorf("Walk(testdata/docs) read %v, want %v", ids, fixtureIDs)
	}
	if sum.Inputs != 10 || sum.Read != 6 || sum.Skipped != 2 || sum.Failed != 2 {
		t.Errorf("Walk(testdata/docs) = %d inputs, %d read, %d skipped, %d failed, want 10, 6, 2, 2",
			sum.Inputs, sum.Read, sum.Skipped, sum.Failed)
	}
	var failed []string
	for _, f := range sum.Failures {
		failed = append(failed, f.String())
	}
	want := []string{
		filepath.Join("testdata", "docs", "binary.txt") + ": binary data, not text",
		filepath.Join("testdata", "docs", "empty.txt") + ": empty document",
	}
	if !reflect.DeepEqual(failed, want) {
		t.Errorf("failures %q, want %q", failed, want)
	}
	if !errors.Is(sum.Failures[0].Err, ErrBinary) || !errors.Is(sum.Failures[1].Err, ErrEmpty) {
		t.Errorf("failures %v, want ErrBinary then ErrEmpty", sum.Failures)
	}
}

func TestWalkProseWithOptions(t *testing.T) {
	opts := Options{ID: "09TESTLAND1", Date: time.Date(2009, 6, 16, 0, 0, 0, 0, time.UTC), Country: "Testland"}
	ids, sum := walkAll(t, []string{filepath.Join("testdata", "docs", "prose_narrative.txt")}, nil, opts)
	if !reflect.DeepEqual(ids, []string{"09TESTLAND1"}) || sum.Read != 1 {
		t.Errorf("Walk(prose) read %v (%+v), want [09TESTLAND1]", ids, sum)
	}
}

// tarOf archives the fixtures, plus an image that must be skipped.
func tarOf(t *testing.T) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	files, _ := filepath.Glob(filepath.Join("testdata", "docs", "*"))
	files = append(files, "picture.png")
	for _, f := range files {
		data, err := os.ReadFile(f)
		if f == "picture.png" {
			data, err = []byte("\x89PNG\r\n\x1a\n"), nil
		}
		if err != nil {
			t.Fatal(err)
		}
		h := &tar.Header{Name: "docs/" + filepath.Base(f), Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}
		if err := tw.WriteHeader(h); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(data); err != nil {
			t.Fatal(err)
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func compress(t *testing.T, kind string, data []byte) []byte {
	t.Helper()
	var b bytes.Buffer
	var w io.WriteCloser
	var err error
	switch kind {
	case "tar":
		return data
	case "tar.gz":
		w = gzip.NewWriter(&b)
	case "tar.xz":
		w, err = xz.NewWriter(&b)
	}
	if err != nil {
		t.Fatal(err)
	}
	if _, err := w.Write(data); err != nil {
		t.Fatal(err)
	}
	if err := w.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func TestWalkArchives(t *testing.T) {
	plain := tarOf(t)
	dir := t.TempDir()
	for _, kind := range []string{"tar", "tar.gz", "tar.xz"} {
		t.Run(kind, func(t *testing.T) {
			data := compress(t, kind, plain)
			path := filepath.Join(dir, "fixtures."+kind)
			if err := os.WriteFile(path, data, 0o644); err != nil {
				t.Fatal(err)
			}
			for _, in := range []struct {
				name  string
				path  string
				stdin io.Reader
			}{{"file", path, nil}, {"stdin", "-", bytes.NewReader(data)}} {
				ids, sum := walkAll(t, []string{in.path}, in.stdin, Options{})
				if !reflect.DeepEqual(ids, fixtureIDs) {
					t.Errorf("%s: Walk(%s) read %v, want %v", in.name, kind, ids, fixtureIDs)
				}
				if sum.Inputs != 11 || sum.Skipped != 3 || sum.Failed != 2 {
					t.Errorf("%s: Walk(%s) = %+v, want 11 inputs, 3 skipped, 2 failed", in.name, kind, sum)
				}
				if want := in.path + "/docs/binary.txt"; len(sum.Failures) == 0 || sum.Failures[0].Path != want {
					t.Errorf("%s: first failure %v, want member %q", in.name, sum.Failures, want)
				}
			}
		})
	}
}

func TestWalkTruncatedArchive(t *testing.T) {
	data := compress(t, "tar.gz", tarOf(t))
	path := filepath.Join(t.TempDir(), "cut.tar.gz")
	if err := os.WriteFile(path, data[:len(data)/2], 0o644); err != nil {
		t.Fatal(err)
	}
	_, sum := walkAll(t, []string{path}, nil, Options{})
	if sum.Failed == 0 || sum.Failures[len(sum.Failures)-1].Path != path {
		t.Fatalf("Walk(truncated archive) = %+v, want a failure naming %s", sum, path)
	}
	if err := sum.Failures[len(sum.Failures)-1].Err; !errors.Is(err, ErrMalformed) {
		t.Errorf("truncated archive error %v, want ErrMalformed", err)
	}
}

func TestWalkMissingAndStop(t *testing.T) {
	_, sum := walkAll(t, []string{filepath.Join("testdata", "no-such-file.txt")}, nil, Options{})
	if sum.Failed != 1 || !strings.Contains(sum.Failures[0].String(), "no-such-file.txt") {
		t.Errorf("Walk(missing) = %+v, want one failure naming the file", sum)
	}
	stop := errors.New("stop")
	n := 0
	_, err := Walk([]string{filepath.Join("testdata", "docs")}, nil, Options{}, func(Doc) error { n++; return stop })
	if !errors.Is(err, stop) || n != 1 {
		t.Errorf("Walk with fn returning an error = %v after %d documents, want stop after 1", err, n)
	}
}

func TestWalkMalformedCSV(t *testing.T) {
	csv := "\"1\",\"1/5/2010 7:00\",\"10STATE1\",\"Secretary of State\",\"UNCLASSIFIED\",\"\",\"h\",\"UNCLAS STATE 000001\n\nSUBJECT: X\n\n1. Text.\n\"\n" +
		"\"2\",\"1/5/2010 7:00\",\"10STATE2\",\"Secretary of State\"\n"
	_, sum := walkAll(t, []string{"-"}, strings.NewReader(csv), Options{})
	if sum.Read != 1 || sum.Failed != 1 {
		t.Fatalf("Walk(csv with a short row) = %+v, want 1 read, 1 failed", sum)
	}
	var e *Error
	if !errors.As(sum.Failures[0].Err, &e) || e.Line != 7 || !errors.Is(e, ErrMalformed) {
		t.Errorf("short row error = %#v, want line 7, ErrMalformed", sum.Failures[0].Err)
	}
}

// TestTarCutBetweenMembers: a tar that stops exactly after a member (no
// end blocks) gives its whole members and one failure saying it was cut.
func TestTarCutBetweenMembers(t *testing.T) {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	cut := 0
	for i, f := range []string{"99TESTPOST7.txt", "99TESTPOST8.txt", "telegram_09TESTPOST9.txt"} {
		data, err := os.ReadFile(filepath.Join("testdata", "docs", f))
		if err != nil {
			t.Fatal(err)
		}
		if err := tw.WriteHeader(&tar.Header{Name: f, Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}); err != nil {
			t.Fatal(err)
		}
		if _, err := tw.Write(data); err != nil {
			t.Fatal(err)
		}
		if err := tw.Flush(); err != nil { // pads the member to its block
			t.Fatal(err)
		}
		if i == 1 {
			cut = b.Len()
		}
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	dir := t.TempDir()
	whole, short := filepath.Join(dir, "whole.tar"), filepath.Join(dir, "short.tar")
	if err := os.WriteFile(whole, b.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(short, b.Bytes()[:cut], 0o644); err != nil {
		t.Fatal(err)
	}
	if ids, sum := walkAll(t, []string{whole}, nil, Options{}); len(ids) != 3 || sum.Failed != 0 {
		t.Errorf("whole tar: %v, %+v; want 3 cables, no failure", ids, sum)
	}
	ids, sum := walkAll(t, []string{short}, nil, Options{})
	if len(ids) != 2 || sum.Failed != 1 || sum.Inputs != 3 || !strings.Contains(sum.Failures[0].Err.Error(), "ends after 2 members without its end blocks") {
		t.Errorf("tar cut after 2 members: %v, %+v; want 2 cables and 1 failure saying it was cut", ids, sum)
	}
}
