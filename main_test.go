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
	if !strings.Contains(out, "established in 2021") || !strings.Contains(out, "Related:") || strings.Contains(out, "**") {
		t.Errorf("output lacks the answer or related citations, or has ** marks though not on a terminal:\n%s", out)
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
			Category string  `json:"category"`
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
		ans.Results[0].Section != "Key Points › 5" || ans.Results[0].Category != "Other" || strings.Contains(ans.Results[0].Text, "**") {
		t.Errorf("ask --json key point 5 = %+v", ans)
	}
}

func TestAskBatchFromStdin(t *testing.T) {
	in := "what is the TTC\n\nhow to make pasta\n+-:~^\"*?/\\()[]{}\n@everyone " + strings.Repeat("cyber ", 2000) + "\n"
	out, _, err := runCLI(t, nil, in, "ask", "--json", "-")
	if exitCode(err) != exitNo {
		t.Fatalf("ask - with questions not in the notes: %v, want exit 1", err)
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
	_, _, err := runCLI(t, nil, "", "ask")
	if err == nil || exitCode(err) != exitUsage || !strings.Contains(err.Error(), "Usage:   conceptbot ask \"QUESTION\"") ||
		!strings.Contains(err.Error(), "Example: conceptbot ask \"") {
		t.Errorf("ask with no question: %v (exit %d), want the usage line and an example, exit 2", err, exitCode(err))
	}
	out, _, err := runCLI(t, nil, "", "ask", "   ")
	if exitCode(err) != exitNo || !strings.Contains(out, "couldn't find") {
		t.Errorf("ask with a blank question = %q, %v; want a polite reply and exit 1", out, err)
	}
}

func TestCorpusCheck(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "corpus", "check")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{
		`seed/critical-and-emerging-technologies-partnership.txt: "Critical and Emerging Technologies Partnership" (text): 8 sections, 37 passages`,
		"  Key Points (line 14): 13\n",
		"    Connections (line 168): 1\n",
		"  This Concept in News (line 107): no text\n",
		"ok: 1 document, 8 sections, 37 passages",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("corpus check lacks %q:\n%s", want, out)
		}
	}

	dir := t.TempDir()
	write := func(name, text string) string {
		t.Helper()
		p := filepath.Join(dir, name)
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.md", "# Good Notes\n\n## Key Points\n\n1. One.\n2. Two.\n")
	out, _, err = runCLI(t, nil, "", "corpus", "check", "-v", good)
	if err != nil || !strings.Contains(out, "ok: 1 document, 1 section, 2 passages") || !strings.Contains(out, "    1  One.\n") {
		t.Errorf("corpus check -v good.md = %q, %v", out, err)
	}
	subtitled := write("subtitled.txt", "GOOD NOTES\nGS-III | Economy | last updated Sep 2025\n\nKEY POINTS\n- One.\n")
	out, _, err = runCLI(t, nil, "", "corpus", "check", subtitled)
	if err != nil || !strings.Contains(out, "  subtitle: GS-III | Economy | last updated Sep 2025\n") {
		t.Errorf("corpus check subtitled.txt = %q, %v; want its subtitle shown", out, err)
	}

	bad := write("notes/bad.txt", "Bad Notes\n\nKey Points\n\n• 1.\n\nOne.\n\n• 1.\n\nAgain.\n")
	untitled := write("notes/untitled.md", "## Rain\n\nDrops fall.\n\n## FAQ\n\n**Exam Tip:** no question here.\n")
	empty := write("notes/empty.txt", "\n")
	write("notes/slides.pdfx", "not a document")
	write("notes/.obsidian/app.json", "{}")
	out, errOut, err := runCLI(t, nil, "", "corpus", "check", filepath.Join(dir, "notes"))
	if err == nil {
		t.Errorf("corpus check of broken documents succeeded:\n%s", out)
	}
	for _, want := range []string{
		"  warning: " + bad + `:9: duplicate passage ID "bad-notes/key-points/1" (first at line 5): this one is cited as Key Points › 1 (2)`,
		"  warning: " + untitled + `:1: no "# Title" line: the title is taken from the file name, "untitled"`,
		"  warning: " + untitled + ":7: exam tip with no question before it: cited as FAQ › Exam Tip",
		"skipped: " + filepath.Join(dir, "notes", "slides.pdfx") + `: unsupported file type ".pdfx"`,
		"skipped, as part of how notes are kept or exported: 1 file (", // the hidden folder, listed with -v only
		"2 documents, 3 sections, 4 passages; 4 problems",
	} {
		if !strings.Contains(out, want) {
			t.Errorf("corpus check lacks %q:\n%s", want, out)
		}
	}
	if strings.Contains(out, ".obsidian") {
		t.Errorf("corpus check lists a hidden folder without -v:\n%s", out)
	}
	if want := empty + ":1: empty document: no title\n"; errOut != want {
		t.Errorf("corpus check stderr = %q, want %q", errOut, want)
	}

	// A folder of files conceptbot does not read is an error, not "ok: 0 documents".
	only := filepath.Join(dir, "only")
	write("only/handout.pdfx", "x")
	_, errOut, err = runCLI(t, nil, "", "corpus", "check", only)
	if err == nil || !strings.Contains(errOut, only+": no documents here") {
		t.Errorf("corpus check of a folder with no documents: err %v, stderr %q", err, errOut)
	}
}

