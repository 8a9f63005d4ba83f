package quantity

import "testing"

// paragraph is a realistic cable paragraph (written for the benchmark).
const paragraph = `(C) According to the MIA, in 2008 police registered 134 criminal cases of trafficking in persons, ` +
	`up from 98 in 2007; of these, 58 were charged under Article 144-1 and 15 cases involving 16 people have been ` +
	`sentenced to between 5 and 12 years in prison. Approximately 50 out of 100 victims accept the shelter's offer, ` +
	`and each receives a monthly allowance of 33 AZN (40 USD). The Government allocated AZN 1.2 million (about ` +
	`$1.5 million) to the National Action Plan, and IOM trained more than 1,200 officials, twenty-eight of them judges. ` +
	`The hotline (tel. 498-0335) received some 3,400 calls, 45 percent of them from women under 18. See REF A and BAKU 677.`

func FuzzFind(f *testing.F) {
	for _, s := range []string{
		paragraph, "134", "1,200", "1.2 million", "twenty-eight", "a dozen", "about 50 out of 100", "3 of the 12",
		"45 percent", "99%", "33 AZN (40 USD)", "$91,000", "USD 1.5 million", "IKR 4.7 million (US $70,890)",
		"between 7 and 12", "7-12 years", "15 years to life", "from 6 months to 10 years", "three-to-six",
		"four?to-ten", "one-half to one percent", "50,000-200,000 Egyptian pounds (USD 9,000-36,000)",
		"(994 12) 498-0335", "1.4 b and d", "08/28/2019", "at least one year and at most five years",
		"$", "1,", "1.", "one hundred and", "a", "-", "(", "5 (", "₪5", "S/.", "US $", "five years and one day",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		prevEnd := 0
		for _, q := range Find(s) {
			if q.Start < 0 || q.End > len(s) || !(q.Start <= q.NumStart && q.NumStart < q.NumEnd && q.NumEnd <= q.End) {
				t.Fatalf("Find(%q): bad offsets %+v", s, q)
			}
			if q.Start < prevEnd {
				t.Fatalf("Find(%q): overlapping quantities at %d", s, q.Start)
			}
			prevEnd = q.End
			if q.Kind == Amount && q.Money == nil {
				t.Fatalf("Find(%q): amount without money", s)
			}
		}
	})
}

func BenchmarkFind(b *testing.B) {
	b.SetBytes(int64(len(paragraph)))
	for b.Loop() {
		Find(paragraph)
	}
}
