package model

import "fmt"

// Metric is one name of the closed taxonomy of FIGURES.md section 2.
type Metric string

// The metrics, in TIP Report order.
const (
	Investigations   Metric = "investigations"
	Arrests          Metric = "arrests"
	Prosecutions     Metric = "prosecutions"
	Convictions      Metric = "convictions"
	Acquittals       Metric = "acquittals"
	SentenceLength   Metric = "sentence_length"
	StatutoryPenalty Metric = "statutory_penalty"
	Raids            Metric = "raids"

	VictimsIdentified  Metric = "victims_identified"
	VictimsReferred    Metric = "victims_referred"
	VictimsAssisted    Metric = "victims_assisted"
	VictimsSheltered   Metric = "victims_sheltered"
	VictimsRepatriated Metric = "victims_repatriated"
	VictimsCompensated Metric = "victims_compensated"
	CompensationAmount Metric = "compensation_amount"
	VictimAllowance    Metric = "victim_allowance"
	ShelterCapacity    Metric = "shelter_capacity"
	HotlineCalls       Metric = "hotline_calls"

	AwarenessActivities Metric = "awareness_activities"
	PersonsTrained      Metric = "persons_trained"
	Funding             Metric = "funding"

	VictimsEstimated Metric = "victims_estimated"
)

// Family is one of the four parts of a TIP Report country chapter.
type Family string

// The families, in report order.
const (
	Prosecution Family = "prosecution"
	Protection  Family = "protection"
	Prevention  Family = "prevention"
	Situation   Family = "situation"
)

// Families lists the families in report order.
var Families = []Family{Prosecution, Protection, Prevention, Situation}

// Metrics lists every metric in TIP Report order.
var Metrics = []Metric{
	Investigations, Arrests, Prosecutions, Convictions, Acquittals, SentenceLength, StatutoryPenalty, Raids,
	VictimsIdentified, VictimsReferred, VictimsAssisted, VictimsSheltered, VictimsRepatriated,
	VictimsCompensated, CompensationAmount, VictimAllowance, ShelterCapacity, HotlineCalls,
	AwarenessActivities, PersonsTrained, Funding,
	VictimsEstimated,
}

var metricFamily = map[Metric]Family{
	Investigations: Prosecution, Arrests: Prosecution, Prosecutions: Prosecution, Convictions: Prosecution,
	Acquittals: Prosecution, SentenceLength: Prosecution, StatutoryPenalty: Prosecution, Raids: Prosecution,
	VictimsIdentified: Protection, VictimsReferred: Protection, VictimsAssisted: Protection,
	VictimsSheltered: Protection, VictimsRepatriated: Protection, VictimsCompensated: Protection,
	CompensationAmount: Protection, VictimAllowance: Protection, ShelterCapacity: Protection, HotlineCalls: Protection,
	AwarenessActivities: Prevention, PersonsTrained: Prevention, Funding: Prevention,
	VictimsEstimated: Situation,
}

// Family returns the report part the metric belongs to ("" if m is unknown).
func (m Metric) Family() Family { return metricFamily[m] }

// Valid reports whether m is in the closed list.
func (m Metric) Valid() bool { _, ok := metricFamily[m]; return ok }

// Index is the position of m in Metrics (report order), or -1.
func (m Metric) Index() int {
	for i, x := range Metrics {
		if x == m {
			return i
		}
	}
	return -1
}

// ParseMetric returns the metric named s or an error.
func ParseMetric(s string) (Metric, error) {
	m := Metric(s)
	if !m.Valid() {
		return "", fmt.Errorf("unknown metric %q", s)
	}
	return m, nil
}

// Unit is what a figure counts.
type Unit string

// The units of FIGURES.md.
const (
	Cases    Unit = "cases"
	Persons  Unit = "persons"
	Events   Unit = "events"
	Places   Unit = "places"
	Calls    Unit = "calls"
	Shelters Unit = "shelters"
	Beds     Unit = "beds"
	Percent  Unit = "percent"
	Years    Unit = "years"
	Months   Unit = "months"
	Days     Unit = "days"
	MoneyU   Unit = "money"
)

// Qualifier says how exact a stated number is.
type Qualifier string

// The qualifiers of FIGURES.md.
const (
	Exact    Qualifier = "exact"
	Approx   Qualifier = "approx"
	AtLeast  Qualifier = "at_least"
	MoreThan Qualifier = "more_than"
	AtMost   Qualifier = "at_most"
	LessThan Qualifier = "less_than"
	Range    Qualifier = "range"
)

// Symbol is the short sign analysts write before a value ("≈", "≥" ...).
func (q Qualifier) Symbol() string {
	switch q {
	case Approx:
		return "≈"
	case AtLeast:
		return "≥"
	case MoreThan:
		return ">"
	case AtMost:
		return "≤"
	case LessThan:
		return "<"
	}
	return ""
}

// TraffickingType is the form of trafficking the text names.
type TraffickingType string

// Trafficking types.
const (
	Sex         TraffickingType = "sex"
	Labor       TraffickingType = "labor"
	Both        TraffickingType = "both"
	Unspecified TraffickingType = "unspecified"
)

// Population narrows who the persons are.
type Population string

// Populations ("" is null).
const (
	Children   Population = "children"
	Women      Population = "women"
	Men        Population = "men"
	Foreigners Population = "foreigners"
	Nationals  Population = "nationals"
	Officials  Population = "officials"
)

// Source is who the text says a figure comes from.
type Source string

// Sources.
const (
	Government Source = "government"
	NGO        Source = "ngo"
	IO         Source = "io"
	Embassy    Source = "embassy"
	Media      Source = "media"
	Court      Source = "court"
	Other      Source = "other"
)

// Per is the time unit of a rate ("" is null).
type Per string

// Rates.
const (
	Day   Per = "day"
	Week  Per = "week"
	Month Per = "month"
	Year  Per = "year"
)
