package index

import (
	"bytes"
	"context"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"os"
	"os/exec"
	"path/filepath"
	"reflect"
	"strconv"
	"strings"
	"sync"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/syncbuf"
)

// bleveCorpus is a corpus too large for in-memory postings, so that every
// search reads bleve's files.
func bleveCorpus(tb testing.TB) *corpus.Corpus {
	tb.Helper()
	c := synthCorpus(tb, 1, maxMemPostings+100)
	if len(c.Passages()) <= maxMemPostings {
		tb.Fatalf("%d passages: searches would not read the index files", len(c.Passages()))
	}
	return c
}

// damageQuestions are questions about c whose answers are compared before
// and after damage.
func damageQuestions(c *corpus.Corpus) []string {
	qs := []string{"supply chain resilience", "key point 2", "recent developments in 2024"}
	for _, d := range c.Docs[:min(10, len(c.Docs))] {
		qs = append(qs, "what is the "+d.Title)
	}
	return qs
}

// segment returns the one .zap file of the index in dir.
func segment(tb testing.TB, dir string) string {
	tb.Helper()
	segs, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	if err != nil || len(segs) != 1 {
		tb.Fatalf("segments in %s = %v, %v; want one", dir, segs, err)
	}
	return segs[0]
}

// scribble writes n random bytes at offset into name, in place.
func scribble(tb testing.TB, name string, offset int64, n int) {
	tb.Helper()
	f, err := os.OpenFile(name, os.O_WRONLY, 0)
	if err != nil {
		tb.Fatal(err)
	}
	defer f.Close()
	b := make([]byte, n)
	r := rand.New(rand.NewPCG(uint64(offset), uint64(n)))
	for i := range b {
		b[i] = byte(r.Uint32())
	}
	if _, err := f.WriteAt(b, offset); err != nil {
		tb.Fatal(err)
	}
}

func fileSize(tb testing.TB, name string) int64 {
	tb.Helper()
	st, err := os.Stat(name)
	if err != nil {
		tb.Fatal(err)
	}
	return st.Size()
}

// TestLoadRebuildsDamagedIndex damages a real on-disk index in the ways a
// disk or a stray write would, and reopens it: every damage is found (by
// the checksums taken when it was built), the index is rebuilt, and it
// answers as before.
func TestLoadRebuildsDamagedIndex(t *testing.T) {
	c := synthCorpus(t, 1, 60)
	qs := damageQuestions(c)
	tests := []struct {
		name   string
		damage func(t *testing.T, dir string)
	}{
		{"random bytes inside the segment, footer intact", func(t *testing.T, dir string) {
			seg := segment(t, dir)
			scribble(t, seg, fileSize(t, seg)/3, 64)
		}},
		{"one byte of the segment", func(t *testing.T, dir string) {
			seg := segment(t, dir)
			scribble(t, seg, fileSize(t, seg)/2, 1)
		}},
		{"segment truncated", func(t *testing.T, dir string) {
			seg := segment(t, dir)
			if err := os.Truncate(seg, fileSize(t, seg)/2); err != nil {
				t.Fatal(err)
			}
		}},
		{"segment's last byte cut", func(t *testing.T, dir string) {
			seg := segment(t, dir)
			if err := os.Truncate(seg, fileSize(t, seg)-1); err != nil {
				t.Fatal(err)
			}
		}},
		{"segment removed", func(t *testing.T, dir string) {
			if err := os.Remove(segment(t, dir)); err != nil {
				t.Fatal(err)
			}
		}},
		{"random bytes in root.bolt", func(t *testing.T, dir string) {
			bolt := filepath.Join(dir, "store", "root.bolt")
			scribble(t, bolt, fileSize(t, bolt)/2, 256)
		}},
		{"index_meta.json changed", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, "index_meta.json"), []byte(`{"storage":"boltdb"}`), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"checksums missing", func(t *testing.T, dir string) {
			if err := os.Remove(filepath.Join(dir, checksumsFile)); err != nil {
				t.Fatal(err)
			}
		}},
		{"checksums garbled", func(t *testing.T, dir string) {
			if err := os.WriteFile(filepath.Join(dir, checksumsFile), []byte("nonsense\n"), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
		{"checksums pointing outside", func(t *testing.T, dir string) {
			line := fmt.Sprintf("%x 0 ../../etc/passwd\n", make([]byte, 32))
			if err := os.WriteFile(filepath.Join(dir, checksumsFile), []byte(line), 0o644); err != nil {
				t.Fatal(err)
			}
		}},
	}
	path := t.TempDir()
	want := answers(t, mustLoad(t, c, path), qs...)
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			old := mustLive(t, path)
			tt.damage(t, old)
			if ix, err := Open(path, c); err == nil {
				ix.Close()
				t.Errorf("Open(damaged index) succeeded")
			}
			ix := mustLoad(t, c, path)
			if got := mustLive(t, path); got == old {
				t.Fatalf("the damaged index %s was reopened, not rebuilt", old)
			}
			if got := answers(t, ix, qs...); !reflect.DeepEqual(got, want) {
				t.Errorf("answers after rebuilding = %v, want %v", got, want)
			}
			if got := indexDirs(t, path); len(got) != 1 {
				t.Errorf("index directories after rebuilding = %v, want one", got)
			}
		})
	}
}

