package extract

import (
	"strings"

	"github.com/tipx/tipx/model"
)

// tipWords say that persons in a sentence are trafficking victims.
var tipWords = []string{
	"traffick", "victim", "exploit", "forced", "servitude", "slave", "enslav", "TIP",
}

// genericPersons name persons without saying they are victims: a
// protection figure counting them needs TIP words in its sentence.
var genericPersons = []string{"people", "persons$", "individual", "worker", "national", "citizen", "migrant"}

// tipSentence reports whether a sentence speaks of trafficking or its
// victims.
func tipSentence(text string) bool {
	return hasTIPAcronym(text) || containsAny(strings.ToLower(text), victimContext)
}

// victimContext are the words that make persons victims.
var victimContext = []string{"traffick", "victim", "exploit", "forced", "servitude", "slave", "prostitut",
	"brothel", "sexual", "abuse", "rescued", "survivor"}

// victimNouns are the counted nouns that victims are named by.
var victimNouns = []string{
	"victim", "girl", "boy", "women", "woman", "children", "child", "minor", "adolescent", "men$",
	"person", "people", "individual", "worker", "foreigner", "national", "teen", "juvenile", "maid",
	"laborer", "survivor",
}

// protectionRules cover victims identified, referred, assisted, sheltered,
// repatriated and compensated, money paid to victims, shelters and hotlines.
var protectionRules = []Rule{
	{
		Name: "protection/victims-identified", Metric: model.VictimsIdentified, Kinds: counts, Default: model.Persons,
		Triggers: []string{"identif", "rescu", "found$", "find$", "detect", "freed", "free$", "liberat",
			"registered", "located", "learned of", "knows of", "intercept", "certified", "removed from", "promised",
			"cooperated", "discovered", "assisted law", "assisted police", "assisted investigators", "assisted prosecutors",
			"testified", "who allege they", "who alleged they", "who claim they", "who claimed they", "who say they",
			"who said they"},
		Window:       10,
		Units:        []model.Unit{model.Persons},
		NotOfficials: true,
	},
	{
		Name: "protection/victims-referred", Metric: model.VictimsReferred, Kinds: counts, Default: model.Persons,
		Triggers:     []string{"referred", "referral", "set up", "placed with"},
		Vetoes:       []string{"court", "prosecut"},
		Window:       8,
		Units:        []model.Unit{model.Persons},
		NotOfficials: true,
	},
	{
		Name: "protection/victims-assisted", Metric: model.VictimsAssisted, Kinds: counts, Default: model.Persons,
		Triggers: []string{"assist", "served", "serves", "helped", "help$", "care$", "counsel", "legal aid",
			"support", "treat", "services", "protection", "vocational", "benefit", "working with", "worked with"},
		Vetoes:       []string{"assisted law", "assisted police", "assisted investigators", "assisted prosecutors"},
		Window:       12,
		Units:        []model.Unit{model.Persons, model.Cases},
		NotOfficials: true,
	},
	{
		Name: "protection/victims-sheltered", Metric: model.VictimsSheltered, Kinds: counts, Default: model.Persons,
		Triggers:     []string{"sheltered", "shelter", "safe haven", "housed", "accept", "protective custody", "houses"},
		Window:       12,
		Units:        []model.Unit{model.Persons, model.Places},
		NotOfficials: true,
	},
	{
		Name: "protection/victims-repatriated", Metric: model.VictimsRepatriated, Kinds: counts, Default: model.Persons,
		Triggers:     []string{"repatriat", "returned", "return$", "reunit", "sent home"},
		Vetoes:       []string{"in return"},
		Window:       8,
		Units:        []model.Unit{model.Persons},
		NotOfficials: true,
	},
	{
		Name: "protection/victims-compensated", Metric: model.VictimsCompensated, Kinds: counts, Default: model.Persons,
		Triggers:     []string{"compensat", "restitution", "damages"},
		Window:       8,
		Units:        []model.Unit{model.Persons},
		NotOfficials: true,
	},
	{
		Name: "protection/compensation-amount", Metric: model.CompensationAmount, Kinds: amounts,
		Triggers: []string{"compensat", "awarded", "restitution", "back wages", "damages", "reparation"},
		Window:   8,
	},
	{
		Name: "protection/victim-allowance", Metric: model.VictimAllowance, Kinds: amounts,
		Triggers: []string{"allowance", "stipend", "payment", "per diem", "subsid"},
		Vetoes:   []string{"in exchange", "bride", "bridal", "dowry", "price"},
		Window:   8,
	},
	{
		Name: "protection/shelter-capacity", Metric: model.ShelterCapacity, Kinds: counts, Default: model.Places,
		PersonUnit: model.Places,
		Nouns:      []string{"shelter", "center", "centre", "bed", "safe-house", "homes"},
		Triggers: []string{"capacity", "has room for", "have room for", "had room for", "with room for", "space for",
			"space to", "accommodat", "beds", "places for"},
		Weak:   -3,
		Window: 8,
	},
	{
		Name: "protection/hotline-calls", Metric: model.HotlineCalls, Kinds: counts, Unit: model.Calls,
		Nouns:    []string{"call"},
		NounOnly: true,
		Triggers: []string{"hotline", "helpline", "line$"},
	},
	{
		// the object of a trafficking verb is a victim: "trafficking nine
		// women into prostitution", "forcing eight children", "the
		// marriages of 122 under-age girls".
		Name: "protection/victims-object", Metric: model.VictimsIdentified, Kinds: counts, Default: model.Persons,
		Triggers: []string{"trafficking$", "trafficked", "forcing", "forced", "luring", "lured", "recruiting",
			"recruited", "kidnapped", "kidnapping", "exploiting", "selling", "sold", "marriages of", "prostituting",
			"trafficking of", "labor of", "exploitation of", "sale of", "prostitution of"},
		Units:  []model.Unit{model.Persons},
		Before: true, Window: 1,
	},
	{
		// a count of trafficking victims that no act stands near is a
		// count of victims known, i.e. identified ("exploiting, as
		// dancers, 24 trafficking victims"): the weakest rule
		Name: "protection/victims-named", Metric: model.VictimsIdentified, Kinds: counts, Default: model.Persons,
		Nouns: []string{"victim"}, NounOnly: true, Plain: true, NotDefinite: true,
		Triggers: []string{"victim"}, After: true, Window: 3, Weak: 30,
	},
	{
		Name: "protection/allowance-duration", Metric: model.VictimAllowance, Kinds: durations,
		Triggers: []string{"economic assistance", "financial assistance", "allowance", "stipend", "subsid"},
		Plain:    true, Window: 4,
	},
}
