package discordexport

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/internal/htmlclass"
	"golang.org/x/net/html"
)

// isHTMLExport reports whether data is the tool's HTML export: a page
// with its preamble (the guild and channel) and its messages' containers.
// Its style sheet comes first and is long.
func isHTMLExport(data []byte) bool {
	head := data[:min(len(data), 1<<20)]
	return preambleRE.Match(head) && bytes.Contains(head, []byte(`chatlog__message-container`))
}

// preambleRE finds the preamble, its attribute quoted or, as the tool's
// minified pages write it, not.
var preambleRE = regexp.MustCompile(`class="?preamble["> ]`)

// containerRE finds where each message starts: its container's id.
var containerRE = regexp.MustCompile(`id="?(chatlog__message-container-\d+)`)

// readHTML reads the HTML export: the guild and channel from its
// preamble, and each member's message with the line of the page it starts
// on. A message grouped under the one before it has that one's author.
func readHTML(data []byte) (c channel, err error) {
	if n := bytes.Count(data, []byte("<")); n > MaxElements {
		return channel{}, fmt.Errorf("too large: %d elements (the limit is %d); export the channel in parts (--partition)", n, MaxElements)
	}
	lineOf := map[string]int{}
	last, lines := 0, 1
	for _, m := range containerRE.FindAllSubmatchIndex(data, -1) {
		lines, last = linesBefore(data, last, m[0], lines), m[0]
		lineOf[string(data[m[2]:m[3]])] = lines
	}
	doc, err := html.Parse(bytes.NewReader(data))
	if err != nil {
		return channel{}, fmt.Errorf("cannot read this page: %v", err)
	}
	var entries []string
	for e := range htmlclass.Each(htmlclass.Find(doc, "preamble"), "preamble__entry") {
		entries = append(entries, htmlclass.Text(e))
	}
	if len(entries) > 0 {
		c.guild = entries[0]
	}
	if len(entries) > 1 {
		c.category, c.name, _ = strings.Cut(entries[1], " / ")
		if c.name == "" {
			c.category, c.name = "", entries[1]
		}
	}
	if len(entries) > 2 {
		c.topic = entries[2]
	}
	for g := range htmlclass.Each(doc, "chatlog__message-group") {
		who := ""
		for n := range htmlclass.Each(g, "chatlog__message-container") {
			if len(c.msgs) == MaxMessages {
				return channel{}, fmt.Errorf("too many messages: the limit is %d; export a shorter period", MaxMessages)
			}
			if htmlclass.Find(n, "chatlog__system-notification-author") != nil {
				continue // the server's notices: a pin, a thread started, a member joined
			}
			if a := htmlclass.Find(n, "chatlog__author"); a != nil {
				who = htmlclass.Text(a)
			}
			m := message{line: lineOf[htmlclass.Attr(n, "id")], author: who, when: sentAt(n)}
			if body := htmlclass.Find(htmlclass.Find(n, "chatlog__content"), "chatlog__markdown-preserve"); body != nil {
				m.text = markdown(body)
			}
			if fw := htmlclass.Find(htmlclass.Find(n, "chatlog__forwarded"), "chatlog__markdown-preserve"); fw != nil && m.text == "" {
				m.text = markdown(fw) // a message forwarded from another channel
			}
			for e := range htmlclass.Each(n, "chatlog__embed") {
				if htmlclass.Find(e, "chatlog__embed-title-link") != nil {
					continue // a link's preview, not a bot's card
				}
				var fields []field
				for f := range htmlclass.Each(e, "chatlog__embed-field") {
					fields = append(fields, field{Name: embedText(f, "chatlog__embed-field-name"), Value: embedText(f, "chatlog__embed-field-value")})
				}
				if c := card(embedText(e, "chatlog__embed-title"), embedText(e, "chatlog__embed-description"), fields); c != "" {
					m.text += "\n" + c
				}
			}
			c.msgs = append(c.msgs, m)
		}
	}
	if len(c.msgs) == 0 {
		return channel{}, errors.New("no messages in this Discord export page")
	}
	return c, nil
}

// embedText is the Markdown of the part of an embed with class cls, "" when
// it has none.
func embedText(e *html.Node, cls string) string {
	if n := htmlclass.Find(e, cls); n != nil {
		return markdown(n)
	}
	return ""
}

// sentAt is when a message was sent, from its timestamp's full date (the
// title a reader sees on hovering it) or, failing that, its text; zero
// when neither reads.
func sentAt(n *html.Node) time.Time {
	t := htmlclass.Find(n, "chatlog__timestamp")
	if t == nil {
		t = htmlclass.Find(n, "chatlog__short-timestamp")
	}
	if t == nil {
		return time.Time{}
	}
	for _, s := range []string{htmlclass.Attr(t, "title"), htmlclass.Text(t)} {
		s = corpus.OneLine(s)
		for _, layout := range dateLayouts {
			if when, err := time.Parse(layout, s); err == nil {
				return when
			}
		}
	}
	return time.Time{}
}

// dateLayouts are the ways the tool writes a date: in full ("f", the
// title) and short (the text), as its locale and --date-format have it.
var dateLayouts = []string{
	"Monday, January 2, 2006 3:04 PM", "Monday, 2 January 2006 15:04", "Monday, 2 January 2006 3:04 PM",
	"Monday, January 2, 2006 15:04", "01/02/2006 3:04 PM", "1/2/2006 3:04 PM", "02/01/2006 15:04",
	"02-Jan-06 03:04 PM", "2006-01-02 15:04", "2006-01-02 15:04:05", time.RFC3339,
	"02-01-2006 15:04", "02.01.2006 15:04", "02-01-2006 3:04 PM", "2/1/2006 15:04", // --date-format as a day-first locale writes it
}

// markdown is a message's rendered Markdown written back as Discord's
// Markdown, as the text export keeps it: bold as "**", headings as "#",
// list items as "- ", emoji by their characters, a line break for each
// one the message has.
func markdown(n *html.Node) string {
	var b strings.Builder
	var walk func(n *html.Node, depth int)
	newLine := func() {
		if s := b.String(); s != "" && !strings.HasSuffix(s, "\n") {
			b.WriteByte('\n')
		}
	}
	walk = func(n *html.Node, depth int) {
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			switch {
			case c.Type == html.TextNode:
				b.WriteString(c.Data)
			case c.Type != html.ElementNode:
			case c.Data == "br":
				b.WriteByte('\n')
			case c.Data == "img":
				b.WriteString(htmlclass.Attr(c, "alt")) // an emoji
			case c.Data == "strong" || c.Data == "b":
				b.WriteString("**")
				walk(c, depth)
				b.WriteString("**")
			case len(c.Data) == 2 && c.Data[0] == 'h' && c.Data[1] >= '1' && c.Data[1] <= '3':
				newLine()
				b.WriteString(strings.Repeat("#", int(c.Data[1]-'0')) + " ")
				walk(c, depth)
				b.WriteByte('\n')
			case c.Data == "ul" || c.Data == "ol":
				newLine()
				walk(c, depth+1)
				newLine()
			case c.Data == "li":
				newLine()
				b.WriteString(strings.Repeat("  ", max(0, depth-1)) + "- ")
				walk(c, depth)
			case htmlclass.Classes(c)["chatlog__markdown-quote"]:
				newLine()
				walk(c, depth)
				newLine()
			default:
				walk(c, depth)
			}
		}
	}
	walk(n, 0)
	return b.String()
}
