package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"
)

func TestDebugQ(t *testing.T) {
	qs := os.Getenv("Q")
	if qs == "" {
		t.Skip()
	}
	ix := mustOpenSeed(t)
	for _, q := range strings.Split(qs, "|") {
		p := ix.plan(q)
		fmt.Printf("== %s\n   plan: %s\n", q, p)
		hits, _ := ix.candidates(context.Background(), p)
		sc := ix.rank(p, hits)
		for i, s := range sc {
			if i >= 4 {
				break
			}
			fmt.Printf("   %.3f frac=%.2f sec=%v %s\n", s.score, s.fraction, s.section, s.passage.Citation())
		}
		if len(sc) > 0 {
			fmt.Printf("   conf=%.2f\n", confidence(p, sc))
		}
	}
}

func TestDebugConf(t *testing.T) {
	if os.Getenv("CONF") == "" {
		t.Skip()
	}
	ix := mustOpenSeed(t)
	for _, name := range []string{"dev.jsonl", "extra.jsonl", "dev-oos.jsonl", "extra-oos.jsonl"} {
		f, _ := os.Open("testdata/eval/" + name)
		qs, _ := ReadEval(f)
		f.Close()
		for _, q := range qs {
			p := ix.plan(q.Q)
			hits, _ := ix.candidates(context.Background(), p)
			sc := ix.rank(p, hits)
			if len(sc) == 0 {
				fmt.Printf("%-16s none                      %s\n", name, q.Q)
				continue
			}
			total := 0.0
			for _, c := range p.concepts {
				total += c.weight
			}
			fmt.Printf("%-16s conf=%.2f frac=%.2f tot=%.2f %s\n", name, confidence(p, sc), sc[0].fraction, total, q.Q)
		}
	}
}
