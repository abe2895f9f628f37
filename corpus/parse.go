package corpus

import (
	"bytes"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A concept document saved from a web page as text looks like this (see
// corpus/seed/ for a whole one):
//
//	5 minOther                        reading time glued to the category
//	Other
//	Title
//	What is Title?                    the definition
//	Historical Background
//	Key Points
//	13 points                         a count: page furniture, not content
//	  • 1.                            a numbered item; its text follows
//	Visual Insights                   a mind map: title, caption, hub, "• node" lines
//	Recent Developments               one paragraph a development, "In 2026, …"
//	Frequently Asked Questions
//	1. Question?                      then the answer; "Exam Tip" then the tip
//	Source Topic / UPSC Relevance
//	Title: Key Aspects                a closing mind map, and its Connections
//	Connections                       "HubJoint R&D": items glued to the hub name
//	+1 more
//
// Headings are recognised by name; any other short, title-case line standing
// alone between blank lines starts a section of its own. Markdown documents
// ("# Title", "## Section") are parsed by parseMarkdown into the same shape.

// Parse reads one concept document. name is used in IDs and error messages
// (a file name); a name ending in ".md", or text starting with "# ", is read
// as Markdown; a registered format (see RegisterFormat) is converted first.
// The returned error is an Errors listing every problem found.
func Parse(name string, data []byte) (*Document, error) {
	if f, ok := formatOf(name, data); ok {
		return parseConverted(name, data, f)
	}
	if !utf8.Valid(data) {
		return nil, Errors{{File: name, Msg: "not UTF-8 text"}}
	}
	lines := splitLines(data)
	var b builder
	b.file = name
	if strings.HasSuffix(strings.ToLower(name), ".md") || startsMarkdown(lines) {
		parseMarkdown(&b, lines)
	} else {
		parseText(&b, lines)
	}
	return b.finish()
}

func splitLines(data []byte) []string {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	s := strings.ReplaceAll(string(data), "\r\n", "\n")
	s = strings.Map(func(r rune) rune {
		switch {
		case r == '\r':
			return '\n'
		case r != '\n' && unicode.IsControl(r):
			return ' '
		}
		return r
	}, s)
	return strings.Split(s, "\n")
}

func startsMarkdown(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return strings.HasPrefix(t, "# ")
		}
	}
	return false
}

var (
	readingTimeRE = regexp.MustCompile(`^(\d+)\s*min(?:s|utes?)?(?:\s*read)?\s*(.*)$`)
	countRE       = regexp.MustCompile(`(?i)^\d+\s+(points?|developments?|topics?|questions?|faqs?|items?|tips?|connections?)$`)
	moreRE        = regexp.MustCompile(`(?i)^\+\s*\d+\s+more$`)
	numberRE      = regexp.MustCompile(`^\d+$`)
	markerRE      = regexp.MustCompile(`^[•·▪◦*-]\s*(\d+)[.)]?$`)
	bulletRE      = regexp.MustCompile(`^[•·▪◦]\s*(.+)$`)
	faqRE         = regexp.MustCompile(`^(\d+)[.)]\s+(\S.*)$`)
	whatIsRE      = regexp.MustCompile(`(?i)^what (?:is|are) (?:an? |the )?(.+?)\??$`)
	yearRE        = regexp.MustCompile(`^(?:In|By|Since|During|From)\s+(\d{4})\b`)
	emphasisRE    = regexp.MustCompile(`\*([^\s*](?:[^*]*[^\s*])?)\*`)
)

