package fakediscord_test

import (
	"bytes"
	"io"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
)

func get(t *testing.T, url string) (*http.Response, []byte) {
	t.Helper()
	res, err := http.Get(url)
	if err != nil {
		t.Fatal(err)
	}
	defer res.Body.Close()
	body, err := io.ReadAll(res.Body)
	if err != nil {
		t.Fatal(err)
	}
	return res, body
}

func TestAttachments(t *testing.T) {
	srv := fakediscord.New(t)
	data := []byte(strings.Repeat("quasar ", 100))
	a := srv.AddAttachment("notes.md", data, fakediscord.AttachmentOptions{})
	if a.Size != int64(len(data)) || a.Filename != "notes.md" || !strings.HasPrefix(a.URL, srv.AttachmentHost()+"/attachments/") {
		t.Fatalf("AddAttachment = %+v", a)
	}
	res, body := get(t, a.URL)
	if res.StatusCode != 200 || !bytes.Equal(body, data) || res.ContentLength != int64(len(data)) {
		t.Errorf("GET %s = %d, %d bytes (Content-Length %d)", a.URL, res.StatusCode, len(body), res.ContentLength)
	}

	liar := srv.AddAttachment("liar.md", data, fakediscord.AttachmentOptions{Size: 10, Chunked: true})
	if res, body := get(t, liar.URL); liar.Size != 10 || res.ContentLength != -1 || !bytes.Equal(body, data) {
		t.Errorf("a chunked attachment claiming 10 bytes: Size %d, Content-Length %d, %d bytes", liar.Size, res.ContentLength, len(body))
	}
	start := time.Now()
	slow := srv.AddAttachment("slow.md", data, fakediscord.AttachmentOptions{Over: 200 * time.Millisecond})
	if _, body := get(t, slow.URL); !bytes.Equal(body, data) || time.Since(start) < 190*time.Millisecond {
		t.Errorf("a slow attachment came in %v", time.Since(start))
	}
	gone := srv.AddAttachment("gone.md", data, fakediscord.AttachmentOptions{Status: 404})
	if res, _ := get(t, gone.URL); res.StatusCode != 404 {
		t.Errorf("a gone attachment answered %d", res.StatusCode)
	}
}

// TestWebhookEditWithFile: an interaction's response is edited without a
// bot token, with a file, as multipart.
func TestWebhookEditWithFile(t *testing.T) {
	srv := fakediscord.New(t)
	var body bytes.Buffer
	w := multipart.NewWriter(&body)
	p, _ := w.CreateFormField("payload_json")
	p.Write([]byte(`{"content":"here it is"}`))
	f, _ := w.CreateFormFile("files[0]", "notes.md")
	f.Write([]byte("# Notes\n"))
	w.Close()
	req, _ := http.NewRequest("PATCH", srv.URL()+"/api/v9/webhooks/1/tok/messages/@original", &body)
	req.Header.Set("Content-Type", w.FormDataContentType())
	res, err := http.DefaultClient.Do(req)
	if err != nil {
		t.Fatal(err)
	}
	out, _ := io.ReadAll(res.Body)
	res.Body.Close()
	if res.StatusCode != 200 || !strings.Contains(string(out), `"filename":"notes.md"`) || !strings.Contains(string(out), "here it is") {
		t.Errorf("PATCH without a token = %d %s", res.StatusCode, out)
	}
	r := srv.WaitRequest(t, timeout, func(r fakediscord.Request) bool { return r.Method == "PATCH" })
	payload, files, err := fakediscord.Multipart(r)
	if err != nil || string(payload) != `{"content":"here it is"}` || string(files["notes.md"]) != "# Notes\n" {
		t.Errorf("Multipart = %s, %v, %v", payload, files, err)
	}
	post, _ := http.NewRequest("POST", srv.URL()+"/api/v9/channels/1/messages", strings.NewReader(`{"content":"x"}`))
	post.Header.Set("Content-Type", "application/json")
	if res, err := http.DefaultClient.Do(post); err != nil || res.StatusCode != 401 {
		t.Errorf("a channel message without a token = %v, %v; want 401", res.StatusCode, err)
	}
}
