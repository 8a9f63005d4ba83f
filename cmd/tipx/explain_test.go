package main

import (
	"bytes"
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
