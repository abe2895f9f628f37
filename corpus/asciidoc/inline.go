package asciidoc

import (
	"html"
	"path"
	"regexp"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// Inline markup is read as Asciidoctor substitutes it, in its order:
// escapes ("\*") and passthroughs ("+{x}+", "pass:[…]") are set aside
// first, to be shown as written; then attribute references are replaced;
// footnotes, macros, links and cross references are read as the text they
// show; quotes (bold, italic, monospace, highlight) are written as
// Markdown's; replacements ("(C)", " -- ", "->") are made. What is set
// aside is held as a placeholder of private-use characters, which the
// later substitutions leave alone, until the line is escaped for Markdown.

const (
	holdOpen  = '\uE000'
	holdClose = '\uE001'
	holdDigit = 0xE100 // a held piece's number is written in base 256, U+E100 to U+E1FF

	strongMark = "\uE010"
	emMark     = "\uE011"
	monoMark   = "\uE012"
	highMark   = "\uE013"
	breakMark  = "\uE014" // a hard line break
)

// privateRE matches the private-use characters the placeholders use, which
// the file's own text must not hold.
var privateRE = regexp.MustCompile(`[\x{E000}-\x{E1FF}]`)

// marks writes the marks of quotes as Markdown's.
var marks = strings.NewReplacer(strongMark, "**", emMark, "*", monoMark, "`", highMark, "==", breakMark, `\`)

// maxInlines is how deep inline texts are read within one another (a
// footnote's text within its sentence's).
const maxInlines = 4

// inliner reads one inline text, holding the pieces set aside.
type inliner struct {
	r      *reader
	pieces []string
}

// hold sets aside md, Markdown as it is to be written, and returns its
// placeholder.
func (c *inliner) hold(md string) string {
	n := len(c.pieces)
	c.pieces = append(c.pieces, md)
	var b strings.Builder
	b.WriteRune(holdOpen)
	for {
		b.WriteRune(rune(holdDigit + n%256))
		if n /= 256; n == 0 {
			break
		}
	}
	b.WriteRune(holdClose)
	return b.String()
}

// restore puts the pieces held back in place of their placeholders.
func (c *inliner) restore(s string) string {
	if !strings.ContainsRune(s, holdOpen) {
		return s
	}
	var b strings.Builder
	for {
		i := strings.IndexRune(s, holdOpen)
		if i < 0 {
			break
		}
		b.WriteString(s[:i])
		s = s[i+utf8.RuneLen(holdOpen):]
		n, mult := 0, 1
		for {
			r, size := utf8.DecodeRuneInString(s)
			if r < holdDigit || r > holdDigit+255 {
				break
			}
			n += int(r-holdDigit) * mult
			mult *= 256
			s = s[size:]
		}
		s = strings.TrimPrefix(s, string(holdClose))
		if n < len(c.pieces) {
			b.WriteString(c.pieces[n])
		}
	}
	b.WriteString(s)
	return b.String()
}

// literal writes text to be shown as written in a line of Markdown.
func literal(text string) string {
	var b strings.Builder
	for i := 0; i < len(text); i++ {
		if strings.IndexByte("*_`~=^\\", text[i]) >= 0 {
			b.WriteByte('\\')
		}
		b.WriteByte(text[i])
	}
	return corpus.EscapeMarkdown(b.String())
}

// inline1 is inline for a text read on one line: a title, a term.
func (r *reader) inline1(s string) string {
	return strings.TrimSpace(strings.ReplaceAll(r.inline(strings.ReplaceAll(s, "\n", " ")), "\n", " "))
}

// inlineLines reads the lines of a paragraph as inline text and returns a
// line of Markdown for each; a line whose text went with a piece of markup
// that started on a line above (a footnote's) is empty.
func (r *reader) inlineLines(texts []string) []string {
	out := strings.Split(r.inline(strings.Join(texts, "\n")), "\n")
	for len(out) < len(texts) {
		out = append(out, "")
	}
	if n := len(texts); len(out) > n && n > 0 {
		out[n-1] = strings.Join(out[n-1:], " ")
		out = out[:n]
	}
	return out
}

