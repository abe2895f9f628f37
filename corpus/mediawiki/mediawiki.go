// Package mediawiki reads pages of a MediaWiki wiki (Wikipedia, a Fandom
// wiki, a class's own wiki): an export of pages as Special:Export saves it
// (.xml), and wikitext copied from a page's edit box (.wiki, .mediawiki,
// .wikitext). Importing it registers the formats with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/mediawiki"
//
// # Exports
//
// An export is XML whose root is <mediawiki
// xmlns="http://www.mediawiki.org/xml/export-0.11/">: the wiki's
// <siteinfo>, then its pages, each a <page> with a <title>, a namespace
// number <ns>, <redirect/> when it is one, and its <revision>s oldest
// first, each holding the page's wikitext in <text>. The last revision of
// each article (namespace 0) is read; talk pages, user pages, templates,
// categories and the like, redirects and pages of other content (CSS,
// JSON, Lua) are left out. One article is the document, titled by its
// title; several are each a part of the document, under its title, in a
// document titled by the file's name.
//
// # Wikitext
//
// Wikitext is read as MediaWiki shows it, in two steps. First what is
// not text is read (see expander): comments are left out; templates
// ({{…}}, nested) are read as what they show where that is plain (a
// language's text, a conversion's first figure, a date), an infobox as a
// "Key: value" line a parameter, and are left out when they show
// maintenance, navigation or sources (citation needed, navboxes,
// citations); footnotes (<ref>) are left out, but for a note written in
// prose, kept in brackets where it is cited; <nowiki> and <math> are
// text as they are, <pre> and <syntaxhighlight> code; a <gallery> is its
// captions. Then the lines are read as Markdown (see writer): headings
// (= to ======) are sections, "*", "#", ";" and ":" lists, tables ({| … |})
// pipe tables, bold and italic emphasis; links are their text, framed
// pictures their captions, categories and links to other languages are
// left out. An infobox that opens the page is written after the lead, as
// the web reader writes a page's box of facts. Sections that only list
// links or sources (See also, References, Notes, External links, Further
// reading) are left out. Each line's place is its line in the file.
//
// # Bounds
//
// A file is read within MaxBytes, an export within MaxPages articles; a
// page holds at most maxTemplates templates, nested at most maxDepth deep,
// and a line at most maxLinks links read as links.
package mediawiki

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "MediaWiki export",
		Extensions: []string{".xml"},
		Magic:      IsExport,
		Convert:    ConvertExport,
		ByContent:  true, // a folder's other .xml files are skipped
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "MediaWiki wikitext",
		Extensions: []string{".wiki", ".mediawiki", ".wikitext"},
		Convert:    ConvertWikitext,
	})
}

// Limits on one file.
const (
	MaxBytes = 50 << 20
	MaxPages = 10_000
)

// exportNS starts the XML namespace of every version of the export
// format ("http://www.mediawiki.org/xml/export-0.11/").
const exportNS = "http://www.mediawiki.org/xml/export-"

// IsExport reports whether data is an export of a MediaWiki wiki: its
// first element, after the XML declaration and comments, is mediawiki in
// the export format's namespace.
func IsExport(data []byte) bool {
	d := xml.NewDecoder(bytes.NewReader(data[:min(len(data), 16<<10)]))
	d.Strict = false
	for {
		tok, err := d.Token()
		if err != nil {
			return false
		}
		if s, ok := tok.(xml.StartElement); ok {
			return s.Name.Local == "mediawiki" && strings.HasPrefix(s.Name.Space, exportNS)
		}
	}
}

// page is a page of wikitext: its title (and the line of the file it is
// on), and its text, whose first line is line at of the file.
type page struct {
	title   string
	titleAt int
	text    string
	at      int
}

