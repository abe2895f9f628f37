// Package server is conceptbot's HTTP edge: Discord's signed interactions
// endpoint, health and readiness probes, and Prometheus metrics. It holds no
// state of its own beyond metrics, so any number of replicas can serve
// behind a load balancer; every interaction is answered by the same
// transport-free bot.Bot the gateway uses.
package server

import (
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"net"
	"net/http"
	"strings"
	"sync/atomic"
	"time"

	voied "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"

	"github.com/conceptbot/conceptbot/bot"
)

// Interactor answers an interaction; *bot.Bot is one.
type Interactor interface {
	Interaction(ctx context.Context, in *bot.Interaction) (*bot.Response, error)
}

// Options configure a Server. The zero value serves /healthz, /readyz and
// /metrics on :8080, with no /interactions route.
type Options struct {
	// Addr is the address Run listens on; default ":8080".
	Addr string
	// PublicKey is the application's Ed25519 public key in hex, from the
	// Discord developer portal. Default "": no /interactions route.
	PublicKey string
	// Bot answers interactions. Required when PublicKey is set.
	Bot Interactor
	// Ready reports whether the process can answer: the index is loaded
	// and, when the gateway is enabled, it is connected. /readyz answers 503
	// while it is false. Default: always ready.
	Ready func() bool
	// Degraded names what is down but not needed to answer questions (the
	// store of the daily facts), or returns "" when nothing is. /readyz
	// says so and stays ready. Default: nothing is.
	Degraded func() string
	// MaxAge is how far an interaction's X-Signature-Timestamp may be from
	// our clock, in either direction, before it is refused as a replay (or
	// a clock gone wrong); default 5 minutes, at most an hour.
	MaxAge time.Duration
	// MaxBody is the largest interaction body accepted, in bytes; larger
	// ones get 413. Default 64 KiB.
	MaxBody int64
	// MaxUnverified bounds the bytes of interaction bodies held, across all
	// connections, before their signatures are checked; a request that
	// would go over it gets 503. Default 4 MiB.
	MaxUnverified int64
	// Drain is how long Serve keeps answering after its context is done,
	// with /readyz answering 503 and every response closing its connection,
	// so that a load balancer moves traffic away before the listener
	// closes. Default 0: shut down at once.
	Drain time.Duration
	// Now is the clock the timestamps are checked against; default
	// time.Now.
	Now func() time.Time
	// Logger logs failures and the server's start and stop; default
	// discards.
	Logger *slog.Logger
	// Metrics counts interactions and serves /metrics; default a new
	// Metrics of its own. Pass the one given to bot.Options.Observer and
	// the gateway so that /metrics shows everything.
	Metrics *Metrics
}

// Defaults.
const (
	defaultAddr          = ":8080"
	defaultMaxAge        = 5 * time.Minute
	maxMaxAge            = time.Hour
	defaultMaxBody       = 64 << 10
	defaultMaxUnverified = 4 << 20
	// bodyTimeout bounds how long a body may take to arrive once its
	// headers have: Discord sends the whole request at once and drops an
	// interaction not answered within 3 seconds.
	bodyTimeout = 2 * time.Second
	// shutdownTimeout bounds how long Run waits for requests in flight
	// after its context is done.
	shutdownTimeout = 10 * time.Second
)

// Server is conceptbot's HTTP server. Create it with New.
type Server struct {
	opts        Options
	key         *voied.ExpandedPublicKey // nil: no /interactions
	log         *slog.Logger
	metrics     *Metrics
	handler     http.Handler
	unverified  budget        // bytes of bodies read and not yet verified
	bodyTimeout time.Duration // bodyTimeout; tests change it
	draining    atomic.Bool   // set when Serve's context is done
}

