package fakediscord_test

import (
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/gorilla/websocket"
)

const timeout = 5 * time.Second

// payload is a gateway payload as a client sees it.
type payload struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  int64           `json:"s"`
	T  string          `json:"t"`
}

// client is a raw gateway client.
type client struct {
	tb testing.TB
	ws *websocket.Conn
}

// dial connects to srv's gateway and reads HELLO.
func dial(tb testing.TB, srv *fakediscord.Server) *client {
	tb.Helper()
	ws, _, err := websocket.DefaultDialer.Dial(srv.GatewayURL()+"/?v=9&encoding=json", nil)
	if err != nil {
		tb.Fatalf("dial gateway: %v", err)
	}
	tb.Cleanup(func() { ws.Close() })
	c := &client{tb: tb, ws: ws}
	hello := c.read()
	var h struct {
		HeartbeatInterval int `json:"heartbeat_interval"`
	}
	if err := json.Unmarshal(hello.D, &h); hello.Op != 10 || err != nil || h.HeartbeatInterval <= 0 {
		tb.Fatalf("first payload = %+v, want op 10 HELLO with heartbeat_interval > 0", hello)
	}
	return c
}

func (c *client) read() payload {
	c.tb.Helper()
	c.ws.SetReadDeadline(time.Now().Add(timeout))
	var p payload
	if err := c.ws.ReadJSON(&p); err != nil {
		c.tb.Fatalf("read gateway payload: %v", err)
	}
	return p
}

func (c *client) send(op int, d any) {
	c.tb.Helper()
	if err := c.ws.WriteJSON(map[string]any{"op": op, "d": d}); err != nil {
		c.tb.Fatalf("send op %d: %v", op, err)
	}
}

// identify sends IDENTIFY and returns the READY data.
func (c *client) identify(token string) (ready struct {
	SessionID        string `json:"session_id"`
	ResumeGatewayURL string `json:"resume_gateway_url"`
	User             struct {
		ID  string `json:"id"`
		Bot bool   `json:"bot"`
	} `json:"user"`
	Application struct {
		ID string `json:"id"`
	} `json:"application"`
}) {
	c.tb.Helper()
	c.send(2, map[string]any{"token": token, "intents": 4609, "properties": map[string]string{"os": "linux"}})
	p := c.read()
	if p.Op != 0 || p.T != "READY" || p.S != 1 {
		c.tb.Fatalf("answer to IDENTIFY = op %d t %q s %d, want op 0 t READY s 1", p.Op, p.T, p.S)
	}
	if err := json.Unmarshal(p.D, &ready); err != nil {
		c.tb.Fatalf("decode READY: %v", err)
	}
	return ready
}

func (c *client) expectDispatch(event string, seq int64) payload {
	c.tb.Helper()
	p := c.read()
	if p.Op != 0 || p.T != event || p.S != seq {
		c.tb.Fatalf("payload = op %d t %q s %d, want op 0 t %s s %d", p.Op, p.T, p.S, event, seq)
	}
	return p
}

func TestGatewayIdentifyHeartbeatDispatch(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	c := dial(t, srv)
	ready := c.identify("Bot secret")
	if ready.SessionID == "" || ready.User.ID != srv.BotID() || !ready.User.Bot || ready.Application.ID != srv.ApplicationID() {
		t.Errorf("READY = %+v, want a session ID, bot user %s and application %s", ready, srv.BotID(), srv.ApplicationID())
	}
	if ready.ResumeGatewayURL != srv.GatewayURL() {
		t.Errorf("READY resume_gateway_url = %q, want %q", ready.ResumeGatewayURL, srv.GatewayURL())
	}
	srv.WaitReady(t, timeout)
	ids := srv.Identifies()
	if len(ids) != 1 || ids[0].Token != "Bot secret" || ids[0].Intents != 4609 {
		t.Errorf("Identifies() = %+v, want one with token %q and intents 4609", ids, "Bot secret")
	}

	c.send(1, 1)
	if p := c.read(); p.Op != 11 {
		t.Fatalf("answer to heartbeat = op %d, want 11", p.Op)
	}
	if got := srv.Heartbeats(); got != 1 {
		t.Errorf("Heartbeats() = %d, want 1", got)
	}

	srv.Dispatch("MESSAGE_CREATE", map[string]string{"id": "42", "content": "hi"})
	p := c.expectDispatch("MESSAGE_CREATE", 2)
	if !strings.Contains(string(p.D), `"content":"hi"`) {
		t.Errorf("dispatch data = %s, want the message", p.D)
	}
}

