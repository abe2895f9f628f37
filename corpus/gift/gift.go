// Package gift reads question banks written in Moodle's GIFT format
// (.gift, and a .txt that holds GIFT: Moodle's "Export questions" names
// its file questions-<course>-<category>-<date>.txt), as teachers hand
// them out and students keep them to revise from. Importing it registers
// the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/gift"
//
// A GIFT file is blocks of lines apart by blank lines, read as Moodle
// reads them:
//
//	// question: 131  name: Equality before law
//	$CATEGORY: $course$/top/Default for UPSC Polity/Fundamental Rights
//
//	::Equality before law::[html]<p>Which Article …?</p>{
//		=Article 14#Right: it covers every person.
//		~Article 19
//		####Equality before law is a British idea …
//	}
//
// A line that starts with "//" is a comment (Moodle writes one, the
// question's id and name, over each question), left out. A "$CATEGORY:"
// block switches category: its path, below the context ("$course$"),
// "top" and the course's "Default for …" category, names the sections,
// nested as the path nests them. Any other block is a question: its
// title between "::" and "::", a format marker ("[html]", "[moodle]",
// "[plain]", "[markdown]"), its text, and its answers between "{" and
// "}" (text after them makes it a missing-word question, its blank shown
// as "___"). The answers tell the question's type as Moodle tells it:
// none ("{}") an essay, "#…" numerical, "~" among them multiple choice,
// "=a -> b" matching, T, F, TRUE or FALSE true/false, else short answer;
// a block without braces is a description, text alone. "####" starts the
// general feedback; "#" after an answer, its feedback; "%50%" before it
// gives it part of the marks. "\:", "\~", "\=", "\#", "\{", "\}" and
// "\\" are those characters written as text, "\n" a new line.
//
// Each question is a section of its own under its category's, titled by
// its title (or, when it has none or Moodle named it by its first words,
// by the start of its text), and one passage: its text, then its right
// answers marked "Correct answer:" (as Moodle's review says it), the
// answers that earn part of the marks, the wrong options (students ask
// "which of these is not …"), and the feedback, which often holds the
// explanation. A category that notes would name a FAQ ("PYQs",
// "Previous year questions") is one section with the categories under
// it, each question one of its questions, asked in its heading: a
// heading under a FAQ's is a question. HTML is read as its text (a
// paragraph, a list's entry or a table's row a line of its own), and a
// line that would read as Markdown's markup ("1. ", "- ", "Q1.") stays a
// line of the passage. Moodle's ids and tags, the marks a wrong option
// loses and the question's settings are left out. The notes are titled
// by the deepest category all their questions share (the course's,
// "Default for UPSC Polity", when they share no other), else by the
// file's name. Each line's place is the line of the file it comes from.
package gift

import (
	"bytes"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "GIFT question bank",
		Extensions: []string{".gift"}, // a .txt only by its content: most are notes
		Magic:      IsGIFT,
		Convert:    Convert,
	})
}

// Limits on one question bank.
const (
	MaxBytes     = 50 << 20
	MaxQuestions = 100_000
)

// Magic reads at most magicBytes of a file.
const magicBytes = 64 << 10

// exportRE matches the comment Moodle's export writes over each question
// and category: "// question: 131  name: Equality before law".
var exportRE = regexp.MustCompile(`^//\s*question:\s*\d+\s+name:`)

// answersRE matches an answer block as GIFT writes one: "{=…", "{~…",
// "{#…", "{T}", "{TRUE#…", "{}".
var answersRE = regexp.MustCompile(`\{\s*(?:[=~#]|(?:T|F|TRUE|FALSE)\s*[#}]|\})`)

