package main

import (
	"go/parser"
	"go/token"
	"io/fs"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
)

// readmeBlock returns the lines of the first fenced block after the line
// that starts with after in README.md.
func readmeBlock(tb testing.TB, after string) []string {
	tb.Helper()
	b, err := os.ReadFile("README.md")
	if err != nil {
		tb.Fatal(err)
	}
	_, rest, ok := strings.Cut(string(b), "\n"+after)
	if !ok {
		tb.Fatalf("README.md has no line starting %q", after)
	}
	_, rest, ok = strings.Cut(rest, "\n```")
	if !ok {
		tb.Fatalf("README.md: no code block after %q", after)
	}
	_, rest, _ = strings.Cut(rest, "\n") // the fence's language
	block, _, ok := strings.Cut(rest, "\n```")
	if !ok {
		tb.Fatalf("README.md: unclosed code block after %q", after)
	}
	return strings.Split(block, "\n")
}

// TestQuickStartIsWhatCIRuns: the quick start's commands, exactly as the
// README writes them, are lines of .ci/run.
func TestQuickStartIsWhatCIRuns(t *testing.T) {
	ci, err := os.ReadFile(".ci/run")
	if err != nil {
		t.Fatal(err)
	}
	cmds := readmeBlock(t, "## Quick start")
	if len(cmds) != 2 {
		t.Errorf("quick start has %d commands, want 2: %q", len(cmds), cmds)
	}
	for _, c := range cmds {
		if !strings.Contains("\n"+string(ci)+"\n", "\n"+c+"\n") {
			t.Errorf(".ci/run does not run the quick start's %q", c)
		}
	}
}

// TestReadmeRealOutput runs the commands of the README's "Real output"
// block and compares what they print with the block.
func TestReadmeRealOutput(t *testing.T) {
	lines := readmeBlock(t, "Real output")
	type run struct {
		args []string
		want []string
	}
	var runs []*run
	for _, l := range lines {
		if cmd, ok := strings.CutPrefix(l, "$ go run . "); ok {
			runs = append(runs, &run{args: shellWords(cmd)})
			continue
		}
		if len(runs) == 0 {
			t.Fatalf("README real output starts with %q, not a command", l)
		}
		runs[len(runs)-1].want = append(runs[len(runs)-1].want, l)
	}
	if len(runs) == 0 {
		t.Fatal("no commands in the README's real output")
	}
	for _, r := range runs {
		out, _, _ := runCLI(t, nil, "", r.args...)
		want := strings.TrimRight(strings.Join(r.want, "\n"), "\n") + "\n"
		if out != want {
			t.Errorf("README shows for conceptbot %q:\n%s\nthe command prints:\n%s", r.args, want, out)
		}
	}
}

// shellWords splits a command line at spaces, keeping "double-quoted" words
// whole.
func shellWords(s string) []string {
	var words []string
	var w strings.Builder
	quoted, inWord := false, false
	for _, r := range s {
		switch {
		case r == '"':
			quoted, inWord = !quoted, true
		case r == ' ' && !quoted:
			if inWord {
				words = append(words, w.String())
				w.Reset()
			}
			inWord = false
		default:
			w.WriteRune(r)
			inWord = true
		}
	}
	if inWord {
		words = append(words, w.String())
	}
	return words
}

var (
	mdLink = regexp.MustCompile(`\]\(([^)\s]+)\)`)
	mdName = regexp.MustCompile(`[A-Za-z0-9_][A-Za-z0-9_./-]*\.md\b`)
	// A name of a Markdown file in backticks with spaces in it, not a
	// pattern or an abbreviation of names ("<id>.md", "5b4c….md").
	mdSpaced = regexp.MustCompile("`([^`\n<>…]* [^`\n<>…]*\\.md)`")
	// A relative path in backticks: `../corpus/`.
	mdRelPath = regexp.MustCompile("`(\\.\\.?/[^`\\s]*)`")
	// The shared folder beside the repository is not part of it.
	outside = []string{"../" + "shared", "/work/" + "shared"}
)

