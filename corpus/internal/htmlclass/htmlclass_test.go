package htmlclass

import (
	"slices"
	"strings"
	"testing"

	"golang.org/x/net/html"
)

func TestFindAndText(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<div class="note pinned" id="n1"><div class="title">Fiscal
  deficit</div><div class="content">One<br>two  words<div class="label">a</div></div><span class="label">b</span></div>`))
	if err != nil {
		t.Fatal(err)
	}
	note := Find(doc, "note")
	if note == nil || !Classes(note)["pinned"] || Attr(note, "id") != "n1" {
		t.Fatalf("note = %v, want the div of classes note and pinned, id n1", note)
	}
	if got := Text(Child(note, "title")); got != "Fiscal deficit" {
		t.Errorf("title text %q: the source's line break is a space", got)
	}
	if got := Text(Find(note, "content")); got != "One\ntwo wordsa" {
		t.Errorf("content text %q: <br> a line, spaces one", got)
	}
	if Child(note, "label") == nil || Child(note, "label").Data != "span" {
		t.Errorf("Child found %v, want the label that is a child, not the one inside content", Child(note, "label"))
	}
	var labels []string
	for l := range Each(doc, "label") {
		labels = append(labels, Text(l))
	}
	if !slices.Equal(labels, []string{"a", "b"}) {
		t.Errorf("Each(label) = %q, want both labels in document order", labels)
	}
	if Text(nil) != "" || Find(nil, "x") != nil || Child(nil, "x") != nil {
		t.Error("a missing element reads as nothing")
	}
}
