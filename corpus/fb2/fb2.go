// Package fb2 reads e-books saved as FictionBook 2 (.fb2), the XML
// e-book of online libraries, of FictionBook Editor and of converters
// such as calibre. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/fb2"
//
// # The format
//
// A FictionBook is one XML file, in the encoding its declaration names:
// UTF-8 mostly, windows-1251 often in older books, or another that the
// WHATWG Encoding Standard names (KOI8-R); UTF-16 is refused, saying so.
//
//	<FictionBook xmlns="http://www.gribuser.ru/xml/fictionbook/2.0" xmlns:l="http://www.w3.org/1999/xlink">
//	  <description><title-info><author>…</author><book-title>…</book-title><annotation>…</annotation></title-info>
//	    <document-info>…</document-info><publish-info>…</publish-info></description>
//	  <body><title>…</title><epigraph>…</epigraph>
//	    <section><title><p>Chapter 1</p><p>…</p></title><p>… <a l:href="#n1" type="note">[1]</a></p><section>…</section></section></body>
//	  <body name="notes"><section id="n1"><title><p>1</p></title><p>…</p></section></body>
//	  <binary id="cover.jpg" content-type="image/jpeg">…base64…</binary>
//	</FictionBook>
//
// # Markdown
//
// The book's title (title-info's book-title, else the title of its body)
// titles the notes; a part of the body's title that is neither the book's
// title nor its author's name is its subtitle. Sections are headings by
// their depth ("##" a chapter, "###" a section within it); a section with
// no title adds no level, its text read as its parent's, but for one that
// follows a titled sibling, "Section 3", so that its text is not read as
// the sibling's. A paragraph is a paragraph, its strong words in bold; a
// subtitle, or a poem's or a stanza's title, is a bold line ("* * *", a
// break between scenes, is left out); a stanza is a paragraph of its
// lines, the poem's author and date under its last; an epigraph or a
// cite is a quote, its author after it ("— B. R. Ambedkar"); a table is
// a table, its first row the header.
//
// A footnote is read where it is cited, in parentheses after the words it
// notes, as a student reads a book with its notes at the foot of the
// page: a note of one short paragraph is part of the passage that cites
// it, and a question about either finds both. A note too long to be read
// so (over maxInlineNote characters, or sections of its own), one that is
// not cited, or cited only in a title, stays in a section of the notes,
// titled as the book titles them ("Notes"), each note under its own
// title ("12"), its citation keeping its mark ("[12]").
//
// The authors and the annotation, the book's blurb, are a last section,
// "About this book" ("By Granville Austin." and the blurb). Left out: the
// rest of the description (genres, keywords, dates, the publisher, the
// ISBN, the program that made the file, its history), the pictures and
// their base64 data, ids, styles and the marks of links that are no
// notes; a link reads as its text.
//
// Each line's place is its line in the file. A book whose paragraphs do
// not stand on lines of their own (half of them or more share a line, as
// some converters write the whole body on one) is placed by paragraph
// instead: the number of its paragraph element (p, v, subtitle,
// text-author, table row) from the start of the file.
//
// # Bounds
//
// A file is read within MaxBytes; it holds at most maxElements elements,
// nested at most maxDepth deep. Pictures are skipped unread.
package fb2

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html/charset"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "FictionBook e-book",
		Extensions: []string{".fb2"},
		Magic:      IsFictionBook,
		Convert:    Convert,
	})
}

// Limits on one book.
const (
	MaxBytes      = 50 << 20  // larger files are refused; a book's pictures take most of its bytes
	maxElements   = 2_000_000 // some 150 MB of them
	maxDepth      = 256
	maxInlineNote = 600 // characters: a longer note stays in the notes' section
	maxColumns    = 64
	maxBold       = 120 // characters: a longer paragraph all in bold is a paragraph, not a bold line
)

var bom = []byte("\ufeff")

// IsFictionBook reports whether data is a FictionBook: its first element,
// after the XML declaration and comments, is FictionBook.
func IsFictionBook(data []byte) bool {
	d := decoder(data[:min(len(data), 16<<10)], nil)
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if s, ok := tok.(xml.StartElement); ok {
			return s.Name.Local == "FictionBook"
		}
	}
}

