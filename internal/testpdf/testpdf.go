// Package testpdf prints text to PDF for tests, as a student prints notes:
// with go-pdf/fpdf, in the standard fonts, with a running header and a
// "Page N" footer on every page. Only tests import it.
package testpdf

import (
	"bytes"
	"cmp"
	"fmt"
	"strconv"
	"strings"
	"testing"

	"github.com/go-pdf/fpdf"
)

// Block is one paragraph of a document to print: its text and its type.
type Block struct {
	Text  string
	Size  float64  // points; 11 when zero
	Style string   // "", "B", "I" or "BI"
	Space float64  // millimetres of space before it
	Lead  string   // a bold lead-in run into the text ("Quorum:")
	Font  string   // its typeface; Helvetica when empty
	Row   []string // a row of a table instead of Text: bordered cells 50 mm wide
	Align string   // a Row's cells, or Text's lines: "L" (the default), "C" or "R"
	// Wrap prints a Row's cells unbordered, each wrapped within 44 of its 50 mm,
	// with space between rows, as ReportLab draws a table.
	Wrap bool
	Cols [2][]string // instead of Text, paragraphs in two columns side by side
	// Columns, instead of Text, prints two columns side by side, each
	// block in its own type and space (a Row a table's row across its
	// column), so that the lines of one column need not share the
	// baselines of the other's.
	Columns [2][]Block
	// Justify stretches each line but the last to both margins, each word
	// drawn on its own where it falls, as word processors print.
	Justify bool
	Page    bool // starts a new page
	// Sheet names the spreadsheet's sheet printed from here on: the footer
	// gives it, then the page's number ("Overview 1"), as Google Sheets
	// prints a workbook.
	Sheet string
	// Marker prints a list entry: the marker at the margin, the text
	// beside it, its lines wrapped under the text's first, as word
	// processors lay out lists.
	Marker string
	// Shaded, instead of Text, prints its blocks on a grey ground, as a
	// textbook sets a box beside its text ("Did you know?").
	Shaded []Block
}

// Options change how a document is printed. The zero value prints A4 with
// a running header and page numbers.
type Options struct {
	Header   string // running header; "Study notes" when empty
	HeaderIn Block  // the header's type (Size and Style only); Helvetica 8 when zero
	NoFooter bool   // leave out the "Page N" footer
	Footer   string // text at the left of the footer, as well as "Page N"
	Dashed   bool   // the footer's page number is "- N -", centred
	Numbered string // the whole footer, in one piece, with %d for the page number
	Password string // encrypt with this user password
	Encrypt  bool   // encrypt (with Password, possibly empty)
}

// Print prints blocks, each wrapped to the page width, and returns the PDF.
func Print(tb testing.TB, blocks []Block, o Options) []byte {
	tb.Helper()
	pdf := fpdf.New("P", "mm", "A4", "")
	pdf.SetMargins(20, 20, 20)
	pdf.SetAutoPageBreak(true, 20)
	tr := pdf.UnicodeTranslatorFromDescriptor("")
	header := cmp.Or(o.Header, "Study notes")
	pdf.SetHeaderFunc(func() {
		pdf.SetFont("Helvetica", o.HeaderIn.Style, cmp.Or(o.HeaderIn.Size, 8))
		pdf.SetXY(20, 8)
		pdf.CellFormat(0, 4, tr(header), "", 0, "L", false, 0, "")
		pdf.SetXY(20, 20)
	})
	sheet := ""
	if !o.NoFooter {
		pdf.SetFooterFunc(func() {
			pdf.SetFont("Helvetica", "", 8)
			pdf.SetXY(20, -12)
			if sheet != "" {
				pdf.CellFormat(0, 4, tr(sheet+" "+strconv.Itoa(pdf.PageNo())), "", 0, "L", false, 0, "")
				return
			}
			if o.Footer != "" {
				pdf.CellFormat(0, 4, tr(o.Footer), "", 0, "L", false, 0, "")
				pdf.SetXY(20, -12)
			}
			if o.Numbered != "" {
				pdf.CellFormat(0, 4, tr(fmt.Sprintf(o.Numbered, pdf.PageNo())), "", 0, "L", false, 0, "")
				return
			}
			if o.Dashed {
				pdf.CellFormat(0, 4, "- "+strconv.Itoa(pdf.PageNo())+" -", "", 0, "C", false, 0, "")
				return
			}
			pdf.CellFormat(0, 4, "Page "+strconv.Itoa(pdf.PageNo()), "", 0, "R", false, 0, "")
		})
	}
	if o.Encrypt {
		pdf.SetProtection(fpdf.CnProtectPrint, o.Password, "owner-secret")
	}
	pdf.AddPage()
	for _, b := range blocks {
		size := cmp.Or(b.Size, 11)
		font := cmp.Or(b.Font, "Helvetica")
		pdf.SetFont(font, b.Style, size)
		if b.Page {
			pdf.AddPage()
		}
		sheet = cmp.Or(b.Sheet, sheet)
		if b.Space > 0 {
			pdf.Ln(b.Space)
		}
		if len(b.Row) > 0 && b.Wrap {
			x, y := pdf.GetXY()
			bottom := y
			for i, c := range b.Row {
				pdf.SetXY(x+50*float64(i), y)
				pdf.MultiCell(44, size*0.45, tr(c), "", cmp.Or(b.Align, "L"), false)
				bottom = max(bottom, pdf.GetY())
			}
			pdf.SetXY(x, bottom+2.5)
			continue
		}
		if len(b.Row) > 0 {
			for _, c := range b.Row {
				pdf.CellFormat(50, 7, tr(c), "1", 0, cmp.Or(b.Align, "L"), false, 0, "")
			}
			pdf.Ln(7)
			continue
		}
		if len(b.Cols[0]) > 0 {
			columns(pdf, tr, b.Cols, size)
			continue
		}
		if len(b.Columns[0]) > 0 {
			blockColumns(pdf, tr, b.Columns)
			continue
		}
		if len(b.Shaded) > 0 {
			top := pdf.GetY()
			for _, in := range b.Shaded {
				pdf.SetFont(cmp.Or(in.Font, "Helvetica"), in.Style, cmp.Or(in.Size, 11))
				if in.Space > 0 {
					pdf.Ln(in.Space)
				}
				pdf.MultiCell(0, cmp.Or(in.Size, 11)*0.45, tr(in.Text), "", "L", false)
			}
			pdf.SetFillColor(230, 230, 230)
			pdf.Rect(18, top-2, 174, pdf.GetY()-top+4, "F") // drawn after its text, which a reader reads all the same
			continue
		}
		if b.Lead != "" {
			pdf.SetFont(font, "B", size)
			pdf.Write(size*0.45, tr(b.Lead+" "))
			pdf.SetFont(font, b.Style, size)
			pdf.Write(size*0.45, tr(b.Text))
			pdf.Ln(size * 0.45)
			continue
		}
		if b.Justify {
			justify(pdf, tr(b.Text), size*0.45)
			continue
		}
		if b.Marker != "" {
			x, y := pdf.GetXY()
			pdf.CellFormat(7, size*0.45, tr(b.Marker), "", 0, "L", false, 0, "")
			pdf.SetXY(x+7, y)
		}
		pdf.MultiCell(0, size*0.45, tr(b.Text), "", cmp.Or(b.Align, "L"), false)
	}
	var out bytes.Buffer
	if err := pdf.Output(&out); err != nil {
		tb.Fatalf("print PDF: %v", err)
	}
	return out.Bytes()
}

