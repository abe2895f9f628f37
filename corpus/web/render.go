package web

import (
	"bytes"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// writer writes an article as Markdown, one block at a time, remembering
// for each line the line of the page it came from.
type writer struct {
	buf     bytes.Buffer
	origin  []int
	blanked bool // the last line written is blank
	heading int  // level of the last heading written
	title   string
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

// paragraph writes text (lines broken by <br>) and a blank line.
func (w *writer) paragraph(text string, at int) {
	wrote := false
	for _, l := range strings.Split(text, "\n") {
		if l = strings.TrimSpace(l); l != "" {
			w.line(l, at)
			wrote = true
		}
	}
	if wrote {
		w.blank()
	}
}

// blocks writes the children of n: runs of inline content as paragraphs,
// block elements as what they are.
func (w *writer) blocks(n *html.Node, depth int) {
	var run inline
	flush := func() {
		w.paragraph(run.text(), run.at)
		run = inline{}
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			run.add(c, depth)
		case c.Type != html.ElementNode || skipped(c) || hidden(c):
		case depth > MaxDepth || !isBlock(c):
			run.add(c, depth)
		default:
			flush()
			w.block(c, depth+1)
		}
	}
	flush()
}

func (w *writer) block(n *html.Node, depth int) {
	switch n.DataAtom {
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		level := max(int(n.Data[1]-'0'), 2)
		if w.heading == 0 && "# "+inlineText(n) == w.title {
			return // the title, already written
		}
		w.head(level, inlineText(n), lineOf(n))
	case atom.Ul, atom.Ol:
		if !tableOfContents(n) {
			w.list(n, 0, depth)
			w.blank()
		}
	case atom.Table:
		w.table(n, depth)
	case atom.Pre:
		w.pre(n)
	case atom.Blockquote:
		sub := &writer{heading: w.heading}
		sub.blocks(n, depth)
		for i, l := range strings.Split(strings.TrimRight(sub.buf.String(), "\n"), "\n") {
			if l != "" {
				w.line("> "+l, sub.origin[i])
			} else {
				w.blank()
			}
		}
		w.blank()
	case atom.Details:
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom == atom.Summary {
				w.head(w.subLevel(), inlineText(c), lineOf(c))
				break
			}
		}
		w.blocks(n, depth)
	case atom.Summary:
		// written by its <details>
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
			w.paragraph("**"+label+":** "+text, at)
		case attr(n, "itemprop") == "name" && questionItem(n):
			w.head(w.subLevel(), inlineText(n), lineOf(n))
		default:
			w.blocks(n, depth)
		}
	}
}

func (w *writer) head(level int, text string, at int) {
	if text == "" {
		return
	}
	w.blank()
	w.line(strings.Repeat("#", level)+" "+strings.ReplaceAll(text, "\n", " "), at)
	w.blank()
	w.heading = level
}

// subLevel is the level of a heading the page marks up without one: a FAQ
// question in <summary>, say. It sits one level under the last heading.
func (w *writer) subLevel() int {
	if w.heading < 2 {
		return 3
	}
	return min(w.heading+1, 6)
}

// list writes the items of a <ul> or <ol>, nested lists indented under
// their item.
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
			return true
		})
		text := strings.Join(strings.Fields(strings.ReplaceAll(run.text(), "\n", " ")), " ")
		if text != "" {
			w.line(pad+marker+text, run.at)
		}
		for _, sub := range nested {
			w.list(sub, indent+1, depth+1)
		}
	}
}

