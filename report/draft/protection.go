package draft

import "github.com/tipx/tipx/model"

// protectionCore are the protection metrics a chapter states every year.
var protectionCore = []model.Metric{model.VictimsIdentified, model.VictimsAssisted, model.VictimsSheltered}

var victims = noun{"victim", "victims"}

// protection holds the clauses of the Protection section ("authorities
// identified 40 victims").
var protection = map[model.Metric]map[model.Unit]template{
	model.VictimsIdentified: {
		model.Persons: {verb: "authorities identified %s", noun: victims},
	},
	model.VictimsReferred: {
		model.Persons: {verb: "authorities referred %s to care", noun: victims},
	},
	model.VictimsAssisted: {
		model.Persons: {verb: "the government assisted %s", noun: victims},
	},
	model.VictimsSheltered: {
		model.Persons: {verb: "shelters housed %s", noun: victims, when: quoteHas("accept"),
			alt: &template{verb: "%s accepted a place in a shelter", noun: victims}},
	},
	model.VictimsRepatriated: {
		model.Persons: {verb: "authorities repatriated %s", noun: victims},
	},
	model.VictimsCompensated: {
		model.Persons: {verb: "compensation was paid to %s", noun: victims},
	},
	model.CompensationAmount: {
		model.MoneyU: {verb: "victims were awarded %s in compensation"},
	},
	model.VictimAllowance: {
		model.MoneyU: {verb: "victims receive an allowance of %s"},
	},
	model.ShelterCapacity: {
		model.Shelters: {verb: "there were %s for victims", noun: noun{"shelter", "shelters"}},
		model.Beds:     {verb: "shelters offered %s", noun: noun{"bed", "beds"}},
		model.Places:   {verb: "shelters offered %s", noun: noun{"place", "places"}},
	},
	model.HotlineCalls: {
		model.Calls: {verb: "the anti-trafficking hotline received %s", noun: noun{"call", "calls"}},
	},
}
