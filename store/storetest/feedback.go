package storetest

import (
	"context"
	"errors"
	"fmt"
	"reflect"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/store"
)

// FeedbackStore is the feedback's part of a backend.
type FeedbackStore interface {
	PutFeedbackAnswers(ctx context.Context, as []*store.FeedbackAnswer) error
	FeedbackAnswer(ctx context.Context, guild, id string) (*store.FeedbackAnswer, error)
	VoteFeedback(ctx context.Context, guild, id, voter string, fn func(v *store.FeedbackVote) error) error
	FeedbackAnswers(ctx context.Context, guild string, since time.Time) ([]store.FeedbackAnswer, error)
	ClearFeedback(ctx context.Context, guild string) (int, error)
	ExpireFeedback(ctx context.Context, before time.Time) (int, error)
}

// feedbackTests are the feedback's conformance tests, run by Run.
var feedbackTests = []struct {
	name string
	fn   func(t *testing.T, s Store)
}{
	{"FeedbackEmpty", testFeedbackEmpty},
	{"FeedbackRoundTrip", testFeedbackRoundTrip},
	{"FeedbackPutKeepsFirst", testFeedbackPutKeepsFirst},
	{"FeedbackPutMany", testFeedbackPutMany},
	{"FeedbackVotes", testFeedbackVotes},
	{"FeedbackVoteFnErrorWritesNothing", testFeedbackVoteFnError},
	{"FeedbackServersApart", testFeedbackServersApart},
	{"FeedbackSince", testFeedbackSince},
	{"FeedbackExpire", testFeedbackExpire},
	{"FeedbackConcurrentVotes", testFeedbackConcurrentVotes},
}

// t0 is a time in a zone other than UTC, to the nanosecond.
var t0 = time.Date(2026, 5, 1, 9, 0, 0, 123456789, time.FixedZone("IST", 5*3600+1800))

// FeedbackFull returns an answer with every field set, asked at.
func FeedbackFull(guild, id string, at time.Time) *store.FeedbackAnswer {
	return &store.FeedbackAnswer{
		Guild: guild, ID: id, Question: "किसान क्या है? What's the TTC — “set up” when? 🚜",
		Key: "set ttc", At: at, Shape: "passage",
		Passages:   []string{"cetp/historical-background", "cetp/key-points/5", "cetp/faqs/4"},
		Confidence: 0.8125, Refused: false,
	}
}

func putFeedback(t *testing.T, s Store, as ...*store.FeedbackAnswer) {
	t.Helper()
	if err := s.PutFeedbackAnswers(t.Context(), as); err != nil {
		t.Fatalf("PutFeedbackAnswers(%d answers): %v", len(as), err)
	}
}

func readFeedback(t *testing.T, s Store, guild, id string) *store.FeedbackAnswer {
	t.Helper()
	a, err := s.FeedbackAnswer(t.Context(), guild, id)
	if err != nil {
		t.Fatalf("FeedbackAnswer(%s/%s): %v", guild, id, err)
	}
	return a
}

// vote casts voter's vote: up, with note, at.
func vote(t *testing.T, s Store, guild, id, voter string, up bool, note string, at time.Time) {
	t.Helper()
	err := s.VoteFeedback(t.Context(), guild, id, voter, func(v *store.FeedbackVote) error {
		v.Up, v.Note, v.At = up, note, at
		return nil
	})
	if err != nil {
		t.Fatalf("VoteFeedback(%s/%s, %s): %v", guild, id, voter, err)
	}
}

// sameFeedback reports whether two answers are the same, times as
// instants to the microsecond.
func sameFeedback(a, b *store.FeedbackAnswer) bool {
	if a == nil || b == nil {
		return a == b
	}
	return reflect.DeepEqual(a.Normalize(), b.Normalize())
}

func testFeedbackEmpty(t *testing.T, s Store) {
	ctx := t.Context()
	if _, err := s.FeedbackAnswer(ctx, "300", "1"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FeedbackAnswer(missing) = %v, want ErrNotFound", err)
	}
	called := false
	err := s.VoteFeedback(ctx, "300", "1", "v1", func(*store.FeedbackVote) error { called = true; return nil })
	if !errors.Is(err, store.ErrNotFound) || called {
		t.Errorf("VoteFeedback(missing) = %v (fn called: %v), want ErrNotFound without calling fn", err, called)
	}
	if all, err := s.FeedbackAnswers(ctx, "300", time.Time{}); err != nil || len(all) != 0 {
		t.Errorf("FeedbackAnswers = %v, %v; want none", all, err)
	}
	if n, err := s.ClearFeedback(ctx, "300"); err != nil || n != 0 {
		t.Errorf("ClearFeedback = %d, %v; want 0", n, err)
	}
	if n, err := s.ExpireFeedback(ctx, t0); err != nil || n != 0 {
		t.Errorf("ExpireFeedback = %d, %v; want 0", n, err)
	}
}

