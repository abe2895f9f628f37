package web

import (
	"bytes"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/conceptbot/conceptbot/corpus"
)

// writer writes an article as Markdown, one block at a time, remembering
// for each line the line of the page it came from.
type writer struct {
	buf     bytes.Buffer
	origin  []int
	blanked bool       // the last line written is blank
	heading int        // level of the last heading written
	real    int        // level of the last heading the page marks up as one (h2…h6)
	beside  *html.Node // the parent of that heading
	asked   bool       // that heading asks a question
	quoted  bool       // writing a quotation: no headings of its own
	top     int        // level of the article's highest heading below the title (h2…h6); 0 without
	shift   int        // 1 when <h1>s are the article's sections: each heading is a level lower in Markdown
	title   string
	opening int        // the length of buf when the title (and category) are written
	factBox []tableRow // a box of facts before the page's first text, to write after it
	// questions are the FAQ questions the page's schema.org data names.
	questions map[string]bool
	blocky    map[*html.Node]bool // memo of holdsBlock
	boldFAQ   int                 // level of the last bold paragraph written as a FAQ heading, until another heading
	inFAQ     bool                // the last heading the page marks up as one heads FAQs
}

func (w *writer) line(s string, at int) {
	w.buf.WriteString(s)
	w.buf.WriteByte('\n')
	w.origin = append(w.origin, at)
	w.blanked = s == ""
}

func (w *writer) blank() {
	if w.buf.Len() > 0 && !w.blanked {
		w.line("", 0)
	}
}

// paragraph writes text (lines broken by <br>) and a blank line. A first
// line all in bold that reads like a heading is written as one (the page
// marks its sections up as bold paragraphs), and lines that start with a
// bullet sign as list items; so do lines marked as the text reader's list
// entries are ("– ", "-> ", "a) ", "(i) "), when there are two or more of
// them. The other lines stay lines: corpus keeps the breaks of "Label:
// value" lines and reads dated lines under an updates-like heading as
// developments of their own, as it does in text.
func (w *writer) paragraph(text string, at int) {
	if w.buf.Len() == w.opening && "# "+text == w.title {
		return // the title again, as a word processor's "Title" paragraph
	}
	lines := strings.Split(text, "\n")
	q, answer, asked := boldQuestion(strings.TrimSpace(lines[0]))
	if asked && answer != "" {
		lines = append([]string{q, answer}, lines[1:]...)
	}
	asked = asked && len(lines) > 1 // a bold question over its answer: Markdown reads it so
	if h, ok := boldHeading(strings.TrimSpace(lines[0])); ok && !asked && !w.quoted && (w.inFAQ || w.boldFAQ > 0 || !questionMarkRE.MatchString(h)) {
		// (outside FAQs a numbered question over a list is an entry of its
		// section, as Markdown reads it, not a heading over what follows)
		level, faq, kind := w.boldLevel(), w.boldFAQ, corpus.HeadingKind(h)
		switch {
		case faq > 0 && asks(h) && kind == "":
			level = min(faq+1, 6) // "Q2. …?" under a bold "FAQs", as a question of it
		case kind == corpus.KindFAQ:
			faq = level
		default:
			faq = 0
		}
		w.head(level, h, at)
		lines, w.boldFAQ = lines[1:], faq
	}
	marked := 0
	for _, l := range lines {
		if _, ok := entryMark(strings.TrimSpace(l)); ok {
			marked++
		}
	}
	wrote := false
	for _, l := range lines {
		if l = strings.TrimSpace(l); l != "" {
			if rest, ok := entryMark(l); ok && marked >= 2 {
				l = "- " + rest
			}
			w.line(bulleted(l), at)
			wrote = true
		}
	}
	if wrote {
		w.blank()
	}
}

// entryMarkRE matches the marks of list entries that Markdown does not
// read as such but the text reader does: dashes and arrows, and letters,
// roman numerals or numbers in brackets.
var entryMarkRE = regexp.MustCompile(`^(?:[–—→]|->|=>|\(?[a-z]\)|\(?[ivx]{1,5}\)|\(\d{1,3}\)|\d{1,3}\))\s+(\S.*)$`)

// entryMark returns the text of a line marked as a list entry (see
// entryMarkRE).
func entryMark(l string) (string, bool) {
	m := entryMarkRE.FindStringSubmatch(l)
	if m == nil {
		return "", false
	}
	return m[1], true
}

// boldHeading returns the text of a line that is all bold and reads like a
// heading: short, not a sentence (a question is one), without a closing
// colon.
func boldHeading(l string) (string, bool) {
	t, ok := strings.CutPrefix(l, "**")
	if !ok {
		return "", false
	}
	if t, ok = strings.CutSuffix(t, "**"); !ok || strings.Contains(t, "**") {
		return "", false
	}
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), ":"))
	if t == "" || utf8.RuneCountInString(t) > 80 || len(strings.Fields(t)) > 12 || strings.ContainsAny(t[len(t)-1:], ".,;!") {
		return "", false
	}
	return t, true
}

// boldQuestion splits a line that opens with a question in bold into the
// question and what follows it on the line: its answer, when a page's FAQ
// reads "**Q1. Who …?** A1. …".
func boldQuestion(l string) (question, answer string, ok bool) {
	t, ok := strings.CutPrefix(l, "**")
	if !ok {
		return "", "", false
	}
	q, answer, ok := strings.Cut(t, "**")
	q, answer = strings.TrimSpace(q), strings.TrimSpace(answer)
	if !ok || !strings.HasSuffix(q, "?") {
		return "", "", false
	}
	return "**" + q + "**", answer, true
}

// bulleted writes a line that starts with a bullet sign ("• ", "· ", "➤ ")
// as a list item.
func bulleted(l string) string {
	r, size := utf8.DecodeRuneInString(l)
	if !strings.ContainsRune("•·●▪■◦‣➤►▶✓✔❖", r) {
		return l
	}
	if rest := strings.TrimSpace(strings.TrimPrefix(l[size:], "\ufe0f")); rest != "" { // "▪️", the emoji's form
		return "- " + rest
	}
	return l
}

