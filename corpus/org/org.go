// Package org reads notes kept in Emacs Org mode (.org).
//
// An Org file is rewritten line for line as the Markdown it shows, and
// corpus reads that: "#+TITLE:" titles the document and "#+FILETAGS:" tags
// it; headlines are headings at their depth, their TODO keywords,
// priorities, progress cookies and tags left out (a task with nothing but
// its planning under it is a checklist's entry, "- [ ]"); lists stay lists
// ("- term :: text" a term in bold), tables stay tables, quote blocks
// quotes, and footnotes are read with the sentence they annotate.
// A headline's properties that give facts (":BORN: 1895, Gagode") are
// lines of its text ("Born: 1895, Gagode"); other drawers (LOGBOOK), the
// properties Org keeps (":ID:", ":EFFORT:"), planning lines (SCHEDULED,
// DEADLINE), comments, clock tables and settings ("#+STARTUP:") hold
// nothing to read and go; *bold*, /italic/, =verbatim= and [[links][text]]
// show their text.
//
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/org"
package org

import (
	"bytes"
	"errors"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Org mode notes",
		Extensions: []string{".org"},
		Convert:    Convert,
	})
}

var (
	headlineRE = regexp.MustCompile(`^(\*+)\s+(.*)$`)
	keywordRE  = regexp.MustCompile(`^\s*#\+(\w+):\s*(.*)$`)
	blockRE    = regexp.MustCompile(`(?i)^\s*#\+(begin|end)(?:_|:\s*)(\w*)`) // "#+BEGIN: clocktable" too: a dynamic block
	drawerRE   = regexp.MustCompile(`^\s*:[\w-]+:\s*$`)
	planningRE = regexp.MustCompile(`^\s*(?:(?:SCHEDULED|DEADLINE|CLOSED):\s*[<\[][^>\]]*[>\]]\s*)+$`)
	tagsRE     = regexp.MustCompile(`\s+:[\w@#%:]+:\s*$`)
	priorityRE = regexp.MustCompile(`^\[#[A-Z0-9]\]\s*`)
	cookieRE   = regexp.MustCompile(`\s*\[\d*(?:%|/\d*)\]`)
	listRE     = regexp.MustCompile(`^(\s*)(?:[-+]|\*(?:\s)|\d+[.)]|[a-zA-Z][.)])\s*`)
	termRE     = regexp.MustCompile(`^(\s*(?:[-+*]|\d+[.)])\s+(?:\[[ xX-]\]\s+)?)(.+?)\s+::(?:\s+|$)(.*)$`)
	ruleRE     = regexp.MustCompile(`^\s*\|[-+]+\|?\s*$`)
	footDefRE  = regexp.MustCompile(`^\[fn:([\w-]+)\]\s*(.*)$`)
	footRefRE  = regexp.MustCompile(`\[fn:([\w-]*)(?::[^\]]*)?\]`)
	linkRE     = regexp.MustCompile(`\[\[([^\]]+)\](?:\[([^\]]+)\])?\]`)
	// An emphasis's marks stand after a space or an opening and before a
	// space or a closing, with no space inside them (Org's own rule).
	emphasisRE = regexp.MustCompile(`(^|[\s({'"-])([*/=~+_])([^\s*/=~+_](?:.*?[^\s])?)([*/=~+_])([\s)}'",.;:!?\-\[]|$)`)
)

// keywords are the TODO keywords a headline may start with; a file's
// "#+TODO:" lines add its own.
var (
	keywords     = []string{"TODO", "DONE", "NEXT", "WAITING", "HOLD", "CANCELLED", "CANCELED"}
	doneKeywords = []string{"DONE", "CANCELLED", "CANCELED"}
)

