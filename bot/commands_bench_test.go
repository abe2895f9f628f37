package bot

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/synth"
)

// hostileValues are option values chosen to make autocomplete's ranking
// work hardest, cut to n characters: words that nearly match many
// candidates' words (every one goes through the fuzzy tier), and one long
// word.
func hostileValues(n int) []struct{ kind, v string } {
	near := strings.Repeat("kei poimt faqs devlopment partnershp ", n/37+1)
	letters := strings.Repeat("abcdefghij", n/10+1)
	return []struct{ kind, v string }{{"near-words", near[:n]}, {"one-word", letters[:n]}}
}

// BenchmarkAutocompleteWorstCase is the CPU one autocomplete or free-text
// /lookup costs with the largest values Discord sends (6,000 characters)
// and ten times that, over the seed notes and over 2,000 generated
// passages. The rate limit is lifted, so that every request does its work;
// the search behind free text answers at once (the index bounds its own).
func BenchmarkAutocompleteWorstCase(b *testing.B) {
	seed, _, err := corpus.Load(b.Context(), corpus.Options{Seed: true})
	if err != nil {
		b.Fatal(err)
	}
	docs, err := synth.Docs(1, 2000)
	if err != nil {
		b.Fatal(err)
	}
	large, err := corpus.New(docs...)
	if err != nil {
		b.Fatal(err)
	}
	for _, c := range []struct {
		name string
		c    *corpus.Corpus
	}{{"seed", seed}, {"passages=2000", large}} {
		bt := New(nothingFound{}, c.c, Options{RateLimit: 1 << 30})
		typical := decode(b, autocomplete("tecnology partnrship key points"))
		b.Run(c.name+"/autocomplete/typical", func(b *testing.B) {
			for b.Loop() {
				if _, err := bt.Interaction(b.Context(), typical); err != nil {
					b.Fatal(err)
				}
			}
		})
		for _, n := range []int{6000, 60000} {
			for _, h := range hostileValues(n) {
				kind, v := h.kind, h.v
				ac := decode(b, autocomplete(v))
				b.Run(fmt.Sprintf("%s/autocomplete/%s/%d", c.name, kind, n), func(b *testing.B) {
					for b.Loop() {
						if _, err := bt.Interaction(b.Context(), ac); err != nil {
							b.Fatal(err)
						}
					}
				})
				lookup := decode(b, cmd(inGuild, "lookup", fmt.Sprintf(`[{"name":"section","type":3,"value":%q}]`, v)))
				b.Run(fmt.Sprintf("%s/lookup/%s/%d", c.name, kind, n), func(b *testing.B) {
					for b.Loop() {
						if _, err := bt.Interaction(b.Context(), lookup); err != nil {
							b.Fatal(err)
						}
					}
				})
			}
		}
	}
}

// nothingFound is a Searcher that finds nothing, at once.
type nothingFound struct{}

func (nothingFound) Search(ctx context.Context, q string, n int) (corpus.Answer, error) {
	return corpus.Answer{Question: q}, nil
}
