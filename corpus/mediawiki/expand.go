package mediawiki

import (
	"fmt"
	"html"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Limits on one page's wikitext.
const (
	maxDepth     = 40      // templates within templates, links within links
	maxTemplates = 200_000 // templates in a page
	maxTagBytes  = 1 << 10 // the longest tag read as one: <ref name="…" group="…">
	maxTitle     = 1 << 10 // the longest title {{PAGENAME}} shows (a wiki's are 255 bytes at most)
)

// line is a line of text and the line of the file it comes from.
type line struct {
	text string
	at   int
}

// codeMark starts a line of code (of <pre> or <syntaxhighlight>), which
// the writer writes as it is. The file's own control characters are taken
// out before it is read (see controlRE; XML allows none).
const codeMark = "\x01"

// factMark starts a line of an infobox, "Key: value", which the writer
// writes in a paragraph of such lines (see writer.facts).
const factMark = "\x02"

// expander reads the wikitext of a page for the lines it shows: comments
// left out, templates expanded (see template), footnotes left out or kept
// in brackets (see note), the text of <nowiki> and <math> made literal
// (see literal), <pre> code, a <gallery> its captions. The links, lists,
// tables and emphasis the lines still hold are the writer's.
type expander struct {
	src, lower string // lower: src with ASCII letters in lower case, byte for byte
	title      string
	closes     map[int]int       // the index of each "{{" that "}}" closes → the index after it
	found      map[string][2]int // a needle → where it was looked for from, and the first index found (-1 none)
	depth      int               // templates being expanded
	err        error
}

// expand returns the lines that the wikitext src of the page titled title
// shows, src's first line being line at of the file.
func expand(src, title string, at int) ([]line, error) {
	if len(title) > maxTitle {
		title = "" // not a wiki's: {{PAGENAME}}, written a thousand times, must not fill memory
	}
	e := &expander{src: src, lower: asciiLower(src), title: title, found: map[string][2]int{}}
	e.closes = e.braces()
	if e.err != nil {
		return nil, e.err
	}
	var o output
	at = e.expand(&o, 0, len(src), at)
	if e.err != nil {
		return nil, e.err
	}
	return o.flush(at), nil
}

func (e *expander) fail(err error) {
	if e.err == nil {
		e.err = err
	}
}

// asciiLower is s with its ASCII letters in lower case, as long as s.
func asciiLower(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'A' <= c && c <= 'Z' {
			b[i] = c + 'a' - 'A'
		}
	}
	return string(b)
}

// find returns the index of the first needle (lower case) in src at or
// after from, or -1. It remembers its last answer for each needle, so
// that looking on from later places costs no more than one look through.
func (e *expander) find(needle string, from int) int {
	if c, ok := e.found[needle]; ok && c[0] <= from && (c[1] < 0 || from <= c[1]) {
		return c[1]
	}
	j := strings.Index(e.lower[from:], needle)
	if j >= 0 {
		j += from
	}
	e.found[needle] = [2]int{from, j}
	return j
}

// tagKind is what a tag's content is read as.
type tagKind int

const (
	tagLiteral tagKind = iota + 1 // text as it is: nowiki, math
	tagCode                       // code lines: pre, syntaxhighlight
	tagDrop                       // left out: references, includeonly, a timeline
	tagRef                        // a footnote
	tagGallery                    // pictures with captions
)

// tags are the tags whose content is not read as wikitext is, or not at
// all; other tags are the writer's to take out (see htmlTags).
var tags = map[string]tagKind{
	"nowiki": tagLiteral, "math": tagLiteral, "chem": tagLiteral, "ce": tagLiteral, "hiero": tagLiteral,
	"pre": tagCode, "syntaxhighlight": tagCode, "source": tagCode,
	"references": tagDrop, "includeonly": tagDrop, "timeline": tagDrop, "graph": tagDrop, "templatedata": tagDrop,
	"mapframe": tagDrop, "maplink": tagDrop, "score": tagDrop, "imagemap": tagDrop, "categorytree": tagDrop,
	"inputbox": tagDrop, "indicator": tagDrop, "templatestyles": tagDrop, "charinsert": tagDrop,
	"ref": tagRef, "gallery": tagGallery,
}