func parseText(b *builder, lines []string) {
	i := 0
	next := func() (string, int, bool) {
		for ; i < len(lines); i++ {
			if t := strings.TrimSpace(lines[i]); t != "" {
				i++
				return t, i, true
			}
		}
		return "", 0, false
	}
	// Header: an optional "5 minOther" line, an optional category line, the title.
	t, n, ok := next()
	if !ok {
		return
	}
	if m := readingTimeRE.FindStringSubmatch(t); m != nil {
		b.doc.ReadingTime = m[1] + " min"
		b.doc.Category = strings.TrimSpace(m[2])
		if t, n, ok = next(); !ok {
			return
		}
		if b.doc.Category != "" && t == b.doc.Category {
			if t, n, ok = next(); !ok {
				return
			}
		}
	}
	b.doc.Title = t
	b.titleLine = n

	for ; i < len(lines); i++ {
		n := i + 1
		t := strings.TrimSpace(lines[i])
		if t == "" {
			b.blank()
			continue
		}
		if furniture(t, b.sec != nil && b.sec.kind == KindFAQ && len(b.sec.items) == 0) {
			continue // page furniture
		}
		prevBlank := i == 0 || strings.TrimSpace(lines[i-1]) == ""
		if kind, heading, ok := b.textHeading(t, prevBlank, lines[i+1:]); ok {
			if prev := b.mindMap(); kind == KindMindMap && heading == "Mind Map" && prev != nil {
				// A second map under the same title continues the first.
				b.sec, b.hub = prev, ""
				prev.newItem(n)
				b.textLine(t, n)
				continue
			}
			b.section(heading, kind, n)
			if heading != t && !strings.EqualFold(heading, strings.TrimRight(t, " :")) && kind != KindDefinition {
				b.textLine(t, n) // a mind map's title names it but is also its content
			}
			continue
		}
		b.textLine(t, n)
	}
}

// furniture reports a line of page furniture: a count ("13 points"), a
// "+1 more", or (where a FAQ's count stands) a bare number. The regular
// expressions run only on lines that start as these do.
func furniture(t string, faqCount bool) bool {
	switch c := t[0]; {
	case c == '+':
		return moreRE.MatchString(t)
	case c >= '0' && c <= '9':
		return countRE.MatchString(t) || faqCount && numberRE.MatchString(t)
	}
	return false
}

// textHeading reports whether line t starts a section.
func (b *builder) textHeading(t string, prevBlank bool, rest []string) (Kind, string, bool) {
	if kind, heading, ok := knownHeading(t, b.doc.Title); ok {
		if kind == KindConnections && (b.sec == nil || b.sec.kind != KindMindMap) {
			return KindSection, t, true
		}
		return kind, heading, true
	}
	nextLine := ""
	for _, l := range rest {
		if l = strings.TrimSpace(l); l != "" {
			nextLine = l
			break
		}
	}
	// A mind map announces itself with its caption on the next line.
	if strings.HasPrefix(strings.ToLower(nextLine), "mind map") && !strings.HasPrefix(strings.ToLower(t), "mind map") {
		if b.sec != nil && b.sec.kind == KindMindMap && len(b.sec.items) == 0 {
			return "", "", false // the title of the map under "Visual Insights"
		}
		return KindMindMap, "Mind Map", true
	}
	if b.sec != nil && b.sec.kind == KindFAQ && strings.EqualFold(strings.TrimRight(t, ": "), "exam tip") {
		return "", "", false
	}
	if b.sec != nil && (b.sec.kind == KindMindMap || b.sec.kind == KindSourceTopic || b.sec.kind == KindConnections) {
		return "", "", false // these sections are made of short lines
	}
	nextBlank := len(rest) == 0 || strings.TrimSpace(rest[0]) == ""
	if prevBlank && nextBlank && looksLikeHeading(t) {
		return KindSection, t, true
	}
	return "", "", false
}

