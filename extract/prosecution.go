package extract

import (
	"github.com/tipx/tipx/extract/quantity"
	"github.com/tipx/tipx/model"
)

var (
	counts    = []quantity.Kind{quantity.Count}
	durations = []quantity.Kind{quantity.Duration}
	amounts   = []quantity.Kind{quantity.Amount}
	shares    = []quantity.Kind{quantity.Share}
)

// lawWords mark a penalty that a law provides rather than one a court imposed.
var lawWords = []string{
	"punish", "penalt", "sanction", "shall", "can be", "could be", "may be", "will be", "would be",
	"face$", "faces", "facing", "maximum", "minimum", "article", "law$", "laws", "code$", "statute",
	"provide", "prescrib", "impose", "establish", "range$", "ranges", "suspension", "increased",
	"crime$", "criminaliz", "prohibit", "section", "stringent", "legislation", "carrying", "carries",
}

// suspectWords name persons as suspects of trafficking: arrested women or
// children are suspects only when the sentence says so.
var suspectWords = []string{"suspect", "accused", "alleged", "traffick", "pimp", "recruit", "madam", "charged",
	"exploit", "forc", "sold", "selling"}

// prosecutionRules cover investigations, arrests, prosecutions,
// convictions, acquittals, sentences and penalties, and raids.
var prosecutionRules = []Rule{
	{
		Name: "prosecution/investigations", Metric: model.Investigations, Kinds: counts, Default: model.Cases,
		Nouns:    []string{"investigation", "probe"},
		Triggers: []string{"investigat", "opened", "open$", "pending", "underway", "under way", "cases dealt", "cases received", "pursuing"},
		Units:    []model.Unit{model.Cases, model.Persons}, Bare: true, NotOfficials: true,
		NotVictims: true,
	},
	{
		Name: "prosecution/arrests", Metric: model.Arrests, Kinds: counts, Default: model.Persons,
		Nouns:    []string{"arrest"},
		Triggers: []string{"arrest", "detain", "apprehend", "detention", "in custody", "in jail", "behind bars"},
		Units:    []model.Unit{model.Persons}, Bare: true,
		NotVictims: true,
	},
	{
		Name: "prosecution/prosecutions", Metric: model.Prosecutions, Kinds: counts, Default: model.Cases,
		Nouns: []string{"prosecution", "indictment", "trial$", "trials"},
		Triggers: []string{"prosecut", "charged", "charges", "indict", "to court", "to the court", "to a court",
			"to trial", "for trial", "went to trial", "before the court", "criminal proceedings", "on trial", "brought",
			"forwarded", "trial$", "trials"},
		Vetoes: []string{"successfully", "brought together"},
		Units:  []model.Unit{model.Persons, model.Cases}, Bare: true,
		NotVictims: true,
	},
	{
		Name: "prosecution/convictions", Metric: model.Convictions, Kinds: counts, Default: model.Cases,
		Nouns: []string{"conviction"},
		Triggers: []string{"convict", "found guilty", "sentenced", "sentencing", "successfully prosecuted",
			"sentences imposed", "sentence imposed", "sentences handed down"},
		Units: []model.Unit{model.Persons, model.Cases}, Bare: true,
		Window:     10,
		NotVictims: true,
	},
	{
		Name: "prosecution/acquittals", Metric: model.Acquittals, Kinds: counts, Default: model.Cases,
		Nouns:      []string{"acquittal"},
		Triggers:   []string{"acquit", "dismissed", "exonerat", "absolved"},
		Window:     8,
		NotVictims: true,
	},
	{
		Name: "prosecution/sentence-imposed", Metric: model.SentenceLength, Kinds: durations,
		Triggers: []string{"sentenced", "sentence", "jail", "prison", "imprison"},
		Vetoes:   lawWords,
		Plain:    true,
	},
	{
		// sentences that courts handed down, stated as a bound ("received
		// sentences up to 10 years", "sentences ranging from fines to 30
		// months") are sentences imposed, not penalties a law provides.
		Name: "prosecution/sentences-received", Metric: model.SentenceLength, Kinds: durations,
		Triggers: []string{"received sentences", "received", "were sentenced", "was sentenced", "sentences ranging",
			"handed down", "served"},
		Vetoes: lawWords,
		Hedged: true, Weak: -1,
	},
	{
		// a bounded prison term ("up to eight years", "two to five years") is
		// what a law provides: courts impose one term.
		Name: "prosecution/penalty-bounds", Metric: model.StatutoryPenalty, Kinds: durations,
		Triggers: []string{"prison", "imprison", "jail", "sentence", "penalt", "punish", "term$", "incarcerat"},
		Vetoes: []string{"project", "program", "education", "school", "study", "studies", "visa", "residen",
			"military", "armed forces", "recruit", "enlist", "marry", "consent"},
		Hedged: true,
		Units:  []model.Unit{model.Years, model.Months},
	},
	{
		Name: "prosecution/statutory-penalty", Metric: model.StatutoryPenalty, Kinds: durations,
		Triggers: lawWords,
		Vetoes: []string{"project", "program", "visa", "contract", "permit", "residen", "stay", "education", "school",
			"military", "armed forces", "recruit", "enlist", "marry", "consent", "debt"},
		Units: []model.Unit{model.Years, model.Months},
	},
	{
		Name: "prosecution/statutory-fine", Metric: model.StatutoryPenalty, Kinds: amounts,
		Triggers: []string{"fine$", "fines", "fined", "punish", "penalt"},
		Window:   8,
	},
	{
		Name: "prosecution/raids", Metric: model.Raids, Kinds: counts, Default: model.Events,
		Nouns:    []string{"raid", "inspection"},
		Triggers: []string{"raid", "busted", "inspect"},
		Units:    []model.Unit{model.Events, model.Places}, Bare: true,
		Window: 8,
	},
}
