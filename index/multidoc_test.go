package index

import (
	"context"
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/corpus/synth"
)

// TestQuestionsNamingADocument asks, over 60 generated documents (above
// the size searched from memory, so bleve answers), questions that name a
// document by its title: its definition, a key point of it, its history.
// The answer must come from that document.
func TestQuestionsNamingADocument(t *testing.T) {
	docs, _, ix := bleveSearchedIndex(t)
	r := rand.New(rand.NewPCG(1, 2))
	asked, right := 0, 0
	for _, d := range docs {
		title := d.Title
		if r.IntN(2) == 0 {
			title = strings.ToLower(title)
		}
		for _, q := range []struct{ text, want string }{
			{"what is the " + title + "?", d.ID + "/definition"},
			{fmt.Sprintf("key point %d of %s", 2+r.IntN(3), title), d.ID + "/key-points/"},
			{title + " historical background", d.ID + "/historical-background"},
		} {
			ans, err := ix.Search(context.Background(), q.text, 3)
			if err != nil {
				t.Fatal(err)
			}
			asked++
			if len(ans.Results) > 0 && strings.HasPrefix(ans.Results[0].ID, q.want) {
				right++
			} else if testing.Verbose() {
				got := "nothing"
				if len(ans.Results) > 0 {
					got = ans.Results[0].ID
				}
				t.Logf("%q: got %s, want %s", q.text, got, q.want)
			}
		}
	}
	share := float64(right) / float64(asked)
	t.Logf("%d of %d questions naming a document answered from it (%.3f)", right, asked, share)
	if share < 0.95 {
		t.Errorf("only %.3f of questions naming a document were answered from it; want at least 0.95", share)
	}
}

// bleveSearchedIndex indexes 60 generated documents: more passages than
// are searched from memory, so bleve answers.
func bleveSearchedIndex(tb testing.TB) ([]*corpus.Document, *corpus.Corpus, *Index) {
	tb.Helper()
	docs, err := synth.Docs(7, 60*synth.PassagesPerDoc)
	if err != nil {
		tb.Fatal(err)
	}
	c, err := corpus.New(docs...)
	if err != nil {
		tb.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		tb.Fatal(err)
	}
	tb.Cleanup(func() { ix.Close() })
	if ix.mem != nil {
		tb.Fatal("this corpus should be searched through bleve")
	}
	return docs, c, ix
}
