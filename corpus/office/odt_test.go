package office

import (
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestOpenDocumentSameAsThePage reads testdata/notes.odt, which LibreOffice
// saved from testdata/notes.html (`soffice --headless --convert-to
// odt:writer8 notes.html`, whose import writes the page's <h1> as a
// paragraph in the Heading 1 style), and gets the page's passages.
func TestOpenDocumentSameAsThePage(t *testing.T) {
	page, err := os.ReadFile("testdata/notes.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("testdata/notes.odt")
	if err != nil {
		t.Fatal(err)
	}
	if !IsOdt(doc) || IsOdt(docx(t, map[string]string{"word/document.xml": body("")})) {
		t.Error("IsOdt does not tell an OpenDocument text from a Word document")
	}
	want, got := corpustest.Passages(t, "notes.html", page), corpustest.Passages(t, "notes.odt", doc)
	if !slices.Equal(got, want) {
		t.Errorf("notes.odt gives\n%s\nwant, as the page gives,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(got) < 8 {
		t.Errorf("%d passages, want 8", len(got))
	}
}

// odtFile makes an OpenDocument text of content.xml's office:text, its
// automatic styles, and more parts (name to XML).
func odtFile(t testing.TB, styles, text string, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{"mimetype": "application/vnd.oasis.opendocument.text",
		"content.xml": `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odtNS + `><office:automatic-styles>` +
			styles + `</office:automatic-styles><office:body><office:text>` + text + `</office:text></office:body></office:document-content>`}
	maps.Copy(all, parts)
	return docx(t, all)
}

const odtNS = `xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" ` +
	`xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" ` +
	`xmlns:fo="urn:oasis:names:tc:opendocument:xmlns:xsl-fo-compatible:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"`

// TestOpenDocumentContents: Writer's table of contents is no passage; the
// paragraphs after it are counted as Writer counts them.
func TestOpenDocumentContents(t *testing.T) {
	styles := `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>`
	text := `<text:p text:style-name="P1">Ramsar Convention</text:p>` +
		`<text:table-of-content text:name="Table of Contents1"><text:table-of-content-source text:outline-level="2"/><text:index-body>` +
		`<text:index-title><text:p>Table of Contents</text:p></text:index-title>` +
		`<text:p>1. What counts as a wetland<text:tab/>1</text:p><text:p>2. The Montreux Record<text:tab/>2</text:p></text:index-body></text:table-of-content>` +
		`<text:p>The treaty was signed at Ramsar in 1971.</text:p>` +
		`<text:h text:outline-level="1">The Montreux Record</text:h><text:p>Sites whose character is changing.</text:p>`
	_, got := corpustest.Placed(t, "ramsar.odt", odtFile(t, styles, text, nil))
	want := []string{
		"Ramsar Convention › Definition: The treaty was signed at Ramsar in 1971. (paragraph 5)",
		"Ramsar Convention › The Montreux Record: Sites whose character is changing. (paragraph 7)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOpenDocument reads what Writer marks: a Title paragraph, headings at
// their levels, numbered and bulleted lists nested, a table (a heading in a
// cell read in its place), a line all in bold, a frame's text, a footnote
// after the paragraph that cites it ("Footnote 1: …", as Word's are), a
// comment after its paragraph or in its cell ("Comment: …"),
// spaces written as text:s; and a document that marks nothing as
// plain-text notes.
func TestOpenDocument(t *testing.T) {
	styles := `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>` +
		`<style:style style:name="T1" style:family="text"><style:text-properties fo:font-weight="bold"/></style:style>` +
		`<text:list-style style:name="L1"><text:list-level-style-number text:level="1"/><text:list-level-style-bullet text:level="2"/></text:list-style>`
	text := `<text:p text:style-name="P1">Lokpal</text:p>` +
		`<text:p>The Lokpal is an   ombudsman<text:note><text:note-citation>1</text:note-citation><text:note-body><text:p>Set up in 2013.</text:p></text:note-body></text:note>.</text:p>` +
		`<text:h text:outline-level="1">Composition</text:h>` +
		`<text:list text:style-name="L1"><text:list-item><text:p>A chairperson and up to eight members</text:p>` +
		`<text:list><text:list-item><text:p>Half of them judicial members</text:p></text:list-item></text:list></text:list-item>` +
		`<text:list-item><text:p>Members serve five years or until 70</text:p></text:list-item></text:list>` +
		`<text:h text:outline-level="2">Selection</text:h>` +
		`<text:p><text:span text:style-name="T1">Who chooses</text:span></text:p>` +
		`<text:p>A committee the Prime Minister chairs.<draw:frame><draw:text-box><text:p>Box: the Speaker sits on it.</text:p></draw:text-box></draw:frame></text:p>` +
		`<table:table><table:table-row><table:table-cell><text:p>Body</text:p></table:table-cell><table:table-cell><text:p>Set up</text:p></table:table-cell></table:table-row>` +
		`<table:table-row><table:table-cell><text:h text:outline-level="3">CVC</text:h><text:p>for officials</text:p></table:table-cell><table:table-cell><text:p>1964<office:annotation><dc:creator>Sir</dc:creator><dc:date>2025-06-07T10:14:00</dc:date><text:p>Check the year in the Santhanam report.</text:p></office:annotation></text:p></table:table-cell></table:table-row></table:table>` +
		`<text:p>Its orders bind the government.<office:annotation><dc:creator>Me</dc:creator><text:p>Only its recommendations?</text:p></office:annotation></text:p>`
	got := corpustest.Passages(t, "lokpal.odt", odtFile(t, styles, text, nil))
	want := []string{
		"Lokpal › Definition: The Lokpal is an ombudsman.\nFootnote 1: Set up in 2013.",
		"Lokpal › Composition › 1: A chairperson and up to eight members\n- Half of them judicial members",
		"Lokpal › Composition › 2: Members serve five years or until 70",
		"Lokpal › Composition › Selection › Who chooses › 1: A committee the Prime Minister chairs.",
		"Lokpal › Composition › Selection › Who chooses › 2: Box: the Speaker sits on it.",
		"Lokpal › Composition › Selection › Who chooses › 3: Body: CVC for officials; Set up: 1964 Comment: Check the year in the Santhanam report.",
		"Lokpal › Composition › Selection › Who chooses › 4: Its orders bind the government.",
		"Lokpal › Composition › Selection › Who chooses › 5: Comment: Only its recommendations?",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	plain := `<text:p>GREEN HYDROGEN</text:p><text:p/><text:p>1. Introduction</text:p><text:p>Hydrogen made with renewable power.</text:p>` +
		`<text:p/><text:p>2. Targets</text:p><text:p><text:s text:c="2"/>- 5 MMT a year by 2030</text:p>`
	got = corpustest.Passages(t, "h2.odt", odtFile(t, "", plain, map[string]string{"meta.xml": `<office:document-meta ` + odtNS + ` xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Ignored</dc:title></office:meta></office:document-meta>`}))
	want = []string{"GREEN HYDROGEN › Introduction: Hydrogen made with renewable power.", "GREEN HYDROGEN › Targets: 5 MMT a year by 2030"}
	if !slices.Equal(got, want) {
		t.Errorf("plain notes: got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOpenDocumentBadInput: a password-protected document, one with no
// text and a damaged one are told so.
func TestOpenDocumentBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"password", odtFile(t, "", `<text:p>x</text:p>`, map[string]string{"META-INF/manifest.xml": `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`}), "password-protected"},
		{"empty", odtFile(t, "", `<text:p/>`, nil), "has no text"},
		{"damaged", odtFile(t, "", `<text:p>x</text:span>`, nil), "damaged OpenDocument text: content.xml"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := ConvertOpenDocument(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
			if corpus.FormatOf(tc.data) != "OpenDocument text" {
				t.Errorf("FormatOf = %q", corpus.FormatOf(tc.data))
			}
		})
	}
}

// FuzzConvertOpenDocument: no panic whatever the bytes, and a document
// read has a place for each of its lines and some text.
func FuzzConvertOpenDocument(f *testing.F) {
	f.Add(odtFile(f, "", `<text:h text:outline-level="1">Key Points</text:h><text:list><text:list-item><text:p>A point</text:p></text:list-item></text:list>`, nil))
	f.Add(odtFile(f, "", `<text:p>Plain<text:s text:c="3"/>notes<text:tab/>here</text:p>`, nil))
	f.Add([]byte("PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.text"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := ConvertOpenDocument(data); err == nil {
			checkConverted(t, c)
		}
	})
}

// BenchmarkParseOpenDocument reads an OpenDocument text of 2,000
// paragraphs under 100 headings (about 40 pages) and reports passages a
// second.
func BenchmarkParseOpenDocument(b *testing.B) {
	var text strings.Builder
	text.WriteString(`<text:p text:style-name="P1">Notes on the Constitution</text:p>`)
	for i := range 2000 {
		if i%20 == 0 {
			text.WriteString(`<text:h text:outline-level="1">Part ` + strings.Repeat("I", i/20%5+1) + " of the notes, section " + string(rune('A'+i/20%26)) + `</text:h>`)
		}
		text.WriteString(`<text:p>The article lets Parliament make laws on the subjects of the State List while the proclamation is in force, for the whole country.</text:p>`)
	}
	corpustest.Benchmark(b, "notes.odt", odtFile(b, `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/>`, text.String(), nil))
}

// TestSubtitle: a Subtitle paragraph right under the Title paragraph is the
// notes' subtitle, in a Word document as in an OpenDocument text (Google
// Docs writes both styles), not their definition, however long; under a
// title that only says what kind of notes they are, it is the title.
func TestSubtitle(t *testing.T) {
	sub := "The ombudsman, explained | GS Paper II | from Laxmikanth, PRS summaries, the Lokpal website and class handouts | last edited Aug 2025"
	styles := stylesPart("Title", "Title", "Subtitle", "Subtitle")
	word := docx(t, map[string]string{"word/document.xml": body(para("Title", "Lokpal") + para("Subtitle", sub) +
		para("", "The Lokpal is an ombudsman.") + para("Subtitle", "A subtitle elsewhere")), "word/styles.xml": styles})
	open := odtFile(t, `<style:style style:name="P1" style:family="paragraph" style:parent-style-name="Title"/><style:style style:name="P2" style:family="paragraph" style:parent-style-name="Subtitle"/>`,
		`<text:p text:style-name="P1">Lokpal</text:p><text:p text:style-name="P2">`+sub+`</text:p><text:p>The Lokpal is an ombudsman.</text:p><text:p text:style-name="P2">A subtitle elsewhere</text:p>`, nil)
	for name, data := range map[string][]byte{"lokpal.docx": word, "lokpal.odt": open} {
		d, err := corpus.Parse(name, data)
		if err != nil {
			t.Fatal(err)
		}
		if d.Subtitle != sub || len(d.Passages) == 0 || d.Passages[0].Text != "The Lokpal is an ombudsman.\nA subtitle elsewhere" {
			t.Errorf("%s: subtitle %q, passages %+v", name, d.Subtitle, d.Passages)
		}
	}
	// A title that names only the kind of notes gives way to the subtitle.
	brief := docx(t, map[string]string{"word/document.xml": body(para("Title", "CASE BRIEF") + para("Subtitle", "Kesavananda Bharati v. State of Kerala") +
		para("", "Parliament cannot alter the basic structure.")), "word/styles.xml": styles})
	d, err := corpus.Parse("brief.docx", brief)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Kesavananda Bharati v. State of Kerala" || d.Subtitle != "CASE BRIEF" {
		t.Errorf("brief.docx: title %q, subtitle %q; want the case's name, the kind of notes", d.Title, d.Subtitle)
	}
}
