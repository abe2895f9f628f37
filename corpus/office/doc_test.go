package office

import (
	"bytes"
	"encoding/binary"
	"fmt"
	"maps"
	"os"
	"slices"
	"strings"
	"testing"
	"unicode/utf16"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/sheet"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// The Word 97–2003 documents in testdata were saved by LibreOffice
// (`soffice --headless --convert-to doc notes.docx`, and so for the .fodt
// files beside the others), which writes the binary format of Word 97:
// text in UTF-16 pieces, styles, lists, tables and fields. marks.xls is an
// Excel 97 workbook LibreOffice saved from a CSV, a compound file that is
// not a Word document.

func readTestdata(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestDocSameAsDocx reads testdata/notes.doc, which LibreOffice saved
// from testdata/notes.docx, and gets what the .docx gives: the same
// Markdown (headings and title by their styles, nested bulleted and
// numbered lists, a bold line, a table), told at the same paragraphs, so
// the same passages.
func TestDocSameAsDocx(t *testing.T) {
	doc, docx := readTestdata(t, "notes.doc"), readTestdata(t, "notes.docx")
	if f := corpus.FormatOf(doc); f != "Word 97–2003 document" {
		t.Errorf("FormatOf(notes.doc) = %q, want Word 97–2003 document", f)
	}
	got, err := ConvertDoc(doc)
	if err != nil {
		t.Fatal(err)
	}
	want, err := ConvertDocument(docx)
	if err != nil {
		t.Fatal(err)
	}
	if string(got.Text) != string(want.Text) || got.Markdown != want.Markdown {
		t.Errorf("ConvertDoc(notes.doc) =\n%s\nwant, as notes.docx gives,\n%s", got.Text, want.Text)
	}
	if !slices.Equal(got.Origin, want.Origin) || got.Unit != "paragraph" {
		t.Errorf("ConvertDoc(notes.doc) places %v (%s), want %v (paragraph)", got.Origin, got.Unit, want.Origin)
	}
	gotP, wantP := corpustest.Passages(t, "notes.doc", doc), corpustest.Passages(t, "notes.docx", docx)
	if !slices.Equal(gotP, wantP) || len(gotP) < 8 {
		t.Errorf("notes.doc gives\n%s\nwant, as notes.docx gives,\n%s", strings.Join(gotP, "\n"), strings.Join(wantP, "\n"))
	}
	d, err := corpus.Parse("notes.doc", doc)
	if err != nil {
		t.Fatal(err)
	}
	if d.Unit != "paragraph" || d.Format != "Word 97–2003 document" {
		t.Errorf("Parse(notes.doc) Unit, Format = %q, %q, want paragraph, Word 97–2003 document", d.Unit, d.Format)
	}
}

// TestDocFeatures reads testdata/features.doc (from features.fodt): a
// Title paragraph, a hyperlink (a field: its words, not its code), a page
// number field, ₹, curly quotes and Devanagari (UTF-16 text), a
// non-breaking and an optional hyphen, a no-break space, a line break
// and a tab, a bold line, a table with an empty cell and a cell of two
// paragraphs, a page break and a section break, and a footnote, which
// follows the text.
func TestDocFeatures(t *testing.T) {
	data := readTestdata(t, "features.doc")
	got := corpustest.Passages(t, "features.doc", data)
	want := []string{
		"Union Budget 2024 › Definition: The budget is the annual financial statement of the Union, read in the Lok Sabha on budget day.",
		"Union Budget 2024 › Key figures › 1: Fiscal deficit: 4.9% of GDP, about ₹16.13 lakh crore.",
		"Union Budget 2024 › Key figures › 2: “Viksit Bharat” — भारत का बजट, a self-governing plan for constitutional bodies.",
		"Union Budget 2024 › Key figures › 3: First line second line after a tab.",
		"Union Budget 2024 › Key figures › Capital expenditure › 1: Eleven lakh crore rupees for roads, railways and ports.",
		"Union Budget 2024 › Key figures › Capital expenditure › 2: Sector: Defence; Outlay: ₹6.2 lakh crore",
		"Union Budget 2024 › Key figures › Capital expenditure › 3: Sector: Railways and metro; Outlay: ₹2.6 lakh crore; Note: record",
		"Union Budget 2024 › Key figures › Taxes › 1: The new regime is the default; page 2 of the notes.",
		"Union Budget 2024 › Key figures › Taxes › 2: Standard deduction rose to 75,000 rupees.",
		"Union Budget 2024 › Key figures › Taxes › 3: Angel tax was abolished.",
		"Union Budget 2024 › Key figures › Taxes › 4: Article 112 of the Constitution.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("features.doc gives\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	c, err := ConvertDoc(data)
	if err != nil {
		t.Fatal(err)
	}
	for _, code := range []string{"HYPERLINK", "indiabudget", "PAGE"} {
		if bytes.Contains(c.Text, []byte(code)) {
			t.Errorf("ConvertDoc(features.doc) holds a field's code %q:\n%s", code, c.Text)
		}
	}
	if table := "| Defence | ₹6.2 lakh crore |  |\n"; !bytes.Contains(c.Text, []byte(table)) {
		t.Errorf("ConvertDoc(features.doc) =\n%s\nwant it to hold the row\n%s", c.Text, table)
	}
}

// TestDocEdits reads testdata/edits.doc (from edits.fodt): a table of
// contents, a field whose result holds hyperlink fields (their results,
// tabs and all, are kept, as a .docx's are), a tracked deletion (left
// out), and a title in the document's properties (its summary
// information) titling a document with two top headings.
func TestDocEdits(t *testing.T) {
	got := corpustest.Passages(t, "edits.doc", readTestdata(t, "edits.doc"))
	want := []string{
		"Writs and taxes › Definition: Writs 1\nTax 1",
		"Writs and taxes › Writs: Habeas corpus asks to produce the body.",
		"Writs and taxes › Tax: Angel tax was abolished in 2024.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("edits.doc gives\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDocTyped: a document that marks no headings, lists or tables
// (testdata/typed.doc, from typed.fodt) is read as typed notes, as the
// same text saved as a .txt is.
func TestDocTyped(t *testing.T) {
	text := "PROJECT TIGER\n\n1. INTRODUCTION\nLaunched in 1973 at Jim Corbett.\n\n2. KEY POINTS\n- The NTCA runs it.\n- There are 58 reserves.\n"
	c, err := ConvertDoc(readTestdata(t, "typed.doc"))
	if err != nil {
		t.Fatal(err)
	}
	if c.Markdown || string(c.Text) != text {
		t.Errorf("ConvertDoc(typed.doc) = %q (Markdown %v), want %q as text", c.Text, c.Markdown, text)
	}
	got, want := corpustest.Passages(t, "typed.doc", readTestdata(t, "typed.doc")), corpustest.Passages(t, "typed.txt", []byte(text))
	if !slices.Equal(got, want) {
		t.Errorf("typed.doc gives\n%s\nwant, as the text gives,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDocText reads documents made here (see wordStreams), which have no
// styles and no properties: 8-bit text as MS-DOC maps it, fields nested,
// a field with no result, a table told by its marks alone, Word's special
// characters, footnotes after the text.
func TestDocText(t *testing.T) {
	for _, tc := range []struct {
		name, text, notes string
		compressed        bool
		want              string
	}{
		{"8-bit", "\u201CLokpal\u201D \u2013 the ombudsman\u2019s office\u2026 caf\u00E9 \u0153uvre.\r", "", true,
			"\u201CLokpal\u201D \u2013 the ombudsman\u2019s office\u2026 caf\u00E9 \u0153uvre.\n"},
		{"UTF-16", "लोकपाल ₹ and 😀.\r", "", false, "लोकपाल ₹ and 😀.\n"},
		{"fields", "See \x13 HYPERLINK \"https://lokpal.gov.in\" \x14the \x13 PAGE \x143\x15 page\x15 and\x13 TC \"no result\" \x15 more.\r", "", true,
			"See the 3 page and more.\n"},
		{"special characters", "self\x1Egoverning consti\x1Ftution\u00A0Act\x0Bnext line\x0Cnext page\x01\x08\x05 x\x02.\r", "", true,
			"self-governing constitution Act next line next page x.\n"},
		{"table", "Writs\r\x13 HYPERLINK \"x\" \x14Body\x15\x07Set up\x07\x07Lokpal\x072019\x07\x07After.\r", "", false,
			"Writs\n\n| Body | Set up |\n| --- | --- |\n| Lokpal | 2019 |\n\nAfter.\n\n"},
		{"footnotes", "Lokpal\x02 set up.\r", "\x02 Under the 2013 Act.\r\x02 \r\r", true, "Lokpal set up.\n\nUnder the 2013 Act.\n"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			c, err := ConvertDoc(compoundFile(t, wordStreams(t, tc.text, tc.notes, tc.compressed)))
			if err != nil {
				t.Fatal(err)
			}
			if string(c.Text) != tc.want {
				t.Errorf("ConvertDoc() = %q, want %q", c.Text, tc.want)
			}
			checkConverted(t, c)
		})
	}
}

// TestDocPassword: an encrypted .doc (the FIB's fEncrypted set) is told
// so; so is a .docx saved with a password (a compound file too, of an
// EncryptionInfo and an EncryptedPackage), which is not taken for a .doc:
// named .docx or .pptx, it gets the message it always did.
func TestDocPassword(t *testing.T) {
	doc := slices.Clone(readTestdata(t, "notes.doc"))
	fib := 512 // the sector that starts with wIdent
	for fib < len(doc) && binary.LittleEndian.Uint16(doc[fib:]) != 0xA5EC {
		fib += 512
	}
	if fib >= len(doc) {
		t.Fatal("no sector of notes.doc starts with a FIB")
	}
	doc[fib+11] |= 0x01 // fEncrypted, 0x0100 of the flags at 10
	if _, err := ConvertDoc(doc); err == nil || !strings.Contains(err.Error(), "password-protected Word document") {
		t.Errorf("ConvertDoc(encrypted) error = %v, want password-protected", err)
	}
	if _, err := corpus.Parse("notes.doc", doc); err == nil || !strings.Contains(err.Error(), "notes.doc: a password-protected Word document") {
		t.Errorf("Parse(encrypted notes.doc) error = %v, want password-protected", err)
	}

	ooxml := compoundFile(t, map[string][]byte{"EncryptionInfo": {4, 0, 4, 0}, "EncryptedPackage": []byte("sealed")})
	if IsDoc(ooxml) {
		t.Error("IsDoc(an encrypted .docx) = true")
	}
	if _, err := ConvertDoc(ooxml); err == nil || !strings.Contains(err.Error(), "password-protected Word document") {
		t.Errorf("ConvertDoc(an encrypted .docx) error = %v, want password-protected", err)
	}
	for name, want := range map[string]string{
		"secret.docx": "secret.docx: a password-protected Word document or an old .doc: save it as .docx without a password",
		"secret.pptx": "secret.pptx: a password-protected presentation or an old .ppt: save it as .pptx without a password",
	} {
		if _, err := corpus.Parse(name, ooxml); err == nil || err.Error() != want {
			t.Errorf("Parse(%s) error = %v, want %q", name, err, want)
		}
	}
}

// TestIsDoc: a compound file is a .doc when a WordDocument stream is at
// its root; Excel's and PowerPoint's are not, nor a .docx.
func TestIsDoc(t *testing.T) {
	many := map[string][]byte{"WordDocument": nil}
	for i := range 300 { // a directory longer than IsDoc's probe: mscfb reads it
		many[fmt.Sprintf("Stream %03d", i)] = nil
	}
	for _, tc := range []struct {
		name string
		data []byte
		want bool
	}{
		{"notes.doc", readTestdata(t, "notes.doc"), true},
		{"features.doc", readTestdata(t, "features.doc"), true},
		{"a long directory", compoundFile(t, many), true},
		{"marks.xls", readTestdata(t, "marks.xls"), false},
		{"a PowerPoint deck", compoundFile(t, map[string][]byte{"PowerPoint Document": nil, "Current User": nil}), false},
		{"notes.docx", readTestdata(t, "notes.docx"), false},
		{"a header alone", cfbSignature, false},
		{"text", []byte("WordDocument"), false},
	} {
		if got := IsDoc(tc.data); got != tc.want {
			t.Errorf("IsDoc(%s) = %v, want %v", tc.name, got, tc.want)
		}
	}
}

// TestDocNotWord: an Excel workbook is not read as a .doc, and named .xlsx
// it is told an old workbook, as it always was.
func TestDocNotWord(t *testing.T) {
	xls := readTestdata(t, "marks.xls")
	if _, err := ConvertDoc(xls); err == nil || !strings.Contains(err.Error(), "has no WordDocument stream") {
		t.Errorf("ConvertDoc(marks.xls) error = %v, want no WordDocument stream", err)
	}
	if _, err := corpus.Parse("marks.xlsx", xls); err == nil || !strings.Contains(err.Error(), "an old Excel workbook (.xls)") {
		t.Errorf("Parse(marks.xlsx) error = %v, want an old Excel workbook", err)
	}
	if _, err := corpus.Parse("notes.doc", readTestdata(t, "notes.docx")); err != nil {
		t.Errorf("Parse(a .docx named notes.doc) error = %v, want it read as a .docx", err)
	}
}

// TestDocDamaged: a clear error, never a panic, for a damaged or
// truncated document, or one too large.
func TestDocDamaged(t *testing.T) {
	fib := func(at int, b ...byte) func(s map[string][]byte) {
		return func(s map[string][]byte) { copy(s["WordDocument"][at:], b) }
	}
	for _, tc := range []struct {
		name string
		fix  func(s map[string][]byte)
		want string
	}{
		{"no FIB", fib(0, 0, 0), "damaged Word document: the WordDocument stream does not start"},
		{"Word 95", fib(2, 0x68, 0), "a Word 6 or Word 95 document"},
		{"encrypted", fib(11, 0x03), "password-protected"},
		{"FIB cut short", fib(34+28, 0xFF, 0xFF), "damaged Word document: its file information block is cut short"},
		{"a negative story", fib(64+12, 0xFF, 0xFF, 0xFF, 0xFF), "damaged Word document: a story of -1 characters"},
		{"too much text", fib(64+12, 0, 0, 0, 0x7F), "damaged Word document: a story of"},
		{"no table stream", func(s map[string][]byte) { delete(s, "1Table") }, "damaged Word document: it has no 1Table stream"},
		{"no piece table", fib(154+33*8+4, 0, 0, 0, 0), "damaged Word document: it has no piece table"},
		{"a piece table beyond the stream", fib(154+33*8, 0xFF, 0xFF, 0, 0), "damaged Word document: it has no piece table"},
		{"a strange piece table", func(s map[string][]byte) { s["1Table"][0] = 0x07 }, "damaged Word document: its piece table starts with 0x07"},
		{"a piece table cut short", func(s map[string][]byte) { s["1Table"][1] = 0xFF }, "damaged Word document: its piece table is cut short"},
		{"a piece beyond the text", func(s map[string][]byte) { s["1Table"][5+8+4] = 0xF0 }, "damaged Word document: a piece of its text lies beyond"},
		{"pieces out of order", func(s map[string][]byte) { s["1Table"][5+4+3] = 0x7F }, "damaged Word document: its pieces of text are out of order"},
		{"no text", fib(64+12, 0, 0, 0, 0), "the Word document has no text"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			s := wordStreams(t, "The Lokpal is an ombudsman.\r", "", false)
			tc.fix(s)
			_, err := ConvertDoc(compoundFile(t, s))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("ConvertDoc() error = %v, want one saying %q", err, tc.want)
			}
		})
	}

	doc := readTestdata(t, "notes.doc")
	for n := 0; n < len(doc); n += 509 {
		if _, err := ConvertDoc(doc[:n]); err == nil {
			t.Errorf("ConvertDoc(notes.doc cut to %d bytes) read it", n)
		} else if n >= 8 && !strings.HasPrefix(err.Error(), "damaged Word document: ") {
			t.Errorf("ConvertDoc(notes.doc cut to %d bytes) error = %v, want damaged", n, err)
		}
	}
	if _, err := ConvertDoc([]byte("{\\rtf1 not a compound file}")); err == nil || !strings.Contains(err.Error(), "not a Word 97–2003 document (.doc)") {
		t.Errorf("ConvertDoc(RTF) error = %v, want not a Word 97–2003 document", err)
	}
	many := compoundFile(t, wordStreams(t, strings.Repeat("a\r", MaxElements/3+1), "", true))
	if _, err := ConvertDoc(many); err == nil || !strings.Contains(err.Error(), "document too large: more than") {
		t.Errorf("ConvertDoc(%d paragraphs) error = %v, want too large", MaxElements/3+1, err)
	}
	big := append(slices.Clone(cfbSignature), make([]byte, MaxBytes)...)
	if _, err := ConvertDoc(big); err == nil || !strings.Contains(err.Error(), "too large") {
		t.Errorf("ConvertDoc(%d MB) error = %v, want too large", len(big)>>20, err)
	}
}

// FuzzConvertDoc: no panic whatever the bytes, and a document read has a
// place for each of its lines and some text.
func FuzzConvertDoc(f *testing.F) {
	f.Add(readTestdata(f, "notes.doc"))
	f.Add(compoundFile(f, wordStreams(f, "Tiger\rA\x07B\x07\x07\x13 PAGE \x143\x15 notes\r", "\x02 A note.\r", true)))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := ConvertDoc(data); err == nil {
			checkConverted(t, c)
		}
		IsDoc(data)
	})
}

// FuzzConvertDocStreams fuzzes what lies in the compound file, the
// WordDocument and table streams, which FuzzConvertDoc's mutations seldom
// reach whole: no panic, and a document read has a place for each of its
// lines and some text.
func FuzzConvertDocStreams(f *testing.F) {
	for _, name := range []string{"notes.doc", "features.doc", "edits.doc"} {
		data := readTestdata(f, name)
		c, err := newCompound(data)
		if err != nil {
			f.Fatal(err)
		}
		word, err := c.read(c.stream("WordDocument"), len(data))
		if err != nil {
			f.Fatal(err)
		}
		table, err := c.read(c.stream("1Table"), len(data))
		if err != nil {
			f.Fatal(err)
		}
		f.Add(word, table)
	}
	s := wordStreams(f, "Tiger\rA\x07B\x07\x07\x13 PAGE \x143\x15 notes\r", "\x02 A note.\r", true)
	f.Add(s["WordDocument"], s["1Table"])
	f.Fuzz(func(t *testing.T, word, table []byte) {
		if c, err := ConvertDoc(compoundFile(t, map[string][]byte{"WordDocument": word, "1Table": table, "0Table": table})); err == nil {
			checkConverted(t, c)
		}
	})
}

// BenchmarkParseDoc reads a Word 97–2003 document of 2,000 paragraphs
// under 100 typed headings (about 40 pages) and reports passages a second.
func BenchmarkParseDoc(b *testing.B) {
	var text strings.Builder
	text.WriteString("NOTES ON THE CONSTITUTION\r\r")
	for i := range 2000 {
		if i%20 == 0 {
			fmt.Fprintf(&text, "\r%d. PART %s OF THE NOTES\r", i/20+1, strings.Repeat("I", i/20%5+1))
		}
		text.WriteString("The article lets Parliament make laws on the \x13 HYPERLINK \"x\" \x14subjects\x15 of the State List while the proclamation is in force, for the whole country.\r")
	}
	corpustest.Benchmark(b, "notes.doc", compoundFile(b, wordStreams(b, text.String(), "", true)))
}

// wordStreams makes the streams of a Word 97 document (see doc.go) whose
// main text is text and whose footnotes are notes, Word's control
// characters and all, in one piece: 8-bit when compressed (each rune as
// MS-DOC maps it), else UTF-16. Its FIB is Word 97's; its table stream
// holds the piece table alone.
func wordStreams(tb testing.TB, text, notes string, compressed bool) map[string][]byte {
	tb.Helper()
	const textAt = 0x400
	word := make([]byte, textAt)
	put16 := func(at int, v uint16) { binary.LittleEndian.PutUint16(word[at:], v) }
	put32 := func(at int, v uint32) { binary.LittleEndian.PutUint32(word[at:], v) }
	put16(0, 0xA5EC)
	put16(2, 0x00C1)
	put16(10, 0x0200) // fWhichTblStm: 1Table
	put16(32, 14)     // csw
	put16(62, 22)     // cslw
	put16(152, 0x5D)  // cbRgFcLcb
	var ccpText, ccpFtn int
	fc := uint32(textAt)
	if compressed {
		bytesOf := map[rune]byte{}
		for c := range 256 {
			bytesOf[cp1252(byte(c))] = byte(c)
		}
		for i, s := range []string{text, notes} {
			for _, r := range s {
				c, ok := bytesOf[r]
				if !ok {
					tb.Fatalf("%q has no 8-bit character", r)
				}
				word = append(word, c)
			}
			if i == 0 {
				ccpText = len(word) - textAt
			}
		}
		ccpFtn = len(word) - textAt - ccpText
		fc = 2*textAt | 0x40000000
	} else {
		units := utf16.Encode([]rune(text))
		ccpText, ccpFtn = len(units), len(utf16.Encode([]rune(notes)))
		for _, u := range append(units, utf16.Encode([]rune(notes))...) {
			word = binary.LittleEndian.AppendUint16(word, u)
		}
	}
	put32(64+12, uint32(ccpText)) // FibRgLw97's ccpText
	put32(64+16, uint32(ccpFtn))
	// The Clx: a Pcdt of one piece.
	table := []byte{0x02}
	table = binary.LittleEndian.AppendUint32(table, 4*2+8)
	table = binary.LittleEndian.AppendUint32(table, 0)
	table = binary.LittleEndian.AppendUint32(table, uint32(ccpText+ccpFtn))
	table = append(table, 0, 0)
	table = binary.LittleEndian.AppendUint32(table, fc)
	table = append(table, 0, 0)
	put32(154+33*8, 0) // fcClx
	put32(154+33*8+4, uint32(len(table)))
	return map[string][]byte{"WordDocument": word, "1Table": table}
}

// compoundFile makes a compound file (version 3, sectors of 512 bytes)
// of streams at its root, in the order of their names, each padded with
// zeros to 4096 bytes, so that none is in the mini stream: FAT sectors,
// then the directory, then the streams.
func compoundFile(tb testing.TB, streams map[string][]byte) []byte {
	tb.Helper()
	const (
		size       = 512
		free       = 0xFFFFFFFF
		endOfChain = 0xFFFFFFFE
		fatSect    = 0xFFFFFFFD
		noStream   = 0xFFFFFFFF
	)
	names := slices.Sorted(maps.Keys(streams))
	var data [][]byte
	for _, name := range names {
		s := streams[name]
		n := (max(len(s), 4096) + size - 1) / size * size
		data = append(data, append(slices.Clone(s), make([]byte, n-len(s))...))
	}
	dirSectors := (128*(len(names)+1) + size - 1) / size
	streamSectors := 0
	for _, s := range data {
		streamSectors += len(s) / size
	}
	fatSectors := 1
	for fatSectors*size/4 < fatSectors+dirSectors+streamSectors {
		fatSectors++
	}
	if fatSectors > 109 {
		tb.Fatal("compoundFile: too large")
	}
	fat := slices.Repeat([]uint32{free}, fatSectors*size/4)
	for i := range fatSectors {
		fat[i] = fatSect
	}
	chain := func(start, n int) {
		for i := range n {
			fat[start+i] = uint32(start + i + 1)
		}
		fat[start+n-1] = endOfChain
	}
	chain(fatSectors, dirSectors)
	starts := make([]int, len(data))
	next := fatSectors + dirSectors
	for i, s := range data {
		starts[i] = next
		chain(next, len(s)/size)
		next += len(s) / size
	}

	header := make([]byte, size)
	copy(header, cfbSignature)
	le16 := binary.LittleEndian.PutUint16
	le32 := binary.LittleEndian.PutUint32
	le16(header[24:], 0x3E)
	le16(header[26:], 3)
	le16(header[28:], 0xFFFE)
	le16(header[30:], 9)
	le16(header[32:], 6)
	le32(header[44:], uint32(fatSectors))
	le32(header[48:], uint32(fatSectors)) // the directory's first sector
	le32(header[56:], 4096)
	le32(header[60:], endOfChain)
	le32(header[68:], endOfChain)
	for i := range 109 {
		v := uint32(free)
		if i < fatSectors {
			v = uint32(i)
		}
		le32(header[76+4*i:], v)
	}

	dir := make([]byte, dirSectors*size)
	entry := func(i int, name string, typ byte, right, child uint32, start, n int) {
		e := dir[128*i:]
		units := utf16.Encode([]rune(name))
		for j, u := range units {
			le16(e[2*j:], u)
		}
		le16(e[64:], uint16(2*len(units)+2))
		e[66], e[67] = typ, 1
		le32(e[68:], noStream)
		le32(e[72:], right)
		le32(e[76:], child)
		le32(e[116:], uint32(start))
		le32(e[120:], uint32(n))
	}
	child := uint32(noStream)
	if len(names) > 0 {
		child = 1
	}
	entry(0, "Root Entry", 5, noStream, child, endOfChain, 0)
	for i, name := range names {
		right := uint32(i + 2)
		if i == len(names)-1 {
			right = noStream
		}
		entry(i+1, name, 2, right, noStream, starts[i], len(data[i]))
	}

	out := slices.Clone(header)
	for _, v := range fat {
		out = binary.LittleEndian.AppendUint32(out, v)
	}
	out = append(out, dir...)
	for _, s := range data {
		out = append(out, s...)
	}
	return out
}
