package extract

import (
	"github.com/tipx/tipx/model"
)

// preventionRules cover awareness activities, training and funding.
var preventionRules = []Rule{
	{
		Name: "prevention/persons-trained", Metric: model.PersonsTrained, Kinds: counts, Default: model.Persons,
		Nouns: []string{"seminar", "workshop", "training", "course", "session"},
		Triggers: []string{"train", "attend", "participat", "seminar", "workshop", "course", "sensitiz",
			"instruct", "taught", "capacity building", "educated"},
		Units: []model.Unit{model.Persons, model.Events, model.Places}, Bare: true,
		Window: 14,
	},
	{
		Name: "prevention/awareness", Metric: model.AwarenessActivities, Kinds: counts, Default: model.Persons,
		Nouns: []string{"campaign", "presentation", "lecture"},
		Triggers: []string{"campaign", "awareness", "outreach", "events", "event", "reached", "visited", "distribut",
			"pamphlet", "brochure", "leaflet", "poster", "aired", "broadcast", "radio", "television", "conference",
			"presentation", "indirectly"},
		Units: []model.Unit{model.Persons, model.Events, model.Places}, Bare: true,
		Window: 10,
	},
	{
		Name: "prevention/funding", Metric: model.Funding, Kinds: amounts,
		Triggers: []string{"fund", "budget", "allocat", "grant", "spend", "spent", "provid", "assistance",
			"donat", "receive", "invest", "project", "program", "contribut", "financ", "award",
			"support", "pledge"},
		Vetoes: []string{"bribe", "salar", "wage", "promis", "earn", "debt", "ransom", "weekly", "fee$", "fees",
			"price", "sell", "sold", "bought", "purchas", "seiz", "gdp", "trade", "import", "export", "revenue", "loan",
			"smuggl", "drug", "narcotic"},
		Window: 14,
		Weak:   1,
	},
}