// blocks writes the children of n: runs of inline content as paragraphs,
// block elements as what they are.
func (w *writer) blocks(n *html.Node, depth int) {
	var run inline
	var nodes []*html.Node
	flush := func() {
		if !linkRun(nodes) {
			w.paragraph(w.calloutTitled(run.text(), nodes), run.at)
		}
		run, nodes = inline{}, nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			run.add(c, depth)
			nodes = append(nodes, c)
		case c.Type != html.ElementNode || skipped(c) || hidden(c) || w.pageLinks(c):
		case depth > MaxDepth || !isBlock(c) && !w.holdsBlock(c):
			run.add(c, depth)
			nodes = append(nodes, c)
		default:
			flush()
			w.block(c, depth+1)
		}
	}
	flush()
}

// calloutTitled keeps apart, in a quotation, the title of a callout that
// a page rendered from Obsidian's Markdown without reading it: "[!note] In
// one line" over its text, a line apart in the page's source only.
func (w *writer) calloutTitled(text string, nodes []*html.Node) string {
	if !w.quoted || len(nodes) == 0 || nodes[0].Type != html.TextNode {
		return text
	}
	rest, ok := strings.CutPrefix(text, "&#91;") // escaped as text; as a callout's mark it is markup
	if !ok || !calloutRE.MatchString("["+rest) {
		return text
	}
	text = "[" + rest
	first, _, ok := strings.Cut(strings.TrimLeft(nodes[0].Data, " \t\r\n"), "\n")
	if !ok {
		return text
	}
	first = collapse(first)
	if rest, ok := strings.CutPrefix(text, first); ok && strings.TrimSpace(rest) != "" {
		return first + "\n" + strings.TrimSpace(rest)
	}
	return text
}

// calloutRE matches the mark that opens an Obsidian callout: "[!note]".
var calloutRE = regexp.MustCompile(`^\[![A-Za-z-]+\][+-]?(?:\s|$)`)

// holdsBlock reports an element with blocks inside it: a <font> or <span>
// around the paragraphs of an old page, say.
func (w *writer) holdsBlock(n *html.Node) bool {
	if has, ok := w.blocky[n]; ok {
		return has
	}
	has := false
	for c := n.FirstChild; c != nil && !has; c = c.NextSibling {
		has = c.Type == html.ElementNode && (isBlock(c) || w.holdsBlock(c))
	}
	if w.blocky == nil {
		w.blocky = map[*html.Node]bool{}
	}
	w.blocky[n] = has
	return has
}

func (w *writer) block(n *html.Node, depth int) {
	if n.DataAtom != atom.Details && opensWithSummary(n) {
		w.details(n, depth) // readability writes a <details> as a <div>
		return
	}
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		level, text := max(headingLevel(n)+w.shift, 2), inlineText(n)
		if w.heading == 0 && "# "+text == w.title {
			w.real = level - 1 // the title, already written; headings of its level are sections
			return
		}
		w.head(level, text, lineOf(n))
		w.real, w.boldFAQ, w.inFAQ = w.heading, 0, corpus.HeadingKind(text) == corpus.KindFAQ
		w.beside, w.asked = n.Parent, asks(text)
	case atom.Ul, atom.Ol:
		if !tableOfContents(n) {
			w.list(n, listLevel(n), depth)
			if next := nextElement(n); next == nil || listLevel(next) == 0 {
				w.blank()
			}
		}
	case atom.Table:
		w.table(n, depth)
	case atom.Pre:
		w.pre(n)
	case atom.Blockquote:
		w.quotation(n, depth, false)
	case atom.Details:
		w.details(n, depth)
	case atom.Summary:
		// written by its <details>
	case atom.Dl:
		w.definitions(n)
	case atom.Dt:
		if t := inlineText(n); t != "" {
			w.paragraph("**"+t+"**", lineOf(n))
		}
	case atom.Hr, atom.Br:
		w.blank()
	default:
		switch {
		case tipBox(n):
			label, text, at := tip(n)
			if w.asked && n.Parent == w.beside && len(nameWords(n)) > 0 && !w.quoted {
				// A box (the page names it) beside the question, not inside
				// an answer under it: a rule ends the answer, so the tip is
				// the section's. A plain paragraph that starts "Exam Tip:"
				// goes on with the answer, as in Markdown.
				w.blank()
				w.line("---", at)
				w.blank()
			}
			w.paragraph("**"+label+":** "+text, at)
		case syllabusBox(n):
			w.paragraph(syllabusLine(inlineText(n)), lineOf(n))
		case factBox(n):
			w.quotation(n, depth, true) // its title and entries a part of the section it stands in, the text after it the section's again
		case attr(n, "itemprop") == "name" && questionItem(n), w.question(n), labelOverTable(n):
			w.head(w.subLevel(), inlineText(n), lineOf(n))
		default:
			w.blocks(n, depth)
		}
	}
}

// details writes a <details> box: its <summary> and then what it hides.
// A summary that asks a question is the question and the box its answer,
// written as a question callout ("> [!question] Why…?"), which corpus
// reads as a FAQ's question under a FAQ heading and as a question with
// its answer elsewhere; inside a quotation, where a callout cannot start,
// as "Q: Why…?" over the answer. Another summary heads the box's text as
// a heading one level under the page's last.
func (w *writer) details(n *html.Node, depth int) {
	var summary *html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom == atom.Summary {
			summary = c
			break
		}
	}
	q, at := "", lineOf(n)
	if summary != nil {
		q, at = inlineText(summary), lineOf(summary)
	}
	if !asks(q) {
		w.head(w.subLevel(), q, at)
		w.blocks(n, depth)
		return
	}
	if w.quoted {
		w.blank()
		w.line("Q: "+q, at)
		w.blank()
		w.blocks(n, depth)
		return
	}
	lines, origin := w.quote(n, depth)
	w.blank()
	w.line("> [!question] "+q, at)
	for i, l := range lines {
		w.line(strings.TrimRight("> "+l, " "), origin[i])
	}
	w.blank()
}