// decoder returns a lenient decoder of data (HTML's entities, unquoted
// attributes), reading the encodings that the XML declaration names. An
// encoding it does not know is recorded in *unknown.
func decoder(data []byte, unknown *string) *xml.Decoder {
	d := xml.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, bom)))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) {
		cr, err := charset.NewReaderLabel(label, r)
		if err != nil && unknown != nil {
			*unknown = label
		}
		return cr, err
	}
	return d
}

// node is an element of the book, or a text ("" its name). A book may
// hold millions, so it is small: its children are a list, and of its
// attributes it keeps the one its kind of element needs.
type node struct {
	name string
	text string
	// key is a section's id ("n1"), a link's href ("#n1"), a body's name
	// ("notes") or a cell's colspan ("2"); "" for other elements.
	key         string
	line, para  int32 // the line it starts on; the number of its paragraph element, or of the next one
	first, next *node // its first child, its next sibling
}

// kids are n's children in order.
func (n *node) kids() iter.Seq[*node] {
	return func(yield func(*node) bool) {
		for k := n.first; k != nil; k = k.next {
			if !yield(k) {
				return
			}
		}
	}
}

// keys are the attributes kept, by the elements that keep them.
var keys = map[string]string{"section": "id", "a": "href", "body": "name", "td": "colspan", "th": "colspan"}

// paragraphs are the elements counted as paragraphs, when they place the
// lines.
var paragraphs = map[string]bool{"p": true, "v": true, "subtitle": true, "text-author": true, "tr": true}

// inlineParents are the elements whose white space is text: the spaces
// between words in a paragraph, not those between paragraphs.
var inlineParents = map[string]bool{
	"p": true, "v": true, "subtitle": true, "text-author": true, "td": true, "th": true, "date": true,
	"strong": true, "emphasis": true, "style": true, "a": true, "strikethrough": true, "sub": true, "sup": true, "code": true,
}

// tree is a book read: its root element, and whether its paragraphs
// stand on lines of their own.
type tree struct {
	root  *node
	lined bool
}

// read reads data into a tree of its elements, but for the pictures'
// data and the description other than title-info.
func read(data []byte) (tree, error) {
	var unknown string
	d := decoder(data, &unknown)
	var (
		stack, last    []*node // the elements open, and the last child of each
		root           *node
		elements       int
		paras, lines   int // paragraph elements, and the lines they start on
		lastLine       int
		unknownEncoded = func(err error) error {
			if unknown != "" {
				return encodingError(unknown)
			}
			return err
		}
	)
	add := func(n *node) {
		top := len(stack) - 1
		if last[top] == nil {
			stack[top].first = n
		} else {
			last[top].next = n
		}
		last[top] = n
	}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return tree{}, unknownEncoded(err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			name := t.Name.Local
			if root == nil && name != "FictionBook" {
				return tree{}, fmt.Errorf("its first element is <%s>, not <FictionBook>", name)
			}
			if skipped(name, stack) {
				if err := d.Skip(); err != nil {
					return tree{}, unknownEncoded(err)
				}
				continue
			}
			if elements++; elements > maxElements {
				return tree{}, tooLarge{fmt.Sprintf("more than %d elements", maxElements)}
			}
			if len(stack) >= maxDepth {
				return tree{}, fmt.Errorf("its elements are nested more than %d deep", maxDepth)
			}
			line, _ := d.InputPos()
			n := &node{name: name, line: int32(line), para: int32(paras + 1)}
			if paragraphs[name] {
				paras++
				if line != lastLine {
					lines++
					lastLine = line
				}
			}
			for _, a := range t.Attr {
				if a.Name.Local == keys[name] {
					n.key = a.Value
				}
			}
			if root == nil {
				root = n
			} else {
				add(n)
			}
			stack, last = append(stack, n), append(last, nil)
		case xml.EndElement:
			if len(stack) > 0 {
				stack, last = stack[:len(stack)-1], last[:len(last)-1]
			}
			if len(stack) == 0 && root != nil {
				return tree{root, paras == 0 || lines*2 > paras}, nil
			}
		case xml.CharData:
			if len(stack) == 0 {
				continue
			}
			top := stack[len(stack)-1]
			if !inlineParents[top.name] && len(bytes.TrimSpace(t)) == 0 {
				continue
			}
			if elements++; elements > maxElements {
				return tree{}, tooLarge{fmt.Sprintf("more than %d elements", maxElements)}
			}
			line, _ := d.InputPos()
			add(&node{text: cleaner.Replace(string(t)), line: int32(line), para: int32(paras + 1)})
		}
	}
	if root == nil {
		return tree{}, errors.New("it holds no <FictionBook> element")
	}
	return tree{root, paras == 0 || lines*2 > paras}, nil
}

