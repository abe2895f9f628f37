package bot_test

import (
	"context"
	"encoding/json"
	"errors"
	"log/slog"
	"net/http"
	"net/url"
	"reflect"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

// These tests drive a real discordgo session against fakediscord, through
// RESTURL. Each Close costs discordgo's one-second sleep, so the tests that
// open a gateway run in parallel.

const waitFor = 15 * time.Second // generous: the race detector on two busy cores is slow

// recv receives from ch, failing the test after waitFor.
func recv[T any](tb testing.TB, ch <-chan T, what string) T {
	tb.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(waitFor):
		tb.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// gwHandler is a bot.Handler whose behaviour each test sets.
type gwHandler struct {
	commands    []bot.Command
	interaction func(ctx context.Context, in *bot.Interaction) (*bot.Response, error)
	message     func(ctx context.Context, m *bot.Message, selfID string) (*bot.MessageSend, bool)

	mu           sync.Mutex
	interactions []*bot.Interaction
	messages     []*bot.Message
	selfIDs      []string
}

func (h *gwHandler) Interaction(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
	h.mu.Lock()
	h.interactions = append(h.interactions, in)
	h.mu.Unlock()
	if h.interaction == nil {
		return &bot.Response{Type: bot.ResponseMessage, Data: &bot.ResponseData{Content: "answer to " + in.Data.Name}}, nil
	}
	return h.interaction(ctx, in)
}

func (h *gwHandler) Message(ctx context.Context, m *bot.Message, selfID string) (*bot.MessageSend, bool) {
	h.mu.Lock()
	h.messages = append(h.messages, m)
	h.selfIDs = append(h.selfIDs, selfID)
	h.mu.Unlock()
	if h.message == nil {
		return &bot.MessageSend{
			Content:          "reply to " + m.Content,
			MessageReference: &bot.MessageReference{MessageID: m.ID, ChannelID: m.ChannelID},
		}, true
	}
	return h.message(ctx, m, selfID)
}

func (h *gwHandler) Commands() []bot.Command { return h.commands }

func (h *gwHandler) seenMessages() []string {
	h.mu.Lock()
	defer h.mu.Unlock()
	var ids []string
	for _, m := range h.messages {
		ids = append(ids, m.ID)
	}
	return ids
}

var askCommand = bot.Command{
	Name:        "ask",
	Description: "Ask a question about the notes",
	Options: []bot.CommandOption{
		{Type: bot.CommandOptionString, Name: "question", Description: "Your question", Required: true},
	},
}

// testLogger returns a logger whose output is shown if the test fails.
func testLogger(tb testing.TB) (*slog.Logger, *syncbuf.Buffer) {
	tb.Helper()
	buf := &syncbuf.Buffer{}
	tb.Cleanup(func() {
		if tb.Failed() {
			tb.Logf("gateway log:\n%s", buf)
		}
	})
	return slog.New(slog.NewTextHandler(buf, &slog.HandlerOptions{Level: slog.LevelDebug})), buf
}

// newGateway returns a Gateway for srv, not yet open, closed when the test
// ends. cfg's Token, RESTURL and Logger are filled in when empty.
func newGateway(tb testing.TB, srv *fakediscord.Server, cfg bot.GatewayConfig, h bot.Handler) *bot.Gateway {
	tb.Helper()
	if cfg.Token == "" {
		cfg.Token = "test-token"
	}
	cfg.RESTURL = srv.URL()
	if cfg.Logger == nil {
		cfg.Logger, _ = testLogger(tb)
	}
	g, err := bot.NewGateway(cfg, h)
	if err != nil {
		tb.Fatalf("NewGateway: %v", err)
	}
	tb.Cleanup(func() { g.Close(context.Background()) })
	return g
}

// openGateway returns an open Gateway for srv.
func openGateway(tb testing.TB, srv *fakediscord.Server, cfg bot.GatewayConfig, h bot.Handler) *bot.Gateway {
	tb.Helper()
	g := newGateway(tb, srv, cfg, h)
	ctx, cancel := context.WithTimeout(context.Background(), waitFor)
	defer cancel()
	if err := g.Open(ctx); err != nil {
		tb.Fatalf("Open: %v", err)
	}
	return g
}

// interactionCreate is an INTERACTION_CREATE for a slash command in a server.
func interactionCreate(srv *fakediscord.Server, id, command string) map[string]any {
	return map[string]any{
		"id":             id,
		"application_id": srv.ApplicationID(),
		"type":           2,
		"token":          "token-" + id,
		"guild_id":       "300",
		"channel_id":     "400",
		"member": map[string]any{
			"user":        map[string]any{"id": "500", "username": "ada"},
			"permissions": "0",
		},
		"data": map[string]any{
			"id": "600", "name": command, "type": 1,
			"options": []any{map[string]any{"name": "question", "type": 3, "value": "what is a monad"}},
		},
		"locale": "en-GB",
	}
}

// messageCreate is a MESSAGE_CREATE in a server.
func messageCreate(id, content string, author map[string]any, mentions ...map[string]any) map[string]any {
	if mentions == nil {
		mentions = []map[string]any{}
	}
	return map[string]any{
		"id": id, "channel_id": "400", "guild_id": "300",
		"author": author, "content": content, "mentions": mentions,
		"timestamp": "2025-01-01T00:00:00+00:00", "type": 0,
	}
}

var human = map[string]any{"id": "500", "username": "ada"}

// isCallback matches the callback POST for interaction id.
func isCallback(id string) func(fakediscord.Request) bool {
	return func(r fakediscord.Request) bool {
		return r.Method == "POST" && r.Path == "/api/v9/interactions/"+id+"/token-"+id+"/callback"
	}
}

// isReplyTo matches a channel message POST replying to message id.
func isReplyTo(id string) func(fakediscord.Request) bool {
	return func(r fakediscord.Request) bool {
		return r.Method == "POST" && strings.HasPrefix(r.Path, "/api/v9/channels/") &&
			strings.Contains(string(r.Body), `"message_id":"`+id+`"`)
	}
}

func decodeJSON[T any](tb testing.TB, raw []byte) T {
	tb.Helper()
	var v T
	if err := json.Unmarshal(raw, &v); err != nil {
		tb.Fatalf("decode %s: %v", raw, err)
	}
	return v
}

func TestRewriteTransport(t *testing.T) {
	tests := []struct {
		name, base, in, want string
	}{
		{"http test double", "http://127.0.0.1:8080", "https://discord.com/api/v9/gateway", "http://127.0.0.1:8080/api/v9/gateway"},
		{"https proxy keeps query", "https://proxy.internal", "https://discord.com/api/v9/channels/1/messages?limit=5", "https://proxy.internal/api/v9/channels/1/messages?limit=5"},
		{"escaped path", "http://127.0.0.1:1", "https://discord.com/api/v9/webhooks/1/a%2Fb/messages/@original", "http://127.0.0.1:1/api/v9/webhooks/1/a%2Fb/messages/@original"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			base, err := url.Parse(tt.base)
			if err != nil {
				t.Fatal(err)
			}
			var got *http.Request
			rt := &bot.RewriteTransport{Base: base, Next: roundTripFunc(func(r *http.Request) (*http.Response, error) {
				got = r
				return &http.Response{StatusCode: 204, Body: http.NoBody, Request: r}, nil
			})}
			req, err := http.NewRequest("GET", tt.in, nil)
			if err != nil {
				t.Fatal(err)
			}
			if _, err := rt.RoundTrip(req); err != nil {
				t.Fatal(err)
			}
			if got.URL.String() != tt.want || got.Host != "" {
				t.Errorf("RoundTrip(%s) sent %s (Host %q), want %s", tt.in, got.URL, got.Host, tt.want)
			}
			if req.URL.String() != tt.in {
				t.Errorf("RoundTrip(%s) modified the caller's request to %s", tt.in, req.URL)
			}
		})
	}
}

type roundTripFunc func(*http.Request) (*http.Response, error)

func (f roundTripFunc) RoundTrip(r *http.Request) (*http.Response, error) { return f(r) }

func TestNewGatewayErrors(t *testing.T) {
	h := &gwHandler{}
	tests := []struct {
		name    string
		cfg     bot.GatewayConfig
		h       bot.Handler
		wantErr string
	}{
		{"missing token", bot.GatewayConfig{}, h, "missing bot token"},
		{"only the prefix", bot.GatewayConfig{Token: "Bot "}, h, "missing bot token"},
		{"nil handler", bot.GatewayConfig{Token: "t"}, nil, "nil handler"},
		{"shard out of range", bot.GatewayConfig{Token: "t", ShardID: 2, ShardCount: 2}, h, "shard 2 of 2"},
		{"rest url with a path", bot.GatewayConfig{Token: "t", RESTURL: "http://127.0.0.1:1/api"}, h, "no path"},
		{"rest url scheme", bot.GatewayConfig{Token: "t", RESTURL: "ftp://127.0.0.1"}, h, "no path"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := bot.NewGateway(tt.cfg, tt.h)
			if err == nil || !strings.Contains(err.Error(), tt.wantErr) {
				t.Errorf("NewGateway(%+v) = %v, want an error containing %q", tt.cfg, err, tt.wantErr)
			}
		})
	}
}

