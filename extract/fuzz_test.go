package extract_test

import (
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/internal/testcorpus"
)

// fuzzHead is the head of a cable in the viewer text layout; fuzzed bodies
// follow it.
const fuzzHead = "Identifier\nCreated\nClassification\nOrigin\n09BAKU677\n2009-08-28 08:14:00\nCONFIDENTIAL\nEmbassy Baku\n" +
	"Cable title:  \n\nAZERBAIJAN: COMBATING TIP UPDATE FROM MIA\n\nTags:  PGOV KTIP AJ \n" +
	"C O N F I D E N T I A L BAKU 000677 \n\nE.O. 12958: DECL: 08/28/2019\nTAGS: PGOV KTIP AJ\n" +
	"SUBJECT: AZERBAIJAN: COMBATING TIP UPDATE FROM MIA\n\n"

// fuzzBodies are paragraphs typed from real cables.
var fuzzBodies = []string{
	"6. (C) Jafarov said that since January 1 his Unit has brought 134 criminal cases to the court; of these, " +
		"58 were charged under Article 144-1 and 15 cases involving 16 people have been sentenced to between 5 and 12 years.",
	"2. (SBU) Approximately 50 out of 100 victims accept the shelter's offer, and each receives a monthly allowance " +
		"of 33 AZN (40 USD). The Government allocated AZN 1.2 million (about $1.5 million) to the National Action Plan.",
	"3. (U) In 2008, police registered 134 criminal cases of trafficking in persons, up from 98 in 2007. " +
		"IOM assisted twenty-eight victims, 45 percent of them women under 18.",
	"4. (U) Q: How many victims were identified? A: The MOI identified 37 victims (22 for sexual exploitation).",
	"5. XXXXXXXXXXXX told poloff that 3 of the 12 traffickers were convicted in FY2009, from December 9 to January 13.",
	"7. (U) TIP OF AN ICEBERG: drug trafficking arrests rose to 1,200.",
	"1. 2. 3. 4. 5.", "", "1. (U) Of these, of whom, including 4",
}

// fuzzCorpus returns the heads of the TIP cables of the shared corpus
// (none when it is absent).
func fuzzCorpus() [][]byte {
	paths, _ := filepath.Glob(testcorpus.Path("corpus", "cables", "*"))
	var out [][]byte
	for _, p := range paths {
		if len(out) == 24 {
			break
		}
		b, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		out = append(out, b[:min(len(b), 24<<10)])
	}
	return out
}

// FuzzCable runs the whole path, document bytes → cable → figures, and
// checks what every figure must hold. With head set, the fuzzed bytes are
// the body of a well-formed cable, so that most inputs reach the rules.
func FuzzCable(f *testing.F) {
	for _, b := range fuzzBodies {
		f.Add([]byte(b+"\n"), true)
	}
	for _, b := range fuzzCorpus() {
		f.Add(b, false)
	}
	x, err := extract.New()
	if err != nil {
		f.Fatal(err)
	}
	f.Fuzz(func(t *testing.T, data []byte, head bool) {
		if head {
			data = append([]byte(fuzzHead), data...)
		}
		stop := time.AfterFunc(10*time.Second, func() {
			panic(fmt.Sprintf("input of %d bytes runs for more than 10 s: %.200q", len(data), data))
		})
		defer stop.Stop()
		c, err := cable.Parse("fuzz", data, cable.Options{})
		if err != nil {
			return
		}
		figs := x.Cable(c)
		for i, g := range figs {
			switch {
			case g.ID != i+1:
				t.Fatalf("%.80q: figure %d has id %d", data, i+1, g.ID)
			case g.SubsetOf < 0 || g.SubsetOf >= g.ID && g.SubsetOf != 0:
				t.Fatalf("%.80q: figure %d is a subset of %d", data, g.ID, g.SubsetOf)
			case g.Cable != c.ID || g.Country != c.Country:
				t.Fatalf("%.80q: figure %d names cable %q in %q, want %q in %q", data, g.ID, g.Cable, g.Country, c.ID, c.Country)
			case !g.Metric.Valid():
				t.Fatalf("%.80q: figure %d has metric %q", data, g.ID, g.Metric)
			case g.Quote == "":
				t.Fatalf("%.80q: figure %d has no quote", data, g.ID)
			case g.Start < 0 || g.End < g.Start || g.End > len(data):
				t.Fatalf("%.80q: figure %d quotes bytes %d-%d of %d", data, g.ID, g.Start, g.End, len(data))
			case g.ValueMax != nil && *g.ValueMax < g.Value:
				t.Fatalf("%.80q: figure %d ranges from %v down to %v", data, g.ID, g.Value, *g.ValueMax)
			}
			if _, err := g.MarshalJSON(); err != nil {
				t.Fatalf("%.80q: figure %d does not marshal: %v", data, g.ID, err)
			}
		}
	})
}
