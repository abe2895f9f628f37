package bolt

import (
	"path/filepath"
	"testing"

	"github.com/conceptbot/conceptbot/store/storetest"
)

func TestConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) storetest.Store {
		return mustOpen(tb, filepath.Join(tb.TempDir(), "conceptbot.db"), Options{})
	})
}

// mustOpen opens a store, closed when the test ends.
func mustOpen(tb testing.TB, path string, opts Options) *Store {
	tb.Helper()
	s, err := Open(path, opts)
	if err != nil {
		tb.Fatalf("Open(%s): %v", path, err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
