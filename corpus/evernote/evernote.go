// Package evernote reads notes exported from Evernote (.enex: one note, or
// a notebook's notes in one file). Importing it registers the format with
// corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/evernote"
//
// A note's content is ENML, a kind of XHTML: it is read as a saved web page
// is (see corpus/web), headings, lists and tables included. A file of one
// note is a document titled by the note; a file of several is one titled
// by the file's name ("Polity.enex" for the notebook Polity), a section a
// note, its headings below the note's title. Notes' tags are the
// document's tags; Evernote 10's tasks are to-do lists where the note
// marks them. Passages are cited by the note they come from ("note 3");
// the words Evernote recognised in a note's pictures and files (a scanned
// handout's) follow its text under the file's name; pictures, attachments
// and encrypted text are otherwise left out.
package evernote

import (
	"bytes"
	"cmp"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/web"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Evernote export",
		Extensions: []string{".enex"},
		Magic:      IsExport,
		Convert:    Convert,
	})
}

// MaxNotes bounds the notes of one export.
const MaxNotes = 10_000

// IsExport reports whether data is an Evernote export: an XML document
// whose root is <en-export>.
func IsExport(data []byte) bool {
	return bytes.Contains(data[:min(len(data), 4<<10)], []byte("<en-export"))
}

// note is a note of an export.
type note struct {
	Title   string     `xml:"title"`
	Content string     `xml:"content"`
	Tags    []string   `xml:"tag"`
	Tasks   []task     `xml:"task"`
	Files   []resource `xml:"resource"`
}

// resource is a picture or a file attached to a note: its name, and the
// words Evernote recognised in it (its OCR, <recognition>).
type resource struct {
	Name        string `xml:"resource-attributes>file-name"`
	Recognition string `xml:"recognition"`
}

// task is a task of a note as Evernote 10 exports it: beside the note's
// content, which marks where its group of tasks stands.
type task struct {
	Title  string `xml:"title"`
	Status string `xml:"taskStatus"`
	Order  string `xml:"sortWeight"`
	Group  string `xml:"taskGroupNoteLevelID"`
}

// Convert writes an export's notes as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	notes, err := read(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	one := len(notes) == 1
	var text bytes.Buffer
	var origin []int
	var tags []string
	title := ""
	if !one {
		title = sharedTitle(notes)
	}
	if title != "" {
		text.WriteString("# " + corpus.EscapeMarkdown(title) + "\n\n")
		origin = append(origin, 1, 1)
	}
	for k, n := range notes {
		if title != "" {
			n.Title = strings.TrimLeft(n.Title[len(title):], " -–—:|")
		}
		// Each note is a web page of its own, read whole: titled by its
		// title when it is the only one, else headed by it.
		head, shift := "<h2>"+html.EscapeString(n.Title)+"</h2>", 2
		if one {
			head, shift = "<title>"+html.EscapeString(n.Title)+"</title><h1>"+html.EscapeString(n.Title)+"</h1>", 1
		}
		c, err := web.Content([]byte("<!DOCTYPE html><html><body>" + head + "\n" + enml(withTasks(n.Content, n.Tasks), shift) + recognized(n.Files, shift) + "</body></html>"))
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("note %d (%s): %v", k+1, n.Title, err)
		}
		if k > 0 {
			text.WriteString("\n")
			origin = append(origin, k+1)
		}
		text.Write(c.Text)
		for range bytes.Count(c.Text, []byte("\n")) {
			origin = append(origin, k+1) // its passages are cited by the note
		}
		for _, t := range n.Tags {
			if t = strings.TrimSpace(t); t != "" && !slices.Contains(tags, t) {
				tags = append(tags, t)
			}
		}
	}
	out := text.Bytes()
	if len(tags) > 0 {
		// Under the title (which the file's name gives a notebook): the
		// Markdown reader keeps it as the tags.
		at := 0
		if one || title != "" {
			at = bytes.IndexByte(out, '\n') + 1
		}
		line := []byte("Tags: " + corpus.EscapeMarkdown(strings.Join(tags, ", ")) + "\n")
		out = slices.Concat(out[:at], line, out[at:])
		origin = slices.Insert(origin, bytes.Count(out[:at], []byte("\n")), 1)
	}
	return corpus.Converted{Text: out, Markdown: true, Origin: origin, Unit: "note", TitledByName: !one && title == ""}, nil
}

