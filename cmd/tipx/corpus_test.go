package main

import (
	"strings"
	"testing"
)

// docsDir holds the reader's test documents: cables, a cables.csv, an
// empty and a binary file, pages without a cable.
const docsDir = "../../extract/cable/testdata/docs"

func TestReportRunFlags(t *testing.T) {
	var outs []string
	for _, jobs := range []string{"1", "2", "5"} {
		code, out, errs := runTipx(t, "report", "--format", "jsonl", "--jobs", jobs, "../../testdata/cables", docsDir)
		if code != exitFailed { // the empty and the binary file fail
			t.Fatalf("report --jobs %s: exit %d, want %d; stderr %s", jobs, code, exitFailed, errs)
		}
		if !strings.Contains(errs, "tipx report: 11 inputs, 7 cables, ") || !strings.Contains(errs, " 2 failed, ") {
			t.Errorf("report --jobs %s: stderr %q, want a summary of 11 inputs, 7 cables, 2 failed", jobs, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] == "" || outs[1] != outs[0] || outs[2] != outs[0] {
		t.Errorf("report --format jsonl differs between --jobs 1, 2 and 5")
	}
	code, _, errs := runTipx(t, "report", "--format", "jsonl", "--quiet", "../../testdata/cables")
	if code != exitOK || errs != "" {
		t.Errorf("report --quiet: exit %d, stderr %q; want 0 and nothing", code, errs)
	}
	code, _, errs = runTipx(t, "report", "--format", "jsonl", "--jobs", "-2", "../../testdata/cables")
	if code != exitUsage || !strings.Contains(errs, "--jobs") {
		t.Errorf("report --jobs -2: exit %d, stderr %q; want a usage error", code, errs)
	}
}

func TestExtractRunFlags(t *testing.T) {
	var outs []string
	for _, jobs := range []string{"1", "2", "5"} {
		code, out, errs := runTipx(t, "extract", "--jobs", jobs, docsDir, "../../testdata/cables")
		if code != exitFailed { // the empty and the binary file fail
			t.Fatalf("extract --jobs %s: exit %d, want %d; stderr %s", jobs, code, exitFailed, errs)
		}
		if !strings.Contains(errs, "tipx extract: 11 inputs, 7 cables, 7 TIP cables, ") || !strings.Contains(errs, "binary.txt: binary data") {
			t.Errorf("extract --jobs %s: stderr %q, want the failures and a summary of 11 inputs, 7 cables", jobs, errs)
		}
		outs = append(outs, out)
	}
	if outs[0] == "" || outs[1] != outs[0] || outs[2] != outs[0] {
		t.Errorf("extract output differs between --jobs 1, 2 and 5")
	}
	// sorted by cable id: the reader's test cables (08…, 09TESTPOST…, 10…, 99…) around 09BAKU677
	lines := strings.Split(strings.TrimSpace(outs[0]), "\n")
	prev := ""
	for _, l := range lines {
		id := l[strings.Index(l, `"cable":"`)+9:]
		id = id[:strings.Index(id, `"`)]
		if id < prev {
			t.Fatalf("extract output not sorted by cable id: %s after %s", id, prev)
		}
		prev = id
	}
	code, _, errs := runTipx(t, "extract", "--quiet", "../../testdata/cables")
	if code != exitOK || errs != "" {
		t.Errorf("extract --quiet: exit %d, stderr %q; want 0 and nothing", code, errs)
	}
	code, _, errs = runTipx(t, "extract", "--jobs", "-1", "../../testdata/cables")
	if code != exitUsage || !strings.Contains(errs, "--jobs") {
		t.Errorf("extract --jobs -1: exit %d, stderr %q; want a usage error", code, errs)
	}
}
