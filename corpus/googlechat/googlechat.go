// Package googlechat reads a Google Chat space or group exported by Google
// Takeout (Google Chat/Groups/<space>/messages.json), as a study group
// keeps its discussion. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/googlechat"
//
// The export lists the messages oldest first, each {"creator": {"name"},
// "created_date": "Saturday, January 11, 2025 at 4:32:07 AM UTC",
// "text", "topic_id", "annotations", "reactions", "attached_files"}.
// A space's threads are read as the space shows them: each thread's
// messages together, in the order the threads began. The messages are
// written as WhatsApp exports a chat ("11/01/2025, 04:32 - Priya: …") and
// read as such a chat is: a section a day, a question with another
// member's reply a FAQ, chatter left out. Reactions, attachments, deleted
// messages and the bots' messages are left out; the file's name, or its
// folder's, titles the chat.
package googlechat

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Google Chat export",
		Extensions: []string{".json"},
		ByContent:  true,
		Magic:      IsExport,
		Convert:    Convert,
		Beside:     map[string]string{"group_info.json": "the members of a Google Chat space, exported by Takeout"},
	})
}

// Limits on one export.
const (
	MaxBytes    = 100 << 20
	MaxMessages = 200_000
)

// IsExport reports whether data is a Google Chat export: JSON whose
// messages have a creator of a user type and a created date.
func IsExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 4<<10)], "\ufeff \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(head, []byte(`"messages"`)) &&
		bytes.Contains(head, []byte(`"creator"`)) && bytes.Contains(head, []byte(`"created_date"`)) && bytes.Contains(head, []byte(`"user_type"`))
}

type export struct {
	Messages []message `json:"messages"`
}

type message struct {
	Creator struct {
		Name string `json:"name"`
		Type string `json:"user_type"`
	} `json:"creator"`
	Created string          `json:"created_date"`
	Text    string          `json:"text"`
	Topic   string          `json:"topic_id"`
	Deleted json.RawMessage `json:"deletion_metadata"`
}

// Convert writes an exported space as the text of its messages.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("the Google Chat export is too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var ex export
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	if err := dec.Decode(&ex); err != nil {
		return corpus.Converted{}, corpus.BrokenJSON(data, dec, err)
	}
	if len(ex.Messages) > MaxMessages {
		return corpus.Converted{}, fmt.Errorf("the Google Chat export is too large: more than %d messages", MaxMessages)
	}
	// A thread's messages stand together, the threads in the order they
	// began; a message of no thread is a thread of its own.
	begun := map[string]int{}
	at := make([]int, len(ex.Messages))
	for i, m := range ex.Messages {
		at[i] = i
		if m.Topic == "" {
			continue
		}
		if first, ok := begun[m.Topic]; ok {
			at[i] = first
		} else {
			begun[m.Topic] = i
		}
	}
	order := make([]int, len(ex.Messages))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return at[a] - at[b] })
	var l corpus.Lines
	written, undated := 0, 0
	for _, i := range order {
		m := ex.Messages[i]
		text := strings.TrimSpace(m.Text)
		if text == "" || len(m.Deleted) > 0 || m.Creator.Type == "Bot" {
			continue
		}
		when, ok := created(m.Created)
		if !ok {
			undated++
			continue
		}
		for k, s := range strings.Split(text, "\n") {
			if k == 0 {
				s = corpus.ChatLine(when, strings.Join(strings.Fields(m.Creator.Name), " "), s)
			}
			l.Line(strings.TrimRight(s, " \t\r"), i+1)
		}
		written++
	}
	if written == 0 {
		if undated > 0 {
			return corpus.Converted{}, fmt.Errorf("no message of this Google Chat export has a date that can be read (the first: %q)", ex.Messages[0].Created)
		}
		return corpus.Converted{}, errors.New("no messages with text in this Google Chat export")
	}
	c := l.Converted(false, "message")
	c.TitledByName = true
	return c, nil
}

// dateSpaces folds the spaces of a message's date (and its "at"), and
// dateLayouts are the dates' layouts; see created.
var (
	dateSpaces  = strings.NewReplacer("\u202f", " ", "\u00a0", " ", " at ", " ")
	dateLayouts = []string{"January 2, 2006 3:04:05 PM MST", "2 January 2006 15:04:05 MST", "January 2, 2006 15:04:05 MST", "2 January 2006 3:04:05 PM MST"}
)

// created reads a message's date as Takeout writes it, in English of the
// United States or elsewhere: "Saturday, January 11, 2025 at 4:32:07 AM
// UTC" (a narrow space before AM in newer exports) or "Saturday, 11
// January 2025 at 04:32:07 UTC".
func created(s string) (time.Time, bool) {
	s = strings.Join(strings.Fields(dateSpaces.Replace(s)), " ")
	if _, rest, ok := strings.Cut(s, ", "); ok && !strings.ContainsAny(s[:len(s)-len(rest)], "0123456789") {
		s = rest // the weekday
	}
	for _, layout := range dateLayouts {
		if t, err := time.Parse(layout, s); err == nil {
			return t, true
		}
	}
	return time.Time{}, false
}
