package sheet_test

import (
	"archive/zip"
	"bytes"
	"compress/flate"
	"encoding/csv"
	"encoding/xml"
	"fmt"
	"hash/crc32"
	"os"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf16"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/office" // its zips told apart from a workbook by content
	"github.com/conceptbot/conceptbot/corpus/sheet"
)

// The workbooks in testdata are LibreOffice's (7.4):
//
//   - tracker, painting and rivers .xlsx and .ods are the .csv or .tsv
//     beside them converted: soffice --headless
//     --infilter="CSV:44,34,76,1,,1033,false,true" --convert-to xlsx
//     tracker.csv (9 for 44, a tab for a comma, for rivers.tsv saved as
//     .csv);
//   - book.ods and book.xlsx are book.content.xml, written by hand,
//     zipped as an .ods (mimetype, content.xml, META-INF/manifest.xml)
//     and converted by soffice --convert-to ods and --convert-to xlsx.

func mustRead(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

func mustParse(tb testing.TB, name string, data []byte) *corpus.Document {
	tb.Helper()
	d, err := corpus.Parse(name, data)
	if err != nil {
		tb.Fatalf("Parse(%s): %v", name, err)
	}
	return d
}

// cited is a document's passages without their places.
func cited(d *corpus.Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, p.Citation()+": "+p.Text)
	}
	return out
}

// TestWorkbookSameAsCSV: a sheet saved as CSV, and the same sheet saved
// by LibreOffice as an Excel workbook and as an OpenDocument spreadsheet,
// give the same passages: a revision tracker's groups, dates and decimal
// numbers; a database of notes, its cells of many lines; a list with no
// header. A workbook's passages are at its rows, which are the CSV's
// lines but where a CSV's cell runs over lines.
func TestWorkbookSameAsCSV(t *testing.T) {
	for _, tc := range []struct {
		csv       string
		sameLines bool
	}{
		{"tracker.csv", true},
		{"painting.csv", false},
		{"rivers.tsv", true},
	} {
		base := strings.TrimSuffix(strings.TrimSuffix(tc.csv, ".csv"), ".tsv")
		want := mustParse(t, tc.csv, mustRead(t, tc.csv))
		for _, ext := range []string{".xlsx", ".ods"} {
			t.Run(base+ext, func(t *testing.T) {
				got := mustParse(t, base+ext, mustRead(t, base+ext))
				if got.Title != want.Title {
					t.Errorf("title %q, want %q", got.Title, want.Title)
				}
				if got.Unit != "row" {
					t.Errorf("unit %q, want row", got.Unit)
				}
				g, w := cited(got), cited(want)
				if tc.sameLines {
					g, w = passages(got), passages(want)
				}
				if !slices.Equal(g, w) {
					t.Errorf("passages\n%s\nwant (%s)\n%s", strings.Join(g, "\n"), tc.csv, strings.Join(w, "\n"))
				}
			})
		}
	}
}

// TestWorkbookSheets reads a workbook of six sheets, saved as .ods and
// as .xlsx: a section a sheet with text, in the tabs' order, but the
// hidden one and the empty one (its empty rows repeated to the sheet's
// end); the first sheet's merged title row titles the document, another
// sheet's is a section under its sheet's, or names the sheet in place of
// "Sheet6"; a cell of rich text (bold, italic runs) and two paragraphs
// read whole, a formula's value, a comment after its cell's value; a topic merged down
// its rows groups them; dates written as ISO dates.
func TestWorkbookSheets(t *testing.T) {
	want := []string{
		"Emergency provisions › Polity › 1 (line 3): Article: 352; Subject: National emergency; Notes: War, external aggression or armed rebellion approved within one month",
		"Emergency provisions › Polity › 2 (line 4): Article: 360; Subject: Financial emergency; Notes: Never declared so far (note: check this)",
		"Emergency provisions › Rivers › 1 (line 1): Ganga: Rises at Gangotri as the Bhagirathi and meets the Alaknanda at Devprayag.",
		"Emergency provisions › Rivers › 2 (line 2): Kosi: Called the sorrow of Bihar for its floods.",
		"Emergency provisions › Labour › Labour codes tracker › Basics › 1 (line 3): Fact: Labour is in the Concurrent List.; Revised on: 2025-01-07",
		"Emergency provisions › Labour › Labour codes tracker › Basics › 2 (line 4): Fact: 29 laws became 4 codes.; Revised on: 2025-02-11",
		"Emergency provisions › Labour › Labour codes tracker › Wages › 1 (line 5): Fact: The Centre fixes a floor wage.; Revised on: 2025-03-01",
		"Emergency provisions › Labour › Labour codes tracker › Wages › 2 (line 6): Fact: It is Rs 178, unrevised since 2019.; Revised on: 2025-03-02",
		"Emergency provisions › Schemes and ministries › 1 (line 3): Scheme: PM-KISAN; Ministry: Agriculture",
		"Emergency provisions › Schemes and ministries › 2 (line 4): Scheme: Jal Jeevan Mission; Ministry: Jal Shakti",
	}
	for _, tc := range []struct{ name, format string }{
		{"book.xlsx", "Excel workbook"},
		{"book.ods", "OpenDocument spreadsheet"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			d := mustParse(t, tc.name, mustRead(t, tc.name))
			if d.Format != tc.format || d.Title != "Emergency provisions" {
				t.Errorf("format %q, title %q; want %q, %q", d.Format, d.Title, tc.format, "Emergency provisions")
			}
			if got := passages(d); !slices.Equal(got, want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
			}
		})
		t.Run(tc.name+" by its content", func(t *testing.T) {
			if got := corpus.FormatOf(mustRead(t, tc.name)); got != tc.format {
				t.Errorf("FormatOf(%s) = %q, want %q", tc.name, got, tc.format)
			}
		})
	}
}

