package server

import (
	"bytes"
	"context"
	"crypto/ed25519"
	"encoding/hex"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"net/http"
	"runtime/debug"
	"strconv"
	"sync"
	"sync/atomic"
	"time"

	voied "github.com/oasisprotocol/curve25519-voi/primitives/ed25519"

	"github.com/conceptbot/conceptbot/bot"
)

// Discord signs each request to the interactions endpoint: the header
// X-Signature-Ed25519 holds the hex Ed25519 signature of the bytes of
// X-Signature-Timestamp (Unix seconds) followed by the raw body, made with
// the application's key. Discord sends requests with bad signatures on
// purpose and removes an endpoint that accepts them, so every request whose
// signature does not verify gets 401 before its body is looked at. The
// signature does not stop a replay of a captured request, so timestamps
// older than Options.MaxAge are refused too.
const (
	headerSignature = "X-Signature-Ed25519"
	headerTimestamp = "X-Signature-Timestamp"
)

// Reasons a request is rejected, as the "reason" label of
// conceptbot_interactions_rejected_total.
const (
	rejectSignature = "signature" // missing, malformed or wrong signature
	rejectStale     = "stale"     // timestamp missing, malformed, too old or in the future
	rejectTooLarge  = "too_large" // body over Options.MaxBody
	rejectMalformed = "malformed" // unreadable body or not an interaction
	rejectBusy      = "busy"      // too many bytes held by unverified requests (503)
)

// pong is the answer to Discord's PING, the endpoint check.
var pong = []byte(`{"type":1}`)

// bufs holds buffers for request and response bodies; buffers that grew
// larger than maxPooled are dropped.
var bufs = sync.Pool{New: func() any { return new(bytes.Buffer) }}

const maxPooled = 256 << 10

func getBuf() *bytes.Buffer { return bufs.Get().(*bytes.Buffer) }

func putBuf(b *bytes.Buffer) {
	if b.Cap() <= maxPooled {
		b.Reset()
		bufs.Put(b)
	}
}

// verifyOptions check signatures exactly as crypto/ed25519 does (the
// same signatures pass and fail); the key's expansion, done once, and the
// library's faster arithmetic halve the time a check takes (BENCHMARKS.md).
var verifyOptions = voied.Options{Verify: voied.VerifyOptionsStdLib}

// interactions serves POST /interactions: it verifies the request's
// signature and age, decodes the interaction and answers it inline, as the
// HTTP response.
func (s *Server) interactions(w http.ResponseWriter, r *http.Request) {
	var sig [ed25519.SignatureSize]byte
	ts := r.Header.Get(headerTimestamp)
	if h := r.Header.Get(headerSignature); len(h) != 2*len(sig) || hexDecode(sig[:], h) != nil {
		s.refuse(w, http.StatusUnauthorized, rejectSignature, "invalid request signature")
		return
	}
	if !s.fresh(ts) {
		s.refuse(w, http.StatusUnauthorized, rejectStale, "invalid request signature")
		return
	}
	if r.ContentLength > s.opts.MaxBody {
		s.refuse(w, http.StatusRequestEntityTooLarge, rejectTooLarge, "request body too large")
		return
	}

	// The signed message is timestamp+body; read both into one buffer.
	msg := getBuf()
	defer putBuf(msg)
	msg.WriteString(ts)
	held, err := s.readBody(w, r, msg)
	s.unverified.give(held)
	if err != nil {
		switch _, tooLarge := errors.AsType[*http.MaxBytesError](err); {
		case tooLarge:
			s.refuse(w, http.StatusRequestEntityTooLarge, rejectTooLarge, "request body too large")
		case errors.Is(err, errBusy):
			w.Header().Set("Retry-After", "1")
			s.refuse(w, http.StatusServiceUnavailable, rejectBusy, "busy, try again")
		default:
			s.refuse(w, http.StatusBadRequest, rejectMalformed, "cannot read request body")
		}
		return
	}
	if !voied.VerifyExpandedWithOptions(s.key, msg.Bytes(), sig[:], &verifyOptions) {
		s.reject(w, http.StatusUnauthorized, rejectSignature, "invalid request signature")
		return
	}
	body := msg.Bytes()[len(ts):]

	var in bot.Interaction
	if err := json.Unmarshal(body, &in); err != nil || in.Type == 0 {
		s.reject(w, http.StatusBadRequest, rejectMalformed, "malformed interaction")
		return
	}
	if in.Type == bot.InteractionPing {
		s.metrics.interaction(in.Type, outcomeOK)
		writeJSON(w, pong)
		return
	}

	outcome := outcomeOK
	resp, err := s.answer(r.Context(), &in)
	if err == nil && resp == nil {
		err = errors.New("no response")
	}
	if err != nil {
		outcome = outcomeError
		if _, ok := errors.AsType[*panicError](err); ok {
			outcome = outcomePanic
		}
		s.log.Error("interaction failed", "id", in.ID, "type", int(in.Type), "command", in.Data.Name,
			"custom_id", in.Data.CustomID, "guild", in.GuildID, "user", in.UserID(), "err", err)
		resp = bot.Failure(in.Type)
	}
	out := getBuf()
	defer putBuf(out)
	enc := json.NewEncoder(out)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(resp); err != nil {
		s.log.Error("encode interaction response", "id", in.ID, "err", err)
		s.metrics.interaction(in.Type, outcomeError)
		out.Reset()
		_ = json.NewEncoder(out).Encode(bot.Failure(in.Type))
	} else {
		s.metrics.interaction(in.Type, outcome)
	}
	writeJSON(w, out.Bytes())
}

