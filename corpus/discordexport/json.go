package discordexport

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

// isJSONExport reports whether data is the tool's JSON export: an object
// that starts with the guild and the channel.
func isJSONExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 4096)], " \t\r\n\ufeff")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"guild"`)) &&
		bytes.Contains(head, []byte(`"channel"`)) && bytes.Contains(data, []byte(`"messages"`))
}

// jsonMessage is a message of the JSON export, the fields read.
type jsonMessage struct {
	Type      string `json:"type"`
	Timestamp string `json:"timestamp"`
	Content   string `json:"content"`
	Author    struct {
		Name     string `json:"name"`
		Nickname string `json:"nickname"`
	} `json:"author"`
	Embeds []struct {
		Title       string  `json:"title"`
		URL         string  `json:"url"`
		Description string  `json:"description"`
		Fields      []field `json:"fields"`
	} `json:"embeds"`
}

// readJSON reads the JSON export: the guild, the channel and its
// members' messages, each with the line its object starts on.
func readJSON(data []byte) (c channel, err error) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return channel{}, errors.New("not a Discord export: not a JSON object")
	}
	found := false
	last, lines := 0, 1
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return channel{}, corpus.BrokenJSON(data, dec, err)
		}
		switch t {
		case "guild":
			var g struct{ Name string }
			if err := dec.Decode(&g); err != nil {
				return channel{}, corpus.BrokenJSON(data, dec, err)
			}
			c.guild = g.Name
		case "channel":
			var ch struct{ Category, Name, Topic string }
			if err := dec.Decode(&ch); err != nil {
				return channel{}, corpus.BrokenJSON(data, dec, err)
			}
			c.category, c.name, c.topic = ch.Category, ch.Name, ch.Topic
		case "messages":
			found = true
			if t, err := dec.Token(); err != nil || t != json.Delim('[') {
				return channel{}, errors.New(`"messages" is not a list`)
			}
			for dec.More() {
				if len(c.msgs) == MaxMessages {
					return channel{}, fmt.Errorf("too many messages: the limit is %d; export a shorter period", MaxMessages)
				}
				start := int(dec.InputOffset())
				var m jsonMessage
				if err := dec.Decode(&m); err != nil {
					return channel{}, corpus.BrokenJSON(data, dec, err)
				}
				start += max(0, bytes.IndexByte(data[start:], '{'))
				lines, last = linesBefore(data, last, start, lines), start
				if m.Type != "Default" && m.Type != "Reply" {
					continue // the server's notices: a pin, a thread started, a member joined
				}
				when, _ := time.Parse(time.RFC3339, m.Timestamp)
				who := m.Author.Nickname
				if who == "" {
					who = m.Author.Name
				}
				text := m.Content
				for _, e := range m.Embeds {
					if e.URL != "" {
						continue // a link's preview, not a bot's card
					}
					if c := card(e.Title, e.Description, e.Fields); c != "" {
						text += "\n" + c
					}
				}
				c.msgs = append(c.msgs, message{line: lines, when: when, author: who, text: text})
			}
			if _, err := dec.Token(); err != nil {
				return channel{}, corpus.BrokenJSON(data, dec, err)
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return channel{}, corpus.BrokenJSON(data, dec, err)
			}
		}
	}
	if !found {
		return channel{}, errors.New(`not a Discord channel export: no "messages"`)
	}
	return c, nil
}
