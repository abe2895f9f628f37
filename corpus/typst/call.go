package typst

import (
	"cmp"
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Kinds of functions, by what is read of a call to them.
var (
	// blockFuncs lay out the content they are given as blocks of their
	// own: it is read as blocks.
	blockFuncs = set("align", "block", "rect", "square", "circle", "ellipse", "pad", "move", "scale", "rotate",
		"skew", "place", "par", "columns", "figure.caption", "math.equation")
	// inlineFuncs style the content they are given within its paragraph:
	// it is read where it stands.
	inlineFuncs = set("text", "box", "underline", "overline", "strike", "highlight", "smallcaps", "sub", "super",
		"table.cell", "grid.cell", "list.item", "enum.item", "math.display", "math.inline")
	// droppedFuncs make nothing to read: layout, pictures, settings,
	// values of code.
	droppedFuncs = set("v", "line", "image", "outline", "bibliography", "cite", "lorem", "counter", "state",
		"query", "locate", "here", "metadata", "numbering", "hide", "polygon", "path", "curve", "repeat", "rgb",
		"luma", "cmyk", "oklab", "oklch", "color", "gradient", "stroke", "str", "int", "float", "range", "read",
		"json", "csv", "yaml", "toml", "xml", "cbor", "plugin", "eval", "type", "panic", "assert", "measure",
		"layout", "label", "selector", "datetime", "duration", "version", "dictionary", "array", "arguments",
		"regex", "symbol", "calc", "sys", "tiling", "pattern", "document", "page", "table.hline", "table.vline",
		"grid.hline", "grid.vline", "h")
	// titleArgs are the arguments that title a box ("#important(title:
	// …)[…]").
	titleArgs = set("title", "heading", "header", "name", "term", "question", "subject", "topic")
	// calloutKinds are the callouts' kinds of the boxes named as they are
	// (gentle-clues' #tip, #warning …), by the box's name.
	calloutKinds = map[string]string{
		"note": "note", "tip": "tip", "hint": "tip", "idea": "tip", "important": "important", "warning": "warning",
		"caution": "caution", "attention": "warning", "info": "info", "danger": "danger", "error": "danger",
		"example": "example", "question": "question", "faq": "question", "abstract": "abstract", "summary": "summary",
		"success": "success", "memo": "note", "remember": "important", "todo": "todo", "task": "todo",
		"conclusion": "summary", "notify": "info",
	}
)

func set(names ...string) map[string]bool {
	m := make(map[string]bool, len(names))
	for _, n := range names {
		m[n] = true
	}
	return m
}

// dropped reports whether a call of name makes nothing to read.
func dropped(name string) bool {
	if droppedFuncs[name] {
		return true
	}
	if i := strings.IndexByte(name, '.'); i > 0 {
		return droppedFuncs[name[:i]] && name[:i] != "table" && name[:i] != "grid"
	}
	return false
}

// call reads a call, or a variable (a call without arguments), alone on
// its lines when alone.
func (w *writer) call(c call, alone bool) {
	d := w.d
	name := strings.TrimPrefix(c.name, "std.")
	if m := d.macro(name); m != nil {
		switch {
		case !m.fn && !c.parens && len(c.content) == 0:
			w.expand(name, m, c.start)
			return
		case m.fn && !m.opaque:
			w.expandCall(name, m, c, alone)
			return
		}
		w.custom(c, alone)
		return
	}
	if !c.parens && len(c.content) == 0 {
		if s, ok := symbols[strings.TrimPrefix(name, "sym.")]; ok && strings.HasPrefix(name, "sym.") {
			w.write(s, c.start)
		}
		return // a variable, or an emoji: nothing to read
	}
	if !d.titleSeen && !w.inline && w.line.Len() == 0 && !d.content && titleBlock(d, c) {
		d.titleSeen = true
		w.paragraph()
		from := len(d.out)
		w.call(c, alone)
		w.paragraph()
		d.titleBlock = span{from, len(d.out)}
		return
	}
	switch name {
	case "linebreak":
		w.lineBreak(c.start)
	case "parbreak", "pagebreak", "colbreak":
		w.paragraph()
	case "h":
		w.write(" ", c.start)
	case "strong", "emph":
		parts := d.body(c)
		if alone && !w.inline && d.partsMatch(parts, blocksRE) {
			w.parts(parts, true)
			return
		}
		mark := map[string]string{"strong": "**", "emph": "*"}[name]
		w.toggle(mark, c.start)
		w.parts(parts, false)
		w.toggle(mark, c.start)
	case "upper", "lower":
		t := w.inlineText(d.body(c))
		if name == "upper" {
			t = strings.ToUpper(t)
		} else {
			t = strings.ToLower(t)
		}
		w.write(t, c.start)
	case "link":
		w.link(c)
	case "ref":
		w.refCall(c)
	case "footnote":
		if t := w.inlineText(d.body(c)); t != "" {
			w.write(" ("+t+")", c.start)
		}
	case "quote":
		w.quoteCall(c)
	case "figure":
		w.figure(c)
	case "table", "tablex":
		w.table(c)
	case "grid", "stack":
		w.grid(c)
	case "heading":
		level := 1
		for _, n := range []string{"level", "depth"} {
			if v, ok := c.named(n); ok {
				if l, ok := d.integer(v); ok && l > 0 {
					level = l
				}
			}
		}
		sub := w.sub(true)
		sub.parts(d.body(c), false)
		w.heading(level, sub.text(), c.start, c.end)
	case "list", "enum", "terms":
		w.listCall(c, name)
	case "raw":
		w.rawCall(c)
	case "title":
		if parts := d.body(c); len(parts) > 0 {
			sub := w.sub(true)
			sub.parts(parts, false)
			d.setTitle(sub.text(), c.start)
		}
	default:
		switch {
		case blockFuncs[name]:
			w.parts(d.body(c), true)
		case inlineFuncs[name]:
			parts := d.body(c)
			w.parts(parts, alone && d.partsMatch(parts, blocksRE))
		case dropped(name):
		default:
			w.custom(c, alone)
		}
	}
}

// titleBlock reports whether c, opening the notes, may title them: a
// centred block, or text set large.
func titleBlock(d *doc, c call) bool {
	switch c.name {
	case "align":
		for _, v := range c.positional() {
			if strings.Contains(d.src[v.start:v.end], "center") {
				return true
			}
		}
	case "text":
		if _, ok := c.named("size"); ok {
			return true
		}
		for _, v := range c.positional() {
			if s := d.src[v.start:v.end]; strings.HasSuffix(s, "pt") || strings.HasSuffix(s, "em") {
				return true
			}
		}
	}
	return false
}

// body returns the values c gives as content: its positional arguments
// that are content, strings too, then its content blocks.
func (d *doc) body(c call) []span {
	var vs []span
	for _, a := range c.args {
		if a.name == "" && d.isContent(a.value, true) {
			vs = append(vs, a.value)
		}
	}
	return append(vs, c.content...)
}

// isContent reports whether the value v is content to read: a content
// block, math, raw text, a string (when strs is set), a call to a
// function that makes content, or a definition.
func (d *doc) isContent(v span, strs bool) bool {
	if v.start >= v.end {
		return false
	}
	switch d.src[v.start] {
	case '[', '$', '`':
		return true
	case '"':
		return strs
	}
	k := d.path(v.start, v.end)
	if k == v.start {
		return false
	}
	name := strings.TrimPrefix(d.src[v.start:k], "std.")
	if d.macro(name) != nil {
		return true
	}
	if k < v.end && (d.src[k] == '(' || d.src[k] == '[') {
		return !dropped(name)
	}
	_, ok := symbols[strings.TrimPrefix(name, "sym.")]
	return ok && strings.HasPrefix(name, "sym.")
}

// partsMatch reports whether a content block of parts matches re: holds
// blocks (blocksRE) or headings (headingsRE).
func (d *doc) partsMatch(parts []span, re *regexp.Regexp) bool {
	for _, p := range parts {
		if p.start < p.end && d.src[p.start] == '[' && re.MatchString(d.src[p.start:p.end]) {
			return true
		}
	}
	return false
}

var headingsRE = regexp.MustCompile(`(?:^\[|\n)[ \t]*=+[ \t]`)

// parts writes the values parts: as blocks of their own, or inline.
func (w *writer) parts(parts []span, block bool) {
	if !block || w.inline {
		for _, p := range parts {
			w.value(p, false)
		}
		return
	}
	w.paragraph()
	for _, p := range parts {
		w.value(p, true)
	}
	w.paragraph()
}

// value writes the value of the code at v, as content: content blocks
// (as blocks of their own when block is set), strings, numbers, math, raw
// text, calls; the rest of code ("+", names, code blocks) makes nothing.
func (w *writer) value(v span, block bool) {
	d := w.d
	if !d.enter() {
		return
	}
	defer d.leave()
	src := d.src
	for j := v.start; j < v.end && d.err == nil; {
		c := src[j]
		switch {
		case isSpace(c) || c == '+':
			j++
		case c == '[':
			k, in, _ := d.contentEnd(j, v.end)
			w.content(in, block)
			j = k
		case c == '"':
			k := d.stringEnd(j, v.end)
			s, _ := d.str(span{j, k})
			w.write(s, j)
			j = k
		case c == '$':
			k, closed := d.mathEnd(j, v.end)
			end := k
			if closed {
				end--
			}
			w.write(corpus.OneLine(src[j+1:end]), j)
			j = k
		case c == '`':
			save := w.to
			w.to = v.end
			j = w.raw(j)
			w.to = save
		case c == '(':
			k := d.group(j, v.end)
			if in := d.inner(span{j, k}); !strings.Contains(src[in.start:in.end], ",") {
				w.value(in, block)
			}
			j = k
		case c >= '0' && c <= '9':
			k := d.numberEnd(j, v.end)
			w.write(src[j:k], j)
			j = k
		default:
			k := d.path(j, v.end)
			if k == j {
				j = d.codeToken(j, v.end)
				continue
			}
			switch src[j:k] {
			case "none", "auto", "true", "false", "it", "if", "else", "for", "in", "while", "let", "set", "show", "context", "and", "or", "not":
				j = k
				continue
			}
			call := d.parseCall(j, v.end)
			w.call(call, block)
			j = call.end
		}
	}
}

// expand writes what the definition m of name stands for, called at
// src[at]; within it, name is what it was before (a definition may use
// the one it shadows).
func (w *writer) expand(name string, m *macro, at int) {
	d := w.d
	if !d.expand(m) {
		return
	}
	defer d.at(at)()
	d.macros[name] = m.prev
	w.value(m.value, false)
	d.macros[name] = m
}

// expand counts an expansion of m, and reports whether it is within the
// bounds: maxExpansions of them, maxOutput bytes of definitions read.
func (d *doc) expand(m *macro) bool {
	d.expansions++
	d.expanded += m.value.end - m.value.start
	if d.expansions > maxExpansions || d.expanded > maxOutput {
		d.fail(errLarge)
		return false
	}
	return true
}

// expandCall writes what the function m of name makes of the call c: its
// body, its parameters standing for the arguments. A body that makes
// nothing of them (it is code) is read as a function the notes do not
// define.
func (w *writer) expandCall(name string, m *macro, c call, alone bool) {
	d := w.d
	if !d.expand(m) {
		return
	}
	type binding struct {
		name string
		old  *macro
	}
	var bound []binding
	bind := func(param string, v span) {
		bound = append(bound, binding{param, d.macros[param]})
		d.macros[param] = &macro{value: v, prev: d.macros[param]}
	}
	args := c.positional()
	for _, p := range m.params {
		switch p.name {
		case "..":
		case "":
			param := d.src[p.value.start:p.value.end]
			if d.ident(p.value.start, p.value.end) != p.value.end {
				continue // a pattern
			}
			v := span{}
			if len(args) > 0 {
				v, args = args[0], args[1:]
			}
			bind(param, v)
		default:
			v, ok := c.named(p.name)
			if !ok {
				v = p.value
			}
			bind(p.name, v)
		}
	}
	before := d.output
	defer d.at(c.start)()
	d.macros[name] = m.prev
	w.value(m.value, alone)
	d.macros[name] = m
	for k := len(bound) - 1; k >= 0; k-- {
		if bound[k].old == nil {
			delete(d.macros, bound[k].name)
		} else {
			d.macros[bound[k].name] = bound[k].old
		}
	}
	if d.output == before && d.err == nil {
		w.custom(c, alone)
	}
}

// custom reads a call to a function the notes do not define (a
// template's or a package's box: "#pyq[…]", "#important(title: …)[…]"):
// the content it is given. Alone on its lines, at the start of a
// paragraph, it is read as blocks of its own, and a box with a title (a
// title argument, else its first string) or of a callout's kind ("#tip",
// "#warning") as a callout ("> [!tip] Exam tip"), which bounds it; else
// it is read where it stands, its title leading it.
func (w *writer) custom(c call, alone bool) {
	d := w.d
	var title string
	var parts, strs []span
	for _, a := range c.args {
		switch {
		case a.name == "" && d.isContent(a.value, false):
			parts = append(parts, a.value)
		case a.name == "":
			if _, ok := d.str(a.value); ok {
				strs = append(strs, a.value)
			}
		case titleArgs[a.name] && title == "":
			title = w.plainText(a.value)
		case a.name != ".." && a.value.start < a.value.end && d.src[a.value.start] == '[':
			parts = append(parts, a.value) // body: […], answer: […]
		}
	}
	parts = append(parts, c.content...)
	if len(parts) == 0 {
		return // a function of settings or strings alone (an icon's name) shows nothing known
	}
	if len(strs) > 0 && title == "" {
		title, strs = w.plainText(strs[0]), strs[1:]
	}
	parts = append(strs, parts...)
	kind := calloutKinds[strings.ToLower(c.name)]
	if !w.inline && alone && (w.line.Len() == 0 || title != "" || kind != "" || d.partsMatch(parts, blocksRE)) {
		if d.partsMatch(parts, headingsRE) {
			// a template's function around the notes: "#project(title: …)[= …]"
			if !d.content {
				d.setTitle(title, c.start)
			}
			title, kind = "", ""
		}
		if title == "" && kind == "" {
			w.parts(parts, true)
			return
		}
		w.paragraph()
		head := "[!" + cmp.Or(kind, "note") + "]"
		if title != "" {
			head += " " + markdown(title)
		}
		from := len(d.out)
		w.quote++
		if w.put(head, title, d.place(c.start)); len(d.out) > from {
			d.out[from].opens = true
		}
		w.parts(parts, true)
		w.trimQuote(from)
		if w.quote--; w.quote == 0 {
			w.unquoted = false
		}
		w.gap(d.place(c.end))
		return
	}
	if title != "" {
		w.write(title+": ", c.start)
	}
	w.parts(parts, false)
}

// link reads a link: the text it shows, else where it leads.
func (w *writer) link(c call) {
	d := w.d
	pos := c.positional()
	if len(pos) == 0 {
		return
	}
	if len(pos) > 1 {
		w.parts(pos[1:], false)
		return
	}
	if s, ok := d.str(pos[0]); ok {
		s = strings.TrimPrefix(strings.TrimPrefix(s, "mailto:"), "tel:")
		w.write(s, c.start)
		return
	}
	if k := d.labelEnd(pos[0].start, pos[0].end); k == pos[0].end {
		w.write("\x00"+d.src[pos[0].start+1:k-1]+"\x00", c.start)
	}
}

// refCall reads #ref(<label>): its supplement, or what the label names.
func (w *writer) refCall(c call) {
	d := w.d
	if v, ok := c.named("supplement"); ok {
		w.parts([]span{v}, false)
		return
	}
	for _, v := range c.positional() {
		if k := d.labelEnd(v.start, v.end); k == v.end && k > v.start {
			w.write("\x00"+d.src[v.start+1:k-1]+"\x00", c.start)
			return
		}
	}
}

// quoteCall reads a quotation: a block one as a Markdown quotation with
// its attribution under it ("— B. R. Ambedkar"), an inline one in
// quotation marks.
func (w *writer) quoteCall(c call) {
	d := w.d
	block := false
	if v, ok := c.named("block"); ok {
		block = d.src[v.start:v.end] == "true"
	}
	var by string
	if v, ok := c.named("attribution"); ok {
		by = w.plainText(v)
	}
	parts := d.body(c)
	if !block || w.inline {
		w.write("“", c.start)
		w.parts(parts, false)
		w.write("”", c.start)
		if by != "" {
			w.write(" — "+by, c.start)
		}
		return
	}
	w.paragraph()
	from := len(d.out)
	w.quote++
	w.parts(parts, true)
	w.trimQuote(from)
	if by != "" {
		w.put("— "+markdown(by), by, d.place(c.start))
	}
	if w.quote--; w.quote == 0 {
		w.unquoted = false
	}
	w.gap(d.place(c.end))
}

// figure reads a figure: its body, and its caption as a paragraph under
// it ("Figure 2: …"), or over it for a table ("Table 1: …"), which then
// heads its rows.
func (w *writer) figure(c call) {
	d := w.d
	pos := c.positional()
	kind := "Figure"
	switch v, ok := c.named("supplement"); {
	case ok:
		kind = w.plainText(v)
	case len(pos) > 0:
		kind = d.figureKind(pos[0])
	}
	if v, ok := c.named("kind"); ok {
		switch s, _ := d.str(v); d.src[v.start:v.end] {
		case "table":
			kind = "Table"
		case "raw":
			kind = "Listing"
		case "image":
			kind = "Figure"
		default:
			if s != "" {
				kind = strings.ToUpper(s[:1]) + s[1:]
			}
		}
	}
	name := kind
	if v, ok := c.named("numbering"); !ok || d.src[v.start:v.end] != "none" {
		d.figures[kind]++
		name += " " + strconv.Itoa(d.figures[kind])
	}
	var caption string
	if v, ok := c.named("caption"); ok {
		caption = w.inlineText([]span{v})
	}
	if len(pos) > 1 {
		pos = pos[:1]
	}
	if w.inline {
		w.parts(pos, false)
		if caption != "" {
			w.write(" ("+caption+")", c.start)
		}
	} else {
		w.paragraph()
		if caption != "" && kind == "Table" {
			w.write(name+": "+caption, c.start)
			w.paragraph()
		}
		w.parts(pos, true)
		if caption != "" && kind != "Table" {
			w.write(name+": "+caption, c.start)
			w.paragraph()
		}
	}
	d.target, d.targetEnd = name, c.end
}

// figureKind names what the figure's body v is: "Table", "Listing" (raw
// text) or "Figure".
func (d *doc) figureKind(v span) string {
	s := strings.TrimLeft(d.src[v.start:v.end], "[ \t\n#")
	switch {
	case strings.HasPrefix(s, "table(") || strings.HasPrefix(s, "tablex("):
		return "Table"
	case strings.HasPrefix(s, "`") || strings.HasPrefix(s, "raw("):
		return "Listing"
	}
	return "Figure"
}

// tableGrid lays a table's cells out in rows, as Typst does: each in the
// next free place, a cell that spans columns or rows taking their places.
type tableGrid struct {
	cols  int
	rows  [][]string
	taken [][]bool
	at    []int
	r, c  int
}

func (g *tableGrid) grow(r int) {
	for len(g.rows) <= r {
		g.rows = append(g.rows, make([]string, g.cols))
		g.taken = append(g.taken, make([]bool, g.cols))
		g.at = append(g.at, 0)
	}
}

func (g *tableGrid) add(text string, colspan, rowspan, at int) {
	for {
		if g.c >= g.cols {
			g.r, g.c = g.r+1, 0
		}
		g.grow(g.r)
		if !g.taken[g.r][g.c] {
			break
		}
		g.c++
	}
	colspan = min(max(colspan, 1), g.cols-g.c)
	rowspan = min(max(rowspan, 1), maxRowspan)
	for dr := range rowspan {
		g.grow(g.r + dr)
		for dc := range colspan {
			g.taken[g.r+dr][g.c+dc] = true
		}
	}
	for dr := range rowspan {
		g.rows[g.r+dr][g.c] = text // each row it spans says it
	}
	if g.at[g.r] == 0 {
		g.at[g.r] = at
	}
	g.c += colspan
}

// table reads a table as a pipe table: its header the rows of its
// table.header, else its first row; its footer's rows last.
func (w *writer) table(c call) {
	d := w.d
	cols := 1
	if v, ok := c.named("columns"); ok {
		cols = d.columns(v)
	}
	head, body, foot := &tableGrid{cols: cols}, &tableGrid{cols: cols}, &tableGrid{cols: cols}
	for _, v := range c.positional() {
		g := body
		k := d.path(v.start, v.end)
		switch strings.TrimPrefix(d.src[v.start:k], "std.") {
		case "table.header", "grid.header":
			g = head
		case "table.footer", "grid.footer":
			g = foot
		case "table.hline", "table.vline", "grid.hline", "grid.vline":
			continue
		default:
			w.cell(body, v)
			continue
		}
		for _, cv := range d.parseCall(v.start, v.end).positional() {
			w.cell(g, cv)
		}
		if d.err != nil {
			return
		}
	}
	rows := append(body.rows, foot.rows...)
	ats := append(body.at, foot.at...)
	var header []string
	headAt := 0
	switch {
	case len(head.rows) > 0:
		header, headAt = make([]string, cols), head.at[0]
		for _, r := range head.rows {
			for k, t := range r {
				header[k] = strings.TrimSpace(header[k] + " " + t)
			}
		}
	case len(rows) > 0:
		header, headAt, rows, ats = rows[0], ats[0], rows[1:], ats[1:]
	default:
		return
	}
	if w.inline {
		var cells []string
		for _, r := range append([][]string{header}, rows...) {
			for _, t := range r {
				if t != "" {
					cells = append(cells, t)
				}
			}
		}
		w.write(strings.Join(cells, "; "), c.start)
		return
	}
	w.paragraph()
	w.unquote(headAt)
	w.put(pipeRow(header), "", headAt)
	w.put("|"+strings.Repeat(" --- |", cols), "", headAt)
	for k, r := range rows {
		if strings.Join(r, "") != "" {
			w.put(pipeRow(r), "", ats[k])
		}
	}
	w.gap(d.place(c.end))
}

func pipeRow(cells []string) string {
	escaped := make([]string, len(cells))
	for k, t := range cells {
		escaped[k] = markdown(t)
	}
	return "| " + strings.Join(escaped, " | ") + " |"
}

// cell reads the cell v of a table into g: a table.cell (which may span
// columns and rows) or any content.
func (w *writer) cell(g *tableGrid, v span) {
	d := w.d
	colspan, rowspan := 1, 1
	parts := []span{v}
	if k := d.path(v.start, v.end); k < v.end && (d.src[v.start:k] == "table.cell" || d.src[v.start:k] == "grid.cell") {
		c := d.parseCall(v.start, v.end)
		if s, ok := c.named("colspan"); ok {
			colspan, _ = d.integer(s)
		}
		if s, ok := c.named("rowspan"); ok {
			rowspan, _ = d.integer(s)
		}
		parts = d.body(c)
	} else if !d.isContent(v, true) && (v.start >= v.end || d.src[v.start] < '0' || d.src[v.start] > '9') {
		parts = nil // none, a variable: an empty cell
	}
	colspan, rowspan = min(max(colspan, 1), g.cols), min(max(rowspan, 1), maxRowspan)
	if d.cells += colspan * rowspan; d.cells > maxCells {
		d.fail(errCells)
		return
	}
	t := strings.ReplaceAll(w.inlineText(parts), "|", "/")
	g.add(t, colspan, rowspan, d.place(v.start))
}

// columns reads a table's columns: a number, or an array of widths
// ("(auto, 1fr)", "(1fr,) * 3").
func (d *doc) columns(v span) int {
	n := 1
	if k, ok := d.integer(v); ok {
		n = k
	} else if v.start < v.end && d.src[v.start] == '(' {
		g := d.group(v.start, v.end)
		args, _ := d.args(v.start, g)
		n = len(args)
		rest := strings.TrimSpace(d.src[g:v.end])
		if times, ok := strings.CutPrefix(rest, "*"); ok {
			if k, err := strconv.Atoi(strings.TrimSpace(times)); err == nil {
				n *= k
			}
		}
	}
	return min(max(n, 1), maxColumns)
}

// grid reads a grid or a stack: each cell a block of its own.
func (w *writer) grid(c call) {
	d := w.d
	var cells []span
	for _, v := range c.positional() {
		k := d.path(v.start, v.end)
		switch d.src[v.start:k] {
		case "grid.header", "grid.footer", "table.header", "table.footer", "grid.cell", "table.cell":
			cells = append(cells, d.body(d.parseCall(v.start, v.end))...)
		default:
			if d.isContent(v, true) {
				cells = append(cells, v)
			}
		}
	}
	if w.inline {
		for k, v := range cells {
			if k > 0 {
				w.write("; ", c.start)
			}
			w.value(v, false)
		}
		return
	}
	w.paragraph()
	for _, v := range cells {
		w.value(v, true)
		w.paragraph()
	}
}

// listCall reads #list, #enum and #terms called as functions: their items
// as a list's entries.
func (w *writer) listCall(c call, name string) {
	d := w.d
	var entries []string
	for _, v := range c.positional() {
		k := d.path(v.start, v.end)
		item := []span{v}
		term := ""
		switch d.src[v.start:k] {
		case "list.item", "enum.item":
			item = d.body(d.parseCall(v.start, v.end))
		case "terms.item":
			ic := d.parseCall(v.start, v.end)
			item = d.body(ic)
			if len(item) > 1 {
				term, item = w.plainText(item[0]), item[1:]
			}
		default:
			if v.start < v.end && d.src[v.start] == '(' && name == "terms" {
				args, _ := d.args(v.start, v.end)
				if len(args) == 2 {
					term, item = w.plainText(args[0].value), []span{args[1].value}
				}
			} else if !d.isContent(v, true) {
				continue
			}
		}
		t := w.inlineText(item)
		if term != "" {
			t = term + ": " + t
		}
		if t != "" {
			entries = append(entries, t)
		}
	}
	if w.inline {
		w.write(strings.Join(entries, "; "), c.start)
		return
	}
	w.paragraph()
	at := d.place(c.start)
	for k, t := range entries {
		marker := "- "
		if name == "enum" {
			marker = strconv.Itoa(k+1) + ". "
		}
		w.put(marker+markdown(leadEscape(t)), t, at)
	}
	w.gap(at)
}

// rawCall reads #raw("…", lang: …, block: …): code.
func (w *writer) rawCall(c call) {
	d := w.d
	pos := c.positional()
	if len(pos) == 0 {
		return
	}
	s, ok := d.str(pos[0])
	if !ok {
		return
	}
	lang := ""
	if v, ok := c.named("lang"); ok {
		lang, _ = d.str(v)
	}
	block := false
	if v, ok := c.named("block"); ok {
		block = d.src[v.start:v.end] == "true"
	}
	if !block {
		w.code(s, c.start)
		return
	}
	w.codeBlock(lang, strings.Split(strings.Trim(s, "\n"), "\n"), d.place(c.start), c.start)
}

// symbols are the characters sym.… names (the common ones).
var symbols = map[string]string{
	"arrow.r": "→", "arrow.l": "←", "arrow.t": "↑", "arrow.b": "↓", "arrow.l.r": "↔", "arrow.r.double": "⇒",
	"arrow.l.double": "⇐", "arrow.l.r.double": "⇔", "arrow.r.long": "⟶", "checkmark": "✓", "checkmark.heavy": "✔",
	"star.filled": "★", "star.stroked": "☆", "bullet": "•", "dot.c": "·", "times": "×", "div": "÷",
	"plus.minus": "±", "minus": "−", "eq.not": "≠", "lt.eq": "≤", "gt.eq": "≥", "approx": "≈", "infinity": "∞",
	"degree": "°", "section": "§", "pilcrow": "¶", "copyright": "©", "dash.em": "—", "dash.en": "–",
	"ellipsis.h": "…", "rupee": "₹", "rupee.indian": "₹", "dollar": "$", "euro": "€", "pound": "£",
	"yen": "¥", "percent": "%", "therefore": "∴", "because": "∵", "angle": "∠", "prime": "′", "hash": "#",
	"at": "@", "amp": "&", "space": " ", "space.nobreak": " ", "quote.l.double": "“", "quote.r.double": "”",
}