// TestReferencesResolve: every document a Markdown file or a Go comment
// points to is in the repository, and nothing points outside it.
func TestReferencesResolve(t *testing.T) {
	names := map[string]bool{} // base names of every file
	var files []string
	filepath.WalkDir(".", func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			return err
		}
		if d.IsDir() && (d.Name() == ".git" || d.Name() == "node_modules") {
			return filepath.SkipDir
		}
		if !d.IsDir() {
			names[d.Name()] = true
			files = append(files, path)
		}
		return nil
	})
	exists := func(from, ref string) bool {
		ref, _, _ = strings.Cut(ref, "#")
		for _, p := range []string{filepath.Join(filepath.Dir(from), ref), ref} {
			if _, err := os.Stat(p); err == nil {
				return true
			}
		}
		return !strings.Contains(ref, "/") && names[ref]
	}
	for _, f := range files {
		ext := filepath.Ext(f)
		if ext != ".md" && ext != ".go" && f != "Dockerfile" && f != filepath.Join(".ci", "run") {
			continue
		}
		if strings.HasPrefix(f, filepath.Join("index", "testdata", "eval")) && filepath.Base(filepath.Dir(f)) == "docs" {
			continue // students' notes, exported with links to pages of theirs
		}
		b, err := os.ReadFile(f)
		if err != nil {
			t.Fatal(err)
		}
		text := string(b)
		if f != "docs_test.go" {
			for _, o := range outside {
				if strings.Contains(text, o) {
					t.Errorf("%s points outside the repository (%s)", f, o)
				}
			}
		}
		var refs []string
		switch ext {
		case ".md":
			for _, m := range mdLink.FindAllStringSubmatch(text, -1) {
				if !strings.Contains(m[1], "://") && !strings.HasPrefix(m[1], "#") && !strings.HasPrefix(m[1], "mailto:") {
					refs = append(refs, m[1])
				}
			}
			refs = append(refs, mdNames(text)...)
			for _, m := range mdRelPath.FindAllStringSubmatch(text, -1) {
				refs = append(refs, m[1])
			}
		case ".go":
			fset := token.NewFileSet()
			af, err := parser.ParseFile(fset, f, b, parser.ParseComments)
			if err != nil {
				t.Fatal(err)
			}
			// Documents, like README.md or index/testdata/eval/README.md; not
			// names of examples, like a test's input.md.
			for _, cg := range af.Comments {
				for _, ref := range mdNames(cg.Text()) {
					if strings.Contains(ref, "/") || strings.ToUpper(ref[:1]) == ref[:1] {
						refs = append(refs, ref)
					}
				}
			}
		}
		for _, ref := range refs {
			if !exists(f, ref) {
				t.Errorf("%s refers to %s, which is not in the repository", f, ref)
			}
		}
	}
}

// mdNames returns the names of Markdown files in text, such as README.md or
// index/testdata/eval/README.md, but not the ".md" of ".txt/.md".
func mdNames(text string) []string {
	var out []string
	for _, m := range mdSpaced.FindAllStringSubmatch(text, -1) {
		out = append(out, m[1]) // a file named as an app names its export, a page id after its title
	}
	text = mdSpaced.ReplaceAllString(text, "``")
	for _, loc := range mdName.FindAllStringIndex(text, -1) {
		if loc[0] > 0 && strings.ContainsRune("./-", rune(text[loc[0]-1])) {
			continue
		}
		out = append(out, text[loc[0]:loc[1]])
	}
	return out
}

// TestDockerfileImagesPinned: base images are named in full, as buildah
// and podman require, and pinned by digest.
func TestDockerfileImagesPinned(t *testing.T) {
	b, err := os.ReadFile("Dockerfile")
	if err != nil {
		t.Fatal(err)
	}
	pinned := regexp.MustCompile(`^[a-z0-9.-]+\.[a-z]+(:\d+)?/[a-z0-9._/-]+:[A-Za-z0-9._-]+@sha256:[0-9a-f]{64}$`)
	n := 0
	for _, line := range strings.Split(string(b), "\n") {
		f := strings.Fields(line)
		if len(f) < 2 || f[0] != "FROM" {
			continue
		}
		n++
		if !pinned.MatchString(f[1]) {
			t.Errorf("Dockerfile: %q is not registry/repository:tag@sha256:digest", f[1])
		}
	}
	if n == 0 {
		t.Error("Dockerfile has no FROM")
	}
}
