package extract

import (
	"strings"

	"github.com/tipx/tipx/extract/nlp"
	"github.com/tipx/tipx/model"
)

// attribution is who a text says a figure comes from.
type attribution struct {
	Speaker string       // "Jafarov", "Judicial authorities", "XXXXXXXXXXXX"; "" for the post itself
	Source  model.Source // "" when not stated
	person  bool         // the speaker is a person (or redacted), not a body
}

// reportingVerbs introduce who says a figure; their subject is the speaker.
var reportingVerbs = []string{
	"said", "says", "stated", "states", "reported", "reports", "report", "explained", "explains", "noted",
	"notes", "told", "added", "claimed", "claims", "confirmed", "indicated", "informed", "announced",
	"asserted", "estimated", "estimate", "estimates", "believe", "believes", "acknowledged", "emphasized",
}

// pronouns as the subject of a reporting verb refer to the last speaker.
var pronouns = []string{"he", "she", "they", "it", "his", "her"}

// notSpeakers begin phrases that "say" without being a source: a law, an
// article, a cable.
var notSpeakers = []string{"article", "law$", "laws", "code$", "statute", "decree", "section", "cable", "this$",
	"these", "it$", "which", "there", "criminal"}

// prepositions end a speaker phrase read backwards: "statistics published
// by the Supreme Court" → "the Supreme Court".
var prepositions = []string{"of", "by", "from", "in", "to", "for", "with", "on", "at", "as"}

// postWords name the post itself: its figures are the embassy's.
var postWords = []string{"post", "embassy", "poloff", "poloffs", "emboff", "emboffs", "we", "econoff", "mission"}

// sourceWords classify a speaker, strongest first; a word matches case-
// sensitively as written.
var sourceWords = []struct {
	src   model.Source
	words []string
}{
	{model.IO, []string{"IOM", "UNODC", "ILO", "OIT", "OSCE", "UNICEF", "UNHCR", "International Organization", "United Nations", "UN "}},
	{model.NGO, []string{"NGO", "foundation", "Foundation", "non-governmental", "activist", "Red Cross", "Caritas",
		"Salvation Army", "church", "Church"}},
	{model.Media, []string{"press", "newspaper", "media", "journalist", "television", "radio"}},
	{model.Other, []string{"source", "contact"}},
	{model.Court, []string{"court", "Court", "judge", "Judge", "tribunal"}},
	{model.Government, []string{"government", "Government", "Minist", "minist", "police", "Police", "prosecutor",
		"Prosecutor", "authorities", "Fiscalia", "judicial", "Judicial", "official", "Official", "MIA", "GO",
		"Council", "Commission", "Unit", "Office", "office", "Department", "department", "Director", "director"}},
}

// redacted is how the cables hide a source's name.
const redacted = "XXXXXXXXXXXX"

// speakers tracks who is speaking as the paragraphs of a cable go by: a
// paragraph that quotes someone goes on being theirs, and "he said" in a
// later paragraph refers to the last person named.
type speakers struct {
	ner  *nlp.Tagger
	last attribution // the last person or body named in an earlier paragraph
	cur  attribution // the speaker of the current paragraph
	seen map[string]attributed
}

// attributed is a sentence's attribution, remembered: NER is the costly
// part of reading a cable.
type attributed struct {
	a  attribution
	ok bool
}

func newSpeakers(t *nlp.Tagger) *speakers {
	return &speakers{ner: t, seen: make(map[string]attributed)}
}

// current is the attribution of the paragraph being read.
func (s *speakers) current() attribution { return s.cur }

// paragraph moves to the next paragraph of the cable.
func (s *speakers) paragraph(text string) {
	if s.cur.Speaker != "" {
		s.last = s.cur
	}
	s.cur = attribution{}
	for _, sent := range Sentences(text) {
		if a, ok := s.attributionOf(sent.Text); ok && a.person {
			s.cur = a // a person quoted goes on speaking for the paragraph
			return
		}
	}
}

// attributionOf reads who a sentence says its figures come from: the
// subject of a reporting verb ("Judicial authorities reported that ..."),
// or what follows "according to". ok is false when the sentence names no
// one.
func (s *speakers) attributionOf(sent string) (attribution, bool) {
	if r, ok := s.seen[sent]; ok {
		if r.ok && r.a.Speaker == "" && r.a.Source == "" {
			return s.last, s.last.Speaker != "" // a pronoun: whoever spoke last
		}
		return r.a, r.ok
	}
	a, ok := s.attribute(sent)
	if ok && a.Speaker == "" && a.Source == "" {
		s.seen[sent] = attributed{ok: true}
		return s.last, s.last.Speaker != ""
	}
	s.seen[sent] = attributed{a, ok}
	return a, ok
}

