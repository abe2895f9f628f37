package postgres

import (
	"context"
	"errors"
	"log/slog"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/conceptbot/conceptbot/internal/pgtest"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/storetest"
)

var quiet = slog.New(slog.DiscardHandler)

func adminConn(tb testing.TB, url string) *pgx.Conn {
	tb.Helper()
	conn, err := pgx.Connect(tb.Context(), url)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { conn.Close(context.Background()) })
	return conn
}

// waitLease waits for a Lead call running in the background.
func waitLease(tb testing.TB, ch <-chan *store.Lease, within time.Duration) *store.Lease {
	tb.Helper()
	select {
	case l := <-ch:
		return l
	case <-time.After(within):
		tb.Fatalf("no process took the lead within %s", within)
		return nil
	}
}

func TestLeadElectsOneAndHandsOver(t *testing.T) {
	url := pgtest.URL(t)
	opts := Options{LockInterval: 100 * time.Millisecond, Logger: quiet}
	a, b, c := mustOpen(t, url, opts), mustOpen(t, url, opts), mustOpen(t, url, opts)
	ctx := t.Context()
	if held, err := a.HasLeader(ctx); err != nil || held {
		t.Fatalf("HasLeader before anyone leads = %v, %v; want false", held, err)
	}
	la, err := a.Lead(ctx)
	if err != nil {
		t.Fatal(err)
	}
	won := make(chan *store.Lease, 2)
	for _, s := range []*Store{b, c} {
		go func() {
			if l, err := s.Lead(ctx); err == nil {
				won <- l
			}
		}()
	}
	select {
	case <-won:
		t.Fatal("a second process took the lead while the first held it")
	case <-time.After(500 * time.Millisecond):
	}
	if held, err := b.HasLeader(ctx); err != nil || !held {
		t.Errorf("HasLeader while a leads = %v, %v; want true", held, err)
	}

	// Released: one of the others takes over, the third still waits.
	la.Release()
	second := waitLease(t, won, 10*time.Second)
	select {
	case <-won:
		t.Fatal("two processes lead at once")
	case <-time.After(300 * time.Millisecond):
	}

	// The leader's connection is killed, as when its host dies: it learns
	// it lost the lead, and the third takes over.
	admin := adminConn(t, url)
	start := time.Now()
	if _, err := admin.Exec(ctx, `SELECT pg_terminate_backend(pid) FROM pg_stat_activity
		WHERE application_name = 'conceptbot-leader' AND pid IN (SELECT pid FROM pg_locks WHERE locktype = 'advisory' AND granted)`); err != nil {
		t.Fatal(err)
	}
	select {
	case <-second.Lost():
	case <-time.After(10 * time.Second):
		t.Fatal("the leader did not notice its connection was killed")
	}
	third := waitLease(t, won, 10*time.Second)
	t.Logf("takeover %s after the leader's connection was killed", time.Since(start))
	third.Release()
	second.Release()
}

