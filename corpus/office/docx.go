package office

import (
	"errors"
	"regexp"
	"strconv"
	"strings"
	"unicode"

	"github.com/conceptbot/conceptbot/corpus"
)

// A Word document (.docx) is read from word/document.xml: paragraphs in
// the Title style or a Heading style (or a style based on one) are its
// title and sections, numbered and bulleted paragraphs its lists, tables
// its pipe tables, a paragraph all in bold a bold line (a subheading to
// corpus), its table of contents left out, a text box's paragraphs follow
// the paragraph that holds it, a footnote or an endnote ("Footnote 1: …")
// and a comment ("Comment: …") a paragraph after the paragraph that cites
// it, or a part of the list entry that does; notes no paragraph cites
// follow the text. A document that marks none of these (a text file
// opened in Word) is read by the rules of plain-text notes, a paragraph a
// line.

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Word document",
		Extensions: []string{".docx"},
		Magic:      IsDocx,
		Convert:    ConvertDocument,
	})
}

// IsDocx reports whether data is a zip file holding a Word document.
func IsDocx(data []byte) bool { return zipHolding(data, "word/") }

// ConvertDocument reads a Word document into Markdown.
func ConvertDocument(data []byte) (corpus.Converted, error) {
	zr, err := open(data, word)
	if err != nil {
		return corpus.Converted{}, err
	}
	r := newReader(zr, word, wordRead, wordSkip, officeText)
	doc, err := r.part("word/document.xml")
	if err != nil {
		return corpus.Converted{}, err
	}
	if doc == nil {
		return corpus.Converted{}, errors.New("not a Word document (.docx): it has no word/document.xml")
	}
	var parts [3]*node // styles, numbering, properties
	for i, name := range []string{"word/styles.xml", "word/numbering.xml", "docProps/core.xml"} {
		if parts[i], err = r.part(name); err != nil {
			return corpus.Converted{}, err
		}
	}
	comments, err := r.part("word/comments.xml")
	if err != nil {
		return corpus.Converted{}, err
	}
	var notes []*node // footnotes, then endnotes
	for _, name := range []string{"word/footnotes.xml", "word/endnotes.xml"} {
		part, err := r.part(name)
		if err != nil {
			return corpus.Converted{}, err
		}
		notes = append(notes, part.all("footnote", "endnote")...)
	}
	return writeDocument(doc, parts[0], parts[1], parts[2], comments, notes)
}

// writeDocument writes a Word document from its parts (of a zip, or the
// one tree of a flat document): its body, styles, numbering, properties,
// comments and notes.
func writeDocument(doc, styles, numbering, properties, comments *node, notes []*node) (corpus.Converted, error) {
	w := &writer{headings: headingStyles(styles), lists: listFormats(numbering), comments: commentsByID(comments), notes: notesByID(notes)}
	body := doc.find("body")
	withoutContents(body, contentsStyles(styles))
	markdown := w.structured(body)
	if markdown {
		w.write(body, title(properties))
	} else {
		w.plain(body)
	}
	// The footnotes and endnotes no paragraph cites (all of them in a
	// document read as plain text), as paragraphs after the text.
	for _, n := range notes {
		if w.notes[n.name+" "+n.attrs["id"]] == nil {
			continue // written where it is cited
		}
		if markdown {
			w.blocks(n)
		} else {
			w.plain(n)
		}
	}
	return w.converted(markdown, word.short)
}

// headingStyles maps the paragraph styles of styles.xml to heading levels:
// 0 for the title (style "Title"), subtitleLevel for its subtitle, 1 to 6
// for "heading 1" to "heading 6" or an outline level, and a style based on
// one to its level.
func headingStyles(styles *node) map[string]int {
	levels := map[string]int{}
	based := map[string]string{}
	if styles == nil {
		return levels
	}
	root := styles.find("styles")
	if root == nil {
		return levels
	}
	for _, s := range root.children {
		if s.name != "style" || s.attrs["type"] != "paragraph" {
			continue
		}
		id := s.attrs["styleId"]
		name := strings.ToLower(s.val("name"))
		switch {
		case name == "title":
			levels[id] = 0
		case name == "subtitle":
			levels[id] = subtitleLevel
		case strings.HasPrefix(name, "heading "):
			if n, err := strconv.Atoi(strings.TrimPrefix(name, "heading ")); err == nil && n >= 1 && n <= 6 {
				levels[id] = n
			}
		default:
			if lvl := s.child("pPr").val("outlineLvl"); lvl != "" {
				if n, err := strconv.Atoi(lvl); err == nil && n >= 0 && n < 6 {
					levels[id] = n + 1
				}
			}
		}
		if b := s.val("basedOn"); b != "" {
			based[id] = b
		}
	}
	for id, b := range based {
		if _, ok := levels[id]; ok {
			continue
		}
		for range 10 { // a chain of styles based on styles, bounded
			if lvl, ok := levels[b]; ok {
				levels[id] = lvl
				break
			}
			if b = based[b]; b == "" {
				break
			}
		}
	}
	return levels
}

