package bolt

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"time"

	bbolt "go.etcd.io/bbolt"
	bolterrors "go.etcd.io/bbolt/errors"
)

// Backup file names: conceptbot-20261130T090000.000Z.db, which sort by
// time.
const (
	backupPrefix = "conceptbot-"
	backupSuffix = ".db"
	backupStamp  = "20060102T150405.000Z"
	backupEvery  = 24 * time.Hour
	backupCheck  = time.Hour
)

// Backups lists the backups in dir, oldest first; none when dir does not
// exist.
func Backups(dir string) ([]string, error) {
	entries, err := os.ReadDir(dir)
	if errors.Is(err, os.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, fmt.Errorf("list backups: %w", err)
	}
	var out []string
	for _, e := range entries {
		if _, ok := backupTime(e.Name()); ok && e.Type().IsRegular() {
			out = append(out, filepath.Join(dir, e.Name()))
		}
	}
	slices.Sort(out)
	return out, nil
}

// backupTime reads the time in a backup's file name.
func backupTime(name string) (time.Time, bool) {
	stamp, ok := strings.CutPrefix(name, backupPrefix)
	if !ok {
		return time.Time{}, false
	}
	if stamp, ok = strings.CutSuffix(stamp, backupSuffix); !ok {
		return time.Time{}, false
	}
	t, err := time.Parse(backupStamp, stamp)
	return t, err == nil
}

// Backup writes a consistent copy of the store (one read transaction) to
// the backup directory, then removes all but the newest Options.Backups
// (the new one always stays). It returns the new backup's path.
func (s *Store) Backup(ctx context.Context) (string, error) {
	if err := os.MkdirAll(s.opts.BackupDir, 0o700); err != nil {
		return "", fmt.Errorf("backup store: %w", err)
	}
	name := filepath.Join(s.opts.BackupDir, backupPrefix+time.Now().UTC().Format(backupStamp)+backupSuffix)
	err := s.view(ctx, func(tx *bbolt.Tx) error {
		return writeFile(name, func(w io.Writer) error {
			_, err := tx.WriteTo(w)
			return err
		})
	})
	if err != nil {
		return "", fmt.Errorf("backup store %s to %s: %w", s.path, name, err)
	}
	list, err := Backups(s.opts.BackupDir)
	if err != nil {
		return name, err
	}
	for _, old := range list[:max(0, len(list)-max(1, s.opts.Backups))] {
		if old != name {
			if err := os.Remove(old); err != nil {
				s.log.Warn("store: remove an old backup", "backup", old, "err", err)
			}
		}
	}
	return name, nil
}

// KeepBackups takes a backup whenever the newest is a day old, or there is
// none, checking every hour, until ctx is done. It returns at once when
// Options.Backups is 0.
func (s *Store) KeepBackups(ctx context.Context) {
	if s.opts.Backups <= 0 {
		return
	}
	t := time.NewTicker(backupCheck)
	defer t.Stop()
	for {
		if s.backupDue(time.Now()) {
			if name, err := s.Backup(ctx); err != nil {
				s.log.Error("store: backup failed", "err", err)
			} else {
				s.log.Info("store: backed up", "backup", name)
			}
		}
		select {
		case <-ctx.Done():
			return
		case <-t.C:
		}
	}
}

func (s *Store) backupDue(now time.Time) bool {
	list, err := Backups(s.opts.BackupDir)
	if err != nil || len(list) == 0 {
		return true
	}
	last, _ := backupTime(filepath.Base(list[len(list)-1]))
	return now.Sub(last) >= backupEvery
}

// Restore replaces the store file at path with a copy of backup, after
// checking the backup. The file it replaces, if any, is kept beside it as
// PATH.replaced-TIME, and the restored file becomes the newest backup in
// opts.BackupDir, so that Open compares it with itself. No process may
// have the store open.
func Restore(path, backup string, opts Options) (replaced string, err error) {
	if opts.BackupDir == "" {
		opts.BackupDir = filepath.Join(filepath.Dir(path), "backups")
	}
	if _, err := Check(backup); err != nil {
		return "", fmt.Errorf("restore %s: the backup is not usable: %w", backup, err)
	}
	if inUse(path) {
		return "", fmt.Errorf("restore %s: a conceptbot process has the store open; stop it first", path)
	}
	tmp := path + ".restoring"
	err = writeFile(tmp, func(w io.Writer) error {
		f, err := os.Open(backup)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	})
	if err != nil {
		return "", fmt.Errorf("restore %s from %s: %w", path, backup, err)
	}
	if fi, err := os.Stat(path); err == nil && fi.Size() > 0 {
		replaced = path + ".replaced-" + time.Now().UTC().Format(backupStamp)
		if err := os.Rename(path, replaced); err != nil {
			os.Remove(tmp)
			return "", fmt.Errorf("restore %s: keep the old file: %w", path, err)
		}
	}
	if err := os.Rename(tmp, path); err != nil {
		return replaced, fmt.Errorf("restore %s: %w", path, err)
	}
	syncDir(filepath.Dir(path))
	if err := os.MkdirAll(opts.BackupDir, 0o700); err != nil {
		return replaced, fmt.Errorf("restore %s: %w", path, err)
	}
	name := filepath.Join(opts.BackupDir, backupPrefix+time.Now().UTC().Format(backupStamp)+backupSuffix)
	if err := writeFile(name, func(w io.Writer) error {
		f, err := os.Open(path)
		if err != nil {
			return err
		}
		defer f.Close()
		_, err = io.Copy(w, f)
		return err
	}); err != nil {
		return replaced, fmt.Errorf("restore %s: record it as the newest backup: %w", path, err)
	}
	return replaced, nil
}

// inUse reports whether a process holds the store file at path: bbolt's
// shared lock cannot be had while a process has the file open to write.
// Whatever else goes wrong (a damaged file) is not this check's concern.
func inUse(path string) (held bool) {
	defer debug.SetPanicOnFault(debug.SetPanicOnFault(true))
	defer func() { _ = recover() }()
	db, err := bbolt.Open(path, 0o600, &bbolt.Options{ReadOnly: true, Timeout: time.Second})
	if db != nil {
		db.Close()
	}
	return errors.Is(err, bolterrors.ErrTimeout)
}

// writeFile writes a file through a temporary one, synced and renamed into
// place, so that a crash leaves either nothing or the whole file.
func writeFile(name string, write func(io.Writer) error) error {
	tmp, err := os.CreateTemp(filepath.Dir(name), filepath.Base(name)+".tmp-*")
	if err != nil {
		return err
	}
	defer os.Remove(tmp.Name())
	if err := write(tmp); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Sync(); err != nil {
		tmp.Close()
		return err
	}
	if err := tmp.Close(); err != nil {
		return err
	}
	if err := os.Chmod(tmp.Name(), 0o600); err != nil {
		return err
	}
	if err := os.Rename(tmp.Name(), name); err != nil {
		return err
	}
	syncDir(filepath.Dir(name))
	return nil
}

// syncDir makes a rename in dir durable, where the system allows it.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}
