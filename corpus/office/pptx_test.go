package office

import (
	"strconv"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

const (
	pns = `xmlns:p="http://schemas.openxmlformats.org/presentationml/2006/main" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" ` +
		`xmlns:r="http://schemas.openxmlformats.org/officeDocument/2006/relationships"`
)

// deck makes a presentation of slides (each the XML of its shapes), listed
// in presentation.xml in the order given, stored under names in reverse
// so that the order read is the list's, not the zip's.
func deck(t testing.TB, slides ...string) []byte {
	t.Helper()
	parts := map[string]string{}
	var ids, rels strings.Builder
	for i, s := range slides {
		n := strconv.Itoa(len(slides) - i)
		ids.WriteString(`<p:sldId id="` + strconv.Itoa(256+i) + `" r:id="rId` + n + `"/>`)
		rels.WriteString(`<Relationship Id="rId` + n + `" Type="slide" Target="slides/slide` + n + `.xml"/>`)
		parts["ppt/slides/slide"+n+".xml"] = `<p:sld ` + pns + `><p:cSld><p:spTree>` + s + `</p:spTree></p:cSld></p:sld>`
	}
	parts["ppt/presentation.xml"] = `<p:presentation ` + pns + `><p:sldIdLst>` + ids.String() + `</p:sldIdLst></p:presentation>`
	parts["ppt/_rels/presentation.xml.rels"] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`
	return docx(t, parts)
}

// shape is a text box: a placeholder of kind ("title", "ctrTitle",
// "subTitle", "" for none) holding paragraphs, each "text" or "2:text" for
// one at level 2.
func shape(kind string, paras ...string) string {
	ph := ""
	if kind != "" {
		ph = `<p:ph type="` + kind + `"/>`
	}
	var b strings.Builder
	b.WriteString(`<p:sp><p:nvSpPr><p:cNvPr id="1" name="x"/><p:cNvSpPr/><p:nvPr>` + ph + `</p:nvPr></p:nvSpPr><p:txBody><a:bodyPr/>`)
	for _, p := range paras {
		lvl := ""
		if l, text, ok := strings.Cut(p, ":"); ok && len(l) == 1 && l[0] >= '0' && l[0] <= '9' {
			lvl, p = ` lvl="`+l+`"`, text
		}
		b.WriteString(`<a:p><a:pPr` + lvl + `/><a:r><a:rPr lang="en-IN"/><a:t>` + p + `</a:t></a:r></a:p>`)
	}
	b.WriteString(`</p:txBody></p:sp>`)
	return b.String()
}

// TestSlides reads a deck as coaching classes make them: a title slide,
// slides of bullets at two levels (one in a group of shapes), a slide with
// a table and one with no title.
func TestSlides(t *testing.T) {
	table := `<p:graphicFrame><a:graphic><a:graphicData><a:tbl>` +
		`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>Emergency</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>Article</a:t></a:r></a:p></a:txBody></a:tc></a:tr>` +
		`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>National</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>352</a:t></a:r></a:p></a:txBody></a:tc></a:tr>` +
		`<a:tr><a:tc><a:txBody><a:p><a:r><a:t>Financial</a:t></a:r></a:p></a:txBody></a:tc><a:tc><a:txBody><a:p><a:r><a:t>360</a:t></a:r></a:p></a:txBody></a:tc></a:tr>` +
		`</a:tbl></a:graphicData></a:graphic></p:graphicFrame>`
	data := deck(t,
		shape("ctrTitle", "Emergency Provisions")+shape("subTitle", "Polity, GS II"),
		shape("title", "Key Points")+shape("", "Part XVIII of the Constitution holds them", "1:borrowed from the Weimar Constitution")+
			`<p:grpSp>`+shape("", "Three kinds of emergency")+`</p:grpSp>`,
		shape("title", "Articles")+table,
		shape("", "Practice: discuss the 44th Amendment's safeguards."),
	)
	d, err := corpus.Parse("emergency.pptx", data)
	if err != nil {
		t.Fatal(err)
	}
	if d.Title != "Emergency Provisions" {
		t.Errorf("title %q, want the title slide's", d.Title)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text+" (slide "+strconv.Itoa(p.Line)+")")
	}
	want := []string{
		"Emergency Provisions › Key Points › 1: Part XVIII of the Constitution holds them\n- borrowed from the Weimar Constitution (slide 2)",
		"Emergency Provisions › Key Points › 2: Three kinds of emergency (slide 2)",
		"Emergency Provisions › Articles › 1: Emergency: National; Article: 352 (slide 3)",
		"Emergency Provisions › Articles › 2: Emergency: Financial; Article: 360 (slide 3)",
		"Emergency Provisions › Slide 4: Practice: discuss the 44th Amendment's safeguards. (slide 4)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Unit != "slide" {
		t.Errorf("Unit = %q, want slide", d.Unit)
	}
}

// TestDiagramSlide reads a slide as a class draws a process: boxes of a
// few short lines each, joined by arrows (shapes with no text at all),
// and a paragraph with no properties of its own; the slide's number in
// its placeholder is no text. The arrows had stopped the deck from being
// read ("invalid memory address"), and each box's lines were passages
// apart ("Symbol: Horse" without what it is the symbol of).
func TestDiagramSlide(t *testing.T) {
	arrow := `<p:cxnSp><p:nvCxnSpPr><p:cNvPr id="9" name="Arrow"/></p:nvCxnSpPr></p:cxnSp><p:sp><p:nvSpPr><p:cNvPr id="8" name="Right Arrow"/><p:nvPr/></p:nvSpPr></p:sp>`
	bare := `<p:sp><p:nvSpPr><p:cNvPr id="7" name="x"/><p:nvPr/></p:nvSpPr><p:txBody><a:bodyPr/><a:p><a:r><a:t>Early art shows the Buddha only through symbols.</a:t></a:r></a:p></p:txBody></p:sp>`
	data := deck(t,
		shape("ctrTitle", "Buddhism"),
		shape("title", "Five great events")+shape("", "1. Birth", "Lumbini", "Symbol: Lotus & Bull")+arrow+
			shape("", "2. Great Renunciation", "Kapilavastu", "Symbol: Horse")+bare+shape("sldNum", "5"),
	)
	d, err := corpus.Parse("buddhism.pptx", data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{ // short entries, kept together as a list's are
		"Buddhism › Five great events: - 1. Birth; Lumbini; Symbol: Lotus & Bull\n- 2. Great Renunciation; Kapilavastu; Symbol: Horse\n- Early art shows the Buddha only through symbols.",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestDiagramBoxWithText: a box of a diagram that is its title over a
// line of text ("2. Difference" over what a difference is) says one
// thing, however long the text.
func TestDiagramBoxWithText(t *testing.T) {
	data := deck(t,
		shape("ctrTitle", "Indus Waters Treaty"),
		shape("title", "Dispute settlement ladder")+
			shape("", "1. Question", "Any point of interpretation or fact, first taken up by the Permanent Indus Commission of the two countries")+
			shape("", "2. Difference", "A technical matter, referred to a Neutral Expert, a qualified engineer named by the two governments or the World Bank"),
	)
	d, err := corpus.Parse("iwt.pptx", data)
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Indus Waters Treaty › Dispute settlement ladder › 1: 1. Question; Any point of interpretation or fact, first taken up by the Permanent Indus Commission of the two countries",
		"Indus Waters Treaty › Dispute settlement ladder › 2: 2. Difference; A technical matter, referred to a Neutral Expert, a qualified engineer named by the two governments or the World Bank",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestBadPresentations: a clear error, never a panic.
func TestBadPresentations(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"not a zip", []byte("PK\x03\x04ppt/ but not a zip"), "not a PowerPoint presentation (.pptx)"},
		{"no slides listed", docx(t, map[string]string{"ppt/presentation.xml": "<p:presentation " + pns + "/>"}), "it lists no slides"},
		{"an old .ppt or a password", []byte("\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1 and more"), "save it as .pptx without a password"},
		{"no text", deck(t, shape("", "")), "has no text"},
		{"a slide listed but missing", docx(t, map[string]string{
			"ppt/presentation.xml":            `<p:presentation ` + pns + `><p:sldIdLst><p:sldId id="256" r:id="rId1"/></p:sldIdLst></p:presentation>`,
			"ppt/_rels/presentation.xml.rels": `<Relationships><Relationship Id="rId1" Target="slides/slide9.xml"/></Relationships>`,
		}), "has no text"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := ConvertPresentation(tt.data)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("ConvertPresentation() error = %v, want one saying %q", err, tt.want)
			}
		})
	}
}

// FuzzConvertPresentation: no panic whatever the bytes, and a place for
// each line of a presentation read.
func FuzzConvertPresentation(f *testing.F) {
	f.Add(deck(f, shape("title", "Key Points")+shape("", "A point", "1:under it")))
	f.Add([]byte("PK\x03\x04ppt/"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ConvertPresentation(data)
		if err == nil && strings.Count(string(c.Text), "\n") != len(c.Origin) {
			t.Errorf("%d places for %d lines", len(c.Origin), strings.Count(string(c.Text), "\n"))
		}
	})
}

// TestSpeakerNotes reads a slide's speaker notes, as LibreOffice Impress
// and PowerPoint save them (a notes page the slide's relationships name,
// its text in the "body" placeholder), as paragraphs of the slide's
// section after its bullets, each labelled "Speaker notes:" (what the
// teacher says, asked for as such); a slide of pictures whose notes
// explain it is a section of its own. The notes had been left out.
func TestSpeakerNotes(t *testing.T) {
	slides := []string{
		shape("ctrTitle", "Air Pollution"),
		shape("title", "Legal framework") + shape("body", "Air Act, 1981", "CPCB and the SPCBs"),
		`<p:pic/>`,
	}
	notes := map[int]string{
		2: shape("sldImg") + shape("body", "Prelims trap: CPCB was constituted in 1974 under the Water Act.", "Its functions under the Air Act came in 1981."),
		3: shape("body", "The map shows the non-attainment cities."),
	}
	parts := map[string]string{}
	var ids, rels strings.Builder
	for i, s := range slides {
		n := strconv.Itoa(i + 1)
		ids.WriteString(`<p:sldId id="` + strconv.Itoa(256+i) + `" r:id="rId` + n + `"/>`)
		rels.WriteString(`<Relationship Id="rId` + n + `" Type="slide" Target="slides/slide` + n + `.xml"/>`)
		parts["ppt/slides/slide"+n+".xml"] = `<p:sld ` + pns + `><p:cSld><p:spTree>` + s + `</p:spTree></p:cSld></p:sld>`
		if body, ok := notes[i+1]; ok {
			parts["ppt/slides/_rels/slide"+n+".xml.rels"] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
				`<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/slideLayout" Target="../slideLayouts/slideLayout1.xml"/>` +
				`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/notesSlide" Target="../notesSlides/notesSlide` + n + `.xml"/></Relationships>`
			parts["ppt/notesSlides/notesSlide"+n+".xml"] = `<p:notes ` + pns + `><p:cSld><p:spTree>` + body + `</p:spTree></p:cSld></p:notes>`
		}
	}
	parts["ppt/presentation.xml"] = `<p:presentation ` + pns + `><p:sldIdLst>` + ids.String() + `</p:sldIdLst></p:presentation>`
	parts["ppt/_rels/presentation.xml.rels"] = `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` + rels.String() + `</Relationships>`
	d, err := corpus.Parse("air.pptx", docx(t, parts))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text+" (slide "+strconv.Itoa(p.Line)+")")
	}
	want := []string{
		"Air Pollution › Legal framework › 1: - Air Act, 1981\n- CPCB and the SPCBs (slide 2)", // short entries, one passage
		"Air Pollution › Legal framework › 2: Speaker notes: Prelims trap: CPCB was constituted in 1974 under the Water Act. (slide 2)",
		"Air Pollution › Legal framework › 3: Speaker notes: Its functions under the Air Act came in 1981. (slide 2)",
		"Air Pollution › Slide 3: Speaker notes: The map shows the non-attainment cities. (slide 3)",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSmartArt: a SmartArt graphic's text, kept in its data part apart
// from the slide, is read in the diagram's order (its connections', not
// the part's), a node's children under it. It had been left out.
func TestSmartArt(t *testing.T) {
	pt := func(id, text string) string {
		return `<dgm:pt modelId="` + id + `"><dgm:t><a:bodyPr/><a:p><a:r><a:t>` + text + `</a:t></a:r></a:p></dgm:t></dgm:pt>`
	}
	cxn := func(src, dest, ord string) string {
		return `<dgm:cxn modelId="c` + dest + `" srcId="` + src + `" destId="` + dest + `" srcOrd="` + ord + `" destOrd="0"/>`
	}
	data := `<dgm:dataModel xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"><dgm:ptLst>` +
		`<dgm:pt modelId="doc" type="doc"><dgm:t><a:bodyPr/><a:p><a:endParaRPr/></a:p></dgm:t></dgm:pt>` +
		pt("y2", "1981") + pt("y1", "1979") + pt("c1", "Hussainara Khatoon v. State of Bihar: speedy trial read into Article 21") +
		pt("c2", "S.P. Gupta v. Union of India: standing for any member of the public acting bona fide") +
		`<dgm:pt modelId="t1" type="parTrans"><dgm:t><a:p><a:r><a:t>unshown</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst><dgm:cxnLst>` +
		cxn("doc", "y2", "1") + cxn("doc", "y1", "0") + cxn("y1", "c1", "0") + cxn("y2", "c2", "0") + `</dgm:cxnLst></dgm:dataModel>`
	frame := `<p:graphicFrame><p:nvGraphicFramePr><p:nvPr><p:ph idx="1"/></p:nvPr></p:nvGraphicFramePr><a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/diagram">` +
		`<dgm:relIds xmlns:dgm="http://schemas.openxmlformats.org/drawingml/2006/diagram" r:dm="rId2" r:lo="rId3" r:qs="rId4" r:cs="rId5"/></a:graphicData></a:graphic></p:graphicFrame>`
	parts := map[string]string{
		"ppt/presentation.xml":            `<p:presentation ` + pns + `><p:sldIdLst><p:sldId id="256" r:id="rId1"/><p:sldId id="257" r:id="rId2"/></p:sldIdLst></p:presentation>`,
		"ppt/_rels/presentation.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="slide" Target="slides/slide1.xml"/><Relationship Id="rId2" Type="slide" Target="slides/slide2.xml"/></Relationships>`,
		"ppt/slides/slide1.xml":           `<p:sld ` + pns + `><p:cSld><p:spTree>` + shape("ctrTitle", "Public Interest Litigation") + `</p:spTree></p:cSld></p:sld>`,
		"ppt/slides/slide2.xml":           `<p:sld ` + pns + `><p:cSld><p:spTree>` + shape("title", "Milestones of PIL") + frame + `</p:spTree></p:cSld></p:sld>`,
		"ppt/slides/_rels/slide2.xml.rels": `<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">` +
			`<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/diagramData" Target="../diagrams/data1.xml"/></Relationships>`,
		"ppt/diagrams/data1.xml": data,
	}
	d, err := corpus.Parse("pil.pptx", docx(t, parts))
	if err != nil {
		t.Fatal(err)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Public Interest Litigation › Milestones of PIL › 1979: Hussainara Khatoon v. State of Bihar: speedy trial read into Article 21",
		"Public Interest Litigation › Milestones of PIL › 1981: S.P. Gupta v. Union of India: standing for any member of the public acting bona fide",
	}
	if strings.Join(got, "\n") != strings.Join(want, "\n") {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
