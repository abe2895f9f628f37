package fakediscord

import (
	"crypto/rand"
	"encoding/hex"
	"encoding/json"
	"fmt"
	"net/http"
	"sync"
	"time"

	"github.com/gorilla/websocket"
)

// Gateway opcodes.
const (
	opDispatch       = 0
	opHeartbeat      = 1
	opIdentify       = 2
	opResume         = 6
	opInvalidSession = 9
	opHello          = 10
	opHeartbeatAck   = 11
)

// Gateway close codes.
const (
	closeDecodeError          = 4002
	closeAuthenticationFailed = 4004
)

// frame is a gateway payload.
type frame struct {
	Op int             `json:"op"`
	D  json.RawMessage `json:"d"`
	S  int64           `json:"s,omitempty"`
	T  string          `json:"t,omitempty"`
}

// conn is one gateway websocket. gorilla/websocket allows one writer at a
// time, so writes go through mu.
type conn struct {
	ws *websocket.Conn
	mu sync.Mutex
}

const writeTimeout = 5 * time.Second

func (c *conn) write(f frame) error {
	c.mu.Lock()
	defer c.mu.Unlock()
	c.ws.SetWriteDeadline(time.Now().Add(writeTimeout))
	return c.ws.WriteJSON(f)
}

// closeWith sends a close frame with code and closes the connection.
func (c *conn) closeWith(code int, text string) {
	c.ws.WriteControl(websocket.CloseMessage, websocket.FormatCloseMessage(code, text), time.Now().Add(writeTimeout))
	c.ws.Close()
}

var upgrader = websocket.Upgrader{CheckOrigin: func(*http.Request) bool { return true }}

// serveGateway runs one gateway connection: HELLO, then IDENTIFY or RESUME,
// heartbeats, and dispatches sent by Dispatch. Any query string is accepted.
func (s *Server) serveGateway(w http.ResponseWriter, r *http.Request) {
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		http.Error(w, "closed", http.StatusServiceUnavailable)
		return
	}
	s.wg.Add(1)
	s.mu.Unlock()
	defer s.wg.Done()

	ws, err := upgrader.Upgrade(w, r, nil)
	if err != nil {
		return // Upgrade has answered with an error
	}
	c := &conn{ws: ws}
	s.mu.Lock()
	if s.closed {
		s.mu.Unlock()
		ws.Close()
		return
	}
	s.conns[c] = true
	s.mu.Unlock()
	defer func() {
		ws.Close()
		s.mu.Lock()
		delete(s.conns, c)
		if s.live == c {
			s.live = nil
		}
		s.notify()
		s.mu.Unlock()
	}()

	hello, _ := json.Marshal(map[string]int64{"heartbeat_interval": s.opts.HeartbeatInterval.Milliseconds()})
	if c.write(frame{Op: opHello, D: hello}) != nil {
		return
	}
	for {
		_, msg, err := ws.ReadMessage()
		if err != nil {
			return
		}
		var p struct {
			Op int             `json:"op"`
			D  json.RawMessage `json:"d"`
		}
		if err := json.Unmarshal(msg, &p); err != nil {
			c.closeWith(closeDecodeError, "Error while decoding payload.")
			return
		}
		switch p.Op {
		case opHeartbeat:
			s.mu.Lock()
			s.heartbeats++
			s.notify()
			s.mu.Unlock()
			if c.write(frame{Op: opHeartbeatAck, D: json.RawMessage("null")}) != nil {
				return
			}
		case opIdentify:
			s.identify(c, p.D)
		case opResume:
			s.resume(c, p.D)
		}
	}
}

