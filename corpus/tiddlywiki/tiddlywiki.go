// Package tiddlywiki reads a TiddlyWiki saved as one HTML file, a
// personal wiki students keep their notes in. Importing it registers the
// format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/tiddlywiki"
//
// # Files
//
// The page shows nothing without its scripts: the notes (tiddlers) are in
// its store. TiddlyWiki 5.2 and later keep it as JSON in a script of
// class "tiddlywiki-tiddler-store", a list of tiddlers {"title", "text",
// "type", "tags", "created", …}; earlier versions in a div with id
// "storeArea", a div a tiddler, its fields the div's attributes and its
// text the pre inside.
//
// # Markdown
//
// The wiki's title ($:/SiteTitle, else the page's) titles the document.
// Each tiddler a student wrote is a section titled by its title, in the
// order they were created; the wiki's own (system tiddlers, "$:/…"),
// drafts being edited, pictures and code are left out. A tiddler's text is
// WikiText: "!" headings are its subsections, "*" and "#" lists, "; term"
// and ": definition" a question and its answer, "|" tables with their
// header row, "<<<" a quote, bold (between two single quotes) and
// //italic// as emphasis, links by the text they show; macros, widgets
// and transclusions, which need the wiki to run, are left out. A tiddler
// typed as Markdown is read as it is. Each line's place is its tiddler's
// number in that order.
//
// # Bounds
//
// A file is read within MaxBytes, at most MaxTiddlers tiddlers.
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
}

// Limits on one wiki.
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
	title := oneLine(system["$:/SiteTitle"])
	if m := pageTitleRE.FindSubmatch(data); title == "" && m != nil {
		title = oneLine(html.UnescapeString(string(m[1])))
	}
	var l corpus.Lines
	if title != "" {
		l.Line("# "+corpus.EscapeMarkdown(title), 1)
		l.Gap(1)
	}
	for i, t := range notes {
		l.Gap(i + 1)
		l.Line("## "+corpus.EscapeMarkdown(oneLine(t.Title)), i+1)
		l.Gap(i + 1)
		if strings.Contains(t.Type, "markdown") {
			for s := range strings.Lines(t.Text) {
				if s = strings.TrimRight(s, "\r\n"); strings.HasPrefix(s, "#") {
					s = "##" + s // a heading of the tiddler's
				}
				l.Line(s, i+1)
			}
			continue
		}
		for _, s := range markdown(t.Text) {
			l.Line(s, i+1)
		}
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

// markdown writes a tiddler's WikiText as Markdown lines, its headings
// below the tiddler's section.
func markdown(text string) []string {
	var out []string
	quote, code := false, false
	for _, s := range strings.Split(strings.ReplaceAll(text, "\r\n", "\n"), "\n") {
		switch t := strings.TrimSpace(s); {
		case strings.HasPrefix(t, "```"):
			code = !code
			out = append(out, t)
		case code:
			out = append(out, s)
		case strings.HasPrefix(t, "<<<"):
			if quote {
				if by := strings.TrimSpace(t[3:]); by != "" {
					out = append(out, "> — "+inline(by)) // the quote's source
				}
				out = append(out, "")
			}
			quote = !quote
		case quote:
			out = append(out, "> "+inline(t))
		case strings.HasPrefix(t, "!"):
			n := len(t) - len(strings.TrimLeft(t, "!"))
			out = append(out, "", strings.Repeat("#", min(n+2, 6))+" "+inline(strings.TrimSpace(t[n:])), "")
		case strings.HasPrefix(t, "|"):
			out = append(out, row(t, len(out) == 0 || !strings.HasPrefix(out[len(out)-1], "|"))...)
		case t != "" && strings.IndexFunc(t, func(r rune) bool { return r != '*' && r != '#' && r != ';' && r != ':' && r != '>' }) > 0:
			if n := len(out); n > 0 && out[n-1] != "" && !listRE.MatchString(out[n-1]) {
				out = append(out, "") // a list after a paragraph is a block of its own
			}
			out = append(out, listItem(t)...)
		default:
			out = append(out, inline(t))
		}
	}
	return out
}

// listItem writes a line of a WikiText list ("** item", "# step", "; term",
// ": definition") as a Markdown list's entry at its depth; a term is a
// bold question, its definition the paragraph under it.
func listItem(t string) []string {
	marks := t[:strings.IndexFunc(t, func(r rune) bool { return r != '*' && r != '#' && r != ';' && r != ':' && r != '>' })]
	text := inline(strings.TrimSpace(t[len(marks):]))
	indent := strings.Repeat("  ", len(marks)-1)
	switch marks[len(marks)-1] {
	case '#':
		return []string{indent + "1. " + text}
	case ';':
		return []string{"", "**" + text + "**"}
	case ':':
		return []string{text, ""}
	case '>':
		return []string{"> " + text}
	}
	return []string{indent + "- " + text}
}

// row writes a line of a WikiText table as a Markdown table's row: the
// header row ("|!Date |!News |h") with the rule under it, a table with no
// header row given one of its first row; a caption, footer or class row is
// left out.
func row(t string, first bool) []string {
	kind := ""
	if i := strings.LastIndexByte(t, '|'); i < len(t)-1 {
		kind = strings.TrimSpace(t[i+1:])
		t = t[:i+1]
	}
	if kind == "c" || kind == "k" || kind == "f" {
		return nil
	}
	cells := strings.Split(strings.Trim(t, "|"), "|")
	for i, c := range cells {
		cells[i] = strings.ReplaceAll(inline(strings.TrimPrefix(strings.TrimSpace(c), "!")), "|", "/")
	}
	line := "| " + strings.Join(cells, " | ") + " |"
	if !first {
		return []string{line}
	}
	rule := "|" + strings.Repeat(" --- |", len(cells))
	if kind == "h" {
		return []string{"", line, rule}
	}
	return []string{"", "|" + strings.Repeat("  |", len(cells)), rule, line}
}

var (
	listRE      = regexp.MustCompile(`^\s*(?:[-*>] |\d+\. |\*\*)`)
	linkRE      = regexp.MustCompile(`\[\[([^\]|]*)(?:\|[^\]]*)?\]\]`)
	extLinkRE   = regexp.MustCompile(`\[ext\[([^\]|]*)(?:\|[^\]]*)?\]\]`)
	imageRE     = regexp.MustCompile(`\[img[^\[]*\[[^\]]*\]\]`)
	macroRE     = regexp.MustCompile(`<<[^>]*>>|\{\{[^}]*\}\}`)
	tagRE       = regexp.MustCompile(`</?[a-zA-Z$][^>]*>`)
	styleRE     = regexp.MustCompile(`@@(?:[.\w-]+(?:\s|$)|[\w-]+:[^;]*;)*`)
	emphasisRep = strings.NewReplacer("''", "**", "//", "*", "__", "", "^^", "", ",,", "")
)

// inline is a line of WikiText with its formatting read: emphasis as
// Markdown's, links by the text they show, macros, widgets, pictures and
// styles left out.
func inline(s string) string {
	s = imageRE.ReplaceAllString(s, "")
	s = macroRE.ReplaceAllString(s, "")
	s = extLinkRE.ReplaceAllString(s, "$1")
	s = linkRE.ReplaceAllString(s, "$1")
	s = tagRE.ReplaceAllString(s, "")
	s = styleRE.ReplaceAllString(s, "")
	if strings.Contains(s, "://") {
		return s // a URL's "//" is not italic
	}
	return emphasisRep.Replace(s)
}

// oneLine is s with its spaces folded.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
