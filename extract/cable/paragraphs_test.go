package cable

import (
	"fmt"
	"strings"
	"testing"
)

// synthetic wraps body lines in a minimal telegram header.
func synthetic(body string) []byte {
	return []byte("UNCLAS TESTPOST 000001\n\nE.O. 12958: N/A\nTAGS: PHUM KTIP XX\n" +
		"SUBJECT: A SYNTHETIC TELEGRAM\n\n" + body)
}

// numbers lists "number:first words" for each paragraph.
func numbers(t *testing.T, body string) string {
	t.Helper()
	data := synthetic(body)
	c, err := Parse("09TESTPOST1.txt", data, Options{})
	if err != nil {
		t.Fatal(err)
	}
	checkSpans(t, "synthetic", data, c)
	var out []string
	for _, p := range c.Paragraphs {
		w := strings.Fields(p.Text)
		out = append(out, fmt.Sprintf("%d:%s", p.Number, strings.Join(w[:min(2, len(w))], " ")))
	}
	return strings.Join(out, " | ")
}

func TestParagraphNumbers(t *testing.T) {
	tests := []struct {
		name, body, want string
	}{
		{"marked and bare",
			"1. (U) Alpha beta.\n\n2. Gamma delta.\n\n3. (SBU) Epsilon zeta.\n",
			"1:Alpha beta. | 2:Gamma delta. | 3:Epsilon zeta."},
		{"a list inside a paragraph keeps its number",
			"1. (U) Alpha.\n\n2. (U) The demands are:\n\n1. more shelters;\n\n2. more judges;\n\n3. more funds.\n\n3. (U) Beta.\n",
			"1:Alpha. | 2:The demands | 2:1. more | 2:2. more | 2:3. more | 3:Beta."},
		{"numbered items with a parenthesis never number",
			"4. (U) Alpha:\n1) one;\n2) two.\n\n5. (U) Beta.\n",
			"4:Alpha: 1) | 5:Beta."},
		{"sections keyed to a questionnaire",
			"1. (U) Responses are keyed to paragraph 18.\n\n18A. (SBU) Alpha.\n\nLettered text goes on.\n\n18B. Beta.\n\n19.A. (SBU) Gamma.\n",
			"1:Responses are | 18:Alpha. | 18:Lettered text | 18:Beta. | 19:Gamma."},
		{"lettered sub-items keep the number",
			"6. (C) Alpha:\n\nA. First.\n\nB. Second.\n\n7. (C) Beta.\n",
			"6:Alpha: | 6:A. First. | 6:B. Second. | 7:Beta."},
		{"marking before the number, space before the dot",
			"(C) 1. Alpha.\n\n2 . (U) Beta.\n",
			"1:Alpha. | 2:Beta."},
		{"a marked paragraph glued to the line before",
			"1. (C) Alpha beta gamma delta epsilon zeta eta theta iota kappa. 2. (C) Lambda mu.\n",
			"1:Alpha beta | 2:Lambda mu."},
		{"a cited paragraph is not a glued one",
			"1. (C) Alpha beta gamma delta epsilon zeta eta theta, as in reftel para. 5. (C) Mu nu.\n",
			"1:Alpha beta"},
		{"numbering restarts in a new section",
			"1. (U) Alpha.\n\n2. (U) Beta.\n\nTASK 2\n\n1. (U) Gamma.\n",
			"1:Alpha. | 2:Beta. | 0:TASK 2 | 1:Gamma."},
		{"a bare number far ahead is a quoted document's",
			"1. (U) Alpha.\n\n2. (U) The report says:\n\n42. Beta.\n\n43. Gamma.\n\n3. (U) Delta.\n",
			"1:Alpha. | 2:The report | 2:42. Beta. | 2:43. Gamma. | 3:Delta."},
		{"a blank line inside a sentence",
			"1. (U) The ministry and the\n\nPolice agreed.\n",
			"1:The ministry"},
		{"a number alone on its line",
			"1. (U) Alpha.\n\n2.\nBeta.\n",
			"1:Alpha. | 2:Beta."},
		{"continuation marks at line ends",
			"1. Alpha beta \\\n \\\n2. Gamma. \\\n",
			"1:Alpha beta | 2:Gamma."},
	}
	for _, tt := range tests {
		if got := numbers(t, tt.body); got != tt.want {
			t.Errorf("%s:\n got %s\nwant %s", tt.name, got, tt.want)
		}
	}
}
