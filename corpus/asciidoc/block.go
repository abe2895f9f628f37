package asciidoc

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// reader writes AsciiDoc's blocks as Markdown lines.
type reader struct {
	out    corpus.Lines
	attrs  map[string]string
	ids    map[string]string // ids of sections and anchors → the titles a reference to them shows
	shown  map[string]bool   // footnotes shown, by id
	prefix string            // written before each line: "> " in a quote, spaces in a list's entry
	quoted int               // quotes and callouts open: their tables and code are written as text
	shift  int               // levels a section's heading is written below its "=": 1 in a book of parts

	gapPending bool
	gapPrefix  string
	lastBlank  bool
	lastAt     int // the place of the last line written

	titled     bool // a title was written
	text       bool // text other than the title was written
	hardbreaks bool // :hardbreaks-option: is set: every line break is kept
	tables     int  // titled tables so far, which Asciidoctor numbers
	slots      int  // places of the tables' rows so far (see maxSlots)
	depth      int  // blocks open
	inlines    int  // inline texts being read within one another (a footnote's)
	wrote      int  // bytes written
	err        error
}

func newReader() *reader {
	return &reader{attrs: map[string]string{}, ids: map[string]string{}, shown: map[string]bool{}, lastBlank: true}
}

func (r *reader) fail(err error) {
	if r.err == nil {
		r.err = err
	}
}

// put writes s, a line from line at of the file, in the blocks open.
func (r *reader) put(s string, at int) {
	if r.err != nil {
		return
	}
	if r.gapPending {
		r.gapPending = false
		if !r.lastBlank {
			p := strings.TrimRight(commonPrefix(r.gapPrefix, strings.TrimRight(r.prefix, " ")), " ")
			r.out.Line(p, at)
		}
	}
	l := strings.TrimRight(r.prefix+s, " ")
	if r.wrote += len(l) + 1; r.wrote > maxOutput {
		r.fail(fmt.Errorf("AsciiDoc file too large once read: its attributes expand it past %d MB", maxOutput>>20))
		return
	}
	r.out.Line(l, at)
	r.lastAt = at
	r.lastBlank = strings.Trim(l, "> ") == ""
}

// gap ends a block: a blank line comes before the next one.
func (r *reader) gap() {
	if !r.gapPending {
		r.gapPrefix = strings.TrimRight(r.prefix, " ")
	}
	r.gapPending = true
}

func commonPrefix(a, b string) string {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return a[:n]
}

// meta is what the lines over a block say of it: its title (".Title"),
// its attributes ("[source,python]", "[quote, Ambedkar]") and ids.
type meta struct {
	title   string
	titleAt int      // the line of ".Title"
	style   string   // the first positional attribute's name: "source", "NOTE", "quote"
	pos     []string // the positional attributes, the style's first
	named   map[string]string
	options map[string]bool
}

func (m *meta) option(o string) bool { return m.options[o] }

// merge adds the attributes of a block attribute line, "[…]".
func (m *meta) merge(list string) {
	pos, named := attributeList(list)
	if m.named == nil {
		m.named, m.options = map[string]string{}, map[string]bool{}
	}
	for k, v := range named {
		m.named[k] = v
		if k == "options" || k == "opts" || k == "option" {
			for o := range strings.SplitSeq(v, ",") {
				m.options[strings.TrimSpace(o)] = true
			}
		}
	}
	if len(pos) == 0 {
		return
	}
	first := pos[0]
	// "source#id.role%header": the style, then shorthands
	style := first
	if i := strings.IndexAny(first, "#.%"); i >= 0 {
		style = first[:i]
		for _, part := range shorthandRE.FindAllString(first[i:], -1) {
			if part[0] == '%' {
				m.options[part[1:]] = true
			}
		}
	}
	m.pos = append([]string{style}, pos[1:]...)
	if style != "" {
		m.style = style
	}
}

var shorthandRE = regexp.MustCompile(`[#.%][^#.%]*`)

