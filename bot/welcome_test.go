package bot_test

import (
	"context"
	"net/http"
	"reflect"
	"sort"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/corpus"
)

// guildCreate is a GUILD_CREATE for server id, joined at joined.
func guildCreate(id, systemChannel string, joined time.Time) map[string]any {
	g := map[string]any{"id": id, "name": "server " + id, "joined_at": joined.UTC().Format("2006-01-02T15:04:05.000000+00:00"),
		"channels": []any{}, "members": []any{}, "roles": []any{}}
	if systemChannel != "" {
		g["system_channel_id"] = systemChannel
	}
	return g
}

// TestGatewayWelcomesNewServers: with welcomes on, a real Bot over a real
// gateway session posts its welcome in the system channel of a server it
// has just joined, and only there: not in the servers READY listed (whose
// GUILD_CREATE comes with every new session), not in one it joined long
// ago, not in one without a system channel; again after it was removed
// and added back. A refusal to post is logged.
func TestGatewayWelcomesNewServers(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Guilds: []string{"300"}})
	d := &corpus.Document{ID: "d", Title: "Notes", Passages: []corpus.Passage{{ID: "d/definition", DocID: "d", Doc: "Notes", Section: []string{"Definition"}, Text: "x"}}}
	c, err := corpus.New(d)
	if err != nil {
		t.Fatal(err)
	}
	b := bot.New(nil, c, bot.Options{Welcome: true})
	logger, logs := testLogger(t)
	g := openGateway(t, srv, bot.GatewayConfig{Logger: logger}, b)

	now := time.Now()
	srv.FailNext("POST", "/channels/405/messages", http.StatusForbidden, 1)
	for _, e := range []struct {
		event string
		data  map[string]any
	}{
		{"GUILD_CREATE", guildCreate("300", "400", now)},                    // listed in READY
		{"GUILD_CREATE", guildCreate("301", "401", now)},                    // joined
		{"GUILD_CREATE", guildCreate("302", "", now)},                       // no system channel
		{"GUILD_CREATE", guildCreate("303", "403", now.Add(-48*time.Hour))}, // joined long ago
		{"GUILD_DELETE", map[string]any{"id": "300", "unavailable": true}},  // an outage
		{"GUILD_CREATE", guildCreate("300", "400", now)},                    // back from it
		{"GUILD_DELETE", map[string]any{"id": "301"}},                       // removed
		{"GUILD_CREATE", guildCreate("301", "401", now)},                    // added back
		{"GUILD_CREATE", guildCreate("305", "405", now)},                    // may not post there
	} {
		if err := srv.Dispatch(e.event, e.data); err != nil {
			t.Fatal(err)
		}
	}
	srv.WaitRequest(t, waitFor, func(r fakediscord.Request) bool { return r.Path == "/api/v9/channels/405/messages" })
	if err := g.Close(t.Context()); err != nil { // waits for every handler
		t.Fatalf("Close: %v", err)
	}

	_, want, _ := b.Welcome(&bot.Guild{ID: "301", SystemChannelID: "401"})
	var posts []string
	for _, r := range srv.Requests() {
		if r.Method != "POST" || !strings.HasPrefix(r.Path, "/api/v9/channels/") {
			continue
		}
		posts = append(posts, strings.TrimSuffix(strings.TrimPrefix(r.Path, "/api/v9/channels/"), "/messages"))
		got := decodeJSON[bot.MessageSend](t, r.Body)
		if len(got.Embeds) != 1 || !reflect.DeepEqual(got.Embeds, want.Embeds) || !strings.Contains(string(r.Body), `"allowed_mentions":{"parse":[]`) {
			t.Errorf("welcome %s, want %+v pinging nobody", r.Body, want)
		}
	}
	sort.Strings(posts) // the welcomes are posted concurrently
	if strings.Join(posts, " ") != "401 401 405" {
		t.Errorf("welcomes posted in channels %q, want 401 twice (joined, then added back) and the refused 405", posts)
	}
	if !strings.Contains(logs.String(), "send welcome") {
		t.Errorf("the refused welcome is not logged:\n%s", logs)
	}
}

// TestGatewayNoWelcomeByDefault: a Bot with welcomes off posts nothing.
func TestGatewayNoWelcomeByDefault(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	g := openGateway(t, srv, bot.GatewayConfig{}, bot.New(nil, nil, bot.Options{}))
	if err := srv.Dispatch("GUILD_CREATE", guildCreate("301", "401", time.Now())); err != nil {
		t.Fatal(err)
	}
	// A mention after it: when its reply is posted, the GUILD_CREATE was
	// handled (events are handled in order).
	self := map[string]any{"id": srv.BotID(), "username": "conceptbot", "bot": true}
	if err := srv.Dispatch("MESSAGE_CREATE", messageCreate("800", "<@"+srv.BotID()+">", human, self)); err != nil {
		t.Fatal(err)
	}
	srv.WaitRequest(t, waitFor, isReplyTo("800"))
	if err := g.Close(context.Background()); err != nil {
		t.Fatal(err)
	}
	for _, r := range srv.Requests() {
		if r.Path == "/api/v9/channels/401/messages" {
			t.Errorf("welcome posted with welcomes off: %s", r.Body)
		}
	}
}
