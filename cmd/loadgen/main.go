// Command loadgen measures the HTTP interactions endpoint on loopback. It
// signs /ask interactions up front, cycling through many different
// questions (index's evaluation sets, each in several wordings) from many
// users, sends them over keep-alive connections at a given concurrency, and
// reports answers per second and latency.
//
//	loadgen -self                       # start the real server in this process and load it
//	loadgen -self -reference            # the same against a handler that only verifies and PONGs
//	loadgen -self -search-reference     # ... that verifies and answers with a bleve match query
//	loadgen -serve 127.0.0.1:8081 -key $SEED          # run only the server, for a separate process
//	loadgen -url http://127.0.0.1:8081/interactions -key $SEED -pid $SERVER_PID
//	loadgen -url http://127.0.0.1:8081/interactions -slow 500 -pid $SERVER_PID  # slow bodies: the server's memory
//
// The private key is a hex Ed25519 seed from -key or LOADGEN_KEY; without
// one a key is generated and its public half printed, to configure the
// server under test with (discord.public_key). Only loopback addresses are
// accepted.
package main

import (
	"bufio"
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"flag"
	"fmt"
	"io"
	"log/slog"
	"maps"
	"math"
	"net"
	"net/http"
	"net/url"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"syscall"
	"time"

	"github.com/blevesearch/bleve/v2"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/server"
)

func main() {
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt, syscall.SIGTERM)
	err := run(ctx, os.Args[1:], os.Getenv, os.Stdout)
	stop()
	if err != nil {
		fmt.Fprintln(os.Stderr, "loadgen:", err)
		os.Exit(1)
	}
}

// config is loadgen's command line.
type config struct {
	url        string
	self       bool
	reference  bool
	searchRef  bool
	serve      string
	key        string
	n          int
	d          time.Duration
	c          int
	warmup     time.Duration
	questions  string
	pid        int
	cpuprofile string
	slow       int
}

func run(ctx context.Context, args []string, getenv func(string) string, stdout io.Writer) error {
	var cfg config
	fs := flag.NewFlagSet("loadgen", flag.ContinueOnError)
	fs.StringVar(&cfg.url, "url", "http://127.0.0.1:8080/interactions", "interactions endpoint to load (loopback only)")
	fs.BoolVar(&cfg.self, "self", false, "start the server in this process on 127.0.0.1 and load it")
	fs.BoolVar(&cfg.reference, "reference", false, "with -self or -serve: a reference handler that verifies the signature and answers a fixed PONG")
	fs.BoolVar(&cfg.searchRef, "search-reference", false, "with -self or -serve: a plain Go endpoint that verifies the signature and answers the best passage of a bleve match query over the seed notes")
	fs.StringVar(&cfg.serve, "serve", "", "only run the server (or the reference) on this loopback address until interrupted")
	fs.StringVar(&cfg.key, "key", getenv("LOADGEN_KEY"), "hex Ed25519 private key seed (default $LOADGEN_KEY, else a new key)")
	fs.IntVar(&cfg.n, "n", 0, "stop after this many requests (0: no limit)")
	fs.DurationVar(&cfg.d, "d", 10*time.Second, "stop after this long")
	fs.IntVar(&cfg.c, "c", 16, "concurrent connections")
	fs.DurationVar(&cfg.warmup, "warmup", time.Second, "load this long before measuring")
	fs.StringVar(&cfg.questions, "questions", "index/testdata/eval/*.jsonl", "evaluation sets to take questions from")
	fs.IntVar(&cfg.pid, "pid", 0, "report the CPU time and memory of this process (the server under test)")
	fs.StringVar(&cfg.cpuprofile, "cpuprofile", "", "write a CPU profile of the measured run (or of -serve) to this file")
	fs.IntVar(&cfg.slow, "slow", 0, "instead of asking, open this many connections that announce 64 KiB bodies, send 1 KiB and wait for -d; report the server's memory (-pid)")
	if err := fs.Parse(args); err != nil {
		return err
	}
	if cfg.c < 1 || cfg.d <= 0 || cfg.n < 0 {
		return errors.New("want -c >= 1, -d > 0, -n >= 0")
	}
	priv, err := privateKey(cfg.key, stdout)
	if err != nil {
		return err
	}
	pub := priv.Public().(ed25519.PublicKey)

	if cfg.serve != "" {
		if err := loopback(cfg.serve); err != nil {
			return err
		}
		stopProfile, err := startProfile(cfg.cpuprofile)
		if err != nil {
			return err
		}
		defer stopProfile()
		h, err := handler(ctx, cfg, pub, stdout)
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", cfg.serve)
		if err != nil {
			return err
		}
		fmt.Fprintf(stdout, "serving %s on http://%s/interactions, pid %d\n", kind(cfg), ln.Addr(), os.Getpid())
		return serveHandler(ctx, h, ln)
	}

	target := cfg.url
	if cfg.self {
		h, err := handler(ctx, cfg, pub, stdout)
		if err != nil {
			return err
		}
		ln, err := net.Listen("tcp", "127.0.0.1:0")
		if err != nil {
			return err
		}
		sctx, cancel := context.WithCancel(ctx)
		done := make(chan error, 1)
		go func() { done <- serveHandler(sctx, h, ln) }()
		defer func() { cancel(); <-done }()
		target = "http://" + ln.Addr().String() + "/interactions"
		fmt.Fprintf(stdout, "started %s in process on %s\n", kind(cfg), target)
	}
	u, err := url.Parse(target)
	if err != nil {
		return fmt.Errorf("-url: %w", err)
	}
	if u.Scheme != "http" {
		return fmt.Errorf("-url %s: want http://", target)
	}
	if err := loopback(u.Host); err != nil {
		return err
	}
	if cfg.slow > 0 {
		return slowBodies(ctx, cfg, u, stdout)
	}

	qs, err := questions(cfg.questions)
	if err != nil {
		return err
	}
	reqs := newRequests(u, priv, qs)
	fmt.Fprintf(stdout, "%d signed /ask requests (as many questions and users); %d CPUs, load average %s\n", len(reqs.get()), runtime.NumCPU(), loadavg())

	rctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go reqs.refresh(rctx)
	res, err := load(rctx, cfg, u.Host, reqs)
	if err != nil {
		return err
	}
	res.report(stdout, cfg)
	return nil
}

