package all_test

import (
	"archive/zip"
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/all"
)

// notionExport is a Notion workspace exported as "Markdown & CSV" with
// folders for subpages: a home page over two topic pages, each over
// subpages with none of their own, and a database (a table, its every
// row, a page per row).
const (
	home    = "Home 0123456789abcdef0123456789abcdef/"
	polity  = home + "Polity 1111111111111111aaaaaaaaaaaaaaaa/"
	tracker = home + "Tracker 6666666666666666ffffffffffffffff"
)

var notionExport = [][2]string{
	{"Home 0123456789abcdef0123456789abcdef.md", "# Home\n\nMy UPSC notes.\n\n[Polity](Home%200123456789abcdef0123456789abcdef/Polity%201111111111111111aaaaaaaaaaaaaaaa.md)\n"},
	{home + "Polity 1111111111111111aaaaaaaaaaaaaaaa.md", "# Polity\n\nNotes on the Lokpal.\n\n## Sub-pages\n\n" +
		"[Key Points](Polity%201111111111111111aaaaaaaaaaaaaaaa/Key%20Points%202222222222222222bbbbbbbbbbbbbbbb.md)\n\n" +
		"- [Background](Polity%201111111111111111aaaaaaaaaaaaaaaa/Background%203333333333333333cccccccccccccccc.md)\n"},
	{polity + "Background 3333333333333333cccccccccccccccc.md", "# Background\n\n## Origins\n\nThe Lokpal was first proposed in 1963.\n"},
	{polity + "Key Points 2222222222222222bbbbbbbbbbbbbbbb.md", "---\ntags: polity\n---\n# Key Points\n\n1. The Lokpal has eight members.\n2. Half are judicial members.\n\n## FAQ\n\n💡 Exam tip: learn the numbers.\n"},
	{polity + "Key Points 2222222222222222bbbbbbbbbbbbbbbb/Untitled.png", "\x89PNG"},
	{home + "Economy 4444444444444444dddddddddddddddd.md", "# Economy\n\nNotes on inflation.\n"},
	{home + "Economy 4444444444444444dddddddddddddddd/Inflation 5555555555555555eeeeeeeeeeeeeeee.md", "# Inflation\n\nPrices rising across the economy.\n"},
	{tracker + ".csv", "Name,Status\nPolity,Done\nEmpty row,Not started\n"},
	{tracker + "_all.csv", "Name,Status\nPolity,Done\nEmpty row,Not started\nOld,Archived\n"},
	{tracker + "/Polity 7777777777777777aaaaaaaaaaaaaaaa.md", "# Polity\n\nStatus: Done\nTags: GS-2\n\n- [ ] Revise the Lokpal's members\n"},
	{tracker + "/Empty row 8888888888888888aaaaaaaaaaaaaaaa.md", "# Empty row\n\nStatus: Not started\nTags: GS-3\nCreated: October 2, 2025 8:50 PM\nLast edited time: October 2, 2025 8:50 PM\n"},
}

// TestNotionPages: a page's subpages that have none of their own are read
// into it as sections, in the order it links to them, its links to them
// dropped and their problems told at their own files; a subpage with
// subpages is a page of its own; a database's row pages are cited with
// the database when their title is taken, skipped when they hold only
// their properties, and its every-row table is skipped. Read from a
// folder or an archive, alike.
func TestNotionPages(t *testing.T) {
	dir := t.TempDir()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	for _, f := range notionExport {
		name, text := f[0], f[1]
		p := filepath.Join(dir, "export", filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		w, _ := zw.Create("export/" + name)
		w.Write([]byte(text))
	}
	zw.Close()
	archive := filepath.Join(dir, "export.zip")
	if err := os.WriteFile(archive, buf.Bytes(), 0o644); err != nil {
		t.Fatal(err)
	}
	for _, root := range []string{filepath.Join(dir, "export"), archive} {
		t.Run(filepath.Base(root), func(t *testing.T) {
			c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{root}})
			if err != nil {
				t.Fatal(err)
			}
			if len(rep.Problems) > 0 {
				t.Errorf("problems: %v", rep.Problems)
			}
			var titles []string
			for _, d := range rep.Docs {
				titles = append(titles, d.Title)
			}
			slices.Sort(titles)
			if want := []string{"Economy", "Home", "Polity", "Polity (Tracker)", "Tracker"}; !slices.Equal(titles, want) {
				t.Errorf("documents %q, want %q", titles, want)
			}
			var polity []string
			for _, p := range c.Passages() {
				if p.Doc == "Polity" {
					polity = append(polity, p.Citation()+": "+p.Text)
				}
			}
			want := []string{
				"Polity › Definition: Notes on the Lokpal.",
				"Polity › Key Points › 1: The Lokpal has eight members.",
				"Polity › Key Points › 2: Half are judicial members.",
				"Polity › Key Points › FAQ › Exam Tip: learn the numbers.",
				"Polity › Background › Origins: The Lokpal was first proposed in 1963.",
			}
			if !slices.Equal(polity, want) {
				t.Errorf("Polity's passages:\n%s\nwant\n%s", strings.Join(polity, "\n"), strings.Join(want, "\n"))
			}
			base := root
			if root == archive {
				base = filepath.Join(archive, "export")
			}
			keyPoints := filepath.Join(base, "Home 0123456789abcdef0123456789abcdef", "Polity 1111111111111111aaaaaaaaaaaaaaaa", "Key Points 2222222222222222bbbbbbbbbbbbbbbb.md")
			if got, want := rep.Warnings().Error(), keyPoints+":11: exam tip with no question before it"; !strings.Contains(got, want) {
				t.Errorf("warnings %q, want %q", got, want)
			}
			for _, d := range rep.Docs {
				if d.Title != "Polity" {
					continue
				}
				i := slices.IndexFunc(d.Outline, func(h corpus.Heading) bool { return h.Name() == "Key Points" })
				if i < 0 || d.Outline[i].File != "Key Points 2222222222222222bbbbbbbbbbbbbbbb.md" || d.Outline[i].Line != 4 {
					t.Errorf("Polity's outline %+v, want Key Points at line 4 of its own file", d.Outline)
				}
			}
			var skipped []string
			for _, s := range rep.Skipped {
				if !strings.HasSuffix(s.Path, ".png") {
					skipped = append(skipped, filepath.Base(s.Path)+": "+s.Reason)
				}
			}
			slices.Sort(skipped)
			wantSkipped := []string{
				"Background 3333333333333333cccccccccccccccc.md: a subpage, read with its page Polity 1111111111111111aaaaaaaaaaaaaaaa.md",
				"Empty row 8888888888888888aaaaaaaaaaaaaaaa.md: a row of the database Tracker with nothing but its properties, which its table has",
				"Inflation 5555555555555555eeeeeeeeeeeeeeee.md: a subpage, read with its page Economy 4444444444444444dddddddddddddddd.md",
				"Key Points 2222222222222222bbbbbbbbbbbbbbbb.md: a subpage, read with its page Polity 1111111111111111aaaaaaaaaaaaaaaa.md",
				"Tracker 6666666666666666ffffffffffffffff_all.csv: a database's every row, beside the table of its view",
			}
			if !slices.Equal(skipped, wantSkipped) {
				t.Errorf("skipped:\n%s\nwant\n%s", strings.Join(skipped, "\n"), strings.Join(wantSkipped, "\n"))
			}
		})
	}
}

