package report

import (
	"bytes"
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestLibreOffice opens the test workbooks in LibreOffice Calc (headless,
// through scripts/check-workbook.sh) where LibreOffice is installed: a
// workbook Calc cannot load fails the test.
func TestLibreOffice(t *testing.T) {
	if _, err := exec.LookPath("libreoffice"); err != nil {
		t.Skip("libreoffice not on PATH: install libreoffice-calc and poppler-utils to run this check")
	}
	if testing.Short() {
		t.Skip("converting with LibreOffice takes seconds; skipped with -short")
	}
	script, err := filepath.Abs(filepath.Join("..", "scripts", "check-workbook.sh"))
	must(t, err)
	dir := t.TempDir()
	books := map[string]func(*bytes.Buffer) error{
		"ruritania.xlsx": func(b *bytes.Buffer) error { return WriteCountry(b, fixture(t, "ruritania"), "Ruritania") },
		"comparison.xlsx": func(b *bytes.Buffer) error {
			return WriteComparison(b, fixture(t, "baku", "ruritania"))
		},
	}
	for name, write := range books {
		var buf bytes.Buffer
		must(t, write(&buf))
		path := filepath.Join(dir, name)
		must(t, os.WriteFile(path, buf.Bytes(), 0o644))
		out, err := exec.Command("sh", script, path, filepath.Join(dir, "pages")).CombinedOutput()
		if err != nil {
			t.Fatalf("check-workbook.sh %s: %v\n%s", name, err, out)
		}
		pages, err := filepath.Glob(filepath.Join(dir, "pages", name[:len(name)-5]+"*.png"))
		must(t, err)
		if len(pages) == 0 {
			t.Errorf("%s: no PNG pages", name)
		}
	}
}
