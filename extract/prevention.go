package extract

import (
	"github.com/tipx/tipx/model"
)

// preventionRules cover awareness activities, training and funding.
var preventionRules = []Rule{
	{
		Name: "prevention/persons-trained", Metric: model.PersonsTrained, Kinds: counts, Default: model.Persons,
		Nouns: []string{"seminar", "workshop", "training", "course", "session"},
		Triggers: []string{"train", "attend", "participat", "participant", "seminar", "workshop", "course", "sensitiz",
			"instruct", "taught", "capacity building", "educate$", "educated", "educating"},
		// vocational or job training is a service to victims, not the
		// training of officials
		Vetoes: []string{"vocational", "job training", "job-training", "employment"},
		Units:  []model.Unit{model.Persons, model.Events, model.Places}, Bare: true,
		Window: 14,
	},
	{
		Name: "prevention/awareness", Metric: model.AwarenessActivities, Kinds: counts, Default: model.Persons,
		Nouns: []string{"campaign", "presentation", "lecture"},
		Triggers: []string{"campaign", "awareness", "outreach", "events", "event", "reached", "visited", "distribut",
			"pamphlet", "brochure", "leaflet", "poster", "aired", "broadcast", "radio", "television", "conference",
			"presentation", "indirectly", "attracted", "attracting", "audience"},
		Vetoes: []string{"hired", "hiring", "hire$", "recruited"},
		Units:  []model.Unit{model.Persons, model.Events, model.Places}, Bare: true,
		Window: 10,
	},
	{
		Name: "prevention/funding", Metric: model.Funding, Kinds: amounts,
		Triggers: []string{"fund", "budget", "allocat", "grant", "spend", "spent", "provid", "assistance",
			"donat", "receive", "invest", "project", "program", "contribut", "financ", "award",
			"support", "pledge", "appropriat", "to combat", "to fight", "gives", "gave$", "give$"},
		Vetoes: []string{"bribe", "salar", "wage", "promis", "earn", "debt", "ransom", "weekly", "fee$", "fees",
			"price", "sell", "sold", "bought", "purchas", "seiz", "gdp", "trade", "import", "export", "revenue", "loan",
			"smuggl", "drug", "narcotic", "trafficker", "pimp", "owed", "owes", "owe$", "bride", "bridal", "dowry", "child labor", "adolescent labor",
			"cash transfer"},
		Window: 14,
		Weak:   1,
	},
}
