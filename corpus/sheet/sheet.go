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
		write(lines[0], "## Table") // not the notes' definition, which text over a table would be
		width := 0
		for _, rec := range rows {
			width = max(width, len(rec))
		}
		write(lines[0], row(rows[0], width))
		write(lines[0], strings.Repeat("| --- ", width)+"|")
		for k, rec := range rows[1:] {
			write(lines[k+1], row(rec, width))
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
