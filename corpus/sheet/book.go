package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"path"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode/utf16"

	"github.com/conceptbot/conceptbot/corpus"
)

// A workbook (an Excel .xlsx, a LibreOffice .ods) is a zip of XML parts;
// xlsx.go and ods.go read each into sheets of cells, a grid each, and
// this file makes them one document.
//
// One sheet with text reads as the same sheet saved as CSV does, but that
// a title row merged across the top of it (one cell spanning two columns
// or more, nothing else in its row) titles the document, not a header;
// the rows' places are the sheet's row numbers ("row 7"), not lines.
// Several sheets are a section each, "## Sheet name", in the order of
// their tabs, each read in it as a CSV sheet is read (a table, a list, a
// database of notes) but for the "Table" or "List" section, which the
// sheet's own stands for. The first sheet's title row titles the
// document; another's is a section under its sheet's, or names it in
// place of a name the app gave ("Sheet2"). Hidden sheets and sheets with
// no text are left out.
//
// A cell vertically merged over rows (a topic over its facts) holds its
// text in each of those rows that holds text of its own, so that a
// grouping column reads as it would typed out.
//
// Bounds: MaxBytes of file; MaxPartBytes of each part unzipped (its
// declared size checked before reading, the bytes read counted), and
// maxXMLBytes of all parts; MaxRows rows with text of all sheets, and
// MaxColumns columns, as for CSV; maxCells cells with text and
// maxTextBytes of their text. Repeated rows and columns (an .ods repeats
// an empty row a million times to the sheet's end) cost nothing when
// empty. Past a bound the workbook is a problem ("too many rows: …;
// split the workbook"), not read in part.

// Limits on one workbook, beside MaxRows and MaxColumns.
const (
	MaxBytes     = 50 << 20  // larger files are refused
	MaxPartBytes = 64 << 20  // the unzipped size of one part (a sheet, the shared strings)
	maxXMLBytes  = 128 << 20 // the unzipped size of all the parts read
	maxTextBytes = 32 << 20  // the text of all cells
	// maxCells bounds the cells with text of all sheets, a repeated
	// cell's each time: a few bytes of .ods repeat a row of text to
	// the sheet's end, and a CSV of that many cells would be larger
	// than the corpus reads.
	maxCells  = 1_000_000
	maxSheets = 1000
	maxMerges = 10_000     // merged areas kept of a sheet
	maxFills  = 10_000_000 // rows looked at to fill merged cells down
	maxSpaces = 100        // the most spaces one <text:s c="…"/> writes
)

// errPassword is told of an encrypted workbook.
var errPassword = errors.New("password-protected workbook: save it without a password")

// A grid is a sheet as read: its rows with text, in order, and its merged
// areas.
type grid struct {
	name    string
	rows    []gridRow
	merges  []area
	hidden  bool
	ordered bool // rows came in order of their numbers
}

// A gridRow is a row with text: n is its index, 0 for the sheet's first
// row, and cells its cells as written by column, "" when empty.
type gridRow struct {
	n     int
	cells []string
}

// An area is a merged range of cells, rows r0 to r1 and columns c0 to c1,
// indexes from 0, both ends in.
type area struct{ r0, c0, r1, c1 int }

// book gathers a workbook's sheets, counting what they cost.
type book struct {
	sheets []*grid
	rows   int // rows with text, of all sheets
	cells  int // cells with text, of all sheets
	text   int // bytes of cell text, of all sheets
}

// newSheet starts a sheet named name.
func (b *book) newSheet(name string, hidden bool) (*grid, error) {
	if len(b.sheets) == maxSheets {
		return nil, fmt.Errorf("too many sheets: more than %d", maxSheets)
	}
	g := &grid{name: name, hidden: hidden, ordered: true}
	b.sheets = append(b.sheets, g)
	return g, nil
}

// addRow adds row n of cells to g unless they are all blank.
func (b *book) addRow(g *grid, n int, cells []string) error {
	size, full := 0, 0
	for _, c := range cells {
		size += len(c)
		if strings.TrimSpace(c) != "" {
			full++
		}
	}
	if full == 0 {
		return nil
	}
	if b.rows++; b.rows > MaxRows {
		return fmt.Errorf("too many rows: more than %d; split the workbook", MaxRows)
	}
	if b.cells += full; b.cells > maxCells {
		return fmt.Errorf("too many cells: more than %d; split the workbook", maxCells)
	}
	if b.text += size; b.text > maxTextBytes {
		return fmt.Errorf("too much text: more than %d MB in cells", maxTextBytes>>20)
	}
	if k := len(g.rows); k > 0 && g.rows[k-1].n > n {
		g.ordered = false
	}
	g.rows = append(g.rows, gridRow{n: n, cells: slices.Clone(cells)})
	return nil
}

// addMerge records a merged area of g, past maxMerges dropped.
func (g *grid) addMerge(a area) {
	if len(g.merges) < maxMerges && a.r1 >= a.r0 && a.c1 >= a.c0 && (a.r1 > a.r0 || a.c1 > a.c0) {
		g.merges = append(g.merges, a)
	}
}