// tag reads the tag at src[i] ("<"), within src[:to], when it is one of
// tags: its name and kind, where its content starts and ends, and the
// index after its closing tag. A tag that closes itself ("<ref name=x />")
// has no content; one never closed has none either but for a <ref> (whose
// opening tag alone is left out), and is no tag but text.
func (e *expander) tag(i, to int) (kind tagKind, name string, content [2]int, end int, ok bool) {
	j := i + 1
	for j < to && j-i < 20 && ('a' <= e.lower[j] && e.lower[j] <= 'z') {
		j++
	}
	name = e.lower[i+1 : j]
	if kind = tags[name]; kind == 0 || j >= to || !strings.ContainsRune("> \t\n/", rune(e.src[j])) {
		return 0, "", content, 0, false
	}
	gt := strings.IndexByte(e.src[j:min(to, j+maxTagBytes)], '>')
	if gt < 0 {
		return 0, "", content, 0, false
	}
	open := j + gt + 1
	if e.src[open-2] == '/' {
		return kind, name, [2]int{open, open}, open, true
	}
	c := e.closeTag(name, open)
	if c < 0 || c >= to {
		if kind == tagRef {
			return kind, name, [2]int{open, open}, open, true
		}
		return 0, "", content, 0, false
	}
	end = c + len(name) + 2
	if gt := strings.IndexByte(e.src[end:min(to, end+maxTagBytes)], '>'); gt >= 0 {
		end += gt + 1
	}
	return kind, name, [2]int{open, c}, end, true
}

// closeTag returns the index of the closing tag of name ("</ref>", not
// "</references>") at or after from, or -1.
func (e *expander) closeTag(name string, from int) int {
	needle := "</" + name
	for {
		c := e.find(needle, from)
		if c < 0 {
			return -1
		}
		if k := c + len(needle); k >= len(e.lower) || !('a' <= e.lower[k] && e.lower[k] <= 'z') {
			return c
		}
		from = c + 1
	}
}

// commentEnd returns the index after the comment at src[i] ("<!--"), or
// to when it is not closed before it.
func (e *expander) commentEnd(i, to int) int {
	j := e.find("-->", i+4)
	if j < 0 || j+3 > to {
		return to
	}
	return j + 3
}

// braces finds the "}}" that closes each "{{", outside comments and the
// tags whose text is not wikitext, in one look through the page; a page
// of more than maxTemplates templates is not read.
func (e *expander) braces() map[int]int {
	closes := map[int]int{}
	var open []int
	src := e.src
	for i := 0; i < len(src); {
		k := strings.IndexAny(src[i:], "<{}")
		if k < 0 {
			break
		}
		i += k
		switch {
		case strings.HasPrefix(src[i:], "<!--"):
			i = e.commentEnd(i, len(src))
		case src[i] == '<':
			if kind, _, _, end, ok := e.tag(i, len(src)); ok && kind != tagRef && kind != tagGallery {
				i = end
			} else {
				i++
			}
		case strings.HasPrefix(src[i:], "{{"):
			open = append(open, i)
			i += 2
		case strings.HasPrefix(src[i:], "}}") && len(open) > 0:
			if len(closes) == maxTemplates {
				e.fail(errTemplates)
				return closes
			}
			closes[open[len(open)-1]] = i + 2
			open = open[:len(open)-1]
			i += 2
		default:
			i++
		}
	}
	return closes
}