// cleaner takes out of a text the soft hyphens that typesetting put in,
// and the bytes this package marks bold text with.
var cleaner = strings.NewReplacer("\u00ad", "", "\x01", "", "\x02", "")

// skipped reports whether the element name, inside those of stack, is
// left unread: a picture's data, the description's parts other than
// title-info (the file's history, the publisher's details).
func skipped(name string, stack []*node) bool {
	if name == "binary" || name == "stylesheet" {
		return true
	}
	return len(stack) > 0 && stack[len(stack)-1].name == "description" && name != "title-info"
}

// encodingError is the encoding a book declares that cannot be read.
type encodingError string

func (e encodingError) Error() string {
	return fmt.Sprintf("the FictionBook is in an encoding that cannot be read (%q): save it as UTF-8", string(e))
}

// tooLarge is a book with more of something than it may hold.
type tooLarge struct{ what string }

func (e tooLarge) Error() string { return "FictionBook too large: " + e.what }

// Convert writes a FictionBook as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("FictionBook too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	if len(bytes.TrimSpace(bytes.TrimPrefix(data, bom))) == 0 {
		return corpus.Converted{}, errors.New("the FictionBook file is empty")
	}
	if bytes.HasPrefix(data, []byte{0xff, 0xfe}) || bytes.HasPrefix(data, []byte{0xfe, 0xff}) {
		return corpus.Converted{}, errors.New("the FictionBook is saved as UTF-16, which cannot be read: save it as UTF-8")
	}
	t, err := read(data)
	if err != nil {
		return corpus.Converted{}, damaged(err)
	}
	var info *node
	var bodies, notes []*node
	for k := range t.root.kids() {
		switch {
		case k.name == "description":
			info = child(k, "title-info")
		case k.name == "body" && k.key != "" && len(bodies) > 0:
			notes = append(notes, k) // <body name="notes">, "comments"
		case k.name == "body":
			bodies = append(bodies, k)
		}
	}
	if len(bodies) == 0 {
		return corpus.Converted{}, errors.New("damaged FictionBook: it has no <body>")
	}
	w := &writer{lined: t.lined, notes: map[string]*node{}, placed: map[*node]bool{}, left: map[*node]bool{}, noteTexts: map[*node]string{}}
	for _, b := range notes {
		w.collectNotes(b)
	}
	title, authors := "", []string(nil)
	if info != nil {
		title = corpus.OneLine(w.plain(child(info, "book-title")))
		authors = names(info)
	}
	var sub []string // the body's title but for the book's title and authors
	for _, p := range w.titleParts(child(bodies[0], "title")) {
		if !sameName(p, title, authors) {
			sub = append(sub, p)
		}
	}
	at := w.at(child(info, "book-title"))
	if title == "" {
		title, sub, at = joinParts(sub), nil, w.at(child(bodies[0], "title"))
	}
	if title != "" {
		w.out.Line("# "+corpus.EscapeMarkdown(title), at)
		w.level = 1
	}
	for i, b := range bodies {
		level := 1
		if i > 0 { // another body of the book's: a part, titled by its title
			if t := joinParts(w.titleParts(child(b, "title"))); t != "" {
				w.heading(2, t, b)
				level = 2
			}
		}
		w.blocks(b, level)
	}
	w.inNotes = true
	for _, b := range notes {
		if !w.leftOver(b) {
			continue
		}
		t := joinParts(w.titleParts(child(b, "title")))
		if t == "" { // name="notes": "Notes"
			r, size := utf8.DecodeRuneInString(b.key)
			t = string(unicode.ToUpper(r)) + b.key[size:]
		}
		w.heading(2, t, b)
		w.blocks(b, 2)
	}
	w.inNotes = false
	if !w.text {
		return corpus.Converted{}, errors.New("the FictionBook has no text")
	}
	if annotation := child(info, "annotation"); len(authors) > 0 || annotation != nil && w.leftOver(annotation) {
		w.heading(2, "About this book", info)
		if len(authors) > 0 {
			w.paragraph("By "+corpus.EscapeMarkdown(list(authors))+".", child(info, "author"))
		}
		if annotation != nil {
			w.blocks(annotation, 2)
		}
	}
	unit := "line"
	if !t.lined {
		unit = "paragraph"
	}
	c := w.out.Converted(true, unit)
	c.TitledByName = title == ""
	c.Subtitle = joinParts(sub)
	return c, nil
}