// TestNotionPagesAsHTML: Notion's HTML export reads as its Markdown one: a
// page's subpages, web pages too, are its sections.
func TestNotionPagesAsHTML(t *testing.T) {
	dir := t.TempDir()
	html := func(title, body string) string {
		return `<html><head><meta charset="utf-8"/><title>` + title + `</title></head><body><article id="0b1c2d3e-0000-4000-8000-000000000001" class="page sans"><header><h1 class="page-title">` + title + `</h1></header><div class="page-body">` + body + `</div></article></body></html>`
	}
	files := map[string]string{
		"Lokpal 0123456789abcdef0123456789abcdef.html":                                             html("Lokpal", `<p id="9d5faee1-3a4c-4d4e-b9ad-bc043c575bb3">An anti-corruption ombudsman set up in 2019.</p><figure class="link-to-page"><a href="Lokpal%200123456789abcdef0123456789abcdef/Key%20Points%201111111111111111aaaaaaaaaaaaaaaa.html">Key Points</a></figure>`),
		"Lokpal 0123456789abcdef0123456789abcdef/Key Points 1111111111111111aaaaaaaaaaaaaaaa.html": html("Key Points", `<ol type="1" class="numbered-list" start="1"><li>The Lokpal has eight members besides its chairperson.</li></ol><ol type="1" class="numbered-list" start="2"><li>Half of them are judicial members.</li></ol>`),
	}
	for name, text := range files {
		p := filepath.Join(dir, filepath.FromSlash(name))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{dir}, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range c.Passages() {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Lokpal › Definition: An anti-corruption ombudsman set up in 2019.",
		"Lokpal › Key Points › 1: The Lokpal has eight members besides its chairperson.",
		"Lokpal › Key Points › 2: Half of them are judicial members.",
	}
	if len(rep.Docs) != 1 || rep.Docs[0].Format != "web page" || !slices.Equal(got, want) {
		t.Errorf("%d documents; passages:\n%s\nwant one web page and\n%s", len(rep.Docs), strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNotionDatabaseAlone: a database's every row exported alone ("…
// 2c8e…a865_all.csv", without its view's table beside it) is titled by
// the database's name, not by its ID.
func TestNotionDatabaseAlone(t *testing.T) {
	d, err := corpus.Parse("Election Tracker 2c8e5a1f9b3d47e6a0f4c7d2e9b1a865_all.csv",
		[]byte("Name,Article\nElection Commission,Article 324 vests superintendence of elections in the Commission\nDisputes,Article 329 bars courts from interfering in electoral matters\n"))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Election Tracker" {
		t.Errorf("title %q, want the database's name", d.Title)
	}
}

// TestExtensionFirst: a file whose content two formats know is read in the
// format of its extension: Typst notes that open "= Title" over "== "
// sections as Typst, though AsciiDoc's test knows them too, and the same
// text named .adoc as AsciiDoc.
func TestExtensionFirst(t *testing.T) {
	text := "= Fundamental Rights\n#set text(lang: \"en\")\n\nPart III of the Constitution.\n\n== Equality\n\n- Article 14: equality before the law\n"
	for name, want := range map[string]string{"rights.typ": "Typst source", "rights.adoc": "AsciiDoc notes"} {
		d, err := corpus.Parse(name, []byte(text))
		if err != nil {
			t.Fatal(err)
		}
		if d.Format != want || d.Title != "Fundamental Rights" {
			t.Errorf("%s: format %q, title %q; want %q, Fundamental Rights", name, d.Format, d.Title, want)
		}
	}
}
