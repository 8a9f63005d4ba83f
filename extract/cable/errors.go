package cable

import (
	"errors"
	"fmt"
)

// Errors a document can fail or be skipped with; test them with errors.Is.
// ErrNotCable and ErrNotDocument mark documents that are skipped rather
// than failed (see Skipped).
var (
	// ErrNotCable: the document is readable but holds no cable (an HTML page
	// without a cable, prose without the --id, --date and --country options).
	ErrNotCable = errors.New("not a cable")
	// ErrNotDocument: a file in a directory or archive that is plainly not a
	// document (an image, a spreadsheet, JSON Lines output).
	ErrNotDocument = errors.New("not a document")
	// ErrEmpty: the document has no content.
	ErrEmpty = errors.New("empty document")
	// ErrBinary: the document is binary data, not text.
	ErrBinary = errors.New("binary data, not text")
	// ErrMalformed: the document looks like a cable format but cannot be read
	// (a broken cables.csv row, a truncated archive).
	ErrMalformed = errors.New("malformed document")
)

// Error is the error of one document: its path (file, archive member or
// csv row), the line when known (0 otherwise) and the cause.
type Error struct {
	Path string
	Line int
	Err  error
}

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

func (e *Error) Unwrap() error { return e.Err }

// Skipped reports whether err marks a document that is not a cable (counted
// as skipped by Walk) rather than one that failed.
func Skipped(err error) bool {
	return errors.Is(err, ErrNotCable) || errors.Is(err, ErrNotDocument)
}

func docErr(path string, line int, err error) error {
	return &Error{Path: path, Line: line, Err: err}
}
