package corpus_test

import (
	"context"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/pdftext"
	_ "github.com/conceptbot/conceptbot/corpus/web"
)

// evalDir holds the multi-document evaluation set: documents in several
// formats and questions labelled with the section that answers them.
const evalDir = "../index/testdata/eval/multi"

// TestEvalDocsCiteTheirSections checks, for every question of the
// evaluation set whose document this build reads, that the passage holding
// its answer is cited under the section the question is labelled with (a
// heading as the student wrote it): the best section@1 an index could get
// from these passages. Every passage of those documents must fit the size
// limit, and every document must read without a problem.
func TestEvalDocsCiteTheirSections(t *testing.T) {
	c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{filepath.Join(evalDir, "docs")}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 || len(rep.Warnings()) > 0 {
		t.Errorf("problems reading the evaluation documents:\n%v\n%v", rep.Problems, rep.Warnings())
	}
	for _, p := range c.Passages() {
		if n := len([]rune(p.Text)); n > 1200 {
			t.Errorf("%s: %d characters, over 1,200", p.Citation(), n)
		}
	}
	read := map[string]bool{}
	for _, d := range c.Docs {
		read[strings.TrimSuffix(filepath.Base(d.File), filepath.Ext(d.File))] = true
	}
	files, err := filepath.Glob(filepath.Join(evalDir, "q-*.jsonl"))
	if err != nil || len(files) == 0 {
		t.Fatalf("no question files in %s: %v", evalDir, err)
	}
	for _, file := range files {
		slug := strings.TrimSuffix(strings.TrimPrefix(filepath.Base(file), "q-"), ".jsonl")
		if !read[slug] && !read[slug+"-notes"] {
			t.Logf("%s: its document is not read by this build", filepath.Base(file))
			continue
		}
		right, total := 0, 0
		for _, q := range readQuestions(t, file) {
			total++
			var cites []string
			for _, p := range c.Passages() {
				if containsAny(p.Text, q.Accept) {
					cites = append(cites, p.Citation())
				}
			}
			if len(cites) == 0 {
				t.Errorf("%s: %q: no passage holds %q", filepath.Base(file), q.Q, q.Accept)
				continue
			}
			if containsSection(cites, q.Section) {
				right++
			} else {
				t.Errorf("%s: %q: answered under %q, want a section named %q", filepath.Base(file), q.Q, cites, q.Section)
			}
		}
		t.Logf("%s: %d of %d answers cited under their section", filepath.Base(file), right, total)
	}
}

type question struct {
	Q       string   `json:"q"`
	Accept  []string `json:"accept"`
	Section sections `json:"section"`
}

// sections decodes a string or a list of strings.
type sections []string

func (s *sections) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = []string{one}
		return nil
	}
	return json.Unmarshal(b, (*[]string)(s))
}

func readQuestions(tb testing.TB, file string) []question {
	tb.Helper()
	data, err := os.ReadFile(file)
	if err != nil {
		tb.Fatal(err)
	}
	var qs []question
	for _, line := range strings.Split(string(data), "\n") {
		if strings.TrimSpace(line) == "" {
			continue
		}
		var q question
		if err := json.Unmarshal([]byte(line), &q); err != nil {
			tb.Fatalf("%s: %v", file, err)
		}
		qs = append(qs, q)
	}
	return qs
}

// normalise lowers case, unifies quotes and dashes, drops emphasis marks
// and collapses spaces, as the evaluation scores answers.
var normaliser = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "*", "", "_", "", "`", "")

func normalise(s string) string {
	return strings.Join(strings.Fields(normaliser.Replace(strings.ToLower(s))), " ")
}

func containsAny(text string, accept []string) bool {
	t := normalise(text)
	for _, a := range accept {
		if strings.Contains(t, normalise(a)) {
			return true
		}
	}
	return false
}

func containsSection(cites []string, secs []string) bool {
	for _, c := range cites {
		for _, s := range secs {
			if strings.Contains(strings.ToLower(c), strings.ToLower(s)) {
				return true
			}
		}
	}
	return false
}

// TestLoadOneTitleTwoKinds: notes of one title in two kinds of file (a
// student's Markdown and a saved page, "Indian Classical Dances") are both
// read, the second titled "… (2)" with a warning that says so; the second
// had been left out as a duplicate.
func TestLoadOneTitleTwoKinds(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"a.md":   "# Indian Classical Dances\n\n## Kathak\n\nKathak comes from katha, a story.\n",
		"b.html": "<!DOCTYPE html><html><head><title>Indian Classical Dances</title></head><body><article><h1>Indian Classical Dances</h1><h2>Odissi</h2><p>Odissi has the tribhanga posture, a body bent in three places.</p></article></body></html>",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, d := range c.Docs {
		titles = append(titles, d.Title)
	}
	want := filepath.Join(dir, "a.md") + ` has this title too: these notes are cited as "Indian Classical Dances (2)"`
	if len(titles) != 2 || titles[1] != "Indian Classical Dances (2)" || len(rep.Problems) > 0 || len(rep.Warnings()) != 1 || !strings.Contains(rep.Warnings()[0].Error(), want) {
		t.Errorf("titles %q, problems %v, warnings %v; want both read, the page as %q", titles, rep.Problems, rep.Warnings(), "Indian Classical Dances (2)")
	}
}
