package tiddlywiki

import (
	"html"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Limits on reading WikiText.
const (
	maxExpansion = 1 << 20 // bytes that macros expand to, in all of a file's tiddlers
	maxJoin      = 20      // lines an element or a macro call goes on over
)

// writer writes the text of a tiddler as Markdown lines.
type writer struct {
	l      *corpus.Lines
	depth  int              // the level of the tiddler's own heading: a "!" heading is one below it
	place  func(at int) int // where line at (from 0) of the text is in the file
	budget *int             // bytes that macros may still expand to
	macros map[string]macro
	at     int // the line of the text being read, from 0
}

// macro is a macro a tiddler defines that can be expanded where it is
// called: its text is one line that needs nothing of the wiki.
type macro struct {
	params []param
	body   string
}

type param struct{ name, def string }

func (w *writer) line(s string) { w.l.Line(s, w.place(w.at)) }
func (w *writer) gap()          { w.l.Gap(w.place(w.at)) }

// text writes a tiddler's text of type typ: WikiText, Markdown or plain
// text (see readable).
func (w *writer) text(typ, text string) {
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	switch {
	case strings.Contains(typ, "markdown"):
		w.markdown(lines)
	case typ == "text/plain":
		for i, s := range lines {
			w.at = i
			w.line(corpus.EscapeMarkdown(s))
		}
	default:
		w.wikiText(lines)
	}
}

// markdown writes a Markdown tiddler's lines as they are, its headings
// below the tiddler's.
func (w *writer) markdown(lines []string) {
	code := false
	for i, s := range lines {
		w.at = i
		t := strings.TrimSpace(s)
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			code = !code
		} else if mdHeadingRE.MatchString(s) && !code {
			n := len(s) - len(strings.TrimLeft(s, "#"))
			s = strings.Repeat("#", min(n+w.depth, 6)) + s[n:]
		}
		w.line(s)
	}
}

var (
	mdHeadingRE = regexp.MustCompile(`^#{1,6}(?:\s|$)`)
	pragmaRE    = regexp.MustCompile(`^\\(?:define|procedure|function|widget|import|rules|whitespace|parameters)\b`)
	defineRE    = regexp.MustCompile(`^\\(define|procedure|function|widget)\s+([^\s(]+)\s*(?:\(([^)]*)\))?\s*(.*)$`)
	paramRE     = regexp.MustCompile(`([\w.-]+)\s*(?::\s*("""[\s\S]*?"""|"[^"]*"|'[^']*'|\[\[[^\]]*\]\]|[^\s,"']+))?`)
	argRE       = regexp.MustCompile(`(?:([\w.-]+)\s*:\s*)?("""[\s\S]*?"""|"[^"]*"|'[^']*'|\[\[[^\]]*\]\]|[^\s"']+)`)
	ruleRE      = regexp.MustCompile(`^-{3,}$`)
	classRE     = regexp.MustCompile(`^(?:\.[^\s.]+)+\s*`)
	openRE      = regexp.MustCompile(`(?:<[$a-zA-Z][\w.$-]*(?:\s[^<>]*)?|<<[^<>]*)$`)
	hiddenRE    = regexp.MustCompile(`(?i)^<(style|script)\b`)
	listRE      = regexp.MustCompile(`^\s*(?:[-*>] |\d+\. |\*\*)`)
)

