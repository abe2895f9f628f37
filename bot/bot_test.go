package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"golang.org/x/tools/txtar"
)

const (
	longTitle   = "A Document With A Title So Long That Its Slug Does Not Fit In A Custom ID Together With The Section Name"
	ttcQuestion = "What is the Trade and Technology Council?"
)

// testCorpus builds a small corpus by hand: the seed document's shape, a
// second document, and one with a title too long for a custom_id.
func testCorpus(tb testing.TB) *corpus.Corpus {
	tb.Helper()
	doc := func(title string) *corpus.Document {
		return &corpus.Document{ID: corpus.Slug(title), Title: title, File: corpus.Slug(title) + ".txt"}
	}
	add := func(d *corpus.Document, kind corpus.Kind, section []string, text string, set ...func(*corpus.Passage)) {
		p := corpus.Passage{
			ID:      d.ID + "/" + corpus.Slug(section[0]),
			DocID:   d.ID,
			Doc:     d.Title,
			Section: section,
			Kind:    kind,
			Text:    text,
			Line:    len(d.Passages) + 1,
		}
		if len(section) > 1 {
			p.ID += "/" + section[1]
			fmt.Sscan(section[1], &p.Ordinal)
		}
		for _, f := range set {
			f(&p)
		}
		d.Passages = append(d.Passages, p)
	}
	c1 := doc(cetp)
	add(c1, corpus.KindDefinition, []string{"What is Critical and Emerging Technologies Partnership?"},
		"A collaborative agreement between two or more countries to foster cooperation in the development, deployment, and security of technologies deemed strategically important.")
	add(c1, corpus.KindBackground, []string{"Historical Background"},
		"The concept of technology partnerships gained prominence in the late 20th century. The US-EU Trade and Technology Council (TTC) was established in 2021.")
	keyPoints := []string{
		"A key aspect of these partnerships is joint research and development.",
		"Another provision is technology transfer, which allows partner countries to share know-how.",
		"Talent exchange programs are also common.",
		"These partnerships often involve common standards and regulations for emerging technologies.",
		"A crucial element is supply chain resilience. Partner countries diversify supply chains for critical minerals.",
		"Cybersecurity cooperation is also a priority, with partners sharing threat intelligence.",
		"These partnerships address ethical considerations such as AI bias and data privacy.",
		"A key objective is to enhance competitiveness in global markets.",
		"These partnerships serve as a platform for diplomatic engagement.",
		"The funding mechanism is also a key consideration: joint funding of research projects.",
		"A potential challenge is intellectual property protection under the TRIPS agreement.",
		"Markdown *stars*, _underscores_ and @everyone must not ping or format.",
	}
	for i, kp := range keyPoints {
		add(c1, corpus.KindKeyPoint, []string{"Key Points", fmt.Sprint(i + 1)}, kp)
	}
	// A FAQ's text starts with its question, as the parsers make it.
	add(c1, corpus.KindFAQ, []string{"Frequently Asked Questions", "1"}, ttcQuestion+"\nIt coordinates policies on technology, trade and investment.",
		func(p *corpus.Passage) { p.Question = ttcQuestion })
	add(c1, corpus.KindExamTip, []string{"Frequently Asked Questions", "1", "Exam Tip"}, "Remember the year 2021.",
		func(p *corpus.Passage) { p.Question, p.ID = ttcQuestion, p.ID+"/exam-tip" })
	add(c1, corpus.KindDevelopment, []string{"Recent Developments", "1"}, "India and Israel launched a partnership on AI, quantum technologies and critical minerals.",
		func(p *corpus.Passage) { p.Year = 2025 })

	c2 := doc("Quantum Computing")
	add(c2, corpus.KindDefinition, []string{"Definition"}, "Quantum computing uses qubits, which can be in superposition.")
	add(c2, corpus.KindKeyPoint, []string{"Key Points", "1"}, "Qubits are fragile and need error correction.")
	add(c2, corpus.KindKeyPoint, []string{"Key Points", "2"}, "Quantum key distribution secures communication.")

	c3 := doc(longTitle)
	for i := 1; i <= 10; i++ {
		add(c3, corpus.KindKeyPoint, []string{"Key Points", fmt.Sprint(i)}, fmt.Sprintf("Point %d of a document with a long title.", i))
	}

	c, err := corpus.New(c1, c2, c3)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// fakeSearcher scores passages by how many of the question's words (longer
// than three letters) they contain, like a tiny search engine. A question
// containing "fail" fails.
type fakeSearcher struct {
	c *corpus.Corpus

	mu        sync.Mutex
	questions []string
	topics    []string // of the conversations they were asked in (corpus.Topic)
}

func (f *fakeSearcher) Search(ctx context.Context, q string, n int) (corpus.Answer, error) {
	f.mu.Lock()
	f.questions = append(f.questions, q)
	f.topics = append(f.topics, corpus.Topic(ctx))
	f.mu.Unlock()
	if err := ctx.Err(); err != nil {
		return corpus.Answer{}, err
	}
	if strings.Contains(q, "fail") {
		return corpus.Answer{}, errors.New("index is closed")
	}
	var words []string
	for _, w := range strings.Fields(fold(q)) {
		if len(w) > 3 {
			words = append(words, w)
		}
	}
	var rs []corpus.Result
	for _, p := range f.c.Passages() {
		r := corpus.Result{Passage: p}
		lower := strings.ToLower(p.Text)
		for _, w := range words {
			if i := strings.Index(lower, w); i >= 0 {
				r.Score++
				r.Highlights = append(r.Highlights, corpus.Span{Start: i, End: i + len(w)})
			}
		}
		if r.Score > 0 {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Score > rs[j].Score })
	a := corpus.Answer{Question: q}
	if len(rs) > 0 && rs[0].Score >= 2 {
		a.Answered = true
		a.Confidence = min(1, rs[0].Score/4)
		a.Results = rs[:min(n, len(rs))]
		return a, nil
	}
	for _, s := range f.c.Sections()[:3] {
		a.Results = append(a.Results, corpus.Result{Passage: s.Passages[0]})
	}
	return a, nil
}

func (f *fakeSearcher) asked() []string {
	f.mu.Lock()
	defer f.mu.Unlock()
	return append([]string(nil), f.questions...)
}

// clock is a settable clock for the rate limiter.
type clock struct {
	mu sync.Mutex
	t  time.Time
}

func (c *clock) now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.t
}

func (c *clock) advance(d time.Duration) {
	c.mu.Lock()
	c.t = c.t.Add(d)
	c.mu.Unlock()
}

