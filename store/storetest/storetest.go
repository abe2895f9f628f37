// Package storetest is the conformance suite every store backend passes:
// store/bolt and store/postgres run it from their tests with Run. A new
// kind of state adds its file of tests here.
package storetest

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/store"
)

// Store is what the suite tests: every method a backend has.
type Store interface {
	DailySchedule(ctx context.Context, guild string) (*store.DailySchedule, error)
	UpdateDailySchedule(ctx context.Context, guild string, fresh *store.DailySchedule, fn func(*store.DailySchedule) error) (*store.DailySchedule, error)
	DailySchedules(ctx context.Context) ([]*store.DailySchedule, error)
	PutDailySchedules(ctx context.Context, recs []*store.DailySchedule) error
	NotesStore
	FeedbackStore
	Lead(ctx context.Context) (*store.Lease, error)
	HasLeader(ctx context.Context) (bool, error)
	Migrate(ctx context.Context) (int, error)
	Ping(ctx context.Context) error
	Close() error
}

// Run runs the suite. open returns a new, empty store, closed by the
// caller's cleanup.
func Run(t *testing.T, open func(tb testing.TB) Store) {
	tests := []struct {
		name string
		fn   func(t *testing.T, s Store)
	}{
		{"NotFound", testNotFound},
		{"RoundTrip", testRoundTrip},
		{"ZeroValues", testZeroValues},
		{"FnErrorWritesNothing", testFnError},
		{"IntentLifecycle", testIntentLifecycle},
		{"ConcurrentUpdates", testConcurrentUpdates},
		{"ConcurrentCreate", testConcurrentCreate},
		{"PutAndList", testPutAndList},
		{"NotesEmpty", testNotesEmpty},
		{"NotesRoundTrip", testNotesRoundTrip},
		{"NotesReplace", testNotesReplace},
		{"NotesCheckWritesNothing", testNotesCheck},
		{"NotesRemove", testNotesRemove},
		{"NotesSettings", testNotesSettings},
		{"NotesChanges", testNotesChanges},
		{"NotesConcurrentLimits", testNotesConcurrentLimits},
		{"Lead", testLead},
		{"Migrate", testMigrate},
	}
	tests = append(tests, feedbackTests...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tt.fn(t, open(t))
		})
	}
}

// Full returns a schedule with every field set, times in a zone other than
// UTC and to the nanosecond (kept to the microsecond), and a seed with its
// top bit set.
func Full(guild string) *store.DailySchedule {
	loc := time.FixedZone("UTC+5:30", 5*3600+1800)
	t0 := time.Date(2026, 5, 1, 9, 0, 0, 123456789, loc)
	return &store.DailySchedule{
		Guild: guild, Channel: "401", Hour: 9, Minute: 30, Zone: "Asia/Kolkata", From: "key points", On: true,
		Since: t0, Paused: "the channel was deleted", Handled: "2026-04-30",
		LastPost: t0.Add(-24 * time.Hour), LastError: "503 Service Unavailable", LastErrorAt: t0.Add(time.Minute),
		Intent: &store.DailyIntent{
			Date: "2026-05-01", Nonce: "1y2p0ij32e8e7", Passage: "doc/key-points/3",
			Deadline: t0.Add(6 * time.Hour), NextTry: t0.Add(5 * time.Minute), Attempts: 2, SendingUntil: t0.Add(time.Minute),
		},
		Seed: 1<<63 | 12345, Cycle: 4, Posted: []string{"doc/key-points/1", "doc/key-points/7"}, Last: "doc/key-points/7",
	}
}

// Equal reports whether two schedules are the same (see
// store.DailySchedule.Equal).
func Equal(a, b *store.DailySchedule) bool { return a.Equal(b) }

func create(t *testing.T, s Store, r *store.DailySchedule) *store.DailySchedule {
	t.Helper()
	got, err := s.UpdateDailySchedule(t.Context(), r.Guild, r, func(*store.DailySchedule) error { return nil })
	if err != nil {
		t.Fatalf("UpdateDailySchedule(%s, fresh): %v", r.Guild, err)
	}
	return got
}

func read(t *testing.T, s Store, guild string) *store.DailySchedule {
	t.Helper()
	got, err := s.DailySchedule(t.Context(), guild)
	if err != nil {
		t.Fatalf("DailySchedule(%s): %v", guild, err)
	}
	return got
}

