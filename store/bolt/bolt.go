// Package bolt is the embedded store: conceptbot's state in one bbolt file,
// opened by one process at a time. It needs no set-up.
//
// # Layout
//
// The top-level bucket "daily" holds the key "version" (the layout of the
// whole file, a decimal number; "1" today) and the bucket "guilds", which
// maps a server ID to its store.DailySchedule as JSON. The top-level bucket
// "notes" holds the servers' notes (see notes.go), and "feedback" the
// answers kept for feedback (see feedback.go). Open refuses a file whose
// version it does not know. Every change is one bbolt transaction.
// Schedules are never deleted: /daily off keeps a schedule, switched off.
//
// # Damage
//
// A damaged file must neither crash the process nor quietly start empty.
// Open runs bbolt's consistency check and turns its panics (and those of
// any later transaction, memory faults included) into errors wrapping
// store.ErrDamaged that name the file and say what to do. It also compares
// the file with the newest backup: since schedules are never deleted, a file
// holding fewer schedules than its backup has lost some, and Open refuses
// it. A missing or empty file is created anew, with a warning, unless a
// backup holds schedules.
//
// # Backups
//
// KeepBackups writes a consistent copy of the file (one read transaction)
// to Options.BackupDir every day, as conceptbot-YYYYMMDDTHHMMSSZ.db, and
// keeps the newest Options.Backups. Restore puts one back.
package bolt

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"log/slog"
	"os"
	"path/filepath"
	"runtime/debug"
	"strconv"
	"time"

	bbolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"

	"github.com/conceptbot/conceptbot/store"
)

// SchemaVersion is the layout of the file this build reads and writes.
// Bump it, and add a step to migrate, when a change would confuse an older
// build.
const SchemaVersion = 1

var (
	bucketDaily  = []byte("daily")
	bucketGuilds = []byte("guilds")
	keyVersion   = []byte("version")
)

// ErrInUse means another process has the file open.
var ErrInUse = errors.New("another conceptbot process has it open (only one may; to share state between processes, set store.url to a PostgreSQL database)")

// Options tune a Store. The zero value is useful.
type Options struct {
	// BackupDir holds the rolling backups; default "backups" beside the
	// file.
	BackupDir string
	// Backups is how many daily backups KeepBackups keeps; default 0: it
	// takes none.
	Backups int
	// Logger receives warnings (a file re-created, a backup failed);
	// default slog.Default().
	Logger *slog.Logger
	// LockTimeout is how long Open waits for another process to let go of
	// the file; default 1s.
	LockTimeout time.Duration
	// ReadOnly opens an existing file to read only: it is neither created
	// nor migrated, and changes fail. Default false.
	ReadOnly bool
}

// Store is conceptbot's state in a bbolt file. Its methods are safe for
// concurrent use.
type Store struct {
	db   *bbolt.DB
	path string
	opts Options
	log  *slog.Logger
}

