package tiddlywiki

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

// article21 is a tiddler as TiddlyWiki 5.3 exports it (and saves it in a
// wiki folder): its fields in order of their names, a blank line, its
// WikiText, with the clutter of a wiki: a caption and a list, macros,
// a comment, a widget, a transclusion and styles.
const article21 = `caption: Art. 21
created: 20240612174510233
list: [[Article 21A]] [[Maneka Gandhi v Union of India]]
modified: 20250103091522841
source: M. Laxmikanth, Indian Polity, ch. 7
tags: [[Fundamental Rights]] Polity GS2
title: Article 21: Protection of Life and Personal Liberty
type: text/vnd.tiddlywiki

\define art(n) Article $n$ of the Constitution
\define sc() Supreme Court
\procedure casebox()
<div class="case"><<currentTiddler>></div>
\end

<!-- revise before mains: add Puttaswamy 2017 -->
''Article 21'' says: //No person shall be deprived of his life or personal liberty except according to procedure established by law.// It is available to citizens __and__ foreigners.

! Scope
* Protects against the State, not private persons.
** The <<sc>> read it with <<art 14>> and <<art 19>> (the "golden triangle").
# Gopalan (1950) -- a narrow reading
# [[Maneka Gandhi|Maneka Gandhi v Union of India]] (1978) --- "procedure established by law" must be fair, just and reasonable
<<casebox>>

!! Rights read into Article 21
|Rights the courts read into Article 21|c
|!Right |!Case |!Year |
|Privacy |[[Puttaswamy|Justice K. S. Puttaswamy v Union of India]] |2017 |
|Livelihood |Olga Tellis |1985 |
|>|>| Also: speedy trial, free legal aid |

; Does Article 21 stand suspended in an Emergency?
: No. The 44th Amendment (1978) says Articles 20 and 21 cannot be suspended under Article 359.

<<<.tc-big-quote
The right to life includes the right to live with human dignity.
<<< Justice Bhagwati, Francis Coralie Mullin (1981)

@@.note
Exam tip: quote ~~Gopalan~~ Maneka Gandhi for "due process".
@@

---
{{Article 21A}}
Read with <$link to="Article 22">Article 22</$link>, on arrest and detention.
`