// quotation writes n as a quotation: its paragraphs each a quotation, or,
// whole, one: a box's title over its list ("> **Quick numbers**", ">",
// "> - …"), or a callout's over its text ("> [!note] Do you know?").
func (w *writer) quotation(n *html.Node, depth int, whole bool) {
	lines, origin := w.quote(n, depth)
	if whole && len(lines) > 0 {
		title, bold := strings.CutPrefix(lines[0], "**")
		bold = bold && strings.HasSuffix(title, "**")
		first := firstElement(n)
		switch listed := find(n, atom.Ul) != nil || find(n, atom.Ol) != nil; {
		case listed && !bold && first != nil && boxTitle(first):
			lines[0] = "**" + lines[0] + "**" // the title over the box's list, as a heading in it would be
		case listed:
		case bold:
			lines[0] = "[!note] " + strings.TrimSuffix(title, "**") // a callout: its title and its text one passage
		case first != nil && boxTitle(first):
			lines[0] = "[!note] " + lines[0]
		}
	}
	for i := 2; i < len(lines); i++ {
		if lines[i-1] == "" && lines[i-2] != "" && attributionRE.MatchString(lines[i]) {
			lines = slices.Delete(lines, i-1, i) // "— M. K. Gandhi, in Harijan": the quotation's source, with it
			origin = slices.Delete(origin, i-1, i)
		}
	}
	for i, l := range lines {
		switch {
		case l != "":
			w.line("> "+l, origin[i])
		case whole:
			w.line(">", origin[i])
		default:
			w.blank()
		}
	}
	w.blank()
}

// attributionRE matches the line naming a quotation's source: "— M. K.
// Gandhi".
var attributionRE = regexp.MustCompile(`^(?:—|–|--|―)\s*\S`)

// quote writes the blocks of n as a quotation does, with no headings of
// its own, and returns its lines and their origins: none when it is empty.
func (w *writer) quote(n *html.Node, depth int) (lines []string, origin []int) {
	sub := &writer{heading: w.heading, real: w.real, top: w.top, shift: w.shift, quoted: true, questions: w.questions}
	sub.blocks(n, depth)
	if sub.buf.Len() == 0 {
		return nil, nil
	}
	return strings.Split(strings.TrimRight(sub.buf.String(), "\n"), "\n"), sub.origin
}

// opensWithSummary reports an element whose first child element is a
// <summary>.
func opensWithSummary(n *html.Node) bool {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.ElementNode:
			return c.DataAtom == atom.Summary
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
			return false
		}
	}
	return false
}

// questionMarkRE matches a question marked as one: "Q.", "Q1:", "Question 2)".
var questionMarkRE = regexp.MustCompile(`^(?i:q|ques|question)\s*\d{0,3}\s*[.:)]\s*\S`)

// asks reports whether t (a <summary>) asks a question: it ends in "?" or
// is marked as a question.
func asks(t string) bool {
	return strings.HasSuffix(t, "?") || questionMarkRE.MatchString(t)
}

// head writes a heading; in a quotation, which has no headings of its own,
// a line all in bold, which corpus reads as a subheading.
func (w *writer) head(level int, text string, at int) {
	if text == "" {
		return
	}
	w.putFacts()
	if w.quoted {
		w.blank()
		w.line("**"+strings.ReplaceAll(text, "\n", " ")+"**", at)
		w.blank()
		return
	}
	w.blank()
	w.line(strings.Repeat("#", level)+" "+strings.ReplaceAll(text, "\n", " "), at)
	w.blank()
	w.heading = level
}

// subLevel is the level of a heading the page marks up without one: a FAQ
// question in <summary>, say. It sits one level under the last heading
// the page marks up as one, so that questions in a row are siblings.
func (w *writer) subLevel() int {
	if w.real < 2 {
		return 3
	}
	return min(w.real+1, 6)
}

// boldLevel is the level of a bold paragraph read as a heading: one under
// the last heading the page marks up as one, as corpus reads a bold line;
// before any, the level of the article's highest heading.
func (w *writer) boldLevel() int {
	if w.real < 2 {
		return max(w.top, 2) // level with the page's sections (a blog's <h4>s)
	}
	return min(w.real+1, 6)
}

// question reports a paragraph that is one of the questions of the page's
// schema.org FAQ data.
func (w *writer) question(n *html.Node) bool {
	if len(w.questions) == 0 || isHeading(n) || w.holdsBlock(n) {
		return false
	}
	return w.questions[strings.ToLower(inlineText(n))]
}

// list writes the items of a <ul> or <ol>, an item's lines (see
// inline.text) under its first, nested lists indented under their item.
func (w *writer) list(n *html.Node, indent, depth int) {
	number := 1
	if s, err := strconv.Atoi(attr(n, "start")); err == nil {
		number = s
	}
	pad := strings.Repeat("  ", indent)
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode || li.DataAtom != atom.Li || hidden(li) {
			continue
		}
		if v, err := strconv.Atoi(attr(li, "value")); err == nil {
			number = v
		}
		marker := "- "
		if n.DataAtom == atom.Ol {
			marker = strconv.Itoa(number) + ". "
			number++
		}
		var run inline
		var nested []*html.Node
		walk(li, func(x *html.Node) bool {
			if x == li {
				return true
			}
			if x.Type == html.ElementNode && (x.DataAtom == atom.Ul || x.DataAtom == atom.Ol) && depth < MaxDepth {
				nested = append(nested, x)
				return false
			}
			if x.Type == html.TextNode || x.Type == html.ElementNode && !isBlock(x) {
				run.add(x, depth)
				return false
			}
			if x.Type == html.ElementNode && (skipped(x) || hidden(x)) {
				return false
			}
			run.space() // between the blocks of one item
			if x.DataAtom == atom.Summary {
				for c := x.FirstChild; c != nil; c = c.NextSibling {
					run.add(c, depth)
				}
				run.space() // and between a summary and what it hides
				return false
			}
			return true
		})
		for i, l := range strings.Split(run.text(), "\n") {
			if l = strings.Join(strings.Fields(l), " "); l == "" {
				continue
			}
			if i == 0 {
				w.line(pad+marker+l, run.at)
			} else {
				w.line(pad+strings.Repeat(" ", len(marker))+l, run.at)
			}
		}
		for _, sub := range nested {
			w.list(sub, indent+1, depth+1)
		}
	}
}

