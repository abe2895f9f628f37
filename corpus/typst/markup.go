package typst

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// writer reads markup and writes it as Markdown lines into its doc's out,
// or, inline, as one line of text (an argument, a heading, a cell).
type writer struct {
	d *doc

	line   lineBuf // the text of the line being written
	prefix string  // what leads it: a list entry's indent and marker
	marked bool    // prefix holds a marker
	lineAt int     // where it starts, a line of the file

	marks  []string // emphasis open, the innermost last
	opened []int    // where in line each was written; -1 when it was not
	reopen []string // emphasis to open again on the paragraph's next line

	inline bool // writing on one line
	plain  bool // without emphasis: a heading, a title

	capture bool   // keep the label the markup holds, as a heading's
	label   string // that label

	lists    []entry
	quote    int  // quotations open
	unquoted bool // a table or code in the quotation ended it

	from, to int // the markup being read
}

// entry is a list entry open: the column of its marker, its kind ('-',
// '+', '/') and number.
type entry struct {
	col  int
	kind byte
	n    int
}

// sub returns a writer of one line of text, without emphasis when plain.
func (w *writer) sub(plain bool) *writer {
	return &writer{d: w.d, inline: true, plain: plain || w.plain}
}

// text is what a writer of one line wrote.
func (w *writer) text() string {
	s := corpus.OneLine(w.line.String())
	if s != "" {
		for k := len(w.marks) - 1; k >= 0; k-- {
			s += w.marks[k]
		}
	}
	return s
}

// write adds text from src[i] to the line being written.
func (w *writer) write(s string, i int) {
	if s == "" {
		return
	}
	d := w.d
	if d.output += len(s); d.output > maxOutput {
		d.fail(errLarge)
		return
	}
	if w.line.Len() == 0 {
		s = strings.TrimLeft(s, " ")
		if s == "" {
			return
		}
		if !w.marked {
			w.lineAt = d.place(i)
			if !w.inline && len(w.lists) > 0 {
				w.prefix = indent(len(w.lists)) // a paragraph within a list entry
			}
		}
		for _, m := range w.reopen {
			if k := slices.Index(w.marks, m); k >= 0 {
				w.opened[k] = w.line.Len()
			}
			w.line.WriteString(m)
		}
		w.reopen = nil
	}
	if s == " " && w.line.b[len(w.line.b)-1] == ' ' {
		return
	}
	w.line.WriteString(s)
}

// literal writes r, a character the source escapes ("\*") or that is
// text where it stands (the "*" in "5*3"), so that Markdown reads it as
// text.
func (w *writer) literal(r rune, i int) {
	s := string(r)
	if !w.plain && strings.ContainsRune(literals, r) {
		s = "\x01" + s // see markdown
	}
	w.write(s, i)
}

// literals are the characters Markdown would read as marks, which a
// writer marks with "\x01" before them where they are text, and markdown
// writes as character references ("&#95;"): Markdown reads a pair of
// them escaped ("\_a\_") as emphasis.
const literals = "*_`\\#~=<>[]|"

var literalRefs = func() *strings.Replacer {
	var pairs []string
	for _, r := range literals {
		pairs = append(pairs, "\x01"+string(r), "&#"+strconv.Itoa(int(r))+";")
	}
	return strings.NewReplacer(append(pairs, "\x01", "")...)
}()

// markdown writes text as Markdown: escaped (see corpus.EscapeMarkdown),
// its literal marks as character references.
func markdown(s string) string {
	s = corpus.EscapeMarkdown(s)
	if strings.Contains(s, "\x01") {
		s = literalRefs.Replace(s)
	}
	return s
}

// toggle opens or closes the emphasis mark ("**", "*").
func (w *writer) toggle(mark string, i int) {
	k := slices.Index(w.marks, mark)
	if k < 0 {
		w.marks = append(w.marks, mark)
		w.opened = append(w.opened, -1)
		if !w.plain {
			w.write(mark, i)
			if w.line.Len() >= len(mark) {
				w.opened[len(w.opened)-1] = w.line.Len() - len(mark)
			}
		}
		return
	}
	at := w.opened[k]
	w.marks = slices.Delete(w.marks, k, k+1)
	w.opened = slices.Delete(w.opened, k, k+1)
	if w.plain || w.line.Len() == 0 {
		return
	}
	b := w.line.b
	n := len(b)
	for n > 0 && b[n-1] == ' ' {
		n--
	}
	if at >= 0 && at+len(mark) >= n {
		w.line.b = b[:min(at, n)] // emphasis of nothing
		return
	}
	spaces := len(b) - n
	b = append(b[:n], mark...)
	for range spaces {
		b = append(b, ' ')
	}
	w.line.b = b
}

