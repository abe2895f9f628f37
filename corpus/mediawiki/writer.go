package mediawiki

import (
	"html"
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// writer writes the lines of a page's wikitext, expanded, as Markdown:
// headings as headings, lists as lists, tables as pipe tables, paragraphs
// as paragraphs, each line's text read inline (see inline).
type writer struct {
	title string
	min   int // the level of the page's highest headings in Markdown: 2, or 3 under the page's own

	md      markdown
	base    int   // added to a heading's level in wikitext
	numbers []int // the numbers of the open numbered lists' entries, by depth
	inList  bool
	marks   string // the marks of the last entry of the list
	level   int    // the level of the last heading written; 0 before one
	opening []line // an infobox before the page's first text, to write after the lead (see facts)
}

// page writes the lines of a page and returns them, none when it shows
// no text.
func (w *writer) page(ls []line) []line {
	least := 0
	for _, l := range ls {
		if level, _, ok := heading(l.text); ok && (least == 0 || level < least) {
			least = level
		}
	}
	w.base = w.min - max(least, 1)
	skip := backMatter(ls)
	text, code := false, false
	for i := 0; i < len(ls); i++ {
		if skip[i] {
			continue
		}
		l := ls[i]
		t := strings.TrimRight(l.text, " \t")
		trimmed := strings.TrimLeft(t, " \t")
		if c := strings.HasPrefix(t, codeMark); c != code {
			if c {
				w.endList(l.at)
				w.md.gap(l.at)
				w.md.line("```", l.at)
			} else {
				w.md.line("```", l.at)
				w.md.gap(l.at)
			}
			code = c
		}
		switch {
		case code:
			c := t[len(codeMark):]
			if t := strings.TrimLeft(c, " "); strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				c = corpus.EscapeMarkdown(c) // not the fence's end
			}
			w.md.line(c, l.at)
			text = true
		case strings.HasPrefix(trimmed, factMark):
			w.endList(l.at)
			end := i
			var facts []line
			for ; end < len(ls) && strings.HasPrefix(ls[end].text, factMark); end++ {
				facts = append(facts, line{ls[end].text[len(factMark):], ls[end].at})
			}
			i = end - 1
			if !text && w.level == 0 && w.opening == nil {
				w.opening, text = facts, true // written after the lead
				continue
			}
			w.facts(facts)
		case trimmed == "":
			w.endList(l.at)
			w.md.gap(l.at)
		case strings.HasPrefix(trimmed, "{|"):
			end := tableEnd(ls, i)
			w.endList(l.at)
			text = w.table(ls[i:end], lastBeforeHeading(ls[end:], skip[end:])) || text
			i = end - 1
		case hrRE.MatchString(trimmed):
			w.endList(l.at)
			w.md.gap(l.at)
		default:
			if level, h, ok := heading(t); ok {
				w.endList(l.at)
				h, _ = w.inline(h, " ")
				if h = strings.TrimSpace(strings.ReplaceAll(h, "*", "")); h == "" {
					continue
				}
				level = min(max(level+w.base, w.min), 6)
				w.putOpening()
				w.level = level
				w.md.gap(l.at)
				w.md.line(strings.Repeat("#", level)+" "+h, l.at)
				w.md.gap(l.at)
				continue
			}
			m := listRE.FindStringSubmatch(trimmed)
			if m == nil {
				text = w.paragraph(trimmed, l.at) || text
				continue
			}
			if used, ok := w.list(ls, i, m[1], m[2]); ok {
				i += used
				text = true
				continue
			}
			// ":" indenting a paragraph of its own
			w.md.gap(l.at)
			text = w.paragraph(strings.TrimLeft(m[2], " "), l.at) || text
			w.md.gap(l.at)
		}
	}
	if code {
		w.md.line("```", ls[len(ls)-1].at)
	}
	w.putOpening()
	if !text {
		return nil
	}
	out := w.md.ls
	for len(out) > 0 && out[len(out)-1].text == "" {
		out = out[:len(out)-1]
	}
	return out
}

// facts writes an infobox's "Key: value" lines as a paragraph, which
// corpus keeps line by line, as the web reader writes a box of facts.
func (w *writer) facts(facts []line) {
	var ls []line
	for _, f := range facts {
		if t, _ := w.inline(f.text, "; "); t != "" {
			ls = append(ls, line{t, f.at})
		}
	}
	if len(ls) == 0 {
		return
	}
	w.md.gap(ls[0].at)
	w.md.ls = append(w.md.ls, ls...)
	w.md.gap(ls[len(ls)-1].at)
}

