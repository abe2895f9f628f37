package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

// runCLI runs the program with args, an environment and standard input, and
// returns what it printed and its error.
func runCLI(t *testing.T, env map[string]string, stdin string, args ...string) (stdout, stderr string, err error) {
	t.Helper()
	var out, errOut bytes.Buffer
	getenv := func(k string) string { return env[k] }
	err = run(context.Background(), args, getenv, strings.NewReader(stdin), &out, &errOut)
	return out.String(), errOut.String(), err
}

func TestAskPrintsCitedPassage(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "ask", "When was the US-EU Trade and Technology Council set up?")
	if err != nil {
		t.Fatal(err)
	}
	first, _, _ := strings.Cut(out, "\n")
	if first != "Critical and Emerging Technologies Partnership › Historical Background" {
		t.Errorf("first line = %q, want the Historical Background citation", first)
	}
	if !strings.Contains(out, "**established** in 2021") || !strings.Contains(out, "Related:") {
		t.Errorf("output lacks the emphasised answer or related citations:\n%s", out)
	}
}

func TestAskJSON(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "ask", "--json", "--top", "2", "key point 5")
	if err != nil {
		t.Fatal(err)
	}
	var got map[string]any
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("output is not one JSON object: %v\n%s", err, out)
	}
	var ans struct {
		Question string `json:"question"`
		Answered bool   `json:"answered"`
		Shape    string `json:"shape"`
		Results  []struct {
			Rank     int     `json:"rank"`
			ID       string  `json:"id"`
			Doc      string  `json:"doc"`
			Section  string  `json:"section"`
			Citation string  `json:"citation"`
			Text     string  `json:"text"`
			Score    float64 `json:"score"`
			Part     int     `json:"part"`
		} `json:"results"`
	}
	dec := json.NewDecoder(strings.NewReader(out))
	dec.DisallowUnknownFields()
	if err := dec.Decode(&ans); err != nil {
		t.Fatalf("JSON has other fields than the documented ones: %v", err)
	}
	if !ans.Answered || ans.Shape != "passage" || len(ans.Results) != 2 || ans.Results[0].Rank != 1 ||
		ans.Results[0].ID != "critical-and-emerging-technologies-partnership/key-points/5" ||
		ans.Results[0].Section != "Key Points › 5" || strings.Contains(ans.Results[0].Text, "**") {
		t.Errorf("ask --json key point 5 = %+v", ans)
	}
}

func TestAskBatchFromStdin(t *testing.T) {
	in := "what is the TTC\n\nhow to make pasta\n+-:~^\"*?/\\()[]{}\n@everyone " + strings.Repeat("cyber ", 2000) + "\n"
	out, _, err := runCLI(t, nil, in, "ask", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	lines := strings.Split(strings.TrimSpace(out), "\n")
	if len(lines) != 5 {
		t.Fatalf("got %d lines of output for 5 questions:\n%s", len(lines), out)
	}
	wantAnswered := []bool{true, false, false, false, true}
	for i, line := range lines {
		var ans struct {
			Question string            `json:"question"`
			Answered bool              `json:"answered"`
			Results  []json.RawMessage `json:"results"`
		}
		if err := json.Unmarshal([]byte(line), &ans); err != nil {
			t.Fatalf("line %d is not JSON: %v", i+1, err)
		}
		if ans.Answered != wantAnswered[i] || ans.Results == nil {
			t.Errorf("line %d (%.40q): answered = %v, want %v (results %v)", i+1, ans.Question, ans.Answered, wantAnswered[i], ans.Results)
		}
	}
}

func TestAskNeedsAQuestion(t *testing.T) {
	if _, _, err := runCLI(t, nil, "", "ask"); err == nil {
		t.Error("ask with no question succeeded")
	}
	out, _, err := runCLI(t, nil, "", "ask", "   ")
	if err != nil || !strings.Contains(out, "couldn't find") {
		t.Errorf("ask with a blank question = %q, %v; want a polite reply", out, err)
	}
}

func TestCorpusCheck(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "corpus", "check")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(out, "ok: 1 documents, 8 sections, 37 passages") {
		t.Errorf("corpus check summary:\n%s", out)
	}

	dir := t.TempDir()
	good := filepath.Join(dir, "good.md")
	bad := filepath.Join(dir, "bad.txt")
	os.WriteFile(good, []byte("# Good Notes\n\n## Key Points\n\n1. One.\n2. Two.\n"), 0o644)
	os.WriteFile(bad, []byte("Bad Notes\n\nKey Points\n\n• 1.\n\nOne.\n\n• 1.\n\nAgain.\n"), 0o644)
	out, _, err = runCLI(t, nil, "", "corpus", "check", good)
	if err != nil || !strings.Contains(out, "ok: 1 documents, 1 sections, 2 passages") {
		t.Errorf("corpus check good.md = %q, %v", out, err)
	}
	_, errOut, err := runCLI(t, nil, "", "corpus", "check", dir)
	if err == nil || !strings.Contains(errOut, bad+`:9: duplicate passage ID "bad-notes/key-points/1" (first at line 5)`) {
		t.Errorf("corpus check of a broken document: err %v, stderr %q", err, errOut)
	}
}

