package bot

import (
	"context"
	"encoding/json"
	"fmt"
	"io"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/daily"
	"github.com/conceptbot/conceptbot/store/bolt"
	"golang.org/x/tools/txtar"
)

// dailyStart is when the handler tests run: 08:00 in London, an hour
// before the posts they set up.
var dailyStart = time.Date(2026, 3, 2, 8, 0, 0, 0, time.UTC)

// dailyClock is a daily.Clock that moves only when told to.
type dailyClock struct {
	mu     sync.Mutex
	now    time.Time
	timers []*dailyTimer
}

type dailyTimer struct {
	c  *dailyClock
	ch chan time.Time
	at time.Time
}

func (c *dailyClock) Now() time.Time {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.now
}

func (c *dailyClock) NewTimer(d time.Duration) daily.Timer {
	c.mu.Lock()
	defer c.mu.Unlock()
	t := &dailyTimer{c: c, ch: make(chan time.Time, 1), at: c.now.Add(d)}
	if d <= 0 {
		t.ch <- c.now
		return t
	}
	c.timers = append(c.timers, t)
	return t
}

// Set moves the clock to t and fires the timers due by then.
func (c *dailyClock) Set(t time.Time) {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.now = t
	c.timers = slices.DeleteFunc(c.timers, func(t *dailyTimer) bool {
		if t.at.After(c.now) {
			return false
		}
		t.ch <- c.now
		return true
	})
}

func (t *dailyTimer) C() <-chan time.Time { return t.ch }

func (t *dailyTimer) Stop() bool {
	t.c.mu.Lock()
	defer t.c.mu.Unlock()
	n := len(t.c.timers)
	t.c.timers = slices.DeleteFunc(t.c.timers, func(x *dailyTimer) bool { return x == t })
	return len(t.c.timers) < n
}

// sentMessage is a message fakeMessages was asked to post.
type sentMessage struct {
	Channel string
	Msg     MessageSend
}

// fakeMessages is a MessageSender that records what it is asked to post
// and fails when fail says so.
type fakeMessages struct {
	mu   sync.Mutex
	sent []sentMessage
	fail func(channel string) error
}

func (f *fakeMessages) SendMessage(ctx context.Context, channelID string, msg *MessageSend) (string, error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.sent = append(f.sent, sentMessage{channelID, *msg})
	if f.fail != nil {
		if err := f.fail(channelID); err != nil {
			return "", err
		}
	}
	return fmt.Sprint(1000 + len(f.sent)), nil
}

func (f *fakeMessages) setFail(fn func(string) error) {
	f.mu.Lock()
	defer f.mu.Unlock()
	f.fail = fn
}

func (f *fakeMessages) Sent() []sentMessage {
	f.mu.Lock()
	defer f.mu.Unlock()
	return slices.Clone(f.sent)
}

// failWith makes every send fail with an *APIError of status.
func failWith(status int) func(string) error {
	return func(channel string) error {
		return &APIError{Op: "send message to channel " + channel, Status: status, Message: "injected", Code: 1}
	}
}

// dailyEnv is a Bot with the real scheduler on a temporary store, a fake
// clock and a FactSender posting to fakeMessages.
type dailyEnv struct {
	clock *dailyClock
	msgs  *fakeMessages
	sched *daily.Scheduler
	bot   *Bot
}

func newDailyEnv(tb testing.TB) *dailyEnv {
	tb.Helper()
	c := testCorpus(tb)
	e := &dailyEnv{clock: &dailyClock{now: dailyStart}, msgs: &fakeMessages{}}
	e.sched = startScheduler(tb, c, &FactSender{Gateway: e.msgs}, daily.Options{
		Clock:  e.clock,
		Rand:   rand.New(rand.NewPCG(1, 2)),
		Logger: slog.New(slog.NewTextHandler(io.Discard, nil)),
	})
	e.bot = New(&fakeSearcher{c: c}, c, Options{Rand: rand.NewPCG(1, 2), Daily: e.sched})
	return e
}

