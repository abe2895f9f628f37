// Package dayone reads a Day One journal exported as JSON (Journal.json,
// in the archive "Export › JSON" makes), as students keep a study diary.
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/dayone"
//
// The export is {"metadata": {"version": "1.0"}, "entries": […]}, each
// entry {"uuid", "creationDate", "timeZone", "text", "richText", "tags",
// "starred", "location", "weather", "photos", …}. An entry's text is Day
// One's Markdown: its first line (a "# " heading, mostly) is its title, a
// photo is a link "![](dayone-moment://…)", and the characters that are
// no markup are escaped with a backslash ("Art\. 21"). The journal is one
// document: each entry a section in the order they were written, titled
// by its first line, with the day it was written (in its own time zone)
// and the place, if Day One kept one, as a line under its title; the
// entry's own headings are under that. The tag every entry has titles the
// journal, else the file's name does; the entries' tags are its tags.
// Day One's escapes are undone where the character they keep can be read
// as no markup. Photos and other media, the rich text (the same text
// again, as Day One's editor keeps it), the weather, the ids and the
// devices are left out. Each line's place is its entry's number in the
// file.
package dayone

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
	_ "time/tzdata" // the entries' time zones, where the host has none
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/internal/noteapp"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Day One journal",
		Extensions: []string{".json"},
		Magic:      IsJournal,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files are skipped
	})
}

// Limits on one journal.
const (
	MaxBytes   = 100 << 20
	MaxEntries = 50_000
)

var (
	// metadataRE matches the export's metadata, {"version": …}.
	metadataRE = regexp.MustCompile(`"metadata"\s*:\s*\{\s*"version"\s*:`)
	// entriesRE matches the start of its entries: an empty list, or the
	// first entry's brace.
	entriesRE = regexp.MustCompile(`"entries"\s*:\s*\[\s*(?:\]|\{)`)
)

// IsJournal reports whether data is a journal Day One exported as JSON:
// an object with Day One's metadata and entries, none or the first with
// a creationDate and a uuid (Day One writes an entry's fields in any
// order).
func IsJournal(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 64<<10)], "\ufeff \t\r\n")
	m := entriesRE.FindIndex(head)
	if !bytes.HasPrefix(head, []byte("{")) || m == nil || !metadataRE.Match(data) {
		return false
	}
	return bytes.HasSuffix(head[:m[1]], []byte("]")) ||
		bytes.Contains(head[m[1]:], []byte(`"creationDate"`)) && bytes.Contains(head[m[1]:], []byte(`"uuid"`))
}

type entry struct {
	Created  string   `json:"creationDate"`
	TimeZone string   `json:"timeZone"`
	Text     string   `json:"text"`
	Tags     []string `json:"tags"`
	Location struct {
		Place    string `json:"placeName"`
		Locality string `json:"localityName"`
		Country  string `json:"country"`
	} `json:"location"`
	at   int // its number in the file
	when time.Time
}

// Convert writes a journal's entries as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("the Day One journal is too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var journal struct {
		Entries []entry `json:"entries"`
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if err := json.Unmarshal(data, &journal); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged Day One journal: %w", noteapp.Broken(data, err))
	}
	if len(journal.Entries) > MaxEntries {
		return corpus.Converted{}, fmt.Errorf("the Day One journal is too large: more than %d entries; export it in parts", MaxEntries)
	}
	zones := map[string]*time.Location{}
	var entries []entry
	for i, e := range journal.Entries {
		e.Text = strings.TrimSpace(media(e.Text))
		if e.Text == "" {
			continue // photos alone
		}
		e.at = i + 1
		if t, err := time.Parse(time.RFC3339, e.Created); err == nil {
			e.when = t.In(zone(zones, e.TimeZone))
		}
		entries = append(entries, e)
	}
	if len(entries) == 0 {
		return corpus.Converted{}, errors.New("the Day One journal has no entries with text")
	}
	slices.SortStableFunc(entries, func(a, b entry) int { return a.when.Compare(b.when) })

	var l corpus.Lines
	title := ""
	if len(entries) > 1 {
		if title = sharedTag(entries); title != "" {
			l.Line("# "+corpus.EscapeMarkdown(title), entries[0].at)
		}
	}
	tags := make([][]string, len(entries))
	for i, e := range entries {
		tags[i] = e.Tags
	}
	if tags := noteapp.AllTags(tags...); len(tags) > 0 {
		// Under the title (which the file's name may give): the Markdown
		// reader keeps it as the tags.
		l.Line("Tags: "+corpus.EscapeMarkdown(strings.Join(tags, ", ")), entries[0].at)
	}
	for _, e := range entries {
		head, body := split(unescaped(strings.Split(e.Text, "\n")))
		l.Gap(e.at)
		l.Line("## "+head, e.at)
		l.Gap(e.at)
		if line := dateLine(e); line != "" {
			l.Line(line, e.at)
			l.Gap(e.at)
		}
		for _, s := range noteapp.Shifted(noteapp.HardBreaks(body), 3) {
			l.Line(s, e.at)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "entry")
	c.TitledByName = title == ""
	return c, nil
}

