package bot

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"
	"runtime/debug"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/bwmarrin/discordgo"
)

// This file, transport.go and webhook.go are the only non-test files in
// package bot that import discordgo. discordgo is used for the gateway
// connection (identify, heartbeats, resume) and its REST plumbing
// (rate-limit buckets, retries);
// every payload is our own wire type from wire.go, sent and received as raw
// JSON.

// Handler is what the gateway needs from the bot.
type Handler interface {
	// Interaction answers an interaction. A nil response and a nil error
	// mean there is nothing to send.
	Interaction(ctx context.Context, in *Interaction) (*Response, error)
	// Message answers a message; false means ignore it. selfID is the bot's
	// own user ID.
	Message(ctx context.Context, m *Message, selfID string) (*MessageSend, bool)
	// Commands returns the application commands to register.
	Commands() []Command
}

// Welcomer is what a Handler implements to greet a server the bot has just
// joined: the channel to post in and the message, or false for none.
type Welcomer interface {
	Welcome(g *Guild) (channelID string, msg *MessageSend, ok bool)
}

// DefaultRESTURL is Discord's REST base URL.
const DefaultRESTURL = "https://discord.com"

// GatewayConfig configures a Gateway. The zero value, plus a Token, is useful.
type GatewayConfig struct {
	// Token is the bot token. A leading "Bot " is accepted and ignored.
	// Required.
	Token string

	// GuildID, when set, registers the commands in that server only, where
	// changes show at once (for development). Default: global commands.
	GuildID string

	// ApplicationID is the application whose commands are registered.
	// Default: the one READY reports, or, before the gateway is open,
	// the one GET /applications/@me reports.
	ApplicationID string

	// RESTURL is the REST base URL, scheme://host[:port] with no path: a
	// proxy, or a test double. Default: DefaultRESTURL. The gateway URL is
	// discovered from it with GET /api/v9/gateway.
	RESTURL string

	// ShardID and ShardCount pick this connection's shard. Default: shard 0
	// of 1.
	ShardID, ShardCount int

	// Logger receives connection events and handler failures. Default:
	// slog.Default().
	Logger *slog.Logger

	// ShutdownTimeout is how long Close waits for running handlers before
	// cancelling their context. Default: 10s.
	ShutdownTimeout time.Duration

	// OnReconnect, if set, is called each time the connection is
	// re-established (RESUMED, or a READY after the first), for metrics. It
	// runs on discordgo's event loop and must return quickly. Default: nil.
	OnReconnect func()
}

// Gateway connects a Handler to Discord: it receives interactions and
// messages over discordgo's gateway session and sends the handler's answers
// over REST. Create it with NewGateway.
type Gateway struct {
	cfg GatewayConfig
	h   Handler
	log *slog.Logger
	s   *discordgo.Session

	ready     chan struct{} // closed on the first READY
	readyOnce sync.Once
	connected atomic.Bool
	running   atomic.Int64 // handlers in flight, for the shutdown report
	wg        sync.WaitGroup

	mu      sync.Mutex // guards the fields below
	selfID  string     // the bot's user ID, from READY
	appID   string     // the application ID, from READY or GET /applications/@me
	readies int
	guilds  map[string]bool // the servers the session is in: READY's, and those joined since
	opened  bool
	closing bool
	ctx     context.Context // the handlers' context, from Open
	cancel  context.CancelFunc
}

