package index

import (
	"context"
	"reflect"
	"testing"
)

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