func testNotFound(t *testing.T, s Store) {
	ctx := t.Context()
	if _, err := s.DailySchedule(ctx, "1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("DailySchedule(missing) = %v, want ErrNotFound", err)
	}
	called := false
	_, err := s.UpdateDailySchedule(ctx, "1", nil, func(*store.DailySchedule) error { called = true; return nil })
	if !errors.Is(err, store.ErrNotFound) || called {
		t.Errorf("UpdateDailySchedule(missing, nil) = %v (fn called: %v), want ErrNotFound without calling fn", err, called)
	}
	if all, err := s.DailySchedules(ctx); err != nil || len(all) != 0 {
		t.Errorf("DailySchedules = %v, %v; want none", all, err)
	}
}

func testRoundTrip(t *testing.T, s Store) {
	want := Full("300")
	if got := create(t, s, want); !Equal(got, want) {
		t.Errorf("UpdateDailySchedule returned\n%+v\nwant\n%+v", got, want)
	}
	if got := read(t, s, "300"); !Equal(got, want) {
		t.Errorf("DailySchedule =\n%+v %+v\nwant\n%+v %+v", got, got.Intent, want, want.Intent)
	}
	all, err := s.DailySchedules(t.Context())
	if err != nil || len(all) != 1 || !Equal(all[0], want) {
		t.Errorf("DailySchedules = %v, %v; want the one schedule", all, err)
	}
}

func testZeroValues(t *testing.T, s Store) {
	want := &store.DailySchedule{Guild: "300", Channel: "401", Zone: "UTC", From: "all"}
	create(t, s, want)
	got := read(t, s, "300")
	if !Equal(got, want) || got.Intent != nil || !got.Since.IsZero() || got.Handled != "" {
		t.Errorf("DailySchedule = %+v, want %+v", got, want)
	}
}

func testFnError(t *testing.T, s Store) {
	ctx := t.Context()
	boom := errors.New("boom")
	_, err := s.UpdateDailySchedule(ctx, "300", Full("300"), func(r *store.DailySchedule) error { r.Cycle = 99; return boom })
	if !errors.Is(err, boom) {
		t.Errorf("UpdateDailySchedule with a failing fn = %v, want %v", err, boom)
	}
	if _, err := s.DailySchedule(ctx, "300"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("after a failed create: DailySchedule = %v, want ErrNotFound", err)
	}
	want := create(t, s, Full("300"))
	_, err = s.UpdateDailySchedule(ctx, "300", nil, func(r *store.DailySchedule) error {
		r.Cycle, r.Intent, r.Posted = 99, nil, append(r.Posted, "x")
		return boom
	})
	if !errors.Is(err, boom) {
		t.Errorf("UpdateDailySchedule with a failing fn = %v, want %v", err, boom)
	}
	if got := read(t, s, "300"); !Equal(got, want) {
		t.Errorf("after a failed update: %+v, want unchanged %+v", got, want)
	}
}

func testIntentLifecycle(t *testing.T, s Store) {
	ctx := t.Context()
	r := Full("300")
	r.Intent = nil
	create(t, s, r)
	steps := []struct {
		name   string
		intent *store.DailyIntent
	}{
		{"recorded", Full("").Intent},
		{"retried", &store.DailyIntent{Date: "2026-05-01", Nonce: "n", Passage: "p", Deadline: time.Unix(1800000000, 0), NextTry: time.Unix(1800000060, 0), Attempts: 3}},
		{"done", nil},
		{"next day", &store.DailyIntent{Date: "2026-05-02", Nonce: "m", Passage: "q", Deadline: time.Unix(1800086400, 0), NextTry: time.Unix(1800086400, 0)}},
	}
	for _, step := range steps {
		got, err := s.UpdateDailySchedule(ctx, "300", nil, func(r *store.DailySchedule) error { r.Intent = step.intent; return nil })
		if err != nil {
			t.Fatalf("%s: %v", step.name, err)
		}
		r.Intent = step.intent
		if !Equal(got, r) || !Equal(read(t, s, "300"), r) {
			t.Errorf("%s: intent %+v, want %+v", step.name, read(t, s, "300").Intent, step.intent)
		}
	}
}

