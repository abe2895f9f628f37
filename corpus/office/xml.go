// Package office reads the documents of office suites (zip archives of XML
// parts, and Word 97–2003's compound files) as concept documents: Word
// documents (.docx, and .doc: see doc.go), OpenDocument texts
// (.odt) and PowerPoint presentations (.pptx), and the flat XML files of
// Writer (.fodt) and Word 2003 (.xml), become Markdown that corpus reads
// as it reads any. See docx.go, odt.go, pptx.go and flat.go for what each
// gives; problems are told at a document's paragraphs ("notes.docx:
// paragraph 12: …") and a presentation's slides ("deck.pptx: slide 4: …").
//
// Every document is read within bounds: MaxBytes of file, MaxPartBytes of
// each part unzipped, MaxElements XML elements kept.
//
// Importing the package registers the formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/office"
package office

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"fmt"
	"io"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Limits on one document.
const (
	MaxBytes     = 50 << 20 // larger files are refused
	MaxPartBytes = 64 << 20 // the unzipped size of one part (document, styles, numbering, a slide)
	MaxElements  = 500_000  // XML elements kept, of all its parts
	maxDepth     = 256      // nesting of XML elements
)

// node is an XML element: its local name, attributes by local name, and
// its children, text as nodes named "".
type node struct {
	name     string
	attrs    map[string]string
	children []*node
	text     string
}

// format names one kind of document in what the reader tells of it.
type format struct {
	name  string // "Word document", "PowerPoint presentation": not a …
	short string // "Word document", "presentation": a damaged …
	noun  string // "document", "presentation": … too large
	ext   string // ".docx"
	old   string // the extension of the format before it, ".doc"
}

var (
	word   = format{"Word document", "Word document", "document", ".docx", ".doc"}
	slides = format{"PowerPoint presentation", "presentation", "presentation", ".pptx", ".ppt"}
)

// open reads data, a document of format f, as the zip it is, within
// MaxBytes.
func open(data []byte, f format) (*zip.Reader, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("%s too large: %d MB (the limit is %d MB)", f.noun, len(data)>>20, MaxBytes>>20)
	}
	if bytes.HasPrefix(data, []byte("\xd0\xcf\x11\xe0")) { // a compound file: encrypted, or of old Office
		return nil, fmt.Errorf("a password-protected %s or an old %s: save it as %s without a password", f.short, f.old, f.ext)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		article := "a"
		if strings.ContainsAny(f.name[:1], "AEIOU") {
			article = "an" // "an OpenDocument text"
		}
		return nil, fmt.Errorf("not %s %s (%s): %v", article, f.name, f.ext, err)
	}
	return zr, nil
}

// zipHolding reports whether data is a zip file whose first entries have
// mark in their names or contents: parts under a folder ("word/"), or the
// uncompressed "mimetype" entry an OpenDocument opens with.
func zipHolding(data []byte, mark string) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) && bytes.Contains(data[:min(len(data), 1<<16)], []byte(mark))
}

// reader reads the XML parts of one document's zip, counting the
// elements it keeps: those in read; it skips those in skip with all they
// hold, and reads through the others, what they hold going to the element
// above. It keeps the text of the elements in text.
type reader struct {
	kind       string // what the document is, for errors: "Word document"
	read, skip map[string]bool
	text       map[string]bool      // the elements whose text is kept
	files      map[string]*zip.File // the zip's parts by name
	elements   int
}

// officeText are the elements of Office Open XML that hold text: runs'
// w:t and a:t, and the properties' title.
var officeText = setOf("t title")

func newReader(zr *zip.Reader, f format, read, skip, text map[string]bool) *reader {
	r := &reader{kind: f.short, read: read, skip: skip, text: text, files: map[string]*zip.File{}}
	if zr == nil {
		return r // a flat document, one XML file
	}
	for _, f := range zr.File {
		if _, dup := r.files[f.Name]; !dup {
			r.files[f.Name] = f
		}
	}
	return r
}

