package rtf

import (
	"os"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/web" // notes.html, the page the RTF files were saved from
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

func readFile(tb testing.TB, name string) []byte {
	tb.Helper()
	data, err := os.ReadFile(name)
	if err != nil {
		tb.Fatal(err)
	}
	return data
}

// TestSameAsThePage reads testdata/notes.rtf, which LibreOffice saved from
// testdata/notes.html (`soffice --headless --convert-to 'rtf:Rich Text
// Format' notes.html`: heading styles, \listtext bullets and numbers, a
// table, a hyperlink field, \u with \'xx fallbacks), and
// testdata/notes-pandoc.rtf, which pandoc wrote from it (`pandoc -s -f
// html -t rtf`: outline levels, typed bullets and numbers before a tab,
// the title above its first heading), and gets the page's passages from
// both.
func TestSameAsThePage(t *testing.T) {
	page := readFile(t, "testdata/notes.html")
	if IsRTF(page) {
		t.Error("IsRTF(notes.html) = true, want false")
	}
	want := corpustest.Passages(t, "notes.html", page)
	if len(want) < 9 {
		t.Fatalf("the page gives %d passages, want 9", len(want))
	}
	for _, name := range []string{"notes.rtf", "notes-pandoc.rtf"} {
		doc := readFile(t, "testdata/"+name)
		if got := corpustest.Passages(t, name, doc); !slices.Equal(got, want) {
			t.Errorf("%s gives\n%s\nwant, as the page gives,\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
		}
		if f := corpus.FormatOf(doc); f != "rich text (RTF)" {
			t.Errorf("FormatOf(%s) = %q, want rich text (RTF)", name, f)
		}
	}
}

// TestTextEdit reads notes as TextEdit saves them (Cocoa RTF): a title
// set in 18 points, headings in bold at the body's size, bulleted and
// numbered lists, a word in bold inside a paragraph, an en dash in
// Windows-1252 (\'96) and a rupee sign (\uc0\u8377).
func TestTextEdit(t *testing.T) {
	data := readFile(t, "testdata/textedit-notes.rtf")
	d, err := corpus.Parse("gst.rtf", data)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Goods and Services Tax" {
		t.Errorf("title %q, want Goods and Services Tax", d.Title)
	}
	want := []string{
		"Goods and Services Tax › Definition: GST is a destination-based tax on the supply of goods and services. It came into force on 1 July 2017 and replaced a cascade of central and state taxes.",
		"Goods and Services Tax › Key Features › 1: One nation, one tax – a single national market",
		"Goods and Services Tax › Key Features › 2: Dual GST: CGST and SGST on supplies within a state",
		"Goods and Services Tax › Key Features › 3: IGST on supplies between states",
		"Goods and Services Tax › GST Council: Chaired by the Union Finance Minister; the states hold two-thirds of the votes. Its recommendations are not binding on Parliament.",
		"Goods and Services Tax › Rates › 1: - 5% on items of mass use\n- 18% on most goods and services\n- 28% on luxury and sin goods",
		"Goods and Services Tax › Rates › 2: A business with a turnover above ₹40 lakh must register.",
	}
	if got := corpustest.Passages(t, "gst.rtf", data); !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	lines := map[string]int{}
	for _, p := range d.Passages {
		lines[p.Citation()] = p.Line
	}
	if lines["Goods and Services Tax › GST Council"] != 30 || lines["Goods and Services Tax › Rates › 1"] != 39 {
		t.Errorf("passages at lines %v, want GST Council at 30 and Rates › 1 at 39", lines)
	}
}

// TestLibreOfficeFootnote reads testdata/footnote.rtf, which LibreOffice
// saved from an OpenDocument text with a footnote (`pandoc fn.md -o
// fn.odt`, then `soffice --headless --convert-to 'rtf:Rich Text Format'
// fn.odt`): the note, whose last paragraph has no \par, is read at the end
// of its section, not in the middle of the sentence that cites it.
func TestLibreOfficeFootnote(t *testing.T) {
	got := corpustest.Passages(t, "lokpal.rtf", readFile(t, "testdata/footnote.rtf"))
	want := []string{
		"Lokpal › Definition: The Lokpal is an ombudsman. It has eight members.\nSet up in 2013 under the Act.",
		"Lokpal › Members: A chairperson.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestConvertBadInput: what is not RTF, what is damaged and what has no
// text are told so, within bounds.
func TestConvertBadInput(t *testing.T) {
	for _, tc := range []struct {
		name string
		data string
		want string
	}{
		{"not RTF", "{\\rtx1 hello}", "not an RTF file"},
		{"a text file", "Notes on GST\n", "not an RTF file"},
		{"nested deep", `{\rtf1 ` + strings.Repeat("{", 100_000) + "text", "damaged RTF: groups nested more than 512 deep (line 1)"},
		{"no text", `{\rtf1\ansi{\fonttbl{\f0 Arial;}}{\info{\title Only a title}}\pard\par}`, "the RTF file has no text"},
		{"huge \\bin", `{\rtf1\ansi\bin99999999999999 text}`, "the RTF file has no text"},
		{"too many paragraphs", `{\rtf1 ` + strings.Repeat(`a\par `, MaxParagraphs+1) + "}", "more than 200000 paragraphs"},
		{"too many cells", `{\rtf1 ` + strings.Repeat(`\cell `, MaxParagraphs+1) + "}", "more than 200000 paragraphs"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Convert([]byte(tc.data))
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("Convert(%.40q) error %v, want one saying %q", tc.data, err, tc.want)
			}
		})
	}
}

// TestTruncated: a file cut short, its groups left open, is read as far
// as it goes, a footnote open at its end too (after the text, as notes
// that mark no structure are written).
func TestTruncated(t *testing.T) {
	c, err := Convert([]byte(`{\rtf1\ansi{\fonttbl{\f0 Arial;}}\pard{\b Polity}\par\pard Parliament has two houses{\footnote\pard The Lok Sabha and the Raj`))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := string(c.Text), "Polity\nParliament has two houses\n\nThe Lok Sabha and the Raj\n"; got != want {
		t.Errorf("Convert = %q, want %q", got, want)
	}
}

// FuzzConvert: no panic whatever the bytes, and a file read has a place
// for each of its lines, some text, and not many times its own size.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{"notes.rtf", "notes-pandoc.rtf", "textedit-notes.rtf", "footnote.rtf"} {
		f.Add(readFile(f, "testdata/"+name))
	}
	f.Add([]byte(wordHead + `\pard\plain\s1 Bodies\par\trowd\cellx3000\pard\intbl Body\cell\row{\field{\*\fldinst HYPERLINK "x"}{\fldrslt link}}\par}`))
	f.Add([]byte(`{\rtf1{\uc2\u2351\'3f\'3f}{\footnote\pard note}{\*\x{\y}}\bin3 {}\'e9\u-10179?\u-8704?}`))
	f.Add([]byte(`{\rtf1\ansicpg932{\fonttbl{\f0\fcharset128 Mincho;}}\f0\'93\'fa{\shp{\*\shpinst{\sp{\sn x}}{\shptxt box\par}}}\par}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		if lines := strings.Count(string(c.Text), "\n"); len(c.Origin) != lines {
			t.Errorf("%d places for %d lines", len(c.Origin), lines)
		}
		if strings.TrimSpace(string(c.Text)) == "" {
			t.Error("a file with no text read")
		}
		if len(c.Text) > 10*len(data)+100 {
			t.Errorf("%d bytes of text from %d bytes", len(c.Text), len(data))
		}
	})
}

// BenchmarkConvert parses an RTF file as Word writes one, of 2,000
// paragraphs under 100 headings (about 40 pages) with a list and a table
// in each part, and reports passages a second.
func BenchmarkConvert(b *testing.B) {
	var doc strings.Builder
	doc.WriteString(wordHead + `\pard\plain\s15\qc\b\fs40 Notes on the Constitution\par` + "\n")
	for i := range 2000 {
		if i%20 == 0 {
			doc.WriteString(`\pard\plain\s1\outlinelevel0\b\fs32 Part ` + strings.Repeat("I", i/20%5+1) + " of the notes, section " + string(rune('A'+i/20%26)) + `\par` + "\n")
			doc.WriteString(`\pard\plain{\listtext\pard\plain\f1 \'b7\tab}\ls1\ilvl0 The article lets Parliament make laws\par` + "\n")
			doc.WriteString(`\trowd\cellx3000\cellx6000\pard\plain\intbl Article\cell Subject\cell\row\trowd\cellx3000\cellx6000\pard\plain\intbl 249\cell State List\cell\row` + "\n")
		}
		doc.WriteString(`\pard\plain The article lets Parliament make laws on the subjects of the State List while the proclamation is in force, for the whole country\u8212\'97and more.\par` + "\n")
	}
	doc.WriteString("}")
	data := []byte(doc.String())
	corpustest.Benchmark(b, "notes.rtf", data)
}
