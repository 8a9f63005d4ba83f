package period_test

import (
	"testing"
	"time"

	"github.com/tipx/tipx/extract/period"
	"github.com/tipx/tipx/internal/testcorpus"
)

// timeWords mark a line of a real cable that states a period.
var timeWords = [][]byte{[]byte("since"), []byte("during"), []byte("last"), []byte("January"), []byte("FY"),
	[]byte("year"), []byte("month"), []byte("reporting period"), []byte("between"), []byte("from")}

// FuzzFindAnchored resolves periods against any cable date (FuzzFind uses
// one fixed anchor): year ends, leap days, fiscal years that straddle the
// anchor.
func FuzzFindAnchored(f *testing.F) {
	seeds := []string{"since January 1", "last year", "in the past six months", "from December 9 to January 13",
		"FY2009", "so far this year", "February 29", "during the reporting period", "2008-09", "the first 9 months of 2005"}
	anchors := []int64{
		time.Date(2009, 8, 28, 8, 14, 0, 0, time.UTC).Unix(), time.Date(2008, 12, 31, 23, 59, 0, 0, time.UTC).Unix(),
		time.Date(2004, 2, 29, 0, 0, 0, 0, time.UTC).Unix(), time.Date(2010, 1, 1, 0, 0, 0, 0, time.UTC).Unix(),
	}
	for i, s := range seeds {
		f.Add(s, anchors[i%len(anchors)])
	}
	for i, s := range testcorpus.Lines(60, timeWords) {
		f.Add(s, anchors[i%len(anchors)])
	}
	f.Fuzz(func(t *testing.T, s string, unix int64) {
		// cables were written between 1966 and 2010; keep the anchor in a
		// range where calendar arithmetic is meaningful
		at := time.Unix(1e8+unix%(2e9), 0).UTC()
		prevEnd := 0
		for _, m := range period.Find(s, at) {
			if m.Start < prevEnd || m.Start >= m.End || m.End > len(s) {
				t.Fatalf("Find(%q, %v): bad offsets %+v", s, at, m)
			}
			prevEnd = m.End
			if m.Period.Bounded() && m.Period.End.Before(m.Period.Start) {
				t.Fatalf("Find(%q, %v): period ends before it starts: %+v", s, at, m.Period)
			}
			if m.Period.Text == "" || m.Rule == "" {
				t.Fatalf("Find(%q, %v): mention without text or rule: %+v", s, at, m)
			}
		}
	})
}
