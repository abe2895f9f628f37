package index

import (
	"math"
	"testing"
)

func TestSolve(t *testing.T) {
	// 2x + y = 5, x + 3y = 10: x = 1, y = 3.
	x := solve([]float64{2, 1, 1, 3}, []float64{5, 10}, 2)
	if math.Abs(x[0]-1) > 1e-12 || math.Abs(x[1]-3) > 1e-12 {
		t.Errorf("solve = %v, want [1 3]", x)
	}
}

// TestNewton fits logistic regression to rows drawn from known weights
// and gets them back; the free weight (the bias) is not penalised.
func TestNewton(t *testing.T) {
	want := []float64{-1, 2, -3} // bias, then two features
	var rows []row
	for i := 0; i < 40; i++ {
		for j := 0; j < 40; j++ {
			x := []float64{1, float64(i)/20 - 1, float64(j)/20 - 1}
			p := sigmoid(want[0]*x[0] + want[1]*x[1] + want[2]*x[2])
			// Each point observed both ways, weighted by its probability:
			// the likelihood is that of many draws.
			rows = append(rows, row{x: x, y: 1, c: p}, row{x: x, y: 0, c: 1 - p})
		}
	}
	got := newton(rows, 3, 1e-9, 0)
	for i := range want {
		if math.Abs(got[i]-want[i]) > 1e-3 {
			t.Errorf("newton weight %d = %.4f, want %.4f", i, got[i], want[i])
		}
	}
	// The penalty pulls weights towards 0, never the bias.
	pulled := newton(rows, 3, 10, 0)
	if math.Abs(pulled[1]) >= math.Abs(got[1]) || math.Abs(pulled[2]) >= math.Abs(got[2]) {
		t.Errorf("with a penalty, weights %v are not smaller than %v", pulled, got)
	}
}

// TestPairs: a question's pairs are its right passage against each wrong
// one, features subtracted, and weigh 1 together.
func TestPairs(t *testing.T) {
	var right, wrong1, wrong2 scoredPassage
	right.f[rMatch], wrong1.f[rMatch], wrong2.f[rMatch] = 1, 0.5, 0.25
	s := sample{q: EvalQuestion{Q: "q", Accept: []string{"a"}}, cands: []scoredPassage{wrong1, right, wrong2}, answer: []bool{false, true, false}}
	rs := pairs(s, nil)
	if len(rs) != 2 {
		t.Fatalf("pairs = %d rows, want 2", len(rs))
	}
	total := 0.0
	for _, r := range rs {
		total += r.c
		if r.y != 1 || r.x[rMatch] <= 0 {
			t.Errorf("pair %+v: want the right passage's features minus a wrong one's, outcome 1", r)
		}
	}
	if math.Abs(total-1) > 1e-12 {
		t.Errorf("pairs weigh %v together, want 1", total)
	}
}
