// Package latex reads notes written in LaTeX (.tex), as students type up
// a class in Overleaf or a TeX editor, from their source. Importing it
// registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/latex"
//
// # Markdown
//
// \title titles the document (else its file's name); what is between
// \begin{document} and \end{document} is read, the preamble for its
// title and the commands it defines. \chapter, \section, \subsection
// and \subsubsection (starred or not) are sections at their depth,
// \paragraph a run-in bold lead; itemize and enumerate are lists,
// description a list of terms in bold; a tabular (tabularx, longtable)
// is a table whose first row is its header, rules and \multicolumn
// read as the text they hold; quote, quotation and verse are quotes,
// verbatim and lstlisting code; a caption is a paragraph, a footnote is
// read in brackets where it is cited. \textbf is bold and \emph, \textit
// italic; other text commands (\textcolor, \underline, \href) are read as
// the text they show, commands the preamble defines (\newcommand,
// \renewcommand) as they expand, commands of layout (\vspace, \label,
// \ref, \cite, \includegraphics) and comments (% …, the comment
// environment) are left out. Each line's place is its line in the file.
//
// # Bounds
//
// A file is read within MaxBytes; groups nest at most maxDepth deep, and
// defined commands expand at most maxExpansions times.
package latex

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "LaTeX source",
		Extensions: []string{".tex", ".latex"},
		Convert:    Convert,
	})
}

// Limits on one file.
const (
	MaxBytes      = 10 << 20
	maxDepth      = 64
	maxExpansions = 100_000
)

// Convert writes a LaTeX file as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("LaTeX file too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	if !utf8.Valid(data) {
		return corpus.Converted{}, errors.New("not UTF-8 text: save the .tex file as UTF-8")
	}
	src := withoutComments(strings.ReplaceAll(string(data), "\r\n", "\n"))
	r := &reader{macros: map[string]macro{}}
	body, at := src, 1
	if i := strings.Index(src, `\begin{document}`); i < 0 {
		r.preamble(src)
	} else {
		r.preamble(src[:i])
		at = 1 + strings.Count(src[:i], "\n")
		body = src[i+len(`\begin{document}`):]
		if j := strings.Index(body, `\end{document}`); j >= 0 {
			body = body[:j]
		}
	}
	r.chapters = strings.Contains(body, `\chapter`)
	if r.title != "" {
		r.out.Line("# "+corpus.EscapeMarkdown(r.title), 1)
		r.out.Gap(1)
	}
	r.block(body, at)
	r.paragraph()
	if r.err != nil {
		return corpus.Converted{}, r.err
	}
	if !r.text {
		return corpus.Converted{}, errors.New("the LaTeX file has no text in its document")
	}
	c := r.out.Converted(true, "line")
	c.TitledByName = r.title == ""
	return c, nil
}

// withoutComments is src without its comments: from a "%" that no
// backslash escapes to the end of its line, and comment environments'
// lines (their line breaks kept, so lines keep their numbers).
func withoutComments(src string) string {
	var b strings.Builder
	inComment := false
	for line := range strings.Lines(src) {
		nl := strings.HasSuffix(line, "\n")
		line = strings.TrimSuffix(line, "\n")
		switch t := strings.TrimSpace(line); {
		case t == `\begin{comment}`:
			inComment, line = true, ""
		case inComment:
			inComment, line = t != `\end{comment}`, ""
		default:
			for i := 0; i < len(line); i++ {
				if line[i] == '\\' {
					i++
				} else if line[i] == '%' {
					line = line[:i]
					break
				}
			}
		}
		b.WriteString(line)
		if nl {
			b.WriteByte('\n')
		}
	}
	return b.String()
}

// macro is a command the preamble defines: its number of arguments and
// what it expands to ("#1" the first).
type macro struct {
	args int
	body string
}

// reader writes a document's body as Markdown lines.
type reader struct {
	out      corpus.Lines
	title    string
	macros   map[string]macro
	chapters bool // sections are a level below chapters
	text     bool // text was written

	line   strings.Builder // the line being written
	lineAt int             // its place
	quote  int             // quotes open
	lists  []list          // lists open, the innermost last

	depth, expansions int
	inlineOnly        bool // an argument, read on one line
	err               error
}