// putOpening writes the infobox that opens the page after the text beside
// it (the lead), before the first heading: the definition starts with what
// the page says, not with its box.
func (w *writer) putOpening() {
	if w.opening != nil {
		w.endList(w.opening[0].at)
		w.facts(w.opening)
		w.opening = nil
	}
}

// lastBeforeHeading reports whether nothing but blank lines (and lines
// left out) stands in ls before a heading or the end.
func lastBeforeHeading(ls []line, skip []bool) bool {
	for k, l := range ls {
		if skip[k] || strings.TrimSpace(l.text) == "" {
			continue
		}
		_, _, ok := heading(l.text)
		return ok
	}
	return true
}

var (
	headingRE = regexp.MustCompile(`^(={1,6})(.+?)(={1,6})\s*$`)
	listRE    = regexp.MustCompile(`^([*#:;]+)\s*(.*)$`)
	hrRE      = regexp.MustCompile(`^-{4,}\s*$`)
)

// heading reads a line that is a heading: its level (1 for "= … =") and
// its text.
func heading(s string) (int, string, bool) {
	if !strings.HasPrefix(s, "=") {
		return 0, "", false
	}
	m := headingRE.FindStringSubmatch(strings.TrimRight(s, " \t"))
	if m == nil {
		return 0, "", false
	}
	level := min(len(m[1]), len(m[3]))
	text := strings.Trim(m[2], " \t=")
	return level, text, text != ""
}

// paragraph writes a line of a paragraph, the captions of its pictures
// each a paragraph before it, and reports whether it wrote any text.
func (w *writer) paragraph(t string, at int) bool {
	text, captions := w.inline(t, " ")
	w.captions(captions, at)
	if text == "" {
		return len(captions) > 0
	}
	w.endList(at)
	if strings.HasPrefix(text, "#") {
		text = "&#35;" + text[1:] // a "#" of text, not a heading's
	}
	w.md.line(text, at)
	return true
}

// captions writes pictures' captions, each a paragraph.
func (w *writer) captions(captions []string, at int) {
	for _, c := range captions {
		if c, _ = w.inline(c, " "); c != "" {
			w.endList(at)
			w.md.gap(at)
			w.md.line(c, at)
			w.md.gap(at)
		}
	}
}

// endList ends the list being written.
func (w *writer) endList(at int) {
	if w.inList {
		w.md.gap(at)
		w.inList = false
		w.numbers = w.numbers[:0]
	}
}

// list writes an entry of a list whose marks are marks ("*", "#*", ";",
// ":") and text text, the line ls[i], and returns how many lines after it
// it used: a term's definition on the next line (";Term" ":definition")
// is written with it. It reports false for a line of ":" marks that
// indents a paragraph, not in a list.
func (w *writer) list(ls []line, i int, marks, text string) (int, bool) {
	at := ls[i].at
	defer func() { w.marks = marks }()
	depth := len(marks)
	indent := strings.Repeat("  ", depth-1)
	used := 0
	switch last := marks[depth-1]; {
	case last == ';':
		term, def := definition(text)
		if def == "" && i+1 < len(ls) {
			if m := listRE.FindStringSubmatch(strings.TrimSpace(ls[i+1].text)); m != nil && m[1] == marks[:depth-1]+":" {
				def, used = m[2], 1
			}
		}
		term, captions := w.inline(term, " ")
		w.captions(captions, at)
		def, _ = w.inline(def, " ")
		if term == "" && def == "" {
			return used, true
		}
		if def == "" {
			// a term alone: a bold line over what follows it
			w.endList(at)
			w.md.gap(at)
			w.md.line("**"+strings.Trim(term, "*")+"**", at)
			return used, true
		}
		w.startList(at)
		entry := indent + "- "
		if term != "" {
			entry += "**" + strings.TrimRight(strings.Trim(term, "*"), ":") + ":** "
		}
		w.md.line(strings.TrimRight(entry+def, " "), at)
		return used, true
	case last == ':':
		if !w.inList || depth == 1 && !strings.HasPrefix(w.marks, ";") {
			return 0, false // a paragraph indented
		}
		t, _ := w.inline(text, " ")
		if t != "" {
			w.md.line(strings.Repeat("  ", depth)+t, at) // more of the entry above
		}
		return 0, true
	}
	t, captions := w.inline(text, " ")
	w.captions(captions, at)
	if t == "" {
		return 0, true
	}
	w.startList(at)
	for len(w.numbers) < depth {
		w.numbers = append(w.numbers, 0)
	}
	w.numbers = w.numbers[:depth]
	marker := "- "
	if marks[depth-1] == '#' {
		w.numbers[depth-1]++
		marker = strconv.Itoa(w.numbers[depth-1]) + ". "
	}
	w.md.line(indent+marker+t, at)
	return 0, true
}

