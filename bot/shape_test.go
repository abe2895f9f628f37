package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"golang.org/x/tools/txtar"
)

// shapedAnswers are answers of each shape made from the test corpus, by
// question: what the index would answer.
func shapedAnswers(c *corpus.Corpus) map[string]corpus.Answer {
	section := func(id string) []corpus.Result {
		s, _ := c.Section(id)
		var rs []corpus.Result
		for _, p := range s.Passages {
			rs = append(rs, corpus.Result{Passage: p})
		}
		return rs
	}
	cetpID, longID := corpus.Slug(cetp), corpus.Slug(longTitle)
	kps := section(cetpID + "/key-points")
	def := section(cetpID + "/what-is-critical-and-emerging-technologies-partnership")[0]
	quantum := section("quantum-computing/key-points")
	summary := []corpus.Result{def}
	for _, r := range kps {
		r.Text = strings.SplitAfter(r.Text, ". ")[0]
		summary = append(summary, r)
	}
	part := func(r corpus.Result, i int) corpus.Result { r.Part = i; return r }
	faqs := section(cetpID + "/frequently-asked-questions") // a FAQ and its exam tip
	return map[string]corpus.Answer{
		"list the key points":       {Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: kps},
		"list the long key points":  {Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: section(longID + "/key-points"), More: 7},
		"list quantum key points":   {Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: quantum},
		"all key points everywhere": {Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: append(quantum, kps[:2]...)},
		"all faqs":                  {Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: faqs},
		"summarise":                 {Answered: true, Confidence: 1, Shape: corpus.ShapeSummary, Results: summary},
		"3 points on partnerships":  {Answered: true, Confidence: 0.8, Shape: corpus.ShapePoints, Results: []corpus.Result{kps[8], kps[0], quantum[1]}},
		"compare qubits and the TTC": {Answered: true, Confidence: 0.7, Shape: corpus.ShapeCompare, Parts: []string{"qubits", "the TTC"},
			Results: []corpus.Result{part(quantum[0], 0), part(faqs[0], 1), part(quantum[1], 0)}},
		"what is quantum computing and what is the TTC?": {Answered: true, Confidence: 0.9, Shape: corpus.ShapeParts, Parts: []string{"what is quantum computing", "what is the TTC"},
			Results: []corpus.Result{part(section("quantum-computing/definition")[0], 0), part(faqs[0], 1)}},
	}
}

// shapedSearcher answers the questions of shapedAnswers, and nothing else.
type shapedSearcher struct{ answers map[string]corpus.Answer }

func (s shapedSearcher) Search(ctx context.Context, q string, n int) (corpus.Answer, error) {
	a, ok := s.answers[q]
	if !ok {
		return corpus.Answer{Question: q}, nil
	}
	a.Question = q
	return a, nil
}

// The shape golden files are testdata/format/shape-<name>.txtar: the
// question and page, and the reply as a Discord interaction response.
func TestShapeFormatGolden(t *testing.T) {
	answers := shapedAnswers(testCorpus(t))
	tests := []struct {
		name, q string
		page    int
		quote   bool
	}{
		{"list-first-page", "list the key points", 0, false},
		{"list-middle-page", "list the key points", 1, false},
		{"list-last-page", "list the key points", 2, false},
		{"list-page-out-of-range", "list the key points", 9, false},
		{"list-more", "list the long key points", 1, false},
		{"list-one-page", "list quantum key points", 0, false},
		{"list-over-documents", "all key points everywhere", 0, false},
		{"list-faqs", "all faqs", 0, false},
		{"list-quoted", "list the key points", 1, true},
		{"summary", "summarise", 0, false},
		{"summary-second-page", "summarise", 1, false},
		{"points", "3 points on partnerships", 0, false},
		{"compare", "compare qubits and the TTC", 0, false},
		{"compare-quoted", "compare qubits and the TTC", 0, true},
		{"parts", "what is quantum computing and what is the TTC?", 0, false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a := answers[tt.q]
			a.Question = tt.q
			r := formatter{}.answer(a, tt.page, tt.quote)
			checkReply(t, discordLimits, r)
			ar := &txtar.Archive{
				Comment: fmt.Appendf(nil, "formatter{}.answer(%q, page %d, quote %v)\n", tt.q, tt.page, tt.quote),
				Files:   []txtar.File{{Name: "response.json", Data: mustJSON(t, r.response(ResponseMessage))}},
			}
			golden(t, filepath.Join("testdata", "format", "shape-"+tt.name+".txtar"), txtar.Format(ar))
		})
	}
}

