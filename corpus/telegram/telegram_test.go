package telegram_test

import (
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/telegram"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

func parse(t *testing.T, name string, data []byte) *corpus.Document {
	t.Helper()
	d, err := corpus.Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	return d
}

func passages(d *corpus.Document) []string {
	var out []string
	for _, p := range d.Passages {
		out = append(out, fmt.Sprintf("%s (line %d): %s", p.Citation(), p.Line, p.Text))
	}
	return out
}

// TestExport reads a channel's export, as result.json and as messages.html:
// a post a section, named by its hashtag, its first line in bold or its
// date; notices, stickers and the chat's own name left out; a photo's
// caption, a forwarded post (beside its sender's picture) and a poll kept;
// each passage at the line of
// the file its message starts on. Both files give the same passages.
func TestExport(t *testing.T) {
	want := map[string][]int{ // citation → line of result.json, of messages.html
		"Polity Capsule › Topic of the week: Anti-defection law": {18, 54},
		"Polity Capsule › Concept › Tenth Schedule › 1":          {43, 86},
		"Polity Capsule › Concept › Tenth Schedule › 2":          {43, 86},
		"Polity Capsule › Fact (12 Mar 2024, 08:05)":             {59, 110},
		"Polity Capsule › Post of 13 Mar 2024, 12:10":            {91, 182},
		"Polity Capsule › Poll (17 Mar 2024, 18:00)":             {109, 242},
	}
	var texts [][]string
	for k, name := range []string{"result.json", "messages.html"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			t.Fatal(err)
		}
		if !telegram.IsExport(data) || corpus.FormatOf(data) != "Telegram chat export" {
			t.Fatalf("%s is not told a Telegram export (format %q)", name, corpus.FormatOf(data))
		}
		d := parse(t, name, data)
		if d.Title != "Polity Capsule" || d.Subtitle != "UPSC" {
			t.Errorf("%s: title %q, subtitle %q; want the channel's name", name, d.Title, d.Subtitle)
		}
		var got []string
		for _, p := range d.Passages {
			lines, ok := want[p.Citation()]
			if !ok {
				t.Errorf("%s: passage %s not wanted: %q", name, p.Citation(), p.Text)
				continue
			}
			if p.Line != lines[k] {
				t.Errorf("%s: %s at line %d, want %d", name, p.Citation(), p.Line, lines[k])
			}
			got = append(got, p.Citation()+": "+p.Text)
		}
		if len(got) != len(want) {
			t.Errorf("%s: %d passages, want %d:\n%s", name, len(got), len(want), strings.Join(passages(d), "\n"))
		}
		all := strings.Join(got, "\n")
		for _, s := range []string{"Added by the 52nd Amendment Act, 1985.", "Forwarded from Court Watch", "open to judicial review.",
			"Who decides a defection petition in the Lok Sabha?\n- The President\n- The Speaker", "The 91st Amendment Act, 2003"} {
			if !strings.Contains(all, s) {
				t.Errorf("%s: no passage says %q:\n%s", name, s, all)
			}
		}
		texts = append(texts, got)
	}
	if !slices.Equal(texts[0], texts[1]) {
		t.Errorf("result.json and messages.html read differently:\n%s\n--\n%s", strings.Join(texts[0], "\n"), strings.Join(texts[1], "\n"))
	}
}

