package discordexport_test

import (
	"bytes"
	"fmt"
	"os"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/discordexport"
	_ "github.com/conceptbot/conceptbot/corpus/web"
	"github.com/conceptbot/conceptbot/internal/corpustest"
)

var unquotedRE = regexp.MustCompile(`\b(class|id)="([^" ]+)"`)

func read(t testing.TB, name string) []byte {
	t.Helper()
	data, err := os.ReadFile("testdata/" + name)
	if err != nil {
		t.Fatal(err)
	}
	return data
}

func passages(t *testing.T, name string, data []byte) (*corpus.Document, []string) {
	t.Helper()
	d, err := corpus.Parse(name, data)
	if err != nil {
		t.Fatalf("Parse(%s): %v", name, err)
	}
	var out []string
	for _, p := range d.Passages {
		out = append(out, p.Citation()+": "+p.Text)
	}
	return d, out
}

// TestExport reads a channel exported as JSON and as a web page: titled by
// the channel, a section a day, a notes message's Discord headings its
// sections (a "###" within the "##" over it), a question with another
// member's reply one passage, a quiz bot's card with its answer a
// paragraph under its title; a card that only asks, the pin notice,
// "thanks bhai", the attachment, the reactions and the link's preview
// left out. Both exports give the same passages, each at the line its
// message starts on.
func TestExport(t *testing.T) {
	want := []string{
		"polity-notes › 12 Oct 2025 › Anti-defection law (Meera (mod)) › 1: Added to the Constitution as the Tenth Schedule by the 52nd Amendment in 1985.",
		"polity-notes › 12 Oct 2025 › Anti-defection law (Meera (mod)) › 2: A member who gives up the party's membership is disqualified.",
		"polity-notes › 12 Oct 2025 › Anti-defection law (Meera (mod)) › 3: The Speaker or Chairman decides on disqualification.",
		"polity-notes › 12 Oct 2025 › Anti-defection law (Meera (mod)) › Exceptions: A merger needs two-thirds of the party's legislators (the 91st Amendment, 2003, removed the split exception).",
		"polity-notes › 13 Oct 2025 › 1: who decides disqualification under the tenth schedule?\nrohit_k: The presiding officer of the House decides, and since Kihoto Hollohan (1992) the decision is open to judicial review.",
		"polity-notes › 13 Oct 2025 › 2: rohit_k: Today's current affairs link",
		// a quiz bot's card, its answer's spoiler read
		"polity-notes › 13 Oct 2025 › Daily MCQ #12 (QuizBot): Which amendment added the Tenth Schedule? Options: (a) 42nd (b) 52nd Answer: (b) 52nd, in 1985",
	}
	lines := map[string][2]int{"channel.json": {21, 65}, "channel.html": {29, 61}, "minified.html": {29, 61}} // the notes', the question's
	for name, at := range lines {
		var data []byte
		if name == "minified.html" {
			// The tool minifies its pages: attributes without quotes.
			data = unquotedRE.ReplaceAll(read(t, "channel.html"), []byte("$1=$2"))
		} else {
			data = read(t, name)
		}
		if !discordexport.IsExport(data) || corpus.FormatOf(data) != "Discord chat export" {
			t.Fatalf("%s is not told a Discord export (format %q)", name, corpus.FormatOf(data))
		}
		d, got := passages(t, name, data)
		if !slices.Equal(got, want) {
			t.Errorf("%s: passages\n%s\nwant\n%s", name, strings.Join(got, "\n"), strings.Join(want, "\n"))
			continue
		}
		if d.Passages[0].Line != at[0] || d.Passages[4].Line != at[1] {
			t.Errorf("%s: the notes at line %d and the question at %d; want %d and %d", name, d.Passages[0].Line, d.Passages[4].Line, at[0], at[1])
		}
	}
}

// TestDayFirstDates reads a page whose timestamps a day-first
// --date-format wrote, with no full date to hover: the same days.
func TestDayFirstDates(t *testing.T) {
	page := regexp.MustCompile(` title="\w+day, [^"]*"`).ReplaceAllString(string(read(t, "channel.html")), "")
	page = regexp.MustCompile(`(\d{2})/(\d{2})/(\d{4}) (\d{1,2}):(\d{2}) [AP]M`).ReplaceAllString(page, "$2-$1-$3 $4:$5")
	_, got := passages(t, "dayfirst.html", []byte(page))
	days := map[string]bool{}
	for _, p := range got {
		days[strings.Split(p, " › ")[1]] = true
	}
	if !days["12 Oct 2025"] || !days["13 Oct 2025"] || len(days) != 2 {
		t.Errorf("days %v, want 12 and 13 Oct 2025:\n%s", days, strings.Join(got, "\n"))
	}
}

