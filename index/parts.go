package index

import (
	"context"
	"regexp"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Search answers question with up to n passages, best first. Questions are
// never parsed as bleve query syntax: they are analysed into terms and
// queried term by term. A question whose words ask for a list, a summary,
// points, a comparison, or that asks two things ("when was the TTC set up
// and what is the Chips Act?") gets an answer of that shape (see
// searchShaped); any other, the best passage and related ones. Asked in a
// conversation about a document (corpus.WithTopic), a question the notes
// answer, and a summary, points or a list that do not name their notes,
// are answered from that document when it can be.
func (ix *Index) Search(ctx context.Context, question string, n int) (corpus.Answer, error) {
	doc := corpus.Topic(ctx)
	if doc == "" {
		return ix.search(ctx, question, n)
	}
	ans, err := ix.search(corpus.WithTopic(ctx, ""), question, n)
	if _, ok := ix.docStart[doc]; !ok || err != nil {
		return ans, err
	}
	switch {
	case !ans.Answered && ans.Shape == corpus.ShapePassage:
		return ans, nil // not in the notes
	case ans.Answered && (len(ans.Results) == 0 || ans.Results[0].DocID == doc):
		return ans, nil
	}
	// The notes answer it from another document, or would give a summary,
	// points or a list of any ("summarise it": of which notes?): from the
	// conversation's when that answers.
	in, err := ix.search(ctx, question, n)
	if err != nil || in.Answered && len(in.Results) > 0 && in.Results[0].DocID == doc {
		return in, err
	}
	return ans, nil
}

// search answers question, asked in ctx's conversation when it has one.
func (ix *Index) search(ctx context.Context, question string, n int) (corpus.Answer, error) {
	if ans, ok := ix.atMoment(question); ok {
		return ans, nil
	}
	if ans, ok, err := ix.searchShaped(ctx, question, n); ok || err != nil {
		return ans, err
	}
	ans, err := ix.searchOne(ctx, question, n)
	if ans.Shape == "" {
		ans.Shape = corpus.ShapePassage
	}
	return ans, err
}

// searchParts answers each part of a question with its best passage first,
// when the notes answer every part with a passage of its own; then the next
// passages of each part in turn, up to n in all.
func (ix *Index) searchParts(ctx context.Context, question string, parts []string, n int) (corpus.Answer, bool, error) {
	parts = parts[:min(len(parts), maxParts)]
	answers := make([]corpus.Answer, len(parts))
	seen := map[string]bool{}
	for i, part := range parts {
		a, err := ix.searchOne(ctx, part, n)
		if err != nil || !a.Answered {
			return a, false, err
		}
		if seen[a.Results[0].ID] {
			return a, false, nil
		}
		seen[a.Results[0].ID] = true
		answers[i] = a
	}
	ans := corpus.Answer{Question: question, Answered: true, Confidence: 1, Shape: corpus.ShapeParts, Parts: parts}
	for _, a := range answers {
		ans.Confidence = min(ans.Confidence, a.Confidence)
	}
	ans.Results = interleave(answers, max(n, len(parts)))
	return ans, true, nil
}

// maxParts is the most parts of a question answered each on its own.
const maxParts = 4

// partRE finds where a question with two parts starts its second: after a
// question mark or semicolon, or at the question word after "and" ("when was
// the TTC set up and what is the Chips Act").
var partRE = regexp.MustCompile(`(?i)[?;]\s*|\s+(?:and|also|plus)\s+(?:also\s+)?((?:what|when|where|which|who|why|how|is|are|does|do|did|can)\b)`)

// backRefRE matches a part of a question that asks about what an earlier
// part named: "how was it answered".
var backRefRE = regexp.MustCompile(`(?i)\b(?:it|its|they|them|their|he|she|him|his|her)\b`)

// askedRE matches the words that open a question: "what is".
var askedRE = regexp.MustCompile(`(?i)^(?:(?:what|when|where|which|who|whom|why|how|is|are|was|were|does|do|did|can|has|have|had)\s+)+`)

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
		p = strings.TrimSpace(p)
		switch {
		case len(out) > 0 && backRefRE.MatchString(p):
			// "what is the CFI and which article sets it up": the second
			// asks about what the first names
			out = append(out, p+" "+askedRE.ReplaceAllString(out[0], ""))
		case len(strings.Fields(p)) >= 2:
			out = append(out, p)
		}
	}
	if len(out) < 2 {
		return nil
	}
	return out
}