// TestShapeNote: a summary given instead of the key points a document
// lacks says so first, in small print.
func TestShapeNote(t *testing.T) {
	a := longAnswer(corpus.ShapeSummary, 2, 50, 1)
	a.Note = "Lokpal_and Lokayuktas has no key points. A summary instead:"
	r := formatter{}.answer(a, 0, false)
	checkReply(t, discordLimits, r)
	if d := r.embeds[0].Description; !strings.HasPrefix(d, "-# Lokpal\\_and Lokayuktas has no key points. A summary instead:\n\n") {
		t.Errorf("description starts %q, want the note in small print", d[:min(len(d), 80)])
	}
	a.Note = strings.Repeat("long note ", 1000)
	checkReply(t, discordLimits, formatter{}.answer(a, 0, true))
}

// longAnswer is an answer of shape s with n results of size runes each
// (multi-byte runes, markdown and mentions to escape), from docs documents.
func longAnswer(s corpus.Shape, n, size, docs int) corpus.Answer {
	a := corpus.Answer{Question: strings.Repeat("why é ", 200), Answered: true, Confidence: 1, Shape: s}
	for i := range n {
		unit := []rune("日本 *x* @everyone ")
		runes := make([]rune, size)
		for j := range runes {
			runes[j] = unit[j%len(unit)]
		}
		text := string(runes)
		doc := fmt.Sprintf("doc-%d", i%docs)
		p := corpus.Passage{ID: fmt.Sprintf("%s/key-points/%d", doc, i), DocID: doc, Doc: strings.Repeat("Title ", 60) + doc,
			Section: []string{strings.Repeat("Heading ", 40), fmt.Sprint(i)}, Kind: corpus.KindKeyPoint, Text: text}
		if i%3 == 1 {
			p.Kind, p.Question = corpus.KindFAQ, strings.Repeat("Question? ", 50)
		}
		a.Results = append(a.Results, corpus.Result{Passage: p, Part: i % 2, Highlights: []corpus.Span{{Start: 0, End: len(text)}}})
	}
	if s == corpus.ShapeCompare || s == corpus.ShapeParts {
		for i := range n {
			a.Parts = append(a.Parts, strings.Repeat("side ", 80)+fmt.Sprint(i))
			a.Results[i].Part = i
		}
	}
	return a
}

// TestShapeLimitEdges lays out answers at and past Discord's limits: every
// page and every side stays within them, and every item of a list is on
// exactly one page, in order.
func TestShapeLimitEdges(t *testing.T) {
	for _, shape := range []corpus.Shape{corpus.ShapeList, corpus.ShapeSummary, corpus.ShapePoints} {
		for _, n := range []int{1, pageItems, pageItems + 1, 13, 50} {
			for _, size := range []int{10, 900, itemChars, 5000} {
				for _, docs := range []int{1, 3} {
					name := fmt.Sprintf("%s/items=%d/runes=%d/docs=%d", shape, n, size, docs)
					a := longAnswer(shape, n, size, docs)
					a.More = n % 7
					first := formatter{}.answer(a, 0, true)
					checkReply(t, discordLimits, first)
					pages := 1
					if len(first.components) > 0 {
						_, err := fmt.Sscanf(first.embeds[0].Footer.Text[strings.Index(first.embeds[0].Footer.Text, "page 1 of "):], "page 1 of %d", &pages)
						if err != nil {
							t.Fatalf("%s: footer %q: %v", name, first.embeds[0].Footer.Text, err)
						}
					}
					var seen []int
					for p := range pages {
						r := formatter{}.answer(a, p, true)
						checkReply(t, discordLimits, r)
						if len(r.embeds) != 1 {
							t.Fatalf("%s page %d: %d embeds, want 1", name, p, len(r.embeds))
						}
						for _, line := range strings.Split(r.embeds[0].Description, "\n") {
							var k int
							if _, err := fmt.Sscanf(line, "**%d.**", &k); err == nil {
								seen = append(seen, k)
							}
						}
					}
					want := n
					if shape == corpus.ShapeSummary {
						want = 0 // bullets, not numbers
					}
					if len(seen) != want {
						t.Errorf("%s: %d numbered items over %d pages, want %d", name, len(seen), pages, want)
					}
					for i, k := range seen {
						if k != i+1 {
							t.Errorf("%s: item %d shown as %d", name, i+1, k)
							break
						}
					}
					if pages > 1 && pages < (n+pageItems-1)/pageItems {
						t.Errorf("%s: %d pages for %d items of at most %d a page", name, pages, n, pageItems)
					}
				}
			}
		}
	}
	for _, shape := range []corpus.Shape{corpus.ShapeCompare, corpus.ShapeParts} {
		for _, n := range []int{2, 4, 10, 12} {
			for _, size := range []int{10, 3000, 5000} {
				name := fmt.Sprintf("%s/sides=%d/runes=%d", shape, n, size)
				r := formatter{}.answer(longAnswer(shape, n, size, n), 0, true)
				checkReply(t, discordLimits, r)
				if want := min(n, discordLimits.embeds); len(r.embeds) != want {
					t.Errorf("%s: %d embeds, want %d", name, len(r.embeds), want)
				}
				total := 0
				for _, e := range r.embeds {
					total += embedLen(e)
				}
				if size == 5000 && n == 2 && total < discordLimits.total-200 {
					t.Errorf("%s: %d runes of embed text, want close to %d", name, total, discordLimits.total)
				}
			}
		}
	}
}

