package web

import (
	"strings"
	"testing"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// TestGistBox: a news page's box summing the story up ("THE GIST"),
// left out of the story readability found, is put back after it, its
// heading at the level of the story's sections; one the story holds stays
// where it is.
func TestGistBox(t *testing.T) {
	doc, err := html.Parse(strings.NewReader(`<html><body><article><h1>Advocate General explained</h1>` +
		`<div class="gist-box"><h4>THE GIST</h4><ul><li>Article 165 says every state shall have an Advocate General.</li></ul></div>` +
		`<div class="key-points"><h4>Key points</h4><ul><li>The Governor appoints him.</li></ul></div>` +
		`<div class="story"><p>On Friday the Governor appointed a senior advocate.</p><h3>Who can be appointed?</h3><p>One fit to be a High Court judge.</p></div></article></body></html>`))
	if err != nil {
		t.Fatal(err)
	}
	boxes := summaryBoxes(doc)
	if len(boxes) != 2 {
		t.Fatalf("%d summary boxes, want 2", len(boxes))
	}
	page, err := html.Parse(strings.NewReader(`<div><p>On Friday the Governor appointed a senior advocate.</p><div class="key-points"><h4>Key points</h4><ul><li>The Governor appoints him.</li></ul></div>` +
		`<h3>Who can be appointed?</h3><p>One fit to be a High Court judge.</p></div>`))
	if err != nil {
		t.Fatal(err)
	}
	art := find(page, atom.Body).FirstChild
	keepSummaries(art, boxes)
	var b strings.Builder
	html.Render(&b, art)
	if got := b.String(); !strings.HasSuffix(got, `<h3>THE GIST</h3><ul><li>Article 165 says every state shall have an Advocate General.</li></ul></div></div>`) || strings.Count(got, "Key points") != 1 {
		t.Errorf("got %s", got)
	}
}