type list struct {
	kind string // itemize, enumerate or description
	n    int    // items so far
}

var defineRE = regexp.MustCompile(`\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*(?:\[(\d)\])?\s*(?:\[[^\]]*\])?\s*\{|\\def\\([A-Za-z]+)\s*((?:#\d)*)\s*\{`)

// preamble reads the title and the commands the preamble defines.
func (r *reader) preamble(src string) {
	for _, m := range defineRE.FindAllStringSubmatchIndex(src, -1) {
		var name string
		args := 0
		switch {
		case m[2] >= 0: // \newcommand{\name}[args]{body}
			name = src[m[2]:m[3]]
			if m[4] >= 0 {
				args, _ = strconv.Atoi(src[m[4]:m[5]])
			}
		default: // \def\name#1#2{body}
			name, args = src[m[6]:m[7]], strings.Count(src[m[8]:m[9]], "#")
		}
		body, _ := group(src, m[1]-1)
		r.macros[name] = macro{args, body}
	}
	if i := strings.Index(src, `\title`); i >= 0 {
		rest := src[i+len(`\title`):]
		rest = strings.TrimLeft(rest, " \t\n")
		if strings.HasPrefix(rest, "[") {
			_, n := bracket(rest, 0)
			rest = strings.TrimLeft(rest[n:], " \t\n")
		}
		if t, _ := group(rest, 0); t != "" {
			r.title = corpus.OneLine(r.inline(strings.ReplaceAll(t, `\\`, " ")))
		}
	}
}

// group returns the text of the braced group at src[i] ("{…}", nested
// groups whole) and the index after it; ("", i) when none is there.
func group(src string, i int) (string, int) { return enclosed(src, i, '{', '}') }

// bracket is group for an optional argument in square brackets.
func bracket(src string, i int) (string, int) { return enclosed(src, i, '[', ']') }

// enclosed returns the text between the open mark at src[i] and the close
// mark that ends it outside any braced group, and the index after it; ("",
// i) when src[i] is no open mark.
func enclosed(src string, i int, open, close byte) (string, int) {
	if i >= len(src) || src[i] != open {
		return "", i
	}
	depth := 0 // of braces
	for j := i; j < len(src); j++ {
		switch c := src[j]; {
		case c == '\\':
			j++
		case c == '{':
			depth++
		case c == '}':
			if depth--; close == '}' && depth == 0 {
				return src[i+1 : j], j + 1
			}
		case c == close && depth == 0:
			return src[i+1 : j], j + 1
		}
	}
	return src[i+1:], len(src)
}

// sectionLevels are the Markdown heading levels of the sectioning
// commands, in a document without chapters.
var sectionLevels = map[string]int{"part": 2, "chapter": 2, "section": 2, "subsection": 3, "subsubsection": 4}

// dropped are commands left out with their arguments: layout,
// references, pictures and the preamble's leftovers.
var dropped = map[string]int{
	"label": 1, "ref": 1, "eqref": 1, "pageref": 1, "cite": 1, "citep": 1, "citet": 1, "vspace": 1, "hspace": 1,
	"includegraphics": 1, "setlength": 2, "addtolength": 2, "setcounter": 2, "addtocounter": 2, "pagestyle": 1,
	"thispagestyle": 1, "addcontentsline": 3, "bibliography": 1, "bibliographystyle": 1, "input": 1, "include": 1,
	"usepackage": 1, "documentclass": 1, "newpage": 0, "clearpage": 0, "maketitle": 0, "tableofcontents": 0,
	"listoftables": 0, "listoffigures": 0, "noindent": 0, "centering": 0, "bigskip": 0, "medskip": 0, "smallskip": 0,
	"par": 0, "hline": 0, "toprule": 0, "midrule": 0, "bottomrule": 0, "cline": 1, "cmidrule": 1, "newline": 0,
	"linebreak": 0, "pagebreak": 0, "footnotemark": 0, "footnotetext": 1, "small": 0, "footnotesize": 0, "large": 0,
	"Large": 0, "LARGE": 0, "huge": 0, "Huge": 0, "normalsize": 0, "tiny": 0, "scriptsize": 0, "bfseries": 0,
	"itshape": 0, "ttfamily": 0, "rmfamily": 0, "sffamily": 0, "em": 0, "bf": 0, "it": 0, "tt": 0, "hfill": 0,
	"vfill": 0, "quad": 0, "qquad": 0, "index": 1, "rowcolor": 1, "cellcolor": 1, "color": 1, "arraystretch": 0,
}

