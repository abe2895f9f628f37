package bot

import (
	"errors"
	"fmt"
	"log/slog"
	"net/http"
	"net/url"

	"github.com/bwmarrin/discordgo"
)

// RewriteTransport is an http.RoundTripper that sends every request to
// Base's scheme and host, keeping its path and query. discordgo's endpoint
// URLs are fixed to https://discord.com when the package loads; a client
// with this transport points discordgo at a REST proxy or a test double.
type RewriteTransport struct {
	// Base gives the scheme and host; its path is ignored.
	Base *url.URL
	// Next sends the rewritten request. Default: http.DefaultTransport.
	Next http.RoundTripper
}

// RoundTrip sends a copy of req to t.Base's scheme and host.
func (t *RewriteTransport) RoundTrip(req *http.Request) (*http.Response, error) {
	r := req.Clone(req.Context()) // a RoundTripper must not modify req
	r.URL.Scheme = t.Base.Scheme
	r.URL.Host = t.Base.Host
	r.Host = ""
	next := t.Next
	if next == nil {
		next = http.DefaultTransport
	}
	return next.RoundTrip(r)
}

// APIError is a failed Discord REST call. Callers decide what to do with
// Gone and Retryable; Error is for the log.
type APIError struct {
	Op      string // what was attempted, e.g. "send message to channel 123"
	Status  int    // the HTTP status; 0 if no HTTP answer arrived
	Code    int    // Discord's JSON error code, e.g. 50001 Missing Access; 0 if none
	Message string // Discord's error message, if any
	Err     error  // the underlying error
	// URL is the request as made, e.g. "PUT http://127.0.0.1:8080/api/v9/…",
	// when it holds no secret; empty otherwise.
	URL string
}

func (e *APIError) Error() string {
	op := e.Op
	if e.URL != "" {
		op += ": " + e.URL
	}
	switch {
	case e.Status == 0:
		return fmt.Sprintf("discord: %s: %v", op, e.Err)
	case e.Message != "":
		return fmt.Sprintf("discord: %s: HTTP %d: %s (code %d)", op, e.Status, e.Message, e.Code)
	}
	return fmt.Sprintf("discord: %s: HTTP %d", op, e.Status)
}

func (e *APIError) Unwrap() error { return e.Err }

// Gone reports whether Discord refused because the target (channel, message,
// interaction) does not exist or the bot may not use it: HTTP 403 or 404.
// Trying again will not help.
func (e *APIError) Gone() bool {
	return e.Status == http.StatusForbidden || e.Status == http.StatusNotFound
}

// Retryable reports whether the same request may succeed later: no HTTP
// answer arrived (network failure, timeout, repeated 502s), or Discord
// answered 429 or 5xx.
func (e *APIError) Retryable() bool {
	return e.Status == 0 || e.Status == http.StatusTooManyRequests || e.Status >= 500
}

// newAPIError wraps an error from discordgo's REST calls.
func newAPIError(op string, err error) *APIError {
	e := &APIError{Op: op, Err: err}
	var rest *discordgo.RESTError
	var rate *discordgo.RateLimitError
	var uerr *url.Error
	switch {
	case errors.As(err, &rest) && rest.Response != nil:
		e.Status = rest.Response.StatusCode
		if rest.Message != nil {
			e.Code, e.Message = rest.Message.Code, rest.Message.Message
		}
	case errors.As(err, &rate):
		e.Status = http.StatusTooManyRequests
	case errors.As(err, &uerr):
		// The URL may hold an interaction token, which must not reach the log.
		e.Err = fmt.Errorf("%s: %w", uerr.Op, uerr.Err)
	}
	return e
}

// LogDiscordgoTo sends discordgo's own log lines, which it writes with the
// standard log package, to l. It sets a package variable of discordgo: call
// it once, at start-up.
func LogDiscordgoTo(l *slog.Logger) {
	discordgo.Logger = func(level, _ int, format string, a ...any) {
		msg := fmt.Sprintf(format, a...)
		switch level {
		case discordgo.LogError:
			l.Error(msg, "source", "discordgo")
		case discordgo.LogWarning:
			l.Warn(msg, "source", "discordgo")
		case discordgo.LogInformational:
			l.Info(msg, "source", "discordgo")
		default:
			l.Debug(msg, "source", "discordgo")
		}
	}
}
