package main

import (
	"fmt"
	"io"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// printShaped writes an answered list, summary, points, comparison or
// two-part answer for a person and reports true; for any other answer it
// writes nothing and reports false.
//
//   - list: numbered passages under the section's citation, each with its
//     citation, and "…and N more" when the list was cut;
//   - summary and points: bullets, each cited (a summary's definition first,
//     in full, as a paragraph);
//   - compare and parts: each side or part under its own heading, its best
//     passage in full, then the citations of the rest.
func printShaped(w io.Writer, ans corpus.Answer, style textStyle) bool {
	if !ans.Answered || len(ans.Results) == 0 {
		return false
	}
	switch ans.Shape {
	case corpus.ShapeList:
		printList(w, ans, style)
	case corpus.ShapeSummary:
		printBullets(w, ans, "Summary", style)
	case corpus.ShapePoints:
		printBullets(w, ans, fmt.Sprintf("%d points", len(ans.Results)), style)
	case corpus.ShapeCompare, corpus.ShapeParts:
		printSides(w, ans, style)
	default:
		return false
	}
	return true
}

func printList(w io.Writer, ans corpus.Answer, style textStyle) {
	total := len(ans.Results) + ans.More
	fmt.Fprintln(w, heading(fmt.Sprintf("%s (%d)", commonCitation(ans.Results, "List"), total), style))
	width := len(fmt.Sprint(len(ans.Results)))
	for i, r := range ans.Results {
		fmt.Fprintln(w)
		num := fmt.Sprintf("%*d. ", width, i+1)
		indent := strings.Repeat(" ", len(num))
		printIndented(w, num, indent, emphasise(r.Text, r.Highlights, style))
		fmt.Fprintln(w, indent+dim(r.Citation(), style))
	}
	if ans.More > 0 {
		fmt.Fprintf(w, "\n…and %d more.\n", ans.More)
	}
}

// printBullets writes a summary or points: a heading, then each result as a
// bullet with its citation (without the document when the heading names it).
func printBullets(w io.Writer, ans corpus.Answer, title string, style textStyle) {
	doc := commonDoc(ans.Results)
	if doc != "" {
		title += ": " + doc
	}
	fmt.Fprintln(w, heading(title, style))
	if ans.Note != "" {
		fmt.Fprintln(w)
		fmt.Fprintln(w, ans.Note)
	}
	for i, r := range ans.Results {
		fmt.Fprintln(w)
		cite := r.Citation()
		if doc != "" {
			cite = strings.Join(r.Section, corpus.Separator)
		}
		if i == 0 && ans.Shape == corpus.ShapeSummary && r.Kind == corpus.KindDefinition {
			printIndented(w, "  ", "  ", emphasise(r.Text, r.Highlights, style))
			fmt.Fprintln(w, "  "+dim("("+cite+")", style))
			continue
		}
		printIndented(w, "  • ", "    ", emphasise(r.Text, r.Highlights, style))
		fmt.Fprintln(w, "    "+dim("("+cite+")", style))
	}
	if ans.More > 0 {
		fmt.Fprintf(w, "\n…and %d more.\n", ans.More)
	}
}

// printSides writes each side of a comparison, or part of a question, under
// its own heading: the best passage of each in full, then the rest cited.
func printSides(w io.Writer, ans corpus.Answer, style textStyle) {
	shown := map[int]bool{}
	var rest []corpus.Result
	for _, r := range ans.Results {
		if shown[r.Part] {
			rest = append(rest, r)
			continue
		}
		shown[r.Part] = true
		if len(shown) > 1 {
			fmt.Fprintln(w)
		}
		name := fmt.Sprintf("Part %d", r.Part+1)
		if r.Part < len(ans.Parts) {
			name = ans.Parts[r.Part]
		}
		if ans.Shape == corpus.ShapeParts {
			name = fmt.Sprintf("%d. %s", r.Part+1, name)
		}
		fmt.Fprintln(w, heading(name, style))
		fmt.Fprintln(w, r.Citation())
		fmt.Fprintln(w)
		printIndented(w, "  ", "  ", emphasise(r.Text, r.Highlights, style))
	}
	if len(rest) > 0 {
		fmt.Fprintln(w)
		fmt.Fprintln(w, "Related:")
		for _, r := range rest {
			fmt.Fprintln(w, "  - "+r.Citation())
		}
	}
}

// printIndented writes text with first before its first line and indent
// before the others.
func printIndented(w io.Writer, first, indent, text string) {
	for i, line := range strings.Split(text, "\n") {
		if i == 0 {
			fmt.Fprintln(w, first+line)
		} else {
			fmt.Fprintln(w, indent+line)
		}
	}
}

// heading is a title: bold on a terminal, "## " before it otherwise.
func heading(s string, style textStyle) string {
	if style.bold {
		return "\x1b[1m" + s + "\x1b[0m"
	}
	return "## " + s
}

// dim greys s out on a terminal.
func dim(s string, style textStyle) string {
	if style.bold {
		return "\x1b[2m" + s + "\x1b[0m"
	}
	return s
}

// commonCitation is the citation of the section every result is in, else
// the document they are all from, else def.
func commonCitation(rs []corpus.Result, def string) string {
	sec := rs[0].SectionID()
	for _, r := range rs {
		if r.SectionID() != sec {
			if doc := commonDoc(rs); doc != "" {
				return doc
			}
			return def
		}
	}
	return rs[0].Doc + corpus.Separator + rs[0].Heading()
}

// commonDoc is the title of the document every result is from, or "".
func commonDoc(rs []corpus.Result) string {
	for _, r := range rs {
		if r.DocID != rs[0].DocID {
			return ""
		}
	}
	return rs[0].Doc
}