// expand writes what src[from:to] shows to o, its first byte on line at,
// and returns the line its end is on.
func (e *expander) expand(o *output, from, to, at int) int {
	src := e.src
	for i := from; i < to && e.err == nil; {
		k := strings.IndexAny(src[i:to], "<{\n")
		if k < 0 {
			o.write(src[i:to], at)
			break
		}
		o.write(src[i:i+k], at)
		i += k
		n := len(o.lines)
		switch {
		case src[i] == '\n':
			o.newline(at)
			at++
			i++
			continue
		case strings.HasPrefix(src[i:to], "{{"):
			end, ok := e.closes[i]
			if !ok || end > to {
				o.write("{{", at)
				i += 2
				continue
			}
			if src[i+2] == '{' && end < to && src[end] == '}' {
				end++ // a parameter, {{{1}}}: none to fill in
			}
			alone := o.curAt == 0 && restBlank(src, end, to)
			e.template(o, i+2, end-2, at, alone)
			at += strings.Count(src[i:end], "\n")
			i = end
		case strings.HasPrefix(src[i:to], "<!--"):
			end := e.commentEnd(i, to)
			at += strings.Count(src[i:end], "\n")
			i = end
		case src[i] == '<':
			kind, name, content, end, ok := e.tag(i, to)
			if !ok {
				o.write("<", at)
				i++
				continue
			}
			inner := at + strings.Count(src[i:content[0]], "\n")
			switch kind {
			case tagLiteral:
				o.source(literal(src[content[0]:content[1]]), inner)
			case tagCode:
				e.code(o, name, content, inner)
			case tagRef:
				if note := e.note(content[0], content[1], inner); note != "" {
					o.write(" ("+note+")", at)
				}
			case tagGallery:
				e.gallery(o, content[0], content[1], inner)
			}
			at += strings.Count(src[i:end], "\n")
			i = end
		default: // a "{" alone
			o.write("{", at)
			i++
			continue
		}
		if o.curAt == 0 && len(o.lines) == n {
			// What showed nothing on a line of its own leaves no line:
			// "{{Use dmy dates}}", "<!-- lead -->".
			i, at = swallow(o, src, i, to, at)
		}
	}
	return at
}

// restBlank reports whether src[i:to] holds nothing but spaces up to the
// end of its line.
func restBlank(src string, i, to int) bool {
	for ; i < to && src[i] != '\n'; i++ {
		if src[i] != ' ' && src[i] != '\t' {
			return false
		}
	}
	return true
}

// swallow takes the rest of the line at src[i] out of o, line and all,
// when it is blank, and returns the index and line after it.
func swallow(o *output, src string, i, to, at int) (int, int) {
	if !restBlank(src, i, to) {
		return i, at
	}
	o.cur.Reset()
	for i < to && src[i] != '\n' {
		i++
	}
	if i < to {
		return i + 1, at + 1
	}
	return i, at
}

// literalRep writes the marks of wikitext as character references, so
// that text of <nowiki> and <math> is read as it is: a link's brackets,
// apostrophes of emphasis, a list's star.
var literalRep = strings.NewReplacer("[", "&#91;", "]", "&#93;", "{", "&#123;", "}", "&#125;", "'", "&#39;", "|", "&#124;",
	"*", "&#42;", "#", "&#35;", ":", "&#58;", ";", "&#59;", "=", "&#61;", "<", "&lt;", ">", "&gt;", "~", "&#126;", "_", "&#95;", "-", "&#45;")

func literal(s string) string { return literalRep.Replace(s) }

// code writes the content of a <pre> or <syntaxhighlight> as lines of code.
func (e *expander) code(o *output, name string, content [2]int, at int) {
	text := e.src[content[0]:content[1]]
	for strings.HasPrefix(text, "\n") {
		text, at = text[1:], at+1
	}
	text = strings.TrimRight(text, " \t\n")
	if name == "pre" {
		text = html.UnescapeString(strings.NewReplacer("<nowiki>", "", "</nowiki>", "").Replace(text))
	}
	if strings.TrimSpace(text) == "" {
		return
	}
	var ls []line
	for k, l := range strings.Split(text, "\n") {
		ls = append(ls, line{codeMark + strings.TrimRight(l, " \t"), at + k})
	}
	o.block(ls)
}

