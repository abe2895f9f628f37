// Package bibtex reads bibliographies in BibTeX and BibLaTeX (.bib), as
// students keep an annotated reading list in JabRef, Zotero (Better
// BibTeX), Mendeley or by hand, and the same lists exported as RIS (.ris,
// see ris.go). Importing it registers the formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/bibtex"
//
// # Markdown
//
// Each entry (@book, @article, @online, @incollection, @report, @misc…)
// is a section titled by its title (its key when it has none), holding a
// line of who, when and where: its authors (else its editors), its date
// or year, and its journal (volume, number, pages), book, publisher,
// institution or school, or, when it names none of these, its address
// (url). Then come the notes: the abstract, then the annotation, annote,
// comment, review, note and addendum fields in the file's order, each
// paragraph of theirs a paragraph (a line starting "- " or "1. " an
// entry of a list), and the keywords as a line. The values' LaTeX is
// read as the text it shows (see tex); @string macros are expanded and
// "#" joins pieces (see parser).
//
// Text outside the entries ("%" lines, @comment blocks) is the student's
// too. A comment of one short line that reads as a heading ("% === Right
// to Freedom ===") names a group: a section holding the entries after it.
// Other comments are paragraphs: before the first entry, of the whole
// list; right after a group's heading, of the group; else of the entry
// they stand before (as a comment above a declaration in code is about
// it), or of the section they end.
//
// The document is titled by a @preamble's \title{…}, else a comment's
// "Title: …" line, else a heading-like comment that opens the file (but
// one right before the first entry, when others stand between entries,
// is the first group's name), else the file's name.
//
// Left out as clutter: keys and ids (doi, isbn, issn), JabRef's settings
// and groups (@comment{jabref-meta: …}, groups, owner, timestamp), the
// tools' headers ("% Encoding: UTF-8", Mendeley's "Automatically
// generated…"), attached files (file: a path on the student's disk),
// dates of access, languages, and a preamble's LaTeX definitions.
// Commented-out code ("% @article{…", "% url = {…}") is left out too.
// Each line's place is its line in the file.
//
// # Bounds
//
// A file is read within MaxBytes and MaxEntries; a value is at most
// maxValue long, and @string macros add at most maxExpanded bytes to the
// file's values, so that macros defined by doubling cannot fill memory.
package bibtex

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "BibTeX bibliography",
		Extensions: []string{".bib", ".bibtex"},
		Magic:      IsBibliography,
		Convert:    Convert,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "RIS reading list",
		Extensions: []string{".ris"},
		Magic:      IsRIS,
		Convert:    ConvertRIS,
	})
}

// Limits on one file.
const (
	MaxBytes    = 50 << 20
	MaxEntries  = 100_000
	maxValue    = 1 << 20
	maxExpanded = 16 << 20
)

// magicRE matches a .bib file's first line of BibTeX: an entry of a type
// BibTeX or BibLaTeX defines, and its key; a macro, comment or preamble.
var magicRE = regexp.MustCompile(`(?i)^@\s*(?:(?:article|book|booklet|inbook|incollection|inproceedings|conference|manual|mastersthesis|phdthesis|thesis|misc|online|electronic|www|webpage|proceedings|techreport|report|unpublished|collection|mvbook|mvcollection|mvproceedings|mvreference|bookinbook|suppbook|suppcollection|suppperiodical|periodical|patent|dataset|software|set|xdata|reference|inreference|legislation|jurisdiction|legal|standard|video|audio|movie|music|performance|letter|review|commentary|image|artwork|interview|custom[a-f])\s*[{(]\s*[^\s,{}()"]*\s*,|(?:string|comment|preamble)\s*[{(])`)

// IsBibliography reports whether data is a .bib file: its first line
// that is neither blank nor a "%" comment starts an entry, a @string, a
// @comment or a @preamble.
func IsBibliography(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 64<<10)], []byte("\ufeff"))
	for len(head) > 0 {
		var l []byte
		l, head, _ = bytes.Cut(head, []byte("\n"))
		l = bytes.TrimSpace(l)
		if len(l) == 0 || l[0] == '%' {
			continue
		}
		return magicRE.Match(l)
	}
	return false
}