// startList starts a list unless one is being written.
func (w *writer) startList(at int) {
	if !w.inList {
		w.md.gap(at)
		w.inList = true
	}
}

// definition splits the text of a term's line (";Term : definition") at
// its first ":" outside links and web addresses.
func definition(t string) (string, string) {
	links := 0
	for i := 0; i < len(t); i++ {
		switch {
		case t[i] == '[':
			links++
		case t[i] == ']' && links > 0:
			links--
		case t[i] == ':' && links == 0 && !strings.HasPrefix(t[i:], "://"):
			return strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+1:])
		}
	}
	return strings.TrimSpace(t), ""
}

var (
	magicWordRE = regexp.MustCompile(`__[A-Z]+__`)
	extLinkRE   = regexp.MustCompile(`\[(?:https?://|ftp://|//|mailto:|irc://|news:)[^\s\]\[<>"]*(?:\s+([^\]\n]*))?\]`)
	interlangRE = regexp.MustCompile(`^(?:[a-z]{2,3}(?:-[a-z]{2,12})*|simple)$`)
)

// inline returns the Markdown of a line of wikitext, br in place of its
// line breaks (<br />), and the captions of the pictures in frames it
// shows, as wikitext: links are their text, emphasis is Markdown's, HTML
// tags and magic words (__TOC__) are left out and character references
// read.
func (w *writer) inline(s, br string) (string, []string) {
	if strings.Contains(s, "__") {
		s = magicWordRE.ReplaceAllString(s, "")
	}
	if strings.ContainsAny(s, codeMark+factMark) {
		s = strings.NewReplacer(codeMark, "", factMark, "").Replace(s)
	}
	s = htmlTags(s, br)
	var captions []string
	if strings.Contains(s, "[[") {
		s, captions = w.links(s)
	}
	if strings.Contains(s, "[") {
		s = extLinkRE.ReplaceAllString(s, "$1")
	}
	s = tidy(emphasis(s))
	if br != " " {
		s = strings.ReplaceAll(s, br+"(", " (")
	}
	return strings.TrimSpace(s), captions
}

// htmlKinds are the HTML tags wikitext holds whose text is kept: a line
// break, bold, italic or another.
var htmlKinds = map[string]int{"br": htmlBreak, "b": htmlBold, "strong": htmlBold, "i": htmlItalic, "em": htmlItalic,
	"cite": htmlItalic, "var": htmlItalic, "dfn": htmlItalic}

const (
	htmlOther = iota
	htmlBreak
	htmlBold
	htmlItalic
)

func init() {
	for _, name := range strings.Fields(`span div small big sup sub u s del ins strike center font abbr code tt kbd
		samp mark q p blockquote poem section onlyinclude noinclude table tr td th tbody thead caption ul ol li dl dt dd
		h1 h2 h3 h4 h5 h6 hr wbr bdi bdo time data ruby rb rt rp translate tvar languages tabber tab nowiki pre gallery
		ref references includeonly`) {
		htmlKinds[name] = htmlOther
	}
}

// htmlTags rewrites the HTML tags of s (see htmlKinds): a line break as
// br, <b> and <strong> as bold's three apostrophes, <i> and <em> as
// italic's two, others left out, their text kept. A "<" of another kind
// is text.
func htmlTags(s, br string) string {
	if !strings.Contains(s, "<") {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		k := strings.IndexByte(s[i:], '<')
		if k < 0 {
			b.WriteString(s[i:])
			break
		}
		b.WriteString(s[i : i+k])
		i += k
		j := i + 1
		for j < len(s) && (s[j] == ' ' || s[j] == '/') {
			j++
		}
		n := j
		for n < len(s) && n-j < 16 && ('a' <= s[n]|0x20 && s[n]|0x20 <= 'z' || '0' <= s[n] && s[n] <= '9') {
			n++
		}
		kind, ok := htmlKinds[asciiLower(s[j:n])]
		gt := -1
		if ok && n < len(s) && strings.IndexByte(">/ \t", s[n]) >= 0 {
			gt = strings.IndexAny(s[n:min(len(s), n+maxTagBytes)], "<>")
		}
		if gt < 0 || s[n+gt] != '>' {
			b.WriteByte('<')
			i++
			continue
		}
		switch kind {
		case htmlBreak:
			b.WriteString(br)
		case htmlBold:
			b.WriteString("'''")
		case htmlItalic:
			b.WriteString("''")
		}
		i = n + gt + 1
	}
	return b.String()
}