func testFeedbackRoundTrip(t *testing.T, s Store) {
	want := FeedbackFull("300", "1300000000000000001", t0)
	putFeedback(t, s, want)
	if got := readFeedback(t, s, "300", want.ID); !sameFeedback(got, want) {
		t.Errorf("FeedbackAnswer =\n%+v\nwant\n%+v", got, want)
	}
	refused := &store.FeedbackAnswer{Guild: store.FeedbackDM, ID: "2", Question: "who is the pm of japan", Key: "japan pm", At: t0, Refused: true}
	putFeedback(t, s, refused)
	if got := readFeedback(t, s, store.FeedbackDM, "2"); !sameFeedback(got, refused) || got.Passages != nil || got.Votes != nil {
		t.Errorf("FeedbackAnswer of a refusal with no passages = %+v, want %+v", got, refused)
	}
	all, err := s.FeedbackAnswers(t.Context(), "300", time.Time{})
	if err != nil || len(all) != 1 || !sameFeedback(&all[0], want) {
		t.Errorf("FeedbackAnswers = %+v, %v; want the one answer", all, err)
	}
}

func testFeedbackPutKeepsFirst(t *testing.T, s Store) {
	first := FeedbackFull("300", "7", t0)
	putFeedback(t, s, first)
	vote(t, s, "300", "7", "v1", true, "", t0.Add(time.Minute))
	again := FeedbackFull("300", "7", t0.Add(time.Hour))
	again.Question, again.Refused, again.Passages = "another question", true, nil
	putFeedback(t, s, again)
	got := readFeedback(t, s, "300", "7")
	want := first.Clone()
	want.Votes = []store.FeedbackVote{{Voter: "v1", Up: true, At: t0.Add(time.Minute)}}
	if !sameFeedback(got, want) {
		t.Errorf("after a second put of the same answer: %+v, want the first with its vote %+v", got, want)
	}
}

// testFeedbackPutMany: answers are put together, in one transaction: an
// answer already kept, or twice in the call, is kept once; a bad one
// writes nothing.
func testFeedbackPutMany(t *testing.T, s Store) {
	ctx := t.Context()
	putFeedback(t, s, FeedbackFull("300", "1", t0))
	first := FeedbackFull("300", "2", t0.Add(time.Minute))
	again := FeedbackFull("300", "2", t0.Add(time.Hour))
	again.Question = "a second wording"
	var many []*store.FeedbackAnswer
	for i := range 200 {
		many = append(many, FeedbackFull([]string{"300", "301"}[i%2], fmt.Sprint(100+i), t0.Add(time.Duration(i)*time.Second)))
	}
	putFeedback(t, s, append([]*store.FeedbackAnswer{FeedbackFull("300", "1", t0.Add(time.Hour)), first, again}, many...)...)
	all, err := s.FeedbackAnswers(ctx, "300", time.Time{})
	if err != nil || len(all) != 102 {
		t.Fatalf("FeedbackAnswers = %d, %v; want 102", len(all), err)
	}
	if got := readFeedback(t, s, "300", "2"); !sameFeedback(got, first) {
		t.Errorf("an answer put twice in one call = %+v, want the first %+v", got, first)
	}
	if got := readFeedback(t, s, "300", "1"); !got.At.Equal(t0.Truncate(time.Microsecond)) {
		t.Errorf("an answer put again = %+v, want the one kept before", got)
	}
	bad := []*store.FeedbackAnswer{FeedbackFull("302", "1", t0), {Guild: "", ID: "2", At: t0}}
	if err := s.PutFeedbackAnswers(ctx, bad); err == nil {
		t.Error("PutFeedbackAnswers with an answer without a guild succeeded")
	}
	if all, err := s.FeedbackAnswers(ctx, "302", time.Time{}); err != nil || len(all) != 0 {
		t.Errorf("after a failed put: %d answers, %v; want none", len(all), err)
	}
	if err := s.PutFeedbackAnswers(ctx, nil); err != nil {
		t.Errorf("PutFeedbackAnswers(nil) = %v", err)
	}
}

