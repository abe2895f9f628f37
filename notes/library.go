package notes

import (
	"cmp"
	"context"
	"errors"
	"fmt"
	"log/slog"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store"
)

// The estimated memory of an index: indexBase plus indexPerByte for each
// byte of text it holds. Measured with index.Build of generated documents
// (heap after GC, by hand and with BenchmarkServers, on 2026-11-30): an
// index of 5 passages (2 KB of text) held about 600 KB, of 40 passages
// (15 KB) 810 to 870 KB, of 200 (77 KB) about 2.4 MB and of 1,000 (380 KB)
// about 3.4 MB (a large index keeps less in memory per passage). The
// estimate is at or above each of them.
const (
	indexBase    = 560 << 10
	indexPerByte = 24
)

// indexCost estimates the memory an index of c holds.
func indexCost(c *corpus.Corpus) int64 {
	n := int64(indexBase)
	for _, p := range c.Passages() {
		n += indexPerByte * int64(len(p.Text)+len(p.Doc)+len(p.Question))
	}
	return n
}

// Library keeps the servers' notes and their indexes. Its methods are safe
// for concurrent use.
type Library struct {
	st    Store
	build Build
	opts  Options
	log   *slog.Logger
	sem   chan struct{} // a slot per build under way
	quit  chan struct{} // closed by Close: builds under way stop
	wg    sync.WaitGroup

	mu       sync.Mutex
	known    map[string]store.NotesVersion // every server with notes, at its last change seen
	after    int64                         // the change number up to which the store was read
	synced   bool                          // the store was read once
	failedAt time.Time                     // when reading it last failed
	failures map[string]failure            // servers whose last build failed, by server
	entries  map[string]*entry             // the servers whose index is in memory
	resident int64                         // Σ entries' cost
	loading  map[string]*loading           // builds under way, by server
	closed   bool
	stats    Stats
}

// entry is a server's documents and their index, as of one change.
type entry struct {
	guild  string
	seq    int64
	corpus *corpus.Corpus
	ix     Index
	cost   int64
	used   atomic.Int64 // when last asked, in Unix nanoseconds

	mu     sync.RWMutex // read-held while searching, write-held to close
	closed bool
}

// retryAfter is how long after failing to read the store (or a server's
// documents) questions do not wait to try it again: Run keeps trying
// meanwhile, and a change seen lifts it.
const retryAfter = 5 * time.Second

// failure is a build that failed, for the version seq of its server.
type failure struct {
	at  time.Time
	seq int64
	err error
}

// loading is a build under way; done is closed when e or err is set.
type loading struct {
	done chan struct{}
	e    *entry
	err  error
}

// Stats are what a Library holds and has done.
type Stats struct {
	Servers   int   // servers with notes
	Resident  int   // servers whose index is in memory
	Bytes     int64 // their estimated memory
	Builds    int64 // indexes built
	Evictions int64 // indexes dropped to stay within the budget
}

// New returns a Library keeping its notes in st and building indexes with
// build. Call Run (or Sync, once) before answering, and Close at the end.
func New(st Store, build Build, opts Options) *Library {
	opts.Limits = opts.Limits.withDefaults()
	if opts.MemoryBudget <= 0 {
		opts.MemoryBudget = DefaultMemoryBudget
	}
	if opts.PollInterval <= 0 {
		opts.PollInterval = DefaultPollInterval
	}
	if opts.Builders <= 0 {
		opts.Builders = 2
	}
	if opts.BuildTimeout <= 0 {
		opts.BuildTimeout = time.Minute
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	return &Library{
		st: st, build: build, opts: opts, log: opts.Logger,
		sem:      make(chan struct{}, opts.Builders),
		quit:     make(chan struct{}),
		known:    map[string]store.NotesVersion{},
		entries:  map[string]*entry{},
		loading:  map[string]*loading{},
		failures: map[string]failure{},
	}
}

// Run keeps the Library current until ctx is done: it reads which servers
// have notes, then asks the store for changes every Options.PollInterval.
// While the store cannot be reached it keeps asking, and answers from what
// it has. It returns nil when ctx is done.
func (l *Library) Run(ctx context.Context) error {
	t := time.NewTicker(l.opts.PollInterval)
	defer t.Stop()
	failing := false
	for {
		err := l.Sync(ctx)
		switch {
		case ctx.Err() != nil:
			return nil
		case err != nil && !failing:
			l.log.Warn("notes: cannot read changes from the store; answering from what is loaded", "err", err)
		case err == nil && failing:
			l.log.Info("notes: reading changes from the store again")
		}
		failing = err != nil
		select {
		case <-ctx.Done():
			return nil
		case <-t.C:
		}
	}
}

// Sync reads the changes made since the last Sync, by any process, and
// starts building new indexes for the servers whose index is in memory.
func (l *Library) Sync(ctx context.Context) error {
	l.mu.Lock()
	after := l.after
	l.mu.Unlock()
	vs, err := l.st.NotesChanges(ctx, after)
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		l.failedAt = time.Now()
		return fmt.Errorf("notes changes: %w", err)
	}
	for _, v := range vs {
		l.apply(ctx, v)
		l.after = max(l.after, v.Seq)
	}
	l.synced = true
	return nil
}

