package nlp_test

import (
	"fmt"

	"github.com/tipx/tipx/extract/nlp"
)

func ExampleTagger_Entities() {
	t, err := nlp.New()
	if err != nil {
		fmt.Println(err)
		return
	}
	ents, err := t.Entities("Jafarov said that since January 1 his Unit has brought 134 criminal cases to the court.")
	if err != nil {
		fmt.Println(err)
		return
	}
	for _, e := range ents {
		if e.Label == nlp.Person {
			fmt.Println(e.Text)
		}
	}
	// Output:
	// Jafarov
}
