package fb2

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// reader is a book as FictionBook Editor saves it, an element a line:
// a description with genres, keywords, a cover, a series, the file's
// history and the publisher's details; a body titled by its author, its
// title and a subtitle, with an epigraph; chapters titled in two
// paragraphs, sections within them and one untitled after them; a
// scene break, a subtitle, paragraphs numbered as a list, a cite, a
// table and a poem; notes, short and long, and one cited nowhere; the
// cover's picture.
const reader = `<?xml version="1.0" encoding="UTF-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
 <description>
  <title-info>
   <genre>sci_juris</genre>
   <genre>sci_politics</genre>
   <author>
    <first-name>Meera</first-name>
    <last-name>Raghavan</last-name>
    <email>meera.r@example.org</email>
   </author>
   <book-title>Fundamental Rights: A Reader</book-title>
   <annotation>
    <p>A short reader on Part III of the Constitution for the civil services examination, with the leading cases on each Article.</p>
   </annotation>
   <keywords>polity, constitution, upsc</keywords>
   <date>2024</date>
   <coverpage>
    <image l:href="#cover.jpg"/>
   </coverpage>
   <lang>en</lang>
   <sequence name="Polity Readers" number="3"/>
  </title-info>
  <document-info>
   <author>
    <nickname>polity_notes</nickname>
   </author>
   <program-used>FictionBook Editor Release 2.6.7</program-used>
   <date value="2024-08-14">14.08.2024</date>
   <id>6F1C8A2E-4B7D-4C1A-9E3F-2D5B8A7C1E90</id>
   <version>1.1</version>
   <history>
    <p>1.0 — file created</p>
    <p>1.1 — notes checked</p>
   </history>
  </document-info>
  <publish-info>
   <publisher>Self-published</publisher>
   <year>2024</year>
  </publish-info>
 </description>
 <body>
  <image l:href="#cover.jpg"/>
  <title>
   <p>Meera Raghavan</p>
   <p>Fundamental Rights: A Reader</p>
   <p>Part III of the Constitution</p>
  </title>
  <epigraph>
   <p>EQUALITY of status and of opportunity.</p>
   <text-author>The Preamble</text-author>
  </epigraph>
  <section>
   <title>
    <p>Chapter 1</p>
    <p>The Right to Equality</p>
   </title>
   <p>Articles 14 to 18 make up the right to equality. Article 14 promises <strong>equality before the law</strong> and the <emphasis>equal protection of the laws</emphasis>.<a l:href="#n1" type="note">[1]</a></p>
   <subtitle>* * *</subtitle>
   <section>
    <title>
     <p>1.1 Article 14</p>
    </title>
    <p>Article 14 binds the State, not private persons.</p>
    <subtitle>Reasonable classification</subtitle>
    <p>Article 14 forbids class legislation but allows a reasonable classification, which passes two tests.<a l:href="#n2" type="note">[2]</a></p>
    <p>1. It rests on an intelligible differentia.</p>
    <p>2. The differentia has a rational relation to the object of the law.</p>
   </section>
   <section>
    <title>
     <p>1.2 Article 17</p>
    </title>
    <cite>
     <p>“Untouchability” is abolished and its practice in any form is forbidden.</p>
     <text-author>Article 17</text-author>
    </cite>
    <p>The Protection of Civil Rights Act, 1955 punishes its practice.</p>
   </section>
   <section>
    <p>Article 18 abolishes titles, but for military and academic distinctions.</p>
   </section>
  </section>
  <section>
   <title>
    <p>Chapter 2</p>
    <p>Rights of Freedom</p>
   </title>
   <p>Article 19(1) guarantees six freedoms to citizens alone:</p>
   <table>
    <tr><th>Clause</th><th>Freedom</th></tr>
    <tr><td>19(1)(a)</td><td>Speech and expression</td></tr>
    <tr><td>19(1)(b)</td><td>To assemble peaceably and without arms</td></tr>
   </table>
   <empty-line/>
   <poem>
    <title>
     <p>A rhyme for Part III</p>
    </title>
    <stanza>
     <v>Fourteen to eighteen, equal we stand;</v>
     <v>Nineteen to twenty-two, freedom in hand;</v>
    </stanza>
    <stanza>
     <v>Thirty-two guards them all, the heart of the plan.</v>
    </stanza>
    <text-author>A topper's notebook</text-author>
    <date>2019</date>
   </poem>
  </section>
 </body>
 <body name="notes">
  <title>
   <p>Notes</p>
  </title>
  <section id="n1">
   <title>
    <p>1</p>
   </title>
   <p>The first phrase is English, from Dicey; the second American, from the Fourteenth Amendment.</p>
  </section>
  <section id="n2">
   <title>
    <p>2</p>
   </title>
   <p>The twin test was laid down in State of West Bengal v. Anwar Ali Sarkar (1952), where a law letting the State send any case to a Special Court without saying which cases or why was struck down: the classification it made had no differentia a court could see, and so no relation to the object of speedier trials that the State claimed for it.</p>
   <p>In E. P. Royappa v. State of Tamil Nadu (1974) the Court added a second, wider reading: equality is the opposite of arbitrariness, so an arbitrary act of the State is unequal and breaks Article 14 even where no class is made at all. Maneka Gandhi (1978) carried this reading into Article 21.</p>
  </section>
  <section id="n3">
   <title>
    <p>3</p>
   </title>
   <p>Titles conferred before 1950 by the British Crown lapsed with the Constitution.</p>
  </section>
 </body>
 <binary id="cover.jpg" content-type="image/jpeg">/9j/4AAQSkZJRgABAQEASABIAAD/2wBDAAMCAgMCAgMDAwMEAwMEBQgFBQQEBQoHBwYIDAoMDAsKCwsNDhIQDQ4RDgsLEBYQERMUFRUVDA8XGBYUGBIUFRT/wAALCAABAAEBAREA/8QAFAABAAAAAAAAAAAAAAAAAAAACf/EABQQAQAAAAAAAAAAAAAAAAAAAAD/2gAIAQEAAD8AKp//2Q==</binary>
</FictionBook>`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(reader)); f != "FictionBook e-book" {
		t.Errorf("FormatOf = %q, want FictionBook e-book", f)
	}
	d, got := corpustest.Placed(t, "rights.fb2", []byte(reader))
	const book = "Fundamental Rights: A Reader › "
	want := []string{
		book + "Definition: EQUALITY of status and of opportunity. — The Preamble (line 50)",
		book + "Chapter 1. The Right to Equality: Articles 14 to 18 make up the right to equality. Article 14 promises equality before the law and the equal protection of the laws. (The first phrase is English, from Dicey; the second American, from the Fourteenth Amendment.) (line 58)", // the short note where it is cited
		book + "Chapter 1. The Right to Equality › Article 14: Article 14 binds the State, not private persons. (line 64)",
		book + "Chapter 1. The Right to Equality › Article 14 › Reasonable classification › 1: Article 14 forbids class legislation but allows a reasonable classification, which passes two tests.[2] (line 66)",
		book + "Chapter 1. The Right to Equality › Article 14 › Reasonable classification › 2: 1. It rests on an intelligible differentia. (line 67)",
		book + "Chapter 1. The Right to Equality › Article 14 › Reasonable classification › 3: 2. The differentia has a rational relation to the object of the law. (line 68)",
		book + "Chapter 1. The Right to Equality › Article 17 › 1: “Untouchability” is abolished and its practice in any form is forbidden. — Article 17 (line 75)",
		book + "Chapter 1. The Right to Equality › Article 17 › 2: The Protection of Civil Rights Act, 1955 punishes its practice. (line 78)",
		book + "Chapter 1. The Right to Equality › Section 3: Article 18 abolishes titles, but for military and academic distinctions. (line 81)", // not Article 17's
		book + "Chapter 2. Rights of Freedom › 1: Article 19(1) guarantees six freedoms to citizens alone: (line 89)",
		book + "Chapter 2. Rights of Freedom › 2: Clause: 19(1)(a); Freedom: Speech and expression (line 92)",
		book + "Chapter 2. Rights of Freedom › 3: Clause: 19(1)(b); Freedom: To assemble peaceably and without arms (line 93)",
		book + "Chapter 2. Rights of Freedom › A rhyme for Part III › 1: Fourteen to eighteen, equal we stand;\nNineteen to twenty-two, freedom in hand; (line 100)",
		book + "Chapter 2. Rights of Freedom › A rhyme for Part III › 2: Thirty-two guards them all, the heart of the plan.\n— A topper's notebook, 2019 (line 104)",
		book + "Notes › 2 › 1: The twin test was laid down in State of West Bengal v. Anwar Ali Sarkar (1952), where a law letting the State send any case to a Special Court without saying which cases or why was struck down: the classification it made had no differentia a court could see, and so no relation to the object of speedier trials that the State claimed for it. (line 126)",
		book + "Notes › 2 › 2: In E. P. Royappa v. State of Tamil Nadu (1974) the Court added a second, wider reading: equality is the opposite of arbitrariness, so an arbitrary act of the State is unequal and breaks Article 14 even where no class is made at all. Maneka Gandhi (1978) carried this reading into Article 21. (line 127)",
		book + "Notes › 3: Titles conferred before 1950 by the British Crown lapsed with the Constitution. (line 133)", // cited nowhere
		book + "About this book › 1: By Meera Raghavan. (line 7)",
		book + "About this book › 2: A short reader on Part III of the Constitution for the civil services examination, with the leading cases on each Article. (line 14)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Fundamental Rights: A Reader" || d.Subtitle != "Part III of the Constitution" || d.Unit != "" {
		t.Errorf("title %q, subtitle %q, unit %q; want the book's title, the rest of its body's title, lines", d.Title, d.Subtitle, d.Unit)
	}
	text := strings.Join(got, "\n")
	for _, clutter := range []string{"sci_juris", "polity_notes", "FictionBook Editor", "6F1C8A2E", "Self-published", "Polity Readers", "/9j/", "* * *", "meera.r@"} {
		if strings.Contains(text, clutter) {
			t.Errorf("passages hold %q", clutter)
		}
	}
}

