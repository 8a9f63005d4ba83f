package batch

import (
	"bufio"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
)

// tipCables returns the files of the shared corpus's cables/ that are not
// listed in non-tip.tsv (the 155 TIP cables), or skips.
func tipCables(b testing.TB) []string {
	b.Helper()
	dir := testcorpus.Require(b, "corpus")
	nonTIP := map[string]bool{}
	f, err := os.Open(filepath.Join(dir, "non-tip.tsv"))
	if err != nil {
		b.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if id, _, _ := strings.Cut(sc.Text(), "\t"); id != "" {
			nonTIP[id] = true
		}
	}
	files, err := filepath.Glob(filepath.Join(dir, "cables", "*"))
	if err != nil {
		b.Fatal(err)
	}
	var out []string
	for _, p := range files {
		id := strings.TrimSuffix(filepath.Base(p), filepath.Ext(p))
		if !nonTIP[id] {
			out = append(out, p)
		}
	}
	if len(out) < 150 {
		b.Fatalf("found %d TIP cables in %s, want 155", len(out), dir)
	}
	return out
}

// BenchmarkExtractTIPCables measures extraction alone (cables parsed
// beforehand) over the TIP cables of the corpus, serially.
func BenchmarkExtractTIPCables(b *testing.B) {
	x := extractor(b)
	var cables []*model.Cable
	var size int64
	for _, p := range tipCables(b) {
		data, err := os.ReadFile(p)
		if err != nil {
			b.Fatal(err)
		}
		c, err := cable.Parse(p, data, cable.Options{})
		if err != nil {
			b.Fatal(err)
		}
		size += int64(len(data))
		cables = append(cables, c)
	}
	b.SetBytes(size)
	figs := 0
	for b.Loop() {
		figs = 0
		for _, c := range cables {
			figs += len(x.Cable(c))
		}
	}
	b.ReportMetric(float64(len(cables)*b.N)/b.Elapsed().Seconds(), "cables/s")
	b.ReportMetric(float64(figs), "figures")
}

// BenchmarkRunTIPCables measures reading, parsing and extraction of the
// TIP cables with one and two workers.
func BenchmarkRunTIPCables(b *testing.B) {
	paths := tipCables(b)
	benchRun(b, paths)
}

// BenchmarkRunArchive reads the 6,712-cable .tar.xz directly (xz decoding
// alone takes about 6.5 s): run it with -benchtime=1x.
func BenchmarkRunArchive(b *testing.B) {
	benchRun(b, []string{filepath.Join(testcorpus.Require(b, "corpus"), "wikileaks-cables-6712.tar.xz")})
}

// BenchmarkRunDir reads a directory named by TIPX_BENCH_DIR (the archive
// unpacked, as bench/run.sh does): run it with -benchtime=1x.
func BenchmarkRunDir(b *testing.B) {
	dir := os.Getenv("TIPX_BENCH_DIR")
	if dir == "" {
		b.Skip("set TIPX_BENCH_DIR to a directory of cables (bench/run.sh unpacks the archive into one)")
	}
	benchRun(b, []string{dir})
}

func benchRun(b *testing.B, paths []string) {
	x := extractor(b)
	for _, jobs := range []int{1, 2} {
		b.Run(fmt.Sprintf("jobs=%d", jobs), func(b *testing.B) {
			var sum Summary
			for b.Loop() {
				var err error
				sum, err = Run(paths, nil, x, Options{Jobs: jobs}, func(Result) error { return nil })
				if err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(sum.Inputs*b.N)/b.Elapsed().Seconds(), "docs/s")
			b.ReportMetric(float64(sum.Figures), "figures")
		})
	}
}

// BenchmarkRunCSV reads a cables.csv written from the cables of
// TIPX_BENCH_DIR (or, without it, of the corpus's cables/): the layout of
// the full release (1.7 GB, 251,287 rows), with bodies rebuilt from the
// parsed paragraphs and wrapped at 70 columns.
func BenchmarkRunCSV(b *testing.B) {
	src := []string{filepath.Join(testcorpus.Require(b, "corpus"), "cables")}
	if dir := os.Getenv("TIPX_BENCH_DIR"); dir != "" {
		src = []string{dir}
	}
	csvPath := filepath.Join(b.TempDir(), "cables.csv")
	f, err := os.Create(csvPath)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriter(f)
	rows := 0
	if _, err := cable.Walk(src, nil, cable.Options{}, func(d cable.Doc) error {
		if d.Err != nil {
			return nil
		}
		rows++
		return writeCSVRow(w, rows, d.Cable)
	}); err != nil {
		b.Fatal(err)
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	st, err := os.Stat(csvPath)
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(st.Size())
	benchRun(b, []string{csvPath})
}

// writeCSVRow writes c as row n of a cables.csv: 8 "-quoted fields with
// \" escapes, the header and body as the release has them.
func writeCSVRow(w *bufio.Writer, n int, c *model.Cable) error {
	esc := func(s string) string { return strings.ReplaceAll(strings.ReplaceAll(s, `\`, `\\`), `"`, `\"`) }
	var body strings.Builder
	fmt.Fprintf(&body, "%s %s\n\nE.O. 12958: N/A\nTAGS: %s\nSUBJECT: %s\n\n", c.Classification, c.ID,
		strings.Join(c.Tags, " "), c.Subject)
	for _, p := range c.Paragraphs {
		col := 0
		if p.Number > 0 {
			fmt.Fprintf(&body, "%d. ", p.Number)
		}
		for _, word := range strings.Fields(p.Text) {
			if col > 70 {
				body.WriteString("\n")
				col = 0
			}
			body.WriteString(word + " ")
			col += len(word) + 1
		}
		body.WriteString("\n\n")
	}
	_, err := fmt.Fprintf(w, "\"%d\",\"%s\",\"%s\",\"%s\",\"%s\",\"%s\",\"\nR %s\nFM %s\n\",\"%s\"\n",
		n, c.Created.Format("1/2/2006 15:04"), c.ID, esc(c.Origin), esc(c.Classification),
		strings.Join(c.References, "|"), c.Created.Format("021504Z JAN 06"), esc(c.Origin), esc(body.String()))
	return err
}