func TestGatewayResumeReplaysMissedDispatches(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	c := dial(t, srv)
	ready := c.identify("Bot secret")
	srv.Dispatch("MESSAGE_CREATE", map[string]string{"id": "1"})
	srv.Dispatch("MESSAGE_CREATE", map[string]string{"id": "2"})
	c.expectDispatch("MESSAGE_CREATE", 2)

	srv.DropConnection()
	c.ws.SetReadDeadline(time.Now().Add(timeout))
	for {
		if _, _, err := c.ws.ReadMessage(); err != nil {
			break // the drop reached the client
		}
	}
	srv.Dispatch("MESSAGE_CREATE", map[string]string{"id": "3"}) // sent while disconnected

	c2 := dial(t, srv)
	c2.send(6, map[string]any{"token": "Bot secret", "session_id": ready.SessionID, "seq": 2})
	c2.expectDispatch("MESSAGE_CREATE", 3)
	c2.expectDispatch("MESSAGE_CREATE", 4)
	c2.expectDispatch("RESUMED", 5)
	srv.WaitReady(t, timeout)
	if got := srv.Resumes(); len(got) != 1 || got[0].SessionID != ready.SessionID || got[0].Seq != 2 {
		t.Errorf("Resumes() = %+v, want one for session %s at seq 2", got, ready.SessionID)
	}

	srv.Dispatch("MESSAGE_CREATE", map[string]string{"id": "4"})
	c2.expectDispatch("MESSAGE_CREATE", 6)
}

func TestGatewayResumeUnknownSession(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	c := dial(t, srv)
	c.send(6, map[string]any{"token": "Bot secret", "session_id": "nope", "seq": 3})
	if p := c.read(); p.Op != 9 || string(p.D) != "false" {
		t.Fatalf("answer to RESUME of an unknown session = op %d d %s, want op 9 d false", p.Op, p.D)
	}
	c.identify("Bot secret") // the client may identify on the same connection
}

func TestGatewayWrongToken(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "secret"})
	c := dial(t, srv)
	c.send(2, map[string]any{"token": "Bot other", "intents": 0})
	c.ws.SetReadDeadline(time.Now().Add(timeout))
	_, _, err := c.ws.ReadMessage()
	if !websocket.IsCloseError(err, 4004) {
		t.Fatalf("after IDENTIFY with a wrong token, read error = %v, want close 4004", err)
	}
}

// errorTB records the errors reported to it.
type errorTB struct {
	testing.TB
	errors []string
}

func (tb *errorTB) Error(args ...any) { tb.errors = append(tb.errors, fmt.Sprint(args...)) }

func TestDispatchWithoutSession(t *testing.T) {
	t.Parallel()
	tb := &errorTB{TB: t}
	srv := fakediscord.New(tb)
	if err := srv.Dispatch("MESSAGE_CREATE", map[string]string{}); err == nil {
		t.Error("Dispatch before IDENTIFY = nil error, want an error")
	}
	if len(tb.errors) != 1 {
		t.Errorf("Dispatch before IDENTIFY reported %q, want one test error", tb.errors)
	}
}

