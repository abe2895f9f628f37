package index

import (
	"context"
	"errors"
	"fmt"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	"golang.org/x/sync/singleflight"

	"github.com/conceptbot/conceptbot/corpus"
)

// Live is the index a long-running process answers from: an index loaded
// as Load does, that heals. When a search on an on-disk index fails, Live
// checks the index's files against the checksums recorded when it was
// built; if they have changed (a failing disk, a stray write, a truncated
// file), it rebuilds the index beside it, answers from the new one and
// closes the old one once the searches in flight on it are done, instead of
// failing every later question. A search that fails on an intact index
// fails as it is; the files are then checked again at most once a minute.
// Live is safe for concurrent use.
type Live struct {
	corpus *corpus.Corpus
	fp     string
	opts   Options

	mu     sync.RWMutex // held to read while searching; to write while swapping
	ix     *Index
	gen    uint64 // incremented by every swap
	closed bool

	heal     singleflight.Group
	intactAt atomic.Pointer[intact] // when the files last checked out intact
	rebuilds atomic.Int64
}

// intact records that the index of generation gen was found intact at at.
type intact struct {
	gen uint64
	at  time.Time
}

// recheckAfter is how long after finding the index intact a failed search
// does not check its files again.
const recheckAfter = time.Minute

// errIntact means a search failed on an index whose files are intact: the
// failure is not damage, and rebuilding would not help.
var errIntact = errors.New("the index files are intact")

// OpenLive loads the index of c as Load does and returns it as a Live.
func OpenLive(ctx context.Context, c *corpus.Corpus, opts Options) (*Live, error) {
	ix, err := Load(ctx, c, opts)
	if err != nil {
		return nil, err
	}
	l := &Live{corpus: c, opts: opts, ix: ix}
	if opts.Path != "" {
		l.fp = Fingerprint(c)
	}
	return l, nil
}

// Search answers question as Index.Search does, from the current index.
// When the search fails and the on-disk index is found damaged, it waits
// (until ctx ends) for the index to be rebuilt, and asks again.
func (l *Live) Search(ctx context.Context, question string, n int) (corpus.Answer, error) {
	a, gen, err := l.search(ctx, question, n)
	if err == nil || ctx.Err() != nil || l.opts.Path == "" {
		return a, err
	}
	if herr := l.healFrom(ctx, gen, err); herr != nil {
		if errors.Is(herr, errIntact) {
			return a, err
		}
		return a, fmt.Errorf("%w; rebuilding the index: %w", err, herr)
	}
	a, _, err = l.search(ctx, question, n)
	return a, err
}

// search asks the current index. A fault reading a memory-mapped file that
// shrank, or any panic in the index, is returned as an error.
func (l *Live) search(ctx context.Context, question string, n int) (a corpus.Answer, gen uint64, err error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		return a, l.gen, errors.New("search: the index is closed")
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("search: panic: %v", r)
		}
	}()
	a, err = l.ix.Search(ctx, question, n)
	return a, l.gen, err
}

// healFrom rebuilds the index of generation gen if its files are damaged,
// once however many searches ask at the same time. The rebuild goes on when
// ctx ends: later questions need it.
func (l *Live) healFrom(ctx context.Context, gen uint64, cause error) error {
	bctx := context.WithoutCancel(ctx)
	ch := l.heal.DoChan(strconv.FormatUint(gen, 10), func() (any, error) {
		return nil, l.healGen(bctx, gen, cause)
	})
	select {
	case r := <-ch:
		return r.Err
	case <-ctx.Done():
		return ctx.Err()
	}
}

func (l *Live) healGen(ctx context.Context, gen uint64, cause error) error {
	l.mu.RLock()
	cur, now, closed := l.ix, l.gen, l.closed
	l.mu.RUnlock()
	switch {
	case closed:
		return errors.New("the index is closed")
	case now != gen:
		return nil // already rebuilt
	}
	if last := l.intactAt.Load(); last != nil && last.gen == gen && time.Since(last.at) < recheckAfter {
		return errIntact
	}
	verr := verify(cur.dir)
	if verr == nil {
		l.intactAt.Store(&intact{gen: gen, at: time.Now()})
		return errIntact
	}
	l.opts.logger().Warn("index damaged: rebuilding it", "dir", cur.dir, "damage", verr, "search error", cause)
	ix, err := rebuild(ctx, l.corpus, l.fp, l.opts, cur.dir)
	if err != nil {
		l.opts.logger().Error("index rebuild failed", "path", l.opts.Path, "err", err)
		return err
	}
	l.mu.Lock()
	old := l.ix
	if l.closed {
		l.mu.Unlock()
		return ix.Close()
	}
	l.ix = ix
	l.gen++
	l.mu.Unlock()
	l.rebuilds.Add(1)
	l.opts.logger().Info("index rebuilt", "dir", ix.dir)
	return old.Close()
}

// Corpus returns the corpus the index was built from.
func (l *Live) Corpus() *corpus.Corpus { return l.corpus }

// Rebuilds is how many times the index was rebuilt because it was damaged.
func (l *Live) Rebuilds() int { return int(l.rebuilds.Load()) }

// Close waits for the searches in flight and closes the index. Closing it
// again does nothing.
func (l *Live) Close() error {
	l.mu.Lock()
	defer l.mu.Unlock()
	if l.closed {
		return nil
	}
	l.closed = true
	return l.ix.Close()
}

// Explain explains question's answer from the current index; see
// Index.Explain.
func (l *Live) Explain(ctx context.Context, question string, n int) (Explanation, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		return Explanation{}, errors.New("explain: the index is closed")
	}
	return l.ix.Explain(ctx, question, n)
}

// Outcomes scores the answers to qs from the current index; see
// Index.Outcomes.
func (l *Live) Outcomes(ctx context.Context, qs []EvalQuestion) ([]Outcome, error) {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		return nil, errors.New("evaluate: the index is closed")
	}
	return l.ix.Outcomes(ctx, qs)
}
