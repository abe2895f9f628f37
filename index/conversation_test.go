package index

import (
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

const (
	lokpalNotes = `# Lokpal

An anti-corruption ombudsman at the Centre.

## Composition

- A chairperson and up to eight members, half of them judicial.
- The chairperson and members serve for five years or until the age of 70.
`
	financeNotes = `# Finance Commission

A constitutional body that recommends how taxes are shared between the Centre and the states.

## Composition

- A chairman and four other members, appointed by the President.
- Its members serve for the period the President's order specifies, usually until the report is submitted.
- Members may be reappointed.
`
)

// TestConversationTopic: asked in a conversation about a document, a
// question that names none is answered from it; one that names another
// document, or that the notes do not answer, is answered as without it.
func TestConversationTopic(t *testing.T) {
	ix := mustDocsIndex(t, financeNotes, lokpalNotes)
	ctx := t.Context()
	tests := []struct {
		name, topic, q, want string // want: the first result's ID, or "refused"
	}{
		{"no conversation", "", "how long do members serve?", "lokpal/composition/2"},
		{"follow-up", "finance-commission", "how long do members serve?", "finance-commission/composition/2"},
		{"the conversation's document answers anyway", "lokpal", "how long do members serve?", "lokpal/composition/2"},
		{"another document named", "finance-commission", "how long do lokpal members serve?", "lokpal/composition/2"},
		{"a document of other notes", "quantum-computing", "how long do members serve?", "lokpal/composition/2"},
		{"a part of it", "finance-commission", "composition", "finance-commission/composition/1"},
		{"a summary of it", "finance-commission", "summarise it", "finance-commission/definition"},
		{"a list without a conversation", "", "list all points on composition", "finance-commission/composition/1"},
		{"a list of it", "lokpal", "list all points on composition", "lokpal/composition/1"},
		{"a summary without a conversation", "", "summarise it", "refused"},
		{"not in the notes", "finance-commission", "who won the cricket world cup?", "refused"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			a, err := ix.Search(corpus.WithTopic(ctx, tt.topic), tt.q, 3)
			if err != nil {
				t.Fatal(err)
			}
			got := "refused"
			if a.Answered {
				got = a.Results[0].ID
			}
			if got != tt.want {
				t.Errorf("%q about %q: %s, want %s", tt.q, tt.topic, got, tt.want)
			}
		})
	}
}
