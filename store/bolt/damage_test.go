package bolt

import (
	"bytes"
	"encoding/binary"
	"errors"
	"fmt"
	"hash/fnv"
	"log/slog"
	"math/rand/v2"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	bbolt "go.etcd.io/bbolt"

	"github.com/conceptbot/conceptbot/store"
	"github.com/conceptbot/conceptbot/store/storetest"
)

// populate writes a store of n schedules at path and returns their guilds.
func populate(tb testing.TB, path string, n int) []string {
	tb.Helper()
	s, err := Open(path, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	var recs []*store.DailySchedule
	var guilds []string
	for i := range n {
		r := storetest.Full(fmt.Sprint(100000 + i))
		r.LastError = strings.Repeat("x", 200) // a few records a page
		recs = append(recs, r)
		guilds = append(guilds, r.Guild)
	}
	if err := s.PutDailySchedules(tb.Context(), recs); err != nil {
		tb.Fatal(err)
	}
	if err := s.Close(); err != nil {
		tb.Fatal(err)
	}
	return guilds
}

// setMeta rewrites a field of both meta pages, with valid checksums.
func setMeta(tb testing.TB, path string, field int, value uint64) {
	tb.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		tb.Fatal(err)
	}
	pageSize := int(binary.LittleEndian.Uint32(b[pageHeaderSize+8:]))
	for _, at := range []int{0, pageSize} {
		m := b[at+pageHeaderSize:]
		binary.LittleEndian.PutUint64(m[field:], value)
		h := fnv.New64a()
		h.Write(m[:metaChecksumAt])
		binary.LittleEndian.PutUint64(m[metaChecksumAt:], h.Sum64())
	}
	if err := os.WriteFile(path, b, 0o600); err != nil {
		tb.Fatal(err)
	}
}

// TestOpenDamaged damages a store file in the ways the attacks of issue 14
// did and checks that Open never panics, and either refuses the file,
// naming it and saying what to do, or opens it with every schedule.
func TestOpenDamaged(t *testing.T) {
	const n = 200
	type damage func(tb testing.TB, path string, b []byte) []byte
	overwrite := func(off int, data []byte) damage {
		return func(tb testing.TB, path string, b []byte) []byte { copy(b[off:], data); return b }
	}
	random := func(seed uint64, n int) []byte {
		r := rand.New(rand.NewPCG(seed, seed))
		out := make([]byte, n)
		for i := range out {
			out[i] = byte(r.Uint32())
		}
		return out
	}
	tests := []struct {
		name       string
		damage     damage
		mustRefuse bool
	}{
		{"truncated to 8 KiB", func(_ testing.TB, _ string, b []byte) []byte { return b[:8<<10] }, true},
		{"truncated to 12 KiB", func(_ testing.TB, _ string, b []byte) []byte { return b[:12<<10] }, true},
		{"truncated to 32 KiB", func(_ testing.TB, _ string, b []byte) []byte { return b[:32<<10] }, true},
		{"truncated to 100 bytes", func(_ testing.TB, _ string, b []byte) []byte { return b[:100] }, true},
		{"meta page 0 random", overwrite(0, random(1, 4096)), true},
		{"meta page 0 zeroed", overwrite(0, make([]byte, 4096)), true},
		{"meta page 1 random", overwrite(4096, random(2, 4096)), true},
		{"both meta pages zeroed", overwrite(0, make([]byte, 8192)), true},
		{"whole file random", func(_ testing.TB, _ string, b []byte) []byte { return random(3, len(b)) }, true},
		{"page count too large", func(tb testing.TB, path string, b []byte) []byte {
			os.WriteFile(path, b, 0o600)
			setMeta(tb, path, 40, 1<<40)
			b, _ = os.ReadFile(path)
			return b
		}, true},
		{"page count too small", func(tb testing.TB, path string, b []byte) []byte {
			os.WriteFile(path, b, 0o600)
			setMeta(tb, path, 40, 3)
			b, _ = os.ReadFile(path)
			return b
		}, true},
		{"root page out of range", func(tb testing.TB, path string, b []byte) []byte {
			os.WriteFile(path, b, 0o600)
			setMeta(tb, path, 16, 1<<30)
			b, _ = os.ReadFile(path)
			return b
		}, true},
	}
	for seed := range uint64(16) {
		tests = append(tests, struct {
			name       string
			damage     damage
			mustRefuse bool
		}{fmt.Sprintf("random bytes in data pages, seed %d", seed), func(tb testing.TB, _ string, b []byte) []byte {
			r := rand.New(rand.NewPCG(seed, 7))
			for range 4 {
				off := 2*4096 + r.IntN(len(b)-2*4096-64)
				copy(b[off:], random(seed*31+uint64(off), 64))
			}
			return b
		}, false})
	}
	dir := t.TempDir()
	clean := filepath.Join(dir, "clean.db")
	guilds := populate(t, clean, n)
	orig, err := os.ReadFile(clean)
	if err != nil {
		t.Fatal(err)
	}
	if len(orig) < 64<<10 {
		t.Fatalf("the store is %d bytes; the truncations need more", len(orig))
	}
	refused := 0
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "conceptbot.db")
			b := tt.damage(t, path, bytes.Clone(orig))
			if err := os.WriteFile(path, b, 0o600); err != nil {
				t.Fatal(err)
			}
			s, err := Open(path, Options{Logger: slog.New(slog.DiscardHandler)})
			if err != nil {
				refused++
				if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "conceptbot store restore") {
					t.Errorf("Open = %v; want ErrDamaged naming %s and how to restore", err, path)
				}
				if _, cerr := Check(path); cerr == nil {
					t.Errorf("Open refused the file but Check passes it")
				}
				return
			}
			defer s.Close()
			if tt.mustRefuse {
				t.Errorf("Open accepted a file %s", tt.name)
			}
			all, err := s.DailySchedules(t.Context())
			var got []string
			for _, r := range all {
				got = append(got, r.Guild)
			}
			if err != nil || !slices.Equal(got, guilds) {
				t.Errorf("Open accepted the file, but DailySchedules = %d guilds, %v; want all %d", len(got), err, len(guilds))
			}
		})
	}
	t.Logf("%d of %d damaged files refused; the rest opened with every schedule", refused, len(tests))
}

