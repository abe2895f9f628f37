package corpus

import (
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Markdown documents are read as people write them (CommonMark and GitHub
// tables, with Obsidian's and Notion's additions):
//
//   - Front matter ("---", "key: value" lines, "---") is metadata: title,
//     category, tags and reading time have fields of their own, the other
//     keys go to Document.Meta. So do "Category:", "Tags:", "Reading time:"
//     and "Related:" lines and lines of #tags between the title and the
//     first section.
//   - The first "# " heading is the title (or, without one, the front
//     matter's title; failing that the first line, or the file name, with a
//     warning). Other headings, "#" to "######" or underlined with "===" or
//     "---", are sections at their depth: a "####" under a "##" is its
//     subsection, whatever the levels skipped. A line that is all bold,
//     standing alone, is a subsection of the heading above it. A line of
//     its own ending in ":" that names a part of another kind than the
//     open section ("Features:" under "What is …?"), bold or not, is a
//     section beside it, as in the text reader; other such lines lead into
//     what follows. A heading of emoji alone ("## 📌") is no name: under
//     a heading of a lower level its text continues that section, at the
//     top it is named by the first words of its first line.
//   - A short line right under the title, standing alone, that is no
//     sentence, heading or list entry is its subtitle (as in text).
//   - Text before the first section is the definition. Headings are mapped
//     to kinds by name (see headingKinds) and cited as written, without
//     their numbers ("## 1) Basics" is cited as "Basics").
//   - Under a FAQ heading, each deeper heading, numbered list entry, bold
//     line or top-level bullet ending in "?" is a question (a heading that
//     does not ask, after questions that all do, is a part of its own); an
//     "Exam Tip" line, heading or callout is the tip of the question above
//     it, unless a rule ("---") ended its answer or the tip is not indented
//     under a list entry's indented answer: then it is the section's.
//   - Lists become passages as build.go says; a table is a passage per row,
//     "header: cell; header: cell"; a callout ("> [!note] Title") is a
//     passage of its own (an "Exam tip" callout is an exam tip); code
//     blocks keep their lines; task list entries show ☐ or ☑.
//   - Inline markup is read as the text it shows (see mdInline); a
//     footnote's text is read in brackets where it is first cited (see
//     inlineFootnotes), or, cited nowhere, as a paragraph where it is
//     defined.
//   - The lines of a paragraph run into one line, as Markdown shows them,
//     except as the text reader keeps them: a line after a hard break (two
//     trailing spaces or a backslash) or one of consecutive "Label: value"
//     lines keeps its line break, and under an updates-like heading a
//     dated line ("Dec 2023: …") is a development of its own.

var (
	styleOpenRE = regexp.MustCompile(`(?i)^<(style|script)[\s>]`)
	// badgesRE matches a README's line of status badges, pictures linked
	// from shields.io or a CI's badge: "[![PyPI](https://img.shields.io/…)](…)".
	badgesRE         = regexp.MustCompile(`^(?:\[!\[[^\]]*\]\([^()\s]*(?:shields\.io|badge)[^()\s]*\)\]\([^()\s]*\)\s*)+$`)
	htmlHeadingRE    = regexp.MustCompile(`(?i)^<h([1-6])(?:\s[^>]*)?>(.*?)</h[1-6]>$`)
	closedOnlyRE     = regexp.MustCompile(`^([^#\s|>].{0,100}?)\s+(#{2,6})$`)
	setextRE         = regexp.MustCompile(`^(?:=+|-+)\s*$`)
	thematicRE       = regexp.MustCompile(`^(?:(?:\*\s*){3,}|(?:-\s*){3,}|(?:_\s*){3,})$`)
	tableDelimRE     = regexp.MustCompile(`^\|?\s*:?-+:?\s*(?:\|\s*:?-+:?\s*)*\|?\s*$`)
	calloutRE        = regexp.MustCompile(`^\[!([A-Za-z-]+)(?:\|[^\]]*)?\][+-]?\s*(.*)$`) // "[!tip|right]": Obsidian's settings after the bar
	mdMetaRE         = regexp.MustCompile(`(?i)^(category|tags?|reading time|related|see also|linked|links)\s*:\s*(.+)$`)
	hashtagsRE       = regexp.MustCompile(`^#[\p{L}\p{N}_/-]+(?:\s+#[\p{L}\p{N}_/-]+)*$`)
	frontMatterKeyRE = regexp.MustCompile(`^([A-Za-z_][\w .-]*):(?:\s+(.*)|\s*)$`)
	yamlItemRE       = regexp.MustCompile(`^\s*-\s+(.*)$`)
	refDefRE         = regexp.MustCompile(`^\[[^\]]+\]:\s+\S`)
	boldLineRE       = regexp.MustCompile(`^(?:\*\*\*?|__|\*\*_|_\*\*)([^*_].*?)(?:\*\*\*?|__|_\*\*|\*\*_)(:?)$`)
	taskRE           = regexp.MustCompile(`^\[([ xX])\]\s+(.*)$`)
	// tocRE is an editor's table-of-contents marker on a line of its own
	// (Typora's "[toc]", GitLab's "[[_TOC_]]", kramdown's "{:toc}"): it
	// shows the headings, not text.
	tocRE = regexp.MustCompile(`(?i)^(?:\[toc\]|\[\[_?toc_?\]\]|\{:toc\}|\$\{toc\}|\{\{toc\}\})$`)
)

// tocMarker reports whether line t is a table-of-contents marker: only
// lines that start as one does go to tocRE.
func tocMarker(t string) bool {
	return t != "" && strings.IndexByte("[{$", t[0]) >= 0 && tocRE.MatchString(t)
}

// maxFrontMatterLines bounds the search for the end of front matter.
const maxFrontMatterLines = 500

// parseMarkdownLines reads Markdown lines into a document. Parsers of other
// formats convert to Markdown and call it; warn, when not nil, is a warning
// from decoding the input.
// fieldLines takes the "key:: value" lines a note's plugins keep right
// under its front matter (Obsidian's Dataview: "up:: [[GS3 MOC]]",
// "source:: …") out of lines, and returns them as "key: value" lines of
// metadata: not the note's opening text, nor a glossary.
func fieldLines(lines []string) (meta []string) {
	if len(lines) == 0 || strings.TrimSpace(lines[0]) != "---" {
		return nil
	}
	i := 1
	for i < len(lines) && i <= maxFrontMatterLines && strings.TrimSpace(lines[i]) != "---" {
		i++
	}
	for i++; i < len(lines); i++ {
		m := outlinePropertyRE.FindStringSubmatch(lines[i])
		if m == nil || m[1] != "" {
			break
		}
		meta = append(meta, m[2]+": "+strings.TrimSpace(m[3]))
		lines[i] = ""
	}
	return meta
}

func parseMarkdownLines(name string, lines []string, warn *Error) (*Document, error) {
	b := newBuilder(name)
	if warn != nil {
		b.doc.Warnings = append(b.doc.Warnings, warn)
	}
	excalidrawLines(lines)
	docsiteLines(lines)
	meta, page := outlineLines(lines)
	meta = append(meta, joplinLines(lines)...)
	meta = append(meta, fieldLines(lines)...)
	pictureLines(lines)
	pageLinkLines(lines)
	anchorLines(lines)
	pandocLines(lines)
	shortcodeLines(lines)
	inlineFootnotes(lines)
	var rows []int
	switch {
	case isZim(lines):
		zimLines(lines) // DokuWiki's markup under a header of its own
		dokuWikiLines(lines, &rows)
	case isDokuWiki(lines):
		dokuWikiLines(lines, &rows)
	case isTranscript(lines):
		transcriptLines(lines)
	case isOtter(lines):
		otterLines(lines)
	case isZoomChat(lines):
		zoomChatLines(name, lines)
	default:
		timeHeads(lines)
	}
	tableLines(lines, false, &rows)
	b.tableRows(rows)
	glossaryLines(lines)
	r := &mdReader{b: b, lines: lines, outlinerPage: page || journalRE.MatchString(stem(filepath.Base(name)))}
	r.readMeta(meta)
	r.read()
	return b.finish()
}

// pandocLines reads what pandoc's Markdown, R Markdown and Quarto add to
// Markdown: the fences of a div (":::: {.callout-note}", ":::") are
// blanked and its text read as if it stood alone; a chunk of code run to
// make the document ("```{r}", "```{python}") is blanked, as a notebook's
// code is (its working, not its notes); a note written inline
// ("…liberty.^[It applies to all persons.]") is read in brackets with the
// sentence it annotates; a table's caption (": Cases {#tbl-cases}" under
// it) loses its colon and id.
func pandocLines(lines []string) {
	fence := ""
	run := false // the fence open is a chunk of code that is run
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if f, ok := fenceAfter(fence, t); ok {
			if fence == "" {
				info := strings.TrimLeft(t, f[:1])
				run = len(info) > 1 && info[0] == '{' && unicode.IsLetter(rune(info[1])) && !strings.HasPrefix(info, "{mermaid")
			}
			fence = f
			if run {
				lines[i] = ""
			}
			continue
		}
		switch {
		case fence != "":
			if run {
				lines[i] = ""
			}
		case strings.HasPrefix(t, ":::") && divFenceRE.MatchString(t):
			lines[i] = ""
		case strings.Contains(t, "^["):
			lines[i] = inlineNotes(l)
		case strings.HasPrefix(t, ": ") && tableAbove(lines, i):
			lines[i] = headingIDRE.ReplaceAllString(t[2:], "")
		}
	}
}

// shortcodeLines reads a Hugo page's shortcodes ("{{< notice info >}}",
// "{{% details title="Quick revision" %}}", "{{< /notice >}}") as what
// they show in the text: a figure's caption, a box's title, else nothing;
// what a pair of them holds is read as if it stood alone.
func shortcodeLines(lines []string) {
	for i, l := range lines {
		if !strings.Contains(l, "{{<") && !strings.Contains(l, "{{%") {
			continue
		}
		lines[i] = shortcodeRE.ReplaceAllStringFunc(l, func(code string) string {
			m := shortcodeRE.FindStringSubmatch(code)
			if m[1] == "/" {
				return ""
			}
			for _, arg := range shortcodeShown {
				if v := arg.FindStringSubmatch(m[3]); v != nil {
					return v[1]
				}
			}
			return ""
		})
		if strings.TrimSpace(lines[i]) == "" {
			lines[i] = ""
		}
	}
}

// shortcodeRE matches a Hugo shortcode: its "/" when it closes a pair,
// its name, its arguments.
var shortcodeRE = regexp.MustCompile(`\{\{[<%]\s*(/?)([\w./-]+)((?:[^{}"]|"[^"]*")*?)\s*[>%]\}\}`)

// shortcodeShown match the arguments whose text a shortcode shows, first
// found first taken.
var shortcodeShown = []*regexp.Regexp{
	regexp.MustCompile(`\bcaption\s*=\s*"([^"]*)"`),
	regexp.MustCompile(`\btitle\s*=\s*"([^"]*)"`),
}

// tableAbove reports whether the line before lines[i] that is not blank
// is a pipe table's.
func tableAbove(lines []string, i int) bool {
	for j := i - 1; j >= 0; j-- {
		if t := strings.TrimSpace(lines[j]); t != "" {
			return strings.HasPrefix(t, "|")
		}
	}
	return false
}

// divFenceRE matches the fence of a pandoc div: ":::", "::: callout-tip",
// ":::: {.columns}", "::: {#fig-x .column-margin}".
var divFenceRE = regexp.MustCompile(`^:{3,}\s*(?:\{[^{}]*\}|[\w-]+(?:\s+\{[^{}]*\})?)?\s*:*$`)

// inlineNotes writes a line's inline notes ("^[text]") in brackets.
func inlineNotes(l string) string {
	var b strings.Builder
	for {
		at := strings.Index(l, "^[")
		if at < 0 {
			break
		}
		depth, end := 0, -1
		for k := at + 1; k < len(l) && end < 0; k++ {
			switch l[k] {
			case '[':
				depth++
			case ']':
				if depth--; depth == 0 {
					end = k
				}
			}
		}
		if end < 0 {
			break
		}
		b.WriteString(strings.TrimRight(l[:at], " "))
		b.WriteString(" (" + strings.TrimSpace(l[at+2:end]) + ")")
		l = l[end+1:]
	}
	b.WriteString(l)
	return b.String()
}

// pictureLines blanks the lines that are a picture alone whose alt text is
// a name, not words ("![rw-book-cover](https://…)", "![img1](a.png)"): it
// says nothing a student asks about.
func pictureLines(lines []string) {
	for i, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "![") && pictureRE.MatchString(t) {
			lines[i] = ""
		}
	}
}

var pictureRE = regexp.MustCompile(`^!\[[^\]\s]*\]\((?:[^()]|\([^()]*\))*\)$`) // a path may hold brackets: "Council%20of%20Ministers%20(Union)/Untitled.png"