// TestBadDocumentLeftOut: a document that cannot be read is left out and
// logged, and the rest of the notes answer; corpus.strict makes it fatal.
func TestBadDocumentLeftOut(t *testing.T) {
	dir := t.TempDir()
	os.WriteFile(filepath.Join(dir, "good.md"), []byte("# Monsoon\nCategory: Geography\n\n## Key Points\n\n- The monsoon brings most of India's rain between June and September.\n"), 0o644)
	os.WriteFile(filepath.Join(dir, "bad.md"), []byte("\x00\x01binary"), 0o644)
	env := map[string]string{"CONCEPTBOT_CORPUS_PATHS": dir}
	out, errOut, err := runCLI(t, env, "", "ask", "--json", "when does the monsoon bring rain to India")
	if err != nil {
		t.Fatalf("ask with a bad document among the notes: %v\n%s", err, errOut)
	}
	if !strings.Contains(out, `"category":"Geography"`) || !strings.Contains(out, `"citation":"Monsoon › Key Points › 1"`) {
		t.Errorf("ask did not answer from the good document:\n%s", out)
	}
	if !strings.Contains(errOut, "left out of the notes") || !strings.Contains(errOut, "bad.md: binary data, not text") {
		t.Errorf("the bad document was not logged:\n%s", errOut)
	}
	env["CONCEPTBOT_CORPUS_STRICT"] = "true"
	if _, _, err := runCLI(t, env, "", "ask", "monsoon"); err == nil || !strings.Contains(err.Error(), "bad.md: binary data, not text") {
		t.Errorf("ask with corpus.strict = %v, want the problem as an error", err)
	}
}