type fixture struct {
	bot    *Bot
	search *fakeSearcher
	clock  *clock
	corpus *corpus.Corpus
}

func newFixture(tb testing.TB) *fixture {
	tb.Helper()
	c := testCorpus(tb)
	f := &fixture{search: &fakeSearcher{c: c}, clock: &clock{t: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}, corpus: c}
	f.bot = New(f.search, c, Options{Now: f.clock.now, Rand: rand.NewPCG(1, 2)})
	return f
}

func decode(tb testing.TB, body string) *Interaction {
	tb.Helper()
	var in Interaction
	if err := json.Unmarshal([]byte(body), &in); err != nil {
		tb.Fatalf("decode %s: %v", body, err)
	}
	return &in
}

// checkResponse fails tb unless resp is a well-formed response: a message
// pings nobody but its one allowed user, with allowed_mentions.parse encoded
// as [], and stays within Discord's limits; autocomplete has at most 25
// choices of 1–100 characters.
func checkResponse(tb testing.TB, resp *Response) {
	tb.Helper()
	if resp == nil {
		tb.Fatal("nil response")
	}
	b, err := json.Marshal(resp)
	if err != nil {
		tb.Fatal(err)
	}
	switch resp.Type {
	case ResponsePong:
		if string(b) != `{"type":1}` {
			tb.Errorf("pong = %s, want {\"type\":1}", b)
		}
	case ResponseMessage, ResponseUpdateMessage:
		d := resp.Data
		if d == nil || d.AllowedMentions == nil || d.AllowedMentions.Parse == nil || len(d.AllowedMentions.Parse) != 0 {
			tb.Fatalf("response %s: allowed_mentions must have parse []", b)
		}
		if !strings.Contains(string(b), `"allowed_mentions":{"parse":[]`) {
			tb.Errorf("response %s does not encode parse as []", b)
		}
		switch u := d.AllowedMentions.Users; {
		case len(u) == 0 && strings.Contains(d.Content, "<@"):
			tb.Errorf("content %q mentions someone not allowed", d.Content)
		case len(u) == 1 && d.Content != "<@"+u[0]+">":
			tb.Errorf("allowed user %s, content %q", u[0], d.Content)
		case len(u) > 1:
			tb.Errorf("allowed users %v, want at most one", u)
		}
		r := reply{content: d.Content, embeds: d.Embeds, components: d.Components}
		if err := discordLimits.check(r); err != nil {
			tb.Errorf("response %s: %v", b, err)
		}
	case ResponseAutocompleteResult:
		if resp.Data == nil || len(resp.Data.Choices) > 25 {
			tb.Fatalf("autocomplete %s: want at most 25 choices", b)
		}
		for _, c := range resp.Data.Choices {
			for _, s := range []string{c.Name, c.Value} {
				if n := utf8.RuneCountInString(s); n < 1 || n > 100 || !utf8.ValidString(s) {
					tb.Errorf("choice %q: %d runes, want 1–100", s, n)
				}
			}
		}
	default:
		tb.Errorf("unexpected response type %d", resp.Type)
	}
}

func isEphemeral(resp *Response) bool {
	return resp.Data != nil && resp.Data.Flags&MessageFlagEphemeral != 0
}

// TestRealPayloads feeds the example interactions from Discord's docs and
// records the responses in testdata/payloads/*.golden. None of them is a
// command of ours, so each gets a polite ephemeral answer.
func TestRealPayloads(t *testing.T) {
	files, err := filepath.Glob("testdata/payloads/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no payloads: %v", err)
	}
	for _, file := range files {
		name := strings.TrimSuffix(filepath.Base(file), ".json")
		t.Run(name, func(t *testing.T) {
			body, err := os.ReadFile(file)
			if err != nil {
				t.Fatal(err)
			}
			f := newFixture(t)
			resp, err := f.bot.Interaction(t.Context(), decode(t, string(body)))
			if err != nil {
				t.Fatalf("Interaction: %v", err)
			}
			checkResponse(t, resp)
			if resp.Type == ResponseMessage && !isEphemeral(resp) {
				t.Errorf("response to a foreign interaction is public: %s", mustJSON(t, resp))
			}
			if len(f.search.asked()) > 0 {
				t.Errorf("searched %q for a foreign interaction", f.search.asked())
			}
			golden(t, strings.TrimSuffix(file, ".json")+".golden", mustJSON(t, resp))
		})
	}
}

const (
	inGuild = `"guild_id":"1","channel_id":"2","member":{"user":{"id":"100","username":"ana"},"permissions":"0"}`
	inDM    = `"channel_id":"3","user":{"id":"200","username":"bo"}`
)

func cmd(where, name string, options string) string {
	return fmt.Sprintf(`{"id":"9","application_id":"7","type":2,"token":"t",%s,"data":{"id":"5","name":%q,"type":1,"options":%s}}`, where, name, options)
}

func button(customID, message string) string {
	return fmt.Sprintf(`{"id":"9","application_id":"7","type":3,"token":"t",%s,"message":%s,"data":{"custom_id":%q,"component_type":2}}`, inGuild, message, customID)
}

// findInNotes is the "Find in notes" message command on a message saying
// content.
func findInNotes(where, content string) string {
	return fmt.Sprintf(`{"id":"9","type":2,"token":"t",%s,"data":{"name":"Find in notes","type":3,"target_id":"77",`+
		`"resolved":{"messages":{"77":{"id":"77","channel_id":"2","author":{"id":"5"},"content":%q}}}}}`, where, content)
}

func autocomplete(typed string) string {
	return fmt.Sprintf(`{"id":"9","type":4,%s,"data":{"name":"lookup","type":1,"options":[{"type":3,"name":"section","value":%q,"focused":true}]}}`, inGuild, typed)
}

