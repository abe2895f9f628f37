// Package postgres is the shared store: conceptbot's state in PostgreSQL,
// used by any number of processes at once (with pgx).
//
// # Schema
//
// The tables are created and changed by the numbered SQL files in
// migrations/ (0001_daily.sql, …), embedded in the binary. The table
// conceptbot_schema records each one applied. Migrate applies those
// missing, in order, in one transaction under an advisory lock, so that
// processes starting together migrate once; a database whose schema is
// newer than the binary knows is refused with store.ErrSchema. Every
// method migrates first if that has not been done, so a process that
// started while the database was down catches up once it is back.
//
// # Leadership
//
// Lead elects one process, among all that call it on one database, with the
// advisory lock (lockSpace, lockDaily) held on a connection of its own (not
// one of the pool's). The leader checks that connection every
// Options.LockInterval and gives the lease up when it breaks; a process that
// dies loses the lock with its connection, and PostgreSQL drops a silent
// peer's connection after about 20 s of TCP keepalives, so another process,
// trying every LockInterval, takes over within LockInterval of the lock
// being free. The leader's connection also LISTENs on conceptbot_daily,
// which every change to a schedule NOTIFYs with the server's ID, so the
// leader learns of changes made by other processes at once.
//
// # Errors
//
// A connection that cannot be made or breaks, a statement timeout and the
// like wrap store.ErrUnavailable: the caller may try again later.
package postgres

import (
	"context"
	"embed"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"log/slog"
	"net"
	"path"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgconn"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/conceptbot/conceptbot/store"
)

//go:embed migrations/*.sql
var migrationFiles embed.FS

// Advisory lock keys (the two-int4 form): the space is "conc" in ASCII.
const (
	lockSpace   = 0x636f6e63
	lockDaily   = 1 // held by the process that posts the daily facts
	lockMigrate = 2 // held while migrating
)

// notifyChannel is the LISTEN/NOTIFY channel of schedule changes.
const notifyChannel = "conceptbot_daily"

// Options tune a Store. The zero value is useful.
type Options struct {
	// PoolSize is the most connections the pool opens; default 4. The
	// leader's connection comes on top.
	PoolSize int
	// StatementTimeout bounds every statement, and the wait for a row
	// lock; default 5s.
	StatementTimeout time.Duration
	// ConnectTimeout bounds making a connection; default 5s.
	ConnectTimeout time.Duration
	// ConnectRetries is how many times Migrate tries again, 0.5 s, 1 s,
	// 2 s, … (at most 5 s) apart, while the database cannot be reached;
	// default 0.
	ConnectRetries int
	// LockInterval is how often a process that does not lead tries for
	// the lead, and the leader checks its connection; default 5s.
	LockInterval time.Duration
	// Logger receives warnings; default slog.Default().
	Logger *slog.Logger
}

// Store is conceptbot's state in PostgreSQL. Its methods are safe for
// concurrent use.
type Store struct {
	pool   *pgxpool.Pool
	leader *pgx.ConnConfig // for the leader's own connection
	opts   Options
	log    *slog.Logger
	url    string // redacted

	ready   atomic.Bool // migrated
	migrate sync.Mutex
}

