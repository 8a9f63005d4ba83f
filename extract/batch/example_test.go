package batch_test

import (
	"fmt"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/batch"
	"github.com/tipx/tipx/model"
)

// Run a directory with two workers: results come in input order, figures
// are sorted for output, and the summary accounts for every input.
func ExampleRun() {
	x, err := extract.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	var figs []model.Figure
	sum, err := batch.Run([]string{"../../testdata/cables"}, nil, x, batch.Options{Jobs: 2}, func(r batch.Result) error {
		if r.Err != nil {
			fmt.Println(r.Name, "failed:", r.Err)
			return nil
		}
		fmt.Println(r.Cable.ID, r.Cable.Country, "TIP:", r.TIP, "body kept:", r.Cable.Paragraphs != nil)
		figs = append(figs, r.Figures...)
		return nil
	})
	if err != nil {
		fmt.Println(err)
		return
	}
	batch.Sort(figs)
	fmt.Println(sum.Inputs, "inputs,", sum.Cables, "cables,", sum.TIP, "TIP cables,", sum.Skipped, "skipped,", sum.Failed, "failed")
	fmt.Println("first figure:", figs[0].Cable, figs[0].ID)
	// Output:
	// 09BAKU677 Azerbaijan TIP: true body kept: false
	// 1 inputs, 1 cables, 1 TIP cables, 0 skipped, 0 failed
	// first figure: 09BAKU677 1
}