// Convert writes a bibliography as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	src, notUTF8, err := corpus.SourceText(data, "the BibTeX file", MaxBytes) // Windows-1252: JabRef's old default, "% Encoding: windows-1252"
	if err != nil {
		return corpus.Converted{}, err
	}
	items, err := parse(src)
	if err != nil {
		if errors.Is(err, errTooMany) {
			return corpus.Converted{}, fmt.Errorf("BibTeX file too large: %v", err)
		}
		return corpus.Converted{}, fmt.Errorf("damaged BibTeX file: %v", err)
	}
	if !slices.ContainsFunc(items, func(it item) bool { return it.entry != nil && !container(it.entry) }) {
		return corpus.Converted{}, errors.New("the BibTeX file has no entries")
	}
	c := write(items)
	c.NotUTF8At = notUTF8
	return c, nil
}

// container reports whether an entry only holds data for others
// (BibLaTeX's @set and @xdata): it is no reading.
func container(e *entry) bool { return e.kind == "set" || e.kind == "xdata" }

// writer writes a bibliography's items as Markdown lines.
type writer struct {
	out   corpus.Lines
	entry string // the heading mark of an entry: "## ", or "### " in a group
}

// write writes items as Markdown (see the package's doc).
func write(items []item) corpus.Converted {
	title, used := titleOf(items)
	first := slices.IndexFunc(items, func(it item) bool { return it.entry != nil })
	heads := make([]string, len(items)) // the headings comments make
	var leading []int                   // heading-like comments before the first entry
	grouped := false                    // a heading-like comment stands after it
	for i, it := range items {
		if it.comment != nil && !used[i] {
			heads[i] = heading(it.comment)
		}
		if heads[i] == "" {
			continue
		}
		if i < first {
			leading = append(leading, i)
		} else {
			grouped = true
		}
	}
	// The title stands first: a heading-like comment after other comments
	// names a group, and so does one right before the first entry when
	// others stand between entries.
	if title == "" && len(leading) > 0 && !slices.ContainsFunc(items[:leading[0]], func(it item) bool { return it.comment != nil }) &&
		!(len(leading) == 1 && grouped && leading[0]+1 == first) {
		title = heads[leading[0]]
		used[leading[0]] = true
	}
	w := &writer{entry: "## "}
	if title != "" {
		w.out.Line("# "+corpus.EscapeMarkdown(title), 1)
		w.out.Gap(1)
	}
	var pending [][]line // comments before the next entry
	opened := false      // a group's heading was written, and no entry since
	for i, it := range items {
		switch {
		case used[i] || it.entry == nil && it.comment == nil: // a preamble
		case it.entry != nil:
			if !container(it.entry) {
				w.write(it.entry, pending)
				pending, opened = nil, false
			}
		case heads[i] != "":
			for _, p := range pending {
				w.paragraph(commentLines(p))
			}
			pending = nil
			w.out.Gap(it.at)
			w.out.Line("## "+corpus.EscapeMarkdown(heads[i]), it.at)
			w.out.Gap(it.at)
			w.entry, opened = "### ", true
		case i < first || opened:
			w.paragraph(commentLines(it.comment))
		default:
			pending = append(pending, it.comment)
		}
	}
	for _, p := range pending {
		w.paragraph(commentLines(p))
	}
	w.out.TrimEnd()
	c := w.out.Converted(true, "line")
	c.TitledByName = title == ""
	return c
}

// titleRE matches a comment's line that names the document's title.
var titleRE = regexp.MustCompile(`(?i)^title\s*[:=]\s*(\S.*)$`)

