package bot

import (
	"bytes"
	"context"
	"encoding/json"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"path/filepath"
	"strings"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// Documents of made-up topics, so that an answer citing one can only come
// from that server's notes. Each has three sections (the fake searcher
// suggests three).
const (
	zorblaxDoc = `# Zorblax Treaty

The Zorblax Treaty is an agreement on quasar mining signed in 2031.

## Key Points
1. The treaty limits quasar mining to licensed operators.
2. The treaty created the Zorblax Council to settle quasar disputes.

## Recent Developments
- In 2035, the Zorblax Council fined three quasar miners.
`
	quimbyDoc = `# Quimby Doctrine

The Quimby Doctrine says that comets belong to whoever names them first.

## Key Points
1. Comet naming rights pass to the heirs of the discoverer.

## Recent Developments
- In 2033, the Quimby Doctrine was tested over the comet Vellichor.
`
)

// notesEnv is a bot with server notes in a bbolt store, downloading
// attachments from and editing its deferred answers on the fake Discord.
type notesEnv struct {
	bot *Bot
	lib *notes.Library
	fd  *fakediscord.Server
	id  atomic.Int64
}

// indexed is the fake searcher as a notes.Index.
type indexed struct{ *fakeSearcher }

func (indexed) Close() error { return nil }

func newNotesEnv(tb testing.TB, limits notes.Limits, att AttachmentOptions) *notesEnv {
	tb.Helper()
	st, err := bolt.Open(filepath.Join(tb.TempDir(), "conceptbot.db"), bolt.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { st.Close() })
	quiet := slog.New(slog.DiscardHandler)
	lib := notes.New(st, func(_ context.Context, c *corpus.Corpus) (notes.Index, error) {
		return indexed{&fakeSearcher{c: c}}, nil
	},
		notes.Options{Limits: limits, Logger: quiet})
	tb.Cleanup(func() { lib.Close() })
	fd := fakediscord.New(tb)
	wh, err := NewWebhooks(fd.URL())
	if err != nil {
		tb.Fatal(err)
	}
	if att.Hosts == nil {
		att.Hosts = []string{fd.AttachmentHost()}
	}
	c := testCorpus(tb)
	e := &notesEnv{lib: lib, fd: fd}
	e.bot = New(&fakeSearcher{c: c}, c, Options{Rand: rand.NewPCG(1, 2), RateLimit: 1000, Notes: lib, Followups: wh, Attachments: att, Logger: quiet})
	tb.Cleanup(func() {
		if err := e.bot.Wait(context.Background()); err != nil {
			tb.Error(err)
		}
	})
	return e
}

// interaction returns an interaction of type typ in guild (or a DM, for
// "") from a member with perms, with data (JSON), under a fresh ID and
// token.
func (e *notesEnv) interaction(typ int, guild, perms, data string) (*Interaction, string) {
	id := fmt.Sprint(e.id.Add(1))
	where := `"channel_id":"3","user":{"id":"200","username":"bo"}`
	if guild != "" {
		where = fmt.Sprintf(`"guild_id":%q,"channel_id":"2","member":{"user":{"id":"100","username":"ana"},"permissions":%q}`, guild, perms)
	}
	body := fmt.Sprintf(`{"id":%q,"application_id":%q,"type":%d,"token":"tok-%s",%s,"data":%s}`, id, e.fd.ApplicationID(), typ, id, where, data)
	var in Interaction
	if err := json.Unmarshal([]byte(body), &in); err != nil {
		panic(err)
	}
	return &in, id
}

// run answers an interaction; a deferred answer is waited for and its
// edit returned in its place, with the files it carried.
func (e *notesEnv) run(tb testing.TB, in *Interaction) (*Response, map[string][]byte) {
	tb.Helper()
	resp, err := e.bot.Interaction(tb.Context(), in)
	if err != nil {
		tb.Fatalf("Interaction: %v", err)
	}
	if resp.Type != ResponseDeferred {
		checkResponse(tb, resp)
		return resp, nil
	}
	if resp.Data == nil || resp.Data.Flags != MessageFlagEphemeral {
		tb.Fatalf("deferred response %s is not ephemeral", mustJSON(tb, resp))
	}
	path := "/api/v9/webhooks/" + in.ApplicationID + "/" + in.Token + "/messages/@original"
	r := e.fd.WaitRequest(tb, 10*time.Second, func(r fakediscord.Request) bool { return r.Method == "PATCH" && r.Path == path })
	payload, files, err := fakediscord.Multipart(r)
	if err != nil {
		tb.Fatal(err)
	}
	var data ResponseData
	if err := json.Unmarshal(payload, &data); err != nil {
		tb.Fatalf("edit %s: %v", payload, err)
	}
	data.Flags = MessageFlagEphemeral // kept from the deferred response
	edited := &Response{Type: ResponseMessage, Data: &data}
	checkResponse(tb, edited)
	return edited, files
}

// notesCmd is /notes sub with options (JSON).
func notesCmd(sub, options string) string {
	return fmt.Sprintf(`{"id":"5","name":"notes","type":1,"options":[{"name":%q,"type":1,"options":%s}]}`, sub, options)
}

// addCmd is /notes add of attachment a.
func addCmd(a fakediscord.Attachment, replace bool) string {
	raw, _ := json.Marshal(a)
	return fmt.Sprintf(`{"id":"5","name":"notes","type":1,"options":[{"name":"add","type":1,"options":[{"name":"file","type":11,"value":%q},{"name":"replace","type":5,"value":%v}]}],"resolved":{"attachments":{%q:%s}}}`,
		a.ID, replace, a.ID, raw)
}

func askData(q string) string {
	return fmt.Sprintf(`{"id":"5","name":"ask","type":1,"options":[{"name":"question","type":3,"value":%q}]}`, q)
}

// text is everything a response shows, in one string.
func shown(r *Response) string {
	if r == nil || r.Data == nil {
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

func (e *notesEnv) add(tb testing.TB, guild, name, doc string, replace bool) *Response {
	tb.Helper()
	a := e.fd.AddAttachment(name, []byte(doc), fakediscord.AttachmentOptions{})
	in, _ := e.interaction(2, guild, permManage, addCmd(a, replace))
	r, _ := e.run(tb, in)
	return r
}

func (e *notesEnv) ask(tb testing.TB, guild, q string) string {
	tb.Helper()
	in, _ := e.interaction(2, guild, "0", askData(q))
	r, _ := e.run(tb, in)
	return shown(r)
}

func TestNotesAddAnswerReplaceRemove(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{}, AttachmentOptions{})
	r := e.add(t, "1", "zorblax.md", zorblaxDoc, false)
	if got := shown(r); !strings.Contains(got, "Added **Zorblax Treaty** to this server's notes (zorblax.md, markdown") ||
		!strings.Contains(got, "Key Points — 2 passages") || !strings.Contains(got, "by ana on") {
		t.Fatalf("/notes add = %s", got)
	}
	if got := e.ask(t, "1", "who settles quasar disputes"); !strings.Contains(got, "Zorblax Treaty › Key Points › 2") {
		t.Errorf("/ask in the server = %s", got)
	}
	if got := e.ask(t, "1", "what is technology transfer"); !strings.Contains(got, "technology transfer") {
		t.Errorf("/ask about the shared notes in the server = %s", got)
	}

	r = e.add(t, "1", "zorblax-2.md", zorblaxDoc, false)
	if got := shown(r); !strings.Contains(got, `already have "Zorblax Treaty" (zorblax.md, added by ana`) {
		t.Errorf("/notes add of the same title = %s", got)
	}
	revised := strings.Replace(zorblaxDoc, "settle quasar disputes", "arbitrate comet claims", 1)
	r = e.add(t, "1", "zorblax-2.md", revised, true)
	if got := shown(r); !strings.Contains(got, "It replaces zorblax.md") {
		t.Errorf("/notes add replace = %s", got)
	}
	if got := e.ask(t, "1", "who arbitrates comet claims"); !strings.Contains(got, "Zorblax Council to arbitrate") {
		t.Errorf("/ask after replacing = %s", got)
	}

	in, _ := e.interaction(2, "1", permManage, notesCmd("remove", `[{"name":"document","type":3,"value":"zorblax-treaty"}]`))
	r, _ = e.run(t, in)
	if got := shown(r); !strings.Contains(got, "Removed **Zorblax Treaty**") {
		t.Errorf("/notes remove = %s", got)
	}
	if got := e.ask(t, "1", "who arbitrates comet claims"); strings.Contains(got, "Zorblax") {
		t.Errorf("/ask after removing = %s", got)
	}
}

// TestNotesStayInTheirServer: server 1's documents never reach server 2's
// answers, look-ups, autocomplete or facts, nor a DM's.
func TestNotesStayInTheirServer(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{}, AttachmentOptions{})
	e.add(t, "1", "zorblax.md", zorblaxDoc, false)
	e.add(t, "2", "quimby.md", quimbyDoc, false)
	others := map[string][]string{"1": {"Quimby"}, "2": {"Zorblax"}, "": {"Zorblax", "Quimby"}}
	leak := func(where, guild, got string) {
		t.Helper()
		for _, o := range others[guild] {
			if strings.Contains(got, o) {
				t.Errorf("%s in server %q shows another server's notes (%s):\n%s", where, guild, o, got)
			}
		}
	}
	for _, g := range []string{"1", "2", ""} {
		for _, q := range []string{"who settles quasar disputes zorblax council", "who owns comets quimby doctrine", "list the recent developments"} {
			leak("/ask "+q, g, e.ask(t, g, q))
		}
		in, _ := e.interaction(4, g, "0", `{"name":"lookup","type":1,"options":[{"type":3,"name":"section","value":"","focused":true}]}`)
		r, _ := e.run(t, in)
		leak("/lookup autocomplete", g, shown(r))
		for _, typed := range []string{"zorb", "quim", "key points"} {
			in, _ := e.interaction(4, g, "0", fmt.Sprintf(`{"name":"lookup","type":1,"options":[{"type":3,"name":"section","value":%q,"focused":true}]}`, typed))
			r, _ := e.run(t, in)
			leak("/lookup autocomplete "+typed, g, shown(r))
		}
		for range 40 {
			in, _ := e.interaction(2, g, "0", `{"id":"5","name":"fact","type":1}`)
			r, _ := e.run(t, in)
			leak("/fact", g, shown(r))
		}
		for _, id := range []string{"section:zorblax-treaty/key-points", "section:quimby-doctrine/key-points", "passage:zorblax-treaty/key-points/2"} {
			in, _ := e.interaction(3, g, "0", fmt.Sprintf(`{"custom_id":%q,"component_type":2}`, id))
			r, _ := e.run(t, in)
			leak("button "+id, g, shown(r))
		}
		in, _ = e.interaction(4, g, permManage, `{"name":"notes","type":1,"options":[{"name":"outline","type":1,"options":[{"type":3,"name":"document","value":"","focused":true}]}]}`)
		r, _ = e.run(t, in)
		leak("/notes outline autocomplete", g, shown(r))
	}
	// And each server does see its own.
	if got := e.ask(t, "2", "who owns comets quimby doctrine"); !strings.Contains(got, "Quimby") {
		t.Errorf("/ask in server 2 = %s, want its own document", got)
	}
	in, _ := e.interaction(4, "1", "0", `{"name":"lookup","type":1,"options":[{"type":3,"name":"section","value":"zorb","focused":true}]}`)
	if r, _ := e.run(t, in); !strings.Contains(shown(r), "Zorblax Treaty › Key Points") {
		t.Errorf("/lookup autocomplete zorb in server 1 = %s, want its own sections", shown(r))
	}
}

// TestNotesGuards: /notes is for moderators, in servers, on a bot with
// notes.
func TestNotesGuards(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{}, AttachmentOptions{})
	a := e.fd.AddAttachment("zorblax.md", []byte(zorblaxDoc), fakediscord.AttachmentOptions{})
	for _, tt := range []struct {
		name, guild, perms, want string
	}{
		{"a DM", "", "", msgNotesDM},
		{"a member", "1", "0", msgNotesForbidden},
		{"Manage Messages only", "1", "8192", msgNotesForbidden},
	} {
		in, _ := e.interaction(2, tt.guild, tt.perms, addCmd(a, false))
		if r, _ := e.run(t, in); r.Type != ResponseMessage || shown(r) != tt.want || r.Data.Flags != MessageFlagEphemeral {
			t.Errorf("%s: /notes add = %s, want %q", tt.name, mustJSON(t, r), tt.want)
		}
	}
	in, _ := e.interaction(2, "1", "8", addCmd(a, false)) // Administrator
	if r, _ := e.run(t, in); !strings.Contains(shown(r), "Added") {
		t.Errorf("an administrator's /notes add = %s", shown(r))
	}
	if got := e.ask(t, "1", "who settles quasar disputes"); !strings.Contains(got, "Zorblax") {
		t.Errorf("after the administrator's add: %s", got)
	}
	for _, typ := range []int{2, 4} {
		data := notesCmd("list", "[]")
		if typ == 4 {
			data = `{"name":"notes","type":1,"options":[{"name":"remove","type":1,"options":[{"type":3,"name":"document","value":"","focused":true}]}]}`
		}
		in, _ := e.interaction(typ, "1", "0", data)
		if r, _ := e.run(t, in); strings.Contains(shown(r), "Zorblax") {
			t.Errorf("a member's /notes (type %d) shows %s", typ, shown(r))
		}
	}
	plain := New(&fakeSearcher{c: testCorpus(t)}, testCorpus(t), Options{})
	in, _ = e.interaction(2, "1", permManage, notesCmd("list", "[]"))
	if r, err := plain.Interaction(t.Context(), in); err != nil || shown(r) != msgNotesDisabled {
		t.Errorf("/notes on a bot without notes = %s, %v", shown(r), err)
	}
}

