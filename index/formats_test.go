package index_test

import (
	"bytes"
	"context"
	"math"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/renderer/html"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/all" // every format of notes conceptbot reads
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/internal/testpdf"
)

// TestSameNotesOtherFormat checks that notes answer alike in another
// format, each converted document giving hit@1 within 0.03 of the
// original on its questions, the seed document in the notes as in a
// deployment: every Markdown document of the evaluation sets rendered to a
// web page twice (by a GitHub-flavoured renderer inside a site's
// navigation and footer, and by a plain CommonMark one that leaves front
// matter, tables and wiki links as text), and each text document of the multi-document
// set printed to PDF (fpdf, with a running header and page numbers).
func TestSameNotesOtherFormat(t *testing.T) {
	seed, err := corpus.Seed()
	if err != nil {
		t.Fatal(err)
	}
	compared := 0
	for _, set := range []string{"multi", "heldout", "heldout2", "heldout3", "heldout4", "heldout5", "heldout6", "heldout7", "heldout8"} {
		dir := filepath.Join("testdata/eval", set)
		docs, err := filepath.Glob(filepath.Join(dir, "docs", "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range docs {
			ext := filepath.Ext(path)
			if ext != ".md" && (ext != ".txt" || set != "multi") {
				continue // the held-out sets' text notes write emoji and Devanagari, which fpdf's fonts lack
			}
			slug := strings.TrimSuffix(strings.TrimSuffix(filepath.Base(path), ext), "-notes")
			t.Run(set+"/"+slug, func(t *testing.T) {
				data, err := os.ReadFile(path)
				if err != nil {
					t.Fatal(err)
				}
				f, err := os.Open(filepath.Join(dir, "q-"+slug+".jsonl"))
				if err != nil {
					t.Fatal(err)
				}
				qs, err := index.ReadEval(f)
				f.Close()
				if err != nil {
					t.Fatal(err)
				}
				orig, err := corpus.Parse(filepath.Base(path), data)
				if err != nil {
					t.Skipf("the original does not load, so there is nothing to compare: %v", err)
				}
				want := evaluate(t, append(append([]*corpus.Document(nil), seed...), orig), qs)
				converted := map[string][]byte{slug + ".pdf": nil}
				if ext == ".md" {
					converted = map[string][]byte{slug + ".html": webPage(t, orig.Title, data, true), slug + ".htm": webPage(t, orig.Title, data, false)}
				} else {
					converted[slug+".pdf"] = testpdf.Text(t, string(data))
				}
				for name, page := range converted {
					conv, err := corpus.Parse(name, page)
					if err != nil {
						t.Fatalf("the %s does not load: %v", name, err)
					}
					got := evaluate(t, append(append([]*corpus.Document(nil), seed...), conv), qs)
					t.Logf("%s: hit@1 %.3f, section@1 %.3f (%d passages); as %s: hit@1 %.3f, section@1 %.3f (%d passages)",
						filepath.Base(path), want.Hit1, want.Section1, len(orig.Passages), ext2(name), got.Hit1, got.Section1, len(conv.Passages))
					if math.Abs(got.Hit1-want.Hit1) > 0.03+1e-9 {
						for _, m := range got.Misses {
							t.Logf("as %s, miss: %q: %s (%s)", ext2(name), m.Question, m.Why, m.Got)
						}
						t.Errorf("hit@1 as %s = %.3f, the original's %.3f: more than 0.03 apart", ext2(name), got.Hit1, want.Hit1)
					}
				}
				compared++
			})
		}
	}
	if compared < 20 {
		t.Errorf("compared %d documents, want at least 20", compared)
	}
}

func ext2(name string) string { return strings.TrimPrefix(filepath.Ext(name), ".") }

func evaluate(tb testing.TB, docs []*corpus.Document, qs []index.EvalQuestion) index.Report {
	tb.Helper()
	c, err := corpus.New(docs...)
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	defer ix.Close()
	r, err := index.Evaluate(context.Background(), ix, qs)
	if err != nil {
		tb.Fatal(err)
	}
	return r
}

// webPage renders Markdown as a saved web page, its HTML kept: as a site
// generator does, GitHub-flavoured, its front matter not shown, inside a
// site's navigation, sidebar and footer (.html), or by plain CommonMark,
// which shows front matter as text, the article alone (.htm).
func webPage(tb testing.TB, title string, md []byte, flavoured bool) []byte {
	tb.Helper()
	var body bytes.Buffer
	options := []goldmark.Option{goldmark.WithRendererOptions(html.WithUnsafe())}
	if flavoured {
		md = regexp.MustCompile(`(?s)\A---\n.*?\n---\n`).ReplaceAll(md, nil)
		options = append(options, goldmark.WithExtensions(extension.GFM))
	}
	if err := goldmark.New(options...).Convert(md, &body); err != nil {
		tb.Fatal(err)
	}
	if !flavoured {
		return []byte("<!DOCTYPE html><html><head><meta charset=\"utf-8\"></head><body>\n" + body.String() + "</body></html>")
	}
	var b bytes.Buffer
	b.WriteString(`<!DOCTYPE html><html lang="en"><head><meta charset="utf-8"><title>`)
	b.WriteString(title)
	b.WriteString(` | Study Notes</title><script>var analytics = true;</script></head><body>
<header><a href="/">Study Notes</a><nav><ul><li><a href="/">Home</a></li><li><a href="/polity">Polity</a></li><li><a href="/environment">Environment</a></li></ul></nav></header>
<main><article>
`)
	b.Write(body.Bytes())
	b.WriteString(`</article>
<aside><h2>More notes</h2><ul><li><a href="/a">Another topic</a></li><li><a href="/b">And another</a></li></ul></aside></main>
<footer><p>© Study Notes · <a href="/privacy">Privacy</a></p></footer>
<div id="cookie-banner">This site uses cookies. <button>OK</button></div>
</body></html>`)
	return b.Bytes()
}
