package office

import (
	"errors"
	"path"
	"slices"
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
// teacher's explanation) are paragraphs of its section, after its text,
// each labelled "Speaker notes:". A SmartArt graphic's text (a
// timeline's years, each over what happened) is entries at the levels of
// its diagram.

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
		txBody p pPr r t br fld graphicFrame graphic graphicData tbl tr tc grpSp coreProperties title relIds dataModel pt cxn`)
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
		sl := pptxSlide(s.find("spTree"))
		rels, err := relTargets(r, p)
		if err != nil {
			return corpus.Converted{}, err
		}
		for _, id := range sl.diagrams {
			paras, err := diagramParas(r, rels[id])
			if err != nil {
				return corpus.Converted{}, err
			}
			sl.body = append(sl.body, paras...)
		}
		if sl.notes, err = notesOf(r, rels); err != nil {
			return corpus.Converted{}, err
		}
		w.slide(i+1, sl)
	}
	if w.out.Blank() {
		return corpus.Converted{}, errors.New("the presentation has no text")
	}
	return w.out.Converted(true, "slide"), nil
}

// slidePaths returns the parts of the presentation's slides, in order.
func slidePaths(r *reader) ([]string, error) {
	pres, err := r.part("ppt/presentation.xml")
	if err != nil || pres == nil {
		return nil, err
	}
	targets, err := relTargets(r, "ppt/presentation.xml")
	if err != nil {
		return nil, err
	}
	var out []string
	if list := pres.find("sldIdLst"); list != nil {
		for _, id := range list.children {
			if t := targets[id.attrs["r:id"]]; t != "" && len(out) < maxSlides {
				out = append(out, t)
			}
		}
	}
	return out, nil
}

// relTargets returns the parts that the relationships of part p name,
// by their IDs ("rId7"), and by their types' last words ("notesSlide").
func relTargets(r *reader, p string) (map[string]string, error) {
	rels, err := r.part(path.Join(path.Dir(p), "_rels", path.Base(p)+".rels"))
	if err != nil || rels == nil {
		return nil, err
	}
	targets := map[string]string{}
	if root := rels.find("Relationships"); root != nil {
		for _, rel := range root.children {
			if rel.attrs["Target"] == "" {
				continue
			}
			target := path.Clean(path.Join(path.Dir(p), rel.attrs["Target"]))
			targets[rel.attrs["Id"]] = target
			targets[path.Base(rel.attrs["Type"])] = target
		}
	}
	return targets, nil
}

// diagramParas returns the text of the SmartArt graphic whose data is the
// part at target: each node's text at its depth in the diagram's tree,
// children in their order under their parent ("1979" over "Hussainara
// Khatoon v. State of Bihar").
func diagramParas(r *reader, target string) ([]slidePara, error) {
	data, err := r.part(target)
	if err != nil || data == nil || target == "" {
		return nil, err
	}
	model := data.find("dataModel")
	if model == nil {
		return nil, nil
	}
	text := map[string]string{}
	root := ""
	for _, pt := range model.all("pt") {
		switch pt.attrs["type"] {
		case "", "node":
			text[pt.attrs["modelId"]] = strings.Join(texts(pt.all("p")), " ")
		case "doc":
			root = pt.attrs["modelId"]
		}
	}
	type child struct {
		id  string
		ord int
	}
	children := map[string][]child{}
	for _, c := range model.all("cxn") {
		if t := c.attrs["type"]; t == "" || t == "parOf" {
			ord, _ := strconv.Atoi(c.attrs["srcOrd"])
			children[c.attrs["srcId"]] = append(children[c.attrs["srcId"]], child{c.attrs["destId"], ord})
		}
	}
	var out []slidePara
	seen := map[string]bool{}
	var walk func(id string, level int)
	walk = func(id string, level int) {
		kids := children[id]
		slices.SortStableFunc(kids, func(a, b child) int { return a.ord - b.ord })
		for _, k := range kids {
			if seen[k.id] || level > 8 {
				continue
			}
			seen[k.id] = true
			if t := text[k.id]; t != "" {
				out = append(out, slidePara{text: t, level: level})
			}
			walk(k.id, level+1)
		}
	}
	walk(root, 0)
	return out, nil
}

// notesOf returns the paragraphs of the speaker notes of a slide whose
// relationships' targets are rels: the body of the notes page they name.
func notesOf(r *reader, rels map[string]string) ([]string, error) {
	target := rels["notesSlide"]
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
	return texts(paras), nil
}

// deckWriter writes slides as Markdown.
type deckWriter struct {
	out    mdOut
	title  string // the title in the deck's properties
	slideN int    // the slide being written
	titled bool   // the deck's title is written
}

func (w *deckWriter) line(s string) { w.out.Line(s, w.slideN) }

// slide is what a slide shows, read from a presentation of either kind
// (pptxSlide reads a PowerPoint slide, odpSlide an Impress page) for
// deckWriter to write.
type slide struct {
	title    string       // the text of its title, "" when it has none
	subtitle []slidePara  // the paragraphs of its subtitle
	body     []slidePara  // those of its other text, a diagram's box one
	tables   [][][]string // its tables, rows of cells' text
	notes    []string     // its speaker notes, a paragraph each
	comments []string     // its reviewers' comments, a comment each
	diagrams []string     // the relationships of its SmartArt graphics' data (PowerPoint's)
}

// slidePara is a paragraph of a slide's text, its spaces folded, at its
// level in the outline (0 the top); head when it heads the entries after
// it (an Impress list's header: "Tropical easterly jet (TEJ)" over its
// box's points).
type slidePara struct {
	text  string
	level int
	head  bool
}

// pptxSlide reads the shapes of a PowerPoint slide (tree): its title and
// subtitle placeholders, its other text, its tables.
func pptxSlide(tree *node) slide {
	var s slide
	var walk func(t *node)
	walk = func(t *node) {
		if t == nil {
			return
		}
		for _, c := range t.children {
			switch c.name {
			case "sp":
				ph := c.child("nvSpPr").child("nvPr").child("ph") // nil for a shape that is no placeholder
				paras := pptxParas(c.child("txBody").all("p"))
				switch kind := ph.attr("type"); {
				case kind == "sldNum" || kind == "dt" || kind == "ftr":
					// the slide's number, date and footer: the deck's furniture
				case (kind == "title" || kind == "ctrTitle") && s.title == "":
					s.title = slideText(paras)
				case kind == "subTitle":
					s.subtitle = append(s.subtitle, paras...)
				case ph == nil:
					s.body = append(s.body, boxed(paras)...)
				default:
					s.body = append(s.body, paras...)
				}
			case "graphicFrame":
				for _, t := range c.all("tbl") {
					s.tables = append(s.tables, pptxTable(t))
				}
				if ids := c.find("relIds"); ids != nil && ids.attrs["r:dm"] != "" {
					s.diagrams = append(s.diagrams, ids.attrs["r:dm"])
				}
			case "grpSp":
				walk(c)
			}
		}
	}
	walk(tree)
	return s
}

// pptxParas reads a shape's paragraphs (a:p) with text at their levels.
func pptxParas(ps []*node) []slidePara {
	var out []slidePara
	for _, p := range ps {
		if t := paraText(p); t != "" {
			level, _ := strconv.Atoi(p.child("pPr").attr("lvl"))
			out = append(out, slidePara{text: t, level: level})
		}
	}
	return out
}

// pptxTable reads a table's rows (a:tbl), the text of each cell.
func pptxTable(t *node) [][]string {
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
	return rows
}

// slide writes slide n: its title as a section, its other text as
// entries, its tables, its speaker notes, its comments; the first slide,
// when it has a title, as the deck's title and subtitle.
func (w *deckWriter) slide(n int, s slide) {
	w.slideN = n
	shown := w.shapes(s)
	if len(s.notes) > 0 && slices.ContainsFunc(s.body, func(p slidePara) bool { return p.head }) {
		w.line("### Speaker notes") // the slide's, not its last box's
		w.line("")
	}
	w.notes(s.notes, shown)
	for _, c := range s.comments {
		w.line(corpus.EscapeMarkdown(corpus.Comment(c)))
		w.line("")
	}
}

// shapes writes what slide s shows, reporting whether it had text to show.
func (w *deckWriter) shapes(s slide) (shown bool) {
	heading := s.title
	if heading == "" && len(s.subtitle) == 0 && len(s.body) == 0 && len(s.tables) == 0 {
		return false // a slide of pictures alone says nothing here
	}
	if !w.titled {
		w.titled = true
		switch {
		case w.slideN == 1 && heading != "":
			w.line("# " + corpus.EscapeMarkdown(heading))
			if sub := slideText(s.subtitle); sub != "" {
				w.line(corpus.EscapeMarkdown(sub))
			}
			w.line("")
			w.entries(s.body)
			w.tables(s.tables)
			return true
		case w.title != "":
			w.line("# " + corpus.EscapeMarkdown(w.title))
			w.line("")
		}
	}
	if heading == "" {
		heading = "Slide " + strconv.Itoa(w.slideN)
	}
	w.line("## " + corpus.EscapeMarkdown(heading))
	w.line("")
	w.entries(append(s.subtitle, s.body...))
	w.tables(s.tables)
	return true
}

// notes writes a slide's speaker notes, a paragraph each, under its
// section; under one of its own when the slide had no text to show.
func (w *deckWriter) notes(ts []string, shown bool) {
	if len(ts) > 0 && !shown && w.titled {
		w.line("## Slide " + strconv.Itoa(w.slideN)) // a slide of pictures, explained
		w.line("")
	}
	for _, t := range ts {
		w.line(corpus.EscapeMarkdown("Speaker notes: " + t)) // what the teacher says, not the slide: "what do the speaker notes say"
		w.line("")
	}
}

// boxed is the paragraphs of a shape that is no placeholder, one
// paragraph when they are a box of a diagram drawn with shapes ("1.
// Birth", "Lumbini", "Symbol: Lotus & Bull"): two to six lines at the top
// level, a diagram's box saying one thing, "; " between them; short, but
// for what the box's title, its first line, is over ("2. Difference"
// over "A technical matter; referred to a Neutral Expert, …").
func boxed(paras []slidePara) []slidePara {
	if len(paras) < 2 || len(paras) > 6 {
		return paras
	}
	ts := make([]string, len(paras))
	for i, p := range paras {
		n := utf8.RuneCountInString(p.text)
		if n > 60 && (i == 0 || len(paras) > 2 || n > maxBoxText) || p.level > 0 {
			return paras
		}
		ts[i] = p.text
	}
	return []slidePara{{text: strings.Join(ts, "; ")}}
}

// maxBoxText is the longest text a diagram's box has under its title.
const maxBoxText = 240

// entries writes text paragraphs as list entries at their levels.
func (w *deckWriter) entries(paras []slidePara) {
	for i, p := range paras {
		if p.head {
			if i > 0 {
				w.line("")
			}
			w.line("### " + corpus.EscapeMarkdown(p.text))
			w.line("")
			continue
		}
		w.line(strings.Repeat("  ", min(max(p.level, 0), 8)) + "- " + corpus.EscapeMarkdown(p.text))
	}
	if len(paras) > 0 {
		w.line("")
	}
}

// tables writes tables as Markdown pipe tables, the first row the header.
func (w *deckWriter) tables(tables [][][]string) {
	for _, rows := range tables {
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
func slideText(paras []slidePara) string { return strings.Join(paraTexts(paras), " ") }

// paraTexts are the texts of paragraphs.
func paraTexts(paras []slidePara) []string {
	ts := make([]string, len(paras))
	for i, p := range paras {
		ts[i] = p.text
	}
	return ts
}

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
