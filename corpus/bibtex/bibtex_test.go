package bibtex

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// jabref is a reading list as JabRef 5 saves it in BibLaTeX mode: its
// encoding header, a @String and a @Preamble, entries with JabRef's
// clutter (file, groups, owner, creationdate, isbn, doi, urldate), a
// comment field of two paragraphs and a list, keywords apart by commas
// and by semicolons, and JabRef's settings and groups at the end.
const jabref = `% Encoding: UTF-8

@String{epw = {Economic and Political Weekly}}

@Preamble{"\newcommand{\noopsort}[1]{}"}

@Book{Austin1966,
  author       = {Austin, Granville},
  title        = {The {Indian} Constitution: Cornerstone of a Nation},
  year         = {1966},
  publisher    = {Oxford University Press},
  location     = {Oxford},
  isbn         = {9780195649598},
  abstract     = {A history of how the Constituent Assembly framed the Constitution between 1946 and 1949, drawn from the members' papers.},
  comment      = {Chapter 3 is the one for Part III. Austin calls the Fundamental Rights and the Directive Principles the ` + "``" + `conscience'' of the Constitution.

Why the Assembly wrote rights down:
- memory of the colonial Rowlatt Act and detention without trial;
- minorities asked for guarantees before Partition.},
  keywords     = {Constituent Assembly, Fundamental Rights, Directive Principles},
  file         = {:Austin1966 - The Indian Constitution.pdf:PDF},
  groups       = {Part III},
  owner        = {ravi},
  creationdate = {2024-06-11T09:14:32},
}

@Article{Bhatia2017,
  author       = {Bhatia, Gautam},
  title        = {The Supreme Court's Right to {P}rivacy Judgment},
  journaltitle = epw,
  date         = {2017-09-02},
  volume       = {52},
  number       = {35},
  pages        = {22--25},
  doi          = {10.2307/26695772},
  annotation   = {Puttaswamy (2017): privacy is intrinsic to life and personal liberty under Article~21 and runs through Part~III.
Overrules \emph{M.~P. Sharma} (1954) and \emph{Kharak Singh} (1962) on this point.},
  keywords     = {Article 21; privacy; Puttaswamy},
  groups       = {Part III},
}

@Online{PRS2019,
  author  = {{PRS Legislative Research}},
  title   = {The Constitution (One Hundred and Third Amendment) Act, 2019},
  url     = {https://prsindia.org/billtrack/the-constitution-one-hundred-and-twenty-fourth-amendment-bill-2019},
  urldate = {2024-06-12},
  note    = {Inserted Articles 15(6) and 16(6): up to 10\% reservation for the economically weaker sections, over and above the 50\% ceiling.},
}

@InCollection{Khosla2016,
  author    = {Khosla, Madhav},
  editor    = {Choudhry, Sujit and Khosla, Madhav and Mehta, Pratap Bhanu},
  title     = {Constitutional Amendment},
  booktitle = {The Oxford Handbook of the Indian Constitution},
  publisher = {Oxford University Press},
  year      = {2016},
  pages     = {232--250},
}

@Comment{jabref-meta: databaseType:biblatex;}

@Comment{jabref-meta: grouping:
0 AllEntriesGroup:;
1 StaticGroup:Part III\;0\;1\;0x8a8a8aff\;\;\;;
}
`

