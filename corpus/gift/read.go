package gift

import (
	"fmt"
	"iter"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// read reads a question bank's text as Moodle's import reads it: a
// block at a time, blocks apart by blank lines.
func read(text string) (*bank, error) {
	b := &bank{}
	cat := -1
	for start, lines := range blockLines(text, nil) {
		if len(b.questions) >= MaxQuestions {
			return nil, fmt.Errorf("GIFT question bank too large: more than %d questions", MaxQuestions)
		}
		q, c, err := readBlock(lines, start)
		if err != nil {
			return nil, err
		}
		switch {
		case c != nil:
			b.categories = append(b.categories, *c)
			cat = len(b.categories) - 1
		case q != nil:
			q.category = cat
			b.questions = append(b.questions, q)
		}
	}
	if len(b.questions) == 0 {
		return nil, fmt.Errorf("the GIFT question bank has no questions")
	}
	return b, nil
}

// blockLines yields the blocks of text's lines apart by blank lines, as
// Moodle's import reads them: each block's lines trimmed, with the line
// (from 1) it starts on. A comment ("//") is given to comment, if any,
// and stands in its block as a blank line; it ends no block.
func blockLines(text string, comment func(string)) iter.Seq2[int, []string] {
	return func(yield func(int, []string) bool) {
		var b []string
		start := 0
		text = strings.NewReplacer("\r\n", "\n", "\r", "\n").Replace(text)
		i := 0
		for l := range strings.SplitSeq(text, "\n") {
			i++
			l = strings.TrimSpace(l)
			switch {
			case l == "":
				if b != nil && !yield(start, b) {
					return
				}
				b = nil
			case strings.HasPrefix(l, "//"):
				if comment != nil {
					comment(l)
				}
				if b != nil {
					b = append(b, "")
				}
			default:
				if b == nil {
					start = i
				}
				b = append(b, l)
			}
		}
		if b != nil {
			yield(start, b)
		}
	}
}

// The escapes of GIFT, and the characters that stand for them while a
// block is read (from the Private Use Area), so that "\{" is not the
// start of the answers.
var (
	escapes   = strings.NewReplacer(`\\`, "\ue000", `\:`, "\ue001", `\#`, "\ue002", `\=`, "\ue003", `\{`, "\ue004", `\}`, "\ue005", `\~`, "\ue006", `\n`, "\ue007")
	unescapes = strings.NewReplacer("\ue000", `\`, "\ue001", ":", "\ue002", "#", "\ue003", "=", "\ue004", "{", "\ue005", "}", "\ue006", "~", "\ue007", "\n")
)

// block is the text of a block being read: lines joined, the line the
// text starts on, and where each of its lines ends, to tell the line of
// each part.
type block struct {
	text  string
	first int
	ends  []int
}

// at returns the line of the file that offset i of the text is on.
func (b block) at(i int) int {
	k, _ := slices.BinarySearch(b.ends, i)
	return b.first + k
}

// readBlock reads a block of lines, the first at line first: a category
// or a question.
func readBlock(lines []string, first int) (*question, *category, error) {
	for i, l := range lines {
		lines[i] = escapes.Replace(l)
	}
	b := block{text: strings.Join(lines, "\n"), first: first}
	nl := -1
	for _, l := range lines[:len(lines)-1] {
		nl += len(l) + 1
		b.ends = append(b.ends, nl)
	}
	t, off := b.text, 0 // the text still to read, and where it starts
	skip := func(n int) {
		t, off = t[n:], off+n
		trimmed := strings.TrimLeft(t, " \t\n")
		off += len(t) - len(trimmed)
		t = trimmed
	}
	skip(0)
	if rest, ok := strings.CutPrefix(t, "$CATEGORY:"); ok {
		path, _, _ := strings.Cut(rest, "\n")
		return nil, categoryOf(unescapes.Replace(path), first), nil
	}
	q := &question{at: first}
	if strings.HasPrefix(t, "::") {
		if end := strings.Index(t[2:], "::"); end >= 0 {
			q.name = stripTags(unescapes.Replace(t[2 : 2+end]))
			skip(2 + end + 2)
		}
	}
	lbrace := strings.IndexByte(t, '{')
	rbrace := -1
	if lbrace >= 0 {
		rbrace = strings.IndexByte(t[lbrace:], '}')
	}
	switch stray := strings.IndexByte(t, '}'); {
	case lbrace < 0 && stray < 0:
		q.kind = description
		q.text, _ = textPiece(t, "moodle", b.at(off))
		return q, nil, nil
	case stray >= 0 && (lbrace < 0 || stray < lbrace):
		return nil, nil, fmt.Errorf("damaged GIFT question bank: line %d: a } that no { opens (write \\} for the character)", b.at(off+stray))
	case rbrace < 0:
		return nil, nil, fmt.Errorf("damaged GIFT question bank: line %d: answers opened with { are never closed with } (write \\{ for the character)", b.at(off+lbrace))
	}
	rbrace += lbrace
	answers := t[lbrace+1 : rbrace]
	answersAt := off + lbrace + 1
	qtext := t[:lbrace]
	if after := strings.TrimSpace(t[rbrace+1:]); after != "" {
		qtext = strings.TrimRight(t[:lbrace], " ") + blankOf(t[:lbrace], t[rbrace+1:]) + strings.TrimLeft(t[rbrace+1:], " ")
	}
	var format string
	q.text, format = textPiece(qtext, "moodle", b.at(off))
	var general []piece
	if i := strings.LastIndex(answers, "####"); i >= 0 {
		p, _ := textPiece(answers[i+4:], format, b.at(answersAt+i))
		general = append(general, p)
		answers = answers[:i]
	}
	lead := len(answers) - len(strings.TrimLeft(answers, " \t\n"))
	answers, answersAt = strings.TrimSpace(answers), answersAt+lead
	r := answerReader{b: b, format: format}
	switch {
	case answers == "":
		q.kind = essay
	case answers[0] == '#':
		q.kind = numerical
		q.answers = r.numerical(answers[1:], answersAt+1)
	case strings.Contains(answers, "~"):
		q.kind = multichoice
		q.answers = r.choices(answers, answersAt)
	case strings.Contains(answers, "=") && strings.Contains(answers, "->"):
		q.kind = match
		q.answers = r.matches(answers, answersAt)
	default:
		tf := answers
		if i := strings.IndexByte(answers, '#'); i > 0 {
			tf = strings.TrimSpace(answers[:i])
		}
		switch tf {
		case "T", "TRUE", "F", "FALSE":
			// {TRUE#the feedback on a wrong answer#on the right one}
			q.kind, q.tf = truefalse, tf[0] == 'T'
			parts := strings.SplitN(answers, "#", 3)
			at := answersAt + len(parts[0])
			for _, p := range parts[1:] {
				fb, _ := textPiece(p, format, b.at(at+1))
				q.feedback = append(q.feedback, fb)
				at += 1 + len(p)
			}
		default:
			q.kind = shortanswer
			q.answers = r.shortAnswers(answers, answersAt)
		}
	}
	q.feedback = append(q.feedback, general...)
	return q, nil, nil
}

// blankOf is the blank of a missing-word question, with the spaces
// around it that the text before and after it had.
func blankOf(before, after string) string {
	s := "___"
	if strings.HasSuffix(before, " ") || strings.HasSuffix(before, "\n") {
		s = " " + s
	}
	if strings.HasPrefix(after, " ") || strings.HasPrefix(after, "\n") {
		s += " "
	}
	return s
}

// categoryOf reads a category's path ("$course$/top/Default for UPSC
// Polity/Fundamental Rights"): "/" divides its names, "//" is a "/" in
// one.
func categoryOf(path string, at int) *category {
	var names []string
	for _, n := range strings.Split(strings.ReplaceAll(strings.TrimSpace(path), "//", "\ue008"), "/") {
		if n = corpus.OneLine(strings.ReplaceAll(n, "\ue008", "/")); n != "" {
			names = append(names, n)
		}
	}
	c := &category{at: at}
	if len(names) > 0 && strings.HasPrefix(names[0], "$") && strings.HasSuffix(names[0], "$") {
		names = names[1:] // the context: $course$, $module$, $system$, $coursecategory$
	}
	if len(names) > 0 && names[0] == "top" {
		names = names[1:]
	}
	if len(names) > 0 {
		if course, ok := strings.CutPrefix(names[0], "Default for "); ok {
			c.course = strings.TrimSpace(course)
			names = names[1:]
		}
	}
	c.path = names
	return c
}

// answerReader reads the answers of a question whose text is in format.
type answerReader struct {
	b      block
	format string
}

// weightRE matches the part of the marks an answer earns: "%50%",
// "%-33.33333%".
var weightRE = regexp.MustCompile(`^%(-*[0-9]+(?:\.[0-9]*)?)%`)

// split divides answers at each of the marks that start one (at "~=" as
// "=" and "~"), and returns each with its offset, the mark first; it
// leaves out what stands before the first mark when it is blank.
func split(answers string, at int, marks string) (parts []string, offsets []int) {
	start := 0
	for i := 0; i <= len(answers); i++ {
		if i == len(answers) || i > start && strings.IndexByte(marks, answers[i]) >= 0 {
			if part := answers[start:i]; start > 0 || strings.TrimSpace(part) != "" {
				parts = append(parts, part)
				offsets = append(offsets, at+start)
			}
			start = i
		}
	}
	return parts, offsets
}

// answer reads one answer (after its mark): its weight ("%50%"), when
// given, its text and its feedback after a "#".
func (r answerReader) answer(s string, at int, weight float64) answer {
	lead := len(s) - len(strings.TrimLeft(s, " \t\n"))
	s, at = strings.TrimSpace(s), at+lead
	if m := weightRE.FindStringSubmatch(s); m != nil {
		if w, err := strconv.ParseFloat(strings.TrimLeft(m[1], "-"), 64); err == nil {
			weight = w / 100
			if strings.HasPrefix(m[1], "-") {
				weight = -weight
			}
		}
		s = s[len(m[0]):]
	}
	text, feedback, _ := strings.Cut(s, "#")
	return answer{
		text:     r.line(text),
		feedback: r.line(feedback),
		weight:   weight,
		at:       r.b.at(at),
	}
}

// line reads a piece of an answer on one line.
func (r answerReader) line(s string) string {
	p, _ := textPiece(s, r.format, 0)
	return corpus.OneLine(strings.Join(p.lines, " "))
}

// choices reads a multiple-choice question's answers: "=right",
// "~wrong", "~%50%partly right", each perhaps with "#feedback".
func (r answerReader) choices(answers string, at int) []answer {
	parts, offsets := split(answers, at, "=~")
	var out []answer
	for i, p := range parts {
		weight := 0.0
		switch {
		case p[0] == '=':
			weight, p, offsets[i] = 1, p[1:], offsets[i]+1
		case p[0] == '~':
			p, offsets[i] = p[1:], offsets[i]+1
		}
		if a := r.answer(p, offsets[i], weight); a.text != "" || a.feedback != "" {
			out = append(out, a)
		}
	}
	return out
}

// matches reads a matching question's pairs: "=text -> what it matches",
// a pair without text an option that matches none.
func (r answerReader) matches(answers string, at int) []answer {
	parts, offsets := split(answers, at, "=")
	var out []answer
	for i, p := range parts {
		p = strings.TrimPrefix(p, "=")
		left, right, ok := strings.Cut(p, "->")
		if !ok {
			left, right = "", p
		}
		a := answer{
			text:   r.line(left),
			to:     corpus.OneLine(unescapes.Replace(right)),
			weight: 1,
			at:     r.b.at(offsets[i]),
		}
		if a.text == "" {
			a.weight = 0
		}
		if a.text != "" || a.to != "" {
			out = append(out, a)
		}
	}
	return out
}

// shortAnswers reads a short-answer question's answers: "=answer", each
// perhaps with a weight ("=%50%") and "#feedback".
func (r answerReader) shortAnswers(answers string, at int) []answer {
	parts, offsets := split(answers, at, "=")
	var out []answer
	for i, p := range parts {
		if p[0] == '=' {
			p, offsets[i] = p[1:], offsets[i]+1
		}
		if a := r.answer(p, offsets[i], 1); a.text != "" {
			out = append(out, a)
		}
	}
	return out
}

// numerical reads a numerical question's answers (after "#"): "=3.14:0.01"
// (an answer and the error allowed), "=1..5" (a range), "3", each perhaps
// with a weight and "#feedback"; "~#feedback" is the feedback on any
// other answer.
func (r answerReader) numerical(answers string, at int) []answer {
	other := ""
	otherAt := 0
	if i := strings.IndexByte(answers, '~'); i >= 0 {
		other, otherAt = answers[i+1:], at+i+1
		answers = answers[:i]
	}
	parts, offsets := split(answers, at, "=")
	var out []answer
	for i, p := range parts {
		if p[0] == '=' {
			p, offsets[i] = p[1:], offsets[i]+1
		}
		a := r.answer(p, offsets[i], 1)
		if a.text == "" {
			continue
		}
		a.text = number(a.text)
		out = append(out, a)
	}
	if other != "" {
		a := r.answer(other, otherAt, 0)
		a.text = ""
		if a.feedback != "" {
			out = append(out, a)
		}
	}
	return out
}

// number writes a numerical answer for people: "3.14 (± 0.01)", "1 to 5".
func number(s string) string {
	if lo, hi, ok := strings.Cut(s, ".."); ok && strings.TrimSpace(lo) != "" {
		return strings.TrimSpace(lo) + " to " + strings.TrimSpace(hi)
	}
	if n, tol, ok := strings.Cut(s, ":"); ok && strings.TrimSpace(n) != "" {
		n, tol = strings.TrimSpace(n), strings.TrimSpace(tol)
		if v, err := strconv.ParseFloat(tol, 64); err == nil && v == 0 || tol == "" {
			return n
		}
		return n + " (± " + tol + ")"
	}
	return s
}
