// Package notes keeps each Discord server's own notes: the documents its
// moderators add (with /notes add, or an operator with `conceptbot notes
// import`), checked as `corpus check` checks them and kept, as the original
// files, in the store; and an index of each server's documents to answer
// its questions from.
//
// # Answers
//
// A server answers from its own documents and, unless a moderator turned
// it off, from the shared notes (corpus.paths and the embedded seed). The
// shared notes' index is built once, at start-up, and shared by every
// server: this package indexes only each server's own documents, and the
// caller searches both indexes and merges the answers (see bot). A server
// without documents of its own costs nothing here.
//
// # Live
//
// Every change takes a change number from the store (store.NotesCatalog).
// Library.Run asks the store every Options.PollInterval for the servers
// changed since the last number it saw, so a change made by any process
// reaches every process within that interval; a change made through this
// Library is applied at once. A server whose index is in memory gets a new
// one built in the background, swapped in when it is ready: questions
// meanwhile are answered from the previous one.
//
// # Memory
//
// An index is built when its server is first asked something (its first
// answer waits for it: milliseconds for a few documents) and kept while
// the indexes in memory fit Options.MemoryBudget; past it, those of the
// servers asked least recently are dropped, to be built again on their
// next question. An index's size is estimated from the text it holds
// (indexCost). Limits bound what one server may hold.
package notes

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store"
)

// Store is what the notes need of a store backend; store/bolt and
// store/postgres have it.
type Store interface {
	NotesCatalog(ctx context.Context, guild string) (*store.NotesCatalog, error)
	NotesContents(ctx context.Context, guild string) (*store.NotesCatalog, error)
	NotesDocument(ctx context.Context, guild, id string) (*store.NotesDocument, error)
	PutNotesDocument(ctx context.Context, doc *store.NotesDocument, check func(*store.NotesCatalog) error) (*store.NotesCatalog, error)
	RemoveNotesDocument(ctx context.Context, guild, id string) (*store.NotesCatalog, error)
	UpdateNotesSettings(ctx context.Context, guild string, set store.NotesSettings) (*store.NotesCatalog, error)
	NotesChanges(ctx context.Context, after int64) ([]store.NotesVersion, error)
}

// Searcher answers questions from notes.
type Searcher interface {
	Search(ctx context.Context, question string, n int) (corpus.Answer, error)
}

// Index is a built index of a server's documents; *index.Index is one.
type Index interface {
	Searcher
	Close() error
}

// Build builds the index of a corpus (index.Build, wired by main).
type Build func(ctx context.Context, c *corpus.Corpus) (Index, error)

// Limits bound one server's notes. A zero field takes its default.
type Limits struct {
	Documents     int   // documents per server; default 50
	DocumentBytes int64 // bytes of one document's file; default 4 MiB
	Passages      int   // passages of all a server's documents together; default 1000
}

// Default limits.
const (
	DefaultDocuments     = 50
	DefaultDocumentBytes = 4 << 20
	DefaultPassages      = 1000
	DefaultMemoryBudget  = 256 << 20
	DefaultPollInterval  = time.Second
)

func (l Limits) withDefaults() Limits {
	if l.Documents <= 0 {
		l.Documents = DefaultDocuments
	}
	if l.DocumentBytes <= 0 {
		l.DocumentBytes = DefaultDocumentBytes
	}
	if l.Passages <= 0 {
		l.Passages = DefaultPassages
	}
	return l
}

// Options tune a Library. The zero value is useful.
type Options struct {
	Limits
	// MemoryBudget bounds the estimated memory of the servers' indexes
	// kept; default 256 MiB. The index of the server asked last is kept
	// whatever its size.
	MemoryBudget int64
	// PollInterval is how often Run asks the store for changes made by
	// other processes; default 1s.
	PollInterval time.Duration
	// Builders is how many indexes are built at once; default 2.
	Builders int
	// BuildTimeout bounds the reading and indexing of one server's
	// documents; default 1 minute.
	BuildTimeout time.Duration
	// Logger receives builds, evictions and failures; default
	// slog.Default().
	Logger *slog.Logger
	// Now is the clock of AddedAt; default time.Now.
	Now func() time.Time
}

// Code classifies an Error.
type Code string

// Error codes.
const (
	EInvalid     Code = "invalid"     // the document cannot be read: Problems says why
	ETooLarge    Code = "too_large"   // over a limit
	EConflict    Code = "conflict"    // a document with that title exists, and replace was not asked
	ENotFound    Code = "not_found"   // no such document
	EUnavailable Code = "unavailable" // the store cannot be reached: try again later
)

// Error is a failure to show to a moderator: Message (and Problems, a
// document's problems at their lines) is for them; Err, when set, is the
// cause, for the operator's log.
type Error struct {
	Code     Code
	Message  string
	Problems corpus.Errors
	Err      error
}

func (e *Error) Error() string {
	msg := e.Message
	if len(e.Problems) > 0 {
		msg += ":\n" + e.Problems.Error()
	}
	if e.Err != nil {
		msg += ": " + e.Err.Error()
	}
	return msg
}

func (e *Error) Unwrap() error { return e.Err }

// ErrorOf returns the *Error in err's chain, or one with a generic message
// (and Code EUnavailable when the store could not be reached).
func ErrorOf(err error) *Error {
	if e, ok := errors.AsType[*Error](err); ok {
		return e
	}
	if errors.Is(err, store.ErrUnavailable) || errors.Is(err, context.DeadlineExceeded) {
		return &Error{Code: EUnavailable, Message: "The notes can't be reached right now; please try again in a minute.", Err: err}
	}
	return &Error{Message: "Something went wrong with the notes; the details are in the bot's log.", Err: err}
}

// storeErr turns a store failure into an *Error.
func storeErr(op string, err error) error {
	if err == nil {
		return nil
	}
	if _, ok := errors.AsType[*Error](err); ok {
		return err
	}
	return ErrorOf(fmt.Errorf("%s: %w", op, err))
}

// Size says n bytes the way people read sizes: "900 bytes", "2.6 KB",
// "12 KB", "4.2 MB".
func Size(n int64) string {
	switch {
	case n < 1000:
		return fmt.Sprintf("%d bytes", n)
	case n < 10*1000:
		return fmt.Sprintf("%.1f KB", float64(n)/1000)
	case n < 1000*1000:
		return fmt.Sprintf("%.0f KB", float64(n)/1000)
	}
	return fmt.Sprintf("%.1f MB", float64(n)/1000/1000)
}