// TestOpenBadRecord: a record that does not decode is damage, named.
func TestOpenBadRecord(t *testing.T) {
	path := filepath.Join(t.TempDir(), "conceptbot.db")
	populate(t, path, 3)
	db, err := bbolt.Open(path, 0o600, nil)
	if err != nil {
		t.Fatal(err)
	}
	err = db.Update(func(tx *bbolt.Tx) error { return guilds(tx).Put([]byte("100001"), []byte("{not json")) })
	db.Close()
	if err != nil {
		t.Fatal(err)
	}
	_, err = Open(path, Options{})
	if !errors.Is(err, store.ErrDamaged) || !strings.Contains(err.Error(), "guild 100001") {
		t.Errorf("Open = %v, want ErrDamaged naming guild 100001", err)
	}
}

func TestSchemaVersion(t *testing.T) {
	tests := []struct {
		name    string
		version string
		wantIn  string
	}{
		{"newer", "2", "newer than this build"},
		{"garbage", "x", "unknown version"},
		{"zero", "0", "unknown version"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(t.TempDir(), "conceptbot.db")
			populate(t, path, 1)
			db, err := bbolt.Open(path, 0o600, nil)
			if err != nil {
				t.Fatal(err)
			}
			err = db.Update(func(tx *bbolt.Tx) error { return tx.Bucket(bucketDaily).Put(keyVersion, []byte(tt.version)) })
			db.Close()
			if err != nil {
				t.Fatal(err)
			}
			_, err = Open(path, Options{})
			if !errors.Is(err, store.ErrSchema) || !strings.Contains(err.Error(), tt.wantIn) || !strings.Contains(err.Error(), path) {
				t.Errorf("Open = %v, want %v naming the file and %q", err, store.ErrSchema, tt.wantIn)
			}
		})
	}
	t.Run("current", func(t *testing.T) {
		path := filepath.Join(t.TempDir(), "conceptbot.db")
		populate(t, path, 1)
		s := mustOpen(t, path, Options{})
		if v, err := s.Migrate(t.Context()); err != nil || v != SchemaVersion {
			t.Errorf("Migrate = %d, %v", v, err)
		}
	})
}
