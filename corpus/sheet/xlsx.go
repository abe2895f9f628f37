package sheet

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"math"
	"path"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

// An Excel workbook (.xlsx, Office Open XML; Google Sheets downloads one
// too) is read from these parts:
//
//   - _rels/.rels names the workbook part, xl/workbook.xml: its sheets
//     in the order of their tabs, each named, maybe hidden
//     (state="hidden" or "veryHidden"), each a relationship's id;
//   - xl/_rels/workbook.xml.rels says which part each id is (a
//     worksheet's, or a chart sheet's, which is left out) and where the
//     shared strings and the styles are;
//   - xl/sharedStrings.xml: the text of the cells of type "s", a <si>
//     each, by index; a string of rich text is its runs' <t> joined, its
//     phonetic guide (<rPh>) left out;
//   - xl/styles.xml: each cell style's number format (<cellXfs><xf
//     numFmtId>), the formats not built in written out (<numFmt>), to
//     tell dates and percentages from plain numbers;
//   - xl/worksheets/sheetN.xml: <sheetData> rows of cells, each cell's
//     reference ("C7") its column, so that a cell left out keeps the
//     others in place; a formula's cached value <v>, never the formula;
//     <mergeCells>.
//
// A number is written as Excel's General format writes it, to 15
// significant digits; in a date format it is written as its ISO date
// ("2025-01-07", "2025-01-07 20:15", "20:15"), a serial day number from
// 1900 (or 1904, when the workbook says so); in a percent format as a
// percentage ("45%"). Other number formats (thousands' separators,
// currencies, decimals shown) are not applied. A boolean is TRUE or
// FALSE, an error value as Excel shows it ("#N/A"). A cell's note (its
// comment, xl/commentsN.xml) is written after its value. Drawings, charts
// and images are not read.

// IsXlsx reports whether data is a zip file holding an Excel workbook.
func IsXlsx(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) {
		return false
	}
	if bytes.Contains(data[:min(len(data), 1<<16)], []byte("xl/workbook.xml")) {
		return true
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		if f.Name == "xl/workbook.xml" {
			return true
		}
	}
	return false
}

// ConvertXlsx writes an Excel workbook as Markdown: see book.go.
func ConvertXlsx(data []byte) (corpus.Converted, error) {
	a, err := openZip(data, ".xlsx")
	if err != nil {
		return corpus.Converted{}, err
	}
	x := &xlsx{a: a}
	b, err := x.read()
	if err != nil {
		return corpus.Converted{}, err
	}
	return convertBook(b)
}

// maxStrings bounds the shared strings of a workbook.
const maxStrings = 1_000_000

// xlsx reads one Excel workbook.
type xlsx struct {
	a        *archive
	strings  []string  // the shared strings
	kinds    []numKind // by cell style, the kind of number its format shows
	date1904 bool
}

// A relationship is a part's link to another part: its id, the last word
// of its type ("worksheet", "sharedStrings") and the part it names.
type relationship struct{ id, kind, target string }

// rels reads the relationships of the part name, in their order.
func (x *xlsx) rels(name string) ([]relationship, error) {
	dir, file := path.Split(name)
	var rels []relationship
	_, err := x.a.decode(path.Join(dir, "_rels", file+".rels"), func(d *xml.Decoder, tok xml.Token) error {
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "Relationship" && attr(e, "TargetMode") != "External" {
			kind := attr(e, "Type")
			rels = append(rels, relationship{attr(e, "Id"), kind[strings.LastIndex(kind, "/")+1:], resolve(dir, attr(e, "Target"))})
		}
		return nil
	})
	return rels, err
}

// first returns the target of the first of rels of kind, or else def.
func first(rels []relationship, kind, def string) string {
	for _, r := range rels {
		if r.kind == kind {
			return r.target
		}
	}
	return def
}