// changed applies a change made through this Library and, if the
// server's index is in memory, waits (until ctx is done) for its new one:
// whoever made the change is told it is in the answers.
func (l *Library) changed(ctx context.Context, v store.NotesVersion) {
	l.mu.Lock()
	l.apply(ctx, v)
	l.mu.Unlock()
	for {
		l.mu.Lock()
		ld := l.loading[v.Guild]
		l.mu.Unlock()
		if ld == nil {
			return
		}
		select {
		case <-ld.done:
		case <-ctx.Done():
			return
		}
	}
}

// apply records a server's version; its index, if in memory, is dropped
// when it has no documents left, or rebuilt in the background. The caller
// holds l.mu.
func (l *Library) apply(ctx context.Context, v store.NotesVersion) {
	if old, ok := l.known[v.Guild]; ok && old.Seq >= v.Seq {
		return
	}
	l.known[v.Guild] = v
	e := l.entries[v.Guild]
	switch {
	case e == nil || e.seq >= v.Seq:
	case v.Documents == 0:
		l.drop(e)
	default:
		l.startLoad(ctx, v.Guild)
	}
}

// Guild is what a server answers from besides the shared notes.
type Guild struct {
	// Search searches the server's own documents; nil when it has none.
	Search Searcher
	// Corpus holds the server's own documents; nil when it has none.
	Corpus *corpus.Corpus
	// Shared says whether the server answers from the shared notes too.
	Shared bool
}

// Guild returns a server's notes to answer from. The first call for a
// server with documents builds their index, and so does the first after
// its index was dropped to stay within the memory budget; after a change,
// the previous index answers until the new one is built.
func (l *Library) Guild(ctx context.Context, guild string) (Guild, error) {
	v, err := l.version(ctx, guild)
	if err != nil || v.Documents == 0 {
		return Guild{Shared: v.IncludeShared}, err
	}
	e, err := l.entry(ctx, guild, v)
	if err != nil || e.ix == nil {
		return Guild{Shared: v.IncludeShared}, err
	}
	return Guild{Search: &searcher{l: l, e: e}, Corpus: e.corpus, Shared: v.IncludeShared}, nil
}

// GuildCorpus returns a server's own documents (nil when it has none) and
// whether it answers from the shared notes too, without building an index
// when it has none in memory: the daily facts need only the passages.
func (l *Library) GuildCorpus(ctx context.Context, guild string) (*corpus.Corpus, bool, error) {
	v, err := l.version(ctx, guild)
	if err != nil || v.Documents == 0 {
		return nil, v.IncludeShared, err
	}
	l.mu.Lock()
	e := l.entries[guild]
	l.mu.Unlock()
	if e != nil && e.seq >= v.Seq {
		return e.corpus, v.IncludeShared, nil
	}
	c, _, err := l.read(ctx, guild)
	if err != nil {
		return nil, v.IncludeShared, err
	}
	return c, v.IncludeShared, nil
}