// converted is a book as a converter writes it, its body on one line: a
// note cited in a title and again in the text, one cited twice, one
// with a link back to the text; sections with ids, an epigraph that is
// a poem, a paragraph that starts as a list's entry would, a table with
// a header over two columns, a long paragraph all in bold, a second body
// of the book's and the notes' body named "comments", untitled.
const converted = `<?xml version="1.0" encoding="utf-8"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink"><description><title-info><genre>nonfiction</genre><author><first-name>Arjun</first-name><last-name>Menon</last-name></author><author><nickname>PolityPad</nickname></author><book-title>Remedies &amp; Writs</book-title><lang>en</lang></title-info><document-info><author><first-name>Arjun</first-name><last-name>Menon</last-name></author><program-used>doc2fb2 1.4</program-used><date>2025-01-09</date><id>remedies-writs-0001</id><version>1.0</version></document-info></description><body><section id="s1"><title><p>Article 32<a l:href="#c1" type="note">*</a></p></title><epigraph><poem><stanza><v>Ask for the writ, and the court must hear;</v><v>Thirty-two is a right, not a favour.</v></stanza></poem><text-author>Class mnemonic</text-author></epigraph><p>Article 32 lets a person move the Supreme Court for the enforcement of the Fundamental Rights.<a l:href="#c2" type="note">{2}</a> Dr Ambedkar called it the heart and soul of the Constitution.<a l:href="#c1" type="note">*</a></p><p>- The right to move the Court is itself a Fundamental Right.</p><p><strong>Habeas corpus</strong> asks the detaining authority to produce the person.<a l:href="#c2" type="note">{2}</a></p></section><section id="s2"><title><p>Writs in brief</p></title><table><tr><th>Writ</th><th colspan="2">Meaning and use</th></tr><tr><td>Mandamus</td><td>"We command"</td><td>to a public authority to do its duty</td></tr><tr><td>Certiorari</td><td>"To be certified"</td><td>quashes the order of a lower court</td></tr></table><p><strong>Article 226 is wider than Article 32, for it reaches any legal right and not the Fundamental Rights alone; a High Court may therefore issue the writs for purposes that the Supreme Court under Article 32 cannot.</strong></p></section></body><body><title><p>Appendix</p></title><section><p>Quo warranto asks by what authority a person holds a public office.</p></section></body><body name="comments"><section id="c1"><p><a l:href="#s1">↑</a> Constituent Assembly Debates, 9 December 1948.</p></section><section id="c2"><p>The petitioner need not show that another remedy was tried first.</p></section></body></FictionBook>`

