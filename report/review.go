package report

import (
	"errors"
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/xuri/excelize/v2"
)

// Status is a reviewer's decision on one figure.
type Status string

// The review decisions offered by the drop-down of the Figures sheet.
const (
	Unreviewed Status = "unreviewed"
	Accepted   Status = "accepted"
	Rejected   Status = "rejected"
	Corrected  Status = "corrected"
)

// Statuses lists the decisions in drop-down order.
var Statuses = []Status{Unreviewed, Accepted, Rejected, Corrected}

// Decision is one review entry: the figure it is about and what the
// reviewer decided. Cable, Metric and Quote are kept so that an entry that
// no longer matches a figure can still be read by a person.
type Decision struct {
	ID        string
	Status    Status
	Corrected string // the corrected value as typed ("140", "7-12"); "" for none
	Comment   string
	Cable     string
	Metric    string
	Quote     string
}

// Review is the set of decisions read from a previous workbook.
type Review struct {
	Decisions []Decision
}

// Unmatched is a review entry that the new workbook could not attach to a
// figure, with the reason. It is listed on the About sheet (and read back
// from there by ReadReview), never dropped.
type Unmatched struct {
	Decision
	Reason string
}

// ErrNoFigures is returned by ReadReview when the workbook has no Figures
// sheet with a "figure id" column: it is not a tipx workbook.
var ErrNoFigures = errors.New("no Figures sheet with a figure id column")

// The headers ReadReview looks for, on the Figures sheet and in the table of
// unmatched entries on the About sheet.
const (
	hdrID        = "figure id"
	hdrReview    = "review"
	hdrCorrected = "corrected value"
	hdrComment   = "comment"
	hdrCable     = "cable"
	hdrMetric    = "metric"
	hdrQuote     = "quote"
)

// ReadReview reads the review decisions of a tipx workbook: every Figures
// row whose review is not "unreviewed" or that has a corrected value or a
// comment, and the unmatched entries listed on its About sheet.
func ReadReview(r io.Reader) (*Review, error) {
	f, err := excelize.OpenReader(r)
	if err != nil {
		return nil, fmt.Errorf("read reviewed workbook: %w", err)
	}
	defer f.Close()
	rows, err := f.GetRows(sheetFigures)
	if err != nil || len(rows) == 0 {
		return nil, fmt.Errorf("read reviewed workbook: %w", ErrNoFigures)
	}
	rev := &Review{}
	n, err := readDecisions(rows, 0, rev)
	if err != nil {
		return nil, fmt.Errorf("read reviewed workbook: %w", err)
	}
	if n < 0 {
		return nil, fmt.Errorf("read reviewed workbook: %w", ErrNoFigures)
	}
	if about, err := f.GetRows(sheetAbout); err == nil {
		for i, row := range about {
			if len(row) > 0 && row[0] == hdrID {
				if _, err := readDecisions(about, i, rev); err != nil {
					return nil, fmt.Errorf("read reviewed workbook: About: %w", err)
				}
				break
			}
		}
	}
	return rev, nil
}

// readDecisions reads the table whose header is rows[head] until its first
// empty row. It returns -1 when the header has no figure id column.
func readDecisions(rows [][]string, head int, rev *Review) (int, error) {
	col := map[string]int{}
	for i, h := range rows[head] {
		col[strings.ToLower(strings.TrimSpace(h))] = i
	}
	idc, ok := col[hdrID]
	if !ok {
		return -1, nil
	}
	get := func(row []string, name string) string {
		i, ok := col[name]
		if !ok || i >= len(row) {
			return ""
		}
		return strings.TrimSpace(row[i])
	}
	n := 0
	for i := head + 1; i < len(rows); i++ {
		row := rows[i]
		if idc >= len(row) || strings.TrimSpace(row[idc]) == "" {
			break
		}
		d := Decision{ID: get(row, hdrID), Status: Status(strings.ToLower(get(row, hdrReview))),
			Corrected: get(row, hdrCorrected), Comment: get(row, hdrComment),
			Cable: get(row, hdrCable), Metric: get(row, hdrMetric), Quote: get(row, hdrQuote)}
		if d.Status == "" {
			d.Status = Unreviewed
		}
		if d.Status == Unreviewed && d.Corrected == "" && d.Comment == "" {
			continue
		}
		if !validStatus(d.Status) {
			return n, fmt.Errorf("row %d: review %q is not one of %v", i+1, d.Status, Statuses)
		}
		rev.Decisions = append(rev.Decisions, d)
		n++
	}
	return n, nil
}

func validStatus(s Status) bool {
	for _, x := range Statuses {
		if x == s {
			return true
		}
	}
	return false
}

// applyReview attaches every decision to its figure. all holds every figure
// of the run by id, so that a decision about a figure left out of this
// workbook (another country) is told apart from one about a figure that is
// gone.
func (b *book) applyReview(all map[string]*entry) {
	if b.in.Review == nil {
		return
	}
	in := map[string]*entry{}
	for _, e := range b.entries {
		in[e.id] = e
	}
	for i := range b.in.Review.Decisions {
		d := &b.in.Review.Decisions[i]
		e, ok := in[d.ID]
		switch {
		case ok && e.review != nil:
			b.unmatched = append(b.unmatched, Unmatched{*d, "second entry for this figure id; the first was applied"})
			continue
		case !ok && all[d.ID] != nil:
			b.unmatched = append(b.unmatched, Unmatched{*d, "figure belongs to " + all[d.ID].fig.Country + ", outside this workbook"})
			continue
		case !ok:
			b.unmatched = append(b.unmatched, Unmatched{*d, "no figure with this id in this run"})
			continue
		}
		e.review = d
		if d.Corrected != "" && d.Status != Rejected {
			v, vmax, err := parseCorrected(d.Corrected)
			if err != nil {
				b.problems = append(b.problems, fmt.Sprintf("figure %s: corrected value %q not applied: %v", d.ID, d.Corrected, err))
			} else {
				e.value, e.valueMax, e.fixed = v, vmax, true
			}
		}
		if d.Status == Corrected && d.Corrected == "" {
			b.problems = append(b.problems, fmt.Sprintf("figure %s: review says corrected but no corrected value: value kept", d.ID))
		}
		b.applied[d.Status]++
	}
}

// parseCorrected reads a corrected value as a reviewer types it: "140",
// "1,200", "7-12" or "7–12" (a range). A leading qualifier sign is ignored.
func parseCorrected(s string) (float64, *float64, error) {
	s = strings.TrimLeft(strings.TrimSpace(s), "≈~≥≤<>")
	s = strings.ReplaceAll(strings.ReplaceAll(s, ",", ""), " ", "")
	if lo, hi, ok := strings.Cut(strings.ReplaceAll(s, "–", "-"), "-"); ok && lo != "" {
		a, err1 := strconv.ParseFloat(lo, 64)
		z, err2 := strconv.ParseFloat(hi, 64)
		if err := errors.Join(err1, err2); err != nil {
			return 0, nil, fmt.Errorf("not a number or range: %w", err)
		}
		return a, &z, nil
	}
	v, err := strconv.ParseFloat(s, 64)
	if err != nil {
		return 0, nil, fmt.Errorf("not a number: %w", err)
	}
	return v, nil, nil
}