// version returns where a server's notes stand; a server without notes has
// no documents and includes the shared notes. Before the first Sync
// succeeds, it tries one, unless one failed within retryAfter: while the
// store is away, questions are not held up trying it.
func (l *Library) version(ctx context.Context, guild string) (store.NotesVersion, error) {
	l.mu.Lock()
	synced, failed := l.synced, time.Since(l.failedAt) < retryAfter
	l.mu.Unlock()
	if !synced {
		err := fmt.Errorf("the store has not been read yet: %w", store.ErrUnavailable)
		if !failed {
			err = l.Sync(ctx)
		}
		if err != nil {
			return store.NotesVersion{Guild: guild, IncludeShared: true}, storeErr("notes", err)
		}
	}
	l.mu.Lock()
	defer l.mu.Unlock()
	v, ok := l.known[guild]
	if !ok {
		return store.NotesVersion{Guild: guild, IncludeShared: true}, nil
	}
	return v, nil
}

// entry returns a server's index in memory, building it if need be. A
// stale one is returned while its successor is built.
func (l *Library) entry(ctx context.Context, guild string, v store.NotesVersion) (*entry, error) {
	l.mu.Lock()
	if e := l.entries[guild]; e != nil {
		if e.seq < v.Seq {
			l.startLoad(ctx, guild)
		}
		e.touch()
		l.mu.Unlock()
		return e, nil
	}
	if f, ok := l.failures[guild]; ok && time.Since(f.at) < retryAfter && f.seq >= v.Seq {
		l.mu.Unlock()
		return nil, f.err
	}
	ld := l.startLoad(ctx, guild)
	l.mu.Unlock()
	if ld == nil {
		return nil, errors.New("notes: closed")
	}
	select {
	case <-ld.done:
		return ld.e, ld.err
	case <-ctx.Done():
		return nil, fmt.Errorf("notes of guild %s: waiting for the index: %w", guild, ctx.Err())
	}
}

// startLoad starts building a server's index, unless a build is under way,
// and returns the build; nil once the Library is closed. The caller holds
// l.mu. The build goes on when ctx ends (the next question needs it), for
// at most Options.BuildTimeout, and stops when the Library is closed. A
// server changed again while its index was built gets another.
func (l *Library) startLoad(ctx context.Context, guild string) *loading {
	if ld := l.loading[guild]; ld != nil {
		return ld
	}
	if l.closed {
		return nil
	}
	ld := &loading{done: make(chan struct{})}
	l.loading[guild] = ld
	bctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), l.opts.BuildTimeout)
	l.wg.Go(func() {
		defer cancel()
		go func() {
			select {
			case <-l.quit:
				cancel()
			case <-bctx.Done():
			}
		}()
		e, err := l.load(bctx, guild)
		l.mu.Lock()
		defer l.mu.Unlock()
		delete(l.loading, guild)
		if err != nil {
			l.failures[guild] = failure{at: time.Now(), seq: l.known[guild].Seq, err: err}
		} else {
			delete(l.failures, guild)
		}
		ld.e, ld.err = e, err
		close(ld.done)
		if k, ok := l.known[guild]; ok && err == nil && k.Seq > e.seq && k.Documents > 0 {
			l.startLoad(ctx, guild)
		}
	})
	return ld
}

// load builds a server's index from the store and puts it in memory,
// dropping the least recently asked others to stay within the budget.
func (l *Library) load(ctx context.Context, guild string) (*entry, error) {
	select {
	case l.sem <- struct{}{}:
	case <-ctx.Done():
		return nil, fmt.Errorf("notes of guild %s: waiting to build: %w", guild, ctx.Err())
	}
	defer func() { <-l.sem }()
	start := time.Now()
	c, seq, err := l.read(ctx, guild)
	if err != nil {
		l.log.Error("notes: cannot load a server's notes", "guild", guild, "err", err)
		return nil, err
	}
	e := &entry{guild: guild, seq: seq, corpus: c}
	if c != nil && l.build == nil {
		return nil, errors.New("notes: no index builder")
	}
	if c != nil {
		if e.ix, err = l.build(ctx, c); err != nil {
			l.log.Error("notes: cannot index a server's notes", "guild", guild, "err", err)
			return nil, storeErr("index notes of guild "+guild, err)
		}
		e.cost = indexCost(c)
	}
	e.touch()
	l.mu.Lock()
	defer l.mu.Unlock()
	l.stats.Builds++
	if l.closed {
		e.close()
		return nil, errors.New("notes: closed")
	}
	old := l.entries[guild]
	if old != nil && old.seq > e.seq {
		e.close() // a newer one was put in meanwhile
		return old, nil
	}
	if old != nil {
		l.drop(old)
	}
	if e.ix != nil {
		l.entries[guild] = e
		l.resident += e.cost
	}
	evicted := l.evict(guild)
	l.log.Debug("notes: index built", "guild", guild, "seq", seq, "cost", e.cost,
		"took", time.Since(start), "resident", l.resident, "evicted", evicted)
	return e, nil
}

