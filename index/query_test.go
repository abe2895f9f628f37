package index

import (
	"context"
	"slices"
	"strings"
	"testing"
)

// placeNotes name India often, and Europe once beside two of its countries.
const placeNotes = `# Joint Research

India and Israel agreed to fund joint research in 2023.

## Key Points
1. India will host the first joint centre.
2. India and Israel share the cost equally across 22 labs.
3. Germany and France run a similar programme on quantum computing in Europe.
4. India plans a second centre in Punjab by 2027.
`

// alternatives returns the terms each concept of question may match, by
// the concept's word.
func alternatives(tb testing.TB, ix *Index, question string) map[string][]string {
	tb.Helper()
	out := map[string][]string{}
	for _, c := range ix.plan(question).concepts {
		for _, a := range c.alts {
			out[c.word] = append(out[c.word], strings.Join(a.terms, " "))
		}
	}
	return out
}

func TestRelatedWords(t *testing.T) {
	ix := mustNotesIndex(t, placeNotes)
	for _, tc := range []struct {
		name, question, word, term string
		want                       bool
	}{
		{"a plural demonym stands for its country", "what did the indians agree", "indians", ix.analyze("india")[0], true},
		{"a place the notes name once stands for its parts", "quantum research in europe", "europe", ix.analyze("germany")[0], true},
		{"an ordinal's figure stands for its word", "the 1st joint centre", "1st", ix.analyze("first")[0], true},
		{"a place the notes name often keeps its own sense", "research centres in india", "india", ix.analyze("punjab")[0], false},
	} {
		t.Run(tc.name, func(t *testing.T) {
			alts := alternatives(t, ix, tc.question)
			if got := slices.Contains(alts[tc.word], tc.term); got != tc.want {
				t.Errorf("%q: %q may match %v; %q among them = %v, want %v", tc.question, tc.word, alts[tc.word], tc.term, got, tc.want)
			}
		})
	}
}

// TestSmallTalk: a question of nothing but everyday words or bare numbers
// has nothing to look for, unless it names a part of the notes.
func TestSmallTalk(t *testing.T) {
	ix := mustNotesIndex(t, placeNotes)
	for q, want := range map[string]bool{
		"what time is it":           true,
		"thanks, that helped a lot": true,
		"what is 2 + 2":             true,
		"key point 2":               false,
		"what happened in 2023":     false,
		"india 2027":                false,
	} {
		p, _, err := ix.ranked(context.Background(), q)
		if err != nil {
			t.Fatal(err)
		}
		if got := smallTalk(p); got != want {
			t.Errorf("smallTalk(%q) = %v, want %v", q, got, want)
		}
	}
}

// TestMinedAcronyms: acronyms the notes spell out stand for their long
// forms and back, plural ones ("tiger reserves (TRs)") in either number.
func TestMinedAcronyms(t *testing.T) {
	ix := mustNotesIndex(t, `# Reserves

India has 58 dedicated tiger reserves (TRs), and the EU and US talk in the Trade and Technology Council (TTC).

## Key Points
1. The largest TR is Nagarjunasagar-Srisailam.
2. The TTC met in 2023.
`)
	for _, tc := range []struct{ question, word, term string }{
		{"when did the ttc meet", "ttc", "trade technolog council"},
		{"trade and technology council meeting", "trade and technology council", "ttc"},
		{"biggest tiger reserve", "tiger reserve", "tr"},
		{"how many tiger reserves", "tiger reserves", "tr"},
		{"largest trs", "trs", "tiger reserv"},
	} {
		alts := alternatives(t, ix, tc.question)
		if !slices.Contains(alts[tc.word], tc.term) {
			t.Errorf("%q: %q may match %v, want %q among them", tc.question, tc.word, alts[tc.word], tc.term)
		}
	}
}
