// Package chatgpt reads the conversations of a ChatGPT data export
// (conversations.json), as students keep what the assistant explained to
// them. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/chatgpt"
//
// # Files
//
// conversations.json is a list of conversations, each {"title",
// "mapping", "current_node"}: the mapping is a tree of nodes {"id",
// "message", "parent", "children"}, a message {"author": {"role"},
// "content": {"content_type", "parts"}, "recipient", "metadata"}. A
// conversation edited or regenerated has branches; the one shown is the
// path from the root to current_node.
//
// # Markdown
//
// The messages shown are read: the user's and the assistant's text, not
// the system's, the tools' (searches, code run), the assistant's calls to
// them, or what the app hides (custom instructions). A conversation titles
// the document ("# …"); in an export of several, the file's name titles
// it and each conversation is a section. The assistant writes Markdown:
// its headings are sections, its top level a section's, its lists and
// tables as they are. What it writes before its first heading is a section
// headed by the question the user asked, shortened to its first line;
// the user's messages are headings, not passages. Source markers
// ("citeturn0search0") are dropped. Each line's place is its message's
// number in the conversation shown.
//
// # Bounds
//
// A file is read within MaxBytes, a conversation's path within the nodes
// its mapping has.
package chatgpt

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "ChatGPT conversations",
		Extensions: []string{".json"},
		Magic:      IsExport,
		Convert:    Convert,
		ByContent:  true,
	})
}

// MaxBytes is the largest export read.
const MaxBytes = 50 << 20

// IsExport reports whether data is a ChatGPT export's conversations.json:
// a list whose first conversation has a mapping and a current node.
func IsExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 64<<10)], "\ufeff \t\r\n")
	return len(data) <= MaxBytes && bytes.HasPrefix(head, []byte("[")) &&
		bytes.Contains(head, []byte(`"mapping"`)) && bytes.Contains(head, []byte(`"current_node"`))
}

type conversation struct {
	Title       string          `json:"title"`
	Mapping     map[string]node `json:"mapping"`
	CurrentNode string          `json:"current_node"`
}

type node struct {
	Message  *message `json:"message"`
	Parent   string   `json:"parent"`
	Children []string `json:"children"`
}

type message struct {
	Author struct {
		Role string `json:"role"`
	} `json:"author"`
	Content struct {
		ContentType string            `json:"content_type"`
		Parts       []json.RawMessage `json:"parts"`
	} `json:"content"`
	Recipient string `json:"recipient"`
	Metadata  struct {
		Hidden bool `json:"is_visually_hidden_from_conversation"`
	} `json:"metadata"`
}

// Convert writes the conversations of an export as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("export too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var convs []conversation
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &convs); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged ChatGPT export: %v", err)
	}
	var l corpus.Lines
	level := 2 // a conversation's sections
	if len(convs) == 1 {
		if t := oneLine(convs[0].Title); t != "" {
			l.Line("# "+corpus.EscapeMarkdown(t), 1)
			l.Gap(1)
		}
	} else {
		level = 3
	}
	read := false
	for _, c := range convs {
		msgs := shown(c)
		if len(msgs) == 0 {
			continue
		}
		if level == 3 {
			title := oneLine(c.Title)
			if title == "" {
				title = "Untitled conversation"
			}
			l.Gap(1)
			l.Line("## "+corpus.EscapeMarkdown(title), 1)
			l.Gap(1)
		}
		asked := ""
		for i, m := range msgs {
			if m.Author.Role == "user" {
				asked = text(m)
				continue
			}
			read = writeAnswer(&l, text(m), asked, level, i+1) || read
			asked = ""
		}
	}
	if !read {
		return corpus.Converted{}, errors.New("the export has no answers to read")
	}
	c := l.Converted(true, "message")
	c.TitledByName = len(convs) != 1 || oneLine(convs[0].Title) == ""
	return c, nil
}

// shown returns the messages of c's branch shown, user's and assistant's,
// in order.
func shown(c conversation) []*message {
	var path []*message
	at, ok := c.Mapping[c.CurrentNode]
	if !ok {
		at, ok = lastLeaf(c.Mapping)
	}
	for steps := 0; ok && steps <= len(c.Mapping); steps++ {
		if m := at.Message; m != nil && visible(m) {
			path = append(path, m)
		}
		if at.Parent == "" {
			break
		}
		at, ok = c.Mapping[at.Parent]
	}
	for i, j := 0, len(path)-1; i < j; i, j = i+1, j-1 {
		path[i], path[j] = path[j], path[i]
	}
	return path
}