// startScheduler runs a scheduler on a new bbolt store until the test
// ends, and waits until it leads, as it does at once with bbolt.
func startScheduler(tb testing.TB, c *corpus.Corpus, send daily.Sender, opts daily.Options) *daily.Scheduler {
	tb.Helper()
	st, err := bolt.Open(filepath.Join(tb.TempDir(), "conceptbot.db"), bolt.Options{Logger: opts.Logger})
	if err != nil {
		tb.Fatalf("bolt.Open: %v", err)
	}
	sched, err := daily.New(st, c, send, opts)
	if err != nil {
		tb.Fatalf("daily.New: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	ran := make(chan error, 1)
	go func() { ran <- sched.Run(ctx) }()
	tb.Cleanup(func() {
		cancel()
		select {
		case err := <-ran:
			if err != nil {
				tb.Errorf("Run: %v", err)
			}
		case <-time.After(20 * time.Second):
			tb.Error("Run did not return within 20 s of its context ending")
		}
		st.Close()
	})
	for deadline := time.Now().Add(e2eWait); !sched.Leading(); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			tb.Fatal("the scheduler did not take the lead")
		}
	}
	return sched
}

// run answers an interaction and checks the response is well formed.
func (e *dailyEnv) run(tb testing.TB, body string) *Response {
	tb.Helper()
	resp, err := e.bot.Interaction(tb.Context(), decode(tb, body))
	if err != nil {
		tb.Fatalf("Interaction(%s): %v", body, err)
	}
	checkResponse(tb, resp)
	return resp
}

// Interaction bodies. Member permissions: 32 is Manage Server, 8
// Administrator, 8192 Manage Messages.
const (
	permManage = "32"
	setLondon  = `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"Europe/London"}]`
)

// daily builds /daily <sub> with options (JSON) from a member with perms,
// in server 1.
func dailyCmd(perms, sub, options string) string {
	return dailyCmdResolved(perms, sub, options, "")
}

// dailyCmdResolved is dailyCmd with data.resolved (JSON, "" for none).
func dailyCmdResolved(perms, sub, options, resolved string) string {
	if resolved != "" {
		resolved = `,"resolved":` + resolved
	}
	return fmt.Sprintf(`{"id":"9","application_id":"7","type":2,"token":"t","guild_id":"1","channel_id":"2",`+
		`"member":{"user":{"id":"100","username":"ana"},"permissions":%q},`+
		`"data":{"id":"5","name":"daily","type":1,"options":[{"name":%q,"type":1,"options":%s}]%s}}`, perms, sub, options, resolved)
}

func dailyAuto(typed string) string {
	return fmt.Sprintf(`{"id":"9","type":4,"guild_id":"1","member":{"user":{"id":"100"},"permissions":"32"},`+
		`"data":{"name":"daily","type":1,"options":[{"name":"set","type":1,"options":[`+
		`{"name":"channel","type":7,"value":"401"},{"name":"timezone","type":3,"value":%q,"focused":true}]}]}}`, typed)
}

var tsRE = regexp.MustCompile(`<t:(\d+):F>`)

// timestamps returns the <t:…:F> timestamps in s as times.
func timestamps(s string) []time.Time {
	var out []time.Time
	for _, m := range tsRE.FindAllStringSubmatch(s, -1) {
		var sec int64
		fmt.Sscan(m[1], &sec)
		out = append(out, time.Unix(sec, 0).UTC())
	}
	return out
}

func wantDaily(msg string) func(*testing.T, *dailyEnv, *Response) {
	return func(t *testing.T, e *dailyEnv, resp *Response) {
		t.Helper()
		if !isEphemeral(resp) || resp.Data.Content != msg {
			t.Errorf("response %s, want ephemeral %q", mustJSON(t, resp), msg)
		}
		if n := len(e.msgs.Sent()); n != 0 {
			t.Errorf("%d messages posted, want none", n)
		}
	}
}

func wantContains(subs ...string) func(*testing.T, *dailyEnv, *Response) {
	return func(t *testing.T, e *dailyEnv, resp *Response) {
		t.Helper()
		if !isEphemeral(resp) {
			t.Errorf("response %s is public, want ephemeral", mustJSON(t, resp))
		}
		for _, s := range subs {
			if !strings.Contains(resp.Data.Content, s) {
				t.Errorf("content %q lacks %q", resp.Data.Content, s)
			}
		}
	}
}

