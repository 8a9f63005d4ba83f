package batch

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"
)

// Count returns how many documents a run over paths will meet, reading
// directory entries only, or 0 when that cannot be known without reading
// the documents: standard input, an archive or a cables.csv among them.
func Count(paths []string) int {
	n := 0
	for _, p := range paths {
		k := countPath(p)
		if k < 0 {
			return 0
		}
		n += k
	}
	return n
}

// countPath counts the documents of one path, or returns -1 when unknown.
func countPath(p string) int {
	if p == "-" {
		return -1
	}
	st, err := os.Stat(p)
	if err != nil {
		return 1 // one failure
	}
	if !st.IsDir() {
		if container(p) {
			return -1
		}
		return 1
	}
	n := 0
	err = filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			n++
			return nil
		case d.IsDir():
			if q != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		case !d.Type().IsRegular() || strings.HasPrefix(d.Name(), "."):
			return nil
		case container(q):
			n = -1
			return filepath.SkipAll
		}
		n++
		return nil
	})
	if err != nil {
		return -1
	}
	return n
}

// container reports whether a file's name says it holds many documents.
func container(name string) bool {
	l := strings.ToLower(name)
	for _, ext := range []string{".tar", ".tar.gz", ".tgz", ".tar.xz", ".txz", ".csv"} {
		if strings.HasSuffix(l, ext) {
			return true
		}
	}
	return false
}