// TestExpectedSkipsQuiet: a file skipped as part of how notes are kept
// (a hidden file, a copy of a document in another format) is logged at
// debug level; one skipped for what it is, as a warning.
func TestExpectedSkipsQuiet(t *testing.T) {
	dir := t.TempDir()
	notes := []byte("# Monsoon\n\n## Key Points\n\n- The monsoon brings most of India's rain between June and September.\n")
	for name, data := range map[string][]byte{"monsoon.md": notes, "monsoon copy.markdown": notes, ".draft.md": notes, "slides.pdfx": []byte("x")} {
		if err := os.WriteFile(filepath.Join(dir, name), data, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	_, errOut, err := runCLI(t, map[string]string{"CONCEPTBOT_CORPUS_PATHS": dir}, "", "ask", "monsoon rain")
	if err != nil {
		t.Fatal(err)
	}
	if !strings.Contains(errOut, "slides.pdfx") || strings.Contains(errOut, "monsoon copy") || strings.Contains(errOut, ".draft.md") {
		t.Errorf("log = %q; want slides.pdfx warned of, the copy and the hidden file not", errOut)
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
		"CONCEPTBOT_HTTP_DRAIN":         "2s",
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
		req, err := http.NewRequest("POST", base+"/interactions", strings.NewReader(body))
		if err != nil {
			t.Fatal(err)
		}
		req.Header.Set("X-Signature-Timestamp", ts)
		req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
		return httpDo(t, req)
	}
	get := func(path string) (int, string) {
		req, err := http.NewRequest("GET", base+path, nil)
		if err != nil {
			t.Fatal(err)
		}
		return httpDo(t, req)
	}
	if code, body := post(`{"type":1}`); code != 200 || strings.TrimSpace(body) != `{"type":1}` {
		t.Errorf("PING = %d %s", code, body)
	}
	ask := `{"id":"1","type":2,"token":"t","guild_id":"42","member":{"user":{"id":"7"},"permissions":"0"},` +
		`"data":{"id":"2","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"key point 5"}]}}`
	if code, body := post(ask); code != 200 || !strings.Contains(body, "Key Points › 5") || !strings.Contains(body, `"parse":[]`) {
		t.Errorf("/ask = %d %s", code, body)
	}
	for path, want := range map[string]string{"/healthz": "ok\n", "/readyz": "ready\n", "/metrics": "conceptbot_questions_total"} {
		if code, body := get(path); code != 200 || !strings.Contains(body, want) {
			t.Errorf("GET %s = %d %.200s, want 200 with %q", path, code, body, want)
		}
	}
	// Stopped, it drains for http.drain: not ready, still answering.
	cancel()
	for deadline := time.Now().Add(time.Second); ; time.Sleep(10 * time.Millisecond) {
		code, body := get("/readyz")
		if code == 503 && body == "shutting down\n" {
			break
		}
		if time.Now().After(deadline) {
			t.Fatalf("GET /readyz after stopping = %d %q, want 503 \"shutting down\" while draining", code, body)
		}
	}
	if code, body := post(ask); code != 200 || !strings.Contains(body, "Key Points › 5") {
		t.Errorf("/ask while draining = %d %.200s, want the answer", code, body)
	}
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("serve returned %v", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("serve did not stop")
	}
}

// httpDo sends req and returns the status and body.
func httpDo(t *testing.T, req *http.Request) (int, string) {
	t.Helper()
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	if err != nil {
		t.Fatal(err)
	}
	return resp.StatusCode, string(b)
}

// TestServeReadyWithDocumentsLeftOut: serve starts with a bad document
// among the notes, and /readyz says so while ready.
func TestServeReadyWithDocumentsLeftOut(t *testing.T) {
	pub, _, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	notes := t.TempDir()
	bad := filepath.Join(notes, "bad.txt")
	os.WriteFile(bad, nil, 0o644)
	env := map[string]string{
		"CONCEPTBOT_DISCORD_PUBLIC_KEY": hex.EncodeToString(pub),
		"CONCEPTBOT_HTTP_ADDR":          "127.0.0.1:0",
		"CONCEPTBOT_DATA_DIR":           t.TempDir(),
		"CONCEPTBOT_CORPUS_PATHS":       notes,
	}
	ctx, cancel := context.WithCancel(context.Background())
	defer cancel()
	var stderr syncbuf.Buffer
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, &stderr)
	}()
	line := waitForLog(t, &stderr, `msg="serving HTTP"`)
	addr := regexp.MustCompile(`addr=(\S+)`).FindStringSubmatch(line)[1]
	resp, err := http.Get("http://" + addr + "/readyz")
	if err != nil {
		t.Fatal(err)
	}
	b, _ := io.ReadAll(resp.Body)
	resp.Body.Close()
	if want := "ready, degraded: left out of the notes: " + bad + ":1: empty document: no title\n"; resp.StatusCode != 200 || string(b) != want {
		t.Errorf("GET /readyz = %d %q, want 200 %q", resp.StatusCode, b, want)
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

// TestAskRebuildsDamagedIndex damages the on-disk index between two runs of
// ask: the second run finds it damaged, rebuilds it and answers every
// question.
func TestAskRebuildsDamagedIndex(t *testing.T) {
	env := map[string]string{"CONCEPTBOT_INDEX_PATH": t.TempDir()}
	questions := "what is the TTC\nkey point 5\nwhen was the TTC set up?\n"
	first, _, err := runCLI(t, env, questions, "ask", "--json", "-")
	if err != nil {
		t.Fatal(err)
	}
	segs, err := filepath.Glob(filepath.Join(env["CONCEPTBOT_INDEX_PATH"], "ix-*", "store", "*.zap"))
	if err != nil || len(segs) != 1 {
		t.Fatalf("segments = %v, %v; want one", segs, err)
	}
	f, err := os.OpenFile(segs[0], os.O_WRONLY, 0)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := f.WriteAt([]byte("damaged"), 100); err != nil {
		t.Fatal(err)
	}
	if err := f.Close(); err != nil {
		t.Fatal(err)
	}
	again, _, err := runCLI(t, env, questions, "ask", "--json", "-")
	if err != nil {
		t.Fatalf("ask on a damaged index: %v", err)
	}
	if again != first {
		t.Errorf("answers on a damaged index:\n%s\nwant, as before:\n%s", again, first)
	}
	if _, err := os.Stat(segs[0]); err == nil {
		t.Errorf("the damaged index %s is still there", segs[0])
	}
}

// TestAskFollow: with --follow, a question of standard input that names
// no document is answered from the document of the answer before it.
func TestAskFollow(t *testing.T) {
	dir := followUpNotes(t)
	env := map[string]string{"CONCEPTBOT_CORPUS_PATHS": dir}
	const questions = "what is the finance commission?\nhow long do members serve?\n"
	for _, tt := range []struct {
		args []string
		want string // the second answer's citation
	}{
		{[]string{"ask", "--json", "-"}, "lokpal/composition/2"},
		{[]string{"ask", "--json", "--follow", "-"}, "finance-commission/composition/2"},
	} {
		out, _, err := runCLI(t, env, questions, tt.args...)
		if err != nil {
			t.Fatal(err)
		}
		lines := strings.Split(strings.TrimSpace(out), "\n")
		var second struct {
			Results []struct {
				ID string `json:"id"`
			} `json:"results"`
		}
		if len(lines) != 2 || json.Unmarshal([]byte(lines[1]), &second) != nil || len(second.Results) == 0 {
			t.Fatalf("%v: %s", tt.args, out)
		}
		if got := second.Results[0].ID; got != tt.want {
			t.Errorf("%v: the follow-up answered from %s, want %s", tt.args, got, tt.want)
		}
	}
}