// read reads the workbook's visible worksheets.
func (x *xlsx) read() (*book, error) {
	top, err := x.rels("")
	if err != nil {
		return nil, err
	}
	main := first(top, "officeDocument", "xl/workbook.xml")
	if x.a.files[main] == nil {
		main = "xl/workbook.xml"
	}
	type entry struct{ name, id, state string }
	var sheets []entry
	found, err := x.a.decode(main, func(d *xml.Decoder, tok xml.Token) error {
		e, ok := tok.(xml.StartElement)
		if !ok {
			return nil
		}
		switch e.Name.Local {
		case "sheet":
			var id string
			for _, at := range e.Attr {
				if at.Name.Local == "id" && at.Name.Space != "" {
					id = at.Value // r:id
				}
			}
			sheets = append(sheets, entry{attr(e, "name"), id, attr(e, "state")})
		case "workbookPr":
			v := attr(e, "date1904")
			x.date1904 = v == "1" || v == "true"
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, fmt.Errorf("not an Excel workbook (.xlsx): it holds no %s", main)
	}
	rels, err := x.rels(main)
	if err != nil {
		return nil, err
	}
	dir := path.Dir(main)
	if err := x.readStrings(first(rels, "sharedStrings", path.Join(dir, "sharedStrings.xml"))); err != nil {
		return nil, err
	}
	if err := x.readStyles(first(rels, "styles", path.Join(dir, "styles.xml"))); err != nil {
		return nil, err
	}
	b := &book{}
	for _, s := range sheets {
		i := slices.IndexFunc(rels, func(r relationship) bool { return r.id == s.id })
		if i < 0 || rels[i].kind != "worksheet" || s.state == "hidden" || s.state == "veryHidden" {
			continue // a chart sheet, a hidden sheet
		}
		r := rels[i]
		g, err := b.newSheet(s.name, false)
		if err != nil {
			return nil, err
		}
		sheetRels, err := x.rels(r.target)
		if err != nil {
			return nil, err
		}
		notes, err := x.readNotes(first(sheetRels, "comments", ""))
		if err != nil {
			return nil, err
		}
		if err := x.readSheet(b, g, r.target, notes); err != nil {
			return nil, err
		}
	}
	return b, nil
}

// readStrings reads the shared strings part.
func (x *xlsx) readStrings(name string) error {
	var s strings.Builder
	in, inT := false, false
	_, err := x.a.decode(name, func(d *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "si":
				in = true
				s.Reset()
			case "t":
				inT = in
			case "rPh", "phoneticPr", "extLst":
				return skip(d)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "si":
				if len(x.strings) == maxStrings {
					return fmt.Errorf("workbook too large: more than %d different texts", maxStrings)
				}
				x.strings = append(x.strings, unescapeX(s.String()))
				in = false
			case "t":
				inT = false
			}
		case xml.CharData:
			if inT {
				s.Write(t)
			}
		}
		return nil
	})
	return err
}

// numKind is what a number format shows a number as.
type numKind uint8

const (
	plain numKind = iota
	percent
	date     // a day
	clock    // a time of day
	dateTime // both
)

// readStyles reads the number formats of the cell styles.
func (x *xlsx) readStyles(name string) error {
	codes := map[int]string{}
	var ids []int
	inXfs := false
	_, err := x.a.decode(name, func(d *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "numFmt":
				if id, err := strconv.Atoi(attr(t, "numFmtId")); err == nil {
					codes[id] = attr(t, "formatCode")
				}
			case "cellXfs":
				inXfs = true
			case "xf":
				if inXfs && len(ids) < 1<<16 {
					id, _ := strconv.Atoi(attr(t, "numFmtId"))
					ids = append(ids, id)
				}
			}
		case xml.EndElement:
			if t.Name.Local == "cellXfs" {
				inXfs = false
			}
		}
		return nil
	})
	for _, id := range ids {
		k, ok := builtinKinds[id]
		if code, custom := codes[id]; custom {
			k, ok = formatKind(code), true
		}
		if !ok {
			k = plain
		}
		x.kinds = append(x.kinds, k)
	}
	return err
}

