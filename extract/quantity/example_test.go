package quantity_test

import (
	"fmt"

	"github.com/tipx/tipx/extract/quantity"
)

func ExampleFind() {
	text := "In 2008 the MIA identified about 50 out of 100 victims and paid a monthly allowance of 33 AZN (40 USD)."
	for _, q := range quantity.Find(text) {
		fmt.Printf("%s %v %s %q %s\n", q.Kind, q.Value, q.Qualifier, text[q.Start:q.End], q.Rule)
		if q.Denominator != nil {
			fmt.Println("  denominator", *q.Denominator)
		}
		if m := q.Money; m != nil {
			fmt.Println("  currency", m.Currency, "usd", *m.USD, "per", m.Per)
		}
	}
	// Output:
	// count 50 approx "about 50 out of 100" hedge/about+share/out-of+number/digits
	//   denominator 100
	// amount 33 exact "33 AZN (40 USD)" money/equivalent+money/iso-after+number/digits
	//   currency AZN usd 40 per month
}

func ExampleFind_range() {
	text := "Trafficking is punishable by 5-10 years in prison; sentences ranged from 6 months to 10 years."
	for _, q := range quantity.Find(text) {
		fmt.Println(q.Kind, q.Value, *q.ValueMax, q.Unit, q.Qualifier)
	}
	// Output:
	// duration 5 10 years range
	// duration 6 120 months range
}

func ExampleFindIn() {
	text := "a fine of 100,000 pesos"
	q := quantity.FindIn(text, quantity.Options{Currency: "CLP"})[0]
	fmt.Println(q.Value, q.Money.Currency)
	// Output:
	// 100000 CLP
}
