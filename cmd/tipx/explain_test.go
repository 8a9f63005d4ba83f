package main

import (
	"bytes"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func TestExplainBaku(t *testing.T) {
	var out, errb bytes.Buffer
	if code := run([]string{"explain", bakuCable}, strings.NewReader(""), &out, &errb); code != exitOK {
		t.Fatalf("tipx explain exit %d, want %d; stderr: %s", code, exitOK, errb.String())
	}
	for _, want := range []string{
		"09BAKU677: read (tag KTIP), 9 figures",
		"  paragraph 6\n",
		`#6 prosecutions 134 cases`,
		`metric  prosecutions  by prosecution/prosecutions, trigger "brought"`,
		`unit    cases  by noun "cases"`,
		`period  2009-01-01..2009-08-28  by "since January 1"`,
		"part of #6",
	} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("tipx explain output lacks %q; got:\n%s", want, out.String())
		}
	}
}

func TestExplainUsage(t *testing.T) {
	var out, errb bytes.Buffer
	if got := run([]string{"explain"}, strings.NewReader(""), &out, &errb); got != exitUsage {
		t.Errorf("run(explain) = %d, want %d", got, exitUsage)
	}
}

// TestExplainRefusesWhatExtractRefuses: a paragraph past
// batch.MaxParagraph fails the cable (and the exit code) instead of
// holding tipx explain for minutes; the other cables are explained.
func TestExplainRefusesWhatExtractRefuses(t *testing.T) {
	data, err := os.ReadFile(bakuCable)
	if err != nil {
		t.Fatal(err)
	}
	huge := strings.Replace(string(data), "6. ", "6. "+strings.Repeat("The unit brought 134 criminal cases to court. ", 6000), 1)
	p := filepath.Join(t.TempDir(), "huge.txt")
	if err := os.WriteFile(p, []byte(huge), 0o644); err != nil {
		t.Fatal(err)
	}
	var out, errb bytes.Buffer
	code := run([]string{"explain", p, bakuCable}, strings.NewReader(""), &out, &errb)
	if code != exitFailed || !strings.Contains(errb.String(), "huge.txt: paragraph") || !strings.Contains(errb.String(), "more than 262144") {
		t.Errorf("tipx explain of a 280 KB paragraph: exit %d, stderr %q; want exit %d naming the file and the limit", code, errb.String(), exitFailed)
	}
	if !strings.Contains(out.String(), "09BAKU677: read (tag KTIP), 9 figures") {
		t.Errorf("the cable after it was not explained:\n%s", out.String())
	}
}
