package office

import (
	"archive/zip"
	"bytes"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/web"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestSameAsThePage reads testdata/notes.docx, which LibreOffice saved
// from testdata/notes.html (`soffice --headless --convert-to
// docx:"MS Word 2007 XML" notes.html`), and gets the page's passages: its
// headings (Heading 1 the title, though a line of tags stands above it),
// nested bulleted and numbered lists, a bold line heading a part, a table.
func TestSameAsThePage(t *testing.T) {
	page, err := os.ReadFile("testdata/notes.html")
	if err != nil {
		t.Fatal(err)
	}
	doc, err := os.ReadFile("testdata/notes.docx")
	if err != nil {
		t.Fatal(err)
	}
	want, got := corpustest.Passages(t, "notes.html", page), corpustest.Passages(t, "notes.docx", doc)
	if !slices.Equal(got, want) {
		t.Errorf("notes.docx gives\n%s\nwant, as the page gives,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(got) < 8 {
		t.Errorf("%d passages, want 8", len(got))
	}
}

// docx makes an office document of the given parts (name to XML), in the
// order of their names; a "mimetype" part first and uncompressed, as
// OpenDocument wants it.
func docx(t testing.TB, parts map[string]string) []byte {
	t.Helper()
	var buf bytes.Buffer
	zw := zip.NewWriter(&buf)
	names := slices.Sorted(maps.Keys(parts))
	if i := slices.Index(names, "mimetype"); i > 0 {
		names = slices.Insert(slices.Delete(names, i, i+1), 0, "mimetype")
	}
	for _, name := range names {
		h := &zip.FileHeader{Name: name, Method: zip.Deflate}
		if name == "mimetype" {
			h.Method = zip.Store
		}
		f, err := zw.CreateHeader(h)
		if err != nil {
			t.Fatal(err)
		}
		f.Write([]byte(parts[name]))
	}
	if err := zw.Close(); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

const ns = `xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"`

func body(paras string) string {
	return `<?xml version="1.0" encoding="UTF-8"?><w:document ` + ns + `><w:body>` + paras + `</w:body></w:document>`
}

// stylesPart is a styles part of paragraph styles, each an ID and a name,
// and, after a "<", the style it is based on: "MyPart", "My Part<Heading1".
func stylesPart(idNames ...string) string {
	var b strings.Builder
	b.WriteString(`<w:styles ` + ns + `>`)
	for i := 0; i+1 < len(idNames); i += 2 {
		name, based, _ := strings.Cut(idNames[i+1], "<")
		b.WriteString(`<w:style w:type="paragraph" w:styleId="` + idNames[i] + `"><w:name w:val="` + name + `"/>`)
		if based != "" {
			b.WriteString(`<w:basedOn w:val="` + based + `"/>`)
		}
		b.WriteString(`</w:style>`)
	}
	b.WriteString(`</w:styles>`)
	return b.String()
}

func para(style, text string) string {
	ppr := ""
	if style != "" {
		ppr = `<w:pPr><w:pStyle w:val="` + style + `"/></w:pPr>`
	}
	return `<w:p>` + ppr + `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r></w:p>`
}

// TestWordsOwnMarkup checks what Word writes that a page has not: a Title
// paragraph, a style based on a heading style, bold switched off, a
// hyperlink's words, deleted text and a content control.
func TestWordsOwnMarkup(t *testing.T) {
	styles := stylesPart("Title", "Title", "Heading1", "heading 1", "MyPart", "My Part<Heading1")
	doc := body(para("Title", "Project Tiger") +
		para("", "Project Tiger was launched in 1973 to save the tiger.") +
		para("MyPart", "Key Points") +
		`<w:p><w:r><w:rPr><w:b w:val="0"/></w:rPr><w:t>The NTCA runs it </w:t></w:r><w:hyperlink><w:r><w:t>under the Act</w:t></w:r></w:hyperlink>` +
		`<w:del><w:r><w:delText>deleted words</w:delText></w:r></w:del><w:r><w:t>.</w:t></w:r></w:p>` +
		`<w:sdt><w:sdtContent>` + para("", "There are 58 tiger reserves now.") + `</w:sdtContent></w:sdt>`)
	got := corpustest.Passages(t, "tiger.docx", docx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles}))
	want := []string{
		"Project Tiger › Definition: Project Tiger was launched in 1973 to save the tiger.",
		"Project Tiger › Key Points › 1: The NTCA runs it under the Act.",
		"Project Tiger › Key Points › 2: There are 58 tiger reserves now.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPagesExported: OneNote exports a section's pages as one document, a
// Title paragraph a page; each page is a section, its headings under it,
// and the file's name titles the whole.
func TestPagesExported(t *testing.T) {
	styles := stylesPart("Title", "Title", "Heading1", "heading 1")
	doc := body(para("Title", "Abolition of Intermediaries") + para("", "Tuesday, 7 October 2025 7:15 PM") +
		para("Heading1", "Background") + para("", "Zamindari covered Bengal and Bihar.") +
		para("Title", "Tenancy Reforms") + para("Heading1", "Operation Barga") + para("", "West Bengal recorded sharecroppers from 1978."))
	got := corpustest.Passages(t, "Land Reforms.docx", docx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles}))
	want := []string{
		"Land Reforms › Abolition of Intermediaries: Tuesday, 7 October 2025 7:15 PM",
		"Land Reforms › Abolition of Intermediaries › Background: Zamindari covered Bengal and Bihar.",
		"Land Reforms › Tenancy Reforms › Operation Barga: West Bengal recorded sharecroppers from 1978.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTextBoxes: a text box's paragraphs come after the paragraph whose
// drawing holds it, once (not again from the copy for old readers).
func TestTextBoxes(t *testing.T) {
	box := `<w:txbxContent>` + para("", "Exam tip: remember 1973.") + `</w:txbxContent>`
	drawing := `<w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">` +
		`<mc:Choice Requires="wps"><w:drawing><wp:anchor xmlns:wp="wp"><a:graphic xmlns:a="a"><a:graphicData><wps:wsp xmlns:wps="wps"><wps:txbx>` + box +
		`</wps:txbx></wps:wsp></a:graphicData></a:graphic></wp:anchor></w:drawing></mc:Choice>` +
		`<mc:Fallback><w:pict><v:shape xmlns:v="v"><v:textbox>` + box + `</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`
	doc := body(para("", "TIGER NOTES") + para("", "") + `<w:p><w:r><w:t>Project Tiger was launched in 1973.</w:t></w:r>` + drawing + `</w:p>`)
	c, err := ConvertDocument(docx(t, map[string]string{"word/document.xml": doc}))
	if err != nil {
		t.Fatal(err)
	}
	if want := "Project Tiger was launched in 1973.\nExam tip: remember 1973.\n"; !strings.HasSuffix(string(c.Text), want) {
		t.Errorf("ConvertDocument() =\n%s\nwant it to end with\n%s", c.Text, want)
	}
}

// TestFootnotes: a footnote follows the paragraph that cites it,
// numbered as Word shows it ("Footnote 1: …"), in that paragraph's section,
// not after the last; a note no paragraph cites follows the text (the
// separator lines Word keeps among them have none).
func TestFootnotes(t *testing.T) {
	styles := stylesPart("Title", "Title", "Heading1", "heading 1")
	doc := body(para("Title", "Gupta Empire") + para("Heading1", "Samudragupta") +
		`<w:p><w:r><w:t>The Prayag prashasti praises his conquests.</w:t></w:r><w:r><w:footnoteReference w:id="2"/></w:r></w:p>` +
		para("", "Harishena, his court poet, wrote it.") + para("Heading1", "Chandragupta II") + para("", "He defeated the Shakas of western India."))
	notes := `<w:footnotes ` + ns + `><w:footnote w:type="separator" w:id="0"><w:p><w:r><w:separator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:type="continuationSeparator" w:id="1"><w:p><w:r><w:continuationSeparator/></w:r></w:p></w:footnote>` +
		`<w:footnote w:id="2">` + para("FootnoteText", "Most scholars think this pillar first stood at Kaushambi.") + `</w:footnote></w:footnotes>`
	endnotes := `<w:endnotes ` + ns + `><w:endnote w:id="1">` + para("", "Source: Fleet, Corpus Inscriptionum Indicarum III.") + `</w:endnote></w:endnotes>`
	got := corpustest.Passages(t, "gupta.docx", docx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles, "word/footnotes.xml": notes, "word/endnotes.xml": endnotes}))
	want := []string{
		"Gupta Empire › Samudragupta › 1: The Prayag prashasti praises his conquests.",
		"Gupta Empire › Samudragupta › 2: Footnote 1: Most scholars think this pillar first stood at Kaushambi.",
		"Gupta Empire › Samudragupta › 3: Harishena, his court poet, wrote it.",
		"Gupta Empire › Chandragupta II › 1: He defeated the Shakas of western India.",
		"Gupta Empire › Chandragupta II › 2: Source: Fleet, Corpus Inscriptionum Indicarum III.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestTableOfContents: a table of contents, Word's (its "TOC Heading" and
// "toc 1" entries, each with its page number) or Writer's ("Contents 1"),
// is no passage, and the text after it is the text before the first
// heading, not the contents'; problems still name the paragraphs as Word
// counts them.
func TestTableOfContents(t *testing.T) {
	for _, names := range [][2]string{{"toc 1", "TOC Heading"}, {"Contents 1", "Contents Heading"}} {
		styles := stylesPart("Title", "Title", "Heading1", "heading 1", "TOC1", names[0], "TOCHeading", names[1])
		entry := `<w:p><w:pPr><w:pStyle w:val="TOC1"/></w:pPr><w:hyperlink w:anchor="_Toc1"><w:r><w:t>Swiss Ribbons (2019)</w:t><w:tab/><w:t>1</w:t></w:r></w:hyperlink></w:p>`
		doc := body(para("Title", "IBC Landmark Cases") + para("TOCHeading", "Contents") + entry + para("", "The Code was written in a hurry.") +
			para("Heading1", "Swiss Ribbons (2019)") + para("", "The Court upheld the Code on 25 January 2019."))
		_, got := corpustest.Placed(t, "ibc.docx", docx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles}))
		want := []string{
			"IBC Landmark Cases › Definition: The Code was written in a hurry. (paragraph 4)",
			"IBC Landmark Cases › Swiss Ribbons (2019): The Court upheld the Code on 25 January 2019. (paragraph 6)",
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got\n%s\nwant\n%s", names[0], strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
	}
}

// TestNotesLaidOutInATable: Cornell notes typed in a Word table, a cue
// beside each row's notes, their first line in bold: each row is a
// section headed by that line and its cue, its notes one passage; the
// columns' names are no row; the summary row across the table is one too.
func TestNotesLaidOutInATable(t *testing.T) {
	bold := func(text string) string { return `<w:p><w:r><w:rPr><w:b/></w:rPr><w:t>` + text + `</w:t></w:r></w:p>` }
	tc := func(paras ...string) string { return `<w:tc>` + strings.Join(paras, "") + `</w:tc>` }
	tr := func(cells ...string) string { return `<w:tr>` + strings.Join(cells, "") + `</w:tr>` }
	table := `<w:tbl>` + tr(tc(bold("Cues / Questions")), tc(bold("Notes"))) +
		tr(tc(para("", "Constitutional post?")), tc(bold("Legal basis"), para("", "Not in the Constitution."), para("", "Governed by the Law Officers Rules, 1987."))) +
		tr(tc(para("", "Who appoints?")), tc(bold("Appointment"), para("", "The Appointments Committee of the Cabinet clears it."))) +
		tr(tc(bold("Summary"), para("", "The SG is a statutory law officer."))) + `</w:tbl>`
	doc := body(para("", "Solicitor General") + para("", "Topic: the post") + table)
	got := corpustest.Passages(t, "sg.docx", docx(t, map[string]string{"word/document.xml": doc}))
	want := []string{
		"Solicitor General › Definition: Topic: the post",
		"Solicitor General › Legal basis (Constitutional post?): Not in the Constitution. Governed by the Law Officers Rules, 1987.",
		"Solicitor General › Appointment (Who appoints?): The Appointments Committee of the Cabinet clears it.",
		"Solicitor General › Summary: The SG is a statutory law officer.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestComments: a comment is read where it is anchored, a paragraph
// after its paragraph; on a list's entry, with the entry, not numbered
// among the entries; on a table's cell, in the cell.
func TestComments(t *testing.T) {
	styles := stylesPart("Title", "Title", "Heading1", "heading 1")
	numbering := `<w:numbering ` + ns + `><w:abstractNum w:abstractNumId="0"><w:lvl w:ilvl="0"><w:numFmt w:val="bullet"/></w:lvl></w:abstractNum>` +
		`<w:num w:numId="1"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	item := func(text, after string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="0"/><w:numId w:val="1"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r>` + after + `</w:p>`
	}
	anchor := func(id string) string {
		return `<w:commentRangeEnd w:id="` + id + `"/><w:r><w:commentReference w:id="` + id + `"/></w:r>`
	}
	doc := body(para("Title", "Revolt of 1857") + para("Heading1", "Political causes") +
		item("Doctrine of Lapse: no adopted heirs.", "") +
		item("Awadh was annexed in 1856 for misgovernment.", anchor("0")) +
		item("The Mughal title was to end with Zafar.", "") +
		para("Heading1", "Course") +
		`<w:p><w:commentRangeStart w:id="1"/><w:r><w:t>Meerut rose on 10 May 1857.</w:t></w:r>` + anchor("1") + `</w:p>` +
		para("Heading1", "Leaders") +
		`<w:tbl><w:tr><w:tc><w:p><w:r><w:t>Place</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Leader</w:t></w:r></w:p></w:tc></w:tr>` +
		`<w:tr><w:tc><w:p><w:r><w:t>Kanpur</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>Nana Saheb</w:t></w:r>` + anchor("2") + `</w:p></w:tc></w:tr></w:tbl>`)
	comments := `<w:comments ` + ns + `><w:comment w:id="0" w:author="Sir">` + para("CommentText", "Awadh was NOT annexed under lapse.") + `</w:comment>` +
		`<w:comment w:id="1" w:author="Me">` + para("CommentText", "A Sunday:") + para("CommentText", "the British were at church.") + `</w:comment>` +
		`<w:comment w:id="2" w:author="Sir">` + para("CommentText", "Add Tantia Tope, his general.") + `</w:comment></w:comments>`
	got := corpustest.Passages(t, "1857.docx", docx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles,
		"word/numbering.xml": numbering, "word/comments.xml": comments}))
	want := []string{
		"Revolt of 1857 › Political causes › 1: Doctrine of Lapse: no adopted heirs.",
		"Revolt of 1857 › Political causes › 2: Awadh was annexed in 1856 for misgovernment.\n- Comment: Awadh was NOT annexed under lapse.",
		"Revolt of 1857 › Political causes › 3: The Mughal title was to end with Zafar.",
		"Revolt of 1857 › Course › 1: Meerut rose on 10 May 1857.",
		"Revolt of 1857 › Course › 2: Comment: A Sunday: the British were at church.",
		"Revolt of 1857 › Leaders: Place: Kanpur; Leader: Nana Saheb Comment: Add Tantia Tope, his general.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestNumberedLists: entries numbered at their levels, a list's entries
// under a new entry above numbered from 1 again, bullets where the level's
// format is a bullet.
func TestNumberedLists(t *testing.T) {
	numbering := `<w:numbering ` + ns + `><w:abstractNum w:abstractNumId="0">` +
		`<w:lvl w:ilvl="0"><w:numFmt w:val="decimal"/></w:lvl><w:lvl w:ilvl="1"><w:numFmt w:val="lowerLetter"/></w:lvl><w:lvl w:ilvl="2"><w:numFmt w:val="bullet"/></w:lvl>` +
		`</w:abstractNum><w:num w:numId="5"><w:abstractNumId w:val="0"/></w:num></w:numbering>`
	item := func(level int, text string) string {
		return `<w:p><w:pPr><w:numPr><w:ilvl w:val="` + string(rune('0'+level)) + `"/><w:numId w:val="5"/></w:numPr></w:pPr><w:r><w:t>` + text + `</w:t></w:r></w:p>`
	}
	doc := body(para("", "Writs") + item(0, "Habeas corpus") + item(1, "produce the body") + item(1, "against anyone") +
		item(0, "Mandamus") + item(1, "a public duty") + item(2, "not against the President"))
	c, err := ConvertDocument(docx(t, map[string]string{"word/document.xml": doc, "word/numbering.xml": numbering}))
	if err != nil {
		t.Fatal(err)
	}
	want := "1. Habeas corpus\n  1. produce the body\n  2. against anyone\n2. Mandamus\n  1. a public duty\n    - not against the President\n"
	if !strings.Contains(string(c.Text), want) {
		t.Errorf("ConvertDocument() =\n%s\nwant it to hold\n%s", c.Text, want)
	}
}

// TestTypedText: a document with no heading styles, lists or tables is
// read as typed text (a text file opened in Word is one), by the rules of
// plain-text notes: its numbered and upper-case headings, its indentation.
func TestTypedText(t *testing.T) {
	text := "PROJECT TIGER\n\n1. INTRODUCTION\nLaunched in 1973 at Jim Corbett.\n\n2. KEY POINTS\n- The NTCA runs it.\n- There are 58 reserves.\n"
	var paras strings.Builder
	for _, l := range strings.Split(strings.TrimSuffix(text, "\n"), "\n") {
		paras.WriteString(para("", l))
	}
	got := corpustest.Passages(t, "tiger.docx", docx(t, map[string]string{"word/document.xml": body(paras.String())}))
	want := corpustest.Passages(t, "tiger.txt", []byte(text))
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant, as the text gives,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSymbols: a character inserted from a symbol font reads as the sign
// it shows (Wingdings' arrow, Symbol's Greek letters); a picture, as
// nothing.
func TestSymbols(t *testing.T) {
	sym := func(font, char string) string {
		return `<w:r><w:sym w:font="` + font + `" w:char="` + char + `"/></w:r>`
	}
	run := func(text string) string { return `<w:r><w:t xml:space="preserve">` + text + `</w:t></w:r>` }
	paras := para("", "Inland waterways") +
		`<w:p>` + run("Entry 24, Union List ") + sym("Wingdings", "F0E0") + run(" shipping on national waterways.") + `</w:p>` +
		`<w:p>` + run("Heat of 45") + sym("Symbol", "F0B0") + run("C or more; ") + sym("Symbol", "F061") + run(" particles ") + sym("Wingdings", "F04A") + run("are harmless.") + `</w:p>`
	got := strings.Join(corpustest.Passages(t, "w.docx", docx(t, map[string]string{"word/document.xml": body(paras)})), "\n")
	for _, want := range []string{"Entry 24, Union List → shipping on national waterways.", "Heat of 45°C or more; α particles are harmless."} {
		if !strings.Contains(got, want) {
			t.Errorf("passages lack %q:\n%s", want, got)
		}
	}
}

// TestProblemsAtParagraphs: a problem is told at the document's paragraph
// ("no title": at its first words, the second paragraph, after an empty
// one).
func TestProblemsAtParagraphs(t *testing.T) {
	styles := stylesPart("Heading1", "heading 1")
	doc := body(para("", "") + para("", "The tiger is the national animal.") + para("Heading1", "Causes") + para("", "Poaching.") +
		para("Heading1", "Effects") + para("", "Fewer tigers."))
	d, err := corpus.Parse("tiger.docx", docx(t, map[string]string{"word/document.xml": doc, "word/styles.xml": styles}))
	if err != nil {
		t.Fatal(err)
	}
	var msgs []string
	for _, w := range d.Warnings {
		msgs = append(msgs, w.Error())
	}
	if !slices.ContainsFunc(msgs, func(m string) bool { return strings.HasPrefix(m, "tiger.docx: paragraph 2: ") }) {
		t.Errorf("problems %q, want one at paragraph 2", msgs)
	}
	if d.Unit != "paragraph" {
		t.Errorf("Unit = %q, want paragraph", d.Unit)
	}
}

// TestBadInput: a clear error, never a panic, for what is not a Word
// document or is too large.
func TestBadInput(t *testing.T) {
	deep := strings.Repeat("<w:sdt>", maxDepth+10)
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04word/ but not a zip at all"), "not a Word document (.docx)"},
		{"a zip of something else", docx(t, map[string]string{"word/other.xml": "<x/>"}), "it has no word/document.xml"},
		{"an old .doc or a password", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 and more"), "save it as .docx without a password"},
		{"broken XML", docx(t, map[string]string{"word/document.xml": "<w:document " + ns + "><w:body><w:p>"}), ""},
		{"nested too deep", docx(t, map[string]string{"word/document.xml": body(deep)}), "nests more than"},
		{"no text", docx(t, map[string]string{"word/document.xml": body(para("", ""))}), "has no text"},
		{"styles and numbering of something else", docx(t, map[string]string{"word/document.xml": body(para("", "")),
			"word/styles.xml": "<other/>", "word/numbering.xml": "<other/>"}), "has no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConvertDocument(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ConvertDocument() error = %v, want one saying %q", err, tt.want)
			}
		})
	}
	big := bytes.Repeat([]byte{0}, MaxBytes+1)
	if _, err := ConvertDocument(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("ConvertDocument(%d MB) error = %v, want too large", len(big)>>20, err)
	}
}

// FuzzConvert: no panic whatever the bytes, and a document read has a
// place for each of its lines and some text.
func FuzzConvert(f *testing.F) {
	f.Add(docx(f, map[string]string{"word/document.xml": body(para("", "Tiger notes") + para("Heading1", "Key Points"))}))
	f.Add([]byte("PK\x03\x04word/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := ConvertDocument(data); err == nil {
			checkConverted(t, c)
		}
	})
}

