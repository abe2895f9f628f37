package xmind

import (
	"encoding/json"
	"errors"
	"io"
	"strings"
)

// jsonReader reads content.json token by token, so that what a map holds
// beyond its topics (themes, styles, relationships) costs no memory and
// the bounds on topics and depth hold before the tree is built. A value of
// another type than Xmind writes (a title that is a number) is skipped.
type jsonReader struct {
	d      *json.Decoder
	topics int // topics and sheets read so far
}

// maxJSONDepth bounds the nesting of the values skipped, as MaxDepth bounds
// the topics': a topic is three values deep in its parent's.
const maxJSONDepth = 4*MaxDepth + 16

var errJSONDepth = errors.New("values nested too deep")

// readJSON reads the sheets of content.json: a list of them.
func readJSON(r io.Reader) ([]sheet, error) {
	jr := &jsonReader{d: json.NewDecoder(withoutBOM(r))}
	tok, err := jr.token()
	if err != nil {
		return nil, err
	}
	if tok != json.Delim('[') {
		return nil, errors.New("not a list of sheets")
	}
	var sheets []sheet
	for jr.d.More() {
		if jr.topics++; jr.topics > MaxTopics {
			return nil, errTopics
		}
		var s sheet
		err := jr.object(func(key string) (err error) {
			switch key {
			case "title":
				s.title, err = jr.string()
			case "rootTopic":
				s.root, err = jr.topic(0)
			default:
				err = jr.skip()
			}
			return err
		})
		if err != nil {
			return nil, err
		}
		if s.root != nil {
			sheets = append(sheets, s)
		}
	}
	return sheets, nil
}

// topic reads a topic depth levels under its sheet's central topic.
func (jr *jsonReader) topic(depth int) (*topic, error) {
	if depth > MaxDepth {
		return nil, errDepth
	}
	if jr.topics++; jr.topics > MaxTopics {
		return nil, errTopics
	}
	t := &topic{}
	var rich strings.Builder // the title of a topic whose words are styled apart
	var html string
	var summary, callout []*topic
	err := jr.object(func(key string) (err error) {
		switch key {
		case "title":
			t.title, err = jr.string()
		case "attributedTitle":
			err = jr.array(func() error {
				return jr.object(func(key string) error {
					if key != "text" {
						return jr.skip()
					}
					s, err := jr.string()
					rich.WriteString(s)
					return err
				})
			})
		case "notes":
			err = jr.object(func(kind string) error {
				return jr.object(func(key string) error {
					if key != "content" || kind != "plain" && kind != "realHTML" {
						return jr.skip()
					}
					s, err := jr.string()
					if kind == "plain" {
						t.notes = lines(s)
					} else {
						html = s
					}
					return err
				})
			})
		case "labels":
			err = jr.array(func() error {
				s, err := jr.string()
				if s = line(s); s != "" {
					t.labels = append(t.labels, s)
				}
				return err
			})
		case "children":
			err = jr.object(func(kind string) error {
				var to *[]*topic
				switch kind {
				case "attached":
					to = &t.children
				case "detached":
					to = &t.detached
				case "summary":
					to = &summary
				case "callout":
					to = &callout
				default:
					return jr.skip()
				}
				return jr.array(func() error {
					c, err := jr.topic(depth + 1)
					if c != nil {
						*to = append(*to, c)
					}
					return err
				})
			})
		default:
			err = jr.skip()
		}
		return err
	})
	if err != nil {
		return nil, err
	}
	if t.title == "" {
		t.title = rich.String()
	}
	t.title = line(t.title)
	if t.notes == nil && html != "" {
		t.notes = lines(htmlText(html))
	}
	t.children = append(append(t.children, summary...), callout...)
	return t, nil
}

// token returns the next token; io.ErrUnexpectedEOF at the end of the
// input, which a value is never cut short by.
func (jr *jsonReader) token() (json.Token, error) {
	tok, err := jr.d.Token()
	if err == io.EOF {
		err = io.ErrUnexpectedEOF
	}
	return tok, err
}

// object reads an object, calling field to read the value of each of its
// keys; another value is skipped.
func (jr *jsonReader) object(field func(key string) error) error {
	tok, err := jr.token()
	if err != nil {
		return err
	}
	if tok != json.Delim('{') {
		return jr.skipFrom(tok)
	}
	for jr.d.More() {
		tok, err := jr.token()
		if err != nil {
			return err
		}
		key, _ := tok.(string)
		if err := field(key); err != nil {
			return err
		}
	}
	_, err = jr.token() // }
	return err
}

// array reads an array, calling elem to read each of its values; another
// value is skipped.
func (jr *jsonReader) array(elem func() error) error {
	tok, err := jr.token()
	if err != nil {
		return err
	}
	if tok != json.Delim('[') {
		return jr.skipFrom(tok)
	}
	for jr.d.More() {
		if err := elem(); err != nil {
			return err
		}
	}
	_, err = jr.token() // ]
	return err
}

// string reads a string; another value is skipped and read as "".
func (jr *jsonReader) string() (string, error) {
	tok, err := jr.token()
	if err != nil {
		return "", err
	}
	if s, ok := tok.(string); ok {
		return s, nil
	}
	return "", jr.skipFrom(tok)
}

// skip skips a value.
func (jr *jsonReader) skip() error {
	tok, err := jr.token()
	if err != nil {
		return err
	}
	return jr.skipFrom(tok)
}

// skipFrom skips the rest of the value tok starts.
func (jr *jsonReader) skipFrom(tok json.Token) error {
	depth := 0
	for {
		switch tok {
		case json.Delim('['), json.Delim('{'):
			if depth++; depth > maxJSONDepth {
				return errJSONDepth
			}
		case json.Delim(']'), json.Delim('}'):
			depth--
		}
		if depth == 0 {
			return nil
		}
		var err error
		if tok, err = jr.token(); err != nil {
			return err
		}
	}
}