// tasks returns the lines (1-based) of the headlines that a TODO keyword
// opens and nothing but planning lines and drawers follows, up to the next
// headline at their level or above: a revision plan's tasks, entries of a
// checklist, not sections.
func tasks(lines []string, todo []string) map[int]bool {
	out := map[int]bool{}
	for i, l := range lines {
		m := headlineRE.FindStringSubmatch(l)
		if m == nil || keywordOf(m[2], todo) == "" {
			continue
		}
		j := i + 1
		drawer := false // in a drawer, whatever its lines say ("- State "DONE" from "TODO"")
	scan:
		for ; j < len(lines) && !headlineRE.MatchString(lines[j]); j++ {
			t := strings.TrimSpace(lines[j])
			switch {
			case strings.EqualFold(t, ":END:"):
				drawer = false
			case drawerRE.MatchString(t):
				drawer = true
			case !drawer && t != "" && !planning(t):
				break scan
			}
		}
		if j == len(lines) {
			out[i+1] = true
		} else if next := headlineRE.FindStringSubmatch(lines[j]); next != nil && len(next[1]) <= len(m[1]) {
			out[i+1] = true // no text under it, nor headlines
		}
	}
	return out
}

// keywordOf returns the TODO keyword a headline's text opens with, or "".
func keywordOf(text string, todo []string) string {
	for _, k := range todo {
		if rest, ok := strings.CutPrefix(text, k); ok && (rest == "" || rest[0] == ' ') {
			return k
		}
	}
	return ""
}