// zipOf zips parts, a name and its text each, stored: a "mimetype" must
// be, and the others are quicker so (what deflated parts do is in the
// files of testdata).
func zipOf(tb testing.TB, parts ...string) []byte {
	tb.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	for i := 0; i+1 < len(parts); i += 2 {
		w, err := z.CreateHeader(&zip.FileHeader{Name: parts[i], Method: zip.Store})
		if err != nil {
			tb.Fatal(err)
		}
		if _, err := w.Write([]byte(parts[i+1])); err != nil {
			tb.Fatal(err)
		}
	}
	if err := z.Close(); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// An xsheet is a sheet of a workbook made by xlsxOf: its name, its state
// ("hidden"), its worksheet's XML within <worksheet>, and the XML of its
// comments part within <comments>, if any.
type xsheet struct{ name, state, xml, comments string }

// xlsxOf makes an Excel workbook of sheets, its shared strings shared
// (the <si>s) and its workbookPr's attributes pr. Its cell styles are 0
// General, 1 a percentage (built in), 2 a date and time ("d-mmm-yy
// h:mm"), 3 a date (built in), 4 a time, 5 a percentage ("0.0%"). Its
// first sheet's part is named by an absolute path, and a chart sheet
// follows the others.
func xlsxOf(tb testing.TB, pr, shared string, sheets ...xsheet) []byte {
	tb.Helper()
	var book, rels strings.Builder
	var parts []string
	for i, s := range sheets {
		fmt.Fprintf(&book, `<sheet name=%q sheetId="%d" state=%q r:id="rId%d"/>`, s.name, i+1, s.state, i+1)
		target := fmt.Sprintf("worksheets/sheet%d.xml", i+1)
		if i == 0 {
			target = "/xl/" + target
		}
		fmt.Fprintf(&rels, `<Relationship Id="rId%d" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="%s"/>`, i+1, target)
		parts = append(parts, fmt.Sprintf("xl/worksheets/sheet%d.xml", i+1),
			`<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships">`+s.xml+`</worksheet>`)
		if s.comments != "" {
			parts = append(parts, fmt.Sprintf("xl/worksheets/_rels/sheet%d.xml.rels", i+1),
				fmt.Sprintf(`<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments" Target="../comments%d.xml"/></Relationships>`, i+1),
				fmt.Sprintf("xl/comments%d.xml", i+1), `<?xml version="1.0"?><comments xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">`+s.comments+`</comments>`)
		}
	}
	book.WriteString(`<sheet name="Chart1" sheetId="99" r:id="rIdC"/>`)
	rels.WriteString(`<Relationship Id="rIdC" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/chartsheet" Target="chartsheets/sheet1.xml"/>`)
	return zipOf(tb, append([]string{
		"[Content_Types].xml", `<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>`,
		"_rels/.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/></Relationships>`,
		"xl/workbook.xml", `<?xml version="1.0"?><workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"><workbookPr ` + pr + `/><sheets>` + book.String() + `</sheets></workbook>`,
		"xl/_rels/workbook.xml.rels", `<?xml version="1.0"?><Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() +
			`<Relationship Id="rIdS" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>` +
			`<Relationship Id="rIdY" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/styles" Target="styles.xml"/></Relationships>`,
		"xl/sharedStrings.xml", `<?xml version="1.0"?><sst xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` + shared + `</sst>`,
		"xl/styles.xml", `<?xml version="1.0"?><styleSheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main">` +
			`<numFmts count="3"><numFmt numFmtId="164" formatCode="d\-mmm\-yy h:mm"/><numFmt numFmtId="165" formatCode="[$-409]h:mm\ AM/PM;@"/><numFmt numFmtId="166" formatCode="0.0%"/></numFmts>` +
			`<cellStyleXfs count="1"><xf numFmtId="14"/></cellStyleXfs>` +
			`<cellXfs count="6"><xf numFmtId="0"/><xf numFmtId="9"/><xf numFmtId="164"/><xf numFmtId="14"/><xf numFmtId="165"/><xf numFmtId="166"/></cellXfs></styleSheet>`,
	}, parts...)...)
}

// odsOf makes an OpenDocument spreadsheet of the tables (<table:table>s)
// given, a table style "hidden" hiding one.
func odsOf(tb testing.TB, tables string) []byte {
	tb.Helper()
	return zipOf(tb,
		"mimetype", "application/vnd.oasis.opendocument.spreadsheet",
		"content.xml", `<?xml version="1.0" encoding="UTF-8"?><office:document-content xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:style="urn:oasis:names:tc:opendocument:xmlns:style:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" xmlns:dc="http://purl.org/dc/elements/1.1/" office:version="1.3">`+
			`<office:automatic-styles><style:style style:name="hidden" style:family="table"><style:table-properties table:display="false"/></style:style></office:automatic-styles>`+
			`<office:body><office:spreadsheet>`+tables+`</office:spreadsheet></office:body></office:document-content>`,
		"META-INF/manifest.xml", `<?xml version="1.0" encoding="UTF-8"?><manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/></manifest:manifest>`)
}

// facts is the shared strings of the workbooks of TestWorkbookCells.
const facts = `<si><t>Term</t></si><si><t>Meaning</t></si>` +
	`<si><r><rPr><b/></rPr><t>Fiscal</t></r><r><t xml:space="preserve"> deficit</t></r><rPh sb="0" eb="1"><t>フィスカル</t></rPh><phoneticPr fontId="1"/></si>` +
	`<si><t>Borrowing_x000D_
needed</t></si><si><t>A_x005F_x0041_B</t></si><si><t>Year</t></si><si><t>Share</t></si><si><t>Passed</t></si><si><t>Revised</t></si><si><t xml:space="preserve">   </t></si>`

// factsHeader is the header row of the workbooks of TestWorkbookCells.
const factsHeader = `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>5</v></c><c r="D1" t="s"><v>6</v></c><c r="E1" t="s"><v>7</v></c><c r="F1" t="s"><v>8</v></c></row>`

// TestWorkbookCells reads the cells of workbooks made here: shared
// strings of rich text (its runs joined, a phonetic guide left out) and
// escaped characters; inline strings; a cell left out leaving the others
// in their columns, by their references, and cells without one in
// order; a formula's cached value; numbers to 15 digits, percentages,
// dates and times in the 1900 and 1904 systems; booleans and errors as
// Excel shows them; a cell's note after its value, without its author's
// name, a threaded comment read from its stand-in without the stand-in's
// words about itself; a hidden sheet and a chart
// sheet left out. And an OpenDocument's rows and cells repeated (empty
// ones a million times), a cell's spaces, tabs and paragraphs, its comment
// after them (not its author), a drawing in a cell left out, covered
// cells; a one-sheet workbook under a merged
// title row titled by it.
func TestWorkbookCells(t *testing.T) {
	rows := factsHeader +
		`<row r="2"><c r="A2" t="s"><v>2</v></c><c r="C2"><v>2003</v></c><c r="D2" s="1"><v>3.5000000000000003E-2</v></c><c r="E2" t="b"><v>1</v></c><c r="F2" s="2"><v>%s</v></c></row>` +
		`<row><c t="inlineStr"><is><r><t>Revenue</t></r><r><t xml:space="preserve"> deficit</t></r></is></c><c t="str"><f>B2&amp;"x"</f><v>Revenue minus spending</v></c><c><v>1.5E+3</v></c><c s="5" t="e"><v>#N/A</v></c><c t="b"><v>0</v></c><c s="4"><v>0.84375</v></c></row>` +
		`<row r="5"><c r="A5" t="s"><v>3</v></c><c r="B5" t="s"><v>4</v></c><c r="C5"><v>0.30000000000000004</v></c><c r="D5" s="5"><v>0.125</v></c><c r="E5" t="s"><v>9</v></c><c r="F5" s="3"><v>%s</v></c></row>`
	hidden := xsheet{"Answers", "hidden", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Secret</t></is></c><c r="B1" t="inlineStr"><is><t>Do not read this</t></is></c></row></sheetData>`, ""}
	for _, tc := range []struct {
		name string
		data []byte
		want []string
	}{
		{"facts.xlsx", xlsxOf(t, "", facts, xsheet{"Facts", "", "<sheetData>" + fmt.Sprintf(rows, "45664.84375", "45699") + "</sheetData>",
			`<authors><author>Priya</author></authors><commentList><comment ref="A2" authorId="0"><text><r><rPr><b/></rPr><t>Priya:</t></r><r><t xml:space="preserve">
FRBM target: 3% of GDP</t></r></text></comment>` +
				`<comment ref="B5" authorId="0"><text><t>[Threaded comment]

Your version of Excel allows you to read this threaded comment; however, any edits to it will get removed. Learn more: https://go.microsoft.com/fwlink/?linkid=870924

Comment:
    Is this the right formula?
Reply:
    Yes, as the budget writes it</t></text></comment></commentList>`}, hidden),
			[]string{
				"facts › Table › 1 (line 2): Term: Fiscal deficit (note: FRBM target: 3% of GDP); Year: 2003; Share: 3.5%; Passed: TRUE; Revised: 2025-01-07 20:15",
				"facts › Table › 2 (line 3): Term: Revenue deficit; Meaning: Revenue minus spending; Year: 1500; Share: #N/A; Passed: FALSE; Revised: 20:15",
				"facts › Table › 3 (line 5): Term: Borrowing needed; Meaning: A_x0041_B (note: Is this the right formula? Reply: Yes, as the budget writes it); Year: 0.3; Share: 12.5%; Revised: 2025-02-11",
			}},
		{"facts 1904.xlsx", xlsxOf(t, `date1904="1"`, facts, xsheet{"Facts", "", "<sheetData>" + fmt.Sprintf(rows, "44202.84375", "44237") + "</sheetData>", ""}),
			[]string{
				"facts 1904 › Table › 1 (line 2): Term: Fiscal deficit; Year: 2003; Share: 3.5%; Passed: TRUE; Revised: 2025-01-07 20:15",
				"facts 1904 › Table › 2 (line 3): Term: Revenue deficit; Meaning: Revenue minus spending; Year: 1500; Share: #N/A; Passed: FALSE; Revised: 20:15",
				"facts 1904 › Table › 3 (line 5): Term: Borrowing needed; Meaning: A_x0041_B; Year: 0.3; Share: 12.5%; Revised: 2025-02-11",
			}},
		{"repeated.ods", odsOf(t, `<table:table table:name="Schemes">`+
			`<table:table-column table:number-columns-repeated="16384"/>`+
			`<table:table-row table:number-rows-repeated="3"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`+
			`<table:table-row><table:table-cell office:value-type="string"><text:p>Scheme</text:p></table:table-cell><table:table-cell table:number-columns-repeated="2"/><table:table-cell office:value-type="string"><text:p>Ministry</text:p></table:table-cell><table:table-cell table:number-columns-repeated="16380"/></table:table-row>`+
			`<table:table-row table:number-rows-repeated="2"><table:table-cell office:value-type="string"><text:p>PM-KISAN</text:p></table:table-cell><table:covered-table-cell table:number-columns-repeated="2"><text:p>stale</text:p></table:covered-table-cell><table:table-cell office:value-type="string"><text:p>Agri<text:span>culture</text:span></text:p></table:table-cell></table:table-row>`+
			`<table:table-row table:number-rows-repeated="1048000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`+
			`<table:table-row><table:table-cell office:value-type="string"><text:p>Jal<text:s text:c="1000000000"/>Jeevan<text:tab/>Mission</text:p><text:p>(rural taps)</text:p><office:annotation><dc:creator>R.</dc:creator><text:p>check the year</text:p></office:annotation><draw:frame><draw:text-box><text:p>a picture's caption</text:p></draw:text-box></draw:frame></table:table-cell>`+
			`<table:table-cell office:value-type="float" office:value="3"/><table:table-cell office:value-type="percentage" office:value="0.45"><text:p>45%</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Jal Shakti</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"/></table:table-row>`+
			`<table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row>`+
			`</table:table>`+
			`<table:table table:name="Secret" table:style-name="hidden"><table:table-row><table:table-cell office:value-type="string"><text:p>Answer key</text:p></table:table-cell></table:table-row></table:table>`),
			[]string{
				"repeated › Table › 1 (line 5): Scheme: PM-KISAN; Ministry: Agriculture",
				"repeated › Table › 2 (line 6): Scheme: PM-KISAN; Ministry: Agriculture",
				"repeated › Table › 3 (line 1048007): Scheme: Jal Jeevan Mission (rural taps) (note: check the year); 3; 45%; Ministry: Jal Shakti; TRUE",
			}},
		{"titled.ods", odsOf(t, `<table:table table:name="Sheet1">`+
			`<table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Rivers of the Ganga basin</text:p></table:table-cell><table:covered-table-cell/></table:table-row>`+
			`<table:table-row><table:table-cell office:value-type="string"><text:p>River</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Rises at</text:p></table:table-cell></table:table-row>`+
			`<table:table-row><table:table-cell office:value-type="string"><text:p>Yamuna</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Yamunotri</text:p></table:table-cell></table:table-row>`+
			`<table:table-row><table:table-cell office:value-type="string"><text:p>Son</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>Amarkantak</text:p></table:table-cell></table:table-row>`+
			`</table:table><table:table table:name="Sheet2"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="1024"/></table:table-row></table:table>`),
			[]string{
				"Rivers of the Ganga basin › Table › 1 (line 3): River: Yamuna; Rises at: Yamunotri",
				"Rivers of the Ganga basin › Table › 2 (line 4): River: Son; Rises at: Amarkantak",
			}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			start := time.Now()
			d := mustParse(t, tc.name, tc.data)
			if got := passages(d); !slices.Equal(got, tc.want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tc.want, "\n"))
			}
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
}

