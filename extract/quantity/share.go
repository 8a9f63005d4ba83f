package quantity

// Share rule names.
const (
	ruleShareSign = "share/percent-sign" // "99%"
	rulePercent   = "share/percent"      // "45 percent", "45 per cent"
	ruleOutOf     = "share/out-of"       // "50 out of 100"
	ruleOfThe     = "share/of-the"       // "3 of the 12", "25 of these 26"
	ruleOf        = "share/of"           // "15 of 20"
	ruleOneIn     = "share/one-in"       // "one in five", "1 in 4"
)

var ofPhrases = []struct{ p, rule string }{
	{"out of a total of", ruleOutOf}, {"out of", ruleOutOf}, {"of the", ruleOfThe},
	{"of these", ruleOfThe}, {"of those", ruleOfThe}, {"of its", ruleOfThe}, {"of their", ruleOfThe},
	{"of a total of", ruleOfThe}, {"of", ruleOf},
}

// denominatorAt finds "out of 100", "of the 12" right after i, followed
// by the numeral b; it returns the rule and whether it matched.
func denominatorAt(s string, i int, a, b number) (string, bool) {
	if a.value == 1 {
		if e, ok := matchAfter(s, i, "in"); ok && skipSpace(s, e) == b.start && b.value > 1 {
			return ruleOneIn, true
		}
	}
	for _, p := range ofPhrases {
		if e, ok := matchAfter(s, i, p.p); ok && skipSpace(s, e) == b.start && skipSpace(s, e)-e <= 1 {
			return p.rule, true
		}
	}
	return "", false
}
