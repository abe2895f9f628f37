package corpus

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
)

// writeFiles writes name → content under dir and returns dir.
func writeFiles(tb testing.TB, dir string, files map[string]string) string {
	tb.Helper()
	for name, content := range files {
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			tb.Fatal(err)
		}
	}
	return dir
}

// loadWithin runs Load and fails the test if it does not return within
// a minute: a hang is a failure, not a ten-minute timeout.
func loadWithin(tb testing.TB, ctx context.Context, opts Options) (*Corpus, *Report, error) {
	tb.Helper()
	type result struct {
		c   *Corpus
		rep *Report
		err error
	}
	done := make(chan result, 1)
	go func() {
		c, rep, err := Load(ctx, opts)
		done <- result{c, rep, err}
	}()
	select {
	case r := <-done:
		return r.c, r.rep, r.err
	case <-time.After(time.Minute):
		tb.Fatalf("Load(%v) did not return within a minute", opts.Paths)
		return nil, nil, nil
	}
}

func errorStrings(es Errors) []string {
	var out []string
	for _, e := range es {
		out = append(out, e.Error())
	}
	return out
}

// TestLoadLeavesOutBadDocuments loads a folder with good, broken and
// unsupported files: the good ones load, every problem is reported, and
// strict mode makes them fatal.
func TestLoadLeavesOutBadDocuments(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"a.txt":            "Alpha\n\nHistorical Background\n\nOld.\n",
		"b.md":             "# Alpha\n\n## Notes\n\nSame title, same ID.\n",
		"c.txt":            "",
		"d.markdown":       "# Delta\n\n## Notes\n\nRead as Markdown.\n",
		"notes.odt":        "PK\x03\x04",
		".obsidian/x.json": "{}",
		"sub/e.TXT":        "Echo\n\nOverview\n\nUpper-case extension.\n",
	})
	missing := filepath.Join(dir, "missing.txt")
	c, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir, missing}})
	if err != nil {
		t.Fatalf("Load = %v, want the good documents loaded", err)
	}
	var titles []string
	for _, d := range c.Docs {
		titles = append(titles, d.Title)
	}
	if want := []string{"Alpha", "Delta", "Echo"}; !slices.Equal(titles, want) {
		t.Errorf("loaded %q, want %q", titles, want)
	}
	wantProblems := []string{
		filepath.Join(dir, "c.txt") + ":1: empty document: no title",
		missing + ": cannot read: no such file or directory",
		filepath.Join(dir, "b.md") + `:1: duplicate document ID "alpha" (also in ` + filepath.Join(dir, "a.txt") + `): a document's ID is made from its title, ` +
			`and both documents are titled "Alpha"; give one of them another title (its first line, or its "# " heading in Markdown), or remove the copy; until then it is left out`,
	}
	if got := errorStrings(rep.Problems); !slices.Equal(got, wantProblems) {
		t.Errorf("problems =\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(wantProblems, "\n"))
	}
	wantSkipped := []Skipped{
		{filepath.Join(dir, ".obsidian"), "hidden", true},
		{filepath.Join(dir, "notes.odt"), `unsupported file type ".odt" (conceptbot reads ` + strings.Join(Extensions(), ", ") + ")", false},
	}
	if !slices.Equal(rep.Skipped, wantSkipped) {
		t.Errorf("skipped = %+v, want %+v", rep.Skipped, wantSkipped)
	}

	_, _, err = loadWithin(t, context.Background(), Options{Paths: []string{dir, missing}, Strict: true})
	var es Errors
	if !errors.As(err, &es) || !slices.Equal(errorStrings(es), wantProblems) {
		t.Errorf("strict Load error = %v, want Errors with every problem", err)
	}
}

