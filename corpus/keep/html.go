package keep

import (
	"bytes"
	"fmt"
	"strings"

	"golang.org/x/net/html"

	"github.com/conceptbot/conceptbot/corpus/internal/htmlclass"
)

// maxElements bounds the HTML elements of one note's page.
const maxElements = 200_000

// readHTML reads a note's .html: the title, the text of its content (a
// line at each <br>), a checklist's items, the labels.
func readHTML(data []byte) (note, error) {
	if n := bytes.Count(data, []byte("<")); n > maxElements {
		return note{}, fmt.Errorf("too large for a Google Keep note: %d elements (the limit is %d)", n, maxElements)
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return note{}, fmt.Errorf("cannot read this page: %v", err)
	}
	n := note{line: 1 + bytes.Count(data[:max(0, bytes.Index(data, []byte(`<div class="content"`)))], []byte("\n"))}
	var text strings.Builder
	var walk func(e *html.Node)
	walk = func(e *html.Node) {
		for c := e.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			cls := htmlclass.Classes(c)
			switch {
			case cls["title"] && n.title == "":
				n.title = htmlclass.Text(c)
			case cls["content"]:
				content(c, &text, &n.items)
			case cls["label"]:
				if name := htmlclass.Text(c); name != "" {
					n.labels = append(n.labels, name)
				}
			case cls["trashed"]:
				n.trashed = true
			case c.Data == "style" || c.Data == "script" || c.Data == "title":
			default:
				walk(c)
			}
		}
	}
	walk(doc)
	n.text = tidy(text.String())
	return n, nil
}

// content writes a note's content: text with a line at each <br> or
// block, and a checklist's items apart.
func content(e *html.Node, text *strings.Builder, items *[]item) {
	for c := e.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode:
			text.WriteString(c.Data)
		case c.Type != html.ElementNode:
		case htmlclass.Classes(c)["listitem"]:
			entry := c
			if t := htmlclass.Find(c, "text"); t != nil {
				entry = t
			}
			if s := htmlclass.Text(entry); s != "" {
				*items = append(*items, item{s, htmlclass.Classes(c)["checked"], boldOnly(entry) || pinnedHeading(s)})
			}
		case c.Data == "br":
			text.WriteString("\n")
		case c.Data == "div" || c.Data == "p" || c.Data == "li" || c.Data == "ul" || c.Data == "ol":
			newLine(text)
			content(c, text, items)
			newLine(text)
		default:
			content(c, text, items)
		}
	}
}

// newLine ends the line written so far, if any: a block starts a line.
func newLine(text *strings.Builder) {
	if s := text.String(); s != "" && !strings.HasSuffix(s, "\n") {
		text.WriteString("\n")
	}
}

// boldOnly reports whether all of e's text stands in one <b>, as a
// checklist's headings are typed.
func boldOnly(e *html.Node) bool {
	var b *html.Node
	for c := e.FirstChild; c != nil; c = c.NextSibling {
		switch {
		case c.Type == html.TextNode && strings.TrimSpace(c.Data) == "":
		case c.Type == html.ElementNode && c.Data == "b" && b == nil:
			b = c
		default:
			return false
		}
	}
	return b != nil && htmlclass.Text(b) != ""
}