// contentsStyles returns the IDs of the paragraph styles of a table of
// contents: Word's "toc 1" to "toc 9" and "TOC Heading", Writer's
// "Contents 1" … and "Contents Heading".
func contentsStyles(styles *node) map[string]bool {
	ids := map[string]bool{}
	if styles == nil {
		return ids
	}
	if root := styles.find("styles"); root != nil {
		for _, s := range root.children {
			if s.name == "style" && s.attrs["type"] == "paragraph" && contentsStyleRE.MatchString(strings.ToLower(s.val("name"))) {
				ids[s.attrs["styleId"]] = true
			}
		}
	}
	return ids
}

var contentsStyleRE = regexp.MustCompile(`^(?:toc|contents) (?:\d{1,2}|heading)$`)

// withoutContents marks body's table of contents, its paragraphs in
// styles, as no text to read (contentsPara): its entries name the headings
// the text has, each with a page number. They are counted still, so that
// problems are reported at the paragraphs Word numbers.
func withoutContents(body *node, styles map[string]bool) {
	if body == nil || len(styles) == 0 {
		return
	}
	for _, c := range body.children {
		if c.name == "p" && styles[c.child("pPr").val("pStyle")] {
			c.name = contentsPara
		}
	}
}

// contentsPara names a paragraph of a table of contents (see withoutContents).
const contentsPara = "toc entry"

// subtitleLevel is the level headingStyles gives the Subtitle style.
const subtitleLevel = -1

// listFormats maps a list's number (numId) and level to whether its
// entries are numbered ("decimal", "lowerLetter", …) rather than bulleted.
func listFormats(numbering *node) map[[2]string]bool {
	numbered := map[[2]string]bool{}
	if numbering == nil {
		return numbered
	}
	root := numbering.find("numbering")
	if root == nil {
		return numbered
	}
	abstract := map[string]*node{}
	for _, c := range root.children {
		if c.name == "abstractNum" {
			abstract[c.attrs["abstractNumId"]] = c
		}
	}
	for _, c := range root.children {
		if c.name != "num" {
			continue
		}
		a := abstract[c.val("abstractNumId")]
		if a == nil {
			continue
		}
		for _, lvl := range a.children {
			if lvl.name == "lvl" {
				f := lvl.val("numFmt")
				numbered[[2]string{c.attrs["numId"], lvl.attrs["ilvl"]}] = f != "" && f != "bullet" && f != "none"
			}
		}
	}
	return numbered
}

// writer writes the body of a document as Markdown.
type writer struct {
	paraWriter
	headings map[string]int
	lists    map[[2]string]bool
	numbers  map[[2]string]int // the entries numbered so far of each list (numId) and level
	comments map[string]*node  // word/comments.xml's comments by their ID
	notes    map[string]*node  // the footnotes and endnotes not yet written, by kind and ID ("footnote 2")
}

// notesByID returns footnotes and endnotes by their kind and ID ("footnote
// 2"), without the separator lines Word keeps among them.
func notesByID(notes []*node) map[string]*node {
	byID := map[string]*node{}
	for _, n := range notes {
		if t := n.attrs["type"]; t == "" || t == "normal" {
			byID[n.name+" "+n.attrs["id"]] = n
		}
	}
	return byID
}

// commentsByID returns the comments of word/comments.xml by their ID.
func commentsByID(part *node) map[string]*node {
	byID := map[string]*node{}
	for _, c := range part.all("comment") {
		byID[c.attrs["id"]] = c
	}
	return byID
}

