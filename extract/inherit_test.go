package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

// TestRelations checks the figures that take their metric or parent from
// another figure: comparisons, coordination, lists and parts.
func TestRelations(t *testing.T) {
	tests := []struct {
		in   string
		want []string // "metric unit value part-of-id"
	}{
		{"There were 63 prosecutions, up from 25 last year.",
			[]string{"prosecutions cases 63 0", "prosecutions cases 25 0"}},
		{"Police found seven underage girls and eight undocumented women working in the brothels.",
			[]string{"victims_identified persons 7 0", "victims_identified persons 8 0"}},
		{"During 2009 the courts handed down 42 convictions: eight in cases of child sex tourism and 26 in cases of cross-border trafficking.",
			[]string{"convictions cases 42 0", "convictions cases 8 1", "convictions cases 26 1"}},
		{"The unit opened 134 criminal cases. Of these, 58 were charged with TIP.",
			[]string{"investigations cases 134 0", "prosecutions cases 58 1"}},
		{"Victims are housed in one of 14 SENAME walk-in centers.",
			[]string{"shelter_capacity shelters 14 0"}},
		{"The court sentenced one trafficker to life and the other to fifteen years in prison.",
			[]string{"sentence_length years 15 0"}},
		{"As part of an investigation into under-age marriages, an additional 21 registrars - suspected of recording over 800 such marriages - had been arrested.",
			[]string{"arrests persons 21 0"}},
		{"The GOC has 49 investigations underway (34 under the old system and 15 under the new accusatory system).",
			[]string{"investigations cases 49 0", "investigations cases 34 1", "investigations cases 15 1"}},
	}
	x := extractor(t)
	for _, tt := range tests {
		var got []string
		for _, f := range x.Cable(sentenceCable(tt.in)) {
			got = append(got, string(f.Metric)+" "+string(f.Unit)+" "+model.FormatNumber(f.Value)+" "+model.FormatNumber(float64(f.SubsetOf)))
		}
		if !equalStrings(got, tt.want) {
			t.Errorf("Cable(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func equalStrings(a, b []string) bool {
	if len(a) != len(b) {
		return false
	}
	for i := range a {
		if a[i] != b[i] {
			return false
		}
	}
	return true
}