// knownHeading maps the headings concept documents share to their kinds.
func knownHeading(t, title string) (Kind, string, bool) {
	lower := strings.ToLower(strings.TrimRight(t, " :"))
	switch lower {
	case "definition", "overview", "introduction":
		return KindDefinition, t, true
	case "historical background", "background", "history":
		return KindBackground, t, true
	case "key points", "key provisions", "key features":
		return KindKeyPoint, t, true
	case "visual insights", "mind map":
		return KindMindMap, t, true
	case "recent developments", "latest developments":
		return KindDevelopment, t, true
	case "frequently asked questions", "faq", "faqs":
		return KindFAQ, "Frequently Asked Questions", true
	case "source topic":
		return KindSourceTopic, t, true
	case "upsc relevance", "exam relevance":
		return KindRelevance, t, true
	case "connections":
		return KindConnections, "Connections", true
	}
	if m := whatIsRE.FindStringSubmatch(t); m != nil && strings.HasSuffix(t, "?") && title != "" &&
		strings.EqualFold(strings.TrimSpace(m[1]), title) {
		return KindDefinition, "Definition", true
	}
	return "", "", false
}

// looksLikeHeading is true for a short line in title case without a full stop.
func looksLikeHeading(t string) bool {
	words := strings.Fields(t)
	if len(words) == 0 || len(words) > 10 || utf8.RuneCountInString(t) > 80 {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) {
		return false
	}
	switch t[len(t)-1] {
	case '.', ',', ';', ':', '!':
		return false
	}
	long, upper := 0, 0
	for _, w := range words {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) > 3 {
			long++
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				upper++
			}
		}
	}
	return long == 0 || upper*2 >= long
}

// textLine adds one content line of a text document to the current section.
func (b *builder) textLine(t string, n int) {
	sec := b.current(n)
	switch sec.kind {
	case KindKeyPoint:
		if m := itemMarker(t); m != nil {
			ord, _ := strconv.Atoi(m[1])
			sec.newItem(n).ordinal = ord
			return
		}
	case KindDevelopment:
		if b.paraBreak || len(sec.items) == 0 {
			sec.newItem(n)
		}
	case KindFAQ:
		if m := faqQuestion(t); m != nil {
			ord, _ := strconv.Atoi(m[1])
			it := sec.newItem(n)
			it.ordinal = ord
			it.question = m[2]
			return
		}
		if strings.EqualFold(strings.TrimRight(t, ": "), "exam tip") {
			prev := sec.faq()
			it := sec.newItem(n)
			if prev != nil {
				it.ordinal, it.question = prev.ordinal, prev.question
			}
			it.sub = "Exam Tip"
			return
		}
	case KindConnections:
		if hub := b.hub; hub != "" && strings.HasPrefix(t, hub) && len(t) > len(hub) {
			sec.item(n).addListItem(strings.TrimSpace(t[len(hub):]))
			return
		}
	case KindMindMap:
		it := sec.item(n)
		switch {
		case b.hub == "" && strings.HasPrefix(strings.ToLower(it.lastLine()), "mind map"):
			b.hub = t
		case b.hub != "" && bullet(t) == nil:
			it.addListItem(t) // a node of the map
			return
		}
	case KindSection:
		if b.paraBreak && len(sec.items) > 0 && !sec.items[len(sec.items)-1].list {
			sec.newItem(n)
		}
	}
	if m := bullet(t); m != nil {
		sec.item(n).addListItem(m[1])
		b.paraBreak = false
		return
	}
	sec.item(n).addText(t, b.paraBreak)
	b.paraBreak = false
}

// builder collects sections and items, then turns them into passages.
type builder struct {
	file      string
	doc       Document
	titleLine int
	secs      []*section
	sec       *section
	paraBreak bool
	hub       string // the centre of the last mind map, glued to its connections
	errs      Errors
}

type section struct {
	heading string
	kind    Kind
	line    int
	items   []*item
	parent  string // for Connections: the mind map's heading
}

type item struct {
	ordinal  int
	question string
	sub      string
	line     int
	text     strings.Builder
	list     bool // the last thing added was a list item
}

func (b *builder) blank() { b.paraBreak = true }

// isParent reports whether s has subsections with text.
func (b *builder) isParent(s *section) bool {
	for _, x := range b.secs {
		if x.parent == s.heading && len(x.items) > 0 {
			return true
		}
	}
	return false
}