func TestGatewayOpenRegistersCommands(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name      string
		cfg       bot.GatewayConfig
		wantPath  string
		wantShard *[2]int
	}{
		{"guild", bot.GatewayConfig{GuildID: "300"}, "/api/v9/applications/" + fakediscord.DefaultApplicationID + "/guilds/300/commands", nil},
		{"global, sharded", bot.GatewayConfig{ShardID: 1, ShardCount: 2}, "/api/v9/applications/" + fakediscord.DefaultApplicationID + "/commands", &[2]int{1, 2}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := fakediscord.New(t)
			h := &gwHandler{commands: []bot.Command{askCommand}}
			g := openGateway(t, srv, tt.cfg, h)
			if !g.Connected() {
				t.Error("Connected() after Open = false, want true")
			}

			puts := 0
			for _, r := range srv.Requests() {
				if r.Method != "PUT" {
					continue
				}
				puts++
				if r.Path != tt.wantPath {
					t.Errorf("commands PUT to %s, want %s", r.Path, tt.wantPath)
				}
				if got := decodeJSON[[]bot.Command](t, r.Body); !reflect.DeepEqual(got, h.commands) {
					t.Errorf("commands PUT body = %s, want the handler's commands %+v", r.Body, h.commands)
				}
				if auth := r.Header.Get("Authorization"); auth != "Bot test-token" {
					t.Errorf("Authorization = %q, want %q", auth, "Bot test-token")
				}
			}
			if puts != 1 {
				t.Errorf("Open made %d command PUTs, want exactly 1 bulk overwrite", puts)
			}

			ids := srv.Identifies()
			if len(ids) != 1 {
				t.Fatalf("Open sent %d IDENTIFYs, want 1", len(ids))
			}
			const wantIntents = 1<<0 | 1<<9 | 1<<12 // guilds, guild messages, direct messages
			if ids[0].Intents != wantIntents {
				t.Errorf("IDENTIFY intents = %d, want %d (no message content intent)", ids[0].Intents, wantIntents)
			}
			if !reflect.DeepEqual(ids[0].Shard, tt.wantShard) {
				t.Errorf("IDENTIFY shard = %v, want %v", ids[0].Shard, tt.wantShard)
			}
		})
	}
}