// attributeList splits a block's attribute list at its commas (not those
// in quotes) into positional and named attributes.
func attributeList(list string) (pos []string, named map[string]string) {
	named = map[string]string{}
	var parts []string
	quote, from := byte(0), 0
	for i := 0; i < len(list); i++ {
		switch c := list[i]; {
		case quote != 0:
			if c == quote {
				quote = 0
			}
		case c == '"' || c == '\'':
			if strings.TrimSpace(list[from:i]) == "" || strings.HasSuffix(strings.TrimSpace(list[from:i]), "=") {
				quote = c
			}
		case c == ',':
			parts = append(parts, list[from:i])
			from = i + 1
		}
	}
	parts = append(parts, list[from:])
	for i, p := range parts {
		p = strings.TrimSpace(p)
		if k, v, ok := strings.Cut(p, "="); ok && namedRE.MatchString(k) {
			named[strings.ToLower(strings.TrimSpace(k))] = unquote(strings.TrimSpace(v))
			continue
		}
		if i > 0 || p != "" {
			pos = append(pos, unquote(p))
		}
	}
	return pos, named
}

var namedRE = regexp.MustCompile(`^\s*\w[\w-]*\s*$`)

func unquote(s string) string {
	if len(s) >= 2 && (s[0] == '"' || s[0] == '\'') && s[len(s)-1] == s[0] {
		return s[1 : len(s)-1]
	}
	return s
}

var (
	sectionRE    = regexp.MustCompile(`^(={1,6}|#{1,6})[ \t]+(\S.*)$`)
	blockAttrRE  = regexp.MustCompile(`^\[(|[\pL\pN_#%.{,"'].*)\]$`)
	anchorLineRE = regexp.MustCompile(`^\[\[([\pL_:][\w:.\-]*)(?:,[ \t]*(.+))?\]\]$`)
	blockTitleRE = regexp.MustCompile(`^\.(\.?[^ \t.].*)$`)
	thematicRE   = regexp.MustCompile(`^(?:'{3,}|---|\*\*\*|___|- - -|\* \* \*|_ _ _)$`)
	pageBreakRE  = regexp.MustCompile(`^<{3,}$`)
	admonitionRE = regexp.MustCompile(`^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(.*)$`)
	blockMacroRE = regexp.MustCompile(`^([a-z][\w-]*)::(\S*?)\[(.*)\]$`)
	mdQuoteRE    = regexp.MustCompile(`^>(?:[ \t]|$)`)
)

// admonitions are the admonition styles, by the name of the callout each
// is written as.
var admonitions = map[string]string{"NOTE": "note", "TIP": "tip", "IMPORTANT": "important", "WARNING": "warning", "CAUTION": "caution"}

// delimiter returns the kind of block the line t opens or closes, and the
// line that closes it.
func delimiter(t string) (kind, closing string, ok bool) {
	switch {
	case t == "--":
		return "open", t, true
	case strings.HasPrefix(t, "```"):
		return "fenced", "```", true
	case len(t) >= 4 && (t[0] == '|' || t[0] == '!' || t[0] == ',' || t[0] == ':') && strings.Trim(t[1:], "=") == "":
		return "table", t, true
	case len(t) < 4 || strings.Trim(t, t[:1]) != "":
		return "", "", false
	}
	kind, ok = blockKinds[t[0]]
	return kind, t, ok
}

// blockKinds are the kinds of delimited blocks by the character their
// delimiter repeats ("====", "----").
var blockKinds = map[byte]string{'=': "example", '*': "sidebar", '_': "quote", '-': "listing", '.': "literal", '+': "pass", '/': "comment"}

// closing returns the index of the line that closes the block opened at
// ls[i], or len(ls) when none does: the block goes on to the end, as
// Asciidoctor reads it.
func closing(ls []line, i int, close string) int {
	for j := i + 1; j < len(ls); j++ {
		if strings.TrimRight(ls[j].s, " \t") == close {
			return j
		}
	}
	return len(ls)
}

