package main

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"sync"
	"sync/atomic"
	"time"

	"github.com/conceptbot/conceptbot/bot"
	"github.com/conceptbot/conceptbot/config"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/daily"
	"github.com/conceptbot/conceptbot/feedback"
	"github.com/conceptbot/conceptbot/index"
	"github.com/conceptbot/conceptbot/notes"
	"github.com/conceptbot/conceptbot/server"
	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/bolt"
	"github.com/conceptbot/conceptbot/store/postgres"
)

// stateStore is what serve needs of a store: the daily facts' and the
// servers' notes' and the feedback's methods, a health check and Close.
// Both backends have them.
type stateStore interface {
	daily.Store
	notes.Store
	feedback.Store
	Ping(ctx context.Context) error
	Close() error
}

var (
	_ stateStore = (*bolt.Store)(nil)
	_ stateStore = (*postgres.Store)(nil)
)

// healthEvery is how often serve checks that the store answers.
const healthEvery = 5 * time.Second

// state is the lasting state of a serving process: the store, the daily
// scheduler and the servers' notes on it.
type state struct {
	store stateStore
	bolt  *bolt.Store      // the embedded store, for its backups; nil with PostgreSQL
	sched *daily.Scheduler // nil: /daily is not enabled here
	notes *notes.Library   // nil: servers have no notes of their own here
	facts *bot.FactSender  // nil: this process does not post
	log   *slog.Logger
	up    atomic.Bool
	wg    sync.WaitGroup
}

// storePath is the embedded store's file.
func storePath(c *config.Config) string { return filepath.Join(c.Data.Dir, "conceptbot.db") }

// backupDir is where the embedded store's backups go.
func backupDir(c *config.Config) string {
	if c.Store.BackupDir != "" {
		return c.Store.BackupDir
	}
	return filepath.Join(c.Data.Dir, "backups")
}

// openPostgres opens the configured PostgreSQL store, without connecting.
func openPostgres(ctx context.Context, c *config.Config, log *slog.Logger) (*postgres.Store, error) {
	return postgres.Open(ctx, c.Store.URL, postgres.Options{
		PoolSize: c.Store.PoolSize, StatementTimeout: c.Store.StatementTimeout,
		ConnectRetries: c.Store.ConnectRetries, LockInterval: c.Store.LockInterval, Logger: log,
	})
}

// openBolt opens the embedded store under data.dir.
func openBolt(c *config.Config, log *slog.Logger, readOnly bool) (*bolt.Store, error) {
	if !readOnly {
		if err := os.MkdirAll(c.Data.Dir, 0o700); err != nil {
			return nil, fmt.Errorf("data directory: %w", err)
		}
	}
	return bolt.Open(storePath(c), bolt.Options{BackupDir: backupDir(c), Backups: c.Store.Backups, Logger: log, ReadOnly: readOnly})
}

