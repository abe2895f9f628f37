package asciidoc

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// notes are a student's notes as typed in VS Code with the AsciiDoc
// extension: a comment, a header with an author line, a revision line and
// the settings Asciidoctor reads (a table of contents, section numbers,
// icons), an ifdef for GitHub, an attribute used in the text; a preamble
// with a footnote, an anchor over a section, an admonition paragraph, a
// titled nested list with a cross reference, a hard line break, a
// highlight, an admonition block with its title, a titled table whose
// header has a blank line under it and whose cells stand on lines of
// their own (one with a footnote by id), a picture, a description list
// with a description under its term, a quote block with its attribution,
// an ordered nested list, a checklist, a source block with a callout and
// its list, a comment block, a page break, a sidebar, a link and an
// include.
const notes = `// Polity notes, typed in VS Code with the AsciiDoc extension
= Fundamental Rights: Part III
Kavya Menon <kavya.menon@example.com>
v2.1, 2025-03-10: Revised after the Puttaswamy reading
:toc: left
:toclevels: 3
:sectnums:
:icons: font
:experimental:
:source-highlighter: rouge
:imagesdir: images
:sc: Supreme Court
ifdef::env-github[]
:tip-caption: :bulb:
endif::[]

Part III of the Constitution (Articles 12 to 35) lists the *Fundamental Rights*.footnote:[They are justiciable: a court enforces them.]
They are called the _Magna Carta_ of India.

[[state]]
== The State (Article 12)

The State includes the Government and Parliament of India and all local or other authorities.

NOTE: The judiciary is not the State when it acts judicially.

.Key cases
* _Ajay Hasia_ (1981) laid down the tests of an instrumentality.
** Deep and pervasive control
* See <<art21>> for its widest reading.

== Right to Equality

Article 14 bars *class legislation* but permits ` + "`reasonable classification`" + `. +
The classification must have a #rational nexus# with its object.

[TIP]
.Exam tip
====
Article 14 protects every person; Articles 15, 16, 19 and 29 protect citizens only.
====

.Equality at a glance
[cols="1,3",options="header"]
|===
|Article |What it does

|15
|Bars discrimination on grounds of religion, race, caste, sex or place of birth.

|17
|Abolishes untouchability.footnote:pcr[The Protection of Civil Rights Act, 1955 gives it effect.]
|===

image::equality-chart.png[chart]

[[art21]]
== Life and Personal Liberty

Article 21:: No person shall be deprived of life or personal liberty except according to procedure established by law.
Article 21A::
  Free and compulsory education for children of six to fourteen years.

[quote, B. R. Ambedkar, Constituent Assembly Debates]
____
Article 32 is the very soul of the Constitution and the very heart of it.
____

The {sc} widened Article 21 in _Maneka Gandhi_ (1978).footnote:[It overruled A. K. Gopalan (1950).]

. Right to privacy -- Puttaswamy, 2017
. Right to a clean environment
.. Subhash Kumar, 1991

.Revision
* [x] Read Laxmikanth, chapter 7
* [ ] Solve the PYQs of 2015 to 2024

[source,text]
----
Art 32  -> Supreme Court  <1>
Art 226 -> High Courts
----
<1> Article 32 is itself a Fundamental Right.

////
Draft: Article 22 on preventive detention goes here.
////

WARNING: Article 15 protects citizens only.

<<<

== Writs

Habeas corpus:: "To have the body"; against unlawful detention.
Mandamus:: "We command"; not against the President.

****
A writ of certiorari quashes an order already passed.
****

Read https://www.constitutionofindia.net[the text of the Constitution] too.
include::writs-table.adoc[]
`

