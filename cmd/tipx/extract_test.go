package main

import (
	"bufio"
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/tipx/tipx/model"
)

const bakuCable = "../../testdata/cables/09BAKU677.txt"

func TestExtractBaku(t *testing.T) {
	var out, errb bytes.Buffer
	code := run([]string{"extract", bakuCable}, strings.NewReader(""), &out, &errb)
	if code != exitOK {
		t.Fatalf("tipx extract exit %d, want %d; stderr: %s", code, exitOK, errb.String())
	}
	text := out.String()
	var figs []model.Figure
	sc := bufio.NewScanner(strings.NewReader(text))
	for sc.Scan() {
		var f model.Figure
		if err := json.Unmarshal(sc.Bytes(), &f); err != nil {
			t.Fatalf("line %q: %v", sc.Text(), err)
		}
		figs = append(figs, f)
	}
	if len(figs) != 9 {
		t.Fatalf("tipx extract gave %d figures, want 9", len(figs))
	}
	if got, want := figs[5].Metric, model.Prosecutions; got != want {
		t.Errorf("figure 6 metric = %s, want %s", got, want)
	}
	if figs[6].SubsetOf != 6 {
		t.Errorf("figure 7 subset_of = %d, want 6", figs[6].SubsetOf)
	}
	for _, key := range []string{`"rule":"prosecution/prosecutions"`, `"start":`, `"end":`} {
		if !strings.Contains(text, key) {
			t.Errorf("records lack the provenance field %s", key)
		}
	}
	if want := "1 inputs, 1 cables, 1 TIP cables, 9 figures, 0 skipped, 0 failed"; !strings.Contains(errb.String(), want) {
		t.Errorf("summary = %q, want it to hold %q", errb.String(), want)
	}
}

func TestExtractOutputFile(t *testing.T) {
	dst := filepath.Join(t.TempDir(), "figs.jsonl")
	var out, errb bytes.Buffer
	if code := run([]string{"extract", "-o", dst, bakuCable}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("tipx extract -o: exit %d: %s", code, errb.String())
	}
	if out.Len() != 0 {
		t.Errorf("stdout = %q, want nothing with -o", out.String())
	}
	data, err := os.ReadFile(dst)
	if err != nil {
		t.Fatal(err)
	}
	if n := bytes.Count(data, []byte("\n")); n != 9 {
		t.Errorf("%s has %d lines, want 9", dst, n)
	}
}

func TestExtractFailures(t *testing.T) {
	tests := []struct {
		args []string
		want int
	}{
		{[]string{"extract"}, exitUsage},
		{[]string{"extract", "--bogus", bakuCable}, exitUsage},
		{[]string{"extract", "--date", "yesterday", bakuCable}, exitUsage},
		{[]string{"extract", filepath.Join(t.TempDir(), "missing.txt")}, exitFailed},
	}
	for _, tt := range tests {
		var out, errb bytes.Buffer
		if got := run(tt.args, strings.NewReader(""), &out, &errb); got != tt.want {
			t.Errorf("run(%q) = %d, want %d; stderr: %s", tt.args, got, tt.want, errb.String())
		}
	}
}
