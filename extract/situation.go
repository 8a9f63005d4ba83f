package extract

import (
	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

// situationRules cover estimates of how many victims there are.
var situationRules = []Rule{
	{
		Name: "situation/victims-estimated", Metric: model.VictimsEstimated, Kinds: []quantity.Kind{quantity.Count, quantity.Share},
		Default: model.Persons,
		Triggers: []string{"estimat", "likely", "believed", "may be", "as many as", "affects", "per day",
			"per year", "trafficked", "credible", "possible tip", "victims of trafficking", "were victims", "are victims"},
		Needs:  tipWords,
		Vetoes: []string{"prevent", "at risk", "vulnerable to", "population"},
		Units:  []model.Unit{model.Persons, model.Cases}, Bare: true,
		Window: 14,
		Weak:   1,
	},
}
