package index

import (
	"bufio"
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// EvalQuestion is one line of an evaluation set (see testdata/eval/README.md):
// an in-scope question has Accept strings and a Section; an out-of-scope
// question has neither.
type EvalQuestion struct {
	Q       string   `json:"q"`
	Accept  []string `json:"accept"`
	Section sections `json:"section"`
}

// sections decodes a string or a list of strings.
type sections []string

func (s *sections) UnmarshalJSON(b []byte) error {
	var one string
	if err := json.Unmarshal(b, &one); err == nil {
		*s = []string{one}
		return nil
	}
	var many []string
	if err := json.Unmarshal(b, &many); err != nil {
		return err
	}
	*s = many
	return nil
}

// InScope reports whether the question has an answer in the notes.
func (q EvalQuestion) InScope() bool { return len(q.Accept) > 0 }

// ReadEval reads an evaluation set, one JSON object a line. A malformed
// line is an *EvalLineError saying what is wrong; every one is returned,
// joined.
func ReadEval(r io.Reader) ([]EvalQuestion, error) {
	var qs []EvalQuestion
	var bad []error
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 64*1024), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		t := strings.TrimSpace(sc.Text())
		if t == "" {
			continue
		}
		var q EvalQuestion
		if err := json.Unmarshal([]byte(t), &q); err != nil {
			bad = append(bad, &EvalLineError{Line: line, Msg: describeEvalJSON(err)})
			continue
		}
		if strings.TrimSpace(q.Q) == "" {
			bad = append(bad, &EvalLineError{Line: line, Msg: `no question: "q" is missing or empty; ` + evalFormat})
			continue
		}
		qs = append(qs, q)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("line %d: %w", line+1, err)
	}
	if len(bad) > 0 {
		return nil, errors.Join(bad...)
	}
	return qs, nil
}

// Searcher is what Evaluate asks.
type Searcher interface {
	Search(ctx context.Context, question string, n int) (corpus.Answer, error)
}

// Report holds the figures of an evaluation.
type Report struct {
	InScope, OutOfScope  int
	Hit1, Hit3, Section1 float64 // shares of in-scope questions
	InScopeAbstained     float64 // share of in-scope questions not answered
	Abstained            float64 // share of out-of-scope questions not answered
	Misses               []Miss
}

// Miss is a question scored wrong, for reading.
type Miss struct {
	Question string
	Why      string
	Got      string // the citation answered, if any
}

// Evaluate asks every question and scores the answers as the evaluation
// README says: the rank-1 passage is a hit when its normalised text
// contains an accepted string; its section is right when its citation
// contains the section (any of a list); out-of-scope questions must be
// abstained on.
func Evaluate(ctx context.Context, s Searcher, qs []EvalQuestion) (Report, error) {
	var r Report
	var hit1, hit3, sec1, inAbst, outAbst int
	for _, q := range qs {
		ans, err := s.Search(ctx, q.Q, 3)
		if err != nil {
			return r, fmt.Errorf("%q: %w", q.Q, err)
		}
		got := ""
		if len(ans.Results) > 0 {
			got = ans.Results[0].Citation()
		}
		if !q.InScope() {
			r.OutOfScope++
			if !ans.Answered {
				outAbst++
			} else {
				r.Misses = append(r.Misses, Miss{q.Q, "answered an out-of-scope question", got})
			}
			continue
		}
		r.InScope++
		if !ans.Answered {
			inAbst++
			r.Misses = append(r.Misses, Miss{q.Q, "abstained", got})
			continue
		}
		for i, res := range ans.Results {
			if i >= 3 {
				break
			}
			if accepts(res.Text, q.Accept) {
				if i == 0 {
					hit1++
					if sectionRight(res.Citation(), q.Section) {
						sec1++
					} else {
						r.Misses = append(r.Misses, Miss{q.Q, "wrong section", got})
					}
				} else {
					r.Misses = append(r.Misses, Miss{q.Q, fmt.Sprintf("hit at rank %d", i+1), got})
				}
				hit3++
				break
			}
			if i == len(ans.Results)-1 || i == 2 {
				r.Misses = append(r.Misses, Miss{q.Q, "no hit in the top 3", got})
			}
		}
	}
	share := func(a, b int) float64 {
		if b == 0 {
			return 0
		}
		return float64(a) / float64(b)
	}
	r.Hit1, r.Hit3, r.Section1 = share(hit1, r.InScope), share(hit3, r.InScope), share(sec1, r.InScope)
	r.InScopeAbstained, r.Abstained = share(inAbst, r.InScope), share(outAbst, r.OutOfScope)
	return r, nil
}

func accepts(text string, accept []string) bool {
	t := normEval(text)
	for _, a := range accept {
		if strings.Contains(t, normEval(a)) {
			return true
		}
	}
	return false
}

func sectionRight(citation string, secs []string) bool {
	c := strings.ToLower(citation)
	for _, s := range secs {
		if strings.Contains(c, strings.ToLower(s)) {
			return true
		}
	}
	return false
}

var evalReplacer = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "*", "", "_", "", "`", "")

func normEval(s string) string {
	return strings.Join(strings.Fields(evalReplacer.Replace(strings.ToLower(s))), " ")
}