// definitions writes a <dl> as a list, an item a term with its
// definitions: "- **Term:** definition".
func (w *writer) definitions(n *html.Node) {
	var term string
	at := 0
	item := func(def string) {
		switch {
		case term != "" && def != "":
			w.line("- **"+strings.TrimSuffix(term, ":")+":** "+def, at)
		case term != "" || def != "":
			w.line("- "+term+def, at)
		}
		term = ""
	}
	walk(n, func(c *html.Node) bool {
		switch {
		case c.Type != html.ElementNode || hidden(c):
			return false
		case c.DataAtom == atom.Dt:
			if term != "" {
				item("")
			}
			term, at = inlineText(c), lineOf(c)
			return false
		case c.DataAtom == atom.Dd:
			if term == "" {
				at = lineOf(c)
			}
			item(inlineText(c))
			return false
		}
		return c == n || c.DataAtom != atom.Dl // a <div> (readability's <p>) may group a term with its definitions
	})
	item("")
	w.blank()
}

// table writes a pipe table: a header row (the <thead>, or else the first
// row), a delimiter row, then one line a row. A cell spanning rows or
// columns is written in each; a row of one cell across the table (a note)
// is a paragraph between tables with the same header.
func (w *writer) table(n *html.Node, depth int) {
	if c := find(n, atom.Caption); c != nil {
		if text := inlineText(c); text != "" {
			if lastBeforeHeading(n) {
				w.head(w.subLevel(), text, lineOf(c)) // "Table 6.1: Value of an MLA's vote" names its rows
			} else {
				w.paragraph(text, lineOf(c))
			}
		}
	}
	var rows []tableRow
	header := false
	carry := map[int]*spanned{}
	walk(n, func(x *html.Node) bool {
		if x != n && x.DataAtom == atom.Table {
			return false // a nested table is read as the text of its cell
		}
		if x.DataAtom != atom.Tr {
			return true
		}
		r, allTH := tableRowOf(x, carry)
		if len(r.cells) > 0 {
			if len(rows) == 0 {
				header = allTH || x.Parent != nil && x.Parent.DataAtom == atom.Thead
			}
			rows = append(rows, r)
		}
		return false
	})
	if len(rows) == 0 {
		return
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r.cells))
	}
	if cols == 1 || len(rows) == 1 && !header {
		// A layout table: its cells are paragraphs.
		for _, r := range rows {
			for _, c := range r.cells {
				w.paragraph(c, r.at)
			}
		}
		return
	}
	if labelled(rows) {
		if w.buf.Len() == w.opening && w.factBox == nil {
			w.factBox = rows // written after the text it stands beside (see putFacts)
			return
		}
		w.facts(rows)
		return
	}
	row := func(cells []string, line int) {
		escaped := make([]string, cols)
		for i, c := range cells {
			escaped[i] = strings.ReplaceAll(c, "|", `\|`)
		}
		w.line("| "+strings.Join(escaped, " | ")+" |", line)
	}
	hdr, open := -1, false // the header row; a pipe table is open
	for i, r := range rows {
		if r.note {
			w.blank()
			w.paragraph(r.cells[0], r.at)
			open = false
			continue
		}
		if hdr < 0 {
			hdr = i
		}
		if !open {
			w.blank()
			row(rows[hdr].cells, r.at)
			w.line("|"+strings.Repeat(" --- |", cols), r.at)
			open = true
			if i == hdr {
				continue
			}
		}
		row(r.cells, r.at)
	}
	w.blank()
}

// facts writes a box of facts, each row a label and its value: a paragraph
// of "Label: value" lines, which corpus keeps line by line, between the
// notes across it.
func (w *writer) facts(rows []tableRow) {
	var lines []string
	at := 0
	flush := func() {
		if len(lines) > 0 {
			w.blank()
			w.paragraph(strings.Join(lines, "\n"), at)
			lines = nil
		}
	}
	for _, r := range rows {
		if len(r.cells) == 2 && r.label {
			if len(lines) == 0 {
				at = r.at
			}
			lines = append(lines, strings.TrimSuffix(r.cells[0], ":")+": "+r.cells[1])
			continue
		}
		flush()
		w.blank()
		w.paragraph(r.cells[0], r.at)
	}
	flush()
	w.blank()
}

// putFacts writes the box of facts that opens the page, like a wiki's
// infobox, after the text beside it (the lead), before the first heading:
// the definition starts with what the page says, not with its box.
func (w *writer) putFacts() {
	if rows := w.factBox; rows != nil {
		w.factBox = nil
		w.facts(rows)
	}
}

// tableRow is a row of a table: its cells' text, its line, whether it is a
// note, one cell across the table, and whether it is labelled, a <th> then
// a <td>.
type tableRow struct {
	cells []string
	at    int
	note  bool
	label bool
}

// labelled reports a table of two columns whose rows (but for notes across
// it) are a label and its value, like an infobox: two of them at least.
func labelled(rows []tableRow) bool {
	n := 0
	for _, r := range rows {
		switch {
		case r.note || len(r.cells) == 1:
		case len(r.cells) == 2 && r.label:
			n++
		default:
			return false
		}
	}
	return n >= 2
}

// spanned is a cell that spans rows: its text and the rows still to come.
type spanned struct {
	text string
	rows int
}

// maxSpan bounds the rows or columns a cell is written in.
const maxSpan = 64

