package bibtex

import (
	"fmt"
	"regexp"
	"strings"
)

// item is a part of a .bib file, in the file's order: an entry, a block
// of comment text, or a preamble.
type item struct {
	entry    *entry
	comment  []line // a block of comment lines, one paragraph
	preamble string // the preamble's value, as written
	at       int    // the line it starts on
}

// entry is an entry of the bibliography: @book{austin1966, …}.
type entry struct {
	kind, key string
	at        int     // the line of its "@"
	fields    []field // in the file's order, each name once
}

// field is an entry's field, its value with its macros expanded and its
// pieces joined ("#"), its braces and LaTeX as written.
type field struct {
	name string // lower case
	raw  string
	at   int // the line its value starts on
}

// get returns the value of the field named name, and whether it is set.
func (e *entry) get(name string) (field, bool) {
	for _, f := range e.fields {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

// line is a line of text and its place in the file.
type line struct {
	text string
	at   int
}

// errTooMany is the error of a file of more than MaxEntries entries.
var errTooMany = fmt.Errorf("more than %d entries", MaxEntries)

// months are the macros every BibTeX style defines.
var months = map[string]string{
	"jan": "January", "feb": "February", "mar": "March", "apr": "April", "may": "May", "jun": "June",
	"jul": "July", "aug": "August", "sep": "September", "oct": "October", "nov": "November", "dec": "December",
}

// parser reads a .bib file: BibTeX's grammar, as BibTeX, biber and
// JabRef read it.
//
// Outside the entries, everything is a comment: BibTeX skips it, and
// biber and JabRef skip "%" lines. An entry starts at an "@" followed by
// its type and "{" or "(" (not in a "%" line) and ends at the brace or
// parenthesis that closes it. @comment holds text up to its closing
// brace; @preamble holds a value; @string{name = value} defines a macro;
// any other type is an entry: a key, then "name = value" fields apart by
// commas ("%" lines between fields are skipped, as biber skips them). A
// value is pieces joined by "#": {text} (braces nested within), "text"
// (braces nested within; a quote ends it only outside them, or an
// umlaut's \" before a letter), a number, or a macro's name, expanded as
// it is defined; the months' (jan, feb…) are their names, and a macro
// never defined is read as its name. A value's place is the line it
// starts on, and its lines follow from there (a macro's text is one
// line, and lines between pieces are not counted).
type parser struct {
	src     string
	macros  map[string]string
	budget  int // bytes macros may still expand to, over the whole file
	entries int
	items   []item

	pos, line int // src[pos] is on line line, for lineOf
}

// lineOf returns the line of src[off]; called with offsets that grow, it
// counts each newline once.
func (p *parser) lineOf(off int) int {
	if off < p.pos {
		p.pos, p.line = 0, 1
	}
	p.line += strings.Count(p.src[p.pos:off], "\n")
	p.pos = off
	return p.line
}

// parse reads the items of a .bib file.
func parse(src string) ([]item, error) {
	p := &parser{src: src, macros: map[string]string{}, budget: maxExpanded, line: 1}
	for i := 0; i < len(src); {
		at := p.nextEntry(i)
		p.outside(i, at)
		if at == len(src) {
			break
		}
		n, err := p.entry(at)
		if err != nil {
			return nil, err
		}
		i = n
	}
	return p.items, nil
}

// nextEntry returns the index of the "@" that starts the next entry from
// src[i], or len(src).
func (p *parser) nextEntry(i int) int {
	lineStart, comment := true, false
	for j := i; j < len(p.src); j++ {
		switch c := p.src[j]; c {
		case '\n':
			lineStart, comment = true, false
		case ' ', '\t', '\r':
		default:
			if lineStart {
				lineStart, comment = false, c == '%'
			}
			if c == '@' && !comment && p.startsEntry(j) {
				return j
			}
		}
	}
	return len(p.src)
}

// startsEntry reports whether the "@" at src[j] starts an entry: a type
// and "{" or "(" follow it.
func (p *parser) startsEntry(j int) bool {
	k := p.space(j + 1)
	name, k := p.ident(k)
	k = p.space(k)
	return name != "" && isLetter(name[0]) && k < len(p.src) && (p.src[k] == '{' || p.src[k] == '(')
}

// outside reads src[i:j], text outside the entries, as comment blocks.
func (p *parser) outside(i, j int) {
	if i >= j || strings.TrimSpace(p.src[i:j]) == "" {
		return
	}
	p.comments(p.src[i:j], p.lineOf(i))
}

// comments adds the blocks of comment text of text, which starts on line
// at: paragraphs apart by blank lines.
func (p *parser) comments(text string, at int) {
	var block []line
	end := func() {
		if len(block) > 0 {
			p.items = append(p.items, item{comment: block, at: block[0].at})
			block = nil
		}
	}
	n := at
	for s := range strings.SplitSeq(text, "\n") {
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(s), "%"))
		switch {
		case t == "" || !hasWord(t): // a blank line, a rule ("% ======")
			end()
		case decorated(t): // "=== Right to Freedom ===": a heading of its own
			end()
			block = []line{{t, n}}
			end()
		case !clutter(t):
			block = append(block, line{t, n})
		}
		n++
	}
	end()
}

