package cable

import (
	"bytes"
	"strings"
	"testing"
)

// TestMappedRuns checks the run-length byte map against a plain per-byte
// map built beside it, for every way text is appended, and that a cursor
// walking forwards, backwards or jumping gives what a fresh search gives.
func TestMappedRuns(t *testing.T) {
	doc := []byte("<pre>A &amp; B</pre>xyz<pre>line one\nline two &#8217;s</pre>")
	m := &mapped{}
	var want [][2]int // per text byte: document range
	addRun := func(s0, s1 int) {
		m.addRun(doc, s0, s1)
		for i := s0; i < s1; i++ {
			want = append(want, [2]int{i, i + 1})
		}
	}
	add := func(s string, s0, s1 int) {
		m.add([]byte(s), s0, s1)
		for range len(s) {
			if len(s) == 1 && s1-s0 == 1 {
				want = append(want, [2]int{s0, s0 + 1})
			} else {
				want = append(want, [2]int{s0, s1})
			}
		}
	}
	addRun(5, 7)        // "A "
	add("&", 7, 12)     // &amp;
	addRun(12, 14)      // " B"
	add("\n\n", 28, 28) // synthetic, empty range
	addRun(28, 36)      // "line one"
	m.addByte('\n', 36) // continues the run above
	want = append(want, [2]int{36, 37})
	addRun(37, 46)     // "line two "
	add("’", 46, 53)   // &#8217;: three bytes for seven
	add("s", 53, 54)   // one byte for one: a self run
	m.addByte('!', 60) // a jump: a new run
	want = append(want, [2]int{60, 61})
	addRun(54, 54) // empty: nothing

	if len(m.text) != len(want) {
		t.Fatalf("text %q has %d bytes, the reference map %d", m.text, len(m.text), len(want))
	}
	if got := string(m.text); got != "A & B\n\nline one\nline two ’s!" {
		t.Errorf("text = %q", got)
	}
	check := func(order string, idx []int) {
		t.Helper()
		k := -1
		for _, i := range idx {
			s, e := m.src(i, &k)
			if s != want[i][0] || e != want[i][1] {
				t.Errorf("%s: byte %d (%q): src = [%d,%d), want [%d,%d)", order, i, m.text[i], s, e, want[i][0], want[i][1])
			}
		}
	}
	var fwd, back, jump []int
	for i := range m.text {
		fwd = append(fwd, i)
		back = append([]int{i}, back...)
		jump = append(jump, (i*7)%len(m.text))
	}
	check("forwards", fwd)
	check("backwards", back)
	check("jumping", jump)
	// "line one\nline two " is one run, not three: addByte and addRun
	// continue a run that ends where they start
	if len(m.runs) != 8 {
		t.Errorf("%d runs, want 8: %+v", len(m.runs), m.runs)
	}
	runs := 0
	for _, r := range m.runs {
		if r.self && r.s == 28 {
			runs++
			if r.t != 7 {
				t.Errorf("run of document byte 28 starts at text %d, want 7", r.t)
			}
		}
	}
	if runs != 1 {
		t.Errorf("%d runs start at document byte 28, want 1", runs)
	}

	// shift and appendMapped keep every byte's range
	o := identity([]byte("tail"), 100)
	o.shift(5)
	n := len(m.text)
	m.appendMapped(o)
	for i := range 4 {
		s, e := m.srcAt(n + i)
		if s != 105+i || e != 106+i {
			t.Errorf("appended byte %d: src = [%d,%d), want [%d,%d)", i, s, e, 105+i, 106+i)
		}
	}
	if !strings.HasSuffix(string(m.text), "!tail") {
		t.Errorf("appended text = %q", m.text)
	}
}

// TestReadSized reads inputs shorter than, equal to and longer than the
// size they were said to have.
func TestReadSized(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		size int64
	}{
		{"exact", "hello world", 11},
		{"shorter", "hello", 11},
		{"longer", "hello world, and more", 11},
		{"empty", "", 0},
		{"empty but said long", "", 40},
	} {
		got, err := readSized(strings.NewReader(tc.data), tc.size)
		if err != nil {
			t.Errorf("%s: %v", tc.name, err)
		}
		if !bytes.Equal(got, []byte(tc.data)) {
			t.Errorf("%s: read %q, want %q", tc.name, got, tc.data)
		}
	}
}