// lineBuf is a line being written.
type lineBuf struct{ b []byte }

func (l *lineBuf) Len() int             { return len(l.b) }
func (l *lineBuf) String() string       { return string(l.b) }
func (l *lineBuf) Reset()               { l.b = l.b[:0] }
func (l *lineBuf) WriteString(s string) { l.b = append(l.b, s...) }

// newline ends the line being written; inline, it is a space.
func (w *writer) newline() {
	if w.inline {
		w.write(" ", 0)
		return
	}
	text := corpus.OneLine(w.line.String())
	prefix, at := w.prefix, w.lineAt
	w.line.Reset()
	w.prefix, w.marked = "", false
	w.reopen = slices.Clone(w.marks)
	for k := range w.opened {
		w.opened[k] = -1
	}
	if strings.Trim(text, "*") == "" {
		return
	}
	for k := len(w.marks) - 1; k >= 0; k-- {
		text += w.marks[k]
	}
	text = leadEscape(text)
	w.add(prefix+markdown(text), text, at)
}

// lineBreak ends a line within the paragraph ("\" at its end).
func (w *writer) lineBreak(i int) {
	if w.inline {
		w.write(" ", i)
		return
	}
	w.newline()
}

// paragraph ends the line being written and the paragraph.
func (w *writer) paragraph() {
	if w.inline {
		w.write(" ", 0)
		return
	}
	at := w.lineAt
	w.newline()
	w.marks, w.opened, w.reopen = nil, nil, nil
	if len(w.lists) == 0 {
		w.gap(at)
	}
}

// put writes a line of Markdown, within the quotations open.
func (w *writer) put(s, raw string, at int) {
	d := w.d
	if d.output += len(s); d.output > maxOutput {
		d.fail(errLarge)
		return
	}
	w.add(s, raw, at)
}

// add is put for a line whose text write has counted already.
func (w *writer) add(s, raw string, at int) {
	d := w.d
	if w.quote > 0 && !w.unquoted {
		s = strings.Repeat("> ", w.quote) + s
	}
	d.out = append(d.out, outLine{s: s, raw: raw, at: at})
	d.content = true
}

// putCode writes a line of code, verbatim.
func (w *writer) putCode(s string, at int) {
	d := w.d
	if d.output += len(s); d.output > maxOutput {
		d.fail(errLarge)
		return
	}
	d.out = append(d.out, outLine{s: s, at: at, code: true})
	d.content = true
}

// gap writes a blank line unless one stands last.
func (w *writer) gap(at int) {
	out := w.d.out
	if len(out) == 0 {
		return
	}
	if last := out[len(out)-1]; last.opens || last.level == 0 && !last.code && strings.Trim(last.s, "> ") == "" {
		return
	}
	s := ""
	if w.quote > 0 && !w.unquoted {
		s = strings.TrimSpace(strings.Repeat("> ", w.quote))
	}
	w.d.out = append(w.d.out, outLine{s: s, at: at})
}

// unquote ends the quotation's lines before a table or code, which
// Markdown cannot quote: what follows in it is written unquoted.
func (w *writer) unquote(at int) {
	if w.quote > 0 && !w.unquoted {
		w.trimQuote(0)
		w.unquoted = true
		w.gap(at)
	}
}

// trimQuote takes the blank lines of a quotation off the end of out, down
// to line from.
func (w *writer) trimQuote(from int) {
	d := w.d
	for len(d.out) > from {
		last := d.out[len(d.out)-1]
		if last.level > 0 || last.code || strings.Trim(last.s, ">") != "" || last.s == "" {
			break
		}
		d.out = d.out[:len(d.out)-1]
	}
}

// heading writes a heading of level with text t, from src[i].
func (w *writer) heading(level int, t string, i, end int) {
	if w.inline {
		w.write(t, i)
		return
	}
	w.paragraph()
	w.lists = nil
	if t == "" {
		return
	}
	d := w.d
	w.unquote(d.place(i)) // Markdown quotes no heading
	d.out = append(d.out, outLine{s: t, at: d.place(i), level: level})
	d.content = true
	d.target, d.targetEnd = t, end
}