// tableRowOf reads the cells of tr, taking and giving cells that span rows
// through carry (by column), and reports whether all its cells are <th>.
func tableRowOf(tr *html.Node, carry map[int]*spanned) (tableRow, bool) {
	r := tableRow{at: lineOf(tr)}
	fill := func() {
		for c, ok := carry[len(r.cells)]; ok; c, ok = carry[len(r.cells)] {
			r.cells = append(r.cells, c.text)
			if c.rows--; c.rows == 0 {
				delete(carry, len(r.cells)-1)
			}
		}
	}
	allTH, n := true, 0
	for c := tr.FirstChild; c != nil; c = c.NextSibling {
		if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
			continue
		}
		n++
		r.label = n == 1 && c.DataAtom == atom.Th || n == 2 && r.label && c.DataAtom == atom.Td
		allTH = allTH && c.DataAtom == atom.Th
		t := strings.Join(strings.Fields(strings.ReplaceAll(inlineText(c), "\n", " ")), " ")
		cols, rows := spanOf(c, "colspan"), spanOf(c, "rowspan")
		r.note = n == 1 && cols > 1
		fill()
		for range cols {
			if rows > 1 {
				carry[len(r.cells)] = &spanned{t, rows - 1}
			}
			r.cells = append(r.cells, t)
		}
	}
	fill()
	r.note = r.note && n == 1 && len(carry) == 0
	if r.note {
		r.cells = r.cells[:1]
	}
	return r, allTH
}

// spanOf returns a cell's colspan or rowspan: 1 to maxSpan.
func spanOf(cell *html.Node, key string) int {
	v, err := strconv.Atoi(attr(cell, key))
	if err != nil || v < 1 {
		return 1
	}
	return min(v, maxSpan)
}

// pre writes preformatted text as a fenced block.
func (w *writer) pre(n *html.Node) {
	text := strings.Trim(textContent(n), "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	at := lineOf(n)
	w.blank()
	w.line("```", at)
	for i, l := range strings.Split(text, "\n") {
		w.line(strings.TrimRight(strings.ReplaceAll(l, "```", "'''"), " \t\r"), at+i)
	}
	w.line("```", at)
	w.blank()
}

// pageLinks reports a block that only points to other pages: a paragraph
// of links with at most a short label ("Also read:", "Tags:", "Back to"),
// a list every item of which is a link, or the label of such a list.
func (w *writer) pageLinks(n *html.Node) bool {
	switch n.DataAtom {
	case atom.P, atom.Div:
		if w.outLinks(n) {
			return true
		}
		next := n.NextSibling
		for next != nil && next.Type != html.ElementNode {
			next = next.NextSibling
		}
		label := collapse(textContent(n))
		return next != nil && find(n, atom.A) == nil && strings.HasSuffix(label, ":") &&
			utf8.RuneCountInString(label) <= 40 && w.linkList(next)
	case atom.Ul, atom.Ol:
		return w.linkList(n)
	}
	return false
}

// linkList reports a list every item of which is a link to another page.
func (w *writer) linkList(n *html.Node) bool {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return false
	}
	items := 0
	for li := n.FirstChild; li != nil; li = li.NextSibling {
		if li.Type != html.ElementNode {
			continue
		}
		if li.DataAtom != atom.Li || !w.outLinks(li) || len(wordsOf(outside(li))) > 0 {
			return false
		}
		items++
	}
	return items > 0
}

// outLinks reports a short element whose text is links to other pages but
// for a label before them of at most three words ("Also read:").
func (w *writer) outLinks(n *html.Node) bool {
	if w.holdsBlock(n) {
		return false
	}
	var kids []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		kids = append(kids, c)
	}
	return linkRun(kids)
}

// linkRun reports whether nodes hold links to other pages and, but for a
// label of at most three words before the first link ("Read more:") and
// separators between them, nothing else.
func linkRun(nodes []*html.Node) bool {
	var label strings.Builder
	linked, size, out, after, prose := 0, 0, false, false, false
	for _, n := range nodes {
		walk(n, func(x *html.Node) bool {
			switch {
			case x.Type == html.ElementNode && (skipped(x) || hidden(x)):
				return false
			case x.Type == html.ElementNode && x.DataAtom == atom.A:
				t := len(collapse(textContent(x)))
				linked += t
				size += t
				href := attr(x, "href")
				out = out || href != "" && !strings.HasPrefix(href, "#")
				after = true
				return false
			case x.Type == html.TextNode:
				size += len(x.Data)
				if !after {
					label.WriteString(x.Data + " ")
				} else if len(wordsOf(x.Data)) > 0 {
					prose = true // text after the links
				}
			}
			return size <= 300
		})
	}
	rest := collapse(label.String())
	return out && linked > 0 && !prose && size <= 300 && len(wordsOf(rest)) <= 3
}

// outside is the text of n outside its links.
func outside(n *html.Node) string {
	var b strings.Builder
	walk(n, func(x *html.Node) bool {
		if x.Type == html.ElementNode && (x.DataAtom == atom.A || skipped(x) || hidden(x)) {
			return false
		}
		if x.Type == html.TextNode {
			b.WriteString(x.Data + " ")
		}
		return true
	})
	return collapse(b.String())
}

func wordsOf(s string) []string {
	return strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) })
}

// nameWords returns the words of n's class and id, in lower case: "exam",
// "tip" of class="exam-tip".
func nameWords(n *html.Node) []string {
	return namesOf(n, false, false)
}

// blockWords returns the words of n's names as nameWords does, but not
// of a name's modifiers ("Layout--sidebarPosition-end" is a "layout",
// wherever it puts its sidebar), but for one that names the block
// (Drupal's "field--name-field-tags" is "field tags").
func blockWords(n *html.Node) []string {
	return namesOf(n, true, false)
}

