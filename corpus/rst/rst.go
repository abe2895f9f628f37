// Package rst reads notes written in reStructuredText (.rst, .rest), as
// students keep them in a Sphinx project or as plain docutils files.
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/rst"
//
// # Markdown
//
// The file is read as docutils reads it, and written as the Markdown it
// shows. Sections are headings: a title is a line with an underline (and
// perhaps an overline) of one punctuation character, and its level is
// the order in which its style (the character, overlined or not) first
// appears. A lone top-level title first in the file titles the notes (else
// the file's name does), and a lone title right under it is their
// subtitle, as docutils reads them. The bibliographic fields right under
// the title (author, date, version …) are metadata, written as front
// matter; the other fields there (an abstract) are text.
//
// Paragraphs keep their lines; bullet and enumerated lists ("1.", "#.",
// "a)", "(iv)") stay lists, nested as they are indented; a definition
// list's and a glossary's entries are "Term: definition" entries, a
// field list's ("Author: …") and an option list's lines of their own.
// Literal blocks ("::" and an indented block), doctest blocks and code
// directives (code-block, code, sourcecode) are code, kept verbatim; line
// blocks keep their line breaks; block quotes are quotes with their
// attribution. Admonitions (note, tip, important, warning, caution,
// seealso, admonition, todo …), topics, sidebars, tabs and dropdowns are
// callouts ("> [!tip]") with what they hold, one that opens "Exam tip:"
// an exam tip; a rubric is a bold line over what follows it. Grid and
// simple tables, list-table and csv-table (its content in the file) are
// pipe tables, their header the rows they mark as such (an empty one
// when none), their title a caption that heads their rows ("Table: …");
// a figure's caption and legend are paragraphs.
//
// Inline markup is Markdown's or the text it shows: emphasis, strong,
// literals; a hyperlink reference, a role (:ref:, :doc:, :term:, :abbr:,
// :kbd:, :guilabel:, :math: …) shows its text (:ref:`label` the title of
// the section the label names, else the label's words); substitutions are
// replaced by their text; a footnote's or a citation's text is read in
// brackets where it is first cited (one cited nowhere is a paragraph where
// it is defined). Comments, targets, substitution definitions, pictures
// and the directives that lay out or assemble a site (toctree, contents,
// sectnum, include, raw, only, meta, highlight, index …) and Sphinx's
// file-wide settings (:orphan:, :tocdepth:, :nosearch:) are left out.
// Each line's place is its line in the file.
//
// A file of another name (Sphinx's copy of a page, "_sources/x.rst.txt")
// is known by its marks (see IsRST); in a folder, a Sphinx project's
// index that holds only a toctree is skipped.
//
// # Bounds
//
// A file is read within MaxBytes; blocks nest at most maxDepth deep and
// inline markup (substitutions, footnotes) at most maxInlineDepth deep; a
// table has at most maxColumns columns, and substitutions are made at
// most maxExpansions times and may expand the text to maxOutput bytes.
package rst

import (
	"bytes"
	"errors"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "reStructuredText",
		Extensions: []string{".rst", ".rest"},
		Magic:      IsRST,
		Convert:    Convert,
	})
}

// Limits on one file.
const (
	MaxBytes       = 10 << 20
	maxDepth       = 32
	maxInlineDepth = 8
	maxColumns     = 64
	maxExpansions  = 100_000
	maxOutput      = 4 * MaxBytes
)

// errNoText is the error of a file with nothing to read; errContents of
// a Sphinx project's index, a title over a toctree, which a folder of
// notes holds beside them and is skipped.
var (
	errNoText   = errors.New("the reStructuredText file has no text")
	errContents = corpus.NoNotes("a Sphinx table of contents (toctree), no notes")
)

// Convert writes a reStructuredText file as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	text, notUTF8, err := corpus.SourceText(data, "the reStructuredText file", MaxBytes)
	if err != nil {
		return corpus.Converted{}, err
	}
	p := newParser()
	nodes := p.blocks(splitLines(text), 0)
	if p.err != nil {
		return corpus.Converted{}, p.err
	}
	title, subtitle := p.document(nodes)
	w := newWriter(p)
	c, err := w.write(nodes, title, subtitle)
	if errors.Is(err, errNoText) && strings.Contains(text, "toctree::") {
		return corpus.Converted{}, errContents
	}
	if err != nil {
		return corpus.Converted{}, err
	}
	c.NotUTF8At = notUTF8
	return c, nil
}

// splitLines returns text's lines, as docutils reads them: tabs expanded
// to every eighth column, other white space a space, trailing white space
// trimmed.
func splitLines(text string) []line {
	text = strings.TrimPrefix(text, "\ufeff")
	text = strings.ReplaceAll(strings.ReplaceAll(text, "\r\n", "\n"), "\r", "\n")
	text = strings.TrimSuffix(text, "\n")
	raw := strings.Split(text, "\n")
	ls := make([]line, len(raw))
	for i, s := range raw {
		if strings.ContainsAny(s, "\t\f\v") {
			s = expandTabs(s)
		}
		ls[i] = line{strings.TrimRight(s, " "), i + 1}
	}
	return ls
}

func expandTabs(s string) string {
	var b strings.Builder
	col := 0
	for _, r := range s {
		switch r {
		case '\t':
			n := 8 - col%8
			b.WriteString(strings.Repeat(" ", n))
			col += n
		case '\f', '\v':
			b.WriteByte(' ')
			col++
		default:
			b.WriteRune(r)
			col++
		}
	}
	return b.String()
}

// Signs of reStructuredText, and of Markdown, in a file of another name.
var (
	// explicitRE matches an explicit markup line: a directive, a target,
	// a substitution or a footnote's definition; or Sphinx's settings.
	explicitRE = regexp.MustCompile(`(?m)^(?:\.\. (?:[A-Za-z][\w-]*(?::[\w-]+)*::(?:[ \t]|$)|_[^:\n]+:(?:[ \t]|$)|\|[^|\n]+\|[ \t]+[\w-]+::|\[[^\]\n]+\][ \t])|:(?:orphan|tocdepth|nosearch):)`)
	// inlineRE matches a role or a hyperlink reference with its target.
	inlineRE = regexp.MustCompile("(?:^|[\\s(])(?::[a-z][a-z0-9:_-]*:`[^`\n]+`|`[^`\n]+ <[^>\n]+>`__?)")
	// titleRE matches a line underlined as a title.
	titleRE = regexp.MustCompile(`(?m)^\S[^\n]*\n(?:={3,}|-{3,}|~{3,}|\^{3,}|"{3,}|'{3,}|\*{3,}|\+{3,}|#{3,})[ \t]*$`)
	// markdownRE matches what only Markdown writes: an ATX heading, a code
	// fence, a link.
	markdownRE = regexp.MustCompile("(?m)^(?:#{1,6} |```|~~~)|\\]\\(")
)

// IsRST reports whether data, whatever its name, is reStructuredText: text
// with two of its marks (explicit markup, roles or hyperlink references,
// titles) and none of Markdown's.
func IsRST(data []byte) bool {
	head := bytes.TrimPrefix(data[:min(len(data), 64<<10)], []byte("\ufeff"))
	t := bytes.TrimLeft(head, " \t\r\n")
	if len(t) == 0 || bytes.IndexByte(head, 0) >= 0 || bytes.IndexByte([]byte("<{[%\\"), t[0]) >= 0 {
		return false
	}
	if markdownRE.Match(head) {
		return false
	}
	explicit, inline, title := explicitRE.Match(head), inlineRE.Match(head), titleRE.Match(head)
	return explicit && (inline || title) || inline && title
}