// tidy folds the spaces of s, and takes out those that what was left out
// leaves before punctuation ("rights ." for "rights {{cn}}.") and after an
// opening bracket, and brackets left empty ("( )", "(, )").
func tidy(s string) string {
	b := make([]byte, 0, len(s))
	space := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c == ' ' || c == '\t':
			space = true
			continue
		case c == ')':
			k := len(b)
			for k > 0 && (b[k-1] == ' ' || b[k-1] == ',' || b[k-1] == ';') {
				k--
			}
			if k > 0 && b[k-1] == '(' {
				b = b[:k-1]
				for len(b) > 0 && b[len(b)-1] == ' ' {
					b = b[:len(b)-1]
				}
				space = len(b) > 0
				continue
			}
		}
		if space && len(b) > 0 && b[len(b)-1] != '(' && !strings.ContainsRune(".,;:!?)", rune(c)) {
			b = append(b, ' ')
		}
		space = false
		b = append(b, c)
	}
	return string(b)
}

// links writes the links of s as the text they show; a picture's caption,
// when it is shown in a frame, is returned apart.
func (w *writer) links(s string) (string, []string) {
	var b strings.Builder
	b.Grow(len(s))
	captions := w.linksIn(&b, s, 0, len(s), linkCloses(s), 0)
	return b.String(), captions
}

// maxLinks bounds the links of a line read as links; the others are text.
const maxLinks = 100_000

// linkCloses finds the "]]" that closes each "[[" of s.
func linkCloses(s string) map[int]int {
	closes := map[int]int{}
	var open []int
	for i := 0; i+1 < len(s) && len(closes) < maxLinks; {
		switch {
		case s[i] == '[' && s[i+1] == '[':
			open = append(open, i)
			i += 2
		case s[i] == ']' && s[i+1] == ']' && len(open) > 0:
			closes[open[len(open)-1]] = i
			open = open[:len(open)-1]
			i += 2
		default:
			i++
		}
	}
	return closes
}

// linksIn writes s[from:to] to b, its links (closes: where each ends) as
// the text they show, depth links deep.
func (w *writer) linksIn(b *strings.Builder, s string, from, to int, closes map[int]int, depth int) []string {
	var captions []string
	for i := from; i < to; {
		k := strings.Index(s[i:to], "[[")
		if k < 0 {
			b.WriteString(s[i:to])
			break
		}
		b.WriteString(s[i : i+k])
		i += k
		c, ok := closes[i]
		if !ok || c+2 > to {
			b.WriteString("[[")
			i += 2
			continue
		}
		if depth >= maxDepth {
			b.WriteString(s[i+2 : c])
		} else {
			captions = append(captions, w.link(b, s, i+2, c, closes, depth+1)...)
		}
		i = c + 2
	}
	return captions
}

// link writes the text the inside of a link, s[from:to], shows: its
// label, else its target; none for a category or a link to another
// language's page. A picture shows none but its caption, returned apart,
// when framed.
func (w *writer) link(b *strings.Builder, s string, from, to int, closes map[int]int, depth int) []string {
	var bars []int // the "|"s outside links within it
	for i := from; i < to; i++ {
		if c, ok := closes[i]; s[i] == '[' && ok && c+2 <= to {
			i = c + 1
			continue
		}
		if s[i] == '|' {
			bars = append(bars, i)
		}
	}
	end := to
	if len(bars) > 0 {
		end = bars[0]
	}
	target := strings.TrimSpace(s[from:end])
	shown := strings.HasPrefix(target, ":")
	target = strings.TrimSpace(strings.TrimPrefix(target, ":"))
	if ns, _, ok := strings.Cut(target, ":"); ok && !shown {
		switch l := strings.ToLower(strings.TrimSpace(ns)); {
		case l == "file" || l == "image":
			var params []string
			for k, bar := range bars {
				next := to
				if k+1 < len(bars) {
					next = bars[k+1]
				}
				params = append(params, s[bar+1:next])
			}
			return caption(params)
		case l == "category" || interlangRE.MatchString(strings.TrimSpace(ns)):
			return nil
		}
	}
	if len(bars) == 0 {
		b.WriteString(strings.TrimPrefix(target, "#"))
		return nil
	}
	if strings.TrimSpace(s[bars[0]+1:to]) == "" {
		b.WriteString(pipeTrick(target))
		return nil
	}
	return w.linksIn(b, s, bars[0]+1, to, closes, depth)
}

var parenRE = regexp.MustCompile(`\s*\([^()]*\)\s*$`)

