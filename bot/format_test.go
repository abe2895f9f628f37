package bot

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"golang.org/x/tools/txtar"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata")

// golden compares got with the file at path, or writes it with -update.
func golden(tb testing.TB, path string, got []byte) {
	tb.Helper()
	if *update {
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			tb.Fatal(err)
		}
		if err := os.WriteFile(path, got, 0o644); err != nil {
			tb.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		tb.Fatalf("%v (run go test -update to create it)", err)
	}
	if !bytes.Equal(got, want) {
		tb.Errorf("%s differs from the output (run go test -update and review the diff):\ngot:\n%s", path, got)
	}
}

func mustJSON(tb testing.TB, v any) []byte {
	tb.Helper()
	var b bytes.Buffer
	enc := json.NewEncoder(&b)
	enc.SetEscapeHTML(false)
	enc.SetIndent("", "  ")
	if err := enc.Encode(v); err != nil {
		tb.Fatal(err)
	}
	return b.Bytes()
}

// checkReply fails tb when r breaks a Discord limit or our markdown rules.
func checkReply(tb testing.TB, lim limits, r reply) {
	tb.Helper()
	if err := lim.check(r); err != nil {
		tb.Errorf("check: %v\nreply: %s", err, mustJSON(tb, r.response(ResponseMessage)))
	}
}

const cetp = "Critical and Emerging Technologies Partnership"

func result(id, doc string, section []string, text string, hs ...corpus.Span) corpus.Result {
	docID, _, _ := strings.Cut(id, "/")
	return corpus.Result{
		Passage:    corpus.Passage{ID: id, DocID: docID, Doc: doc, Section: section, Text: text, Kind: corpus.KindKeyPoint},
		Score:      1,
		Highlights: hs,
	}
}

// span finds the byte range of word in s.
func span(s, word string) corpus.Span {
	i := strings.Index(s, word)
	if i < 0 {
		panic(fmt.Sprintf("%q not in %q", word, s))
	}
	return corpus.Span{Start: i, End: i + len(word)}
}