// inline reads s, text of one or more lines, as Asciidoctor's inline
// markup and returns it as Markdown, as many lines as s has.
func (r *reader) inline(s string) string {
	if r.inlines >= maxInlines {
		return marks.Replace(corpus.EscapeMarkdown(s))
	}
	r.inlines++
	defer func() { r.inlines-- }()
	c := &inliner{r: r}
	s = c.escapes(s)
	s = c.passthroughs(s)
	s = r.subAttributes(s, c.hold)
	s = c.footnotes(s)
	s = c.macros(s)
	s = c.links(s)
	s = c.references(s)
	s = quotes(s)
	s = replacements(s)
	s = htmlEntities(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		l = c.restore(marks.Replace(corpus.EscapeMarkdown(l)))
		lines[i] = strings.Join(strings.FieldsFunc(l, func(r rune) bool { return r == ' ' || r == '\t' }), " ")
	}
	return strings.Join(lines, "\n")
}

// escapes holds what a backslash escapes: a mark of markup ("\*", "\{")
// or a macro's or link's name ("\footnote:", "\https:"), shown as written.
func (c *inliner) escapes(s string) string {
	if !strings.Contains(s, `\`) {
		return s
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) {
			b.WriteByte(s[i])
			continue
		}
		next := s[i+1]
		if strings.IndexByte("*_`#^~+{[<(-=.'", next) >= 0 {
			b.WriteString(c.hold(literal(string(next))))
			i++
			continue
		}
		if m := macroNameRE.FindString(s[i+1:]); m != "" {
			b.WriteString(c.hold(literal(m)))
			i += len(m)
			continue
		}
		b.WriteByte(s[i])
	}
	return b.String()
}

var macroNameRE = regexp.MustCompile(`^[a-z][a-z0-9]*:`)

var (
	triplePassRE = regexp.MustCompile(`(?s)\+\+\+(.+?)\+\+\+`)
	doublePassRE = regexp.MustCompile(`(?s)\+\+(.+?)\+\+`)
	monoPassRE   = regexp.MustCompile("(?s)`\\+(.+?)\\+`")
	passMacroRE  = regexp.MustCompile(`\b(pass|stem|latexmath|asciimath):([a-z,]*)\[`)
)

// passthroughs holds text passed through as written: "+++…+++" and
// "pass:[…]" (HTML, whose text is shown), "++…++" and "+…+", "`+…+`"
// (monospace), and math ("stem:[…]").
func (c *inliner) passthroughs(s string) string {
	if !strings.Contains(s, "+") && !strings.Contains(s, ":[") && !strings.Contains(s, ":q[") {
		return s
	}
	s = replaceSpan(s, triplePassRE, func(m []string) string { return c.hold(literal(htmlText(m[1]))) })
	s = replaceSpan(s, monoPassRE, func(m []string) string { return c.hold("`" + literal(flat(m[1])) + "`") })
	s = replaceSpan(s, doublePassRE, func(m []string) string { return c.hold(literal(flat(m[1]))) })
	s = constrained(s, "+", func(inner string, _ bool) string { return c.hold(literal(flat(inner))) + newlines(inner) }, false)
	return c.macro(s, passMacroRE, func(m macroMatch) (string, bool) {
		if m.name == "pass" {
			return c.hold(literal(htmlText(m.inner))), true
		}
		return c.hold(literal(flat(m.inner))), true
	})
}

// replaceSpan replaces each match of re in s by f's text, and keeps the
// line breaks the match held after it, so that the text keeps its lines.
func replaceSpan(s string, re *regexp.Regexp, f func(m []string) string) string {
	return re.ReplaceAllStringFunc(s, func(match string) string {
		return f(re.FindStringSubmatch(match)) + newlines(match)
	})
}

func newlines(s string) string { return strings.Repeat("\n", strings.Count(s, "\n")) }

// flat is s on one line.
func flat(s string) string { return strings.ReplaceAll(s, "\n", " ") }

