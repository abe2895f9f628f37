package index

import (
	"context"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// mustOpenSeed builds an in-memory index of the embedded corpus.
func mustOpenSeed(tb testing.TB) *Index {
	tb.Helper()
	c, _, err := corpus.Load(context.Background(), corpus.Options{Seed: true})
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	return ix
}