// TestLoadStrictWarnings: in strict mode a warning is fatal too.
// TestLoadSkipsCopies: a file that gives a document already read, passage
// for passage (the same notes saved as text and as Markdown), is skipped
// as its copy, even in strict mode; one that only shares the title is
// still a problem.
func TestLoadSkipsCopies(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"a.md":  "# Alpha\n\n## Notes\n\nThe same text.\n",
		"b.txt": "# Alpha\n\n## Notes\n\nThe same text.\n",
	})
	c, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}, Strict: true})
	if err != nil {
		t.Fatalf("Load = %v, want the copy skipped", err)
	}
	want := []Skipped{{filepath.Join(dir, "b.txt"), "the same notes as " + filepath.Join(dir, "a.md"), true}}
	if len(c.Docs) != 1 || !slices.Equal(rep.Skipped, want) {
		t.Errorf("%d documents, skipped %+v; want one, and %+v", len(c.Docs), rep.Skipped, want)
	}
	writeFiles(t, dir, map[string]string{"b.txt": "# Alpha\n\n## Notes\n\nOther text.\n"})
	if _, rep, err = loadWithin(t, context.Background(), Options{Paths: []string{dir}}); err != nil || len(rep.Problems) != 1 {
		t.Errorf("another document of the same title: error %v, problems %v; want one problem", err, rep.Problems)
	}
}

func TestLoadStrictWarnings(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{"notes.md": "Water cycle\n\n## Rain\n\nDrops fall.\n"})
	want := filepath.Join(dir, "notes.md") + `:1: no "# Title" line: the first line, "Water cycle", is taken as the title`
	if _, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}}); err != nil || !slices.Equal(errorStrings(rep.Warnings()), []string{want}) {
		t.Errorf("Load = %v with warnings %v, want it loaded with %q", err, rep.Warnings(), want)
	}
	if _, _, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}, Strict: true}); err == nil || err.Error() != want {
		t.Errorf("strict Load error = %v, want %q", err, want)
	}
}

func TestLoadSeed(t *testing.T) {
	c, rep, err := Load(context.Background(), Options{Seed: true})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 || len(c.Passages()) != 37 || len(rep.Problems) > 0 || len(rep.Warnings()) > 0 {
		t.Fatalf("seed: %d documents, %d passages, %v; want 1 and 37, no problems", len(c.Docs), len(c.Passages()), rep)
	}
	p, ok := c.Passage("critical-and-emerging-technologies-partnership/key-points/5")
	if !ok || p.Citation() != "Critical and Emerging Technologies Partnership › Key Points › 5" || p.Category != "Other" {
		t.Errorf("key point 5 = %+v, %v", p, ok)
	}
	s, ok := c.Section("critical-and-emerging-technologies-partnership/key-points")
	if !ok || len(s.Passages) != 13 {
		t.Errorf("Section(key-points) has %d passages, want 13", len(s.Passages))
	}
}

