package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

var situationCorpus = []example{
	{"NGOs estimate that 3,000 women are trafficked abroad each year.",
		[]want{{metric: model.VictimsEstimated, unit: model.Persons, value: 3000, qual: model.Approx}}},
	{"The IOM estimates that approximately 40 percent of trafficking is internal.",
		[]want{{metric: model.VictimsEstimated, unit: model.Percent, value: 40, qual: model.Approx}}},
}

var situationNegatives = []example{
	{"The tip of the iceberg: 200 workers rioted over wages.", nil},
	{"In 2003 more than 3700 children and adolescents were victims of commercial sexual exploitation.",
		[]want{{metric: model.VictimsEstimated, unit: model.Persons, value: 3700, qual: model.MoreThan, period: "2003-01-01..2003-12-31"}}},
	// the base of a share is no estimate of victims
	{"Observers estimate that one percent of the 2 million foreigners may be victims of trafficking.",
		[]want{{metric: model.VictimsEstimated, unit: model.Percent, value: 1, qual: model.Approx}}},
	// a population share is not a share of victims
	{"With a migrant population estimated at over 35%, the government lacks capacity to address trafficking.", nil},
	// persons named by their work are workers, not victims
	{"The agency estimated that 45,000 women were working as prostitutes overseas, some victims of trafficking.", nil},
	// the whole a part without a number is taken of
	{"Most of the estimated 9,000 women in the sex trade are likely victims of trafficking.", nil},
}

func TestSituationCorpus(t *testing.T) {
	runCorpus(t, situationCorpus)
	runCorpus(t, situationNegatives)
}