func kind(cfg config) string {
	switch {
	case cfg.reference:
		return "the reference handler (verify, fixed PONG)"
	case cfg.searchRef:
		return "the search reference handler (verify, bleve match query, best passage)"
	}
	return "the conceptbot server (real index and bot)"
}

// privateKey decodes a hex seed, or makes a key and prints its public half.
func privateKey(seed string, stdout io.Writer) (ed25519.PrivateKey, error) {
	if seed == "" {
		var b [ed25519.SeedSize]byte
		pub, priv, err := ed25519.GenerateKey(nil)
		if err != nil {
			return nil, err
		}
		copy(b[:], priv.Seed())
		fmt.Fprintf(stdout, "generated a key: public %s (seed %s)\n", hex.EncodeToString(pub), hex.EncodeToString(b[:]))
		return priv, nil
	}
	b, err := hex.DecodeString(strings.TrimSpace(seed))
	if err != nil || len(b) != ed25519.SeedSize {
		return nil, fmt.Errorf("-key: want %d hex digits of Ed25519 seed", 2*ed25519.SeedSize)
	}
	return ed25519.NewKeyFromSeed(b), nil
}

// loopback refuses addresses that are not on this machine.
func loopback(hostport string) error {
	host, _, err := net.SplitHostPort(hostport)
	if err != nil {
		return fmt.Errorf("address %q: %w", hostport, err)
	}
	if host == "localhost" {
		return nil
	}
	if ip := net.ParseIP(host); ip == nil || !ip.IsLoopback() {
		return fmt.Errorf("address %q is not loopback: loadgen only loads this machine", hostport)
	}
	return nil
}