// damaged is the error of a book that could not be read, in words for the
// person who added it.
func damaged(err error) error {
	var enc encodingError
	var large tooLarge
	if errors.As(err, &enc) || errors.As(err, &large) {
		return err
	}
	var se *xml.SyntaxError
	if errors.As(err, &se) {
		switch {
		case strings.HasPrefix(se.Msg, "unexpected EOF"): // in a comment, a CDATA section too
			return fmt.Errorf("damaged FictionBook: it ends at line %d before its elements are closed (cut short?)", se.Line)
		case se.Msg == "invalid UTF-8":
			return fmt.Errorf("damaged FictionBook: line %d is not UTF-8, and the file names no other encoding (such as windows-1251) in its XML declaration", se.Line)
		}
	}
	return fmt.Errorf("damaged FictionBook: %v", err)
}

// writer writes a book's elements as Markdown lines.
type writer struct {
	out   corpus.Lines
	lined bool // places are lines, not paragraphs
	level int  // of the last heading written
	text  bool // a passage's text was written

	quoted    bool // lines are written in a quote
	quoteOpen bool // and one is written

	notes     map[string]*node // the notes' sections by their ids
	placed    map[*node]bool   // notes read where they are cited
	noteTexts map[*node]string // noteText's answers
	left      map[*node]bool   // leftOver's answers
	inNotes   bool             // the notes' sections are written
	inTitle   bool             // a title's text is read
	inNote    bool             // a note's text is read
	inStrong  bool             // bold text is read
}

// at is n's place: its line, or its paragraph's number.
func (w *writer) at(n *node) int {
	if n == nil {
		return 0
	}
	if w.lined {
		return int(n.line)
	}
	return int(n.para)
}

// collectNotes finds the notes in a notes' body: its sections with ids.
func (w *writer) collectNotes(n *node) {
	for k := range n.kids() {
		if k.name == "section" {
			if k.key != "" {
				w.notes[k.key] = k
			}
			w.collectNotes(k)
		}
	}
}

// leftOver reports whether n holds text not read already where it is
// cited.
func (w *writer) leftOver(n *node) bool {
	if n.name == "" {
		return strings.TrimSpace(n.text) != ""
	}
	if w.placed[n] {
		return false
	}
	if left, ok := w.left[n]; ok {
		return left
	}
	left := false
	for k := range n.kids() {
		if k.name != "title" && k.name != "image" && w.leftOver(k) {
			left = true
			break
		}
	}
	w.left[n] = left
	return left
}

// heading writes a heading at level.
func (w *writer) heading(level int, text string, n *node) {
	at := w.at(n)
	w.out.Gap(at)
	w.out.Line(strings.Repeat("#", min(level, 6))+" "+corpus.EscapeMarkdown(text), at)
	w.out.Gap(at)
	w.level = level
}