// pageLinkLines blanks the lines that are a link alone to another page of
// the export the notes came from, as Notion writes a page's subpage
// ("[Tidal energy (MNRE)](Ocean%20Currents/Tidal%20energy%20(MNRE)%207f2d….md)"):
// a card to open another page, which is notes of its own where the
// export holds it.
// So are a Zettelkasten note's links to the notes before and after it
// ("Up: [[202511181045 Articles 323A and 323B]] · Next: [[…]]", as
// Dataview's fields too, "up:: [[…]] · related:: [[…]], [[…]]"), and an
// Obsidian block's ID.
func pageLinkLines(lines []string) {
	for i, l := range lines {
		if t := strings.TrimSpace(l); strings.HasSuffix(t, ".md)") {
			if _, ok := linkOnly(l); ok {
				lines[i] = ""
			}
		} else if strings.HasSuffix(t, "]]") && navLinksRE.MatchString(t) {
			lines[i] = ""
		} else if strings.Contains(t, "^") {
			if blockIDRE.MatchString(t) {
				lines[i] = "" // "^cfa-table": an Obsidian block's ID, under it
			} else if m := blockIDEndRE.FindStringIndex(l); m != nil {
				lines[i] = l[:m[0]] // "… a line ^b7f2": its block's ID
			}
		}
	}
}

// blockIDRE matches an Obsidian block's ID alone on its line, blockIDEndRE
// one at a line's end: what a link to the block names it by.
var (
	blockIDRE    = regexp.MustCompile(`^\^[A-Za-z0-9-]+$`)
	blockIDEndRE = regexp.MustCompile(`\s\^[A-Za-z0-9-]*[A-Za-z][A-Za-z0-9-]*\s*$`)
)

// navLinksRE matches a line of links to the notes around a note: "Up:
// [[…]] · Next: [[…]]".
var navLinksRE = regexp.MustCompile(`(?i)^(?:up|next|prev|previous|parent|back)\s*::?\s*` + wikiLinks + `(?:\s*[·|•,]?\s*(?:up|next|prev|previous|parent|back|related|see also)\s*::?\s*` + wikiLinks + `)*\s*[·|•,]?$`)

// wikiLinks is a list of wiki links: "[[A]], [[B]]".
const wikiLinks = `\[\[[^\[\]]+\]\](?:\s*,\s*\[\[[^\[\]]+\]\])*`

// anchorLines blanks the lines of a table of contents, each a link alone
// to a heading of the notes ("[2\. Composition](#2-composition)"), and
// takes the ids off headings ("## Composition {#composition}", as Google
// Docs and pandoc write them; "## Threats { #threats }", MkDocs).
func anchorLines(lines []string) {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case strings.HasPrefix(t, "#") && strings.HasSuffix(t, "}"):
			lines[i] = headingIDRE.ReplaceAllString(l, "")
		case strings.Contains(t, "](#") && anchorLinkRE.MatchString(t):
			lines[i] = ""
		}
	}
}

var (
	headingIDRE  = regexp.MustCompile(`\s+\{:?\s*[#.][^\s{}]+(?:\s+[.#]?[^\s{}]+)*\s*\}\s*$`)
	anchorLinkRE = regexp.MustCompile(`^(?:[-*+]\s+|\d+[.)]\s+)?\[[^\]]+\]\(#(?:[^()\s]|\([^()\s]*\))*\)$`) // "(#5.-news-(2025))": a heading's parentheses in its id
)

// joplinLines reads a note exported by Joplin as a raw export directory
// does it: its title on the first line, then its Markdown, then a block
// of the note's properties ("id: 7c3e…", "created_time: …", "type_: 1").
// The block is blanked and the title made the notes' "# " heading; it
// returns the properties a reader may care for as metadata lines
// ("created: 2024-03-14T16:42:08.311Z", "source: https://…").
func joplinLines(lines []string) []string {
	end := len(lines) - 1
	for end >= 0 && strings.TrimSpace(lines[end]) == "" {
		end--
	}
	if end < 2 || !joplinTypeRE.MatchString(lines[end]) {
		return nil
	}
	start, id := end, false
	for start > 0 && joplinPropertyRE.MatchString(lines[start-1]) {
		start--
		id = id || joplinIDRE.MatchString(lines[start])
	}
	if !id {
		return nil
	}
	var meta []string
	for i := start; i <= end; i++ {
		m := joplinPropertyRE.FindStringSubmatch(lines[i])
		if key, ok := joplinKept[m[1]]; ok && strings.TrimSpace(m[2]) != "" {
			meta = append(meta, key+": "+strings.TrimSpace(m[2]))
		}
		lines[i] = ""
	}
	if first := strings.TrimSpace(lines[0]); first != "" && first[0] != '#' && strings.TrimSpace(lines[1]) == "" {
		lines[0] = "# " + first
	}
	return meta
}

var (
	joplinTypeRE     = regexp.MustCompile(`^type_: \d+$`)
	joplinIDRE       = regexp.MustCompile(`^id: [0-9a-f]{32}$`)
	joplinPropertyRE = regexp.MustCompile(`^([a-z_]+): ?(.*)$`)
	// joplinKept are the note's properties kept, by the names they are kept as.
	joplinKept = map[string]string{"created_time": "created", "updated_time": "updated", "source_url": "source", "author": "author"}
)

// inlineFootnotes moves the text of each footnote ("[^1]: The 52nd
// Amendment.") to where the notes first cite it, in brackets, so that it
// is read with the sentence it annotates: "…added in 1985.[^1]" is read
// "…added in 1985. (Footnote 1: The 52nd Amendment.)", a note named by a
// number named so. A footnote cited nowhere, or only in a heading, stays
// where it is defined.
func inlineFootnotes(lines []string) {
	type note struct {
		text  string
		lines []int // the definition's lines
	}
	var notes map[string]*note
	fence := ""
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if f, ok := fenceAfter(fence, t); ok {
			fence = f
			continue
		}
		if fence != "" || !strings.HasPrefix(t, "[^") || len(lines[i])-len(strings.TrimLeft(lines[i], " ")) >= 4 {
			continue
		}
		id, text, ok := strings.Cut(t[2:], "]:")
		if !ok || id == "" || strings.ContainsAny(id, " \t]") {
			continue
		}
		n := &note{lines: []int{i}}
		var joined strings.Builder // the note's wrapped lines, joined once
		joined.WriteString(strings.TrimSpace(text))
		for i+1 < len(lines) && strings.HasPrefix(lines[i+1], "  ") && strings.TrimSpace(lines[i+1]) != "" {
			i++
			joined.WriteByte(' ')
			joined.WriteString(strings.TrimSpace(lines[i]))
			n.lines = append(n.lines, i)
		}
		n.text = joined.String()
		if notes == nil {
			notes = map[string]*note{}
		}
		if _, dup := notes[id]; !dup && n.text != "" {
			notes[id] = n
		}
	}
	if notes == nil {
		return
	}
	cited := map[string]bool{}
	fence = ""
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if f, ok := fenceAfter(fence, t); ok {
			fence = f
			continue
		}
		if fence != "" || !strings.Contains(l, "[^") || t[0] == '#' || strings.HasPrefix(t, "[^") {
			continue
		}
		lines[i] = footnoteRE.ReplaceAllStringFunc(l, func(ref string) string {
			id := ref[2 : len(ref)-1]
			n, ok := notes[id]
			if !ok || cited[id] {
				return ref
			}
			cited[id] = true
			if numberRE.MatchString(id) {
				return " (Footnote " + id + ": " + n.text + ")" // as a question names it: "what does footnote 2 say"
			}
			return " (" + n.text + ")"
		})
	}
	for id, n := range notes {
		if cited[id] {
			for _, i := range n.lines {
				lines[i] = ""
			}
		}
	}
}

// mdReader reads the lines of a Markdown document into a builder.
type mdReader struct {
	b       *builder
	lines   []string
	start   int    // the first line after the front matter
	fmTitle string // the front matter's title
	// outlinerPage: the notes are an outliner's page (Logseq's), which
	// its file's name titles.
	outlinerPage bool
	titled       bool // the title is settled
	content      bool // something other than the title and metadata was read

	indents   []int // marker columns of the open list levels
	inList    bool  // the last content line was a list entry or its continuation
	headLevel int   // the level of the last heading opened
	marker    byte  // the marker of the top-level entries of the last list: '-', '*', '+' or '1'

	boldTitle bool  // the first line is all bold, alone: a title
	props     props // the last block propertyBlock read
	callout   *item // the callout being read, if any
	quoted    bool  // the last line was quoted
	// inQuote is the section a quotation stands in: its bold line may head
	// the box ("> **Case study: Khangchendzonga**"), and the text after
	// the quotation goes on with that section.
	inQuote *section
	comment string
	// overList is the section a label over a list opened ("Art 167 -
	// duties of the CM:"), and under is the one it stands in: the text
	// after the list goes on with that.
	overList, under *section

	listQuestion bool // the last question of a FAQ is a list entry
	indentedAns  bool // and its answer is indented under it
	answerEnded  bool // a rule ("---") ended the last question's answer

	tableEnds  int // lines before it were looked through for "</table>" and held none
	htmlTables int // HTML tables read as tables

	bare [7]bool // the levels whose headings are numbered 1, 2, 3 … without a dot ("## 1 History")
}

func (r *mdReader) read() {
	r.start = r.frontMatter()
	r.bare = bareNumbered(r.lines[r.start:])
	for i := r.start; i < len(r.lines); i++ {
		i += r.line(i)
	}
	if !r.titled {
		r.untitled(0, "")
	}
}

// frontMatter reads YAML front matter at the top and returns the index of
// the first line after it.
func (r *mdReader) frontMatter() int {
	b := r.b
	if n := r.leadingProperties(); n > 0 {
		r.readMeta(r.lines[:n])
		return n
	}
	if len(r.lines) == 0 {
		return 0
	}
	fence := strings.TrimSpace(r.lines[0])
	if fence != "---" && fence != "+++" {
		return 0
	}
	end := -1
	for i := 1; i < len(r.lines) && i <= maxFrontMatterLines; i++ {
		if t := strings.TrimSpace(r.lines[i]); t == fence || fence == "---" && t == "..." {
			end = i
			break
		}
	}
	if end < 0 {
		if len(r.lines) > 1 && (frontMatterKeyRE.MatchString(r.lines[1]) || fence == "+++") {
			b.warn(1, "front matter is not closed by a %q line: read as text", fence)
		}
		return 0
	}
	if fence == "+++" {
		r.readMeta(tomlMeta(r.lines[1:end]))
	} else {
		r.readMeta(r.lines[1:end])
	}
	return end + 1
}

// tomlMeta rewrites the top-level "key = value" lines of TOML front matter
// (Hugo's, between "+++" lines) as YAML's "key: value"; its tables
// ("[cover]") are left out.
func tomlMeta(lines []string) []string {
	var out []string
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if strings.HasPrefix(t, "[") {
			break // tables come after the top-level keys
		}
		if k, v, ok := strings.Cut(t, "="); ok && tomlKeyRE.MatchString(strings.TrimSpace(k)) {
			out = append(out, strings.TrimSpace(k)+": "+strings.TrimSpace(v))
		}
	}
	return out
}

var tomlKeyRE = regexp.MustCompile(`^[A-Za-z0-9_-]+$`)

// leadingProperties returns how many lines at the top are a note app's
// properties above the "# Title" ("Tags: Polity, FR", "Created: March 3,
// 2024"), as properties reads them; else 0.
func (r *mdReader) leadingProperties() int {
	end := 0
	for end < len(r.lines) && end < maxFrontMatterLines && strings.TrimSpace(r.lines[end]) != "" {
		end++
	}
	i := end
	for i < len(r.lines) && strings.TrimSpace(r.lines[i]) == "" {
		i++
	}
	if i == end || i == len(r.lines) || !strings.HasPrefix(r.lines[i], "# ") || !r.properties(0, end) {
		return 0
	}
	return end
}

// readMeta keeps the "key: value" lines of front matter or of properties
// above the title as the document's metadata.
func (r *mdReader) readMeta(lines []string) {
	b := r.b
	var key string
	vals := map[string][]string{}
	var keys []string
	for _, l := range lines {
		if strings.TrimSpace(l) == "" || strings.HasPrefix(strings.TrimSpace(l), "#") {
			continue
		}
		if l[0] != ' ' {
			if m := frontMatterKeyRE.FindStringSubmatch(l); m != nil {
				key = strings.ToLower(strings.TrimSpace(m[1]))
				keys = append(keys, key)
				if v := strings.TrimSpace(m[2]); v != "" {
					vals[key] = append(vals[key], yamlList(v)...)
				}
				continue
			}
		}
		if key == "" {
			key = "front matter" // a line that is not "key: value"
			keys = append(keys, key)
		}
		if m := yamlItemRE.FindStringSubmatch(l); m != nil {
			vals[key] = append(vals[key], unquote(m[1]))
		} else {
			vals[key] = append(vals[key], unquote(strings.TrimSpace(l)))
		}
	}
	for _, k := range keys {
		v := vals[k]
		switch k {
		case "title":
			r.fmTitle = strings.Join(v, " ")
		case "category", "categories":
			if b.doc.Category == "" {
				for i := range v {
					v[i] = strings.TrimPrefix(v[i], "#") // "#books", a tag
				}
				b.doc.Category = strings.Join(v, ", ")
			}
		case "tags", "tag":
			for _, t := range v {
				setMeta(&b.doc, "tags", t)
			}
		case "reading time", "reading_time", "readingtime":
			b.doc.ReadingTime = strings.Join(v, " ")
		default:
			if len(v) > 0 {
				if b.doc.Meta == nil {
					b.doc.Meta = map[string]string{}
				}
				b.doc.Meta[k] = strings.Join(v, ", ")
			}
		}
	}
}