// justify prints text in lines stretched to the margins, a word at a time.
func justify(pdf *fpdf.Fpdf, text string, h float64) {
	left, _, right, _ := pdf.GetMargins()
	pageW, _ := pdf.GetPageSize()
	width := pageW - left - right
	lines := pdf.SplitText(text, width)
	for i, l := range lines {
		words := strings.Fields(l)
		gap := pdf.GetStringWidth(" ")
		if i < len(lines)-1 && len(words) > 1 {
			used := 0.0
			for _, w := range words {
				used += pdf.GetStringWidth(w)
			}
			gap = (width - used) / float64(len(words)-1)
		}
		x := left
		for _, w := range words {
			pdf.SetX(x)
			pdf.CellFormat(pdf.GetStringWidth(w), h, w, "", 0, "L", false, 0, "")
			x += pdf.GetStringWidth(w) + gap
		}
		pdf.Ln(h)
	}
}

// columns prints two columns of paragraphs, 80 mm wide and 10 mm apart,
// from the current line down.
func columns(pdf *fpdf.Fpdf, tr func(string) string, cols [2][]string, size float64) {
	top := pdf.GetY()
	bottom := top
	for i, col := range cols {
		pdf.SetY(top)
		for _, p := range col {
			pdf.SetX(20 + float64(i)*90)
			pdf.MultiCell(80, size*0.45, tr(p), "", "L", false)
			pdf.Ln(2)
		}
		bottom = max(bottom, pdf.GetY())
	}
	pdf.SetY(bottom)
}

// blockColumns prints two columns of blocks, 80 mm wide and 10 mm apart,
// from the current line down.
func blockColumns(pdf *fpdf.Fpdf, tr func(string) string, cols [2][]Block) {
	top := pdf.GetY()
	bottom := top
	for i, col := range cols {
		pdf.SetY(top)
		for _, b := range col {
			size := cmp.Or(b.Size, 11)
			pdf.SetFont(cmp.Or(b.Font, "Helvetica"), b.Style, size)
			if b.Space > 0 {
				pdf.Ln(b.Space)
			}
			pdf.SetX(20 + float64(i)*90)
			if len(b.Row) > 0 {
				w := 80 / float64(len(b.Row)) // a table's row, bordered, across the column
				for _, c := range b.Row {
					pdf.CellFormat(w, 7, tr(c), "1", 0, "L", false, 0, "")
				}
				pdf.Ln(7)
				continue
			}
			pdf.MultiCell(80, size*0.45, tr(b.Text), "", "L", false)
		}
		bottom = max(bottom, pdf.GetY())
	}
	pdf.SetY(bottom)
}

// Text prints a text file line by line in one type, a blank line as a
// line's worth of space, as a text editor prints it.
func Text(tb testing.TB, text string) []byte {
	tb.Helper()
	var blocks []Block
	space := 0.0
	for _, l := range strings.Split(text, "\n") {
		l = strings.TrimRight(l, " \t\r")
		if strings.TrimSpace(l) == "" {
			space += 11 * 0.45
			continue
		}
		blocks = append(blocks, Block{Text: l, Space: space})
		space = 0
	}
	return Print(tb, blocks, Options{})
}
