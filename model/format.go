package model

import "strconv"

func itoa(i int) string { return strconv.Itoa(i) }

func ftoa(v float64) string { return strconv.FormatFloat(v, 'f', 6, 64) }

// FormatValue writes a figure's value as an analyst reads it: the qualifier
// sign, the number (or range) and, for money, the currency ("≈50",
// "7–12", "33 AZN").
func (f *Figure) FormatValue() string {
	s := f.Qualifier.Symbol() + FormatNumber(f.Value)
	if f.ValueMax != nil {
		s = FormatNumber(f.Value) + "–" + FormatNumber(*f.ValueMax)
	}
	if f.Denominator != nil {
		s += " of " + FormatNumber(*f.Denominator)
	}
	if f.Unit == MoneyU && f.Currency != "" {
		s += " " + f.Currency
	}
	if f.Unit == Percent {
		s += "%"
	}
	return s
}

// FormatNumber writes v without trailing zeros and with thousands
// separators for whole numbers (1200 → "1,200", 1.5 → "1.5").
func FormatNumber(v float64) string {
	if v == float64(int64(v)) && v < 1e15 && v > -1e15 {
		s := strconv.FormatInt(int64(v), 10)
		neg := false
		if s[0] == '-' {
			neg, s = true, s[1:]
		}
		var out []byte
		for i := range len(s) {
			if i > 0 && (len(s)-i)%3 == 0 {
				out = append(out, ',')
			}
			out = append(out, s[i])
		}
		if neg {
			return "-" + string(out)
		}
		return string(out)
	}
	return strconv.FormatFloat(v, 'f', -1, 64)
}
