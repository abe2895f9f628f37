package bolt

import (
	"bytes"
	"context"
	"errors"
	"log/slog"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/internal/syncbuf"
	"github.com/conceptbot/conceptbot/store"
)

func TestBackupKeepsTheNewest(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "conceptbot.db")
	populate(t, path, 20)
	s := mustOpen(t, path, Options{Backups: 3})
	var made []string
	for range 5 {
		name, err := s.Backup(t.Context())
		if err != nil {
			t.Fatal(err)
		}
		made = append(made, name)
		time.Sleep(2 * time.Millisecond) // names are to the millisecond
	}
	list, err := Backups(filepath.Join(dir, "backups"))
	if err != nil {
		t.Fatal(err)
	}
	if len(list) != 3 || list[2] != made[4] || list[0] != made[2] {
		t.Fatalf("backups = %v, want the newest three of %v", list, made)
	}
	for _, b := range list {
		if rep, err := Check(b); err != nil || rep.Schedules != 20 {
			t.Errorf("Check(%s) = %+v, %v; want 20 schedules", b, rep, err)
		}
	}
}

func TestBackupDue(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "conceptbot.db")
	populate(t, path, 1)
	s := mustOpen(t, path, Options{Backups: 7})
	now := time.Now()
	if !s.backupDue(now) {
		t.Error("no backups: backupDue = false, want true")
	}
	if _, err := s.Backup(t.Context()); err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		after time.Duration
		want  bool
	}{{time.Minute, false}, {23 * time.Hour, false}, {24*time.Hour + time.Minute, true}}
	for _, tt := range tests {
		if got := s.backupDue(now.Add(tt.after)); got != tt.want {
			t.Errorf("backupDue %s after a backup = %v, want %v", tt.after, got, tt.want)
		}
	}
}

func TestKeepBackups(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "conceptbot.db")
	populate(t, path, 1)
	off := mustOpen(t, path, Options{Backups: 0})
	off.KeepBackups(t.Context()) // returns at once
	off.Close()
	s := mustOpen(t, path, Options{Backups: 7, BackupDir: filepath.Join(dir, "elsewhere")})
	ctx, cancel := context.WithCancel(t.Context())
	done := make(chan struct{})
	go func() { s.KeepBackups(ctx); close(done) }()
	deadline := time.Now().Add(20 * time.Second)
	for {
		if list, _ := Backups(filepath.Join(dir, "elsewhere")); len(list) == 1 {
			break
		}
		if time.Now().After(deadline) {
			t.Fatal("KeepBackups took no backup at start")
		}
		time.Sleep(5 * time.Millisecond)
	}
	cancel()
	select {
	case <-done:
	case <-time.After(20 * time.Second):
		t.Fatal("KeepBackups did not return within 20 s of its context ending")
	}
}

func TestOpenComparesWithBackup(t *testing.T) {
	tests := []struct {
		name   string
		live   func(tb testing.TB, path string) // what the file is at restart
		wantIn string
	}{
		{"fewer schedules than the backup", func(tb testing.TB, path string) {
			other := filepath.Join(tb.TempDir(), "other.db")
			populate(tb, other, 10)
			b, _ := os.ReadFile(other)
			os.WriteFile(path, b, 0o600)
		}, "holds 10 schedules but its backup"},
		{"file missing", func(tb testing.TB, path string) { os.Remove(path) }, "missing or empty, but the backup"},
		{"file empty", func(tb testing.TB, path string) { os.WriteFile(path, nil, 0o600) }, "missing or empty, but the backup"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "conceptbot.db")
			populate(t, path, 50)
			s := mustOpen(t, path, Options{Backups: 7})
			backup, err := s.Backup(t.Context())
			if err != nil {
				t.Fatal(err)
			}
			s.Close()
			tt.live(t, path)
			_, err = Open(path, Options{})
			if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), tt.wantIn) || !strings.Contains(err.Error(), "conceptbot store restore "+backup) {
				t.Errorf("Open = %v; want ErrDamaged with %q and the restore command for %s", err, tt.wantIn, backup)
			}
		})
	}
	t.Run("a damaged newest backup is skipped", func(t *testing.T) {
		dir := t.TempDir()
		path := filepath.Join(dir, "conceptbot.db")
		populate(t, path, 5)
		s := mustOpen(t, path, Options{Backups: 7})
		if _, err := s.Backup(t.Context()); err != nil {
			t.Fatal(err)
		}
		s.Close()
		bad := filepath.Join(dir, "backups", "conceptbot-29991231T000000.000Z.db")
		os.WriteFile(bad, bytes.Repeat([]byte{7}, 8192), 0o600)
		var logs syncbuf.Buffer
		s2, err := Open(path, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
		if err != nil {
			t.Fatalf("Open = %v, want it to compare with the good backup", err)
		}
		s2.Close()
		if !strings.Contains(logs.String(), "damaged") || !strings.Contains(logs.String(), bad) {
			t.Errorf("log %q does not name the damaged backup", logs.String())
		}
	})
}

func TestOpenEmptyFileWarns(t *testing.T) {
	path := filepath.Join(t.TempDir(), "conceptbot.db")
	os.WriteFile(path, nil, 0o600)
	var logs syncbuf.Buffer
	s, err := Open(path, Options{Logger: slog.New(slog.NewTextHandler(&logs, nil))})
	if err != nil {
		t.Fatal(err)
	}
	s.Close()
	if !strings.Contains(logs.String(), "empty") || !strings.Contains(logs.String(), path) {
		t.Errorf("log %q, want a warning naming the empty file", logs.String())
	}
}

func TestRestore(t *testing.T) {
	dir := t.TempDir()
	path := filepath.Join(dir, "conceptbot.db")
	guilds := populate(t, path, 30)
	s := mustOpen(t, path, Options{Backups: 7})
	backup, err := s.Backup(t.Context())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := Restore(path, backup, Options{}); err == nil || !strings.Contains(err.Error(), "stop it first") {
		t.Errorf("Restore while the store is open = %v, want a refusal", err)
	}
	s.Close()

	// Damage the live file, then restore.
	b, _ := os.ReadFile(path)
	os.WriteFile(path, b[:8<<10], 0o600)
	if _, err := Open(path, Options{}); !errors.Is(err, store.ErrDamaged) {
		t.Fatalf("Open of the damaged file = %v", err)
	}
	if _, err := Restore(path, filepath.Join(dir, "nope.db"), Options{}); err == nil {
		t.Error("Restore from a missing backup succeeded")
	}
	os.WriteFile(filepath.Join(dir, "bad.db"), bytes.Repeat([]byte{1}, 16384), 0o600)
	if _, err := Restore(path, filepath.Join(dir, "bad.db"), Options{}); err == nil || !strings.Contains(err.Error(), "not usable") {
		t.Errorf("Restore from a damaged backup = %v, want a refusal", err)
	}
	replaced, err := Restore(path, backup, Options{})
	if err != nil {
		t.Fatal(err)
	}
	if kept, err := os.ReadFile(replaced); err != nil || len(kept) != 8<<10 {
		t.Errorf("the replaced file %s: %d bytes, %v; want the damaged one kept", replaced, len(kept), err)
	}
	s = mustOpen(t, path, Options{})
	all, err := s.DailySchedules(t.Context())
	if err != nil || len(all) != len(guilds) {
		t.Errorf("after Restore: %d schedules, %v; want %d", len(all), err, len(guilds))
	}
}
