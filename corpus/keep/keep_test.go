package keep_test

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/keep"
	_ "github.com/conceptbot/conceptbot/corpus/telegram" // the other format that goes by a .json's content
	_ "github.com/conceptbot/conceptbot/corpus/web"      // which would read a note's .html as a web page
)

const folder = "testdata/Takeout/Keep"

func read(t *testing.T, name string) []byte {
	t.Helper()
	data, err := os.ReadFile(filepath.Join(folder, name))
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func texts(d *corpus.Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, p.Citation()+": "+p.Text)
	}
	return out
}

// TestNote reads a note as Takeout writes it, as .json and as .html: its
// title, its labels as tags, its text by the plain-text rules (a FAQ, an
// exam tip); both files give the same passages, each at the line of the
// file its text is on.
func TestNote(t *testing.T) {
	want := []string{
		"Fiscal deficit & FRBM › Definition › 1: Fiscal deficit = total expenditure - total receipts other than borrowings.",
		"Fiscal deficit & FRBM › Definition › 2: FRBM target: 3% of GDP; the Centre aims at 4.4% for 2025-26.",
		"Fiscal deficit & FRBM › Frequently Asked Questions › 1: What is the primary deficit?\nThe fiscal deficit minus interest payments.",
		"Fiscal deficit & FRBM › Frequently Asked Questions › 1 › Exam Tip: the revenue deficit leaves out capital spending.",
	}
	for name, line := range map[string]int{"Fiscal deficit & FRBM.json": 1, "Fiscal deficit & FRBM.html": 10} {
		data := read(t, name)
		if !keep.IsNote(data) || corpus.FormatOf(data) != "Google Keep note" {
			t.Fatalf("%s is not told a Google Keep note (format %q)", name, corpus.FormatOf(data))
		}
		d, err := corpus.Parse(name, data)
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if got := texts(d); !slices.Equal(got, want) {
			t.Errorf("%s: passages\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if !slices.Equal(d.Tags, []string{"Economy", "GS3"}) {
			t.Errorf("%s: tags %q, want the note's labels", name, d.Tags)
		}
		for _, p := range d.Passages {
			if p.Line != line {
				t.Errorf("%s: %s at line %d, want %d", name, p.Citation(), p.Line, line)
			}
		}
	}
}

// TestChecklist reads an untitled checklist: titled by its first words,
// as Keep shows it, its items kept, marked ticked (☑) or not (☐), alike
// from both files.
func TestChecklist(t *testing.T) {
	var got [][]string
	for _, name := range []string{"2024-02-06T10_05_00.000+05_30.json", "2024-02-06T10_05_00.000+05_30.html"} {
		d, err := corpus.Parse(name, read(t, name))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		if d.Title != "Narmada and Tapi flow west through rift valleys" || !slices.Equal(d.Tags, []string{"Geography"}) {
			t.Errorf("%s: title %q, tags %q", name, d.Title, d.Tags)
		}
		all := strings.Join(texts(d), "\n")
		for _, item := range []string{"☑ Narmada and Tapi flow west", "☐ Godavari is the longest peninsular river (1,465 km)", "Mahanadi rises near Sihawa"} {
			if !strings.Contains(all, item) {
				t.Errorf("%s: no passage has the item %q:\n%s", name, item, all)
			}
		}
		got = append(got, texts(d))
	}
	if !slices.Equal(got[0], got[1]) {
		t.Errorf("the .json and the .html give other passages:\n%s\n\n%s", strings.Join(got[0], "\n"), strings.Join(got[1], "\n"))
	}
}

// TestTextAndChecklist: a note of text and a checklist keeps the
// checklist a part of its own, not entries of the text's last part.
func TestTextAndChecklist(t *testing.T) {
	d, err := corpus.Parse("n.json", []byte(`{"isTrashed": false, "title": "WLPA", "userEditedTimestampUsec": 1, "textContent": "IN NEWS\n- Elephant rules notified in 2024\n- CITES CoP20 in 2025",`+
		`"listContent": [{"text": "Read the PRS summary", "isChecked": true}, {"text": "Learn Schedule IV", "isChecked": false}]}`))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	if want := []string{"WLPA › IN NEWS › 1: Elephant rules notified in 2024", "WLPA › IN NEWS › 2: CITES CoP20 in 2025",
		"WLPA › Checklist: - ☑ Read the PRS summary\n- ☐ Learn Schedule IV"}; !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestUntitledList: an untitled note of a list is titled by its first
// entry's words, not its mark.
func TestUntitledList(t *testing.T) {
	d, err := corpus.Parse("n.json", []byte(`{"isTrashed": false, "title": "", "userEditedTimestampUsec": 1, "textContent": "• Ganga rises at Gangotri\n• Yamuna at Yamunotri"}`))
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Ganga rises at Gangotri" {
		t.Errorf("title %q, want the first entry's words", d.Title)
	}
}

// TestTakeoutFolder loads Takeout's Keep folder: each note once, though
// written as .json and .html; two notes titled alike both, the second
// numbered; a note in the trash, a note of pictures only, its picture and
// Labels.txt skipped as part of the export; nothing a problem.
func TestTakeoutFolder(t *testing.T) {
	c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{"testdata/Takeout"}})
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Problems) > 0 || len(rep.Warnings()) > 0 {
		t.Errorf("problems %v, warnings %v; want none", rep.Problems, rep.Warnings())
	}
	var titles []string
	for _, d := range c.Docs {
		titles = append(titles, d.Title)
	}
	slices.Sort(titles)
	if want := []string{"Fiscal deficit & FRBM", "Fiscal deficit & FRBM (2)", "Narmada and Tapi flow west through rift valleys"}; !slices.Equal(titles, want) {
		t.Errorf("documents %q, want %q", titles, want)
	}
	why := map[string]string{}
	for _, s := range rep.Skipped {
		if !s.Expected {
			t.Errorf("%s skipped (%s) as if unexpected", s.Path, s.Reason)
		}
		why[filepath.Base(s.Path)] = s.Reason
	}
	want := map[string]string{
		"Budget draft.json":                  "a Google Keep note in the trash",
		"2024-02-07T09_00_00.000+05_30.json": "a Google Keep note with no text (only pictures or drawings?)",
		"Labels.txt":                         "the list of labels of a Google Keep export, beside its notes",
		"1a2b3c.png":                         "a picture, a recording or a video: conceptbot reads text",
	}
	for _, copied := range []string{"Fiscal deficit & FRBM", "2024-02-06T10_05_00.000+05_30"} {
		// One of each pair is read and the other is its copy.
		json, html := why[copied+".json"], why[copied+".html"]
		if (json == "") == (html == "") || !strings.HasPrefix(json+html, "the same notes as ") {
			t.Errorf("%s: .json skipped %q, .html skipped %q; want one of them skipped as the other's copy", copied, json, html)
		}
		delete(why, copied+".json")
		delete(why, copied+".html")
	}
	for name, reason := range want {
		if why[name] != reason {
			t.Errorf("%s skipped %q, want %q", name, why[name], reason)
		}
		delete(why, name)
	}
	for name, reason := range why {
		t.Errorf("%s skipped (%s), want it read", name, reason)
	}
}