// attribute reads the attribution of a sentence; a pronoun subject gives
// the zero attribution with ok true.
func (s *speakers) attribute(sent string) (attribution, bool) {
	ws := splitWords(sent, 0)
	subj, ok := subjectOf(ws)
	if !ok {
		return attribution{}, false
	}
	phrase := sent[subj[0].Start:subj[len(subj)-1].End]
	switch {
	case strings.Contains(phrase, redacted):
		return attribution{Speaker: redacted, Source: model.Other, person: true}, true
	case matchesAny(subj[0].Lower, notSpeakers):
		return attribution{}, false
	case len(subj) == 1 && matchesExact(subj[0].Lower, pronouns):
		return attribution{}, true
	case matchesExact(subj[len(subj)-1].Lower, postWords):
		return attribution{Source: model.Embassy}, true
	}
	a := attribution{Speaker: phrase, Source: classify(phrase)}
	if a.Source != "" && a.Source != model.Other || !maybeName(subj) {
		return a, true // a body ("the Fiscalia", "NGO sources"): no person to look for
	}
	// NER reads only the speaker phrase and the verb after it: the model
	// costs about 50 µs a token, and the rest of the sentence does not help.
	ctx := sent[subj[0].Start:min(len(sent), subj[len(subj)-1].End+24)]
	if name := s.person(ctx, phrase); name != "" {
		a.Speaker, a.person = name, true
		if a.Source == "" || a.Source == model.Other {
			a.Source = model.Government // an official quoted by name
		}
	}
	if a.Source == "" {
		a.Source = model.Other
	}
	return a, true
}

// subjectOf returns the words that name the speaker of a sentence: at most
// seven words before the first reporting verb, back to a clause boundary,
// or the words after "according to".
func subjectOf(ws []word) ([]word, bool) {
	for i, w := range ws {
		if w.Lower == "according" && i+1 < len(ws) && ws[i+1].Lower == "to" {
			j := i + 2
			for j < len(ws) && j < i+9 && !ws[j].isPunct() {
				j++
			}
			s := trimSubject(ws[i+2 : j])
			return s, len(s) > 0
		}
		if !matchesExact(w.Lower, reportingVerbs) || i == 0 ||
			matchesExact(ws[i-1].Lower, []string{"was", "were", "is", "are", "been", "be", "being", "an", "the", "a"}) {
			continue // "cases were reported", "an estimated 500": no speaker
		}
		j := i
		for j > 0 && i-j < 7 && !ws[j-1].isPunct() && ws[j-1].Lower != "that" && ws[j-1].Lower != "and" {
			j--
		}
		for j < i && matchesExact(ws[i-1].Lower, []string{"also", "recently", "reportedly", "further", "have", "has", "had"}) {
			i--
		}
		if s := trimSubject(ws[j:i]); len(s) > 0 && startsName(s) {
			return s, true
		}
	}
	return nil, false
}

// trimSubject keeps the head of a speaker phrase: the words after its last
// preposition ("statistics published by the Supreme Court" → "Supreme
// Court"), without a leading article.
func trimSubject(ws []word) []word {
	for k := len(ws) - 1; k > 0; k-- {
		inName := k+1 < len(ws) && isCapitalised(ws[k-1].Text) && isCapitalised(ws[k+1].Text)
		if matchesExact(ws[k].Lower, prepositions) && !inName { // not "Prosecutor for Trafficking in Persons"
			ws = ws[k+1:]
			break
		}
	}
	for len(ws) > 0 && (ws[0].Lower == "the" || ws[0].Lower == "both") {
		ws = ws[1:]
	}
	return ws
}

// startsName reports whether words can name a speaker: a pronoun, a
// capitalised word or a noun of office among them.
func startsName(ws []word) bool {
	for _, w := range ws {
		if isCapitalised(w.Text) || matchesExact(w.Lower, pronouns) || matchesExact(w.Lower, postWords) || classify(w.Text) != "" {
			return true
		}
	}
	return false
}

// maybeName reports whether a speaker phrase may hold a person's name: a
// capitalised word that is not an acronym.
func maybeName(ws []word) bool {
	for _, w := range ws {
		if isCapitalised(w.Text) && !isAcronym(w.Text) {
			return true
		}
	}
	return false
}

// classify tells the source a speaker phrase names, "" when it cannot.
func classify(phrase string) model.Source {
	for _, sw := range sourceWords {
		for _, w := range sw.words {
			if w == "GO" {
				if hasGOAcronym(phrase) {
					return sw.src
				}
				continue
			}
			if strings.Contains(phrase, w) {
				return sw.src
			}
		}
	}
	return ""
}

// hasGOAcronym finds "GOB", "GOC", "GOCR": the cables' name for the host
// government.
func hasGOAcronym(s string) bool {
	for _, w := range strings.FieldsFunc(s, func(r rune) bool { return r == ' ' || r == ',' || r == '\'' }) {
		if len(w) >= 3 && len(w) <= 5 && strings.HasPrefix(w, "GO") && strings.ToUpper(w) == w {
			return true
		}
	}
	return false
}

// person returns the surname of a person the NER model finds inside the
// speaker phrase, reading ctx (the phrase and the words after it).
func (s *speakers) person(ctx, phrase string) string {
	if s.ner == nil {
		return ""
	}
	ents, err := s.ner.Entities(ctx)
	if err != nil {
		return ""
	}
	for _, e := range ents {
		if e.Label != nlp.Person || !strings.Contains(phrase, e.Text) {
			continue
		}
		f := strings.Fields(e.Text)
		return f[len(f)-1]
	}
	return ""
}