// table writes a pipe table: a header row (the <thead>, or else the first
// row), a delimiter row, then one line a row.
func (w *writer) table(n *html.Node, depth int) {
	var rows [][]string
	var at []int
	header := false
	walk(n, func(x *html.Node) bool {
		if x != n && x.DataAtom == atom.Table {
			return false // a nested table is read as the text of its cell
		}
		if x.DataAtom != atom.Tr {
			return true
		}
		var cells []string
		allTH := true
		for c := x.FirstChild; c != nil; c = c.NextSibling {
			if c.DataAtom != atom.Td && c.DataAtom != atom.Th {
				continue
			}
			allTH = allTH && c.DataAtom == atom.Th
			t := strings.Join(strings.Fields(strings.ReplaceAll(inlineText(c), "\n", " ")), " ")
			cells = append(cells, strings.ReplaceAll(t, "|", `\|`))
		}
		if len(cells) > 0 {
			if len(rows) == 0 {
				header = allTH || x.Parent != nil && x.Parent.DataAtom == atom.Thead
			}
			rows = append(rows, cells)
			at = append(at, lineOf(x))
		}
		return false
	})
	if len(rows) == 0 {
		return
	}
	cols := 0
	for _, r := range rows {
		cols = max(cols, len(r))
	}
	if cols == 1 || len(rows) == 1 && !header {
		// A layout table: its cells are paragraphs.
		for i, r := range rows {
			for _, c := range r {
				w.paragraph(strings.ReplaceAll(c, `\|`, "|"), at[i])
			}
		}
		return
	}
	w.blank()
	row := func(cells []string, line int) {
		for len(cells) < cols {
			cells = append(cells, "")
		}
		w.line("| "+strings.Join(cells, " | ")+" |", line)
	}
	row(rows[0], at[0])
	w.line("|"+strings.Repeat(" --- |", cols), at[0])
	for i := 1; i < len(rows); i++ {
		row(rows[i], at[i])
	}
	w.blank()
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

// tipBox reports a box of advice: an element named for tips (class or id
// "tip", "exam-tip", …) or one that opens with a bold "… Tip" label.
func tipBox(n *html.Node) bool {
	if n.DataAtom == atom.Li || n.DataAtom == atom.Td || n.DataAtom == atom.Th {
		return false
	}
	names := strings.ToLower(attr(n, "class") + " " + attr(n, "id"))
	for _, f := range strings.FieldsFunc(names, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == "tip" || f == "tips" {
			return true
		}
	}
	label, _ := boldLabel(n)
	return strings.Contains(strings.ToLower(label), "tip")
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
		case x.Type == html.TextNode || x.Type == html.ElementNode && !isBlock(x):
			run.add(x, 0)
			return false
		case x.Type == html.ElementNode && (skipped(x) || hidden(x)):
			return false
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
)

func (r *inline) add(n *html.Node, depth int) {
	switch n.Type {
	case html.TextNode:
		if r.at == 0 && strings.TrimSpace(n.Data) != "" {
			r.at = lineOf(n)
		}
		r.b.WriteString(strings.NewReplacer("\n", " ", "\r", " ", string(lineBreak), " ").Replace(n.Data))
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

// text returns the collected text, each line's white space collapsed and
// bold markers kept only where they stand at word boundaries.
func (r *inline) text() string {
	lines := strings.Split(r.b.String(), string(lineBreak))
	for i, l := range lines {
		lines[i] = strongMarkers(collapse(l))
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}

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
	return strings.NewReplacer("\x01", "", "\x02", "").Replace(t)
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

// hidden reports elements the page does not show.
func hidden(n *html.Node) bool {
	if n.Type != html.ElementNode {
		return false
	}
	if _, ok := attrOK(n, "hidden"); ok || attr(n, "aria-hidden") == "true" {
		return true
	}
	style := strings.ReplaceAll(strings.ToLower(attr(n, "style")), " ", "")
	return strings.Contains(style, "display:none") || strings.Contains(style, "visibility:hidden")
}

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

func containsWord(s, w string) bool {
	for _, f := range strings.FieldsFunc(s, func(r rune) bool { return !unicode.IsLetter(r) }) {
		if f == w {
			return true
		}
	}
	return false
}

func clone(n *html.Node) *html.Node {
	c := &html.Node{Type: n.Type, DataAtom: n.DataAtom, Data: n.Data, Namespace: n.Namespace, Attr: append([]html.Attribute(nil), n.Attr...)}
	for x := n.FirstChild; x != nil; x = x.NextSibling {
		c.AppendChild(clone(x))
	}
	return c
}