// titleOf returns the title a @preamble's \title or a comment's "Title:"
// line gives, and the items it used up.
func titleOf(items []item) (string, map[int]bool) {
	used := map[int]bool{}
	for _, it := range items {
		if it.preamble == "" {
			continue
		}
		if i := strings.Index(it.preamble, `\title`); i >= 0 {
			j := i + len(`\title`)
			for j < len(it.preamble) && isSpace(it.preamble[j]) {
				j++
			}
			if j < len(it.preamble) && it.preamble[j] == '{' {
				t, _ := group(it.preamble, j)
				if t = corpus.OneLine(tex(strings.ReplaceAll(t, `\\`, " "))); t != "" {
					return t, used
				}
			}
		}
	}
	for i, it := range items {
		if it.comment == nil {
			continue
		}
		if m := titleRE.FindStringSubmatch(it.comment[0].text); m != nil {
			if rest := it.comment[1:]; len(rest) > 0 {
				items[i].comment, items[i].at = rest, rest[0].at
			} else {
				used[i] = true
			}
			return corpus.OneLine(tex(strings.Trim(m[1], ` "`))), used
		}
	}
	return "", used
}

// write writes an entry's section: its heading, who, when and where,
// the comments about it, and its notes.
func (w *writer) write(e *entry, comments [][]line) {
	title := ""
	if f, ok := e.get("title"); ok {
		title = corpus.OneLine(tex(f.raw))
	}
	if title == "" {
		title = cmp.Or(e.key, "Untitled "+e.kind)
	}
	w.out.Gap(e.at)
	w.out.Line(w.entry+corpus.EscapeMarkdown(title), e.at)
	w.out.Gap(e.at)
	if by := byline(e); by != "" {
		w.out.Line(escapeLine(by), e.at)
		w.out.Gap(e.at)
	}
	for _, c := range comments {
		w.paragraph(commentLines(c))
	}
	if f, ok := e.get("abstract"); ok {
		w.paragraph(valueLines(f))
	}
	for _, f := range e.fields {
		if notesFields[f.name] || strings.HasPrefix(f.name, "comment-") { // JabRef's comment of a user: comment-ravi
			w.paragraph(valueLines(f))
		}
	}
	if f, ok := e.get("keywords"); ok {
		var words []string
		for _, k := range keywordSepRE.Split(corpus.OneLine(tex(f.raw)), -1) {
			if k = strings.TrimSpace(k); k != "" {
				words = append(words, k)
			}
		}
		if len(words) > 0 {
			w.out.Line(escapeLine("Keywords: "+strings.Join(words, ", ")), f.at)
			w.out.Gap(f.at)
		}
	}
}

// notesFields are the fields that hold notes on an entry, beside its
// abstract: Zotero's and BibLaTeX's annotation, BibTeX's annote
// (Mendeley's too), JabRef's comment and review.
var notesFields = map[string]bool{"annotation": true, "annote": true, "comment": true, "review": true, "note": true, "addendum": true}

var keywordSepRE = regexp.MustCompile(`[,;]`)

// valueLines is a field's value as lines of text, each at its place: a
// blank line between paragraphs.
func valueLines(f field) []line {
	var ls []line
	for k, s := range strings.Split(tex(f.raw), "\n") {
		for j, part := range strings.Split(s, parBreak) {
			if j > 0 {
				ls = append(ls, line{"", f.at + k})
			}
			ls = append(ls, line{part, f.at + k})
		}
	}
	return ls
}

// commentLines is a comment's lines as the text they show.
func commentLines(block []line) []line {
	ls := make([]line, len(block))
	for i, l := range block {
		ls[i] = line{strings.ReplaceAll(tex(l.text), parBreak, " "), l.at}
	}
	return ls
}

// listRE matches a line that starts an entry of a list: "- ", "* ", "• ",
// "1. ", "2) " (a year's "1949. " is no entry: it has four digits).
var listRE = regexp.MustCompile(`^(?:[-*•]|\d{1,3}[.)])\s+\S`)

