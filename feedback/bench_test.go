package feedback

import (
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// BenchmarkRecord is what keeping an answer adds to answering it: building
// the record and queueing it (Run writes it later).
func BenchmarkRecord(b *testing.B) {
	s, err := bolt.Open(filepath.Join(b.TempDir(), "conceptbot.db"), bolt.Options{})
	if err != nil {
		b.Fatal(err)
	}
	defer s.Close()
	k := New(s, words{}, Options{Queue: 1 << 20})
	a := answer("When was the US-EU Trade and Technology Council set up?", true, "p1", "p2", "p3")
	b.ReportAllocs()
	for b.Loop() {
		if _, ok, err := k.Record(b.Context(), "300", a); !ok || err != nil {
			b.Fatal(ok, err)
		}
	}
}

// BenchmarkReport reads a server's answers of 90 days from bbolt and
// groups them: 500 questions a day (45,000), 2,000 distinct questions, a
// fifth refused, one in ten with a vote.
func BenchmarkReport(b *testing.B) {
	for _, n := range []int{4500, 45000} {
		b.Run(fmt.Sprint(n), func(b *testing.B) {
			s, err := bolt.Open(filepath.Join(b.TempDir(), "conceptbot.db"), bolt.Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			now := time.Date(2026, 5, 1, 0, 0, 0, 0, time.UTC)
			var batch []*store.FeedbackAnswer
			for i := range n {
				q := fmt.Sprintf("question number %d about the trade and technology council", i%2000)
				batch = append(batch, &store.FeedbackAnswer{Guild: "300", ID: fmt.Sprint(1700000000000000000 + i), Question: q,
					Key: words{}.QuestionKey(q), At: now.Add(-time.Duration(i) * 90 * 24 * time.Hour / time.Duration(n)),
					Shape: "passage", Passages: []string{"doc/section/1", "doc/section/2"}, Confidence: 0.5, Refused: i%5 == 0})
				if len(batch) == 500 {
					if err := s.PutFeedbackAnswers(b.Context(), batch); err != nil {
						b.Fatal(err)
					}
					batch = nil
				}
			}
			for i := 0; i < n; i += 10 {
				err := s.VoteFeedback(b.Context(), "300", fmt.Sprint(1700000000000000000+i), "v", func(v *store.FeedbackVote) error {
					v.Up, v.Note, v.At = i%20 == 0, "a note", now
					return nil
				})
				if err != nil {
					b.Fatal(err)
				}
			}
			k := New(s, nil, Options{Now: func() time.Time { return now }})
			b.ResetTimer()
			for b.Loop() {
				r, err := k.Report(b.Context(), "300", nil)
				if err != nil || r.Asked != n {
					b.Fatal(r.Asked, err)
				}
			}
		})
	}
}