// handmade is a reading list typed by hand (in Overleaf or Emacs): a
// banner that titles it and a paragraph under it, @string macros joined
// with "#", the month's macro, groups named by comments, a comment about
// the entry under it, an entry in parentheses with quoted values, LaTeX
// everywhere (accents of transliterated names, escapes, TeX's quotes and
// dashes, \emph, \textbf, \url, ties, \S) and a commented-out entry.
const handmade = `% ==================================================
%  Fundamental Rights: a reading list for GS2
% ==================================================
%
% Cases and commentary on Part III, from the Laxmikanth bibliography
% and Sir's handouts.

@string{sc  = "Supreme Court of India"}
@string{scc = "Supreme Court Cases"}

% --- Right to Equality (Art. 14--18) ---

@misc{sawhney1992,
  author       = sc,
  title        = {Indra Sawhney v. Union of India},
  year         = 1992,
  month        = nov,
  howpublished = scc # " (Supp) 3 SCC 217",
  note         = {Upheld 27\% reservation for the OBCs but capped reservations at 50\%
                  and kept out the ` + "``" + `creamy layer''.

                  Exceeding the cap needs ` + "``" + `extraordinary situations''---the State must show them.},
  keywords     = {Article 16(4); reservation; creamy layer},
}

% Read with Austin's chapter on the Assembly's debates.
@book(cad1949,
  author    = "Ambedkar, B. R. and others",
  title     = "Constituent Assembly Debates, Volume {VII}",
  publisher = {Lok Sabha Secretariat},
  year      = "1949",
  annote    = {Ambedkar called Article~32 ` + "``" + `the very soul of the Constitution and the very heart of it''.}
)

% === Right to Freedom (Art. 19--22) ===

@article{sathe2001,
  author   = {Sathe, S. P.},
  title    = {Judicial Activism: The {Indian} Experience},
  journal  = {Washington University Journal of Law \& Policy},
  volume   = {6},
  pages    = {29--107},
  year     = {2001},
  url      = {https://openscholarship.wustl.edu/law\_journal\_law\_policy/vol6/iss1/3},
  abstract = {Traces how the Court read \emph{procedure established by law} in Article~21
              as ` + "``" + `due process'' after \textit{Maneka Gandhi} (1978) --- a reading the
              framers had turned down.},
}

@misc{kesavananda1973,
  title        = {{K}e{\'s}av{\=a}nanda {B}h{\=a}rat{\=\i} v. State of Kerala},
  author       = {{Supreme Court of India}},
  date         = {1973-04-24},
  howpublished = {\url{https://indiankanoon.org/doc/257876/}},
  annotation   = {13-judge bench, 7:6. Parliament may amend any part of the Constitution,
Fundamental Rights included, but not its \textbf{basic structure}.

Overruled \emph{Golak N{\=a}th} (1967); see D{\'e}sai's note, \S~4.},
  file         = {/home/ravi/Zotero/storage/8KX2Q9ZD/kesavananda.pdf},
}

% @article{puttaswamy2017,
%   title = {K. S. Puttaswamy v. Union of India},
% }
`

