package report

import (
	"crypto/sha256"
	"encoding/hex"
	"time"

	"github.com/tipx/tipx/model"
)

// Input is everything a workbook is built from.
type Input struct {
	Figures []model.Figure // the figures, any order
	Cables  []model.Cable  // metadata of the cables read (Paragraphs may be nil)
	Inputs  []string       // the paths the run read, for the About sheet
	Version string         // tool version, for the About sheet
	Now     time.Time      // run date (fixed in tests)
	Review  *Review        // decisions carried from a previous workbook, or nil
	Draft   []Section      // a country workbook's Draft sheet when set (draftsheet.go)
	Compare *Grid          // a country workbook's Compare sheet when set (draftsheet.go)
}

// FigureID is the stable id of a figure shown in the Figures sheet and used
// to carry review decisions across runs: the first 12 hex digits of the
// SHA-256 of model.Figure.Key (same cable, paragraph, span, metric and unit
// give the same id).
func FigureID(f *model.Figure) string {
	sum := sha256.Sum256([]byte(f.Key()))
	return hex.EncodeToString(sum[:6])
}

// CableURL is the cablegate page of a cable (cable/YYYY/MM/ID.html on
// wikileaks.org). Without a creation date it falls back to the PlusD page,
// whose path needs only the id.
func CableURL(id string, created time.Time) string {
	if created.IsZero() {
		return "https://wikileaks.org/plusd/cables/" + id + "_a.html"
	}
	return "https://wikileaks.org/cable/" + created.Format("2006/01") + "/" + id + ".html"
}
