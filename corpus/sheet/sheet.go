// Package sheet reads notes kept in a spreadsheet saved as CSV or TSV (a
// table of articles, of schemes and their ministries, of terms and their
// meanings). Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/sheet"
//
// The sheet is a document titled by the file's name. A first row of short
// labels is the header: each other row is a passage of a "Table" section,
// its cells named by their columns ("Article: 352; Subject: National
// emergency"). A sheet without a header (its first row holds text, not
// labels) is a "List" of its rows, a row's first cell the term and the
// rest what it says.
// Cells are split at the commas, tabs or semicolons that most of the
// first line holds.
package sheet

import (
	"bytes"
	"encoding/csv"
	"errors"
	"fmt"
	"io"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "spreadsheet",
		Extensions: []string{".csv", ".tsv"},
		Convert:    Convert,
	})
}

// Limits on one sheet, beside the corpus's on a file's size.
const (
	MaxRows    = 100_000
	MaxColumns = 100
	// maxLabelWords is the most words a header's label has.
	maxLabelWords = 5
)

// Convert writes a sheet as Markdown: a pipe table under its header, or a
// list of its rows.
func Convert(data []byte) (corpus.Converted, error) {
	if !utf8.Valid(data) {
		return corpus.Converted{}, errors.New("not UTF-8 text: save the sheet as CSV UTF-8")
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	r := csv.NewReader(bytes.NewReader(data))
	r.Comma = delimiter(data)
	r.FieldsPerRecord = -1
	r.LazyQuotes = true
	var rows [][]string
	var lines []int
	for {
		rec, err := r.Read()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("cannot read this sheet: %v", err)
		}
		if len(rows) == MaxRows {
			return corpus.Converted{}, fmt.Errorf("too many rows: more than %d; split the sheet", MaxRows)
		}
		if len(rec) > MaxColumns {
			line, _ := r.FieldPos(0)
			return corpus.Converted{}, fmt.Errorf("line %d: %d columns, more than %d", line, len(rec), MaxColumns)
		}
		for i := range rec {
			rec[i] = strings.Join(strings.Fields(rec[i]), " ")
		}
		if strings.Join(rec, "") == "" {
			continue
		}
		line, _ := r.FieldPos(0)
		rows, lines = append(rows, rec), append(lines, line)
	}
	if len(rows) == 0 {
		return corpus.Converted{}, errors.New("an empty sheet")
	}
	var b strings.Builder
	var origin []int
	write := func(line int, s string) {
		b.WriteString(s + "\n")
		origin = append(origin, line)
	}
	if header(rows) {
		width := 0
		for _, rec := range rows {
			width = max(width, len(rec))
		}
		groups := groupColumns(rows[1:], width)
		apart := slices.Clone(groups) // columns not written in the rows
		if serial(rows[1:]) {
			apart = append(apart, 0) // "#: 7" says nothing
		}
		if len(groups) == 0 {
			write(lines[0], "## Table") // not the notes' definition, which text over a table would be
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
		for k, rec := range rows[1:] {
			line := lines[k+1]
			open := k == 0
			for d, g := range groups {
				if open || at[d] != cell(rec, g) {
					if !open {
						at = at[:d]
					}
					open = true
					write(line, "")
					write(line, strings.Repeat("#", d+2)+" "+corpus.EscapeMarkdown(cell(rec, g)))
					at = append(at, cell(rec, g))
				}
			}
			if open {
				write(line, "")
				write(line, row(keep(rows[0]), cols))
				write(line, strings.Repeat("| --- ", cols)+"|")
			}
			write(line, row(keep(rec), cols))
		}
	} else {
		write(lines[0], "## List")
		for k, rec := range rows {
			cells := nonEmpty(rec)
			item := corpus.EscapeMarkdown(cells[0])
			if len(cells) > 1 {
				item += ": " + corpus.EscapeMarkdown(strings.Join(cells[1:], "; "))
			}
			write(lines[k], "- "+item)
		}
	}
	return corpus.Converted{Text: []byte(b.String()), Markdown: true, Origin: origin, TitledByName: true}, nil
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

// groups reports whether column c groups rows within the columns outer.
func groups(rows [][]string, c int, outer []int) bool {
	seen := map[string]bool{}
	runs, long := 0, false
	for k, rec := range rows {
		v := cell(rec, c)
		if v == "" || len(strings.Fields(v)) > maxGroupWords {
			return false
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
		if len(strings.Fields(c)) > maxLabelWords || strings.HasSuffix(c, ".") {
			return false
		}
	}
	return true
}

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