// Open opens the store at path, creating it when it does not exist, after
// checking it for damage (see the package documentation). Errors name the
// file and say what to do.
func Open(path string, opts Options) (*Store, error) {
	if opts.BackupDir == "" {
		opts.BackupDir = filepath.Join(filepath.Dir(path), "backups")
	}
	if opts.Logger == nil {
		opts.Logger = slog.Default()
	}
	if opts.LockTimeout <= 0 {
		opts.LockTimeout = time.Second
	}
	s := &Store{path: path, opts: opts, log: opts.Logger}
	if opts.ReadOnly {
		if _, err := Check(path); err != nil {
			return nil, err
		}
		db, err := openChecked(path, true, opts.LockTimeout)
		if err != nil {
			return nil, err
		}
		s.db = db
		return s, nil
	}

	fresh := false
	switch fi, err := os.Stat(path); {
	case errors.Is(err, os.ErrNotExist):
		fresh = true
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", path, err)
	case fi.Size() == 0:
		fresh = true
		s.log.Warn("store: the file is empty (0 bytes); starting a new one", "path", path)
	}
	if fresh {
		if b, n, ok := s.newestBackup(); ok && n > 0 {
			return nil, fmt.Errorf("open store %s: %w: the file is missing or empty, but the backup %s holds %d schedules; "+
				"restore it with `conceptbot store restore %s`, or move %s away to start with no schedules",
				path, store.ErrDamaged, b, n, b, opts.BackupDir)
		}
	}

	db, err := openChecked(path, false, opts.LockTimeout)
	if err != nil {
		return nil, err
	}
	s.db = db
	if err := s.migrate(); err != nil {
		db.Close()
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if _, err := s.all(); err != nil {
		db.Close()
		return nil, damaged(path, err)
	}
	if !fresh {
		n, err := s.count()
		if err != nil {
			db.Close()
			return nil, err
		}
		if b, bn, ok := s.newestBackup(); ok && n < bn {
			db.Close()
			return nil, fmt.Errorf("open store %s: %w: it holds %d schedules but its backup %s holds %d, and schedules are never deleted: "+
				"the file has lost data. Check it with `conceptbot store check`, then restore the backup with `conceptbot store restore %s`",
				path, store.ErrDamaged, n, b, bn, b)
		}
	}
	return s, nil
}

// openChecked opens a bbolt file and checks it: its meta pages, a read of
// every page in use, then bbolt's consistency check. Panics and memory
// faults become errors.
func openChecked(path string, readOnly bool, timeout time.Duration) (db *bbolt.DB, err error) {
	var file *os.File // bbolt's, to let go of its lock if bbolt panics while opening
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() {
		if p := recover(); p != nil {
			err = damaged(path, fmt.Errorf("bbolt panicked: %v", p))
		}
		if err != nil {
			switch {
			case db != nil:
				db.Close()
			case file != nil:
				file.Close()
			}
			db = nil
		}
	}()
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		if err := checkMeta(path); err != nil {
			return nil, damaged(path, err)
		}
	}
	db, err = bbolt.Open(path, 0o600, &bbolt.Options{
		Timeout:  timeout,
		ReadOnly: readOnly,
		OpenFile: func(name string, flag int, perm os.FileMode) (*os.File, error) {
			f, err := os.OpenFile(name, flag, perm)
			file = f
			return f, err
		},
	})
	switch {
	case errors.Is(err, bolterrors.ErrTimeout):
		return nil, fmt.Errorf("open store %s: %w", path, ErrInUse)
	case errors.Is(err, bolterrors.ErrInvalid), errors.Is(err, bolterrors.ErrChecksum), errors.Is(err, bolterrors.ErrVersionMismatch):
		return nil, damaged(path, err)
	case err != nil:
		return nil, fmt.Errorf("open store %s: %w", path, err)
	}
	if err := walk(db); err != nil {
		return db, damaged(path, err)
	}
	if problems := check(db); len(problems) > 0 {
		return db, damaged(path, errors.Join(problems...))
	}
	return db, nil
}

// check runs bbolt's consistency check on db, returning at most ten
// problems.
func check(db *bbolt.DB) (problems []error) {
	err := db.View(func(tx *bbolt.Tx) error {
		for err := range tx.Check() {
			if len(problems) < 10 {
				problems = append(problems, err)
			}
		}
		return nil
	})
	if err != nil {
		problems = append(problems, err)
	}
	return problems
}

// damaged is the error for a file that failed its check.
func damaged(path string, cause error) error {
	return fmt.Errorf("open store %s: %w: %v\n"+
		"The file is damaged. Stop conceptbot, then restore the newest good backup with `conceptbot store restore BACKUP` "+
		"(`conceptbot store check` lists them), or move the file away to start with no schedules", path, store.ErrDamaged, cause)
}

// guard turns a panic of bbolt on a damaged file, or a memory fault while
// reading it, into an error naming the file.
func guard(path string, err *error) {
	if p := recover(); p != nil {
		*err = damaged(path, fmt.Errorf("bbolt panicked: %v", p))
	}
}

// view and update run a transaction with panics, and faults in the mapped
// file, turned into errors.
func (s *Store) view(ctx context.Context, fn func(tx *bbolt.Tx) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	return s.viewTx(fn)
}

func (s *Store) viewTx(fn func(tx *bbolt.Tx) error) (err error) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(s.path, &err)
	return s.db.View(fn)
}

func (s *Store) update(ctx context.Context, fn func(tx *bbolt.Tx) error) (err error) {
	if err := ctx.Err(); err != nil {
		return err
	}
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer guard(s.path, &err)
	return s.db.Update(fn)
}

