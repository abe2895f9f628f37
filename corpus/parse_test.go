package corpus

import (
	"errors"
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"unicode"

	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// TestParseGolden parses each testdata/*.txtar's input (input.txt or
// input.md; seed.txtar takes the embedded seed) and compares a rendering of
// the result with its "want" file.
func TestParseGolden(t *testing.T) {
	files, err := filepath.Glob("testdata/*.txtar")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden files: %v", err)
	}
	for _, file := range files {
		t.Run(strings.TrimSuffix(filepath.Base(file), ".txtar"), func(t *testing.T) {
			ar, err := txtar.ParseFile(file)
			if err != nil {
				t.Fatal(err)
			}
			name, input := "", []byte(nil)
			for _, f := range ar.Files {
				if strings.HasPrefix(f.Name, "input.") {
					name, input = f.Name, f.Data
				}
			}
			if name == "" {
				name = "seed/critical-and-emerging-technologies-partnership.txt"
				input, err = seed.ReadFile(name)
				if err != nil {
					t.Fatal(err)
				}
			}
			got := render(Parse(name, input))
			i := len(ar.Files) - 1
			if ar.Files[i].Name != "want" {
				t.Fatalf("%s: the last file must be \"want\"", file)
			}
			if *update {
				ar.Files[i].Data = []byte(got)
				if err := os.WriteFile(file, txtar.Format(ar), 0o644); err != nil {
					t.Fatal(err)
				}
				return
			}
			if want := string(ar.Files[i].Data); got != want {
				t.Errorf("Parse(%s) differs from the golden file (rerun with -update and review the diff):\n--- got\n%s\n--- want\n%s", name, got, want)
			}
		})
	}
}

// render prints a parse result the way the golden files hold it.
func render(d *Document, err error) string {
	var b strings.Builder
	if err != nil {
		fmt.Fprintf(&b, "error:\n%s\n", err)
		return b.String()
	}
	fmt.Fprintf(&b, "title: %s\nid: %s\ncategory: %s\nreading time: %s\n", d.Title, d.ID, d.Category, d.ReadingTime)
	for _, w := range d.Warnings {
		fmt.Fprintf(&b, "warning: %s\n", w)
	}
	for _, p := range d.Passages {
		fmt.Fprintf(&b, "\n[%s]\ncitation: %s\nkind: %s, line %d", p.ID, p.Citation(), p.Kind, p.Line)
		if p.Ordinal > 0 {
			fmt.Fprintf(&b, ", ordinal %d", p.Ordinal)
		}
		if p.Year > 0 {
			fmt.Fprintf(&b, ", year %d", p.Year)
		}
		b.WriteString("\n")
		if p.Question != "" {
			fmt.Fprintf(&b, "question: %s\n", p.Question)
		}
		fmt.Fprintf(&b, "%s\n", p.Text)
	}
	return b.String()
}

func TestParseErrors(t *testing.T) {
	tests := []struct {
		name, input, want string
	}{
		{"empty", "", "empty.txt:1: empty document: no title"},
		{"blank lines", "\n\n  \n", "blank lines.txt:1: empty document: no title"},
		{"title only", "A Title\n", "title only.txt:1: empty document: no passages after the title"},
		{"binary", "\xff\xfe\x00", "binary.txt: not UTF-8 text"},
		{"duplicate key point", "T\n\nKey Points\n\n• 1.\n\nOne.\n\n• 1.\n\nAgain.\n", `duplicate key point.txt:9: duplicate passage ID "t/key-points/1" (first at line 5)`},
		{"item without text", "T\n\nKey Points\n\n• 1.\n\nOne.\n\n• 2.\n\nHistorical Background\n\nText.\n", "item without text.txt:9: Key Points › 2 has no text"},
		{"markdown empty", "# Only a title\n", "markdown empty.md:1: empty document: no passages after the title"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			name := tt.name + ".txt"
			if strings.HasPrefix(tt.name, "markdown") {
				name = tt.name + ".md"
			}
			_, err := Parse(name, []byte(tt.input))
			if err == nil || err.Error() != tt.want {
				t.Errorf("Parse(%q) error = %v, want %s", tt.input, err, tt.want)
			}
			var es Errors
			if err != nil && !errors.As(err, &es) {
				t.Errorf("Parse(%q) error is %T, want Errors", tt.input, err)
			}
		})
	}
}

