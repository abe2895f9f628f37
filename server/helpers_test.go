package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

// testNow is the clock of every test server.
var testNow = time.Date(2025, 6, 1, 12, 0, 0, 0, time.UTC)

// testCorpus is a small corpus of two documents.
func testCorpus(tb testing.TB) *corpus.Corpus {
	tb.Helper()
	doc := func(title string) *corpus.Document {
		return &corpus.Document{ID: corpus.Slug(title), Title: title, File: corpus.Slug(title) + ".md"}
	}
	add := func(d *corpus.Document, kind corpus.Kind, section []string, text string) {
		p := corpus.Passage{
			ID: d.ID + "/" + corpus.Slug(section[0]), DocID: d.ID, Doc: d.Title,
			Section: section, Kind: kind, Text: text, Line: len(d.Passages) + 1,
		}
		if len(section) > 1 {
			p.ID += "/" + section[1]
			p.Ordinal, _ = strconv.Atoi(section[1])
		}
		d.Passages = append(d.Passages, p)
	}
	d1 := doc("Critical and Emerging Technologies Partnership")
	add(d1, corpus.KindDefinition, []string{"What is Critical and Emerging Technologies Partnership?"},
		"A collaborative agreement between two or more countries to foster cooperation on strategic technologies.")
	add(d1, corpus.KindKeyPoint, []string{"Key Points", "1"}, "A key aspect of these partnerships is joint research and development.")
	add(d1, corpus.KindKeyPoint, []string{"Key Points", "2"},
		"A crucial element is supply chain resilience. Partner countries diversify supply chains for critical minerals.")
	d2 := doc("Quantum Computing")
	add(d2, corpus.KindDefinition, []string{"Definition"}, "Quantum computing uses qubits, which can be in superposition.")
	add(d2, corpus.KindKeyPoint, []string{"Key Points", "1"}, "Qubits are fragile and need error correction.")
	c, err := corpus.New(d1, d2)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// fakeSearcher scores passages by how many of the question's words longer
// than three letters they contain. A question containing "fail" fails.
type fakeSearcher struct{ c *corpus.Corpus }

func (f fakeSearcher) Search(ctx context.Context, q string, n int) (corpus.Answer, error) {
	if strings.Contains(q, "fail") {
		return corpus.Answer{}, errors.New("index is closed")
	}
	var words []string
	for _, w := range strings.Fields(strings.ToLower(strings.Trim(q, "?"))) {
		if len(w) > 3 {
			words = append(words, w)
		}
	}
	var rs []corpus.Result
	for _, p := range f.c.Passages() {
		r := corpus.Result{Passage: p}
		lower := strings.ToLower(p.Text)
		for _, w := range words {
			if i := strings.Index(lower, w); i >= 0 {
				r.Score++
				r.Highlights = append(r.Highlights, corpus.Span{Start: i, End: i + len(w)})
			}
		}
		if r.Score > 0 {
			rs = append(rs, r)
		}
	}
	sort.SliceStable(rs, func(i, j int) bool { return rs[i].Score > rs[j].Score })
	a := corpus.Answer{Question: q}
	if len(rs) > 0 && rs[0].Score >= 2 {
		a.Answered, a.Confidence, a.Results = true, min(1, rs[0].Score/4), rs[:min(n, len(rs))]
	}
	return a, nil
}

// fixture is a test server on loopback with its own key.
type fixture struct {
	srv     *httptest.Server
	url     string // of /interactions
	priv    ed25519.PrivateKey
	metrics *Metrics
	log     *syncbuf.Buffer
	now     time.Time
}

// newFixture starts a server answering with a real bot over testCorpus, or
// with opts.Bot when set. It fills in the key, clock, logger and metrics.
func newFixture(tb testing.TB, opts Options) *fixture {
	tb.Helper()
	_, f := newServerFixture(tb, opts)
	return f
}

// newServerFixture is newFixture, with the Server.
func newServerFixture(tb testing.TB, opts Options) (*Server, *fixture) {
	tb.Helper()
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		tb.Fatal(err)
	}
	f := &fixture{priv: priv, metrics: NewMetrics(), log: &syncbuf.Buffer{}, now: testNow}
	if opts.Bot == nil {
		c := testCorpus(tb)
		opts.Bot = bot.New(fakeSearcher{c}, c, bot.Options{Observer: f.metrics, Now: func() time.Time { return testNow }})
	}
	opts.PublicKey = hex.EncodeToString(pub)
	opts.Now = func() time.Time { return f.now }
	opts.Logger = slog.New(slog.NewTextHandler(f.log, nil))
	opts.Metrics = f.metrics
	s, err := New(opts)
	if err != nil {
		tb.Fatal(err)
	}
	f.srv = httptest.NewServer(s.Handler())
	tb.Cleanup(f.srv.Close)
	f.url = f.srv.URL + "/interactions"
	return s, f
}

