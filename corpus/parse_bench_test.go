package corpus_test

import (
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/tools/txtar"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/synth"
)

// BenchmarkParse parses documents of each format; passages/s is the figure
// that matters for a cold start with large notes. "saved-page" is 100
// generated concept pages in the seed's text format, "notes" the plain-text
// notes and "markdown" the Markdown documents of testdata's golden files.
func BenchmarkParse(b *testing.B) {
	type doc struct {
		name string
		data []byte
	}
	formats := map[string][]doc{}
	for i, d := range synth.Generate(1, 100) {
		formats["saved-page"] = append(formats["saved-page"], doc{fmt.Sprintf("doc%d.txt", i), d})
	}
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil {
		b.Fatal(err)
	}
	for _, file := range files {
		ar, err := txtar.ParseFile(file)
		if err != nil {
			b.Fatal(err)
		}
		for _, f := range ar.Files {
			switch {
			case f.Name == "input.md":
				formats["markdown"] = append(formats["markdown"], doc{file + ".md", f.Data})
			case f.Name == "input.txt" && !strings.HasPrefix(string(f.Data), "#") && strings.Contains(file, "notes"):
				formats["notes"] = append(formats["notes"], doc{file + ".txt", f.Data})
			}
		}
	}
	for _, name := range []string{"saved-page", "notes", "markdown"} {
		docs := formats[name]
		b.Run(name, func(b *testing.B) {
			passages, bytes := 0, 0
			for _, d := range docs {
				doc, err := corpus.Parse(d.name, d.data)
				if err != nil {
					b.Fatal(err)
				}
				passages += len(doc.Passages)
				bytes += len(d.data)
			}
			b.SetBytes(int64(bytes))
			b.ReportAllocs()
			for b.Loop() {
				for _, d := range docs {
					if _, err := corpus.Parse(d.name, d.data); err != nil {
						b.Fatal(err)
					}
				}
			}
			b.ReportMetric(float64(passages)*float64(b.N)/b.Elapsed().Seconds(), "passages/s")
		})
	}
}

// BenchmarkParseLongParagraph parses a note whose one paragraph is 20,000
// wrapped lines, in plain text and in Markdown: the time grows with the
// square of the lines when each line copies the paragraph before it.
func BenchmarkParseLongParagraph(b *testing.B) {
	para := strings.Repeat("the committee kept the repo rate un-\nchanged at six and a half per cent\n", 10_000)
	for _, tt := range []struct{ name, file, input string }{
		{"text", "notes.txt", "Notes\n\nOverview\n\n" + para},
		{"markdown", "notes.md", "# Notes\n\n" + para},
	} {
		b.Run(tt.name, func(b *testing.B) {
			b.SetBytes(int64(len(tt.input)))
			for b.Loop() {
				if _, err := corpus.Parse(tt.file, []byte(tt.input)); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}
