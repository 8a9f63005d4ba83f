package nlp

import (
	"fmt"
	"strings"

	"github.com/jdkato/prose/v2"
)

// Label is the kind of a named entity.
type Label string

// The entity labels prose knows.
const (
	Person       Label = "PERSON"
	Organization Label = "ORGANIZATION"
	Place        Label = "GPE"
)

// Entity is one named entity found in a sentence.
type Entity struct {
	Text  string
	Label Label
}

// Tagger finds named entities. It is safe for concurrent use.
type Tagger struct {
	model *prose.Model
}

// New builds the shared prose model (about 250 ms).
func New() (t *Tagger, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("nlp: build prose model: %v", r)
		}
	}()
	return &Tagger{model: prose.ModelFromData("tipx")}, nil
}

// Entities returns the persons, organisations and places named in sentence,
// in order. A failure inside prose is returned as an error, never a panic.
func (t *Tagger) Entities(sentence string) (ents []Entity, err error) {
	if strings.TrimSpace(sentence) == "" {
		return nil, nil
	}
	defer func() {
		if r := recover(); r != nil {
			ents, err = nil, fmt.Errorf("nlp: entities of %.40q: %v", sentence, r)
		}
	}()
	doc, err := prose.NewDocument(sentence,
		prose.UsingModel(t.model), prose.WithSegmentation(false))
	if err != nil {
		return nil, fmt.Errorf("nlp: entities of %.40q: %w", sentence, err)
	}
	for _, e := range doc.Entities() {
		ents = append(ents, Entity{Text: e.Text, Label: Label(e.Label)})
	}
	return ents, nil
}
