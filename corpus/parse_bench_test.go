package corpus_test

import (
	"fmt"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/synth"
)

// BenchmarkParse parses generated documents; passages/s is the figure that
// matters for a cold start with large notes.
func BenchmarkParse(b *testing.B) {
	docs := synth.Generate(1, 100)
	passages := 0
	for i, d := range docs {
		doc, err := corpus.Parse(fmt.Sprintf("doc%d.txt", i), d)
		if err != nil {
			b.Fatal(err)
		}
		passages += len(doc.Passages)
	}
	b.ResetTimer()
	for b.Loop() {
		for i, d := range docs {
			if _, err := corpus.Parse(fmt.Sprintf("doc%d.txt", i), d); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportMetric(float64(passages)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
}
