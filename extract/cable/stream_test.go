package cable

import (
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"
)

// docView is what a test compares of a Doc.
type docView struct {
	Name, ID, Err string
	Paragraphs    int
}

func view(d Doc) docView {
	v := docView{Name: d.Name}
	if d.Cable != nil {
		v.ID, v.Paragraphs = d.Cable.ID, len(d.Cable.Paragraphs)
	}
	if d.Err != nil {
		v.Err = d.Err.Error()
	}
	return v
}

func TestStreamGivesWhatWalkGives(t *testing.T) {
	dir := t.TempDir()
	docs := filepath.Join("testdata", "docs")
	var members [][]byte
	for _, n := range []string{"99TESTPOST7.txt", "99TESTPOST8.txt", "cables.csv", "empty.txt"} {
		b, err := os.ReadFile(filepath.Join(docs, n))
		if err != nil {
			t.Fatal(err)
		}
		members = append(members, b)
	}
	tgz := filepath.Join(dir, "cables.tar.gz")
	if err := os.WriteFile(tgz, packGz(packTar(members)), 0o644); err != nil {
		t.Fatal(err)
	}
	broken := filepath.Join(dir, "broken.tar.xz")
	if err := os.WriteFile(broken, packXz(packTar(members))[:60], 0o644); err != nil {
		t.Fatal(err)
	}
	paths := []string{docs, tgz, broken, filepath.Join(dir, "missing.txt")}

	var want []docView
	sum, err := Walk(paths, nil, Options{}, func(d Doc) error {
		want = append(want, view(d))
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	// parse in two goroutines, then put back in stream order
	var pend []Pending
	n, err := Stream(paths, nil, Options{}, func(p Pending) error {
		pend = append(pend, p)
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
	got := make([]docView, len(pend))
	var wg sync.WaitGroup
	for k := range 2 {
		wg.Go(func() {
			for i := k; i < len(pend); i += 2 {
				got[i] = view(pend[i].Parse())
			}
		})
	}
	wg.Wait()
	if n != sum.Inputs || !reflect.DeepEqual(got, want) {
		t.Errorf("Stream gave %d documents:\n%v\nwant Walk's %d:\n%v", n, got, sum.Inputs, want)
	}
	if len(want) < 12 {
		t.Errorf("Walk gave %d documents, want files, members, rows and failures (at least 12)", len(want))
	}
}

func TestStreamStops(t *testing.T) {
	stop := errors.New("stop")
	calls := 0
	n, err := Stream([]string{filepath.Join("testdata", "docs")}, nil, Options{}, func(Pending) error {
		calls++
		if calls == 2 {
			return stop
		}
		return nil
	})
	if !errors.Is(err, stop) || n != 2 || calls != 2 {
		t.Errorf("Stream = %d, %v after %d calls; want 2, %v after 2", n, err, calls, stop)
	}
}
