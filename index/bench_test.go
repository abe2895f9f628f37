package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"slices"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/synth"
)

// Benchmarks of 10,000 and 100,000 passages run only when CONCEPTBOT_LARGE
// is set; see BENCHMARKS.md. The 100,000-passage index they search is built
// once into $TMPDIR/conceptbot-bench and reopened by later runs.
func large(tb testing.TB) {
	tb.Helper()
	if os.Getenv("CONCEPTBOT_LARGE") == "" {
		tb.Skip("set CONCEPTBOT_LARGE=1 to run with 10,000 and 100,000 passages")
	}
}

const synthSeed = 1

var (
	synthMu      sync.Mutex
	synthCorpora = map[int]*corpus.Corpus{}
)

// cachedSynth returns the generated corpus of n passages, made once.
func cachedSynth(tb testing.TB, n int) *corpus.Corpus {
	tb.Helper()
	synthMu.Lock()
	defer synthMu.Unlock()
	if c, ok := synthCorpora[n]; ok {
		return c
	}
	c := synthCorpus(tb, synthSeed, n)
	synthCorpora[n] = c
	return c
}

// loadLarge opens the persisted index of n generated passages, building it
// the first time.
func loadLarge(tb testing.TB, n int) *Index {
	tb.Helper()
	c := cachedSynth(tb, n)
	path := filepath.Join(os.TempDir(), "conceptbot-bench", "passages-"+strconv.Itoa(n))
	ix, err := Load(context.Background(), c, Options{Path: path})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}

func BenchmarkBuild(b *testing.B) {
	b.Run("seed", func(b *testing.B) {
		c := mustOpenSeed(b).Corpus()
		for b.Loop() {
			ix, err := Build(context.Background(), c, Options{})
			if err != nil {
				b.Fatal(err)
			}
			ix.Close()
		}
	})
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("passages=%d/disk", n), func(b *testing.B) {
			large(b)
			c := cachedSynth(b, n)
			for b.Loop() {
				ix, err := Load(context.Background(), c, Options{Path: b.TempDir()})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
		})
	}
	b.Run("passages=10000/memory", func(b *testing.B) {
		large(b)
		c := cachedSynth(b, 10_000)
		for b.Loop() {
			ix, err := Build(context.Background(), c, Options{})
			if err != nil {
				b.Fatal(err)
			}
			ix.Close()
		}
	})
}

// BenchmarkReopen is the cold start of a persisted index: fingerprint the
// corpus, open the index read-only, read its vocabulary.
func BenchmarkReopen(b *testing.B) {
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("passages=%d", n), func(b *testing.B) {
			large(b)
			c := cachedSynth(b, n)
			path := filepath.Join(os.TempDir(), "conceptbot-bench", "passages-"+strconv.Itoa(n))
			ix, err := Load(context.Background(), c, Options{Path: path})
			if err != nil {
				b.Fatal(err)
			}
			ix.Close()
			for b.Loop() {
				ix, err := Load(context.Background(), c, Options{Path: path})
				if err != nil {
					b.Fatal(err)
				}
				ix.Close()
			}
		})
	}
}

// seedQuestions are questions about the seed corpus by kind: the
// evaluation sets, and some of their typos and acronyms.
func seedQuestions(tb testing.TB) map[synth.Kind][]string {
	tb.Helper()
	var all []string
	for _, q := range readEvalFiles(tb, "dev.jsonl", "dev-oos.jsonl", "extra.jsonl", "extra-oos.jsonl") {
		all = append(all, q.Q)
	}
	return map[synth.Kind][]string{
		synth.Plain: all,
		synth.Typo: {"tecnology trasnfer chalenges", "when was the TCC set up?", "cybersecuirty cooperation",
			"suply chain reslience in critcal minerals", "quantm computing partnerships", "india uae satelite",
			"intelectual property protecton"},
		synth.Acronym: {"what is CETP", "when was the TTC established", "what does the TTC do", "WTO TRIPS agreement",
			"AI ethics in the EU", "quad working group 2024", "IPR protection", "S&T endowment fund"},
	}
}

func synthQuestions(c *corpus.Corpus, kind synth.Kind, n int) []string {
	var out []string
	for _, q := range synth.Questions(synthSeed, c.Docs, kind, n) {
		out = append(out, q.Text)
	}
	return out
}

// latency asks qs in turn, once an iteration, and reports the median and
// 99th percentile of the time a question takes.
func latency(b *testing.B, ix *Index, qs []string) {
	b.Helper()
	latencyIn(context.Background(), b, ix, qs)
}

