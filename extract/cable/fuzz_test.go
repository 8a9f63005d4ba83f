package cable

import (
	"archive/tar"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
	"github.com/ulikunitz/xz"
)

// fuzzSnippets are short documents in the layouts Parse detects, typed
// from real cables.
var fuzzSnippets = []string{
	"Identifier\nCreated\nClassification\nOrigin\n09BAKU677\n2009-08-28 08:14:00\nCONFIDENTIAL\nEmbassy Baku\n" +
		"Cable title:  \n\nAZERBAIJAN: COMBATING TIP UPDATE FROM MIA\n\nTags:  PGOV KTIP AJ \n" +
		"C O N F I D E N T I A L SECTION 01 OF 02 BAKU 000677 \n\nSIPDIS\n\nE.O. 12958: DECL: 08/28/2019\n" +
		"TAGS: PGOV KTIP AJ\nSUBJECT: AZERBAIJAN: COMBATING TIP UPDATE FROM MIA\n\n" +
		"1. (C) Summary: since January 1 the Unit has brought 134 criminal cases to the court.\n",
	"<code><pre>UNCLAS SECTION 01 OF 02 CARACAS 000442 \n\nSIPDIS \n\nE.O. 12958: N/A \nTAGS: KTIP VE \n" +
		"SUBJECT: VENEZUELA: TIP \n\n<a id='par1' href='#par1'>¶</a>1. (U) The police rescued 12&#x000A;victims. \n" +
		"CARACAS 00000442  002 OF 003 \nPAGE 03 HARARE 05461 01 OF 02 271458Z \n</pre></code>",
	"05QUITO224\nECUADOR: TIP\n2005-01-28\nUNCLASSIFIED\nEmbassy Quito\nUNCLAS QUITO 000224 SIPDIS E.O. 12958: N/A TAGS: KTIP EC SUBJECT: TIP 1. 13 arrests.",
	"\"1\",\"3/14/2008 9:05\",\"08TESTPOST101\",\"Embassy Reykjavik\",\"UNCLASSIFIED\",\"\",\"\nR 140905Z MAR 08\n\"," +
		"\"UNCLAS REYKJAVIK 000101 \n\nTAGS: KTIP IC \nSUBJECT: \\\"AT-RISK\\\" WOMEN \n\n1. (U) 12 beds.\n\"\n",
	"<!DOCTYPE html><html><body><p>No cable on this page.</p></body></html>",
	"", "\x00\x01\x02", "\xff\xfe", "TAGS: KTIP\n", "1. (U) 12 victims\n",
}

// corpusSeeds returns the heads of the real documents in the shared
// corpus (none when it is absent): every format sample and a few cables.
func corpusSeeds() [][]byte {
	root := testcorpus.Path("corpus")
	formats, _ := filepath.Glob(filepath.Join(root, "formats", "*"))
	cables, _ := filepath.Glob(filepath.Join(root, "cables", "*"))
	if len(cables) > 16 {
		cables = cables[:16]
	}
	var out [][]byte
	for _, p := range append(formats, cables...) {
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		out = append(out, b[:min(len(b), 16<<10)])
	}
	return out
}

// checkCable checks what Parse returned for data.
func checkCable(t *testing.T, data []byte, c *model.Cable, err error) {
	t.Helper()
	if (c == nil) == (err == nil) {
		t.Fatalf("Parse(%.60q) = %v, %v: want exactly one of a cable and an error", data, c, err)
	}
	if err != nil {
		var e *Error
		if !errors.As(err, &e) {
			t.Fatalf("Parse(%.60q): error %v is not an *Error", data, err)
		}
		return
	}
	for _, p := range c.Paragraphs {
		for _, s := range p.Spans {
			if s.Src < 0 || s.SrcLen < 0 || s.Src+s.SrcLen > len(data) || s.Text < 0 || s.Text+s.TextLen > len(p.Text) {
				t.Fatalf("Parse(%.60q): paragraph %d span %+v out of range (text %d bytes, document %d)",
					data, p.Number, s, len(p.Text), len(data))
			}
		}
		if a, b := p.SourceSpan(0, len(p.Text)); len(p.Spans) > 0 && (a < 0 || b > len(data) || a > b) {
			t.Fatalf("Parse(%.60q): paragraph %d maps to %d-%d of %d bytes", data, p.Number, a, b, len(data))
		}
	}
}

func FuzzParse(f *testing.F) {
	for _, s := range fuzzSnippets {
		f.Add([]byte(s))
	}
	for _, b := range corpusSeeds() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer watchdog(data)()
		c, err := Parse("fuzz", data, Options{})
		checkCable(t, data, c, err)
	})
}

// FuzzWalk feeds a stream to Walk as standard input: format detection of
// archives and cables.csv, and reading them member by member.
func FuzzWalk(f *testing.F) {
	var docs [][]byte
	for _, s := range fuzzSnippets[:4] {
		docs = append(docs, []byte(s))
	}
	for _, s := range append(fuzzSnippets, string(packTar(docs)), string(packGz(packTar(docs))), string(packXz(packTar(docs)))) {
		f.Add([]byte(s))
	}
	for _, b := range corpusSeeds() {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		defer watchdog(data)()
		n := 0
		sum, err := Walk([]string{"-"}, bytes.NewReader(data), Options{}, func(d Doc) error {
			n++
			if (d.Cable == nil) == (d.Err == nil) {
				t.Fatalf("Walk(%.60q): %s: want exactly one of a cable and an error", data, d.Name)
			}
			return nil
		})
		if err != nil {
			t.Fatalf("Walk(%.60q): %v", data, err)
		}
		if n == 0 || sum.Inputs != n || sum.Read+sum.Skipped+sum.Failed != sum.Inputs {
			t.Fatalf("Walk(%.60q) = %+v after %d documents: not every input accounted for", data, sum, n)
		}
	})
}

// watchdog crashes the fuzzing worker when one input runs for more than
// ten seconds, so that the fuzzer records it as a crasher instead of
// stalling; the caller defers the function it returns.
func watchdog(data []byte) func() {
	t := time.AfterFunc(10*time.Second, func() {
		panic(fmt.Sprintf("input of %d bytes runs for more than 10 s: %.200q", len(data), data))
	})
	return func() { t.Stop() }
}

// packTar packs docs as the members of a tar archive.
func packTar(docs [][]byte) []byte {
	var b bytes.Buffer
	tw := tar.NewWriter(&b)
	for i, d := range docs {
		h := &tar.Header{Name: "cable/" + string(rune('a'+i)) + ".txt", Mode: 0o644, Size: int64(len(d)), Typeflag: tar.TypeReg}
		if tw.WriteHeader(h) != nil {
			return nil
		}
		if _, err := tw.Write(d); err != nil {
			return nil
		}
	}
	tw.Close()
	return b.Bytes()
}

func packGz(data []byte) []byte {
	var b bytes.Buffer
	z := gzip.NewWriter(&b)
	z.Write(data)
	z.Close()
	return b.Bytes()
}

func packXz(data []byte) []byte {
	var b bytes.Buffer
	z, err := xz.NewWriter(&b)
	if err != nil {
		return nil
	}
	z.Write(data)
	z.Close()
	return b.Bytes()
}