// NewGateway returns a Gateway for cfg and h. It does not connect: call
// Open, or RegisterCommands alone.
func NewGateway(cfg GatewayConfig, h Handler) (*Gateway, error) {
	token := strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(cfg.Token)+" ", "Bot "))
	if token == "" {
		return nil, errors.New("gateway: missing bot token: set discord.token")
	}
	if h == nil {
		return nil, errors.New("gateway: nil handler")
	}
	if cfg.ShardCount == 0 {
		cfg.ShardCount = 1
	}
	if cfg.ShardCount < 0 || cfg.ShardID < 0 || cfg.ShardID >= cfg.ShardCount {
		return nil, fmt.Errorf("gateway: shard %d of %d: want 0 <= shard < count", cfg.ShardID, cfg.ShardCount)
	}
	if cfg.RESTURL == "" {
		cfg.RESTURL = DefaultRESTURL
	}
	if cfg.Logger == nil {
		cfg.Logger = slog.Default()
	}
	if cfg.ShutdownTimeout <= 0 {
		cfg.ShutdownTimeout = 10 * time.Second
	}

	s, err := discordgo.New("Bot " + token)
	if err != nil {
		return nil, fmt.Errorf("gateway: %w", err)
	}
	if strings.TrimSuffix(cfg.RESTURL, "/") != DefaultRESTURL {
		base, err := parseRESTURL(cfg.RESTURL)
		if err != nil {
			return nil, err
		}
		s.Client = &http.Client{Timeout: 20 * time.Second, Transport: &RewriteTransport{Base: base}}
	}
	s.ShardID = cfg.ShardID
	s.ShardCount = cfg.ShardCount
	// Mentions and DMs carry their content without the privileged message
	// content intent.
	s.Identify.Intents = discordgo.IntentsGuilds | discordgo.IntentsGuildMessages | discordgo.IntentsDirectMessages
	s.StateEnabled = false
	// Events are handled in order on discordgo's read loop, so READY,
	// RESUMED and disconnects are seen in the order they happened; the
	// handlers themselves run in their own goroutines (see spawn).
	s.SyncEvents = true

	g := &Gateway{
		cfg:    cfg,
		h:      h,
		log:    cfg.Logger,
		s:      s,
		ready:  make(chan struct{}),
		guilds: map[string]bool{},
	}
	s.AddHandler(g.onEvent)
	s.AddHandler(g.onDisconnect)
	return g, nil
}

// parseRESTURL checks that raw is scheme://host[:port].
func parseRESTURL(raw string) (*url.URL, error) {
	u, err := url.Parse(raw)
	if err != nil {
		return nil, fmt.Errorf("gateway: rest url %q: %w", raw, err)
	}
	if (u.Scheme != "http" && u.Scheme != "https") || u.Host == "" || strings.Trim(u.Path, "/") != "" || u.RawQuery != "" {
		return nil, fmt.Errorf("gateway: rest url %q: want http(s)://host[:port] with no path", raw)
	}
	return u, nil
}

// Open connects to the gateway, waits for READY, and registers the commands
// with one bulk overwrite. Open may be called once; call Close afterwards
// even if Open fails. Handlers run with a context that keeps ctx's values
// but not its cancellation: Close ends them.
func (g *Gateway) Open(ctx context.Context) error {
	g.mu.Lock()
	switch {
	case g.closing:
		g.mu.Unlock()
		return errors.New("gateway: open: closed")
	case g.opened:
		g.mu.Unlock()
		return errors.New("gateway: open: already open")
	}
	g.opened = true
	g.ctx, g.cancel = context.WithCancel(context.WithoutCancel(ctx))
	g.mu.Unlock()

	// discordgo's Open takes no context; give up waiting for it when ctx
	// ends, and close the session if it opens after all.
	errc := make(chan error, 1)
	go func() { errc <- g.s.Open() }()
	select {
	case err := <-errc:
		if err != nil {
			return g.openError(err)
		}
	case <-ctx.Done():
		go func() {
			if <-errc == nil {
				g.s.Close()
			}
		}()
		return fmt.Errorf("gateway: open: %w", ctx.Err())
	}
	select {
	case <-g.ready:
	case <-ctx.Done():
		return fmt.Errorf("gateway: open: waiting for READY: %w", ctx.Err())
	}
	return g.RegisterCommands(ctx)
}

// RegisterCommands replaces the application's commands (in GuildID, or
// global) with the handler's, in one bulk overwrite. It needs no gateway
// connection.
func (g *Gateway) RegisterCommands(ctx context.Context) error {
	appID, err := g.applicationID(ctx)
	if err != nil {
		return err
	}
	cmds := g.h.Commands()
	if cmds == nil {
		cmds = []Command{} // Discord wants an array; null is a 400
	}
	endpoint := discordgo.EndpointApplicationGlobalCommands(appID)
	scope := "global"
	if g.cfg.GuildID != "" {
		endpoint = discordgo.EndpointApplicationGuildCommands(appID, g.cfg.GuildID)
		scope = "guild " + g.cfg.GuildID
	}
	body, err := g.s.RequestWithBucketID(http.MethodPut, endpoint, cmds, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return g.restError("register commands ("+scope+")", http.MethodPut, endpoint, err)
	}
	var got []Command
	if err := json.Unmarshal(body, &got); err != nil {
		return fmt.Errorf("register commands (%s): decode response: %w", scope, err)
	}
	g.log.Info("registered commands", "scope", scope, "application_id", appID, "count", len(got))
	return nil
}

