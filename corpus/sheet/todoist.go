package sheet

import (
	"regexp"
	"strconv"
	"strings"
)

// A Todoist project exported as CSV ("Export as a template") is a list of
// rows under the header TYPE, CONTENT, DESCRIPTION, …, INDENT, AUTHOR: a
// section, a task (indented under the task above it) or a note (a comment
// on the task above). Students keep a topic's notes so, a task a fact to
// learn, its description the notes. It is written as the project it is: a
// section a section ("## Wage rate"), a task an entry of a list (its
// labels, "@act", and the "* " that makes a task one that cannot be
// ticked, left out) with its description (Markdown, as written), the
// comments on it (their authors' names before them) and its sub-tasks
// nested in it: a passage with what the task says.

// todoistColumns are the columns of the export read, found by their names.
type todoistColumns struct{ typ, content, description, indent, author int }

// todoist returns the columns of a Todoist export's header, or false.
func todoist(header []string) (todoistColumns, bool) {
	c := todoistColumns{-1, -1, -1, -1, -1}
	for i, h := range header {
		switch h {
		case "TYPE":
			c.typ = i
		case "CONTENT":
			c.content = i
		case "DESCRIPTION":
			c.description = i
		case "INDENT":
			c.indent = i
		case "AUTHOR":
			c.author = i
		}
	}
	return c, c.typ == 0 && c.content == 1 && c.indent > 0
}

// todo is a task of a Todoist project: its text, its description, the
// comments on it and its sub-tasks.
type todo struct {
	content, description string
	line                 int
	comments             []todo // a comment's content is its author's words
	subs                 []*todo
}

// writeTodoist writes the rows of a Todoist export after its header.
func (t table) writeTodoist(o *out, c todoistColumns) {
	root := &todo{} // the project's tasks before any section
	var sections []*todo
	section := root
	var open []*todo // the tasks open, by indent
	for i := 1; i < len(t.rows); i++ {
		row, line := t.rows[i], t.lines[i]
		content := todoistText(cell(row, c.content))
		switch cell(row, c.typ) {
		case "section":
			section = &todo{content: content, line: line}
			sections = append(sections, section)
			open = open[:0]
		case "task":
			indent, _ := strconv.Atoi(cell(row, c.indent))
			indent = min(max(indent, 1), len(open)+1)
			task := &todo{content: content, description: strings.TrimSpace(cell(t.raws[i], c.description)), line: line}
			parent := section
			if indent > 1 {
				parent = open[indent-2]
			}
			parent.subs = append(parent.subs, task)
			open = append(open[:indent-1], task)
		case "note":
			if author, _, _ := strings.Cut(cell(row, c.author), " ("); author != "" {
				content = author + ": " + content
			}
			to := section
			if len(open) > 0 {
				to = open[len(open)-1]
			}
			to.comments = append(to.comments, todo{content: content, line: line})
		}
	}
	writeTasks(o, root)
	for _, s := range sections {
		o.write(s.line, "")
		o.write(s.line, "## "+s.content)
		writeTasks(o, s)
	}
}

// writeTasks writes the tasks of a section, or of the project before its
// first section, each an entry of a list: its description (Markdown, as
// written), the comments on it and its sub-tasks nested in it, so that a
// task is one passage with what it says.
func writeTasks(o *out, section *todo) {
	o.write(section.line, "")
	for _, c := range section.comments {
		o.write(c.line, c.content)
		o.write(c.line, "")
	}
	for _, task := range section.subs {
		writeTask(o, task, "")
	}
}

// writeTask writes a task as a list's entry, nested by indent.
func writeTask(o *out, t *todo, indent string) {
	content := t.content
	if t.description != "" && content != "" && !strings.ContainsAny(content[len(content)-1:], ".:;!?") {
		content += "." // its description is sentences of their own
	}
	o.write(t.line, indent+"- "+content)
	inner := indent + "  "
	if t.description != "" {
		o.write(t.line, "")
		for _, l := range strings.Split(strings.ReplaceAll(t.description, "\r\n", "\n"), "\n") {
			if l != "" {
				l = inner + l
			}
			o.write(t.line, l)
		}
		o.write(t.line, "")
	}
	for _, c := range t.comments {
		o.write(c.line, inner+"- "+c.content)
	}
	for _, s := range t.subs {
		writeTask(o, s, inner)
	}
}

// todoistText is a task's content without the "* " that makes it a task
// that cannot be ticked, and without its labels ("@act @gs3").
func todoistText(s string) string {
	s = strings.TrimPrefix(s, "* ")
	return strings.TrimSpace(labelsRE.ReplaceAllString(s, ""))
}

var labelsRE = regexp.MustCompile(`(?:\s+@[\w-]+)+\s*$`)