// ConvertExport writes the articles of a wiki's export as Markdown.
func ConvertExport(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("MediaWiki export too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	pages, all, err := readExport(data)
	switch {
	case errors.Is(err, errTooMany):
		return corpus.Converted{}, fmt.Errorf("MediaWiki export too large: more than %d articles", MaxPages)
	case err != nil:
		return corpus.Converted{}, fmt.Errorf("damaged MediaWiki export: %v", err)
	case all == 0:
		return corpus.Converted{}, errors.New("the MediaWiki export has no pages")
	case len(pages) == 0:
		return corpus.Converted{}, errors.New("the MediaWiki export has no articles: only talk pages, user pages, templates or redirects")
	}
	var md markdown
	several := len(pages) > 1
	for _, p := range pages {
		ls, err := expand(p.text, p.title, p.at)
		if err != nil {
			return corpus.Converted{}, fmt.Errorf("page %q: %v", p.title, err)
		}
		w := writer{title: p.title, min: 2}
		if several {
			w.min = 3
		}
		body := w.page(ls)
		if len(body) == 0 {
			continue // a page of templates alone
		}
		if several {
			md.gap(p.titleAt)
			md.line("## "+corpus.EscapeMarkdown(p.title), p.titleAt)
		} else {
			md.line("# "+corpus.EscapeMarkdown(p.title), p.titleAt)
		}
		md.gap(p.titleAt)
		md.ls = append(md.ls, body...)
	}
	if len(md.ls) == 0 {
		return corpus.Converted{}, errors.New("the MediaWiki export's articles have no text")
	}
	c := md.converted()
	c.TitledByName = several
	return c, nil
}

// maxAllPages bounds the pages of an export, articles or not.
const maxAllPages = 10 * MaxPages

var errTooMany = errors.New("too many pages")

// readExport returns the articles of an export, the last revision of
// each, and how many pages it holds in all.
func readExport(data []byte) (articles []page, all int, err error) {
	d := xml.NewDecoder(bytes.NewReader(data))
	var root bool
	namespaces := map[string]bool{} // the names of namespaces other than articles', lower case: "talk", "user"
	var (
		p        page
		ns       string
		hasNS    bool
		redirect bool
		model    string
		inPage   bool
	)
	for {
		tok, err := d.Token()
		if err == io.EOF {
			break
		}
		if err != nil {
			return nil, 0, err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if !root {
				if t.Name.Local != "mediawiki" || !strings.HasPrefix(t.Name.Space, exportNS) {
					return nil, 0, fmt.Errorf("not a MediaWiki export: it holds <%s>", t.Name.Local)
				}
				root = true
				continue
			}
			var err error
			switch t.Name.Local {
			case "page":
				p, ns, hasNS, redirect, model, inPage = page{}, "", false, false, "", true
			case "namespace":
				var name string
				if err = d.DecodeElement(&name, &t); err == nil && attr(t, "key") != "0" && name != "" {
					namespaces[strings.ToLower(name)] = true
				}
			case "title":
				if inPage {
					p.titleAt, _ = d.InputPos()
					err = d.DecodeElement(&p.title, &t)
					p.title = strings.Join(strings.Fields(p.title), " ")
				}
			case "ns":
				if inPage {
					hasNS = true
					err = d.DecodeElement(&ns, &t)
				}
			case "redirect":
				redirect = inPage
			case "model":
				if inPage {
					err = d.DecodeElement(&model, &t)
				}
			case "text":
				if inPage {
					p.at, _ = d.InputPos() // the line its text starts on
					p.text = ""
					err = d.DecodeElement(&p.text, &t) // the last revision's stays
				}
			}
			if err != nil {
				return nil, 0, err
			}
		case xml.EndElement:
			if t.Name.Local != "page" || !inPage {
				continue
			}
			inPage = false
			if all++; all > maxAllPages {
				return nil, 0, errTooMany
			}
			ns = strings.TrimSpace(ns)
			if prefix, _, ok := strings.Cut(p.title, ":"); !hasNS && ok && namespaces[strings.ToLower(prefix)] {
				ns = "other" // an export of before <ns> (0.3): its title says
			}
			m := strings.TrimSpace(model)
			if ns != "" && ns != "0" || redirect || m != "" && m != "wikitext" || redirectRE.MatchString(p.text) || strings.TrimSpace(p.text) == "" {
				continue
			}
			if p.title == "" {
				p.title = "Untitled page"
			}
			if articles = append(articles, p); len(articles) > MaxPages {
				return nil, 0, errTooMany
			}
		}
	}
	if !root {
		return nil, 0, errors.New("no XML elements")
	}
	return articles, all, nil
}

// attr returns the value of s's attribute name, or "".
func attr(s xml.StartElement, name string) string {
	for _, a := range s.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}

// redirectRE matches a redirect's wikitext: "#REDIRECT [[Fundamental rights
// in India]]".
var redirectRE = regexp.MustCompile(`(?i)^\s*#redirect\s*:?\s*\[\[([^\]|]*)`)

// ConvertWikitext writes a page's wikitext, as its edit box holds it, as
// Markdown. A heading of the first level heading the page, and no other,
// titles it; else the file's name does.
func ConvertWikitext(data []byte) (corpus.Converted, error) {
	text, notUTF8, err := corpus.SourceText(data, "the wikitext", MaxBytes)
	if err != nil {
		return corpus.Converted{}, err
	}
	if strings.ContainsFunc(text, control) {
		text = controlRE.ReplaceAllString(text, " ")
	}
	if m := redirectRE.FindStringSubmatch(text); m != nil {
		return corpus.Converted{}, fmt.Errorf("the wikitext is only a redirect to the page %q", strings.TrimSpace(m[1]))
	}
	ls, err := expand(text, "", 1)
	if err != nil {
		return corpus.Converted{}, fmt.Errorf("cannot read the wikitext: %v", err)
	}
	title, titleAt := pageTitle(ls)
	w := writer{title: title, min: 2}
	body := w.page(ls)
	if len(body) == 0 {
		return corpus.Converted{}, errors.New("the wikitext has no text")
	}
	var md markdown
	if title != "" {
		md.line("# "+corpus.EscapeMarkdown(title), titleAt)
		md.gap(titleAt)
	}
	md.ls = append(md.ls, body...)
	c := md.converted()
	c.TitledByName = title == ""
	c.NotUTF8At = notUTF8
	return c, nil
}

// controlRE matches the control characters that are not text (XML allows
// none of them), those the expander marks lines with among them.
var controlRE = regexp.MustCompile(`[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]`)

func control(r rune) bool { return r < 0x20 && r != '\t' && r != '\n' && r != '\r' || r == 0x7f }

// pageTitle returns the title of wikitext whose lines are ls, and its
// line: the text of a first-level heading ("= Fundamental Rights =") that
// comes first and is the page's only one; it is taken out of ls.
func pageTitle(ls []line) (string, int) {
	first, n := -1, 0
	for i, l := range ls {
		if level, _, ok := heading(l.text); ok && level == 1 {
			n++
		}
		if first < 0 && strings.TrimSpace(l.text) != "" {
			first = i
		}
	}
	if first < 0 || n != 1 {
		return "", 0
	}
	level, text, ok := heading(ls[first].text)
	if !ok || level != 1 {
		return "", 0
	}
	var w writer
	title, _ := w.inline(text, " ")
	title = strings.Join(strings.Fields(strings.ReplaceAll(title, "*", "")), " ")
	if title == "" {
		return "", 0
	}
	ls[first].text = ""
	return title, ls[first].at
}

// markdown is Markdown written a line at a time, each line with its place.
type markdown struct {
	ls []line
}

func (m *markdown) line(s string, at int) { m.ls = append(m.ls, line{s, at}) }

// gap writes a blank line unless one stands last (or nothing is written).
func (m *markdown) gap(at int) {
	if len(m.ls) > 0 && m.ls[len(m.ls)-1].text != "" {
		m.line("", at)
	}
}

func (m *markdown) converted() corpus.Converted {
	var l corpus.Lines
	for _, x := range m.ls {
		l.Line(x.text, x.at)
	}
	l.TrimEnd()
	return l.Converted(true, "line")
}
