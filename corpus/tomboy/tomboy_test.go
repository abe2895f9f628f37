package tomboy

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/feed" // .xml files are read, as where notes are loaded, so manifest.xml is found
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// tomboy is a note as Tomboy 1.15 saves it: the title again as the
// content's first line, sections in huge and large letters, a line in
// bold heading the text under it, a nested list (each item's newline
// inside it), links to notes and to the web, a table typed in columns in
// monospace, struck and highlighted words, and the app's state after the
// text: dates, the window, the cursor, a notebook and a pin. (Tomboy ends
// the last item's line after the </list>.)
const tomboy = `<?xml version="1.0" encoding="utf-8"?>
<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
  <title>Fundamental Rights (Part III)</title>
  <text xml:space="preserve"><note-content version="0.1">Fundamental Rights (Part III)

Part III of the Constitution (Articles 12 to 35) is called the <italic>Magna Carta</italic> of India. The rights are <bold>justiciable</bold>: a person can move the Supreme Court under <link:internal>Article 32</link:internal>.

<size:huge>Right to Equality</size:huge>
Article 14 – equality before law and equal protection of laws.
Article 15 – no discrimination on grounds of religion, race, caste, sex or place of birth.
Article 16 – equality of opportunity in public employment; <strikethrough>50%</strikethrough> ceiling on reservation per <link:broken>Indra Sawhney</link:broken> (1992)

<size:large>Abolitions</size:large>
<list><list-item dir="ltr">Article 17 – untouchability
<list><list-item dir="ltr">Protection of Civil Rights Act, 1955
</list-item></list></list-item><list-item dir="ltr">Article 18 – titles (not military or academic distinctions)</list-item></list>
<size:huge>Right to Freedom</size:huge>
<bold>Article 19 freedoms</bold>
Six freedoms, available to citizens only. Text: <link:url>https://legislative.gov.in/constitution-of-india</link:url>

<monospace>Article    Freedom                   Restrictions
19(1)(a)   speech and expression     sovereignty, public order
19(1)(b)   assembly                  public order</monospace>

<highlight>Article 21 – life and personal liberty</highlight> is available to all persons, citizens and foreigners.
<size:small>Maneka Gandhi (1978): procedure must be fair, just and reasonable.</size:small></note-content></text>
  <last-change-date>2025-02-11T21:14:06.4410870+05:30</last-change-date>
  <last-metadata-change-date>2025-02-11T21:14:06.4410870+05:30</last-metadata-change-date>
  <create-date>2025-01-28T09:02:51.1175210+05:30</create-date>
  <cursor-position>412</cursor-position>
  <selection-bound-position>-1</selection-bound-position>
  <width>542</width>
  <height>618</height>
  <x>388</x>
  <y>96</y>
  <tags>
    <tag>system:notebook:UPSC Polity</tag>
    <tag>system:pinned</tag>
  </tags>
  <open-on-startup>False</open-on-startup>
</note>
`

// gnote is a note as Gnote saves one (version 1), typed with no
// headings marked: a line in capitals over a list, a table typed with
// tabs, a link to another note.
const gnote = `<?xml version="1.0" encoding="utf-8"?>
<note version="1" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
  <title>Writs – Articles 32 and 226</title>
  <text xml:space="preserve"><note-content version="1">Writs – Articles 32 and 226

The Supreme Court issues writs under Article 32, the High Courts under Article 226.
Dr Ambedkar called Article 32 the heart and soul of the Constitution.

TYPES OF WRITS
<list><list-item dir="ltr">Habeas corpus
</list-item><list-item dir="ltr">Mandamus
</list-item><list-item dir="ltr">Certiorari and prohibition</list-item></list>

Writ	Meaning	Issued against
Habeas corpus	to have the body	public authorities and private persons
Quo warranto	by what authority	the holder of a public office

Article 32 is itself a Fundamental Right; read with <link:internal>Fundamental Rights (Part III)</link:internal>.</note-content></text>
  <last-change-date>2025-02-12T08:40:19.052311+05:30</last-change-date>
  <last-metadata-change-date>2025-02-12T08:40:19.052311+05:30</last-metadata-change-date>
  <create-date>2025-02-12T08:31:02.640912+05:30</create-date>
  <cursor-position>0</cursor-position>
  <selection-bound-position>-1</selection-bound-position>
  <width>450</width>
  <height>360</height>
  <x>0</x>
  <y>0</y>
  <tags>
    <tag>system:notebook:UPSC Polity</tag>
    <tag>writs</tag>
  </tags>
  <open-on-startup>False</open-on-startup>
</note>
`

