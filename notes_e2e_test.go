package main

import (
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"net/http"
	"regexp"
	"strconv"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
)

// Documents of made-up topics: an answer citing one can only come from the
// server that added it.
const (
	zorblaxNotes = `# Zorblax Treaty

The Zorblax Treaty is an agreement on quasar mining signed in 2031.

## Key Points
1. The treaty limits quasar mining to licensed operators.
2. The treaty created the Zorblax Council to settle quasar disputes.
3. Every quasar mine pays a levy to the Zorblax Fund.

## Recent Developments
- In 2035, the Zorblax Council fined three quasar miners.
`
	zorblaxRevised = `# Zorblax Treaty

The Zorblax Treaty was revised in 2040 to ban quasar mining outright.

## Key Points
1. Every quasar mine must close by 2045 under the revised Zorblax Treaty.
2. The Zorblax Council now licenses comet tourism instead.
`
)

// notesDo answers an interaction through one edge; a deferred answer is
// waited for and its edit returned in its place.
type notesDo func(t *testing.T, in map[string]any) bot.Response

// interactionOf is an interaction in guild from user 1001 with perms.
func interactionOf(n *atomic.Int64, appID string, typ int, guild, perms string, data map[string]any) map[string]any {
	id := strconv.FormatInt(1000+n.Add(1), 10)
	return map[string]any{
		"id": id, "application_id": appID, "type": typ, "token": "tok-" + id, "guild_id": guild, "channel_id": "7",
		"member": map[string]any{"user": map[string]any{"id": "1001", "username": "asha"}, "permissions": perms},
		"data":   data,
	}
}

func notesData(sub string, opts ...map[string]any) map[string]any {
	if opts == nil {
		opts = []map[string]any{}
	}
	return map[string]any{"id": "3", "name": "notes", "type": 1, "options": []map[string]any{{"name": sub, "type": 1, "options": opts}}}
}

func addData(a fakediscord.Attachment, replace bool) map[string]any {
	d := notesData("add", map[string]any{"name": "file", "type": 11, "value": a.ID}, map[string]any{"name": "replace", "type": 5, "value": replace})
	d["resolved"] = map[string]any{"attachments": map[string]any{a.ID: a}}
	return d
}

func askData(q string) map[string]any {
	return map[string]any{"id": "2", "name": "ask", "type": 1, "options": []map[string]any{{"name": "question", "type": 3, "value": q}}}
}

// deferred waits for the edit of a deferred answer.
func deferred(t *testing.T, fd *fakediscord.Server, in map[string]any) bot.Response {
	t.Helper()
	path := fmt.Sprintf("/api/v9/webhooks/%s/%s/messages/@original", in["application_id"], in["token"])
	r := fd.WaitRequest(t, 20*time.Second, func(r fakediscord.Request) bool { return r.Method == "PATCH" && r.Path == path })
	payload, _, err := fakediscord.Multipart(r)
	if err != nil {
		t.Fatal(err)
	}
	var data bot.ResponseData
	if err := json.Unmarshal(payload, &data); err != nil {
		t.Fatalf("edit %s: %v", payload, err)
	}
	return bot.Response{Type: bot.ResponseMessage, Data: &data}
}

func seen(r bot.Response) string {
	if r.Data == nil {
		return ""
	}
	var b strings.Builder
	b.WriteString(r.Data.Content)
	for _, e := range r.Data.Embeds {
		b.WriteString("\n" + e.Title + "\n" + e.Description)
		for _, f := range e.Fields {
			b.WriteString("\n" + f.Name + "\n" + f.Value)
		}
	}
	for _, c := range r.Data.Choices {
		b.WriteString("\n" + c.Name)
	}
	return b.String()
}