// mindMap returns the first mind map section, if any.
func (b *builder) mindMap() *section {
	for _, s := range b.secs {
		if s.kind == KindMindMap {
			return s
		}
	}
	return nil
}

func (b *builder) section(heading string, kind Kind, line int) {
	s := &section{heading: heading, kind: kind, line: line}
	if kind == KindConnections && b.sec != nil {
		s.parent = b.sec.heading
	}
	if kind == KindMindMap {
		b.hub = ""
	}
	b.secs = append(b.secs, s)
	b.sec = s
	b.paraBreak = false
}

// current returns the section for content at line n; content before any
// heading belongs to the definition.
func (b *builder) current(n int) *section {
	if b.sec == nil {
		b.section("Definition", KindDefinition, n)
	}
	return b.sec
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

// faq returns the last question of a FAQ section.
func (s *section) faq() *item {
	for i := len(s.items) - 1; i >= 0; i-- {
		if s.items[i].sub == "" {
			return s.items[i]
		}
	}
	return nil
}

func (it *item) lastLine() string {
	s := it.text.String()
	return s[strings.LastIndexByte(s, '\n')+1:]
}

// itemMarker, bullet and faqQuestion match their regular expressions on
// lines that start as those can: most lines are prose.
func itemMarker(t string) []string {
	if !startsItem(t) {
		return nil
	}
	return markerRE.FindStringSubmatch(t)
}

func bullet(t string) []string {
	if !startsItem(t) {
		return nil
	}
	return bulletRE.FindStringSubmatch(t)
}

func faqQuestion(t string) []string {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return nil
	}
	return faqRE.FindStringSubmatch(t)
}

func startsItem(t string) bool {
	r, _ := utf8.DecodeRuneInString(t)
	return strings.ContainsRune("•·▪◦*-", r)
}

// plain removes *emphasis* markers that stand at word boundaries.
func plain(t string) string {
	if !strings.Contains(t, "*") {
		return t
	}
	return unwrap(t, emphasisRE, 1)
}