// htmlText is the text HTML shows, on one line.
func htmlText(s string) string { return htmlEntities(tagRE.ReplaceAllString(flat(s), "")) }

var entityRE = regexp.MustCompile(`&(?:[a-zA-Z][a-zA-Z]+\d{0,2}|#\d{2,7}|#x[\da-fA-F]{2,6});`)

// htmlEntities decodes the character references text holds ("&#8377;"),
// as Asciidoctor passes them to the page.
func htmlEntities(s string) string {
	if !strings.Contains(s, "&") {
		return s
	}
	return entityRE.ReplaceAllStringFunc(s, html.UnescapeString)
}

// builtins are the attributes Asciidoctor defines for characters.
var builtins = map[string]string{
	"blank": "", "empty": "", "sp": " ", "nbsp": "\u00a0", "zwsp": "\u200b", "wj": "\u2060", "apos": "'", "quot": `"`,
	"lsquo": "‘", "rsquo": "’", "ldquo": "“", "rdquo": "”", "deg": "°", "plus": "+", "brvbar": "¦", "vbar": "|",
	"amp": "&", "lt": "<", "gt": ">", "startsb": "[", "endsb": "]", "caret": "^", "asterisk": "*", "tilde": "~",
	"backslash": `\`, "backtick": "`", "two-colons": "::", "two-semicolons": ";;", "cpp": "C++", "cxx": "C++", "pp": "++",
}

var attrRefRE = regexp.MustCompile(`\{(?:(counter2?|set):([^{}\n]*)|(\w[\w-]*))\}`)

// maxExpansion is the most text attribute references add to one text.
const maxExpansion = 1 << 20

// subAttributes replaces the attribute references in s ("{pm}") by their
// values; a reference to an attribute not set is left as written, as
// Asciidoctor leaves it. hold, when not nil, holds a character a built-in
// attribute stands for ("{asterisk}"), so that it stays text.
func (r *reader) subAttributes(s string, hold func(string) string) string {
	if !strings.Contains(s, "{") {
		return s
	}
	added := 0
	return attrRefRE.ReplaceAllStringFunc(s, func(ref string) string {
		m := attrRefRE.FindStringSubmatch(ref)
		if m[1] != "" {
			return r.counter(m[1], m[2])
		}
		name := strings.ToLower(m[3])
		v, ok := r.attrs[name]
		if !ok {
			if v, ok = builtins[name]; ok && hold != nil {
				return hold(literal(v))
			}
		}
		if !ok || added+len(v) > maxExpansion {
			return ref
		}
		added += len(v)
		return v
	})
}

// counter reads a counter's reference: "{counter:q}" counts and shows its
// count, "{counter2:q}" counts, "{set:name:value}" sets an attribute.
func (r *reader) counter(kind, arg string) string {
	name, value, _ := strings.Cut(arg, ":")
	name = strings.ToLower(name)
	if kind == "set" {
		if strings.HasSuffix(name, "!") {
			delete(r.attrs, strings.TrimSuffix(name, "!"))
		} else {
			r.attrs[name] = value
		}
		return ""
	}
	next := "1"
	if cur, ok := r.attrs[name]; ok {
		if n, err := strconv.Atoi(cur); err == nil {
			next = strconv.Itoa(n + 1)
		} else if len(cur) == 1 && unicode.IsLetter(rune(cur[0])) {
			next = string(cur[0] + 1)
		}
	} else if value != "" {
		next = value
	}
	r.attrs[name] = next
	if kind == "counter2" {
		return ""
	}
	return next
}

// macroMatch is a macro found in a text: "name:target[inner]".
type macroMatch struct {
	name, target, inner string
	spaceBefore         bool // a space (or the line's start) stands before it
}

