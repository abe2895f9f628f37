package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"net"
	"net/http"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
)

func decodeResponse(tb testing.TB, b []byte) *bot.Response {
	tb.Helper()
	var r bot.Response
	if err := json.Unmarshal(b, &r); err != nil {
		tb.Fatalf("decode response %s: %v", b, err)
	}
	return &r
}

func TestPing(t *testing.T) {
	f := newFixture(t, Options{})
	req := request(t, f.url, f.priv, f.now.Unix(), []byte(`{"id":"1","application_id":"2","type":1,"token":"t","version":1}`))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	var buf bytes.Buffer
	buf.ReadFrom(resp.Body)
	if resp.StatusCode != http.StatusOK || buf.String() != `{"type":1}` {
		t.Errorf("PING = %d %s, want 200 {\"type\":1}", resp.StatusCode, buf.String())
	}
	if ct := resp.Header.Get("Content-Type"); ct != "application/json" {
		t.Errorf("PING Content-Type = %q, want application/json", ct)
	}
}

func TestAsk(t *testing.T) {
	f := newFixture(t, Options{})
	code, body := f.post(t, readFile(t, "ask.json"))
	if code != http.StatusOK {
		t.Fatalf("POST ask.json = %d %s, want 200", code, body)
	}
	r := decodeResponse(t, body)
	if r.Type != bot.ResponseMessage || r.Data == nil || len(r.Data.Embeds) == 0 {
		t.Fatalf("ask response = %s, want a message with embeds", describe(r))
	}
	e := r.Data.Embeds[0]
	if want := "Critical and Emerging Technologies Partnership › Key Points › 2"; e.Title != want {
		t.Errorf("ask answer title = %q, want %q", e.Title, want)
	}
	if !strings.Contains(e.Description, "**supply chain resilience**") {
		t.Errorf("ask answer description = %q, want the passage with highlights", e.Description)
	}
	if e.Footer == nil || !strings.Contains(e.Footer.Text, "Why does supply chain resilience matter for critical minerals?") {
		t.Errorf("ask answer footer = %+v, want the question", e.Footer)
	}
	if r.Data.Flags&bot.MessageFlagEphemeral != 0 {
		t.Errorf("ask answer flags = %d, want public", r.Data.Flags)
	}
	if am := r.Data.AllowedMentions; am == nil || am.Parse == nil || len(am.Parse) != 0 {
		t.Errorf("ask allowed_mentions = %+v, want parse []", am)
	}
	if !bytes.Contains(body, []byte(`"parse":[]`)) {
		t.Errorf("ask body %s does not ping-proof with \"parse\":[]", body)
	}
}

// TestPayloads posts Discord's own example interactions.
func TestPayloads(t *testing.T) {
	tests := []struct {
		file      string
		wantType  bot.ResponseType
		ephemeral bool
	}{
		{"application-command-chat-input.json", bot.ResponseMessage, true},   // a command we do not have
		{"application-command-user-context.json", bot.ResponseMessage, true}, // ditto
		{"application-command-message-context.json", bot.ResponseMessage, true},
		{"autocomplete-partial.json", bot.ResponseAutocompleteResult, false},
		{"message-component-button-legacy.json", bot.ResponseMessage, true}, // a button we did not make
		{"message-component-button-components-v2.json", bot.ResponseMessage, true},
		{"message-component-string-select-legacy.json", bot.ResponseMessage, true},
		{"modal-submit-text-input-legacy.json", bot.ResponseMessage, true}, // a type the bot does not handle
	}
	f := newFixture(t, Options{})
	for _, tt := range tests {
		t.Run(strings.TrimSuffix(tt.file, ".json"), func(t *testing.T) {
			code, body := f.post(t, readFile(t, filepath.Join("payloads", tt.file)))
			if code != http.StatusOK {
				t.Fatalf("POST %s = %d %s, want 200", tt.file, code, body)
			}
			r := decodeResponse(t, body)
			if r.Type != tt.wantType {
				t.Errorf("POST %s: response type = %d, want %d", tt.file, r.Type, tt.wantType)
			}
			if got := r.Data != nil && r.Data.Flags&bot.MessageFlagEphemeral != 0; got != tt.ephemeral {
				t.Errorf("POST %s: response %s; ephemeral = %v, want %v", tt.file, describe(r), got, tt.ephemeral)
			}
		})
	}
}

