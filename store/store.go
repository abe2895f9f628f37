// Package store holds the nouns of conceptbot's lasting state and the errors
// every backend returns; the backends live in its subpackages. It imports
// nothing but the standard library.
//
// # Backends
//
// store/bolt keeps the state in one bbolt file under data.dir: no set-up,
// one process. store/postgres keeps it in PostgreSQL, shared by any number
// of processes. Both implement the same methods with the same meaning; the
// suite in store/storetest holds them to it. A consumer declares the small
// interface it needs (daily.Store), and main checks that each backend
// satisfies it.
//
// # Kinds of state
//
// Each kind of state (the daily-fact schedules, a server's notes) has its
// nouns here, its methods on each backend named after the kind
// (DailySchedule, UpdateDailySchedule, DailySchedules, PutDailySchedules;
// NotesCatalog, PutNotesDocument, NotesChanges…), its bucket in the bbolt
// file and its tables in PostgreSQL, created by a numbered migration. A new
// kind (feedback on answers) adds the same four things and a file of
// conformance tests; existing kinds do not change.
//
// # Leadership
//
// Some work must be done by one process only: posting the daily facts. Lead
// makes the caller that process for as long as the returned Lease holds.
// With bbolt the one process that may open the file always leads; with
// PostgreSQL an advisory lock held on a dedicated connection elects one
// process among all those that ask.
package store

import (
	"errors"
	"net/url"
	"reflect"
	"strings"
	"time"
)

// Errors every backend returns, wrapped with the operation and the cause.
var (
	// ErrNotFound means there is no such record.
	ErrNotFound = errors.New("not found")
	// ErrUnavailable means the store cannot be reached right now (the
	// database is down, a connection dropped, a statement timed out). A
	// later try may succeed.
	ErrUnavailable = errors.New("store unavailable")
	// ErrSchema means the stored layout is not one this build can use:
	// newer than it knows, or unrecognisable.
	ErrSchema = errors.New("unsupported store schema")
	// ErrDamaged means a store file failed its consistency check.
	ErrDamaged = errors.New("store damaged")
)

// DailySchedule is a server's daily facts: when and where they are posted,
// where its rotation stands and the post in progress. The JSON form is the
// bbolt backend's record and must keep its field names.
//
// Times are kept to the microsecond.
type DailySchedule struct {
	Guild   string `json:"guild"`
	Channel string `json:"channel"`
	Hour    int    `json:"hour"`
	Minute  int    `json:"minute"`
	Zone    string `json:"zone"` // IANA name
	From    string `json:"from"` // the source of facts, e.g. "key points"
	On      bool   `json:"on"`   // false after /daily off
	// Since is when the schedule last changed; no slot before it is
	// caught up.
	Since time.Time `json:"since"`
	// Paused says why posting is paused (the channel became unavailable);
	// empty when it is not.
	Paused string `json:"paused,omitempty"`
	// Handled is the last local date (YYYY-MM-DD) whose post was sent or
	// given up on; empty when none was.
	Handled     string    `json:"handled,omitempty"`
	LastPost    time.Time `json:"last_post,omitzero"`
	LastError   string    `json:"last_error,omitempty"`
	LastErrorAt time.Time `json:"last_error_at,omitzero"`
	// Intent is the post recorded but not yet marked done; nil when none.
	Intent *DailyIntent `json:"pending,omitempty"`

	// The rotation: the cycle's order is the eligible passages sorted by a
	// hash of (Seed, passage ID); Posted holds the IDs posted or skipped in
	// this cycle and Last the one posted or skipped last.
	Seed   uint64   `json:"seed"`
	Cycle  int      `json:"cycle"`
	Posted []string `json:"posted,omitempty"`
	Last   string   `json:"last,omitempty"`
}