// macro replaces each macro re finds (re matches up to its "[") by f's
// text, f's reporting false leaving it as written. A macro's brackets end
// at the "]" that closes them, brackets within them nested ("\]" is text);
// the line breaks a macro held follow its text, so the text keeps its
// lines.
func (c *inliner) macro(s string, re *regexp.Regexp, f func(m macroMatch) (string, bool)) string {
	locs := re.FindAllStringSubmatchIndex(s, -1)
	if locs == nil {
		return s
	}
	pairs := brackets(s)
	var b strings.Builder
	last := 0
	for _, loc := range locs {
		open := loc[1] - 1
		close, ok := pairs[open]
		if loc[0] < last || !ok {
			continue
		}
		m := macroMatch{inner: strings.ReplaceAll(s[open+1:close], `\]`, "]")}
		if len(loc) > 2 && loc[2] >= 0 {
			m.name = s[loc[2]:loc[3]]
		}
		if len(loc) > 4 && loc[4] >= 0 {
			m.target = s[loc[4]:loc[5]]
		}
		m.spaceBefore = loc[0] == 0 || s[loc[0]-1] == ' ' || s[loc[0]-1] == '\n' || s[loc[0]-1] == '\t'
		text, ok := f(m)
		if !ok {
			continue
		}
		b.WriteString(s[last:loc[0]])
		b.WriteString(flat(text))
		b.WriteString(newlines(s[loc[0] : close+1]))
		last = close + 1
	}
	b.WriteString(s[last:])
	return b.String()
}

// brackets returns where each "[" of s is closed, brackets within it
// nested; an escaped "\]" closes none.
func brackets(s string) map[int]int {
	pairs := map[int]int{}
	var open []int
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '\\':
			if i+1 < len(s) && s[i+1] == ']' {
				i++
			}
		case '[':
			open = append(open, i)
		case ']':
			if n := len(open); n > 0 {
				pairs[open[n-1]] = i
				open = open[:n-1]
			}
		}
	}
	return pairs
}

var footnoteRE = regexp.MustCompile(`\bfootnote(ref)?:([\w-]*)\[`)

// footnotes writes each footnote's text in brackets where it is cited,
// after the sentence it annotates: "…life.footnote:[Since Maneka
// Gandhi, 1978.]" is read "…life. (Since Maneka Gandhi, 1978.)". A
// footnote cited again by its id ("footnote:disclaimer[]") is shown once.
func (c *inliner) footnotes(s string) string {
	if !strings.Contains(s, "footnote") {
		return s
	}
	return c.macro(s, footnoteRE, func(m macroMatch) (string, bool) {
		id, text := m.target, m.inner
		if m.name == "ref" { // footnoteref:[id,text], the old way
			id, text, _ = strings.Cut(m.inner, ",")
		}
		id = strings.TrimSpace(id)
		if id != "" {
			if c.r.shown[id] {
				return "", true
			}
			if strings.TrimSpace(text) != "" {
				c.r.shown[id] = true
			}
		}
		t := c.r.inline1(text)
		if t == "" {
			return "", true
		}
		lead := " "
		if m.spaceBefore {
			lead = ""
		}
		return lead + c.hold("("+t+")"), true
	})
}

var macroRE = regexp.MustCompile(`\b(kbd|btn|menu|icon|image|indexterm2?|anchor|xref|link|mailto):([^\s\[]*)\[`)

// macros reads inline macros as the text they show: keys and buttons
// their names, a menu its path, a picture its description when it has one
// in words, a cross reference or link its text; icons, index terms and
// anchors show none.
func (c *inliner) macros(s string) string {
	if !strings.Contains(s, ":") {
		return s
	}
	return c.macro(s, macroRE, func(m macroMatch) (string, bool) {
		switch m.name {
		case "kbd", "btn":
			return c.hold(literal(strings.TrimSpace(m.inner))), true
		case "menu":
			path := []string{strings.TrimSpace(m.target)}
			for p := range strings.FieldsFuncSeq(m.inner, func(r rune) bool { return r == '>' || r == ',' }) {
				if p = strings.TrimSpace(p); p != "" {
					path = append(path, p)
				}
			}
			return c.hold(literal(strings.Join(path, " > "))), true
		case "icon", "anchor", "indexterm":
			return "", true
		case "indexterm2":
			return m.inner, true
		case "image":
			pos, named := attributeList(m.inner)
			alt := named["alt"]
			if alt == "" && len(pos) > 0 {
				alt = pos[0]
			}
			if !strings.ContainsAny(strings.TrimSpace(alt), " \t") {
				return "", true
			}
			return alt, true
		case "xref":
			if t := linkText(m.inner); t != "" {
				return t, true
			}
			return c.r.xrefText(m.target), true
		case "link", "mailto":
			if m.target == "" {
				return "", false
			}
			if t := linkText(m.inner); t != "" {
				return t, true
			}
			return c.hold(literal(m.target)), true
		}
		return "", false
	})
}

