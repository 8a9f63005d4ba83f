package main

import (
	"bytes"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

func runCmd(t *testing.T, stdin string, args ...string) (int, string, string) {
	t.Helper()
	var out, errw bytes.Buffer
	code := run(args, strings.NewReader(stdin), &out, &errw)
	return code, out.String(), errw.String()
}

var fixtures = filepath.Join("..", "..", "extract", "cable", "testdata", "docs")

func TestCablesFixtures(t *testing.T) {
	code, out, errw := runCmd(t, "", "cables", fixtures)
	if code != exitFailed {
		t.Errorf("tipx cables %s = exit %d, want %d (two inputs fail)", fixtures, code, exitFailed)
	}
	var ids []string
	for _, l := range strings.Split(strings.TrimSpace(out), "\n") {
		var c cableLine
		if err := json.Unmarshal([]byte(l), &c); err != nil {
			t.Fatalf("stdout line %q: %v", l, err)
		}
		ids = append(ids, c.ID)
		if c.Paragraphs == 0 || c.Country == "" || c.Format == "" || c.Source == "" {
			t.Errorf("cable %+v: want paragraphs, country, format and source", c)
		}
	}
	if got, want := strings.Join(ids, " "), "99TESTPOST7 99TESTPOST8 08TESTPOST101 09TESTPOST202 10TESTPOST303 09TRIPOLI9"; got != want {
		t.Errorf("ids %q, want %q", got, want)
	}
	lines := strings.Split(strings.TrimSpace(errw), "\n")
	want := []string{
		"inputs 10, read 6, skipped 2, failed 2",
		filepath.Join(fixtures, "binary.txt") + ": binary data, not text",
		filepath.Join(fixtures, "empty.txt") + ": empty document",
	}
	if len(lines) < 3 || strings.Join(lines[:3], "\n") != strings.Join(want, "\n") {
		t.Errorf("stderr:\n%s\nwant it to start with:\n%s", errw, strings.Join(want, "\n"))
	}
}

func TestCablesStdin(t *testing.T) {
	data, err := os.ReadFile(filepath.Join("..", "..", "testdata", "cables", "09BAKU677.txt"))
	if err != nil {
		t.Fatal(err)
	}
	code, out, errw := runCmd(t, string(data), "cables", "-")
	if code != exitOK {
		t.Fatalf("tipx cables - = exit %d, stderr %s", code, errw)
	}
	var c cableLine
	if err := json.Unmarshal([]byte(out), &c); err != nil {
		t.Fatal(err)
	}
	if c.ID != "09BAKU677" || c.Country != "Azerbaijan" || c.Signer != "LU" || c.Paragraphs != 11 || c.Source != "-" {
		t.Errorf("tipx cables - = %+v, want 09BAKU677, Azerbaijan, LU, 11 paragraphs, source -", c)
	}
	if !strings.HasPrefix(errw, "inputs 1, read 1, skipped 0, failed 0\n") {
		t.Errorf("stderr %q", errw)
	}
}

func TestCablesProse(t *testing.T) {
	prose := filepath.Join(fixtures, "prose_narrative.txt")
	code, out, _ := runCmd(t, "", "cables", prose)
	if code != exitOK || out != "" {
		t.Errorf("tipx cables PROSE = exit %d, stdout %q, want 0 and nothing (skipped)", code, out)
	}
	code, out, errw := runCmd(t, "", "cables", "--id", "09TESTLAND1", "--date", "2009-06-16", "--country", "Testland", prose)
	var c cableLine
	if err := json.Unmarshal([]byte(out), &c); code != exitOK || err != nil {
		t.Fatalf("tipx cables --id --date --country PROSE = exit %d, %v, stderr %s", code, err, errw)
	}
	if c.ID != "09TESTLAND1" || c.Country != "Testland" || c.Format != "prose" || c.Paragraphs != 2 ||
		c.Created.Format("2006-01-02") != "2009-06-16" {
		t.Errorf("prose cable %+v", c)
	}
}

func TestCablesUsage(t *testing.T) {
	tests := []struct {
		args []string
		code int
		want string
	}{
		{[]string{"cables", "-h"}, exitOK, "Exit status"},
		{[]string{"cables"}, exitUsage, "no PATH given"},
		{[]string{"cables", "--date", "28/08/2009", "x"}, exitUsage, "want YYYY-MM-DD"},
		{[]string{"cables", "--nope", "x"}, exitUsage, "flag provided but not defined"},
	}
	for _, tt := range tests {
		code, _, errw := runCmd(t, "", tt.args...)
		if code != tt.code || !strings.Contains(errw, tt.want) {
			t.Errorf("run(%q) = exit %d, stderr %q, want exit %d and %q", tt.args, code, errw, tt.code, tt.want)
		}
	}
}
