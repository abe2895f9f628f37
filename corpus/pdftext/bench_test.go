package pdftext

import (
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/testpdf"
)

// BenchmarkParse parses the 4-page handout of the evaluation set and a
// printed 100-page PDF through corpus.Parse: text layer, layout, Markdown
// parser.
func BenchmarkParse(b *testing.B) {
	handout, err := os.ReadFile(multiDoc)
	if err != nil {
		b.Fatal(err)
	}
	var blocks []testpdf.Block
	for i := range 500 {
		blocks = append(blocks, testpdf.Block{Text: fmt.Sprintf("Section %d", i+1), Size: 14, Style: "B", Space: 4},
			testpdf.Block{Text: strings.Repeat("A paragraph of body text that wraps over several printed lines. ", 6), Space: 2})
	}
	long := testpdf.Print(b, blocks, testpdf.Options{})
	for _, bc := range []struct {
		name string
		data []byte
	}{{"handout-4-pages", handout}, {"printed-100-pages", long}} {
		b.Run(bc.name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(bc.data)))
			pages := 0
			for b.Loop() {
				d, err := corpus.Parse("x.pdf", bc.data)
				if err != nil {
					b.Fatal(err)
				}
				pages = d.Passages[len(d.Passages)-1].Line
			}
			b.ReportMetric(float64(pages)*float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}
