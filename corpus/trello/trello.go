// Package trello reads Trello boards exported as JSON (Menu › Print,
// export and share › Export as JSON), as study groups plan a subject on
// a board of lists and cards. Importing it registers the format with
// corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/trello"
//
// A board is {"name", "desc", "lists", "cards", "checklists", "actions",
// …}: each list is a section in the board's order, each card in it a
// section under it in the list's order, its description (Markdown) the
// card's text (a card that is its name alone is an entry of a list in
// its list's section), then each of its checklists (a heading and its items) and
// the comments made on it, oldest first, under "Comments". Archived lists and cards, labels,
// members, dates, settings and the board's other actions are left out.
// Each line's place is its card's number, in the order written.
package trello

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
		Name:       "Trello board",
		Extensions: []string{".json"},
		ByContent:  true,
		Magic:      IsBoard,
		Convert:    Convert,
	})
}

// Limits on one board.
const (
	MaxBytes = 50 << 20
	MaxCards = 50_000
)

// IsBoard reports whether data is a Trello board exported as JSON.
func IsBoard(data []byte) bool {
	head := bytes.TrimLeft(data[:min(len(data), 1<<10)], "\ufeff \t\r\n")
	return bytes.HasPrefix(head, []byte("{")) && len(data) <= MaxBytes &&
		bytes.Contains(data, []byte(`"idList"`)) && bytes.Contains(data, []byte(`"labelNames"`)) && bytes.Contains(data, []byte(`"checklists"`))
}

type board struct {
	Name       string      `json:"name"`
	Desc       string      `json:"desc"`
	Lists      []list      `json:"lists"`
	Cards      []card      `json:"cards"`
	Checklists []checklist `json:"checklists"`
	Actions    []action    `json:"actions"`
}

type list struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Closed bool    `json:"closed"`
	Pos    float64 `json:"pos"`
}

type card struct {
	ID     string  `json:"id"`
	Name   string  `json:"name"`
	Desc   string  `json:"desc"`
	Closed bool    `json:"closed"`
	IDList string  `json:"idList"`
	Pos    float64 `json:"pos"`
}

type checklist struct {
	Name       string      `json:"name"`
	IDCard     string      `json:"idCard"`
	Pos        float64     `json:"pos"`
	CheckItems []checkItem `json:"checkItems"`
}

type checkItem struct {
	Name string  `json:"name"`
	Pos  float64 `json:"pos"`
}

type action struct {
	Type string `json:"type"`
	Data struct {
		Text string `json:"text"`
		Card struct {
			ID string `json:"id"`
		} `json:"card"`
	} `json:"data"`
}

// Convert writes a board as Markdown.
func Convert(data []byte) (corpus.Converted, error) {
	if len(data) > MaxBytes {
		return corpus.Converted{}, fmt.Errorf("board too large: %d MB (the limit is %d MB)", len(data)>>20, MaxBytes>>20)
	}
	var b board
	if err := json.Unmarshal(bytes.TrimPrefix(data, []byte("\ufeff")), &b); err != nil {
		return corpus.Converted{}, fmt.Errorf("damaged Trello board: %v", err)
	}
	if len(b.Cards) > MaxCards {
		return corpus.Converted{}, fmt.Errorf("board too large: more than %d cards", MaxCards)
	}
	slices.SortStableFunc(b.Lists, func(x, y list) int { return cmp.Compare(x.Pos, y.Pos) })
	cards := map[string][]int{} // list id → its cards' indexes, in order
	for i, c := range b.Cards {
		if !c.Closed {
			cards[c.IDList] = append(cards[c.IDList], i)
		}
	}
	checklists := map[string][]int{} // card id → its checklists' indexes
	for i, c := range b.Checklists {
		checklists[c.IDCard] = append(checklists[c.IDCard], i)
	}
	comments := map[string][]string{}          // card id → its comments, oldest first
	for i := len(b.Actions) - 1; i >= 0; i-- { // actions are newest first
		a := b.Actions[i]
		if a.Type == "commentCard" && strings.TrimSpace(a.Data.Text) != "" {
			comments[a.Data.Card.ID] = append(comments[a.Data.Card.ID], a.Data.Text)
		}
	}
	var l corpus.Lines
	if name := strings.TrimSpace(b.Name); name != "" {
		l.Line("# "+corpus.EscapeMarkdown(name), 0)
		l.Gap(0)
	}
	text(&l, b.Desc, 0)
	n := 0 // cards written
	for _, li := range b.Lists {
		ids := cards[li.ID]
		if li.Closed || len(ids) == 0 {
			continue
		}
		slices.SortStableFunc(ids, func(x, y int) int { return cmp.Compare(b.Cards[x].Pos, b.Cards[y].Pos) })
		l.Gap(n + 1)
		l.Line("## "+corpus.EscapeMarkdown(oneLine(li.Name, "(list)")), n+1)
		for _, i := range ids {
			c := b.Cards[i]
			n++
			if strings.TrimSpace(c.Desc) == "" && len(checklists[c.ID]) == 0 && len(comments[c.ID]) == 0 {
				// A card that is its name alone is an entry of its list.
				if !strings.HasPrefix(l.Last(), "- ") {
					l.Gap(n)
				}
				l.Line("- "+corpus.EscapeMarkdown(oneLine(c.Name, "(card)")), n)
				continue
			}
			l.Gap(n)
			l.Line("### "+corpus.EscapeMarkdown(oneLine(c.Name, "(card)")), n)
			l.Gap(n)
			text(&l, c.Desc, n)
			cls := checklists[c.ID]
			slices.SortStableFunc(cls, func(x, y int) int { return cmp.Compare(b.Checklists[x].Pos, b.Checklists[y].Pos) })
			for _, k := range cls {
				cl := b.Checklists[k]
				items := cl.CheckItems
				slices.SortStableFunc(items, func(x, y checkItem) int { return cmp.Compare(x.Pos, y.Pos) })
				l.Gap(n)
				l.Line("#### "+corpus.EscapeMarkdown(oneLine(cl.Name, "Checklist")), n)
				l.Gap(n)
				for _, it := range items {
					l.Line("- "+corpus.EscapeMarkdown(oneLine(it.Name, "")), n)
				}
			}
			if said := comments[c.ID]; len(said) > 0 {
				l.Gap(n)
				l.Line("#### Comments", n)
				for _, comment := range said {
					text(&l, comment, n)
				}
			}
		}
	}
	if n == 0 && strings.TrimSpace(b.Desc) == "" {
		return corpus.Converted{}, errors.New("the board has no cards")
	}
	l.TrimEnd()
	c := l.Converted(true, "card")
	c.TitledByName = strings.TrimSpace(b.Name) == ""
	return c, nil
}

// text writes Markdown written on a board (a description, a comment) at
// place at, its headings taken down under the card's.
func text(l *corpus.Lines, md string, at int) {
	md = strings.TrimSpace(strings.ReplaceAll(md, "\r\n", "\n"))
	if md == "" {
		return
	}
	l.Gap(at)
	for _, s := range strings.Split(md, "\n") {
		if t := strings.TrimLeft(s, "#"); t != s && strings.HasPrefix(t, " ") {
			s = "**" + strings.TrimSpace(t) + "**" // a heading in a card reads as its bold line
		}
		l.Line(s, at)
	}
	l.Gap(at)
}

// oneLine is s on one line, or otherwise when s is blank.
func oneLine(s, otherwise string) string {
	if s = strings.Join(strings.Fields(s), " "); s != "" {
		return s
	}
	return otherwise
}
