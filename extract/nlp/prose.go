package nlp

import (
	"fmt"
	"strings"
	"sync"

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
	once  sync.Once
	model *prose.Model
	err   error
}

// New returns a Tagger. Its prose model (about 200 ms to build) is built
// once, by the first call that needs it, and then shared: a run that never
// asks for an entity never builds it, and a run that does keeps its other
// workers reading while one builds it.
func New() (*Tagger, error) {
	return &Tagger{}, nil
}

// Load builds the model now if it is not built yet, and returns what
// building it returned.
func (t *Tagger) Load() error {
	t.once.Do(func() {
		defer func() {
			if r := recover(); r != nil {
				t.err = fmt.Errorf("nlp: build prose model: %v", r)
			}
		}()
		t.model = prose.ModelFromData("tipx")
	})
	return t.err
}

// Entities returns the persons, organisations and places named in sentence,
// in order. A failure inside prose is returned as an error, never a panic.
func (t *Tagger) Entities(sentence string) (ents []Entity, err error) {
	if strings.TrimSpace(sentence) == "" {
		return nil, nil
	}
	if err := t.Load(); err != nil {
		return nil, err
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
