package pdftext

import (
	"fmt"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// paragraph writes lines of body type (10.5 points) from y down, at x.
func (d *drawing) paragraph(x, y float64, lines ...string) {
	for k, l := range lines {
		d.text("F1", 10.5, x, y-13.6*float64(k), l)
	}
}

// TestFigureLabels: a map drawn in a shaded box, its place names short
// labels scattered over it in small type, each after a bullet, is read as
// one line of its labels, apart from the text around it and from its
// caption: no label heads a section, nor is it a list's entry that the
// text after the map goes under.
func TestFigureLabels(t *testing.T) {
	var d drawing
	d.text("F2", 20, 62, 780, "Cities of the Plain")
	d.paragraph(62, 750, "Harappan towns were planned with care. Their streets ran straight,",
		"and their houses were built of bricks that kept the same proportions.")
	fmt.Fprintf(&d, "0.95 0.93 0.85 rg 62 540 356 150 re f 0 g\n")
	for _, l := range []struct {
		x, y float64
		name string
	}{{240, 672, "Manda"}, {205, 660, "Harappa"}, {255, 660, "Banawali"}, {180, 648, "Ganweriwala"}, {265, 651, "Rakhigarhi"},
		{87, 636, "Sutkagendor"}, {144, 630, "Mohenjodaro"}, {172, 606, "Dholavira"}, {215, 588, "Lothal"}, {272, 556, "Daimabad"}} {
		d.text("F1", 7.4, l.x-5, l.y, "\x95")
		d.text("F1", 6.8, l.x, l.y, l.name)
	}
	d.text("F1", 7.5, 98, 566, "ARABIAN SEA")
	d.text("F1", 9.5, 62, 525, "Fig. 1.1 Some important sites of the Harappan civilisation")
	d.text("F2", 12.5, 62, 495, "1.1 Discovering a Civilisation")
	d.paragraph(62, 477, "The civilisation is called Harappan after Harappa, the first site where",
		"its remains were identified, on the Ravi in 1921.")
	doc, got := parsedPassages(t, "cities.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"), citedText)
	for _, h := range doc.Outline {
		if name := h.Name(); strings.Contains(name, "Harappa ") || strings.Contains(name, "Sutkagendor") || strings.Contains(name, "Dholavira") {
			t.Errorf("section %v, a map's label; want none:\n%s", h.Path, strings.Join(got, "\n"))
		}
	}
	want := []string{
		"Cities of the Plain › Definition: Harappan towns were planned with care. Their streets ran straight, and their houses were built of bricks that kept the same proportions." +
			"\nManda · Harappa · Banawali · Ganweriwala · Rakhigarhi · Sutkagendor · Mohenjodaro · Dholavira · Lothal · ARABIAN SEA · Daimabad" +
			"\nFig. 1.1 Some important sites of the Harappan civilisation",
		"Cities of the Plain › Discovering a Civilisation: The civilisation is called Harappan after Harappa, the first site where its remains were identified, on the Ravi in 1921.",
	}
	checkPassages(t, got, want)
}

// TestMarginNotes: a note set in the page's outer margin, in a narrow
// column of smaller type beside the text ("Let's recall" over its
// question), is read as a paragraph of its own after the text it stands
// beside, up to the next heading, its title run into it: the paragraphs
// beside it are not cut, nor its lines read into theirs, and the
// paragraphs (or steps) of its section keep their numbers.
func TestMarginNotes(t *testing.T) {
	var d drawing
	d.text("F2", 20, 62, 780, "Cities of the Plain")
	d.text("F2", 12.5, 62, 750, "1.1 Discovering a Civilisation")
	d.paragraph(62, 730, "The civilisation is called Harappan after Harappa, the first site where",
		"its remains were identified. Daya Ram Sahni excavated the mounds at",
		"Harappa, on the Ravi, in 1921. A year later, R.D. Banerji found similar",
		"seals at Mohenjodaro, on the Indus, more than 600 km away.")
	d.paragraph(62, 670, "Archaeologists divide the history of this culture into three phases: Early",
		"Harappan, Mature Harappan and Late Harappan. The cities belong to the",
		"Mature Harappan phase, roughly 2600 to 1900 BCE.")
	d.text("F2", 8.5, 438, 689, "Let's recall")
	d.text("F1", 8.5, 438, 678.5, "Who excavated at Harappa in")
	d.text("F1", 8.5, 438, 668, "1921?")
	_, got := parsedPassages(t, "cities.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold"), passageText)
	want := []string{
		"The civilisation is called Harappan after Harappa, the first site where its remains were identified. Daya Ram Sahni excavated the mounds at Harappa, on the Ravi, in 1921. A year later, R.D. Banerji found similar seals at Mohenjodaro, on the Indus, more than 600 km away.",
		"Archaeologists divide the history of this culture into three phases: Early Harappan, Mature Harappan and Late Harappan. The cities belong to the Mature Harappan phase, roughly 2600 to 1900 BCE.",
		"Let's recall: Who excavated at Harappa in 1921?",
	}
	checkPassages(t, got, want)
}