// TestDailyInteractions drives /daily with the real scheduler and records
// request and response in testdata/daily/<name>.txtar.
func TestDailyInteractions(t *testing.T) {
	set := func(t *testing.T, e *dailyEnv) { e.run(t, dailyCmd(permManage, "set", setLondon)) }
	london := func(y int, m time.Month, d, h, min int) time.Time { return time.Date(y, m, d, h, min, 0, 0, time.UTC) }
	tests := []struct {
		name   string
		noSch  bool // a bot without a scheduler
		setup  func(t *testing.T, e *dailyEnv)
		in     string
		check  func(t *testing.T, e *dailyEnv, resp *Response)
		golden bool
	}{
		{name: "dm", in: cmd(inDM, "daily", `[{"name":"status","type":1}]`), check: wantDaily(msgDailyDM)},
		{name: "no-permission", in: dailyCmd("0", "set", setLondon), check: wantDaily(msgDailyForbidden)},
		{name: "manage-messages-is-not-enough", in: dailyCmd("8192", "now", `[]`), check: wantDaily(msgDailyForbidden)},
		{name: "permissions-not-a-number", in: dailyCmd("lots", "status", `[]`), check: wantDaily(msgDailyForbidden)},
		{name: "no-member", in: `{"id":"9","type":2,"token":"t","guild_id":"1","data":{"name":"daily","type":1,"options":[{"name":"off","type":1}]}}`, check: wantDaily(msgDailyForbidden)},
		{name: "not-enabled", noSch: true, in: dailyCmd(permManage, "status", `[]`), check: wantDaily(msgDailyDisabled)},
		{name: "no-subcommand", in: cmd(`"guild_id":"1","member":{"permissions":"32"}`, "daily", `null`), check: wantDaily(msgDailyChoose)},
		{name: "unknown-subcommand", in: dailyCmd(permManage, "later", `[]`), check: wantDaily(msgDailyChoose)},

		{name: "set", golden: true, in: dailyCmd(permManage, "set", setLondon), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("Saved.", "**on**", "<#401>", "09:00 every day, Europe/London time", "Facts from: all")(t, e, resp)
			want := []time.Time{london(2026, 3, 2, 9, 0), london(2026, 3, 3, 9, 0), london(2026, 3, 4, 9, 0)}
			if got := timestamps(resp.Data.Content); !slices.Equal(got, want) {
				t.Errorf("next posts %v, want %v", got, want)
			}
		}},
		{name: "set-by-administrator", in: dailyCmd("8", "set", setLondon), check: wantContains("Saved.")},
		{name: "set-by-owner-with-every-bit", in: dailyCmd("2251799813685247", "set", setLondon), check: wantContains("Saved.")},
		{name: "set-across-dst", golden: true, in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"9:30"},{"name":"timezone","type":3,"value":"america/new york"},{"name":"from","type":3,"value":"faq"}]`),
			setup: func(t *testing.T, e *dailyEnv) { e.clock.Set(time.Date(2026, 3, 7, 16, 0, 0, 0, time.UTC)) },
			check: func(t *testing.T, e *dailyEnv, resp *Response) {
				wantContains("09:30 every day, America/New\\_York time", "Facts from: faq")(t, e, resp)
				// 09:30 EST is 14:30 UTC; after the switch to EDT on 8 March, 13:30.
				want := []time.Time{london(2026, 3, 8, 13, 30), london(2026, 3, 9, 13, 30), london(2026, 3, 10, 13, 30)}
				if got := timestamps(resp.Data.Content); !slices.Equal(got, want) {
					t.Errorf("next posts %v, want %v", got, want)
				}
			}},
		{name: "set-12-hour-clock-and-abbreviation", golden: true, in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"9:30 pm"},{"name":"timezone","type":3,"value":"IST"}]`),
			check: func(t *testing.T, e *dailyEnv, resp *Response) {
				wantContains("21:30 every day, Asia/Kolkata time")(t, e, resp)
				// 21:30 IST is 16:00 UTC.
				want := []time.Time{london(2026, 3, 2, 16, 0), london(2026, 3, 3, 16, 0), london(2026, 3, 4, 16, 0)}
				if got := timestamps(resp.Data.Content); !slices.Equal(got, want) {
					t.Errorf("next posts %v, want %v", got, want)
				}
			}},
		{name: "set-city-and-dotted-time", in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"21.30"},{"name":"timezone","type":3,"value":"London"}]`),
			check: wantContains("21:30 every day, Europe/London time")},
		{name: "set-bad-time", golden: true, in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"25:00"},{"name":"timezone","type":3,"value":"Europe/London"}]`),
			check: wantContains(`"25:00" isn't a time of day. Write it like 09:00, 17:30, 9am or 9:30 pm.`)},
		{name: "set-bad-zone", golden: true, in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"Mars/Olympus"}]`),
			check: wantContains(`"Mars/Olympus" isn't a time zone I know`)},
		{name: "set-zone-typo-suggests", in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"Europe/Lon"}]`),
			check: wantContains("Did you mean Europe/London?")},
		{name: "set-no-options", in: dailyCmd(permManage, "set", `null`), check: wantDaily(msgDailyNoChannel)},
		{name: "set-channel-wrong-type", in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":401},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"UTC"}]`), check: wantDaily(msgDailyNoChannel)},
		{name: "set-missing-time", in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"timezone","type":3,"value":"UTC"}]`), check: wantContains("isn't a time of day")},
		{name: "set-category", in: dailyCmdResolved(permManage, "set", setLondon, `{"channels":{"401":{"id":"401","name":"Facts","type":4}}}`), check: wantDaily(msgDailyBadChan)},
		{name: "set-announcement-channel", in: dailyCmdResolved(permManage, "set", setLondon, `{"channels":{"401":{"id":"401","name":"news","type":5}}}`), check: wantContains("Saved.")},
		{name: "set-bad-from", in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"UTC"},{"name":"from","type":3,"value":"gossip"}]`),
			check: wantContains(`"gossip" isn't a source of facts`)},
		{name: "set-keeps-from", setup: func(t *testing.T, e *dailyEnv) {
			e.run(t, dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"UTC"},{"name":"from","type":3,"value":"key points"}]`))
		}, in: dailyCmd(permManage, "set", `[{"name":"channel","type":7,"value":"402"},{"name":"time","type":3,"value":"10:00"},{"name":"timezone","type":3,"value":"UTC"}]`),
			check: wantContains("Facts from: key points", "<#402>", "10:00 every day")},

		{name: "status-not-set-up", golden: true, in: dailyCmd(permManage, "status", `[]`), check: wantContains("Daily facts aren't set up on this server")},
		{name: "status", golden: true, setup: set, in: dailyCmd(permManage, "status", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("**Daily facts**", "**on**", "<#401>", "Facts left before the cycle repeats: 26")(t, e, resp)
			if got := timestamps(resp.Data.Content); len(got) != 3 || !got[0].Equal(london(2026, 3, 2, 9, 0)) {
				t.Errorf("next posts %v, want three from 2 March 09:00", got)
			}
		}},
		{name: "status-paused", golden: true, setup: func(t *testing.T, e *dailyEnv) {
			set(t, e)
			e.msgs.setFail(failWith(403))
			resp := e.run(t, dailyCmd(permManage, "now", `[]`))
			wantContains("I can't post in the channel")(t, e, resp)
		}, in: dailyCmd(permManage, "status", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("**paused**: I can't post in the channel", "run /daily set to resume", "Last error", "channel unavailable", "HTTP 403")(t, e, resp)
			if got := timestamps(resp.Data.Content); len(got) != 0 {
				t.Errorf("next posts %v while paused, want none", got)
			}
		}},
		{name: "status-retrying", golden: true, setup: func(t *testing.T, e *dailyEnv) {
			set(t, e)
			e.msgs.setFail(failWith(500))
			resp := e.run(t, dailyCmd(permManage, "now", `[]`))
			wantContains("Posting the fact failed; it will be retried automatically.")(t, e, resp)
		}, in: dailyCmd(permManage, "status", `[]`), check: wantContains("The last post failed; it is retried <t:", "HTTP 500")},
		{name: "status-off", golden: true, setup: func(t *testing.T, e *dailyEnv) {
			set(t, e)
			e.run(t, dailyCmd(permManage, "off", `[]`))
		}, in: dailyCmd(permManage, "status", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("**off**")(t, e, resp)
			if got := timestamps(resp.Data.Content); len(got) != 0 {
				t.Errorf("next posts %v while off, want none", got)
			}
		}},

		{name: "preview", golden: true, setup: set, in: dailyCmd(permManage, "preview", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			if !isEphemeral(resp) || len(resp.Data.Embeds) != 1 || resp.Data.Embeds[0].Title != "Fact of the day" {
				t.Fatalf("response %s, want the fact, ephemeral", mustJSON(t, resp))
			}
			if got := timestamps(resp.Data.Content); len(got) != 1 || !got[0].Equal(london(2026, 3, 2, 9, 0)) {
				t.Errorf("content %q, want when it is posted", resp.Data.Content)
			}
			again := e.run(t, dailyCmd(permManage, "preview", `[]`))
			if again.Data.Embeds[0].Description != resp.Data.Embeds[0].Description {
				t.Errorf("second preview %q, want the same fact %q", again.Data.Embeds[0].Description, resp.Data.Embeds[0].Description)
			}
			e.run(t, dailyCmd(permManage, "now", `[]`))
			sent := e.msgs.Sent()
			if len(sent) != 1 || sent[0].Msg.Embeds[0].Description != resp.Data.Embeds[0].Description {
				t.Errorf("posted %+v, want the previewed fact", sent)
			}
		}},
		{name: "preview-not-set-up", in: dailyCmd(permManage, "preview", `[]`), check: wantContains("aren't set up")},

		{name: "now", golden: true, setup: set, in: dailyCmd(permManage, "now", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("Posted today's fact in <#401>: ", "The next post is <t:")(t, e, resp)
			// Now counts as today's post: the next is tomorrow's.
			if got := timestamps(resp.Data.Content); len(got) != 1 || !got[0].Equal(london(2026, 3, 3, 9, 0)) {
				t.Errorf("content %q, want the next post on 3 March", resp.Data.Content)
			}
			sent := e.msgs.Sent()
			if len(sent) != 1 {
				t.Fatalf("posted %d messages, want 1", len(sent))
			}
			m := sent[0].Msg
			if sent[0].Channel != "401" || m.Nonce == "" || !m.EnforceNonce || len(m.Embeds) != 1 || m.Embeds[0].Title != "Fact of the day" {
				t.Errorf("posted %s to %s, want the Fact of the day to 401 with a nonce enforced", mustJSON(t, m), sent[0].Channel)
			}
			if m.AllowedMentions == nil || m.AllowedMentions.Parse == nil || len(m.AllowedMentions.Parse) != 0 {
				t.Errorf("allowed_mentions %+v, want parse []", m.AllowedMentions)
			}
			again := e.run(t, dailyCmd(permManage, "now", `[]`))
			wantContains("Today's fact is posted already")(t, e, again)
			if n := len(e.msgs.Sent()); n != 1 {
				t.Errorf("a second /daily now posted; %d messages, want 1", n)
			}
		}},
		{name: "now-not-set-up", in: dailyCmd(permManage, "now", `[]`), check: wantDaily("Daily facts aren't set up on this server. A moderator can start them with /daily set.")},
		{name: "now-when-off", setup: func(t *testing.T, e *dailyEnv) {
			set(t, e)
			e.run(t, dailyCmd(permManage, "off", `[]`))
		}, in: dailyCmd(permManage, "now", `[]`), check: wantDaily("Daily facts are off on this server. Run /daily set to turn them on.")},

		{name: "skip", golden: true, setup: set, in: dailyCmd(permManage, "skip", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("Skipped ", "come round again in the next cycle")(t, e, resp)
			st, err := e.sched.Status(t.Context(), "1")
			if err != nil || st.Left != 25 {
				t.Errorf("Status after skip = %+v, %v; want 25 facts left", st, err)
			}
		}},
		{name: "off", golden: true, setup: set, in: dailyCmd(permManage, "off", `[]`), check: func(t *testing.T, e *dailyEnv, resp *Response) {
			wantContains("Daily facts are off.")(t, e, resp)
			if st, err := e.sched.Status(t.Context(), "1"); err != nil || st.On {
				t.Errorf("Status after off = %+v, %v; want off", st, err)
			}
		}},
		{name: "off-not-set-up", in: dailyCmd(permManage, "off", `[]`), check: wantContains("aren't set up")},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e := newDailyEnv(t)
			if tt.noSch {
				e.bot = New(&fakeSearcher{}, nil, Options{})
			}
			if tt.setup != nil {
				tt.setup(t, e)
			}
			resp := e.run(t, tt.in)
			tt.check(t, e, resp)
			if tt.golden {
				var in json.RawMessage = []byte(tt.in)
				ar := &txtar.Archive{Files: []txtar.File{
					{Name: "interaction.json", Data: mustJSON(t, in)},
					{Name: "response.json", Data: mustJSON(t, resp)},
				}}
				golden(t, filepath.Join("testdata", "daily", tt.name+".txtar"), txtar.Format(ar))
			}
		})
	}
}

func TestDailyAutocomplete(t *testing.T) {
	e := newDailyEnv(t)
	tests := []struct {
		typed string
		want  []string // the first choices
		n     int      // how many choices; 0: len(want)
	}{
		{"lon", []string{"Europe/London"}, 0},
		{"america/new", []string{"America/New_York"}, 0},
		{"new york", []string{"America/New_York"}, 0},
		{"", []string{"UTC", "Africa/Abidjan"}, 25},
		{"europe", []string{"Europe/Amsterdam"}, 25},
		{"xyzzy", nil, 0},
		{"IST", []string{"Asia/Kolkata", "Europe/Istanbul"}, 0},
		{"india", []string{"Asia/Kolkata", "Indian/Maldives", "Indian/Mauritius"}, 0},
		{"EST", []string{"America/New_York"}, 0},
	}
	for _, tt := range tests {
		resp := e.run(t, dailyAuto(tt.typed))
		var got []string
		for _, c := range resp.Data.Choices {
			if c.Name != c.Value {
				t.Errorf("autocomplete(%q): choice %+v, want name = value", tt.typed, c)
			}
			got = append(got, c.Value)
		}
		n := tt.n
		if n == 0 {
			n = len(tt.want)
		}
		if len(got) != n || !slices.Equal(got[:min(len(got), len(tt.want))], tt.want) {
			t.Errorf("autocomplete(%q) = %q, want %d choices starting %q", tt.typed, got, n, tt.want)
		}
	}
	// Only timezone autocompletes.
	other := `{"id":"9","type":4,"guild_id":"1","data":{"name":"daily","options":[{"name":"set","type":1,"options":[{"name":"time","type":3,"value":"0","focused":true}]}]}}`
	if resp := e.run(t, other); len(resp.Data.Choices) != 0 {
		t.Errorf("autocomplete of time = %+v, want no choices", resp.Data.Choices)
	}
}

// TestDailyCommand checks /daily's definition, subcommands and options
// included, against Discord's rules.
func TestDailyCommand(t *testing.T) {
	c := dailyCommand()
	if c.DefaultMemberPermissions == nil || *c.DefaultMemberPermissions != "32" {
		t.Errorf("default_member_permissions = %v, want \"32\" (Manage Server)", c.DefaultMemberPermissions)
	}
	if !slices.Equal(c.Contexts, []int{0}) {
		t.Errorf("contexts = %v, want [0] (servers only)", c.Contexts)
	}
	var subs []string
	for _, s := range c.Options {
		subs = append(subs, s.Name)
		if s.Type != CommandOptionSubcommand {
			t.Errorf("option %q: type %d, want a subcommand", s.Name, s.Type)
		}
		required := true
		for _, o := range s.Options {
			if !nameRE.MatchString(o.Name) || strings.ToLower(o.Name) != o.Name {
				t.Errorf("option daily.%s.%s breaks Discord's name rule", s.Name, o.Name)
			}
			if n := len([]rune(o.Description)); n < 1 || n > 100 {
				t.Errorf("option daily.%s.%s: description of %d runes, want 1–100", s.Name, o.Name, n)
			}
			if o.Required && !required {
				t.Errorf("option daily.%s.%s: required after an optional one", s.Name, o.Name)
			}
			required = o.Required
			if o.Autocomplete && len(o.Choices) > 0 {
				t.Errorf("option daily.%s.%s: autocomplete with choices", s.Name, o.Name)
			}
		}
	}
	if want := []string{"set", "status", "preview", "now", "skip", "off"}; !slices.Equal(subs, want) {
		t.Errorf("subcommands %q, want %q", subs, want)
	}
	set := c.Options[0].Options
	var froms []string
	for _, ch := range set[3].Choices {
		if _, err := daily.ParseFrom(ch.Value); err != nil {
			t.Errorf("from choice %+v: %v", ch, err)
		}
		froms = append(froms, ch.Value)
	}
	if set[3].Name != "from" || len(froms) != 4 {
		t.Errorf("from choices %q, want the four sources", froms)
	}
	if set[2].Name != "timezone" || !set[2].Autocomplete {
		t.Errorf("option %+v, want timezone with autocomplete", set[2])
	}
}

// TestDailyNoPanic feeds mangled /daily interactions to the handlers.
func TestDailyNoPanic(t *testing.T) {
	e := newDailyEnv(t)
	e.run(t, dailyCmd(permManage, "set", setLondon))
	bodies := []string{
		`{"type":2,"guild_id":"1","member":{"permissions":"32"},"data":{"name":"daily"}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":"32"},"data":{"name":"daily","options":[{"name":"set","type":1,"options":null}]}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":"32"},"data":{"name":"daily","options":[{"name":"set","type":3,"value":"x"}]}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":"32"},"data":{"name":"daily","options":[{"name":"set","type":1,"options":[{"name":"channel","type":7,"value":null},{"name":"time","type":3,"value":[1]}]}]}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":"32"},"data":{"name":"daily","options":[{"name":"set","type":1,"options":[{"name":"channel","type":7,"value":"401"}]}],"resolved":{"channels":{}}}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":null},"data":{"name":"daily","options":[{"name":"now","type":1}]}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":"-1"},"data":{"name":"daily","options":[{"name":"now","type":1}]}}`,
		`{"type":2,"guild_id":"1","member":{"permissions":"99999999999999999999999"},"data":{"name":"daily","options":[{"name":"now","type":1}]}}`,
		`{"type":2,"member":{"permissions":"32"},"data":{"name":"daily","options":[{"name":"off","type":1}]}}`,
		`{"type":2,"guild_id":"2","member":{"permissions":"32"},"data":{"name":"daily","options":[{"name":"skip","type":1}]}}`,
		`{"type":4,"data":{"name":"daily"}}`,
		`{"type":4,"data":{"name":"daily","options":[{"name":"set","type":1,"options":[{"name":"timezone","type":3,"value":7,"focused":true}]}]}}`,
		`{"type":4,"data":{"name":"daily","options":[{"name":"set","type":1,"options":[{"name":"timezone","type":3,"value":"` + strings.Repeat("é", 200) + `","focused":true}]}]}}`,
	}
	for i, body := range bodies {
		var in Interaction
		if err := json.Unmarshal([]byte(body), &in); err != nil {
			t.Fatalf("body %d: %v", i, err)
		}
		resp, err := e.bot.Interaction(t.Context(), &in)
		if err != nil {
			t.Errorf("body %d: %v", i, err)
			continue
		}
		checkResponse(t, resp)
		if resp.Type == ResponseMessage && !isEphemeral(resp) {
			t.Errorf("body %d: public response %s", i, mustJSON(t, resp))
		}
	}
	if n := len(e.msgs.Sent()); n != 0 {
		t.Errorf("mangled interactions posted %d messages", n)
	}
}

func TestCanManage(t *testing.T) {
	tests := []struct {
		perms string
		want  bool
	}{
		{"32", true}, {"8", true}, {"40", true}, {"2251799813685247", true}, {"18446744073709551615", true},
		{"0", false}, {"8192", false}, {"", false}, {"-32", false}, {"0x20", false}, {"99999999999999999999999", false},
	}
	for _, tt := range tests {
		if got := canManage(tt.perms); got != tt.want {
			t.Errorf("canManage(%q) = %v, want %v", tt.perms, got, tt.want)
		}
	}
}
