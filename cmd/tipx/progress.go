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
	done, total int
	drawn       bool
}

var _ batch.Progress = (*progress)(nil)

// Update records done documents of total (0 when unknown) and redraws at
// most once per interval.
func (p *progress) Update(done, total int) {
	p.done, p.total = done, total
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
		p.draw(time.Now())
		fmt.Fprintln(p.w)
	}
}

func (p *progress) draw(now time.Time) {
	p.drawn = true
	line := progressLine(p.done, p.total, now.Sub(p.start))
	if !p.bar {
		fmt.Fprintf(p.w, "tipx: %s\n", line)
		return
	}
	fmt.Fprintf(p.w, "\r%s %s\x1b[K", progressBar(p.done, p.total, 30), line)
}

// progressLine says how far a run is: "1,234/6,712 documents (18%),
// 650/s, 2s elapsed, ETA 8s"; without a total, no percentage and no ETA.
func progressLine(done, total int, elapsed time.Duration) string {
	rate := 0.0
	if s := elapsed.Seconds(); s > 0 {
		rate = float64(done) / s
	}
	var b strings.Builder
	if total > 0 && done <= total {
		fmt.Fprintf(&b, "%d/%d documents (%d%%)", done, total, done*100/total)
	} else {
		fmt.Fprintf(&b, "%d documents", done)
	}
	fmt.Fprintf(&b, ", %.0f/s, %s elapsed", rate, elapsed.Round(time.Second))
	if total > 0 && done <= total && rate > 0 {
		eta := time.Duration(float64(total-done) / rate * float64(time.Second))
		fmt.Fprintf(&b, ", ETA %s", eta.Round(time.Second))
	}
	return b.String()
}

// progressBar draws "[=======>      ]" width cells wide; without a total,
// a marker that moves with each document.
func progressBar(done, total, width int) string {
	cells := make([]byte, width)
	for i := range cells {
		cells[i] = ' '
	}
	if total > 0 && done <= total {
		n := done * width / total
		for i := range n {
			cells[i] = '='
		}
		if n < width {
			cells[n] = '>'
		}
	} else {
		cells[done%width] = '*'
	}
	return "[" + string(cells) + "]"
}