// applicationID returns the configured application ID, the one READY
// reported, or asks Discord.
func (g *Gateway) applicationID(ctx context.Context) (string, error) {
	if g.cfg.ApplicationID != "" {
		return g.cfg.ApplicationID, nil
	}
	g.mu.Lock()
	id := g.appID
	g.mu.Unlock()
	if id != "" {
		return id, nil
	}
	body, err := g.s.RequestWithBucketID(http.MethodGet, discordgo.EndpointApplication("@me"), nil, discordgo.EndpointApplications, discordgo.WithContext(ctx))
	if err != nil {
		return "", g.restError("get current application", http.MethodGet, discordgo.EndpointApplication("@me"), err)
	}
	var app struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(body, &app); err != nil || app.ID == "" {
		return "", fmt.Errorf("get current application: no id in %.100q", body)
	}
	g.mu.Lock()
	g.appID = app.ID
	g.mu.Unlock()
	return app.ID, nil
}

// Connected reports whether the gateway session is live: READY or RESUMED
// was received and the connection has not dropped since.
func (g *Gateway) Connected() bool { return g.connected.Load() }

// Close stops taking new events, waits up to ShutdownTimeout (or until ctx
// ends) for running handlers, cancels the ones still running, and closes
// the gateway connection. discordgo's close waits one second for Discord to
// acknowledge. Calling Close again does nothing.
func (g *Gateway) Close(ctx context.Context) error {
	g.mu.Lock()
	if g.closing {
		g.mu.Unlock()
		return nil
	}
	g.closing = true
	cancel := g.cancel
	g.mu.Unlock()

	var errs []error
	done := make(chan struct{})
	go func() {
		g.wg.Wait()
		close(done)
	}()
	timer := time.NewTimer(g.cfg.ShutdownTimeout)
	defer timer.Stop()
	select {
	case <-done:
	case <-timer.C:
		errs = append(errs, fmt.Errorf("gateway: close: %d handlers still running after %v", g.running.Load(), g.cfg.ShutdownTimeout))
	case <-ctx.Done():
		errs = append(errs, fmt.Errorf("gateway: close: %d handlers still running: %w", g.running.Load(), ctx.Err()))
	}
	if cancel != nil {
		cancel()
	}

	// A heartbeat failing while the session closes would make discordgo
	// reconnect; it must not.
	g.s.Lock()
	g.s.ShouldReconnectOnError = false
	g.s.Unlock()
	if err := g.s.Close(); err != nil {
		errs = append(errs, fmt.Errorf("gateway: close: %w", err))
	}
	g.connected.Store(false)
	return errors.Join(errs...)
}

// onEvent runs on discordgo's read loop for every dispatch. It must not
// block and must not take the session's lock (discordgo holds it while
// handling READY and RESUMED inside Open).
func (g *Gateway) onEvent(_ *discordgo.Session, e *discordgo.Event) {
	switch e.Type {
	case "READY":
		g.onReady(e.RawData)
	case "RESUMED":
		g.connected.Store(true)
		g.log.Info("gateway resumed")
		g.reconnected()
	case "INTERACTION_CREATE":
		var in Interaction
		if err := json.Unmarshal(e.RawData, &in); err != nil {
			g.log.Error("decode interaction", "err", err)
			return
		}
		g.spawn(func(ctx context.Context) { g.interaction(ctx, &in) })
	case "GUILD_CREATE":
		g.onGuildCreate(e.RawData)
	case "GUILD_DELETE":
		var gd Guild
		if err := json.Unmarshal(e.RawData, &gd); err == nil && !gd.Unavailable {
			g.mu.Lock()
			delete(g.guilds, gd.ID) // removed: joining again is a join
			g.mu.Unlock()
		}
	case "MESSAGE_CREATE":
		var m Message
		if err := json.Unmarshal(e.RawData, &m); err != nil {
			g.log.Error("decode message", "err", err)
			return
		}
		g.mu.Lock()
		self := g.selfID
		g.mu.Unlock()
		if m.Author == nil || m.Author.Bot || m.Author.ID == self {
			return // never answer bots, ourselves included
		}
		g.spawn(func(ctx context.Context) { g.message(ctx, &m, self) })
	}
}

