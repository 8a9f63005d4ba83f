package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// Rule turns a quantity into a figure of one metric when the words that
// make that metric stand near it. Rules never read digits: they take the
// quantities of extract/quantity and look only at the words around them.
type Rule struct {
	Name   string          // "family/what", e.g. "prosecution/brought-to-court"
	Metric model.Metric    // the metric it gives
	Kinds  []quantity.Kind // the kinds of quantity it reads
	// Unit is the unit it always gives ("" = from the counted noun, else Default).
	Unit model.Unit
	// Default is the unit when the counted noun says nothing.
	Default model.Unit
	// PersonUnit, if set, replaces "persons" when the counted noun is a
	// person ("room for 32 minors" counts places).
	PersonUnit model.Unit
	// Nouns are counted nouns that decide the metric by themselves when they
	// follow the number ("37 raids").
	Nouns []string
	// NounOnly makes the rule fire only when the counted noun is one of Nouns.
	NounOnly bool
	// Triggers are phrases (space-separated word patterns, see matchWord)
	// that must stand within Window words of the number, in the same clause.
	Triggers []string
	// Vetoes are phrases that cancel the rule when they stand within Window
	// words of the number.
	Vetoes []string
	// Window is the largest distance in words (default defaultWindow).
	Window int
	// Weak is added to the distance: a weak rule loses ties to a strong one.
	Weak int
	// Units, if set, are the units the counted noun must give; Bare lets
	// the rule fire on a number that counts no known noun.
	Units []model.Unit
	Bare  bool
	// Needs, if set, are phrases one of which the sentence must hold
	// ("TIP" only in capitals).
	Needs []string
	// Plain fires only on exact or approximate numbers; Hedged only on
	// bounded ones (up to, at least, ranges).
	Plain, Hedged bool
	// NotOfficials refuses counts of officials ("three officers" are not
	// the suspects of an investigation).
	NotOfficials bool
	// NotVictims refuses counts of victims: "convicted two men of forcing
	// eight children" convicts the men, not the children.
	NotVictims bool
	// Before makes the triggers count only when they stand right before
	// the number ("trafficking nine women": the number is its object).
	Before bool
	// After makes the triggers count only when they follow the number.
	After bool
	// NotDefinite refuses a number that refers back: after a definite
	// determiner ("the four victims") or before "of the" ("seven of the
	// victims").
	NotDefinite bool
}

// staffNouns name the people who work against trafficking, never its
// victims or suspects.
var staffNouns = []string{"personnel", "staff", "employee", "investigator", "inspector", "trainer", "volunteer"}

// victimOnlyNouns name persons who are victims, never suspects.
var victimOnlyNouns = []string{"victim", "girl", "boy", "child", "children", "minor", "adolescent", "survivor"}

// hopes mark a number as a hope or a proposal, not a figure (FIGURES.md
// section 4): they veto every rule.
// "would have" is a counterfactual ("an event like this would have drawn
// about 15"). An aim of a programme under way is a plan, not a hope.
var hopes = []string{"might", "hope", "hopes", "hoped", "propos", "request", "would like", "would have", "wish", "envision", "envisage"}

// defaultWindow is the distance a trigger may stand from its number.
const defaultWindow = 10

// All is the registry of rules, family by family, in report order.
var All = concat(prosecutionRules, protectionRules, preventionRules, situationRules)

func concat(lists ...[]Rule) []Rule {
	var out []Rule
	for _, l := range lists {
		out = append(out, l...)
	}
	for i := range out {
		if out[i].Window == 0 {
			out[i].Window = defaultWindow
		}
	}
	return out
}

// takes reports whether the rule reads quantities of kind k.
func (r *Rule) takes(k quantity.Kind) bool {
	for _, x := range r.Kinds {
		if x == k {
			return true
		}
	}
	return false
}

// phrase splits a trigger into its word patterns.
func phrase(p string) []string { return strings.Fields(strings.ToLower(p)) }

// Evidence is what made a rule fire on a number: the trigger or noun and
// how far it stood from the number.
type Evidence struct {
	Rule     *Rule
	Distance int    // words between the number and the trigger (-1 for a counted noun)
	Trigger  string // the words of the document that decided the metric
	TStart   int    // paragraph offsets of those words
	TEnd     int
	Noun     string // the counted noun, if any
	Unit     model.Unit
}