// TestTwinsThatDiffer: a note's .json and .html are one note even when
// they read to other passages (a line the page breaks otherwise).
func TestTwinsThatDiffer(t *testing.T) {
	dir := t.TempDir()
	note := read(t, "Fiscal deficit & FRBM.json")
	page := strings.Replace(string(read(t, "Fiscal deficit & FRBM.html")), "<br><br>Q:", "<br>Q:", 1)
	for name, data := range map[string][]byte{"FD.json": note, "FD.html": []byte(page)} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{dir}})
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Docs) != 1 || len(rep.Skipped) != 1 || rep.Skipped[0].Reason != "the same notes as "+filepath.Join(dir, "FD.html") {
		t.Errorf("%d documents, skipped %+v; want the .json skipped as the page's twin", len(c.Docs), rep.Skipped)
	}
}

// TestLabelsWithoutNotes: a Labels.txt in a folder of no Keep notes is
// read as the notes it may be.
func TestLabelsWithoutNotes(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(filepath.Join(dir, "Labels.txt"), []byte("Rivers of India\nThe Ganga rises at Gangotri.\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	rep, err := corpus.ReadPaths(context.Background(), []string{dir}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Docs) != 1 || rep.Docs[0].Title != "Rivers of India" {
		t.Errorf("documents %v, skipped %v; want Labels.txt read as notes", rep.Docs, rep.Skipped)
	}
}

// TestNamedAlone: a note named on its own is read even from the trash;
// one with no text, a cut file, or another program's JSON is a problem.
func TestNamedAlone(t *testing.T) {
	rep, err := corpus.ReadPaths(context.Background(), []string{filepath.Join(folder, "Budget draft.json")}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Docs) != 1 || rep.Docs[0].Title != "Budget draft" {
		t.Errorf("a note in the trash named on its own: documents %v, problems %v; want it read", rep.Docs, rep.Problems)
	}
	full := read(t, "Fiscal deficit & FRBM.json")
	for _, c := range []struct {
		name string
		data []byte
		want string
	}{
		{"2024-02-07T09_00_00.000+05_30.json", read(t, "2024-02-07T09_00_00.000+05_30.json"), "a Google Keep note with no text (only pictures or drawings?)"},
		{"cut.json", full[:len(full)-10], "cannot read this Google Keep note: unexpected end of JSON input"},
	} {
		_, err := corpus.Parse(c.name, c.data)
		if err == nil || !strings.Contains(err.Error(), c.name+": "+c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	if _, err := keep.Convert([]byte(`{"settings": {"theme": "dark"}}`)); err == nil || !strings.Contains(err.Error(), "not a note exported from Google Keep") {
		t.Errorf("another program's JSON: error %v", err)
	}
}

// FuzzConvert: any input converts or fails with an error, never a panic,
// and what converts parses.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{"Fiscal deficit & FRBM.json", "Fiscal deficit & FRBM.html", "2024-02-06T10_05_00.000+05_30.html"} {
		data, err := os.ReadFile(filepath.Join(folder, name))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := keep.Convert(data)
		if err != nil {
			return
		}
		if len(c.Origin) != strings.Count(string(c.Text), "\n") {
			t.Fatalf("%d origins for %d lines", len(c.Origin), strings.Count(string(c.Text), "\n"))
		}
		if _, err := corpus.Parse("fuzz.json", data); err != nil {
			var es corpus.Errors
			if !errors.As(err, &es) {
				t.Fatalf("Parse error %v is not an Errors", err)
			}
		}
	})
}

