package daily

import (
	"context"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// mustCorpus builds a corpus of one document with kp key points, dev
// developments and faq FAQs, plus a definition that is never eligible.
func mustCorpus(tb testing.TB, kp, dev, faq int) *corpus.Corpus {
	tb.Helper()
	return mustCorpusOf(tb, passages("doc", corpus.KindKeyPoint, 1, kp), passages("doc", corpus.KindDevelopment, 1, dev), passages("doc", corpus.KindFAQ, 1, faq))
}

// passages returns n passages of a kind numbered from first.
func passages(doc string, k corpus.Kind, first, n int) []corpus.Passage {
	heading := map[corpus.Kind]string{corpus.KindKeyPoint: "Key Points", corpus.KindDevelopment: "Recent Developments", corpus.KindFAQ: "FAQ"}[k]
	var out []corpus.Passage
	for i := first; i < first+n; i++ {
		out = append(out, corpus.Passage{
			ID: fmt.Sprintf("%s/%s/%d", doc, corpus.Slug(heading), i), DocID: doc, Doc: "Doc " + doc,
			Section: []string{heading, fmt.Sprint(i)}, Kind: k, Ordinal: i, Text: fmt.Sprintf("%s fact %d", k, i),
		})
	}
	return out
}

func mustCorpusOf(tb testing.TB, groups ...[]corpus.Passage) *corpus.Corpus {
	tb.Helper()
	d := &corpus.Document{ID: "doc", Title: "Doc doc", Passages: []corpus.Passage{{ID: "doc/definition", DocID: "doc", Doc: "Doc doc", Section: []string{"Definition"}, Kind: corpus.KindDefinition, Text: "never posted"}}}
	for _, g := range groups {
		d.Passages = append(d.Passages, g...)
	}
	c, err := corpus.New(d)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// fakeClock is a Clock that moves only when told to.
type fakeClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*fakeTimer
}

type fakeTimer struct {
	c     *fakeClock
	ch    chan time.Time
	at    time.Time
	fired bool
}

func newClock(t time.Time) *fakeClock { return &fakeClock{now: t} }

func (c *fakeClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *fakeClock) NewTimer(d time.Duration) Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &fakeTimer{c: c, ch: make(chan time.Time, 1), at: c.now.Add(d)}
	if d <= 0 {
		t.fired = true
		t.ch <- c.now
		return t
	}
	c.timers = append(c.timers, t)
	return t
}

// Set moves the clock to t and fires the timers due by then.
func (c *fakeClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	c.timers = slices.DeleteFunc(c.timers, func(t *fakeTimer) bool {
		if t.at.After(c.now) {
			return false
		}
		t.fired = true
		t.ch <- c.now
		return true
	})
}

func (c *fakeClock) Advance(d time.Duration) { c.Set(c.Now().Add(d)) }

// armed returns the deadlines of the timers not yet fired or stopped.
func (c *fakeClock) armed() []time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	var out []time.Time
	for _, t := range c.timers {
		out = append(out, t.at)
	}
	return out
}

func (t *fakeTimer) C() <-chan time.Time { return t.ch }

func (t *fakeTimer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	n := len(t.c.timers)
	t.c.timers = slices.DeleteFunc(t.c.timers, func(x *fakeTimer) bool { return x == t })
	return len(t.c.timers) < n
}

// send is one call of fakeSender.SendFact.
type send struct {
	At      time.Time
	Channel string
	Passage string
	Nonce   string
}

// fakeSender records sends and, like Discord with enforce_nonce, delivers
// a nonce to a channel only once.
type fakeSender struct {
	clock *fakeClock
	mu    sync.Mutex
	calls []send
	posts []send // deliveries: calls minus nonce repeats and failures
	// fail, when set, decides the error of a call.
	fail func(call send) error
}