// gallery writes the captions of a <gallery>'s pictures, each a line of
// its own: "File:Ambedkar.jpg|B. R. Ambedkar, chair of the Drafting
// Committee".
func (e *expander) gallery(o *output, from, to, at int) {
	var ls []line
	for i := from; i < to; {
		j := strings.IndexByte(e.src[i:to], '\n')
		if j < 0 {
			j = to - i
		}
		if args := e.split(i, i+j, at); len(args) > 1 {
			var caption *arg
			for k := range args[1:] {
				a := &args[1+k]
				if a.name == "" || !galleryOptions[strings.ToLower(a.name)] {
					caption = a
				}
			}
			if caption != nil {
				if c := corpus.OneLine(e.render(caption.from, caption.to, caption.at)); c != "" {
					ls = append(ls, line{c, at}, line{"", at})
				}
			}
		}
		i += j + 1
		at++
	}
	if len(ls) > 0 {
		o.block(ls[:len(ls)-1])
	}
}

var galleryOptions = map[string]bool{"alt": true, "link": true, "page": true, "class": true, "lang": true}

// citeRE matches a citation template, as footnotes hold them.
var citeRE = regexp.MustCompile(`\{\{\s*(?:[Cc]ite|[Cc]itation|[Vv]cite|[Hh]arv|[Ss]fn|[Cc]ite[ _]\w+)`)

// note returns the text of a footnote held in src[from:to] when it is a
// note written in prose (an explanation: "The word 'socialist' was
// added in 1976."), to be kept in brackets; "" for a source (a citation
// template, a link, a book and its pages), which is left out.
func (e *expander) note(from, to, at int) string {
	if from >= to || citeRE.MatchString(e.src[from:to]) {
		return ""
	}
	t := corpus.OneLine(e.render(from, to, at))
	if !prose(t) {
		return ""
	}
	return t
}

var (
	sourceRE = regexp.MustCompile(`(?i)\bISBN\b|\bdoi\b|\bretrieved\b|\barchived\b|\bpp?\.\s*\d|\(\d{4}[a-z]?\)|https?://|www\.|\[//|\bibid\b|\bop\. cit\b`)
	wordRE   = regexp.MustCompile(`\pL{2,}`)
)

// prose reports whether t, wikitext, reads as a sentence of prose, not a
// source: four words or more and none of the marks of a citation.
func prose(t string) bool {
	return len(wordRE.FindAllString(t, 4)) >= 4 && !sourceRE.MatchString(t)
}

// render returns what src[from:to] shows, as lines of wikitext.
func (e *expander) render(from, to, at int) string {
	var o output
	at = e.expand(&o, from, to, at)
	var b strings.Builder
	for k, l := range o.flush(at) {
		if k > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(l.text)
	}
	return strings.TrimSpace(b.String())
}

// arg is a template's argument, or its name: its name when it is named
// ("caption = …"), "" when it is not, the span of its value in src, and
// the line the value starts on.
type arg struct {
	name     string
	n        int // a positional argument's number, from 1
	from, to int
	at       int
}

// split splits src[from:to], a template's inside or a gallery's line, at
// the "|"s outside templates, links and comments: its name first, then
// its arguments.
func (e *expander) split(from, to, at int) []arg {
	src := e.src
	var parts []arg
	start, startAt, links := from, at, 0
	for i := from; i < to; {
		switch c := src[i]; {
		case c == '\n':
			at++
			i++
		case c == '<' && strings.HasPrefix(src[i:to], "<!--"):
			end := e.commentEnd(i, to)
			at += strings.Count(src[i:end], "\n")
			i = end
		case c == '<':
			if _, _, _, end, ok := e.tag(i, to); ok {
				at += strings.Count(src[i:end], "\n")
				i = end
			} else {
				i++
			}
		case c == '{' && e.closes[i] > i && e.closes[i] <= to:
			end := e.closes[i]
			at += strings.Count(src[i:end], "\n")
			i = end
		case c == '[' && strings.HasPrefix(src[i:to], "[["):
			links++
			i += 2
		case c == ']' && links > 0 && strings.HasPrefix(src[i:to], "]]"):
			links--
			i += 2
		case c == '|' && links == 0:
			parts = append(parts, arg{from: start, to: i, at: startAt})
			start, startAt = i+1, at
			i++
		default:
			i++
		}
	}
	parts = append(parts, arg{from: start, to: to, at: startAt})
	n := 0
	for k := 1; k < len(parts); k++ {
		p := &parts[k]
		if eq := e.equals(p.from, p.to); eq >= 0 {
			p.name = strings.TrimSpace(e.stripComments(src[p.from:eq]))
			p.at += strings.Count(src[p.from:eq+1], "\n")
			p.from = eq + 1
			if num, ok := number(p.name); ok {
				p.n = num
			}
			continue
		}
		n++
		p.n = n
	}
	return parts
}

