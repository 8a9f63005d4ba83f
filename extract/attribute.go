package extract

import (
	"strings"

	"github.com/tipx/tipx/model"
)

// attribute sets source, speaker, trafficking type and population.
func attribute(c *model.Cable, f *found, sp *speakers) {
	a, ok := sp.attributionOf(f.sent.Text)
	if !ok {
		a = sp.current()
	}
	f.fig.Speaker, f.fig.Source = a.Speaker, a.Source
	if f.fig.Source == "" {
		f.fig.Source = model.Embassy
	}
	if f.fig.Metric == model.StatutoryPenalty {
		f.fig.Source = model.Government // the text of a law
	}
	f.fig.TraffickingType = traffickingType(f.sent.Text)
	if f.fig.TraffickingType == model.Unspecified {
		// the sentence just before says which form: "... to keep them in sexual
		// or labor servitude. The sanction is increased to 4-6 years ..."
		if prev := Sentences(textBefore(c.Paragraphs[f.para].Text, f.sent.Start)); len(prev) > 0 {
			f.fig.TraffickingType = traffickingType(prev[len(prev)-1].Text)
		}
	}
	f.fig.Population = populationOf(c, f)
}

// sexWords and laborWords name the two forms of trafficking.
var (
	sexWords = []string{"sex traffick", "sexual", "sex work", "sex with", "prostitut", "brothel", "pimp",
		"nightclub", "strip club", "debauchery", "csec", "sex tour", "sex trade", "sex crime"}
	laborWords = []string{"forced labor", "forced labour", "labor exploitation", "labour exploitation",
		"labor traffick", "labour traffick", "labor servitude", "domestic servitude", "forced work", "back wages",
		"debt bondage", "bonded labor", "forced begging", "exploitative labor", "labor of"}
)

func containsAny(s string, subs []string) bool {
	for _, x := range subs {
		if strings.Contains(s, x) {
			return true
		}
	}
	return false
}

// traffickingType reads the form of trafficking a sentence names.
func traffickingType(s string) model.TraffickingType {
	l := strings.ToLower(s)
	sex, labor := containsAny(l, sexWords), containsAny(l, laborWords)
	switch {
	case sex && labor:
		return model.Both
	case sex:
		return model.Sex
	case labor:
		return model.Labor
	}
	return model.Unspecified
}

// populationOf narrows who the figure is about: a nationality between the
// number and its noun ("21 Surinamese men": nationals of the cable's
// country, else foreigners), the noun itself ("girls", "officers"), else
// children when children are named next to a number that does not count
// persons ("trafficking in minors is punished with 2-4 years").
func populationOf(c *model.Cable, f *found) model.Population {
	if f.fig.Unit == model.Persons {
		end := f.noun.Start
		if f.noun.Text == "" || end < f.q.End {
			end = f.q.End
		}
		for _, w := range strings.Fields(f.sent.Text[f.q.End-f.sent.Start : end-f.sent.Start]) {
			if !isCapitalised(w) {
				continue
			}
			if c.Country != "" && len(c.Country) >= 5 && strings.HasPrefix(strings.ToLower(w), strings.ToLower(c.Country[:5])) {
				return model.Nationals
			}
			if isDemonym(w) {
				return model.Foreigners
			}
		}
		if f.noun.Population != "" {
			return f.noun.Population
		}
	}
	if f.fig.Unit != model.Persons && childNear(f) {
		return model.Children
	}
	return ""
}

// childNear reports whether children are named within eight words of the
// number: "imprisonment of two-to-four years for the sale of a minor".
func childNear(f *found) bool {
	ws := splitWords(f.sent.Text, f.sent.Start)
	qi, qj := wordRange(ws, f.q.Start, f.q.End)
	for k := max(0, qi-8); k < min(len(ws), qj+8); k++ {
		if containsAny(ws[k].Lower, childWords) {
			return true
		}
	}
	return false
}

// childWords say that a sentence is about children.
var childWords = []string{"child", "minor", "under-age", "underage", "girls", "boys", "adolescent", "juvenile"}

// textBefore returns the last few KB of text before offset i: enough for the
// sentence before it, without splitting the whole paragraph again before
// every figure (quadratic in the length of a hostile one-line paragraph).
func textBefore(text string, i int) string {
	const window = 4096
	if i <= window {
		return text[:i]
	}
	return text[i-window : i]
}
