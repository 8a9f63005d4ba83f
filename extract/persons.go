package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// This file decides whether the persons a number counts are those its
// metric speaks of: victims, suspects, or only a population.

// wrongPersons reports whether the persons counted are not those of the
// metric: persons who are no victims ("150-200 people who chanted
// slogans"), a population at risk ("5200 street children"), persons named
// by their work ("45,000 women working as prostitutes"), or women swept up
// in a raid counted as arrests.
func (x *sentCtx) wrongPersons(m model.Metric, noun nounInfo) bool {
	fam := m.Family()
	switch {
	case fam == model.Protection && matchesAny(noun.Lower, genericPersons) && !tipSentence(x.c.Paragraphs[x.pi].Text):
		return true
	case (fam == model.Protection || fam == model.Situation) && atRisk(x.ws, noun) && !tipSentence(x.s.Text):
		return true // unless the sentence says they were exploited
	case (fam == model.Protection || fam == model.Situation) && workingAs(x.ws, noun):
		return true
	case (fam == model.Protection || fam == model.Situation) && matchWord(noun.Lower, "prostitut") &&
		!hasTIPAcronym(x.s.Text) && !containsAny(strings.ToLower(x.s.Text), victimWords):
		// "2,700 prostitutes who sought medical treatment": not said to be
		// victims; children in prostitution are ("25 adolescent prostitutes")
		return true
	case m == model.Arrests && (noun.Population == model.Women || noun.Population == model.Children) &&
		!containsAny(strings.ToLower(x.s.Text), suspectWords) && !described(x.ws, noun):
		return true // "after arresting 121 Chinese women, the vice unit ..."
	}
	return false
}

// atRiskModifiers name a population at risk, not its victims ("street
// children").
var atRiskModifiers = []string{"street", "working", "homeless", "vulnerable", "at-risk"}

// atRisk reports whether the counted noun is modified by an at-risk word.
func atRisk(ws []word, n nounInfo) bool {
	if n.Text == "" {
		return false
	}
	for k := 1; k < len(ws); k++ {
		if ws[k].Start == n.Start {
			return matchesExact(ws[k-1].Lower, atRiskModifiers)
		}
	}
	return false
}

// workingAs reports whether the counted persons are named by their work:
// "45,000 women working as prostitutes", "children were working as sex
// workers" count workers, not victims ("forced to work as" is not this).
func workingAs(ws []word, n nounInfo) bool {
	if n.Text == "" {
		return false
	}
	k := 0
	for k < len(ws) && ws[k].Start < n.End {
		k++
	}
	for k < len(ws) && matchesExact(ws[k].Lower, []string{"who", "were", "are", "was", "is", "currently"}) {
		k++
	}
	return k+1 < len(ws) && matchesExact(ws[k].Lower, []string{"working", "employed"}) && ws[k+1].Lower == "as"
}

// described reports whether a clause after the counted noun says what the
// persons did ("two women running a sham employment agency").
func described(ws []word, n nounInfo) bool {
	for k, w := range ws {
		if w.Start >= n.End {
			return strings.HasSuffix(w.Lower, "ing") || matchesExact(w.Lower, []string{"who", "that", "which"}) ||
				k+1 < len(ws) && w.Lower == "," && matchesExact(ws[k+1].Lower, []string{"who", "which"})
		}
	}
	return false
}

// shareBase reports whether a count is the whole that a share before it is
// taken of ("one percent of Libya's 1.5 to 2 million foreigners", "20% of
// the 300 workers"): the base of a share, not a figure of its own.
func (x *sentCtx) shareBase(q quantity.Quantity) bool {
	if q.Kind != quantity.Count {
		return false
	}
	for _, p := range x.qs {
		if p.Kind != quantity.Share || p.End > q.Start || q.Start-p.End > 30 {
			continue
		}
		f := strings.Fields(strings.ToLower(x.s.Text[p.End-x.s.Start : q.Start-x.s.Start]))
		if len(f) == 1 && f[0] == "of" ||
			len(f) == 2 && f[0] == "of" && (f[1] == "the" || f[1] == "its" || f[1] == "their" || possessive(f[1])) {
			return true
		}
	}
	return false
}

// victimWords say that the persons of a sentence were trafficked or
// exploited; prostitution alone does not.
var victimWords = []string{"traffick", "victim", "exploit", "forced", "coerc", "servitude", "slave", "enslav",
	"child", "minor", "adolescent", "underage", "under-age", "juvenile", "girl", "boy"}

// vagueShares name a part of a whole without a number.
var vagueShares = []string{"majority", "most", "half", "minority", "bulk"}

// vagueShareOf reports whether the number at word qi is the whole that a
// part without a number is taken of ("a majority of the estimated 18,000
// women ... were victims"): the part is the figure, and it has no number.
func vagueShareOf(ws []word, qi int) bool {
	k := qi - 1
	for k >= 0 && matchesExact(ws[k].Lower, []string{"the", "its", "their", "an", "estimated"}) {
		k--
	}
	return k >= 1 && ws[k].Lower == "of" && matchesExact(ws[k-1].Lower, vagueShares)
}
