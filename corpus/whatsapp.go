package corpus

import (
	"fmt"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// A chat exported from WhatsApp, as study groups keep their notes: a
// message a line ("12/03/2024, 09:21 - Riya: Tenth Schedule added by…",
// or "[12/03/24, 9:21:05 AM] Riya: …" from an iPhone), lines without such
// a header going on with the message above.

// chatMessage is a message of a chat: its text lines, without the header.
type chatMessage struct {
	line   int // 1-based line of its header
	day    string
	sender string
	lines  []string
}

// readChat reads lines as a chat exported from WhatsApp when its first
// line and two others at least are messages' headers: a section for each
// day's messages ("12 Mar 2024 (12/03/2024)"), a passage for each message, a question
// with the reply of another member under it as one FAQ, notes pasted as a
// message (see chatNotes) as text notes under the day. The group's name
// (from "Riya created group "UPSC Polity"" or its latest change of subject,
// else the file's name without "WhatsApp Chat with") titles the notes. The
// app's notices (encryption, members joining or leaving), media left out,
// deleted messages and messages of a word or two ("ok", "thanks 🙏") are
// left out, but for the reply to a question. It reports whether lines
// were such a chat.
func readChat(b *builder, lines []string) bool {
	channel := discordLines(lines) // rewritten as WhatsApp writes a chat, when a Discord channel's
	headers := whatsAppHeaders(lines)
	if headers == nil {
		return false
	}
	monthFirst := monthFirst(headers)
	// WhatsApp's own export writes the days as its members know them;
	// Telegram's and Discord's, rewritten as it does, do not.
	asWritten := channel == "" && strings.EqualFold(filepath.Ext(b.file), ".txt")
	title := channel
	width := wrapWidth(lines)
	var messages []chatMessage
	for i, l := range lines {
		m := headers[i]
		if m == nil {
			if k := len(messages) - 1; k >= 0 {
				messages[k].lines = append(messages[k].lines, l)
			}
			continue
		}
		sender, text, ok := strings.Cut(m[5], ": ")
		if name, empty := strings.CutSuffix(m[5], ":"); !ok && empty && !strings.Contains(name, ": ") {
			sender, ok = name, true // a message whose text starts on the next line
		}
		if !ok || strings.HasPrefix(strings.TrimLeft(text, " "), "\u200e") && !strings.HasPrefix(strings.TrimLeft(text, " \u200e"), "POLL:") {
			// A notice of the app, not a member's message (an iPhone marks
			// its notices with a left-to-right mark, and its polls).
			if name := groupName(m[5]); name != "" {
				title = name
			}
			messages = append(messages, chatMessage{line: -1})
			continue
		}
		day := chatDay(m, monthFirst)
		switch {
		case len(m) > isoDay:
			day += " (" + m[isoDay] + ")" // "22 Mar 2024 (2024-03-22)", as Signal's export writes it
		case asWritten:
			day += " (" + m[1] + "/" + m[2] + "/" + m[3] + ")" // "3 Oct 2025 (03/10/25)": as the export writes it too
		}
		messages = append(messages, chatMessage{line: i + 1, day: day, sender: strings.TrimSpace(sender), lines: []string{text}})
	}
	titleLine := 1
	var above []int // the lines with words above the chat
	for i, l := range lines[:slices.IndexFunc(headers, func(m []string) bool { return m != nil })] {
		if hasWords(l) {
			above = append(above, i)
		}
	}
	if len(above) > 0 {
		// The student's title over the chat, and the line under it
		title, titleLine = strings.TrimSpace(lines[above[0]]), above[0]+1
		if len(above) > 1 && subtitleLike(strings.TrimSpace(lines[above[1]]), title) {
			b.doc.Subtitle = strings.TrimSpace(lines[above[1]])
		}
	}
	if title == "" {
		title = strings.TrimSpace(whatsAppFileRE.ReplaceAllString(titleFromName(b.file), ""))
	}
	b.doc.Title, b.titleLine = title, titleLine
	var sec *section
	day := ""
	var question *item // the last message kept, when it asks a question no one has answered yet
	askedBy := ""
	var notes *notesEnd // where the last message kept, when it was notes, left off
	// The day's last notes: the questions after them ask of the part they
	// opened with, and their writer's messages go on in it ("Sir Pranhita
	// is formed by which rivers?" after "*PART 2: EAST FLOWING RIVERS*").
	var posted *notesEnd
	var daySec *section
	topic := "" // the topic open under the day, "" when none is
	for _, msg := range messages {
		text := chatText(msg.lines)
		if msg.line < 0 || text == "" {
			continue
		}
		reply := question != nil && msg.sender != askedBy && !chatNotes(msg.lines) // notes in reply open their own part
		if len(strings.Fields(text)) <= 2 && !reply {
			continue // "ok", "thanks 🙏"
		}
		if notes != nil && msg.sender != notes.by {
			notes = nil
		}
		if reply {
			chatLines(question, said(msg.sender, text), msg.line)
			question = nil
			continue
		}
		if msg.day != day || sec == nil {
			day = msg.day
			sec = b.open(1, day, KindSection, msg.line)
			daySec, topic, posted = sec, "", nil
		}
		question = nil
		if notes != nil && notes.goesOn(msg.lines) {
			notes = readChatNotes(b, sec, lines, width, msg, notes)
			posted = notes
			continue
		}
		notes = nil
		if chatNotes(msg.lines) {
			if loudHeading(topic) && loudHeading(firstBold(msg.lines)) {
				sec, topic = daySec, "" // "*PRELIMS TRAPS from today*" after "*MAINS PRACTICE Q*": a topic of their own
			}
			notes = readChatNotes(b, sec, lines, width, msg, nil)
			posted = notes
			continue
		}
		if t, rest := chatTopic(text); t != "" {
			var entries []string
			lines := strings.Split(rest, "\n")
			if at := slices.IndexFunc(lines, chatEntry); at >= 0 && chatList(lines[at:]) {
				// "*QUIZ NIGHT* answer in 10 min" over "Q1. …": the day's
				// message, then the topic's entries, one a passage
				if remark := strings.Join(lines[:at], " "); countWords(remark) > 2 {
					chatLines(daySec.newItem(msg.line), said(msg.sender, t+" "+remark), msg.line)
				}
				rest, entries = "", lines[at:]
			}
			sec = b.open(2, t+by(msg.sender), KindSection, msg.line) // "Anti-defection law notes 👇": the messages after it
			topic, posted = t, nil
			if countWords(rest) > 2 {
				chatLines(sec.newItem(msg.line), rest, msg.line)
			}
			for _, l := range entries {
				chatEntryItem(sec.newItem(msg.line), l, msg.line)
			}
			continue
		}
		if strings.HasSuffix(text, "?") && !strings.Contains(text, "\n") {
			question, askedBy = posted.partOf(sec).newQuestion(text, 0, msg.line), msg.sender
			continue
		}
		at := sec
		if posted != nil && msg.sender == posted.by {
			at = posted.partOf(sec) // "^ drainage map from NCERT, save it" after one's own notes
		}
		chatLines(at.newItem(msg.line), said(msg.sender, text), msg.line)
	}
	return true
}

// chatNotes reports whether a message's lines are notes pasted into the
// chat: a heading ("*First RTC (1930–31)*") over two lines at least.
func chatNotes(lines []string) bool {
	for i, l := range lines {
		if _, ok := chatHeading(strings.TrimSpace(l)); ok && i+2 < len(lines) {
			return true
		}
	}
	return false
}

// chatHeading reports whether t heads notes pasted into a chat: a line
// all in the chat's bold or in capitals ("2) THE CRISIS"), its level 0
// (where it stands among the others decides it), or a heading of
// Discord's Markdown ("## Background", level 2).
func chatHeading(t string) (level int, ok bool) {
	if m := discordHeadingRE.FindStringSubmatch(t); m != nil {
		return len(m[1]), true
	}
	return 0, chatBoldLine(t) || capitalsLine(t)
}

// capitalsLine reports whether t is a short line in capitals, maybe
// numbered, as notes typed in a chat head their parts: "KHEDA SATYAGRAHA
// (1918) - ONE PAGER", "2) THE CRISIS"; not "OK" or "GS 2!!".
func capitalsLine(t string) bool {
	t = DropBrackets(unnumbered(t))
	if strings.ContainsFunc(t, unicode.IsLower) || strings.HasSuffix(t, ".") || countWords(t) > 10 {
		return false
	}
	letters, long := 0, false
	for _, w := range strings.Fields(t) {
		n := 0
		for _, r := range w {
			if unicode.IsLetter(r) {
				n++
			}
		}
		letters += n
		long = long || n >= 3
	}
	return long && letters >= 6
}

// chatBoldLine reports whether t is a line in the chat's bold, but for a
// remark in brackets after it ("*REMOVAL* ⚠️ (asked in prelims)") or a
// word or two after a bold of three words at least (a link's label, a
// mention: "*Anoop Baranwal v Union of India* judgment"), of 15 words at
// most besides its remarks: a heading.
func chatBoldLine(t string) bool {
	bold, remark, ok := chatBold(t)
	tagged := countWords(remark) <= 2 && countWords(bold) >= 3 && !endsInStop(remark)
	return ok && (remark == "" || tagged || strings.HasPrefix(remark, "(") && strings.HasSuffix(remark, ")")) && countWords(DropBrackets(t)) <= 15
}

// chatBold cuts a line that opens in the chat's bold into the bold words
// and what follows them, emoji aside.
func chatBold(t string) (bold, rest string, ok bool) {
	t = strings.TrimFunc(t, IsEmoji)
	if len(t) < 3 || t[0] != '*' {
		return "", "", false
	}
	bold, rest, ok = strings.Cut(t[1:], "*")
	if !ok || bold == "" {
		return "", "", false
	}
	return bold, strings.TrimLeftFunc(rest, func(r rune) bool { return IsEmoji(r) || unicode.IsSpace(r) }), true
}

// notesEnd is where a message of notes left off, for its writer's next
// message to go on with it: Discord cuts a message at 2,000 characters.
type notesEnd struct {
	by     string
	stack  []*section // the sections open at its end
	nest   int
	under  bool // its later headings are a level under its first
	hashed int  // the level of its last Markdown heading, 0 for none
	split  bool // it ends saying the notes go on ("contd 👇 (2000 char limit)")
}

// partOf returns the section the notes opened first under sec, or sec
// when they opened none (or there are none).
func (n *notesEnd) partOf(sec *section) *section {
	if n == nil {
		return sec
	}
	if i := slices.Index(n.stack, sec); i >= 0 && i+1 < len(n.stack) {
		return n.stack[i+1]
	}
	return sec
}

// goesOn reports whether a message of the same writer's, lines, goes on
// with the notes: it says so ("Firoz contd."), the notes said they would,
// or it starts with a list entry as though the notes had not ended.
func (n *notesEnd) goesOn(lines []string) bool {
	first := strings.TrimSpace(lines[0])
	_, entry := textBullet(first)
	return n.split || splitNote(first) || entry
}

// splitNote reports whether t is a line saying notes go on in another
// message ("(contd.) hit the 2000 character limit", "Firoz contd.").
func splitNote(t string) bool {
	return countWords(t) <= 10 && splitNoteRE.MatchString(t)
}

var splitNoteRE = regexp.MustCompile(`(?i)^\W*(?:contd|cont'd|continued)\b|^\S+\s+(?:contd|cont'd|continued)\W*$|\bchar(?:acter)?s? limit\b`)

// readChatNotes reads a message of notes as text notes are read, their
// headings opening sections under sec (the message's day or topic), or,
// when it goes on with notes that left off at from, in the section they
// ended in. The chat's messages after it go on in sec. Lines longer than
// most of width (0 if none) go on with the next, as lines wrapped. It
// returns where the notes leave off.
func readChatNotes(b *builder, sec *section, lines []string, width int, msg chatMessage, from *notesEnd) *notesEnd {
	end := msg.line - 1 + len(msg.lines) // its header's line, then one for each line it has
	own := lines[:end]                   // rewritten in place: the chat's messages keep their own lines
	own[msg.line-1] = msg.lines[0]
	last := msg.line - 1
	var heads, levels []int
	for i := msg.line - 1; i < end; i++ {
		t := strings.TrimSpace(own[i])
		if i+1 < end && strings.Count(t, "*") == 1 && t[0] == '*' {
			if next := strings.TrimSpace(own[i+1]); strings.Count(next, "*") == 1 && strings.HasSuffix(next, "*") {
				t = t + " " + next
				own[i], own[i+1] = t, "" // bold words wrapped onto the next line
			}
		}
		if strings.IndexByte(own[i], '_') >= 0 {
			own[i] = chatItalicRE.ReplaceAllString(own[i], "$1$2$3") // "_Part XV of the Constitution_"
		}
		if chatNothingRE.MatchString(t) {
			own[i] = ""
		} else if level, ok := chatHeading(t); ok {
			heads, levels = append(heads, i), append(levels, level)
		}
		if t != "" {
			last = i
		}
	}
	split := splitNote(strings.TrimSpace(own[last]))
	if split {
		own[last] = ""
	}
	if from != nil && splitNote(strings.TrimSpace(own[msg.line-1])) {
		own[msg.line-1] = "" // "(contd.) hit the 2000 character limit"
	}
	// Bold lines head sections; the first heads the others when nothing
	// stands between them ("*MASTER NOTES (Part 1)*" over "*Background*"),
	// and a Markdown heading ("## Firoz Shah Tughlaq") those after it.
	// So does an unnumbered first over numbered others ("KHEDA SATYAGRAHA
	// (1918) - ONE PAGER" over "1) WHERE & WHEN").
	numbered := func(i int) bool { return unnumbered(strings.TrimSpace(own[i])) != strings.TrimSpace(own[i]) }
	under := len(heads) > 1 && (firstLine(own[heads[0]+1:heads[1]]) < 0 || !numbered(heads[0]) && !slices.ContainsFunc(heads[1:], func(i int) bool { return !numbered(i) }))
	hashed := 0 // the level of the last Markdown heading
	if from != nil {
		under, hashed = from.under, from.hashed
	}
	for k, i := range heads {
		level := levels[k]
		switch {
		case level > 0:
			hashed = level
		case hashed > 0:
			level = hashed + 1
		case under && (k > 0 || from != nil):
			level = 2
		default:
			level = 1
		}
		head := strings.Trim(strings.TrimFunc(strings.TrimLeft(own[i], "# "), IsEmoji), "*")
		if bold, remark, ok := chatBold(own[i]); ok && remark != "" {
			head = bold + " " + remark // "*REMOVAL* ⚠️ (asked in prelims)"
		}
		if k == 0 && from == nil && !strings.HasSuffix(sec.path[len(sec.path)-1], by(msg.sender)) {
			head += by(msg.sender) // "GLACIERS – 1 PAGE REVISION (Sneha Iyer)": whose notes, as "sneha's note" asks; said once under their own topic
		}
		own[i] = strings.Repeat("#", level) + " " + head
	}
	emojiEntries(own[msg.line-1 : end])
	arrowEntries(own[msg.line-1 : end])
	b.resumeAt(sec)
	day := slices.Clone(b.stack)
	b.nest = sec.level
	if from != nil {
		b.nest, b.stack = from.nest, slices.Clone(from.stack)
		b.sec = b.stack[len(b.stack)-1]
	}
	if from == nil {
		b.paraBreak = true // "One-line revision 📌" over "*surface fires + …*": not the message before's
	}
	r := &textReader{b: b, lines: own, hashTop: 1, wrapWidth: width}
	for r.i = msg.line - 1; r.i < end; r.i++ {
		if r.i > msg.line-1 && strings.TrimSpace(own[r.i-1]) != "" && !strings.HasPrefix(own[r.i-1], "#") && !(r.runsOn(r.i) && !startsEntry(own[r.i])) {
			b.paraBreak = true // a chat never wraps a line: each is a paragraph of its own, but in a chat copied into notes wrapped at a width
		}
		r.line()
	}
	left := &notesEnd{by: msg.sender, stack: slices.Clone(b.stack), nest: b.nest, under: under, hashed: hashed, split: split}
	b.nest, b.stack, b.sec = 0, day, sec
	return left
}

// firstBold returns the first of lines that heads notes in the chat's
// bold, without its asterisks, or "".
func firstBold(lines []string) string {
	for _, l := range lines {
		if t := strings.TrimSpace(l); chatBoldLine(t) {
			bold, _, _ := chatBold(t)
			return bold
		}
	}
	return ""
}

// loudHeading reports whether heading t opens in capitals, its first two
// words with letters in upper case: "PRELIMS TRAPS from today", "DAY 18 -
// CHOLA ADMINISTRATION", not "Part 1: Structure" or "RTI basics".
func loudHeading(t string) bool {
	words, letters := 0, 0
	for _, w := range strings.Fields(t) {
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		for _, r := range w {
			if unicode.IsLetter(r) {
				letters++
			}
		}
		if words++; words == 2 {
			break
		}
	}
	return words == 2 && letters >= 4
}

// said writes a member's message with their name before it ("Karthik:
// Basic difference is …"), as the chat shows who said what: "according to
// karthik" asks for it. A sender the export names by a number alone is
// left out.
func said(sender, text string) string {
	if !named(sender) {
		return text
	}
	return sender + ": " + text
}

// by is the remark that names who posted a topic or notes, " (Sneha
// Iyer)", or "" for a sender with no name.
func by(sender string) string {
	if !named(sender) {
		return ""
	}
	return " (" + sender + ")"
}

// named reports whether the export names a sender by more than a number.
func named(sender string) bool { return strings.ContainsFunc(sender, unicode.IsLetter) }

// startsEntry reports whether line l opens a list entry, with a bullet or
// an emoji.
func startsEntry(l string) bool {
	t := strings.TrimSpace(l)
	_, bullet := textBullet(t)
	_, _, emoji := emojiLead(t)
	return bullet || emoji
}

// chatTopic returns the topic a message announces for the messages after
// it, and the rest of its text: a few words pointing down or ending in ":"
// ("Anti-defection law notes 👇"), or a first line in the chat's bold,
// alone or followed by an emoji or a remark ("*QUIZ - DAY 18* ⏰ answer by
// tonight"). It returns "" for other messages.
func chatTopic(text string) (topic, rest string) {
	first, more, _ := strings.Cut(text, "\n")
	list := chatList(strings.Split(more, "\n"))
	if bold, after, ok := chatBold(first); ok && headingLike(bold) && (strings.Count(more, "\n") < 2 || list) {
		raw := strings.TrimSpace(strings.TrimFunc(first, IsEmoji)[len(bold)+2:])
		if r, _ := utf8.DecodeRuneInString(raw); raw == "" || IsEmoji(r) || list {
			return strings.TrimSpace(bold), strings.TrimSpace(after + "\n" + more)
		}
		if strings.HasPrefix(raw, "(") && strings.HasSuffix(raw, ")") {
			return strings.TrimSpace(bold) + " " + raw, strings.TrimSpace(more) // "*REMOVAL* (asked in prelims)"
		}
	}
	return chatDownTopic(text), ""
}

// chatList reports whether lines are a list, two entries or more, each a
// line: "Q1. Which BR …", "- Core: …".
func chatList(lines []string) bool {
	return len(lines) >= 2 && !slices.ContainsFunc(lines, func(l string) bool { return !chatEntry(l) })
}

func chatEntry(l string) bool {
	t := strings.TrimSpace(l)
	_, bullet := textBullet(t)
	return bullet || questionRE.MatchString(t)
}

// chatEntryItem writes an entry of a list as an item of its own.
func chatEntryItem(it *item, l string, line int) {
	t := strings.TrimSpace(l)
	if entry, ok := textBullet(t); ok {
		t = entry
	}
	it.addListItem(t, 0, line)
}

// chatDownTopic returns the topic of a message of a few words pointing
// down or ending in ":", or "".
func chatDownTopic(text string) string {
	t := strings.TrimRightFunc(text, func(r rune) bool {
		return unicode.IsSpace(r) || unicode.In(r, unicode.Variation_Selector, unicode.Sk) // "👇🏽", "⬇️"
	})
	topic, ok := strings.CutSuffix(t, ":")
	for _, down := range []string{"👇", "⬇", "🔽", "↓"} {
		if s, cut := strings.CutSuffix(t, down); cut {
			topic, ok = strings.TrimRight(s, " :"), true
		}
	}
	if !ok || strings.Contains(topic, "\n") || countWords(topic) > 6 || !headingLike(topic) {
		return ""
	}
	return strings.TrimSpace(topic)
}

// whatsAppHeaders returns, for lines that are a chat exported from
// WhatsApp (see readChat), each line's message header (nil for a line
// that goes on with a message); nil for other lines.
func whatsAppHeaders(lines []string) [][]string {
	first := chatStart(lines)
	if first < 0 {
		return nil
	}
	headers := make([][]string, len(lines))
	said := 0 // headers over a member's words on their line (Telegram writes them under it)
	for i, l := range lines {
		if m := chatHeader(l); m != nil {
			headers[i] = m
			if _, text, ok := strings.Cut(m[5], ": "); ok && strings.TrimSpace(text) != "" {
				said++
			}
		}
	}
	if said < MinChatMessages {
		return nil
	}
	return headers
}

// chatStart returns the index of the first message's header of lines, if
// only a few short lines stand above it (see maxChatPreamble), else -1.
func chatStart(lines []string) int {
	above := 0
	for i, l := range lines {
		switch t := strings.TrimSpace(l); {
		case t == "":
		case chatHeader(l) != nil:
			return i
		case above == maxChatPreamble || utf8.RuneCountInString(t) > maxChatPreambleLine:
			return -1
		default:
			above++
		}
	}
	return -1
}

// A chat copied into notes may have a few lines of the student's above it:
// a title ("Polity Warriors - ECI notes (copied from grp chat)"), a line
// on where it came from.
const (
	maxChatPreamble     = 4
	maxChatPreambleLine = 120
)

// chatLines adds a message's text to it: its lines that are list entries
// as entries, the others as lines of text (a member typed each).
func chatLines(it *item, text string, line int) {
	for i, l := range strings.Split(text, "\n") {
		if entry, ok := textBullet(l); ok {
			it.addListItem(entry, 0, line)
		} else {
			it.addText(l, i > 0, line)
		}
	}
}

// chatText is a message's text: its lines trimmed, without what stands
// for media or deleted messages, "" when nothing is left.
func chatText(lines []string) string {
	var out []string
	for _, l := range lines {
		l = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(l, "\u200e", ""), "<This message was edited>", ""))
		if l == "" || chatNothingRE.MatchString(l) {
			continue
		}
		out = append(out, l)
	}
	return strings.Join(out, "\n")
}