// yamlList reads a YAML value: "[a, b]" is a list, quotes go.
func yamlList(v string) []string {
	if strings.HasPrefix(v, "[") && strings.HasSuffix(v, "]") {
		var out []string
		for _, x := range strings.Split(v[1:len(v)-1], ",") {
			if x = unquote(strings.TrimSpace(x)); x != "" {
				out = append(out, x)
			}
		}
		return out
	}
	return []string{unquote(v)}
}

func unquote(v string) string {
	if len(v) >= 2 && (v[0] == '"' && v[len(v)-1] == '"' || v[0] == '\'' && v[len(v)-1] == '\'') {
		return v[1 : len(v)-1]
	}
	return v
}

// chapterNumberRE matches a title that is a number and nothing else.
var chapterNumberRE = regexp.MustCompile(`^\d{1,3}$`)

// setTitle makes t, at line n, the title.
func (r *mdReader) setTitle(t string, n int) {
	b := r.b
	b.doc.Title, b.titleLine = t, n
	if r.fmTitle != "" && !strings.EqualFold(r.fmTitle, t) {
		if b.doc.Meta == nil {
			b.doc.Meta = map[string]string{}
		}
		b.doc.Meta["title"] = r.fmTitle
	}
	r.titled = true
}

// untitled settles the title when the document does not open with "# ":
// the front matter's title; else line n's text t when it can be a title
// (then it returns true: t is used up); else the file name.
func (r *mdReader) untitled(n int, t string) bool {
	b := r.b
	r.titled = true
	if r.fmTitle != "" {
		b.doc.Title, b.titleLine = r.fmTitle, 1
		return false
	}
	if t != "" && (headingLike(t) && utf8.RuneCountInString(t) <= 100 || r.boldTitle && boldTitleLike(t)) {
		b.doc.Title, b.titleLine = t, n
		if !r.boldTitle { // a bold line standing alone is written as a title
			b.warn(n, "no \"# Title\" line: the first line, %q, is taken as the title", t)
		}
		return true
	}
	if x, at := r.headingAsksSubject(n); x != "" {
		// "Sure! Here's an explanation 👇" over "## 1. What is Ayushman Bharat?"
		b.doc.Title, b.titleLine = x, max(n, 1)
		b.warn(at, "no \"# Title\" line: the title is taken from the first heading's question, %q", x)
		return false
	}
	b.doc.Title = titleFromName(b.file)
	b.titleLine = max(n, 1)
	if !r.outlinerPage {
		b.warn(b.titleLine, "no \"# Title\" line: the title is taken from the file name, %q", b.doc.Title)
	}
	return false
}

// boldTitleLike reports whether a line all in bold, standing alone first,
// can title the notes though it is longer than a heading: a word
// processor's title exported as bold ("GS-I Art & Culture | Sufi–Bhakti
// interaction, the Urs and the 2025 UNESCO news"), not a sentence.
func boldTitleLike(t string) bool {
	if utf8.RuneCountInString(t) > maxBoldTitle || countWords(t) > 20 || sentenceBreak(t) {
		return false
	}
	return !strings.ContainsAny(t[len(t)-1:], ".,;!?")
}

// maxBoldTitle is the longest bold line boldTitleLike takes for a title.
const maxBoldTitle = 160

// headingAsksSubject returns X of the first heading from line n on, when
// it asks "What is X?", and its line; else "".
func (r *mdReader) headingAsksSubject(n int) (string, int) {
	for i := max(n-1, 0); i < len(r.lines); i++ {
		if m := atxHeadingParts(r.lines[i]); m != nil {
			if x := whatIsSubject(plain(m[2])); x != "" {
				return x, i + 1
			}
			return "", 0
		}
	}
	return "", 0
}

// lineAsksSubject returns X of the first short line of lines that asks
// "What is X?" ("1. What is Ozone?", as text notes head a section), and
// its index; else "". It looks no further than the first few lines.
func lineAsksSubject(lines []string) (string, int) {
	for i, l := range lines[:min(len(lines), maxAskedLines)] {
		if x := whatIsSubject(l); x != "" {
			return x, i
		}
	}
	return "", 0
}

// maxAskedLines is how far text notes are searched for a heading that
// asks what their subject is.
const maxAskedLines = 20

// whatIsSubject returns X of a heading "What is X?", its number, emoji and
// spaces aside ("🏥 1. What is Ayushman Bharat?"), or "".
func whatIsSubject(t string) string {
	t = unnumbered(strings.TrimFunc(t, IsEmoji))
	if countWords(t) > maxAskedWords || !strings.HasSuffix(t, "?") {
		return ""
	}
	if q := whatIsRE.FindStringSubmatch(t); q != nil {
		return q[1]
	}
	return ""
}

// maxAskedWords bounds a heading that asks what the subject is.
const maxAskedWords = 10

// line reads lines[i] and returns how many more lines it used.
func (r *mdReader) line(i int) int {
	b := r.b
	raw := r.lines[i]
	n := i + 1
	t := strings.TrimSpace(raw)

	if r.comment != "" {
		if strings.Contains(t, r.comment) {
			r.comment = ""
		}
		return 0
	}
	if t == "" || tocMarker(t) {
		r.blank()
		return 0
	}
	switch {
	case strings.HasPrefix(t, "<!--"):
		if b.doc.Meta["marp"] == "true" {
			return r.presenterNote(i)
		}
		if !strings.Contains(t[4:], "-->") {
			r.comment = "-->"
		}
		return 0
	case strings.HasPrefix(t, "%%"):
		if !strings.Contains(t[2:], "%%") {
			r.comment = "%%"
		}
		return 0
	case t[0] == '<':
		// A stylesheet or a script in the page (the one nbconvert puts
		// over each DataFrame it writes as a table) is no text.
		if m := styleOpenRE.FindStringSubmatch(t); m != nil {
			if end := "</" + m[1] + ">"; !strings.Contains(t, end) {
				r.comment = end
			}
			return 0
		}
	}
	if fence := codeFence(t); fence != "" {
		return r.code(i, fence)
	}
	if t[0] == '<' {
		if q, answer, ok := summary(t); ok {
			r.summary(q, answer, n)
			return 0
		}
		if used, ok := r.htmlTable(i); ok {
			return used
		}
		if m := htmlHeadingRE.FindStringSubmatch(t); m != nil {
			r.heading(int(m[1][0]-'0'), mdInline(m[2]), n) // a README's centred "<h1 align="center">Title</h1>"
			return 0
		}
	}
	if strings.Contains(t, "#") && backToTop(t) || strings.Contains(t, "![") && badgesRE.MatchString(t) {
		return 0
	}
	if t[0] == '<' && strings.TrimSpace(mdInline(t)) == "" {
		r.blank() // "<div align="center">", "</p>": markup that shows nothing
		return 0
	}

	// Block quotes and callouts.
	if t[0] == '>' {
		for strings.HasPrefix(t, ">") {
			t = strings.TrimSpace(t[1:])
		}
		return r.quote(t, n)
	}
	if r.quoted {
		r.endQuote()
	}

	indent := len(raw) - len(strings.TrimLeft(raw, " "))
	if t[0] == '#' && indent < 4 {
		if m := atxHeadingParts(t); m != nil {
			r.heading(len(m[1]), mdInline(m[2]), n)
			return 0
		}
		if hashtagsRE.MatchString(t) {
			setMeta(&b.doc, "tags", t) // wherever it stands: a post's "#Polity #UPSC2026" under its text
			return 0
		}
	}
	if (t[0] == '-' || t[0] == '*' || t[0] == '_') && thematicRE.MatchString(t) || t == "--" {
		r.blank()
		r.answerEnded = r.faqSection() != nil
		return 0
	}
	if strings.HasSuffix(t, "##") && indent < 4 && r.startsBlock(i) {
		if m := closedOnlyRE.FindStringSubmatch(t); m != nil {
			// "Basics first ###": a heading marked only by its closing hashes,
			// as some note apps show a heading typed with its marks at the end
			r.heading(len(m[2]), mdInline(m[1]), n)
			return 0
		}
	}
	if i+1 < len(r.lines) && r.paragraphStart(i, t, indent) {
		if next := strings.TrimSpace(r.lines[i+1]); next != "" && setextRE.MatchString(next) && (next[0] == '=' || len(next) >= 2) {
			level := 1
			if next[0] == '-' {
				level = 2
			}
			r.heading(level, mdInline(t), n)
			return 1
		}
	}
	if strings.IndexByte(t, '|') >= 0 && i+1 < len(r.lines) && isTableDelimiter(r.lines[i+1], t) {
		return r.table(i)
	}
	if t[0] == '[' && refDefRE.MatchString(t) {
		// A link reference definition shows nothing; a footnote its text.
		if note, ok := footnoteText(t); ok {
			r.blank()
			r.paragraph(note, note, 0, n)
		}
		return 0
	}
	if m := listMatch(raw); m != nil && m[3] != "" && !r.wrappedNumber(m, i) {
		r.listEntry(m, n)
		return 0
	}
	if marker, text, ok := looseEntry(t); ok && (r.looseAt(i-1, -1, marker) || r.looseAt(i+1, 1, marker)) {
		r.listEntry([]string{raw, raw[:indent], marker, text}, n)
		return 0
	}
	r.paragraph(t, raw, indent, n)
	return 0
}

// presenterNote reads the comment at line i of a Marp slide deck: a
// directive to Marp ("<!-- _class: lead -->") shows nothing, another
// comment is the slide's presenter notes, read as a paragraph. It returns
// the lines it read after line i.
func (r *mdReader) presenterNote(i int) int {
	j := i
	for j < len(r.lines)-1 && !strings.Contains(r.lines[j], "-->") {
		j++
	}
	text := strings.Join(r.lines[i:j+1], " ")
	text = strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(text), "<!--")), "-->"))
	if text != "" && !marpDirectiveRE.MatchString(text) {
		r.blank()
		r.paragraph(text, text, 0, i+1)
		r.blank()
	}
	return j - i
}

var marpDirectiveRE = regexp.MustCompile(`^(?:_?(?:theme|paginate|header|footer|class|background\w*|color|size|style|headingDivider|math|transition|lang)\s*:\s*\S*\s*)+$`)

// disclosureRE matches the words of a disclosure's button before what it
// holds: "Click to expand —", "Show more:".
var disclosureRE = regexp.MustCompile(`(?i)^(?:(?:click|tap)(?: here)? to (?:expand|open|view|see|show|read)(?: more)?|(?:show|view|see|read) (?:more|details|all)|expand|toggle)\b\s*[-–—:|]?\s*`)

var summaryRE = regexp.MustCompile(`(?i)^(?:<details\b[^>]*>\s*)?<summary\b[^>]*>(.*?)</summary>(.*)$`)

// summary reads the line that opens an HTML disclosure in Markdown
// ("<details><summary>Who notifies it?</summary>"): its summary and the
// text after it, the start of the answer.
func summary(t string) (q, answer string, ok bool) {
	m := summaryRE.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	q = mdInline(m[1])
	return q, m[2], q != ""
}

// summary reads a disclosure's summary at line n: a question (in a FAQ, or
// when it asks), whose answer is the text inside; else a line of text.
func (r *mdReader) summary(q, answer string, n int) {
	b := r.b
	sec := b.current(n)
	faq := r.faqSection()
	prompt := false
	if m := disclosureRE.FindString(q); m != "" {
		// "Click to expand — Naxalbari 1967 in detail": the page's button,
		// then what the block holds
		q, prompt = strings.TrimSpace(q[len(m):]), true
	}
	switch {
	case prompt && (q == "" || strings.EqualFold(q, sec.path[len(sec.path)-1]) || faq != nil && sec == faq && namesFAQ(q)):
		// names nothing but the section it is in
	case prompt && !asks(q):
		r.boldHeading(q, false, n)
	case faq != nil && sec == faq:
		r.endList()
		r.faqEntry(faq, q, n)
	case asks(q):
		r.endList()
		sec.newQuestion(q, 0, n)
		b.paraBreak = false
	default:
		r.paragraph(q, q, 0, n)
	}
	if answer = mdInline(answer); answer != "" {
		r.paragraph(answer, answer, 0, n)
	}
}