func TestUnknownInteractionType(t *testing.T) {
	f := newFixture(t, Options{})
	code, body := f.post(t, []byte(`{"id":"1","application_id":"2","type":42,"token":"t","data":{"custom_id":"x"}}`))
	if code != http.StatusOK {
		t.Fatalf("POST type 42 = %d %s, want 200", code, body)
	}
	if r := decodeResponse(t, body); r.Type != bot.ResponseMessage || r.Data == nil || r.Data.Flags&bot.MessageFlagEphemeral == 0 {
		t.Errorf("POST type 42 = %s, want an ephemeral message", describe(r))
	}
	if _, m := f.get(t, "/metrics"); !strings.Contains(m, `conceptbot_interactions_total{outcome="ok",type="other"} 1`) {
		t.Errorf("metrics after type 42 lack the \"other\" interaction:\n%s", grep(m, "interactions_total"))
	}
}

func TestRejected(t *testing.T) {
	ask := []byte(`{"id":"1","application_id":"2","type":2,"token":"t","data":{"name":"fact","type":1}}`)
	_, otherKey, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	f := newFixture(t, Options{MaxBody: 4096, MaxAge: 5 * time.Minute})
	now := f.now.Unix()
	tests := []struct {
		name string
		req  func() *http.Request
		want int
	}{
		{"no signature", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			r.Header.Del(headerSignature)
			return r
		}, http.StatusUnauthorized},
		{"no timestamp", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			r.Header.Del(headerTimestamp)
			return r
		}, http.StatusUnauthorized},
		{"signature not hex", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			r.Header.Set(headerSignature, strings.Repeat("zz", ed25519.SignatureSize))
			return r
		}, http.StatusUnauthorized},
		{"signature short", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			r.Header.Set(headerSignature, r.Header.Get(headerSignature)[2:])
			return r
		}, http.StatusUnauthorized},
		{"other key", func() *http.Request { return request(t, f.url, otherKey, now, ask) }, http.StatusUnauthorized},
		{"body changed", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			return request2(t, r, bytes.Replace(ask, []byte("fact"), []byte("ask!"), 1))
		}, http.StatusUnauthorized},
		{"timestamp changed", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			r.Header.Set(headerTimestamp, fmt.Sprint(now-1))
			return r
		}, http.StatusUnauthorized},
		{"stale", func() *http.Request { return request(t, f.url, f.priv, now-301, ask) }, http.StatusUnauthorized},
		{"from the future", func() *http.Request { return request(t, f.url, f.priv, now+301, ask) }, http.StatusUnauthorized},
		{"timestamp not a number", func() *http.Request {
			r := request(t, f.url, f.priv, now, ask)
			r.Header.Set(headerTimestamp, "+"+r.Header.Get(headerTimestamp))
			return r
		}, http.StatusUnauthorized},
		{"old but within max age", func() *http.Request { return request(t, f.url, f.priv, now-299, ask) }, http.StatusOK},
		{"ahead within max age", func() *http.Request { return request(t, f.url, f.priv, now+120, ask) }, http.StatusOK},
		{"too large", func() *http.Request {
			return request(t, f.url, f.priv, now, append(append([]byte(nil), ask[:len(ask)-1]...), []byte(`,"pad":"`+strings.Repeat("x", 5000)+`"}`)...))
		}, http.StatusRequestEntityTooLarge},
		{"too large, chunked", func() *http.Request {
			r := request(t, f.url, f.priv, now, []byte(strings.Repeat(" ", 5000)))
			r.ContentLength = -1 // sent chunked: the limit is found while reading
			return r
		}, http.StatusRequestEntityTooLarge},
		{"not JSON", func() *http.Request {
			return request(t, f.url, f.priv, now, readFile(t, "payloads/message-component-button-fragment.jsonc"))
		}, http.StatusBadRequest},
		{"empty object", func() *http.Request { return request(t, f.url, f.priv, now, []byte(`{}`)) }, http.StatusBadRequest},
		{"empty body", func() *http.Request { return request(t, f.url, f.priv, now, nil) }, http.StatusBadRequest},
		{"type is a string", func() *http.Request { return request(t, f.url, f.priv, now, []byte(`{"type":"1"}`)) }, http.StatusBadRequest},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, tt.req())
			if code != tt.want {
				t.Errorf("POST = %d %s, want %d", code, body, tt.want)
			}
			if code != http.StatusOK && bytes.Contains(body, []byte("goroutine")) {
				t.Errorf("POST body leaks internals: %s", body)
			}
		})
	}
	_, m := f.get(t, "/metrics")
	for _, want := range []string{
		`conceptbot_interactions_rejected_total{reason="signature"} 6`,
		`conceptbot_interactions_rejected_total{reason="stale"} 4`,
		`conceptbot_interactions_rejected_total{reason="too_large"} 2`,
		`conceptbot_interactions_rejected_total{reason="malformed"} 4`,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s:\n%s", want, grep(m, "rejected"))
		}
	}
}