// Open returns a Store for a postgres:// URL. It does not connect; Migrate
// does, and so does every method.
func Open(ctx context.Context, rawURL string, opts Options) (*Store, error) {
	if opts.PoolSize <= 0 {
		opts.PoolSize = 4
	}
	if opts.StatementTimeout <= 0 {
		opts.StatementTimeout = 5 * time.Second
	}
	if opts.ConnectTimeout <= 0 {
		opts.ConnectTimeout = 5 * time.Second
	}
	if opts.LockInterval <= 0 {
		opts.LockInterval = 5 * time.Second
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	redacted := store.Redact(rawURL)
	if !strings.HasPrefix(rawURL, "postgres://") && !strings.HasPrefix(rawURL, "postgresql://") {
		return nil, fmt.Errorf("open store %s: not a postgres:// URL", redacted)
	}
	cfg, err := pgxpool.ParseConfig(rawURL)
	if err != nil {
		// pgx's message quotes the URL; say what is wrong without it.
		var pe *pgconn.ParseConfigError
		if errors.As(err, &pe) && pe.Unwrap() != nil {
			err = pe.Unwrap()
		}
		return nil, fmt.Errorf("open store %s: %s", redacted, strings.ReplaceAll(err.Error(), rawURL, redacted))
	}
	cfg.MaxConns = int32(opts.PoolSize)
	cfg.MinConns = 0
	cc := cfg.ConnConfig
	cc.ConnectTimeout = opts.ConnectTimeout
	ms := strconv.FormatInt(opts.StatementTimeout.Milliseconds(), 10)
	params := map[string]string{
		"statement_timeout":                   ms,
		"lock_timeout":                        ms,
		"idle_in_transaction_session_timeout": strconv.FormatInt(2*opts.StatementTimeout.Milliseconds(), 10),
		"application_name":                    "conceptbot",
	}
	for k, v := range params {
		if _, set := cc.RuntimeParams[k]; !set {
			cc.RuntimeParams[k] = v
		}
	}
	leader := cc.Copy()
	// A leader whose host vanishes without closing its connection loses
	// the lock when the server's keepalives give up: 5 + 5×3 s.
	for k, v := range map[string]string{"tcp_keepalives_idle": "5", "tcp_keepalives_interval": "5", "tcp_keepalives_count": "3", "application_name": "conceptbot-leader"} {
		leader.RuntimeParams[k] = v
	}
	dialer := &net.Dialer{KeepAlive: 5 * time.Second, Timeout: opts.ConnectTimeout}
	leader.DialFunc = dialer.DialContext
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("open store %s: %w", redacted, err)
	}
	return &Store{pool: pool, leader: leader, opts: opts, log: opts.Logger, url: redacted}, nil
}

// URL returns the store's URL with its password masked.
func (s *Store) URL() string { return s.url }

// Close closes the pool's connections.
func (s *Store) Close() error {
	s.pool.Close()
	return nil
}

// Ping reports whether the database can be reached and is migrated.
func (s *Store) Ping(ctx context.Context) error {
	if err := s.ensure(ctx); err != nil {
		return err
	}
	return s.wrap("ping", s.pool.Ping(ctx))
}

// migration is one numbered SQL file.
type migration struct {
	version int
	name    string
	sql     string
}

// migrations returns the embedded migrations in order. Their numbers must
// run 1, 2, 3, … without gaps.
func migrations() ([]migration, error) {
	names, err := fs.Glob(migrationFiles, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var out []migration
	for _, n := range names {
		base := path.Base(n)
		num, _, _ := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if err != nil {
			return nil, fmt.Errorf("migration %s: no number", base)
		}
		b, err := migrationFiles.ReadFile(n)
		if err != nil {
			return nil, err
		}
		out = append(out, migration{version: v, name: strings.TrimSuffix(base, ".sql"), sql: string(b)})
	}
	slices.SortFunc(out, func(a, b migration) int { return a.version - b.version })
	for i, m := range out {
		if m.version != i+1 {
			return nil, fmt.Errorf("migration %s: want number %d", m.name, i+1)
		}
	}
	return out, nil
}

// SchemaVersion is the newest schema this build knows.
func SchemaVersion() int {
	ms, err := migrations()
	if err != nil {
		panic(err) // the embedded files are checked by TestMigrations
	}
	return len(ms)
}

// Migrate brings the schema up to date, trying again as Options say while
// the database cannot be reached, and returns its version.
func (s *Store) Migrate(ctx context.Context) (int, error) {
	wait := 500 * time.Millisecond
	for attempt := 0; ; attempt++ {
		v, err := s.migrateOnce(ctx)
		if err == nil || !errors.Is(err, store.ErrUnavailable) || attempt >= s.opts.ConnectRetries {
			return v, err
		}
		s.log.Warn("store: cannot reach the database; trying again", "url", s.url, "in", wait, "err", err)
		select {
		case <-ctx.Done():
			return 0, err
		case <-time.After(wait):
		}
		wait = min(2*wait, 5*time.Second)
	}
}

// ensure migrates once per process, before the first use.
func (s *Store) ensure(ctx context.Context) error {
	if s.ready.Load() {
		return nil
	}
	_, err := s.migrateOnce(ctx)
	return err
}

func (s *Store) migrateOnce(ctx context.Context) (int, error) {
	s.migrate.Lock()
	defer s.migrate.Unlock()
	ms, err := migrations()
	if err != nil {
		return 0, err
	}
	var version int
	err = pgx.BeginFunc(ctx, s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, "SELECT pg_advisory_xact_lock($1, $2)", lockSpace, lockMigrate); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `CREATE TABLE IF NOT EXISTS conceptbot_schema (
			version    integer PRIMARY KEY,
			name       text NOT NULL,
			applied_at timestamptz NOT NULL DEFAULT now())`); err != nil {
			return err
		}
		if err := tx.QueryRow(ctx, "SELECT coalesce(max(version), 0) FROM conceptbot_schema").Scan(&version); err != nil {
			return err
		}
		if version > len(ms) {
			return fmt.Errorf("%w: the database's schema is version %d, newer than this build knows (%d): upgrade conceptbot", store.ErrSchema, version, len(ms))
		}
		for _, m := range ms[version:] {
			if _, err := tx.Exec(ctx, m.sql); err != nil {
				return fmt.Errorf("migration %s: %w", m.name, err)
			}
			if _, err := tx.Exec(ctx, "INSERT INTO conceptbot_schema (version, name) VALUES ($1, $2)", m.version, m.name); err != nil {
				return err
			}
			s.log.Info("store: migrated", "url", s.url, "migration", m.name)
			version = m.version
		}
		return nil
	})
	if err != nil {
		return 0, s.wrap("migrate "+s.url, err)
	}
	s.ready.Store(true)
	return version, nil
}