// namesFAQ reports whether t names a FAQ ("FAQs", "More questions").
func namesFAQ(t string) bool {
	kind, _, ok := knownHeading(t, "")
	return ok && kind == KindFAQ
}

// propertyRE matches a line of a page's properties, as Notion exports them
// under the title: a name of up to three words, and a short value.
var propertyRE = regexp.MustCompile(`^(\p{Lu}[\p{L}]*(?: [\p{L}]+){0,2})\s*:\s+(\S.{0,79})$`)

// propertyBlock reports whether line n is in a block of properties right
// under the title: two lines or more, one under the other, each a
// propertyRE line, one of them a metadata line (Category, Tags…) and none
// a known heading ("Definition: …").
func (r *mdReader) propertyBlock(n int) bool {
	if p := r.props; p.start < n && n <= p.end {
		return p.ok // each line of a block asks: the block is read once
	}
	start, end := n-1, n
	for start > 0 && strings.TrimSpace(r.lines[start-1]) != "" {
		start--
	}
	for end < len(r.lines) && strings.TrimSpace(r.lines[end]) != "" {
		end++
	}
	if r.props.title != r.b.titleLine || r.props.first == 0 {
		first := r.b.titleLine
		for first < len(r.lines) && strings.TrimSpace(r.lines[first]) == "" {
			first++
		}
		r.props.title, r.props.first = r.b.titleLine, first
	}
	r.props.start, r.props.end = start, end
	r.props.ok = r.b.titleLine > 0 && start == r.props.first && r.properties(start, end) // the first block under the title
	return r.props.ok
}

// props is a block of lines, lines[start:end], and whether it is a block
// of properties; and the first line after the title line that is not
// blank, first, found once.
type props struct {
	start, end int
	ok         bool
	title      int // the title line first was found after
	first      int
}

// properties reports whether lines[start:end] is a block of properties
// (see propertyBlock).
func (r *mdReader) properties(start, end int) bool {
	lines, meta := 0, false
	for i := start; i < end; i++ {
		t := mdInline(strings.TrimSpace(r.lines[i]))
		m := propertyRE.FindStringSubmatch(t)
		if m == nil {
			return false
		}
		if _, _, known := knownHeading(m[1], ""); known {
			return false
		}
		meta = meta || mdMetaRE.MatchString(t)
		lines++
	}
	return lines >= 2 && meta
}

// linksOnly reports whether a line is a label and wiki links alone:
// "Linked: [[Article 21]] [[DPDP Act 2023]]", anywhere in the notes.
func linksOnly(t string) bool {
	_, v, ok := strings.Cut(t, ":")
	return ok && strings.Contains(v, "[[") && strings.Trim(wikiLinkRE.ReplaceAllString(v, ""), " ,;|·•") == ""
}

// tagsOnly reports whether t is a "Tags:" line of hashtags alone: a note's
// tags, wherever it stands (an exported vault has one under each note).
func tagsOnly(t string) bool {
	k, v, ok := strings.Cut(t, ":")
	k = strings.ToLower(strings.TrimSpace(k))
	return ok && (k == "tags" || k == "tag") && hashtagsRE.MatchString(strings.TrimSpace(v))
}

// footnoteText returns the text of a footnote's definition ("[^1]: text").
func footnoteText(t string) (string, bool) {
	if !strings.HasPrefix(t, "[^") {
		return "", false
	}
	_, note, ok := strings.Cut(t, "]:")
	note = strings.TrimSpace(note)
	return note, ok && note != ""
}

func (r *mdReader) blank() {
	if r.quoted {
		r.endQuote()
	}
	r.b.blank()
}

// paragraphStart reports whether lines[i] can be a setext heading's text:
// a single line of paragraph after a blank line, a heading or the start.
func (r *mdReader) paragraphStart(i int, t string, indent int) bool {
	if indent >= 4 || listMatch(r.lines[i]) != nil || strings.IndexByte(t, '|') >= 0 && strings.Count(t, "|") > 1 {
		return false
	}
	return r.startsBlock(i)
}

// startsBlock reports whether line i comes first after the front matter
// or after a blank line or an ATX heading.
func (r *mdReader) startsBlock(i int) bool {
	if i <= r.start {
		return true
	}
	t := strings.TrimSpace(r.lines[i-1])
	return t == "" || atxHeadingParts(t) != nil
}

// endsBlock reports whether line i comes last in the document or before a
// blank line or a heading.
func (r *mdReader) endsBlock(i int) bool {
	if i+1 >= len(r.lines) {
		return true
	}
	t := strings.TrimSpace(r.lines[i+1])
	return t == "" || atxHeadingParts(t) != nil || t == ">" && r.quoted
}

func codeFence(t string) string {
	if len(t) >= 3 && (strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~")) {
		c := t[0]
		n := 0
		for n < len(t) && t[n] == c {
			n++
		}
		return t[:n]
	}
	return ""
}

// fenceAfter follows code fences line by line: given the fence open
// before line t ("" for none), it reports whether t is a fence line and
// the fence open after it.
func fenceAfter(open, t string) (string, bool) {
	f := codeFence(t)
	switch {
	case f == "":
		return open, false
	case open == "":
		return f, true
	case strings.HasPrefix(f, open):
		return "", true
	}
	return open, true
}

// code reads a fenced code block opened at lines[i] and returns the lines
// it used after i.
func (r *mdReader) code(i int, fence string) int {
	var body []string
	j := i + 1
	for ; j < len(r.lines); j++ {
		if t := strings.TrimSpace(r.lines[j]); strings.HasPrefix(t, fence) && strings.Trim(t, fence[:1]) == "" {
			break
		}
		body = append(body, strings.TrimRight(r.lines[j], " "))
	}
	for len(body) > 0 && strings.TrimSpace(body[len(body)-1]) == "" {
		body = body[:len(body)-1]
	}
	if info := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(r.lines[i]), fence[:1])); strings.EqualFold(info, "mermaid") {
		body = mermaidText(body)
	}
	if len(body) > 0 {
		r.settle(i+1, "")
		sec := r.b.current(i + 1)
		it := sec.item(i + 1)
		if !r.inList && (r.b.paraBreak && !it.empty() || it.explicit() && it.question == "") {
			it = sec.newItem(i + 1)
			it.unit = true
		}
		it.addVerbatim(body, i+2)
	}
	r.inList = false
	r.b.paraBreak = false
	return j - i
}

var (
	mermaidTypeRE  = regexp.MustCompile(`^(?:graph|flowchart|mindmap|timeline|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie|journey|quadrantChart)\b`)
	mermaidSkipRE  = regexp.MustCompile(`^(?:%%|style\s|classDef\s|class\s|linkStyle\s|click\s|direction\s|subgraph\s*$|end$|title\s|dateFormat\s|axisFormat\s)`)
	mermaidNodeRE  = regexp.MustCompile(`\b([\w-]+)\s*(?:\[\[|\[\(|\(\[|\(\(\(|\(\(|\{\{|\[|\(|\{|>)\s*"?([^\]\)\}"]*?)"?\s*(?:\]\]|\)\]|\]\)|\)\)\)|\)\)|\}\}|\]|\)|\})`)
	mermaidArrowRE = regexp.MustCompile(`\s*(?:<?[-=.]{2,}[->ox]?|<?-\.+->?|~~~)\s*(?:\|([^|]*)\|\s*)?`)
)

// mermaidText returns the words of a Mermaid diagram, a line for each line
// of it: its nodes by their labels ("A[Speaker] --> B[Court]" is "Speaker
// → Court", and B is "Court" after), a mind map's lines indented as
// written, without the diagram's type and styling.
func mermaidText(body []string) []string {
	mindMap := false
	labels := map[string]string{}
	for _, l := range body {
		for _, m := range mermaidNodeRE.FindAllStringSubmatch(l, -1) {
			if _, ok := labels[m[1]]; !ok && strings.TrimSpace(m[2]) != "" {
				labels[m[1]] = strings.TrimSpace(m[2])
			}
		}
	}
	var out []string
	for k, l := range body {
		t := strings.TrimSpace(l)
		if k == 0 && mermaidTypeRE.MatchString(t) {
			mindMap = strings.HasPrefix(t, "mindmap")
			continue
		}
		if t == "" || mermaidSkipRE.MatchString(t) {
			continue
		}
		if strings.HasPrefix(t, "subgraph ") {
			t = strings.TrimSpace(t[len("subgraph "):])
		}
		t = mermaidNodeRE.ReplaceAllString(t, "$2")
		t = mermaidArrowRE.ReplaceAllStringFunc(t, func(a string) string {
			if m := mermaidArrowRE.FindStringSubmatch(a); m[1] != "" {
				return " → " + strings.TrimSpace(m[1]) + " → "
			}
			return " → "
		})
		parts := strings.Split(strings.TrimSpace(strings.TrimSuffix(strings.TrimSpace(t), ";")), " → ")
		for j, p := range parts {
			if label, ok := labels[strings.TrimSpace(p)]; ok {
				parts[j] = label // a node named by its id
			}
		}
		t = strings.Join(parts, " → ")
		if !hasWords(t) {
			continue
		}
		if mindMap {
			t = l[:len(l)-len(strings.TrimLeft(l, " \t"))] + t
		}
		out = append(out, t)
	}
	return out
}

// settle makes sure the title is settled before content at line n (text t,
// "" when it cannot be a title); it reports whether t was used up as the
// title.
func (r *mdReader) settle(n int, t string) bool {
	r.content = true
	if r.titled {
		return false
	}
	return r.untitled(n, t)
}

// heading reads a heading of level (1–6) with text t at line n.
// backToTop reports whether the line t is only a link back to the top
// of the page ("<p align="right">(<a href="#readme-top">back to top</a>)</p>",
// "[⬆ Back to top](#contents)"): a README's furniture, not its text.
func backToTop(t string) bool {
	if !strings.Contains(t, "](#") && !strings.Contains(t, `href="#`) {
		return false
	}
	shown := strings.ToLower(strings.Trim(mdInline(t), "()[]↑⬆️🔝 \t"))
	return shown == "back to top" || shown == "top" || shown == "go to top" || shown == "return to top"
}

func (r *mdReader) heading(level int, t string, n int) {
	b := r.b
	r.endList()
	t = plain(t)
	if t == "" {
		b.blank()
		return
	}
	if !r.titled {
		if !r.content && (level == 1 || r.onlyAtLevel(n, level)) {
			r.setTitle(t, n)
			return
		}
		r.untitled(n, "")
	} else if !r.content && b.sec == nil && hasWords(t) && (chapterLabelRE.MatchString(b.doc.Title) || chapterNumberRE.MatchString(b.doc.Title)) {
		// "# Chapter 3" or a chapter's number alone ("# 4", set large on
		// its opening page) over the chapter's name: the name titles it too
		sep := ": "
		if chapterNumberRE.MatchString(b.doc.Title) {
			sep = ". "
		}
		b.doc.Title += sep + t
		return
	}
	r.content = true
	if !hasWords(t) {
		// A heading of emoji alone ("## 📌") names nothing: under a section
		// of a lower level its text continues that section; at the top it
		// is named by the words of its first line.
		if parent := r.parentOf(level); parent != nil {
			r.endList()
			b.resumeAt(parent)
			b.paraBreak = true
			r.headLevel = parent.level
			return
		}
		if t = lineHeading(r.firstLine(n)); t == "" {
			b.blank()
			return
		}
	}
	if faq := r.faqSection(); faq != nil && level > faq.level && !r.apart(faq, t) && (asks(t) || !r.overTable(n)) {
		r.faqEntry(faq, t, n)
		return
	}
	raw := t
	t = unnumbered(t)
	if m := bareNumberRE.FindStringSubmatch(t); m != nil && t == raw && r.bare[level] {
		t = t[len(m[0]):]
	}
	if c := strings.TrimRight(t, " :"); c != t && hasWords(c) {
		t = c // cited without its closing colon, as in text ("## Legal Framework:")
	}
	kind, heading, ok := knownHeading(t, b.doc.Title)
	if !ok {
		kind, heading = "", t
	} else if kind == KindConnections && !b.inKind(KindMindMap) {
		kind = ""
	}
	if b.sec != nil && isExamTip(undecorated(t)) && b.sec.level < level {
		// an "Exam tip" heading under a section is its tip; one beside it
		// ("## 8. Exam tip" after "## 7. …") is a section of its own
		b.sec.newExamTip(n)
		return
	}
	b.open(level, heading, kind, n).numbered(raw)
	r.headLevel = level
}

// parentOf returns the innermost open section, opened by a heading, of a
// lower level than level, or nil.
func (r *mdReader) parentOf(level int) *section {
	for i := len(r.b.stack) - 1; i >= 0; i-- {
		if s := r.b.stack[i]; !s.implicit && s.level < level {
			return s
		}
	}
	return nil
}

