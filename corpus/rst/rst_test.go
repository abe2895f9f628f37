package rst

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// rst is reStructuredText typed with "´" for the backquote, which a Go
// raw string cannot hold.
func rst(s string) string { return strings.ReplaceAll(s, "´", "`") }

// sphinxPage is a page of a Sphinx project of notes, as a student keeps it
// in docs/polity/: a label and Sphinx's clutter (meta, index, contents)
// over an overlined title, the author and date under it, substitutions,
// auto-numbered and numbered footnotes, a note, nested lists, a
// definition with a classifier, an exam tip, a cross-reference to a
// section by its label, a list-table, a literal block, a grid table, a
// quote with its attribution, a glossary, a rubric over the footnotes, a
// todo, a picture and a "see also" with a link.
var sphinxPage = rst(`.. _fundamental-rights:

.. meta::
   :description: UPSC GS-II notes on Part III of the Constitution
   :keywords: polity, fundamental rights

.. index:: Fundamental Rights, Article 32

=============================
Fundamental Rights (Part III)
=============================

:Author: Meera Iyer
:Date: 2025-01-12

.. contents:: On this page
   :local:
   :depth: 2

.. |FR| replace:: Fundamental Rights
.. |SC| replace:: *Supreme Court*

Part III of the Constitution (Articles 12 to 35) lists the |FR|. They are
justiciable: a citizen may move the |SC| directly under Article 32 [#]_.

.. note:: The |FR| are not absolute. The State may impose reasonable
   restrictions, as :ref:´maneka´ made clear.

Right to Equality
=================

* Article 14: equality before law and equal protection of laws.
* Article 15: no discrimination on grounds of religion, race, caste,
  sex or place of birth.

  - Clause (3) allows special provisions for women and children.
  - Clause (4) allows them for socially and educationally backward classes.

* Article 17 abolishes *untouchability* and forbids its practice in any form.

Article 18 : abolition
   Abolishes titles, except military and academic distinctions.

.. tip:: Exam tip: Article 17 is enforced through the Protection of Civil
   Rights Act, 1955.

.. _maneka:

Maneka Gandhi v. Union of India (1978)
--------------------------------------

The court read Articles 14, 19 and 21 together -- the "golden triangle" --
and held that procedure established by law must be fair, just and
reasonable [1]_.

.. list-table:: Freedoms under Article 19(1)
   :header-rows: 1
   :widths: 20 80

   * - Clause
     - Freedom
   * - (a)
     - Speech and expression
   * - (b)
     - Assemble peaceably and without arms

Constitutional Remedies
=======================

The courts can issue five writs::

    habeas corpus, mandamus, prohibition,
    certiorari, quo warranto

+---------------+-------------------------------------+
| Writ          | Issued to                           |
+===============+=====================================+
| Mandamus      | A public official who fails to act  |
+---------------+-------------------------------------+
| Quo warranto  | A person holding a public office    |
|               | without the right to it             |
+---------------+-------------------------------------+

    The Constitution is not a mere lawyers' document, it is a vehicle of
    life.

    -- B. R. Ambedkar

.. glossary::

   Locus standi
      The right to bring an action; the courts relaxed it for
      :abbr:´PIL (Public Interest Litigation)´.

.. rubric:: Footnotes

.. [#] Article 32 is itself a fundamental right.
.. [1] Reversing A. K. Gopalan v. State of Madras (1950).

.. todo:: Add the 103rd Amendment (EWS quota).

.. image:: _static/constitution.png
   :alt: The Constitution of India

.. seealso:: ´Constitution of India <https://legislative.gov.in/constitution-of-india/>´_
`)