// chatItalicRE matches words in the chat's italics, "_as written_".
var chatItalicRE = regexp.MustCompile(`(^|[\s(])_([^_\s](?:[^_]*[^_\s])?)_($|[\s.,;:!?)])`)

// chatNothingRE matches what a chat's export writes for a message it
// leaves out.
var chatNothingRE = regexp.MustCompile(`(?i)^(?:forwarded(?: many times)?|<media omitted>|<attached: [^>]*>|(?:image|video|audio|sticker|gif|document) omitted|this message was deleted|you deleted this message|null|missed (?:voice|video) call|pinned a message\.?)$`)

// chatHeader returns the parts of a message's header line (day, month,
// year, time, the rest of the line; then, for a day written year first,
// the day as written), or nil.
func chatHeader(l string) []string {
	if len(l) < 12 || !(unicode.IsDigit(rune(l[0])) || l[0] == '[' || strings.HasPrefix(l, "\u200e[")) {
		return nil
	}
	if m := isoHeaderRE.FindStringSubmatch(l); m != nil {
		return []string{m[0], m[3], m[2], m[1], m[4], m[5], m[1] + "-" + m[2] + "-" + m[3]}
	}
	return whatsAppHeaderRE.FindStringSubmatch(l)
}

// isoHeaderRE matches a message's header written year first, as Signal's
// export (signal-export) writes it: "[2024-03-22 08:16:02] Ishita Rao: …".
var isoHeaderRE = regexp.MustCompile(`^\[(\d{4})-(\d{2})-(\d{2}) (\d{2}:\d{2})(?::\d{2})?\] (.*)$`)