// setCell sets column col of cells to v, growing it; an error past
// MaxColumns.
func setCell(cells []string, col int, v string, sheet string, row int) ([]string, error) {
	if col >= MaxColumns {
		return cells, fmt.Errorf("sheet %q: row %d: more than %d columns", sheet, row+1, MaxColumns)
	}
	for len(cells) <= col {
		cells = append(cells, "")
	}
	cells[col] = v
	return cells, nil
}

// table returns g's rows as a table, and its caption: the text of a title
// row merged across the top of it, or "", and the caption's row number.
func (g *grid) table() (caption string, at int, t table) {
	rows := g.rows
	if !g.ordered {
		rows = slices.Clone(rows)
		sort.SliceStable(rows, func(i, j int) bool { return rows[i].n < rows[j].n })
	}
	if len(rows) >= 2 {
		first := rows[0]
		if c, ok := lone(first.cells); ok && slices.ContainsFunc(g.merges, func(a area) bool {
			return a.r0 == first.n && a.c0 == c && a.c1 > a.c0
		}) {
			caption, at = strings.Join(strings.Fields(first.cells[c]), " "), first.n+1
			rows = rows[1:]
		}
	}
	rows = fillDown(rows, g.merges)
	for _, r := range rows {
		t.add(r.cells, r.n+1)
	}
	return caption, at, t
}

// lone returns the column of the one cell with text of cells.
func lone(cells []string) (int, bool) {
	at := -1
	for i, c := range cells {
		if strings.TrimSpace(c) == "" {
			continue
		}
		if at >= 0 {
			return 0, false
		}
		at = i
	}
	return at, at >= 0
}

// fillDown writes the text of each area merged over rows in its first
// column's cells below, in the rows that have text of their own; it
// copies rows it changes. At most maxFills rows are looked at.
func fillDown(rows []gridRow, merges []area) []gridRow {
	looked := 0
	copied := false
	for _, a := range merges {
		if a.r1 == a.r0 {
			continue
		}
		i := sort.Search(len(rows), func(i int) bool { return rows[i].n >= a.r0 })
		if i == len(rows) || rows[i].n != a.r0 || a.c0 >= len(rows[i].cells) {
			continue
		}
		v := rows[i].cells[a.c0]
		if strings.TrimSpace(v) == "" {
			continue
		}
		for j := i + 1; j < len(rows) && rows[j].n <= a.r1; j++ {
			if looked++; looked > maxFills {
				return rows
			}
			if strings.TrimSpace(cell(rows[j].cells, a.c0)) != "" {
				continue
			}
			if !copied {
				rows, copied = slices.Clone(rows), true
			}
			cells := slices.Clone(rows[j].cells)
			for len(cells) <= a.c0 {
				cells = append(cells, "")
			}
			cells[a.c0] = v
			rows[j].cells = cells
		}
	}
	return rows
}

// defaultName matches the names spreadsheet apps give new sheets.
var defaultName = regexp.MustCompile(`(?i)^(?:sheet|tabelle|feuil(?:le)?|hoja|foglio|planilha|blad|arkusz|лист|ark)\s*\d+$`)

// Apple Numbers exports a workbook with a sheet of its own first, the
// "Export Summary" (numbersSummaryRE matches its first cell), and names
// each table's worksheet "Sheet - Table": numbersTableRE matches such a
// name, the sheet's and the table's, which is the app's own when it is
// "Table 1" (m[2]).
var (
	numbersSummaryRE = regexp.MustCompile(`^This document was exported from Numbers\.`)
	numbersTableRE   = regexp.MustCompile(`^(.+?)\s+-\s+(?:(Table\s+\d+)|.+)$`)
)

// convertBook writes a workbook's sheets as one document (see above).
func convertBook(b *book) (corpus.Converted, error) {
	type page struct {
		name, caption string
		at            int // the caption's row
		t             table
	}
	var pages []page
	for _, g := range b.sheets {
		if g.hidden {
			continue
		}
		if len(g.rows) > 0 && numbersSummaryRE.MatchString(g.rows[0].cells[0]) {
			continue
		}
		caption, at, t := g.table()
		if len(t.rows) == 0 {
			continue
		}
		pages = append(pages, page{strings.Join(strings.Fields(g.name), " "), caption, at, t})
	}
	tables := map[string]int{} // the tables of each sheet of a Numbers export
	for _, p := range pages {
		if m := numbersTableRE.FindStringSubmatch(p.name); m != nil {
			tables[m[1]]++
		}
	}
	for i, p := range pages {
		if m := numbersTableRE.FindStringSubmatch(p.name); m != nil && m[2] != "" && tables[m[1]] == 1 {
			pages[i].name = m[1] // "Overview" of "Overview - Table 1"
		}
	}
	if len(pages) == 0 {
		return corpus.Converted{}, errors.New("an empty workbook: no sheet holds text")
	}
	var o out
	byName := pages[0].caption == ""
	if !byName {
		o.write(pages[0].at, "# "+corpus.EscapeMarkdown(pages[0].caption))
	}
	if len(pages) == 1 {
		pages[0].t.write(&o, 2, false)
		return o.rows(byName), nil
	}
	for i, p := range pages {
		at := p.t.lines[0]
		if p.caption != "" {
			at = p.at
		}
		name, sub := p.name, p.caption
		switch {
		case i == 0:
			sub = "" // the document's title
		case sub != "" && (name == "" || defaultName.MatchString(name)):
			name, sub = sub, ""
		case name == "":
			name = fmt.Sprintf("Sheet %d", i+1)
		}
		if i > 0 || !byName {
			o.write(at, "")
		}
		o.write(at, "## "+corpus.EscapeMarkdown(name))
		depth := 3
		if sub != "" {
			o.write(at, "")
			o.write(at, "### "+corpus.EscapeMarkdown(sub))
			if !p.t.lettered(sub) {
				depth = 4
			}
		}
		p.t.write(&o, depth, true)
	}
	return o.rows(byName), nil
}

