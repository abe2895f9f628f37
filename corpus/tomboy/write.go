package tomboy

import (
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// A role is what a line of a note is written as.
type role int

const (
	roleBlank   role = iota
	roleText         // a line of a paragraph
	roleEntry        // a list's entry
	roleHeading      // all in large or huge letters: a section's heading
	roleBold         // all in bold, standing alone, text after it: a heading
)

// maxHeading is the length of the longest line, in characters, that may
// head a section.
const maxHeading = 120

// layout says what each line is written as.
func layout(lines []line) []role {
	roles := make([]role, len(lines))
	for i, l := range lines {
		text := strings.TrimSpace(l.text)
		named := utf8.RuneCountInString(text) <= maxHeading && strings.ContainsFunc(text, wordy) // not a rule of dashes
		switch {
		case !l.words:
			roles[i] = roleBlank
		case l.depth > 0:
			roles[i] = roleEntry
		case l.size > 0 && named:
			roles[i] = roleHeading
		case l.bold && named && !strings.HasSuffix(text, "."): // a sentence in bold stresses it
			roles[i] = roleBold
		default:
			roles[i] = roleText
		}
	}
	// A heading heads text: one with none after it is text.
	next := roleBlank // the role of the next line with words; roleBlank for none
	for i := len(lines) - 1; i >= 0; i-- {
		r := roles[i]
		if r == roleBlank {
			continue
		}
		if r == roleHeading && next == roleBlank || r == roleBold && (next == roleBlank || next == roleHeading) {
			roles[i] = roleText
		}
		next = roles[i]
	}
	return roles
}

func wordy(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// levels returns the Markdown level of each size of heading: huge "##"
// and large "###" in a note that has both, else "##".
func levels(lines []line, roles []role) map[int]int {
	var sizes []int
	for i, r := range roles {
		if r == roleHeading {
			sizes = append(sizes, lines[i].size)
		}
	}
	slices.Sort(sizes)
	sizes = slices.Compact(sizes)
	out := map[int]int{}
	for i, s := range sizes {
		out[s] = 1 + len(sizes) - i // the biggest 2
	}
	return out
}

// header writes a note's title and its notebooks and tags, as corpus
// reads them in Markdown and in text alike.
func header(o *corpus.Lines, n *note, title string) {
	o.Line(title, n.titleAt)
	if len(n.notebooks) > 0 {
		o.Line("Category: "+strings.Join(n.notebooks, ", "), n.tagsAt)
	}
	if len(n.tags) > 0 {
		o.Line("Tags: "+strings.Join(n.tags, ", "), n.tagsAt)
	}
	o.Line("", n.titleAt)
}

// markdown writes a note whose headings are marked as Markdown.
func markdown(n *note, lines []line, roles []role) *corpus.Lines {
	o := &corpus.Lines{}
	header(o, n, "# "+escape(n.title))
	level := levels(lines, roles)
	for i := 0; i < len(lines); {
		l := lines[i]
		text := corpus.OneLine(l.text)
		switch roles[i] {
		case roleBlank:
			o.Gap(l.at)
		case roleHeading:
			o.Gap(l.at)
			o.Line(strings.Repeat("#", level[l.size])+" "+escape(text), l.at)
			o.Line("", l.at)
		case roleBold:
			o.Gap(l.at)
			o.Line("**"+escape(strings.Trim(text, "*_ "))+"**", l.at) // read as a heading where it stands
			o.Line("", l.at)
		case roleEntry:
			if !strings.HasPrefix(strings.TrimLeft(o.Last(), " "), "- ") {
				o.Gap(l.at)
			}
			o.Line(strings.Repeat("  ", min(l.depth-1, 8))+"- "+escape(text), l.at)
			if i+1 == len(lines) || roles[i+1] != roleEntry {
				o.Line("", l.at) // what follows is not the entry's
			}
		case roleText:
			j := i + 1
			for j < len(lines) && roles[j] == roleText {
				j++
			}
			paragraph(o, lines[i:j])
			i = j
			continue
		}
		i++
	}
	o.TrimEnd()
	return o
}

// paragraph writes the lines of a paragraph, each kept as typed (a hard
// break after it). Lines typed in columns (spaces or tabs between their
// cells, as many each) under a row that names the columns are a table;
// else each is a "Label: value" line, as corpus's text reader reads them.
func paragraph(o *corpus.Lines, lines []line) {
	texts := make([]string, len(lines))
	rows := make([][]string, len(lines))
	for i, l := range lines {
		texts[i] = escape(strings.TrimSpace(l.text))
		rows[i] = cells(l.text)
	}
	tables := map[int]int{} // where each table starts: where it ends
	for i := 0; i < len(lines); {
		j := i + 1
		for rows[i] != nil && j < len(lines) && len(rows[j]) == len(rows[i]) {
			j++
		}
		switch {
		case j-i >= minTableRows && headerRow(rows[i], strings.Contains(lines[i].text, "\t")):
			tables[i] = j
		case j-i >= 2:
			for k := i; k < j; k++ {
				texts[k] = escape(rows[k][0] + ": " + strings.Join(rows[k][1:], "; "))
			}
		}
		i = j
	}
	for i := 0; i < len(lines); {
		o.Gap(lines[i].at)
		if j, ok := tables[i]; ok {
			table(o, rows[i:j], lines[i:j])
			i = j
			continue
		}
		j := i + 1
		for j < len(lines) && tables[j] == 0 {
			j++
		}
		for k := i; k < j; k++ {
			if k+1 < j {
				texts[k] += "  "
			}
			o.Line(texts[k], lines[k].at)
		}
		o.Line("", lines[j-1].at)
		i = j
	}
}

// minTableRows is the fewest lines of a table typed in columns, its
// header's with them.
const minTableRows = 3

// maxCells is the most cells of a line typed in columns; maxCell is the
// length of the longest, in characters: a longer one is prose, two spaces
// after its full stop.
const (
	maxCells = 6
	maxCell  = 60
)

// columnGap is what parts the cells of a line typed in columns.
var columnGap = regexp.MustCompile(`\t+ *| {2,}\t*`)

// cells returns the cells of a line typed in columns, nil when it is not
// one.
func cells(s string) []string {
	s = strings.TrimSpace(s)
	if strings.Contains(s, "|") {
		return nil // a table typed in Markdown, read as it is
	}
	out := columnGap.Split(s, -1)
	if len(out) < 2 || len(out) > maxCells {
		return nil
	}
	for _, c := range out {
		if utf8.RuneCountInString(c) > maxCell || !strings.ContainsFunc(c, wordy) {
			return nil
		}
	}
	return out
}

// headerRow reports whether the cells of a line name the columns under
// it: short labels, capitalised, with no numbers ("Article", "Freedom",
// "Reasonable restrictions"); by tabs, a little longer.
func headerRow(row []string, tabbed bool) bool {
	most := 3
	if tabbed {
		most = 5
	}
	for _, c := range row {
		first, _ := utf8.DecodeRuneInString(c)
		if !unicode.IsUpper(first) || len(strings.Fields(c)) > most || strings.ContainsFunc(c, unicode.IsDigit) {
			return false
		}
	}
	return true
}

// table writes rows as a Markdown pipe table, the first its header.
func table(o *corpus.Lines, rows [][]string, lines []line) {
	for i, r := range rows {
		cs := make([]string, len(r))
		for k, c := range r {
			cs[k] = corpus.EscapeMarkdown(c)
		}
		o.Line("| "+strings.Join(cs, " | ")+" |", lines[i].at)
		if i == 0 {
			o.Line("|"+strings.Repeat(" --- |", len(r)), lines[i].at)
		}
	}
	o.Line("", lines[len(lines)-1].at)
}

// escape is s as Markdown shows it as written.
func escape(s string) string {
	s = corpus.EscapeMarkdown(s)
	if strings.HasPrefix(s, "#") {
		s = `\` + s // "#1 priority", not a heading
	}
	return s
}

// plain writes a note that marks no headings as plain text: its lines as
// typed, its lists' entries bullets.
func plain(n *note, lines []line) *corpus.Lines {
	o := &corpus.Lines{}
	header(o, n, n.title)
	for _, l := range lines {
		switch {
		case !l.words:
			o.Gap(l.at)
		case l.depth > 0:
			o.Line(strings.Repeat("  ", min(l.depth-1, 8))+"- "+strings.TrimSpace(l.text), l.at)
		default:
			o.Line(strings.TrimRight(l.text, " \t"), l.at)
		}
	}
	o.TrimEnd()
	return o
}
