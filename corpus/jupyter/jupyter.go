// Package jupyter reads notebooks of Jupyter, Google Colab and VS Code
// (.ipynb), as students keep notes beside the numbers they work out.
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/jupyter"
//
// A notebook is JSON (nbformat 4): a list of cells, each {"cell_type",
// "source", "outputs"}. Its Markdown cells are read as Markdown, one
// after another; a code cell's code is left out (it is the working, not
// the notes), and what it printed (a stream, a result as plain text) is
// kept as code is in Markdown, verbatim, in the section it stands in.
// Errors, pictures and widgets are left out. Each line's place is its
// cell's number.
package jupyter

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Jupyter notebook",
		Extensions: []string{".ipynb"},
		Magic:      IsNotebook,
		Convert:    Convert,
	})
}

// MaxBytes is the largest notebook read.
const MaxBytes = 50 << 20

// IsNotebook reports whether data is a notebook: JSON with cells and an
// nbformat.
func IsNotebook(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 4<<10)], "\ufeff \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && bytes.Contains(data, []byte(`"nbformat"`)) && bytes.Contains(data, []byte(`"cells"`))
}

type notebook struct {
	Cells []struct {
		Type    string `json:"cell_type"`
		Source  text   `json:"source"`
		Outputs []struct {
			Type string          `json:"output_type"`
			Text text            `json:"text"`
			Data map[string]text `json:"data"`
		} `json:"outputs"`
	} `json:"cells"`
}

// text is a notebook's multi-line string: a list of lines, or one string.
type text string

func (t *text) UnmarshalJSON(b []byte) error {
	var lines []string
	if err := json.Unmarshal(b, &lines); err == nil {
		*t = text(strings.Join(lines, ""))
		return nil
	}
	var s string
	if err := json.Unmarshal(b, &s); err != nil {
		return nil // another value (a picture's data as an object): no text
	}
	*t = text(s)
	return nil
}

// Convert writes a notebook as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("notebook too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var nb notebook
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &nb); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged notebook: %v", err)
	}
	var l corpus.Lines
	for i, c := range nb.Cells {
		at := i + 1
		switch c.Type {
		case "markdown":
			l.Gap(at)
			for s := range strings.Lines(string(c.Source)) {
				l.Line(strings.TrimRight(s, "\r\n"), at)
			}
			l.Gap(at)
		case "code":
			for _, o := range c.Outputs {
				out := string(o.Text)
				if o.Type == "execute_result" || o.Type == "display_data" {
					out = string(o.Data["text/plain"])
				}
				if strings.TrimSpace(out) == "" || o.Type == "error" || strings.HasPrefix(out, "<") {
					continue // an error, or a figure's "<Figure size 640x480 with 1 Axes>"
				}
				l.Gap(at)
				l.Line("```", at)
				for s := range strings.Lines(strings.Trim(out, "\n")) {
					l.Line(strings.TrimRight(s, "\r\n"), at)
				}
				l.Line("```", at)
				l.Gap(at)
			}
		}
	}
	c := l.Converted(true, "cell")
	if len(bytes.TrimSpace(c.Text)) == 0 {
		return corpus.Converted{}, errors.New("the notebook has no notes: no Markdown cells and no output")
	}
	return c, nil
}
