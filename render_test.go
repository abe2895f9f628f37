package main

import (
	"bytes"
	"encoding/json"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

func passage(doc, id string, section []string, kind corpus.Kind, text string) corpus.Result {
	return corpus.Result{Passage: corpus.Passage{ID: doc + "/" + id, DocID: doc, Doc: strings.ToUpper(doc), Section: section, Kind: kind, Text: text}}
}

func TestPrintShaped(t *testing.T) {
	d1 := passage("d", "recent-developments/2", []string{"Recent Developments", "2"}, corpus.KindDevelopment, "In 2022, one.")
	d2 := passage("d", "recent-developments/1", []string{"Recent Developments", "1"}, corpus.KindDevelopment, "In 2023, two\n- with a list")
	d2.Highlights = []corpus.Span{{Start: 9, End: 12}}
	def := passage("d", "definition", []string{"Definition"}, corpus.KindDefinition, "D is a thing. It has parts.")
	kp := passage("d", "key-points/1", []string{"Key Points", "1"}, corpus.KindKeyPoint, "The first point.")
	other := passage("e", "key-points/4", []string{"Key Points", "4"}, corpus.KindKeyPoint, "Another document's point.")
	side := func(r corpus.Result, part int) corpus.Result { r.Part = part; return r }
	tests := []struct {
		name string
		ans  corpus.Answer
		want string
	}{
		{"list", corpus.Answer{Answered: true, Shape: corpus.ShapeList, Results: []corpus.Result{d1, d2}, More: 3}, `## D › Recent Developments (5)

1. In 2022, one.
   D › Recent Developments › 2

2. In 2023, two
   - with a list
   D › Recent Developments › 1

…and 3 more.
`},
		{"list over documents", corpus.Answer{Answered: true, Shape: corpus.ShapeList, Results: []corpus.Result{kp, other}}, `## List (2)

1. The first point.
   D › Key Points › 1

2. Another document's point.
   E › Key Points › 4
`},
		{"summary", corpus.Answer{Answered: true, Shape: corpus.ShapeSummary, Results: []corpus.Result{def, kp}}, `## Summary: D

  D is a thing. It has parts.
  (Definition)

  • The first point.
    (Key Points › 1)
`},
		{"summary instead of key points", corpus.Answer{Answered: true, Shape: corpus.ShapeSummary, Note: "D has no key points. A summary instead:",
			Results: []corpus.Result{def}}, `## Summary: D

D has no key points. A summary instead:

  D is a thing. It has parts.
  (Definition)
`},
		{"points", corpus.Answer{Answered: true, Shape: corpus.ShapePoints, Results: []corpus.Result{kp, other}}, `## 2 points

  • The first point.
    (D › Key Points › 1)

  • Another document's point.
    (E › Key Points › 4)
`},
		{"compare", corpus.Answer{Answered: true, Shape: corpus.ShapeCompare, Parts: []string{"one", "other"},
			Results: []corpus.Result{side(kp, 0), side(other, 1), side(def, 0)}}, `## one
D › Key Points › 1

  The first point.

## other
E › Key Points › 4

  Another document's point.

Related:
  - D › Definition
`},
		{"parts", corpus.Answer{Answered: true, Shape: corpus.ShapeParts, Parts: []string{"what is D", "what is E"},
			Results: []corpus.Result{side(def, 0), side(other, 1)}}, `## 1. what is D
D › Definition

  D is a thing. It has parts.

## 2. what is E
E › Key Points › 4

  Another document's point.
`},
		{"list not answered", corpus.Answer{Shape: corpus.ShapeList}, "I couldn't find that in the notes. Try other words, or ask about a topic they cover.\n"},
		{"a kind the notes lack", corpus.Answer{Note: "The notes have no exam tips."}, "The notes have no exam tips.\n"},
		{"part the notes lack", corpus.Answer{Note: "There is no key point 9 in D: it has key points 1 to 4.", Results: []corpus.Result{kp}},
			"There is no key point 9 in D: it has key points 1 to 4. Did you mean:\n  - D › Key Points › 1\n"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			var b bytes.Buffer
			printAnswer(&b, tt.ans, textStyle{})
			if b.String() != tt.want {
				t.Errorf("printAnswer(%s) =\n%s\nwant\n%s", tt.name, b.String(), tt.want)
			}
		})
	}
	var b bytes.Buffer
	printAnswer(&b, tests[0].ans, textStyle{bold: true})
	if !strings.HasPrefix(b.String(), "\x1b[1mD › Recent Developments (5)\x1b[0m\n") || !strings.Contains(b.String(), "\x1b[1mtwo\x1b[0m") {
		t.Errorf("on a terminal, the list's heading and matched words are not bold:\n%q", b.String())
	}
}