// identify answers IDENTIFY with READY and starts a new session. It never
// sends op 7 RECONNECT, which would deadlock discordgo's Open (issue #513).
func (s *Server) identify(c *conn, d json.RawMessage) {
	var id struct {
		Token   string  `json:"token"`
		Intents int     `json:"intents"`
		Shard   *[2]int `json:"shard"`
	}
	if err := json.Unmarshal(d, &id); err != nil {
		c.closeWith(closeDecodeError, "Error while decoding payload.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.identifies = append(s.identifies, Identify{Token: id.Token, Intents: id.Intents, Shard: id.Shard, Raw: append([]byte(nil), d...)})
	s.notify()
	if !s.tokenOK(id.Token) {
		c.closeWith(closeAuthenticationFailed, "Authentication failed.")
		return
	}

	s.sessionID = newSessionID()
	s.seq = 0
	s.history = nil
	guilds := []any{}
	for _, id := range s.opts.Guilds {
		guilds = append(guilds, map[string]any{"id": id, "unavailable": true})
	}
	ready := map[string]any{
		"v":                  9,
		"session_id":         s.sessionID,
		"resume_gateway_url": s.GatewayURL(),
		"user":               s.botUser(),
		"application":        map[string]any{"id": s.opts.ApplicationID, "flags": 0},
		"guilds":             guilds,
		"private_channels":   []any{},
	}
	if id.Shard != nil {
		ready["shard"] = id.Shard
	}
	s.goLive(c, "READY", ready)
}

// resume answers RESUME: it replays the dispatches the client missed, then
// sends RESUMED, as Discord does. An unknown session gets op 9 INVALID
// SESSION (not resumable), after which clients identify again.
func (s *Server) resume(c *conn, d json.RawMessage) {
	var r struct {
		Token     string `json:"token"`
		SessionID string `json:"session_id"`
		Seq       int64  `json:"seq"`
	}
	if err := json.Unmarshal(d, &r); err != nil {
		c.closeWith(closeDecodeError, "Error while decoding payload.")
		return
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.resumes = append(s.resumes, Resume{Token: r.Token, SessionID: r.SessionID, Seq: r.Seq})
	s.notify()
	if !s.tokenOK(r.Token) {
		c.closeWith(closeAuthenticationFailed, "Authentication failed.")
		return
	}
	if s.sessionID == "" || r.SessionID != s.sessionID {
		c.write(frame{Op: opInvalidSession, D: json.RawMessage("false")})
		return
	}
	for _, f := range s.history {
		if f.S > r.Seq {
			if c.write(f) != nil {
				return
			}
		}
	}
	s.goLive(c, "RESUMED", map[string]any{})
}

// goLive sends the dispatch that starts or resumes the session on c (READY
// or RESUMED) and makes c the live connection, closing any other one, as
// Discord does. s.mu must be held.
func (s *Server) goLive(c *conn, event string, data any) {
	raw, _ := json.Marshal(data)
	s.seq++
	if c.write(frame{Op: opDispatch, D: raw, S: s.seq, T: event}) != nil {
		return
	}
	if s.live != nil && s.live != c {
		s.live.ws.Close()
	}
	s.live = c
	s.notify()
}

// Dispatch sends an op 0 dispatch of event with data (any value that
// encodes as JSON) and the session's next sequence number. While the client
// is disconnected, the dispatch is kept and replayed when it resumes. Before
// any client has identified there is no session: Dispatch fails the test and
// returns an error.
func (s *Server) Dispatch(event string, data any) error {
	raw, err := json.Marshal(data)
	if err != nil {
		err = fmt.Errorf("fakediscord: dispatch %s: %w", event, err)
		s.tb.Error(err)
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.sessionID == "" {
		err := fmt.Errorf("fakediscord: dispatch %s: %w", event, errNoSession)
		s.tb.Error(err)
		return err
	}
	s.seq++
	f := frame{Op: opDispatch, D: raw, S: s.seq, T: event}
	s.history = append(s.history, f)
	if s.live != nil {
		// A failed write means the client is gone; it gets f when it resumes.
		s.live.write(f)
	}
	return nil
}

// DropConnection closes the live gateway connection abruptly, without a
// close frame, as a network failure would. The session survives, so the
// client can RESUME it. It fails the test if no connection is live.
func (s *Server) DropConnection() {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.live == nil {
		s.tb.Error("fakediscord: DropConnection: no live gateway connection")
		return
	}
	s.live.ws.Close()
	s.live = nil
	s.notify()
}

// botUser is the bot's user object.
func (s *Server) botUser() map[string]any {
	return map[string]any{
		"id":            s.opts.BotID,
		"username":      s.opts.BotName,
		"discriminator": "0",
		"bot":           true,
	}
}

func newSessionID() string {
	b := make([]byte, 16)
	rand.Read(b)
	return hex.EncodeToString(b)
}
