package main

import (
	"log/slog"
	"math"
	"os"
	"runtime/debug"
	"testing"
	"testing/fstest"
)

func TestContainerMemoryLimit(t *testing.T) {
	file := func(s string) *fstest.MapFile { return &fstest.MapFile{Data: []byte(s)} }
	tests := []struct {
		name  string
		files fstest.MapFS
		want  int64 // 0: no limit
	}{
		{"v2 limit", fstest.MapFS{
			"proc/self/cgroup":                          file("0::/kubepods/pod1/c1\n"),
			"sys/fs/cgroup/kubepods/pod1/c1/memory.max": file("134217728\n"),
		}, 128 << 20},
		{"v2 limit at the namespace's root", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("268435456\n"),
		}, 256 << 20},
		{"v2 path not mounted, root has it", fstest.MapFS{
			"proc/self/cgroup":         file("0::/elsewhere\n"),
			"sys/fs/cgroup/memory.max": file("268435456\n"),
		}, 256 << 20},
		{"v2 max", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("max\n"),
		}, 0},
		{"v1 limit", fstest.MapFS{
			"proc/self/cgroup": file("5:cpu,cpuacct:/x\n4:memory:/docker/abc\n0::/\n"),
			"sys/fs/cgroup/memory/docker/abc/memory.limit_in_bytes": file("536870912\n"),
		}, 512 << 20},
		{"v1 unlimited", fstest.MapFS{
			"proc/self/cgroup":                           file("4:memory:/process_api/dd24\n"),
			"sys/fs/cgroup/memory/memory.limit_in_bytes": file("9223372036854771712\n"),
		}, 0},
		{"garbage", fstest.MapFS{
			"proc/self/cgroup":         file("0::/\n"),
			"sys/fs/cgroup/memory.max": file("lots\n"),
		}, 0},
		{"no cgroup", fstest.MapFS{}, 0},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got, ok := containerMemoryLimit(tt.files)
			if ok != (tt.want != 0) || got != tt.want {
				t.Errorf("containerMemoryLimit = %d, %v; want %d", got, ok, tt.want)
			}
		})
	}
}

// TestTuneGC: serve's soft memory limit is 80 % of the container's, or
// none; never a fixed limit that a busy server's live heap passes. GOGC and
// GOMEMLIMIT take precedence.
func TestTuneGC(t *testing.T) {
	defer debug.SetGCPercent(debug.SetGCPercent(100))
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(math.MaxInt64))
	log := slog.New(slog.DiscardHandler)

	tuneGC(func(string) string { return "" }, log)
	want := int64(math.MaxInt64)
	if limit, ok := containerMemoryLimit(os.DirFS("/")); ok {
		want = limit / 100 * memoryLimitPercent
	}
	if got := debug.SetMemoryLimit(-1); got != want {
		t.Errorf("memory limit = %d, want %d (80 %% of the container's, or none)", got, want)
	}
	if got := debug.SetGCPercent(100); got != gcPercent {
		t.Errorf("GC percent = %d, want %d", got, gcPercent)
	}

	debug.SetMemoryLimit(123 << 20)
	env := map[string]string{"GOGC": "50", "GOMEMLIMIT": "123MiB"}
	tuneGC(func(k string) string { return env[k] }, log)
	if got := debug.SetMemoryLimit(-1); got != 123<<20 {
		t.Errorf("with GOMEMLIMIT set, memory limit = %d, want it left alone", got)
	}
	if got := debug.SetGCPercent(100); got != 100 {
		t.Errorf("with GOGC set, GC percent = %d, want it left alone (100)", got)
	}
}