// wikiText writes WikiText as Markdown: see the package's documentation.
func (w *writer) wikiText(lines []string) {
	w.macros = map[string]macro{}
	var code, quote, hard, comment bool
	hidden := "" // the end tag of a style or script element being left out
	for i := w.pragmas(lines); i < len(lines); i++ {
		w.at = i
		s := lines[i]
		t := strings.TrimSpace(s)
		if code {
			if strings.HasPrefix(t, "```") || t == "$$$" {
				code = false
				w.line("```")
			} else {
				w.line(s)
			}
			continue
		}
		if comment || strings.Contains(t, "<!--") {
			if t, comment = uncomment(t, comment); t == "" {
				continue // a comment's line is no blank line: the paragraph goes on
			}
		}
		if hidden != "" || hiddenRE.MatchString(t) {
			if hidden == "" {
				hidden = "</" + strings.ToLower(hiddenRE.FindStringSubmatch(t)[1])
			}
			if strings.Contains(strings.ToLower(t), hidden) {
				hidden = ""
			}
			continue
		}
		if !strings.HasPrefix(t, "<<<") {
			n := continued(t, lines, i)
			for _, next := range lines[i+1 : i+1+n] {
				t += " " + strings.TrimSpace(next)
			}
			i += n
		}
		switch {
		case t == "" && quote:
			w.line(">")
		case t == "":
			w.gap()
		case strings.HasPrefix(t, "```") || strings.HasPrefix(t, "$$$"):
			code = true
			w.gap()
			w.line("```")
		case strings.HasPrefix(t, "<<<"):
			if !quote {
				w.gap()
			} else if by := w.inline(t[3:]); by != "" {
				w.line("> — " + by) // the quote's source
			}
			quote = !quote
			if !quote {
				w.gap()
			}
		case quote:
			w.line("> " + w.inline(t))
		case t == `"""`:
			hard = !hard
			w.gap()
		case hard:
			w.line(w.inline(t) + "  ") // a hard line break
		case t[0] == '!':
			n := len(t) - len(strings.TrimLeft(t, "!"))
			w.gap()
			if h := w.inline(classRE.ReplaceAllString(t[n:], "")); h != "" {
				w.line(strings.Repeat("#", min(w.depth+n, 6)) + " " + h)
				w.gap()
			}
		case t[0] == '|':
			j := i + 1
			for j < len(lines) && strings.HasPrefix(strings.TrimSpace(lines[j]), "|") {
				j++
			}
			w.table(lines[i:j], i)
			i = j - 1
		case ruleRE.MatchString(t):
			w.gap()
			w.line("---")
			w.gap()
		case strings.IndexByte("*#;:>", t[0]) >= 0:
			w.listItem(t)
		default:
			if p := w.inline(t); p != "" {
				w.line(p)
			} else {
				w.gap() // a line of a macro call, a widget or a picture alone
			}
		}
	}
}

// pragmas reads the pragmas that open a tiddler's text ("\define",
// "\procedure", "\whitespace trim", "\import" …), keeps the macros simple
// enough to expand and returns the line after them.
func (w *writer) pragmas(lines []string) int {
	i := 0
	for i < len(lines) {
		t := strings.TrimSpace(lines[i])
		if t == "" || strings.HasPrefix(t, "<!--") && strings.HasSuffix(t, "-->") {
			i++
			continue
		}
		if !pragmaRE.MatchString(t) {
			break
		}
		i++
		m := defineRE.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		body := m[4]
		if body == "" { // the body is the lines up to its "\end"
			start, depth := i, 1
			for ; i < len(lines) && depth > 0; i++ {
				switch s := strings.TrimSpace(lines[i]); {
				case s == `\end` || strings.HasPrefix(s, `\end `):
					depth--
				case defineRE.MatchString(s) && defineRE.FindStringSubmatch(s)[4] == "":
					depth++
				}
			}
			var text []string
			for _, s := range lines[start:max(start, i-1)] {
				if s = strings.TrimSpace(s); s != "" {
					text = append(text, s)
				}
			}
			if len(text) != 1 {
				continue // a body of many lines is more than a name for some words
			}
			body = text[0]
		}
		if (m[1] == "define" || m[1] == "procedure") && !strings.Contains(body, "<<") &&
			!strings.Contains(body, "<$") && !strings.Contains(body, "{{") && !strings.Contains(body, "$(") {
			var ps []param
			for _, p := range paramRE.FindAllStringSubmatch(m[3], -1) {
				ps = append(ps, param{p[1], unquote(p[2])})
			}
			w.macros[m[2]] = macro{ps, body}
		}
	}
	return i
}

// continued returns how many lines after lines[i] an element or a macro
// call open at the end of t ("<$list filter=…") goes on over: 0 when none
// is open, or when it is not closed within maxJoin lines of text.
func continued(t string, lines []string, i int) int {
	if !openRE.MatchString(t) {
		return 0
	}
	for n := 1; n <= maxJoin && i+n < len(lines); n++ {
		s := strings.TrimSpace(lines[i+n])
		if s == "" {
			return 0
		}
		if strings.Contains(s, ">") {
			return n
		}
	}
	return 0
}

// uncomment is t without its comments, and whether a comment is open at
// its end; in says whether one was open at its start.
func uncomment(t string, in bool) (string, bool) {
	var b strings.Builder
	for {
		if in {
			j := strings.Index(t, "-->")
			if j < 0 {
				return strings.TrimSpace(b.String()), true
			}
			t, in = t[j+3:], false
			continue
		}
		j := strings.Index(t, "<!--")
		if j < 0 {
			b.WriteString(t)
			return strings.TrimSpace(b.String()), false
		}
		b.WriteString(t[:j])
		t, in = t[j+4:], true
	}
}

