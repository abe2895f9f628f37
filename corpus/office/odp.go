package office

import (
	"errors"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// An OpenDocument presentation (.odp), as LibreOffice Impress saves it, is
// read from content.xml as a PowerPoint presentation is (pptx.go): each
// page (draw:page, in the order the body lists them) becomes the same
// slide value and is written by the same deckWriter, so a deck saved in
// either format gives the same passages.
//
// Of a page, the frame of presentation:class "title" is its title,
// "subtitle" its subtitle, "header", "footer", "date-time" and
// "page-number" the deck's furniture, and any other class (an "outline"
// or "text" placeholder) its text; a frame with no class (a text box) and
// a drawn shape (draw:custom-shape, draw:rect, …) are shapes that are no
// placeholder, a diagram's box when a few short lines. A paragraph's level
// is the depth of the text:list it is in (a lead-in bullet's sub-bullets
// are a list inside its list's item, or inside the next item, as Impress
// writes them). A frame's table:table is a table (a merged cell's
// covered-table-cell an empty cell, as a merged a:tc is). The speaker
// notes are the text of the presentation:notes frame of class "notes". A
// hidden page (presentation:visibility="hidden", on the page or, as
// Impress writes it, on its drawing-page style) is left out, the numbers
// of the others kept: "Slide 4" is the fourth page in Impress's slide
// sorter whether or not the third is hidden. The deck's title is its
// first slide's title, else meta.xml's dc:title.

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "OpenDocument presentation",
		Extensions: []string{".odp"},
		Magic:      IsOdp,
		Convert:    ConvertOpenDocumentPresentation,
	})
}

// IsOdp reports whether data is a zip file holding an OpenDocument
// presentation, as the uncompressed "mimetype" entry it opens with says.
func IsOdp(data []byte) bool {
	return zipHolding(data, "mimetypeapplication/vnd.oasis.opendocument.presentation")
}

var (
	odp = format{"OpenDocument presentation", "OpenDocument presentation", "presentation", ".odp", ".ppt"}
	// odpRead are the elements of an Impress document kept; odpSkip those
	// skipped with all they hold (a notes page's picture of its slide, a
	// shape's geometry, pictures and embedded objects, the
	// deck's footer texts). The others are read through.
	odpRead = setOf(`style drawing-page-properties body presentation page notes frame text-box g annotation
		custom-shape rect ellipse circle polygon polyline path line connector caption measure regular-polygon
		table table-row table-cell covered-table-cell list list-item list-header p h span a s tab line-break
		encryption-data title`)
	odpSkip = setOf(`page-thumbnail enhanced-geometry image object object-ole plugin applet annotation-end
		table-columns table-column forms scripts font-face-decls header-decl footer-decl date-time-decl settings
		animations par seq`)
	odpText = setOf(`h p span a title`)
	// odpShapes are the drawn shapes that hold text of their own.
	odpShapes = setOf(`custom-shape rect ellipse circle polygon polyline path line connector caption measure regular-polygon`)
	// odpFurniture are the classes of the frames of the deck's furniture.
	odpFurniture = setOf(`header footer date-time page-number page handout notes`)
)

// ConvertOpenDocumentPresentation reads an OpenDocument presentation into
// Markdown, each line's place its slide.
func ConvertOpenDocumentPresentation(data []byte) (corpus.Converted, error) {
	zr, err := open(data, odp)
	if err != nil {
		return corpus.Converted{}, err
	}
	r := newReader(zr, odp, odpRead, odpSkip, odpText)
	var parts [3]*node // manifest, content, properties
	for i, name := range []string{"META-INF/manifest.xml", "content.xml", "meta.xml"} {
		if parts[i], err = r.part(name); err != nil {
			return corpus.Converted{}, err
		}
	}
	if parts[0].find("encryption-data") != nil {
		return corpus.Converted{}, errors.New("a password-protected OpenDocument presentation: save a copy without the password")
	}
	pages := parts[1].find("body").child("presentation").all("page")
	if len(pages) == 0 {
		return corpus.Converted{}, errors.New("not an OpenDocument presentation (.odp): it has no slides in content.xml")
	}
	hidden := hiddenStyles(parts[1])
	w := &deckWriter{title: title(parts[2])}
	shown := 0
	for i, page := range pages[:min(len(pages), maxSlides)] {
		if page.attrs["visibility"] == "hidden" || hidden[page.attrs["style-name"]] {
			continue
		}
		shown++
		w.slide(i+1, odpSlide(page))
	}
	switch {
	case shown == 0:
		return corpus.Converted{}, errors.New("every slide of the presentation is hidden")
	case w.out.Blank():
		return corpus.Converted{}, errors.New("the presentation has no text")
	}
	return w.out.Converted(true, "slide"), nil
}

