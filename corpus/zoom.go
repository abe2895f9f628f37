package corpus

import (
	"path/filepath"
	"regexp"
	"strings"
)

// A Zoom meeting's chat saved as text (meeting_saved_chat.txt) is each
// message's time, sender and audience on a line ("18:04:40 From  Sandeep
// Kaushik  to  Everyone:"), its text on the lines after, each led by a
// tab; a reply opens with the words it answers (`Replying to "sir ISM
// directly Mei..."`), a reaction is a message of its own. It is read as
// Markdown, line for line: notes pasted as a message under a line in
// capitals ("ISM NOTES – PART 1: THE 2021 PROGRAMME") a section that line
// heads; every other message a paragraph led by its sender's name, a reply
// joined to the message it answers; reactions and the times left out.
// The file's name titles it.

var (
	zoomHeaderRE   = regexp.MustCompile(`^\d{2}:\d{2}:\d{2}\s+From\s{1,2}(\S.*?)\s{1,2}to\s{1,2}(\S.*?):\s*$`)
	zoomReplyRE    = regexp.MustCompile(`^Replying to "(.+?)(?:\.\.\.)?"\s*$`)
	zoomReactionRE = regexp.MustCompile(`^(?:Reacted to|Removed a) .{0,40}(?:with \S+)?$`)
)

// isZoomChat reports whether lines are a saved Zoom chat: its first line
// with text a message's header, and five of them at least.
func isZoomChat(lines []string) bool {
	n, first := 0, true
	for _, l := range lines {
		if strings.TrimSpace(l) == "" {
			continue
		}
		header := strings.Contains(l, " From ") && zoomHeaderRE.MatchString(l)
		if first && !header {
			return false
		}
		first = false
		if header {
			n++
		}
	}
	return n >= 5
}

// zoomChatLines rewrites a saved Zoom chat's lines as Markdown in place;
// name is the file's.
func zoomChatLines(name string, lines []string) {
	type message struct {
		from      string
		head, end int // the header's line, and the line after its text
	}
	var msgs []message
	for i, l := range lines {
		if strings.Contains(l, " From ") && zoomHeaderRE.MatchString(l) {
			if k := len(msgs) - 1; k >= 0 {
				msgs[k].end = i
			}
			msgs = append(msgs, message{from: zoomHeaderRE.FindStringSubmatch(l)[1], head: i})
		}
	}
	if len(msgs) == 0 {
		return
	}
	msgs[len(msgs)-1].end = len(lines)
	said := map[string]int{} // the line a message's text is written on, by its first words
	for k, m := range msgs {
		var text []string
		for j := m.head + 1; j < m.end; j++ {
			text = append(text, strings.TrimSpace(strings.TrimPrefix(lines[j], "\t")))
			lines[j] = ""
		}
		lines[m.head] = ""
		if k == 0 {
			lines[m.head] = "# " + EscapeMarkdown(strings.ReplaceAll(strings.TrimSuffix(filepath.Base(name), filepath.Ext(name)), "_", " "))
		}
		for len(text) > 0 && text[0] == "" {
			text = text[1:]
		}
		if len(text) == 0 || zoomReactionRE.MatchString(text[0]) {
			continue
		}
		if r := zoomReplyRE.FindStringSubmatch(text[0]); r != nil {
			answer := strings.Join(strings.Fields(strings.Join(text[1:], " ")), " ")
			if at, ok := said[r[1]]; ok && answer != "" {
				lines[at] += " " + EscapeMarkdown(m.from) + ": " + EscapeMarkdown(answer) // a reply goes with what it answers
				continue
			}
			text = text[1:]
		}
		at := m.head + 1
		if len(text) > 1 && capitalsLine(text[0]) {
			// notes pasted under their heading: the lines kept
			lines[m.head] = "## " + EscapeMarkdown(text[0])
			for j, t := range text[1:] {
				if m.head+2+j < m.end {
					lines[m.head+2+j] = t
				}
			}
			continue
		}
		joined := strings.Join(strings.Fields(strings.Join(text, " ")), " ")
		lines[at] = EscapeMarkdown(m.from) + ": " + EscapeMarkdown(joined)
		said[firstChars(joined)] = at
	}
}

// firstChars is how a reply quotes a message: its first twenty
// characters.
func firstChars(s string) string {
	r := []rune(s)
	return string(r[:min(len(r), 20)])
}