// blocks reads ls as a sequence of blocks. Sections are read at the top
// only (top); within a block a section's title leads into what follows.
func (r *reader) blocks(ls []line, top bool) {
	if r.depth++; r.depth > maxDepth {
		r.fail(errors.New("damaged AsciiDoc file: blocks nested too deep"))
	}
	defer func() { r.depth-- }()
	var m meta
	for i := 0; i < len(ls) && r.err == nil; {
		t := strings.TrimRight(ls[i].s, " \t")
		at := ls[i].n
		if t == "" || comment(t) {
			i++
			continue
		}
		kind, close, delimited := delimiter(t)
		switch {
		case kind == "comment":
			i = closing(ls, i, close) + 1
			m = meta{}
			continue
		case anchorLineRE.MatchString(t):
			i++
			continue
		case blockAttrRE.MatchString(t):
			m.merge(t[1 : len(t)-1])
			i++
			continue
		case blockTitleRE.MatchString(t):
			m.title, m.titleAt = blockTitleRE.FindStringSubmatch(t)[1], at
			i++
			continue
		case attrEntryRE.MatchString(t):
			i = r.attrEntry(ls, i)
			continue
		}
		if m.style == "comment" {
			if delimited {
				i = closing(ls, i, close) + 1
			} else {
				i = r.paragraphEnd(ls, i, false)
			}
			m = meta{}
			continue
		}
		switch {
		case delimited:
			end := closing(ls, i, close)
			r.delimited(kind, strings.TrimPrefix(t, "```"), m, ls[i+1:end], at)
			i = min(end+1, len(ls))
		case sectionRE.MatchString(t):
			r.section(t, top, at)
			i++
		case thematicRE.MatchString(t):
			if r.quoted == 0 {
				r.gap()
				r.put("---", at)
			}
			r.gap()
			i++
		case pageBreakRE.MatchString(t):
			i++
		case blockMacroRE.MatchString(t):
			r.blockMacro(blockMacroRE.FindStringSubmatch(t), m, at)
			i++
		case listItemOf(t) != nil:
			i = r.list(ls, i, m)
		default:
			end := r.paragraphEnd(ls, i, false)
			r.paragraph(ls[i:end], m)
			i = end
		}
		m = meta{}
	}
}

// paragraphEnd returns the index after the paragraph that starts at
// ls[i]: it runs to a blank line, a block's delimiter or attributes, and
// in a list to a list continuation ("+") or another entry.
func (r *reader) paragraphEnd(ls []line, i int, inList bool) int {
	j := i + 1
	for ; j < len(ls); j++ {
		t := strings.TrimRight(ls[j].s, " \t")
		if t == "" || blockAttrRE.MatchString(t) || anchorLineRE.MatchString(t) {
			break
		}
		if _, _, ok := delimiter(t); ok {
			break
		}
		if inList && (t == "+" || listItemOf(t) != nil) {
			break
		}
	}
	return j
}

// section writes a section's title as a heading (a discrete heading's
// too), or, within a block, as a line leading into what follows.
func (r *reader) section(t string, top bool, at int) {
	sm := sectionRE.FindStringSubmatch(t)
	title := sm[2]
	if sm[1][0] == '=' {
		title = strings.TrimRight(strings.TrimRight(title, "="), " \t")
	} else {
		title = strings.TrimRight(strings.TrimRight(title, "#"), " \t")
	}
	if title == "" {
		title = sm[2]
	}
	if !top {
		r.lead(stripAnchors(title), at)
		return
	}
	level := len(sm[1]) + r.shift
	if len(sm[1]) == 1 {
		if !r.titled && !r.text {
			r.setTitle(title, at)
			return
		}
		level = 2
	}
	text := r.inline1(stripAnchors(title))
	if text == "" {
		return
	}
	r.gap()
	r.put(strings.Repeat("#", min(level, 6))+" "+text, at)
	r.gap()
	r.text = true
}

// lead writes a block's title as the line that leads into it: "Key
// cases:".
func (r *reader) lead(title string, at int) {
	t := r.inline1(title)
	if t == "" {
		return
	}
	if !strings.ContainsAny(t[len(t)-1:], ":?.!") {
		t += ":"
	}
	r.put(escapeStart(t), at)
	r.text = true
}

// delimited writes a delimited block of the kind given whose inner lines
// are ls; info is what follows a fence's backticks (its language).
func (r *reader) delimited(kind, info string, m meta, ls []line, at int) {
	style := m.style
	if callout, ok := admonitions[style]; ok && kind != "listing" && kind != "literal" && kind != "fenced" {
		r.admonition(callout, m.title, at, func() { r.blocks(ls, false) })
		return
	}
	switch {
	case kind == "table":
		r.table(m, ls, info, at)
	case kind == "listing" || kind == "literal" || kind == "fenced" || style == "source" || style == "listing" || style == "literal":
		lang := ""
		if kind == "fenced" {
			lang = strings.TrimSpace(info)
		}
		if style == "source" && len(m.pos) > 1 {
			lang = m.pos[1]
		}
		r.verbatim(ls, lang, m, at, false)
	case kind == "pass":
		if style == "stem" || style == "latexmath" || style == "asciimath" {
			r.verbatim(ls, "", m, at, false)
		} else {
			r.raw(ls, m)
		}
	case kind == "quote" || style == "quote" || style == "verse":
		r.quote(m, func() {
			if style == "verse" {
				r.verse(ls, attributed(m))
			} else {
				r.blocks(ls, false)
			}
		})
	default: // example, sidebar, open: the blocks they hold
		if m.title != "" {
			r.lead(m.title, m.titleAt)
		}
		r.blocks(ls, false)
		r.gap()
	}
}

