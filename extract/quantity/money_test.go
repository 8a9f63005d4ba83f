package quantity

import "testing"

func TestMoneyCorpus(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 33 amount AZN usd=40", []string{"33 AZN (40 USD)", "33 AZN (USD 40)", "33 manat (40 USD)", "33 new manat ($40)", "AZN 33 (about $40)", "33 AZN (approximately USD 40)", "33 AZN (approximatly USD 40)"}},
		{"exact 33 amount AZN usd=40 per=month", []string{"the monthly allowance of 33 AZN (40 USD)", "33 AZN (40 USD) per month", "33 AZN (40 USD) a month", "33 AZN (40 USD) monthly"}},
		{"exact 91000 amount USD", []string{"$91,000", "USD 91,000", "US$91,000", "US $91,000", "U.S. $91,000", "91,000 USD", "91,000 US dollars", "91,000 dollars", "$ 91,000"}},
		{"exact 1500000 amount USD", []string{"USD 1.5 million", "$1.5 million", "1.5 million US dollars", "US$ 1.5 million", "$1.5m", "USD 1.5mn", "$1,500k"}},
		{"exact 2000000000 amount USD", []string{"$2bn", "$2 billion", "USD 2 billion", "$2BN", "$2B"}},
		{"exact 2700000 amount USD", []string{"$2.7M", "$2.7m", "USD 2.7M"}},
		{"exact 5000 amount EUR", []string{"5,000 euros", "EUR 5,000", "€5,000", "5,000 EUR"}},
		{"exact 200 amount GEL", []string{"200 lari", "GEL 200", "200 GEL"}},
		{"exact 500000 amount CRC", []string{"500,000 colones", "CRC 500,000"}},
		{"exact 1000 amount MYR", []string{"1,000 ringgit", "RM 1,000", "MYR 1,000"}},
		{"exact 4700000 amount ISK usd=70890", []string{"IKR 4.7 million (US $70,890)", "ISK 4.7 million ($70,890)", "4.7 million kronur (USD 70,890)", "4.7 million ISK ($70,890)"}},
		{"exact 33200000 amount ISK", []string{"IKR 33.2 million", "ISK 33.2 million", "33.2 million kronur"}},
		{"exact 1000 amount EGP", []string{"1,000 Egyptian pounds", "LE 1,000", "1,000 LE", "EGP 1,000", "1,000 EGP"}},
		{"exact 200000 amount EGP usd=36000", []string{"LE 200,000 ($36,000)", "200,000 Egyptian pounds (USD 36,000)"}},
		{"at_most 200000 amount EGP usd=36000", []string{"fined up to LE 200,000 ($36,000)"}},
		{"range 50000-200000 amount EGP usd=9000", []string{
			"50,000-200,000 Egyptian pounds (USD 9,000-36,000)",
			"a fine no less than 50,000 LE and not more than 200,000 LE. (USD 9,000-36,000)",
			"between 50,000 LE and 200,000 LE (USD 9,000-36,000)",
		}},
		{"exact 100 amount BHD", []string{"100 Bahraini dinars", "BHD 100", "BD 100"}},
		{"exact 100 amount LYD", []string{"100 Libyan dinars", "LYD 100"}},
		{"exact 5000 amount ILS", []string{"5,000 shekels", "NIS 5,000", "ILS 5,000", "₪5,000"}},
		{"exact 5000 amount INR", []string{"5,000 Indian rupees", "INR 5,000", "₹5,000"}},
		{"exact 5000 amount NGN", []string{"5,000 naira", "NGN 5,000", "₦5,000"}},
		{"exact 5000 amount SAR", []string{"5,000 Saudi riyals", "SAR 5,000", "SR 5,000"}},
		{"exact 5000 amount AMD", []string{"5,000 drams", "AMD 5,000"}},
		{"exact 5000 amount UAH", []string{"5,000 hryvnia", "UAH 5,000"}},
		{"exact 5000 amount RUB", []string{"5,000 rubles", "RUB 5,000", "5,000 roubles"}},
		{"exact 5000 amount BRL", []string{"5,000 reais", "R$5,000", "BRL 5,000"}},
		{"exact 5000 amount PEN", []string{"5,000 soles", "5,000 nuevos soles", "PEN 5,000", "S/. 5,000"}},
		{"exact 5000 amount CLP", []string{"5,000 Chilean pesos", "CLP 5,000"}},
		{"exact 5000 amount GBP", []string{"£5,000", "5,000 pounds sterling", "GBP 5,000"}},
		{"exact 5000 amount AZM", []string{"5,000 AZM", "AZM 5,000"}},
		{"exact 5000 amount ?", []string{"5,000 pesos", "5,000 dinars", "5,000 rupees"}},
		{"exact 27 amount USD", []string{"a one-time payment of USD 27"}},
		{"approx 27 amount USD", []string{"a one-time payment of approximately USD 27", "about $27"}},
		{"approx 150000 amount USD per=year", []string{"about USD 150,000/year", "about $150,000 per year", "about $150,000 annually", "an annual grant of about $150,000"}},
		{"exact 1500 amount USD per=week", []string{"a USD 1,500 weekly salary", "USD 1,500 a week"}},
		{"exact 30900000 amount ISK usd=461000 per=year", []string{"The state budget annually allocates IKR 30.9 million (US $461,000)"}},
	})
}

func TestMoneyOptions(t *testing.T) {
	for _, c := range []struct{ in, cur, want string }{
		{"5,000 pesos", "CLP", "CLP"},
		{"5,000 pesos", "MXN", "MXN"},
		{"5,000 pesos", "EUR", ""},
		{"5,000 pounds", "EGP", "EGP"},
		{"100 dinars", "BHD", "BHD"},
		{"100 dinars", "LYD", "LYD"},
		{"100 dollars", "LRD", "LRD"},
		{"100 dollars", "", "USD"},
		{"$100", "LRD", "USD"},
		{"100 manat", "TMT", "TMT"},
		{"100 manat", "", "AZN"},
	} {
		qs := FindIn(c.in, Options{Currency: c.cur})
		if len(qs) != 1 || qs[0].Money == nil || qs[0].Money.Currency != c.want {
			t.Errorf("FindIn(%q, %s) = %s, want currency %q", c.in, c.cur, describeAll(c.in, qs), c.want)
		}
	}
}

func TestMoneyNegative(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"ALL 5 victims", "exact 5 count"},
		{"A $5 fee", "exact 5 amount USD"},
		{"5 real victims", "exact 5 count"},
		{"the 101 hotline (USD)", ""},
	} {
		if got := valuesOf(Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

func TestMoneyLocalEquivalent(t *testing.T) {
	runCorpus(t, []corpus{
		{"exact 40 amount USD", []string{"$40 (33 AZN)", "USD 40 (about 33 manat)"}},
		{"exact 91000 amount USD per=month", []string{"$91,000 (CRC 50 million) per month"}},
	})
}
