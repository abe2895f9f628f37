package bot

import (
	"bytes"
	"context"
	"encoding/csv"
	"encoding/json"
	"log/slog"
	"math/rand/v2"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/feedback"
)

// TestFeedbackOverGateway votes on an answer, says what was missing and
// exports the gaps through a real gateway session with the fake Discord:
// the vote buttons, the modal and the CSV attachment (multipart/form-data)
// as Discord receives them.
func TestFeedbackOverGateway(t *testing.T) {
	t.Parallel()
	f := newFeedbackFixture(t, feedback.Options{})
	srv := fakediscord.New(t)
	wh, err := NewWebhooks(srv.URL())
	if err != nil {
		t.Fatal(err)
	}
	g, err := NewGateway(GatewayConfig{Token: "test-token", RESTURL: srv.URL(), Logger: slog.New(slog.NewTextHandler(f.log, nil))},
		New(f.search, f.corpus, Options{Now: f.clock.now, Rand: rand.NewPCG(1, 2), Feedback: f.keeper, Followups: wh, Logger: slog.New(slog.NewTextHandler(f.log, nil))}))
	if err != nil {
		t.Fatal(err)
	}
	defer g.Close(context.Background())
	ctx, cancel := context.WithTimeout(t.Context(), 20*time.Second)
	defer cancel()
	if err := g.Open(ctx); err != nil {
		t.Fatalf("Open: %v", err)
	}
	// send dispatches an interaction and returns the callback's request.
	send := func(in string) fakediscord.Request {
		t.Helper()
		var m map[string]any
		if err := json.Unmarshal([]byte(in), &m); err != nil {
			t.Fatal(err)
		}
		m["application_id"] = srv.ApplicationID()
		if err := srv.Dispatch("INTERACTION_CREATE", m); err != nil {
			t.Fatal(err)
		}
		suffix := "/interactions/" + m["id"].(string) + "/" + m["token"].(string) + "/callback"
		return srv.WaitRequest(t, 15*time.Second, func(r fakediscord.Request) bool { return strings.HasSuffix(r.Path, suffix) })
	}
	decodeCallback := func(r fakediscord.Request) *Response {
		t.Helper()
		var resp Response
		if err := json.Unmarshal(r.Body, &resp); err != nil {
			t.Fatalf("callback %s: %v", r.Body, err)
		}
		return &resp
	}

	ana := member("1", "100", "0")
	ans := decodeCallback(send(askIn("1300000000000003001", ana, "What about supply chain resilience for critical minerals?")))
	_, down := voteButtons(t, ans)
	modal := decodeCallback(send(press("1300000000000003002", ana, down, nil)))
	if modal.Type != ResponseModal || modal.Data.Title != whyTitle {
		t.Fatalf("👎 over the gateway = %+v, want the modal", modal)
	}
	thanks := decodeCallback(send(submit("1300000000000003003", ana, modal.Data.CustomID, "the list of critical minerals")))
	wantContent(t, thanks, msgNoted)

	if deferred := decodeCallback(send(gapsCmd("1300000000000003004", member("1", "900", "32"), "export"))); deferred.Type != ResponseDeferred {
		t.Fatalf("export over the gateway = %+v, want a deferred answer", deferred)
	}
	edit := srv.WaitRequest(t, 15*time.Second, func(r fakediscord.Request) bool {
		return r.Method == "PATCH" && strings.HasSuffix(r.Path, "/t1300000000000003004/messages/@original")
	})
	if ct := edit.Header.Get("Content-Type"); !strings.HasPrefix(ct, "multipart/form-data; boundary=") {
		t.Fatalf("export edit Content-Type = %q, want multipart/form-data", ct)
	}
	_, files, err := fakediscord.Multipart(edit)
	if err != nil || len(files) != 1 {
		t.Fatalf("export edit has files %v, %v; want the CSV", files, err)
	}
	var data []byte
	for _, d := range files {
		data = d
	}
	rows, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil || len(rows) != 2 || rows[1][0] != "What about supply chain resilience for critical minerals?" || rows[1][8] != "the list of critical minerals" {
		t.Errorf("CSV = %q, %v; want the voted-down question with what was missing", rows, err)
	}
	if strings.Contains(f.log.String(), "send interaction response") {
		t.Errorf("Discord refused a response:\n%s", f.log)
	}
}
