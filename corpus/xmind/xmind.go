// Package xmind reads mind maps made in Xmind (.xmind), as students draw a
// chapter's topics around its name, outlines saved as OPML (.opml), the
// same tree as outliners and mind-map apps export it (see opml.go), and
// FreeMind and Freeplane mind maps (.mm, see freemind.go). Importing it
// registers the formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/xmind"
//
// # Files
//
// An .xmind file is a zip. Xmind Zen and Xmind 2020 and later keep the map
// in content.json, a list of sheets, each {"title", "rootTopic"}, a topic
// being {"title", "children": {"attached": [topics], "detached": [topics],
// "summary": […], "callout": […]}, "notes": {"plain": {"content"},
// "realHTML": {"content"}}, "labels": […], "markers": […]}; they write a
// content.xml beside it only to tell Xmind 8 to update, so content.json is
// read when there is one. Xmind 8 keeps the same tree in content.xml:
// xmap-content, sheet, topic, title, children, topics type="attached",
// notes, plain, labels, label.
//
// # Markdown
//
// The first sheet's central topic titles the document ("# …"), its labels
// the document's tags, its notes the text under the title. Each main topic
// is a section ("## …"); the topics under it are the entries of a list,
// nested as deep as they are, each topic's notes a paragraph of its entry,
// a main topic's notes the section's text. A main topic with nothing under
// it (no topics, no notes) would be a section with no text, so it is an
// entry of a list under the title instead. Floating (detached) topics come
// after the main topics, read as main topics are; a summary's or a
// callout's topic after the topics of the topic that has it. A topic's
// labels ("Prelims", "PYQ 2019") follow its title in brackets; markers
// (icons: priorities, flags, progress), pictures, links and relationships
// are left out. Each later sheet is a section titled by its central topic
// with its main topics as subsections ("### …"). A topic's title is one
// line; its notes are a paragraph a line.
//
// Each line's place is its sheet: a problem is told as "sheet 2: …".
//
// # Bounds
//
// A file is read within MaxBytes, its map part within MaxContentBytes
// unzipped, whatever its zip says, MaxTopics topics and MaxDepth levels.
package xmind

import (
	"archive/zip"
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Xmind mind map",
		Extensions: []string{".xmind"},
		Magic:      IsXmind,
		Convert:    Convert,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "OPML outline",
		Extensions: []string{".opml"},
		Magic:      IsOPML,
		Convert:    ConvertOPML,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "FreeMind mind map",
		Extensions: []string{".mm"},
		Magic:      IsFreeMind,
		Convert:    ConvertFreeMind,
	})
}

// Limits on one mind map.
const (
	MaxBytes        = 50 << 20 // larger files are refused
	MaxContentBytes = 64 << 20 // content.json or content.xml unzipped
	MaxTopics       = 100_000  // topics (and sheets) read
	MaxDepth        = 32       // levels of topics under a sheet's central topic
)

// topic is a topic of a mind map: its title (one line), notes (lines) and
// labels, and the topics under it.
type topic struct {
	title    string
	notes    []string
	labels   []string
	children []*topic // attached, then summaries' and callouts'
	detached []*topic // floating topics: a central topic's
	line     int      // an outline's: the line of the file it ends on
}

// sheet is a sheet of a mind map, the tree of its central topic.
type sheet struct {
	title string
	root  *topic
}

var errNotXmind = errors.New("not an Xmind file: it has neither content.json nor content.xml")

// IsXmind reports whether data is a zip holding a mind map: a
// content.json that is a list of sheets, or an Xmind 8 content.xml.
func IsXmind(data []byte) bool {
	if !bytes.HasPrefix(data, []byte("PK\x03\x04")) || len(data) > MaxBytes ||
		!bytes.Contains(data, []byte("content.json")) && !bytes.Contains(data, []byte("content.xml")) {
		return false
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return false
	}
	for _, f := range zr.File {
		switch f.Name {
		case "content.json":
			head := bytes.TrimLeft(peek(f, 64<<10), "\ufeff \t\r\n")
			if bytes.HasPrefix(head, []byte("[")) && (bytes.Contains(head, []byte(`"rootTopic"`)) || bytes.Contains(head, []byte(`"sheet"`))) {
				return true
			}
		case "content.xml":
			if bytes.Contains(peek(f, 4<<10), []byte("<xmap-content")) {
				return true
			}
		}
	}
	return false
}

