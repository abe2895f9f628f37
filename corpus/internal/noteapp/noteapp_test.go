package noteapp

import "testing"

// TestHeading: a Markdown heading of one to six #s, closed or not, is
// told apart from a tag and from more #s than a heading has.
func TestHeading(t *testing.T) {
	for _, tt := range []struct {
		line, text string
		level      int
	}{
		{"# Fundamental Rights", "Fundamental Rights", 1},
		{"## Art. 21 ##", "Art. 21", 2},
		{"  ### Learn C#", "Learn C#", 3},
		{"#\tTabbed", "Tabbed", 1},
		{"#", "", 1},
		{"#polity #gs2", "", 0},
		{"####### seven", "", 0},
		{"Article 21", "", 0},
	} {
		if text, level := Heading(tt.line); text != tt.text || level != tt.level {
			t.Errorf("Heading(%q) = %q, %d; want %q, %d", tt.line, text, level, tt.text, tt.level)
		}
	}
}
