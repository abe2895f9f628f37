package index

import (
	"context"
	"slices"
)

// Model holds the weights of ranking and of the answer-or-abstain decision,
// one for each feature (see rank.go and answer.go). The index uses fitted,
// written by cmd/fitmodel; Fit makes others.
type Model struct {
	Rank   [nRank]float64
	Answer [nAnswer]float64
}

func (m *Model) score(f *rankVector) float64 {
	s := 0.0
	for i, w := range m.Rank {
		s += w * f[i]
	}
	return s
}

func (m *Model) decide(a *answerVector) float64 {
	z := 0.0
	for i, w := range m.Answer {
		z += w * a[i]
	}
	return z
}

// RankFeatures and AnswerFeatures name the features, in the order of a
// Model's weights.
func RankFeatures() []string   { return rankNames[:] }
func AnswerFeatures() []string { return answerNames[:] }

// Contribution is one feature's part in a score: Value × Weight.
type Contribution struct {
	Feature string  `json:"feature"`
	Value   float64 `json:"value"`
	Weight  float64 `json:"weight"`
}

// Explanation says why a question got its answer: each result's score
// broken down by ranking feature, and the confidence by answer feature.
type Explanation struct {
	Confidence float64 `json:"confidence"`
	LookUp     bool    `json:"look_up,omitempty"`    // it names a part of the notes: answered without the decision
	SmallTalk  bool    `json:"small_talk,omitempty"` // only everyday words or bare numbers: refused without the decision
	// OffSubject: the question names the subject of notes that do not
	// answer it, and only others' passages do: refused without the decision.
	OffSubject bool `json:"off_subject,omitempty"`
	// Stale: the question asks how things stand now ("who is the current
	// …") and the best passage does not tell: refused without the decision.
	Stale    bool           `json:"stale,omitempty"`
	Decision []Contribution `json:"decision,omitempty"`
	Results  []Explained    `json:"results"`
}

// Explained is one result's score, feature by feature.
type Explained struct {
	ID       string         `json:"id"`
	Score    float64        `json:"score"`
	Features []Contribution `json:"features"`
}

// Explain answers question as Search does and says why, for up to n of the
// best passages of the whole question (not split into parts).
func (ix *Index) Explain(ctx context.Context, question string, n int) (Explanation, error) {
	var e Explanation
	p, scored, err := ix.ranked(ctx, question)
	if err != nil || len(scored) == 0 {
		return e, err
	}
	m := ix.model
	var why refusal
	e.Confidence, why = ix.decide(p, scored)
	e.OffSubject, e.Stale = why == offSubject, why == stale
	e.LookUp = !chatLine(p) && lookUp(p, scored)
	e.SmallTalk = !e.LookUp && smallTalk(p)
	if !e.LookUp && !e.SmallTalk && why == decided {
		a := answerOf(p, scored)
		e.Decision = contributions(a[:], m.Answer[:], answerNames[:])
	}
	for _, s := range scored[:min(n, len(scored))] {
		e.Results = append(e.Results, Explained{ID: s.passage.ID, Score: s.score, Features: contributions(s.f[:], m.Rank[:], rankNames[:])})
	}
	return e, nil
}

// contributions lists the features with a value, largest part first.
func contributions(values, weights []float64, names []string) []Contribution {
	var out []Contribution
	for i, v := range values {
		if v != 0 {
			out = append(out, Contribution{Feature: names[i], Value: v, Weight: weights[i]})
		}
	}
	slices.SortStableFunc(out, func(a, b Contribution) int {
		x, y := abs64(a.Value*a.Weight), abs64(b.Value*b.Weight)
		switch {
		case x > y:
			return -1
		case x < y:
			return 1
		}
		return 0
	})
	return out
}

func abs64(x float64) float64 {
	if x < 0 {
		return -x
	}
	return x
}