// firstLine returns the text of the first line of prose or list entry
// after line n, or "" when a heading, code or the end comes first.
func (r *mdReader) firstLine(n int) string {
	for _, l := range r.lines[n:] {
		t := strings.TrimSpace(strings.TrimLeft(strings.TrimSpace(l), ">"))
		switch {
		case t == "":
			continue
		case t[0] == '#' || codeFence(t) != "" || calloutRE.MatchString(t):
			return ""
		}
		if m := listMatch(t); m != nil {
			t = m[3]
		}
		return plain(mdInline(task(t)))
	}
	return ""
}

// overTable reports whether a table of two rows or more comes first after
// the heading at line n: under "PYQs", "Trap" over a table of traps heads
// them, each row a passage, rather than asking a question they answer.
func (r *mdReader) overTable(n int) bool {
	for i := n; i+3 < len(r.lines); i++ {
		if t := strings.TrimSpace(r.lines[i]); t != "" {
			return isTableDelimiter(r.lines[i+1], t) && pipeRow(strings.TrimSpace(r.lines[i+3]))
		}
	}
	return false
}

// onlyAtLevel reports whether the headings after line n, outside code,
// are all deeper than level (and there are some): then the heading at n,
// opening the document, is its title ("## Title" over "###" sections).
func (r *mdReader) onlyAtLevel(n, level int) bool {
	deeper := false
	fence := ""
	for i := n; i < len(r.lines); i++ {
		t := strings.TrimSpace(r.lines[i])
		if f, ok := fenceAfter(fence, t); ok {
			fence = f
			continue
		}
		if fence != "" || t == "" || t[0] != '#' {
			continue
		}
		if m := atxHeadingParts(t); m != nil && strings.TrimSpace(m[2]) != "" {
			if len(m[1]) <= level {
				return false
			}
			deeper = true
		}
	}
	return deeper
}

// bareNumberRE matches the number a heading starts with, no dot after it:
// "4 April 2022 directions".
var bareNumberRE = regexp.MustCompile(`^(\d{1,2}) +`)

// bareNumbered returns the levels of lines' headings numbered in order
// without a dot, as Wikipedia's "Download as PDF" numbers an article's
// sections ("## 1 History", "## 2 Mandate and functions"): three at least,
// numbered 1, 2, 3 … and most headings of their level. A number alone is
// otherwise no heading's number ("## 1857 revolt", "## 7 wonders").
func bareNumbered(lines []string) [7]bool {
	var count, numbered, next [7]int
	var broken [7]bool
	fence := ""
	for _, l := range lines {
		t := strings.TrimSpace(l)
		if f, ok := fenceAfter(fence, t); ok {
			fence = f
			continue
		}
		if fence != "" || t == "" || t[0] != '#' {
			continue
		}
		m := atxHeadingParts(t)
		if m == nil || strings.TrimSpace(m[2]) == "" {
			continue
		}
		level := len(m[1])
		count[level]++
		if n := bareNumberRE.FindStringSubmatch(m[2]); n != nil {
			numbered[level]++
			if v, _ := strconv.Atoi(n[1]); v != next[level]+1 {
				broken[level] = true
			}
			next[level]++
		}
	}
	var bare [7]bool
	for level := range bare {
		bare[level] = !broken[level] && numbered[level] >= 3 && 3*numbered[level] >= 2*count[level]
	}
	return bare
}

// cutExamTip reports whether t starts with the words "exam tip" and returns
// what follows them.
func cutExamTip(t string) (string, bool) {
	const words = "exam tip"
	if len(t) < len(words) || !strings.EqualFold(t[:len(words)], words) {
		return "", false
	}
	rest := t[len(words):]
	if rest != "" && rest[0] != ' ' && rest[0] != ':' && rest[0] != 's' {
		return "", false // "exam tipping"
	}
	rest = strings.TrimPrefix(rest, "s")
	return strings.TrimSpace(strings.TrimLeft(rest, " :-–")), true
}

// undecorated is t without the emoji it starts with: "💡 Exam tip" is an
// exam tip.
func undecorated(t string) string { return strings.TrimLeftFunc(t, isDecoration) }

// faqSection returns the open FAQ section, if any.
func (r *mdReader) faqSection() *section {
	for _, s := range r.b.stack {
		if s.kind == KindFAQ {
			return s
		}
	}
	return nil
}

// apart reports whether heading t, under the FAQ faq, heads a part of
// its own rather than a question: its questions so far all ask ("…?",
// "Q1. …"), and t neither asks nor is an exam tip ("Practice Question").
func (r *mdReader) apart(faq *section, t string) bool {
	kind, _, ok := knownHeading(unnumbered(t), r.b.doc.Title)
	switch {
	case ok && kind != KindExamTip && !asks(t):
		return true // "FAQs" under "PYQs & FAQs", "Key facts" under "FAQ"
	case ok && !isExamTip(undecorated(t)):
		return true // "Exam tips", many: a part of their own, not one question's tip
	}
	if faq.faq() == nil || asks(t) || isExamTip(undecorated(t)) || examTipRE.MatchString(undecorated(t)) {
		return false
	}
	for _, it := range faq.items {
		if it.question != "" && it.sub == "" && !asks(it.question) {
			return false
		}
	}
	return true
}

// asks reports whether t asks a question: it ends in "?" or is marked as
// one ("Q1. …").
func asks(t string) bool {
	return strings.HasSuffix(strings.TrimSpace(t), "?") || questionRE.MatchString(t)
}

// faqEntry starts a question ("1. Why…?", "Q: Why…?") or an exam tip in faq.
func (r *mdReader) faqEntry(faq *section, t string, n int) {
	b := r.b
	b.resumeAt(faq)
	if tip := undecorated(t); isExamTip(tip) {
		faq.newExamTip(n)
		return
	} else if m := examTipRE.FindStringSubmatch(tip); m != nil && m[1] != "" {
		faq.newExamTip(n).addText(m[1], false, n)
		return
	}
	q := t
	if m := faqRE.FindStringSubmatch(q); m != nil {
		q = m[2]
	} else if m := questionRE.FindStringSubmatch(q); m != nil {
		q = m[1]
	}
	faq.ask(q, 0, n).written = writtenNumber(t)
	r.listQuestion, r.indentedAns, r.answerEnded = false, false, false
	b.paraBreak = false
}

// resumeAt makes the open section s current, closing those under it, or
// the top-level section s, closed since.
func (b *builder) resumeAt(s *section) {
	for i, x := range b.stack {
		if x == s {
			b.stack = b.stack[:i+1]
			b.sec = s
			return
		}
	}
	if len(s.path) == 1 {
		b.stack, b.sec = append(b.stack[:0], s), s // the text before the first heading, closed by a box's title
	}
}

// quote reads the text t of a quoted line at n.
func (r *mdReader) quote(t string, n int) int {
	b := r.b
	nested := false
	if r.quoted && r.callout != nil && strings.HasPrefix(t, "[!") && calloutRE.MatchString(t) {
		// A callout inside a callout ("> > [!question] …") is one of its
		// own; the callout around it, when it holds only its title and that
		// names a part ("[!faq] FAQs"), only groups them.
		c := r.callout
		title := c.question
		if title == "" && len(c.chunks) == 1 {
			c.settle()
			title = c.chunks[0].text
		}
		if sec := r.b.sec; sec != nil && len(sec.items) > 0 && sec.items[len(sec.items)-1] == c && c.sub == "" &&
			(c.question == "" && len(c.chunks) <= 1 || c.question != "" && len(c.chunks) == 0) && groupTitle(title, r.b.doc.Title) {
			sec.items = sec.items[:len(sec.items)-1]
		}
		r.callout, nested = nil, true
	}
	if !r.quoted || nested {
		r.endList()
		if !r.quoted {
			r.inQuote = b.sec
		}
		r.quoted = true
		m, body := calloutRE.FindStringSubmatch(t), ""
		if m == nil {
			if kind, text, ok := emojiCallout(t); ok {
				m, body = []string{t, kind, ""}, text
			}
		}
		if m != nil {
			r.settle(n, "")
			sec := b.current(n)
			title := mdInline(m[2])
			if rest, ok := cutExamTip(undecorated(title)); ok || strings.EqualFold(m[1], "exam-tip") {
				// "[!tip] Exam tip", with the tip on the lines below or, when
				// the callout was rendered as one paragraph, after the words.
				r.callout = sec.newExamTip(n)
				if rest != "" {
					r.callout.addText(rest, false, n)
				}
			} else {
				if title == "" && !strings.EqualFold(m[1], "note") {
					// "> [!IMPORTANT]", "> [!warning]" show their kind as their
					// title, as GitHub and Obsidian do ("the warning box"); a
					// plain note's says nothing.
					title = strings.ToUpper(m[1][:1]) + strings.ReplaceAll(strings.ToLower(m[1][1:]), "-", " ")
				}
				r.callout = r.calloutItem(sec, strings.ToLower(m[1]), title, n)
				if body != "" {
					r.callout.addText(mdInline(body), true, n)
				}
			}
			b.paraBreak = true
			return 0
		}
	}
	if t == "" {
		b.blank()
		return 0
	}
	if r.callout != nil {
		if m := listMatch(t); m != nil && m[3] != "" {
			r.callout.addListItem(mdInline(task(m[3])), 0, n)
		} else {
			r.callout.addText(mdInline(t), b.paraBreak, n)
		}
		b.paraBreak = false
		return 0
	}
	// A plain quotation is read as the text it holds.
	if m := listMatch(t); m != nil && m[3] != "" {
		r.listEntry(m, n)
		return 0
	}
	r.paragraph(t, t, 0, n)
	return 0
}

// calloutEmoji are the emoji a quotation may open with to make it a
// callout of their kind, as Notion writes its callouts in Markdown
// ("> ⚠️ …" is the warning box); a 💡 is no kind, as Notion opens every
// callout with it unless told.
var calloutEmoji = map[rune]string{'⚠': "warning", '❗': "important"}

// emojiCallout reports whether the quoted line t opens with an emoji of a
// callout's kind, and returns the kind and the text after it (none when
// the emoji stands alone over the callout's lines).
func emojiCallout(t string) (kind, rest string, ok bool) {
	r, size := utf8.DecodeRuneInString(t)
	kind, ok = calloutEmoji[r]
	rest = strings.TrimLeftFunc(t[size:], isDecoration)
	return kind, rest, ok && (rest == "" || len(rest) < len(t[size:]))
}

// groupTitle reports whether a callout's title names only a part of the
// notes ("FAQs", "Key points"), or nothing.
func groupTitle(t, doc string) bool {
	_, _, ok := knownHeading(t, doc)
	return t == "" || ok
}

// calloutItem starts the item a callout of type kind (lower case) with
// the title at line n is read into: a question when it asks one (a
// "question" callout, or in a FAQ a title ending in "?"), the answer of a
// FAQ's last question when it follows one, else a passage of its own.
func (r *mdReader) calloutItem(sec *section, kind, title string, n int) *item {
	faq := r.faqSection()
	asking := title != "" && (kind == "question" || kind == "faq" || kind == "help" || faq != nil && strings.HasSuffix(title, "?"))
	switch {
	case asking && faq != nil:
		r.faqEntry(faq, title, n)
		return faq.last()
	case asking:
		written := writtenNumber(title)
		if m := questionRE.FindStringSubmatch(title); m != nil {
			title = m[1]
		}
		it := sec.newQuestion(title, 0, n)
		it.written = written
		return it
	case sec == faq && sec.last() != nil && sec.last().question != "":
		it := sec.last()
		it.addText(title, true, n)
		return it
	}
	it := sec.newItem(n)
	it.unit = true
	if title != "" {
		it.addText(title, true, n)
	}
	return it
}

func (r *mdReader) endQuote() {
	r.quoted = false
	if r.callout != nil {
		r.callout = nil
		r.b.paraBreak = true
	}
	if s := r.inQuote; s != nil && r.b.sec != s {
		r.b.resumeAt(s)
		r.b.paraBreak = true
	}
	r.inQuote = nil
}

// table reads a table whose header is lines[i] and returns the lines it
// used after i: a passage per row (in a FAQ answer, a list entry per row).
func (r *mdReader) table(i int) int {
	j := i + 2
	for j < len(r.lines) {
		if t := strings.TrimSpace(r.lines[j]); t == "" || strings.IndexByte(t, '|') < 0 {
			break
		}
		j++
	}
	r.tableRows(r.lines[i], i+1, r.lines[i+2:j], func(k int) int { return i + 3 + k })
	return j - 1 - i
}

// maxHTMLTable bounds the lines an HTML table in Markdown may take, and
// maxHTMLTables how many a document's are read as tables; the others are
// text.
const (
	maxHTMLTable  = 2000
	maxHTMLTables = 500
)