// IsGIFT reports whether data is a GIFT question bank: its first block
// (comments aside) is a category or a question, four blocks in five are,
// and it holds two titled questions with answers ("::Q1:: … {=…}") or a
// category with the comments Moodle's export writes over it. Notes that
// quote GIFT in a code block start as notes, and are not.
func IsGIFT(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), magicBytes)], []byte("\ufeff"))
	if bytes.IndexByte(head, 0) >= 0 {
		return false
	}
	cut := len(data) > magicBytes
	var (
		first, moodle         bool
		blocks, gifty, titled int
		categories            int
	)
	block := func(b []string) {
		if b == nil {
			return
		}
		text := strings.Join(b, "\n")
		ok := false
		switch {
		case strings.HasPrefix(text, "$CATEGORY:"):
			categories++
			ok = true
		case strings.HasPrefix(text, "::"):
			if end := strings.Index(text[2:], "::"); end >= 0 {
				ok = true
				if answersRE.MatchString(text[2+end:]) {
					titled++
				}
			}
		default:
			ok = answersRE.MatchString(text) && strings.Count(text, "{") == strings.Count(text, "}")
		}
		if blocks == 0 {
			first = ok
		}
		blocks++
		if ok {
			gifty++
		}
	}
	var last []string // the block read before: the last one may be cut short
	for _, b := range blockLines(string(head), func(c string) { moodle = moodle || exportRE.MatchString(c) }) {
		block(last)
		last = b
	}
	if !cut {
		block(last)
	}
	return first && gifty*5 >= blocks*4 && (titled >= 2 || moodle && categories > 0)
}

// Convert writes a question bank as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	text, notUTF8, err := corpus.SourceText(data, "the GIFT question bank", MaxBytes)
	if err != nil {
		return corpus.Converted{}, err
	}
	bank, err := read(text)
	if err != nil {
		return corpus.Converted{}, err
	}
	c := bank.write()
	c.NotUTF8At = notUTF8
	return c, nil
}

// bank is a question bank read: its categories and its questions, in
// the file's order.
type bank struct {
	categories []category
	questions  []*question
}

// category is a category's path: the names below the course's default
// category, and the course ("UPSC Polity" of "Default for UPSC Polity").
type category struct {
	path   []string
	course string
	at     int
}

// kinds of question, as Moodle names them.
const (
	description = "description"
	essay       = "essay"
	numerical   = "numerical"
	multichoice = "multichoice"
	match       = "match"
	truefalse   = "truefalse"
	shortanswer = "shortanswer"
)

// question is a question read.
type question struct {
	at       int // the line its block starts on
	category int // its index in bank.categories; -1 for none
	name     string
	kind     string
	text     piece
	answers  []answer
	tf       bool    // a true/false question's answer
	feedback []piece // its general feedback, and a true/false question's
}

// answer is one of a question's answers.
type answer struct {
	text     string  // on a line
	to       string  // what a matching question's text matches
	weight   float64 // the part of the marks it earns: 1 all, 0 none
	feedback string  // on a line
	at       int
}

// piece is a piece of text read into lines, each as it shows.
type piece struct {
	lines    []string
	markdown bool // the lines are Markdown already ([markdown])
	at       int
}