func TestLeaseHearsChanges(t *testing.T) {
	url := pgtest.URL(t)
	opts := Options{LockInterval: 100 * time.Millisecond, Logger: quiet}
	leader, other := mustOpen(t, url, opts), mustOpen(t, url, opts)
	lease, err := leader.Lead(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	defer lease.Release()
	next := func() string {
		t.Helper()
		select {
		case g := <-lease.Changes():
			return g
		case <-time.After(10 * time.Second):
			t.Fatal("no change notice")
			return ""
		}
	}
	if _, err := other.UpdateDailySchedule(t.Context(), "300", storetest.Full("300"), func(*store.DailySchedule) error { return nil }); err != nil {
		t.Fatal(err)
	}
	if g := next(); g != "300" {
		t.Errorf("change notice %q, want 300", g)
	}
	if err := other.PutDailySchedules(t.Context(), []*store.DailySchedule{storetest.Full("301")}); err != nil {
		t.Fatal(err)
	}
	if g := next(); g != "" {
		t.Errorf("change notice after a bulk put %q, want \"\" (reload all)", g)
	}
}

func TestSchemaNewerThanBuild(t *testing.T) {
	url := pgtest.URL(t)
	s := mustOpen(t, url, Options{Logger: quiet})
	if _, err := s.Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	if _, err := adminConn(t, url).Exec(t.Context(), "INSERT INTO conceptbot_schema (version, name) VALUES (99, '0099_future')"); err != nil {
		t.Fatal(err)
	}
	_, err := mustOpen(t, url, Options{Logger: quiet}).Migrate(t.Context())
	if !errors.Is(err, store.ErrSchema) || !strings.Contains(err.Error(), "version 99, newer than this build knows") {
		t.Errorf("Migrate = %v, want ErrSchema saying version 99 is newer", err)
	}
}

func TestConcurrentMigrate(t *testing.T) {
	url := pgtest.URL(t)
	var wg sync.WaitGroup
	for range 4 {
		s := mustOpen(t, url, Options{Logger: quiet})
		wg.Go(func() {
			if v, err := s.Migrate(t.Context()); err != nil || v != SchemaVersion() {
				t.Errorf("Migrate = %d, %v; want %d", v, err, SchemaVersion())
			}
		})
	}
	wg.Wait()
	var n int
	if err := adminConn(t, url).QueryRow(t.Context(), "SELECT count(*) FROM conceptbot_schema").Scan(&n); err != nil || n != SchemaVersion() {
		t.Errorf("conceptbot_schema has %d rows, %v; want %d", n, err, SchemaVersion())
	}
}

func TestMigrations(t *testing.T) {
	ms, err := migrations()
	if err != nil || len(ms) == 0 || ms[0].name != "0001_daily" {
		t.Fatalf("migrations() = %v, %v", ms, err)
	}
}

// TestUnavailable: a database that cannot be reached is ErrUnavailable,
// and no error shows the password.
func TestUnavailable(t *testing.T) {
	const url = "postgres://bot:sekrit-pw@127.0.0.1:1/conceptbot?connect_timeout=2"
	s, err := Open(t.Context(), url, Options{ConnectRetries: 1, ConnectTimeout: time.Second, Logger: quiet})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	_, err = s.Migrate(t.Context())
	if !errors.Is(err, store.ErrUnavailable) || strings.Contains(err.Error(), "sekrit") {
		t.Errorf("Migrate = %v, want ErrUnavailable without the password", err)
	}
	for name, err := range map[string]error{
		"DailySchedule": func() error { _, err := s.DailySchedule(t.Context(), "1"); return err }(),
		"Update":        func() error { _, err := s.UpdateDailySchedule(t.Context(), "1", nil, nil); return err }(),
		"Ping":          s.Ping(t.Context()),
	} {
		if !errors.Is(err, store.ErrUnavailable) {
			t.Errorf("%s = %v, want ErrUnavailable", name, err)
		}
	}
	if s.URL() != "postgres://bot:********@127.0.0.1:1/conceptbot?connect_timeout=2" {
		t.Errorf("URL() = %s, want the password masked", s.URL())
	}
}

func TestOpenBadURL(t *testing.T) {
	for _, url := range []string{"mysql://bot:sekrit-pw@db/x", "postgres://bot:sekrit-pw@db:notaport/x", "postgres://bot:sekrit-pw@db/x?sslmode=sometimes"} {
		_, err := Open(t.Context(), url, Options{})
		if err == nil || strings.Contains(err.Error(), "sekrit") {
			t.Errorf("Open(%s) = %v, want an error without the password", store.Redact(url), err)
		}
	}
}

// TestStatementTimeout: a row locked for longer than the statement timeout
// makes an update give up with ErrUnavailable instead of hanging.
func TestStatementTimeout(t *testing.T) {
	url := pgtest.URL(t)
	// Migrate first, without the short timeout a busy machine may need.
	if _, err := mustOpen(t, url, Options{Logger: quiet}).Migrate(t.Context()); err != nil {
		t.Fatal(err)
	}
	s := mustOpen(t, url, Options{StatementTimeout: 200 * time.Millisecond, Logger: quiet})
	if err := s.PutDailySchedules(t.Context(), []*store.DailySchedule{storetest.Full("300")}); err != nil {
		t.Fatal(err)
	}
	admin := adminConn(t, url)
	tx, err := admin.Begin(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := tx.Exec(t.Context(), "SELECT 1 FROM daily_schedules WHERE guild_id = '300' FOR UPDATE"); err != nil {
		t.Fatal(err)
	}
	start := time.Now()
	_, err = s.UpdateDailySchedule(t.Context(), "300", nil, func(r *store.DailySchedule) error { r.Cycle++; return nil })
	if !errors.Is(err, store.ErrUnavailable) {
		t.Errorf("UpdateDailySchedule on a locked row = %v, want ErrUnavailable", err)
	}
	t.Logf("gave up after %s", time.Since(start))
	tx.Rollback(t.Context())
	if _, err := s.UpdateDailySchedule(t.Context(), "300", nil, func(r *store.DailySchedule) error { r.Cycle++; return nil }); err != nil {
		t.Errorf("UpdateDailySchedule once the lock is gone = %v", err)
	}
}