// hiddenStyles returns the names of the drawing-page styles of content
// that hide the pages they style.
func hiddenStyles(content *node) map[string]bool {
	hidden := map[string]bool{}
	for _, s := range content.all("style") {
		if s.child("drawing-page-properties").attr("visibility") == "hidden" {
			hidden[s.attrs["name"]] = true
		}
	}
	return hidden
}

// odpSlide reads an Impress page: its frames and shapes, groups of them,
// and its speaker notes.
func odpSlide(page *node) slide {
	var s slide
	var walk func(t *node)
	walk = func(t *node) {
		for _, c := range t.children {
			switch {
			case c.name == "g" || c.name == "a":
				walk(c) // a group of shapes, shapes that are a link
			case c.name == "annotation": // a reviewer's comment on the slide
				if said := paraTexts(odpParas(nil, c, 0)); len(said) > 0 {
					s.comments = append(s.comments, strings.Join(said, " "))
				}
			case c.name == "notes":
				for _, f := range c.all("frame") {
					if f.attrs["class"] == "notes" {
						for _, p := range odpParas(nil, f, 0) {
							s.notes = append(s.notes, p.text)
						}
					}
				}
			case c.name == "frame":
				for _, t := range c.all("table") {
					s.tables = append(s.tables, odpTable(t))
				}
				paras := odpParas(nil, c, 0)
				switch class := c.attrs["class"]; {
				case odpFurniture[class]:
				case (class == "title" || class == "vertical_title") && s.title == "":
					s.title = slideText(paras)
				case class == "subtitle":
					s.subtitle = append(s.subtitle, paras...)
				case class == "":
					s.body = append(s.body, boxed(paras)...)
				default:
					s.body = append(s.body, paras...)
				}
			case odpShapes[c.name]:
				s.body = append(s.body, boxed(odpParas(nil, c, 0))...)
			}
		}
	}
	walk(page)
	return s
}

// odpParas appends to out the paragraphs with text under n (a frame, a
// shape), lists being lists deep: a paragraph in a list at level 0, in a
// list in a list's item at level 1. The header of a list at the top, a
// line without a bullet over its points, heads them.
func odpParas(out []slidePara, n *node, lists int) []slidePara {
	for _, c := range n.children {
		switch c.name {
		case "p", "h":
			if t, _ := new(odtWriter).runs(c); t != "" {
				out = append(out, slidePara{text: t, level: max(lists-1, 0)})
			}
		case "list":
			out = odpParas(out, c, lists+1)
		case "list-header":
			at := len(out)
			out = odpParas(out, c, lists)
			if lists == 1 && len(out) == at+1 {
				out[at].head = true
			}
		case "list-item", "text-box":
			out = odpParas(out, c, lists)
		}
	}
	return out
}

// odpTable reads a table's rows, the text of each cell.
func odpTable(t *node) [][]string {
	var rows [][]string
	for _, tr := range t.all("table-row") {
		var cells []string
		for _, tc := range tr.children {
			if tc.name == "table-cell" || tc.name == "covered-table-cell" {
				cells = append(cells, cell(paraTexts(odpParas(nil, tc, 0))))
			}
		}
		if len(cells) > 0 {
			rows = append(rows, cells)
		}
	}
	return rows
}
