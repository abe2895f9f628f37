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
// so are comments of a few words ("thanks!"). A page that asks in its
// title alone (Quora's) opens with its answers. It returns nil for other
// pages: those with no post body inside an answer.
//
// Readability reads such a page as one article that runs the answers
// together: the first lines of each fall under the last heading of the
// one before, next to its vote count and its "answered … at …" line.
func questionPage(doc *html.Node) *html.Node {
	var posts, owners []*html.Node        // the posts' bodies in order, and the answer each stands in (nil for the question's)
	said := map[*html.Node][]*html.Node{} // a post's body → its comments' lines
	walk(doc, func(x *html.Node) bool {
		switch {
		case x.Type != html.ElementNode:
			return true
		case skipped(x) || hidden(x) || faqPage(x):
			return false
		case postBody(x):
			posts, owners = append(posts, x), append(owners, answerOf(x))
			return false
		case commentText(x):
			// A comment is on the post before it, when it stands in the
			// same answer (or, as the question's, in none).
			if n := len(posts); n > 0 && answerOf(x) == owners[n-1] {
				if line := commentLine(x); line != nil {
					said[posts[n-1]] = append(said[posts[n-1]], line)
				}
			}
			return false
		}
		return true
	})
	// The question's text opens the page, but for a site's (Quora's) that
	// asks in its title alone: answers, two at least, open it.
	asked := len(posts) > 0 && owners[0] == nil
	if len(posts) < 2 || owners[1] == nil || !asked && owners[0] == owners[1] {
		return nil
	}
	box := newBox()
	for i, p := range posts {
		if i == 0 && asked && titled(doc, p) {
			continue // the question's title, which titles the page
		}
		if i > 0 || !asked {
			if owners[i] == nil {
				continue // a post outside the answers: a sidebar's
			}
			n := i
			if !asked {
				n++
			}
			box.AppendChild(newHeading(answerHeading(owners[i], n), p))
		}
		body := cleaned(p)
		body.Data, body.DataAtom = "div", atom.Div
		demoteHeadings(body)
		box.AppendChild(body)
		if lines := said[p]; len(lines) > 0 {
			h := newHeading("Comments", lines[0])
			if i > 0 {
				h.Data, h.DataAtom = "h3", atom.H3 // under the answer
			}
			box.AppendChild(h)
			for _, c := range lines {
				box.AppendChild(c)
			}
		}
	}
	return box
}

// faqPage reports whether n is an article's FAQs marked up for search
// engines (schema.org's FAQPage): its answers, marked as a question
// page's are, are the article's, not posts.
func faqPage(n *html.Node) bool {
	return strings.HasSuffix(attr(n, "itemtype"), "/FAQPage")
}

// titled reports whether the page's <title> says all that post does.
func titled(doc, post *html.Node) bool {
	t, text := find(doc, atom.Title), collapse(textContent(post))
	return t != nil && text != "" && strings.Contains(collapse(textContent(t)), text)
}

// postBody reports the element that holds a post's text: schema.org's
// itemprop="text", or a class such as "js-post-body", "post-text",
// "answer-body" or "question-details".
func postBody(n *html.Node) bool {
	if attr(n, "itemprop") == "text" {
		return true
	}
	words := nameWords(n)
	return slices.ContainsFunc(words, func(w string) bool { return w == "post" || w == "answer" || w == "question" }) &&
		slices.ContainsFunc(words, func(w string) bool { return w == "body" || w == "text" || w == "details" || w == "content" })
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
		if hasClass(a, "answer") || slices.Contains(nameWords(a), "answer") && !postBody(a) {
			return a // "answer", "aa-answer"
		}
	}
	return nil
}

// answerHeading names the nth post of a page, an answer: its number among
// the answers, whether it was accepted or collapsed, and its author when
// the page names one.
func answerHeading(a *html.Node, n int) string {
	h := "Answer " + strconv.Itoa(n)
	if attr(a, "itemprop") == "acceptedAnswer" || slices.Contains(nameWords(a), "accepted") {
		h += ", accepted"
	}
	for p := a; p != nil; p = p.Parent {
		if p.DataAtom == atom.Details || slices.Contains(nameWords(p), "collapsed") {
			h += ", collapsed" // shown only on a click, as the site judged it
			break
		}
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
		words := nameWords(x)
		return x.Type == html.ElementNode && !slices.ContainsFunc(words, commentWord) &&
			(slices.Contains(words, "author") || slices.Contains(words, "user") && (slices.Contains(words, "details") || slices.Contains(words, "info") || slices.Contains(words, "name")))
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
