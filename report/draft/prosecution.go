package draft

import "github.com/tipx/tipx/model"

// prosecutionCore are the prosecution metrics a chapter states every year:
// without a figure, each is a gap to ask the post about.
var prosecutionCore = []model.Metric{model.Investigations, model.Prosecutions, model.Convictions,
	model.SentenceLength}

var (
	cases    = noun{"case", "cases"}
	suspects = noun{"suspected trafficker", "suspected traffickers"}
	years    = noun{"year", "years"}
)

// prosecution holds the clauses of the Prosecution section, in the
// register of the TIP Report ("authorities investigated 12 cases").
var prosecution = map[model.Metric]map[model.Unit]template{
	model.Investigations: {
		model.Cases:   {verb: "authorities investigated %s", noun: cases},
		model.Persons: {verb: "authorities investigated %s", noun: noun{"suspect", "suspects"}},
	},
	model.Arrests: {
		model.Persons: {verb: "police arrested %s", noun: suspects},
		model.Cases:   {verb: "police made arrests in %s", noun: cases},
	},
	model.Prosecutions: {
		model.Cases: {verb: "authorities prosecuted %s", noun: cases, when: quoteHas("court", "brought"),
			alt: &template{verb: "authorities brought %s to court", noun: cases, when: quoteHas("criminal"),
				alt: &template{verb: "authorities brought %s to court", noun: noun{"criminal case", "criminal cases"}}}},
		model.Persons: {verb: "authorities prosecuted %s", noun: suspects},
	},
	model.Convictions: {
		model.Persons: {verb: "courts convicted %s", noun: noun{"trafficker", "traffickers"}, when: quoteHas("sentenc"),
			alt: &template{verb: "courts sentenced %s", noun: noun{"person", "people"}}},
		model.Cases: {verb: "courts convicted offenders in %s", noun: cases, when: quoteHas("sentenc"),
			alt: &template{verb: "courts handed down sentences in %s", noun: cases}},
	},
	model.Acquittals: {
		model.Persons: {verb: "courts acquitted %s", noun: noun{"defendant", "defendants"}},
		model.Cases:   {verb: "courts closed %s without a conviction", noun: cases},
	},
	model.SentenceLength: {
		model.Years:  {verb: "courts imposed sentences of %s", noun: years},
		model.Months: {verb: "courts imposed sentences of %s", noun: noun{"month", "months"}},
	},
	model.StatutoryPenalty: {
		model.Years:  {verb: "the law prescribes prison terms of %s", noun: years},
		model.Months: {verb: "the law prescribes prison terms of %s", noun: noun{"month", "months"}},
		model.MoneyU: {verb: "the law prescribes fines of %s"},
	},
	model.Raids: {
		model.Events: {verb: "police conducted %s", noun: noun{"raid", "raids"}},
		model.Places: {verb: "police inspected %s", noun: noun{"site", "sites"}},
	},
}
