package web

import (
	"os"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// BenchmarkParse parses the saved El Niño page (28 KB) and the seed
// rendered as a page through corpus.Parse: readability, Markdown, parser.
func BenchmarkParse(b *testing.B) {
	page, err := os.ReadFile(multiDoc)
	if err != nil {
		b.Fatal(err)
	}
	seed, err := corpus.Seed()
	if err != nil {
		b.Fatal(err)
	}
	for _, bc := range []struct {
		name string
		data []byte
	}{{"el-nino", page}, {"seed", []byte(seedPage(seed[0]))}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.data)))
			for b.Loop() {
				if _, err := corpus.Parse("x.html", bc.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