// sharedTitle returns the title a notebook's notes share, of two words at
// least, before a dash, colon or bar that parts it from each note's own
// ("Women's Reservation Act 2023 - 1. Intro", "… - 2. Features"), or "".
func sharedTitle(notes []note) string {
	first := notes[0].Title
	for _, sep := range []string{" - ", " – ", " — ", ": ", " | "} {
		head, _, ok := strings.Cut(first, sep)
		if !ok || len(strings.Fields(head)) < 2 {
			continue
		}
		shared := true
		for _, n := range notes[1:] {
			if !strings.HasPrefix(n.Title, head+sep) || len(n.Title) == len(head+sep) {
				shared = false
				break
			}
		}
		if shared {
			return head
		}
	}
	return ""
}

// read reads an export's notes; an untitled note is called by its place
// ("Note 3").
func read(data []byte) ([]note, error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	d.Entity = xml.HTMLEntity
	var notes []note
	root := false
	for {
		tok, err := d.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return nil, fmt.Errorf("cannot read this Evernote export: %v", err)
		}
		start, ok := tok.(xml.StartElement)
		switch {
		case !ok:
		case start.Name.Local == "en-export":
			root = true
		case start.Name.Local == "note":
			if len(notes) == MaxNotes {
				return nil, fmt.Errorf("too many notes: more than %d; export the notebook in parts", MaxNotes)
			}
			var n note
			if err := d.DecodeElement(&n, &start); err != nil {
				return nil, fmt.Errorf("cannot read note %d of this Evernote export: %v", len(notes)+1, err)
			}
			n.Title = strings.Join(strings.Fields(n.Title), " ")
			if n.Title == "" {
				n.Title = fmt.Sprintf("Note %d", len(notes)+1)
			}
			notes = append(notes, n)
		}
	}
	switch {
	case !root:
		return nil, errors.New("not an Evernote export (no <en-export>)")
	case len(notes) == 0:
		return nil, errors.New("an Evernote export with no notes")
	}
	return notes, nil
}

var (
	// enmlDropRE matches what a note's ENML holds that is no text: its XML
	// declaration and document type, pictures and attachments, encrypted
	// text.
	enmlDropRE = regexp.MustCompile(`(?is)<\?xml[^>]*\?>|<!DOCTYPE[^>]*>|<en-media\b[^>]*>(?:\s*</en-media>)?|<en-crypt\b.*?</en-crypt>`)
	// todoRE matches the tick box of a to-do list's entry, as Evernote has
	// written it (<en-todo checked="true"/>) and writes it now (<li
	// style="--en-checked:true;">, its text maybe in a <div>).
	todoRE    = regexp.MustCompile(`(?is)<en-todo\b([^>]*)>(?:\s*</en-todo>)?|(<li\b[^>]*--en-checked:\s*(true|false)[^>]*>\s*(?:<div\b[^>]*>)?)`)
	enNoteRE  = regexp.MustCompile(`(?i)<(/?)en-note\b`)
	headingRE = regexp.MustCompile(`(?i)<(/?)h([1-6])\b`)
)

// taskGroupRE matches where a note's content holds a group of its tasks:
// <div style="--en-task-group:true; --en-id:99d8…;"></div>.
var taskGroupRE = regexp.MustCompile(`(?is)<div\b[^>]*--en-task-group:\s*true\b[^>]*?--en-id:\s*([\w-]+)[^>]*>(?:\s*</div>)?`)

// withTasks writes a note's tasks into its content as to-do lists, each
// group where the content marks it, in the order Evernote shows them,
// ticked when completed; a group the content does not mark goes last.
func withTasks(content string, tasks []task) string {
	if len(tasks) == 0 {
		return content
	}
	tasks = slices.Clone(tasks)
	slices.SortStableFunc(tasks, func(a, b task) int { return strings.Compare(a.Order, b.Order) })
	list := func(group string) string {
		var b strings.Builder
		for _, t := range tasks {
			if t.Group == group && strings.TrimSpace(t.Title) != "" {
				b.WriteString("<li>" + box(t.Status == "completed") + html.EscapeString(t.Title) + "</li>")
			}
		}
		if b.Len() == 0 {
			return ""
		}
		return "<ul>" + b.String() + "</ul>"
	}
	placed := map[string]bool{}
	content = taskGroupRE.ReplaceAllStringFunc(content, func(m string) string {
		group := taskGroupRE.FindStringSubmatch(m)[1]
		placed[group] = true
		return list(group)
	})
	var rest []string
	for _, t := range tasks {
		if !placed[t.Group] {
			placed[t.Group] = true
			rest = append(rest, list(t.Group))
		}
	}
	if len(rest) == 0 {
		return content
	}
	if i := strings.LastIndex(strings.ToLower(content), "</en-note>"); i >= 0 {
		return content[:i] + strings.Join(rest, "") + content[i:]
	}
	return content + strings.Join(rest, "")
}

