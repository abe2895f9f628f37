// Package discordexport reads a Discord channel exported by
// DiscordChatExporter as JSON or as a web page (its HtmlDark and HtmlLight
// formats), as study servers archive their notes channels. Importing it
// registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/discordexport"
//
// A channel is written as the tool's plain-text export writes it, and
// read as corpus reads that export: a section a day, a message of notes
// with its headings as sections, a question with another member's reply a
// FAQ, chatter left out. A card a bot posted that gives an answer (a
// quiz's question, options and answer) is the message's notes: its title
// in bold over its text and its fields. Cards that only ask, link
// previews, attachments, reactions and the server's notices are left out,
// as the text export's blocks of them are; a spoiler's words are text.
package discordexport

import (
	"bytes"
	"fmt"
	"regexp"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Discord chat export",
		Extensions: []string{".json"}, // and its pages, told by their content from other web pages
		Magic:      IsExport,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files are skipped
	})
}

// Limits on one export, beside the corpus's on a file's size.
const (
	MaxMessages = 100_000
	MaxElements = 2_000_000 // HTML elements of a page: each message takes a dozen or more
)

// IsExport reports whether data is a channel exported by
// DiscordChatExporter, as JSON or as HTML.
func IsExport(data []byte) bool {
	return isJSONExport(data) || isHTMLExport(data)
}

// Convert writes an exported channel as the tool's plain-text export.
func Convert(data []byte) (corpus.Converted, error) {
	var (
		c   channel
		err error
	)
	switch {
	case isJSONExport(data):
		c, err = readJSON(data)
	case isHTMLExport(data):
		c, err = readHTML(data)
	default:
		return corpus.Converted{}, fmt.Errorf("not a channel exported by DiscordChatExporter (want its JSON or HTML export)")
	}
	if err != nil {
		return corpus.Converted{}, err
	}
	return c.write()
}

// channel is an exported channel: where it is and its members' messages.
type channel struct {
	guild, category, name, topic string
	msgs                         []message
}

// message is a member's message: where it starts in the export, when it
// was sent, by whom, its text in Discord's Markdown.
type message struct {
	line   int
	when   time.Time
	author string
	text   string
}

// write writes the channel as DiscordChatExporter's plain-text export:
// its guild and channel between rules, then each message under its date
// and author ("[12-Oct-25 09:41 PM] sneha").
func (c channel) write() (corpus.Converted, error) {
	var l corpus.Lines
	rule := strings.Repeat("=", 62)
	l.Line(rule, 1)
	l.Line("Guild: "+corpus.OneLine(c.guild), 1)
	name := corpus.OneLine(c.name)
	if name == "" {
		name = "discord-channel"
	}
	if cat := corpus.OneLine(c.category); cat != "" {
		name = cat + " / " + name
	}
	l.Line("Channel: "+name, 1)
	if t := corpus.OneLine(c.topic); t != "" {
		l.Line("Topic: "+t, 1)
	}
	l.Line(rule, 1)
	l.Gap(1)
	n := 0
	var last time.Time
	for _, m := range c.msgs {
		text := spoilerRE.ReplaceAllString(strings.TrimSpace(m.text), "$1")
		if text == "" {
			continue
		}
		if m.when.IsZero() {
			m.when = last // a time the export left unreadable: the message before's
		}
		last = m.when
		n++
		l.Line(fmt.Sprintf("[%s] %s", m.when.Format("02-Jan-06 03:04 PM"), author(m.author)), m.line)
		for t := range strings.SplitSeq(text, "\n") {
			l.Line(strings.TrimRight(t, " \t\r"), m.line)
		}
		l.Gap(m.line)
	}
	if n == 0 {
		return corpus.Converted{}, fmt.Errorf("no messages with text in this Discord export")
	}
	l.Line(rule, 0)
	l.Line(fmt.Sprintf("Exported %d message(s)", n), 0)
	l.Line(rule, 0)
	return l.Converted(false, "line"), nil
}

// field is a named part of a bot's card ("Answer").
type field struct{ Name, Value string }

// card writes an embed a bot posted as a paragraph of its message, its
// title in bold over it: the description, then each field, "Options: (a)
// 42nd (b) 52nd". A card that gives no answer ("Answer: …", "Correct
// answer: …", in its title or its text) is a quiz's question alone, whose
// statements may be false: "" then.
func card(title, description string, fields []field) string {
	answered := answerRE.MatchString(title) || answerRE.MatchString(description)
	for _, f := range fields {
		answered = answered || answerRE.MatchString(f.Name)
	}
	if !answered {
		return ""
	}
	var b strings.Builder
	if t := corpus.OneLine(title); t != "" {
		b.WriteString("**" + t + "**\n")
	}
	b.WriteString(corpus.OneLine(description))
	for _, f := range fields {
		b.WriteString(" " + corpus.OneLine(f.Name) + ": " + corpus.OneLine(f.Value))
	}
	return b.String()
}

// answerRE matches a card's words that give its answer.
var answerRE = regexp.MustCompile(`(?i)\b(?:answer|ans)\b`)

// spoilerRE matches a spoiler, "||(b) 2 only||", and its words.
var spoilerRE = regexp.MustCompile(`\|\|(.+?)\|\|`)

// author is a member's name as the text export's header can carry it: on
// one line, without the "#" that would start a discriminator.
func author(name string) string {
	name = strings.TrimLeft(strings.ReplaceAll(corpus.OneLine(name), "#", ""), " ")
	if name == "" {
		return "unknown"
	}
	return name
}

// linesBefore is n plus the line breaks of data from from to off.
func linesBefore(data []byte, from, off, n int) int {
	return n + bytes.Count(data[from:off], []byte("\n"))
}
