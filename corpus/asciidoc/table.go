package asciidoc

import (
	"encoding/csv"
	"fmt"
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// cell is a table's cell as written: its text, what its specifier says
// ("3*|", "2+|", ".3+|", "a|"), and the line it starts on.
type cell struct {
	text    strings.Builder
	repeat  int // "3*": the cell three times over
	colspan int
	rowspan int
	style   byte // 'a' AsciiDoc, 'l' literal, … ; 0 for the column's
	at      int
	first   bool // on the table's first line of cells
}

// specRE matches a cell's specifier, before its separator: "3*", "2+",
// ".2+", "2.3+", "^.^", "a", "2+^.^a".
var specRE = regexp.MustCompile(`^(?:(\d+)\*)?(?:(\d+)?(?:\.(\d+))?\+)?(?:[<^>])?(?:\.[<^>])?([adehlmsv])?$`)

// colRE matches a column of a table's cols attribute: "2*", "3", "<1",
// "^.^2a", "~", "15%".
var colRE = regexp.MustCompile(`^(?:(\d+)\*)?[<^>]?(?:\.[<^>])?(?:\d+%?|~)?([adehlmsv])?$`)

// table writes a table (open is its delimiter: "|===", ",===", ":===",
// "!===") as a Markdown table, its header row the one the table marks;
// without one, its header's cells are empty. Each row's place is the line
// of its first cell. A titled table's caption over it is Asciidoctor's,
// "Table 1. Writs". In a quote or callout the rows are lines of text,
// "Header: cell; Header: cell".
func (r *reader) table(m meta, ls []line, open string, at int) {
	format := map[byte]string{',': "csv", ':': "dsv"}[open[0]]
	if f := m.named["format"]; f != "" {
		format = f
	}
	cols, styles := columns(m.named["cols"])
	var cells []*cell
	var blankUnder bool // a blank line under the first line of cells
	switch format {
	case "csv", "tsv", "dsv":
		cells, blankUnder = splitDelimited(ls, format, m.named["separator"])
	default:
		sep := open[0]
		if s := m.named["separator"]; len(s) == 1 {
			sep = s[0]
		}
		cells, blankUnder = splitCells(ls, sep)
	}
	if len(cells) == 0 {
		return
	}
	onFirst := 0
	for _, c := range cells {
		if c.first {
			onFirst += c.repeat * c.colspan
		}
	}
	if cols == 0 {
		cols = onFirst
	}
	cols = min(max(cols, 1), maxColumns)
	header := m.option("header") || !m.option("noheader") && blankUnder && onFirst == cols
	rows, rowAt := r.rows(cells, cols, styles)
	if len(rows) == 0 {
		return
	}
	caption := ""
	if m.title != "" {
		r.tables++
		if caption = r.inline1(m.title); !captionRE.MatchString(caption) {
			caption = "Table " + strconv.Itoa(r.tables) + ". " + caption
		}
	}
	r.text = true
	if r.quoted > 0 {
		r.tableText(caption, rows, rowAt, header, m.titleAt)
		return
	}
	r.gap()
	if caption != "" {
		r.put(escapeStart(caption), m.titleAt)
		r.gap()
	}
	if !header {
		rows = append([][]string{make([]string, cols)}, rows...)
		rowAt = append([]int{rowAt[0]}, rowAt...)
	}
	for k, row := range rows {
		if k > 0 && strings.Join(row, "") == "" {
			continue
		}
		for c := range row {
			row[c] = strings.ReplaceAll(row[c], "|", `\|`)
		}
		r.put(strings.TrimRight("| "+strings.Join(row, " | "), " ")+" |", rowAt[k])
		if k == 0 {
			r.put("|"+strings.Repeat(" --- |", cols), rowAt[k])
		}
	}
	r.gap()
}

// tableText writes a table's rows as lines of text: "- Header: cell;
// Header: cell".
func (r *reader) tableText(caption string, rows [][]string, rowAt []int, header bool, at int) {
	if caption != "" {
		r.lead(caption, at)
	}
	var head []string
	if header {
		head, rows, rowAt = rows[0], rows[1:], rowAt[1:]
	}
	for k, row := range rows {
		var parts []string
		for c, v := range row {
			if v == "" {
				continue
			}
			if c < len(head) && head[c] != "" {
				v = head[c] + ": " + v
			}
			parts = append(parts, v)
		}
		if len(parts) > 0 {
			r.put("- "+strings.Join(parts, "; "), rowAt[k])
		}
	}
	r.gap()
}

// captionRE matches a caption that says it is a table's already.
var captionRE = regexp.MustCompile(`(?i)^table\s*\d{0,2}(?:\.\d{1,2})?\s*[:.–—-]\s*\pL`)

// columns reads a table's cols attribute ("1,3", "3*", "<1,^2a", "3")
// into its number of columns and their styles; 0 when it says none.
func columns(spec string) (int, []byte) {
	spec = strings.TrimSpace(spec)
	if spec == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(spec); err == nil { // "cols=3": three columns
		n = min(max(n, 0), maxColumns)
		return n, make([]byte, n)
	}
	var styles []byte
	for c := range strings.FieldsFuncSeq(spec, func(r rune) bool { return r == ',' || r == ';' }) {
		times, style := 1, byte(0)
		if m := colRE.FindStringSubmatch(strings.TrimSpace(c)); m != nil {
			if m[1] != "" {
				times, _ = strconv.Atoi(m[1])
			}
			if m[2] != "" {
				style = m[2][0]
			}
		}
		for range min(times, maxColumns-len(styles)) {
			styles = append(styles, style)
		}
	}
	return len(styles), styles
}

// splitCells splits a table's lines into cells at the separator sep, as
// Asciidoctor does: a cell's specifier stands right before its separator,
// at the start of its line or after a space ("2+| Rights", "x a| * one");
// "\|" is the separator as text; a cell runs on over the next lines until
// the next separator. It reports whether a blank line stands under the
// first line of cells, which makes that line a header.
func splitCells(ls []line, sep byte) (cells []*cell, blankUnder bool) {
	firstLine := -1
	var cur *cell
	for k, l := range ls {
		s := l.s
		if strings.TrimSpace(s) == "" {
			if cur != nil {
				cur.text.WriteString("\n")
			}
			if firstLine >= 0 && k == firstLine+1 {
				blankUnder = true
			}
			continue
		}
		if cur == nil && comment(strings.TrimSpace(s)) {
			continue
		}
		from := 0
		for i := 0; i < len(s); i++ {
			if s[i] == '\\' && i+1 < len(s) && s[i+1] == sep {
				i++
				continue
			}
			if s[i] != sep {
				continue
			}
			before := s[from:i]
			specAt := i
			if from == 0 && specRE.MatchString(before) {
				specAt = 0
			} else if ws := strings.LastIndexAny(before, " \t"); ws >= 0 && ws+1 < len(before) && specRE.MatchString(before[ws+1:]) {
				specAt = from + ws + 1
			}
			if cur != nil {
				cur.text.WriteString(unescapeSep(s[from:specAt], sep))
			}
			if firstLine < 0 {
				firstLine = k
			}
			cur = newCell(specRE.FindStringSubmatch(s[specAt:i]), l.n, k == firstLine)
			cells = append(cells, cur)
			from = i + 1
		}
		if cur != nil {
			cur.text.WriteString(unescapeSep(s[from:], sep))
			cur.text.WriteString("\n")
		}
	}
	return cells, blankUnder
}

// newCell makes a cell from its specifier's parts (specRE's match).
func newCell(sm []string, at int, first bool) *cell {
	c := &cell{repeat: 1, colspan: 1, rowspan: 1, at: at, first: first}
	if sm[1] != "" {
		c.repeat, _ = strconv.Atoi(sm[1])
	}
	if sm[2] != "" {
		c.colspan, _ = strconv.Atoi(sm[2])
	}
	if sm[3] != "" {
		c.rowspan, _ = strconv.Atoi(sm[3])
	}
	c.repeat = min(max(c.repeat, 1), maxColumns)
	c.colspan = min(max(c.colspan, 1), maxColumns)
	c.rowspan = min(max(c.rowspan, 1), maxRowspan)
	if sm[4] != "" {
		c.style = sm[4][0]
	}
	return c
}

// maxRowspan bounds the rows a cell spans, maxSlots the places (rows
// by columns) of a document's tables: cells repeated ("64*|") or spanning
// rows make more than the file holds.
const (
	maxRowspan = 1000
	maxSlots   = 1 << 20
)

func unescapeSep(s string, sep byte) string {
	return strings.ReplaceAll(s, `\`+string(sep), string(sep))
}

// splitDelimited splits a CSV, TSV or DSV table's lines into cells, a
// record a row; sep, when given, is its separator.
func splitDelimited(ls []line, format, sep string) (cells []*cell, blankUnder bool) {
	var text strings.Builder
	for _, l := range ls {
		text.WriteString(l.s)
		text.WriteByte('\n')
	}
	lineOf := func(k int) int { // k counts from 1
		if k >= 1 && k <= len(ls) {
			return ls[k-1].n
		}
		return 0
	}
	firstLine := -1
	add := func(field string, k int) {
		if firstLine < 0 {
			firstLine = k
		}
		c := &cell{repeat: 1, colspan: 1, rowspan: 1, at: lineOf(k), first: k == firstLine}
		c.text.WriteString(field)
		cells = append(cells, c)
	}
	if format == "csv" || format == "tsv" && len(sep) <= 1 {
		cr := csv.NewReader(strings.NewReader(text.String()))
		cr.LazyQuotes, cr.FieldsPerRecord, cr.TrimLeadingSpace = true, -1, true
		cr.Comma = ','
		if format == "tsv" {
			cr.Comma = '\t'
		}
		if len(sep) == 1 && sep[0] != '"' && sep[0] != '\n' && sep[0] != '\r' {
			cr.Comma = rune(sep[0])
		}
		for {
			rec, err := cr.Read()
			if err != nil {
				break
			}
			k, _ := cr.FieldPos(0)
			for _, f := range rec {
				add(f, k)
			}
		}
	} else {
		d := ":"
		if format == "tsv" {
			d = "\t"
		}
		if sep != "" {
			d = sep
		}
		for k, l := range ls {
			if strings.TrimSpace(l.s) == "" {
				continue
			}
			for f := range strings.SplitSeq(strings.ReplaceAll(l.s, `\`+d, "\x00"), d) {
				add(strings.ReplaceAll(f, "\x00", d), k+1)
			}
		}
	}
	if firstLine >= 1 && firstLine < len(ls) && blank(ls[firstLine].s) {
		blankUnder = true // firstLine counts from 1: ls[firstLine] is the line under it
	}
	return cells, blankUnder
}

// rows lays a table's cells out in rows of cols columns, as Asciidoctor
// does: a cell spanning columns takes their places (the others empty), one
// spanning rows takes its column's place in the rows under it, where its
// text is read again, so that each row reads whole.
func (r *reader) rows(cells []*cell, cols int, styles []byte) (rows [][]string, at []int) {
	spanned := make([]int, cols) // rows of each column still taken by a cell above
	spanText := make([]string, cols)
	var row []string
	var taken []bool
	col := 0
	start := func(a int) {
		if r.slots += cols; r.slots > maxSlots {
			r.fail(fmt.Errorf("AsciiDoc file too large once read: its tables have more than %d cells", maxSlots))
		}
		row, taken, col = make([]string, cols), make([]bool, cols), 0
		for c := range cols {
			if spanned[c] > 0 {
				row[c], taken[c] = spanText[c], true
				spanned[c]--
			}
		}
		at = append(at, a)
	}
	flush := func() {
		rows = append(rows, row)
		row = nil
	}
	for _, c := range cells {
		var text string
		read := byte(1) // the style text was read in; 1 for none yet
		for range c.repeat {
			if r.err != nil {
				return nil, nil
			}
			if row == nil {
				start(c.at)
			}
			for col < cols && taken[col] {
				col++
			}
			if col >= cols {
				flush()
				start(c.at)
				for col < cols && taken[col] {
					col++
				}
				if col >= cols { // every column spanned from above
					flush()
					start(c.at)
				}
			}
			style := c.style
			if style == 0 && col < len(styles) {
				style = styles[col]
			}
			if style != read { // a cell repeated reads alike in columns alike
				text, read = r.cellText(c.text.String(), style), style
			}
			row[col] = text
			span := min(c.colspan, cols-col)
			for k := col; k < col+span; k++ {
				taken[k] = true
				if c.rowspan > 1 {
					spanned[k] = c.rowspan - 1
					spanText[k] = ""
				}
			}
			if c.rowspan > 1 {
				spanText[col] = text
			}
			col += span
			for col < cols && taken[col] {
				col++
			}
			if col >= cols {
				flush()
			}
		}
	}
	if row != nil {
		flush()
	}
	if len(at) > len(rows) {
		at = at[:len(rows)]
	}
	return rows, at
}

// cellText is what a cell shows, on one line: its text as inline markup
// reads it, a literal cell's as written, an AsciiDoc cell's blocks one
// after another ("a| * one * two": "one; two").
func (r *reader) cellText(s string, style byte) string {
	s = strings.TrimSpace(s)
	switch style {
	case 'l':
		return strings.Join(strings.Fields(corpus.EscapeMarkdown(s)), " ")
	case 'a':
		s = r.flatten(s)
	}
	s = strings.ReplaceAll(s, " +\n", "\n") // a hard break: the cell is one line
	return strings.Join(strings.Fields(strings.ReplaceAll(r.inline(s), `\`+"\n", " ")), " ")
}

// flatten writes an AsciiDoc cell's blocks as one line of text: its
// paragraphs run on, its list entries and a nested table's rows are
// parts apart ("; "); delimiters, attributes and comments go.
func (r *reader) flatten(s string) string {
	var parts []string
	para := false
	for l := range strings.SplitSeq(s, "\n") {
		t := strings.TrimSpace(l)
		_, _, delim := delimiter(t)
		switch {
		case t == "" || t == "+":
			para = false
		case comment(t) || delim || blockAttrRE.MatchString(t) || anchorLineRE.MatchString(t) || attrEntryRE.MatchString(t):
			para = false
		case strings.HasPrefix(t, "!"):
			var cells []string
			for c := range strings.SplitSeq(t[1:], "!") {
				if c = strings.TrimSpace(c); c != "" {
					cells = append(cells, c)
				}
			}
			parts = append(parts, strings.Join(cells, ", "))
			para = false
		default:
			if it := listItemOf(t); it != nil {
				text := it.text
				if it.kind == 'd' {
					text = strings.TrimSpace(it.text + ": " + it.def)
				}
				parts = append(parts, text)
				para = false
				continue
			}
			if m := blockTitleRE.FindStringSubmatch(t); m != nil {
				t = m[1] + ":"
			}
			if para {
				parts[len(parts)-1] += " " + t
			} else {
				parts = append(parts, t)
			}
			para = true
		}
	}
	return strings.Join(parts, "; ")
}
