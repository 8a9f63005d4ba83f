package period

import (
	"time"

	"github.com/tipx/tipx/model"
)

// Mention is a time expression found in a text, resolved against the
// cable's creation date. Offsets are byte offsets into the text given to Find.
type Mention struct {
	Start, End int
	Period     model.Period // Text holds the words that gave it
	Rule       string       // e.g. "period/since-month-day", "period/calendar-year"
	// Lead is true for a lead-in that can govern what follows it
	// ("In 2008:", "During the reporting period,") beyond its own clause.
	Lead bool
}

// Find returns every period expression in text, in order, resolved against
// anchor (the cable's creation date-time).
func Find(text string, anchor time.Time) []Mention {
	return nil // TODO(neutral layer)
}
