package daily

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

// postedLocal returns the local times of the deliveries.
func postedLocal(tb testing.TB, posts []send, zone string) []string {
	tb.Helper()
	loc, err := time.LoadLocation(zone)
	if err != nil {
		tb.Fatal(err)
	}
	var out []string
	for _, p := range posts {
		out = append(out, p.At.In(loc).Format("2006-01-02 15:04 MST"))
	}
	return out
}

// TestDailyAcrossDST drives a schedule through each day around a DST change,
// following Status.Next, and checks every post falls at the local time.
func TestDailyAcrossDST(t *testing.T) {
	tests := []struct {
		name  string
		zone  string
		hhmm  string
		start time.Time // when the schedule is set
		days  int
		want  []string // local post times
	}{
		{"new york 09:00 across spring forward", "America/New_York", "09:00", at(t, "America/New_York", 2026, 3, 6, 12, 0), 4,
			[]string{"2026-03-07 09:00 EST", "2026-03-08 09:00 EDT", "2026-03-09 09:00 EDT", "2026-03-10 09:00 EDT"}},
		{"new york 09:00 across fall back", "America/New_York", "09:00", at(t, "America/New_York", 2026, 10, 30, 12, 0), 3,
			[]string{"2026-10-31 09:00 EDT", "2026-11-01 09:00 EST", "2026-11-02 09:00 EST"}},
		{"london 09:00 across spring forward", "Europe/London", "09:00", at(t, "Europe/London", 2026, 3, 27, 12, 0), 4,
			[]string{"2026-03-28 09:00 GMT", "2026-03-29 09:00 BST", "2026-03-30 09:00 BST", "2026-03-31 09:00 BST"}},
		{"new york 02:30 does not exist on spring forward", "America/New_York", "02:30", at(t, "America/New_York", 2026, 3, 6, 12, 0), 3,
			[]string{"2026-03-07 02:30 EST", "2026-03-08 03:00 EDT", "2026-03-09 02:30 EDT"}},
		{"london 01:30 does not exist on spring forward", "Europe/London", "01:30", at(t, "Europe/London", 2026, 3, 28, 12, 0), 2,
			[]string{"2026-03-29 02:00 BST", "2026-03-30 01:30 BST"}},
		{"new york 01:30 twice on fall back", "America/New_York", "01:30", at(t, "America/New_York", 2026, 10, 31, 12, 0), 2,
			[]string{"2026-11-01 01:30 EDT", "2026-11-02 01:30 EST"}},
		{"london 01:30 twice on fall back", "Europe/London", "01:30", at(t, "Europe/London", 2026, 10, 24, 12, 0), 2,
			[]string{"2026-10-25 01:30 BST", "2026-10-26 01:30 GMT"}},
		{"lord howe 02:15 in a half-hour gap", "Australia/Lord_Howe", "02:15", at(t, "Australia/Lord_Howe", 2026, 10, 3, 12, 0), 2,
			[]string{"2026-10-04 02:30 +11", "2026-10-05 02:15 +11"}},
		{"lord howe 01:45 twice", "Australia/Lord_Howe", "01:45", at(t, "Australia/Lord_Howe", 2026, 4, 4, 12, 0), 2,
			[]string{"2026-04-05 01:45 +11", "2026-04-06 01:45 +1030"}},
		{"kolkata has no dst", "Asia/Kolkata", "09:00", at(t, "Asia/Kolkata", 2026, 3, 6, 12, 0), 3,
			[]string{"2026-03-07 09:00 IST", "2026-03-08 09:00 IST", "2026-03-09 09:00 IST"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, tt.start, mustCorpus(t, 10, 0, 0))
			s := e.mustOpen(t)
			st := mustSet(t, s, "g", "c", tt.hhmm, tt.zone, "key points")
			if len(st.Next) != 3 {
				t.Fatalf("Set: Next = %v, want 3 times", st.Next)
			}
			for _, n := range st.Next {
				if n.Location().String() != tt.zone {
					t.Errorf("Set: Next %s is not in %s", n, tt.zone)
				}
			}
			for range tt.days {
				next := mustStatus(t, s, "g").Next[0]
				// Step minute by minute through the hour before and after, so
				// that a second occurrence of the wall time would fire.
				for m := next.Add(-time.Hour); !m.After(next.Add(2 * time.Hour)); m = m.Add(time.Minute) {
					e.clock.Set(m)
					fireDue(t, s)
				}
			}
			got := postedLocal(t, e.sender.Posts(), tt.zone)
			if !slices.Equal(got, tt.want) {
				t.Errorf("posts at %q, want %q", got, tt.want)
			}
			if calls := e.sender.Calls(); len(calls) != len(tt.want) {
				t.Errorf("%d sends, want %d", len(calls), len(tt.want))
			}
		})
	}
}