// TestNotesDownloads: only allowed hosts, within the size limit and the
// timeout; a failed download stores nothing.
func TestNotesDownloads(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{DocumentBytes: 2000}, AttachmentOptions{Timeout: 300 * time.Millisecond})
	big := zorblaxDoc + strings.Repeat("\nMore text about quasars.", 100)
	evil := fakediscord.Attachment{ID: "66", Filename: "x.md", Size: 10, URL: "https://evil.example/x.md"}
	plainHTTP := e.fd.AddAttachment("zorblax.md", []byte(zorblaxDoc), fakediscord.AttachmentOptions{})
	plainHTTP.URL = strings.Replace(plainHTTP.URL, "127.0.0.1", "localhost", 1)
	for _, tt := range []struct {
		name string
		att  fakediscord.Attachment
		want string
	}{
		{"a host not allowed", evil, "I can only download attachments from Discord. Nothing was added."},
		{"another host of the same address", plainHTTP, "I can only download attachments from Discord"},
		{"too large, as Discord says", e.fd.AddAttachment("big.md", []byte(big), fakediscord.AttachmentOptions{}), "big.md is 2.8 KB; a document may be at most 2.0 KB."},
		{"too large, though it claims less", e.fd.AddAttachment("liar.md", []byte(big), fakediscord.AttachmentOptions{Size: 100, Chunked: true}), "liar.md is larger than 2.0 KB"},
		{"too large, by Content-Length", e.fd.AddAttachment("liar2.md", []byte(big), fakediscord.AttachmentOptions{Size: 100}), "liar2.md is 2.8 KB"},
		{"too slow", e.fd.AddAttachment("slow.md", []byte(zorblaxDoc), fakediscord.AttachmentOptions{Over: 2 * time.Second}), "Downloading slow.md took longer than 300ms"},
		{"gone", e.fd.AddAttachment("gone.md", []byte(zorblaxDoc), fakediscord.AttachmentOptions{Status: 404}), "I couldn't download gone.md (Discord answered 404)"},
		{"not a document", e.fd.AddAttachment("cat.png.md", append([]byte("\x89PNG\r\n\x1a\n"), make([]byte, 40)...), fakediscord.AttachmentOptions{}), "cat.png.md is an image (png), not a document I can read"},
		{"a bad document", e.fd.AddAttachment("bad.md", []byte("# ???\n\nText.\n"), fakediscord.AttachmentOptions{}), "bad.md can't be added as it is:\n• line 1: title \"???\" has no letters or digits"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			in, _ := e.interaction(2, "1", permManage, addCmd(tt.att, false))
			r, _ := e.run(t, in)
			if got := shown(r); !strings.Contains(got, tt.want) || strings.Contains(got, "Added") {
				t.Errorf("/notes add = %q, want %q", got, tt.want)
			}
			if c, err := e.lib.Catalog(t.Context(), "1"); err != nil || len(c.Documents) != 0 || c.Seq != 0 {
				t.Errorf("after a refused add the notes are %+v, %v", c, err)
			}
		})
	}
}