// evaluate looks for the rule's evidence around the quantity spanning words
// [qi, qj) of ws. ok is false when the rule does not apply.
func (r *Rule) evaluate(ws []word, qi, qj int, q quantity.Quantity, noun nounInfo, nums []int) (Evidence, bool) {
	if !r.takes(q.Kind) {
		return Evidence{}, false
	}
	if !r.fitsQualifier(q.Qualifier, q.ValueMax != nil) || !r.fitsUnit(q, noun) {
		return Evidence{}, false
	}
	if len(r.Needs) > 0 && !r.needed(ws) {
		return Evidence{}, false
	}
	lo, _ := clause(ws, qi, qj, r.Window)
	_, hi := clause(ws, qi, nounEnd(ws, qj, noun), r.Window) // the window after starts past the noun phrase
	vlo, vhi := commaClause(ws, lo, hi, qi, qj)
	for _, v := range hopes {
		if _, _, ok := findNearest(ws, vlo, vhi, qi, qj, phrase(v)); ok {
			return Evidence{}, false
		}
	}
	if r.NotOfficials && (noun.Population == model.Officials || matchesAny(noun.Lower, staffNouns)) &&
		!(r.Metric.Family() == model.Prosecution && undergoes(ws, noun)) {
		return Evidence{}, false
	}
	if r.NotVictims && noun.Text != "" && matchesAny(noun.Lower, victimOnlyNouns) {
		return Evidence{}, false
	}
	if r.NotDefinite && definite(ws, qi, qj) {
		return Evidence{}, false
	}
	for _, v := range r.Vetoes {
		if _, _, ok := findNearest(ws, vlo, vhi, qi, qj, phrase(v)); ok {
			return Evidence{}, false
		}
	}
	ev := Evidence{Rule: r, Distance: 1 << 20, Noun: noun.Text}
	nounHit := noun.Text != "" && matchesAny(noun.Lower, r.Nouns)
	if r.NounOnly && !nounHit {
		return Evidence{}, false
	}
	if nounHit && !r.NounOnly {
		ev.Distance, ev.Trigger, ev.TStart, ev.TEnd = -1, noun.Text, noun.Start, noun.End
	} else {
		for _, t := range r.Triggers {
			p := phrase(t)
			loT, hiT := lo, hi
			if r.Before {
				hiT = qi
			}
			if r.After {
				loT = qj
			}
			d, at, ok := findNearest(ws, loT, hiT, qi, qj, p)
			if ok && r.Before && d > 0 {
				continue // "trafficking nine women": the verb stands right before
			}
			if ok {
				d += 3 * numbersBetween(ws, nums, at, qi, qj) // another number stands nearer to it
			}
			if ok && d < ev.Distance {
				ev.Distance = d
				ev.TStart, ev.TEnd = ws[at].Start, ws[at+len(p)-1].End
				ev.Trigger = joinWords(ws[at : at+len(p)])
			}
		}
		if ev.Trigger == "" {
			return Evidence{}, false
		}
	}
	ev.Distance += r.Weak
	ev.Unit = r.unitFor(q, noun)
	return ev, true
}

func (r *Rule) fitsQualifier(q model.Qualifier, ranged bool) bool {
	plain := (q == "" || q == model.Exact || q == model.Approx) && !ranged
	return !(r.Plain && !plain) && !(r.Hedged && plain)
}

// fitsUnit checks Units: for a length of time against its own unit, for a
// count against the noun it counts.
func (r *Rule) fitsUnit(q quantity.Quantity, n nounInfo) bool {
	if len(r.Units) == 0 || q.Kind == quantity.Amount || q.Kind == quantity.Share {
		return true
	}
	if q.Kind == quantity.Duration {
		for _, u := range r.Units {
			if q.Unit == u {
				return true
			}
		}
		return false
	}
	if n.Text == "" {
		return r.Bare && !n.Unknown
	}
	for _, u := range r.Units {
		if n.Unit == u {
			return true
		}
	}
	return false
}

func (r *Rule) needed(ws []word) bool {
	for _, n := range r.Needs {
		p := phrase(n)
		for i := range ws {
			if n == "TIP" && ws[i].Text == "TIP" || n != "TIP" && matchAt(ws, i, p) {
				return true // "TIP" counts only in capitals
			}
		}
	}
	return false
}

// unitFor decides the unit of a figure from the quantity and its noun.
func (r *Rule) unitFor(q quantity.Quantity, noun nounInfo) model.Unit {
	switch q.Kind {
	case quantity.Amount:
		return model.MoneyU
	case quantity.Share:
		return model.Percent
	case quantity.Duration:
		if q.Unit != "" {
			return q.Unit
		}
		return model.Years
	}
	if r.Unit != "" {
		return r.Unit
	}
	if noun.Unit != "" {
		if noun.Unit == model.Persons && r.PersonUnit != "" {
			return r.PersonUnit
		}
		return noun.Unit
	}
	return r.Default
}

func matchesAny(w string, pats []string) bool {
	for _, p := range pats {
		if matchWord(w, p) {
			return true
		}
	}
	return false
}

func joinWords(ws []word) string {
	parts := make([]string, len(ws))
	for i, w := range ws {
		parts[i] = w.Text
	}
	return strings.Join(parts, " ")
}

// definite reports whether the number at words [qi, qj) refers back to
// persons or things named before: "the four victims", "these two
// victims", "seven of the victims".
func definite(ws []word, qi, qj int) bool {
	dets := []string{"the", "these", "those", "its", "their", "his", "her"}
	return qi > 0 && matchesExact(ws[qi-1].Lower, dets) ||
		qj+1 < len(ws) && ws[qj].Lower == "of" && matchesExact(ws[qj+1].Lower, append(dets, "them"))
}

// nounEnd returns the index of the word after the counted noun of a number
// ending at word qj ("Twenty-two other marriage registrars"), qj if none.
func nounEnd(ws []word, qj int, noun nounInfo) int {
	j := qj
	if noun.Text == "" || noun.Start < ws[qj-1].End {
		return j
	}
	for j < len(ws) && ws[j].Start < noun.End {
		j++
	}
	return j
}

// undergoes reports whether a relative clause in the passive follows the
// counted noun: "one official, who is being investigated", "two officers
// who were arrested" are the suspects, not the staff of the act.
func undergoes(ws []word, noun nounInfo) bool {
	k := 0
	for k < len(ws) && ws[k].Start < noun.End {
		k++
	}
	if k < len(ws) && ws[k].Lower == "," {
		k++
	}
	if k+2 >= len(ws) || ws[k].Lower != "who" {
		return false
	}
	for _, w := range ws[k+1 : k+3] {
		if matchesExact(w.Lower, []string{"being", "been", "was", "were"}) {
			return true
		}
	}
	return false
}
