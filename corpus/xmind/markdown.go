package xmind

import (
	"errors"
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// mdWriter writes a mind map as Markdown, beside each line its place.
type mdWriter struct {
	buf    strings.Builder
	origin []int
	place  int    // the place of the lines being written: their sheet, or their topic's line in an outline's file
	last   string // the last line written
	topics bool   // topics other than a central one, or notes, are written
}

func (w *mdWriter) line(s string) {
	w.buf.WriteString(s)
	w.buf.WriteByte('\n')
	w.origin = append(w.origin, w.place)
	w.last = s
}

// gap writes a blank line unless one stands last.
func (w *mdWriter) gap() {
	if w.buf.Len() > 0 && w.last != "" {
		w.line("")
	}
}

// write writes sheets as the package's doc says.
func write(sheets []sheet) (corpus.Converted, error) {
	w := &mdWriter{}
	titled := false
	for i, s := range sheets {
		w.place = i + 1
		w.at(s.root)
		name := s.root.title
		if name == "" {
			name = line(s.title)
		}
		if i == 0 {
			if name != "" {
				w.line("# " + escape(name))
				titled = true
			}
			if len(s.root.labels) > 0 {
				w.line("Tags: " + escape(strings.Join(s.root.labels, ", ")))
			}
			w.gap()
			w.under(s.root, 2)
			continue
		}
		if name == "" {
			name = "Sheet " + strconv.Itoa(i+1)
		}
		w.heading(2, name, s.root.labels)
		w.under(s.root, 3)
	}
	switch {
	case len(sheets) == 0:
		return corpus.Converted{}, errors.New("the mind map has no topics")
	case !w.topics:
		return corpus.Converted{}, errors.New("the mind map has nothing under its central topic")
	}
	return corpus.Converted{Text: []byte(w.buf.String()), Markdown: true, Origin: w.origin, Unit: "sheet", TitledByName: !titled}, nil
}

// under writes what is under a central topic: its notes, its main topics
// with nothing under them as a list, the others as sections at level.
func (w *mdWriter) under(root *topic, level int) {
	w.paragraphs(root.notes)
	mains := entries(root)
	for _, t := range mains {
		if len(t.notes) == 0 && len(entries(t)) == 0 {
			w.entry(0, t)
		}
	}
	for _, t := range mains {
		if len(t.notes) > 0 || len(entries(t)) > 0 {
			w.at(t)
			w.heading(level, t.title, t.labels)
			w.paragraphs(t.notes)
			w.entries(entries(t), 0)
		}
	}
}

// entries are the topics under t, read in its place: an untitled topic
// (a picture) by the first line of its notes, or with none by the topics
// under it.
func entries(t *topic) []*topic {
	var out []*topic
	for _, c := range t.children {
		out = appendEntry(out, c)
	}
	for _, c := range t.detached {
		out = appendEntry(out, c)
	}
	return out
}

func appendEntry(out []*topic, t *topic) []*topic {
	switch {
	case t.title != "":
		return append(out, t)
	case len(t.notes) > 0:
		titled := *t
		titled.title, titled.notes = t.notes[0], t.notes[1:]
		return append(out, &titled)
	}
	return append(out, entries(t)...)
}

// entries writes topics as a list's entries at depth, the topics under
// each nested under it.
func (w *mdWriter) entries(ts []*topic, depth int) {
	for _, t := range ts {
		w.entry(depth, t)
		w.entries(entries(t), depth+1)
	}
}

// entry writes a topic as a list's entry at depth, its notes' first line
// read on with its title (a passage holds the name and what it says of
// it), the other lines paragraphs of the entry.
func (w *mdWriter) entry(depth int, t *topic) {
	if !strings.HasPrefix(strings.TrimLeft(w.last, " "), "- ") {
		w.gap()
	}
	w.topics = true
	w.at(t)
	indent := strings.Repeat("  ", min(depth, 8))
	title, notes := labelled(t.title, t.labels), t.notes
	if len(notes) > 0 {
		if title != "" && !strings.ContainsAny(title[len(title)-1:], ".:;!?") {
			title += "." // its notes are sentences of their own
		}
		title, notes = strings.TrimSpace(title+" "+notes[0]), notes[1:]
	}
	w.line(indent + "- " + escape(title))
	for _, n := range notes {
		w.line("")
		w.line(indent + "  " + escape(n))
	}
	if len(notes) > 0 {
		w.line("")
	}
}

// at places the lines written next at t's line in its file, when it
// has one.
func (w *mdWriter) at(t *topic) {
	if t.line > 0 {
		w.place = t.line
	}
}

// heading writes a section's heading at level.
func (w *mdWriter) heading(level int, title string, labels []string) {
	w.topics = true
	w.gap()
	w.line(strings.Repeat("#", level) + " " + escape(labelled(title, labels)))
	w.line("")
}

// paragraphs writes lines of notes, a paragraph each.
func (w *mdWriter) paragraphs(lines []string) {
	for _, l := range lines {
		w.topics = true
		w.gap()
		w.line(escape(l))
		w.line("")
	}
}

// labelled is a topic's title, its labels after it in brackets.
func labelled(title string, labels []string) string {
	if len(labels) == 0 {
		return title
	}
	return title + " [" + strings.Join(labels, ", ") + "]"
}

// escape writes a topic's text so that Markdown reads it as text: what
// corpus.EscapeMarkdown escapes, and a "#" that would start a heading or a
// line of "-", "*" or "_" that would be a rule.
func escape(s string) string {
	s = corpus.EscapeMarkdown(s)
	if s != "" && (s[0] == '#' || ruleRE.MatchString(s)) {
		s = "&#" + strconv.Itoa(int(s[0])) + ";" + s[1:]
	}
	return s
}

// ruleRE matches a line Markdown reads as a rule, or as the underline of
// a heading.
var ruleRE = regexp.MustCompile(`^(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|=+[ \t]*)$`)