func TestStatusNextAcrossDST(t *testing.T) {
	e := newEnv(t, at(t, "America/New_York", 2026, 3, 7, 12, 0), mustCorpus(t, 3, 0, 0))
	s := e.mustOpen(t)
	st := mustSet(t, s, "g", "c", "09:00", "America/New_York", "key points")
	got := postedLocal(t, []send{{At: st.Next[0]}, {At: st.Next[1]}, {At: st.Next[2]}}, "America/New_York")
	want := []string{"2026-03-08 09:00 EDT", "2026-03-09 09:00 EDT", "2026-03-10 09:00 EDT"}
	if !slices.Equal(got, want) {
		t.Errorf("Status.Next = %q, want %q", got, want)
	}
	if st.Time != "09:00" || st.Zone != "America/New_York" || st.From != FromKeyPoints || !st.On || st.Paused || st.Left != 3 {
		t.Errorf("Status = %+v", st)
	}
}

func TestCatchUpAfterDowntime(t *testing.T) {
	tests := []struct {
		name     string
		grace    time.Duration
		restart  time.Duration // after 09:00
		wantPost bool
	}{
		{"inside default grace", 0, 5 * time.Hour, true},
		{"at the edge of grace", 0, 6 * time.Hour, true},
		{"outside default grace", 0, 6*time.Hour + time.Minute, false},
		{"outside configured grace", time.Hour, 2 * time.Hour, false},
		{"inside configured grace", time.Hour, 30 * time.Minute, true},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			e := newEnv(t, at(t, "Europe/London", 2026, 5, 1, 12, 0), mustCorpus(t, 5, 0, 0))
			e.opts.Grace = tt.grace
			s := e.mustOpen(t)
			mustSet(t, s, "g", "c", "09:00", "Europe/London", "all")
			e.close(s) // down over the night and the morning

			nine := at(t, "Europe/London", 2026, 5, 2, 9, 0)
			e.clock.Set(nine.Add(tt.restart))
			s = e.mustOpen(t)
			fireDue(t, s)
			fireDue(t, s)
			e.close(s)
			s = e.mustOpen(t) // and a restart right after
			fireDue(t, s)

			want := 0
			if tt.wantPost {
				want = 1
			}
			if n := len(e.sender.Calls()); n != want {
				t.Fatalf("%d sends after restart %s late, want %d", n, tt.restart, want)
			}
			next := mustStatus(t, s, "g").Next[0]
			if want := at(t, "Europe/London", 2026, 5, 3, 9, 0); !next.Equal(want) {
				t.Errorf("Status.Next[0] = %s, want %s", next, want)
			}
		})
	}
}