// write writes body under its title: its paragraph in the Title style (of
// several, the title in the document's properties or its file's name,
// each Title paragraph a section's heading); else its first heading when
// no other is at that heading's level or above (a document whose one
// Heading 1 names it); else the title in the document's properties.
// Without any, the Markdown rules title it.
func (w *writer) write(body *node, docTitle string) {
	if body == nil {
		return
	}
	var heads []*node
	var levels []int
	titles := 0
	for _, c := range body.children {
		if c.name != "p" {
			continue
		}
		lvl, ok := w.headings[c.child("pPr").val("pStyle")]
		if !ok || lvl == subtitleLevel {
			continue
		}
		if text, _ := runs(c); text == "" {
			continue
		}
		if lvl == 0 {
			titles++
		}
		heads, levels = append(heads, c), append(levels, lvl)
	}
	switch first, top := soleTop(heads, levels); {
	case titles > 1:
		// A page's title each (OneNote's export of a section): sections,
		// their headings a level below them, under the document's title.
		if docTitle != "" {
			w.title(docTitle, nil, -1)
		} else {
			w.titled, w.byName, w.shift = true, true, -1
		}
	case titles == 1:
	case first != nil:
		// Written first, as its own line would be: text before it (a
		// line of tags) is the notes' opening, not their title.
		text, _ := runs(first)
		w.title(text, first, top)
	case docTitle != "":
		w.title(docTitle, nil, 0)
	}
	w.blocks(body)
}

// structured reports whether the document marks its structure: a heading
// style, a list or a table. One that does not is typed text (or a text
// file opened in Word), read by the rules of plain-text notes.
func (w *writer) structured(body *node) bool {
	if body == nil {
		return false
	}
	for _, c := range body.children {
		switch c.name {
		case "tbl":
			return true
		case "p":
			ppr := c.child("pPr")
			if _, ok := w.headings[ppr.val("pStyle")]; ok {
				return true
			}
			if _, _, ok := listItem(ppr); ok {
				return true
			}
		}
	}
	return false
}

// listItem returns the list (numId) and level of a paragraph whose
// properties are ppr, when it is a list's entry.
func listItem(ppr *node) (list, level string, ok bool) {
	num := ppr.child("numPr")
	list = num.val("numId")
	if list == "" { // Word 2003 XML's list entry: w:listPr, its list w:ilfo
		num = ppr.child("listPr")
		list = num.val("ilfo")
	}
	return list, num.val("ilvl"), list != "" && list != "0"
}

// plain writes the paragraphs of a document that marks no structure as
// lines of text, as typed: an empty paragraph a blank line, leading spaces
// and tabs kept.
func (w *writer) plain(n *node) {
	if n == nil {
		return
	}
	for _, c := range n.children {
		switch c.name {
		case contentsPara:
			w.paragraph++
		case "p":
			w.paragraph++
			typed, _ := paragraphText(c)
			w.line(strings.TrimRightFunc(typed, unicode.IsSpace))
			for _, box := range c.all("txbxContent") {
				w.plain(box)
			}
		}
	}
}

// blocks writes the paragraphs and tables under n (content controls,
// w:sdt, and the like are read through: see wordRead).
func (w *writer) blocks(n *node) {
	for _, c := range n.children {
		switch c.name {
		case contentsPara:
			w.paragraph++
		case "p":
			w.para(c)
		case "tbl":
			w.table(c)
		}
	}
}

func (w *writer) para(p *node) {
	w.paragraph++
	w.paraText(p)
	for _, box := range p.all("txbxContent") {
		w.blocks(box) // a text box's paragraphs, after the paragraph that holds it
	}
	// A footnote or an endnote follows the paragraph that cites it ("Footnote
	// 1: …", numbered in the order cited, as Word shows it), as a comment
	// follows the paragraph it is anchored in.
	for _, r := range w.remarks(p) {
		w.remark(p, r)
	}
}