// migrate creates the buckets of a new file and checks the version of an
// existing one.
func (s *Store) migrate() (err error) {
	defer guard(s.path, &err)
	return s.db.Update(func(tx *bbolt.Tx) error {
		v, err := version(tx)
		if err != nil {
			return err
		}
		switch {
		case v > SchemaVersion:
			return fmt.Errorf("%w: version %d is newer than this build reads (%d); upgrade conceptbot, or restore a backup made by this version", store.ErrSchema, v, SchemaVersion)
		case v == 0:
			b, err := tx.CreateBucketIfNotExists(bucketDaily)
			if err != nil {
				return err
			}
			if _, err := b.CreateBucketIfNotExists(bucketGuilds); err != nil {
				return err
			}
			if err := b.Put(keyVersion, []byte(strconv.Itoa(SchemaVersion))); err != nil {
				return err
			}
		}
		// The notes' and the feedback's buckets came later without changing
		// the version: an older build leaves them alone.
		if err := createNotesBuckets(tx); err != nil {
			return err
		}
		return createFeedbackBuckets(tx)
	})
}

// version reads the layout version of a file; 0 for a new, empty one.
func version(tx *bbolt.Tx) (int, error) {
	b := tx.Bucket(bucketDaily)
	if b == nil {
		return 0, nil
	}
	raw := b.Get(keyVersion)
	if raw == nil {
		if g := b.Bucket(bucketGuilds); g != nil {
			if k, _ := g.Cursor().First(); k != nil {
				return 0, fmt.Errorf("%w: records without a version", store.ErrSchema)
			}
		}
		return 0, nil
	}
	v, err := strconv.Atoi(string(raw))
	if err != nil || v < 1 {
		return 0, fmt.Errorf("%w: unknown version %q", store.ErrSchema, raw)
	}
	if v < SchemaVersion {
		return 0, fmt.Errorf("%w: version %d is older than this build reads (%d) and there is no migration", store.ErrSchema, v, SchemaVersion)
	}
	return v, nil
}

// Path returns the file's path.
func (s *Store) Path() string { return s.path }

// Close closes the file.
func (s *Store) Close() error { return s.db.Close() }

// Migrate returns the layout version; Open has created or checked it.
func (s *Store) Migrate(ctx context.Context) (int, error) { return SchemaVersion, ctx.Err() }

// Ping reports whether the store can be used; a local file always can.
func (s *Store) Ping(ctx context.Context) error { return ctx.Err() }

// Lead returns at once: the one process that may open the file is the
// only one that could lead, and its lease is never lost.
func (s *Store) Lead(ctx context.Context) (*store.Lease, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return store.NewLease(nil, nil, nil), nil
}

// HasLeader reports true: the process that has the file open is the only
// one that posts.
func (s *Store) HasLeader(ctx context.Context) (bool, error) { return true, ctx.Err() }

func guilds(tx *bbolt.Tx) *bbolt.Bucket { return tx.Bucket(bucketDaily).Bucket(bucketGuilds) }

// DailySchedule returns a server's schedule, or an error wrapping
// store.ErrNotFound.
func (s *Store) DailySchedule(ctx context.Context, guild string) (*store.DailySchedule, error) {
	var r *store.DailySchedule
	err := s.view(ctx, func(tx *bbolt.Tx) (err error) {
		r, err = get(tx, guild)
		return err
	})
	if err == nil && r == nil {
		err = fmt.Errorf("daily schedule of guild %s: %w", guild, store.ErrNotFound)
	}
	return r, err
}

// UpdateDailySchedule applies fn to a server's schedule in one transaction
// and returns the schedule written. A server without one starts from fresh,
// or the error wraps store.ErrNotFound when fresh is nil. When fn returns an
// error nothing is written and the error is returned.
func (s *Store) UpdateDailySchedule(ctx context.Context, guild string, fresh *store.DailySchedule, fn func(*store.DailySchedule) error) (*store.DailySchedule, error) {
	var out *store.DailySchedule
	err := s.update(ctx, func(tx *bbolt.Tx) error {
		r, err := get(tx, guild)
		switch {
		case err != nil:
			return err
		case r == nil && fresh == nil:
			return fmt.Errorf("daily schedule of guild %s: %w", guild, store.ErrNotFound)
		case r == nil:
			r = fresh.Clone()
			r.Guild = guild
		}
		if err := fn(r); err != nil {
			return err
		}
		out = r
		return put(tx, r)
	})
	if err != nil {
		return nil, err
	}
	return out, nil
}

// DailySchedules returns every server's schedule, by guild ID.
func (s *Store) DailySchedules(ctx context.Context) ([]*store.DailySchedule, error) {
	if err := ctx.Err(); err != nil {
		return nil, err
	}
	return s.all()
}