// wrap is the package's wrap, and after a connection failure it drops the
// pool's idle connections: they most likely died with the one that failed
// (the database restarted, the network broke), and the next call should
// not fail on one of them too.
func (s *Store) wrap(op string, err error) error {
	if err != nil && unavailable(err) && connectionLost(err) {
		s.pool.Reset()
	}
	return wrap(op, err)
}

// connectionLost reports whether err is a broken or refused connection,
// rather than a statement that timed out or a caller that gave up.
func connectionLost(err error) bool {
	if _, ok := errors.AsType[*pgconn.PgError](err); ok {
		return false
	}
	return !errors.Is(err, context.DeadlineExceeded) && !errors.Is(err, context.Canceled)
}

// wrap adds the operation to err, and store.ErrUnavailable when the
// database could not be reached or did not answer in time.
func wrap(op string, err error) error {
	switch {
	case err == nil:
		return nil
	case errors.Is(err, store.ErrNotFound), errors.Is(err, store.ErrSchema), errors.Is(err, store.ErrUnavailable):
		return fmt.Errorf("%s: %w", op, err)
	case unavailable(err):
		return fmt.Errorf("%s: %w: %w", op, store.ErrUnavailable, err)
	}
	return fmt.Errorf("%s: %w", op, err)
}

// unavailable reports whether err means the database is out of reach or
// overloaded, rather than that the request was wrong.
func unavailable(err error) bool {
	if errors.Is(err, context.Canceled) {
		return false // the caller gave up
	}
	if pgErr, ok := errors.AsType[*pgconn.PgError](err); ok {
		switch pgErr.Code[:2] {
		case "08", // connection exception
			"53", // insufficient resources (too many connections)
			"57", // operator intervention: statement timeout, shutdown, starting up
			"58": // system error
			return true
		}
		return pgErr.Code == "55P03" // lock_not_available: lock_timeout
	}
	_, connect := errors.AsType[*pgconn.ConnectError](err)
	_, netErr := errors.AsType[net.Error](err)
	return connect || netErr || pgconn.Timeout(err) || pgconn.SafeToRetry(err) ||
		errors.Is(err, context.DeadlineExceeded) || errors.Is(err, io.EOF) || errors.Is(err, io.ErrUnexpectedEOF) ||
		strings.Contains(err.Error(), "conn closed") || strings.Contains(err.Error(), "closed pool")
}
