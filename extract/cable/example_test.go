package cable_test

import (
	"fmt"
	"os"
	"strings"

	"github.com/tipx/tipx/extract/cable"
)

// A cable in the viewer text layout: metadata, then numbered paragraphs
// whose spans point back into the document.
func ExampleParse() {
	data, err := os.ReadFile("../../testdata/cables/09BAKU677.txt")
	if err != nil {
		fmt.Println(err)
		return
	}
	c, err := cable.Parse("09BAKU677.txt", data, cable.Options{})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Println(c.ID, c.Created.Format("2006-01-02 15:04"), c.Country, c.HasTag("KTIP"), c.Signer)
	for _, p := range c.Paragraphs {
		if p.Number != 6 {
			continue
		}
		i := strings.Index(p.Text, "134 criminal cases")
		s, e := p.SourceSpan(i, i+len("134 criminal cases"))
		fmt.Printf("paragraph %d (%s): %q at bytes %d-%d\n", p.Number, p.Marking, data[s:e], s, e)
	}
	// Output:
	// 09BAKU677 2009-08-28 08:14 Azerbaijan true LU
	// paragraph 6 (C): "134 criminal cases" at bytes 5590-5608
}

// Walk reads directories, archives and cables.csv files; documents that
// cannot be read are reported, and the walk goes on.
func ExampleWalk() {
	sum, err := cable.Walk([]string{"testdata/docs"}, nil, cable.Options{}, func(d cable.Doc) error {
		if d.Cable != nil {
			fmt.Println(d.Cable.ID, d.Cable.Format, d.Cable.Country, len(d.Cable.Paragraphs))
		}
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	fmt.Printf("inputs %d, read %d, skipped %d, failed %d\n", sum.Inputs, sum.Read, sum.Skipped, sum.Failed)
	for _, f := range sum.Failures {
		fmt.Println(f)
	}
	// Output:
	// 99TESTPOST7 html-fragment Azerbaijan 3
	// 99TESTPOST8 alx-text Azerbaijan 3
	// 08TESTPOST101 cables-csv Iceland 2
	// 09TESTPOST202 cables-csv Costa Rica 1
	// 10TESTPOST303 cables-csv Bahrain 3
	// 09TRIPOLI9 telegram-text Libya 5
	// inputs 10, read 6, skipped 2, failed 2
	// testdata/docs/binary.txt: binary data, not text
	// testdata/docs/empty.txt: empty document
}