// handler is the server under test: the real one, with the embedded notes'
// index, a bot without rate limits and metrics, or the reference.
func handler(ctx context.Context, cfg config, pub ed25519.PublicKey, stdout io.Writer) (http.Handler, error) {
	if cfg.reference {
		return referenceHandler(pub), nil
	}
	start := time.Now()
	notes, _, err := corpus.Load(ctx, corpus.Options{Seed: true})
	if err != nil {
		return nil, err
	}
	if cfg.searchRef {
		return searchReferenceHandler(pub, notes)
	}
	ix, err := index.Build(ctx, notes, index.Options{})
	if err != nil {
		return nil, err
	}
	fmt.Fprintf(stdout, "indexed %d passages in %s\n", len(notes.Passages()), time.Since(start).Round(time.Millisecond))
	m := server.NewMetrics()
	log := slog.New(slog.NewTextHandler(os.Stderr, &slog.HandlerOptions{Level: slog.LevelWarn}))
	b := bot.New(ix, ix.Corpus(), bot.Options{RateLimit: math.MaxInt32, Observer: m, Logger: log})
	s, err := server.New(server.Options{PublicKey: hex.EncodeToString(pub), Bot: b, Metrics: m, Logger: log})
	if err != nil {
		return nil, err
	}
	return s.Handler(), nil
}

// referenceHandler reads a body of at most 64 KiB, verifies its signature
// and answers PONG: the most any interactions endpoint can do per request
// here, the figure to read the real one against.
func referenceHandler(pub ed25519.PublicKey) http.Handler {
	pong := []byte(`{"type":1}`)
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if _, ok := verified(w, r, pub); ok {
			writeJSON(w, pong)
		}
	})
}

// searchReferenceHandler is the plain Go endpoint the issues measure the
// server against: it verifies a request, runs a bleve match query for the
// value of its first option over the seed's passages (bleve's default
// mapping, in memory) and answers the best passage in an embed. No checks,
// limits, shapes or buttons, and nothing of conceptbot's ranking.
func searchReferenceHandler(pub ed25519.PublicKey, notes *corpus.Corpus) (http.Handler, error) {
	bi, err := bleve.NewMemOnly(bleve.NewIndexMapping())
	if err != nil {
		return nil, err
	}
	passages := map[string]corpus.Passage{}
	for _, p := range notes.Passages() {
		passages[p.ID] = p
		if err := bi.Index(p.ID, map[string]string{"title": p.Doc, "text": p.Text}); err != nil {
			return nil, err
		}
	}
	return http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		body, ok := verified(w, r, pub)
		if !ok {
			return
		}
		var in struct {
			Data struct {
				Options []struct {
					Value string `json:"value"`
				} `json:"options"`
			} `json:"data"`
		}
		if err := json.Unmarshal(body, &in); err != nil || len(in.Data.Options) == 0 {
			http.Error(w, "bad body", http.StatusBadRequest)
			return
		}
		res, err := bi.SearchInContext(r.Context(), bleve.NewSearchRequestOptions(bleve.NewMatchQuery(in.Data.Options[0].Value), 3, 0, false))
		if err != nil {
			http.Error(w, err.Error(), http.StatusInternalServerError)
			return
		}
		embed := map[string]string{"title": "Not in the notes"}
		if len(res.Hits) > 0 {
			p := passages[res.Hits[0].ID]
			embed = map[string]string{"title": p.Citation(), "description": p.Text}
		}
		out, _ := json.Marshal(map[string]any{"type": 4, "data": map[string]any{"embeds": []any{embed}}})
		writeJSON(w, out)
	}), nil
}

// verified reads a body of at most 64 KiB and checks its signature; on
// failure it has answered the request.
func verified(w http.ResponseWriter, r *http.Request, pub ed25519.PublicKey) ([]byte, bool) {
	ts := r.Header.Get("X-Signature-Timestamp")
	sig, err := hex.DecodeString(r.Header.Get("X-Signature-Ed25519"))
	if err != nil || len(sig) != ed25519.SignatureSize {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return nil, false
	}
	body, err := io.ReadAll(http.MaxBytesReader(w, r.Body, 64<<10))
	if err != nil {
		http.Error(w, "bad body", http.StatusBadRequest)
		return nil, false
	}
	if !ed25519.Verify(pub, append([]byte(ts), body...), sig) {
		http.Error(w, "invalid request signature", http.StatusUnauthorized)
		return nil, false
	}
	return body, true
}

func writeJSON(w http.ResponseWriter, b []byte) {
	w.Header().Set("Content-Type", "application/json")
	w.Header().Set("Content-Length", strconv.Itoa(len(b)))
	_, _ = w.Write(b)
}