func (g *Gateway) onReady(raw json.RawMessage) {
	var r struct {
		User struct {
			ID string `json:"id"`
		} `json:"user"`
		Application struct {
			ID string `json:"id"`
		} `json:"application"`
		Guilds []Guild `json:"guilds"`
	}
	if err := json.Unmarshal(raw, &r); err != nil {
		g.log.Error("decode READY", "err", err)
	}
	g.mu.Lock()
	g.guilds = make(map[string]bool, len(r.Guilds)) // a new session: READY lists every server
	for _, gd := range r.Guilds {
		g.guilds[gd.ID] = true
	}
	g.selfID = r.User.ID
	if r.Application.ID != "" {
		g.appID = r.Application.ID
	}
	g.readies++
	n := g.readies
	g.mu.Unlock()

	g.connected.Store(true)
	g.readyOnce.Do(func() { close(g.ready) })
	g.log.Info("gateway ready", "user_id", r.User.ID, "application_id", r.Application.ID,
		"shard", g.cfg.ShardID, "shards", g.cfg.ShardCount)
	if n > 1 {
		g.reconnected()
	}
}

// welcomeWindow is how long ago a server's joined_at may be for its
// GUILD_CREATE to count as a join.
const welcomeWindow = time.Hour

// onGuildCreate welcomes a server the bot has just joined, when the handler
// is a Welcomer. Discord sends GUILD_CREATE for every server when a session
// starts, too: those READY listed are not joins, nor are servers the bot
// joined long ago.
func (g *Gateway) onGuildCreate(raw json.RawMessage) {
	var gd Guild
	if err := json.Unmarshal(raw, &gd); err != nil || gd.ID == "" {
		g.log.Error("decode GUILD_CREATE", "err", err)
		return
	}
	g.mu.Lock()
	known := g.guilds[gd.ID]
	g.guilds[gd.ID] = true
	g.mu.Unlock()
	if known || gd.Unavailable {
		return
	}
	if t, err := time.Parse(time.RFC3339, gd.JoinedAt); err == nil && time.Since(t) > welcomeWindow {
		return
	}
	w, ok := g.h.(Welcomer)
	if !ok {
		return
	}
	g.log.Info("joined a server", "guild_id", gd.ID)
	g.spawn(func(ctx context.Context) { g.welcome(ctx, w, &gd) })
}

// welcome posts w's welcome in gd. A failure (no permission to post in the
// system channel) is only logged.
func (g *Gateway) welcome(ctx context.Context, w Welcomer, gd *Guild) {
	log := g.log.With("guild_id", gd.ID)
	var (
		channel string
		msg     *MessageSend
		ok      bool
	)
	func() {
		defer func() {
			if r := recover(); r != nil {
				logFailure(log, "welcome", &panicError{value: r, stack: debug.Stack()})
			}
		}()
		channel, msg, ok = w.Welcome(gd)
	}()
	if !ok || msg == nil {
		return
	}
	if _, err := g.SendMessage(ctx, channel, msg); err != nil {
		log.Warn("send welcome", "channel_id", channel, "err", err)
	}
}

func (g *Gateway) reconnected() {
	if g.cfg.OnReconnect != nil {
		g.cfg.OnReconnect()
	}
}

func (g *Gateway) onDisconnect(*discordgo.Session, *discordgo.Disconnect) {
	g.connected.Store(false)
	g.log.Info("gateway disconnected")
}

// spawn runs fn in its own goroutine, tracked for Close, unless Close has
// begun.
func (g *Gateway) spawn(fn func(ctx context.Context)) {
	g.mu.Lock()
	if g.closing || g.ctx == nil {
		g.mu.Unlock()
		return
	}
	g.wg.Add(1)
	ctx := g.ctx
	g.mu.Unlock()

	g.running.Add(1)
	go func() {
		defer g.wg.Done()
		defer g.running.Add(-1)
		fn(ctx)
	}()
}

// interaction answers one interaction. A failing handler gets the user a
// short ephemeral apology; the operator gets the cause in the log.
func (g *Gateway) interaction(ctx context.Context, in *Interaction) {
	log := g.log.With("interaction_id", in.ID, "interaction_type", int(in.Type),
		"command", in.Data.Name, "custom_id", in.Data.CustomID,
		"guild_id", in.GuildID, "channel_id", in.ChannelID, "user_id", in.UserID())

	answerCtx, cancel := context.WithTimeout(ctx, AnswerTimeout)
	resp, err := g.callInteraction(answerCtx, in)
	cancel()
	if err != nil {
		logFailure(log, "interaction handler", err)
		resp = Failure(in.Type)
	}
	if resp == nil {
		return
	}
	endpoint := discordgo.EndpointInteractionResponse(in.ID, in.Token)
	if _, err := g.s.RequestWithBucketID(http.MethodPost, endpoint, quiet(resp), endpoint, discordgo.WithContext(ctx)); err != nil {
		log.Error("send interaction response", "response_type", int(resp.Type), "err", newAPIError("interaction callback", err))
	}
}

