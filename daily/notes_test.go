package daily

import (
	"context"
	"errors"
	"slices"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// guildNotes is each server's own corpus and whether it includes the
// shared one; a server not listed has no notes of its own.
type guildNotes map[string]struct {
	own    *corpus.Corpus
	shared bool
	err    error
}

func (g guildNotes) GuildCorpus(_ context.Context, guild string) (*corpus.Corpus, bool, error) {
	n, ok := g[guild]
	if !ok {
		return nil, true, nil
	}
	return n.own, n.shared, n.err
}

// ownCorpus is a server's own document: n key points of document doc.
func ownCorpus(tb testing.TB, doc string, n int) *corpus.Corpus {
	tb.Helper()
	c, err := corpus.New(&corpus.Document{ID: doc, Title: "Doc " + doc, Passages: passages(doc, corpus.KindKeyPoint, 1, n)})
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

// TestFactsFromEachServersNotes: each server's facts come from its own
// notes, with or without the shared ones, and never from another server's.
func TestFactsFromEachServersNotes(t *testing.T) {
	e := newEnv(t, at(t, "UTC", 2026, 5, 1, 8, 0), mustCorpus(t, 3, 0, 0))
	e.opts.Notes = guildNotes{
		"1": {own: ownCorpus(t, "alpha", 4), shared: false},
		"2": {own: ownCorpus(t, "beta", 2), shared: true},
		"4": {err: errors.New("database down")},
	}
	s := e.mustOpen(t)
	wantDocs := map[string][]string{"1": {"alpha"}, "2": {"beta", "doc"}, "3": {"doc"}}
	wantLeft := map[string]int{"1": 4, "2": 5, "3": 3}
	for g, docs := range wantDocs {
		if st := mustSet(t, s, g, "c"+g, "09:00", "UTC", "key points"); st.Left != wantLeft[g] {
			t.Errorf("server %s: %d facts left, want %d", g, st.Left, wantLeft[g])
		}
		seen := map[string]bool{}
		for range wantLeft[g] {
			p, err := s.Skip(t.Context(), g)
			if err != nil {
				t.Fatalf("Skip(%s): %v", g, err)
			}
			seen[p.DocID] = true
		}
		for d := range seen {
			if !slices.Contains(docs, d) {
				t.Errorf("server %s got a fact of %s; its facts come from %v", g, d, docs)
			}
		}
		if len(seen) != len(docs) {
			t.Errorf("server %s's facts came from %v, want %v", g, seen, docs)
		}
	}
	e.clock.Set(at(t, "UTC", 2026, 5, 1, 9, 0))
	fireDue(t, s)
	posts := e.sender.Posts()
	if len(posts) != len(wantDocs) {
		t.Errorf("posts at 09:00 = %+v, want one a server", posts)
	}
	for _, p := range posts {
		doc, _, _ := strings.Cut(p.Passage, "/")
		if g := strings.TrimPrefix(p.Channel, "c"); !slices.Contains(wantDocs[g], doc) {
			t.Errorf("server %s was posted %s; its facts come from %v", g, p.Passage, wantDocs[g])
		}
	}
	if _, err := s.Preview(t.Context(), "4"); ErrorCode(err) != EUnavailable {
		t.Errorf("Preview with the server's notes unreadable = %v, want EUnavailable", err)
	}
}
