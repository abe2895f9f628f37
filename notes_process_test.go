//go:build linux

package main

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/internal/pgtest"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/store/bolt"
)

// proc is a `conceptbot serve` process answering signed HTTP interactions.
type proc struct {
	cmd  *exec.Cmd
	base string // http://127.0.0.1:PORT
	priv ed25519.PrivateKey

	mu   sync.Mutex
	log  bytes.Buffer
	addr chan string
}

// startProc starts bin serve with env and waits for its HTTP address.
func startProc(t *testing.T, bin string, env []string) *proc {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	p := &proc{priv: priv, addr: make(chan string, 1)}
	p.cmd = exec.Command(bin, "serve")
	p.cmd.Env = append(os.Environ(), env...)
	p.cmd.Env = append(p.cmd.Env, "CONCEPTBOT_DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub), "CONCEPTBOT_HTTP_ADDR=127.0.0.1:0", "CONCEPTBOT_LOG_FORMAT=json")
	p.cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stderr, err := p.cmd.StderrPipe()
	if err != nil {
		t.Fatal(err)
	}
	if err := p.cmd.Start(); err != nil {
		t.Fatal(err)
	}
	go func() {
		sc := bufio.NewScanner(stderr)
		sc.Buffer(make([]byte, 64<<10), 1<<20)
		for sc.Scan() {
			var rec struct{ Msg, Addr string }
			json.Unmarshal(sc.Bytes(), &rec)
			p.mu.Lock()
			p.log.Write(append(sc.Bytes(), '\n'))
			p.mu.Unlock()
			if rec.Msg == "serving HTTP" {
				p.addr <- rec.Addr
			}
		}
	}()
	t.Cleanup(func() { p.stop(t) })
	select {
	case a := <-p.addr:
		p.base = "http://" + a
	case <-time.After(30 * time.Second):
		t.Fatalf("the process did not serve HTTP within 30 s:\n%s", p.logs())
	}
	return p
}

func (p *proc) logs() string {
	p.mu.Lock()
	defer p.mu.Unlock()
	return p.log.String()
}

// stop stops the process with SIGTERM, as a deployment does.
func (p *proc) stop(t *testing.T) {
	if p.cmd.ProcessState != nil {
		return
	}
	p.cmd.Process.Signal(syscall.SIGTERM)
	done := make(chan struct{})
	go func() { p.cmd.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(15 * time.Second):
		t.Errorf("the process did not stop on SIGTERM:\n%s", p.logs())
		p.cmd.Process.Kill()
		<-done
	}
}

// kill kills the process with SIGKILL, as a crash does.
func (p *proc) kill() {
	p.cmd.Process.Signal(syscall.SIGKILL)
	p.cmd.Wait()
}

func (p *proc) post(t *testing.T, in map[string]any) bot.Response {
	t.Helper()
	return postSigned(t, p.base, p.priv, in)
}

// TestNotesAcrossProcesses runs real conceptbot processes: two on one
// PostgreSQL database, where a change made through either, or with
// `conceptbot notes import`, is answered by both within 5 s; and one on the
// embedded store killed with SIGKILL while a document is replaced, which
// leaves either the old document or the new one, whole.
func TestNotesAcrossProcesses(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs conceptbot processes; skipped with -short")
	}
	bin := buildTestBinary(t)
	t.Run("two processes on PostgreSQL", func(t *testing.T) { testNotesOnPostgres(t, bin) })
	t.Run("kill -9 during an upload", func(t *testing.T) { testNotesKilled(t, bin) })
}

func testNotesOnPostgres(t *testing.T, bin string) {
	url := pgtest.URL(t)
	fd := fakediscord.New(t)
	env := []string{"CONCEPTBOT_STORE_URL=" + url, "CONCEPTBOT_DISCORD_REST_URL=" + fd.URL(), "CONCEPTBOT_DISCORD_ATTACHMENT_HOSTS=" + fd.AttachmentHost(),
		"CONCEPTBOT_BOT_RATE_LIMIT=100000", "CONCEPTBOT_DATA_DIR=" + t.TempDir()}
	a, b := startProc(t, bin, env), startProc(t, bin, env)
	var n atomic.Int64
	in := func(typ int, perms string, data map[string]any) map[string]any {
		return interactionOf(&n, fd.ApplicationID(), typ, "42", perms, data)
	}
	cites := func(p *proc, q string) bool {
		return strings.Contains(seen(p.post(t, in(2, "0", askData(q)))), "Zorblax Treaty")
	}
	// within waits until cond holds, at most 5 s after start, and says how
	// long it took.
	within := func(what string, start time.Time, cond func() bool) time.Duration {
		t.Helper()
		for !cond() {
			if time.Since(start) > 5*time.Second {
				t.Fatalf("%s: not within 5 s\nprocess A:\n%s\nprocess B:\n%s", what, a.logs(), b.logs())
			}
			time.Sleep(20 * time.Millisecond)
		}
		return time.Since(start)
	}
	const q = "who settles quasar disputes"
	if cites(a, q) || cites(b, q) {
		t.Fatal("a process cites the document before it is added")
	}

	att := fd.AddAttachment("zorblax.md", []byte(zorblaxNotes), fakediscord.AttachmentOptions{})
	add := in(2, "32", addData(att, false))
	if r := a.post(t, add); r.Type != bot.ResponseDeferred {
		t.Fatalf("/notes add through A = %+v", r)
	}
	if got := seen(deferred(t, fd, add)); !strings.Contains(got, "Added **Zorblax Treaty**") {
		t.Fatalf("/notes add through A = %s", got)
	}
	replied := time.Now()
	if !cites(a, q) {
		t.Error("A does not answer from the document it added, once it said so")
	}
	t.Logf("B answers from a document added through A %v after A's reply", within("B answers from A's upload", replied, func() bool { return cites(b, q) }))

	remove := in(2, "32", notesData("remove", map[string]any{"name": "document", "type": 3, "value": "Zorblax Treaty"}))
	if got := seen(b.post(t, remove)); !strings.Contains(got, "Removed **Zorblax Treaty**") {
		t.Fatalf("/notes remove through B = %s", got)
	}
	replied = time.Now()
	t.Logf("A stops answering from a document removed through B %v after B's reply",
		within("A forgets B's removal", replied, func() bool { return !cites(a, q) }))

	file := filepath.Join(t.TempDir(), "zorblax.md")
	if err := os.WriteFile(file, []byte(zorblaxNotes), 0o644); err != nil {
		t.Fatal(err)
	}
	out, _, err := runCLI(t, map[string]string{"CONCEPTBOT_STORE_URL": url}, "", "notes", "import", "--guild", "42", file)
	if err != nil || !strings.Contains(out, `added "Zorblax Treaty"`) {
		t.Fatalf("notes import = %v:\n%s", err, out)
	}
	replied = time.Now()
	t.Logf("both answer from a document imported on the command line within %v",
		within("both answer from the import", replied, func() bool { return cites(a, q) && cites(b, q) }))
	out, _, err = runCLI(t, map[string]string{"CONCEPTBOT_STORE_URL": url}, "", "notes", "list", "--guild", "42")
	if err != nil || !strings.Contains(out, "zorblax-treaty  Zorblax Treaty  zorblax.md") || !strings.Contains(out, "command line") {
		t.Errorf("notes list = %v:\n%s", err, out)
	}
}

