package web

import (
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// figureRE matches a figure a dashboard's card shows large: "8,063",
// "93%", "₹ 1,64,545 Cr", "83,000+", "$2.5 bn".
var figureRE = regexp.MustCompile(`^(?:[₹$€£]|rs\.?|inr|usd)?\s*[\d][\d,.]*\s*(?:%|\+|cr|crore|lakh|lakhs|k|m|mn|bn|million|billion|gw|mw|km)?\+?$`)

// maxCardLabel is the most words of a card's label; maxCardText the most
// characters of a card's part read.
const (
	maxCardLabel = 12
	maxCardText  = 160
)

// figureCards joins each card of a dashboard that shows a figure over (or
// under) its label, two blocks side by side, into one line: "8,063
// Projects undertaken", not a passage "8,063" and another that does not
// say how many. Blocks with no text (an icon's) in the card aside.
func figureCards(doc *html.Node) {
	walk(doc, func(n *html.Node) bool {
		if n.Type != html.ElementNode || n.DataAtom != atom.Div {
			return true
		}
		var parts []*html.Node
		var texts []string
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type == html.TextNode && strings.TrimSpace(c.Data) != "" {
				return true
			}
			if c.Type != html.ElementNode {
				continue
			}
			t := collapse(shortText(c, maxCardText)) // "" when longer: no card's
			switch {
			case t == "" && textless(c):
				// an icon
			case t == "" || c.DataAtom != atom.Div && c.DataAtom != atom.P || len(parts) == 2:
				return true
			default:
				parts, texts = append(parts, c), append(texts, t)
			}
		}
		if len(parts) != 2 || !figurePair(texts[0], texts[1]) {
			return true
		}
		first, second := parts[0], parts[1]
		first.AppendChild(&html.Node{Type: html.TextNode, Data: " "})
		for c := second.FirstChild; c != nil; c = second.FirstChild {
			second.RemoveChild(c)
			first.AppendChild(c)
		}
		n.RemoveChild(second)
		return false
	})
}

// figurePair reports a figure and its label, in either order.
func figurePair(a, b string) bool {
	label := func(s string) bool {
		return len(strings.Fields(s)) <= maxCardLabel && strings.ContainsFunc(s, unicode.IsLetter) && !figureRE.MatchString(strings.ToLower(s))
	}
	fa, fb := figureRE.MatchString(strings.ToLower(a)), figureRE.MatchString(strings.ToLower(b))
	return fa && label(b) || fb && label(a)
}

// textless reports whether n holds no text but white space.
func textless(n *html.Node) bool {
	found := false
	walk(n, func(x *html.Node) bool {
		found = found || x.Type == html.TextNode && strings.TrimSpace(x.Data) != ""
		return !found
	})
	return !found
}
