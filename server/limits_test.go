package server

import (
	"bufio"
	"bytes"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"
)

// TestTimestampEdges: a signed timestamp more than MaxAge from the clock,
// in either direction, is refused, however far away it is.
func TestTimestampEdges(t *testing.T) {
	ask := []byte(`{"id":"1","application_id":"2","type":2,"token":"t","data":{"name":"fact","type":1}}`)
	f := newFixture(t, Options{MaxAge: 5 * time.Minute})
	now := f.now.Unix()
	tests := []struct {
		name string
		ts   string
		want int
	}{
		{"now", fmt.Sprint(now), http.StatusOK},
		{"max age ago", fmt.Sprint(now - 300), http.StatusOK},
		{"max age and 1 s ago", fmt.Sprint(now - 301), http.StatusUnauthorized},
		{"max age ahead", fmt.Sprint(now + 300), http.StatusOK},
		{"max age and 1 s ahead", fmt.Sprint(now + 301), http.StatusUnauthorized},
		{"milliseconds", fmt.Sprint(now * 1000), http.StatusUnauthorized},
		{"microseconds", fmt.Sprint(now * 1_000_000), http.StatusUnauthorized},
		{"10^18", "1000000000000000000", http.StatusUnauthorized},
		{"292 years ahead", fmt.Sprint(now + 292*365*24*3600), http.StatusUnauthorized},
		{"2^40", fmt.Sprint(int64(1) << 40), http.StatusUnauthorized},
		{"2^63-1", "9223372036854775807", http.StatusUnauthorized},
		{"2^63", "9223372036854775808", http.StatusUnauthorized},
		{"2^64-1", "18446744073709551615", http.StatusUnauthorized},
		{"zero", "0", http.StatusUnauthorized},
		{"negative", "-1", http.StatusUnauthorized},
		{"leading zeros", fmt.Sprintf("000%d", now), http.StatusOK},
		{"empty", "", http.StatusUnauthorized},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			code, body := do(t, requestAt(t, f.url, f.priv, tt.ts, ask))
			if code != tt.want {
				t.Errorf("POST signed at %q = %d %s, want %d", tt.ts, code, body, tt.want)
			}
		})
	}
}

// TestMaxAgeBounded: an absurd MaxAge is held to an hour, so that the
// window arithmetic cannot overflow.
func TestMaxAgeBounded(t *testing.T) {
	s, err := New(Options{MaxAge: 1_000_000 * time.Hour, Now: func() time.Time { return testNow }})
	if err != nil {
		t.Fatal(err)
	}
	now := testNow.Unix()
	for _, tt := range []struct {
		ts   int64
		want bool
	}{{now - 3600, true}, {now + 3600, true}, {now - 3601, false}, {now + 3601, false}, {0, false}} {
		if got := s.fresh(strconv.FormatInt(tt.ts, 10)); got != tt.want {
			t.Errorf("fresh(now%+d) with MaxAge 1000000h = %v, want %v", tt.ts-now, got, tt.want)
		}
	}
}

// requestAt is a signed POST with the timestamp header ts, as given.
func requestAt(tb testing.TB, url string, key ed25519.PrivateKey, ts string, body []byte) *http.Request {
	tb.Helper()
	req, err := http.NewRequest(http.MethodPost, url, bytes.NewReader(body))
	if err != nil {
		tb.Fatal(err)
	}
	req.Header.Set("Content-Type", "application/json")
	req.Header.Set(headerTimestamp, ts)
	req.Header.Set(headerSignature, hex.EncodeToString(ed25519.Sign(key, append([]byte(ts), body...))))
	return req
}

// slowRequest opens a connection and sends the headers of a signed-looking
// request announcing a body of announced bytes, then the first sent bytes
// of it, and stops there.
func slowRequest(tb testing.TB, addr string, now time.Time, announced, sent int) net.Conn {
	tb.Helper()
	c, err := net.DialTimeout("tcp", addr, 5*time.Second)
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { c.Close() })
	fmt.Fprintf(c, "POST /interactions HTTP/1.1\r\nHost: %s\r\nContent-Type: application/json\r\n", addr)
	fmt.Fprintf(c, "%s: %s\r\n%s: %d\r\nContent-Length: %d\r\n\r\n", headerSignature, strings.Repeat("ab", ed25519.SignatureSize), headerTimestamp, now.Unix(), announced)
	if _, err := c.Write(bytes.Repeat([]byte(" "), sent)); err != nil {
		tb.Fatal(err)
	}
	return c
}

// readStatus reads the response on c: its status, headers, and whether it
// closes the connection.
func readStatus(tb testing.TB, c net.Conn) (int, http.Header, bool) {
	tb.Helper()
	c.SetReadDeadline(time.Now().Add(10 * time.Second))
	resp, err := http.ReadResponse(bufio.NewReader(c), nil)
	if err != nil {
		tb.Fatalf("read response: %v", err)
	}
	io.Copy(io.Discard, resp.Body)
	resp.Body.Close()
	return resp.StatusCode, resp.Header, resp.Close
}

