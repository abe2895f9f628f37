// Package tomboy reads the notes of Tomboy and Gnote (.note), the note
// apps of the GNOME desktop (and of tomboy-ng, which writes the same
// files). Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/tomboy"
//
// # The file
//
// Each note is an XML file of its own, named by its GUID
// ("5f0c…-….note"), in the namespace http://beatniksoftware.com/tomboy
// (Gnote's too, whatever its version, "0.3" or "1"):
//
//	<note version="0.3" xmlns:link="…/tomboy/link" xmlns:size="…/tomboy/size" xmlns="http://beatniksoftware.com/tomboy">
//	  <title>Fundamental Rights</title>
//	  <text xml:space="preserve"><note-content version="0.1">Fundamental Rights
//
//	Part III … <bold>Article 32</bold> … <link:internal>Writs</link:internal>
//	<size:large>Right to Equality</size:large>
//	<list><list-item dir="ltr">Article 14
//	</list-item><list-item dir="ltr">Article 15</list-item></list></note-content></text>
//	  <last-change-date>…</last-change-date> … <x>…</x> <y>…</y>
//	  <tags><tag>system:notebook:UPSC</tag></tags>
//	  <open-on-startup>False</open-on-startup>
//	</note>
//
// The note's content is its text as the editor holds it: lines apart by
// newlines, the first line its title (which titles the document, and is
// not read again as text), marked up in runs: <bold>, <italic>,
// <strikethrough>, <highlight>, <monospace>, <size:small|large|huge>,
// links to other notes and to the web (<link:internal>, <link:broken>,
// <link:url>), each read as the text it marks. A list is <list> of
// <list-item>s, a line each, a list within an item nesting under it;
// Tomboy and Gnote end an item's line inside it but the last one's after
// the </list>, tomboy-ng writes a <list> an item and a newline after it.
//
// # What it is read as
//
// A line all in large or huge letters heads a section ("##", and "###"
// for the large ones where huge ones head others); so does a short line
// all in bold standing alone with text after it. A note marked up so is
// written as Markdown: its lists as lists, its other lines as paragraphs
// (blank lines part them), each line of a paragraph kept as typed (a hard
// break after it). Lines typed in columns (spaces or tabs between
// their cells, as many a line) are a table under a row that names the
// columns, else "Label: value" lines. A note that marks no headings is
// plain typing, and is written as plain text for corpus's text reader,
// which finds the headings, bullets and columns students type; its lists
// are bullets ("- ") indented by depth. The marks of words (bold, italic,
// struck, highlighted, monospace, small) are left out, their words kept.
//
// The notebook a note is filed in ("system:notebook:UPSC") is its
// category; its other tags, but the app's own ("system:pinned"), are its
// tags. The rest is the app's state, left out: dates, the window's size
// and place, the cursor, open-on-startup. A note template (tagged
// system:template, "New Note Template") is skipped in a folder, as is a
// note with nothing but its title; so is the manifest.xml Tomboy keeps
// beside the notes for syncing. Each line's place is its line in the file.
package tomboy

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Tomboy note",
		Extensions: []string{".note"},
		Magic:      IsNote,
		Convert:    Convert,
		ByContent:  true, // another app's .note (Notability's, a ZIP) is skipped
		Skip:       skip,
		Beside:     map[string]string{"manifest.xml": "the manifest of a Tomboy or Gnote notes folder, kept for syncing"},
	})
}

// Limits on one note.
const (
	MaxBytes = 10 << 20
	maxLines = 200_000 // lines of its content
	maxDepth = 64      // elements open at once
)

// ns is the namespace of a Tomboy or Gnote note.
const ns = "http://beatniksoftware.com/tomboy"

// IsNote reports whether data is a Tomboy or Gnote note: its first element,
// after the XML declaration, is <note> in Tomboy's namespace.
func IsNote(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(data[:min(len(data), 16<<10)]))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if s, ok := tok.(xml.StartElement); ok {
			return s.Name.Local == "note" && s.Name.Space == ns
		}
	}
}

// encodingRE matches the XML declaration's encoding.
var encodingRE = regexp.MustCompile(`^\s*<\?xml[^>]*?\bencoding\s*=\s*["']([^"']*)["']`)

// utf8Label reports whether an encoding's name is UTF-8's, or ASCII's.
func utf8Label(label string) bool {
	switch strings.ToLower(label) {
	case "utf-8", "utf8", "us-ascii", "ascii":
		return true
	}
	return false
}

// note is what is read of a note.
type note struct {
	title     string
	titleAt   int      // the line of <title>
	notebooks []string // from system:notebook: tags
	tags      []string // the tags not the app's own
	tagsAt    int      // the line of <tags>
	template  bool
	lines     []line // its content's lines, the title's first
}

// line is a line of a note's content.
type line struct {
	text  string
	at    int  // its line in the file
	depth int  // in a list, its entry's depth from 1; else 0
	words bool // it has more than spaces
	bold  bool // all its words are bold
	size  int  // the smallest size its words are in: small -1, normal 0, large 1, huge 2
}

