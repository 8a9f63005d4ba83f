package quantity

import (
	"strings"

	"golang.org/x/text/currency"
)

// The currency table. A name either fixes its ISO 4217 code ("lari" →
// GEL) or names a family ("pesos", "pounds", "dinars"): a family word
// takes the code of Options.Currency when that code is in the family, and
// the family's default otherwise ("" when the word alone cannot tell the
// country: a bare "pesos" may be Chilean or Mexican).

type family struct {
	codes []string
	def   string
}

var families = map[string]family{
	"dollar":   {[]string{"USD", "LRD", "HKD", "TWD", "CAD", "AUD", "SGD", "JMD", "ZWD", "TTD", "XCD", "GYD", "BZD", "BSD", "BBD", "FJD", "NAD"}, "USD"},
	"pound":    {[]string{"EGP", "GBP", "LBP", "SYP", "SDG", "SSP"}, ""},
	"peso":     {[]string{"ARS", "CLP", "COP", "CUP", "DOP", "MXN", "PHP", "UYU"}, ""},
	"dinar":    {[]string{"BHD", "LYD", "JOD", "KWD", "IQD", "TND", "DZD", "RSD", "MKD"}, ""},
	"rupee":    {[]string{"INR", "PKR", "LKR", "NPR", "MUR", "SCR"}, ""},
	"riyal":    {[]string{"SAR", "QAR", "OMR", "YER", "IRR"}, ""},
	"dirham":   {[]string{"AED", "MAD"}, ""},
	"franc":    {[]string{"XOF", "XAF", "CHF", "RWF", "BIF", "GNF", "CDF", "DJF", "KMF"}, ""},
	"shilling": {[]string{"KES", "UGX", "TZS", "SOS"}, ""},
	"manat":    {[]string{"AZN", "AZM", "TMT"}, "AZN"},
	"krona":    {[]string{"ISK", "SEK"}, "ISK"},
	"krone":    {[]string{"NOK", "DKK"}, ""},
	"lei":      {[]string{"RON", "MDL"}, ""},
	"kwacha":   {[]string{"ZMK", "MWK"}, ""},
	"lira":     {[]string{"TRY", "LBP", "SYP"}, "TRY"},
	"ruble":    {[]string{"RUB", "BYR", "BYN"}, "RUB"},
}

