// Package messenger reads a chat exported from Facebook Messenger or
// Instagram by "Download your information" as JSON (message_1.json), as a
// study group keeps its discussion. Importing it registers the format
// with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/messenger"
//
// The export lists the chat's messages newest first, each {"sender_name",
// "timestamp_ms", "content", "photos", "share", "reactions"}, and writes
// every string's UTF-8 bytes as if each were a character of its own
// ("\u00e0\u00a4\u00ad" for "भ"), which is undone. The messages are
// written oldest first as WhatsApp exports a chat ("05/02/2024, 08:35 -
// Riya: …") and read as such a chat is: a section a day, a question with
// another member's reply a FAQ, chatter left out. A shared link's text is
// the message's when it has none of its own; reactions, pictures and the
// notices of calls and joins are left out. The chat's title titles it.
package messenger

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Messenger chat export",
		Extensions: []string{".json"},
		ByContent:  true,
		Magic:      IsExport,
		Convert:    Convert,
	})
}

// Limits on one export.
const (
	MaxBytes    = 100 << 20
	MaxMessages = 200_000
)

// IsExport reports whether data is a chat exported from Messenger or
// Instagram: JSON with participants, messages sent by name at
// timestamp_ms.
func IsExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 4<<10)], "\ufeff \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(data, []byte(`"participants"`)) &&
		bytes.Contains(data, []byte(`"sender_name"`)) && bytes.Contains(data, []byte(`"timestamp_ms"`))
}

type export struct {
	Title    string    `json:"title"`
	Messages []message `json:"messages"`
}

type message struct {
	Sender  string `json:"sender_name"`
	Time    int64  `json:"timestamp_ms"`
	Content string `json:"content"`
	Share   struct {
		Text string `json:"share_text"`
	} `json:"share"`
	Unsent bool `json:"is_unsent"`
}

// Convert writes an exported chat as the text of its messages.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("chat export too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var ex export
	dec := json.NewDecoder(bytes.NewReader(bytes.TrimPrefix(data, []byte("\ufeff"))))
	if err := dec.Decode(&ex); err != nil {
		return corpus.Converted{}, corpus.BrokenJSON(data, dec, err)
	}
	if len(ex.Messages) > MaxMessages {
		return corpus.Converted{}, fmt.Errorf("chat export too large: more than %d messages", MaxMessages)
	}
	msgs := slices.Clone(ex.Messages)
	slices.SortStableFunc(msgs, func(a, b message) int { return cmp.Compare(a.Time, b.Time) })
	var l corpus.Lines
	title := corpus.OneLine(fixed(ex.Title))
	written := 0
	for _, m := range msgs {
		text := strings.TrimSpace(fixed(m.Content))
		if text == "" || m.Unsent || noticeRE.MatchString(text) {
			text = strings.TrimSpace(fixed(m.Share.Text))
		}
		if text == "" {
			continue
		}
		when := time.UnixMilli(m.Time).UTC()
		if written == 0 {
			l.Line(when.Format("02/01/2006, 15:04")+` - Messenger created group "`+strings.NewReplacer(`"`, "'", ": ", " - ").Replace(title)+`"`, 1)
		}
		for i, s := range strings.Split(text, "\n") {
			if i == 0 {
				s = corpus.ChatLine(when, corpus.OneLine(fixed(m.Sender)), s)
			}
			l.Line(strings.TrimRight(s, " \t\r"), written+1)
		}
		written++
	}
	if written == 0 {
		return corpus.Converted{}, errors.New("no messages with text in this Messenger export")
	}
	return l.Converted(false, "message"), nil
}

// fixed undoes the export's encoding of text: each byte of its UTF-8
// written as the character of that number. Text that is not so written
// (a character above U+00FF in it, or bytes that are no UTF-8) is kept.
func fixed(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if r > 0xFF {
			return s
		}
		b = append(b, byte(r))
	}
	if !utf8.Valid(b) {
		return s
	}
	return string(b)
}

// noticeRE matches a message Messenger writes itself: a call, a member
// added, a picture sent.
var noticeRE = regexp.MustCompile(`^(?:.{1,60} (?:sent (?:an attachment|a photo|a link|a sticker|a GIF|a voice message)|started (?:a|an audio|a video) call|left the group|added .{1,60} to the group|named the group .{1,80}|changed the group photo)|The (?:video )?call ended)\.$`)
