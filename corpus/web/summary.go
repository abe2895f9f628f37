package web

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// summaryBoxes returns copies of the boxes a news page sums its story up
// in ("THE GIST", "Key Highlights", "Key takeaways"): named so, or headed
// so (a WHO fact sheet's "Key facts" over the article), a heading or a
// label over a list.
func summaryBoxes(doc *html.Node) []*html.Node {
	var boxes []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode || skipped(x) || hidden(x) {
			return x.Type != html.ElementNode || !skipped(x) && !hidden(x)
		}
		if !summaryName(nameWords(x)) && !summaryHeaded(x) || find(x, atom.Ul) == nil && find(x, atom.Ol) == nil || textLen(x) > maxSummaryBox {
			return true
		}
		boxes = append(boxes, clone(x))
		return false
	})
	return boxes
}

// summaryName reports whether the words of a class or id name a box that
// sums a story up.
func summaryName(words []string) bool {
	key := false
	for _, w := range words {
		switch w {
		case "gist", "highlights", "takeaways", "keytakeaways", "keypoints", "tldr":
			return true
		case "key":
			key = true
		case "points", "facts":
			if key {
				return true
			}
		}
	}
	return false
}

// summaryHeaded reports whether box x opens with a heading that names a
// summary, and nothing more: "Key facts", "Highlights" (not a comment
// box's "2 thoughts on “… Key Facts …”").
func summaryHeaded(x *html.Node) bool {
	h := firstElement(x)
	if h == nil || !isHeading(h) || h.DataAtom == atom.H1 {
		return false
	}
	ws := strings.Fields(strings.ToLower(inlineText(h)))
	return len(ws) <= maxSummaryHeading && summaryName(ws)
}

// maxSummaryHeading is the most words of a heading that names a summary.
const maxSummaryHeading = 3

// maxSummaryBox is the most text a box that sums a story up holds.
const maxSummaryBox = 2000

// keepSummaries puts back at the end of art the boxes summing the story
// up that readability left out of it, their heading at the level of art's
// sections (at the top, the text after a box would fall under its heading).
func keepSummaries(art *html.Node, boxes []*html.Node) {
	if len(boxes) == 0 {
		return
	}
	text := collapse(textContent(art))
	top := 6
	walk(art, func(x *html.Node) bool {
		if x.Type == html.ElementNode && isHeading(x) && x.DataAtom != atom.H1 {
			top = min(top, headingLevel(x))
		}
		return true
	})
	if top == 6 {
		top = 2
	}
	for _, b := range boxes {
		if strings.Contains(text, collapse(textContent(b))) {
			continue
		}
		if h := findFunc(b, isHeading); h != nil {
			h.Data = "h" + strconv.Itoa(top)
			h.DataAtom = atom.Lookup([]byte(h.Data))
			h.Attr = slices.DeleteFunc(h.Attr, func(a html.Attribute) bool { return a.Key == levelAttr })
		}
		art.AppendChild(b)
	}
}