// listItem writes a line of a WikiText list ("** item", "# step", "; term",
// ": definition", "> quote") as a Markdown list's entry at its depth; a
// term is a bold question, its definition the paragraph under it.
func (w *writer) listItem(t string) {
	n := strings.IndexFunc(t, func(r rune) bool { return !strings.ContainsRune("*#;:>", r) })
	if n < 0 {
		return // marks alone
	}
	marks := t[:n]
	text := w.inline(classRE.ReplaceAllString(t[n:], ""))
	if text == "" {
		return
	}
	if last := w.l.Last(); last != "" && !listRE.MatchString(last) {
		w.gap() // a list after a paragraph is a block of its own
	}
	indent := strings.Repeat("  ", len(marks)-1)
	switch marks[len(marks)-1] {
	case '#':
		w.line(indent + "1. " + text)
	case ';':
		w.gap()
		w.line("**" + text + "**")
	case ':':
		w.line(text)
		w.gap()
	case '>':
		w.line("> " + text)
	default:
		w.line(indent + "- " + text)
	}
}

// row is a row of a WikiText table and the line of the text it is on.
type row struct {
	cells []string
	at    int
}

// table writes the lines of a WikiText table, the first line first of
// the text, as a Markdown table: its caption ("|Timeline|c") a paragraph
// before it, its header row the row marked so ("|Date |Event |h") or a
// first row of header cells ("|!Date |!Event |"); a table without one is
// given an empty one. A row of classes ("|.wide|k") is left out.
func (w *writer) table(lines []string, first int) {
	var header *row
	var rows []row
	cols := 0
	for k, s := range lines {
		w.at = first + k
		raw, kind := cells(strings.TrimSpace(s))
		if kind == "k" || rule(raw) {
			continue
		}
		r := row{at: first + k}
		heads := 0
		for _, c := range raw {
			c = strings.TrimSpace(c)
			if strings.HasPrefix(c, "!") {
				c, heads = c[1:], heads+1
			}
			if c == ">" || c == "<" || c == "~" {
				c = "" // a cell merged with the one beside or above it
			}
			r.cells = append(r.cells, strings.ReplaceAll(w.inline(c), "|", "/"))
		}
		switch {
		case kind == "c":
			if c := strings.Join(r.cells, " "); strings.TrimSpace(c) != "" {
				w.gap()
				w.line(strings.TrimSpace(c))
				w.gap()
			}
			continue
		case header == nil && len(rows) == 0 && (kind == "h" || heads == len(raw)):
			header = &r
		default:
			rows = append(rows, r)
		}
		cols = max(cols, len(r.cells))
	}
	if header == nil && len(rows) == 0 {
		return
	}
	w.gap()
	if header != nil {
		w.at = header.at
		w.line(tableRow(header.cells, cols))
	} else {
		w.at = rows[0].at
		w.line(tableRow(nil, cols))
	}
	w.line("|" + strings.Repeat(" --- |", cols))
	for _, r := range rows {
		w.at = r.at
		w.line(tableRow(r.cells, cols))
	}
	w.gap()
}

// tableRow writes cells as a row of a Markdown table of cols columns.
func tableRow(cells []string, cols int) string {
	for len(cells) < cols {
		cells = append(cells, "")
	}
	return "| " + strings.Join(cells, " | ") + " |"
}

// cells splits a line of a WikiText table ("|!Date |[[Kheda|Kheda 1918]] |h")
// into its cells, a bar inside a link, a transclusion or a macro call no
// cell's end, and its kind: "h" header, "c" caption, "f" footer, "k"
// classes, "" a row of the body.
func cells(t string) ([]string, string) {
	kind := ""
	if n := len(t); n >= 2 && t[n-2] == '|' && strings.IndexByte("hcfk", t[n-1]) >= 0 {
		kind, t = t[n-1:], t[:n-1]
	}
	t = strings.TrimSuffix(strings.TrimPrefix(t, "|"), "|")
	var out []string
	depth, start := 0, 0
	for i := 0; i < len(t); i++ {
		switch s := t[i:]; {
		case strings.HasPrefix(s, "[[") || strings.HasPrefix(s, "{{") || strings.HasPrefix(s, "<<"):
			depth++
			i++
		case strings.HasPrefix(s, "[ext[") || strings.HasPrefix(s, "[img"):
			depth++
		case depth > 0 && (strings.HasPrefix(s, "]]") || strings.HasPrefix(s, "}}") || strings.HasPrefix(s, ">>")):
			depth--
			i++
		case t[i] == '|' && depth == 0:
			out = append(out, t[start:i])
			start = i + 1
		}
	}
	return append(out, t[start:]), kind
}

// rule reports whether cells are a Markdown table's rule ("|---|:--|"),
// typed into WikiText by habit.
func rule(cells []string) bool {
	for _, c := range cells {
		if strings.Trim(strings.TrimSpace(c), ":-") != "" || !strings.Contains(c, "-") {
			return false
		}
	}
	return true
}

