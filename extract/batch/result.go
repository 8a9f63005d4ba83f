package batch

import (
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

// Errors a document can fail with in a run, besides the reader's (see
// cable.Error); test them with errors.Is.
var (
	// ErrInternal marks a document whose parsing or extraction panicked: a
	// bug in tipx, reported as that document's failure.
	ErrInternal = errors.New("internal error")
	// ErrTooLarge marks a cable with a paragraph longer than MaxParagraph.
	ErrTooLarge = errors.New("paragraph too long to extract")
)

// MaxParagraph is the longest paragraph Run extracts figures from, far
// above any real one (the longest among the 6,712 archive cables has 31
// KB). A longer paragraph is a table dump or a broken file, and extraction
// time grows faster than linearly with the length of a paragraph: such a
// cable fails with ErrTooLarge instead of holding a worker for hours.
const MaxParagraph = 256 << 10

// Check returns an error wrapping ErrTooLarge for a cable that Run would
// not extract, one with a paragraph longer than MaxParagraph, or nil.
// Callers that extract single cables themselves (tipx explain) use it to
// refuse the same cables.
func Check(c *model.Cable) error {
	for i := range c.Paragraphs {
		if n := len(c.Paragraphs[i].Text); n > MaxParagraph {
			return fmt.Errorf("paragraph %d has %d bytes, more than %d: %w", c.Paragraphs[i].Number, n, MaxParagraph, ErrTooLarge)
		}
	}
	return nil
}

// Result is what one document gave, delivered in input order.
type Result struct {
	Seq  int    // position of the document in input order, from 0
	Name string // path, archive member ("ARCHIVE/MEMBER") or csv row ("FILE:LINE")
	// Cable is the cable's metadata, its Paragraphs dropped; nil when Err
	// is set.
	Cable   *model.Cable
	TIP     bool           // the cable is about trafficking in persons (extract.Relevant)
	Figures []model.Figure // the figures it states, ids 1, 2, 3 ...
	// Err is the document's error: cable.Skipped(Err) for a document that
	// holds no cable, otherwise a failure.
	Err error

	read int64 // bytes of input read when the document was handed over
}

// Summary accounts for every input of a run:
// Cables + Skipped + Failed == Inputs.
type Summary struct {
	Inputs  int // documents met: files, archive members, csv rows
	Cables  int // documents read as cables
	TIP     int // cables about trafficking in persons
	Figures int // figures extracted
	Skipped int // documents that hold no cable (cable.Skipped)
	Failed  int // documents that could not be read, or ErrInternal
	// Failures and Skips name the failed and skipped documents, in input
	// order.
	Failures, Skips []cable.Failure
	Elapsed         time.Duration
}

// String is the one-line summary tipx prints at the end of a run.
func (s Summary) String() string {
	return fmt.Sprintf("%d inputs, %d cables, %d TIP cables, %d figures, %d skipped, %d failed, %s",
		s.Inputs, s.Cables, s.TIP, s.Figures, s.Skipped, s.Failed, s.Elapsed.Round(time.Millisecond))
}

// add counts one result.
func (s *Summary) add(r Result) {
	s.Inputs++
	switch {
	case r.Err == nil:
		s.Cables++
		s.Figures += len(r.Figures)
		if r.TIP {
			s.TIP++
		}
	case cable.Skipped(r.Err):
		s.Skipped++
		s.Skips = append(s.Skips, cable.Failure{Path: r.Name, Err: r.Err})
	default:
		s.Failed++
		s.Failures = append(s.Failures, cable.Failure{Path: r.Name, Err: r.Err})
	}
}

// Sort orders figures as tipx writes them: by cable id, then figure id.
// The sort is stable, so figures of two documents with the same cable id
// keep their input order.
func Sort(figs []model.Figure) {
	slices.SortStableFunc(figs, func(a, b model.Figure) int {
		if c := strings.Compare(a.Cable, b.Cable); c != 0 {
			return c
		}
		return a.ID - b.ID
	})
}
