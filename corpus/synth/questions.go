package synth

import (
	"fmt"
	"math/rand/v2"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Kind is what a generated question exercises.
type Kind string

// The kinds of question Questions makes.
const (
	Plain   Kind = "plain"   // words as the notes write them
	Typo    Kind = "typo"    // a plain question with one or two typing mistakes
	Acronym Kind = "acronym" // names an organisation or a document by its initials
)

// Question is a question about generated documents.
type Question struct {
	Text string
	Kind Kind
}

// Questions returns n questions of the given kind about docs, made from seed.
func Questions(seed int64, docs []*corpus.Document, kind Kind, n int) []Question {
	r := rand.New(rand.NewPCG(uint64(seed), 0x9e3779b97f4a7c15))
	g := &gen{r: r, zipfs: map[int]*rand.Zipf{}, named: map[string]bool{}}
	out := make([]Question, 0, n)
	for len(out) < n {
		d := docs[r.IntN(len(docs))]
		var q string
		switch kind {
		case Acronym:
			q = g.acronymQuestion(d)
		case Typo:
			q = typo(r, g.plainQuestion(d))
		default:
			q = g.plainQuestion(d)
		}
		out = append(out, Question{Text: q, Kind: kind})
	}
	return out
}

func (g *gen) plainQuestion(d *corpus.Document) string {
	switch g.r.IntN(6) {
	case 0:
		return "what is the " + d.Title + "?"
	case 1:
		for _, p := range d.Passages {
			if p.Kind == corpus.KindFAQ && p.Question != "" {
				return p.Question
			}
		}
		return "history of the " + d.Title
	case 2:
		return fmt.Sprintf("key point %d of %s", 1+g.r.IntN(8), d.Title)
	case 3:
		return fmt.Sprintf("how are %s and %s cooperating on %s?", g.country(), g.country(), g.pick(technologies))
	case 4:
		return fmt.Sprintf("recent developments in %s in %d", g.pick(technologies), 2019+g.r.IntN(8))
	}
	return fmt.Sprintf("why does %s matter for %s", g.pick(policies), g.pick(technologies))
}

func (g *gen) acronymQuestion(d *corpus.Document) string {
	o := orgs[g.r.IntN(len(orgs))]
	switch g.r.IntN(3) {
	case 0:
		return "when was the " + o.acr + " set up?"
	case 1:
		return fmt.Sprintf("what does the %s do for %s", o.acr, g.pick(technologies))
	}
	var b strings.Builder
	for _, w := range strings.Fields(d.Title) {
		if w != "and" && w != "of" {
			b.WriteString(strings.ToLower(w[:1]))
		}
	}
	if b.Len() < 3 {
		return "when was the " + o.acr + " established?"
	}
	return "what is " + b.String()
}

// typo makes one or two typing mistakes in the longer words of q: a swap of
// two letters, a letter dropped or a letter doubled.
func typo(r *rand.Rand, q string) string {
	ws := strings.Fields(q)
	changed := 0
	for _, i := range r.Perm(len(ws)) {
		w := ws[i]
		if len(w) < 6 || strings.ContainsFunc(w, func(c rune) bool { return c > 'z' || c < 'a' }) {
			continue
		}
		j := 1 + r.IntN(len(w)-3)
		switch r.IntN(3) {
		case 0:
			w = w[:j] + w[j+1:j+2] + w[j:j+1] + w[j+2:]
		case 1:
			w = w[:j] + w[j+1:]
		default:
			w = w[:j] + w[j:j+1] + w[j:]
		}
		ws[i] = w
		if changed++; changed == 2 || r.IntN(2) == 0 {
			break
		}
	}
	return strings.Join(ws, " ")
}
