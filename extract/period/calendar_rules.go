package period

// calendar matches one calendar point, with or without a preposition:
// "in 2008", "during 2009", "FY 2008", "in July 2008", "in August" (the
// most recent August not after the anchor), "on September 2", "The 2009
// state budget" (a bare year), "in 2009 ... so far" (to the anchor when a
// "so far" or "to date" follows in the sentence and 2009 is the anchor's
// year).
func (m *matcher) calendar(i int) (Mention, int, bool) {
	j := m.prep(i)
	if m.is(i, "from") {
		return Mention{}, i, false
	}
	hasPrep := j > i
	if x, k, ok := m.fiscal(i, j); ok {
		return x, k, true
	}
	if x, k, ok := m.yearPair(i, j); ok {
		return x, k, true
	}
	if m.is(j, "cy") {
		j++
	} else if k, ok := m.seq(j, "calendar", "year"); ok {
		j = k
	} else if k, ok := m.seq(j, "the", "year"); ok && hasPrep {
		j = k // "during the year 2008"
	}
	p, ok := m.point(j)
	if !ok {
		return Mention{}, i, false
	}
	hadYear := p.y != 0
	p = p.resolve(m.anchor)
	if !hadYear && p.g != gYear && m.futureBefore(i) {
		p = p.ahead(m.anchor) // "the ILO will train police in September": the next September
	}
	switch p.g {
	case gYear:
		if !m.yearIsPeriod(p.from) {
			return Mention{}, i, false
		}
		if p.y == m.anchor.Year {
			if soFar, ok := m.soFarAfter(p.to); ok {
				x := m.mention(i, p.to, p.first(), m.anchor, "period/year-to-date")
				x.Period.Text += " ... " + soFar
				return x, p.to, true
			}
		}
		rule := "period/calendar-year"
		if !hasPrep {
			rule = "period/bare-year"
		}
		return m.mention(i, p.to, p.first(), p.last(), rule), p.to, true
	case gMonth:
		rule := "period/month-year"
		switch {
		case !hadYear:
			if !hasPrep {
				return Mention{}, i, false
			}
			rule = "period/month"
		case !hasPrep:
			rule = "period/bare-month"
		}
		return m.mention(i, p.to, p.first(), p.last(), rule), p.to, true
	}
	return m.mention(i, p.to, p.first(), p.last(), "period/day"), p.to, true
}

// futureWords mark a clause in the future tense.
var futureWords = []string{"will", "shall", "plans", "plan", "scheduled", "upcoming", "intends"}

// futureBefore reports whether the clause before token i speaks of the
// future ("will train ... in September").
func (m *matcher) futureBefore(i int) bool {
	for k := i - 1; k >= 0 && k >= i-15; k-- {
		if m.punct(k, '.') || m.punct(k, ';') {
			return false
		}
		if m.is(k, futureWords...) {
			return true
		}
	}
	return false
}

// fiscal matches "FY 2009", "FY2009", "fiscal year 2009": the US
// government's fiscal year, October 1 of the year before to September 30.
func (m *matcher) fiscal(i, j int) (Mention, int, bool) {
	k := j
	if m.is(k, "fy") {
		k++
		if m.punct(k, '-') && m.glued(k) {
			k++
		}
	} else if k2, ok := m.seq(k, "fiscal", "year"); ok {
		k = k2
	} else {
		return Mention{}, i, false
	}
	y, ok := m.year(k)
	if !ok {
		if k < len(m.t) && m.t[k].k == numTok && m.t[k].end-m.t[k].start == 2 {
			y, ok = 2000+m.t[k].n, true
		}
	}
	if !ok {
		return Mention{}, i, false
	}
	return m.mention(i, k+1, ymd(y-1, 10, 1), ymd(y, 9, 30), "period/fiscal-year"), k + 1, true
}

// soFarAfter looks for "so far", "to date", "thus far" later in the
// sentence.
func (m *matcher) soFarAfter(k int) (string, bool) {
	for end := k + 60; k < len(m.t) && k < end; k++ {
		if m.punct(k, '.') || m.punct(k, ';') {
			return "", false
		}
		for _, p := range soFarPhrases {
			if _, ok := m.seq(k, p...); ok {
				return p[0] + " " + p[1], true
			}
		}
	}
	return "", false
}

// notYearBefore are words after which a four-digit number is not a year.
var notYearBefore = []string{
	"article", "articles", "art", "tier", "no", "law", "decree", "resolution", "paragraph",
	"para", "section", "order", "number", "code", "ref", "reftel", "convention", "page",
}

// yearIsPeriod reports whether the year at token i is a time, not part of
// a title or a name: not "2009 TIP Report", "Act of 2005", "Article 2008",
// "2000 victims".
func (m *matcher) yearIsPeriod(i int) bool {
	if m.is(i-1, notYearBefore...) || m.punct(i-1, '.') && m.is(i-2, notYearBefore...) {
		return false
	}
	// a list after a non-year: "Articles 2008 and 2009"
	if (m.is(i-1, "and", "or") || m.punct(i-1, ',')) && i >= 2 && m.t[i-2].k == numTok && m.t[i-2].end-m.t[i-2].start == 4 && !m.yearIsPeriod(i-2) {
		return false
	}
	if m.is(i-1, "of") && m.is(i-2, "act", "law", "protocol", "convention", "code", "decree") {
		return false
	}
	if m.is(i+1, "report", "reports", "victims", "people", "persons", "cases", "women", "children", "act", "law") {
		return false
	}
	if m.is(i+1, "tip", "trafficking", "human", "country", "annual") {
		for k := i + 2; k < len(m.t) && k < i+6; k++ {
			if m.is(k, "report", "reports") {
				return false
			}
		}
	}
	return true
}

var soFarPhrases = [][]string{{"so", "far"}, {"to", "date"}, {"thus", "far"}}

// yearPair matches two consecutive years joined by a slash, "2008/2009",
// "2008/09": January 1 of the first to December 31 of the second.
func (m *matcher) yearPair(i, j int) (Mention, int, bool) {
	if j+2 >= len(m.t) || m.t[j].k != numTok || m.t[j].end-m.t[j].start != 4 || !m.punct(j+1, '/') ||
		!m.glued(j) || !m.glued(j+1) || m.t[j+2].k != numTok {
		return Mention{}, i, false
	}
	y1, y2, w := m.t[j].n, m.t[j+2].n, m.t[j+2].end-m.t[j+2].start
	if w == 2 {
		y2 += y1 / 100 * 100
	} else if w != 4 {
		return Mention{}, i, false
	}
	if y1 < 1900 || y1 > 2099 || y2 != y1+1 || m.glued(j+2) {
		return Mention{}, i, false
	}
	return m.mention(i, j+3, ymd(y1, 1, 1), ymd(y2, 12, 31), "period/year-pair"), j + 3, true
}
