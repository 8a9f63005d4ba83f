package quantity

import "github.com/tipx/tipx/model"

// Kind tells what a quantity measures.
type Kind int

// Kinds of quantity.
const (
	Count    Kind = iota // a bare count: "134", "twenty-eight", "a dozen"
	Amount               // money: "33 AZN", "USD 1.5 million", "$91,000"
	Share                // a percentage: "45 percent", "99%"
	Duration             // a length of time: "8 years", "15 years to life", "six months"
)

// Quantity is one number found in a text, with the words around it that
// qualify it. Offsets are byte offsets into the text given to Find.
type Quantity struct {
	Start, End       int // the whole mention incl. hedge, currency, unit words: "about 50 out of 100"
	NumStart, NumEnd int // the number itself: "50"
	Value            float64
	ValueMax         *float64 // upper end of a range; nil otherwise
	Qualifier        model.Qualifier
	Denominator      *float64 // "50 out of 100", "3 of the 12" → 100, 12
	Kind             Kind
	Money            *model.Money // for Kind Amount: currency, stated USD equivalent, rate
	Unit             model.Unit   // for Duration: years/months/days; for Share: percent; else ""
	Words            bool         // written as words ("twenty-eight", "a dozen")
	Rule             string       // name of the rule that produced it, e.g. "number/digits", "money/iso-after"
}

// Find returns every quantity in text, in order of appearance and without
// overlaps. It never returns years, dates, article or paragraph numbers,
// reference ids, phone numbers, ages used as definitions ("under 18"),
// tiers, or vague quantifiers ("several", "dozens", "hundreds of").
func Find(text string) []Quantity {
	return nil // TODO(neutral layer)
}
