package index

import "testing"

// TestQuestionKey: rewordings of a question share its key; other questions
// do not.
func TestQuestionKey(t *testing.T) {
	ix := mustOpenSeed(t)
	groups := []struct {
		name  string
		same  []string
		other []string
	}{
		{"what is", []string{
			"What is the TTC?", "what's the ttc", "TTC??", "explain the TTC", "Tell me about the TTC please",
			"<@1100000000000000001> what is TTC", "wat is the ttc", "define TTC", "TTC meaning",
		}, []string{"When was the TTC set up?", "TTC members", "what is the UN"}},
		{"word order and inflection", []string{
			"When was the Trade and Technology Council set up?", "trade & technology council: when was it set up",
			"Trade and technology councils, when were they set up",
		}, []string{"when was the trade council set up"}},
		{"who", []string{
			"who is the prime minister of japan", "Prime Minister of Japan??", "japan's prime minister",
		}, []string{"prime minister of japan and the WHO", "who funds the prime minister of japan"}},
		{"challenges", []string{
			"challenges of technology transfer", "technology transfer challenges", "Technology-transfer challenge?",
		}, []string{"technology transfer", "challenges of technology transfer in 2024"}},
	}
	for _, g := range groups {
		t.Run(g.name, func(t *testing.T) {
			key := ix.QuestionKey(g.same[0])
			if key == "" {
				t.Fatalf("QuestionKey(%q) = \"\"", g.same[0])
			}
			for _, q := range g.same[1:] {
				if got := ix.QuestionKey(q); got != key {
					t.Errorf("QuestionKey(%q) = %q, want %q (that of %q)", q, got, key, g.same[0])
				}
			}
			for _, q := range g.other {
				if got := ix.QuestionKey(q); got == key {
					t.Errorf("QuestionKey(%q) = %q, the key of %q too", q, got, g.same[0])
				}
			}
		})
	}
	for _, q := range []string{"", "what is it?", "   ", "tell me"} {
		if got := ix.QuestionKey(q); got != "" {
			t.Errorf("QuestionKey(%q) = %q, want \"\"", q, got)
		}
	}
}

// BenchmarkQuestionKey is what grouping adds to keeping an answer.
func BenchmarkQuestionKey(b *testing.B) {
	ix := mustOpenSeed(b)
	qs := []string{"When was the US-EU Trade and Technology Council set up?", "explain technology transfer challenges for mains", "who is the prime minister of japan"}
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		ix.QuestionKey(qs[i%len(qs)])
		i++
	}
}

// TestLiveQuestionKey: the live index gives the same keys, and none once
// closed.
func TestLiveQuestionKey(t *testing.T) {
	ix := mustOpenSeed(t)
	l, err := OpenLive(t.Context(), ix.Corpus(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	q := "What is the TTC?"
	if got, want := l.QuestionKey(q), ix.QuestionKey(q); got != want || got == "" {
		t.Errorf("Live.QuestionKey(%q) = %q, want %q", q, got, want)
	}
	l.Close()
	if got := l.QuestionKey(q); got != "" {
		t.Errorf("QuestionKey on a closed Live = %q, want \"\"", got)
	}
}