// latencyIn is latency with the questions asked in ctx.
func latencyIn(ctx context.Context, b *testing.B, ix *Index, qs []string) {
	b.Helper()
	for _, q := range qs { // warm up
		if _, err := ix.Search(ctx, q, 3); err != nil {
			b.Fatal(err)
		}
	}
	times := make([]time.Duration, 0, b.N)
	b.ReportAllocs()
	i := 0
	for b.Loop() {
		start := time.Now()
		if _, err := ix.Search(ctx, qs[i%len(qs)], 3); err != nil {
			b.Fatal(err)
		}
		times = append(times, time.Since(start))
		i++
	}
	p50, p99 := percentiles(times)
	b.ReportMetric(float64(p50.Nanoseconds()), "p50-ns")
	b.ReportMetric(float64(p99.Nanoseconds()), "p99-ns")
}

func percentiles(times []time.Duration) (p50, p99 time.Duration) {
	if len(times) == 0 {
		return 0, 0
	}
	s := slices.Clone(times)
	slices.Sort(s)
	return s[len(s)/2], s[min(len(s)-1, len(s)*99/100)]
}

func BenchmarkSearch(b *testing.B) {
	kinds := []synth.Kind{synth.Plain, synth.Typo, synth.Acronym}
	b.Run("seed", func(b *testing.B) {
		ix := mustOpenSeed(b)
		qs := seedQuestions(b)
		for _, k := range kinds {
			b.Run(string(k), func(b *testing.B) { latency(b, ix, qs[k]) })
		}
	})
	// The seed's questions among the multi set's documents, alone and in a
	// conversation about another document: when that one does not answer,
	// a question is searched twice (Index.Search).
	b.Run("multi", func(b *testing.B) {
		notes, err := loadEvalSet(context.Background(), filepath.Join("testdata", "eval"), "multi")
		if err != nil {
			b.Fatal(err)
		}
		ix := mustBuild(b, notes.Corpus)
		qs := seedQuestions(b)[synth.Plain]
		b.Run("plain", func(b *testing.B) { latency(b, ix, qs) })
		ctx := corpus.WithTopic(context.Background(), notes.Corpus.Docs[len(notes.Corpus.Docs)-1].ID)
		b.Run("conversation", func(b *testing.B) { latencyIn(ctx, b, ix, qs) })
	})
	for _, n := range []int{10_000, 100_000} {
		b.Run(fmt.Sprintf("passages=%d", n), func(b *testing.B) {
			large(b)
			ix := loadLarge(b, n)
			for _, k := range kinds {
				b.Run(string(k), func(b *testing.B) { latency(b, ix, synthQuestions(ix.Corpus(), k, 300)) })
			}
		})
	}
}

// BenchmarkSearchParallel asks questions from 16 goroutines at once.
func BenchmarkSearchParallel(b *testing.B) {
	run := func(b *testing.B, ix *Index, qs []string) {
		b.SetParallelism(max(1, 16/runtime.GOMAXPROCS(0)))
		b.ReportAllocs()
		var next atomic.Int64 // every goroutine asks the next question
		b.ResetTimer()
		b.RunParallel(func(pb *testing.PB) {
			for pb.Next() {
				q := qs[int(next.Add(1))%len(qs)]
				if _, err := ix.Search(context.Background(), q, 3); err != nil {
					b.Error(err)
					return
				}
			}
		})
	}
	b.Run("seed", func(b *testing.B) {
		qs := seedQuestions(b)
		run(b, mustOpenSeed(b), slices.Concat(qs[synth.Plain], qs[synth.Typo], qs[synth.Acronym]))
	})
	b.Run("passages=100000", func(b *testing.B) {
		large(b)
		ix := loadLarge(b, 100_000)
		var qs []string
		for _, k := range []synth.Kind{synth.Plain, synth.Typo, synth.Acronym} {
			qs = append(qs, synthQuestions(ix.Corpus(), k, 100)...)
		}
		run(b, ix, qs)
	})
}

// procMemory returns the resident and peak resident memory of the process,
// or zeros where /proc is missing.
func procMemory() (rss, hwm int64) {
	b, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0, 0
	}
	for _, l := range strings.Split(string(b), "\n") {
		k, v, ok := strings.Cut(l, ":")
		if !ok {
			continue
		}
		kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(v), " kB"), 10, 64)
		switch k {
		case "VmRSS":
			rss = kb << 10
		case "VmHWM":
			hwm = kb << 10
		}
	}
	return rss, hwm
}
