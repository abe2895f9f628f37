package standardnotes

import (
	"encoding/json"
	"errors"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/internal/noteapp"
)

// A Super note's text is the state of its Lexical editor, JSON:
// {"root": {"type": "root", "children": […]}}, each node {"type", …}:
// blocks ("paragraph", "heading" with its "tag" "h1"…, "quote", "list"
// with its "listType" bullet, number or check and "listitem"s, "code",
// "table" of "tablerow"s of "tablecell"s, "collapsible-container" with
// its title and content, "horizontalrule") holding inline nodes ("text"
// with its "text", "linebreak", "tab", "link" and "autolink" around
// text, "code-highlight" in code, "hashtag"). Files, pictures, embeds
// and links to other notes ("snfile", "inline-file", "unencrypted-image",
// "snbubble") hold no text of the note, and are left out.

// lexNode is a node of a Lexical editor's state, the fields read.
type lexNode struct {
	Type     string    `json:"type"`
	Text     string    `json:"text"`
	Tag      string    `json:"tag"`
	ListType string    `json:"listType"`
	Start    int       `json:"start"`
	Checked  *bool     `json:"checked"`
	Children []lexNode `json:"children"`
}

// lexical reads a Super note's text as Markdown lines; false when the
// text is no editor state.
func lexical(text string) ([]string, bool) {
	var state struct {
		Root *lexNode `json:"root"`
	}
	// A field of another type ("start": "1") leaves the rest read.
	var typ *json.UnmarshalTypeError
	if err := json.Unmarshal([]byte(text), &state); err != nil && !errors.As(err, &typ) || state.Root == nil {
		return nil, false
	}
	var w lexWriter
	w.blocks(state.Root.Children, 0)
	return w.lines, true
}

type lexWriter struct {
	lines []string
}

// gap ends the block written last with a blank line.
func (w *lexWriter) gap() {
	if n := len(w.lines); n > 0 && w.lines[n-1] != "" {
		w.lines = append(w.lines, "")
	}
}

// blocks writes block nodes, depth blocks deep.
func (w *lexWriter) blocks(nodes []lexNode, depth int) {
	if depth > maxDepth {
		return
	}
	for _, n := range nodes {
		w.block(n, depth)
	}
}

// block writes a block node with what it holds.
func (w *lexWriter) block(n lexNode, depth int) {
	switch n.Type {
	case "paragraph":
		w.paragraph(inline(n.Children, depth), "")
	case "heading":
		level := 1
		if len(n.Tag) == 2 && n.Tag[0] == 'h' && n.Tag[1] >= '1' && n.Tag[1] <= '6' {
			level = int(n.Tag[1] - '0')
		}
		if s := corpus.OneLine(inline(n.Children, depth)); s != "" {
			w.gap()
			w.lines = append(w.lines, strings.Repeat("#", level)+" "+corpus.EscapeMarkdown(s), "")
		}
	case "quote":
		w.paragraph(inline(n.Children, depth), "> ")
	case "list":
		w.gap()
		w.list(n, 0, depth)
		w.gap()
	case "code":
		w.code(n, depth)
	case "table":
		w.table(n, depth)
	case "collapsible-title":
		if s := corpus.OneLine(inline(n.Children, depth)); s != "" {
			w.gap()
			w.lines = append(w.lines, "**"+corpus.EscapeMarkdown(s)+"**", "") // a label over what it folds
		}
	case "horizontalrule", "snfile", "inline-file", "unencrypted-image", "snbubble", "youtube", "tweet", "figma":
		// no text of the note's
	default:
		if hasBlocks(n.Children) {
			w.blocks(n.Children, depth+1) // a collapsible's container and content, an unknown block
		} else {
			w.paragraph(inline(n.Children, depth), "")
		}
	}
}

