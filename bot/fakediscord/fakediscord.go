// Package fakediscord is a test double of Discord: the REST API endpoints and
// the gateway websocket that conceptbot uses, served on 127.0.0.1 so that
// tests can drive a real Discord client (discordgo) without a token or the
// network.
//
// A test starts a Server with New, points the client's REST base URL at
// Server.URL (GET /api/v9/gateway then hands the client the fake gateway),
// and then plays Discord: Dispatch sends gateway events, WaitRequest waits
// for the REST calls the client makes in answer, FailNext makes Discord fail,
// and DropConnection cuts the websocket to exercise resuming. AddAttachment
// serves a file as Discord's CDN serves uploads (fast, slow, lying about its
// size, or gone), and Multipart reads the files of a message sent with
// some.
//
// The fake holds one gateway session at a time, as a single-shard bot would.
// Every method is safe for concurrent use. Methods that take a testing.TB and
// may fail the test (WaitRequest, WaitReady) must be called from the test's
// own goroutine.
package fakediscord

import (
	"errors"
	"fmt"
	"net"
	"net/http"
	"net/http/httptest"
	"strings"
	"sync"
	"testing"
	"time"
)

// APIPrefix is the path under which the REST API is served, as in
// https://discord.com/api/v9.
const APIPrefix = "/api/v9"

// Options configures a Server. The zero value is useful.
type Options struct {
	// Token is the bot token every REST request must carry as
	// "Authorization: Bot <token>", and IDENTIFY and RESUME must carry.
	// Default: any non-empty token is accepted.
	Token string

	// HeartbeatInterval is the interval announced in HELLO. Default: 10s,
	// so that on a loaded machine a late acknowledgement does not make
	// discordgo reconnect on its own.
	HeartbeatInterval time.Duration

	// BotID is the bot user's ID. Default: "1100000000000000001".
	BotID string

	// BotName is the bot user's username. Default: "conceptbot".
	BotName string

	// ApplicationID is the application's ID. Default: "1200000000000000002".
	ApplicationID string

	// Guilds are the IDs of the servers READY lists (as unavailable, as
	// Discord does before their GUILD_CREATE). Default: none.
	Guilds []string

	// MessageLatency is how long a channel message post waits, after the
	// message is created, before it is answered: a client that dies or
	// gives up meanwhile has posted without knowing it. Default: none.
	MessageLatency time.Duration
}

// Default identities, used when Options leaves them empty.
const (
	DefaultBotID         = "1100000000000000001"
	DefaultBotName       = "conceptbot"
	DefaultApplicationID = "1200000000000000002"
)

// Request is a REST request the server received.
type Request struct {
	Method string
	Path   string // the full URL path, e.g. "/api/v9/channels/1/messages"
	Header http.Header
	Body   []byte
}

// Identify is an IDENTIFY (op 2) payload the gateway received.
type Identify struct {
	Token   string
	Intents int
	Shard   *[2]int // nil when the client sent no shard
	Raw     []byte  // the whole "d" object
}

// Resume is a RESUME (op 6) payload the gateway received.
type Resume struct {
	Token     string
	SessionID string
	Seq       int64
}

// Server is a running fake Discord. Create it with New.
type Server struct {
	tb   testing.TB
	opts Options
	hs   *httptest.Server
	api  *http.ServeMux

	wg sync.WaitGroup // gateway connections, which httptest does not track once hijacked

	mu          sync.Mutex
	changed     chan struct{} // closed and replaced whenever the state below changes
	closed      bool
	requests    []Request
	failures    []*failure
	lastID      uint64
	nonces      map[string][]byte // channel ID + nonce → the first message created with it
	attachments map[string]served // attachment ID → its file
	acked       map[string]bool   // interaction IDs already answered
	conns       map[*conn]bool
	live        *conn // the connection the session runs on, once READY or RESUMED was sent
	sessionID   string
	seq         int64
	history     []frame // the session's dispatches, replayed on RESUME
	identifies  []Identify
	resumes     []Resume
	heartbeats  int
}

// failure is an injected error answer.
type failure struct {
	method string // "" matches every method
	prefix string
	status int
	times  int
}

// New starts a Server with default Options on 127.0.0.1 and closes it when
// the test ends.
func New(tb testing.TB) *Server {
	tb.Helper()
	return NewWithOptions(tb, Options{})
}

// NewWithOptions starts a Server configured by opts on 127.0.0.1 and closes
// it when the test ends.
func NewWithOptions(tb testing.TB, opts Options) *Server {
	tb.Helper()
	if opts.HeartbeatInterval <= 0 {
		opts.HeartbeatInterval = 10 * time.Second
	}
	if opts.BotID == "" {
		opts.BotID = DefaultBotID
	}
	if opts.BotName == "" {
		opts.BotName = DefaultBotName
	}
	if opts.ApplicationID == "" {
		opts.ApplicationID = DefaultApplicationID
	}
	s := &Server{
		tb:          tb,
		opts:        opts,
		changed:     make(chan struct{}),
		lastID:      1300000000000000000,
		nonces:      make(map[string][]byte),
		attachments: make(map[string]served),
		acked:       make(map[string]bool),
		conns:       make(map[*conn]bool),
	}
	s.api = s.routes()

	root := http.NewServeMux()
	root.HandleFunc("/gateway", s.serveGateway)
	root.HandleFunc("/gateway/", s.serveGateway) // discordgo appends a slash
	root.HandleFunc("/api/", s.serveREST)
	root.HandleFunc("GET /attachments/{channel}/{id}/{filename}", s.serveAttachment)

	l, err := net.Listen("tcp", "127.0.0.1:0")
	if err != nil {
		tb.Fatalf("fakediscord: listen: %v", err)
	}
	s.hs = httptest.NewUnstartedServer(root)
	s.hs.Listener.Close()
	s.hs.Listener = l
	s.hs.Start()
	tb.Cleanup(s.Close)
	return s
}