// blocks writes the elements n holds, in a section at level, but for its
// title.
func (w *writer) blocks(n *node, level int) {
	sections := 0
	for k := range n.kids() {
		if k.name == "section" {
			sections++
			w.section(k, level, sections)
			continue
		}
		w.block(k, level)
	}
}

// block writes an element of a section at level.
func (w *writer) block(k *node, level int) {
	switch k.name {
	case "title", "image", "empty-line":
	case "":
		if t := corpus.OneLine(k.text); t != "" { // text where a paragraph was to be
			w.paragraph(corpus.EscapeMarkdown(t), k)
		}
	case "p", "text-author", "date":
		w.paragraph(w.inline(k), k)
	case "subtitle":
		w.bold(w.plainText(k), k)
	case "epigraph", "cite":
		w.quote(k, level)
	case "poem":
		w.poem(k, level)
	case "table":
		w.table(k)
	case "section":
		w.section(k, level, 0)
	default: // annotation, stanza out of a poem, an element of another schema
		w.blocks(k, level)
	}
}

// section writes a section under a heading at level+1, the nth section
// of its parent.
func (w *writer) section(s *node, level, nth int) {
	if w.placed[s] || w.inNotes && !w.leftOver(s) {
		return
	}
	title := joinParts(w.titleParts(child(s, "title")))
	if title == "" && w.level > level && nth > 0 {
		title = "Section " + strconv.Itoa(nth) // after a titled sibling, whose text it is not
	}
	if title != "" {
		w.heading(level+1, title, s)
		level++
	}
	w.blocks(s, level)
}

// paragraph writes a paragraph of Markdown text.
func (w *writer) paragraph(text string, n *node) {
	if text == "" {
		return
	}
	w.gap(n)
	w.line(escapeLead(text), n)
	w.text = true
}

// bold writes a bold line: a subtitle, a poem's title; a line of no
// words ("* * *", a break between scenes) is left out.
func (w *writer) bold(text string, n *node) {
	if !hasWord(text) {
		return
	}
	if utf8.RuneCountInString(text) > maxBold {
		w.paragraph(text, n)
		return
	}
	w.gap(n)
	w.line("**"+text+"**", n)
	w.text = true
}

// gap ends the paragraph written: a blank line, or a quote's.
func (w *writer) gap(n *node) {
	if !w.quoted {
		w.out.Gap(w.at(n))
		return
	}
	if w.quoteOpen && w.out.Last() != ">" {
		w.out.Line(">", w.at(n))
	}
}

// line writes a line, in the quote when one is open.
func (w *writer) line(s string, n *node) {
	if w.quoted {
		s = "> " + s
		w.quoteOpen = true
	}
	w.out.Line(s, w.at(n))
}

// quote writes an epigraph or a cite as a quote, its author after its
// last words.
func (w *writer) quote(n *node, level int) {
	if w.quoted { // a cite in an epigraph: one quote
		w.blocks(n, level)
		return
	}
	w.out.Gap(w.at(n))
	w.quoted, w.quoteOpen = true, false
	for k := range n.kids() {
		if k.name != "text-author" {
			w.block(k, level)
			continue
		}
		if t := w.inline(k); t != "" {
			w.line(authored(t), k) // on the quote's last line
			w.text = true
		}
	}
	w.quoted, w.quoteOpen = false, false
	w.out.Gap(w.at(n))
}

// authored is an author's name as a quote's or a poem's last line.
func authored(name string) string {
	if strings.HasPrefix(name, "—") || strings.HasPrefix(name, "–") || strings.HasPrefix(name, "-") {
		name = strings.TrimLeft(name, "—–- ")
	}
	return "— " + name
}