// New checks opts and returns a Server. A public key that is not 32 bytes
// of hex, or a public key without a Bot, is an error.
func New(opts Options) (*Server, error) {
	s := &Server{opts: opts, bodyTimeout: bodyTimeout}
	if k := strings.TrimSpace(opts.PublicKey); k != "" {
		key, err := ParsePublicKey(k)
		if err != nil {
			return nil, fmt.Errorf("server: %w", err)
		}
		if opts.Bot == nil {
			return nil, errors.New("server: a public key is set but there is no bot to answer interactions")
		}
		if s.key, err = voied.NewExpandedPublicKey(voied.PublicKey(key)); err != nil {
			return nil, fmt.Errorf("server: public key: %w", err)
		}
	}
	if s.opts.Addr == "" {
		s.opts.Addr = defaultAddr
	}
	if s.opts.Ready == nil {
		s.opts.Ready = func() bool { return true }
	}
	if s.opts.MaxAge <= 0 {
		s.opts.MaxAge = defaultMaxAge
	}
	s.opts.MaxAge = min(s.opts.MaxAge, maxMaxAge)
	if s.opts.MaxBody <= 0 {
		s.opts.MaxBody = defaultMaxBody
	}
	if s.opts.MaxUnverified <= 0 {
		s.opts.MaxUnverified = defaultMaxUnverified
	}
	s.unverified.max = s.opts.MaxUnverified
	if s.opts.Now == nil {
		s.opts.Now = time.Now
	}
	if s.opts.Logger == nil {
		s.opts.Logger = slog.New(slog.DiscardHandler)
	}
	if s.opts.Metrics == nil {
		s.opts.Metrics = NewMetrics()
	}
	s.log, s.metrics = s.opts.Logger, s.opts.Metrics

	mux := http.NewServeMux() // never http.DefaultServeMux: bleve registers expvar there
	if s.key != nil {
		mux.HandleFunc("POST /interactions", s.interactions)
	}
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		text(w, http.StatusOK, "ok\n")
	})
	mux.HandleFunc("GET /readyz", func(w http.ResponseWriter, r *http.Request) {
		if s.draining.Load() {
			text(w, http.StatusServiceUnavailable, "shutting down\n")
			return
		}
		if !s.opts.Ready() {
			text(w, http.StatusServiceUnavailable, "not ready\n")
			return
		}
		if d := s.degraded(); d != "" {
			text(w, http.StatusOK, "ready, degraded: "+d+"\n")
			return
		}
		text(w, http.StatusOK, "ready\n")
	})
	mux.Handle("GET /metrics", s.metrics.Handler())
	s.handler = http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		if s.draining.Load() {
			// The client opens a new connection for its next request, which
			// the load balancer sends elsewhere once /readyz has failed.
			w.Header().Set("Connection", "close")
		}
		mux.ServeHTTP(w, r)
	})
	return s, nil
}

func (s *Server) degraded() string {
	if s.opts.Degraded == nil {
		return ""
	}
	return s.opts.Degraded()
}

// ParsePublicKey decodes a hex Ed25519 public key, checking its length:
// crypto/ed25519 (and discordgo) panic on a key of the wrong size.
func ParsePublicKey(s string) (ed25519.PublicKey, error) {
	b, err := hex.DecodeString(strings.TrimSpace(s))
	if err != nil {
		return nil, fmt.Errorf("public key: not hex: %w", err)
	}
	if len(b) != ed25519.PublicKeySize {
		return nil, fmt.Errorf("public key: %d bytes, want %d (%d hex digits)", len(b), ed25519.PublicKeySize, 2*ed25519.PublicKeySize)
	}
	return ed25519.PublicKey(b), nil
}

// Handler returns the server's routes: POST /interactions (with a public
// key), GET /healthz, /readyz and /metrics.
func (s *Server) Handler() http.Handler { return s.handler }

// Run listens on Options.Addr and serves until ctx is done, then shuts down
// gracefully; see Serve.
func (s *Server) Run(ctx context.Context) error {
	var lc net.ListenConfig
	ln, err := lc.Listen(ctx, "tcp", s.opts.Addr)
	if err != nil {
		return fmt.Errorf("http listen: %w", err)
	}
	return s.Serve(ctx, ln)
}

// Serve serves on ln until ctx is done. Then it drains for Options.Drain:
// /readyz answers 503 and every response carries "Connection: close", while
// requests are still answered, new connections included. Then it stops
// accepting connections and waits up to 10 seconds for requests in flight.
// It closes ln and returns nil on a clean stop.
//
// Closing an idle keep-alive connection races with a client sending its
// next request on it, which then fails; draining lets every busy client get
// a response that closes its connection first.
func (s *Server) Serve(ctx context.Context, ln net.Listener) error {
	hs := &http.Server{
		Handler:           s.handler,
		ReadHeaderTimeout: 5 * time.Second,
		ReadTimeout:       10 * time.Second,
		WriteTimeout:      10 * time.Second,
		IdleTimeout:       2 * time.Minute,
		MaxHeaderBytes:    64 << 10,
		ErrorLog:          slog.NewLogLogger(s.log.Handler(), slog.LevelWarn),
		BaseContext:       func(net.Listener) context.Context { return context.WithoutCancel(ctx) },
	}
	s.log.Info("http listening", "addr", ln.Addr().String(), "interactions", s.key != nil)
	errc := make(chan error, 1)
	go func() { errc <- hs.Serve(ln) }()
	select {
	case err := <-errc:
		return fmt.Errorf("http serve: %w", err)
	case <-ctx.Done():
	}
	if s.opts.Drain > 0 {
		s.draining.Store(true)
		s.log.Info("http draining", "for", s.opts.Drain)
		t := time.NewTimer(s.opts.Drain)
		select {
		case <-t.C:
		case err := <-errc:
			t.Stop()
			return fmt.Errorf("http serve: %w", err)
		}
	}
	s.draining.Store(true)
	sctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), shutdownTimeout)
	defer cancel()
	err := hs.Shutdown(sctx)
	<-errc // http.ErrServerClosed
	if err != nil {
		hs.Close()
		return fmt.Errorf("http shutdown: %w", err)
	}
	s.log.Info("http stopped")
	return nil
}

// text writes a short plain-text response.
func text(w http.ResponseWriter, code int, body string) {
	h := w.Header()
	h.Set("Content-Type", "text/plain; charset=utf-8")
	h.Set("X-Content-Type-Options", "nosniff")
	w.WriteHeader(code)
	_, _ = w.Write([]byte(body))
}
