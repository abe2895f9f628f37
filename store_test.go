package main

import (
	"context"
	"crypto/ed25519"
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

	"github.com/jackc/pgx/v5"

	"github.com/conceptbot/conceptbot/internal/pgtest"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
	"github.com/conceptbot/conceptbot/store/postgres"
	"github.com/conceptbot/conceptbot/store/storetest"
)

func TestMain(m *testing.M) {
	runAsMain() // as conceptbot itself, for cli_test.go's runMain
	os.Exit(pgtest.Main(m))
}

// writeBolt makes data/conceptbot.db under dir with n schedules and one
// backup of it, and returns the backup's path.
func writeBolt(t *testing.T, dir string, n int) string {
	t.Helper()
	s, err := bolt.Open(filepath.Join(dir, "conceptbot.db"), bolt.Options{Backups: 7})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var recs []*store.DailySchedule
	for i := range n {
		recs = append(recs, storetest.Full(strconv.Itoa(300+i)))
	}
	if err := s.PutDailySchedules(t.Context(), recs); err != nil {
		t.Fatal(err)
	}
	b, err := s.Backup(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func TestConfigMasksStoreURL(t *testing.T) {
	env := map[string]string{"CONCEPTBOT_STORE_URL": "postgres://bot:hunter2@db:5432/conceptbot?sslmode=disable"}
	out, _, err := runCLI(t, env, "", "config")
	if err != nil {
		t.Fatal(err)
	}
	if strings.Contains(out, "hunter2") || !strings.Contains(out, "store.url                = postgres://bot:********@db:5432/conceptbot?sslmode=disable") {
		t.Errorf("config printed the password or not the masked URL:\n%s", out)
	}
	env["CONCEPTBOT_STORE_URL"] = "mysql://bot:hunter2@db/x"
	env["CONCEPTBOT_STORE_LOCK_INTERVAL"] = "1m"
	env["CONCEPTBOT_STORE_POOL_SIZE"] = "0"
	_, _, err = runCLI(t, env, "", "config")
	if err == nil || strings.Contains(err.Error(), "hunter2") {
		t.Fatalf("config with a bad store = %v, want problems without the password", err)
	}
	for _, want := range []string{"store.url must be a postgres:// URL", "store.lock_interval", "store.pool_size"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("config error lacks %q:\n%v", want, err)
		}
	}
}

// TestServeRefusesDamagedStore: a damaged conceptbot.db stops serve with
// the file's name and what to do, instead of a panic or an empty start.
func TestServeRefusesDamagedStore(t *testing.T) {
	dir := t.TempDir()
	writeBolt(t, dir, 5)
	path := filepath.Join(dir, "conceptbot.db")
	b, _ := os.ReadFile(path)
	os.WriteFile(path, b[:12<<10], 0o600)
	env := map[string]string{"CONCEPTBOT_DISCORD_TOKEN": "t", "CONCEPTBOT_DISCORD_REST_URL": "http://127.0.0.1:1", "CONCEPTBOT_DATA_DIR": dir}
	_, _, err := runCLI(t, env, "", "serve")
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "conceptbot store restore") {
		t.Errorf("serve on a damaged store = %v; want an error naming %s and how to restore", err, path)
	}
}

func TestStoreCheckAndRestore(t *testing.T) {
	dir := t.TempDir()
	backup := writeBolt(t, dir, 12)
	env := map[string]string{"CONCEPTBOT_DATA_DIR": dir}
	path := filepath.Join(dir, "conceptbot.db")

	out, _, err := runCLI(t, env, "", "store", "check")
	if err != nil || !strings.Contains(out, path+": ok, schema version 1, 12 schedules (12 on, 12 paused), 12 posts in progress") ||
		!strings.Contains(out, "backup "+backup+": ok, 12 schedules") {
		t.Fatalf("store check = %v:\n%s", err, out)
	}
	b, _ := os.ReadFile(path)
	copy(b[:4096], make([]byte, 4096)) // meta page 0
	os.WriteFile(path, b, 0o600)
	out, _, err = runCLI(t, env, "", "store", "check")
	if err == nil || !strings.Contains(out, path+": DAMAGED") || !strings.Contains(out, "meta page 0") || !strings.Contains(out, "conceptbot store restore BACKUP") {
		t.Fatalf("store check of a damaged file = %v:\n%s", err, out)
	}
	out, _, err = runCLI(t, env, "", "store", "restore", backup)
	if err != nil || !strings.Contains(out, "restored "+path) || !strings.Contains(out, "is kept as "+path+".replaced-") {
		t.Fatalf("store restore = %v:\n%s", err, out)
	}
	out, _, err = runCLI(t, env, "", "store", "check")
	if err != nil || !strings.Contains(out, "12 schedules") {
		t.Errorf("store check after restore = %v:\n%s", err, out)
	}
	out, _, err = runCLI(t, env, "", "store", "migrate")
	if err != nil || out != path+": schema version 1\n" {
		t.Errorf("store migrate = %q, %v", out, err)
	}
	env["CONCEPTBOT_STORE_URL"] = "postgres://x@127.0.0.1:1/x"
	if _, _, err := runCLI(t, env, "", "store", "restore", backup); err == nil || !strings.Contains(err.Error(), "store copy --from bbolt:") {
		t.Errorf("store restore with store.url = %v, want a pointer to store copy", err)
	}
}