// write writes the bank as Markdown: its title, a section for each
// category, and in it a section for each question.
func (b *bank) write() corpus.Converted {
	title, common := b.title()
	var l corpus.Lines
	if title != "" {
		l.Line("# "+corpus.EscapeMarkdown(title), 1)
	}
	var open []string        // the category sections open
	used := map[string]int{} // the headings used, by their parent's path
	for _, q := range b.questions {
		var path []string
		if q.category >= 0 {
			c := b.categories[q.category]
			path = sections(c.path[min(common, len(c.path)):])
			k := 0
			for k < len(path) && k < len(open) && path[k] == open[k] {
				k++
			}
			for i := k; i < len(path); i++ {
				l.Gap(c.at)
				l.Line(strings.Repeat("#", i+2)+" "+corpus.EscapeMarkdown(path[i]), c.at)
			}
			open = path
		}
		faq := len(path) > 0 && corpus.HeadingKind(path[len(path)-1]) == corpus.KindFAQ
		name, asked := q.heading(faq)
		key := strings.Join(path, "\x00") + "\x00" + strings.ToLower(name)
		used[key]++
		if n := used[key]; n > 1 {
			name += " (" + strconv.Itoa(n) + ")"
		}
		l.Gap(q.at)
		l.Line(strings.Repeat("#", len(path)+2)+" "+name, q.at)
		lines := q.lines(asked)
		for i, s := range lines {
			if i < len(lines)-1 {
				s.text += `\` // a line of its own in the passage
			}
			l.Line(s.text, s.at)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "line")
	c.TitledByName = title == ""
	return c
}

// maxDepth is how deep categories nest as sections: the questions' own
// sections are one deeper, and Markdown has six levels.
const maxDepth = 4

// sections is a category's path as the sections it is in. A category
// that notes would name a FAQ ("PYQs", "Previous year questions") is one
// section with those under it ("PYQs / 2019"), since a heading under a
// FAQ's is one of its questions; so are those past maxDepth.
func sections(path []string) []string {
	for i, name := range path {
		if corpus.HeadingKind(name) == corpus.KindFAQ {
			path = append(path[:i:i], strings.Join(path[i:], " / "))
			break
		}
	}
	if len(path) <= maxDepth {
		return path
	}
	return append(path[:maxDepth-1:maxDepth-1], strings.Join(path[maxDepth-1:], " / "))
}

// title returns the bank's title and how many names of each category's
// path it takes: the deepest category every question is in; failing
// that, the course all are in; failing that, none ("": the file's name).
func (b *bank) title() (string, int) {
	var common []string
	course := ""
	for i, q := range b.questions {
		if q.category < 0 {
			return "", 0
		}
		c := b.categories[q.category]
		if i == 0 {
			common, course = c.path, c.course
			continue
		}
		k := 0
		for k < len(common) && k < len(c.path) && common[k] == c.path[k] {
			k++
		}
		common = common[:k]
		if c.course != course {
			course = ""
		}
	}
	if len(common) > 0 {
		return common[len(common)-1], len(common)
	}
	return course, 0
}

// line is a line of a question's passage and its place.
type line struct {
	text string
	at   int
}

// lines writes the question as the lines of its passage: its text (but
// its first line when its heading asks it), its answers and its feedback.
func (q *question) lines(asked bool) []line {
	var out []line
	add := func(s string, at int) {
		if s = strings.TrimSpace(s); s != "" {
			out = append(out, line{lead(s), at})
		}
	}
	addPiece := func(p piece, from int) {
		for _, s := range p.lines[min(from, len(p.lines)):] {
			if !p.markdown {
				s = escape(s)
			} else if backslashEnd(s) {
				s = s[:len(s)-1] + "&#92;"
			}
			add(s, p.at)
		}
	}
	if asked {
		addPiece(q.text, 1)
	} else {
		addPiece(q.text, 0)
	}
	var right, part, wrong []answer
	for _, a := range q.answers {
		switch {
		case a.weight >= 1 || q.kind == match && a.text != "":
			right = append(right, a)
		case a.weight > 0 && q.kind == multichoice && !q.single():
			right = append(right, a) // one of the answers that together are right
		case a.weight > 0:
			part = append(part, a)
		default:
			wrong = append(wrong, a)
		}
	}
	switch q.kind {
	case truefalse:
		add("Correct answer: "+map[bool]string{true: "True", false: "False"}[q.tf], q.text.at)
	case match:
		pairs := make([]string, len(right))
		for i, a := range right {
			pairs[i] = escape(a.text) + " → " + escape(a.to)
		}
		if len(right) > 0 {
			add("Correct answer: "+strings.Join(pairs, "; "), right[0].at)
		}
		for i := range wrong {
			wrong[i].text, wrong[i].to = wrong[i].to, ""
		}
	case shortanswer, numerical:
		if len(right) > 0 && !anyFeedback(right) {
			s := "Correct answer: " + escape(right[0].text)
			if len(right) > 1 {
				s += " (also accepted: " + joined(right[1:]) + ")"
			}
			add(s, right[0].at)
			break
		}
		for i, a := range right {
			label := "Correct answer: "
			if i > 0 {
				label = "Also accepted: "
			}
			add(label+withFeedback(a), a.at)
		}
	default:
		if len(right) > 0 && !anyFeedback(right) {
			label := "Correct answer: "
			if len(right) > 1 {
				label = "Correct answers: "
			}
			add(label+joined(right), right[0].at)
			break
		}
		for _, a := range right {
			add("Correct answer: "+withFeedback(a), a.at)
		}
	}
	for _, a := range part {
		add("Partly correct ("+percent(a.weight)+"): "+withFeedback(a), a.at)
	}
	var options []answer // wrong, with text
	for _, a := range wrong {
		if a.text == "" {
			add(escape(a.feedback), a.at) // a numerical question's feedback on any other answer
			continue
		}
		options = append(options, a)
	}
	if len(options) > 0 && !anyFeedback(options) {
		add("Wrong options: "+joined(options), options[0].at)
	} else {
		for _, a := range options {
			add("Wrong: "+withFeedback(a), a.at)
		}
	}
	for _, p := range q.feedback {
		addPiece(p, 0)
	}
	return out
}

// joined is the answers' texts, apart by "; ".
func joined(as []answer) string {
	texts := make([]string, len(as))
	for i, a := range as {
		texts[i] = escape(a.text)
	}
	return strings.Join(texts, "; ")
}

// single reports whether a multiple-choice question has one right answer
// (written "="), not several that earn the marks together.
func (q *question) single() bool {
	for _, a := range q.answers {
		if a.weight >= 1 {
			return true
		}
	}
	return false
}

func anyFeedback(as []answer) bool {
	for _, a := range as {
		if a.feedback != "" {
			return true
		}
	}
	return false
}

// withFeedback is an answer with its feedback after it.
func withFeedback(a answer) string {
	if a.feedback == "" {
		return escape(a.text)
	}
	return escape(a.text) + " — " + escape(a.feedback)
}

// percent writes a weight as a percentage: "50%", "33.33333%".
func percent(w float64) string {
	return strconv.FormatFloat(w*100, 'f', -1, 64) + "%"
}

// maxHeading is the most characters of a question's text its heading
// takes when the question has no title of its own.
const maxHeading = 60

// heading returns the heading of the question's section, as Markdown: its
// title, or the start of its text when Moodle named it by that or it has
// none. In a FAQ (see sections) the heading is the question's, as notes
// ask one there: its text's first line, after its title (asked reports
// so).
func (q *question) heading(faq bool) (heading string, asked bool) {
	name := corpus.OneLine(q.name)
	titled := name != "" && !namedByText(name, corpus.OneLine(strings.Join(q.text.lines, " ")))
	if len(q.text.lines) == 0 {
		if name == "" {
			return "Question", false
		}
		return corpus.EscapeMarkdown(name), false
	}
	md := func(s string) string {
		if q.text.markdown {
			return s
		}
		return corpus.EscapeMarkdown(s)
	}
	first := q.text.lines[0]
	switch {
	case faq && titled:
		sep := ": "
		if strings.ContainsAny(name[len(name)-1:], "?.!:") {
			sep = " "
		}
		return corpus.EscapeMarkdown(name) + sep + md(first), true
	case faq:
		return md(first), true
	case titled:
		return corpus.EscapeMarkdown(name), false
	}
	return md(strings.TrimRight(shortened(first, maxHeading), ":")), false
}

// namedByText reports whether name is the name Moodle gives a question
// that has none: its text, or the text's first 80 characters and "...".
func namedByText(name, text string) bool {
	n, t := blankless(name), blankless(text)
	if n == t {
		return true
	}
	for _, dots := range []string{"...", "…"} {
		if stem, ok := strings.CutSuffix(n, dots); ok && strings.HasPrefix(t, strings.TrimSpace(stem)) {
			return true
		}
	}
	return false
}

// blankless is s in lower case with each run of "_" (a blank) one "_".
func blankless(s string) string {
	s = strings.ToLower(s)
	for strings.Contains(s, "__") {
		s = strings.ReplaceAll(s, "__", "_")
	}
	return s
}

// shortened cuts s to at most n characters at a space, with "…" after it.
func shortened(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	cut, end, runes := 0, 0, 0
	for i, r := range s {
		if runes == n {
			break
		}
		if r == ' ' {
			cut = i
		}
		runes++
		end = i + utf8.RuneLen(r)
	}
	if cut == 0 {
		cut = end
	}
	return strings.TrimRight(s[:cut], " ,;:") + "…"
}

// escape writes text so that Markdown reads it as written (see
// corpus.EscapeMarkdown), and a backslash at its end as a character
// reference: a passage's lines end in the backslash of a line break.
func escape(s string) string {
	s = corpus.EscapeMarkdown(s)
	if strings.HasSuffix(s, `\`) {
		s = s[:len(s)-1] + "&#92;"
	}
	return s
}

// backslashEnd reports whether a line of Markdown ends in a backslash of
// its own, not in an escaped one.
func backslashEnd(s string) bool {
	return strings.HasSuffix(s, `\`) && !strings.HasSuffix(s, `\\`)
}

// looseRE matches what Markdown notes start a list's entry with but a
// sign: "a) ", "iv. ", "(b) ".
var looseRE = regexp.MustCompile(`^(?:[a-z]|[ivx]{1,5})[.)]\s`)

// lead writes the first mark of a line of a passage that Markdown would
// read as a block's ("1. ", "- ", "# ", "> ", "| ", "(a) ", "• ", "Exam
// tip:") as a character reference, so that the line stays a line of the
// question's passage.
func lead(s string) string {
	if s == "" {
		return s
	}
	ref := func(i int) string {
		r, size := utf8.DecodeRuneInString(s[i:])
		return s[:i] + "&#" + strconv.Itoa(int(r)) + ";" + s[i+size:]
	}
	c := s[0]
	switch {
	case (c == 'e' || c == 'E') && examTipRE.MatchString(s):
		return ref(0)
	case strings.IndexByte("QqMmPpSs", c) >= 0 && numberedRE.MatchString(s):
		m := numberedRE.FindStringSubmatch(s)
		return "&#91;" + m[1] + "] " + s[len(m[0]):]
	case c == '*' && strings.HasPrefix(s, "**") && len(s) > 2 && s[2] != ' ' && s[2] != '*':
		return s // bold
	case strings.IndexByte("#>|-+=_*(:~`", c) >= 0:
		return ref(0)
	case c >= '0' && c <= '9':
		i := 0
		for i < len(s) && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i < len(s) && (s[i] == '.' || s[i] == ')' || s[i] == '\\') {
			return ref(i)
		}
	case c >= 'a' && c <= 'z':
		if looseRE.MatchString(s) {
			return ref(strings.IndexAny(s, ".)"))
		}
	case c >= utf8.RuneSelf:
		if r, _ := utf8.DecodeRuneInString(s); !unicode.IsLetter(r) && !unicode.IsDigit(r) {
			return ref(0)
		}
	}
	return s
}

// numberedRE matches the number a question's line starts with ("Q1.",
// "Question 3:", "Prelims Q 4 -"), which notes in Markdown start a
// question with: lead writes it in brackets ("[Q1]"), so that the line
// stays one of the question's passage.
var numberedRE = regexp.MustCompile(`(?i)^((?:(?:mains|prelims|practice|model|sample)\s+)?(?:q|ques|question)\s*\d{0,3})\s*(?::|[.)]\s|\s-\s)\s*`)

// examTipRE matches a line Markdown notes mark as an exam tip.
var examTipRE = regexp.MustCompile(`(?i)^exam[ -]?tips?\b`)
