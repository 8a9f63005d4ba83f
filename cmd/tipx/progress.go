package main

import (
	"fmt"
	"io"
	"os"
	"strings"
	"time"

	"github.com/tipx/tipx/extract/batch"
)

// isTerminal reports whether w is a character device (a terminal).
func isTerminal(w io.Writer) bool {
	f, ok := w.(*os.File)
	if !ok {
		return false
	}
	st, err := f.Stat()
	return err == nil && st.Mode()&os.ModeCharDevice != 0
}

// progress reports documents done on standard error: a bar redrawn in
// place on a terminal, otherwise a plain line every few seconds. It
// implements batch.Progress; a nil *progress reports nothing.
type progress struct {
	w           io.Writer
	bar         bool
	every       time.Duration
	start, last time.Time
	st          batch.Status
	drawn, end  bool
}

var _ batch.Progress = (*progress)(nil)

// Update records how far the run has gone and redraws at most once per
// interval.
func (p *progress) Update(st batch.Status) {
	p.st = st
	now := time.Now()
	if now.Sub(p.last) < p.every {
		return
	}
	p.last = now
	p.draw(now)
}

// batch returns p as a batch.Progress, nil when p is nil.
func (p *progress) batch() batch.Progress {
	if p == nil {
		return nil
	}
	return p
}

// Clear erases the bar before a message is written to the same stream;
// the next Update draws it again.
func (p *progress) Clear() {
	if p != nil && p.bar && p.drawn {
		fmt.Fprint(p.w, "\r\x1b[K")
		p.last = time.Time{}
	}
}

// Finish draws the final state and ends the bar's line, before the summary.
func (p *progress) Finish() {
	if p == nil || !p.drawn {
		return
	}
	if p.bar {
		p.end = true
		p.draw(time.Now())
		fmt.Fprintln(p.w)
	}
}

func (p *progress) draw(now time.Time) {
	p.drawn = true
	st := p.st
	if p.end && st.Size > 0 {
		st.Read = max(st.Read, st.Size) // all read: an archive's padding is never asked for
	}
	line := progressLine(st, now.Sub(p.start))
	if !p.bar {
		fmt.Fprintf(p.w, "tipx: %s\n", line)
		return
	}
	fmt.Fprintf(p.w, "\r%s %s\x1b[K", progressBar(st, 30), line)
}

// progressLine says how far a run is: "1234/6712 documents (18%), 650/s,
// 2s elapsed, ETA 8s" when the documents were counted beforehand;
// "1234 documents, 18% of 462 MB read, 650/s, 2s elapsed, ETA 8s" when
// only the inputs' size is known (an archive, a cables.csv); without
// either, no share and no ETA.
func progressLine(st batch.Status, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(st.Done) / s
	}
	var b strings.Builder
	f, known := st.Fraction()
	switch {
	case st.Total > 0 && st.Done <= st.Total:
		fmt.Fprintf(&b, "%d/%d documents (%d%%)", st.Done, st.Total, st.Done*100/st.Total)
	case st.Total == 0 && known:
		fmt.Fprintf(&b, "%d documents, %d%% of %s read", st.Done, min(st.Read*100/st.Size, 100), megabytes(st.Size))
	default:
		known = false
		fmt.Fprintf(&b, "%d documents", st.Done)
	}
	fmt.Fprintf(&b, ", %.0f/s, %s elapsed", rate, elapsed.Round(time.Second))
	if known && f > 0 {
		eta := time.Duration(float64(elapsed) * (1 - f) / f)
		fmt.Fprintf(&b, ", ETA %s", eta.Round(time.Second))
	}
	return b.String()
}

// megabytes writes a size in decimal units: "4 KB" below 1 MB, "4.2 MB"
// below 10 MB, "462 MB", "1.7 GB" from 1 GB.
func megabytes(n int64) string {
	switch f := float64(n); {
	case f < 1e6:
		return fmt.Sprintf("%.0f KB", f/1e3)
	case f < 1e7:
		return fmt.Sprintf("%.1f MB", f/1e6)
	case f < 1e9:
		return fmt.Sprintf("%.0f MB", f/1e6)
	default:
		return fmt.Sprintf("%.1f GB", f/1e9)
	}
}

// progressBar draws "[=======>      ]" width cells wide; when how far the
// run has gone is not known, a marker that moves with each document.
func progressBar(st batch.Status, width int) string {
	cells := make([]byte, width)
	for i := range cells {
		cells[i] = ' '
	}
	if f, ok := st.Fraction(); ok && (st.Total == 0 || st.Done <= st.Total) {
		n := int(f * float64(width))
		for i := range n {
			cells[i] = '='
		}
		if n < width {
			cells[n] = '>'
		}
	} else {
		cells[st.Done%width] = '*'
	}
	return "[" + string(cells) + "]"
}
