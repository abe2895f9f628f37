// Package slack reads a Slack channel's messages as a workspace export
// writes them: a JSON list of messages, one file a day in the channel's
// folder, as study groups that meet on Slack archive their channels.
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/slack"
//
// The messages are written as WhatsApp exports a chat ("07/04/2025, 02:32 -
// Priya Menon: …") and read as such a chat is: a section a day, notes
// pasted with their headings in bold as sections, a question with another
// member's reply a FAQ, chatter left out. A thread's replies follow the
// message that started it. Slack's markup is read as the app shows it:
// links by their labels, mentions by members' names, "&amp;" as "&",
// emoji codes (":pushpin:") left out; "*bold*" stays the chat's bold. The
// app's notices (joins, a channel's purpose) are left out; the times are
// UTC, as the export writes them.
package slack

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Slack channel export",
		Extensions: []string{".json"},
		Magic:      IsExport,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files (channels.json, users.json) are skipped
		JoinDays:   joinDays,
		Beside: map[string]string{
			"channels.json": "the list of channels of a Slack export", "users.json": "the list of members of a Slack export",
			"integration_logs.json": "the log of apps of a Slack export", "canvases.json": "the list of canvases of a Slack export",
			"dms.json": "the list of direct messages of a Slack export", "groups.json": "the list of private channels of a Slack export",
			"mpims.json": "the list of group messages of a Slack export",
		},
	})
}

// joinDays joins a channel's days, each a JSON list of its messages, into
// one list that keeps every day's lines where JoinDays promises: only the
// brackets between the days give way, to a comma or a space.
func joinDays(days [][]byte) ([]byte, error) {
	var b bytes.Buffer
	some := false // a day before held a message
	for k, d := range days {
		d = bytes.TrimPrefix(d, []byte("\ufeff"))
		open, end := bytes.IndexByte(d, '['), bytes.LastIndexByte(d, ']')
		if open < 0 || end < open || len(bytes.TrimSpace(d[:open])) > 0 || len(bytes.TrimSpace(d[end+1:])) > 0 {
			return nil, errors.New("a day of the channel is not a list of messages")
		}
		held := len(bytes.TrimSpace(d[open+1:end])) > 0
		if k > 0 {
			b.WriteByte('\n')
		}
		b.Write(d[:open])
		switch {
		case k == 0:
			b.WriteByte('[')
		case held && some:
			b.WriteByte(',')
		default:
			b.WriteByte(' ')
		}
		b.Write(d[open+1 : end])
		b.WriteByte(' ')
		b.Write(d[end+1:])
		some = some || held
	}
	b.WriteByte(']')
	return b.Bytes(), nil
}

// MaxMessages bounds the messages of one file.
const MaxMessages = 100_000

// IsExport reports whether data is a list of Slack messages: a JSON list
// whose first object is a message ("type": "message") with a timestamp.
func IsExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 4096)], " \t\r\n\ufeff")
	if !bytes.HasPrefix(head, []byte("[")) {
		return false
	}
	first, _, _ := bytes.Cut(head, []byte("}"))
	return (bytes.Contains(first, []byte(`"type": "message"`)) || bytes.Contains(first, []byte(`"type":"message"`))) && bytes.Contains(first, []byte(`"ts"`))
}

// message is a message as the export writes it, the fields read.
type message struct {
	Type     string `json:"type"`
	Subtype  string `json:"subtype"`
	TS       string `json:"ts"`
	ThreadTS string `json:"thread_ts"`
	User     string `json:"user"`
	Username string `json:"username"` // a bot's
	Text     string `json:"text"`
	Profile  struct {
		RealName    string `json:"real_name"`
		DisplayName string `json:"display_name"`
	} `json:"user_profile"`

	line int       // where it starts in the file
	when time.Time // its timestamp
}

// notices are the subtypes of the app's own messages: members joining or
// leaving, a channel renamed or its purpose or topic set.
var notices = map[string]bool{"channel_join": true, "channel_leave": true, "channel_purpose": true, "channel_topic": true,
	"channel_name": true, "channel_archive": true, "channel_unarchive": true, "group_join": true, "group_leave": true,
	"pinned_item": true, "unpinned_item": true, "tombstone": true}

