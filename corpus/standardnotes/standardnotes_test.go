package standardnotes_test

import (
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/standardnotes"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// backup is "Standard Notes Backup and Import File.txt" as a decrypted
// backup's archive holds it, indented by two spaces: the account's items
// key, its settings and an editor; a Markdown note, a Super note whose
// first heading repeats its title (a list in a list, a quote, a table,
// a file, a line break, a checklist), a rich-text note, a plain-text note
// with a line that starts with "#", a note in the trash and an
// authenticator's secrets; the tag Polity and the tag Fundamental Rights
// nested in it.
var backup = corpustest.File("testdata/backup.txt")

// TestConvert: the backup is one document titled by the file's name, a
// section a note, the notes of a tag under it (a nested tag's with its
// parent's name), the notes of none first; each note's text read as its
// type says, its headings under its title; the trash, the authenticator
// and the app's own items left out.
func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(backup)); f != "Standard Notes backup" {
		t.Errorf("FormatOf = %q, want Standard Notes backup", f)
	}
	d, got := corpustest.Placed(t, "Standard Notes Backup and Import File.txt", []byte(backup))
	want := []string{
		"Standard Notes Backup and Import File › Reading list: # M. Laxmikanth, chapters 7-8\nD.D. Basu, Introduction to the Constitution (note 6)",
		"Standard Notes Backup and Import File › Polity › Directive Principles vs Fundamental Rights: DPSPs are not justiciable (Article 37). (note 3)",
		"Standard Notes Backup and Import File › Polity › Directive Principles vs Fundamental Rights › Landmark cases › 1: Champakam Dorairajan, 1951: FRs prevail (note 3)",
		"Standard Notes Backup and Import File › Polity › Directive Principles vs Fundamental Rights › Landmark cases › 2: Minerva Mills, 1980: harmony between Parts III and IV is a basic feature (note 3)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Equality: Articles 14 to 18. (note 1)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Equality › Article 14: Equality before law and equal protection of laws. (note 1)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Equality › Article 17: Abolishes untouchability. (note 1)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion: Articles 25 to 28 guarantee it to every person, not only to citizens. (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 1: Art. 25: freedom of conscience and to profess, practise and propagate religion\n- subject to public order, morality and health (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 2: Art. 26: freedom to manage religious affairs (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 3: Essential religious practices test: Shirur Mutt, 1954 (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 4: Case: Bijoe Emmanuel; Year: 1986 (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 5: Case: Shayara Bano; Year: 2017 (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 6: Revise:\nArticle 28 on religious instruction (note 2)",
		"Standard Notes Backup and Import File › Polity / Fundamental Rights › Right to Freedom of Religion › What the Articles say › 7: - ☑ Read Sabarimala (2018)\n- ☐ Make a chart of Arts. 25-28 (note 2)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Standard Notes Backup and Import File" || d.Unit != "note" || !slices.Equal(d.Tags, []string{"Polity", "Fundamental Rights"}) {
		t.Errorf("title %q, unit %q, tags %q; want the file's name, note and the notes' tags", d.Title, d.Unit, d.Tags)
	}
}

