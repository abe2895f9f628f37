package web

import (
	"regexp"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/conceptbot/conceptbot/corpus/pdftext"
)

// placedPages returns the pages a document viewer's page shows (Scribd's,
// pdf.js's text layer): their text a <span> a line, each placed on its
// page by its left and top, in pixels or in per cent of the page, its
// type's size given; the page, the nearest box around them that says how
// tall it is. It returns nil for a page whose text is not so laid out:
// minPlaced placed texts at least, of minPlacedChars characters.
func placedPages(doc *html.Node) []pdftext.PlacedPage {
	var styles map[string]typeStyle // read when a placed text is found
	var order []*html.Node          // the pages, in the document's order
	pages := map[*html.Node]*pdftext.PlacedPage{}
	texts, chars := 0, 0
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		if skipped(x) {
			return false
		}
		if s := attr(x, "style"); !strings.Contains(s, "left") || !strings.Contains(s, "top") {
			return true
		}
		st := inlineStyle(x)
		if st["left"] == "" || st["top"] == "" || findFunc(x, func(y *html.Node) bool { return y != x && inlineStyle(y)["left"] != "" }) != nil {
			return true
		}
		text := textContent(x)
		size, _, ok := cssLength(st["font-size"])
		if strings.TrimSpace(text) == "" || !ok {
			return false
		}
		box, width, height := pageBox(x)
		if box == nil {
			return false
		}
		left, lp, ok1 := cssLength(st["left"])
		top, tp, ok2 := cssLength(st["top"])
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
		if styles == nil {
			styles = classStyles(doc)
		}
		t := pdftext.Placed{Text: text, Left: left, Top: top, Size: size}
		for _, c := range strings.Fields(attr(x, "class")) {
			t.Bold = t.Bold || styles[c].bold
			t.Italic = t.Italic || styles[c].italic
		}
		t.Bold = t.Bold || boldWeight(st["font-weight"])
		t.Italic = t.Italic || st["font-style"] == "italic"
		family := strings.ToLower(st["font-family"])
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
		st := inlineStyle(p)
		h, hp, ok := cssLength(st["height"])
		w, wp, _ := cssLength(st["width"])
		if ok && !hp && h > 0 && !wp {
			return p, w, h
		}
	}
	return nil, 0, 0
}

// inlineStyle reads an element's style attribute into its properties.
func inlineStyle(n *html.Node) map[string]string {
	s := attr(n, "style")
	if s == "" {
		return nil
	}
	out := map[string]string{}
	for decl := range strings.SplitSeq(s, ";") {
		if k, v, ok := strings.Cut(decl, ":"); ok {
			out[strings.ToLower(strings.TrimSpace(k))] = strings.TrimSpace(v)
		}
	}
	return out
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

// typeStyle is whether a class sets its text in bold or in italics.
type typeStyle struct{ bold, italic bool }

// classStyles reads the page's stylesheets for the classes that set text
// in bold or italics (".ff2{font-family:…;font-weight:700}").
func classStyles(doc *html.Node) map[string]typeStyle {
	out := map[string]typeStyle{}
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode || x.DataAtom != atom.Style {
			return true
		}
		for _, m := range classRuleRE.FindAllStringSubmatch(textContent(x), maxClassRules) {
			rules := strings.ToLower(strings.ReplaceAll(m[2], " ", ""))
			w := fontWeightRE.FindStringSubmatch(rules)
			s := typeStyle{bold: w != nil && boldWeight(w[1]), italic: strings.Contains(rules, "font-style:italic")}
			if s.bold || s.italic {
				out[m[1]] = s
			}
		}
		return false
	})
	return out
}

var (
	classRuleRE  = regexp.MustCompile(`\.([\w-]+)\s*\{([^{}]*)\}`)
	fontWeightRE = regexp.MustCompile(`font-weight:([a-z0-9]+)`)
)

// maxClassRules bounds the rules of a stylesheet read.
const maxClassRules = 5000

// boldWeight reports whether a font-weight is bold.
func boldWeight(w string) bool {
	n, err := strconv.Atoi(w)
	return w == "bold" || w == "bolder" || err == nil && n >= 600
}