// Convert writes the messages of an export's file as WhatsApp writes a
// chat.
func Convert(data []byte) (corpus.Converted, error) {
	msgs, err := read(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	names := map[string]string{} // member ID → name, from their messages' profiles
	for _, m := range msgs {
		if n := m.name(); n != "" && m.User != "" {
			names[m.User] = n
		}
	}
	var kept []message
	for _, m := range msgs {
		if m.Type == "message" && !notices[m.Subtype] && strings.TrimSpace(m.Text) != "" {
			kept = append(kept, m)
		}
	}
	if len(kept) == 0 {
		return corpus.Converted{}, errors.New("no messages with text in this Slack export")
	}
	var l corpus.Lines
	for _, m := range threaded(kept) {
		who := m.name()
		if who == "" {
			who = names[m.User]
		}
		if who == "" {
			who = "Member"
		}
		for i, t := range strings.Split(text(m.Text, names), "\n") {
			if i == 0 {
				t = corpus.ChatLine(m.when, who, t)
			}
			l.Line(strings.TrimRight(t, " \t\r"), m.line)
		}
	}
	c := l.Converted(false, "line")
	c.TitledByName = true // the channel's, or the day's of its folder: no message titles it
	return c, nil
}

// read decodes the list of messages, each with the line its object starts
// on and its time.
func read(data []byte) ([]message, error) {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return nil, errors.New("not a Slack export: not a JSON list of messages")
	}
	var msgs []message
	last, lines := 0, 1
	for dec.More() {
		if len(msgs) == MaxMessages {
			return nil, fmt.Errorf("too many messages: the limit is %d; add the export's files of a day each", MaxMessages)
		}
		start := int(dec.InputOffset())
		var m message
		if err := dec.Decode(&m); err != nil {
			return nil, corpus.BrokenJSON(data, dec, err)
		}
		start += max(0, bytes.IndexByte(data[start:], '{'))
		lines += bytes.Count(data[last:start], []byte("\n"))
		last = start
		m.line, m.when = lines, stamp(m.TS)
		msgs = append(msgs, m)
	}
	return msgs, nil
}

// stamp is the time of a message's timestamp ("1743993160.703949", seconds
// since 1970), UTC; zero when it does not read.
func stamp(ts string) time.Time {
	secs, _, _ := strings.Cut(ts, ".")
	n, err := strconv.ParseInt(secs, 10, 64)
	if err != nil {
		return time.Time{}
	}
	return time.Unix(n, 0).UTC()
}

// name is the name a message's profile gives its author, or a bot's.
func (m message) name() string {
	for _, n := range []string{m.Profile.RealName, m.Profile.DisplayName, m.Username} {
		if n = strings.Join(strings.Fields(n), " "); n != "" {
			return n
		}
	}
	return ""
}

// threaded puts the replies of each thread right after the message that
// started it, in the order they were sent; the threads and other
// messages stay in the order of the export.
func threaded(msgs []message) []message {
	replies := map[string][]message{}
	starts := map[string]bool{}
	for _, m := range msgs {
		if m.ThreadTS == "" || m.ThreadTS == m.TS {
			starts[m.TS] = true
		}
	}
	var out []message
	for _, m := range msgs {
		if m.ThreadTS != "" && m.ThreadTS != m.TS && starts[m.ThreadTS] {
			replies[m.ThreadTS] = append(replies[m.ThreadTS], m)
		}
	}
	for _, m := range msgs {
		if m.ThreadTS != "" && m.ThreadTS != m.TS && starts[m.ThreadTS] {
			continue
		}
		out = append(out, m)
		out = append(out, replies[m.TS]...)
	}
	return out
}

var (
	// linkRE matches Slack's markup of a link, a mention or a channel:
	// "<https://pib.gov.in|PIB>", "<@U05ANJ1RZ9K>", "<#C01|gs1-art-culture>",
	// "<!here>".
	linkRE = regexp.MustCompile(`<([@#!]?)([^<>|]*)(?:\|([^<>]*))?>`)
	// emojiCodeRE matches an emoji written by its code: ":pushpin:",
	// ":white_check_mark:", ":+1::skin-tone-2:".
	emojiCodeRE = regexp.MustCompile(`:[a-z][a-z0-9_+\-]*:`)
)

// text is a message's text as Slack shows it.
func text(s string, names map[string]string) string {
	s = linkRE.ReplaceAllStringFunc(s, func(m string) string {
		p := linkRE.FindStringSubmatch(m)
		switch {
		case p[3] != "" && p[1] != "@":
			return p[1] + p[3] // a link's label, "#gs1-art-culture", "@here"
		case p[1] == "@":
			if n := names[p[2]]; n != "" {
				return "@" + n
			}
			if p[3] != "" {
				return "@" + p[3]
			}
			return "@member"
		case p[1] == "!":
			return "@" + p[2]
		}
		return p[2]
	})
	s = emojiCodeRE.ReplaceAllString(s, "")
	lines := strings.Split(html.UnescapeString(s), "\n")
	for i, l := range lines {
		lines[i] = strings.Join(strings.Fields(l), " ")
	}
	return strings.Join(lines, "\n")
}
