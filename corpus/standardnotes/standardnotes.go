// Package standardnotes reads a Standard Notes backup ("Standard Notes
// Backup and Import File.txt", the file a decrypted backup's archive
// holds, or the same saved as .json), as students keep their notes in an
// encrypted notes app. Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/standardnotes"
//
// A backup is {"version": "004", "items": […]}, each item {"uuid",
// "content_type", "content", "created_at", "updated_at", …}: a note
// ("Note", its content {"title", "text", "noteType", "editorIdentifier",
// "references", "appData", "trashed", …}), a tag ("Tag", {"title",
// "references"} naming its notes, and its parent tag when nested), and
// the app's own items: editors, themes, settings, keys ("SN|Component",
// "SN|UserPreferences", "SN|ItemsKey", …), which are left out. A note's
// text is read as its type says: Markdown, plain text, a task list, code,
// HTML (the rich-text editors), a spreadsheet's cells, or a Super note's
// Lexical editor state, of which the text is read with its headings,
// lists, quotes, code and tables. Authenticator notes (two-factor
// secrets) are left out, and so are notes in the trash.
//
// The backup is one document: each note a section titled by its title, in
// the order they were written, its own headings under it (a first
// heading that says its title again left out). The notes of a tag are
// grouped under it, a nested tag named with its parents ("Polity /
// Rights"), a note of several tags under the first by name, the notes of
// no tag first. A tag every note has titles the document, its notes
// grouped by their other tags; else the file's name titles it, and a
// backup of one note is titled by the note. The tags are the document's
// tags. In an encrypted backup each item's content is a string ("004:…")
// that only the account's password opens: it is refused with an error
// that says to download a decrypted backup. Each line's place is its
// note's number among the backup's notes.
package standardnotes

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

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/internal/noteapp"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Standard Notes backup",
		Extensions: []string{".json"}, // and the backup's .txt, told by its content: by its name, every text file would be one
		Magic:      IsBackup,
		Convert:    Convert,
		ByContent:  true, // a folder's other .json files are skipped
	})
}

// Limits on one backup.
const (
	MaxBytes = 100 << 20
	MaxItems = 100_000
	// maxDepth bounds how deep a Super note's blocks are read.
	maxDepth = 64
)

var (
	// itemsRE matches the backup's list of items.
	itemsRE = regexp.MustCompile(`"items"\s*:\s*\[`)
	// contentTypeRE matches an item's type, one of Standard Notes' own:
	// "Note", "Tag", "SN|Component", "SF|Extension".
	contentTypeRE = regexp.MustCompile(`"content_type"\s*:\s*"(?:Note|Tag|SmartTag|(?:SN|SF)\|[A-Za-z|]+)"`)
	// encryptedRE matches the content of an item a backup keeps
	// encrypted: the protocol's version, then its parts ("004:…").
	encryptedRE = regexp.MustCompile(`^00\d:`)
)

// IsBackup reports whether data is a Standard Notes backup, decrypted or
// not: an object whose items have Standard Notes' content types.
func IsBackup(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 64<<10)], "\ufeff \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && itemsRE.Match(head) && contentTypeRE.Match(head) && bytes.Contains(head, []byte(`"uuid"`))
}

type item struct {
	UUID    string          `json:"uuid"`
	Type    string          `json:"content_type"`
	Content json.RawMessage `json:"content"`
	Created string          `json:"created_at"`
	Deleted bool            `json:"deleted"`
}

type ref struct {
	UUID string `json:"uuid"`
	Type string `json:"content_type"`
}

type noteContent struct {
	Title      string `json:"title"`
	Text       string `json:"text"`
	NoteType   string `json:"noteType"`
	Editor     string `json:"editorIdentifier"`
	Trashed    bool   `json:"trashed"`
	References []ref  `json:"references"`
}

type tagContent struct {
	Title      string `json:"title"`
	References []ref  `json:"references"`
}

// note is a note to read.
type note struct {
	uuid, title string
	kind, text  string
	tags        []string // the uuids of its tags
	at          int      // its number among the backup's notes
	when        time.Time
	group       string // the uuid of the tag it is read under
}

// tag is a tag of the backup.
type tag struct {
	title, parent string
	notes         []string // the uuids of its notes
	path          string   // its title with its parents': "Polity / Rights"
}

