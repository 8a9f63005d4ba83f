package draft

import (
	"fmt"
	"strings"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

// item is one clause of a sentence: a Summary cell, possibly with the cases
// cell of the same metric and period it is counted in ("16 people in 15
// cases").
type item struct {
	report.Choice
	in    *report.Choice
	extra []model.Figure // labor-trafficking parts, which the workbook keeps on rows of their own
	prev  *model.Figure  // the full-year figure of the year before, if any
}

// merge picks the cells of one family and pairs a persons cell with the
// cases cell of the same metric, year, period and paragraph ("16 people in
// 15 cases"), written where the cases cell stands.
func merge(cs []report.Choice, fam model.Family) []item {
	pair := map[int]int{} // cases cell → persons cell
	paired := map[int]bool{}
	for i, c := range cs {
		if c.Metric.Family() != fam || fam != model.Prosecution || c.Unit != model.Persons || len(c.Conflicts) > 0 {
			continue
		}
		for j, o := range cs {
			if _, taken := pair[j]; !taken && o.Metric == c.Metric && o.Unit == model.Cases && o.Labor == c.Labor &&
				o.Year == c.Year && periodKey(o.Chosen.Period) == periodKey(c.Chosen.Period) && len(o.Conflicts) == 0 &&
				Citation(&o.Chosen) == Citation(&c.Chosen) {
				pair[j], paired[i] = i, true
				break
			}
		}
	}
	var out []item
	for i, c := range cs {
		switch {
		case c.Metric.Family() != fam || paired[i]:
		case hasKey(pair, i):
			out = append(out, item{Choice: cs[pair[i]], in: &cs[i]})
		default:
			out = append(out, item{Choice: c})
		}
	}
	return foldLabor(out)
}

// foldLabor writes a labor-trafficking cell that is a stated subset of a
// total of the same metric, unit and year as a part of that total ("9
// traffickers, 4 of them for labor trafficking").
func foldLabor(items []item) []item {
	var out []item
	for _, it := range items {
		f := it.Chosen
		host := -1
		if it.Labor && f.SubsetOf != 0 && it.in == nil {
			for j, o := range out {
				if !o.Labor && o.Metric == it.Metric && o.Unit == it.Unit && o.Year == it.Year &&
					o.Chosen.Cable == f.Cable && o.Chosen.ID == f.SubsetOf {
					host = j
					break
				}
			}
		}
		if host < 0 {
			out = append(out, it)
			continue
		}
		out[host].extra = append(out[host].extra, f)
	}
	return out
}

func hasKey(m map[int]int, k int) bool { _, ok := m[k]; return ok }

// clause writes one item: the verb phrase with its quantity, its parts
// ("58 of them on trafficking charges"), its citation and, when cables
// disagree, the other values with theirs.
func clause(it item) (string, []model.Figure) {
	f := it.Chosen
	t := templateFor(f.Metric, f.Unit).pick(&f)
	q := quantity(&f, t.noun)
	if f.Per != "" {
		q += " per " + string(f.Per)
	}
	if it.Corrected {
		q += " (as corrected in review)"
	}
	if it.in != nil {
		q += " in " + quantity(&it.in.Chosen, cases)
	}
	text := fmt.Sprintf(t.verb, q) + according(&f)
	cited := []model.Figure{f}
	if it.in != nil {
		cited = append(cited, it.in.Chosen)
	}
	for _, p := range append(parts(it.Choice), it.extra...) {
		text += ", " + number(&p) + " of them" + partWords(&p, &f)
		cited = append(cited, p)
	}
	text += " " + cite(cited...)
	if cmp := upFrom(it); cmp != "" {
		text += cmp
		cited = append(cited, *it.prev)
	}
	if len(it.Conflicts) > 0 && (it.Metric == model.SentenceLength || it.Metric == model.StatutoryPenalty) {
		// several sentences or penalties are facts side by side, not a disagreement
		for _, g := range byValue(f, it.Conflicts) {
			text += ", and " + quantity(&g[0], t.noun) + " " + cite(g...)
			cited = append(cited, g...)
		}
		return text, cited
	}
	if len(it.Conflicts) > 0 {
		var alts []string
		for _, g := range byValue(f, it.Conflicts) {
			alts = append(alts, number(&g[0])+according(&g[0])+" "+cite(g...))
			cited = append(cited, g...)
		}
		verb := "another report gives "
		if len(alts) > 1 {
			verb = "other reports give "
		}
		text += ", although " + verb + andList(alts)
		if p := f.Period; p != nil && p.Bounded() {
			text += " for the same period"
		}
	}
	return text, cited
}

// parts are the statements of a cell that are parts of the chosen total
// for the same period and from the same cable: its stated subsets and its
// counts of a population or form of trafficking, smaller than the total,
// one per kind of part.
func parts(c report.Choice) []model.Figure {
	if !counted(c.Unit) || c.Chosen.SubsetOf != 0 {
		return nil
	}
	var out []model.Figure
	var kinds []string
	for _, o := range c.Others {
		sub := o.SubsetOf != 0 && o.SubsetOf == c.Chosen.ID
		part := o.SubsetOf == 0 && ((o.Population != "" && c.Chosen.Population == "") ||
			(o.TraffickingType == model.Sex && c.Chosen.TraffickingType != model.Sex))
		kind := partWords(&o, &c.Chosen)
		if (!sub && !part) || o.Cable != c.Chosen.Cable || o.Value >= c.Chosen.Value || o.ValueMax != nil ||
			periodKey(o.Period) != periodKey(c.Chosen.Period) || contains(kinds, kind) {
			continue
		}
		kinds = append(kinds, kind)
		out = append(out, o)
	}
	return out
}

// upFrom compares a full year with the year before, as chapters do:
// ", up from 38 in 2008 [09X ¶4]". It is empty when the two do not compare
// (part years, ranges, shares, other currencies).
func upFrom(it item) string {
	p, f := it.prev, it.Chosen
	if p == nil || it.PartYear || it.Year == 0 || it.in != nil || f.ValueMax != nil || p.ValueMax != nil ||
		f.Denominator != nil || p.Denominator != nil || f.Currency != p.Currency {
		return ""
	}
	word := "unchanged from"
	switch {
	case f.Value > p.Value:
		word = "up from"
	case f.Value < p.Value:
		word = "down from"
	}
	return ", " + word + " " + number(p) + " in " + itoa(p.Period.Start.Year) + " " + cite(*p)
}

// andList joins "a", "b, a and c".
func andList(xs []string) string {
	if len(xs) < 2 {
		return strings.Join(xs, "")
	}
	return strings.Join(xs[:len(xs)-1], ", ") + " and " + xs[len(xs)-1]
}

// byValue groups figures that state the same value (as the draft writes
// it, hedge included), leaving out the chosen figure's own, in order.
func byValue(chosen model.Figure, figs []model.Figure) [][]model.Figure {
	var keys []string
	groups := map[string][]model.Figure{}
	for _, f := range figs {
		k := number(&f)
		if k == number(&chosen) {
			continue
		}
		if _, ok := groups[k]; !ok {
			keys = append(keys, k)
		}
		groups[k] = append(groups[k], f)
	}
	out := make([][]model.Figure, len(keys))
	for i, k := range keys {
		out[i] = groups[k]
	}
	return out
}

// counted reports whether a unit counts things, so that a total has parts.
func counted(u model.Unit) bool {
	switch u {
	case model.MoneyU, model.Percent, model.Years, model.Months, model.Days:
		return false
	}
	return true
}

func containsValue(xs []float64, v float64) bool {
	for _, x := range xs {
		if x == v {
			return true
		}
	}
	return false
}

// partWords says which part of the total a part is.
func partWords(p, total *model.Figure) string {
	var w []string
	switch p.Population {
	case model.Children:
		w = append(w, "children")
	case model.Women:
		w = append(w, "women")
	case model.Men:
		w = append(w, "men")
	case model.Foreigners:
		w = append(w, "foreigners")
	case model.Nationals:
		w = append(w, "nationals")
	case model.Officials:
		w = append(w, "officials")
	}
	switch {
	case p.TraffickingType == model.Sex && total.TraffickingType != model.Sex:
		w = append(w, "for sex trafficking")
	case p.TraffickingType == model.Labor && total.TraffickingType != model.Labor:
		w = append(w, "for labor trafficking")
	case total.Metric.Family() == model.Prosecution && p.SubsetOf != 0 &&
		(strings.Contains(p.Quote, "TIP") || strings.Contains(strings.ToLower(p.Quote), "traffick")):
		w = append(w, "on trafficking charges")
	}
	if len(w) == 0 {
		return ""
	}
	return " " + strings.Join(w, " ")
}