// TestOneLine: a book whose paragraphs share their lines is placed by
// paragraph; notes are read where they are first cited in the text.
func TestOneLine(t *testing.T) {
	d, got := corpustest.Placed(t, "writs.fb2", []byte(converted))
	const book = "Remedies & Writs › "
	want := []string{
		book + "Article 32 › 1: Ask for the writ, and the court must hear;\nThirty-two is a right, not a favour. — Class mnemonic (paragraph 2)",
		book + "Article 32 › 2: Article 32 lets a person move the Supreme Court for the enforcement of the Fundamental Rights. (The petitioner need not show that another remedy was tried first.) Dr Ambedkar called it the heart and soul of the Constitution. (Constituent Assembly Debates, 9 December 1948.) (paragraph 5)",
		book + "Article 32 › 3: - The right to move the Court is itself a Fundamental Right. (paragraph 6)",
		book + "Article 32 › 4: Habeas corpus asks the detaining authority to produce the person.[2] (paragraph 7)",
		book + "Writs in brief › 1: Writ: Mandamus; Meaning and use: \"We command\"; to a public authority to do its duty (paragraph 10)",
		book + "Writs in brief › 2: Writ: Certiorari; Meaning and use: \"To be certified\"; quashes the order of a lower court (paragraph 11)",
		book + "Writs in brief › 3: Article 226 is wider than Article 32, for it reaches any legal right and not the Fundamental Rights alone; a High Court may therefore issue the writs for purposes that the Supreme Court under Article 32 cannot. (paragraph 12)",
		book + "Appendix: Quo warranto asks by what authority a person holds a public office. (paragraph 14)",
		book + "About this book: By Arjun Menon and PolityPad. (paragraph 1)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Unit != "paragraph" {
		t.Errorf("unit %q, want paragraph", d.Unit)
	}
}

