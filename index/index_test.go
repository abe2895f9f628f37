package index

import (
	"context"
	"math"
	"slices"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

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

// TestBestByID: passages whose bleve scores differ only in their last bits
// (from one build of the same notes to the next) are ordered by ID, so the
// passages of a cut are the same each time.
func TestBestByID(t *testing.T) {
	x := 0.027855649467633862
	hits := []*search.DocumentMatch{
		{ID: "c", Score: 0.5},
		{ID: "b", Score: x},
		{ID: "a", Score: math.Nextafter(x, 0)},
		{ID: "d", Score: 0.01},
	}
	got := bestByID(hits, 2)
	if ids := []string{got[0].ID, got[1].ID}; !slices.Equal(ids, []string{"c", "a"}) {
		t.Errorf("best two of %v: %v, want c then a (a and b tie)", hits, ids)
	}
}