// namesOf returns the words of n's class and id names: blocks leaves out
// a name's modifiers (see blockWords), plain a utility class's type size
// ("text-xs", "!text-sm"), whose "text" names no text.
func namesOf(n *html.Node, blocks, plain bool) []string {
	var words []string
	for name := range strings.FieldsSeq(strings.ToLower(attr(n, "class") + " " + attr(n, "id"))) {
		if len(name) >= 8 && hexIDRE.MatchString(name) {
			continue // a block's UUID (Notion's, on every block): its letters ("…-b9ad-…") spell no name
		}
		if plain && strings.HasPrefix(strings.TrimLeft(name, "!"), "text-") {
			continue
		}
		if _, field, ok := strings.Cut(name, "--name-"); blocks && ok {
			name = field // Drupal's "field--name-field-tags" is the field it names
		} else if i := strings.Index(name, "--"); blocks && i > 0 {
			name = name[:i]
		}
		words = append(words, strings.FieldsFunc(name, func(r rune) bool { return !unicode.IsLetter(r) })...)
	}
	return words
}

// hexIDRE matches a name that is a hexadecimal ID (a UUID, a hash) when
// it is long enough: hex digits, a decimal one among them, maybe in groups.
var hexIDRE = regexp.MustCompile(`^[0-9a-f]*[0-9][0-9a-f]*(?:-[0-9a-f]+)*$`)

// tipBox reports a box of advice: an element named for tips (class or id
// "tip", "exam-tip", …) or one that opens with a bold "… Tip" label.
func tipBox(n *html.Node) bool {
	if n.DataAtom == atom.Li || n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		return false
	}
	for _, f := range nameWords(n) {
		if f == "tip" || f == "tips" {
			return true
		}
	}
	label, _ := boldLabel(n)
	return strings.Contains(strings.ToLower(label), "tip")
}

// syllabusBox reports a box the page names for the syllabus (class or id
// "syllabus", "relevance", …): it says where the article sits in the exam,
// not what the article is about.
func syllabusBox(n *html.Node) bool {
	if n.DataAtom == atom.Li || n.DataAtom == atom.Td || n.DataAtom == atom.Th || isHeading(n) {
		return false
	}
	for _, f := range nameWords(n) {
		if f == "syllabus" || f == "relevance" {
			return true
		}
	}
	return false
}

// syllabusLine writes the text of a syllabus box with a label that says
// so ("**Syllabus:** GS Paper II – Polity"), unless it starts with one.
func syllabusLine(text string) string {
	plain := strings.ToLower(strings.TrimLeft(text, "*_ "))
	for _, label := range []string{"syllabus", "relevance", "upsc relevance", "exam relevance", "gs"} {
		if strings.HasPrefix(plain, label) {
			return text
		}
	}
	return "**Syllabus:** " + text
}

// tip returns a tip box's label ("Exam Tip", or the page's own "UPSC Tip"),
// its text and its line.
func tip(n *html.Node) (label, text string, at int) {
	label, lead := boldLabel(n)
	if !strings.Contains(strings.ToLower(label), "tip") {
		label, lead = "Exam Tip", nil
	}
	var run inline
	walk(n, func(x *html.Node) bool {
		switch {
		case x == lead:
			return false
		case x.Type == html.TextNode || x.Type == html.ElementNode && !isBlock(x) && !holds(x, lead):
			run.add(x, 0)
			return false
		case x.Type == html.ElementNode && (skipped(x) || hidden(x)):
			return false
		case !isBlock(x):
			return true // holds the label: read around it
		}
		run.space()
		return true
	})
	text = strings.Join(strings.Fields(strings.ReplaceAll(run.text(), "\n", " ")), " ")
	text = strings.TrimSpace(strings.TrimPrefix(text, ":"))
	at = run.at
	if lead != nil {
		at = lineOf(lead)
	}
	return label, text, at
}

// holds reports whether n is x or one of x's ancestors.
func holds(n, x *html.Node) bool {
	for ; x != nil; x = x.Parent {
		if x == n {
			return true
		}
	}
	return false
}

// boldLabel returns the text of the <strong> or <b> that opens n, without
// its colon, and that element.
func boldLabel(n *html.Node) (string, *html.Node) {
	var first *html.Node
	walk(n, func(x *html.Node) bool {
		if first != nil {
			return false
		}
		switch {
		case x.Type == html.TextNode && strings.TrimSpace(x.Data) != "":
			first = x
		case x.Type == html.ElementNode && (x.DataAtom == atom.Strong || x.DataAtom == atom.B):
			first = x
		}
		return first == nil
	})
	if first == nil || first.Type != html.ElementNode {
		return "", nil
	}
	label := strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(collapse(textContent(first))), ":"))
	if utf8.RuneCountInString(label) > 40 {
		return "", nil
	}
	return label, first
}

// questionItem reports an element inside schema.org Question markup.
func questionItem(n *html.Node) bool {
	if isHeading(n) {
		return false
	}
	for p := n.Parent; p != nil; p = p.Parent {
		if strings.Contains(attr(p, "itemtype"), "Question") {
			return true
		}
	}
	return false
}

// tableOfContents reports a list every item of which links within the page.
func tableOfContents(n *html.Node) bool {
	items := 0
	inPage := true
	walk(n, func(x *html.Node) bool {
		if x.Type != html.ElementNode || x.DataAtom != atom.Li {
			return true
		}
		items++
		a := find(x, atom.A)
		if a == nil || !strings.HasPrefix(attr(a, "href"), "#") || len(attr(a, "href")) < 2 || collapse(textContent(a)) != collapse(textContent(x)) {
			inPage = false
		}
		return false
	})
	return items > 1 && inPage
}

// inline collects inline content as one line of text: white space
// collapsed, <br> a line break, <strong> and <b> as **bold**.
type inline struct {
	b      strings.Builder
	at     int
	strong int
}

const (
	openStrong  = '\x01'
	closeStrong = '\x02'
	lineBreak   = '\x03' // a <br>
	sourceBreak = '\x04' // a line break in the page's source, white space to a browser
)

// textBreaks marks the line breaks of a text node's source, and keeps the
// sentinels out of it.
var textBreaks = strings.NewReplacer("\n", string(sourceBreak), "\r", " ", string(lineBreak), " ", string(sourceBreak), " ")