// Reading bodies. Memory is taken as bytes arrive, never from the
// Content-Length a request announces, and every chunk is first reserved in
// Server.unverified: the bytes held by requests whose signature is not yet
// checked are bounded across all connections, however many are open. A
// request that would go over the bound gets 503 and its connection is
// closed. A body must also arrive within bodyTimeout of its headers.
const readChunk = 4 << 10

// errBusy means the bytes held by unverified requests are at their bound.
var errBusy = errors.New("too many unverified request bytes held")

// readBody appends r's body to msg and returns the bytes it reserved in
// s.unverified, to be given back once the signature is checked.
func (s *Server) readBody(w http.ResponseWriter, r *http.Request, msg *bytes.Buffer) (held int64, err error) {
	_ = http.NewResponseController(w).SetReadDeadline(time.Now().Add(s.bodyTimeout)) // not supported by every ResponseWriter in tests
	body := http.MaxBytesReader(w, r.Body, s.opts.MaxBody)
	for {
		if !s.unverified.take(readChunk) {
			return held, errBusy
		}
		held += readChunk
		n, err := msg.ReadFrom(io.LimitReader(body, readChunk))
		if err != nil {
			return held, err
		}
		if n < readChunk {
			return held, nil // the end of the body
		}
	}
}

// budget is a count of bytes with a bound, safe for concurrent use.
type budget struct {
	max  int64
	used atomic.Int64
}

// take reserves n bytes, or reports false when that would pass the bound.
func (b *budget) take(n int64) bool {
	if b.used.Add(n) > b.max {
		b.used.Add(-n)
		return false
	}
	return true
}

func (b *budget) give(n int64) { b.used.Add(-n) }

// fresh reports whether ts, in Unix seconds, is at most MaxAge away from
// our clock, in either direction. Times are compared, not subtracted: the
// difference to a timestamp centuries away does not fit a time.Duration.
func (s *Server) fresh(ts string) bool {
	sec, err := strconv.ParseUint(ts, 10, 63) // no sign, no spaces
	if err != nil || sec > maxTimestamp {
		return false
	}
	now := s.opts.Now()
	t := time.Unix(int64(sec), 0)
	return !t.Before(now.Add(-s.opts.MaxAge)) && !t.After(now.Add(s.opts.MaxAge))
}

// maxTimestamp is beyond any clock we run on (the year 36812), and small
// enough for time.Unix.
const maxTimestamp = 1 << 40

// panicError is a panic in the bot, recovered.
type panicError struct {
	v     any
	stack []byte
}

func (e *panicError) Error() string { return fmt.Sprintf("panic: %v\n%s", e.v, e.stack) }

// answer asks the bot, turning a panic into an error so that the user gets
// the usual apology and the operator the stack, in the log.
func (s *Server) answer(ctx context.Context, in *bot.Interaction) (resp *bot.Response, err error) {
	ctx, cancel := context.WithTimeout(ctx, bot.AnswerTimeout)
	defer cancel()
	defer func() {
		if v := recover(); v != nil {
			resp, err = nil, &panicError{v: v, stack: debug.Stack()}
		}
	}()
	return s.opts.Bot.Interaction(ctx, in)
}

// reject answers a request that is not a valid interaction. The body is a
// short fixed text: it says nothing about our keys or clock.
func (s *Server) reject(w http.ResponseWriter, code int, reason, msg string) {
	s.metrics.rejected(reason)
	text(w, code, msg+"\n")
}

// refuse rejects a request whose body was not read, or not to its end, and
// closes the connection: the server would otherwise read what is left of
// the body, at the client's pace, to reuse the connection.
func (s *Server) refuse(w http.ResponseWriter, code int, reason, msg string) {
	w.Header().Set("Connection", "close")
	s.reject(w, code, reason, msg)
}

func writeJSON(w http.ResponseWriter, body []byte) {
	h := w.Header()
	h["Content-Type"] = []string{"application/json"}
	h["Content-Length"] = []string{strconv.Itoa(len(body))}
	w.WriteHeader(http.StatusOK)
	_, _ = w.Write(body)
}

// hexDecode decodes the hex string src into dst, which is len(src)/2 long,
// without allocating.
func hexDecode(dst []byte, src string) error {
	for i := range dst {
		hi, ok1 := unhex(src[2*i])
		lo, ok2 := unhex(src[2*i+1])
		if !ok1 || !ok2 {
			return hex.InvalidByteError(src[2*i])
		}
		dst[i] = hi<<4 | lo
	}
	return nil
}

func unhex(c byte) (byte, bool) {
	switch {
	case '0' <= c && c <= '9':
		return c - '0', true
	case 'a' <= c && c <= 'f':
		return c - 'a' + 10, true
	case 'A' <= c && c <= 'F':
		return c - 'A' + 10, true
	}
	return 0, false
}
