// Package cherrytree reads notebooks of CherryTree, the hierarchical
// note-taking app, saved as XML (.ctd). Importing it registers the format
// with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/cherrytree"
//
// # The file
//
// A .ctd is <cherrytree>, its <bookmarks> and a tree of <node name="…">
// elements, each holding its text as <rich_text> runs (the text of a run
// of one style: weight="heavy", scale="h1", link="webs https://…", a
// colour), then the widgets anchored in that text, then its child nodes.
// A widget is a <table>, a <codebox> or an <encoded_png> (a picture, an
// embedded file, a formula's image or an anchor), placed at its
// char_offset: a count of characters in the node's text in which each
// widget before it counts as one, as it does in the editor. A table's
// rows are written with the header row last. CherryTree writes lists as
// text: a line's bullet ("•", "◇", "▪", "-", "→", "⇒"), box ("☐", "☑",
// "☒") or number ("1.", "1)", "1-", "1>") after three spaces a level.
//
// # Markdown
//
// Each node is a section at its depth: one node at the top titles the
// notes (its text is their opening), else the file's name titles them and
// each top node is a section. A line of a node's text that is all in a
// heading's scale (h1 to h6) is a heading under the node's (its first,
// when it only repeats the node's name, is left out); a line of a list is
// an entry at its level, a line indented under an entry continues it, and
// every other line is a paragraph. Bold runs are bold, raised and lowered
// digits are written so ("1978¹"); links are read as the text they show.
// Tables are pipe tables and code boxes code, where they stand in the
// text (a code box of one line amid a line's words is read among them);
// a node of code (its language one of CherryTree's languages, not rich
// or plain text) is a code block. Left
// out are pictures and embedded files, the bookmarks, the lines drawn as
// rules, and what is only settings or styling: ids, dates, colours, sizes,
// fonts and justification. Each line's place is its line in the file.
//
// CherryTree's other storage, a SQLite database (.ctb) and the 7-Zip
// archives of both (.ctz, .ctx, protected by a password or not), is not
// read: such a file is reported, asking for the notebook as a .ctd.
//
// # Bounds
//
// A file is read within MaxBytes; a notebook holds at most MaxNodes
// nodes, nested at most maxDepth deep, and a table at most maxCells cells.
package cherrytree

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "CherryTree notebook",
		Extensions: []string{".ctd"},
		Magic:      IsNotebook,
		Convert:    Convert,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "CherryTree notebook in SQLite or 7-Zip",
		Extensions: []string{".ctb", ".ctz", ".ctx"},
		Convert:    unreadable,
	})
}

// Limits on one notebook.
const (
	MaxBytes = 50 << 20
	MaxNodes = 100_000
	maxDepth = 200       // nodes within nodes
	maxCells = 1_000_000 // of one table, its rows filled out to its widest
)

// IsNotebook reports whether data is a CherryTree notebook in XML: its
// first element, after the XML declaration and comments, is cherrytree.
func IsNotebook(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data[:min(len(data), 4<<10)], []byte("\ufeff"))))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if s, ok := tok.(xml.StartElement); ok {
			return s.Name.Local == "cherrytree"
		}
	}
}

// unreadable is the Converter of the notebooks CherryTree keeps in SQLite
// (.ctb) or in 7-Zip archives (.ctz, .ctx): it says how to have them read.
func unreadable([]byte) (corpus.Converted, error) {
	return corpus.Converted{}, errors.New("a CherryTree notebook kept in SQLite (.ctb) or in a 7-Zip archive (.ctz, .ctx) cannot be read: in CherryTree, save it with File › Save As as \"XML, not protected (.ctd)\"")
}

// node is a node of the tree: its name, its language ("custom-colors"
// for rich text), its text's runs and widgets, and the nodes under it.
type node struct {
	name, lang, tags string
	line             int // of its start tag
	runs             []run
	widgets          []widget
	children         []*node
}

// run is a <rich_text>: text of one style, from a line of the file.
type run struct {
	text  string
	heavy bool   // weight="heavy"
	scale string // "h1" … "h6", "small", "sup", "sub" or ""
	line  int
}