func TestCrashBetweenIntentAndSend(t *testing.T) {
	for _, delivered := range []bool{false, true} {
		t.Run(fmt.Sprintf("delivered=%v", delivered), func(t *testing.T) {
			e := newEnv(t, at(t, "America/New_York", 2026, 5, 1, 8, 0), mustCorpus(t, 5, 0, 0))
			s := e.mustOpen(t)
			mustSet(t, s, "g", "c", "09:00", "America/New_York", "key points")
			e.clock.Set(at(t, "America/New_York", 2026, 5, 1, 9, 0))

			// Record the intent as fire does, then "crash": close without
			// marking it done, having sent or not.
			due, _ := s.due(e.clock.Now())
			if !slices.Equal(due, []string{"g"}) {
				t.Fatalf("due = %v, want [g]", due)
			}
			j, err := s.begin(t.Context(), "g", false)
			if err != nil || j == nil {
				t.Fatalf("begin = %v, %v", j, err)
			}
			if delivered {
				e.sender.SendFact(context.Background(), j.channel, j.passage, j.nonce)
			}
			e.close(s)

			e.clock.Advance(3 * time.Minute)
			s = e.mustOpen(t)
			if p, err := s.Preview(t.Context(), "g"); err != nil || p.ID != j.passage.ID {
				t.Errorf("Preview after crash = %s, %v, want the pending %s", p.ID, err, j.passage.ID)
			}
			fireDue(t, s)
			fireDue(t, s)

			calls := e.sender.Calls()
			last := calls[len(calls)-1]
			if last.Nonce != j.nonce || last.Passage != j.passage.ID {
				t.Errorf("retry sent %s with nonce %s, want %s with %s", last.Passage, last.Nonce, j.passage.ID, j.nonce)
			}
			if want := nonce("g", "America/New_York", "2026-05-01"); j.nonce != want {
				t.Errorf("nonce = %s, want %s", j.nonce, want)
			}
			if posts := e.sender.Posts(); len(posts) != 1 {
				t.Errorf("%d posts, want exactly 1: %+v", len(posts), posts)
			}
			st := mustStatus(t, s, "g")
			if st.LastPost.IsZero() || st.Left != 4 {
				t.Errorf("Status = %+v, want a last post and 4 left", st)
			}
			// The day is done: no more posts until tomorrow.
			e.clock.Advance(time.Hour)
			fireDue(t, s)
			if n := len(e.sender.Calls()); n != len(calls) {
				t.Errorf("%d sends after the day was done, want %d", n, len(calls))
			}
		})
	}
}

