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
const backup = `{
  "version": "004",
  "items": [
    {
      "uuid": "3b0a1f7e-9c2d-4e8f-a1b2-c3d4e5f60718",
      "content_type": "SN|ItemsKey",
      "content": {
        "itemsKey": "b7f1c2d9e04a3f5b6c8d7e9f0a1b2c3d4e5f60718293a4b5c6d7e8f90a1b2c3d",
        "version": "004",
        "isDefault": true,
        "references": [],
        "appData": {}
      },
      "created_at": "2023-11-02T10:00:00.000Z",
      "updated_at": "2023-11-02T10:00:00.000Z",
      "created_at_timestamp": 1698919200000000,
      "updated_at_timestamp": 1698919200000000,
      "duplicate_of": null
    },
    {
      "uuid": "a1000000-0000-4000-8000-000000000001",
      "content_type": "SN|UserPreferences",
      "content": {
        "references": [],
        "appData": {},
        "preferences": {
          "notesSortBy": "created_at",
          "notesHidePreview": false
        }
      },
      "created_at": "2023-11-02T10:00:01.000Z",
      "updated_at": "2024-03-01T10:00:00.000Z"
    },
    {
      "uuid": "c0000000-0000-4000-8000-00000000000c",
      "content_type": "SN|Component",
      "content": {
        "name": "Markdown Pro",
        "area": "editor-editor",
        "package_info": {
          "identifier": "org.standardnotes.advanced-markdown-editor"
        },
        "hosted_url": "https://example.org/editor/index.html",
        "references": [],
        "appData": {}
      },
      "created_at": "2023-11-02T10:00:02.000Z",
      "updated_at": "2023-11-02T10:00:02.000Z"
    },
    {
      "uuid": "11111111-aaaa-4bbb-8ccc-000000000001",
      "content_type": "Note",
      "content": {
        "title": "Right to Equality",
        "text": "Articles 14 to 18.\n\n## Article 14\n\nEquality before law and equal protection of laws.\n\n## Article 17\n\nAbolishes untouchability.",
        "references": [],
        "appData": {
          "org.standardnotes.sn": {
            "client_updated_at": "2024-03-12T08:10:00.000Z",
            "prefersPlainEditor": false,
            "pinned": true
          }
        },
        "preview_plain": "Articles 14 to 18.",
        "spellcheck": true,
        "noteType": "markdown",
        "editorIdentifier": "org.standardnotes.advanced-markdown-editor"
      },
      "created_at": "2024-03-12T08:00:00.000Z",
      "updated_at": "2024-03-12T08:10:00.000Z",
      "created_at_timestamp": 1710230400000000,
      "updated_at_timestamp": 1710231000000000,
      "duplicate_of": null
    },
    {
      "uuid": "22222222-aaaa-4bbb-8ccc-000000000002",
      "content_type": "Note",
      "content": {
        "title": "Right to Freedom of Religion",
        "text": "{\"root\":{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Right to Freedom of Religion\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"heading\",\"version\":1,\"tag\":\"h1\"},{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Articles 25 to 28 guarantee it to \",\"type\":\"text\",\"version\":1},{\"detail\":0,\"format\":1,\"mode\":\"normal\",\"style\":\"\",\"text\":\"every person\",\"type\":\"text\",\"version\":1},{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\", not only to citizens.\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"},{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"What the Articles say\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"heading\",\"version\":1,\"tag\":\"h2\"},{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Art. 25: freedom of conscience and to profess, practise and propagate religion\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"listitem\",\"version\":1,\"value\":1},{\"children\":[{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"subject to public order, morality and health\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"listitem\",\"version\":1,\"value\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"list\",\"version\":1,\"listType\":\"bullet\",\"start\":1,\"tag\":\"ul\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"listitem\",\"version\":1,\"value\":2},{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Art. 26: freedom to manage religious affairs\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"listitem\",\"version\":1,\"value\":3}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"list\",\"version\":1,\"listType\":\"bullet\",\"start\":1,\"tag\":\"ul\"},{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Essential religious practices test: Shirur Mutt, 1954\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"quote\",\"version\":1},{\"children\":[{\"children\":[{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Case\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablecell\",\"version\":1,\"backgroundColor\":null,\"colSpan\":1,\"headerState\":3,\"rowSpan\":1,\"width\":null},{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Year\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablecell\",\"version\":1,\"backgroundColor\":null,\"colSpan\":1,\"headerState\":1,\"rowSpan\":1,\"width\":null}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablerow\",\"version\":1,\"height\":null},{\"children\":[{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Bijoe Emmanuel\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablecell\",\"version\":1,\"backgroundColor\":null,\"colSpan\":1,\"headerState\":0,\"rowSpan\":1,\"width\":null},{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"1986\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablecell\",\"version\":1,\"backgroundColor\":null,\"colSpan\":1,\"headerState\":0,\"rowSpan\":1,\"width\":null}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablerow\",\"version\":1,\"height\":null},{\"children\":[{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Shayara Bano\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablecell\",\"version\":1,\"backgroundColor\":null,\"colSpan\":1,\"headerState\":0,\"rowSpan\":1,\"width\":null},{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"2017\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablecell\",\"version\":1,\"backgroundColor\":null,\"colSpan\":1,\"headerState\":0,\"rowSpan\":1,\"width\":null}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"tablerow\",\"version\":1,\"height\":null}],\"direction\":null,\"format\":\"\",\"indent\":0,\"type\":\"table\",\"version\":1},{\"type\":\"snfile\",\"version\":1,\"fileUuid\":\"7c9d2a10-1b3e-4f5a-8c6d-9e0f1a2b3c4d\",\"zoomLevel\":100,\"format\":\"\"},{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Revise:\",\"type\":\"text\",\"version\":1},{\"type\":\"linebreak\",\"version\":1},{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Article 28 on religious instruction\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"paragraph\",\"version\":1,\"textFormat\":0,\"textStyle\":\"\"},{\"children\":[{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Read Sabarimala (2018)\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"listitem\",\"version\":1,\"value\":1,\"checked\":true},{\"children\":[{\"detail\":0,\"format\":0,\"mode\":\"normal\",\"style\":\"\",\"text\":\"Make a chart of Arts. 25-28\",\"type\":\"text\",\"version\":1}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"listitem\",\"version\":1,\"value\":2,\"checked\":false}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"list\",\"version\":1,\"listType\":\"check\",\"start\":1,\"tag\":\"ul\"}],\"direction\":\"ltr\",\"format\":\"\",\"indent\":0,\"type\":\"root\",\"version\":1}}",
        "references": [],
        "appData": {
          "org.standardnotes.sn": {
            "client_updated_at": "2024-03-14T08:10:00.000Z"
          }
        },
        "preview_plain": "Right to Freedom of Religion Articles 25 to 28",
        "noteType": "super",
        "editorIdentifier": "com.standardnotes.super-editor"
      },
      "created_at": "2024-03-14T08:00:00.000Z",
      "updated_at": "2024-03-14T08:10:00.000Z"
    },
    {
      "uuid": "33333333-aaaa-4bbb-8ccc-000000000003",
      "content_type": "Note",
      "content": {
        "title": "Directive Principles vs Fundamental Rights",
        "text": "<p>DPSPs are <strong>not justiciable</strong> (Article 37).</p><h2>Landmark cases</h2><ul><li>Champakam Dorairajan, 1951: FRs prevail</li><li>Minerva Mills, 1980: harmony between Parts III and IV is a basic feature</li></ul>",
        "references": [],
        "appData": {
          "org.standardnotes.sn": {}
        },
        "noteType": "rich-text",
        "editorIdentifier": "org.standardnotes.plus-editor"
      },
      "created_at": "2024-03-15T08:00:00.000Z",
      "updated_at": "2024-03-15T08:10:00.000Z"
    },
    {
      "uuid": "44444444-aaaa-4bbb-8ccc-000000000004",
      "content_type": "Note",
      "content": {
        "title": "Old draft",
        "text": "Delete me",
        "references": [],
        "appData": {},
        "trashed": true,
        "noteType": "plain-text"
      },
      "created_at": "2024-03-01T08:00:00.000Z",
      "updated_at": "2024-03-01T08:00:00.000Z"
    },
    {
      "uuid": "55555555-aaaa-4bbb-8ccc-000000000005",
      "content_type": "Note",
      "content": {
        "title": "2FA codes",
        "text": "[{\"service\":\"Mail\",\"secret\":\"JBSWY3DPEHPK3PXP\"}]",
        "references": [],
        "appData": {},
        "noteType": "authentication",
        "editorIdentifier": "org.standardnotes.token-vault"
      },
      "created_at": "2024-01-01T08:00:00.000Z",
      "updated_at": "2024-01-01T08:00:00.000Z"
    },
    {
      "uuid": "66666666-aaaa-4bbb-8ccc-000000000006",
      "content_type": "Note",
      "content": {
        "title": "Reading list",
        "text": "# M. Laxmikanth, chapters 7-8\nD.D. Basu, Introduction to the Constitution",
        "references": [],
        "appData": {},
        "noteType": "plain-text",
        "editorIdentifier": "com.standardnotes.plain-text"
      },
      "created_at": "2024-03-10T08:00:00.000Z",
      "updated_at": "2024-03-10T08:00:00.000Z"
    },
    {
      "uuid": "77777777-aaaa-4bbb-8ccc-000000000007",
      "content_type": "Tag",
      "content": {
        "title": "Polity",
        "references": [
          {
            "uuid": "33333333-aaaa-4bbb-8ccc-000000000003",
            "content_type": "Note"
          }
        ],
        "appData": {},
        "expanded": true
      },
      "created_at": "2023-11-02T10:00:03.000Z",
      "updated_at": "2024-03-15T08:10:00.000Z"
    },
    {
      "uuid": "88888888-aaaa-4bbb-8ccc-000000000008",
      "content_type": "Tag",
      "content": {
        "title": "Fundamental Rights",
        "references": [
          {
            "uuid": "11111111-aaaa-4bbb-8ccc-000000000001",
            "content_type": "Note"
          },
          {
            "uuid": "22222222-aaaa-4bbb-8ccc-000000000002",
            "content_type": "Note"
          },
          {
            "uuid": "77777777-aaaa-4bbb-8ccc-000000000007",
            "content_type": "Tag",
            "reference_type": "TagToParentTag"
          }
        ],
        "appData": {}
      },
      "created_at": "2023-11-02T10:00:04.000Z",
      "updated_at": "2024-03-14T08:10:00.000Z"
    }
  ]
}`

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
const encrypted = `{
  "version": "004",
  "keyParams": {
    "identifier": "aditi@example.com",
    "pw_nonce": "2a1b0c9d8e7f6a5b4c3d2e1f0a9b8c7d6e5f4a3b2c1d0e9f8a7b6c5d4e3f2a1b",
    "version": "004",
    "origination": "registration",
    "created": "1698919200000"
  },
  "items": [
    {
      "uuid": "3b0a1f7e-9c2d-4e8f-a1b2-c3d4e5f60718",
      "items_key_id": null,
      "content_type": "SN|ItemsKey",
      "content": "004:9c1f0e2d3b4a59687f6e5d4c3b2a1908:T2mNq+Vx0pYt8...==:eyJrcCI6eyJpZGVudGlmaWVyIjoiYWRpdGkifX0=",
      "enc_item_key": "004:1a2b3c4d5e6f70819203a4b5c6d7e8f9:Zm9vYmFy...==:eyJrcCI6e319",
      "created_at": "2023-11-02T10:00:00.000Z",
      "updated_at": "2023-11-02T10:00:00.000Z"
    },
    {
      "uuid": "11111111-aaaa-4bbb-8ccc-000000000001",
      "items_key_id": "3b0a1f7e-9c2d-4e8f-a1b2-c3d4e5f60718",
      "content_type": "Note",
      "content": "004:6f5e4d3c2b1a09f8e7d6c5b4a3928170:Q0lQSEVSVEVYVA...==:eyJ1IjoiMTExMTExMTEifQ==",
      "enc_item_key": "004:0f1e2d3c4b5a69788796a5b4c3d2e1f0:S0VZ...==:eyJ1IjoiMTExMTExMTEifQ==",
      "created_at": "2024-03-12T08:00:00.000Z",
      "updated_at": "2024-03-12T08:10:00.000Z"
    }
  ]
}`

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
