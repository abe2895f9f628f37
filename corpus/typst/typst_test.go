package typst

import (
	"bytes"
	"errors"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// notes are a student's notes as typed in the typst.app web editor: a
// comment, imports of a package and of the project's template, the
// settings (document, page, text, headings), show rules, definitions
// used in the text (a value, a function of content, a function of a
// call); a centred title block, the outline and a page break; chapters
// with labels and sections under them, a footnote, a block comment, a
// template's box with a title, a nested list with a reference to a
// chapter, a hard line break, inline raw text, a figure of a table with a
// header, a rule and a footnote in a cell, its label and a reference to
// it, a term list, a block quote with its attribution, a numbered list
// nested, a box of the template's without a title, a block of code, a
// link, escapes and math.
const notes = `// Polity notes, typed in the Typst web app
#import "@preview/gentle-clues:1.2.0": *
#import "template.typ": pyq, important

#set document(title: "Fundamental Rights (Part III)", author: "Kavya Menon")
#set page(paper: "a4", margin: (x: 2cm, y: 2.5cm), numbering: "1")
#set text(font: "New Computer Modern", size: 11pt, lang: "en")
#set heading(numbering: "1.1")
#set par(justify: true)
#show link: underline
#show heading.where(level: 1): it => block(width: 100%)[#it]

#let sc = [Supreme Court]
#let art(n) = [Article #n]
#let hl(body) = highlight(fill: yellow.lighten(60%), body)

#align(center)[
  #text(size: 20pt, weight: "bold")[Fundamental Rights (Part III)] \
  #text(size: 11pt, fill: gray)[UPSC GS-II · Indian Polity]
]
#v(1em)
#outline(indent: auto)
#pagebreak()

= Rights against the State <rights>
Part III of the Constitution (Articles 12 to 35) lists the *Fundamental Rights*.#footnote[They are justiciable: a court can enforce them.]
They are called the _Magna Carta_ of India.
/* Draft: compare with the US Bill of Rights */

== The State (Article 12)
The State includes the Government and Parliament of India and all local or other authorities.

#important(title: "Remember")[
  The judiciary is *not* the State when it acts judicially.
]

- _Ajay Hasia_ (1981) laid down the tests of an instrumentality.
  - Deep and pervasive control
- See @liberty for its widest reading.

== Right to Equality
Article 14 bars class legislation but permits ` + "`reasonable classification`" + `. \
The classification must have a #hl[rational nexus] with its object.

#figure(
  table(
    columns: (auto, 1fr),
    align: left,
    table.header([*Article*], [*What it does*]),
    [15], [Bars discrimination on grounds of religion, race, caste, sex or place of birth.],
    [17], [Abolishes untouchability.#footnote[The Protection of Civil Rights Act, 1955 gives it effect.]],
    table.hline(),
  ),
  caption: [Equality at a glance],
) <tab:equality>

As @tab:equality shows, Article 17 is absolute.

= Life and Personal Liberty <liberty>
/ Article 21: No person shall be deprived of life or personal liberty except according to procedure established by law.
/ Article 21A: Free and compulsory education for children of six to fourteen years.

#quote(block: true, attribution: [B. R. Ambedkar, Constituent Assembly Debates])[
  Article 32 is the very soul of the Constitution and the very heart of it.
]

The #sc widened Article 21 in _Maneka Gandhi_ (1978).

+ Right to privacy -- _Puttaswamy_, 2017
+ Right to a clean environment
  + _Subhash Kumar_, 1991

#pyq[*2019:* Which Article is called the heart and soul of the Constitution? \ Ans: #art(32)]

` + "```text" + `
Art 32  -> Supreme Court
Art 226 -> High Courts
` + "```" + `

Read #link("https://www.constitutionofindia.net")[the text of the Constitution] too.
Filing a writ under Art 32 costs \$0; courts use \#hashtags\#, not _\*stars\*_; $A = pi r^2$.
`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(notes)); f != "Typst source" {
		t.Errorf("FormatOf = %q, want Typst source", f)
	}
	d, got := corpustest.Placed(t, "rights.typ", []byte(notes))
	title := "Fundamental Rights (Part III)"
	want := []string{
		title + " › Rights against the State: Part III of the Constitution (Articles 12 to 35) lists the Fundamental Rights. (They are justiciable: a court can enforce them.) They are called the Magna Carta of India. (line 26)",
		title + " › Rights against the State › The State (Article 12) › 1: The State includes the Government and Parliament of India and all local or other authorities. (line 31)",
		title + " › Rights against the State › The State (Article 12) › 2: Remember\nThe judiciary is not the State when it acts judicially. (line 33)",
		title + " › Rights against the State › The State (Article 12) › 3: Ajay Hasia (1981) laid down the tests of an instrumentality.\n- Deep and pervasive control (line 37)",
		title + " › Rights against the State › The State (Article 12) › 4: See Life and Personal Liberty for its widest reading. (line 39)",
		title + " › Rights against the State › Right to Equality › 1: Article 14 bars class legislation but permits reasonable classification. The classification must have a rational nexus with its object. (line 42)",
		title + " › Rights against the State › Right to Equality › 2: As Table 1 shows, Article 17 is absolute. (line 57)",
		title + " › Rights against the State › Right to Equality › Table 1: Equality at a glance › 1: Article: 15; What it does: Bars discrimination on grounds of religion, race, caste, sex or place of birth. (line 50)",
		title + " › Rights against the State › Right to Equality › Table 1: Equality at a glance › 2: Article: 17; What it does: Abolishes untouchability. (The Protection of Civil Rights Act, 1955 gives it effect.) (line 51)",
		title + " › Life and Personal Liberty › 1: Article 21: No person shall be deprived of life or personal liberty except according to procedure established by law. (line 60)",
		title + " › Life and Personal Liberty › 2: Article 21A: Free and compulsory education for children of six to fourteen years. (line 61)",
		title + " › Life and Personal Liberty › 3: Article 32 is the very soul of the Constitution and the very heart of it. — B. R. Ambedkar, Constituent Assembly Debates (line 64)",
		title + " › Life and Personal Liberty › 4: The Supreme Court widened Article 21 in Maneka Gandhi (1978). (line 67)",
		title + " › Life and Personal Liberty › 5: - Right to privacy – Puttaswamy, 2017\n- Right to a clean environment\n  - Subhash Kumar, 1991 (line 69)",
		title + " › Life and Personal Liberty › 6: 2019: Which Article is called the heart and soul of the Constitution?\nAns: Article 32 (line 73)",
		title + " › Life and Personal Liberty › 7: Art 32  -> Supreme Court\nArt 226 -> High Courts (line 76)",
		title + " › Life and Personal Liberty › 8: Read the text of the Constitution too. Filing a writ under Art 32 costs $0; courts use #hashtags#, not *stars*; A = pi r^2. (line 80)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Subtitle != "UPSC GS-II · Indian Polity" || d.Format != "Typst source" {
		t.Errorf("title %q, subtitle %q, format %q; want %q, UPSC GS-II · Indian Polity, Typst source", d.Title, d.Subtitle, d.Format, title)
	}
}