// paragraph writes lines as paragraphs: a line that starts an entry of a
// list a line of its own, the others run on into the line before, as
// TeX and Markdown run them; blank lines end a paragraph.
func (w *writer) paragraph(lines []line) {
	var cur strings.Builder
	curAt, list := 0, false
	flush := func() {
		s := cur.String()
		switch {
		case s == "":
		case list:
			marker, rest, _ := strings.Cut(s, " ")
			if marker == "•" {
				marker = "-"
			}
			w.out.Line(marker+" "+corpus.EscapeMarkdown(strings.TrimSpace(rest)), curAt)
		default:
			w.out.Line(escapeLine(s), curAt)
		}
		cur.Reset()
	}
	for _, l := range lines {
		t := corpus.OneLine(l.text)
		switch {
		case t == "":
			flush()
			w.out.Gap(l.at)
			continue
		case listRE.MatchString(t):
			flush()
			curAt, list = l.at, true
		case cur.Len() == 0:
			curAt, list = l.at, false
		default:
			cur.WriteByte(' ')
		}
		cur.WriteString(t)
	}
	flush()
	if len(lines) > 0 {
		w.out.Gap(lines[len(lines)-1].at)
	}
}

// leadRE matches the start of a line that Markdown would read as markup:
// a heading, a quote, a list's entry, a table or a rule.
var leadRE = regexp.MustCompile(`^(?:[#>+|]|\d{1,9}[.)](?:\s|$)|[-*_=](?:\s*[-*_=]){2,}\s*$)`)

// escapeLine writes text as a Markdown line that reads as written.
func escapeLine(s string) string {
	s = corpus.EscapeMarkdown(s)
	loc := leadRE.FindStringIndex(s)
	if loc == nil {
		return s
	}
	i := 0 // the mark to write as a character reference
	if s[0] >= '0' && s[0] <= '9' {
		i = strings.IndexAny(s, ".)")
	}
	return s[:i] + fmt.Sprintf("&#%d;", s[i]) + s[i+1:]
}

// byline is an entry's who, when and where: "Granville Austin (1966).
// Oxford University Press".
func byline(e *entry) string {
	text := func(name string) string {
		if f, ok := e.get(name); ok {
			return corpus.OneLine(tex(f.raw))
		}
		return ""
	}
	who := ""
	if f, ok := e.get("author"); ok {
		who = people(f.raw)
	}
	if f, ok := e.get("editor"); ok && who == "" {
		if who = people(f.raw); who != "" {
			who += " (ed.)"
		}
	}
	when := text("date")
	if when == "" {
		when = text("year")
		if m := monthName(text("month")); m != "" && when != "" {
			when = m + " " + when
		}
	}
	var where []string
	if j := cmp.Or(text("journaltitle"), text("journal")); j != "" {
		if v := text("volume"); v != "" {
			j += " " + v
			if n := cmp.Or(text("number"), text("issue")); n != "" {
				j += "(" + n + ")"
			}
		}
		if p := text("pages"); p != "" {
			j += ", pp. " + p
		}
		where = append(where, j)
	}
	if b := text("booktitle"); b != "" {
		where = append(where, "In "+b)
	}
	for _, name := range []string{"publisher", "institution", "school", "organization", "howpublished"} {
		if t := text(name); t != "" && !slices.Contains(where, t) {
			where = append(where, t)
		}
	}
	if f, ok := e.get("url"); ok && len(where) == 0 {
		where = append(where, url(f.raw))
	}
	head := who
	switch {
	case when != "" && head != "":
		head += " (" + when + ")"
	case when != "":
		head = when
	}
	return strings.Join(slices.DeleteFunc([]string{head, strings.Join(where, ", ")}, func(s string) bool { return s == "" }), ". ")
}

// url is an address as a field holds it: as written, but for braces and
// the escapes some tools write ("\_", "\%").
func url(raw string) string {
	return corpus.OneLine(strings.NewReplacer("{", "", "}", "", `\_`, "_", `\%`, "%", `\&`, "&", `\#`, "#", `\~`, "~", `\$`, "$").Replace(raw))
}

// monthName is a month's name for its number or its macro's name ("8",
// "{aug}"), else the month as written.
func monthName(m string) string {
	if n, ok := months[strings.ToLower(m)]; ok {
		return n
	}
	names := []string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	for i, n := range names {
		if m == fmt.Sprint(i+1) || m == fmt.Sprintf("%02d", i+1) {
			return n
		}
	}
	return m
}