// paragraph writes a paragraph's text, each of its lines (a line break
// starts one) after mark.
func (w *lexWriter) paragraph(text, mark string) {
	var lines []string
	for s := range strings.SplitSeq(text, "\n") {
		if s = strings.TrimSpace(s); s != "" {
			lines = append(lines, mark+noteapp.Plain(s))
		}
	}
	if len(lines) == 0 {
		return
	}
	w.gap()
	if mark == "" {
		lines = noteapp.HardBreaks(lines)
	}
	w.lines = append(w.lines, lines...)
	w.gap()
}

// list writes a list's entries, each level indented under the one
// before.
func (w *lexWriter) list(n lexNode, level, depth int) {
	if depth > maxDepth {
		return
	}
	number := max(n.Start, 1)
	indent := strings.Repeat("  ", level)
	for _, it := range n.Children {
		var own []lexNode
		var sub []lexNode
		for _, c := range it.Children {
			if c.Type == "list" {
				sub = append(sub, c)
			} else {
				own = append(own, c)
			}
		}
		if s := corpus.OneLine(inline(own, depth)); s != "" {
			mark := "- "
			switch n.ListType {
			case "number":
				mark = strconv.Itoa(number) + ". "
				number++
			case "check":
				mark = "- [ ] "
				if it.Checked != nil && *it.Checked {
					mark = "- [x] "
				}
			}
			w.lines = append(w.lines, indent+mark+corpus.EscapeMarkdown(s))
		}
		for _, s := range sub {
			w.list(s, level+1, depth+1)
		}
	}
}

// code writes a code block as written, in a fence.
func (w *lexWriter) code(n lexNode, depth int) {
	var b strings.Builder
	var walk func(nodes []lexNode, depth int)
	walk = func(nodes []lexNode, depth int) {
		if depth > maxDepth {
			return
		}
		for _, c := range nodes {
			switch c.Type {
			case "linebreak":
				b.WriteByte('\n')
			case "tab":
				b.WriteByte('\t')
			default:
				b.WriteString(c.Text)
				walk(c.Children, depth+1)
			}
		}
	}
	walk(n.Children, depth)
	text := strings.Trim(b.String(), "\n")
	if strings.TrimSpace(text) == "" {
		return
	}
	w.gap()
	w.lines = append(w.lines, fenced(text)...)
	w.lines = append(w.lines, "")
}

// table writes a table as a pipe table, its first row the header.
func (w *lexWriter) table(n lexNode, depth int) {
	var rows [][]string
	for _, r := range n.Children {
		var row []string
		for _, c := range r.Children {
			var parts []string
			for _, p := range c.Children {
				if s := corpus.OneLine(inline(p.Children, depth)); s != "" {
					parts = append(parts, s)
				}
			}
			row = append(row, strings.ReplaceAll(corpus.EscapeMarkdown(strings.Join(parts, " ")), "|", `\|`))
		}
		if strings.Join(row, "") != "" {
			rows = append(rows, row)
		}
	}
	if len(rows) == 0 {
		return
	}
	w.gap()
	w.lines = append(w.lines, pipeTable(rows)...)
}

// inline is the text of inline nodes, a line break a newline.
func inline(nodes []lexNode, depth int) string {
	if depth > maxDepth {
		return ""
	}
	var b strings.Builder
	for _, n := range nodes {
		switch n.Type {
		case "linebreak":
			b.WriteByte('\n')
		case "tab":
			b.WriteByte(' ')
		case "snfile", "inline-file", "unencrypted-image", "snbubble":
		default:
			b.WriteString(n.Text)
			if len(n.Children) > 0 {
				b.WriteString(inline(n.Children, depth+1))
			}
		}
	}
	return b.String()
}

// hasBlocks reports whether nodes hold a block: a paragraph, a heading.
func hasBlocks(nodes []lexNode) bool {
	for _, n := range nodes {
		switch n.Type {
		case "paragraph", "heading", "quote", "list", "code", "table", "collapsible-title", "collapsible-content", "collapsible-container":
			return true
		}
	}
	return false
}
