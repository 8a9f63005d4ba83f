package cable

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/tipx/tipx/model"
)

// Doc is one document Walk read: exactly one of Cable and Err is set; Err is
// an *Error, and Skipped(Err) tells a skipped document from a failed one.
type Doc struct {
	Name  string
	Cable *model.Cable
	Err   error
}

// Failure names a document that failed or was skipped, and why.
type Failure struct {
	Path string
	Err  error
}

func (f Failure) String() string { return fmt.Sprintf("%s: %v", f.Path, reason(f.Err)) }

// reason is the cause of a document error without the path it repeats.
func reason(err error) error {
	var e *Error
	if errors.As(err, &e) {
		if e.Line > 0 {
			return fmt.Errorf("line %d: %w", e.Line, e.Err)
		}
		return e.Err
	}
	return err
}

// Summary counts what Walk read: Read+Skipped+Failed == Inputs.
type Summary struct {
	Inputs, Read, Skipped, Failed int
	Failures                      []Failure // failed documents, in walk order
	Skips                         []Failure // skipped documents, in walk order
}

// errStop carries an error returned by the callback out of the walk.
type errStop struct{ err error }

func (e errStop) Error() string { return e.err.Error() }

// walker holds the state of one Walk.
type walker struct {
	opts Options
	fn   func(Doc) error
	sum  Summary
	// pending is set by Stream: documents go to it unparsed (stream.go).
	pending func(Pending) error
	// read is how many bytes of the inputs have been read so far: of each
	// file and of standard input, or of what a compressed archive holds
	// (see InputSize); cur counts the input being read.
	read      int64
	cur       *counting
	inArchive bool // reading the members of an archive
}

// counting counts the bytes read through it into *n; start is *n before
// the first read.
type counting struct {
	r     io.Reader
	n     *int64
	start int64
}

func (w *walker) counted(r io.Reader) io.Reader {
	w.cur = &counting{r: r, n: &w.read, start: w.read}
	return w.cur
}

func (c *counting) Read(p []byte) (int, error) {
	k, err := c.r.Read(p)
	*c.n += int64(k)
	return k, err
}

// unpacked makes w count the bytes read through r, what a compressed
// input holds, instead of the compressed bytes of the input. In an
// archive inside an archive the outer one goes on counting.
func (w *walker) unpacked(r io.Reader) io.Reader {
	c := w.cur
	if c == nil || w.inArchive {
		return r
	}
	w.read = c.start
	c.n = new(int64)
	return &counting{r: r, n: &w.read}
}

// Walk reads every document under paths ("-" is stdin) and calls fn for
// each cable or failure, in a deterministic order (directory entries
// sorted, archive members and csv rows in stored order), streaming:
// archives and cables.csv are read member by member and row by row, never
// unpacked to disk or held whole in memory. It returns the summary. fn
// returning an error stops the walk and Walk returns that error.
//
// A path named on the command line that cannot be read is a failure; a
// file met inside a directory or archive whose extension says it is no
// document (an image, a spreadsheet, JSON) is skipped.
func Walk(paths []string, stdin io.Reader, opts Options, fn func(Doc) error) (Summary, error) {
	w := &walker{opts: opts, fn: fn}
	err := w.all(paths, stdin)
	return w.sum, err
}

// all reads every path in turn; an error of fn ends it with that error.
func (w *walker) all(paths []string, stdin io.Reader) error {
	for _, p := range paths {
		var err error
		if p == "-" {
			err = w.stream("-", w.counted(stdin), -1)
		} else {
			err = w.path(p)
		}
		var stop errStop
		if errors.As(err, &stop) {
			return stop.err
		}
		if err != nil {
			return err
		}
	}
	return nil
}

// emit records one document and hands it to fn.
func (w *walker) emit(name string, c *model.Cable, err error) error {
	if w.pending != nil {
		return w.deliver(name, func() (*model.Cable, error) { return c, err })
	}
	w.sum.Inputs++
	switch {
	case err == nil:
		w.sum.Read++
	case Skipped(err):
		w.sum.Skipped++
		w.sum.Skips = append(w.sum.Skips, Failure{Path: name, Err: err})
	default:
		w.sum.Failed++
		w.sum.Failures = append(w.sum.Failures, Failure{Path: name, Err: err})
	}
	if e := w.fn(Doc{Name: name, Cable: c, Err: err}); e != nil {
		return errStop{e}
	}
	return nil
}

func (w *walker) path(p string) error {
	st, err := os.Stat(p)
	if err != nil {
		return w.emit(p, nil, docErr(p, 0, unwrapPathErr(err)))
	}
	if !st.IsDir() {
		return w.file(p, false)
	}
	return filepath.WalkDir(p, func(q string, d fs.DirEntry, err error) error {
		if err != nil {
			return w.emit(q, nil, docErr(q, 0, unwrapPathErr(err)))
		}
		if d.IsDir() {
			if q != p && strings.HasPrefix(d.Name(), ".") {
				return filepath.SkipDir
			}
			return nil
		}
		if !d.Type().IsRegular() || strings.HasPrefix(d.Name(), ".") {
			return nil
		}
		return w.file(q, true)
	})
}

func unwrapPathErr(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", pe.Op, pe.Err)
	}
	return err
}

// file reads one file: an archive, a cables.csv or a document.
func (w *walker) file(p string, inDir bool) error {
	if inDir {
		if why := notDocument(p); why != "" {
			return w.emit(p, nil, docErr(p, 0, fmt.Errorf("%s: %w", why, ErrNotDocument)))
		}
	}
	f, err := os.Open(p)
	if err != nil {
		return w.emit(p, nil, docErr(p, 0, unwrapPathErr(err)))
	}
	defer f.Close()
	size := int64(-1)
	if fi, err := f.Stat(); err == nil && fi.Mode().IsRegular() {
		size = fi.Size()
	}
	return w.stream(p, w.counted(f), size)
}