// TestAskShapesJSON checks the JSON contract of shaped answers: the shape,
// and each result's part.
func TestAskShapesJSON(t *testing.T) {
	type result struct {
		ID   string `json:"id"`
		Part int    `json:"part"`
		Text string `json:"text"`
	}
	type answer struct {
		Shape    string   `json:"shape"`
		Answered bool     `json:"answered"`
		Parts    []string `json:"parts"`
		Results  []result `json:"results"`
	}
	in := strings.Join([]string{
		"list all recent developments",
		"summarise the topic",
		"give me 3 points on technology transfer for mains",
		"compare joint R&D and technology transfer",
		"When was the TTC set up and what is the European Chips Act?",
		"what is the TTC?",
	}, "\n")
	out, _, err := runCLI(t, nil, in, "ask", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	var got []answer
	dec := json.NewDecoder(strings.NewReader(out))
	for dec.More() {
		var a answer
		if err := dec.Decode(&a); err != nil {
			t.Fatal(err)
		}
		got = append(got, a)
	}
	if len(got) != 6 {
		t.Fatalf("got %d answers for 6 questions:\n%s", len(got), out)
	}
	year := func(r result) string { return r.Text[:7] }
	list := got[0]
	if list.Shape != "list" || len(list.Results) != 10 || year(list.Results[0]) != "In 2022" || year(list.Results[9]) != "In 2026" {
		t.Errorf("list all recent developments = %s with %d results, want the 10 developments from 2022 to 2026", list.Shape, len(list.Results))
	}
	for i := 1; i < len(list.Results); i++ {
		if year(list.Results[i]) < year(list.Results[i-1]) {
			t.Errorf("developments out of year order: %q before %q", list.Results[i-1].Text[:7], list.Results[i].Text[:7])
		}
	}
	if s := got[1]; s.Shape != "summary" || !strings.HasSuffix(s.Results[0].ID, "/definition") || len(s.Results) != 14 {
		t.Errorf("summarise the topic = %s %d results, want the definition and 13 key points", s.Shape, len(s.Results))
	}
	if p := got[2]; p.Shape != "points" || len(p.Results) != 3 {
		t.Errorf("3 points = %s with %d results", p.Shape, len(p.Results))
	}
	for i, shape := range []string{"compare", "parts"} {
		a := got[3+i]
		if a.Shape != shape || len(a.Parts) != 2 || len(a.Results) < 2 || a.Results[0].Part != 0 || a.Results[1].Part != 1 {
			t.Errorf("%s answer = %+v", shape, a)
		}
	}
	if p := got[5]; p.Shape != "passage" || p.Parts != nil {
		t.Errorf("a plain question's shape = %q, parts %q", p.Shape, p.Parts)
	}
}

func TestAskPrintsAList(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "ask", "what happened in 2023")
	if err != nil {
		t.Fatal(err)
	}
	want := "## Critical and Emerging Technologies Partnership › Recent Developments (2)\n\n1. In 2023, "
	if !strings.HasPrefix(out, want) || !strings.Contains(out, "\n2. In 2023, ") {
		t.Errorf("ask \"what happened in 2023\" =\n%s\nwant a numbered list starting %q", out, want)
	}
}
