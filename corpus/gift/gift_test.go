package gift

import (
	"bytes"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// moodle is a question bank as Moodle 4's "Export questions" writes it
// in GIFT (questions-UPSC GS2 Polity-Fundamental Rights-….txt): a
// comment with the id and name over each question, a category switch
// over each category (its parent, which holds no questions, too), HTML
// question text with its styling, the escapes of ":" and "=" in it and
// "\n" for its line breaks, a tag in a comment, two blank lines after
// each question; a description, multiple choice with feedback, a
// missing word, true/false, matching with a distractor, numerical with
// the feedback on any other answer, short answer, an essay, and a
// question of several right answers.
const moodle = `// question: 0  name: Switch category to $course$/top/Default for UPSC GS2 Polity/Fundamental Rights
$CATEGORY: $course$/top/Default for UPSC GS2 Polity/Fundamental Rights


// question: 0  name: Switch category to $course$/top/Default for UPSC GS2 Polity/Fundamental Rights/Right to Equality (Art. 14-18)
$CATEGORY: $course$/top/Default for UPSC GS2 Polity/Fundamental Rights/Right to Equality (Art. 14-18)


// question: 4412  name: About this set
::About this set::[html]<p dir\="ltr" style\="text-align\: left;">Questions on Articles 14 to 18. Read <a href\="https\://www.india.gov.in/constitution">Part III</a> first.</p>


// question: 4413  name: Equality before law
// [tag:prelims]
::Equality before law::[html]<p dir\="ltr" style\="text-align\: left;">Which Article guarantees <strong>equality before the law</strong> and the equal protection of the laws to <em>any person</em> within India?</p>{
	=<p>Article 14</p>#<p>Right\: it covers citizens and foreigners alike.</p>
	~<p>Article 15</p>#<p>Article 15 bars discrimination, and only against citizens.</p>
	~<p>Article 16</p>
	~<p>Article 21</p>
	####<p>"Equality before law" is a British idea (Dicey's rule of law); "equal protection of the laws" comes from the US Constitution.</p>
}


// question: 4414  name: Consider the following statements about Article 15\:...
::Consider the following statements about Article 15\:...::[html]<p>Consider the following statements about Article 15\:</p>\n<ol>\n<li>It applies to citizens only.</li>\n<li>It forbids discrimination on grounds of place of birth.</li>\n</ol>\n<p>Which of the statements given above is/are correct?</p>{
	~%-100%<p>1 only</p>
	~%-100%<p>2 only</p>
	=<p>Both 1 and 2</p>
	~%-100%<p>Neither 1 nor 2</p>
	####<p>Residence is not a ground in Article 15, so States may reserve for their residents.</p>
}


// question: 4415  name: Untouchability
::Untouchability::[html]<p>Article {
	=%100%17#
	=%50%Art. 17#Write the Article in full.
} abolishes untouchability and forbids its practice in any form.</p>


// question: 4416  name: Titles
::Titles::[html]<p>Article 18 bars the State from conferring any title, military and academic distinctions included.</p>{FALSE#<p>Military and academic distinctions are exempt.</p>#<p>Right\: they are exempt.</p>}


// question: 0  name: Switch category to $course$/top/Default for UPSC GS2 Polity/Fundamental Rights/Constitutional Remedies
$CATEGORY: $course$/top/Default for UPSC GS2 Polity/Fundamental Rights/Constitutional Remedies


// question: 4420  name: Writs
::Writs::[html]<p>Match each writ with what its name means.</p>{
	=<p>Habeas corpus</p> -> To have the body
	=<p>Mandamus</p> -> We command
	=<p>Quo warranto</p> -> By what warrant
	= -> To be certified
	####<p>Only habeas corpus lies against private persons as well.</p>
}


// question: 4421  name: Maneka Gandhi
::Maneka Gandhi::In which year did the Supreme Court decide Maneka Gandhi v. Union of India?{#
	=%100%1978:0#
	=%50%1978:1#Close.
	~#It read "procedure established by law" as fair, just and reasonable.
}


// question: 4422  name: Which writ
::Which writ::Which writ lies against a public official who refuses to do a public duty?{
	=%100%Mandamus#
	=%100%Writ of mandamus#
}


// question: 4423  name: Heart and soul
::Heart and soul::[html]<p>Why did Dr B. R. Ambedkar call Article 32 "the very soul of the Constitution and the very heart of it"?</p>{####<p>Article 32 is itself a Fundamental Right\: the right to move the Supreme Court to enforce the others.</p>}


// question: 4424  name: Suspension
::Suspension::[html]<p>Which Articles stay enforceable during a National Emergency?</p>{
	~%50%<p>Article 20</p>
	~%50%<p>Article 21</p>
	~%-100%<p>Article 19</p>
	~%-100%<p>Article 32</p>
	####<p>The 44th Amendment (1978) shields Articles 20 and 21 from suspension under Article 359.</p>
}

`

func TestMoodleExport(t *testing.T) {
	if f := corpus.FormatOf([]byte(moodle)); f != "GIFT question bank" {
		t.Errorf("FormatOf = %q, want GIFT question bank", f)
	}
	d, got := corpustest.Placed(t, "questions-UPSC GS2 Polity-Fundamental Rights-20250302-0915.txt", []byte(moodle))
	eq, cr := "Fundamental Rights › Right to Equality (Art. 14-18) › ", "Fundamental Rights › Constitutional Remedies › "
	want := []string{
		eq + "About this set: Questions on Articles 14 to 18. Read Part III first. (line 10)",
		eq + "Equality before law: Which Article guarantees equality before the law and the equal protection of the laws to any person within India?\n" +
			"Correct answer: Article 14 — Right: it covers citizens and foreigners alike.\n" +
			"Wrong: Article 15 — Article 15 bars discrimination, and only against citizens.\n" +
			"Wrong: Article 16\n" +
			"Wrong: Article 21\n" +
			`"Equality before law" is a British idea (Dicey's rule of law); "equal protection of the laws" comes from the US Constitution. (line 15)`,
		// named by Moodle after its text: headed by the text's first line
		eq + "Consider the following statements about Article 15: Consider the following statements about Article 15:\n" +
			"1. It applies to citizens only.\n" +
			"2. It forbids discrimination on grounds of place of birth.\n" +
			"Which of the statements given above is/are correct?\n" +
			"Correct answer: Both 1 and 2\n" +
			"Wrong options: 1 only; 2 only; Neither 1 nor 2\n" +
			"Residence is not a ground in Article 15, so States may reserve for their residents. (line 25)",
		eq + "Untouchability: Article ___ abolishes untouchability and forbids its practice in any form.\n" +
			"Correct answer: 17\n" +
			"Partly correct (50%): Art. 17 — Write the Article in full. (line 35)",
		eq + "Titles: Article 18 bars the State from conferring any title, military and academic distinctions included.\n" +
			"Correct answer: False\n" +
			"Military and academic distinctions are exempt.\n" +
			"Right: they are exempt. (line 42)",
		cr + "Writs: Match each writ with what its name means.\n" +
			"Correct answer: Habeas corpus → To have the body; Mandamus → We command; Quo warranto → By what warrant\n" +
			"Wrong options: To be certified\n" +
			"Only habeas corpus lies against private persons as well. (line 50)",
		cr + "Maneka Gandhi: In which year did the Supreme Court decide Maneka Gandhi v. Union of India?\n" +
			"Correct answer: 1978\n" +
			"Partly correct (50%): 1978 (± 1) — Close.\n" +
			`It read "procedure established by law" as fair, just and reasonable. (line 60)`,
		cr + "Which writ: Which writ lies against a public official who refuses to do a public duty?\n" +
			"Correct answer: Mandamus (also accepted: Writ of mandamus) (line 68)",
		cr + `Heart and soul: Why did Dr B. R. Ambedkar call Article 32 "the very soul of the Constitution and the very heart of it"?` + "\n" +
			"Article 32 is itself a Fundamental Right: the right to move the Supreme Court to enforce the others. (line 75)",
		cr + "Suspension: Which Articles stay enforceable during a National Emergency?\n" +
			"Correct answers: Article 20; Article 21\n" +
			"Wrong options: Article 19; Article 32\n" +
			"The 44th Amendment (1978) shields Articles 20 and 21 from suspension under Article 359. (line 79)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Fundamental Rights" || d.Format != "GIFT question bank" {
		t.Errorf("title %q, format %q; want Fundamental Rights, GIFT question bank", d.Title, d.Format)
	}
}

// dpsp is a quiz a student typed by hand: comments at the top, a
// description, questions without titles (one asked twice), a number in
// the text, lines that start as Markdown's lists do, Markdown text, a
// title that names a year, escaped braces, a short answer's weights.
const dpsp = `// DPSP quiz for the Tuesday batch -- typed by Meera
// sir: revise Part IV before the mock

::Part IV::Directive Principles (Articles 36 to 51) are not enforceable by any court, yet they are "fundamental in the governance of the country".

Which Article asks the State to organise village panchayats? {=Article 40 ~Article 44 ~Article 48}

Which Article asks the State to organise village panchayats? {=Article 40 =Art 40}

::Q3::Q3. The Uniform Civil Code is the subject of Article {#44}.

::Q4::(a) Article 39A provides free legal aid.\n(b) It was added by the 42nd Amendment in 1976.{T}

::Q5::[markdown]**Gandhian** principles include\:\n- cottage industries in rural areas\n- prohibition of intoxicating drinks\n{~Articles 38 and 39 =Articles 40, 43, 46 and 47 ~Articles 44 and 45}

::Q6 (PYQ 2019)::Which of these is NOT a Gandhian principle?
{
	~Organise village panchayats
	~Promote cottage industries
	=Uniform civil code #Article 44 is a liberal-intellectual principle.
}

::Q7::Article 50 separates the judiciary from the executive; Article 51 promotes international peace \{in words of the Preamble\: "justice"\}.{TRUE}

::Q8::Name the Article on the environment and forests. {
	=48A
	=Article 48A
	=%50%48
}
`

func TestHandWritten(t *testing.T) {
	d, got := corpustest.Placed(t, "dpsp.gift", []byte(dpsp))
	asked := "Which Article asks the State to organise village panchayats?"
	want := []string{
		`dpsp › Part IV: Directive Principles (Articles 36 to 51) are not enforceable by any court, yet they are "fundamental in the governance of the country". (line 4)`,
		"dpsp › " + asked + ": " + asked + "\nCorrect answer: Article 40\nWrong options: Article 44; Article 48 (line 6)",
		"dpsp › " + asked + " (2): " + asked + "\nCorrect answer: Article 40 (also accepted: Art 40) (line 8)",
		"dpsp › Q3: [Q3] The Uniform Civil Code is the subject of Article ___.\nCorrect answer: 44 (line 10)",
		"dpsp › Q4: (a) Article 39A provides free legal aid.\n(b) It was added by the 42nd Amendment in 1976.\nCorrect answer: True (line 12)",
		"dpsp › Q5: Gandhian principles include:\n- cottage industries in rural areas\n- prohibition of intoxicating drinks\n" +
			"Correct answer: Articles 40, 43, 46 and 47\nWrong options: Articles 38 and 39; Articles 44 and 45 (line 14)",
		"dpsp › Q6 (PYQ 2019): Which of these is NOT a Gandhian principle?\n" +
			"Correct answer: Uniform civil code — Article 44 is a liberal-intellectual principle.\n" +
			"Wrong options: Organise village panchayats; Promote cottage industries (line 16)",
		`dpsp › Q7: Article 50 separates the judiciary from the executive; Article 51 promotes international peace {in words of the Preamble: "justice"}.` +
			"\nCorrect answer: True (line 23)",
		"dpsp › Q8: Name the Article on the environment and forests.\nCorrect answer: 48A (also accepted: Article 48A)\nPartly correct (50%): 48 (line 25)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "dpsp" {
		t.Errorf("title %q, want the file's name", d.Title)
	}
}

// pyq is an export whose questions share only the course: a category of
// previous years' questions, with a year under it, and a mock test.
const pyq = `// question: 0  name: Switch category to $course$/top/Default for Polity Test Series/PYQs/2019
$CATEGORY: $course$/top/Default for Polity Test Series/PYQs/2019


// question: 501  name: Q12
::Q12::Which one of the following is a Fundamental Right only of citizens?{
	=Freedom of speech and expression (Article 19)
	~Equality before law (Article 14)
	~Protection of life and personal liberty (Article 21)
}


// question: 502  name: Right to privacy
::Right to privacy::In which case did the Supreme Court hold privacy to be a Fundamental Right?{=Justice K. S. Puttaswamy v. Union of India (2017)####A nine-judge bench overruled M. P. Sharma and Kharak Singh on this point.}


// question: 0  name: Switch category to $course$/top/Default for Polity Test Series/Mock 1
$CATEGORY: $course$/top/Default for Polity Test Series/Mock 1


// question: 510  name: Article 21A
::Article 21A::Article 21A, free and compulsory education for children of 6 to 14, came with the {=86th ~42nd ~44th} Amendment in 2002.

`

// TestFAQCategory: a category that notes would name a FAQ ("PYQs") is one
// section with the categories under it, each question one of its
// questions, asked in its heading.
func TestFAQCategory(t *testing.T) {
	d, got := corpustest.Placed(t, "questions-Polity Test Series-top-20250302-1010.txt", []byte(pyq))
	want := []string{
		"Polity Test Series › PYQs / 2019 › 1: Which one of the following is a Fundamental Right only of citizens?\n" +
			"Correct answer: Freedom of speech and expression (Article 19)\n" +
			"Wrong options: Equality before law (Article 14); Protection of life and personal liberty (Article 21) (line 6)",
		"Polity Test Series › PYQs / 2019 › 2: Right to privacy: In which case did the Supreme Court hold privacy to be a Fundamental Right?\n" +
			"Correct answer: Justice K. S. Puttaswamy v. Union of India (2017)\n" +
			"A nine-judge bench overruled M. P. Sharma and Kharak Singh on this point. (line 14)",
		"Polity Test Series › Mock 1 › Article 21A: Article 21A, free and compulsory education for children of 6 to 14, came with the ___ Amendment in 2002.\n" +
			"Correct answer: 86th\nWrong options: 42nd; 44th (line 22)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Polity Test Series" {
		t.Errorf("title %q, want the course's, Polity Test Series", d.Title)
	}
	if q := d.Passages[0].Question; q != "Which one of the following is a Fundamental Right only of citizens?" {
		t.Errorf("question %q", q)
	}
}

func TestIsGIFT(t *testing.T) {
	for _, tt := range []struct {
		name string
		data string
		want bool
	}{
		{"Moodle export", moodle, true},
		{"Moodle export, Windows' line ends", strings.ReplaceAll(moodle, "\n", "\r\n"), true},
		{"titled by hand", "// quiz\n::Q1::Article 14? {T}\n\n::Q2::Which Article? {=21 ~19}\n", true},
		{"Moodle categories alone", "// question: 0  name: Switch category to $course$/top/Default for X\n$CATEGORY: $course$/top/Default for X\n\n// question: 7  name: a\nWho? {=Ambedkar}\n", true},
		{"one titled question", "::Q1::Which Article? {=21 ~19}\n", false},
		{"untitled", "Which Article? {=21 ~19}\n\nArticle 14? {T}\n", false}, // a .gift, by its name
		{"notes", "Fundamental Rights\n\nArticle 14 {equality} is in Part III.\n\n::Q1::Which? {=14}\n\n::Q2::Which? {=15}\n", false},
		{"notes quoting GIFT", "# GIFT syntax\n\n```\n::Q1::Which? {=14 ~15}\n\n::Q2::Which? {=21 ~19}\n```\n", false},
		{"notes, then GIFT", "Polity quiz. Import into Moodle.\n\nIt has ten questions.\n\n::Q1::Which? {=14 ~15}\n\n::Q2::Which? {=21 ~19}\n", false},
		{"LaTeX", "\\documentclass{article}\n\n\\begin{document}\n::a::{}\n\\end{document}\n", false},
		{"JSON", `{"::a::": "{=b}"}`, false},
		{"empty", "", false},
	} {
		if got := IsGIFT([]byte(tt.data)); got != tt.want {
			t.Errorf("%s: IsGIFT = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestNotClaimed: notes saved as .txt that hold braces are read as text.
func TestNotClaimed(t *testing.T) {
	notes := "Fundamental Rights\n\nArticle 32 {the right to constitutional remedies} lets a person move the Supreme Court.\n"
	d, err := corpus.Parse("notes.txt", []byte(notes))
	if err != nil {
		t.Fatal(err)
	}
	if d.Format == "GIFT question bank" {
		t.Errorf("notes.txt read as %s", d.Format)
	}
}

func TestBadBanks(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"answers never closed", "::Q1::Which Article? {=14 ~15\n\n::Q2::Article 21? {T}\n", "damaged GIFT question bank: line 1: answers opened with { are never closed"},
		{"a } alone", "// q\n::Q1::Which Article?\n=14 ~15}\n", "damaged GIFT question bank: line 3: a } that no { opens"},
		{"comments alone", "// question: 0  name: x\n// nothing else\n", "the GIFT question bank has no questions"},
		{"categories alone", "$CATEGORY: $course$/top/Default for Polity\n", "the GIFT question bank has no questions"},
		{"empty", "", "the GIFT question bank is empty"},
		{"binary", "::Q1::\x00\x01\x02{T}", "the GIFT question bank is damaged: it holds binary data"},
		{"too large", "::Q1::Article 14? {T}\n" + strings.Repeat(" ", MaxBytes), "the GIFT question bank is too large"},
		{"too many questions", strings.Repeat("{T}\n\n", MaxQuestions+1), "GIFT question bank too large: more than"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// TestLineEnds: a bank saved with Windows' line ends reads as one with
// Unix's.
func TestLineEnds(t *testing.T) {
	_, unix := corpustest.Placed(t, "dpsp.gift", []byte(dpsp))
	_, windows := corpustest.Placed(t, "dpsp.gift", []byte(strings.ReplaceAll(dpsp, "\n", "\r\n")))
	if !slices.Equal(unix, windows) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(windows, "\n"), strings.Join(unix, "\n"))
	}
}

// TestWindows1252: a file saved in Windows' code page is read, and told.
func TestWindows1252(t *testing.T) {
	data := []byte("::Q1::Article 14\x92s guarantee? {=equality before law ~liberty}\n\n::Q2::Is it for citizens only? {F}\n")
	c, err := Convert(data)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains(c.Text, []byte("Article 14’s guarantee?")) || c.NotUTF8At != 1 {
		t.Errorf("text %q, not UTF-8 at %d; want 14’s, at 1", c.Text, c.NotUTF8At)
	}
}

// FuzzConvert: no panic whatever the bytes; a bank read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(moodle))
	f.Add([]byte(dpsp))
	f.Add([]byte(pyq))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("q.gift", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