func (r *inline) add(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		if r.at == 0 && strings.TrimSpace(n.Data) != "" {
			r.at = lineOf(n)
		}
		if n.PrevSibling != nil && n.PrevSibling.Type == html.ElementNode && r.glued(n.Data) {
			r.space()
		}
		r.b.WriteString(textBreaks.Replace(n.Data))
		return
	case html.ElementNode:
	default:
		return
	}
	if skipped(n) || hidden(n) {
		return
	}
	switch n.DataAtom {
	case atom.Br:
		r.b.WriteRune(lineBreak)
		return
	case atom.Strong, atom.B:
		r.strong++
		if r.strong == 1 {
			r.b.WriteRune(openStrong)
		}
		defer func() {
			if r.strong == 1 {
				r.b.WriteRune(closeStrong)
			}
			r.strong--
		}()
	}
	if depth > MaxDepth {
		r.b.WriteString(textContent(n))
		return
	}
	block := isBlock(n)
	if block {
		r.space()
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.add(c, depth+1)
	}
	if block {
		r.space()
	}
}

func (r *inline) space() { r.b.WriteByte(' ') }

// glued reports whether text after an element begins a word that would
// run on from the text before it, a figure or a word in lower case, with
// no space between: a timeline's date and its event ("<span>June 1,
// 2020</span>Scheme launched").
func (r *inline) glued(text string) bool {
	last, _ := utf8.DecodeLastRuneInString(r.b.String())
	if !unicode.IsDigit(last) && !unicode.IsLower(last) {
		return false
	}
	a, size := utf8.DecodeRuneInString(text)
	b, _ := utf8.DecodeRuneInString(text[size:])
	return unicode.IsUpper(a) && unicode.IsLower(b)
}

// text returns the collected text, each line's white space collapsed,
// bold markers kept only where they stand at word boundaries and markup
// escaped (see escapeMarkup).
func (r *inline) text() string {
	var lines []string
	for _, l := range strings.Split(r.b.String(), string(lineBreak)) {
		if strings.ContainsRune(l, sourceBreak) {
			lines = append(lines, sourceLines(l)...)
		} else {
			lines = append(lines, l)
		}
	}
	for i, l := range lines {
		lines[i] = corpus.EscapeMarkdown(strongMarkers(collapse(l))) // last: dropping a marker or a zero-width space can join "<" to a letter
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

// sourceLines splits text at the line breaks of the page's source that
// Markdown notes would mean (see corpus.LineOfItsOwn), as a page made from
// them keeps them. Its other source breaks are spaces, as a browser shows
// them.
func sourceLines(text string) []string {
	source := strings.Split(text, string(sourceBreak))
	var lines []string
	start, prev := 0, plain(source[0])
	for i := 1; i < len(source); i++ {
		line := plain(source[i])
		if corpus.LineOfItsOwn(prev, line) {
			lines = append(lines, strings.Join(source[start:i], " "))
			start = i
		}
		prev = line
	}
	return append(lines, strings.Join(source[start:], " "))
}

// plain is inline text without its bold sentinels, trimmed.
func plain(s string) string {
	return strings.TrimSpace(unbold.Replace(s))
}

var unbold = strings.NewReplacer(string(openStrong), "", string(closeStrong), "")

// strongMarkers turns the bold sentinels into "**", moving white space out
// of them, and drops those that are empty or inside a word.
func strongMarkers(s string) string {
	if !strings.ContainsRune(s, openStrong) {
		return strings.ReplaceAll(s, string(closeStrong), "")
	}
	s = strings.NewReplacer("\x01 ", " \x01", " \x02", "\x02 ").Replace(s)
	s = strings.NewReplacer("\x01 ", " \x01", " \x02", "\x02 ").Replace(s)
	var b strings.Builder
	open := -1
	runes := []rune(s)
	keep := make([]bool, len(runes))
	for i, c := range runes {
		switch c {
		case openStrong:
			open = i
		case closeStrong:
			if open >= 0 && i > open+1 && (open == 0 || !isWord(runes[open-1])) && (i == len(runes)-1 || !isWord(runes[i+1])) {
				keep[open], keep[i] = true, true
			}
			open = -1
		}
	}
	for i, c := range runes {
		switch {
		case c == openStrong || c == closeStrong:
			if keep[i] {
				b.WriteString("**")
			}
		default:
			b.WriteRune(c)
		}
	}
	return strings.TrimSpace(collapse(b.String()))
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// inlineText is the text of n as inline content on one line.
func inlineText(n *html.Node) string {
	var r inline
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		r.add(c, 0)
	}
	t := strings.Join(strings.Fields(strings.ReplaceAll(r.text(), "\n", " ")), " ")
	return unbold.Replace(t)
}

// collapse folds runs of white space to one space and drops soft hyphens
// and zero-width characters.
func collapse(s string) string {
	s = strings.Map(func(r rune) rune {
		switch r {
		case '\u00ad', '\u200b', '\u200c', '\u200d', '\u2060', '\ufeff':
			return -1
		}
		return r
	}, s)
	return strings.Join(strings.Fields(s), " ")
}

func isHeading(n *html.Node) bool {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		return true
	}
	return false
}

func isBlock(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Address, atom.Article, atom.Aside, atom.Blockquote, atom.Details, atom.Dialog,
		atom.Dd, atom.Div, atom.Dl, atom.Dt, atom.Fieldset, atom.Figcaption, atom.Figure,
		atom.Footer, atom.Form, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6,
		atom.Header, atom.Hgroup, atom.Hr, atom.Li, atom.Main, atom.Nav, atom.Ol, atom.P,
		atom.Pre, atom.Section, atom.Summary, atom.Table, atom.Tbody, atom.Thead, atom.Tfoot,
		atom.Tr, atom.Td, atom.Th, atom.Caption, atom.Ul, atom.Body, atom.Html, atom.Center:
		return true
	}
	return false
}

