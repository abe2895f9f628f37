package bot

import (
	"fmt"
	"slices"
	"strings"
	"testing"
	"time"
)

// TestConversations: a user's question is asked in a conversation about
// the document their last answered question in that channel came from;
// another user's is not, nor theirs in another channel, but a classmate's
// "More results" on their answer is; a refused question leaves the
// conversation as it was, and it ends after conversationTTL.
func TestConversations(t *testing.T) {
	const self = "999"
	f := newFixture(t)
	say := func(channel, user, q string) {
		t.Helper()
		f.clock.advance(10 * time.Second) // within the rate limit
		m := &Message{ID: "1", ChannelID: channel, GuildID: "3", Author: &User{ID: user}, Content: "<@999> " + q}
		if _, ok := f.bot.Message(t.Context(), m, self); !ok {
			t.Fatalf("%q not answered", q)
		}
	}
	slash := func(channel, user, q string) {
		t.Helper()
		f.clock.advance(10 * time.Second)
		in := decode(t, fmt.Sprintf(`{"type":2,"channel_id":%q,"guild_id":"3","member":{"user":{"id":%q}},"data":{"name":"ask","options":[{"name":"question","type":3,"value":%q}]}}`, channel, user, q))
		if _, err := f.bot.Interaction(t.Context(), in); err != nil {
			t.Fatal(err)
		}
	}
	say("2", "4", "what are quantum qubits?")    // answered from Quantum Computing
	say("2", "4", "and how are they corrected?") // a follow-up
	say("2", "5", "how are they corrected?")     // another user
	say("7", "4", "how are they corrected?")     // another channel
	say("2", "4", "zzz")                         // refused: the topic stays
	slash("2", "4", "error correction")          // /ask too
	press := func(user, asker, q string) {
		t.Helper()
		f.clock.advance(10 * time.Second)
		in := decode(t, fmt.Sprintf(`{"type":3,"channel_id":"2","guild_id":"3","member":{"user":{"id":%q}},"data":{"custom_id":%q},`+
			`"message":{"id":"50","channel_id":"2","content":"","interaction_metadata":{"id":"1","type":2,"user":{"id":%q}}}}`, user, "more:1:"+q, asker))
		if _, err := f.bot.Interaction(t.Context(), in); err != nil {
			t.Fatal(err)
		}
	}
	press("5", "4", "error correction")                         // a classmate pages user 4's answer
	say("2", "4", "what is the technology transfer provision?") // answered from another document
	say("2", "4", "and the funding?")
	f.clock.advance(conversationTTL)
	say("2", "4", "and the funding?") // the conversation has ended

	const qc, cetpID = "quantum-computing", "critical-and-emerging-technologies-partnership"
	want := []string{"", qc, "", "", qc, qc, qc, qc, cetpID, ""}
	f.search.mu.Lock()
	got := slices.Clone(f.search.topics)
	f.search.mu.Unlock()
	if !slices.Equal(got, want) {
		t.Errorf("asked in conversations about %q, want %q", got, want)
	}
}

// TestConversationsBounded: however many users ask, the conversations
// held stay under maxConversations.
func TestConversationsBounded(t *testing.T) {
	now := time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)
	c := newConversations(func() time.Time { return now })
	for i := range 3 * maxConversations {
		c.answered(asker{"c", fmt.Sprint(i)}, "doc")
	}
	if n := c.size(); n > maxConversations {
		t.Errorf("%d conversations held, want at most %d", n, maxConversations)
	}
	if got := c.topic(asker{"c", fmt.Sprint(3*maxConversations - 1)}); got != "doc" {
		t.Errorf("the latest conversation's topic %q, want doc", got)
	}
}

// TestConversationFirstInAutocomplete: /lookup suggests the sections of the
// document the user's conversation is about before others that match as
// well, and first when nothing is typed yet.
func TestConversationFirstInAutocomplete(t *testing.T) {
	const self = "999"
	f := newFixture(t)
	m := &Message{ID: "1", ChannelID: "2", GuildID: "3", Author: &User{ID: "4"}, Content: "<@999> what is the technology transfer provision?"}
	if _, ok := f.bot.Message(t.Context(), m, self); !ok {
		t.Fatal("not answered")
	}
	first := func(user, typed string) string {
		t.Helper()
		in := decode(t, fmt.Sprintf(`{"type":4,"channel_id":"2","guild_id":"3","member":{"user":{"id":%q}},"data":{"name":"lookup","options":[{"name":"section","type":3,"value":%q,"focused":true}]}}`, user, typed))
		r, err := f.bot.Interaction(t.Context(), in)
		if err != nil || r.Data == nil || len(r.Data.Choices) == 0 {
			t.Fatalf("autocomplete %q: %+v, %v", typed, r, err)
		}
		id := fmt.Sprint(r.Data.Choices[0].Value)
		if h, ok := strings.CutPrefix(id, "#"); ok {
			id, _ = f.bot.sharedView.unhash(h)
		}
		return id
	}
	const cetpID = "critical-and-emerging-technologies-partnership"
	for _, tt := range []struct{ user, typed, want string }{
		{"4", "key po", cetpID + "/key-points"},
		{"5", "key po", "quantum-computing/key-points"}, // the shortest name, for another user
		{"4", "", cetpID + "/what-is-critical-and-emerging-technologies-partnership"},
		{"4", "qubits", "quantum-computing/key-points/1"}, // a better match wins
	} {
		if got := first(tt.user, tt.typed); got != tt.want {
			t.Errorf("user %s typing %q: first %s, want %s", tt.user, tt.typed, got, tt.want)
		}
	}
}