// blockMacro writes a block macro's text: a picture's caption, or its
// description when it has one in words ("Preamble, as adopted"); a video,
// a table of contents and others show no text of the notes.
func (r *reader) blockMacro(mm []string, m meta, at int) {
	if mm[1] != "image" {
		return
	}
	text := m.title
	if text == "" {
		if pos, named := attributeList(mm[3]); named["alt"] != "" {
			text = named["alt"]
		} else if len(pos) > 0 && strings.ContainsAny(strings.TrimSpace(pos[0]), " \t") {
			text = pos[0]
		}
	}
	if t := r.inline1(text); t != "" {
		r.put(escapeStart(t), at)
		r.gap()
		r.text = true
	}
}

// paragraph writes a paragraph as its style says: text, code, a quote, a
// callout, or nothing (a comment).
func (r *reader) paragraph(ls []line, m meta) {
	if len(ls) == 0 {
		return
	}
	at := ls[0].n
	first := strings.TrimRight(ls[0].s, " \t")
	switch style := m.style; {
	case admonitions[style] != "":
		r.admonition(admonitions[style], m.title, at, func() { r.lines(ls, m) })
	case style == "source" || style == "listing" || style == "literal" || style == "stem" || style == "latexmath" || style == "asciimath":
		lang := ""
		if style == "source" && len(m.pos) > 1 {
			lang = m.pos[1]
		}
		r.verbatim(ls, lang, m, at, style == "literal")
	case style == "pass":
		r.raw(ls, m)
	case style == "quote" || style == "verse":
		r.quote(m, func() {
			if style == "verse" {
				r.verse(ls, attributed(m))
			} else {
				r.lines(ls, meta{})
			}
		})
	case style == "" && admonitionRE.MatchString(first):
		am := admonitionRE.FindStringSubmatch(first)
		rest := append([]line{{am[2], at}}, ls[1:]...)
		r.admonition(admonitions[am[1]], m.title, at, func() { r.lines(rest, meta{}) })
	case style == "" && (first[0] == ' ' || first[0] == '\t'):
		r.verbatim(ls, "", m, at, true) // a literal paragraph, indented
	case style == "" && mdQuoteRE.MatchString(first):
		r.mdQuote(ls, m)
	case style == "" && airQuote(ls):
		last := strings.TrimSpace(ls[len(ls)-1].s)
		pos := []string{"quote"}
		author, cite, _ := strings.Cut(strings.TrimSpace(strings.TrimPrefix(last, "--")), ",")
		pos = append(pos, author, strings.TrimSpace(cite))
		body := append([]line(nil), ls[:len(ls)-1]...)
		body[0].s = strings.TrimPrefix(strings.TrimSpace(body[0].s), `"`)
		body[len(body)-1].s = strings.TrimSuffix(strings.TrimSpace(body[len(body)-1].s), `"`)
		r.quote(meta{title: m.title, titleAt: m.titleAt, pos: pos}, func() { r.lines(body, meta{}) })
	default:
		if m.title != "" {
			r.lead(m.title, m.titleAt)
		}
		r.lines(ls, m)
		r.gap()
	}
}

// airQuote reports whether a paragraph is a quote in quotation marks with
// its attribution under it: `"…"` over "-- Author, Source".
func airQuote(ls []line) bool {
	if len(ls) < 2 {
		return false
	}
	first, last := strings.TrimSpace(ls[0].s), strings.TrimSpace(ls[len(ls)-1].s)
	before := strings.TrimSpace(ls[len(ls)-2].s)
	return strings.HasPrefix(first, `"`) && strings.HasSuffix(before, `"`) && strings.HasPrefix(last, "-- ")
}

