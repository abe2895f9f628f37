package tiddlywiki

import (
	"bytes"
	"encoding/json"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// page is a wiki saved by TiddlyWiki 5.3: its boot scripts and head
// around the JSON store of tiddlers.
func page(t testing.TB, tiddlers ...map[string]string) []byte {
	t.Helper()
	store, err := json.Marshal(tiddlers)
	if err != nil {
		t.Fatal(err)
	}
	// TiddlyWiki writes "<" in the store as \u003C, so "</script>" cannot end it
	store = bytes.ReplaceAll(store, []byte("<"), []byte(`\u003C`))
	return []byte(`<!doctype html>
<html lang="en-GB"><head><meta name="application-name" content="TiddlyWiki" /><title>Wiki — notes</title></head>
<body class="tc-body">
<script class="tiddlywiki-tiddler-store" type="application/json">` + string(store) + `</script><div id="storeArea" style="display:none;"></div>
<script data-tiddler-title="$:/boot/boot.js" type="text/javascript">var $tw = {};</script>
</body></html>`)
}

var champaran = []map[string]string{
	{"title": "$:/SiteTitle", "text": "Aarav's UPSC Wiki"},
	{"title": "$:/core", "plugin-type": "plugin", "type": "application/json", "text": `{"tiddlers":{}}`},
	{"title": "Tinkathia system", "created": "20240612180544175", "tags": "[[Champaran 1917]]",
		"text": "''Tinkathia'' (from //tin//, three) was the rule to grow indigo on [[3 kathas|Katha]] of every bigha.\n\n! How the squeeze worked\n* One bigha is 20 kathas.\n** So three kathas is 15 per cent.\n# Sharahbeshi: an enhanced rent\n\n<<list-links filter:\"[tag[x]]\">>"},
	{"title": "Champaran Satyagraha (1917)", "created": "20240612174510233",
		"text": "Gandhi's first satyagraha on Indian soil, see [ext[the court record|https://example.org/x]].\n\n<<<\nI have disregarded the order served upon me.\n<<< Gandhi at Motihari, 18 April 1917\n\n|!Date |!What happened |h\n|16 Apr 1917 |Served an order under Section 144 |\n|Timeline of 1917|c\n\n; Was it Gandhi's first satyagraha?\n: In India, yes.\n\n[img width=240 [map.png]]"},
	{"title": "map.png", "type": "image/png", "created": "20240612190151002", "text": "iVBORw0KGgo="},
	{"title": "Draft of 'Kheda'", "draft.of": "Kheda", "created": "20250721093611320", "text": "Kaira district, 1918."},
	{"title": "Kheda in Markdown", "type": "text/x-markdown", "created": "20250801000000000", "text": "## Pledge\n- No revenue until remission."},
	{"title": "Empty", "created": "20250901000000000", "text": "  "},
}

func TestConvert(t *testing.T) {
	data := page(t, champaran...)
	if f := corpus.FormatOf(data); f != "TiddlyWiki" {
		t.Errorf("FormatOf = %q, want TiddlyWiki", f)
	}
	d, got := corpustest.Placed(t, "wiki.html", data)
	w := "Aarav's UPSC Wiki › "
	want := []string{
		w + "Champaran Satyagraha (1917) › 1: Gandhi's first satyagraha on Indian soil, see the court record. (tiddler 1)",
		w + "Champaran Satyagraha (1917) › 2: I have disregarded the order served upon me. — Gandhi at Motihari, 18 April 1917 (tiddler 1)",
		w + "Champaran Satyagraha (1917) › 3: Timeline of 1917 (tiddler 1)", // the table's caption
		w + "Champaran Satyagraha (1917) › 4: Date: 16 Apr 1917; What happened: Served an order under Section 144 (tiddler 1)",
		w + "Champaran Satyagraha (1917) › 5: Was it Gandhi's first satyagraha? In India, yes. (tiddler 1)",
		w + "Tinkathia system: Tinkathia (from tin, three) was the rule to grow indigo on 3 kathas of every bigha. (tiddler 2)",
		w + "Tinkathia system › How the squeeze worked: One bigha is 20 kathas.\n- So three kathas is 15 per cent. (tiddler 2)",
		w + "Tinkathia system › How the squeeze worked › 1: Sharahbeshi: an enhanced rent (tiddler 2)",
		w + "Kheda in Markdown › Pledge: No revenue until remission. (tiddler 3)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Aarav's UPSC Wiki" || d.Unit != "tiddler" {
		t.Errorf("title %q, unit %q; want Aarav's UPSC Wiki, tiddler", d.Title, d.Unit)
	}
}

// TestClassic: a wiki saved before TiddlyWiki 5.2 keeps its tiddlers in
// divs, and one without a site title is titled by its page.
func TestClassic(t *testing.T) {
	data := []byte(`<html><head><title>Kheda notes — TiddlyWiki</title></head><body>
<div id="storeArea" style="display:none;"><div created="20240101000000000" title="Kheda 1918">
<pre>Kaira peasants asked for remission of revenue &amp; got it in part.
* Led by Vallabhbhai Patel.</pre>
</div>
<div title="$:/StoryList"><pre></pre></div>
</div>
<!--~~ Library modules ~~-->
<script>var TiddlyWiki;</script></body></html>`)
	if !IsWiki(data) {
		t.Fatal("IsWiki = false for a div store")
	}
	got := corpustest.Passages(t, "kheda.html", data)
	want := []string{
		"Kheda notes — TiddlyWiki › Kheda 1918 › 1: Kaira peasants asked for remission of revenue & got it in part.",
		"Kheda notes — TiddlyWiki › Kheda 1918 › 2: Led by Vallabhbhai Patel.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

func TestIsWiki(t *testing.T) {
	for _, tt := range []struct {
		data string
		want bool
	}{
		{string(page(t, champaran...)), true},
		{`<html><body><p>A page about TiddlyWiki.</p></body></html>`, false},
		{`<html><body><div id="storeArea">a page with a div so named</div></body></html>`, false},
	} {
		if got := IsWiki([]byte(tt.data)); got != tt.want {
			t.Errorf("IsWiki(%.50q) = %v, want %v", tt.data, got, tt.want)
		}
	}
}

// TestBadWikis: a clear error, never a panic.
func TestBadWikis(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"store not JSON", []byte(`<script class="tiddlywiki-tiddler-store" type="application/json">[{"title":</script>`), "damaged TiddlyWiki: its store is not JSON"},
		{"system tiddlers alone", page(t, champaran[:2]...), "the wiki has no notes of its own"},
		{"too large", append([]byte(`<script class="tiddlywiki-tiddler-store" type="application/json">`), bytes.Repeat([]byte(" "), MaxBytes)...), "wiki too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Convert(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("Convert() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// FuzzWikiText: no panic whatever a tiddler's text; a wiki read has a
// place for each of its lines, and corpus reads it soundly.
func FuzzWikiText(f *testing.F) {
	for _, t := range champaran {
		f.Add(t["text"])
	}
	f.Fuzz(func(t *testing.T, text string) {
		data := page(t, map[string]string{"title": "Notes", "text": text})
		c, err := Convert(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("wiki.html", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