// builtinKinds are the kinds of the number formats built into Excel that
// are not plain numbers, by id.
var builtinKinds = map[int]numKind{
	9: percent, 10: percent,
	14: date, 15: date, 16: date, 17: date,
	18: clock, 19: clock, 20: clock, 21: clock,
	22: dateTime,
	45: clock, 46: clock, 47: clock,
}

// formatKind tells the kind of a number format from its code
// ("YYYY-MM-DD", "0.0%", "#,##0"): by its first section's letters and
// signs, outside quoted text and brackets.
func formatKind(code string) numKind {
	var dateish, timeish, months, pct bool
	for i := 0; i < len(code); i++ {
		switch c := code[i]; c {
		case ';':
			i = len(code) // the first section only: the format of positive numbers
		case '"':
			if j := strings.IndexByte(code[i+1:], '"'); j >= 0 {
				i += j + 1
			} else {
				i = len(code)
			}
		case '[':
			j := strings.IndexByte(code[i+1:], ']')
			if j < 0 {
				i = len(code)
				break
			}
			if in := strings.ToLower(code[i+1 : i+1+j]); in != "" && strings.Trim(in, "hms") == "" {
				timeish = true // [h]:mm, time elapsed
			}
			i += j + 1
		case '\\', '_', '*':
			i++ // an escaped character, a space as wide as one, a fill
		case '%':
			pct = true
		default:
			switch c | 0x20 {
			case 'y', 'd':
				dateish = true
			case 'h', 's':
				timeish = true
			case 'm':
				months = true
			}
		}
	}
	switch {
	case pct:
		return percent
	case timeish && dateish:
		return dateTime
	case timeish:
		return clock
	case dateish || months:
		return date
	}
	return plain
}

// readSheet reads the worksheet part name into g.
func (x *xlsx) readSheet(b *book, g *grid, name string, notes map[[2]int]string) error {
	var (
		cells          []string
		row, next      int // the row under way, and the one after it
		col, nextCol   int
		kind, style    string
		v, inline      strings.Builder
		inV, inIs, inT bool
		inCell         bool
	)
	found, err := x.a.decode(name, func(d *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "row":
				row = next
				if n, err := strconv.Atoi(attr(t, "r")); err == nil && n >= 1 && n <= maxRowNumber {
					row = n - 1
				}
				next, nextCol, cells = row+1, 0, cells[:0]
			case "c":
				col = nextCol
				if c, _, ok := cellRef(attr(t, "r")); ok {
					col = c
				}
				kind, style = attr(t, "t"), attr(t, "s")
				v.Reset()
				inline.Reset()
				inCell = true
			case "v":
				inV = inCell
			case "is":
				inIs = inCell
			case "t":
				inT = inIs
			case "mergeCell":
				parts := strings.Split(attr(t, "ref"), ":")
				if len(parts) == 2 {
					c0, r0, ok0 := cellRef(parts[0])
					c1, r1, ok1 := cellRef(parts[1])
					if ok0 && ok1 && r0 >= 0 && r1 >= 0 {
						g.addMerge(area{r0, c0, r1, c1})
					}
				}
			case "f", "rPh", "extLst", "drawing", "legacyDrawing":
				return skip(d)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "v":
				inV = false
			case "t":
				inT = false
			case "is":
				inIs = false
			case "c":
				if !inCell {
					break
				}
				inCell = false
				nextCol = col + 1
				val := withNote(x.value(kind, style, v.String(), inline.String()), notes[[2]int{col, row}])
				if strings.TrimSpace(val) == "" {
					break
				}
				var err error
				if cells, err = setCell(cells, col, val, g.name, row); err != nil {
					return err
				}
			case "row":
				if err := b.addRow(g, row, cells); err != nil {
					return err
				}
				cells = cells[:0]
			}
		case xml.CharData:
			switch {
			case inV:
				v.Write(t)
			case inT:
				inline.Write(t)
			}
		}
		return nil
	})
	if err == nil && !found {
		err = fmt.Errorf("damaged workbook: sheet %q: its part %s is missing", g.name, name)
	}
	return err
}