// cfb is the start of a compound file (an encrypted workbook, an old
// .xls) holding a stream named name.
func cfb(name string) []byte {
	data := []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + strings.Repeat("\x00", 504))
	for _, u := range utf16.Encode([]rune(name)) {
		data = append(data, byte(u), byte(u>>8))
	}
	return data
}

// rawZip zips one part, its bytes already deflated, its header saying
// size bytes unzipped.
func rawZip(tb testing.TB, name string, text []byte, size uint64) []byte {
	tb.Helper()
	var deflated bytes.Buffer
	w, _ := flate.NewWriter(&deflated, flate.BestSpeed)
	w.Write(text)
	w.Close()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	part, err := z.CreateRaw(&zip.FileHeader{Name: name, Method: zip.Deflate, CRC32: crc32.ChecksumIEEE(text),
		CompressedSize64: uint64(deflated.Len()), UncompressedSize64: size})
	if err != nil {
		tb.Fatal(err)
	}
	part.Write(deflated.Bytes())
	z.Close()
	return b.Bytes()
}

// TestBadWorkbooks: a damaged, encrypted, old or empty workbook, a zip
// bomb and a sheet too wide are problems, told as such, and quickly.
func TestBadWorkbooks(t *testing.T) {
	book := mustRead(t, "book.xlsx")
	flipped := bytes.Clone(book)
	at := bytes.Index(flipped, []byte("xl/worksheets/sheet1.xml")) + len("xl/worksheets/sheet1.xml") + 40 // in the part's deflated bytes
	flipped[at] ^= 0xff
	sheet1 := `<worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`
	for _, tc := range []struct{ name, want string }{
		{"damaged zip.xlsx", "damaged workbook: cannot unzip this .xlsx (zip: not a valid zip file)"},
		{"damaged part.xlsx", "damaged workbook: xl/worksheets/sheet1.xml: "},
		{"encrypted.xlsx", "password-protected workbook: save it without a password"},
		{"old.xlsx", "an old Excel workbook (.xls), not .xlsx: save it as .xlsx"},
		{"encrypted.ods", "password-protected workbook: save it without a password"},
		{"not a workbook.xlsx", "not an Excel workbook (.xlsx): it holds no xl/workbook.xml"},
		{"no content.ods", "not an OpenDocument spreadsheet (.ods): it holds no content.xml"},
		{"empty.xlsx", "an empty workbook: no sheet holds text"},
		{"empty.ods", "an empty workbook: no sheet holds text"},
		{"bomb.xlsx", "workbook too large: a part unzips to more than 64 MB"},
		{"lying bomb.xlsx", "damaged workbook: xl/worksheets/sheet1.xml: zip: not a valid zip file"},
		{"wide.xlsx", `sheet "Wide": row 1: more than 100 columns`},
		{"wide.ods", `sheet "Wide": row 1: more than 100 columns`},
		{"long.ods", "too many rows: more than 100000; split the workbook"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			var data []byte
			switch tc.name {
			case "damaged zip.xlsx":
				data = book[:len(book)/2]
			case "damaged part.xlsx":
				data = flipped
			case "encrypted.xlsx":
				data = cfb("EncryptedPackage")
			case "old.xlsx":
				data = cfb("Workbook")
			case "encrypted.ods":
				data = zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet", "content.xml", "\x8f\x13garbled",
					"META-INF/manifest.xml", `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data manifest:checksum-type="SHA1/1K"/></manifest:file-entry></manifest:manifest>`)
			case "not a workbook.xlsx":
				data = zipOf(t, "notes.txt", "hello")
			case "no content.ods":
				data = zipOf(t, "mimetype", "application/vnd.oasis.opendocument.spreadsheet")
			case "empty.xlsx":
				data = xlsxOf(t, "", "", xsheet{"Sheet1", "", `<sheetData><row r="1"><c r="A1" s="1"/></row></sheetData>`, ""}, xsheet{"Sheet2", "hidden", `<sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData>`, ""})
			case "empty.ods":
				data = odsOf(t, `<table:table table:name="Sheet1"><table:table-row table:number-rows-repeated="1048576"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`)
			case "bomb.xlsx":
				data = rawZip(t, "xl/workbook.xml", []byte("<workbook/>"), 1<<40)
			case "lying bomb.xlsx":
				body := bytes.Repeat([]byte("<c><v>1</v></c>"), 1<<16)
				text := append(append([]byte(sheet1[:len(sheet1)-len("</sheetData></worksheet>")]), body...), "</sheetData></worksheet>"...)
				b := rawZip(t, "xl/worksheets/sheet1.xml", text, 200)
				data = mergeZips(t, xlsxOf(t, "", "", xsheet{"S", "", "", ""}), b)
			case "wide.xlsx":
				data = xlsxOf(t, "", "", xsheet{"Wide", "", `<sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="CW1" t="inlineStr"><is><t>b</t></is></c></row></sheetData>`, ""})
			case "wide.ods":
				data = odsOf(t, `<table:table table:name="Wide"><table:table-row><table:table-cell table:number-columns-repeated="1000000000" office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`)
			case "long.ods":
				data = odsOf(t, `<table:table table:name="Long"><table:table-row table:number-rows-repeated="1000000000"><table:table-cell office:value-type="string"><text:p>x</text:p></table:table-cell></table:table-row></table:table>`)
			}
			start := time.Now()
			_, err := corpus.Parse(tc.name, data)
			if err == nil || !strings.Contains(err.Error(), tc.name+": "+tc.want) {
				t.Errorf("Parse(%s) error %v, want %q", tc.name, err, tc.want)
			}
			if took := time.Since(start); took > 2*time.Second {
				t.Errorf("took %v", took)
			}
		})
	}
}