// TestLiveHealsDamageWhileServing damages the segment of the index a Live
// is answering from. The next question finds it damaged; the index is
// rebuilt once and every question is answered, as before the damage.
func TestLiveHealsDamageWhileServing(t *testing.T) {
	c := bleveCorpus(t)
	qs := damageQuestions(c)
	path := t.TempDir()
	var log syncbuf.Buffer
	l, err := OpenLive(t.Context(), c, Options{Path: path, Logger: slog.New(slog.NewTextHandler(&log, nil))})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	want := answers(t, l, qs...)
	old := mustLive(t, path)

	// The same size, other bytes: the memory-mapped segment reads garbage.
	seg := segment(t, old)
	scribble(t, seg, 0, int(fileSize(t, seg)))

	for round := range 3 {
		if got := answers(t, l, qs...); !reflect.DeepEqual(got, want) {
			t.Errorf("round %d: answers after the damage = %v, want %v", round, got, want)
		}
	}
	if n := l.Rebuilds(); n != 1 {
		t.Errorf("Rebuilds() = %d, want 1", n)
	}
	if got := mustLive(t, path); got == old {
		t.Errorf("CURRENT still names the damaged %s", old)
	}
	if !strings.Contains(log.String(), "index damaged: rebuilding it") {
		t.Errorf("log lacks the damage:\n%s", log.String())
	}
}

