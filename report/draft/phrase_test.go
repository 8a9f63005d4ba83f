package draft

import (
	"testing"

	"github.com/tipx/tipx/model"
	"github.com/tipx/tipx/report"
)

func fp(v float64) *float64 { return &v }

func TestQuantity(t *testing.T) {
	for _, tc := range []struct {
		f    model.Figure
		n    noun
		want string
	}{
		{model.Figure{Value: 134, Unit: model.Cases}, cases, "134 cases"},
		{model.Figure{Value: 1, Unit: model.Cases}, cases, "1 case"},
		{model.Figure{Value: 50, Qualifier: model.Approx, Denominator: fp(100), Unit: model.Persons}, victims,
			"approximately 50 of 100 victims"},
		{model.Figure{Value: 1200, Qualifier: model.MoreThan, Unit: model.Persons}, victims, "more than 1,200 victims"},
		{model.Figure{Value: 20, Qualifier: model.AtLeast, Population: model.Children, Unit: model.Persons}, victims,
			"at least 20 child victims"},
		{model.Figure{Value: 5, Qualifier: model.LessThan, TraffickingType: model.Labor, Unit: model.Cases}, cases,
			"fewer than 5 labor trafficking cases"},
		{model.Figure{Value: 4, TraffickingType: model.Labor, Unit: model.Persons}, noun{"trafficker", "traffickers"},
			"4 traffickers for labor trafficking"},
		{model.Figure{Value: 7, ValueMax: fp(12), Qualifier: model.Range, Unit: model.Years}, years, "between 7 and 12 years"},
		{model.Figure{Value: 15, Qualifier: model.AtMost, Unit: model.Years, Population: model.Children}, years,
			"up to 15 years (children)"},
		{model.Figure{Value: 33, Unit: model.MoneyU, Currency: "AZN", USD: fp(40)}, noun{}, "33 AZN (40 USD)"},
		{model.Figure{Value: 12.5, Unit: model.Percent, Qualifier: model.LessThan}, noun{}, "less than 12.5 percent"},
	} {
		if got := quantity(&tc.f, tc.n); got != tc.want {
			t.Errorf("quantity(%+v) = %q, want %q", tc.f, got, tc.want)
		}
	}
}

func TestPeriodPhrase(t *testing.T) {
	d := model.NewDate
	for _, tc := range []struct {
		p            *model.Period
		intro, after string
	}{
		{nil, "", " (period not stated)"},
		{&model.Period{Start: d(2008, 1, 1), End: d(2008, 12, 31)}, "In 2008", ""},
		{&model.Period{Start: d(2009, 1, 1), End: d(2009, 8, 28)}, "From January to August 2009 (partial year)", ""},
		{&model.Period{Start: d(2008, 7, 1), End: d(2008, 7, 31)}, "In July 2008 (partial year)", ""},
		{&model.Period{Start: d(2007, 1, 1), End: d(2009, 8, 28)}, "From 2007 to August 2009", ""},
		{&model.Period{Start: d(2008, 3, 1), End: d(2009, 2, 28)}, "From March 2008 to February 2009", ""},
		{&model.Period{Text: "the reporting period"}, "During the reporting period", ""},
		{&model.Period{Text: "FY 2009"}, "", " (period stated without dates)"},
	} {
		intro, after := periodPhrase(tc.p)
		if intro != tc.intro || after != tc.after {
			t.Errorf("periodPhrase(%v) = %q, %q, want %q, %q", tc.p, intro, after, tc.intro, tc.after)
		}
	}
}

func TestCite(t *testing.T) {
	figs := []model.Figure{{Cable: "09BAKU677", Paragraph: 6}, {Cable: "09BAKU677", Paragraph: 6},
		{Cable: "10X20", Paragraph: 0}, {Cable: "09BAKU677", Paragraph: 3}}
	if got, want := cite(figs...), "[09BAKU677 ¶6; 10X20; 09BAKU677 ¶3]"; got != want {
		t.Errorf("cite = %q, want %q", got, want)
	}
}

func TestUpFrom(t *testing.T) {
	y8 := &model.Period{Start: model.NewDate(2008, 1, 1), End: model.NewDate(2008, 12, 31)}
	prev := &model.Figure{Cable: "09X1", Paragraph: 4, Value: 38, Period: y8}
	it := func(v float64, part bool, p *model.Figure) item {
		return item{Choice: report.Choice{Year: 2009, PartYear: part, Chosen: model.Figure{Value: v}}, prev: p}
	}
	for _, tc := range []struct {
		name string
		it   item
		want string
	}{
		{"up", it(47, false, prev), ", up from 38 in 2008 [09X1 ¶4]"},
		{"down", it(30, false, prev), ", down from 38 in 2008 [09X1 ¶4]"},
		{"same", it(38, false, prev), ", unchanged from 38 in 2008 [09X1 ¶4]"},
		{"part year", it(47, true, prev), ""},
		{"no previous", it(47, false, nil), ""},
	} {
		if got := upFrom(tc.it); got != tc.want {
			t.Errorf("%s: upFrom = %q, want %q", tc.name, got, tc.want)
		}
	}
}
