package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// infoboxes rewrites each wiki infobox (a table of class "infobox") as
// rows of a label and its value, before readability reads the page: a
// conflict's box, a header row over two cells ("Belligerents", then
// each side's), a table nested in a row ("Date", "Location", "Result"),
// reads to readability as no box of facts, and it kept the picture's
// caption and a few cells, as the page's first words. The rewritten box
// is written as a box of facts after the lead (see putFacts): a header
// over no cells of its own (the box's title) a line alone, a header over
// each side's cell their label; a row of one cell (a picture) goes.
func infoboxes(doc *html.Node) {
	var boxes []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.DataAtom == atom.Table && hasClass(x, "infobox") {
			boxes = append(boxes, x)
			return false
		}
		return true
	})
	for _, box := range boxes {
		type fact struct{ label, value, at string } // a header alone has no value; at is its line
		var rows []fact
		header, headerAt := "", ""
		rewrite := false // the box has a nested table or a header over cells
		add := func(label, value, at string) { rows = append(rows, fact{label, value, at}) }
		walk(box, func(x *html.Node) bool {
			if x.DataAtom != atom.Tr {
				return true
			}
			if find(x, atom.Table) != nil {
				rewrite = true
				return true // its nested table's rows are the box's
			}
			var cells []*html.Node
			for c := x.FirstChild; c != nil; c = c.NextSibling {
				if c.DataAtom == atom.Th || c.DataAtom == atom.Td {
					cells = append(cells, c)
				}
			}
			switch {
			case len(cells) == 1 && cells[0].DataAtom == atom.Th:
				if header != "" {
					add(header, "", headerAt)
				}
				header, headerAt = brokenText(cells[0]), attr(x, lineAttr)
			case len(cells) == 2 && cells[0].DataAtom == atom.Th:
				if header != "" {
					add(header, "", headerAt)
					header = ""
				}
				add(brokenText(cells[0]), brokenText(cells[1]), attr(x, lineAttr))
			case len(cells) >= 2 && header != "":
				var sides []string
				for _, c := range cells {
					if t := brokenText(c); t != "" {
						sides = append(sides, t)
					}
				}
				add(header, strings.Join(sides, "; "), attr(x, lineAttr))
				header, rewrite = "", true
			}
			return false
		})
		if !rewrite || len(rows) < 2 {
			continue
		}
		table := &html.Node{Type: html.ElementNode, Data: "table", DataAtom: atom.Table, Attr: []html.Attribute{{Key: "class", Val: "infobox"}, {Key: lineAttr, Val: attr(box, lineAttr)}}}
		for _, r := range rows {
			tr := &html.Node{Type: html.ElementNode, Data: "tr", DataAtom: atom.Tr, Attr: []html.Attribute{{Key: lineAttr, Val: r.at}}}
			th := &html.Node{Type: html.ElementNode, Data: "th", DataAtom: atom.Th}
			th.AppendChild(&html.Node{Type: html.TextNode, Data: r.label})
			tr.AppendChild(th)
			if r.value == "" {
				th.Attr = []html.Attribute{{Key: "colspan", Val: "2"}}
			} else {
				td := &html.Node{Type: html.ElementNode, Data: "td", DataAtom: atom.Td}
				td.AppendChild(&html.Node{Type: html.TextNode, Data: r.value})
				tr.AppendChild(td)
			}
			table.AppendChild(tr)
		}
		box.Parent.InsertBefore(table, box)
		box.Parent.RemoveChild(box)
	}
}

// brokenText is a cell's text, its lines (<br>, list items, paragraphs)
// apart by semicolons: "Sidhu Murmu (executed); Kanhu Murmu (executed)".
func brokenText(cell *html.Node) string {
	var parts []string
	var b strings.Builder
	walk(cell, func(x *html.Node) bool {
		switch {
		case x != cell && x.Type == html.ElementNode && (skipped(x) || hidden(x)):
			return false
		case x.DataAtom == atom.Br || x.DataAtom == atom.Li || x.DataAtom == atom.P || x.DataAtom == atom.Div:
			parts = append(parts, collapse(b.String()))
			b.Reset()
		case x.Type == html.TextNode:
			b.WriteString(x.Data)
		}
		return true
	})
	parts = append(parts, collapse(b.String()))
	var kept []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); p != "" {
			kept = append(kept, p)
		}
	}
	return strings.Join(kept, "; ")
}