// peek returns up to n bytes from the start of f unzipped.
func peek(f *zip.File, n int64) []byte {
	rc, err := f.Open()
	if err != nil {
		return nil
	}
	defer rc.Close()
	head, _ := io.ReadAll(io.LimitReader(rc, n))
	return head
}

// Convert writes a mind map as Markdown, each line's place its sheet.
func Convert(data []byte) (corpus.Converted, error) {
	sheets, err := read(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	return write(sheets)
}

// read reads the sheets of a mind map: content.json's, else content.xml's.
func read(data []byte) ([]sheet, error) {
	if len(data) > MaxBytes {
		return nil, fmt.Errorf("mind map too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return nil, fmt.Errorf("not an Xmind file: %v", err)
	}
	files := map[string]*zip.File{}
	for _, f := range zr.File {
		if _, dup := files[f.Name]; !dup {
			files[f.Name] = f
		}
	}
	name, readPart := "content.json", readJSON
	if files[name] == nil {
		name, readPart = "content.xml", readXML
	}
	if files[name] == nil {
		return nil, errNotXmind
	}
	sheets, err := part(files[name], readPart)
	if err != nil && encrypted(files) {
		return nil, errors.New("a password-protected Xmind file: save a copy without the password")
	}
	return sheets, err
}

// part reads the sheets of the zip's part f with read, within
// MaxContentBytes.
func part(f *zip.File, read func(io.Reader) ([]sheet, error)) ([]sheet, error) {
	if f.UncompressedSize64 > MaxContentBytes {
		return nil, fmt.Errorf("mind map too large: %s unzips to %d MB (the limit is %d MB)", f.Name, f.UncompressedSize64>>20, MaxContentBytes>>20)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("damaged Xmind file: %s: %v", f.Name, err)
	}
	defer rc.Close()
	lr := &io.LimitedReader{R: rc, N: MaxContentBytes + 1}
	sheets, err := read(lr)
	var limit limitError
	switch {
	case lr.N <= 0: // more than the zip said (which archive/zip refuses too)
		return nil, fmt.Errorf("mind map too large: %s unzips to more than %d MB", f.Name, MaxContentBytes>>20)
	case errors.As(err, &limit):
		return nil, err
	case err != nil:
		return nil, fmt.Errorf("damaged Xmind file: %s: %v", f.Name, err)
	}
	return sheets, nil
}

// limitError is a map past one of the bounds on what is read.
type limitError string

func (e limitError) Error() string { return string(e) }

var (
	errTopics = limitError(fmt.Sprintf("mind map too large: more than %d topics", MaxTopics))
	errDepth  = limitError(fmt.Sprintf("mind map too deep: topics more than %d levels under the central topic", MaxDepth))
)

// encrypted reports whether a map is saved with a password: its manifest
// (manifest.json, or Xmind 8's META-INF/manifest.xml) says how its parts
// are encrypted.
func encrypted(files map[string]*zip.File) bool {
	for _, name := range []string{"manifest.json", "META-INF/manifest.xml"} {
		if f := files[name]; f != nil && bytes.Contains(peek(f, 1<<20), []byte("encryption-data")) {
			return true
		}
	}
	return false
}

// line is one line of a topic's text, its spaces folded.
func line(s string) string { return strings.Join(strings.Fields(s), " ") }

// lines are the lines of notes with text, their spaces folded.
func lines(s string) []string {
	var out []string
	for l := range strings.Lines(s) {
		if l = line(l); l != "" {
			out = append(out, l)
		}
	}
	return out
}

// withoutBOM reads r without the byte order mark it may start with.
func withoutBOM(r io.Reader) io.Reader {
	br := bufio.NewReader(r)
	if head, _ := br.Peek(3); string(head) == "\ufeff" {
		br.Discard(3)
	}
	return br
}

// htmlText is the text of notes written in HTML (Xmind's realHTML), a line
// a paragraph, a list's entry or a line break.
func htmlText(s string) string {
	s = htmlBreakRE.ReplaceAllString(s, "\n")
	s = htmlTagRE.ReplaceAllString(s, "")
	return html.UnescapeString(s)
}

var (
	htmlBreakRE = regexp.MustCompile(`(?i)<br\s*/?>|</(p|div|li|h[1-6]|tr)\s*>`)
	htmlTagRE   = regexp.MustCompile(`<[^>]*>`)
)
