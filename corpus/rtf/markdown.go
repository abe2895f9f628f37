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

// markdown writes the document as Markdown: the title, then each block;
// footnotes at the end of their section.
func (l *layout) markdown() *corpus.Lines {
	o := &corpus.Lines{}
	if l.title != "" {
		o.Line("# "+corpus.EscapeMarkdown(l.title), l.titleLine)
		o.Line("", l.titleLine)
	}
	var notes []block // the footnotes of the section being written
	flushNotes := func() {
		for _, n := range notes {
			for _, text := range n.note {
				o.Gap(n.line)
				o.Line(corpus.EscapeMarkdown(text), n.line)
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
			o.Gap(at)
			if i != titleAt {
				flushNotes()
				o.Line("## "+text, at)
				o.Line("", at)
				break
			}
			o.Line("# "+text, at)
		case roleSubtitle:
			if !strings.HasPrefix(o.Last(), "# ") {
				o.Gap(at)
			}
			o.Line(text, at)
			o.Line("", at)
		case roleHeading:
			flushNotes()
			o.Gap(at)
			o.Line(strings.Repeat("#", min(max(l.level[i]+1-l.shift, 2), 6))+" "+text, at)
			o.Line("", at)
		case roleBold:
			flushNotes()
			o.Gap(at)
			o.Line("**"+text+"**", at)
			o.Line("", at)
		case roleEntry:
			l.entry(o, i, &counts, text, at)
		default:
			o.Gap(at)
			o.Line(text, at)
			o.Line("", at)
		}
	}
	flushNotes()
	return o
}

// entry writes list entry i, numbered by counts.
func (l *layout) entry(o *corpus.Lines, i int, counts *[9]int, text string, at int) {
	depth := l.level[i]
	if !strings.HasPrefix(strings.TrimLeft(o.Last(), " "), "- ") && !numberedLine.MatchString(o.Last()) {
		o.Gap(at)
	}
	marker := "-"
	if l.numbered[i] {
		counts[depth]++
		marker = strconv.Itoa(counts[depth]) + "."
	}
	for d := depth + 1; d < len(counts); d++ {
		counts[d] = 0
	}
	o.Line(strings.Repeat("  ", depth)+marker+" "+text, at)
}

// numberedLine matches a numbered list's entry as written.
var numberedLine = regexp.MustCompile(`^ *\d+\. `)

// writeTable writes rows, which start on lines, as a Markdown pipe
// table, the first row its header, filled out with empty cells to the
// width of the widest row.
func writeTable(o *corpus.Lines, rows [][]string, lines []int) {
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	o.Gap(lines[0])
	header := append(slices.Clip(rows[0]), make([]string, width-len(rows[0]))...)
	o.Line("| "+strings.Join(header, " | ")+" |", lines[0])
	o.Line("|"+strings.Repeat(" --- |", width), lines[0])
	for i, r := range rows[1:] {
		o.Line("| "+strings.Join(r, " | ")+" |", lines[i+1])
	}
	o.Line("", lines[len(lines)-1])
}

// plain writes a document that marks no structure as the lines of
// plain-text notes, as typed: a paragraph a line (a line break in it
// another), an empty paragraph a blank line; its footnotes at the end.
func (l *layout) plain() *corpus.Lines {
	o := &corpus.Lines{}
	var notes []string
	noteLine := 0
	for _, b := range l.doc.blocks {
		switch b.kind {
		case paraBlock:
			for _, line := range strings.Split(b.para.text, "\n") {
				o.Line(strings.TrimRightFunc(line, unicode.IsSpace), b.line)
			}
		case noteBlock:
			notes = append(notes, b.note...)
			noteLine = cmp.Or(noteLine, b.line)
		}
	}
	if len(notes) > 0 {
		o.Line("", noteLine)
		for _, n := range notes {
			o.Line(n, noteLine)
		}
	}
	return o
}

// errNoText is the error for a file with no text to read.
var errNoText = errors.New("the RTF file has no text")