func TestConvert(t *testing.T) {
	rights := "Fundamental Rights: a reading list for GS2"
	for _, tt := range []struct {
		name, data, title string
		want              []string
	}{
		{"fundamental-rights.bib", jabref, "fundamental rights", []string{
			"fundamental rights › The Indian Constitution: Cornerstone of a Nation › 1: Granville Austin (1966). Oxford University Press (line 7)",
			"fundamental rights › The Indian Constitution: Cornerstone of a Nation › 2: A history of how the Constituent Assembly framed the Constitution between 1946 and 1949, drawn from the members' papers. (line 14)",
			"fundamental rights › The Indian Constitution: Cornerstone of a Nation › 3: Chapter 3 is the one for Part III. Austin calls the Fundamental Rights and the Directive Principles the “conscience” of the Constitution. (line 15)",
			"fundamental rights › The Indian Constitution: Cornerstone of a Nation › 4: Why the Assembly wrote rights down:\n- memory of the colonial Rowlatt Act and detention without trial; (line 17)",
			"fundamental rights › The Indian Constitution: Cornerstone of a Nation › 5: minorities asked for guarantees before Partition. (line 19)", // corpus's own split of a long list
			"fundamental rights › The Indian Constitution: Cornerstone of a Nation › 6: Keywords: Constituent Assembly, Fundamental Rights, Directive Principles (line 20)",
			"fundamental rights › The Supreme Court's Right to Privacy Judgment › 1: Gautam Bhatia (2017-09-02). Economic and Political Weekly 52(35), pp. 22–25 (line 27)",
			"fundamental rights › The Supreme Court's Right to Privacy Judgment › 2: Puttaswamy (2017): privacy is intrinsic to life and personal liberty under Article 21 and runs through Part III. Overrules M. P. Sharma (1954) and Kharak Singh (1962) on this point. (line 36)",
			"fundamental rights › The Supreme Court's Right to Privacy Judgment › 3: Keywords: Article 21, privacy, Puttaswamy (line 38)",
			"fundamental rights › The Constitution (One Hundred and Third Amendment) Act, 2019 › 1: PRS Legislative Research. https://prsindia.org/billtrack/the-constitution-one-hundred-and-twenty-fourth-amendment-bill-2019 (line 42)",
			"fundamental rights › The Constitution (One Hundred and Third Amendment) Act, 2019 › 2: Inserted Articles 15(6) and 16(6): up to 10% reservation for the economically weaker sections, over and above the 50% ceiling. (line 47)",
			"fundamental rights › Constitutional Amendment: Madhav Khosla (2016). In The Oxford Handbook of the Indian Constitution, Oxford University Press (line 50)",
		}},
		{"rights.bib", handmade, rights, []string{
			rights + " › Definition: Cases and commentary on Part III, from the Laxmikanth bibliography and Sir's handouts. (line 5)",
			rights + " › Right to Equality (Art. 14–18) › Indra Sawhney v. Union of India › 1: Supreme Court of India (November 1992). Supreme Court Cases (Supp) 3 SCC 217 (line 13)",
			rights + " › Right to Equality (Art. 14–18) › Indra Sawhney v. Union of India › 2: Upheld 27% reservation for the OBCs but capped reservations at 50% and kept out the “creamy layer”. (line 19)",
			rights + " › Right to Equality (Art. 14–18) › Indra Sawhney v. Union of India › 3: Exceeding the cap needs “extraordinary situations”—the State must show them. (line 22)",
			rights + " › Right to Equality (Art. 14–18) › Indra Sawhney v. Union of India › 4: Keywords: Article 16(4), reservation, creamy layer (line 23)",
			rights + " › Right to Equality (Art. 14–18) › Constituent Assembly Debates, Volume VII › 1: B. R. Ambedkar et al. (1949). Lok Sabha Secretariat (line 27)",
			rights + " › Right to Equality (Art. 14–18) › Constituent Assembly Debates, Volume VII › 2: Read with Austin's chapter on the Assembly's debates. (line 26)",
			rights + " › Right to Equality (Art. 14–18) › Constituent Assembly Debates, Volume VII › 3: Ambedkar called Article 32 “the very soul of the Constitution and the very heart of it”. (line 32)",
			rights + " › Right to Freedom (Art. 19–22) › Judicial Activism: The Indian Experience › 1: S. P. Sathe (2001). Washington University Journal of Law & Policy 6, pp. 29–107 (line 37)",
			rights + " › Right to Freedom (Art. 19–22) › Judicial Activism: The Indian Experience › 2: Traces how the Court read procedure established by law in Article 21 as “due process” after Maneka Gandhi (1978) — a reading the framers had turned down. (line 45)",
			rights + " › Right to Freedom (Art. 19–22) › Keśavānanda Bhāratī v. State of Kerala › 1: Supreme Court of India (1973-04-24). https://indiankanoon.org/doc/257876/ (line 50)",
			rights + " › Right to Freedom (Art. 19–22) › Keśavānanda Bhāratī v. State of Kerala › 2: 13-judge bench, 7:6. Parliament may amend any part of the Constitution, Fundamental Rights included, but not its basic structure. (line 55)",
			rights + " › Right to Freedom (Art. 19–22) › Keśavānanda Bhāratī v. State of Kerala › 3: Overruled Golak Nāth (1967); see Désai's note, § 4. (line 58)",
		}},
	} {
		if f := corpus.FormatOf([]byte(tt.data)); f != "BibTeX bibliography" {
			t.Errorf("%s: FormatOf = %q, want BibTeX bibliography", tt.name, f)
		}
		d, got := corpustest.Placed(t, tt.name, []byte(tt.data))
		if d.Title != tt.title || d.Format != "BibTeX bibliography" || !slices.Equal(got, tt.want) {
			t.Errorf("%s: title %q, format %q, passages\n%s\nwant %q, BibTeX bibliography,\n%s", tt.name, d.Title, d.Format, strings.Join(got, "\n"), tt.title, strings.Join(tt.want, "\n"))
		}
	}
}

