package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

var prosecutionCorpus = []example{
	{"Since January 1 the unit has brought 120 criminal cases to the court.",
		[]want{{metric: model.Prosecutions, unit: model.Cases, value: 120, period: "2009-01-01..2009-08-28"}}},
	{"In 2007, prosecutors opened 21 trafficking investigations.",
		[]want{{metric: model.Investigations, unit: model.Cases, value: 21, period: "2007-01-01..2007-12-31"}}},
	{"Police arrested six men suspected of trafficking women.",
		[]want{{metric: model.Arrests, unit: model.Persons, value: 6}}},
	{"The courts handed down 12 convictions for trafficking in persons.",
		[]want{{metric: model.Convictions, unit: model.Cases, value: 12}}},
	{"Since January 1 14 cases involving 17 people have been sentenced to terms in jail for trafficking.",
		[]want{{metric: model.Convictions, unit: model.Cases, value: 14}, {metric: model.Convictions, unit: model.Persons, value: 17}}},
	{"Trafficking for forced labor is punishable by up to ten years in prison.",
		[]want{{metric: model.StatutoryPenalty, unit: model.Years, value: 10, qual: model.AtMost}}},
	{"The court sentenced the trafficker to three years in prison.",
		[]want{{metric: model.SentenceLength, unit: model.Years, value: 3}}},
	{"Whoever assaults a child or uses a child in forced labor is punishable by at least 5 years of imprisonment.",
		[]want{{metric: model.StatutoryPenalty, unit: model.Years, value: 5, qual: model.AtLeast}}},
	{"Police conducted 41 raids on brothels and bars.",
		[]want{{metric: model.Raids, unit: model.Events, value: 41}}},
	{"Three defendants accused of trafficking were charged with TIP.",
		[]want{{metric: model.Prosecutions, unit: model.Persons, value: 3}}},
}

// prosecutionNegatives must give no figure.
var prosecutionNegatives = []example{
	{"Police seized 300 kilograms of cocaine from drug traffickers.", nil},
	{"Article 144 of the criminal code defines trafficking in persons.", nil},
	{"The country remains on Tier 2 of the 2009 TIP Report.", nil},
	{"Several traffickers were arrested.", nil},
	{"How many trafficking cases did the government prosecute in 2008?", nil},
	{"The draft bill provides a penalty of 12 to 25 years for traffickers.", nil},
	{"Rape is punishable by up to 16 years in prison.", nil},
	{"This cable is Part 2 of 2 on trafficking prosecutions.", nil},
	{"The OIJ has a three-person special unit dedicated to investigating trafficking.", nil},
	{"Of the above nine trafficking cases, none went to trial.", nil},
	{"Trafficking is a crime, compared with penalties for rape and sexual assault, five years and a day to 20 years.", nil},
	{"The court sentenced the smuggler to six months in prison for facilitating illegal travel.", nil},
	{"The unit works on ten different charges under the criminal code.", nil},
	{"If the victim is below 21 years of age, the crime is aggravated.", nil},
}

func TestProsecutionCorpus(t *testing.T) {
	runCorpus(t, prosecutionCorpus)
	runCorpus(t, prosecutionNegatives)
}
