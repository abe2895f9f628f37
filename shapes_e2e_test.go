package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"maps"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

// serveFor runs serve with env until the test ends, and returns its log.
func serveFor(t *testing.T, env map[string]string) *syncbuf.Buffer {
	t.Helper()
	env["CONCEPTBOT_DATA_DIR"] = t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	var stderr syncbuf.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	t.Cleanup(func() {
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	})
	return &stderr
}

// askInteraction is /ask question from user 1001, and pressInteraction a
// button press by user on a message with embeds answering asker.
func askInteraction(id, question string) map[string]any {
	return map[string]any{
		"id": id, "application_id": "1", "type": 2, "token": "tok-" + id, "guild_id": "42", "channel_id": "7",
		"member": map[string]any{"user": map[string]any{"id": "1001"}, "permissions": "0"},
		"data": map[string]any{"id": "1", "name": "ask", "type": 1, "options": []map[string]any{
			{"name": "question", "type": 3, "value": question},
		}},
	}
}

func pressInteraction(id, customID, user, asker string, embeds []bot.Embed) map[string]any {
	return map[string]any{
		"id": id, "application_id": "1", "type": 3, "token": "tok-" + id, "guild_id": "42", "channel_id": "7",
		"member": map[string]any{"user": map[string]any{"id": user}, "permissions": "0"},
		"message": map[string]any{"id": "80", "channel_id": "7", "content": "", "embeds": embeds,
			"interaction_metadata": map[string]any{"id": "1", "type": 2, "user": map[string]any{"id": asker}}},
		"data": map[string]any{"custom_id": customID, "component_type": 2},
	}
}

// checkPages asks "list all recent developments" and turns to the second
// page, as the asker and as someone else, through answer (one edge).
func checkPages(t *testing.T, answer func(in map[string]any) bot.Response) {
	t.Helper()
	first := answer(askInteraction("900", "list all recent developments"))
	if first.Type != bot.ResponseMessage || first.Data == nil || len(first.Data.Embeds) != 1 || len(first.Data.Components) == 0 {
		t.Fatalf("/ask list = %+v, want one embed with buttons", first)
	}
	e := first.Data.Embeds[0]
	if e.Title != "Critical and Emerging Technologies Partnership › Recent Developments" ||
		!strings.HasPrefix(e.Description, "**1.** In 2022, ") || !strings.Contains(e.Footer.Text, "page 1 of 2 · 10 passages") {
		t.Errorf("first page: %q\n%s\n%s", e.Title, e.Description, e.Footer.Text)
	}
	next := first.Data.Components[0].Components[1]
	if next.CustomID != "page:1:list all recent developments" || next.Disabled {
		t.Fatalf("Next button = %+v", next)
	}
	for _, tt := range []struct {
		user     string
		wantType bot.ResponseType
		wantEph  bool
	}{{"1001", bot.ResponseUpdateMessage, false}, {"2002", bot.ResponseMessage, true}} {
		page := answer(pressInteraction("901", next.CustomID, tt.user, "1001", first.Data.Embeds))
		if page.Type != tt.wantType || page.Data == nil || (page.Data.Flags&bot.MessageFlagEphemeral != 0) != tt.wantEph {
			t.Fatalf("Next pressed by %s = %+v, want type %d ephemeral %v", tt.user, page, tt.wantType, tt.wantEph)
		}
		e := page.Data.Embeds[0]
		if !strings.HasPrefix(e.Description, "**6.** In 2025, ") || !strings.Contains(e.Footer.Text, "page 2 of 2") {
			t.Errorf("second page for %s: %s\n%s", tt.user, e.Description, e.Footer.Text)
		}
	}
}

// TestServePagesOverGateway turns the pages of a list over the gateway.
func TestServePagesOverGateway(t *testing.T) {
	checkPages(t, gatewayEdge(t, fakediscord.New(t), nil))
}

// TestServePagesOverHTTP turns the pages of a list through the signed
// HTTP interactions endpoint.
func TestServePagesOverHTTP(t *testing.T) {
	checkPages(t, httpEdge(t, nil))
}

// gatewayEdge runs serve with a token against fd, and returns a function
// that dispatches an interaction over the gateway and returns the callback
// the bot POSTs for it. env adds to serve's environment.
func gatewayEdge(t *testing.T, fd *fakediscord.Server, env map[string]string) func(in map[string]any) bot.Response {
	t.Helper()
	e := map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":    "test-token",
		"CONCEPTBOT_DISCORD_REST_URL": fd.URL(),
		"CONCEPTBOT_DISCORD_GUILD_ID": "42",
	}
	maps.Copy(e, env)
	log := serveFor(t, e)
	waitForLog(t, log, "conceptbot is running")
	fd.WaitReady(t, 10*time.Second)
	n := 0
	return func(in map[string]any) bot.Response {
		t.Helper()
		n++
		id := strconv.Itoa(900 + n)
		in["id"], in["token"], in["application_id"] = id, "tok-"+id, fd.ApplicationID()
		if err := fd.Dispatch("INTERACTION_CREATE", in); err != nil {
			t.Fatal(err)
		}
		req := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
			return strings.HasSuffix(r.Path, "/interactions/"+id+"/tok-"+id+"/callback")
		})
		var resp bot.Response
		if err := json.Unmarshal(req.Body, &resp); err != nil {
			t.Fatalf("callback %s: %v", req.Body, err)
		}
		return resp
	}
}

// httpEdge runs serve with a public key and no token, and returns a
// function that POSTs a signed interaction to /interactions and returns the
// response. env adds to serve's environment.
func httpEdge(t *testing.T, env map[string]string) func(in map[string]any) bot.Response {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	e := map[string]string{
		"CONCEPTBOT_DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
		"CONCEPTBOT_HTTP_ADDR":          "127.0.0.1:0",
	}
	maps.Copy(e, env)
	log := serveFor(t, e)
	m := regexp.MustCompile(`addr=(\S+)`).FindStringSubmatch(waitForLog(t, log, `msg="serving HTTP"`))
	if m == nil {
		t.Fatal("no address in the log")
	}
	return func(in map[string]any) bot.Response {
		t.Helper()
		body, err := json.Marshal(in)
		if err != nil {
			t.Fatal(err)
		}
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", "http://"+m[1]+"/interactions", bytes.NewReader(body))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
		res, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer res.Body.Close()
		b, _ := io.ReadAll(res.Body)
		var resp bot.Response
		if res.StatusCode != 200 || json.Unmarshal(b, &resp) != nil {
			t.Fatalf("POST /interactions = %d %s", res.StatusCode, b)
		}
		return resp
	}
}