// part reads the XML part of the zip at name into a tree; nil when the zip
// has no such part.
func (r *reader) part(name string) (*node, error) {
	f := r.files[name]
	if f == nil {
		return nil, nil
	}
	if f.UncompressedSize64 > MaxPartBytes {
		return nil, fmt.Errorf("document too large: %s unzips to %d MB (the limit is %d MB)", name, f.UncompressedSize64>>20, MaxPartBytes>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("damaged %s: %s: %v", r.kind, name, err)
	}
	defer rc.Close()
	return r.parse(name, rc)
}

// parse reads the XML of part name (of a zip, or the whole of a flat
// document) into a tree.
func (r *reader) parse(name string, part io.Reader) (*node, error) {
	damaged := func(err error) error { return fmt.Errorf("damaged %s: %s: %v", r.kind, name, err) }
	d := xml.NewDecoder(io.LimitReader(part, MaxPartBytes))
	d.Strict = false
	root := &node{}
	stack := []*node{root}
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, damaged(err)
		}
		top := stack[len(stack)-1]
		switch t := tok.(type) {
		case xml.StartElement:
			if r.skip[t.Name.Local] {
				if err := d.Skip(); err != nil {
					return nil, damaged(err)
				}
				continue
			}
			if len(stack) > maxDepth {
				return nil, fmt.Errorf("damaged %s: %s nests more than %d deep", r.kind, name, maxDepth)
			}
			if !r.read[t.Name.Local] {
				stack = append(stack, top) // fonts, sizes, a drawing's frame: what they hold goes to the element above
				continue
			}
			if r.elements++; r.elements > MaxElements {
				return nil, fmt.Errorf("document too large: more than %d XML elements", MaxElements)
			}
			n := &node{name: t.Name.Local}
			for _, a := range t.Attr {
				if n.attrs == nil {
					n.attrs = map[string]string{}
				}
				key := a.Name.Local
				if strings.HasSuffix(a.Name.Space, "/relationships") {
					key = "r:" + key // a relationship's ID (r:id), beside the element's own id
				}
				n.attrs[key] = a.Value
			}
			top.children = append(top.children, n)
			stack = append(stack, n)
		case xml.EndElement:
			if len(stack) > 1 {
				stack = stack[:len(stack)-1]
			}
		case xml.CharData:
			if r.text[top.name] {
				top.children = append(top.children, &node{text: string(t)})
			}
		}
	}
	return root, nil
}

// find returns the first element named name under n, depth first, or nil.
func (n *node) find(name string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.name == name {
			return c
		}
		if f := c.find(name); f != nil {
			return f
		}
	}
	return nil
}

// all returns the elements named one of names under n, in the document's
// order, outermost first, not those inside another of them.
func (n *node) all(names ...string) []*node {
	if n == nil {
		return nil // a shape with no text (an arrow, a connector)
	}
	var out []*node
	var walk func(n *node)
	walk = func(n *node) {
		for _, c := range n.children {
			if slices.Contains(names, c.name) {
				out = append(out, c)
				continue
			}
			walk(c)
		}
	}
	walk(n)
	return out
}

// attr returns n's attribute key, "" when n is nil or has none.
func (n *node) attr(key string) string {
	if n == nil {
		return ""
	}
	return n.attrs[key]
}

// child returns n's first child named name, or nil.
func (n *node) child(name string) *node {
	if n == nil {
		return nil
	}
	for _, c := range n.children {
		if c.name == name {
			return c
		}
	}
	return nil
}

// val is the w:val attribute of n's child named name ("" when none).
func (n *node) val(name string) string {
	if c := n.child(name); c != nil {
		return c.attrs["val"]
	}
	return ""
}

// on reports whether n's child named name is set: present, and not
// val="0" or "false" ("<w:b/>" is bold, "<w:b w:val="0"/>" is not).
func (n *node) on(name string) bool {
	c := n.child(name)
	if c == nil {
		return false
	}
	v := c.attrs["val"]
	return v != "0" && v != "false" && v != "none"
}

// title is the document's title from its properties (docProps/core.xml).
func title(core *node) string {
	if t := core.find("title"); t != nil {
		var b strings.Builder
		for _, c := range t.children {
			b.WriteString(c.text)
		}
		return strings.Join(strings.Fields(b.String()), " ")
	}
	return ""
}

// setOf is the set of the words of s.
func setOf(s string) map[string]bool {
	set := map[string]bool{}
	for _, w := range strings.Fields(s) {
		set[w] = true
	}
	return set
}

// mdOut is Markdown written line by line, beside each line its place in
// the document (a paragraph, a slide).
type mdOut struct{ corpus.Lines }

// table writes rows as a Markdown pipe table, the first row its header,
// the shorter rows filled out with empty cells; nothing for no rows.
func (o *mdOut) table(rows [][]string, at int) {
	if len(rows) == 0 {
		return
	}
	width := 0
	for _, r := range rows {
		width = max(width, len(r))
	}
	o.Gap(at)
	for i, r := range rows {
		for len(r) < width {
			r = append(r, "")
		}
		o.Line("| "+strings.Join(r, " | ")+" |", at)
		if i == 0 {
			o.Line("|"+strings.Repeat(" --- |", width), at)
		}
	}
	o.Line("", at)
}

// cell is the text of a table's cell: its paragraphs' texts, a "|" in
// them written "/".
func cell(texts []string) string {
	return strings.ReplaceAll(strings.Join(texts, " "), "|", "/")
}
