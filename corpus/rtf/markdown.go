package rtf

import (
	"cmp"
	"errors"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/conceptbot/conceptbot/corpus"
)

// markdownOut writes Markdown lines, each with the line of the file it
// comes from.
type markdownOut struct {
	buf    strings.Builder
	origin []int
	last   string // the last line written
}

func (o *markdownOut) line(s string, at int) {
	o.buf.WriteString(s)
	o.buf.WriteByte('\n')
	o.origin = append(o.origin, at)
	o.last = s
}

// trim takes off the blank lines at the end.
func (o *markdownOut) trim() {
	text := strings.TrimRight(o.buf.String(), "\n")
	o.origin = o.origin[:strings.Count(text, "\n")+1]
	o.buf.Reset()
	o.buf.WriteString(text + "\n")
}

// gap writes a blank line unless one stands last.
func (o *markdownOut) gap(at int) {
	if o.buf.Len() > 0 && o.last != "" {
		o.line("", at)
	}
}

// markdown writes the document as Markdown: the title, then each block;
// footnotes at the end of their section.
func (l *layout) markdown() *markdownOut {
	o := &markdownOut{}
	if l.title != "" {
		o.line("# "+corpus.EscapeMarkdown(l.title), l.titleLine)
		o.line("", l.titleLine)
	}
	var notes []block // the footnotes of the section being written
	flushNotes := func() {
		for _, n := range notes {
			for _, text := range n.note {
				o.gap(n.line)
				o.line(corpus.EscapeMarkdown(text), n.line)
			}
		}
		notes = nil
	}
	var counts [9]int // the numbers of a numbered list's entries by depth
	titleAt := slices.Index(l.role, roleTitle)
	for i, b := range l.doc.blocks {
		at := b.line
		if r := l.role[i]; b.kind == tableBlock || b.kind == paraBlock && r != roleEntry && r != roleEmpty {
			counts = [9]int{}
		}
		switch b.kind {
		case noteBlock:
			notes = append(notes, b)
			continue
		case tableBlock:
			writeTable(o, b.rows, b.rowLines)
			continue
		}
		text := corpus.EscapeMarkdown(l.text[i])
		switch l.role[i] {
		case roleEmpty, roleTitled, roleDropped:
		case roleTitle:
			o.gap(at)
			if i != titleAt {
				flushNotes()
				o.line("## "+text, at)
				o.line("", at)
				break
			}
			o.line("# "+text, at)
		case roleSubtitle:
			if !strings.HasPrefix(o.last, "# ") {
				o.gap(at)
			}
			o.line(text, at)
			o.line("", at)
		case roleHeading:
			flushNotes()
			o.gap(at)
			o.line(strings.Repeat("#", min(max(l.level[i]+1-l.shift, 2), 6))+" "+text, at)
			o.line("", at)
		case roleBold:
			flushNotes()
			o.gap(at)
			o.line("**"+text+"**", at)
			o.line("", at)
		case roleEntry:
			l.entry(o, i, &counts, text, at)
		default:
			o.gap(at)
			o.line(text, at)
			o.line("", at)
		}
	}
	flushNotes()
	return o
}

// entry writes list entry i, numbered by counts.
func (l *layout) entry(o *markdownOut, i int, counts *[9]int, text string, at int) {
	depth := l.level[i]
	if !strings.HasPrefix(strings.TrimLeft(o.last, " "), "- ") && !numberedLine.MatchString(o.last) {
		o.gap(at)
	}
	marker := "-"
	if l.numbered[i] {
		counts[depth]++
		marker = strconv.Itoa(counts[depth]) + "."
	}
	for d := depth + 1; d < len(counts); d++ {
		counts[d] = 0
	}
	o.line(strings.Repeat("  ", depth)+marker+" "+text, at)
}

// numberedLine matches a numbered list's entry as written.
var numberedLine = regexp.MustCompile(`^ *\d+\. `)

// writeTable writes rows, which start on lines, as a Markdown pipe
// table, the first row its header, filled out with empty cells to the
// width of the widest row.
func writeTable(o *markdownOut, rows [][]string, lines []int) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	o.gap(lines[0])
	header := append(slices.Clip(rows[0]), make([]string, width-len(rows[0]))...)
	o.line("| "+strings.Join(header, " | ")+" |", lines[0])
	o.line("|"+strings.Repeat(" --- |", width), lines[0])
	for i, r := range rows[1:] {
		o.line("| "+strings.Join(r, " | ")+" |", lines[i+1])
	}
	o.line("", lines[len(lines)-1])
}

// plain writes a document that marks no structure as the lines of
// plain-text notes, as typed: a paragraph a line (a line break in it
// another), an empty paragraph a blank line; its footnotes at the end.
func (l *layout) plain() *markdownOut {
	o := &markdownOut{}
	var notes []string
	noteLine := 0
	for _, b := range l.doc.blocks {
		switch b.kind {
		case paraBlock:
			for _, line := range strings.Split(b.para.text, "\n") {
				o.line(strings.TrimRightFunc(line, unicode.IsSpace), b.line)
			}
		case noteBlock:
			notes = append(notes, b.note...)
			noteLine = cmp.Or(noteLine, b.line)
		}
	}
	if len(notes) > 0 {
		o.line("", noteLine)
		for _, n := range notes {
			o.line(n, noteLine)
		}
	}
	return o
}

// errNoText is the error for a file with no text to read.
var errNoText = errors.New("the RTF file has no text")
