package extract

import (
	"reflect"
	"testing"
)

func TestSentences(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"One. Two.", []string{"One.", "Two."}},
		{"The U.S. Embassy met Mr. Jafarov. He said 134 cases were filed.",
			[]string{"The U.S. Embassy met Mr. Jafarov.", "He said 134 cases were filed."}},
		{"Under Art. 132 and No. 5 of the law, approx. 50 victims. Then more.",
			[]string{"Under Art. 132 and No. 5 of the law, approx. 50 victims.", "Then more."}},
		{"It cost 1.5 million. 2008 was hard.", []string{"It cost 1.5 million.", "2008 was hard."}},
		{"Was it? Yes.", []string{"Was it?", "Yes."}},
		{"J. Smith spoke.", []string{"J. Smith spoke."}},
		{"", nil},
	}
	for _, tt := range tests {
		var got []string
		for _, s := range Sentences(tt.in) {
			if tt.in[s.Start:s.End] != s.Text {
				t.Errorf("Sentences(%q): offsets %d-%d do not give %q", tt.in, s.Start, s.End, s.Text)
			}
			got = append(got, s.Text)
		}
		if !reflect.DeepEqual(got, tt.want) {
			t.Errorf("Sentences(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
