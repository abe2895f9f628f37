package index

import (
	"slices"
	"strings"
)

// askingWords ask for an answer without saying what about: "explain the
// TTC" and "what is the TTC" ask the same. QuestionKey leaves them out, as
// the analyzer leaves out "what" and "the".
var askingWords = strings.Fields("explain explaining describe tell define definition meaning mean means please pls plz")

// QuestionKey returns the key under which rewordings of question count
// together in the feedback report: its content words as the index analyses
// them (lower case, stop words out, stemmed), without words that only ask
// ("explain", "tell me", a "who" that starts it), each once, sorted, joined
// by spaces. "What is the TTC?", "explain the ttc" and "ttc??" have one
// key; "when was the TTC set up" another. A question of stop words alone
// has the key "".
func (ix *Index) QuestionKey(question string) string {
	asking := map[string]bool{}
	for _, w := range askingWords {
		for _, t := range ix.analyze(w) {
			asking[t] = true
		}
	}
	ws := words(normalize(question))
	if len(ws) > 0 && ws[0] == "who" {
		// The analyzer keeps "who" for the WHO; a question starting with
		// it asks who.
		ws = ws[1:]
	}
	var terms []string
	for _, t := range ix.analyze(strings.Join(ws, " ")) {
		if !asking[t] && !slices.Contains(terms, t) {
			terms = append(terms, t)
		}
	}
	slices.Sort(terms)
	return strings.Join(terms, " ")
}

// QuestionKey is Index.QuestionKey on the index answering now; "" once
// the index is closed.
func (l *Live) QuestionKey(question string) string {
	l.mu.RLock()
	defer l.mu.RUnlock()
	if l.closed {
		return ""
	}
	return l.ix.QuestionKey(question)
}