// testNotesKilled replaces a large document again and again, killing the
// process with SIGKILL at a random moment of each upload (the download,
// the check, the store's write, or after): the store always holds one
// whole version, the old one or the new one, and opens clean.
func testNotesKilled(t *testing.T, bin string) {
	fd := fakediscord.New(t)
	dir := t.TempDir()
	env := []string{"CONCEPTBOT_DISCORD_TOKEN=test-token", "CONCEPTBOT_DISCORD_GATEWAY=false", "CONCEPTBOT_DISCORD_REST_URL=" + fd.URL(),
		"CONCEPTBOT_DISCORD_ATTACHMENT_HOSTS=" + fd.AttachmentHost(), "CONCEPTBOT_DATA_DIR=" + dir,
		"CONCEPTBOT_NOTES_MAX_DOCUMENT_BYTES=16777216", "CONCEPTBOT_NOTES_MAX_PASSAGES=100000", "CONCEPTBOT_STORE_BACKUPS=0"}
	version := func(v int) []byte {
		var b strings.Builder
		fmt.Fprintf(&b, "# Zorblax Treaty\n\nVersion %d of the Zorblax Treaty notes.\n\n## Key Points\n", v)
		for i := range 12000 + 500*v {
			fmt.Fprintf(&b, "%d. Point %d of version %d: the Zorblax Council settles quasar disputes between licensed miners.\n", i+1, i, v)
		}
		return []byte(b.String())
	}
	export := func() []byte {
		t.Helper()
		out, stderr, err := runCLI(t, map[string]string{"CONCEPTBOT_DATA_DIR": dir}, "", "notes", "export", "--guild", "42", "zorblax-treaty", "-o", "-")
		if err != nil {
			t.Fatalf("notes export after a kill = %v: %s", err, stderr)
		}
		return []byte(out)
	}
	first := filepath.Join(t.TempDir(), "zorblax.md")
	if err := os.WriteFile(first, version(0), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, _, err := runCLI(t, map[string]string{"CONCEPTBOT_DATA_DIR": dir, "CONCEPTBOT_NOTES_MAX_PASSAGES": "100000", "CONCEPTBOT_NOTES_MAX_DOCUMENT_BYTES": "16777216"},
		"", "notes", "import", "--guild", "42", first); err != nil {
		t.Fatalf("notes import = %v: %s", err, out)
	}
	rng := rand.New(rand.NewPCG(1, 2))
	var n atomic.Int64
	const rounds = 10
	stored, outcomes := 0, map[string]int{} // the version stored
	for round := range rounds {
		p := startProc(t, bin, env)
		next := version(round + 1)
		over := time.Duration(0)
		if round%3 == 2 {
			over = 300 * time.Millisecond // a slow download: the kill may land in it
		}
		att := fd.AddAttachment("zorblax.md", next, fakediscord.AttachmentOptions{Over: over})
		add := interactionOf(&n, fd.ApplicationID(), 2, "42", "32", addData(att, true))
		if r := p.post(t, add); r.Type != bot.ResponseDeferred {
			t.Fatalf("/notes add = %+v", r)
		}
		time.Sleep(time.Duration(rng.IntN(600)) * time.Millisecond)
		p.kill()

		if _, err := bolt.Check(filepath.Join(dir, "conceptbot.db")); err != nil {
			t.Fatalf("round %d: the store is damaged after a kill: %v", round, err)
		}
		switch got := export(); {
		case bytes.Equal(got, next):
			stored = round + 1
			outcomes["new"]++
		case bytes.Equal(got, version(stored)):
			outcomes["old"]++
		default:
			t.Fatalf("round %d: the stored document is neither the old version %d nor the new one: %d bytes, starting %.80q", round, stored, len(got), got[:min(len(got), 80)])
		}
	}
	t.Logf("after each of %d kills: the old version kept %d times, the new one stored %d times (%s a version)",
		rounds, outcomes["old"], outcomes["new"], notes.Size(int64(len(version(1)))))
}