// symbols are commands that stand for a character.
var symbols = map[string]string{
	"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": " ", ";": " ", "!": "",
	"/": "", "-": "", "ldots": "…", "dots": "…", "textellipsis": "…", "LaTeX": "LaTeX", "TeX": "TeX", "S": "§",
	"textasciitilde": "~", "textbackslash": `\`, "times": "×", "textendash": "–", "textemdash": "—", "rightarrow": "→",
	"to": "→", "leftarrow": "←", "Rightarrow": "⇒", "approx": "≈", "leq": "≤", "geq": "≥", "pm": "±", "degree": "°",
	"textdegree": "°", "pounds": "£", "euro": "€", "checkmark": "✓", "textbullet": "•", "slash": "/",
}

// emphasis are the text commands written as Markdown's emphasis.
var emphasis = map[string]string{"textbf": "**", "emph": "*", "textit": "*", "textsl": "*"}

// block reads src, a part of the body starting at line at, as blocks.
func (r *reader) block(src string, at int) {
	if r.depth++; r.depth > maxDepth {
		r.fail(errors.New("LaTeX groups nested too deep"))
	}
	defer func() { r.depth-- }()
	for i := 0; i < len(src) && r.err == nil; {
		c := src[i]
		switch {
		case c == '\n':
			j := i + 1
			for j < len(src) && (src[j] == ' ' || src[j] == '\t') {
				j++
			}
			if j < len(src) && src[j] == '\n' {
				r.paragraph()
			} else {
				r.write(" ", at)
			}
			at++
			i++
		case c == '\\':
			n := r.command(src, i, at)
			at += strings.Count(src[i:n], "\n")
			i = n
		case c == '{':
			g, n := group(src, i)
			r.write(r.inline(g), at)
			at += strings.Count(src[i:n], "\n")
			i = n
		case c == '$':
			m, n := math(src, i)
			r.write(m, at)
			at += strings.Count(src[i:n], "\n")
			i = n
		case c == '}' || c == '&':
			r.write(" ", at)
			i++
		case c == '~':
			r.write(" ", at)
			i++
		default:
			j := i + 1
			for j < len(src) && !strings.ContainsRune("\n\\{}$&~", rune(src[j])) {
				j++
			}
			r.write(dashes.Replace(src[i:j]), at)
			i = j
		}
	}
}

// dashes writes TeX's ligatures as the characters they make.
var dashes = strings.NewReplacer("---", "—", "--", "–", "``", "“", "''", "”", "`", "‘")

// math returns the text of the math at src[i] ("$…$", "$$…$$") and the
// index after it.
func math(src string, i int) (string, int) {
	delim := "$"
	if strings.HasPrefix(src[i:], "$$") {
		delim = "$$"
	}
	start := i + len(delim)
	end := strings.Index(src[start:], delim)
	if end < 0 {
		return "$", i + 1 // a dollar sign, not math
	}
	m := src[start : start+end]
	m = mathRep.Replace(m)
	return strings.Join(strings.Fields(m), " "), start + end + len(delim)
}

var mathRep = strings.NewReplacer(`\times`, "×", `\approx`, "≈", `\sim`, "~", `\leq`, "≤", `\geq`, "≥", `\%`, "%",
	`\rightarrow`, "→", `\to`, "→", `\pm`, "±", `\circ`, "°", `^{\circ}`, "°", "^", "", "_", "", "{", "", "}", "", `\,`, " ", `\ `, " ")

// command reads the command at src[i] and returns the index after it
// (and after its arguments).
func (r *reader) command(src string, i, at int) int {
	name, n := commandName(src, i)
	if s, ok := symbols[name]; ok {
		r.write(s, at)
		return n
	}
	if n < len(src) && src[n] == '*' && len(name) > 1 {
		n++ // \section*: unnumbered, read alike
	}
	switch {
	case name == `\`:
		if _, m := bracket(src, skipSpace(src, n)); m > skipSpace(src, n) {
			n = m
		}
		r.newline()
		return n
	case name == "begin":
		return r.environment(src, n, at)
	case name == "newcommand" || name == "renewcommand" || name == "providecommand" || name == "def":
		return definitionEnd(src, n)
	case name == "end":
		_, m := group(src, skipSpace(src, n))
		return m
	case name == "item":
		label, m := bracket(src, skipSpace(src, n))
		r.item(r.inline(label), at)
		return m
	case sectionLevels[name] > 0:
		_, m := bracket(src, skipSpace(src, n))
		title, m := group(src, skipSpace(src, m))
		level := sectionLevels[name]
		if r.chapters && name != "chapter" && name != "part" {
			level++
		}
		r.paragraph()
		r.out.Line(strings.Repeat("#", min(level, 6))+" "+corpus.EscapeMarkdown(corpus.OneLine(r.inline(title))), at)
		r.out.Gap(at)
		r.text = true
		return m
	case name == "paragraph" || name == "subparagraph":
		title, m := group(src, skipSpace(src, n))
		r.paragraph()
		r.write("**"+corpus.OneLine(r.inline(title))+"** ", at)
		return m
	case name == "caption":
		_, m := bracket(src, skipSpace(src, n))
		text, m := group(src, skipSpace(src, m))
		r.paragraph()
		r.write(r.inline(text), at)
		r.paragraph()
		return m
	case name == "footnote":
		_, m := bracket(src, skipSpace(src, n))
		text, m := group(src, m)
		r.write(" ("+corpus.OneLine(r.inline(text))+")", at)
		return m
	case emphasis[name] != "":
		text, m := group(src, skipSpace(src, n))
		if t := strings.TrimSpace(r.inline(text)); t != "" {
			r.write(emphasis[name]+t+emphasis[name], at)
		}
		return m
	case name == "href" || name == "textcolor" || name == "colorbox" || name == "multirow":
		// the text shown is the last argument: \href{url}{text}
		return r.lastArgument(src, n, at, map[string]int{"href": 2, "textcolor": 2, "colorbox": 2, "multirow": 3}[name])
	case name == "multicolumn":
		return r.lastArgument(src, n, at, 3)
	}
	if args, ok := dropped[name]; ok {
		for range args {
			_, n = bracket(src, skipSpace(src, n))
			_, n = group(src, skipSpace(src, n))
		}
		return n
	}
	if m, ok := r.macros[name]; ok {
		return r.expand(src, n, at, m)
	}
	// Another command: the text of its arguments (\underline{…},
	// \textsc{…}, \mbox{…}, \url{…}), or nothing.
	for {
		s := n
		if n < len(src) && src[n] == '[' {
			_, n = bracket(src, n)
		}
		if n >= len(src) || src[n] != '{' {
			return s
		}
		text, m := group(src, n)
		r.write(r.inline(text), at)
		n = m
	}
}

// lastArgument reads args arguments and writes the last one's text.
func (r *reader) lastArgument(src string, n, at, args int) int {
	var text string
	for range args {
		_, n = bracket(src, skipSpace(src, n))
		text, n = group(src, skipSpace(src, n))
	}
	r.write(r.inline(text), at)
	return n
}

// expand writes a defined command's expansion with its arguments.
func (r *reader) expand(src string, n, at int, m macro) int {
	if r.expansions++; r.expansions > maxExpansions {
		r.fail(errors.New("LaTeX commands expand too many times"))
		return len(src)
	}
	body := m.body
	for k := 1; k <= m.args; k++ {
		arg, next := group(src, skipSpace(src, n))
		if next == skipSpace(src, n) && next < len(src) { // an argument without braces: one token
			arg, next = src[next:next+1], next+1
		}
		n = next
		body = strings.ReplaceAll(body, "#"+strconv.Itoa(k), arg)
	}
	r.write(r.inline(body), at)
	return n
}

// commandName returns the name of the command at src[i] (letters, or one
// other character) and the index after it.
func commandName(src string, i int) (string, int) {
	j := i + 1
	for j < len(src) && (src[j] >= 'a' && src[j] <= 'z' || src[j] >= 'A' && src[j] <= 'Z') {
		j++
	}
	if j == i+1 && j < len(src) {
		_, size := utf8.DecodeRuneInString(src[j:])
		j += size
	}
	return src[i+1 : j], j
}

func skipSpace(src string, i int) int {
	for i < len(src) && (src[i] == ' ' || src[i] == '\t') {
		i++
	}
	return i
}

// environment reads the environment whose \begin is read, from its name
// at src[n], and returns the index after its \end.
func (r *reader) environment(src string, n, at int) int {
	name, n := group(src, skipSpace(src, n))
	end := `\end{` + name + `}`
	stop := strings.Index(src[n:], end)
	if stop < 0 {
		stop = len(src) - n
	}
	inner, after := src[n:n+stop], min(n+stop+len(end), len(src))
	innerAt := at
	switch base := strings.TrimSuffix(name, "*"); base {
	case "itemize", "enumerate", "description", "compactitem", "compactenum", "inparaenum":
		r.newline()
		if len(r.lists) == 0 {
			r.paragraph()
		}
		r.lists = append(r.lists, list{kind: base})
		_, skip := bracket(inner, skipSpace(inner, 0)) // options: [noitemsep]
		r.block(inner[skip:], innerAt+strings.Count(inner[:skip], "\n"))
		r.newline()
		r.lists = r.lists[:len(r.lists)-1]
		if len(r.lists) == 0 {
			r.paragraph()
		}
	case "tabular", "tabularx", "longtable", "tabulary", "array":
		r.table(inner, innerAt, base)
	case "quote", "quotation", "verse":
		r.paragraph()
		r.quote++
		r.block(inner, innerAt)
		r.paragraph()
		r.quote--
	case "verbatim", "lstlisting", "minted", "Verbatim":
		r.paragraph()
		r.out.Line("```", innerAt)
		for i, l := range strings.Split(strings.Trim(inner, "\n"), "\n") {
			r.out.Line(l, innerAt+1+i)
		}
		r.out.Line("```", innerAt)
		r.out.Gap(innerAt)
	case "equation", "align", "gather", "displaymath", "math", "eqnarray", "tikzpicture", "figure*", "thebibliography":
		if base == "equation" || base == "align" || base == "gather" || base == "displaymath" {
			m, _ := math("$"+inner+"$", 0)
			r.write(" "+m+" ", innerAt)
		}
	default:
		// table, figure, center, minipage, abstract, a box: what it holds,
		// a box's title (tcolorbox's title=…) a bold line over it.
		opts, skip := bracket(inner, skipSpace(inner, 0))
		if m := boxTitleRE.FindStringSubmatch(opts); m != nil {
			r.paragraph()
			r.write("**"+corpus.OneLine(r.inline(strings.Trim(m[1], "{}")))+"**", innerAt)
			r.paragraph()
		}
		if base == "minipage" {
			_, skip = group(inner, skipSpace(inner, skip)) // its width
		}
		r.block(inner[skip:], innerAt+strings.Count(inner[:skip], "\n"))
	}
	return after
}

var ruleRE = regexp.MustCompile(`^\\(?:toprule|midrule|bottomrule|hline|cline\{[^}]*\}|cmidrule(?:\([^)]*\))?\{[^}]*\})(?:\[[^\]]*\])?`)

var boxTitleRE = regexp.MustCompile(`title\s*=\s*(\{[^}]*\}|[^,\]]+)`)

// table writes a tabular's rows as a Markdown table, its first row the
// header.
func (r *reader) table(inner string, at int, kind string) {
	skip := skipSpace(inner, 0)
	if kind == "tabularx" || kind == "tabular*" {
		_, skip = group(inner, skip) // the width
	}
	_, skip = bracket(inner, skipSpace(inner, skip))
	_, skip = group(inner, skipSpace(inner, skip)) // the column spec
	at += strings.Count(inner[:skip], "\n")
	r.paragraph()
	header := true
	for _, row := range split(inner[skip:], `\\`) {
		rowAt := at
		at += strings.Count(row, "\n")
		for lead := ""; lead != row; { // the rules over the row: \midrule
			lead = row
			row = strings.TrimLeft(row, " \t")
			if strings.HasPrefix(row, "\n") {
				row, rowAt = row[1:], rowAt+1
			} else if m := ruleRE.FindString(row); m != "" {
				row = row[len(m):]
			}
		}
		if strings.HasPrefix(row, "[") {
			_, n := bracket(row, 0)
			row = row[n:]
		}
		var cells []string
		empty := true
		for _, cell := range split(row, "&") {
			t := strings.ReplaceAll(corpus.OneLine(r.inline(cell)), "|", "/")
			empty = empty && t == ""
			cells = append(cells, t)
		}
		if empty {
			continue
		}
		r.out.Line("| "+strings.Join(cells, " | ")+" |", rowAt)
		if header {
			r.out.Line("|"+strings.Repeat(" --- |", len(cells)), rowAt)
			header = false
		}
		r.text = true
	}
	r.out.Gap(at)
}

// split splits s at sep where no group holds it and no backslash escapes
// it ("\&" is text).
func split(s, sep string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], sep) && depth == 0:
			out = append(out, s[from:i])
			i += len(sep) - 1
			from = i + 1
		case s[i] == '\\':
			i++
		case s[i] == '{':
			depth++
		case s[i] == '}':
			depth--
		}
	}
	return append(out, s[from:])
}

