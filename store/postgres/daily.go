package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"

	"github.com/conceptbot/conceptbot/store"
)

// selectDaily reads schedules with their intents; a query appends WHERE
// and the like.
const selectDaily = `SELECT s.guild_id, s.channel_id, s.hour, s.minute, s.zone, s.source, s.enabled, s.since,
	s.paused, coalesce(s.handled::text, ''), s.last_post, s.last_error, s.last_error_at,
	s.seed, s.cycle, s.posted, s.last_passage,
	i.guild_id IS NOT NULL, coalesce(i.local_date::text, ''), coalesce(i.nonce, ''), coalesce(i.passage_id, ''),
	i.deadline, i.next_try, coalesce(i.attempts, 0), i.sending_until
FROM daily_schedules s LEFT JOIN daily_intents i USING (guild_id)`

const insertSchedule = `INSERT INTO daily_schedules (guild_id, channel_id, hour, minute, zone, source, enabled, since,
	paused, handled, last_post, last_error, last_error_at, seed, cycle, posted, last_passage, updated_at)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, nullif($10, '')::date, $11, $12, $13, $14, $15, $16, $17, now())`

const upsertSchedule = insertSchedule + `
ON CONFLICT (guild_id) DO UPDATE SET channel_id = $2, hour = $3, minute = $4, zone = $5, source = $6,
	enabled = $7, since = $8, paused = $9, handled = nullif($10, '')::date, last_post = $11, last_error = $12,
	last_error_at = $13, seed = $14, cycle = $15, posted = $16, last_passage = $17, updated_at = now()`

const upsertIntent = `INSERT INTO daily_intents (guild_id, local_date, nonce, passage_id, deadline, next_try, attempts, sending_until)
VALUES ($1, $2::date, $3, $4, $5, $6, $7, $8)
ON CONFLICT (guild_id) DO UPDATE SET local_date = $2::date, nonce = $3, passage_id = $4, deadline = $5,
	next_try = $6, attempts = $7, sending_until = $8`

const deleteIntent = `DELETE FROM daily_intents WHERE guild_id = $1`

// DailySchedule returns a server's schedule, or an error wrapping
// store.ErrNotFound.
func (s *Store) DailySchedule(ctx context.Context, guild string) (*store.DailySchedule, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	r, err := scanDaily(s.pool.QueryRow(ctx, selectDaily+` WHERE s.guild_id = $1`, guild))
	if errors.Is(err, pgx.ErrNoRows) {
		err = store.ErrNotFound
	}
	return r, s.wrap("daily schedule of guild "+guild, err)
}

// UpdateDailySchedule applies fn to a server's schedule in one transaction,
// holding the row's lock, and returns the schedule written. A server
// without one starts from fresh, or the error wraps store.ErrNotFound when
// fresh is nil. When fn returns an error nothing is written and the error
// is returned. The change is announced to the leader.
func (s *Store) UpdateDailySchedule(ctx context.Context, guild string, fresh *store.DailySchedule, fn func(*store.DailySchedule) error) (*store.DailySchedule, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	var out *store.DailySchedule
	var fnErr error
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		var r *store.DailySchedule
		if fresh != nil {
			// Insert fresh unless the server has a schedule; an inserted row
			// is locked by this transaction like one selected FOR UPDATE.
			f := fresh.Clone()
			f.Guild = guild
			tag, err := tx.Exec(ctx, insertSchedule+` ON CONFLICT (guild_id) DO NOTHING`, scheduleArgs(f)...)
			if err != nil {
				return err
			}
			if tag.RowsAffected() == 1 {
				r = f
			}
		}
		if r == nil {
			var err error
			r, err = scanDaily(tx.QueryRow(ctx, selectDaily+` WHERE s.guild_id = $1 FOR UPDATE OF s`, guild))
			if errors.Is(err, pgx.ErrNoRows) {
				return store.ErrNotFound
			}
			if err != nil {
				return err
			}
		}
		if fnErr = fn(r); fnErr != nil {
			return fnErr
		}
		r.Guild = guild
		b := &pgx.Batch{}
		queueSchedule(b, r)
		b.Queue(`SELECT pg_notify($1, $2)`, notifyChannel, guild)
		if err := tx.SendBatch(ctx, b).Close(); err != nil {
			return err
		}
		out = r
		return nil
	})
	if fnErr != nil && errors.Is(err, fnErr) {
		return nil, fnErr
	}
	if err != nil {
		return nil, s.wrap("update daily schedule of guild "+guild, err)
	}
	return out, nil
}