// remarks returns the comments and notes paragraph p cites, each
// "Comment: …", "Footnote 1: …", taking each from those not yet written:
// it is written once, where it is first cited.
func (w *writer) remarks(p *node) []string {
	var out []string
	for _, ref := range p.all("footnoteReference", "endnoteReference", "commentReference") {
		var n *node
		label := "Comment"
		if ref.name == "commentReference" {
			n = w.comments[ref.attrs["id"]]
			delete(w.comments, ref.attrs["id"])
		} else {
			kind := strings.TrimSuffix(ref.name, "Reference")
			key := kind + " " + ref.attrs["id"]
			if n = w.notes[key]; n == nil {
				continue
			}
			delete(w.notes, key)
			label = w.noteLabel(kind)
		}
		if n == nil {
			continue
		}
		var said []string
		for _, cp := range n.all("p") {
			if text, _ := runs(cp); text != "" {
				said = append(said, text)
			}
		}
		if len(said) > 0 {
			out = append(out, label+": "+strings.Join(said, " "))
		}
	}
	return out
}

// remark writes text, a comment or a note on paragraph p, after p; on a
// list's entry, with the entry, not numbered among the entries.
func (w *writer) remark(p *node, text string) {
	w.paragraph++
	_, heading := w.headings[p.child("pPr").val("pStyle")]
	if _, level, ok := listItem(p.child("pPr")); ok && !heading {
		depth, _ := strconv.Atoi(level)
		w.entry(depth+1, "-", text) // the entry's, not an entry of the list
		return
	}
	w.text(text, false)
}

func (w *writer) paraText(p *node) {
	text, bold := runs(p)
	if text == "" {
		return
	}
	ppr := p.child("pPr")
	if p == w.titleAt {
		w.out.Place(0, w.paragraph) // written first, told where it stands
		return
	}
	if lvl, ok := w.headings[ppr.val("pStyle")]; ok {
		if lvl == subtitleLevel {
			w.subtitle(text)
		} else {
			w.heading(lvl, text)
		}
		return
	}
	if list, level, ok := listItem(ppr); ok {
		depth, _ := strconv.Atoi(level)
		marker := "-"
		if w.numbers == nil {
			w.numbers = map[[2]string]int{}
		}
		for deeper := depth + 1; deeper <= 8; deeper++ {
			delete(w.numbers, [2]string{list, strconv.Itoa(deeper)}) // a new entry above restarts those below
		}
		if key := [2]string{list, level}; w.lists[key] {
			w.numbers[key]++
			marker = strconv.Itoa(w.numbers[key]) + "."
		}
		w.entry(depth, marker, text)
		return
	}
	w.text(text, bold)
}

// table writes a table as a Markdown pipe table, its first row the header;
// a table that lays notes out in cells (see notesLayout), a row a section.
func (w *writer) table(t *node) {
	var rows [][]string
	var laid [][][]cellPara
	for _, tr := range t.children {
		if tr.name != "tr" {
			continue
		}
		var cells []string
		var paras [][]cellPara
		for _, tc := range tr.children {
			if tc.name != "tc" {
				continue
			}
			var parts []string
			var ps []cellPara
			var walk func(n *node)
			walk = func(n *node) {
				for _, c := range n.children {
					switch c.name {
					case "p":
						w.paragraph++
						if text, bold := runs(c); text != "" {
							parts = append(parts, text)
							ps = append(ps, cellPara{text, bold, w.paragraph})
						}
						parts = append(parts, w.remarks(c)...) // a comment on a cell, a note it cites: the cell's
					case "tbl", "tr", "tc":
						walk(c)
					}
				}
			}
			walk(tc)
			cells = append(cells, cell(parts))
			paras = append(paras, ps)
		}
		if len(cells) > 0 {
			rows = append(rows, cells)
			laid = append(laid, paras)
		}
	}
	if notesLayout(laid) {
		w.layoutRows(laid)
		return
	}
	w.rows(rows)
}

// cellPara is a paragraph of a table's cell: its text, whether it is all
// bold, and its number in the document.
type cellPara struct {
	text string
	bold bool
	at   int
}

// notesLayout reports whether a table lays notes out rather than holding
// data: in two rows at least, and half of them, a cell opens with a short
// line in bold over the text it heads (Cornell notes' "Notes" column beside
// its cues, two-column notes).
func notesLayout(rows [][][]cellPara) bool {
	headed := 0
	for _, r := range rows {
		if headedCell(r) >= 0 {
			headed++
		}
	}
	return headed >= 2 && headed*2 >= len(rows)
}