// read reads a server's documents and parses them. A document that no
// longer parses (it was added by another version of the bot) is left out
// and logged. c is nil when there are no documents.
func (l *Library) read(ctx context.Context, guild string) (c *corpus.Corpus, seq int64, err error) {
	cat, err := l.st.NotesContents(ctx, guild)
	if err != nil {
		return nil, 0, storeErr("read notes of guild "+guild, err)
	}
	var docs []*corpus.Document
	for _, sd := range cat.Documents {
		d, err := corpus.Parse(sd.Name, sd.Data)
		if err != nil {
			l.log.Error("notes: a stored document no longer reads; leaving it out", "guild", guild, "document", sd.ID, "err", err)
			continue
		}
		docs = append(docs, d)
	}
	if len(docs) == 0 {
		return nil, cat.Seq, nil
	}
	c, err = corpus.New(docs...)
	if err != nil {
		return nil, 0, fmt.Errorf("notes of guild %s: %w", guild, err)
	}
	return c, cat.Seq, nil
}

// evict drops the least recently asked indexes, but keep's, until the rest
// fit the budget, and says how many it dropped. The caller holds l.mu.
func (l *Library) evict(keep string) int {
	if l.resident <= l.opts.MemoryBudget {
		return 0
	}
	var lru []*entry
	for g, e := range l.entries {
		if g != keep {
			lru = append(lru, e)
		}
	}
	slices.SortFunc(lru, func(a, b *entry) int { return cmp.Compare(a.used.Load(), b.used.Load()) })
	n := 0
	for _, e := range lru {
		if l.resident <= l.opts.MemoryBudget {
			break
		}
		l.drop(e)
		l.stats.Evictions++
		n++
	}
	return n
}

// drop takes an entry out of memory and closes its index once the
// searches on it are done. The caller holds l.mu.
func (l *Library) drop(e *entry) {
	if l.entries[e.guild] == e {
		delete(l.entries, e.guild)
		l.resident -= e.cost
	}
	l.wg.Go(e.close)
}

// Stats reports what the Library holds and has done.
func (l *Library) Stats() Stats {
	l.mu.Lock()
	defer l.mu.Unlock()
	s := l.stats
	s.Resident, s.Bytes = len(l.entries), l.resident
	for _, v := range l.known {
		if v.Documents > 0 {
			s.Servers++
		}
	}
	return s
}

// Close waits for the builds under way and closes every index.
func (l *Library) Close() error {
	l.mu.Lock()
	if !l.closed {
		close(l.quit)
	}
	l.closed = true
	for _, e := range l.entries {
		l.drop(e)
	}
	l.mu.Unlock()
	l.wg.Wait()
	return nil
}

func (e *entry) touch() { e.used.Store(time.Now().UnixNano()) }

// close closes e's index once the searches on it are done.
func (e *entry) close() {
	e.mu.Lock()
	defer e.mu.Unlock()
	if !e.closed && e.ix != nil {
		e.ix.Close()
	}
	e.closed = true
}

// searcher searches a server's index; if it was dropped meanwhile, the
// current one.
type searcher struct {
	l *Library
	e *entry
}

func (s *searcher) Search(ctx context.Context, question string, n int) (corpus.Answer, error) {
	for range 3 {
		e := s.e
		e.mu.RLock()
		if !e.closed && e.ix != nil {
			a, err := e.ix.Search(ctx, question, n)
			e.mu.RUnlock()
			e.touch()
			return a, err
		}
		e.mu.RUnlock()
		v, err := s.l.version(ctx, e.guild)
		if err != nil {
			return corpus.Answer{}, err
		}
		if v.Documents == 0 {
			return corpus.Answer{Question: question}, nil
		}
		if s.e, err = s.l.entry(ctx, e.guild, v); err != nil {
			return corpus.Answer{}, err
		}
	}
	return corpus.Answer{}, fmt.Errorf("notes of guild %s: the index kept changing", s.e.guild)
}
