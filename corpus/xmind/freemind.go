package xmind

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// A FreeMind or Freeplane mind map (.mm) is one XML file: map, a node
// element nested for each topic, its text in the attribute TEXT or, when
// formatted, in a richcontent of TYPE "NODE" (an HTML page); its note in a
// richcontent of TYPE "NOTE" and Freeplane's details in one of TYPE
// "DETAILS"; its attributes (name and value) in attribute elements; an
// arrow drawn to another topic with a label says so in the notes of the
// topic it leaves ("Cash salaries → Price list: only works if prices
// stay low"). Icons,
// links, clouds, fonts, edges and unlabelled arrows are left out. It is written as
// an Xmind map is: the root node is the central topic, which titles the
// document, each line's place its line in the file.

// IsFreeMind reports whether data is a FreeMind or Freeplane mind map: its
// first element, after an XML declaration and comments, is map.
func IsFreeMind(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 1<<10)], "\ufeff \t\r\n")
	for bytes.HasPrefix(head, []byte("<?")) || bytes.HasPrefix(head, []byte("<!--")) {
		end := bytes.Index(head, []byte(">"))
		if end < 0 {
			return false
		}
		head = bytes.TrimLeft(head[end+1:], " \t\r\n")
	}
	return bytes.HasPrefix(head, []byte("<map ")) || bytes.HasPrefix(head, []byte("<map>"))
}

// ConvertFreeMind writes a FreeMind or Freeplane mind map as Markdown.
func ConvertFreeMind(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("mind map too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	xr := &xmlReader{d: xml.NewDecoder(withoutBOM(bytes.NewReader(data)))}
	xr.d.Entity = xml.HTMLEntity
	xr.d.Strict = false
	var roots []*topic
	err := func() error {
		for {
			tok, err := xr.token()
			if err != nil {
				return err
			}
			if start, ok := tok.(xml.StartElement); ok {
				if start.Name.Local != "map" {
					return errors.New("not a FreeMind map: it holds <" + start.Name.Local + ">")
				}
				break
			}
		}
		var err error
		roots, err = xr.nodes(0)
		return err
	}()
	for _, a := range xr.arrows {
		if to := xr.ids[a.to]; to != nil && to.title != "" {
			a.from.notes = append(a.from.notes, a.from.title+" → "+to.title+": "+a.label) // "Cash salaries → Price list: only works if prices stay low"
		}
	}
	if err != nil {
		var limit limitError
		if !errors.As(err, &limit) {
			err = fmt.Errorf("damaged FreeMind map: %v", err)
		}
		return corpus.Converted{}, err
	}
	if len(roots) == 0 {
		return corpus.Converted{}, errors.New("the mind map has no topics")
	}
	root := roots[0]
	if len(roots) > 1 {
		root = &topic{children: roots}
	}
	c, err := write([]sheet{{root: root}})
	c.Unit = "line"
	return c, err
}

// nodes reads the node elements in the element whose start is read, depth
// levels under the map, to its end.
func (xr *xmlReader) nodes(depth int) ([]*topic, error) {
	var out []*topic
	err := xr.children(func(start xml.StartElement) error {
		if start.Name.Local != "node" {
			return xr.skip()
		}
		t, err := xr.node(start, depth)
		if t != nil {
			out = append(out, t)
		}
		return err
	})
	return out, err
}

// node reads the node whose start is read, to its end: nil when it holds
// nothing.
func (xr *xmlReader) node(start xml.StartElement, depth int) (*topic, error) {
	if depth > MaxDepth {
		return nil, errDepth
	}
	if xr.topics++; xr.topics > MaxTopics {
		return nil, errTopics
	}
	at, _ := xr.d.InputPos()
	t := &topic{title: inlineHTML(attr(start, "TEXT")), line: at}
	if id := attr(start, "ID"); id != "" {
		if xr.ids == nil {
			xr.ids = map[string]*topic{}
		}
		xr.ids[id] = t
	}
	if t.title == "" {
		t.title = inlineHTML(attr(start, "LOCALIZED_TEXT"))
	}
	err := xr.children(func(child xml.StartElement) error {
		switch child.Name.Local {
		case "node":
			kid, err := xr.node(child, depth+1)
			if kid != nil {
				t.children = append(t.children, kid)
			}
			return err
		case "richcontent":
			text, err := xr.text()
			switch strings.ToUpper(attr(child, "TYPE")) {
			case "NODE":
				if t.title == "" {
					t.title = line(text)
				}
			case "NOTE", "DETAILS":
				t.notes = append(t.notes, lines(text)...)
			}
			return err
		case "arrowlink":
			label := line(strings.Join(nonEmpty(attr(child, "SOURCE_LABEL"), attr(child, "MIDDLE_LABEL"), attr(child, "DESTINATION_LABEL")), " "))
			if label != "" && len(xr.arrows) < MaxTopics {
				xr.arrows = append(xr.arrows, arrow{from: t, to: attr(child, "DESTINATION"), label: label})
			}
		case "attribute":
			if name, value := line(attr(child, "NAME")), line(attr(child, "VALUE")); value != "" {
				t.notes = append(t.notes, strings.TrimPrefix(name+": ", ": ")+value)
			}
		}
		return xr.skip()
	})
	if t.title == "" && len(t.notes) == 0 && len(t.children) == 0 {
		return nil, err
	}
	return t, err
}

// arrow is a labelled arrow drawn from one topic to another, by its ID.
type arrow struct {
	from      *topic
	to, label string
}

func nonEmpty(s ...string) []string {
	var out []string
	for _, v := range s {
		if v != "" {
			out = append(out, v)
		}
	}
	return out
}