// mergeZips returns the zip a with the parts of b in place of its own of
// the same names.
func mergeZips(tb testing.TB, a, b []byte) []byte {
	tb.Helper()
	za, err := zip.NewReader(bytes.NewReader(a), int64(len(a)))
	if err != nil {
		tb.Fatal(err)
	}
	zb, err := zip.NewReader(bytes.NewReader(b), int64(len(b)))
	if err != nil {
		tb.Fatal(err)
	}
	var out bytes.Buffer
	z := zip.NewWriter(&out)
	for _, f := range append(zb.File, za.File...) {
		if f.Name == "xl/worksheets/sheet1.xml" && !slices.Contains(zb.File, f) {
			continue
		}
		if err := z.Copy(f); err != nil {
			tb.Fatal(err)
		}
	}
	z.Close()
	return out.Bytes()
}

// FuzzWorkbook: any worksheet put in an Excel workbook beside any shared
// strings, and any sheets put in an OpenDocument's content.xml (a part
// that starts "ods:"), convert or fail with an error, never a panic, with
// a row for every line, in UTF-8. (Its inputs are parts, not whole files:
// a file's bytes changed fail its zip's checksums.)
func FuzzWorkbook(f *testing.F) {
	f.Add(factsHeader+`<row r="2"><c r="B2" t="s"><v>2</v></c><c r="C2" s="2"><v>45664.5</v></c><c r="D2" s="5"><v>1E-7</v></c></row><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="A2:A9"/></mergeCells>`, facts)
	f.Add(`<sheetData><row r="3"><c r="C3" t="s"><v>3</v></c></row><row r="1"><c r="A1" t="inlineStr"><is><t>x</t></is></c><c r="B1"><v>1</v></c></row><row r="2"><c r="B2"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A1:B1"/><mergeCell ref="B1:B3"/></mergeCells>`, facts)
	f.Add(`<sheetData><row><c t="b"><v>1</v></c><c s="4"><v>0.5</v></c><c t="d"><v>2025-01-07T20:15:00Z</v></c></row><row><c t="s"><v>1</v></c><c t="s"><v>0</v></c></row></sheetData>`, `<si><t>a_x000D_b</t></si><si><r><t>c</t></r><rPh><t>d</t></rPh></si>`)
	f.Add(`ods:<table:table table:name="T"><table:table-row table:number-rows-repeated="4"><table:table-cell table:number-rows-spanned="3" table:number-columns-spanned="2" office:value-type="string"><text:p>a<text:s text:c="4"/>b</text:p></table:table-cell><table:covered-table-cell/><table:table-cell office:value-type="date" office:date-value="2025-01-07T20:15:00"/></table:table-row></table:table>`, "")
	f.Add(`ods:<table:table table:name="A"><table:table-row><table:table-cell table:number-columns-spanned="2" office:value-type="string"><text:p>Title</text:p></table:table-cell></table:table-row><table:table-row><table:table-cell><text:p>x</text:p><text:p>y</text:p></table:table-cell><table:table-cell office:value-type="time" office:time-value="PT20H15M00S"/></table:table-row></table:table><table:table table:name="B" table:style-name="hidden"/>`, "")
	f.Fuzz(func(t *testing.T, part, shared string) {
		convert, data := sheet.ConvertXlsx, []byte(nil)
		if ods, ok := strings.CutPrefix(part, "ods:"); ok {
			convert, data = sheet.ConvertOds, odsOf(t, ods)
		} else {
			data = xlsxOf(t, "", shared, xsheet{"S", "", part, ""}, xsheet{"T", "", part, ""})
		}
		c, err := convert(data)
		if err != nil {
			return
		}
		if lines := strings.Count(string(c.Text), "\n"); len(c.Origin) != lines {
			t.Fatalf("%d origins for %d lines", len(c.Origin), lines)
		}
		if !utf8.Valid(c.Text) {
			t.Fatalf("not UTF-8: %q", c.Text)
		}
		if i := slices.IndexFunc(c.Origin, func(n int) bool { return n < 1 }); i >= 0 {
			t.Fatalf("line %d at row %d", i+1, c.Origin[i])
		}
	})
}