func TestTiddler(t *testing.T) {
	data := []byte(article21)
	if f := corpus.FormatOf(data); f != "TiddlyWiki tiddler" {
		t.Errorf("FormatOf = %q, want TiddlyWiki tiddler", f)
	}
	d, got := corpustest.Placed(t, "Article 21_ Protection of Life and Personal Liberty.tid", data)
	a := "Article 21: Protection of Life and Personal Liberty › "
	r := a + "Scope › Rights read into Article 21 › "
	want := []string{
		a + "Definition: Source: M. Laxmikanth, Indian Polity, ch. 7\nArticle 21 says: No person shall be deprived of his life or personal liberty except according to procedure established by law. It is available to citizens and foreigners. (line 5)",
		a + "Scope › 1: Protects against the State, not private persons.\n- The Supreme Court read it with Article 14 of the Constitution and Article 19 of the Constitution (the \"golden triangle\"). (line 20)",
		a + "Scope › 2: Gopalan (1950) – a narrow reading (line 22)",
		a + "Scope › 3: Maneka Gandhi (1978) — \"procedure established by law\" must be fair, just and reasonable (line 23)",
		r + "1: Rights the courts read into Article 21 (line 27)",
		r + "2: Right: Privacy; Case: Puttaswamy; Year: 2017 (line 29)",
		r + "3: Right: Livelihood; Case: Olga Tellis; Year: 1985 (line 30)",
		r + "4: Year: Also: speedy trial, free legal aid (line 31)",
		r + "5: Does Article 21 stand suspended in an Emergency? No. The 44th Amendment (1978) says Articles 20 and 21 cannot be suspended under Article 359. (line 33)",
		r + "6: The right to life includes the right to live with human dignity. — Justice Bhagwati, Francis Coralie Mullin (1981) (line 37)",
		r + "Exam Tip: quote Gopalan Maneka Gandhi for \"due process\". (line 41)",
		r + "7: Read with Article 22, on arrest and detention. (line 46)",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
	if d.Title != "Article 21: Protection of Life and Personal Liberty" || !slices.Equal(d.Tags, []string{"Fundamental Rights", "Polity", "GS2"}) {
		t.Errorf("title %q, tags %q", d.Title, d.Tags)
	}
}

// TestTiddlerShapes: the other shapes of a tiddler's text and of its type.
func TestTiddlerShapes(t *testing.T) {
	tests := []struct {
		name, file, data string
		want             []string
	}{
		{"macros with arguments, a widget over lines, breaks kept, code", "writs.tid", `created: 20240801101500000
modified: 20240801101500000
tags: Polity
title: Writs under Article 32
type: text/vnd.tiddlywiki

\whitespace trim
\define writ(name, means:"—") ''$name$'': $means$

<!--
  TODO: add quo warranto cases
-->
Five writs, each named in Latin:

* <<writ "Habeas corpus" "to have the body">>
* <<writ name:"Mandamus" means:"we command">>
* <<writ Certiorari>>

<$list filter="[tag[Writs]]"
  template="$:/core/ui/ListItemTemplate">
</$list>

"""
Article 32(1): the right to move the Supreme Court
Article 32(2): power to issue writs
"""

` + "```" + `
Supreme Court -> Article 32
High Court    -> Article 226
` + "```" + `

|Writ |Against |h
|Prohibition |a lower court &amp; tribunals --- not <<ministries>> |
`, []string{
			"Writs under Article 32 › Definition › 1: Five writs, each named in Latin:\n- Habeas corpus: to have the body\n- Mandamus: we command\n- Certiorari: — (line 13)",
			"Writs under Article 32 › Definition › 2: Article 32(1): the right to move the Supreme Court\nArticle 32(2): power to issue writs (line 24)",
			"Writs under Article 32 › Definition › 3: Supreme Court -> Article 32\nHigh Court    -> Article 226 (line 28)",
			"Writs under Article 32 › Definition › 4: Writ: Prohibition; Against: a lower court & tribunals — not (line 34)",
		}},
		{"Markdown", "Article 32.tid", "created: 20240715093000000\r\nmodified: 20240715093000000\r\ntitle: Article 32\r\ntype: text/x-markdown\r\n\r\n" +
			"Dr Ambedkar called Article 32 the **heart and soul** of the Constitution.\r\n\r\n# Writs\r\n- Habeas corpus\r\n- Mandamus\r\n", []string{
			"Article 32 › Definition: Dr Ambedkar called Article 32 the heart and soul of the Constitution. (line 6)",
			"Article 32 › Writs: - Habeas corpus\n- Mandamus (line 9)",
		}},
		{"plain text", "Article 17.tid", "title: Article 17\ntype: text/plain\n\nUntouchability is abolished and its practice in any form is forbidden.\n", []string{
			"Article 17 › Definition: Untouchability is abolished and its practice in any form is forbidden. (line 4)",
		}},
		{"no title: the file's name", "Article 19_ Six Freedoms.tid", "created: 20240620080000000\n\n!! Reasonable restrictions\nArticle 19(2) lists them: sovereignty and integrity of India, security of the State …\n", []string{
			"Article 19 Six Freedoms › Reasonable restrictions: Article 19(2) lists them: sovereignty and integrity of India, security of the State … (line 4)",
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, got := corpustest.Placed(t, tt.file, []byte(tt.data))
			if !slices.Equal(got, tt.want) {
				t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(tt.want, "\n"))
			}
		})
	}
}

func TestIsTiddler(t *testing.T) {
	tests := []struct {
		name, data string
		want       bool
	}{
		{"exported", article21, true},
		{"system", "title: $:/StoryList\nlist: [[Article 21: Protection of Life and Personal Liberty]]\n", true},
		{"a type of WikiText alone", "title: Article 14\ntype: text/vnd.tiddlywiki\n\nEquality before law.", true},
		{"notes with a title line", "title: Article 14\n\nEquality before law and equal protection of the laws.", false},
		{"Markdown with front matter", "---\ntitle: Article 14\ncreated: 20240612174510233\n---\n\n# Article 14", false},
		{"a wiki's page", string(page(t, champaran...)), false},
	}
	for _, tt := range tests {
		if got := IsTiddler([]byte(tt.data)); got != tt.want {
			t.Errorf("IsTiddler(%s) = %v, want %v", tt.name, got, tt.want)
		}
	}
}

