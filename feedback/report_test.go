package feedback

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"golang.org/x/tools/txtar"

	"github.com/conceptbot/conceptbot/corpus"
)

// reportCorpus is two documents with a few sections.
func reportCorpus(tb testing.TB) *corpus.Corpus {
	tb.Helper()
	doc := func(title string, sections ...string) *corpus.Document {
		d := &corpus.Document{ID: corpus.Slug(title), Title: title, File: corpus.Slug(title) + ".md"}
		for i, s := range sections {
			d.Passages = append(d.Passages, corpus.Passage{ID: d.ID + "/" + corpus.Slug(s), DocID: d.ID, Doc: title,
				Section: []string{s}, Kind: corpus.KindSection, Text: "Text of " + s + ".", Line: i + 1})
		}
		return d
	}
	c, err := corpus.New(doc("Quad", "Summits", "Members"), doc("Trade and Technology Council", "Historical Background", "Key Points"))
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// reportScenario records a server's month of questions and votes, and a
// question in another server.
func reportScenario(tb testing.TB, f *fixture) {
	tb.Helper()
	ctx := tb.Context()
	n := 0
	ask := func(guild, q string, answered bool, passages ...string) Ticket {
		n++
		f.clock.advance(time.Hour)
		return f.record(tb, guild, fmt.Sprintf("10%03d", n), answer(q, answered, passages...))
	}
	vote := func(t Ticket, user string, up bool, note string) {
		if _, err := f.k.Vote(ctx, "300", t, user, up); err != nil {
			tb.Fatal(err)
		}
		if note != "" {
			if err := f.k.Note(ctx, "300", t, user, note); err != nil {
				tb.Fatal(err)
			}
		}
	}
	ask("300", "What's the Quad summit?", false, "quad/summits", "quad/members")
	ask("300", "quad summit what is", false, "quad/members")
	t := ask("300", "When was the TTC set up?", true, "trade-and-technology-council/historical-background")
	vote(t, "501", false, "the year it was set up")
	vote(t, "502", true, "")
	ask("300", "capital of france", false)
	t = ask("300", "key points of the TTC", true, "trade-and-technology-council/key-points")
	vote(t, "501", true, "")
	vote(t, "503", true, "")
	t = ask("300", "when was ttc set up", true, "trade-and-technology-council/historical-background")
	vote(t, "504", false, "=HYPERLINK(\"http://x\") when it began")
	ask("300", "=cmd|' /C calc'!A0 gdpr fines", false, "gone/section")
	ask("301", "What's the Quad summit?", false, "quad/summits") // another server
	ask("300", "QUAD SUMMIT", false, "quad/summits")
}

// TestReportGolden: the report of a server, as text, CSV, JSON and an
// evaluation template.
func TestReportGolden(t *testing.T) {
	f := newFixture(t, Options{Retention: 30 * 24 * time.Hour})
	reportScenario(t, f)
	r, err := f.k.Report(t.Context(), "300", reportCorpus(t))
	if err != nil {
		t.Fatal(err)
	}
	var text, csvOut, js, eval bytes.Buffer
	for _, w := range []error{WriteText(&text, r, 0), WriteCSV(&csvOut, r), WriteJSON(&js, r), WriteEvalTemplate(&eval, r)} {
		if w != nil {
			t.Fatal(w)
		}
	}
	got := txtar.Format(&txtar.Archive{Files: []txtar.File{
		{Name: "report.txt", Data: text.Bytes()},
		{Name: "report.csv", Data: csvOut.Bytes()},
		{Name: "report.json", Data: js.Bytes()},
		{Name: "eval.jsonl", Data: eval.Bytes()},
	}})
	golden(t, filepath.Join("testdata", "report.txtar"), got)

	// What the golden file shows, checked here too.
	if r.Asked != 8 || r.Refused != 5 || r.Up != 3 || r.Down != 2 {
		t.Errorf("totals = %d asked, %d refused, %d up, %d down; want 8, 5, 3, 2", r.Asked, r.Refused, r.Up, r.Down)
	}
	ref := r.Refusals()
	if len(ref) != 3 || ref[0].Key != "quad summit" || ref[0].Refused != 3 || len(ref[0].Wordings) != 3 || ref[0].Question != "QUAD SUMMIT" ||
		ref[0].Citation != "Quad › Summits" {
		t.Errorf("refused most often = %+v, want the three wordings of the Quad summit first, closest Quad › Summits", ref)
	}
	down := r.Downvoted()
	if len(down) != 1 || down[0].Key != "set ttc" || down[0].Asked != 2 || down[0].Down != 2 || down[0].Up != 1 || len(down[0].Notes) != 2 {
		t.Errorf("voted down most = %+v, want the TTC's set-up, asked twice, 2 👎 1 👍 with both notes", down)
	}
	for _, g := range r.Gaps {
		if g.Key == "points key ttc" {
			t.Errorf("a question voted up only is a gap: %+v", g)
		}
	}
	rows, err := csv.NewReader(&csvOut).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	for _, row := range rows[1:] {
		for _, cell := range row {
			if cell != "" && strings.ContainsRune("=+-@", rune(cell[0])) {
				t.Errorf("CSV cell %q would be read as a formula", cell)
			}
		}
	}
}

// TestReportOtherServer: a server's report holds its own questions only.
func TestReportOtherServer(t *testing.T) {
	f := newFixture(t, Options{})
	reportScenario(t, f)
	r, err := f.k.Report(t.Context(), "301", nil)
	if err != nil {
		t.Fatal(err)
	}
	if r.Asked != 1 || len(r.Gaps) != 1 || r.Gaps[0].Asked != 1 || r.Gaps[0].Section != "quad/summits" || r.Gaps[0].Citation != "" {
		t.Errorf("report of 301 = %+v, want its one question (its section by passage ID without a corpus)", r)
	}
	empty, err := f.k.Report(t.Context(), "302", nil)
	if err != nil || empty.Asked != 0 || len(empty.Gaps) != 0 || empty.RefusedShare() != 0 {
		t.Errorf("report of a server with nothing = %+v, %v", empty, err)
	}
	var text bytes.Buffer
	WriteText(&text, empty, 0)
	if !strings.Contains(text.String(), "0 questions asked, 0 not answered (0%)") || strings.Count(text.String(), "  none") != 2 {
		t.Errorf("an empty report reads:\n%s", text.String())
	}
}

// golden compares got with the file at path, or writes it with -update.
func golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (run go test -update and review the diff):\ngot:\n%s", path, got)
	}
}
