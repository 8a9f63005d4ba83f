// Package batch runs extraction over a whole corpus: a year of cables or a
// whole release (251,287 cables as one 1.7 GB cables.csv) in minutes and in
// bounded memory.
//
// Run reads the documents under its paths with one reader goroutine
// (directories, .tar/.tar.gz/.tar.xz archives and cables.csv are streamed,
// never unpacked to disk), hands them to a bounded pool of workers that
// parse them and extract their figures with one shared Extractor, and
// delivers one Result per document in input order, whatever the number of
// workers. A document's body is dropped as soon as its figures are
// extracted: a Result keeps the cable's metadata and figures only.
//
// Memory is bounded by a window of documents in flight (read but not yet
// delivered): the reader waits while the window is full, so a slow
// document holds the reader back instead of letting results pile up.
//
// Every input is accounted for: Summary.Cables + Summary.Skipped +
// Summary.Failed == Summary.Inputs. A panic while parsing or extracting one
// document fails that document (ErrInternal) instead of the run, and so
// does a paragraph longer than MaxParagraph (ErrTooLarge), which no real
// cable has and which would hold a worker for hours.
//
// Sort puts figures in the order of tipx's JSON Lines output: by cable id,
// then figure id, ties kept in input order, so that the output is
// byte-identical for any number of workers.
package batch
