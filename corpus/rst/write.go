package rst

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// document gives the headings of nodes, the top of the file, their
// levels: a style's level is the order it first appears in. A lone title
// of the highest level first in the file is the document's title (level
// 1), and a lone title of the next level right under it its subtitle, as
// docutils reads them; the other headings are sections under them, at
// least "##".
func (p *parser) document(nodes []*node) (title, subtitle *node) {
	levels := map[string]int{}
	count := map[int]int{}
	for _, n := range nodes {
		if n.kind != headingNode {
			continue
		}
		if levels[n.style] == 0 {
			levels[n.style] = len(levels) + 1
		}
		n.level = levels[n.style]
		count[n.level]++
	}
	shift := 0
	if len(nodes) > 0 && nodes[0].kind == headingNode && count[1] == 1 {
		title, shift = nodes[0], 1
		if len(nodes) > 1 && nodes[1].kind == headingNode && nodes[1].level == 2 && count[2] == 1 {
			subtitle, shift = nodes[1], 2
			subtitle.skip = true
		}
	}
	for _, n := range nodes {
		if n.kind == headingNode {
			n.level = min(max(n.level+1-shift, 2), 6)
		}
	}
	if title != nil {
		title.level = 1
		if k := shift; k < len(nodes) && nodes[k].kind == fieldListNode { // right after the title, or the subtitle
			// The fields right under the title are the document's
			// bibliography (docutils' docinfo): its author and date are
			// metadata, its other fields (an abstract) text.
			f := nodes[k]
			p.docinfo = slices.DeleteFunc(slices.Clone(f.items), func(it *item) bool { return !docinfo[strings.ToLower(it.label)] })
			f.items = slices.DeleteFunc(f.items, func(it *item) bool { return docinfo[strings.ToLower(it.label)] })
		}
	}
	return title, subtitle
}

// docinfo are the bibliographic fields docutils knows: metadata.
var docinfo = map[string]bool{
	"author": true, "authors": true, "organization": true, "address": true, "contact": true, "version": true,
	"revision": true, "status": true, "date": true, "copyright": true,
}

// writer writes blocks as Markdown.
type writer struct {
	p                  *parser
	autoRef, symbolRef int  // the "[#]_" and "[*]_" references read so far
	quiet              bool // reading a title for a reference to it: its footnotes are not cited
	text               bool // text was written, not only headings
	size, expansions   int
	err                error
}

func newWriter(p *parser) *writer { return &writer{p: p} }

func (w *writer) fail(err error) {
	if w.err == nil {
		w.err = err
	}
}

// out is a line of Markdown and its place; "" a blank line.
type out struct {
	s  string
	at int
}

