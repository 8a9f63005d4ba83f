// Package extract turns a model.Cable into the trafficking-in-persons
// figures it states (FIGURES.md): typed model.Figure records, each with its
// metric, unit, qualifier, period, source and speaker, the verbatim quote
// and its byte offsets in the original document, and the rule that made it.
//
// # Pipeline
//
// Per cable (extract.go):
//
//  1. Relevance (filter.go): the KTIP tag or TIP vocabulary ("TIP" only in
//     capitals, never "TIP OF AN ICEBERG"; drug and arms trafficking do not
//     count). A cable whose subject is not about TIP (a child-labor report,
//     a profile) gives figures only from paragraphs that speak of
//     trafficking. These tests are plain string searches.
//  2. Candidate paragraphs hold a digit or a number word; questions quoted
//     from a questionnaire are skipped.
//  3. Sentences (sentence.go) with byte offsets; words (words.go).
//  4. Numbers, money, shares, durations and periods come from the
//     metric-neutral layer, extract/quantity and extract/period: nothing here
//     parses digits or dates.
//  5. The counted noun (noun.go) gives the unit ("134 criminal cases",
//     "78 cities") and drops what is never a figure ("three investigators",
//     "ten different charges", ages).
//  6. Rules (rule.go and one file per family: prosecution.go,
//     protection.go, prevention.go, situation.go): every rule looks for its
//     trigger words near the number, in the same clause; the nearest wins.
//     A number compared with, coordinated with or listed under another
//     figure takes that figure's metric (inherit.go); one number can be the
//     subject of two acts ("were arrested and are under investigation").
//  7. The period (period.go): the nearest time expression of the sentence,
//     else that of the figure it is part of, else a lead-in of an earlier
//     sentence or of the paragraph before.
//  8. Subset links (subset.go), source and speaker (speaker.go, with the
//     NER adapter of extract/nlp for persons), trafficking type and
//     population (attribute.go), quote and offsets (quote.go).
//
// Explain (explain.go) returns the same work as a Trace: which rule fired on
// which words, the counted noun that gave the unit, the words of the period
// and the rules that lost.
//
// # Adding a rule
//
//  1. Pick the family file: prosecution.go, protection.go, prevention.go or
//     situation.go. Add a Rule to its list: a Name "family/what", the
//     Metric, the quantity Kinds it reads, the Default unit, the Units it
//     accepts, the counted Nouns that decide it alone ("37 raids"), the
//     Triggers (word patterns: four letters or more match as a prefix, "$"
//     forces an exact word, agent nouns never match a verb stem) and the
//     Vetoes that cancel it. Never name a cable, a sentence or a number.
//  2. If the rule counts a new kind of thing, add the noun and its unit to
//     countedNouns in noun.go.
//  3. In <family>_test.go, add positive sentences with the records they
//     must give and negative sentences that must give nothing.
//  4. Run `go test ./extract/` and `scripts/devscore.sh --verbose`; read
//     every new FALSE and MISS before keeping the rule.
//
// Numbers, money, ranges, hedges and dates are never parsed here: if a
// phrase is misread, the fix belongs in extract/quantity or extract/period.
package extract
