package corpus

import (
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"
)

// Notes kept as an outline (Logseq, Workflowy, or any Markdown written as
// nested bullets) put their headings in bullets: "- **Definition**" over
// indented entries is the section "Definition" and its passages, not one
// passage that runs them all together. outlineLines rewrites such a list
// as headings and entries before the Markdown reader reads it, keeping
// every line where it is.

// outlineLines rewrites each outline in lines. An outline is a list of
// two top-level entries or more that are labels (a few words, not a
// sentence) over entries of their own. Each such label is a heading one
// level below the heading above the list, a label inside it one level
// further; the entries under a label are entries of its section. An
// outliner's page properties ("title:: Indian Monsoon") are the notes'
// title and metadata, its tasks before any heading ("TODO revise jet
// streams") are metadata, a task under one or inside a block is an entry
// of a checklist ("- [ ] read the MPC minutes"), and its block properties
// ("collapsed:: true"), task clocks (":LOGBOOK:"), planning ("SCHEDULED:")
// and queries ("{{query …}}") are dropped. It returns the
// metadata as "key: value" lines, and whether lines are an outliner's page
// (its properties over it), which its file's name titles.
func outlineLines(lines []string) (meta []string, page bool) {
	rootTitled(lines)
	meta, title := pageProperties(lines)
	page = len(meta) > 0 || title != ""
	drawer := false // in a task's drawer
	task := -1      // the line of the task last read, which the planning under it dates
	headed := false // past a heading the page's tasks may stand under
	for i, l := range lines {
		switch t := strings.TrimSpace(l); {
		case drawer || logbookRE.MatchString(t):
			drawer = t != ":END:"
			lines[i] = "" // a task's clock, kept by the app
			continue
		case outlinerPlanRE.MatchString(t):
			if m := taskDateRE.FindStringSubmatch(t); m != nil && task >= 0 {
				lines[task] += " (" + strings.ToLower(m[1]) + " " + plannedDay(m[2]) + ")" // "☐ revise ONDC (scheduled 4 Sep 2025, Thu)"
			}
			lines[i] = "" // "SCHEDULED: <2025-06-20 Fri>", "{{query …}}"
			continue
		case page:
			if m := outlinePropertyRE.FindStringSubmatch(l); m != nil && m[1] != "" {
				lines[i] = "" // a block's property ("collapsed:: true") on an outliner's page, whether or not its list is an outline
				continue
			}
		}
		indent, text, ok := bulletOf(l)
		if !ok {
			continue
		}
		if outlinerPlanRE.MatchString(text) {
			lines[i] = "" // "- {{query (task TODO)}}": what the app shows in its place
			continue
		}
		task = -1
		if m := outlinerTaskRE.FindStringSubmatch(text); m != nil {
			task = i
			if indent == 0 && !headed {
				meta = append(meta, "tasks: "+text) // "- TODO revise jet streams": the student's, not the notes'
				lines[i], task = "", -1
				continue
			}
			box := "[ ]"
			if m[1] == "DONE" || strings.HasPrefix(m[1], "CANCEL") {
				box = "[x]"
			}
			lines[i] = l[:indent] + "- " + box + " " + strings.TrimSpace(text[len(m[0]):]) // a task of a part of the page: its checklist's
			continue
		}
		if h := atxHeadingParts(text); h != nil {
			headed = headed || !strings.EqualFold(strings.TrimSpace(h[2]), title)
			switch {
			case indent == 0 && strings.EqualFold(strings.TrimSpace(h[2]), title):
				lines[i] = "" // the title again
			case indent == 0:
				lines[i] = text // "- # Indian Monsoon"
				k := i + 1
				for ; k < len(lines) && outlinePropertyRE.MatchString(lines[k]); k++ {
					lines[k] = "" // the heading block's properties ("collapsed:: true")
				}
				dedent(lines[k:]) // its blocks are the section's
			case strings.TrimSpace(h[2]) != "":
				// "\t- ### Pankaj Bansal v. Union of India": a heading block in a
				// block, read as the label it is over the blocks in it.
				lines[i] = l[:indent] + "- " + strings.TrimSpace(h[2])
			}
		}
	}
	level, fenced := 0, false
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fenced = !fenced
		}
		if fenced {
			continue
		}
		if strings.HasPrefix(lines[i], "#") {
			if m := atxHeadingParts(lines[i]); m != nil {
				level = len(m[1])
				continue
			}
		}
		if indent, _, ok := bulletOf(lines[i]); ok && indent == 0 {
			n, tags := outline(lines, i, level)
			if len(tags) > 0 {
				meta = append(meta, "tags: "+strings.Join(tags, ", "))
			}
			i += n - 1
		}
	}
	return meta, page
}

