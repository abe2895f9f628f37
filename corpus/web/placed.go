package web

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"

	"github.com/conceptbot/conceptbot/corpus/pdftext"
)

// placedPages returns the pages a document viewer's page shows (Scribd's,
// pdf.js's text layer): their text a <span> a line, each placed on its
// page by its left and top, in pixels or in per cent of the page, its
// type's size given; the page, the nearest box around them that says how
// tall it is. It returns nil for a page whose text is not so laid out:
// minPlaced placed texts at least, of minPlacedChars characters.
func placedPages(doc *html.Node) []pdftext.PlacedPage {
	var bold, italic map[string]bool // the classes the style sheets set so, read when a placed text is found
	var order []*html.Node           // the pages, in the document's order
	pages := map[*html.Node]*pdftext.PlacedPage{}
	texts, chars := 0, 0
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		if skipped(x) {
			return false
		}
		style := attr(x, "style")
		if styleValue(style, "left") == "" || styleValue(style, "top") == "" || findFunc(x, func(y *html.Node) bool { return y != x && styleValue(attr(y, "style"), "left") != "" }) != nil {
			return true
		}
		text := textContent(x)
		size, _, ok := cssLength(styleValue(style, "font-size"))
		if strings.TrimSpace(text) == "" || !ok {
			return false
		}
		box, width, height := pageBox(x)
		if box == nil {
			return false
		}
		left, lp, ok1 := cssLength(styleValue(style, "left"))
		top, tp, ok2 := cssLength(styleValue(style, "top"))
		if !ok1 || !ok2 {
			return false
		}
		if lp {
			left *= width / 100
		}
		if tp {
			top *= height / 100
		}
		p := pages[box]
		if p == nil {
			p = &pdftext.PlacedPage{Height: height}
			pages[box] = p
			order = append(order, box)
		}
		if bold == nil {
			bold, italic = styledClasses(doc, boldRuleRE), styledClasses(doc, italicRuleRE)
		}
		t := pdftext.Placed{Text: text, Left: left, Top: top, Size: size, Bold: boldStyle(style), Italic: styleValue(style, "font-style") == "italic"}
		for _, c := range strings.Fields(attr(x, "class")) {
			t.Bold, t.Italic = t.Bold || bold[c], t.Italic || italic[c]
		}
		family := styleValue(style, "font-family")
		t.Serif = strings.Contains(family, "serif") && !strings.Contains(family, "sans") || strings.Contains(family, "times")
		p.Texts = append(p.Texts, t)
		texts, chars = texts+1, chars+len(text)
		return false
	})
	if texts < minPlaced || chars < minPlacedChars {
		return nil
	}
	out := make([]pdftext.PlacedPage, len(order))
	for i, box := range order {
		out[i] = *pages[box]
	}
	return out
}

// minPlaced and minPlacedChars are the fewest texts, and characters, that
// make a page's text laid out as a document viewer lays out a document's.
const (
	minPlaced      = 20
	minPlacedChars = 800
)

// pageBox returns the nearest box around x, a few levels up at most, whose
// style says how tall it is, and its width and height.
func pageBox(x *html.Node) (*html.Node, float64, float64) {
	for p, k := x.Parent, 0; p != nil && k < 6; p, k = p.Parent, k+1 {
		if p.Type != html.ElementNode {
			continue
		}
		style := attr(p, "style")
		h, hp, ok := cssLength(styleValue(style, "height"))
		w, wp, _ := cssLength(styleValue(style, "width"))
		if ok && !hp && h > 0 && !wp {
			return p, w, h
		}
	}
	return nil, 0, 0
}

// cssLength reads a length in pixels or in per cent ("12.5px", "3.56%",
// pdf.js's "calc(var(--scale-factor)*7.5px)", the page's own pixels).
func cssLength(v string) (n float64, percent, ok bool) {
	m := cssLengthRE.FindStringSubmatch(v)
	if m == nil {
		return 0, false, false
	}
	n, err := strconv.ParseFloat(m[1], 64)
	return n, m[2] == "%", err == nil
}

var cssLengthRE = regexp.MustCompile(`(-?[0-9]*\.?[0-9]+)(px|%)\)?\s*$`)
