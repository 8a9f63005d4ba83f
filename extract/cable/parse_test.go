package cable

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/tipx/tipx/internal/testcorpus"
)

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name string
		data string
		want error
	}{
		{"empty.txt", "", ErrEmpty},
		{"blank.txt", " \n\t\n", ErrEmpty},
		{"nul.bin", "abc\x00def", ErrBinary},
		{"page.html", "<html><body><p>no cable here</p></body></html>", ErrNotCable},
		{"prose.txt", "Testland is a source country.\n", ErrNotCable},
		{"open.html", "<html><pre>UNCLAS STATE 000001\n", ErrMalformed},
	}
	for _, tt := range tests {
		_, err := Parse(tt.name, []byte(tt.data), Options{})
		var e *Error
		if !errors.Is(err, tt.want) || !errors.As(err, &e) || e.Path != tt.name {
			t.Errorf("Parse(%q, %q) = %v, want %v in an *Error naming the document", tt.name, tt.data, err, tt.want)
		}
	}
}

func TestParseProse(t *testing.T) {
	data := "Testland is a destination country.\nIt is on Tier 2.\n\nAuthorities convicted\n5 traffickers.\n"
	opts := Options{ID: "09TESTLAND1", Date: time.Date(2009, 6, 16, 0, 0, 0, 0, time.UTC), Country: "Testland"}
	c, err := Parse("prose.txt", []byte(data), opts)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.Paragraphs {
		got = append(got, p.Text)
	}
	want := "Testland is a destination country. It is on Tier 2.|Authorities convicted 5 traffickers."
	if strings.Join(got, "|") != want || c.ID != opts.ID || c.Country != "Testland" || c.Format != FormatProse {
		t.Errorf("Parse(prose) = %q (%s, %s, %s), want %q", got, c.ID, c.Country, c.Format, want)
	}
	checkSpans(t, "prose.txt", []byte(data), c)
}

// TestParseConcurrent parses the same documents from several goroutines:
// run with -race, Parse must share no mutable state.
func TestParseConcurrent(t *testing.T) {
	files, _ := filepath.Glob(filepath.Join("testdata", "docs", "99*"))
	files = append(files, filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt"))
	var docs [][]byte
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, data)
	}
	want := make([]string, len(docs))
	for i, d := range docs {
		c, err := Parse("doc", d, Options{})
		if err != nil {
			t.Fatal(err)
		}
		want[i] = c.Paragraphs[len(c.Paragraphs)-1].Text
	}
	var wg sync.WaitGroup
	for g := 0; g < 4; g++ {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i, d := range docs {
				c, err := Parse("doc", d, Options{})
				if err != nil || c.Paragraphs[len(c.Paragraphs)-1].Text != want[i] {
					t.Errorf("concurrent Parse of document %d differs (%v)", i, err)
				}
			}
		}()
	}
	wg.Wait()
}

func BenchmarkParseCorpus(b *testing.B) {
	dir := testcorpus.Path("corpus", "cables")
	files, _ := filepath.Glob(filepath.Join(dir, "*.html"))
	if len(files) == 0 {
		b.Skipf("corpus not found at %s", dir)
	}
	var docs [][]byte
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		docs = append(docs, data)
		size += len(data)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for range b.N {
		for _, d := range docs {
			if _, err := Parse("doc", d, Options{}); err != nil {
				b.Fatal(err)
			}
		}
	}
}