func (g *Gateway) callInteraction(ctx context.Context, in *Interaction) (resp *Response, err error) {
	defer func() {
		if r := recover(); r != nil {
			resp, err = nil, &panicError{value: r, stack: debug.Stack()}
		}
	}()
	return g.h.Interaction(ctx, in)
}

// message answers one message. Failures are only logged: a reply about
// a failure to a message that may not even have been meant for the bot
// would be noise.
func (g *Gateway) message(ctx context.Context, m *Message, selfID string) {
	log := g.log.With("message_id", m.ID, "guild_id", m.GuildID, "channel_id", m.ChannelID, "user_id", m.Author.ID)

	send, ok, err := g.callMessage(ctx, m, selfID)
	if err != nil {
		logFailure(log, "message handler", err)
		return
	}
	if !ok || send == nil {
		return
	}
	if _, err := g.SendMessage(ctx, m.ChannelID, send); err != nil {
		log.Error("send reply", "err", err)
	}
}

func (g *Gateway) callMessage(ctx context.Context, m *Message, selfID string) (send *MessageSend, ok bool, err error) {
	defer func() {
		if r := recover(); r != nil {
			send, ok, err = nil, false, &panicError{value: r, stack: debug.Stack()}
		}
	}()
	send, ok = g.h.Message(ctx, m, selfID)
	return send, ok, nil
}

// SendMessage posts msg to a channel and returns the new message's ID. With
// msg.Nonce and msg.EnforceNonce set, Discord returns the message first
// posted with that nonce instead of posting it twice, which makes a retry
// safe. A nil msg.AllowedMentions is sent as "ping nobody".
//
// A failed request returns an *APIError: Gone reports that the channel is
// missing or forbidden (403/404), Retryable that a later try may succeed.
func (g *Gateway) SendMessage(ctx context.Context, channelID string, msg *MessageSend) (string, error) {
	if channelID == "" || msg == nil {
		return "", errors.New("send message: need a channel ID and a message")
	}
	m := *msg
	m.AllowedMentions = noPings(m.AllowedMentions)
	endpoint := discordgo.EndpointChannelMessages(channelID)
	body, err := g.s.RequestWithBucketID(http.MethodPost, endpoint, &m, endpoint, discordgo.WithContext(ctx))
	if err != nil {
		return "", newAPIError("send message to channel "+channelID, err)
	}
	var sent struct {
		ID string `json:"id"`
	}
	if err := json.Unmarshal(body, &sent); err != nil || sent.ID == "" {
		return "", fmt.Errorf("send message to channel %s: no message id in response %.100q", channelID, body)
	}
	return sent.ID, nil
}

// quiet returns resp, copied if need be so that a message it sends pings
// nobody unless the handler chose otherwise.
func quiet(resp *Response) *Response {
	if resp.Data == nil || (resp.Type != ResponseMessage && resp.Type != ResponseUpdateMessage) {
		return resp
	}
	if am := noPings(resp.Data.AllowedMentions); am != resp.Data.AllowedMentions {
		r, d := *resp, *resp.Data
		d.AllowedMentions = am
		r.Data = &d
		return &r
	}
	return resp
}

// noPings returns am, or a copy of it whose nil Parse is empty: Discord
// reads a missing allowed_mentions, or "parse": null, as "ping whoever the
// content mentions".
func noPings(am *AllowedMentions) *AllowedMentions {
	switch {
	case am == nil:
		return &AllowedMentions{Parse: []string{}}
	case am.Parse == nil:
		c := *am
		c.Parse = []string{}
		return &c
	}
	return am
}

// panicError is a recovered handler panic.
type panicError struct {
	value any
	stack []byte
}

func (p *panicError) Error() string { return fmt.Sprintf("panic: %v", p.value) }

func logFailure(log *slog.Logger, what string, err error) {
	var p *panicError
	if errors.As(err, &p) {
		log.Error(what+" panicked", "panic", fmt.Sprint(p.value), "stack", string(p.stack))
		return
	}
	log.Error(what+" failed", "err", err)
}