// decoratedRE matches a comment's line set off as a heading: "===
// Right to Freedom ===", "## Minorities", "** Article 32 **".
var decoratedRE = regexp.MustCompile(`^(?:[=*#~+-]{2,}|#)\s*\S|\S\s*[=*#~+-]{2,}$`)

func decorated(t string) bool {
	const marks = "=*#~+-"
	return (strings.IndexByte(marks, t[0]) >= 0 || strings.IndexByte(marks, t[len(t)-1]) >= 0) && decoratedRE.MatchString(t)
}

// entry reads the entry whose "@" is at src[at] and returns the index
// after it.
func (p *parser) entry(at int) (int, error) {
	line := p.lineOf(at)
	kind, k := p.ident(p.space(at + 1))
	kind = strings.ToLower(kind)
	k = p.space(k)
	open := p.src[k]
	closer, closes := byte('}'), `"}"`
	if open == '(' {
		closer, closes = ')', `")"`
	}
	k++
	switch kind {
	case "comment":
		end, ok := p.closing(k, closer)
		if !ok {
			return 0, fmt.Errorf("line %d: the @comment is not closed (a %s is missing)", line, closes)
		}
		if body := p.src[k:end]; !jabrefMeta(body) {
			p.comments(body, p.lineOf(k))
		}
		return end + 1, nil
	case "preamble":
		v, k, err := p.value(k, "", "the @preamble")
		if err != nil {
			return 0, err
		}
		if k = p.skip(k); k >= len(p.src) || p.src[k] != closer {
			return 0, fmt.Errorf("line %d: the @preamble is not closed (a %s is missing)", line, closes)
		}
		p.items = append(p.items, item{preamble: v.raw, at: line})
		return k + 1, nil
	case "string":
		name, k := p.ident(p.skip(k))
		if name == "" {
			return 0, fmt.Errorf("line %d: the @string has no name", line)
		}
		if k = p.skip(k); k >= len(p.src) || p.src[k] != '=' {
			return 0, fmt.Errorf("line %d: expected \"=\" after @string{%s", line, name)
		}
		v, k, err := p.value(k+1, "", "@string{"+name+"}")
		if err != nil {
			return 0, err
		}
		if k = p.skip(k); k < len(p.src) && p.src[k] == ',' {
			k = p.skip(k + 1)
		}
		if k >= len(p.src) || p.src[k] != closer {
			return 0, fmt.Errorf("line %d: @string{%s is not closed (a %s is missing)", line, name, closes)
		}
		p.macros[strings.ToLower(name)] = strings.ReplaceAll(v.raw, "\n", " ") // a macro's lines are not the entry's
		return k + 1, nil
	}
	if p.entries++; p.entries > MaxEntries {
		return 0, errTooMany
	}
	e := &entry{kind: kind, at: line}
	k = p.space(k)
	start := k
	for k < len(p.src) && p.src[k] != ',' && p.src[k] != closer && !isSpace(p.src[k]) {
		k++
	}
	e.key = p.src[start:k]
	what := "@" + kind + "{" + e.key
	seen := map[string]bool{}
	for {
		k = p.skip(k)
		switch {
		case k >= len(p.src):
			return 0, fmt.Errorf("line %d: %s is not closed (a %s is missing)", line, what, closes)
		case p.src[k] == closer:
			p.items = append(p.items, item{entry: e, at: line})
			return k + 1, nil
		case p.src[k] == ',':
			k++
			continue
		case p.src[k] == '@' && p.startsEntry(k):
			return 0, fmt.Errorf("line %d: %s is not closed before the entry on line %d (a %s is missing)", line, what, p.lineOf(k), closes)
		}
		name, n := p.ident(k)
		if name == "" {
			return 0, fmt.Errorf("line %d: in %s: expected a field's name, found %q", p.lineOf(k), what, near(p.src[k:]))
		}
		if k = p.skip(n); k >= len(p.src) || p.src[k] != '=' {
			return 0, fmt.Errorf("line %d: in %s: expected \"=\" after %q", p.lineOf(n), what, name)
		}
		v, n, err := p.value(k+1, name, what)
		if err != nil {
			return 0, err
		}
		if v.name = strings.ToLower(name); !seen[v.name] { // the first of a field given twice
			seen[v.name] = true
			e.fields = append(e.fields, v)
		}
		if k = p.skip(n); k < len(p.src) && p.src[k] == '@' && p.startsEntry(k) {
			return 0, fmt.Errorf("line %d: %s is not closed before the entry on line %d (a %s is missing)", line, what, p.lineOf(k), closes)
		}
		if k < len(p.src) && p.src[k] != ',' && p.src[k] != closer {
			return 0, fmt.Errorf("line %d: in %s: expected \",\" or %s after the value of %q, found %q", p.lineOf(k), what, closes, name, near(p.src[k:]))
		}
	}
}

