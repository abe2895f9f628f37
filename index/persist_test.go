package index

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"reflect"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/synth"
)

// synthCorpus is a corpus of generated documents with the given number of
// passages.
func synthCorpus(tb testing.TB, seed int64, passages int) *corpus.Corpus {
	tb.Helper()
	docs, err := synth.Docs(seed, passages)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := corpus.New(docs...)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func mustLoad(tb testing.TB, c *corpus.Corpus, path string) *Index {
	tb.Helper()
	ix, err := Load(context.Background(), c, Options{Path: path})
	if err != nil {
		tb.Fatalf("Load: %v", err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

func mustLive(tb testing.TB, path string) string {
	tb.Helper()
	dir, ok := liveDir(path)
	if !ok {
		tb.Fatalf("no CURRENT in %s", path)
	}
	return dir
}

// indexDirs lists the index directories in path.
func indexDirs(tb testing.TB, path string) []string {
	tb.Helper()
	m, err := filepath.Glob(filepath.Join(path, dirPrefix+"*"))
	if err != nil {
		tb.Fatal(err)
	}
	return m
}

// answers asks every question and returns the cited passages.
func answers(tb testing.TB, ix Searcher, qs ...string) []string {
	tb.Helper()
	var out []string
	for _, q := range qs {
		a, err := ix.Search(context.Background(), q, 3)
		if err != nil {
			tb.Fatalf("Search(%q): %v", q, err)
		}
		for _, r := range a.Results {
			out = append(out, r.ID)
		}
		out = append(out, "|")
	}
	return out
}

func titleQuestion(c *corpus.Corpus) string { return "what is the " + c.Docs[0].Title }

func TestLoadReopens(t *testing.T) {
	path := t.TempDir()
	c := synthCorpus(t, 1, 200)
	first := mustLoad(t, c, path)
	dir := mustLive(t, path)
	want := answers(t, first, titleQuestion(c), "supply chain resilience", "key point 2")
	first.Close()

	again := mustLoad(t, c, path)
	if got := mustLive(t, path); got != dir {
		t.Errorf("reopening an unchanged corpus rebuilt the index: CURRENT %s, was %s", got, dir)
	}
	if got := answers(t, again, titleQuestion(c), "supply chain resilience", "key point 2"); !reflect.DeepEqual(got, want) {
		t.Errorf("answers after reopening = %v, want %v", got, want)
	}
	if got := indexDirs(t, path); len(got) != 1 {
		t.Errorf("index directories = %v, want only %s", got, dir)
	}
	// Open reads the same layout.
	ix, err := Open(path, c)
	if err != nil {
		t.Fatalf("Open: %v", err)
	}
	defer ix.Close()
	if got := answers(t, ix, titleQuestion(c)); !reflect.DeepEqual(got, want[:len(got)]) {
		t.Errorf("Open then Search = %v, want %v", got, want[:len(got)])
	}
}

func TestLoadRebuildsChangedCorpus(t *testing.T) {
	path := t.TempDir()
	c1, c2 := synthCorpus(t, 1, 200), synthCorpus(t, 2, 200)
	if Fingerprint(c1) == Fingerprint(c2) {
		t.Fatal("two corpora have the same fingerprint")
	}
	mustLoad(t, c1, path).Close()
	old := mustLive(t, path)

	ix := mustLoad(t, c2, path)
	dir := mustLive(t, path)
	if dir == old {
		t.Fatalf("a changed corpus was not rebuilt: CURRENT still %s", dir)
	}
	if got := indexDirs(t, path); !reflect.DeepEqual(got, []string{dir}) {
		t.Errorf("index directories = %v, want only %s", got, dir)
	}
	a, err := ix.Search(context.Background(), titleQuestion(c2), 1)
	if err != nil || len(a.Results) == 0 || a.Results[0].DocID != c2.Docs[0].ID {
		t.Errorf("Search(%q) = %+v, %v; want a passage of %s", titleQuestion(c2), a.Results, err, c2.Docs[0].ID)
	}
}

// TestLoadCrashDuringRebuild leaves what a crash during a rebuild would:
// a half-built index directory with no fingerprint, and a CURRENT.tmp
// naming it that was never renamed.
func TestLoadCrashDuringRebuild(t *testing.T) {
	path := t.TempDir()
	c1, c2 := synthCorpus(t, 1, 200), synthCorpus(t, 2, 200)
	mustLoad(t, c1, path).Close()
	old := mustLive(t, path)

	half := filepath.Join(path, dirPrefix+"crashed-1")
	if _, err := buildDir(context.Background(), c2, half, "", Options{}); err != nil {
		t.Fatal(err)
	}
	if err := os.Remove(filepath.Join(half, "store", "root.bolt")); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(path, currentFile+".tmp"), []byte(filepath.Base(half)), 0o644); err != nil {
		t.Fatal(err)
	}

	ix := mustLoad(t, c1, path)
	if got := mustLive(t, path); got != old {
		t.Errorf("after a crashed rebuild CURRENT = %s, want the old %s", got, old)
	}
	if got := answers(t, ix, titleQuestion(c1)); got[0] == "|" || !strings.HasPrefix(got[0], c1.Docs[0].ID+"/") {
		t.Errorf("old index answers %v, want a passage of %s", got, c1.Docs[0].ID)
	}
	ix.Close()

	// The next rebuild succeeds and clears up.
	mustLoad(t, c2, path).Close()
	if got := indexDirs(t, path); len(got) != 1 || got[0] == old || got[0] == half {
		t.Errorf("after rebuilding, index directories = %v", got)
	}
}

func TestLoadCanceledRebuildKeepsOld(t *testing.T) {
	path := t.TempDir()
	c1, c2 := synthCorpus(t, 1, 200), synthCorpus(t, 2, 3000)
	mustLoad(t, c1, path).Close()
	old := mustLive(t, path)

	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	if _, err := Load(ctx, c2, Options{Path: path, BatchSize: 100}); !errors.Is(err, context.Canceled) {
		t.Fatalf("Load(canceled) = %v, want context.Canceled", err)
	}
	if got := mustLive(t, path); got != old {
		t.Errorf("after a canceled rebuild CURRENT = %s, want %s", got, old)
	}
	if got := indexDirs(t, path); !reflect.DeepEqual(got, []string{old}) {
		t.Errorf("after a canceled rebuild index directories = %v, want %s", got, old)
	}
	mustLoad(t, c1, path)
}

func TestLoadDamagedIndex(t *testing.T) {
	path := t.TempDir()
	c := synthCorpus(t, 1, 200)
	mustLoad(t, c, path).Close()
	dir := mustLive(t, path)
	segs, err := filepath.Glob(filepath.Join(dir, "store", "*.zap"))
	if err != nil || len(segs) == 0 {
		t.Fatalf("no segment in %s: %v", dir, err)
	}
	for _, s := range segs {
		if err := os.WriteFile(s, []byte(strings.Repeat("garbage", 100)), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	if ix, err := Open(path, c); err == nil {
		ix.Close()
		t.Errorf("Open(damaged index) succeeded")
	}
	ix := mustLoad(t, c, path)
	if got := mustLive(t, path); got == dir {
		t.Errorf("a damaged index was not rebuilt")
	}
	if got := answers(t, ix, titleQuestion(c)); got[0] == "|" {
		t.Errorf("rebuilt index found nothing")
	}
}

// TestDiskSameAnswers checks that an index on disk (one segment, opened
// read-only) answers the evaluation questions as the in-memory one does.
func TestDiskSameAnswers(t *testing.T) {
	mem := mustOpenSeed(t)
	disk := mustLoad(t, mem.Corpus(), t.TempDir())
	for _, eq := range readEvalFiles(t, "dev.jsonl", "extra.jsonl", "dev-oos.jsonl") {
		q := eq.Q
		a, err := mem.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatalf("Search(%q) in memory: %v", q, err)
		}
		b, err := disk.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatalf("Search(%q) on disk: %v", q, err)
		}
		if !reflect.DeepEqual(a, b) {
			t.Errorf("Search(%q) on disk = %v, in memory %v", q, b.Results, a.Results)
		}
	}
}