// TestNotesListOutlineExportSettings: the rest of /notes.
func TestNotesListOutlineExportSettings(t *testing.T) {
	e := newNotesEnv(t, notes.Limits{}, AttachmentOptions{})
	e.add(t, "1", "zorblax.md", zorblaxDoc, false)
	original := []byte(strings.ReplaceAll(quimbyDoc, "\n", "\r\n"))
	a := e.fd.AddAttachment("quimby notes.md", original, fakediscord.AttachmentOptions{})
	in, _ := e.interaction(2, "1", permManage, addCmd(a, false))
	e.run(t, in)

	in, _ = e.interaction(2, "1", permManage, notesCmd("list", "[]"))
	r, _ := e.run(t, in)
	got := shown(r)
	for _, want := range []string{"2 of 50 documents", "**and** the bot's shared notes", "**Quimby Doctrine** — 3 passages", "quimby notes.md", "added by ana", "**Zorblax Treaty** — 4 passages"} {
		if !strings.Contains(got, want) {
			t.Errorf("/notes list lacks %q:\n%s", want, got)
		}
	}

	in, _ = e.interaction(4, "1", permManage, `{"name":"notes","type":1,"options":[{"name":"export","type":1,"options":[{"type":3,"name":"document","value":"quim","focused":true}]}]}`)
	r, _ = e.run(t, in)
	if len(r.Data.Choices) != 1 || r.Data.Choices[0].Value != "quimby-doctrine" || r.Data.Choices[0].Name != "Quimby Doctrine" {
		t.Errorf("autocomplete quim = %+v", r.Data.Choices)
	}
	in, _ = e.interaction(2, "1", permManage, notesCmd("outline", `[{"name":"document","type":3,"value":"Quimby Doctrine"}]`))
	r, _ = e.run(t, in)
	if got := shown(r); !strings.Contains(got, "Key Points — 1 passage") || !strings.Contains(got, "Recent Developments — 1 passage") {
		t.Errorf("/notes outline = %s", got)
	}
	in, _ = e.interaction(2, "1", permManage, notesCmd("export", `[{"name":"document","type":3,"value":"quimby-doctrine"}]`))
	r, files := e.run(t, in)
	if !bytes.Equal(files["quimby notes.md"], original) || !strings.Contains(shown(r), "**Quimby Doctrine**") {
		t.Errorf("/notes export = %s with files %v; want the original file", shown(r), len(files))
	}
	in, _ = e.interaction(2, "1", permManage, notesCmd("export", `[{"name":"document","type":3,"value":"nothing-like-it"}]`))
	if r, _ := e.run(t, in); shown(r) != msgNotesNoDoc {
		t.Errorf("/notes export of an unknown document = %s", shown(r))
	}

	if got := e.ask(t, "1", "what is technology transfer"); !strings.Contains(got, "technology transfer") {
		t.Fatalf("before the settings: %s", got)
	}
	in, _ = e.interaction(2, "1", permManage, notesCmd("settings", `[{"name":"include_shared","type":5,"value":false}]`))
	r, _ = e.run(t, in)
	if got := shown(r); !strings.Contains(got, "its own 2 documents **only**") {
		t.Errorf("/notes settings off = %s", got)
	}
	if got := e.ask(t, "1", "what is technology transfer"); strings.Contains(got, "technology transfer") {
		t.Errorf("with the shared notes left out, /ask still answers from them: %s", got)
	}
	if got := e.ask(t, "", "what is technology transfer"); !strings.Contains(got, "technology transfer") {
		t.Errorf("a DM after a server left the shared notes out: %s", got)
	}
	in, _ = e.interaction(2, "1", permManage, notesCmd("settings", `[]`))
	if r, _ := e.run(t, in); !strings.Contains(shown(r), "**only**") {
		t.Errorf("/notes settings = %s", shown(r))
	}
}