// inline is the text of src read on one line: a command's argument.
func (r *reader) inline(src string) string {
	sub := &reader{macros: r.macros, depth: r.depth, expansions: r.expansions, inlineOnly: true}
	sub.block(strings.ReplaceAll(src, "\n", " "), 1)
	r.expansions = sub.expansions
	if sub.err != nil {
		r.fail(sub.err)
	}
	return strings.TrimSpace(corpus.OneLine(sub.line.String()))
}

// definitionEnd returns the index after a definition whose command
// (\newcommand, \def) is read up to n: its name, arguments and body.
func definitionEnd(src string, n int) int {
	n = skipSpace(src, n)
	if n < len(src) && src[n] == '*' {
		n++
	}
	if _, m := group(src, skipSpace(src, n)); m > skipSpace(src, n) {
		n = m // {\name}
	} else if n < len(src) && src[n] == '\\' {
		_, n = commandName(src, n) // \name
	}
	for n = skipSpace(src, n); n < len(src) && (src[n] == '[' || src[n] == '#'); n = skipSpace(src, n) {
		if src[n] == '#' {
			n += min(2, len(src)-n) // \def's #1
		} else {
			_, n = bracket(src, n)
		}
	}
	_, n = group(src, n)
	return n
}

// write adds inline text to the line being written, from place at.
func (r *reader) write(s string, at int) {
	if r.line.Len() == 0 {
		if strings.TrimSpace(s) == "" {
			return
		}
		r.lineAt = at
		s = strings.TrimLeft(s, " ")
	}
	r.line.WriteString(s)
}

