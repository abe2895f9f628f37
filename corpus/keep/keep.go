// Package keep reads notes exported from Google Keep by Google Takeout,
// where students jot down facts as they read. Takeout writes each note
// twice, as a .json and as an .html page, beside a Labels.txt; either file
// is read, to the same document (corpus.Load skips the copy), and
// Labels.txt is skipped. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/keep"
//
// A note is a document titled by its title (untitled, by its first words),
// its labels the document's tags, its text read by the plain-text rules
// (headings, bullets, Q:/A: pairs), a checklist's items a list.
package keep

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Google Keep note",
		Extensions: []string{".json"},
		Magic:      IsNote,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files are skipped
		Skip:       skip,
		Beside:     map[string]string{"Labels.txt": "the list of labels of a Google Keep export"},
		SameTitles: true, // notes titled alike are kept apart: "Polity", "Polity (2)"
	})
}

// note is what this package reads of a note: the fields Takeout's JSON
// and HTML both give.
type note struct {
	title   string
	text    string // its text, lines apart
	items   []item // a checklist's items
	labels  []string
	trashed bool
	line    int // the line of the file its text is on (a note's .json is one line)
}

// item is an entry of a checklist: its text, and whether it is ticked;
// or, set all in bold, the heading of the entries under it.
type item struct {
	text    string
	checked bool
	heading bool
}

// pinnedHeading reports whether a checklist's item is a heading typed as
// one: an emoji, then words in capitals, the first two with letters at
// least ("📌 WHY FARMERS BURN (the time squeeze)", "📌 WHY IT MATTERS –
// air, health, soil", "📌 TO DO").
func pinnedHeading(t string) bool {
	r, size := utf8.DecodeRuneInString(t)
	if !corpus.IsEmoji(r) {
		return false
	}
	words, letters := 0, 0
	for _, w := range strings.Fields(corpus.DropBrackets(t[size:])) { // a remark aside: "📌 IN-SITU (straw stays in the field)"
		if !strings.ContainsFunc(w, unicode.IsLetter) {
			continue
		}
		if strings.ContainsFunc(w, unicode.IsLower) {
			return false
		}
		letters += len(w)
		if words++; words == 2 {
			break
		}
	}
	return letters >= 3
}

// empty reports whether a note has no text, only pictures or drawings.
func (n note) empty() bool { return n.text == "" && len(n.items) == 0 }

const noText = "a Google Keep note with no text (only pictures or drawings?)"

// IsNote reports whether data is a note exported from Google Keep, as
// JSON or as HTML.
func IsNote(data []byte) bool {
	return isJSONNote(data) || isHTMLNote(data)
}

// Convert writes a note as plain text: its title, a "Tags:" line of its
// labels, and its text and items, ticked (☑) or not (☐).
func Convert(data []byte) (corpus.Converted, error) {
	n, err := read(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	if n.empty() {
		return corpus.Converted{}, errors.New(noText)
	}
	var b strings.Builder
	b.WriteString(corpus.OneLine(titleOf(n)) + "\n")
	if len(n.labels) > 0 {
		b.WriteString("Tags: " + strings.Join(n.labels, ", ") + "\n")
	}
	b.WriteString("\n")
	if n.text != "" {
		b.WriteString(lineParagraphs(n.text) + "\n")
	}
	if len(n.items) > 0 {
		b.WriteString("\n")
		if n.text != "" {
			b.WriteString("Checklist\n=========\n") // its own part, not the text's last
		}
		for _, it := range n.items {
			if it.heading {
				b.WriteString("\n" + corpus.OneLine(it.text) + "\n")
				continue
			}
			box := "☐"
			if it.checked {
				box = "☑"
			}
			b.WriteString("- " + box + " " + corpus.OneLine(it.text) + "\n")
		}
	}
	text := []byte(b.String())
	origin := make([]int, bytes.Count(text, []byte("\n")))
	for i := range origin {
		origin[i] = n.line // its passages and problems are cited at that line
	}
	return corpus.Converted{Text: text, Origin: origin}, nil
}

// read reads a note from its JSON or HTML.
func read(data []byte) (note, error) {
	switch {
	case isJSONNote(data):
		return readJSON(data)
	case isHTMLNote(data):
		return readHTML(data)
	}
	return note{}, errors.New("not a note exported from Google Keep (want a note's .json or .html from Google Takeout)")
}

// skip says why a note found in a folder is not read: it is in the trash,
// or has no text.
func skip(data []byte) string {
	n, err := read(data)
	switch {
	case err != nil:
		return ""
	case n.trashed:
		return "a Google Keep note in the trash"
	case n.empty():
		return noText
	}
	return ""
}

// untitledWords is how many of its first words title an untitled note.
const untitledWords = 8

// titleOf is a note's title, or the first words of its text when it has
// none, as Keep shows an untitled note.
func titleOf(n note) string {
	if t := strings.TrimSpace(n.title); t != "" {
		return t
	}
	first := n.text
	if first == "" {
		first = n.items[0].text
	}
	first, _, _ = strings.Cut(strings.TrimSpace(first), "\n")
	words := strings.Fields(strings.TrimLeft(first, "-*•·–☐☑✓✔ ")) // not a list's mark
	if len(words) > untitledWords {
		return strings.Join(words[:untitledWords], " ") + " …"
	}
	return strings.Join(words, " ")
}

// tidy writes a note's text alike from JSON and HTML: lines apart at "\n",
// no space at their ends, no-break spaces as spaces.
func tidy(s string) string {
	s = strings.NewReplacer("\r\n", "\n", "\r", "\n", "\u00a0", " ").Replace(s)
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " \t")
	}
	return strings.Trim(strings.Join(lines, "\n"), "\n")
}

