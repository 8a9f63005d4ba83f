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
	// a capitalised name before the noun: "Ministry of Public Security officials"
	{"In November, the Coalition trained 10 Ministry of Public Security officials.",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 10, period: "2008-11-01..2008-11-30"}}},
	{"The ministry held two joint training activities for border police officers.",
		[]want{{metric: model.PersonsTrained, unit: model.Events, value: 2}}},
	{"The government hosted two large anti-trafficking conferences with member states.",
		[]want{{metric: model.AwarenessActivities, unit: model.Events, value: 2}}},
	// an amount that is a whole aside reads with the clause around it
	{"The UN will provide financial ($100,000) and technical support to fight trafficking.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 100000}}},
	{"The ILO has approximately $150,000 to combat child sex trafficking.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 150000, qual: model.Approx}}},
	{"The ministry gives the anti-TIP foundation $50,000 every year.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 50000}}},
	// persons an event attracted are persons reached
	{"The program took place in June and attracted 750 police officers and social workers.",
		[]want{{metric: model.AwarenessActivities, unit: model.Persons, value: 750}}},
	// an aside that names no act takes that of its clause
	{"The course gave sensitivity training on trafficking (provided to 325 officials).",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 325}}},
	// a dash aside that names no act: the participants are those trained
	{"The participants -- a collection of 60 judges and prosecutors -- produced recommendations.",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 60}}},
	{"Congress appropriated $7 million to build shelters for trafficking victims.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 7000000}}},
	// "brought together" gathers persons; it brings no one to court
	{"The seminar brought together 15 prosecutors from the region.",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 15}}},
	{"IOM announced it was launching a $2.7M program to fight trafficking.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 2700000}}},
	// a veto speaks of its own clause only
	{"Even when she could not pay salaries, she moved ahead with a new $100,000 building project for victims.",
		[]want{{metric: model.Funding, unit: model.MoneyU, value: 100000}}},
	// the audience of an event is the persons it reached
	{"The audience consisted of about 300 students at the anti-trafficking event.",
		[]want{{metric: model.AwarenessActivities, unit: model.Persons, value: 300, qual: model.Approx}}},
	// the aim of a programme under way is a plan; coordinated modifiers
	// and an acronym before the noun; "as well as" coordinates two counts
	{"The course aims to educate 20 senior and mid-level SSIS and border officers, as well as two visiting police officials.",
		[]want{{metric: model.PersonsTrained, unit: model.Persons, value: 20},
			{metric: model.PersonsTrained, unit: model.Persons, value: 2}}},
}

var preventionNegatives = []example{
	{"The embassy hopes to hold more seminars next year.", nil},
	// a counterfactual and a vision are no figures
	{"Ten years ago an awareness event like this would have drawn about 20 people.", nil},
	{"The minister envisions training reaching 300 police officers.", nil},
	{"The election drew 4,500 voters to the polls.", nil},
	// money a pimp owes is a wage, not funding
	{"She said she had received only USD 500 of the USD 8,000 the pimp owed her.", nil},
	{"He should not make trafficking his number one campaign issue.", nil},
	// the noun after modifiers is unknown: dailies are no persons trained
	{"IOM held a media training session for representatives of the eight Arabic-language dailies.", nil},
	// vocational training is a service to victims, not training of officials
	{"IOM provided victims with job training through programs in 13 departments.", nil},
	// money traffickers pay is no funding
	{"The families are threatened because the traffickers, in the case of the Romanian victims, provided USD 10,000 to them.", nil},
	// a relative clause in an aside does not take the act of its clause
	{"The members of the unit (which has offices in all 12 of the regions) are trained to work with victims.", nil},
	// countries are no places reached
	{"The training ended with a declaration signed by all 21 countries.", nil},
	// staff hired are not persons reached
	{"The administration has hired 400 new police officers and continues its campaign against trafficking.", nil},
	// child-labor programs are not anti-trafficking funding
	{"The government budgeted USD 75.3 million for a cash transfer program to discourage child labor.", nil},
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

// TestFutureNotDatedByPastLead checks that a lead-in of a past day does
// not date what a later sentence says will happen.
func TestFutureNotDatedByPastLead(t *testing.T) {
	text := "On May 4, the ministry began its training series. Six sessions will train 200 police officers."
	figs := extractor(t).Cable(sentenceCable(text))
	if len(figs) != 2 {
		t.Fatalf("Cable(%q) gave %d figures, want 2", text, len(figs))
	}
	for _, f := range figs {
		if f.Metric != model.PersonsTrained || f.Period != nil {
			t.Errorf("Cable(%q): %s, want persons_trained with no period", text, gotString(f))
		}
	}
}