// TestShapeProperties formats random answers of every shape and checks every
// limit, valid UTF-8, balanced bold and whole escapes.
func TestShapeProperties(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 4))
	shapes := []corpus.Shape{corpus.ShapeList, corpus.ShapeSummary, corpus.ShapePoints, corpus.ShapeCompare, corpus.ShapeParts}
	n := 300
	if testing.Short() {
		n = 30
	}
	kinds := []corpus.Kind{corpus.KindDefinition, corpus.KindKeyPoint, corpus.KindFAQ, corpus.KindExamTip, corpus.KindDevelopment}
	for i := range n {
		a := randAnswer(rng)
		a.Shape = shapes[rng.IntN(len(shapes))]
		a.More = rng.IntN(3) * rng.IntN(1000)
		for range rng.IntN(4) {
			a.Parts = append(a.Parts, randText(rng, rng.IntN(400)))
		}
		for j := range a.Results {
			a.Results[j].Part = rng.IntN(12)
			a.Results[j].Kind = kinds[rng.IntN(len(kinds))]
			if rng.IntN(3) == 0 {
				a.Results[j].Question = randText(rng, rng.IntN(500))
				if rng.IntN(2) == 0 {
					a.Results[j].Text = a.Results[j].Question + "\n" + a.Results[j].Text
				}
			}
		}
		f := formatter{footer: randText(rng, rng.IntN(300))}
		r := f.answer(a, rng.IntN(20)-5, rng.IntN(2) == 0)
		if err := discordLimits.check(r); err != nil {
			t.Fatalf("case %d (%s): %v", i, a.Shape, err)
		}
		if _, err := json.Marshal(r.response(ResponseMessage)); err != nil {
			t.Fatalf("case %d: %v", i, err)
		}
	}
}

// TestPack checks how items are split into pages.
func TestPack(t *testing.T) {
	tests := []struct {
		items []string
		size  int
		n     int
		want  [][2]int
	}{
		{[]string{"a"}, 10, 5, [][2]int{{0, 1}}},
		{[]string{"aaaa", "bbbb", "cccc"}, 10, 5, [][2]int{{0, 2}, {2, 3}}}, // 4+2+4 fits, +2+4 does not
		{[]string{"a", "b", "c", "d"}, 100, 2, [][2]int{{0, 2}, {2, 4}}},
		{[]string{"aaaaaaaaaaaa", "b"}, 10, 5, [][2]int{{0, 1}, {1, 2}}}, // too long alone: a page of its own
		{[]string{"日本語日本語日本", "b"}, 11, 5, [][2]int{{0, 2}}},             // runes, not bytes
	}
	for _, tt := range tests {
		if got := pack(tt.items, tt.size, tt.n); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("pack(%q, %d, %d) = %v, want %v", tt.items, tt.size, tt.n, got, tt.want)
		}
	}
}

