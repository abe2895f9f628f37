package evernote_test

import (
	"context"
	"fmt"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/evernote"
)

func parse(t *testing.T, name string) *corpus.Document {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	if !evernote.IsExport(data) || corpus.FormatOf(data) != "Evernote export" {
		t.Fatalf("%s is not told an Evernote export (format %q)", name, corpus.FormatOf(data))
	}
	d, err := corpus.Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return d
}

func passages(d *corpus.Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, fmt.Sprintf("%s (%s %d): %s", p.Citation(), d.Unit, p.Line, p.Text))
	}
	return out
}

// TestNotebook reads a notebook's export: titled by the file's name, a
// section a note with its headings below it, lists and tables as in a web
// page, the notes' tags the document's; pictures and encrypted text left
// out, a to-do's box shown ticked (☑) or not (☐), each passage cited by
// its note.
func TestNotebook(t *testing.T) {
	d := parse(t, "Polity.enex")
	if d.Title != "Polity" || !slices.Equal(d.Tags, []string{"Polity", "GS2"}) {
		t.Errorf("title %q, tags %q; want the file's name and the notes' tags", d.Title, d.Tags)
	}
	want := []string{
		"Polity › Anti-defection law (note 1): The Tenth Schedule was added by the 52nd Amendment Act, 1985.",
		"Polity › Anti-defection law › Grounds › 1 (note 1): Voluntarily giving up membership of the party.",
		"Polity › Anti-defection law › Grounds › 2 (note 1): Voting against the whip without permission.",
		"Polity › Anti-defection law › Deciding authority (note 1): The Speaker or Chairman decides; the decision is open to judicial review (Kihoto Hollohan, 1992).",
		"Polity › Finance Commission › 1 (note 2): A constitutional body under Article 280, set up every five years.",
		"Polity › Finance Commission › 2 (note 2): Commission: 15th; Chairman: N.K. Singh",
		"Polity › Finance Commission › 3 (note 2): Commission: 16th; Chairman: Arvind Panagariya",
		"Polity › Finance Commission › 4 (note 2): ☑ Revise the devolution criteria",
	}
	if got := passages(d); !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOneNote: an export of one note is titled by the note.
func TestOneNote(t *testing.T) {
	d := parse(t, "note.enex")
	if d.Title != "Ozone hole" || !slices.Equal(d.Tags, []string{"Environment"}) {
		t.Errorf("title %q, tags %q; want the note's", d.Title, d.Tags)
	}
	if got := strings.Join(passages(d), "\n"); !strings.Contains(got, "The Montreal Protocol (1987) phases out CFCs.") {
		t.Errorf("passages lack the note's text:\n%s", got)
	}
}

// TestToDoList: a to-do list as Evernote writes one now, each entry's box
// in its style, shows which are ticked.
func TestToDoList(t *testing.T) {
	enex := `<?xml version="1.0" encoding="UTF-8"?><en-export application="Evernote" version="10.100.3"><note><title>Cyclone naming</title><content><![CDATA[` +
		`<en-note><div>Names are given at the cyclonic storm stage.</div><h1>To do</h1><ul style="--en-todo:true;">` +
		`<li style="--en-checked:true;"><div>Learn all 13 panel members in alphabetical order</div></li>` +
		`<li style="--en-checked:false;"><div>Revise India's 13 names once a week</div></li></ul></en-note>]]></content></note></en-export>`
	d, err := corpus.Parse("cyclones.enex", []byte(enex))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(passages(d), "\n")
	for _, want := range []string{"☑ Learn all 13 panel members in alphabetical order", "☐ Revise India's 13 names once a week"} {
		if !strings.Contains(got, want) {
			t.Errorf("passages lack %q:\n%s", want, got)
		}
	}
}

// TestRecognisedAttachment: the words Evernote recognised in a note's
// scanned attachment follow the note's text under the file's name: a line
// of words where they stand level (however their tops differ a pixel or
// two), each the reading weighed most, in a new paragraph after a wide gap.
func TestRecognisedAttachment(t *testing.T) {
	item := func(x, y int, reads ...string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<item x="%d" y="%d" w="60" h="14">`, x, y)
		for k, r := range reads {
			fmt.Fprintf(&b, `<t w="%d">%s</t>`, 90-10*k, r)
		}
		return b.String() + "</item>"
	}
	reco := `<?xml version="1.0" encoding="UTF-8"?><!DOCTYPE recoIndex PUBLIC "SYSTEM" "http://xml.evernote.com/pub/recoIndex.dtd"><recoIndex objType="pdf" objWidth="1240" objHeight="3508">` +
		item(300, 101, "2016", "2O16") + item(105, 100, "Notified", "Notif1ed") + item(200, 99, "March") +
		item(105, 120, "under", "undor") + item(200, 121, "the", "tho") + item(290, 120, "EPA") +
		item(105, 220, "Carry", "Cany") + item(200, 220, "bags", "hags") + `</recoIndex>`
	enex := `<?xml version="1.0" encoding="UTF-8"?><en-export application="Evernote" version="10.100.3"><note><title>PWM Rules</title><content><![CDATA[` +
		`<en-note><div>My notes on the rules.</div><en-media type="application/pdf" hash="d6048af9"/></en-note>]]></content>` +
		`<resource><data encoding="base64">JVBERi0=</data><mime>application/pdf</mime><recognition><![CDATA[` + reco + `]]></recognition>` +
		`<resource-attributes><file-name>scan.pdf</file-name></resource-attributes></resource></note></en-export>`
	d, err := corpus.Parse("pwm.enex", []byte(enex))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(passages(d), "\n")
	for _, want := range []string{"Attachment: scan.pdf › 1 (note 1): Notified March 2016 under the EPA", "Attachment: scan.pdf › 2 (note 1): Carry bags"} {
		if !strings.Contains(got, want) {
			t.Errorf("passages lack %q:\n%s", want, got)
		}
	}
}

// TestTasks: Evernote 10's tasks, exported beside the note's content,
// are a to-do list where the content marks their group (else after it),
// in the order the app shows them, ticked when completed.
func TestTasks(t *testing.T) {
	task := func(title, status, order string) string {
		return `<task><title>` + title + `</title><taskStatus>` + status + `</taskStatus><inNote>true</inNote><sortWeight>` + order +
			`</sortWeight><noteLevelID>x</noteLevelID><taskGroupNoteLevelID>g1</taskGroupNoteLevelID></task>`
	}
	enex := `<?xml version="1.0" encoding="UTF-8"?><en-export application="Evernote" version="10.100.3"><note><title>Collegium tracker</title><content><![CDATA[` +
		`<en-note><div>News of appointments, 2023-25.</div><h3>Revision tasks</h3><div style="--en-task-group:true; --en-id:g1;"></div></en-note>]]></content>` +
		task("Fill the tracker from the monsoon session news", "open", "C") + task("Make a chart of the three Judges cases", "completed", "A") +
		task("Read the NJAC extract", "open", "B") + `</note></en-export>`
	d, err := corpus.Parse("tracker.enex", []byte(enex))
	if err != nil {
		t.Fatal(err)
	}
	got := strings.Join(passages(d), "\n")
	want := "☑ Make a chart of the three Judges cases"
	if i, j, k := strings.Index(got, want), strings.Index(got, "☐ Read the NJAC extract"), strings.Index(got, "☐ Fill the tracker"); i < 0 || j < i || k < j || !strings.Contains(got, "Revision tasks") {
		t.Errorf("the tasks are not the to-do list under Revision tasks, in order:\n%s", got)
	}
	// A group the content does not mark goes after it.
	unmarked := strings.Replace(enex, `<div style="--en-task-group:true; --en-id:g1;"></div>`, "", 1)
	if d, err = corpus.Parse("tracker.enex", []byte(unmarked)); err != nil {
		t.Fatal(err)
	}
	if got := strings.Join(passages(d), "\n"); !strings.Contains(got, "☐ Read the NJAC extract") {
		t.Errorf("the tasks of a group the note does not mark are lost:\n%s", got)
	}
}

// TestNotesOfOneTitle: a notebook whose notes share a title before a dash
// ("Women's Reservation Act 2023 - 1. Intro", "… - 2. Features") is titled
// by it, each note a section named by the rest of its title; the file's
// name ("evernote-notes") had titled it, every citation repeating the
// shared part. Notes that share less keep the file's name.
func TestNotesOfOneTitle(t *testing.T) {
	note := func(title, text string) string {
		return "<note><title>" + title + "</title><content><![CDATA[<?xml version=\"1.0\" encoding=\"UTF-8\"?>" +
			"<!DOCTYPE en-note SYSTEM \"http://xml.evernote.com/pub/enml2.dtd\"><en-note><div>" + text + "</div></en-note>]]></content></note>"
	}
	export := func(notes ...string) []byte {
		return []byte(`<?xml version="1.0" encoding="UTF-8"?><en-export application="Evernote">` + strings.Join(notes, "") + `</en-export>`)
	}
	shared := export(note("Women's Reservation Act 2023 - 1. Intro", "One third of the seats in the Lok Sabha are reserved for women."),
		note("Women's Reservation Act 2023 - 2. Features", "The reservation lasts fifteen years from its start."))
	d, err := corpus.Parse("evernote-notes.enex", shared)
	if err != nil {
		t.Fatal(err)
	}
	var cites []string
	for _, p := range d.Passages {
		cites = append(cites, p.Citation())
	}
	if want := []string{"Women's Reservation Act 2023 › Intro", "Women's Reservation Act 2023 › Features › 1"}; d.Title != "Women's Reservation Act 2023" || !slices.Equal(cites, want) {
		t.Errorf("title %q, citations %q; want %q", d.Title, cites, want)
	}
	apart := export(note("Polity - Lokpal", "The Lokpal inquires into complaints of corruption."), note("Economy - MPC", "The MPC sets the repo rate."))
	if d, err := corpus.Parse("GS notes.enex", apart); err != nil || d.Title != "GS notes" {
		t.Errorf("notes titled apart: title %q (error %v), want the file's name", d.Title, err)
	}
}

// TestBadExports: a cut file, an export with no notes and XML that is no
// export are problems, told as such.
func TestBadExports(t *testing.T) {
	full, err := os.ReadFile("testdata/Polity.enex")
	if err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct{ name, data, want string }{
		{"cut.enex", string(full[:len(full)/2]), "cannot read note 1 of this Evernote export: XML syntax error on line 14"},
		{"empty.enex", `<?xml version="1.0"?><en-export application="Evernote"></en-export>`, "an Evernote export with no notes"},
		{"other.enex", `<?xml version="1.0"?><rss><channel/></rss>`, "not an Evernote export (no <en-export>)"},
	} {
		_, err := corpus.Parse(c.name, []byte(c.data))
		if err == nil || !strings.Contains(err.Error(), c.name+": "+c.want) {
			t.Errorf("%s: error %v, want %q", c.name, err, c.want)
		}
	}
	rep, err := corpus.ReadPaths(context.Background(), []string{"testdata"}, 0)
	if err != nil || len(rep.Docs) != 2 || len(rep.Problems) > 0 {
		t.Errorf("the testdata folder: %d documents, problems %v, error %v; want both exports read", len(rep.Docs), rep.Problems, err)
	}
}

// FuzzConvert: any input converts or fails with an error, never a panic,
// with an origin for every line.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{"Polity.enex", "note.enex"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := evernote.Convert(data)
		if err != nil {
			return
		}
		if len(c.Origin) != strings.Count(string(c.Text), "\n") {
			t.Fatalf("%d origins for %d lines", len(c.Origin), strings.Count(string(c.Text), "\n"))
		}
		for _, o := range c.Origin {
			if o < 1 {
				t.Fatalf("origin %d: every line comes from a note", o)
			}
		}
	})
}

// BenchmarkNotebook parses a notebook of 2,000 notes, each a heading, a
// paragraph and a list.
func BenchmarkNotebook(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<en-export application="Evernote">` + "\n")
	for i := range 2000 {
		fmt.Fprintf(&sb, "<note><title>Topic %d</title><tag>GS%d</tag><content><![CDATA[<en-note><div>The committee on item %d met in session %d and reported on the budget.</div>"+
			"<h2>Points</h2><ul><li><div>The states get their share by March.</div></li><li><div>The rules for the year were revised.</div></li></ul></en-note>]]></content></note>\n", i, i%4, i, i)
	}
	sb.WriteString("</en-export>\n")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := corpus.Parse("Notebook.enex", data)
		if err != nil || len(d.Passages) < 4000 {
			b.Fatalf("Parse: %v", err)
		}
	}
}