func TestMergeAnswers(t *testing.T) {
	res := func(doc, id string) corpus.Result {
		return corpus.Result{Passage: corpus.Passage{ID: id, Doc: doc}}
	}
	own := corpus.Answer{Question: "q", Answered: true, Confidence: 0.8, Results: []corpus.Result{res("own", "a"), res("own", "b")}}
	shared := corpus.Answer{Question: "q", Answered: true, Confidence: 0.6, Results: []corpus.Result{res("shared", "x"), res("shared", "y")}}
	ownNo := corpus.Answer{Question: "q", Confidence: 0.3, Results: []corpus.Result{res("own", "s1"), res("own", "s2")}}
	sharedNo := corpus.Answer{Question: "q", Confidence: 0.2, Results: []corpus.Result{res("shared", "t1"), res("shared", "t2"), res("shared", "t3")}}
	list := shared
	list.Shape, list.Confidence = corpus.ShapeList, 0.9
	ids := func(a corpus.Answer) string {
		var out []string
		for _, r := range a.Results {
			out = append(out, r.ID)
		}
		return strings.Join(out, " ")
	}
	for _, tt := range []struct {
		name        string
		own, shared corpus.Answer
		n           int
		answered    bool
		want        string
	}{
		{"only the server's own answers", own, sharedNo, 10, true, "a b"},
		{"only the shared notes answer", ownNo, shared, 10, true, "x y"},
		{"both: the more confident first, the other's after", own, shared, 10, true, "a b x y"},
		{"both, the shared more confident", ownNo, shared, 10, true, "x y"},
		{"both, cut to n", own, shared, 3, true, "a b x"},
		{"a list answer stays whole", own, list, 10, true, "x y"},
		{"neither: suggestions alternate, own first", ownNo, sharedNo, 4, false, "s1 t1 s2 t2"},
	} {
		t.Run(tt.name, func(t *testing.T) {
			got := mergeAnswers(tt.own, tt.shared, tt.n)
			if got.Answered != tt.answered || ids(got) != tt.want {
				t.Errorf("mergeAnswers = answered %v [%s], want %v [%s]", got.Answered, ids(got), tt.answered, tt.want)
			}
		})
	}
	tie := shared
	tie.Confidence = own.Confidence
	if got := mergeAnswers(own, tie, 10); got.Results[0].Doc != "own" {
		t.Errorf("on a tie the server's own answer should come first, got %s", ids(got))
	}
}
