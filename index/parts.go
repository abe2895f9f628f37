package index

import (
	"context"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Search answers question with up to n passages, best first. Questions are
// never parsed as bleve query syntax: they are analysed into terms and
// queried term by term. A question that asks two things ("when was the TTC
// set up and what is the Chips Act?") gets the best passage for each part
// first, when the notes answer every part.
func (ix *Index) Search(ctx context.Context, question string, n int) (corpus.Answer, error) {
	whole, err := ix.searchOne(ctx, question, n)
	parts := splitQuestion(question)
	if err != nil || parts == nil {
		return whole, err
	}
	ans := corpus.Answer{Question: question, Answered: true, Confidence: 1}
	seen := map[string]bool{}
	for _, part := range parts {
		a, err := ix.searchOne(ctx, part, n)
		if err != nil || !a.Answered {
			return whole, err
		}
		ans.Confidence = min(ans.Confidence, a.Confidence)
		if best := a.Results[0]; !seen[best.ID] {
			seen[best.ID] = true
			ans.Results = append(ans.Results, best)
		}
	}
	if len(ans.Results) < 2 {
		return whole, nil
	}
	for _, r := range whole.Results {
		if len(ans.Results) >= max(n, len(parts)) {
			break
		}
		if !seen[r.ID] {
			seen[r.ID] = true
			ans.Results = append(ans.Results, r)
		}
	}
	return ans, nil
}

// partRE finds where a question with two parts starts its second: after a
// question mark or semicolon, or at the question word after "and" ("when was
// the TTC set up and what is the Chips Act").
var partRE = regexp.MustCompile(`(?i)[?;]\s*|\s+(?:and|also|plus)\s+(?:also\s+)?((?:what|when|where|which|who|why|how|is|are|does|do|did|can)\b)`)

// splitQuestion returns the parts of a question that asks two (or more)
// things, or nil when it asks one. A part has two words at least.
func splitQuestion(q string) []string {
	var parts []string
	at := 0
	for _, l := range partRE.FindAllStringSubmatchIndex(q, -1) {
		parts = append(parts, q[at:l[0]])
		at = l[1]
		if l[2] >= 0 {
			at = l[2] // the second part keeps its question word
		}
	}
	parts = append(parts, q[at:])
	var out []string
	for _, p := range parts {
		if p = strings.TrimSpace(p); len(strings.Fields(p)) >= 2 {
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
