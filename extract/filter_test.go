package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

func TestRelevant(t *testing.T) {
	tests := []struct {
		c    model.Cable
		want bool
	}{
		{model.Cable{Tags: []string{"KTIP"}}, true},
		{model.Cable{Subject: "COSTA RICA 2005 TIP REPORT"}, true},
		{model.Cable{Subject: "MAHALLA RIOTS: ISOLATED INCIDENT OR TIP OF AN ICEBERG?"}, false},
		{model.Cable{Subject: "DRUG TRAFFICKING ON THE RISE IN KENYA"}, false},
		{model.Cable{Subject: "NEW CABINET", Paragraphs: []model.Paragraph{{Text: "Victims of trafficking were found."}}}, true},
		{model.Cable{Subject: "MULTIPLE STIPENDS"}, false},
	}
	for _, tt := range tests {
		if got, why := Relevant(&tt.c); got != tt.want {
			t.Errorf("Relevant(%q) = %v (%s), want %v", tt.c.Subject, got, why, tt.want)
		}
	}
}

func TestAboutTIP(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"Police rescued 12 victims of trafficking.", true},
		{"The TIP unit opened 4 cases.", true},
		{"Drug trafficking rose by 40 percent.", false},
		{"Drug trafficking rose, and 3 victims of sexual exploitation were found.", true},
		{"Child labor fell to 5 percent.", false},
	}
	for _, tt := range tests {
		if got := aboutTIP(tt.in); got != tt.want {
			t.Errorf("aboutTIP(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}

// TestUnfocusedCable checks that a cable whose subject is not TIP gives
// figures only from paragraphs that speak of trafficking.
func TestUnfocusedCable(t *testing.T) {
	c := &model.Cable{
		ID: "TEST2", Country: "Costa Rica", Created: anchor, Tags: []string{"KTIP"},
		Subject: "2008 WORST FORMS OF CHILD LABOR REPORT",
		Paragraphs: []model.Paragraph{
			{Number: 1, Text: "The ministry trained 300 labor inspectors on child labor."},
			{Number: 2, Text: "The police trained 40 officers on sexual exploitation of minors."},
			{Number: 3, Text: "Child labor is most prevalent in rural areas."},
			{Number: 4, Text: "The education ministry runs a subsidy program."},
			{Number: 5, Text: "Working adolescents may work no more than six hours a day."},
		},
	}
	figs := extractor(t).Cable(c)
	if len(figs) != 1 || figs[0].Value != 40 || figs[0].Paragraph != 2 {
		t.Errorf("Cable(unfocused) = %v, want one figure, 40 persons trained in paragraph 2", figs)
	}
}

func TestQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want bool
	}{
		{"How many victims were identified?", true},
		{"What was the number of prosecutions?\"", true},
		{"Police identified 20 victims.", false},
		{"Article 172 states ?Whoever ... shall be punished with six years.?", false},
	}
	for _, tt := range tests {
		if got := question(tt.in); got != tt.want {
			t.Errorf("question(%q) = %v, want %v", tt.in, got, tt.want)
		}
	}
}