// TestInteractions drives the handlers with crafted interaction JSON, checks
// the response, and records request and response in
// testdata/interactions/<name>.txtar.
func TestInteractions(t *testing.T) {
	cetpID := corpus.Slug(cetp)
	// An answer as it was before "More results" opened a page of its own,
	// one hidden with /ask hide:true, and a page of results.
	answerMsg := `{"id":"50","channel_id":"2","content":"","embeds":[{"title":"x","footer":{"text":"conceptbot · confidence 50% · result 1 of 5 · Q: critical minerals supply chains partnership"}}]}`
	hiddenMsg := `{"id":"50","channel_id":"2","content":"","flags":64,"embeds":[{"title":"x","footer":{"text":"conceptbot · confidence 50% · Q: critical minerals supply chains partnership"}}]}`
	resultMsg := `{"id":"51","channel_id":"2","content":"","flags":64,"embeds":[{"title":"x","footer":{"text":"conceptbot · result 2 of 5 · Q: critical minerals supply chains partnership"}}]}`
	longSection := corpus.Slug(longTitle) + "/key-points"
	tests := []struct {
		name  string
		in    string
		check func(t *testing.T, f *fixture, resp *Response)
	}{
		{"ping", `{"id":"1","type":1,"token":"t"}`, func(t *testing.T, f *fixture, resp *Response) {
			if resp.Type != ResponsePong {
				t.Errorf("type = %d, want pong", resp.Type)
			}
		}},
		{"ask", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"What about supply chain resilience for critical minerals?"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, cetp+" › Key Points › 5")
			if got := f.search.asked(); len(got) != 1 || got[0] != "What about supply chain resilience for critical minerals?" {
				t.Errorf("searched %q", got)
			}
		}},
		{"ask-hide", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"supply chain resilience"},{"name":"hide","type":5,"value":true}]`), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) {
				t.Error("hide:true answer is not ephemeral")
			}
		}},
		{"ask-mention", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"supply chain resilience"},{"name":"mention","type":6,"value":"4242"}]`), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Data.Content != "<@4242>" || len(resp.Data.AllowedMentions.Users) != 1 || resp.Data.AllowedMentions.Users[0] != "4242" {
				t.Errorf("content %q, allowed %+v; want <@4242> allowed", resp.Data.Content, resp.Data.AllowedMentions)
			}
		}},
		{"ask-mention-not-an-id", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"supply chain resilience"},{"name":"mention","type":6,"value":"@everyone"}]`), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Data.Content != "" || resp.Data.AllowedMentions.Users != nil {
				t.Errorf("content %q, allowed %+v; want nobody", resp.Data.Content, resp.Data.AllowedMentions)
			}
		}},
		{"ask-hide-and-mention", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"supply chain resilience"},{"name":"hide","type":5,"value":true},{"name":"mention","type":6,"value":"4242"}]`), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) || resp.Data.Content != "" {
				t.Errorf("flags %d content %q; want ephemeral without a mention", resp.Data.Flags, resp.Data.Content)
			}
		}},
		{"ask-empty", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"   "}]`), wantEphemeral(msgEmpty)},
		{"ask-no-options", cmd(inGuild, "ask", `null`), wantEphemeral(msgEmpty)},
		{"ask-question-wrong-type", cmd(inGuild, "ask", `[{"name":"question","type":4,"value":42},{"name":"hide","type":5,"value":"yes"}]`), wantEphemeral(msgEmpty)},
		{"ask-huge", cmd(inGuild, "ask", fmt.Sprintf(`[{"name":"question","type":3,"value":%q}]`, strings.Repeat("critical minerals ", 300))), func(t *testing.T, f *fixture, resp *Response) {
			got := f.search.asked()
			if len(got) != 1 || utf8.RuneCountInString(got[0]) > maxQuestion {
				t.Errorf("searched %d questions, first of %d runes; want one of at most %d", len(got), utf8.RuneCountInString(got[0]), maxQuestion)
			}
			wantPublicAnswer(t, resp, "")
		}},
		{"ask-dm", cmd(inDM, "ask", `[{"name":"question","type":3,"value":"quantum qubits superposition"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, "Quantum Computing › Definition")
		}},
		{"ask-null-member", cmd(`"member":null,"user":null`, "ask", `[{"name":"question","type":3,"value":"quantum qubits superposition"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, "Quantum Computing › Definition")
		}},
		{"ask-not-in-notes", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"bananas"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantNotFound(t, resp, "What is Critical and Emerging Technologies Partnership?", "Historical Background", "Key Points")
		}},
		{"ask-not-in-notes-with-mention", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"bananas"},{"name":"mention","type":6,"value":"4242"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantNotFound(t, resp, "What is Critical and Emerging Technologies Partnership?", "Historical Background", "Key Points")
			if resp.Data.Content != "" || resp.Data.AllowedMentions.Users != nil {
				t.Errorf("content %q, allowed %+v; want the miss to ping nobody", resp.Data.Content, resp.Data.AllowedMentions)
			}
		}},
		{"ask-faq", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"what does the trade and technology council coordinate"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, cetp+" › Frequently Asked Questions › 1")
			if d := resp.Data.Embeds[0].Description; strings.Count(d, "Trade and Technology Council?") != 1 || !strings.HasPrefix(d, "**"+ttcQuestion+"**\n") {
				t.Errorf("description %q, want the question once, in bold, first", d)
			}
		}},
		{"ask-one-result", cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"intellectual property protection TRIPS"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, cetp+" › Key Points › 11")
			if foot := resp.Data.Embeds[0].Footer.Text; strings.Contains(foot, " of ") {
				t.Errorf("footer %q counts results the message does not show", foot)
			}
			for _, row := range resp.Data.Components {
				for _, c := range row.Components {
					if strings.HasPrefix(c.CustomID, "more:") {
						t.Errorf("button %+v offers more results when there are none", c)
					}
				}
			}
		}},
		{"help", cmd(inGuild, "help", `null`), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) || len(resp.Data.Embeds) != 1 {
				t.Fatalf("response %s, want one embed, ephemeral", mustJSON(t, resp))
			}
			e := resp.Data.Embeds[0]
			var commands, notes string
			for _, fd := range e.Fields {
				switch fd.Name {
				case "Commands":
					commands = fd.Value
				case "The notes":
					notes = fd.Value
				}
			}
			for _, c := range []string{"/ask", "/lookup", "/fact", "/help", "Find in notes"} {
				if !strings.Contains(commands, c) {
					t.Errorf("commands %q lack %s", commands, c)
				}
			}
			if strings.Contains(commands, "/daily") {
				t.Errorf("commands %q offer /daily on a bot without daily facts", commands)
			}
			if want := fmt.Sprintf("3 documents, %d sections and %d passages:", len(f.corpus.Sections()), len(f.corpus.Passages())); !strings.HasPrefix(notes, want) || !strings.Contains(notes, "• Quantum Computing") {
				t.Errorf("notes %q, want them counted (%s) and listed", notes, want)
			}
		}},
		{"ask-user-command-named-ask", `{"id":"9","type":2,"token":"t","data":{"name":"ask","type":2,"target_id":"1"}}`, wantEphemeral(msgUnknown)},
		{"unknown-command", cmd(inGuild, "nope", `[]`), wantEphemeral(msgUnknown)},
		{"unknown-type", `{"id":"9","type":99,"token":"t","data":{}}`, wantEphemeral(msgUnknown)},
		{"no-data", `{"id":"9","type":2,"token":"t"}`, wantEphemeral(msgUnknown)},

		{"autocomplete-empty", autocomplete(""), func(t *testing.T, f *fixture, resp *Response) {
			cs := resp.Data.Choices
			// The definition's ID has 101 characters: one too many for a value.
			defID := cetpID + "/what-is-critical-and-emerging-technologies-partnership"
			if len(cs) != len(f.corpus.Sections()) || cs[0].Value != "#"+hashID(defID) || cs[1].Value != cetpID+"/historical-background" {
				t.Errorf("choices %+v, want the sections in order", cs)
			}
		}},
		{"autocomplete-prefix", autocomplete("quantum"), func(t *testing.T, f *fixture, resp *Response) {
			if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Value != "quantum-computing/definition" {
				t.Errorf("choices %+v, want Quantum Computing › Definition first", cs)
			}
		}},
		{"autocomplete-word", autocomplete("key po"), func(t *testing.T, f *fixture, resp *Response) {
			cs := resp.Data.Choices
			if len(cs) != 25 || cs[0].Name != "Quantum Computing › Key Points" || cs[1].Name != "Quantum Computing › Key Points › 1" {
				t.Errorf("%d choices %+v, want 25 with the shortest Key Points section first", len(cs), cs)
			}
		}},
		{"autocomplete-lookup-by-hash", cmd(inGuild, "lookup", fmt.Sprintf(`[{"name":"section","type":3,"value":"#%s"}]`, hashID(cetpID+"/what-is-critical-and-emerging-technologies-partnership"))), func(t *testing.T, f *fixture, resp *Response) {
			if !strings.HasPrefix(resp.Data.Embeds[0].Description, "A collaborative agreement") {
				t.Errorf("response %s, want the definition", mustJSON(t, resp))
			}
		}},
		{"autocomplete-faq-question", autocomplete("trade and tech"), func(t *testing.T, f *fixture, resp *Response) {
			if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Value != cetpID+"/frequently-asked-questions/1" {
				t.Errorf("choices %+v, want the FAQ first", cs)
			}
		}},
		{"autocomplete-typo", autocomplete("qantum defnition"), func(t *testing.T, f *fixture, resp *Response) {
			if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Value != "quantum-computing/definition" {
				t.Errorf("choices %+v, want Quantum Computing › Definition first", cs)
			}
		}},
		{"autocomplete-long-id", autocomplete("so long that"), func(t *testing.T, f *fixture, resp *Response) {
			cs := resp.Data.Choices
			if len(cs) == 0 || !strings.HasPrefix(cs[0].Value, "#") || !strings.HasSuffix(cs[0].Name, " › Key Points") {
				t.Errorf("choices %+v, want a hashed value and a shortened title", cs)
			}
		}},
		{"autocomplete-text", autocomplete("cybersecurity"), func(t *testing.T, f *fixture, resp *Response) {
			if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Value != cetpID+"/key-points/6" {
				t.Errorf("choices %+v, want the key point that says it first", cs)
			}
		}},
		{"autocomplete-text-begun", autocomplete("supply cha"), func(t *testing.T, f *fixture, resp *Response) {
			if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Value != cetpID+"/key-points/5" {
				t.Errorf("choices %+v, want the key point that says it first", cs)
			}
		}},
		{"autocomplete-words", autocomplete("points quantum"), func(t *testing.T, f *fixture, resp *Response) {
			if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Value != "quantum-computing/key-points" {
				t.Errorf("choices %+v, want Quantum Computing › Key Points first", cs)
			}
		}},
		{"autocomplete-title-shortened", autocomplete("critical and emerging"), func(t *testing.T, f *fixture, resp *Response) {
			cs := resp.Data.Choices
			if len(cs) == 0 {
				t.Fatal("no choices, want the document's")
			}
			for _, c := range cs {
				if !strings.HasPrefix(c.Name, "Critical and Emerging… › ") {
					t.Errorf("choice %q, want the title shortened", c.Name)
				}
			}
		}},
		{"autocomplete-nothing", autocomplete("zzzzzz"), func(t *testing.T, f *fixture, resp *Response) {
			if b := mustJSON(t, resp); strings.Contains(string(b), "choices") {
				t.Errorf("response %s, want choices omitted", b)
			}
		}},
		{"autocomplete-other-command", `{"id":"9","type":4,"data":{"name":"ask","options":[{"name":"question","type":3,"value":"x","focused":true}]}}`, func(t *testing.T, f *fixture, resp *Response) {
			if len(resp.Data.Choices) != 0 {
				t.Errorf("choices %+v, want none", resp.Data.Choices)
			}
		}},
		{"autocomplete-wrong-type", `{"id":"9","type":4,"data":{"name":"lookup","options":[{"name":"section","type":3,"value":{"a":1},"focused":true}]}}`, func(t *testing.T, f *fixture, resp *Response) {
			if len(resp.Data.Choices) == 0 {
				t.Errorf("no choices, want the sections as for empty input")
			}
		}},

		{"lookup-section-id", cmd(inGuild, "lookup", fmt.Sprintf(`[{"name":"section","type":3,"value":%q}]`, cetpID+"/key-points")), func(t *testing.T, f *fixture, resp *Response) {
			e := resp.Data.Embeds[0]
			if isEphemeral(resp) || e.Title != cetp+" › Key Points" || !strings.Contains(e.Description, "**12.** Markdown \\*stars\\*") || e.Footer == nil || e.Footer.Text != "conceptbot · 12 passages" {
				t.Errorf("response %s, want the whole section, for everyone, its passages counted", mustJSON(t, resp))
			}
		}},
		{"lookup-section-hide", cmd(inGuild, "lookup", fmt.Sprintf(`[{"name":"section","type":3,"value":%q},{"name":"hide","type":5,"value":true}]`, cetpID+"/key-points")), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) || resp.Data.Embeds[0].Title != cetp+" › Key Points" {
				t.Errorf("response %s, want the whole section, ephemeral", mustJSON(t, resp))
			}
		}},
		{"lookup-faq-section", cmd(inGuild, "lookup", fmt.Sprintf(`[{"name":"section","type":3,"value":%q}]`, cetpID+"/frequently-asked-questions")), func(t *testing.T, f *fixture, resp *Response) {
			if d := resp.Data.Embeds[0].Description; strings.Count(d, ttcQuestion) != 1 || !strings.Contains(d, "**Exam tip:** Remember") {
				t.Errorf("description %q, want the question once, then its exam tip", d)
			}
		}},
		{"lookup-passage-id", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"quantum-computing/key-points/2"}]`), func(t *testing.T, f *fixture, resp *Response) {
			if isEphemeral(resp) || resp.Data.Embeds[0].Title != "Quantum Computing › Key Points › 2" {
				t.Errorf("response %s, want the passage", mustJSON(t, resp))
			}
		}},
		{"lookup-passage-hide", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"quantum-computing/key-points/2"},{"name":"hide","type":5,"value":true}]`), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) || resp.Data.Embeds[0].Title != "Quantum Computing › Key Points › 2" {
				t.Errorf("response %s, want the passage, ephemeral", mustJSON(t, resp))
			}
		}},
		{"lookup-not-in-notes", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"bananas and apples"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantNotFound(t, resp, "What is Critical and Emerging Technologies Partnership?", "Historical Background", "Key Points")
		}},
		{"lookup-words", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"points quantum"}]`), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Data.Embeds[0].Title != "Quantum Computing › Key Points" || len(f.search.asked()) != 0 {
				t.Errorf("response %s, want the section its words name, without a search", mustJSON(t, resp))
			}
		}},
		{"lookup-hashed", cmd(inGuild, "lookup", fmt.Sprintf(`[{"name":"section","type":3,"value":"#%s"}]`, hashID(longSection))), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Data.Embeds[0].Title != longTitle+" › Key Points" {
				t.Errorf("response %s, want the long-titled section", mustJSON(t, resp))
			}
		}},
		{"lookup-free-text", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"historical background"}]`), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Data.Embeds[0].Title != cetp+" › Historical Background" || len(f.search.asked()) != 0 {
				t.Errorf("response %s, want the section without a search", mustJSON(t, resp))
			}
		}},
		{"lookup-search-fallback", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"intellectual property protection"}]`), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, cetp+" › Key Points › 11")
		}},
		{"lookup-missing", cmd(inGuild, "lookup", `[]`), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) {
				t.Error("want an ephemeral hint")
			}
		}},

		{"fact", cmd(inGuild, "fact", `null`), func(t *testing.T, f *fixture, resp *Response) {
			e := resp.Data.Embeds[0]
			if e.Title != "Fact" || len(e.Fields) != 1 || e.Fields[0].Name != "Source" {
				t.Errorf("embed %+v, want a Fact with its Source", e)
			}
		}},

		{"button-more", button("more:1:critical minerals supply", answerMsg), func(t *testing.T, f *fixture, resp *Response) {
			wantResultPage(t, resp, ResponseMessage, 2)
			if got := f.search.asked(); len(got) != 1 || got[0] != "critical minerals supply chains partnership" {
				t.Errorf("searched %q, want the full question from the footer", got)
			}
		}},
		{"button-more-on-hidden-answer", button("more:1:critical minerals supply", hiddenMsg), func(t *testing.T, f *fixture, resp *Response) {
			wantResultPage(t, resp, ResponseMessage, 2) // the hidden answer stays; the results come beside it
		}},
		{"button-next-result", button("page:2:critical minerals supply", resultMsg), func(t *testing.T, f *fixture, resp *Response) {
			wantResultPage(t, resp, ResponseUpdateMessage, 3)
			if p := resp.Data.Components[0].Components[0]; p.Disabled || p.CustomID != "page:1:critical minerals supply chains partnership" {
				t.Errorf("Previous = %+v, want page 1, enabled", p)
			}
		}},
		{"button-previous-result", button("page:1:critical minerals supply", resultMsg), func(t *testing.T, f *fixture, resp *Response) {
			wantResultPage(t, resp, ResponseUpdateMessage, 2)
		}},
		{"button-more-without-message", button("more:1:critical minerals supply", "null"), func(t *testing.T, f *fixture, resp *Response) {
			if got := f.search.asked(); len(got) != 1 || got[0] != "critical minerals supply" {
				t.Errorf("searched %q, want the question from the custom_id", got)
			}
			wantResultPage(t, resp, ResponseMessage, 2)
		}},
		{"button-more-bad-page", button("more:x:q", "null"), wantEphemeral(msgExpired)},
		{"button-section", button("section:"+cetpID+"/key-points", "null"), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) || len(resp.Data.Embeds) == 0 {
				t.Errorf("response %s, want the section, ephemeral", mustJSON(t, resp))
			}
		}},
		{"button-section-hash", button("section#"+hashID(longSection), "null"), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Data.Embeds[0].Title != longTitle+" › Key Points" {
				t.Errorf("response %s, want the long-titled section", mustJSON(t, resp))
			}
		}},
		{"button-section-gone", button("section:nope/nope", "null"), wantEphemeral(msgSectionGone)},
		{"button-passage", button("passage:quantum-computing/key-points/1", "null"), func(t *testing.T, f *fixture, resp *Response) {
			if !isEphemeral(resp) || resp.Data.Embeds[0].Title != "Quantum Computing › Key Points › 1" {
				t.Errorf("response %s, want the passage, ephemeral", mustJSON(t, resp))
			}
		}},
		{"button-passage-faq", button("passage:"+cetpID+"/frequently-asked-questions/1", "null"), func(t *testing.T, f *fixture, resp *Response) {
			if d := resp.Data.Embeds[0].Description; !isEphemeral(resp) || strings.Count(d, ttcQuestion) != 1 || !strings.HasPrefix(d, "**"+ttcQuestion+"**\nIt coordinates") {
				t.Errorf("response %s, want the FAQ with its question once, ephemeral", mustJSON(t, resp))
			}
		}},
		{"button-page-not-in-notes", button("page:1:bananas", `{"id":"50","channel_id":"2","content":"","interaction_metadata":{"id":"9","type":2,"user":{"id":"100"}}}`), func(t *testing.T, f *fixture, resp *Response) {
			// The asker turns a page of an answer the notes no longer give:
			// the miss is theirs alone, the message stays for everyone.
			wantNotFound(t, resp, "What is Critical and Emerging Technologies Partnership?", "Historical Background", "Key Points")
		}},
		{"button-fact", button("fact", "null"), func(t *testing.T, f *fixture, resp *Response) {
			if resp.Type != ResponseUpdateMessage || resp.Data.Embeds[0].Title != "Fact" {
				t.Errorf("response %s, want another fact in place", mustJSON(t, resp))
			}
		}},
		{"button-unknown", button("click_one", "null"), wantEphemeral(msgExpired)},

		{"find-in-notes", fmt.Sprintf(`{"id":"9","type":2,"token":"t",%s,"data":{"name":"Find in notes","type":3,"target_id":"77","resolved":{"messages":{"77":{"id":"77","channel_id":"2","author":{"id":"5"},"content":"does the partnership cover <@5> critical minerals @everyone?"}}}}}`, inGuild), func(t *testing.T, f *fixture, resp *Response) {
			wantPublicAnswer(t, resp, "")
			if d := resp.Data.Embeds[0].Description; !strings.HasPrefix(d, "> does the partnership cover <\u200b@5> critical minerals @\u200beveryone?\n\n") {
				t.Errorf("description %q, want the quoted, neutralised question first", d)
			}
		}},
		{"find-in-notes-not-in-notes", fmt.Sprintf(`{"id":"9","type":2,"token":"t",%s,"data":{"name":"Find in notes","type":3,"target_id":"77","resolved":{"messages":{"77":{"id":"77","channel_id":"2","author":{"id":"5"},"content":"bananas"}}}}}`, inGuild), func(t *testing.T, f *fixture, resp *Response) {
			wantNotFound(t, resp, "What is Critical and Emerging Technologies Partnership?", "Historical Background", "Key Points")
		}},
		{"find-in-notes-unresolved", fmt.Sprintf(`{"id":"9","type":2,"token":"t",%s,"data":{"name":"Find in notes","type":3,"target_id":"77"}}`, inGuild), wantEphemeral(msgNoText)},
		{"find-in-notes-empty", fmt.Sprintf(`{"id":"9","type":2,"token":"t",%s,"data":{"name":"Find in notes","type":3,"target_id":"77","resolved":{"messages":{"77":{"id":"77","channel_id":"2","content":""}}}}}`, inGuild), wantEphemeral(msgNoText)},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			resp, err := f.bot.Interaction(t.Context(), decode(t, tt.in))
			if err != nil {
				t.Fatalf("Interaction: %v", err)
			}
			checkResponse(t, resp)
			tt.check(t, f, resp)
			recordInteraction(t, tt.name, tt.in, resp)
		})
	}
}