func TestShutdownDuringSendKeepsIntent(t *testing.T) {
	e := newEnv(t, at(t, "Asia/Kolkata", 2026, 5, 1, 8, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "Asia/Kolkata", "key points")
	e.clock.Set(at(t, "Asia/Kolkata", 2026, 5, 1, 9, 0))
	ctx, cancel := context.WithCancel(context.Background())
	e.sender.setFail(func(send) error { cancel(); return context.Canceled })
	due, _ := s.due(e.clock.Now())
	s.fire(ctx, due[0])
	e.close(s)

	e.sender.setFail(nil)
	s = e.mustOpen(t)
	fireDue(t, s)
	calls := e.sender.Calls()
	if len(calls) != 2 || calls[0].Nonce != calls[1].Nonce || calls[0].Passage != calls[1].Passage {
		t.Errorf("sends = %+v, want the same post twice", calls)
	}
	if st := mustStatus(t, s, "g"); st.LastError != "" || st.Retrying {
		t.Errorf("Status = %+v, want no error", st)
	}
}

func TestFailedSendRetriesWithBackoff(t *testing.T) {
	e := newEnv(t, at(t, "Europe/London", 2026, 5, 1, 8, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "Europe/London", "key points")
	failures := 3
	e.sender.setFail(func(send) error {
		if failures > 0 {
			failures--
			return errors.New("503 Service Unavailable")
		}
		return nil
	})
	nine := at(t, "Europe/London", 2026, 5, 1, 9, 0)
	wantRetries := []time.Time{nine.Add(time.Minute), nine.Add(6 * time.Minute), nine.Add(21 * time.Minute)}
	e.clock.Set(nine)
	for i, want := range wantRetries {
		fireDue(t, s)
		st := mustStatus(t, s, "g")
		if !st.Retrying || !st.On || st.Paused || !strings.Contains(st.LastError, "503") {
			t.Fatalf("after failure %d: Status = %+v, want retrying with the error", i+1, st)
		}
		if !st.Next[0].Equal(want) {
			t.Fatalf("after failure %d: Next[0] = %s, want %s", i+1, st.Next[0], want)
		}
		e.clock.Set(want.Add(-time.Second))
		fireDue(t, s) // not yet
		e.clock.Set(want)
	}
	fireDue(t, s)
	calls := e.sender.Calls()
	if len(calls) != 4 {
		t.Fatalf("%d sends, want 4", len(calls))
	}
	for _, c := range calls {
		if c.Nonce != calls[0].Nonce || c.Passage != calls[0].Passage {
			t.Errorf("send %+v differs from the first %+v", c, calls[0])
		}
	}
	st := mustStatus(t, s, "g")
	if st.Retrying || st.LastError != "" || !st.Next[0].Equal(nine.AddDate(0, 0, 1)) {
		t.Errorf("after success: Status = %+v, want tomorrow 09:00 and no error", st)
	}
}

func TestFailedSendGivesUpAfterGraceButKeepsSchedule(t *testing.T) {
	e := newEnv(t, at(t, "Europe/London", 2026, 5, 1, 8, 0), mustCorpus(t, 5, 0, 0))
	e.opts.Grace = time.Hour
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "Europe/London", "key points")
	fail := true
	e.sender.setFail(func(send) error {
		if fail {
			return errors.New("500 Internal Server Error")
		}
		return nil
	})
	nine := at(t, "Europe/London", 2026, 5, 1, 9, 0)
	for m := nine; m.Before(nine.Add(3 * time.Hour)); m = m.Add(time.Minute) {
		e.clock.Set(m)
		fireDue(t, s)
	}
	// 09:00, 09:01, 09:06, 09:21, 09:51; the next (10:51) is past the grace.
	if n := len(e.sender.Calls()); n != 5 {
		t.Errorf("%d sends, want 5", n)
	}
	st := mustStatus(t, s, "g")
	if !st.On || st.Paused || st.Retrying || !strings.Contains(st.LastError, "not posted") {
		t.Errorf("Status = %+v, want on, not retrying, with the error", st)
	}
	if !st.Next[0].Equal(nine.AddDate(0, 0, 1)) {
		t.Errorf("Next[0] = %s, want tomorrow 09:00", st.Next[0])
	}
	first := e.sender.Calls()[0].Passage
	fail = false
	e.clock.Set(nine.AddDate(0, 0, 1))
	fireDue(t, s)
	posts := e.sender.Posts()
	if len(posts) != 1 || posts[0].Passage != first {
		t.Errorf("posts = %+v, want the unposted %s tomorrow", posts, first)
	}
}

func TestChannelGonePauses(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 8, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "a", "gone", "09:00", "UTC", "key points")
	mustSet(t, s, "b", "fine", "09:00", "UTC", "key points")
	e.sender.setFail(func(c send) error {
		if c.Channel == "gone" {
			return fmt.Errorf("POST channels/gone/messages: 404 Unknown Channel: %w", ErrChannelUnavailable)
		}
		return nil
	})
	for m := 0; m < 120; m++ {
		e.clock.Set(at(t, "UTC", 2026, 5, 1, 9, m))
		fireDue(t, s)
	}
	if posts := e.sender.Posts(); len(posts) != 1 || posts[0].Channel != "fine" {
		t.Errorf("posts = %+v, want one in fine", posts)
	}
	if n := len(e.sender.Calls()); n != 2 {
		t.Errorf("%d sends, want 2 (no retries to a gone channel)", n)
	}
	a := mustStatus(t, s, "a")
	if !a.Paused || a.Reason == "" || !a.On || len(a.Next) != 0 || !strings.Contains(a.LastError, "Unknown Channel") {
		t.Errorf("Status(a) = %+v, want paused with a reason and error, still on", a)
	}
	if b := mustStatus(t, s, "b"); b.Paused || b.LastError != "" || len(b.Next) != 3 {
		t.Errorf("Status(b) = %+v, want unaffected", b)
	}
	// Pause survives a restart.
	e.close(s)
	s = e.mustOpen(t)
	if a := mustStatus(t, s, "a"); !a.Paused {
		t.Errorf("after restart Status(a) = %+v, want paused", a)
	}
	// Set resumes; the day's post, still within the grace window, goes out.
	e.sender.setFail(nil)
	st := mustSet(t, s, "a", "new", "09:00", "UTC", "key points")
	if st.Paused || len(st.Next) != 3 {
		t.Errorf("Set: Status = %+v, want resumed", st)
	}
	fireDue(t, s)
	posts := e.sender.Posts()
	if len(posts) != 2 || posts[1].Channel != "new" || posts[1].Nonce != nonce("a", "UTC", "2026-05-01") {
		t.Errorf("posts = %+v, want the day's post in new", posts)
	}
}

