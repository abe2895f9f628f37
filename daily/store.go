package daily

import (
	"context"
	"errors"

	"github.com/conceptbot/conceptbot/store"
)

// Store keeps every server's daily facts; store/bolt and store/postgres
// implement it. See package store for what each method promises.
type Store interface {
	DailySchedule(ctx context.Context, guild string) (*store.DailySchedule, error)
	UpdateDailySchedule(ctx context.Context, guild string, fresh *store.DailySchedule, fn func(*store.DailySchedule) error) (*store.DailySchedule, error)
	DailySchedules(ctx context.Context) ([]*store.DailySchedule, error)
	// Lead blocks until this process is the one that posts, or ctx is
	// done.
	Lead(ctx context.Context) (*store.Lease, error)
	// HasLeader reports whether some process posts now.
	HasLeader(ctx context.Context) (bool, error)
}

// record is a server's daily facts as stored, and pending the post in
// progress.
type (
	record  = store.DailySchedule
	pending = store.DailyIntent
)

// msgUnavailable is what a moderator reads while the store is down.
const msgUnavailable = "The daily facts can't be reached right now (the bot's database is not answering). Try again in a minute."

// storeError turns a store failure into an *Error for the moderator: a
// missing schedule is "not set up", a store out of reach "try again".
func storeError(err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, store.ErrNotFound):
		return &Error{Code: ENotFound, Message: errNotSetUp.Message, Err: err}
	case errors.Is(err, store.ErrUnavailable):
		return &Error{Code: EUnavailable, Message: msgUnavailable, Err: err}
	}
	return err
}
