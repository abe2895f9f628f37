package index

import (
	"context"
	"os"
	"path/filepath"
	"testing"
)

// TestDevSet keeps answer quality on the development set at the bar set by
// the quality issue.
func TestDevSet(t *testing.T) {
	ix := mustOpenSeed(t)
	var qs []EvalQuestion
	for _, name := range []string{"dev.jsonl", "dev-oos.jsonl"} {
		f, err := os.Open(filepath.Join("testdata", "eval", name))
		if err != nil {
			t.Fatal(err)
		}
		more, err := ReadEval(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		qs = append(qs, more...)
	}
	r, err := Evaluate(context.Background(), ix, qs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("hit@1 %.3f hit@3 %.3f section@1 %.3f in-scope abstained %.3f out-of-scope abstained %.3f",
		r.Hit1, r.Hit3, r.Section1, r.InScopeAbstained, r.Abstained)
	for _, m := range r.Misses {
		t.Logf("miss: %q: %s (got %s)", m.Question, m.Why, m.Got)
	}
	if r.Hit1 < 0.95 || r.Hit3 < 0.98 || r.Section1 < r.Hit1 || r.Abstained < 0.90 || r.InScopeAbstained > 0.02 {
		t.Errorf("quality below the bar: hit@1 %.3f (≥ 0.95), hit@3 %.3f (≥ 0.98), section@1 %.3f (= hit@1), out-of-scope abstained %.3f (≥ 0.90), in-scope abstained %.3f (≤ 0.02)",
			r.Hit1, r.Hit3, r.Section1, r.Abstained, r.InScopeAbstained)
	}
}

func TestExtraSet(t *testing.T) {
	ix := mustOpenSeed(t)
	var qs []EvalQuestion
	for _, name := range []string{"extra.jsonl", "extra-oos.jsonl"} {
		f, err := os.Open(filepath.Join("testdata", "eval", name))
		if err != nil {
			t.Fatal(err)
		}
		more, err := ReadEval(f)
		f.Close()
		if err != nil {
			t.Fatalf("%s: %v", name, err)
		}
		qs = append(qs, more...)
	}
	r, err := Evaluate(context.Background(), ix, qs)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("hit@1 %.3f hit@3 %.3f section@1 %.3f in-scope abstained %.3f out-of-scope abstained %.3f",
		r.Hit1, r.Hit3, r.Section1, r.InScopeAbstained, r.Abstained)
	for _, m := range r.Misses {
		t.Logf("miss: %q: %s (got %s)", m.Question, m.Why, m.Got)
	}
}