// request2 is r with a different body, keeping r's headers.
func request2(tb testing.TB, r *http.Request, body []byte) *http.Request {
	tb.Helper()
	n, err := http.NewRequest(r.Method, r.URL.String(), bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	n.Header = r.Header.Clone()
	return n
}

func TestHandlerFailure(t *testing.T) {
	tests := []struct {
		name    string
		bot     stubBot
		outcome string
		log     string
	}{
		{"error", func(context.Context, *bot.Interaction) (*bot.Response, error) {
			return nil, errors.New("search: index is closed")
		}, "error", "index is closed"},
		{"nil response", func(context.Context, *bot.Interaction) (*bot.Response, error) {
			return nil, nil
		}, "error", "no response"},
		{"panic", func(context.Context, *bot.Interaction) (*bot.Response, error) {
			panic("boom")
		}, "panic", "panic: boom"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			f := newFixture(t, Options{Bot: tt.bot})
			code, body := f.post(t, readFile(t, "ask.json"))
			if code != http.StatusOK {
				t.Fatalf("POST = %d %s, want 200", code, body)
			}
			want, _ := json.Marshal(bot.Failure(bot.InteractionCommand))
			if got := bytes.TrimSpace(body); !bytes.Equal(got, want) {
				t.Errorf("POST = %s, want the apology %s", got, want)
			}
			if log := f.log.String(); !strings.Contains(log, "interaction failed") || !strings.Contains(log, tt.log) {
				t.Errorf("log = %q, want \"interaction failed\" with %q", log, tt.log)
			}
			if _, m := f.get(t, "/metrics"); !strings.Contains(m, `conceptbot_interactions_total{outcome="`+tt.outcome+`",type="command"} 1`) {
				t.Errorf("metrics lack the %s:\n%s", tt.outcome, grep(m, "interactions_total"))
			}
		})
	}
}

// TestSearchFails goes through the real bot: a failed search is an apology.
func TestSearchFails(t *testing.T) {
	f := newFixture(t, Options{})
	body := bytes.Replace(readFile(t, "ask.json"), []byte("Why does"), []byte("fail:"), 1)
	code, resp := f.post(t, body)
	if r := decodeResponse(t, resp); code != http.StatusOK || r.Data == nil || r.Data.Flags&bot.MessageFlagEphemeral == 0 || !strings.Contains(r.Data.Content, "Sorry") {
		t.Errorf("POST failing question = %d %s, want 200 and an ephemeral apology", code, describe(r))
	}
	if !strings.Contains(f.log.String(), "index is closed") {
		t.Errorf("log = %q, want the cause", f.log.String())
	}
}

func TestNewPublicKey(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	good := hex.EncodeToString(pub)
	b := stubBot(nil)
	tests := []struct {
		name    string
		key     string
		bot     Interactor
		wantErr string
	}{
		{"good", good, b, ""},
		{"upper case and spaces", "  " + strings.ToUpper(good) + "\n", b, ""},
		{"none", "", nil, ""},
		{"not hex", "xyz" + good[3:], b, "not hex"},
		{"odd length", good[1:], b, "not hex"},
		{"short", good[:62], b, "31 bytes, want 32"},
		{"long", good + "00", b, "33 bytes, want 32"},
		{"no bot", good, nil, "no bot"},
		{"not a point of the curve", notAPoint(t), b, "public key"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			opts := Options{PublicKey: tt.key}
			if tt.bot != nil {
				opts.Bot = tt.bot
			}
			_, err := New(opts)
			switch {
			case tt.wantErr == "" && err != nil:
				t.Errorf("New(%q) = %v, want no error", tt.key, err)
			case tt.wantErr != "" && (err == nil || !strings.Contains(err.Error(), tt.wantErr)):
				t.Errorf("New(%q) = %v, want an error with %q", tt.key, err, tt.wantErr)
			}
		})
	}
}

