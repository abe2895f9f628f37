package canvas

import (
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// board is a student's canvas as Obsidian saves it: a title card, a card
// outside the groups, two groups (one drawn after the other, right of it)
// with cards placed out of order in the file, a file card, a link card
// and an edge.
const board = `{
	"nodes":[
		{"id":"g2","type":"group","x":900,"y":0,"width":800,"height":600,"label":"② Revival (1st–2nd c. CE)"},
		{"id":"g1","type":"group","x":0,"y":0,"width":800,"height":900,"label":"① Early Satavahanas"},
		{"id":"t0","type":"text","x":0,"y":-500,"width":600,"height":300,"text":"# Satavahanas — rulers board\nThe **Satavahanas** ruled the Deccan after the Mauryas."},
		{"id":"k2","type":"text","x":40,"y":400,"width":500,"height":300,"text":"## Satakarni I\n- Performed two Ashvamedhas"},
		{"id":"k1","type":"text","x":40,"y":40,"width":500,"height":300,"text":"## Simuka (founder)\n- Overthrew the last Kanva king"},
		{"id":"k3","type":"text","x":940,"y":40,"width":500,"height":300,"text":"# Gautamiputra Satakarni\n- Uprooted the Kshaharatas"},
		{"id":"f1","type":"file","x":40,"y":760,"width":300,"height":100,"file":"Attachments/naneghat.jpg"},
		{"id":"l1","type":"link","x":940,"y":400,"width":300,"height":100,"url":"https://example.org"},
		{"id":"t9","type":"text","x":0,"y":1000,"width":600,"height":300,"text":"## Prelims traps\n- Ship coins belong to Yajna Sri"}
	],
	"edges":[{"id":"e1","fromNode":"k1","toNode":"k2","label":"son"}]
}`

func TestConvert(t *testing.T) {
	d, got := corpustest.Placed(t, "rulers.canvas", []byte(board))
	title := "Satavahanas — rulers board"
	want := []string{
		title + " › Definition: The Satavahanas ruled the Deccan after the Mauryas. (card 1)",
		title + " › Prelims traps: Ship coins belong to Yajna Sri (card 5)",
		title + " › ① Early Satavahanas › Simuka (founder): Overthrew the last Kanva king (card 2)",
		title + " › ① Early Satavahanas › Satakarni I: Performed two Ashvamedhas (card 4)",
		title + " › ② Revival (1st–2nd c. CE) › Gautamiputra Satakarni: Uprooted the Kshaharatas (card 3)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Format != "Obsidian canvas" {
		t.Errorf("title %q, format %q", d.Title, d.Format)
	}
}

func TestBadCanvases(t *testing.T) {
	for _, tt := range []struct{ name, data, want string }{
		{"cut short", `{"nodes":[{"type":"text"`, "damaged canvas"},
		{"no text", `{"nodes":[{"type":"file","file":"a.png"}],"edges":[]}`, "the canvas has no text cards"},
	} {
		if _, err := Convert([]byte(tt.data)); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
			t.Errorf("%s: error %v, want one starting %q", tt.name, err, tt.want)
		}
	}
}

// FuzzConvert: no panic whatever the bytes; a board read has a place for
// each of its lines, and corpus reads it soundly.
func FuzzConvert(f *testing.F) {
	f.Add([]byte(board))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("b.canvas", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