// FuzzSameAsCSV: rows of cells saved as CSV, and put in an Excel
// workbook (inline strings) and an OpenDocument spreadsheet (a paragraph
// a line of a cell), read the same: the same passages, or a problem for
// each. Its input is rows a line each, their cells apart at "|", a "\v"
// a line break in a cell; commas, semicolons, tabs and quotes are left
// out, so that the CSV is split at its commas.
func FuzzSameAsCSV(f *testing.F) {
	f.Add("Article|Subject|Notes\n352|National emergency|War or armed rebellion\v approved within a month\n\n360|Financial emergency|Never declared")
	f.Add("#|Topic|Sub-topic|Fact\n1|Basics|Position|Labour is in the Concurrent List.\n2|Basics|Position|Entries 22 to 24 cover it.\n3|Wages|Floor wage|The Centre fixes it.")
	f.Add("Ganga|Rises at Gangotri.\nKosi||Sorrow of Bihar.\n |\v")
	f.Add("Name|Notes\nA|one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty twenty-one twenty-two twenty-three twenty-four twenty-five\v• a bullet\nB|- b one\v- b two c d e f g h i j k l m n o p q r s t u v w x y z aa bb cc")
	f.Fuzz(func(t *testing.T, in string) {
		if !utf8.ValidString(in) {
			return
		}
		var rows [][]string
		for l := range strings.SplitSeq(in, "\n") {
			var cells []string
			for c := range strings.SplitSeq(l, "|") {
				c = strings.Map(func(r rune) rune {
					switch {
					case r == '\v':
						return '\n'
					case strings.ContainsRune(",;\t\"\r\ufeff", r), r < ' ', r == '\ufffd', r >= 0xfffe && r <= 0xffff, r >= 0xd800 && r < 0xe000:
						return -1
					}
					return r
				}, c)
				cells = append(cells, c)
			}
			rows = append(rows, cells)
		}
		if len(rows) > 50 || slices.ContainsFunc(rows, func(r []string) bool { return len(r) > 20 }) {
			return
		}
		var csvText bytes.Buffer
		w := csv.NewWriter(&csvText)
		w.WriteAll(rows)
		var xrows, orows strings.Builder
		for i, r := range rows {
			fmt.Fprintf(&xrows, `<row r="%d">`, i+1)
			orows.WriteString("<table:table-row>")
			for j, c := range r {
				var x bytes.Buffer
				xml.EscapeText(&x, []byte(c))
				if c != "" {
					fmt.Fprintf(&xrows, `<c r="%s%d" t="inlineStr"><is><t xml:space="preserve">%s</t></is></c>`, string(rune('A'+j)), i+1, x.String())
				}
				orows.WriteString(`<table:table-cell office:value-type="string">`)
				for p := range strings.SplitSeq(x.String(), "&#xA;") {
					orows.WriteString("<text:p>" + p + "</text:p>")
				}
				orows.WriteString("</table:table-cell>")
			}
			xrows.WriteString("</row>")
			orows.WriteString("</table:table-row>")
		}
		want, werr := corpus.Parse("x.csv", csvText.Bytes())
		for name, data := range map[string][]byte{
			"x.xlsx": xlsxOf(t, "", "", xsheet{"x", "", "<sheetData>" + xrows.String() + "</sheetData>", ""}),
			"x.ods":  odsOf(t, `<table:table table:name="x">`+orows.String()+`</table:table>`),
		} {
			got, err := corpus.Parse(name, data)
			if (err == nil) != (werr == nil) {
				t.Fatalf("%s: error %v, CSV's %v\n%q", name, err, werr, csvText.String())
			}
			if err != nil {
				continue
			}
			if g, w := cited(got), cited(want); !slices.Equal(g, w) {
				t.Fatalf("%s: passages\n%s\nCSV's\n%s\n%q", name, strings.Join(g, "\n"), strings.Join(w, "\n"), csvText.String())
			}
		}
	})
}

