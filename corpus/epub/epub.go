// Package epub reads e-books saved as EPUB (.epub): a coaching institute's
// compilation, a government booklet, notes a student made into a book.
//
// The book's chapters, in its reading order (the spine; the title page,
// the table of contents and the parts marked not to be read in order left
// out), are
// read as one web page whose title is the book's title: their headings
// become sections, their lists and tables stay lists and tables, as
// package web writes any page. A book locked by DRM is refused, saying so.
//
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/epub"
package epub

import (
	"archive/zip"
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"path"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/web"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "EPUB e-book",
		Extensions: []string{".epub"},
		Magic:      IsEPUB,
		Convert:    Convert,
	})
}

// Limits on one book.
const (
	MaxBytes    = 50 << 20 // larger files are refused
	maxChapters = 2_000
)

// IsEPUB reports whether data is an EPUB: a zip whose first entry is the
// uncompressed "mimetype" naming the format.
func IsEPUB(data []byte) bool {
	return bytes.HasPrefix(data, []byte("PK\x03\x04")) && bytes.Contains(data[:min(len(data), 128)], []byte("mimetypeapplication/epub+zip"))
}

// Convert writes a book's chapters as Markdown, under its title.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("e-book too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	zr, err := zip.NewReader(bytes.NewReader(data), int64(len(data)))
	if err != nil {
		return corpus.Converted{}, fmt.Errorf("not an EPUB e-book: %v", err)
	}
	b := book{files: make(map[string]*zip.File, len(zr.File))}
	for _, f := range zr.File {
		b.files[f.Name] = f
	}
	if _, ok := b.files["META-INF/encryption.xml"]; ok {
		if enc, err := b.read("META-INF/encryption.xml"); err == nil && bytes.Contains(enc, []byte("EncryptedData")) {
			return corpus.Converted{}, errors.New("a DRM-protected e-book: its text cannot be read")
		}
	}
	page, starts, err := b.page()
	if err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged EPUB e-book: %v", err)
	}
	c, err := web.Content(page)
	if err != nil {
		return corpus.Converted{}, err
	}
	for i, line := range c.Origin { // a line of the joined page → its chapter
		if line > 0 {
			c.Origin[i] = max(1, sort.SearchInts(starts, line+1))
		}
	}
	c.Unit = "chapter"
	return c, nil
}

// book reads the parts of one EPUB within web.MaxBytes of text.
type book struct {
	files map[string]*zip.File
	total int64 // bytes read so far
}

func (b *book) read(name string) ([]byte, error) {
	f, ok := b.files[name]
	if !ok {
		return nil, fmt.Errorf("%s is missing", name)
	}
	rc, err := f.Open()
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	defer rc.Close()
	left := web.MaxBytes - b.total
	data, err := io.ReadAll(io.LimitReader(rc, left+1))
	if err != nil {
		return nil, fmt.Errorf("%s: %v", name, err)
	}
	b.total += int64(len(data))
	if b.total > web.MaxBytes {
		return nil, fmt.Errorf("its text unzips to more than %d MB", web.MaxBytes>>20)
	}
	return data, nil
}

type container struct {
	Rootfiles []struct {
		Path string `xml:"full-path,attr"`
	} `xml:"rootfiles>rootfile"`
}

type packageDoc struct {
	Titles []string `xml:"metadata>title"`
	Items  []struct {
		ID         string `xml:"id,attr"`
		Href       string `xml:"href,attr"`
		MediaType  string `xml:"media-type,attr"`
		Properties string `xml:"properties,attr"`
	} `xml:"manifest>item"`
	Spine []struct {
		IDRef  string `xml:"idref,attr"`
		Linear string `xml:"linear,attr"`
	} `xml:"spine>itemref"`
}

// page joins the book's chapters into one HTML page titled by the book;
// starts[i] is the line of the page chapter i+1 starts on.
func (b *book) page() (page []byte, starts []int, err error) {
	var c container
	if err := b.decode("META-INF/container.xml", &c); err != nil {
		return nil, nil, err
	}
	if len(c.Rootfiles) == 0 {
		return nil, nil, errors.New("META-INF/container.xml names no package document")
	}
	opf := c.Rootfiles[0].Path
	var p packageDoc
	if err := b.decode(opf, &p); err != nil {
		return nil, nil, err
	}
	if len(p.Spine) > maxChapters {
		return nil, nil, fmt.Errorf("more than %d parts to read", maxChapters)
	}
	var out bytes.Buffer
	out.WriteString("<!DOCTYPE html><html><head><meta charset=\"utf-8\">")
	title := ""
	if len(p.Titles) > 0 {
		title = html.EscapeString(strings.Join(strings.Fields(p.Titles[0]), " "))
	}
	out.WriteString("<title>" + title + "</title></head><body>\n")
	titleAt := out.Len()
	items := make(map[string]int, len(p.Items)) // an item's index by its id
	for i, it := range p.Items {
		items[it.ID] = i
	}
	line := 1 + bytes.Count(out.Bytes(), []byte("\n")) // the line out ends on
	for _, ref := range p.Spine {
		i, ok := items[ref.IDRef]
		if !ok || ref.Linear == "no" {
			continue
		}
		it := p.Items[i]
		if strings.Contains(it.Properties, "nav") || !strings.Contains(it.MediaType, "html") {
			continue
		}
		data, err := b.read(path.Join(path.Dir(opf), it.Href))
		if err != nil {
			return nil, nil, err
		}
		if bytes.Contains(data, []byte(`epub:type="titlepage"`)) || frontMatterRE.MatchString(path.Base(it.Href)) {
			continue // the title, its author and date: the book is titled by its own; its contents, its copyright
		}
		chapter := chapterHeadRE.ReplaceAllFunc(body(withoutMargins(data)), func(h []byte) []byte {
			if m := chapterHeadRE.FindSubmatch(h); string(m[1]) == "subtitle" {
				return slices.Concat([]byte("<p>"), m[2], []byte("</p>"))
			}
			return nil
		})
		starts = append(starts, line)
		out.WriteString("<article>\n") // a chapter, whose boxes are its own
		out.Write(chapter)
		out.WriteString("</article>")
		line += 1 + bytes.Count(chapter, []byte("\n"))
	}
	out.WriteString("</body></html>")
	page = out.Bytes()
	if h1 := h1RE.FindAllSubmatchIndex(page, 2); title != "" && len(h1) == 1 && chapterOf(title, page[h1[0][2]:h1[0][3]]) {
		// A book of one chapter ("Ch. 9: Fundamental Duties"): the chapter's
		// heading is the book's title, its sections the book's.
		return slices.Concat(page[:h1[0][2]], []byte(title), page[h1[0][3]:]), starts, nil
	}
	if title != "" && !bytes.Contains(page, []byte(">"+title+"</h1>")) {
		// The chapters' headings are the book's sections, under its title.
		page = slices.Concat(page[:titleAt], []byte("<h1>"+title+"</h1>"), page[titleAt:])
	}
	return page, starts, nil
}