// TestMarginNoteBesideAParagraphOverThePage: a margin note beside the
// page's last paragraph, which goes on over the page, is read before it,
// not into it.
func TestMarginNoteBesideAParagraphOverThePage(t *testing.T) {
	var one, two drawing
	one.text("F2", 20, 62, 780, "Cities of the Plain")
	one.text("F2", 12.5, 62, 750, "1.3 Dholavira: A City in the Rann")
	one.paragraph(62, 730, "Dholavira lies on Khadir bet, an island in the Great Rann of Kachchh, in",
		"the Bhachau taluka of Kachchh district. The site was first noticed in 1967.")
	one.paragraph(62, 690, "Most Harappan cities had two parts, but Dholavira was divided into three:",
		"a Citadel")
	one.text("F2", 8.5, 438, 709, "Let's recall")
	one.text("F1", 8.5, 438, 698.5, "Who led the excavations at")
	one.text("F1", 8.5, 438, 688, "Dholavira?")
	two.paragraph(62, 780, "made up of a castle and a bailey, a Middle Town and a Lower Town.")
	_, got := parsedPassages(t, "cities.pdf", pagesOf(595, 842, &one, &two), passageText)
	want := []string{
		"Dholavira lies on Khadir bet, an island in the Great Rann of Kachchh, in the Bhachau taluka of Kachchh district. The site was first noticed in 1967.",
		"Let's recall: Who led the excavations at Dholavira?",
		"Most Harappan cities had two parts, but Dholavira was divided into three: a Citadel made up of a castle and a bailey, a Middle Town and a Lower Town.",
	}
	checkPassages(t, got, want)
}

// TestPlainSubtitle: Google Docs' Subtitle under the title, in plain type
// no heading has and of parts apart ("GS III – Environment | Project
// Tiger | my notes"), is the notes' subtitle, the text under it their
// definition; a short line so under the title is a heading still.
func TestPlainSubtitle(t *testing.T) {
	notes := func(sub string) *corpus.Document {
		var d drawing
		d.text("F1", 26, 72, 780, "Tiger Conservation in India")
		d.text("F1", 15, 72, 755, sub)
		d.paragraph(72, 725, "Tigers come up almost every year in the prelims and in the mains,",
			"so examiners love them.")
		d.text("F1", 20, 72, 670, "1. Project Tiger (1973)")
		d.paragraph(72, 645, "Launched on 1 April 1973 from Jim Corbett National Park.")
		d.text("F1", 20, 72, 600, "2. The NTCA")
		d.paragraph(72, 575, "A statutory body constituted in 2006.")
		doc, err := corpus.Parse("tiger.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
		if err != nil {
			t.Fatal(err)
		}
		return doc
	}
	sub := "GS III | Project Tiger, NTCA | my notes, last edited 14 Aug 2025"
	if doc := notes(sub); doc.Subtitle != sub || doc.Passages[0].Kind != corpus.KindDefinition {
		t.Errorf("subtitle %q, first passage %v; want the line under the title the subtitle, the text under it the definition:\n%s", doc.Subtitle, doc.Passages[0].Section, outline(doc, nil))
	}
	if doc := notes("Why it matters"); doc.Subtitle != "" {
		t.Errorf("subtitle %q; want a short heading under the title a heading", doc.Subtitle)
	}
}

// TestItalicSubtitle: a chapter's subtitle, in italics right under its
// title (under the chapter's number) and flush left as it is, is the
// document's subtitle: the chapter's numbered sections stand at the top,
// not under it.
func TestItalicSubtitle(t *testing.T) {
	var d drawing
	d.text("F2", 34, 73, 800, "1")
	d.text("F2", 9, 118, 825, "CHAPTER")
	d.text("F2", 20, 62, 780, "CITIES OF STONE AND BRICK")
	d.text("F3", 13, 62, 758, "Dholavira and Harappan Town Planning")
	d.paragraph(62, 730, "Imagine walking down a straight street some four and a half thousand",
		"years ago, between houses built of brick and stone in the same proportions.")
	d.text("F2", 12.5, 62, 690, "1.1 Discovering a Civilisation")
	d.paragraph(62, 672, "The civilisation is called Harappan after Harappa, the first site where",
		"its remains were identified.")
	d.text("F2", 12.5, 62, 630, "1.2 Planning a Harappan City")
	d.paragraph(62, 612, "The most striking feature of Harappan cities is their planning.")
	doc, err := corpus.Parse("cities.pdf", d.page(595, 842, "Helvetica", "Helvetica-Bold", "Helvetica-Oblique"))
	if err != nil {
		t.Fatal(err)
	}
	if doc.Subtitle != "Dholavira and Harappan Town Planning" {
		t.Errorf("title %q, subtitle %q; want the italic line under the title its subtitle", doc.Title, doc.Subtitle)
	}
	for _, h := range doc.Outline {
		if strings.Contains(h.Name(), "Civilisation") && len(h.Path) != 1 {
			t.Errorf("section %v; want it at the top:\n%s", h.Path, outline(doc, nil))
		}
	}
}
