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

// IsWebPreview reports whether data is a channel's public page on the web
// (t.me/s/channel) saved by a browser: its posts in message bubbles.
func IsWebPreview(data []byte) bool {
	head := data[:min(len(data), 64<<10)]
	return bytes.Contains(head, []byte("tgme_widget_message_wrap")) && bytes.Contains(data, []byte(`data-post="`))
}

// postIDRE finds where each post starts: its data-post attribute.
var postIDRE = regexp.MustCompile(`data-post="([^"]+)"`)

// readWebPreview reads a channel's web page: its name and its posts, each
// with the line of the page it starts on, its date, the chat it was
// forwarded from, its text, a poll's question and options, and the card a
// link shows (the site, the page's title and its description).
func readWebPreview(data []byte) (chat, error) {
	doc, lineOf, err := parsePage(data, postIDRE, "")
	if err != nil {
		return chat{}, err
	}
	name := htmlclass.Text(htmlclass.Find(doc, "tgme_channel_info_header_title"))
	var msgs []message
	for p := range htmlclass.Each(doc, "tgme_widget_message") {
		if htmlclass.Attr(p, "data-post") == "" {
			continue
		}
		if len(msgs) == MaxMessages {
			return chat{}, fmt.Errorf("too many messages: the limit is %d", MaxMessages)
		}
		m := message{line: lineOf[htmlclass.Attr(p, "data-post")], from: htmlclass.Text(htmlclass.Find(p, "tgme_widget_message_owner_name"))}
		if name == "" {
			name = m.from
		}
		if d := htmlclass.Find(p, "tgme_widget_message_date"); d != nil {
			for t := range htmlclass.EachWhere(d, func(n *html.Node) bool { return n.Data == "time" }) {
				m.when, _ = time.Parse(time.RFC3339, htmlclass.Attr(t, "datetime"))
				break
			}
		}
		m.forwarded = htmlclass.Text(htmlclass.Find(p, "tgme_widget_message_forwarded_from_name"))
		var parts []string
		if t := htmlclass.Find(p, "tgme_widget_message_text"); t != nil {
			parts = append(parts, boldText(t))
		}
		if q := htmlclass.Find(p, "tgme_widget_message_poll_question"); q != nil {
			var options []string
			for o := range htmlclass.Each(p, "tgme_widget_message_poll_option_text") {
				options = append(options, htmlclass.Text(o))
			}
			parts = append(parts, poll(htmlclass.Text(q), options))
		}
		if l := htmlclass.Find(p, "tgme_widget_message_link_preview"); l != nil {
			card := strings.TrimSpace(htmlclass.Text(htmlclass.Find(l, "link_preview_site_name")) + ": " + htmlclass.Text(htmlclass.Find(l, "link_preview_title")))
			if d := htmlclass.Text(htmlclass.Find(l, "link_preview_description")); d != "" {
				card += " – " + d
			}
			parts = append(parts, strings.TrimPrefix(card, ": "))
		}
		m.text = strings.Join(parts, "\n")
		msgs = append(msgs, m)
	}
	if len(msgs) == 0 {
		return chat{}, errors.New("no posts in this Telegram channel page")
	}
	return chat{name: name, msgs: msgs}, nil
}