func TestGatewayRegisterCommandsWithoutOpen(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	g := newGateway(t, srv, bot.GatewayConfig{}, &gwHandler{}) // no commands: clears them
	if err := g.RegisterCommands(t.Context()); err != nil {
		t.Fatalf("RegisterCommands: %v", err)
	}
	var got []string
	for _, r := range srv.Requests() {
		got = append(got, r.Method+" "+r.Path+" "+string(r.Body))
	}
	want := []string{
		"GET /api/v9/applications/@me ",
		"PUT /api/v9/applications/" + srv.ApplicationID() + "/commands []",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("RegisterCommands requests = %q, want %q", got, want)
	}
	if n := len(srv.Identifies()); n != 0 {
		t.Errorf("RegisterCommands opened the gateway (%d IDENTIFYs)", n)
	}

	srv.FailNext("PUT", "/applications/", http.StatusForbidden, 1)
	err := g.RegisterCommands(t.Context())
	var apiErr *bot.APIError
	if !errors.As(err, &apiErr) || apiErr.Status != http.StatusForbidden {
		t.Errorf("RegisterCommands after a 403 = %v, want an *APIError with status 403", err)
	}
}

func TestGatewayAnswersInteraction(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	h := &gwHandler{}
	openGateway(t, srv, bot.GatewayConfig{}, h)

	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "700", "ask"))
	r := srv.WaitRequest(t, waitFor, isCallback("700"))

	got := decodeJSON[bot.Response](t, r.Body)
	if got.Type != bot.ResponseMessage || got.Data == nil || got.Data.Content != "answer to ask" {
		t.Errorf("callback body = %s, want a type 4 message %q", r.Body, "answer to ask")
	}
	if !strings.Contains(string(r.Body), `"allowed_mentions":{"parse":[]`) {
		t.Errorf("callback body = %s, want allowed_mentions parse [] added", r.Body)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.interactions) != 1 {
		t.Fatalf("handler got %d interactions, want 1", len(h.interactions))
	}
	in := h.interactions[0]
	if in.UserID() != "500" || in.Data.Name != "ask" || in.GuildID != "300" || len(in.Data.Options) != 1 {
		t.Errorf("handler got %+v, want the decoded interaction", in)
	}
}

