package bibtex

import (
	"strings"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"
)

// parBreak stands in text for a paragraph break that is no blank line
// (\par), so that text keeps a line for each line of the value.
const parBreak = "\u2029"

// tex is the text that raw, a value as the file holds it, shows: braces
// (which protect case) left out, accents on their letters ({\'e},
// \"{o}, \~n, \={a}), escapes as the characters they escape (\& \% \_
// \$), TeX's ligatures as the characters they make (-- ---, “quotes”),
// text commands (\textit, \emph, \textbf, \mbox) as their text, \url as
// its address, \href as the text it shows, \enquote in quotes; commands
// of layout and references (\cite, \label) and math's dollars are left
// out, ~ is a space. Its lines are raw's lines, one for one; \par is
// parBreak.
func tex(raw string) string {
	if !strings.ContainsAny(raw, "{}~$\\-`'") {
		return norm.NFC.String(raw) // no TeX: most lines of a comment
	}
	w := texWriter{raw: raw}
	w.b.Grow(len(raw))
	for w.i < len(raw) {
		c := raw[w.i]
		switch {
		case c == '{':
			w.depth++
			w.i++
		case c == '}':
			if n := len(w.closers); n > 0 && w.closers[n-1].depth == w.depth {
				w.b.WriteString(w.closers[n-1].text)
				w.closers = w.closers[:n-1]
			}
			w.depth--
			w.i++
		case c == '~':
			w.b.WriteByte(' ')
			w.i++
		case c == '$':
			w.i++ // math's delimiter
		case c == '\\':
			w.command()
		case c == '-' || c == '`' || c == '\'':
			w.ligature()
		default:
			w.b.WriteByte(c)
			w.i++
		}
	}
	return norm.NFC.String(w.b.String())
}

// texWriter writes the text of raw.
type texWriter struct {
	raw     string
	i       int
	b       strings.Builder
	depth   int      // of braces
	closers []closer // what to write where a group closes: \enquote's quote
}

type closer struct {
	depth int
	text  string
}

// ligatures are TeX's, longest first.
var ligatures = []struct{ from, to string }{
	{"---", "—"}, {"--", "–"}, {"``", "“"}, {"''", "”"}, {"`", "‘"},
}

func (w *texWriter) ligature() {
	for _, l := range ligatures {
		if strings.HasPrefix(w.raw[w.i:], l.from) {
			w.b.WriteString(l.to)
			w.i += len(l.from)
			return
		}
	}
	w.b.WriteByte(w.raw[w.i])
	w.i++
}

// accents are the combining marks of LaTeX's accent commands.
var accents = map[string]rune{
	"`": '\u0300', "'": '\u0301', "^": '\u0302', "~": '\u0303', "=": '\u0304', "u": '\u0306', ".": '\u0307',
	`"`: '\u0308', "r": '\u030A', "H": '\u030B', "v": '\u030C', "d": '\u0323', "c": '\u0327', "k": '\u0328',
	"b": '\u0331', "t": '\u0361',
}