// Convert writes Org notes as Markdown, a line for each line it keeps.
func Convert(data []byte) (corpus.Converted, error) {
	if !utf8.Valid(data) {
		return corpus.Converted{}, errors.New("not UTF-8 text: save the notes as UTF-8")
	}
	lines := strings.Split(strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\ufeff"))), "\r\n", "\n"), "\n")
	w := writer{todo: append([]string(nil), keywords...), done: append([]string(nil), doneKeywords...)}
	for _, l := range lines {
		if m := keywordRE.FindStringSubmatch(l); m != nil && (strings.EqualFold(m[1], "TODO") || strings.EqualFold(m[1], "SEQ_TODO") || strings.EqualFold(m[1], "TYP_TODO")) {
			_, done, _ := strings.Cut(m[2], "|")
			for _, k := range strings.Fields(m[2]) {
				if k != "|" {
					w.todo = append(w.todo, todoName(k))
				}
			}
			for _, k := range strings.Fields(done) {
				w.done = append(w.done, todoName(k))
			}
		}
	}
	w.tasks = tasks(lines, w.todo)
	for i, l := range lines {
		w.line(l, i+1)
	}
	return corpus.Converted{Text: []byte(strings.Join(w.out, "\n")), Markdown: true, Origin: w.origin, Unit: "line"}, nil
}

// todoName is the keyword a "#+TODO:" line declares, without its key and
// logging marks: "WAIT" of "WAIT(w@/!)".
func todoName(k string) string {
	name, _, _ := strings.Cut(k, "(")
	return name
}

// writer turns Org lines into Markdown lines.
type writer struct {
	out    []string
	origin []int
	todo   []string
	done   []string     // the keywords of tasks done
	tasks  map[int]bool // the lines of headlines that are tasks and nothing more (see tasks)
	block  string       // the block the lines are in ("quote", "src", "comment"), "" when none
	drawer string       // the drawer the lines are in ("properties", "logbook"), "" when none
	title  bool         // a "#+TITLE:" was written: headlines are a level lower
	table  int          // rows of the current table so far
}

func (w *writer) put(line string, at int) {
	w.out = append(w.out, line)
	w.origin = append(w.origin, at)
}

func (w *writer) line(l string, at int) {
	t := strings.TrimSpace(l)
	if !strings.HasPrefix(t, "|") {
		w.table = 0
	}
	if strings.HasPrefix(t, "#+") {
		if m := blockRE.FindStringSubmatch(l); m != nil {
			w.startBlock(strings.ToLower(m[1]) == "begin", strings.ToLower(m[2]), at)
			return
		}
	}
	switch w.block {
	case "comment", "clocktable": // a clocktable sums the time spent on the notes
		return
	case "quote", "verse", "center":
		w.put("> "+w.inline(t), at)
		return
	case "src", "example", "export":
		w.put(l, at)
		return
	}
	if w.drawer != "" {
		switch {
		case strings.EqualFold(t, ":END:"):
			w.drawer = ""
			w.put("", at)
		case w.drawer == "properties":
			w.property(t, at)
		}
		return
	}
	switch {
	case strings.HasPrefix(t, ":") && drawerRE.MatchString(l) && !strings.EqualFold(t, ":END:"):
		w.drawer = strings.ToLower(strings.Trim(t, ":"))
	case planning(t), strings.HasPrefix(t, "# ") || t == "#", strings.EqualFold(t, ":END:"):
	case strings.HasPrefix(t, "#+") && keywordRE.MatchString(l):
		w.keyword(keywordRE.FindStringSubmatch(l), at)
	case strings.HasPrefix(l, "*") && headlineRE.MatchString(l):
		m := headlineRE.FindStringSubmatch(l)
		w.headline(len(m[1]), m[2], at)
	case strings.HasPrefix(t, "|"):
		w.tableRow(t, at)
	case strings.HasPrefix(t, "-----"):
		w.put("---", at)
	case strings.HasPrefix(t, "[fn:") && footDefRE.MatchString(t):
		m := footDefRE.FindStringSubmatch(t)
		w.put("[^"+m[1]+"]: "+w.inline(m[2]), at)
	default:
		w.put(w.listItem(l), at)
	}
}

// property writes a property of a headline's drawer that the notes give
// as a fact ("Born: 11 September 1895, Gagode") on a line of its own, and
// leaves out those Org and its packages keep for themselves (":ID:",
// ":CREATED:", ":EFFORT:", ":ROAM_ALIASES:").
func (w *writer) property(t string, at int) {
	m := propertyRE.FindStringSubmatch(t)
	if m == nil || m[2] == "" {
		return
	}
	name := strings.ToUpper(strings.TrimSuffix(m[1], "+"))
	if prefix, _, packaged := strings.Cut(name, "_"); orgProperties[name] || packaged && orgPrefixes[prefix] {
		return
	}
	label := strings.ToLower(strings.ReplaceAll(name, "_", " "))
	w.put(strings.ToUpper(label[:1])+label[1:]+": "+w.inline(m[2]), at)
}

// propertyRE matches a property's line: ":BORN: 11 September 1895".
var propertyRE = regexp.MustCompile(`^:([\w-]+\+?):\s*(.*)$`)

// orgProperties are the properties Org keeps for itself, and orgPrefixes
// the first words of those its packages keep (ROAM_ALIASES, EXPORT_FILE_NAME,
// ANKI_DECK, NOTER_PAGE).
var (
	orgProperties = map[string]bool{"ID": true, "CUSTOM_ID": true, "CREATED": true, "LAST_MODIFIED": true, "MODIFIED": true, "UPDATED": true,
		"CATEGORY": true, "VISIBILITY": true, "STYLE": true, "COOKIE_DATA": true, "ORDERED": true, "NOBLOCKING": true, "EFFORT": true,
		"LOGGING": true, "UNNUMBERED": true, "TOC": true, "DIR": true, "ATTACH_DIR": true, "DATA": true, "HABIT": true, "LAST_REPEAT": true,
		"REPEAT_TO_STATE": true, "ARCHIVE": true, "COLUMNS": true, "SUMMARY": true, "ALT_TITLE": true, "DESCRIPTION": true, "TRIGGER": true, "BLOCKER": true}
	orgPrefixes = map[string]bool{"ARCHIVE": true, "CLOCK": true, "EXPORT": true, "ROAM": true, "HTML": true, "LATEX": true, "ANKI": true, "DRILL": true,
		"NOTER": true, "INTERLEAVE": true, "ORG": true, "ATTACH": true}
)

func (w *writer) startBlock(begin bool, kind string, at int) {
	if !begin {
		if w.block == "src" || w.block == "example" || w.block == "export" {
			w.put("```", at)
		}
		w.block = ""
		return
	}
	w.block = kind
	if kind == "src" || kind == "example" || kind == "export" {
		w.put("```", at)
	}
}

func (w *writer) keyword(m []string, at int) {
	switch strings.ToUpper(m[1]) {
	case "TITLE":
		if !w.title && strings.TrimSpace(m[2]) != "" {
			w.title = true
			w.put("# "+w.inline(m[2]), at)
		}
	case "FILETAGS", "TAGS":
		if tags := strings.FieldsFunc(m[2], func(r rune) bool { return r == ':' || r == ' ' }); len(tags) > 0 {
			w.put("Tags: "+strings.Join(tags, ", "), at)
		}
	case "SUBTITLE":
		w.put(w.inline(m[2]), at)
	}
}

func (w *writer) headline(level int, text string, at int) {
	keyword := keywordOf(text, w.todo)
	text = strings.TrimSpace(text[len(keyword):])
	text = priorityRE.ReplaceAllString(text, "")
	text = tagsRE.ReplaceAllString(text, "")
	text = strings.TrimSpace(cookieRE.ReplaceAllString(text, ""))
	if strings.HasPrefix(text, "COMMENT") || text == "" || text == "Footnotes" && level == 1 {
		return // a footnote section's definitions are read with their marks
	}
	if w.tasks[at] {
		box := "[ ]"
		if slices.Contains(w.done, keyword) {
			box = "[x]"
		}
		w.put("- "+box+" "+w.inline(text), at) // "** TODO Redo PYQs": an entry of the checklist above it
		return
	}
	if w.title {
		level++
	}
	w.put(strings.Repeat("#", min(level, 6))+" "+w.inline(text), at)
}

func (w *writer) tableRow(t string, at int) {
	if ruleRE.MatchString(t) {
		if w.table == 1 {
			w.put(headerRule(w.out[len(w.out)-1]), at)
			w.table++
		}
		return
	}
	if w.table == 0 && len(w.out) > 0 && strings.TrimSpace(w.out[len(w.out)-1]) != "" {
		w.put("", at) // a table starts a block of its own
	}
	w.put(w.inline(t), at)
	w.table++
}

// headerRule is the Markdown rule under a table's header row.
func headerRule(row string) string {
	cells := strings.Count(strings.Trim(strings.TrimSpace(row), "|"), "|") + 1
	return "|" + strings.Repeat("---|", cells)
}

// planning reports whether a trimmed line is a planning line only
// ("SCHEDULED: <2024-01-05 Fri>").
func planning(t string) bool {
	return (strings.HasPrefix(t, "SCHEDULED:") || strings.HasPrefix(t, "DEADLINE:") || strings.HasPrefix(t, "CLOSED:")) && planningRE.MatchString(t)
}

func (w *writer) listItem(l string) string {
	if strings.Contains(l, " ::") {
		if m := termRE.FindStringSubmatch(l); m != nil {
			return bullet(m[1]) + "**" + w.inline(m[2]) + "**: " + w.inline(m[3])
		}
	}
	if t := strings.TrimLeft(l, " \t"); t == "" || !strings.ContainsRune("-+*0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ", rune(t[0])) {
		return w.inline(l)
	}
	if m := listRE.FindStringSubmatch(l); m != nil && m[0] != l {
		return bullet(m[0]) + w.inline(l[len(m[0]):])
	}
	return w.inline(l)
}

// bullet writes an Org list item's mark as Markdown's: "+" and "*" as
// "-", "1)" as "1.", a checkbox as Markdown's.
func bullet(mark string) string {
	indent := mark[:len(mark)-len(strings.TrimLeft(mark, " \t"))]
	m := strings.TrimSpace(mark)
	box := ""
	if i := strings.Index(m, "["); i > 0 {
		box = " " + strings.Replace(m[i:], "X", "x", 1)
		m = strings.TrimSpace(m[:i])
	}
	switch {
	case m == "+" || m == "*" || m == "-":
		m = "-"
	case strings.HasSuffix(m, ")"):
		m = strings.TrimSuffix(m, ")") + "."
	}
	return indent + m + box + " "
}

// inline writes what Org's inline markup shows, as Markdown.
func (w *writer) inline(s string) string {
	if !strings.ContainsAny(s, "[*/=~+_") {
		return s
	}
	s = linkRE.ReplaceAllStringFunc(s, func(l string) string {
		m := linkRE.FindStringSubmatch(l)
		if m[2] != "" {
			return m[2]
		}
		return strings.TrimLeft(strings.TrimPrefix(m[1], "file:"), "*#")
	})
	s = footRefRE.ReplaceAllString(s, "[^$1]")
	for range 2 { // the space between two emphases belongs to the first match
		s = emphasisRE.ReplaceAllStringFunc(s, func(e string) string {
			m := emphasisRE.FindStringSubmatch(e)
			if m[2] != m[4] {
				return e
			}
			mark := "" // italic and underline show as plain text
			switch m[2] {
			case "*":
				mark = "**"
			case "=", "~":
				mark = "`"
			case "+":
				mark = "~~"
			}
			return m[1] + mark + m[3] + mark + m[5]
		})
	}
	return s
}