func testFeedbackVotes(t *testing.T, s Store) {
	a := FeedbackFull("300", "7", t0)
	putFeedback(t, s, a)
	steps := []struct {
		name       string
		voter      string
		up         bool
		note       string
		wantUp     int
		wantDown   int
		wantVoters int
	}{
		{"first up", "b2", true, "", 1, 0, 1},
		{"same again", "b2", true, "", 1, 0, 1},
		{"changed to down", "b2", false, "the year it was set up", 0, 1, 1},
		{"another voter", "a1", true, "", 1, 1, 2},
		{"a third", "c3", false, "", 1, 2, 3},
		{"back to up", "b2", true, "", 2, 1, 3},
	}
	for i, st := range steps {
		at := t0.Add(time.Duration(i+1) * time.Minute)
		var seen store.FeedbackVote
		err := s.VoteFeedback(t.Context(), "300", "7", st.voter, func(v *store.FeedbackVote) error {
			seen = *v
			v.Up, v.Note, v.At = st.up, st.note, at
			return nil
		})
		if err != nil {
			t.Fatalf("%s: %v", st.name, err)
		}
		if seen.Voter != st.voter {
			t.Errorf("%s: fn got voter %q, want %q", st.name, seen.Voter, st.voter)
		}
		got := readFeedback(t, s, "300", "7")
		up, down := got.Tally()
		if up != st.wantUp || down != st.wantDown || len(got.Votes) != st.wantVoters {
			t.Errorf("%s: %d up, %d down, %d voters; want %d, %d, %d", st.name, up, down, len(got.Votes), st.wantUp, st.wantDown, st.wantVoters)
		}
		for j := 1; j < len(got.Votes); j++ {
			if got.Votes[j-1].Voter >= got.Votes[j].Voter {
				t.Errorf("%s: votes not sorted by voter: %+v", st.name, got.Votes)
			}
		}
	}
	got := readFeedback(t, s, "300", "7")
	want := []store.FeedbackVote{
		{Voter: "a1", Up: true, At: t0.Add(4 * time.Minute)},
		{Voter: "b2", Up: true, At: t0.Add(6 * time.Minute)},
		{Voter: "c3", Up: false, At: t0.Add(5 * time.Minute)},
	}
	w := a.Clone()
	w.Votes = want
	if !sameFeedback(got, w) {
		t.Errorf("votes = %+v, want %+v", got.Votes, want)
	}
	// The vote as it stands is what fn sees: a note kept from before.
	vote(t, s, "300", "7", "c3", false, "what the TTC does", t0.Add(7*time.Minute))
	err := s.VoteFeedback(t.Context(), "300", "7", "c3", func(v *store.FeedbackVote) error {
		if v.Up || v.Note != "what the TTC does" || !v.At.Equal(t0.Add(7*time.Minute).Truncate(time.Microsecond)) {
			t.Errorf("fn got %+v, want the down vote with its note", v)
		}
		return nil
	})
	if err != nil {
		t.Fatal(err)
	}
}

func testFeedbackVoteFnError(t *testing.T, s Store) {
	putFeedback(t, s, FeedbackFull("300", "7", t0))
	vote(t, s, "300", "7", "v1", true, "", t0)
	boom := errors.New("boom")
	for _, voter := range []string{"v1", "v2"} {
		err := s.VoteFeedback(t.Context(), "300", "7", voter, func(v *store.FeedbackVote) error {
			v.Up, v.Note = false, "x"
			return boom
		})
		if !errors.Is(err, boom) {
			t.Errorf("VoteFeedback(%s) with a failing fn = %v, want %v", voter, err, boom)
		}
	}
	got := readFeedback(t, s, "300", "7")
	if len(got.Votes) != 1 || !got.Votes[0].Up || got.Votes[0].Note != "" {
		t.Errorf("after failed votes: %+v, want v1's up vote alone", got.Votes)
	}
}

func testFeedbackServersApart(t *testing.T, s Store) {
	ctx := t.Context()
	for _, g := range []string{"300", "301", store.FeedbackDM} {
		a := FeedbackFull(g, "7", t0)
		a.Question = "asked in " + g
		putFeedback(t, s, a)
		vote(t, s, g, "7", "v-"+g, g == "300", "", t0)
	}
	for _, g := range []string{"300", "301", store.FeedbackDM} {
		all, err := s.FeedbackAnswers(ctx, g, time.Time{})
		if err != nil || len(all) != 1 || all[0].Question != "asked in "+g || all[0].Guild != g ||
			len(all[0].Votes) != 1 || all[0].Votes[0].Voter != "v-"+g {
			t.Errorf("FeedbackAnswers(%s) = %+v, %v; want its own answer and vote only", g, all, err)
		}
	}
	if n, err := s.ClearFeedback(ctx, "300"); err != nil || n != 1 {
		t.Errorf("ClearFeedback(300) = %d, %v; want 1", n, err)
	}
	if all, err := s.FeedbackAnswers(ctx, "300", time.Time{}); err != nil || len(all) != 0 {
		t.Errorf("after ClearFeedback(300): %+v, %v; want none", all, err)
	}
	if _, err := s.FeedbackAnswer(ctx, "300", "7"); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("FeedbackAnswer after clearing = %v, want ErrNotFound", err)
	}
	if err := s.VoteFeedback(ctx, "300", "7", "v", func(*store.FeedbackVote) error { return nil }); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("VoteFeedback after clearing = %v, want ErrNotFound", err)
	}
	for _, g := range []string{"301", store.FeedbackDM} {
		if got := readFeedback(t, s, g, "7"); got.Question != "asked in "+g || len(got.Votes) != 1 {
			t.Errorf("clearing 300 changed %s: %+v", g, got)
		}
	}
	// A cleared server starts again.
	putFeedback(t, s, FeedbackFull("300", "7", t0))
	if got := readFeedback(t, s, "300", "7"); len(got.Votes) != 0 {
		t.Errorf("an answer kept again after clearing has votes %+v", got.Votes)
	}
}

