// Package sheet reads notes kept in a spreadsheet (a table of articles,
// of schemes and their ministries, of terms and their meanings): saved as
// CSV or TSV, or a workbook, Excel's (.xlsx, as Google Sheets downloads
// one too) or LibreOffice Calc's (.ods). Importing it registers the
// formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/sheet"
//
// The sheet is a document titled by the file's name. A first row of short
// labels is the header: each other row is a passage of a "Table" section,
// its cells named by their columns ("Article: 352; Subject: National
// emergency"); but a database of notes, a row a note (Notion's export: a
// name, tags, dates and the note's text), is a section a row, and so is a
// database of records (Airtable's: a name and many fields of a few words). A sheet
// without a header (its first row holds text, not labels) is a "List" of
// its rows, a row's first cell the term and the rest what it says. A
// note of one cell above the header (where the notes come from) is the
// sheet's subtitle, and a row of one cell among the rows ("B. Dandi
// March") heads the rows below it as a section; so does a second header
// below a blank row ("TIDES,Where,Notes"), which names their cells anew.
// Cells are split at the commas, tabs or semicolons that most of the
// first line holds.
//
// A workbook's rows are read as a CSV's are, its cells from each sheet's
// XML (see xlsx.go and ods.go); a workbook of several sheets is a section
// a sheet (see book.go).
package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "spreadsheet",
		Extensions: []string{".csv", ".tsv"},
		Convert:    Convert,
	})
	// A Format has one Converter: a workbook of each kind is a format of
	// its own.
	corpus.RegisterFormat(corpus.Format{
		Name:       "Excel workbook",
		Extensions: []string{".xlsx"},
		Magic:      IsXlsx,
		Convert:    ConvertXlsx,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "OpenDocument spreadsheet",
		Extensions: []string{".ods"},
		Magic:      IsOds,
		Convert:    ConvertOds,
	})
}

// Limits on one sheet, beside the corpus's on a file's size; MaxRows is
// on all the sheets of a workbook together.
const (
	MaxRows    = 100_000
	MaxColumns = 100
	// maxLabelWords is the most words a header's label has.
	maxLabelWords = 8
)

// Convert writes a sheet saved as CSV or TSV as Markdown: a pipe table
// under its header, or a list of its rows.
func Convert(data []byte) (corpus.Converted, error) {
	notUTF8 := 0
	if !utf8.Valid(data) {
		var text string
		text, notUTF8 = corpus.Windows1252(data) // Excel's "CSV (Comma delimited)"
		data = []byte(text)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if bytes.HasPrefix(data, []byte("#separator:")) {
		// Anki's cards, which the text reader reads as a deck
		origin := make([]int, bytes.Count(data, []byte("\n"))+1)
		for i := range origin {
			origin[i] = i + 1
		}
		return corpus.Converted{Text: data, Origin: origin}, nil
	}
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = delimiter(data)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var t table
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("cannot read this sheet: %v", err)
		}
		if len(t.rows) == MaxRows {
			return corpus.Converted{}, fmt.Errorf("too many rows: more than %d; split the sheet", MaxRows)
		}
		if len(rec) > MaxColumns {
			line, _ := r.FieldPos(0)
			return corpus.Converted{}, fmt.Errorf("line %d: %d columns, more than %d", line, len(rec), MaxColumns)
		}
		line, _ := r.FieldPos(0)
		t.add(rec, line)
	}
	if len(t.rows) == 0 {
		return corpus.Converted{}, errors.New("an empty sheet")
	}
	var o out
	if cols, ok := todoist(t.rows[0]); ok {
		t.writeTodoist(&o, cols)
	} else {
		t.write(&o, 2, false)
	}
	c := o.converted(true)
	c.NotUTF8At = notUTF8
	return c, nil
}

// A table is a sheet's rows, from whichever format they were read: a
// CSV's records or a workbook's rows all become Markdown by its write.
type table struct {
	rows  [][]string // the cells, their spaces collapsed; no row all empty
	raws  [][]string // the cells as written, lines and all
	lines []int      // where each row is: a CSV's line, a workbook's row number
}

