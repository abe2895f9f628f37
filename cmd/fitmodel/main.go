// Command fitmodel fits the weights of conceptbot's ranking and of its
// answer-or-abstain decision to the evaluation questions, and writes them to
// index/model_fitted.go. From the repository root:
//
//	go run ./cmd/fitmodel
//
// The notes are the embedded seed and every document in
// index/testdata/eval/multi/docs; the questions are every .jsonl file in
// index/testdata/eval and index/testdata/eval/multi. It prints what the fit
// is worth on notes it has not seen: each document's questions answered by a
// model fitted without them (leave one document out), per document and
// overall. index's TestFittedModelIsCurrent fails when the committed
// weights are not what the fit gives.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"text/tabwriter"

	"github.com/conceptbot/conceptbot/corpus"
	_ "github.com/conceptbot/conceptbot/corpus/pdftext" // PDFs
	_ "github.com/conceptbot/conceptbot/corpus/web"     // saved web pages
	"github.com/conceptbot/conceptbot/index"
)

func main() {
	out := flag.String("out", "index/model_fitted.go", "where to write the fitted model")
	flag.Parse()
	docs := flag.Args()
	if len(docs) == 0 {
		docs = []string{filepath.Join(evalDir, "multi", "docs")}
	}
	if err := run(context.Background(), docs, *out, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "fitmodel:", err)
		os.Exit(1)
	}
}

const evalDir = "index/testdata/eval"

func run(ctx context.Context, docs []string, out string, w io.Writer) error {
	c, _, err := corpus.Load(ctx, corpus.Options{Paths: docs, Seed: true, Strict: true})
	if err != nil {
		return err
	}
	sets, err := index.ReadQuestionSets(evalDir, filepath.Join(evalDir, "multi"))
	if err != nil {
		return err
	}
	fit, err := index.NewFitting(ctx, c, sets)
	if err != nil {
		return err
	}
	defer fit.Close()
	outcomes, folds, err := fit.CrossValidate(ctx, index.FitOptions{})
	if err != nil {
		return err
	}
	printReport(w, c, outcomes)
	in, oos, ndocs := fit.Counts()
	doc := fmt.Sprintf(`fitted is the Model the index ranks and decides with: fitted by
cmd/fitmodel (logistic regressions, see fit.go) to %d questions the notes
answer and %d they do not, over %d documents (the embedded seed and
index/testdata/eval/multi/docs). Beside each weight, its range over the
%d fits that each leave out one document's questions.`, in, oos, ndocs, ndocs)
	src, err := fit.Fit(index.FitOptions{}).Source(doc, folds)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

func printReport(w io.Writer, c *corpus.Corpus, outcomes []index.Outcome) {
	title := map[string]string{"": "(answered by no document)"}
	for _, d := range c.Docs {
		title[d.ID] = d.Title
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "leave one document out\tquestions\thit@1\thit@3\tsection@1\tin-scope abstained\tout-of-scope abstained\t")
	share := func(x float64, n int) string {
		if n == 0 {
			return "-"
		}
		return fmt.Sprintf("%.3f", x)
	}
	row := func(name string, r index.Report) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t\n", name, r.InScope+r.OutOfScope,
			share(r.Hit1, r.InScope), share(r.Hit3, r.InScope), share(r.Section1, r.InScope),
			share(r.InScopeAbstained, r.InScope), share(r.Abstained, r.OutOfScope))
	}
	for _, d := range index.ByDocument(outcomes) {
		row(title[d.Document], d.Report)
	}
	row("all", index.Summarize(outcomes))
	tw.Flush()
}