// people writes a list of names, "Austin, Granville and Seervai, H. M.
// and others", as read: "Granville Austin, H. M. Seervai et al.".
func people(raw string) string {
	var names []string
	others := false
	for _, n := range split(raw, " and ") {
		if strings.EqualFold(strings.TrimSpace(n), "others") {
			others = true
			continue
		}
		if n = person(n); n != "" {
			names = append(names, n)
		}
	}
	var s string
	switch len(names) {
	case 0:
	case 1:
		s = names[0]
	default:
		if others {
			s = strings.Join(names, ", ")
		} else {
			s = strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
		}
	}
	if others && s != "" {
		s += " et al."
	}
	return s
}

// person writes a name as BibTeX holds it ("Last, First", "Last, Jr,
// First", "First Last", "{Ministry of Law and Justice}") as read.
func person(raw string) string {
	parts := split(raw, ",")
	for i := range parts {
		parts[i] = corpus.OneLine(tex(parts[i]))
	}
	switch len(parts) {
	case 1:
		return parts[0]
	case 2:
		return strings.TrimSpace(parts[1] + " " + parts[0])
	default:
		name := strings.TrimSpace(parts[2] + " " + parts[0])
		if parts[1] != "" {
			name += ", " + parts[1]
		}
		return name
	}
}

// split splits s at each sep that no braces hold, sep's letters in any
// case and its spaces any white space.
func split(s, sep string) []string {
	var out []string
	depth, from := 0, 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '\\':
			i++
		case c == '{':
			depth++
		case c == '}':
			depth--
		case depth == 0 && matchSep(s[i:], sep):
			out = append(out, s[from:i])
			i += len(sep) - 1
			from = i + 1
		}
	}
	return append(out, s[from:])
}

func matchSep(s, sep string) bool {
	if len(s) < len(sep) {
		return false
	}
	for i := 0; i < len(sep); i++ {
		if sep[i] == ' ' && !isSpace(s[i]) || sep[i] != ' ' && unicode.ToLower(rune(s[i])) != rune(sep[i]) {
			return false
		}
	}
	return true
}

// clutterHeads start the lines of a tool's header in a comment:
// JabRef's, Mendeley's.
var clutterHeads = []string{
	"this file was created with jabref", "automatically generated by", "any changes to this file will be lost",
	"mendeley desktop bibtex export", "for further information about how to use bibtex",
}

// encodingRE matches JabRef's "% Encoding: UTF-8", fieldRE a field
// commented out ("% url = {…},").
var (
	encodingRE = regexp.MustCompile(`(?i)^encoding:\s*\S+$`)
	fieldRE    = regexp.MustCompile(`^[A-Za-z][\w-]*\s*=\s*[{"\d]`)
)

// clutter reports whether a comment's line is no note: a tool's header,
// commented-out BibTeX ("% @article{…", "% url = {…}").
func clutter(t string) bool {
	if t[0] == '@' {
		return true
	}
	for _, h := range clutterHeads {
		if len(t) >= len(h) && strings.EqualFold(t[:len(h)], h) {
			return true
		}
	}
	return len(t) < 100 && encodingRE.MatchString(t) || strings.IndexByte(t, '=') > 0 && fieldRE.MatchString(t)
}

// hasWord reports whether t has a letter or a digit: a rule of "=" signs
// or a brace has none.
func hasWord(t string) bool {
	return strings.ContainsFunc(t, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) })
}

// heading returns the heading a comment makes, or "": one line of a few
// words that is no sentence ("=== Right to Freedom (Art. 19–22) ===").
func heading(block []line) string {
	if len(block) != 1 {
		return ""
	}
	t := corpus.OneLine(tex(strings.Trim(block[0].text, "=-*#~_+|/<> \t")))
	t = strings.TrimSuffix(t, ":")
	if t == "" || utf8.RuneCountInString(t) > 80 || len(strings.Fields(t)) > 12 || listRE.MatchString(t) ||
		strings.ContainsAny(t[len(t)-1:], ".,;!?") || todoRE.MatchString(t) {
		return ""
	}
	return t
}

// todoRE matches a comment that is a reminder, not a heading.
var todoRE = regexp.MustCompile(`(?i)^(?:todo|fixme|xxx|nb|note|tip)\b`)
