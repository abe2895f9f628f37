//go:build linux

package main

import (
	"bufio"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"io"
	"math/rand/v2"
	"net/http"
	"os"
	"os/exec"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot/fakediscord"
	"github.com/conceptbot/conceptbot/internal/pgtest"
)

// The failover test's fast clock and schedule: the processes' daily
// scheduler runs failoverRate times faster than real time, a post falls due
// every failoverEvery of its time (two real seconds), and the grace window
// is failoverGrace (twelve real seconds). The processes try for the lead
// every 200 ms, or CONCEPTBOT_TEST_LOCK_INTERVAL (e.g. 5s, the default of
// store.lock_interval, to measure failover as deployed).
const (
	failoverRate   = 900
	failoverGuilds = 12
	failoverEvery  = 30 * time.Minute
	failoverGrace  = 3 * time.Hour
	// failoverLatency is how long the fake Discord takes to answer a post
	// it has made: a leader killed meanwhile has posted without knowing.
	failoverLatency = 400 * time.Millisecond
)

// TestFailover runs three real `conceptbot serve` processes, built with
// the fast test clock, on one PostgreSQL database against the fake
// Discord. All hold the token (posting over REST, without the gateway) and
// serve HTTP interactions; the test sets up twelve servers' daily facts
// through them, then kills whichever process leads with SIGKILL at random
// moments while the posts fall due, restarting it each time. Every server
// must get its post exactly once, within the grace window. The figures
// (failover times, posts, duplicates, misses, resends, /daily status
// latency) are logged: go test -run TestFailover -v.
func TestFailover(t *testing.T) {
	if testing.Short() {
		t.Skip("builds and runs three processes; skipped with -short")
	}
	url := pgtest.URL(t)
	fd := fakediscord.NewWithOptions(t, fakediscord.Options{Token: "test-token", MessageLatency: failoverLatency})
	bin := buildTestBinary(t)
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	failoverLock := 200 * time.Millisecond
	if v := os.Getenv("CONCEPTBOT_TEST_LOCK_INTERVAL"); v != "" {
		if failoverLock, err = time.ParseDuration(v); err != nil {
			t.Fatalf("CONCEPTBOT_TEST_LOCK_INTERVAL: %v", err)
		}
	}
	fakeStart := time.Date(2026, 5, 1, 6, 0, 0, 0, time.UTC)
	realStart := time.Now()
	fakeNow := func(at time.Time) time.Time {
		return fakeStart.Add(time.Duration(float64(at.Sub(realStart)) * failoverRate))
	}
	env := append(os.Environ(),
		"CONCEPTBOT_TEST_CLOCK="+fakeStart.Format(time.RFC3339)+","+strconv.FormatInt(realStart.UnixNano(), 10)+","+strconv.Itoa(failoverRate),
		"CONCEPTBOT_STORE_URL="+url,
		"CONCEPTBOT_STORE_LOCK_INTERVAL="+failoverLock.String(),
		"CONCEPTBOT_DAILY_GRACE="+failoverGrace.String(),
		"CONCEPTBOT_DISCORD_TOKEN=test-token",
		"CONCEPTBOT_DISCORD_REST_URL="+fd.URL(),
		"CONCEPTBOT_DISCORD_GATEWAY=false",
		"CONCEPTBOT_DISCORD_PUBLIC_KEY="+hex.EncodeToString(pub),
		"CONCEPTBOT_HTTP_ADDR=127.0.0.1:0",
		"CONCEPTBOT_HTTP_DRAIN=0s", // stopped by the test, not behind a load balancer
		"CONCEPTBOT_BOT_RATE_LIMIT=100000",
		"CONCEPTBOT_LOG_FORMAT=json",
	)
	c := &cluster{t: t, bin: bin, env: env, dataDir: t.TempDir()}
	t.Cleanup(c.stopAll)
	for i := range 3 {
		c.start(i)
	}
	for i := range 3 {
		c.waitAddr(i)
	}
	first := c.waitLeader(time.Time{})
	t.Logf("process %d leads", first)

	// Twelve servers, one post every failoverEvery from a little ahead.
	setAt := fakeNow(time.Now())
	slot0 := setAt.Add(failoverEvery).Truncate(time.Minute)
	slots := map[string]time.Time{} // channel → when its post is due
	for i := range failoverGuilds {
		guild, channel := strconv.Itoa(5000+i), strconv.Itoa(6000+i)
		at := slot0.Add(time.Duration(i) * failoverEvery)
		slots[channel] = at
		set := fmt.Sprintf(`[{"name":"channel","type":7,"value":%q},{"name":"time","type":3,"value":%q},{"name":"timezone","type":3,"value":"UTC"}]`, channel, at.Format("15:04"))
		if got := c.interact(i%3, priv, dailyBody(100+i, guild, "set", set)); !strings.Contains(got, "Saved.") {
			t.Fatalf("/daily set through process %d = %q", i%3, got)
		}
	}
	realAt := func(fake time.Time) time.Time {
		return realStart.Add(time.Duration(float64(fake.Sub(fakeStart)) / failoverRate))
	}
	lastSlot := slot0.Add(time.Duration(failoverGuilds-1) * failoverEvery)

	// Watch the posts arrive.
	var mu sync.Mutex
	seen := map[string]time.Time{} // channel → when its first post arrived (real)
	stopWatch := make(chan struct{})
	watched := make(chan struct{})
	go func() {
		defer close(watched)
		for {
			for _, r := range fd.Requests() {
				if ch, ok := postChannel(r); ok {
					mu.Lock()
					if _, dup := seen[ch]; !dup {
						seen[ch] = time.Now()
					}
					mu.Unlock()
				}
			}
			select {
			case <-stopWatch:
				return
			case <-time.After(10 * time.Millisecond):
			}
		}
	}()

	// Kill the leader at random moments until the last post is due: every
	// other time anywhere, 1.5 to 3.5 s after the last kill; otherwise
	// while it sends a post, before Discord's answer reaches it.
	rng := rand.New(rand.NewPCG(uint64(time.Now().UnixNano()), 1))
	var failovers []time.Duration
	for k, end := 0, realAt(lastSlot).Add(time.Second); time.Now().Before(end); k++ {
		wait := time.Duration(1500+rng.IntN(2000)) * time.Millisecond
		if k%2 == 1 {
			var next time.Time // the next post due, at least 100 ms from now
			for _, due := range slots {
				if at := realAt(due); time.Until(at) > 100*time.Millisecond && (next.IsZero() || at.Before(next)) {
					next = at
				}
			}
			if !next.IsZero() {
				wait = time.Until(next) + 30*time.Millisecond + time.Duration(rng.Int64N(int64(failoverLatency-100*time.Millisecond)))
			}
		}
		time.Sleep(wait)
		leader := c.leader()
		if leader < 0 {
			continue
		}
		killed := time.Now()
		c.kill(leader)
		next := c.waitLeader(killed)
		failovers = append(failovers, time.Since(killed))
		t.Logf("killed process %d at %s (its clock); process %d leads after %s",
			leader, fakeNow(killed).Format("15:04"), next, failovers[len(failovers)-1].Round(time.Millisecond))
		c.start(leader)
		c.waitAddr(leader)
	}
	deadline := realAt(lastSlot.Add(failoverGrace)).Add(5 * time.Second)
	for {
		mu.Lock()
		n := len(seen)
		mu.Unlock()
		if n == failoverGuilds || time.Now().After(deadline) {
			break
		}
		time.Sleep(50 * time.Millisecond)
	}
	time.Sleep(500 * time.Millisecond) // time for a duplicate to show
	close(stopWatch)
	select {
	case <-watched:
	case <-time.After(20 * time.Second):
		t.Fatal("the watcher did not stop within 20 s")
	}

	// Exactly one message a channel, each within the grace window.
	nonces := map[string]map[string]bool{}
	sends := 0
	for _, r := range fd.Requests() {
		ch, ok := postChannel(r)
		if !ok {
			continue
		}
		sends++
		var body struct {
			Nonce        string `json:"nonce"`
			EnforceNonce bool   `json:"enforce_nonce"`
		}
		if err := json.Unmarshal(r.Body, &body); err != nil || body.Nonce == "" || !body.EnforceNonce {
			t.Errorf("a post to %s without a nonce enforced: %s", ch, r.Body)
		}
		if nonces[ch] == nil {
			nonces[ch] = map[string]bool{}
		}
		nonces[ch][body.Nonce] = true
	}
	duplicated, missed, messages := 0, 0, 0
	var late []time.Duration
	for ch, due := range slots {
		n := len(nonces[ch])
		messages += n
		switch {
		case n == 0:
			missed++
			t.Errorf("channel %s got no post (due %s)", ch, due.Format("15:04"))
			continue
		case n > 1:
			duplicated += n - 1
			t.Errorf("channel %s got %d messages", ch, n)
		}
		lateBy := fakeNow(seen[ch]).Sub(due)
		late = append(late, lateBy)
		if lateBy > failoverGrace {
			t.Errorf("channel %s: posted %s late, past the grace window of %s", ch, lateBy.Round(time.Minute), failoverGrace)
		}
	}
	if len(failovers) < 5 {
		t.Errorf("only %d leaders killed; the test needs at least 5", len(failovers))
	}
	slices.Sort(failovers)
	slices.Sort(late)
	if len(failovers) > 0 {
		t.Logf("failover over %d kills: median %s, max %s (lock interval %s)", len(failovers),
			failovers[len(failovers)/2].Round(time.Millisecond), failovers[len(failovers)-1].Round(time.Millisecond), failoverLock)
	}
	t.Logf("posts: %d scheduled, %d messages, %d duplicated, %d missed; %d sends (%d resent with the same nonce, dropped by Discord)",
		failoverGuilds, messages, duplicated, missed, sends, sends-messages)
	if len(late) > 0 {
		t.Logf("lateness on the processes' clock: median %s, max %s (grace %s)", late[len(late)/2].Round(time.Second), late[len(late)-1].Round(time.Second), failoverGrace)
	}

	// /daily status through a replica, one request at a time.
	var lat []time.Duration
	for i := range 200 {
		start := time.Now()
		if got := c.interact(i%3, priv, dailyBody(1000+i, "5000", "status", `[]`)); !strings.Contains(got, "Daily facts") {
			t.Fatalf("/daily status = %q", got)
		}
		lat = append(lat, time.Since(start))
	}
	slices.Sort(lat)
	t.Logf("/daily status through a replica, %d requests: median %s, p99 %s", len(lat),
		lat[len(lat)/2].Round(10*time.Microsecond), lat[len(lat)*99/100].Round(10*time.Microsecond))
	if t.Failed() {
		t.Logf("logs:\n%s", c.logs())
	}
}