func TestConfigMasksSecretsAndListsProblems(t *testing.T) {
	env := map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":       "very-secret-token",
		"CONCEPTBOT_DISCORD_SHARD_COUNT": "0",
		"CONCEPTBOT_LOG_LEVEL":           "loud",
		"CONCEPTBOT_DISCORD_PUBLIC_KEY":  "abc",
	}
	out, _, err := runCLI(t, env, "", "config")
	if strings.Contains(out, "very-secret-token") || !strings.Contains(out, "discord.token            = ******** (set)") {
		t.Errorf("config printed the token or did not mask it:\n%s", out)
	}
	if err == nil {
		t.Fatal("config with bad values succeeded")
	}
	for _, want := range []string{"discord.shard_count", "log.level", "discord.public_key"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("config error does not mention %s:\n%v", want, err)
		}
	}
}

func TestServeWithoutTokenNamesTheVariable(t *testing.T) {
	_, _, err := runCLI(t, nil, "", "serve")
	if err == nil || !strings.Contains(err.Error(), "CONCEPTBOT_DISCORD_TOKEN") {
		t.Errorf("serve without a token: %v", err)
	}
}

func TestVersion(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "version")
	if err != nil || !strings.HasPrefix(out, "conceptbot ") {
		t.Errorf("version = %q, %v", out, err)
	}
}

// TestServeEndToEnd runs the whole program against the in-repo fake Discord:
// it registers the commands, answers /ask, and stops cleanly when its
// context ends, as on SIGTERM.
func TestServeEndToEnd(t *testing.T) {
	fd := fakediscord.New(t)
	env := map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":    "test-token",
		"CONCEPTBOT_DISCORD_REST_URL": fd.URL(),
		"CONCEPTBOT_DISCORD_GUILD_ID": "42",
		"CONCEPTBOT_DATA_DIR":         t.TempDir(),
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	done := make(chan error, 1)
	var stderr syncbuf.Buffer
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	waitForLog(t, &stderr, "conceptbot is running")
	reg := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
		return r.Method == "PUT" && strings.HasSuffix(r.Path, "/guilds/42/commands")
	})
	for _, name := range []string{`"name":"ask"`, `"name":"lookup"`, `"name":"fact"`, `"name":"daily"`, `"name":"Find in notes"`} {
		if !strings.Contains(string(reg.Body), name) {
			t.Errorf("registered commands lack %s", name)
		}
	}
	fd.WaitReady(t, 10*time.Second)
	err := fd.Dispatch("INTERACTION_CREATE", map[string]any{
		"id": "900", "application_id": fd.ApplicationID(), "type": 2, "token": "tok-900",
		"guild_id": "42", "channel_id": "7",
		"member": map[string]any{"user": map[string]any{"id": "1001", "username": "student"}, "permissions": "0"},
		"data": map[string]any{"id": "1", "name": "ask", "type": 1, "options": []map[string]any{
			{"name": "question", "type": 3, "value": "when was the TTC set up?"},
		}},
	})
	if err != nil {
		t.Fatal(err)
	}
	req := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
		return strings.HasSuffix(r.Path, "/interactions/900/tok-900/callback")
	})
	body := string(req.Body)
	if !strings.Contains(body, "Historical Background") || !strings.Contains(body, `"parse":[]`) {
		t.Errorf("/ask callback lacks the citation or allowed_mentions:\n%s", body)
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v after shutdown; stderr:\n%s", err, stderr.String())
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop within 20 s of its context ending")
	}
}

// waitForLog waits for a log line containing s and returns it.
func waitForLog(t *testing.T, log *syncbuf.Buffer, s string) string {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); time.Now().Before(deadline); time.Sleep(10 * time.Millisecond) {
		for _, line := range strings.Split(log.String(), "\n") {
			if strings.Contains(line, s) {
				return line
			}
		}
	}
	t.Fatalf("no log line with %q; log:\n%s", s, log.String())
	return ""
}

// TestServeHTTPOnly runs serve with a public key and no token: only the
// HTTP server, answering signed interactions, probes and metrics.
func TestServeHTTPOnly(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	env := map[string]string{
		"CONCEPTBOT_DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
		"CONCEPTBOT_HTTP_ADDR":          "127.0.0.1:0",
		"CONCEPTBOT_DATA_DIR":           t.TempDir(),
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncbuf.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	line := waitForLog(t, &stderr, `msg="serving HTTP"`)
	m := regexp.MustCompile(`addr=(\S+)`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("no address in %q", line)
	}
	base := "http://" + m[1]
	post := func(body string) (int, string) {
		ts := strconv.FormatInt(time.Now().Unix(), 10)
		req, _ := http.NewRequest("POST", base+"/interactions", strings.NewReader(body))
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			t.Fatal(err)
		}
		defer resp.Body.Close()
		b, _ := io.ReadAll(resp.Body)
		return resp.StatusCode, string(b)
	}
	if code, body := post(`{"type":1}`); code != 200 || strings.TrimSpace(body) != `{"type":1}` {
		t.Errorf("PING = %d %s", code, body)
	}
	ask := `{"id":"1","type":2,"token":"t","guild_id":"42","member":{"user":{"id":"7"},"permissions":"0"},` +
		`"data":{"id":"2","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"key point 5"}]}}`
	if code, body := post(ask); code != 200 || !strings.Contains(body, "Key Points › 5") || !strings.Contains(body, `"parse":[]`) {
		t.Errorf("/ask = %d %s", code, body)
	}
	for path, want := range map[string]string{"/healthz": "ok", "/readyz": "", "/metrics": "conceptbot_questions_total"} {
		resp, err := http.Get(base + path)
		if err != nil {
			t.Fatal(err)
		}
		b, _ := io.ReadAll(resp.Body)
		resp.Body.Close()
		if resp.StatusCode != 200 || !strings.Contains(string(b), want) {
			t.Errorf("GET %s = %d %.200s", path, resp.StatusCode, b)
		}
	}
	cancel()
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}