// recordInteraction compares an interaction and its response with
// testdata/interactions/<name>.txtar.
func recordInteraction(t *testing.T, name, in string, resp *Response) {
	t.Helper()
	ar := &txtar.Archive{Files: []txtar.File{
		{Name: "interaction.json", Data: mustJSON(t, json.RawMessage(in))},
		{Name: "response.json", Data: mustJSON(t, resp)},
	}}
	golden(t, filepath.Join("testdata", "interactions", name+".txtar"), txtar.Format(ar))
}

// TestAutocompleteOneDocument: when the notes hold one document, choices
// do not repeat its title, and its title's words tell no choice apart.
func TestAutocompleteOneDocument(t *testing.T) {
	c, err := corpus.New(testCorpus(t).Docs[0])
	if err != nil {
		t.Fatal(err)
	}
	b := New(&fakeSearcher{c: c}, c, Options{})
	tests := []struct {
		name, typed string
		first       string // the first choice's name
	}{
		{"autocomplete-one-document-empty", "", "What is Critical and Emerging Technologies Partnership?"},
		{"autocomplete-one-document-heading", "key po", "Key Points"},
		{"autocomplete-one-document-text", "cybersecurity", "Key Points › 6"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			in := autocomplete(tt.typed)
			resp, err := b.Interaction(t.Context(), decode(t, in))
			if err != nil {
				t.Fatal(err)
			}
			checkResponse(t, resp)
			cs := resp.Data.Choices
			if len(cs) == 0 || cs[0].Name != tt.first {
				t.Errorf("choices %+v, want %q first", cs, tt.first)
			}
			for _, ch := range cs {
				if strings.HasPrefix(ch.Name, "Critical and") && !strings.HasPrefix(ch.Name, "What is") {
					t.Errorf("choice %q names the only document", ch.Name)
				}
			}
			recordInteraction(t, tt.name, in, resp)
		})
	}
}

