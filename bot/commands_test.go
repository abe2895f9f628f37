package bot

import (
	"fmt"
	"path/filepath"
	"regexp"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// nameRE is Discord's rule for chat-input command and option names.
var nameRE = regexp.MustCompile(`^[-_'\p{L}\p{N}\p{Devanagari}\p{Thai}]{1,32}$`)

func TestCommands(t *testing.T) {
	cmds := Commands()
	seen := map[string]bool{}
	for _, c := range cmds {
		if seen[c.Name] {
			t.Errorf("command %q registered twice", c.Name)
		}
		seen[c.Name] = true
		switch c.Type {
		case CommandTypeChatInput:
			if !nameRE.MatchString(c.Name) || strings.ToLower(c.Name) != c.Name {
				t.Errorf("command name %q breaks Discord's rule", c.Name)
			}
			if n := utf8.RuneCountInString(c.Description); n < 1 || n > 100 {
				t.Errorf("command %q: description of %d runes, want 1–100", c.Name, n)
			}
		case CommandTypeMessage:
			if n := utf8.RuneCountInString(c.Name); n < 1 || n > 32 {
				t.Errorf("message command %q: %d runes, want 1–32", c.Name, n)
			}
			if c.Description != "" || len(c.Options) > 0 {
				t.Errorf("message command %q has a description or options", c.Name)
			}
		default:
			t.Errorf("command %q: type %d", c.Name, c.Type)
		}
		required := true
		for _, o := range c.Options {
			if !nameRE.MatchString(o.Name) || strings.ToLower(o.Name) != o.Name {
				t.Errorf("option %s.%s breaks Discord's name rule", c.Name, o.Name)
			}
			if n := utf8.RuneCountInString(o.Description); n < 1 || n > 100 {
				t.Errorf("option %s.%s: description of %d runes, want 1–100", c.Name, o.Name, n)
			}
			if o.Required && !required {
				t.Errorf("option %s.%s: required after an optional one", c.Name, o.Name)
			}
			required = o.Required
		}
	}
	for _, want := range []string{cmdAsk, cmdLookup, cmdFact, cmdFind} {
		if !seen[want] {
			t.Errorf("Commands() lacks %q", want)
		}
	}
	golden(t, filepath.Join("testdata", "commands.json"), mustJSON(t, cmds))
}

func TestRank(t *testing.T) {
	f := newFixture(t)
	tests := []struct {
		q    string
		want string // ID of the first candidate
	}{
		{"what is critical", corpus0(f) + "/what-is-critical-and-emerging-technologies-partnership"},
		{"quantum key", "quantum-computing/key-points"},
		{"key points 5", corpus0(f) + "/key-points/5"},
		{"hist", corpus0(f) + "/historical-background"},
		{"qcdef", "quantum-computing/definition"},
		{"recnt develpments", corpus0(f) + "/recent-developments"},
		{"recnt develpments 1", corpus0(f) + "/recent-developments/1"},
	}
	for _, tt := range tests {
		got := rank(f.bot.sharedView.candidates(), tt.q, 3, tierFuzzy, "")
		if len(got) == 0 || got[0].id != tt.want {
			t.Errorf("rank(%q)[0] = %+v, want %s", tt.q, got, tt.want)
		}
	}
	if got := rank(f.bot.sharedView.candidates(), "xyzzy", 3, tierFuzzy, ""); len(got) != 0 {
		t.Errorf("rank(xyzzy) = %+v, want nothing", got)
	}
}

func corpus0(f *fixture) string { return f.corpus.Docs[0].ID }

// TestAutocompleteRateLimit: autocomplete has a limit of its own, ten times
// the questions', taken before any work; a user over it gets an empty list
// until the bucket refills, and other users are not affected.
func TestAutocompleteRateLimit(t *testing.T) {
	f := newFixture(t)
	suggest := func(who, typed string) int {
		t.Helper()
		in := fmt.Sprintf(`{"id":"9","type":4,%s,"data":{"name":"lookup","type":1,"options":[{"type":3,"name":"section","value":%q,"focused":true}]}}`, who, typed)
		resp, err := f.bot.Interaction(t.Context(), decode(t, in))
		if err != nil {
			t.Fatal(err)
		}
		checkResponse(t, resp)
		if resp.Type != ResponseAutocompleteResult {
			t.Fatalf("autocomplete answered %s", mustJSON(t, resp))
		}
		return len(resp.Data.Choices)
	}
	const limit = 10 * 5 // the default: ten times bot.rate_limit per window
	for i := range limit {
		if suggest(inGuild, "key") == 0 {
			t.Fatalf("autocomplete %d had no choices, want %d allowed", i+1, limit)
		}
	}
	if n := suggest(inGuild, "key"); n != 0 {
		t.Errorf("autocomplete %d within the window = %d choices, want none", limit+1, n)
	}
	if suggest(inDM, "key") == 0 {
		t.Error("another user's autocomplete is limited too")
	}
	if ok, _ := f.bot.allow("100"); !ok {
		t.Error("autocomplete used up the user's questions")
	}
	f.clock.advance(30 * time.Second / limit)
	if suggest(inGuild, "key") == 0 {
		t.Error("autocomplete after a token refilled had no choices")
	}
}

func TestMatchTiers(t *testing.T) {
	const qcd = "quantum computing definition"
	const kp6 = "Cybersecurity cooperation is also a priority, with partners sharing threat intelligence."
	tests := []struct {
		key, text, q string
		want         int
	}{
		{qcd, "", "quantum", tierPrefix},
		{qcd, "", "computing", tierWord},
		{qcd, "", "puting", tierSubstring},
		{qcd, "", "definition quantum", tierWords},
		{qcd, "", "def quant", tierWords},
		{qcd, "", "qcd", tierSubsequence},
		{qcd, "", "kwantum", tierFuzzy},
		{qcd, "", "banana", tierNone},
		{qcd, "", "qüantum", tierFuzzy},
		{"quantüm computing definition", "", "qcd", tierSubsequence},
		{qcd, "", "quantum computing definition and more", tierNone},
		{qcd, "", "kwantum komputing", tierFuzzy},
		// More words than a name has are not matched word by word.
		{qcd, "", strings.Repeat("kwantum ", maxQueryWords), tierFuzzy},
		{qcd, "", strings.Repeat("kwantum ", maxQueryWords+1), tierNone},
		{qcd, "", strings.Repeat("computing ", maxQueryWords), tierWords},
		{qcd, "", strings.Repeat("computing ", maxQueryWords+1), tierNone},
		// The text stands in for words the name lacks, whole or begun.
		{"key points 6", kp6, "cybersecurity", tierText},
		{"key points 6", kp6, "cyber", tierText},
		{"key points 6", kp6, "threat intel", tierText},
		{"key points 6", kp6, "key cooperation", tierText},
		{"key points 6", kp6, "cybersecurity banana", tierNone},
		{"key points 6", kp6, "ecurity", tierNone},  // inside a word of the text is not a match
		{"cybersecurity", kp6, "cyber", tierPrefix}, // the name first
	}
	for _, tt := range tests {
		if got, _ := match(tt.key, tt.text, tt.q); got != tt.want {
			t.Errorf("match(%q, %.20q, %q) = %d, want %d", tt.key, tt.text, tt.q, got, tt.want)
		}
	}
	// Within tierText, the earlier the words appear in the text, the better.
	_, early := match("key points 6", kp6, "cybersecurity")
	_, late := match("key points 6", kp6, "threat")
	if early >= late {
		t.Errorf("match at %d for a text's first word, %d for a later one; want the first lower", early, late)
	}
}

func TestPrefixDistances(t *testing.T) {
	tests := []struct {
		a, b string
		want []int // the distance from a to each prefix of b
	}{
		{"kitten", "sitting", []int{6, 6, 5, 4, 3, 3, 2, 3}},
		{"", "ab", []int{0, 1, 2}},
		{"ab", "", []int{2}},
		{"qüantum", "quantum", []int{7, 6, 5, 5, 4, 3, 2, 1}},
	}
	var rows [2][]int
	for _, tt := range tests {
		if got := prefixDistances([]rune(tt.a), []rune(tt.b), &rows); fmt.Sprint(got) != fmt.Sprint(tt.want) {
			t.Errorf("prefixDistances(%q, %q) = %v, want %v", tt.a, tt.b, got, tt.want)
		}
	}
}