// pipeTrick is the label "[[Target|]]" shows: the target without its
// namespace and its words in brackets.
func pipeTrick(target string) string {
	if _, rest, ok := strings.Cut(target, ":"); ok {
		target = rest
	}
	if t := parenRE.ReplaceAllString(target, ""); t != "" {
		target = t
	}
	return strings.TrimSpace(strings.Split(target, ",")[0])
}

var pxRE = regexp.MustCompile(`^\d*(?:x\d+)?\s*px$`)

// caption returns a picture's caption, its last parameter that is not an
// option ("thumb", "250px", "alt=…"), when it is shown: in a frame.
func caption(params []string) []string {
	framed := false
	caption := ""
	for _, p := range params {
		t := strings.TrimSpace(p)
		l := strings.ToLower(t)
		key, _, named := strings.Cut(l, "=")
		switch {
		case l == "thumb" || l == "thumbnail" || l == "frame" || l == "framed" || key == "thumb" || key == "thumbnail":
			framed = true
		case imageOptions[l] || pxRE.MatchString(l) || named && imageKeys[strings.TrimSpace(key)]:
		default:
			caption = t
		}
	}
	if !framed || caption == "" {
		return nil
	}
	return []string{caption}
}

var (
	imageOptions = set("frameless", "border", "left", "right", "center", "centre", "none", "baseline", "middle", "sub",
		"super", "top", "text-top", "bottom", "text-bottom", "upright", "loop", "muted")
	imageKeys = set("upright", "alt", "link", "page", "class", "lang", "start", "end", "thumbtime")
)

// emphasis writes wikitext's bold (text between three apostrophes) and
// italic (between two) as Markdown's, to the end of the line, and its
// text with character references read and what Markdown would misread
// escaped. Marks hug their text ("**x** ", not "**x **"); a pair around
// nothing is left out.
func emphasis(s string) string {
	type token struct {
		text       string
		mark       string // "*" or "**"; "" for text
		open, dead bool
		texts      int // an open mark's: the tokens of text before it
	}
	var (
		toks  []token
		open  []int // the tokens of the marks open, the innermost last
		texts int   // tokens of text that is not blank
	)
	text := func(t string) {
		if t != "" {
			toks = append(toks, token{text: t})
			if strings.TrimSpace(t) != "" {
				texts++
			}
		}
	}
	opens := func(mark string) {
		open = append(open, len(toks))
		toks = append(toks, token{mark: mark, open: true, texts: texts})
	}
	closes := func(k int) {
		if toks[k].texts == texts {
			toks[k].dead = true // nothing between
			return
		}
		toks = append(toks, token{mark: toks[k].mark})
	}
	toggle := func(mark string) {
		k := -1
		for j, t := range open {
			if toks[t].mark == mark {
				k = j
			}
		}
		if k < 0 {
			opens(mark)
			return
		}
		inner := open[k+1:]
		for j := len(inner) - 1; j >= 0; j-- {
			closes(inner[j])
		}
		closes(open[k])
		var reopen []string
		for _, t := range inner {
			reopen = append(reopen, toks[t].mark)
		}
		open = open[:k]
		for _, m := range reopen {
			opens(m)
		}
	}
	from := 0
	for i := 0; i < len(s); {
		if s[i] != '\'' || i+1 >= len(s) || s[i+1] != '\'' {
			i++
			continue
		}
		j := i
		for j < len(s) && s[j] == '\'' {
			j++
		}
		text(s[from:i])
		switch n := j - i; {
		case n == 2:
			toggle("*")
		case n == 3:
			toggle("**")
		case n == 4:
			text("'")
			toggle("**")
		default:
			text(strings.Repeat("'", n-5))
			if len(open) > 0 && toks[open[len(open)-1]].mark == "*" {
				toggle("*")
				toggle("**")
			} else {
				toggle("**")
				toggle("*")
			}
		}
		i, from = j, j
	}
	text(s[from:])
	for j := len(open) - 1; j >= 0; j-- {
		closes(open[j])
	}
	var b strings.Builder
	marks, space := "", "" // marks opened and spaces written, not yet written
	for _, t := range toks {
		switch {
		case t.dead:
		case t.open:
			marks += t.mark
		case t.mark != "":
			b.WriteString(t.mark)
		default:
			rest := strings.TrimLeft(t.text, " ")
			if rest == "" {
				space += t.text
				continue
			}
			b.WriteString(space + t.text[:len(t.text)-len(rest)] + marks)
			core := strings.TrimRight(rest, " ")
			b.WriteString(escape(html.UnescapeString(core)))
			marks, space = "", rest[len(core):]
		}
	}
	b.WriteString(space)
	return b.String()
}