// TestAutocompleteNumberedSections: sections the notes number are offered
// with their numbers, and found by them.
func TestAutocompleteNumberedSections(t *testing.T) {
	d, err := corpus.Parse("solar.txt", []byte("SOLAR MISSION\n\n1. Introduction\nA mission to study the Sun.\n\n2. Payloads\nSeven instruments.\n\n3. Objectives\nStudy the corona.\n"))
	if err != nil {
		t.Fatal(err)
	}
	c, err := corpus.New(d)
	if err != nil {
		t.Fatal(err)
	}
	b := New(&fakeSearcher{c: c}, c, Options{})
	for typed, want := range map[string]string{"": "1. Introduction", "2": "2. Payloads", "3 obj": "3. Objectives"} {
		resp, err := b.Interaction(t.Context(), decode(t, autocomplete(typed)))
		if err != nil {
			t.Fatal(err)
		}
		if cs := resp.Data.Choices; len(cs) == 0 || cs[0].Name != want {
			t.Errorf("%q: choices %+v, want %q first", typed, cs, want)
		}
	}
}

func wantPublicAnswer(t *testing.T, resp *Response, title string) {
	t.Helper()
	if resp.Type != ResponseMessage || isEphemeral(resp) || len(resp.Data.Embeds) != 1 {
		t.Fatalf("response %s, want a public answer", mustJSON(t, resp))
	}
	if e := resp.Data.Embeds[0]; title != "" && e.Title != title {
		t.Errorf("answer titled %q, want %q", e.Title, title)
	}
}

