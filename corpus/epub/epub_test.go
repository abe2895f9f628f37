package epub

import (
	"archive/zip"
	"bytes"
	"fmt"
	"os"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// notesPage is the study-notes page of the office tests, the page testdata/notes.epub was made of.
const notesPage = "../office/testdata/notes.html"

// TestSameAsThePage reads testdata/notes.epub, which pandoc made of
// the office tests' notes.html (`pandoc notes.html -o notes.epub --metadata
// title="Lokpal and Lokayuktas"`: a title page, a table of contents and
// the page cut into two chapters at its <h1>), and gets the page's
// passages, each placed at its chapter.
func TestSameAsThePage(t *testing.T) {
	page, err := os.ReadFile(notesPage)
	if err != nil {
		t.Fatal(err)
	}
	book, err := os.ReadFile("testdata/notes.epub")
	if err != nil {
		t.Fatal(err)
	}
	if !IsEPUB(book) || IsEPUB(page) {
		t.Error("IsEPUB does not tell the book from the page")
	}
	want, got := corpustest.Passages(t, "notes.html", page), corpustest.Passages(t, "notes.epub", book)
	if !slices.Equal(got, want) || len(got) < 8 {
		t.Errorf("notes.epub gives\n%s\nwant, as the page gives,\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	d, err := corpus.Parse("notes.epub", book)
	if err != nil {
		t.Fatal(err)
	}
	if d.Unit != "chapter" || d.Passages[0].Line != 2 {
		t.Errorf("the first passage is at %s %d, want chapter 2 (ch002.xhtml: the title page and the contents are no chapters)", d.Unit, d.Passages[0].Line)
	}
}

// epubFile makes an EPUB of its parts (name to content), the mimetype and
// container first.
func epubFile(t *testing.T, parts map[string]string) []byte {
	t.Helper()
	var b bytes.Buffer
	z := zip.NewWriter(&b)
	names := []string{"mimetype", "META-INF/container.xml"}
	for n := range parts {
		if !slices.Contains(names, n) {
			names = append(names, n)
		}
	}
	all := map[string]string{"mimetype": "application/epub+zip",
		"META-INF/container.xml": `<container xmlns="urn:oasis:names:tc:opendocument:xmlns:container"><rootfiles><rootfile full-path="OEBPS/book.opf"/></rootfiles></container>`}
	for n, c := range parts {
		all[n] = c
	}
	for _, n := range names {
		w, err := z.CreateHeader(&zip.FileHeader{Name: n, Method: zip.Store})
		if err != nil {
			t.Fatal(err)
		}
		w.Write([]byte(all[n]))
	}
	z.Close()
	return b.Bytes()
}

const opf = `<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:title>Monsoon</dc:title></metadata>` +
	`<manifest><item id="toc" href="toc.xhtml" media-type="application/xhtml+xml" properties="nav"/><item id="c1" href="text/one.xhtml" media-type="application/xhtml+xml"/>` +
	`<item id="c2" href="text/two.xhtml" media-type="application/xhtml+xml"/><item id="ad" href="text/ad.xhtml" media-type="application/xhtml+xml"/></manifest>` +
	`<spine><itemref idref="toc"/><itemref idref="c2"/><itemref idref="c1"/><itemref idref="ad" linear="no"/></spine></package>`

// TestReadingOrder: chapters are read in the spine's order, relative to
// the package document, the table of contents and parts out of the
// reading order left out; a locked or damaged book is told so.
func TestReadingOrder(t *testing.T) {
	book := epubFile(t, map[string]string{"OEBPS/book.opf": opf,
		"OEBPS/toc.xhtml":      `<html><body><nav><ol><li><a href="text/one.xhtml">Onset</a></li></ol></nav></body></html>`,
		"OEBPS/text/one.xhtml": `<html><body><h1>Withdrawal</h1><p>The monsoon withdraws from the north-west by mid-October.</p></body></html>`,
		"OEBPS/text/two.xhtml": `<html><body><h1>Onset</h1><p>The monsoon reaches Kerala around the first of June.</p></body></html>`,
		"OEBPS/text/ad.xhtml":  `<html><body><h1>Buy our course</h1><p>Enrol today for the test series.</p></body></html>`,
	})
	got := corpustest.Passages(t, "monsoon.epub", book)
	want := []string{"Monsoon › Onset: The monsoon reaches Kerala around the first of June.", "Monsoon › Withdrawal: The monsoon withdraws from the north-west by mid-October."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}

	for _, tc := range []struct {
		name string
		data []byte
		want string
	}{
		{"locked", epubFile(t, map[string]string{"OEBPS/book.opf": opf, "META-INF/encryption.xml": `<encryption><EncryptedData/></encryption>`}), "DRM-protected"},
		{"no package", epubFile(t, nil), "damaged EPUB e-book: OEBPS/book.opf is missing"},
		{"chapter missing", epubFile(t, map[string]string{"OEBPS/book.opf": opf}), "damaged EPUB e-book: OEBPS/text/two.xhtml is missing"},
		{"not a zip", []byte("mimetypeapplication/epub+zip"), "not an EPUB e-book"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := Convert(tc.data)
			if err == nil || !strings.Contains(err.Error(), tc.want) {
				t.Errorf("error %v, want one saying %q", err, tc.want)
			}
		})
	}
}

// TestBoxAndEpigraph: a chapter's epigraph is one passage with its
// source, and a box, titled by its class, one passage with its title, not
// another entry of the section's, whether it says it is a sidebar or not.
func TestBoxAndEpigraph(t *testing.T) {
	book := epubFile(t, map[string]string{"OEBPS/book.opf": opf,
		"OEBPS/toc.xhtml": `<html><body><nav><ol><li><a href="text/one.xhtml">Onset</a></li></ol></nav></body></html>`,
		"OEBPS/text/one.xhtml": `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><h1>Withdrawal</h1>` +
			`<blockquote class="epigraph" epub:type="epigraph"><p>The rains go as they came, from the north-west.</p><p class="epigraph-source">— a forecaster, 1950</p></blockquote>` +
			`<p>The monsoon withdraws from the north-west by mid-October.</p><p>Its retreat brings the October heat.</p>` +
			`<aside class="box" epub:type="sidebar"><p class="box-title">For revision</p><p>Withdrawal starts in Rajasthan, onset in Kerala.</p></aside></body></html>`,
		"OEBPS/text/two.xhtml": `<html><body><h1>Onset</h1><p>The monsoon reaches Kerala around the first of June.</p>` +
			`<aside class="box"><p class="box-title">Prelims Trap</p><p>Onset is declared by the IMD, not by a state.</p></aside></body></html>`,
		"OEBPS/text/ad.xhtml": `<html><body><h1>Buy our course</h1><p>Enrol today.</p></body></html>`,
	})
	got := corpustest.Passages(t, "monsoon.epub", book)
	want := []string{"Monsoon › Onset › 1: The monsoon reaches Kerala around the first of June.", "Monsoon › Onset › 2: Prelims Trap\nOnset is declared by the IMD, not by a state.",
		"Monsoon › Withdrawal › 1: The rains go as they came, from the north-west. — a forecaster, 1950",
		"Monsoon › Withdrawal › 2: The monsoon withdraws from the north-west by mid-October.", "Monsoon › Withdrawal › 3: Its retreat brings the October heat.",
		"Monsoon › Withdrawal › 4: For revision\nWithdrawal starts in Rajasthan, onset in Kerala."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestOneChapter: a book of one chapter, titled by the chapter's heading
// after the book's name, has the chapter's sections for its own; a box's
// title over its list heads the list.
func TestOneChapter(t *testing.T) {
	book := epubFile(t, map[string]string{
		"OEBPS/book.opf": `<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:title>Polity Reckoner - Ch. 9: Fundamental Duties</dc:title></metadata>` +
			`<manifest><item id="c1" href="ch09.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>`,
		"OEBPS/ch09.xhtml": `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><section><header><h1>Fundamental Duties</h1></header><p>Fundamental Duties are the civic obligations of every citizen, listed in Article 51A.</p>` +
			`<aside class="box glance" epub:type="sidebar"><p class="box-title">Chapter at a glance</p><ul><li>Ten duties were added in 1976 and one in 2002.</li><li>The idea was borrowed from the USSR.</li></ul></aside>` +
			`<h2>9.1 Criticism</h2><p>The list is not exhaustive: voting and paying taxes are left out.</p></section></body></html>`,
	})
	got := corpustest.Passages(t, "fd.epub", book)
	want := []string{"Polity Reckoner - Ch. 9: Fundamental Duties › Definition: Fundamental Duties are the civic obligations of every citizen, listed in Article 51A.",
		"Polity Reckoner - Ch. 9: Fundamental Duties › Chapter at a glance › 1: Ten duties were added in 1976 and one in 2002.",
		"Polity Reckoner - Ch. 9: Fundamental Duties › Chapter at a glance › 2: The idea was borrowed from the USSR.",
		"Polity Reckoner - Ch. 9: Fundamental Duties › Criticism: The list is not exhaustive: voting and paying taxes are left out."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestInDesignBoxes: a box InDesign exports (<div class="Sidebar-Frame">)
// is headed by its first paragraph when a style of that name makes it
// the box's head ("Box-Head"), its style sheet a file apart, and the box
// is the last thing before a heading; the text after a box at the top of
// a section stays the section's.
func TestInDesignBoxes(t *testing.T) {
	box := func(head, body string) string {
		return `<div class="Sidebar-Frame"><p class="Box-Head">` + head + `</p><p class="Body-Text">` + body + `</p></div>`
	}
	book := epubFile(t, map[string]string{
		"OEBPS/book.opf": `<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:title>Ancient India</dc:title></metadata>` +
			`<manifest><item id="c1" href="ch12.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="c1"/></spine></package>`,
		"OEBPS/ch12.xhtml": `<html><head><link href="css/idGeneratedStyles.css" rel="stylesheet" type="text/css"/></head><body><div class="Basic-Text-Frame">` +
			`<h1 class="Chapter-Title">Megasthenes and Pataliputra</h1><h2 class="Head-A">12.4 City administration</h2>` +
			box("Objectives", "Read the boards beside the Arthashastra.") +
			`<p class="Body-Text">Megasthenes describes thirty officials in six boards of five.</p>` +
			box("Kautilya vs Megasthenes", "In the Arthashastra a single nagaraka runs the city.") +
			`<h2 class="Head-A">12.5 The war office</h2><p class="Body-Text">The army too had thirty officers in six boards of five.</p></div></body></html>`,
	})
	got := corpustest.Passages(t, "ch12.epub", book)
	want := []string{"Ancient India › Megasthenes and Pataliputra › City administration › 1: Objectives",
		"Ancient India › Megasthenes and Pataliputra › City administration › 2: Read the boards beside the Arthashastra.",
		"Ancient India › Megasthenes and Pataliputra › City administration › 3: Megasthenes describes thirty officials in six boards of five.",
		"Ancient India › Megasthenes and Pataliputra › City administration › Kautilya vs Megasthenes: In the Arthashastra a single nagaraka runs the city.",
		"Ancient India › Megasthenes and Pataliputra › The war office: The army too had thirty officers in six boards of five."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// FuzzConvert: no panic whatever the bytes.
func FuzzConvert(f *testing.F) {
	book, err := os.ReadFile("testdata/notes.epub")
	if err != nil {
		f.Fatal(err)
	}
	f.Add(book)
	f.Fuzz(func(t *testing.T, data []byte) { Convert(data) })
}

// TestPressbooks: a book exported by Pressbooks: its title page, copyright
// page and contents, named so but not marked, are no chapters, and a
// chapter's number and author no headings, its subtitle a line under its
// title; its footnotes a section of their own.
func TestPressbooks(t *testing.T) {
	book := epubFile(t, map[string]string{
		"OEBPS/book.opf": `<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:title>Readings</dc:title></metadata><manifest>` +
			`<item id="title-page" href="front/title-page.xhtml" media-type="application/xhtml+xml"/><item id="copyright" href="front/copyright.xhtml" media-type="application/xhtml+xml"/>` +
			`<item id="table-of-contents" href="front/table-of-contents.xhtml" media-type="application/xhtml+xml"/><item id="chapter-001" href="chapter-001-stones.xhtml" media-type="application/xhtml+xml"/></manifest>` +
			`<spine><itemref idref="title-page"/><itemref idref="copyright"/><itemref idref="table-of-contents"/><itemref idref="chapter-001"/></spine></package>`,
		"OEBPS/front/title-page.xhtml":        `<html><body><div id="title-page"><h1 class="title">Readings</h1><h3 class="author">Meera Iyengar</h3><h4 class="publisher">Open Texts</h4></div></body></html>`,
		"OEBPS/front/copyright.xhtml":         `<html><body><p>Readings by Meera Iyengar is licensed under CC BY-NC 4.0, except where noted.</p></body></html>`,
		"OEBPS/front/table-of-contents.xhtml": `<html><body><div id="toc"><h1>Contents</h1><ul><li><a href="../chapter-001-stones.xhtml">Speaking Stones</a></li></ul></div></body></html>`,
		"OEBPS/chapter-001-stones.xhtml": `<html><body><div class="chapter"><div class="chapter-title-wrap"><h3 class="chapter-number">1</h3><h2 class="chapter-title">Speaking Stones</h2>` +
			`<h2 class="chapter-subtitle">Rock edicts and pillar edicts</h2><h2 class="chapter-author">Meera Iyengar</h2></div>` +
			`<div class="ugc"><p>The inscriptions of Ashoka are the earliest deciphered writing of the subcontinent.</p><h2>Decipherment</h2><p>James Prinsep read the Brahmi alphabet in 1837.<a class="footnote" href="#footnote-1" id="return-footnote-1"><sup>[1]</sup></a></p></div>` +
			`<hr class="before-footnotes clear" /><div class="footnotes"><ol><li id="footnote-1">The Maski edict of 1915 names the king. <a href="#return-footnote-1" class="return-footnote">↵</a></li></ol></div></div></body></html>`,
	})
	got := corpustest.Passages(t, "readings.epub", book)
	want := []string{"Readings › Speaking Stones › 1: Rock edicts and pillar edicts", "Readings › Speaking Stones › 2: The inscriptions of Ashoka are the earliest deciphered writing of the subcontinent.",
		"Readings › Decipherment: James Prinsep read the Brahmi alphabet in 1837.", "Readings › Footnotes: The Maski edict of 1915 names the king."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestFixedLayout: a book exported with its pages laid out (Apple Pages'
// EPUB: a viewport a page, its blocks placed at their offsets) is read
// without the running head and the page number set in each page's
// margins; the blocks between them are its text.
func TestFixedLayout(t *testing.T) {
	page := func(n int, text string) string {
		return `<html><head><meta name="viewport" content="width=595, height=842"/></head><body><div class="page" style="position:relative;width:595.28px;height:841.89px;">` +
			`<div class="s2" style="position:absolute;left:56.69px;top:28.35px;width:481.89px;height:13.00px;"><p>Antarctic Treaty System &amp; India</p></div>` +
			`<div class="s1" style="position:absolute;left:56.69px;top:94.69px;width:481.89px;height:36.00px;"><p>` + text + `</p></div>` +
			`<div class="s2" style="position:absolute;left:56.69px;top:805.00px;width:481.89px;height:13.00px;"><p>` + strconv.Itoa(n) + `</p></div></div></body></html>`
	}
	book := epubFile(t, map[string]string{
		"OEBPS/book.opf": `<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:title>The Antarctic Treaty System</dc:title>` +
			`<meta property="rendition:layout">pre-paginated</meta></metadata><manifest><item id="p1" href="page-1.xhtml" media-type="application/xhtml+xml"/>` +
			`<item id="p2" href="page-2.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="p1"/><itemref idref="p2"/></spine></package>`,
		"OEBPS/page-1.xhtml": page(1, "The treaty was signed in Washington on 1 December 1959 by twelve states."),
		"OEBPS/page-2.xhtml": page(2, "India acceded to the treaty on 19 August 1983."),
	})
	got := strings.Join(corpustest.Passages(t, "ats.epub", book), "\n")
	if strings.Contains(got, "Antarctic Treaty System & India") || strings.Contains(got, ": 2") || !strings.Contains(got, "twelve states") || !strings.Contains(got, "19 August 1983") {
		t.Errorf("passages\n%s\nwant the pages' text, without their running head and page numbers", got)
	}
}

// TestChapterNotes: the line that numbers a chapter over its heading
// ("CHAPTER FOUR") is no text of it, and the notes each of a chapter's
// files ends with (<section epub:type="footnotes">) are its "Footnotes",
// beside its sections: the next file's sections stay the chapter's.
func TestChapterNotes(t *testing.T) {
	notes := func(n int, text string) string {
		return fmt.Sprintf(`<section epub:type="footnotes"><aside id="fn%d" epub:type="footnote"><p><a href="#r%d">%d</a> %s</p></aside></section>`, n, n, n, text)
	}
	book := epubFile(t, map[string]string{
		"OEBPS/book.opf": `<package xmlns="http://www.idpf.org/2007/opf" xmlns:dc="http://purl.org/dc/elements/1.1/"><metadata><dc:title>Khunt and Kingdom</dc:title></metadata>` +
			`<manifest><item id="a" href="a.xhtml" media-type="application/xhtml+xml"/><item id="b" href="b.xhtml" media-type="application/xhtml+xml"/></manifest><spine><itemref idref="a"/><itemref idref="b"/></spine></package>`,
		"OEBPS/a.xhtml": `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><div><p class="calibre3">CHAPTER FOUR</p><h1>Ulgulan and the Law</h1>` +
			`<p>The Ulgulan of 1899 ended a long quarrel over land.<a href="#fn1" epub:type="noteref"><sup>1</sup></a></p>` +
			`<h2>The khunt and the dikus</h2><p>A Munda village belonged to the lineage that cleared its forest.</p></div><hr/>` + notes(1, "See K. S. Singh, Dust-Storm and the Hanging Mist.") + `</body></html>`,
		"OEBPS/b.xhtml": `<html xmlns:epub="http://www.idpf.org/2007/ops"><body><div><h2>Writing the Tenancy Act of 1908</h2>` +
			`<p>The Chota Nagpur Tenancy Act, 1908 recognised khuntkatti rights.<a href="#fn1" epub:type="noteref"><sup>1</sup></a></p></div>` +
			notes(1, "J. Reid's settlement report of 1910.") + `</body></html>`,
	})
	got := corpustest.Passages(t, "khunt.epub", book)
	want := []string{"Khunt and Kingdom › Ulgulan and the Law: The Ulgulan of 1899 ended a long quarrel over land.",
		"Khunt and Kingdom › Ulgulan and the Law › The khunt and the dikus: A Munda village belonged to the lineage that cleared its forest.",
		"Khunt and Kingdom › Ulgulan and the Law › Footnotes › 1: See K. S. Singh, Dust-Storm and the Hanging Mist.",
		"Khunt and Kingdom › Ulgulan and the Law › Footnotes › 2: J. Reid's settlement report of 1910.",
		"Khunt and Kingdom › Ulgulan and the Law › Writing the Tenancy Act of 1908: The Chota Nagpur Tenancy Act, 1908 recognised khuntkatti rights."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}