// TestExportBadInput: what is not a chat's export, or is broken, is told
// so, at its line where there is one.
func TestExportBadInput(t *testing.T) {
	data, err := os.ReadFile("testdata/result.json")
	if err != nil {
		t.Fatal(err)
	}
	for _, tc := range []struct {
		name, data, want string
	}{
		{"other.json", `{"type": "settings", "messages": 3}`, `"messages" is not a list`},
		{"account.json", `{"about": "Here is the data you requested.", "chats": {"about": "", "list": []}}`, "whole Telegram account, with 0 chats"},
		{"accounts.json", `{"about": "Here is the data you requested.", "chats": {"about": "", "list": [` +
			`{"name": "A", "type": "public_channel", "messages": [{"id": 1, "type": "message", "date": "2025-01-01T10:00:00", "text": "Article 32 is the right to constitutional remedies."}]},` +
			`{"name": "B", "type": "public_channel", "messages": [{"id": 1, "type": "message", "date": "2025-01-02T10:00:00", "text": "Article 226 gives the High Courts writ powers."}]}]}}`, "whole Telegram account, with 2 chats"},
		{"cut.json", string(data[:len(data)/2]), "broken JSON"},
		{"empty.json", `{"name": "X", "type": "private_group", "messages": []}`, "no messages with text"},
		{"list.json", `[1, 2, 3]`, "not a chat exported from Telegram"},
		{"page.html", `<!DOCTYPE html><html><body><div class="page_body chat_page"><div class="history"></div></div></body></html>`, "no messages"},
	} {
		t.Run(tc.name, func(t *testing.T) {
			_, err := corpus.Parse(tc.name, []byte(tc.data))
			var es corpus.Errors
			if !errors.As(err, &es) || !strings.Contains(err.Error(), tc.want) || !strings.Contains(err.Error(), tc.name) {
				t.Errorf("Parse(%s) = %v, want an error about %q", tc.name, err, tc.want)
			}
		})
	}
	_, err = corpus.Parse("cut.json", data[:len(data)/2])
	if !strings.Contains(err.Error(), "line ") {
		t.Errorf("a cut export's error %q says no line", err)
	}
}

// TestAccountExport: the export of a whole account that holds one channel
// with messages (beside chats with none) is read as that channel's.
func TestAccountExport(t *testing.T) {
	data := `{"about": "Here is the data you requested.",` + "\n" + ` "chats": {"about": "This page lists all chats from this export.",` + "\n" + ` "list": [` + "\n" +
		`  {"name": "Saved Messages", "type": "saved_messages", "id": 1, "messages": []},` + "\n" +
		`  {"name": "Krantikari Itihas", "type": "public_channel", "id": 2, "messages": [` + "\n" +
		`   {"id": 1, "type": "message", "date": "2025-08-09T09:00:00", "from": "Krantikari Itihas", "text": "The Kakori train action took place on 9 August 1925 near Lucknow."},` + "\n" +
		`   {"id": 2, "type": "message", "date": "2025-08-10T09:00:00", "from": "Krantikari Itihas", "text": "Ram Prasad Bismil was hanged at Gorakhpur on 19 December 1927."}]}]}}`
	d := parse(t, "result.json", []byte(data))
	var text strings.Builder
	for _, p := range d.Passages {
		text.WriteString(p.Text + "\n")
	}
	if d.Title != "Krantikari Itihas" || !strings.Contains(text.String(), "near Lucknow") || !strings.Contains(text.String(), "Bismil was hanged") {
		t.Errorf("title %q, passages %+v; want the channel's two posts", d.Title, d.Passages)
	}
}

