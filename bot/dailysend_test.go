package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/daily"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

func TestFactSenderErrors(t *testing.T) {
	p := testCorpus(t).Passages()[2]
	api := func(status int) error { return &APIError{Op: "send message to channel 401", Status: status} }
	tests := []struct {
		name        string
		err         error // what the gateway returns
		unavailable bool  // wraps daily.ErrChannelUnavailable
	}{
		{"sent", nil, false},
		{"forbidden", api(http.StatusForbidden), true},
		{"unknown channel", api(http.StatusNotFound), true},
		{"server error", api(http.StatusInternalServerError), false},
		{"rate limited", api(http.StatusTooManyRequests), false},
		{"no answer", &APIError{Op: "send message to channel 401", Err: context.DeadlineExceeded}, false},
		{"not an API error", errors.New("boom"), false},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			msgs := &fakeMessages{fail: func(string) error { return tt.err }}
			err := (&FactSender{Gateway: msgs}).SendFact(t.Context(), "401", p, "n0nce")
			switch {
			case tt.err == nil && err != nil:
				t.Fatalf("SendFact = %v, want nil", err)
			case tt.err != nil && !errors.Is(err, tt.err):
				t.Errorf("SendFact = %v, want it to wrap %v", err, tt.err)
			}
			if got := errors.Is(err, daily.ErrChannelUnavailable); got != tt.unavailable {
				t.Errorf("SendFact = %v: errors.Is(ErrChannelUnavailable) = %v, want %v", err, got, tt.unavailable)
			}
			sent := msgs.Sent()
			if len(sent) != 1 || sent[0].Channel != "401" || sent[0].Msg.Nonce != "n0nce" || !sent[0].Msg.EnforceNonce {
				t.Errorf("sent %+v, want one message to 401 with nonce n0nce enforced", sent)
			}
		})
	}
	if err := (&FactSender{}).SendFact(t.Context(), "401", p, "n"); err == nil {
		t.Error("SendFact without a gateway = nil, want an error")
	}
}

// TestFactMessage records the post of some passages in
// testdata/daily/fact-message.json and checks that the "Learn more" button
// of every passage's post opens its section.
func TestFactMessage(t *testing.T) {
	f := newFixture(t)
	s := &FactSender{}
	pick := map[string]bool{
		corpus.Slug(cetp) + "/frequently-asked-questions/1": true,
		corpus.Slug(cetp) + "/recent-developments/1":        true,
		corpus.Slug(cetp) + "/key-points/12":                true, // markdown and @everyone
		corpus.Slug(longTitle) + "/key-points/1":            true, // hashed custom_id
	}
	var recorded []*MessageSend
	for _, p := range f.corpus.Passages() {
		m := s.Message(p, "nonce")
		checkReply(t, discordLimits, reply{content: m.Content, embeds: m.Embeds, components: m.Components})
		if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 || !m.EnforceNonce || m.Nonce != "nonce" {
			t.Errorf("Message(%s) = %s, want parse [], nonce enforced", p.ID, mustJSON(t, m))
		}
		if len(m.Components) != 1 || len(m.Components[0].Components) != 1 {
			t.Fatalf("Message(%s) components %+v, want one button", p.ID, m.Components)
		}
		button := m.Components[0].Components[0]
		if button.Label != "Learn more" {
			t.Errorf("Message(%s) button %q, want Learn more", p.ID, button.Label)
		}
		resp, err := f.bot.Interaction(t.Context(), decode(t, fmt.Sprintf(`{"id":"9","type":3,"token":"t",%s,"data":{"custom_id":%q,"component_type":2}}`, inGuild, button.CustomID)))
		if err != nil {
			t.Fatal(err)
		}
		if !isEphemeral(resp) || len(resp.Data.Embeds) == 0 {
			t.Errorf("Learn more on %s (%s) = %s, want its section, ephemeral", p.ID, button.CustomID, mustJSON(t, resp))
		}
		if pick[p.ID] {
			recorded = append(recorded, m)
		}
	}
	if len(recorded) != len(pick) {
		t.Fatalf("found %d of the %d passages to record", len(recorded), len(pick))
	}
	golden(t, filepath.Join("testdata", "daily", "fact-message.json"), mustJSON(t, recorded))

	// Text at the limits is cut, never over them.
	huge := corpus.Passage{ID: "d/faq/1", DocID: "d", Doc: strings.Repeat("D", 400), Section: []string{"FAQ", "1"}, Kind: corpus.KindFAQ,
		Question: strings.Repeat("why? ", 100), Text: strings.Repeat("*a* <@1> ", 1000)}
	m := s.Message(huge, "n")
	checkReply(t, discordLimits, reply{embeds: m.Embeds, components: m.Components})
}