// serveHandler serves h on ln until ctx is done.
func serveHandler(ctx context.Context, h http.Handler, ln net.Listener) error {
	hs := &http.Server{Handler: h, ReadHeaderTimeout: 5 * time.Second}
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return err
	case <-ctx.Done():
	}
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), 5*time.Second)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc
	return err
}

// questions reads the evaluation sets and words each question several ways.
func questions(glob string) ([]string, error) {
	files, err := filepath.Glob(glob)
	if err != nil {
		return nil, err
	}
	if len(files) == 0 {
		return nil, fmt.Errorf("no question files match %s (run from the repository root or set -questions)", glob)
	}
	var base []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			return nil, err
		}
		eq, err := index.ReadEval(f)
		f.Close()
		if err != nil {
			return nil, fmt.Errorf("%s: %w", name, err)
		}
		for _, q := range eq {
			base = append(base, q.Q)
		}
	}
	prefixes := []string{"", "Can you tell me: ", "quick question — ", "In the notes, "}
	suffixes := []string{"", " Please explain briefly.", " (for the exam)", "??"}
	seen := map[string]bool{}
	var out []string
	for _, q := range base {
		for i, p := range prefixes {
			for j, s := range suffixes {
				v := q
				if i == 3 {
					v = strings.ToLower(v[:1]) + v[1:]
				}
				if (i+j)%2 == 1 {
					v = strings.ToLower(v)
				}
				v = p + v + s
				if !seen[v] {
					seen[v] = true
					out = append(out, v)
				}
			}
		}
	}
	return out, nil
}

// requests holds the pre-signed requests, re-signed every minute so that
// long runs stay within the server's replay window.
type requests struct {
	host string
	path string
	priv ed25519.PrivateKey
	qs   []string
	cur  atomic.Pointer[[][]byte]
}

func newRequests(u *url.URL, priv ed25519.PrivateKey, qs []string) *requests {
	r := &requests{host: u.Host, path: u.RequestURI(), priv: priv, qs: qs}
	r.sign(time.Now())
	return r
}

func (r *requests) get() [][]byte { return *r.cur.Load() }

func (r *requests) refresh(ctx context.Context) {
	t := time.NewTicker(time.Minute)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			return
		case now := <-t.C:
			r.sign(now)
		}
	}
}

// sign makes one HTTP/1.1 request per question, each from its own user, as
// the raw bytes to write to a connection.
func (r *requests) sign(now time.Time) {
	ts := strconv.FormatInt(now.Unix(), 10)
	out := make([][]byte, len(r.qs))
	for i, q := range r.qs {
		in := bot.Interaction{
			ID: strconv.FormatInt(1_300_000_000_000_000_000+int64(i), 10), ApplicationID: "775799577604522054",
			Type: bot.InteractionCommand, Token: "aW50ZXJhY3Rpb246MTIzNDU2Nzg5MDEyMzQ1Njc4OTpsb2FkZ2Vu",
			GuildID: "290926798626357999", ChannelID: "645027906669510667", Locale: "en-US",
			Member: &bot.Member{User: &bot.User{ID: strconv.FormatInt(1_100_000_000_000_000_000+int64(i), 10), Username: "student" + strconv.Itoa(i)}, Permissions: "2147483647"},
			Data: bot.InteractionData{ID: "771825006014889984", Name: "ask", Type: bot.CommandTypeChatInput,
				Options: []bot.Option{{Name: "question", Type: bot.CommandOptionString, Value: quote(q)}}},
		}
		body, _ := json.Marshal(in)
		sig := ed25519.Sign(r.priv, append([]byte(ts), body...))
		var b bytes.Buffer
		fmt.Fprintf(&b, "POST %s HTTP/1.1\r\nHost: %s\r\nUser-Agent: loadgen\r\nContent-Type: application/json\r\n", r.path, r.host)
		fmt.Fprintf(&b, "X-Signature-Ed25519: %x\r\nX-Signature-Timestamp: %s\r\nContent-Length: %d\r\n\r\n", sig, ts, len(body))
		b.Write(body)
		out[i] = b.Bytes()
	}
	r.cur.Store(&out)
}

func quote(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}

