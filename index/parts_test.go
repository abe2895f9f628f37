package index

import (
	"context"
	"reflect"
	"testing"
)

// TestSplitQuestion: a question that asks two things is asked in two parts,
// the second with the words of the first when it asks about what the first
// names ("… and which article sets it up").
func TestSplitQuestion(t *testing.T) {
	tests := []struct {
		in   string
		want []string
	}{
		{"", nil},
		{"what is the TTC", nil},
		{"India and Israel ties", nil},
		{"When was the TTC set up? What is the European Chips Act?", []string{"When was the TTC set up", "What is the European Chips Act"}},
		{"when was the TTC set up and what is the chips act", []string{"when was the TTC set up", "what is the chips act"}},
		{"key point 3; faq 2", []string{"key point 3", "faq 2"}},
		{"what is the TTC?", nil},
		{"TTC? ok", nil},
		// a part about what an earlier one names is asked with its words
		{"what is the CFI and which article sets it up", []string{"what is the CFI", "which article sets it up the CFI"}},
		{"what was the first reader question and how was it answered", []string{"what was the first reader question", "how was it answered the first reader question"}},
	}
	for _, tt := range tests {
		if got := splitQuestion(tt.in); !reflect.DeepEqual(got, tt.want) {
			t.Errorf("splitQuestion(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestTwoPartQuestion(t *testing.T) {
	ix := mustOpenSeed(t)
	ans, err := ix.Search(context.Background(), "When was the TTC set up and what is the European Chips Act?", 3)
	if err != nil {
		t.Fatal(err)
	}
	if !ans.Answered || len(ans.Results) < 2 {
		t.Fatalf("two-part question: %+v", ans)
	}
	got := []string{ans.Results[0].Citation(), ans.Results[1].Citation()}
	want := []string{
		"Critical and Emerging Technologies Partnership › Historical Background",
		"Critical and Emerging Technologies Partnership › Recent Developments › 5",
	}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("first two results = %q, want %q", got, want)
	}
	// A part the notes do not answer leaves the question to be answered whole.
	const half = "what is the TTC and how do volcanoes form"
	ans, err = ix.Search(context.Background(), half, 3)
	if err != nil {
		t.Fatalf("Search(%q): %v", half, err)
	}
	if len(ans.Results) == 0 || ans.Results[0].Citation() != "Critical and Emerging Technologies Partnership › Historical Background" {
		t.Errorf("Search(%q) = %+v, want the whole question's best passage, Historical Background, first", half, ans.Results)
	}
}

// TestNotesCalledByName: a question may call the notes it asks of by what
// they are ("the harappan notes", "the harappan lecture"). Another
// document's title with "Notes" in it made "notes" that document's subject,
// and the question, naming it, was refused; "lecture" matched a section
// headed "Lecture Outline".
func TestNotesCalledByName(t *testing.T) {
	harappan := "# The Harappan Civilisation\n\nA Bronze Age civilisation of the Indus valley.\n\n" +
		"## Lecture Outline\n\n- Discovery, naming and chronology\n- Town planning and the Great Bath\n\n" +
		"## Town Planning\n\n- Streets laid out in a grid, with covered drains.\n- A citadel to the west and a lower town to the east.\n\n" +
		"## Exam Tips\n\n1. Match each site with its river and its state.\n2. Learn the four extreme sites, west, east, north and south.\n3. Keep the dates of the phases apart.\n"
	gig := "# Gig & Platform Economy – Mains Answer Notes\n\nWork paid by the task through apps.\n\n" +
		"## Intro\n\n- About 77 lakh gig workers in 2020–21, by NITI Aayog's estimate.\n- Expected to reach 2.35 crore by 2029–30.\n\n" +
		"## Way forward\n\n- Portable social security across platforms.\n- A floor wage for the hours logged in.\n\n" +
		"## Exam Tips\n\n1. Quote the Code on Social Security, 2020.\n2. Add a state example such as Rajasthan's 2023 Act.\n"
	ix := mustDocsIndex(t, harappan, gig)
	for _, q := range []string{
		"exam tip 2 from the harappan notes",
		"exam tip 2 from the Harappan lecture",
		"exam tip 2 in my harappan notes",
	} {
		a, err := ix.Search(t.Context(), q, 3)
		if err != nil {
			t.Fatal(err)
		}
		if !a.Answered || a.Results[0].ID != "the-harappan-civilisation/exam-tips/2" {
			got := "refused"
			if a.Answered {
				got = a.Results[0].ID
			}
			t.Errorf("%q: %s, want the-harappan-civilisation/exam-tips/2", q, got)
		}
	}
}