// lossySender passes messages on, and can lose the answer: the message is
// sent, but the caller gets an error, as when a connection drops after
// Discord created the message.
type lossySender struct {
	next MessageSender

	mu   sync.Mutex
	lose int      // how many answers to lose
	ids  []string // the IDs Discord answered with, lost ones included
}

func (l *lossySender) SendMessage(ctx context.Context, channelID string, msg *MessageSend) (string, error) {
	id, err := l.next.SendMessage(ctx, channelID, msg)
	l.mu.Lock()
	defer l.mu.Unlock()
	if err != nil {
		return id, err
	}
	l.ids = append(l.ids, id)
	if l.lose > 0 {
		l.lose--
		return "", errors.New("connection reset after the message was sent")
	}
	return id, nil
}

func (l *lossySender) loseNext() {
	l.mu.Lock()
	defer l.mu.Unlock()
	l.lose++
}

func (l *lossySender) IDs() []string {
	l.mu.Lock()
	defer l.mu.Unlock()
	return append([]string(nil), l.ids...)
}

// e2eWait bounds each wait of TestDailyEndToEnd, generous for a loaded
// machine under -race.
const e2eWait = 20 * time.Second

// TestDailyEndToEnd runs /daily through a real discordgo Gateway against
// fakediscord, with the real Bot and daily.Scheduler (on a fake clock):
// set, a refusal, now, the Learn more button, a scheduled post whose
// answer is lost and is retried with the same nonce, a 403 that pauses the
// schedule, status saying so, and set resuming it.
func TestDailyEndToEnd(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	var logs syncbuf.Buffer
	log := slog.New(slog.NewTextHandler(&logs, &slog.HandlerOptions{Level: slog.LevelDebug}))
	t.Cleanup(func() {
		if t.Failed() {
			t.Logf("log:\n%s", logs.String())
		}
	})

	// Construction order: sender, scheduler, bot, gateway; then the sender
	// gets the gateway, before Run and Open.
	c := testCorpus(t)
	clk := &dailyClock{now: dailyStart} // 08:00 in London
	facts := &FactSender{}
	sched := startScheduler(t, c, facts, daily.Options{Clock: clk, Rand: rand.New(rand.NewPCG(1, 2)), Logger: log})
	b := New(&fakeSearcher{c: c}, c, Options{Daily: sched, Logger: log})
	gw, err := NewGateway(GatewayConfig{Token: "test-token", RESTURL: srv.URL(), Logger: log}, b)
	if err != nil {
		t.Fatal(err)
	}
	lossy := &lossySender{next: gw}
	facts.Gateway = lossy
	t.Cleanup(func() { gw.Close(context.Background()) })
	ctx, cancel := context.WithTimeout(t.Context(), e2eWait)
	defer cancel()
	if err := gw.Open(ctx); err != nil {
		t.Fatalf("Open: %v", err)
	}

	for _, r := range srv.Requests() {
		if r.Method == "PUT" && !strings.Contains(string(r.Body), `"name":"daily"`) {
			t.Errorf("registered commands %s, want /daily among them", r.Body)
		}
	}

	n := 0
	interact := func(perms, sub, options string) *Response {
		t.Helper()
		n++
		id := fmt.Sprint(800 + n)
		body := fmt.Sprintf(`{"id":%q,"application_id":%q,"type":2,"token":"token-%s","guild_id":"300","channel_id":"400",`+
			`"member":{"user":{"id":"500","username":"ada"},"permissions":%q},`+
			`"data":{"id":"600","name":"daily","type":1,"options":[{"name":%q,"type":1,"options":%s}]}}`, id, srv.ApplicationID(), id, perms, sub, options)
		return dispatch(t, srv, id, body)
	}
	posts := func() []fakediscord.Request {
		var out []fakediscord.Request
		for _, r := range srv.Requests() {
			if r.Method == "POST" && r.Path == "/api/v9/channels/401/messages" {
				out = append(out, r)
			}
		}
		return out
	}
	// advance moves the clock to at until the channel has had want posts;
	// Run re-arms its timer after each change, so the clock is set again.
	advance := func(at time.Time, want int) {
		t.Helper()
		deadline := time.Now().Add(e2eWait)
		for len(posts()) < want {
			if time.Now().After(deadline) {
				t.Fatalf("at %v: %d posts, want %d", at, len(posts()), want)
			}
			clk.Set(at)
			time.Sleep(2 * time.Millisecond)
		}
	}
	status := func(cond func(daily.Status) bool) {
		t.Helper()
		deadline := time.Now().Add(e2eWait)
		for {
			st, err := sched.Status(t.Context(), "300")
			if err == nil && cond(st) {
				return
			}
			if time.Now().After(deadline) {
				t.Fatalf("Status = %+v, %v; not as wanted", st, err)
			}
			time.Sleep(2 * time.Millisecond)
		}
	}
	nonce := func(r fakediscord.Request) string {
		var m struct {
			Nonce        string `json:"nonce"`
			EnforceNonce bool   `json:"enforce_nonce"`
		}
		json.Unmarshal(r.Body, &m)
		if m.Nonce == "" || !m.EnforceNonce {
			t.Errorf("post %s, want a nonce with enforce_nonce", r.Body)
		}
		return m.Nonce
	}

	// A moderator sets up the daily facts.
	const set = `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"Europe/London"},{"name":"from","type":3,"value":"key points"}]`
	resp := interact(permManage, "set", set)
	if !isEphemeral(resp) || !strings.Contains(resp.Data.Content, "Saved.") || !strings.Contains(resp.Data.Content, "<t:1772442000:F>") {
		t.Fatalf("/daily set = %s, want it saved, ephemeral, first post at 09:00", mustJSON(t, resp))
	}
	// A member without Manage Server may not.
	if resp := interact("0", "set", set); !isEphemeral(resp) || resp.Data.Content != msgDailyForbidden {
		t.Errorf("/daily set without permission = %s, want a refusal", mustJSON(t, resp))
	}

	// /daily now posts the Fact of the day.
	resp = interact(permManage, "now", `[]`)
	if !isEphemeral(resp) || !strings.HasPrefix(resp.Data.Content, "Posted today's fact in <#401>") {
		t.Errorf("/daily now = %s, want posted", mustJSON(t, resp))
	}
	ps := posts()
	if len(ps) != 1 {
		t.Fatalf("%d posts after /daily now, want 1", len(ps))
	}
	var post MessageSend
	if err := json.Unmarshal(ps[0].Body, &post); err != nil {
		t.Fatal(err)
	}
	first := nonce(ps[0])
	if len(post.Embeds) != 1 || post.Embeds[0].Title != "Fact of the day" || post.AllowedMentions == nil || post.AllowedMentions.Parse == nil ||
		len(post.Components) != 1 || post.Components[0].Components[0].Label != "Learn more" {
		t.Errorf("post %s, want the Fact of the day with Learn more, pinging nobody", ps[0].Body)
	}
	if !strings.Contains(string(ps[0].Body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("post %s, want allowed_mentions parse []", ps[0].Body)
	}

	// Learn more shows the whole section.
	learn := post.Components[0].Components[0].CustomID
	resp = dispatch(t, srv, "850", fmt.Sprintf(`{"id":"850","application_id":%q,"type":3,"token":"token-850","guild_id":"300","channel_id":"401",`+
		`"member":{"user":{"id":"501"},"permissions":"0"},"data":{"custom_id":%q,"component_type":2}}`, srv.ApplicationID(), learn))
	if !isEphemeral(resp) || len(resp.Data.Embeds) == 0 || !strings.HasSuffix(resp.Data.Embeds[0].Title, "› Key Points") {
		t.Errorf("Learn more (%s) = %s, want the Key Points section, ephemeral", learn, mustJSON(t, resp))
	}

	// The next day's scheduled post reaches Discord, but its answer is
	// lost; the retry a minute later sends the same nonce and Discord
	// returns the first message instead of posting another.
	lossy.loseNext()
	advance(time.Date(2026, 3, 3, 9, 0, 0, 0, time.UTC), 2)
	status(func(st daily.Status) bool { return st.Retrying })
	advance(time.Date(2026, 3, 3, 9, 1, 0, 0, time.UTC), 3)
	status(func(st daily.Status) bool {
		return !st.Retrying && st.LastPost.Equal(time.Date(2026, 3, 3, 9, 1, 0, 0, time.UTC))
	})
	ps = posts()
	if a, b := nonce(ps[1]), nonce(ps[2]); a != b || a == first {
		t.Errorf("nonces of the lost post and its retry = %q, %q; want equal, and unlike the first day's %q", a, b, first)
	}
	if ids := lossy.IDs(); len(ids) != 3 || ids[1] != ids[2] || ids[0] == ids[1] {
		t.Errorf("message IDs %q, want the retry to return the lost post's message", ids)
	}

	// The bot loses access to the channel: the next post gets 403 and the
	// schedule pauses.
	srv.FailNext("POST", "/channels/401/", http.StatusForbidden, 1)
	advance(time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC), 4)
	status(func(st daily.Status) bool { return st.Paused })
	resp = interact(permManage, "status", `[]`)
	if !isEphemeral(resp) || !strings.Contains(resp.Data.Content, "**paused**: I can't post in the channel") || !strings.Contains(resp.Data.Content, "HTTP 403") {
		t.Errorf("/daily status = %s, want paused with the reason and the error", mustJSON(t, resp))
	}

	// /daily set resumes, and the paused post goes out with its nonce.
	resp = interact(permManage, "set", set)
	if !strings.Contains(resp.Data.Content, "**on**") {
		t.Errorf("/daily set after a pause = %s, want on", mustJSON(t, resp))
	}
	advance(time.Date(2026, 3, 4, 9, 0, 0, 0, time.UTC), 5)
	ps = posts()
	if a, b := nonce(ps[3]), nonce(ps[4]); a != b {
		t.Errorf("nonce of the resumed post %q, want the paused one's %q", b, a)
	}
	status(func(st daily.Status) bool { return !st.Paused && st.LastError == "" })
}

// dispatch sends an INTERACTION_CREATE with body and returns the callback
// the bot POSTs for it.
func dispatch(tb testing.TB, srv *fakediscord.Server, id, body string) *Response {
	tb.Helper()
	if err := srv.Dispatch("INTERACTION_CREATE", json.RawMessage(body)); err != nil {
		tb.Fatalf("Dispatch: %v", err)
	}
	r := srv.WaitRequest(tb, e2eWait, func(r fakediscord.Request) bool {
		return r.Method == "POST" && r.Path == "/api/v9/interactions/"+id+"/token-"+id+"/callback"
	})
	var resp Response
	if err := json.Unmarshal(r.Body, &resp); err != nil {
		tb.Fatalf("callback %s: %v", r.Body, err)
	}
	checkResponse(tb, &resp)
	return &resp
}
