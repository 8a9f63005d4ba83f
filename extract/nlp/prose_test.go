package nlp

import "testing"

// TestLoadOnce: the model is built by the first Load or Entities call and
// shared after; every later call sees the same model and no error.
func TestLoadOnce(t *testing.T) {
	var tg Tagger
	if tg.model != nil {
		t.Fatal("a new Tagger already holds a model")
	}
	ents, err := tg.Entities("Jafarov said that his Unit in Baku has brought 134 criminal cases.")
	if err != nil || tg.model == nil {
		t.Fatalf("Entities built no model: %v", err)
	}
	m := tg.model
	if err := tg.Load(); err != nil || tg.model != m {
		t.Errorf("Load after Entities: %v, model rebuilt: %v", err, tg.model != m)
	}
	found := false
	for _, e := range ents {
		found = found || e.Label == Person && e.Text == "Jafarov"
	}
	if !found {
		t.Errorf("entities %+v, want the person Jafarov", ents)
	}
	if ents, err := tg.Entities("   "); ents != nil || err != nil {
		t.Errorf("Entities of blanks = %v, %v; want nothing", ents, err)
	}
}
