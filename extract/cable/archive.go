package cable

import (
	"archive/tar"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"path"

	"github.com/ulikunitz/xz"
)

// maxMember bounds the size of one document (a file, an archive member, a
// cables.csv field) read into memory: parsing holds a few copies of it,
// and the largest real cable is far smaller (140 KB of HTML among the
// 6,712 of the archive).
const maxMember = 16 << 20

// archive streams the members of a tar, tar.gz or tar.xz archive; a member
// is named "ARCHIVE/MEMBER". A broken archive is one failure, after the
// members read before the break.
func (w *walker) archive(name string, r io.Reader, kind string) error {
	var err error
	switch kind {
	case "tar.gz":
		var z *gzip.Reader
		if z, err = gzip.NewReader(r); err == nil {
			defer z.Close()
			r = w.unpacked(z)
		}
	case "tar.xz":
		var z *xz.Reader
		if z, err = xz.NewReader(r); err == nil {
			r = w.unpacked(z)
		}
	}
	if err != nil {
		return w.emit(name, nil, docErr(name, 0, fmt.Errorf("open %s archive: %v: %w", kind, err, ErrMalformed)))
	}
	prev := w.inArchive
	w.inArchive = true
	defer func() { w.inArchive = prev }()
	tail := &tailReader{r: r}
	tr := tar.NewReader(tail)
	n := 0
	for {
		h, err := tr.Next()
		if errors.Is(err, io.EOF) {
			if n == 0 {
				return w.emit(name, nil, docErr(name, 0, fmt.Errorf("%s archive holds no files: %w", kind, ErrEmpty)))
			}
			if !tail.zeros() {
				// Go's tar reader takes a stream that stops between two
				// members for a whole archive
				return w.emit(name, nil, docErr(name, 0, fmt.Errorf("%s archive ends after %d members without its end blocks: it was cut short: %w", kind, n, ErrMalformed)))
			}
			return nil
		}
		if err != nil {
			return w.emit(name, nil, docErr(name, 0, fmt.Errorf("read %s archive after %d members: %v: %w", kind, n, err, ErrMalformed)))
		}
		if h.Typeflag != tar.TypeReg {
			continue
		}
		n++
		member := name + "/" + path.Clean(h.Name)
		if why := notDocument(h.Name); why != "" {
			if err := w.emit(member, nil, docErr(member, 0, fmt.Errorf("%s: %w", why, ErrNotDocument))); err != nil {
				return err
			}
			continue
		}
		if h.Size > maxMember {
			if err := w.emit(member, nil, docErr(member, 0, fmt.Errorf("member of %d bytes is too large: %w", h.Size, ErrMalformed))); err != nil {
				return err
			}
			continue
		}
		if k := archiveKind(h.Name, nil); k != "" || isCompressedName(h.Name) {
			if err := w.emit(member, nil, docErr(member, 0, fmt.Errorf("archive inside an archive: %w", ErrNotDocument))); err != nil {
				return err
			}
			continue
		}
		if err := w.stream(member, io.LimitReader(tr, maxMember), h.Size); err != nil {
			return err
		}
	}
}

// tailReader remembers the last 512 bytes read through it.
type tailReader struct {
	r    io.Reader
	last [512]byte
	n    int64
}

func (t *tailReader) Read(p []byte) (int, error) {
	k, err := t.r.Read(p)
	if k >= len(t.last) {
		copy(t.last[:], p[k-len(t.last):k])
	} else if k > 0 {
		copy(t.last[:], t.last[k:])
		copy(t.last[len(t.last)-k:], p[:k])
	}
	t.n += int64(k)
	return k, err
}

// zeros reports whether the stream read so far ends in a zero block, as a
// tar archive does.
func (t *tailReader) zeros() bool {
	if t.n < int64(len(t.last)) {
		return false
	}
	for _, c := range t.last {
		if c != 0 {
			return false
		}
	}
	return true
}

func isCompressedName(n string) bool {
	switch path.Ext(n) {
	case ".tar", ".gz", ".tgz", ".xz", ".txz":
		return true
	}
	return false
}