// TestGroupExport: a group's messages read as a chat: a section a day, a
// topic message heading the messages after it, a question with another
// member's reply one passage, chatter left out, the group's name the title.
func TestGroupExport(t *testing.T) {
	data, err := os.ReadFile("testdata/group.json")
	if err != nil {
		t.Fatal(err)
	}
	d := parse(t, "group.json", data)
	got := passages(d)
	want := []string{
		"UPSC Polity Group 2025 › 6 Jan 2025 › Anti-defection law notes (Riya) › 1 (line 8): Riya: The Tenth Schedule was added by the 52nd Amendment in 1985.\n- a member who gives up party membership is disqualified\n- so is one who defies the whip",
		"UPSC Polity Group 2025 › 6 Jan 2025 › Anti-defection law notes (Riya) › 2 (line 9): Who decides a disqualification petition?\nRiya: The Speaker or the Chairman, subject to judicial review (Kihoto Hollohan, 1992).",
		"UPSC Polity Group 2025 › 7 Jan 2025 (line 12): Meera: Merger exception: two-thirds of the legislature party must agree to merge.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGroupExportHTML: a messages.html whose messages have more than one
// sender is a group's, read as a chat.
func TestGroupExportHTML(t *testing.T) {
	page := htmlExport("Economy Doubts",
		htmlMessage(1, "03.02.2025 10:00:00", "Riya", "Repo rate is the rate at which the RBI lends to banks overnight.")+
			htmlMessage(2, "03.02.2025 10:05:00", "Arjun", "What is the reverse repo rate?")+
			htmlMessage(3, "03.02.2025 10:06:00", "Riya", "The rate at which the RBI borrows from banks."))
	d := parse(t, "messages.html", []byte(page))
	got := passages(d)
	want := []string{"Economy Doubts › 3 Feb 2025 › 1 (line 4): Riya: Repo rate is the rate at which the RBI lends to banks overnight.",
		"Economy Doubts › 3 Feb 2025 › 2 (line 5): What is the reverse repo rate?\nRiya: The rate at which the RBI borrows from banks."}
	if !slices.Equal(got, want) {
		t.Errorf("got\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestGroupNotesHeadings: notes a member posts in a group, each message
// headed by a line in bold (<strong> in messages.html, a "bold" entity in
// result.json, an emoji before it or not), are read as notes: the bold line
// heads a section under the day, and its lines, 🔹-bulleted, giving a term
// an arrow to its meaning or plain (a chat never wraps a line), are a
// passage each. They were all one passage of the day, cited by its date.
func TestGroupNotesHeadings(t *testing.T) {
	notes := []struct{ emoji, head, lines string }{
		{"📌 ", "Part 1: Simla Deputation", "🔹 1 Oct 1906: 35 Muslim leaders led by Aga Khan III met Lord Minto at Simla.\n🔹 They asked for separate electorates and weightage."},
		{"", "Part 2: Key terms of the Act", "Weightage ➡️ more seats than the population share\nSeparate electorate ➡️ Muslims alone vote for Muslim seats"},
		{"", "Part 3: Article 370 said", "370(1)(a) – Article 238 did not apply to J&K\n370(1)(b) – Parliament could make laws only on the subjects of the accession"},
	}
	history := htmlMessage(1, "14.03.2024 20:00:00", "Riya", "Notes tonight on the Morley-Minto reforms") +
		htmlMessage(2, "14.03.2024 20:01:00", "Arjun", "thanks sir")
	type m = map[string]any
	messages := []m{
		{"id": 1, "type": "message", "date": "2024-03-14T20:00:00", "from": "Riya", "text": "Notes tonight on the Morley-Minto reforms"},
		{"id": 2, "type": "message", "date": "2024-03-14T20:01:00", "from": "Arjun", "text": "thanks sir"},
	}
	for k, n := range notes {
		when := fmt.Sprintf("2024-03-14T20:1%d:00", k)
		history += htmlMessage(3+k, fmt.Sprintf("14.03.2024 20:1%d:00", k), "Admin", n.emoji+"<strong>"+n.head+"</strong><br><br>"+strings.ReplaceAll(n.lines, "\n", "<br>"))
		messages = append(messages, m{"id": 3 + k, "type": "message", "date": when, "from": "Admin", "text": []any{n.emoji, m{"type": "bold", "text": n.head}, "\n\n" + n.lines}})
	}
	page := htmlExport("History Group", history)
	js, err := json.MarshalIndent(m{"name": "History Group", "type": "private_group", "id": 1, "messages": messages}, "", " ")
	if err != nil {
		t.Fatal(err)
	}
	for name, data := range map[string]string{"messages.html": page, "result.json": string(js)} {
		d := parse(t, name, []byte(data))
		bySection := map[string][]string{}
		for _, p := range d.Passages {
			if len(p.Section) >= 2 {
				bySection[p.Section[1]] = append(bySection[p.Section[1]], p.Text)
			}
		}
		for _, n := range notes {
			if got, want := len(bySection[n.head+" (Admin)"]), len(strings.Split(n.lines, "\n")); got != want { // its writer's notes
				t.Errorf("%s: %d passages under %q, want %d, a line each:\n%s", name, got, n.head, want, strings.Join(passages(d), "\n"))
			}
		}
	}
}

// htmlExport is the messages.html Telegram Desktop exports of the chat
// named chat, its history the messages given.
func htmlExport(chat, history string) string {
	return `<!DOCTYPE html><html><head><title>Exported Data</title></head><body><div class="page_wrap"><div class="page_header"><div class="content"><div class="text bold">` + chat + `</div></div></div>` + "\n" +
		`<div class="page_body chat_page">` + "\n" + `<div class="history">` + "\n" + history + `</div></div></div></body></html>`
}

// htmlMessage is a message of messages.html.
func htmlMessage(id int, when, from, text string) string {
	return fmt.Sprintf(`<div class="message default clearfix" id="message%d"><div class="body"><div class="pull_right date details" title="%s UTC+05:30">x</div>`+
		`<div class="from_name">%s</div><div class="text">%s</div></div></div>`+"\n", id, when, from, text)
}

// TestFolderOfExports: in a folder, a .json that is no chat's export is
// skipped, not a problem; named on its own, it is one.
func TestFolderOfExports(t *testing.T) {
	dir := t.TempDir()
	data, err := os.ReadFile("testdata/result.json")
	if err != nil {
		t.Fatal(err)
	}
	settings := filepath.Join(dir, "settings.json")
	for name, body := range map[string][]byte{"result.json": data, "settings.json": []byte(`{"theme": "dark"}`)} {
		if err := os.WriteFile(filepath.Join(dir, name), body, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	rep, err := corpus.ReadPaths(t.Context(), []string{dir}, 0)
	if err != nil {
		t.Fatal(err)
	}
	if len(rep.Docs) != 1 || len(rep.Problems) != 0 || len(rep.Skipped) != 1 || rep.Skipped[0].Path != settings || rep.Skipped[0].Reason != "not a Telegram chat export" {
		t.Errorf("folder: %d documents, problems %v, skipped %+v; want the export read and settings.json skipped", len(rep.Docs), rep.Problems, rep.Skipped)
	}
	rep, err = corpus.ReadPaths(t.Context(), []string{settings}, 0)
	if err == nil && len(rep.Problems) == 0 {
		t.Errorf("settings.json named on its own: no problem (skipped %+v)", rep.Skipped)
	}
}

// TestSplitExport: the parts of a long chat, messages.html and
// messages2.html, are documents of their own names, the later one named
// from its first message's date.
func TestSplitExport(t *testing.T) {
	rep, err := corpus.ReadPaths(t.Context(), []string{"testdata/messages.html", "testdata/messages2.html"}, 0)
	if err != nil {
		t.Fatal(err)
	}
	var titles []string
	for _, d := range rep.Docs {
		titles = append(titles, d.Title)
	}
	if want := []string{"Polity Capsule", "Polity Capsule (from 18 Mar 2024)"}; !slices.Equal(titles, want) || len(rep.Problems) != 0 {
		t.Errorf("titles %q, problems %v; want %q", titles, rep.Problems, want)
	}
}

// TestChatWithoutHeaders: a chat of fewer messages than the text reader
// heads reads as the paragraphs of its messages, without their headers.
func TestChatWithoutHeaders(t *testing.T) {
	d := parse(t, "r.json", []byte(`{"name": "Economy notes", "type": "private_group", "messages": [
		{"id": 1, "type": "message", "date": "2024-05-01T10:00:00", "from": "Riya", "text": "Repo rate is the rate at which the RBI lends to banks."},
		{"id": 2, "type": "message", "date": "2024-05-01T10:02:00", "from": "Arjun", "text": "Reverse repo is the rate at which it borrows from them."}]}`))
	got := strings.Join(passages(d), "\n")
	if d.Title != "Economy notes" || !strings.Contains(got, "Repo rate is the rate at which the RBI lends to banks.") ||
		!strings.Contains(got, "Reverse repo is the rate") || strings.Contains(got, "Riya") {
		t.Errorf("got %q\n%s\nwant both messages' text, no header", d.Title, got)
	}
}

func FuzzConvert(f *testing.F) {
	for _, name := range []string{"result.json", "messages.html"} {
		data, err := os.ReadFile("testdata/" + name)
		if err != nil {
			f.Fatal(err)
		}
		f.Add(data)
	}
	f.Add([]byte(`{"type":"x","messages":[{"type":"message","text":[1,{"text":2},"a"]}]}`))
	f.Add([]byte(`{"name":"G","type":"private_group","messages":[{"type":"message","from":"A","text":"hi"},{"type":"message","from":"B","text":"yo"},` +
		`{"type":"message","from":"A","text":["📌 ",{"type":"bold","text":"Part 1: X"},"\n\nT ➡️ u\nV ➡️ w\n🔹 a\nplain line"]}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		d, err := corpus.Parse("fuzz.json", data)
		if err != nil {
			return
		}
		corpustest.Sound(t, d)
	})
}

// BenchmarkExport reads a channel of 20,000 posts exported as result.json
// (about 7 MB, near the corpus's 8 MiB limit on a file).
func BenchmarkExport(b *testing.B) {
	var sb strings.Builder
	sb.WriteString(`{"name": "Daily Current Affairs", "type": "public_channel", "id": 1, "messages": [`)
	for i := range 20_000 {
		if i > 0 {
			sb.WriteString(",")
		}
		fmt.Fprintf(&sb, "\n  {\n   \"id\": %d,\n   \"type\": \"message\",\n   \"date\": \"2024-%02d-%02dT%02d:%02d:00\",\n   \"from\": \"Daily Current Affairs\",\n   \"text\": [{\"type\": \"hashtag\", \"text\": \"#Topic%d\"}, \" Post %d\\nThe committee on item %d met in session %d and reported on the budget, the schemes and the rules for the year.\\nIts chair said the states would get their share by March.\"]\n  }", i+1, 1+i%12, 1+i%28, i%24, i%60, i%50, i, i, i)
	}
	sb.WriteString("\n ]\n}\n")
	data := []byte(sb.String())
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	for b.Loop() {
		d, err := corpus.Parse("result.json", data)
		if err != nil || len(d.Passages) < 20_000 {
			b.Fatalf("Parse: %v", err)
		}
	}
}

// TestPostsTitledInBold: a post opened by a line in bold over its text,
// after an emoji, with a remark in brackets after it, or forwarded from
// another channel, is the section that line names.
func TestPostsTitledInBold(t *testing.T) {
	post := func(day int, forwarded, text string) string {
		return fmt.Sprintf(`{"id": %d, "type": "message", "date": "2025-11-%02dT09:10:00", "from": "Polity Pulse", "forwarded_from": %q, "text": %s}`, day, day, forwarded, text)
	}
	data := `{"name": "Polity Pulse", "type": "public_channel", "id": 1, "messages": [` + strings.Join([]string{
		post(14, "", `["Welcome to the channel. One post a day."]`),
		post(15, "Daily CA Capsule", `["📰 ", {"type": "bold", "text": "DPDP Rules notified"}, "\nMeitY notified the rules on 14 Nov 2025.\nCritics fear it will shield assets."]`),
		post(16, "", `["🪜 ", {"type": "bold", "text": "Appeal ladder"}, " (flowchart)\nAfter the Commission only a writ lies."]`),
	}, ", ") + `]}`
	var got []string
	for _, p := range parse(t, "result.json", []byte(data)).Passages {
		got = append(got, p.Citation())
	}
	// (the first of the DPDP post's passages says whence it was forwarded)
	want := []string{"Polity Pulse › Post of 14 Nov 2025, 09:10", "Polity Pulse › DPDP Rules notified › 1", "Polity Pulse › DPDP Rules notified › 2",
		"Polity Pulse › DPDP Rules notified › 3", "Polity Pulse › Appeal ladder (flowchart)"}
	if !slices.Equal(got, want) {
		t.Errorf("citations\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestPostsInParts: a line in bold standing apart inside a post heads the
// points under it, as the post's own subheading; a post's title that
// names its GS paper ("(GS-3)") is its title all the same; a last line
// pointing elsewhere ("Full thread 👉 …") is the post's text.
func TestPostsInParts(t *testing.T) {
	post := func(day int, text string) string {
		return fmt.Sprintf(`{"id": %d, "type": "message", "date": "2025-06-%02dT09:10:00", "from": "Eco Notes", "text": %s}`, day, day, text)
	}
	data := `{"name": "Eco Notes", "type": "public_channel", "id": 1, "messages": [` + strings.Join([]string{
		post(2, `["📢 ", {"type": "bold", "text": "New series: MSP and pricing (GS-3)"}, "\n\nFive posts this week, one a day.\n"]`),
		post(3, `["🌾 ", {"type": "bold", "text": "Day 1: What is MSP"}, "\n\nMSP is the price the Govt stands ready to buy at.\n\n", {"type": "bold", "text": "CACP at a glance"}, "\n• Attached office of the Agriculture Ministry\n• Purely advisory, not statutory\n\nFull thread on our channel 👉 The Agri Ledger"]`),
		post(4, `["Day 2 is on the cost concepts."]`),
	}, ", ") + `]}`
	var got []string
	for _, p := range parse(t, "result.json", []byte(data)).Passages {
		got = append(got, p.Citation()+": "+p.Text)
	}
	want := []string{
		"Eco Notes › New series: MSP and pricing (GS-3): Five posts this week, one a day.",
		"Eco Notes › Day 1: What is MSP: MSP is the price the Govt stands ready to buy at.",
		"Eco Notes › Day 1: What is MSP › CACP at a glance › 1: - Attached office of the Agriculture Ministry\n- Purely advisory, not statutory",
		"Eco Notes › Day 1: What is MSP › CACP at a glance › 2: Full thread on our channel 👉 The Agri Ledger",
		"Eco Notes › Post of 4 Jun 2025, 09:10: Day 2 is on the cost concepts.",
	}
	if !slices.Equal(got, want) {
		t.Errorf("passages\n%s\nwant\n%s", strings.Join(got, "\n"), strings.Join(want, "\n"))
	}
}

// TestSavedMessages: the account's own "Saved Messages", which the export
// names not ("name": null), is titled as the app names it.
func TestSavedMessages(t *testing.T) {
	msg := func(id int, date, text string) string {
		return fmt.Sprintf(`{"id": %d, "type": "message", "date": "%s", "from": "Arshdeep Singh", "from_id": "user1", "text": "%s"}`, id, date, text)
	}
	data := `{"name": null, "type": "saved_messages", "id": 1, "messages": [` +
		msg(1, "2023-09-28T14:05:11", "M.S. Swaminathan, father of the Green Revolution in India, died on 28 Sep 2023.") + "," +
		msg(2, "2024-02-09T10:00:00", "Bharat Ratna 2024 went to M.S. Swaminathan and Chaudhary Charan Singh.") + "," +
		msg(3, "2024-02-19T09:00:00", "The five-year MSP contract offer for pulses, maize and cotton was rejected by the unions.") + `]}`
	if d := parse(t, "result.json", []byte(data)); d.Title != "Saved Messages" {
		t.Errorf("title %q, want Saved Messages", d.Title)
	}
}

// TestChannelWebPage: a channel's public page (t.me/s/…) saved by a
// browser is read as the channel's posts: a post titled in bold, one
// forwarded from another channel, a quiz with its options, a link's card
// with the page's title and description.
func TestChannelWebPage(t *testing.T) {
	post := func(id int, when, inner string) string {
		return fmt.Sprintf(`<div class="tgme_widget_message_wrap js-widget_message_wrap"><div class="tgme_widget_message js-widget_message" data-post="gs3decoded/%d">`+
			`<div class="tgme_widget_message_bubble"><div class="tgme_widget_message_author"><a class="tgme_widget_message_owner_name" href="https://t.me/gs3decoded"><span dir="auto">GS3 Decoded</span></a></div>%s`+
			`<div class="tgme_widget_message_footer"><span class="tgme_widget_message_views">9.1K</span><a class="tgme_widget_message_date" href="https://t.me/gs3decoded/%d"><time datetime="%s" class="time">10:12</time></a></div></div></div></div>`+"\n", id, inner, id, when)
	}
	page := `<!DOCTYPE html><html><head><title>GS3 Decoded – Telegram</title></head><body><div class="tgme_channel_info"><div class="tgme_channel_info_header_title"><span dir="auto">GS3 Decoded</span></div></div>` + "\n" +
		post(1847, "2025-02-01T11:58:40+00:00", `<div class="tgme_widget_message_forwarded_from">Forwarded from <a class="tgme_widget_message_forwarded_from_name" href="https://t.me/PIB_India/1"><span dir="auto">PIB India</span></a></div>`+
			`<div class="tgme_widget_message_text"><b>Nuclear Energy Mission</b><br/>At least 5 indigenously developed SMRs will be operational by 2033.</div>`) +
		post(1861, "2025-02-05T09:00:00+00:00", `<div class="tgme_widget_message_poll"><div class="tgme_widget_message_poll_question">Quick quiz: the operator's liability under the CLND Act is capped at</div>`+
			`<div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_text">₹500 crore</div></div><div class="tgme_widget_message_poll_option"><div class="tgme_widget_message_poll_option_text">₹1,500 crore</div></div></div>`) +
		post(1889, "2025-03-28T10:12:54+00:00", `<div class="tgme_widget_message_text">Holtec can now share its reactor design with Indian firms.</div><a class="tgme_widget_message_link_preview" href="https://example.org/holtec">`+
			`<div class="link_preview_site_name">World Nuclear News</div><div class="link_preview_title">US approval for Holtec SMR technology transfer</div><div class="link_preview_description">The US has let Holtec share its SMR-300 technology with three Indian companies.</div></a>`) +
		`</body></html>`
	d := parse(t, "channel.html", []byte(page))
	if d.Title != "GS3 Decoded" {
		t.Errorf("title %q", d.Title)
	}
	var got []string
	for _, p := range d.Passages {
		got = append(got, p.Text)
	}
	text := strings.Join(got, "\n")
	for _, want := range []string{"[Forwarded from PIB India]", "At least 5 indigenously developed SMRs will be operational by 2033.",
		"Poll: Quick quiz: the operator's liability under the CLND Act is capped at", "₹1,500 crore",
		"World Nuclear News: US approval for Holtec SMR technology transfer – The US has let Holtec share its SMR-300 technology with three Indian companies."} {
		if !strings.Contains(text, want) {
			t.Errorf("the passages lack %q:\n%s", want, text)
		}
	}
	if !slices.ContainsFunc(d.Passages, func(p corpus.Passage) bool {
		return strings.HasSuffix(p.Citation(), "› Nuclear Energy Mission") || strings.Contains(p.Citation(), "› Nuclear Energy Mission ›")
	}) {
		t.Errorf("no section is the post titled in bold: %v", d.Outline)
	}
}