var (
	htmlTableRE  = regexp.MustCompile(`(?i)^<table[\s>]`)
	tableCloseRE = regexp.MustCompile(`(?i)</table>`)
)

// htmlTable reads an HTML table that starts at lines[i], as a web page's
// tables are read (see RegisterHTMLTables), and returns the lines it used
// after i. It reads nothing, ok false, without a reader for them, when the
// table does not end within maxHTMLTable lines, after maxHTMLTables, or when
// it has no rows and columns to read as such (a table laying out text).
func (r *mdReader) htmlTable(i int) (used int, ok bool) {
	w := htmlTables.Load()
	if w == nil || r.htmlTables == maxHTMLTables || !htmlTableRE.MatchString(strings.TrimSpace(r.lines[i])) {
		return 0, false
	}
	end := max(i, r.tableEnds)
	for end < len(r.lines) && end-i < maxHTMLTable && !tableCloseRE.MatchString(r.lines[end]) {
		end++
	}
	if end == len(r.lines) || end-i == maxHTMLTable {
		r.tableEnds = end // a table opened below looks on from here
		return 0, false
	}
	r.htmlTables++
	closed := tableCloseRE.FindStringIndex(r.lines[end])[1]
	lines := (*w)(strings.Join(append(slices.Clone(r.lines[i:end]), r.lines[end][:closed]), "\n"))
	if !slices.ContainsFunc(lines, delimiterRow) {
		return 0, false // not a table of rows and columns: its text is read
	}
	// Text after "</table>" on its line follows the table.
	if after := strings.TrimSpace(r.lines[end][closed:]); after != "" {
		lines = append(lines, "", after)
	}
	n := i + 1 // every passage cites the table's first line
	for k := 0; k < len(lines); k++ {
		t := strings.TrimSpace(lines[k])
		switch {
		case t == "":
			r.blank()
		case strings.IndexByte(t, '|') >= 0 && k+1 < len(lines) && isTableDelimiter(lines[k+1], t):
			last := k + 2
			for last < len(lines) && strings.IndexByte(lines[last], '|') >= 0 {
				last++
			}
			r.tableRows(t, n, lines[k+2:last], func(int) int { return n })
			k = last - 1
		default:
			r.paragraph(t, t, 0, n)
		}
	}
	r.blank()
	return end - i, true
}

// tableRows reads a table: its header row, at line at, and its rows, row
// k at line(k).
func (r *mdReader) tableRows(headerRow string, at int, rowLines []string, line func(k int) int) {
	b := r.b
	r.endList()
	r.settle(at, "")
	header := tableCells(headerRow)
	sec := b.current(at)
	inAnswer := sec.kind == KindFAQ && sec.last() != nil && sec.last().question != ""
	if caption, ok := captionOver(sec, at); ok && !inAnswer {
		// "Table 1: Tirthankaras in prelims" over the table heads its rows.
		sec.items = sec.items[:len(sec.items)-1]
		b.open(sec.level-b.nest+1, caption, "", at-1)
		defer b.resumeAt(sec)
		sec = b.sec
	}
	type row struct {
		parts []string
		line  int
	}
	var rows []row
	if slices.ContainsFunc(header, func(c string) bool { return sentenceCell(c) || countWords(DropBrackets(c)) > maxTableHeaderWords }) {
		// A first row of sentences (or of a name too long for a label:
		// "Full name | Mahatma Gandhi National Rural Employment Guarantee
		// Act") is no header, but a row like the others: a PDF's table, or
		// a page's boxes, drawn as one.
		rowLines = append([]string{headerRow}, rowLines...)
		first := line
		line = func(k int) int {
			if k == 0 {
				return at
			}
			return first(k - 1)
		}
		header = make([]string, len(header))
	}
	used := make([]bool, len(header))
	for k, l := range rowLines {
		cells := tableCells(l)
		if repeatsHeader(cells, header) {
			continue
		}
		var parts []string
		for c, cell := range cells {
			if cell == "" || (c >= len(header) || header[c] == "") && strings.Trim(cell, "-–—") == "" {
				continue // a dash under no header says nothing
			}
			if c < len(header) && header[c] != "" {
				cell = header[c] + ": " + cell
				used[c] = true
			}
			parts = append(parts, cell)
		}
		if len(parts) > 0 {
			rows = append(rows, row{parts, line(k)})
		}
	}
	// A column empty in every row (or a header with no rows) still says something.
	var unused []string
	for k, h := range header {
		if h != "" && !used[k] {
			unused = append(unused, h)
		}
	}
	if len(rows) == 0 {
		rows = append(rows, row{unused, at})
	} else if len(unused) > 0 {
		rows[0].parts = append(rows[0].parts, strings.Join(unused, ", ")+": –")
	}
	for _, row := range rows {
		text := strings.Join(row.parts, "; ")
		if m := questionRE.FindStringSubmatch(text); m != nil && sec.kind == KindFAQ && !slices.Contains(used, true) {
			// "| Q1. Can they still be bought? No. … |": a question and its
			// answer, drawn in a box a row.
			if q, a, ok := strings.Cut(m[1], "? "); ok {
				sec.newQuestion(q+"?", 0, row.line).addText(a, false, row.line)
				inAnswer = false
				continue
			}
		}
		if inAnswer {
			sec.last().addListItem(text, 0, row.line)
			continue
		}
		it := sec.newItem(row.line)
		it.unit = true
		it.addText(text, false, row.line)
		b.rows[row.line] = true
	}
	b.paraBreak = true
}

// captionOver returns the caption written in its own paragraph right over
// a table whose header is at line at, the last item of sec: "Table 1:
// Tirthankaras that turn up in prelims questions".
func captionOver(sec *section, at int) (string, bool) {
	it := sec.last()
	if sec.implicit || it == nil || len(it.chunks) != 1 || it.question != "" || it.sub != "" || it.unit || at-it.line > 2 {
		return "", false
	}
	c := it.chunks[0]
	if c.list || utf8.RuneCountInString(c.text) > 120 || !captionRE.MatchString(c.text) {
		return "", false
	}
	return strings.TrimSuffix(c.text, "."), true
}

var captionRE = regexp.MustCompile(`(?i)^table\s*\d{0,2}(?:\.\d{1,2})?\s*[:.–—-]\s*\pL`)

// maxTableHeaderWords is the most words a Markdown table header's cell
// has, a remark in brackets aside ("Notes (my own, from PIB + Ramsar site
// sheets)").
const maxTableHeaderWords = 7

// sentenceCell reports whether a table's cell holds a sentence: a question
// or a statement of more than ten words, as a header's cell does not.
func sentenceCell(c string) bool {
	return countWords(c) > 10 && (strings.Contains(c, "? ") || strings.HasSuffix(c, ".") || strings.HasSuffix(c, "?"))
}

// isTableDelimiter reports whether line is the delimiter row ("|---|:-:|")
// of a table whose header is header: as many cells, each of dashes.
func isTableDelimiter(line, header string) bool {
	return delimiterRow(line) && len(tableCells(line)) == len(tableCells(header))
}

// delimiterRow reports whether line is a table's delimiter row ("|---|:-:|").
func delimiterRow(line string) bool {
	line = strings.TrimSpace(line)
	return strings.Contains(line, "-") && tableDelimRE.MatchString(line)
}

// tableCells splits a table row at unescaped "|".
func tableCells(line string) []string {
	t := strings.TrimSpace(line)
	t = strings.TrimPrefix(t, "|")
	if strings.HasSuffix(t, "|") && !strings.HasSuffix(t, `\|`) {
		t = t[:len(t)-1]
	}
	var cells []string
	var cur strings.Builder
	for k := 0; k < len(t); k++ {
		switch {
		case t[k] == '\\' && k+1 < len(t) && t[k+1] == '|':
			cur.WriteByte('|')
			k++
		case t[k] == '|':
			cells = append(cells, mdInline(cur.String()))
			cur.Reset()
		default:
			cur.WriteByte(t[k])
		}
	}
	return append(cells, mdInline(cur.String()))
}

// task shows a task list entry's box: "[x] done" → "☑ done".
func task(t string) string {
	if len(t) < 4 || t[0] != '[' {
		return t
	}
	if m := taskRE.FindStringSubmatch(t); m != nil {
		if m[1] == " " {
			return "☐ " + m[2]
		}
		return "☑ " + m[2]
	}
	return t
}

func (r *mdReader) endList() {
	r.inList = false
	r.indents = r.indents[:0]
}

// listEntry reads a list entry: m is listMatch's split of line n.
func (r *mdReader) listEntry(m []string, n int) {
	b := r.b
	indent, marker := len(m[1]), m[2]
	text := mdInline(task(strings.TrimSpace(m[3])))
	r.settle(n, "")
	depth := r.depth(indent)
	sec := b.current(n)
	ordered := marker[0] >= '0' && marker[0] <= '9'
	if faq := r.faqSection(); faq != nil && sec == faq && depth == 0 {
		if asks(text) || ordered && faq.faq() == nil {
			r.faqEntry(faq, text, n)
			r.listQuestion = true
			r.inList = false
			return
		}
	}
	if m := examTipRE.FindStringSubmatch(undecorated(text)); m != nil && m[1] != "" && depth == 0 {
		sec.newExamTip(n).addText(m[1], false, n)
		r.inList, b.paraBreak = true, false
		return
	}
	it := sec.item(n)
	class := markerClass(marker)
	switch {
	case it.explicit() && it.question == "" && it.sub == "":
		it = sec.newItem(n) // after a table row or a callout
	case b.paraBreak && !it.empty() && !it.explicit() && !leadsIn(it) && !it.hasList() && perParagraph(sec.kind):
		it = sec.newItem(n)
	case depth == 0 && it.hasList() && !it.explicit() && class != r.marker:
		it = sec.newItem(n) // another list
	}
	if depth == 0 {
		r.marker = class
	}
	if text == "" {
		text = marker
	}
	it.addListItem(text, depth, n)
	if ordered && depth == 0 {
		it.chunks[len(it.chunks)-1].number, _ = strconv.Atoi(strings.TrimRight(marker, ".)"))
	}
	r.inList = true
	b.paraBreak = false
}

// wrappedNumber reports whether line i, whose list match is m, starts with
// a number other than 1 right under a line of a paragraph, no list's, as
// CommonMark reads it: no list, but the paragraph wrapped before its
// number ("…, with the base year set equal to" over "100. India has no
// single …"; not "2. why not …" under item 1's "   -> healthy …").
func (r *mdReader) wrappedNumber(m []string, i int) bool {
	if r.inList || i == 0 || m[2][0] < '0' || m[2][0] > '9' || NumberValue(strings.TrimRight(m[2], ".)")) == 1 {
		return false
	}
	prev := strings.TrimSpace(r.lines[i-1])
	if prev == "" || prev[0] == '#' || prev[0] == '|' || sentenceEnd(prev) || strings.HasSuffix(prev, ":") {
		return false
	}
	for j := i - 1; j >= 0 && strings.TrimSpace(r.lines[j]) != ""; j-- {
		if listMatch(r.lines[j]) != nil {
			return false
		}
	}
	return true
}

// listMatch splits raw as listEntryParts does. A number's dot may be
// escaped, as converters write a numbered paragraph ("1\\. Rising sea
// temperature").
func listMatch(raw string) []string {
	t := strings.TrimLeft(raw, " ")
	if t == "" {
		return nil
	}
	if m := listEntryParts(raw); m != nil || t[0] < '0' || t[0] > '9' {
		return m
	}
	if d := strings.IndexFunc(t, func(r rune) bool { return r < '0' || r > '9' }); d > 0 && strings.HasPrefix(t[d:], `\.`) {
		return listEntryParts(raw[:len(raw)-len(t)] + t[:d] + t[d+1:])
	}
	return nil
}

// listEntryParts splits a line that is a Markdown list entry: it returns
// the line, its indent of spaces, its marker ("-", "*", "+", or one to nine
// digits and "." or ")") and its text, after the white space that follows
// the marker. A line that is no list entry (the marker runs into a word,
// "-x", "1.5") is nil. It matches as ^( *)([-*+]|\d{1,9}[.)])(?:\s+(.*))?$
// would, without a regular expression's cost on every line.
func listEntryParts(line string) []string {
	rest := strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(rest)]
	digits := len(rest) - len(strings.TrimLeft(rest, "0123456789"))
	var marker string
	switch {
	case rest == "":
		return nil
	case rest[0] == '-' || rest[0] == '*' || rest[0] == '+':
		marker = rest[:1]
	case digits >= 1 && digits <= 9 && digits < len(rest) && (rest[digits] == '.' || rest[digits] == ')'):
		marker = rest[:digits+1]
	default:
		return nil
	}
	rest = rest[len(marker):]
	text := strings.TrimLeft(rest, "\t\n\f\r ") // the white space of \s
	if len(text) == len(rest) && rest != "" || strings.Contains(text, "\n") {
		return nil // no space after the marker, or a line break in the text
	}
	return []string{line, indent, marker, text}
}

