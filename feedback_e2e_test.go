package main

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/csv"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"os"
	"path/filepath"
	"regexp"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/internal/pgtest"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

// startServe runs serve with env until stop, which waits for it to end.
func startServe(t *testing.T, env map[string]string) (log *syncbuf.Buffer, stop func()) {
	t.Helper()
	ctx, cancel := context.WithCancel(context.Background())
	log = &syncbuf.Buffer{}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), &bytes.Buffer{}, log)
	}()
	stopped := false
	stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v; log:\n%s", err, log)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	}
	t.Cleanup(stop)
	waitForLog(t, log, "conceptbot is running")
	return log, stop
}

// interactionIn is an interaction in server 42 by user: kind is its type,
// data what it carries.
func interactionIn(id, user, perms string, kind int, data string) map[string]any {
	var d any
	if err := json.Unmarshal([]byte(data), &d); err != nil {
		panic(err)
	}
	return map[string]any{
		"id": id, "application_id": "1", "type": kind, "token": "tok-" + id, "guild_id": "42", "channel_id": "7",
		"member": map[string]any{"user": map[string]any{"id": user}, "permissions": perms}, "data": d,
	}
}

func askJSON(q string) string {
	return fmt.Sprintf(`{"id":"1","name":"ask","type":1,"options":[{"name":"question","type":3,"value":%q}]}`, q)
}

func pressData(customID string) string {
	return fmt.Sprintf(`{"custom_id":%q,"component_type":2}`, customID)
}

func whyData(customID, note string) string {
	return fmt.Sprintf(`{"custom_id":%q,"components":[{"type":1,"components":[{"type":4,"custom_id":"why","value":%q}]}]}`, customID, note)
}

const exportData = `{"id":"6","name":"notes","type":1,"options":[{"name":"gaps","type":2,"options":[{"name":"export","type":1}]}]}`

// voteIDs returns the custom_ids of an answer's 👍 and 👎.
func voteIDs(t *testing.T, r bot.Response) (up, down string) {
	t.Helper()
	if r.Data != nil {
		for _, row := range r.Data.Components {
			for _, c := range row.Components {
				switch c.Label {
				case "👍":
					up = c.CustomID
				case "👎":
					down = c.CustomID
				}
			}
		}
	}
	if up == "" || down == "" {
		t.Fatalf("no vote buttons on %+v", r)
	}
	return up, down
}

