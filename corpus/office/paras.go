package office

import (
	"errors"
	"slices"
	"strconv"
	"strings"
	"unicode"

	"github.com/conceptbot/conceptbot/corpus"
)

// paraWriter writes a document's paragraphs as Markdown, each line's
// place the paragraph it comes from: what the readers of Word documents
// and OpenDocument texts share.
type paraWriter struct {
	out       mdOut
	paragraph int            // the paragraphs read so far
	titled    bool           // a title line is written, or the file's name titles the document (byName)
	byName    bool           // no title line: the file's name titles the document
	titleAt   *node          // the heading that titles a document with no Title paragraph, or nil
	shift     int            // what a heading's level loses to make its Markdown level below the title's
	level     int            // the level of the last heading written, 0 for none
	listed    bool           // the last line written is a list entry
	sub       string         // the paragraph in the Subtitle style right under the title
	cited     map[string]int // the footnotes and endnotes cited so far, by kind
}

// noteLabel counts a footnote or an endnote (kind "footnote" or "endnote")
// cited and returns its label as Word and Writer show it: "Footnote 1".
func (w *paraWriter) noteLabel(kind string) string {
	if w.cited == nil {
		w.cited = map[string]int{}
	}
	w.cited[kind]++
	return strings.ToUpper(kind[:1]) + kind[1:] + " " + strconv.Itoa(w.cited[kind])
}

func (w *paraWriter) line(s string) { w.out.Line(s, w.paragraph) }

// converted is what w wrote, to be read as Markdown or, markdown false, by
// the rules of plain-text notes; an error when the document (of kind, "Word
// document") had no text.
func (w *paraWriter) converted(markdown bool, kind string) (corpus.Converted, error) {
	if w.paragraph == 0 || w.out.Blank() {
		return corpus.Converted{}, errors.New("the " + kind + " has no text")
	}
	c := w.out.Converted(markdown, "paragraph")
	c.TitledByName, c.Subtitle = w.byName, w.sub
	return c, nil
}

func (w *paraWriter) gap() { w.out.Gap(w.paragraph) }

// title writes text as the title, first: the heading that titles the
// document (titleAt, then written as it is met is told where it stands),
// or the title in its properties.
func (w *paraWriter) title(text string, heading *node, level int) {
	w.titleAt, w.shift = heading, level
	w.line("# " + corpus.EscapeMarkdown(text))
	w.line("")
	w.titled = true
}

// heading writes a heading at level, 0 for a Title paragraph (the title
// when none is written yet).
func (w *paraWriter) heading(level int, text string) {
	marks := "##"
	switch {
	case level == 0 && !w.titled:
		w.gap()
		w.line("# " + corpus.EscapeMarkdown(text)) // a subtitle may follow right under it
		w.titled, w.listed = true, false
		return
	case level > 0:
		marks = strings.Repeat("#", min(max(level+1-w.shift, 2), 6))
		w.level = level
	}
	w.gap()
	w.line(marks + " " + corpus.EscapeMarkdown(text))
	w.line("")
	w.listed = false
}

// subtitle writes a Subtitle paragraph: right under the title, its
// subtitle; elsewhere a paragraph.
func (w *paraWriter) subtitle(text string) {
	if !strings.HasPrefix(w.out.Last(), "# ") || w.sub != "" { // not right under the title
		w.text(text, false)
		return
	}
	w.sub = strings.Join(strings.Fields(text), " ")
}

// text writes a paragraph, one all in bold and short as a bold line.
func (w *paraWriter) text(text string, bold bool) {
	w.gap()
	if bold && len([]rune(text)) <= 120 {
		w.line("**" + corpus.EscapeMarkdown(text) + "**")
	} else {
		w.line(corpus.EscapeMarkdown(text))
	}
	w.line("")
	w.listed = false
}

// entry writes a list's entry at depth, marked.
func (w *paraWriter) entry(depth int, marker, text string) {
	if !w.listed {
		w.gap()
	}
	w.line(strings.Repeat("  ", min(max(depth, 0), 8)) + marker + " " + corpus.EscapeMarkdown(text))
	w.listed = true
}

// rows writes rows as a table, the first its header.
func (w *paraWriter) rows(rows [][]string) {
	w.out.table(rows, w.paragraph)
	if len(rows) > 0 {
		w.listed = false
	}
}

// soleTop returns the heading of heads (with their levels) that titles a
// document with no Title paragraph: the first, when no other is at its
// level or above; nil when none does.
func soleTop(heads []*node, levels []int) (*node, int) {
	if len(heads) == 0 {
		return nil, 0
	}
	top := slices.Min(levels)
	atTop := 0
	for _, l := range levels {
		if l == top {
			atTop++
		}
	}
	if atTop != 1 || levels[0] != top {
		return nil, 0
	}
	return heads[0], top
}

// boldLetters counts a paragraph's letters and those set in bold, to tell
// a line all in bold.
type boldLetters struct{ letters, bold int }

func (c *boldLetters) add(text string, bold bool) {
	for _, r := range text {
		if unicode.IsLetter(r) {
			c.letters++
			if bold {
				c.bold++
			}
		}
	}
}

func (c boldLetters) all() bool { return c.letters > 0 && c.bold == c.letters }