var (
	codeSpanRE   = regexp.MustCompile("`[^`]+`")
	callRE       = regexp.MustCompile(`<<([^\s<>]+)([^<>]*)>>`)
	transcludeRE = regexp.MustCompile(`\{\{\{.*?\}\}\}|\{\{[^{}]*\}\}`)
	imageRE      = regexp.MustCompile(`\[img[^\[\]]*\[[^\]]*\]\]`)
	extLinkRE    = regexp.MustCompile(`\[ext\[([^\]|]*)(?:\|[^\]]*)?\]\]`)
	linkRE       = regexp.MustCompile(`\[\[([^\]|]*)(?:\|[^\]]*)?\]\]`)
	tagRE        = regexp.MustCompile(`</?[a-zA-Z$][\w.$-]*(?:\s[^<>]*)?/?>`)
	breakRE      = regexp.MustCompile(`(?i)^<br\b`)
	styleRE      = regexp.MustCompile(`@@(?:\.[\w-]+\s*|[\w-]+:[^;@]*;\s*)*`)
	entityRE     = regexp.MustCompile(`(?i)&(?:#\d{1,7}|#x[0-9a-f]{1,6}|[a-z][a-z\d]{1,31});`)
	italicRE     = regexp.MustCompile(`(^|[^:])//`)
	dashRE       = regexp.MustCompile(`-{2,}`)
	marksRep     = strings.NewReplacer("''", "**", "__", "", "^^", "", ",,", "")
)

// inline is a line of WikiText with its formatting read: bold and italic
// as Markdown's, strikethrough kept, underline, superscript, subscript and
// styles left out; links by the text they show; the macros the tiddler
// defines expanded, other macros, transclusions, pictures and the tags of
// widgets and HTML left out; "--" and "---" dashes; code as it is.
func (w *writer) inline(s string) string {
	var b strings.Builder
	last := 0
	for _, m := range codeSpanRE.FindAllStringIndex(s, -1) {
		b.WriteString(w.markup(s[last:m[0]]))
		b.WriteString(s[m[0]:m[1]])
		last = m[1]
	}
	b.WriteString(w.markup(s[last:]))
	return corpus.EscapeMarkdown(strings.Join(strings.Fields(b.String()), " "))
}

// markup reads the formatting of WikiText outside code (see inline).
func (w *writer) markup(s string) string {
	if strings.Contains(s, "<<") {
		s = callRE.ReplaceAllStringFunc(s, w.expand)
	}
	s = transcludeRE.ReplaceAllString(s, "")
	s = imageRE.ReplaceAllString(s, "")
	s = extLinkRE.ReplaceAllString(s, "$1")
	s = linkRE.ReplaceAllString(s, "$1")
	s = tagRE.ReplaceAllStringFunc(s, func(tag string) string {
		if breakRE.MatchString(tag) {
			return " "
		}
		return ""
	})
	s = styleRE.ReplaceAllString(s, "")
	s = entityRE.ReplaceAllStringFunc(s, html.UnescapeString)
	s = italicRE.ReplaceAllString(marksRep.Replace(s), "$1*") // not the "//" of a URL
	return dashRE.ReplaceAllStringFunc(s, func(d string) string {
		if len(d) == 2 {
			return "–"
		}
		return "—"
	})
}

// expand is the text of a macro call, "<<name arg name:"arg">>", when the
// tiddler defines the macro simply (see macro), else "".
func (w *writer) expand(call string) string {
	m := callRE.FindStringSubmatch(call)
	mac, ok := w.macros[m[1]]
	if !ok {
		return ""
	}
	named := map[string]string{}
	var pos []string
	for _, a := range argRE.FindAllStringSubmatch(m[2], -1) {
		if a[1] != "" {
			named[a[1]] = unquote(a[2])
		} else {
			pos = append(pos, unquote(a[2]))
		}
	}
	body := mac.body
	for _, p := range mac.params {
		v, ok := named[p.name]
		switch {
		case ok:
		case len(pos) > 0:
			v, pos = pos[0], pos[1:]
		default:
			v = p.def
		}
		token := "$" + p.name + "$"
		if n := strings.Count(body, token); n > 0 {
			if len(body)+n*(len(v)-len(token)) > *w.budget {
				return ""
			}
			body = strings.ReplaceAll(body, token, v)
		}
	}
	if len(body) > *w.budget {
		return ""
	}
	*w.budget -= len(body)
	return body
}

// unquote is a macro's argument without its quotes: "a", 'a', """a""" or
// [[a]].
func unquote(v string) string {
	for _, q := range [][2]string{{`"""`, `"""`}, {`"`, `"`}, {`'`, `'`}, {"[[", "]]"}} {
		if len(v) >= len(q[0])+len(q[1]) && strings.HasPrefix(v, q[0]) && strings.HasSuffix(v, q[1]) {
			return v[len(q[0]) : len(v)-len(q[1])]
		}
	}
	return v
}
