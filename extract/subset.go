package extract

import (
	"strings"
)

// subsetMarkers introduce a part of a figure stated just before.
var subsetMarkers = []string{
	"of these", "of them", "of whom", "of which", "among them", "among these", "including", "of those",
	"of the ",
}

// subsetMarked reports whether the words just before offset i of a sentence
// mark the number as part of an earlier figure ("Of these, 58 were ...").
func subsetMarked(s string, i int) bool {
	if i > len(s) {
		i = len(s)
	}
	lo := i - 40
	if lo < 0 {
		lo = 0
	}
	before := strings.ToLower(s[lo:i])
	for _, m := range subsetMarkers {
		if m == "of the " {
			continue // only with a denominator, which the quantity carries
		}
		if strings.Contains(before, m) {
			return true
		}
	}
	return false
}

// linkSubsets gives each marked figure of a paragraph its parent: the
// figure whose value equals its denominator ("25 of the 26 convictions"),
// else the nearest earlier figure of the same metric family that is not
// itself a part and is at least as large.
func linkSubsets(fs []*found) {
	for i, f := range fs {
		if !f.subset || f.parent != nil {
			continue
		}
		for j := i - 1; j >= 0; j-- {
			g := fs[j]
			if f.q.Denominator != nil {
				if g.q.Value == *f.q.Denominator && g.fig.Metric == f.fig.Metric {
					f.parent = g
					break
				}
				continue
			}
			if g.subset || g.fig.Value < f.fig.Value || g.fig.Metric.Family() != f.fig.Metric.Family() {
				continue
			}
			f.parent = g
			break
		}
	}
}
