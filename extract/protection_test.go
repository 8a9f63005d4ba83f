package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

var protectionCorpus = []example{
	{"Police identified 31 victims of trafficking in 2008.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 31, period: "2008-01-01..2008-12-31"}}},
	{"The NGO assisted 45 trafficking victims.",
		[]want{{metric: model.VictimsAssisted, unit: model.Persons, value: 45}}},
	{"Only about 40 out of 100 victims accept this offer of shelter.",
		[]want{{metric: model.VictimsSheltered, unit: model.Persons, value: 40, qual: model.Approx}}},
	{"Victims receive a monthly allowance of 30 AZN.",
		[]want{{metric: model.VictimAllowance, unit: model.MoneyU, value: 30}}},
	{"Twelve victims were repatriated to Moldova.",
		[]want{{metric: model.VictimsRepatriated, unit: model.Persons, value: 12}}},
	{"Police identified 602 trafficking victims in 2009 compared to 900 in 2008.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 602, period: "2009-01-01..2009-12-31"},
			{metric: model.VictimsIdentified, unit: model.Persons, value: 900, period: "2008-01-01..2008-12-31"}}},
	{"The ministry runs 4 shelters for trafficking victims.",
		[]want{{metric: model.ShelterCapacity, unit: model.Shelters, value: 4}}},
	// coordinated acts before the number: one figure each; a specific act
	// that modifies a generic one ("repatriation assistance") replaces it
	{"The ministry provided compensation and repatriation assistance to 40 forced labor victims.",
		[]want{{metric: model.VictimsRepatriated, unit: model.Persons, value: 40}, {metric: model.VictimsCompensated, unit: model.Persons, value: 40}}},
	{"The government provided shelter and integrated services to at least two trafficking victims.",
		[]want{{metric: model.VictimsAssisted, unit: model.Persons, value: 2, qual: model.AtLeast},
			{metric: model.VictimsSheltered, unit: model.Persons, value: 2, qual: model.AtLeast}}},
	{"The embassy helped with the repatriation of approximately 40 mostly Vietnamese workers from forced labor.",
		[]want{{metric: model.VictimsRepatriated, unit: model.Persons, value: 40, qual: model.Approx}}},
	// a count of victims with no act near it counts victims known
	{"Two men are accused of exploiting, as striptease dancers, 24 trafficking victims from Russia.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 24}}},
	{"IOM reported four known victims last year.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 4, period: "2008-01-01..2008-12-31"}}},
	{"Twenty-eight females were rescued from the brothels.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 28}}},
	// at-risk persons are victims when the sentence says they were exploited
	{"The court convicted two men of forcing eight street children into prostitution.",
		[]want{{metric: model.Convictions, unit: model.Persons, value: 2}, {metric: model.VictimsIdentified, unit: model.Persons, value: 8}}},
	// the one span of a paragraph governs its later sentences
	{"Police conducted 40 raids from March 3 to 8. Officers questioned the men. Nine girls were rescued.",
		[]want{{metric: model.Raids, unit: model.Events, value: 40, period: "2009-03-03..2009-03-08"},
			{metric: model.VictimsIdentified, unit: model.Persons, value: 9, period: "2009-03-03..2009-03-08"}}},
	// persons who allege they were trafficked are victims known
	{"The case involves four women who allege they were trafficked abroad.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 4}}},
	{"On May 4, three alleged trafficking victims were interviewed.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 3, period: "2009-05-04..2009-05-04"}}},
}

var protectionNegatives = []example{
	// prostitutes are victims only when the sentence says so
	{"The shelter provided legal services for 45 expatriate women fleeing trafficking.",
		[]want{{metric: model.VictimsAssisted, unit: model.Persons, value: 45}}},
	{"The NGO was working with about 30 possible trafficking victims.",
		[]want{{metric: model.VictimsAssisted, unit: model.Persons, value: 30, qual: model.Approx}}},
	{"The ministry worked with Bolivia to return four Bolivian minors trafficked to Chile.",
		[]want{{metric: model.VictimsRepatriated, unit: model.Persons, value: 4}}},
	{"The traffickers paid the victims' families 300 dollars in return for their labor.", nil},
	// a heading in capitals names a topic, not the act of the sentence after it (table.go)
	{"VICTIMS/ SHELTERING/ GOCR-FUNDED ASSISTANCE: As noted above, IOM reported four known victims.",
		[]want{{metric: model.VictimsIdentified, unit: model.Persons, value: 4}}},
	{"VICTIM ASSISTANCE: 45 victims",
		[]want{{metric: model.VictimsAssisted, unit: model.Persons, value: 45}}},
	{"The clinic gave medical treatment to 900 adult prostitutes.", nil},
	{"About 2,000 migrants crossed the border last year.", nil},
	{"The law protects children under 18.", nil},
	{"Several victims were found in the brothel.", nil},
	// a back-reference is no figure
	{"The two victims also told authorities about a corrupt official.", nil},
	{"Seven of the victims have remained in the country, working as dancers.", nil},
	// an item of a list is never larger than its head
	{"In 2008, 12,897 trafficking victims returned home, while 43,445 chose to remain by transferring their visa (29,804).",
		[]want{{metric: model.VictimsRepatriated, unit: model.Persons, value: 12897, period: "2008-01-01..2008-12-31"}}},
	// a population at risk is not its victims
	{"A survey of the capital identified approximately 5200 street children.", nil},
	// a payment in exchange for a bride is a price, not an allowance
	{"The girl was trafficked as a temporary bride in exchange for a payment of 1000 Egyptian pounds.", nil},
}

func TestProtectionCorpus(t *testing.T) {
	runCorpus(t, protectionCorpus)
	runCorpus(t, protectionNegatives)
}
