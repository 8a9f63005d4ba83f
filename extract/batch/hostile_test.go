package batch

import (
	"archive/tar"
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/tipx/tipx/extract/cable"
	"github.com/ulikunitz/xz"
)

// viewerHead is the head of a cable in the viewer text layout; a body
// follows it.
const viewerHead = "Identifier\nCreated\nClassification\nOrigin\n99HOSTILE1\n2009-08-28 08:14:00\nUNCLASSIFIED\nEmbassy Baku\n" +
	"Cable title:  \n\nAZERBAIJAN: TIP UPDATE\n\nTags:  PGOV KTIP AJ \n" +
	"UNCLAS BAKU 000001\n\nE.O. 12958: N/A\nTAGS: PGOV KTIP AJ\nSUBJECT: AZERBAIJAN: TIP UPDATE\n\n"

// tipSentence is a sentence that holds figures.
const tipSentence = "In 2008 police opened 134 criminal cases of trafficking in persons and identified 58 victims, " +
	"and the government paid each a monthly allowance of 33 AZN (40 USD). "

// outcome is what a hostile document must give.
type outcome int

const (
	clean    outcome = iota // a cable, or a skip: no failure
	failed                  // a per-document failure
	either                  // a failure or a clean result, never a panic
	partial                 // a truncated container: what was read before the break, then one failure
	tooLarge                // one failure, ErrTooLarge
)

func TestHostileInputs(t *testing.T) {
	docs := "../cable/testdata/docs"
	good := readFile(t, filepath.Join(docs, "99TESTPOST7.txt"))
	csv := readFile(t, filepath.Join(docs, "cables.csv"))
	cases := []struct {
		name  string
		file  string
		data  func() []byte
		want  outcome
		short bool // runs with -short
	}{
		{"binary", "random.bin.txt", func() []byte { return randomBytes(1 << 20) }, failed, true},
		{"empty", "empty.txt", func() []byte { return nil }, failed, true},
		{"only spaces", "blank.txt", func() []byte { return []byte(" \n\t\r\n ") }, failed, true},
		{"NUL-laden cable", "nul.txt", func() []byte { return bytes.ReplaceAll(good, []byte("E"), []byte{0}) }, failed, true},
		{"invalid UTF-8", "latin1.txt", func() []byte {
			return bytes.ReplaceAll(good, []byte("THE "), []byte("TH\xc9\xff "))
		}, clean, true},
		{"HTML page without cable", "page.html", func() []byte {
			return []byte("<!DOCTYPE html><html><body><h1>Cablegate</h1><p>Nothing here 12 34.</p></body></html>")
		}, clean, true},
		{"10,000 paragraphs", "long.txt", func() []byte {
			var b bytes.Buffer
			b.WriteString(viewerHead)
			for i := 1; i <= 10000; i++ {
				fmt.Fprintf(&b, "%d. (U) %s\n\n", i, tipSentence)
			}
			return b.Bytes()
		}, clean, true},
		{"cable with a 1 MB paragraph", "para.txt", func() []byte {
			return append([]byte(viewerHead+"1. (U) "), bytes.Repeat([]byte(tipSentence), 1<<20/len(tipSentence))...)
		}, tooLarge, true},
		{"one 100 MB line", "line.txt", func() []byte { return bytes.Repeat([]byte(tipSentence), 100<<20/len(tipSentence)) }, either, false},
		{"cable with one 100 MB line", "cableline.txt", func() []byte {
			return append([]byte(viewerHead+"1. (U) "), bytes.Repeat([]byte(tipSentence), 100<<20/len(tipSentence))...)
		}, either, false},
		{"truncated tar.gz", "cables.tar.gz", func() []byte { return truncate(tarGz(t, docs)) }, partial, true},
		{"truncated tar.xz", "cables.tar.xz", func() []byte { return truncate(tarXz(t, docs)) }, partial, true},
		{"truncated tar", "cables.tar", func() []byte { return truncate(tarOf(t, docs)) }, partial, true},
		{"tar.xz cut after its header", "head.tar.xz", func() []byte { return tarXz(t, docs)[:40] }, failed, true},
		{"truncated cables.csv", "cables.csv", func() []byte { return csv[:len(csv)*2/3] }, partial, true},
		{"cables.csv of garbage", "garbage.csv", func() []byte { return []byte("\"1\",\"x\n\"\"\",,,\n\\\"") }, either, true},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			if testing.Short() && !c.short {
				t.Skip("writes and reads 100 MB; skipped with -short")
			}
			dir := t.TempDir()
			p := filepath.Join(dir, c.file)
			if err := os.WriteFile(p, c.data(), 0o644); err != nil {
				t.Fatal(err)
			}
			results, sum := runGuarded(t, p)
			var failures, cables int
			for _, r := range results {
				if r.Err != nil && errors.Is(r.Err, ErrInternal) {
					t.Fatalf("%s: internal error (a panic): %v", r.Name, r.Err)
				}
				var e *cable.Error
				if r.Err != nil && !errors.As(r.Err, &e) {
					t.Errorf("%s: error %v is not a *cable.Error", r.Name, r.Err)
				}
				if r.Err != nil && !cable.Skipped(r.Err) {
					failures++
				}
				if r.Err == nil {
					cables++
				}
			}
			switch c.want {
			case clean:
				if failures != 0 {
					t.Errorf("%s: %d failures, want a clean result: %v", c.name, failures, sum.Failures)
				}
			case failed:
				if failures != 1 || len(results) != 1 {
					t.Errorf("%s: %v, want one failed document", c.name, sum)
				}
			case tooLarge:
				if len(results) != 1 || !errors.Is(results[0].Err, ErrTooLarge) {
					t.Errorf("%s: %v, want one document failed with ErrTooLarge", c.name, sum)
				}
			case partial:
				if failures != 1 || cables == 0 {
					t.Errorf("%s: %v, want the cables before the break and one failure: %v", c.name, sum, sum.Failures)
				}
			}
		})
	}
}

