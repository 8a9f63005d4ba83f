package extract

import (
	"strings"
	"unicode"

	"github.com/tipx/tipx/model"
)

// nounInfo is the noun a number counts ("134 criminal cases" → "cases").
type nounInfo struct {
	Text, Lower string
	Start, End  int
	Unit        model.Unit
	Population  model.Population
	// Unknown is true when the number is followed by a noun phrase the
	// lexicon does not know ("two erotic nightclubs"): it counts something,
	// but not anything a rule with Units may take.
	Unknown bool
}

// countedNouns maps noun patterns (see matchWord) to the unit they count.
var countedNouns = []struct {
	pat  string
	unit model.Unit
	pop  model.Population
}{
	{"victim", model.Persons, ""}, {"people", model.Persons, ""}, {"person", model.Persons, ""},
	{"persons", model.Persons, ""}, {"individual", model.Persons, ""}, {"women", model.Persons, model.Women},
	{"woman", model.Persons, model.Women}, {"men$", model.Persons, model.Men}, {"man$", model.Persons, model.Men},
	{"girl", model.Persons, model.Children}, {"boy", model.Persons, model.Children},
	{"children", model.Persons, model.Children}, {"child", model.Persons, model.Children},
	{"minor", model.Persons, model.Children}, {"adolescent", model.Persons, model.Children},
	{"teen", model.Persons, model.Children}, {"youth", model.Persons, model.Children},
	{"juvenile", model.Persons, model.Children},
	{"officer", model.Persons, model.Officials}, {"official", model.Persons, model.Officials},
	{"police", model.Persons, model.Officials}, {"policemen", model.Persons, model.Officials},
	{"prosecutor", model.Persons, model.Officials}, {"judge", model.Persons, model.Officials},
	{"inspector", model.Persons, model.Officials}, {"agent", model.Persons, model.Officials},
	{"guard", model.Persons, model.Officials}, {"magistrate", model.Persons, model.Officials},
	{"diplomat", model.Persons, model.Officials}, {"registrar", model.Persons, ""},
	{"trafficker", model.Persons, ""}, {"suspect", model.Persons, ""}, {"defendant", model.Persons, ""},
	{"offender", model.Persons, ""}, {"perpetrator", model.Persons, ""}, {"member", model.Persons, ""},
	{"worker", model.Persons, ""}, {"employee", model.Persons, ""}, {"staff", model.Persons, ""},
	{"participant", model.Persons, ""}, {"attendee", model.Persons, ""}, {"student", model.Persons, ""},
	{"teacher", model.Persons, ""}, {"leader", model.Persons, ""}, {"trainer", model.Persons, ""},
	{"trainee", model.Persons, ""}, {"foreigner", model.Persons, model.Foreigners},
	{"migrant", model.Persons, ""}, {"national", model.Persons, ""}, {"citizen", model.Persons, ""},
	{"owner", model.Persons, ""}, {"survivor", model.Persons, ""}, {"adult", model.Persons, ""},
	{"social", model.Persons, ""}, {"professional", model.Persons, ""}, {"journalist", model.Persons, ""},
	{"representative", model.Persons, ""}, {"laborer", model.Persons, ""},
	{"maid", model.Persons, ""}, {"domestic", model.Persons, ""}, {"prostitute", model.Persons, ""},
	{"females", model.Persons, model.Women}, {"males$", model.Persons, model.Men}, {"driver", model.Persons, ""},
	{"worker", model.Persons, ""}, {"personnel", model.Persons, ""}, {"captain", model.Persons, ""},
	{"case", model.Cases, ""}, {"investigation", model.Cases, ""}, {"prosecution", model.Cases, ""},
	{"conviction", model.Cases, ""}, {"sentence", model.Cases, ""}, {"charge", model.Cases, ""}, {"complaint", model.Cases, ""},
	{"trial", model.Cases, ""}, {"proceeding", model.Cases, ""}, {"indictment", model.Cases, ""},
	{"marriage", model.Cases, ""}, {"famil", model.Cases, ""}, {"report", model.Cases, ""},
	{"arrest", model.Persons, ""}, {"raid", model.Events, ""}, {"operation", model.Events, ""}, {"inspection", model.Events, ""},
	{"session", model.Events, ""}, {"seminar", model.Events, ""}, {"workshop", model.Events, ""},
	{"training", model.Events, ""}, {"trainings", model.Events, ""}, {"course", model.Events, ""},
	{"event", model.Events, ""}, {"campaign", model.Events, ""}, {"conference", model.Events, ""},
	{"meeting", model.Events, ""}, {"presentation", model.Events, ""}, {"lecture", model.Events, ""},
	{"activit", model.Events, ""}, {"program", model.Events, ""},
	{"cities", model.Places, ""}, {"city", model.Places, ""}, {"town", model.Places, ""},
	{"district", model.Places, ""}, {"region", model.Places, ""}, {"province", model.Places, ""},
	{"station", model.Places, ""}, {"school", model.Places, ""}, {"communit", model.Places, ""},
	{"village", model.Places, ""}, {"brothel", model.Places, ""}, {"establishment", model.Places, ""},
	{"house", model.Places, ""}, {"municipalit", model.Places, ""}, {"department", model.Places, ""},
	{"channel", model.Places, ""}, {"nightclub", model.Places, ""},
	{"bar$", model.Places, ""}, {"bars$", model.Places, ""}, {"places", model.Places, ""},
	{"spaces", model.Places, ""}, {"slots", model.Places, ""},
	{"shelter", model.Shelters, ""}, {"center", model.Shelters, ""}, {"centre", model.Shelters, ""},
	{"homes", model.Shelters, ""}, {"facilit", model.Shelters, ""}, {"safe-house", model.Shelters, ""},
	{"bed", model.Beds, ""}, {"call", model.Calls, ""},
}