// add adds a row of cells as written, found at line, unless all its cells
// are blank. It keeps rec as raw and does not change it.
func (t *table) add(rec []string, line int) {
	norm := make([]string, len(rec))
	blank := true
	for i, c := range rec {
		norm[i] = strings.Join(strings.Fields(c), " ")
		blank = blank && norm[i] == ""
	}
	if blank {
		return
	}
	t.rows, t.raws, t.lines = append(t.rows, norm), append(t.raws, rec), append(t.lines, line)
}

// out is Markdown written line by line, beside each line where in the
// sheet it came from.
type out struct {
	b      strings.Builder
	origin []int
}

func (o *out) write(line int, s string) {
	o.b.WriteString(s + "\n")
	o.origin = append(o.origin, line)
}

// converted is what o wrote, titled by the file's name when byName.
func (o *out) converted(byName bool) corpus.Converted {
	return corpus.Converted{Text: []byte(o.b.String()), Markdown: true, Origin: o.origin, TitledByName: byName}
}

// write writes t as Markdown whose sections are headings of level depth
// ("##" for 2): a database of notes a section a note; rows under a header
// a pipe table, in a "Table" section or in sections of its grouping
// columns' values; rows without one a "List". When named, the sheet has a
// section of its own already (a workbook's sheet, named by its tab), and
// a table or list is written in it, not in a "Table" or "List" of its own.
func (t table) write(o *out, depth int, named bool) {
	rows, raws, lines := t.rows, t.raws, t.lines
	if asked := t.formQuestions(); asked != nil {
		t.writeResponses(o, depth, asked)
	} else if text := notesColumns(t.withoutSubHeaders(0)); text != nil {
		head, level := rows[0], depth
		for i := 1; i < len(rows); i++ {
			if t.subHeader(0, i) {
				head, level = rows[i], depth+1
				o.write(lines[i], "")
				o.write(lines[i], strings.Repeat("#", depth)+" "+corpus.EscapeMarkdown(cell(rows[i], 0)))
				continue
			}
			writeNote(o, level, lines[i], head, raws[i], text)
		}
	} else if k := above(rows); header(rows) || k > 0 {
		for i := range k {
			c := strings.Join(nonEmpty(rows[i]), " – ")
			if i == k-1 && caption(c) {
				o.write(lines[i], "")
				o.write(lines[i], strings.Repeat("#", depth)+" "+corpus.EscapeMarkdown(c)) // "A. Composition (s.45ZB)" over its table
				named = true
				continue
			}
			o.write(lines[i], corpus.EscapeMarkdown(c))
		}
		if k > 0 {
			o.write(lines[k-1], "")
		}
		t.writeTable(o, k, depth, named)
	} else {
		if named {
			o.write(lines[0], "")
		} else {
			o.write(lines[0], strings.Repeat("#", depth)+" List")
		}
		for k, rec := range rows {
			cells := nonEmpty(rec)
			item := corpus.EscapeMarkdown(cells[0])
			if len(cells) > 1 {
				item += ": " + corpus.EscapeMarkdown(strings.Join(cells[1:], "; "))
			}
			o.write(lines[k], "- "+item)
		}
	}
}

// formQuestions returns the columns of a form's responses that ask a
// question, as Google Forms and Microsoft Forms download them: a header
// that opens with the time of each response ("Timestamp", "ID" then
// "Start time") over a row a response, two columns at least headed by no
// label but a question ("Q1. Consider the following statements: …",
// "Any doubt for sir?"). nil when the sheet is no such thing.
func (t table) formQuestions() []int {
	if len(t.rows) < 2 {
		return nil
	}
	head := t.rows[0]
	if !strings.EqualFold(cell(head, 0), "Timestamp") && !(strings.EqualFold(cell(head, 0), "ID") && strings.EqualFold(cell(head, 1), "Start time")) {
		return nil
	}
	var asked []int
	for i, c := range head {
		if !label(c) || strings.Contains(corpus.DropBrackets(c), "?") || strings.Contains(t.raws[0][i], "\n") {
			asked = append(asked, i)
		}
	}
	if len(asked) < 2 {
		return nil
	}
	return asked
}