// readNotes reads the notes on a sheet's cells (its comments part, name;
// "" for none), by their columns and rows, without the author's name that
// Excel writes before a note's text ("Priya:"). A threaded comment is read
// from the stand-in Excel writes for its older versions, without the
// stand-in's words about itself: "Lease or sale?? Reply: Lease – 99 yrs".
func (x *xlsx) readNotes(name string) (map[[2]int]string, error) {
	if name == "" {
		return nil, nil
	}
	var authors []string
	notes := map[[2]int]string{}
	var (
		text      strings.Builder
		author    string
		at        [2]int
		inComment bool
		inT       bool
		inAuthor  bool
	)
	_, err := x.a.decode(name, func(d *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "author":
				inAuthor = true
				authors = append(authors, "")
			case "comment":
				col, row, ok := cellRef(attr(t, "ref"))
				inComment, at, author = ok && row >= 0, [2]int{col, row}, ""
				if i, err := strconv.Atoi(attr(t, "authorId")); err == nil && i >= 0 && i < len(authors) {
					author = authors[i]
				}
				text.Reset()
			case "t":
				inT = inComment
			case "rPh":
				return skip(d)
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "author":
				inAuthor = false
			case "t":
				inT = false
			case "comment":
				note := strings.TrimSpace(text.String())
				if author != "" {
					note = strings.TrimSpace(strings.TrimPrefix(note, author+":"))
				}
				if rest, ok := strings.CutPrefix(note, "[Threaded comment]"); ok {
					_, note, _ = strings.Cut(rest, "Comment:")
				}
				if note = strings.TrimSpace(note); inComment && note != "" && len(notes) < maxCells {
					notes[at] = strings.Join(strings.Fields(note), " ")
				}
				inComment = false
			}
		case xml.CharData:
			switch {
			case inAuthor:
				authors[len(authors)-1] += string(t)
			case inT:
				text.Write(t)
			}
		}
		return nil
	})
	return notes, err
}

// withNote writes a cell's note after its value: "1-2% (note: a state may
// charge less)".
func withNote(val, note string) string {
	switch {
	case note == "":
		return val
	case strings.TrimSpace(val) == "":
		return "(note: " + note + ")"
	}
	return val + " (note: " + note + ")"
}

// maxRowNumber is the most rows a sheet has in Excel.
const maxRowNumber = 1 << 20

// cellRef reads a cell reference, "C7": its column and row from 0; row -1
// when it has none ("C").
func cellRef(ref string) (col, row int, ok bool) {
	ref = strings.ReplaceAll(ref, "$", "")
	i := 0
	for ; i < len(ref) && i < 4; i++ {
		c := ref[i] | 0x20
		if c < 'a' || c > 'z' {
			break
		}
		col = col*26 + int(c-'a') + 1
	}
	if i == 0 || i > 3 {
		return 0, 0, false
	}
	if i == len(ref) {
		return col - 1, -1, true
	}
	n, err := strconv.Atoi(ref[i:])
	if err != nil || n < 1 || n > maxRowNumber {
		return 0, 0, false
	}
	return col - 1, n - 1, true
}

