package mail

import (
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"mime"
	netmail "net/mail"
	"regexp"
	"strings"
	"unicode"

	"golang.org/x/net/html/charset"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/web"
)

// A mailbox (.mbox, as Gmail's Takeout, Thunderbird and Apple Mail export
// one) is messages one after another, each opening with a "From " line.
// It is read as one document: a thread's subject titles it (when its
// messages share one; else the file's name does), and each message is a
// section headed by who sent it and when ("Asha Rao, 9 Aug 2025"), or by
// its subject too when the subjects differ; a line in capitals after a
// blank line in it ("1) WHY AN UNDERGROUND AT ALL") heads its part. A message's text is its plain
// part (else its HTML's), without its greeting ("Hi all,"), what it quotes
// ("> …" and the "On … wrote:" over it), its signature, and a mailing
// list's footer. Each
// line's place is the line its message starts on.

// MaxMessages bounds the messages of one mailbox.
const MaxMessages = 10_000

// IsMailbox reports whether data starts as a mailbox does: a "From "
// line, then a message's header.
func IsMailbox(data []byte) bool {
	first, rest, ok := bytes.Cut(data[:min(len(data), 4<<10)], []byte("\n"))
	if !ok || !bytes.HasPrefix(first, []byte("From ")) {
		return false
	}
	_, isMail := header(rest)
	return isMail
}

// message is one message of a mailbox: its place and text.
type message struct {
	line                int
	from, date, subject string
	text                string
}