// writeResponses writes a form's responses a question each: headed by its
// number and its tag ("Q10 [Current Affairs 2023-25]"), or its first line
// when it has no number; the question with the statements it asks about,
// one paragraph; then each response's answer beside who gave it ("ANSWER
// KEY: 1 and 3 only"), named by the name column, else by its number.
func (t table) writeResponses(o *out, depth int, asked []int) {
	who := slices.IndexFunc(t.rows[0][:asked[0]], func(c string) bool { return strings.Contains(strings.ToLower(c), "name") })
	for _, c := range asked {
		lines := strings.Split(strings.TrimSpace(t.raws[0][c]), "\n")
		heading := strings.TrimSpace(lines[0])
		if m := formNumberRE.FindStringSubmatch(heading); m != nil {
			heading, lines[0] = strings.Join(strings.Fields(m[1]+" "+m[2]), " "), strings.TrimSpace(heading[len(m[0]):])
		} else {
			lines = lines[1:]
		}
		o.write(t.lines[0], "")
		o.write(t.lines[0], strings.Repeat("#", depth)+" "+corpus.EscapeMarkdown(heading))
		o.write(t.lines[0], "")
		if asks := strings.Join(strings.Fields(strings.Join(lines, " ")), " "); asks != "" {
			o.write(t.lines[0], corpus.EscapeMarkdown(asks))
			o.write(t.lines[0], "")
		}
		for i := 1; i < len(t.rows); i++ {
			answer := cell(t.rows[i], c)
			if answer == "" {
				continue
			}
			name := ""
			if who >= 0 {
				name = cell(t.rows[i], who)
			}
			if name == "" {
				name = "Response " + strconv.Itoa(i)
			}
			o.write(t.lines[i], "- "+corpus.EscapeMarkdown(name+": "+answer))
		}
	}
}

// formNumberRE matches a form's question's number and tag: "Q10.
// [Current Affairs 2023-25]", "Q14. (Short answer)", "3.".
var formNumberRE = regexp.MustCompile(`^((?:Q\s*)?\d{1,3})[.):]?(\s*[\[(][^\])]{1,40}[\])])?`)

