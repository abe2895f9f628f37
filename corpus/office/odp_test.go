package office

import (
	"maps"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// TestImpressSameAsPowerPoint reads testdata/notes.odp, which LibreOffice
// converted from testdata/notes.pptx (`soffice --headless --convert-to odp
// notes.pptx`; the .pptx is a deck made in Impress through its UNO API by
// testdata/notes_deck.py and saved as PowerPoint), and gets the passages
// the .pptx gives: a title slide with a subtitle and notes, a lead-in
// bullet with sub-bullets (which the import writes as a list of its own
// inside the next list's first item), notes of two paragraphs, a table, a
// slide with no title, a diagram of two boxes, a slide of a shape alone
// explained in its notes.
//
// All but those of slide 3, which is hidden: the .pptx marks it
// (show="0") but pptx.go reads every slide, while a hidden page of an
// .odp is left out. The others keep their numbers.
// placed parses a deck and gives each passage as "citation: text (slide n)".
func placed(t *testing.T, name string, data []byte) []string {
	t.Helper()
	_, out := corpustest.Placed(t, name, data)
	return out
}

func TestImpressSameAsPowerPoint(t *testing.T) {
	pptx, err := os.ReadFile("testdata/notes.pptx")
	if err != nil {
		t.Fatal(err)
	}
	odp, err := os.ReadFile("testdata/notes.odp")
	if err != nil {
		t.Fatal(err)
	}
	if !IsOdp(odp) || IsOdp(pptx) || IsPptx(odp) || IsOdt(odp) || IsOdp(odtFile(t, "", `<text:p>x</text:p>`, nil)) {
		t.Error("IsOdp does not tell an OpenDocument presentation from a PowerPoint presentation or an OpenDocument text")
	}
	if f := corpus.FormatOf(odp); f != "OpenDocument presentation" {
		t.Errorf("FormatOf(notes.odp) = %q, want OpenDocument presentation", f)
	}
	var want, hidden []string
	for _, p := range placed(t, "notes.pptx", pptx) {
		if strings.HasSuffix(p, " (slide 3)") {
			hidden = append(hidden, p)
		} else {
			want = append(want, p)
		}
	}
	wantHidden := []string{
		"Fundamental Rights › Backup: old question papers › 1: 2019 Prelims, question 42 asked about Article 17 (slide 3)",
		"Fundamental Rights › Backup: old question papers › 2: Speaker notes: Show only if time remains. (slide 3)",
	}
	if !slices.Equal(hidden, wantHidden) {
		t.Errorf("notes.pptx's hidden slide gives\n%s\nwant\n%s", strings.Join(hidden, "\n"), strings.Join(wantHidden, "\n"))
	}
	dp, err := corpus.Parse("notes.pptx", pptx)
	if err != nil {
		t.Fatal(err)
	}
	do, err := corpus.Parse("notes.odp", odp)
	if err != nil {
		t.Fatal(err)
	}
	if do.Title != dp.Title || do.Subtitle != dp.Subtitle || do.Subtitle == "" {
		t.Errorf("notes.odp is titled %q, %q; want, as notes.pptx is, %q, %q", do.Title, do.Subtitle, dp.Title, dp.Subtitle)
	}
	got := placed(t, "notes.odp", odp)
	if !slices.Equal(got, want) {
		t.Errorf("notes.odp gives\n%s\nwant, as notes.pptx gives,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if len(got) != 13 {
		t.Errorf("%d passages, want 13", len(got))
	}
	if want := "Fundamental Rights › Right to Equality › 2: Article 15 forbids discrimination on grounds of:\n- religion, race and caste\n- sex and place of birth (slide 2)"; !slices.Contains(got, want) {
		t.Errorf("no passage of the lead-in bullet with its sub-bullets, %q", want)
	}
}

const odpNS = odtNS + ` xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0"`

// odpFile makes an OpenDocument presentation of content.xml's automatic
// styles and pages (draw:page elements), and more parts (name to XML).
func odpFile(t testing.TB, styles, pages string, parts map[string]string) []byte {
	t.Helper()
	all := map[string]string{"mimetype": "application/vnd.oasis.opendocument.presentation",
		"content.xml": `<?xml version="1.0" encoding="UTF-8"?><office:document-content ` + odpNS + `><office:automatic-styles>` + styles +
			`</office:automatic-styles><office:body><office:presentation>` + pages + `</office:presentation></office:body></office:document-content>`}
	maps.Copy(all, parts)
	return docx(t, all)
}

// page is a draw:page of frames and shapes, styled style ("" for none).
func page(style string, shapes ...string) string {
	return `<draw:page draw:name="p" draw:style-name="` + style + `" draw:master-page-name="Default">` + strings.Join(shapes, "") + `</draw:page>`
}

// frame is a text frame of presentation:class class ("" for a text box)
// holding paragraphs, each "text", or "2:text" for one at outline level 2
// (three lists deep). An outline's paragraphs at level 0 are in a list
// too, as Impress writes them.
func frame(class string, paras ...string) string {
	attr := ""
	if class != "" {
		attr = ` presentation:class="` + class + `"`
	}
	var b strings.Builder
	b.WriteString(`<draw:frame presentation:style-name="pr1" svg:width="25cm" svg:height="9cm" svg:x="1cm" svg:y="3cm"` + attr + `><draw:text-box>`)
	for _, p := range paras {
		level := 0
		if l, text, ok := strings.Cut(p, ":"); ok && len(l) == 1 && l[0] >= '0' && l[0] <= '9' {
			level, p = int(l[0]-'0'), text
		}
		if level == 0 && class != "outline" {
			b.WriteString(`<text:p text:style-name="P1"><text:span text:style-name="T1">` + p + `</text:span></text:p>`)
			continue
		}
		b.WriteString(strings.Repeat(`<text:list text:style-name="L1"><text:list-item>`, level+1) + `<text:p>` + p + `</text:p>` +
			strings.Repeat(`</text:list-item></text:list>`, level+1))
	}
	b.WriteString(`</draw:text-box></draw:frame>`)
	return b.String()
}

// notes are a page's speaker notes, as Impress writes them: a picture of
// the slide and a frame of the notes' paragraphs.
func notes(paras ...string) string {
	return `<presentation:notes draw:style-name="dp2"><draw:page-thumbnail draw:page-number="1" presentation:class="page"/>` +
		frame("notes", paras...) + `</presentation:notes>`
}

// odpTableFrame is a frame holding a table of rows, cells apart by "|"; a
// cell "~" is one a merged cell covers.
func odpTableFrame(rows ...string) string {
	var b strings.Builder
	b.WriteString(`<draw:frame svg:width="20cm" svg:height="6cm"><table:table table:template-name="default"><table:table-columns><table:table-column/></table:table-columns>`)
	for _, r := range rows {
		b.WriteString(`<table:table-row>`)
		for _, c := range strings.Split(r, "|") {
			if c == "~" {
				b.WriteString(`<table:covered-table-cell/>`)
			} else {
				b.WriteString(`<table:table-cell><text:p>` + c + `</text:p></table:table-cell>`)
			}
		}
		b.WriteString(`</table:table-row>`)
	}
	b.WriteString(`</table:table><draw:image xlink:href="Pictures/TablePreview1.svm" xmlns:xlink="http://www.w3.org/1999/xlink"/></draw:frame>`)
	return b.String()
}

const hiddenStyle = `<style:style style:name="dp1" style:family="drawing-page"><style:drawing-page-properties presentation:display-footer="true"/></style:style>` +
	`<style:style style:name="dp3" style:family="drawing-page"><style:drawing-page-properties presentation:visibility="hidden" presentation:display-footer="true"/></style:style>`

// TestImpress reads what an Impress deck holds, named case by case.
func TestImpress(t *testing.T) {
	meta := map[string]string{"meta.xml": `<office:document-meta ` + odpNS + ` xmlns:dc="http://purl.org/dc/elements/1.1/"><office:meta><dc:title>Polity: Emergency</dc:title></office:meta></office:document-meta>`}
	tests := []struct {
		name   string
		styles string
		pages  []string
		parts  map[string]string
		title  string
		want   []string
	}{{
		name: "nesting",
		pages: []string{
			page("dp1", frame("title", "Emergency Provisions"), frame("subtitle", "Polity, Part XVIII of the Constitution")),
			page("dp1", frame("title", "Kinds"), frame("outline", "Three kinds of emergency:", "1:National (Article 352)", "1:State (Article 356)",
				"2:also called President's Rule", "1:Financial (Article 360)", "None declared under Article 360 so far")),
			// Impress's own writing of a lead-in bullet: its sub-bullets a list
			// inside the first item of a list after it.
			page("dp1", frame("title", "Grounds"), `<draw:frame presentation:class="outline"><draw:text-box>`+
				`<text:list><text:list-item><text:p>A National Emergency may be proclaimed on:</text:p></text:list-item></text:list>`+
				`<text:list><text:list-item><text:list><text:list-item><text:p>war or external aggression</text:p></text:list-item>`+
				`<text:list-item><text:p>armed rebellion (since 1978)</text:p></text:list-item></text:list></text:list-item>`+
				`<text:list-item><text:p>The 44th Amendment replaced "internal disturbance"</text:p></text:list-item></text:list></draw:text-box></draw:frame>`),
		},
		title: "Emergency Provisions",
		want: []string{
			"Emergency Provisions › Kinds › 1: Three kinds of emergency:\n- National (Article 352)\n- State (Article 356)\n  - also called President's Rule\n- Financial (Article 360) (slide 2)",
			"Emergency Provisions › Kinds › 2: None declared under Article 360 so far (slide 2)",
			"Emergency Provisions › Grounds › 1: A National Emergency may be proclaimed on:\n- war or external aggression\n- armed rebellion (since 1978) (slide 3)",
			"Emergency Provisions › Grounds › 2: The 44th Amendment replaced \"internal disturbance\" (slide 3)",
		},
	}, {
		// A slide of two boxes, each a list whose header (no bullet) heads
		// its points; the speaker notes are the slide's, not its last box's.
		name: "list headers",
		pages: []string{
			page("dp1", frame("title", "Emergency Provisions")),
			page("dp1", frame("title", "National vs State"), `<draw:frame presentation:class="outline"><draw:text-box><text:list>`+
				`<text:list-header><text:p>National (Article 352)</text:p></text:list-header><text:list-item><text:p>on war, aggression or armed rebellion</text:p></text:list-item>`+
				`<text:list-item><text:p>approved by Parliament within one month</text:p></text:list-item></text:list></draw:text-box></draw:frame>`+
				`<draw:frame presentation:class="outline"><draw:text-box><text:list><text:list-header><text:p>State (Article 356)</text:p></text:list-header>`+
				`<text:list-item><text:p>on the failure of the constitutional machinery</text:p></text:list-item></text:list></draw:text-box></draw:frame>`,
				notes("Bommai (1994) made Article 356 reviewable.")),
		},
		title: "Emergency Provisions",
		want: []string{
			"Emergency Provisions › National vs State › National (Article 352): - on war, aggression or armed rebellion\n- approved by Parliament within one month (slide 2)",
			"Emergency Provisions › National vs State › State (Article 356): on the failure of the constitutional machinery (slide 2)",
			"Emergency Provisions › National vs State › Speaker notes: Speaker notes: Bommai (1994) made Article 356 reviewable. (slide 2)",
		},
	}, {
		name: "notes",
		pages: []string{
			page("dp1", frame("title", "Emergency Provisions"), notes("Start with the 1975 Emergency.")),
			page("dp1", frame("title", "Effects"), frame("outline", "Centre may direct the States", "Lok Sabha's term may be extended a year at a time"),
				notes("Prelims trap: the extension is one year at a time, not six months.", "Article 358 suspends Article 19 by itself.")),
			page("dp1", `<draw:frame presentation:class="graphic"><draw:image/></draw:frame>`, notes("The timeline shows the three proclamations of 1962, 1971 and 1975.")),
			page("dp1", frame("title", "Empty notes"), frame("outline", "Parliament approves within a month"),
				`<presentation:notes><draw:page-thumbnail/><draw:frame presentation:class="notes" presentation:placeholder="true"><draw:text-box/></draw:frame></presentation:notes>`),
			// a reviewer's comment on a slide, its author and date aside
			page("dp1", frame("title", "Revocation"), frame("outline", "The President may revoke it at any time"),
				`<officeooo:annotation xmlns:officeooo="http://openoffice.org/2009/office" xmlns:dc="http://purl.org/dc/elements/1.1/"><dc:creator>Arjun Nair</dc:creator><dc:date>2025-08-22T22:47:02</dc:date><text:p>The Lok Sabha can force it by a resolution since 1978.</text:p></officeooo:annotation>`),
		},
		title: "Emergency Provisions",
		want: []string{
			"Emergency Provisions › Definition: Speaker notes: Start with the 1975 Emergency. (slide 1)",
			"Emergency Provisions › Effects › 1: - Centre may direct the States\n- Lok Sabha's term may be extended a year at a time (slide 2)",
			"Emergency Provisions › Effects › 2: Speaker notes: Prelims trap: the extension is one year at a time, not six months. (slide 2)",
			"Emergency Provisions › Effects › 3: Speaker notes: Article 358 suspends Article 19 by itself. (slide 2)",
			"Emergency Provisions › Slide 3: Speaker notes: The timeline shows the three proclamations of 1962, 1971 and 1975. (slide 3)",
			"Emergency Provisions › Empty notes: Parliament approves within a month (slide 4)",
			"Emergency Provisions › Revocation › 1: The President may revoke it at any time (slide 5)",
			"Emergency Provisions › Revocation › 2: Comment: The Lok Sabha can force it by a resolution since 1978. (slide 5)",
		},
	}, {
		name:   "hidden slides",
		styles: hiddenStyle,
		pages: []string{
			page("dp3", frame("title", "Draft title"), frame("outline", "Hidden by its style")),
			page("dp1", frame("title", "Proclamation"), frame("outline", "The President proclaims it on the Cabinet's written advice")),
			strings.Replace(page("dp1", frame("title", "Backup"), frame("outline", "Hidden on the page itself")), "<draw:page ", `<draw:page presentation:visibility="hidden" `, 1),
			page("dp1", frame("", "Revision: list the three safeguards the 44th Amendment added.")),
		},
		parts: meta,
		title: "Polity: Emergency",
		want: []string{
			"Polity: Emergency › Proclamation: The President proclaims it on the Cabinet's written advice (slide 2)",
			"Polity: Emergency › Slide 4: Revision: list the three safeguards the 44th Amendment added. (slide 4)",
		},
	}, {
		name: "tables",
		pages: []string{
			page("", frame("title", "Emergency Provisions")),
			page("", frame("title", "Articles"), odpTableFrame("Emergency|Article|Approval", "National|352|~", "State|356|two months")),
			page("", frame("title", "Grouped"), `<draw:g>`+odpTableFrame("Writ|Meaning", "Mandamus|we command")+`</draw:g>`),
		},
		title: "Emergency Provisions",
		want: []string{
			"Emergency Provisions › Articles › 1: Emergency: National; Article: 352 (slide 2)",
			"Emergency Provisions › Articles › 2: Emergency: State; Article: 356; Approval: two months (slide 2)",
			"Emergency Provisions › Grouped: Writ: Mandamus; Meaning: we command (slide 3)",
		},
	}, {
		name: "shapes and furniture",
		pages: []string{
			page("", frame("title", "Buddhism"), frame("footer", "Coaching Centre, Delhi"), frame("page-number", "1")),
			page("", frame("title", "Five great events"),
				`<draw:custom-shape><text:p>1. Birth</text:p><text:p>Lumbini</text:p><text:p>Symbol: Lotus &amp; Bull</text:p><draw:enhanced-geometry draw:type="rectangle"/></draw:custom-shape>`,
				`<draw:connector/>`,
				`<draw:a xlink:href="https://example.org" xmlns:xlink="http://www.w3.org/1999/xlink"><draw:rect><text:p>2. Great Renunciation</text:p><text:p>Kapilavastu</text:p></draw:rect></draw:a>`,
				frame("", "Early art shows the Buddha only through symbols.")),
			page("", `<draw:frame presentation:class="title"><svg:title>Alt text</svg:title><draw:text-box><text:p>Sources<text:s text:c="3"/>of <text:a xlink:href="x" xmlns:xlink="http://www.w3.org/1999/xlink">history</text:a></text:p></draw:text-box></draw:frame>`,
				frame("text", "Jataka tales<text:line-break/>and the Tripitaka")),
		},
		title: "Buddhism",
		want: []string{
			"Buddhism › Five great events: - 1. Birth; Lumbini; Symbol: Lotus & Bull\n- 2. Great Renunciation; Kapilavastu\n- Early art shows the Buddha only through symbols. (slide 2)",
			"Buddhism › Sources of history: Jataka tales and the Tripitaka (slide 3)",
		},
	}, {
		name: "no title slide",
		pages: []string{
			page("", frame("outline", "An untitled first slide")),
			page("", frame("title", "Second"), frame("outline", "Its text")),
		},
		parts: meta,
		title: "Polity: Emergency",
		want: []string{
			"Polity: Emergency › Slide 1: An untitled first slide (slide 1)",
			"Polity: Emergency › Second: Its text (slide 2)",
		},
	}}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			data := odpFile(t, tt.styles, strings.Join(tt.pages, ""), tt.parts)
			d, err := corpus.Parse("deck.odp", data)
			if err != nil {
				t.Fatal(err)
			}
			if d.Title != tt.title || d.Format != "OpenDocument presentation" || d.Unit != "slide" {
				t.Errorf("title %q, format %q, unit %q; want %q, OpenDocument presentation, slide", d.Title, d.Format, d.Unit, tt.title)
			}
			if got := placed(t, "deck.odp", data); !slices.Equal(got, tt.want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

// TestBadImpress: a clear error, never a panic.
func TestBadImpress(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.presentation"), "not an OpenDocument presentation (.odp)"},
		{"no pages", odpFile(t, "", "", nil), "it has no slides"},
		{"an old .ppt", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 and more"), "save it as .odp"},
		{"password", odpFile(t, "", page("", frame("title", "x")), map[string]string{"META-INF/manifest.xml": `<manifest:manifest xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0"><manifest:file-entry manifest:full-path="content.xml"><manifest:encryption-data/></manifest:file-entry></manifest:manifest>`}), "password-protected"},
		{"no text", odpFile(t, "", page("", frame("title", ""), `<draw:custom-shape/>`), nil), "has no text"},
		{"every slide hidden", odpFile(t, hiddenStyle, page("dp3", frame("title", "x")), nil), "every slide of the presentation is hidden"},
		{"damaged", odpFile(t, "", `<draw:page><text:p>x</text:span></draw:page>`, nil), "damaged OpenDocument presentation: content.xml"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConvertOpenDocumentPresentation(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ConvertOpenDocumentPresentation() error = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// FuzzConvertOpenDocumentPresentation: no panic whatever the bytes, and a
// presentation read has a place for each of its lines and some text.
func FuzzConvertOpenDocumentPresentation(f *testing.F) {
	f.Add(odpFile(f, hiddenStyle, page("dp1", frame("title", "Key Points"), frame("outline", "A point", "1:under it"), notes("Said aloud"))+
		page("dp3", frame("title", "Hidden")), nil))
	f.Add(odpFile(f, "", page("", odpTableFrame("a|b", "c|~")), nil))
	f.Add([]byte("PK\x03\x04mimetypeapplication/vnd.oasis.opendocument.presentation"))
	f.Fuzz(func(t *testing.T, data []byte) {
		if c, err := ConvertOpenDocumentPresentation(data); err == nil {
			checkConverted(t, c)
		}
	})
}

// FuzzImpressPages: no panic whatever the pages of content.xml (the
// bytes of a zip rarely reach them), and a presentation read has a place
// for each of its lines and some text.
func FuzzImpressPages(f *testing.F) {
	f.Add(hiddenStyle, page("dp1", frame("title", "Key Points"), frame("outline", "A point", "1:under it", "2:deeper"), notes("Said aloud"))+
		page("dp3", frame("title", "Hidden"))+page("", `<draw:g><draw:custom-shape><text:p>a</text:p><text:p>b</text:p></draw:custom-shape></draw:g>`))
	f.Add("", page("", frame("", "x"), odpTableFrame("a|b", "c|~")))
	f.Fuzz(func(t *testing.T, styles, pages string) {
		if c, err := ConvertOpenDocumentPresentation(odpFile(t, styles, pages, nil)); err == nil {
			checkConverted(t, c)
		}
	})
}

// BenchmarkParseImpress reads a deck of 200 slides of ten bullets and
// notes each and reports passages a second.
func BenchmarkParseImpress(b *testing.B) {
	var pages strings.Builder
	pages.WriteString(page("", frame("title", "Notes on the Constitution")))
	for i := range 200 {
		bullets := make([]string, 10)
		for j := range bullets {
			bullets[j] = strconv.Itoa(j%2) + ":The article lets Parliament make laws on the subjects of the State List, point " + strconv.Itoa(j)
		}
		pages.WriteString(page("", frame("title", "Part "+strconv.Itoa(i+1)), frame("outline", bullets...),
			notes("While the proclamation is in force, for the whole country or a part of it.")))
	}
	corpustest.Benchmark(b, "notes.odp", odpFile(b, "", pages.String(), nil))
}