func testFeedbackSince(t *testing.T, s Store) {
	// Put out of order: the list comes in the order they were asked, then
	// by ID.
	times := []time.Duration{3, 1, 2, 2, 0}
	for i, d := range times {
		putFeedback(t, s, FeedbackFull("300", fmt.Sprint("id", i), t0.Add(d*time.Hour)))
	}
	all, err := s.FeedbackAnswers(t.Context(), "300", time.Time{})
	if err != nil {
		t.Fatal(err)
	}
	var ids []string
	for _, a := range all {
		ids = append(ids, a.ID)
	}
	if want := []string{"id4", "id1", "id2", "id3", "id0"}; !reflect.DeepEqual(ids, want) {
		t.Errorf("FeedbackAnswers order = %v, want %v", ids, want)
	}
	since, err := s.FeedbackAnswers(t.Context(), "300", t0.Add(2*time.Hour).UTC())
	if err != nil || len(since) != 3 || since[0].ID != "id2" {
		t.Errorf("FeedbackAnswers since t0+2h = %+v, %v; want id2, id3, id0 (since is inclusive)", since, err)
	}
}

func testFeedbackExpire(t *testing.T, s Store) {
	ctx := t.Context()
	for i := range 6 {
		g := []string{"300", "301"}[i%2]
		putFeedback(t, s, FeedbackFull(g, fmt.Sprint(i), t0.Add(time.Duration(i)*24*time.Hour)))
		vote(t, s, g, fmt.Sprint(i), "v", false, "note", t0)
	}
	// Answers 0, 1 and 2 are older than the cut; 3 is asked exactly at it
	// and stays.
	n, err := s.ExpireFeedback(ctx, t0.Add(3*24*time.Hour))
	if err != nil || n != 3 {
		t.Errorf("ExpireFeedback = %d, %v; want 3", n, err)
	}
	for i := range 6 {
		g := []string{"300", "301"}[i%2]
		_, err := s.FeedbackAnswer(ctx, g, fmt.Sprint(i))
		if gone := errors.Is(err, store.ErrNotFound); gone != (i < 3) {
			t.Errorf("answer %d after expiry: %v; want gone %v", i, err, i < 3)
		}
	}
	if err := s.VoteFeedback(ctx, "300", "0", "v", func(*store.FeedbackVote) error { return nil }); !errors.Is(err, store.ErrNotFound) {
		t.Errorf("VoteFeedback on an expired answer = %v, want ErrNotFound", err)
	}
	if n, err := s.ExpireFeedback(ctx, t0.Add(3*24*time.Hour)); err != nil || n != 0 {
		t.Errorf("ExpireFeedback again = %d, %v; want 0", n, err)
	}
	// An expired answer may be kept again (its votes are gone).
	putFeedback(t, s, FeedbackFull("300", "0", t0.Add(10*24*time.Hour)))
	if got := readFeedback(t, s, "300", "0"); len(got.Votes) != 0 {
		t.Errorf("an expired answer kept again has votes %+v", got.Votes)
	}
	if n, err := s.ExpireFeedback(ctx, t0.Add(100*24*time.Hour)); err != nil || n != 4 {
		t.Errorf("ExpireFeedback(all) = %d, %v; want 4", n, err)
	}
}

// testFeedbackConcurrentVotes: votes on one answer from many goroutines
// are all kept, and one voter pressing at once keeps one vote.
func testFeedbackConcurrentVotes(t *testing.T, s Store) {
	putFeedback(t, s, FeedbackFull("300", "7", t0))
	const workers = 8
	var wg sync.WaitGroup
	for w := range workers {
		wg.Go(func() {
			for _, voter := range []string{fmt.Sprint("voter", w), "same"} {
				err := s.VoteFeedback(t.Context(), "300", "7", voter, func(v *store.FeedbackVote) error {
					v.Up, v.At = w%2 == 0, t0
					return nil
				})
				if err != nil {
					t.Errorf("VoteFeedback: %v", err)
				}
			}
		})
	}
	wg.Wait()
	if got := readFeedback(t, s, "300", "7"); len(got.Votes) != workers+1 {
		t.Errorf("after concurrent votes: %d voters, want %d", len(got.Votes), workers+1)
	}
}