// The format golden files are testdata/format/<name>.txtar: the input answer
// and page, and the reply as a Discord interaction response.
func TestFormatGolden(t *testing.T) {
	kp5 := "A crucial element is supply chain resilience. Partner countries work together to diversify supply chains for critical components and materials."
	kp6 := "Cybersecurity cooperation is also a priority, with partners sharing information."
	normal := corpus.Answer{
		Question: "What is supply chain resilience?", Answered: true, Confidence: 0.87,
		Results: []corpus.Result{
			result("cetp/key-points/5", cetp, []string{"Key Points", "5"}, kp5, span(kp5, "supply chain resilience"), span(kp5, "supply chains")),
			result("cetp/key-points/6", cetp, []string{"Key Points", "6"}, kp6),
			result("cetp/definition", cetp, []string{"Definition"}, "A collaborative agreement."),
		},
	}

	// 5000 runes of two- to four-byte runes, with a highlight across the cut
	// at 4096 and list lines.
	var long strings.Builder
	for i := 0; utf8.RuneCountInString(long.String()) < 5000; i++ {
		fmt.Fprintf(&long, "é日本語🙂 ligne %d ", i)
		if i%40 == 39 {
			long.WriteString("\n- ")
		}
	}
	longText := long.String()
	cutAt := len(cut(longText, 4000))
	longTitle := strings.Repeat("Ünï ", 75) // 300 runes

	many := corpus.Answer{Question: "many", Answered: true, Confidence: 0.5}
	for i := 1; i <= 20; i++ {
		many.Results = append(many.Results, result(fmt.Sprintf("doc-%d/key-points/%d", i, i), fmt.Sprintf("Document %d", i), []string{"Key Points", fmt.Sprint(i)}, fmt.Sprintf("Point %d.", i)))
	}

	nasty := "# Heading\n> quote\n- item *bold* _it_ ~~s~~ `code` ||spoiler|| [link](http://x) \\ back\n1. one\n@everyone @here <@123> <@!45> <#67> <@&89> <t:1:R> <:e:1>"
	nastyAns := corpus.Answer{
		Question: "who is <@123> and @everyone? **bold** ||x||", Answered: true, Confidence: 1,
		Results: []corpus.Result{result("d/s", "Doc *with* _marks_ @here", []string{"Sec|tion"}, nasty, span(nasty, "*bold*"), span(nasty, "@everyone"))},
	}

	longID := strings.Repeat("very-long-document-id-", 6)
	tests := []struct {
		name  string
		a     corpus.Answer
		page  int
		quote bool
	}{
		{"normal", normal, 0, false},
		{"second-page", normal, 1, false},
		{"last-page", normal, 2, false},
		{"page-out-of-range", normal, 9, false},
		{"not-confident", corpus.Answer{
			Question: "what about bananas?", Answered: false, Confidence: 0.1,
			Results: []corpus.Result{
				result("cetp/key-points/1", cetp, []string{"Key Points", "1"}, "x"),
				result("cetp/key-points/2", cetp, []string{"Key Points", "2"}, "x"),
				result("cetp/faqs/1", cetp, []string{"FAQs", "1"}, "x"),
				result("quantum/definition", "Quantum Computing", []string{"Definition"}, "x"),
				result("quantum/key-points/1", "Quantum Computing", []string{"Key Points", "1"}, "x"),
			},
		}, 0, false},
		{"not-found-no-results", corpus.Answer{Question: "nothing at all"}, 0, false},
		{"missing-part", corpus.Answer{
			Question: "key point 70", Note: "There is no key point 70 in " + cetp + ": it has key points 1 to 13.",
			Results: []corpus.Result{
				result("cetp/key-points/13", cetp, []string{"Key Points", "13"}, "x"),
				result("cetp/faqs/6", cetp, []string{"FAQs", "6"}, "x"),
			},
		}, 0, false},
		{"answered-without-results", corpus.Answer{Question: "odd", Answered: true}, 0, false},
		{"long-description", corpus.Answer{
			Question: "ligne", Answered: true, Confidence: 0.6,
			Results: []corpus.Result{result("long/text", "Long", []string{"Text"}, longText,
				corpus.Span{Start: cutAt, End: cutAt + 400}, corpus.Span{Start: 3, End: 9})},
		}, 0, false},
		{"long-title", corpus.Answer{
			Question: "title", Answered: true, Confidence: 0.6,
			Results: []corpus.Result{result("t/t", longTitle, []string{"Heading"}, "Short text.")},
		}, 0, false},
		{"many-related", many, 3, false},
		{"markdown-and-mentions", nastyAns, 0, true},
		{"long-question-quoted", corpus.Answer{
			Question: strings.Repeat("why ", 400), Answered: true, Confidence: 0.3,
			Results: []corpus.Result{result("d/s", "Doc", []string{"S"}, "Because.")},
		}, 0, true},
		{"long-id", corpus.Answer{
			Question: "id", Answered: true, Confidence: 0.3,
			Results: []corpus.Result{result(longID+"/section/1", "Doc", []string{"Section", "1"}, "Text.")},
		}, 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := formatter{}.answer(tt.a, tt.page, tt.quote)
			checkReply(t, discordLimits, r)
			ar := &txtar.Archive{
				Comment: fmt.Appendf(nil, "formatter{}.answer(answer.json, page %d, quote %v)\n", tt.page, tt.quote),
				Files: []txtar.File{
					{Name: "answer.json", Data: mustJSON(t, tt.a)},
					{Name: "response.json", Data: mustJSON(t, r.response(ResponseMessage))},
				},
			}
			golden(t, filepath.Join("testdata", "format", tt.name+".txtar"), txtar.Format(ar))
		})
	}
}

func TestFormatLimitEdges(t *testing.T) {
	long := strings.Repeat("日本🙂", 2000)
	a := corpus.Answer{Question: "q", Answered: true, Confidence: 1, Results: []corpus.Result{
		result("d/s", strings.Repeat("T", 300), []string{"S"}, long, corpus.Span{Start: 0, End: len(long)}),
	}}
	r := formatter{}.answer(a, 0, false)
	checkReply(t, discordLimits, r)
	e := r.embeds[0]
	if n := utf8.RuneCountInString(e.Title); n != 256 || !strings.HasSuffix(e.Title, "…") {
		t.Errorf("title has %d runes, ends %q; want 256 ending …", n, e.Title[len(e.Title)-6:])
	}
	if !strings.HasPrefix(e.Description, "**") || !strings.HasSuffix(e.Description, "**…") {
		t.Errorf("description = %q…%q, want bold closed before …", e.Description[:10], e.Description[len(e.Description)-10:])
	}
	if n := utf8.RuneCountInString(e.Description); n < 4000 || n > 4096 {
		t.Errorf("description has %d runes, want close to 4096", n)
	}
}