func TestGatewayRepliesToMention(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	h := &gwHandler{}
	openGateway(t, srv, bot.GatewayConfig{}, h)

	self := map[string]any{"id": srv.BotID(), "username": "conceptbot", "bot": true}
	srv.Dispatch("MESSAGE_CREATE", messageCreate("800", "<@"+srv.BotID()+"> what is a functor?", human, self))
	r := srv.WaitRequest(t, waitFor, isReplyTo("800"))

	if r.Path != "/api/v9/channels/400/messages" {
		t.Errorf("reply posted to %s, want /api/v9/channels/400/messages", r.Path)
	}
	got := decodeJSON[bot.MessageSend](t, r.Body)
	if got.MessageReference == nil || got.MessageReference.MessageID != "800" {
		t.Errorf("reply message_reference = %+v, want message 800", got.MessageReference)
	}
	if got.AllowedMentions == nil || got.AllowedMentions.Parse == nil || len(got.AllowedMentions.Parse) != 0 {
		t.Errorf("reply body = %s, want allowed_mentions parse []", r.Body)
	}
	h.mu.Lock()
	defer h.mu.Unlock()
	if len(h.selfIDs) != 1 || h.selfIDs[0] != srv.BotID() {
		t.Errorf("handler got selfID %q, want the bot's ID %s from READY", h.selfIDs, srv.BotID())
	}
}

func TestGatewayIgnoresBots(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	h := &gwHandler{}
	g := openGateway(t, srv, bot.GatewayConfig{}, h)

	srv.Dispatch("MESSAGE_CREATE", messageCreate("801", "beep", map[string]any{"id": "900", "username": "otherbot", "bot": true}))
	srv.Dispatch("MESSAGE_CREATE", messageCreate("802", "my own reply", map[string]any{"id": srv.BotID(), "username": "conceptbot"}))
	srv.Dispatch("MESSAGE_CREATE", messageCreate("803", "hello", human))
	srv.WaitRequest(t, waitFor, isReplyTo("803"))
	if err := g.Close(t.Context()); err != nil { // waits for every handler
		t.Fatalf("Close: %v", err)
	}

	if got := h.seenMessages(); !reflect.DeepEqual(got, []string{"803"}) {
		t.Errorf("handler saw messages %q, want only the human's 803", got)
	}
	for _, r := range srv.Requests() {
		if isReplyTo("801")(r) || isReplyTo("802")(r) {
			t.Errorf("bot message answered: %s %s", r.Path, r.Body)
		}
	}
}

