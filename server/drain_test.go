package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"fmt"
	"io"
	"net"
	"net/http"
	"strconv"
	"sync"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
)

// TestDrainLosesNothing loads the server from clients on keep-alive
// connections, each sending its next request as soon as it has a response,
// and stops the server. Every request sent is answered: while draining the
// server answers with "Connection: close" (a client then stops, as it would
// move to another replica), /readyz answers 503, and only then does the
// listener close.
func TestDrainLosesNothing(t *testing.T) {
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		t.Fatal(err)
	}
	s, err := New(Options{
		PublicKey: hex.EncodeToString(pub),
		Drain:     3 * time.Second, // room for a slow, loaded machine: every client must send within it
		Bot: stubBot(func(context.Context, *bot.Interaction) (*bot.Response, error) {
			return &bot.Response{Type: bot.ResponseMessage, Data: &bot.ResponseData{Content: "answer"}}, nil
		}),
	})
	if err != nil {
		t.Fatal(err)
	}
	ln, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		t.Fatal(err)
	}
	ctx, cancel := context.WithCancel(t.Context())
	defer cancel()
	done := make(chan error, 1)
	go func() { done <- s.Serve(ctx, ln) }()
	base := "http://" + ln.Addr().String()

	const clients = 32
	var (
		mu      sync.Mutex
		lost    []string
		sent    int
		told    int
		started sync.WaitGroup
		wg      sync.WaitGroup
	)
	body := []byte(`{"type":2,"data":{"name":"ask"}}`)
	stopBy := time.Now().Add(20 * time.Second)
	for i := range clients {
		started.Add(1)
		wg.Go(func() {
			client := &http.Client{Transport: &http.Transport{MaxConnsPerHost: 1}, Timeout: 10 * time.Second}
			defer client.CloseIdleConnections()
			answered := sync.OnceFunc(started.Done)
			defer answered()
			for time.Now().Before(stopBy) {
				ts := strconv.FormatInt(time.Now().Unix(), 10)
				req, err := http.NewRequest(http.MethodPost, base+"/interactions", bytes.NewReader(body))
				if err != nil {
					panic(err)
				}
				req.Header.Set(headerTimestamp, ts)
				req.Header.Set(headerSignature, hex.EncodeToString(ed25519.Sign(priv, append([]byte(ts), body...))))
				resp, err := client.Do(req)
				mu.Lock()
				sent++
				mu.Unlock()
				if err != nil {
					mu.Lock()
					lost = append(lost, fmt.Sprintf("client %d: %v", i, err))
					mu.Unlock()
					return
				}
				b, _ := io.ReadAll(resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK || !bytes.Contains(b, []byte("answer")) {
					mu.Lock()
					lost = append(lost, fmt.Sprintf("client %d: %d %s", i, resp.StatusCode, b))
					mu.Unlock()
				}
				answered()
				if resp.Close { // the server is going: a real client moves on
					mu.Lock()
					told++
					mu.Unlock()
					return
				}
			}
			mu.Lock()
			lost = append(lost, fmt.Sprintf("client %d: never told to close its connection", i))
			mu.Unlock()
		})
	}
	waitGroup(t, &started, "every client to have an answer")
	cancel()
	// The server sees its context end on a goroutine of its own.
	for deadline := time.Now().Add(2 * time.Second); ; time.Sleep(10 * time.Millisecond) {
		resp, err := http.Get(base + "/readyz")
		if err != nil {
			t.Errorf("GET /readyz while draining: %v", err)
			break
		}
		b, err := io.ReadAll(resp.Body)
		resp.Body.Close()
		if err == nil && resp.StatusCode == http.StatusServiceUnavailable && resp.Close {
			break
		}
		if time.Now().After(deadline) {
			t.Errorf("GET /readyz while draining = %d %q (closes %v), want 503 closing the connection", resp.StatusCode, b, resp.Close)
			break
		}
	}
	waitGroup(t, &wg, "the clients")
	select {
	case err := <-done:
		if err != nil {
			t.Errorf("Serve = %v, want nil", err)
		}
	case <-time.After(20 * time.Second):
		t.Fatal("Serve did not return after draining")
	}
	t.Logf("%d requests from %d clients", sent, clients)
	if len(lost) > 0 || told != clients {
		t.Errorf("%d of %d requests lost, %d of %d clients told to close:\n%v", len(lost), sent, told, clients, lost)
	}
}

// waitGroup waits for wg, for up to 30 s.
func waitGroup(tb testing.TB, wg *sync.WaitGroup, what string) {
	tb.Helper()
	done := make(chan struct{})
	go func() { wg.Wait(); close(done) }()
	select {
	case <-done:
	case <-time.After(30 * time.Second):
		tb.Fatalf("timed out waiting for %s", what)
	}
}