// writeTable writes the rows from the header, row k, on as a pipe table
// under the header, in a "Table" section or in sections of its grouping
// columns' values. A row of one cell in the first column ("B. Dandi
// March", over the rows of a sheet that has three columns or more) heads
// the rows below it, as a section.
func (t table) writeTable(o *out, k, depth int, named bool) {
	width := 0
	for _, rec := range t.rows[k:] {
		width = max(width, len(rec))
	}
	var rows [][]string
	var lines []int
	type part struct {
		name  string
		line  int
		head  int  // the row that labels its cells
		named bool // its head's first cell names it ("TIDES"), labelling no column
	}
	var parts []part // for each row of rows, the row that heads it, if any
	under := part{head: k}
	latest := -1 // the row that labelled the last part's columns anew, if any
	body := t.rows[k+1:]
	for i, rec := range body {
		switch {
		case t.subHeader(k, k+1+i):
			under = part{cell(rec, 0), t.lines[k+1+i], k + 1 + i, true}
			continue
		case width >= 3 && divider(rec) && i+1 < len(body) && !divider(body[i+1]):
			head, named := k, false
			if under.named {
				head, named = under.head, true // a part of "TIDES", under its header
			}
			under = part{nonEmpty(rec)[0], t.lines[k+1+i], head, named}
			if t.headsPart(k + 2 + i) {
				under.head, under.named = k+2+i, false // "C. Present MPC" over "Name, Seat, Background / note"
				latest = k + 2 + i
			} else if latest >= 0 && !named && t.fits(latest, k, k+2+i) {
				under.head = latest // "RECENT DEVELOPMENTS" after "TIMELINE" over "Year, Event, Notes, Source": its columns
			}
			continue
		case under.head == k+1+i:
			continue // the part's own header
		}
		rows, lines, parts = append(rows, rec), append(lines, t.lines[k+1+i]), append(parts, under)
	}
	// A part whose rows fill two cells at most, under a header of three or
	// more ("QUICK FACTS" below the table, a term and its note a row), is
	// no part of the table: its rows are a list of their own.
	narrow := map[part]bool{}
	if width >= 3 {
		for i, p := range parts {
			if first := i == 0 || parts[i-1] != p; p.name != "" {
				narrow[p] = (first || narrow[p]) && len(nonEmpty(rows[i])) <= 2
			}
		}
	}
	var table [][]string // the rows written as the table's
	for i, rec := range rows {
		if !narrow[parts[i]] {
			table = append(table, rec)
		}
	}
	groups := groupColumns(filledDown(table, width), width)
	if len(groups) > 0 {
		rows = slices.Clone(rows)
		var last []string // the last row of the table proper
		for i, rec := range rows {
			if narrow[parts[i]] {
				continue
			}
			if last != nil {
				rows[i] = fillFrom(rec, last, groups)
			}
			last = rows[i]
		}
	}
	apart := slices.Clone(groups) // columns not written in the rows
	if serial(table) {
		apart = append(apart, 0) // "#: 7" says nothing
	}
	if len(groups) == 0 && !named && parts[0].name == "" {
		o.write(t.lines[k], strings.Repeat("#", depth)+" Table") // not the notes' definition, which text over a table would be
	}
	keep := func(rec []string) []string { // the row's cells but those apart
		var out []string
		for i := range width {
			if !slices.Contains(apart, i) {
				out = append(out, cell(rec, i))
			}
		}
		return out
	}
	cols := width - len(apart)
	var at []string // the group values the rows under way stand under
	below := depth  // the level of the groups' headings
	for i, rec := range rows {
		line := lines[i]
		open := i == 0 || narrow[parts[i-1]]
		if p := parts[i]; p.name != "" && (i == 0 || p != parts[i-1]) {
			o.write(p.line, "")
			o.write(p.line, strings.Repeat("#", depth)+" "+corpus.EscapeMarkdown(p.name))
			below, at, open = depth+1, nil, true
		}
		if narrow[parts[i]] {
			if open {
				o.write(line, "")
			}
			o.write(line, "- "+corpus.EscapeMarkdown(strings.Join(nonEmpty(rec), ": ")))
			continue
		}
		for d, g := range groups {
			if open || at[d] != cell(rec, g) {
				if !open {
					at = at[:d]
				}
				open = true
				o.write(line, "")
				o.write(line, strings.Repeat("#", d+below)+" "+corpus.EscapeMarkdown(cell(rec, g)))
				at = append(at, cell(rec, g))
			}
		}
		if open {
			o.write(line, "")
			head := t.rows[parts[i].head]
			if parts[i].named {
				head = append([]string{""}, head[1:]...) // "TIDES" names the part, not its first column
			}
			o.write(line, row(keep(head), cols))
			o.write(line, strings.Repeat("| --- ", cols)+"|")
		}
		o.write(line, row(keep(rec), cols))
	}
}

// divider reports whether a row has text in its first cell alone, or a
// label in another cell alone ("QUICK FACTS (for revision)" in the
// second column). (One that heads no rows, the last or over another, is
// a row.)
func divider(rec []string) bool {
	cells := nonEmpty(rec)
	return len(cells) == 1 && (rec[0] != "" || label(cells[0]))
}

// label reports whether c is short enough to label a column: its words
// out of brackets ("Notes (my own, from PIB + Ramsar site sheets)" has
// one), and no sentence.
func label(c string) bool {
	return len(strings.Fields(corpus.DropBrackets(c))) <= maxLabelWords && (!strings.HasSuffix(c, ".") || abbreviationRE.MatchString(c))
}

// caption reports whether c, a row of one cell right above a header,
// names the table: a label that is no note ("Source: NCERT").
func caption(c string) bool {
	return label(c) && !strings.Contains(c, ":")
}

// above returns how many rows of a cell or two each (a note on where the
// notes come from, "last edited 14-Sep-2025" beside a key to the colours)
// stand above a header of three labels or more, at most maxAbove; 0 when
// none do.
func above(rows [][]string) int {
	for k := 1; k <= maxAbove && k < len(rows)-1; k++ {
		if n := len(nonEmpty(rows[k-1])); n == 0 || n > 2 {
			return 0
		}
		if len(nonEmpty(rows[k])) >= 3 && header(rows[k:]) {
			return k
		}
	}
	return 0
}