// do sends a REST request to srv and returns the status and body.
func do(t *testing.T, srv *fakediscord.Server, method, path, auth, body string) (int, string) {
	t.Helper()
	req, err := http.NewRequest(method, srv.URL()+path, strings.NewReader(body))
	if err != nil {
		t.Fatal(err)
	}
	if auth != "" {
		req.Header.Set("Authorization", auth)
	}
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatalf("%s %s: %v", method, path, err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

func TestREST(t *testing.T) {
	t.Parallel()
	srv := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "secret"})
	const auth = "Bot secret"
	tests := []struct {
		name, method, path, auth, body string
		status                         int
		want                           []string // substrings of the answer
	}{
		{"gateway", "GET", "/api/v9/gateway", auth, "", 200, []string{`"url":"` + srv.GatewayURL() + `"`}},
		{"gateway bot", "GET", "/api/v9/gateway/bot", auth, "", 200, []string{`"shards":1`}},
		{"me", "GET", "/api/v9/users/@me", auth, "", 200, []string{`"id":"` + srv.BotID() + `"`, `"bot":true`}},
		{"application", "GET", "/api/v9/oauth2/applications/@me", auth, "", 200, []string{`"id":"` + srv.ApplicationID() + `"`}},
		{"global commands", "PUT", "/api/v9/applications/7/commands", auth,
			`[{"name":"ask","description":"Ask a question"},{"name":"Explain","type":3}]`, 200,
			[]string{`"name":"ask"`, `"application_id":"7"`, `"id":"1`, `"name":"Explain"`}},
		{"guild commands", "PUT", "/api/v9/applications/7/guilds/8/commands", auth, `[]`, 200, []string{`[]`}},
		{"command name with capitals", "PUT", "/api/v9/applications/7/commands", auth,
			`[{"name":"Ask","description":"d"}]`, 400, []string{`"code":50035`}},
		{"commands not an array", "PUT", "/api/v9/applications/7/commands", auth, `null`, 400, []string{`"code":50035`}},
		{"callback", "POST", "/api/v9/interactions/9/tok/callback", auth, `{"type":4,"data":{"content":"x"}}`, 204, nil},
		{"callback again", "POST", "/api/v9/interactions/9/tok/callback", auth, `{"type":4}`, 400, []string{`"code":40060`}},
		{"edit original", "PATCH", "/api/v9/webhooks/7/tok/messages/@original", auth, `{"content":"edited"}`, 200, []string{`"content":"edited"`}},
		{"follow-up", "POST", "/api/v9/webhooks/7/tok", auth, `{"content":"more"}`, 200, []string{`"content":"more"`}},
		{"channel message", "POST", "/api/v9/channels/5/messages", auth,
			`{"content":"hello","message_reference":{"message_id":"4"}}`, 200,
			[]string{`"channel_id":"5"`, `"content":"hello"`, `"type":19`, `"message_id":"4"`}},
		{"empty message", "POST", "/api/v9/channels/5/messages", auth, `{"content":""}`, 400, []string{`"code":50006`}},
		{"too long", "POST", "/api/v9/channels/5/messages", auth, `{"content":"` + strings.Repeat("é", 2001) + `"}`, 400, []string{`"code":50035`}},
		{"channel", "GET", "/api/v9/channels/5", auth, "", 200, []string{`"id":"5"`}},
		{"unknown route", "GET", "/api/v9/nothing", auth, "", 404, []string{`"code":0`}},
		{"no token", "GET", "/api/v9/users/@me", "", "", 401, nil},
		{"wrong token", "GET", "/api/v9/users/@me", "Bot other", "", 401, nil},
		{"bearer", "GET", "/api/v9/users/@me", "Bearer secret", "", 401, nil},
	}
	for _, tt := range tests { // sequential: "callback again" depends on "callback"
		status, body := do(t, srv, tt.method, tt.path, tt.auth, tt.body)
		if status != tt.status {
			t.Errorf("%s: %s %s = %d %s, want %d", tt.name, tt.method, tt.path, status, body, tt.status)
			continue
		}
		for _, w := range tt.want {
			if !strings.Contains(body, w) {
				t.Errorf("%s: %s %s = %s, want it to contain %s", tt.name, tt.method, tt.path, body, w)
			}
		}
	}

	reqs := srv.Requests()
	if len(reqs) != len(tests) {
		t.Fatalf("len(Requests()) = %d, want %d", len(reqs), len(tests))
	}
	for i, tt := range tests {
		r := reqs[i]
		if r.Method != tt.method || r.Path != tt.path || string(r.Body) != tt.body || r.Header.Get("Authorization") != tt.auth {
			t.Errorf("Requests()[%d] = %s %s %q auth %q, want %s %s %q auth %q",
				i, r.Method, r.Path, r.Body, r.Header.Get("Authorization"), tt.method, tt.path, tt.body, tt.auth)
		}
	}
}