// testConcurrentUpdates: read-modify-write is atomic across goroutines
// (and, for a shared backend, across processes): no update is lost.
func testConcurrentUpdates(t *testing.T, s Store) {
	create(t, s, &store.DailySchedule{Guild: "300", Channel: "1", Zone: "UTC", From: "all"})
	const workers, each = 8, 25
	var wg sync.WaitGroup
	errs := make(chan error, workers*each)
	for w := range workers {
		wg.Go(func() {
			for i := range each {
				_, err := s.UpdateDailySchedule(t.Context(), "300", nil, func(r *store.DailySchedule) error {
					r.Cycle++
					r.Posted = append(r.Posted, fmt.Sprintf("%d/%d", w, i))
					return nil
				})
				if err != nil {
					errs <- err
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Errorf("UpdateDailySchedule: %v", err)
	}
	got := read(t, s, "300")
	if got.Cycle != workers*each || len(got.Posted) != workers*each {
		t.Errorf("after %d concurrent increments: Cycle %d, %d posted; want %d", workers*each, got.Cycle, len(got.Posted), workers*each)
	}
}

// testConcurrentCreate: fresh is used once; later callers see the record.
func testConcurrentCreate(t *testing.T, s Store) {
	const workers = 8
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			_, err := s.UpdateDailySchedule(t.Context(), "300", &store.DailySchedule{Channel: "1", Zone: "UTC", From: "all"}, func(r *store.DailySchedule) error {
				r.Cycle++
				return nil
			})
			if err != nil {
				t.Errorf("UpdateDailySchedule: %v", err)
			}
		})
	}
	wg.Wait()
	if got := read(t, s, "300"); got.Cycle != workers || got.Guild != "300" {
		t.Errorf("after %d concurrent creates: %+v, want Cycle %d", workers, got, workers)
	}
}

func testPutAndList(t *testing.T, s Store) {
	ctx := t.Context()
	var recs []*store.DailySchedule
	for i := range 50 {
		r := Full(fmt.Sprintf("%d", 1000+i*7%50))
		r.Cycle = i
		if i%3 == 0 {
			r.Intent = nil
		}
		recs = append(recs, r)
	}
	if err := s.PutDailySchedules(ctx, recs); err != nil {
		t.Fatal(err)
	}
	want := slices.Clone(recs)
	slices.SortFunc(want, func(a, b *store.DailySchedule) int { return strings.Compare(a.Guild, b.Guild) })
	check := func(step string) {
		t.Helper()
		got, err := s.DailySchedules(ctx)
		if err != nil || len(got) != len(want) {
			t.Fatalf("%s: DailySchedules = %d, %v; want %d", step, len(got), err, len(want))
		}
		for i := range got {
			if !Equal(got[i], want[i]) {
				t.Errorf("%s: DailySchedules[%d] = %+v, want %+v", step, i, got[i], want[i])
			}
		}
	}
	check("put")
	recs[0].Channel, recs[0].Intent = "999", nil
	recs[1].Intent = Full("").Intent
	if err := s.PutDailySchedules(ctx, recs[:2]); err != nil {
		t.Fatal(err)
	}
	check("put again")
}

func testLead(t *testing.T, s Store) {
	ctx, cancel := context.WithTimeout(t.Context(), 30*time.Second)
	defer cancel()
	lease, err := s.Lead(ctx)
	if err != nil {
		t.Fatalf("Lead: %v", err)
	}
	if held, err := s.HasLeader(ctx); err != nil || !held {
		t.Errorf("HasLeader while leading = %v, %v; want true", held, err)
	}
	select {
	case <-lease.Lost():
		t.Error("the lease was lost at once")
	default:
	}
	lease.Release()
	if err := s.Ping(ctx); err != nil {
		t.Errorf("Ping: %v", err)
	}
	cancel()
	if _, err := s.Lead(ctx); err == nil {
		t.Error("Lead with a cancelled context succeeded")
	}
}

func testMigrate(t *testing.T, s Store) {
	v1, err := s.Migrate(t.Context())
	if err != nil || v1 < 1 {
		t.Fatalf("Migrate = %d, %v", v1, err)
	}
	if v2, err := s.Migrate(t.Context()); err != nil || v2 != v1 {
		t.Errorf("Migrate again = %d, %v; want %d", v2, err, v1)
	}
}