// linkText is the text of a link's brackets: "Art 21^" (a new window),
// `"PRS, 2024",window=_blank` (its attributes) show "Art 21", "PRS, 2024".
func linkText(inner string) string {
	t := strings.TrimSpace(inner)
	if strings.Contains(t, "=") {
		if pos, _ := attributeList(t); len(pos) > 0 {
			t = pos[0]
		} else {
			t = ""
		}
	}
	return strings.TrimSpace(strings.TrimSuffix(t, "^"))
}

var urlRE = regexp.MustCompile(`(?:https?|ftp|irc|file)://`)

// links reads links written as their address: a bare one is shown as
// written; one with text in brackets ("https://prsindia.org[PRS]") shows
// its text; one in angle brackets ("<https://…>") without them.
func (c *inliner) links(s string) string {
	if !strings.Contains(s, "://") {
		return s
	}
	var pairs map[int]int
	var b strings.Builder
	last := 0
	for _, loc := range urlRE.FindAllStringIndex(s, -1) {
		start := loc[0]
		if start < last {
			continue
		}
		if start > 0 {
			prev, _ := utf8.DecodeLastRuneInString(s[:start])
			if isWord(prev) || prev == '/' || prev == ':' || prev == '.' || prev == '=' {
				continue
			}
		}
		end := loc[1]
		for end < len(s) && !strings.ContainsRune(" \t\n[]<>\"", rune(s[end])) {
			end++
		}
		angled := start > 0 && s[start-1] == '<' && end < len(s) && s[end] == '>'
		url, text, after := s[start:end], "", end
		switch {
		case angled:
			start, after = start-1, end+1
		case end < len(s) && s[end] == '[':
			if pairs == nil {
				pairs = brackets(s)
			}
			if close, ok := pairs[end]; ok {
				text = linkText(strings.ReplaceAll(s[end+1:close], `\]`, "]"))
				after = close + 1
			}
		}
		if after == end && !angled {
			// the sentence's punctuation after a bare address is not its
			trimmed := strings.TrimRight(url, ".,;:!?)'")
			end -= len(url) - len(trimmed)
			url, after = trimmed, end
		}
		if len(url) <= len(s[loc[0]:loc[1]]) {
			continue // a scheme alone
		}
		b.WriteString(s[last:start])
		if text != "" {
			b.WriteString(flat(text))
		} else {
			b.WriteString(c.hold(literal(url)))
		}
		b.WriteString(newlines(s[start:after]))
		last = after
	}
	b.WriteString(s[last:])
	return b.String()
}

var (
	xrefRE         = regexp.MustCompile(`<<([^<>\n]+?)>>`)
	bibAnchorRE    = regexp.MustCompile(`\[\[\[([\w:.\-]+)(?:,[^\]]*)?\]\]\]`)
	inlineAnchorRE = regexp.MustCompile(`\[\[([\pL_:][\w:.\-]*)(?:,[ \t]*([^\]]*))?\]\]`)
	indexTermsRE   = regexp.MustCompile(`\(\(\((.+?)\)\)\)`)
	indexTermRE    = regexp.MustCompile(`\(\((.+?)\)\)`)
)