// value is the text of a cell of type kind and style, its <v> v and its
// inline string inline.
func (x *xlsx) value(kind, style, v, inline string) string {
	switch kind {
	case "s":
		i, err := strconv.Atoi(strings.TrimSpace(v))
		if err != nil || i < 0 || i >= len(x.strings) {
			return ""
		}
		return x.strings[i]
	case "inlineStr":
		if inline == "" {
			return unescapeX(v)
		}
		return unescapeX(inline)
	case "str", "e":
		return unescapeX(v)
	case "b":
		switch strings.TrimSpace(v) {
		case "1", "true":
			return "TRUE"
		case "0", "false":
			return "FALSE"
		}
		return v
	case "d":
		return isoDate(strings.TrimSpace(v))
	}
	f, err := strconv.ParseFloat(strings.TrimSpace(v), 64)
	if err != nil || math.IsNaN(f) || math.IsInf(f, 0) {
		return v
	}
	k := plain
	if i, err := strconv.Atoi(style); err == nil && i >= 0 && i < len(x.kinds) {
		k = x.kinds[i]
	}
	switch k {
	case percent:
		return number(f*100) + "%"
	case date, clock, dateTime:
		if s, ok := serialDate(f, k, x.date1904); ok {
			return s
		}
	}
	return number(f)
}

// number writes f as a spreadsheet's General format does: to 15
// significant digits, with no exponent unless it is very large or small.
func number(f float64) string {
	if f == 0 {
		return "0"
	}
	f, _ = strconv.ParseFloat(strconv.FormatFloat(f, 'g', 15, 64), 64)
	if a := math.Abs(f); a >= 1e-6 && a < 1e15 {
		return strconv.FormatFloat(f, 'f', -1, 64)
	}
	return strconv.FormatFloat(f, 'g', -1, 64)
}

// serialDate writes a serial day number as an ISO date, time, or both.
// Day 1 is 1 January 1900 (Excel counts a 29 February 1900, so from day
// 61 on a day is a day less than it says), or 2 January 1904 in the 1904
// system.
func serialDate(f float64, k numKind, date1904 bool) (string, bool) {
	if f < 0 || f >= 2958466 { // past 9999-12-31
		return "", false
	}
	days := math.Floor(f)
	secs := math.Round((f - days) * 86400)
	if secs >= 86400 {
		days, secs = days+1, 0
	}
	base := time.Date(1899, 12, 31, 0, 0, 0, 0, time.UTC)
	switch {
	case date1904:
		base = time.Date(1904, 1, 1, 0, 0, 0, 0, time.UTC)
	case days >= 61:
		base = base.AddDate(0, 0, -1)
	}
	t := base.AddDate(0, 0, int(days)).Add(time.Duration(secs) * time.Second)
	hm := "15:04"
	if t.Second() != 0 {
		hm = "15:04:05"
	}
	switch k {
	case date:
		return t.Format("2006-01-02"), true
	case clock:
		return t.Format(hm), true
	}
	return t.Format("2006-01-02 " + hm), true
}

// isoDate writes an ISO date and time ("2025-01-07T20:15:00Z") as
// serialDate does: "2025-01-07 20:15", and the day alone at midnight.
func isoDate(v string) string {
	day, clock, ok := strings.Cut(v, "T")
	if !ok {
		return v
	}
	clock = strings.TrimRight(clock, "Z")
	if i := strings.IndexAny(clock, ".+-"); i >= 0 {
		clock = clock[:i]
	}
	if strings.Count(clock, ":") == 2 {
		clock = strings.TrimSuffix(clock, ":00")
	}
	if clock == "" || clock == "00:00" {
		return day
	}
	return day + " " + clock
}

// unescapeX decodes the characters Office Open XML writes as "_xHHHH_"
// (a carriage return "_x000D_", an underscore before such a code
// "_x005F_").
func unescapeX(s string) string {
	if !strings.Contains(s, "_x") {
		return s
	}
	var b strings.Builder
	for {
		i := strings.Index(s, "_x")
		if i < 0 || i+7 > len(s) {
			break
		}
		n, err := strconv.ParseUint(s[i+2:i+6], 16, 16)
		if err != nil || s[i+6] != '_' {
			b.WriteString(s[:i+2])
			s = s[i+2:]
			continue
		}
		b.WriteString(s[:i])
		if n != '\r' {
			b.WriteRune(rune(n))
		}
		s = s[i+7:]
	}
	b.WriteString(s)
	return b.String()
}