func TestFailNext(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	srv.FailNext("POST", "/channels/5", http.StatusForbidden, 2)
	srv.FailNext("", "/api/v9/channels/6", http.StatusNotFound, 1)
	tests := []struct {
		path   string
		status int
		want   string
	}{
		{"/api/v9/channels/5/messages", 403, `"code":50001`},
		{"/api/v9/channels/6/messages", 404, `"code":10003`},
		{"/api/v9/channels/5/messages", 403, `"code":50001`},
		{"/api/v9/channels/5/messages", 200, `"content":"x"`},
		{"/api/v9/channels/6/messages", 200, `"content":"x"`},
	}
	for i, tt := range tests {
		status, body := do(t, srv, "POST", tt.path, "Bot t", `{"content":"x"}`)
		if status != tt.status || !strings.Contains(body, tt.want) {
			t.Errorf("request %d: POST %s = %d %s, want %d with %s", i, tt.path, status, body, tt.status, tt.want)
		}
	}
	if status, _ := do(t, srv, "GET", "/api/v9/channels/5", "Bot t", ""); status != 200 {
		t.Errorf("GET /channels/5 after the POST failures = %d, want 200", status)
	}
}

func TestMessageNonce(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	post := func(channel, body string) string {
		t.Helper()
		status, resp := do(t, srv, "POST", "/api/v9/channels/"+channel+"/messages", "Bot t", body)
		var m struct {
			ID string `json:"id"`
		}
		if err := json.Unmarshal([]byte(resp), &m); status != 200 || err != nil || m.ID == "" {
			t.Fatalf("POST message = %d %s, want 200 with an id", status, resp)
		}
		return m.ID
	}
	first := post("5", `{"content":"daily","nonce":"d-1","enforce_nonce":true}`)
	if again := post("5", `{"content":"daily","nonce":"d-1","enforce_nonce":true}`); again != first {
		t.Errorf("same enforced nonce again: id %s, want the first message %s", again, first)
	}
	if other := post("6", `{"content":"daily","nonce":"d-1","enforce_nonce":true}`); other == first {
		t.Errorf("same nonce in another channel: id %s, want a new message", other)
	}
	if loose := post("5", `{"content":"daily","nonce":"d-1"}`); loose == first {
		t.Errorf("same nonce without enforce_nonce: id %s, want a new message", loose)
	}
}

func TestWaitRequest(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	go func() {
		time.Sleep(50 * time.Millisecond)
		req, _ := http.NewRequest("POST", srv.URL()+"/api/v9/channels/5/messages", strings.NewReader(`{"content":"late"}`))
		req.Header.Set("Authorization", "Bot t")
		if resp, err := http.DefaultClient.Do(req); err == nil {
			resp.Body.Close()
		}
	}()
	r := srv.WaitRequest(t, timeout, func(r fakediscord.Request) bool {
		return r.Method == "POST" && strings.HasSuffix(r.Path, "/messages")
	})
	if string(r.Body) != `{"content":"late"}` {
		t.Errorf("WaitRequest body = %s, want the late message", r.Body)
	}
}

// TestModalResponses: a modal answering an interaction is checked against
// Discord's limits.
func TestModalResponses(t *testing.T) {
	t.Parallel()
	srv := fakediscord.New(t)
	modal := func(title string) string {
		return fmt.Sprintf(`{"type":9,"data":{"custom_id":"why:1:s","title":%q,"components":[{"type":1,"components":[{"type":4,"custom_id":"why","label":"What?","style":2,"max_length":200}]}]}}`, title)
	}
	if code, b := do(t, srv, "POST", "/api/v9/interactions/2/tok/callback", "", modal("👎 noted. What were you looking for?")); code != 204 {
		t.Errorf("modal = %d %s, want 204", code, b)
	}
	if code, b := do(t, srv, "POST", "/api/v9/interactions/3/tok/callback", "", modal(strings.Repeat("x", 46))); code != 400 || !strings.Contains(b, "title") {
		t.Errorf("modal with a 46-character title = %d %s, want 400", code, b)
	}
	if code, b := do(t, srv, "POST", "/api/v9/interactions/4/tok/callback", "", `{"type":9,"data":{"custom_id":"x","title":"t","components":[]}}`); code != 400 {
		t.Errorf("modal without a text input = %d %s, want 400", code, b)
	}
}
