package telegram

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"golang.org/x/net/html"

	"github.com/conceptbot/conceptbot/corpus/internal/htmlclass"
)

// IsHTMLExport reports whether data is a messages.html of a chat's export:
// a web page whose body holds the history of messages Telegram Desktop
// writes.
func IsHTMLExport(data []byte) bool {
	head := data[:min(len(data), 16<<10)]
	return bytes.Contains(head, []byte(`<div class="page_body chat_page">`)) && bytes.Contains(head, []byte(`<div class="history">`))
}

// messageIDRE finds where each message starts: its element's id.
var messageIDRE = regexp.MustCompile(`<div class="message [^"]*" id="(message-?\d+)"`)

// readHTML reads messages.html: the chat's name (the page's header) and
// its messages, each with the line of the page it starts on. A chat whose
// messages come from more than one sender is a group.
func readHTML(data []byte) (c chat, err error) {
	doc, lineOf, err := parsePage(data, messageIDRE, "; Telegram splits longer chats into several messages*.html")
	if err != nil {
		return chat{}, err
	}
	var name string
	var msgs []message
	from := "" // a message joined to the one before it has that one's sender
	continued := false
	senders := map[string]bool{}
	var walk func(n *html.Node) error
	walk = func(n *html.Node) error {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			if c.Type != html.ElementNode {
				continue
			}
			switch cls := htmlclass.Classes(c); {
			case name == "" && cls["page_header"]:
				name = htmlclass.Text(htmlclass.Find(c, "text"))
			case cls["pagination"] && len(msgs) == 0:
				continued = true // "Previous messages": a part after the first of a long chat
			case cls["message"] && cls["default"]:
				if len(msgs) == MaxMessages {
					return fmt.Errorf("too many messages: the limit is %d", MaxMessages)
				}
				m := readMessage(c, from)
				m.line = lineOf[htmlclass.Attr(c, "id")]
				from = m.from
				senders[m.from] = true
				msgs = append(msgs, m)
			case cls["message"]:
				// A notice of the app: a date, a member joined.
			default:
				if err := walk(c); err != nil {
					return err
				}
			}
		}
		return nil
	}
	if err := walk(doc); err != nil {
		return chat{}, err
	}
	if len(msgs) == 0 {
		return chat{}, errors.New("no messages in this Telegram export page")
	}
	if continued {
		name = partName(name, msgs[0].when)
	}
	return chat{name: name, msgs: msgs, group: len(senders) > 1}, nil
}

// partName names a part after the first of a chat Telegram split into
// messages.html, messages2.html, …: its name, from the date of its first
// message ("Polity Capsule (from 13 Mar 2024) | UPSC"), so that each part is
// a document of its own name. The date goes with the longest part of a
// name written "Channel | Publication", which titles the notes.
func partName(name string, from time.Time) string {
	if from.IsZero() {
		return name
	}
	parts := strings.Split(name, " | ")
	longest := 0
	for i, p := range parts {
		if len([]rune(p)) > len([]rune(parts[longest])) {
			longest = i
		}
	}
	parts[longest] += from.Format(" (from 2 Jan 2006)")
	return strings.Join(parts, " | ")
}

// forwardedBody returns the part of a message's body that holds what it
// forwards ("forwarded body"), not the sender's picture beside it
// ("pull_left forwarded userpic_wrap"); nil for none.
func forwardedBody(body *html.Node) *html.Node {
	for c := body.FirstChild; c != nil; c = c.NextSibling {
		if cls := htmlclass.Classes(c); cls["forwarded"] && !cls["userpic_wrap"] {
			return c
		}
	}
	return nil
}

// readMessage reads a message's element: its date, sender (from, when it
// is joined to the one before), text, the chat it was forwarded from and
// a poll.
func readMessage(n *html.Node, from string) message {
	body := htmlclass.Find(n, "body")
	m := message{from: from}
	if d := htmlclass.Find(body, "date"); d != nil {
		// title="05.02.2024 08:35:12 UTC+05:30": the time where it was exported
		if f := strings.Fields(htmlclass.Attr(d, "title")); len(f) >= 2 {
			m.when, _ = time.Parse("02.01.2006 15:04:05", f[0]+" "+f[1])
		}
	}
	if f := htmlclass.Child(body, "from_name"); f != nil {
		m.from = htmlclass.Text(f)
	}
	t := htmlclass.Child(body, "text")
	if fw := forwardedBody(body); fw != nil {
		if f := htmlclass.Child(fw, "from_name"); f != nil {
			m.forwarded = strings.TrimSpace(strings.Split(htmlclass.Text(f), "\n")[0])
			if d := htmlclass.Find(f, "date"); d != nil {
				m.forwarded = strings.TrimSpace(strings.TrimSuffix(m.forwarded, htmlclass.Text(d)))
			}
		}
		if t == nil {
			t = htmlclass.Child(fw, "text")
		}
	}
	m.text = boldText(t)
	if p := htmlclass.Find(body, "media_poll"); p != nil {
		var answers []string
		for c := range htmlclass.Each(p, "answer") {
			answers = append(answers, strings.TrimPrefix(htmlclass.Text(c), "- "))
		}
		m.text = strings.TrimSpace(m.text + "\n" + poll(htmlclass.Text(htmlclass.Find(p, "question")), answers))
	}
	return m
}

// parsePage parses a page of messages, each starting where idRE matches
// (its first group the message's id), and returns the line of the page
// each message starts on, by id. A page of more than MaxElements elements
// is too large; more says what to do then.
func parsePage(data []byte, idRE *regexp.Regexp, more string) (*html.Node, map[string]int, error) {
	if n := bytes.Count(data, []byte("<")); n > MaxElements {
		return nil, nil, fmt.Errorf("too large: %d elements (the limit is %d)%s", n, MaxElements, more)
	}
	lineOf := map[string]int{}
	last, lines := 0, 1
	for _, m := range idRE.FindAllSubmatchIndex(data, -1) {
		lines = linesBefore(data, last, m[0], lines)
		last = m[0]
		lineOf[string(data[m[2]:m[3]])] = lines
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return nil, nil, fmt.Errorf("cannot read this page: %v", err)
	}
	return doc, lineOf, nil
}

// boldText is the text of a message's element, its lines in bold marked
// as the chat's bold (see boldLines).
func boldText(t *html.Node) string {
	var bold []string
	for b := range htmlclass.EachWhere(t, func(n *html.Node) bool { return n.Data == "strong" || n.Data == "b" }) {
		bold = append(bold, htmlclass.Text(b))
	}
	return boldLines(htmlclass.Text(t), bold)
}

// poll writes a poll as a message's text: "Poll: question" over its
// answers, an entry each.
func poll(question string, answers []string) string {
	var b strings.Builder
	b.WriteString("Poll: " + question)
	for _, a := range answers {
		b.WriteString("\n- " + a)
	}
	return b.String()
}
