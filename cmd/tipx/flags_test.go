package main

import (
	"bytes"
	"flag"
	"io"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"
)

func TestParseInterleaved(t *testing.T) {
	for _, c := range []struct {
		args, paths []string
		out         string
	}{
		{[]string{"a", "-o", "x", "b"}, []string{"a", "b"}, "x"},
		{[]string{"-o", "x", "a"}, []string{"a"}, "x"},
		{[]string{"a", "b", "--o=x"}, []string{"a", "b"}, "x"},
		{[]string{"-", "-o", "x"}, []string{"-"}, "x"},                 // standard input
		{[]string{"a", "--", "-o", "b"}, []string{"a", "-o", "b"}, ""}, // after --, paths only
		{[]string{"--", "-weird name"}, []string{"-weird name"}, ""},
	} {
		fs := flag.NewFlagSet("t", flag.ContinueOnError)
		fs.SetOutput(io.Discard)
		out := fs.String("o", "", "")
		paths, err := parseInterleaved(fs, c.args)
		if err != nil || !reflect.DeepEqual(paths, c.paths) || *out != c.out {
			t.Errorf("parseInterleaved(%q) = %q, -o %q, %v; want %q, -o %q", c.args, paths, *out, err, c.paths, c.out)
		}
	}
}

// TestFlagsAfterPaths: "tipx extract DIR -o FILE --quiet" as analysts
// type it writes FILE, it does not take -o for a path.
func TestFlagsAfterPaths(t *testing.T) {
	out := filepath.Join(t.TempDir(), "figures.jsonl")
	var stdout, stderr bytes.Buffer
	if code := run([]string{"extract", bakuCable, "-o", out, "--quiet"}, strings.NewReader(""), &stdout, &stderr); code != exitOK {
		t.Fatalf("tipx extract CABLE -o FILE --quiet: exit %d, stderr %q", code, stderr.String())
	}
	data, err := os.ReadFile(out)
	if err != nil || strings.Count(string(data), "\n") != 9 || stdout.Len() != 0 || stderr.Len() != 0 {
		t.Errorf("wrote %d lines to -o (%v), %d bytes to stdout, stderr %q; want the 9 figures in the file only", strings.Count(string(data), "\n"), err, stdout.Len(), stderr.String())
	}
	for _, cmd := range []string{"cables", "explain"} {
		stdout.Reset()
		stderr.Reset()
		if code := run([]string{cmd, bakuCable, "--country", "Azerbaijan"}, strings.NewReader(""), &stdout, &stderr); code != exitOK || !strings.Contains(stdout.String(), "09BAKU677") {
			t.Errorf("tipx %s CABLE --country X: exit %d, stderr %q", cmd, code, stderr.String())
		}
	}
}