// TestLoadBounds feeds Load what should not be read: each case gives a
// clear problem or skips the file, quickly, and the rest loads.
func TestLoadBounds(t *testing.T) {
	good := "Good Notes\n\nOverview\n\nThese load.\n"
	tests := []struct {
		name     string
		setup    func(t *testing.T, dir string) (paths []string)
		max      int64
		problems []string // relative to dir
		skipped  []string // "path: reason", relative to dir
	}{
		{"file over the limit", func(t *testing.T, dir string) []string {
			writeFiles(t, dir, map[string]string{"big.txt": "Big\n\n" + strings.Repeat("Some words here. ", 200)})
			return []string{dir}
		}, 1 << 10, []string{"big.txt: 3.4 kB, over the limit of 1 KiB (corpus.max_file_bytes): split it, or raise the limit"}, nil},
		{"50 MB file at the default limit", func(t *testing.T, dir string) []string {
			p := filepath.Join(dir, "huge.md")
			f, err := os.Create(p)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if err := f.Truncate(50_000_000); err != nil { // sparse: nothing is written
				t.Fatal(err)
			}
			return []string{dir}
		}, 0, []string{"huge.md: 50.0 MB, over the limit of 8 MiB (corpus.max_file_bytes): split it, or raise the limit"}, nil},
		{"binary file", func(t *testing.T, dir string) []string {
			writeFiles(t, dir, map[string]string{"image.txt": "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR"})
			return []string{dir}
		}, 0, []string{"image.txt: binary data, not text: is this a document?"}, nil},
		{"a folder with no documents", func(t *testing.T, dir string) []string {
			writeFiles(t, dir, map[string]string{"empty/slides.pptx": "PK"})
			return []string{filepath.Join(dir, "empty"), dir}
		}, 0, []string{"empty: no documents here (conceptbot reads " + strings.Join(Extensions(), ", ") + " files)"},
			[]string{`empty/slides.pptx: unsupported file type ".pptx" (conceptbot reads ` + strings.Join(Extensions(), ", ") + ")",
				`empty/slides.pptx: unsupported file type ".pptx" (conceptbot reads ` + strings.Join(Extensions(), ", ") + ")"}},
		{"directory loop", func(t *testing.T, dir string) []string {
			if err := os.MkdirAll(filepath.Join(dir, "a", "b"), 0o755); err != nil {
				t.Fatal(err)
			}
			if err := os.Symlink("../..", filepath.Join(dir, "a", "b", "up")); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			return []string{dir}
		}, 0, nil, []string{"a/b/up: a link back to .: a directory loop"}},
		{"a link to another folder is followed", func(t *testing.T, dir string) []string {
			other := writeFiles(t, t.TempDir(), map[string]string{"more.text": "More Notes\n\nOverview\n\nRead through a link.\n"})
			if err := os.Symlink(other, filepath.Join(dir, "linked")); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			return []string{dir}
		}, 0, nil, nil},
		{"too deep", func(t *testing.T, dir string) []string {
			deep := filepath.Join(dir, strings.Repeat("d/", 34))
			writeFiles(t, deep, map[string]string{"deep.txt": "Deep\n\nOverview\n\nToo far down.\n"})
			return []string{dir}
		}, 0, []string{strings.Repeat("d/", 32) + "d: more than 32 directories deep: not read"}, nil},
		{"broken link", func(t *testing.T, dir string) []string {
			if err := os.Symlink("nowhere.txt", filepath.Join(dir, "gone.txt")); err != nil {
				t.Skip("no symbolic links here:", err)
			}
			return []string{dir}
		}, 0, []string{"gone.txt: cannot read: no such file or directory"}, nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			dir := t.TempDir()
			writeFiles(t, dir, map[string]string{"good.txt": good})
			paths := tt.setup(t, dir)
			c, rep, err := loadWithin(t, context.Background(), Options{Paths: paths, MaxFileBytes: tt.max})
			if err != nil {
				t.Fatalf("Load = %v, want the good document loaded", err)
			}
			if len(c.Docs) < 1 || c.Docs[0].Title != "Good Notes" {
				t.Errorf("Load did not load the good document")
			}
			rel := func(s string) string {
				return strings.ReplaceAll(strings.ReplaceAll(s, dir+string(filepath.Separator), ""), dir, ".")
			}
			var problems, skipped []string
			for _, p := range rep.Problems {
				problems = append(problems, rel(p.Error()))
			}
			for _, s := range rep.Skipped {
				skipped = append(skipped, rel(s.Path+": "+s.Reason))
			}
			if !slices.Equal(problems, tt.problems) {
				t.Errorf("problems =\n%s\nwant\n%s", strings.Join(problems, "\n"), strings.Join(tt.problems, "\n"))
			}
			if !slices.Equal(skipped, tt.skipped) {
				t.Errorf("skipped =\n%s\nwant\n%s", strings.Join(skipped, "\n"), strings.Join(tt.skipped, "\n"))
			}
		})
	}
}

// TestLoadTooManyFiles: a walk stops after maxFiles entries, saying so.
func TestLoadTooManyFiles(t *testing.T) {
	defer func(n int) { maxFiles = n }(maxFiles)
	maxFiles = 5
	files := map[string]string{}
	for i := range 8 {
		files[fmt.Sprintf("n%d.txt", i)] = fmt.Sprintf("Note %d\n\nOverview\n\nText.\n", i)
	}
	dir := writeFiles(t, t.TempDir(), files)
	c, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	want := []string{dir + ": more than 5 files and directories: the rest are not read"}
	if len(c.Docs) != 5 || !slices.Equal(errorStrings(rep.Problems), want) {
		t.Errorf("loaded %d documents with problems %v; want 5 and %q", len(c.Docs), rep.Problems, want)
	}
}