// poem writes a poem: its title a bold line, each stanza a paragraph of
// its lines, its author and date under the last.
func (w *writer) poem(n *node, level int) {
	var tail []string
	var last *node // the last stanza
	for k := range n.kids() {
		switch k.name {
		case "text-author", "date":
			if t := w.inline(k); t != "" {
				tail = append(tail, t)
			}
		case "stanza":
			last = k
		}
	}
	for k := range n.kids() {
		switch k.name {
		case "title":
			w.bold(joinParts(w.titleParts(k)), k)
		case "epigraph":
			w.quote(k, level)
		case "stanza":
			var extra []string
			if k == last && len(tail) > 0 {
				extra = []string{authored(strings.Join(tail, ", "))}
			}
			w.stanza(k, extra)
		case "text-author", "date":
			if last == nil && len(tail) > 0 { // a poem of no stanzas
				w.paragraph(authored(strings.Join(tail, ", ")), k)
				tail = nil
			}
		default:
			w.block(k, level)
		}
	}
}

// stanza writes a stanza's lines as one paragraph, a line of the poem a
// line of it, and extra lines after them.
func (w *writer) stanza(n *node, extra []string) {
	var lines []string
	for k := range n.kids() {
		switch k.name {
		case "title":
			w.bold(joinParts(w.titleParts(k)), k)
		case "subtitle":
			w.bold(w.plainText(k), k)
		case "v":
			if t := w.inline(k); t != "" {
				lines = append(lines, escapeLead(t))
			}
		}
	}
	lines = append(lines, extra...)
	if len(lines) == 0 {
		return
	}
	w.gap(n)
	for i, l := range lines {
		if i < len(lines)-1 {
			l += "  " // a hard break: the poem's lines stay lines
		}
		w.line(l, n)
	}
	w.text = true
}

// table writes a table as a Markdown table, its first row the header.
func (w *writer) table(n *node) {
	var rows [][]string
	var at []*node
	width := 0
	for tr := range n.kids() {
		if tr.name != "tr" {
			continue
		}
		var cells []string
		empty := true
		for c := range tr.kids() {
			if c.name != "td" && c.name != "th" {
				continue
			}
			t := strings.ReplaceAll(w.plainText(c), "|", "/")
			empty = empty && t == ""
			cells = append(cells, t)
			span, _ := strconv.Atoi(c.key)
			for range min(max(span-1, 0), maxColumns) {
				cells = append(cells, "")
			}
		}
		if empty {
			continue
		}
		cells = cells[:min(len(cells), maxColumns)]
		rows, at = append(rows, cells), append(at, tr)
		width = max(width, len(cells))
	}
	if len(rows) == 0 {
		return
	}
	quoted := w.quoted
	w.quoted = false // a table in a cite stands out of the quote
	w.out.Gap(w.at(n))
	if len(rows) == 1 { // a row alone: no header of anything
		w.paragraph(strings.Join(rows[0], "; "), at[0])
	} else {
		for i, r := range rows {
			for len(r) < width {
				r = append(r, "")
			}
			w.out.Line("| "+strings.Join(r, " | ")+" |", w.at(at[i]))
			if i == 0 {
				w.out.Line("|"+strings.Repeat(" --- |", width), w.at(at[i]))
			}
		}
		w.text = true
	}
	w.out.Gap(w.at(n))
	w.quoted, w.quoteOpen = quoted, false
}

// titleParts are the paragraphs of a title, each on one line.
func (w *writer) titleParts(title *node) []string {
	if title == nil {
		return nil
	}
	w.inTitle = true
	defer func() { w.inTitle = false }()
	var parts []string
	for k := range title.kids() {
		if k.name == "p" || k.name == "" {
			if t := w.plainText(k); hasWord(t) {
				parts = append(parts, t)
			}
		}
	}
	return parts
}

// joinParts joins a title's paragraphs: "Chapter 1" and "Right to
// Equality" are "Chapter 1. Right to Equality".
func joinParts(parts []string) string {
	var b strings.Builder
	for i, p := range parts {
		if i > 0 {
			last, _ := utf8.DecodeLastRuneInString(parts[i-1])
			if !strings.ContainsRune(".:;!?—–-", last) {
				b.WriteByte('.')
			}
			b.WriteByte(' ')
		}
		b.WriteString(p)
	}
	return b.String()
}

// Sentinels mark bold text until it is written as "**": the text is
// escaped between.
const (
	openStrong  = '\x01'
	closeStrong = '\x02'
)