func TestNowCountsAsToday(t *testing.T) {
	e := newEnv(t, at(t, "America/New_York", 2026, 5, 1, 7, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "America/New_York", "key points")
	ctx := context.Background()
	want, err := s.Preview(t.Context(), "g")
	if err != nil {
		t.Fatal(err)
	}
	e.clock.Set(at(t, "America/New_York", 2026, 5, 1, 8, 0))
	res, err := s.Now(ctx, "g")
	if err != nil || res.Passage.ID != want.ID || res.Queued {
		t.Fatalf("Now = %+v, %v, want %s posted", res, err, want.ID)
	}
	if _, err := s.Now(ctx, "g"); ErrorCode(err) != EConflict {
		t.Errorf("second Now: err = %v, want %s", err, EConflict)
	}
	for h := 8; h < 24; h++ {
		e.clock.Set(at(t, "America/New_York", 2026, 5, 1, h, 59))
		fireDue(t, s)
	}
	if n := len(e.sender.Calls()); n != 1 {
		t.Errorf("%d sends on the day of Now, want 1", n)
	}
	st := mustStatus(t, s, "g")
	if !st.Next[0].Equal(at(t, "America/New_York", 2026, 5, 2, 9, 0)) || st.Left != 4 {
		t.Errorf("Status = %+v, want tomorrow 09:00 and 4 left", st)
	}
	e.clock.Set(at(t, "America/New_York", 2026, 5, 2, 9, 0))
	fireDue(t, s)
	if n := len(e.sender.Posts()); n != 2 {
		t.Errorf("%d posts, want 2", n)
	}
}

func TestNowFailures(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 7, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	ctx := context.Background()
	if _, err := s.Now(ctx, "g"); ErrorCode(err) != ENotFound {
		t.Errorf("Now before Set: err = %v, want %s", err, ENotFound)
	}
	mustSet(t, s, "g", "c", "09:00", "UTC", "faq")
	if _, err := s.Now(ctx, "g"); ErrorCode(err) != ENotFound || !strings.Contains(Message(err), "faq") {
		t.Errorf("Now without facts: err = %v, want %s about faq", err, ENotFound)
	}
	mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
	e.sender.setFail(func(send) error { return errors.New("timeout") })
	if _, err := s.Now(ctx, "g"); ErrorCode(err) != ESend {
		t.Errorf("Now failing: err = %v, want %s", err, ESend)
	}
	if st := mustStatus(t, s, "g"); !st.Retrying {
		t.Errorf("Status after a failed Now = %+v, want retrying", st)
	}
	e.sender.setFail(nil)
	e.clock.Advance(time.Minute)
	fireDue(t, s)
	calls := e.sender.Calls()
	if len(calls) != 2 || calls[0].Nonce != calls[1].Nonce {
		t.Errorf("sends = %+v, want the failed Now retried with its nonce", calls)
	}
	if err := s.Off(t.Context(), "g"); err != nil {
		t.Fatal(err)
	}
	e.clock.Advance(24 * time.Hour)
	if _, err := s.Now(ctx, "g"); ErrorCode(err) != EConflict {
		t.Errorf("Now when off: err = %v, want %s", err, EConflict)
	}
}

func TestOff(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 7, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	if err := s.Off(t.Context(), "g"); ErrorCode(err) != ENotFound {
		t.Errorf("Off before Set: err = %v, want %s", err, ENotFound)
	}
	mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
	if err := s.Off(t.Context(), "g"); err != nil {
		t.Fatal(err)
	}
	for d := 1; d < 4; d++ {
		e.clock.Set(at(t, "UTC", 2026, 5, d, 9, 0))
		fireDue(t, s)
	}
	if n := len(e.sender.Calls()); n != 0 {
		t.Errorf("%d sends while off, want 0", n)
	}
	if st := mustStatus(t, s, "g"); st.On || len(st.Next) != 0 {
		t.Errorf("Status = %+v, want off", st)
	}
	// Set again at 09:30: today's 09:00 is before the schedule and not caught up.
	e.clock.Set(at(t, "UTC", 2026, 5, 4, 9, 30))
	st := mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
	fireDue(t, s)
	if n := len(e.sender.Calls()); n != 0 || !st.Next[0].Equal(at(t, "UTC", 2026, 5, 5, 9, 0)) {
		t.Errorf("%d sends, Next %v; want none until tomorrow", n, st.Next)
	}
}

func TestSetValidation(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 7, 0), mustCorpus(t, 1, 0, 0))
	s := e.mustOpen(t)
	tests := []struct {
		name                             string
		guild, channel, hhmm, zone, from string
		wantIn                           string // in the user message
	}{
		{"hour out of range", "g", "c", "25:00", "UTC", "all", `"25:00" isn't a time of day`},
		{"minutes out of range", "g", "c", "9:75", "UTC", "all", "Write it like 09:00, 17:30, 9am or 9:30 pm"},
		{"twelve-hour clock past 12", "g", "c", "13pm", "UTC", "all", "the hour is from 1 to 12"},
		{"unknown zone", "g", "c", "09:00", "Mars/Olympus", "all", `"Mars/Olympus" isn't a time zone`},
		{"zone suggestion", "g", "c", "09:00", "Lond", "all", "Europe/London"},
		{"offset with minutes", "g", "c", "09:00", "UTC+5:30", "all", "Asia/Kolkata"},
		{"local is not a zone", "g", "c", "09:00", "Local", "all", "isn't a time zone"},
		{"empty zone", "g", "c", "09:00", "", "all", "isn't a time zone"},
		{"unknown source", "g", "c", "09:00", "UTC", "exam tips", `"exam tips" isn't a source`},
		{"no channel", "g", "", "09:00", "UTC", "all", "channel"},
		{"no server", "", "c", "09:00", "UTC", "all", "server"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := s.Set(t.Context(), tt.guild, tt.channel, tt.hhmm, tt.zone, tt.from)
			if ErrorCode(err) != EInvalid || !strings.Contains(Message(err), tt.wantIn) {
				t.Errorf("Set(%q, %q, %q, %q, %q) = %v, want %s containing %q", tt.guild, tt.channel, tt.hhmm, tt.zone, tt.from, err, EInvalid, tt.wantIn)
			}
		})
	}
	if _, err := s.Status(t.Context(), "g"); ErrorCode(err) != ENotFound {
		t.Errorf("Status after invalid Sets: err = %v, want %s", err, ENotFound)
	}
	st := mustSet(t, s, "g", "c", "7:05", "europe/london", "Key-Points")
	if st.Time != "07:05" || st.Zone != "Europe/London" || st.From != FromKeyPoints {
		t.Errorf("Set normalised to %s %s %s, want 07:05 Europe/London key points", st.Time, st.Zone, st.From)
	}
	st = mustSet(t, s, "g", "c", "9:30 pm", "IST", "all")
	if st.Time != "21:30" || st.Zone != "Asia/Kolkata" {
		t.Errorf("Set(9:30 pm, IST) normalised to %s %s, want 21:30 Asia/Kolkata", st.Time, st.Zone)
	}
}

