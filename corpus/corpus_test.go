package corpus

import (
	"slices"
	"testing"
)

// TestCitedAt: a passage is cited by a mark in place of the time its
// paragraph starts, wherever that stands in its path (before the number
// of a dated entry), and its own path is left as it was.
func TestCitedAt(t *testing.T) {
	p := Passage{Doc: "lecture", Section: []string{"recent developments", "10:19", "1"}, Text: "now recent developments then in March",
		Marks: []Mark{{At: 0, Start: 619}, {At: 25, Start: 640}}}
	if got := p.CitedAt(1).Citation(); got != "lecture › recent developments › 10:40 › 1" {
		t.Errorf("cited %q", got)
	}
	if !slices.Equal(p.Section, []string{"recent developments", "10:19", "1"}) {
		t.Errorf("the passage's own path became %q", p.Section)
	}
	if got := p.MarkOf(24); got != 0 {
		t.Errorf("byte 24 is under mark %d, want 0", got)
	}
}
