package web

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/conceptbot/conceptbot/corpus/internal/htmlclass"
)

// quizReview returns the article of a quiz's review page as a learning
// site (Moodle) shows it to a student after an attempt, whose questions
// readability takes for a form and drops: the attempt's summary (its
// grade and the teacher's feedback), then, under the quiz's parts
// ("Part A – The reference and the bench"), each question a section
// ("Question 3") whose passage holds what it asks, its options or the
// pairs to match (a blank filled by the choice made), the student's
// written answer, the feedback that explains it, the right answer and
// the teacher's comment. An information item (no question) is the text
// it gives. It returns nil for other pages: fewer than two questions.
func quizReview(doc *html.Node) *html.Node {
	var questions []*html.Node
	walk(doc, func(x *html.Node) bool {
		if x.Type == html.ElementNode && htmlclass.Classes(x)["que"] && htmlclass.Find(x, "qtext") != nil {
			questions = append(questions, x)
			return false
		}
		return true
	})
	if len(questions) < 2 {
		return nil
	}
	box := newBox()
	if summary := htmlclass.Find(doc, "quizreviewsummary"); summary != nil {
		box.AppendChild(cleaned(summary))
	}
	walk(doc, func(x *html.Node) bool {
		if x.Type != html.ElementNode {
			return true
		}
		cls := htmlclass.Classes(x)
		switch {
		case cls["mod_quiz-section-heading"]:
			box.AppendChild(newHeading(collapse(textContent(x)), x))
			return false
		case cls["que"] && htmlclass.Find(x, "qtext") != nil:
			appendQuestion(box, x, cls["description"])
			return false
		}
		return true
	})
	return box
}

// appendQuestion adds a question of a quiz's review to box (see
// quizReview); an information item's text alone.
func appendQuestion(box, q *html.Node, information bool) {
	if !information {
		name := "Question"
		if no := htmlclass.Find(q, "qno"); no != nil {
			name += " " + collapse(textContent(no))
		}
		h := newHeading(name, q)
		h.Data, h.DataAtom = "h3", atom.H3
		box.AppendChild(h)
	}
	var lines []string // a passage: what the question asks and what explains it
	line := func(text string) {
		if text = collapse(text); text != "" {
			lines = append(lines, text)
		}
	}
	for _, p := range blocksOf(htmlclass.Find(q, "qtext")) {
		line(chosenText(p))
	}
	var options []string
	walk(q, func(x *html.Node) bool {
		switch {
		case x.Type != html.ElementNode:
		case attr(x, "data-region") == "answer-label":
			options = append(options, collapse(textContent(x))) // "a. K.S. Puttaswamy, …"
			return false
		case x.DataAtom == atom.Tr && htmlclass.Find(x, "text") != nil && find(x, atom.Select) != nil:
			options = append(options, collapse(textContent(htmlclass.Find(x, "text")))+" – "+selected(find(x, atom.Select)))
			return false
		}
		return true
	})
	line(strings.Join(options, "; "))
	if r := htmlclass.Find(q, "qtype_essay_response"); r != nil {
		line("Answer written: " + textContent(r))
	}
	for _, name := range []string{"generalfeedback", "rightanswer"} {
		if f := htmlclass.Find(q, name); f != nil {
			for _, p := range blocksOf(f) {
				line(textContent(p))
			}
		}
	}
	if c := htmlclass.Find(q, "comment"); c != nil {
		line("Comment: " + textContent(without(c, func(x *html.Node) bool { return htmlclass.Classes(x)["accesshide"] })))
	}
	if len(lines) == 0 {
		return
	}
	p := &html.Node{Type: html.ElementNode, Data: "p", DataAtom: atom.P, Attr: []html.Attribute{{Key: lineAttr, Val: attr(q, lineAttr)}}}
	for i, l := range lines {
		if i > 0 {
			p.AppendChild(&html.Node{Type: html.ElementNode, Data: "br", DataAtom: atom.Br})
		}
		p.AppendChild(&html.Node{Type: html.TextNode, Data: l})
	}
	box.AppendChild(p)
}

// blocksOf returns the paragraphs of n, or n itself when it has none.
func blocksOf(n *html.Node) []*html.Node {
	if n == nil {
		return nil
	}
	var ps []*html.Node
	for c := n.FirstChild; c != nil; c = c.NextSibling {
		if c.Type == html.ElementNode && c.DataAtom == atom.P {
			ps = append(ps, c)
		}
	}
	if len(ps) == 0 {
		return []*html.Node{n}
	}
	return ps
}

// chosenText is the text of a question's paragraph, each blank (a
// <select>) filled by the choice made in it, without the labels that only
// screen readers show.
func chosenText(n *html.Node) string {
	var b strings.Builder
	walk(n, func(x *html.Node) bool {
		switch {
		case x.Type == html.TextNode:
			b.WriteString(x.Data)
		case x.DataAtom == atom.Select:
			b.WriteString(selected(x))
			return false
		case htmlclass.Classes(x)["accesshide"]:
			return false
		}
		return true
	})
	return b.String()
}

// selected is the text of the option chosen in a <select>, "____" when
// none is.
func selected(s *html.Node) string {
	if s != nil {
		for o := s.FirstChild; o != nil; o = o.NextSibling {
			if o.DataAtom == atom.Option {
				if _, ok := attrOK(o, "selected"); ok && strings.TrimSpace(textContent(o)) != "" {
					return collapse(textContent(o))
				}
			}
		}
	}
	return "____"
}