// indentedOutlines rewrites, as outlineLines does, the outlines that
// plain-text notes indent under a line of their own at the margin, as a
// mind map typed up does ("PESA 1996" over "  + WHY PESA?" over "    -
// 73rd CAA …"): their labels head sections a level below that line.
func indentedOutlines(lines []string) {
	for i := 0; i < len(lines); i++ {
		if indentOf(lines[i]) > 0 || strings.TrimSpace(lines[i]) == "" {
			continue
		}
		if _, _, ok := bulletOf(lines[i]); ok {
			continue
		}
		least, first := -1, -1 // the block's least indentation, and its first bullet so indented
		j := i + 1
		for ; j < len(lines) && (strings.TrimSpace(lines[j]) == "" || indentOf(lines[j]) > 0); j++ {
			if strings.TrimSpace(lines[j]) == "" {
				continue
			}
			in := indentOf(lines[j])
			if least < 0 || in < least {
				least, first = in, -1
			}
			if _, _, ok := bulletOf(lines[j]); ok && in == least && first < 0 {
				first = j
			}
		}
		if first >= 0 && nestedBullets(lines[first:j], least) {
			outline(lines, first, 1)
		}
		i = j - 1
	}
}

// dedent moves the lines of a block's children, those before the next
// line as shallow as the block, a level out: the indent of the first.
// rootTitled rewrites an outline that is one block holding all the
// others, as RemNote exports a document ("- Pallava vs Chalukya #[[GS1]]"
// over "    - # Two dynasties at a glance" and the rest) and Workflowy a
// zoomed-in node, when some block in it is a heading or two blocks in it
// hold blocks of their own: the root block is the notes' title, the
// blocks in it the notes, their flashcards' marks the text they join.
func rootTitled(lines []string) {
	first, title, ok := outlineRoot(lines)
	if !ok {
		return
	}
	if title = strings.TrimSpace(outlineTagRE.ReplaceAllString(refTagRE.ReplaceAllString(title, ""), "")); title != "" {
		lines[first] = "# " + title
		dedent(lines[first+1:])
		for i := first + 1; i < len(lines); i++ {
			lines[i] = flashcardMarks.Replace(lines[i]) // "Capital ;; Kanchipuram": a card's front and back
			if indent, text, ok := bulletOf(lines[i]); ok && strings.HasPrefix(text, workflowyDone) {
				lines[i] = lines[i][:indent] + "- [x] " + strings.TrimSpace(text[len(workflowyDone):]) // a completed item, as a checklist's
			}
		}
	}
}

// outlineRoot returns the line and the text of the block that holds
// all the others in lines, when some block in it is a heading or two
// blocks in it hold blocks of their own.
func outlineRoot(lines []string) (first int, text string, ok bool) {
	first = slices.IndexFunc(lines, func(l string) bool { return strings.TrimSpace(l) != "" })
	if first < 0 {
		return 0, "", false
	}
	indent, text, ok := bulletOf(lines[first])
	if !ok || indent != 0 {
		return 0, "", false
	}
	headed, branches := false, 0
	childIndent, counted := -1, true // the indent of the root's blocks; whether the last one's blocks are counted
	for _, l := range lines[first+1:] {
		t := strings.TrimLeft(l, " \t")
		if t == "" {
			continue
		}
		if t == l {
			return 0, "", false // another block at the top
		}
		in, b, isBullet := bulletOf(l)
		if isBullet && atxHeadingParts(b) != nil {
			headed = true
		}
		if !isBullet {
			continue
		}
		switch {
		case childIndent < 0 || in == childIndent:
			childIndent, counted = in, false
		case in > childIndent && !counted:
			branches, counted = branches+1, true
		}
	}
	return first, text, headed || branches >= 2
}

// flashcardMarks are the marks RemNote writes between a card's front and
// back (";;", ">>", "<>") and around a cloze ("{{642 CE}}"), read as the
// text they join.
var flashcardMarks = strings.NewReplacer(" ;; ", ": ", " >> ", ": ", " <> ", " = ", " ;;< ", ": ", "{{", "", "}}", "")

// workflowyDone marks an item Workflowy's export has completed.
const workflowyDone = "[COMPLETE]"

// refTagRE matches a tag that links a page, as RemNote and Logseq write
// one: "#[[GS1 Art & Culture]]".
var refTagRE = regexp.MustCompile(`\s*#\[\[[^\]]*\]\]`)

func dedent(lines []string) {
	by := -1
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if t == "" {
			continue
		}
		n := len(l) - len(t)
		if by < 0 {
			by = n
		}
		if n == 0 || n < by {
			return
		}
		lines[i] = l[by:]
	}
}