func (s *Store) all() ([]*store.DailySchedule, error) {
	var out []*store.DailySchedule
	err := s.viewTx(func(tx *bbolt.Tx) error {
		return guilds(tx).ForEach(func(k, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return err
			}
			out = append(out, r)
			return nil
		})
	})
	return out, err
}

// PutDailySchedules writes schedules in one transaction, replacing those of
// the same servers.
func (s *Store) PutDailySchedules(ctx context.Context, recs []*store.DailySchedule) error {
	return s.update(ctx, func(tx *bbolt.Tx) error {
		for _, r := range recs {
			if err := put(tx, r.Clone()); err != nil {
				return err
			}
		}
		return nil
	})
}

func (s *Store) count() (n int, err error) {
	err = s.viewTx(func(tx *bbolt.Tx) error {
		n = guilds(tx).Stats().KeyN
		return nil
	})
	return n, err
}

// get returns a server's record, or nil when it has none.
func get(tx *bbolt.Tx, guild string) (*store.DailySchedule, error) {
	v := guilds(tx).Get([]byte(guild))
	if v == nil {
		return nil, nil
	}
	return decode([]byte(guild), v)
}

func decode(k, v []byte) (*store.DailySchedule, error) {
	r := new(store.DailySchedule)
	if err := json.Unmarshal(v, r); err != nil {
		return nil, fmt.Errorf("decode daily schedule of guild %s: %w", k, err)
	}
	return r, nil
}

func put(tx *bbolt.Tx, r *store.DailySchedule) error {
	if r.Guild == "" {
		return errors.New("put daily schedule: no guild ID")
	}
	truncate(r)
	v, err := json.Marshal(r)
	if err != nil {
		return fmt.Errorf("encode daily schedule of guild %s: %w", r.Guild, err)
	}
	return guilds(tx).Put([]byte(r.Guild), v)
}

// truncate keeps times to the microsecond, as PostgreSQL does, so that
// both backends return the same values.
func truncate(r *store.DailySchedule) {
	for _, t := range []*time.Time{&r.Since, &r.LastPost, &r.LastErrorAt} {
		*t = t.Truncate(time.Microsecond)
	}
	if i := r.Intent; i != nil {
		for _, t := range []*time.Time{&i.Deadline, &i.NextTry, &i.SendingUntil} {
			*t = t.Truncate(time.Microsecond)
		}
	}
}

// newestBackup returns the newest backup that opens and checks clean, with
// its number of schedules; ok is false when there is none.
func (s *Store) newestBackup() (path string, schedules int, ok bool) {
	list, err := Backups(s.opts.BackupDir)
	if err != nil {
		return "", 0, false
	}
	for i := len(list) - 1; i >= 0; i-- {
		r, err := Check(list[i])
		if err != nil {
			s.log.Warn("store: a backup is damaged; skipping it", "backup", list[i], "err", err)
			continue
		}
		return list[i], r.Schedules, true
	}
	return "", 0, false
}

// Report is what Check found in a store file.
type Report struct {
	Path      string
	Version   int
	Schedules int // servers with a schedule
	On        int // of which on
	Paused    int // of which paused
	Intents   int // posts recorded but not marked done
}

// Check opens a store file read-only and checks it: bbolt's consistency
// check, the layout version, and that every record decodes. The error
// wraps store.ErrDamaged or store.ErrSchema and says what is wrong.
func Check(path string) (Report, error) {
	rep := Report{Path: path}
	if _, err := os.Stat(path); err != nil {
		return rep, fmt.Errorf("check store: %w", err)
	}
	db, err := openChecked(path, true, time.Second)
	if err != nil {
		return rep, err
	}
	defer db.Close()
	s := &Store{db: db, path: path}
	err = s.viewTx(func(tx *bbolt.Tx) error {
		v, err := version(tx)
		if err != nil {
			return err
		}
		rep.Version = v
		if v == 0 {
			return nil
		}
		if v > SchemaVersion {
			return fmt.Errorf("%w: version %d is newer than this build reads (%d)", store.ErrSchema, v, SchemaVersion)
		}
		return guilds(tx).ForEach(func(k, v []byte) error {
			r, err := decode(k, v)
			if err != nil {
				return fmt.Errorf("%w: %v", store.ErrDamaged, err)
			}
			rep.Schedules++
			if r.On {
				rep.On++
			}
			if r.Paused != "" {
				rep.Paused++
			}
			if r.Intent != nil {
				rep.Intents++
			}
			return nil
		})
	})
	if err != nil {
		return rep, fmt.Errorf("check store %s: %w", path, err)
	}
	return rep, nil
}