// references reads cross references ("<<art21>>", "<<art21,Article
// 21>>") as the text they show, and leaves anchors ("[[art21]]") and index
// terms ("(((Writs)))") out; a term the text shows ("((writ))") stays.
func (c *inliner) references(s string) string {
	if strings.Contains(s, "<<") {
		s = xrefRE.ReplaceAllStringFunc(s, func(ref string) string {
			target, text, _ := strings.Cut(xrefRE.FindStringSubmatch(ref)[1], ",")
			if t := strings.TrimSpace(text); t != "" {
				return t
			}
			return c.r.xrefText(strings.TrimSpace(target))
		})
	}
	if strings.Contains(s, "[[") {
		s = bibAnchorRE.ReplaceAllStringFunc(s, func(a string) string {
			return c.hold(literal("[" + bibAnchorRE.FindStringSubmatch(a)[1] + "]"))
		})
		s = inlineAnchorRE.ReplaceAllString(s, "")
	}
	if strings.Contains(s, "((") {
		s = indexTermsRE.ReplaceAllString(s, "")
		s = indexTermRE.ReplaceAllString(s, "$1")
	}
	return s
}

// xrefText is the text a cross reference without its own shows: the title
// of the section or block it names ("<<art21>>", "xref:rights.adoc#art21[]"),
// the name of the document ("xref:dpsp.adoc[]"), or its id made words.
func (r *reader) xrefText(target string) string {
	file, id, hasID := strings.Cut(target, "#")
	if !hasID {
		id, file = target, ""
		if ext := path.Ext(target); ext == ".adoc" || ext == ".asciidoc" || ext == ".asc" {
			id, file = "", target
		}
	}
	if t, ok := r.ids[id]; ok {
		return r.subAttributes(t, nil)
	}
	if id == "" {
		id = strings.TrimSuffix(path.Base(file), path.Ext(file))
	}
	if strings.ContainsAny(id, " \t") {
		return id // a reference by the title itself
	}
	return strings.TrimSpace(strings.NewReplacer("_", " ", "-", " ").Replace(id))
}

// quotes writes Asciidoctor's quotes, in its order: bold, curved quotes,
// monospace, italic, highlight (a span with a role, "[.underline]#…#",
// its text), superscript and subscript (their text).
func quotes(s string) string {
	s = unconstrained(s, "**", wrap(strongMark))
	s = constrained(s, "*", wrap(strongMark), true)
	if strings.Contains(s, "`") {
		s = curvedRE.ReplaceAllString(s, "“$1”")
		s = curvedSingleRE.ReplaceAllString(s, "‘$1’")
	}
	s = unconstrained(s, "``", wrap(monoMark))
	s = constrained(s, "`", wrap(monoMark), true)
	s = unconstrained(s, "__", wrap(emMark))
	s = constrained(s, "_", wrap(emMark), true)
	s = unconstrained(s, "##", wrap(highMark))
	s = constrained(s, "#", wrap(highMark), true)
	if strings.Contains(s, "^") {
		s = supRE.ReplaceAllStringFunc(s, func(m string) string {
			inner := m[1 : len(m)-1]
			if strings.IndexFunc(inner, func(r rune) bool { return !unicode.IsLetter(r) }) < 0 {
				return inner // "10^th^": 10th
			}
			return "^" + inner // "2^10^": 2^10
		})
	}
	if strings.Contains(s, "~") {
		s = subRE.ReplaceAllString(s, "$1")
	}
	return s
}

var (
	curvedRE       = regexp.MustCompile("(?s)\"`(.+?)`\"")
	curvedSingleRE = regexp.MustCompile("(?s)'`(.+?)`'")
	supRE          = regexp.MustCompile(`\^\S+?\^`)
	subRE          = regexp.MustCompile(`~(\S+?)~`)
	roleRE         = regexp.MustCompile(`^\[[^\[\]\s]*\]$`)
)

// wrap writes a quote's text between mark, its spaces outside it.
func wrap(mark string) func(inner string, role bool) string {
	return func(inner string, role bool) string {
		t := strings.TrimSpace(inner)
		lead := inner[:len(inner)-len(strings.TrimLeft(inner, " \t\n"))]
		trail := inner[len(strings.TrimRight(inner, " \t\n")):]
		if role && mark == highMark {
			return inner // a span with a role: its text
		}
		return lead + mark + t + mark + trail
	}
}