// Convert writes a backup's notes as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("the Standard Notes backup is too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var backup struct {
		Items []item `json:"items"`
	}
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	if err := json.Unmarshal(data, &backup); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged Standard Notes backup: %w", noteapp.Broken(data, err))
	}
	if len(backup.Items) > MaxItems {
		return corpus.Converted{}, fmt.Errorf("the Standard Notes backup is too large: more than %d items", MaxItems)
	}
	notes, tags, err := read(backup.Items)
	if err != nil {
		return corpus.Converted{}, err
	}
	slices.SortStableFunc(notes, func(a, b note) int { return a.when.Compare(b.when) })

	var l corpus.Lines
	title := ""
	if len(notes) > 1 {
		if title = sharedTag(notes, tags); title != "" {
			l.Line("# "+corpus.EscapeMarkdown(tags[title].path), notes[0].at)
		}
	}
	// The tags go under the title (which the file's name may give): the
	// Markdown reader keeps them as the document's.
	tagLine := ""
	if names := tagNames(notes, tags); len(names) > 0 {
		tagLine = "Tags: " + corpus.EscapeMarkdown(strings.Join(names, ", "))
	}
	if tagLine != "" && len(notes) > 1 {
		l.Line(tagLine, notes[0].at)
	}
	grouped := group(notes, tags, title)
	if grouped {
		// The notes of no tag first, then each tag's, by the tag's name.
		slices.SortStableFunc(notes, func(a, b note) int { return byPath(tags, a.group, b.group) })
	}
	open := ""
	for _, n := range notes {
		level := 2
		switch {
		case len(notes) == 1:
			level = 1
		case grouped && n.group != "":
			if n.group != open {
				l.Gap(n.at)
				l.Line("## "+corpus.EscapeMarkdown(tags[n.group].path), n.at)
				open = n.group
			}
			level = 3
		}
		l.Gap(n.at)
		l.Line(strings.Repeat("#", level)+" "+corpus.EscapeMarkdown(n.title), n.at)
		if tagLine != "" && len(notes) == 1 {
			l.Line(tagLine, n.at)
		}
		l.Gap(n.at)
		for _, s := range noteapp.Shifted(untitled(body(n), n.title), level+1) {
			l.Line(s, n.at)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "note")
	c.TitledByName = len(notes) > 1 && title == ""
	return c, nil
}

// untitled is a note's lines without their first, when it is a heading
// that says the note's title again (a Super note's "# Right to Equality"
// under the title Right to Equality).
func untitled(lines []string, title string) []string {
	i := slices.IndexFunc(lines, func(s string) bool { return strings.TrimSpace(s) != "" })
	if i < 0 {
		return lines
	}
	if h, level := noteapp.Heading(lines[i]); level == 0 || !strings.EqualFold(corpus.OneLine(h), title) {
		return lines
	}
	return lines[i+1:]
}

// read returns the notes to read of a backup's items, and its tags by
// uuid.
func read(items []item) ([]note, map[string]*tag, error) {
	var notes []note
	tags := map[string]*tag{}
	number, encrypted, trashed, empty := 0, 0, 0, 0
	for _, it := range items {
		if it.Type == "Note" {
			number++
		}
		c := bytes.TrimSpace(it.Content)
		if len(c) > 0 && c[0] == '"' {
			var s string
			if json.Unmarshal(c, &s) == nil && encryptedRE.MatchString(s) {
				encrypted++
			}
			continue
		}
		if it.Deleted || len(c) == 0 || c[0] != '{' {
			continue
		}
		switch it.Type {
		case "Note":
			var nc noteContent
			if err := json.Unmarshal(c, &nc); err != nil {
				return nil, nil, fmt.Errorf("damaged Standard Notes backup: note %d: %v", number, err)
			}
			if nc.Trashed {
				trashed++
				continue
			}
			n := note{uuid: it.UUID, title: corpus.OneLine(nc.Title), kind: kind(nc), text: nc.Text, at: number}
			if n.kind == "authentication" {
				continue // two-factor secrets, no notes
			}
			if n.title == "" && strings.TrimSpace(n.text) == "" {
				empty++
				continue
			}
			n.when, _ = time.Parse(time.RFC3339, it.Created)
			for _, r := range nc.References {
				if r.Type == "Tag" {
					n.tags = append(n.tags, r.UUID) // a note's tags were once its references
				}
			}
			notes = append(notes, n)
		case "Tag":
			var tc tagContent
			if err := json.Unmarshal(c, &tc); err != nil {
				return nil, nil, fmt.Errorf("damaged Standard Notes backup: tag %q: %v", it.UUID, err)
			}
			t := &tag{title: corpus.OneLine(tc.Title)}
			for _, r := range tc.References {
				switch r.Type {
				case "Note":
					t.notes = append(t.notes, r.UUID)
				case "Tag":
					t.parent = r.UUID
				}
			}
			tags[it.UUID] = t
		}
	}
	switch {
	case encrypted > 0:
		return nil, nil, errors.New("this Standard Notes backup is encrypted: only the account's password opens its notes. " +
			"In Standard Notes, download a decrypted backup (Preferences › Backups › Download backup, Decrypted) and add the \"Standard Notes Backup and Import File.txt\" it holds")
	case len(notes) == 0 && empty > 0:
		return nil, nil, errors.New("the Standard Notes backup's notes are empty")
	case len(notes) == 0 && trashed > 0:
		return nil, nil, errors.New("the Standard Notes backup has no notes but those in the trash")
	case len(notes) == 0:
		return nil, nil, errors.New("the Standard Notes backup has no notes")
	}
	byUUID := map[string]int{}
	for i, n := range notes {
		byUUID[n.uuid] = i
	}
	for id, t := range tags {
		for _, u := range t.notes {
			if i, ok := byUUID[u]; ok {
				notes[i].tags = append(notes[i].tags, id)
			}
		}
		t.path = path(tags, id)
	}
	for i := range notes {
		// Each tag once, and only the backup's: a reference may name a
		// tag deleted since.
		slices.Sort(notes[i].tags)
		notes[i].tags = slices.Compact(notes[i].tags)
		notes[i].tags = slices.DeleteFunc(notes[i].tags, func(id string) bool { return tags[id] == nil })
		if notes[i].title == "" {
			notes[i].title = fmt.Sprintf("Note %d", notes[i].at)
		}
	}
	return notes, tags, nil
}