func TestGatewayHandlerFailures(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	logger, logs := testLogger(t)
	h := &gwHandler{
		interaction: func(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
			switch in.Data.Name {
			case "panic":
				panic("boom")
			case "fail":
				return nil, errors.New("index unavailable")
			case "silent":
				return nil, nil
			}
			return nil, errors.New("autocomplete broke")
		},
		message: func(ctx context.Context, m *bot.Message, selfID string) (*bot.MessageSend, bool) {
			panic("message boom")
		},
	}
	g := openGateway(t, srv, bot.GatewayConfig{Logger: logger}, h)

	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "701", "panic"))
	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "702", "fail"))
	auto := interactionCreate(srv, "703", "ask")
	auto["type"] = 4
	srv.Dispatch("INTERACTION_CREATE", auto)
	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "704", "silent"))
	srv.Dispatch("MESSAGE_CREATE", messageCreate("805", "hi", human))

	wantApology := `{"type":4,"data":{"content":"Sorry, something went wrong on my side. Please try again in a moment.","flags":64,"allowed_mentions":{"parse":[],"replied_user":false}}}`
	tests := []struct {
		id, want string
	}{
		{"701", wantApology},
		{"702", wantApology},
		{"703", `{"type":8,"data":{}}`},
	}
	for _, tt := range tests {
		r := srv.WaitRequest(t, waitFor, isCallback(tt.id))
		if string(r.Body) != tt.want {
			t.Errorf("callback for failed interaction %s = %s, want %s", tt.id, r.Body, tt.want)
		}
	}

	// The panicking message handler is logged, and the next event still works.
	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "706", "fail"))
	srv.WaitRequest(t, waitFor, isCallback("706"))
	if err := g.Close(t.Context()); err != nil { // waits for every handler
		t.Fatalf("Close: %v", err)
	}
	for _, r := range srv.Requests() {
		if isCallback("704")(r) || strings.Contains(r.Path, "/channels/") {
			t.Errorf("unexpected answer %s %s", r.Path, r.Body)
		}
	}
	out := logs.String()
	for _, want := range []string{
		`msg="interaction handler panicked" interaction_id=701`, `panic=boom`, `stack="goroutine`,
		`msg="interaction handler failed" interaction_id=702`, `err="index unavailable"`,
		`msg="message handler panicked" message_id=805`, `panic="message boom"`,
	} {
		if !strings.Contains(out, want) {
			t.Errorf("log lacks %s", want)
		}
	}
	if strings.Contains(out, "token-70") || strings.Contains(out, "test-token") {
		t.Error("log contains a token")
	}
}