// BenchmarkTakeout loads a Takeout folder of 1,000 notes, each as .json
// and .html.
func BenchmarkTakeout(b *testing.B) {
	dir := b.TempDir()
	for i := range 1000 {
		text := fmt.Sprintf("The committee on item %d met in session %d.\\nIts chair said the states get their share by March.\\n\\nQ: Who chairs it?\\nA: The finance minister.", i, i)
		note, err := json.Marshal(map[string]any{"isTrashed": false, "title": fmt.Sprintf("Topic %d", i), "textContent": text,
			"userEditedTimestampUsec": 1707121511000000, "labels": []map[string]string{{"name": "Economy"}}})
		if err != nil {
			b.Fatal(err)
		}
		page := fmt.Sprintf(`<html><head><title>Topic %d</title></head><body><div class="note DEFAULT"><div class="heading">5 Feb 2024</div>`+
			`<div class="title">Topic %d</div><div class="content">%s</div><div class="labels"><span class="label">Economy</span></div></div></body></html>`,
			i, i, strings.ReplaceAll(html.EscapeString(text), "\n", "<br>"))
		for name, data := range map[string][]byte{".json": note, ".html": []byte(page)} {
			if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("Topic %d%s", i, name)), data, 0o644); err != nil {
				b.Fatal(err)
			}
		}
	}
	b.ReportAllocs()
	for b.Loop() {
		c, rep, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{dir}})
		if err != nil || len(c.Docs) != 1000 || len(rep.Problems) > 0 {
			b.Fatalf("%v: %d documents, problems %v", err, len(c.Docs), rep.Problems)
		}
	}
}

// TestChecklistHeadings: a checklist whose headings are items typed all
// in bold ("🐯 PANNA TIGER RESERVE") is parted by them, read alike from
// the .json and the .html.
func TestChecklistHeadings(t *testing.T) {
	json := `{"color":"GREEN","isTrashed":false,"isPinned":true,"isArchived":false,"title":"Ken-Betwa and Panna","userEditedTimestampUsec":1735313801318000,` +
		`"listContent":[{"textHtml":"<b>🐯 PANNA TIGER RESERVE</b>","text":"🐯 PANNA TIGER RESERVE","isChecked":true},` +
		`{"textHtml":"vultures: 7 species recorded, nesting on the Ken gorge cliffs","text":"vultures: 7 species recorded, nesting on the Ken gorge cliffs","isChecked":true},` +
		`{"textHtml":"<b>✅ TO DO</b>","text":"✅ TO DO","isChecked":false},` +
		`{"textHtml":"ask for the <b>WII</b> landscape plan","text":"ask for the WII landscape plan","isChecked":false}]}`
	page := `<html><head><title>27 Dec 2024</title></head><body><div class="note GREEN"><div class="heading">27 Dec 2024, 21:06:41 IST</div>` +
		`<div class="title">Ken-Betwa and Panna</div><div class="content"><ul class="list">` +
		`<li class="listitem checked"><span class="bullet">&#9745;</span><span class="text"><b>🐯 PANNA TIGER RESERVE</b></span></li>` +
		`<li class="listitem checked"><span class="bullet">&#9745;</span><span class="text">vultures: 7 species recorded, nesting on the Ken gorge cliffs</span></li>` +
		`<li class="listitem"><span class="bullet">&#9744;</span><span class="text"><b>✅ TO DO</b></span></li>` +
		`<li class="listitem"><span class="bullet">&#9744;</span><span class="text">ask for the <b>WII</b> landscape plan</span></li>` +
		`</ul></div></div></body></html>`
	for name, data := range map[string]string{"Ken-Betwa and Panna.json": json, "Ken-Betwa and Panna.html": page} {
		d, err := corpus.Parse(name, []byte(data))
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		got := texts(d)
		for _, want := range []string{"Ken-Betwa and Panna › PANNA TIGER RESERVE: ☑ vultures: 7 species recorded, nesting on the Ken gorge cliffs", "Ken-Betwa and Panna › TO DO: ☐ ask for the WII landscape plan"} {
			if !slices.Contains(got, want) {
				t.Errorf("%s: no passage %q:\n%s", name, want, strings.Join(got, "\n"))
			}
		}
	}
}

