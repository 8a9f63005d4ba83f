package quantity

import "strconv"

// scaleBy multiplies v by a power of ten m in decimal, not in binary
// floating point: "33.2 million" is 33200000, not 33200000.000000004.
func scaleBy(v, m float64) float64 {
	exp := strconv.Itoa(len(strconv.FormatFloat(m, 'f', 0, 64)) - 1)
	t, err := strconv.ParseFloat(strconv.FormatFloat(v, 'g', -1, 64)+"e"+exp, 64)
	if err != nil {
		return v * m
	}
	return t
}