// stream reads r, named name, as whatever its content turns out to be.
// size is r's length when known (a file, an archive member), or -1.
func (w *walker) stream(name string, r io.Reader, size int64) error {
	if size >= 0 && size <= maxMember {
		// a document-sized input is read whole into one buffer of its
		// size: no read buffer, no growing copies
		data, err := readSized(r, size)
		if err != nil {
			return w.emit(name, nil, docErr(name, 0, fmt.Errorf("read: %w", err)))
		}
		if len(data) <= maxMember {
			head := data[:min(len(data), 512)]
			if archiveKind(name, head) == "" && !isCSV(head) {
				return w.whole(name, head, data, true)
			}
		}
		r = bytes.NewReader(data)
	}
	br := bufio.NewReaderSize(r, 64<<10)
	head, _ := br.Peek(512)
	switch kind := archiveKind(name, head); kind {
	case "tar", "tar.gz", "tar.xz":
		return w.archive(name, br, kind)
	case "gz", "xz":
		return w.emit(name, nil, docErr(name, 0, fmt.Errorf("compressed file that is not a tar archive: %w", ErrBinary)))
	}
	if isCSV(head) {
		return w.csv(name, br)
	}
	data, err := io.ReadAll(io.LimitReader(br, maxMember+1))
	if err != nil {
		return w.emit(name, nil, docErr(name, 0, fmt.Errorf("read: %w", err)))
	}
	return w.whole(name, head, data, false)
}

// whole takes data, all of one input that is no archive and no
// cables.csv, as one document; pooled says data came from getBuf.
func (w *walker) whole(name string, head, data []byte, pooled bool) error {
	if strings.HasSuffix(strings.ToLower(name), ".csv") && len(bytes.TrimSpace(head)) > 0 {
		return w.emit(name, nil, docErr(name, 0, fmt.Errorf("csv file not in the cables.csv layout: %w", ErrNotDocument)))
	}
	if len(data) > maxMember {
		return w.emit(name, nil, docErr(name, 0, fmt.Errorf("document of more than %d MB: %w", maxMember>>20, ErrMalformed)))
	}
	return w.doc(name, data, pooled)
}

// readSized reads all of r, expected to hold size bytes, into a buffer of
// that size; a reader that holds more (a file that grew) is read on, up to
// one byte past maxMember.
func readSized(r io.Reader, size int64) ([]byte, error) {
	data := getBuf(int(size))
	n, err := io.ReadFull(r, data)
	data = data[:n]
	switch {
	case err == io.EOF || err == io.ErrUnexpectedEOF:
		return data, nil // shorter than said: what there is
	case err != nil:
		return data, err
	}
	var one [1]byte
	if k, _ := r.Read(one[:]); k == 0 {
		if k, _ = r.Read(one[:]); k == 0 { // a reader may return 0, nil once
			return data, nil
		}
	}
	data = append(data, one[0])
	rest, err := io.ReadAll(io.LimitReader(r, int64(maxMember+1-len(data))))
	return append(data, rest...), err
}

// doc parses one whole document. A pooled buffer goes back to the pool
// once parsed: nothing parsed keeps a reference to it (a Cable holds
// strings, copies).
func (w *walker) doc(name string, data []byte, pooled bool) error {
	return w.deliver(name, func() (*model.Cable, error) {
		c, err := Parse(name, data, w.opts)
		if pooled {
			putBuf(data)
		}
		return c, err
	})
}

// notDocument returns why a file met in a directory or archive is no
// document, judging by its name, or "".
func notDocument(p string) string {
	ext := strings.ToLower(filepath.Ext(p))
	switch ext {
	case ".png", ".jpg", ".jpeg", ".gif", ".svg", ".ico", ".webp", ".bmp", ".tif", ".tiff":
		return "image file"
	case ".pdf", ".doc", ".docx", ".xls", ".xlsx", ".ods", ".odt", ".ppt", ".pptx":
		return "office document (convert it to text first)"
	case ".json", ".jsonl", ".ndjson", ".yaml", ".yml", ".toml":
		return "data file"
	case ".zip", ".7z", ".rar", ".bz2":
		return "unsupported archive"
	case ".go", ".py", ".js", ".css", ".sh", ".exe", ".so", ".o", ".a", ".bin", ".mod", ".sum":
		return "program file"
	case ".mp3", ".mp4", ".wav", ".avi", ".mov":
		return "media file"
	}
	if strings.HasSuffix(strings.ToLower(p), ".golden") {
		return "golden file"
	}
	return ""
}

var (
	gzipMagic = []byte{0x1f, 0x8b}
	xzMagic   = []byte{0xfd, '7', 'z', 'X', 'Z', 0}
)

// archiveKind tells a tar, tar.gz or tar.xz stream by its first bytes (a
// gzip or xz stream is taken as a tar inside unless its name says
// otherwise), or returns "".
func archiveKind(name string, head []byte) string {
	lower := strings.ToLower(name)
	switch {
	case bytes.HasPrefix(head, gzipMagic):
		if strings.HasSuffix(lower, ".gz") && !strings.HasSuffix(lower, ".tar.gz") {
			return "gz"
		}
		return "tar.gz"
	case bytes.HasPrefix(head, xzMagic):
		if strings.HasSuffix(lower, ".xz") && !strings.HasSuffix(lower, ".tar.xz") {
			return "xz"
		}
		return "tar.xz"
	case len(head) >= 262 && bytes.Equal(head[257:262], []byte("ustar")):
		return "tar"
	}
	return ""
}