// TestLoadCancelled: a cancelled load stops with the context's error.
func TestLoadCancelled(t *testing.T) {
	dir := t.TempDir()
	for i := range 50 {
		writeFiles(t, dir, map[string]string{filepath.Join("notes", string(rune('a'+i%26))+strings.Repeat("x", i/26)+".txt"): "T\n\nOverview\n\nText.\n"})
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	_, _, err := loadWithin(t, ctx, Options{Paths: []string{dir}})
	if !errors.Is(err, context.Canceled) {
		t.Errorf("Load with a cancelled context = %v, want context.Canceled", err)
	}
}

// TestParseLinear parses shapes once read in quadratic time at n and 4n
// lines or bytes, and fails when the larger takes over 8 times as long
// (and 0.1 s more): 4 times when linear, 16 when quadratic (the best of 3
// runs each, so that a loaded machine does not fail it).
func TestParseLinear(t *testing.T) {
	if testing.Short() || raceEnabled {
		t.Skip("times parses of megabytes; the run without the race detector times them")
	}
	tests := []struct {
		name, file string
		n          int
		gen        func(n int) string
	}{
		// Each question outside a FAQ counted the section's questions before it.
		{"<details> questions outside a FAQ", "d.md", 10_000, func(n int) string {
			return "# Notes\n\n" + strings.Repeat("<details><summary>Why is it so?</summary>Because it is.</details>\n", n)
		}},
		// Each cut of a word longer than a passage counted the rest of it.
		{"one long word", "w.md", 500_000, func(n int) string { return "# One Word\n\n" + strings.Repeat("a", n) + "\n" }},
		// Each line of a block of properties under the title read the whole block.
		{"properties under the title", "p.md", 1_000, func(n int) string {
			return "# Notes\n\nCategory: Polity\n" + strings.Repeat("Status: done\n", n) + "\nText.\n"
		}},
		// Each block before the first section joined every line above it.
		{"syllabus lines", "s.md", 2_000, func(n int) string {
			return "# Notes\n\n" + strings.Repeat("GS Paper II: Polity\n\n", n) + "Text.\n"
		}},
		// Each wrapped line of a paragraph copied the paragraph joined so far.
		{"one paragraph of wrapped lines in text", "l.txt", 5_000, func(n int) string {
			return "Notes\n\nOverview\n\n" + strings.Repeat("the committee kept the repo rate un-\nchanged at six and a half per cent\n", n/2)
		}},
		{"one paragraph of wrapped lines in Markdown", "l.md", 5_000, func(n int) string {
			return "# Notes\n\n" + strings.Repeat("the committee kept the repo rate un-\nchanged at six and a half per cent\n", n/2)
		}},
		{"one list entry of wrapped lines in Markdown", "e.md", 5_000, func(n int) string {
			return "# Notes\n\n- the committee\n" + strings.Repeat("  kept the repo rate unchanged at six and a half per cent\n", n)
		}},
		// Each border of a grid that ends out of line read the grid again.
		{"a grid table whose last row does not line up", "g.txt", 2_000, func(n int) string {
			return "Notes\n\nTable\n+-----+-----+\n" + strings.Repeat("| a   | b   |\n+-----+-----+\n", n) + "| a | b |\n"
		}},
		{"one grid row wrapped over many lines", "r.txt", 5_000, func(n int) string {
			return "Notes\n\nTable\n+-----+-----+\n| h   | i   |\n+-----+-----+\n" + strings.Repeat("| a   | b   |\n", n) + "+-----+-----+\n"
		}},
		{"an outline of labels over entries", "o.md", 2_000, func(n int) string {
			return "# Notes\n\n" + strings.Repeat("- **Label**\n  - an entry long enough to be a passage of its own in the notes\n", n)
		}},
		// Each line that opens an HTML table looked for its end in the lines
		// after it.
		{"HTML tables that do not end", "t.md", 5_000, func(n int) string {
			return "# Notes\n\n" + strings.Repeat("<table><tr><td>a</td><td>b</td></tr>\n", n)
		}},
		{"many HTML tables", "h.md", 2_000, func(n int) string {
			return "# Notes\n\n" + strings.Repeat("<table><tr><th>a</th><th>b</th></tr>\n<tr><td>1</td><td>2</td></tr></table>\n", n)
		}},
		// Each wrapped line of a footnote copied the footnote joined so far.
		{"one footnote of wrapped lines", "f.md", 5_000, func(n int) string {
			return "# Notes\n\nText.[^1]\n\n[^1]: the committee\n" + strings.Repeat("  kept the repo rate unchanged at six and a half per cent\n", n)
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			best := func(input string) time.Duration {
				var min time.Duration
				for i := range 3 {
					start := time.Now()
					if _, err := Parse(tt.file, []byte(input)); err != nil {
						t.Fatal(err)
					}
					if d := time.Since(start); i == 0 || d < min {
						min = d
					}
				}
				return min
			}
			small, large := best(tt.gen(tt.n)), best(tt.gen(4*tt.n))
			if large > 8*small+100*time.Millisecond {
				t.Errorf("Parse of %d took %v, of %d %v: over 8 times as long", tt.n, small, 4*tt.n, large)
			}
		})
	}
}

// TestParseLargeInputs parses inputs at the bounds the README states: the
// result is bounded (no passage over the limit) and nothing panics.
func TestParseLargeInputs(t *testing.T) {
	var manyLines, manyHeadings, deepList strings.Builder
	manyLines.WriteString("Long Notes\n\nKey Points\n\n")
	for i := range 200_000 {
		manyLines.WriteString("- point number ")
		manyLines.WriteString(strings.Repeat("x", i%7))
		manyLines.WriteString("\n")
	}
	manyHeadings.WriteString("# Many Headings\n\n")
	for i := range 10_000 {
		manyHeadings.WriteString(strings.Repeat("#", 2+i%5) + " Heading " + string(rune('A'+i%26)) + "\n\nText under it.\n\n")
	}
	deepList.WriteString("# Deep\n\n")
	for i := range 2_000 {
		deepList.WriteString(strings.Repeat("  ", i) + "- level\n")
	}
	tests := []struct {
		name, file, input string
	}{
		{"200,000 lines", "lines.txt", manyLines.String()},
		{"10,000 headings", "headings.md", manyHeadings.String()},
		{"one 2 MB line", "line.md", "# One Line\n\n" + strings.Repeat("word ", 400_000) + "\n"},
		{"a list 2,000 levels deep", "deep.md", deepList.String()},
		{"a table of 20,000 rows", "table.md", "# Table\n\n| a | b |\n|---|---|\n" + strings.Repeat("| 1 | 2 |\n", 20_000)},
		{"an unclosed code fence", "code.md", "# Code\n\n```\n" + strings.Repeat("x := 1\n", 50_000)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := Parse(tt.file, []byte(tt.input))
			if err != nil {
				t.Fatal(err)
			}
			if len(d.Passages) == 0 {
				t.Fatal("no passages")
			}
			for _, p := range d.Passages {
				if n := len([]rune(p.Text)); n > maxPassageRunes {
					t.Fatalf("%s: %d runes, over %d", p.ID, n, maxPassageRunes)
				}
			}
		})
	}
}

