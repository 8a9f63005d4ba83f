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

// String names the kind: "count", "amount", "share", "duration".
func (k Kind) String() string {
	switch k {
	case Count:
		return "count"
	case Amount:
		return "amount"
	case Share:
		return "share"
	case Duration:
		return "duration"
	}
	return "kind(?)"
}

// Quantity is one number found in a text, with the words around it that
// qualify it. Offsets are byte offsets into the text given to Find.
type Quantity struct {
	Start, End       int // the whole mention incl. hedge, currency, unit words: "about 50 out of 100"
	NumStart, NumEnd int // the number itself: "50" (for a range, "7-12" from the first digit to the last)
	Value            float64
	ValueMax         *float64 // upper end of a range; nil otherwise
	Qualifier        model.Qualifier
	Denominator      *float64 // "50 out of 100", "3 of the 12" → 100, 12
	Kind             Kind
	Money            *model.Money // for Kind Amount: currency, stated USD equivalent, rate
	Unit             model.Unit   // for Duration: years/months/days; for Share: percent; for Amount: money; else ""
	Words            bool         // written as words ("twenty-eight", "a dozen")
	// Rule names the rules that produced it, outermost first, joined by
	// "+": "hedge/about+money/iso-after+number/digits".
	Rule string
	// Per is the rate of an amount ("monthly", "per month", "/year"); it
	// equals Money.Per for amounts.
	Per model.Per
}

// Options tune Find for one cable.
type Options struct {
	// Currency is the ISO 4217 code of the country's currency. It resolves
	// words that name a family of currencies ("pesos", "pounds", "dinars",
	// "rupees"): "5,000 pesos" is CLP when Currency is "CLP". A family word
	// that Currency does not resolve gets the family's default ("dollars"
	// USD, "manat" AZN, "krona" ISK) or "" when the word cannot tell.
	Currency string
}

// Find returns every quantity in text, in order of appearance and without
// overlaps. It never returns years, dates, article or paragraph numbers,
// reference ids, phone numbers, ages used as definitions ("under 18"),
// tiers, or vague quantifiers ("several", "dozens", "hundreds of").
func Find(text string) []Quantity {
	return FindIn(text, Options{})
}

// FindIn is Find with the country's options.
func FindIn(text string, opt Options) []Quantity {
	all := scanNumbers(text)
	if len(all) == 0 {
		return nil
	}
	why := dropNegatives(text, all)
	nums := all[:0:0]
	for k, n := range all {
		if why[k] == keep {
			nums = append(nums, n)
		}
	}
	var out []Quantity
	for i := 0; i < len(nums); {
		floor := 0
		if len(out) > 0 {
			floor = out[len(out)-1].End
		}
		q, used, ok := build(text, nums, i, floor, opt)
		if ok {
			out = append(out, q)
		}
		i += used
	}
	return joinBounds(text, out)
}
