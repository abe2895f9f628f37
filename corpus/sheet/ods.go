package sheet

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// An OpenDocument spreadsheet (.ods, LibreOffice Calc's own format) is
// read from its content.xml: <office:spreadsheet> holds a <table:table>
// a sheet, named by table:name, hidden when its table style says
// table:display="false"; a table's <table:table-row>s (inside header rows
// or row groups too) hold <table:table-cell>s. A cell's text is its
// <text:p> paragraphs, a line each, <text:s text:c="3"/> three spaces; a
// date (office:date-value) is written as its ISO date, a time as
// "20:15"; any other cell as it shows, or its office:value when it shows
// nothing. A cell spanning columns or rows
// (table:number-columns-spanned) covers the <table:covered-table-cell>s
// after it, whose content is not read.
//
// table:number-columns-repeated and table:number-rows-repeated repeat a
// cell or a row: Calc ends a sheet with its empty rows and columns
// repeated out to the sheet's end, a million rows, which cost nothing
// here; a repeated cell or row with text counts against MaxColumns or
// MaxRows each time. A cell's comment (<office:annotation>, but its author
// and date) is written after its value; drawings and charts are not read. A password-protected file (its META-INF/manifest.xml
// holding <manifest:encryption-data>) is told as one.

// IsOds reports whether data is a zip file holding an OpenDocument
// spreadsheet, as the uncompressed "mimetype" entry it opens with says.
func IsOds(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) &&
		bytes.Contains(data[:min(len(data), 1<<16)], []byte("mimetypeapplication/vnd.oasis.opendocument.spreadsheet"))
}

// ConvertOds writes an OpenDocument spreadsheet as Markdown: see book.go.
func ConvertOds(data []byte) (corpus.Converted, error) {
	a, err := openZip(data, ".ods")
	if err != nil {
		return corpus.Converted{}, err
	}
	b, err := readOds(a)
	if err != nil {
		return corpus.Converted{}, err
	}
	return convertBook(b)
}

// odsSkipped are elements of content.xml read for nothing they hold:
// comments, drawings and forms, and the parts of a spreadsheet that are
// not its sheets' cells (a DDE link's copy of a table, tracked changes'
// deleted cells, named ranges).
var odsSkipped = map[string]bool{
	"annotation": true, "frame": true, "shapes": true, "forms": true, "note": true,
	"dde-links": true, "tracked-changes": true, "named-expressions": true,
	"database-ranges": true, "data-pilot-tables": true, "content-validations": true,
	"label-ranges": true, "consolidation": true, "scripts": true, "font-face-decls": true,
	"custom-shape": true, "rect": true, "line": true, "ellipse": true, "g": true,
}

// maxRepeat bounds the row and column counters: past it, repeats are not
// counted, so they cannot overflow.
const maxRepeat = 1 << 24

func readOds(a *archive) (*book, error) {
	encrypted := false
	if _, err := a.decode("META-INF/manifest.xml", func(d *xml.Decoder, tok xml.Token) error {
		if e, ok := tok.(xml.StartElement); ok && e.Name.Local == "encryption-data" {
			encrypted = true
		}
		return nil
	}); err != nil && !errors.Is(err, errTooLarge) {
		return nil, err
	}
	if encrypted {
		return nil, errPassword
	}
	b := &book{}
	var (
		hidden    = map[string]bool{} // table styles that hide a sheet
		style     string              // the table style under way
		g         *grid               // the sheet under way
		row, col  int
		rowRepeat int
		cells     []string
		inCell    bool
		cellAttrs xml.StartElement // the cell under way
		cellRep   int
		paras     []string
		note      string // the cell's comment
		para      strings.Builder
		pDepth    int
	)
	found, err := a.decode("content.xml", func(d *xml.Decoder, tok xml.Token) error {
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if name == "annotation" && inCell && pDepth == 0 {
				var err error
				note, err = annotationText(d)
				return err
			}
			if odsSkipped[name] {
				return skip(d)
			}
			switch name {
			case "style":
				style = ""
				if attr(t, "family") == "table" {
					style = attr(t, "name")
				}
			case "table-properties":
				if style != "" && attr(t, "display") == "false" {
					hidden[style] = true
				}
			case "table":
				if g != nil {
					return skip(d) // a table within a sheet
				}
				var err error
				if g, err = b.newSheet(attr(t, "name"), hidden[attr(t, "style-name")]); err != nil {
					return err
				}
				row = 0
			case "table-row":
				if g == nil {
					return skip(d)
				}
				rowRepeat = repeat(t, "number-rows-repeated")
				col, cells = 0, cells[:0]
			case "covered-table-cell":
				col = min(col+repeat(t, "number-columns-repeated"), maxRepeat)
				return skip(d)
			case "table-cell":
				if g == nil {
					return skip(d)
				}
				inCell, cellAttrs, cellRep = true, t.Copy(), repeat(t, "number-columns-repeated")
				paras, note = paras[:0], ""
			case "p", "h":
				if inCell {
					if pDepth == 0 {
						para.Reset()
					}
					pDepth++
				}
			case "s":
				if pDepth > 0 {
					n, err := strconv.Atoi(attr(t, "c"))
					if err != nil || n < 1 {
						n = 1
					}
					para.WriteString(strings.Repeat(" ", min(n, maxSpaces)))
				}
			case "tab":
				if pDepth > 0 {
					para.WriteString("\t")
				}
			case "line-break":
				if pDepth > 0 {
					para.WriteString("\n")
				}
			}
		case xml.EndElement:
			switch t.Name.Local {
			case "p", "h":
				if pDepth > 0 {
					if pDepth--; pDepth == 0 {
						paras = append(paras, para.String())
					}
				}
			case "table-cell":
				if !inCell {
					break
				}
				inCell, pDepth = false, 0
				v := withNote(odsValue(cellAttrs, strings.Join(paras, "\n")), note)
				if strings.TrimSpace(v) != "" {
					for k := range cellRep {
						var err error
						if cells, err = setCell(cells, col+k, v, g.name, row); err != nil {
							return err
						}
					}
					cs, rs := repeat(cellAttrs, "number-columns-spanned"), repeat(cellAttrs, "number-rows-spanned")
					g.addMerge(area{row, col, row + rs - 1, col + cs - 1})
				}
				col = min(col+cellRep, maxRepeat)
			case "table-row":
				if g == nil {
					break
				}
				if len(cells) > 0 {
					for k := range rowRepeat {
						if err := b.addRow(g, row+k, cells); err != nil {
							return err
						}
					}
				}
				row = min(row+rowRepeat, maxRepeat)
				cells = cells[:0]
			case "table":
				g = nil
			case "style":
				style = ""
			}
		case xml.CharData:
			if pDepth > 0 {
				para.Write(t)
			}
		}
		return nil
	})
	if err != nil {
		return nil, err
	}
	if !found {
		return nil, errors.New("not an OpenDocument spreadsheet (.ods): it holds no content.xml")
	}
	return b, nil
}