// jsonNote is a note's .json as Takeout writes it.
type jsonNote struct {
	Title       string `json:"title"`
	TextContent string `json:"textContent"`
	ListContent []struct {
		Text      string `json:"text"`
		HTML      string `json:"textHtml"`
		IsChecked bool   `json:"isChecked"`
	} `json:"listContent"`
	Labels []struct {
		Name string `json:"name"`
	} `json:"labels"`
	IsTrashed bool `json:"isTrashed"`
}

func isJSONNote(data []byte) bool {
	return bytes.HasPrefix(bytes.TrimLeft(data, " \t\r\n\ufeff"), []byte("{")) &&
		bytes.Contains(data, []byte(`"userEditedTimestampUsec"`)) && bytes.Contains(data, []byte(`"isTrashed"`)) &&
		(bytes.Contains(data, []byte(`"textContent"`)) || bytes.Contains(data, []byte(`"listContent"`)))
}

func readJSON(data []byte) (note, error) {
	var j jsonNote
	if err := json.Unmarshal(bytes.TrimPrefix(bytes.TrimLeft(data, " \t\r\n"), []byte("\ufeff")), &j); err != nil {
		return note{}, fmt.Errorf("cannot read this Google Keep note: %v", err)
	}
	n := note{title: j.Title, text: tidy(j.TextContent), trashed: j.IsTrashed, line: 1}
	for _, it := range j.ListContent {
		if t := strings.TrimSpace(it.Text); t != "" {
			n.items = append(n.items, item{t, it.IsChecked, allBold(it.HTML) || pinnedHeading(t)})
		}
	}
	for _, l := range j.Labels {
		if name := strings.TrimSpace(l.Name); name != "" {
			n.labels = append(n.labels, name)
		}
	}
	return n, nil
}

// allBold reports whether an item's HTML sets all its text in bold
// ("<b>🐯 PANNA TIGER RESERVE</b>"), as a checklist's headings are typed.
func allBold(h string) bool {
	inner, ok := strings.CutPrefix(strings.TrimSpace(h), "<b>")
	inner, ok2 := strings.CutSuffix(inner, "</b>")
	return ok && ok2 && !strings.Contains(inner, "<b>") && strings.TrimSpace(inner) != ""
}

// isHTMLNote reports whether data is a note's .html as Takeout writes it:
// a page holding one <div class="note …"> with a heading (its date).
func isHTMLNote(data []byte) bool {
	head := data[:min(len(data), 16<<10)]
	return bytes.Contains(head, []byte(`<div class="note`)) && bytes.Contains(head, []byte(`<div class="heading">`))
}

// lineParagraphs sets a blank line between a long line of a note's text
// and a line after it that starts in lower case, which text read as
// wrapped would join to it: Keep wraps no line, so each is a line a
// student typed ("full name: Street Vendors …" over "assent 4 Mar 2014 …").
func lineParagraphs(text string) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, l := range lines {
		b.WriteString(l)
		if i+1 == len(lines) {
			break
		}
		b.WriteString("\n")
		t := strings.TrimSpace(l)
		if r, _ := utf8.DecodeRuneInString(strings.TrimSpace(lines[i+1])); unicode.IsLower(r) && utf8.RuneCountInString(t) >= 40 && !strings.ContainsAny(t[len(t)-1:], ".!?:") {
			b.WriteString("\n")
		}
	}
	return b.String()
}