// newline ends the line being written; in an argument read inline, it
// is a space.
func (r *reader) newline() {
	if r.inlineOnly {
		r.line.WriteByte(' ')
		return
	}
	t := strings.TrimRight(oneLinePreserving(r.line.String()), " ")
	r.line.Reset()
	if t == "" {
		return
	}
	r.text = true
	if r.quote > 0 {
		t = "> " + t
	}
	r.out.Line(t, r.lineAt)
}

// paragraph ends the line being written and the paragraph.
func (r *reader) paragraph() {
	at := r.lineAt
	r.newline()
	if len(r.lists) == 0 {
		r.out.Gap(at)
	}
}

// item starts an entry of the innermost list, labelled by label
// (\item[label]).
func (r *reader) item(label string, at int) {
	r.newline()
	if r.inlineOnly {
		return
	}
	marker := "- "
	if len(r.lists) > 0 {
		l := &r.lists[len(r.lists)-1]
		l.n++
		marker = strings.Repeat("  ", len(r.lists)-1) + marker
		switch {
		case l.kind == "description" || label != "":
			marker += "**" + strings.TrimSuffix(label, ":") + ":** "
		case l.kind == "enumerate" || l.kind == "compactenum" || l.kind == "inparaenum":
			marker = strings.Repeat("  ", len(r.lists)-1) + strconv.Itoa(l.n) + ". "
		}
	}
	r.line.WriteString(marker)
	r.lineAt = at
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// oneLinePreserving folds the spaces of s but for its indent (a nested
// list entry's).
func oneLinePreserving(s string) string {
	indent := len(s) - len(strings.TrimLeft(s, " "))
	return s[:indent] + corpus.OneLine(s)
}