// postChannel returns the channel of a message post.
func postChannel(r fakediscord.Request) (string, bool) {
	rest, ok := strings.CutPrefix(r.Path, fakediscord.APIPrefix+"/channels/")
	if !ok || r.Method != "POST" {
		return "", false
	}
	ch, tail, _ := strings.Cut(rest, "/")
	return ch, tail == "messages"
}

// buildTestBinary builds conceptbot with the fast test clock.
func buildTestBinary(t *testing.T) string {
	t.Helper()
	bin := filepath.Join(t.TempDir(), "conceptbot")
	goBin, err := exec.LookPath("go")
	if err != nil {
		goBin = filepath.Join(os.Getenv("GOROOT"), "bin", "go")
	}
	out, err := exec.Command(goBin, "build", "-tags", "testclock", "-o", bin, ".").CombinedOutput()
	if err != nil {
		t.Fatalf("go build -tags testclock: %v\n%s", err, out)
	}
	return bin
}

// cluster is three conceptbot processes, each restartable, and what their
// logs say.
type cluster struct {
	t       *testing.T
	bin     string
	env     []string
	dataDir string

	mu        sync.Mutex
	procs     [3]*exec.Cmd
	gens      [3]int       // bumped when a process is killed or started
	addrs     [3]string    // from "serving HTTP"
	leadingAt [3]time.Time // when the process said it leads; zero when it does not
	log       strings.Builder
}