// wantNotFound checks a "not in the notes" reply: for the asker alone, with
// a button for each closest section, labelled with its heading.
func wantNotFound(t *testing.T, resp *Response, labels ...string) {
	t.Helper()
	if resp.Type != ResponseMessage || !isEphemeral(resp) || len(resp.Data.Embeds) != 1 || resp.Data.Embeds[0].Title != "Not in the notes" {
		t.Fatalf("response %s, want Not in the notes, ephemeral", mustJSON(t, resp))
	}
	var got []string
	for _, c := range resp.Data.Components[0].Components {
		got = append(got, c.Label)
	}
	if fmt.Sprint(got) != fmt.Sprint(labels) {
		t.Errorf("buttons %q, want %q", got, labels)
	}
}

// wantResultPage checks a page of "More results": the result'th result,
// counted in the footer, with Previous (disabled on the first page of
// results, the second result) and Next.
func wantResultPage(t *testing.T, resp *Response, typ ResponseType, result int) {
	t.Helper()
	if resp.Type != typ || (typ == ResponseMessage && !isEphemeral(resp)) || len(resp.Data.Embeds) != 1 {
		t.Fatalf("response %s, want type %d, for the presser alone", mustJSON(t, resp), typ)
	}
	if foot := resp.Data.Embeds[0].Footer.Text; !strings.Contains(foot, fmt.Sprintf("result %d of ", result)) {
		t.Errorf("footer %q, want result %d", foot, result)
	}
	row := resp.Data.Components[0].Components
	if len(row) != 3 || row[0].Label != "◀ Previous" || row[1].Label != "Next ▶" || row[2].Label != "Whole section" || row[0].Disabled != (result == 2) {
		t.Errorf("buttons %+v, want Previous (disabled on result 2), Next, Whole section", row)
	}
}