// inline is an element's text on one line, as Markdown: escaped, its
// strong words in bold, its notes read where they are cited.
func (w *writer) inline(n *node) string {
	var b strings.Builder
	w.collect(&b, n, true)
	return strongMarkers(corpus.EscapeMarkdown(corpus.OneLine(b.String())))
}

// plainText is inline without bold.
func (w *writer) plainText(n *node) string {
	var b strings.Builder
	w.collect(&b, n, false)
	return corpus.EscapeMarkdown(corpus.OneLine(b.String()))
}

// plain is an element's text, unescaped: a title in the description.
func (w *writer) plain(n *node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	w.collect(&b, n, false)
	return b.String()
}

// collect writes n's text to b, bold marked when strong.
func (w *writer) collect(b *strings.Builder, n *node, strong bool) {
	if n.name == "" {
		b.WriteString(n.text)
		return
	}
	for k := range n.kids() {
		switch k.name {
		case "":
			b.WriteString(k.text)
		case "image":
		case "strong":
			if !strong || w.inStrong {
				w.collect(b, k, strong)
				continue
			}
			w.inStrong = true
			b.WriteRune(openStrong)
			w.collect(b, k, strong)
			b.WriteRune(closeStrong)
			w.inStrong = false
		case "a":
			w.link(b, k, strong)
		case "p", "v", "subtitle", "text-author", "td", "th":
			b.WriteByte(' ') // a block in a block: a note's paragraphs
			w.collect(b, k, strong)
			b.WriteByte(' ')
		default: // emphasis, style, strikethrough, sub, sup, code
			w.collect(b, k, strong)
		}
	}
}

// link writes a link: a note's text where it is cited, else its mark
// ("[12]"); another link's text.
func (w *writer) link(b *strings.Builder, a *node, strong bool) {
	id, internal := strings.CutPrefix(a.key, "#")
	note := w.notes[id]
	if !internal || note == nil {
		var text strings.Builder
		w.collect(&text, a, strong)
		if !(w.inNote || w.inNotes) || hasLetter(text.String()) {
			b.WriteString(text.String()) // a note's "↑", its link back to the text, is left out
		}
		return
	}
	if w.inTitle {
		return // a title's note mark: the note is read elsewhere
	}
	if !w.inNotes && !w.inNote && !w.placed[note] {
		if t := w.noteText(note); t != "" {
			w.placed[note] = true
			b.WriteString(" (" + t + ")")
			return
		}
	}
	var m strings.Builder
	w.collect(&m, a, false)
	if mark := strings.Trim(corpus.OneLine(m.String()), "[]{}() "); mark != "" {
		b.WriteString("[" + mark + "]")
	}
}

// noteText is a note's text on one line, unescaped, but for its title,
// when it is short enough to be read where the note is cited; "" when it
// is not. It is read once, however often the note is cited.
func (w *writer) noteText(note *node) string {
	if t, ok := w.noteTexts[note]; ok {
		return t
	}
	w.inNote = true
	defer func() { w.inNote = false }()
	var b strings.Builder
	for k := range note.kids() {
		if k.name != "title" {
			b.WriteByte(' ')
			w.collect(&b, k, false)
		}
	}
	t := corpus.OneLine(b.String())
	if utf8.RuneCountInString(t) > maxInlineNote || child(note, "section") != nil {
		t = ""
	}
	w.noteTexts[note] = t
	return t
}