// TestForwarded: a message forwarded from another channel, which the page
// shows in a box of its own, is read as the message's text.
func TestForwarded(t *testing.T) {
	page := strings.Replace(string(read(t, "channel.html")),
		`<div class="chatlog__content chatlog__markdown">
<span class="chatlog__markdown-preserve"><!--wmm:ignore-->Today&#39;s current affairs link<!--/wmm:ignore--></span>
</div>`,
		`<div class="chatlog__forwarded"><div class="chatlog__forwarded-header"><em>Forwarded</em></div>`+
			`<div class="chatlog__forwarded-content chatlog__markdown"><span class="chatlog__markdown-preserve">The Speaker's decision on disqualification is open to judicial review.</span></div></div>`, 1)
	_, got := passages(t, "forwarded.html", []byte(page))
	if !slices.ContainsFunc(got, func(p string) bool {
		return strings.Contains(p, "rohit_k: The Speaker's decision on disqualification is open to judicial review.")
	}) {
		t.Errorf("the forwarded message is lost:\n%s", strings.Join(got, "\n"))
	}
}

// TestPlainContent reads a JSON export whose messages' Markdown the tool
// wrote as plain text (its default): the notes' words are all there, the
// bold and headings' marks gone.
func TestPlainContent(t *testing.T) {
	data := strings.ReplaceAll(string(read(t, "channel.json")), `## Anti-defection law\n`, `Anti-defection law notes:\n`)
	data = strings.ReplaceAll(data, `**Tenth Schedule**`, `Tenth Schedule`)
	_, got := passages(t, "plain.json", []byte(data))
	all := strings.Join(got, "\n")
	for _, w := range []string{"52nd Amendment in 1985", "gives up the party's membership", "Kihoto Hollohan (1992)"} {
		if !strings.Contains(all, w) {
			t.Errorf("%q lost:\n%s", w, all)
		}
	}
}

// TestNotAnExport leaves other JSON and web pages to their own readers, and
// says what is wrong with a broken or empty export.
func TestNotAnExport(t *testing.T) {
	for _, data := range []string{
		`{"name": "settings", "messages": []}`,
		"<!DOCTYPE html><html><body><h1>The chatlog__message-container class</h1><p>A page about exports.</p></body></html>",
	} {
		if discordexport.IsExport([]byte(data)) {
			t.Errorf("%.40q… told a Discord export", data)
		}
	}
	for data, want := range map[string]string{
		`{"guild": {"name": "G"}, "channel": {"name": "c"}, "messages": [{"type": "Default", "content": "x"`: "line 1: broken JSON",
		`{"guild": {"name": "G"}, "channel": {"name": "c"}, "messages": []}`:                                 "no messages with text",
		`{"guild": {"name": "G"}, "channel": {"name": "c"}, "messages": {}}`:                                 `"messages" is not a list`,
	} {
		_, err := discordexport.Convert([]byte(data))
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("Convert(%.50q…) = %v; want %q", data, err, want)
		}
	}
}

// TestManyMessages bounds an export's messages.
func TestManyMessages(t *testing.T) {
	var b strings.Builder
	b.WriteString(`{"guild": {"name": "G"}, "channel": {"name": "c"}, "messages": [`)
	for i := range discordexport.MaxMessages + 1 {
		if i > 0 {
			b.WriteByte(',')
		}
		fmt.Fprintf(&b, `{"type":"Default","content":"m"}`)
	}
	b.WriteString("]}")
	if _, err := discordexport.Convert([]byte(b.String())); err == nil || !strings.Contains(err.Error(), "too many messages") {
		t.Errorf("Convert(%d messages) = %v; want too many messages", discordexport.MaxMessages+1, err)
	}
}

// FuzzConvert reads exports as JSON and as pages: no panic, and what reads
// has unique IDs and citations.
func FuzzConvert(f *testing.F) {
	for _, name := range []string{"channel.json", "channel.html"} {
		data := read(f, name)
		f.Add(data)
		f.Add(unquotedRE.ReplaceAll(data, []byte("$1=$2")))
	}
	f.Add([]byte(`{"guild":{"name":"G"},"channel":{"name":"c"},"messages":[{"type":"Default","author":{"name":"a"},"content":"## H\n- x\n- y\ncontd 👇 (2000 char limit)"},{"type":"Default","author":{"name":"a"},"content":"(contd.)\n- z"}]}`))
	f.Fuzz(func(t *testing.T, data []byte) {
		name := "c.html"
		if trimmed := bytes.TrimSpace(data); len(trimmed) > 0 && trimmed[0] == '{' {
			name = "c.json"
		}
		d, err := corpus.Parse(name, data)
		if err != nil {
			return
		}
		corpustest.Sound(t, d)
	})
}

// TestAnswerCard: a quiz bot's card that gives its answer in its title
// ("Answer: (b) 52nd, in 1985") over why is kept as a card with an
// "Answer" field is.
func TestAnswerCard(t *testing.T) {
	data := read(t, "channel.json")
	data = bytes.Replace(data, []byte(`"title": "🧠 Daily MCQ #12"`), []byte(`"title": "Answer: (b) 52nd, in 1985"`), 1)
	data = bytes.Replace(data, []byte(`,
            { "name": "Answer", "value": "||(b) 52nd, in 1985||", "isInline": false }`), nil, 1)
	_, got := passages(t, "channel.json", data)
	if !slices.Contains(got, "polity-notes › 13 Oct 2025 › Answer: (b) 52nd, in 1985 (QuizBot): Which amendment added the Tenth Schedule? Options: (a) 42nd (b) 52nd") {
		t.Errorf("the card with its answer in its title is lost:\n%s", strings.Join(got, "\n"))
	}
}
