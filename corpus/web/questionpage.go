package web

import (
	"slices"
	"strconv"
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// questionPage returns the article of a question-and-answer site's page
// (a StackExchange site, and those built like one): the question's text
// opens it; each answer follows under a heading of its own ("Answer 1,
// accepted, by Devansh Rao", "Answer 2, by …"), its own headings one level
// below that; the comments on a post follow it under "Comments", each
// "author: text". Votes, dates, badges, tags and buttons are left out, and
// so are comments of a few words ("thanks!"). It returns nil for other
// pages: those with no post body inside an answer.
//
// Readability reads such a page as one article that runs the answers
// together: the first lines of each fall under the last heading of the
// one before, next to its vote count and its "answered … at …" line.
func questionPage(doc *html.Node) *html.Node {
	var posts, comments []*html.Node
	walk(doc, func(x *html.Node) bool {
		switch {
		case x.Type != html.ElementNode:
			return true
		case skipped(x) || hidden(x):
			return false
		case postBody(x):
			posts = append(posts, x)
			return false
		case commentText(x):
			comments = append(comments, x)
			return false
		}
		return true
	})
	if len(posts) < 2 || answerOf(posts[0]) != nil || answerOf(posts[1]) == nil {
		return nil
	}
	box := newBox()
	for i, p := range posts {
		owner := answerOf(p)
		if i > 0 {
			if owner == nil {
				continue // a post outside the answers: a sidebar's
			}
			box.AppendChild(newHeading(answerHeading(owner, i), p))
		}
		body := cleaned(p)
		body.Data, body.DataAtom = "div", atom.Div
		demoteHeadings(body)
		box.AppendChild(body)
		var said []*html.Node
		for _, c := range comments {
			if answerOf(c) == owner && precedes(p, c) && (i+1 == len(posts) || precedes(c, posts[i+1])) {
				if line := commentLine(c); line != nil {
					said = append(said, line)
				}
			}
		}
		if len(said) > 0 {
			h := newHeading("Comments", said[0])
			if i > 0 {
				h.Data, h.DataAtom = "h3", atom.H3 // under the answer
			}
			box.AppendChild(h)
			for _, c := range said {
				box.AppendChild(c)
			}
		}
	}
	return box
}

// postBody reports the element that holds a post's text: schema.org's
// itemprop="text", or a class such as "js-post-body" or "post-text".
func postBody(n *html.Node) bool {
	if attr(n, "itemprop") == "text" {
		return true
	}
	words := nameWords(n)
	return slices.Contains(words, "post") && (slices.Contains(words, "body") || slices.Contains(words, "text"))
}

// commentText reports the element that holds a comment's text, without
// its author and date: "comment-copy", "comment-text", "comment-body".
func commentText(n *html.Node) bool {
	words := nameWords(n)
	if !slices.ContainsFunc(words, commentWord) {
		return false
	}
	for _, w := range words {
		switch w {
		case "copy", "text", "body", "content":
			return findFunc(n, func(x *html.Node) bool { return x != n && x.Type == html.ElementNode && commentText(x) }) == nil
		}
	}
	return false
}

// answerOf returns the answer n stands in (an element marked
// itemprop="acceptedAnswer" or "suggestedAnswer", or classed "answer"),
// or nil when it stands in none.
func answerOf(n *html.Node) *html.Node {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type != html.ElementNode {
			continue
		}
		switch attr(a, "itemprop") {
		case "acceptedAnswer", "suggestedAnswer":
			return a
		}
		if slices.Contains(strings.Fields(attr(a, "class")), "answer") {
			return a
		}
	}
	return nil
}

// answerHeading names the nth post of a page, an answer: its number among
// the answers, whether it was accepted, and its author when the page
// names one.
func answerHeading(a *html.Node, n int) string {
	h := "Answer " + strconv.Itoa(n)
	if attr(a, "itemprop") == "acceptedAnswer" || slices.Contains(nameWords(a), "accepted") {
		h += ", accepted"
	}
	if who := author(a); who != "" {
		h += ", by " + who
	}
	return h
}

// author returns the name in a post's signature ("user-details",
// "author"), outside its comments: the first link's text, else the
// first words of the signature.
func author(post *html.Node) string {
	sig := findFunc(post, func(x *html.Node) bool {
		if x.Type != html.ElementNode || slices.ContainsFunc(nameWords(x), commentWord) {
			return false
		}
		words := nameWords(x)
		return slices.Contains(words, "author") || slices.Contains(words, "user") && (slices.Contains(words, "details") || slices.Contains(words, "info") || slices.Contains(words, "name"))
	})
	if sig == nil || commentOf(sig) {
		return ""
	}
	if a := find(sig, atom.A); a != nil {
		sig = a
	}
	name := collapse(textContent(sig))
	if len(strings.Fields(name)) > maxAuthorWords {
		return ""
	}
	return name
}

// maxAuthorWords is the most words an author's name is.
const maxAuthorWords = 4

// commentOf reports whether n stands inside a comment.
func commentOf(n *html.Node) bool {
	for a := n.Parent; a != nil; a = a.Parent {
		if a.Type == html.ElementNode && slices.ContainsFunc(nameWords(a), commentWord) {
			return true
		}
	}
	return false
}

// commentLine returns a paragraph of comment c: "author: text", the
// author the "comment-user" or "author" next to it. It returns nil for a
// comment of fewer than minCommentWords words.
func commentLine(c *html.Node) *html.Node {
	text := collapse(textContent(c))
	if len(strings.Fields(text)) < minCommentWords {
		return nil
	}
	for up, item := 0, c.Parent; up < 3 && item != nil; up, item = up+1, item.Parent {
		user := findFunc(item, func(x *html.Node) bool {
			words := nameWords(x)
			return x.Type == html.ElementNode && (slices.Contains(words, "user") || slices.Contains(words, "author"))
		})
		if user != nil {
			if name := collapse(textContent(user)); name != "" && len(strings.Fields(name)) <= maxAuthorWords {
				text = name + ": " + text
			}
			break
		}
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P, Attr: []html.Attribute{{Key: lineAttr, Val: attr(c, lineAttr)}}}
	p.AppendChild(&html.Node{Type: html.TextNode, Data: text})
	return p
}

// minCommentWords is the fewest words a comment kept says.
const minCommentWords = 5

// demoteHeadings puts a post's headings below the heading of its answer:
// its highest one at <h3>, the others as far below that as they were.
func demoteHeadings(post *html.Node) {
	top := 7
	walk(post, func(x *html.Node) bool {
		if isHeading(x) {
			top = min(top, headingLevel(x))
		}
		return true
	})
	walk(post, func(x *html.Node) bool {
		if isHeading(x) {
			l := min(6, headingLevel(x)-top+3)
			x.Data = "h" + strconv.Itoa(l)
			x.DataAtom = atom.Lookup([]byte(x.Data))
			x.Attr = slices.DeleteFunc(x.Attr, func(a html.Attribute) bool { return a.Key == levelAttr })
		}
		return true
	})
}

// precedes reports whether a comes before b in the document.
func precedes(a, b *html.Node) bool {
	ia, _ := strconv.Atoi(attr(a, idAttr))
	ib, _ := strconv.Atoi(attr(b, idAttr))
	return ia < ib
}
