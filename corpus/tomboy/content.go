package tomboy

import (
	"encoding/xml"
	"fmt"
	"strings"
)

// content reads a note's <note-content> into lines, each with the marks
// its words share.
type content struct {
	lines []line
	cur   line
	buf   strings.Builder // cur's text
	open  bool            // cur has begun
	// swallow: a list's element ended the line, so a newline right after
	// it ends nothing more: Tomboy ends a list's last line after the
	// </list>, tomboy-ng each one. (After an item that a newline ended
	// inside it, a newline is a blank line.)
	swallow bool
	at      int      // the line of the file being read
	stack   []string // the elements open in the content
	sizes   []int    // the sizes open, innermost last
	bold    int      // <bold> elements open
	lists   int      // <list> elements open
	items   int      // <list-item> elements open
}

// readContent reads the content of a note's <note-content> element, its
// start read already, up to its end.
func readContent(d *xml.Decoder) ([]line, error) {
	c := &content{}
	for {
		c.at, _ = d.InputPos()
		tok, err := d.Token()
		if err != nil {
			return nil, fmt.Errorf("damaged Tomboy note: %v", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			if len(c.stack) == maxDepth {
				return nil, fmt.Errorf("damaged Tomboy note: its text's marks nest more than %d deep", maxDepth)
			}
			c.stack = append(c.stack, t.Name.Local)
			c.start(t.Name)
		case xml.EndElement:
			if len(c.stack) == 0 { // </note-content>
				c.boundary()
				return c.lines, nil
			}
			c.stack = c.stack[:len(c.stack)-1]
			c.end(t.Name)
		case xml.CharData:
			c.text(string(t))
		}
		if len(c.lines) > maxLines {
			return nil, fmt.Errorf("note too long: more than %d lines", maxLines)
		}
	}
}

// size is the size an element sets, and whether it sets one.
func size(name xml.Name) (int, bool) {
	if !strings.HasSuffix(name.Space, "size") { // the namespace …/tomboy/size, or its prefix undeclared
		return 0, false
	}
	switch name.Local {
	case "small":
		return -1, true
	case "large":
		return 1, true
	case "huge":
		return 2, true
	}
	return 0, false
}

func (c *content) start(name xml.Name) {
	if s, ok := size(name); ok {
		c.sizes = append(c.sizes, s)
		return
	}
	switch name.Local {
	case "bold":
		c.bold++
	case "list":
		c.boundary()
		c.lists++
	case "list-item":
		c.boundary()
		c.items++
	}
}

func (c *content) end(name xml.Name) {
	if _, ok := size(name); ok {
		c.sizes = c.sizes[:len(c.sizes)-1]
		return
	}
	switch name.Local {
	case "bold":
		c.bold--
	case "list":
		c.boundary()
		c.lists--
	case "list-item":
		c.boundary()
		c.items--
	}
}

// text reads the characters s, in the marks open.
func (c *content) text(s string) {
	if n := len(c.stack); n > 0 && c.stack[n-1] == "list" && strings.TrimSpace(s) == "" {
		return // the indent between a list's items, in a note written by hand
	}
	for {
		i := strings.IndexAny(s, "\n\u2028") // a newline, or a line separator (Tomboy writes "&#x2028;")
		if i < 0 {
			c.add(s)
			return
		}
		c.add(s[:i])
		if c.swallow && !c.open {
			c.swallow = false
		} else {
			c.newline()
		}
		if s[i] == '\n' {
			c.at++
			s = s[i+1:]
		} else {
			s = s[i+len("\u2028"):]
		}
	}
}

// add adds s, a part of a line, to the line being read.
func (c *content) add(s string) {
	words := strings.TrimSpace(s) != ""
	if s == "" || c.swallow && !words {
		return
	}
	c.swallow = false
	if !c.open {
		c.cur, c.open = line{at: c.at, bold: true, size: 2}, true
		if c.items > 0 {
			c.cur.depth = c.lists
		}
	}
	c.buf.WriteString(s)
	if words {
		c.cur.words = true
		c.cur.bold = c.cur.bold && c.bold > 0
		size := 0
		if n := len(c.sizes); n > 0 {
			size = c.sizes[n-1]
		}
		c.cur.size = min(c.cur.size, size)
	}
}

// newline ends the line being read at a newline: an empty line when none
// is.
func (c *content) newline() {
	if !c.open {
		c.lines = append(c.lines, line{at: c.at})
		return
	}
	c.finish()
}

// boundary ends the line being read where a list or its item starts or
// ends.
func (c *content) boundary() {
	if c.open {
		c.finish()
		c.swallow = true
	}
}

// finish ends the line being read.
func (c *content) finish() {
	c.cur.text = c.buf.String()
	c.buf.Reset()
	if !c.cur.words {
		c.cur.bold, c.cur.size = false, 0
	}
	c.lines = append(c.lines, c.cur)
	c.open = false
}
