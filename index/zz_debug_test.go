package index

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

func zzSets(t *testing.T) (*corpus.Corpus, []QuestionSet) {
	docs, _ := filepath.Glob("testdata/eval/multi/docs/*")
	var paths []string
	for _, d := range docs {
		paths = append(paths, d)
	}
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: paths, Seed: true, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	files, _ := filepath.Glob("testdata/eval/multi/q-*.jsonl")
	var sets []QuestionSet
	for _, f := range files {

		sets = append(sets, QuestionSet{Name: filepath.Base(f), Questions: readEvalFiles(t, strings.TrimPrefix(f, "testdata/eval/"))})
	}
	sets = append(sets, QuestionSet{Name: "seed", Questions: readEvalFiles(t, "dev.jsonl", "extra.jsonl")})
	sets = append(sets, QuestionSet{Name: "oos", Questions: readEvalFiles(t, "multi/oos.jsonl", "dev-oos.jsonl", "extra-oos.jsonl")})
	return c, sets
}

func TestZZCross(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	c, sets := zzSets(t)
	f, err := NewFitting(context.Background(), c, sets)
	if err != nil {
		t.Fatal(err)
	}
	os, models, err := f.CrossValidate(context.Background(), FitOptions{})
	if err != nil {
		t.Fatal(err)
	}
	_ = models
	for _, d := range ByDocument(os) {
		r := d.Report
		fmt.Printf("%-45s n=%3d hit@1 %.3f hit@3 %.3f sec@1 %.3f inAbst %.3f outAbst %.3f\n", d.Document, r.InScope+r.OutOfScope, r.Hit1, r.Hit3, r.Section1, r.InScopeAbstained, r.Abstained)
		if zzv {
			for _, m := range r.Misses {
				fmt.Printf("   %s: %q (%s)\n", m.Why, m.Question, m.Got)
			}
		}
	}
	r1, n := 0, 0
	for _, o := range os {
		if o.Question.InScope() {
			n++
			if o.Rank == 1 {
				r1++
			}
		}
	}
	fmt.Printf("rank-only hit@1 %.3f\n", float64(r1)/float64(n))
	kindOf := map[string]string{}
	for _, set := range sets {
		if !strings.Contains(set.Name, "q-") {
			continue
		}
		for i, q := range set.Questions {
			k := "plain"
			switch {
			case i >= 26:
				k = "keyword"
			case i >= 22:
				k = "acronym"
			case i >= 18:
				k = "structural"
			case i >= 12:
				k = "typo"
			}
			kindOf[q.Q] = k
		}
	}
	byKind := map[string][2]int{}
	abst := map[string]int{}
	for _, o := range os {
		k, ok := kindOf[o.Question.Q]
		if !ok {
			continue
		}
		v := byKind[k]
		v[1]++
		if o.Rank == 1 {
			v[0]++
		}
		byKind[k] = v
		if !o.Answered {
			abst[k]++
		}
	}
	for k, v := range byKind {
		fmt.Printf("  kind %-10s n=%3d rank-only hit@1 %.3f abstained %.3f\n", k, v[1], float64(v[0])/float64(v[1]), float64(abst[k])/float64(v[1]))
	}
	var in, out []float64
	for _, o := range os {
		if o.Question.InScope() {
			in = append(in, o.Confidence)
		} else {
			out = append(out, o.Confidence)
		}
	}
	for _, cut := range []float64{0.2, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8} {
		ri, ro := 0, 0
		for _, c := range in {
			if c < cut {
				ri++
			}
		}
		for _, c := range out {
			if c < cut {
				ro++
			}
		}
		fmt.Printf("cut %.1f: in-scope refused %.3f, oos refused %.3f\n", cut, float64(ri)/float64(len(in)), float64(ro)/float64(len(out)))
	}
	all := Summarize(os)
	fmt.Printf("ALL n=%d hit@1 %.3f hit@3 %.3f sec@1 %.3f inAbst %.3f outAbst %.3f\n", all.InScope, all.Hit1, all.Hit3, all.Section1, all.InScopeAbstained, all.Abstained)
	m := f.Fit(FitOptions{})
	for i, w := range m.Rank {
		fmt.Printf("rank %-20s %8.3f\n", rankNames[i], w)
	}
	for i, w := range m.Answer {
		fmt.Printf("answer %-20s %8.3f\n", answerNames[i], w)
	}
}

var zzv = os.Getenv("ZZV") != ""

func TestZZAnswer(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	c, sets := zzSets(t)
	ix, _ := Build(context.Background(), c, Options{})
	ss, folds, _ := ix.samples(context.Background(), sets)
	for f := 0; f < folds; f++ {
		m := fitSamples(ss, f, FitOptions{}.withDefaults())
		for _, s := range ss {
			if s.fold != f {
				continue
			}
			if len(s.cands) == 0 {
				fmt.Printf("NOCAND %v %q\n", s.q.InScope(), s.q.Q)
				continue
			}
			r := rescore(&m, s.cands)
			a := answerOf(s.plan, r)
			p := sigmoid(m.decide(&a))
			if lookUp(s.plan, r[0]) {
				p = 1
			}
			right := s.q.InScope() && accepts(r[0].passage.Text, s.q.Accept)
			bad := s.q.InScope() && p < 0.5 || !s.q.InScope() && p >= 0.5
			if bad || os.Getenv("ZZALL") != "" {
				fmt.Printf("%v in=%v right=%v p=%.2f ", bad, s.q.InScope(), right, p)
				for i, v := range a {
					if v != 0 && i > 0 {
						fmt.Printf("%s=%.2f ", answerNames[i], v)
					}
				}
				fmt.Printf("| %q -> %s\n   plan: %s\n", s.q.Q, r[0].passage.Citation(), s.plan)
			}
		}
	}
}

func TestZZRank(t *testing.T) {
	if os.Getenv("ZZ") == "" {
		t.Skip()
	}
	c, sets := zzSets(t)
	ix, _ := Build(context.Background(), c, Options{})
	ss, _, _ := ix.samples(context.Background(), sets)
	m := fitSamples(ss, -1, FitOptions{}.withDefaults())
	miss, none := 0, 0
	for _, s := range ss {
		if !s.q.InScope() {
			continue
		}
		r := rescore(&m, s.cands)
		gold := -1
		for i, cd := range r {
			if accepts(cd.passage.Text, s.q.Accept) {
				gold = i
				break
			}
		}
		if gold == 0 {
			continue
		}
		if gold < 0 {
			none++
			fmt.Printf("NONE %q\n   plan: %s\n", s.q.Q, s.plan)
			continue
		}
		miss++
		fmt.Printf("RANK %d %q\n   plan: %s\n   top  %.2f %s %s\n   gold %.2f %s %s\n", gold+1, s.q.Q, s.plan, r[0].score, r[0].passage.Citation(), fv(r[0].f), r[gold].score, r[gold].passage.Citation(), fv(r[gold].f))
	}
	fmt.Println("miss", miss, "none", none)
}

func fv(f rankVector) string {
	var b strings.Builder
	for i, v := range f {
		if v != 0 {
			fmt.Fprintf(&b, "%s=%.2f ", rankNames[i], v)
		}
	}
	return b.String()
}
