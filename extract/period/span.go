package period

// span matches two calendar points joined by "to", "until", "through",
// "-" or ("between" ...) "and": "from March 2008 to February 2009",
// "between 2006 and 2008", "January-June 2009", "March 16-19", "on October
// 21 and 22", "from December 9 to January 13" (years inferred backwards
// from the anchor), "2008-09".
func (m *matcher) span(i int) (Mention, int, bool) {
	j := m.prep(i)
	if m.is(j, "from", "between") {
		j++
	}
	between := m.is(j-1, "between")
	p1, ok := m.point(j)
	if !ok || p1.g == gYear && !m.yearIsPeriod(p1.from) {
		return Mention{}, i, false
	}
	c := p1.to
	isAnd := false
	switch {
	case m.is(c, "to", "until", "till", "through", "thru"):
	case m.punct(c, '-'):
	case m.is(c, "and"):
		isAnd = true
	default:
		return Mention{}, i, false
	}
	c++
	if !isAnd && m.is(c, "the") && m.is(c+1, "present") {
		c++
	}
	if !isAnd && m.is(c, "present", "now", "date", "today") {
		// "from 2007 to present", "January 2008 until now"
		p1 = p1.resolve(m.anchor)
		return m.mention(i, c+1, p1.first(), m.anchor, "period/span-to-date"), c + 1, true
	}
	p2, ok := m.point(c)
	switch {
	case ok && p2.g == gYear && !m.yearIsPeriod(p2.from):
		return Mention{}, i, false
	case ok && p1.g == gDay && p2.g == gMonth && p2.y == 0 && !isAnd:
		return Mention{}, i, false
	case !ok && p1.g == gDay:
		d, k, ok := m.day(c)
		if !ok {
			return Mention{}, i, false
		}
		p2 = point{y: p1.y, m: p1.m, d: d, g: gDay, from: c, to: k}
		if y, ok := m.year(k); ok {
			p2.y, p2.to = y, k+1
		} else if m.punct(k, ',') {
			if y, ok := m.year(k + 1); ok {
				p2.y, p2.to = y, k+2
			}
		}
		if p1.y == 0 {
			p1.y = p2.y
		}
	case !ok && p1.g == gYear && m.punct(c-1, '-') && c < len(m.t) && m.t[c].k == numTok &&
		m.t[c].end-m.t[c].start == 2 && m.t[c].start == m.t[c-1].end:
		p2 = point{y: p1.y/100*100 + m.t[c].n, g: gYear, from: c, to: c + 1}
	case !ok:
		return Mention{}, i, false
	}
	if isAnd && !between && !(p1.g == gDay && p2.g == gDay) {
		return Mention{}, i, false
	}
	if (p1.g == gYear) != (p2.g == gYear) && p1.y == 0 {
		return Mention{}, i, false
	}
	if p2.y == 0 {
		p2 = p2.resolve(m.anchor)
	}
	if p1.y == 0 {
		p1.y = p2.y
		if p1.after(p2) {
			p1.y--
		}
	}
	start, end := p1.first(), p2.last()
	if end.Before(start) {
		return Mention{}, i, false
	}
	return m.mention(i, p2.to, start, end, "period/span"), p2.to, true
}
