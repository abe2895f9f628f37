package main

import (
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
)

const cetpID = "critical-and-emerging-technologies-partnership"

// command is /name with options, from user 1001 in server 42.
func command(name string, options ...map[string]any) map[string]any {
	in := askInteraction("0", "")
	in["data"] = map[string]any{"id": "1", "name": name, "type": 1, "options": options}
	return in
}

func option(name string, typ int, value any) map[string]any {
	return map[string]any{"name": name, "type": typ, "value": value}
}

// press is a button press by user 1001 on a message with embeds and flags,
// answering user 1001.
func press(customID string, embeds []bot.Embed, flags int) map[string]any {
	in := pressInteraction("0", customID, "1001", "1001", embeds)
	in["message"].(map[string]any)["flags"] = flags
	return in
}

// buttons are a response's buttons but the 👍/👎 of feedback (tested in
// feedback_e2e_test.go).
func buttons(r bot.Response) []bot.Component {
	var out []bot.Component
	for _, row := range r.Data.Components {
		for _, c := range row.Components {
			if !strings.HasPrefix(c.CustomID, "vote:") {
				out = append(out, c)
			}
		}
	}
	return out
}

func ephemeral(r bot.Response) bool {
	return r.Data != nil && r.Data.Flags&bot.MessageFlagEphemeral != 0
}

// checkManners holds, through one edge, the Discord manners of issue 13
// on the embedded notes: what is public and what is for the presser alone,
// paging "More results", related passages, /lookup, /help and
// autocomplete.
func checkManners(t *testing.T, answer func(in map[string]any) bot.Response) {
	t.Helper()
	// The answer is public; its footer counts nothing it does not show.
	first := answer(askInteraction("0", "technology transfer challenges"))
	if first.Type != bot.ResponseMessage || ephemeral(first) || len(first.Data.Embeds) != 1 {
		t.Fatalf("/ask = %+v, want a public answer", first)
	}
	e := first.Data.Embeds[0]
	if e.Title != "Critical and Emerging Technologies Partnership › Frequently Asked Questions › 5" ||
		!strings.HasPrefix(e.Description, "**In the context of Critical and Emerging Technologies Partnerships, what is 'technology transfer,'") ||
		strings.Count(e.Description, "what is 'technology transfer,'") != 1 {
		t.Errorf("answer %q: %q, want FAQ 5 with its question once, in bold", e.Title, e.Description)
	}
	if strings.Contains(e.Footer.Text, " of ") || !strings.Contains(e.Footer.Text, "· Q: technology transfer challenges") {
		t.Errorf("footer %q, want the question and no count of results", e.Footer.Text)
	}
	bs := buttons(first)
	if len(bs) != 4 || bs[0].Label != "More results" || bs[1].Label != "Whole section" || bs[2].Label != "Definition" ||
		!strings.HasPrefix(bs[3].CustomID, "passage:") {
		t.Fatalf("buttons %+v, want More results, Whole section, and the related Definition and another passage", bs)
	}

	// More results: the second result, for the presser alone, even the asker.
	more := answer(press(bs[0].CustomID, first.Data.Embeds, 0))
	if more.Type != bot.ResponseMessage || !ephemeral(more) || !strings.Contains(more.Data.Embeds[0].Footer.Text, "result 2 of 10") ||
		more.Data.Embeds[0].Title != "Critical and Emerging Technologies Partnership › Definition" {
		t.Fatalf("More results = %+v, want result 2 of 10 for the presser alone", more)
	}
	mb := buttons(more)
	if len(mb) != 3 || !mb[0].Disabled || mb[1].Disabled || mb[1].CustomID != "page:2:technology transfer challenges" {
		t.Fatalf("More results buttons %+v, want Previous (disabled), Next, Whole section", mb)
	}
	// Next turns that private page in place.
	next := answer(press(mb[1].CustomID, more.Data.Embeds, bot.MessageFlagEphemeral))
	if next.Type != bot.ResponseUpdateMessage || !strings.Contains(next.Data.Embeds[0].Footer.Text, "result 3 of 10") {
		t.Errorf("Next = %+v, want result 3 of 10 in place", next)
	}
	// A related passage opens privately.
	rel := answer(press(bs[3].CustomID, first.Data.Embeds, 0))
	if rel.Type != bot.ResponseMessage || !ephemeral(rel) || rel.Data.Embeds[0].Title != "Critical and Emerging Technologies Partnership › "+bs[3].Label {
		t.Errorf("related button = %+v, want %s for the presser alone", rel, bs[3].Label)
	}

	// Not in the notes: for the asker alone, sections labelled short.
	miss := answer(askInteraction("0", "who is the prime minister of japan"))
	if miss.Type != bot.ResponseMessage || !ephemeral(miss) || miss.Data.Embeds[0].Title != "Not in the notes" {
		t.Fatalf("/ask off the notes = %+v, want Not in the notes, ephemeral", miss)
	}
	for _, b := range buttons(miss) {
		if strings.Contains(b.Label, "Partnership") || strings.Contains(b.Label, "›") {
			t.Errorf("suggestion labelled %q, want the section alone", b.Label)
		}
	}

	// /lookup shows a section and a passage alike: public unless hide.
	for _, tt := range []struct {
		value string
		hide  bool
		title string
	}{
		{cetpID + "/key-points", false, "Critical and Emerging Technologies Partnership › Key Points"},
		{cetpID + "/key-points", true, "Critical and Emerging Technologies Partnership › Key Points"},
		{cetpID + "/key-points/6", false, "Critical and Emerging Technologies Partnership › Key Points › 6"},
		{cetpID + "/key-points/6", true, "Critical and Emerging Technologies Partnership › Key Points › 6"},
	} {
		opts := []map[string]any{option("section", 3, tt.value)}
		if tt.hide {
			opts = append(opts, option("hide", 5, true))
		}
		r := answer(command("lookup", opts...))
		if r.Type != bot.ResponseMessage || ephemeral(r) != tt.hide || r.Data.Embeds[0].Title != tt.title {
			t.Errorf("/lookup %s hide:%v = %+v, want %q, ephemeral %v", tt.value, tt.hide, r, tt.title, tt.hide)
		}
	}

	// /help, for the asker alone, counts the notes.
	help := answer(command("help"))
	if !ephemeral(help) || len(help.Data.Embeds) != 1 || len(help.Data.Embeds[0].Fields) != 3 ||
		!strings.HasPrefix(help.Data.Embeds[0].Fields[2].Value, "1 document, ") {
		t.Errorf("/help = %+v, want it ephemeral, counting one document", help)
	}

	// Autocomplete, as the README promises: headings, numbers, typos and the
	// passages' own words, named without the only document's title.
	for _, tt := range []struct{ typed, first, also string }{
		{"key po", "Key Points", "Key Points › 1"},
		{"faq 4", "Frequently Asked Questions › 4 · How do", ""},
		{"recnt develpments", "Recent Developments", "Recent Developments › 1"},
		{"cybersecurity", "Key Points › 6", "Recent Developments › 4"},
	} {
		ac := command("lookup", map[string]any{"name": "section", "type": 3, "value": tt.typed, "focused": true})
		ac["type"] = 4
		r := answer(ac)
		if r.Type != bot.ResponseAutocompleteResult || r.Data == nil || len(r.Data.Choices) == 0 || !strings.HasPrefix(r.Data.Choices[0].Name, tt.first) {
			t.Errorf("autocomplete %q = %+v, want %q first", tt.typed, r, tt.first)
			continue
		}
		also := tt.also == ""
		for _, c := range r.Data.Choices {
			also = also || c.Name == tt.also
			if strings.HasPrefix(c.Name, "Critical and Emerging") {
				t.Errorf("autocomplete %q: choice %q names the only document", tt.typed, c.Name)
			}
		}
		if !also {
			t.Errorf("autocomplete %q = %+v, want %q among the choices", tt.typed, r.Data.Choices, tt.also)
		}
	}
}