// kind is the kind of a note's text: its type ("markdown", "super"), or
// the type of its editor when it has none (notes written before types).
func kind(nc noteContent) string {
	if nc.NoteType != "" && nc.NoteType != "unknown" {
		return nc.NoteType
	}
	e := nc.Editor
	switch {
	case strings.Contains(e, "super"):
		return "super"
	case strings.Contains(e, "markdown"):
		return "markdown"
	case strings.Contains(e, "plus-editor"), strings.Contains(e, "bold-editor"):
		return "rich-text"
	case strings.Contains(e, "task"):
		return "task"
	case strings.Contains(e, "code-editor"):
		return "code"
	case strings.Contains(e, "token-vault"):
		return "authentication"
	case strings.Contains(e, "sheets"):
		return "spreadsheet"
	}
	return "plain-text"
}

// path is the name of a tag with the tags it is nested in: "Polity /
// Rights".
func path(tags map[string]*tag, id string) string {
	var names []string
	for seen := 0; id != "" && seen < 16; seen++ {
		t, ok := tags[id]
		if !ok {
			break
		}
		names = append([]string{cmp.Or(t.title, "Untitled tag")}, names...)
		id = t.parent
	}
	return strings.Join(names, " / ")
}

// sharedTag returns the uuid of the tag every note has, the first by its
// path, or "".
func sharedTag(notes []note, tags map[string]*tag) string {
	count := map[string]int{} // the notes of each tag
	for _, n := range notes {
		for _, id := range n.tags {
			count[id]++
		}
	}
	shared := ""
	for id, c := range count {
		if c == len(notes) && (shared == "" || byPath(tags, id, shared) < 0) {
			shared = id
		}
	}
	return shared
}

// byPath orders tags by their paths, "" (no tag) first.
func byPath(tags map[string]*tag, a, b string) int {
	switch {
	case a == b:
		return 0
	case a == "":
		return -1
	case b == "":
		return 1
	}
	return cmp.Or(cmp.Compare(strings.ToLower(tags[a].path), strings.ToLower(tags[b].path)), cmp.Compare(a, b))
}

// group sets the tag each note is read under, the first of its tags by
// path but the one that titles the document, and reports whether any
// note has one.
func group(notes []note, tags map[string]*tag, titled string) bool {
	grouped := false
	for i, n := range notes {
		for _, id := range n.tags {
			if id != titled && (notes[i].group == "" || byPath(tags, id, notes[i].group) < 0) {
				notes[i].group = id
				grouped = true
			}
		}
	}
	return grouped
}

// tagNames returns the names of the notes' tags, by path, each once.
func tagNames(notes []note, tags map[string]*tag) []string {
	seen := map[string]bool{}
	var ids []string
	for _, n := range notes {
		for _, id := range n.tags {
			if !seen[id] {
				seen[id] = true
				ids = append(ids, id)
			}
		}
	}
	slices.SortFunc(ids, func(a, b string) int { return byPath(tags, a, b) })
	var names []string
	named := map[string]bool{}
	for _, id := range ids {
		if name := tags[id].title; name != "" && !named[name] {
			named[name] = true
			names = append(names, name)
		}
	}
	return names
}