// widget is a table or a code box, at offset in its node's text.
type widget struct {
	offset int
	rows   []row  // of a table, the header first
	code   string // of a code box
	lang   string // a code box's language ("python"), "" for plain text
	line   int    // where the code box's text starts
}

// row is a table's row: its cells' text and its line.
type row struct {
	cells []string
	line  int
}

// Convert writes a CherryTree notebook as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("CherryTree notebook too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	top, err := read(bytes.TrimPrefix(data, []byte("\ufeff")))
	if err != nil {
		return corpus.Converted{}, err
	}
	if len(top) == 0 {
		return corpus.Converted{}, errors.New("the CherryTree notebook has no nodes")
	}
	w := &writer{}
	if len(top) == 1 {
		t := top[0]
		w.out.Line("# "+corpus.EscapeMarkdown(t.title()), t.line)
		if tags := tagList(t.tags); tags != "" {
			w.out.Line("Tags: "+corpus.EscapeMarkdown(tags), t.line)
		}
		w.out.Gap(t.line)
		w.body(t, 1)
		for _, c := range t.children {
			w.node(c, 2)
		}
	} else {
		for _, t := range top {
			w.node(t, 2)
		}
	}
	if !w.text {
		return corpus.Converted{}, errors.New("the CherryTree notebook has no text: its nodes are empty")
	}
	w.out.TrimEnd()
	c := w.out.Converted(true, "line")
	c.TitledByName = len(top) > 1
	return c, nil
}

// read returns the top nodes of a notebook.
func read(data []byte) ([]*node, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	damaged := func(err error) error {
		if errors.Is(err, io.EOF) {
			err = io.ErrUnexpectedEOF
		}
		return fmt.Errorf("damaged CherryTree notebook: %v", err)
	}
	var (
		top   []*node
		stack []*node // the nodes open
		nodes int
		root  bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			if !root && len(bytes.TrimSpace(data)) == 0 {
				return nil, errors.New("the CherryTree notebook is empty: the file holds nothing")
			}
			if !root {
				return nil, damaged(errors.New("it holds no <cherrytree> element"))
			}
			if len(stack) > 0 {
				return nil, damaged(err)
			}
			return top, nil
		}
		if err != nil {
			return nil, damaged(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !root {
				if t.Name.Local != "cherrytree" {
					return nil, damaged(fmt.Errorf("not a CherryTree notebook: it holds <%s>", t.Name.Local))
				}
				root = true
				continue
			}
			line, _ := d.InputPos()
			if t.Name.Local == "node" {
				nodes++
				if nodes > MaxNodes {
					return nil, fmt.Errorf("CherryTree notebook too large: more than %d nodes", MaxNodes)
				}
				if len(stack) >= maxDepth {
					return nil, damaged(fmt.Errorf("nodes nested more than %d deep", maxDepth))
				}
				n := &node{name: attr(t, "name"), lang: attr(t, "prog_lang"), tags: attr(t, "tags"), line: line}
				if len(stack) == 0 {
					top = append(top, n)
				} else {
					p := stack[len(stack)-1]
					p.children = append(p.children, n)
				}
				stack = append(stack, n)
				continue
			}
			if len(stack) == 0 {
				if err := d.Skip(); err != nil { // <bookmarks>, or what a later version adds
					return nil, damaged(err)
				}
				continue
			}
			n := stack[len(stack)-1]
			switch t.Name.Local {
			case "rich_text":
				s, err := text(d)
				if err != nil {
					return nil, damaged(err)
				}
				n.runs = append(n.runs, run{text: s, heavy: attr(t, "weight") == "heavy", scale: attr(t, "scale"), line: line})
			case "codebox":
				s, err := text(d)
				if err != nil {
					return nil, damaged(err)
				}
				lang := attr(t, "syntax_highlighting")
				if lang == "plain-text" || lang == "custom-colors" || !langRE.MatchString(lang) {
					lang = ""
				}
				n.widgets = append(n.widgets, widget{offset: offset(t), code: s, lang: lang, line: line})
			case "table":
				rows, err := table(d)
				if err != nil {
					return nil, damaged(err)
				}
				if len(rows) > 1 {
					rows = append(rows[len(rows)-1:], rows[:len(rows)-1]...) // the header, written last
				}
				n.widgets = append(n.widgets, widget{offset: offset(t), rows: rows, line: line})
			default: // <encoded_png>: a picture, a file, an anchor
				if err := d.Skip(); err != nil {
					return nil, damaged(err)
				}
				n.widgets = append(n.widgets, widget{offset: offset(t)})
			}
		case xml.EndElement:
			if t.Name.Local == "node" && len(stack) > 0 {
				stack = stack[:len(stack)-1]
			}
		}
	}
}