// result is what the workers saw while measuring.
type result struct {
	elapsed   time.Duration
	latencies []time.Duration
	statuses  map[int]int
	answers   int // messages with an embed: an answer or "not in the notes"
	limited   int // rate-limited replies
	errors    []error
	cpu       time.Duration // of the server, when known
	cpuKnown  bool
	rss, hwm  int64 // of the server (or this process with -self), in kB
	self      bool
}

// load runs cfg.c workers, each with one keep-alive connection, until
// cfg.n requests or cfg.d have passed after the warm-up.
func load(ctx context.Context, cfg config, addr string, reqs *requests) (*result, error) {
	var (
		measuring atomic.Bool
		sent      atomic.Int64
		next      atomic.Int64
		wg        sync.WaitGroup
		mu        sync.Mutex
		res       = &result{statuses: map[int]int{}, self: cfg.self}
	)
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	for range cfg.c {
		wg.Go(func() {
			w := worker{addr: addr}
			defer w.close()
			var lat []time.Duration
			statuses := map[int]int{}
			var answers, limited int
			var errs []error
			for ctx.Err() == nil {
				m := measuring.Load()
				if m && cfg.n > 0 && sent.Add(1) > int64(cfg.n) {
					cancel()
					break
				}
				all := reqs.get()
				req := all[int(next.Add(1))%len(all)]
				start := time.Now()
				code, body, err := w.do(req)
				d := time.Since(start)
				if !m {
					continue
				}
				if err != nil {
					if ctx.Err() == nil && len(errs) < 5 {
						errs = append(errs, err)
					}
					continue
				}
				lat = append(lat, d)
				statuses[code]++
				if code == http.StatusOK {
					if bytes.Contains(body, []byte(`"embeds"`)) || bytes.Equal(body, []byte(`{"type":1}`)) {
						answers++
					} else if bytes.Contains(body, []byte("asking quickly")) {
						limited++
					}
				}
			}
			mu.Lock()
			res.latencies = append(res.latencies, lat...)
			for k, v := range statuses {
				res.statuses[k] += v
			}
			res.answers += answers
			res.limited += limited
			res.errors = append(res.errors, errs...)
			mu.Unlock()
		})
	}
	select {
	case <-time.After(cfg.warmup):
	case <-ctx.Done():
	}
	stopProfile, err := startProfile(cfg.cpuprofile)
	if err != nil {
		cancel()
		wg.Wait()
		return nil, err
	}
	cpu0, cpuOK := cpuTime(cfg.pid, cfg.self)
	start := time.Now()
	measuring.Store(true)
	select {
	case <-time.After(cfg.d):
	case <-ctx.Done():
	}
	cancel()
	wg.Wait()
	res.elapsed = time.Since(start)
	stopProfile()
	if cpu1, ok := cpuTime(cfg.pid, cfg.self); ok && cpuOK {
		res.cpu, res.cpuKnown = cpu1-cpu0, true
	}
	res.rss, res.hwm = memory(cfg.pid, cfg.self)
	return res, nil
}

// worker sends requests over one keep-alive connection, reconnecting when
// the server closes it. It speaks just enough HTTP/1.1 for this, so that
// the load generator takes as little of the shared CPU as it can.
type worker struct {
	addr string
	conn net.Conn
	r    *bufio.Reader
	body []byte
}

func (w *worker) close() {
	if w.conn != nil {
		w.conn.Close()
		w.conn = nil
	}
}

func (w *worker) do(req []byte) (int, []byte, error) {
	if w.conn == nil {
		c, err := net.Dial("tcp", w.addr)
		if err != nil {
			return 0, nil, err
		}
		w.conn, w.r = c, bufio.NewReaderSize(c, 16<<10)
	}
	code, body, keep, err := w.roundTrip(req)
	if err != nil || !keep {
		w.close()
	}
	return code, body, err
}