func TestSphinxPage(t *testing.T) {
	if f := corpus.FormatOf([]byte(sphinxPage)); f != "reStructuredText" {
		t.Errorf("FormatOf = %q, want reStructuredText", f)
	}
	d, got := corpustest.Placed(t, "fundamental-rights.rst", []byte(sphinxPage))
	title := "Fundamental Rights (Part III)"
	want := []string{
		title + " › Definition › 1: Part III of the Constitution (Articles 12 to 35) lists the Fundamental Rights. They are justiciable: a citizen may move the Supreme Court directly under Article 32 (Article 32 is itself a fundamental right.). (line 23)",
		title + " › Definition › 2: The Fundamental Rights are not absolute. The State may impose reasonable restrictions, as Maneka Gandhi v. Union of India (1978) made clear. (line 26)",
		title + " › Right to Equality › 1: Article 14: equality before law and equal protection of laws. (line 32)",
		title + " › Right to Equality › 2: Article 15: no discrimination on grounds of religion, race, caste, sex or place of birth.\n- Clause (3) allows special provisions for women and children.\n- Clause (4) allows them for socially and educationally backward classes. (line 33)",
		title + " › Right to Equality › 3: Article 17 abolishes untouchability and forbids its practice in any form. (line 39)",
		title + " › Right to Equality › 4: Article 18 (abolition): Abolishes titles, except military and academic distinctions. (line 42)",
		title + " › Right to Equality › Exam Tip: Article 17 is enforced through the Protection of Civil Rights Act, 1955. (line 44)",
		title + " › Right to Equality › Maneka Gandhi v. Union of India (1978): The court read Articles 14, 19 and 21 together -- the \"golden triangle\" -- and held that procedure established by law must be fair, just and reasonable (Reversing A. K. Gopalan v. State of Madras (1950).). (line 52)",
		title + " › Right to Equality › Maneka Gandhi v. Union of India (1978) › Table: Freedoms under Article 19(1) › 1: Clause: (a); Freedom: Speech and expression (line 62)",
		title + " › Right to Equality › Maneka Gandhi v. Union of India (1978) › Table: Freedoms under Article 19(1) › 2: Clause: (b); Freedom: Assemble peaceably and without arms (line 64)",
		title + " › Constitutional Remedies › 1: The courts can issue five writs: (line 70)",
		title + " › Constitutional Remedies › 2: habeas corpus, mandamus, prohibition,\ncertiorari, quo warranto (line 72)", // verbatim
		title + " › Constitutional Remedies › 3: Writ: Mandamus; Issued to: A public official who fails to act (line 78)",
		title + " › Constitutional Remedies › 4: Writ: Quo warranto; Issued to: A person holding a public office without the right to it (line 80)",
		title + " › Constitutional Remedies › 5: The Constitution is not a mere lawyers' document, it is a vehicle of life. — B. R. Ambedkar (line 84)",
		title + " › Constitutional Remedies › 6: Locus standi: The right to bring an action; the courts relaxed it for PIL (Public Interest Litigation). (line 92)",
		title + " › Constitutional Remedies › 7: To do\nAdd the 103rd Amendment (EWS quota). (line 100)",
		title + " › Constitutional Remedies › 8: See also\nConstitution of India (line 105)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Format != "reStructuredText" || d.Meta["author"] != "Meera Iyer" || d.Meta["date"] != "2025-01-12" {
		t.Errorf("title %q, format %q, meta %v; want %q, reStructuredText, author and date", d.Title, d.Format, d.Meta, title)
	}
}

// docutilsFile is a file of notes typed in an editor and built with
// docutils' rst2html5: comments, a title and a subtitle overlined, the
// bibliographic fields under them (an abstract among them), a citation,
// enumerated lists of letters and Roman numerals, a simple table whose
// row runs onto a second line, a line block, a definition list, a
// Unicode substitution, a commented-out block and an anonymous link.
var docutilsFile = rst(`.. -*- coding: utf-8 -*-
.. Notes typed in Vim; built with rst2html5.

######################################
 Directive Principles of State Policy
######################################

-------------------------------
 Part IV, Articles 36 to 51
-------------------------------

:Author: Arjun Rao
:Version: 2
:Abstract: The Directive Principles guide the State in making laws; no
   court can enforce them.

.. |ss| unicode:: U+00A7 .. section sign

Classification
==============

Borrowed from the Irish Constitution of 1937 [Austin1966]_, which took
the idea from Spain.

(a) Socialistic principles: Articles 38, 39, 41, 42, 43 and 47.
(b) Gandhian principles:

    i. Article 40 -- organise village panchayats.
    ii. Article 43 -- promote cottage industries.

(c) Liberal-intellectual principles: Articles 44, 45, 48 and 49.

Amendments
==========

=====  ==========================================
Year   Change
=====  ==========================================
1976   The 42nd Amendment added Articles 39A, 43A
       and 48A.
1978   The 44th Amendment added Article 38(2).
=====  ==========================================

| Article 39A: equal justice and free legal aid,
| Article 43A: workers in the management of industries,
| Article 48A: the environment, forests and wildlife.

Conflict with Fundamental Rights
================================

Champakam Dorairajan (1951)
   Fundamental Rights prevail over the Directive Principles.
Minerva Mills (1980) : basic structure
   Harmony between Parts III and IV is part of the basic structure
   (|ss| 4 of the judgment).

..
   TODO: add Golaknath (1967) and
   Kesavananda (1973) before the mock test.

.. [Austin1966] Granville Austin, *The Indian Constitution: Cornerstone of a
   Nation*, 1966.

Read the debates on ´Article 36´__ for the framers' view.

__ https://www.constitutionofindia.net/articles/article-36/
`)