const maxAbove = 3

// notesColumns returns the columns of notes' text when the sheet is a
// database of notes, a row each, as Notion and Airtable export one: a
// header, a first column of short names, none twice, and columns of text
// 25 words long on average (the rest are the notes' properties: tags,
// dates, links), or none but fields 40 words long together (a database of
// records named in words, each field a property). nil when it is not.
func notesColumns(rows [][]string) []int {
	if !header(rows) || len(rows) < 3 {
		return nil
	}
	names := map[string]bool{}
	numbered := false // a row's name is a number: "Q No." over 1, 2, 3…
	for _, rec := range rows[1:] {
		n := cell(rec, 0)
		if n == "" || names[n] || len(strings.Fields(n)) > maxNameWords {
			return nil
		}
		names[n] = true
		numbered = numbered || !strings.ContainsFunc(n, unicode.IsLetter)
	}
	var text []int
	all := 0 // words of all the rows but their names
	for c := 1; c < len(rows[0]); c++ {
		words := 0
		for _, rec := range rows[1:] {
			words += len(strings.Fields(cell(rec, c)))
		}
		if words >= noteWords*(len(rows)-1) {
			text = append(text, c)
		}
		all += words
	}
	if text == nil && !numbered && all >= recordWords*(len(rows)-1) {
		return []int{} // a record of many fields a row (Airtable's): each a property of the note
	}
	return text
}

// subHeader reports whether row i labels the columns again, as the header
// of a part of the sheet below a blank row ("TIDES,Where / example,Type,
// Notes"), a part whose rows stand under it, their cells named anew: its
// cells labels, two at least, one the label of the header's (row k) in
// its column ("Notes").
func (t table) subHeader(k, i int) bool {
	rec := t.rows[i]
	cells := nonEmpty(rec)
	if i <= k+1 || t.lines[i] == t.lines[i-1]+1 || len(cells) < 2 || slices.ContainsFunc(cells, func(c string) bool { return !label(c) }) {
		return false
	}
	for c := 1; c < len(rec); c++ {
		if rec[c] != "" && strings.EqualFold(rec[c], cell(t.rows[k], c)) {
			return true
		}
	}
	return false
}

// lettered reports whether caption, a sheet's title row, is the first of
// its parts, lettered or numbered as a part below it is ("A. Three zones"
// over "B. BR vs National Park"): no title over them.
func (t table) lettered(caption string) bool {
	m := enumeratorRE.FindStringSubmatch(caption)
	if m == nil {
		return false
	}
	next := string(rune(m[1][0]) + 1)
	for _, rec := range t.rows {
		if c := nonEmpty(rec); len(c) == 1 && strings.HasPrefix(c[0], next+m[2]) {
			return true
		}
	}
	return false
}

// enumeratorRE matches a part's letter or number: "A. ", "1) ".
var enumeratorRE = regexp.MustCompile(`^([A-Z1-8])([.)]) `)

// headsPart reports whether row i, right under a row that names a part
// of the sheet, labels the part's columns anew: its cells labels without
// figures, two at least, over rows of which one has a cell longer than a
// label (the part ends at a blank row or the next part's name).
func (t table) headsPart(i int) bool {
	if i >= len(t.rows) || t.lines[i] != t.lines[i-1]+1 {
		return false
	}
	cells := nonEmpty(t.rows[i])
	if len(cells) < 2 || slices.ContainsFunc(cells, func(c string) bool { return !label(c) || strings.ContainsAny(c, "0123456789") }) {
		return false
	}
	for j := i + 1; j < len(t.rows) && t.lines[j] == t.lines[j-1]+1 && !divider(t.rows[j]); j++ {
		if slices.ContainsFunc(t.rows[j], func(c string) bool { return !label(c) }) {
			return true
		}
	}
	return false
}

