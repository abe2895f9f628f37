package server

import (
	"bytes"
	"context"
	"encoding/csv"
	"fmt"
	"net/http"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// feedbackFixture is a server whose bot keeps feedback in a real bbolt
// store, with the fake Discord as REST API.
func feedbackFixture(t *testing.T) (*fixture, *fakediscord.Server) {
	t.Helper()
	s, err := bolt.Open(filepath.Join(t.TempDir(), "conceptbot.db"), bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	fd := fakediscord.New(t)
	c := testCorpus(t)
	keeper := feedback.New(s, nil, feedback.Options{Now: func() time.Time { return testNow }})
	wh, err := bot.NewWebhooks(fd.URL())
	if err != nil {
		t.Fatal(err)
	}
	var b *bot.Bot
	f := newFixture(t, Options{Bot: stubBot(func(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
		return b.Interaction(ctx, in)
	})})
	b = bot.New(fakeSearcher{c}, c, bot.Options{Observer: f.metrics, Now: func() time.Time { return testNow }, Feedback: keeper, Followups: wh})
	return f, fd
}

// interaction is an interaction in server 290926798626357999 by user; kind
// is the type and data what it carries.
func interaction(id, user, perms string, kind int, data string) []byte {
	return fmt.Appendf(nil, `{"id":%q,"application_id":"775799577604522054","type":%d,"token":"tok-%s","guild_id":"290926798626357999","channel_id":"2",`+
		`"member":{"user":{"id":%q},"permissions":%q},"data":%s}`, id, kind, id, user, perms, data)
}

// TestFeedbackOverHTTP votes through the signed endpoint: 👍, 👎 and its
// modal, counted in /metrics; and /notes gaps export, whose CSV follows the
// deferred answer as an edit through Discord's webhook.
func TestFeedbackOverHTTP(t *testing.T) {
	f, fd := feedbackFixture(t)
	post := func(body []byte) *bot.Response {
		t.Helper()
		code, b := f.post(t, body)
		if code != http.StatusOK {
			t.Fatalf("POST = %d %s", code, b)
		}
		return decodeResponse(t, b)
	}
	ask := post(readFile(t, "ask.json"))
	var up, down string
	for _, row := range ask.Data.Components {
		for _, c := range row.Components {
			switch c.Label {
			case "👍":
				up = c.CustomID
			case "👎":
				down = c.CustomID
			}
		}
	}
	if !strings.HasPrefix(up, "vote:up:") || !strings.HasPrefix(down, "vote:down:") {
		t.Fatalf("answer %s, want 👍 and 👎", describe(ask))
	}
	answer := strings.Split(up, ":")[2]
	press := func(id, user, customID string) *bot.Response {
		return post(interaction(id, user, "0", 3, fmt.Sprintf(`{"custom_id":%q,"component_type":2}`, customID)))
	}
	if r := press("1", "501", up); r.Data == nil || r.Data.Flags&bot.MessageFlagEphemeral == 0 || !strings.Contains(r.Data.Content, "glad it helped") {
		t.Errorf("👍 = %s, want private thanks", describe(r))
	}
	modal := press("2", "502", down)
	if modal.Type != bot.ResponseModal || modal.Data == nil || !strings.HasPrefix(modal.Data.CustomID, "why:"+answer+":") {
		t.Fatalf("👎 = %+v, want the modal", modal)
	}
	note := post(interaction("3", "502", "0", 5, fmt.Sprintf(`{"custom_id":%q,"components":[{"type":1,"components":[{"type":4,"custom_id":"why","value":"why they matter"}]}]}`, modal.Data.CustomID)))
	if note.Data == nil || !strings.Contains(note.Data.Content, "noted") {
		t.Errorf("note = %s, want thanks", describe(note))
	}
	press("4", "501", up) // the same vote again: not counted
	_, m := f.get(t, "/metrics")
	for _, want := range []string{`conceptbot_feedback_votes_total{vote="up"} 1`, `conceptbot_feedback_votes_total{vote="down"} 1`,
		`conceptbot_interactions_total{outcome="ok",type="modal_submit"} 1`} {
		if !strings.Contains(m, want) {
			t.Errorf("/metrics lacks %q:\n%s", want, grep(m, "conceptbot_"))
		}
	}

	export := post(interaction("5", "900", "32", 2, `{"id":"6","name":"notes","type":1,"options":[{"name":"gaps","type":2,"options":[{"name":"export","type":1}]}]}`))
	if export.Type != bot.ResponseDeferred || export.Data == nil || export.Data.Flags != bot.MessageFlagEphemeral {
		t.Fatalf("export over HTTP = %s, want a deferred ephemeral answer", describe(export))
	}
	edit := fd.WaitRequest(t, 10*time.Second, func(r fakediscord.Request) bool {
		return r.Method == "PATCH" && r.Path == "/api/v9/webhooks/775799577604522054/tok-5/messages/@original"
	})
	if auth := edit.Header.Get("Authorization"); auth != "" {
		t.Errorf("the edit carries Authorization %q; the interaction token is enough", auth)
	}
	_, files, err := fakediscord.Multipart(edit)
	if err != nil || len(files) != 1 {
		t.Fatalf("edit has files %v, %v; want the CSV", files, err)
	}
	for _, data := range files {
		rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
		if err != nil || len(rows) != 2 || rows[1][0] != "Why does supply chain resilience matter for critical minerals?" || rows[1][8] != "why they matter" {
			t.Errorf("CSV %q, %v; want the voted-down question and the note", rows, err)
		}
	}
}
