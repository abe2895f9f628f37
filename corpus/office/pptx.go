package office

import (
	"errors"
	"path"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// A presentation (.pptx), as coaching classes hand out their slides, is
// read slide by slide in the order ppt/presentation.xml lists them: each
// slide's title is a section ("## Fundamental Duties"; "Slide 4" when it
// has none), the paragraphs of its other text boxes entries of a list at
// their levels, its tables tables. The deck's title is the title of its
// first slide when that is a title slide (its subtitle right under it),
// else the title in its properties. A slide's speaker notes (the
// teacher's explanation) are paragraphs of its section, after its text.

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "PowerPoint presentation",
		Extensions: []string{".pptx"},
		Magic:      IsPptx,
		Convert:    ConvertPresentation,
	})
}

// IsPptx reports whether data is a zip file holding a presentation.
func IsPptx(data []byte) bool { return zipHolding(data, "ppt/") }

// maxSlides bounds the slides read.
const maxSlides = 2000

var (
	slideRead = setOf(`presentation sldIdLst sldId Relationships Relationship sld notes cSld spTree sp nvSpPr nvPr ph
		txBody p pPr r t br fld graphicFrame graphic graphicData tbl tr tc grpSp coreProperties title`)
	slideSkip = setOf(`AlternateContent`)
)

// ConvertPresentation reads a PowerPoint presentation into Markdown, each
// line's place its slide.
func ConvertPresentation(data []byte) (corpus.Converted, error) {
	zr, err := open(data, slides)
	if err != nil {
		return corpus.Converted{}, err
	}
	r := newReader(zr, slides, slideRead, slideSkip, officeText)
	paths, err := slidePaths(r)
	if err != nil {
		return corpus.Converted{}, err
	}
	if len(paths) == 0 {
		return corpus.Converted{}, errors.New("not a PowerPoint presentation (.pptx): it lists no slides")
	}
	core, err := r.part("docProps/core.xml")
	if err != nil {
		return corpus.Converted{}, err
	}
	w := &deckWriter{title: title(core)}
	for i, p := range paths {
		s, err := r.part(p)
		if err != nil {
			return corpus.Converted{}, err
		}
		shown := w.slide(i+1, s.find("spTree"))
		notes, err := notesOf(r, p)
		if err != nil {
			return corpus.Converted{}, err
		}
		w.notes(notes, shown)
	}
	if strings.TrimSpace(w.out.buf.String()) == "" {
		return corpus.Converted{}, errors.New("the presentation has no text")
	}
	return corpus.Converted{Text: []byte(w.out.buf.String()), Markdown: true, Origin: w.out.origin, Unit: "slide"}, nil
}

// slidePaths returns the parts of the presentation's slides, in order.
func slidePaths(r *reader) ([]string, error) {
	pres, err := r.part("ppt/presentation.xml")
	if err != nil {
		return nil, err
	}
	rels, err := r.part("ppt/_rels/presentation.xml.rels")
	if err != nil {
		return nil, err
	}
	if pres == nil || rels == nil {
		return nil, nil
	}
	targets := map[string]string{}
	if root := rels.find("Relationships"); root != nil {
		for _, rel := range root.children {
			targets[rel.attrs["Id"]] = rel.attrs["Target"]
		}
	}
	var out []string
	if list := pres.find("sldIdLst"); list != nil {
		for _, id := range list.children {
			t := targets[id.attrs["r:id"]]
			if t == "" || len(out) == maxSlides {
				continue
			}
			out = append(out, path.Clean(path.Join("ppt", t)))
		}
	}
	return out, nil
}

// notesOf returns the paragraphs of the speaker notes of the slide at
// part p: the body of the notes page its relationships name.
func notesOf(r *reader, p string) ([]*node, error) {
	rels, err := r.part(path.Join(path.Dir(p), "_rels", path.Base(p)+".rels"))
	if err != nil || rels == nil {
		return nil, err
	}
	var target string
	if root := rels.find("Relationships"); root != nil {
		for _, rel := range root.children {
			if strings.HasSuffix(rel.attrs["Type"], "/notesSlide") {
				target = path.Clean(path.Join(path.Dir(p), rel.attrs["Target"]))
			}
		}
	}
	if target == "" {
		return nil, nil
	}
	notes, err := r.part(target)
	if err != nil || notes == nil {
		return nil, err
	}
	var paras []*node
	if tree := notes.find("spTree"); tree != nil {
		for _, c := range tree.children {
			if c.name == "sp" && c.child("nvSpPr").child("nvPr").child("ph").attr("type") == "body" {
				paras = append(paras, c.child("txBody").all("p")...)
			}
		}
	}
	return paras, nil
}

// deckWriter writes slides as Markdown.
type deckWriter struct {
	out    mdOut
	title  string // the title in the deck's properties
	slideN int    // the slide being written
	titled bool   // the deck's title is written
}

func (w *deckWriter) line(s string) { w.out.line(s, w.slideN) }