// fits reports whether the rows of the part from row i on fill only the
// columns that row head labels, and leave empty, before the last they
// fill, a column that the header, row k, labels and head does not: the
// columns "Year, Event, Notes, Source" label, apart, not the first few of
// the header's.
func (t table) fits(head, k, i int) bool {
	last := -1
	for j := i; j < len(t.rows) && !divider(t.rows[j]); j++ {
		for c, v := range t.rows[j] {
			if v != "" && cell(t.rows[head], c) == "" {
				return false
			}
			if v != "" {
				last = max(last, c)
			}
		}
	}
	for c := range last {
		if cell(t.rows[k], c) != "" && cell(t.rows[head], c) == "" {
			return true
		}
	}
	return false
}

// withoutSubHeaders returns the rows from the header, row k, on, but for
// the headers of parts (see subHeader).
func (t table) withoutSubHeaders(k int) [][]string {
	var out [][]string
	for i := k; i < len(t.rows); i++ {
		if !t.subHeader(k, i) {
			out = append(out, t.rows[i])
		}
	}
	return out
}

const (
	maxNameWords = 12 // the most words a note's name has
	noteWords    = 25 // the fewest words a column of notes' text has a row, on average
	recordWords  = 40 // the fewest words a row of a database of records has, its fields together, on average
)

// writeNote writes one row of a database of notes: a section of level
// depth named by its first cell, the text of the columns text as written
// (its lines of prose a paragraph, a bulleted line a list entry), then
// the row's other cells.
func writeNote(o *out, depth, line int, head, rec []string, text []int) {
	write := o.write
	write(line, "")
	write(line, strings.Repeat("#", depth)+" "+corpus.EscapeMarkdown(strings.Join(strings.Fields(rec[0]), " ")))
	var props []string
	listed := false
	for c := 1; c < len(rec); c++ {
		v := strings.TrimSpace(rec[c])
		switch {
		case v == "":
		case slices.Contains(text, c):
			for _, l := range strings.Split(v, "\n") {
				l = strings.Join(strings.Fields(l), " ")
				if l == "" {
					continue
				}
				if rest, ok := bulleted(l); ok {
					write(line, "- "+corpus.EscapeMarkdown(rest))
					listed = true
					continue
				}
				if listed {
					write(line, "")
					listed = false
				}
				write(line, corpus.EscapeMarkdown(l)) // lines of prose make a paragraph
			}
			write(line, "")
		case propertyRE.MatchString(v):
			// a note's link, the time it was made or edited, a checkbox: about the note
		default:
			props = append(props, cell(head, c)+": "+strings.Join(strings.Fields(v), " "))
		}
	}
	if len(props) > 0 {
		write(line, "")
		write(line, corpus.EscapeMarkdown(strings.Join(props, "; ")))
	}
}

// propertyRE matches what a database says about a note rather than in it:
// a link, a date and time as Notion writes them ("January 6, 2025 9:42 PM")
// or as ISO does, a checkbox's Yes or No.
var propertyRE = regexp.MustCompile(`^(?:https?://\S+|\p{L}+ \d{1,2}, \d{4}(?: \d{1,2}:\d{2}(?: ?[AP]M)?)?|\d{4}-\d{2}-\d{2}(?:[ T][\d:.+Z-]+)?|Yes|No)$`)

// bulleted cuts a bullet ("•", "-", "*", "–") from the start of a line.
func bulleted(l string) (string, bool) {
	for _, b := range []string{"• ", "- ", "* ", "– ", "▪ "} {
		if rest, ok := strings.CutPrefix(l, b); ok {
			return rest, true
		}
	}
	return "", false
}

// groupColumns returns the columns that group the rows, outermost first,
// at most two: like a revision tracker's Topic and Sub-topic, each a
// column before the last whose short values stand in runs (a value never
// comes back once another has followed it), one run of two rows or more,
// the outer one's runs half as many as the rows at most, and the inner
// one's runs within the outer one's.
func groupColumns(rows [][]string, width int) []int {
	var out []int
	for c := 0; c < width-1 && len(out) < 2; c++ {
		if groups(rows, c, out) {
			out = append(out, c)
		}
	}
	return out
}