// headedCell returns the index of the first cell of a row that opens with
// a short line in bold over more text; -1 for none.
func headedCell(row [][]cellPara) int {
	for i, ps := range row {
		if len(ps) >= 2 && cellHead(ps[0]) {
			return i
		}
	}
	return -1
}

func cellHead(p cellPara) bool {
	return p.bold && len(strings.Fields(p.text)) <= maxCellHeadWords && !strings.HasSuffix(p.text, ".")
}

// maxCellHeadWords is the most words of a line heading a cell's notes.
const maxCellHeadWords = 8

// layoutRows writes a table of notes a row a section, a level below the
// heading before it: headed by the bold line its notes open with and the
// other cells' text (a cue's question) in brackets, then the notes, one
// passage. A row
// of one cell opening in bold ("Summary") is headed by that line; a row of
// short cells over the others, the columns' names, is left out.
func (w *writer) layoutRows(rows [][][]cellPara) {
	for i, r := range rows {
		h := headedCell(r)
		if i == 0 && h < 0 && columnNames(r) {
			continue
		}
		if h < 0 && len(r) > 0 && len(r[len(r)-1]) >= 1 && cellHead(r[len(r)-1][0]) {
			h = len(r) - 1 // "Summary" over its text, or alone beside its label
		}
		var aside []string
		for k, ps := range r {
			if k == h {
				continue
			}
			for _, p := range ps {
				aside = append(aside, p.text)
			}
		}
		if h < 0 {
			for _, t := range aside {
				w.text(t, false)
			}
			continue
		}
		ps := r[h]
		head := ps[0].text
		if len(aside) > 0 && len(ps) > 1 {
			head += " (" + strings.Join(aside, " ") + ")"
			aside = nil
		}
		w.paragraph = ps[0].at
		w.heading(w.level+1, head)
		w.level--
		var notes []string // one passage: a row's notes are one note
		for _, p := range ps[1:] {
			notes = append(notes, p.text)
		}
		if len(ps) > 1 {
			w.paragraph = ps[1].at
		}
		w.text(strings.Join(append(notes, aside...), " "), false)
	}
}

// columnNames reports whether a row is a table's columns' names: each
// cell one short line.
func columnNames(row [][]cellPara) bool {
	for _, ps := range row {
		if len(ps) > 1 || len(ps) == 1 && len(strings.Fields(ps[0].text)) > maxCellHeadWords {
			return false
		}
	}
	return true
}

// paragraphText returns the text of paragraph p as typed, spaces and tabs
// and all, and whether all its letters are bold.
func paragraphText(p *node) (typed string, bold bool) {
	var b strings.Builder
	var count boldLetters
	var walk func(n *node, inBold bool)
	walk = func(n *node, inBold bool) {
		for _, c := range n.children {
			switch c.name {
			case "r":
				walk(c, c.child("rPr").on("b"))
			case "t":
				for _, t := range c.children {
					b.WriteString(t.text)
					count.add(t.text, inBold)
				}
			case "tab":
				b.WriteByte('\t')
			case "br", "cr":
				b.WriteByte(' ')
			case "noBreakHyphen":
				b.WriteByte('-')
			case "sym":
				b.WriteString(symbolChar(c.attr("font"), c.attr("char")))
			}
		}
	}
	walk(p, false)
	return b.String(), count.all()
}

// runs returns the text of paragraph p, its spaces folded, and whether
// all its letters are bold.
func runs(p *node) (string, bool) {
	typed, bold := paragraphText(p)
	return strings.Join(strings.Fields(typed), " "), bold
}

// wordRead are the elements of a Word document kept; wordSkip those
// skipped with all they hold: deleted text, field codes, the copy of a
// drawing for old readers (mc:Fallback), phonetic guides. The others are
// read through: a hyperlink's or a content control's runs and paragraphs
// go to the element holding it, a text box's paragraphs to the paragraph
// whose drawing holds it.
var (
	wordRead = setOf(`document body p pPr pStyle numPr ilvl numId listPr ilfo r rPr b t tab br cr noBreakHyphen sym
		tbl tr tc txbxContent footnotes footnote endnotes endnote comments comment commentReference footnoteReference endnoteReference
		styles style name basedOn outlineLvl numbering abstractNum num abstractNumId lvl numFmt coreProperties title`)
	wordSkip = setOf(`del moveFrom delText instrText Fallback rt pPrChange rPrChange`)
)
