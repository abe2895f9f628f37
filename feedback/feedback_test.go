package feedback

import (
	"bytes"
	"context"
	"errors"
	"flag"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"testing/synctest"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// clock is a settable clock.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

// words is a Normalizer for tests: the question's lower-case words of
// three letters or more, but for a few question words, sorted, without
// repeats. The index's own is tested in package index.
type words struct{}

func (words) QuestionKey(q string) string {
	var ws []string
	for _, w := range strings.FieldsFunc(strings.ToLower(q), func(r rune) bool { return !('a' <= r && r <= 'z' || '0' <= r && r <= '9') }) {
		if len(w) >= 3 && !slices.Contains([]string{"the", "what", "who", "how", "when", "was", "are"}, w) && !slices.Contains(ws, w) {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

type fixture struct {
	k      *Keeper
	store  *bolt.Store
	path   string
	clock  *clock
	nextID string // the ID of the next answer recorded
}

func newFixture(tb testing.TB, opts Options) *fixture {
	tb.Helper()
	path := filepath.Join(tb.TempDir(), "conceptbot.db")
	s, err := bolt.Open(path, bolt.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	f := &fixture{store: s, path: path, clock: &clock{t: time.Date(2026, 5, 1, 9, 0, 0, 0, time.UTC)}}
	opts.Now = f.clock.now
	opts.ID = func() string {
		if id := f.nextID; id != "" {
			f.nextID = ""
			return id
		}
		return NewID()
	}
	salts := 0
	if opts.Salt == nil {
		opts.Salt = func() string { salts++; return fmt.Sprintf("salt%d", salts) }
	}
	f.k = New(s, words{}, opts)
	return f
}

// answer is an answer to question: answered from passages, or refused
// offering them.
func answer(question string, answered bool, passages ...string) corpus.Answer {
	a := corpus.Answer{Question: question, Answered: answered, Confidence: 0.5}
	for _, id := range passages {
		a.Results = append(a.Results, corpus.Result{Passage: corpus.Passage{ID: id}})
	}
	return a
}

func (f *fixture) record(tb testing.TB, guild, id string, a corpus.Answer) Ticket {
	tb.Helper()
	f.nextID = id
	t, ok, err := f.k.Record(tb.Context(), guild, a)
	if err != nil || !ok {
		tb.Fatalf("Record(%s, %s) = %v, %v", guild, id, ok, err)
	}
	return t
}

// kept writes what was recorded and returns guild's answers.
func (f *fixture) kept(tb testing.TB, guild string) []store.FeedbackAnswer {
	tb.Helper()
	f.k.Flush(tb.Context())
	all, err := f.store.FeedbackAnswers(tb.Context(), guild, time.Time{})
	if err != nil {
		tb.Fatal(err)
	}
	return all
}

func TestRecord(t *testing.T) {
	f := newFixture(t, Options{})
	a := answer("  What is the\nTTC?\x00 ", true, "p1", "p2")
	a.Shape, a.Confidence = corpus.ShapeList, 0.75
	tk := f.record(t, "300", "1001", a)
	if tk.ID != "1001" || tk.Salt != "salt1" {
		t.Errorf("Record = %+v, want the answer's ID and a fresh salt", tk)
	}
	got := f.kept(t, "300")
	want := store.FeedbackAnswer{Guild: "300", ID: "1001", Question: "What is the TTC?", Key: "ttc", At: f.clock.now(),
		Shape: "list", Passages: []string{"p1", "p2"}, Confidence: 0.75}
	if len(got) != 1 || !sameAnswer(got[0], want) {
		t.Errorf("kept %+v, want %+v", got, want)
	}

	// A refusal; a plain answer gets the passage shape; passages are capped.
	var many []string
	for i := range 15 {
		many = append(many, fmt.Sprint("p", i))
	}
	f.record(t, "300", "1002", answer("who is the pm of japan", false, many...))
	got = f.kept(t, "300")
	if len(got) != 2 || !got[1].Refused || got[1].Shape != "passage" || len(got[1].Passages) != MaxPassages || got[1].Passages[0] != "p0" {
		t.Errorf("refusal kept as %+v, want refused, shape passage, the first %d passages", got[1], MaxPassages)
	}
	// A huge question is cut.
	f.record(t, "300", "1003", answer(strings.Repeat("é", 3000), false))
	if q := f.kept(t, "300")[2].Question; len([]rune(q)) != MaxQuestion {
		t.Errorf("a 3000-rune question is kept with %d runes, want %d", len([]rune(q)), MaxQuestion)
	}
}

func sameAnswer(a, b store.FeedbackAnswer) bool {
	return fmt.Sprint(*a.Normalize()) == fmt.Sprint(*b.Normalize())
}

func TestRecordDirectMessages(t *testing.T) {
	for _, dms := range []bool{false, true} {
		t.Run(fmt.Sprint("dms=", dms), func(t *testing.T) {
			f := newFixture(t, Options{DMs: dms})
			f.nextID = "1001"
			tk, ok, err := f.k.Record(t.Context(), "", answer("what is the ttc", true, "p1"))
			if err != nil || ok != dms {
				t.Fatalf("Record in a DM = %+v, %v, %v; want kept %v", tk, ok, err, dms)
			}
			if n := len(f.kept(t, store.FeedbackDM)); n != map[bool]int{false: 0, true: 1}[dms] {
				t.Errorf("%d answers kept from DMs with dms=%v", n, dms)
			}
			if !dms {
				raw, err := os.ReadFile(f.path)
				if err != nil {
					t.Fatal(err)
				}
				if bytes.Contains(raw, []byte("what is the ttc")) {
					t.Error("the store file holds the question of a DM")
				}
			}
		})
	}
}

func TestVote(t *testing.T) {
	f := newFixture(t, Options{})
	tk := f.record(t, "300", "1001", answer("what is the ttc", true, "p1"))
	steps := []struct {
		user     string
		up       bool
		want     Outcome
		up1, dn1 int
	}{
		{"500", true, Cast, 1, 0},
		{"500", true, Same, 1, 0},
		{"500", false, Changed, 0, 1},
		{"501", false, Cast, 0, 2},
		{"500", true, Changed, 1, 1},
	}
	for i, st := range steps {
		f.clock.advance(time.Minute)
		got, err := f.k.Vote(t.Context(), "300", tk, st.user, st.up)
		if err != nil || got != st.want {
			t.Fatalf("step %d: Vote(%s, up=%v) = %v, %v; want %v", i, st.user, st.up, got, err, st.want)
		}
		a := f.kept(t, "300")[0]
		if up, down := a.Tally(); up != st.up1 || down != st.dn1 {
			t.Errorf("step %d: %d up, %d down; want %d, %d", i, up, down, st.up1, st.dn1)
		}
	}
	// A different salt is a different voter: a vote counts per answer.
	if got, err := f.k.Vote(t.Context(), "300", Ticket{ID: "1001", Salt: "other"}, "500", true); err != nil || got != Cast {
		t.Errorf("Vote with another salt = %v, %v; want a new vote", got, err)
	}
	// The same user's votes on two answers are kept under unrelated hashes.
	tk2 := f.record(t, "300", "1002", answer("what is the ttc", true, "p1"))
	if Voter(tk.Salt, "500") == Voter(tk2.Salt, "500") {
		t.Error("one user's voter hash is the same on two answers")
	}
}

func TestVoteGone(t *testing.T) {
	f := newFixture(t, Options{Retention: 24 * time.Hour})
	if _, err := f.k.Vote(t.Context(), "300", Ticket{ID: "404", Salt: "s"}, "500", true); !errors.Is(err, ErrGone) {
		t.Errorf("Vote on an answer never kept = %v, want ErrGone", err)
	}
	tk := f.record(t, "300", "1001", answer("q", true))
	// Another server's press on the same answer ID finds nothing.
	if _, err := f.k.Vote(t.Context(), "301", tk, "500", true); !errors.Is(err, ErrGone) {
		t.Errorf("Vote from another server = %v, want ErrGone", err)
	}
	f.clock.advance(25 * time.Hour)
	if n, err := f.k.Expire(t.Context()); err != nil || n != 1 {
		t.Fatalf("Expire = %d, %v; want 1", n, err)
	}
	if _, err := f.k.Vote(t.Context(), "300", tk, "500", true); !errors.Is(err, ErrGone) {
		t.Errorf("Vote on an expired answer = %v, want ErrGone", err)
	}
	tk = f.record(t, "300", "1002", answer("q", true))
	if n, err := f.k.Clear(t.Context(), "300"); err != nil || n != 1 {
		t.Fatalf("Clear = %d, %v", n, err)
	}
	if err := f.k.Note(t.Context(), "300", tk, "500", "x"); !errors.Is(err, ErrGone) {
		t.Errorf("Note on a cleared answer = %v, want ErrGone", err)
	}
}

func TestNote(t *testing.T) {
	f := newFixture(t, Options{})
	tk := f.record(t, "300", "1001", answer("what is the ttc", true, "p1"))
	if err := f.k.Note(t.Context(), "300", tk, "500", "x"); !errors.Is(err, ErrNotDown) {
		t.Errorf("Note without a vote = %v, want ErrNotDown", err)
	}
	f.k.Vote(t.Context(), "300", tk, "500", true)
	if err := f.k.Note(t.Context(), "300", tk, "500", "x"); !errors.Is(err, ErrNotDown) {
		t.Errorf("Note on a 👍 = %v, want ErrNotDown", err)
	}
	f.k.Vote(t.Context(), "300", tk, "500", false)
	long := strings.Repeat("ज", 150) + " " + strings.Repeat("x", 150)
	if err := f.k.Note(t.Context(), "300", tk, "500", long); err != nil {
		t.Fatalf("Note = %v", err)
	}
	v := f.kept(t, "300")[0].Votes[0]
	if n := len([]rune(v.Note)); n != MaxNote || v.Up {
		t.Errorf("note kept with %d runes (up %v), want %d on a 👎", n, v.Up, MaxNote)
	}
	// 👎 again keeps the note; 👍 drops it.
	f.k.Vote(t.Context(), "300", tk, "500", false)
	if v := f.kept(t, "300")[0].Votes[0]; v.Note == "" {
		t.Error("a second 👎 dropped the note")
	}
	f.k.Vote(t.Context(), "300", tk, "500", true)
	if v := f.kept(t, "300")[0].Votes[0]; v.Note != "" {
		t.Errorf("a 👍 kept the note %q", v.Note)
	}
}

// TestNoUserIDsKept: neither the asker nor the voters are in the store
// file; only the salted hash of each voter.
func TestNoUserIDsKept(t *testing.T) {
	f := newFixture(t, Options{Salt: func() string { return "s3cr3t-salt" }})
	tk := f.record(t, "300", "1001", answer("what is the ttc", true, "p1"))
	users := []string{"271828182845904523", "314159265358979323"}
	for _, u := range users {
		if _, err := f.k.Vote(t.Context(), "300", tk, u, false); err != nil {
			t.Fatal(err)
		}
	}
	if err := f.store.Close(); err != nil {
		t.Fatal(err)
	}
	raw, err := os.ReadFile(f.path)
	if err != nil {
		t.Fatal(err)
	}
	for _, secret := range append(users, "s3cr3t-salt") {
		if bytes.Contains(raw, []byte(secret)) {
			t.Errorf("the store file holds %q", secret)
		}
	}
	if !bytes.Contains(raw, []byte(Voter("s3cr3t-salt", users[0]))) {
		t.Error("the store file does not hold the voter's hash")
	}
}

// failing is a store whose answers fail to be kept while fail is set.
type failing struct {
	Store
	fail  atomic.Bool
	calls atomic.Int32
}

func (s *failing) PutFeedbackAnswers(ctx context.Context, as []*store.FeedbackAnswer) error {
	s.calls.Add(1)
	if s.fail.Load() {
		return fmt.Errorf("put: %w", store.ErrUnavailable)
	}
	return s.Store.PutFeedbackAnswers(ctx, as)
}

// TestRecordPause: after the store fails to keep answers, answers go
// without buttons for a while, without queueing.
func TestRecordPause(t *testing.T) {
	f := newFixture(t, Options{})
	fs := &failing{Store: f.store}
	fs.fail.Store(true)
	log := &syncbuf.Buffer{}
	k := New(fs, nil, Options{Now: f.clock.now, Logger: slog.New(slog.NewTextHandler(log, nil))})
	if _, ok, err := k.Record(t.Context(), "300", answer("q", true)); !ok || err != nil {
		t.Fatalf("Record = %v, %v; want queued", ok, err)
	}
	k.Flush(t.Context())
	if fs.calls.Load() != 1 || !strings.Contains(log.String(), "feedback: answers not kept") {
		t.Errorf("after a failed write: %d store calls, log:\n%s", fs.calls.Load(), log)
	}
	fs.fail.Store(false)
	f.clock.advance(RecordPause - time.Second)
	if _, ok, err := k.Record(t.Context(), "300", answer("q", true)); ok || err != nil {
		t.Errorf("Record during the pause = %v, %v; want not kept, quietly", ok, err)
	}
	k.Flush(t.Context())
	if fs.calls.Load() != 1 {
		t.Errorf("the store was called during the pause")
	}
	f.clock.advance(time.Second)
	if _, ok, err := k.Record(t.Context(), "300", answer("kept", true)); !ok || err != nil {
		t.Errorf("Record after the pause = %v, %v; want kept", ok, err)
	}
	k.Flush(t.Context())
	if all, _ := f.store.FeedbackAnswers(t.Context(), "300", time.Time{}); len(all) != 1 || all[0].Question != "kept" {
		t.Errorf("kept %+v, want the answer recorded after the pause alone", all)
	}
}

// TestQueueFull: when answers come faster than they are written, the ones
// over Options.Queue go without buttons, and Record pauses.
func TestQueueFull(t *testing.T) {
	f := newFixture(t, Options{Queue: 2})
	for i := range 2 {
		if _, ok, err := f.k.Record(t.Context(), "300", answer(fmt.Sprint("q", i), true)); !ok || err != nil {
			t.Fatalf("Record %d = %v, %v", i, ok, err)
		}
	}
	if _, ok, err := f.k.Record(t.Context(), "300", answer("q2", true)); ok || err == nil {
		t.Errorf("Record over the queue = %v, %v; want not kept, with an error", ok, err)
	}
	if n := len(f.kept(t, "300")); n != 2 {
		t.Errorf("kept %d answers, want the 2 queued", n)
	}
	if _, ok, _ := f.k.Record(t.Context(), "300", answer("q3", true)); ok {
		t.Error("Record right after the queue was full kept the answer, want a pause")
	}
}

// TestWriteTimeout: a store that does not answer holds up no answer, and
// Flush gives up after Options.WriteTimeout.
func TestWriteTimeout(t *testing.T) {
	f := newFixture(t, Options{})
	k := New(stalled{f.store}, nil, Options{WriteTimeout: 20 * time.Millisecond, Now: f.clock.now})
	done := make(chan bool, 1)
	go func() {
		_, ok, _ := k.Record(t.Context(), "300", answer("q", true))
		k.Flush(t.Context())
		done <- ok
	}()
	select {
	case ok := <-done:
		if !ok {
			t.Error("Record on a stalled store did not queue the answer")
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Record and Flush waited on a stalled store")
	}
}

type stalled struct{ Store }

func (stalled) PutFeedbackAnswers(ctx context.Context, _ []*store.FeedbackAnswer) error {
	<-ctx.Done()
	return ctx.Err()
}

// TestVoteOnAnotherProcesssAnswer: a vote on an answer another process
// recorded a moment ago, not yet written, waits for it.
func TestVoteOnAnotherProcesssAnswer(t *testing.T) {
	f := newFixture(t, Options{})
	asker, voter := New(f.store, nil, Options{}), New(f.store, nil, Options{})
	tk, ok, err := asker.Record(t.Context(), "300", answer("q", true))
	if !ok || err != nil {
		t.Fatal(ok, err)
	}
	go func() {
		time.Sleep(150 * time.Millisecond) // the asker's Run writes it a little later
		asker.Flush(context.Background())
	}()
	ctx, cancel := context.WithTimeout(t.Context(), 5*time.Second)
	defer cancel()
	if out, err := voter.Vote(ctx, "300", tk, "500", true); err != nil || out != Cast {
		t.Errorf("Vote on an answer not yet written = %v, %v; want it cast once written", out, err)
	}
	// An old answer that is not there is gone at once.
	start := time.Now()
	if _, err := voter.Vote(ctx, "300", Ticket{ID: "1700000000000000001", Salt: "s"}, "500", true); !errors.Is(err, ErrGone) || time.Since(start) > time.Second {
		t.Errorf("Vote on an old answer never kept = %v after %s, want ErrGone at once", err, time.Since(start))
	}
}

func TestExpire(t *testing.T) {
	f := newFixture(t, Options{Retention: 48 * time.Hour})
	f.record(t, "300", "1", answer("old", false))
	f.record(t, store.FeedbackDM, "2", answer("old in another", false))
	f.clock.advance(24 * time.Hour)
	f.record(t, "300", "3", answer("newer", false))
	f.clock.advance(25 * time.Hour)
	// The old answers are past the retention: the report leaves them out
	// even before they are deleted.
	r, err := f.k.Report(t.Context(), "300", nil)
	if err != nil || r.Asked != 1 || r.Gaps[0].Question != "newer" {
		t.Errorf("Report before expiry = %+v, %v; want the newer answer alone", r, err)
	}
	if n, err := f.k.Expire(t.Context()); err != nil || n != 2 {
		t.Fatalf("Expire = %d, %v; want 2", n, err)
	}
	if n := len(f.kept(t, "dm")); n != 0 {
		t.Errorf("%d answers left in another server after expiry", n)
	}
	if got := f.kept(t, "300"); got[0].ID != "3" {
		t.Errorf("kept %+v after expiry, want answer 3", got)
	}
}

// signalling tells of each expiry and write it does.
type signalling struct {
	Store
	before chan time.Time
	put    chan int
}

func (s signalling) ExpireFeedback(ctx context.Context, before time.Time) (int, error) {
	n, err := s.Store.ExpireFeedback(ctx, before)
	s.before <- before
	return n, err
}

func (s signalling) PutFeedbackAnswers(ctx context.Context, as []*store.FeedbackAnswer) error {
	err := s.Store.PutFeedbackAnswers(ctx, as)
	s.put <- len(as)
	return err
}

// TestRun: Run expires at once, with the retention; writes what Record
// queues in batches; and writes what is left when its context ends.
func TestRun(t *testing.T) {
	f := newFixture(t, Options{})
	st := signalling{f.store, make(chan time.Time, 1), make(chan int, 10)}
	k := New(st, nil, Options{Retention: time.Hour, Now: f.clock.now, FlushEvery: 50 * time.Millisecond})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { k.Run(ctx); close(done) }()
	wait := func(what string, c <-chan int) int {
		t.Helper()
		select {
		case n := <-c:
			return n
		case <-time.After(10 * time.Second):
			t.Fatalf("Run did not %s", what)
		}
		return 0
	}
	select {
	case before := <-st.before:
		if want := f.clock.now().Add(-time.Hour); !before.Equal(want) {
			t.Errorf("Run expired before %v, want %v", before, want)
		}
	case <-time.After(10 * time.Second):
		t.Fatal("Run did not expire at once")
	}
	for i := range 3 {
		k.Record(t.Context(), "300", answer(fmt.Sprint("q", i), true))
	}
	written := 0
	for written < 3 {
		written += wait("write the answers", st.put)
	}
	cancel()
	<-done
	if all, err := f.store.FeedbackAnswers(t.Context(), "300", time.Time{}); err != nil || len(all) != 3 {
		t.Errorf("kept %d answers, %v; want 3", len(all), err)
	}
	// Answers recorded as Run stops are written on the way out.
	k2 := New(st, nil, Options{Now: f.clock.now, FlushEvery: time.Hour})
	ctx2, cancel2 := context.WithCancel(t.Context())
	done2 := make(chan struct{})
	go func() { k2.Run(ctx2); close(done2) }()
	<-st.before
	k2.Record(t.Context(), "300", answer("last", true))
	cancel2()
	<-done2
	if all, _ := f.store.FeedbackAnswers(t.Context(), "300", time.Time{}); len(all) != 4 {
		t.Errorf("kept %d answers after Run stopped, want 4 (the last one written on the way out)", len(all))
	}
}

// TestNewID: answer IDs look like Discord IDs, grow with time, and differ
// within a millisecond.
func TestNewID(t *testing.T) {
	synctest.Test(t, func(t *testing.T) {
		prev := ""
		for range 100 {
			id := NewID()
			if len(id) > 20 || strings.Trim(id, "0123456789") != "" {
				t.Fatalf("NewID() = %q: want up to 20 digits", id)
			}
			if len(id) < len(prev) || len(id) == len(prev) && id <= prev {
				t.Fatalf("NewID() = %s a millisecond after %s, want a greater ID", id, prev)
			}
			prev = id
			time.Sleep(time.Millisecond)
		}
		same := map[string]bool{}
		for range 20 {
			same[NewID()] = true
		}
		if len(same) < 2 {
			t.Errorf("20 IDs made in one millisecond are all %v", same)
		}
	})
}