// TestFormatByContentFirst: a format that goes by content is told before
// one registered earlier whose Magic knows its files too (a chat exported
// as a web page is a chat).
func TestFormatByContentFirst(t *testing.T) {
	RegisterFormat(Format{Name: "zzq page", Extensions: []string{".zzq"}, Magic: func(d []byte) bool { return strings.HasPrefix(string(d), "ZZQ") }})
	RegisterFormat(Format{Name: "zzq chat", Extensions: []string{".zzqchat"}, ByContent: true, Magic: func(d []byte) bool { return strings.HasPrefix(string(d), "ZZQ-chat") }})
	for data, want := range map[string]string{"ZZQ-chat 1": "zzq chat", "ZZQ page": "zzq page"} {
		if got := FormatOf([]byte(data)); got != want {
			t.Errorf("FormatOf(%q) = %q, want %q", data, got, want)
		}
	}
}

// TestLoadSkipsTemplates: a template of notes in a folder (Obsidian's,
// Templater's), titled by a placeholder, is skipped as part of how notes
// are kept; named on its own, it is read.
func TestLoadSkipsTemplates(t *testing.T) {
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"notes.md":                "# Alpha\n\n## Notes\n\nSome text.\n",
		"Templates/Daily Note.md": "---\ncreated: {{date:YYYY-MM-DD}}\n---\n\n# {{date:dddd, D MMMM YYYY}}\n\n## Targets for today\n- [ ] Current affairs\n",
		"Templates/Topic.md":      "# <% tp.file.title %>\n\n## Key Points\n1. \n",
	})
	_, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{dir}})
	if err != nil || len(rep.Docs) != 1 || len(rep.Problems) > 0 {
		t.Fatalf("%d documents, problems %v, error %v; want the notes alone", len(rep.Docs), rep.Problems, err)
	}
	want := []Skipped{
		{filepath.Join(dir, "Templates", "Daily Note.md"), "a template (its title is a placeholder), not notes", true},
		{filepath.Join(dir, "Templates", "Topic.md"), "a template (its title is a placeholder), not notes", true},
	}
	if !slices.Equal(rep.Skipped, want) {
		t.Errorf("skipped %+v, want %+v", rep.Skipped, want)
	}
	if _, rep, _ := loadWithin(t, context.Background(), Options{Paths: []string{filepath.Join(dir, "Templates", "Daily Note.md")}}); len(rep.Docs) != 1 {
		t.Errorf("a template named on its own: %d documents, want it read", len(rep.Docs))
	}
}