// lastLeaf is the node reached from the root by the last child each time:
// the branch an export without a current node shows.
func lastLeaf(mapping map[string]node) (node, bool) {
	var at node
	found := false
	for _, n := range mapping {
		if n.Parent == "" {
			at, found = n, true
			break
		}
	}
	for steps := 0; found && len(at.Children) > 0 && steps <= len(mapping); steps++ {
		next, ok := mapping[at.Children[len(at.Children)-1]]
		if !ok {
			break
		}
		at = next
	}
	return at, found
}

// visible reports whether m is a message the conversation shows: the
// user's or the assistant's text to the user.
func visible(m *message) bool {
	switch {
	case m.Metadata.Hidden || m.Recipient != "" && m.Recipient != "all":
		return false
	case m.Content.ContentType != "text" && m.Content.ContentType != "multimodal_text":
		return false
	}
	return m.Author.Role == "user" || m.Author.Role == "assistant"
}

// text is m's text: its parts that are text (not pictures), without
// source markers.
func text(m *message) string {
	var parts []string
	for _, raw := range m.Content.Parts {
		var s string
		if json.Unmarshal(raw, &s) == nil && strings.TrimSpace(s) != "" {
			parts = append(parts, s)
		}
	}
	s := strings.Join(parts, "\n\n")
	s = citeRE.ReplaceAllString(s, "")
	return strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Co, r) {
			return -1
		}
		return r
	}, s)
}

// citeRE matches a source marker: "citeturn0search0", between private-use
// characters.
var citeRE = regexp.MustCompile("\ue200[^\ue201]*\ue201")

// writeAnswer writes an answer to the question asked, its place the
// message's number at, its headings from level down; it reports whether
// the answer had text.
func writeAnswer(l *corpus.Lines, answer, asked string, level, at int) bool {
	lines := strings.Split(strings.ReplaceAll(answer, "\r\n", "\n"), "\n")
	top := 7
	fence := ""
	for _, s := range lines {
		if fence = fenced(s, fence); fence != "" {
			continue
		}
		if n := headingLevel(s); n > 0 {
			top = min(top, n)
		}
	}
	lead := false // text before the first heading
	for _, s := range lines {
		if headingLevel(s) > 0 {
			break
		}
		lead = lead || strings.TrimSpace(s) != ""
	}
	if !lead && top == 7 {
		return false
	}
	l.Gap(at)
	if lead {
		l.Line(strings.Repeat("#", level)+" "+corpus.EscapeMarkdown(question(asked)), at)
		l.Gap(at)
	}
	fence = ""
	for _, s := range lines {
		was := fence
		fence = fenced(s, fence)
		if n := headingLevel(s); n > 0 && was == "" {
			s = strings.Repeat("#", min(level+n-top, 6)) + s[n:]
			l.Gap(at)
			l.Line(s, at)
			l.Gap(at)
			continue
		}
		l.Line(s, at)
	}
	return true
}

// question is what heads an answer's text before its first heading: the
// question's first line, cut short after about twelve words.
func question(asked string) string {
	q := oneLine(strings.SplitN(strings.TrimSpace(asked), "\n", 2)[0])
	if q == "" {
		return "Answer"
	}
	if words := strings.Fields(q); len(words) > 12 {
		q = strings.Join(words[:12], " ") + " …"
	}
	return q
}

// headingLevel is the level of a Markdown ATX heading line ("### …"), or 0.
func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n
}

// fenced returns the code fence open after line s, given the one open
// before it ("" for none).
func fenced(s, open string) string {
	t := strings.TrimLeft(s, " ")
	for _, f := range []string{"```", "~~~"} {
		if strings.HasPrefix(t, f) {
			if open == "" {
				return f
			}
			if open == f {
				return ""
			}
		}
	}
	return open
}

// oneLine is s with its spaces folded, valid UTF-8.
func oneLine(s string) string {
	return strings.Join(strings.Fields(strings.ToValidUTF8(s, string(utf8.RuneError))), " ")
}