// message is the JSON of a paged answer's message as Discord sends it with
// a button press: its embeds, and who it is for.
func message(tb testing.TB, r *Response, flags int, extra string) string {
	tb.Helper()
	embeds, err := json.Marshal(r.Data.Embeds)
	if err != nil {
		tb.Fatal(err)
	}
	return fmt.Sprintf(`{"id":"50","channel_id":"2","content":"","embeds":%s,"flags":%d%s}`, embeds, flags, extra)
}

// TestPaging asks for a list, then turns its pages as the asker, as someone
// else, on an ephemeral copy and on a reply to a mention, through the same
// handlers both edges call, and with a new Bot, as after a restart.
func TestPaging(t *testing.T) {
	c := testCorpus(t)
	s := shapedSearcher{shapedAnswers(c)}
	b := New(s, c, Options{RateLimit: 100})
	ask := func(q string) *Response {
		t.Helper()
		resp, err := b.Interaction(t.Context(), decode(t, cmd(inGuild, "ask", fmt.Sprintf(`[{"name":"question","type":3,"value":%q}]`, q))))
		if err != nil {
			t.Fatal(err)
		}
		checkResponse(t, resp)
		return resp
	}
	press := func(b *Bot, id, msg string) *Response {
		t.Helper()
		resp, err := b.Interaction(t.Context(), decode(t, button(id, msg)))
		if err != nil {
			t.Fatal(err)
		}
		checkResponse(t, resp)
		return resp
	}
	footer := func(r *Response) string { return r.Data.Embeds[0].Footer.Text }
	buttons := func(r *Response) []Component { return r.Data.Components[0].Components }

	first := ask("list the key points")
	if !strings.Contains(footer(first), "page 1 of 3 · 12 passages · Q: list the key points") {
		t.Fatalf("first page footer %q", footer(first))
	}
	prev, next := buttons(first)[0], buttons(first)[1]
	if !prev.Disabled || next.Disabled || prev.CustomID != "page:0:list the key points" || next.CustomID != "page:1:list the key points" {
		t.Errorf("first page buttons %+v", buttons(first))
	}

	asker := `,"interaction_metadata":{"id":"9","type":2,"user":{"id":"100"}}`
	other := `,"interaction_metadata":{"id":"9","type":2,"user":{"id":"999"}}`
	mention := `,"referenced_message":{"id":"49","channel_id":"2","author":{"id":"100"},"content":"list the key points"}`
	for _, tt := range []struct {
		name     string
		msg      string
		wantType ResponseType
		wantEph  bool
	}{
		{"the asker turns the page in place", message(t, first, 0, asker), ResponseUpdateMessage, false},
		{"someone else gets the page to themselves", message(t, first, 0, other), ResponseMessage, true},
		{"a message with nobody named", message(t, first, 0, ""), ResponseMessage, true},
		{"an ephemeral copy turns in place", message(t, first, MessageFlagEphemeral, other), ResponseUpdateMessage, true},
		{"the asker of a mention turns the page in place", message(t, first, 0, mention), ResponseUpdateMessage, false},
	} {
		for _, bot := range []*Bot{b, New(s, c, Options{})} { // a restart keeps nothing
			resp := press(bot, next.CustomID, tt.msg)
			if resp.Type != tt.wantType || tt.wantType == ResponseMessage && !isEphemeral(resp) {
				t.Errorf("%s: response type %d ephemeral %v, want type %d ephemeral %v", tt.name, resp.Type, isEphemeral(resp), tt.wantType, tt.wantEph)
			}
			if !strings.Contains(footer(resp), "page 2 of 3") || !strings.HasPrefix(resp.Data.Embeds[0].Description, "**6.**") {
				t.Errorf("%s: got footer %q, description %.20q; want page 2 starting at item 6", tt.name, footer(resp), resp.Data.Embeds[0].Description)
			}
			if p, n := buttons(resp)[0], buttons(resp)[1]; p.Disabled || n.Disabled || p.CustomID != "page:0:list the key points" || n.CustomID != "page:2:list the key points" {
				t.Errorf("%s: page 2 buttons %+v", tt.name, buttons(resp))
			}
		}
	}

	// The last page, from a message without a footer: the question comes
	// from the custom_id.
	last := press(b, "page:2:list the key points", `{"id":"50","channel_id":"2","content":""}`)
	if !strings.Contains(footer(last), "page 3 of 3") || !buttons(last)[1].Disabled || buttons(last)[0].Disabled {
		t.Errorf("last page: footer %q, buttons %+v", footer(last), buttons(last))
	}
	// The notes changed and the list is shorter: the last page there is.
	gone := press(b, "page:7:list quantum key points", `{"id":"50","channel_id":"2","content":""}`)
	if len(gone.Data.Components) != 0 || !strings.Contains(gone.Data.Embeds[0].Description, "Qubits are fragile") {
		t.Errorf("page 7 of a one-page list = %s", mustJSON(t, gone))
	}
	for _, id := range []string{"page:x:list the key points", "page:-1:list the key points", "page:1:", "page:"} {
		if resp := press(b, id, `{"id":"50","channel_id":"2","content":""}`); resp.Data.Content != msgExpired {
			t.Errorf("%s = %s, want %q", id, mustJSON(t, resp), msgExpired)
		}
	}

	// A short list has no buttons; a comparison one embed a side.
	if r := ask("list quantum key points"); len(r.Data.Components) != 0 || len(r.Data.Embeds) != 1 {
		t.Errorf("one-page list = %s", mustJSON(t, r))
	}
	if r := ask("compare qubits and the TTC"); len(r.Data.Embeds) != 2 || r.Data.Embeds[0].Title != "qubits" || r.Data.Embeds[1].Title != "the TTC" {
		t.Errorf("comparison = %s", mustJSON(t, r))
	}
	// The asker pages by question: the rate limit counts each press.
	limited := New(s, c, Options{RateLimit: 2})
	if _, err := limited.Interaction(t.Context(), decode(t, cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"list the key points"}]`))); err != nil {
		t.Fatal(err)
	}
	press(limited, next.CustomID, message(t, first, 0, asker))
	if resp := press(limited, next.CustomID, message(t, first, 0, asker)); resp.Data.Content != msgRateLimited {
		t.Errorf("third question in the window = %s, want rate limited", mustJSON(t, resp))
	}
}

func TestPageIDFits(t *testing.T) {
	q := strings.Repeat("日本語 ", 100)
	id := pageID(12, q, discordLimits.customID)
	if n := utf8.RuneCountInString(id); n != discordLimits.customID || !strings.HasPrefix(id, "page:12:日本語") {
		t.Errorf("pageID = %q (%d runes), want 100 runes starting page:12:", id, n)
	}
}

// TestListSubsections: a list of one section's passages under subsections
// names each subsection over its first item, since the title names only
// the section.
func TestListSubsections(t *testing.T) {
	item := func(ordinal int, text string, section ...string) corpus.Result {
		return corpus.Result{Passage: corpus.Passage{ID: fmt.Sprintf("ab/%d", ordinal), DocID: "ab", Doc: "Ayushman Bharat",
			Section: append(section, fmt.Sprint(ordinal)), Ordinal: ordinal, Text: text, Kind: corpus.KindSection}}
	}
	a := corpus.Answer{Question: "list all components", Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: []corpus.Result{
		item(1, "Launched in April 2018.", "Components", "(a) Health and Wellness Centres"),
		item(2, "Staffed by a Community Health Officer.", "Components", "(a) Health and Wellness Centres"),
		item(1, "Launched in September 2018.", "Components", "(b) PM-JAY"),
	}}
	r := formatter{}.answer(a, 0, false)
	desc := r.embeds[0].Description
	want := "**(a) Health and Wellness Centres**\n**1.** Launched in April 2018.\n\n**2.** Staffed by a Community Health Officer.\n\n**(b) PM-JAY**\n**3.** Launched in September 2018."
	if desc != want {
		t.Errorf("description =\n%s\nwant\n%s", desc, want)
	}
	if r.embeds[0].Title != "Ayushman Bharat › Components" {
		t.Errorf("title %q, want the section", r.embeds[0].Title)
	}
}