// BenchmarkConvert reads a sheet of 5,000 rows of 6 columns saved as CSV,
// as an Excel workbook and as an OpenDocument spreadsheet.
func BenchmarkConvert(b *testing.B) {
	const n = 5000
	var csv, sst, xrows, orows strings.Builder
	csv.WriteString("Term,Meaning,Year,Share,Passed,Revised\n")
	xrows.WriteString(factsHeader)
	orows.WriteString(`<table:table table:name="Terms"><table:table-row>`)
	for _, h := range []string{"Term", "Meaning", "Year", "Share", "Passed", "Revised"} {
		orows.WriteString(`<table:table-cell office:value-type="string"><text:p>` + h + `</text:p></table:table-cell>`)
	}
	orows.WriteString(`</table:table-row>`)
	sst.WriteString(facts)
	for i := range n {
		term, meaning := fmt.Sprintf("Term %d", i), fmt.Sprintf("What term %d means, in a few words more", i)
		fmt.Fprintf(&csv, "%s,%s,%d,0.5,TRUE,2025-01-07\n", term, meaning, 1950+i%75)
		fmt.Fprintf(&sst, "<si><t>%s</t></si><si><t>%s</t></si>", term, meaning)
		fmt.Fprintf(&xrows, `<row r="%d"><c r="A%[1]d" t="s"><v>%d</v></c><c r="B%[1]d" t="s"><v>%d</v></c><c r="C%[1]d"><v>%d</v></c><c r="D%[1]d" s="1"><v>0.5</v></c><c r="E%[1]d" t="b"><v>1</v></c><c r="F%[1]d" s="3"><v>45664</v></c></row>`,
			i+2, 10+2*i, 11+2*i, 1950+i%75)
		fmt.Fprintf(&orows, `<table:table-row><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell><table:table-cell office:value-type="string"><text:p>%s</text:p></table:table-cell><table:table-cell office:value-type="float" office:value="%d"><text:p>%[3]d</text:p></table:table-cell><table:table-cell office:value-type="percentage" office:value="0.5"><text:p>50%%</text:p></table:table-cell><table:table-cell office:value-type="boolean" office:boolean-value="true"><text:p>TRUE</text:p></table:table-cell><table:table-cell office:value-type="date" office:date-value="2025-01-07"><text:p>07/01/25</text:p></table:table-cell></table:table-row>`,
			term, meaning, 1950+i%75)
	}
	orows.WriteString(`<table:table-row table:number-rows-repeated="1043000"><table:table-cell table:number-columns-repeated="16384"/></table:table-row></table:table>`)
	for _, bc := range []struct {
		name    string
		data    []byte
		convert func([]byte) (corpus.Converted, error)
	}{
		{"csv", []byte(csv.String()), sheet.Convert},
		{"xlsx", xlsxOf(b, "", sst.String(), xsheet{"Terms", "", "<sheetData>" + xrows.String() + "</sheetData>", ""}), sheet.ConvertXlsx},
		{"ods", odsOf(b, orows.String()), sheet.ConvertOds},
	} {
		b.Run(bc.name, func(b *testing.B) {
			b.SetBytes(int64(len(bc.data)))
			for b.Loop() {
				if _, err := bc.convert(bc.data); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

// TestLetteredParts: a sheet whose merged first row is the first of its
// lettered parts ("A. Three zones" over "B. BR vs National Park") has its
// parts side by side, not under the first; each part's own header names
// its cells.
func TestLetteredParts(t *testing.T) {
	row := func(cells ...string) string {
		var b strings.Builder
		b.WriteString("<table:table-row>")
		for _, c := range cells {
			b.WriteString(`<table:table-cell office:value-type="string"><text:p>` + c + `</text:p></table:table-cell>`)
		}
		return b.String() + "</table:table-row>"
	}
	merged := func(c string) string {
		return `<table:table-row><table:table-cell table:number-columns-spanned="3" office:value-type="string"><text:p>` + c + `</text:p></table:table-cell><table:covered-table-cell/><table:covered-table-cell/></table:table-row>`
	}
	data := odsOf(t, `<table:table table:name="Overview">`+merged("BIOSPHERE RESERVES")+row("Item", "Detail", "Note")+
		row("What is it", "An area of land and coast for conservation and development", "learn it")+row("First", "Nilgiri in 1986", "")+`</table:table>`+
		`<table:table table:name="Zones">`+merged("A. Three zones")+row("Zone", "Status", "Allowed")+
		row("Core", "legally protected", "research and monitoring only")+row("Buffer", "around the core", "education and eco-tourism")+
		row("B. BR vs National Park")+row("Feature", "Biosphere Reserve", "National Park")+
		row("Law", "none; the environment ministry notifies it, and UNESCO lists it under its MAB programme", "Wildlife (Protection) Act 1972")+`</table:table>`)
	got := cited(mustParse(t, "br.ods", data))
	for _, want := range []string{
		"BIOSPHERE RESERVES › Zones › A. Three zones › 1: Zone: Core; Status: legally protected; Allowed: research and monitoring only",
		"BIOSPHERE RESERVES › Zones › B. BR vs National Park: Feature: Law; Biosphere Reserve: none; the environment ministry notifies it, and UNESCO lists it under its MAB programme; National Park: Wildlife (Protection) Act 1972",
	} {
		if !slices.Contains(got, want) {
			t.Errorf("no passage %q in\n%s", want, strings.Join(got, "\n"))
		}
	}
}

// TestNumbersExport: a workbook Apple Numbers exported opens on its
// "Export Summary" sheet, a note on the export over the list of its tables,
// which is no part of the notes; a table Numbers named for the user
// ("Table 1") leaves its sheet's name alone ("Overview", not "Overview -
// Table 1"), while a sheet of two tables keeps each table's name.
func TestNumbersExport(t *testing.T) {
	row := func(n int, cells ...string) string {
		var b strings.Builder
		fmt.Fprintf(&b, `<row r="%d">`, n)
		for _, c := range cells {
			fmt.Fprintf(&b, `<c t="inlineStr"><is><t>%s</t></is></c>`, c)
		}
		return b.String() + "</row>"
	}
	sheet := func(name string, rows ...string) xsheet {
		return xsheet{name, "", "<sheetData>" + strings.Join(rows, "") + "</sheetData>", ""}
	}
	data := xlsxOf(t, "", "",
		sheet("Export Summary",
			row(1, "This document was exported from Numbers. Each table was converted to an Excel worksheet. All other objects on each Numbers sheet were placed on separate worksheets. Please be aware that formula calculations may differ in Excel."),
			row(3, "Numbers Sheet Name", "Numbers Table Name", "Excel Worksheet Name"),
			row(4, "Overview", "Table 1", "Overview - Table 1"),
			row(5, "Criteria", "Weights", "Criteria - Weights")),
		sheet("Overview - Table 1", row(1, "Term", "Meaning"), row(2, "Divisible pool", "Gross tax revenue less cesses and surcharges")),
		sheet("Criteria - Weights", row(1, "Criterion", "Weight"), row(2, "Income distance", "45")),
		sheet("Criteria - Table 2", row(1, "Criterion", "Source"), row(2, "Area", "Survey of India")),
		sheet("Grants - Local bodies", row(1, "Tier", "Share"), row(2, "Rural", "60%")))
	got := cited(mustParse(t, "fc tracker.xlsx", data))
	want := []string{
		"fc tracker › Overview: Term: Divisible pool; Meaning: Gross tax revenue less cesses and surcharges",
		"fc tracker › Criteria - Weights: Criterion: Income distance; Weight: 45",
		"fc tracker › Criteria - Table 2: Criterion: Area; Source: Survey of India",
		"fc tracker › Grants - Local bodies: Tier: Rural; Share: 60%",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