func TestGatewayResumesAfterDrop(t *testing.T) {
	t.Parallel()
	// Heartbeats far apart: on a loaded machine a late acknowledgement makes
	// discordgo reconnect by itself, which is not what this test is about.
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{HeartbeatInterval: time.Minute})
	var reconnects atomic.Int32
	g := openGateway(t, srv, bot.GatewayConfig{OnReconnect: func() { reconnects.Add(1) }}, &gwHandler{})
	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "710", "ask"))
	srv.WaitRequest(t, waitFor, isCallback("710"))
	// discordgo's heartbeat goroutine sends its first heartbeat on the
	// connection it was started with, whenever it gets to run: if that is
	// after the drop, the write fails and it closes and reconnects the new
	// connection as well, racing the reconnect the drop began.
	srv.WaitHeartbeats(t, waitFor, 1)

	srv.DropConnection()
	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "711", "ask")) // missed, replayed on resume
	srv.WaitReady(t, waitFor)
	srv.WaitRequest(t, waitFor, isCallback("711"))

	resumes := srv.Resumes()
	if len(resumes) != 1 || resumes[0].Seq < 2 {
		t.Errorf("Resumes() = %+v, want one RESUME from sequence 2 or later", resumes)
	}
	if n := len(srv.Identifies()); n != 1 {
		t.Errorf("%d IDENTIFYs, want 1 (resumed, not re-identified)", n)
	}
	deadline := time.Now().Add(waitFor)
	for (reconnects.Load() != 1 || !g.Connected()) && time.Now().Before(deadline) {
		time.Sleep(10 * time.Millisecond)
	}
	if got := reconnects.Load(); got != 1 {
		t.Errorf("OnReconnect called %d times, want 1", got)
	}
	if !g.Connected() {
		t.Error("Connected() after resuming = false, want true")
	}

	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "712", "ask"))
	srv.WaitRequest(t, waitFor, isCallback("712"))
}

func TestGatewayCloseWaitsForHandlers(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	started, release := make(chan struct{}), make(chan struct{})
	releaseHandler := sync.OnceFunc(func() { close(release) })
	t.Cleanup(releaseHandler) // a failed test must not leave the handler waiting
	h := &gwHandler{interaction: func(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
		if in.ID == "720" {
			close(started)
			<-release
		}
		return &bot.Response{Type: bot.ResponseMessage, Data: &bot.ResponseData{Content: "slow answer"}}, nil
	}}
	g := openGateway(t, srv, bot.GatewayConfig{}, h)

	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "720", "ask"))
	recv(t, started, "the handler to start")
	closed := make(chan error, 1)
	go func() { closed <- g.Close(context.Background()) }()
	for deadline := time.Now().Add(waitFor); !bot.Closing(g); time.Sleep(time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatal("Close did not begin")
		}
	}
	select {
	case err := <-closed:
		t.Fatalf("Close returned (%v) while a handler was running", err)
	default:
	}
	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "721", "ask")) // arrives while closing

	releaseHandler()
	select {
	case err := <-closed:
		if err != nil {
			t.Errorf("Close: %v", err)
		}
	case <-time.After(waitFor):
		t.Fatal("Close did not return after the handler finished")
	}
	srv.WaitRequest(t, waitFor, isCallback("720")) // the slow answer was sent
	if g.Connected() {
		t.Error("Connected() after Close = true, want false")
	}
	h.mu.Lock()
	n := len(h.interactions)
	h.mu.Unlock()
	if n != 1 {
		t.Errorf("handler ran %d times, want 1: events after Close began must be ignored", n)
	}
}

func TestGatewayCloseTimeout(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	started := make(chan struct{})
	cancelled := make(chan error, 1)
	h := &gwHandler{interaction: func(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
		close(started)
		<-ctx.Done()
		cancelled <- ctx.Err()
		return nil, ctx.Err()
	}}
	g := openGateway(t, srv, bot.GatewayConfig{ShutdownTimeout: 100 * time.Millisecond}, h)

	srv.Dispatch("INTERACTION_CREATE", interactionCreate(srv, "730", "ask"))
	recv(t, started, "the handler to start")
	err := g.Close(context.Background())
	if err == nil || !strings.Contains(err.Error(), "1 handlers still running") {
		t.Errorf("Close with a stuck handler = %v, want an error saying 1 handler is still running", err)
	}
	select {
	case err := <-cancelled:
		if !errors.Is(err, context.Canceled) {
			t.Errorf("stuck handler's ctx.Err() = %v, want context.Canceled", err)
		}
	case <-time.After(waitFor):
		t.Error("Close did not cancel the stuck handler's context")
	}
}

