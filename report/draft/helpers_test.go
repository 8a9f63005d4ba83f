package draft

import (
	"path/filepath"
	"testing"

	"github.com/tipx/tipx/internal/golden"
	"github.com/tipx/tipx/model"
)

// fixture reads testdata/NAME.jsonl figures and testdata/NAME.cables.jsonl cables.
func fixture(t *testing.T, name string) ([]model.Figure, []model.Cable) {
	t.Helper()
	return golden.ReadJSONL[model.Figure](t, filepath.Join("testdata", name+".jsonl")),
		golden.ReadJSONL[model.Cable](t, filepath.Join("testdata", name+".cables.jsonl"))
}