func TestLoadReportsEveryProblem(t *testing.T) {
	dir := t.TempDir()
	write := func(name, text string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	write("a.txt", "Alpha\n\nHistorical Background\n\nOld.\n")
	write("b.md", "# Alpha\n\n## Notes\n\nSame title, same ID.\n")
	write("c.txt", "")
	write("ignored.pdf", "not a document")
	_, err := Load([]string{dir, filepath.Join(dir, "missing.txt")}, false)
	var es Errors
	if !errors.As(err, &es) {
		t.Fatalf("Load error = %v, want Errors", err)
	}
	want := []string{
		filepath.Join(dir, "c.txt") + ":1: empty document: no title",
		filepath.Join(dir, "missing.txt") + ": cannot read: no such file or directory",
		filepath.Join(dir, "b.md") + `:1: duplicate document ID "alpha" (also in ` + filepath.Join(dir, "a.txt") + ")",
	}
	if len(es) != len(want) {
		t.Fatalf("Load errors =\n%v\nwant\n%s", err, strings.Join(want, "\n"))
	}
	for i := range want {
		if es[i].Error() != want[i] {
			t.Errorf("error %d = %s, want %s", i, es[i], want[i])
		}
	}
}

func TestSeedLoads(t *testing.T) {
	c, err := Load(nil, true)
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 || len(c.Passages()) < 30 {
		t.Fatalf("seed: %d documents, %d passages; want 1 and at least 30", len(c.Docs), len(c.Passages()))
	}
	p, ok := c.Passage("critical-and-emerging-technologies-partnership/key-points/5")
	if !ok || p.Citation() != "Critical and Emerging Technologies Partnership › Key Points › 5" {
		t.Errorf("key point 5 = %+v, %v", p, ok)
	}
	s, ok := c.Section("critical-and-emerging-technologies-partnership/key-points")
	if !ok || len(s.Passages) != 13 {
		t.Errorf("Section(key-points) has %d passages, want 13", len(s.Passages))
	}
}

// FuzzParse checks properties of any parse: no panic; when it succeeds,
// unique IDs, non-empty citations and texts, and no lost text (every word
// of every line is in the result, except page furniture).
func FuzzParse(f *testing.F) {
	data, _ := seed.ReadFile("seed/critical-and-emerging-technologies-partnership.txt")
	f.Add("seed.txt", data)
	files, _ := filepath.Glob("testdata/*.txtar")
	for _, file := range files {
		ar, _ := txtar.ParseFile(file)
		for _, af := range ar.Files {
			if strings.HasPrefix(af.Name, "input.") {
				f.Add(af.Name, af.Data)
			}
		}
	}
	f.Add("x.md", []byte("# T\n\n## FAQ\n\n1. Why?\n\nBecause.\n\n**Exam Tip:** remember\n"))
	f.Fuzz(func(t *testing.T, name string, data []byte) {
		d, err := Parse(name, data)
		if err != nil {
			var es Errors
			if !errors.As(err, &es) || len(es) == 0 {
				t.Fatalf("Parse error %v is not a non-empty Errors", err)
			}
			return
		}
		checkProperties(t, d, data)
	})
}

func checkProperties(t *testing.T, d *Document, data []byte) {
	t.Helper()
	ids := map[string]bool{}
	out := wordSet(d.Title + " " + d.Category + " " + d.ReadingTime)
	out["answerpoints"] = true // the marker of an inline list, replaced by list items
	for _, p := range d.Passages {
		if ids[p.ID] {
			t.Fatalf("duplicate ID %q", p.ID)
		}
		ids[p.ID] = true
		if len(p.Section) == 0 || strings.TrimSpace(p.Citation()) == "" || strings.TrimSpace(p.Text) == "" {
			t.Fatalf("passage %q has an empty citation or text", p.ID)
		}
		for w := range wordSet(strings.Join(p.Section, " ") + " " + p.Question + " " + p.Text) {
			out[w] = true
		}
	}
	for _, w := range d.Warnings {
		for x := range wordSet(w.Msg) {
			out[x] = true
		}
	}
	for i, line := range splitLines(data) {
		line = strings.TrimSpace(line)
		if line == "" || isFurniture(line) {
			continue
		}
		if _, _, ok := knownHeading(strings.Trim(line, "# "), d.Title); ok {
			continue
		}
		line = mdLinkRE.ReplaceAllString(line, "$1") // a link keeps its text
		line = listMarkerRE.ReplaceAllString(line, "")
		if m := mdMetaRE.FindStringSubmatch(line); m != nil {
			line = m[2] // "Category: X" keeps X
		}
		for w := range wordSet(line) {
			if !out[w] && !glued(w, out) {
				t.Fatalf("line %d %q: word %q is lost", i+1, line, w)
			}
		}
	}
}

// listMarkerRE matches the number or bullet that starts a list item.
var listMarkerRE = regexp.MustCompile(`^(?:[-*+•]|\d+[.)])\s+`)

// isFurniture reports lines that are page furniture or item numbers, not content.
func isFurniture(line string) bool {
	return countRE.MatchString(line) || moreRE.MatchString(line) || numberRE.MatchString(line) || markerRE.MatchString(line)
}

// glued reports whether w is two words of the result run together, as the
// page glues "minOther" and "PartnershipJoint".
func glued(w string, out map[string]bool) bool {
	for i := 1; i < len(w); i++ {
		if out[w[:i]] && (out[w[i:]] || glued(w[i:], out)) {
			return true
		}
	}
	return false
}

func wordSet(s string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }) {
		m[w] = true
	}
	return m
}

func TestSlug(t *testing.T) {
	tests := []struct{ in, want string }{
		{"Key Points", "key-points"},
		{"R&D", "r-and-d"},
		{"  What is X?  ", "what-is-x"},
		{"Critical & Emerging", "critical-and-emerging"},
		{"", ""},
	}
	for _, tt := range tests {
		if got := Slug(tt.in); got != tt.want {
			t.Errorf("Slug(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}
