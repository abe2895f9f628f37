// Package canvas reads boards drawn in Obsidian Canvas (.canvas), as
// students lay out a topic's cards on one page. Importing it registers the
// format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/canvas"
//
// A board is JSON Canvas: {"nodes": […], "edges": […]}, a node a text
// card (Markdown), a group (a labelled frame around cards), a file or a
// link, each placed at x, y with a width and a height. It is written as
// the board reads, top to bottom and left to right: the cards outside
// any group first, then each group a section named by its label, holding
// the cards inside its frame (the smallest frame, for frames within
// frames); a card's own headings are sections under its group. A card
// whose heading is a title ("# Satavahanas — rulers board") titles the
// notes; else the file's name does. Files, links and the edges between
// cards are left out. Each line's place is its card's number on the
// board.
package canvas

import (
	"bytes"
	"cmp"
	"encoding/json"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "Obsidian canvas",
		Extensions: []string{".canvas"},
		Convert:    Convert,
	})
}

// Limits on one board.
const (
	MaxBytes = 50 << 20
	MaxNodes = 100_000
)

type node struct {
	Type   string  `json:"type"`
	Text   string  `json:"text"`
	Label  string  `json:"label"`
	X      float64 `json:"x"`
	Y      float64 `json:"y"`
	Width  float64 `json:"width"`
	Height float64 `json:"height"`
}

// holds reports whether group g's frame holds n's corner.
func (g node) holds(n node) bool {
	return n.X >= g.X && n.X < g.X+g.Width && n.Y >= g.Y && n.Y < g.Y+g.Height
}

// Convert writes a board as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("canvas too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var board struct {
		Nodes []node `json:"nodes"`
	}
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &board); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged canvas: %v", err)
	}
	if len(board.Nodes) > MaxNodes {
		return corpus.Converted{}, fmt.Errorf("canvas too large: more than %d cards", MaxNodes)
	}
	var groups, cards []int
	for i, n := range board.Nodes {
		switch {
		case n.Type == "group":
			groups = append(groups, i)
		case n.Type == "text" && strings.TrimSpace(n.Text) != "":
			cards = append(cards, i)
		}
	}
	reading := func(a, b int) int { // top to bottom, left to right
		na, nb := board.Nodes[a], board.Nodes[b]
		return cmp.Or(cmp.Compare(na.Y, nb.Y), cmp.Compare(na.X, nb.X))
	}
	slices.SortStableFunc(groups, reading)
	slices.SortStableFunc(cards, reading)
	in := map[int][]int{} // the cards of each group (-1: of none)
	for _, c := range cards {
		frame := -1
		for _, g := range groups {
			if gn := board.Nodes[g]; gn.holds(board.Nodes[c]) && (frame < 0 || gn.Width*gn.Height < board.Nodes[frame].Width*board.Nodes[frame].Height) {
				frame = g
			}
		}
		in[frame] = append(in[frame], c)
	}
	var l corpus.Lines
	titled := false
	write := func(c, level int) {
		at := slices.Index(cards, c) + 1
		text := board.Nodes[c].Text
		if !titled && strings.HasPrefix(text, "# ") {
			titled = true // the board's title card
		} else {
			text = shifted(text, level)
		}
		l.Gap(at)
		for s := range strings.Lines(text) {
			l.Line(strings.TrimRight(s, "\r\n"), at)
		}
		l.Gap(at)
	}
	for _, c := range in[-1] {
		write(c, 2)
	}
	for _, g := range groups {
		if len(in[g]) == 0 {
			continue
		}
		at := slices.Index(cards, in[g][0]) + 1
		label := strings.Join(strings.Fields(board.Nodes[g].Label), " ")
		if label == "" {
			label = "Group"
		}
		l.Gap(at)
		l.Line("## "+corpus.EscapeMarkdown(label), at)
		for _, c := range in[g] {
			write(c, 3)
		}
	}
	if len(cards) == 0 {
		return corpus.Converted{}, errors.New("the canvas has no text cards")
	}
	c := l.Converted(true, "card")
	c.TitledByName = !titled
	return c, nil
}

// shifted is a card's Markdown with its headings moved so that its top
// one is at level (a card's "## Simuka" in a group is "### Simuka").
func shifted(text string, level int) string {
	top := 7
	for s := range strings.Lines(text) {
		if n := headingLevel(s); n > 0 {
			top = min(top, n)
		}
	}
	if top == 7 || top == level {
		return text
	}
	var b strings.Builder
	for s := range strings.Lines(text) {
		if n := headingLevel(s); n > 0 {
			s = strings.Repeat("#", min(max(n-top+level, 1), 6)) + s[n:]
		}
		b.WriteString(s)
	}
	return b.String()
}

// headingLevel is the level of a Markdown heading line ("## …"), or 0.
func headingLevel(s string) int {
	n := 0
	for n < len(s) && s[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(s) || s[n] != ' ' {
		return 0
	}
	return n
}
