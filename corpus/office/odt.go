package office

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/conceptbot/conceptbot/corpus"
)

// An OpenDocument text (.odt), as LibreOffice saves it and Google Docs
// downloads it, is read from content.xml: its headings (text:h) at their
// outline levels, a paragraph in the Title style its title, lists at their
// depths (numbered where their list style numbers them), tables pipe
// tables, a paragraph all in bold a bold line, the text of a frame after
// the paragraph that holds it, a footnote or an endnote ("Footnote 1: …")
// after the paragraph that cites it, as a comment ("Comment: …") after
// the paragraph it is on (in a table's cell, in the cell); its table of
// contents is left out. A document that marks none of these (a text file opened in Writer) is
// read by the rules of plain-text notes, a paragraph a line.

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "OpenDocument text",
		Extensions: []string{".odt"},
		Magic:      IsOdt,
		Convert:    ConvertOpenDocument,
	})
}

// IsOdt reports whether data is a zip file holding an OpenDocument text,
// as the uncompressed "mimetype" entry it opens with says.
func IsOdt(data []byte) bool {
	return zipHolding(data, "mimetypeapplication/vnd.oasis.opendocument.text")
}

var (
	odt = format{"OpenDocument text", "OpenDocument text", "document", ".odt", ".doc"}
	// odtRead are the elements of an OpenDocument kept; odtSkip those
	// skipped with all they hold (deleted text, the number of a footnote,
	// cells a merged cell covers). The others are read through:
	// a section's, a frame's or a hyperlink's content goes to the element
	// holding it.
	odtRead = setOf(`style text-properties list-style list-level-style-number list-level-style-bullet
		body text h p span a s tab line-break list list-item list-header table table-row table-cell
		note note-body annotation encryption-data title table-of-content`)
	odtSkip = setOf(`tracked-changes note-citation annotation-end sequence-decls table-columns table-column
		covered-table-cell forms scripts font-face-decls master-styles`)
	odtText = setOf(`h p span a title`)
)

// ConvertOpenDocument reads an OpenDocument text into Markdown.
func ConvertOpenDocument(data []byte) (corpus.Converted, error) {
	zr, err := open(data, odt)
	if err != nil {
		return corpus.Converted{}, err
	}
	r := newReader(zr, odt, odtRead, odtSkip, odtText)
	var parts [4]*node // manifest, content, styles, properties
	for i, name := range []string{"META-INF/manifest.xml", "content.xml", "styles.xml", "meta.xml"} {
		if parts[i], err = r.part(name); err != nil {
			return corpus.Converted{}, err
		}
	}
	if parts[0].find("encryption-data") != nil {
		return corpus.Converted{}, errors.New("a password-protected OpenDocument text: save a copy without the password")
	}
	return writeOpenDocument(parts[1], parts[2], parts[3])
}

// writeOpenDocument writes an OpenDocument text from its content, styles
// and properties (of their parts, or all in one flat document).
func writeOpenDocument(content, styles, properties *node) (corpus.Converted, error) {
	body := content.find("body").child("text")
	if body == nil {
		return corpus.Converted{}, errors.New("not an OpenDocument text (.odt): it has no text in content.xml")
	}
	w := &odtWriter{styles: map[string]odtStyle{}, numbered: map[string]map[string]bool{}}
	w.readStyles(styles)
	if content != styles {
		w.readStyles(content)
	}
	markdown := w.structured(body)
	if markdown {
		w.write(body, title(properties))
	} else {
		w.plain(body)
	}
	return w.converted(markdown, odt.short)
}

// odtStyle is what a paragraph or text style says of its text.
type odtStyle struct {
	parent  string
	bold    bool
	outline int // the heading level of a paragraph style ("Heading 2"), 0 for none
}

// odtWriter writes the body of an OpenDocument text as Markdown.
type odtWriter struct {
	paraWriter
	styles   map[string]odtStyle
	numbered map[string]map[string]bool // the levels each list style numbers
	notes    []string                   // the footnotes and endnotes of the paragraph read last ("Footnote 1: …")
}

// readStyles reads the paragraph, text and list styles of a part.
func (w *odtWriter) readStyles(part *node) {
	if part == nil {
		return
	}
	for _, s := range part.all("style") {
		props := s.child("text-properties")
		weight := ""
		if props != nil {
			weight = props.attrs["font-weight"]
		}
		outline, _ := strconv.Atoi(s.attrs["default-outline-level"])
		if m := headingStyleRE.FindStringSubmatch(s.attrs["name"]); m != nil && outline == 0 {
			outline, _ = strconv.Atoi(m[1]) // "Heading_20_1", which Writer's import of a web page leaves without a level
		}
		w.styles[s.attrs["name"]] = odtStyle{parent: s.attrs["parent-style-name"], bold: boldWeights[weight], outline: outline}
	}
	for _, l := range part.all("list-style") {
		levels := map[string]bool{}
		for _, lvl := range l.children {
			if lvl.name == "list-level-style-number" {
				levels[lvl.attrs["level"]] = true
			}
		}
		w.numbered[l.attrs["name"]] = levels
	}
}