// TestStoreCopy moves an installation from bbolt to PostgreSQL and back
// without losing a schedule.
func TestStoreCopy(t *testing.T) {
	dir := t.TempDir()
	writeBolt(t, dir, 25)
	src := filepath.Join(dir, "conceptbot.db")
	url := pgtest.URL(t)
	s, err := bolt.Open(src, bolt.Options{})
	if err != nil {
		t.Fatal(err)
	}
	for i, g := range []string{"300", "300", "301"} {
		if _, err := s.PutNotesDocument(t.Context(), storetest.NotesDoc(g, fmt.Sprint("doc-", i), "Doc"), nil); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := s.UpdateNotesSettings(t.Context(), "301", store.NotesSettings{IncludeShared: false}); err != nil {
		t.Fatal(err)
	}
	s.Close()

	out, _, err := runCLI(t, nil, "", "store", "copy", "--from", "bbolt:"+src, "--to", url)
	if err != nil || !strings.Contains(out, "copied 25 schedules and 3 documents of 2 servers' notes") {
		t.Fatalf("store copy to PostgreSQL = %v:\n%s", err, out)
	}
	out, _, err = runCLI(t, map[string]string{"CONCEPTBOT_STORE_URL": url}, "", "store", "check")
	if err != nil || !strings.Contains(out, fmt.Sprintf("schema version %d, 25 schedules (25 on, 25 paused), 25 posts in progress; no process is posting", postgres.SchemaVersion())) {
		t.Errorf("store check on PostgreSQL = %v:\n%s", err, out)
	}
	if _, _, err := runCLI(t, nil, "", "store", "copy", "--from", "bbolt:"+src, "--to", url); err == nil || !strings.Contains(err.Error(), "--overwrite") {
		t.Errorf("a second copy = %v, want a refusal naming --overwrite", err)
	}
	if out, _, err := runCLI(t, nil, "", "store", "copy", "--from", "bbolt:"+src, "--to", url, "--overwrite"); err != nil {
		t.Errorf("copy --overwrite = %v:\n%s", err, out)
	}
	back := filepath.Join(t.TempDir(), "back.db")
	if out, _, err := runCLI(t, nil, "", "store", "copy", "--from", url, "--to", "bbolt:"+back); err != nil || !strings.Contains(out, "copied 25") {
		t.Fatalf("copy back to bbolt = %v:\n%s", err, out)
	}
	if out, _, err := runCLI(t, map[string]string{"CONCEPTBOT_DATA_DIR": filepath.Dir(back)}, "", "notes", "list"); err == nil {
		t.Errorf("notes list of a store named otherwise = %s", out)
	}
	if err := os.Rename(back, filepath.Join(filepath.Dir(back), "conceptbot.db")); err != nil {
		t.Fatal(err)
	}
	out, _, err = runCLI(t, map[string]string{"CONCEPTBOT_DATA_DIR": filepath.Dir(back)}, "", "notes", "list")
	if err != nil || !regexp.MustCompile(`300 +2 +included\n301 +1 +left out`).MatchString(out) {
		t.Errorf("notes list after copying back = %v:\n%s", err, out)
	}
	back = filepath.Join(filepath.Dir(back), "conceptbot.db")
	a, b := readAll(t, src), readAll(t, back)
	if len(a) != 25 || len(b) != 25 {
		t.Fatalf("%d and %d schedules, want 25 each", len(a), len(b))
	}
	for i := range a {
		if !a[i].Equal(b[i]) {
			t.Errorf("schedule %s changed on the way: %+v, want %+v", a[i].Guild, b[i], a[i])
		}
	}
	if _, _, err := runCLI(t, nil, "", "store", "copy", "--from", "bbolt:"+filepath.Join(dir, "missing.db"), "--to", url); err == nil {
		t.Error("copy from a missing file succeeded")
	}
}

func readAll(t *testing.T, path string) []*store.DailySchedule {
	t.Helper()
	s, err := bolt.Open(path, bolt.Options{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	all, err := s.DailySchedules(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	return all
}

// replica is a `conceptbot serve` run in this process, answering signed
// HTTP interactions.
type replica struct {
	base   string
	priv   ed25519.PrivateKey
	stderr *syncbuf.Buffer
	stop   func()
}

func startReplica(t *testing.T, env map[string]string) *replica {
	t.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	env["CONCEPTBOT_DISCORD_PUBLIC_KEY"] = hex.EncodeToString(pub)
	env["CONCEPTBOT_HTTP_ADDR"] = "127.0.0.1:0"
	env["CONCEPTBOT_HTTP_DRAIN"] = "0s" // stopped by the test, not behind a load balancer
	env["CONCEPTBOT_DATA_DIR"] = t.TempDir()
	ctx, cancel := context.WithCancel(context.Background())
	r := &replica{priv: priv, stderr: &syncbuf.Buffer{}}
	done := make(chan error, 1)
	go func() {
		done <- run(ctx, []string{"serve"}, func(k string) string { return env[k] }, strings.NewReader(""), io.Discard, r.stderr)
	}()
	line := waitForLog(t, r.stderr, `msg="serving HTTP"`)
	m := regexp.MustCompile(`addr=(\S+)`).FindStringSubmatch(line)
	if m == nil {
		t.Fatalf("no address in %q", line)
	}
	r.base = "http://" + m[1]
	stopped := false
	r.stop = func() {
		if stopped {
			return
		}
		stopped = true
		cancel()
		select {
		case err := <-done:
			if err != nil {
				t.Errorf("serve returned %v", err)
			}
		case <-time.After(20 * time.Second):
			t.Error("serve did not stop")
		}
	}
	t.Cleanup(r.stop)
	return r
}

// interact posts a signed interaction and returns the response, decoded
// from JSON so that "›" reads as itself.
func (r *replica) interact(t *testing.T, body string) string {
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
	var out any
	b, _ := io.ReadAll(resp.Body)
	if resp.StatusCode != 200 || json.Unmarshal(b, &out) != nil {
		t.Fatalf("POST /interactions = %d %s", resp.StatusCode, b)
	}
	return fmt.Sprint(out)
}

func (r *replica) get(t *testing.T, path string) (int, string) {
	t.Helper()
	resp, err := http.Get(r.base + path)
	if err != nil {
		t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	return resp.StatusCode, string(b)
}

// dailyBody is /daily sub in guild 42 from a moderator.
func dailyBody(id int, guild, sub, options string) string {
	return fmt.Sprintf(`{"id":"%d","type":2,"token":"t%d","guild_id":%q,"channel_id":"7","member":{"user":{"id":"9"},"permissions":"32"},`+
		`"data":{"id":"2","name":"daily","type":1,"options":[{"name":%q,"type":1,"options":%s}]}}`, id, id, guild, sub, options)
}

const askBody = `{"id":"1","type":2,"token":"t","guild_id":"42","member":{"user":{"id":"7"},"permissions":"0"},` +
	`"data":{"id":"2","name":"ask","type":1,"options":[{"name":"question","type":3,"value":"key point 5"}]}}`

// TestReplicaServesDailyFromPostgres: an HTTP replica without a token
// serves /daily from the shared store; while the database is away it
// answers "try again", keeps answering questions and reports itself
// degraded but ready.
func TestReplicaServesDailyFromPostgres(t *testing.T) {
	proxy, url := pgtest.NewProxy(t, pgtest.URL(t))
	r := startReplica(t, map[string]string{"CONCEPTBOT_STORE_URL": url, "CONCEPTBOT_LOG_LEVEL": "debug"})
	set := `[{"name":"channel","type":7,"value":"401"},{"name":"time","type":3,"value":"09:00"},{"name":"timezone","type":3,"value":"UTC"}]`
	if got := r.interact(t, dailyBody(1, "42", "set", set)); !strings.Contains(got, "Saved.") {
		t.Fatalf("/daily set on a replica = %q", got)
	}
	if got := r.interact(t, dailyBody(2, "42", "status", `[]`)); !strings.Contains(got, "09:00 every day, UTC time") {
		t.Errorf("/daily status on a replica = %q", got)
	}
	if got := r.interact(t, dailyBody(3, "42", "now", `[]`)); !strings.Contains(got, "on its way") || !strings.Contains(got, "No bot process is posting right now") {
		t.Errorf("/daily now with no process posting = %q", got)
	}
	if code, body := r.get(t, "/readyz"); code != 200 || body != "ready\n" {
		t.Errorf("/readyz = %d %q", code, body)
	}

	proxy.Cut()
	if got := r.interact(t, dailyBody(4, "42", "status", `[]`)); !strings.Contains(got, "Try again in a minute") {
		t.Errorf("/daily status with the database away = %q", got)
	}
	if got := r.interact(t, askBody); !strings.Contains(got, "Key Points › 5") {
		t.Errorf("/ask with the database away = %q", got)
	}
	waitFor(t, "/readyz degraded", func() bool {
		code, body := r.get(t, "/readyz")
		return code == 200 && strings.Contains(body, "degraded: store unreachable")
	})
	// Both gauges are set on the store check's tick, but the scheduler lets
	// go of its lease only when it fails to renew it: a tick or more later.
	waitFor(t, "/metrics showing the store down, and this process not posting", func() bool {
		_, body := r.get(t, "/metrics")
		return strings.Contains(body, "conceptbot_store_up 0") && strings.Contains(body, "conceptbot_daily_leader 0")
	})
	proxy.Restore()
	waitFor(t, "/readyz ready again", func() bool {
		code, body := r.get(t, "/readyz")
		return code == 200 && body == "ready\n"
	})
	if got := r.interact(t, dailyBody(5, "42", "status", `[]`)); !strings.Contains(got, "09:00 every day") {
		t.Errorf("/daily status once the database is back = %q", got)
	}
}

// TestServeStartsWithoutDatabase: a replica whose database is away at
// start-up still answers questions; /daily works once it is back. The
// URL's password never shows in the log.
func TestServeStartsWithoutDatabase(t *testing.T) {
	proxy, url := pgtest.NewProxy(t, pgtest.URL(t))
	url = strings.Replace(url, "postgres@", "postgres:hunter2@", 1) // the test server trusts any password
	proxy.Cut()
	r := startReplica(t, map[string]string{"CONCEPTBOT_STORE_URL": url, "CONCEPTBOT_STORE_CONNECT_RETRIES": "0"})
	if got := r.interact(t, askBody); !strings.Contains(got, "Key Points › 5") {
		t.Errorf("/ask = %q", got)
	}
	if got := r.interact(t, dailyBody(1, "42", "status", `[]`)); !strings.Contains(got, "Try again in a minute") {
		t.Errorf("/daily status = %q", got)
	}
	if !strings.Contains(r.stderr.String(), "PostgreSQL cannot be reached") {
		t.Errorf("no warning in the log:\n%s", r.stderr.String())
	}
	proxy.Restore()
	if got := r.interact(t, dailyBody(2, "42", "status", `[]`)); !strings.Contains(got, "aren't set up") {
		t.Errorf("/daily status once the database is back = %q", got)
	}
	r.stop()
	if log := r.stderr.String(); strings.Contains(log, "hunter2") || !strings.Contains(log, "postgres:********@") {
		t.Errorf("the log shows the password, or not the masked URL:\n%s", log)
	}
}

// TestServeRefusesNewerSchema: a database migrated by a newer conceptbot
// stops serve at start-up, saying so.
func TestServeRefusesNewerSchema(t *testing.T) {
	url := pgtest.URL(t)
	v := postgres.SchemaVersion()
	if out, _, err := runCLI(t, map[string]string{"CONCEPTBOT_STORE_URL": url}, "", "store", "migrate"); err != nil || !strings.Contains(out, fmt.Sprintf("schema version %d", v)) {
		t.Fatalf("store migrate = %q, %v", out, err)
	}
	conn, err := pgx.Connect(t.Context(), url)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close(context.Background())
	if _, err := conn.Exec(t.Context(), "INSERT INTO conceptbot_schema (version, name) VALUES ($1, 'future')", v+1); err != nil {
		t.Fatal(err)
	}
	pub, _, _ := ed25519.GenerateKey(nil)
	env := map[string]string{"CONCEPTBOT_STORE_URL": url, "CONCEPTBOT_DISCORD_PUBLIC_KEY": hex.EncodeToString(pub), "CONCEPTBOT_HTTP_ADDR": "127.0.0.1:0"}
	_, _, err = runCLI(t, env, "", "serve")
	if err == nil || !strings.Contains(err.Error(), fmt.Sprintf("schema is version %d, newer than this build knows (%d): upgrade conceptbot", v+1, v)) {
		t.Errorf("serve on a newer schema = %v", err)
	}
}

// waitFor polls cond for up to 20 seconds.
func waitFor(t *testing.T, what string, cond func() bool) {
	t.Helper()
	for deadline := time.Now().Add(20 * time.Second); !cond(); time.Sleep(20 * time.Millisecond) {
		if time.Now().After(deadline) {
			t.Fatalf("timed out waiting for %s", what)
		}
	}
}