// skipped reports elements that hold no text a reader sees as content.
func skipped(n *html.Node) bool {
	switch n.DataAtom {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Svg, atom.Math, atom.Canvas,
		atom.Iframe, atom.Object, atom.Embed, atom.Button, atom.Input, atom.Select, atom.Textarea,
		atom.Option, atom.Img, atom.Video, atom.Audio, atom.Picture, atom.Source, atom.Map,
		atom.Head, atom.Title, atom.Meta, atom.Link:
		return true
	}
	return false
}

// hidden reports elements the page does not show, but for the panels of
// tabs, which it shows when their tab is chosen.
func hidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if strings.EqualFold(attr(n, "role"), "tabpanel") {
		return false // a tab not chosen when the page was saved: content all the same
	}
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden") || readerOnly(n)
}

// readerOnly reports what a page shows only to screen readers: a box so
// named ("sr-only", "visually-hidden", "screen-reader-text") or a link
// that skips to a part of the page ("Jump to navigation", "Skip to
// content").
func readerOnly(n *html.Node) bool {
	if class := strings.ToLower(attr(n, "class")); class != "" && readerOnlyRE.MatchString(class) {
		return true
	}
	if n.DataAtom != atom.A || !strings.HasPrefix(attr(n, "href"), "#") {
		return false
	}
	var text strings.Builder
	for c := n.FirstChild; c != nil && text.Len() < 20; c = c.NextSibling {
		if c.Type == html.TextNode {
			text.WriteString(c.Data)
		}
	}
	return skipLinkRE.MatchString(text.String())
}

var (
	readerOnlyRE = regexp.MustCompile(`\b(?:sr-only|visually-?hidden|screen-reader-text|skip-link|jump-link)\b`)
	skipLinkRE   = regexp.MustCompile(`(?i)^\s*(?:skip|jump) to\b`)
)

func attr(n *html.Node, key string) string {
	v, _ := attrOK(n, key)
	return v
}

func attrOK(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Namespace == "" && a.Key == key {
			return a.Val, true
		}
	}
	return "", false
}

// lineOf returns the line of the page where n (or its nearest marked
// ancestor) starts.
func lineOf(n *html.Node) int {
	for ; n != nil; n = n.Parent {
		if v, ok := attrOK(n, lineAttr); ok {
			if l, err := strconv.Atoi(v); err == nil {
				return l
			}
		}
	}
	return 0
}

// walk visits n and its descendants in document order; visit returns
// whether to descend into a node's children.
func walk(n *html.Node, visit func(*html.Node) bool) {
	if !visit(n) {
		return
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		walk(c, visit)
	}
}

func findFunc(n *html.Node, match func(*html.Node) bool) *html.Node {
	var found *html.Node
	walk(n, func(x *html.Node) bool {
		if found == nil && x.Type == html.ElementNode && match(x) {
			found = x
		}
		return found == nil
	})
	return found
}

func find(n *html.Node, a atom.Atom) *html.Node {
	return findFunc(n, func(x *html.Node) bool { return x.DataAtom == a })
}

func textContent(n *html.Node) string {
	var b strings.Builder
	walk(n, func(x *html.Node) bool {
		if x != n && x.Type == html.ElementNode && (skipped(x) || hidden(x)) {
			return false
		}
		if x.Type == html.TextNode {
			b.WriteString(x.Data)
		}
		return true
	})
	return b.String()
}

func textLen(n *html.Node) int { return len(collapse(textContent(n))) }

func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for x := n.FirstChild; x != nil; x = x.NextSibling {
		c.AppendChild(clone(x))
	}
	return c
}

// listLevel is the level a word processor gives a list it writes flat, by
// class: Google Docs writes the items of a nested list as a list of their
// own after their parent's, classed "lst-kix_…-1"; 0 for other lists.
func listLevel(n *html.Node) int {
	if n.DataAtom != atom.Ul && n.DataAtom != atom.Ol {
		return 0
	}
	for _, c := range strings.Fields(attr(n, "class")) {
		if m := flatListRE.FindStringSubmatch(c); m != nil {
			level, _ := strconv.Atoi(m[1])
			return min(level, maxListLevel)
		}
	}
	return 0
}

var flatListRE = regexp.MustCompile(`^lst-kix_\w+-(\d)$`)

// maxListLevel bounds the indentation of a list written flat.
const maxListLevel = 8

// firstElement returns n's first child element, or nil.
func firstElement(n *html.Node) *html.Node {
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode {
			return c
		}
	}
	return nil
}

// labelOverTable reports whether n is a lettered or numbered label alone
// right over a table, as a page divides a grid of questions into parts
// ("B. Registration and Job Card" over the part's table): a heading.
func labelOverTable(n *html.Node) bool {
	next := nextElement(n)
	for next != nil && next.DataAtom != atom.Table {
		next = firstElement(next)
	}
	if next == nil || isBlock(n) && firstElement(n) != nil && isBlock(firstElement(n)) {
		return false
	}
	text := inlineText(n)
	return partLabelRE.MatchString(text) && len(strings.Fields(text)) <= 8 && !strings.ContainsAny(text[len(text)-1:], ".:;?!")
}

var partLabelRE = regexp.MustCompile(`^(?:[A-Z]|[IVX]{1,4}|\d{1,2})[.)]\s+\p{Lu}`)

// lastBeforeHeading reports whether nothing but a heading, or the end,
// follows n in the blocks it stands among.
func lastBeforeHeading(n *html.Node) bool {
	x := n
	for nextElement(x) == nil && x.Parent != nil && x.Parent.DataAtom != atom.Body && x.Parent.DataAtom != atom.Article && x.Parent.DataAtom != atom.Section {
		x = x.Parent
	}
	next := nextElement(x)
	return next == nil || isHeading(next)
}

// nextElement returns the element after n among its siblings, or nil.
func nextElement(n *html.Node) *html.Node {
	for x := n.NextSibling; x != nil; x = x.NextSibling {
		if x.Type == html.ElementNode {
			return x
		}
		if x.Type == html.TextNode && strings.TrimSpace(x.Data) != "" {
			return nil
		}
	}
	return nil
}
