package quantity

import (
	"fmt"
	"strconv"
	"strings"
	"testing"
)

// value writes the typed value of q compactly: `approx 50/100 count`,
// `range 2-5 duration years`, `exact 33 amount AZN usd=40 per=month`.
func value(q Quantity) string {
	var b strings.Builder
	b.WriteString(string(q.Qualifier))
	b.WriteByte(' ')
	b.WriteString(num(q.Value))
	if q.ValueMax != nil {
		b.WriteString("-" + num(*q.ValueMax))
	}
	if q.Denominator != nil {
		b.WriteString("/" + num(*q.Denominator))
	}
	b.WriteString(" " + q.Kind.String())
	if q.Unit != "" && q.Kind != Amount {
		b.WriteString(" " + string(q.Unit))
	}
	if m := q.Money; m != nil {
		if m.Currency == "" {
			b.WriteString(" ?")
		} else {
			b.WriteString(" " + m.Currency)
		}
		if m.USD != nil {
			b.WriteString(" usd=" + num(*m.USD))
		}
		if m.Per != "" {
			b.WriteString(" per=" + string(m.Per))
		}
	}
	return b.String()
}

// describe is value plus the words the offsets cover.
func describe(text string, q Quantity) string {
	return fmt.Sprintf("%s %q num=%q", value(q), text[q.Start:q.End], text[q.NumStart:q.NumEnd])
}

func num(v float64) string { return strconv.FormatFloat(v, 'f', -1, 64) }

func describeAll(text string, qs []Quantity) string {
	var parts []string
	for _, q := range qs {
		parts = append(parts, describe(text, q))
	}
	return strings.Join(parts, "; ")
}

func valuesOf(qs []Quantity) string {
	var parts []string
	for _, q := range qs {
		parts = append(parts, value(q))
	}
	return strings.Join(parts, "; ")
}

// corpus is one expected value (several quantities joined by "; ") and
// the phrasings that must give it.
type corpus struct {
	want    string
	phrases []string
}

func runCorpus(t *testing.T, cs []corpus) {
	t.Helper()
	for _, c := range cs {
		for _, p := range c.phrases {
			if got := valuesOf(Find(p)); got != c.want {
				t.Errorf("Find(%q) = %s, want %s", p, got, c.want)
			}
		}
	}
}

// runNegative checks that every phrase gives nothing.
func runNegative(t *testing.T, phrases []string) {
	t.Helper()
	for _, p := range phrases {
		if got := Find(p); len(got) != 0 {
			t.Errorf("Find(%q) = %s, want nothing", p, describeAll(p, got))
		}
	}
}

// TestOffsets checks what Start/End and NumStart/NumEnd cover.
func TestOffsets(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"The MIA registered 134 criminal cases.", `exact 134 count "134" num="134"`},
		{"about 50 out of 100 victims accept", `approx 50/100 count "about 50 out of 100" num="50"`},
		{"was awarded IKR 4.7 million (US $70,890) in back wages", `exact 4700000 amount ISK usd=70890 "IKR 4.7 million (US $70,890)" num="4.7 million"`},
		{"a fine between 100 LE and 300 LE (USD 18-55)", `range 100-300 amount EGP usd=18 "between 100 LE and 300 LE (USD 18-55)" num="100 LE and 300"`},
		{"punishable by up to eight years in prison", `at_most 8 duration years "up to eight years" num="eight"`},
		{"a 4-10 year prison term", `range 4-10 duration years "4-10 year" num="4-10"`},
		{"Twenty-nine of the 35 minors", `exact 29/35 count "Twenty-nine of the 35" num="Twenty-nine"`},
		{"nearly $2 million in assistance", `approx 2000000 amount USD "nearly $2 million" num="2 million"`},
		{"about USD 150,000/year to run", `approx 150000 amount USD per=year "about USD 150,000/year" num="150,000"`},
		{"approximately 60 percent of trafficking", `approx 60 share percent "approximately 60 percent" num="60"`},
		{"sentenced to 15 years to life", `at_least 15 duration years "15 years to life" num="15"`},
		{"café: 7 victims", `exact 7 count "7" num="7"`},
	} {
		if got := describeAll(c.in, Find(c.in)); got != c.want {
			t.Errorf("Find(%q) = %s, want %s", c.in, got, c.want)
		}
	}
}

// TestRules checks the rule names that travel into the records.
func TestRules(t *testing.T) {
	for _, c := range []struct{ in, want string }{
		{"134 cases", "number/digits"},
		{"twenty-eight", "number/words"},
		{"1.2 million", "number/digits-scale"},
		{"about 50", "hedge/about+number/digits"},
		{"33 AZN", "money/iso-after+number/digits"},
		{"USD 27", "money/iso-before+number/digits"},
		{"$91,000", "money/symbol+number/digits"},
		{"500 manat", "money/name-after+number/digits"},
		{"50 out of 100", "share/out-of+number/digits"},
		{"45 percent", "share/percent+number/digits"},
		{"99%", "share/percent-sign+number/digits"},
		{"7-12", "range/dash+number/digits"},
		{"between 7 and 12", "range/between+number/digits"},
		{"8 years", "duration/unit+number/digits"},
		{"15 years to life", "duration/to-life+number/digits"},
		{"at least one year and at most five years", "range/bounds+hedge/at-least+duration/unit+number/words"},
	} {
		qs := Find(c.in)
		if len(qs) != 1 || qs[0].Rule != c.want {
			t.Errorf("Find(%q) = %s, want one quantity with rule %s", c.in, describeAll(c.in, qs), c.want)
			continue
		}
	}
}