// bareFollowers may follow a number that counts nothing named after it:
// "remained at ten.", "42 convictions: eight in ...", "58 were charged".
var bareFollowers = []string{
	"were", "was", "are", "is", "have", "has", "had", "will", "would", "in", "of", "for", "to", "from", "at",
	"on", "by", "with", "and", "or", "but", "during", "since", "between", "under", "more", "indirectly",
	"directly", "trained", "total", "each", "per", "out", "other", "others", "so", "as", "this", "last",
	"that", "who", "which", "remained", "received", "involving", "among", "dealt", "had", "being", "been",
}

func bareFollower(w word) bool {
	return w.isPunct() || matchesExact(w.Lower, bareFollowers) || isCapitalised(w.Text)
}

// nounModifiers may stand between a number and the noun it counts.
var nounModifiers = []string{
	"additional", "more", "other", "new", "probable", "possible", "alleged", "suspected", "potential",
	"criminal", "trafficking", "trafficking-related", "tip", "anti-tip", "international", "major",
	"underage", "under-age", "female", "male", "foreign", "young", "active", "former", "senior",
	"mid-level", "local", "long-term", "specialized", "separate", "sex", "labor", "forced", "adjacent",
	"identified", "documented", "undocumented", "registered", "confirmed", "total", "cross-border",
	"domestic", "street", "marriage", "law", "enforcement", "public", "border", "police", "government",
	"ngo", "community", "residential", "walk-in", "counseling", "sexual", "child", "human", "non-residential",
	"different", "separate", "legal", "official", "reported", "individual", "adult", "trained",
	"sex-crimes", "and", "or", "such", "member", "these", "those", "radio", "television", "tv", "news", "media",
	"joint", "large", "small", "big", "high-level", "first", "second", "further", "mostly", "mainly", "primarily",
	"predominantly", "largely", "known", "suspected", "presumed", "likely", "security", "visiting",
	"expatriate", "migrant",
}

// nameJoiners stand inside a capitalised name ("Ministry of Public
// Security", "Office for Victims").
var nameJoiners = []string{"of", "for", "and", "the", "on"}

