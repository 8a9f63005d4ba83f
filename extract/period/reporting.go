package period

import "github.com/tipx/tipx/model"

var zero model.Date

// reporting matches "the reporting period", "this reporting period",
// "during the year", "the period covered by this report": bounds are not
// stated, so Start and End stay zero and Text is "reporting period".
func (m *matcher) reporting(i int) (Mention, int, bool) {
	from := i
	if m.is(i-1, notCurrent...) {
		return Mention{}, i, false
	}
	j := m.prep(i)
	if j == i {
		for _, p := range reportingLeads {
			if k, ok := m.seq(i, p...); ok {
				j = k
				break
			}
		}
	}
	k := j
	if m.is(k, "the", "this") {
		k++
	}
	if m.is(k, notCurrent...) {
		return Mention{}, i, false
	}
	if m.is(k, "current") {
		k++
	}
	end, ok := m.seq(k, "reporting", "period")
	if !ok {
		end, ok = m.seq(k, "rating", "period")
	}
	if !ok {
		end, ok = m.seq(k, "period", "covered", "by", "this", "report")
	}
	if !ok && m.is(j-1, "during") && m.is(k-1, "the") {
		end, ok = m.seq(k, "year")
		if _, isYear := m.year(end); ok && (isYear || m.is(end, "of")) {
			ok = false
		}
	}
	if !ok {
		return Mention{}, i, false
	}
	x := m.mention(from, end, zero, zero, "period/reporting")
	x.Period.Text = "reporting period"
	return x, end, true
}

// notCurrent words name another reporting period than the current one.
var notCurrent = []string{"previous", "last", "prior", "past", "next", "preceding", "upcoming", "coming"}

// reportingLeads may open a reporting period mention besides prepositions.
var reportingLeads = [][]string{{"at", "the", "close", "of"}, {"at", "the", "end", "of"}, {"by", "the", "end", "of"}}