func wantEphemeral(msg string) func(*testing.T, *fixture, *Response) {
	return func(t *testing.T, f *fixture, resp *Response) {
		t.Helper()
		if resp.Type != ResponseMessage || !isEphemeral(resp) || resp.Data.Content != msg {
			t.Errorf("response %s, want ephemeral %q", mustJSON(t, resp), msg)
		}
	}
}

func TestInteractionErrors(t *testing.T) {
	f := newFixture(t)
	if _, err := f.bot.Interaction(t.Context(), nil); err == nil {
		t.Error("Interaction(nil) = nil error")
	}
	resp, err := f.bot.Interaction(t.Context(), decode(t, cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"why does it fail"}]`)))
	if err == nil || resp != nil || !strings.Contains(err.Error(), "index is closed") {
		t.Errorf("Interaction(failing search) = %v, %v; want nil and the search error", resp, err)
	}
	checkResponse(t, Failure(InteractionCommand))
	if !isEphemeral(Failure(InteractionCommand)) {
		t.Error("Failure() is not ephemeral")
	}
}

func TestRateLimit(t *testing.T) {
	f := newFixture(t)
	ask := func(who string) *Response {
		t.Helper()
		resp, err := f.bot.Interaction(t.Context(), decode(t, cmd(who, "ask", `[{"name":"question","type":3,"value":"quantum qubits"}]`)))
		if err != nil {
			t.Fatal(err)
		}
		checkResponse(t, resp)
		return resp
	}
	limited := func(r *Response) bool { return isEphemeral(r) && r.Data.Content == msgRateLimited }
	for i := range 5 {
		if limited(ask(inGuild)) {
			t.Fatalf("question %d limited, want 5 allowed", i+1)
		}
	}
	if !limited(ask(inGuild)) {
		t.Fatal("6th question within the window allowed")
	}
	if limited(ask(inDM)) {
		t.Error("another user is limited too")
	}
	// What searches or ranks free text counts; the rest does not.
	interact := func(in string) *Response {
		t.Helper()
		resp, err := f.bot.Interaction(t.Context(), decode(t, in))
		if err != nil {
			t.Fatalf("Interaction(%s): %v", in, err)
		}
		checkResponse(t, resp)
		return resp
	}
	for _, tt := range []struct{ name, in string }{
		{"More results", button("more:1:quantum qubits", "null")},
		{"/lookup with free text", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"zzz unknown words"}]`)},
		{"/lookup with free text naming a section", cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"computing key points"}]`)},
		{"Find in notes", findInNotes(inGuild, "how do qubits work?")},
	} {
		if resp := interact(tt.in); !limited(resp) {
			t.Errorf("%s = %s, want limited", tt.name, mustJSON(t, resp))
		}
	}
	for _, in := range []string{
		cmd(inGuild, "fact", "null"),
		button("section:quantum-computing/key-points", "null"),
		cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":"quantum-computing/key-points"}]`), // picked from the list
	} {
		if resp := interact(in); limited(resp) {
			t.Errorf("%s limited", in)
		}
	}
	if resp := interact(autocomplete("key")); len(resp.Data.Choices) == 0 {
		t.Errorf("autocomplete for a user out of questions = %s, want choices (it has a limit of its own)", mustJSON(t, resp))
	}
	f.clock.advance(6 * time.Second) // one token: 30 s / 5
	if limited(ask(inGuild)) {
		t.Error("question after 6 s limited, want one allowed")
	}
	if !limited(ask(inGuild)) {
		t.Error("second question after 6 s allowed")
	}
	f.clock.advance(30 * time.Second)
	for i := range 5 {
		if limited(ask(inGuild)) {
			t.Fatalf("question %d after a full window limited", i+1)
		}
	}
}

