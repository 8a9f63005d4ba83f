package batch

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"sync"
	"testing"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/internal/testcorpus"
	"github.com/tipx/tipx/model"
)

var (
	xOnce sync.Once
	xOne  *extract.Extractor
	xErr  error
)

// extractor is one Extractor for all tests (building the models costs
// about 250 ms).
func extractor(t testing.TB) *extract.Extractor {
	t.Helper()
	xOnce.Do(func() {
		if xOne, xErr = extract.New(); xErr == nil {
			xErr = xOne.Preload() // benchmarks time extraction, not the model's building
		}
	})
	if xErr != nil {
		t.Fatal(xErr)
	}
	return xOne
}

// fixtures are the documents in the repository: a cable, the reader's test
// documents (cables, an empty file, a binary file, an HTML page with no
// cable) and a cables.csv.
var fixtures = []string{"../../testdata/cables", "../cable/testdata/docs"}

// jsonl runs paths with jobs workers and returns the sorted figures as
// JSON Lines, the names of the documents in delivery order and the summary.
func jsonl(t *testing.T, paths []string, jobs int) (string, []string, Summary) {
	t.Helper()
	var figs []model.Figure
	var names []string
	sum, err := Run(paths, nil, extractor(t), Options{Jobs: jobs}, func(r Result) error {
		if (r.Cable == nil) == (r.Err == nil) {
			t.Errorf("%s: want exactly one of Cable and Err, got %v and %v", r.Name, r.Cable, r.Err)
		}
		if r.Cable != nil && r.Cable.Paragraphs != nil {
			t.Errorf("%s: the result keeps the cable body", r.Name)
		}
		if r.Seq != len(names) {
			t.Errorf("%s: delivered as #%d, want #%d", r.Name, r.Seq, len(names))
		}
		names = append(names, r.Name)
		figs = append(figs, r.Figures...)
		return nil
	})
	if err != nil {
		t.Fatalf("Run(%v, jobs %d): %v", paths, jobs, err)
	}
	Sort(figs)
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	for _, f := range figs {
		if err := enc.Encode(f); err != nil {
			t.Fatal(err)
		}
	}
	if sum.Cables+sum.Skipped+sum.Failed != sum.Inputs {
		t.Errorf("Run(%v, jobs %d): %v: cables+skipped+failed != inputs", paths, jobs, sum)
	}
	if sum.Figures != len(figs) {
		t.Errorf("Run(%v, jobs %d): summary says %d figures, delivered %d", paths, jobs, sum.Figures, len(figs))
	}
	return b.String(), names, sum
}

func TestRunSameOutputForAnyJobs(t *testing.T) {
	paths := fixtures
	cables := testcorpus.Path("corpus", "cables")
	if _, err := os.Stat(cables); err == nil && !testing.Short() {
		paths = append(paths, cables)
	}
	want, wantNames, wantSum := jsonl(t, paths, 1)
	if wantSum.Figures == 0 || wantSum.TIP == 0 {
		t.Fatalf("Run(%v, jobs 1) = %v, want figures from TIP cables", paths, wantSum)
	}
	for _, jobs := range []int{2, 3, 8} {
		got, names, sum := jsonl(t, paths, jobs)
		if got != want {
			t.Errorf("Run(jobs %d) JSON Lines differ from jobs 1 (%d vs %d bytes)", jobs, len(got), len(want))
		}
		if strings.Join(names, "\n") != strings.Join(wantNames, "\n") {
			t.Errorf("Run(jobs %d) delivered documents in another order than jobs 1", jobs)
		}
		sum.Elapsed, wantSum.Elapsed = 0, 0
		if sum.String() != wantSum.String() {
			t.Errorf("Run(jobs %d) = %v, want %v", jobs, sum, wantSum)
		}
	}
}

func TestRunAccountsForEveryInput(t *testing.T) {
	_, names, sum := jsonl(t, fixtures, 2)
	// 09BAKU677.txt, then the reader's test documents: cables, an empty and
	// a binary file, an HTML page and a prose text that hold no cable.
	if sum.Inputs != len(names) {
		t.Errorf("summary counts %d inputs, %d delivered", sum.Inputs, len(names))
	}
	if sum.Cables < 6 || sum.Skipped < 2 || sum.Failed < 2 {
		t.Errorf("Run(%v) = %v, want at least 6 cables, 2 skipped, 2 failed", fixtures, sum)
	}
	if len(sum.Failures) != sum.Failed || len(sum.Skips) != sum.Skipped {
		t.Errorf("Run(%v): %d failures and %d skips listed, counted %d and %d",
			fixtures, len(sum.Failures), len(sum.Skips), sum.Failed, sum.Skipped)
	}
	for _, f := range sum.Failures {
		if !strings.Contains(f.Path, "binary") && !strings.Contains(f.Path, "empty") {
			t.Errorf("unexpected failure %v", f)
		}
	}
}

// panicky panics on one cable and counts the others.
type panicky struct{ id string }

func (p panicky) Cable(c *model.Cable) []model.Figure {
	if c.ID == p.id {
		panic("boom")
	}
	return []model.Figure{{Cable: c.ID, ID: 1}}
}

