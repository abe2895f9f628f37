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

// maxCardLabel is the most words of a card's label.
const maxCardLabel = 12

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
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode && strings.TrimSpace(c.Data) != "":
				return true
			case c.Type == html.ElementNode && strings.TrimSpace(textContent(c)) != "":
				if c.DataAtom != atom.Div && c.DataAtom != atom.P {
					return true
				}
				parts = append(parts, c)
			}
		}
		if len(parts) != 2 || !figurePair(collapse(textContent(parts[0])), collapse(textContent(parts[1]))) {
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