// TestWindows1251: a book in the encoding its declaration names is read
// as UTF-8.
func TestWindows1251(t *testing.T) {
	book, err := charmap.Windows1251.NewEncoder().String(`<?xml version="1.0" encoding="windows-1251"?>
<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
<description><title-info><book-title>Основные права</book-title></title-info></description>
<body><section><title><p>Глава 1</p><p>Право на равенство</p></title>
<p>Статья 14 гарантирует равенство перед законом.<a l:href="#n1" type="note">1</a></p>
<p>Статья 15 запрещает дискриминацию.</p>
</section></body>
<body name="notes"><section id="n1"><title><p>1</p></title><p>Формула Дайси.</p></section></body>
</FictionBook>`)
	if err != nil {
		t.Fatal(err)
	}
	if f := corpus.FormatOf([]byte(book)); f != "FictionBook e-book" {
		t.Errorf("FormatOf = %q, want FictionBook e-book", f)
	}
	c, err := Convert([]byte(book))
	if err != nil {
		t.Fatal(err)
	}
	want := "# Основные права\n\n## Глава 1. Право на равенство\n\nСтатья 14 гарантирует равенство перед законом. (Формула Дайси.)\n\nСтатья 15 запрещает дискриминацию.\n"
	if string(c.Text) != want || !slices.Equal(c.Origin, []int{3, 4, 4, 4, 5, 6, 6}) || c.Unit != "line" {
		t.Errorf("Convert = %q at %v (%s), want %q at lines 3, 4, 4, 4, 5, 6, 6", c.Text, c.Origin, c.Unit, want)
	}
}

func TestBadBooks(t *testing.T) {
	const head = `<?xml version="1.0" encoding="UTF-8"?>` + "\n" + `<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0">`
	for _, tt := range []struct{ name, data, want string }{
		{"empty", "", "the FictionBook file is empty"},
		{"blank", "\ufeff \n\t\n", "the FictionBook file is empty"},
		{"too large", head + strings.Repeat(" ", MaxBytes), "FictionBook too large: 50 MB (the limit is 50 MB)"},
		{"cut short", head + "\n<body><section><p>Article 21 protects life and", "damaged FictionBook: it ends at line 3 before its elements are closed (cut short?)"},
		{"a web page", "<!DOCTYPE html><html><body><p>Article 21</p></body></html>", "damaged FictionBook: its first element is <html>, not <FictionBook>"},
		{"not UTF-8", head + "\n<body><section><p>Caf\xe9 Article 21</p></section></body></FictionBook>", "damaged FictionBook: line 3 is not UTF-8, and the file names no other encoding (such as windows-1251) in its XML declaration"},
		{"unknown encoding", `<?xml version="1.0" encoding="x-mac-devanagari"?><FictionBook><body><p>x</p></body></FictionBook>`, `the FictionBook is in an encoding that cannot be read ("x-mac-devanagari"): save it as UTF-8`},
		{"UTF-16", "\xff\xfe<\x00?\x00x\x00", "the FictionBook is saved as UTF-16, which cannot be read: save it as UTF-8"},
		{"no body", head + "<description><title-info><book-title>Rights</book-title></title-info></description></FictionBook>", "damaged FictionBook: it has no <body>"},
		{"titles alone", head + "<body><section><title><p>Article 21</p></title><empty-line/><image l:href='#a.png'/></section></body></FictionBook>", "the FictionBook has no text"},
		{"too deep", head + "<body>" + strings.Repeat("<section>", maxDepth) + "<p>x</p>", "damaged FictionBook: its elements are nested more than 256 deep"},
		{"cut in a CDATA section", head + "<body><section><p><![CDATA[Article 21", "damaged FictionBook: it ends at line 2 before its elements are closed (cut short?)"},
		{"bad name", head + "\n<body><section><p>Article 21</p><1p></section></body></FictionBook>", "damaged FictionBook: XML syntax error on line 3: invalid XML name: 1p"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Convert([]byte(tt.data)); err == nil || err.Error() != tt.want {
				t.Errorf("Convert = %v, want %q", err, tt.want)
			}
		})
	}
	for _, data := range []string{`<?xml version="1.0"?><rss version="2.0"><channel/></rss>`, "<html><body>FictionBook</body></html>", ""} {
		if IsFictionBook([]byte(data)) {
			t.Errorf("IsFictionBook(%q) = true", data)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; a book read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(reader))
	f.Add([]byte(converted))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("book.fb2", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
