// Package daily posts one fact a day from the corpus to each server that
// asks for it, at a local time in the server's own time zone. It knows
// nothing of Discord or databases: a command handler calls the Scheduler's
// methods (Set, Status, Preview, Now, Skip, Off), the Discord edge
// implements Sender and a store backend implements Store.
//
// # Schedule
//
// A server's post is due at HH:MM local time in its IANA zone, so 09:00
// stays 09:00 across daylight saving. A local time that does not exist
// (spring forward) moves to the first minute after the gap; an ambiguous one
// (fall back) means its first occurrence. Each local date gets at most one
// post: the record keeps the last local date handled, in the server's
// current zone, and a post that goes out late, after midnight, counts for
// both its own date and the date it went out on. When the zone changes, that
// date is read again in the new zone from the instant of the last post, so a
// change of zone neither skips a day nor posts twice on one. A post missed while the bot was down is sent on start-up if
// it is at most Options.Grace late; Now counts as the day's post.
// One timer waits for the earliest due post of all servers and is re-armed
// on every change.
//
// # Exactly once
//
// A post goes through three steps. First, in one store transaction, the
// intent is recorded: the local date, the chosen passage and a nonce derived
// from the server and the date. Then the fact is sent with that nonce (the
// Discord edge sets enforce_nonce, so Discord drops a resend within its
// dedupe window). Last, in another transaction, the post is marked done. A
// crash between the steps leaves the intent, and the retry after restart
// sends the same passage with the same nonce. A failed send keeps the intent
// and retries after Options.Backoff until the grace window closes; an error
// wrapping ErrChannelUnavailable pauses the schedule until a moderator runs
// Set again. No error turns a schedule off.
//
// # Rotation
//
// Each server walks a shuffled order of the eligible passages and posts none
// twice before it has posted all of them. The order is not stored as a list:
// it is the passages sorted by a hash of (seed, passage ID), and the record
// stores the seed and the IDs posted in the current cycle. A passage added to
// the corpus therefore joins the current cycle at its hashed place, and a
// removed one simply stops being eligible. A new cycle draws a new seed from
// Options.Rand.
//
// # Notes
//
// Facts come from the corpus given to New, the shared notes. With
// Options.Notes, a server with notes of its own draws from them first and,
// unless it left the shared notes out, from the shared notes after them;
// its rotation walks them together.
//
// # Store
//
// State lives in a Store (store/bolt, one process; store/postgres, shared):
// one record per server (store.DailySchedule) with its rotation and the
// intent of the post in progress, changed only by read-modify-write
// transactions that hold the record. Every process may answer the
// commands. Posts are made by the one process that leads (Store.Lead): Run
// waits for the lead, reads every schedule on taking it, hears of changes
// made by other processes through the lease, and stops posting when the
// lease is lost. A process that does not lead hands Now to the leader
// through the store. The intent and its nonce are in the store, so a new
// leader resends an unfinished post with the same nonce. While a process
// sends a post, its intent is marked so (SendingUntil), and other processes
// refuse to skip or replace it.
package daily

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"strings"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
)

// Sender delivers a fact to a channel; the Discord edge implements it. It
// must send nonce with enforce_nonce set, and wrap errors meaning the channel
// is gone or the bot may not post there with ErrChannelUnavailable.
type Sender interface {
	SendFact(ctx context.Context, channelID string, p corpus.Passage, nonce string) error
}

// ErrChannelUnavailable marks a send error after which retrying is useless:
// the channel was deleted or the bot lost access. It pauses the schedule.
var ErrChannelUnavailable = errors.New("channel unavailable")

// Code classifies an Error.
type Code string

// Error codes.
const (
	EInvalid  Code = "invalid"   // the moderator's input is wrong
	ENotFound Code = "not_found" // no schedule, or no facts to post
	EConflict Code = "conflict"  // not now: already posted today, or a post is being sent
	ESend     Code = "send"      // the post could not be sent
	// EUnavailable means the store cannot be reached: try again later.
	EUnavailable Code = "unavailable"
)

// Error is a failure to show to a moderator. Message is for the user; Err,
// when set, is the cause for the operator's log.
type Error struct {
	Code    Code
	Message string
	Err     error
}

func (e *Error) Error() string {
	if e.Err != nil {
		return e.Message + ": " + e.Err.Error()
	}
	return e.Message
}

func (e *Error) Unwrap() error { return e.Err }

// Message returns the user-facing message of err: the Message of an *Error
// in its chain, or a generic message for anything else.
func Message(err error) string {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Message
	}
	return "Something went wrong with the daily facts; the details are in the bot's log."
}