// lines writes the lines of a paragraph as their text shows, a line for
// each (a hard break, " +", kept as Markdown's).
func (r *reader) lines(ls []line, m meta) {
	hard := r.hardbreaks || m.option("hardbreaks")
	var texts []string
	var at []int
	for _, l := range ls {
		t := strings.TrimSpace(l.s)
		if comment(t) || t == "+" {
			continue
		}
		if strings.HasSuffix(t, " +") {
			t = strings.TrimSuffix(t, " +") + breakMark
		} else if hard {
			t += breakMark
		}
		texts = append(texts, t)
		at = append(at, l.n)
	}
	out := r.inlineLines(texts)
	last := len(out) - 1
	for last >= 0 && out[last] == "" {
		last--
	}
	for k, t := range out[:last+1] {
		if t == "" {
			continue
		}
		if k == last && !m.option("lastbreak") {
			t = strings.TrimSuffix(t, `\`) // a break at the end breaks nothing
		}
		r.put(escapeStart(t), at[k])
		r.text = true
	}
}

// escapeStart escapes the mark a line of text starts with that Markdown
// would read as a block's: a list's, a heading's, a quote's, a table's,
// a rule's.
func escapeStart(t string) string {
	if t == "" {
		return t
	}
	switch t[0] {
	case '-', '*', '+', '>', '#', '|', '=', '_':
		if len(t) == 1 || t[1] == ' ' || t[0] == '#' || t[0] == '|' || t[0] == '>' || strings.Trim(t, t[:1]+" ") == "" {
			return `\` + t
		}
	case '0', '1', '2', '3', '4', '5', '6', '7', '8', '9':
		if orderedRE.MatchString(t) {
			i := strings.IndexAny(t, ".)")
			return t[:i] + `\` + t[i:]
		}
	}
	return t
}

var orderedRE = regexp.MustCompile(`^\d{1,9}[.)](?: |$)`)

// verbatim writes lines as code, as written: a listing, a literal or
// source block; in a quote or callout, as its lines of text. A literal
// paragraph's lines (indented) lose their common indent; callout marks
// ("// <1>") are left out.
func (r *reader) verbatim(ls []line, lang string, m meta, at int, indented bool) {
	var code []line
	for _, l := range ls {
		s := strings.TrimRight(l.s, " \t")
		s = calloutMarkRE.ReplaceAllString(s, "")
		code = append(code, line{s, l.n})
	}
	for len(code) > 0 && code[0].s == "" {
		code = code[1:]
	}
	for len(code) > 0 && code[len(code)-1].s == "" {
		code = code[:len(code)-1]
	}
	if len(code) == 0 {
		return
	}
	if indented {
		cut := -1
		for _, l := range code {
			if l.s != "" {
				n := len(l.s) - len(strings.TrimLeft(l.s, " \t"))
				if cut < 0 || n < cut {
					cut = n
				}
			}
		}
		for k := range code {
			if len(code[k].s) >= cut {
				code[k].s = code[k].s[cut:]
			}
		}
	}
	if m.title != "" {
		r.lead(m.title, m.titleAt)
	}
	r.text = true
	if r.quoted > 0 {
		for _, l := range code {
			if t := strings.TrimSpace(l.s); t != "" {
				r.put(escapeStart(corpus.EscapeMarkdown(t)), l.n)
			}
		}
		r.gap()
		return
	}
	fence := "```"
	for _, l := range code {
		for strings.HasPrefix(strings.TrimSpace(l.s), fence) {
			fence += "`"
		}
	}
	if strings.ContainsAny(lang, "` \t") {
		lang = ""
	}
	r.put(fence+lang, at)
	for _, l := range code {
		r.put(l.s, l.n)
	}
	r.put(fence, code[len(code)-1].n)
	r.gap()
}

// calloutMarkRE matches the callout marks at the end of a line of code,
// with the comment that hides them: " // <1>", " # <2> <3>", " <.>".
var calloutMarkRE = regexp.MustCompile(`[ \t]*(?://|#|--|;;|<!--)?[ \t]*(?:<(?:\d+|\.)>[ \t]*)+(?:-->)?$`)

// raw writes a passthrough block's text: what its HTML shows.
func (r *reader) raw(ls []line, m meta) {
	if m.title != "" {
		r.lead(m.title, m.titleAt)
	}
	var para []line
	flush := func() {
		if len(para) > 0 {
			r.lines(para, meta{})
			r.gap()
			para = nil
		}
	}
	for _, l := range ls {
		t := strings.TrimSpace(htmlEntities(tagRE.ReplaceAllString(l.s, " ")))
		if t == "" {
			flush()
			continue
		}
		para = append(para, line{passText(t), l.n})
	}
	flush()
}

var tagRE = regexp.MustCompile(`<[^<>]*>`)

// passText is text that the inline reader reads as written.
func passText(t string) string { return "+++" + strings.ReplaceAll(t, "+++", "+ ++") + "+++" }

// admonition writes an admonition (NOTE, TIP…) as a callout of its kind
// with its title, and inner writes what it holds within it. Within a
// quote or another callout it is text led by its kind ("Tip: …").
func (r *reader) admonition(kind, title string, at int, inner func()) {
	label := strings.ToUpper(kind[:1]) + kind[1:]
	if r.quoted > 0 {
		lead := label
		if title != "" {
			lead += ": " + title
		}
		r.lead(lead, at)
		inner()
		r.gap()
		return
	}
	r.gap()
	line := "> [!" + kind + "]"
	if t := r.inline1(title); t != "" {
		line += " " + t
	}
	r.put(line, at)
	r.text = true
	old := r.prefix
	r.prefix += "> "
	r.quoted++
	inner()
	r.gapPending = false
	r.quoted--
	r.prefix = old
	r.gap()
}

// quote writes a quote or verse block, inner writing what it holds, and
// its attribution under it ("— B. R. Ambedkar, CA Debates").
func (r *reader) quote(m meta, inner func()) {
	if m.title != "" {
		r.lead(m.title, m.titleAt)
	}
	r.gap()
	old := r.prefix
	r.prefix += "> "
	r.quoted++
	inner()
	r.gapPending = false
	var by []string
	for _, a := range []string{attr(m, 1, "attribution"), attr(m, 2, "citetitle")} {
		if a = r.inline1(a); a != "" {
			by = append(by, a)
		}
	}
	if len(by) > 0 {
		r.put("— "+strings.Join(by, ", "), r.lastAt)
		r.text = true
	}
	r.quoted--
	r.prefix = old
	r.gap()
}

// attr returns a block's positional attribute i, or its named one.
func attr(m meta, i int, name string) string {
	if v := m.named[name]; v != "" {
		return v
	}
	if i < len(m.pos) {
		return strings.TrimSpace(m.pos[i])
	}
	return ""
}

// attributed reports whether a quote names its author or source.
func attributed(m meta) bool { return attr(m, 1, "attribution") != "" || attr(m, 2, "citetitle") != "" }

// verse writes a verse's lines, each kept on its own (its last too when an
// attribution stands under it).
func (r *reader) verse(ls []line, attributed bool) {
	breaks := meta{options: map[string]bool{"hardbreaks": true}}
	var stanza []line
	for k, l := range ls {
		if !blank(l.s) {
			stanza = append(stanza, l)
		}
		if len(stanza) > 0 && (blank(l.s) || k == len(ls)-1) {
			if k == len(ls)-1 && attributed {
				breaks.options["lastbreak"] = true
			}
			r.lines(stanza, breaks)
			r.gap()
			stanza = nil
		}
	}
}

// mdQuote writes a quote written as Markdown writes one ("> …" lines),
// which Asciidoctor reads too; "> -- Author" under it is its attribution.
func (r *reader) mdQuote(ls []line, m meta) {
	var inner []line
	for _, l := range ls {
		t := strings.TrimSpace(l.s)
		if !mdQuoteRE.MatchString(t) {
			inner = append(inner, line{t, l.n}) // a lazy line of the quote
			continue
		}
		inner = append(inner, line{strings.TrimPrefix(strings.TrimPrefix(t, ">"), " "), l.n})
	}
	q := meta{title: m.title, titleAt: m.titleAt, pos: []string{"quote"}}
	if n := len(inner); n > 1 && strings.HasPrefix(inner[n-1].s, "-- ") {
		author, cite, _ := strings.Cut(strings.TrimPrefix(inner[n-1].s, "-- "), ",")
		q.pos = append(q.pos, author, strings.TrimSpace(cite))
		inner = inner[:n-1]
	}
	r.quote(q, func() { r.blocks(inner, false) })
}

// listItem is a list's entry as its first line has it.
type listItem struct {
	kind byte   // 'u' unordered, 'o' ordered, 'c' a callout's, 'd' a description
	key  string // the mark that places it in the nesting: "*", "**", "-", ".", "1.", "::", ";;"
	text string // for 'd', the term
	def  string // for 'd', the description on its line
	num  int    // for 'o', the number written ("3."), or 0
}

var (
	unorderedRE = regexp.MustCompile(`^[ \t]*(-|\*{1,5})[ \t]+(\S.*)$`)
	orderedLiRE = regexp.MustCompile(`^[ \t]*(\.{1,5}|\d{1,9}\.|[a-zA-Z]\.|[ivxIVX]{1,6}\))[ \t]+(\S.*)$`)
	calloutLiRE = regexp.MustCompile(`^<(\d{1,4}|\.)>[ \t]+(\S.*)$`)
	dlistRE     = regexp.MustCompile(`^[ \t]*([^ \t].*?)(:::{0,2}|;;)(?:[ \t]+(.*))?$`)
)

// listItemOf returns the list entry the line t opens, or nil.
func listItemOf(t string) *listItem {
	if m := unorderedRE.FindStringSubmatch(t); m != nil {
		return &listItem{kind: 'u', key: m[1], text: m[2]}
	}
	if m := orderedLiRE.FindStringSubmatch(t); m != nil {
		key, num := m[1], 0
		switch c := key[0]; {
		case c >= '0' && c <= '9':
			key = "1."
			num, _ = strconv.Atoi(strings.TrimSuffix(m[1], "."))
		case strings.HasSuffix(key, ")"):
			if c >= 'a' {
				key = "i)"
			} else {
				key = "I)"
			}
		case c >= 'a' && c <= 'z':
			key = "a."
		case c >= 'A' && c <= 'Z':
			key = "A."
		}
		return &listItem{kind: 'o', key: key, text: m[2], num: num}
	}
	if m := calloutLiRE.FindStringSubmatch(t); m != nil {
		return &listItem{kind: 'c', key: "<>", text: m[2]}
	}
	if strings.Contains(t, "::") || strings.Contains(t, ";;") {
		if strings.HasPrefix(strings.TrimSpace(t), "//") {
			return nil
		}
		if m := dlistRE.FindStringSubmatch(t); m != nil && !strings.HasSuffix(m[1], ":") && !strings.HasSuffix(m[1], ";") {
			return &listItem{kind: 'd', key: m[2], text: m[1], def: strings.TrimSpace(m[3])}
		}
	}
	return nil
}

// level is a list open within the list being read.
type level struct {
	key    string
	kind   byte
	indent int // the column its marks are written at
	width  int // the width of its marks: where its entries' text starts
	n      int // entries so far
}

// list reads the list that starts at ls[i] (entries, what is under them,
// the lists nested in them) and returns the index after it.
func (r *reader) list(ls []line, i int, m meta) int {
	if m.title != "" {
		r.lead(m.title, m.titleAt)
	}
	var stack []level
	start := 0
	if s, err := strconv.Atoi(m.named["start"]); err == nil {
		start = s - 1
	}
	j, blankBefore := i, false
	for j < len(ls) && r.err == nil {
		t := strings.TrimRight(ls[j].s, " \t")
		if t == "" {
			j++
			blankBefore = true
			continue
		}
		if comment(t) {
			if blankBefore {
				break // "//-": a comment that ends a list
			}
			j++
			continue
		}
		it := listItemOf(t)
		if it == nil {
			if t == "+" && len(stack) > 0 {
				j = r.attach(ls, j+1, stack[len(stack)-1])
				blankBefore = false
				continue
			}
			break
		}
		k := len(stack) - 1
		for k >= 0 && stack[k].key != it.key {
			k--
		}
		if k >= 0 {
			stack = stack[:k+1]
		} else {
			lv := level{key: it.key, kind: it.kind, width: 2}
			if n := len(stack); n > 0 {
				lv.indent = stack[n-1].indent + stack[n-1].width
			}
			if it.kind == 'o' || it.kind == 'c' {
				lv.width = 3
				if n := len(stack); n == 0 && start > 0 {
					lv.n = start
				} else if it.num > 1 {
					lv.n = it.num - 1
				}
			}
			stack = append(stack, lv)
		}
		lv := &stack[len(stack)-1]
		lv.n++
		text := []line{{it.text, ls[j].n}}
		if it.kind == 'd' {
			text[0].s = it.def
		}
		j++
		for ; j < len(ls); j++ {
			s := strings.TrimRight(ls[j].s, " \t")
			if comment(strings.TrimSpace(s)) {
				continue
			}
			if s == "" || s == "+" || listItemOf(s) != nil || blockAttrRE.MatchString(s) || anchorLineRE.MatchString(s) {
				break
			}
			if _, _, ok := delimiter(s); ok {
				break
			}
			text = append(text, line{strings.TrimSpace(s), ls[j].n})
		}
		if it.kind == 'd' && it.def == "" && len(text) == 1 {
			// the description on the lines under the term, after blank
			// lines too
			k := j
			for k < len(ls) && blank(ls[k].s) {
				k++
			}
			if k < len(ls) && r.descriptionLine(ls[k].s) {
				end := r.paragraphEnd(ls, k, true)
				text = nil
				for _, l := range ls[k:end] {
					if !comment(strings.TrimSpace(l.s)) {
						text = append(text, line{strings.TrimSpace(l.s), l.n})
					}
				}
				j = end
			}
		}
		r.item(*lv, it, text, m.style)
		blankBefore = false
	}
	r.gap()
	return j
}

// descriptionLine reports whether the line under a term with no
// description on its line is its description: text, not another block.
func (r *reader) descriptionLine(s string) bool {
	t := strings.TrimRight(s, " \t")
	if t == "+" || comment(strings.TrimSpace(t)) || listItemOf(t) != nil || blockAttrRE.MatchString(t) || blockTitleRE.MatchString(t) ||
		attrEntryRE.MatchString(t) || sectionRE.MatchString(t) || blockMacroRE.MatchString(t) {
		return false
	}
	_, _, ok := delimiter(t)
	return !ok
}

// item writes a list's entry: its mark, at its list's indent, and its
// text; a description's term in bold, "Term: description".
func (r *reader) item(lv level, it *listItem, text []line, style string) {
	indent := strings.Repeat(" ", lv.indent)
	var mark string
	switch it.kind {
	case 'o', 'c':
		mark = strconv.Itoa(lv.n) + ". "
	default:
		mark = "- "
	}
	var texts []string
	var at []int
	for _, l := range text {
		s := l.s
		if strings.HasSuffix(s, " +") {
			s = strings.TrimSuffix(s, " +") + breakMark
		}
		texts = append(texts, s)
		at = append(at, l.n)
	}
	box := ""
	if it.kind == 'u' && len(texts) > 0 {
		if m := checkRE.FindStringSubmatch(texts[0]); m != nil {
			box = "[x] "
			if m[1] == " " {
				box = "[ ] "
			}
			texts[0] = m[2]
		}
	}
	out := r.inlineLines(texts)
	first := ""
	if len(out) > 0 {
		first = out[0]
	}
	if it.kind == 'd' {
		term := r.inline1(it.text)
		switch {
		case first == "":
			first = "**" + term + "**"
			if !strings.HasSuffix(term, "?") && !strings.HasSuffix(term, ":") {
				first += ":"
			}
		case strings.HasSuffix(term, "?") || style == "qanda":
			first = "**" + term + "** " + first
		default:
			first = "**" + strings.TrimSuffix(term, ":") + "**: " + first
		}
	}
	if first == "" && box == "" && len(out) <= 1 {
		return
	}
	r.text = true
	r.put(indent+mark+box+first, at[0])
	more := indent + strings.Repeat(" ", lv.width)
	for k := 1; k < len(out); k++ {
		if out[k] != "" {
			r.put(more+escapeStart(out[k]), at[k])
		}
	}
}

var checkRE = regexp.MustCompile(`^\[([ xX*])\][ \t]+(.*)$`)

// attach writes the block a list continuation ("+") attaches to the entry
// of lv, which starts at ls[i], and returns the index after it.
func (r *reader) attach(ls []line, i int, lv level) int {
	k := i
	for k < len(ls) {
		t := strings.TrimRight(ls[k].s, " \t")
		if !blockAttrRE.MatchString(t) && !anchorLineRE.MatchString(t) && !blockTitleRE.MatchString(t) {
			break
		}
		k++
	}
	if k >= len(ls) {
		return len(ls)
	}
	end := k + 1
	t := strings.TrimRight(ls[k].s, " \t")
	_, close, delimited := delimiter(t)
	if delimited {
		end = min(closing(ls, k, close)+1, len(ls))
	} else if t != "" {
		end = r.paragraphEnd(ls, k, true)
	}
	// A paragraph runs on from the entry's text; a delimited block
	// (code, a table, a callout) stands apart from it and from the next
	// entry.
	old := r.prefix
	r.prefix += strings.Repeat(" ", lv.indent+lv.width)
	r.gapPending = delimited
	r.blocks(ls[i:end], false)
	r.gapPending = r.gapPending && delimited
	r.prefix = old
	return end
}

// stripAnchors takes the anchors off a title: "[[art21]] Article 21",
// "Article 21 [[art21]]".
func stripAnchors(t string) string {
	return strings.TrimSpace(inlineAnchorRE.ReplaceAllString(t, ""))
}