// TestConvert reads a note marked up with headings as Markdown, and a
// note typed plain as text; each is titled by its title (not read again
// from its first line) and filed under its notebook.
func TestConvert(t *testing.T) {
	for _, tt := range []struct {
		name, data, title string
		want              []string
	}{
		{"8a6c1f4e-2b1d-4d55-9a43-5f3e0c9b7d21.note", tomboy, "Fundamental Rights (Part III)", []string{
			"Fundamental Rights (Part III) › Definition: Part III of the Constitution (Articles 12 to 35) is called the Magna Carta of India. The rights are justiciable: a person can move the Supreme Court under Article 32. (line 6)",
			"Fundamental Rights (Part III) › Right to Equality: Article 14 – equality before law and equal protection of laws.\n" +
				"Article 15 – no discrimination on grounds of religion, race, caste, sex or place of birth.\n" +
				"Article 16 – equality of opportunity in public employment; 50% ceiling on reservation per Indra Sawhney (1992) (line 9)",
			"Fundamental Rights (Part III) › Right to Equality › Abolitions › 1: Article 17 – untouchability\n- Protection of Civil Rights Act, 1955 (line 14)",
			"Fundamental Rights (Part III) › Right to Equality › Abolitions › 2: Article 18 – titles (not military or academic distinctions) (line 16)",
			"Fundamental Rights (Part III) › Right to Freedom › Article 19 freedoms › 1: Six freedoms, available to citizens only. Text: https://legislative.gov.in/constitution-of-india (line 19)",
			"Fundamental Rights (Part III) › Right to Freedom › Article 19 freedoms › 2: Article: 19(1)(a); Freedom: speech and expression; Restrictions: sovereignty, public order (line 22)",
			"Fundamental Rights (Part III) › Right to Freedom › Article 19 freedoms › 3: Article: 19(1)(b); Freedom: assembly; Restrictions: public order (line 23)",
			"Fundamental Rights (Part III) › Right to Freedom › Article 19 freedoms › 4: Article 21 – life and personal liberty is available to all persons, citizens and foreigners.\n" +
				"Maneka Gandhi (1978): procedure must be fair, just and reasonable. (line 25)",
		}},
		{"e0d4b6a2-7c3f-4f8e-b1a9-3d2c6e5f4a10.note", gnote, "Writs – Articles 32 and 226", []string{
			"Writs – Articles 32 and 226 › Definition › 1: The Supreme Court issues writs under Article 32, the High Courts under Article 226. (line 6)",
			"Writs – Articles 32 and 226 › Definition › 2: Dr Ambedkar called Article 32 the heart and soul of the Constitution. (line 7)",
			"Writs – Articles 32 and 226 › TYPES OF WRITS › 1: Habeas corpus (line 10)",
			"Writs – Articles 32 and 226 › TYPES OF WRITS › 2: Mandamus (line 11)",
			"Writs – Articles 32 and 226 › TYPES OF WRITS › 3: Certiorari and prohibition (line 12)",
			"Writs – Articles 32 and 226 › TYPES OF WRITS › 4: Writ: Habeas corpus; Meaning: to have the body; Issued against: public authorities and private persons (line 15)",
			"Writs – Articles 32 and 226 › TYPES OF WRITS › 5: Writ: Quo warranto; Meaning: by what authority; Issued against: the holder of a public office (line 16)",
			"Writs – Articles 32 and 226 › TYPES OF WRITS › 6: Article 32 is itself a Fundamental Right; read with Fundamental Rights (Part III). (line 18)",
		}},
	} {
		if f := corpus.FormatOf([]byte(tt.data)); f != "Tomboy note" {
			t.Errorf("%s: FormatOf = %q, want Tomboy note", tt.name, f)
		}
		d, got := corpustest.Placed(t, tt.name, []byte(tt.data))
		if !slices.Equal(got, tt.want) {
			t.Errorf("%s: passages\n%s\nwant\n%s", tt.name, strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
		}
		if d.Title != tt.title || d.Category != "UPSC Polity" || d.Format != "Tomboy note" {
			t.Errorf("%s: title %q, category %q, format %q; want %q, UPSC Polity, Tomboy note", tt.name, d.Title, d.Category, d.Format, tt.title)
		}
	}
}

// TestTags: the notebooks are the category, the tags the user gave are
// tags, the app's own tags are left out.
func TestTags(t *testing.T) {
	d, _ := corpustest.Placed(t, "n.note", []byte(gnote))
	if !slices.Equal(d.Tags, []string{"writs"}) {
		t.Errorf("tags %q, want [writs]", d.Tags)
	}
	d, _ = corpustest.Placed(t, "n.note", []byte(tomboy))
	if len(d.Tags) != 0 {
		t.Errorf("tags %q, want none (system:pinned is the app's)", d.Tags)
	}
}

// noteOf is a note as Tomboy writes one, of content (its title, Polity,
// the first line) and tags.
func noteOf(content, tags string) string {
	return `<?xml version="1.0" encoding="utf-8"?>
<note version="0.3" xmlns:link="http://beatniksoftware.com/tomboy/link" xmlns:size="http://beatniksoftware.com/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
  <title>Polity</title>
  <text xml:space="preserve"><note-content version="0.1">Polity
` + content + `</note-content></text>
  <last-change-date>2025-03-01T10:00:00.0000000+05:30</last-change-date>
  <tags>` + tags + `</tags>
  <open-on-startup>False</open-on-startup>
</note>`
}

// TestShapes: the shapes of lists the apps write, the headings a note's
// marks make, and the lines kept as typed.
func TestShapes(t *testing.T) {
	for _, tt := range []struct {
		name, content string
		want          []string // the lines of the text under the title
	}{
		{"Tomboy's list: an item's newline inside it, the last one's after the list",
			"<list><list-item dir=\"ltr\">Article 14\n</list-item><list-item dir=\"ltr\">Article 15\n<list><list-item dir=\"ltr\">Clause (4)</list-item></list></list-item></list>\nAfter",
			[]string{"- Article 14", "- Article 15", "  - Clause (4)", "After"}},
		{"tomboy-ng's list: a list an item, a newline after each",
			"<list><list-item dir=\"ltr\">Article 14</list-item></list>\n<list><list-item dir=\"ltr\">Article 15</list-item></list>\n",
			[]string{"- Article 14", "- Article 15"}},
		{"no newlines, a list nested in an item",
			"Rights<list><list-item dir=\"ltr\">entry<list><list-item>nested</list-item></list></list-item></list>",
			[]string{"Rights", "- entry", "  - nested"}},
		{"indented by hand between items",
			"<list>\n  <list-item dir=\"ltr\">one</list-item>\n  <list-item dir=\"ltr\">two</list-item>\n</list>",
			[]string{"- one", "- two"}},
		{"a blank line after a list stays",
			"<list><list-item dir=\"ltr\">one</list-item></list>\n\nAfter",
			[]string{"- one", "", "After"}},
		{"large alone heads a section at ##",
			"<size:large>Writs</size:large>\nFive kinds.",
			[]string{"## Writs", "", "Five kinds."}},
		{"huge over large",
			"<size:huge>Rights</size:huge>\n<size:large><bold>Equality</bold></size:large>\nArticle 14.",
			[]string{"## Rights", "", "### Equality", "", "Article 14."}},
		{"bold alone over text heads it",
			"<bold>Article 32</bold>\nThe right to constitutional remedies.\nIt can be suspended in an emergency.",
			[]string{"**Article 32**", "", "The right to constitutional remedies.  ", "It can be suspended in an emergency."}},
		{"a sentence in bold stresses it",
			"<bold>Article 32 is itself a Fundamental Right.</bold>\nArticle 226 is not.",
			[]string{"Article 32 is itself a Fundamental Right.", "Article 226 is not."}},
		{"bold with nothing after is text",
			"Remember:\n<bold>Ambedkar</bold>",
			[]string{"Remember:", "Ambedkar"}},
		{"a line in large letters in a sentence is text",
			"a <size:large>big</size:large> word",
			[]string{"a big word"}},
		{"columns under no header are labels and values",
			"<size:large>Writs</size:large>\nHabeas corpus    to have the body\nMandamus    we command\nIssued by the Supreme Court.",
			[]string{"## Writs", "", "Habeas corpus: to have the body  ", "Mandamus: we command  ", "Issued by the Supreme Court."}},
		{"columns of unlike counts stay lines",
			"<size:large>Amendments</size:large>\n44th    1978    property\n42nd    Fundamental Duties\nsee notes",
			[]string{"## Amendments", "", "44th    1978    property  ", "42nd    Fundamental Duties  ", "see notes"}},
		{"markup typed in the text is kept as text",
			"<size:large>Symbols</size:large>\n# of writs: 5 &lt;b&gt;not bold&lt;/b&gt; [1]",
			[]string{"## Symbols", "", "\\# of writs: 5 &lt;b>not bold&lt;/b> &#91;1]"}},
	} {
		c, err := Convert([]byte(noteOf(tt.content, "")))
		if err != nil {
			t.Errorf("%s: %v", tt.name, err)
			continue
		}
		corpustest.Lined(t, c)
		lines := strings.Split(strings.TrimSuffix(string(c.Text), "\n"), "\n")
		if got := lines[2:]; !slices.Equal(got, tt.want) { // under the title and its blank line
			t.Errorf("%s: lines\n%q\nwant\n%q", tt.name, got, tt.want)
		}
	}
}

// TestFolder reads a folder of notes as Tomboy keeps it: the notes read,
// a template, an empty note and the sync manifest skipped as part of how
// Tomboy keeps notes, another app's .note skipped as not a note.
func TestFolder(t *testing.T) {
	dir := t.TempDir()
	template := noteOf("\nDescribe your new note here.", "<tag>system:template</tag>")
	template = strings.ReplaceAll(template, "Polity", "New Note Template")
	files := map[string]string{
		"8a6c1f4e-2b1d-4d55-9a43-5f3e0c9b7d21.note": tomboy,
		"e0d4b6a2-7c3f-4f8e-b1a9-3d2c6e5f4a10.note": gnote,
		"0b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b.note": template,
		"6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c.note": noteOf("\n\n", "<tag>system:notebook:UPSC Polity</tag>"),
		"manifest.xml":          `<?xml version="1.0" encoding="utf-8"?><manifest xmlns="http://beatniksoftware.com/tomboy"><last-sync-date>2025-02-12T08:40:19.052311+05:30</last-sync-date><last-sync-rev>41</last-sync-rev><server-id>3f2e…</server-id></manifest>`,
		"Lecture 4 sketch.note": string(corpustest.Zip(t, "Session.plist", "bplist00")), // a Notability note
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := corpus.ReadPaths(context.Background(), []string{dir}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, d := range rep.Docs {
		titles = append(titles, d.Title)
	}
	slices.Sort(titles)
	if want := []string{"Fundamental Rights (Part III)", "Writs – Articles 32 and 226"}; !slices.Equal(titles, want) || len(rep.Problems) > 0 {
		t.Errorf("read %q, problems %v; want %q and none", titles, rep.Problems, want)
	}
	why := map[string]string{}
	expected := map[string]bool{}
	for _, s := range rep.Skipped {
		why[filepath.Base(s.Path)], expected[filepath.Base(s.Path)] = s.Reason, s.Expected
	}
	for name, reason := range map[string]string{
		"0b1e2f3a-4c5d-4e6f-8a9b-0c1d2e3f4a5b.note": "a Tomboy note template",
		"6f5e4d3c-2b1a-4f0e-9d8c-7b6a5f4e3d2c.note": "a Tomboy note with no text, only its title",
		"manifest.xml": "the manifest of a Tomboy or Gnote notes folder, kept for syncing, beside its notes",
	} {
		if why[name] != reason || !expected[name] {
			t.Errorf("%s skipped %q (expected %v), want %q as part of the notes", name, why[name], expected[name], reason)
		}
	}
	if why["Lecture 4 sketch.note"] == "" {
		t.Errorf("the Notability note was not skipped; skipped %v", rep.Skipped)
	}
}

func TestBadNotes(t *testing.T) {
	head := `<?xml version="1.0" encoding="utf-8"?><note version="0.3" xmlns="http://beatniksoftware.com/tomboy"><title>Polity</title>`
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", head + `<text xml:space="preserve"><note-content version="0.1">Polity` + "\n" + `Article 14 guarantees <bold>equal`, "damaged Tomboy note: XML syntax error on line 2: unexpected EOF"},
		{"empty file", "", "an empty file, not a Tomboy note"},
		{"no elements", `<?xml version="1.0" encoding="utf-8"?>`, "damaged Tomboy note: no <note> in it"},
		{"a Notability note", string(corpustest.Zip(t, "Session.plist", "bplist00")), "not a Tomboy or Gnote note: a ZIP archive (Notability saves its notes so)"},
		{"text", "Polity\nArticle 14", "not a Tomboy or Gnote note: not XML"},
		{"no content", head + `<last-change-date>2025-03-01T10:00:00.0000000+05:30</last-change-date></note>`, "damaged Tomboy note: it has no <note-content>"},
		{"another XML file", `<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><text>Polity</text></svg>`, "not a Tomboy or Gnote note: it holds <svg>"},
		{"only the title", head + `<text xml:space="preserve"><note-content version="0.1">Polity` + "\n\n" + `</note-content></text></note>`, "a Tomboy note with no text, only its title"},
		{"another encoding", `<?xml version="1.0" encoding="iso-8859-1"?>` + head[strings.Index(head, "<note"):], "the note is in the iso-8859-1 encoding; Tomboy and Gnote write UTF-8"},
		{"nested too deep", head + `<text xml:space="preserve"><note-content version="0.1">Polity` + strings.Repeat("<bold>", maxDepth+1), "damaged Tomboy note: its text's marks nest more than 64 deep"},
		{"too large", head + strings.Repeat(" ", MaxBytes), "note too large: 10 MB (the limit is 10 MB)"},
		{"too many lines", head + `<text xml:space="preserve"><note-content version="0.1">Polity` + strings.Repeat("\n", maxLines+1) + `</note-content></text></note>`, "note too long: more than 200000 lines"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || err.Error() != tt.want {
			t.Errorf("%s: error %v, want %q", tt.name, err, tt.want)
		}
	}
}

func TestIsNote(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"Tomboy", tomboy, true},
		{"Gnote", gnote, true},
		{"with a byte-order mark", "\ufeff" + tomboy, true},
		{"GNOME Notes (Bijiben), another namespace", `<?xml version="1.0" encoding="UTF-8"?><note version="1" xmlns="http://projects.gnome.org/bijiben"><title>Polity</title></note>`, false},
		{"a Notability note", string(corpustest.Zip(t, "Session.plist", "bplist00")), false},
		{"a blog feed", `<?xml version="1.0"?><rss version="2.0"><channel><title>Polity</title></channel></rss>`, false},
	} {
		if got := IsNote([]byte(tt.data)); got != tt.want {
			t.Errorf("IsNote(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; a note read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(tomboy))
	f.Add([]byte(gnote))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("n.note", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