// strongMarkers turns the bold sentinels into "**", moving white space out
// of them, and drops those around nothing or inside a word; a paragraph all
// in bold and long is not bold.
func strongMarkers(s string) string {
	if !strings.ContainsRune(s, openStrong) {
		return s
	}
	for range 2 {
		s = spacesOut.Replace(s)
	}
	s = strings.TrimSpace(s)
	if strings.Count(s, "\x01") == 1 && strings.HasPrefix(s, "\x01") && strings.HasSuffix(s, "\x02") && utf8.RuneCountInString(s) > maxBold+2 {
		return strings.Trim(s, "\x01\x02")
	}
	var b strings.Builder
	for {
		i := strings.IndexByte(s, openStrong)
		if i < 0 {
			break
		}
		j := strings.IndexByte(s[i:], closeStrong)
		if j < 0 {
			s = s[:i] + s[i+1:]
			continue
		}
		j += i
		inner := s[i+1 : j]
		before, _ := utf8.DecodeLastRuneInString(s[:i])
		after, _ := utf8.DecodeRuneInString(s[j+1:])
		b.WriteString(s[:i])
		if strings.TrimSpace(inner) == "" || wordRune(before) || wordRune(after) {
			b.WriteString(inner)
		} else {
			b.WriteString("**" + inner + "**")
		}
		s = s[j+1:]
	}
	b.WriteString(s)
	return strings.ReplaceAll(b.String(), "\x02", "")
}

var spacesOut = strings.NewReplacer("\x01 ", " \x01", " \x02", "\x02 ")

func wordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// escapeLead writes the first mark of a paragraph's line that Markdown
// would read as a heading, a quote, a list's entry, a table's row or a
// rule ("1947. India…", "- said he") as a character reference, so that
// the line stays a paragraph.
func escapeLead(s string) string {
	if s == "" {
		return s
	}
	switch c := s[0]; {
	case strings.IndexByte("#>|-+=_", c) >= 0, c == '*' && !(strings.HasPrefix(s, "**") && len(s) > 2 && s[2] != ' ' && s[2] != '*'):
		return "&#" + strconv.Itoa(int(c)) + ";" + s[1:]
	case c >= '0' && c <= '9':
		i := 0
		for i < len(s) && i < 10 && s[i] >= '0' && s[i] <= '9' {
			i++
		}
		if i < len(s) && (s[i] == '.' || s[i] == ')') && (i+1 == len(s) || s[i+1] == ' ') {
			return s[:i] + "&#" + strconv.Itoa(int(s[i])) + ";" + s[i+1:]
		}
	}
	return s
}

// child is n's first element named name, or nil.
func child(n *node, name string) *node {
	if n == nil {
		return nil
	}
	for k := range n.kids() {
		if k.name == name {
			return k
		}
	}
	return nil
}

// names are the names of the book's authors.
func names(info *node) []string {
	var out []string
	for a := range info.kids() {
		if a.name != "author" {
			continue
		}
		var parts []string
		nick := ""
		for k := range a.kids() {
			t := corpus.OneLine(textOf(k))
			switch k.name {
			case "first-name", "middle-name", "last-name":
				if t != "" {
					parts = append(parts, t)
				}
			case "nickname":
				nick = t
			}
		}
		if name := strings.Join(parts, " "); name != "" {
			out = append(out, name)
		} else if nick != "" {
			out = append(out, nick)
		}
	}
	return out
}

// textOf is the text n holds.
func textOf(n *node) string {
	if n.name == "" {
		return n.text
	}
	var b strings.Builder
	for k := range n.kids() {
		b.WriteString(textOf(k))
	}
	return b.String()
}

// sameName reports whether a part of the body's title only repeats the
// book's title or an author's name ("Granville Austin", "Granville
// Austin. The Indian Constitution").
func sameName(part, title string, authors []string) bool {
	p := folded(part)
	if p == folded(title) {
		return true
	}
	for _, a := range authors {
		if p == folded(a) || p == folded(a+" "+title) {
			return true
		}
	}
	return false
}

// folded is s in lower case, its words alone.
func folded(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool { return !wordRune(r) }), " ")
}

// list joins names: "A", "A and B", "A, B and C".
func list(names []string) string {
	if len(names) == 1 {
		return names[0]
	}
	return strings.Join(names[:len(names)-1], ", ") + " and " + names[len(names)-1]
}

// hasLetter reports whether s holds a letter.
func hasLetter(s string) bool { return strings.IndexFunc(s, unicode.IsLetter) >= 0 }

// hasWord reports whether s holds a letter or a digit.
func hasWord(s string) bool { return strings.IndexFunc(s, wordRune) >= 0 }