// TestWikiFolder: of a wiki folder's tiddlers, the system tiddlers,
// drafts, pictures and tiddlers with no text are skipped.
func TestWikiFolder(t *testing.T) {
	dir := t.TempDir()
	files := map[string]string{
		"Article 21_ Protection of Life and Personal Liberty.tid": article21,
		"$__StoryList.tid":          "created: 20250103091500000\nlist: [[Article 21: Protection of Life and Personal Liberty]]\nmodified: 20250103091500000\ntitle: $:/StoryList\n",
		"Draft of 'Article 22'.tid": "created: 20250103092000000\ndraft.of: Article 22\ndraft.title: Article 22\nmodified: 20250103092000000\ntitle: Draft of 'Article 22'\n\nProtection against arrest and",
		"preamble.png.tid":          "created: 20250103093000000\nmodified: 20250103093000000\ntitle: preamble.png\ntype: image/png\n\niVBORw0KGgo=",
		"Fundamental Rights.tid":    "color: #4f7cac\ncreated: 20240612170000000\nmodified: 20240612170000000\ntitle: Fundamental Rights\n",
	}
	for name, data := range files {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := corpus.ReadPaths(context.Background(), []string{dir}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Docs) != 1 || rep.Docs[0].Title != "Article 21: Protection of Life and Personal Liberty" || len(rep.Problems) > 0 {
		t.Errorf("documents %v, problems %v; want Article 21 alone", rep.Docs, rep.Problems)
	}
	var skipped []string
	for _, s := range rep.Skipped {
		skipped = append(skipped, filepath.Base(s.Path)+": "+s.Reason)
	}
	slices.Sort(skipped)
	want := []string{
		"$__StoryList.tid: a system tiddler of TiddlyWiki ($:/StoryList), not notes",
		"Draft of 'Article 22'.tid: a draft of a tiddler, being edited",
		"Fundamental Rights.tid: a tiddler with no text",
		"preamble.png.tid: a tiddler of type image/png, not notes",
	}
	if !slices.Equal(skipped, want) {
		t.Errorf("skipped\n%s\nwant\n%s", strings.Join(skipped, "\n"), strings.Join(want, "\n"))
	}
}

// TestBadTiddlers: a clear error, never a panic.
func TestBadTiddlers(t *testing.T) {
	tests := []struct {
		name string
		data []byte
		want string
	}{
		{"no header", []byte("Article 14 guarantees equality before law.\nIt binds the State.\n"), "damaged tiddler: line 1 is no field of its header"},
		{"binary", []byte("title: Article 14\n\n\x00\x01\x02PK"), "the tiddler is damaged: it holds binary data"},
		{"header alone", []byte("created: 20240612170000000\ntitle: Fundamental Rights\n"), "the tiddler has no text"},
		{"nothing but a macro", []byte("title: Article 14\n\n\\define x() y\n<<toc>>\n"), "the tiddler has no text"},
		{"empty", nil, "the tiddler is empty"},
		{"a picture", []byte("title: preamble.png\ntype: image/png\n\niVBORw0KGgo="), "not notes: a tiddler of type image/png"},
		{"too large", append([]byte("title: Article 14\n\n"), bytes.Repeat([]byte("a"), MaxBytes)...), "the tiddler is too large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := ConvertTiddler(tt.data); err == nil || !strings.HasPrefix(err.Error(), tt.want) {
				t.Errorf("ConvertTiddler() error = %v, want one starting %q", err, tt.want)
			}
		})
	}
}

// TestMacroBudget: macros expand within maxExpansion bytes, however
// often they are called.
func TestMacroBudget(t *testing.T) {
	body := strings.Repeat("x", 1000)
	data := "title: Article 14\n\n\\define big(a) $a$$a$$a$$a$\n" + strings.Repeat("<<big "+body+">>", 2000) + "\n"
	c, err := ConvertTiddler([]byte(data))
	if err != nil {
		t.Fatal(err)
	}
	if len(c.Text) > maxExpansion+1000 || len(c.Text) < maxExpansion/2 {
		t.Errorf("%d bytes written, want the budget of %d spent, not more", len(c.Text), maxExpansion)
	}
}

// FuzzTiddler: no panic whatever the bytes; a tiddler read has a place
// for each of its lines, and corpus reads it soundly.
func FuzzTiddler(f *testing.F) {
	f.Add([]byte(article21))
	f.Add([]byte("title: x\n\n\\define a(b) $b$\n|<<a [[|]]>>|c\n<<<\n<$x\n"))
	f.Fuzz(func(t *testing.T, data []byte) {
		c, err := ConvertTiddler(data)
		if err != nil {
			return
		}
		corpustest.Lined(t, c)
		if d, err := corpus.Parse("t.tid", data); err == nil {
			corpustest.Sound(t, d)
		}
	})
}
