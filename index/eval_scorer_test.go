package index

import (
	"context"
	"errors"
	"reflect"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

// chosenAnswers is a Searcher that gives the answers it is told to.
type chosenAnswers map[string]corpus.Answer

func (c chosenAnswers) Search(_ context.Context, q string, _ int) (corpus.Answer, error) {
	a, ok := c[q]
	if !ok {
		return corpus.Answer{}, errors.New("no answer chosen for " + q)
	}
	return a, nil
}

// result is a passage of document "Doc" in section, with text.
func result(text string, section ...string) corpus.Result {
	return corpus.Result{Passage: corpus.Passage{Doc: "Doc", Section: section, Text: text}}
}

func answered(rs ...corpus.Result) corpus.Answer {
	return corpus.Answer{Answered: true, Confidence: 0.9, Results: rs}
}

func abstained(rs ...corpus.Result) corpus.Answer {
	return corpus.Answer{Answered: false, Confidence: 0.2, Results: rs}
}

// TestEvaluateScoresAHandMadeRun scores a run whose figures are known: ten
// in-scope questions and four out-of-scope ones, with every outcome the
// evaluation README defines.
func TestEvaluateScoresAHandMadeRun(t *testing.T) {
	in := func(q, accept, section string) EvalQuestion {
		return EvalQuestion{Q: q, Accept: []string{accept}, Section: sections{section}}
	}
	out := func(q string) EvalQuestion { return EvalQuestion{Q: q} }
	qs := []EvalQuestion{
		in("hit", "the TTC was set up", "Background"),
		in("hit, normalised", `it's "set up"`, "Background"),
		{Q: "hit, second accepted string and section", Accept: []string{"nowhere", "chips act"}, Section: sections{"Key Points", "Developments"}},
		in("hit, wrong section", "the TTC was set up", "Key Points"),
		in("hit, section named with its number", "the TTC was set up", "2. Background"),
		in("hit, cue named by its timing", "the TTC was set up", "00:02:57.239"),
		in("hit, another cue's timing", "the TTC was set up", "00:12:57.239"),
		in("hit, section named by its tag", "the TTC was set up", "01_Basics"),
		in("hit, section named by a name with underscores", "the TTC was set up", "mains_or_bust"),
		in("hit at rank 2", "chips act", "Key Points"),
		in("hit at rank 3", "chips act", "Key Points"),
		in("hit at rank 4", "chips act", "Key Points"),
		in("no hit", "chips act", "Key Points"),
		in("abstained", "chips act", "Key Points"),
		in("answered with nothing", "chips act", "Key Points"),
		out("off-topic, abstained"),
		out("off-topic, abstained with suggestions"),
		out("off-topic, answered"),
		out("off-topic, abstained too"),
	}
	bg := result("In 2021 the TTC was set up.", "Background")
	chips := result("The European **Chips   Act** of 2023.", "Key Points", "2")
	other := result("Something else.", "Key Points", "1")
	run := chosenAnswers{
		"hit":             answered(bg, other),
		"hit, normalised": answered(result("It’s “set up” — in 2021.", "Background")),
		"hit, second accepted string and section":       answered(result("the chips act", "Recent Developments", "4")),
		"hit, wrong section":                            answered(result("the TTC was set up", "Definition")),
		"hit, section named with its number":            answered(bg),
		"hit, cue named by its timing":                  answered(result("the TTC was set up", "2:57")),
		"hit, another cue's timing":                     answered(result("the TTC was set up", "2:57")),
		"hit, section named by its tag":                 answered(result("the TTC was set up", "Flashcards", "01 Basics", "3")),
		"hit, section named by a name with underscores": answered(result("the TTC was set up", "Replies", "mains_or_bust", "2")),
		"hit at rank 2":                                 answered(other, chips, other),
		"hit at rank 3":                                 answered(other, other, chips),
		"hit at rank 4":                                 answered(other, other, other, chips),
		"no hit":                                        answered(other),
		"abstained":                                     abstained(chips),
		"answered with nothing":                         answered(),
		"off-topic, abstained":                          abstained(),
		"off-topic, abstained with suggestions":         abstained(other, bg),
		"off-topic, answered":                           answered(other),
		"off-topic, abstained too":                      abstained(other),
	}
	r, err := Evaluate(context.Background(), run, qs)
	if err != nil {
		t.Fatal(err)
	}
	// In scope: 15. Hits at rank 1: hit, normalised, second string, wrong
	// section, numbered section, the two cues, the tag, the name = 9; in
	// the top 3: those and ranks 2 and 3 = 11; right section at rank 1: 7
	// (a citation leaves a heading's number out, names a cue as a player
	// shows its time and an Anki tag's group with spaces for underscores,
	// but a member's name as written). Abstained in scope: 1. Out of
	// scope: 4, abstained 3.
	want := Report{
		InScope: 15, OutOfScope: 4,
		Hit1: 9.0 / 15, Hit3: 11.0 / 15, Section1: 7.0 / 15,
		InScopeAbstained: 1.0 / 15, Abstained: 3.0 / 4,
		Misses: []Miss{
			{"hit, wrong section", "wrong section", "Doc › Definition"},
			{"hit, another cue's timing", "wrong section", "Doc › 2:57"},
			{"hit at rank 2", "hit at rank 2", "Doc › Key Points › 1"},
			{"hit at rank 3", "hit at rank 3", "Doc › Key Points › 1"},
			{"hit at rank 4", "no hit in the top 3", "Doc › Key Points › 1"},
			{"no hit", "no hit in the top 3", "Doc › Key Points › 1"},
			{"abstained", "abstained", "Doc › Key Points › 2"},
			{"answered with nothing", "no hit in the top 3", ""},
			{"off-topic, answered", "answered an out-of-scope question", "Doc › Key Points › 1"},
		},
	}
	if !reflect.DeepEqual(r, want) {
		t.Errorf("Evaluate = %+v\nwant       %+v", r, want)
	}
}

func TestEvaluateEmptyAndFailing(t *testing.T) {
	r, err := Evaluate(context.Background(), chosenAnswers{}, nil)
	if err != nil || !reflect.DeepEqual(r, Report{}) {
		t.Errorf("Evaluate(no questions) = %+v, %v; want a zero report", r, err)
	}
	_, err = Evaluate(context.Background(), chosenAnswers{}, []EvalQuestion{{Q: "unanswerable"}})
	if err == nil || !strings.Contains(err.Error(), `"unanswerable"`) {
		t.Errorf("Evaluate(failing search) = %v, want an error naming the question", err)
	}
}
