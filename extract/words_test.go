package extract

import "testing"

func TestPossessive(t *testing.T) {
	for _, tc := range []struct {
		w    string
		want bool
	}{
		{"argentina's", true},
		{"argentina’s", true}, // mended by the reader from "Argentina,s"
		{"argentinas", false},
		{"'s", true},
	} {
		if got := possessive(tc.w); got != tc.want {
			t.Errorf("possessive(%q) = %v, want %v", tc.w, got, tc.want)
		}
	}
}

func TestAgentOfCurlyApostrophe(t *testing.T) {
	if !agentOf("prosecutor’s", "prosecut") || !agentOf("prosecutors'", "prosecut") {
		t.Error("agentOf does not see through a possessive apostrophe")
	}
	if agentOf("prosecution", "prosecut") {
		t.Error("agentOf(prosecution) = true, want false")
	}
}