// atxHeadingParts splits a line that is a Markdown ATX heading ("##
// Basics", "### Basics ###", "#"): it returns the line, its marks (one to
// six "#") and its text, without the white space around it and without
// closing marks that white space parts from it. A line that is no such
// heading ("#hashtag", "####### x") is nil. It matches as
// ^(#{1,6})(?:\s+(.*?))?(?:\s+#+)?\s*$ would, without a regular
// expression's cost on every line.
func atxHeadingParts(line string) []string {
	rest := strings.TrimLeft(line, "#")
	marks := line[:len(line)-len(rest)]
	if len(marks) == 0 || len(marks) > 6 {
		return nil
	}
	const space = "\t\n\f\r " // the white space of \s
	text := strings.TrimLeft(rest, space)
	if len(text) == len(rest) && rest != "" {
		return nil // "#hashtag"
	}
	text = strings.TrimRight(text, space)
	if open := strings.TrimRight(text, "#"); len(open) < len(text) {
		if before := strings.TrimRight(open, space); len(before) < len(open) {
			text = before // "Basics ###": the closing marks
		}
	}
	if strings.Contains(text, "\n") {
		return nil
	}
	return []string{line, marks, text}
}

// looseEntry reads a line that starts as a list entry of plain-text notes
// does, but not a Markdown one: a bullet sign ("• ", "– ", an emoji such
// as "✅ ") or a letter or
// Roman numeral ("a) ", "(b) ", "iv) ", "ii. "). It returns the Markdown
// marker to read it with ("-" for a sign, "*" for a letter or numeral, so
// that one list does not run into the other) and its text. Such lines are
// entries when two stand together (see looseAt).
func looseEntry(t string) (marker, text string, ok bool) {
	if t == "" {
		return "", "", false
	}
	if c := t[0]; c >= 0x80 {
		r, size := utf8.DecodeRuneInString(t)
		if !strings.ContainsRune(bulletSymbols, r) {
			if _, _, ok := emojiLead(t); ok {
				return "-", t, true // the emoji stays, as a checkbox does
			}
			return "", "", false
		}
		rest := t[size:]
		if rest == "" || strings.ContainsRune(dashBullets, r) && rest[0] != ' ' {
			return "", "", false
		}
		text = strings.TrimSpace(rest)
		return "-", text, text != ""
	}
	if c := t[0]; c != '(' && (c < 'a' || c > 'z') {
		return "", "", false
	}
	if m := listMarkRE.FindStringSubmatch(t); m != nil {
		return "*", m[1], true
	}
	return "", "", false
}

// looseAt reports whether line i (or, past a blank line, the next one in
// direction dir) is a loose entry with the same marker.
func (r *mdReader) looseAt(i, dir int, marker string) bool {
	for step := 0; step < 2 && i >= 0 && i < len(r.lines); step++ {
		t := strings.TrimSpace(r.lines[i])
		if t != "" {
			m, _, ok := looseEntry(t)
			return ok && m == marker
		}
		i += dir
	}
	return false
}

// markerClass tells lists apart: a change of bullet, or from bullets to
// numbers, starts another list.
func markerClass(marker string) byte {
	if c := marker[0]; c == '-' || c == '*' || c == '+' {
		return c
	}
	return '1'
}

// depth returns the nesting of a list entry whose marker is indent spaces
// in: deeper by two or more than the entry above is nested under it.
func (r *mdReader) depth(indent int) int {
	if !r.inList {
		r.indents = r.indents[:0]
	}
	for len(r.indents) > 0 && r.indents[len(r.indents)-1] > indent+1 {
		r.indents = r.indents[:len(r.indents)-1]
	}
	switch top := len(r.indents) - 1; {
	case top < 0:
		r.indents = append(r.indents, indent)
	case indent >= r.indents[top]+2 && len(r.indents) < maxListDepth:
		r.indents = append(r.indents, indent)
	case indent >= r.indents[top]+2:
	default:
		r.indents[top] = indent
	}
	return len(r.indents) - 1
}