func TestRunPanicFailsOneDocument(t *testing.T) {
	var failed []Result
	sum, err := Run(fixtures, nil, panicky{"09BAKU677"}, Options{Jobs: 2}, func(r Result) error {
		if r.Err != nil && errors.Is(r.Err, ErrInternal) {
			failed = append(failed, r)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if len(failed) != 1 || !strings.HasSuffix(failed[0].Name, "09BAKU677.txt") {
		t.Fatalf("Run with a panicking extractor failed %d documents with ErrInternal, want 09BAKU677.txt only", len(failed))
	}
	if !strings.Contains(failed[0].Err.Error(), "boom") {
		t.Errorf("error %q does not carry the panic", failed[0].Err)
	}
	if sum.Cables+sum.Skipped+sum.Failed != sum.Inputs || sum.Figures != sum.Cables {
		t.Errorf("Run = %v, want one figure per cable read and every input accounted", sum)
	}
}

func TestRunStopsWhenFnFails(t *testing.T) {
	stop := errors.New("disk full")
	n := 0
	sum, err := Run(fixtures, nil, panicky{}, Options{Jobs: 2}, func(Result) error {
		n++
		if n == 3 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) {
		t.Fatalf("Run returned %v, want %v", err, stop)
	}
	if n != 3 || sum.Inputs != 3 {
		t.Errorf("Run went on after fn failed: fn called %d times, summary %v", n, sum)
	}
}

// counter records progress updates.
type counter struct {
	done, total []int
	last        Status
}

func (c *counter) Update(s Status) {
	c.done = append(c.done, s.Done)
	c.total = append(c.total, s.Total)
	if s.Read < c.last.Read {
		c.done = append(c.done, -1) // bytes read went backwards: fails the checks below
	}
	c.last = s
}

func TestRunReportsProgress(t *testing.T) {
	dir := "../cable/testdata/docs"
	var p counter
	sum, err := Run([]string{dir}, nil, panicky{}, Options{Jobs: 2, Progress: &p}, func(Result) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	// the directory holds a cables.csv: the total is unknown, and how far
	// the run has gone is told by the bytes read of the directory's size
	if len(p.done) != sum.Inputs || p.done[len(p.done)-1] != sum.Inputs || p.total[0] != 0 {
		t.Errorf("progress %v of %v, want 1..%d of 0", p.done, p.total, sum.Inputs)
	}
	var size int64
	entries, _ := os.ReadDir(dir)
	for _, e := range entries {
		info, _ := e.Info()
		size += info.Size()
	}
	if f, ok := p.last.Fraction(); p.last.Size != size || p.last.Read != size || !ok || f != 1 {
		t.Errorf("last progress %+v (fraction %v, %v), want %d of %d bytes read, fraction 1", p.last, f, ok, size, size)
	}
	tmp := t.TempDir()
	for _, n := range []string{"99TESTPOST7.txt", "99TESTPOST8.txt", "empty.txt"} {
		copyFile(t, filepath.Join(dir, n), filepath.Join(tmp, n))
	}
	p = counter{}
	sum, err = Run([]string{tmp}, nil, panicky{}, Options{Progress: &p}, func(Result) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 3 || len(p.done) != 3 || p.done[2] != 3 || p.total[2] != 3 {
		t.Errorf("progress %v of %v for %v, want [1 2 3] of 3", p.done, p.total, sum)
	}
}

func TestCount(t *testing.T) {
	dir := t.TempDir()
	for _, n := range []string{"a.txt", "b.html", ".hidden", "sub/c.txt", ".git/d.txt", "x/cables.csv", "y/x.tar.xz"} {
		p := filepath.Join(dir, n)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte("x"), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	for _, c := range []struct {
		paths []string
		want  int
	}{
		{[]string{filepath.Join(dir, "sub")}, 1},
		{[]string{dir + "/sub", filepath.Join(dir, "a.txt"), filepath.Join(dir, "b.html"), filepath.Join(dir, "missing")}, 4},
		{[]string{dir + "/sub", "-"}, 0},
		{[]string{dir}, 0}, // holds a cables.csv and an archive
		{[]string{filepath.Join(dir, "x", "cables.csv")}, 0},
		{[]string{filepath.Join(dir, "y", "x.tar.xz")}, 0},
	} {
		if got := Count(c.paths); got != c.want {
			t.Errorf("Count(%v) = %d, want %d", c.paths, got, c.want)
		}
	}
}

func TestSort(t *testing.T) {
	figs := []model.Figure{{Cable: "09B", ID: 2}, {Cable: "08A", ID: 1}, {Cable: "09B", ID: 1, Quote: "first"},
		{Cable: "09B", ID: 1, Quote: "second"}}
	Sort(figs)
	var got []string
	for _, f := range figs {
		got = append(got, f.Cable+"/"+string(rune('0'+f.ID))+f.Quote)
	}
	want := "08A/1 09B/1first 09B/1second 09B/2"
	if strings.Join(got, " ") != want {
		t.Errorf("Sort = %v, want %v", got, want)
	}
}

func TestSkippedAndFailedAreDistinct(t *testing.T) {
	var s Summary
	s.add(Result{Name: "a", Err: &cable.Error{Path: "a", Err: cable.ErrNotCable}})
	s.add(Result{Name: "b", Err: &cable.Error{Path: "b", Err: cable.ErrBinary}})
	s.add(Result{Name: "c", Cable: &model.Cable{ID: "c"}, TIP: true, Figures: make([]model.Figure, 3)})
	if s.Inputs != 3 || s.Skipped != 1 || s.Failed != 1 || s.Cables != 1 || s.TIP != 1 || s.Figures != 3 {
		t.Errorf("summary of a skip, a failure and a TIP cable with 3 figures = %v", s)
	}
}

func copyFile(t *testing.T, from, to string) {
	t.Helper()
	b, err := os.ReadFile(from)
	if err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(to, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

// TestRunCostsNoFigures checks that Run's document pre-filter (the
// extractor is called only for cables about TIP) loses nothing: every
// cable of the corpus gives Run exactly the figures the extractor gives it.
func TestRunCostsNoFigures(t *testing.T) {
	dir := testcorpus.Require(t, "corpus", "cables")
	x := extractor(t)
	n, withFigures := 0, 0
	_, err := Run([]string{dir}, nil, x, Options{Jobs: 2}, func(r Result) error {
		if r.Err != nil {
			t.Errorf("%s: %v", r.Name, r.Err)
			return nil
		}
		data, err := os.ReadFile(r.Name)
		if err != nil {
			return err
		}
		c, err := cable.Parse(r.Name, data, cable.Options{})
		if err != nil {
			return err
		}
		want := x.Cable(c)
		if len(want)+len(r.Figures) > 0 && !reflect.DeepEqual(r.Figures, want) {
			t.Errorf("%s: Run gave %d figures, the extractor %d", r.Name, len(r.Figures), len(want))
		}
		if len(want) > 0 {
			withFigures++
		}
		n++
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	if n < 190 || withFigures < 50 {
		t.Errorf("compared %d cables, %d with figures; want the 191 corpus cables, 50 or more with figures", n, withFigures)
	}
}

func TestRunSurvivesAPanickingReader(t *testing.T) {
	src := func(emit func(string, int64, parseFunc) error) error {
		for i := range 2 {
			if err := emit(fmt.Sprint("doc", i), 0, func() (*model.Cable, error) { return &model.Cable{ID: "X"}, nil }); err != nil {
				return err
			}
		}
		panic("reader bug")
	}
	n := 0
	sum, err := run(src, panicky{}, Options{Jobs: 2}, Status{}, func(Result) error { n++; return nil })
	if !errors.Is(err, ErrInternal) || !strings.Contains(err.Error(), "reader bug") {
		t.Errorf("run with a panicking reader returned %v, want ErrInternal with the panic", err)
	}
	if n != 2 || sum.Inputs != 2 {
		t.Errorf("run with a panicking reader delivered %d documents (summary %v), want the 2 read before", n, sum)
	}
}

func TestStatusFraction(t *testing.T) {
	for _, c := range []struct {
		s    Status
		want float64
		ok   bool
	}{
		{Status{Done: 3, Total: 4, Read: 10, Size: 100}, 0.75, true}, // documents win
		{Status{Done: 3, Read: 25, Size: 100}, 0.25, true},
		{Status{Done: 3, Read: 120, Size: 100}, 1, true}, // a file that grew
		{Status{Done: 3}, 0, false},
	} {
		if f, ok := c.s.Fraction(); f != c.want || ok != c.ok {
			t.Errorf("%+v.Fraction() = %v, %v; want %v, %v", c.s, f, ok, c.want, c.ok)
		}
	}
}

// TestRunReportsBytesOfAnArchive: in an archive the documents cannot be
// counted beforehand; progress goes by the bytes of the tar read, against
// the size the gzip trailer gives.
func TestRunReportsBytesOfAnArchive(t *testing.T) {
	p := filepath.Join(t.TempDir(), "cables.tar.gz")
	if err := os.WriteFile(p, tarGz(t, "../cable/testdata/docs"), 0o644); err != nil {
		t.Fatal(err)
	}
	unpacked := int64(len(tarOf(t, "../cable/testdata/docs")))
	var c counter
	sum, err := Run([]string{p}, nil, panicky{}, Options{Jobs: 2, Progress: &c}, func(Result) error { return nil })
	if err != nil {
		t.Fatal(err)
	}
	if sum.Inputs != 7 || len(c.done) != 7 || slices.Contains(c.done, -1) {
		t.Errorf("progress %v for %v, want 7 updates, bytes read never going back", c.done, sum)
	}
	// the last document is the noise member, met at its header: the 1 MiB
	// it holds is still unread
	if c.last.Total != 0 || c.last.Size != unpacked || c.last.Read <= 0 || c.last.Read > c.last.Size-1<<20 {
		t.Errorf("last progress %+v, want no total, size %d, the bytes before the noise read", c.last, unpacked)
	}
}