// langRE matches a code box's language as CherryTree names them
// ("python", "cpp", "sh").
var langRE = regexp.MustCompile(`^[A-Za-z0-9_+#.-]{1,30}$`)

// attr is the value of start's attribute name, "" when it has none.
func attr(start xml.StartElement, name string) string {
	for _, a := range start.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// offset is a widget's char_offset; -1 when it has none.
func offset(start xml.StartElement) int {
	n, err := strconv.Atoi(attr(start, "char_offset"))
	if err != nil || n < 0 {
		return -1
	}
	return n
}

// text reads the text of the element just started, to its end.
func text(d *xml.Decoder) (string, error) {
	var b strings.Builder
	depth := 1
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return b.String(), nil
}

// table reads the rows of the <table> just started, to its end.
func table(d *xml.Decoder) ([]row, error) {
	var rows []row
	cells := 0
	for {
		tok, err := d.Token()
		if err != nil {
			return nil, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			line, _ := d.InputPos()
			switch t.Name.Local {
			case "row":
				rows = append(rows, row{line: line})
			case "cell":
				s, err := text(d)
				if err != nil {
					return nil, err
				}
				if len(rows) == 0 {
					rows = append(rows, row{line: line})
				}
				if cells++; cells > maxCells {
					return nil, fmt.Errorf("a table of more than %d cells", maxCells)
				}
				r := &rows[len(rows)-1]
				r.cells = append(r.cells, s)
			default:
				if err := d.Skip(); err != nil {
					return nil, err
				}
			}
		case xml.EndElement:
			if t.Name.Local == "table" {
				return rows, nil
			}
		}
	}
}

// title is the node's name as a heading says it.
func (n *node) title() string {
	if t := strings.Join(strings.Fields(n.name), " "); t != "" {
		return t
	}
	return "Untitled node"
}

// tagList is a node's tags, "polity gs2" or "polity, gs2", as a list.
func tagList(tags string) string {
	return strings.Join(strings.FieldsFunc(tags, func(r rune) bool { return r == ',' || unicode.IsSpace(r) }), ", ")
}

// writer writes the nodes of a notebook as Markdown lines.
type writer struct {
	out  corpus.Lines
	text bool // some node has text
}

// node writes n, a section at level, and the nodes under it.
func (w *writer) node(n *node, level int) {
	w.out.Gap(n.line)
	w.out.Line(strings.Repeat("#", min(level, 6))+" "+corpus.EscapeMarkdown(n.title()), n.line)
	w.out.Gap(n.line)
	w.body(n, level)
	for _, c := range n.children {
		w.node(c, level+1)
	}
}

// body writes the text of n, a section at level, with its tables and
// code boxes where they stand.
func (w *writer) body(n *node, level int) {
	if n.lang != "" && n.lang != "custom-colors" && n.lang != "plain-text" {
		var b strings.Builder
		for _, r := range n.runs {
			b.WriteString(r.text)
		}
		lang := n.lang
		if !langRE.MatchString(lang) {
			lang = ""
		}
		w.code(b.String(), lang, firstLine(n))
		return
	}
	blocks := place(lines(n.runs), n.widgets)
	top := 7 // the highest heading scale of the node's text
	for _, b := range blocks {
		if h := b.heading(); h > 0 {
			top = min(top, h)
		}
	}
	p := &para{w: w}
	first := true
	title := corpus.EscapeMarkdown(n.title())
	for _, b := range blocks {
		plain, h := b.plain(), b.heading()
		switch {
		case b.widget != nil && b.widget.rows != nil:
			p.end()
			w.table(b.widget.rows)
			p.after = blockLast
		case b.widget != nil:
			p.end()
			w.code(b.widget.code, b.widget.lang, b.widget.line)
			p.after = blockLast
		case h > 0:
			t := corpus.EscapeMarkdown(strings.Join(strings.Fields(plain), " "))
			if first && strings.EqualFold(t, title) {
				continue // the node's name again, over its text
			}
			p.end()
			w.out.Gap(b.line)
			w.out.Line(strings.Repeat("#", min(level+1+h-top, 6))+" "+t, b.line)
			w.out.Gap(b.line)
			w.text = true
		default:
			p.line(b)
		}
		if strings.TrimSpace(plain) != "" || b.widget != nil {
			first = false
		}
	}
	p.end()
}

// firstLine is the line of the file a node's text starts on.
func firstLine(n *node) int {
	if len(n.runs) > 0 {
		return n.runs[0].line
	}
	return n.line
}

// span is a part of a line of text in one style.
type span struct {
	text  string
	heavy bool
	scale string
}

// block is a line of a node's text, or a widget standing in it.
type block struct {
	spans  []span
	line   int
	widget *widget
}

// plain is the block's text without its styles.
func (b block) plain() string {
	var s strings.Builder
	for _, p := range b.spans {
		s.WriteString(p.text)
	}
	return s.String()
}

// heading is the level of the heading the line is (1 for a line all in
// the scale h1), or 0.
func (b block) heading() int {
	level := 0
	for _, s := range b.spans {
		if strings.TrimSpace(s.text) == "" {
			continue
		}
		if len(s.scale) != 2 || s.scale[0] != 'h' || s.scale[1] < '1' || s.scale[1] > '6' {
			return 0
		}
		h := int(s.scale[1] - '0')
		if level == 0 || h < level {
			level = h
		}
	}
	return level
}

// textLine is a line of a node's text: its spans, its line in the file
// and its place in the text, in characters.
type textLine struct {
	block
	start, length int
}

// lines splits a node's runs into its lines.
func lines(runs []run) []textLine {
	var out []textLine
	cur := textLine{}
	started := false
	at := 0 // characters of the text so far
	for _, r := range runs {
		line := r.line
		for i, part := range strings.Split(r.text, "\n") {
			if i > 0 {
				out = append(out, cur)
				at++ // the line break
				cur, started = textLine{start: at}, false
				line++
			}
			if !started || part != "" && cur.length == 0 {
				cur.line, started = line, true // where its text starts
			}
			if part != "" {
				cur.spans = append(cur.spans, span{text: scripted(part, r.scale), heavy: r.heavy, scale: r.scale})
				n := utf8.RuneCountInString(part)
				cur.length += n
				at += n
			}
		}
	}
	if started {
		out = append(out, cur)
	}
	return out
}

// superscripts and subscripts are the characters Unicode has raised and
// lowered: "1978¹", "CO₂".
var (
	superscripts = strings.NewReplacer("0", "⁰", "1", "¹", "2", "²", "3", "³", "4", "⁴", "5", "⁵", "6", "⁶", "7", "⁷", "8", "⁸", "9", "⁹", "+", "⁺", "-", "⁻", "=", "⁼", "(", "⁽", ")", "⁾", "n", "ⁿ", "i", "ⁱ")
	subscripts   = strings.NewReplacer("0", "₀", "1", "₁", "2", "₂", "3", "₃", "4", "₄", "5", "₅", "6", "₆", "7", "₇", "8", "₈", "9", "₉", "+", "₊", "-", "₋", "=", "₌", "(", "₍", ")", "₎")
)

// scripted is a run's text in scale sup or sub raised or lowered, when
// Unicode has each of its characters so ("1978" and a raised "1" is
// "1978¹", not "19781"); other text as it is.
func scripted(s, scale string) string {
	r, set := superscripts, "0123456789+-=()ni"
	switch scale {
	case "sup":
	case "sub":
		r, set = subscripts, "0123456789+-=()"
	default:
		return s
	}
	for _, c := range s {
		if !strings.ContainsRune(set, c) {
			return s
		}
	}
	return r.Replace(s)
}

// place puts a node's widgets among the lines of its text: each at its
// offset, less the widgets before it (they count a character each), and
// a line that a widget stands in the middle of in two.
func place(lines []textLine, widgets []widget) []block {
	ws := slices.Clone(widgets)
	slices.SortStableFunc(ws, func(a, b widget) int { return cmp.Compare(a.offset, b.offset) })
	total := 0
	if len(lines) > 0 {
		last := lines[len(lines)-1]
		total = last.start + last.length
	}
	at := make([]int, len(ws))
	prev := 0
	for i, wd := range ws {
		p := wd.offset - i
		if wd.offset < 0 {
			p = total // no offset: at the end
		}
		at[i] = min(max(p, prev), total)
		prev = at[i]
	}
	var out []block
	k := 0
	put := func(upTo int, line int) { // the widgets at or before upTo
		for ; k < len(ws) && at[k] <= upTo; k++ {
			if ws[k].rows != nil || strings.TrimSpace(ws[k].code) != "" {
				wd := ws[k]
				out = append(out, block{widget: &wd, line: cmp.Or(wd.line, line)})
			}
		}
	}
	for _, l := range lines {
		put(l.start, l.line) // before the line
		var lead []span      // the line's text before the widgets it holds
		for k < len(ws) && at[k] < l.start+l.length {
			cut := at[k]
			before, after := split(l.spans, cut-l.start)
			if code := ws[k].code; cut > l.start && ws[k].rows == nil && !strings.Contains(strings.TrimSpace(code), "\n") {
				// a code box of one line amid the line's words: read
				// among them ("Formula: [Art. 226 ⊃ Art. 32] (wider)")
				lead = append(lead, before...)
				lead = append(lead, span{text: strings.TrimSpace(code)})
				k++
			} else {
				out = append(out, block{spans: append(lead, before...), line: l.line})
				lead = nil
				put(cut, l.line)
			}
			l.spans, l.length, l.start = after, l.start+l.length-cut, cut
		}
		l.spans = append(lead, l.spans...)
		out = append(out, l.block)
		put(l.start+l.length, l.line) // at its end
	}
	put(total, 0)
	return out
}

// split cuts spans at n characters.
func split(spans []span, n int) (before, after []span) {
	for i, s := range spans {
		c := utf8.RuneCountInString(s.text)
		if n >= c {
			before = append(before, s)
			n -= c
			continue
		}
		if n > 0 {
			cut := len(string([]rune(s.text)[:n]))
			before = append(before, span{s.text[:cut], s.heavy, s.scale})
			s.text = s.text[cut:]
		}
		return before, append([]span{s}, spans[i+1:]...)
	}
	return before, nil
}

// What the last line written of a node's text was.
const (
	nothingLast = iota
	textLast
	entryLast
	blockLast // a table, code
)

// para writes the lines of a node's text as paragraphs and lists.
type para struct {
	w     *writer
	after int // what was written last
	level int // of the last list entry
	at    int // the line of the file of the last line written
}

// listRE matches a line of a CherryTree list: its indent, its bullet,
// box or number, and the space after it.
var listRE = regexp.MustCompile(`^([ \t]*)(?:([•◇▪\-→⇒*▸◦‣])|([☐☑☒])|([1-9][0-9]{0,8})[.)>\-]) `)

// ruleLineRE matches a line drawn as a rule: "~~~~~~", "-----", "=====".
var ruleLineRE = regexp.MustCompile(`^[ \t]*(?:[~\-=_*─━]\s*){3,}$`)

// line writes a line of text.
func (p *para) line(b block) {
	out := &p.w.out
	plain := b.plain()
	if strings.TrimSpace(plain) == "" || ruleLineRE.MatchString(plain) {
		p.end()
		return
	}
	p.w.text, p.at = true, b.line
	if m := listRE.FindStringSubmatch(plain); m != nil {
		level := indentLevel(m[1])
		marker := "- "
		switch {
		case m[3] == "☐":
			marker = "- [ ] "
		case m[3] == "☑":
			marker = "- [x] "
		case m[3] == "☒":
			marker = "- ☒ "
		case m[4] != "":
			marker = m[4] + ". "
		}
		_, rest := split(b.spans, utf8.RuneCountInString(m[0]))
		if p.after != textLast && p.after != entryLast {
			out.Gap(b.line)
		}
		out.Line(strings.Repeat("  ", level)+marker+escape(inline(rest)), b.line)
		p.after, p.level = entryLast, level
		return
	}
	lead := len(plain) - len(strings.TrimLeft(plain, " \t"))
	_, rest := split(b.spans, utf8.RuneCountInString(plain[:lead]))
	s := escape(strings.TrimRight(inline(rest), " \t"))
	if p.after == entryLast && indentLevel(plain[:lead]) > p.level {
		out.Line(strings.Repeat("  ", p.level+1)+s, b.line) // the entry goes on
		return
	}
	out.Gap(b.line)
	out.Line(s, b.line)
	p.after = textLast
}

// end ends a paragraph or a list.
func (p *para) end() {
	if p.after != nothingLast {
		p.w.out.Gap(p.at)
	}
	p.after = nothingLast
}

// indentLevel is the level a line's indent sets: three spaces a level, as
// CherryTree indents a list, or a tab.
func indentLevel(indent string) int {
	return strings.Count(indent, "\t") + strings.Count(indent, " ")/3
}

// inline writes spans as a line of Markdown: bold runs bold.
func inline(spans []span) string {
	var b strings.Builder
	for i := 0; i < len(spans); {
		j := i
		var s strings.Builder
		for ; j < len(spans) && spans[j].heavy == spans[i].heavy; j++ {
			s.WriteString(spans[j].text)
		}
		t := strings.ReplaceAll(s.String(), "\t", " ")
		core := strings.TrimSpace(t)
		if spans[i].heavy && core != "" && !strings.Contains(core, "*") {
			i0 := strings.Index(t, core)
			t = t[:i0] + "**" + core + "**" + t[i0+len(core):]
		}
		b.WriteString(t)
		i = j
	}
	return b.String()
}

// leadRE matches the start of a line that Markdown would read as markup
// of a block: a heading, a quote, a list's entry, a table.
var leadRE = regexp.MustCompile(`^(?:[#>+|]|[-*+](?:\s|$)|\d{1,9}[.)](?:\s|$))`)

// escape writes text so that a line of Markdown reads it as written.
func escape(s string) string {
	s = corpus.EscapeMarkdown(s)
	if leadRE.MatchString(s) {
		i := 0
		if s[0] >= '0' && s[0] <= '9' {
			i = strings.IndexAny(s, ".)")
		}
		s = s[:i] + "&#" + strconv.Itoa(int(s[i])) + ";" + s[i+1:]
	}
	return s
}

// table writes a table's rows as a pipe table, the first its header.
func (w *writer) table(rows []row) {
	cols := 0
	empty := true
	for _, r := range rows {
		cols = max(cols, len(r.cells))
		for _, c := range r.cells {
			if strings.TrimSpace(c) != "" {
				empty = false
			}
		}
	}
	if empty || cols == 0 || cols*len(rows) > maxCells {
		return
	}
	w.text = true
	w.out.Gap(rows[0].line)
	for i, r := range rows {
		var b strings.Builder
		b.WriteString("|")
		for j := range cols {
			c := ""
			if j < len(r.cells) {
				c = strings.Join(strings.Fields(r.cells[j]), " ")
			}
			b.WriteString(" " + strings.ReplaceAll(corpus.EscapeMarkdown(c), "|", `\|`) + " |")
		}
		w.out.Line(b.String(), r.line)
		if i == 0 {
			w.out.Line("|"+strings.Repeat(" --- |", cols), r.line)
		}
	}
	w.out.Gap(rows[len(rows)-1].line)
}

// code writes code as a fenced block, its text from line on of the
// file.
func (w *writer) code(code, lang string, line int) {
	if strings.TrimSpace(code) == "" {
		return
	}
	trimmed := strings.TrimLeft(code, "\n")
	line += len(code) - len(trimmed)
	code = strings.TrimRight(trimmed, "\n")
	w.text = true
	fence := "```"
	for l := range strings.Lines(code) {
		if t := strings.TrimLeft(l, " \t"); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			n := len(t) - len(strings.TrimLeft(t, "`"))
			fence = strings.Repeat("`", max(len(fence), n+1))
		}
	}
	w.out.Gap(line)
	w.out.Line(fence+lang, line)
	at := line
	for l := range strings.Lines(code) {
		w.out.Line(strings.TrimRight(l, "\r\n"), at)
		at++
	}
	w.out.Line(fence, max(at-1, line))
	w.out.Gap(line)
}