// pageProperties takes the "key:: value" lines an outliner writes above a
// page out of lines, and returns them as "key: value" lines of metadata,
// and its title, which heads the notes.
func pageProperties(lines []string) (meta []string, title string) {
	n := 0
	for ; n < len(lines); n++ {
		m := outlinePropertyRE.FindStringSubmatch(lines[n])
		if m == nil || m[1] != "" {
			break
		}
		key, value := strings.ToLower(m[2]), strings.TrimSpace(m[3])
		lines[n] = ""
		if key == "title" && title == "" {
			title = value
			continue
		}
		meta = append(meta, key+": "+value)
	}
	if title != "" {
		lines[n-1] = "# " + title
	}
	return meta, title
}

// plannedDay writes a task's planned day as notes write a date, "4 Sep
// 2025, Thu" of "2025-09-04 Thu", so that "scheduled for 4 September"
// finds it; what it cannot read stays as written.
func plannedDay(s string) string {
	f := strings.Fields(s)
	if len(f) == 0 {
		return s
	}
	t, err := time.Parse("2006-01-02", f[0])
	if err != nil {
		return s
	}
	f[0] = t.Format("2 Jan 2006")
	if len(f) > 1 {
		f[0] += ","
	}
	return strings.Join(f, " ")
}

var (
	outlinerTaskRE = regexp.MustCompile(`^(TODO|DOING|DONE|LATER|NOW|WAITING|CANCELED|CANCELLED) `)
	// a task's planning, or a query of the app's, alone on a line
	taskDateRE     = regexp.MustCompile(`^(SCHEDULED|DEADLINE): <([^>]*)>$`)
	outlinerPlanRE = regexp.MustCompile(`^(?:(?:SCHEDULED|DEADLINE): <[^>]*>|\{\{(?:query|embed)\b.*\}\})$`)
	// the start of a drawer the app keeps a task's clock in
	logbookRE         = regexp.MustCompile(`^:LOGBOOK:$`)
	outlinePropertyRE = regexp.MustCompile(`^(\s*)([A-Za-z][\w-]*):: ?(.*)$`)
)

// entry is a bullet of an outline.
type entry struct {
	line   int
	depth  int
	text   string
	listed bool // a numbered list is indented under it ("+ 7 POWERS" over "    1. enforce prohibition …")
}

