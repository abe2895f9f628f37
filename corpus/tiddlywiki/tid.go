package tiddlywiki

import (
	"bytes"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// field is a field of a tiddler's header and the line of the file it is
// on.
type field struct {
	name, value string
	line        int
}

// tid is a tiddler read from a .tid file: its header's fields, and its
// text, which starts on line at of the file.
type tid struct {
	fields []field
	text   string
	at     int
}

// get returns the field named name.
func (t tid) get(name string) (field, bool) {
	for _, f := range t.fields {
		if f.name == name {
			return f, true
		}
	}
	return field{}, false
}

var (
	fieldRE = regexp.MustCompile(`^([^\s:]+):[ \t]*(.*?)\s*$`)
	stampRE = regexp.MustCompile(`^\d{14,17}$`) // TiddlyWiki's time, UTC: "20240612174510233"
	tagsRE  = regexp.MustCompile(`\[\[(.*?)\]\]|(\S+)`)
)

// readTid reads a .tid file: the "name: value" lines of its header, up to
// the first blank line, and the text after it.
func readTid(src string) (tid, error) {
	src = strings.ReplaceAll(strings.TrimPrefix(src, "\ufeff"), "\r\n", "\n")
	var t tid
	for n := 1; src != ""; n++ {
		line, rest, _ := strings.Cut(src, "\n")
		src = rest
		if strings.TrimSpace(line) == "" {
			t.text, t.at = rest, n+1
			break
		}
		m := fieldRE.FindStringSubmatch(line)
		if m == nil {
			return tid{}, fmt.Errorf("damaged tiddler: line %d is no field of its header (\"name: value\"), and no blank line comes before it", n)
		}
		t.fields = append(t.fields, field{m[1], m[2], n})
	}
	return t, nil
}

// IsTiddler reports whether data is a tiddler saved as a .tid file: a
// header of "name: value" lines with a title, and a field only TiddlyWiki
// writes: its time stamp ("created: 20240612174510233"), its type of
// WikiText, or the title of a system tiddler ("$:/…").
func IsTiddler(data []byte) bool {
	head := data[:min(len(data), 64<<10)]
	if len(head) < len(data) {
		head = head[:bytes.LastIndexByte(head, '\n')+1]
	}
	t, err := readTid(string(head))
	title, ok := t.get("title")
	if err != nil || !ok {
		return false
	}
	created, _ := t.get("created")
	modified, _ := t.get("modified")
	typ, _ := t.get("type")
	return strings.HasPrefix(title.value, "$:/") || stampRE.MatchString(created.value) || stampRE.MatchString(modified.value) ||
		typ.value == "text/vnd.tiddlywiki" || typ.value == "text/x-tiddlywiki"
}

// skip says why a .tid file found in a folder is no notes: a system
// tiddler of the wiki, a draft being edited, a picture or code, or a
// tiddler with no text (one that names a tag).
func skip(data []byte) string {
	if len(data) > MaxBytes {
		return ""
	}
	t, err := readTid(string(data))
	if err != nil {
		return ""
	}
	title, _ := t.get("title")
	typ, _ := t.get("type")
	switch {
	case strings.HasPrefix(title.value, "$:/"):
		return "a system tiddler of TiddlyWiki (" + title.value + "), not notes"
	case hasField(t, "draft.of"):
		return "a draft of a tiddler, being edited"
	case hasField(t, "plugin-type") || !readable(typ.value):
		return "a tiddler of type " + typ.value + ", not notes"
	case strings.TrimSpace(t.text) == "":
		return "a tiddler with no text"
	}
	return ""
}

func hasField(t tid, name string) bool {
	_, ok := t.get(name)
	return ok
}

// own are the fields TiddlyWiki gives a tiddler's text, its times and
// its looks, and plugins' settings: the others, a student's own
// ("source: Laxmikanth, ch. 7"), are notes.
var own = map[string]bool{
	"title": true, "text": true, "tags": true, "type": true, "created": true, "modified": true, "creator": true,
	"modifier": true, "caption": true, "list": true, "list-before": true, "list-after": true, "color": true,
	"icon": true, "class": true, "revision": true, "bag": true, "draft.of": true, "draft.title": true,
	"plugin-type": true, "plugin-priority": true, "module-type": true, "library": true, "core-version": true,
	"version": true, "dependents": true, "parent-plugin": true, "_canonical_uri": true, "_is_skinny": true,
	"code-body": true, "throttle.refresh": true, "stability": true, "toc-link": true,
}

// ConvertTiddler writes a tiddler saved as a .tid file as Markdown.
func ConvertTiddler(data []byte) (corpus.Converted, error) {
	src, notUTF8, err := corpus.SourceText(data, "the tiddler", MaxBytes)
	if err != nil {
		return corpus.Converted{}, err
	}
	t, err := readTid(src)
	if err != nil {
		return corpus.Converted{}, err
	}
	typ, _ := t.get("type")
	if !readable(typ.value) {
		return corpus.Converted{}, fmt.Errorf("not notes: a tiddler of type %s", typ.value)
	}
	var l corpus.Lines
	title, _ := t.get("title")
	if title.value != "" {
		l.Line("# "+corpus.EscapeMarkdown(corpus.OneLine(title.value)), title.line)
		l.Gap(title.line)
	}
	if tags, ok := t.get("tags"); ok {
		var names []string
		for _, m := range tagsRE.FindAllStringSubmatch(tags.value, -1) {
			names = append(names, m[1]+m[2])
		}
		if len(names) > 0 {
			l.Line("Tags: "+corpus.EscapeMarkdown(strings.Join(names, ", ")), tags.line)
			l.Gap(tags.line)
		}
	}
	for _, f := range t.fields {
		if !own[f.name] && strings.TrimSpace(f.value) != "" {
			name := strings.NewReplacer("-", " ", "_", " ", ".", " ").Replace(f.name)
			l.Line(corpus.EscapeMarkdown(strings.ToUpper(name[:1])+name[1:]+": "+f.value), f.line)
		}
	}
	l.Gap(t.at)
	head := len(l.Converted(true, "line").Text)
	budget := maxExpansion
	w := writer{l: &l, depth: 1, place: func(at int) int { return t.at + at }, budget: &budget}
	w.text(typ.value, t.text)
	c := l.Converted(true, "line")
	if len(bytes.TrimSpace(c.Text[head:])) == 0 {
		return corpus.Converted{}, errors.New("the tiddler has no text: nothing but its header")
	}
	c.TitledByName = title.value == ""
	c.NotUTF8At = notUTF8
	return c, nil
}
