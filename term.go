package main

import (
	"io"
	"os"
	"strconv"
	"strings"
	"unicode/utf8"

	"golang.org/x/term"
)

// textStyle is how answers are printed for a person. The zero value is plain
// text: no marks around the matched words and no wrapping, as for a pipe or
// a file.
type textStyle struct {
	bold  bool // show the matched words in ANSI bold
	width int  // wrap lines at this many columns; 0: do not wrap
}

// defaultWidth is the width of a terminal whose size cannot be read.
const defaultWidth = 80

// styleFor returns the style for w: plain unless w is a terminal; on a
// terminal, wrapped to its width, and bold unless NO_COLOR is set or TERM is
// "dumb" (https://no-color.org).
func styleFor(w io.Writer, getenv func(string) string) textStyle {
	f, ok := w.(*os.File)
	if !ok || !term.IsTerminal(int(f.Fd())) {
		return textStyle{}
	}
	width, _, err := term.GetSize(int(f.Fd()))
	if err != nil || width <= 0 {
		width = 0
	}
	return terminalStyle(getenv, width)
}

// terminalStyle is the style of a terminal width columns wide (0: unknown,
// then $COLUMNS or 80).
func terminalStyle(getenv func(string) string, width int) textStyle {
	if width <= 0 {
		width = defaultWidth
		if c, err := strconv.Atoi(getenv("COLUMNS")); err == nil && c > 0 {
			width = c
		}
	}
	return textStyle{
		bold:  getenv("NO_COLOR") == "" && getenv("TERM") != "dumb",
		width: max(width, 20),
	}
}

// emphasis returns the marks around a matched word.
func (s textStyle) emphasis() (open, close string) {
	if s.bold {
		return "\x1b[1m", "\x1b[0m"
	}
	return "", ""
}

// print writes text to w, each line wrapped at the style's width. A wrapped
// line goes on under its first word: indented like the line, and past a
// leading "- " or "1. ".
func (s textStyle) print(w io.Writer, text string) {
	if s.width <= 0 {
		io.WriteString(w, text)
		return
	}
	lines := strings.Split(text, "\n")
	for i, line := range lines {
		lines[i] = wrapLine(line, s.width)
	}
	io.WriteString(w, strings.Join(lines, "\n"))
}

// wrapLine breaks a line at spaces so that no part is wider than width
// columns, where it can. ANSI escape sequences take no columns.
func wrapLine(line string, width int) string {
	if visibleWidth(line) <= width {
		return line
	}
	body := strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(body)]
	hang := indent + strings.Repeat(" ", len(listMarker(body)))
	var b strings.Builder
	b.WriteString(indent)
	col := len(indent)
	first := true
	for _, word := range strings.Fields(body) {
		n := visibleWidth(word)
		switch {
		case first:
		case col+1+n > width:
			b.WriteString("\n" + hang)
			col = len(hang)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(word)
		col += n
		first = false
	}
	return b.String()
}

// listMarker returns the "- ", "• " or "12. " a list item starts with.
func listMarker(s string) string {
	for _, m := range []string{"- ", "• ", "* "} {
		if strings.HasPrefix(s, m) {
			return "  "
		}
	}
	digits := len(s) - len(strings.TrimLeft(s, "0123456789"))
	if digits > 0 && digits < 4 && strings.HasPrefix(s[digits:], ". ") {
		return s[:digits+2]
	}
	return ""
}

// visibleWidth counts the columns of s: its runes, less ANSI escape
// sequences.
func visibleWidth(s string) int {
	n := 0
	for i := 0; i < len(s); {
		if s[i] == '\x1b' && i+1 < len(s) && s[i+1] == '[' {
			j := i + 2
			for j < len(s) && (s[j] < '@' || s[j] > '~') {
				j++
			}
			i = j + 1
			continue
		}
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		n++
	}
	return n
}