// read reads a note.
func read(data []byte) (*note, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("note too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	switch head := bytes.TrimLeft(data[:min(len(data), 1<<10)], " \t\r\n"); {
	case len(head) == 0:
		return nil, errors.New("an empty file, not a Tomboy note")
	case bytes.HasPrefix(head, []byte("PK\x03\x04")):
		return nil, errors.New("not a Tomboy or Gnote note: a ZIP archive (Notability saves its notes so)")
	case head[0] != '<':
		return nil, errors.New("not a Tomboy or Gnote note: not XML")
	}
	if m := encodingRE.FindSubmatch(data[:min(len(data), 1<<10)]); m != nil && !utf8Label(string(m[1])) {
		return nil, fmt.Errorf("the note is in the %s encoding; Tomboy and Gnote write UTF-8", m[1])
	}
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Entity = xml.HTMLEntity
	d.CharsetReader = func(label string, r io.Reader) (io.Reader, error) { return r, nil } // UTF-8 by another name, as encodingRE found
	n := &note{}
	depth, root, content := 0, false, false
	for {
		at, _ := d.InputPos()
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("damaged Tomboy note: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if depth == 0 && (t.Name.Local != "note" || t.Name.Space != ns) {
				return nil, fmt.Errorf("not a Tomboy or Gnote note: it holds <%s>", t.Name.Local)
			}
			root = true
			switch {
			case depth == 1 && t.Name.Local == "title":
				var s string
				if err := d.DecodeElement(&s, &t); err != nil {
					return nil, fmt.Errorf("damaged Tomboy note: %v", err)
				}
				n.title, n.titleAt = corpus.OneLine(s), at
				continue
			case depth == 1 && t.Name.Local == "tags":
				var tags struct {
					Tags []string `xml:"tag"`
				}
				if err := d.DecodeElement(&tags, &t); err != nil {
					return nil, fmt.Errorf("damaged Tomboy note: %v", err)
				}
				n.tagsAt = at
				n.tag(tags.Tags)
				continue
			case t.Name.Local == "note-content" && !content:
				content = true
				lines, err := readContent(d)
				if err != nil {
					return nil, err
				}
				n.lines = lines
				continue
			}
			if depth++; depth > maxDepth {
				return nil, fmt.Errorf("damaged Tomboy note: elements nested more than %d deep", maxDepth)
			}
		case xml.EndElement:
			depth--
		}
	}
	switch {
	case !root:
		return nil, errors.New("damaged Tomboy note: no <note> in it")
	case !content:
		return nil, errors.New("damaged Tomboy note: it has no <note-content>")
	}
	if n.title == "" {
		for _, l := range n.lines {
			if l.words {
				n.title, n.titleAt = corpus.OneLine(l.text), l.at
				break
			}
		}
	}
	if n.tagsAt == 0 {
		n.tagsAt = n.titleAt
	}
	return n, nil
}

// tag keeps a note's tags: its notebooks ("system:notebook:UPSC"), whether
// it is a template, and the tags that are not the app's own.
func (n *note) tag(tags []string) {
	for _, t := range tags {
		t = corpus.OneLine(t)
		switch rest, system := strings.CutPrefix(t, "system:"); {
		case strings.HasPrefix(rest, "notebook:") && system:
			if book := strings.TrimSpace(strings.TrimPrefix(rest, "notebook:")); book != "" {
				n.notebooks = append(n.notebooks, book)
			}
		case rest == "template" && system:
			n.template = true
		case !system && t != "":
			n.tags = append(n.tags, t)
		}
	}
}

// body is a note's content under its title: the first line that has
// words says the title again, as Tomboy keeps it.
func (n *note) body() []line {
	for i, l := range n.lines {
		if !l.words {
			continue
		}
		if strings.EqualFold(corpus.OneLine(l.text), n.title) {
			return n.lines[i+1:]
		}
		return n.lines[i:]
	}
	return nil
}

// empty reports whether a note has no text but its title.
func (n *note) empty() bool {
	for _, l := range n.body() {
		if l.words {
			return false
		}
	}
	return true
}

// skip says why a note in a folder is not read: a template, or a note
// with no text.
func skip(data []byte) string {
	n, err := read(data)
	switch {
	case err != nil:
		return ""
	case n.template || n.title == "New Note Template":
		return "a Tomboy note template"
	case n.empty():
		return errNoText.Error()
	}
	return ""
}

var errNoText = errors.New("a Tomboy note with no text, only its title")

// Convert writes a note as Markdown, or as plain text when it marks no
// headings (see the package's documentation).
func Convert(data []byte) (corpus.Converted, error) {
	n, err := read(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	if n.empty() {
		return corpus.Converted{}, errNoText
	}
	body := n.body()
	roles := layout(body)
	for _, r := range roles {
		if r == roleHeading || r == roleBold {
			return markdown(n, body, roles).Converted(true, "line"), nil
		}
	}
	return plain(n, body).Converted(false, "line"), nil
}