// TestLoadSkipsLogseqFolder: a Logseq graph's "logseq" folder (its
// settings, and backups of its pages titled as the pages) is skipped as
// the app's, from a folder or an archive, and the pages are read; a day's
// journal is titled by its day, without a warning.
func TestLoadSkipsLogseqFolder(t *testing.T) {
	page := "title:: Ozone\n\n- ## Meaning\n\t- Ozone is a gas of three oxygen atoms.\n"
	dir := writeFiles(t, t.TempDir(), map[string]string{
		"graph/pages/Ozone.md":                       page,
		"graph/journals/2025_11_03.md":               "- Revised the ozone layer.\n\t- Kigali amendment: HFCs.\n",
		"graph/logseq/config.edn":                    "{:file/name-format :triple-lowbar}",
		"graph/logseq/bak/pages/Ozone/2025-11-04.md": page + "\t- An older draft.\n",
		"graph/logseq/custom.css":                    "body {}",
		"notes.zip":                                  string(zipped(t, "graph/pages/Ozone.md", page, "graph/logseq/config.edn", "{}", "graph/logseq/bak/pages/Ozone/2025-11-04.md", page)),
	})
	for _, root := range []string{filepath.Join(dir, "graph"), filepath.Join(dir, "notes.zip")} {
		_, rep, err := loadWithin(t, context.Background(), Options{Paths: []string{root}})
		if err != nil || len(rep.Docs) == 0 || len(rep.Problems) > 0 || len(rep.Warnings()) > 0 || !strings.HasSuffix(rep.Docs[len(rep.Docs)-1].File, filepath.Join("pages", "Ozone.md")) {
			t.Errorf("%s: documents %v, problems %v, warnings %v, error %v; want the page (and the journal)", root, rep.Docs, rep.Problems, rep.Warnings(), err)
		}
		if root != filepath.Join(dir, "notes.zip") && (len(rep.Docs) != 2 || rep.Docs[0].Title != "3 Nov 2025") {
			t.Errorf("documents %v, want the journal titled 3 Nov 2025 and the page", rep.Docs)
		}
		for _, s := range rep.Skipped {
			if s.Reason != "Logseq's settings and backups of pages" || !s.Expected {
				t.Errorf("%s: skipped %+v, want the logseq folder's files as the app's", root, s)
			}
		}
		if len(rep.Skipped) == 0 {
			t.Errorf("%s: nothing skipped, want the logseq folder", root)
		}
	}
}
