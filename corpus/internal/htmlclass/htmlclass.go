// Package htmlclass finds the elements of an app's exported HTML by their
// classes (Telegram's messages.html, Google Keep's notes) and reads their
// text.
package htmlclass

import (
	"strings"

	"golang.org/x/net/html"
)

// Classes is the set of n's classes.
func Classes(n *html.Node) map[string]bool {
	out := map[string]bool{}
	for c := range strings.FieldsSeq(Attr(n, "class")) {
		out[c] = true
	}
	return out
}

// Attr is the value of n's attribute key, or "".
func Attr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

// Child is n's first child element of class cls, or nil.
func Child(n *html.Node, cls string) *html.Node {
	if n == nil {
		return nil
	}
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && Classes(c)[cls] {
			return c
		}
	}
	return nil
}

// Find is the first element of class cls under n, depth first, or nil.
func Find(n *html.Node, cls string) *html.Node {
	for c := range Each(n, cls) {
		return c
	}
	return nil
}

// Each yields the elements of class cls under n, depth first, not those
// inside another.
func Each(n *html.Node, cls string) func(yield func(*html.Node) bool) {
	return EachWhere(n, func(c *html.Node) bool { return Classes(c)[cls] })
}

// EachWhere yields the elements under n that match says are wanted, depth
// first, not those inside another.
func EachWhere(n *html.Node, match func(*html.Node) bool) func(yield func(*html.Node) bool) {
	return func(yield func(*html.Node) bool) {
		var walk func(n *html.Node) bool
		walk = func(n *html.Node) bool {
			for c := n.FirstChild; c != nil; c = c.NextSibling {
				if c.Type != html.ElementNode {
					continue
				}
				if match(c) {
					if !yield(c) {
						return false
					}
					continue
				}
				if !walk(c) {
					return false
				}
			}
			return true
		}
		if n != nil {
			walk(n)
		}
	}
}

// Text is what n shows: its text, a line break for each <br>, the lines
// of its source joined (exporters write an element's text on lines of its
// own), spaces one.
func Text(n *html.Node) string {
	if n == nil {
		return ""
	}
	var b strings.Builder
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(strings.ReplaceAll(c.Data, "\n", " "))
			case c.Type == html.ElementNode && c.Data == "br":
				b.WriteString("\n")
			case c.Type == html.ElementNode:
				walk(c)
			}
		}
	}
	walk(n)
	var lines []string
	for l := range strings.SplitSeq(b.String(), "\n") {
		lines = append(lines, strings.Join(strings.Fields(l), " "))
	}
	return strings.TrimSpace(strings.Join(lines, "\n"))
}