// ErrorCode returns the Code of an *Error in err's chain, or "" when none.
func ErrorCode(err error) Code {
	if e, ok := errors.AsType[*Error](err); ok {
		return e.Code
	}
	return ""
}

// From says which passages a server's daily facts come from.
type From string

// The sources a moderator can choose.
const (
	FromKeyPoints    From = "key points"
	FromDevelopments From = "recent developments"
	FromFAQ          From = "faq"
	FromAll          From = "all"
)

// Froms lists the sources, for a command's choices.
func Froms() []From { return []From{FromKeyPoints, FromDevelopments, FromFAQ, FromAll} }

// Kinds returns the passage kinds f selects.
func (f From) Kinds() []corpus.Kind {
	switch f {
	case FromKeyPoints:
		return []corpus.Kind{corpus.KindKeyPoint}
	case FromDevelopments:
		return []corpus.Kind{corpus.KindDevelopment}
	case FromFAQ:
		return []corpus.Kind{corpus.KindFAQ}
	case FromAll:
		return []corpus.Kind{corpus.KindKeyPoint, corpus.KindDevelopment, corpus.KindFAQ}
	}
	return nil
}

// ParseFrom reads a source, forgiving case, hyphens and plurals:
// "Key-Points", "developments" and "FAQs" are all understood.
func ParseFrom(s string) (From, error) {
	norm := strings.Join(strings.Fields(strings.NewReplacer("-", " ", "_", " ").Replace(strings.ToLower(s))), " ")
	switch norm {
	case "key points", "key point", "keypoints", "points":
		return FromKeyPoints, nil
	case "recent developments", "recent development", "developments", "development":
		return FromDevelopments, nil
	case "faq", "faqs":
		return FromFAQ, nil
	case "all", "":
		return FromAll, nil
	}
	return "", &Error{Code: EInvalid, Message: fmt.Sprintf("%q isn't a source of facts. Choose key points, recent developments, faq or all.", s)}
}

// Status is what a moderator sees of a server's daily facts.
type Status struct {
	GuildID     string
	ChannelID   string
	Time        string // "09:00", in Zone
	Zone        string // IANA name, e.g. "Europe/London"
	From        From
	On          bool        // false after Off
	Paused      bool        // true after the channel became unavailable
	Reason      string      // why the schedule is paused; empty when it is not
	Retrying    bool        // a failed post will be retried at Next[0]
	Next        []time.Time // the next three posts, in Zone; empty when off or paused
	Left        int         // facts left before the rotation repeats
	LastPost    time.Time   // zero when nothing was posted yet
	LastError   string      // the last error, cleared by a successful post
	LastErrorAt time.Time
}

// Options tune a Scheduler. The zero value is ready to use.
type Options struct {
	// Grace is how late a post may still be sent, after downtime or while
	// retrying a failed send. Default 6h; at least one minute.
	Grace time.Duration
	// Backoff lists the waits before each retry of a failed send; the last
	// repeats. Default 1m, 5m, 15m, 30m, 1h.
	Backoff []time.Duration
	// Rand shuffles the rotations. Default: randomly seeded. The Scheduler
	// uses it under its own lock.
	Rand *rand.Rand
	// Clock tells the time and makes timers. Default: the system clock.
	Clock Clock
	// Logger receives operational events. Default: slog.Default().
	Logger *slog.Logger
	// Notes gives each server's own notes, drawn from before (or instead
	// of) the corpus given to New. Default nil: every server's facts come
	// from that corpus.
	Notes GuildNotes
}

// GuildNotes gives a server's own notes (Options.Notes); *notes.Library
// is one.
type GuildNotes interface {
	// GuildCorpus returns the server's own documents, nil when it has
	// none, and whether it draws from the shared notes too.
	GuildCorpus(ctx context.Context, guildID string) (own *corpus.Corpus, shared bool, err error)
}

// Clock is the source of time. Tests inject one they can advance.
type Clock interface {
	Now() time.Time
	NewTimer(d time.Duration) Timer
}

// Timer is the part of *time.Timer the Scheduler uses.
type Timer interface {
	C() <-chan time.Time
	Stop() bool
}

type systemClock struct{}

func (systemClock) Now() time.Time                 { return time.Now() }
func (systemClock) NewTimer(d time.Duration) Timer { return systemTimer{time.NewTimer(d)} }

type systemTimer struct{ t *time.Timer }

func (t systemTimer) C() <-chan time.Time { return t.t.C }
func (t systemTimer) Stop() bool          { return t.t.Stop() }
