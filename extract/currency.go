package extract

import (
	"strings"
	"sync"

	"golang.org/x/text/currency"
	"golang.org/x/text/language"
	"golang.org/x/text/language/display"
)

var (
	currencyOnce   sync.Once
	currencyByName map[string]string // lower-case English country name → ISO 4217
)

// localCurrency returns the ISO 4217 code of a country's currency, "" when
// the name is unknown. It lets the quantity layer read "5,000 pesos" in a
// Chilean cable as CLP.
func localCurrency(country string) string {
	currencyOnce.Do(func() {
		currencyByName = make(map[string]string)
		names := display.English.Regions()
		for a := 'A'; a <= 'Z'; a++ {
			for b := 'A'; b <= 'Z'; b++ {
				r, err := language.ParseRegion(string([]rune{a, b}))
				if err != nil || !r.IsCountry() {
					continue
				}
				u, ok := currency.FromRegion(r)
				if !ok {
					continue
				}
				if n := names.Name(r); n != "" {
					currencyByName[strings.ToLower(n)] = u.String()
				}
			}
		}
	})
	return currencyByName[strings.ToLower(strings.TrimSpace(country))]
}
