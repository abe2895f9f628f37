package postgres

import (
	"context"
	"errors"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"

	"github.com/conceptbot/conceptbot/store"
)

// Lead blocks until this process holds the lead (see the package
// documentation), or ctx is done. While the database cannot be reached it
// keeps trying, every Options.LockInterval. The lease is lost when its
// connection breaks or does not answer within Options.StatementTimeout,
// and ends with ctx or Release.
func (s *Store) Lead(ctx context.Context) (*store.Lease, error) {
	var conn *pgx.Conn
	defer func() {
		if conn != nil {
			closeConn(ctx, conn)
		}
	}()
	warned := false
	for {
		err := s.ensure(ctx)
		if err == nil && (conn == nil || conn.IsClosed()) {
			conn, err = pgx.ConnectConfig(ctx, s.leader)
			err = s.wrap("connect for the lead", err)
		}
		if err == nil {
			var got bool
			err = conn.QueryRow(ctx, "SELECT pg_try_advisory_lock($1, $2)", lockSpace, lockDaily).Scan(&got)
			if err == nil && got {
				if _, err = conn.Exec(ctx, "LISTEN "+notifyChannel); err == nil {
					lease := s.hold(ctx, conn)
					conn = nil
					return lease, nil
				}
			}
			err = s.wrap("try for the lead", err)
		}
		if ctx.Err() != nil {
			return nil, ctx.Err()
		}
		if err != nil && !warned {
			s.log.Warn("store: cannot try for the lead; trying again", "url", s.url, "every", s.opts.LockInterval, "err", err)
			warned = true
		}
		if err == nil {
			warned = false
		}
		t := time.NewTimer(s.opts.LockInterval)
		select {
		case <-ctx.Done():
			t.Stop()
			return nil, ctx.Err()
		case <-t.C:
		}
	}
}

// hold keeps the lease on conn: it passes on notifications and checks the
// connection every LockInterval, until the check fails, ctx is done or the
// lease is released. Closing conn releases the lock.
func (s *Store) hold(ctx context.Context, conn *pgx.Conn) *store.Lease {
	ctx, cancel := context.WithCancel(ctx)
	lost := make(chan struct{})
	changes := make(chan string, 256)
	done := make(chan struct{})
	go func() {
		defer close(done)
		defer close(lost)
		defer closeConn(ctx, conn)
		reloadOwed := false
		for {
			if reloadOwed {
				select {
				case changes <- "":
					reloadOwed = false
				default:
				}
			}
			wctx, wcancel := context.WithTimeout(ctx, s.opts.LockInterval)
			n, err := conn.WaitForNotification(wctx)
			wcancel()
			switch {
			case ctx.Err() != nil:
				return
			case err == nil:
				select {
				case changes <- n.Payload:
				default:
					reloadOwed = true // the reader is behind: it reloads everything
				}
				continue
			case !pgconn.Timeout(err) && !errors.Is(err, context.DeadlineExceeded):
				s.log.Warn("store: lost the lead: its connection broke", "url", s.url, "err", err)
				return
			}
			pctx, pcancel := context.WithTimeout(ctx, s.opts.StatementTimeout)
			_, err = conn.Exec(pctx, "SELECT 1")
			pcancel()
			if err != nil {
				if ctx.Err() == nil {
					s.log.Warn("store: lost the lead: its connection broke", "url", s.url, "err", err)
				}
				return
			}
		}
	}()
	return store.NewLease(lost, changes, func() {
		cancel()
		<-done
	})
}

// closeConn closes a connection, giving it a moment to say goodbye.
func closeConn(ctx context.Context, conn *pgx.Conn) {
	cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
	defer cancel()
	conn.Close(cctx)
}

// HasLeader reports whether some process holds the lead now.
func (s *Store) HasLeader(ctx context.Context) (bool, error) {
	if err := s.ensure(ctx); err != nil {
		return false, err
	}
	var held bool
	err := s.pool.QueryRow(ctx, `SELECT EXISTS (SELECT 1 FROM pg_locks
		WHERE locktype = 'advisory' AND granted AND objsubid = 2
		AND database = (SELECT oid FROM pg_database WHERE datname = current_database())
		AND classid::bigint = $1 AND objid::bigint = $2)`, lockSpace, lockDaily).Scan(&held)
	return held, s.wrap("find the leader", err)
}