// TestTitles: what titles a reading list, and where a comment goes.
func TestTitles(t *testing.T) {
	for _, tt := range []struct {
		name, data, title string
		want              []string
	}{
		{"a preamble's title", "@preamble{ \"\\title{Part III: cases}\" # \"\\newcommand{\\noopsort}[1]{}\" }\n\n@misc{a, title = {A. K. Gopalan v. State of Madras}, year = 1950}\n",
			"Part III: cases", []string{"Part III: cases › A. K. Gopalan v. State of Madras: 1950 (line 3)"}},
		{"a comment's title line", "@comment{Title: DPSP vs FR\nArticles 36 to 51 against Part III.}\n@misc{b, title = {Minerva Mills v. Union of India}, year = 1980}\n",
			"DPSP vs FR", []string{
				"DPSP vs FR › Definition: Articles 36 to 51 against Part III. (line 2)",
				"DPSP vs FR › Minerva Mills v. Union of India: 1980 (line 3)",
			}},
		{"groups only", "% Right to Equality\n@misc{c, title = {E. P. Royappa v. State of Tamil Nadu}, year = 1974}\n\n% Right to Life\n@misc{d, title = {Maneka Gandhi v. Union of India}, year = 1978}\n% TODO: add Puttaswamy.\n",
			"reading", []string{
				"reading › Right to Equality › E. P. Royappa v. State of Tamil Nadu: 1974 (line 2)",
				"reading › Right to Life › Maneka Gandhi v. Union of India › 1: 1978 (line 5)",
				"reading › Right to Life › Maneka Gandhi v. Union of India › 2: TODO: add Puttaswamy. (line 6)", // the section it ends
			}},
		{"a group's own paragraph", "% Cultural and educational rights\n% protect minorities: Articles 29 and 30.\n\n% ===== Minorities =====\n% Both religious and linguistic.\n@misc{e, title = {T. M. A. Pai Foundation v. State of Karnataka}, date = {2002-10-31}}\n",
			"reading", []string{
				"reading › Definition: Cultural and educational rights protect minorities: Articles 29 and 30. (line 1)",
				"reading › Minorities: Both religious and linguistic. (line 5)",
				"reading › Minorities › T. M. A. Pai Foundation v. State of Karnataka: 2002-10-31 (line 6)",
			}},
	} {
		d, got := corpustest.Placed(t, "reading.bib", []byte(tt.data))
		if d.Title != tt.title || !slices.Equal(got, tt.want) {
			t.Errorf("%s: title %q, passages\n%s\nwant %q,\n%s", tt.name, d.Title, strings.Join(got, "\n"), tt.title, strings.Join(tt.want, "\n"))
		}
	}
}

// zotero is a library exported by Zotero's Better BibLaTeX: titles in
// double braces, no @string, langid and isbn, a note as annotation and
// an attachment's path in file; an edited book; a report with an
// institution; a field commented out by hand, a field given twice, and
// JabRef's per-user comment.
const zotero = `@book{basuIntroductionConstitutionIndia2022,
  title = {Introduction to the {{Constitution}} of {{India}}},
  editor = {Manohar, V. R. and Banerjee, Bhagabati Prosad},
  date = {2022},
  edition = {26},
  publisher = {{LexisNexis}},
  location = {{Gurugram}},
  isbn = {978-93-5545-112-1},
  langid = {english},
  annotation = {Basu on Article 13: laws inconsistent with Part III are void ` + "``" + `to the extent of the inconsistency'' --- the doctrine of eclipse.},
  file = {/home/ravi/Zotero/storage/QW8E2M4A/Basu - 2022.pdf}
}

@report{lawcommission2018,
  title = {Consultation Paper on Reform of Family Law},
  author = {{Law Commission of India}},
  year = {2018},
  month = {8},
  institution = {{Ministry of Law and Justice}},
  % url = {https://lawcommissionofindia.nic.in/},
  note = {Said a Uniform Civil Code is ` + "``" + `neither necessary nor desirable'' at this stage (Art.~44).},
  note = {A second note, ignored as JabRef and biber ignore it.},
  comment-ravi = {Contrast with Article 25's freedom of religion.}
}
`