// headingStyleRE matches the name of a heading style, "Heading_20_2" (a
// space is written "_20_").
var headingStyleRE = regexp.MustCompile(`^Heading_20_(\d{1,2})$`)

// boldWeights are the font weights that are bold.
var boldWeights = setOf("bold 600 700 800 900")

// inherits reports whether the style named name, or one it is based on
// (ten deep at most), has what has looks for.
func (w *odtWriter) inherits(name string, has func(name string, s odtStyle) bool) bool {
	for range 10 {
		s, ok := w.styles[name]
		if has(name, s) {
			return true
		}
		if !ok {
			return false
		}
		name = s.parent
	}
	return false
}

// level is the heading level of n: a heading's outline level, or that of
// a paragraph's style ("Heading 2", as Writer's import of a web page
// writes headings); 0 for a paragraph that is no heading.
func (w *odtWriter) level(n *node) int {
	level := 0
	switch n.name {
	case "h":
		level, _ = strconv.Atoi(n.attrs["outline-level"])
		level = max(level, 1)
	case "p":
		w.inherits(n.attrs["style-name"], func(_ string, s odtStyle) bool { level = s.outline; return level > 0 })
	}
	return min(level, 10)
}

// bold reports whether the style named name sets its text in bold.
func (w *odtWriter) bold(name string) bool {
	return w.inherits(name, func(_ string, s odtStyle) bool { return s.bold })
}

func (w *odtWriter) isTitle(p *node) bool {
	return p.name == "p" && w.inherits(p.attrs["style-name"], func(name string, _ odtStyle) bool { return name == "Title" })
}

// structured reports whether the document marks its structure: a heading,
// a title, a list or a table.
func (w *odtWriter) structured(body *node) bool {
	for _, c := range body.children {
		switch {
		case c.name == "list", c.name == "table", w.isTitle(c), w.level(c) > 0:
			return true
		}
	}
	return false
}

// write writes body under its title: its paragraph in the Title style;
// else its first heading when no other is at that heading's level or above;
// else the title in the document's properties.
func (w *odtWriter) write(body *node, docTitle string) {
	var heads []*node
	var levels []int
	hasTitle := false
	for _, c := range body.children {
		hasTitle = hasTitle || w.isTitle(c)
		if w.level(c) == 0 {
			continue
		}
		if text, _ := w.runs(c); text != "" {
			heads, levels = append(heads, c), append(levels, w.level(c))
		}
	}
	switch first, top := soleTop(heads, levels); {
	case hasTitle:
	case first != nil:
		text, _ := w.runs(first)
		w.title(text, first, top)
	case docTitle != "":
		w.title(docTitle, nil, 0)
	}
	w.blocks(body)
}

// blocks writes the headings, paragraphs, lists and tables under n.
func (w *odtWriter) blocks(n *node) {
	for _, c := range n.children {
		switch {
		case w.level(c) > 0:
			w.head(c)
		case c.name == "p":
			w.para(c)
		case c.name == "list":
			w.list(c, 0, c.attrs["style-name"])
		case c.name == "table":
			w.table(c)
		case c.name == "table-of-content":
			w.paragraph += len(c.all("p", "h")) // its entries name the headings the text has: counted, not read
		}
	}
}

func (w *odtWriter) head(h *node) {
	w.paragraph++
	text, _ := w.runs(h)
	switch {
	case h == w.titleAt:
		w.out.Place(0, w.paragraph) // written first, told where it stands
	case text != "":
		w.heading(w.level(h), text)
	}
	w.noted(-1)
	w.blocks(h) // what a frame in it holds, after it
}

func (w *odtWriter) para(p *node) {
	w.paragraph++
	text, bold := w.runs(p)
	switch {
	case text == "":
	case w.isTitle(p):
		w.heading(0, text)
	case w.inherits(p.attrs["style-name"], func(name string, _ odtStyle) bool { return name == "Subtitle" }):
		w.subtitle(text)
	default:
		w.text(text, bold)
	}
	w.noted(-1)
	w.blocks(p) // what a frame in it holds, after it
}

// noted writes the notes the paragraph read last cites after it, as
// paragraphs of their own, or as more paragraphs of a list's entry at
// depth (-1 for none): "Footnote 1: …", numbered in the order cited, as
// Writer shows them.
func (w *odtWriter) noted(depth int) {
	for _, n := range w.notes {
		w.paragraph++
		if depth >= 0 {
			w.entry(depth, " ", n)
		} else {
			w.text(n, false)
		}
	}
	w.notes = w.notes[:0]
}

