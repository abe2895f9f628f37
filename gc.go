package main

import (
	"bufio"
	"bytes"
	"io/fs"
	"log/slog"
	"os"
	"path"
	"runtime/debug"
	"slices"
	"strconv"
	"strings"
)

// Garbage collection while serving. The embedded notes leave about 2 MB of
// live heap and an answer allocates about 20 KB, so with Go's defaults
// (GOGC=100, a 4 MB heap goal) the collector runs a hundred times a second.
// A GC percent of 400 lets the heap grow to five times what is live
// between collections.
//
// The soft memory limit is derived from the container's: 80 % of the
// cgroup's memory limit (v2 memory.max, v1 memory.limit_in_bytes), leaving
// room for goroutine stacks, the memory-mapped index and the runtime. With
// no container limit there is none: a fixed small limit (it was 20 MiB)
// sits below the live heap of a server answering hundreds of requests at
// once, and the collector then runs without pause (BENCHMARKS.md, "GC
// settings under load"). GOGC and GOMEMLIMIT, when set, take precedence.
const (
	gcPercent          = 400
	memoryLimitPercent = 80
)

func tuneGC(getenv func(string) string, log *slog.Logger) {
	if getenv("GOGC") == "" {
		debug.SetGCPercent(gcPercent)
	}
	if getenv("GOMEMLIMIT") == "" {
		if limit, ok := containerMemoryLimit(os.DirFS("/")); ok {
			debug.SetMemoryLimit(limit / 100 * memoryLimitPercent)
		}
	}
	limit := "none"
	if l := debug.SetMemoryLimit(-1); l < 1<<62 {
		limit = strconv.FormatInt(l>>20, 10) + " MiB"
	}
	percent := debug.SetGCPercent(-1) // reads it, turning the collector off…
	debug.SetGCPercent(percent)       // …and on again
	log.Info("garbage collection", "gc_percent", percent, "memory_limit", limit)
}

// containerMemoryLimit reads the memory limit of this process's cgroup from
// fsys (the root file system), v2 or v1. It reports false when there is no
// limit or none can be read.
func containerMemoryLimit(fsys fs.FS) (int64, bool) {
	cg, err := fs.ReadFile(fsys, "proc/self/cgroup")
	if err != nil {
		return 0, false
	}
	// Lines are "id:controllers:path": "0::/path" for v2, "4:memory:/path"
	// for v1's memory controller.
	var candidates []string
	sc := bufio.NewScanner(bytes.NewReader(cg))
	for sc.Scan() {
		f := strings.SplitN(sc.Text(), ":", 3)
		if len(f) != 3 {
			continue
		}
		switch {
		case f[0] == "0" && f[1] == "":
			candidates = append(candidates, path.Join("sys/fs/cgroup", f[2], "memory.max"), "sys/fs/cgroup/memory.max")
		case slices.Contains(strings.Split(f[1], ","), "memory"):
			candidates = append(candidates, path.Join("sys/fs/cgroup/memory", f[2], "memory.limit_in_bytes"), "sys/fs/cgroup/memory/memory.limit_in_bytes")
		}
	}
	for _, name := range candidates {
		b, err := fs.ReadFile(fsys, name)
		if err != nil {
			continue
		}
		v := strings.TrimSpace(string(b))
		if v == "max" {
			return 0, false
		}
		n, err := strconv.ParseInt(v, 10, 64)
		if err != nil || n <= 0 || n >= 1<<62 { // v1 says "no limit" with a number near 2^63
			return 0, false
		}
		return n, true
	}
	return 0, false
}
