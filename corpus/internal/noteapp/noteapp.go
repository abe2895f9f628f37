// Package noteapp holds what the readers of note apps' JSON exports
// (Simplenote, Day One, Standard Notes) share: a note's text written as
// Markdown under its title, the export's tags, and where its JSON breaks.
package noteapp

import (
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"regexp"
	"slices"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// MaxTitle is the longest first line, in characters, that titles a note
// whole; a longer one stays in the text, its first words the title (see
// FirstWords).
const MaxTitle = 100

// FirstWords is the first words of a long line, up to half a title's
// length, and an ellipsis.
func FirstWords(s string) string {
	var b strings.Builder
	for _, w := range strings.Fields(s) {
		if b.Len() > 0 && utf8.RuneCountInString(b.String())+1+utf8.RuneCountInString(w) > MaxTitle/2 {
			return b.String() + "…"
		}
		if b.Len() > 0 {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

// Plain is a line of plain text as Markdown that reads as written: a "#"
// that would open a heading, and the marks EscapeMarkdown knows, escaped.
// Lists, typed with "-" or "1.", are read as lists.
func Plain(s string) string {
	s = corpus.EscapeMarkdown(s)
	t := strings.TrimLeft(s, " \t")
	if h := strings.TrimLeft(t, "#"); h != t && (h == "" || h[0] == ' ' || h[0] == '\t') {
		return s[:len(s)-len(t)] + `\` + t
	}
	return s
}

// HardBreaks ends each line of prose that another follows with a hard
// break ("\"), so that Markdown keeps the lines apart as the note shows
// them, where it would run them into one: lists, headings, tables, quotes
// and code keep their own lines. It changes lines in place and returns
// them.
func HardBreaks(lines []string) []string {
	prose := func(s string) bool {
		t := strings.TrimSpace(s)
		if t == "" || strings.HasSuffix(t, `\`) || strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			return false
		}
		switch t[0] {
		case '#', '>', '|', '-', '*', '+', '=':
			return false
		}
		return !numberedRE.MatchString(t)
	}
	OutsideCode(lines, func(i int) {
		if i+1 < len(lines) && prose(lines[i]) && prose(lines[i+1]) {
			lines[i] = strings.TrimRight(lines[i], " \t") + `\`
		}
	})
	return lines
}

// numberedRE matches a numbered list's entry: "1. ", "2) ".
var numberedRE = regexp.MustCompile(`^\d{1,9}[.)](?:\s|$)`)

// Shifted is a note's Markdown lines with its headings moved so that its
// top one is at level: the note's title is the heading over them. Lines
// in code blocks are left as they are.
func Shifted(lines []string, level int) []string {
	top := 7
	eachHeading(lines, func(_, n int) { top = min(top, n) })
	if top == 7 || top == level {
		return lines
	}
	out := slices.Clone(lines)
	eachHeading(out, func(i, n int) {
		out[i] = strings.Repeat("#", min(max(n-top+level, 1), 6)) + out[i][n:]
	})
	return out
}

// eachHeading calls f with the index and the level of each heading line
// ("## …") outside code blocks.
func eachHeading(lines []string, f func(i, level int)) {
	OutsideCode(lines, func(i int) {
		if n := headingLevel(lines[i]); n > 0 {
			f(i, n)
		}
	})
}

// Heading returns the text and the level of s when it is a Markdown
// heading ("## Art. 21 ##": "Art. 21", 2); a level of 0 when it is none
// ("#polity" is a tag).
func Heading(s string) (string, int) {
	s = strings.TrimSpace(s)
	n := headingLevel(s)
	if n == 0 {
		return "", 0
	}
	t := strings.TrimSpace(s[n:])
	if c := strings.TrimRight(t, "#"); c == "" || strings.HasSuffix(c, " ") || strings.HasSuffix(c, "\t") {
		t = strings.TrimSpace(c) // its closing #s
	}
	return t, n
}

// headingLevel is the level of s when it starts as a heading ("## "), or 0.
func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n > 6 || n < len(s) && s[n] != ' ' && s[n] != '\t' {
		return 0
	}
	return n
}

// OutsideCode calls f with the index of each line outside fenced code
// blocks, the fences aside.
func OutsideCode(lines []string, f func(i int)) {
	fence := ""
	for i, s := range lines {
		t := strings.TrimSpace(s)
		if fence != "" {
			if strings.HasPrefix(t, fence) {
				fence = ""
			}
			continue
		}
		if strings.HasPrefix(t, "```") || strings.HasPrefix(t, "~~~") {
			fence = t[:3]
			continue
		}
		f(i)
	}
}

// AllTags returns the tags of each note, each once, in the order first
// met, told apart without regard to case.
func AllTags(tags ...[]string) []string {
	var out []string
	seen := map[string]bool{}
	for _, ts := range tags {
		for _, t := range ts {
			t = strings.Join(strings.Fields(t), " ")
			if t != "" && !seen[strings.ToLower(t)] {
				seen[strings.ToLower(t)] = true
				out = append(out, t)
			}
		}
	}
	return out
}

// Broken says where in data, an export's JSON, err found it broken:
// "line 12: …", or that the file ends too soon.
func Broken(data []byte, err error) error {
	at := len(data)
	var syntax *json.SyntaxError
	var typ *json.UnmarshalTypeError
	switch {
	case errors.As(err, &syntax):
		at = int(syntax.Offset)
	case errors.As(err, &typ):
		at = int(typ.Offset)
	}
	line := 1 + bytes.Count(data[:min(max(at, 0), len(data))], []byte("\n"))
	if at >= len(data) && syntax != nil {
		return fmt.Errorf("line %d: the file ends too soon: is it all there?", line)
	}
	return fmt.Errorf("line %d: %w", line, err)
}