// ConvertMailbox reads a mailbox.
func ConvertMailbox(data []byte) (corpus.Converted, error) {
	raw := splitMailbox(data)
	if len(raw) == 0 {
		return corpus.Converted{}, errors.New(`not a mailbox: no message opens with a "From " line`)
	}
	if len(raw) > MaxMessages {
		return corpus.Converted{}, fmt.Errorf("mailbox too large: more than %d messages", MaxMessages)
	}
	var msgs []message
	for _, r := range raw {
		m, err := readMessage(r.data)
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("line %d: %v", r.line, err)
		}
		m.line = r.line
		if strings.TrimSpace(m.text) != "" {
			msgs = append(msgs, m)
		}
	}
	if len(msgs) == 0 {
		return corpus.Converted{}, errors.New("the mailbox has no message with text")
	}
	thread := msgs[0].subject
	for _, m := range msgs[1:] {
		if m.subject != thread {
			thread = ""
		}
	}
	var l corpus.Lines
	if thread != "" {
		l.Line("# "+corpus.EscapeMarkdown(thread), msgs[0].line)
		l.Gap(msgs[0].line)
	}
	for _, m := range msgs {
		head := strings.Join(nonEmpty(m.from, m.date), ", ")
		if thread == "" {
			head = strings.Join(nonEmpty(m.subject, head), " — ")
		}
		l.Gap(m.line)
		l.Line("## "+corpus.EscapeMarkdown(cmp.Or(head, "(no sender)")), m.line)
		l.Gap(m.line)
		prev := ""
		for _, s := range strings.Split(m.text, "\n") {
			switch {
			case prev == "" && shouting(s):
				s = "### " + corpus.EscapeMarkdown(strings.TrimSpace(s)) // a heading the message gives its part
			case strings.HasPrefix(s, "#"):
				s = `\` + s
			}
			l.Line(s, m.line)
			prev = strings.TrimSpace(s)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "line")
	c.TitledByName = thread == ""
	return c, nil
}

// rawMessage is a message of a mailbox as it is written, and the line
// of the file its "From " line is on.
type rawMessage struct {
	data []byte
	line int
}

// splitMailbox cuts a mailbox into its messages, at each "From " line
// that starts the file or follows a blank line; a body's ">From " (as
// mboxrd escapes it) is read as "From ".
func splitMailbox(data []byte) []rawMessage {
	var out []rawMessage
	lines := bytes.SplitAfter(data, []byte("\n"))
	var cur *bytes.Buffer
	blank := true
	for i, l := range lines {
		if blank && bytes.HasPrefix(l, []byte("From ")) {
			out = append(out, rawMessage{line: i + 1})
			cur = &bytes.Buffer{}
			blank = false
			continue
		}
		blank = len(bytes.TrimRight(l, "\r\n")) == 0
		if cur == nil {
			continue
		}
		if bytes.HasPrefix(bytes.TrimLeft(l, ">"), []byte("From ")) && l[0] == '>' {
			l = l[1:]
		}
		cur.Write(l)
		out[len(out)-1].data = cur.Bytes()
	}
	return out
}

// readMessage reads who sent a message, when, its subject and its text.
func readMessage(data []byte) (message, error) {
	m, err := netmail.ReadMessage(bytes.NewReader(data))
	if err != nil {
		return message{}, fmt.Errorf("damaged message: %v", err)
	}
	var dec mime.WordDecoder
	dec.CharsetReader = charset.NewReaderLabel
	decoded := func(k string) string {
		v, err := dec.DecodeHeader(m.Header.Get(k))
		if err != nil {
			v = m.Header.Get(k)
		}
		return strings.Join(strings.Fields(v), " ")
	}
	msg := message{subject: corpus.SubjectTitle(decoded("Subject"))}
	if a, err := netmail.ParseAddress(decoded("From")); err == nil {
		msg.from = cmp.Or(a.Name, a.Address)
	} else {
		msg.from = decoded("From")
	}
	if m := viaGroupRE.FindStringSubmatch(msg.from); m != nil {
		msg.from = m[1] // "'Divya Nair' via UPSC Mains", as Google Groups rewrites a sender
	}
	if d, err := m.Header.Date(); err == nil {
		msg.date = d.Format("2 Jan 2006")
	}
	w := walker{}
	if err := w.walk(fields(m.Header), m.Body, 0); err != nil {
		return message{}, fmt.Errorf("damaged message: %v", err)
	}
	switch {
	case w.text != nil:
		msg.text = ownWords(string(w.text))
	case w.html != nil:
		c, err := web.Content(w.html)
		if err != nil {
			return message{}, err
		}
		msg.text = ownWords(string(c.Text))
	}
	return msg, nil
}

var (
	// wroteRE matches the line over a quoted message: "On Sat, 9 Aug 2025
	// at 10:14, Asha Rao <asha@example.com> wrote:".
	wroteRE = regexp.MustCompile(`^(?:On|Le|Am|El) .{4,200}(?:wrote|a écrit|schrieb|escribió):$`)
	// greetingRE matches a message's opening greeting: "Hi all,".
	greetingRE = regexp.MustCompile(`(?i)^(?:hi|hello|hey|dear|namaste)\b[^.!?]{0,30}[,!]?$`)
	// listFooterRE matches the footer a mailing list adds.
	listFooterRE = regexp.MustCompile(`^(?:You received this message because you are subscribed to|To unsubscribe from this group|_{20,}$)`)
)

// viaGroupRE matches a sender's name as a Google Group rewrites it.
var viaGroupRE = regexp.MustCompile(`^'?(.+?)'? via .+$`)

// shouting reports whether a line of a message is a heading typed in
// capitals ("1) WHY AN UNDERGROUND AT ALL", "PRELIMS TRAPS:"): two words at
// least, up to 80 characters, nine letters in ten capitals.
func shouting(line string) bool {
	t := strings.TrimSpace(line)
	if len(t) > 80 || len(strings.Fields(t)) < 2 {
		return false
	}
	letters, capitals := 0, 0
	for _, r := range t {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsUpper(r) {
				capitals++
			}
		}
	}
	return letters >= 6 && capitals*10 >= letters*9
}

// ownWords is a message's text without its greeting, what it quotes, its
// signature and a list's footer; its paragraphs apart by one blank line.
func ownWords(text string) string {
	var out []string
	lines := strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n")
	for i := 0; i < len(lines); i++ {
		l := strings.TrimRight(lines[i], " \t")
		t := strings.TrimSpace(l)
		switch {
		case l == "--" || l == "-- " || listFooterRE.MatchString(t):
			i = len(lines) // the signature, or the list's footer, and all after it
			continue
		case strings.HasPrefix(t, ">"), len(out) == 0 && greetingRE.MatchString(t):
			continue
		case wroteRE.MatchString(t) || strings.HasPrefix(t, "On ") && i+1 < len(lines) && strings.HasSuffix(strings.TrimSpace(lines[i+1]), "wrote:"):
			if !strings.HasSuffix(t, ":") {
				i++ // the attribution wrapped over two lines
			}
			continue
		}
		if t == "" && (len(out) == 0 || out[len(out)-1] == "") {
			continue
		}
		out = append(out, l)
	}
	return strings.TrimSpace(strings.Join(out, "\n"))
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
