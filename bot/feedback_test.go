package bot

import (
	"bytes"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"
	"unicode/utf8"

	"golang.org/x/tools/txtar"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// fbFixture is a bot with feedback kept in a real bbolt store, and a
// record of the interactions it answered, for a golden file.
type fbFixture struct {
	*fixture
	keeper *feedback.Keeper
	store  *bolt.Store
	fd     *fakediscord.Server // where deferred answers are edited
	wh     *Webhooks
	log    *syncbuf.Buffer
	obs    *countingObserver
	steps  []txtar.File
}

// countingObserver counts votes, as /metrics does.
type countingObserver struct {
	nopObserver
	mu       sync.Mutex
	up, down int
}

func (o *countingObserver) Voted(up bool) {
	o.mu.Lock()
	defer o.mu.Unlock()
	if up {
		o.up++
	} else {
		o.down++
	}
}

func (o *countingObserver) votes() (up, down int) {
	o.mu.Lock()
	defer o.mu.Unlock()
	return o.up, o.down
}

func newFeedbackFixture(tb testing.TB, opts feedback.Options) *fbFixture {
	tb.Helper()
	f := &fbFixture{fixture: newFixture(tb), log: &syncbuf.Buffer{}, obs: &countingObserver{}}
	s, err := bolt.Open(filepath.Join(tb.TempDir(), "conceptbot.db"), bolt.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { s.Close() })
	f.store = s
	salts, ids := 0, 0
	if opts.Salt == nil {
		opts.Salt = func() string { salts++; return fmt.Sprintf("SALT%d", salts) }
	}
	if opts.ID == nil {
		opts.ID = func() string { ids++; return fmt.Sprint(1700000000000000000 + ids) }
	}
	opts.Now = f.clock.now
	f.keeper = feedback.New(s, nil, opts)
	f.fd = fakediscord.New(tb)
	if f.wh, err = NewWebhooks(f.fd.URL()); err != nil {
		tb.Fatal(err)
	}
	f.bot = f.newBot(Options{})
	tb.Cleanup(func() {
		if tb.Failed() {
			tb.Logf("bot log:\n%s", f.log)
		}
	})
	return f
}

// newBot is a bot with the fixture's feedback, clock, observer, log and
// webhooks, and opts' other settings.
func (f *fbFixture) newBot(opts Options) *Bot {
	opts.Now, opts.Rand, opts.Feedback, opts.Observer, opts.Followups = f.clock.now, rand.NewPCG(1, 2), f.keeper, f.obs, f.wh
	opts.Logger = slog.New(slog.NewTextHandler(f.log, nil))
	return New(f.search, f.corpus, opts)
}

// edited waits for the edit of the deferred answer to the interaction
// with token, and returns it with its files.
func (f *fbFixture) edited(tb testing.TB, token string) (*Response, map[string][]byte) {
	tb.Helper()
	path := "/api/v9/webhooks/7/" + token + "/messages/@original"
	r := f.fd.WaitRequest(tb, 10*time.Second, func(r fakediscord.Request) bool { return r.Method == "PATCH" && r.Path == path })
	payload, files, err := fakediscord.Multipart(r)
	if err != nil {
		tb.Fatal(err)
	}
	var data ResponseData
	if err := json.Unmarshal(payload, &data); err != nil {
		tb.Fatalf("edit %s: %v", payload, err)
	}
	data.Flags = MessageFlagEphemeral // kept from the deferred response
	resp := &Response{Type: ResponseMessage, Data: &data}
	checkResponse(tb, resp)
	return resp, files
}

// do answers the interaction in, checks the response and records both.
func (f *fbFixture) do(tb testing.TB, name, in string) *Response {
	tb.Helper()
	resp, err := f.bot.Interaction(tb.Context(), decode(tb, in))
	if err != nil {
		tb.Fatalf("%s: Interaction: %v", name, err)
	}
	switch resp.Type {
	case ResponseModal:
		checkModal(tb, resp)
	case ResponseDeferred:
		if resp.Data == nil || resp.Data.Flags != MessageFlagEphemeral {
			tb.Errorf("deferred response %s is not ephemeral", mustJSON(tb, resp))
		}
	default:
		checkResponse(tb, resp)
	}
	var pretty bytes.Buffer
	json.Indent(&pretty, []byte(in), "", "  ")
	f.steps = append(f.steps, txtar.File{Name: name + ".json", Data: append(pretty.Bytes(), '\n')}, txtar.File{Name: name + ".response.json", Data: mustJSON(tb, resp)})
	return resp
}

// golden compares the recorded interactions with testdata/feedback/name.txtar.
func (f *fbFixture) golden(tb testing.TB, name string) {
	tb.Helper()
	golden(tb, filepath.Join("testdata", "feedback", name+".txtar"), txtar.Format(&txtar.Archive{Files: f.steps}))
}

// checkModal fails tb unless resp is a modal within Discord's limits: a
// title of 1–45 characters, a custom_id of at most 100, 1–5 rows of one
// text input each, labels of 1–45 characters, max_length up to 4000.
func checkModal(tb testing.TB, resp *Response) {
	tb.Helper()
	d := resp.Data
	n := utf8.RuneCountInString
	if d == nil || n(d.Title) < 1 || n(d.Title) > 45 || d.CustomID == "" || n(d.CustomID) > 100 || len(d.Components) < 1 || len(d.Components) > 5 {
		tb.Fatalf("modal %s breaks Discord's limits", mustJSON(tb, resp))
	}
	for _, row := range d.Components {
		if row.Type != ComponentActionRow || len(row.Components) != 1 {
			tb.Fatalf("modal row %+v: want one text input", row)
		}
		ti := row.Components[0]
		if ti.Type != ComponentTextInput || n(ti.Label) < 1 || n(ti.Label) > 45 || ti.CustomID == "" || ti.MaxLength > 4000 || n(ti.Placeholder) > 100 {
			tb.Errorf("text input %+v breaks Discord's limits", ti)
		}
	}
}

// Interactions of the feedback tests. where is inGuild, inDM or member().
func member(guild, user, perms string) string {
	return fmt.Sprintf(`"guild_id":%q,"channel_id":"2","member":{"user":{"id":%q,"username":"u%s"},"permissions":%q}`, guild, user, user, perms)
}

func askIn(id, where, q string) string {
	return fmt.Sprintf(`{"id":%q,"application_id":"7","type":2,"token":"t%s",%s,"data":{"id":"5","name":"ask","type":1,"options":[{"name":"question","type":3,"value":%q}]}}`, id, id, where, q)
}

func press(id, where, customID string, message *Message) string {
	m := ""
	if message != nil {
		b, _ := json.Marshal(message)
		m = `"message":` + string(b) + ","
	}
	return fmt.Sprintf(`{"id":%q,"application_id":"7","type":3,"token":"t%s",%s,%s"data":{"custom_id":%q,"component_type":2}}`, id, id, where, m, customID)
}

func submit(id, where, customID, value string) string {
	return fmt.Sprintf(`{"id":%q,"application_id":"7","type":5,"token":"t%s",%s,"data":{"custom_id":%q,"components":[{"type":1,"components":[{"type":4,"custom_id":"why","value":%q}]}]}}`, id, id, where, customID, value)
}

func gapsCmd(id, where, sub string) string {
	return fmt.Sprintf(`{"id":%q,"application_id":"7","type":2,"token":"t%s",%s,"data":{"id":"6","name":"notes","type":1,"options":[{"name":"gaps","type":2,"options":[{"name":%q,"type":1}]}]}}`, id, id, where, sub)
}

// messageOf is the message a response posted, as a later button press
// carries it.
func messageOf(resp *Response, id string) *Message {
	return &Message{ID: id, ChannelID: "2", Embeds: resp.Data.Embeds, Components: resp.Data.Components, Flags: resp.Data.Flags}
}

// voteButtons returns the custom_ids of a response's 👍 and 👎, or fails.
func voteButtons(tb testing.TB, resp *Response) (up, down string) {
	tb.Helper()
	for _, row := range resp.Data.Components {
		for _, c := range row.Components {
			switch c.Label {
			case "👍":
				up = c.CustomID
			case "👎":
				down = c.CustomID
			}
		}
	}
	if up == "" || down == "" {
		tb.Fatalf("no vote buttons in %s", mustJSON(tb, resp))
	}
	return up, down
}

func hasVoteButtons(resp *Response) bool {
	for _, row := range resp.Data.Components {
		for _, c := range row.Components {
			if strings.HasPrefix(c.CustomID, customIDVote+":") {
				return true
			}
		}
	}
	return false
}

func wantContent(tb testing.TB, resp *Response, want string) {
	tb.Helper()
	if resp.Type != ResponseMessage || !isEphemeral(resp) || resp.Data.Content != want {
		tb.Errorf("response %s, want the ephemeral %q", mustJSON(tb, resp), want)
	}
}

// kept writes what was recorded and returns guild's answers.
func (f *fbFixture) kept(tb testing.TB, guild string) []store.FeedbackAnswer {
	tb.Helper()
	f.keeper.Flush(tb.Context())
	all, err := f.store.FeedbackAnswers(tb.Context(), guild, f.clock.now().AddDate(-1, 0, 0))
	if err != nil {
		tb.Fatal(err)
	}
	return all
}

// TestVotes: an answer carries 👍 and 👎; each person has one vote, which a
// second press changes; 👎 asks what they were looking for.
func TestVotes(t *testing.T) {
	f := newFeedbackFixture(t, feedback.Options{})
	ana, bo := member("1", "100", "0"), member("1", "101", "0")
	ans := f.do(t, "ask", askIn("1300000000000000001", ana, "What about supply chain resilience for critical minerals?"))
	up, down := voteButtons(t, ans)
	if up != "vote:up:1700000000000000001:SALT1" || down != "vote:down:1700000000000000001:SALT1" {
		t.Errorf("vote buttons %q, %q; want the answer's ID and salt", up, down)
	}
	// Votes need nothing of the message they are on: the custom_id has it
	// all.
	var msg *Message
	wantContent(t, f.do(t, "up", press("1300000000000000002", ana, up, msg)), msgVotedUp)
	wantContent(t, f.do(t, "up-again", press("1300000000000000003", ana, up, msg)), msgVotedUpAgain)
	modal := f.do(t, "down", press("1300000000000000004", ana, down, msg))
	if modal.Type != ResponseModal || modal.Data.CustomID != "why:1700000000000000001:SALT1" || modal.Data.Title != whyTitle {
		t.Errorf("👎 = %s, want the modal", mustJSON(t, modal))
	}
	if ti := modal.Data.Components[0].Components[0]; ti.Required == nil || *ti.Required || ti.MaxLength != feedback.MaxNote {
		t.Errorf("text input %+v, want optional, at most %d characters", ti, feedback.MaxNote)
	}
	wantContent(t, f.do(t, "why", submit("1300000000000000005", ana, modal.Data.CustomID, "  the minerals list  ")), msgNoted)
	wantContent(t, f.do(t, "up-other", press("1300000000000000006", bo, up, msg)), msgVotedUp)
	wantContent(t, f.do(t, "why-empty", submit("1300000000000000007", bo, modal.Data.CustomID, "   ")), msgNotedVote)
	wantContent(t, f.do(t, "why-after-up", submit("1300000000000000008", bo, modal.Data.CustomID, "something")), msgNoteUp)
	f.golden(t, "votes")

	kept := f.kept(t, "1")
	if len(kept) != 1 {
		t.Fatalf("kept %+v, want the one answer", kept)
	}
	a := kept[0]
	if a.ID != "1700000000000000001" || a.Question != "What about supply chain resilience for critical minerals?" || a.Refused ||
		a.Shape != "passage" || len(a.Passages) == 0 || a.Passages[0] != corpus0(f.fixture)+"/key-points/5" || a.Confidence <= 0 {
		t.Errorf("kept %+v, want the question, its shape, passages and confidence", a)
	}
	if up, down := a.Tally(); up != 1 || down != 1 {
		t.Errorf("%d up, %d down; want one vote each from two people", up, down)
	}
	for _, v := range a.Votes {
		if !v.Up && v.Note != "the minerals list" {
			t.Errorf("the 👎 has note %q, want the one typed", v.Note)
		}
		if strings.Contains(v.Voter, "100") || strings.Contains(v.Voter, "101") {
			t.Errorf("voter %q holds a user ID", v.Voter)
		}
	}
	if up, down := f.obs.votes(); up != 2 || down != 1 {
		t.Errorf("observed %d 👍 and %d 👎, want 2 and 1 (a repeated press does not count)", up, down)
	}
}

// TestVotesEverywhere: every answer to a question gets the buttons — /ask
// hidden or not, Find in notes, a free-text /lookup, a mention — and keeps
// them when its page turns; answers that are not to a question (/fact, a
// section) do not.
func TestVotesEverywhere(t *testing.T) {
	f := newFeedbackFixture(t, feedback.Options{})
	ana := member("1", "100", "0")
	hidden := f.do(t, "ask-hide", fmt.Sprintf(`{"id":"1300000000000000011","type":2,"token":"t",%s,"data":{"name":"ask","type":1,"options":[{"name":"question","type":3,"value":"supply chain resilience"},{"name":"hide","type":5,"value":true}]}}`, ana))
	if !isEphemeral(hidden) || !hasVoteButtons(hidden) {
		t.Errorf("a hidden answer: %s, want it with vote buttons", mustJSON(t, hidden))
	}
	find := f.do(t, "find", fmt.Sprintf(`{"id":"1300000000000000012","type":2,"token":"t",%s,"data":{"name":"Find in notes","type":3,"target_id":"77","resolved":{"messages":{"77":{"id":"77","channel_id":"2","content":"what is quantum computing and qubits?"}}}}}`, ana))
	lookup := f.do(t, "lookup", fmt.Sprintf(`{"id":"1300000000000000013","type":2,"token":"t",%s,"data":{"name":"lookup","type":1,"options":[{"name":"section","type":3,"value":"zzz qubits superposition fragile"}]}}`, ana))
	for name, resp := range map[string]*Response{"Find in notes": find, "free-text /lookup": lookup} {
		if !hasVoteButtons(resp) {
			t.Errorf("%s: %s, want vote buttons", name, mustJSON(t, resp))
		}
	}
	fact := f.do(t, "fact", fmt.Sprintf(`{"id":"1300000000000000014","type":2,"token":"t",%s,"data":{"name":"fact","type":1}}`, ana))
	section := f.do(t, "lookup-section", fmt.Sprintf(`{"id":"1300000000000000015","type":2,"token":"t",%s,"data":{"name":"lookup","type":1,"options":[{"name":"section","type":3,"value":"quantum-computing/definition"}]}}`, ana))
	for name, resp := range map[string]*Response{"/fact": fact, "a section": section} {
		if hasVoteButtons(resp) {
			t.Errorf("%s has vote buttons: %s", name, mustJSON(t, resp))
		}
	}

	// Turning the page keeps the answer's buttons, for the asker (in place)
	// and for someone else.
	ans := f.do(t, "ask", askIn("1300000000000000016", ana, "critical minerals supply chains partnership"))
	up, _ := voteButtons(t, ans)
	msg := messageOf(ans, "1400000000000000016")
	msg.InteractionMetadata = &InteractionMetadata{ID: "1300000000000000016", Type: 2, User: &User{ID: "100"}}
	for _, who := range []string{ana, member("1", "102", "0")} {
		var more string
		for _, c := range ans.Data.Components[0].Components {
			if strings.HasPrefix(c.CustomID, customIDMore+":") {
				more = c.CustomID
			}
		}
		next := f.do(t, "more", press("1300000000000000017", who, more, msg))
		if got, _ := voteButtons(t, next); got != up {
			t.Errorf("after More results the 👍 is %q, want the answer's %q", got, up)
		}
	}

	// A mention in a server is answered with the buttons, the answer known
	// by the message's ID.
	f.clock.advance(time.Minute) // past the rate limit
	send, ok := f.bot.Message(t.Context(), &Message{ID: "1500000000000000001", ChannelID: "2", GuildID: "1", Author: &User{ID: "100"},
		Content: "<@42> what is quantum computing and qubits?", Mentions: []User{{ID: "42"}}}, "42")
	if !ok || !hasVoteButtons(&Response{Data: &ResponseData{Components: send.Components}}) {
		t.Fatalf("mention answered %+v, want vote buttons", send)
	}
	if kept := f.kept(t, "1"); len(kept) != 5 {
		t.Errorf("kept %d answers, want 5 (turning a page is not a new answer)", len(kept))
	}
}

// TestVotesDirectMessages: nothing is kept from DMs, and their answers have
// no buttons, unless the operator allows it.
func TestVotesDirectMessages(t *testing.T) {
	for _, dms := range []bool{false, true} {
		t.Run(fmt.Sprint("dms=", dms), func(t *testing.T) {
			f := newFeedbackFixture(t, feedback.Options{DMs: dms})
			ans := f.do(t, "ask", askIn("1300000000000000021", inDM, "quantum qubits superposition"))
			send, _ := f.bot.Message(t.Context(), &Message{ID: "1500000000000000002", ChannelID: "3", Author: &User{ID: "200"}, Content: "what is quantum computing"}, "42")
			mention := &Response{Data: &ResponseData{Components: send.Components}}
			if hasVoteButtons(ans) != dms || hasVoteButtons(mention) != dms {
				t.Errorf("DM answers have vote buttons: %v, %v; want %v", hasVoteButtons(ans), hasVoteButtons(mention), dms)
			}
			if n := len(f.kept(t, store.FeedbackDM)); n != map[bool]int{false: 0, true: 2}[dms] {
				t.Errorf("%d answers kept from DMs with dms=%v", n, dms)
			}
			if !dms {
				return
			}
			up, _ := voteButtons(t, ans)
			wantContent(t, f.do(t, "up", fmt.Sprintf(`{"id":"1300000000000000022","type":3,"token":"t",%s,"data":{"custom_id":%q,"component_type":2}}`, inDM, up)), msgVotedUp)
			if a := f.kept(t, store.FeedbackDM)[0]; len(a.Votes) != 1 {
				t.Errorf("a DM vote kept as %+v", a.Votes)
			}
		})
	}
}

// TestVotesRefused: a press on an answer no longer kept, or with a broken
// custom_id, is answered politely.
func TestVotesRefused(t *testing.T) {
	f := newFeedbackFixture(t, feedback.Options{})
	ana := member("1", "100", "0")
	tests := []struct {
		name, customID, want string
	}{
		{"never kept", "vote:up:1300000000000000099:SALT9", msgVoteGone},
		{"no salt", "vote:up:1300000000000000099", msgExpired},
		{"not an ID", "vote:up:abc:SALT9", msgExpired},
		{"bad direction", "vote:sideways:1300000000000000099:SALT9", msgExpired},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			wantContent(t, f.do(t, "press", press("1300000000000000031", ana, tt.customID, nil)), tt.want)
		})
	}
	wantContent(t, f.do(t, "note", submit("1300000000000000032", ana, "why:1300000000000000099:SALT9", "x")), msgVoteGone)
	wantContent(t, f.do(t, "other modal", submit("1300000000000000033", ana, "cool_modal", "x")), msgUnknown)

	// Another server's press on this server's answer finds nothing.
	ans := f.do(t, "ask", askIn("1300000000000000034", ana, "supply chain resilience"))
	up, _ := voteButtons(t, ans)
	wantContent(t, f.do(t, "press elsewhere", press("1300000000000000035", member("2", "100", "0"), up, nil)), msgVoteGone)

	// Without feedback, buttons of before answer that they no longer work.
	plain := newFixture(t)
	resp, err := plain.bot.Interaction(t.Context(), decode(t, press("1300000000000000036", ana, up, nil)))
	if err != nil {
		t.Fatal(err)
	}
	wantContent(t, resp, msgExpired)
}

// TestVotesStoreDown: when the store fails, questions are still answered
// and a press says it could not be recorded; once writing has failed,
// answers go without buttons for a while.
func TestVotesStoreDown(t *testing.T) {
	f := newFeedbackFixture(t, feedback.Options{})
	ana := member("1", "100", "0")
	ans := f.do(t, "ask", askIn("1300000000000000041", ana, "supply chain resilience"))
	up, _ := voteButtons(t, ans)
	if err := f.store.Close(); err != nil {
		t.Fatal(err)
	}
	// The answer was queued before the store went: the press finds it
	// cannot be written, and says so.
	wantContent(t, f.do(t, "up", press("1300000000000000043", ana, up, nil)), msgVoteFailed)
	after := f.do(t, "ask", askIn("1300000000000000042", ana, "supply chain resilience"))
	if len(after.Data.Embeds) == 0 || hasVoteButtons(after) {
		t.Errorf("answer with the store down = %s, want the answer without buttons", mustJSON(t, after))
	}
}