// markup reads the markup from src[from] to src[to], which starts a line.
func (w *writer) markup(from, to int) { w.markupFrom(from, to, true) }

// markupFrom reads the markup from src[from] to src[to]; at a line's
// start (start), it may open a heading or a list entry.
func (w *writer) markupFrom(from, to int, start bool) {
	d := w.d
	if !d.enter() {
		return
	}
	defer d.leave()
	oldFrom, oldTo := w.from, w.to
	w.from, w.to = from, to
	defer func() { w.from, w.to = oldFrom, oldTo }()
	src := d.src
	for i := from; i < to && d.err == nil; {
		if start {
			start = false
			if k := w.lineStart(i); k != i {
				i = k
				continue
			}
		}
		switch c := src[i]; c {
		case ' ', '\t', '\n', '\r', '\v', '\f':
			j, breaks := i, 0
			for j < to && isSpace(src[j]) {
				if src[j] == '\n' {
					breaks++
				}
				j++
			}
			if breaks >= 2 {
				w.paragraph()
			} else {
				w.write(" ", i)
			}
			start = breaks > 0
			i = j
		case '\\':
			i = w.escape(i)
		case '`':
			i = w.raw(i)
		case '$':
			i = w.math(i)
		case '#':
			i = w.embedded(i)
		case '*', '_':
			if d.inWord(i) {
				w.literal(rune(c), i)
			} else if c == '*' {
				w.toggle("**", i)
			} else {
				w.toggle("*", i)
			}
			i++
		case '<':
			if k := d.labelEnd(i, to); k > i {
				w.labelled(src[i+1:k-1], i)
				i = k
			} else {
				w.write("<", i)
				i++
			}
		case '@':
			i = w.reference(i)
		case '/':
			if k, ok := d.comment(i, to); ok {
				i = k
			} else {
				w.write("/", i)
				i++
			}
		case '~':
			w.write(" ", i) // a space that does not break
			i++
		case '-':
			switch {
			case strings.HasPrefix(src[i:to], "---"):
				w.write("—", i)
				i += 3
			case strings.HasPrefix(src[i:to], "--"):
				w.write("–", i)
				i += 2
			case strings.HasPrefix(src[i:to], "-?"):
				i += 2 // a soft hyphen
			default:
				w.write("-", i)
				i++
			}
		case 'h':
			if k := d.linkEnd(i, to); k > i {
				w.write(src[i:k], i)
				i = k
				break
			}
			fallthrough
		default:
			j := i + 1
			for j < to && !special[src[j]] {
				j++
			}
			w.write(src[i:j], i)
			i = j
		}
	}
}

// special are the bytes where a run of text may end.
var special = func() (s [256]bool) {
	for _, c := range []byte(" \t\n\r\v\f\\`$#*_<@/~-h") {
		s[c] = true
	}
	return s
}()

// lineStart reads what the line whose text starts at src[i] opens with:
// a heading, a list's marker; it returns where the line's text goes on.
// A line indented no further than a list entry's marker ends the entry.
func (w *writer) lineStart(i int) int {
	d, src, to := w.d, w.d.src, w.to
	if i >= to {
		return i
	}
	if _, ok := d.comment(i, to); ok {
		return i
	}
	kind, size, num := d.marker(i, to)
	var term string
	next := i + size
	if kind == '/' {
		colon := d.scanMarkup(next, to, ":\n")
		if colon >= to || src[colon] != ':' {
			kind = 0 // no term: text
		} else {
			sub := w.sub(true)
			sub.markupFrom(next, colon, false)
			term, next = sub.text(), colon+1
		}
	}
	if kind == '=' {
		end := d.scanMarkup(next, to, "\n")
		sub := w.sub(true)
		sub.capture = true
		sub.markupFrom(next, end, false)
		t := sub.text()
		w.heading(size, t, i, end)
		if sub.label != "" && t != "" {
			d.labels[sub.label] = t
		}
		return end
	}
	if w.inline {
		switch {
		case kind == 0:
			return i
		case w.line.Len() > 0:
			w.write("; ", i)
		}
		if term != "" {
			w.write(term+": ", i)
		}
		return next
	}
	col := d.column(i)
	var sibling *entry
	popped := false
	for len(w.lists) > 0 && col <= w.lists[len(w.lists)-1].col {
		if e := w.lists[len(w.lists)-1]; e.col == col {
			sibling = &e
		}
		w.lists = w.lists[:len(w.lists)-1]
		popped = true
	}
	if kind == 0 {
		if popped {
			w.newline()
			if len(w.lists) == 0 {
				w.gap(d.lineOf(i))
			}
		}
		return i
	}
	w.newline()
	e := entry{col: col, kind: kind}
	if kind == '+' {
		e.n = num
		if num == 0 {
			e.n = 1
			if sibling != nil && sibling.kind == '+' {
				e.n = sibling.n + 1
			}
		}
	}
	marker := "- "
	switch kind {
	case '+':
		marker = strconv.Itoa(e.n) + ". "
	case '/':
		marker = "- **" + markdown(strings.TrimSuffix(term, ":")) + ":** "
	}
	w.prefix = indent(len(w.lists)) + marker
	w.marked, w.lineAt = true, d.place(i)
	w.lists = append(w.lists, e)
	return next
}