// escape writes text so that Markdown reads it as it is (see
// corpus.EscapeMarkdown), each "[" as "&#91;": text holds no links.
func escape(t string) string {
	if !strings.Contains(t, "[") {
		return corpus.EscapeMarkdown(t)
	}
	parts := strings.Split(t, "[")
	for i, p := range parts {
		parts[i] = corpus.EscapeMarkdown(p)
	}
	return strings.Join(parts, "&#91;")
}

// tableEnd returns the index after the line that ends the table starting
// at ls[i] ("|}"), tables within it counted; len(ls) when none does.
func tableEnd(ls []line, i int) int {
	depth := 0
	for k := i; k < len(ls); k++ {
		t := strings.TrimSpace(ls[k].text)
		switch {
		case strings.HasPrefix(t, "{|"):
			depth++
		case strings.HasPrefix(t, "|}"):
			if depth--; depth == 0 {
				return k + 1
			}
		}
	}
	return len(ls)
}

// backMatterTitles are the titles of the sections that end an article
// with what it links to and cites.
var backMatterTitles = set("see also", "references", "notes", "external links", "further reading", "bibliography",
	"sources", "citations", "footnotes", "notes and references", "references and notes", "works cited",
	"general references", "cited sources", "explanatory notes", "general and cited references", "other links",
	"related articles", "reference", "note", "external link", "source")

// backMatter marks the lines of sections that only list links or sources
// (see backMatterTitles), their subsections with them, to be left out.
func backMatter(ls []line) []bool {
	skip := make([]bool, len(ls))
	for i := 0; i < len(ls); i++ {
		level, title, ok := heading(ls[i].text)
		if !ok {
			continue
		}
		title = strings.ToLower(strings.Trim(strings.NewReplacer("'''", "", "''", "").Replace(title), " :"))
		if !backMatterTitles[title] {
			continue
		}
		end := i + 1
		for end < len(ls) {
			if l, _, ok := heading(ls[end].text); ok && l <= level {
				break
			}
			end++
		}
		if linksOnly(ls[i+1 : end]) {
			for k := i; k < end; k++ {
				skip[k] = true
			}
		}
		i = end - 1
	}
	return skip
}

var (
	leadLinkRE = regexp.MustCompile(`^['"“]*\[(?:\[|https?://|//)`)
	fileLinkRE = regexp.MustCompile(`(?i)^\[\[\s*(?:file|image)\s*:`)
)

// linksOnly reports whether lines hold nothing but links and sources:
// each a link, or an entry of a list that starts with one or cites a
// source, or a heading.
func linksOnly(ls []line) bool {
	for _, l := range ls {
		t := strings.TrimSpace(magicWordRE.ReplaceAllString(l.text, ""))
		if _, _, ok := heading(t); ok {
			continue
		}
		if strings.HasPrefix(t, codeMark) || strings.HasPrefix(t, "{|") {
			return false
		}
		t = strings.TrimSpace(htmlTags(strings.TrimLeft(t, "*#:;"), " "))
		if t == "" || leadLinkRE.MatchString(t) && !fileLinkRE.MatchString(t) || sourceRE.MatchString(t) {
			continue
		}
		return false
	}
	return true
}