// TestNoteTypes: notes of one tag are titled by it; a note written before
// notes had types is read as its editor says, a code note as code, a
// spreadsheet's cells as a table, a Super note's text as its text even
// with no type.
func TestNoteTypes(t *testing.T) {
	sheet := `{\"activeSheet\":\"Sheet1\",\"sheets\":[{\"name\":\"Sheet1\",\"rows\":[{\"index\":0,\"cells\":[{\"value\":\"Article\",\"index\":0},{\"value\":\"Writ\",\"index\":1}]},` +
		`{\"index\":1,\"cells\":[{\"value\":32,\"index\":0},{\"value\":\"Habeas corpus\",\"index\":1}]}],\"columns\":[{\"index\":0,\"width\":120}],\"frozenRows\":0}]}`
	super := `{\"root\":{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Article 31 was repealed by the 44th Amendment.\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"root\",\"version\":1}}`
	b := `{"version": "004", "items": [
{"uuid": "n1", "content_type": "Note", "content": {"title": "Property", "text": "` + super + `", "references": [], "appData": {}}, "created_at": "2024-03-01T08:00:00.000Z"},
{"uuid": "n2", "content_type": "Note", "content": {"title": "Writs", "text": "` + sheet + `", "references": [], "noteType": "spreadsheet", "editorIdentifier": "org.standardnotes.standard-sheets"}, "created_at": "2024-03-02T08:00:00.000Z"},
{"uuid": "n3", "content_type": "Note", "content": {"title": "Emergency", "text": "### Article 359\n\nThe President may suspend the enforcement of rights, but not of Articles 20 and 21.", "references": [], "editorIdentifier": "org.standardnotes.advanced-markdown-editor"}, "created_at": "2024-03-03T08:00:00.000Z"},
{"uuid": "n4", "content_type": "Note", "content": {"title": "Counting", "text": "rights = {'III': 'Fundamental Rights'}\nprint(rights['III'])", "references": [], "noteType": "code"}, "created_at": "2024-03-04T08:00:00.000Z"},
{"uuid": "t1", "content_type": "Tag", "content": {"title": "Polity", "references": [{"uuid": "n1", "content_type": "Note"}, {"uuid": "n2", "content_type": "Note"}, {"uuid": "n3", "content_type": "Note"}, {"uuid": "n4", "content_type": "Note"}]}, "created_at": "2024-03-01T08:00:00.000Z"}
]}`
	d, got := corpustest.Placed(t, "backup.json", []byte(b))
	want := []string{
		"Polity › Property: Article 31 was repealed by the 44th Amendment. (note 1)",
		"Polity › Writs: Article: 32; Writ: Habeas corpus (note 2)",
		"Polity › Emergency › Article 359: The President may suspend the enforcement of rights, but not of Articles 20 and 21. (note 3)",
		"Polity › Counting: rights = {'III': 'Fundamental Rights'}\nprint(rights['III']) (note 4)",
	}
	if !slices.Equal(got, want) || d.Title != "Polity" {
		t.Errorf("title %q, passages\n%s\nwant\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOneNote: a backup of one note is titled by the note.
func TestOneNote(t *testing.T) {
	b := `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "Article 15(4)", "text": "Added by the First Amendment, 1951, after Champakam Dorairajan.", "references": [], "noteType": "plain-text"}, "created_at": "2024-03-01T08:00:00.000Z"}]}`
	d, got := corpustest.Placed(t, "Standard Notes Backup and Import File.txt", []byte(b))
	want := []string{"Article 15(4) › Definition: Added by the First Amendment, 1951, after Champakam Dorairajan. (note 1)"}
	if !slices.Equal(got, want) || d.Title != "Article 15(4)" {
		t.Errorf("title %q, passages\n%s\nwant\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// encrypted is an encrypted backup: every item's content a string only
// the account's password opens.
var encrypted = corpustest.File("testdata/encrypted.txt")

func TestBadBackups(t *testing.T) {
	if f := corpus.FormatOf([]byte(encrypted)); f != "Standard Notes backup" {
		t.Errorf("FormatOf(encrypted backup) = %q, want Standard Notes backup", f)
	}
	for _, tt := range []struct{ name, data, want string }{
		{"encrypted", encrypted, "this Standard Notes backup is encrypted: only the account's password opens its notes. In Standard Notes, download a decrypted backup"},
		{"cut short", backup[:len(backup)/2], "damaged Standard Notes backup: line 80: the file ends too soon"},
		{"note not an object", `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": 7}}]}`, "damaged Standard Notes backup: note 1: json: cannot unmarshal number"},
		{"trash alone", `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "Old", "text": "x", "trashed": true}}]}`, "the Standard Notes backup has no notes but those in the trash"},
		{"settings alone", `{"version": "004", "items": [{"uuid": "p1", "content_type": "SN|UserPreferences", "content": {"preferences": {}}}]}`, "the Standard Notes backup has no notes"},
		{"empty notes", `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": {"title": "", "text": " "}}]}`, "the Standard Notes backup's notes are empty"},
		{"too large", `{"version": "004", "items": []}` + strings.Repeat(" ", standardnotes.MaxBytes), "the Standard Notes backup is too large: 100 MB"},
	} {
		if _, err := standardnotes.Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: Convert error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; a backup read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(backup))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := standardnotes.Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("backup.json", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}

// TestSuperBlocks: a Super note's blocks as Markdown: a collapsible's
// title over what it folds, a numbered list with a list in it, a link's
// text, code as written, a heading that says "<" and a picture left out.
func TestSuperBlocks(t *testing.T) {
	text := func(s string) map[string]any {
		return map[string]any{"type": "text", "text": s, "format": 0, "detail": 0, "mode": "normal", "style": "", "version": 1}
	}
	el := func(typ string, kids ...map[string]any) map[string]any {
		return map[string]any{"type": typ, "children": kids, "direction": "ltr", "format": "", "indent": 0, "version": 1}
	}
	with := func(n map[string]any, k string, v any) map[string]any { n[k] = v; return n }
	state := map[string]any{"root": el("root",
		with(el("heading", text("Article 19 <-> Article 21")), "tag", "h2"),
		el("collapsible-container",
			el("collapsible-title", text("Golden triangle")),
			el("collapsible-content", el("paragraph", text("Articles 14, 19 and 21 read together: "),
				with(el("link", text("Maneka Gandhi")), "url", "https://indiankanoon.org/doc/1766147/")))),
		with(el("list",
			el("listitem", text("Reasonable restrictions")),
			el("listitem", with(el("list", el("listitem", text("sovereignty and integrity of India"))), "listType", "bullet")),
			el("listitem", text("Internet shutdowns: Anuradha Bhasin, 2020"))), "listType", "number"),
		with(el("code", text("Art. 19(1)(a)"), map[string]any{"type": "linebreak", "version": 1}, text("Art. 19(2)")), "language", "plain"),
		map[string]any{"type": "unencrypted-image", "src": "data:image/png;base64,iVBORw0KGgo=", "altText": "chart", "version": 1},
	)}
	lexical, err := json.Marshal(state)
	if err != nil {
		t.Fatal(err)
	}
	content, _ := json.Marshal(map[string]any{"title": "Freedom of speech", "text": string(lexical), "references": []any{}, "noteType": "super"})
	b := `{"version": "004", "items": [{"uuid": "n1", "content_type": "Note", "content": ` + string(content) + `, "created_at": "2024-03-01T08:00:00.000Z"}]}`
	_, got := corpustest.Placed(t, "backup.json", []byte(b))
	want := []string{
		"Freedom of speech › Article 19 <-> Article 21 › Golden triangle › 1: Articles 14, 19 and 21 read together: Maneka Gandhi (note 1)",
		"Freedom of speech › Article 19 <-> Article 21 › Golden triangle › 2: - Reasonable restrictions\n  - sovereignty and integrity of India\n- Internet shutdowns: Anuradha Bhasin, 2020 (note 1)",
		"Freedom of speech › Article 19 <-> Article 21 › Golden triangle › 3: Art. 19(1)(a)\nArt. 19(2) (note 1)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
