package pdftext

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestEncodingDictionary: a font whose Encoding is a dictionary, as
// InDesign writes it (WinAnsi as its base, its ligatures in Differences),
// draws WinAnsi's dash and apostrophe and its "fi" as they are, read by
// its character map or, without one, by its base encoding and the
// ligature's name.
func TestEncodingDictionary(t *testing.T) {
	cmap := "/CIDInit /ProcSet findresource begin 12 dict begin begincmap /CMapName /M def " +
		"1 begincodespacerange <00> <FF> endcodespacerange 2 beginbfchar <01> <00660069> <92> <2019> endbfchar " +
		"2 beginbfrange <20> <7E> <0020> <96> <97> [<2013> <2014>] endbfrange endcmap CMapName currentdict /CMap defineresource pop end end"
	content := "BT /F1 11 Tf 72 700 Td (Kol rising, 1831\22632: the \001rst \226 Let\222s go) Tj ET " +
		"BT /F2 11 Tf 72 600 Td (Khond uprising, 1837\22656: the \001rst Let\222s) Tj ET"
	encoding := "/Encoding << /Type /Encoding /BaseEncoding /WinAnsiEncoding /Differences [1 /f_i 2 /f_l] >>"
	got := pageLines(t, fontPage(content, []string{
		"<< /Type /Font /Subtype /Type1 /BaseFont /MinionPro-Regular " + encoding + " /ToUnicode 7 0 R >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /MinionPro-Regular " + encoding + " >>"},
		stream("", cmap)))
	want := []string{"Kol rising, 1831–32: the first – Let’s go", "Khond uprising, 1837–56: the first Let’s"}
	if !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

// TestTeXEncodings: pdfTeX's fonts read as TeX set them: a text font's
// encoding a dictionary of Differences alone, from code 0 ("ñ" at 241, as
// the character of its own number), and a math font with no encoding in
// its dictionary, the one its program sets ("dup 0 /minus put").
func TestTeXEncodings(t *testing.T) {
	program := "%!PS-AdobeFont-1.0: LMMathSymbols10-Regular\n/Encoding 256 array\n0 1 255 {1 index exch /.notdef put} for\n" +
		"dup 0 /minus put\ndup 6 /plusminus put\ndup 21 /greaterequal put\nreadonly def\ncurrentfile eexec\n"
	content := "BT /F1 11 Tf 72 700 Td (El Ni\361o ) Tj /F2 11 Tf (\000) Tj /F1 11 Tf (7 and ) Tj /F2 11 Tf (\006) Tj /F1 11 Tf (5% ) Tj /F2 11 Tf (\025) Tj /F1 11 Tf ( 0.5) Tj ET"
	diffs := "/Differences [0 /grave /acute 32 /space 37 /percent 46 /period 48 /zero /one /two /three /four /five /six /seven /eight /nine 69 /E 76 /L 78 /N " +
		"97 /a 100 /d 105 /i 108 /l 110 /n 111 /o 241 /ntilde]"
	got := pageLines(t, fontPage(content, []string{
		"<< /Type /Font /Subtype /Type1 /BaseFont /LMSans10-Regular /Encoding << /Type /Encoding " + diffs + " >> >>",
		"<< /Type /Font /Subtype /Type1 /BaseFont /LMMathSymbols10-Regular /FontDescriptor 7 0 R >>"},
		"<< /Type /FontDescriptor /FontName /LMMathSymbols10-Regular /Flags 4 /FontFile 8 0 R >>",
		stream(fmt.Sprintf("/Length1 %d /Length2 0 /Length3 0", len(program)), program)))
	if want := []string{"El Niño −7 and ±5% ≥ 0.5"}; !slices.Equal(got, want) {
		t.Errorf("lines = %q, want %q", got, want)
	}
}

// fontPage builds a one-page PDF showing content in fonts, the
// dictionaries of /F1, /F2 …, objects 5 on; more objects follow them.
func fontPage(content string, fonts []string, more ...string) []byte {
	var names strings.Builder
	for i := range fonts {
		fmt.Fprintf(&names, "/F%d %d 0 R ", i+1, 5+i)
	}
	objects := []string{"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
		"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R /Resources << /Font << " + names.String() + ">> >> >>",
		stream("", content)}
	return build(append(append(objects, fonts...), more...)...)
}

// stream writes a stream object of text, with more entries in its dictionary.
func stream(entries, text string) string {
	return fmt.Sprintf("<< /Length %d %s>>\nstream\n%s\nendstream", len(text), entries, text)
}

// pageLines reads the lines of a PDF's first page.
func pageLines(t *testing.T, data []byte) []string {
	t.Helper()
	pages, err := extract(data, time.Now().Add(time.Minute))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, l := range lines(pages[0]) {
		got = append(got, l.text)
	}
	return got
}