// table writes a table ({| … |}, the lines ls) as a pipe table, as the
// web reader writes one: its first rows of headers (! …) the header (none
// when it has none), cells spanning rows or columns written in each. Its
// caption (|+ …) is a heading over its rows when it is last before a
// heading (named), else a paragraph over it. A table of one column, or of
// one row without headers, is paragraphs; one of labels (! …) and values,
// like an infobox, is a paragraph of "Label: value" lines. It reports
// whether it wrote any text.
func (w *writer) table(ls []line, named bool) bool {
	type cell struct {
		lines            []string
		header           bool
		rowspan, colspan int
	}
	type row struct {
		cells []cell
		at    int
	}
	var (
		caption   string
		captionAt int
		rows      []row
		inRow     bool
		nested    int
	)
	for k, l := range ls {
		t := strings.TrimSpace(l.text)
		if k == 0 {
			continue // "{| class=…"
		}
		if nested > 0 || strings.HasPrefix(t, "{|") {
			// A table within a cell: its text, in the cell.
			switch {
			case strings.HasPrefix(t, "{|"):
				nested++
				continue
			case strings.HasPrefix(t, "|}"):
				nested--
				continue
			case strings.HasPrefix(t, "|-") || strings.HasPrefix(t, "|+"):
				continue
			}
			if len(rows) > 0 && len(rows[len(rows)-1].cells) > 0 {
				r := &rows[len(rows)-1]
				c := &r.cells[len(r.cells)-1]
				t = cellBars.Replace(strings.TrimLeft(t, "|!"))
				c.lines = append(c.lines, cellContent(t))
			}
			continue
		}
		switch {
		case strings.HasPrefix(t, "|}"):
		case strings.HasPrefix(t, "|+"):
			caption, captionAt = cellContent(t[2:]), l.at
		case strings.HasPrefix(t, "|-"):
			inRow = false
		case strings.HasPrefix(t, "|") || strings.HasPrefix(t, "!"):
			header := t[0] == '!'
			if !inRow {
				rows = append(rows, row{at: l.at})
				inRow = true
			}
			r := &rows[len(rows)-1]
			for _, part := range splitCells(t[1:], header) {
				attrs, content := cellAttrs(part)
				r.cells = append(r.cells, cell{
					lines:   []string{content},
					header:  header,
					rowspan: span(rowspanRE, attrs, maxRowspan),
					colspan: span(colspanRE, attrs, maxColumns),
				})
			}
		default:
			if len(rows) > 0 && len(rows[len(rows)-1].cells) > 0 {
				r := &rows[len(rows)-1]
				c := &r.cells[len(r.cells)-1]
				c.lines = append(c.lines, t)
			}
		}
	}
	// The grid: a cell in each column it spans, rows spanned below.
	type pending struct {
		text   string
		header bool
		left   int
	}
	type gridRow struct {
		cells   []string
		headers bool // all its cells are headers
		label   bool // a header, then a cell that is not
		at      int
	}
	var (
		grid    []gridRow
		below   []pending
		columns int
		budget  = maxSpanned
	)
	for _, r := range rows {
		g := gridRow{headers: true, at: r.at, label: len(r.cells) == 2 && r.cells[0].header && !r.cells[1].header}
		fill := func() {
			for len(g.cells) < len(below) && below[len(g.cells)].left > 0 {
				p := &below[len(g.cells)]
				g.cells = append(g.cells, p.text)
				g.headers = g.headers && p.header
				g.label = false
				p.left--
			}
		}
		for _, c := range r.cells {
			fill()
			text := w.cell(c.lines)
			g.headers = g.headers && c.header
			if cost := (c.rowspan*c.colspan - 1) * (len(text) + 16); cost > budget {
				c.rowspan, c.colspan = 1, 1 // written once, as it is in the file
			} else {
				budget -= cost
			}
			for k := 0; k < c.colspan && len(g.cells) < maxColumns; k++ {
				t := text
				if k > 0 && !c.header {
					t = ""
				}
				if c.rowspan > 1 {
					for len(below) <= len(g.cells) {
						below = append(below, pending{})
					}
					below[len(g.cells)] = pending{t, c.header, c.rowspan - 1}
				}
				g.cells = append(g.cells, t)
			}
		}
		fill()
		if strings.Join(g.cells, "") == "" {
			continue
		}
		grid = append(grid, g)
		columns = max(columns, len(g.cells))
	}
	n := 0 // header rows
	for n < len(grid) && grid[n].headers {
		n++
	}
	if n == len(grid) {
		n = min(n, 1) // a table of headers alone: the first is its header
	}
	wrote := false
	if caption != "" {
		if c, _ := w.inline(caption, " "); c != "" {
			w.md.gap(captionAt)
			if named && len(grid) > 0 {
				w.md.line(strings.Repeat("#", min(max(w.level, w.min-1)+1, 6))+" "+c, captionAt)
				w.md.gap(captionAt)
			} else {
				w.md.line(c, captionAt)
			}
			wrote = true
		}
	}
	labels := 0
	for _, g := range grid {
		if g.label {
			labels++
		}
	}
	switch {
	case len(grid) == 0:
		return wrote
	case columns == 1 || len(grid) == 1 && n == 0:
		for _, g := range grid {
			for _, c := range g.cells {
				w.md.gap(g.at)
				w.paragraph(strings.ReplaceAll(c, `\|`, "|"), g.at)
			}
			w.md.gap(grid[len(grid)-1].at)
		}
		return true
	case columns == 2 && labels >= 2 && labels+n == len(grid):
		var facts []line
		for _, g := range grid {
			if g.label {
				facts = append(facts, line{strings.TrimSuffix(g.cells[0], ":") + ": " + g.cells[1], g.at})
			} else {
				facts = append(facts, line{strings.Join(g.cells, " "), g.at})
			}
			facts[len(facts)-1].text = strings.ReplaceAll(facts[len(facts)-1].text, `\|`, "|")
		}
		w.md.gap(facts[0].at)
		w.md.ls = append(w.md.ls, facts...)
		w.md.gap(facts[len(facts)-1].at)
		return true
	}
	header := make([]string, columns)
	for _, g := range grid[:n] {
		for c, t := range g.cells {
			if t != "" && !strings.HasSuffix(header[c], t) {
				header[c] = strings.TrimPrefix(header[c]+" – "+t, " – ")
			}
		}
	}
	hAt := ls[0].at
	if n > 0 {
		hAt = grid[0].at
	}
	w.md.gap(hAt)
	w.md.line(strings.TrimRight("| "+strings.Join(header, " | "), " ")+" |", hAt)
	w.md.line("|"+strings.Repeat(" --- |", columns), hAt)
	for _, g := range grid[n:] {
		r := g.cells
		for len(r) < columns {
			r = append(r, "")
		}
		w.md.line("| "+strings.Join(r, " | ")+" |", g.at)
	}
	w.md.gap(ls[len(ls)-1].at)
	return true
}