// TestLiveConcurrentSearchesDuringHeal asks from many goroutines while the
// index is found damaged: one rebuild, no failed question.
func TestLiveConcurrentSearchesDuringHeal(t *testing.T) {
	c := bleveCorpus(t)
	qs := damageQuestions(c)
	path := t.TempDir()
	l, err := OpenLive(t.Context(), c, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	seg := segment(t, mustLive(t, path))
	scribble(t, seg, 0, int(fileSize(t, seg)))

	var wg sync.WaitGroup
	errs := make(chan error, 16*len(qs))
	for range 16 {
		wg.Go(func() {
			for _, q := range qs {
				if _, err := l.Search(context.Background(), q, 3); err != nil {
					errs <- fmt.Errorf("Search(%q): %w", q, err)
				}
			}
		})
	}
	wg.Wait()
	close(errs)
	for err := range errs {
		t.Error(err)
	}
	if n := l.Rebuilds(); n != 1 {
		t.Errorf("Rebuilds() = %d, want 1", n)
	}
}

// TestLiveIntactIndexNotRebuilt: a failed search on an intact index (here,
// a canceled context) does not rebuild it.
func TestLiveIntactIndexNotRebuilt(t *testing.T) {
	c := bleveCorpus(t)
	path := t.TempDir()
	l, err := OpenLive(t.Context(), c, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { l.Close() })
	old := mustLive(t, path)
	if err := l.healFrom(t.Context(), 0, fmt.Errorf("some failure")); err != errIntact {
		t.Errorf("healFrom(intact index) = %v, want errIntact", err)
	}
	if got := mustLive(t, path); got != old || l.Rebuilds() != 0 {
		t.Errorf("an intact index was rebuilt: CURRENT %s (was %s), %d rebuilds", got, old, l.Rebuilds())
	}
}

// TestConcurrentBuilders starts several builders of one index path at once,
// each with an Index of its own: all of them end up serving a complete
// index, and one directory is left.
func TestConcurrentBuilders(t *testing.T) {
	c := synthCorpus(t, 3, 800)
	path := t.TempDir()
	const builders = 4
	ixs := make([]*Index, builders)
	errs := make([]error, builders)
	var wg sync.WaitGroup
	for i := range builders {
		wg.Go(func() { ixs[i], errs[i] = Load(context.Background(), c, Options{Path: path}) })
	}
	wg.Wait()
	for i, ix := range ixs {
		if errs[i] != nil {
			t.Fatalf("builder %d: %v", i, errs[i])
		}
		t.Cleanup(func() { ix.Close() })
	}
	want := answers(t, ixs[0], titleQuestion(c), "key point 2")
	for i, ix := range ixs {
		if n, err := ix.bleve.DocCount(); err != nil || n != uint64(len(c.Passages())) {
			t.Errorf("builder %d serves %d passages (%v), want %d", i, n, err, len(c.Passages()))
		}
		if got := answers(t, ix, titleQuestion(c), "key point 2"); !reflect.DeepEqual(got, want) {
			t.Errorf("builder %d answers %v, want %v", i, got, want)
		}
	}
	if got := indexDirs(t, path); len(got) != 1 || got[0] != mustLive(t, path) {
		t.Errorf("index directories = %v, want only the live one", got)
	}
}

// TestConcurrentBuilderProcesses runs builders of one index path as
// separate processes (this test binary, running TestBuilderProcess).
func TestConcurrentBuilderProcesses(t *testing.T) {
	path := t.TempDir()
	const builders = 3
	outs := make([]bytes.Buffer, builders)
	cmds := make([]*exec.Cmd, builders)
	for i := range builders {
		cmd := exec.CommandContext(t.Context(), os.Args[0], "-test.run=^TestBuilderProcess$", "-test.count=1")
		cmd.Env = append(os.Environ(), "CONCEPTBOT_TEST_BUILD_PATH="+path)
		cmd.Stdout, cmd.Stderr = &outs[i], &outs[i]
		if err := cmd.Start(); err != nil {
			t.Fatal(err)
		}
		cmds[i] = cmd
	}
	for i, cmd := range cmds {
		if err := cmd.Wait(); err != nil {
			t.Errorf("builder process %d: %v\n%s", i, err, outs[i].String())
		}
	}
	live := mustLive(t, path)
	for i := range outs {
		if !strings.Contains(outs[i].String(), "serving "+live+" ") {
			t.Errorf("builder process %d did not serve the live index %s:\n%s", i, live, outs[i].String())
		}
	}
	if got := indexDirs(t, path); len(got) != 1 {
		t.Errorf("index directories = %v, want only the live one", got)
	}
}

// TestBuilderProcess is run by TestConcurrentBuilderProcesses in processes
// of their own: it loads a generated corpus at the path it is given and
// says which index it serves.
func TestBuilderProcess(t *testing.T) {
	path := os.Getenv("CONCEPTBOT_TEST_BUILD_PATH")
	if path == "" {
		t.Skip("run by TestConcurrentBuilderProcesses")
	}
	c := synthCorpus(t, 3, 800)
	ix, err := Load(context.Background(), c, Options{Path: path})
	if err != nil {
		t.Fatal(err)
	}
	defer ix.Close()
	n, err := ix.bleve.DocCount()
	if err != nil || n != uint64(len(c.Passages())) {
		t.Fatalf("serving %d passages (%v), want %d", n, err, len(c.Passages()))
	}
	if got := answers(t, ix, titleQuestion(c)); got[0] == "|" {
		t.Fatalf("no answer to %q", titleQuestion(c))
	}
	fmt.Printf("serving %s %s passages\n", ix.dir, strconv.Itoa(int(n)))
}
