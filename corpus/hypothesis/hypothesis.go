// Package hypothesis reads web annotations exported from Hypothesis
// (.json), as students annotate what they read online together.
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/hypothesis"
//
// The client's export is {"export_date", "annotations": […]} and the
// API's search {"total", "rows": […]}, each annotation {"id", "uri",
// "document": {"title"}, "target": [{"selector": [{"type":
// "TextQuoteSelector", "exact"}]}], "text", "tags", "references"}. The
// file's name titles the notes; each page annotated is a section titled
// by its title, holding its annotations in order: the words highlighted
// and the note on them one passage, a note whose first line is a label
// ("**Groups & baselines**", "## Kigali in one line") a section of its
// own; a reply is read after the annotation it answers, with its
// author's name. The annotations' tags are the notes' tags. Each line's
// place is its annotation's number.
package hypothesis

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Hypothesis annotations",
		Extensions: []string{".json"},
		Magic:      IsExport,
		Convert:    Convert,
		ByContent:  true,
	})
}

// MaxBytes is the largest export read.
const MaxBytes = 50 << 20

// IsExport reports whether data is Hypothesis's export of annotations.
func IsExport(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 64<<10)], "\ufeff \t\r\n")
	return len(data) <= MaxBytes && bytes.HasPrefix(head, []byte("{")) &&
		(bytes.Contains(head, []byte(`"annotations"`)) || bytes.Contains(head, []byte(`"rows"`))) &&
		bytes.Contains(head, []byte(`"target"`)) && bytes.Contains(head, []byte(`"uri"`))
}

type annotation struct {
	ID       string   `json:"id"`
	URI      string   `json:"uri"`
	Text     string   `json:"text"`
	Tags     []string `json:"tags"`
	Document struct {
		Title []string `json:"title"`
	} `json:"document"`
	Target []struct {
		Selector []struct {
			Type  string `json:"type"`
			Exact string `json:"exact"`
		} `json:"selector"`
	} `json:"target"`
	References []string `json:"references"`
	User       string   `json:"user"`
	UserInfo   struct {
		DisplayName string `json:"display_name"`
	} `json:"user_info"`
}

// Convert writes an export's annotations as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("export too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var export struct {
		Annotations []annotation `json:"annotations"`
		Rows        []annotation `json:"rows"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &export); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged Hypothesis export: %v", err)
	}
	all := append(export.Annotations, export.Rows...)
	var pages []string            // in the order first annotated
	byPage := map[string][]int{}  // a page's annotations, but replies
	replies := map[string][]int{} // the replies to an annotation
	for i, a := range all {
		if n := len(a.References); n > 0 {
			replies[a.References[n-1]] = append(replies[a.References[n-1]], i)
			continue
		}
		p := page(a)
		if _, ok := byPage[p]; !ok {
			pages = append(pages, p)
		}
		byPage[p] = append(byPage[p], i)
	}
	var l corpus.Lines
	var tags []string
	for _, p := range pages {
		at := byPage[p][0] + 1
		l.Gap(at)
		l.Line("## "+corpus.EscapeMarkdown(p), at)
		for _, i := range byPage[p] {
			tags = append(tags, all[i].Tags...)
			write(&l, all[i], i+1)
			for _, r := range replies[all[i].ID] {
				l.Gap(r + 1)
				l.Line(author(all[r])+": "+corpus.OneLine(all[r].Text), r+1)
			}
		}
	}
	if len(pages) == 0 {
		return corpus.Converted{}, errors.New("the export has no annotations")
	}
	c := l.Converted(true, "annotation")
	if len(tags) > 0 {
		c.Text = append([]byte("Tags: "+strings.Join(unique(tags), ", ")+"\n"), c.Text...)
		c.Origin = append([]int{1}, c.Origin...)
	}
	c.TitledByName = true
	return c, nil
}

// write writes an annotation: its label as a section's heading, then the
// words it highlights and its note.
func write(l *corpus.Lines, a annotation, at int) {
	note := strings.TrimSpace(strings.ReplaceAll(a.Text, "\r\n", "\n"))
	first, rest, _ := strings.Cut(note, "\n")
	if m := labelRE.FindStringSubmatch(strings.TrimSpace(first)); m != nil {
		l.Gap(at)
		l.Line("### "+strings.TrimSpace(m[1]+m[2]), at)
		note = strings.TrimSpace(rest)
	}
	l.Gap(at)
	if quote := exact(a); quote != "" {
		l.Line("Highlighted: "+quote, at)
	}
	for s := range strings.Lines(note) {
		if s = strings.TrimRight(s, "\n"); labelRE.MatchString(s) && strings.HasPrefix(s, "#") {
			s = strings.TrimLeft(s, "# ") // a heading inside a note is a line of it
		}
		l.Line(s, at)
	}
	l.Gap(at)
}

// labelRE matches a note's first line that labels it: a heading, or a
// line all in bold.
var labelRE = regexp.MustCompile(`^(?:#{1,6}\s+(.+)|\*\*([^*]+)\*\*)$`)

// exact is the text an annotation highlights, "" for a page note.
func exact(a annotation) string {
	for _, t := range a.Target {
		for _, s := range t.Selector {
			if s.Type == "TextQuoteSelector" && strings.TrimSpace(s.Exact) != "" {
				return corpus.OneLine(s.Exact)
			}
		}
	}
	return ""
}

// page names the page an annotation is on: its title, else its address.
func page(a annotation) string {
	if len(a.Document.Title) > 0 && strings.TrimSpace(a.Document.Title[0]) != "" {
		return corpus.OneLine(a.Document.Title[0])
	}
	if a.URI != "" {
		return a.URI
	}
	return "Page"
}

// author names who wrote an annotation.
func author(a annotation) string {
	if n := strings.TrimSpace(a.UserInfo.DisplayName); n != "" {
		return n
	}
	name := strings.TrimPrefix(a.User, "acct:")
	name, _, _ = strings.Cut(name, "@")
	return cmp.Or(name, "Reply")
}

func unique(ss []string) []string {
	seen := map[string]bool{}
	var out []string
	for _, s := range ss {
		if s = strings.TrimSpace(s); s != "" && !seen[strings.ToLower(s)] {
			seen[strings.ToLower(s)] = true
			out = append(out, s)
		}
	}
	return out
}