// symbols are the commands that stand for a character or nothing.
var symbols = map[string]string{
	"&": "&", "%": "%", "$": "$", "#": "#", "_": "_", "{": "{", "}": "}", " ": " ", ",": " ", ";": " ", ":": " ",
	"!": "", "/": "", "-": "", "@": "", "(": "", ")": "", "[": "", "]": "", "|": "‖", "\n": "\n", "\t": " ",
	"i": "ı", "j": "ȷ", "ss": "ß", "o": "ø", "O": "Ø", "ae": "æ", "AE": "Æ", "oe": "œ", "OE": "Œ", "aa": "å",
	"AA": "Å", "l": "ł", "L": "Ł", "S": "§", "P": "¶", "dag": "†", "ddag": "‡", "copyright": "©",
	"textcopyright": "©", "textregistered": "®", "texttrademark": "™", "pounds": "£", "textsterling": "£",
	"euro": "€", "texteuro": "€", "textrupee": "₹", "rupee": "₹", "ldots": "…", "dots": "…", "textellipsis": "…",
	"textendash": "–", "textemdash": "—", "textquoteleft": "‘", "textquoteright": "’", "textquotedblleft": "“",
	"textquotedblright": "”", "textquotedbl": `"`, "guillemotleft": "«", "guillemotright": "»",
	"textasciitilde": "~", "textbackslash": `\`, "textbar": "|", "textless": "<", "textgreater": ">",
	"textdegree": "°", "degree": "°", "textbullet": "•", "textperiodcentered": "·", "textunderscore": "_",
	"LaTeX": "LaTeX", "TeX": "TeX", "BibTeX": "BibTeX", "times": "×", "pm": "±", "geq": "≥", "ge": "≥",
	"leq": "≤", "le": "≤", "neq": "≠", "ne": "≠", "approx": "≈", "to": "→", "rightarrow": "→",
	"leftarrow": "←", "Rightarrow": "⇒", "alpha": "α", "beta": "β", "gamma": "γ", "delta": "δ", "pi": "π",
	"mu": "μ", "sigma": "σ", "infty": "∞", "cdot": "·", "circ": "°", "newline": " ", "linebreak": " ",
	"quad": " ", "qquad": " ", "noindent": "", "relax": "", "protect": "", "par": parBreak,
}

// dropped are the commands left out with their argument: references,
// sorting keys and layout.
var dropped = map[string]bool{
	"cite": true, "citep": true, "citet": true, "citeauthor": true, "citeyear": true, "parencite": true,
	"textcite": true, "autocite": true, "nocite": true, "label": true, "ref": true, "pageref": true,
	"noopsort": true, "sortname": true, "index": true, "hspace": true, "vspace": true, "includegraphics": true,
	"hyphenation": true,
}

// quoting are the commands whose argument is written between two marks.
var quoting = map[string][2]string{
	"enquote": {"“", "”"}, "mkbibquote": {"“", "”"}, "textquote": {"“", "”"}, "footnote": {" (", ")"},
}

// command writes the command at raw[i] and what it takes.
func (w *texWriter) command() {
	name, n := commandName(w.raw, w.i)
	w.i = n
	if mark, ok := accents[name]; ok {
		w.accent(name, mark)
		return
	}
	if s, ok := symbols[name]; ok {
		w.b.WriteString(s)
		return
	}
	if name == `\` { // "\\": a line break, and its optional space ("\\[2pt]")
		w.b.WriteByte(' ')
		w.optional()
		return
	}
	if !isLetter(name[0]) {
		w.b.WriteString(name) // another character, as written
		return
	}
	w.i = w.spaces(w.i) // TeX eats the spaces after a command's name
	switch q, isQuote := quoting[name]; {
	case name == "url" || name == "path":
		w.verbatim()
	case name == "href":
		w.skipGroup() // the address; the text shown follows
	case dropped[name]:
		w.optional()
		w.skipGroup()
	case isQuote && w.i < len(w.raw) && w.raw[w.i] == '{':
		w.b.WriteString(q[0])
		w.depth++
		w.closers = append(w.closers, closer{w.depth, q[1]})
		w.i++
	default:
		w.optional() // \textit{…}, \emph{…}, \mbox{…}: their group's text follows
	}
}

// accent writes the letter after an accent's command with its mark: \'e,
// \'{e}, \"{\i}, \v s.
func (w *texWriter) accent(name string, mark rune) {
	if isLetter(name[0]) {
		w.i = w.spaces(w.i)
	}
	var base string
	switch {
	case w.i >= len(w.raw):
	case w.raw[w.i] == '{':
		inner, end := group(w.raw, w.i)
		w.writeNewlines(inner)
		base, w.i = accentBase(strings.TrimSpace(inner)), end
	case w.raw[w.i] == '\\':
		var cmd string
		cmd, w.i = commandName(w.raw, w.i)
		base = accentBase(`\` + cmd)
	default:
		_, size := utf8.DecodeRuneInString(w.raw[w.i:])
		base, w.i = w.raw[w.i:w.i+size], w.i+size
	}
	if base == "" || base == "\n" {
		if name == "^" || name == "~" {
			w.b.WriteString(name) // \^{}: the mark itself
		}
		return
	}
	_, size := utf8.DecodeRuneInString(base)
	w.b.WriteString(base[:size])
	w.b.WriteRune(mark)
	w.b.WriteString(base[size:])
}

// accentBase is the letters an accent's argument holds: "e", "\i" (an i,
// its dot replaced by the accent).
func accentBase(inner string) string {
	if strings.HasPrefix(inner, `\`) {
		name, _ := commandName(inner, 0)
		switch name {
		case "i":
			return "i"
		case "j":
			return "j"
		}
		return symbols[name]
	}
	return strings.NewReplacer("{", "", "}", "", "\n", " ").Replace(inner)
}

// verbatim writes the group at raw[i] as written: \url's address.
func (w *texWriter) verbatim() {
	if w.i >= len(w.raw) || w.raw[w.i] != '{' {
		return
	}
	inner, end := group(w.raw, w.i)
	w.b.WriteString(strings.ReplaceAll(inner, "\n", " "))
	w.writeNewlines(inner)
	w.i = end
}

// skipGroup steps over the group at raw[i], keeping its lines.
func (w *texWriter) skipGroup() {
	if w.i < len(w.raw) && w.raw[w.i] == '{' {
		inner, end := group(w.raw, w.i)
		w.writeNewlines(inner)
		w.i = end
	}
}

// optional steps over an optional argument, "[…]" on one line, at
// raw[i]; a "[" without its "]" within maxOptional bytes is text.
func (w *texWriter) optional() {
	if w.i < len(w.raw) && w.raw[w.i] == '[' {
		rest := w.raw[w.i:min(len(w.raw), w.i+maxOptional)]
		if end := strings.IndexAny(rest, "]\n"); end >= 0 && rest[end] == ']' {
			w.i += end + 1
		}
	}
}

// maxOptional bounds the search for the end of an optional argument.
const maxOptional = 200

// writeNewlines writes a newline for each of s, so that the text keeps
// its lines.
func (w *texWriter) writeNewlines(s string) {
	w.b.WriteString(strings.Repeat("\n", strings.Count(s, "\n")))
}

// spaces returns the index of the first byte from i that is no space or
// tab.
func (w *texWriter) spaces(i int) int {
	for i < len(w.raw) && (w.raw[i] == ' ' || w.raw[i] == '\t') {
		i++
	}
	return i
}

// group returns the text of the group at s[i] ("{…}", groups inside it
// whole) and the index after its "}": the rest of s when no "}" closes
// it.
func group(s string, i int) (string, int) {
	depth := 0
	for j := i; j < len(s); j++ {
		switch s[j] {
		case '\\':
			j++
		case '{':
			depth++
		case '}':
			if depth--; depth == 0 {
				return s[i+1 : j], j + 1
			}
		}
	}
	return s[min(i+1, len(s)):], len(s)
}

// commandName returns the name of the command at s[i], a backslash's
// (letters, or one other character), and the index after it.
func commandName(s string, i int) (string, int) {
	j := i + 1
	for j < len(s) && isLetter(s[j]) {
		j++
	}
	if j == i+1 {
		if j == len(s) {
			return `\`, j // a backslash at the end
		}
		_, size := utf8.DecodeRuneInString(s[j:])
		j += size
	}
	return s[i+1 : j], j
}