// write writes the document's blocks as Markdown.
func (w *writer) write(nodes []*node, title, subtitle *node) (corpus.Converted, error) {
	w.citations(nodes)
	outs := w.render(nodes)
	if w.err != nil {
		return corpus.Converted{}, w.err
	}
	if !w.text {
		return corpus.Converted{}, errNoText
	}
	var l corpus.Lines
	if title != nil && len(w.p.docinfo) > 0 { // as front matter, which corpus reads as metadata
		l.Line("---", w.p.docinfo[0].at)
		for _, it := range w.p.docinfo {
			if v := plain(w.flat(it.children, 0)); v != "" {
				l.Line(strings.ToLower(it.label)+": "+v, it.at)
			}
		}
		l.Line("---", w.p.docinfo[len(w.p.docinfo)-1].at)
	}
	for _, o := range outs {
		if o.s == "" {
			l.Gap(o.at)
		} else {
			l.Line(o.s, o.at)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "line")
	c.TitledByName = title == nil
	if subtitle != nil {
		c.Subtitle = plain(w.plainTitle(subtitle.text, 0))
	}
	return c, nil
}

var noteRefsRE = regexp.MustCompile(`\[([^\]\s]+)\]_`)

// citations marks the footnotes and citations a reference names: they
// are read where they are cited, not where they are defined.
func (w *writer) citations(nodes []*node) {
	p := w.p
	auto, symbols := 0, 0
	visit := func(s string, numbered bool) {
		if !strings.Contains(s, "]_") {
			return
		}
		for _, m := range noteRefsRE.FindAllStringSubmatch(s, -1) {
			switch label := m[1]; {
			case label == "#" && numbered:
				if auto < len(p.auto) {
					p.auto[auto].cited = true
				}
				auto++
			case label == "*" && numbered:
				if symbols < len(p.symbols) {
					p.symbols[symbols].cited = true
				}
				symbols++
			case p.notes[normalize(label)] != nil:
				p.notes[normalize(label)].cited = true
			}
		}
	}
	var walk func([]*node)
	walk = func(ns []*node) {
		for _, n := range ns {
			visit(n.text, true)
			if n.kind != literalNode {
				for _, l := range n.lines {
					visit(l.s, true)
				}
			}
			for _, it := range n.items {
				visit(it.label, true)
				walk(it.children)
			}
			walk(n.children)
			for _, r := range n.rows {
				for _, c := range r.cells {
					walk(c)
				}
			}
			if n.note != nil {
				walk(n.note.children)
			}
		}
	}
	walk(nodes)
	for _, s := range p.subs {
		visit(s.text, false)
	}
}

// render writes blocks, a blank line between them. A rubric is written
// only over something it heads.
func (w *writer) render(nodes []*node) []out {
	parts := make([][]out, len(nodes))
	for k, n := range nodes {
		parts[k] = w.block(n)
	}
	var all []out
	for k, n := range nodes {
		ls := parts[k]
		if len(ls) == 0 || n.kind == leadNode && (k+1 == len(nodes) || nodes[k+1].kind == headingNode || len(parts[k+1]) == 0) {
			continue // a rubric over nothing to read: "Footnotes" over the footnotes read where cited
		}
		if len(all) > 0 {
			all = append(all, out{"", ls[0].at})
		}
		all = append(all, ls...)
	}
	return all
}

// block writes one block.
func (w *writer) block(n *node) []out {
	if w.err != nil {
		return nil
	}
	var res []out
	switch n.kind {
	case paraNode:
		res = w.para(n.lines)
	case headingNode:
		if t := w.oneLine(n.text, 0); t != "" && !n.skip {
			return []out{{strings.Repeat("#", n.level) + " " + escape(t), n.at}}
		}
		return nil
	case leadNode:
		if t := w.oneLine(n.text, 0); t != "" {
			res = []out{{"**" + escape(t) + "**", n.at}}
		}
	case listNode:
		for _, it := range n.items {
			marker := "- "
			switch {
			case it.label != "" && it.label[0] >= '0' && it.label[0] <= '9':
				marker = it.label + ". "
			case it.label != "":
				marker = "- " + it.label + " "
			}
			res = append(res, entry(marker, w.render(it.children))...)
		}
	case defListNode:
		for _, it := range n.items {
			term := w.oneLine(it.label, 0)
			if len(it.extra) > 0 {
				term += " (" + w.oneLine(strings.Join(it.extra, ", "), 0) + ")"
			}
			body := w.render(it.children)
			if len(body) == 0 {
				res = append(res, out{"- " + escape(term), it.at})
				continue
			}
			res = append(res, entry("- **"+escape(strings.TrimSuffix(term, ":"))+":** ", body)...)
		}
	case fieldListNode:
		for _, it := range n.items {
			if body := w.render(it.children); len(body) > 0 {
				body[0].s = clean(w.oneLine(it.label, 0)) + ": " + body[0].s
				res = append(res, body...)
			}
		}
	case optionListNode:
		for _, it := range n.items {
			res = append(res, entry("- `"+strings.ReplaceAll(it.label, "`", "")+"`: ", w.render(it.children))...)
		}
	case literalNode:
		res = literal(n)
	case lineBlockNode:
		for k, l := range n.lines {
			s := clean(w.oneLine(l.s, 0))
			if s != "" && k+1 < len(n.lines) && n.lines[k+1].s != "" {
				s += "  " // a hard break: the block keeps its lines
			}
			res = append(res, out{s, l.at})
		}
		res = trimOut(res)
	case quoteNode:
		res = w.quoted("", "", n.children, n.at, n.lines)
	case calloutNode:
		res = w.quoted(n.style, n.text, n.children, n.at, nil)
	case tableNode:
		res = w.table(n)
	case noteNode:
		if n.note.cited {
			return nil
		}
		res = w.render(n.note.children)
		if len(res) > 0 && n.note.citation {
			res[0].s = clean(mdText(n.note.label)) + ": " + res[0].s
		}
	}
	if len(res) > 0 && n.kind != leadNode {
		w.text = true
	}
	return res
}

// para writes a paragraph's lines.
func (w *writer) para(ls []line) []out {
	src := make([]string, len(ls))
	for k, l := range ls {
		src[k] = l.s
	}
	text, starts := w.inline(strings.Join(src, "\n"), 0)
	var res []out
	for k, s := range strings.Split(text, "\n") {
		if s = clean(s); s != "" && k < len(starts) {
			res = append(res, out{s, ls[min(starts[k], len(ls)-1)].at})
		}
	}
	return res
}

// entry writes a list's entry: its marker before its first line, the
// lines after it indented under it.
func entry(marker string, ls []out) []out {
	if len(ls) == 0 {
		return nil
	}
	pad := strings.Repeat(" ", len(marker))
	res := make([]out, 0, len(ls))
	for k, o := range ls {
		switch {
		case o.s == "":
			res = append(res, o)
		case k == 0 && !strings.HasPrefix(o.s, "```") && !strings.HasPrefix(o.s, "~~~") && !strings.HasPrefix(o.s, "|"):
			res = append(res, out{marker + o.s, o.at})
		default:
			res = append(res, out{pad + o.s, o.at})
		}
	}
	return res
}

// literal writes a literal block as code, verbatim.
func literal(n *node) []out {
	fence := "```"
	if slices.ContainsFunc(n.lines, func(l line) bool { return strings.Contains(l.s, "```") }) {
		fence = "~~~~"
	}
	res := []out{{fence + n.style, n.at}}
	for _, l := range n.lines {
		res = append(res, out(l))
	}
	return append(res, out{fence, n.lines[len(n.lines)-1].at})
}

// quoted writes a block quote or a callout (kind, and its title): ">"
// before each line. Code and tables cannot be quoted: from the first of
// them, its blocks are written after it, unquoted.
func (w *writer) quoted(kind, title string, children []*node, at int, attribution []line) []out {
	k := slices.IndexFunc(children, func(n *node) bool { return n.kind == literalNode || n.kind == tableNode })
	if k < 0 {
		k = len(children)
	}
	inner := w.render(children[:k])
	if title != "" {
		title = escape(w.oneLine(title, 0))
	}
	var res []out
	switch {
	case kind != "" && (len(inner) > 0 || k == len(children)):
		head := "> [!" + kind + "]"
		if title != "" {
			head += " " + title
		}
		res = append(res, out{head, at})
	case title != "":
		res = append(res, out{strings.TrimSuffix(title, ":") + ":", at}) // a lead into the code or table
	}
	for _, o := range inner {
		if o.s == "" {
			res = append(res, out{">", o.at})
		} else {
			res = append(res, out{"> " + o.s, o.at})
		}
	}
	if a := w.para(attribution); len(a) > 0 {
		a[0].s = "— " + a[0].s
		for _, o := range a {
			res = append(res, out{"> " + o.s, o.at}) // with the last paragraph: one passage
		}
	}
	if rest := w.render(children[k:]); len(rest) > 0 {
		if len(res) > 0 {
			res = append(res, out{"", rest[0].at})
		}
		res = append(res, rest...)
	}
	if len(res) == 1 && res[0].s == "> [!note]" {
		return nil // an empty note
	}
	return res
}

// table writes a table as a pipe table: its caption over it, its header
// the header rows joined (without them, an empty header).
func (w *writer) table(n *node) []out {
	cols := 0
	for _, r := range n.rows {
		cols = max(cols, len(r.cells))
	}
	if cols == 0 {
		return nil
	}
	var res []out
	if n.text != "" {
		if t := clean(w.oneLine(n.text, 0)); t != "" {
			if !captionRE.MatchString(t) {
				t = "Table: " + t // as corpus reads a table's caption: it heads the rows
			}
			res = append(res, out{t, n.at}, out{"", n.at})
		}
	}
	h := min(n.header, len(n.rows))
	header, at := make([]string, cols), n.at
	if h > 0 {
		at = n.rows[0].at
	}
	for _, r := range n.rows[:h] {
		for c, cell := range r.cells {
			if t := w.cell(cell); t != "" {
				header[c] = strings.TrimSpace(header[c] + " " + t)
			}
		}
	}
	res = append(res, out{pipeRow(header), at}, out{"|" + strings.Repeat(" --- |", cols), at})
	for _, r := range n.rows[h:] {
		cells := make([]string, cols)
		empty := true
		for c, cell := range r.cells {
			cells[c] = w.cell(cell)
			empty = empty && cells[c] == ""
		}
		if !empty {
			res = append(res, out{pipeRow(cells), r.at})
		}
	}
	return res
}

func pipeRow(cells []string) string {
	return "| " + strings.Join(cells, " | ") + " |"
}

// cell is a table cell's text, on one line.
func (w *writer) cell(nodes []*node) string {
	t := escape(w.flat(nodes, 0))
	return strings.ReplaceAll(strings.ReplaceAll(t, `\|`, "|"), "|", `\|`)
}

// flat is the text of blocks on one line: a table's cell, a footnote.
func (w *writer) flat(nodes []*node, depth int) string {
	var parts []string
	add := func(s string) {
		if s = strings.TrimSpace(s); s != "" {
			parts = append(parts, s)
		}
	}
	for _, n := range nodes {
		switch n.kind {
		case paraNode, lineBlockNode:
			src := make([]string, len(n.lines))
			for k, l := range n.lines {
				src[k] = l.s
			}
			add(w.oneLine(strings.Join(src, "\n"), depth))
		case literalNode:
			src := make([]string, len(n.lines))
			for k, l := range n.lines {
				src[k] = strings.TrimSpace(l.s)
			}
			add(mdText(strings.Join(strings.Fields(strings.Join(src, " ")), " ")))
		case headingNode, leadNode:
			add(w.oneLine(n.text, depth))
		case listNode, defListNode, fieldListNode, optionListNode:
			var items []string
			for _, it := range n.items {
				s := w.flat(it.children, depth)
				switch {
				case it.label == "":
				case n.kind == listNode:
					s = it.label + " " + s
				default:
					s = w.oneLine(it.label, depth) + ": " + s
				}
				if s = strings.TrimSpace(s); s != "" {
					items = append(items, s)
				}
			}
			add(strings.Join(items, "; "))
		case quoteNode, calloutNode:
			s := w.flat(n.children, depth)
			if n.text != "" {
				s = w.oneLine(n.text, depth) + ": " + s
			}
			if len(n.lines) > 0 {
				s += " — " + w.flat([]*node{{kind: paraNode, lines: n.lines}}, depth)
			}
			add(s)
		case tableNode:
			var rows []string
			for _, r := range n.rows {
				var cells []string
				for _, c := range r.cells {
					if s := w.flat(c, depth); s != "" {
						cells = append(cells, s)
					}
				}
				rows = append(rows, strings.Join(cells, ", "))
			}
			add(strings.Join(rows, "; "))
		case noteNode:
			if !n.note.cited {
				add(w.flat(n.note.children, depth))
			}
		}
	}
	return strings.Join(parts, " ")
}

// plainTitle is a section's title read as the text of a reference to it.
func (w *writer) plainTitle(s string, depth int) string {
	quiet := w.quiet
	w.quiet = true
	defer func() { w.quiet = quiet }()
	return w.oneLine(s, depth)
}

var captionRE = regexp.MustCompile(`(?i)^table\b`)

var escapeRE = regexp.MustCompile(`\\(.)`)

// plain is Markdown text without its marks: a subtitle's.
func plain(s string) string {
	s = escapeRE.ReplaceAllString(strings.NewReplacer("**", "", "`", "").Replace(s), "$1")
	return strings.TrimSpace(strings.Trim(s, "*"))
}

// trimOut is ls without blank lines at its ends.
func trimOut(ls []out) []out {
	for len(ls) > 0 && ls[0].s == "" {
		ls = ls[1:]
	}
	for len(ls) > 0 && ls[len(ls)-1].s == "" {
		ls = ls[:len(ls)-1]
	}
	return ls
}

// leadRE matches how a line may start that Markdown reads as more than
// text: a heading, a list's entry, a quote, a table's row, a rule, a
// comment, a div's fence.
var leadRE = regexp.MustCompile(`^(?:#|[-+*](?:\s|$)|\d{1,9}[.)](?:\s|$)|\d{1,9}\\\.|>|\||%%|:::|[-=_*]{2,}\s*$)`)

// escape is text written as Markdown that reads as that text: its spaces
// folded, what Markdown reads as markup escaped.
func escape(s string) string {
	return corpus.EscapeMarkdown(strings.Join(strings.Fields(s), " "))
}

// clean is a line of text escaped, and the marks it starts with that
// Markdown reads as a block's written as character references, which
// corpus reads back ("1. " as "1&#46; ").
func clean(s string) string {
	s = escape(s)
	if s == "" || !strings.ContainsRune("#-+*0123456789>|%:=_", rune(s[0])) || !leadRE.MatchString(s) {
		return s
	}
	k := 0
	for k < len(s) && s[k] >= '0' && s[k] <= '9' {
		k++
	}
	if k > 0 { // "1. " → "1&#46; "
		c := s[k]
		if c == '\\' {
			return s[:k] + "&#46;" + s[k+2:]
		}
		return s[:k] + "&#" + strconv.Itoa(int(c)) + ";" + s[k+1:]
	}
	return "&#" + strconv.Itoa(int(s[0])) + ";" + s[1:]
}
