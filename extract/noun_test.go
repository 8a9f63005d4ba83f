package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

func TestFindNoun(t *testing.T) {
	tests := []struct {
		in   string // the number is the first word
		noun string
		unit model.Unit
	}{
		{"134 criminal cases to the court", "cases", model.Cases},
		{"two marriage registrars were prosecuted", "registrars", model.Persons},
		{"eight training sessions for officials", "sessions", model.Events},
		{"21 Surinamese men", "men", model.Persons},
		{"11 Indonesians rescued from forced labor", "Indonesians", model.Persons},
		{"two of these centers are for children", "centers", model.Shelters},
		{"60 radio stations", "stations", model.Places},
		{"58 were charged", "", ""},
	}
	for _, tt := range tests {
		ws := splitWords(tt.in, 0)
		n := findNoun(ws, 1)
		if n.Text != tt.noun || n.Unit != tt.unit {
			t.Errorf("findNoun(%q) = %q %q, want %q %q", tt.in, n.Text, n.Unit, tt.noun, tt.unit)
		}
	}
}

func TestUncounted(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"ten different charges under the code", true},
		{"three investigators", true},
		{"20 hrs", true},
		{"10 victims", false},
		{"36 police officers", false},
	}
	for _, tt := range tests {
		if got := uncounted(splitWords(tt.in, 0), 1); got != tt.want {
			t.Errorf("uncounted(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

func TestOneOf(t *testing.T) {
	tests := []struct {
		in   string
		want int // figures
	}{
		{"The VPO set up one of the women with a foundation.", 0},
		{"At least one of the 2005 convictions was related to a trafficking case.", 1},
	}
	x := extractor(t)
	for _, tt := range tests {
		if got := len(x.Cable(sentenceCable(tt.in))); got != tt.want {
			t.Errorf("Cable(%q) gave %d figures, want %d", tt.in, got, tt.want)
		}
	}
}

func TestMatchWord(t *testing.T) {
	tests := []struct {
		w, p string
		want bool
	}{
		{"convicted", "convict", true},
		{"convictions", "convict", true},
		{"prosecutors", "prosecut", false}, // the agent is not the act
		{"investigators", "investigat", false},
		{"men", "men$", true},
		{"mentioned", "men$", false},
		{"tip", "tip", true},
		{"tipped", "tip", false},
	}
	for _, tt := range tests {
		if got := matchWord(tt.w, tt.p); got != tt.want {
			t.Errorf("matchWord(%q, %q) = %v, want %v", tt.w, tt.p, got, tt.want)
		}
	}
}

func TestIsAge(t *testing.T) {
	tests := []struct {
		in   string
		i, j int // the duration's words
		want bool
	}{
		{"if the victim is below 21 years of age", 5, 7, true},
		{"the minimum age for prostitution is 18 years", 6, 8, true},
		{"punishable by up to eight years in prison", 2, 6, false},
		{"If the victim is below 21 years of age the imprisonment should be at least one year", 13, 17, false},
	}
	for _, tt := range tests {
		if got := isAge(splitWords(tt.in, 0), tt.i, tt.j); got != tt.want {
			t.Errorf("isAge(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
