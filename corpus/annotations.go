package corpus

import (
	"regexp"
	"strings"
)

// An annotation report is what a reference manager or a reading app
// extracts from an annotated PDF or book: a label over each annotation
// ("Yellow highlight - Page 3", "Highlight (blue) | Location 571"), the
// highlighted words in quotes under it, and the reader's "Note: …". The
// labels only place the quotes, and a highlighted heading of the work
// ("“2. Three missions, one launch”") heads the quotes after it.

// annotationLabelRE matches an annotation's label.
var annotationLabelRE = regexp.MustCompile(`(?i)^(?:(?:yellow|blue|red|green|pink|purple|orange|magenta|cyan|grey|gray)\s+)?` +
	`(?:highlight|underline|image annotation|annotation|comment|note)` +
	`(?:\s*\((?:yellow|blue|red|green|pink|purple|orange|magenta|cyan|grey|gray)\))?` +
	`\s*(?:[-–|:]|\bon\b)\s*(?:page|p\.|location|loc\.)\s*:?\s*[0-9ivxlc]+(?:\s*[-–]\s*\d+)?` +
	`(?:\s*[|·,]\s*(?:location|loc\.)\s*:?\s*\d+(?:\s*[-–]\s*\d+)?)?$`)

var (
	// reportTitleRE matches the line a report opens with: "Extracted
	// Annotations (17/3/2025, 11:08:41 pm)".
	reportTitleRE = regexp.MustCompile(`(?i)^(?:extracted\s+)?annotations(?:\s*\([^()]*\))?$`)
	// authorsYearRE matches a reference's authors and year:
	// "Iyer, Meera; Khan, Sahil (2024)".
	authorsYearRE = regexp.MustCompile(`^[^,;()]{2,40}, [^;()]{1,40}(?:; [^,;()]{2,40}, [^;()]{1,40})* \((?:19|20)\d{2}\)$`)
	// quotedRE matches a highlight written in quotes.
	quotedRE = regexp.MustCompile(`^[“"](.+)[”"]$`)
	// workHeadingRE matches a highlighted heading of the work: its number
	// and a few words, no sentence.
	workHeadingRE = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2})*\.?\s+\S(?:[^.!?]|\d\.\d){0,80}$`) // "7. Swachh Bharat Mission – Urban 2.0"
)

// maxAnnotationLabel is the longest line annotationLabel reads as a label.
const maxAnnotationLabel = 80

// annotationLabel reports whether line t is an annotation's label. Only a
// short line that ends in a page's or a location's number, in figures or
// Roman numerals, goes to annotationLabelRE: every line of every text
// document is asked.
func annotationLabel(t string) bool {
	if t == "" || len(t) > maxAnnotationLabel || !strings.ContainsRune("0123456789ivxlcIVXLC", rune(t[len(t)-1])) {
		return false
	}
	return annotationLabelRE.MatchString(t)
}

// minAnnotations is how many labelled annotations make a report.
const minAnnotations = 5

// isAnnotationReport reports whether lines are an annotation report:
// minAnnotations labels at least, each over the quote it places.
func isAnnotationReport(lines []string) bool {
	n := 0
	for i, l := range lines {
		if !annotationLabel(strings.TrimSpace(l)) {
			continue
		}
		if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
			return false
		}
		if quotedRE.MatchString(strings.TrimSpace(lines[i+1])) {
			n++
		}
	}
	return n >= minAnnotations
}

// annotationLines rewrites an annotation report's lines as Markdown in
// place: the work it annotates as the title (its authors under it, over
// where it was published), the labels gone, each quote a list entry with
// the reader's note on it, and a highlighted heading a heading.
func annotationLines(lines []string) {
	start := 0
	for start < len(lines) && strings.TrimSpace(lines[start]) == "" {
		start++
	}
	if start < len(lines) && reportTitleRE.MatchString(strings.TrimSpace(lines[start])) {
		lines[start] = ""
		by := start + 1
		for by < len(lines) && strings.TrimSpace(lines[by]) == "" {
			by++
		}
		if by+1 < len(lines) && authorsYearRE.MatchString(strings.TrimSpace(lines[by])) && strings.TrimSpace(lines[by+1]) != "" {
			lines[by], lines[by+1] = lines[by+1], lines[by]
		}
		if by < len(lines) {
			lines[by] = "# " + EscapeMarkdown(strings.TrimSpace(lines[by]))
			for k := by + 1; k < len(lines) && strings.TrimSpace(lines[k]) != ""; k++ {
				lines[k] = EscapeMarkdown(strings.TrimSpace(lines[k])) + "  " // the reference's lines, as they stand
			}
		}
	}
	entry := false // the lines next go on an annotation's entry
	for i := start; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		switch {
		case t == "":
			entry = false
		case annotationLabel(t):
			lines[i], entry = "", false
			if i+1 >= len(lines) {
				break
			}
			i++
			t = strings.TrimSpace(lines[i])
			if q := quotedRE.FindStringSubmatch(t); q != nil && workHeadingRE.MatchString(q[1]) {
				lines[i] = "## " + EscapeMarkdown(q[1])
				continue
			} else if q != nil {
				t = q[1]
			}
			lines[i], entry = "- "+EscapeMarkdown(t), true
		case entry:
			lines[i] = "  " + EscapeMarkdown(t) // the reader's note on it
		case !strings.HasPrefix(lines[i], "#"):
			lines[i] = EscapeMarkdown(t)
		}
	}
}