// TestRunSingleTimer runs the real loop: one timer, armed for the earliest
// post of all servers, re-armed as schedules change and posts are made.
func TestRunSingleTimer(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 6, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()
	defer func() {
		cancel()
		if err := recv(t, done, "Run to return"); err != nil {
			t.Errorf("Run = %v", err)
		}
	}()
	armedAt := func(want time.Time) {
		t.Helper()
		waitFor(t, fmt.Sprintf("one timer at %s", want), func() bool {
			a := e.clock.armed()
			return len(a) == 1 && a[0].Equal(want)
		})
	}
	armedAt(at(t, "UTC", 2026, 5, 1, 6, 30)) // nothing scheduled: maxWait

	mustSet(t, s, "london", "c1", "09:00", "Europe/London", "all") // 08:00 UTC
	armedAt(at(t, "UTC", 2026, 5, 1, 6, 30))
	mustSet(t, s, "kolkata", "c2", "12:00", "Asia/Kolkata", "all") // 06:30 UTC
	mustSet(t, s, "ny", "c3", "07:00", "America/New_York", "all")  // 11:00 UTC
	armedAt(at(t, "UTC", 2026, 5, 1, 6, 30))
	e.clock.Set(at(t, "UTC", 2026, 5, 1, 6, 20))
	armedAt(at(t, "UTC", 2026, 5, 1, 6, 30))

	e.clock.Set(at(t, "UTC", 2026, 5, 1, 6, 30))
	waitFor(t, "kolkata's post", func() bool { return len(e.sender.Posts()) == 1 })
	armedAt(at(t, "UTC", 2026, 5, 1, 7, 0)) // maxWait before london's 08:00
	e.clock.Set(at(t, "UTC", 2026, 5, 1, 7, 45))
	armedAt(at(t, "UTC", 2026, 5, 1, 8, 0))
	e.clock.Set(at(t, "UTC", 2026, 5, 1, 8, 0))
	waitFor(t, "london's post", func() bool { return len(e.sender.Posts()) == 2 })

	if err := s.Run(ctx); err == nil {
		t.Error("a second Run = nil, want an error")
	}
	if err := s.Off(t.Context(), "ny"); err != nil {
		t.Fatal(err)
	}
	for h := 8; h < 14; h++ {
		e.clock.Set(at(t, "UTC", 2026, 5, 1, h, 30))
		armedAt(at(t, "UTC", 2026, 5, 1, h+1, 0)) // the loop saw this hour: no post was due
	}
	var channels []string
	for _, p := range e.sender.Posts() {
		channels = append(channels, p.Channel)
	}
	if !slices.Equal(channels, []string{"c2", "c1"}) {
		t.Errorf("posts to %v, want [c2 c1]", channels)
	}
}