// list writes a list's entries at depth, each entry's first paragraph
// marked ("-", or "1." where style numbers the level) and its other
// paragraphs under it.
func (w *odtWriter) list(l *node, depth int, style string) {
	if s := l.attrs["style-name"]; s != "" {
		style = s
	}
	numbered := w.numbered[style][strconv.Itoa(depth+1)]
	count := 0
	for _, item := range l.children {
		if item.name != "list-item" && item.name != "list-header" {
			continue
		}
		marked := false
		for _, c := range item.children {
			switch c.name {
			case "p", "h":
				w.paragraph++
				text, _ := w.runs(c)
				if text == "" {
					continue
				}
				marker := "-"
				switch {
				case marked:
					marker = " " // its entry's paragraph after the first
				case numbered:
					count++
					marker = strconv.Itoa(count) + "."
				}
				w.entry(depth, marker, text)
				w.noted(depth)
				marked = true
			case "list":
				w.list(c, depth+1, style)
			case "table":
				w.table(c)
			}
		}
	}
}

// table writes a table as a Markdown pipe table, its first row the header.
func (w *odtWriter) table(t *node) {
	var rows [][]string
	for _, tr := range t.all("table-row") {
		var cells []string
		for _, tc := range tr.children {
			if tc.name != "table-cell" {
				continue
			}
			var parts []string
			for _, p := range tc.all("p", "h") {
				w.paragraph++
				if text, _ := w.runs(p); text != "" {
					parts = append(parts, text)
				}
				parts, w.notes = append(parts, w.notes...), w.notes[:0] // a note in a cell stays in it
			}
			cells = append(cells, cell(parts))
		}
		if len(cells) > 0 {
			rows = append(rows, cells)
		}
	}
	w.rows(rows)
}

// plain writes the paragraphs of a document that marks no structure as
// lines of text, as typed: an empty paragraph a blank line, leading spaces
// and tabs kept.
func (w *odtWriter) plain(body *node) {
	for _, c := range body.children {
		if c.name == "p" {
			w.paragraph++
			typed, _ := w.paragraphText(c)
			w.line(strings.TrimRightFunc(typed, unicode.IsSpace))
		}
	}
}

// runs returns the text of paragraph p, its spaces folded, and whether all
// its letters are bold.
func (w *odtWriter) runs(p *node) (string, bool) {
	typed, bold := w.paragraphText(p)
	return strings.Join(strings.Fields(typed), " "), bold
}

// paragraphText returns the text of paragraph p as typed, spaces and tabs
// and all (not the blocks a frame in it holds, nor the notes it cites,
// which it keeps in w.notes), and whether all its letters are bold.
func (w *odtWriter) paragraphText(p *node) (typed string, bold bool) {
	var b strings.Builder
	var count boldLetters
	var walk func(n *node, inBold bool)
	walk = func(n *node, inBold bool) {
		for _, c := range n.children {
			switch c.name {
			case "":
				// White space in the XML is one space; text:s and text:tab
				// write the spaces and tabs typed.
				text := strings.Join(strings.FieldsFunc(c.text, isXMLSpace), " ")
				switch {
				case c.text == "":
				case text == "":
					text = " "
				default:
					if isXMLSpace(rune(c.text[0])) {
						text = " " + text
					}
					if isXMLSpace(rune(c.text[len(c.text)-1])) {
						text += " "
					}
				}
				b.WriteString(text)
				count.add(text, inBold)
			case "span", "a":
				walk(c, inBold || w.bold(c.attrs["style-name"]))
			case "s":
				n, err := strconv.Atoi(c.attrs["c"])
				if err != nil || n < 1 {
					n = 1
				}
				b.WriteString(strings.Repeat(" ", min(n, 100)))
			case "tab":
				b.WriteByte('\t')
			case "line-break":
				b.WriteByte(' ')
			case "note":
				var note []string
				for _, np := range c.find("note-body").all("p") {
					if text, _ := w.runs(np); text != "" {
						note = append(note, text)
					}
				}
				if len(note) > 0 {
					class := c.attrs["note-class"]
					if class != "endnote" {
						class = "footnote"
					}
					w.notes = append(w.notes, w.noteLabel(class)+": "+strings.Join(note, " "))
				}
			case "annotation": // a comment, read as a note is: "Comment: …"
				var said []string
				for _, ap := range c.all("p") {
					if text, _ := w.runs(ap); text != "" {
						said = append(said, text)
					}
				}
				if len(said) > 0 {
					w.notes = append(w.notes, corpus.Comment(strings.Join(said, " ")))
				}
			}
		}
	}
	walk(p, w.bold(p.attrs["style-name"]))
	return b.String(), count.all()
}

func isXMLSpace(r rune) bool { return r == ' ' || r == '\t' || r == '\n' || r == '\r' }