// TestShapes reads the shapes Typst notes take, one a case.
func TestShapes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"a template's title, subtitle and abstract", `#import "@preview/charged-ieee:0.1.3": ieee
#show: ieee.with(
  title: [Writs under Article 32],
  subtitle: "Constitutional remedies",
  abstract: [Article 32 lets a person move the Supreme Court directly.],
  authors: ((name: "Kavya Menon", organization: [IAS Academy]),),
)

= Writs
Five writs protect the rights.
`, []string{
			"Writs under Article 32 › Definition: Article 32 lets a person move the Supreme Court directly.",
			"Writs under Article 32 › Writs: Five writs protect the rights.",
		}},
		{"the one top heading titles the notes", `#set text(lang: "en")
= Directive Principles
== Nature
DPSPs are non-justiciable (Article 37).
`, []string{"Directive Principles › Nature: DPSPs are non-justiciable (Article 37)."}},
		{"top headings under the file's name", `Emergency provisions are in Part XVIII.

= National Emergency
Article 352.

= President's Rule
Article 356.
`, []string{
			"notes › Definition: Emergency provisions are in Part XVIII.",
			"notes › National Emergency: Article 352.",
			"notes › President's Rule: Article 356.",
		}},
		{"numbered lists, a term on its lines, a list function", `= Remedies
== Writs
+ Habeas corpus
+ Mandamus
4. Certiorari
+ Quo warranto

/ Article 44:
  Uniform Civil Code.

#list([Cottage industries], [Prohibition])
`, []string{
			"Remedies › Writs › 1: - Habeas corpus\n- Mandamus\n- Certiorari\n- Quo warranto",
			"Remedies › Writs › 2: - Article 44: Uniform Civil Code.\n- Cottage industries\n- Prohibition",
		}},
		{"a list entry of two paragraphs, text after the list", `= Basic Structure
== Cases
- *Kesavananda Bharati* (1973): basic structure.

  Article 32 is part of it.
- Minerva Mills (1980)
Text right after the list.
`, []string{
			"Basic Structure › Cases › 1: - Kesavananda Bharati (1973): basic structure. Article 32 is part of it.\n- Minerva Mills (1980)",
			"Basic Structure › Cases › 2: Text right after the list.",
		}},
		{"boxes of a package: a titled one, a callout's kind, one of its own", `= Remedies
== Writs
#tip(title: "Exam tip")[Mandamus cannot be issued against the *President*.]

#warning[Habeas corpus is not available against a lawful detention.]

#pyq[UPSC 2017 asked about certiorari.]
`, []string{
			"Remedies › Writs › Exam Tip: Mandamus cannot be issued against the President.",
			"Remedies › Writs › 1: Warning\nHabeas corpus is not available against a lawful detention.",
			"Remedies › Writs › 2: UPSC 2017 asked about certiorari.",
		}},
		{"definitions expanded where they are used", `#let note(title: "Note", body) = block(fill: luma(235), inset: 8pt)[*#title:* #body]
#let sc = [Supreme Court]
#let sc = [Hon'ble #sc]
= Remedies
== Rights and principles
#note(title: "Key difference")[Fundamental Rights are negative obligations.]

#note[Borrowed from the Irish Constitution.]

The #sc heard it.
`, []string{
			"Remedies › Rights and principles › 1: Key difference: Fundamental Rights are negative obligations.",
			"Remedies › Rights and principles › 2: Note: Borrowed from the Irish Constitution.",
			"Remedies › Rights and principles › 3: The Hon'ble Supreme Court heard it.",
		}},
		{"a table: spans, no header row of its own", `= Remedies
== Writs
#table(
  columns: 3,
  [*Writ*], [*Meaning*], [*Issued to*],
  [Habeas corpus], [To have the body], [Anyone detaining],
  table.cell(colspan: 2)[Mandamus: "We command"], [Public officials],
  [Certiorari], table.cell(rowspan: 2)[To be certified], [Lower courts],
  [Prohibition], [Lower courts],
)
`, []string{
			"Remedies › Writs › 1: Writ: Habeas corpus; Meaning: To have the body; Issued to: Anyone detaining",
			`Remedies › Writs › 2: Writ: Mandamus: "We command"; Issued to: Public officials`,
			"Remedies › Writs › 3: Writ: Certiorari; Meaning: To be certified; Issued to: Lower courts",
			"Remedies › Writs › 4: Writ: Prohibition; Meaning: To be certified; Issued to: Lower courts",
		}},
		{"a figure of a picture, a grid, functions of text", `= Directive Principles
== Groups
#figure(image("dpsp.png", width: 80%), caption: [Classification of DPSPs]) <fig:dpsp>

@fig:dpsp shows three groups. #box(stroke: 1pt)[Article 40] asks for panchayats; H#sub[2]O, #upper[ucc], #quote[a welfare state].

#grid(columns: 2, [*Gandhian*: Article 40.], [*Liberal*: Article 44.])
`, []string{
			"Directive Principles › Groups › 1: Figure 1: Classification of DPSPs",
			"Directive Principles › Groups › 2: Figure 1 shows three groups. Article 40 asks for panchayats; H2O, UCC, “a welfare state”.",
			"Directive Principles › Groups › 3: Gandhian: Article 40.",
			"Directive Principles › Groups › 4: Liberal: Article 44.",
		}},
		{"code, conditions and loops, comments", `= Polity
== Code
Keep ` + "`Art. 32`" + ` in mind. // not this
#if true [Shown in the draft.] else [Hidden.]
#for x in (1, 2) [Looped #x]
#context counter(page).display()
/* a block
   comment */ After the comment.
` + "```python" + `
def is_dpsp(article):
    return 36 <= article <= 51
` + "```" + `
`, []string{
			"Polity › Code › 1: Keep Art. 32 in mind. Shown in the draft. After the comment.",
			"Polity › Code › 2: def is_dpsp(article):\n    return 36 <= article <= 51",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := corpustest.Passages(t, "notes.typ", []byte(tt.src)); !slices.Equal(got, tt.want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestTitles: what titles the notes, and what is their subtitle.
func TestTitles(t *testing.T) {
	tests := []struct {
		name, src, title, subtitle string
	}{
		{"the document's title, its heading the same", "#set document(title: [Fundamental *Rights*])\n= Fundamental Rights\n== Equality\nArticle 14.\n", "Fundamental Rights", ""},
		{"a template's title", "#show: doc => conf(title: [Fundamental Rights], authors: (\"Kavya\",), doc)\n== Equality\nArticle 14.\n", "Fundamental Rights", ""},
		{"a template's function around the notes", "#import \"template.typ\": project\n#project(title: \"Fundamental Rights\")[\n= Equality\nArticle 14.\n= Freedom\nArticle 19.\n]\n", "Fundamental Rights", ""},
		{"the title element", "#title[Fundamental Rights]\n== Equality\nArticle 14.\n", "Fundamental Rights", ""},
		{"large text opening the notes", "#v(2em)\n#text(size: 18pt, weight: \"bold\")[Fundamental Rights]\n\n= Equality\nArticle 14.\n= Freedom\nArticle 19.\n", "Fundamental Rights", ""},
		{"a centred block under the document's title", "#set document(title: \"Fundamental Rights\")\n#align(center)[*Fundamental Rights* \\ UPSC Polity]\n= Equality\nArticle 14.\n", "Fundamental Rights", "UPSC Polity"},
		{"a numbered heading", "= 1. Fundamental Rights\n== Equality\nArticle 14.\n", "1. Fundamental Rights", ""},
		{"the file's name", "= Equality\nArticle 14.\n= Freedom\nArticle 19.\n", "rights", ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			d, err := corpus.Parse("rights.typ", []byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Subtitle != tt.subtitle {
				t.Errorf("title %q, subtitle %q; want %q, %q", d.Title, d.Subtitle, tt.title, tt.subtitle)
			}
		})
	}
}

// TestWindows1252: a file saved in Windows-1252 is read, with the line of
// its first byte that is not UTF-8.
func TestWindows1252(t *testing.T) {
	c, err := Convert([]byte("= Rights\n\nThe Preamble\x92s ideals: libert\xe9, \xe9galit\xe9.\n"))
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(string(c.Text), "The Preamble’s ideals: liberté, égalité.") || c.NotUTF8At != 3 {
		t.Errorf("text %q, NotUTF8At %d; want the text read as Windows-1252, 3", c.Text, c.NotUTF8At)
	}
}

func TestIsTypst(t *testing.T) {
	tests := []struct {
		name, data string
		want       bool
	}{
		{"settings and a heading", "#set page(margin: 2cm)\n= Rights\nText.\n", true},
		{"a package and a call", "#import \"@preview/gentle-clues:1.2.0\": *\n#tip[Text.]\n", true},
		{"a definition and a show rule", "#let sc = [Supreme Court]\n#show: doc => doc\nThe #sc.\n", true},
		{"Markdown with hashtags", "# Rights\n#set of rights\n#let it be\n", false},
		{"C", "#include \"rights.h\"\n#include <stdio.h>\nint main() {}\n", false},
		{"Objective-C", "#import \"Rights.h\"\n#import <Foundation/Foundation.h>\n", false},
		{"AsciiDoc", "= Rights\n:toc:\n\n== Equality\nText.\n", false},
		{"text", "Fundamental Rights are in Part III.\n", false},
	}
	for _, tt := range tests {
		if got := IsTypst([]byte(tt.data)); got != tt.want {
			t.Errorf("IsTypst(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBadSources: a clear error, never a panic.
func TestBadSources(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "the Typst file is empty"},
		{"white space", []byte("\ufeff \n\t\n"), "the Typst file is empty"},
		{"settings alone", []byte("#set page(margin: 2cm)\n#let sc = [Supreme Court]\n#outline()\n#image(\"cover.png\")\n"), "a Typst template or settings"},
		{"binary", []byte("= Rights\x00\x01\x02"), "the Typst file is damaged: it holds binary data"},
		{"content nested deep", []byte(strings.Repeat("#box[", 10_000) + "x" + strings.Repeat("]", 10_000)), "damaged Typst file: content nested too deep"},
		{"code nested deep", []byte("#f(" + strings.Repeat("[#f(", 10_000)), "damaged Typst file: content nested too deep"},
		{"definitions that multiply", []byte("#let a0 = [Article 32]\n" + func() string {
			var b strings.Builder
			for i := 1; i <= 8; i++ {
				fmt.Fprintf(&b, "#let a%d = [%s]\n", i, strings.Repeat(fmt.Sprintf("#a%d ", i-1), 10))
			}
			return b.String()
		}() + "#a8\n"), "the Typst file's definitions (#let) expand to too much text"},
		{"too large", append([]byte("= Rights\n"), bytes.Repeat([]byte(" "), MaxBytes)...), "the Typst file is too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Convert(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
	if _, err := Convert([]byte("#set page(numbering: \"1\")\n")); !errors.Is(err, errNoText) {
		t.Errorf("Convert(settings) error = %v, want errNoText", err)
	}
}

// TestSkip: in a folder, a template (definitions alone) is skipped, the
// notes that use it are read; named on its own, the template is a problem.
func TestSkip(t *testing.T) {
	template := `#let project(title: "", body) = {
  set document(title: title)
  align(center, text(17pt, weight: "bold", title))
  body
}
#let pyq(body) = block(fill: luma(240), inset: 8pt, body)
`
	corpustest.SkippedInFolder(t, map[string]string{"template.typ": template, "notes.typ": notes}, "template.typ", string(errTemplate))
}

// FuzzConvert: no panic whatever the source; a file read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add(notes)
	f.Add("#let f(x) = [#x #f(x)]\n= A <a>\n- #f[@a]\n  / t: #table(columns: (1fr,) * 2, table.cell(rowspan: 3)[x])\n$ #box[`]$ #quote(block: true)[> x]")
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Convert([]byte(src))
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("notes.typ", []byte(src)); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