func TestConvert(t *testing.T) {
	if f := corpus.FormatOf([]byte(notes)); f != "AsciiDoc notes" {
		t.Errorf("FormatOf = %q, want AsciiDoc notes", f)
	}
	d, got := corpustest.Placed(t, "rights.adoc", []byte(notes))
	title := "Fundamental Rights: Part III"
	want := []string{
		title + " › Definition: Part III of the Constitution (Articles 12 to 35) lists the Fundamental Rights. (They are justiciable: a court enforces them.) They are called the Magna Carta of India. (line 17)",
		title + " › The State (Article 12) › 1: The State includes the Government and Parliament of India and all local or other authorities. (line 23)",
		title + " › The State (Article 12) › 2: The judiciary is not the State when it acts judicially. (line 25)",
		title + " › The State (Article 12) › Key cases › 1: Ajay Hasia (1981) laid down the tests of an instrumentality.\n- Deep and pervasive control (line 28)",
		title + " › The State (Article 12) › Key cases › 2: See Life and Personal Liberty for its widest reading. (line 30)",
		title + " › Right to Equality: Article 14 bars class legislation but permits reasonable classification.\nThe classification must have a rational nexus with its object. (line 34)",
		title + " › Right to Equality › Exam Tip: Article 14 protects every person; Articles 15, 16, 19 and 29 protect citizens only. (line 39)",
		title + " › Right to Equality › Table 1. Equality at a glance › 1: Article: 15; What it does: Bars discrimination on grounds of religion, race, caste, sex or place of birth. (line 48)",
		title + " › Right to Equality › Table 1. Equality at a glance › 2: Article: 17; What it does: Abolishes untouchability. (The Protection of Civil Rights Act, 1955 gives it effect.) (line 51)",
		title + " › Life and Personal Liberty › 1: Article 21: No person shall be deprived of life or personal liberty except according to procedure established by law. (line 60)",
		title + " › Life and Personal Liberty › 2: Article 21A: Free and compulsory education for children of six to fourteen years. (line 61)",
		title + " › Life and Personal Liberty › 3: Article 32 is the very soul of the Constitution and the very heart of it. — B. R. Ambedkar, Constituent Assembly Debates (line 66)",
		title + " › Life and Personal Liberty › 4: The Supreme Court widened Article 21 in Maneka Gandhi (1978). (It overruled A. K. Gopalan (1950).) (line 69)",
		title + " › Life and Personal Liberty › 5: - Right to privacy — Puttaswamy, 2017\n- Right to a clean environment\n  - Subhash Kumar, 1991 (line 71)",
		title + " › Life and Personal Liberty › 6: Revision:\n- ☑ Read Laxmikanth, chapter 7\n- ☐ Solve the PYQs of 2015 to 2024 (line 75)",
		title + " › Life and Personal Liberty › 7: Art 32  -> Supreme Court\nArt 226 -> High Courts (line 81)",
		title + " › Life and Personal Liberty › 8: Article 32 is itself a Fundamental Right. (line 84)",
		title + " › Life and Personal Liberty › 9: Warning\nArticle 15 protects citizens only. (line 90)",
		title + " › Writs › 1: Habeas corpus: \"To have the body\"; against unlawful detention. (line 96)",
		title + " › Writs › 2: Mandamus: \"We command\"; not against the President. (line 97)",
		title + " › Writs › 3: A writ of certiorari quashes an order already passed. (line 100)",
		title + " › Writs › 4: Read the text of the Constitution too. (line 103)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Format != "AsciiDoc notes" {
		t.Errorf("title %q, format %q; want %q, AsciiDoc notes", d.Title, d.Format, title)
	}
}

