// Package joplin reads a Joplin export archive (.jex, "Export › JEX"), as
// students move their notebooks out of Joplin. Importing it registers the
// format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/joplin"
//
// A .jex is a tar archive of Joplin's raw items, a file each: a note's
// title on its first line, its Markdown body after a blank line, then its
// properties ("id: …", "parent_id: …", "created_time: …", "type_: 1");
// a notebook is an item of type 2, a picture or attachment of type 4, a
// tag of type 5. The archive is read as one document titled by the
// file's name: each notebook a section in the order of their titles,
// each of its notes a section under it in the order they were written,
// the note's own headings under that. Pictures, attachments, tags,
// revisions and the properties are left out. Each line's place is the
// note's number in the archive.
package joplin

import (
	"archive/tar"
	"bytes"
	"cmp"
	"errors"
	"fmt"
	"io"
	"regexp"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Joplin export",
		Extensions: []string{".jex"},
		Magic:      IsExport,
		Convert:    Convert,
	})
}

// Limits on one archive.
const (
	MaxBytes = 200 << 20
	MaxItems = 50_000
	maxItem  = 16 << 20 // one item's bytes
)

// IsExport reports whether data is a tar archive whose first item is a
// Joplin item: a .md file with a "type_:" property.
func IsExport(data []byte) bool {
	tr := tar.NewReader(bytes.NewReader(data[:min(len(data), 1<<20)]))
	h, err := tr.Next()
	if err != nil || !strings.HasSuffix(h.Name, ".md") {
		return false
	}
	head, _ := io.ReadAll(io.LimitReader(tr, 64<<10))
	return propertyLineRE.Match(head) && bytes.Contains(head, []byte("\ntype_: "))
}

// propertyLineRE matches a line of an item's properties.
var propertyLineRE = regexp.MustCompile(`(?m)^[a-z_]+: ?.*$`)

// item is one of the archive's items.
type item struct {
	kind        string // "1" a note, "2" a notebook
	id, parent  string
	title, body string
	created     string
	at          int // its number in the archive
}

// Convert writes a Joplin export as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("the Joplin export is too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	tr := tar.NewReader(bytes.NewReader(data))
	var items []item
	for n := 1; ; n++ {
		h, err := tr.Next()
		if err == io.EOF {
			break
		}
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("damaged Joplin export: item %d: %v", n, err)
		}
		if n > MaxItems {
			return corpus.Converted{}, fmt.Errorf("the Joplin export is too large: more than %d items", MaxItems)
		}
		if h.Typeflag != tar.TypeReg || !strings.HasSuffix(h.Name, ".md") || h.Size > maxItem {
			continue // a resource's file, a folder
		}
		raw, err := io.ReadAll(io.LimitReader(tr, maxItem))
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("damaged Joplin export: %s: %v", h.Name, err)
		}
		if it, ok := parseItem(string(raw)); ok {
			it.at = n
			items = append(items, it)
		}
	}
	folders := map[string]item{}
	var notes []item
	for _, it := range items {
		switch it.kind {
		case "1":
			notes = append(notes, it)
		case "2":
			folders[it.id] = it
		}
	}
	if len(notes) == 0 {
		return corpus.Converted{}, errors.New("the Joplin export has no notes")
	}
	path := func(it item) string { // the notebooks over a note, "Polity › Rights"
		var names []string
		for p, seen := it.parent, 0; p != "" && seen < 16; seen++ {
			f, ok := folders[p]
			if !ok {
				break
			}
			names = append([]string{corpus.OneLine(f.title)}, names...)
			p = f.parent
		}
		return strings.Join(names, " › ")
	}
	slices.SortStableFunc(notes, func(a, b item) int {
		return cmp.Or(cmp.Compare(path(a), path(b)), cmp.Compare(a.created, b.created))
	})
	var l corpus.Lines
	notebook := "\x00"
	for _, n := range notes {
		level := "## "
		if p := path(n); p != "" {
			if p != notebook {
				l.Gap(n.at)
				l.Line("## "+corpus.EscapeMarkdown(p), n.at)
				l.Gap(n.at)
			}
			notebook, level = p, "### "
		}
		l.Gap(n.at)
		l.Line(level+corpus.EscapeMarkdown(cmp.Or(corpus.OneLine(n.title), "(untitled)")), n.at)
		l.Gap(n.at)
		fence := false
		for _, s := range strings.Split(n.body, "\n") {
			t := strings.TrimSpace(s)
			if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
				fence = !fence
			}
			if !fence && strings.HasPrefix(s, "#") && strings.TrimLeft(s, "#") != s && strings.HasPrefix(strings.TrimLeft(s, "#"), " ") {
				s = strings.Repeat("#", len(level)-1) + s // the note's headings under its own
			}
			l.Line(resourceRE.ReplaceAllString(s, ""), n.at)
		}
	}
	l.TrimEnd()
	c := l.Converted(true, "note")
	c.TitledByName = true
	return c, nil
}

// resourceRE matches a picture or attachment a note links to by its ID:
// "![map](:/0b6c…)", "[notes.pdf](:/9f1e…)".
var resourceRE = regexp.MustCompile(`!?\[[^\]]*\]\(:/[0-9a-f]{32}\)`)

// parseItem reads a raw item: its title, its body and its properties.
func parseItem(raw string) (item, bool) {
	lines := strings.Split(strings.ReplaceAll(raw, "\r\n", "\n"), "\n")
	end := len(lines)
	for end > 0 && strings.TrimSpace(lines[end-1]) == "" {
		end--
	}
	// The properties are the lines after the last blank one, each "key:
	// value" ("Article: 21" in a note's body is no property).
	start := end
	for start > 0 && strings.TrimSpace(lines[start-1]) != "" {
		start--
	}
	if !slices.ContainsFunc(lines[start:end], func(p string) bool { return strings.HasPrefix(p, "type_:") }) ||
		slices.ContainsFunc(lines[start:end], func(p string) bool { return !propertyLineRE.MatchString(p) }) {
		return item{}, false
	}
	props := map[string]string{}
	for _, p := range lines[start:end] {
		k, v, _ := strings.Cut(p, ":")
		props[k] = strings.TrimSpace(v)
	}
	it := item{kind: props["type_"], id: props["id"], parent: props["parent_id"], created: cmp.Or(props["user_created_time"], props["created_time"])}
	text := lines[:start]
	if len(text) > 0 {
		it.title = text[0]
		it.body = strings.TrimSpace(strings.Join(text[1:], "\n"))
	}
	return it, true
}
