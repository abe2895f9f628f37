// Command fitmodel fits the weights of conceptbot's ranking and of its
// answer-or-abstain decision to the evaluation questions, and writes them to
// index/model_fitted.go. From the repository root:
//
//	go run ./cmd/fitmodel
//
// The notes are those of index/testdata/eval (see index.LoadEvalNotes):
// the embedded seed with the multi-document set, and every other set there,
// each asked its own questions. It prints what the fit is worth on notes it
// has not seen: each document's questions answered by a model fitted
// without them (leave one document out), per document and overall; with
// -leave notes, each set's answered by a model fitted without the whole
// set. index's TestFittedModelIsCurrent fails when the committed weights
// are not what the fit gives.
package main

import (
	"context"
	"flag"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"

	_ "github.com/conceptbot/conceptbot/corpus/all" // every format of notes conceptbot reads
	"github.com/conceptbot/conceptbot/index"
)

func main() {
	out := flag.String("out", "index/model_fitted.go", "where to write the fitted model")
	leave := flag.String("leave", "document", "what each cross-validation fold leaves out: document, or notes (a whole evaluation set)")
	curve := flag.Bool("curve", false, "also print the answer-or-abstain decision's refusals against its cut-off")
	misses := flag.Bool("misses", false, "also list each left-out question answered wrongly, refused or answered off-topic")
	flag.Parse()
	if *leave != "document" && *leave != "notes" {
		fmt.Fprintf(os.Stderr, "fitmodel: -leave %q: want document or notes\n", *leave)
		os.Exit(2)
	}
	if err := run(context.Background(), *out, *leave, *misses, *curve, os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "fitmodel:", err)
		os.Exit(1)
	}
}

const evalDir = "index/testdata/eval"

func run(ctx context.Context, out, leave string, misses, curve bool, w io.Writer) error {
	notes, err := index.LoadEvalNotes(ctx, evalDir)
	if err != nil {
		return err
	}
	fit, err := index.NewFitting(ctx, notes)
	if err != nil {
		return err
	}
	defer fit.Close()
	cv := fit.CrossValidate
	if leave == "notes" {
		cv = fit.CrossValidateNotes
	}
	outcomes, folds, err := cv(ctx, index.FitOptions{})
	if err != nil {
		return err
	}
	if misses {
		printMisses(w, outcomes)
	}
	printReport(w, notes, leave, outcomes)
	if curve {
		printCurve(w, outcomes)
	}
	in, oos, ndocs := fit.Counts()
	doc := fmt.Sprintf(`fitted is the Model the index ranks and decides with: fitted by
cmd/fitmodel (logistic regressions, see fit.go) to %d questions the notes
answer and %d they do not, over %d documents (the embedded seed and the %d
sets of index/testdata/eval). Beside each weight, its range over the %d
fits that each leave out one %s's questions.`, in, oos, ndocs, len(notes), len(folds), leave)
	src, err := fit.Fit(index.FitOptions{}).Source(doc, folds)
	if err != nil {
		return err
	}
	return os.WriteFile(out, src, 0o644)
}

func printReport(w io.Writer, notes []index.Notes, leave string, outcomes []index.Outcome) {
	title := map[string]string{"": "(answered by no document)"}
	for _, n := range notes {
		for _, d := range n.Corpus.Docs {
			title[d.ID] = n.Name + ": " + d.Title
		}
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "leave one "+leave+" out\tquestions\thit@1\thit@3\tsection@1\tin-scope abstained\tout-of-scope abstained\t")
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
	for _, n := range notes {
		var of []index.Outcome
		for _, o := range outcomes {
			if o.Notes == n.Name {
				of = append(of, o)
			}
		}
		row("all of "+n.Name, index.Summarize(of))
	}
	row("all", index.Summarize(outcomes))
	tw.Flush()
}

// printMisses lists the outcomes that are not a confident right answer at
// rank 1, and the off-topic questions answered.
func printMisses(w io.Writer, outcomes []index.Outcome) {
	for _, o := range outcomes {
		var what string
		switch {
		case !o.Question.InScope() && o.Answered:
			what = "off-topic answered"
		case !o.Question.InScope():
			continue
		case !o.Answered:
			what = "refused"
		case o.Rank != 1:
			what = fmt.Sprintf("rank %d", o.Rank)
		default:
			continue
		}
		fmt.Fprintf(w, "%-18s %.2f  %q → %s", what, o.Confidence, o.Question.Q, o.Got)
		if o.Question.InScope() {
			fmt.Fprintf(w, " (wanted %q in %s)", o.Question.Accept[0], strings.Join(o.Question.Section, " or "))
		}
		fmt.Fprintln(w)
	}
}

// printCurve prints, for cut-offs from 0.2 to 0.9, the shares of the
// questions the notes answer and of those they do not that a decision
// answering from that confidence refuses, as a Markdown table.
func printCurve(w io.Writer, outcomes []index.Outcome) {
	fmt.Fprintln(w, "| cut-off | answerable refused | unanswerable refused | refusals that were right |")
	fmt.Fprintln(w, "|---:|---:|---:|---:|")
	in, out := 0, 0
	for _, o := range outcomes {
		if o.Question.InScope() {
			in++
		} else {
			out++
		}
	}
	for cut := 2; cut <= 9; cut++ {
		inRefused, outRefused := 0, 0
		for _, o := range outcomes {
			switch {
			case o.Confidence >= float64(cut)/10:
			case o.Question.InScope():
				inRefused++
			default:
				outRefused++
			}
		}
		right := 0.0
		if inRefused+outRefused > 0 {
			right = float64(outRefused) / float64(inRefused+outRefused)
		}
		fmt.Fprintf(w, "| 0.%d | %.3f | %.3f | %.3f |\n", cut, float64(inRefused)/float64(max(in, 1)), float64(outRefused)/float64(max(out, 1)), right)
	}
}
