package draft

import "github.com/tipx/tipx/model"

// preventionCore are the prevention metrics a chapter states every year.
var preventionCore = []model.Metric{model.AwarenessActivities, model.PersonsTrained}

// prevention holds the clauses of the Prevention section ("authorities
// trained 150 officials"), and of the situation figures that close a draft.
var prevention = map[model.Metric]map[model.Unit]template{
	model.AwarenessActivities: {
		model.Events:  {verb: "authorities held %s", noun: noun{"awareness event", "awareness events"}},
		model.Places:  {verb: "authorities held awareness events in %s", noun: noun{"location", "locations"}},
		model.Persons: {verb: "awareness activities reached %s", noun: noun{"person", "people"}},
	},
	model.PersonsTrained: {
		model.Persons: {verb: "authorities trained %s", noun: noun{"person", "people"}, when: population(model.Officials),
			alt: &template{verb: "authorities trained %s", noun: noun{"official", "officials"}}},
		model.Events: {verb: "authorities held %s", noun: noun{"training session", "training sessions"}},
	},
	model.Funding: {
		model.MoneyU: {verb: "the government allocated %s to anti-trafficking work", when: notGovernment,
			alt: &template{verb: "anti-trafficking work received %s"}},
	},
	model.VictimsEstimated: {
		model.Persons: {verb: "estimates put the number of victims at %s"},
		model.Cases:   {verb: "estimates put the number of trafficking cases at %s"},
	},
}

func notGovernment(f *model.Figure) bool {
	return f.Source != model.Government && f.Source != model.Court && f.Source != ""
}
