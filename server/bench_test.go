package server_test

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"

	"io"
	"net/http"
	"net/http/httptest"
	"os"
	"path/filepath"
	"strconv"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/server"
)

// BenchmarkInteractions measures the interactions endpoint end to end with
// the real index over the embedded notes: signature check, decoding, search,
// formatting and encoding. "handler" calls the handler directly (the
// server's own CPU per answer); "loopback" sends over keep-alive HTTP
// connections on 127.0.0.1 from parallel goroutines; "ping" is the floor
// (signature and decoding, no answer).
func BenchmarkInteractions(b *testing.B) {
	ctx := context.Background()
	notes, _, err := corpus.Load(ctx, corpus.Options{Seed: true})
	if err != nil {
		b.Fatal(err)
	}
	ix, err := index.Build(ctx, notes, index.Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { ix.Close() })
	pub, priv, err := ed25519.GenerateKey(nil)
	if err != nil {
		b.Fatal(err)
	}
	metrics := server.NewMetrics()
	s, err := server.New(server.Options{
		PublicKey: hex.EncodeToString(pub),
		Bot:       bot.New(ix, ix.Corpus(), bot.Options{RateLimit: 1 << 30, Observer: metrics}),
		Metrics:   metrics,
	})
	if err != nil {
		b.Fatal(err)
	}
	asks := signedAsks(b, priv, evalQuestions(b))
	ping := signed(priv, time.Now().Unix(), []byte(`{"id":"1","application_id":"2","type":1,"token":"t"}`))

	b.Run("ping", func(b *testing.B) {
		h := s.Handler()
		for b.Loop() {
			serveOnce(b, h, ping)
		}
	})
	b.Run("handler", func(b *testing.B) {
		h := s.Handler()
		i := 0
		for b.Loop() {
			serveOnce(b, h, asks[i%len(asks)])
			i++
		}
	})
	b.Run("loopback", func(b *testing.B) {
		srv := httptest.NewServer(s.Handler())
		defer srv.Close()
		client := &http.Client{Transport: &http.Transport{MaxIdleConnsPerHost: 64}}
		defer client.CloseIdleConnections()
		var next atomic.Int64
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				m := asks[int(next.Add(1))%len(asks)]
				req, _ := http.NewRequest(http.MethodPost, srv.URL+"/interactions", bytes.NewReader(m.body))
				req.Header = m.header.Clone()
				resp, err := client.Do(req)
				if err != nil {
					b.Error(err)
					return
				}
				_, _ = io.Copy(io.Discard, resp.Body)
				resp.Body.Close()
				if resp.StatusCode != http.StatusOK {
					b.Errorf("POST = %d", resp.StatusCode)
					return
				}
			}
		})
	})
}

type signedBody struct {
	body   []byte
	header http.Header
}

func signed(priv ed25519.PrivateKey, ts int64, body []byte) signedBody {
	t := strconv.FormatInt(ts, 10)
	h := http.Header{}
	h.Set("Content-Type", "application/json")
	h.Set("X-Signature-Timestamp", t)
	h.Set("X-Signature-Ed25519", hex.EncodeToString(ed25519.Sign(priv, append([]byte(t), body...))))
	return signedBody{body: body, header: h}
}

// signedAsks makes an /ask interaction of each question, from different
// users.
func signedAsks(tb testing.TB, priv ed25519.PrivateKey, qs []string) []signedBody {
	tb.Helper()
	now := time.Now().Unix()
	var out []signedBody
	for i, q := range qs {
		in := bot.Interaction{
			ID: strconv.Itoa(1000 + i), ApplicationID: "775799577604522054", Type: bot.InteractionCommand, Token: "token",
			GuildID: "290926798626357999", ChannelID: "645027906669510667",
			Member: &bot.Member{User: &bot.User{ID: strconv.Itoa(100000 + i), Username: "u"}, Permissions: "0"},
			Data: bot.InteractionData{ID: "771825006014889984", Name: "ask", Type: bot.CommandTypeChatInput,
				Options: []bot.Option{{Name: "question", Type: bot.CommandOptionString, Value: jsonString(q)}}},
		}
		body, err := json.Marshal(in)
		if err != nil {
			tb.Fatal(err)
		}
		out = append(out, signed(priv, now, body))
	}
	return out
}

func jsonString(s string) json.RawMessage {
	b, _ := json.Marshal(s)
	return b
}

// evalQuestions are the questions of index's evaluation sets.
func evalQuestions(tb testing.TB) []string {
	tb.Helper()
	files, err := filepath.Glob("../index/testdata/eval/*.jsonl")
	if err != nil || len(files) == 0 {
		tb.Fatalf("no evaluation sets: %v", err)
	}
	var qs []string
	for _, name := range files {
		f, err := os.Open(name)
		if err != nil {
			tb.Fatal(err)
		}
		eq, err := index.ReadEval(f)
		f.Close()
		if err != nil {
			tb.Fatalf("%s: %v", name, err)
		}
		for _, q := range eq {
			qs = append(qs, q.Q)
		}
	}
	return qs
}

func serveOnce(tb testing.TB, h http.Handler, m signedBody) {
	req := httptest.NewRequest(http.MethodPost, "/interactions", bytes.NewReader(m.body))
	req.Header = m.header
	w := httptest.NewRecorder()
	h.ServeHTTP(w, req)
	if w.Code != http.StatusOK {
		tb.Fatalf("POST = %d %s", w.Code, w.Body)
	}
}