func (c *cluster) start(i int) {
	c.t.Helper()
	cmd := exec.Command(c.bin, "serve")
	cmd.Env = append(c.env, "CONCEPTBOT_DATA_DIR="+filepath.Join(c.dataDir, strconv.Itoa(i)))
	cmd.SysProcAttr = &syscall.SysProcAttr{Pdeathsig: syscall.SIGKILL}
	stderr, err := cmd.StderrPipe()
	if err != nil {
		c.t.Fatal(err)
	}
	if err := cmd.Start(); err != nil {
		c.t.Fatal(err)
	}
	c.mu.Lock()
	c.gens[i]++
	gen := c.gens[i]
	c.procs[i], c.addrs[i], c.leadingAt[i] = cmd, "", time.Time{}
	c.mu.Unlock()
	go c.read(i, gen, stderr)
}

// read follows a process's log.
func (c *cluster) read(i, gen int, r io.Reader) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64<<10), 1<<20)
	for sc.Scan() {
		line := sc.Text()
		var rec struct {
			Msg  string `json:"msg"`
			Addr string `json:"addr"`
		}
		json.Unmarshal([]byte(line), &rec)
		c.mu.Lock()
		fmt.Fprintf(&c.log, "%d.%d %s\n", i, gen, line)
		if c.gens[i] == gen {
			switch {
			case rec.Msg == "serving HTTP":
				c.addrs[i] = rec.Addr
			case strings.HasPrefix(rec.Msg, "daily: leading"):
				c.leadingAt[i] = time.Now()
			case strings.HasPrefix(rec.Msg, "daily: no longer leading"):
				c.leadingAt[i] = time.Time{}
			}
		}
		c.mu.Unlock()
	}
}