// TestConcurrent hammers the commands while Run posts, for the race
// detector, and checks that no server got two posts on one local date.
func TestConcurrent(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 0, 0), mustCorpus(t, 20, 5, 5))
	s := e.mustOpen(t)
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan error, 1)
	go func() { done <- s.Run(ctx) }()

	n := 0
	e.sender.setFail(func(send) error { // every third send fails; runs under the sender's lock
		if n++; n%3 == 0 {
			return errors.New("503")
		}
		return nil
	})
	guilds := []string{"g0", "g1", "g2", "g3"}
	zones := []string{"UTC", "Europe/London", "America/New_York", "Australia/Lord_Howe"}
	for i, g := range guilds {
		mustSet(t, s, g, "c"+g, "00:30", zones[i], "all")
	}
	var wg sync.WaitGroup
	for i, g := range guilds {
		wg.Go(func() {
			for n := range 200 {
				switch n % 6 {
				case 0:
					s.Status(t.Context(), g)
				case 1:
					s.Preview(t.Context(), g)
				case 2:
					s.Now(ctx, g)
				case 3:
					if n%36 == 3 {
						s.Skip(t.Context(), g)
					}
				case 4:
					s.Set(t.Context(), g, "c"+g, fmt.Sprintf("%02d:30", n%24), zones[i], "all")
				case 5:
					if n%60 == 5 {
						s.Off(t.Context(), g)
					}
				}
			}
		})
	}
	wg.Go(func() {
		for range 400 {
			e.clock.Advance(17 * time.Minute)
			time.Sleep(50 * time.Microsecond)
		}
	})
	wg.Wait()
	cancel()
	if err := recv(t, done, "Run to return"); err != nil {
		t.Fatalf("Run = %v", err)
	}
	seen := map[string]bool{}
	for _, p := range e.sender.Posts() {
		g := strings.TrimPrefix(p.Channel, "c")
		loc, _ := time.LoadLocation(zones[slices.Index(guilds, g)])
		for _, key := range []string{g + " sent " + p.At.In(loc).Format(dateLayout), g + " nonce " + p.Nonce} {
			if seen[key] {
				t.Errorf("two posts for %s", key)
			}
			seen[key] = true
		}
	}
	if len(seen) == 0 {
		t.Error("no posts")
	}
	t.Logf("%d posts, %d sends", len(e.sender.Posts()), len(e.sender.Calls()))
}