// slide writes slide n's shapes (tree): its title as a section, its other
// text as entries, its tables; the first slide, when a title slide, as
// the deck's title and subtitle. It reports whether the slide had text to
// show.
func (w *deckWriter) slide(n int, tree *node) (shown bool) {
	w.slideN = n
	var heading string
	var subtitle, body []*node // paragraphs
	var tables []*node
	var walk func(t *node)
	walk = func(t *node) {
		if t == nil {
			return
		}
		for _, c := range t.children {
			switch c.name {
			case "sp":
				ph := c.child("nvSpPr").child("nvPr").child("ph") // nil for a shape that is no placeholder
				paras := c.child("txBody").all("p")
				switch kind := ph.attr("type"); {
				case kind == "sldNum" || kind == "dt" || kind == "ftr":
					// the slide's number, date and footer: the deck's furniture
				case (kind == "title" || kind == "ctrTitle") && heading == "":
					heading = slideText(paras)
				case kind == "subTitle":
					subtitle = append(subtitle, paras...)
				case ph == nil && box(paras):
					body = append(body, joined(paras))
				default:
					body = append(body, paras...)
				}
			case "graphicFrame":
				tables = append(tables, c.all("tbl")...)
			case "grpSp":
				walk(c)
			}
		}
	}
	walk(tree)
	if heading == "" && slideText(subtitle) == "" && slideText(body) == "" && len(tables) == 0 {
		return false // a slide of pictures alone says nothing here
	}
	if !w.titled {
		w.titled = true
		switch {
		case n == 1 && heading != "":
			w.line("# " + corpus.EscapeMarkdown(heading))
			if sub := slideText(subtitle); sub != "" {
				w.line(corpus.EscapeMarkdown(sub))
			}
			w.line("")
			w.entries(body)
			w.tables(tables)
			return true
		case w.title != "":
			w.line("# " + corpus.EscapeMarkdown(w.title))
			w.line("")
		}
	}
	if heading == "" {
		heading = "Slide " + strconv.Itoa(n)
	}
	w.line("## " + corpus.EscapeMarkdown(heading))
	w.line("")
	w.entries(append(subtitle, body...))
	w.tables(tables)
	return true
}

// notes writes a slide's speaker notes, a paragraph each, under its
// section; under one of its own when the slide had no text to show.
func (w *deckWriter) notes(paras []*node, shown bool) {
	ts := texts(paras)
	if len(ts) > 0 && !shown && w.titled {
		w.line("## Slide " + strconv.Itoa(w.slideN)) // a slide of pictures, explained
		w.line("")
	}
	for _, t := range ts {
		w.line(corpus.EscapeMarkdown(t))
		w.line("")
	}
}

// box reports whether the paragraphs of a shape that is no placeholder
// are a box of a diagram drawn with shapes ("1. Birth", "Lumbini",
// "Symbol: Lotus & Bull"): two to six short lines at the top level.
func box(paras []*node) bool {
	n := 0
	for _, p := range paras {
		t := paraText(p)
		if t == "" {
			continue
		}
		if utf8.RuneCountInString(t) > 60 || p.child("pPr").attr("lvl") > "0" {
			return false
		}
		n++
	}
	return n >= 2 && n <= 6
}

// joined is one paragraph of the text of paras, "; " between them: a
// diagram's box says one thing.
func joined(paras []*node) *node {
	var texts []string
	for _, p := range paras {
		if t := paraText(p); t != "" {
			texts = append(texts, t)
		}
	}
	t := &node{name: "t", children: []*node{{text: strings.Join(texts, "; ")}}}
	return &node{name: "p", children: []*node{{name: "r", children: []*node{t}}}}
}

// entries writes text paragraphs as list entries at their levels.
func (w *deckWriter) entries(paras []*node) {
	wrote := false
	for _, p := range paras {
		text := paraText(p)
		if text == "" {
			continue
		}
		level, _ := strconv.Atoi(p.child("pPr").attr("lvl"))
		w.line(strings.Repeat("  ", min(max(level, 0), 8)) + "- " + corpus.EscapeMarkdown(text))
		wrote = true
	}
	if wrote {
		w.line("")
	}
}

// tables writes tables as Markdown pipe tables, the first row the header.
func (w *deckWriter) tables(tables []*node) {
	for _, t := range tables {
		var rows [][]string
		for _, tr := range t.children {
			if tr.name != "tr" {
				continue
			}
			var cells []string
			for _, tc := range tr.children {
				if tc.name == "tc" {
					cells = append(cells, cell(texts(tc.all("p"))))
				}
			}
			if len(cells) > 0 {
				rows = append(rows, cells)
			}
		}
		w.out.table(rows, w.slideN)
	}
}

// texts are the texts of paragraphs, those with none left out.
func texts(paras []*node) []string {
	var out []string
	for _, p := range paras {
		if t := paraText(p); t != "" {
			out = append(out, t)
		}
	}
	return out
}

// slideText is the text of paragraphs joined by spaces.
func slideText(paras []*node) string { return strings.Join(texts(paras), " ") }

// paraText is the text of a slide's paragraph (a:p): its runs' and
// fields' words, a line break a space.
func paraText(p *node) string {
	var b strings.Builder
	var walk func(n *node)
	walk = func(n *node) {
		for _, c := range n.children {
			switch c.name {
			case "t":
				for _, t := range c.children {
					b.WriteString(t.text)
				}
			case "br":
				b.WriteByte(' ')
			case "r", "fld":
				walk(c)
			}
		}
	}
	walk(p)
	return strings.Join(strings.Fields(b.String()), " ")
}
