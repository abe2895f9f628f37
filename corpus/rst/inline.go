package rst

import (
	"errors"
	"path"
	"regexp"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Inline markup is read as docutils reads it: a start-string ("*", "**",
// "``", "`", ":role:`", "|", "_`") counts after white space, punctuation or
// the start of the text and before a character that is not white space;
// its end-string before white space, punctuation or the end, after one
// that is not. The ends that count are found once for the whole text, so
// each start finds its end at once, however long the text.

// Kinds of end-string.
const (
	endLiteral = iota
	endStrong
	endEmphasis
	endInterpreted
	endSubstitution
	nEnds
)

var (
	rolePrefixRE = regexp.MustCompile("^:([A-Za-z0-9][\\w.+:-]*?):`")
	roleSuffixRE = regexp.MustCompile(`^:[A-Za-z0-9][\w.+:-]*?:`)
	noteRefRE    = regexp.MustCompile(`^\[([^\]\s]+)\]_`)
	uriRE        = regexp.MustCompile(`^(?:(?:https?|ftp)://|mailto:)[^\s<>"]+`)
)

// pairs are the characters that open and close a quotation: a
// start-string between them is text ("'*'").
var pairs = map[rune]rune{'\'': '\'', '"': '"', '<': '>', '(': ')', '[': ']', '{': '}', '‘': '’', '“': '”', '«': '»'}

// inliner reads the inline markup of one text into Markdown.
type inliner struct {
	w      *writer
	s      string
	depth  int // substitutions and footnotes read inside one another
	ends   [nEnds][]int
	b      []byte
	starts []int // the line of s (from 0) each line of b starts on
	line   int   // the lines of s passed
}

// inline reads s, text with inline markup over lines, as Markdown, and
// returns it and the line of s each of its lines starts on.
func (w *writer) inline(s string, depth int) (string, []int) {
	in := &inliner{w: w, s: s, depth: depth, starts: []int{0}}
	in.findEnds()
	in.run()
	return string(in.b), in.starts
}

// oneLine is inline's text on one line, its spaces folded.
func (w *writer) oneLine(s string, depth int) string {
	text, _ := w.inline(s, depth)
	return strings.Join(strings.Fields(text), " ")
}

func startBoundary(s string, i int) bool {
	if i == 0 {
		return true
	}
	r, _ := utf8.DecodeLastRuneInString(s[:i])
	return unicode.IsSpace(r) || strings.ContainsRune(`-:/'"<([{`, r) || unicode.In(r, unicode.Pd, unicode.Po, unicode.Ps, unicode.Pi, unicode.Pf)
}

func endBoundary(s string, i int) bool {
	if i >= len(s) {
		return true
	}
	r, _ := utf8.DecodeRuneInString(s[i:])
	return unicode.IsSpace(r) || strings.ContainsRune(`-.,:;!?\/'")]}>`, r) || unicode.In(r, unicode.Pd, unicode.Po, unicode.Pe, unicode.Pi, unicode.Pf)
}

// suffix returns the length of what follows an interpreted text's closing
// "`" at s[k:]: a link's "_" or "__", a role (":term:"), or nothing; ok
// when an end-string may stand there.
func suffix(s string, k int) (int, bool) {
	switch {
	case strings.HasPrefix(s[k:], "__") && endBoundary(s, k+2):
		return 2, true
	case strings.HasPrefix(s[k:], "_") && endBoundary(s, k+1):
		return 1, true
	}
	if m := roleSuffixRE.FindString(s[k:]); m != "" && endBoundary(s, k+len(m)) {
		return len(m), true
	}
	return 0, endBoundary(s, k)
}

// findEnds finds the end-strings of s that count, each kind in order.
func (in *inliner) findEnds() {
	s := in.s
	if !strings.ContainsAny(s, "`*|") {
		return
	}
	var escaped []bool
	if strings.Contains(s, `\`) {
		escaped = make([]bool, len(s)+1)
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' {
				escaped[i+1] = true
				i++
			}
		}
	}
	esc := func(j int) bool { return escaped != nil && escaped[j] }
	for j := 1; j < len(s); j++ {
		c := s[j]
		if c != '`' && c != '*' && c != '|' {
			continue
		}
		if r, _ := utf8.DecodeLastRuneInString(s[:j]); unicode.IsSpace(r) {
			continue
		}
		switch c {
		case '`':
			if strings.HasPrefix(s[j:], "``") && endBoundary(s, j+2) {
				in.ends[endLiteral] = append(in.ends[endLiteral], j) // a backslash does not escape it
			}
			if esc(j) || s[j-1] == '`' || j+1 < len(s) && s[j+1] == '`' {
				continue
			}
			if _, ok := suffix(s, j+1); ok {
				in.ends[endInterpreted] = append(in.ends[endInterpreted], j)
			}
		case '*':
			if esc(j) {
				continue
			}
			if strings.HasPrefix(s[j:], "**") && endBoundary(s, j+2) {
				in.ends[endStrong] = append(in.ends[endStrong], j)
			}
			if endBoundary(s, j+1) {
				in.ends[endEmphasis] = append(in.ends[endEmphasis], j)
			}
		case '|':
			if esc(j) {
				continue
			}
			if endBoundary(s, j+1) || strings.HasPrefix(s[j+1:], "__") && endBoundary(s, j+3) || strings.HasPrefix(s[j+1:], "_") && endBoundary(s, j+2) {
				in.ends[endSubstitution] = append(in.ends[endSubstitution], j)
			}
		}
	}
}

// next returns the first end-string of kind k at from or after, or -1.
func (in *inliner) next(k, from int) int {
	e := in.ends[k]
	if x := sort.SearchInts(e, from); x < len(e) {
		return e[x]
	}
	return -1
}

// opens reports whether the start-string s[i:i+n] opens markup: before a
// character that is not white space, nor the one that closes a quotation
// opened right before it.
func (in *inliner) opens(i, n int) bool {
	if i+n >= len(in.s) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(in.s[i+n:])
	if unicode.IsSpace(r) {
		return false
	}
	if i > 0 {
		p, _ := utf8.DecodeLastRuneInString(in.s[:i])
		if closer, ok := pairs[p]; ok && r == closer {
			return false
		}
	}
	return true
}

func (in *inliner) run() {
	s := in.s
	for i := 0; i < len(s) && in.w.err == nil; {
		switch c := s[i]; {
		case c == '\n':
			in.line++
			in.b = append(in.b, '\n')
			in.starts = append(in.starts, in.line)
			i++
		case c == '\\':
			switch {
			case i+1 == len(s):
				i++
			case s[i+1] == ' ':
				i += 2 // an escaped space is nothing
			case s[i+1] == '\n':
				i++
			default:
				_, size := utf8.DecodeRuneInString(s[i+1:])
				in.write(mdText(s[i+1 : i+1+size]))
				i += 1 + size
			}
		default:
			if n := in.markup(i); n > i {
				i = n
				continue
			}
			i = in.plain(i)
		}
	}
}

// plain writes the text at s[i] that is no markup, a word at a time (a
// reference name, "Preamble_", or a URI, read whole), and returns where
// it ends.
func (in *inliner) plain(i int) int {
	s := in.s
	r, size := utf8.DecodeRuneInString(s[i:])
	if (unicode.IsLetter(r) || unicode.IsDigit(r)) && startBoundary(s, i) {
		if u := uriRE.FindString(s[i:]); u != "" {
			u = strings.TrimRight(u, ".,;:!?'")
			if strings.HasSuffix(u, ")") && !strings.Contains(u, "(") {
				u = strings.TrimRight(u, ")")
			}
			in.write(mdText(u))
			return i + len(u)
		}
		end := wordEnd(s, i)
		in.write(mdText(s[i:end]))
		switch {
		case strings.HasPrefix(s[end:], "__") && endBoundary(s, end+2):
			return end + 2
		case strings.HasPrefix(s[end:], "_") && endBoundary(s, end+1):
			return end + 1
		}
		return end
	}
	if r == '_' && (i > 0 && isWordByte(s[i-1]) && i+1 < len(s) && isWordByte(s[i+1])) {
		in.write("_")
	} else {
		in.write(mdText(s[i : i+size]))
	}
	return i + size
}

// wordEnd returns where the word at s[i] ends: letters and digits, and
// single marks between them ("a.b", "well-known", "Art_21"), as a
// reference name is written.
func wordEnd(s string, i int) int {
	end := i
	for end < len(s) {
		r, size := utf8.DecodeRuneInString(s[end:])
		if unicode.IsLetter(r) || unicode.IsDigit(r) {
			end += size
			continue
		}
		if strings.IndexByte("-_.:+", s[end]) < 0 || end+1 >= len(s) {
			break
		}
		if next, _ := utf8.DecodeRuneInString(s[end+1:]); !unicode.IsLetter(next) && !unicode.IsDigit(next) {
			break
		}
		end++
	}
	return end
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c >= 0x80
}

// markup reads the markup at s[i], if some starts there, and returns where
// it ends; i when none does.
func (in *inliner) markup(i int) int {
	s := in.s
	c := s[i]
	if c == '[' { // a footnote's reference: read after any character, as students type them ("rights[1]_")
		if m := noteRefRE.FindStringSubmatch(s[i:]); m != nil && endBoundary(s, i+len(m[0])) {
			in.note(m[1])
			return i + len(m[0])
		}
		return i
	}
	if !strings.ContainsRune("`*|_:", rune(c)) || !startBoundary(s, i) {
		return i
	}
	switch {
	case strings.HasPrefix(s[i:], "``"):
		if e := in.next(endLiteral, i+3); e > 0 && in.opens(i, 2) {
			in.code(s[i+2 : e])
			return e + 2
		}
	case strings.HasPrefix(s[i:], "**"):
		if e := in.next(endStrong, i+3); e > 0 && in.opens(i, 2) {
			in.wrap("**", s[i+2:e])
			return e + 2
		}
	case c == '*':
		if e := in.next(endEmphasis, i+2); e > 0 && in.opens(i, 1) {
			in.wrap("*", s[i+1:e])
			return e + 1
		}
	case strings.HasPrefix(s[i:], "_`"): // an inline target: its text
		if e := in.next(endInterpreted, i+3); e > 0 && in.opens(i, 2) {
			in.write(mdText(unescape(in.fold(s[i+2 : e]))))
			n, _ := suffix(s, e+1)
			return e + 1 + n
		}
	case c == '`':
		if e := in.next(endInterpreted, i+2); e > 0 && in.opens(i, 1) {
			text := s[i+1 : e]
			n, _ := suffix(s, e+1)
			switch sfx := s[e+1 : e+1+n]; {
			case strings.HasPrefix(sfx, "_"):
				in.link(text)
			case n > 0:
				in.role(strings.Trim(sfx, ":"), text)
			default: // the default role: a title, in italics
				in.wrap("*", text)
			}
			return e + 1 + n
		}
	case c == ':':
		if m := rolePrefixRE.FindStringSubmatch(s[i:]); m != nil {
			open := i + len(m[0]) - 1
			if e := in.next(endInterpreted, open+2); e > 0 && in.opens(open, 1) {
				in.role(m[1], s[open+1:e])
				n, _ := suffix(s, e+1)
				return e + 1 + n
			}
		}
	case c == '|':
		if e := in.next(endSubstitution, i+2); e > 0 && in.opens(i, 1) {
			in.substitute(s[i+1 : e])
			k := e + 1
			if strings.HasPrefix(s[k:], "__") {
				k += 2
			} else if strings.HasPrefix(s[k:], "_") {
				k++
			}
			return k
		}
	}
	return i
}

func (in *inliner) write(s string) { in.b = append(in.b, s...) }

// trimSpace takes the spaces off the end of what is written.
func (in *inliner) trimSpace() {
	for len(in.b) > 0 && in.b[len(in.b)-1] == ' ' {
		in.b = in.b[:len(in.b)-1]
	}
}

// fold is s on one line, the lines it joins counted.
func (in *inliner) fold(s string) string {
	if n := strings.Count(s, "\n"); n > 0 {
		in.line += n
		return strings.ReplaceAll(s, "\n", " ")
	}
	return s
}

// wrap writes text between Markdown's marks of emphasis.
func (in *inliner) wrap(mark, text string) {
	t := strings.TrimSpace(mdText(unescape(in.fold(text))))
	if t != "" {
		in.write(mark + t + mark)
	}
}

// code writes a literal as Markdown's code.
func (in *inliner) code(text string) {
	t := strings.TrimSpace(in.fold(text))
	if strings.Contains(t, "`") || t == "" {
		in.write(mdText(t))
		return
	}
	in.write("`" + mdText(t) + "`")
}

// link writes the text a hyperlink reference shows: "text <url>" its
// text, "<url>" its URL.
func (in *inliner) link(text string) {
	text = in.fold(text)
	if title, target := explicitTitle(text); title != "" {
		text = title
	} else if target != "" {
		text = strings.TrimSuffix(target, "_")
	}
	in.write(mdText(unescape(text)))
}

// explicitTitle splits a reference's text "title <target>" into its
// title and its target; ("", "") when it has no target.
func explicitTitle(s string) (title, target string) {
	s = strings.TrimSpace(s)
	k := strings.LastIndexByte(s, '<')
	if !strings.HasSuffix(s, ">") || k < 0 || k > 0 && s[k-1] == '\\' {
		return "", ""
	}
	return strings.TrimSpace(s[:k]), s[k+1 : len(s)-1]
}

// role writes the text an interpreted text shows in its role.
func (in *inliner) role(name, text string) {
	name = strings.ToLower(name)
	base := name
	if k := strings.LastIndexByte(name, ':'); k >= 0 {
		base = name[k+1:] // a domain's role: "py:func" is "func"
	}
	text = in.fold(text)
	switch base {
	case "emphasis", "title-reference", "title", "t", "dfn":
		in.wrap("*", text)
	case "strong":
		in.wrap("**", text)
	case "literal", "code", "samp", "file", "command", "program", "mimetype", "makevar", "regexp", "mailheader", "kbd":
		in.code(unescape(text))
	case "math":
		in.code(text)
	case "sup", "superscript", "sub", "subscript", "abbr", "acronym":
		in.write(mdText(unescape(text)))
	case "guilabel":
		in.write(mdText(accelerated(unescape(text))))
	case "menuselection":
		in.write(mdText(strings.ReplaceAll(accelerated(unescape(text)), "-->", "→")))
	case "pep", "rfc":
		title, _ := explicitTitle(text)
		if title == "" {
			number, _, _ := strings.Cut(text, "#")
			title = strings.ToUpper(base) + " " + strings.TrimSpace(number)
		}
		in.write(mdText(unescape(title)))
	case "raw", "raw-html", "raw-latex":
	default:
		in.reference(base, text)
	}
}

// reference writes what a cross-reference shows (:ref:, :doc:, :term:,
// a domain's role, one unknown): its explicit title; else a label's
// section title or its words, a document's name in words, an object's
// name ("~a.b.c" is "c").
func (in *inliner) reference(role, text string) {
	if title, _ := explicitTitle(text); title != "" {
		title = strings.NewReplacer("%s", "", "{number}", "", "{name}", "").Replace(title)
		in.write(mdText(unescape(strings.TrimSpace(title))))
		return
	}
	t := strings.TrimPrefix(strings.TrimSpace(unescape(text)), "!")
	switch role {
	case "ref", "numref", "any", "eq", "keyword":
		if title, ok := in.w.p.labels[normalize(t)]; ok && in.depth < maxInlineDepth {
			in.write(in.w.plainTitle(title, in.depth+1))
			return
		}
		if title, ok := sphinxPages[t]; ok {
			t = title
		} else {
			t = words(t)
		}
	case "doc":
		t = words(strings.TrimSuffix(path.Base(t), ".rst"))
	default:
		if rest, ok := strings.CutPrefix(t, "~"); ok {
			t = rest[strings.LastIndexByte(rest, '.')+1:]
		}
	}
	in.write(mdText(t))
}

// sphinxPages are the titles of the pages Sphinx makes itself.
var sphinxPages = map[string]string{"genindex": "Index", "modindex": "Module Index", "py-modindex": "Python Module Index", "search": "Search Page"}

// words is a label in words: "fundamental-rights_art14" is "fundamental
// rights art14".
func words(label string) string {
	return strings.Join(strings.FieldsFunc(label, func(r rune) bool { return r == '-' || r == '_' || unicode.IsSpace(r) }), " ")
}

// accelerated is a GUI label without its keyboard accelerator's mark:
// "&Cancel" is "Cancel", "&&" an ampersand.
func accelerated(s string) string {
	return strings.ReplaceAll(strings.ReplaceAll(strings.ReplaceAll(s, "&&", "\x00"), "&", ""), "\x00", "&")
}

var (
	errExpands = errors.New("damaged reStructuredText: substitutions expand too many times")
	errTooLong = errors.New("damaged reStructuredText: substitutions expand the text too far")
)

// substitute writes a substitution's text; an unknown name as written.
func (in *inliner) substitute(name string) {
	w := in.w
	s, ok := w.p.subs[name]
	if !ok {
		s, ok = w.p.subs[w.p.lowerSub(name)]
	}
	if !ok || in.depth >= maxInlineDepth {
		in.write("|" + mdText(name) + "|")
		return
	}
	if w.expansions++; w.expansions > maxExpansions {
		w.fail(errExpands)
		return
	}
	text := mdText(s.text)
	if !s.literal {
		text = w.oneLine(s.text, in.depth+1)
	}
	if w.size += len(text); w.size > maxOutput {
		w.fail(errTooLong)
		return
	}
	in.write(text)
}

// lowerSub returns the name of the substitution named name in another
// case, as docutils finds it when none has that very name.
func (p *parser) lowerSub(name string) string {
	if p.lower == nil {
		p.lower = map[string]string{}
		for k := range p.subs {
			if _, dup := p.lower[strings.ToLower(k)]; !dup || k < p.lower[strings.ToLower(k)] {
				p.lower[strings.ToLower(k)] = k
			}
		}
	}
	return p.lower[strings.ToLower(name)]
}

// note writes the text of the footnote or citation a reference names, in
// brackets, where it is first cited; nothing where it is cited again, and
// its label when none has it.
func (in *inliner) note(label string) {
	w := in.w
	if w.quiet {
		return // a section's title read for a reference to it
	}
	var n *note
	switch label {
	case "#":
		if w.autoRef < len(w.p.auto) {
			n = w.p.auto[w.autoRef]
		}
		w.autoRef++
	case "*":
		if w.symbolRef < len(w.p.symbols) {
			n = w.p.symbols[w.symbolRef]
		}
		w.symbolRef++
	default:
		n = w.p.notes[normalize(label)]
	}
	switch {
	case n == nil:
		in.write("[" + mdText(label) + "]")
	case n.used || in.depth >= maxInlineDepth:
		in.trimSpace() // "again [1]_." is "again."
	default:
		n.used = true
		text := w.flat(n.children, in.depth+1)
		if w.size += len(text); w.size > maxOutput {
			w.fail(errTooLong)
			return
		}
		in.trimSpace()
		if text != "" {
			in.write(" (" + text + ")")
		}
	}
}

// mdText is text written so that Markdown reads it as it is: backslashes,
// asterisks, backquotes and the underscores at a word's ends escaped.
func mdText(s string) string {
	if !strings.ContainsAny(s, "\\*`_") {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\' || c == '*' || c == '`':
			b.WriteByte('\\')
			b.WriteByte(c)
		case c == '_' && !(i > 0 && isWordByte(s[i-1]) && i+1 < len(s) && isWordByte(s[i+1])):
			b.WriteString(`\_`)
		default:
			b.WriteByte(c)
		}
	}
	return b.String()
}