// TestFormatAnswerNote: a look-up that several documents answer shows,
// under the passage, how to ask for another's, in small print, escaped.
func TestFormatAnswerNote(t *testing.T) {
	note := `Other notes have one too; the first is shown. For another, name its notes: "key point 2 of Revolt_1857".`
	a := corpus.Answer{Question: "key point 2", Answered: true, Confidence: 1, Note: note, Results: []corpus.Result{
		result("quad/key-points/2", "Quad", []string{"Key Points", "2"}, "Summits yearly."),
		result("revolt/key-points/2", "Revolt_1857", []string{"Key Points", "2"}, "Spread to Delhi."),
	}}
	r := formatter{}.answer(a, 0, false)
	checkReply(t, discordLimits, r)
	want := "Summits yearly.\n\n-# " + strings.ReplaceAll(note, "_", `\_`)
	if d := r.embeds[0].Description; d != want {
		t.Errorf("description = %q, want %q", d, want)
	}
	if got := (formatter{}).answer(a, 1, false).embeds[0].Description; strings.Contains(got, "-#") {
		t.Errorf("the second result's page shows the note: %q", got)
	}
}

func TestRenderMD(t *testing.T) {
	tests := []struct {
		name  string
		segs  []mdSeg
		limit int
		want  string
	}{
		{"plain", plain("hello"), 10, "hello"},
		{"escapes", plain(`a*b_c~d` + "`" + `e|f[g]h\i`), 100, `a\*b\_c\~d\` + "`" + `e\|f\[g\]h\\i`},
		{"line starts", plain("# h\n> q\n- l\n+ p\n12. n\nx # - > 3. y"), 100, "\\# h\n\\> q\n\\- l\n\\+ p\n12\\. n\nx # - > 3. y"},
		{"mentions", plain("@everyone @HERE <@1> <@!2> <#3> <@&4> <t:5> <a:x:6> </c:7> a<b"), 100,
			"@\u200beveryone @\u200bHERE <\u200b@1> <\u200b@!2> <\u200b#3> <\u200b@&4> <\u200bt:5> <\u200ba:x:6> <\u200b/c:7> a<b"},
		{"cut by rune", plain("日本語テキスト"), 4, "日本語…"},
		{"no cut at limit", plain("日本語"), 3, "日本語"},
		{"cut keeps escape whole", plain("ab*cd"), 4, `ab…`},
		{"cut escape fits", plain("ab*cd"), 5, `ab\*…`},
		{"bold whole", []mdSeg{text("a "), bold("bc"), text(" d")}, 100, "a **bc** d"},
		{"bold cut closes", []mdSeg{text("a "), bold("bcdef")}, 9, "a **bc**…"},
		{"bold cut too small drops", []mdSeg{text("a "), bold("bcdef")}, 6, "a…"},
		{"bold cut trims space", []mdSeg{bold("ab cd")}, 8, "**ab**…"},
		{"markup never cut", []mdSeg{text("ab"), markup("\n\n"), text("cd")}, 3, "ab…"},
		{"zero limit", plain("abc"), 0, ""},
		{"invalid utf8", plain("a\xffb"), 10, "a\uFFFDb"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderMD(tt.segs, tt.limit); got != tt.want {
				t.Errorf("renderMD(%+v, %d) = %q, want %q", tt.segs, tt.limit, got, tt.want)
			}
		})
	}
}

func TestHighlight(t *testing.T) {
	s := "alpha beta\ngamma délta"
	tests := []struct {
		name string
		hs   []corpus.Span
		want string
	}{
		{"none", nil, "alpha beta\ngamma délta"},
		{"one", []corpus.Span{span(s, "beta")}, "alpha **beta**\ngamma délta"},
		{"adjacent merge", []corpus.Span{{Start: 0, End: 3}, {Start: 3, End: 5}}, "**alpha** beta\ngamma délta"},
		{"overlap unsorted", []corpus.Span{{Start: 2, End: 5}, {Start: 0, End: 3}}, "**alpha** beta\ngamma délta"},
		{"across lines", []corpus.Span{{Start: 6, End: 16}}, "alpha **beta**\n**gamma** délta"},
		{"words joined", []corpus.Span{span(s, "gamma"), span(s, "délta")}, "alpha beta\n**gamma délta**"},
		{"whitespace outside", []corpus.Span{{Start: 5, End: 11}}, "alpha **beta**\ngamma délta"},
		{"mid rune widened", []corpus.Span{{Start: len("alpha beta\ngamma d") + 1, End: len("alpha beta\ngamma d") + 2}}, "alpha beta\ngamma d**é**lta"},
		{"out of range", []corpus.Span{{Start: -5, End: 2}, {Start: 100, End: 200}, {Start: 4, End: 2}}, "**al**pha beta\ngamma délta"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := renderMD(highlight(s, tt.hs), 1000); got != tt.want {
				t.Errorf("highlight(%q, %v) = %q, want %q", s, tt.hs, got, tt.want)
			}
		})
	}
}

