package extract

import "github.com/tipx/tipx/model"

// Extractor turns cables into figures. Build it once (it holds the NLP
// models) and share it: its methods are safe for concurrent use.
type Extractor struct{}

// New builds an Extractor.
func New() (*Extractor, error) { return &Extractor{}, nil }

// Cable returns every figure that c states, ids 1, 2, 3 ... in order of
// appearance, each with c's id and country.
func (e *Extractor) Cable(c *model.Cable) []model.Figure {
	return nil // TODO(extraction)
}