func TestZotero(t *testing.T) {
	_, got := corpustest.Placed(t, "My Library.bib", []byte(zotero))
	want := []string{
		// corpus reads a section named "Introduction…" as an introduction: one passage
		"My Library › Introduction to the Constitution of India: V. R. Manohar and Bhagabati Prosad Banerjee (ed.) (2022). LexisNexis\nBasu on Article 13: laws inconsistent with Part III are void “to the extent of the inconsistency” — the doctrine of eclipse. (line 1)",
		"My Library › Consultation Paper on Reform of Family Law › 1: Law Commission of India (August 2018). Ministry of Law and Justice (line 14)",
		"My Library › Consultation Paper on Reform of Family Law › 2: Said a Uniform Civil Code is “neither necessary nor desirable” at this stage (Art. 44). (line 21)",
		"My Library › Consultation Paper on Reform of Family Law › 3: Contrast with Article 25's freedom of religion. (line 23)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestTex(t *testing.T) {
	for _, tt := range []struct{ name, in, want string }{
		{"case protection", `The {Indian} {C}onstitution`, "The Indian Constitution"},
		{"accents braced", `D{\'e}sai and G{\"o}del`, "Désai and Gödel"},
		{"accents bare", `\'Sa\~nkara, \"Uber, Bh\=arat\=\i`, "Śañkara, Über, Bhāratī"},
		{"accent commands", `\d{S}r\={\i} \v{C}apek \c{c}a \u{a} {\H o}`, "Ṣrī Čapek ça ă ő"},
		{"letters", `{\ss} {\o} {\ae} {\l}\'od\'z`, "ß ø æ łódź"},
		{"escapes", `27\% \& 3\_a \$5 \#1 \{x\}`, "27% & 3_a $5 #1 {x}"},
		{"dashes and quotes", "pp. 12--45 --- ``soul'' and `heart'", "pp. 12–45 — “soul” and ‘heart'"},
		{"text commands", `\textit{Maneka} \emph{Gandhi} \textbf{basic structure} \textsc{sc}`, "Maneka Gandhi basic structure sc"},
		{"links", `\url{https://x.in/a_b~c} and \href{https://x.in}{the judgment}`, "https://x.in/a_b~c and the judgment"},
		{"quotes commands", `\enquote{equal protection}\footnote{Art. 14}`, "“equal protection” (Art. 14)"},
		{"ties and breaks", `Article~21\\ Part~III \S~12`, "Article 21  Part III § 12"},
		{"dropped", `see \cite{austin} and {\noopsort{a}}Gopalan\label{x}`, "see  and Gopalan"},
		{"math", `$\geq$ 50\% $\times$ 2`, "≥ 50% × 2"},
		{"unknown commands keep their text", `\mbox{Art.}\,\foo[opt]{bar} \relax x`, "Art. bar  x"}, // spaces are folded by line
		{"lines kept", "a {b\nc}\n\\cite{x,\ny} d", "a b\nc\n\n d"},
		{"cut short", `\'{e`, "é"},
		{"trailing backslash", `x \`, "x  "},
	} {
		if got := tex(tt.in); got != tt.want {
			t.Errorf("%s: tex(%q) = %q, want %q", tt.name, tt.in, got, tt.want)
		}
	}
}

func TestPeople(t *testing.T) {
	for _, tt := range []struct{ in, want string }{
		{"Austin, Granville", "Granville Austin"},
		{"H. M. Seervai", "H. M. Seervai"},
		{"Bhatia, Gautam and Khosla, Madhav", "Gautam Bhatia and Madhav Khosla"},
		{"Basu, D. D. and Jain, M. P. AND Sathe, S. P.", "D. D. Basu, M. P. Jain and S. P. Sathe"},
		{"Ambedkar, B. R. and others", "B. R. Ambedkar et al."},
		{"{Ministry of Law and Justice}", "Ministry of Law and Justice"},
		{"King, Jr, Martin Luther", "Martin Luther King, Jr"},
		{"D{\\'e}sai, A.\n   and Kum{\\=a}r, R.", "A. Désai and R. Kumār"},
	} {
		if got := people(tt.in); got != tt.want {
			t.Errorf("people(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

// TestWindows1252: a file JabRef saved in its old default encoding is
// read, with a warning at its first such line.
func TestWindows1252(t *testing.T) {
	data := []byte("% Encoding: windows-1252\n\n@book{basu,\n  author = {Basu, Durga Das},\n  title = {Introduction to the Constitution of India},\n  note = {Art. 32 \x96 the remedy is itself a right; D\xe9sai disagrees.}\n}\n")
	d, got := corpustest.Placed(t, "basu.bib", data)
	want := []string{ // corpus reads a section named "Introduction…" as an introduction: one passage
		"basu › Introduction to the Constitution of India: Durga Das Basu\nArt. 32 – the remedy is itself a right; Désai disagrees. (line 3)",
	}
	if !slices.Equal(got, want) || len(d.Warnings) != 1 || d.Warnings[0].Line != 6 {
		t.Errorf("passages\n%s\nwarnings %v; want\n%s\nand a warning at line 6", strings.Join(got, "\n"), d.Warnings, strings.Join(want, "\n"))
	}
}

func TestIsBibliography(t *testing.T) {
	for _, tt := range []struct {
		name, data string
		want       bool
	}{
		{"an entry after comments", "% Encoding: UTF-8\n\n@Article{bhatia2017,\n", true},
		{"a macro first", "\ufeff@string{sc = \"Supreme Court\"}", true},
		{"parentheses", "@book(cad1949,\n", true},
		{"notes that mention BibTeX", "# Citing\n\nWrite @article{key, title = {…}} in the .bib file.\n", false},
		{"an e-mail", "@ravi: send me the list\n", false},
		{"an unknown type", "@lecture{gs2,\n", false},
	} {
		if got := IsBibliography([]byte(tt.data)); got != tt.want {
			t.Errorf("%s: IsBibliography = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestBadFiles: a clear error, never a panic.
func TestBadFiles(t *testing.T) {
	doubling := "@string{a = \"" + strings.Repeat("x", 1000) + "\"}\n" // each macro twice the one before
	for c := 'b'; c <= 'z'; c++ {
		doubling += "@string{" + string(c) + " = " + string(c-1) + " # " + string(c-1) + "}\n"
	}
	halfMB := "@string{a = \"" + strings.Repeat("x", 1000) + "\"}\n"
	for c := 'b'; c <= 'j'; c++ {
		halfMB += "@string{" + string(c) + " = " + string(c-1) + " # " + string(c-1) + "}\n"
	}
	halfMB += "@misc{k,\n" + strings.Repeat("  note = j,\n", 40) + "}\n"
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"empty", nil, "the BibTeX file is empty"},
		{"comments only", []byte("% Encoding: UTF-8\n@comment{jabref-meta: databaseType:bibtex;}\n"), "the BibTeX file has no entries"},
		{"entry not closed", []byte("@book{austin1966,\n  title = {The Indian Constitution},\n  year = 1966,\n"), "damaged BibTeX file: line 1: @book{austin1966 is not closed"},
		{"entry not closed before the next", []byte("@book{a,\n  title = {X},\n\n@article{b, title = {Y}}\n"), "damaged BibTeX file: line 1: @book{a is not closed before the entry on line 4"},
		{"last field's brace missing", []byte("@book{a,\n  title = {X},\n  year = 1966\n\n@article{b, title = {Y}}\n"), "damaged BibTeX file: line 1: @book{a is not closed before the entry on line 5"},
		{"brace never closed", []byte("@book{a,\n  title = {X},\n  abstract = {Part III {guarantees,\n  year = 1966\n}\n"), `damaged BibTeX file: line 3: the value of "abstract" in @book{a has a "{" that is never closed`},
		{"quote never closed", []byte("@book{a, title = \"X}\n"), `damaged BibTeX file: line 1: the value of "title" in @book{a has a '"' that is never closed`},
		{"no equals sign", []byte("@book{a,\n  title {X}\n}\n"), `damaged BibTeX file: line 2: in @book{a: expected "=" after "title"`},
		{"comma missing", []byte("@book{a,\n  title = {X}\n  year = 1966\n}\n"), `damaged BibTeX file: line 3: in @book{a: expected "," or "}" after the value of "title", found "year = 1966"`},
		{"comment not closed", []byte("@comment{notes\n@book{a, title = {X}}"), "damaged BibTeX file: line 1: the @comment is not closed"},
		{"binary", []byte("@book{a,\x00\x00\x00"), "the BibTeX file is damaged: it holds binary data"},
		{"a macro doubled", []byte(doubling), "damaged BibTeX file: line 12: the value of @string{l} is longer than 1 MB"},
		{"macros used over and over", []byte(halfMB), "damaged BibTeX file: line 42: @string macros expand to more than 16 MB"},
		{"too many entries", bytes.Repeat([]byte("@misc{a,}\n"), MaxEntries+1), "BibTeX file too large: more than 100000 entries"},
		{"too large", append([]byte("@misc{a,}"), bytes.Repeat([]byte(" "), MaxBytes)...), "the BibTeX file is too large: 50 MB"},
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
	f.Add([]byte(jabref))
	f.Add([]byte(handmade))
	f.Add([]byte("@string(x = {a} # \"b\" # 12)\n@misc{k, title = x # {\\'{\\i}\\enquote{\\footnote{z}}}, author = {a and {b, c} and others}}"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("refs.bib", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