// filledDown returns rows, of width cells at most, with the empty cells
// of the first column filled from the row above when others follow it, as
// a tracker that types its topic once over the topic's rows means it
// ("Basics" over "What is green H2", then "", "" over "Colour code",
// "Electrolyser types"). Other columns' empty cells say "none".
func filledDown(rows [][]string, width int) [][]string {
	if width < 2 {
		return rows
	}
	out := slices.Clone(rows)
	for k := 1; k < len(out); k++ {
		out[k] = fillFrom(out[k], out[k-1], firstColumn)
	}
	return out
}

var firstColumn = []int{0}

// fillFrom returns rec with its empty cells of the columns cols filled
// from above's.
func fillFrom(rec, above []string, cols []int) []string {
	var out []string
	for _, c := range cols {
		if cell(rec, c) == "" && cell(above, c) != "" {
			if out == nil {
				out = append(slices.Clone(rec), make([]string, max(0, len(above)-len(rec)))...)
			}
			out[c] = cell(above, c)
		}
	}
	if out == nil {
		return rec
	}
	return out
}

// groups reports whether column c groups rows within the columns outer.
func groups(rows [][]string, c int, outer []int) bool {
	seen := map[string]bool{}
	runs, long := 0, false
	for k, rec := range rows {
		v := cell(rec, c)
		if v == "" || len(strings.Fields(v)) > maxGroupWords || numberRE.MatchString(v) {
			return false // a year or an amount is a value, not a group
		}
		newOuter := k > 0 && slices.ContainsFunc(outer, func(o int) bool { return cell(rec, o) != cell(rows[k-1], o) })
		if k > 0 && v == cell(rows[k-1], c) && !newOuter {
			long = true
			continue
		}
		if seen[v] && !newOuter {
			return false // back after another value, under the same outer group
		}
		seen[v] = true
		runs++
	}
	return long && runs >= 2 && (runs*2 <= len(rows) || len(outer) > 0)
}

// serial reports whether the first column numbers the rows 1, 2, 3, ….
func serial(rows [][]string) bool {
	for k, rec := range rows {
		if cell(rec, 0) != strconv.Itoa(k+1) {
			return false
		}
	}
	return len(rows) > 1
}

// maxGroupWords is the most words a grouping column's value has.
const maxGroupWords = 8

// cell returns rec's cell i, "" past its end.
func cell(rec []string, i int) string {
	if i < len(rec) {
		return rec[i]
	}
	return ""
}

// delimiter is the separator the first line holds the most of: a tab, a
// semicolon (as spreadsheets write CSV where a comma is the decimal mark)
// or a comma.
func delimiter(data []byte) rune {
	first, _, _ := bytes.Cut(data, []byte("\n"))
	best, n := ',', bytes.Count(first, []byte(","))
	for _, c := range []rune{'\t', ';'} {
		if k := bytes.Count(first, []byte(string(c))); k > n {
			best, n = c, k
		}
	}
	return best
}

// header reports whether the first row labels the columns: two cells at
// least, each a few words, and other rows below it.
func header(rows [][]string) bool {
	if len(rows) < 2 || len(nonEmpty(rows[0])) < 2 {
		return false
	}
	for _, c := range rows[0] {
		if !label(c) {
			return false
		}
	}
	return true
}

// numberRE matches a cell that is a number: "1981", "116500", "2.5".
var numberRE = regexp.MustCompile(`^[0-9][0-9.,]*$`)

// abbreviationRE matches a label ending in an abbreviation's full stop,
// not a sentence's: "Q No.", "S. No.", "Ref.".
var abbreviationRE = regexp.MustCompile(`(?:^|[\s.])\pL{1,3}\.$`)

// row writes a row as a pipe table's, of width cells.
func row(rec []string, width int) string {
	var b strings.Builder
	for i := range width {
		cell := ""
		if i < len(rec) {
			cell = corpus.EscapeMarkdown(strings.ReplaceAll(rec[i], "|", `\|`))
		}
		b.WriteString("| " + cell + " ")
	}
	b.WriteString("|")
	return b.String()
}

func nonEmpty(rec []string) []string {
	var out []string
	for _, c := range rec {
		if c != "" {
			out = append(out, c)
		}
	}
	return out
}