// currencyNames maps lower-case names (longest first within a first word)
// to a code, or to "family:<name>".
var currencyNames = []struct{ name, code string }{
	{"us dollars", "USD"}, {"u.s. dollars", "USD"}, {"us dollar", "USD"}, {"u.s. dollar", "USD"},
	{"american dollars", "USD"}, {"liberian dollars", "LRD"}, {"hong kong dollars", "HKD"},
	{"new taiwan dollars", "TWD"}, {"taiwan dollars", "TWD"}, {"nt dollars", "TWD"},
	{"canadian dollars", "CAD"}, {"australian dollars", "AUD"}, {"singapore dollars", "SGD"},
	{"jamaican dollars", "JMD"}, {"zimbabwe dollars", "ZWD"}, {"zimbabwean dollars", "ZWD"},
	{"east caribbean dollars", "XCD"}, {"ec dollars", "XCD"}, {"guyanese dollars", "GYD"},
	{"guyana dollars", "GYD"}, {"belize dollars", "BZD"}, {"bahamian dollars", "BSD"},
	{"barbados dollars", "BBD"}, {"trinidad and tobago dollars", "TTD"}, {"tt dollars", "TTD"},
	{"dollars", "family:dollar"}, {"dollar", "family:dollar"},
	{"euros", "EUR"}, {"euro", "EUR"},
	{"egyptian pounds", "EGP"}, {"egyptian pound", "EGP"}, {"lebanese pounds", "LBP"},
	{"syrian pounds", "SYP"}, {"sudanese pounds", "SDG"}, {"british pounds", "GBP"},
	{"pounds sterling", "GBP"}, {"pounds", "family:pound"},
	{"chilean pesos", "CLP"}, {"colombian pesos", "COP"}, {"mexican pesos", "MXN"},
	{"philippine pesos", "PHP"}, {"dominican pesos", "DOP"}, {"argentine pesos", "ARS"},
	{"argentinean pesos", "ARS"}, {"uruguayan pesos", "UYU"}, {"cuban pesos", "CUP"},
	{"pesos", "family:peso"},
	{"bahraini dinars", "BHD"}, {"bahraini dinar", "BHD"}, {"libyan dinars", "LYD"},
	{"libyan dinar", "LYD"}, {"jordanian dinars", "JOD"}, {"jordanian dinar", "JOD"},
	{"kuwaiti dinars", "KWD"}, {"kuwaiti dinar", "KWD"}, {"iraqi dinars", "IQD"},
	{"tunisian dinars", "TND"}, {"algerian dinars", "DZD"}, {"serbian dinars", "RSD"},
	{"dinars", "family:dinar"}, {"dinar", "family:dinar"},
	{"indian rupees", "INR"}, {"pakistani rupees", "PKR"}, {"sri lankan rupees", "LKR"},
	{"nepalese rupees", "NPR"}, {"nepali rupees", "NPR"}, {"mauritian rupees", "MUR"},
	{"rupees", "family:rupee"},
	{"saudi riyals", "SAR"}, {"qatari riyals", "QAR"}, {"omani rials", "OMR"}, {"yemeni rials", "YER"},
	{"iranian rials", "IRR"}, {"riyals", "family:riyal"}, {"rials", "family:riyal"},
	{"uae dirhams", "AED"}, {"emirati dirhams", "AED"}, {"moroccan dirhams", "MAD"},
	{"dirhams", "family:dirham"},
	{"cfa francs", "XOF"}, {"swiss francs", "CHF"}, {"rwandan francs", "RWF"}, {"francs", "family:franc"},
	{"kenyan shillings", "KES"}, {"ugandan shillings", "UGX"}, {"tanzanian shillings", "TZS"},
	{"shillings", "family:shilling"},
	{"new manat", "AZN"}, {"old manat", "AZM"}, {"turkmen manat", "TMT"}, {"manat", "family:manat"},
	{"manats", "family:manat"},
	{"icelandic kronur", "ISK"}, {"icelandic krona", "ISK"}, {"kronur", "ISK"}, {"kronas", "ISK"},
	{"krona", "family:krona"}, {"kronor", "SEK"}, {"swedish kronor", "SEK"},
	{"norwegian kroner", "NOK"}, {"danish kroner", "DKK"}, {"kroner", "family:krone"},
	{"moldovan lei", "MDL"}, {"romanian lei", "RON"}, {"lei", "family:lei"},
	{"turkish lira", "TRY"}, {"new turkish lira", "TRY"}, {"lira", "family:lira"}, {"liras", "family:lira"},
	{"belarusian rubles", "BYR"}, {"russian rubles", "RUB"}, {"rubles", "family:ruble"},
	{"roubles", "family:ruble"}, {"rubels", "family:ruble"},
	{"lari", "GEL"}, {"laris", "GEL"}, {"colones", "CRC"}, {"colons", "CRC"}, {"ringgit", "MYR"},
	{"shekels", "ILS"}, {"new israeli shekels", "ILS"}, {"naira", "NGN"}, {"drams", "AMD"},
	{"dram", "AMD"}, {"hryvnia", "UAH"}, {"hryvnias", "UAH"}, {"hryvnya", "UAH"}, {"hryvnas", "UAH"},
	{"reais", "BRL"}, {"brazilian reais", "BRL"}, {"brazilian real", "BRL"}, {"nuevos soles", "PEN"},
	{"soles", "PEN"}, {"yen", "JPY"}, {"yuan", "CNY"}, {"renminbi", "CNY"}, {"south korean won", "KRW"},
	{"baht", "THB"}, {"dong", "VND"}, {"rupiah", "IDR"}, {"taka", "BDT"}, {"leva", "BGN"},
	{"tenge", "KZT"}, {"soms", "KGS"}, {"som", "KGS"}, {"somoni", "TJS"}, {"lempiras", "HNL"},
	{"quetzales", "GTQ"}, {"quetzals", "GTQ"}, {"cordobas", "NIO"}, {"bolivianos", "BOB"},
	{"guaranies", "PYG"}, {"kwacha", "family:kwacha"}, {"cedis", "GHS"}, {"rand", "ZAR"},
	{"birr", "ETB"}, {"forint", "HUF"}, {"forints", "HUF"}, {"zloty", "PLN"}, {"zlotys", "PLN"},
	{"korunas", "CZK"}, {"czech crowns", "CZK"}, {"kuna", "HRK"}, {"kunas", "HRK"}, {"denars", "MKD"},
	{"leke", "ALL"}, {"convertible marks", "BAM"}, {"pula", "BWP"}, {"ariary", "MGA"},
	{"afghanis", "AFN"}, {"kip", "LAK"}, {"kyat", "MMK"}, {"riels", "KHR"}, {"riel", "KHR"},
	{"tugrik", "MNT"}, {"tugriks", "MNT"}, {"rufiyaa", "MVR"}, {"nakfa", "ERN"}, {"leones", "SLL"},
	{"gourdes", "HTG"}, {"balboas", "PAB"}, {"dalasi", "GMD"},
}

