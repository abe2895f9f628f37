package index

import (
	"fmt"
	"testing"

	"github.com/conceptbot/conceptbot/corpus/synth"
)

// shapeQuestions are questions of each shape, for BenchmarkShapes; passage
// questions are the evaluation sets'.
var shapeQuestions = map[string][]string{
	"list": {"list all recent developments", "what are the key points", "all FAQs", "what happened in 2023",
		"all semiconductor developments", "saare key points batao", "developments in 2026", "all developments involving india"},
	"summary": {"summarise the topic", "CETP in brief", "short notes on technology transfer", "CETP ka summary batao"},
	"points":  {"give me 3 points on technology transfer for mains", "5 challenges of these partnerships", "technology transfer ke teen points batao"},
	"compare": {"compare joint R&D and technology transfer", "TTC vs Quad", "quad aur TTC me kya fark hai"},
}

// BenchmarkShapes measures what an answer of each shape costs, on the seed
// and on the seed with four more documents (with CONCEPTBOT_LARGE, passage
// and list answers on 10,000 and 100,000 generated passages). The target: a
// list costs at most twice a passage (BENCHMARKS.md).
func BenchmarkShapes(b *testing.B) {
	for _, corp := range []struct {
		name string
		ix   func(testing.TB) *Index
	}{
		{"seed", func(tb testing.TB) *Index { return mustOpenSeed(tb) }},
		{"docs=5", func(tb testing.TB) *Index { return mustOpenDocs(tb, shapeDocs...) }},
	} {
		b.Run(corp.name, func(b *testing.B) {
			ix := corp.ix(b)
			b.Run("passage", func(b *testing.B) { latency(b, ix, seedQuestions(b)[synth.Plain]) })
			for _, shape := range []string{"list", "summary", "points", "compare"} {
				b.Run(shape, func(b *testing.B) { latency(b, ix, shapeQuestions[shape]) })
			}
		})
	}
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("passages=%d", n), func(b *testing.B) {
			large(b)
			ix := loadLarge(b, n)
			b.Run("passage", func(b *testing.B) { latency(b, ix, synthQuestions(ix.Corpus(), synth.Plain, 300)) })
			b.Run("list", func(b *testing.B) { latency(b, ix, shapeQuestions["list"]) })
		})
	}
}
