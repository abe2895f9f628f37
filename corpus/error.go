package corpus

import (
	"fmt"
	"strings"
)

// Error is a problem in a document, reported as "file:line: what is wrong".
type Error struct {
	File string
	Line int // 1-based; 0 when the problem is the whole file
	Msg  string

	noNotes bool // the converter said NoNotes: in a folder, the file is skipped
}

// NoNotes is a converter's error for a file of its format that holds no
// notes by design, saying what it is ("a Sphinx table of contents, no
// notes"). Found in a folder, the file is skipped as Format.Skip's are,
// without reading it twice; named on its own, it is a problem.
type NoNotes string

func (e NoNotes) Error() string { return string(e) }

func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %s", e.File, e.Line, e.Msg)
	}
	return fmt.Sprintf("%s: %s", e.File, e.Msg)
}

// Errors is every problem found in a set of documents, one per line.
type Errors []*Error

func (es Errors) Error() string {
	lines := make([]string, len(es))
	for i, e := range es {
		lines[i] = e.Error()
	}
	return strings.Join(lines, "\n")
}
