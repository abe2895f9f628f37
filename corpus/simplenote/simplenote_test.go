package simplenote_test

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/simplenote"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// export is notes.json as Simplenote's "Export notes" writes it: indented
// by two spaces, every line ending in "\r\n", the content's lines too;
// the newest note first. A plain-text note typed a line at a time with a
// line that starts with "#", a Markdown note, pinned, published and
// shared with a friend, whose first line is a heading, an older plain
// note, an empty note and a note in the trash.
var export = corpustest.File("testdata/notes.json")

// TestConvert: the notes are one document titled by the tag all of them
// have, a section a note in the order they were written, titled by its
// first line, a Markdown note's headings under its title, a plain note's
// lines kept apart and read as written; the empty note and the trash are
// left out.
func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(export)); f != "Simplenote export" {
		t.Errorf("FormatOf = %q, want Simplenote export", f)
	}
	d, got := corpustest.Placed(t, "notes.json", []byte(export))
	want := []string{
		"polity › Fundamental Duties › 1: Article 51A lists eleven duties; the 42nd Amendment (1976) added ten, on the Swaran Singh Committee's advice. (note 3)",
		"polity › Fundamental Duties › 2: The 86th Amendment (2002) added the eleventh: to give children of 6 to 14 an education. (note 3)",
		"polity › Right to Equality (Art. 14-18) › Article 14: Equality before law and equal protection of laws, for any person, citizen or not. (note 2)",
		"polity › Right to Equality (Art. 14-18) › Article 17 › 1: Article: 15; Right: No discrimination on grounds of religion, race, caste, sex or place of birth (note 2)",
		"polity › Right to Equality (Art. 14-18) › Article 17 › 2: Article: 16; Right: Equality of opportunity in public employment (note 2)",
		"polity › Writs under Article 32 › 1: Habeas corpus: produce the person detained\nMandamus: a command to do a public duty\nQuo warranto: by what authority an office is held\n# 5 writs in all, with prohibition and certiorari (note 1)",
		"polity › Writs under Article 32 › 2: Art. 32 is itself a Fundamental Right; Art. 226 reaches further (<any other purpose>). (note 1)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "polity" || d.Unit != "note" || !slices.Equal(d.Tags, []string{"polity", "fundamental-rights"}) {
		t.Errorf("title %q, unit %q, tags %q; want polity, note and the notes' tags", d.Title, d.Unit, d.Tags)
	}
}

// TestOneNote: an export of one note is titled by the note, its headings
// the document's sections.
func TestOneNote(t *testing.T) {
	one := `{"activeNotes": [{"id": "1", "content": "# Right to Constitutional Remedies\r\n\r\n### Article 32\r\n\r\nDr Ambedkar called it the heart and soul of the Constitution.",` +
		`"creationDate": "2024-03-20T10:00:00.000Z", "lastModified": "2024-03-20T10:00:00.000Z", "markdown": true, "tags": ["polity"]}], "trashedNotes": []}`
	d, got := corpustest.Placed(t, "notes.json", []byte(one))
	want := []string{"Right to Constitutional Remedies › Article 32: Dr Ambedkar called it the heart and soul of the Constitution. (note 1)"}
	if !slices.Equal(got, want) || d.Title != "Right to Constitutional Remedies" || !slices.Equal(d.Tags, []string{"polity"}) {
		t.Errorf("title %q, tags %q, passages\n%s\nwant\n%s", d.Title, d.Tags, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNoSharedTag: notes with no tag in common are titled by the file's
// name; a note whose first line is long is titled by its first words, the
// line kept as its text.
func TestNoSharedTag(t *testing.T) {
	notes := `{"activeNotes": [
{"id": "1", "content": "Article 19 gives citizens six freedoms: speech and expression, assembly, association, movement, residence and profession.\r\nEach is subject to reasonable restrictions under clauses (2) to (6).", "creationDate": "2024-03-21T10:00:00.000Z", "lastModified": "2024-03-21T10:00:00.000Z", "tags": ["art19"]},
{"id": "2", "content": "Article 20\r\nNo ex post facto law, no double jeopardy, no self-incrimination.", "creationDate": "2024-03-22T10:00:00.000Z", "lastModified": "2024-03-22T10:00:00.000Z"}
], "trashedNotes": []}`
	d, got := corpustest.Placed(t, "Simplenote notes.json", []byte(notes))
	want := []string{
		"Simplenote notes › Article 19 gives citizens six freedoms: speech and… › 1: Article 19 gives citizens six freedoms: speech and expression, assembly, association, movement, residence and profession. (note 1)",
		"Simplenote notes › Article 19 gives citizens six freedoms: speech and… › 2: Each is subject to reasonable restrictions under clauses (2) to (6). (note 1)",
		"Simplenote notes › Article 20: No ex post facto law, no double jeopardy, no self-incrimination. (note 2)",
	}
	if !slices.Equal(got, want) || d.Title != "Simplenote notes" {
		t.Errorf("title %q, passages\n%s\nwant\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestBadExports(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", export[:len(export)/2], "damaged Simplenote export: line 19: the file ends too soon"},
		{"not an object", `{"activeNotes": {"id": "1"}, "trashedNotes": []}`, "damaged Simplenote export: line 1: json: cannot unmarshal object"},
		{"trash alone", `{"activeNotes": [], "trashedNotes": [{"id": "1", "content": "Old note"}]}`, "the Simplenote export has no notes but those in the trash"},
		{"empty", `{"activeNotes": [{"id": "1", "content": "\r\n"}], "trashedNotes": []}`, "the Simplenote export has no notes"},
		{"too large", `{"activeNotes": [], "trashedNotes": []}` + strings.Repeat(" ", simplenote.MaxBytes), "the Simplenote export is too large: 50 MB"},
	} {
		if _, err := simplenote.Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: Convert error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; an export read has a place
// for each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(export))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := simplenote.Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("notes.json", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