// TestSlowBodiesBounded opens many connections that announce large bodies
// and send them slowly. Memory is taken as bytes arrive, and the bytes held
// by unverified requests across connections stay under MaxUnverified:
// beyond it, requests get 503 and their connection is closed. Once the
// slow clients go, requests are answered again.
func TestSlowBodiesBounded(t *testing.T) {
	const budget = 16 * readChunk
	s, f := newServerFixture(t, Options{MaxUnverified: budget})
	s.bodyTimeout = time.Minute // the slow clients must not time out during the test
	addr := strings.TrimPrefix(f.srv.URL, "http://")

	// Each slow request holds one chunk: what it has sent, rounded up.
	for i := range budget / readChunk {
		slowRequest(t, addr, f.now, 60<<10, 100)
		waitUntil(t, fmt.Sprintf("%d chunks held", i+1), func() bool { return s.unverified.used.Load() == int64(i+1)*readChunk })
	}
	for range 5 {
		c := slowRequest(t, addr, f.now, 60<<10, 100)
		code, h, closed := readStatus(t, c)
		if code != http.StatusServiceUnavailable || !closed || h.Get("Retry-After") == "" {
			t.Errorf("request over the budget = %d %v (closed %v), want 503 with Connection: close and Retry-After", code, h, closed)
		}
	}
	if got := s.unverified.used.Load(); got > budget {
		t.Errorf("unverified bytes held = %d, want at most %d", got, budget)
	}
	if code, body := f.post(t, readFile(t, "ask.json")); code != http.StatusServiceUnavailable {
		t.Errorf("a real request while the budget is spent = %d %s, want 503", code, body)
	}

	// The slow clients give up; their reservations are released.
	f.srv.CloseClientConnections()
	waitUntil(t, "every reservation released", func() bool { return s.unverified.used.Load() == 0 })
	if code, body := f.post(t, readFile(t, "ask.json")); code != http.StatusOK {
		t.Errorf("a real request after the slow ones left = %d %s, want 200", code, body)
	}
	if _, m := f.get(t, "/metrics"); !strings.Contains(m, `conceptbot_interactions_rejected_total{reason="busy"} 6`) {
		t.Errorf("metrics lack 6 busy rejections:\n%s", grep(m, "rejected"))
	}
}

// TestSlowBodyTimesOut: a body that does not arrive within bodyTimeout of
// its headers is dropped, and its reservation released.
func TestSlowBodyTimesOut(t *testing.T) {
	s, f := newServerFixture(t, Options{})
	s.bodyTimeout = 100 * time.Millisecond
	c := slowRequest(t, strings.TrimPrefix(f.srv.URL, "http://"), f.now, 60<<10, 100)
	if code, _, _ := readStatus(t, c); code != http.StatusBadRequest {
		t.Errorf("a body that never arrives = %d, want 400", code)
	}
	waitUntil(t, "the reservation released", func() bool { return s.unverified.used.Load() == 0 })
}

// TestBodyDefaults holds the bounds the README states.
func TestBodyDefaults(t *testing.T) {
	s, err := New(Options{})
	if err != nil {
		t.Fatal(err)
	}
	if s.unverified.max != 4<<20 || s.bodyTimeout != 2*time.Second || s.opts.MaxBody != 64<<10 || s.opts.MaxAge != 5*time.Minute {
		t.Errorf("defaults: unverified bytes %d, body timeout %v, max body %d, max age %v; want 4 MiB, 2s, 64 KiB, 5m",
			s.unverified.max, s.bodyTimeout, s.opts.MaxBody, s.opts.MaxAge)
	}
}

// waitUntil polls cond, for what other goroutines do, for up to 10 s.
func waitUntil(tb testing.TB, what string, cond func() bool) {
	tb.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !cond() {
		if time.Now().After(deadline) {
			tb.Fatalf("timed out waiting for %s", what)
		}
		time.Sleep(time.Millisecond)
	}
}

// TestSlowBodiesHeap opens connections that announce 60 KiB bodies and send
// 100 bytes each: the heap grows by what arrived (a chunk, the
// connection's buffers), not by what was announced.
func TestSlowBodiesHeap(t *testing.T) {
	s, f := newServerFixture(t, Options{})
	s.bodyTimeout = time.Minute
	addr := strings.TrimPrefix(f.srv.URL, "http://")
	const conns = 64
	heap := func() uint64 {
		var ms runtime.MemStats
		runtime.GC()
		runtime.ReadMemStats(&ms)
		return ms.HeapAlloc
	}
	before := heap()
	for range conns {
		slowRequest(t, addr, f.now, 60<<10, 100)
	}
	waitUntil(t, "every request to be read", func() bool { return s.unverified.used.Load() == conns*readChunk })
	grown := int64(heap()) - int64(before)
	t.Logf("heap grew by %d KiB for %d slow requests", grown>>10, conns)
	if perConn := grown / conns; perConn > 24<<10 {
		t.Errorf("heap grew by %d KiB a slow request announcing 60 KiB, want under 24 KiB", perConn>>10)
	}
}