func (c *cluster) logs() string {
	c.mu.Lock()
	defer c.mu.Unlock()
	return c.log.String()
}

// wait polls cond, under the cluster's lock, for up to 30 seconds.
func (c *cluster) wait(what string, cond func() bool) {
	c.t.Helper()
	for deadline := time.Now().Add(30 * time.Second); ; time.Sleep(2 * time.Millisecond) {
		c.mu.Lock()
		ok := cond()
		c.mu.Unlock()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			c.t.Fatalf("no %s within 30 s; logs:\n%s", what, c.logs())
		}
	}
}

func (c *cluster) waitAddr(i int) {
	c.t.Helper()
	c.wait(fmt.Sprintf("HTTP address of process %d", i), func() bool { return c.addrs[i] != "" })
}

// waitLeader waits until a process has said it leads after since, and
// returns it.
func (c *cluster) waitLeader(since time.Time) int {
	c.t.Helper()
	leader := -1
	c.wait("new leader", func() bool {
		for i, at := range c.leadingAt {
			if !at.IsZero() && at.After(since) {
				leader = i
				return true
			}
		}
		return false
	})
	return leader
}

// leader returns the process that leads, or -1.
func (c *cluster) leader() int {
	c.mu.Lock()
	defer c.mu.Unlock()
	for i, at := range c.leadingAt {
		if !at.IsZero() {
			return i
		}
	}
	return -1
}

func (c *cluster) kill(i int) {
	c.mu.Lock()
	cmd := c.procs[i]
	c.gens[i]++ // its last lines no longer count
	c.leadingAt[i] = time.Time{}
	c.mu.Unlock()
	cmd.Process.Signal(syscall.SIGKILL)
	cmd.Wait()
}

func (c *cluster) stopAll() {
	c.mu.Lock()
	procs := c.procs
	c.mu.Unlock()
	for _, cmd := range procs {
		if cmd != nil && cmd.ProcessState == nil {
			cmd.Process.Signal(syscall.SIGTERM)
		}
	}
	for _, cmd := range procs {
		if cmd == nil || cmd.ProcessState != nil {
			continue
		}
		done := make(chan struct{})
		go func() { cmd.Wait(); close(done) }()
		select {
		case <-done:
		case <-time.After(15 * time.Second):
			cmd.Process.Kill()
			<-done
		}
	}
}

// interact sends a signed interaction to process i and returns the
// response, decoded.
func (c *cluster) interact(i int, priv ed25519.PrivateKey, body string) string {
	c.t.Helper()
	c.mu.Lock()
	addr := c.addrs[i]
	c.mu.Unlock()
	ts := strconv.FormatInt(time.Now().Unix(), 10)
	req, _ := http.NewRequest("POST", "http://"+addr+"/interactions", strings.NewReader(body))
	req.Header.Set("X-Signature-Timestamp", ts)
	req.Header.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, []byte(ts+body))))
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		c.t.Fatal(err)
	}
	defer resp.Body.Close()
	b, _ := io.ReadAll(resp.Body)
	var out any
	if resp.StatusCode != 200 || json.Unmarshal(b, &out) != nil {
		c.t.Fatalf("POST /interactions to process %d = %d %s", i, resp.StatusCode, b)
	}
	return fmt.Sprint(out)
}
