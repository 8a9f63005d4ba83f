package main

import (
	"bytes"
	"strings"
	"testing"
	"time"
)

func TestProgressLine(t *testing.T) {
	for _, c := range []struct {
		done, total int
		elapsed     time.Duration
		want        string
	}{
		{1234, 6712, 2 * time.Second, "1234/6712 documents (18%), 617/s, 2s elapsed, ETA 9s"},
		{6712, 6712, 10 * time.Second, "6712/6712 documents (100%), 671/s, 10s elapsed, ETA 0s"},
		{500, 0, 4 * time.Second, "500 documents, 125/s, 4s elapsed"},
		{9, 3, time.Second, "9 documents, 9/s, 1s elapsed"}, // a total that was wrong
		{0, 10, 0, "0/10 documents (0%), 0/s, 0s elapsed"},
	} {
		if got := progressLine(c.done, c.total, c.elapsed); got != c.want {
			t.Errorf("progressLine(%d, %d, %v) = %q, want %q", c.done, c.total, c.elapsed, got, c.want)
		}
	}
}

func TestProgressBar(t *testing.T) {
	for _, c := range []struct {
		done, total, width int
		want               string
	}{
		{0, 10, 10, "[>         ]"},
		{5, 10, 10, "[=====>    ]"},
		{10, 10, 10, "[==========]"},
		{13, 0, 10, "[   *      ]"},
	} {
		if got := progressBar(c.done, c.total, c.width); got != c.want {
			t.Errorf("progressBar(%d, %d, %d) = %q, want %q", c.done, c.total, c.width, got, c.want)
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
	p.Update(1, 2)
	p.Update(2, 2)
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
	p.Update(1, 4)
	p.Clear()
	p.Update(4, 4)
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