// roleBefore returns where the role in brackets right before s[o] starts
// ("[.underline]#…#"), or o when none stands there.
func roleBefore(s string, o, last int) int {
	if o == 0 || s[o-1] != ']' {
		return o
	}
	from := max(last, o-64)
	st := strings.LastIndexByte(s[from:o], '[')
	if st < 0 || !roleRE.MatchString(s[from+st:o]) {
		return o
	}
	return from + st
}

// unconstrained replaces each run between two marks ("**…**"), which may
// stand within words, by render's text.
func unconstrained(s, mark string, render func(inner string, role bool) string) string {
	if !strings.Contains(s, mark) {
		return s
	}
	var b strings.Builder
	last := 0
	for i := 0; i < len(s); {
		k := strings.Index(s[i:], mark)
		if k < 0 {
			break
		}
		o := k + i
		start := o + len(mark)
		q := strings.Index(s[start:], mark)
		if q < 0 {
			break
		}
		if strings.TrimSpace(s[start:start+q]) == "" {
			i = o + 1
			continue
		}
		from := roleBefore(s, o, last)
		b.WriteString(s[last:from])
		b.WriteString(render(s[start:start+q], from < o))
		last = start + q + len(mark)
		i = last
	}
	b.WriteString(s[last:])
	return b.String()
}

// constrained replaces each run between two marks that stand at the ends
// of words ("*bold*", not "2*3*4" or "snake_case_name") by render's text.
// A mark opens after the start, a space or punctuation (not ";", ":" or
// "}") with no space after it, and the first mark after it with no space
// before it and no word after it closes it. withRole: a role in brackets
// may stand before the opening mark ("[.underline]#…#").
func constrained(s, mark string, render func(inner string, role bool) string, withRole bool) string {
	if !strings.Contains(s, mark) {
		return s
	}
	var closes []int // the marks that may close a run
	for p := strings.Index(s, mark); p >= 0; {
		before, _ := utf8.DecodeLastRuneInString(s[:p])
		after, _ := utf8.DecodeRuneInString(s[p+len(mark):])
		if p > 0 && !unicode.IsSpace(before) && (p+len(mark) == len(s) || !isWord(after)) {
			closes = append(closes, p)
		}
		next := strings.Index(s[p+1:], mark)
		if next < 0 {
			break
		}
		p += 1 + next
	}
	var b strings.Builder
	last, ci := 0, 0
	for i := 0; i < len(s) && ci < len(closes); {
		k := strings.Index(s[i:], mark)
		if k < 0 {
			break
		}
		o := i + k
		start := o + len(mark)
		from := o
		if withRole {
			from = roleBefore(s, o, last)
		}
		before, _ := utf8.DecodeLastRuneInString(s[:from])
		after, _ := utf8.DecodeRuneInString(s[start:])
		if from > 0 && (isWord(before) || before == ';' || before == ':' || before == '}') || start >= len(s) || unicode.IsSpace(after) {
			i = o + 1
			continue
		}
		for ci < len(closes) && closes[ci] < start+1 {
			ci++
		}
		if ci == len(closes) {
			break
		}
		p := closes[ci]
		ci++
		b.WriteString(s[last:from])
		b.WriteString(render(s[start:p], from < o))
		last = p + len(mark)
		i = last
	}
	b.WriteString(s[last:])
	return b.String()
}

func isWord(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) || r == '_' }

var (
	dashRE     = regexp.MustCompile(`(^|[ \t\n])--([ \t\n]|$)`)
	wordDashRE = regexp.MustCompile(`(\w)--(\w)`)
	symbols    = strings.NewReplacer("(C)", "©", "(R)", "®", "(TM)", "™", "->", "→", "=>", "⇒", "<-", "←", "<=", "⇐")
)

// replacements makes Asciidoctor's replacements: "(C)" ©, " -- " and
// "word--word" an em dash, "->" and "=>" arrows.
func replacements(s string) string {
	if strings.Contains(s, "--") {
		s = dashRE.ReplaceAllString(s, "$1—$2")
		s = wordDashRE.ReplaceAllString(wordDashRE.ReplaceAllString(s, "$1—$2"), "$1—$2")
	}
	if strings.ContainsAny(s, "(-=<") {
		s = symbols.Replace(s)
	}
	return s
}

