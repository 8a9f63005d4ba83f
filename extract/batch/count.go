package batch

import (
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/tipx/tipx/extract/cable"
)

// Count returns how many documents a run over paths will meet, reading
// directory entries only, or 0 when that cannot be known without reading
// the documents: standard input, an archive or a cables.csv among them.
func Count(paths []string) int {
	n, _ := measure(paths)
	return n
}

// measure returns Count(paths) and the total size in bytes of the files a
// run over paths will read (0 when standard input is among them), walking
// directories once.
func measure(paths []string) (docs int, size int64) {
	known := true
	for _, p := range paths {
		n, s := measurePath(p)
		if n < 0 {
			known = false
		}
		if s < 0 {
			return 0, 0 // standard input: neither is known
		}
		docs += n
		size += s
	}
	if !known {
		docs = 0
	}
	return docs, size
}

// measurePath counts the documents of one path (-1 when unknown) and the
// bytes of its files (-1 for standard input).
func measurePath(p string) (int, int64) {
	if p == "-" {
		return -1, -1
	}
	st, err := os.Stat(p)
	if err != nil {
		return 1, 0 // one failure
	}
	if !st.IsDir() {
		if container(p) {
			return -1, inputSize(p, st.Size())
		}
		return 1, st.Size()
	}
	n, size := 0, int64(0)
	filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		switch {
		case err != nil:
			if n >= 0 {
				n++
			}
			return nil
		case d.IsDir():
			if q != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		case !d.Type().IsRegular() || strings.HasPrefix(d.Name(), "."):
			return nil
		}
		info, err := d.Info()
		if err != nil {
			return nil
		}
		if container(q) {
			n = -1
			size += inputSize(q, info.Size())
			return nil
		}
		size += info.Size()
		if n >= 0 {
			n++
		}
		return nil
	})
	return n, size
}

// inputSize is cable.InputSize, or the file's size when that fails.
func inputSize(p string, size int64) int64 {
	if n, err := cable.InputSize(p); err == nil {
		return n
	}
	return size
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
