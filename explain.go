package main

import (
	"fmt"
	"io"
	"text/tabwriter"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index"
)

// printExplanation writes, after an answer, why it was given: the answer
// decision's features, then each result's score by feature.
func printExplanation(w io.Writer, c *corpus.Corpus, e index.Explanation) {
	fmt.Fprintln(w)
	switch {
	case e.LookUp:
		fmt.Fprintf(w, "Why: the question names this part of the notes (confidence %.2f).\n", e.Confidence)
	case e.SmallTalk:
		fmt.Fprintln(w, "Why: the question has nothing to look for, only everyday words or bare numbers (confidence 0).")
	case e.OffSubject:
		fmt.Fprintln(w, "Why: the question names the subject of notes none of whose passages found answer it; other notes' do not (confidence 0).")
	case e.Stale:
		fmt.Fprintln(w, "Why: the question asks how things stand now, and none of the three best passages is a development, dated among its notes' latest years or says \"currently\" (confidence 0).")
	default:
		fmt.Fprintf(w, "Why: confidence %.2f (answered from 0.50), by feature:\n", e.Confidence)
		printContributions(w, e.Decision)
	}
	for i, r := range e.Results {
		name := r.ID
		if p, ok := c.Passage(r.ID); ok {
			name = p.Citation()
		}
		fmt.Fprintf(w, "\n%d. %s: score %.3f\n", i+1, name, r.Score)
		printContributions(w, r.Features)
	}
}

func printContributions(w io.Writer, cs []index.Contribution) {
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "  feature\tvalue\t× weight\t= part\t")
	for _, c := range cs {
		fmt.Fprintf(tw, "  %s\t%.3f\t%.3f\t%+.3f\t\n", c.Feature, c.Value, c.Weight, c.Value*c.Weight)
	}
	tw.Flush()
}

// printEval writes the figures of an evaluation, per document that answers
// the questions and overall, then every miss.
func printEval(w io.Writer, c *corpus.Corpus, outcomes []index.Outcome) {
	title := map[string]string{"": "(no document: out of scope)"}
	for _, d := range c.Docs {
		title[d.ID] = d.Title
	}
	tw := tabwriter.NewWriter(w, 0, 0, 2, ' ', tabwriter.AlignRight)
	fmt.Fprintln(tw, "document\tquestions\thit@1\thit@3\tsection@1\tin-scope abstained\tout-of-scope abstained\t")
	row := func(name string, r index.Report) {
		fmt.Fprintf(tw, "%s\t%d\t%s\t%s\t%s\t%s\t%s\t\n", name, r.InScope+r.OutOfScope,
			share(r.Hit1, r.InScope), share(r.Hit3, r.InScope), share(r.Section1, r.InScope),
			share(r.InScopeAbstained, r.InScope), share(r.Abstained, r.OutOfScope))
	}
	for _, d := range index.ByDocument(outcomes) {
		row(title[d.Document], d.Report)
	}
	all := index.Summarize(outcomes)
	row("all", all)
	tw.Flush()
	for _, m := range all.Misses {
		fmt.Fprintf(w, "miss: %q: %s", m.Question, m.Why)
		if m.Got != "" {
			fmt.Fprintf(w, " (answered %s)", m.Got)
		}
		fmt.Fprintln(w)
	}
}

// share prints a figure, or "-" when no question counts towards it.
func share(x float64, n int) string {
	if n == 0 {
		return "-"
	}
	return fmt.Sprintf("%.3f", x)
}