// findNoun returns the noun counted by the number that ends at word qj-1:
// the first known noun within four words after it, over modifiers and
// capitalised names ("21 Surinamese men", "seven underage girls").
func findNoun(ws []word, qj int) nounInfo {
	if w := ws[qj-1]; strings.Contains(w.Lower, "-") && memberCompound(w.Lower[strings.Index(w.Lower, "-"):]) != "" {
		// "a 36-member police unit": its members, who are staff, not suspects
		return nounInfo{Text: w.Text, Lower: w.Lower, Start: w.Start, End: w.End, Unit: model.Persons, Population: model.Officials}
	}
	limit, stop := qj+5, qj
	var demonym *word
	for k := qj; k < len(ws) && k < limit; k++ {
		w := ws[k]
		if w.isPunct() {
			break
		}
		if k > qj && k+1 < len(ws) && matchesExact(w.Lower, nameJoiners) && isCapitalised(ws[k-1].Text) && isCapitalised(ws[k+1].Text) {
			limit++ // "10 Ministry of Public Security officials": the name goes on
			continue
		}
		if w.Lower == "of" && k == qj && k+1 < len(ws) && matchesExact(ws[k+1].Lower, []string{"these", "those", "the", "them"}) {
			k++ // "two of these centers"
			limit += 2
			continue
		}
		compound := false
		for _, n := range countedNouns {
			if nounMatch(w.Lower, n.pat) || nounMatch(compoundHead(w.Lower), n.pat) {
				if k+1 < len(ws) && nounAfterAny(ws[k+1].Lower) {
					compound = true // "marriage registrars": the head comes next
					break
				}
				return nounInfo{Text: w.Text, Lower: w.Lower, Start: w.Start, End: w.End, Unit: n.unit, Population: n.pop}
			}
		}
		if k > qj && (w.Lower == "and" || w.Lower == "or") {
			limit += 2 // "25 senior and mid-level officers": coordinated modifiers
		}
		if isDemonym(w.Text) && (strings.HasSuffix(w.Lower, "s") || strings.HasSuffix(w.Lower, "ese")) {
			demonym = &ws[k]
		}
		if compound || matchesExact(w.Lower, nounModifiers) || isCapitalised(w.Text) || adjective(w.Lower) ||
			strings.Contains(w.Lower, "-") && !strings.HasPrefix(w.Lower, "-") {
			continue
		}
		stop = k
		break
	}
	if demonym != nil {
		// "11 Indonesians rescued": a nationality names the persons
		return nounInfo{Text: demonym.Text, Lower: demonym.Lower, Start: demonym.Start, End: demonym.End, Unit: model.Persons}
	}
	// "representatives of the eight Arabic-language dailies": the noun
	// after the modifiers is one the lexicon does not know
	unknown := qj < len(ws) && !bareFollower(ws[qj]) ||
		stop > qj && stop < len(ws) && !bareFollower(ws[stop]) && unicode.IsLower(rune(ws[stop].Text[0])) &&
			!coordination(ws[qj:stop]) // "six or seven", "at least 59 and possibly 128": the next number
	return nounInfo{Unknown: unknown}
}

// coordination reports whether ws hold "and" or "or".
func coordination(ws []word) bool {
	for _, w := range ws {
		if w.Lower == "and" || w.Lower == "or" {
			return true
		}
	}
	return false
}

// nounMatch matches a counted-noun pattern, but never a participle made
// from it: "suspected", "arrested", "sheltered" are no nouns.
func nounMatch(w, pat string) bool {
	if !matchWord(w, pat) {
		return false
	}
	p := strings.TrimSuffix(pat, "$")
	for _, suf := range []string{"ed", "ing"} {
		if strings.HasSuffix(w, suf) && !strings.HasSuffix(p, suf) && len(w) > len(p) {
			return false
		}
	}
	return true
}

// compoundHead returns the last part of a hyphenated noun, its head
// ("co-defendants" → "defendants", "co-conspirators"), or "" for a word
// without a hyphen.
func compoundHead(w string) string {
	i := strings.LastIndex(w, "-")
	if i < 0 || i == len(w)-1 || strings.HasPrefix(w, "non-") || strings.HasPrefix(w, "anti-") {
		return "" // "non-official Costa Ricans": an adjective that denies its head
	}
	return w[i+1:]
}

// adjective guesses from its ending that a word is an adjective
// ("organizational", "undocumented", "vulnerable").
func adjective(w string) bool {
	for _, suf := range []string{"al", "ive", "ed", "ous", "ic", "ary", "ful", "less", "able", "ible"} {
		if len(w) > len(suf)+3 && strings.HasSuffix(w, suf) {
			return true
		}
	}
	return false
}

func nounAfterAny(w string) bool {
	for _, n := range countedNouns {
		if nounMatch(w, n.pat) {
			return true
		}
	}
	return false
}

// notCounted are nouns whose counts are never TIP figures: staff, time
// sheets, parts of a plan, organisations.
var notCounted = []string{
	"hour", "hrs", "minute", "investigator", "categor", "sub-commission", "commission", "entit", "organization",
	"organisation", "ngos", "ngo$", "agenc", "ministr", "institution", "faction", "floor", "area", "job",
	"number", "stage", "point", "article", "page", "paragraph", "level",
	"step", "recommendation", "priorit", "goal", "pillar", "p$", "p's", "ps$", "phase", "kilogram", "kg$",
	"ton$", "tons", "vote", "seat", "percent", "residence", "provider", "option", "question",
	"copies", "citizen", "tier", "year-old", "visa", "permit", "person-", "time$", "times", "reform", "amendment",
	"provision", "decree", "convention", "protocol", "agreement", "treaty", "countries", "country$", "nation$",
	"nations",
}