// box is a to-do's tick box as Markdown shows one: ☑ ticked, ☐ not.
func box(ticked bool) string {
	if ticked {
		return "☑ "
	}
	return "☐ "
}

// enml writes a note's ENML as HTML, its headings shift levels lower (below
// the note's own title).
func enml(content string, shift int) string {
	s := enmlDropRE.ReplaceAllString(content, "")
	s = todoRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := todoRE.FindStringSubmatch(m)
		if sub[2] != "" {
			return sub[2] + box(sub[3] == "true")
		}
		return box(strings.Contains(strings.ReplaceAll(sub[1], " ", ""), `checked="true"`))
	})
	s = enNoteRE.ReplaceAllString(s, "<${1}div")
	return headingRE.ReplaceAllStringFunc(s, func(m string) string {
		sub := headingRE.FindStringSubmatch(m)
		level := min(int(sub[2][0]-'0')+shift, 6)
		return fmt.Sprintf("<%sh%d", sub[1], level)
	})
}

// recognized writes the words Evernote recognised in files, each file's as
// a part of its note headed by its name ("Attachment: scan.pdf"), its
// lines a paragraph each until a wider gap: each word the reading Evernote
// weighs most.
func recognized(files []resource, shift int) string {
	var b strings.Builder
	for _, f := range files {
		paras := recoParagraphs(f.Recognition)
		if len(paras) == 0 {
			continue
		}
		name := "Attachment"
		if f.Name != "" {
			name += ": " + f.Name
		}
		level := strconv.Itoa(min(2+shift, 6))
		b.WriteString("<h" + level + ">" + html.EscapeString(name) + "</h" + level + ">\n")
		for _, p := range paras {
			b.WriteString("<p>" + html.EscapeString(p) + "</p>\n")
		}
	}
	return b.String()
}

// maxRecoItems bounds the words read of one file's recognition.
const maxRecoItems = 200_000

// recoParagraphs reads a recoIndex: its words in reading order, a line of
// them where they stand level, lines joined into paragraphs but where the
// space between two is over two lines high.
func recoParagraphs(reco string) []string {
	if strings.TrimSpace(reco) == "" {
		return nil
	}
	var index struct {
		Items []recoItem `xml:"item"`
	}
	d := xml.NewDecoder(strings.NewReader(reco))
	d.Strict = false
	if err := d.Decode(&index); err != nil || len(index.Items) == 0 {
		return nil
	}
	var items []recoItem // those read as a word, its best reading in word
	for _, it := range index.Items[:min(len(index.Items), maxRecoItems)] {
		if it.word = it.best(); it.word != "" {
			items = append(items, it)
		}
	}
	slices.SortStableFunc(items, func(a, b recoItem) int { return cmp.Compare(a.Y, b.Y) })
	var paras, para []string
	var line []recoItem
	lineY, lineH := 0, 0
	endLine := func() {
		slices.SortStableFunc(line, func(a, b recoItem) int { return cmp.Compare(a.X, b.X) })
		var words []string
		for _, it := range line {
			words = append(words, it.word)
		}
		para, line = append(para, strings.Join(words, " ")), line[:0]
	}
	for _, it := range items {
		if len(line) > 0 && it.Y-lineY > max(lineH, it.H)/2 { // below the line: a new one
			endLine()
			if it.Y-lineY > 3*max(lineH, 1) { // over two lines' height of space above it: a new paragraph
				paras, para = append(paras, strings.Join(para, " ")), nil
			}
		}
		if len(line) == 0 {
			lineY, lineH = it.Y, it.H
		}
		line = append(line, it)
	}
	if len(line) > 0 {
		endLine()
	}
	if len(para) > 0 {
		paras = append(paras, strings.Join(para, " "))
	}
	return paras
}

// recoItem is a word Evernote recognised: where it stands, and its
// readings, each weighed.
type recoItem struct {
	X     int `xml:"x,attr"`
	Y     int `xml:"y,attr"`
	H     int `xml:"h,attr"`
	Reads []struct {
		Weight int    `xml:"w,attr"`
		Text   string `xml:",chardata"`
	} `xml:"t"`
	word string // its best reading
}

// best is the reading of it weighed most.
func (it recoItem) best() string {
	best, weight := "", -1
	for _, r := range it.Reads {
		if t := strings.TrimSpace(r.Text); t != "" && r.Weight > weight {
			best, weight = t, r.Weight
		}
	}
	return best
}