// checkServerNotes drives /notes and the questions through one edge:
// upload, answer from it, replace, remove; server 43 never sees server 42's
// document in its answers, autocomplete, facts or daily facts; a member is
// refused; a bad document leaves the notes as they were.
func checkServerNotes(t *testing.T, fd *fakediscord.Server, do notesDo) {
	var n atomic.Int64
	in := func(typ int, guild, perms string, data map[string]any) map[string]any {
		return interactionOf(&n, fd.ApplicationID(), typ, guild, perms, data)
	}
	ask := func(guild, q string) string { return seen(do(t, in(2, guild, "0", askData(q)))) }
	add := func(name, doc string, replace bool, perms string) string {
		a := fd.AddAttachment(name, []byte(doc), fakediscord.AttachmentOptions{})
		return seen(do(t, in(2, "42", perms, addData(a, replace))))
	}
	if got := add("zorblax.md", zorblaxNotes, false, "32"); !strings.Contains(got, "Added **Zorblax Treaty** to this server's notes") || !strings.Contains(got, "Key Points — 3 passages") {
		t.Fatalf("/notes add = %s", got)
	}
	if got := ask("42", "who settles quasar disputes"); !strings.Contains(got, "Zorblax Treaty › Key Points › 2") {
		t.Errorf("/ask in the server that added it = %s", got)
	}
	if got := ask("42", "When was the US-EU Trade and Technology Council set up?"); !strings.Contains(got, "Critical and Emerging Technologies Partnership") {
		t.Errorf("/ask about the shared notes in that server = %s", got)
	}

	// Server 43 never sees it.
	for _, q := range []string{"who settles quasar disputes", "what is the zorblax treaty", "list the recent developments", "zorblax council levy fund"} {
		if got := ask("43", q); strings.Contains(got, "Zorblax") {
			t.Errorf("/ask %q in another server shows server 42's document:\n%s", q, got)
		}
	}
	for _, typed := range []string{"", "zorb", "treaty key points"} {
		data := map[string]any{"id": "2", "name": "lookup", "type": 1, "options": []map[string]any{{"type": 3, "name": "section", "value": typed, "focused": true}}}
		if got := seen(do(t, in(4, "43", "0", data))); strings.Contains(got, "Zorblax") {
			t.Errorf("/lookup autocomplete %q in another server = %s", typed, got)
		}
		if typed == "zorb" {
			if got := seen(do(t, in(4, "42", "0", data))); !strings.Contains(got, "Zorblax Treaty › Key Points") {
				t.Errorf("/lookup autocomplete zorb in server 42 = %s", got)
			}
		}
	}
	for range 25 {
		if got := seen(do(t, in(2, "43", "0", map[string]any{"id": "2", "name": "fact", "type": 1}))); strings.Contains(got, "Zorblax") {
			t.Fatalf("/fact in another server = %s", got)
		}
	}
	notesAuto := notesData("outline", map[string]any{"type": 3, "name": "document", "value": "", "focused": true})
	if got := seen(do(t, in(4, "43", "32", notesAuto))); strings.Contains(got, "Zorblax") {
		t.Errorf("/notes autocomplete in another server = %s", got)
	}
	daily := func(guild, sub string, opts ...map[string]any) string {
		d := map[string]any{"id": "2", "name": "daily", "type": 1, "options": []map[string]any{{"name": sub, "type": 1, "options": opts}}}
		if opts == nil {
			d["options"] = []map[string]any{{"name": sub, "type": 1}}
		}
		return seen(do(t, in(2, guild, "32", d)))
	}
	set := []map[string]any{{"name": "channel", "type": 7, "value": "401"}, {"name": "time", "type": 3, "value": "09:00"}, {"name": "timezone", "type": 3, "value": "UTC"}}
	if got := daily("43", "set", set...); !strings.Contains(got, "Saved.") {
		t.Fatalf("/daily set = %s", got)
	}
	for range 12 {
		if got := daily("43", "skip"); strings.Contains(got, "Zorblax") || !strings.Contains(got, "Skipped") {
			t.Fatalf("/daily skip in another server = %s", got)
		}
	}

	// Server 42 leaves the shared notes out: its facts are its own.
	off := notesData("settings", map[string]any{"name": "include_shared", "type": 5, "value": false})
	if got := seen(do(t, in(2, "42", "32", off))); !strings.Contains(got, "**only**") {
		t.Errorf("/notes settings = %s", got)
	}
	if got := daily("42", "set", set...); !strings.Contains(got, "Saved.") {
		t.Fatalf("/daily set in server 42 = %s", got)
	}
	for range 4 {
		if got := daily("42", "skip"); !strings.Contains(got, "Zorblax Treaty") {
			t.Errorf("/daily skip in server 42, shared notes left out = %s", got)
		}
	}
	if got := ask("42", "When was the US-EU Trade and Technology Council set up?"); strings.Contains(got, "Critical and Emerging") {
		t.Errorf("/ask with the shared notes left out = %s", got)
	}

	// A member is refused; a bad document changes nothing.
	if got := add("other.md", strings.Replace(zorblaxNotes, "Zorblax Treaty", "Other Treaty", 1), false, "0"); !strings.Contains(got, "only members with the Manage Server permission") {
		t.Errorf("a member's /notes add = %s", got)
	}
	list := func() string { return seen(do(t, in(2, "42", "32", notesData("list")))) }
	before := list()
	if got := add("broken.md", "# ???\n\nText.\n", false, "32"); !strings.Contains(got, "line 1: title") || strings.Contains(got, "Added") {
		t.Errorf("/notes add of a bad document = %s", got)
	}
	if got := add("zorblax.md", zorblaxRevised, false, "32"); !strings.Contains(got, "already have") {
		t.Errorf("/notes add of the same title without replace = %s", got)
	}
	if after := list(); after != before || !strings.Contains(after, "1 of 50 documents, 5 of 1000 passages") {
		t.Errorf("after refused documents the list changed:\n%s\nwas\n%s", after, before)
	}

	// Replace, then remove.
	if got := add("zorblax-2040.md", zorblaxRevised, true, "32"); !strings.Contains(got, "It replaces zorblax.md") {
		t.Errorf("/notes add replace = %s", got)
	}
	if got := ask("42", "when must quasar mines close"); !strings.Contains(got, "2045") {
		t.Errorf("/ask after replacing = %s", got)
	}
	remove := notesData("remove", map[string]any{"name": "document", "type": 3, "value": "zorblax-treaty"})
	if got := seen(do(t, in(2, "42", "32", remove))); !strings.Contains(got, "Removed **Zorblax Treaty**") {
		t.Errorf("/notes remove = %s", got)
	}
	if got := ask("42", "when must quasar mines close"); strings.Contains(got, "Zorblax") {
		t.Errorf("/ask after removing = %s", got)
	}
}

