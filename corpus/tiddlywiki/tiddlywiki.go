// Package tiddlywiki reads TiddlyWiki, a personal wiki students keep
// their notes in: a wiki saved as one HTML file, and a tiddler (a note of
// it) saved as a .tid file, exported or one of a wiki folder's. Importing
// it registers the formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/tiddlywiki"
//
// # Wikis
//
// The page shows nothing without its scripts: the notes (tiddlers) are in
// its store. TiddlyWiki 5.2 and later keep it as JSON in a script of
// class "tiddlywiki-tiddler-store", a list of tiddlers {"title", "text",
// "type", "tags", "created", …}; earlier versions in a div with id
// "storeArea", a div a tiddler, its fields the div's attributes and its
// text the pre inside.
//
// The wiki's title ($:/SiteTitle, else the page's) titles the document.
// Each tiddler a student wrote is a section titled by its title, in the
// order they were created; the wiki's own (system tiddlers, "$:/…"),
// drafts being edited, pictures and code are left out. Each line's place
// is its tiddler's number in that order.
//
// # Tiddler files
//
// A .tid file is a header of "name: value" lines (title, tags, type,
// created, modified, caption, list …), a blank line and the tiddler's
// text. Its title titles the document (else the file's name, where
// TiddlyWiki wrote "_" for a ":" of the title, which corpus reads as a
// space); its tags are a "Tags:" line under the title, and the fields a
// student adds ("source: Laxmikanth, ch. 7") a "Source: …" line each;
// TiddlyWiki's own fields (times, caption, list, color, icon) are left
// out. In a folder, a system tiddler ("$:/…"), a draft, a picture or
// code and a tiddler with no text are skipped. Each line's place is its
// line in the file.
//
// # WikiText
//
// A tiddler's text is WikiText, read as Markdown: "!" headings are
// sections below the tiddler's; "*" and "#" lists nest as their marks
// repeat ("**"); "; term" and ": definition" are a question and its
// answer; "|" tables have their header row ("|…|h", or a row of "!"
// cells), their caption ("|…|c") a paragraph before them; "<<<" is a
// quote, the source after its closing "<<<" its last line. Bold (between
// two single quotes), //italic// and ~~struck~~ text are Markdown's;
// __underlined__, ^^raised^^ and ,,lowered,, text and @@styled@@ text
// are their text; "--" and "---" are dashes, a line of "---" a rule;
// links are the text they show; code (```) is kept as it is, and the
// lines between """ keep their breaks. A macro the tiddler defines at its
// top ("\define name(param) text") is expanded where it is called when
// its text is one line that needs nothing of the wiki; other macros,
// pragmas, transclusions ({{…}}), pictures and comments are left out, as
// are the tags of widgets and HTML, their text kept: they need the wiki to
// run, and show nothing written in the tiddler. A tiddler typed as
// Markdown is read as it is, its headings below the tiddler's; one typed
// as plain text as text.
//
// # Bounds
//
// A file is read within MaxBytes, a wiki at most MaxTiddlers tiddlers.
// Macros expand to at most maxExpansion bytes in all, and an element or a
// macro call is read over at most maxJoin lines.
package tiddlywiki

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:      "TiddlyWiki",
		Magic:     IsWiki,
		Convert:   Convert,
		ByContent: true, // tried before other web pages; an .html file that is no wiki is one of them
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "TiddlyWiki tiddler",
		Extensions: []string{".tid"},
		Magic:      IsTiddler,
		Convert:    ConvertTiddler,
		Skip:       skip, // a wiki's folder holds its system tiddlers too
	})
}

// Limits on one file, a wiki or a tiddler.
const (
	MaxBytes    = 50 << 20
	MaxTiddlers = 100_000
)

// IsWiki reports whether data is a TiddlyWiki saved as one file.
func IsWiki(data []byte) bool {
	return len(data) <= MaxBytes && (bytes.Contains(data, []byte(`class="tiddlywiki-tiddler-store"`)) ||
		bytes.Contains(data, []byte(`id="storeArea"`)) && bytes.Contains(data[:min(len(data), 64<<10)], []byte("TiddlyWiki")))
}

