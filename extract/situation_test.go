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
}

func TestSituationCorpus(t *testing.T) {
	runCorpus(t, situationCorpus)
	runCorpus(t, situationNegatives)
}