func TestGatewayOpenWrongToken(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "right"})
	g := newGateway(t, srv, bot.GatewayConfig{Token: "wrong"}, &gwHandler{})
	err := g.Open(t.Context())
	var apiErr *bot.APIError
	if err == nil {
		t.Fatal("Open with a wrong token = nil, want an error")
	}
	if errors.As(err, &apiErr) {
		t.Errorf("Open with a wrong token = %v; want the gateway discovery's 401, not a command registration error", err)
	}
	if !strings.Contains(err.Error(), "401") {
		t.Errorf("Open with a wrong token = %v, want it to mention HTTP 401", err)
	}
}

func TestSendMessage(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	g := newGateway(t, srv, bot.GatewayConfig{}, &gwHandler{}) // REST only: no Open needed
	daily := &bot.MessageSend{Content: "Today's fact", Nonce: "fact-2025-01-01", EnforceNonce: true}

	first, err := g.SendMessage(t.Context(), "400", daily)
	if err != nil || first == "" {
		t.Fatalf("SendMessage = %q, %v; want a message ID", first, err)
	}
	again, err := g.SendMessage(t.Context(), "400", daily)
	if err != nil || again != first {
		t.Errorf("SendMessage with the same nonce = %q, %v; want the first message %q", again, err, first)
	}
	r := srv.WaitRequest(t, waitFor, func(r fakediscord.Request) bool { return r.Path == "/api/v9/channels/400/messages" })
	if want := `{"content":"Today's fact","allowed_mentions":{"parse":[],"replied_user":false},"nonce":"fact-2025-01-01","enforce_nonce":true}`; string(r.Body) != want {
		t.Errorf("SendMessage body = %s, want %s", r.Body, want)
	}
	if daily.AllowedMentions != nil {
		t.Error("SendMessage modified the caller's message")
	}

	tests := []struct {
		name           string
		status         int // injected; 0 for none
		msg            *bot.MessageSend
		gone, retry    bool
		wantCode       int
		wantStatusSeen int
	}{
		{"forbidden", http.StatusForbidden, daily, true, false, 50001, 403},
		{"unknown channel", http.StatusNotFound, daily, true, false, 10003, 404},
		{"server error", http.StatusInternalServerError, daily, false, true, 0, 500},
		{"rate limited then sent", http.StatusTooManyRequests, &bot.MessageSend{Content: "x"}, false, false, 0, 0},
		{"empty message", 0, &bot.MessageSend{}, false, false, 50006, 400},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			channel := "41" + tt.name // a channel of its own
			if tt.status != 0 {
				srv.FailNext("POST", "/channels/"+channel+"/", tt.status, 1)
			}
			id, err := g.SendMessage(t.Context(), channel, tt.msg)
			if tt.wantStatusSeen == 0 {
				if err != nil || id == "" {
					t.Errorf("SendMessage = %q, %v; want it sent after discordgo's retry", id, err)
				}
				return
			}
			var apiErr *bot.APIError
			if !errors.As(err, &apiErr) {
				t.Fatalf("SendMessage = %q, %v; want an *APIError", id, err)
			}
			if apiErr.Status != tt.wantStatusSeen || apiErr.Code != tt.wantCode || apiErr.Gone() != tt.gone || apiErr.Retryable() != tt.retry {
				t.Errorf("SendMessage error = %v (status %d code %d gone %v retryable %v), want status %d code %d gone %v retryable %v",
					err, apiErr.Status, apiErr.Code, apiErr.Gone(), apiErr.Retryable(), tt.wantStatusSeen, tt.wantCode, tt.gone, tt.retry)
			}
		})
	}

	t.Run("no answer", func(t *testing.T) {
		down := fakediscord.New(t)
		g := newGateway(t, down, bot.GatewayConfig{}, &gwHandler{})
		down.Close()
		_, err := g.SendMessage(t.Context(), "400", daily)
		var apiErr *bot.APIError
		if !errors.As(err, &apiErr) || apiErr.Status != 0 || !apiErr.Retryable() || apiErr.Gone() {
			t.Errorf("SendMessage to a closed server = %v, want a retryable *APIError without status", err)
		}
	})
}