// TestServeFeedbackOverGateway: questions asked and voted on over the
// gateway are in `conceptbot gaps`, rewordings together, and its eval
// template reads as an eval file.
func TestServeFeedbackOverGateway(t *testing.T) {
	fd := fakediscord.New(t)
	dir := t.TempDir()
	env := map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":    "test-token",
		"CONCEPTBOT_DISCORD_REST_URL": fd.URL(),
		"CONCEPTBOT_DISCORD_GUILD_ID": "42",
		"CONCEPTBOT_DATA_DIR":         dir,
	}
	log, stop := startServe(t, env)
	waitForLog(t, log, "feedback: on")
	fd.WaitReady(t, 10*time.Second)
	n := 0
	send := func(in map[string]any) bot.Response {
		t.Helper()
		n++
		id := fmt.Sprint(1300000000000000000 + n)
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
	send(interactionIn("", "1001", "0", 2, askJSON("who is the prime minister of japan")))
	send(interactionIn("", "1002", "0", 2, askJSON("Prime Minister of Japan??")))
	ttc := send(interactionIn("", "1003", "0", 2, askJSON("When was the US-EU Trade and Technology Council set up?")))
	_, down := voteIDs(t, ttc)
	modal := send(interactionIn("", "1004", "0", 3, pressData(down)))
	if modal.Type != bot.ResponseModal {
		t.Fatalf("👎 = %+v, want the modal", modal)
	}
	send(interactionIn("", "1004", "0", 5, whyData(modal.Data.CustomID, "the month it was set up")))

	// While serve has the file open, gaps reads its backup (made at
	// start-up, before these questions).
	out, errOut, err := runCLI(t, env, "", "gaps", "--guild", "42")
	if err != nil || !strings.Contains(errOut, "reading its newest backup") || !strings.Contains(out, "0 questions asked") {
		t.Errorf("gaps while serving = %v\nstdout:\n%s\nstderr:\n%s", err, out, errOut)
	}
	stop()

	out, _, err = runCLI(t, env, "", "gaps", "--guild", "42")
	for _, want := range []string{
		"3 questions asked, 2 not answered (67%); 0 👍, 1 👎",
		`2×  "Prime Minister of Japan??" (and 1 rewording), asked 2 times`,
		`1 👎 0 👍  "When was the US-EU Trade and Technology Council set up?", asked 1 time`,
		"answered from: Critical and Emerging Technologies Partnership › Historical Background",
		`looking for: "the month it was set up"`,
	} {
		if err != nil || !strings.Contains(out, want) {
			t.Errorf("gaps = %v, want %q in:\n%s", err, want, out)
		}
	}
	if out, _, err := runCLI(t, env, "", "gaps", "--guild", "43"); err != nil || !strings.Contains(out, "0 questions asked") {
		t.Errorf("gaps of another server = %v:\n%s", err, out)
	}

	tmpl, _, err := runCLI(t, env, "", "gaps", "--guild", "42", "--eval-template")
	if err != nil {
		t.Fatal(err)
	}
	qs, err := index.ReadEval(strings.NewReader(tmpl))
	if err != nil || len(qs) != 3 {
		t.Fatalf("the eval template reads as %d questions, %v:\n%s", len(qs), err, tmpl)
	}
	for _, q := range qs {
		if len(q.Accept) != 0 || len(q.Section) != 0 {
			t.Errorf("template question %+v has accept or section filled in", q)
		}
	}
	file := filepath.Join(t.TempDir(), "gaps.jsonl")
	if err := os.WriteFile(file, []byte(tmpl), 0o600); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runCLI(t, env, "", "eval", file); err != nil || !regexp.MustCompile(`(?m)^\s*all\s+3\s`).MatchString(out) {
		t.Errorf("eval of the template = %v:\n%s", err, out)
	}

	for _, tt := range []struct {
		args []string
		want string
	}{
		{[]string{"gaps"}, "gaps needs --guild"},
		{[]string{"gaps", "--guild", "x42"}, "--guild must be a server ID"},
		{[]string{"gaps", "--guild", "42", "--json", "--eval-template"}, "cannot be used together"},
	} {
		if _, _, err := runCLI(t, env, "", tt.args...); err == nil || !strings.Contains(err.Error(), tt.want) || exitCode(err) != exitUsage {
			t.Errorf("%v = %v (exit %d), want %q, exit %d", tt.args, err, exitCode(err), tt.want, exitUsage)
		}
	}
	if _, _, err := runCLI(t, map[string]string{"CONCEPTBOT_DATA_DIR": t.TempDir()}, "", "gaps", "--guild", "42"); err == nil ||
		!strings.Contains(err.Error(), "no feedback kept yet") {
		t.Errorf("gaps without a store = %v", err)
	}
}

