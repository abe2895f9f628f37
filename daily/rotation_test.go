package daily

import (
	"context"
	"math/rand/v2"
	"slices"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

// postDays makes one scheduled post a day for n days and returns the IDs
// posted, checking each against Preview just before.
func postDays(tb testing.TB, e *env, s *Scheduler, first time.Time, n int) []string {
	tb.Helper()
	var out []string
	for d := range n {
		e.clock.Set(first.AddDate(0, 0, d).Add(-time.Minute))
		want, err := s.Preview(tb.Context(), "g")
		if err != nil {
			tb.Fatalf("Preview: %v", err)
		}
		e.clock.Set(first.AddDate(0, 0, d))
		before := len(e.sender.Posts())
		fireDue(tb, s)
		posts := e.sender.Posts()
		if len(posts) != before+1 {
			tb.Fatalf("day %d: %d posts, want %d", d, len(posts), before+1)
		}
		got := posts[len(posts)-1].Passage
		if got != want.ID {
			tb.Errorf("day %d: posted %s, Preview said %s", d, got, want.ID)
		}
		out = append(out, got)
	}
	return out
}

func ids(ps []corpus.Passage) []string {
	var out []string
	for _, p := range ps {
		out = append(out, p.ID)
	}
	return out
}

// TestRotationCoversAllBeforeRepeat checks, for several sources and seeds,
// that each run of len(eligible) posts holds every eligible fact once, and
// that no fact is posted twice in a row across a cycle boundary.
func TestRotationCoversAllBeforeRepeat(t *testing.T) {
	c := mustCorpus(t, 7, 3, 2)
	for _, from := range Froms() {
		for seed := range uint64(4) {
			t.Run(string(from), func(t *testing.T) {
				e := newEnv(t, at(t, "UTC", 2026, 1, 1, 0, 0), c)
				e.opts.Rand = rand.New(rand.NewPCG(seed, seed))
				s := e.mustOpen(t)
				mustSet(t, s, "g", "c", "09:00", "UTC", string(from))
				elig := ids(eligible(facts{c}, from))
				slices.Sort(elig)
				const cycles = 4
				got := postDays(t, e, s, at(t, "UTC", 2026, 1, 1, 9, 0), cycles*len(elig))
				var orders [][]string
				for i := 0; i < len(got); i += len(elig) {
					cycle := slices.Clone(got[i : i+len(elig)])
					orders = append(orders, slices.Clone(cycle))
					slices.Sort(cycle)
					if !slices.Equal(cycle, elig) {
						t.Errorf("cycle %d = %v, want each of %v once", i/len(elig), cycle, elig)
					}
				}
				for i := 1; i < len(got); i++ {
					if got[i] == got[i-1] {
						t.Errorf("post %d repeats %s", i, got[i])
					}
				}
				if len(elig) > 2 && slices.Equal(orders[0], orders[1]) && slices.Equal(orders[1], orders[2]) {
					t.Errorf("every cycle in the same order %v: not reshuffled", orders[0])
				}
			})
		}
	}
}

func TestRotationFollowsCorpusChanges(t *testing.T) {
	old := passages("doc", corpus.KindKeyPoint, 1, 6)
	e := newEnv(t, at(t, "UTC", 2026, 1, 1, 0, 0), mustCorpusOf(t, old))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
	first := postDays(t, e, s, at(t, "UTC", 2026, 1, 1, 9, 0), 2)

	// Remove one passage not yet posted and one posted; add three.
	var unposted string
	for _, p := range old {
		if !slices.Contains(first, p.ID) {
			unposted = p.ID
			break
		}
	}
	var kept []corpus.Passage
	for _, p := range old {
		if p.ID != unposted && p.ID != first[0] {
			kept = append(kept, p)
		}
	}
	added := passages("doc", corpus.KindKeyPoint, 100, 3)
	s.SetCorpus(mustCorpusOf(t, kept, added))
	if st := mustStatus(t, s, "g"); st.Left != 3+3 {
		t.Errorf("Left = %d, want 6 (4 old minus 1 removed, plus 3 added)", st.Left)
	}
	rest := postDays(t, e, s, at(t, "UTC", 2026, 1, 3, 9, 0), 6)
	var want []string
	for _, p := range append(kept, added...) {
		if !slices.Contains(first, p.ID) {
			want = append(want, p.ID)
		}
	}
	slices.Sort(want)
	got := slices.Clone(rest)
	slices.Sort(got)
	if !slices.Equal(got, want) {
		t.Errorf("rest of the cycle = %v, want %v", got, want)
	}
	// The next cycle holds exactly the current passages.
	next := postDays(t, e, s, at(t, "UTC", 2026, 1, 9, 9, 0), len(kept)+len(added))
	slices.Sort(next)
	all := ids(append(kept, added...))
	slices.Sort(all)
	if !slices.Equal(next, all) {
		t.Errorf("next cycle = %v, want %v", next, all)
	}
}

func TestRotationDeterministic(t *testing.T) {
	c := mustCorpus(t, 10, 0, 0)
	run := func() []string {
		e := newEnv(t, at(t, "UTC", 2026, 1, 1, 0, 0), c)
		e.opts.Rand = rand.New(rand.NewPCG(42, 7))
		s := e.mustOpen(t)
		mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
		return postDays(t, e, s, at(t, "UTC", 2026, 1, 1, 9, 0), 25)
	}
	if a, b := run(), run(); !slices.Equal(a, b) {
		t.Errorf("same seed, different posts:\n%v\n%v", a, b)
	}
}

func TestSkipAndPreview(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 1, 1, 8, 0), mustCorpus(t, 3, 0, 0))
	s := e.mustOpen(t)
	mustSet(t, s, "g", "c", "09:00", "UTC", "key points")
	p1, _ := s.Preview(t.Context(), "g")
	if again, _ := s.Preview(t.Context(), "g"); again.ID != p1.ID {
		t.Errorf("Preview changed from %s to %s without a post", p1.ID, again.ID)
	}
	skipped, err := s.Skip(t.Context(), "g")
	if err != nil || skipped.ID != p1.ID {
		t.Fatalf("Skip = %s, %v, want %s", skipped.ID, err, p1.ID)
	}
	p2, _ := s.Preview(t.Context(), "g")
	if p2.ID == p1.ID {
		t.Errorf("Preview after Skip = %s, the skipped fact", p2.ID)
	}
	if st := mustStatus(t, s, "g"); st.Left != 2 {
		t.Errorf("Left after Skip = %d, want 2", st.Left)
	}
	e.clock.Set(at(t, "UTC", 2026, 1, 1, 9, 0))
	fireDue(t, s)
	if posts := e.sender.Posts(); len(posts) != 1 || posts[0].Passage != p2.ID {
		t.Errorf("posts = %+v, want %s", posts, p2.ID)
	}

	// Skip while a post is being retried: the day's post carries the next fact.
	e.sender.setFail(func(send) error { return context.DeadlineExceeded })
	e.clock.Set(at(t, "UTC", 2026, 1, 2, 9, 0))
	fireDue(t, s)
	stuck := e.sender.Calls()[1].Passage
	if p, _ := s.Preview(t.Context(), "g"); p.ID != stuck {
		t.Errorf("Preview while retrying = %s, want the pending %s", p.ID, stuck)
	}
	if p, err := s.Skip(t.Context(), "g"); err != nil || p.ID != stuck {
		t.Errorf("Skip while retrying = %s, %v, want %s", p.ID, err, stuck)
	}
	e.sender.setFail(nil)
	fireDue(t, s)
	posts := e.sender.Posts()
	if len(posts) != 2 || posts[1].Passage == stuck {
		t.Errorf("posts = %+v, want a second post with another fact than %s", posts, stuck)
	}
}

func TestNonce(t *testing.T) {
	a := nonce("123456789012345678", "UTC", "2026-03-08")
	if len(a) == 0 || len(a) > 25 {
		t.Errorf("nonce has %d characters, want 1..25", len(a))
	}
	if b := nonce("123456789012345678", "UTC", "2026-03-08"); a != b {
		t.Errorf("nonce not deterministic: %s, %s", a, b)
	}
	if b := nonce("123456789012345678", "UTC", "2026-03-09"); a == b {
		t.Errorf("nonce same for two dates: %s", a)
	}
	if b := nonce("123456789012345679", "UTC", "2026-03-08"); a == b {
		t.Errorf("nonce same for two guilds: %s", a)
	}
	if b := nonce("123456789012345678", "Asia/Kolkata", "2026-03-08"); a == b {
		t.Errorf("nonce same for two zones: %s", a)
	}
}
