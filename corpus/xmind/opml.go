package xmind

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"html"
	"io"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// An outline saved as OPML (.opml), as Workflowy, Dynalist, OmniOutliner,
// Logseq and the mind-map apps (Xmind, MindNode, iThoughts) export one, is
// the same tree as a mind map: opml, head (title), body, outline elements
// nested as deep as the outline is, each with its text in the attribute
// text and its note in _note (Workflowy, Dynalist). It is written as a
// mind map's first sheet is, each line's place its line in the file: a
// body of one outline is the central topic, which titles the document;
// a body of several is the main topics, under the title head gives, else
// under the file's name. Outliners write text with inline HTML (<b>,
// <i>, <mark>), read as the text it shows; a note's lines are paragraphs.

// IsOPML reports whether data is an outline saved as OPML: its first
// element, after an XML declaration and comments, is opml.
func IsOPML(data []byte) bool {
	head := data[:min(len(data), 1<<10)]
	i := bytes.Index(head, []byte("<opml"))
	if i < 0 || len(data) > MaxBytes {
		return false
	}
	before := bytes.TrimLeft(head[:i], "\ufeff \t\r\n")
	for len(before) > 0 {
		end := bytes.Index(before, []byte(">"))
		if end < 0 || !bytes.HasPrefix(before, []byte("<?")) && !bytes.HasPrefix(before, []byte("<!--")) {
			return false
		}
		before = bytes.TrimLeft(before[end+1:], " \t\r\n")
	}
	return true
}

// ConvertOPML writes an outline saved as OPML as Markdown, each line's
// place its line in the file.
func ConvertOPML(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("outline too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	title, outlines, err := readOPML(bytes.NewReader(data))
	if err != nil {
		var limit limitError
		if !errors.As(err, &limit) {
			err = fmt.Errorf("damaged OPML file: %v", err)
		}
		return corpus.Converted{}, err
	}
	root := &topic{title: title, children: outlines}
	if len(outlines) == 1 {
		root = outlines[0]
	}
	c, err := write([]sheet{{root: root}})
	if err != nil {
		return c, errors.New(strings.Replace(err.Error(), "mind map", "outline", 1))
	}
	c.Unit = "line"
	return c, nil
}

// readOPML reads an outline's title (head's) and the outlines of its
// body.
func readOPML(r io.Reader) (string, []*topic, error) {
	xr := &xmlReader{d: xml.NewDecoder(withoutBOM(r))}
	xr.d.Entity = xml.HTMLEntity
	xr.d.Strict = false // outliners write "&" bare in titles
	for {
		tok, err := xr.token()
		if err != nil {
			return "", nil, err
		}
		if start, ok := tok.(xml.StartElement); ok {
			if start.Name.Local != "opml" {
				return "", nil, errors.New("not an OPML outline: it holds <" + start.Name.Local + ">")
			}
			break
		}
	}
	var title string
	var outlines []*topic
	err := xr.children(func(start xml.StartElement) (err error) {
		switch start.Name.Local {
		case "head":
			err = xr.children(func(start xml.StartElement) (err error) {
				if start.Name.Local != "title" {
					return xr.skip()
				}
				title, err = xr.text()
				title = line(title)
				return err
			})
		case "body":
			outlines, err = xr.outlines(0)
		default:
			err = xr.skip()
		}
		return err
	})
	if err == nil && len(outlines) == 0 {
		err = errors.New("the outline has no entries")
	}
	return title, outlines, err
}

// outlines reads the outline elements in the element whose start is read,
// depth levels under the body, to its end.
func (xr *xmlReader) outlines(depth int) ([]*topic, error) {
	var out []*topic
	err := xr.children(func(start xml.StartElement) error {
		if start.Name.Local != "outline" {
			return xr.skip()
		}
		if depth > MaxDepth {
			return errDepth
		}
		if xr.topics++; xr.topics > MaxTopics {
			return errTopics
		}
		line, _ := xr.d.InputPos()
		t := &topic{notes: lines(htmlText(attr(start, "_note"))), line: line}
		t.title, t.labels = tagged(inlineHTML(attr(start, "text")))
		var err error
		t.children, err = xr.outlines(depth + 1)
		if t.title != "" || len(t.notes) > 0 || len(t.children) > 0 {
			out = append(out, t)
		}
		return err
	})
	return out, err
}

// tagged splits the tags an outliner's entry ends with from its text:
// "Emergency 1975–77 #polity #mains" is "Emergency 1975–77", tagged polity
// and mains.
func tagged(s string) (string, []string) {
	var tags []string
	for {
		i := strings.LastIndexByte(s, ' ')
		tag, ok := strings.CutPrefix(s[i+1:], "#")
		if i < 0 || !ok || !tagRE.MatchString(tag) {
			break
		}
		tags = append([]string{tag}, tags...)
		s = strings.TrimRight(s[:i], " ")
	}
	return s, tags
}

var tagRE = regexp.MustCompile(`^[\pL\pN_-]*\pL[\pL\pN_-]*$`)

// inlineHTML is the text of s, one line written with inline HTML ("<b>Emergency
// 1975–77</b>"), as it shows.
func inlineHTML(s string) string {
	if strings.Contains(s, "<") {
		s = htmlTagRE.ReplaceAllString(s, "")
	}
	return line(html.UnescapeString(s))
}