// isAge reports whether a length of time is an age: "21 years of age",
// "16 years old", "the minimum working ages from 14 to 15 years".
func isAge(ws []word, qi, qj int) bool {
	if qj < len(ws) && (ws[qj].Lower == "old" || ws[qj].Lower == "of" && qj+1 < len(ws) && ws[qj+1].Lower == "age") {
		return true
	}
	back := 4
	if qi > 0 && matchesExact(ws[qi-1].Lower, []string{"is", "was", "be", "at"}) {
		back = 8 // "the minimum age to engage in prostitution is 18 years"
	}
	for k := qi - 1; k >= 0 && k >= qi-back; k-- {
		if w := ws[k].Lower; w == "age" || w == "ages" || w == "aged" {
			// "below 21 years of age the imprisonment should be one year":
			// that age is the 21's, not this number's
			return k < 2 || ws[k-1].Lower != "of" || !matchesExact(ws[k-2].Lower, []string{"years", "year", "months"})
		}
		if strings.ContainsAny(ws[k].Lower, "0123456789") {
			break
		}
	}
	// "if the minor is 12 years"
	return qi >= 2 && (ws[qi-1].Lower == "is" || ws[qi-1].Lower == "was") && matchesAny(ws[qi-2].Lower, victimOnlyNouns)
}

// kindWords after a number count kinds of things ("ten different charges
// under the code", "three types of").
var kindWords = []string{"different", "types", "type", "kinds", "kind", "forms", "sorts", "categories", "distinct"}

// uncounted reports whether the word after a number names something that
// is never a figure ("three investigators", "20 hrs").
func uncounted(ws []word, qj int) bool {
	if qj < len(ws) && matchesExact(ws[qj].Lower, kindWords) {
		return true // "ten different charges": kinds of things, not events
	}
	if qj+1 < len(ws) && (ws[qj].Lower == "each" || ws[qj].Lower == "in" && ws[qj+1].Lower == "each") {
		return true // "three victims--one in each case": a distribution, not a count
	}
	if qj > 0 && ws[qj-1].Lower == "one" {
		for k := qj + 1; k < len(ws) && k < qj+8; k++ {
			if ws[k].Lower == "other" && ws[k-1].Lower == "the" {
				return true // "sentenced one trafficker to life and the other to 15 years"
			}
		}
	}
	for k := qj; k < len(ws) && k < qj+3; k++ {
		w := ws[k]
		if w.isPunct() {
			return false
		}
		if adjective(w.Lower) {
			continue // "organizational leaders"
		}
		if matchesAny(w.Lower, notCounted) {
			// "10 Ministry of Public Security officials": a name before
			// the noun counted does not count
			inName := isCapitalised(w.Text) && k+1 < len(ws) && !ws[k+1].isPunct() &&
				(isCapitalised(ws[k+1].Text) || matchesExact(ws[k+1].Lower, nameJoiners))
			n := findNoun(ws, qj)
			return !inName || n.Text == "" || n.Start <= w.Start
		}
		if !matchesExact(w.Lower, nounModifiers) && !isCapitalised(w.Text) {
			return false
		}
	}
	return false
}

func matchesExact(w string, list []string) bool {
	for _, x := range list {
		if w == x {
			return true
		}
	}
	return false
}

// isCapitalised reports whether w starts with an upper-case letter (a
// demonym or a name: "Surinamese", "DINAPEN").
func isCapitalised(w string) bool {
	for _, r := range w {
		return unicode.IsUpper(r)
	}
	return false
}

// isDemonym guesses whether a capitalised word names a nationality
// ("Surinamese", "Chileans", "Vietnamese", "Brazilian").
func isDemonym(w string) bool {
	if !isCapitalised(w) {
		return false
	}
	if len(w) > 1 && strings.ToUpper(w) == w {
		return false // "SSIS", "DINAPEN": an acronym, not a nationality
	}
	l := strings.ToLower(w)
	for _, suf := range []string{"ese", "ian", "ians", "ean", "eans", "an", "ans", "ers", "ish", "i", "is"} {
		if strings.HasSuffix(l, suf) {
			return true
		}
	}
	return false
}