// escape reads the escape at src[i]: "\" before white space breaks the
// line, "\u{…}" is a character by its code, "\*" the character.
func (w *writer) escape(i int) int {
	d, src, to := w.d, w.d.src, w.to
	if i+1 >= to || isSpace(src[i+1]) {
		w.lineBreak(i)
		return i + 1
	}
	if strings.HasPrefix(src[i+1:to], "u{") {
		if k := strings.IndexByte(src[i+3:to], '}'); k >= 0 && k <= 8 {
			if n, err := strconv.ParseUint(src[i+3:i+3+k], 16, 32); err == nil && utf8.ValidRune(rune(n)) {
				w.literal(rune(n), i)
				return i + 4 + k
			}
		}
	}
	r, size := d.runeAt(i+1, to)
	w.literal(r, i)
	return i + 1 + size
}

// raw reads the raw text at src[i]: "`code`" inline, "```lang" and the
// lines after it a block of code, kept verbatim.
func (w *writer) raw(i int) int {
	d, src, to := w.d, w.d.src, w.to
	n := 0
	for i+n < to && src[i+n] == '`' {
		n++
	}
	if n == 2 {
		return i + 2
	}
	k, closed := d.rawEnd(i, to)
	inner := span{i + n, k}
	if closed {
		inner.end -= n
	}
	if n < 3 {
		w.code(src[inner.start:inner.end], i)
		return k
	}
	lang, lines, first := rawBlock(d, inner)
	at := d.lineOf(inner.start) + first
	if d.site >= 0 {
		at = d.place(i)
	}
	w.codeBlock(lang, lines, at, i)
	return k
}

// rawBlock reads a block of raw text, as Typst does: its language, right
// after the backticks; its lines, the blank first and last ones left out
// and the others without the indent they share; and how many lines of
// the file its first line is after the first.
func rawBlock(d *doc, v span) (lang string, lines []string, first int) {
	s := d.src[v.start:v.end]
	if k := d.ident(v.start, v.end); k > v.start {
		lang, s = d.src[v.start:k], d.src[k:v.end]
	}
	s = strings.TrimPrefix(s, " ")
	if strings.HasSuffix(strings.TrimRight(s, " \t"), "`") {
		s = strings.TrimSuffix(s, " ")
	}
	lines = strings.Split(s, "\n")
	dedent := -1
	for k, l := range lines {
		if k == 0 || strings.TrimSpace(l) == "" && k != len(lines)-1 {
			continue
		}
		n := len(l) - len(strings.TrimLeft(l, " \t"))
		if dedent < 0 || n < dedent {
			dedent = n
		}
	}
	skipped := false
	if len(lines) > 1 && strings.TrimSpace(lines[0]) == "" {
		lines, first, skipped = lines[1:], 1, true
	}
	if len(lines) > 1 && strings.TrimSpace(lines[len(lines)-1]) == "" {
		lines = lines[:len(lines)-1]
	}
	for k, l := range lines {
		if (k > 0 || skipped) && dedent > 0 {
			lines[k] = l[min(dedent, len(l)-len(strings.TrimLeft(l, " \t"))):]
		}
	}
	return lang, lines, first
}

