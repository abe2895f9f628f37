// Package telegram reads a chat or channel exported from Telegram Desktop
// ("Export chat history"), as the study channels students follow post
// their notes: the machine-readable result.json, or the messages.html the
// export writes by default. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/telegram"
//
// A channel's posts are written as Telegram Desktop copies them
// ("[05.02.2024 08:35] UPSC Eco Capsule:" over each post's text) under the
// channel's name, and read as such a copy is: a section for each post,
// named by its hashtag ("#Concept Fiscal Deficit") or its date. A group's
// messages are written as WhatsApp exports a chat ("05/02/2024, 08:35 -
// Riya: …"), and read as such a chat is: a section a day, a question with
// another member's reply a FAQ, chatter left out.
package telegram

import (
	"bytes"
	"fmt"
	"strings"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Telegram chat export",
		Extensions: []string{".json"},
		Magic:      IsExport,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files are skipped
	})
}

// Limits on one export, beside the corpus's on a file's size.
const (
	MaxMessages = 100_000
	MaxElements = 500_000 // HTML elements of messages.html
)

// IsExport reports whether data is a chat exported from Telegram Desktop,
// as JSON or as HTML, or a channel's page on the web saved by a browser.
func IsExport(data []byte) bool {
	return isJSONExport(data) || IsHTMLExport(data) || IsWebPreview(data)
}

// Convert writes an exported chat as the text of its messages.
func Convert(data []byte) (corpus.Converted, error) {
	var (
		c   chat
		err error
	)
	switch {
	case IsHTMLExport(data):
		c, err = readHTML(data)
	case IsWebPreview(data):
		c, err = readWebPreview(data)
	case bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n\ufeff"), []byte("{")):
		c, err = readJSON(data)
	default:
		return corpus.Converted{}, fmt.Errorf("not a chat exported from Telegram Desktop (want its result.json or messages.html)")
	}
	if err != nil {
		return corpus.Converted{}, err
	}
	return c.write()
}

// chat is an exported chat: its name, its messages, and whether members
// talk in it (a group) or its owners post (a channel).
type chat struct {
	name  string
	msgs  []message
	group bool
	saved bool // the account's own "Saved Messages", which the export names not
}

// message is a message of a chat, as its export gives it.
type message struct {
	line      int // where it starts in the export
	when      time.Time
	from      string
	forwarded string // the chat it was forwarded from
	text      string
}

// maxSender is the longest sender's name a header carries: a copied chat's
// header names at most 60 letters (corpus's chatHeaderRE).
const maxSender = 60

// write writes the chat's messages: a channel's under its name, each
// under a header as Telegram Desktop copies posts; a group's as WhatsApp
// exports a chat, its name in the notice of its creation.
func (c chat) write() (corpus.Converted, error) {
	var kept []message
	for _, m := range c.msgs {
		if m.text = strings.TrimSpace(m.text); m.text != "" {
			kept = append(kept, m)
		}
	}
	if len(kept) == 0 {
		return corpus.Converted{}, fmt.Errorf("no messages with text in this Telegram export")
	}
	var b strings.Builder
	var origin []int
	line := func(s string, at int) {
		b.WriteString(s)
		b.WriteByte('\n')
		origin = append(origin, at)
	}
	name := corpus.OneLine(c.name)
	switch {
	case name == "" && c.saved:
		name = "Saved Messages" // as the app names it
	case name == "":
		name = "Telegram chat"
	}
	if c.group && len(kept) >= corpus.MinChatMessages {
		notice := strings.NewReplacer(`"`, "'", ": ", " - ").Replace(name) // a notice, not a member's message
		line(kept[0].when.Format("02/01/2006, 15:04")+` - Telegram created group "`+notice+`"`, 1)
		for _, m := range kept {
			for i, l := range strings.Split(m.text, "\n") {
				if i == 0 {
					l = corpus.ChatLine(m.when, sender(m.from), l)
				}
				line(strings.TrimRight(l, " \t\r"), m.line)
			}
		}
		return corpus.Converted{Text: []byte(b.String()), Origin: origin}, nil
	}
	line(name, 1)
	line("", 0)
	for _, m := range kept {
		if len(kept) >= corpus.MinChatMessages {
			line(fmt.Sprintf("[%s] %s:", m.when.Format("02.01.2006 15:04"), sender(m.from)), m.line)
		}
		if m.forwarded != "" {
			line("[Forwarded from "+strings.ReplaceAll(corpus.OneLine(m.forwarded), "]", ")")+"]", m.line) // as Telegram Desktop copies a forwarded post
		}
		for l := range strings.SplitSeq(m.text, "\n") {
			line(strings.TrimRight(l, " \t\r"), m.line)
		}
		line("", 0)
	}
	return corpus.Converted{Text: []byte(b.String()), Origin: origin}, nil
}

// boldLines marks each line of text that one of the bold runs makes up
// on its own, but for emoji and a remark in brackets after it, as the
// chat's bold ("📌 *Part 2: Simla Deputation*"): a heading the chat's notes
// give themselves, as the app copies it.
func boldLines(text string, bold []string) string {
	if len(bold) == 0 {
		return text
	}
	whole := map[string]bool{}
	for _, b := range bold {
		if b = strings.TrimFunc(b, corpus.IsEmoji); b != "" && !strings.ContainsAny(b, "\n*") {
			whole[b] = true
		}
	}
	lines := strings.Split(text, "\n")
	for i, l := range lines {
		core := strings.TrimFunc(l, corpus.IsEmoji)
		run, remark, _ := strings.Cut(core, " (")
		switch {
		case whole[core]:
		case whole[run] && strings.HasSuffix(remark, ")"):
			core = run // "🪜 *Appeal ladder* (flowchart)": a remark after it
		default:
			continue
		}
		at := strings.Index(l, core)
		lines[i] = l[:at] + "*" + core + "*" + l[at+len(core):]
	}
	return strings.Join(lines, "\n")
}

// sender is a message's sender as a header names them: on one line,
// without colons, at most maxSender letters.
func sender(from string) string {
	from = corpus.OneLine(strings.ReplaceAll(from, ":", " "))
	if utf8.RuneCountInString(from) > maxSender {
		from = strings.TrimSpace(string([]rune(from)[:maxSender]))
	}
	if from == "" {
		return "Member"
	}
	return from
}

// linesBefore counts the lines of data before offset off, from line at
// offset from (counted already as n): offsets come in order.
func linesBefore(data []byte, from, off, n int) int {
	return n + bytes.Count(data[from:off], []byte("\n"))
}