func TestProbes(t *testing.T) {
	var mu sync.Mutex
	ready := false
	f := newFixture(t, Options{Ready: func() bool { mu.Lock(); defer mu.Unlock(); return ready }})
	check := func(path string, wantCode int, wantBody string) {
		t.Helper()
		if code, body := f.get(t, path); code != wantCode || body != wantBody {
			t.Errorf("GET %s = %d %q, want %d %q", path, code, body, wantCode, wantBody)
		}
	}
	check("/healthz", http.StatusOK, "ok\n")
	check("/readyz", http.StatusServiceUnavailable, "not ready\n")
	mu.Lock()
	ready = true
	mu.Unlock()
	check("/readyz", http.StatusOK, "ready\n")
	if code, _ := f.get(t, "/interactions"); code != http.StatusMethodNotAllowed {
		t.Errorf("GET /interactions = %d, want 405", code)
	}
	if code, _ := f.get(t, "/debug/vars"); code != http.StatusNotFound {
		t.Errorf("GET /debug/vars = %d, want 404 (not the default mux)", code)
	}
}

func TestNoPublicKey(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	srv := serveTest(t, s.Handler())
	resp, err := http.Post(srv+"/interactions", "application/json", strings.NewReader(`{"type":1}`))
	if err != nil {
		t.Fatal(err)
	}
	resp.Body.Close()
	if resp.StatusCode != http.StatusNotFound {
		t.Errorf("POST /interactions without a key = %d, want 404", resp.StatusCode)
	}
	if code, _ := do(t, mustGet(t, srv+"/readyz")); code != http.StatusOK {
		t.Errorf("GET /readyz by default = %d, want 200", code)
	}
}

func TestMetrics(t *testing.T) {
	f := newFixture(t, Options{})
	f.post(t, readFile(t, "ask.json"))
	f.post(t, bytes.Replace(readFile(t, "ask.json"), []byte("Why does supply chain resilience matter for critical minerals?"), []byte("Are bananas berries?"), 1))
	f.post(t, []byte(`{"id":"1","type":1}`))
	f.post(t, readFile(t, "payloads/autocomplete-partial.json"))
	f.metrics.Reconnected()
	f.metrics.DailyPost(true)
	f.metrics.DailyPost(false)
	f.metrics.DailyPost(false)
	code, m := f.get(t, "/metrics")
	if code != http.StatusOK {
		t.Fatalf("GET /metrics = %d", code)
	}
	for _, want := range []string{
		`conceptbot_questions_total{outcome="answered"} 1`,
		`conceptbot_questions_total{outcome="abstained"} 1`,
		`conceptbot_answer_duration_seconds_count 2`,
		`conceptbot_interactions_total{outcome="ok",type="command"} 2`,
		`conceptbot_interactions_total{outcome="ok",type="ping"} 1`,
		`conceptbot_interactions_total{outcome="ok",type="autocomplete"} 1`,
		`conceptbot_interactions_total{outcome="error",type="command"} 0`,
		`conceptbot_rate_limited_total 0`,
		`conceptbot_gateway_reconnects_total 1`,
		`conceptbot_daily_posts_total{outcome="sent"} 1`,
		`conceptbot_daily_posts_total{outcome="failed"} 2`,
		`go_goroutines `,
		`process_resident_memory_bytes `,
	} {
		if !strings.Contains(m, want) {
			t.Errorf("GET /metrics lacks %q:\n%s", want, grep(m, "conceptbot_"))
		}
	}
}

func TestRateLimited(t *testing.T) {
	f := newFixture(t, Options{})
	body := readFile(t, "ask.json")
	for i := range 6 {
		code, resp := f.post(t, body)
		r := decodeResponse(t, resp)
		limited := r.Data != nil && strings.Contains(r.Data.Content, "asking quickly")
		if code != http.StatusOK || limited != (i == 5) {
			t.Errorf("question %d = %d %s, want 200, rate limited %v", i+1, code, describe(r), i == 5)
		}
	}
	if _, m := f.get(t, "/metrics"); !strings.Contains(m, "conceptbot_rate_limited_total 1") {
		t.Errorf("metrics lack the rate-limited question:\n%s", grep(m, "conceptbot_"))
	}
}