func (f *fakeSender) SendFact(ctx context.Context, channelID string, p corpus.Passage, nonce string) error {
	f.mu.Lock()
	defer f.mu.Unlock()
	call := send{At: f.clock.Now(), Channel: channelID, Passage: p.ID, Nonce: nonce}
	f.calls = append(f.calls, call)
	if f.fail != nil {
		if err := f.fail(call); err != nil {
			return err
		}
	}
	if !slices.ContainsFunc(f.posts, func(s send) bool { return s.Channel == channelID && s.Nonce == nonce }) {
		f.posts = append(f.posts, call)
	}
	return nil
}

func (f *fakeSender) setFail(fn func(send) error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fn
}

func (f *fakeSender) Calls() []send {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.calls)
}

func (f *fakeSender) Posts() []send {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.posts)
}

// env is a store file, a clock and a sender that schedulers share across
// restarts.
type env struct {
	path   string
	clock  *fakeClock
	sender *fakeSender
	corpus *corpus.Corpus
	opts   Options
	stores map[*Scheduler]*bolt.Store
}

func newEnv(tb testing.TB, start time.Time, c *corpus.Corpus) *env {
	tb.Helper()
	clk := newClock(start)
	return &env{
		path:   filepath.Join(tb.TempDir(), "conceptbot.db"),
		clock:  clk,
		sender: &fakeSender{clock: clk},
		corpus: c,
		opts:   Options{Rand: rand.New(rand.NewPCG(1, 2)), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))},
		stores: map[*Scheduler]*bolt.Store{},
	}
}

// mustOpen opens the store and a Scheduler on it that leads, as Run makes
// it once it takes the lead, and has read the schedules. The store is
// closed at the end of the test.
func (e *env) mustOpen(tb testing.TB) *Scheduler {
	tb.Helper()
	st, err := bolt.Open(e.path, bolt.Options{Logger: e.opts.Logger})
	if err != nil {
		tb.Fatalf("bolt.Open: %v", err)
	}
	tb.Cleanup(func() { st.Close() })
	opts := e.opts
	opts.Clock = e.clock
	s, err := New(st, e.corpus, e.sender, opts)
	if err != nil {
		tb.Fatalf("New: %v", err)
	}
	if err := s.reload(tb.Context()); err != nil {
		tb.Fatalf("reload: %v", err)
	}
	s.leading.Store(true)
	e.stores[s] = st
	return s
}

// close stops s as a crash would: its store is closed, nothing else.
func (e *env) close(s *Scheduler) {
	e.stores[s].Close()
}

// fireDue makes the posts due now, one after the other, as Run would.
func fireDue(tb testing.TB, s *Scheduler) {
	tb.Helper()
	due, _ := s.due(s.clock.Now())
	for _, g := range due {
		s.fire(context.Background(), g)
	}
}

// at returns the instant of a local wall time in zone.
func at(tb testing.TB, zone string, y int, mo time.Month, d, h, m int) time.Time {
	tb.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		tb.Fatal(err)
	}
	return time.Date(y, mo, d, h, m, 0, 0, loc)
}

func mustSet(tb testing.TB, s *Scheduler, guild, channel, hhmm, zone, from string) Status {
	tb.Helper()
	st, err := s.Set(tb.Context(), guild, channel, hhmm, zone, from)
	if err != nil {
		tb.Fatalf("Set(%s, %s, %s, %s, %s): %v", guild, channel, hhmm, zone, from, err)
	}
	return st
}

func mustStatus(tb testing.TB, s *Scheduler, guild string) Status {
	tb.Helper()
	st, err := s.Status(tb.Context(), guild)
	if err != nil {
		tb.Fatalf("Status(%s): %v", guild, err)
	}
	return st
}

// waitFor polls cond, for events of goroutines the test does not control.
func waitFor(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(20 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// recv receives from ch, failing the test after 20 s.
func recv[T any](tb testing.TB, ch <-chan T, what string) T {
	tb.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(20 * time.Second):
		tb.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}
