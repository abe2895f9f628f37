package daily

import (
	"context"
	"io"
	"log/slog"
	"math/rand/v2"
	"os"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/pgtest"
	"github.com/conceptbot/conceptbot/store/postgres"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

// node is one process's scheduler on a shared PostgreSQL store; it runs
// (stands for the lead) when it has a sender.
type node struct {
	*Scheduler
	stop func()
}

func startNode(tb testing.TB, url string, clk *fakeClock, c *corpus.Corpus, send Sender, seed uint64) *node {
	tb.Helper()
	log := slog.New(slog.NewTextHandler(io.Discard, nil))
	st, err := postgres.Open(tb.Context(), url, postgres.Options{LockInterval: 100 * time.Millisecond, Logger: log})
	if err != nil {
		tb.Fatal(err)
	}
	s, err := New(st, c, send, Options{Clock: clk, Logger: log, Rand: rand.New(rand.NewPCG(seed, seed))})
	if err != nil {
		tb.Fatal(err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	if send != nil {
		go func() { done <- s.Run(ctx) }()
	} else {
		done <- nil
	}
	var once sync.Once
	n := &node{Scheduler: s, stop: func() {
		once.Do(func() {
			cancel()
			if err := recv(tb, done, "Run to return"); err != nil {
				tb.Errorf("Run: %v", err)
			}
			st.Close()
		})
	}}
	tb.Cleanup(n.stop)
	return n
}

// TestHandOffNow: /daily now on a process that does not post (an HTTP
// replica) is handed to the leader through the store and posted once; with
// no leader it is queued and goes out when one starts.
func TestHandOffNow(t *testing.T) {
	url := pgtest.URL(t)
	clk := newClock(at(t, "UTC", 2026, 5, 1, 8, 0))
	sender := &fakeSender{clock: clk}
	c := mustCorpus(t, 5, 0, 0)
	leader := startNode(t, url, clk, c, sender, 1)
	replica := startNode(t, url, clk, c, nil, 2)
	waitFor(t, "a leader", leader.Leading)

	ctx := t.Context()
	if _, err := replica.Set(ctx, "g", "c", "09:00", "UTC", "key points"); err != nil {
		t.Fatal(err)
	}
	want, err := replica.Preview(ctx, "g")
	if err != nil {
		t.Fatal(err)
	}
	nctx, cancel := context.WithTimeout(ctx, 20*time.Second)
	res, err := replica.Now(nctx, "g")
	cancel()
	if err != nil || res.Queued || res.Passage.ID != want.ID {
		t.Fatalf("replica Now = %+v, %v; want %s posted by the leader", res, err, want.ID)
	}
	posts := sender.Posts()
	if len(posts) != 1 || posts[0].Nonce != nonce("g", "UTC", "2026-05-01") || posts[0].Passage != want.ID {
		t.Errorf("posts = %+v, want today's with %s", posts, want.ID)
	}
	if _, err := replica.Now(ctx, "g"); ErrorCode(err) != EConflict {
		t.Errorf("second Now = %v, want %s", err, EConflict)
	}
	if st, err := replica.Status(ctx, "g"); err != nil || st.LastPost.IsZero() || st.Left != 4 {
		t.Errorf("replica Status = %+v, %v; want the post and 4 left", st, err)
	}

	// No leader: the post is queued, and a new leader makes it.
	leader.stop()
	clk.Advance(24 * time.Hour)
	nctx, cancel = context.WithTimeout(ctx, 300*time.Millisecond)
	res, err = replica.Now(nctx, "g")
	cancel()
	if err != nil || !res.Queued || !res.NoPoster {
		t.Fatalf("Now without a leader = %+v, %v; want queued, no poster", res, err)
	}
	startNode(t, url, clk, c, sender, 3)
	waitFor(t, "the queued post", func() bool { return len(sender.Posts()) == 2 })
	if p := sender.Posts()[1]; p.Passage != res.Passage.ID || p.Nonce != nonce("g", "UTC", "2026-05-02") {
		t.Errorf("second post %+v, want %s for 2026-05-02", p, res.Passage.ID)
	}
}

// dyingSender delivers a post and then, once, hangs until its context
// ends: Discord made the message but the leader died before hearing so.
type dyingSender struct {
	*fakeSender
	hang    atomic.Bool
	hanging chan struct{}
}

func (d *dyingSender) SendFact(ctx context.Context, channelID string, p corpus.Passage, nonce string) error {
	err := d.fakeSender.SendFact(ctx, channelID, p, nonce)
	if d.hang.CompareAndSwap(true, false) {
		close(d.hanging)
		<-ctx.Done()
		return ctx.Err()
	}
	return err
}

// TestFailoverMidSend: the leader loses its connection while sending; the
// process that leads next (the other, or the same one again) resends the
// same fact with the same nonce, so the channel gets it once.
func TestFailoverMidSend(t *testing.T) {
	url := pgtest.URL(t)
	clk := newClock(at(t, "UTC", 2026, 5, 1, 8, 0))
	sender := &dyingSender{fakeSender: &fakeSender{clock: clk}, hanging: make(chan struct{})}
	sender.hang.Store(true)
	c := mustCorpus(t, 5, 0, 0)
	a := startNode(t, url, clk, c, sender, 1)
	b := startNode(t, url, clk, c, sender, 2)
	waitFor(t, "a leader", func() bool { return a.Leading() || b.Leading() })
	if _, err := a.Set(t.Context(), "g", "c", "09:00", "UTC", "all"); err != nil {
		t.Fatal(err)
	}
	clk.Set(at(t, "UTC", 2026, 5, 1, 9, 0))
	select {
	case <-sender.hanging:
	case <-time.After(20 * time.Second):
		t.Fatal("the leader did not send")
	}
	leader := a
	if b.Leading() {
		leader = b
	}
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), `SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE application_name = 'conceptbot-leader'
		AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)`); err != nil {
		t.Fatal(err)
	}
	// Either process may lead next; whichever does resends.
	waitFor(t, "the resend", func() bool { return len(sender.Calls()) == 2 })
	calls, posts := sender.Calls(), sender.Posts()
	if calls[0].Nonce != calls[1].Nonce || calls[0].Passage != calls[1].Passage || len(posts) != 1 {
		t.Errorf("calls %+v, posts %+v; want one post sent twice with one nonce", calls, posts)
	}
	waitFor(t, "the post recorded", func() bool {
		st, err := leader.Status(t.Context(), "g")
		return err == nil && !st.LastPost.IsZero() && !st.Retrying
	})
}

// TestStoreDownAndBack: while the database is away /daily says "try again
// in a minute" and nothing is posted; when it is back the missed post goes
// out, once, within the grace window.
func TestStoreDownAndBack(t *testing.T) {
	proxy, url := pgtest.NewProxy(t, pgtest.URL(t))
	clk := newClock(at(t, "UTC", 2026, 5, 1, 8, 0))
	sender := &fakeSender{clock: clk}
	c := mustCorpus(t, 5, 0, 0)
	leader := startNode(t, url, clk, c, sender, 1)
	replica := startNode(t, url, clk, c, nil, 2)
	waitFor(t, "a leader", leader.Leading)
	if _, err := replica.Set(t.Context(), "g", "c", "09:00", "UTC", "all"); err != nil {
		t.Fatal(err)
	}

	proxy.Cut()
	_, err := replica.Status(t.Context(), "g")
	if ErrorCode(err) != EUnavailable || !strings.Contains(Message(err), "Try again in a minute") {
		t.Errorf("Status with the store down = %v, want %s with try again", err, EUnavailable)
	}
	if _, err := replica.Set(t.Context(), "g", "c", "10:00", "UTC", "all"); ErrorCode(err) != EUnavailable {
		t.Errorf("Set with the store down = %v, want %s", err, EUnavailable)
	}
	waitFor(t, "the leader to step down", func() bool { return !leader.Leading() })
	for m := 0; m <= 60; m += 5 {
		clk.Set(at(t, "UTC", 2026, 5, 1, 9, m))
		time.Sleep(10 * time.Millisecond)
	}
	if n := len(sender.Calls()); n != 0 {
		t.Errorf("%d sends while the store was down, want 0", n)
	}

	proxy.Restore()
	waitFor(t, "the leader back", leader.Leading)
	waitFor(t, "the missed post", func() bool { return len(sender.Posts()) == 1 })
	if p := sender.Posts()[0]; p.Nonce != nonce("g", "UTC", "2026-05-01") {
		t.Errorf("post %+v, want the one for 2026-05-01", p)
	}
	clk.Advance(time.Hour)
	time.Sleep(50 * time.Millisecond)
	if n := len(sender.Calls()); n != 1 {
		t.Errorf("%d sends, want 1", n)
	}
}