func TestTruncate(t *testing.T) {
	tests := []struct {
		s    string
		n    int
		want string
	}{
		{"abc", 3, "abc"},
		{"abcd", 3, "ab…"},
		{"ab cd", 4, "ab…"},
		{"日本語テ", 3, "日本…"},
		{"abc", 0, ""},
		{"abc", 1, "…"},
		{"a\xff", 5, "a\uFFFD"},
	}
	for _, tt := range tests {
		if got := truncate(tt.s, tt.n); got != tt.want {
			t.Errorf("truncate(%q, %d) = %q, want %q", tt.s, tt.n, got, tt.want)
		}
	}
}

func TestQuestionRoundTrip(t *testing.T) {
	q := strings.Repeat("what · Q: is 日本? ", 55) // ~1000 runes, containing the marker
	a := corpus.Answer{Question: cleanQuestion(q), Answered: true, Confidence: 1, Results: []corpus.Result{
		result("d/s/1", "D", []string{"S", "1"}, "x"), result("d/s/2", "D", []string{"S", "2"}, "y"),
	}}
	r := formatter{footer: "bot"}.answer(a, 0, false)
	got, ok := questionFromFooter(r.embeds[0].Footer.Text)
	if want := oneLine(a.Question); !ok || got != want {
		t.Errorf("questionFromFooter(footer) = %q, %v; want %q", got, ok, want)
	}
	id := r.components[0].Components[0].CustomID
	if !strings.HasPrefix(id, "more:1:what · Q: is") || utf8.RuneCountInString(id) != 100 {
		t.Errorf("more custom_id = %q (%d runes), want a 100-rune prefix of the question", id, utf8.RuneCountInString(id))
	}
}

// randText draws text that stresses escaping and truncation.
func randText(rng *rand.Rand, n int) string {
	pieces := []string{"a", "b", " ", "\n", "*", "_", "~", "`", "|", "\\", "[", "]", "#", ">", "-", "1.", "<@1>", "@everyone", "@here", "<#2>",
		"é", "日", "🙂", "👍🏽", "\u200b", "\xff", "\r\n", "**", "..."}
	var b strings.Builder
	for b.Len() < n {
		b.WriteString(pieces[rng.IntN(len(pieces))])
	}
	return b.String()
}

func randAnswer(rng *rand.Rand) corpus.Answer {
	a := corpus.Answer{
		Question:   randText(rng, rng.IntN(3000)),
		Answered:   rng.IntN(4) > 0,
		Confidence: rng.Float64()*1.4 - 0.2,
	}
	for range rng.IntN(30) {
		txt := randText(rng, rng.IntN(9000))
		var hs []corpus.Span
		for range rng.IntN(20) {
			s := rng.IntN(len(txt)+20) - 10
			hs = append(hs, corpus.Span{Start: s, End: s + rng.IntN(300) - 20})
		}
		a.Results = append(a.Results, corpus.Result{
			Passage: corpus.Passage{
				ID:      randText(rng, rng.IntN(150)),
				DocID:   randText(rng, rng.IntN(120)),
				Doc:     randText(rng, rng.IntN(400)),
				Section: []string{randText(rng, rng.IntN(300)), randText(rng, rng.IntN(5))},
				Text:    txt,
			},
			Highlights: hs,
		})
	}
	return a
}

