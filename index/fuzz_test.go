package index

import (
	"context"
	"strings"
	"testing"
	"unicode/utf8"
)

// FuzzSearch asks the seed anything: no panic, no error, and an answer
// that holds together — answered only with results, each cited, a note
// only on a refusal.
func FuzzSearch(f *testing.F) {
	for _, q := range []string{
		"when was the TTC set up?", "key pt 7", "key point seven", "dev 3", "faq #4", "3rd key point",
		"ttc full form", "what does TTC stand for", "cetp latest news", "timeline of the partnership",
		"ttc kb bna", "why can't india join", "comitee", "@everyone key point 70", "quad vs ttc",
		"list all developments", "5 points on the partnership for mains", "", "((()))", "key point 1e9",
		"section IV", "section 2", "section 20", "part ix", "spcl dvlpmnt", "recnt develpments", "list all proposals",
		"key points vs faq", "all prelims facts", "ttc budget", "éabc dvlpmnt",
	} {
		f.Add(q)
	}
	ix := mustOpenSeed(f)
	f.Fuzz(func(t *testing.T, q string) { checkSearch(t, ix, q) })
}

// checkSearch fails t unless ix answers q without an error, and its answer
// holds together.
func checkSearch(t *testing.T, ix *Index, q string) {
	ans, err := ix.Search(context.Background(), q, 3)
	if err != nil {
		t.Fatalf("Search(%q): %v", q, err)
	}
	if ans.Answered && len(ans.Results) == 0 {
		t.Fatalf("Search(%q): answered with no results", q)
	}
	if ans.Answered && ans.Note != "" {
		t.Fatalf("Search(%q): answered with a note %q", q, ans.Note)
	}
	for _, r := range ans.Results {
		if r.Citation() == "" || !utf8.ValidString(r.Text) || strings.TrimSpace(r.ID) == "" {
			t.Fatalf("Search(%q): a result without a citation, text or ID: %+v", q, r.Passage)
		}
	}
}

// FuzzSearchNumberedNotes asks notes whose sections and subsections are
// numbered ("3.2 Committee"): look-ups by number replace a question's
// concepts, and nothing of the plan may point at the old ones.
func FuzzSearchNumberedNotes(f *testing.F) {
	for _, q := range []string{
		"what is the removal of judges section 3.2", "how many members section 3", "section 2.1", "3.2",
		"who is the current chairman part 2", "grounds of removal chapter 2", "removal of judges sec 3.1",
		"what is the motion of section 3", "key point 2 of section 3", "list all sections",
	} {
		f.Add(q)
	}
	ix := mustFileIndex(f, "judges.txt", "REMOVAL OF JUDGES\n\n1. INTRODUCTION\nJudges hold office until they retire.\n\n"+
		"2. GROUNDS\nProved misbehaviour or incapacity.\n\n3. PROCEDURE\n3.1 Motion\nA hundred members of the Lok Sabha sign it.\n"+
		"3.2 Committee\nThree members inquire into the charges.\n\n4. CASES\n- 1993: Justice V. Ramaswami; the motion failed.\n- 2011: Justice Soumitra Sen resigned.\n")
	f.Fuzz(func(t *testing.T, q string) { checkSearch(t, ix, q) })
}