// collectIDs finds what cross references name: each section's id (its
// own, "[[art21]]" or "[#art21]" over it, and the one Asciidoctor makes of
// its title, "_right_to_life") and each anchor's, with the title or text
// a reference to it shows. It counts the level-0 sections too: more than
// the title's make a book of parts.
func (r *reader) collectIDs(ls []line) {
	prefix, sep := "_", "_"
	var pending []string
	verbatim, level0 := "", 0
	for _, l := range ls {
		t := strings.TrimRight(l.s, " \t")
		if verbatim != "" {
			if t == verbatim {
				verbatim = ""
			}
			continue
		}
		if kind, close, ok := delimiter(t); ok {
			if kind == "listing" || kind == "literal" || kind == "pass" || kind == "comment" || kind == "fenced" {
				verbatim = close
			}
			continue
		}
		switch {
		case t == "" || comment(t):
		case attrEntryRE.MatchString(t):
			m := attrEntryRE.FindStringSubmatch(t)
			switch strings.ToLower(m[2]) {
			case "idprefix":
				prefix = m[4]
			case "idseparator":
				sep = m[4]
			}
		case anchorLineRE.MatchString(t):
			m := anchorLineRE.FindStringSubmatch(t)
			if m[2] != "" {
				r.ids[m[1]] = m[2]
			} else {
				pending = append(pending, m[1])
			}
		case blockAttrRE.MatchString(t):
			pos, named := attributeList(t[1 : len(t)-1])
			if named["id"] != "" {
				pending = append(pending, named["id"])
			}
			if len(pos) > 0 {
				if i := strings.IndexByte(pos[0], '#'); i >= 0 {
					id := pos[0][i+1:]
					if j := strings.IndexAny(id, ".%"); j >= 0 {
						id = id[:j]
					}
					pending = append(pending, id)
				}
			}
		case sectionRE.MatchString(t):
			m := sectionRE.FindStringSubmatch(t)
			if m[1] == "=" {
				level0++
			}
			title := strings.TrimRight(strings.TrimRight(m[2], "=#"), " \t")
			for _, a := range inlineAnchorRE.FindAllStringSubmatch(title, -1) {
				pending = append(pending, a[1])
			}
			title = stripAnchors(title)
			for _, id := range pending {
				r.ids[id] = title
			}
			if id := autoID(title, prefix, sep); id != "" {
				if _, ok := r.ids[id]; !ok {
					r.ids[id] = title
				}
			}
			pending = nil
		case blockTitleRE.MatchString(t):
			title := blockTitleRE.FindStringSubmatch(t)[1]
			for _, id := range pending {
				r.ids[id] = title
			}
			pending = nil
		default:
			pending = nil
			if strings.Contains(t, "[[") {
				for _, a := range inlineAnchorRE.FindAllStringSubmatch(t, -1) {
					if a[2] != "" {
						r.ids[a[1]] = a[2]
					}
				}
			}
		}
	}
	if level0 > 1 {
		r.shift = 1
	}
}

// autoID is the id Asciidoctor makes of a section's title: "Right to Life
// (Art. 21)" is "_right_to_life_art_21".
func autoID(title, prefix, sep string) string {
	title = entityRE.ReplaceAllString(tagRE.ReplaceAllString(title, ""), "")
	var b strings.Builder
	lastSep := false
	for _, c := range strings.ToLower(title) {
		switch {
		case c == ' ' || c == '.' || c == '-':
			if !lastSep && b.Len() > 0 {
				b.WriteString(sep)
			}
			lastSep = true
		case isWord(c):
			b.WriteRune(c)
			lastSep = false
		}
	}
	id := b.String()
	if sep != "" {
		id = strings.TrimSuffix(id, sep)
	}
	if id == "" {
		return ""
	}
	return prefix + id
}