// rows is what o wrote of a workbook, its places rows.
func (o *out) rows(byName bool) corpus.Converted {
	c := o.converted(byName)
	c.Unit = "row"
	return c
}

// archive is a workbook's zip, its parts read within bounds.
type archive struct {
	files map[string]*zip.File
	read  int64 // bytes unzipped so far
}

// openZip opens data, a workbook, as the zip it is: what of the format
// (".xlsx") it is not, when it is not.
func openZip(data []byte, ext string) (*archive, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("workbook too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	if bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")) { // a compound file: an encrypted workbook, or an old .xls
		if bytes.Contains(data, utf16le("EncryptedPackage")) {
			return nil, errPassword
		}
		return nil, fmt.Errorf("an old Excel workbook (.xls), not %s: save it as %s", ext, ext)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("damaged workbook: cannot unzip this %s (%v)", ext, err)
	}
	a := &archive{files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		if _, dup := a.files[f.Name]; !dup {
			a.files[f.Name] = f
		}
	}
	return a, nil
}

func utf16le(s string) []byte {
	var b []byte
	for _, u := range utf16.Encode([]rune(s)) {
		b = append(b, byte(u), byte(u>>8))
	}
	return b
}

// errTooLarge is returned by a part's reader past its bounds.
var errTooLarge = fmt.Errorf("workbook too large: a part unzips to more than %d MB, or all to more than %d MB", MaxPartBytes>>20, maxXMLBytes>>20)

// open opens the part name; nil, nil when the zip has none.
func (a *archive) open(name string) (io.ReadCloser, error) {
	f := a.files[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > MaxPartBytes || a.read+int64(f.UncompressedSize64) > maxXMLBytes {
		return nil, errTooLarge
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("damaged workbook: %s: %v", name, err)
	}
	return &bounded{rc: rc, a: a, left: min(MaxPartBytes, maxXMLBytes-a.read)}, nil
}

// bounded reads a part, counting its bytes to the archive's, and fails
// past left of them.
type bounded struct {
	rc   io.ReadCloser
	a    *archive
	left int64
}

func (r *bounded) Read(p []byte) (int, error) {
	if r.left <= 0 {
		return 0, errTooLarge
	}
	if int64(len(p)) > r.left {
		p = p[:r.left]
	}
	n, err := r.rc.Read(p)
	r.left -= int64(n)
	r.a.read += int64(n)
	return n, err
}

func (r *bounded) Close() error { return r.rc.Close() }

// decode reads part name token by token, calling each with the decoder
// and each token. A part the zip lacks is not read, and absent reported
// false.
func (a *archive) decode(name string, each func(d *xml.Decoder, tok xml.Token) error) (found bool, err error) {
	rc, err := a.open(name)
	if rc == nil || err != nil {
		return false, err
	}
	defer rc.Close()
	d := xml.NewDecoder(rc)
	d.Strict = false
	for {
		tok, err := d.RawToken()
		if err == io.EOF {
			return true, nil
		}
		if err != nil {
			if errors.Is(err, errTooLarge) {
				return true, err
			}
			return true, fmt.Errorf("damaged workbook: %s: %v", name, err)
		}
		if err := each(d, tok); err != nil {
			return true, err
		}
	}
}

// attr returns the value of e's attribute of local name key, "" when none.
func attr(e xml.StartElement, key string) string {
	for _, a := range e.Attr {
		if a.Name.Local == key {
			return a.Value
		}
	}
	return ""
}

// resolve returns the part a relationship's target names, from the
// folder dir of the part it is of.
func resolve(dir, target string) string {
	if strings.HasPrefix(target, "/") {
		return strings.TrimPrefix(path.Clean(target), "/")
	}
	return strings.TrimPrefix(path.Join(dir, target), "/")
}

// skip reads past the end of the element just started, and all it holds.
func skip(d *xml.Decoder) error {
	for depth := 1; depth > 0; {
		tok, err := d.RawToken()
		if err != nil {
			return err
		}
		switch tok.(type) {
		case xml.StartElement:
			depth++
		case xml.EndElement:
			depth--
		}
	}
	return nil
}