// TestPinnedChecklistHeadings: headings typed as items, an emoji over
// words in capitals but not in bold ("📌 IN-SITU (straw stays in the
// field)", "📌 WHY IT MATTERS – air, health, soil"), part a checklist
// too; an item an emoji opens over words in lower case is an item.
func TestPinnedChecklistHeadings(t *testing.T) {
	item := func(text string) string {
		return `<li class="listitem checked"><span class="bullet">&#9745;</span><span class="text">` + text + `</span></li>`
	}
	page := `<html><head><title>Parali</title></head><body><div class="note DEFAULT"><div class="heading">5 Nov 2025</div>` +
		`<div class="title">Parali</div><div class="content"><ul class="list">` + item("Parali is the paddy straw left after a combine harvester cuts the rice") +
		item("📌 WHY IT MATTERS – air, health, soil") + item("Smoke sits over Delhi-NCR under the winter inversion") +
		item("📌 IN-SITU (straw stays in the field)") + item("🚜 Happy Seeder sows wheat through the stubble") + `</ul></div></div></body></html>`
	var list []string
	for _, s := range []string{"Parali is the paddy straw left after a combine harvester cuts the rice", "📌 WHY IT MATTERS – air, health, soil",
		"Smoke sits over Delhi-NCR under the winter inversion", "📌 IN-SITU (straw stays in the field)", "🚜 Happy Seeder sows wheat through the stubble"} {
		list = append(list, `{"textHtml":"`+s+`","text":"`+s+`","isChecked":true}`)
	}
	json := `{"color":"DEFAULT","isTrashed":false,"isPinned":false,"isArchived":false,"title":"Parali","userEditedTimestampUsec":1762300000000000,"listContent":[` + strings.Join(list, ",") + `]}`
	for name, data := range map[string]string{"parali.html": page, "parali.json": json} {
		d, err := corpus.Parse(name, []byte(data))
		if err != nil {
			t.Fatal(err)
		}
		got := texts(d)
		for _, want := range []string{"Parali › WHY IT MATTERS – air, health, soil: ☑ Smoke sits over Delhi-NCR under the winter inversion",
			"Parali › IN-SITU (straw stays in the field): ☑ 🚜 Happy Seeder sows wheat through the stubble"} {
			if !slices.Contains(got, want) {
				t.Errorf("%s: no passage %q:\n%s", name, want, strings.Join(got, "\n"))
			}
		}
	}
}

// TestTypedLines: Keep wraps no line, so a long line and the line after it
// that starts in lower case are two of the student's lines, not one
// paragraph wrapped.
func TestTypedLines(t *testing.T) {
	note := `{"isTrashed": false, "title": "Street Vendors Act 2014", "textContent": "THE ACT - BASICS\nfull name: Street Vendors (Protection of Livelihood and Regulation of Street Vending) Act, 2014\nassent 4 Mar 2014, in force 1 May 2014 (Act no. 7 of 2014)\nnodal ministry: MoHUA, which frames the model scheme\n\nCASES\nSodan Singh v NDMC (1989), 5-judge bench -> street trading is a fundamental right\nmaharashtra Ekta Hawkers Union v MCGM (2013) -> follow the 2009 Policy till the law comes", "userEditedTimestampUsec": 1707121511000000}`
	d, err := corpus.Parse("Street Vendors Act 2014.json", []byte(note))
	if err != nil {
		t.Fatal(err)
	}
	want := []string{
		"Street Vendors Act 2014 › THE ACT - BASICS › 1: full name: Street Vendors (Protection of Livelihood and Regulation of Street Vending) Act, 2014",
		"Street Vendors Act 2014 › THE ACT - BASICS › 2: assent 4 Mar 2014, in force 1 May 2014 (Act no. 7 of 2014)",
		"Street Vendors Act 2014 › THE ACT - BASICS › 3: nodal ministry: MoHUA, which frames the model scheme",
		"Street Vendors Act 2014 › CASES › 1: Sodan Singh v NDMC (1989), 5-judge bench -> street trading is a fundamental right",
		"Street Vendors Act 2014 › CASES › 2: maharashtra Ekta Hawkers Union v MCGM (2013) -> follow the 2009 Policy till the law comes",
	}
	if got := texts(d); !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