// openState opens the store and the daily scheduler as configured. With
// PostgreSQL every process serves /daily, and those with a token stand for
// posting; with the embedded store only the one process with a token does
// both (an HTTP replica answers that daily facts are not enabled). A store
// that cannot be reached at start-up is not fatal: answers need no store,
// and the store is used once it is back. A schema newer than this build,
// a refused password or a damaged file is.
func (a *app) openState(ctx context.Context, c *config.Config, shared *corpus.Corpus, metrics *server.Metrics, log *slog.Logger) (*state, error) {
	st := &state{log: log}
	switch {
	case c.Store.URL != "":
		pg, err := openPostgres(ctx, c, log)
		if err != nil {
			return nil, err
		}
		v, err := pg.Migrate(ctx)
		switch {
		case errors.Is(err, store.ErrUnavailable):
			log.Warn("store: PostgreSQL cannot be reached; answering without it, /daily waits for it", "url", pg.URL(), "err", err)
		case err != nil:
			pg.Close()
			return nil, err
		default:
			st.up.Store(true)
			log.Info("store: PostgreSQL", "url", pg.URL(), "schema", v)
		}
		st.store = pg
	case c.Discord.Token != "":
		b, err := openBolt(c, log, false)
		if err != nil {
			return nil, err
		}
		st.store, st.bolt = b, b
		st.up.Store(true)
		log.Info("store: embedded", "path", b.Path(), "backups", c.Store.Backups)
	default:
		return st, nil // HTTP only, embedded store: no /daily here
	}
	var send daily.Sender
	if c.Discord.Token != "" {
		st.facts = &bot.FactSender{}
		send = observedSender{st.facts, metrics}
	}
	clk, err := testClock(a.getenv)
	if err != nil {
		st.store.Close()
		return nil, err
	}
	dopts := daily.Options{Grace: c.Daily.Grace, Logger: log, Clock: clk}
	if c.Notes.Enabled {
		st.notes = openNotes(st.store, c, log)
		dopts.Notes = st.notes
		if st.up.Load() {
			if err := st.notes.Sync(ctx); err != nil {
				log.Warn("notes: cannot read the servers' notes yet; answering from the shared notes until they can be", "err", err)
			}
		}
	}
	st.sched, err = daily.New(st.store, shared, send, dopts)
	if err != nil {
		st.store.Close()
		return nil, err
	}
	metrics.StoreUp(st.up.Load())
	return st, nil
}

// openNotes returns the servers' notes on st, as configured; Run keeps
// them current.
func openNotes(st notes.Store, c *config.Config, log *slog.Logger) *notes.Library {
	build := func(ctx context.Context, c *corpus.Corpus) (notes.Index, error) {
		return index.Build(ctx, c, index.Options{})
	}
	return notes.New(st, build, notes.Options{
		Limits:       notes.Limits{Documents: c.Notes.MaxDocuments, DocumentBytes: c.Notes.MaxDocumentBytes, Passages: c.Notes.MaxPassages},
		MemoryBudget: c.Notes.MemoryBudget, PollInterval: c.Notes.PollInterval, Logger: log,
	})
}

// start runs the scheduler (in a process that posts), the embedded store's
// backups and the store's health checks until ctx is done.
func (st *state) start(ctx context.Context, metrics *server.Metrics) {
	if st.store == nil {
		return
	}
	if st.facts != nil {
		st.wg.Go(func() {
			if err := st.sched.Run(ctx); err != nil {
				st.log.Error("daily facts stopped", "err", err)
			}
		})
	}
	if st.bolt != nil {
		st.wg.Go(func() { st.bolt.KeepBackups(ctx) })
	}
	if st.notes != nil {
		st.wg.Go(func() { st.notes.Run(ctx) })
	}
	st.wg.Go(func() {
		t := time.NewTicker(healthEvery)
		defer t.Stop()
		for {
			pctx, cancel := context.WithTimeout(ctx, 2*time.Second)
			err := st.store.Ping(pctx)
			cancel()
			if ctx.Err() != nil {
				return
			}
			if up := err == nil; up != st.up.Swap(up) {
				if up {
					st.log.Info("store: answering again")
				} else {
					st.log.Warn("store: not answering; questions are still answered, /daily waits", "err", err)
				}
			}
			metrics.StoreUp(err == nil)
			metrics.DailyLeader(st.sched.Leading())
			select {
			case <-ctx.Done():
				return
			case <-t.C:
			}
		}
	})
}

// degraded is what /readyz reports as down but not needed to answer.
func (st *state) degraded() string {
	if st.store != nil && !st.up.Load() {
		return "store unreachable (/daily waits for it; questions are answered)"
	}
	return ""
}

// close waits for what start started (its context must be done) and
// closes the store.
func (st *state) close() {
	st.wg.Wait()
	if st.notes != nil {
		st.notes.Close()
	}
	if st.store != nil {
		if err := st.store.Close(); err != nil {
			st.log.Warn("store: close", "err", err)
		}
	}
}