// equals returns the index of the "=" that names an argument in
// src[from:to], outside templates, links and tags, or -1.
func (e *expander) equals(from, to int) int {
	src := e.src
	for i := from; i < to; i++ {
		switch c := src[i]; {
		case c == '=':
			return i
		case c == '{' && e.closes[i] > i && e.closes[i] <= to:
			return -1 // a name is written before any template
		case c == '[' || c == '<':
			return -1
		}
	}
	return -1
}

// stripComments is s without its comments.
func (e *expander) stripComments(s string) string {
	for {
		i := strings.Index(s, "<!--")
		if i < 0 {
			return s
		}
		j := strings.Index(s[i:], "-->")
		if j < 0 {
			return s[:i]
		}
		s = s[:i] + s[i+j+3:]
	}
}

// number returns the number a name of an argument is ("2"), if it is one.
func number(s string) (int, bool) {
	if s == "" || len(s) > 4 {
		return 0, false
	}
	n := 0
	for _, c := range s {
		if c < '0' || c > '9' {
			return 0, false
		}
		n = n*10 + int(c-'0')
	}
	return n, n > 0
}

// output collects the lines of expanded wikitext.
type output struct {
	lines []line
	cur   strings.Builder
	curAt int // the line of the file the first byte of cur that is not a space comes from; 0 before one
}

// write adds s, text without line breaks from line at, to the line being
// written.
func (o *output) write(s string, at int) {
	if s == "" {
		return
	}
	if o.curAt == 0 && strings.TrimLeft(s, " \t") != "" {
		o.curAt = at
	}
	o.cur.WriteString(s)
}

// source writes s, text of the file from line at, line by line.
func (o *output) source(s string, at int) {
	for k, l := range strings.Split(s, "\n") {
		if k > 0 {
			o.newline(at)
			at++
		}
		o.write(l, at)
	}
}

// text writes s, text made from what line at holds, line by line.
func (o *output) text(s string, at int) {
	for k, l := range strings.Split(s, "\n") {
		if k > 0 {
			o.newline(at)
		}
		o.write(l, at)
	}
}

// newline ends the line being written.
func (o *output) newline(at int) {
	if o.curAt == 0 {
		o.curAt = at
	}
	o.lines = append(o.lines, line{o.cur.String(), o.curAt})
	o.cur.Reset()
	o.curAt = 0
}

// block writes lines of their own, a blank line before and after them.
func (o *output) block(ls []line) {
	if len(ls) == 0 {
		return
	}
	if o.curAt != 0 {
		o.newline(ls[0].at)
	} else {
		o.cur.Reset()
	}
	o.lines = append(o.lines, line{"", ls[0].at})
	o.lines = append(o.lines, ls...)
	o.lines = append(o.lines, line{"", ls[len(ls)-1].at})
}

// flush ends the line being written and returns the lines.
func (o *output) flush(at int) []line {
	if o.cur.Len() > 0 || o.curAt != 0 {
		o.newline(at)
	}
	return o.lines
}

var errDepth = fmt.Errorf("templates nested more than %d deep", maxDepth)

var errTemplates = fmt.Errorf("more than %d templates", maxTemplates)
