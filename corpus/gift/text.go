package gift

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// textPiece reads a piece of a question's text (its text, an answer, a
// feedback) at line at: the format its marker names ("[html]…"), else
// format, and the returned lines as they show, the escapes read. Moodle's
// own format is text with the HTML it holds read, its line breaks kept;
// plain text is as written; Markdown stays Markdown.
func textPiece(s, format string, at int) (piece, string) {
	s = strings.TrimSpace(s)
	if strings.HasPrefix(s, "[") {
		if end := strings.IndexByte(s, ']'); end > 0 {
			switch name := s[1:end]; name {
			case "html", "moodle", "plain", "markdown":
				format, s = name, s[end+1:]
			}
		}
	}
	s = unescapes.Replace(s)
	p := piece{at: at}
	switch {
	case format == "html", format == "moodle" && htmlRE.MatchString(s):
		if format == "moodle" {
			s = strings.ReplaceAll(s, "\n", "<br>")
		}
		p.lines = htmlLines(s)
	default:
		p.markdown = format == "markdown"
		for l := range strings.SplitSeq(s, "\n") {
			if l = corpus.OneLine(l); l != "" {
				p.lines = append(p.lines, l)
			}
		}
	}
	return p, format
}

// htmlRE matches what text in Moodle's format holds of HTML: a tag or a
// character reference.
var htmlRE = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*[\s/>]|&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});`)

// tagRE matches an HTML tag, which a question's name may hold.
var tagRE = regexp.MustCompile(`</?[a-zA-Z][a-zA-Z0-9]*(?:\s[^<>]*)?/?>`)

// stripTags is a question's name without HTML tags, its white space one
// space.
func stripTags(s string) string { return corpus.OneLine(tagRE.ReplaceAllString(s, " ")) }

// blockElements start a line of their own.
var blockElements = map[atom.Atom]bool{
	atom.P: true, atom.Div: true, atom.Br: true, atom.Li: true, atom.Ul: true, atom.Ol: true,
	atom.Table: true, atom.Tr: true, atom.H1: true, atom.H2: true, atom.H3: true, atom.H4: true,
	atom.H5: true, atom.H6: true, atom.Blockquote: true, atom.Pre: true, atom.Hr: true,
	atom.Dl: true, atom.Dt: true, atom.Dd: true, atom.Section: true, atom.Article: true,
	atom.Figure: true, atom.Figcaption: true, atom.Caption: true,
}

// htmlLines reads HTML as the text it shows, a line for each paragraph,
// list entry (numbered as an ordered list numbers it) and table row (its
// cells apart by " | "). It walks the tree without recursion, so that
// elements nested however deep cost no stack.
func htmlLines(s string) []string {
	doc, err := html.Parse(strings.NewReader("<!DOCTYPE html><html><body>" + s + "</body></html>"))
	if err != nil {
		return nil
	}
	var (
		lines []string
		cur   strings.Builder
		lists []int // the number of the next entry of each open list; -1 for bullets
	)
	flush := func() {
		if l := corpus.OneLine(cur.String()); l != "" {
			lines = append(lines, l)
		}
		cur.Reset()
	}
	enter := func(n *html.Node) bool {
		switch n.Type {
		case html.TextNode:
			cur.WriteString(n.Data)
			return false
		case html.ElementNode:
		default:
			return true
		}
		switch n.DataAtom {
		case atom.Script, atom.Style, atom.Head, atom.Template, atom.Img, atom.Svg, atom.Math, atom.Object, atom.Video, atom.Audio:
			return false
		case atom.Ol:
			start := 1
			for _, a := range n.Attr {
				if a.Key == "start" {
					if v, err := strconv.Atoi(a.Val); err == nil {
						start = v
					}
				}
			}
			lists = append(lists, start)
		case atom.Ul:
			lists = append(lists, -1)
		case atom.Td, atom.Th:
			if strings.TrimSpace(cur.String()) != "" {
				cur.WriteString(" | ")
			}
			cur.WriteByte(' ')
			return true
		}
		if blockElements[n.DataAtom] {
			flush()
		}
		if n.DataAtom == atom.Li {
			if k := len(lists) - 1; k >= 0 && lists[k] >= 0 {
				cur.WriteString(strconv.Itoa(lists[k]) + ". ")
				lists[k]++
			} else {
				cur.WriteString("- ")
			}
		}
		return true
	}
	leave := func(n *html.Node) {
		if n.Type != html.ElementNode {
			return
		}
		if (n.DataAtom == atom.Ol || n.DataAtom == atom.Ul) && len(lists) > 0 {
			lists = lists[:len(lists)-1]
		}
		if blockElements[n.DataAtom] {
			flush()
		} else if n.DataAtom == atom.Td || n.DataAtom == atom.Th {
			cur.WriteByte(' ')
		}
	}
	n := doc
	for n != nil {
		if enter(n) && n.FirstChild != nil {
			n = n.FirstChild
			continue
		}
		leave(n)
		for n != nil && n.NextSibling == nil {
			n = n.Parent
			if n != nil {
				leave(n)
			}
		}
		if n != nil {
			n = n.NextSibling
		}
	}
	flush()
	return lines
}
