package main

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/tipx/tipx/extract/batch"
)

func TestProgressLine(t *testing.T) {
	for _, c := range []struct {
		st      batch.Status
		elapsed time.Duration
		want    string
	}{
		{batch.Status{Done: 1234, Total: 6712}, 2 * time.Second, "1234/6712 documents (18%), 617/s, 2s elapsed, ETA 9s"},
		{batch.Status{Done: 6712, Total: 6712}, 10 * time.Second, "6712/6712 documents (100%), 671/s, 10s elapsed, ETA 0s"},
		{batch.Status{Done: 500}, 4 * time.Second, "500 documents, 125/s, 4s elapsed"},
		{batch.Status{Done: 9, Total: 3}, time.Second, "9 documents, 9/s, 1s elapsed"}, // a total that was wrong
		{batch.Status{Done: 0, Total: 10}, 0, "0/10 documents (0%), 0/s, 0s elapsed"},
		// an archive: by bytes read
		{batch.Status{Done: 1500, Read: 115_500_000, Size: 462_000_000}, 3 * time.Second,
			"1500 documents, 25% of 462 MB read, 500/s, 3s elapsed, ETA 9s"},
		{batch.Status{Done: 3, Read: 100, Size: 4_000}, time.Second, "3 documents, 2% of 4 KB read, 3/s, 1s elapsed, ETA 39s"},
		{batch.Status{Done: 3, Read: 5_000, Size: 4_000}, time.Second, "3 documents, 100% of 4 KB read, 3/s, 1s elapsed, ETA 0s"},
		// the documents' total wins over bytes
		{batch.Status{Done: 5, Total: 10, Read: 1, Size: 100}, time.Second, "5/10 documents (50%), 5/s, 1s elapsed, ETA 1s"},
	} {
		if got := progressLine(c.st, c.elapsed); got != c.want {
			t.Errorf("progressLine(%+v, %v) = %q, want %q", c.st, c.elapsed, got, c.want)
		}
	}
}

func TestMegabytes(t *testing.T) {
	for n, want := range map[int64]string{4_000: "4 KB", 4_200_000: "4.2 MB", 462_000_000: "462 MB", 1_700_000_000: "1.7 GB"} {
		if got := megabytes(n); got != want {
			t.Errorf("megabytes(%d) = %q, want %q", n, got, want)
		}
	}
}

// TestBarEndsAtWholeArchive: an archive's last bytes (tar padding) are
// never read; the final bar says all of it was.
func TestBarEndsAtWholeArchive(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, bar: true, start: time.Now()}
	p.Update(batch.Status{Done: 7, Read: 9_000, Size: 10_000})
	p.Finish()
	out := buf.String()
	last := out[strings.LastIndex(out, "\r"):]
	if !strings.Contains(last, "[==============================]") || !strings.Contains(last, "7 documents, 100% of 10 KB read") {
		t.Errorf("final bar %q, want a full bar and 100%% of 10 KB read", last)
	}
}

func TestProgressBar(t *testing.T) {
	for _, c := range []struct {
		st    batch.Status
		width int
		want  string
	}{
		{batch.Status{Done: 0, Total: 10}, 10, "[>         ]"},
		{batch.Status{Done: 5, Total: 10}, 10, "[=====>    ]"},
		{batch.Status{Done: 10, Total: 10}, 10, "[==========]"},
		{batch.Status{Done: 13}, 10, "[   *      ]"},
		{batch.Status{Done: 13, Read: 30, Size: 100}, 10, "[===>      ]"},
	} {
		if got := progressBar(c.st, c.width); got != c.want {
			t.Errorf("progressBar(%+v, %d) = %q, want %q", c.st, c.width, got, c.want)
		}
	}
}

func TestReporterFollowsFlags(t *testing.T) {
	var buf bytes.Buffer
	if p := (&runFlags{}).reporter(&buf); p != nil {
		t.Errorf("reporter without --progress on a buffer = %+v, want none", p)
	}
	if p := (&runFlags{progress: true, quiet: true}).reporter(&buf); p != nil {
		t.Errorf("reporter with --quiet = %+v, want none", p)
	}
	p := (&runFlags{progress: true}).reporter(&buf)
	if p == nil || p.bar {
		t.Fatalf("reporter with --progress on a buffer = %+v, want plain lines", p)
	}
	p.every = 0
	p.Update(batch.Status{Done: 1, Total: 2})
	p.Update(batch.Status{Done: 2, Total: 2})
	p.Finish()
	lines := strings.Split(strings.TrimSpace(buf.String()), "\n")
	if len(lines) != 2 || !strings.HasPrefix(lines[1], "tipx: 2/2 documents (100%)") || strings.Contains(buf.String(), "\r") {
		t.Errorf("plain progress wrote %q, want two lines ending at 2/2", buf.String())
	}
	var nilp *progress
	if nilp.batch() != nil {
		t.Error("(*progress)(nil).batch() is not a nil batch.Progress")
	}
	nilp.Clear()
	nilp.Finish()
}

func TestBarRedrawsInPlace(t *testing.T) {
	var buf bytes.Buffer
	p := &progress{w: &buf, bar: true, start: time.Now()}
	p.Update(batch.Status{Done: 1, Total: 4})
	p.Clear()
	p.Update(batch.Status{Done: 4, Total: 4})
	p.Finish()
	out := buf.String()
	if strings.Count(out, "\n") != 1 || !strings.HasSuffix(out, "\n") || strings.Count(out, "\r") < 3 {
		t.Errorf("bar wrote %q, want carriage-return redraws and one final newline", out)
	}
}

func TestRunFlagsCheck(t *testing.T) {
	if err := (&runFlags{jobs: -1}).check(); err == nil {
		t.Error("check(--jobs -1) = nil, want an error")
	}
	if err := (&runFlags{jobs: 4}).check(); err != nil {
		t.Errorf("check(--jobs 4) = %v, want nil", err)
	}
}
