package extract

import (
	"fmt"

	"github.com/tipx/tipx/extract/nlp"
	"github.com/tipx/tipx/model"
)

// Extractor turns cables into figures. Build it once (it holds the NLP
// models) and share it: its methods are safe for concurrent use.
type Extractor struct {
	ner   *nlp.Tagger
	rules []Rule
	// unfiltered turns off the cheap gates (Relevant, candidate) for the
	// test that proves they cost no recall (prefilter_test.go).
	unfiltered bool
}

// New returns an Extractor with the rules of All and the shared NER model,
// which is built by the first cable that needs it (see Preload).
func New() (*Extractor, error) {
	t, err := nlp.New()
	if err != nil {
		return nil, fmt.Errorf("extract: %w", err)
	}
	return &Extractor{ner: t, rules: All}, nil
}

// Preload builds the NER model now rather than on the first cable that
// needs it (about 200 ms), for callers that time extraction or want a
// broken model reported before any work.
func (e *Extractor) Preload() error {
	if err := e.ner.Load(); err != nil {
		return fmt.Errorf("extract: %w", err)
	}
	return nil
}

// Cable returns every figure that c states, ids 1, 2, 3 ... in order of
// appearance, each with c's id and country.
func (e *Extractor) Cable(c *model.Cable) []model.Figure {
	figs, _ := e.run(c, false)
	return figs
}

// Explain returns the figures of c with the trace of how each was found.
func (e *Extractor) Explain(c *model.Cable) *Trace {
	_, tr := e.run(c, true)
	return tr
}
