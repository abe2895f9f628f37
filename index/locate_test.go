package index

import (
	"reflect"
	"testing"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/conceptbot/conceptbot/corpus"
)

// TestLocatorAnalyzes checks that a locator finds every term where the
// analyzer puts it, in the notes, in generated notes, and in words the
// filters change (possessives, accents, capitals, stop words, keepStems).
func TestLocatorAnalyzes(t *testing.T) {
	ix := mustOpenSeed(t)
	ps := append(ix.corpus.Passages(), synthCorpus(t, synthSeed, 2000).Passages()...)
	ps = append(ps, corpus.Passage{
		Doc:      "India’s El Niño Policy, 1935",
		Section:  []string{"Key Points"},
		Kind:     corpus.KindKeyPoint,
		Question: "What's the U.S. view of ISRO's AI-based systems?",
		Text:     "The US used it; uses, using. ΟΔΟΣ Ⱥⱥ naïve café co-operation 3.14 e.g. don't can't O'Neill's Σ 2024–25 ＇s",
	}, corpus.Passage{
		Doc:     "Dates",
		Section: []string{"Mar 2025 updates"},
		Kind:    corpus.KindDevelopment,
		Text:    "Mar 2025: a failure. 29 JAN, then Sept-2024 and jan dhan in Dec; 12 mar 2026 oct",
	})
	loc := ix.newLocator(nil)
	for _, p := range ps {
		if got, want := loc.fieldLocations(p), analyzedLocations(ix, p); !reflect.DeepEqual(got, want) {
			t.Fatalf("passage %s: locator found\n%v\nthe analyzer\n%v", p.ID, got, want)
		}
	}
}

// analyzedLocations is where every term is in the searched fields of p,
// from the analyzer's tokens.
func analyzedLocations(ix *Index, p corpus.Passage) search.FieldTermLocationMap {
	doc := document(p)
	locs := search.FieldTermLocationMap{}
	for _, f := range searchFields {
		for _, t := range ix.analyzer.Analyze([]byte(doc[f.name].(string))) {
			if locs[f.name] == nil {
				locs[f.name] = search.TermLocationMap{}
			}
			term := string(t.Term)
			locs[f.name][term] = append(locs[f.name][term], &search.Location{Pos: uint64(t.Position), Start: uint64(t.Start), End: uint64(t.End)})
		}
	}
	return locs
}