// request is a signed POST of body, made at ts (Unix seconds) with key.
func request(tb testing.TB, url string, key ed25519.PrivateKey, ts int64, body []byte) *http.Request {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	t := strconv.FormatInt(ts, 10)
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(headerTimestamp, t)
	req.Header.Set(headerSignature, hex.EncodeToString(ed25519.Sign(key, append([]byte(t), body...))))
	return req
}

// do sends req and returns the status and body.
func do(tb testing.TB, req *http.Request) (int, []byte) {
	tb.Helper()
	code, b, err := send(req)
	if err != nil {
		tb.Fatal(err)
	}
	return code, b
}

// send sends req and returns the status and body, or an error. Unlike do,
// it may be called from any goroutine.
func send(req *http.Request) (int, []byte, error) {
	resp, err := http.DefaultClient.Do(req)
	if err != nil {
		return 0, nil, err
	}
	defer resp.Body.Close()
	b, err := io.ReadAll(resp.Body)
	return resp.StatusCode, b, err
}

// recv receives from ch, failing the test after 10 s.
func recv[T any](tb testing.TB, ch <-chan T, what string) T {
	tb.Helper()
	select {
	case v := <-ch:
		return v
	case <-time.After(10 * time.Second):
		tb.Fatalf("timed out waiting for %s", what)
		panic("unreachable")
	}
}

// post signs body with the fixture's key, sends it, and returns the status
// and body.
func (f *fixture) post(tb testing.TB, body []byte) (int, []byte) {
	tb.Helper()
	return do(tb, request(tb, f.url, f.priv, f.now.Unix(), body))
}

func (f *fixture) get(tb testing.TB, path string) (int, string) {
	tb.Helper()
	req, err := http.NewRequest(http.MethodGet, f.srv.URL+path, nil)
	if err != nil {
		tb.Fatal(err)
	}
	code, b := do(tb, req)
	return code, string(b)
}

func readFile(tb testing.TB, name string) []byte {
	tb.Helper()
	b, err := os.ReadFile(filepath.Join("testdata", name))
	if err != nil {
		tb.Fatal(err)
	}
	return b
}

// stubBot answers every interaction with fn.
type stubBot func(ctx context.Context, in *bot.Interaction) (*bot.Response, error)

func (f stubBot) Interaction(ctx context.Context, in *bot.Interaction) (*bot.Response, error) {
	return f(ctx, in)
}

func describe(resp *bot.Response) string {
	if resp == nil || resp.Data == nil {
		return fmt.Sprintf("%+v", resp)
	}
	return fmt.Sprintf("type %d, flags %d, content %q, %d embeds, %d choices", resp.Type, resp.Data.Flags, resp.Data.Content, len(resp.Data.Embeds), len(resp.Data.Choices))
}

// serveTest serves h on loopback until the test ends and returns its URL.
func serveTest(tb testing.TB, h http.Handler) string {
	tb.Helper()
	srv := httptest.NewServer(h)
	tb.Cleanup(srv.Close)
	return srv.URL
}

func mustGet(tb testing.TB, url string) *http.Request {
	tb.Helper()
	req, err := http.NewRequest(http.MethodGet, url, nil)
	if err != nil {
		tb.Fatal(err)
	}
	return req
}