// clauseRE matches a paragraph a clause's number opens: "1.2 The
// Committee …", "2.1.4 "Consent Manager" means …".
var clauseRE = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2}){1,3}\.?\s+["'“‘\p{Lu}]`)

// perParagraph reports whether a new paragraph in a section of kind k
// starts a passage of its own.
func perParagraph(k Kind) bool {
	switch k {
	case KindSection, KindDevelopment, KindKeyPoint, KindExamTip:
		return true
	}
	return false
}

// hashtags returns the tags of a line that is only tags, as Bear and
// Obsidian write them: "#upsc/gs1", a tag of words closed by a "#" ("#economic
// critique#"); false for another line.
func hashtags(t string) ([]string, bool) {
	t = strings.TrimSpace(t)
	if !strings.HasPrefix(t, "#") {
		return nil, false
	}
	var tags []string
	for _, m := range hashtagRE.FindAllStringSubmatch(t, -1) {
		tags = append(tags, strings.TrimSpace(m[1]+m[2]))
	}
	return tags, len(tags) > 0 && strings.TrimSpace(hashtagRE.ReplaceAllString(t, "")) == ""
}

var hashtagRE = regexp.MustCompile(`#(?:([\pL\pN][\pL\pN/_-]*(?: [\pL\pN][\pL\pN/_-]*)+)#|([\pL\pN][\pL\pN/_-]*))`)

// paragraph reads a line of prose t (raw as written, indented indent).
func (r *mdReader) paragraph(t, raw string, indent, n int) {
	b := r.b
	shown := mdInline(t) // t as Markdown shows it
	if r.overList != nil && indent == 0 && r.startsBlock(n-1) {
		if b.sec == r.overList && len(b.sec.items) > 0 {
			b.resumeAt(r.under) // past the list the label heads
			b.paraBreak = true
		}
		r.overList = nil
	}
	if !r.titled {
		r.content = false
		m := boldLineRE.FindStringSubmatch(t)
		r.boldTitle = m != nil && m[2] == "" && !strings.Contains(m[1], "**") && (n >= len(r.lines) || strings.TrimSpace(r.lines[n]) == "")
		if r.settle(n, shown) {
			return
		}
	}
	r.content = true
	if tags, ok := hashtags(t); ok && b.sec == nil && b.titleLine > 0 && n <= b.titleLine+2 {
		b.doc.Tags = append(b.doc.Tags, tags...) // Bear's tags under the title: "#upsc/gs1 #economic critique#"
		return
	}
	if b.sec == nil && b.doc.Subtitle == "" && n == b.titleLine+1 && b.titleLine > 0 && subtitleLike(shown, b.doc.Title) &&
		!strings.HasPrefix(t, "**") && (n >= len(r.lines) || strings.TrimSpace(r.lines[n]) == "" || mdMetaRE.MatchString(strings.TrimSpace(r.lines[n]))) {
		b.doc.Subtitle = shown // a line right under the title, standing alone or over the page's "Category:"
		return
	}
	if line := strings.Trim(shown, "*_ "); b.sec == nil && b.titleLine > 0 && n <= b.titleLine+3 && r.startsBlock(n-1) && r.endsBlock(n-1) {
		if minutes, ok := byline(line); ok {
			// "By Team GS Compass | Last updated: 12 Sep 2025 | 9 min read"
			// under the title is the page's, not the notes' definition.
			if b.doc.Meta == nil {
				b.doc.Meta = map[string]string{}
			}
			b.doc.Meta["byline"] = line
			if minutes != "" && b.doc.ReadingTime == "" {
				b.doc.ReadingTime = minutes
			}
			return
		}
	}
	if b.doc.Title != "" && (!b.openTop() || linksOnly(t) || tagsOnly(t)) {
		if m := mdMetaRE.FindStringSubmatch(undecorated(shown)); m != nil { // "**Category:** Polity", "📌 Linked: …" too
			key := strings.ToLower(m[1])
			if key == "related" || key == "see also" || key == "linked" || key == "links" {
				if b.doc.Meta == nil {
					b.doc.Meta = map[string]string{}
				}
				b.doc.Meta["related"] = m[2] // read already: a second read would decode "&amp;lt;b>" to a tag
			} else {
				setMeta(&b.doc, key, m[2])
			}
			return
		}
		if b.sec == nil && r.propertyBlock(n) {
			m := propertyRE.FindStringSubmatch(shown)
			if b.doc.Meta == nil {
				b.doc.Meta = map[string]string{}
			}
			b.doc.Meta[strings.ToLower(m[1])] = m[2]
			return
		}
		if !r.inList && r.startsBlock(n-1) && r.endsBlock(n-1) {
			if heading, text, ok := relevanceLine(shown); ok {
				b.aside(heading, KindRelevance, text, n)
				return
			}
		}
	}
	if lead := undecorated(t); lead != "" && strings.IndexByte("*_eE", lead[0]) >= 0 {
		if m := examTipRE.FindStringSubmatch(lead); m != nil {
			it := r.examTip(indent, n)
			if tip := mdInline(m[1]); tip != "" {
				it.addText(tip, false, n)
			}
			r.inList, b.paraBreak = false, false
			return
		}
		if isExamTip(lead) {
			r.examTip(indent, n)
			r.inList, b.paraBreak = false, false
			return
		}
		if m := boldLineRE.FindStringSubmatch(strings.TrimFunc(t, IsEmoji)); m != nil && !strings.Contains(m[1], "**") && !strings.Contains(m[1], "__") {
			// (not "**a** and **b**": bold runs in a line of prose; "**Basics** 📌"
			// is a bold line with an emoji beside it)
			if r.boldQuestion(mdInline(m[1]), n) {
				return
			}
			if r.standsAlone(n-1) && (headingLike(mdInline(m[1])) || r.quoted && r.b.paraBreak && boxQuestion(mdInline(m[1]))) {
				r.boldHeading(mdInline(m[1]), m[2] == ":", n)
				return
			}
		}
		if lead, rest, ok := boldLead(t); ok && !r.inList && r.startsBlock(n-1) && r.faqSection() == nil {
			// "**Why in News?** Two cubs were born…": a run-in heading that
			// names the background or the news opens that part.
			if kind, _, ok := knownHeading(mdInline(lead), b.doc.Title); ok && (kind == KindBackground || kind == KindDevelopment) {
				r.boldHeading(mdInline(lead), true, n)
				t, shown = rest, mdInline(rest)
			}
		}
	}
	if indent >= 2 && r.listQuestion {
		r.indentedAns = true
	}
	if strings.HasSuffix(t, ":") && r.startsBlock(n-1) && r.colonHeading(shown, n) {
		return
	}
	if indent == 0 && r.startsBlock(n-1) && r.endsBlock(n-1) && r.listHead(shown, n) {
		return
	}
	text := shown
	if backslashBreak(t) {
		text = mdInline(t[:len(t)-1])
	}
	if text == "" {
		return
	}
	if (text[0] == 'Q' || text[0] == 'q') && questionRE.MatchString(text) {
		r.endList()
		switch faq := r.faqSection(); {
		case faq != nil && b.current(n) == faq:
			r.faqEntry(faq, text, n)
		case len(b.stack) == 0:
			// Notes that open with questions and answers: their FAQs, not
			// their definition.
			faq = b.open(2, faqHeading, KindFAQ, n)
			faq.implicit = true
			faq.ask(questionRE.FindStringSubmatch(text)[1], 0, n).written = writtenNumber(text)
		default:
			b.current(n).ask(questionRE.FindStringSubmatch(text)[1], 0, n).written = writtenNumber(text)
		}
		b.paraBreak = false
		return
	}
	if faq := r.faqSection(); faq != nil && b.current(n) == faq && r.askedAlone(text, n) {
		r.endList()
		r.faqEntry(faq, text, n)
		return
	}
	sec := b.current(n)
	if it := sec.last(); it != nil && it.question != "" && it.sub == "" && (text[0] == 'A' || text[0] == 'a') {
		if m := answerRE.FindStringSubmatch(text); m != nil {
			it.addText(m[1], true, n)
			return
		}
	}
	it := sec.item(n)
	switch {
	case r.inList && (!b.paraBreak || indent >= 2 || r.entryBody(it, n)):
		it.addContinuation(text, n)
		b.paraBreak = false
		return
	case it.explicit() && it.question == "" && it.sub == "":
		it = sec.newItem(n) // after a table row, a callout or code
	case (perParagraph(sec.kind) || clauseRE.MatchString(text)) && b.paraBreak && !it.empty():
		it = sec.newItem(n) // "1.2 The Committee …" after "1.1 …": numbered clauses are a passage each, in any section
	case sec.kind == KindDevelopment && !b.paraBreak && !it.explicit() && !it.empty() && !it.hasList() && yearOf(text) != 0:
		it = sec.newItem(n) // "Dec 2023: …" lines, one under the other
	case b.paraBreak && !it.empty() && !it.hasList() && yearOf(text) != 0 && yearOf(it.chunks[len(it.chunks)-1].text) != 0:
		it = sec.newItem(n) // a timeline's dated paragraphs ("1974: …" after "1966: …"), a passage each
	}
	r.endList()
	it.addText(text, b.paraBreak || !it.empty() && !it.hasList() && r.lineBreak(n, text), n)
	b.paraBreak = false
}

// askedAlone reports whether t, line n of a FAQ, is a question on a line of
// its own right over its answer ("Can X be Y?" over "Yes, …", as a toggle
// exports): it starts a block, ends in "?", is no longer than a question
// is, and the next line is text that does not ask too.
func (r *mdReader) askedAlone(t string, n int) bool {
	if !strings.HasSuffix(t, "?") || n >= len(r.lines) || !r.startsBlock(n-1) {
		return false
	}
	next := strings.TrimSpace(r.lines[n])
	return questionOverAnswer(t, next) && next[0] != '#' && listMatch(r.lines[n]) == nil
}

// entryBody reports whether the paragraph at line n, after a blank line, is
// the body of the numbered entry above it: the entry ends in a colon
// ("1. National Green Hydrogen Mission:") and the list goes on with the
// next number after the paragraph, as a page printed to PDF lays out an
// entry's label over its text.
func (r *mdReader) entryBody(it *item, n int) bool {
	last := len(it.chunks) - 1
	if last < 0 || !it.chunks[last].list || it.chunks[last].depth > 0 || it.chunks[last].number == 0 || it.lastTail(1) != ":" {
		return false
	}
	for j := n; j < min(len(r.lines), n+entryBodyLines); j++ {
		t := strings.TrimSpace(r.lines[j])
		switch {
		case t == "":
			continue
		case t[0] == '#':
			return false
		}
		if m := listMatch(r.lines[j]); m != nil {
			next, err := strconv.Atoi(strings.TrimRight(m[2], ".)"))
			return err == nil && next == it.chunks[last].number+1
		}
	}
	return false
}

// entryBodyLines is how far entryBody looks for the list going on.
const entryBodyLines = 40

// examTip starts an exam tip written on a line of prose indented indent
// spaces at line n: the tip of the last question when it is in that
// question's answer, else of the section. It is not when a rule ("---")
// ended the answer, or when the answer is indented under a question that
// is a list entry and the tip, after a blank line, is not.
func (r *mdReader) examTip(indent, n int) *item {
	sec := r.b.current(n)
	if faq := r.faqSection(); faq == sec && faq.faq() != nil &&
		(r.answerEnded || r.listQuestion && r.indentedAns && indent < 2 && r.b.paraBreak) {
		return sec.newSectionTip(n)
	}
	return sec.newExamTip(n)
}

// lineBreak reports whether line n (text, shown) of a paragraph starts a
// line of its own rather than continuing the line before, as the text
// reader keeps such lines: the line before ends in a hard break (two
// spaces or a backslash), or both give a label its value ("Date: 23 June
// 1757", "Place: Palashi").
func (r *mdReader) lineBreak(n int, text string) bool {
	if n < 2 {
		return false
	}
	prev := r.lines[n-2]
	if strings.HasSuffix(prev, "  ") || backslashBreak(prev) {
		return true
	}
	return labelPair(mdInline(strings.TrimSpace(prev)), text)
}

// LineOfItsOwn reports whether line, written under prev in Markdown notes,
// means a line of its own, where a page made from the notes (which a
// browser shows as one run of text) still has it on a line of the page's
// source: an answer under its question, a label's value under another
// ("Date: 23 June 1757" under "Place: Palashi"), an outliner's property
// ("collapsed:: true"), a table's row under another ("| 2013 | 37% |"), a
// footnote ("[^3]: The EU's …"), an exam tip ("exam tip: …" under its
// answer). Both are plain text, trimmed.
func LineOfItsOwn(prev, line string) bool {
	switch {
	case strings.HasSuffix(prev, "?"), pipeRow(prev) && pipeRow(line), examTipRE.MatchString(line):
		return true
	case strings.Contains(line, "::") && outlinePropertyRE.MatchString(line), strings.HasPrefix(line, "[^") && footnoteDefLineRE.MatchString(line):
		return true
	}
	return labelPair(prev, line)
}

// footnoteDefLineRE matches a line that gives a footnote: "[^3]: text".
var footnoteDefLineRE = regexp.MustCompile(`^\[\^[^\]\s]+\]:`)

// pipeRow reports whether a line reads as a row of a Markdown table.
func pipeRow(line string) bool {
	return strings.HasPrefix(line, "|") && strings.Count(line, "|") >= 2
}

// backslashBreak reports whether line ends in a backslash hard break, not
// in an escaped backslash.
func backslashBreak(line string) bool {
	return strings.HasSuffix(line, `\`) && !strings.HasSuffix(line, `\\`)
}

// standsAlone reports whether line i has a blank line, a heading or the
// start above it and a blank line, a list, the end or (outside a FAQ) a
// line of prose below it: a bold line heads the text right under it.
func (r *mdReader) standsAlone(i int) bool {
	if !r.startsBlock(i) {
		return false
	}
	if i+1 >= len(r.lines) {
		return true
	}
	next := strings.TrimSpace(r.lines[i+1])
	return next == "" || listMatch(r.lines[i+1]) != nil || r.faqSection() == nil && !boldLineRE.MatchString(next)
}

// boldQuestion reads a bold line q at n, after a blank line or a heading,
// that asks a question: under a FAQ heading one ending in "?", anywhere
// one numbered as a question ("**Q1. Why…?**"). It reports whether q was
// a question.
func (r *mdReader) boldQuestion(q string, n int) bool {
	if !r.startsBlock(n - 1) {
		return false
	}
	faq := r.faqSection()
	switch {
	case faq != nil && asks(q):
		r.endList()
		r.faqEntry(faq, q, n)
	case questionRE.MatchString(q):
		r.endList()
		var sec *section
		if r.b.openTop() {
			sec = r.b.current(n)
		} else {
			// Notes of questions and answers under no heading: their FAQs,
			// not their definition.
			sec = r.b.open(2, faqHeading, KindFAQ, n)
			sec.implicit = true
		}
		sec.newQuestion(questionRE.FindStringSubmatch(q)[1], 0, n).written = writtenNumber(q)
		r.b.paraBreak = false
	default:
		return false
	}
	return true
}

// boxQuestion reports whether t, a box's bold first line, is a question
// that titles it: "Who is entitled to free legal aid?".
func boxQuestion(t string) bool {
	core, ok := strings.CutSuffix(t, "?")
	return ok && headingLike(core)
}

// boldLead returns the bold words a paragraph opens with, when they end in
// ":" or "?" ("**Background:** text", "**Why in News?** text"), and the
// text after them.
func boldLead(t string) (lead, rest string, ok bool) {
	body, found := strings.CutPrefix(t, "**")
	if !found {
		return "", "", false
	}
	lead, rest, found = strings.Cut(body, "**")
	if !found || len(lead) > 80 {
		return "", "", false
	}
	if r, colon := strings.CutPrefix(rest, ":"); colon {
		lead, rest = lead+":", r
	}
	lead, rest = strings.TrimSpace(lead), strings.TrimSpace(rest)
	return lead, rest, rest != "" && (strings.HasSuffix(lead, ":") || strings.HasSuffix(lead, "?"))
}

// boldHeading reads a line that is all bold as a subheading (in a FAQ, a
// question); one ending in a colon that names another kind of part than
// the open section's is beside it (see colonLevel).
func (r *mdReader) boldHeading(t string, colon bool, n int) {
	if faq := r.faqSection(); faq != nil {
		r.faqEntry(faq, t, n)
		return
	}
	level := r.headLevel + 1
	if r.headLevel == 0 {
		level = 2
	}
	r.endList()
	raw := t
	t = unnumbered(t)
	kind, heading, ok := knownHeading(t, r.b.doc.Title)
	if !ok {
		kind, heading = "", strings.TrimRight(t, " :")
	}
	if l, ok := r.colonLevel(kind); ok && (colon || strings.HasSuffix(t, ":")) {
		level = l
	}
	if sec := r.b.sec; sec != nil && len(sec.items) == 0 && strings.EqualFold(sec.path[len(sec.path)-1], heading) {
		return // it names the section it heads ("## 📌" over "**Key facts**")
	}
	r.b.open(level, heading, kind, n).numbered(raw)
}

// colonHeading reads a line of its own ending in ":" (text, shown), at
// line n, that names a part of a concept document ("Features:", "Key
// points:") of another kind than the open section's, as the text reader
// reads such a line: as a heading beside that section. It reports whether
// it did; other such lines lead into what follows.
func (r *mdReader) colonHeading(text string, n int) bool {
	core := strings.TrimSpace(strings.TrimSuffix(text, ":"))
	if !r.titled || core == "" || !headingLike(core) {
		return false
	}
	kind, heading, ok := knownHeading(core, r.b.doc.Title)
	if !ok {
		if !r.labelOverList(core, n, maxListLabelWords) {
			return false
		}
		r.headList(core, n) // "15th FC:" over its list heads it, as a bold line would
		return true
	}
	level, ok := r.colonLevel(kind)
	if !ok {
		return false
	}
	r.endList()
	r.content = true
	r.b.open(level, heading, kind, n)
	r.headLevel = level
	return true
}

// listHead reads a line of its own that names the list right under it
// ("Albedo vs emissivity – don't mix them up", a toggle's title over its
// points, "Why do cool roofs matter most in slums?") as a label ending in
// ":" is read (see colonHeading): as the heading of the list, the text
// after the list going on with the section before. It reports whether it
// did.
func (r *mdReader) listHead(text string, n int) bool {
	if !r.titled || !headingLike(strings.TrimSuffix(text, "?")) || endsInStop(strings.TrimRight(text, `"”’')*_`)) || len(strings.Fields(text)) > maxListHeadWords ||
		tableAbove(r.lines, n-1) || !r.labelOverList(text, n, maxListHeadWords) { // a line under a table is its caption
		return false
	}
	r.headList(text, n)
	return true
}

// headList opens the section a label over a list heads, the text after
// the list going on with the section it stands in (see overList).
func (r *mdReader) headList(label string, n int) {
	under := r.b.sec
	r.boldHeading(label, true, n)
	if r.b.sec != under {
		r.overList, r.under = r.b.sec, under
	}
}

// maxListHeadWords is the most words of a line heading the list under it.
const maxListHeadWords = 8

// labelOverList reports whether core, a line of its own at line n, is a
// short label ("15th FC", "Key terms"; maxWords words at most) right above
// a list (a blank line between them or not) whose entries are not all
// short, in a section other than a FAQ: it heads the list. Short entries
// stay with it as their lead-in.
func (r *mdReader) labelOverList(core string, n, maxWords int) bool {
	first, _ := utf8.DecodeRuneInString(core)
	named := DropBrackets(yearCommaRE.ReplaceAllString(core, " ")) // "91st Amendment Act, 2003 (5 points)": a name
	words := 0
	for _, w := range strings.Fields(named) {
		if strings.ContainsFunc(w, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) {
			words++ // not the dash of "Art 167 - duties of the CM"
		}
	}
	if words > maxWords || strings.Contains(named, ", ") || !unicode.IsUpper(first) && !unicode.IsDigit(first) ||
		!r.b.openTop() || r.faqSection() != nil {
		return false
	}
	var entries []chunk
	below := r.lines[n:]
	if len(below) > 0 && strings.TrimSpace(below[0]) == "" {
		below = below[1:] // "15th FC:", a blank line, its list (as editors and HTML write it)
	}
	for _, l := range below {
		m := listEntryParts(l)
		if m == nil || m[1] != "" && len(entries) == 0 {
			break
		}
		entries = append(entries, chunk{text: m[3], list: true, depth: min(1, len(m[1]))})
	}
	return len(entries) > 0 && !shortList(entries)
}

// maxListLabelWords is the most words of a label over a list, a remark in
// brackets aside.
const maxListLabelWords = 4

// yearCommaRE matches the comma before a law's or a report's year: "Act,
// 2003".
var yearCommaRE = regexp.MustCompile(`, (?:1[6-9]|20)\d\d\b`)

// colonLevel returns the level of a heading ending in ":" that names a
// part of kind: that of the open top-level section when it is of another
// known kind (the "Features:" of a "What is …?"), or 2 when only the text
// before the first heading is open. It reports false when the heading is
// a subheading: of a plain section, of a FAQ, or of the same kind.
func (r *mdReader) colonLevel(kind Kind) (int, bool) {
	b := r.b
	switch kind {
	case "", KindMindMap, KindConnections, KindSourceTopic:
		return 0, false
	}
	if r.faqSection() != nil {
		return 0, false
	}
	if !b.openTop() {
		return 2, true
	}
	top := b.stack[0]
	if top.kind == KindSection || top.kind == kind {
		return 0, false
	}
	return top.level, true
}