// tiddler is a note of the wiki: the fields read.
type tiddler struct {
	Title   string `json:"title"`
	Text    string `json:"text"`
	Type    string `json:"type"`
	Created string `json:"created"`
	DraftOf string `json:"draft.of"`
	Plugin  string `json:"plugin-type"`
}

var (
	jsonStoreRE = regexp.MustCompile(`(?s)<script class="tiddlywiki-tiddler-store" type="application/json">(.*?)</script>`)
	divStoreRE  = regexp.MustCompile(`(?s)<div id="storeArea"[^>]*>(.*?)</div>\s*(?:<!--|<script|<div id="|</body)`)
	divRE       = regexp.MustCompile(`(?s)<div\s([^>]*)>\s*<pre>(.*?)</pre>\s*</div>`)
	attrRE      = regexp.MustCompile(`([\w.:-]+)="([^"]*)"`)
	pageTitleRE = regexp.MustCompile(`(?is)<title>(.*?)</title>`)
)

// Convert writes a wiki's tiddlers as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("wiki too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	tiddlers, err := store(data)
	if err != nil {
		return corpus.Converted{}, err
	}
	system := map[string]string{}
	var notes []tiddler
	for _, t := range tiddlers {
		switch {
		case strings.HasPrefix(t.Title, "$:/"):
			system[t.Title] = t.Text
		case t.DraftOf == "" && t.Plugin == "" && readable(t.Type) && strings.TrimSpace(t.Text) != "":
			notes = append(notes, t)
		}
	}
	slices.SortStableFunc(notes, func(a, b tiddler) int { return cmp.Compare(a.Created, b.Created) })
	title := corpus.OneLine(system["$:/SiteTitle"])
	if m := pageTitleRE.FindSubmatch(data); title == "" && m != nil {
		title = corpus.OneLine(html.UnescapeString(string(m[1])))
	}
	var l corpus.Lines
	if title != "" {
		l.Line("# "+corpus.EscapeMarkdown(title), 1)
		l.Gap(1)
	}
	budget := maxExpansion
	for i, t := range notes {
		l.Gap(i + 1)
		l.Line("## "+corpus.EscapeMarkdown(corpus.OneLine(t.Title)), i+1)
		l.Gap(i + 1)
		w := writer{l: &l, depth: 2, place: func(int) int { return i + 1 }, budget: &budget}
		w.text(t.Type, t.Text)
	}
	if len(notes) == 0 {
		return corpus.Converted{}, errors.New("the wiki has no notes of its own: only its system tiddlers")
	}
	c := l.Converted(true, "tiddler")
	c.TitledByName = title == ""
	return c, nil
}

// store reads the tiddlers of a wiki's store: the JSON stores', else the
// div store's.
func store(data []byte) ([]tiddler, error) {
	var out []tiddler
	for _, m := range jsonStoreRE.FindAllSubmatch(data, -1) {
		var ts []tiddler
		if err := json.Unmarshal(m[1], &ts); err != nil {
			return nil, fmt.Errorf("damaged TiddlyWiki: its store is not JSON: %v", err)
		}
		out = append(out, ts...)
	}
	if m := divStoreRE.FindSubmatch(data); m != nil {
		for _, d := range divRE.FindAllSubmatch(m[1], -1) {
			t := tiddler{Text: html.UnescapeString(string(d[2]))}
			for _, a := range attrRE.FindAllSubmatch(d[1], -1) {
				v := html.UnescapeString(string(a[2]))
				switch string(a[1]) {
				case "title":
					t.Title = v
				case "type":
					t.Type = v
				case "created":
					t.Created = v
				case "draft.of":
					t.DraftOf = v
				case "plugin-type":
					t.Plugin = v
				}
			}
			out = append(out, t)
		}
	}
	if len(out) > MaxTiddlers {
		return nil, fmt.Errorf("wiki too large: more than %d tiddlers", MaxTiddlers)
	}
	return out, nil
}

// readable reports whether a tiddler of type typ is text to read:
// WikiText (the default), Markdown or plain text, not a picture or code.
func readable(typ string) bool {
	switch typ {
	case "", "text/vnd.tiddlywiki", "text/x-tiddlywiki", "text/plain", "text/x-markdown", "text/markdown":
		return true
	}
	return false
}