// runGuarded runs one path with two workers, fails the test if the run
// hangs, and checks that every input is accounted for.
func runGuarded(t *testing.T, p string) ([]Result, Summary) {
	t.Helper()
	type out struct {
		rs  []Result
		sum Summary
		err error
	}
	done := make(chan out, 1)
	go func() {
		var o out
		o.sum, o.err = Run([]string{p}, nil, extractor(t), Options{Jobs: 2}, func(r Result) error {
			o.rs = append(o.rs, r)
			return nil
		})
		done <- o
	}()
	select {
	case o := <-done:
		if o.err != nil {
			t.Fatalf("Run(%s): %v", p, o.err)
		}
		if o.sum.Cables+o.sum.Skipped+o.sum.Failed != o.sum.Inputs || o.sum.Inputs != len(o.rs) || o.sum.Inputs == 0 {
			t.Errorf("Run(%s) = %v with %d results: not every input accounted for", p, o.sum, len(o.rs))
		}
		return o.rs, o.sum
	case <-time.After(3 * time.Minute):
		t.Fatalf("Run(%s) hangs", p)
	}
	return nil, Summary{}
}

func readFile(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func randomBytes(n int) []byte {
	r := rand.New(rand.NewPCG(1, 2))
	b := make([]byte, n)
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	return b
}

// truncate cuts an archive in the middle of its last member.
func truncate(b []byte) []byte { return b[:len(b)*3/4] }

// tarOf packs three copies of the cables of dir, then 1 MiB of noise in
// a member whose name says it is an image (skipped unread), so that a cut
// at 3/4 falls inside the noise, after the cables.
func tarOf(t *testing.T, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	names, err := filepath.Glob(filepath.Join(dir, "99TESTPOST*.txt"))
	if err != nil || len(names) == 0 {
		t.Fatalf("no cables in %s: %v", dir, err)
	}
	for i := range 3 {
		for _, n := range names {
			data := readFile(t, n)
			h := &tar.Header{Name: fmt.Sprintf("cable/%d/%s", i, filepath.Base(n)), Mode: 0o644, Size: int64(len(data)), Typeflag: tar.TypeReg}
			if err := tw.WriteHeader(h); err != nil {
				t.Fatal(err)
			}
			if _, err := tw.Write(data); err != nil {
				t.Fatal(err)
			}
		}
	}
	noise := randomBytes(1 << 20) // many xz chunks: the cables come whole before the cut
	if err := tw.WriteHeader(&tar.Header{Name: "noise.png", Mode: 0o644, Size: int64(len(noise)), Typeflag: tar.TypeReg}); err != nil {
		t.Fatal(err)
	}
	if _, err := tw.Write(noise); err != nil {
		t.Fatal(err)
	}
	if err := tw.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func tarGz(t *testing.T, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	if _, err := z.Write(tarOf(t, dir)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	return b.Bytes()
}

func tarXz(t *testing.T, dir string) []byte {
	t.Helper()
	var b bytes.Buffer
	w := bufio.NewWriter(&b)
	z, err := xz.NewWriter(w)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := z.Write(tarOf(t, dir)); err != nil {
		t.Fatal(err)
	}
	if err := z.Close(); err != nil {
		t.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		t.Fatal(err)
	}
	if !strings.HasPrefix(b.String(), "\xfd7zXZ") {
		t.Fatal("xz writer wrote no xz stream")
	}
	return b.Bytes()
}
