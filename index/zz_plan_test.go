package index

import (
	"context"
	"fmt"
	"os"
	"strings"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

func TestZZPlan(t *testing.T) {
	c, _, err := corpus.Load(context.Background(), corpus.Options{Paths: []string{"testdata/eval/multi/docs"}, Seed: true, Strict: true})
	if err != nil {
		t.Fatal(err)
	}
	ix, err := Build(context.Background(), c, Options{})
	if err != nil {
		t.Fatal(err)
	}
	for _, q := range strings.Split(os.Getenv("QS"), "|") {
		p, scored, _ := ix.ranked(context.Background(), q)
		fmt.Printf("%q defines=%v named=%q share=%.2f expects=%v head=%v section=%+v\n", q, p.defines, p.named, p.namedShare, p.expects, p.head, p.section)
		for _, c := range p.concepts {
			fmt.Printf("   %-14s w=%.2f proper=%v common=%v:", c.word, c.weight, c.proper, c.common)
			for _, a := range c.alts {
				fmt.Printf(" %v(%.2f)", a.terms, a.w)
			}
			fmt.Println()
		}
		docs := map[string]int{}
		for _, s := range scored {
			docs[s.passage.DocID]++
		}
		fmt.Println("   candidates by doc:", docs)
	}
}
