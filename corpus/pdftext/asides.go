package pdftext

import (
	"math"
	"regexp"
	"slices"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// minFigureLabels is the fewest labels a figure drawn in a box has, and
// maxLabel the most characters of one.
const (
	minFigureLabels = 3
	maxLabel        = 30
)

// labelSeparator joins a figure's labels into one line.
const labelSeparator = " · "

// figureLabels reads the labels of a figure drawn in a shaded box (a map's
// place names, a plan's "Lane" and "Well") as one line of them where the
// first stands, "Harappa · Banawali · …": read line by line they broke
// the text around the figure, and a label alone on its line headed the
// sections after it. A figure's labels are short, in type smaller than
// the page's body, on three baselines at least, and scattered: a third
// at most start level with another, where a box's list or table keeps its
// edges; and a caption ("Fig. 1.1") stands just under or over the box.
// body is the size of most of the page's type. Runs are sorted top to
// bottom, and stay so.
func figureLabels(runs []run, p page, body float64) []run {
	if len(p.rules.boxes) == 0 {
		return runs
	}
	for _, b := range p.rules.boxes {
		if b.y1-b.y0 > p.height/2 {
			continue
		}
		var in, out []run
		for _, r := range runs {
			if x, y := r.x+r.w/2, r.y+r.size/4; x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1 {
				in = append(in, r)
			} else {
				out = append(out, r)
			}
		}
		labels, ok := labelRun(in, p.number, body)
		if !ok || !slices.ContainsFunc(out, func(r run) bool { return captionNear(r, b, body) }) {
			continue
		}
		at := sort.Search(len(out), func(i int) bool { return out[i].y < labels.y })
		runs = slices.Insert(out, at, labels)
	}
	return runs
}

// captionRE matches the start of a figure's caption: "Fig. 1.1", "Figure
// 6.2:", "Map 3".
var captionRE = regexp.MustCompile(`^(?:Fig\.|Figure|Map)\s*\d`)

// captionNear reports whether r starts a figure's caption just under box
// b or just over it, within three lines of body type.
func captionNear(r run, b bbox, body float64) bool {
	near := r.y < b.y0 && b.y0-r.y <= 3*body || r.y > b.y1 && r.y-b.y1 <= 3*body
	return near && r.x >= b.x0-body && r.x < b.x1 && captionRE.MatchString(strings.TrimSpace(r.text))
}

// labelRun joins runs, the text in a box, into one run when they are a
// figure's labels (see figureLabels), in plain type: a figure's labels
// head nothing.
func labelRun(runs []run, number int, body float64) (run, bool) {
	var cells []cell
	size := math.Inf(1)
	for _, r := range runs {
		if strings.IndexFunc(r.text, isAlnum) >= 0 {
			if r.size >= body {
				return run{}, false
			}
			size = math.Min(size, r.size)
		}
	}
	for _, l := range baselines(runs, number, nil) {
		for _, c := range pieces(l) {
			c.text = strings.TrimSpace(strings.TrimLeftFunc(c.text, func(r rune) bool { return !isAlnum(r) }))
			if c.text == "" {
				continue
			}
			if utf8.RuneCountInString(c.text) > maxLabel {
				return run{}, false
			}
			cells = append(cells, c)
		}
	}
	if len(cells) < minFigureLabels {
		return run{}, false
	}
	level := 0 // labels that start level with another
	for i, c := range cells {
		if slices.ContainsFunc(cells, func(d cell) bool { return d != cells[i] && math.Abs(d.x-c.x) < 2 }) {
			level++
		}
	}
	if 3*level > len(cells) || len(rows(runs)) < minFigureLabels {
		return run{}, false
	}
	texts := make([]string, len(cells))
	lo, hi := math.Inf(1), math.Inf(-1)
	for i, c := range cells {
		texts[i], lo, hi = c.text, math.Min(lo, c.x), math.Max(hi, c.end)
	}
	return run{text: strings.Join(texts, labelSeparator), x: lo, y: runs[0].y, w: hi - lo, size: size}, true
}

func isAlnum(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// typeSize is the size of most of the characters of runs.
func typeSize(runs []run) float64 {
	chars := map[float64]int{}
	for _, r := range runs {
		chars[r.size] += len(r.text)
	}
	return commonest(chars, 0)
}

// marginNotes takes from runs the notes set in a page's outer margin (a
// textbook's "Let's recall" beside its text): a column at the left or
// right edge of the text, apart from it by an em at least, half as wide
// as it at most, in smaller type, in words (half its runs have letters
// at least), with half as many lines as the text beside it at most, on
// baselines of its own (body is the size of the text's type). Each note,
// its lines a little apart from the next's, starts beside the body's
// lines, and is read as one line (see noteLine). What stands above or
// below the body (a page number, a running head) is no note, and parts no
// column. Runs are sorted top to bottom.
func marginNotes(runs []run, number int, body float64) (rest []run, notes []line) {
	top, bottom := math.Inf(-1), math.Inf(1) // the body's baselines
	for _, r := range runs {
		if r.size == body {
			top, bottom = math.Max(top, r.y), math.Min(bottom, r.y)
		}
	}
	beside := func(y float64) bool { return y <= top+body && y >= bottom-body }
	spanned := func(r run) bool { return beside(r.y) || r.y < bottom && r.y >= bottom-maxNoteTail*body }
	spans := textSpans(runs, spanned)
	if len(spans) < 2 {
		return runs, nil
	}
	for _, right := range []bool{true, false} {
		margin, text := spans[len(spans)-1], cell{x: spans[0].x, end: spans[len(spans)-2].end}
		gap := margin.x - text.end
		if !right {
			margin, text = spans[0], cell{x: spans[1].x, end: spans[len(spans)-1].end}
			gap = text.x - margin.end
		}
		if gap < body || margin.end-margin.x > (text.end-text.x)/2 {
			continue
		}
		var inMargin []run
		rest = runs[:0:0]
		for _, r := range runs {
			if spanned(r) && r.x >= margin.x && r.x+r.w <= margin.end {
				inMargin = append(inMargin, r)
			} else {
				rest = append(rest, r)
			}
		}
		var groups [][]run
		for _, g := range noteGroups(inMargin) {
			if beside(g[0].y) {
				groups = append(groups, g)
			} else {
				rest = append(rest, g...)
			}
		}
		sort.SliceStable(rest, func(i, j int) bool { return rest[i].y > rest[j].y })
		noted := slices.Concat(groups...)
		worded := 0 // the margin's runs with words, not a chart's numbers
		for _, r := range noted {
			if hasLetters(r) {
				worded++
			}
		}
		if len(noted) == 0 || slices.ContainsFunc(noted, func(r run) bool { return r.size >= body }) || 2*worded < len(noted) ||
			2*len(rows(noted)) > len(rows(rest)) || !offBaselines(noted, rest) {
			continue
		}
		for _, g := range groups {
			notes = append(notes, noteLine(baselines(g, number, nil), len(notes)+1))
		}
		return rest, notes
	}
	return runs, nil
}

// maxNoteTail is how far below the body's last baseline, in its ems, a
// margin note that starts beside it may run on.
const maxNoteTail = 6

// noteGroups parts the runs of a page's margin, sorted top to bottom,
// into its notes: a note's lines follow each other at their pitch, a
// wider gap parts one note from the next.
func noteGroups(runs []run) [][]run {
	var groups [][]run
	var prev []run
	for _, row := range rows(runs) {
		if n := len(groups); n > 0 && prev[0].y-row[0].y <= 2*row[0].size {
			groups[n-1] = append(groups[n-1], row...)
		} else {
			groups = append(groups, row)
		}
		prev = row
	}
	return groups
}

// offBaselines reports whether the lines of a page's margin keep baselines
// of their own: a third of them at most stand on one of the text's (a
// paragraph's number set in the margin stands on its first line's). Both
// are sorted top to bottom.
func offBaselines(margin, text []run) bool {
	shared := 0
	ls := rows(margin)
	for _, row := range ls {
		y := row[0].y
		i := sort.Search(len(text), func(i int) bool { return text[i].y < y+1 })
		if i < len(text) && text[i].y > y-1 {
			shared++
		}
	}
	return 3*shared <= len(ls)
}

// textSpans returns the stretches across the page that the text of the
// runs kept covers, left to right: no run's text crosses from one to the
// next.
func textSpans(runs []run, keep func(run) bool) []cell {
	var spans []cell
	for _, r := range runs {
		if keep(r) && strings.TrimSpace(r.text) != "" {
			spans = append(spans, cell{x: r.x, end: r.x + r.w})
		}
	}
	sort.Slice(spans, func(i, j int) bool { return spans[i].x < spans[j].x })
	out := spans[:0]
	for _, s := range spans {
		if n := len(out); n > 0 && s.x <= out[n-1].end {
			out[n-1].end = math.Max(out[n-1].end, s.end)
			continue
		}
		out = append(out, s)
	}
	return out
}

// noteLine joins the lines of a margin note into one, the aside-th of its
// page. A title in bold over the note's text runs into it: "Let's recall:
// Who excavated at Harappa in 1921?".
func noteLine(ls []line, aside int) line {
	l := ls[0]
	l.aside, l.cells = aside, nil
	text := []byte(l.marker + " " + l.text)
	if l.marker == "" {
		text = []byte(l.text)
	}
	for k, next := range ls[1:] {
		if k == 0 && l.bold && !next.bold && !strings.ContainsAny(lastRune(l.text), ":.?!–—") {
			text = append(text, ':')
			l.size, l.bold = next.size, false
		}
		l.x, l.end = math.Min(l.x, next.x), math.Max(l.end, next.end)
		l.bold, l.italic = l.bold && next.bold, l.italic && next.italic
		text = (*hyphens)(nil).appendLine(text, next.text)
	}
	l.text, l.marker, l.textX = string(text), "", l.x
	return l
}

// withNotes sets each of a page's margin notes among its lines ls after
// the text it stands beside, up to the next heading: from the line of body
// type nearest its first's baseline (a caption or a heading beside it is
// not what it glosses), so that it splits neither a paragraph nor a list
// of steps.
func withNotes(ls, notes []line) []line {
	if len(notes) == 0 {
		return ls
	}
	if len(ls) == 0 {
		return notes
	}
	body := bodySize(ls)
	pitch := linePitch(ls, body)
	after := make([]int, len(notes)) // the line each note goes after
	lastBody := len(ls) - 1          // the page's last line of body type
	for lastBody > 0 && ls[lastBody].size != body {
		lastBody--
	}
	for k, n := range notes {
		near := 0
		for i, l := range ls {
			if (l.size == body) != (ls[near].size == body) {
				if l.size == body {
					near = i
				}
				continue
			}
			if math.Abs(l.y-n.y) < math.Abs(ls[near].y-n.y) {
				near = i
			}
		}
		for near+1 < len(ls) && (!paragraphEnds(ls[near], ls[near+1], pitch) || bodyText(ls[near], ls[near+1], body)) {
			near++
		}
		if near == lastBody && !endsSentence(ls[near].text) {
			// The page's last paragraph goes on over the page: the note
			// goes before it.
			for near > 0 && !paragraphEnds(ls[near-1], ls[near], pitch) {
				near--
			}
			near--
		}
		after[k] = near
	}
	out := make([]line, 0, len(ls)+len(notes))
	for i := -1; i < len(ls); i++ {
		if i >= 0 {
			out = append(out, ls[i])
		}
		for k, n := range notes {
			if after[k] == i {
				out = append(out, n)
			}
		}
	}
	return out
}

// bodyText reports whether next goes on with the body's text after l, in
// its column, no heading between: a margin note beside it would split a
// list of steps or parts.
func bodyText(l, next line, body float64) bool {
	return l.size == body && next.size == body && !next.bold && next.col == l.col
}

// paragraphEnds reports whether the paragraph going on in line l ends
// before next: a wider gap than the lines' pitch, other type, another
// column, or next starts off l's edge (indented), and off its text's (a
// list item's next line).
func paragraphEnds(l, next line, pitch float64) bool {
	gap := l.y - next.y
	return gap <= 0 || gap > 1.25*pitch || next.size != l.size || next.col != l.col || math.Abs(next.x-l.x) > l.size/2 && math.Abs(next.x-l.textX) > l.size/2
}

// typeSubtitle returns the heading right under the title that is the
// notes' subtitle: smaller than the title, in a type no other heading
// has, with no number, and in italics (a chapter's "Dholavira and
// Harappan Town Planning" under "CITIES OF STONE AND BRICK", over its
// numbered sections) or, in plain type, a line no heading would be: of
// parts apart ("GS III – Environment | Project Tiger, NTCA | my notes",
// Google Docs' Subtitle style) or of more words than a heading's. It
// takes it from blocks: as a heading it took in all the notes' sections.
// "" for none.
func typeSubtitle(blocks []block, title int) string {
	if title < 0 || title+1 >= len(blocks) {
		return ""
	}
	t, b := blocks[title], blocks[title+1]
	italic := b.first.italic && b.last.italic
	if b.kind != head || b.first.page != t.first.page || b.first.bold || b.first.size >= t.first.size ||
		b.marker != "" || startsWithDigit(b.text) || endsSentence(b.text) ||
		!italic && !strings.ContainsAny(b.text, "|·") && len(strings.Fields(b.text)) <= mostHeadingWords {
		return ""
	}
	for i, o := range blocks {
		if i != title+1 && o.kind == head && o.first.size == b.first.size && o.first.italic == b.first.italic && !o.first.bold {
			return "" // a heading's type, used again
		}
	}
	blocks[title+1].text, blocks[title+1].kind = "", para
	return b.text
}

// mostHeadingWords is the most words of a heading in plain type under the
// title: a line of more is its subtitle (see typeSubtitle).
const mostHeadingWords = 8
