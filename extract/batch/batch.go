package batch

import (
	"errors"
	"fmt"
	"io"
	"runtime"
	"runtime/debug"
	"sync"
	"time"

	"github.com/tipx/tipx/extract"
	"github.com/tipx/tipx/extract/cable"
	"github.com/tipx/tipx/model"
)

// Extractor is what Run needs of *extract.Extractor: figures from a cable,
// safe for concurrent use. Run calls it only for cables about trafficking
// in persons (extract.Relevant), the others giving no figures.
type Extractor interface {
	Cable(c *model.Cable) []model.Figure
}

// Progress is told how far a run has gone. Update is called from one
// goroutine after each document is delivered.
type Progress interface {
	Update(Status)
}

// Status is how far a run has gone.
type Status struct {
	Done  int // documents delivered so far
	Total int // documents the run will meet; 0 when not known in advance (an archive, a cables.csv, stdin)
	// Read is how many bytes of the inputs had been read when the last
	// delivered document was handed to a worker (cable.Pending.Read); Size
	// is the inputs' total size (cable.InputSize), 0 when not known
	// (standard input).
	Read, Size int64
}

// Fraction returns how much of the run is done, from 0 to 1: by documents
// when their total is known, otherwise by bytes read. ok is false when
// neither is known.
func (s Status) Fraction() (f float64, ok bool) {
	switch {
	case s.Total > 0:
		f = float64(s.Done) / float64(s.Total)
	case s.Size > 0:
		f = float64(s.Read) / float64(s.Size)
	default:
		return 0, false
	}
	return min(max(f, 0), 1), true
}

// Options tune a run. The zero value is one worker per CPU, no progress.
type Options struct {
	Jobs     int           // workers; 0 or less means runtime.NumCPU()
	Input    cable.Options // what to assume for documents that state none (plain prose)
	Progress Progress      // nil for none
}

func (o Options) jobs() int {
	if o.Jobs > 0 {
		return o.Jobs
	}
	return runtime.NumCPU()
}

// window is how many documents per worker may be in flight (read and not
// yet delivered): enough to keep workers busy behind one slow document,
// few enough to bound memory.
const window = 32

// Run reads every document under paths ("-" is stdin), extracts its
// figures with x in opts.Jobs workers, and calls fn once per document, in
// input order, from the calling goroutine. fn returning an error stops the
// run: Run waits for the workers to finish and returns that error with the
// summary of what was delivered. Errors of single documents are not errors
// of the run: they are in the Result and counted in the Summary.
func Run(paths []string, stdin io.Reader, x Extractor, opts Options, fn func(Result) error) (Summary, error) {
	var st Status
	if opts.Progress != nil {
		st.Total, st.Size = measure(paths)
	}
	src := func(emit func(name string, read int64, parse parseFunc) error) error {
		_, err := cable.Stream(paths, stdin, opts.Input, func(p cable.Pending) error {
			return emit(p.Name, p.Read, func() (*model.Cable, error) {
				d := p.Parse()
				return d.Cable, d.Err
			})
		})
		return err
	}
	return run(src, x, opts, st, fn)
}

// parseFunc parses one document; it runs in a worker.
type parseFunc func() (*model.Cable, error)

// source calls emit for each document in input order, from one goroutine,
// with the bytes of input read so far, and stops when emit returns an
// error.
type source func(emit func(name string, read int64, parse parseFunc) error) error

type job struct {
	seq   int
	name  string
	read  int64
	parse parseFunc
}

// errStopped is returned to the source once the consumer has stopped.
var errStopped = errors.New("batch: run stopped")

func run(src source, x Extractor, opts Options, st Status, fn func(Result) error) (Summary, error) {
	start := time.Now()
	n := opts.jobs()
	jobs := make(chan job, n*window)
	results := make(chan Result, n*window)
	tokens := make(chan struct{}, n*window) // documents in flight
	stop := make(chan struct{})

	var readErr error
	go func() {
		defer close(jobs)
		defer func() {
			if p := recover(); p != nil { // a bug in a reader: the run fails, the process lives
				readErr = fmt.Errorf("%w: panic while reading: %v\n%s", ErrInternal, p, debug.Stack())
			}
		}()
		seq := 0
		readErr = src(func(name string, read int64, parse parseFunc) error {
			select {
			case tokens <- struct{}{}:
			case <-stop:
				return errStopped
			}
			select {
			case jobs <- job{seq: seq, name: name, read: read, parse: parse}:
			case <-stop:
				return errStopped
			}
			seq++
			return nil
		})
	}()
	var wg sync.WaitGroup
	for range n {
		wg.Go(func() {
			for j := range jobs {
				results <- process(x, j)
			}
		})
	}
	go func() {
		wg.Wait()
		close(results)
	}()

	var sum Summary
	var fnErr error
	pending := make(map[int]Result, n*window)
	next := 0
	for r := range results {
		if fnErr != nil {
			continue // drain: the workers finish what they hold
		}
		pending[r.Seq] = r
		for {
			r, ok := pending[next]
			if !ok {
				break
			}
			delete(pending, next)
			next++
			<-tokens
			sum.add(r)
			if opts.Progress != nil {
				st.Done, st.Read = sum.Inputs, r.read
				opts.Progress.Update(st)
			}
			if err := fn(r); err != nil {
				fnErr = err
				close(stop)
				break
			}
		}
	}
	sum.Elapsed = time.Since(start)
	switch {
	case fnErr != nil:
		return sum, fnErr
	case readErr != nil && !errors.Is(readErr, errStopped):
		return sum, fmt.Errorf("read documents: %w", readErr)
	}
	return sum, nil
}

// process parses and extracts one document. A panic fails the document.
func process(x Extractor, j job) (r Result) {
	r = Result{Seq: j.seq, Name: j.name, read: j.read}
	defer func() {
		if p := recover(); p != nil {
			r.Cable, r.TIP, r.Figures = nil, false, nil
			r.Err = &cable.Error{Path: j.name, Err: fmt.Errorf("%w: panic: %v\n%s", ErrInternal, p, debug.Stack())}
		}
	}()
	c, err := j.parse()
	if err != nil {
		r.Err = err
		return r
	}
	if c == nil {
		r.Err = &cable.Error{Path: j.name, Err: fmt.Errorf("%w: no cable and no error", ErrInternal)}
		return r
	}
	if err := Check(c); err != nil {
		r.Err = &cable.Error{Path: j.name, Err: err}
		return r
	}
	// the document pre-filter: a cable that is not about TIP holds no
	// figure, and the extractor is not called for it
	if r.TIP, _ = extract.Relevant(c); r.TIP {
		r.Figures = x.Cable(c)
	}
	meta := *c
	meta.Paragraphs = nil
	r.Cable = &meta
	return r
}