// DailySchedules returns every server's schedule, by guild ID.
func (s *Store) DailySchedules(ctx context.Context) ([]*store.DailySchedule, error) {
	if err := s.ensure(ctx); err != nil {
		return nil, err
	}
	rows, err := s.pool.Query(ctx, selectDaily+` ORDER BY s.guild_id`)
	if err != nil {
		return nil, s.wrap("daily schedules", err)
	}
	out, err := pgx.CollectRows(rows, func(row pgx.CollectableRow) (*store.DailySchedule, error) { return scanDaily(row) })
	return out, s.wrap("daily schedules", err)
}

// PutDailySchedules writes schedules in one transaction, replacing those of
// the same servers, and tells the leader to reload them all.
func (s *Store) PutDailySchedules(ctx context.Context, recs []*store.DailySchedule) error {
	if err := s.ensure(ctx); err != nil {
		return err
	}
	for _, r := range recs {
		if r.Guild == "" {
			return errors.New("put daily schedules: a schedule has no guild ID")
		}
	}
	err := pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		b := &pgx.Batch{}
		for _, r := range recs {
			queueSchedule(b, r)
		}
		b.Queue(`SELECT pg_notify($1, '')`, notifyChannel)
		return tx.SendBatch(ctx, b).Close()
	})
	return s.wrap("put daily schedules", err)
}

// queueSchedule queues the statements that write r: its schedule and its
// intent, or the intent's removal.
func queueSchedule(b *pgx.Batch, r *store.DailySchedule) {
	b.Queue(upsertSchedule, scheduleArgs(r)...)
	if i := r.Intent; i != nil {
		b.Queue(upsertIntent, r.Guild, i.Date, i.Nonce, i.Passage, i.Deadline, i.NextTry, i.Attempts, orNull(i.SendingUntil))
	} else {
		b.Queue(deleteIntent, r.Guild)
	}
}

// scheduleArgs are the arguments of insertSchedule and upsertSchedule.
func scheduleArgs(r *store.DailySchedule) []any {
	posted := r.Posted
	if posted == nil {
		posted = []string{}
	}
	return []any{r.Guild, r.Channel, r.Hour, r.Minute, r.Zone, r.From, r.On, orNull(r.Since),
		r.Paused, r.Handled, orNull(r.LastPost), r.LastError, orNull(r.LastErrorAt),
		int64(r.Seed), r.Cycle, posted, r.Last}
}

// orNull stores a zero time as NULL.
func orNull(t time.Time) any {
	if t.IsZero() {
		return nil
	}
	return t
}

// scanDaily reads a row of selectDaily.
func scanDaily(row pgx.Row) (*store.DailySchedule, error) {
	var (
		r                               store.DailySchedule
		hour, minute                    int16
		seed                            int64
		since, lastPost, lastErrAt      *time.Time
		hasIntent                       bool
		i                               store.DailyIntent
		deadline, nextTry, sendingUntil *time.Time
		attempts                        int32
		date, nonce, passage, handled   string
	)
	err := row.Scan(&r.Guild, &r.Channel, &hour, &minute, &r.Zone, &r.From, &r.On, &since,
		&r.Paused, &handled, &lastPost, &r.LastError, &lastErrAt,
		&seed, &r.Cycle, &r.Posted, &r.Last,
		&hasIntent, &date, &nonce, &passage, &deadline, &nextTry, &attempts, &sendingUntil)
	if err != nil {
		return nil, err
	}
	r.Hour, r.Minute, r.Seed, r.Handled = int(hour), int(minute), uint64(seed), handled
	r.Since, r.LastPost, r.LastErrorAt = deref(since), deref(lastPost), deref(lastErrAt)
	if len(r.Posted) == 0 {
		r.Posted = nil
	}
	if hasIntent {
		i.Date, i.Nonce, i.Passage, i.Attempts = date, nonce, passage, int(attempts)
		i.Deadline, i.NextTry, i.SendingUntil = deref(deadline), deref(nextTry), deref(sendingUntil)
		r.Intent = &i
	}
	return &r, nil
}

func deref(t *time.Time) time.Time {
	if t == nil {
		return time.Time{}
	}
	return *t
}
