// Package period finds the time expressions of a text and resolves them
// to calendar days against an anchor, the cable's creation date
// (FIGURES.md section 3). It is the metric-neutral companion of package
// quantity: rules per metric decide which period governs which figure.
//
// The text is cut into tokens once (lex.go); rules are small functions
// over tokens, one file per shape, tried in order at each token:
//
//   - reporting.go: "the reporting period", "this reporting period",
//     "during the year", "the period covered by this report": zero Start and
//     End, Text "reporting period";
//   - since.go: "since January 1", "since 2007", "since March 2008",
//     "since the new law was enacted in June 2005": from the point to the
//     anchor's date;
//   - relative.go: "so far this year", "this year", "to date in 2009",
//     "last year" (the previous calendar year), "the past year", "over the
//     past two years", "in the last two weeks" (the anchor minus the
//     length, to the anchor), "last month", "early 2010", and parts of a
//     year ("the first 9 months of 2005", "the second half of 2008");
//   - span.go: "from March 2008 to February 2009", "between 2006 and
//     2008", "January-June 2009", "March 16-19", "on October 21 and 22",
//     "from December 9 to January 13";
//   - calendar_rules.go: one calendar point, "in 2008", "during 2009",
//     "FY 2009" (the US fiscal year, October to September), "in July 2008",
//     "in August", "on September 2", and bare years and months ("the 2009
//     state budget", rule "period/bare-year"); "in 2009 ... so far" runs to
//     the anchor when 2009 is the anchor's year.
//
// A month or day without a year is the most recent one not after the
// anchor; in a span the first end takes the second's year, or the year
// before when it would fall after it. A month gives its first and last
// day, a year January 1 and December 31.
//
// Not periods: "E.O. 12958", "DECL: 08/28/2019", "2009 TIP Report",
// "Act of 2005", "Article 2008", "Tier 2", date-time groups "280814Z AUG
// 09". Month names must be capitalised ("may" and "march" are verbs).
//
// A reporting period right after stated bounds takes them ("the 2008-2009
// reporting period", rule "period/reporting-stated"); "from 2007 to
// present" runs to the anchor ("period/span-to-date"); "2008/09" covers
// both years ("period/year-pair").
//
// To add a shape: write its phrasings into the corpus test of the rule
// file (calendar_test.go, since_test.go, relative_test.go, span_test.go,
// reporting_test.go; TestNegativeCorpus for what must give nothing), then
// add the rule to the file and, if it starts with a new word, that word
// to triggers in period.go. gold_test.go checks the answer key's period
// texts against their cables' dates when the shared corpus is present.
//
// Mention.Text is the words that gave the period, with their preposition
// ("In 2008", "since January 1"); Lead marks a lead-in that opens a
// sentence or line and is followed by "," or ":" ("In 2008:", "During
// 2009,"), which may govern the sentences after it.
package period