// TestServeMannersOverGateway holds the manners over the gateway, and
// welcomes a server the bot joins when bot.welcome is set.
func TestServeMannersOverGateway(t *testing.T) {
	fd := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{"42"}})
	answer := gatewayEdge(t, fd, map[string]string{"CONCEPTBOT_BOT_WELCOME": "true"})
	checkManners(t, answer)

	if err := fd.Dispatch("GUILD_CREATE", map[string]any{"id": "42", "system_channel_id": "70", "joined_at": time.Now().Format(time.RFC3339)}); err != nil {
		t.Fatal(err)
	}
	if err := fd.Dispatch("GUILD_CREATE", map[string]any{"id": "43", "system_channel_id": "71", "joined_at": time.Now().Format(time.RFC3339)}); err != nil {
		t.Fatal(err)
	}
	r := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
		return r.Method == http.MethodPost && r.Path == "/api/v9/channels/71/messages"
	})
	if !strings.Contains(string(r.Body), "Hello! I answer questions from the notes") || !strings.Contains(string(r.Body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("welcome %s, want the welcome, pinging nobody", r.Body)
	}
	for _, r := range fd.Requests() {
		if r.Path == "/api/v9/channels/70/messages" {
			t.Errorf("welcome posted in server 42, which READY listed: %s", r.Body)
		}
	}
}

// TestServeMannersOverHTTP holds the manners through the signed HTTP
// interactions endpoint.
func TestServeMannersOverHTTP(t *testing.T) {
	checkManners(t, httpEdge(t, nil))
}
