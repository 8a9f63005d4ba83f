package extract

import "testing"

func TestTidy(t *testing.T) {
	tests := []struct{ in, want float64 }{
		{33200000.000000004, 33200000},
		{0.1 + 0.2, 0.3},
		{143666.25, 143666.25},
		{1.5, 1.5},
	}
	for _, tt := range tests {
		if got := tidy(tt.in); got != tt.want {
			t.Errorf("tidy(%v) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestNotAFigure checks numbers that are never figures, whatever their
// context, on sentences that otherwise would give one.
func TestNotAFigure(t *testing.T) {
	for _, s := range []string{
		"He made trafficking his number one campaign issue.",
		"This cable is Part 2 of 2 on trafficking prosecutions.",
		"Police identified two-thirds of the trafficking victims.",
		"The 2005 convictions for trafficking were upheld.",
		"Of these cases, the two above were sentenced for trafficking.",
	} {
		if figs := extractor(t).Cable(sentenceCable(s)); len(figs) != 0 {
			t.Errorf("Cable(%q) = %d figures (%s %v), want none", s, len(figs), figs[0].Metric, figs[0].Value)
		}
	}
}