var h1RE = regexp.MustCompile(`(?is)<h1\b[^>]*>(.*?)</h1>`)

// withoutMargins returns a page of a fixed-layout book (Apple Pages' and
// InDesign's export, each page a viewport of a height, its blocks placed
// at their offsets) without the lines set in its top and bottom margins:
// the running head and the page number, on every page. Another chapter
// is returned as it is.
func withoutMargins(page []byte) []byte {
	m := viewportRE.FindSubmatch(page)
	if m == nil {
		return page
	}
	height, err := strconv.ParseFloat(string(m[1]), 64)
	if err != nil || height <= 0 {
		return page
	}
	return placedRE.ReplaceAllFunc(page, func(block []byte) []byte {
		b := placedRE.FindSubmatch(block)
		top, err := strconv.ParseFloat(string(b[1]), 64)
		if err != nil || bytes.Contains(b[2], []byte("<div")) || top > marginTop*height && top < (1-marginBottom)*height {
			return block
		}
		return nil
	})
}

// A fixed-layout page's margins, as fractions of its height.
const (
	marginTop    = 0.05
	marginBottom = 0.07
)

var (
	viewportRE = regexp.MustCompile(`(?i)<meta\s+name="viewport"\s+content="[^"]*\bheight\s*=\s*(\d+(?:\.\d+)?)`)
	placedRE   = regexp.MustCompile(`(?is)<div\b[^>]*\bstyle="[^"]*\bposition:\s*absolute\b[^"]*\btop:\s*(-?\d+(?:\.\d+)?)px[^"]*"[^>]*>(.*?)</div>`)
)

// frontMatterRE matches the name of a part of a book that is no chapter,
// as Calibre and Pressbooks name them: "titlepage.xhtml", "title-page",
// "table-of-contents", "copyright".
var frontMatterRE = regexp.MustCompile(`(?i)^(?:title-?page|cover|toc|table-of-contents|contents|copyright)(?:\.x?html?)?$`)

// chapterHeadRE matches a heading that is a part of a chapter's or a
// part's title, as Pressbooks writes them: its number, its author, its
// subtitle (class "chapter-number", "part-number", "chapter-author",
// "chapter-subtitle"). The number and the author are no headings, the
// subtitle a line of text under the title.
var chapterHeadRE = regexp.MustCompile(`(?is)<h[1-6]\b[^>]*\bclass="[^"]*\b(?:chapter|part)-(number|author|subtitle)\b[^"]*"[^>]*>(.*?)</h[1-6]>`)

// chapterOf reports whether a chapter's heading, HTML, is what the book's
// title ends with: "Fundamental Duties" of "Polity Ready Reckoner 2025 -
// Ch. 9: Fundamental Duties".
func chapterOf(title string, heading []byte) bool {
	h := strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(string(heading), ""))), " ")
	t := html.UnescapeString(title)
	return h != "" && len(h) < len(t) && strings.HasSuffix(strings.ToLower(t), strings.ToLower(h))
}

var tagRE = regexp.MustCompile(`<[^>]*>`)

func (b *book) decode(name string, v any) error {
	data, err := b.read(name)
	if err != nil {
		return err
	}
	if err := xml.Unmarshal(data, v); err != nil {
		return fmt.Errorf("%s: %v", name, err)
	}
	return nil
}

// body returns what a chapter's <body> holds; the whole chapter when it
// has no body.
func body(chapter []byte) []byte {
	lower := bytes.ToLower(chapter)
	start := bytes.Index(lower, []byte("<body"))
	if start < 0 {
		return chapter
	}
	open := bytes.IndexByte(lower[start:], '>')
	if open < 0 {
		return nil
	}
	start += open + 1
	end := bytes.LastIndex(lower, []byte("</body>"))
	if end < start {
		end = len(chapter)
	}
	return chapter[start:end]
}