// Limits on a table's spans: the columns and rows a cell spans, and the
// bytes (a cell counted as 16 more) that spanning cells, written in each
// column and row they span, add to a table; beyond them a cell is
// written once.
const (
	maxColumns = 100
	maxRowspan = 1000
	maxSpanned = 4 << 20
)

var (
	attrsRE   = regexp.MustCompile(`^\s*(?:[A-Za-z][\w:-]*\s*(?:=\s*(?:"[^"]*"|'[^']*'|[^\s"'|]+))?\s*)+$`)
	rowspanRE = regexp.MustCompile(`(?i)\browspan\s*=\s*["']?\s*(\d+)`)
	colspanRE = regexp.MustCompile(`(?i)\bcolspan\s*=\s*["']?\s*(\d+)`)
)

// cellBars are the marks between the cells of a row.
var cellBars = strings.NewReplacer("||", " ", "!!", " ")

// splitCells splits a row's line, its first mark taken off, at "||" (and
// at "!!" in a line of headers), outside links.
func splitCells(s string, header bool) []string {
	var cells []string
	depth, start := 0, 0
	for i := 0; i+1 < len(s); i++ {
		switch {
		case s[i] == '[' && s[i+1] == '[':
			depth++
			i++
		case s[i] == ']' && s[i+1] == ']' && depth > 0:
			depth--
			i++
		case depth == 0 && (s[i] == '|' && s[i+1] == '|' || header && s[i] == '!' && s[i+1] == '!'):
			cells = append(cells, s[start:i])
			start = i + 2
			i++
		}
	}
	return append(cells, s[start:])
}

// cellAttrs splits a cell into its attributes and its content at its
// first "|" outside links: `style="width:20%" | Article 14`. A cell whose
// text before the "|" is not attributes is content alone.
func cellAttrs(s string) (string, string) {
	depth := 0
	for i := 0; i < len(s); i++ {
		switch {
		case strings.HasPrefix(s[i:], "[["):
			depth++
			i++
		case strings.HasPrefix(s[i:], "]]") && depth > 0:
			depth--
			i++
		case s[i] == '|' && depth == 0:
			if attrsRE.MatchString(s[:i]) {
				return s[:i], strings.TrimSpace(s[i+1:])
			}
			return "", strings.TrimSpace(s)
		}
	}
	return "", strings.TrimSpace(s)
}

// cellContent is the content of a caption's or a cell's line, its
// attributes taken off.
func cellContent(s string) string {
	_, c := cellAttrs(s)
	return c
}

// span returns the number of rows or columns a cell's attributes say it
// spans (re its attribute), at least 1 and at most limit.
func span(re *regexp.Regexp, attrs string, limit int) int {
	if m := re.FindStringSubmatch(attrs); m != nil {
		if n, err := strconv.Atoi(m[1]); err == nil && n > 1 {
			return min(n, limit)
		}
	}
	return 1
}

// cell returns the text of a cell, its lines joined: a list's entries by
// semicolons, other lines by spaces.
func (w *writer) cell(lines []string) string {
	var b strings.Builder
	for _, l := range lines {
		item := false
		if m := listRE.FindStringSubmatch(l); m != nil {
			l, item = m[2], true
		}
		t, _ := w.inline(l, "; ")
		if t == "" {
			continue
		}
		if b.Len() > 0 {
			if item {
				b.WriteString("; ")
			} else {
				b.WriteString(" ")
			}
		}
		b.WriteString(t)
	}
	return strings.ReplaceAll(strings.Trim(b.String(), "; "), "|", `\|`)
}
