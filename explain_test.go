package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// TestAskExplain: --explain says why, on the terminal and in JSON, with
// the features named and their parts adding up to the score.
func TestAskExplain(t *testing.T) {
	out, _, err := runCLI(t, nil, "", "ask", "--explain", "--top", "2", "When was the US-EU Trade and Technology Council set up?")
	if err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"Why: confidence", "coverage", "1. Critical and Emerging Technologies Partnership › Historical Background: score", "match", "2. "} {
		if !strings.Contains(out, want) {
			t.Errorf("ask --explain lacks %q:\n%s", want, out)
		}
	}

	out, _, err = runCLI(t, nil, "", "ask", "--json", "--explain", "what is the capital of france")
	if err == nil {
		t.Fatal("an off-topic question exited 0, want the not-in-the-notes exit")
	}
	var got answerJSON
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatalf("ask --json --explain: %v\n%s", err, out)
	}
	if got.Answered || got.Explain == nil || len(got.Explain.Decision) == 0 || got.Explain.Confidence >= 0.5 {
		t.Fatalf("ask --json --explain = %+v, want a refusal explained", got)
	}
	for _, r := range got.Explain.Results {
		sum := 0.0
		for _, c := range r.Features {
			sum += c.Value * c.Weight
		}
		if d := sum - r.Score; d > 1e-9 || d < -1e-9 {
			t.Errorf("%s: features add up to %v, score %v", r.ID, sum, r.Score)
		}
	}
}
