package postgres

import (
	"os"
	"testing"

	"github.com/conceptbot/conceptbot/internal/pgtest"
	"github.com/conceptbot/conceptbot/store/storetest"
)

func TestMain(m *testing.M) { os.Exit(pgtest.Main(m)) }

func TestConformance(t *testing.T) {
	storetest.Run(t, func(tb testing.TB) storetest.Store {
		return mustOpen(tb, pgtest.URL(tb), Options{Logger: quiet})
	})
}

// mustOpen opens a store, closed when the test ends.
func mustOpen(tb testing.TB, url string, opts Options) *Store {
	tb.Helper()
	s, err := Open(tb.Context(), url, opts)
	if err != nil {
		tb.Fatalf("Open: %v", err)
	}
	tb.Cleanup(func() { s.Close() })
	return s
}
