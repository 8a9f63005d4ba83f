package report

import (
	"fmt"
	"strings"
	"time"
)

// about writes the About sheet: tool version, inputs, run date, how cell
// values are chosen, what the review changed, and every review entry that
// could not be matched (in a table ReadReview reads back).
func (x *xlsx) about() error {
	const sh = sheetAbout
	b := x.b
	lines := [][]any{
		{"About this workbook"},
		{},
		{"tool", "tipx " + orDash(b.in.Version)},
		{"run date", b.in.Now.UTC().Format(time.RFC3339)},
	}
	if b.title != "" {
		lines = append(lines, []any{"workbook", "country: " + b.title})
	} else {
		lines = append(lines, []any{"workbook", "comparison: " + strings.Join(b.countries(), ", ")})
	}
	rejected := 0
	for _, e := range b.entries {
		if e.rejected() {
			rejected++
		}
	}
	lines = append(lines,
		[]any{"figures", fmt.Sprintf("%d (%d rejected by review)", len(b.entries), rejected)},
		[]any{"cables", fmt.Sprint(len(b.cables))})
	for i, in := range b.in.Inputs {
		label := ""
		if i == 0 {
			label = "inputs"
		}
		lines = append(lines, []any{label, in})
	}
	lines = append(lines, []any{}, []any{"How cell values are chosen"})
	for _, s := range choosingText() {
		lines = append(lines, []any{"", s})
	}
	lines = append(lines, []any{}, []any{"Review"}, []any{"", reviewText(b)})
	for _, p := range b.problems {
		lines = append(lines, []any{"", p})
	}
	if b.linksCut > 0 {
		lines = append(lines, []any{"", fmt.Sprintf("The last %d Figures rows have no cable link: a sheet holds at most 65,529 links.", b.linksCut)})
	}
	lines = append(lines, []any{}, []any{"Review entries not matched (kept here and carried to the next workbook)"})
	r := 0
	for _, l := range lines {
		r++
		if err := x.row(sh, 1, r, l...); err != nil {
			return err
		}
		if len(l) == 1 {
			if err := x.style(sh, 1, r, 1, r, x.styles.section); err != nil {
				return err
			}
		}
	}
	if err := x.style(sh, 1, 1, 1, 1, x.styles.title); err != nil {
		return err
	}
	if len(b.unmatched) == 0 {
		if err := x.row(sh, 2, r+1, "none"); err != nil {
			return err
		}
	} else {
		r++
		if err := x.row(sh, 1, r, hdrID, hdrReview, hdrCorrected, hdrComment, hdrCable, hdrMetric, hdrQuote, "reason"); err != nil {
			return err
		}
		if err := x.style(sh, 1, r, 8, r, x.styles.header); err != nil {
			return err
		}
		for _, u := range b.unmatched {
			r++
			if err := x.row(sh, 1, r, u.ID, string(u.Status), u.Corrected, u.Comment, u.Cable, u.Metric, u.Quote, u.Reason); err != nil {
				return err
			}
		}
	}
	return x.widths(sh, 16, 100, 14, 24, 16, 18, 40, 40)
}

func orDash(s string) string {
	if s == "" {
		return "(unknown version)"
	}
	return s
}

// choosingText explains the Summary, in the words of the About sheet.
func choosingText() []string {
	out := []string{
		"Rows: one per metric and unit, in TIP Report order (prosecution, protection, prevention, situation); " +
			"labor-trafficking figures have their own row (\"prosecutions, labor\").",
		"Columns: the calendar year of a figure's period. A period covering part of one year (\"since January 1\" " +
			"in an August cable) goes in that year's column marked \"YTD to\" its end date (yellow) and is never compared " +
			"with a full year. Periods over several years, reporting periods without stated bounds and figures without a " +
			"period go to \"other periods\", with their period in the cell.",
		"Each cell shows one value with its qualifier (≈ about, ≥ at least, > more than, ≤ up to, < fewer than, a–b range) " +
			"and unit; its note gives cable, paragraph, date, quote, source and the rule that chose it; clicking it opens " +
			"its Figures row.",
		"Figures rejected in review are left out; a corrected value replaces the extracted one (green).",
		"When several figures compete for a cell, these rules apply in order and the first that tells two apart decides:",
	}
	for i, n := range RuleNames() {
		out = append(out, fmt.Sprintf("   %d. %s", i+1, n))
	}
	return append(out,
		"A subset is a figure stated as part of another (\"Of these, 58 ...\") or narrowed to a population or to sex trafficking.",
		"Δ is the change against the previous year, only when both are full years in the same currency; otherwise "+
			"\"n/c\" (not comparable) says why.",
		"Conflicts lists every country, metric, unit and period with different values from different statements, "+
			"with the value Summary shows and the rule that chose it.",
		"Review: set review (unreviewed, accepted, rejected, corrected), corrected value and comment on the Figures "+
			"sheet, then run tipx report --reviewed THIS.xlsx: decisions follow each figure by its figure id "+
			"(same cable, paragraph, span, metric and unit).",
	)
}

// reviewText sums up the decisions applied.
func reviewText(b *book) string {
	if b.in.Review == nil {
		return "No previous review was given (--reviewed)."
	}
	return fmt.Sprintf("%d review entries read: %d accepted, %d rejected, %d corrected, %d with a comment only; "+
		"%d not matched (below).", len(b.in.Review.Decisions), b.applied[Accepted], b.applied[Rejected],
		b.applied[Corrected], b.applied[Unreviewed], len(b.unmatched))
}