// value reads a value from src[k] and returns the index after it; name
// and what name the field and the entry it is of ("" and "@string{sc}"
// for a macro), for the errors.
func (p *parser) value(k int, name, what string) (field, int, error) {
	of := func() string { // built on an error only: a file may have millions of fields
		if name == "" {
			return what
		}
		return fmt.Sprintf("%q in %s", name, what)
	}
	var b strings.Builder
	k = p.skip(k)
	v := field{at: p.lineOf(min(k, len(p.src)))}
	for {
		if k >= len(p.src) {
			return v, k, fmt.Errorf("line %d: the value of %s is missing", v.at, of())
		}
		switch c := p.src[k]; {
		case c == '{':
			end, ok := p.closing(k+1, '}')
			if !ok {
				return v, k, fmt.Errorf("line %d: the value of %s has a \"{\" that is never closed", p.lineOf(k), of())
			}
			b.WriteString(p.src[k+1 : end])
			k = end + 1
		case c == '"':
			end, ok := p.quoted(k + 1)
			if !ok {
				return v, k, fmt.Errorf("line %d: the value of %s has a '\"' that is never closed", p.lineOf(k), of())
			}
			b.WriteString(p.src[k+1 : end])
			k = end + 1
		case c >= '0' && c <= '9':
			start := k
			for k < len(p.src) && p.src[k] >= '0' && p.src[k] <= '9' {
				k++
			}
			b.WriteString(p.src[start:k])
		default:
			macro, n := p.ident(k)
			if macro == "" {
				return v, k, fmt.Errorf("line %d: the value of %s is missing: found %q", p.lineOf(k), of(), near(p.src[k:]))
			}
			text, ok := p.macros[strings.ToLower(macro)]
			if !ok {
				text, ok = months[strings.ToLower(macro)]
			}
			if !ok {
				text = macro
			}
			if p.budget -= len(text); p.budget < 0 {
				return v, k, fmt.Errorf("line %d: @string macros expand to more than %d MB", p.lineOf(k), maxExpanded>>20)
			}
			b.WriteString(text)
			k = n
		}
		if b.Len() > maxValue {
			return v, k, fmt.Errorf("line %d: the value of %s is longer than %d MB", v.at, of(), maxValue>>20)
		}
		if k = p.skip(k); k >= len(p.src) || p.src[k] != '#' {
			v.raw = b.String()
			return v, k, nil
		}
		k = p.skip(k + 1)
	}
}

// closing returns the index of the closer that ends the group whose text
// starts at src[k]: a "}" that no group inside holds, or a ")" outside
// braces; false when none does.
func (p *parser) closing(k int, closer byte) (int, bool) {
	depth := 0
	for j := k; j < len(p.src); j++ {
		switch c := p.src[j]; {
		case c == '\\':
			j++ // "\{", "\}": text
		case c == '{':
			depth++
		case c == '}' && depth > 0:
			depth--
		case c == closer && depth == 0:
			return j, true
		}
	}
	return 0, false
}

// quoted returns the index of the quote that ends the quoted text starting
// at src[k]: one outside braces and no accent's (\"o, \"{u}).
func (p *parser) quoted(k int) (int, bool) {
	depth := 0
	for j := k; j < len(p.src); j++ {
		switch c := p.src[j]; {
		case c == '\\' && j+2 < len(p.src) && p.src[j+1] == '"' && (isLetter(p.src[j+2]) || p.src[j+2] == '{'):
			j++ // an umlaut, not the end
		case c == '\\':
			j++
		case c == '{':
			depth++
		case c == '}' && depth > 0:
			depth--
		case c == '"' && depth == 0:
			return j, true
		}
	}
	return 0, false
}

// ident returns the name at src[k] (a type, key, field or macro) and the
// index after it.
func (p *parser) ident(k int) (string, int) {
	start := k
	for k < len(p.src) && isIdent(p.src[k]) {
		k++
	}
	return p.src[start:k], k
}

// space returns the index of the first byte from k that is no white
// space.
func (p *parser) space(k int) int {
	for k < len(p.src) && isSpace(p.src[k]) {
		k++
	}
	return k
}

// skip is space that skips "%" comments too, between fields, as biber
// does.
func (p *parser) skip(k int) int {
	for k = p.space(k); k < len(p.src) && p.src[k] == '%'; k = p.space(k) {
		if nl := strings.IndexByte(p.src[k:], '\n'); nl >= 0 {
			k += nl
		} else {
			k = len(p.src)
		}
	}
	return k
}

func isSpace(c byte) bool { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' }

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' }

func isIdent(c byte) bool {
	return isLetter(c) || c >= '0' && c <= '9' || strings.IndexByte("_-.:+/'!?*&<>[]|;", c) >= 0 || c >= 0x80
}

// near is the start of s, to show where a file goes wrong.
func near(s string) string {
	s, _, _ = strings.Cut(s, "\n")
	if r := []rune(s); len(r) > 20 {
		s = string(r[:20]) + "…"
	}
	return s
}

// jabrefMeta reports whether a @comment's body is JabRef's settings
// ("jabref-meta: databaseType:biblatex;", its groups).
func jabrefMeta(body string) bool {
	return len(strings.TrimSpace(body)) >= 11 && strings.EqualFold(strings.TrimSpace(body)[:11], "jabref-meta")
}