// TestLatePostPastMidnight: yesterday's 23:30 post, caught up at 00:30,
// also counts for today, so today gets no second post.
func TestLatePostPastMidnight(t *testing.T) {
	e := newEnv(t, at(t, "Europe/London", 2026, 5, 1, 12, 0), mustCorpus(t, 5, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "23:30", "Europe/London", "all")
	e.close(s)
	e.clock.Set(at(t, "Europe/London", 2026, 5, 2, 0, 30))
	s = e.mustOpen(t)
	fireDue(t, s)
	posts := e.sender.Posts()
	if len(posts) != 1 || posts[0].Nonce != nonce("g", "Europe/London", "2026-05-01") {
		t.Fatalf("posts = %+v, want yesterday's", posts)
	}
	for h := 1; h < 24; h++ {
		e.clock.Set(at(t, "Europe/London", 2026, 5, 2, h, 45))
		fireDue(t, s)
	}
	if n := len(e.sender.Calls()); n != 1 {
		t.Errorf("%d sends, want 1: the late post counts for today too", n)
	}
	if next := mustStatus(t, s, "g").Next[0]; !next.Equal(at(t, "Europe/London", 2026, 5, 3, 23, 30)) {
		t.Errorf("Next[0] = %s, want 2026-05-03 23:30", next)
	}
}

func TestPendingPassageRemoved(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 8, 0), mustCorpus(t, 3, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
	e.sender.setFail(func(send) error { return errors.New("502") })
	e.clock.Set(at(t, "UTC", 2026, 5, 1, 9, 0))
	fireDue(t, s)
	stuck := e.sender.Calls()[0].Passage

	// The pending fact leaves the corpus: the retry carries another.
	var rest []corpus.Passage
	for _, p := range passages("doc", corpus.KindKeyPoint, 1, 3) {
		if p.ID != stuck {
			rest = append(rest, p)
		}
	}
	s.SetCorpus(mustCorpusOf(t, rest))
	e.sender.setFail(nil)
	e.clock.Advance(time.Minute)
	fireDue(t, s)
	if posts := e.sender.Posts(); len(posts) != 1 || posts[0].Passage == stuck {
		t.Errorf("posts = %+v, want one without %s", posts, stuck)
	}

	// Now with every eligible fact gone fails cleanly.
	s.SetCorpus(mustCorpusOf(t))
	e.clock.Advance(24 * time.Hour)
	if _, err := s.Now(context.Background(), "g"); ErrorCode(err) != ENotFound {
		t.Errorf("Now with no facts: err = %v, want %s", err, ENotFound)
	}
}
