package xmind

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// xmlReader reads Xmind 8's content.xml token by token, keeping the topics
// alone, within the bounds on topics and depth.
type xmlReader struct {
	d      *xml.Decoder
	topics int // topics and sheets read so far
	depth  int // the elements open
	// a FreeMind map's topics by their IDs, and its labelled arrows
	ids    map[string]*topic
	arrows []arrow
}

// maxXMLDepth bounds the nesting of elements, as MaxDepth bounds the
// topics': a topic is three elements deep in its parent (children, topics,
// topic).
const maxXMLDepth = 4*MaxDepth + 16

// readXML reads the sheets of content.xml: an xmap-content of sheets.
func readXML(r io.Reader) ([]sheet, error) {
	xr := &xmlReader{d: xml.NewDecoder(withoutBOM(r))}
	xr.d.Entity = xml.HTMLEntity // notes in HTML may name &nbsp;
	for {
		tok, err := xr.token()
		if err != nil {
			return nil, err
		}
		if start, ok := tok.(xml.StartElement); ok {
			if start.Name.Local != "xmap-content" {
				return nil, errors.New("not an Xmind map: it holds <" + start.Name.Local + ">")
			}
			break
		}
	}
	var sheets []sheet
	err := xr.children(func(start xml.StartElement) error {
		if start.Name.Local != "sheet" {
			return xr.skip()
		}
		if xr.topics++; xr.topics > MaxTopics {
			return errTopics
		}
		var s sheet
		err := xr.children(func(start xml.StartElement) (err error) {
			switch {
			case start.Name.Local == "topic" && s.root == nil:
				s.root, err = xr.topic(0)
			case start.Name.Local == "title":
				s.title, err = xr.text()
			default:
				err = xr.skip()
			}
			return err
		})
		if s.root != nil {
			sheets = append(sheets, s)
		}
		return err
	})
	return sheets, err
}

// topic reads a topic depth levels under its sheet's central topic, its
// start read.
func (xr *xmlReader) topic(depth int) (*topic, error) {
	if depth > MaxDepth {
		return nil, errDepth
	}
	if xr.topics++; xr.topics > MaxTopics {
		return nil, errTopics
	}
	t := &topic{}
	var summary, callout []*topic
	err := xr.children(func(start xml.StartElement) (err error) {
		switch start.Name.Local {
		case "title":
			var s string
			s, err = xr.text()
			t.title = line(s)
		case "notes":
			var html string
			err = xr.children(func(start xml.StartElement) (err error) {
				var s string
				switch start.Name.Local {
				case "plain":
					s, err = xr.text()
					t.notes = lines(s)
				case "html":
					html, err = xr.text()
				default:
					err = xr.skip()
				}
				return err
			})
			if t.notes == nil {
				t.notes = lines(html)
			}
		case "labels":
			err = xr.children(func(start xml.StartElement) error {
				if start.Name.Local != "label" {
					return xr.skip()
				}
				s, err := xr.text()
				if s = line(s); s != "" {
					t.labels = append(t.labels, s)
				}
				return err
			})
		case "children":
			err = xr.children(func(start xml.StartElement) error {
				var to *[]*topic
				switch typ := attr(start, "type"); {
				case start.Name.Local != "topics":
				case typ == "attached":
					to = &t.children
				case typ == "detached":
					to = &t.detached
				case typ == "summary":
					to = &summary
				case typ == "callout":
					to = &callout
				}
				if to == nil {
					return xr.skip()
				}
				return xr.children(func(start xml.StartElement) error {
					if start.Name.Local != "topic" {
						return xr.skip()
					}
					c, err := xr.topic(depth + 1)
					if c != nil {
						*to = append(*to, c)
					}
					return err
				})
			})
		default:
			err = xr.skip()
		}
		return err
	})
	t.children = append(append(t.children, summary...), callout...)
	return t, err
}

// token returns the next token, counting the elements open;
// io.ErrUnexpectedEOF at the end of the input, which an element is never
// cut short by.
func (xr *xmlReader) token() (xml.Token, error) {
	tok, err := xr.d.Token()
	if err == io.EOF {
		return nil, io.ErrUnexpectedEOF
	}
	if err != nil {
		return nil, err
	}
	switch tok.(type) {
	case xml.StartElement:
		if xr.depth++; xr.depth > maxXMLDepth {
			return nil, errors.New("elements nested too deep")
		}
	case xml.EndElement:
		xr.depth--
	}
	return tok, nil
}

// children reads the elements of the element whose start is read, to its
// end, calling elem for each child element's start; elem reads to the
// child's end.
func (xr *xmlReader) children(elem func(xml.StartElement) error) error {
	for {
		tok, err := xr.token()
		if err != nil {
			return err
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if err := elem(t); err != nil {
				return err
			}
		case xml.EndElement:
			return nil
		}
	}
}

// skip reads to the end of the element whose start is read.
func (xr *xmlReader) skip() error {
	for level := xr.depth; xr.depth >= level; {
		if _, err := xr.token(); err != nil {
			return err
		}
	}
	return nil
}

// text reads the text of the element whose start is read, to its end: a
// line break ("\n") where an element in it that is a paragraph ends or
// where it breaks a line (notes in HTML).
func (xr *xmlReader) text() (string, error) {
	var b strings.Builder
	for level := xr.depth; ; {
		tok, err := xr.token()
		if err != nil {
			return "", err
		}
		switch t := tok.(type) {
		case xml.CharData:
			b.Write(t)
		case xml.StartElement:
			if t.Name.Local == "br" {
				b.WriteByte('\n')
			}
		case xml.EndElement:
			if xr.depth < level {
				return b.String(), nil
			}
			switch t.Name.Local {
			case "p", "div", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr":
				b.WriteByte('\n')
			}
		}
	}
}

// attr returns the value of the attribute of start named name ("" when
// none).
func attr(start xml.StartElement, name string) string {
	for _, a := range start.Attr {
		if a.Name.Local == name {
			return a.Value
		}
	}
	return ""
}