// currencyWords are upper-case abbreviations in use besides ISO codes.
var currencyWords = map[string]string{
	"IKR": "ISK", "LE": "EGP", "NIS": "ILS", "RM": "MYR", "KM": "BAM", "YTL": "TRY", "TL": "TRY",
	"AZM": "AZM", "RMB": "CNY", "RS": "family:rupee", "BD": "BHD", "LD": "LYD", "KD": "KWD",
	"SR": "SAR", "QR": "QAR", "DH": "family:dirham", "DHS": "family:dirham", "KSH": "KES",
	"USH": "UGX", "TSH": "TZS", "GHC": "GHS", "NT": "TWD", "BS": "BOB",
}

// mixedCaseOK are abbreviations also written in mixed case ("Rs.").
var mixedCaseOK = map[string]bool{"Rs": true, "Dhs": true, "Ksh": true, "Ush": true, "Tsh": true, "Bs": true}

// notCodes are ISO codes that are also common upper-case words.
var notCodes = map[string]bool{"ALL": true, "TOP": true, "CUP": true, "MOP": true, "BOB": true, "SOS": true, "MAD": true, "TRY": true, "CVE": true}

// isCurrencyWord reports whether the upper-case word w is a currency
// code or abbreviation ("USD", "AZN", "IKR", "LE").
func isCurrencyWord(w string) bool {
	_, ok := codeOfWord(w)
	return ok
}

// codeOfWord returns the code an upper-case abbreviation stands for.
func codeOfWord(w string) (string, bool) {
	if len(w) < 2 || len(w) > 3 || !isUpper(w[0]) {
		return "", false
	}
	if allUpper(w) {
		if c, ok := currencyWords[w]; ok {
			return c, true
		}
	} else if mixedCaseOK[w] {
		return currencyWords[strings.ToUpper(w)], true
	}
	if len(w) != 3 || !allUpper(w) || notCodes[w] {
		return "", false
	}
	if _, err := currency.ParseISO(w); err != nil {
		return "", false
	}
	return w, true
}

// resolve turns a table code ("GEL", "family:peso") into an ISO code,
// using the country's currency for families.
func resolve(code string, opt Options) string {
	name, ok := strings.CutPrefix(code, "family:")
	if !ok {
		return code
	}
	f := families[name]
	for _, c := range f.codes {
		if c == opt.Currency {
			return c
		}
	}
	return f.def
}