// code writes raw text inline.
func (w *writer) code(s string, i int) {
	s = corpus.OneLine(s)
	switch {
	case s == "":
	case w.plain:
		w.write(s, i)
	default:
		w.write("`"+strings.ReplaceAll(s, `\`, `\\`)+"`", i) // Markdown reads "\#" as "#", in code too
	}
}

// codeBlock writes lines of code, verbatim, the first from line at of
// the file, in the language lang; inline, as one line of code.
func (w *writer) codeBlock(lang string, lines []string, at, i int) {
	if w.inline || len(lines) < 2 {
		w.code(strings.Join(lines, " "), i)
		return
	}
	w.paragraph()
	w.unquote(at)
	body := strings.Join(lines, "\n")
	fence := "```"
	for strings.Contains(body, fence) {
		fence += "`"
	}
	w.putCode(fence+lang, at)
	for k, l := range lines {
		w.putCode(strings.TrimRight(l, " \t"), at+k)
	}
	w.putCode(fence, at+len(lines)-1)
	w.gap(at)
}

// math reads the math at src[i], written as its source.
func (w *writer) math(i int) int {
	k, closed := w.d.mathEnd(i, w.to)
	end := k
	if closed {
		end--
	}
	w.write(corpus.OneLine(w.d.src[i+1:end]), i)
	return k
}

// labelled reads the label at src[i]: it names the heading or figure
// right before it.
func (w *writer) labelled(name string, i int) {
	if w.capture {
		w.label = name
		return
	}
	d := w.d
	if d.target != "" && i >= d.targetEnd && i-d.targetEnd < 200 && strings.TrimSpace(d.src[d.targetEnd:i]) == "" {
		d.labels[name] = d.target
	}
}

// reference reads the reference at src[i] ("@intro", "@intro[the
// introduction]"): its supplement, or a mark that Convert replaces with
// what the label names, once all are known.
func (w *writer) reference(i int) int {
	d, src, to := w.d, w.d.src, w.to
	j := i + 1
	for j < to {
		r, size := d.runeAt(j, to)
		if !isIDContinue(r) && r != ':' && r != '.' {
			break
		}
		j += size
	}
	for j > i+1 && (src[j-1] == '.' || src[j-1] == ':') {
		j--
	}
	if j == i+1 {
		w.write("@", i)
		return i + 1
	}
	if j < to && src[j] == '[' {
		k, in, _ := d.contentEnd(j, to)
		sub := w.sub(false)
		sub.markup(in.start, in.end)
		w.write(sub.text(), i)
		return k
	}
	w.write("\x00"+src[i+1:j]+"\x00", i)
	return j
}

// embedded reads the expression embedded in markup at src[i] ("#…").
func (w *writer) embedded(i int) int {
	d, src, to := w.d, w.d.src, w.to
	j := i + 1
	if j >= to {
		w.write("#", i)
		return j
	}
	switch c := src[j]; {
	case c == '[':
		k, in, _ := d.contentEnd(j, to)
		w.content(in, d.alone(i, k, w.from, to) && hasBlocks(src[in.start:in.end]))
		return w.semicolon(k)
	case c == '{':
		return w.semicolon(d.group(j, to))
	case c == '(':
		k := d.group(j, to)
		w.value(d.inner(span{j, k}), false)
		return w.semicolon(k)
	case c == '$':
		return w.math(j)
	case c >= '0' && c <= '9':
		k := d.numberEnd(j, to)
		w.write(src[j:k], j)
		return w.semicolon(k)
	}
	k := d.ident(j, to)
	switch src[j:k] {
	case "":
		w.write("#", i)
		return j
	case "let":
		return w.let(k)
	case "set":
		return w.set(k)
	case "show":
		return w.show(k)
	case "import", "include", "return":
		return d.statementEnd(k, to)
	case "if":
		n, blocks := d.controlEnd(k, to)
		for _, b := range blocks {
			if src[b.start] == '[' {
				in := d.inner(b)
				w.content(in, d.alone(i, n, w.from, to) && hasBlocks(src[in.start:in.end]))
				break // the first branch
			}
		}
		return w.semicolon(n)
	case "for", "while":
		n, _ := d.controlEnd(k, to)
		return n
	case "context":
		m := d.skipBlank(k, to)
		n := d.atomicEnd(m, to)
		w.value(span{m, n}, d.alone(i, n, w.from, to))
		return w.semicolon(n)
	case "none", "auto", "true", "false", "break", "continue":
		return w.semicolon(k)
	}
	c := d.parseCall(j, to)
	w.call(c, d.alone(i, c.end, w.from, to))
	return w.semicolon(c.end)
}

// semicolon returns where the markup goes on after an expression that
// ends at src[k], and the ";" that may end it.
func (w *writer) semicolon(k int) int {
	if k < w.to && w.d.src[k] == ';' {
		return k + 1
	}
	return k
}

// content writes the markup in v: as blocks of their own, or inline.
func (w *writer) content(v span, block bool) {
	if !block || w.inline {
		old := w.inline
		w.inline = true
		w.markup(v.start, v.end)
		w.inline = old
		return
	}
	w.paragraph()
	lists := w.lists
	w.lists = nil
	w.markup(v.start, v.end)
	w.paragraph()
	w.lists = lists
}

// blocksRE matches markup that holds blocks: a paragraph break, a heading
// or a list entry.
var blocksRE = regexp.MustCompile(`\n[ \t]*\n|(?:^|\n)[ \t]*(?:[-+/][ \t]|=+[ \t]|\d+\.[ \t])`)

func hasBlocks(s string) bool { return blocksRE.MatchString(s) }

// let reads a definition, whose "let" ends at src[k]: a value or a
// function, expanded where it is used.
func (w *writer) let(k int) int {
	d, src := w.d, w.d.src
	end := d.statementEnd(k, w.to)
	n := d.skipBlank(k, end)
	m := d.ident(n, end)
	if m == n {
		return end // a pattern: "let (a, b) = …"
	}
	name := src[n:m]
	def := &macro{prev: d.macros[name]}
	if m < end && src[m] == '(' {
		g := d.group(m, end)
		def.fn = true
		def.params, _ = d.args(m, g)
		m = g
	}
	e := d.skipBlank(m, end)
	if e >= end || src[e] != '=' {
		if def.fn {
			def.opaque = true
			d.macros[name] = def
		}
		return end
	}
	def.value = d.trimmed(e+1, end)
	if def.fn {
		v := def.value
		def.opaque = v.start >= v.end || src[v.start] == '{' || strings.HasPrefix(src[v.start:v.end], "(")
	}
	d.macros[name] = def
	return end
}

// set reads a set rule, whose "set" ends at src[k]: the document's title
// is read, the others left out.
func (w *writer) set(k int) int {
	d := w.d
	end := d.statementEnd(k, w.to)
	n := d.skipBlank(k, end)
	if d.path(n, end) > n {
		if c := d.parseCall(n, end); c.name == "document" {
			if v, ok := c.named("title"); ok {
				d.setTitle(w.plainText(v), n)
			}
		}
	}
	return end
}

// show reads a show rule, whose "show" ends at src[k]: a template applied
// to the whole document ("#show: project.with(title: …)") may title it,
// give its subtitle and its abstract; the others are left out.
func (w *writer) show(k int) int {
	d, src := w.d, w.d.src
	end := d.statementEnd(k, w.to)
	n := d.skipBlank(k, end)
	if n >= end || src[n] != ':' {
		return end
	}
	c, ok := d.firstCall(n+1, end)
	if !ok {
		return end
	}
	if v, ok := c.named("title"); ok {
		d.setTitle(w.plainText(v), n)
	}
	if v, ok := c.named("subtitle"); ok && d.subtitle == "" {
		d.subtitle = w.plainText(v)
	}
	if v, ok := c.named("abstract"); ok {
		w.parts([]span{v}, true)
	}
	return end
}

// plainText is the text of the value v on one line, without emphasis.
func (w *writer) plainText(v span) string {
	sub := w.sub(true)
	sub.value(v, false)
	return sub.text()
}

// inlineText is the text of the values vs on one line.
func (w *writer) inlineText(vs []span) string {
	sub := w.sub(false)
	for _, v := range vs {
		sub.value(v, false)
	}
	return sub.text()
}

// indent is the indent of a list entry n lists deep; lists deeper than
// maxIndent are written at that depth.
func indent(n int) string { return strings.Repeat("  ", min(n, maxIndent)) }

const maxIndent = 16

// leadRE matches what Markdown would read as a block's mark at the start
// of a paragraph's line: a heading, a quotation, a table, a list entry.
var leadRE = regexp.MustCompile(`^(?:[#>|]|[-+*][ \t]|\d+[.)][ \t])`)

// leadEscape escapes the mark a paragraph's text starts with, so that
// Markdown reads it as text.
func leadEscape(s string) string {
	if !leadRE.MatchString(s) {
		return s
	}
	if s[0] >= '0' && s[0] <= '9' {
		k := strings.IndexAny(s, ".)")
		return s[:k] + `\` + s[k:]
	}
	return `\` + s
}