// URL returns the REST base URL, http://127.0.0.1:PORT, to use in place of
// https://discord.com.
func (s *Server) URL() string { return s.hs.URL }

// GatewayURL returns the gateway's websocket URL, as GET /gateway reports it.
func (s *Server) GatewayURL() string {
	return "ws" + strings.TrimPrefix(s.hs.URL, "http") + "/gateway"
}

// BotID returns the bot user's ID.
func (s *Server) BotID() string { return s.opts.BotID }

// ApplicationID returns the application's ID.
func (s *Server) ApplicationID() string { return s.opts.ApplicationID }

// Close drops every gateway connection and stops the server. It is called
// automatically when the test ends; calling it again does nothing.
func (s *Server) Close() {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		return
	}
	s.closed = true
	for c := range s.conns {
		c.ws.Close()
	}
	s.live = nil
	s.notify()
	s.mu.Unlock()

	s.hs.Close()
	s.wg.Wait()
}

// FailNext makes the next times REST requests whose method is method ("" for
// any) and whose path starts with pathPrefix fail with status and a
// Discord-style JSON error body. A prefix without "/api/" is taken relative
// to APIPrefix, so "/channels/1" and "/api/v9/channels/1" mean the same.
// Failures are matched in the order they were added.
//
// Note that discordgo retries a 502 up to three more times and a 429 after
// its retry_after, so those consume several failures per call.
func (s *Server) FailNext(method, pathPrefix string, status, times int) {
	if !strings.HasPrefix(pathPrefix, "/api/") {
		pathPrefix = APIPrefix + pathPrefix
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.failures = append(s.failures, &failure{method: method, prefix: pathPrefix, status: status, times: times})
}

// takeFailure returns the failure to answer r with, if any. s.mu must be held.
func (s *Server) takeFailure(method, path string) *failure {
	for i, f := range s.failures {
		if (f.method == "" || f.method == method) && strings.HasPrefix(path, f.prefix) {
			f.times--
			if f.times <= 0 {
				s.failures = append(s.failures[:i], s.failures[i+1:]...)
			}
			return f
		}
	}
	return nil
}

// Requests returns every REST request received so far, oldest first.
func (s *Server) Requests() []Request {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Request(nil), s.requests...)
}

// WaitRequest returns the first request received, since the server started,
// for which match returns true, waiting up to timeout for it to arrive. It
// fails the test on timeout.
func (s *Server) WaitRequest(tb testing.TB, timeout time.Duration, match func(Request) bool) Request {
	tb.Helper()
	var found Request
	s.wait(tb, timeout, "a matching REST request", func() bool {
		for _, r := range s.requests {
			if match(r) {
				found = r
				return true
			}
		}
		return false
	})
	return found
}

// WaitReady waits up to timeout until a client is connected to the gateway
// and its session is live (READY or RESUMED was sent on the connection). It
// fails the test on timeout.
func (s *Server) WaitReady(tb testing.TB, timeout time.Duration) {
	tb.Helper()
	s.wait(tb, timeout, "a live gateway session", func() bool { return s.live != nil })
}

// WaitHeartbeats waits up to timeout until the gateway has answered n
// heartbeats in all. It fails the test on timeout.
func (s *Server) WaitHeartbeats(tb testing.TB, timeout time.Duration, n int) {
	tb.Helper()
	s.wait(tb, timeout, fmt.Sprintf("%d heartbeats", n), func() bool { return s.heartbeats >= n })
}

// Identifies returns the IDENTIFY payloads received so far.
func (s *Server) Identifies() []Identify {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Identify(nil), s.identifies...)
}

// Resumes returns the RESUME payloads received so far.
func (s *Server) Resumes() []Resume {
	s.mu.Lock()
	defer s.mu.Unlock()
	return append([]Resume(nil), s.resumes...)
}

// Heartbeats returns how many heartbeats (op 1) the gateway has answered.
func (s *Server) Heartbeats() int {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.heartbeats
}

// notify wakes every waiter. s.mu must be held.
func (s *Server) notify() {
	close(s.changed)
	s.changed = make(chan struct{})
}

// wait waits until cond, called with s.mu held, returns true, and fails the
// test after timeout.
func (s *Server) wait(tb testing.TB, timeout time.Duration, what string, cond func() bool) {
	tb.Helper()
	timer := time.NewTimer(timeout)
	defer timer.Stop()
	for {
		s.mu.Lock()
		ok, closed, changed := cond(), s.closed, s.changed
		s.mu.Unlock()
		switch {
		case ok:
			return
		case closed:
			tb.Fatalf("fakediscord: server closed while waiting for %s", what)
		}
		select {
		case <-changed:
		case <-timer.C:
			tb.Fatalf("fakediscord: no %s after %v", what, timeout)
		}
	}
}

// newID returns a fresh snowflake-like ID. s.mu must be held.
func (s *Server) newID() string {
	s.lastID++
	return fmt.Sprint(s.lastID)
}

// tokenOK reports whether token, with or without its "Bot " prefix, is the
// expected one.
func (s *Server) tokenOK(token string) bool {
	token = strings.TrimPrefix(token, "Bot ")
	if s.opts.Token == "" {
		return token != ""
	}
	return token == s.opts.Token
}

// errNoSession is returned by Dispatch before any client has identified.
var errNoSession = errors.New("no gateway session: no client has identified")