// TestFeedbackAcrossReplicas: two HTTP replicas on one PostgreSQL store
// share the answers: a vote on one counts for an answer given by the
// other, the export's CSV reaches Discord as an edit, and `conceptbot gaps
// --json` reads the same store.
func TestFeedbackAcrossReplicas(t *testing.T) {
	fd := fakediscord.New(t)
	url := pgtest.URL(t)
	env := func() map[string]string {
		return map[string]string{"CONCEPTBOT_STORE_URL": url, "CONCEPTBOT_DISCORD_REST_URL": fd.URL()}
	}
	a, b := startReplica(t, env()), startReplica(t, env())
	post := func(r *replica, in map[string]any) bot.Response {
		t.Helper()
		body, _ := json.Marshal(in)
		var resp bot.Response
		if err := json.Unmarshal([]byte(interactRaw(t, r, string(body))), &resp); err != nil {
			t.Fatal(err)
		}
		return resp
	}
	ans := post(a, interactionIn("1300000000000000101", "1001", "0", 2, askJSON("When was the US-EU Trade and Technology Council set up?")))
	up, down := voteIDs(t, ans)
	if r := post(b, interactionIn("1300000000000000102", "1002", "0", 3, pressData(up))); r.Data == nil || !strings.Contains(r.Data.Content, "glad it helped") {
		t.Errorf("👍 on the other replica = %+v", r)
	}
	modal := post(a, interactionIn("1300000000000000103", "1003", "0", 3, pressData(down)))
	post(b, interactionIn("1300000000000000104", "1003", "0", 5, whyData(modal.Data.CustomID, "its first meeting")))
	if deferred := post(b, interactionIn("1300000000000000105", "9", "32", 2, exportData)); deferred.Type != bot.ResponseDeferred {
		t.Fatalf("export = %+v, want a deferred answer", deferred)
	}
	edit := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
		return r.Method == "PATCH" && strings.HasSuffix(r.Path, "/webhooks/1/tok-1300000000000000105/messages/@original")
	})
	_, files, err := fakediscord.Multipart(edit)
	if err != nil || len(files) != 1 {
		t.Fatalf("the export's edit has %d files, %v", len(files), err)
	}
	var csvFile []byte
	for name, data := range files {
		if !strings.HasPrefix(name, "gaps-42-") || !strings.HasSuffix(name, ".csv") {
			t.Errorf("the export is named %q, want gaps-42-DATE.csv", name)
		}
		csvFile = data
	}
	rows, err := csv.NewReader(bytes.NewReader(csvFile)).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][4] != "1" || rows[1][5] != "1" || rows[1][8] != "its first meeting" {
		t.Errorf("CSV = %q, %v; want the question with 1 👍, 1 👎 and the note", rows, err)
	}
	for _, r := range []*replica{a, b} {
		if _, m := r.get(t, "/metrics"); !strings.Contains(m, `conceptbot_feedback_votes_total`) {
			t.Errorf("/metrics lacks the votes")
		}
	}
	out, _, err := runCLI(t, map[string]string{"CONCEPTBOT_STORE_URL": url}, "", "gaps", "--guild", "42", "--json")
	var rep struct {
		Asked int `json:"asked"`
		Up    int `json:"up"`
		Down  int `json:"down"`
		Gaps  []struct {
			Notes []string `json:"notes"`
		} `json:"gaps"`
	}
	if err != nil || json.Unmarshal([]byte(out), &rep) != nil || rep.Asked != 1 || rep.Up != 1 || rep.Down != 1 || len(rep.Gaps) != 1 || len(rep.Gaps[0].Notes) != 1 {
		t.Errorf("gaps --json = %v:\n%s", err, out)
	}
}

// interactRaw posts a signed interaction to a replica and returns the
// response's body.
func interactRaw(t *testing.T, r *replica, body string) string {
	t.Helper()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", r.base+"/interactions", strings.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(r.priv, []byte(ts+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 {
		t.Fatalf("POST /interactions = %d %s", resp.StatusCode, b)
	}
	return string(b)
}

// TestServeFeedbackOff: with feedback.enabled false, answers have no vote
// buttons and nothing is kept.
func TestServeFeedbackOff(t *testing.T) {
	fd := fakediscord.New(t)
	dir := t.TempDir()
	env := map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":      "test-token",
		"CONCEPTBOT_DISCORD_REST_URL":   fd.URL(),
		"CONCEPTBOT_DATA_DIR":           dir,
		"CONCEPTBOT_FEEDBACK_ENABLED":   "false",
		"CONCEPTBOT_FEEDBACK_RETENTION": "1h",
	}
	log, stop := startServe(t, env)
	waitForLog(t, log, "feedback: off (feedback.enabled is false)")
	fd.WaitReady(t, 10*time.Second)
	in := interactionIn("1300000000000000201", "1001", "0", 2, askJSON("When was the US-EU Trade and Technology Council set up?"))
	in["application_id"] = fd.ApplicationID()
	if err := fd.Dispatch("INTERACTION_CREATE", in); err != nil {
		t.Fatal(err)
	}
	req := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
		return strings.HasSuffix(r.Path, "/interactions/1300000000000000201/tok-1300000000000000201/callback")
	})
	if !strings.Contains(string(req.Body), "Historical Background") || strings.Contains(string(req.Body), "vote:") {
		t.Errorf("answer with feedback off:\n%s\nwant it without vote buttons", req.Body)
	}
	stop()
	if out, _, err := runCLI(t, env, "", "gaps", "--guild", "42"); err != nil || !strings.Contains(out, "0 questions asked") {
		t.Errorf("gaps with feedback off = %v:\n%s", err, out)
	}
}