// TestConcurrent asks from many users at once; run it with -race.
func TestConcurrent(t *testing.T) {
	f := newFixture(t, Options{})
	ask := readFile(t, "ask.json")
	const workers, each = 64, 4
	var wg sync.WaitGroup
	errs := make(chan string, workers*each)
	for w := range workers {
		// Requests are made here: request may fail the test, which only the
		// test's goroutine may do.
		var reqs [each]*http.Request
		var wants [each]int
		for i := range each {
			body := bytes.Replace(ask, []byte("53908232506183680"), fmt.Appendf(nil, "%d", 1000+w), 1)
			ts := f.now.Unix()
			wants[i] = http.StatusOK
			switch i % 4 {
			case 2:
				body = []byte(`{"type":1}`)
			case 3:
				ts -= 3600
				wants[i] = http.StatusUnauthorized
			}
			reqs[i] = request(t, f.url, f.priv, ts, body)
		}
		wg.Go(func() {
			for i, req := range reqs {
				want := wants[i]
				code, resp, err := send(req)
				switch {
				case err != nil:
					errs <- fmt.Sprintf("POST: %v", err)
				case code != want:
					errs <- fmt.Sprintf("POST = %d %s, want %d", code, resp, want)
				case want == http.StatusOK:
					var r bot.Response
					if err := json.Unmarshal(resp, &r); err != nil || (r.Type != bot.ResponseMessage && r.Type != bot.ResponsePong) {
						errs <- fmt.Sprintf("POST = %s (%v)", resp, err)
					}
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for e := range errs {
		t.Error(e)
	}
	_, m := f.get(t, "/metrics")
	for _, want := range []string{
		fmt.Sprintf(`conceptbot_questions_total{outcome="answered"} %d`, workers*2),
		fmt.Sprintf(`conceptbot_interactions_total{outcome="ok",type="ping"} %d`, workers),
		fmt.Sprintf(`conceptbot_interactions_rejected_total{reason="stale"} %d`, workers),
	} {
		if !strings.Contains(m, want) {
			t.Errorf("metrics lack %s:\n%s", want, grep(m, "conceptbot_"))
		}
	}
}

// TestRun serves on loopback, stops while a request is in flight, and
// checks that the request is answered and Run returns nil.
func TestRun(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	started, release := make(chan struct{}), make(chan struct{})
	releaseBot := sync.OnceFunc(func() { close(release) })
	t.Cleanup(releaseBot) // a failed test must not leave the bot waiting
	s, err := New(Options{
		PublicKey: hex.EncodeToString(pub),
		Bot: stubBot(func(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
			close(started)
			<-release
			return &bot.Response{Type: bot.ResponseMessage, Data: &bot.ResponseData{Content: "done"}}, ctx.Err()
		}),
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()

	url := "http://" + ln.Addr().String() + "/interactions"
	type result struct {
		code int
		body []byte
		err  error
	}
	res := make(chan result, 1)
	req := request(t, url, priv, time.Now().Unix(), []byte(`{"type":2,"data":{"name":"ask"}}`))
	go func() {
		code, body, err := send(req)
		res <- result{code, body, err}
	}()
	select {
	case <-started:
	case r := <-res:
		t.Fatalf("request answered before the bot was asked: %d %s %v", r.code, r.body, r.err)
	case <-time.After(10 * time.Second):
		t.Fatal("the bot was not asked within 10 s")
	}
	cancel()
	select {
	case err := <-done:
		t.Fatalf("Serve returned %v with a request in flight", err)
	case <-time.After(100 * time.Millisecond):
	}
	releaseBot()
	if r := recv(t, res, "the answer"); r.err != nil || r.code != http.StatusOK || !bytes.Contains(r.body, []byte(`"done"`)) {
		t.Errorf("request in flight at shutdown = %d %s %v, want 200 done", r.code, r.body, r.err)
	}
	if err := recv(t, done, "Serve to return"); err != nil {
		t.Errorf("Serve = %v, want nil", err)
	}
	if _, err := net.DialTimeout("tcp", ln.Addr().String(), time.Second); err == nil {
		t.Errorf("still listening after Serve returned")
	}
}

func TestRunListenError(t *testing.T) {
	s, err := New(Options{Addr: "127.0.0.1:-1"})
	if err != nil {
		t.Fatal(err)
	}
	if err := s.Run(t.Context()); err == nil {
		t.Errorf("Run on a bad address = nil, want an error")
	}
}

// grep returns the lines of s containing sub.
func grep(s, sub string) string {
	var out []string
	for line := range strings.Lines(s) {
		if strings.Contains(line, sub) {
			out = append(out, line)
		}
	}
	return strings.Join(out, "")
}
