package office

import (
	"bytes"
	"errors"
	"fmt"
	"strconv"

	"github.com/conceptbot/conceptbot/corpus"
)

// A flat document is one XML file holding what the zipped kind keeps in
// parts: an OpenDocument text saved as "Flat XML ODF Text Document"
// (.fodt, office:document with its styles, meta and body), and a Word
// document saved as "Word 2003 XML Document" (w:wordDocument with its
// styles, document properties and body, each footnote where it is cited).
// Each is read as its zipped kind is.

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "OpenDocument text (flat XML)",
		Extensions: []string{".fodt"},
		Magic:      IsFlatOdt,
		Convert:    ConvertFlatOpenDocument,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "Word 2003 XML document",
		Extensions: []string{".xml"},
		ByContent:  true,
		Magic:      IsWordXML,
		Convert:    ConvertWordXML,
	})
}

var (
	flatOdt  = format{"OpenDocument text (flat XML)", "OpenDocument text", "document", ".fodt", ".doc"}
	wordXML  = format{"Word 2003 XML document", "Word document", "document", ".xml", ".doc"}
	flatHead = 4 << 10 // the bytes of a flat document's start looked at to know it
)

// IsFlatOdt reports whether data is an OpenDocument text in one XML file.
func IsFlatOdt(data []byte) bool {
	head := data[:min(len(data), flatHead)]
	return bytes.Contains(head, []byte("<office:document ")) && bytes.Contains(head, []byte(`"application/vnd.oasis.opendocument.text"`))
}

// IsWordXML reports whether data is a Word 2003 XML document.
func IsWordXML(data []byte) bool {
	head := data[:min(len(data), flatHead)]
	return bytes.Contains(head, []byte("<w:wordDocument")) || bytes.Contains(head, []byte(`progid="Word.Document"`))
}

// ConvertFlatOpenDocument reads an OpenDocument text in one XML file into
// Markdown.
func ConvertFlatOpenDocument(data []byte) (corpus.Converted, error) {
	doc, err := parseFlat(data, flatOdt, odtRead, odtSkip, odtText)
	if err != nil {
		return corpus.Converted{}, err
	}
	return writeOpenDocument(doc, doc, doc)
}

// ConvertWordXML reads a Word 2003 XML document into Markdown.
func ConvertWordXML(data []byte) (corpus.Converted, error) {
	doc, err := parseFlat(data, wordXML, wordRead, wordSkip, officeText)
	if err != nil {
		return corpus.Converted{}, err
	}
	if doc.find("body") == nil {
		return corpus.Converted{}, errors.New("not a Word 2003 XML document: it has no w:body")
	}
	return writeDocument(doc, doc, nil, nil, nil, citedNotes(doc))
}

// citedNotes takes out the footnotes and endnotes a Word 2003 document
// writes in its runs, where they are cited, and leaves a reference to each
// in its place, as a .docx cites its notes.
func citedNotes(doc *node) []*node {
	var notes []*node
	for _, r := range doc.all("r") {
		for i, c := range r.children {
			if c.name == "footnote" || c.name == "endnote" {
				id := strconv.Itoa(len(notes) + 1)
				c.attrs = map[string]string{"id": id}
				notes = append(notes, c)
				r.children[i] = &node{name: c.name + "Reference", attrs: map[string]string{"id": id}}
			}
		}
	}
	return notes
}

func parseFlat(data []byte, f format, read, skip, text map[string]bool) (*node, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("%s too large: %d MB (the limit is %d MB)", f.noun, len(data)>>20, MaxBytes>>20)
	}
	return newReader(nil, f, read, skip, text).parse("the document", bytes.NewReader(data))
}