// momentRE matches a photo, a video, a recording or a PDF an entry shows
// where it stands: "![](dayone-moment://3A0B…)", "![](dayone-moment:/video/…)".
var momentRE = regexp.MustCompile(`!\[[^\]\n]*\]\(dayone-moment:[^)\n]*\)`)

// media is an entry's text without its media, and without the object
// replacement characters Day One's editor leaves where they stood.
func media(text string) string {
	text = strings.ReplaceAll(text, "\r\n", "\n")
	if strings.Contains(text, "dayone-moment:") {
		text = momentRE.ReplaceAllString(text, "")
	}
	return strings.ReplaceAll(text, "\ufffc", "")
}

// zone returns the time zone named, or UTC, loading each once.
func zone(zones map[string]*time.Location, name string) *time.Location {
	if loc, ok := zones[name]; ok {
		return loc
	}
	loc, err := time.LoadLocation(name)
	if err != nil || name == "" {
		loc = time.UTC
	}
	zones[name] = loc
	return loc
}

// dateLine is the line under an entry's title: the day it was written,
// "12 March 2024", and where, "Lodhi Garden, New Delhi, India".
func dateLine(e entry) string {
	var parts []string
	for _, p := range []string{e.Location.Place, e.Location.Locality, e.Location.Country} {
		p = strings.Join(strings.Fields(p), " ")
		if p != "" && !slices.Contains(parts, p) {
			parts = append(parts, p)
		}
	}
	day := ""
	if !e.when.IsZero() {
		day = e.when.Format("2 January 2006")
	}
	place := corpus.EscapeMarkdown(strings.Join(parts, ", "))
	switch {
	case day == "":
		return place
	case place == "":
		return day
	}
	return day + ", " + place
}

// split returns an entry's title, as a heading's text, and the lines of
// its text: its first line, a heading or not.
func split(lines []string) (string, []string) {
	i := slices.IndexFunc(lines, func(s string) bool { return strings.TrimSpace(s) != "" })
	first, rest := strings.TrimSpace(lines[i]), lines[i+1:]
	if t, level := noteapp.Heading(first); level > 0 {
		first = t
	} else if utf8.RuneCountInString(first) > noteapp.MaxTitle {
		rest = append([]string{first, ""}, rest...)
		first = noteapp.FirstWords(first)
	}
	for len(rest) > 0 && strings.TrimSpace(rest[0]) == "" {
		rest = rest[1:]
	}
	return cmp.Or(first, "Untitled entry"), rest
}

// unescaped is an entry's lines with Day One's escapes undone where the
// character can be read as no markup: "Art\. 21 \(1950\)" is "Art. 21
// (1950)". An escape is kept where the character would be markup (an
// emphasis's "\*", a "\#" that would open a heading, the "1\." of a
// numbered paragraph), and the Markdown reader reads it as the character.
// Code blocks are left as they are.
func unescaped(lines []string) []string {
	noteapp.OutsideCode(lines, func(i int) {
		if strings.Contains(lines[i], `\`) {
			lines[i] = unescapeLine(lines[i])
		}
	})
	return lines
}

// unescapeLine undoes the escapes of a line (see unescaped).
func unescapeLine(s string) string {
	lead := len(s) - len(strings.TrimLeft(s, " \t"))
	digits := lead // the end of the number a line starts with
	for digits < len(s) && s[digits] >= '0' && s[digits] <= '9' {
		digits++
	}
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		if s[i] != '\\' || i+1 == len(s) || !isPunct(s[i+1]) {
			b.WriteByte(s[i])
			continue
		}
		c, next := s[i+1], byte(0)
		if i+2 < len(s) {
			next = s[i+2]
		}
		keep := strings.IndexByte("\\*_`[]<>|~", c) >= 0 ||
			i == lead && strings.IndexByte("#-+>=", c) >= 0 || // a heading, a list, a quote, an underline
			i == digits && digits > lead && (c == '.' || c == ')') || // a numbered list's "1."
			c == '!' && next == '[' || c == '=' && next == '=' || c == ':' && isWordByte(next) ||
			c == '(' && next == '(' || c == '{' || c == '}'
		if keep {
			b.WriteByte('\\')
		}
		b.WriteByte(c)
		i++
	}
	return b.String()
}

func isPunct(c byte) bool {
	return c >= '!' && c <= '/' || c >= ':' && c <= '@' || c >= '[' && c <= '`' || c >= '{' && c <= '~'
}

func isWordByte(c byte) bool {
	return c >= 'a' && c <= 'z' || c >= 'A' && c <= 'Z' || c >= '0' && c <= '9' || c == '_'
}

// sharedTag returns the tag every entry has, the first of the first
// entry's, or "".
func sharedTag(entries []entry) string {
	count := map[string]int{} // the entries of each tag, in lower case
	for _, e := range entries {
		seen := map[string]bool{}
		for _, t := range e.Tags {
			if t = strings.ToLower(strings.Join(strings.Fields(t), " ")); t != "" && !seen[t] {
				seen[t] = true
				count[t]++
			}
		}
	}
	for _, t := range entries[0].Tags {
		if t = strings.Join(strings.Fields(t), " "); t != "" && count[strings.ToLower(t)] == len(entries) {
			return t
		}
	}
	return ""
}
