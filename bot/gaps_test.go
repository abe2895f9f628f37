package bot

import (
	"bytes"
	"encoding/csv"
	"fmt"
	"math/rand/v2"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/tools/txtar"

	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// sortedWords is a Normalizer for tests: a question's words of four
// letters or more, sorted. The index's own is tested in package index.
type sortedWords struct{}

func (sortedWords) QuestionKey(q string) string {
	var ws []string
	for _, w := range strings.Fields(fold(q)) {
		if len(w) > 3 && !slices.Contains(ws, w) {
			ws = append(ws, w)
		}
	}
	sort.Strings(ws)
	return strings.Join(ws, " ")
}

// gapsScenario asks and votes in servers 1 and 2.
func gapsScenario(t *testing.T, f *fbFixture) {
	t.Helper()
	n := 0
	ask := func(guild, user, q string) *Response {
		n++
		f.clock.advance(time.Hour)
		return f.do(t, "ask", askIn(snowflake(1300000000000001000+n), member(guild, user, "0"), q))
	}
	vote := func(resp *Response, guild, user string, up bool, note string) {
		u, d := voteButtons(t, resp)
		id := u
		if !up {
			id = d
		}
		n++
		r := f.do(t, "vote", press(snowflake(1300000000000001000+n), member(guild, user, "0"), id, nil))
		if note != "" {
			n++
			f.do(t, "why", submit(snowflake(1300000000000001000+n), member(guild, user, "0"), r.Data.CustomID, note))
		}
	}
	ask("1", "100", "bananas and apples")
	ask("1", "101", "Apples and bananas?")
	a := ask("1", "102", "What about supply chain resilience for critical minerals?")
	vote(a, "1", "100", false, "which minerals")
	vote(a, "1", "101", false, "")
	vote(a, "1", "102", true, "")
	q := ask("1", "103", "quantum qubits superposition")
	vote(q, "1", "100", true, "")
	ask("2", "100", "pineapples")
	ask("1", "104", "<@everyone> **bold** pineapples")
}

func snowflake(n int) string { return strconv.Itoa(n) }

// TestGaps: moderators see what the notes are missing in their own server,
// export it as CSV and clear it; nobody else can.
func TestGaps(t *testing.T) {
	f := newFeedbackFixture(t, feedback.Options{})
	ids := 0
	f.keeper = feedback.New(f.store, sortedWords{}, feedback.Options{Now: f.clock.now, Salt: func() string { return "SALT" },
		ID: func() string { ids++; return snowflake(1700000000000000000 + ids) }})
	f.bot = f.newBot(Options{RateLimit: 100})
	gapsScenario(t, f)
	f.steps = nil

	mod1, mod2 := member("1", "900", "32"), member("1", "900", "0")
	wantContent(t, f.do(t, "not-a-moderator", gapsCmd("1300000000000002001", mod2, "show")), msgGapsForbidden)
	wantContent(t, f.do(t, "in-a-dm", gapsCmd("1300000000000002002", inDM, "show")), msgGapsDM)

	show := f.do(t, "show", gapsCmd("1300000000000002003", mod1, "show"))
	if !isEphemeral(show) || len(show.Data.Embeds) != 1 {
		t.Fatalf("show = %s, want one ephemeral embed", mustJSON(t, show))
	}
	e := show.Data.Embeds[0]
	if !strings.Contains(e.Description, "**5** questions asked in the last 90 days; **3** not answered (60%). Votes: 2 👍, 2 👎.") {
		t.Errorf("description %q, want the totals and the share refused", e.Description)
	}
	if len(e.Fields) != 2 || !strings.HasPrefix(e.Fields[0].Value, "**2×** Apples and bananas? (+1 rewording)") ||
		!strings.Contains(e.Fields[1].Value, "**2 👎** 1 👍 What about supply chain resilience") ||
		!strings.Contains(e.Fields[1].Value, "looking for: “which minerals”") {
		t.Errorf("fields %+v, want the refusals grouped and the answer voted down", e.Fields)
	}
	if bytes.Contains(mustJSON(t, show), []byte("<@everyone>")) {
		t.Errorf("a question's mention is live: %s", e.Fields[0].Value)
	}

	other := f.do(t, "show-other-server", gapsCmd("1300000000000002004", member("2", "900", "8"), "show"))
	if v := other.Data.Embeds[0].Fields[0].Value; !strings.Contains(v, "pineapples") || strings.Contains(v, "bananas") || strings.Contains(v, "bold") {
		t.Errorf("server 2 sees %q, want its own question only", v)
	}

	if deferred := f.do(t, "export", gapsCmd("1300000000000002005", mod1, "export")); deferred.Type != ResponseDeferred {
		t.Fatalf("export = %s, want a deferred answer (an HTTP endpoint cannot return a file)", mustJSON(t, deferred))
	}
	export, files := f.edited(t, "t1300000000000002005")
	name := "gaps-1-" + f.clock.now().UTC().Format("2006-01-02") + ".csv"
	if len(files) != 1 || files[name] == nil || !strings.Contains(export.Data.Content, "3 questions refused or voted down") {
		t.Fatalf("export = %s with files %v, want the CSV file %s", mustJSON(t, export), files, name)
	}
	f.steps = append(f.steps, txtar.File{Name: "export.edit.json", Data: mustJSON(t, export)})
	rows, err := csv.NewReader(bytes.NewReader(files[name])).ReadAll()
	if err != nil {
		t.Fatal(err)
	}
	if len(rows) != 4 || !slices.Equal(rows[0], feedback.CSVHeader) || !strings.HasPrefix(rows[1][0], "What about supply chain") ||
		rows[2][0] != "Apples and bananas?" || rows[2][1] != "bananas and apples" || rows[2][3] != "2" {
		t.Errorf("CSV rows %q, want the header and server 1's three gaps, worst (then latest) first", rows)
	}
	f.steps = append(f.steps, txtar.File{Name: name, Data: files[name]})

	confirm := f.do(t, "clear", gapsCmd("1300000000000002006", mod1, "clear"))
	if !strings.Contains(confirm.Data.Content, "Delete the 5 questions and 4 votes kept for this server?") || len(confirm.Data.Components) != 1 {
		t.Errorf("clear = %s, want a confirmation", mustJSON(t, confirm))
	}
	del := confirm.Data.Components[0].Components[0].CustomID
	wantContent(t, f.do(t, "delete-not-a-moderator", press("1300000000000002007", mod2, del, nil)), msgGapsForbidden)
	done := f.do(t, "delete", press("1300000000000002008", mod1, del, nil))
	if done.Type != ResponseUpdateMessage || done.Data.Content != "Deleted 5 questions and their votes." {
		t.Errorf("delete = %s, want the confirmation updated", mustJSON(t, done))
	}
	if n := len(f.kept(t, "1")); n != 0 {
		t.Errorf("%d answers kept after clearing", n)
	}
	if n := len(f.kept(t, "2")); n != 1 {
		t.Errorf("clearing server 1 left %d answers in server 2, want 1", n)
	}
	empty := f.do(t, "show-empty", gapsCmd("1300000000000002009", mod1, "show"))
	if len(empty.Data.Embeds[0].Fields) != 0 || len(empty.Data.Components) != 0 {
		t.Errorf("show after clearing = %s, want no lists and no buttons", mustJSON(t, empty))
	}
	wantContent(t, f.do(t, "clear-empty", gapsCmd("1300000000000002010", mod1, "clear")), "There is nothing to clear: no questions are kept for this server.")
	f.golden(t, "gaps")
}

// TestGapsOff: without feedback, /notes gaps says so.
func TestGapsOff(t *testing.T) {
	f := newFixture(t)
	resp, err := f.bot.Interaction(t.Context(), decode(t, gapsCmd("1300000000000002101", member("1", "900", "8"), "show")))
	if err != nil {
		t.Fatal(err)
	}
	wantContent(t, resp, msgGapsOff)
}

// TestGapsCommand: /notes gaps and its subcommands follow Discord's rules
// for names and descriptions.
func TestGapsCommand(t *testing.T) {
	var check func(path string, opts []CommandOption)
	check = func(path string, opts []CommandOption) {
		for _, o := range opts {
			if !nameRE.MatchString(o.Name) || strings.ToLower(o.Name) != o.Name {
				t.Errorf("option %s %s breaks Discord's name rule", path, o.Name)
			}
			if n := utf8.RuneCountInString(o.Description); n < 1 || n > 100 {
				t.Errorf("option %s %s: description of %d runes, want 1–100", path, o.Name, n)
			}
			check(path+" "+o.Name, o.Options)
		}
	}
	c := notesCommand()
	check("/"+c.Name, c.Options)
	g := gapsOption()
	if g.Type != CommandOptionSubcommandGroup || len(g.Options) != 3 {
		t.Errorf("gaps = %+v, want a group of three subcommands", g)
	}
	if c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != "32" || !slices.Equal(c.Contexts, []int{0}) {
		t.Errorf("/notes is for %v in contexts %v, want Manage Server (32) in servers", c.DefaultMemberPermissions, c.Contexts)
	}
}

// TestGapsFormatLimits: a report with many long gaps shows five of each,
// whole, within Discord's limits, for any limits.
func TestGapsFormatLimits(t *testing.T) {
	long := strings.Repeat("a very long question about *markdown* and <@123> ", 20)
	var rep feedback.Report
	rep.Asked, rep.Refused, rep.Up, rep.Down = 400, 123, 45, 67
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	for i := range 12 {
		rep.Gaps = append(rep.Gaps, feedback.Gap{
			Key: fmt.Sprint(i), Question: fmt.Sprint(i, long), Wordings: []string{"x", "y", "z"}, Asked: 20 - i, Refused: 10 - i%3, Down: i % 4,
			Last: now, Section: "doc/section", Citation: strings.Repeat("Title › ", 40) + "Heading", Notes: []string{long},
		})
	}
	for _, lim := range []limits{discordLimits, {content: 2000, title: 256, description: 4096, fieldName: 256, fieldValue: 400,
		fields: 25, footer: 2048, total: 6000, embeds: 10, customID: 100, label: 80, rowButtons: 5, rows: 5, choices: 25, choice: 100}} {
		r := formatter{lim: lim}.gaps(rep, 90*24*time.Hour)
		checkReply(t, lim, r)
		for _, f := range r.embeds[0].Fields {
			if n := strings.Count(f.Value, "· last <t:"); n < 1 || n > gapsList {
				t.Errorf("field %q lists %d gaps, want 1 to %d (value limit %d)", f.Name, n, gapsList, lim.fieldValue)
			}
		}
	}
}

// TestGapsWithServerNotes: in a server with notes of its own, an answer
// from them is kept and its gap names the closest section in them.
func TestGapsWithServerNotes(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{}, AttachmentOptions{})
	st, err := bolt.Open(filepath.Join(t.TempDir(), "feedback.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { st.Close() })
	wh, err := NewWebhooks(e.fd.URL())
	if err != nil {
		t.Fatal(err)
	}
	c := testCorpus(t)
	e.bot = New(&fakeSearcher{c: c}, c, Options{Rand: rand.NewPCG(1, 2), RateLimit: 1000, Notes: e.lib, Followups: wh,
		Attachments: AttachmentOptions{Hosts: []string{e.fd.AttachmentHost()}}, Feedback: feedback.New(st, nil, feedback.Options{})})
	e.add(t, "1", "zorblax.md", zorblaxDoc, false)
	in, _ := e.interaction(2, "1", "0", askData("who settles quasar disputes"))
	ans, _ := e.run(t, in)
	_, down := voteButtons(t, ans)
	in, _ = e.interaction(3, "1", "0", fmt.Sprintf(`{"custom_id":%q,"component_type":2}`, down))
	if r, err := e.bot.Interaction(t.Context(), in); err != nil || r.Type != ResponseModal {
		t.Fatalf("👎 = %+v, %v; want the modal", r, err)
	}
	show := func(guild string) string {
		in, _ := e.interaction(2, guild, permManage, `{"id":"6","name":"notes","type":1,"options":[{"name":"gaps","type":2,"options":[{"name":"show","type":1}]}]}`)
		r, _ := e.run(t, in)
		return shown(r)
	}
	if got := show("1"); !strings.Contains(got, "**1 👎** 0 👍 who settles quasar disputes") || !strings.Contains(got, "answered from: Zorblax Treaty › Key Points") {
		t.Errorf("/notes gaps show in server 1:\n%s\nwant the answer voted down, from the server's own document", got)
	}
	if got := show("2"); strings.Contains(got, "quasar") {
		t.Errorf("/notes gaps show in server 2:\n%s\nwant nothing of server 1", got)
	}
}