func TestDocutilsFile(t *testing.T) {
	d, got := corpustest.Placed(t, "dpsp.rst", []byte(docutilsFile))
	title := "Directive Principles of State Policy"
	want := []string{
		title + " › Definition: Abstract: The Directive Principles guide the State in making laws; no court can enforce them. (line 14)",
		title + " › Classification › 1: Borrowed from the Irish Constitution of 1937 (Granville Austin, The Indian Constitution: Cornerstone of a Nation, 1966.), which took the idea from Spain. (line 22)",
		title + " › Classification › 2: (a) Socialistic principles: Articles 38, 39, 41, 42, 43 and 47. (line 25)",
		title + " › Classification › 3: (b) Gandhian principles:\n- i. Article 40 -- organise village panchayats.\n- ii. Article 43 -- promote cottage industries. (line 26)",
		title + " › Classification › 4: (c) Liberal-intellectual principles: Articles 44, 45, 48 and 49. (line 31)",
		title + " › Amendments › 1: Year: 1976; Change: The 42nd Amendment added Articles 39A, 43A and 48A. (line 39)",
		title + " › Amendments › 2: Year: 1978; Change: The 44th Amendment added Article 38(2). (line 41)",
		title + " › Amendments › 3: Article 39A: equal justice and free legal aid,\nArticle 43A: workers in the management of industries,\nArticle 48A: the environment, forests and wildlife. (line 44)",
		title + " › Conflict with Fundamental Rights › 1: Champakam Dorairajan (1951): Fundamental Rights prevail over the Directive Principles. (line 52)",
		title + " › Conflict with Fundamental Rights › 2: Minerva Mills (1980) (basic structure): Harmony between Parts III and IV is part of the basic structure (§ 4 of the judgment). (line 54)",
		title + " › Conflict with Fundamental Rights › 3: Read the debates on Article 36 for the framers' view. (line 64)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Subtitle != "Part IV, Articles 36 to 51" || d.Meta["author"] != "Arjun Rao" {
		t.Errorf("title %q, subtitle %q, meta %v; want %q, Part IV, Articles 36 to 51, author", d.Title, d.Subtitle, d.Meta, title)
	}
}