func TestMessage(t *testing.T) {
	const self = "999"
	tests := []struct {
		name     string
		msg      string
		want     bool
		question string // what was searched; "" for none
		content  string // the reply's content
	}{
		{"mention", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4"},"content":"<@999> what are quantum qubits?"}`, true, "what are quantum qubits?", ""},
		{"nick mention", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4"},"content":"hey <@!999>, quantum qubits?"}`, true, "hey , quantum qubits?", ""},
		{"mentions list", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4"},"content":"quantum qubits","mentions":[{"id":"999"}]}`, true, "quantum qubits", ""},
		{"dm", `{"id":"1","channel_id":"2","author":{"id":"4"},"content":"quantum qubits"}`, true, "quantum qubits", ""},
		{"not addressed", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4"},"content":"quantum qubits <@1000>"}`, false, "", ""},
		{"bot author", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4","bot":true},"content":"<@999> quantum"}`, false, "", ""},
		{"own message", `{"id":"1","channel_id":"2","author":{"id":"999"},"content":"quantum"}`, false, "", ""},
		{"no author", `{"id":"1","channel_id":"2","content":"<@999> quantum"}`, false, "", ""},
		{"only a mention", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4"},"content":"  <@999>  "}`, true, "", "Ask me a question about the notes, e.g. what is Critical and Emerging Technologies Partnership? — `/help` tells you more."},
		{"search fails", `{"id":"1","channel_id":"2","guild_id":"3","author":{"id":"4"},"content":"<@999> fail"}`, true, "fail", msgFailure},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t)
			var m Message
			if err := json.Unmarshal([]byte(tt.msg), &m); err != nil {
				t.Fatal(err)
			}
			got, ok := f.bot.Message(t.Context(), &m, self)
			if ok != tt.want {
				t.Fatalf("Message(%s) ok = %v, want %v", tt.msg, ok, tt.want)
			}
			asked := f.search.asked()
			if (tt.question == "") != (len(asked) == 0) || (len(asked) > 0 && asked[0] != tt.question) {
				t.Errorf("searched %q, want %q", asked, tt.question)
			}
			if !ok {
				return
			}
			checkSend(t, got, &m)
			if got.Content != tt.content {
				t.Errorf("content %q, want %q", got.Content, tt.content)
			}
			if tt.content == "" && len(got.Embeds) != 1 {
				t.Errorf("reply %s, want an answer embed", mustJSON(t, got))
			}
		})
	}
	t.Run("nil", func(t *testing.T) {
		f := newFixture(t)
		if _, ok := f.bot.Message(t.Context(), nil, self); ok {
			t.Error("Message(nil) answered")
		}
	})
}

// checkSend fails tb unless s replies to m, pinging nobody.
func checkSend(tb testing.TB, s *MessageSend, m *Message) {
	tb.Helper()
	b := mustJSON(tb, s)
	if s.AllowedMentions == nil || s.AllowedMentions.Parse == nil || len(s.AllowedMentions.Parse) != 0 || s.AllowedMentions.Users != nil || s.AllowedMentions.RepliedUser {
		tb.Errorf("reply %s pings someone", b)
	}
	if ref := s.MessageReference; ref == nil || ref.MessageID != m.ID || ref.ChannelID != m.ChannelID || ref.FailIfNotExists {
		tb.Errorf("reply %s does not reference message %s", b, m.ID)
	}
	if err := discordLimits.check(reply{content: s.Content, embeds: s.Embeds, components: s.Components}); err != nil {
		tb.Errorf("reply %s: %v", b, err)
	}
}

// TestMessageRateLimit: a user who asks too fast is told once, then ignored
// until a question is allowed again.
func TestMessageRateLimit(t *testing.T) {
	f := newFixture(t)
	m := &Message{ID: "1", ChannelID: "2", GuildID: "3", Author: &User{ID: "4"}, Content: "<@9> quantum qubits"}
	for i := range 5 {
		s, ok := f.bot.Message(t.Context(), m, "9")
		if !ok || len(s.Embeds) != 1 {
			t.Fatalf("question %d: ok %v, reply %s; want an answer", i+1, ok, mustJSON(t, s))
		}
	}
	s, ok := f.bot.Message(t.Context(), m, "9")
	if !ok || s.Content != msgRateLimited {
		t.Fatalf("6th question: ok %v, reply %s; want the slow-down note", ok, mustJSON(t, s))
	}
	checkSend(t, s, m)
	if s, ok := f.bot.Message(t.Context(), m, "9"); ok {
		t.Fatalf("7th question answered %s, want silence", mustJSON(t, s))
	}
	f.clock.advance(6 * time.Second)
	if s, ok := f.bot.Message(t.Context(), m, "9"); !ok || len(s.Embeds) != 1 {
		t.Errorf("after 6 s: ok %v, want an answer", ok)
	}
	if s, ok := f.bot.Message(t.Context(), m, "9"); !ok || s.Content != msgRateLimited {
		t.Errorf("again limited: ok %v, want the note once more", ok)
	}
}

// TestConcurrent runs handlers from many goroutines, for the race detector.
func TestConcurrent(t *testing.T) {
	f := newFixture(t)
	ins := []string{
		cmd(inGuild, "ask", `[{"name":"question","type":3,"value":"quantum qubits"}]`),
		cmd(inDM, "fact", `null`),
		autocomplete("key"),
		button("more:1:critical minerals", "null"),
	}
	var wg sync.WaitGroup
	for i := range 40 {
		in := decode(t, ins[i%len(ins)]) // here: only the test's goroutine may fail it
		wg.Go(func() {
			if _, err := f.bot.Interaction(t.Context(), in); err != nil {
				t.Error(err)
			}
			f.bot.Message(t.Context(), &Message{ID: "1", Author: &User{ID: fmt.Sprint(i)}, Content: "qubits"}, "9")
		})
	}
	wg.Wait()
}

// TestNoPanic feeds truncated and mangled versions of every interaction we
// know to the handlers.
func TestNoPanic(t *testing.T) {
	f := newFixture(t)
	var bodies []string
	files, err := filepath.Glob("testdata/payloads/*.json")
	if err != nil || len(files) == 0 {
		t.Fatalf("no payloads in testdata/payloads: %v", err)
	}
	for _, file := range files {
		b, err := os.ReadFile(file)
		if err != nil {
			t.Fatal(err)
		}
		bodies = append(bodies, string(b))
	}
	bodies = append(bodies,
		cmd(inGuild, "ask", `[{"name":"question","type":3}]`),
		cmd(inGuild, "ask", `[{"name":"question","type":3,"value":null}]`),
		cmd(inGuild, "lookup", `[{"name":"section","type":3,"value":["a"]}]`),
		`{"type":2,"data":{"name":"Find in notes","type":3,"resolved":{"messages":{}}}}`,
		`{"type":3,"data":{"custom_id":"more:"}}`,
		`{"type":3,"data":{"custom_id":"more:-1:x"}}`,
		`{"type":3,"data":{"custom_id":"section#"}}`,
		`{"type":3,"data":{"custom_id":":"}}`,
		`{"type":3,"message":{"embeds":[{"footer":null}]},"data":{"custom_id":"more:0:"}}`,
		`{"type":3,"message":{"embeds":[]},"data":{"custom_id":"more:2:x"}}`,
		`{"type":4}`,
		`{"type":4,"data":{"name":"lookup"}}`,
		`{}`,
	)
	for i, body := range bodies {
		var in Interaction
		if err := json.Unmarshal([]byte(body), &in); err != nil {
			t.Fatalf("body %d: %v", i, err)
		}
		resp, err := f.bot.Interaction(t.Context(), &in)
		if err != nil {
			t.Errorf("body %d: %v", i, err)
			continue
		}
		checkResponse(t, resp)
	}
}

func TestNewDefaults(t *testing.T) {
	b := New(&fakeSearcher{}, nil, Options{})
	resp, err := b.Interaction(t.Context(), decode(t, cmd(inGuild, "fact", "null")))
	if err != nil || !isEphemeral(resp) || resp.Data.Content != msgNoNotes {
		t.Errorf("/fact without notes = %s, %v; want %q", mustJSON(t, resp), err, msgNoNotes)
	}
	resp, err = b.Interaction(t.Context(), decode(t, autocomplete("")))
	if err != nil {
		t.Fatalf("autocomplete without notes: %v", err)
	}
	checkResponse(t, resp)
	if resp.Type != ResponseAutocompleteResult || len(resp.Data.Choices) != 0 {
		t.Errorf("autocomplete without notes = %s, want an empty list", mustJSON(t, resp))
	}
}