func (w *worker) roundTrip(req []byte) (code int, body []byte, keep bool, err error) {
	w.conn.SetDeadline(time.Now().Add(10 * time.Second))
	if _, err := w.conn.Write(req); err != nil {
		return 0, nil, false, err
	}
	line, err := w.r.ReadSlice('\n')
	if err != nil {
		return 0, nil, false, err
	}
	if len(line) < 12 || !bytes.HasPrefix(line, []byte("HTTP/1.1 ")) {
		return 0, nil, false, fmt.Errorf("bad status line %q", line)
	}
	code, err = strconv.Atoi(string(line[9:12]))
	if err != nil {
		return 0, nil, false, fmt.Errorf("bad status line %q", line)
	}
	n, keep := -1, true
	for {
		h, err := w.r.ReadSlice('\n')
		if err != nil {
			return 0, nil, false, err
		}
		h = bytes.TrimRight(h, "\r\n")
		if len(h) == 0 {
			break
		}
		k, v, _ := bytes.Cut(h, []byte(":"))
		v = bytes.TrimSpace(v)
		switch {
		case bytes.EqualFold(k, []byte("Content-Length")):
			n, err = strconv.Atoi(string(v))
			if err != nil {
				return 0, nil, false, fmt.Errorf("bad Content-Length %q", v)
			}
		case bytes.EqualFold(k, []byte("Connection")) && bytes.EqualFold(v, []byte("close")):
			keep = false
		case bytes.EqualFold(k, []byte("Transfer-Encoding")):
			return 0, nil, false, errors.New("chunked responses are not supported")
		}
	}
	if n < 0 {
		return 0, nil, false, errors.New("response without Content-Length")
	}
	if cap(w.body) < n {
		w.body = make([]byte, n)
	}
	w.body = w.body[:n]
	if _, err := io.ReadFull(w.r, w.body); err != nil {
		return 0, nil, false, err
	}
	return code, w.body, keep, nil
}

// slowBodies opens cfg.slow connections, each sending the headers of a
// signed-looking interaction that announces a 64 KiB body, then 1 KiB of
// it, and holding it there for cfg.d: what a client does to make a server
// hold memory for bodies it cannot verify yet. It reports the server's
// resident memory before and with the connections open, and the responses
// that came back meanwhile.
func slowBodies(ctx context.Context, cfg config, u *url.URL, stdout io.Writer) error {
	rss0, _ := memory(cfg.pid, false)
	var conns []net.Conn
	defer func() {
		for _, c := range conns {
			c.Close()
		}
	}()
	head := fmt.Sprintf("POST %s HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\nX-Signature-Ed25519: %s\r\n",
		u.RequestURI(), u.Host, strings.Repeat("ab", ed25519.SignatureSize))
	failed := 0
	for range cfg.slow {
		c, err := net.DialTimeout("tcp", u.Host, 5*time.Second)
		if err != nil {
			failed++
			continue
		}
		conns = append(conns, c)
		fmt.Fprintf(c, "%sX-Signature-Timestamp: %d\r\nContent-Length: %d\r\n\r\n%s", head, time.Now().Unix(), 64<<10, strings.Repeat(" ", 1<<10))
	}
	time.Sleep(time.Second) // for the server to read what was sent
	rss1, hwm := memory(cfg.pid, false)
	answered := map[string]int{}
	var mu sync.Mutex
	var wg sync.WaitGroup
	deadline := time.Now().Add(cfg.d)
	for _, c := range conns {
		wg.Go(func() {
			c.SetReadDeadline(deadline)
			line, err := bufio.NewReader(c).ReadString('\n')
			status := "no response within -d"
			if err == nil {
				status = strings.TrimSpace(line)
			} else if !errors.Is(err, os.ErrDeadlineExceeded) {
				status = "closed by the server"
			}
			mu.Lock()
			answered[status]++
			mu.Unlock()
		})
	}
	select {
	case <-ctx.Done():
	case <-time.After(time.Until(deadline)):
	}
	for _, c := range conns {
		c.SetReadDeadline(time.Now())
	}
	wg.Wait()
	fmt.Fprintf(stdout, "%d slow connections (%d failed to connect), each announcing 64 KiB and sending 1 KiB\n", len(conns), failed)
	fmt.Fprintf(stdout, "server RSS: %.1f MB before, %.1f MB with the connections open (peak %.1f MB)\n", float64(rss0)/1024, float64(rss1)/1024, float64(hwm)/1024)
	for _, k := range slices.Sorted(maps.Keys(answered)) {
		fmt.Fprintf(stdout, "  %s: %d\n", k, answered[k])
	}
	return nil
}

