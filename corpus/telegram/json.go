package telegram

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

// isJSONExport reports whether data is the result.json of a chat's export:
// an object with a "messages" list near its start (after the chat's name,
// type and id).
func isJSONExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 4096)], " \t\r\n\ufeff")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"messages"`)) && bytes.Contains(head, []byte(`"type"`)) &&
		!bytes.Contains(head, []byte(`"created_date"`)) // Google Chat's
}

// jsonMessage is a message of result.json, the fields read.
type jsonMessage struct {
	Type          string          `json:"type"`
	Date          string          `json:"date"`
	From          string          `json:"from"`
	ForwardedFrom string          `json:"forwarded_from"`
	Text          json.RawMessage `json:"text"`
	Poll          *struct {
		Question string `json:"question"`
		Answers  []struct {
			Text string `json:"text"`
		} `json:"answers"`
	} `json:"poll"`
}

// readJSON reads result.json: the chat's name, kind and messages, each
// with the line its object starts on. The export of a whole account
// ("chats": {"list": […]}) is read as the one chat in it that has
// messages.
func readJSON(data []byte) (chat, error) {
	r := &jsonReader{data: data, dec: json.NewDecoder(bytes.NewReader(data)), lines: 1}
	if t, err := r.dec.Token(); err != nil || t != json.Delim('{') {
		return chat{}, errors.New("not a Telegram export: not a JSON object")
	}
	c, found, err := r.chat(true)
	if err != nil {
		return chat{}, err
	}
	if !found {
		return chat{}, errors.New(`not a Telegram chat export: no "messages"`)
	}
	return c, nil
}

// jsonReader reads result.json, counting the lines it has passed.
type jsonReader struct {
	data        []byte
	dec         *json.Decoder
	last, lines int // the offset of the last message read, and its line
}

// chat reads the fields of a chat's object, its "{" read, to its end, and
// reports whether it held a list of messages. In an account's export
// (account), its "chats" are read.
func (r *jsonReader) chat(account bool) (c chat, found bool, err error) {
	dec := r.dec
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return chat{}, false, corpus.BrokenJSON(r.data, dec, err)
		}
		switch {
		case t == "name":
			if err := dec.Decode(&c.name); err != nil {
				c.name = "" // a saved-messages chat has none ("name": null)
			}
		case t == "type":
			var kind string
			if err := dec.Decode(&kind); err != nil {
				return chat{}, false, corpus.BrokenJSON(r.data, dec, err)
			}
			c.group = !strings.Contains(kind, "channel") // "private_group", "public_supergroup", "personal_chat"
			c.saved = kind == "saved_messages"
		case t == "chats" && account:
			if c, err = r.accountChat(); err != nil {
				return chat{}, false, err
			}
			found = true
		case t == "messages":
			found = true
			if err := r.messages(&c); err != nil {
				return chat{}, false, err
			}
		default:
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return chat{}, false, corpus.BrokenJSON(r.data, dec, err)
			}
		}
	}
	if _, err := dec.Token(); err != nil { // the object's "}"
		return chat{}, false, corpus.BrokenJSON(r.data, dec, err)
	}
	return c, found, nil
}

// accountChat reads an account's "chats" ({"list": [chat, …]}), its key
// read, and returns the one chat of the list that has messages.
func (r *jsonReader) accountChat() (chat, error) {
	dec := r.dec
	if t, err := dec.Token(); err != nil || t != json.Delim('{') {
		return chat{}, errors.New(`"chats" is not an object`)
	}
	var chats []chat
	for dec.More() {
		t, err := dec.Token()
		if err != nil {
			return chat{}, corpus.BrokenJSON(r.data, dec, err)
		}
		if t != "list" {
			var skip json.RawMessage
			if err := dec.Decode(&skip); err != nil {
				return chat{}, corpus.BrokenJSON(r.data, dec, err)
			}
			continue
		}
		if t, err := dec.Token(); err != nil || t != json.Delim('[') {
			return chat{}, errors.New(`"list" of "chats" is not a list`)
		}
		for dec.More() {
			if t, err := dec.Token(); err != nil || t != json.Delim('{') {
				return chat{}, errors.New(`a chat of "chats" is not an object`)
			}
			c, _, err := r.chat(false)
			if err != nil {
				return chat{}, err
			}
			if len(c.msgs) > 0 {
				chats = append(chats, c)
			}
		}
		if _, err := dec.Token(); err != nil { // the list's "]"
			return chat{}, corpus.BrokenJSON(r.data, dec, err)
		}
	}
	if _, err := dec.Token(); err != nil { // the object's "}"
		return chat{}, corpus.BrokenJSON(r.data, dec, err)
	}
	if len(chats) != 1 {
		return chat{}, fmt.Errorf("this is the export of a whole Telegram account, with %d chats of messages: export one chat or channel (its menu, Export chat history) and add that result.json", len(chats))
	}
	return chats[0], nil
}

// messages reads a chat's "messages", its key read, into c.
func (r *jsonReader) messages(c *chat) error {
	dec := r.dec
	if t, err := dec.Token(); err != nil || t != json.Delim('[') {
		return errors.New(`"messages" is not a list`)
	}
	for dec.More() {
		if len(c.msgs) == MaxMessages {
			return fmt.Errorf("too many messages: the limit is %d; export a shorter period", MaxMessages)
		}
		start := int(dec.InputOffset()) // after the value before: its object's "{" is further on
		var m jsonMessage
		if err := dec.Decode(&m); err != nil {
			return corpus.BrokenJSON(r.data, dec, err)
		}
		start += max(0, bytes.IndexByte(r.data[start:], '{'))
		r.lines, r.last = linesBefore(r.data, r.last, start, r.lines), start
		if msg, ok := m.message(); ok {
			msg.line = r.lines
			c.msgs = append(c.msgs, msg)
		}
	}
	if _, err := dec.Token(); err != nil {
		return corpus.BrokenJSON(r.data, dec, err)
	}
	return nil
}

// message is m as a message with text, or false: a notice of the app
// (joined, pinned), or media without a caption.
func (m jsonMessage) message() (message, bool) {
	if m.Type != "message" {
		return message{}, false
	}
	when, _ := time.Parse("2006-01-02T15:04:05", m.Date)
	text := jsonText(m.Text)
	if p := m.Poll; p != nil && p.Question != "" {
		var b strings.Builder
		b.WriteString("Poll: " + p.Question)
		for _, a := range p.Answers {
			b.WriteString("\n- " + a.Text)
		}
		text = strings.TrimSpace(text + "\n" + b.String())
	}
	return message{when: when, from: m.From, forwarded: m.ForwardedFrom, text: text}, true
}

// jsonText is a message's text: a string, or a list of strings and
// entities ({"type": "bold", "text": "…"}) read one after another.
func jsonText(raw json.RawMessage) string {
	var s string
	if json.Unmarshal(raw, &s) == nil {
		return s
	}
	var parts []json.RawMessage
	if json.Unmarshal(raw, &parts) != nil {
		return ""
	}
	var b strings.Builder
	var bold []string
	for _, p := range parts {
		var e struct {
			Type string `json:"type"`
			Text string `json:"text"`
		}
		if json.Unmarshal(p, &s) == nil {
			b.WriteString(s)
		} else if json.Unmarshal(p, &e) == nil {
			b.WriteString(e.Text)
			if e.Type == "bold" {
				bold = append(bold, e.Text)
			}
		}
	}
	return boldLines(b.String(), bold)
}
