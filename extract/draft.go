package extract

import "strings"

// lawInForce words in a sentence say that the penalty it states is that of
// a law in force, even in a paragraph about a bill ("Current law provides
// up to eight years").
var lawInForce = []string{"current", "existing", "present law", "in force", "under the law", "under the code",
	"penal code", "criminal code", "article"}

// draftBefore reports whether an earlier sentence of the paragraph (the
// text before the sentence) speaks of a bill not yet passed and the
// sentence names no law in force: "The bill defines the crime of TIP. The
// penalties for traffickers range from 12 to 25 years" states the bill's
// penalties.
func draftBefore(before, sentence string) bool {
	if containsAny(strings.ToLower(sentence), lawInForce) {
		return false
	}
	for _, s := range Sentences(before) {
		if aboutDraft(s.Text) {
			return true
		}
	}
	return false
}
