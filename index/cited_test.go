package index_test

import (
	"context"
	"maps"
	"slices"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/all" // every format of notes conceptbot reads
	"github.com/conceptbot/conceptbot/index"
)

// filesIndex indexes notes read from files, each a name and its content,
// in the order of their names, as a folder of them is read.
func filesIndex(t *testing.T, files map[string][]byte) *index.Index {
	t.Helper()
	var docs []*corpus.Document
	for _, name := range slices.Sorted(maps.Keys(files)) {
		d, err := corpus.Parse(name, files[name])
		if err != nil {
			t.Fatal(err)
		}
		docs = append(docs, d)
	}
	c, err := corpus.New(docs...)
	if err != nil {
		t.Fatal(err)
	}
	ix, err := index.Build(context.Background(), c, index.Options{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { ix.Close() })
	return ix
}

// checkCited asks each question of want and checks that it is answered,
// its first result cited as want says.
func checkCited(t *testing.T, ix *index.Index, want map[string]string) {
	t.Helper()
	for q, cited := range want {
		ans, err := ix.Search(context.Background(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !ans.Answered || len(ans.Results) == 0 || ans.Results[0].Citation() != cited {
			t.Errorf("%q: answered %v, %v; want %s", q, ans.Answered, citations(ans), cited)
		}
	}
}

func citations(ans corpus.Answer) []string {
	var cs []string
	for _, r := range ans.Results {
		cs = append(cs, r.Citation())
	}
	return cs
}
