package draft

import (
	"math"
	"strconv"
	"strings"
	"time"

	"github.com/tipx/tipx/model"
)

// noun is what a figure counts, in the singular and the plural.
type noun struct{ one, many string }

func (n noun) of(f *model.Figure) string {
	if f.Value == 1 && f.ValueMax == nil && f.Denominator == nil && n.one != "" {
		return n.one
	}
	return n.many
}

// number writes a figure's value with its hedge, as the report writes it:
// "approximately 50 of 100", "between 7 and 12", "at least 20", "33 AZN
// (40 USD)", "99 percent". It has no noun.
func number(f *model.Figure) string {
	n := show(f.Value)
	if f.Denominator != nil {
		n += " of " + show(*f.Denominator)
	}
	switch {
	case f.ValueMax != nil:
		n = "between " + show(f.Value) + " and " + show(*f.ValueMax)
	case f.Qualifier == model.Approx:
		n = "approximately " + n
	case f.Qualifier == model.AtLeast:
		n = "at least " + n
	case f.Qualifier == model.MoreThan:
		n = "more than " + n
	case f.Qualifier == model.AtMost:
		n = "up to " + n
	case f.Qualifier == model.LessThan && (f.Unit == model.MoneyU || f.Unit == model.Percent):
		n = "less than " + n
	case f.Qualifier == model.LessThan:
		n = "fewer than " + n
	}
	switch f.Unit {
	case model.MoneyU:
		if f.Currency != "" {
			n += " " + f.Currency
		}
		if f.USD != nil {
			n += " (" + show(*f.USD) + " USD)"
		}
	case model.Percent:
		n += " percent"
	}
	return n
}

// quantity is the number with its noun, narrowed by the figure's population
// and form of trafficking: "approximately 50 of 100 victims", "12 child
// victims", "5 labor trafficking cases".
func quantity(f *model.Figure, n noun) string {
	if n.many == "" {
		return number(f)
	}
	word := n.of(f)
	if f.Unit == model.Years || f.Unit == model.Months || f.Unit == model.Days {
		// "up to 8 years for labor trafficking (children)"
		q := number(f) + " " + word + formOf(f)
		if f.Population != "" {
			q += " (" + string(f.Population) + ")"
		}
		return q
	}
	if strings.Contains(word, "trafficker") || word == "people" || word == "person" {
		// "4 traffickers for labor trafficking", not "4 labor trafficking traffickers"
		return strings.TrimSpace(number(f)+" "+adjective(f.Population)+word) + formOf(f)
	}
	return number(f) + " " + narrow(f) + word
}

// formOf names a figure's form of trafficking after its noun.
func formOf(f *model.Figure) string {
	switch f.TraffickingType {
	case model.Sex:
		return " for sex trafficking"
	case model.Labor:
		return " for labor trafficking"
	}
	return ""
}

// narrow is the adjective a population or a form of trafficking puts before
// the noun ("child ", "sex trafficking ").
func narrow(f *model.Figure) string {
	s := adjective(f.Population)
	switch f.TraffickingType {
	case model.Sex:
		s += "sex trafficking "
	case model.Labor:
		s += "labor trafficking "
	}
	return s
}

// adjective is the word a population puts before a noun ("child ").
func adjective(p model.Population) string {
	switch p {
	case model.Children:
		return "child "
	case model.Women:
		return "female "
	case model.Men:
		return "male "
	case model.Foreigners:
		return "foreign "
	case model.Nationals:
		return "national "
	}
	return ""
}

// periodPhrase opens a sentence with a figure's period ("In 2009", "From
// January to August 2009 (partial year)", "From 2007 to August 2009",
// "During the reporting period"); after is what closes the sentence when the
// period cannot open it ("(period not stated)").
func periodPhrase(p *model.Period) (intro, after string) {
	switch {
	case p == nil:
		return "", " (period not stated)"
	case !p.Bounded():
		if strings.Contains(strings.ToLower(p.Text), "reporting period") {
			return "During the reporting period", ""
		}
		return "", " (period stated without dates)"
	case p.FullYear() != 0:
		return "In " + itoa(p.FullYear()), ""
	case p.Start.Year == p.End.Year && p.Start.Month == p.End.Month:
		return "In " + p.End.Month.String() + " " + itoa(p.End.Year) + " (partial year)", ""
	case p.Start.Year == p.End.Year:
		return "From " + p.Start.Month.String() + " to " + p.End.Month.String() + " " + itoa(p.End.Year) +
			" (partial year)", ""
	}
	return "From " + startText(p.Start) + " to " + endText(p.End), ""
}

func startText(d model.Date) string {
	if d.Month == time.January && d.Day == 1 {
		return itoa(d.Year)
	}
	return d.Month.String() + " " + itoa(d.Year)
}

func endText(d model.Date) string {
	if d.Month == time.December && d.Day == 31 {
		return itoa(d.Year)
	}
	return d.Month.String() + " " + itoa(d.Year)
}

// periodKey groups figures stated for the same period.
func periodKey(p *model.Period) string {
	switch {
	case p == nil:
		return "none"
	case !p.Bounded():
		return "text:" + strings.ToLower(strings.TrimSpace(p.Text))
	}
	return p.Start.String() + ".." + p.End.String()
}

// Citation is where a number comes from: "09BAKU677 ¶6", or the document id
// alone outside numbered paragraphs.
func Citation(f *model.Figure) string {
	if f.Paragraph == 0 {
		return f.Cable
	}
	return f.Cable + " ¶" + itoa(f.Paragraph)
}

// cite is the bracketed citation of figures, each place once, in order:
// "[09BAKU677 ¶6]", "[08ZENDA200 ¶3; 09ZENDA300 ¶2]".
func cite(figs ...model.Figure) string {
	var seen []string
	for i := range figs {
		c := Citation(&figs[i])
		if !contains(seen, c) {
			seen = append(seen, c)
		}
	}
	return "[" + strings.Join(seen, "; ") + "]"
}

// according names a source other than the government, a court or the post.
func according(f *model.Figure) string {
	switch f.Source {
	case model.NGO:
		return " according to an NGO"
	case model.IO:
		return " according to an international organization"
	case model.Media:
		return " according to press reports"
	case model.Other:
		return " according to other sources"
	}
	return ""
}

func contains(xs []string, s string) bool {
	for _, x := range xs {
		if x == s {
			return true
		}
	}
	return false
}

// show writes a number as the report does (1,200; 1.5), rounding away the
// float noise of a parsed decimal (33200000.000000004 → 33,200,000).
func show(v float64) string {
	if r := math.Round(v); r != v && math.Abs(r-v) <= 1e-9*math.Max(1, math.Abs(v)) {
		v = r
	}
	return model.FormatNumber(v)
}

func itoa(i int) string { return strconv.Itoa(i) }

// upperFirst capitalises the first letter of a sentence.
func upperFirst(s string) string {
	if s == "" {
		return s
	}
	return strings.ToUpper(s[:1]) + s[1:]
}
