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
}

var protectionNegatives = []example{
	{"About 2,000 migrants crossed the border last year.", nil},
	{"The law protects children under 18.", nil},
	{"Several victims were found in the brothel.", nil},
}

func TestProtectionCorpus(t *testing.T) {
	runCorpus(t, protectionCorpus)
	runCorpus(t, protectionNegatives)
}