// outline rewrites the list that starts at lines[i] if it is an outline,
// under a heading of the given level, and returns how many lines it takes
// and the tags its labels carried ("#upper-air" of "**Jet streams**
// #upper-air"), which are the notes' tags.
func outline(lines []string, i, level int) (n int, tags []string) {
	var entries []entry
	var indents []int // the indentation of each depth open
	j := i
	for ; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			continue
		}
		in, text, ok := bulletOf(l)
		if !ok {
			if indentOf(l) == 0 {
				break // the list has ended
			}
			if last := len(entries) - 1; last >= 0 && indentOf(l) > indents[len(indents)-1] {
				if _, numbered := textBullet(strings.TrimSpace(l)); numbered {
					entries[last].listed = true
				}
			}
			continue
		}
		for len(indents) > 0 && indents[len(indents)-1] > in {
			indents = indents[:len(indents)-1]
		}
		if len(indents) == 0 || indents[len(indents)-1] < in {
			indents = append(indents, in)
		}
		entries = append(entries, entry{line: j, depth: len(indents) - 1, text: text})
	}
	for j > i && strings.TrimSpace(lines[j-1]) == "" {
		j--
	}
	// An entry heads a section when it is a label over entries of its own,
	// under a heading or at the top, and so is every entry after it under
	// the same parent: a plain entry after it would land in its section.
	parents := make([]int, len(entries))
	var open []int // the entries that the next may be under, shallowest first
	for k, e := range entries {
		for len(open) > 0 && entries[open[len(open)-1]].depth >= e.depth {
			open = open[:len(open)-1]
		}
		parents[k] = -1
		if len(open) > 0 {
			parents[k] = open[len(open)-1]
		}
		open = append(open, k)
	}
	// labelled[k]: entry k is a label over entries of its own; rest[k]: so
	// is every entry after it under the same parent, metadata aside.
	labelled := make([]bool, len(entries))
	for k, e := range entries {
		labelled[k] = (e.listed || k+1 < len(entries) && entries[k+1].depth > e.depth) && outlineLabel(e.text) != ""
	}
	rest := make([]bool, len(entries))
	after := map[int]int{} // parent → the entry under it seen last, going back
	for k := len(entries) - 1; k >= 0; k-- {
		ok := labelled[k] || linksOnly(entries[k].text) // "Related: [[ITCZ]]" is metadata
		if next, seen := after[parents[k]]; seen {
			ok = ok && rest[next]
		}
		rest[k], after[parents[k]] = ok, k
	}
	heads := make([]bool, len(entries))
	labels := 0
	for k, e := range entries {
		if p := parents[k]; p >= 0 && !heads[p] {
			continue
		}
		heads[k] = labelled[k] && rest[k]
		if heads[k] && e.depth == 0 {
			labels++
		}
	}
	if labels < 2 {
		return max(j-i, 1), nil
	}
	var headDepth []int     // the depths of the headings the entries are under
	textAt := map[int]int{} // where the text of each entry left an entry now starts
	for k, e := range entries {
		for len(headDepth) > 0 && headDepth[len(headDepth)-1] >= e.depth {
			headDepth = headDepth[:len(headDepth)-1]
		}
		if heads[k] {
			lines[e.line] = strings.Repeat("#", min(level+1+e.depth, 6)) + " " + outlineLabel(e.text)
			for _, t := range outlineTagRE.FindAllString(e.text, -1) {
				tags = append(tags, strings.Trim(strings.TrimSpace(t), "#[]"))
			}
			headDepth = append(headDepth, e.depth)
			continue
		}
		if linksOnly(e.text) {
			lines[e.line] = e.text // read as metadata
			continue
		}
		under := -1
		if len(headDepth) > 0 {
			under = headDepth[len(headDepth)-1]
		}
		lines[e.line] = strings.Repeat("  ", e.depth-under-1) + "- " + e.text
		textAt[e.line] = 2 * (e.depth - under)
	}
	textCol := -1 // where the text of the entry that the line goes on starts, if any
	for k := i; k < j; k++ {
		if at, ok := textAt[k]; ok {
			textCol = at
			continue
		}
		if m := outlinePropertyRE.FindStringSubmatch(lines[k]); m != nil && m[1] != "" {
			lines[k] = "" // "collapsed:: true" under a bullet
		} else if _, _, ok := bulletOf(lines[k]); !ok && !strings.HasPrefix(lines[k], "#") {
			lines[k] = strings.TrimSpace(lines[k])
			if textCol >= 0 && lines[k] != "" {
				lines[k] = strings.Repeat(" ", textCol) + lines[k] // an entry's line wrapped, still under it
			}
		}
		if strings.TrimSpace(lines[k]) == "" || strings.HasPrefix(lines[k], "#") {
			textCol = -1
		}
	}
	return j - i, tags
}

// outlineLabel returns the label an outline's entry gives, or "" when it
// is text: a few words (a remark in brackets aside), bold or not, not
// ending a sentence, without the tags and links an outliner adds
// ("**Jet streams** #upper-air").
func outlineLabel(text string) string {
	t := text
	if strings.Contains(t, "#") {
		t = outlineTagRE.ReplaceAllString(t, "")
	}
	t = labelMarkup.Replace(t)
	t = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), ":"))
	if strings.HasPrefix(t, "# ") {
		t = strings.TrimSpace(strings.TrimLeft(t, "# "))
	}
	label, _, _ := strings.Cut(t, " -> ") // "7 POWERS (sec 4(m)) -> to GS + panchayats": a label and a remark on it
	if !hasWords(t) || countWords(DropBrackets(label)) > maxOutlineLabelWords || utf8.RuneCountInString(t) > maxOutlineLabelRunes || sentenceEnd(t) && !askedShort(t) {
		return ""
	}
	return t
}

// askedShort reports whether t is a question of a few words ("WHY
// PESA?"), as a label asks what the entries under it answer.
func askedShort(t string) bool {
	return strings.HasSuffix(t, "?") && countWords(t) <= 3
}

var labelMarkup = strings.NewReplacer("**", "", "__", "", "[[", "", "]]", "")

// outlineTagRE matches an outliner's tag, "#theory", "#[[upper air]]".
var outlineTagRE = regexp.MustCompile(`(?:^|\s)#(?:\[\[[^\]]*\]\]|[\p{L}\p{N}_-]+)`)

const (
	maxOutlineLabelWords = 8
	maxOutlineLabelRunes = 80
)

// bulletOf returns the indentation and the text of a list entry marked
// "-", "*" or "+", or false for a line that is none (tabs are spaces by
// now: see splitLines).
func bulletOf(l string) (indent int, text string, ok bool) {
	t := strings.TrimLeft(l, " ")
	if len(t) < 2 || (t[0] != '-' && t[0] != '*' && t[0] != '+') || t[1] != ' ' {
		return 0, "", false
	}
	text = strings.TrimSpace(t[2:])
	if text == "" {
		return 0, "", false
	}
	return len(l) - len(t), text, true
}
