// Package feed reads a blog's posts as a feed or an export holds them
// (.xml, .rss, .atom): RSS 2.0, a WordPress export (WXR, RSS with the
// wp: namespace) and Atom, a Blogger backup too. Importing it registers
// the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/feed"
//
// The feed's title titles the notes; each post is a section titled by
// its title, its HTML read as a saved page's content is (its headings
// sections within the post's, lists and tables as they are). What is no
// post is left out: a WordPress export's attachments, menu items and
// posts in the trash; a Blogger backup's settings, template and comments.
// Each line's place is its post's number.
package feed

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/web"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "blog feed",
		Extensions: []string{".xml", ".rss", ".atom"},
		Magic:      IsFeed,
		Convert:    Convert,
		ByContent:  true, // a folder's other .xml files are skipped
	})
}

// Limits on one feed.
const (
	MaxBytes = 50 << 20
	MaxPosts = 10_000
)

// IsFeed reports whether data is an RSS or Atom feed: its first element,
// after the XML declaration and comments, is rss or feed.
func IsFeed(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(data[:min(len(data), 16<<10)]))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if s, ok := tok.(xml.StartElement); ok {
			return s.Name.Local == "rss" || s.Name.Local == "feed"
		}
	}
}

// post is a post of a feed: its title and its HTML.
type post struct {
	title, html string
}

type rss struct {
	Title string `xml:"channel>title"`
	Items []struct {
		Title       string `xml:"title"`
		Encoded     string `xml:"http://purl.org/rss/1.0/modules/content/ encoded"`
		Description string `xml:"description"`
		PostType    string `xml:"post_type"` // WordPress's, of any version of its export
		Status      string `xml:"status"`
	} `xml:"channel>item"`
}

type atom struct {
	Title   string `xml:"title"`
	Entries []struct {
		Title   string `xml:"title"`
		Content struct {
			Type string `xml:"type,attr"`
			Text string `xml:",innerxml"`
		} `xml:"content"`
		Summary    string `xml:"summary"`
		Categories []struct {
			Scheme string `xml:"scheme,attr"`
			Term   string `xml:"term,attr"`
		} `xml:"category"`
	} `xml:"entry"`
}

// Convert writes a feed's posts as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("feed too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	title, posts, err := read(data)
	if err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged feed: %v", err)
	}
	if len(posts) == 0 {
		return corpus.Converted{}, errors.New("the feed has no posts")
	}
	if len(posts) > MaxPosts {
		return corpus.Converted{}, fmt.Errorf("feed too large: more than %d posts", MaxPosts)
	}
	var l corpus.Lines
	if title != "" {
		l.Line("# "+corpus.EscapeMarkdown(title), 1)
	}
	for i, p := range posts {
		at := i + 1
		l.Gap(at)
		l.Line("## "+corpus.EscapeMarkdown(p.title), at)
		l.Gap(at)
		page := "<!DOCTYPE html><html><head><title></title></head><body><h1>" + html.EscapeString(p.title) + "</h1>" + p.html + "</body></html>"
		c, err := web.Content([]byte(page))
		if err != nil {
			continue // a post of no text: a picture alone
		}
		for s := range strings.Lines(string(c.Text)) {
			s = strings.TrimRight(s, "\n")
			if strings.HasPrefix(s, "# ") {
				continue // the post's title, its section's already
			}
			if strings.HasPrefix(s, "#") {
				s = "#" + s // the post's headings are sections within its own
			}
			l.Line(s, at)
		}
	}
	c := l.Converted(true, "post")
	c.TitledByName = title == ""
	return c, nil
}

// read returns a feed's title and its posts.
func read(data []byte) (string, []post, error) {
	var root struct{ XMLName xml.Name }
	d := xml.NewDecoder(bytes.NewReader(data))
	d.Strict = false
	if err := d.Decode(&root); err != nil {
		return "", nil, err
	}
	if root.XMLName.Local != "rss" && root.XMLName.Local != "feed" {
		return "", nil, errors.New("not an RSS or Atom feed: it holds <" + root.XMLName.Local + ">")
	}
	var posts []post
	add := func(title, body string) {
		title = strings.Join(strings.Fields(html.UnescapeString(title)), " ")
		if title == "" {
			title = "Untitled post"
		}
		if strings.TrimSpace(body) != "" {
			posts = append(posts, post{title, body})
		}
	}
	decode := func(v any) error {
		d := xml.NewDecoder(bytes.NewReader(data))
		d.Strict = false
		d.Entity = xml.HTMLEntity
		return d.Decode(v)
	}
	if root.XMLName.Local == "feed" {
		var f atom
		if err := decode(&f); err != nil {
			return "", nil, err
		}
		for _, e := range f.Entries {
			if !bloggerPost(e.Categories) {
				continue
			}
			body := e.Content.Text
			if e.Content.Type != "xhtml" {
				body = html.UnescapeString(body) // type html: escaped markup
			}
			if strings.TrimSpace(body) == "" {
				body = html.EscapeString(e.Summary)
			}
			add(e.Title, body)
		}
		return oneLine(f.Title), posts, nil
	}
	var r rss
	if err := decode(&r); err != nil {
		return "", nil, err
	}
	for _, it := range r.Items {
		switch it.PostType {
		case "", "post", "page":
		default:
			continue // an attachment, a menu's item
		}
		if it.Status == "trash" || it.Status == "auto-draft" {
			continue
		}
		body := it.Encoded
		if strings.TrimSpace(body) == "" {
			body = it.Description
		}
		add(it.Title, body)
	}
	return oneLine(r.Title), posts, nil
}

// bloggerPost reports whether an Atom entry is a post (or a page): not a
// Blogger backup's settings, template or comments, which its kind says.
func bloggerPost(categories []struct {
	Scheme string `xml:"scheme,attr"`
	Term   string `xml:"term,attr"`
}) bool {
	for _, c := range categories {
		if strings.HasSuffix(c.Scheme, "#kind") {
			return strings.HasSuffix(c.Term, "#post") || strings.HasSuffix(c.Term, "#page")
		}
	}
	return true
}

// oneLine is s with its spaces folded.
func oneLine(s string) string { return strings.Join(strings.Fields(html.UnescapeString(s)), " ") }