// annotationText reads a cell's comment (<office:annotation>, its start
// read) to its end: its paragraphs' text, not its author nor its date.
func annotationText(d *xml.Decoder) (string, error) {
	var paras []string
	var para strings.Builder
	depth, inP := 1, false
	for depth > 0 {
		tok, err := d.Token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			depth++
			switch t.Name.Local {
			case "creator", "date", "date-string":
				if err := skip(d); err != nil {
					return "", err
				}
				depth--
			case "p":
				inP = true
				para.Reset()
			}
		case xml.EndElement:
			depth--
			if t.Name.Local == "p" && inP {
				inP = false
				if p := strings.TrimSpace(para.String()); p != "" {
					paras = append(paras, p)
				}
			}
		case xml.CharData:
			if inP {
				para.Write(t)
			}
		}
	}
	return strings.Join(strings.Fields(strings.Join(paras, " ")), " "), nil
}

// repeat reads a count attribute of e: 1 when it has none, at most
// maxRepeat.
func repeat(e xml.StartElement, key string) int {
	n, err := strconv.Atoi(attr(e, key))
	if err != nil || n < 1 {
		return 1
	}
	return min(n, maxRepeat)
}

// odsValue is the text of a cell: its date or time as ISO writes it, or
// the text it shows, or else its value.
func odsValue(e xml.StartElement, text string) string {
	switch attr(e, "value-type") {
	case "date":
		if v := attr(e, "date-value"); v != "" {
			return isoDate(v)
		}
	case "time":
		if v, ok := isoDuration(attr(e, "time-value")); ok {
			return v
		}
	}
	if strings.TrimSpace(text) != "" {
		return text
	}
	switch attr(e, "value-type") {
	case "float", "percentage", "currency":
		if f, err := strconv.ParseFloat(attr(e, "value"), 64); err == nil {
			return number(f)
		}
	case "boolean":
		return strings.ToUpper(attr(e, "boolean-value"))
	}
	return text
}

// isoDuration writes a time of day given as an ISO duration
// ("PT20H15M00S") as "20:15".
func isoDuration(v string) (string, bool) {
	rest, ok := strings.CutPrefix(v, "PT")
	if !ok {
		return "", false
	}
	var hms [3]int
	for i, unit := range []string{"H", "M", "S"} {
		n, after, ok := strings.Cut(rest, unit)
		if !ok {
			continue
		}
		if dot := strings.IndexByte(n, '.'); dot >= 0 {
			n = n[:dot]
		}
		k, err := strconv.Atoi(n)
		if err != nil || k < 0 || k > 1<<20 {
			return "", false
		}
		hms[i], rest = k, after
	}
	if rest != "" {
		return "", false
	}
	if hms[2] != 0 {
		return fmt.Sprintf("%02d:%02d:%02d", hms[0], hms[1], hms[2]), true
	}
	return fmt.Sprintf("%02d:%02d", hms[0], hms[1]), true
}
