package rtf

import (
	"cmp"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// A role is what a paragraph is written as.
type role int

const (
	roleText     role = iota
	roleEmpty         // no words
	roleTitle         // the title, "# …", written where it stands
	roleTitled        // the title, written first
	roleSubtitle      // in the Subtitle style: the subtitle, right under the title
	roleHeading       // "##" and deeper
	roleEntry         // a list's entry
	roleBold          // a short line all in bold, "**…**", that corpus reads as a heading where it stands alone
	roleDropped       // the title again, above the first heading (pandoc writes it so)
)

// maxHeading is the length of the longest line, in characters, that
// may be a heading or a title.
const maxHeading = 120

// A layout says how each block of a document is written.
type layout struct {
	doc       *document
	text      []string // each paragraph's text, spaces folded, a list entry's typed marker taken off
	role      []role
	level     []int  // a heading's level ("##" is 2); an entry's depth
	numbered  []bool // an entry is numbered
	title     string // written first, "" for none
	titleLine int
	shift     int  // what a styled heading's level loses to make its Markdown level below the title's
	styled    bool // headings or a title are marked by their style or outline level
}

func newLayout(doc *document) *layout {
	doc.blocks = tabbedTables(doc.blocks)
	n := len(doc.blocks)
	l := &layout{doc: doc, text: make([]string, n), role: make([]role, n), level: make([]int, n), numbered: make([]bool, n)}
	for i, b := range doc.blocks {
		if b.kind == paraBlock {
			l.read(i, b.para)
		}
	}
	l.depths()
	l.styled = slices.ContainsFunc(l.role, func(r role) bool { return r == roleHeading || r == roleTitle })
	if l.styled {
		l.styledTitle()
	} else {
		l.formattedTitle()
		l.sizedHeadings()
	}
	l.boldLines()
	l.dropRepeatedTitle()
	return l
}

// tabbedTables returns blocks with each run of three paragraphs or more
// set out in columns at tab stops, as WordPad writes a table ("Region",
// tab, "Local name"), the same number of cells each, made a table.
func tabbedTables(blocks []block) []block {
	cells := func(b block) []string {
		if b.kind != paraBlock || !strings.Contains(b.para.text, "\t") || b.para.marker != "" || b.para.props.listed {
			return nil
		}
		if _, _, ok := typedMarker(strings.TrimSpace(b.para.text)); ok {
			return nil // "•", tab, the entry: a list's
		}
		var out []string
		for c := range strings.SplitSeq(b.para.text, "\t") {
			if c = strings.Join(strings.Fields(c), " "); c != "" {
				if !strings.ContainsFunc(c, isWordy) {
					return nil // a bullet of its own, a rule
				}
				out = append(out, c)
			}
		}
		if len(out) < 2 {
			return nil
		}
		return out
	}
	rows := make([][]string, len(blocks))
	for i, b := range blocks {
		rows[i] = cells(b)
	}
	var out []block
	for i := 0; i < len(blocks); {
		j := i + 1
		for rows[i] != nil && j < len(blocks) && len(rows[j]) == len(rows[i]) {
			j++
		}
		if j-i < minTabbedRows {
			out = append(out, blocks[i])
			i++
			continue
		}
		t := block{kind: tableBlock, line: blocks[i].line, rows: rows[i:j:j]}
		for _, b := range blocks[i:j] {
			t.rowLines = append(t.rowLines, b.line)
		}
		out = append(out, t)
		i = j
	}
	return out
}

// minTabbedRows is the fewest rows of a table set out at tab stops.
const minTabbedRows = 3

// read finds what paragraph i is by its style, its list marker and its
// text.
func (l *layout) read(i int, p paragraph) {
	text, marker := p.text, p.marker
	level, kind := l.doc.heading(p)
	if marker == "" && !p.props.listed && level == 0 && kind == "" {
		if m, rest, ok := typedMarker(text); ok {
			marker, text = m, rest
		}
	}
	l.text[i] = strings.Join(strings.Fields(text), " ")
	switch {
	case !strings.ContainsFunc(l.text[i], isWordy):
		l.role[i] = roleEmpty // nothing but a rule of dashes, a bullet, an emoji
	case kind == "Title":
		l.role[i] = roleTitle
	case kind == "Subtitle":
		l.role[i] = roleSubtitle
	case level > 0:
		l.role[i], l.level[i] = roleHeading, level
	case marker != "" || p.props.listed:
		l.role[i], l.numbered[i] = roleEntry, numberRE.MatchString(marker)
	}
}

func isWordy(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// heading returns the heading level of p by its style or its outline
// level, or the kind of its style when it is "Title" or "Subtitle".
func (d *document) heading(p paragraph) (level int, kind string) {
	s := d.styles[p.props.style]
	name, _, _ := strings.Cut(s.name, ",") // "heading 1,h1": a name and its aliases
	name = strings.TrimSpace(name)
	switch {
	case strings.EqualFold(name, "Title"):
		return 0, "Title"
	case strings.EqualFold(name, "Subtitle"):
		return 0, "Subtitle"
	case p.props.outline > 0:
		return p.props.outline, ""
	case s.outline > 0:
		return s.outline, ""
	}
	if m := headingStyleRE.FindStringSubmatch(name); m != nil {
		level, _ := strconv.Atoi(m[1])
		return level, ""
	}
	return 0, ""
}

// headingStyleRE matches the name of a heading style, "heading 2".
var headingStyleRE = regexp.MustCompile(`(?i)^heading\s*([1-9])$`)

// numberRE matches the marker of a numbered list's entry: "1.", "2)",
// "(a)", "iv.", "1.2".
var numberRE = regexp.MustCompile(`^[(\[]?(\d{1,4}|[a-zA-Z]|[ivxlc]{1,5}|[IVXLC]{1,5})[.)\]]$|^\d{1,4}(\.\d{1,4})*\.?$`)

// typedMarker returns the bullet or number a paragraph's text opens with
// before a tab, as pandoc writes a list's entries ("\bullet\tab …",
// "1.\tab …") and as they are typed, and the text after it.
func typedMarker(text string) (marker, rest string, ok bool) {
	marker, rest, found := strings.Cut(strings.TrimLeft(text, " "), "\t")
	if !found || marker == "" || utf8.RuneCountInString(marker) > 6 {
		return "", "", false
	}
	if numberRE.MatchString(marker) || isBullet(marker) {
		return marker, rest, true
	}
	return "", "", false
}

// isBullet reports whether s is one character that marks a list's
// entry: a bullet, a dash, an arrow, a check mark.
func isBullet(s string) bool {
	r, n := utf8.DecodeRuneInString(s)
	if n != len(s) {
		return false
	}
	return strings.ContainsRune("•·▪■□◦○●‣⁃*o§►▸➢➤✓✔", r) || unicode.Is(unicode.Pd, r)
}

// depths sets the depth of each list entry: its \ilvl, or, in a list
// that has none (pandoc's, WordPad's), the rank of its indent among those
// of its list.
func (l *layout) depths() {
	for start := 0; start < len(l.role); {
		end := start
		for end < len(l.role) && (l.role[end] == roleEntry || l.role[end] == roleEmpty && end > start) {
			end++
		}
		if end == start {
			start++
			continue
		}
		var indents []int
		for i := start; i < end; i++ {
			if p := l.doc.blocks[i].para; l.role[i] == roleEntry && !p.props.listed {
				indents = append(indents, p.props.indent)
			}
		}
		slices.Sort(indents)
		indents = slices.Compact(indents)
		for i := start; i < end; i++ {
			p := l.doc.blocks[i].para
			if p.props.listed {
				l.level[i] = p.props.level
			} else {
				d, _ := slices.BinarySearch(indents, p.props.indent)
				l.level[i] = min(d, 8)
			}
		}
		start = end
	}
}

// styledTitle finds the title of a document whose headings are marked:
// its paragraph in the Title style; else its first heading when no other
// is at that heading's level or above; else the title in its properties.
func (l *layout) styledTitle() {
	if slices.Contains(l.role, roleTitle) {
		return
	}
	first, top := -1, 0
	atTop := 0
	for i, r := range l.role {
		if r != roleHeading {
			continue
		}
		switch {
		case first < 0 || l.level[i] < top:
			first, top, atTop = i, l.level[i], 1
		case l.level[i] == top:
			atTop++
		}
	}
	if atTop == 1 && first == slices.Index(l.role, roleHeading) {
		l.role[first], l.shift = roleTitled, top
		l.title, l.titleLine = l.text[first], l.doc.blocks[first].line
		return
	}
	l.propertiesTitle()
}

// propertiesTitle titles the document with the title in its properties,
// which its first paragraph may repeat.
func (l *layout) propertiesTitle() bool {
	title := strings.Join(strings.Fields(l.doc.title), " ")
	if title == "" {
		return false
	}
	l.title, l.titleLine = title, l.doc.titleLine
	if i := l.first(); i >= 0 && l.role[i] == roleText && strings.EqualFold(l.text[i], title) {
		l.role[i], l.titleLine = roleTitled, l.doc.blocks[i].line
	}
	return true
}

// first returns the index of the first block with text, -1 for none.
func (l *layout) first() int {
	for i, b := range l.doc.blocks {
		if b.kind != paraBlock || l.role[i] != roleEmpty {
			return i
		}
	}
	return -1
}

// formattedTitle titles a document whose headings are not marked: by the
// title in its properties, else by its first line when that is short and
// set bigger than the body or in bold.
func (l *layout) formattedTitle() {
	if l.propertiesTitle() {
		return
	}
	i := l.first()
	if i < 0 || l.role[i] != roleText {
		return
	}
	if p := l.doc.blocks[i].para; l.short(i) && (p.bold || p.size > l.doc.bodySize()) {
		l.role[i], l.title, l.titleLine = roleTitled, l.text[i], l.doc.blocks[i].line
	}
}

// sizedHeadings makes headings of the short lines set bigger than the
// body, in a document whose headings are not marked: the biggest are
// "##", the next biggest "###".
func (l *layout) sizedHeadings() {
	body := l.doc.bodySize()
	var sizes []int
	for i, r := range l.role {
		if size := l.doc.blocks[i].para.size; r == roleText && size > body && l.short(i) {
			sizes = append(sizes, size)
		}
	}
	slices.SortFunc(sizes, func(a, b int) int { return cmp.Compare(b, a) })
	rank := map[int]int{}
	for _, size := range slices.Compact(sizes) {
		rank[size] = len(rank)
	}
	for i, r := range l.role {
		if size := l.doc.blocks[i].para.size; r == roleText && size > body && l.short(i) {
			l.role[i], l.level[i] = roleHeading, min(rank[size]+1, 5)
		}
	}
}

// boldLines marks the short paragraphs all in bold.
func (l *layout) boldLines() {
	for i, r := range l.role {
		if r == roleText && l.doc.blocks[i].para.bold && l.short(i) {
			l.role[i] = roleBold
		}
	}
}

// dropRepeatedTitle leaves out paragraphs above the first heading that
// say the title again (pandoc writes a document's title above its first
// heading, which is the same).
func (l *layout) dropRepeatedTitle() {
	if l.title == "" {
		return
	}
	for i, r := range l.role {
		switch {
		case r == roleHeading:
			return
		case (r == roleText || r == roleBold) && strings.EqualFold(l.text[i], l.title):
			l.role[i] = roleDropped
		}
	}
}

func (l *layout) short(i int) bool { return utf8.RuneCountInString(l.text[i]) <= maxHeading }

// bodySize is the font size most of the document's letters are set in.
func (d *document) bodySize() int {
	body, most := 24, 0
	for size, n := range d.sizes {
		if n > most || n == most && size < body {
			body, most = size, n
		}
	}
	return body
}

// structured reports whether the document marks its structure: a
// heading or a title by its style, a list, a table, a line in bold, a
// line set bigger below the first. One that marks none is written as
// plain-text notes, whose first line titles them.
func (l *layout) structured() bool {
	if l.styled {
		return true
	}
	for i, r := range l.role {
		switch r {
		case roleTitle, roleSubtitle, roleHeading, roleEntry, roleBold:
			return true
		}
		if l.doc.blocks[i].kind == tableBlock {
			return true
		}
	}
	return false
}