// TestServeNotesOverGateway runs /notes and questions over the gateway.
func TestServeNotesOverGateway(t *testing.T) {
	fd := fakediscord.New(t)
	log := serveFor(t, map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":            "test-token",
		"CONCEPTBOT_DISCORD_REST_URL":         fd.URL(),
		"CONCEPTBOT_DISCORD_GUILD_ID":         "42",
		"CONCEPTBOT_DISCORD_ATTACHMENT_HOSTS": fd.AttachmentHost(),
		"CONCEPTBOT_BOT_RATE_LIMIT":           "100000",
	})
	waitForLog(t, log, "conceptbot is running")
	fd.WaitReady(t, 10*time.Second)
	checkServerNotes(t, fd, func(t *testing.T, in map[string]any) bot.Response {
		t.Helper()
		id := in["id"].(string)
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
		if resp.Type == bot.ResponseDeferred {
			return deferred(t, fd, in)
		}
		return resp
	})
}

// TestServeNotesOverHTTP runs /notes and questions through the signed HTTP
// interactions endpoint (the deferred answers are edited over REST).
func TestServeNotesOverHTTP(t *testing.T) {
	fd := fakediscord.New(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	log := serveFor(t, map[string]string{
		"CONCEPTBOT_DISCORD_TOKEN":            "test-token",
		"CONCEPTBOT_DISCORD_GATEWAY":          "false",
		"CONCEPTBOT_DISCORD_REST_URL":         fd.URL(),
		"CONCEPTBOT_DISCORD_PUBLIC_KEY":       hex.EncodeToString(pub),
		"CONCEPTBOT_HTTP_ADDR":                "127.0.0.1:0",
		"CONCEPTBOT_DISCORD_ATTACHMENT_HOSTS": fd.AttachmentHost(),
		"CONCEPTBOT_BOT_RATE_LIMIT":           "100000",
	})
	m := regexp.MustCompile(`addr=(\S+)`).FindStringSubmatch(waitForLog(t, log, `msg="serving HTTP"`))
	if m == nil {
		t.Fatal("no address in the log")
	}
	checkServerNotes(t, fd, func(t *testing.T, in map[string]any) bot.Response {
		t.Helper()
		resp := postSigned(t, "http://"+m[1], priv, in)
		if resp.Type == bot.ResponseDeferred {
			return deferred(t, fd, in)
		}
		return resp
	})
}

// postSigned posts a signed interaction to base/interactions.
func postSigned(t *testing.T, base string, priv ed25519.PrivateKey, in any) bot.Response {
	t.Helper()
	body, err := json.Marshal(in)
	if err != nil {
		t.Fatal(err)
	}
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", base+"/interactions", bytes.NewReader(body))
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