// isoDay is the index, in chatHeader's parts, of a day written year first.
const isoDay = 6

// whatsAppHeaderRE matches a message's header as Android ("12/03/2024,
// 09:21 - ") and iPhones ("[12/03/24, 9:21:05 AM] ") write it, and the
// rest of the line: "Riya: text", or a notice.
var whatsAppHeaderRE = regexp.MustCompile(`^\x{200e}?\[?(\d{1,2})[/.-](\d{1,2})[/.-](\d{2,4}),?\s+(\d{1,2}:\d{2})(?::\d{2})?(?:[\s\x{202f}\x{a0}]?[AaPp]\.?\s?[Mm]\.?)?(?:\]\s|\s[-–]\s)(.*)$`)

// whatsAppFileRE matches the name WhatsApp gives an export's file.
var whatsAppFileRE = regexp.MustCompile(`(?i)^whatsapp chat (?:with|-)\s*`)

// groupName returns the group's name a notice gives ("Riya created group
// "UPSC Polity"", "Riya changed the subject from "A" to "B""), or "".
func groupName(notice string) string {
	if m := groupNameRE.FindStringSubmatch(notice); m != nil {
		return strings.TrimSpace(strings.TrimFunc(m[1], IsEmoji))
	}
	return ""
}

var groupNameRE = regexp.MustCompile(`(?:created group|changed (?:the subject|the group name) from "[^"]*" to|changed the (?:subject|group name) to) "([^"]+)"`)

// monthFirst reports whether headers write the month first ("3/12/24", as
// exports in US English do): a first number over 12 says the day is first,
// a second over 12 that the month is.
func monthFirst(headers [][]string) bool {
	for _, m := range headers {
		if m == nil {
			continue
		}
		if a, _ := strconv.Atoi(m[1]); a > 12 {
			return false
		}
		if b, _ := strconv.Atoi(m[2]); b > 12 {
			return true
		}
	}
	return false
}

// chatDay names the day of a message's header: "12 Mar 2024".
func chatDay(m []string, monthFirst bool) string {
	day, month := m[1], m[2]
	if monthFirst {
		day, month = month, day
	}
	d, _ := strconv.Atoi(day)
	mo, _ := strconv.Atoi(month)
	y, _ := strconv.Atoi(m[3])
	if y < 100 {
		y += 2000
	}
	if mo < 1 || mo > 12 || d < 1 || d > 31 {
		return fmt.Sprintf("%s/%s/%s", m[1], m[2], m[3])
	}
	return fmt.Sprintf("%d %s %d", d, time.Month(mo).String()[:3], y)
}
