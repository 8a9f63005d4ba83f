package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

var preventionCorpus = []example{
	{"In 2008 the unit held awareness events in 65 cities and towns.",
		[]want{{metric: model.AwarenessActivities, unit: model.Places, value: 65, period: "2008-01-01..2008-12-31"}}},
	{"The prosecutor's office trained 130 judges on trafficking in persons.",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 130}}},
	{"The ministry conducted six training sessions for over 400 police officers.",
		[]want{{metric: model.PersonsTrained, unit: model.Events, value: 6},
			{metric: model.PersonsTrained, unit: model.Persons, value: 400, qual: model.MoreThan}}},
	{"The Public Ministry has created and trained a 36-member specialized police unit.",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 36}}},
	{"The government allocated $250,000 to anti-trafficking programs.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 250000}}},
}

var preventionNegatives = []example{
	{"The embassy hopes to hold more seminars next year.", nil},
	{"The election drew 4,500 voters to the polls.", nil},
	{"He should not make trafficking his number one campaign issue.", nil},
}

func TestPreventionCorpus(t *testing.T) {
	runCorpus(t, preventionCorpus)
	runCorpus(t, preventionNegatives)
}

// TestFundingLocalCurrency checks that a currency word shared by many
// countries ("pesos") takes the currency of the cable's country.
func TestFundingLocalCurrency(t *testing.T) {
	c := sentenceCable("The government allocated 500 million pesos to anti-trafficking programs in 2009.")
	c.Country = "Chile"
	figs := extractor(t).Cable(c)
	if len(figs) != 1 || figs[0].Metric != model.Funding || figs[0].Currency != "CLP" || figs[0].Value != 500e6 {
		t.Errorf("Cable(%q) = %+v, want one funding figure of 500 million CLP", c.Paragraphs[0].Text, figs)
	}
}
