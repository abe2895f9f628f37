package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestServeFollowUpsOverHTTP: through the signed HTTP endpoint, a user's
// follow-up is answered from the document of their last answer in the
// channel; another user's same question is not.
func TestServeFollowUpsOverHTTP(t *testing.T) {
	dir := followUpNotes(t)
	answer := httpEdge(t, map[string]string{"CONCEPTBOT_CORPUS_PATHS": dir})
	ask := func(id, user, q string) string {
		in := askInteraction(id, q)
		in["member"].(map[string]any)["user"].(map[string]any)["id"] = user
		return seen(answer(in))
	}
	if got := ask("1", "1001", "what is the finance commission?"); !strings.Contains(got, "Finance Commission") {
		t.Fatalf("what is the finance commission? %s", got)
	}
	const followUp = "how long do members serve?"
	if got := ask("2", "1001", followUp); !strings.Contains(got, "until the report is submitted") {
		t.Errorf("%s, after the finance commission: %s", followUp, got)
	}
	if got := ask("3", "1002", followUp); !strings.Contains(got, "until the age of 70") {
		t.Errorf("%s, from another user: %s", followUp, got)
	}
}

// followUpNotes writes two documents that both say how long their members
// serve into a directory, and returns it: the Lokpal's answers "how long
// do members serve?" without a conversation.
func followUpNotes(t *testing.T) string {
	t.Helper()
	dir := t.TempDir()
	for name, text := range map[string]string{
		"lokpal.md": "# Lokpal\n\nAn anti-corruption ombudsman at the Centre.\n\n## Composition\n\n" +
			"- A chairperson and up to eight members, half of them judicial.\n" +
			"- The chairperson and members serve for five years or until the age of 70.\n",
		"finance-commission.md": "# Finance Commission\n\nA constitutional body that recommends how taxes are shared between the Centre and the states.\n\n## Composition\n\n" +
			"- A chairman and four other members, appointed by the President.\n" +
			"- Its members serve for the period the President's order specifies, usually until the report is submitted.\n",
	} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}
