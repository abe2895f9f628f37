package corpus

import (
	"fmt"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A parser (text, Markdown) reads a document line by line into a builder:
// sections opened by headings, each holding items, each item a run of
// paragraphs and list entries. finish then turns items into passages:
//
//   - An item with a number, a question or an exam tip ("• 3.", "1. Why…?",
//     "Q: …", "Exam Tip") is one passage.
//   - Any other item is divided at its list entries: each top-level entry,
//     with the entries nested under it, is a passage, and so is each run of
//     paragraphs between lists; a short line introducing a list ("Members:"),
//     or a longer one that ends in a colon, goes with its first entry. A
//     list of short entries that are mostly not sentences (crop names,
//     committee members) stays one passage with its lead-in, paragraphs
//     after it apart, except in Key Points, Recent Developments and exam
//     tips, where every entry is a passage of its own. Mind maps,
//     connections and source topics are never divided.
//   - A passage over maxPassageRunes is cut at paragraph, then sentence,
//     then word boundaries into numbered parts of similar size.

// maxPassageRunes bounds a passage's text, so that an answer fits a Discord
// embed (4,096 characters) with room to spare and cites narrowly.
const maxPassageRunes = 1200

// Grouping of short list entries: a list stays one passage when its
// entries average at most shortEntryAvg characters, none is over
// shortEntryMax and at most half end with a full stop. The values keep
// together lists of names ("paddy, jowar, bajra", "Speaker of the Lok
// Sabha") and divide lists of facts, which students write at 60 to 200
// characters an entry.
const (
	shortEntryAvg = 50
	shortEntryMax = 90
	leadInMax     = 160 // a lead-in line longer than this is a passage of its own
)

// builder collects sections and items, then turns them into passages.
type builder struct {
	file      string
	doc       Document
	titleLine int
	secs      []*section          // in order of first appearance
	byKey     map[string]*section // path of slugs → section, so a repeated heading continues its section
	stack     []*section          // the open sections, outermost first
	sec       *section            // the current section: the last of stack
	paraBreak bool
	hub       string       // the centre of the last mind map, glued to its connections
	rows      map[int]bool // the lines (from 1) that are a table's rows
	nest      int          // headings open this many levels deeper: notes pasted into a chat, under their day
	errs      Errors
}

// section is a heading and what is written under it.
type section struct {
	path      []string
	key       string
	kind      Kind
	line      int
	level     int // the level of the heading that opened it; deeper headings nest under it
	year      int // a dated heading ("2024:") gives its items a year
	items     []*item
	implicit  bool   // opened by text before any heading (the definition): any heading closes it
	number    int    // the number written before its heading, at the top level (see Heading.Number)
	numbering string // the number written before a subheading, "2.3" (see Heading.Numbering)
	asked     int    // the questions among items, which only newQuestion adds: counted as they come, not on each one
}

// item is a run of text that becomes one or more passages.
type item struct {
	ordinal  int    // a number written in the document ("• 3.", "3. Why…?"); 0 when numbered by position
	question string // the question of a FAQ (and of its exam tip)
	sub      string // "Exam Tip"
	kind     Kind   // overrides the section's kind (a Q/A pair outside a FAQ section)
	of       *item  // the question an exam tip belongs to
	byPlace  bool   // a Q/A pair outside a FAQ section: numbered by its place among the section's passages
	written  int    // the number a question is written with ("Q16. …"), 0 for none
	line     int
	unit     bool // a table row, a callout or a code block: never divided
	chunks   []chunk
	// joined holds the last chunk's text while wrapped lines are joined to
	// it, so that a paragraph of many lines is not copied on each; nil when
	// the chunk's text is current. settle writes it back.
	joined []byte
}

// chunk is a paragraph or a list entry of an item.
type chunk struct {
	text     string
	line     int
	list     bool
	depth    int  // nesting of a list entry; 0 at the top
	number   int  // the number an ordered list's entry is written with ("3. …"); 0 for none
	verbatim bool // code: kept with its line breaks
}

// tableRows notes that the lines at indexes at (from 0) are a table's
// rows, as written by writeRows.
func (b *builder) tableRows(at []int) {
	for _, i := range at {
		b.rows[i+1] = true
	}
}

// msgNoPassages is the problem of a document with a title and nothing under it.
const msgNoPassages = "empty document: no passages after the title"

func newBuilder(file string) *builder {
	return &builder{file: file, byKey: map[string]*section{}, rows: map[int]bool{}}
}

func (b *builder) blank() { b.paraBreak = true }

func (b *builder) warn(line int, format string, args ...any) {
	b.doc.Warnings = append(b.doc.Warnings, &Error{File: b.file, Line: line, Msg: fmt.Sprintf(format, args...)})
}

// open starts a section under the heading at level (1 is the top; deeper
// levels nest under the open section of a lower level). kind "" takes the
// kind of the enclosing section where that kind is made of plain items
// (a "2024:" heading under Recent Developments holds developments), else
// KindSection. A heading seen before at the same place continues its
// section.
func (b *builder) open(level int, heading string, kind Kind, line int) *section {
	level += b.nest
	for len(b.stack) > 0 {
		top := b.stack[len(b.stack)-1]
		if !top.implicit && top.level < level {
			break
		}
		b.stack = b.stack[:len(b.stack)-1]
	}
	var parent *section
	if len(b.stack) > 0 {
		parent = b.stack[len(b.stack)-1]
	}
	b.paraBreak = false
	if kind == KindMindMap {
		b.hub = ""
	}
	if t := withoutNoteID(unmarked(strings.TrimFunc(heading, IsEmoji))); t != "" {
		heading = t // "📌 *Key Points*" is cited as "Key Points"
	}
	slug := Slug(heading)
	if slug == "" {
		slug = "line-" + strconv.Itoa(line)
	}
	key := slug
	if parent != nil {
		key = parent.key + "/" + slug
	}
	if lead := b.byKey[key]; lead != nil && lead.implicit && kind == KindDefinition && len(lead.items) > 0 && b.byKey["preface"] == nil {
		// "Sure! Here's an explanation 👇" over "## What is Ayushman
		// Bharat?": the text written before any heading leads into the
		// definition the heading opens.
		b.toPreface(lead)
	}
	base := key
	for n := 2; ; n++ {
		s, ok := b.byKey[key]
		if !ok {
			break
		}
		if strings.EqualFold(s.path[len(s.path)-1], heading) {
			b.push(s) // the same heading again: its section continues
			return s
		}
		key = base + "-" + strconv.Itoa(n) // another heading with the same slug
	}
	s := &section{key: key, kind: kind, line: line, level: level, year: yearOf(heading)}
	if parent != nil {
		s.path = append(append([]string(nil), parent.path...), heading)
		if kind == "" && inherits(parent.kind) {
			s.kind = parent.kind
		}
		if s.year == 0 {
			s.year = parent.year
		}
	} else {
		s.path = []string{heading}
	}
	if s.kind == "" {
		s.kind = KindSection
	}
	b.byKey[key] = s
	b.secs = append(b.secs, s)
	b.push(s)
	return s
}

// numbered records the number written before the heading of s, a section
// just opened from the heading line raw ("4. Payloads").
func (s *section) numbered(raw string) {
	if len(s.path) == 1 && s.number == 0 {
		s.number = headingNumber(raw)
	}
	if m := subNumberRE.FindStringSubmatch(raw); m != nil && s.numbering == "" {
		s.numbering = m[1]
	}
}

// subNumberRE finds the number written before a subheading: "2.3 Effects
// on Centre-State relations", "## 2.3. Effects".
var subNumberRE = regexp.MustCompile(`^[#\s]*(\d{1,2}(?:\.\d{1,2})+)\.?\s`)

// inherits reports whether a subsection of a section of kind k has kind k.
func inherits(k Kind) bool {
	switch k {
	case KindDefinition, KindBackground, KindKeyPoint, KindDevelopment, KindRelevance, KindExamTip:
		return true
	}
	return false
}

func (b *builder) push(s *section) {
	b.stack = append(b.stack, s)
	b.sec = s
}

// resume makes s, an earlier top-level section, current again.
func (b *builder) resume(s *section) {
	b.stack = append(b.stack[:0], s)
	b.sec = s
	b.paraBreak = false
}

// current returns the section for content at line n; content before any
// heading belongs to the definition.
func (b *builder) current(n int) *section {
	if b.sec == nil {
		s := b.open(1, "Definition", KindDefinition, n)
		s.implicit = true
	}
	return b.sec
}

// aside adds line n, before the first section, that is not what the notes
// are about (a "Syllabus:" line), as a passage of a section of its own,
// under heading, of kind, with text; the text around it stays the
// definition. Notes with no other definition have none: a syllabus line
// does not say what they are about.
func (b *builder) aside(heading string, kind Kind, text string, n int) {
	stack, sec := append([]*section(nil), b.stack...), b.sec
	s := b.open(1, heading, kind, n)
	s.newItem(n).addText(text, false, n)
	b.stack, b.sec = stack, sec
	b.paraBreak = true
}

// IsEmoji reports whether r is an emoji or what joins and styles one, or
// a space: what a title may be decorated with at its ends.
func IsEmoji(r rune) bool {
	return unicode.Is(unicode.So, r) || r == '\ufe0f' || r == '\u200d' || unicode.IsSpace(r)
}

// prefaceApart makes the text before the first heading a preface, not the
// definition, when it never names the notes' subject and a section of their
// own defines it: "Notes for GS III. Made by Riya." above "Introduction".
func (b *builder) prefaceApart() {
	lead := b.byKey["definition"]
	if lead == nil || !lead.implicit || lead.kind != KindDefinition {
		return
	}
	asks := false // a section asks what the subject is ("What is a heatwave?"): the lead only leads into it
	if !slices.ContainsFunc(b.secs, func(s *section) bool {
		if s == lead || s.kind != KindDefinition || len(s.items) == 0 {
			return false
		}
		name := strings.ToLower(s.path[len(s.path)-1])
		asks = asks || strings.HasSuffix(name, "?") && (strings.HasPrefix(name, "what is ") || strings.HasPrefix(name, "what was ") || strings.HasPrefix(name, "what are ")) ||
			definingNames[headingKey(name)]
		return true
	}) {
		return
	}
	if !asks && namesSubject(lead, b.doc.Title) {
		return
	}
	b.toPreface(lead)
}

// definingNames head a section that says what the subject is, as
// "Introduction" or "About" need not.
var definingNames = map[string]bool{"definition": true, "meaning": true, "what is it": true, "kya hai": true, "matlab": true, "arth": true}

// toPreface makes lead, the text before any heading, the notes' Preface.
func (b *builder) toPreface(lead *section) {
	delete(b.byKey, lead.key)
	lead.kind, lead.key, lead.path = KindSection, "preface", []string{"Preface"}
	b.byKey[lead.key] = lead
}

// namesSubject reports whether the text of sec has a word of three
// letters or more of the title.
func namesSubject(sec *section, title string) bool {
	subject := map[string]bool{}
	for _, w := range strings.FieldsFunc(strings.ToLower(title), notWordRune) {
		if utf8.RuneCountInString(w) >= 3 && !titleJoiners[w] {
			subject[w] = true // "and" of "India's NDCs and Net Zero 2070" names nothing
		}
	}
	for _, it := range sec.items {
		for _, c := range it.chunks {
			for _, w := range strings.FieldsFunc(strings.ToLower(c.text), notWordRune) {
				if subject[w] {
					return true
				}
			}
		}
	}
	return false
}

func notWordRune(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }

// inKind reports whether the current section or one enclosing it is of kind k.
func (b *builder) inKind(k Kind) bool {
	for _, s := range b.stack {
		if s.kind == k {
			return true
		}
	}
	return false
}

func (s *section) newItem(line int) *item {
	it := &item{line: line}
	s.items = append(s.items, it)
	return it
}

func (s *section) item(line int) *item {
	if len(s.items) == 0 {
		return s.newItem(line)
	}
	return s.items[len(s.items)-1]
}

// last returns the last item, or nil.
func (s *section) last() *item {
	if len(s.items) == 0 {
		return nil
	}
	return s.items[len(s.items)-1]
}

// faq returns the last question of a section, or nil.
func (s *section) faq() *item {
	for i := len(s.items) - 1; i >= 0; i-- {
		if it := s.items[i]; it.sub == "" && it.question != "" {
			return it
		}
	}
	return nil
}

// ask adds the question q at line, with its answer when q has it on the
// same line ("Were they in the original text? A2. No, added in 1976.").
func (s *section) ask(q string, ord, line int) *item {
	question, answer := splitAnswer(q)
	it := s.newQuestion(question, ord, line)
	if answer != "" {
		it.addText(answer, true, line)
	}
	return it
}

// splitAnswer cuts q after the question mark its answer's mark follows
// ("A2.", "Ans:", "Answer -").
func splitAnswer(q string) (question, answer string) {
	for i := strings.IndexByte(q, '?'); i >= 0; {
		if m := answerRE.FindStringSubmatch(strings.TrimSpace(q[i+1:])); m != nil && m[1] != "" {
			return q[:i+1], m[1]
		}
		next := strings.IndexByte(q[i+1:], '?')
		if next < 0 {
			break
		}
		i += 1 + next
	}
	return q, ""
}

// newQuestion starts a FAQ question in s; ord 0 numbers it after the others.
func (s *section) newQuestion(question string, ord, line int) *item {
	it := &item{line: line, question: question, ordinal: ord}
	if s.kind != KindFAQ {
		it.kind = KindFAQ
		it.byPlace = ord == 0
	}
	if it.ordinal == 0 {
		it.ordinal = s.asked + 1
	}
	if question != "" {
		s.asked++
	}
	s.items = append(s.items, it)
	return it
}

// newExamTip starts the exam tip of the last question of s (of none when
// there is none).
func (s *section) newExamTip(line int) *item {
	prev := s.faq()
	it := s.newSectionTip(line)
	if prev != nil {
		it.question, it.of = prev.question, prev
	}
	return it
}

// newSectionTip starts an exam tip of s itself, though questions come
// before it: one that follows a question but is not in its answer.
func (s *section) newSectionTip(line int) *item {
	it := s.newItem(line)
	it.sub = "Exam Tip"
	it.kind = KindExamTip
	return it
}

// explicit reports whether the item is one passage whatever its content.
func (it *item) explicit() bool {
	return it.ordinal > 0 || it.question != "" || it.sub != "" || it.unit
}

func (it *item) empty() bool { return len(it.chunks) == 0 }

// hasList reports whether the last chunk is a list entry.
func (it *item) hasList() bool {
	return len(it.chunks) > 0 && it.chunks[len(it.chunks)-1].list
}

// lastHead returns the start of the last chunk's text, at most n bytes
// of it; lastTail its end. They read a paragraph being joined without
// copying all of it.
func (it *item) lastHead(n int) string {
	if it.joined != nil {
		return string(it.joined[:min(n, len(it.joined))])
	}
	if len(it.chunks) == 0 {
		return ""
	}
	t := it.chunks[len(it.chunks)-1].text
	return t[:min(n, len(t))]
}

func (it *item) lastTail(n int) string {
	if it.joined != nil {
		return string(it.joined[max(0, len(it.joined)-n):])
	}
	if len(it.chunks) == 0 {
		return ""
	}
	t := it.chunks[len(it.chunks)-1].text
	return t[max(0, len(t)-n):]
}

// settle makes the text of the item's last chunk current: what reads
// chunks calls it first.
func (it *item) settle() {
	if it.joined != nil {
		it.chunks[len(it.chunks)-1].text = string(it.joined)
		it.joined = nil
	}
}

// join joins a wrapped line to the last chunk (see appendWrapped).
func (it *item) join(t string) {
	if it.joined == nil {
		prev := it.chunks[len(it.chunks)-1].text
		it.joined = append(make([]byte, 0, 2*(len(prev)+1+len(t))), prev...)
	}
	it.joined = appendWrapped(it.joined, t)
}

// addText appends a line of prose: a new paragraph after a blank line or a
// list entry, else the same paragraph. Lists written inline
// ("answerPoints: * a * b") are split into list entries.
func (it *item) addText(t string, newPara bool, line int) {
	if head, points, ok := inlineList(t); ok {
		if head != "" {
			it.addText(head, newPara, line)
		}
		for _, p := range points {
			it.addListItem(p, 0, line)
		}
		return
	}
	t = plain(t)
	if t == "" {
		return
	}
	if n := len(it.chunks); n > 0 && !newPara && !it.chunks[n-1].list && !it.chunks[n-1].verbatim {
		it.join(t)
		return
	}
	it.settle()
	it.chunks = append(it.chunks, chunk{text: t, line: line})
}

// appendWrapped appends a line to the text it continues, undoing a word
// broken at the line's end ("Monetary Policy Com-" "mittee", see
// brokenWord), as text copied from a PDF hyphenates. Else the two are
// joined with a space.
func appendWrapped(text []byte, next string) []byte {
	if brokenWord(string(text[max(0, len(text)-9):]), next) { // the last two runes and the hyphen, not a copy of all the text
		return append(text[:len(text)-1], next...)
	}
	return append(append(text, ' '), next...)
}

// brokenWord reports whether line ends in a word broken before next: a
// hyphen after two letters, next starting in lower case ("Grade A-" is no
// word broken).
func brokenWord(line, next string) bool {
	n := len(line)
	if n <= 2 || line[n-1] != '-' || next == "" || next[0] < 'a' || next[0] > 'z' {
		return false
	}
	r, size := utf8.DecodeLastRuneInString(line[:n-1])
	before, _ := utf8.DecodeLastRuneInString(line[:n-1-size])
	return unicode.IsLetter(r) && unicode.IsLetter(before)
}

// addListItem appends a list entry nested depth levels deep.
func (it *item) addListItem(t string, depth, line int) {
	it.settle()
	it.chunks = append(it.chunks, chunk{text: plain(strings.TrimSpace(t)), line: line, list: true, depth: depth})
}

// addContinuation appends a wrapped line to the last paragraph or entry.
func (it *item) addContinuation(t string, line int) {
	if n := len(it.chunks); n > 0 && !it.chunks[n-1].verbatim {
		if t = plain(t); t != "" {
			it.join(t)
		}
		return
	}
	it.addText(t, false, line)
}

// addVerbatim appends lines kept as written (code).
func (it *item) addVerbatim(lines []string, line int) {
	it.settle()
	it.chunks = append(it.chunks, chunk{text: strings.Join(lines, "\n"), line: line, verbatim: true})
}

func renderChunks(chunks []chunk) string {
	if len(chunks) == 1 && !chunks[0].list {
		return strings.TrimSpace(chunks[0].text)
	}
	var b strings.Builder
	size := 0
	for _, c := range chunks {
		size += len(c.text) + 2*c.depth + 3
	}
	b.Grow(size)
	for i, c := range chunks {
		if c.text == "" {
			continue
		}
		if i > 0 && b.Len() > 0 {
			b.WriteByte('\n')
		}
		if c.list {
			for range c.depth {
				b.WriteString("  ")
			}
			b.WriteString("- ")
		}
		b.WriteString(c.text)
	}
	return strings.TrimSpace(b.String())
}

// unwrapEntry reads a passage that is one list entry as text: the entry
// as a paragraph, what is nested under it as its list.
func unwrapEntry(cs []chunk) []chunk {
	if len(cs) == 0 || !cs[0].list || cs[0].depth != 0 {
		return cs
	}
	for _, c := range cs[1:] {
		if !c.list || c.depth == 0 {
			return cs
		}
	}
	out := make([]chunk, len(cs))
	copy(out, cs)
	out[0].list = false
	for i := range out[1:] {
		out[i+1].depth--
	}
	return out
}

// unit is what becomes one passage before long texts are split.
type unit struct {
	it     *item
	chunks []chunk
	line   int
}

// units divides a section's items into passages, as the comment at the top
// of this file says; rows holds the lines of tables' rows, a passage each.
// mcqTails joins to the question before it what ends a multiple-choice
// question in a paragraph of its own, as question banks set it under the
// question's statements: the question asked of them ("Which of the
// statements given above is/are correct?", "Select the correct answer
// using the code given below:") and the options on a line ("(a) 1 only
// (b) 1 and 3 only …"). A passage of them alone says nothing.
func mcqTails(s *section) {
	out := s.items[:0]
	for _, it := range s.items {
		if it.question != "" && it.sub == "" && mcqOptions(it) {
			// "Who arbitrated the 1918 dispute?" over "(a) Anandshankar
			// Dhruv (b) …": a question set, not asked and answered
			it.chunks = append([]chunk{{text: it.question, line: it.line}}, it.chunks...)
			it.question = ""
		}
		if n := len(out); n > 0 && it.question == "" && it.sub == "" && out[n-1].sub == "" && mcqTail(it) {
			out[n-1].settle()
			out[n-1].chunks = append(out[n-1].chunks, it.chunks...)
			continue
		}
		out = append(out, it)
	}
	s.items = out
}

// mcqOptions reports whether all of it is the options of a
// multiple-choice question, on a line: "(a) 20 per cent (b) 27.5 per cent …".
func mcqOptions(it *item) bool {
	it.settle()
	for _, c := range it.chunks {
		if t := strings.TrimSpace(c.text); len(t) > maxMCQLine || !strings.HasPrefix(t, "(a)") || !mcqOptionsRE.MatchString(t) {
			return false
		}
	}
	return len(it.chunks) > 0
}

var mcqOptionsRE = regexp.MustCompile(`^\(a\)\s.+\s\(b\)\s.+$`)

// mcqTail reports whether all of it is the end of a multiple-choice
// question (see mcqTails).
func mcqTail(it *item) bool {
	it.settle()
	for _, c := range it.chunks {
		t := strings.TrimSpace(c.text)
		if len(t) > maxMCQLine || !strings.HasSuffix(t, "?") && !strings.HasSuffix(t, ":") && !strings.Contains(t, "(b) ") || !mcqTailRE.MatchString(t) {
			return false // the cheap tests first: a question's end asks or leads in, options name (b)
		}
	}
	return len(it.chunks) > 0
}

// maxMCQLine is the longest line mcqTail and mcqOptions read: a question's
// closing question or its options on a line, not a paragraph.
const maxMCQLine = 400

var mcqTailRE = regexp.MustCompile(`(?i)^(?:\(a\)\s.+\s\(b\)\s.+|.*\b(?:given|listed) (?:above|below)\b.*[?:]|select the correct (?:answer|code|option).*)$`)

func units(s *section, rows map[int]bool) []unit {
	var out []unit
	asked := false              // a question of the section came before
	questions := s.faq() != nil // the section has a question
	for _, it := range s.items {
		it.settle()
		kind := s.kind
		if it.kind != "" {
			kind = it.kind
		}
		lead := kind == KindFAQ && !asked && it.question == "" && questions // cited as the section: one passage, whatever its list
		asked = asked || it.question != ""
		if it.explicit() || !divisible(kind) || !hasTopEntry(it.chunks) || lead {
			out = append(out, unit{it: it, chunks: it.chunks, line: it.line})
			continue
		}
		hasRow := slices.ContainsFunc(it.chunks, func(c chunk) bool { return rows[c.line] && c.list })
		if groupsShort(kind) && shortList(it.chunks) && !hasRow {
			out = append(out, unit{it: it, chunks: it.chunks, line: it.line})
			continue
		}
		// Each unit is a run of the item's chunks, from start to i.
		cs := it.chunks
		start := 0
		flush := func(i int) {
			if i > start {
				out = append(out, unit{it: it, chunks: cs[start:i:i], line: cs[start].line})
				start = i
			}
		}
		for i := 0; i < len(cs); i++ {
			switch c := cs[i]; {
			case c.list && c.depth == 0 && rows[c.line]:
				flush(i) // a table's row, alone
			case c.list && c.depth == 0:
				// A short paragraph right before the list leads into its first entry.
				if i-start != 1 || cs[start].list || !announcesList(cs[start].text) {
					flush(i)
				}
				// A list of short entries stays one passage with its lead-in,
				// though paragraphs follow it.
				if (i == 0 || !cs[i-1].list) && groupsShort(kind) && !hasRow {
					if end := listEnd(cs, i); shortList(cs[start:end]) {
						flush(end)
						i = end - 1
					}
				}
			case c.list:
				// nested under the entry before
			case i > start && cs[i-1].list:
				flush(i)
			}
		}
		flush(len(cs))
	}
	return out
}

// announcesList reports whether a paragraph right before a list leads into its
// first entry: a short one, or one up to twice as long that ends in a
// colon ("…, with four independent verticals:").
func announcesList(text string) bool {
	n := utf8.RuneCountInString(text)
	return n <= leadInMax || n <= 2*leadInMax && strings.HasSuffix(text, ":")
}

// listEnd returns the index of the first chunk after cs[i] that is not a
// list entry, or len(cs).
func listEnd(cs []chunk, i int) int {
	for i < len(cs) && cs[i].list {
		i++
	}
	return i
}

// divisible reports whether items of kind k are divided at list entries.
func divisible(k Kind) bool {
	switch k {
	case KindMindMap, KindConnections, KindSourceTopic:
		return false
	}
	return true
}

// groupsShort reports whether a list of short entries stays together in
// sections of kind k.
func groupsShort(k Kind) bool {
	switch k {
	case KindKeyPoint, KindDevelopment, KindExamTip:
		return false
	}
	return true
}

// questionsNumbered reports whether a section's passages are all questions
// written with numbers that rise ("Q12." to "Q22."), two at the least: then
// each is cited by its number, as the notes number them.
func questionsNumbered(us []unit) bool {
	last, n := 0, 0
	for _, u := range us {
		it := u.it
		switch {
		case it.sub != "" || it.of != nil:
			continue // an exam tip
		case it.question == "" || it.written <= last:
			return false
		case it.written != last:
			n++
		}
		last = it.written
	}
	return n >= 2
}

// writtenNumbers returns the numbers a section's passages are cited by
// when it holds one numbered list, "1." to "n." (perhaps after a paragraph
// that introduces it, the first unit, to be cited as the section: intro
// says so): each entry its written number, a passage after the list the
// number after the last. It returns nil when those are the passages'
// places anyway, or when the section holds no such list.
func writtenNumbers(us []unit) (numbers []int, intro bool) {
	first := -1
	for i, u := range us {
		if entryNumber(u) > 0 {
			first = i
			break
		}
	}
	if first < 0 || first > 1 || first == 1 && (us[0].it.explicit() || us[0].it.sub != "") {
		return nil, false
	}
	last := 0
	for _, u := range us[first:] {
		n := entryNumber(u)
		switch {
		case u.it.explicit() || u.it.sub != "":
			return nil, false
		case n == 0:
			n = last + 1
		case n <= last:
			return nil, false // a second list, or numbers out of order
		}
		numbers = append(numbers, n)
		last = n
	}
	if first == 0 && numbers[len(numbers)-1] == len(numbers) {
		return nil, false // numbered 1 to n as they stand
	}
	if first == 1 && us[0].it == us[1].it && hasTopEntry(us[0].chunks) {
		return nil, false
	}
	return numbers, first == 1
}

// entryNumber returns the written number of the one numbered entry at
// the top of u, or 0.
func entryNumber(u unit) int {
	n, entries := 0, 0
	for _, c := range u.chunks {
		if c.list && c.depth == 0 {
			entries++
			n = c.number
		}
	}
	if entries != 1 {
		return 0
	}
	return n
}

// hasTopEntry reports whether cs hold a list entry at the top level.
func hasTopEntry(cs []chunk) bool {
	for _, c := range cs {
		if c.list && c.depth == 0 {
			return true
		}
	}
	return false
}

// shortList reports whether the top-level entries (with what is nested
// under them) are all short, most are not sentences, terms with their
// meanings or all questions, and there is no paragraph after the list.
func shortList(cs []chunk) bool {
	var lens []int
	seenList := false
	sentences, questions, terms := 0, 0, 0
	for _, c := range cs {
		switch {
		case c.list && c.depth == 0:
			lens = append(lens, utf8.RuneCountInString(c.text))
			seenList = true
			if strings.HasSuffix(c.text, "?") {
				questions++
			}
			if termArrow(c.text) {
				terms++
			}
			if strings.HasSuffix(c.text, ".") {
				sentences++
			}
		case c.list:
			lens[len(lens)-1] += utf8.RuneCountInString(c.text)
		case seenList:
			return false
		}
	}
	total := 0
	for _, n := range lens {
		if n > shortEntryMax {
			return false
		}
		total += n
	}
	if questions >= 2 && questions == len(lens) {
		return false // questions, each a passage (over its answer, if any)
	}
	if terms*2 > len(lens) {
		return false // a glossary ("Urs ➡️ death anniversary of a pir"): a term a passage
	}
	return len(lens) > 0 && total <= shortEntryAvg*len(lens) && sentences*2 <= len(lens)
}

// finish turns the sections into passages and checks the document.
func (b *builder) finish() (*Document, error) {
	d := &b.doc
	d.File = b.file
	if d.Title == "" {
		b.errs = append(b.errs, &Error{File: b.file, Line: 1, Msg: "empty document: no title"})
		return nil, b.errs
	}
	d.Tags = uniqueFold(d.Tags)
	written := d.Title
	if t := withoutNoteID(unmarked(strings.TrimFunc(d.Title, IsEmoji))); t != "" {
		d.Title = t // "📚 *e-Courts Project*" is "e-Courts Project"
	}
	d.Subtitle = unmarked(d.Subtitle)
	if name, rest := nameApart(d.Title); rest != "" && d.Subtitle == "" {
		d.Title, d.Subtitle = name, rest
	}
	if kindTitleRE.MatchString(d.Title) && hasWords(d.Subtitle) && utf8.RuneCountInString(d.Subtitle) <= maxKindSubtitle {
		d.Title, d.Subtitle = d.Subtitle, d.Title // "CASE BRIEF" over the case's name: the case is what the notes are about
	}
	d.ID = Slug(d.Title)
	if d.ID == "" {
		b.errs = append(b.errs, &Error{File: b.file, Line: b.titleLine, Msg: fmt.Sprintf("title %q has no letters or digits to make an ID from", written)})
		return nil, b.errs
	}
	b.prefaceApart()
	seen := map[string]int{}
	all := make([][]unit, len(b.secs))
	n := 0
	for i, s := range b.secs {
		mcqTails(s)
		all[i] = units(s, b.rows)
		n += len(all[i])
	}
	d.Passages = make([]Passage, 0, n)
	for i, s := range b.secs {
		head := Heading{Path: s.path, Kind: s.kind, Line: s.line, Number: s.number, Numbering: s.numbering}
		us := all[i]
		numbered := 0
		for _, u := range us {
			if u.it.sub == "" {
				numbered++
			}
		}
		multi := numbered > 1 || s.kind == KindKeyPoint || s.kind == KindDevelopment || s.kind == KindFAQ
		written, intro := writtenNumbers(us)
		asWritten := questionsNumbered(us)
		count, tips := 0, 0
		asked := false // a question of the section came before
		for k, u := range us {
			it := u.it
			asked = asked || it.question != ""
			kind := s.kind
			if it.kind != "" {
				kind = it.kind
			}
			p := Passage{DocID: d.ID, Doc: d.Title, Kind: kind, Line: u.line, Question: it.question, Category: d.Category,
				Row: len(u.chunks) == 1 && b.rows[u.chunks[0].line] && it.question == ""}
			path := append([]string(nil), s.path...)
			switch {
			case it.of != nil:
				p.Ordinal = it.of.ordinal // numbered in place, as its question may be
				path = append(path, strconv.Itoa(p.Ordinal), it.sub)
			case it.sub != "":
				tips++
				name := it.sub
				if tips > 1 {
					name += " " + strconv.Itoa(tips)
				}
				path = append(path, name)
				if s.kind == KindFAQ && !asked {
					b.warn(it.line, "exam tip with no question before it: cited as %s", strings.Join(path, Separator))
				}
			case s.kind == KindFAQ && !asked && s.faq() != nil:
				// text before the first question introduces them: cited as the section
			case written != nil && intro && k == 0:
				// a paragraph introducing a numbered list: cited as the section
			case multi:
				count++
				p.Ordinal = it.ordinal
				if p.Ordinal == 0 || !it.explicit() || it.byPlace {
					p.Ordinal = count
				}
				if written != nil {
					p.Ordinal = written[count-1] // "3. …" is point 3
				}
				if it.byPlace {
					it.ordinal = count // its exam tip follows it
				}
				if asWritten {
					p.Ordinal, it.ordinal = it.written, it.written // "Q16." of notes that number their questions on from section to section
				}
				path = append(path, strconv.Itoa(p.Ordinal))
			}
			text := renderChunks(unwrapEntry(u.chunks))
			if it.question != "" && it.sub == "" {
				text = strings.TrimSpace(it.question + "\n" + text)
			}
			if text == "" {
				b.warn(it.line, "%s has no text", strings.Join(path, Separator))
				continue
			}
			if kind == KindDevelopment || s.kind == KindDevelopment {
				p.Year = yearOf(text)
				if p.Year == 0 {
					p.Year = s.year
				}
			}
			parts := splitText(text, maxPassageRunes)
			for i, part := range parts {
				q := p
				q.Text = part
				q.Section = path
				if len(parts) > 1 {
					q.Piece = i + 1
					q.Section = append(append([]string(nil), path...), strconv.Itoa(i+1))
				}
				b.add(d, s, &q, seen, it.explicit())
				head.Passages++
			}
		}
		d.Outline = append(d.Outline, head)
	}
	d.Outline = treeOrder(b.secs, d.Outline)
	if len(d.Passages) == 0 && len(b.errs) == 0 {
		b.errs = append(b.errs, &Error{File: b.file, Line: b.titleLine, Msg: msgNoPassages})
	}
	if len(b.errs) > 0 {
		return nil, b.errs
	}
	return d, nil
}

// treeOrder puts the outline of secs (in the same order) in tree order:
// each section followed by its subsections, in order of appearance.
func treeOrder(secs []*section, outline []Heading) []Heading {
	children := map[string][]int{}
	var roots []int
	for i, s := range secs {
		if j := strings.LastIndexByte(s.key, '/'); j >= 0 {
			children[s.key[:j]] = append(children[s.key[:j]], i)
		} else {
			roots = append(roots, i)
		}
	}
	out := make([]Heading, 0, len(outline))
	var walk func(i int)
	walk = func(i int) {
		out = append(out, outline[i])
		for _, c := range children[secs[i].key] {
			walk(c)
		}
	}
	for _, i := range roots {
		walk(i)
	}
	return out
}

// add gives p its ID and appends it. A passage whose ID is taken (two key
// points numbered 1) is kept under a suffixed name, with a warning when
// the clash comes from numbers written in the document.
func (b *builder) add(d *Document, s *section, p *Passage, seen map[string]int, written bool) {
	id := passageID(d.ID, s, p.Section)
	if first, dup := seen[id]; dup {
		last := len(p.Section) - 1
		base := p.Section[last]
		cited := p.Section
		for n := 2; ; n++ {
			if last < len(s.path) {
				// Cited as its section, whose name is not in the ID: numbered.
				p.Section = append(cited[:last+1:last+1], strconv.Itoa(n))
			} else {
				p.Section[last] = fmt.Sprintf("%s (%d)", base, n)
			}
			if _, taken := seen[passageID(d.ID, s, p.Section)]; !taken {
				break
			}
		}
		if written {
			b.warn(p.Line, "duplicate passage ID %q (first at line %d): this one is cited as %s", id, first, strings.Join(p.Section, Separator))
		}
		id = passageID(d.ID, s, p.Section)
	}
	seen[id] = p.Line
	p.ID = id
	d.Passages = append(d.Passages, *p)
}

// passageID is "doc-id/section/…/ordinal": the section's path of slugs,
// then those of the parts of path below it.
func passageID(docID string, s *section, path []string) string {
	var b strings.Builder
	b.Grow(len(docID) + len(s.key) + 16)
	b.WriteString(docID)
	b.WriteByte('/')
	b.WriteString(s.key)
	for _, part := range path[len(s.path):] {
		b.WriteByte('/')
		s := Slug(part)
		if s == "" {
			s = "-"
		}
		b.WriteString(s)
	}
	return b.String()
}

// uniqueFold drops the repeats, in any case, of the strings of xs: a tag
// both in the front matter and on a "#tag" line is one tag.
func uniqueFold(xs []string) []string {
	seen := make(map[string]bool, len(xs))
	out := xs[:0]
	for _, x := range xs {
		if k := strings.ToLower(x); !seen[k] {
			seen[k] = true
			out = append(out, x)
		}
	}
	return out
}

// kindTitleRE matches a title that says what kind of notes they are and
// names nothing ("CASE BRIEF", "Class notes", "Handout"): the subtitle
// under it, of at most maxKindSubtitle characters, names them.
var kindTitleRE = regexp.MustCompile(`(?i)^(?:my\s+|class\s+|lecture\s+|revision\s+|study\s+|short\s+)?(?:case\s+(?:brief|notes?|summary|comment)|notes|handout|summary|brief|cheat\s*sheet)$`)

const maxKindSubtitle = 150

// barParts splits title at each " | " outside brackets: "Model APLM Act
// 2017 (GS3 | Agri marketing)" is one part.
func barParts(title string) []string {
	var parts []string
	depth, from := 0, 0
	for i := 0; i < len(title); i++ {
		switch title[i] {
		case '(', '[', '{':
			depth++
		case ')', ']', '}':
			depth = max(depth-1, 0)
		case '|':
			if depth == 0 && i > 0 && title[i-1] == ' ' && i+1 < len(title) && title[i+1] == ' ' {
				parts, from = append(parts, title[from:i-1]), i+2
			}
		}
	}
	return append(parts, title[from:])
}

// nameApart splits a title written "Great Nicobar Project | Daily Current
// Affairs – 10 Sept 2025", as pages name themselves and the publication
// they are in, into the name, its longest part but one that names sources
// ("src: Laxmikanth ch. 12"), and the rest: the publication's words are
// not what the notes are about.
var sourcePartRE = regexp.MustCompile(`(?i)^\s*(?:src|sources?|refs?|references?|credits?|courtesy)\s*[:.-]`)

func nameApart(title string) (name, rest string) {
	parts := barParts(title)
	if len(parts) < 2 {
		return title, ""
	}
	longest := 0
	for i, p := range parts {
		if sourcePartRE.MatchString(parts[longest]) || !sourcePartRE.MatchString(p) && utf8.RuneCountInString(p) > utf8.RuneCountInString(parts[longest]) {
			longest = i
		}
	}
	name = strings.TrimSpace(parts[longest])
	if name == "" {
		return title, ""
	}
	others := slices.Delete(parts, longest, longest+1)
	return name, strings.TrimSpace(strings.Join(others, " | "))
}
