package extract

import (
	"encoding/json"
	"sync"
	"testing"
)

// TestConcurrentCable runs one Extractor from several goroutines: the
// results must be the same as a single run (and `go test -race` clean).
func TestConcurrentCable(t *testing.T) {
	x := extractor(t)
	c := readCable(t, "../testdata/cables/09BAKU677.txt")
	want, err := json.Marshal(x.Cable(c))
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([][]byte, 4)
	for i := range got {
		wg.Add(1)
		go func() {
			defer wg.Done()
			got[i], _ = json.Marshal(x.Cable(c))
		}()
	}
	wg.Wait()
	for i, g := range got {
		if string(g) != string(want) {
			t.Errorf("goroutine %d: Cable(09BAKU677) differs from a single run", i)
		}
	}
}
