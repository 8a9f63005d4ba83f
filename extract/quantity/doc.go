// Package quantity is the metric-neutral layer of tipx's extraction: it
// finds every number in a sentence with the words that qualify it, and
// says nothing about what the number counts. Rules per metric (package
// rules) decide which quantities are TIP figures.
//
// It is built like Duckling, in layers that consume each other's tokens:
//
//  1. number.go reads numerals: digits with thousands separators and
//     decimals ("1,200", "2.5"), a scale word ("1.2 million", "11
//     thousand"), and number words ("twenty-eight", "one hundred and five",
//     "a dozen", "one-half").
//  2. negative.go and shape.go drop numerals that are no quantities: years,
//     dates, article, paragraph and list numbers, reference ids, phone
//     numbers, ages used as definitions, tiers, times. Vague quantifiers
//     ("a few", "several", "dozens", "hundreds of") are never read as
//     numerals in the first place.
//  3. rangeq.go joins two numerals into a range ("7-12", "between 7 and
//     12", "two to five years", "three-to-six") and a stated USD equivalent
//     into an amount ("33 AZN (40 USD)").
//  4. money.go, share.go and duration.go give a numeral its kind from the
//     words after or before it: a currency (currency.go holds the table of
//     ISO codes, symbols and names), a percent sign, a time unit, or a
//     denominator ("50 out of 100").
//  5. hedge.go reads the qualifier: about, at least, more than, up to,
//     fewer than ... and "or more" after.
//
// build.go runs the layers 3 to 5 on each numeral. Each produced Quantity
// names the rules that built it in Rule, outermost first:
// "hedge/about+money/iso-after+number/digits".
//
// To add a phrasing: write it into the corpus of its layer first
// (number_test.go, negative_test.go, hedge_test.go, share_test.go,
// money_test.go, duration_test.go: one expected value, many phrasings;
// a negative list for what must give nothing), see it fail, then extend
// the table or rule of that layer (a currency name goes into currency.go,
// a hedge phrase into hedge.go). Keep rules general: the corpus is
// measured on held-out cables. gold_test.go measures the whole layer on
// the answer key's quotes when the shared corpus is present.
//
// Years: a bare four-digit numeral 1900-2099 is a year ("in 2008", "the
// 2009 TIP Report") unless a count noun or a currency goes with it ("2000
// victims", "$2000"); written with a separator ("2,008 victims") it is a
// count. A year after a determiner ("the 2005 convictions") is always a
// year.
//
// Durations that are part of a period ("the past two years", "the first 9
// months of 2005") are left to package period. Weeks are given in days
// ("two weeks" → 14 days); hours and minutes are dropped. "15 years to
// life" is at least 15 years; "life imprisonment" has no number.
//
// Offsets are byte offsets into the text: Start and End cover the whole
// mention, NumStart and NumEnd the numeral (for a range, from the first
// numeral to the last). Find allocates little and uses no regular
// expressions: it scans bytes once and looks at the words around each
// numeral.
package quantity
