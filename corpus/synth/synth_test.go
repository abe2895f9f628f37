package synth

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/conceptbot/conceptbot/corpus"
)

func TestGenerateParses(t *testing.T) {
	docs := Generate(1, 60)
	total := 0
	kinds := map[corpus.Kind]int{}
	var parsed []*corpus.Document
	for i, data := range docs {
		d, err := corpus.Parse(fmt.Sprintf("synth-%d.txt", i), data)
		if err != nil {
			t.Fatalf("Parse(doc %d) = %v\n%s", i, err, data)
		}
		if len(d.Warnings) > 0 {
			t.Errorf("Parse(doc %d) warnings: %v", i, d.Warnings)
		}
		if n := len(d.Passages); n < 20 || n > 40 {
			t.Errorf("doc %d (%s) has %d passages, want 20..40", i, d.Title, n)
		}
		for _, p := range d.Passages {
			kinds[p.Kind]++
			if p.Kind == corpus.KindDevelopment && p.Year == 0 {
				t.Errorf("%s: development without a year: %q", p.ID, p.Text)
			}
		}
		total += len(d.Passages)
		parsed = append(parsed, d)
	}
	for _, k := range []corpus.Kind{corpus.KindDefinition, corpus.KindBackground, corpus.KindKeyPoint,
		corpus.KindDevelopment, corpus.KindFAQ, corpus.KindExamTip, corpus.KindSourceTopic, corpus.KindRelevance} {
		if kinds[k] == 0 {
			t.Errorf("no passage of kind %s", k)
		}
	}
	if kinds[corpus.KindSection] > 0 {
		t.Errorf("%d passages of unknown sections", kinds[corpus.KindSection])
	}
	if _, err := corpus.New(parsed...); err != nil {
		t.Fatalf("corpus.New: %v", err)
	}
	t.Logf("%d documents, %d passages, %v", len(docs), total, kinds)
}

func TestGenerateDeterministic(t *testing.T) {
	a, b := Generate(7, 30), Generate(7, 50)
	for i := range a {
		if !bytes.Equal(a[i], b[i]) {
			t.Fatalf("Generate(7, 30)[%d] differs from Generate(7, 50)[%d]", i, i)
		}
	}
	if c := Generate(8, 1); bytes.Equal(a[0], c[0]) {
		t.Errorf("Generate(8, 1) = Generate(7, 1); seeds should differ")
	}
}

func TestDocs(t *testing.T) {
	for _, n := range []int{1, 29, 1000} {
		docs, err := Docs(3, n)
		if err != nil {
			t.Fatal(err)
		}
		got := 0
		for _, d := range docs {
			got += len(d.Passages)
		}
		if got != n {
			t.Errorf("Docs(3, %d) has %d passages", n, got)
		}
	}
}

func TestQuestions(t *testing.T) {
	docs, err := Docs(1, 500)
	if err != nil {
		t.Fatal(err)
	}
	for _, k := range []Kind{Plain, Typo, Acronym} {
		qs := Questions(1, docs, k, 20)
		again := Questions(1, docs, k, 20)
		for i, q := range qs {
			if q.Text == "" || q != again[i] {
				t.Errorf("Questions(%s)[%d] = %q then %q", k, i, q.Text, again[i].Text)
			}
		}
		t.Logf("%s: %q", k, qs[:3])
	}
}

func BenchmarkGenerate(b *testing.B) {
	for b.Loop() {
		Generate(1, 100)
	}
}