// TestFormatProperties formats random answers and sections and checks every
// limit, valid UTF-8, balanced bold and whole escapes.
func TestFormatProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(1, 2))
	n := 300
	if testing.Short() {
		n = 30
	}
	for i := range n {
		a := randAnswer(rng)
		f := formatter{footer: randText(rng, rng.IntN(300))}
		r := f.answer(a, rng.IntN(40)-5, rng.IntN(2) == 0)
		if err := discordLimits.check(r); err != nil {
			t.Fatalf("case %d: answer: %v", i, err)
		}
		if _, err := json.Marshal(r.response(ResponseMessage)); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
		var sec corpus.Section
		sec.Citation = randText(rng, rng.IntN(400))
		for _, res := range a.Results {
			p := res.Passage
			p.Ordinal = rng.IntN(3)
			if rng.IntN(3) == 0 {
				p.Question = randText(rng, rng.IntN(500))
			}
			sec.Passages = append(sec.Passages, p)
		}
		if err := discordLimits.check(f.section(sec)); err != nil {
			t.Fatalf("case %d: section: %v", i, err)
		}
		if len(sec.Passages) > 0 {
			if err := discordLimits.check(f.passage(sec.Passages[0], "Fact", colorFact)); err != nil {
				t.Fatalf("case %d: passage: %v", i, err)
			}
		}
	}
}

// FuzzRenderMD checks that markdown output stays within its limit, is valid
// UTF-8 and keeps bold and escapes whole.
func FuzzRenderMD(f *testing.F) {
	f.Add("a *b* @everyone <@1>\n# x", 10, 2, 5)
	f.Add("日本語🙂\xff", 3, 0, 100)
	f.Add("**__~~", 0, 6, 4)
	f.Fuzz(func(t *testing.T, s string, start, end, limit int) {
		limit = limit % 5000
		segs := highlight(s, []corpus.Span{{Start: start, End: end}})
		got := renderMD(segs, limit)
		if n := utf8.RuneCountInString(got); n > max(limit, 0) {
			t.Errorf("renderMD(%q, %d) has %d runes", s, limit, n)
		}
		if !utf8.ValidString(got) {
			t.Errorf("renderMD(%q, %d) = %q, invalid UTF-8", s, limit, got)
		}
		if err := checkMD(got); err != nil {
			t.Errorf("renderMD(%q, %d) = %q: %v", s, limit, got, err)
		}
	})
}

func TestSectionSplits(t *testing.T) {
	sec := corpus.Section{ID: "d/key-points", Citation: "Doc › Key Points", Heading: "Key Points"}
	for i := 1; i <= 40; i++ {
		sec.Passages = append(sec.Passages, corpus.Passage{
			ID: fmt.Sprintf("d/key-points/%d", i), Doc: "Doc", Section: []string{"Key Points", fmt.Sprint(i)}, Ordinal: i,
			Text: strings.Repeat(fmt.Sprintf("Point %d says something. ", i), 12),
		})
	}
	r := formatter{}.section(sec)
	checkReply(t, discordLimits, r)
	if last := r.embeds[len(r.embeds)-1]; last.Footer == nil || last.Footer.Text != "conceptbot · 40 passages" {
		t.Errorf("last embed's footer %+v, want the passages counted", last.Footer)
	}
	if len(r.embeds) < 2 {
		t.Errorf("section reply has %d embeds, want it split over several", len(r.embeds))
	}
	last := r.embeds[len(r.embeds)-1].Description
	if !strings.Contains(last, "more. Look one up with /lookup.") {
		t.Errorf("last embed ends %q, want a note about the passages left out", last[max(0, len(last)-80):])
	}
	if !strings.HasPrefix(r.embeds[0].Description, "**1.** Point 1 says") {
		t.Errorf("first passage = %q, want numbered", r.embeds[0].Description[:30])
	}
}

func TestShortTitle(t *testing.T) {
	tests := []struct{ title, want string }{
		{"Quantum Computing", "Quantum Computing"},
		{"Critical and Emerging Technologies Partnership", "Critical and Emerging…"},
		{"Supercalifragilisticexpialidocious Words", "Supercalifragilisticexp…"},
		{"Trade, Tariffs: A Very Long Story", "Trade, Tariffs: A Very…"},
		{"Tariffs and Trade: The Long Story", "Tariffs and Trade: The…"},
		{"India, Japan, Australia, and the US", "India, Japan…"}, // no comma before the ellipsis
		{"  Spaced\n  out  ", "Spaced out"},
	}
	for _, tt := range tests {
		got := shortTitle(tt.title)
		if got != tt.want || utf8.RuneCountInString(got) > shortTitleRunes {
			t.Errorf("shortTitle(%q) = %q, want %q (at most %d runes)", tt.title, got, tt.want, shortTitleRunes)
		}
	}
}