// TestShapes reads the shapes AsciiDoc notes take, one a case.
func TestShapes(t *testing.T) {
	tests := []struct {
		name, src string
		want      []string
	}{
		{"list continuation", `= Writs

== Kinds

* Habeas corpus
+
It guards against unlawful detention.
+
----
Art 32 / Art 226
----
* Mandamus
continues on this line
.. to a public official
.. not to the President
`, []string{
			"Writs › Kinds › 1: Habeas corpus It guards against unlawful detention.",
			"Writs › Kinds › 2: Art 32 / Art 226",
			"Writs › Kinds › 3: Mandamus continues on this line\n- to a public official\n- not to the President",
		}},
		{"cells spanned, an AsciiDoc cell, a header by its blank line", `= Basic Structure

== Cases

|===
|Case |Year

2+|Landmark cases
|Kesavananda Bharati |1973
.2+|Minerva Mills |1980
|Reaffirmed judicial review
a|
* Golaknath, 1967
* overruled in 1973
|Golaknath
|===
`, []string{
			"Basic Structure › Cases › 1: Case: Landmark cases",
			"Basic Structure › Cases › 2: Case: Kesavananda Bharati; Year: 1973",
			"Basic Structure › Cases › 3: Case: Minerva Mills; Year: 1980",
			"Basic Structure › Cases › 4: Case: Minerva Mills; Year: Reaffirmed judicial review",
			"Basic Structure › Cases › 5: Case: Golaknath, 1967; overruled in 1973; Year: Golaknath",
		}},
		{"CSV table", `= Freedoms

== Article 19

[%header,format=csv]
|===
Freedom,Clause
"Speech, expression",19(1)(a)
Assembly,19(1)(b)
|===
`, []string{
			"Freedoms › Article 19 › 1: Freedom: Speech, expression; Clause: 19(1)(a)",
			"Freedoms › Article 19 › 2: Freedom: Assembly; Clause: 19(1)(b)",
		}},
		{"verse, a quote in quotation marks, a Markdown quote", `= Voices

== Freedom

[verse, Rabindranath Tagore, Gitanjali]
____
Where the mind is without fear
and the head is held high
____

"A Constitution is not a mere lawyers' document."
-- B. R. Ambedkar, 1949

> Long years ago we made a tryst with destiny.
> -- Jawaharlal Nehru
`, []string{
			"Voices › Freedom › 1: Where the mind is without fear\nand the head is held high\n— Rabindranath Tagore, Gitanjali",
			"Voices › Freedom › 2: A Constitution is not a mere lawyers' document. — B. R. Ambedkar, 1949",
			"Voices › Freedom › 3: Long years ago we made a tryst with destiny. — Jawaharlal Nehru",
		}},
		{"a book's parts over its chapters, a title from its attributes", `= Indian Polity: {subject}
:doctype: book
:subject: Rights and Duties

= Part I: Rights

== Right to Freedom

Article 19 lists six freedoms.

= Part II: Duties

== Fundamental Duties

Article 51A lists eleven duties.
`, []string{
			"Indian Polity: Rights and Duties › Part I: Rights › Right to Freedom: Article 19 lists six freedoms.",
			"Indian Polity: Rights and Duties › Part II: Duties › Fundamental Duties: Article 51A lists eleven duties.",
		}},
		{"inline markup", `= Inline

Press kbd:[Ctrl+S], then menu:File[Export > PDF]; H~2~O, the 10^th^ Schedule, 2^10^ seats, an escaped \*star* and +{literal}+ braces.
Amendment -> law, (C) 2025, pass:[<u>underlined</u>] and &#8377;500 -- a fine.
Read link:https://main.sci.gov.in/judgments[the judgments^], https://prsindia.org, or mailto:notes@example.org[write to us].
`, []string{
			"Inline › Definition: Press Ctrl+S, then File > Export > PDF; H2O, the 10th Schedule, 2^10 seats, an escaped star and {literal} braces. Amendment → law, © 2025, underlined and ₹500 — a fine. Read the judgments, https://prsindia.org, or write to us.",
		}},
		{"terms with ;; and a break between parts", `= Remedies

== Writs

Certiorari;; to quash an order
Prohibition;; to stop a proceeding

'''

Quo warranto::
Asks "by what authority" an office is held.
`, []string{
			"Remedies › Writs: - Certiorari: to quash an order\n- Prohibition: to stop a proceeding\n- Quo warranto: Asks \"by what authority\" an office is held.",
		}},
		{"footnotes by id, cross references by id and by title", `= Liberty

[#art19]
== Article 19

Six freedoms.footnote:six[Originally seven: property went in 1978.] Reasonable restrictions apply.footnote:six[]
See <<art19>>, <<Article 19>>, xref:art32[the remedy] and <<_article_19,this article>>.
`, []string{
			"Liberty › Article 19: Six freedoms. (Originally seven: property went in 1978.) Reasonable restrictions apply. See Article 19, Article 19, the remedy and this article.",
		}},
		{"an admonition block holding a list and code", `= Emergency

== Article 359

Text before the box.

[IMPORTANT]
.Article 359
====
During an emergency the President may suspend:

* the right to move courts
* except under Articles 20 and 21

[source]
----
44th Amendment, 1978
----
====
`, []string{
			"Emergency › Article 359 › 1: Text before the box.",
			"Emergency › Article 359 › 2: Article 359\nDuring an emergency the President may suspend:\n- the right to move courts\n- except under Articles 20 and 21\n44th Amendment, 1978",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := corpustest.Passages(t, "notes.adoc", []byte(tt.src)); !slices.Equal(got, tt.want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestNoHeader: notes without a header are titled by the file's name;
// Markdown's headings, which Asciidoctor reads, are sections too, and an
// indented paragraph is literal.
func TestNoHeader(t *testing.T) {
	src := "## Right against Exploitation\n\nArticle 23 bans begar.\n\n  Art 24: no child below 14\n  in factories\n"
	d, got := corpustest.Placed(t, "exploitation.adoc", []byte(src))
	want := []string{
		"exploitation › Right against Exploitation › 1: Article 23 bans begar. (line 3)",
		"exploitation › Right against Exploitation › 2: Art 24: no child below 14\nin factories (line 5)",
	}
	if d.Title != "exploitation" || !slices.Equal(got, want) {
		t.Errorf("title %q, passages\n%s\nwant exploitation,\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if f := corpus.FormatOf([]byte(src)); f != "" {
		t.Errorf("FormatOf(notes without a header) = %q, want none: they are read by their name", f)
	}
}

// TestIsAsciiDoc: a header tells AsciiDoc whatever the file is called;
// Markdown, a wiki's text and plain notes are not.
func TestIsAsciiDoc(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"header with attributes", "= Preamble\n:toc:\n\nWe, the people of India.", true},
		{"attributes over the title", ":sectnums:\n= Preamble\n\nWe, the people.", true},
		{"title and sections", "= Preamble\n\n== Keywords\n\nSovereign, socialist.", true},
		{"Markdown", "# Preamble\n\n## Keywords\n\nSovereign.", false},
		{"a wiki's headings", "= Preamble =\n\n== Keywords ==\n\nSovereign.", false},
		{"a title alone", "= Preamble\n\nWe, the people.", false},
		{"plain text", "Preamble\n\nWe, the people.", false},
	} {
		if got := IsAsciiDoc([]byte(tt.data)); got != tt.want {
			t.Errorf("IsAsciiDoc(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBadFiles: a clear error, never a panic.
func TestBadFiles(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", []byte("\n  \n"), "the AsciiDoc file is empty"},
		{"a header alone", []byte("= Fundamental Duties\n:toc:\n\n// to do\n"), "the AsciiDoc file has no text"},
		{"binary", []byte("= Rights\x00\x01\x02\x03"), "damaged AsciiDoc file: it holds binary data"},
		{"a PGP signature", []byte("-----BEGIN PGP SIGNATURE-----\n\niQEzBAABCAAdFiEE\n-----END PGP SIGNATURE-----\n"), "a PGP key or signature"},
		{"too large", append([]byte("= Rights\n\n"), bytes.Repeat([]byte("x"), MaxBytes)...), "AsciiDoc file too large"},
		{"blocks nested too deep", []byte(nested(40)), "damaged AsciiDoc file: blocks nested too deep"},
		{"attributes that expand too much", []byte(bomb()), "AsciiDoc file too large once read"},
		{"cells repeated too many times", []byte("|===\n" + strings.Repeat(" 64*|x", 20_000) + "\n|===\n"), "AsciiDoc file too large once read"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Convert(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
	if why := skip([]byte("-----BEGIN PGP PUBLIC KEY BLOCK-----\n")); why == "" {
		t.Error("skip(a PGP key) = \"\", want a reason")
	}
}

// nested is n example blocks, each within the one before.
func nested(n int) string {
	var b strings.Builder
	for i := range n {
		b.WriteString(strings.Repeat("=", 4+i) + "\n")
	}
	b.WriteString("deep\n")
	for i := n - 1; i >= 0; i-- {
		b.WriteString(strings.Repeat("=", 4+i) + "\n")
	}
	return b.String()
}

// bomb is an attribute of the longest value, referred to many times over.
func bomb() string {
	var b strings.Builder
	b.WriteString(":a: " + strings.Repeat("x", maxValue) + "\n\n")
	for range 1000 {
		b.WriteString(strings.Repeat("{a}", 16) + "\n\n")
	}
	return b.String()
}

// TestHard: inputs that make a reader slow or deep, read in time.
func TestHard(t *testing.T) {
	for name, src := range map[string]string{
		"unclosed macros":      strings.Repeat("footnote:[link:x[", 5000),
		"marks without end":    strings.Repeat("*a _b `c #d ", 10000),
		"marks in pairs":       strings.Repeat("*a* _b_ **c** ", 10000),
		"a long paragraph":     strings.Repeat("Article 14 applies to all persons.\n", 5000),
		"many cells":           "|===\n" + strings.Repeat("|x ", 30000) + "\n|===\n",
		"a cell spanning much": "|===\n|a |b\n1000*|x\n99999.99999+|y\n|===\n",
		"quotes within quotes": strings.Repeat("> ", 1000) + "x\n",
		"unterminated blocks":  strings.Repeat("----\n====\n", 5000),
	} {
		if c, err := Convert([]byte("= Hard\n\n" + src)); err == nil {
			corpustest.Lined(t, c)
		} else if !strings.HasPrefix(err.Error(), "damaged AsciiDoc file") {
			t.Errorf("%s: error %v", name, err)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; notes read have a place for
// each of their lines, and corpus reads them soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(notes))
	f.Add([]byte("|===\n2+a|* x\n.3+|y\n|===\n[quote]\n____\nfootnote:id[a <<b>>]\n____\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("notes.adoc", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}

// BenchmarkParse reads notes of 500 sections, each with a list, a table
// and a paragraph of inline markup, as corpus.Parse does.
func BenchmarkParse(b *testing.B) {
	var s strings.Builder
	s.WriteString("= Polity\n:toc:\n\n")
	for i := range 500 {
		s.WriteString("== Article " + strings.Repeat("I", i%7+1) + "\n\n*Bold* and _italic_ with a footnote:[A note.] and <<x>>.\n\n* one\n** two\n\n|===\n|a |b\n\n|1 |2\n|===\n\n")
	}
	corpustest.Benchmark(b, "polity.adoc", []byte(s.String()))
}
