package cable

import (
	"io"

	"github.com/tipx/tipx/model"
)

// Pending is a document that Stream has read but not parsed.
type Pending struct {
	Name string
	// Read is how many bytes of the inputs Stream had read when it handed
	// this document over: for a file, every byte up to its end; for a
	// member of a compressed archive, the bytes of the tar it holds up to
	// the member's end. Against the inputs' total size (InputSize) it tells
	// how far a run has gone when the number of documents is not known in
	// advance.
	Read  int64
	parse func() (*model.Cable, error)
}

// Parse parses the document and returns it as Walk would have given it.
// It may run on any goroutine, but only once.
func (p Pending) Parse() Doc {
	c, err := p.parse()
	return Doc{Name: p.Name, Cable: c, Err: err}
}

// Stream reads the documents under paths as Walk does, in the same order,
// but leaves the parsing to its caller: fn receives each document unparsed,
// so that a pool of workers can parse while Stream reads on. A Pending
// holds the document's bytes (a file or an archive member, a cables.csv
// row) until it is parsed. A document that the reader itself cannot read
// (an unreadable file, a broken archive, a file skipped by its name) comes
// as a Pending whose Parse returns that error. Stream returns how many
// documents it handed to fn; fn returning an error stops the stream, and
// Stream returns that error.
func Stream(paths []string, stdin io.Reader, opts Options, fn func(Pending) error) (int, error) {
	w := &walker{opts: opts, pending: fn}
	err := w.all(paths, stdin)
	return w.sum.Inputs, err
}

// deliver parses a document now, for Walk, or hands it to Stream's fn
// unparsed.
func (w *walker) deliver(name string, parse func() (*model.Cable, error)) error {
	if w.pending == nil {
		c, err := parse()
		return w.emit(name, c, err)
	}
	w.sum.Inputs++
	if err := w.pending(Pending{Name: name, Read: w.read, parse: parse}); err != nil {
		return errStop{err}
	}
	return nil
}
