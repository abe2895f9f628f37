package chatgpt

import (
	"bytes"
	"encoding/json"
	"fmt"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// turn is a message of a conversation made for a test: who wrote it, what
// kind of content, to whom, hidden or not, its parts.
type turn struct {
	role, kind, to string
	hidden         bool
	parts          []any
}

// export makes a conversation as the export writes it: the mapping a
// chain of its turns under a root, its last the current node; with a
// branch, the branch's turns under the turn numbered at (an answer
// regenerated), the branch's last the current node.
func export(title string, turns []turn, at int, branch []turn) map[string]any {
	mapping := map[string]any{"root": map[string]any{"id": "root", "message": nil, "parent": nil, "children": []string{}}}
	add := func(id, parent string, t turn) {
		kind := t.kind
		if kind == "" {
			kind = "text"
		}
		to := t.to
		if to == "" {
			to = "all"
		}
		mapping[id] = map[string]any{"id": id, "parent": parent, "children": []string{},
			"message": map[string]any{"id": id, "author": map[string]any{"role": t.role, "name": nil, "metadata": map[string]any{}},
				"content": map[string]any{"content_type": kind, "parts": t.parts}, "status": "finished_successfully",
				"recipient": to, "metadata": map[string]any{"is_visually_hidden_from_conversation": t.hidden}}}
		p := mapping[parent].(map[string]any)
		p["children"] = append(p["children"].([]string), id)
	}
	parent := "root"
	for i, t := range turns {
		id := fmt.Sprint("m", i)
		add(id, parent, t)
		parent = id
	}
	from := fmt.Sprint("m", at)
	for j, b := range branch {
		bid := fmt.Sprint("b", j)
		add(bid, from, b)
		from = bid
	}
	conv := map[string]any{"title": title, "create_time": 1744387927.44, "mapping": mapping, "current_node": parent, "conversation_id": "c1", "is_archived": false}
	if len(branch) > 0 {
		conv["current_node"] = fmt.Sprint("b", len(branch)-1)
	}
	return conv
}

func marshal(t testing.TB, convs ...map[string]any) []byte {
	t.Helper()
	data, err := json.Marshal(convs)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

// study is a conversation as a student has it: custom instructions and
// a system message hidden, a first answer in prose then headings, a
// search (the assistant's call, the tool's result) and an answer citing
// its sources, a picture sent with a question, code in a fence.
var study = []turn{
	{role: "system", parts: []any{""}, hidden: true},
	{role: "user", kind: "user_editable_context", hidden: true},
	{role: "user", parts: []any{"hi! preparing for upsc. explain wegener's continental drift theory simply with evidences. exam oriented pls"}},
	{role: "assistant", parts: []any{"Sure! Here's an exam-oriented explanation. 🌍\n\n**Continental drift** is the idea that the continents were once joined.\n\n---\n\n### 1️⃣ Who proposed it\n- Alfred Wegener, in **1912**.\n\n### 2️⃣ Evidences\n- **Jigsaw fit** of South America and Africa.\n- **Tillite** deposits in India and Africa.\n\n#### Exam tip\nPrelims asks which is **not** an evidence."}},
	{role: "user", parts: []any{"any recent news 2023-25 on earthquakes?"}},
	{role: "assistant", kind: "code", to: "web.run", parts: nil},
	{role: "tool", parts: []any{"search results"}, hidden: true},
	{role: "assistant", parts: []any{"## Recent news (2023–25)\n1. **6 Feb 2023:** an M7.8 quake struck Türkiye. \ue200cite\ue202turn0search0\ue201\n2. **28 Mar 2025:** the Sagaing Fault ruptured in Myanmar."}},
	{role: "user", kind: "multimodal_text", parts: []any{map[string]any{"content_type": "image_asset_pointer", "asset_pointer": "file-service://x"}, "what does this map show?"}},
	{role: "assistant", parts: []any{"The map shows plate boundaries.\n```\n# not a heading\n```"}},
	{role: "user", parts: []any{"thanks 🙏"}},
}

func TestConvert(t *testing.T) {
	data := marshal(t, export("Continental Drift to Plate Tectonics", study, -1, nil))
	if f := corpus.FormatOf(data); f != "ChatGPT conversations" {
		t.Errorf("FormatOf = %q, want ChatGPT conversations", f)
	}
	d, got := corpustest.Placed(t, "conversations.json", data)
	title := "Continental Drift to Plate Tectonics"
	want := []string{
		title + " › hi! preparing for upsc. explain wegener's continental drift theory simply with evidences. … › 1: Sure! Here's an exam-oriented explanation. 🌍 (message 2)",
		title + " › hi! preparing for upsc. explain wegener's continental drift theory simply with evidences. … › 2: Continental drift is the idea that the continents were once joined. (message 2)",
		title + " › 1️⃣ Who proposed it: Alfred Wegener, in 1912. (message 2)",
		title + " › 2️⃣ Evidences › 1: Jigsaw fit of South America and Africa. (message 2)",
		title + " › 2️⃣ Evidences › 2: Tillite deposits in India and Africa. (message 2)",
		title + " › 2️⃣ Evidences › Exam Tip: Prelims asks which is not an evidence. (message 2)",
		title + " › Recent news (2023–25) › 1: 6 Feb 2023: an M7.8 quake struck Türkiye. (message 4)",
		title + " › Recent news (2023–25) › 2: 28 Mar 2025: the Sagaing Fault ruptured in Myanmar. (message 4)",
		title + " › what does this map show?: The map shows plate boundaries.\n# not a heading (message 6)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != title || d.Unit != "message" || d.Format != "ChatGPT conversations" {
		t.Errorf("title %q, unit %q, format %q; want %q, message, ChatGPT conversations", d.Title, d.Unit, d.Format, title)
	}
}

// TestBranches: of an answer regenerated, the one shown is read; of an
// export without a current node, the last branch.
func TestBranches(t *testing.T) {
	turns := []turn{
		{role: "user", parts: []any{"when did India hit Asia?"}},
		{role: "assistant", parts: []any{"About 40 million years ago."}},
	}
	branch := []turn{{role: "assistant", parts: []any{"About 50 million years ago, closing the Tethys."}}}
	conv := export("India's collision", turns, 0, branch)
	want := []string{"India's collision › when did India hit Asia?: About 50 million years ago, closing the Tethys."}
	if got := corpustest.Passages(t, "conversations.json", marshal(t, conv)); !slices.Equal(got, want) {
		t.Errorf("passages %q, want %q", got, want)
	}
	conv["current_node"] = nil
	if got := corpustest.Passages(t, "conversations.json", marshal(t, conv)); !slices.Equal(got, want) {
		t.Errorf("no current node: passages %q, want %q", got, want)
	}
}

// TestSeveral: an export of several conversations is titled by its file,
// each conversation a section.
func TestSeveral(t *testing.T) {
	a := export("Plate boundaries", []turn{{role: "user", parts: []any{"types of plate boundaries"}}, {role: "assistant", parts: []any{"### Divergent\nPlates move apart at ridges."}}}, -1, nil)
	b := export("", []turn{{role: "user", parts: []any{"what is a hotspot"}}, {role: "assistant", parts: []any{"A plume of hot mantle under a plate."}}}, -1, nil)
	empty := export("Nothing said", []turn{{role: "user", parts: []any{"hello"}}}, -1, nil)
	d, got := corpustest.Placed(t, "conversations.json", marshal(t, a, empty, b))
	want := []string{
		"conversations › Plate boundaries › Divergent: Plates move apart at ridges. (message 2)",
		"conversations › Untitled conversation › what is a hotspot: A plume of hot mantle under a plate. (message 2)",
	}
	if d.Title != "conversations" || !slices.Equal(got, want) {
		t.Errorf("title %q, passages\n%s\nwant conversations,\n%s", d.Title, strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestIsExport(t *testing.T) {
	tests := []struct {
		data string
		want bool
	}{
		{string(marshal(t, export("x", study, -1, nil))), true},
		{"\ufeff [{\"title\":\"x\",\"mapping\":{},\"current_node\":null}]", true},
		{`{"title":"x","mapping":{},"current_node":null}`, false},
		{`[{"name":"Polity","messages":[]}]`, false},
	}
	for _, tt := range tests {
		if got := IsExport([]byte(tt.data)); got != tt.want {
			t.Errorf("IsExport(%.40q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// TestBadExports: a clear error, never a panic.
func TestBadExports(t *testing.T) {
	loop := export("Loop", []turn{{role: "user", parts: []any{"q"}}, {role: "assistant", parts: []any{"an answer"}}}, -1, nil)
	loop["mapping"].(map[string]any)["root"].(map[string]any)["parent"] = "m1" // the root under its own leaf
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"cut short", []byte(`[{"title":"x","mapping":{`), "damaged ChatGPT export: unexpected end of JSON input"},
		{"no answers", marshal(t, export("x", []turn{{role: "user", parts: []any{"hello"}}}, -1, nil)), "the export has no answers to read"},
		{"a loop", marshal(t, loop), ""},
		{"too large", append([]byte("["), bytes.Repeat([]byte(" "), MaxBytes)...), "export too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := Convert(tt.data)
			switch {
			case tt.want == "" && err != nil:
				t.Errorf("Convert() error = %v, want none", err)
			case tt.want != "" && (err == nil || !strings.HasPrefix(err.Error(), tt.want)):
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// FuzzConvert: no panic whatever the bytes; an export read has a place
// for each of its lines, and corpus reads it unless it holds no text.
func FuzzConvert(f *testing.F) {
	f.Add(marshal(f, export("Continental drift", study, -1, nil)))
	f.Add([]byte(`[{"title":"x","mapping":{"a":{"message":{"author":{"role":"assistant"},"content":{"content_type":"text","parts":["# h\n- a"]}},"parent":"a"}},"current_node":"a"}]`))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("conversations.json", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