// unwrap replaces each match of re that stands at word boundaries with its
// group-th submatch.
func unwrap(t string, re *regexp.Regexp, group int) string {
	ms := re.FindAllStringSubmatchIndex(t, -1)
	if ms == nil {
		return t
	}
	var b strings.Builder
	at := 0
	for _, m := range ms {
		before, _ := utf8.DecodeLastRuneInString(t[:m[0]])
		after, _ := utf8.DecodeRuneInString(t[m[1]:])
		if m[0] > 0 && isWord(before) || m[1] < len(t) && isWord(after) {
			continue
		}
		b.WriteString(t[at:m[0]])
		b.WriteString(t[m[2*group]:m[2*group+1]])
		at = m[1]
	}
	b.WriteString(t[at:])
	return b.String()
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// addText appends a line of prose: a new paragraph after a blank line, else
// the same paragraph. Lists written inline ("answerPoints: * a * b") are
// split into list items.
func (it *item) addText(t string, newPara bool) {
	if head, points, ok := inlineList(t); ok {
		if head != "" {
			it.addText(head, newPara)
			newPara = false
		}
		for _, p := range points {
			it.addListItem(p)
		}
		return
	}
	t = plain(t)
	switch {
	case it.text.Len() == 0:
	case newPara || it.list:
		it.text.WriteByte('\n')
	default:
		it.text.WriteByte(' ')
	}
	it.text.WriteString(t)
	it.list = false
}

func (it *item) addListItem(t string) {
	if it.text.Len() > 0 {
		it.text.WriteByte('\n')
	}
	it.text.WriteString("- ")
	it.text.WriteString(plain(strings.TrimSpace(t)))
	it.list = true
}

var inlineListRE = regexp.MustCompile(`(?i)(?:^|\s+)answerpoints:\s*`)

// inlineList splits "limited by: answerPoints: * a. * b." into its head and points.
func inlineList(t string) (head string, points []string, ok bool) {
	if !strings.Contains(t, "oints:") && !strings.Contains(t, "OINTS:") {
		return "", nil, false
	}
	loc := inlineListRE.FindStringIndex(t)
	if loc == nil {
		return "", nil, false
	}
	head = strings.TrimSpace(t[:loc[0]])
	rest := strings.TrimSpace(t[loc[1]:])
	rest = strings.TrimPrefix(rest, "* ")
	for _, p := range strings.Split(rest, " * ") {
		if p = strings.TrimSpace(p); p != "" {
			points = append(points, p)
		}
	}
	return head, points, true
}

// finish turns the sections into passages and checks the document.
func (b *builder) finish() (*Document, error) {
	d := &b.doc
	d.File = b.file
	if d.Title == "" {
		b.errs = append(b.errs, &Error{File: b.file, Line: 1, Msg: "empty document: no title"})
		return nil, b.errs
	}
	d.ID = Slug(d.Title)
	if d.ID == "" {
		b.errs = append(b.errs, &Error{File: b.file, Line: b.titleLine, Msg: fmt.Sprintf("title %q has no letters or digits to make an ID from", d.Title)})
		return nil, b.errs
	}
	seen := map[string]int{}
	for _, s := range b.secs {
		if len(s.items) == 0 && !b.isParent(s) {
			d.Warnings = append(d.Warnings, &Error{File: b.file, Line: s.line, Msg: "section \"" + s.heading + "\" has no text"})
			continue
		}
		multi := len(s.items) > 1 || s.kind == KindKeyPoint || s.kind == KindDevelopment || s.kind == KindFAQ
		count := 0
		for _, it := range s.items {
			text := strings.TrimSpace(it.text.String())
			p := Passage{DocID: d.ID, Doc: d.Title, Kind: s.kind, Line: it.line, Question: it.question}
			path := []string{s.heading}
			if s.parent != "" {
				path = []string{s.parent, s.heading}
			}
			if it.sub != "" {
				p.Kind = KindExamTip
				p.Ordinal = it.ordinal
				path = append(path, strconv.Itoa(it.ordinal), it.sub)
			} else if multi {
				count++
				p.Ordinal = it.ordinal
				if p.Ordinal == 0 {
					p.Ordinal = count
				}
				path = append(path, strconv.Itoa(p.Ordinal))
			}
			if it.question != "" && it.sub == "" {
				text = strings.TrimSpace(it.question + "\n" + text)
			}
			if s.kind == KindDevelopment {
				if m := yearRE.FindStringSubmatch(text); m != nil {
					p.Year, _ = strconv.Atoi(m[1])
				}
			}
			if text == "" {
				b.errs = append(b.errs, &Error{File: b.file, Line: it.line, Msg: fmt.Sprintf("%s has no text", strings.Join(path, " › "))})
				continue
			}
			p.Section = path
			p.Text = text
			slugs := make([]string, len(path))
			for i, part := range path {
				slugs[i] = Slug(part)
			}
			p.ID = d.ID + "/" + strings.Join(slugs, "/")
			if first, dup := seen[p.ID]; dup {
				b.errs = append(b.errs, &Error{File: b.file, Line: it.line, Msg: fmt.Sprintf("duplicate passage ID %q (first at line %d)", p.ID, first)})
				continue
			}
			seen[p.ID] = it.line
			d.Passages = append(d.Passages, p)
		}
	}
	if len(d.Passages) == 0 && len(b.errs) == 0 {
		b.errs = append(b.errs, &Error{File: b.file, Line: b.titleLine, Msg: "empty document: no passages after the title"})
	}
	if len(b.errs) > 0 {
		return nil, b.errs
	}
	return d, nil
}

// addContinuation appends a wrapped line to the last line of the item.
func (it *item) addContinuation(t string) {
	it.text.WriteByte(' ')
	it.text.WriteString(plain(t))
}