// TestUntitled: a file of two sections of one level has no title of its
// own (docutils reads none): its name titles it, and they are sections.
func TestUntitled(t *testing.T) {
	src := "Preamble\n========\n\nIt declares India a sovereign, socialist, secular, democratic republic.\n\n" +
		"Keywords\n--------\n\n- *Sovereign*: not subject to any external authority.\n\n" +
		"Amendability\n============\n\nThe 42nd Amendment (1976) added \"socialist\" and \"secular\".\n"
	d, got := corpustest.Placed(t, "preamble.rst", []byte(src))
	want := []string{
		"preamble › Preamble: It declares India a sovereign, socialist, secular, democratic republic. (line 4)",
		"preamble › Preamble › Keywords: Sovereign: not subject to any external authority. (line 9)",
		"preamble › Amendability: The 42nd Amendment (1976) added \"socialist\" and \"secular\". (line 14)",
	}
	if d.Title != "preamble" || !slices.Equal(got, want) {
		t.Errorf("title %q, passages\n%s\nwant preamble,\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestShapes checks the Markdown each of the format's shapes is written
// as.
func TestShapes(t *testing.T) {
	tests := []struct{ name, src, want string }{
		{"option list and doctest", "-a, --all   Show every article.\n--part=N    Only Part N,\n            numbered in Roman.\n\n>>> len('Part III')\n8\n", "- `-a, --all`: Show every article.\n- `--part=N`: Only Part N,\n              numbered in Roman.\n\n```\n>>> len('Part III')\n8\n```\n"},
		{"auto-numbered list", "#. Right to Equality\n#. Right to Freedom\n\n3) Cultural rights\n4) Educational rights\n", "1. Right to Equality\n2. Right to Freedom\n\n3. Cultural rights\n4. Educational rights\n"},
		{"quoted literal block", "The Preamble begins::\n\n> We, the people of India,\n> having solemnly resolved\n\nAfter it.\n", "The Preamble begins:\n\n```\n> We, the people of India,\n> having solemnly resolved\n```\n\nAfter it.\n"},
		{"expanded literal marker", "Article 21 reads: ::\n\n    No person shall be deprived of his life or personal liberty.\n", "Article 21 reads:\n\n```\nNo person shall be deprived of his life or personal liberty.\n```\n"},
		{"csv table with a delimiter", ".. csv-table:: Writs\n   :header-rows: 1\n   :delim: ;\n\n   Writ; Meaning\n   Certiorari; \"To be certified\"\n", "Table: Writs\n\n| Writ | Meaning |\n| --- | --- |\n| Certiorari | To be certified |\n"},
		{"csv table of a file", ".. csv-table:: Writs\n   :file: writs.csv\n\nAfter.\n", "After.\n"},
		{"grid table spanning columns", "+--------+--------+\n| Part III         |\n+========+========+\n| Art 14 | Art 15 |\n+--------+--------+\n", "| Part III |  |\n| --- | --- |\n| Art 14 | Art 15 |\n"},
		{"simple table without header", "=========  =====\nArticle    Year\n=========  =====\n", "|  |  |\n| --- | --- |\n| Article | Year |\n"},
		{"field list in the text", "Some text.\n\n:Article 32: Right to constitutional remedies.\n:Article 226: Writs of the High Courts.\n", "Some text.\n\nArticle 32: Right to constitutional remedies.\nArticle 226: Writs of the High Courts.\n"},
		{"left out", ".. only:: html\n\n   Shown on the website only.\n\n.. raw:: html\n\n   <hr>\n\n.. include:: ../common/disclaimer.rst\n\n.. toctree::\n   :maxdepth: 1\n\n   rights\n\nKept.\n", "Kept.\n"},
		{"comments", ".. This is a comment\n   over two lines.\n\n..\n\n   A quote after an empty comment.\n", "> A quote after an empty comment.\n"},
		{"code block with caption", ".. code-block:: python\n   :caption: Count the rights\n   :linenos:\n\n   rights = 6\n   print(rights)\n", "Count the rights\n\n```python\nrights = 6\nprint(rights)\n```\n"},
		{"figure", ".. figure:: map.png\n   :width: 80%\n\n   States reorganised in 1956.\n\n   The legend: red for new states.\n", "States reorganised in 1956.\n\nThe legend: red for new states.\n"},
		{"version and sidebar", ".. versionadded:: 2020 The 104th Amendment.\n\n.. sidebar:: Quick fact\n   :subtitle: Article 334\n\n   Reservation in legislatures was extended.\n", "Added in version 2020: The 104th Amendment.\n\n> [!note] Quick fact: Article 334\n> Reservation in legislatures was extended.\n"},
		{"nested block quote", "Said the court:\n\n    Equality is a dynamic concept.\n\n        It cannot be cribbed.\n", "Said the court:\n\n> Equality is a dynamic concept.\n>\n> > It cannot be cribbed.\n"},
		{"escapes and stray marks", "Multiply 2 * 3 * 4; the \\*stars\\* stay; a_b_c and __init__ too.\n- not an entry: the paragraph goes on\n#. nor is this\n", "Multiply 2 \\* 3 \\* 4; the \\*stars\\* stay; a_b_c and \\_\\_init\\_\\_ too.\n&#45; not an entry: the paragraph goes on\n&#35;. nor is this\n"},
		{"hyphen list under text", "The six freedoms:\n\n- speech\n- assembly\n", "The six freedoms:\n\n- speech\n- assembly\n"},
		{"unknown directive and container", ".. container:: box\n\n   Inside a box.\n\n.. youtube:: abc123\n", "Inside a box.\n"},
		{"transition", "Before.\n\n----------\n\nAfter.\n", "Before.\n\nAfter.\n"},
		{"paragraph then title without a blank", "Intro text.\nRights\n======\n\nBody.\n", "Intro text.\n\n## Rights\n\nBody.\n"},
		{"glossary with sorted", ".. glossary::\n   :sorted:\n\n   Writ\n      An order.\n", "- **Writ:** An order.\n"},
		{"admonition only code", ".. admonition:: Example\n\n   .. code-block:: text\n\n      Art. 32\n", "Example:\n\n```text\nArt. 32\n```\n"},
		{"dropdown and tab-set", ".. tab-set::\n\n   .. tab-item:: Prelims\n\n      Remember Article 32.\n\n.. dropdown:: Answer\n\n   Article 32.\n", "> [!note] Prelims\n> Remember Article 32.\n\n> [!note] Answer\n> Article 32.\n"},
		{"footnote cited twice and uncited", "Once [1]_ and again [1]_.\n\n.. [1] The note.\n.. [2] Never cited.\n.. [CIT] A citation nobody cites.\n", "Once (The note.) and again.\n\nNever cited.\n\nCIT: A citation nobody cites.\n"},
		{"hlist and centered", ".. centered:: PART III\n\n.. hlist::\n   :columns: 2\n\n   * Equality\n   * Freedom\n", "PART III\n\n- Equality\n- Freedom\n"},
		{"math", "Area :math:`\\pi r^2`.\n\n.. math::\n\n   E = mc^2\n", "Area `\\\\pi r^2`.\n\n```math\nE = mc^2\n```\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			c, err := Convert([]byte(tt.src))
			if err != nil {
				t.Fatal(err)
			}
			corpustest.Lined(t, c)
			if string(c.Text) != tt.want {
				t.Errorf("Convert(%q) =\n%s\nwant\n%s", tt.src, c.Text, tt.want)
			}
		})
	}
}

// TestInline checks what inline markup shows.
func TestInline(t *testing.T) {
	defs := ".. |FR| replace:: Fundamental *Rights*\n.. |rs| unicode:: U+20B9 .. rupee sign\n\n.. _art21:\n\n" +
		"Right to Life\n=============\n\n.. [#] Auto note.\n.. [#named] Named note.\n.. [*] Symbol note.\n.. [Basu] D. D. Basu.\n"
	tests := []struct{ name, in, want string }{
		{"emphasis", "*emphasis*, **strong**, ´´literal *x*´´, ´title´", "*emphasis*, **strong**, ´literal \\*x\\*´, *title*"},
		{"stray asterisks", "2 * 3 = 6 and a*b*c, '*' and (*) stay", "2 \\* 3 = 6 and a\\*b\\*c, '\\*' and (\\*) stay"},
		{"references to labels", ":ref:´life <art21>´, :ref:´art21´, :ref:´basic-structure_doctrine´, :ref:´genindex´", "life, Right to Life, basic structure doctrine, Index"},
		{"documents and terms", ":doc:´../polity/fundamental_rights´, :doc:´Rights page <rights>´, :term:´Writ´, :term:´writs <Writ>´", "fundamental rights, Rights page, Writ, writs"},
		{"abbreviations and keys", ":abbr:´PIL (Public Interest Litigation)´, :kbd:´Ctrl+F´, :guilabel:´&Save && Exit´, :menuselection:´File --> Save´", "PIL (Public Interest Litigation), ´Ctrl+F´, Save & Exit, File → Save"},
		{"other roles", "H\\ :sub:´2´\\ O, 10\\ :sup:´th´, :math:´a^2´, :emphasis:´em´, :strong:´st´, :literal:´lit´, :pep:´8´, :rfc:´2616#sec´", "H2O, 10th, ´a^2´, *em*, **st**, ´lit´, PEP 8, RFC 2616"},
		{"hyperlinks", "´Wikipedia <https://en.wikipedia.org/wiki/X>´_, ´Basu´_, Kesavananda_, ´anon <http://x.org>´__, ´<https://a.b/c>´_", "Wikipedia, Basu, Kesavananda, anon, https://a.b/c"},
		{"targets and substitutions", "_´Article 32´, |FR|, |rs| 100, |unknown|, |FR|_", "Article 32, Fundamental *Rights*, ₹ 100, |unknown|, Fundamental *Rights*"},
		{"footnotes and citations", "one [#]_, two [#named]_, three [*]_, cite [Basu]_, missing [9]_", "one (Auto note.), two (Named note.), three (Symbol note.), cite (D. D. Basu.), missing [9]"},
		{"escapes", "\\*not em\\*, back\\\\slash, \\´tick\\´, https://x.org/a_b_c.", "\\*not em\\*, back\\\\slash, \\´tick\\´, https://x.org/a_b_c."},
		{"domain roles", ":py:func:´~os.path.join´, :class:´!Thing´, :unknown:´Text´, ´text´:term:", "join, Thing, Text, text"},
		{"over two lines", "see :ref:´Right\nto Life <art21>´ and\nmore", "see Right to Life and\nmore"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			p := newParser()
			p.blocks(splitLines(defs), 0)
			w := newWriter(p)
			if got, _ := w.inline(rst(tt.in), 0); got != rst(tt.want) {
				t.Errorf("inline(%q) = %q, want %q", rst(tt.in), got, rst(tt.want))
			}
		})
	}
}

func TestIsRST(t *testing.T) {
	tests := []struct {
		name, data string
		want       bool
	}{
		{"Sphinx page", sphinxPage, true},
		{"docutils file", docutilsFile, true},
		{"roles under a title", rst("Writs\n=====\n\nSee :ref:´habeas-corpus´ first.\n"), true},
		{"Markdown with setext headings", "Writs\n=====\n\nSee [habeas corpus](hc.md).\n", false},
		{"Markdown showing reStructuredText", "# Sphinx\n\n```rst\n.. note:: x\n```\n\nWrits\n-----\n", false},
		{"plain notes", "Writs\n\nFive writs: habeas corpus, mandamus, prohibition, certiorari, quo warranto.\n", false},
		{"title alone", "Writs\n=====\n\nFive of them.\n", false},
		{"a web page", "<html><body>\n.. note:: x\n\nWrits\n=====\n</body></html>", false},
	}
	for _, tt := range tests {
		if got := IsRST([]byte(tt.data)); got != tt.want {
			t.Errorf("IsRST(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestSkip: a Sphinx project's index, a title over a toctree, holds no
// notes: in a folder it is skipped and the pages of notes are read; named
// on its own, it is a problem.
func TestSkip(t *testing.T) {
	index := "Polity notes\n============\n\n.. toctree::\n   :maxdepth: 2\n   :caption: Contents:\n\n   fundamental-rights\n   dpsp\n"
	corpustest.SkippedInFolder(t, map[string]string{"index.rst": index, "writs.rst": sphinxPage}, "index.rst", string(errContents))
}

func TestWindows1252(t *testing.T) {
	src := []byte("Rights\n======\n\nThe State \x96 as Article 12 defines it \x96 includes Parliament.\n")
	c, err := Convert(src)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(c.Text, []byte("The State – as Article 12 defines it – includes Parliament.")) || c.NotUTF8At != 4 {
		t.Errorf("Convert() = %q, not UTF-8 at %d; want the dashes read, at line 4", c.Text, c.NotUTF8At)
	}
}

// TestBadFiles: a clear error, never a panic.
func TestBadFiles(t *testing.T) {
	bomb := ".. |a| replace:: x x x x x x x x x x\n"
	for _, name := range []string{"b", "c", "d", "e", "f", "g", "h"} {
		prev := string(rune(name[0] - 1))
		bomb += ".. |" + name + "| replace::" + strings.Repeat(" |"+prev+"|", 10) + "\n"
	}
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", []byte(" \n\n"), "the reStructuredText file is empty"},
		{"comments only", []byte(".. TODO: write the notes on Article 21\n\n.. toctree::\n\n   rights\n"), "a Sphinx table of contents (toctree), no notes"},
		{"binary", []byte("Rights\n======\n\x00\x01\x02"), "the reStructuredText file is damaged: it holds binary data"},
		{"nested too deep", []byte(strings.Repeat("- ", 100) + "Article 21\n"), "damaged reStructuredText: blocks nested too deep"},
		{"substitutions that explode", []byte(bomb + "\n|h|\n"), "damaged reStructuredText: substitutions expand"},
		{"too large", append([]byte("Rights\n======\n"), bytes.Repeat([]byte(" "), MaxBytes)...), "the reStructuredText file is too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Convert(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// FuzzConvert: no panic whatever the bytes; a file read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add(sphinxPage)
	f.Add(docutilsFile)
	for _, s := range []string{
		"+--+--+\n| a|b |\n+==+\n|x\n", "===  ==\na\n===\n", ".. list-table::\n   * - a\n     - b\n   * c\n",
		":a: b\n  c\n\n:d:", "``x`` *y* ´z´_ |q| [#]_ :r:´t <u>´", "#. a\n\n   #. b\n\n#) c", "x::\n\n>y\n",
	} {
		f.Add(rst(s))
	}
	f.Fuzz(func(t *testing.T, src string) {
		c, err := Convert([]byte(src))
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("notes.rst", []byte(src)); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
