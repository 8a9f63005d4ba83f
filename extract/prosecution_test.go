package extract

import (
	"testing"

	"github.com/tipx/tipx/model"
)

var prosecutionCorpus = []example{
	// an official who undergoes the act is its suspect
	{"The ministry fired two border officials, who are being investigated for trafficking.",
		[]want{{metric: model.Investigations, unit: model.Persons, value: 2}}},
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
	// a hyphenated noun counts by its head: co-defendants are persons
	{"Of the above nine cases, two were sentenced and the other seven were absolved.",
		[]want{{metric: model.Convictions, unit: model.Cases, value: 2}, {metric: model.Acquittals, unit: model.Cases, value: 7}}},
	// a list row takes the act its header names (table.go)
	{"Number of sentences imposed during 2007: --Trafficking in persons 2 --Pandering (\"Proxenetismo\") 3",
		[]want{{metric: model.Convictions, unit: model.Cases, value: 2, period: "2007-01-01..2007-12-31"},
			{metric: model.Convictions, unit: model.Cases, value: 3, period: "2007-01-01..2007-12-31"}}},
	{"Trafficking cases received by the prosecutors: --Sexual exploitation 12 --Forced labor 4",
		[]want{{metric: model.Investigations, unit: model.Cases, value: 12}, {metric: model.Investigations, unit: model.Cases, value: 4}}},
	{"In 2008 there was one sentence imposed for trafficking.",
		[]want{{metric: model.Convictions, unit: model.Cases, value: 1, period: "2008-01-01..2008-12-31"}}},
	{"Seven co-defendants were acquitted for lack of evidence.",
		[]want{{metric: model.Acquittals, unit: model.Persons, value: 7}}},
	// "forwarded ... to the courts" is its own act, not the investigations before it
	{"Police conducted 35 investigations, and forwarded 10 trafficking cases to the courts.",
		[]want{{metric: model.Investigations, unit: model.Cases, value: 35}, {metric: model.Prosecutions, unit: model.Cases, value: 10}}},
	// a trial is a prosecution; "one of three trials" says there are three
	{"A trafficking trial involving two Russian nationals began in July.",
		[]want{{metric: model.Prosecutions, unit: model.Persons, value: 2}}},
	{"The case is one of three trafficking trials currently taking place.",
		[]want{{metric: model.Prosecutions, unit: model.Cases, value: 3}}},
	// the trigger window after a number starts past its noun phrase
	{"Twenty-two other marriage registrars were arrested during the year and are reportedly under investigation.",
		[]want{{metric: model.Arrests, unit: model.Persons, value: 22}, {metric: model.Investigations, unit: model.Persons, value: 22}}},
	// a participle is no counted noun: "suspected" leaves the women counted
	{"Police arrested two women suspected of recruiting girls for prostitution.",
		[]want{{metric: model.Arrests, unit: model.Persons, value: 2}}},
	// arrested women described as the actors are suspects
	{"Authorities arrested two women running a sham employment agency.",
		[]want{{metric: model.Arrests, unit: model.Persons, value: 2}}},
	// "non-official" denies its head; a hope in a trailing "though" clause is not this clause's
	{"Two other non-official Costa Ricans are also under investigation, though the lack of an agreement might limit the evidence.",
		[]want{{metric: model.Investigations, unit: model.Persons, value: 2}}},
	// coordinated numbers: the next number is no unknown noun
	{"Already six or seven important TIP investigations were underway.",
		[]want{{metric: model.Investigations, unit: model.Cases, value: 6}}},
	{"Police said three of the traffickers are already in jail.",
		[]want{{metric: model.Arrests, unit: model.Persons, value: 3}}},
	// a crime named in the number's own clause outweighs TIP named across a comma
	{"Traffickers face 7-12 years under the TIP statutes, and 6-12 years in prison under the money laundering statute.",
		[]want{{metric: model.StatutoryPenalty, unit: model.Years, value: 7, max: 12, qual: model.Range}}},
}

// prosecutionNegatives must give no figure.
var prosecutionNegatives = []example{
	{"Three police officers who investigated the case met the victims.", nil},
	// lawsuits against discrimination are not trafficking cases
	{"There were nine such lawsuits in 1990, but now 120 such cases of racial discrimination are pending.", nil},
	// a penalty stated after a sentence about a bill is the bill's
	{"The draft bill defines the crime of trafficking. The penalties for traffickers range from 8 to 16 years.", nil},
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
	{"Hours spent on the trafficking report: --Poloff 40 --Counselor 2", nil},
	{"Trafficking is a crime, compared with penalties for rape and sexual assault, five years and a day to 20 years.", nil},
	{"The court sentenced the smuggler to six months in prison for facilitating illegal travel.", nil},
	{"The unit works on ten different charges under the criminal code.", nil},
	{"If the victim is below 21 years of age, the crime is aggravated.", nil},
	// a noun the lexicon does not know, after modifiers, counts nothing of ours
	{"Such suspects would be convicted under one of the sexual crimes laws.", nil},
	// a period of debt bondage is no penalty
	{"Traffickers stipulate a minimum period of six months to pay off the debt.", nil},
	// "the two" with no noun is a pronoun for persons named before
	{"Prosecutors did not press trafficking charges against the two.", nil},
	// women swept up in a raid are not suspects unless the sentence says so
	{"After arresting 121 Chinese women, the vice unit approached the embassy.", nil},
}

func TestProsecutionCorpus(t *testing.T) {
	runCorpus(t, prosecutionCorpus)
	runCorpus(t, prosecutionNegatives)
}