// DailyIntent is a post whose intent is recorded: the fact and the nonce it
// is sent with, on every try and by whichever process sends it.
type DailyIntent struct {
	Date     string    `json:"date"`     // the local date (YYYY-MM-DD) the post is for
	Nonce    string    `json:"nonce"`    // sent with enforce_nonce, so Discord posts it once
	Passage  string    `json:"passage"`  // the passage ID
	Deadline time.Time `json:"deadline"` // no attempt after this: the slot plus the grace window
	NextTry  time.Time `json:"next_try"` // when to (re)send
	Attempts int       `json:"attempts"` // failed sends so far
	// SendingUntil is set while a process is sending the post: until then
	// no other process may skip or replace it. Zero when nobody is.
	SendingUntil time.Time `json:"sending_until,omitzero"`
}

// Clone returns a deep copy of s.
func (s *DailySchedule) Clone() *DailySchedule {
	if s == nil {
		return nil
	}
	c := *s
	c.Posted = append([]string(nil), s.Posted...)
	if s.Intent != nil {
		i := *s.Intent
		c.Intent = &i
	}
	return &c
}

// Equal reports whether s and o hold the same schedule: times compared as
// instants to the microsecond, an empty Posted equal to a nil one.
func (s *DailySchedule) Equal(o *DailySchedule) bool {
	if s == nil || o == nil {
		return s == o
	}
	a, b := s.normal(), o.normal()
	ai, bi := a.Intent, b.Intent
	a.Intent, b.Intent = nil, nil
	return reflect.DeepEqual(a, b) && (ai == nil) == (bi == nil) && (ai == nil || *ai == *bi)
}

func (s *DailySchedule) normal() *DailySchedule {
	c := s.Clone()
	for _, t := range []*time.Time{&c.Since, &c.LastPost, &c.LastErrorAt} {
		*t = utcMicro(*t)
	}
	if i := c.Intent; i != nil {
		for _, t := range []*time.Time{&i.Deadline, &i.NextTry, &i.SendingUntil} {
			*t = utcMicro(*t)
		}
	}
	if len(c.Posted) == 0 {
		c.Posted = nil
	}
	return c
}

func utcMicro(t time.Time) time.Time {
	if t.IsZero() {
		return time.Time{}
	}
	return t.Truncate(time.Microsecond).UTC()
}

// Lease is a process's turn to do the work only one process may do. It
// holds until Lost is closed, or until Release.
type Lease struct {
	lost    <-chan struct{}
	changes <-chan string
	release func()
}

// NewLease returns a Lease for a backend: lost is closed when the lease is
// lost (nil: never), changes carries what other processes change (nil:
// nothing), release gives the lease up (nil: nothing to do).
func NewLease(lost <-chan struct{}, changes <-chan string, release func()) *Lease {
	return &Lease{lost: lost, changes: changes, release: release}
}

// Lost is closed when the lease no longer holds, e.g. the database
// connection it lives on broke. It is nil (never ready) for a lease that
// cannot be lost.
func (l *Lease) Lost() <-chan struct{} { return l.lost }

// Changes carries the guild IDs whose daily schedule another process
// changed while the lease holds; "" means "anything may have changed:
// reload everything". It is nil when no other process can change them.
func (l *Lease) Changes() <-chan string { return l.changes }

// Release gives the lease up, so that another process may take it at once.
func (l *Lease) Release() {
	if l.release != nil {
		l.release()
	}
}

// Redact returns a store URL fit for logs and `conceptbot config`: its
// password, in the user information or the query, replaced by "********".
// What cannot be parsed is replaced whole.
func Redact(raw string) string {
	if raw == "" {
		return ""
	}
	u, err := url.Parse(raw)
	if err != nil {
		return "******** (unparsable URL)"
	}
	if u.User != nil {
		if _, ok := u.User.Password(); ok {
			u.User = url.UserPassword(u.User.Username(), "********")
		}
	}
	q := u.Query()
	for k := range q {
		if strings.EqualFold(k, "password") {
			q.Set(k, "********")
			u.RawQuery = q.Encode()
		}
	}
	return strings.ReplaceAll(u.String(), "%2A%2A%2A%2A%2A%2A%2A%2A", "********")
}