func (r *result) report(w io.Writer, cfg config) {
	n := len(r.latencies)
	fmt.Fprintf(w, "%d requests in %.2fs at concurrency %d (after %s warm-up); load average %s\n", n, r.elapsed.Seconds(), cfg.c, cfg.warmup, loadavg())
	codes := slices.Sorted(func(yield func(int) bool) {
		for k := range r.statuses {
			if !yield(k) {
				return
			}
		}
	})
	for _, c := range codes {
		fmt.Fprintf(w, "  HTTP %d: %d\n", c, r.statuses[c])
	}
	if r.limited > 0 {
		fmt.Fprintf(w, "  rate limited: %d\n", r.limited)
	}
	for _, err := range r.errors {
		fmt.Fprintf(w, "  error: %v\n", err)
	}
	if n == 0 {
		return
	}
	slices.Sort(r.latencies)
	pct := func(p float64) time.Duration { return r.latencies[min(n-1, int(math.Ceil(p*float64(n)))-1)] }
	fmt.Fprintf(w, "answers/s %.0f   latency p50 %s  p90 %s  p99 %s  max %s\n",
		float64(r.answers)/r.elapsed.Seconds(), ms(pct(.50)), ms(pct(.90)), ms(pct(.99)), ms(r.latencies[n-1]))
	who := "server"
	if r.self {
		who = "process (server and load generator)"
	}
	if r.cpuKnown && n > 0 {
		fmt.Fprintf(w, "%s CPU %.0f µs/request (%.2f cores)\n", who, float64(r.cpu.Microseconds())/float64(n), r.cpu.Seconds()/r.elapsed.Seconds())
	}
	if r.hwm > 0 {
		fmt.Fprintf(w, "%s memory: RSS %.1f MB, peak RSS %.1f MB\n", who, float64(r.rss)/1024, float64(r.hwm)/1024)
	}
}

func ms(d time.Duration) string { return fmt.Sprintf("%.2fms", float64(d)/1e6) }

// readProc reads /proc/PID/name, or /proc/self/name with self.
func readProc(pid int, self bool, name string) ([]byte, error) {
	switch {
	case self:
		return os.ReadFile("/proc/self/" + name)
	case pid > 0:
		return os.ReadFile(fmt.Sprintf("/proc/%d/%s", pid, name))
	}
	return nil, errors.New("no process to read")
}

// cpuTime is the user+system CPU time of pid (or this process with self),
// from /proc.
func cpuTime(pid int, self bool) (time.Duration, bool) {
	b, err := readProc(pid, self, "stat")
	if err != nil {
		return 0, false
	}
	// Fields after the command name, which is in parentheses: utime and
	// stime are the 12th and 13th, in clock ticks (100 a second on Linux).
	i := bytes.LastIndexByte(b, ')')
	f := strings.Fields(string(b[i+1:]))
	if len(f) < 13 {
		return 0, false
	}
	ut, err1 := strconv.ParseInt(f[11], 10, 64)
	st, err2 := strconv.ParseInt(f[12], 10, 64)
	if err1 != nil || err2 != nil {
		return 0, false
	}
	return time.Duration(ut+st) * 10 * time.Millisecond, true
}

// memory is the resident and peak resident set of pid (or this process),
// in kB, from /proc.
func memory(pid int, self bool) (rss, hwm int64) {
	b, err := readProc(pid, self, "status")
	if err != nil {
		return 0, 0
	}
	for line := range strings.Lines(string(b)) {
		k, v, _ := strings.Cut(line, ":")
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			rss = kb
		case "VmHWM":
			hwm = kb
		}
	}
	return rss, hwm
}

func loadavg() string {
	b, err := os.ReadFile("/proc/loadavg")
	if err != nil {
		return "unknown"
	}
	f := strings.Fields(string(b))
	if len(f) < 3 {
		return "unknown"
	}
	return strings.Join(f[:3], " ")
}

// startProfile starts a CPU profile to path, if set, and returns its stop.
func startProfile(path string) (func(), error) {
	if path == "" {
		return func() {}, nil
	}
	f, err := os.Create(path)
	if err != nil {
		return nil, err
	}
	if err := pprof.StartCPUProfile(f); err != nil {
		f.Close()
		return nil, err
	}
	var once sync.Once
	return func() {
		once.Do(func() {
			pprof.StopCPUProfile()
			f.Close()
		})
	}, nil
}
