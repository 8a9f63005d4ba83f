package period

// since matches "since January 1", "since 2007", "since March 2008",
// "since the beginning of 2009", "since last year": from the start of the
// point to the anchor. "Since the new law was enacted in June 2005" (a
// point within the clause after "since") gives "period/since-event".
func (m *matcher) since(i int) (Mention, int, bool) {
	j, ok := m.seq(i, "since")
	if !ok {
		return Mention{}, i, false
	}
	if k, ok := m.seq(j, "the", "end", "of"); ok {
		// "since the end of 2008": from the last day of the point
		if pt, ok := m.point(k); ok {
			pt = pt.resolve(m.anchor)
			return m.mention(i, pt.to, pt.last(), m.anchor, "period/since-end-of"), pt.to, true
		}
	}
	for _, p := range sinceStarts {
		k, ok := m.seq(j, p...)
		if !ok {
			continue
		}
		if k2, ok := m.seq(k, "the", "year"); ok {
			return m.mention(i, k2, ymd(m.anchor.Year, 1, 1), m.anchor, "period/since-start-of-year"), k2, true
		}
		if k2, ok := m.seq(k, "this", "year"); ok {
			return m.mention(i, k2, ymd(m.anchor.Year, 1, 1), m.anchor, "period/since-start-of-year"), k2, true
		}
		j = k // "since the beginning of 2009": the point follows
		break
	}
	if k, ok := m.seq(j, "last", "year"); ok {
		return m.mention(i, k, ymd(m.anchor.Year-1, 1, 1), m.anchor, "period/since-last-year"), k, true
	}
	if pt, ok := m.point(j); ok && m.sinceYearOK(pt) {
		pt = pt.resolve(m.anchor)
		return m.mention(i, pt.to, pt.first(), m.anchor, sinceRule(pt)), pt.to, true
	}
	// since <event> ... <point>, within the clause
	for k := j; k < len(m.t) && k < j+16; k++ {
		if t := m.t[k]; t.k == punct && t.n != '-' && t.n != '\'' && t.n != '"' {
			break
		}
		if m.is(k, "since") {
			break
		}
		if pt, ok := m.point(k); ok && (pt.g != gMonth || pt.y != 0 || pt.to < len(m.t) && m.t[pt.to].k == numTok) {
			pt = pt.resolve(m.anchor)
			return m.mention(i, pt.to, pt.first(), m.anchor, "period/since-event"), pt.to, true
		}
	}
	return Mention{}, i, false
}

// sinceYearOK refuses "since 2009 TIP Report"-like titles.
func (m *matcher) sinceYearOK(p point) bool {
	return p.g != gYear || m.yearIsPeriod(p.from)
}

func sinceRule(p point) string {
	switch p.g {
	case gYear:
		return "period/since-year"
	case gMonth:
		if p.d == 0 {
			return "period/since-month"
		}
	}
	return "period/since-month-day"
}

// sinceStarts come between "since" and a point: "since the beginning of 2009".
var sinceStarts = [][]string{{"the", "beginning", "of"}, {"the", "start", "of"}, {"early"}}
