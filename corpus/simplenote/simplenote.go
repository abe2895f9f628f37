// Package simplenote reads the notes exported from Simplenote ("Export
// notes": notes.json, in the archive's source folder), as students keep
// short notes synced between phone and laptop. Importing it registers the
// format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/simplenote"
//
// The export is {"activeNotes": […], "trashedNotes": […]}, each note
// {"id", "content", "creationDate", "lastModified", "tags", "markdown",
// "pinned", "publicURL", "collaboratorEmails"}, its content's lines ending
// in "\r\n". A note has no title of its own: its first line is its title
// and the rest its text, Markdown when "markdown" is true, else plain text
// read as written. The notes are one document, a section each in the
// order they were written, their own headings under their titles; the tag
// every note has titles it, else the file's name does, and a file of one
// note is titled by the note. The notes' tags are the document's tags.
// Notes in the trash, the ids, dates, pins, links of published notes and
// collaborators are left out. Each line's place is its note's number in
// activeNotes.
package simplenote

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
	"github.com/conceptbot/conceptbot/corpus/internal/noteapp"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Simplenote export",
		Extensions: []string{".json"},
		Magic:      IsExport,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files are skipped
	})
}

// Limits on one export.
const (
	MaxBytes = 50 << 20
	MaxNotes = 20_000
)

var (
	// activeRE and trashedRE match the export's two lists of notes.
	activeRE  = regexp.MustCompile(`"activeNotes"\s*:\s*\[`)
	trashedRE = regexp.MustCompile(`"trashedNotes"\s*:\s*\[`)
)

// IsExport reports whether data is Simplenote's notes.json: an object
// whose lists are activeNotes and trashedNotes.
func IsExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 64<<10)], "\ufeff \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && activeRE.Match(head) && trashedRE.Match(data)
}

type note struct {
	Content  string   `json:"content"`
	Created  string   `json:"creationDate"`
	Tags     []string `json:"tags"`
	Markdown bool     `json:"markdown"`
	at       int      // its number in activeNotes
	when     time.Time
}

// Convert writes an export's notes as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("the Simplenote export is too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var export struct {
		Active  []note            `json:"activeNotes"`
		Trashed []json.RawMessage `json:"trashedNotes"`
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if err := json.Unmarshal(data, &export); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged Simplenote export: %w", noteapp.Broken(data, err))
	}
	if len(export.Active) > MaxNotes {
		return corpus.Converted{}, fmt.Errorf("the Simplenote export is too large: more than %d notes", MaxNotes)
	}
	var notes []note
	for i, n := range export.Active {
		n.Content = strings.TrimSpace(strings.ReplaceAll(strings.ReplaceAll(n.Content, "\r\n", "\n"), "\r", "\n"))
		if n.Content == "" {
			continue
		}
		n.at = i + 1
		n.when, _ = time.Parse(time.RFC3339, n.Created) // undated notes go first
		notes = append(notes, n)
	}
	if len(notes) == 0 {
		if len(export.Trashed) > 0 {
			return corpus.Converted{}, errors.New("the Simplenote export has no notes but those in the trash")
		}
		return corpus.Converted{}, errors.New("the Simplenote export has no notes")
	}
	slices.SortStableFunc(notes, func(a, b note) int { return a.when.Compare(b.when) })

	var l corpus.Lines
	one := len(notes) == 1
	noteTags := make([][]string, len(notes))
	for i, n := range notes {
		noteTags[i] = n.Tags
	}
	tags := noteapp.AllTags(noteTags...)
	title := ""
	if !one {
		if title = sharedTag(notes); title != "" {
			l.Line("# "+corpus.EscapeMarkdown(title), notes[0].at)
		}
		if len(tags) > 0 {
			l.Line(tagLine(tags), notes[0].at)
		}
	}
	for _, n := range notes {
		head, body := split(n)
		if one {
			l.Line("# "+head, n.at)
			if len(tags) > 0 {
				l.Line(tagLine(tags), n.at)
			}
		} else {
			l.Gap(n.at)
			l.Line("## "+head, n.at)
		}
		l.Gap(n.at)
		level := 3
		if one {
			level = 2
		}
		for _, s := range noteapp.Shifted(body, level) {
			l.Line(s, n.at)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "note")
	c.TitledByName = !one && title == ""
	return c, nil
}

// tagLine is the line of the notes' tags, under the title (which the
// file's name may give): the Markdown reader keeps it as the tags.
func tagLine(tags []string) string {
	return "Tags: " + corpus.EscapeMarkdown(strings.Join(tags, ", "))
}

// split returns a note's title, as a heading's text, and the lines of its
// text, as Markdown.
func split(n note) (string, []string) {
	first, rest, _ := strings.Cut(n.Content, "\n")
	first = strings.TrimSpace(first)
	lines := strings.Split(strings.Trim(rest, "\n"), "\n")
	if utf8.RuneCountInString(first) > noteapp.MaxTitle {
		lines = append([]string{first, ""}, lines...)
		first = noteapp.FirstWords(first)
	}
	if n.Markdown {
		if t, level := noteapp.Heading(first); level > 0 {
			first = t // a Markdown note's title is often a heading
		}
	} else {
		first = corpus.EscapeMarkdown(first)
		for i, s := range lines {
			lines[i] = noteapp.Plain(s)
		}
		lines = noteapp.HardBreaks(lines)
	}
	return cmp.Or(first, "Untitled note"), lines
}

// sharedTag returns the tag every note has, the first of the first
// note's, or "".
func sharedTag(notes []note) string {
	count := map[string]int{} // the notes of each tag, in lower case
	for _, n := range notes {
		seen := map[string]bool{}
		for _, t := range n.Tags {
			if t = strings.ToLower(strings.TrimSpace(t)); t != "" && !seen[t] {
				seen[t] = true
				count[t]++
			}
		}
	}
	for _, t := range notes[0].Tags {
		if t = strings.TrimSpace(t); t != "" && count[strings.ToLower(t)] == len(notes) {
			if !strings.Contains(t, " ") {
				t = strings.NewReplacer("-", " ", "_", " ").Replace(t) // a tag has no spaces: "fundamental-rights"
			}
			return strings.Join(strings.Fields(t), " ")
		}
	}
	return ""
}
