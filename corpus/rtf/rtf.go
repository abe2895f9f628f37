// Package rtf reads notes saved as Rich Text Format (.rtf), as TextEdit
// on the Mac, Word, WordPad, LibreOffice and pandoc write them, into
// Markdown that corpus reads as it reads any notes.
//
// # Reading
//
// A hand-written tokenizer splits the file into groups, control words and
// text; a reader keeps each group's state (its destination, bold, font
// size, font, \uc, paragraph properties) and gathers paragraphs, table
// rows (\intbl … \cell … \row) and footnotes. Text is decoded from the
// code page of its font's character set, else the document's (\ansicpg;
// Windows-1252 for most), and a \uN character is read with the \ucN
// characters that stand for it skipped. Destinations that hold no text of
// the notes are skipped: the font and color tables, the stylesheet (but
// for its styles' names and outline levels), the properties (but for
// their \title), pictures, objects (but for their \result), headers and
// footers, list tables, TextEdit's attachments, and any optional
// destination ("\*\…") not known. A field is read as its result (a
// hyperlink as its text), but for a table of contents or a page number;
// a text box's paragraphs follow the paragraph that holds it.
//
// # Sections
//
// A document whose headings are marked, by a heading style ("heading 2")
// or an outline level (\outlinelevel), as Word, LibreOffice and pandoc
// mark them, is titled by its paragraph in the Title style, else by its
// heading when it comes first and no other is at its level or above, else
// by the title in its properties; its other headings are sections at
// their depth. One whose headings are only set apart by their look, as in
// TextEdit, is titled by the title in its properties, else by its first
// line when that is short and bold or set bigger than the body text; its
// other short lines set bigger than the body are sections, the biggest
// "##". In both, a short line all in bold is written "**…**", which corpus
// reads as a heading where it stands alone (a bold word in a paragraph is
// no heading). A list's entries (\ls with \listtext, \pntext, or a bullet
// or number before a tab, as pandoc writes them) are "- " or "1. " entries
// at their depth; a table is a pipe table whose first row is the header;
// a footnote is a paragraph at the end of its section. A document that
// marks none of these is written as it was typed, a paragraph a line, and
// read by the rules of plain-text notes.
//
// Each line of the Markdown is placed at the line of the file where its
// paragraph's text starts.
//
// Every file is read within bounds (MaxBytes, MaxDepth, MaxParagraphs,
// MaxText) in time linear in its size.
//
// Importing the package registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/rtf"
package rtf

import (
	"bytes"
	"errors"
	"fmt"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "rich text (RTF)",
		Extensions: []string{".rtf"},
		Magic:      IsRTF,
		Convert:    Convert,
	})
}

// IsRTF reports whether data starts like an RTF file, with "{\rtf".
func IsRTF(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\xef\xbb\xbf"))
	return bytes.HasPrefix(bytes.TrimLeft(data[:min(len(data), 1024)], " \t\r\n"), []byte(`{\rtf`))
}

// Convert reads an RTF file into Markdown, or into plain text when it
// marks no structure.
func Convert(data []byte) (corpus.Converted, error) {
	if !IsRTF(data) {
		return corpus.Converted{}, errors.New(`not an RTF file: it does not start with {\rtf`)
	}
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("RTF file too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	start := bytes.Index(data, []byte(`{\rtf`))
	r := newReader(data[start:])
	r.scan.line += bytes.Count(data[:start], []byte("\n"))
	doc, err := r.read()
	if err != nil {
		return corpus.Converted{}, err
	}
	l := newLayout(doc)
	markdown := l.structured()
	out := l.plain
	if markdown {
		out = l.markdown
	}
	o := out()
	if o.Blank() {
		return corpus.Converted{}, errNoText
	}
	o.TrimEnd()
	return o.Converted(markdown, "line"), nil
}