// checkConverted: a document read has a place for each of its lines and
// some text.
func checkConverted(t *testing.T, c corpus.Converted) {
	t.Helper()
	if lines := bytes.Count(c.Text, []byte("\n")); len(c.Origin) != lines {
		t.Errorf("%d places for %d lines", len(c.Origin), lines)
	}
	if len(bytes.TrimSpace(c.Text)) == 0 {
		t.Errorf("a document with no text read")
	}
}

// BenchmarkParse reads a Word document of 2,000 paragraphs under 100
// headings (about 40 pages) and reports passages a second.
func BenchmarkParse(b *testing.B) {
	styles := stylesPart("Heading1", "heading 1")
	var paras strings.Builder
	paras.WriteString(para("", "Notes on the Constitution"))
	for i := range 2000 {
		if i%20 == 0 {
			paras.WriteString(para("Heading1", "Part "+strings.Repeat("I", i/20%5+1)+" of the notes, section "+string(rune('A'+i/20%26))))
		}
		paras.WriteString(para("", "The article lets Parliament make laws on the subjects of the State List while the proclamation is in force, for the whole country."))
	}
	corpustest.Benchmark(b, "notes.docx", docx(b, map[string]string{"word/document.xml": body(paras.String()), "word/styles.xml": styles}))
}
