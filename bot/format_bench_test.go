package bot

import (
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// seedAnswer is an answer as the index gives it: three passages of the seed
// corpus, each word of the question highlighted where it occurs.
func seedAnswer(tb testing.TB, answered bool) corpus.Answer {
	tb.Helper()
	docs, err := corpus.Seed()
	if err != nil {
		tb.Fatal(err)
	}
	a := corpus.Answer{Question: "When was the US-EU Trade and Technology Council set up?", Answered: answered, Confidence: 0.8}
	for _, p := range docs[0].Passages[1:4] {
		r := corpus.Result{Passage: p, Score: 1}
		for _, w := range []string{"Trade", "Technology", "Council", "established"} {
			if i := strings.Index(p.Text, w); i >= 0 {
				r.Highlights = append(r.Highlights, corpus.Span{Start: i, End: i + len(w)})
			}
		}
		a.Results = append(a.Results, r)
	}
	return a
}

func BenchmarkFormatAnswer(b *testing.B) {
	for _, tt := range []struct {
		name     string
		answered bool
	}{{"answered", true}, {"not-found", false}} {
		b.Run(tt.name, func(b *testing.B) {
			a := seedAnswer(b, tt.answered)
			b.ReportAllocs()
			for b.Loop() {
				formatter{}.answer(a, 0, true)
			}
		})
	}
}
