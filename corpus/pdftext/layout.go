package pdftext

import (
	"bytes"
	"errors"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// line is the text on one baseline of a page.
type line struct {
	page         int
	text         string
	x, end, y    float64 // left edge, right edge, baseline
	size         float64 // the size of most of its characters
	bold, italic bool    // all of its letters
	marker       string  // a list item's bullet or number, cut from text
	textX        float64 // where a list item's text starts
	lead         bool    // it starts with a bold lead-in ("Quorum:") and goes on in other type
	leadIn       string  // that lead-in
	cells        []cell  // its parts, when wide gaps part it; after arrange, only a table's rows keep them
	ruled        bool    // a whole row of a table drawn with rules (see ruledRows)
	col          *cell   // the column it stands in, when the page has two
	box          int     // 1 + the index of the shaded box it stands in (see inBoxes), 0 for none
	panel        int     // 1 + the index of the box it was read in on a page of boxes side by side (see boxGroups), 0 for none
	slide        int     // 1 + the index of the slide's frame it stands in on a handout's page (see slideFrames), 0 for none
	aside        int     // 1 + the index of the margin note it is on its page (see marginNotes), 0 for none
}

// cell is a part of a line set apart from the rest by a wide gap.
type cell struct {
	x, end float64
	text   string
}

// lines groups a page's runs into lines, top to bottom, each read left to
// right.
func lines(p page) []line {
	runs := make([]run, 0, len(p.runs))
	for _, r := range p.runs {
		if r.size > 0 && !math.IsNaN(r.x+r.y) && !math.IsInf(r.x+r.y, 0) {
			runs = append(runs, r)
		}
	}
	sort.SliceStable(runs, func(i, j int) bool { return runs[i].y > runs[j].y })
	runs = chartLabels(withoutNoteMarks(runs))
	body := typeSize(runs)
	runs, notes := marginNotes(figureLabels(runs, p, body), p.number, body)
	return withNotes(textLines(runs, p), notes)
}

// textLines groups the runs of a page's text into lines, as lines does.
func textLines(runs []run, p page) []line {
	ls := baselines(runs, p.number, p.rules.down)
	s := splits(runs, ls, p.number, true)
	if groups := boxGroups(runs, p); groups != nil && !boxedColumns(s, p) {
		return boxedLines(columnsUnderBoxes(groups), p)
	}
	if s != nil {
		return columns(runs, s, p.number)
	}
	return inBand(runs, ls, p)
}

// boxedLines reads the lines of a page of boxes group by group (see
// boxGroups).
func boxedLines(groups []boxGroup, p page) []line {
	var out []line
	for _, g := range groups {
		ls := baselines(g.runs, p.number, p.rules.down)
		if g.column {
			col := &cell{x: math.Inf(1), end: math.Inf(-1)}
			for i := range ls {
				col.x, col.end, ls[i].col = math.Min(col.x, ls[i].x), math.Max(col.end, ls[i].end), col
			}
		}
		switch {
		case g.box < 0:
			if s := splits(g.runs, ls, p.number, true); s != nil {
				ls = columns(g.runs, s, p.number) // columns of prose under a row of boxes
			}
		case titled(ls):
			// a sidebar beside another ("Fact file", "Don't confuse"),
			// read as one by inBoxes
		default:
			for i := range ls {
				ls[i].panel = g.box + 1
			}
		}
		out = append(out, ls...)
	}
	return out
}

// boxedColumns reports whether a page's boxes each stand in one of the two
// columns s parts it into, across most of it (a magazine's "Value
// addition" box in the left column beside another in the right): its
// columns are read one after the other, each box where it stands in its
// column, not the page in bands across from box to box.
func boxedColumns(s *split, p page) bool {
	if s == nil || s.left != nil || s.right != nil {
		return false // not two columns
	}
	return !slices.ContainsFunc(p.rules.boxes, func(b bbox) bool {
		if b.y1-b.y0 > p.height/2 {
			return false
		}
		col := s.leftCol
		if b.x0 >= s.g {
			col = s.rightCol
		}
		return b.x0 < s.g && b.x1 > s.g || (b.x1-b.x0) < (col.end-col.x)*minBoxShare
	})
}

// minBoxShare is the least share of its column's width a box in a column
// spans (boxedColumns): a box of a few words in a corner is a label.
const minBoxShare = 0.6

// maxChartNumber is the longest a chart's number label is, in bytes.
const maxChartNumber = 12

// chartNumberRE matches a chart's number label: "40", "~42", "12%".
var chartNumberRE = regexp.MustCompile(`^[~≈<>]?\s?[-+]?\d[\d.,]*\s?%?$`)

// chartLabels reads the labels of a bar chart drawn as text as what they
// say: its value axis (three numbers or more, evenly apart down one right
// edge) goes, and each number over a bar is written with its category,
// the label under the chart nearest it ("2021: ~42"). The categories are
// a row of three labels or more under the axis's lowest number, right of
// it. Runs are sorted top to bottom.
func chartLabels(runs []run) []run {
	out, axes := chartRead(runs)
	if out != nil {
		return out
	}
	if axes == 0 {
		return runs // no numbers down an edge: no axis, kerned or not
	}
	if kerned := wordRuns(runs); len(kerned) < len(runs) {
		if out, _ := chartRead(kerned); out != nil {
			return out // a chart whose labels are set in pieces, kerned ("1" "2" of "12")
		}
	}
	return runs
}

// wordRuns joins the runs of runs, sorted top to bottom, that stand on one
// baseline with no gap between them, in one size and style.
func wordRuns(runs []run) []run {
	out := make([]run, 0, len(runs))
	for i := 0; i < len(runs); {
		j := i + 1
		for j < len(runs) && runs[j].y == runs[i].y {
			j++
		}
		row := slices.Clone(runs[i:j])
		sort.SliceStable(row, func(a, b int) bool { return row[a].x < row[b].x })
		start := len(out)
		for _, r := range row {
			if n := len(out); n > start {
				last := &out[n-1]
				if last.size == r.size && last.bold == r.bold && last.italic == r.italic && math.Abs(r.x-(last.x+last.w)) <= 0.15*r.size {
					last.text += r.text
					last.w = r.x + r.w - last.x
					continue
				}
			}
			out = append(out, r)
		}
		i = j
	}
	return out
}

// chartNumber reports whether r is a chart's number label.
func chartNumber(r run) bool {
	t := strings.TrimSpace(r.text)
	return len(t) <= maxChartNumber && chartNumberRE.MatchString(t)
}

// chartRead reads runs as chartLabels does, nil when they hold no chart,
// and counts the right edges three of its numbers share (an axis's, or
// one not read for a label set in pieces).
func chartRead(runs []run) ([]run, int) {
	number := make([]bool, len(runs)) // runs that are a chart's number
	axes := map[int][]int{}           // number runs by their right edge
	for i, r := range runs {
		if chartNumber(r) {
			number[i] = true
			k := int(math.Round(r.x + r.w))
			axes[k] = append(axes[k], i)
		}
	}
	edges := 0
	for _, k := range slices.Sorted(maps.Keys(axes)) { // left to right, whatever the map's order
		ticks := axes[k]
		if len(ticks) >= 3 {
			edges++
		}
		if len(ticks) < 3 || !evenlyApart(runs, ticks) {
			continue
		}
		axis := runs[ticks[0]]
		low, top := runs[ticks[len(ticks)-1]].y, axis.y
		edge := axis.x + axis.w
		cats := categories(runs, edge, low, axis.size)
		if len(cats) < 3 {
			continue
		}
		values := map[int][]string{}
		drop := map[int]bool{}
		for _, t := range ticks {
			drop[t] = true
		}
		for i, r := range runs {
			if drop[i] || !number[i] || r.y <= runs[cats[0]].y || r.y > top+3*axis.size || r.x < edge || math.Abs(r.size-axis.size) > 2 {
				continue
			}
			mid, best := r.x+r.w/2, -1
			for _, c := range cats {
				d := math.Abs(runs[c].x + runs[c].w/2 - mid)
				if d < 2*axis.size && (best < 0 || d < math.Abs(runs[best].x+runs[best].w/2-mid)) {
					best = c
				}
			}
			if best >= 0 {
				values[best] = append(values[best], strings.TrimSpace(r.text))
				drop[i] = true
			}
		}
		if len(values) == 0 {
			continue
		}
		out := make([]run, 0, len(runs))
		for i, r := range runs {
			if drop[i] {
				continue
			}
			if v := values[i]; v != nil {
				r.text = strings.TrimSpace(r.text) + ": " + strings.Join(v, ", ") // as wide as the category, to keep the gaps between them
			}
			out = append(out, r)
		}
		return out, edges
	}
	return nil, edges
}

// categories finds a chart's categories under its value axis, whose
// numbers' right edge is at x = edge and lowest at y = low, set in size:
// of the rows of labels in its type a little under it, the one that starts
// nearest the axis, as far as its labels keep about as far apart as its
// first two.
func categories(runs []run, edge, low, size float64) []int {
	var best []int
	for i, r := range runs {
		if !(r.y < low && low-r.y < 3*size && r.x > edge && math.Abs(r.size-size) <= 1.5 && strings.TrimSpace(r.text) != "") {
			continue
		}
		if len(best) > 0 && math.Abs(runs[best[0]].y-r.y) < 1 {
			continue // a row seen
		}
		var row []int
		for k := i; k < len(runs) && r.y-runs[k].y < 1; k++ {
			if q := runs[k]; q.x > edge && math.Abs(q.size-size) <= 1.5 && strings.TrimSpace(q.text) != "" {
				row = append(row, k)
			}
		}
		sort.Slice(row, func(a, b int) bool { return runs[row[a]].x < runs[row[b]].x })
		if len(best) == 0 || runs[row[0]].x < runs[best[0]].x {
			best = row
		}
	}
	mid := func(k int) float64 { return runs[k].x + runs[k].w/2 }
	for k := 2; k < len(best); k++ {
		if mid(best[k])-mid(best[k-1]) > 1.5*(mid(best[1])-mid(best[0])) {
			return best[:k]
		}
	}
	return best
}

// evenlyApart reports whether the runs at ticks, top to bottom, are a
// chart's axis: of one size, evenly apart, their numbers falling.
func evenlyApart(runs []run, ticks []int) bool {
	step := runs[ticks[0]].y - runs[ticks[1]].y
	prev := math.Inf(1)
	for k, t := range ticks {
		r := runs[t]
		v, err := strconv.ParseFloat(strings.Trim(strings.ReplaceAll(r.text, ",", ""), " ~≈<>%"), 64)
		if err != nil || v >= prev || r.size != runs[ticks[0]].size || step < r.size || k > 0 && math.Abs(runs[ticks[k-1]].y-r.y-step) > step/10 {
			return false
		}
		prev = v
	}
	return true
}

// minBand is the fewest baselines a band of two columns has.
const minBand = 10

// inBand reads a box of short lines beside a page's prose in a band of
// the page, the text above and below it running across (Wikipedia's
// infobox beside an article's lead), as columns are: the prose, then the
// box. A band is rows of the page that each leave a strip of its middle
// half free, its columns found as a page's are (see gutter), and their
// lines off each other's baselines (most rows hold text on one side
// only), where a table's rows keep in step. ls are the page's lines.
func inBand(runs []run, ls []line, p page) []line {
	groups := rows(runs)
	if len(groups) < minBand {
		return ls
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range runs {
		if strings.TrimSpace(r.text) != "" {
			lo, hi = math.Min(lo, r.x), math.Max(hi, r.x+r.w)
		}
	}
	size := bodySize(ls)
	free := func(group []run) bool {
		// a strip of half an em at least in the middle half, no text on it
		from, to := lo+(hi-lo)/4, lo+3*(hi-lo)/4
		at := from
		for _, r := range group {
			if strings.TrimSpace(r.text) == "" || r.x+r.w <= at {
				continue
			}
			if r.x-at >= size/2 && at < to {
				return true
			}
			at = math.Max(at, r.x+r.w)
		}
		return to-at >= size/2
	}
	var out []line
	var before []run // the runs of the rows above the band under way
	for i := 0; i < len(groups); {
		j := i
		for j < len(groups) && free(groups[j]) {
			j++
		}
		if j-i >= minBand {
			var band []run
			for _, g := range groups[i:j] {
				band = append(band, g...)
			}
			bls := baselines(band, p.number, nil)
			if g, ok := gutter(band, bls, false, true); ok && offStep(groups[i:j], g) {
				// The band ends with the box, and the paragraph beside it with
				// the lines that carry it on under it: the rest come after.
				end := j
				for !slices.ContainsFunc(groups[end-1], func(r run) bool { return r.x >= g && strings.TrimSpace(r.text) != "" }) {
					end--
				}
				prev := -1 // the band's last row with text left of the gutter
				for k := end - 1; k >= i && prev < 0; k-- {
					if groups[k][0].x < g {
						prev = k
					}
				}
				for end < j && prev >= i && groups[end][0].size == groups[prev][0].size && groups[prev][0].y-groups[end][0].y <= 1.6*groups[end][0].size {
					prev, end = end, end+1
				}
				j = end
				band = band[:0]
				for _, g := range groups[i:j] {
					band = append(band, g...)
				}
				out = append(out, baselines(before, p.number, p.rules.down)...)
				out = append(out, columns(band, splitAt(band, g, p.number), p.number)...)
				before = nil
				i = j
				continue
			}
		}
		for _, g := range groups[i:max(j, i+1)] {
			before = append(before, g...)
		}
		i = max(j, i+1)
	}
	if len(out) == 0 {
		return ls
	}
	return append(out, baselines(before, p.number, p.rules.down)...)
}

// offStep reports whether the two sides of x = g keep their own
// baselines: a third at most of the lines of the side with fewer share a
// baseline with a line of the other side, where a table's cells stand on
// their row's.
func offStep(groups [][]run, g float64) bool {
	left, right, shared := 0, 0, 0
	for _, group := range groups {
		l := slices.IndexFunc(group, func(r run) bool { return r.x < g && strings.TrimSpace(r.text) != "" })
		r := slices.IndexFunc(group, func(r run) bool { return r.x >= g && strings.TrimSpace(r.text) != "" })
		if l >= 0 {
			left++
		}
		if r >= 0 {
			right++
		}
		if l >= 0 && r >= 0 && math.Abs(group[l].y-group[r].y) < 1 {
			shared++
		}
	}
	return 3*shared <= min(left, right)
}

// withoutNoteMarks drops the footnote marks set above the text they follow
// ("Sanskrit¹"): a number or a note symbol in smaller type, raised over a
// line it stands within or just after. A note's own mark, before its text
// at the foot of the page, stays (see footnotesLast). Runs are sorted top
// to bottom.
func withoutNoteMarks(runs []run) []run {
	out := runs[:0:0]
	for i, r := range runs {
		if !noteMarkRE.MatchString(strings.TrimSpace(r.text)) || !raisedOver(r, runs[i+1:]) {
			out = append(out, r)
		}
	}
	if len(out) == len(runs) {
		return runs
	}
	return out
}

var noteMarkRE = regexp.MustCompile(`^(?:\[?\d{1,2}\]?|[*†‡§¶])$`)

// raisedOver reports whether mark stands raised over one of the runs
// below it, in smaller type, within it or just after its end.
func raisedOver(mark run, below []run) bool {
	for _, q := range below {
		rise := mark.y - q.y
		if rise > q.size {
			return false
		}
		if q.text != " " && mark.size <= 0.85*q.size && rise >= 0.2*q.size && rise <= 0.7*q.size &&
			mark.x > q.x && mark.x <= q.x+q.w+q.size/2 {
			return true
		}
	}
	return false
}

// boxGroups reads a page laid out in boxes side by side (a mind map's
// branches, an infographic's panels, a slide's cards) box by box: when
// text in one box stands on a baseline of text in another beside it,
// it returns the runs of each box, and those of each stretch of the page
// between boxes (box -1), top to bottom and, along a row of boxes, left to
// right. Runs sorted top to bottom stay so in their groups. Otherwise it
// returns nil: the page is read line by line.
func boxGroups(runs []run, p page) []boxGroup {
	var boxes []bbox
	for _, b := range p.rules.boxes {
		if b.y1-b.y0 <= p.height/2 {
			boxes = append(boxes, b)
		}
	}
	if len(boxes) < 2 || len(runs) > maxBoxedRuns {
		return nil
	}
	owner := make([]int, len(runs)) // the smallest box around each run's middle, -1 for none
	for i, r := range runs {
		owner[i] = -1
		x, y := r.x+r.w/2, r.y+r.size/4
		for k, b := range boxes {
			if x >= b.x0 && x <= b.x1 && y >= b.y0 && y <= b.y1 && (owner[i] < 0 || area(b) < area(boxes[owner[i]])) {
				owner[i] = k
			}
		}
	}
	beside := false
	for i := 0; i < len(runs) && !beside; i++ {
		for j := i + 1; j < len(runs) && j-i <= maxBaselineRuns && runs[i].y-runs[j].y < runs[i].size*0.5; j++ {
			a, b := owner[i], owner[j]
			if a >= 0 && b >= 0 && a != b && !inside(boxes[a], boxes[b]) && !inside(boxes[b], boxes[a]) {
				beside = true
				break
			}
		}
	}
	if !beside {
		return nil
	}
	byBox := map[int]int{}
	var groups []boxGroup
	loose := -1 // the stretch of unboxed runs being read
	for i, r := range runs {
		k := owner[i]
		if k < 0 {
			if loose < 0 {
				loose = len(groups)
				groups = append(groups, boxGroup{box: -1, top: r.y + r.size, left: r.x})
			}
			groups[loose].runs = append(groups[loose].runs, r)
			continue
		}
		loose = -1
		g, ok := byBox[k]
		if !ok {
			g = len(groups)
			byBox[k] = g
			groups = append(groups, boxGroup{box: k, top: boxes[k].y1, left: boxes[k].x0, right: boxes[k].x1})
		}
		groups[g].runs = append(groups[g].runs, r)
	}
	// Top to bottom; boxes whose tops are within rowSlack of the first of
	// a row's stand in that row, read left to right.
	sort.SliceStable(groups, func(i, j int) bool { return groups[i].top > groups[j].top })
	for i := 0; i < len(groups); {
		j := i + 1
		for groups[i].box >= 0 && j < len(groups) && groups[j].box >= 0 && groups[i].top-groups[j].top <= rowSlack {
			j++
		}
		sort.SliceStable(groups[i:j], func(a, b int) bool { return groups[i+a].left < groups[i+b].left })
		i = j
	}
	return groups
}

// columnsUnderBoxes gives each box of a row of boxes side by side the
// text under it, down to a line that runs across from one to the next: a
// slide's columns, each under a bar that heads it ("What recognition
// unlocks"), are read one after the other, each with its bar. The text
// under the row must stand in two of its columns at least.
func columnsUnderBoxes(groups []boxGroup) []boxGroup {
	for i := 0; i < len(groups); {
		j := i
		for j < len(groups) && groups[j].box >= 0 && groups[i].top-groups[j].top <= rowSlack {
			j++
		}
		if j-i < 2 || j == len(groups) || groups[j].box >= 0 {
			i = max(j, i+1)
			continue
		}
		row := groups[i:j]
		var bounds []float64 // between one box and the next
		for k := 1; k < len(row); k++ {
			if row[k].left <= row[k-1].right {
				bounds = nil
				break
			}
			bounds = append(bounds, (row[k-1].right+row[k].left)/2)
		}
		if bounds == nil || slices.ContainsFunc(row, func(g boxGroup) bool { return !slices.ContainsFunc(g.runs, hasLetters) }) {
			i = j // not boxes that head columns: numbers in circles ("01")
			continue
		}
		above := math.Inf(1) // the lowest baseline so far
		for _, g := range row {
			for _, r := range g.runs {
				above = math.Min(above, r.y)
			}
		}
		cols := make([][]run, len(row))
		var rest []run
		for _, baseline := range rows(groups[j].runs) {
			// a baseline just under the row, each run under its box
			at := make([]int, len(baseline))
			fits := rest == nil && above-baseline[0].y <= 3*baseline[0].size && !slices.ContainsFunc(bounds, func(b float64) bool { return crosses(baseline, b) })
			above = baseline[0].y
			for k, r := range baseline {
				at[k], _ = slices.BinarySearch(bounds, r.x+r.w/2)
				fits = fits && r.x >= row[at[k]].left-r.size && r.x+r.w <= row[at[k]].right+r.size
			}
			if !fits {
				rest = append(rest, baseline...)
				continue
			}
			for k, r := range baseline {
				cols[at[k]] = append(cols[at[k]], r)
			}
		}
		filled := 0
		for _, rs := range cols {
			if len(rs) > 0 {
				filled++
			}
		}
		if filled < 2 {
			i = j
			continue
		}
		for k := range row {
			row[k].runs, row[k].column = append(row[k].runs, cols[k]...), true
		}
		if groups[j].runs = rest; rest == nil {
			groups = slices.Delete(groups, j, j+1)
		}
		i = j
	}
	return groups
}

// hasLetters reports whether a run has a letter.
func hasLetters(r run) bool { return strings.IndexFunc(r.text, unicode.IsLetter) >= 0 }

// titled reports whether the lines of a box are a sidebar's: a short line
// in bold over a list (a mind map's box has entries without bullets).
func titled(ls []line) bool {
	return len(ls) >= 3 && boxTitle(ls[0]) && !ls[len(ls)-1].bold && slices.ContainsFunc(ls[1:], func(l line) bool { return l.marker != "" })
}

// boxTitle reports whether l may head a box: in bold, short and no
// sentence, whatever its size (a box's title is often set smaller than
// the text around it).
func boxTitle(l line) bool {
	return l.bold && l.marker == "" && utf8.RuneCountInString(l.text) <= maxPlainHeading && !strings.HasSuffix(l.text, ".")
}

// boxHeading reports whether ls[i] titles the shaded box it stands in: a
// boxTitle on the box's first line, or on its second under one (cur, the
// block being read, of the same type).
func boxHeading(ls []line, i int, cur *block) bool {
	l := ls[i]
	switch {
	case l.box == 0 || !boxTitle(l):
		return false
	case i == 0 || boxKey(ls[i-1]) != boxKey(l):
		return true
	}
	return cur.kind == head && cur.first.bold && boxKey(cur.first) == boxKey(l) && cur.first.size == l.size
}

// boxGroup is the runs read together on a page of boxes: a box's, or a
// stretch's between boxes (box -1).
type boxGroup struct {
	box              int
	top, left, right float64 // right: a box's right edge
	runs             []run
	column           bool // a box and the column under it (see columnsUnderBoxes)
}

// rowSlack is how far apart, in points, the tops of boxes in one row may be.
const rowSlack = 24

// maxBoxedRuns bounds the runs of a page boxGroups reads, and
// maxBaselineRuns the runs after each it compares it with on its baseline.
const (
	maxBoxedRuns    = 20_000
	maxBaselineRuns = 200
)

func area(b bbox) float64 { return (b.x1 - b.x0) * (b.y1 - b.y0) }

// inside reports whether box a lies within box b.
func inside(a, b bbox) bool {
	return a.x0 >= b.x0-1 && a.x1 <= b.x1+1 && a.y0 >= b.y0-1 && a.y1 <= b.y1+1
}

// dropLineNumbers removes the numbers a law report or a legal draft sets
// in the margin beside every fifth line ("5", "10", "15"): each the first
// run of its line, far left of the text beside it, with lines between
// them, in one column down the document. Read as text they began its
// lines and headings ("30 B. The Supreme Court …").
func dropLineNumbers(pages []page) {
	type mark struct{ page, run int }
	var marks []mark
	var ends []float64
	for pi, p := range pages {
		last, lastY := 0, math.Inf(1)
		for k, r := range p.runs {
			t := strings.TrimSpace(r.text)
			if t == "" || t[0] < '1' || t[0] > '9' || len(t) > 3 {
				continue
			}
			n, err := strconv.Atoi(t)
			if err != nil || n <= 0 || n%5 != 0 || n > 999 || r.y >= lastY || !lineNumberAt(p.runs, k) {
				continue
			}
			if len(marks) > 0 && marks[len(marks)-1].page == pi && n <= last {
				continue
			}
			last, lastY = n, r.y-r.size*2 // a line between: no table's column of fives
			marks = append(marks, mark{pi, k})
			ends = append(ends, r.x+r.w)
		}
	}
	if len(marks) < 4 {
		return
	}
	median := slices.Clone(ends)
	slices.Sort(median)
	edge := median[len(median)/2]
	drop := map[mark]bool{}
	for i, m := range marks {
		if math.Abs(ends[i]-edge) <= 3 {
			drop[m] = true
		}
	}
	if len(drop)*5 < len(marks)*4 {
		return
	}
	for pi := range pages {
		runs := pages[pi].runs[:0:0]
		for k, r := range pages[pi].runs {
			if !drop[mark{pi, k}] {
				runs = append(runs, r)
			}
		}
		pages[pi].runs = runs
	}
}

// lineNumberAt reports whether runs[k] opens its line, the text beside it
// starting a wide gap to its right.
func lineNumberAt(runs []run, k int) bool {
	r := runs[k]
	beside := false
	for i, o := range runs {
		if i == k || math.Abs(o.y-r.y) > r.size/3 || strings.TrimSpace(o.text) == "" {
			continue
		}
		if o.x < r.x+r.w+1.5*r.size {
			return false // text to its left, or right beside it
		}
		beside = true
	}
	return beside
}

// slideFrames finds the frames of a handout's slides, two or more to a
// page: boxes of one size, to the point, on most pages. What they hold is
// the document, each slide's title a heading, not a box beside the text.
func slideFrames(pages []page) map[[2]int]bool {
	perPage := map[[2]int]int{} // pages a size of box stands on twice or more
	for _, p := range pages {
		n := map[[2]int]int{}
		for _, b := range p.rules.boxes {
			n[b.size()]++
		}
		for size, k := range n {
			if k >= 2 {
				perPage[size]++
			}
		}
	}
	frames := map[[2]int]bool{}
	for size, k := range perPage {
		if k >= max(2, (len(pages)+1)/2) {
			frames[size] = true
		}
	}
	return frames
}

// inBoxes marks the lines of a page that stand in a shaded box (a
// textbook's "Did you know?", a case study beside the text): the smallest
// box around each, of those that shade less than half of the page.
func inBoxes(ls []line, p page, frames map[[2]int]bool) []line {
	if len(p.rules.boxes) == 0 {
		return ls
	}
	for i := range ls {
		l := &ls[i]
		if l.panel != 0 {
			continue // a page of boxes side by side: each box is the page's own text
		}
		best := 0.0
		for k, b := range p.rules.boxes {
			if h := b.y1 - b.y0; h > p.height/2 || l.x < b.x0-1 || l.end > b.x1+1 || l.y < b.y0 || l.y > b.y1 {
				continue
			}
			if frames[b.size()] {
				l.slide = k + 1
				continue
			}
			if area := (b.x1 - b.x0) * (b.y1 - b.y0); l.box == 0 || area < best {
				l.box, best = k+1, area
			}
		}
	}
	return ls
}

// ruledRows joins the lines of each row of a table drawn with rules (a
// browser's or a word processor's bordered table, whose cells stand in
// the middle of their rows, each on a baseline of its own): the lines
// between two rules across, under the same rules down, are one row, each
// piece of their text in the column between the rules down it stands in.
func ruledRows(ls []line, rs rules) []line {
	if len(rs.across) < 2 || len(rs.down) < 3 || len(ls)*(len(rs.across)+len(rs.down)) > maxRuledWork {
		return ls
	}
	out := make([]line, 0, len(ls))
	for i := 0; i < len(ls); {
		top, bottom, ok := rs.band(ls[i])
		var cols []float64
		if ok {
			cols = rs.columns(top, bottom)
		}
		if len(cols) < 3 || ls[i].x < cols[0] || ls[i].end > cols[len(cols)-1] {
			out = append(out, ls[i])
			i++
			continue
		}
		j := i + 1
		for j < len(ls) && ls[j].x >= cols[0] && ls[j].end <= cols[len(cols)-1] {
			if t, b, ok := rs.band(ls[j]); !ok || math.Abs(t-top) > 1 || math.Abs(b-bottom) > 1 {
				break
			}
			j++
		}
		out = append(out, rowOf(ls[i:j], cols))
		i = j
	}
	return out
}

// maxRuledWork bounds the work of reading a page's rules: lines times
// rules (a page of a real table has tens of lines and hundreds of rules).
const maxRuledWork = 2_000_000

// band returns the rules across just above and just below line l, at its
// left edge.
func (rs rules) band(l line) (top, bottom float64, ok bool) {
	top, bottom = math.Inf(1), math.Inf(-1)
	for _, r := range rs.across {
		if r.from > l.x+1 || r.to < l.x-1 {
			continue
		}
		if r.at > l.y && r.at < top {
			top = r.at
		}
		if r.at < l.y && r.at > bottom {
			bottom = r.at
		}
	}
	return top, bottom, !math.IsInf(top, 0) && !math.IsInf(bottom, 0)
}

// columns returns the x of the rules down that cross the band between
// heights top and bottom, left to right, each once.
func (rs rules) columns(top, bottom float64) []float64 {
	mid := (top + bottom) / 2
	var xs []float64
	for _, r := range rs.down {
		if r.from <= mid && r.to >= mid {
			xs = append(xs, r.at)
		}
	}
	slices.Sort(xs)
	return slices.CompactFunc(xs, func(a, b float64) bool { return math.Abs(b-a) < 2 })
}

// rowOf makes one line of a table's row of the lines ls, each piece of
// their text in the column between cols it starts in, top to bottom.
func rowOf(ls []line, cols []float64) line {
	texts := make([][]byte, len(cols)-1)
	row := line{page: ls[0].page, x: cols[0], end: cols[len(cols)-1], y: ls[0].y, size: ls[0].size, bold: true, italic: true, ruled: true}
	for _, l := range ls {
		row.bold, row.italic = row.bold && l.bold, row.italic && l.italic
		for _, c := range pieces(l) {
			k, _ := slices.BinarySearch(cols, c.x+1)
			if k == 0 || k == len(cols) {
				continue
			}
			if len(texts[k-1]) == 0 {
				texts[k-1] = append(texts[k-1], c.text...)
			} else {
				texts[k-1] = (*hyphens)(nil).appendLine(texts[k-1], c.text)
			}
		}
	}
	for k, t := range texts {
		row.cells = append(row.cells, cell{x: cols[k] + 1, end: cols[k+1], text: string(t)})
	}
	all := cellTexts(row.cells)
	row.text, row.textX = strings.Join(all, " "), row.x
	if len(ls) == 1 && len(ls[0].cells) < 2 && len(all) < 2 {
		return ls[0] // a line of its own in a ruled box, not a row of cells
	}
	return row
}

// baselines groups runs, sorted top to bottom, into lines.
func baselines(runs []run, number int, downs []rule) []line {
	var out []line
	var across []rule // the rules down that cross a baseline
	for _, group := range rows(runs) {
		across = across[:0]
		for _, d := range downs {
			if d.from <= group[0].y && d.to >= group[0].y {
				across = append(across, d)
			}
		}
		if l, ok := join(group, number, across); ok && strings.Trim(l.marker+l.text, "• ") != "" {
			out = append(out, l)
		}
	}
	return out
}

// ruledApart reports whether a rule down stands between runs a and b: the
// border of a table's cells, however narrow the gap.
func ruledApart(a, b *run, downs []rule) bool {
	for _, d := range downs {
		if d.at >= a.x+a.w-1 && d.at <= b.x+1 {
			return true
		}
	}
	return false
}

// rows groups runs, sorted top to bottom, into the runs of each baseline,
// left to right.
func rows(runs []run) [][]run {
	var out [][]run
	for i := 0; i < len(runs); {
		j := i + 1
		tol := runs[i].size * 0.5
		for j < len(runs) && runs[i].y-runs[j].y < math.Max(tol, runs[j].size*0.5) {
			j++
		}
		group := append([]run(nil), runs[i:j]...)
		sort.SliceStable(group, func(a, b int) bool { return group[a].x < group[b].x })
		out = append(out, group)
		i = j
	}
	return out
}

// gutter finds the gap between two columns of prose whose lines do not
// keep in step (a heading or a paragraph's space in one column moves its
// baselines off the other's, a paragraph's first line is indented), which
// arrange cannot read line by line: a strip down the middle half of the
// text, at least minGutter wide, that at most one line in eight crosses (a
// title across the page; on a whole page, page true, a third as many as
// cover the text beside it), with lines of 25 characters or more on average
// on both sides, and a line on one side only or two across it that
// arrange would not take as a row of the same table. It returns the
// strip's middle. In a band of a page (band true) a box beside prose is
// read as a column, a table of its own.
func gutter(runs []run, ls []line, page, band bool) (float64, bool) {
	const minGutter = 0.5 // em: a magazine's narrowest, 0.75 em, less the quarter em its runs are rounded out to
	if len(ls) < 10 {
		return 0, false
	}
	lo, hi := math.Inf(1), math.Inf(-1)
	for _, r := range runs {
		if strings.TrimSpace(r.text) != "" {
			lo, hi = math.Min(lo, r.x), math.Max(hi, r.x+r.w)
		}
	}
	size := bodySize(ls)
	step := size / 4
	if !(hi-lo > 20*size) {
		return 0, false
	}
	n := min(int((hi-lo)/step)+1, 4000)
	cover := make([]int, n)
	for _, r := range runs {
		if strings.TrimSpace(r.text) == "" {
			continue
		}
		a, b := int((r.x-lo)/step), min(int((r.x+r.w-lo)/step), n-1)
		for k := max(a, 0); k <= b; k++ {
			cover[k]++
		}
	}
	best, bestLen := strip(cover, len(ls)/8)
	if float64(bestLen)*step < minGutter*size && page {
		// Across a whole page, a third as many lines as cover the text
		// around it may cross it: columns under a band and an advert.
		best, bestLen = strip(cover, median(cover[n/4:3*n/4])/3)
	}
	if float64(bestLen)*step < minGutter*size {
		return 0, false
	}
	at, length := emptiest(cover[best : best+bestLen]) // a line may run into the strip (a sidebar's ragged left edge)
	best, bestLen = best+at, length
	g := lo + (float64(best)+float64(bestLen)/2)*step
	var left, right, leftChars, rightChars int
	odd := false // a line arrange would misread
	for i, l := range ls {
		switch {
		case l.end <= g:
			left++
			leftChars += utf8.RuneCountInString(l.text)
		case l.x >= g:
			right++
			rightChars += utf8.RuneCountInString(l.text)
			odd = true
		case len(l.cells) >= 2:
			c := l.cells[len(l.cells)-1]
			left++
			leftChars += utf8.RuneCountInString(l.text) - utf8.RuneCountInString(c.text)
			right++
			rightChars += utf8.RuneCountInString(c.text)
			odd = odd || !(i > 0 && inStep(ls[i-1], l) || i+1 < len(ls) && inStep(l, ls[i+1]))
		}
	}
	if !band && tabular(ls) && !tableInColumn(ls, g, size) {
		return g, false // a table's columns, not a page's
	}
	prose := leftChars >= 25*left && rightChars >= 25*right
	// A web page's sidebar beside its article: a list of short links in a
	// column a third as wide as the page or less, by lines of prose.
	// In a band of the page, a box beside the prose is narrower than it.
	wide := (hi - lo) / 3
	if band {
		wide = (hi - lo) / 2
	}
	sidebar := left >= 5 && right >= 5 && leftChars >= sidebarProse*left && rightChars >= 8*right && hi-g <= wide
	ok := odd && left >= 5 && right >= 5 && (prose || sidebar)
	return g, ok
}

// tabular reports whether lines are a table's rows more than a page's
// columns: a fifth of them at least (a row's first line; the lines its
// cells wrap to have fewer) parted into three cells or more, one of them
// short (a row's number, a year), where a page's columns of prose part
// so only where a paragraph ends.
func tabular(ls []line) bool {
	n := 0
	for _, l := range ls {
		if len(l.cells) >= 3 && slices.ContainsFunc(l.cells, func(c cell) bool { return len(strings.Fields(c.text)) <= 2 }) {
			n++
		}
	}
	return 5*n >= len(ls)
}

// tableInColumn reports whether the lines tabular takes for a table's rows
// are a table in one column of the page beside prose in the other: in each
// of them (most, at least), the table's cells on one side of the gutter at
// g and on the other a cell of the prose at most, at the edge of its
// column, those cells 20 characters long on average (a table across the
// page parts there at its first column's short cells, or in its middle);
// and elsewhere on the page, prose on both sides of the gutter. size is
// the body text's.
func tableInColumn(ls []line, g, size float64) bool {
	margin := math.Inf(1)
	for _, l := range ls {
		margin = math.Min(margin, l.x)
	}
	rows, beside, prose, chars, twoProse := 0, 0, 0, 0, 0
	for _, l := range ls {
		if cs := l.cells; len(cs) == 2 && cs[0].end <= g && cs[1].x >= g && utf8.RuneCountInString(cs[0].text) >= 25 && utf8.RuneCountInString(cs[1].text) >= 25 {
			twoProse++
		}
		if len(l.cells) < 3 {
			continue
		}
		rows++
		var left, right []cell
		for _, c := range l.cells {
			switch {
			case c.end <= g:
				left = append(left, c)
			case c.x >= g:
				right = append(right, c)
			}
		}
		if len(left)+len(right) < len(l.cells) {
			continue // a cell across the gutter
		}
		// The prose of a column starts at its edge: the page's margin, or
		// the gutter.
		switch {
		case len(left) <= 1 && len(right) >= 2 && (len(left) == 0 || left[0].x-margin <= 3*size):
			beside++
			if len(left) == 1 {
				prose++
				chars += utf8.RuneCountInString(left[0].text)
			}
		case len(right) <= 1 && len(left) >= 2 && (len(right) == 0 || right[0].x-g <= 3*size):
			beside++
			if len(right) == 1 {
				prose++
				chars += utf8.RuneCountInString(right[0].text)
			}
		}
	}
	return rows > 0 && 5*beside >= 4*rows && prose > 0 && chars >= 20*prose && twoProse >= minProseRows
}

// minProseRows is the fewest lines of prose beside prose, one in each
// column, that tableInColumn asks of a page.
const minProseRows = 3

// sidebarProse is the fewest characters a line has on average in the text
// beside a sidebar.
const sidebarProse = 45

// emptiest returns where the longest run of cover's least value starts,
// and its length.
func emptiest(cover []int) (at, length int) {
	least := slices.Min(cover)
	for k := 0; k < len(cover); k++ {
		j := k
		for j < len(cover) && cover[j] == least {
			j++
		}
		if j-k > length {
			at, length = k, j-k
		}
		k = j
	}
	return at, length
}

// strip returns where the widest run of cover's middle half that at most
// most lines cross starts, and its length.
func strip(cover []int, most int) (best, length int) {
	n := len(cover)
	for k := n / 4; k < 3*n/4; k++ {
		if cover[k] > most {
			continue
		}
		j := k
		for j < 3*n/4 && cover[j] <= most {
			j++
		}
		if j-k > length {
			best, length = k, j-k
		}
		k = j
	}
	return best, length
}

// median returns the middle of xs, sorted (0 for none).
func median(xs []int) int {
	if len(xs) == 0 {
		return 0
	}
	s := slices.Clone(xs)
	slices.Sort(s)
	return s[len(s)/2]
}

// split is where a page's text parts into columns: the gutter at x = g,
// the bounds of the text on each side, and how each side parts again (nil
// when it is one column), as a newspaper's three columns part.
type split struct {
	g                 float64
	leftCol, rightCol *cell
	left, right       *split
}

// splits finds the gutters of runs (see gutter), whose lines are ls: the
// one of all the text (a page's, when page is true), then those of each
// side.
func splits(runs []run, ls []line, number int, page bool) *split {
	g, ok := gutter(runs, ls, page, false)
	if !ok {
		return nil
	}
	return splitAt(runs, g, number)
}

// splitAt parts runs into columns at the gutter at x = g, and each side
// again where it has a gutter of its own.
func splitAt(runs []run, g float64, number int) *split {
	// The columns' edges are their text's, not the gutter's middle: a line
	// is short against them.
	s := &split{g: g, leftCol: &cell{x: math.Inf(1), end: math.Inf(-1)}, rightCol: &cell{x: math.Inf(1), end: math.Inf(-1)}}
	var left, right []run
	for _, group := range rows(runs) {
		if crosses(group, g) {
			continue
		}
		for _, r := range group {
			if r.x < g {
				left = append(left, r)
				s.leftCol.x, s.leftCol.end = math.Min(s.leftCol.x, r.x), math.Max(s.leftCol.end, r.x+r.w)
			} else {
				right = append(right, r)
				s.rightCol.x, s.rightCol.end = math.Min(s.rightCol.x, r.x), math.Max(s.rightCol.end, r.x+r.w)
			}
		}
	}
	s.left, s.right = splits(left, baselines(left, number, nil), number, false), splits(right, baselines(right, number, nil), number, false)
	return s
}

// crosses reports whether a baseline's runs run across x = g.
func crosses(group []run, g float64) bool {
	for _, r := range group {
		if r.x < g && r.x+r.w > g && strings.TrimSpace(r.text) != "" {
			return true
		}
	}
	return false
}

// columns reads runs in the columns s parts them into: down to each line
// that runs across the gutter (a title, a band), the lines of the left
// column, then those of the right, then that line. The lines of a column
// know its bounds (line.col).
func columns(runs []run, s *split, number int) []line {
	var out []line
	var left, right []run
	side := func(runs []run, sub *split, col *cell) {
		if sub != nil {
			out = append(out, columns(runs, sub, number)...)
			return
		}
		for _, l := range baselines(runs, number, nil) {
			l.col, l.cells = col, nil
			out = append(out, l)
		}
	}
	flush := func() {
		side(left, s.left, s.leftCol)
		side(right, s.right, s.rightCol)
		left, right = nil, nil
	}
	for _, group := range rows(runs) {
		if crosses(group, s.g) {
			flush()
			out = append(out, baselines(group, number, nil)...)
			continue
		}
		for _, r := range group {
			if r.x < s.g {
				left = append(left, r)
			} else {
				right = append(right, r)
			}
		}
	}
	flush()
	return out
}

var (
	bulletRE = regexp.MustCompile(`^([•·▪◦‣●○■□–\-*\x7f])\s*(.*)$`)
	numberRE = regexp.MustCompile(`^(\(?(?:\d{1,3}|[a-zA-Z]|[ivxIVX]{1,4})[.)])\s+(.*)$`)
)

// join makes one line of the runs on one baseline.
func join(group []run, number int, downs []rule) (line, bool) {
	var b strings.Builder
	l := line{page: number, x: group[0].x, y: group[0].y, bold: true, italic: true}
	sizes := map[float64]int{}
	letters := 0
	leading := true       // still in the bold text the line starts with
	var prev, last *run   // the run before, and the last one not a space
	var cuts []int        // where the text of each cell after the first starts
	reach := math.Inf(-1) // the right edge of the text so far: a mark drawn back over its letter ("क" then "ृ") ends short of it, and the next letter is not apart
	cells := []cell{{x: group[0].x}}
	for i := range group {
		r := &group[i]
		if prev != nil && r.text != " " && prev.text != " " {
			gap := r.x - (prev.x + prev.w)
			if marks(prev.text) {
				gap = r.x - math.Max(prev.x+prev.w, reach)
			}
			s := b.String()
			// A list marker set apart, not a section's number cut by
			// kerning ("2." and "5 Legal framework" of "2.5 Legal
			// framework").
			lone := i == 1 && isMarker(s) && !(gap <= 0.15*math.Max(r.size, prev.size) && strings.HasSuffix(s, ".") && startsWithDigit(r.text))
			if (lone || gap > 0.15*math.Max(r.size, prev.size)) && !strings.HasSuffix(s, " ") && !strings.HasPrefix(r.text, " ") {
				b.WriteString(spaces(prev, r, gap))
			}
		}
		if r.text == " " && strings.HasSuffix(b.String(), " ") {
			continue
		}
		if r.text != " " && last != nil && (r.x-(last.x+last.w) > 0.9*math.Max(r.size, last.size) && !(len(cuts) == 0 && (isMarker(strings.TrimSpace(b.String())) || sectionNumber(b.String(), last, r))) || ruledApart(last, r, downs)) {
			cells[len(cells)-1].end = last.x + last.w
			cells = append(cells, cell{x: r.x})
			cuts = append(cuts, b.Len())
		}
		if r.text != " " {
			last = r
			reach = math.Max(reach, r.x+r.w)
		}
		before := b.String()
		b.WriteString(r.text)
		n := 0
		for _, c := range r.text {
			if unicode.IsLetter(c) || unicode.IsDigit(c) {
				n++
			}
		}
		if n > 0 {
			letters += n
			l.bold = l.bold && r.bold
			l.italic = l.italic && r.italic
			if leading && !r.bold {
				leading = false
				l.lead = strings.ContainsAny(lastRune(strings.TrimSpace(before)), ":.–—")
				if l.lead {
					l.leadIn = strings.TrimSpace(before)
				}
			}
		}
		sizes[math.Round(r.size*2)/2] += utf8.RuneCountInString(r.text)
		if t := strings.TrimRight(r.text, " "); t != "" { // a space left hanging at the line's end is no text
			l.end = math.Max(l.end, r.x+r.w*float64(utf8.RuneCountInString(t))/float64(utf8.RuneCountInString(r.text)))
		}
		prev = r
	}
	l.size = commonest(sizes, 0)
	if fixed := !slices.ContainsFunc(group, func(r run) bool { return !r.fixed }); fixed {
		l.text = cleanFixed(b.String())
	} else {
		l.text = clean(b.String())
	}
	if l.text == "" {
		return l, false
	}
	if len(cuts) > 0 {
		cells[len(cells)-1].end = l.end
		s := b.String()
		for k := len(cuts) - 1; k >= 0; k-- {
			cells[k+1].text, s = clean(s[cuts[k]:]), s[:cuts[k]]
		}
		cells[0].text = clean(s)
		l.cells = cells
	}
	if letters == 0 {
		l.bold, l.italic = false, false
	}
	if r := group[0]; r.fixed {
		// Text set in a type of glyphs all as wide that starts with spaces
		// starts where its first letter stands (an indented line printed by
		// a word processor).
		if lead := utf8.RuneCountInString(r.text) - utf8.RuneCountInString(strings.TrimLeft(r.text, " ")); lead > 0 {
			l.x += r.w * float64(lead) / float64(utf8.RuneCountInString(r.text))
		}
	}
	l.textX = l.x
	l.marker, l.text = splitMarker(l.text, len(group) == 1)
	if l.marker != "" && len(group) > 1 {
		for _, r := range group[1:] {
			if strings.TrimSpace(r.text) != "" {
				l.textX = r.x
				break
			}
		}
	}
	return l, true
}

// splitMarker cuts a list item's bullet or number from the start of text.
// A bullet with nothing after it is a marker only when alone is set (the
// line is one run); "--" is a dash, not a bullet.
func splitMarker(text string, alone bool) (marker, rest string) {
	if m := bulletRE.FindStringSubmatch(text); m != nil && (m[2] != "" || alone) && !strings.HasPrefix(text, "--") {
		return m[1], m[2]
	}
	if m := numberRE.FindStringSubmatch(text); m != nil && !(strings.TrimLeft(m[1], "(") == "Q." && strings.Contains(m[2], "?")) &&
		!(initialRE.MatchString(m[1]) && initialsRE.MatchString(m[2])) { // "B. R. Ambedkar's pamphlet": a name's initials
		return m[1], m[2] // "Q. Why …?" marks a question, not the seventeenth entry
	}
	return "", text
}

func lastRune(s string) string {
	_, n := utf8.DecodeLastRuneInString(s)
	return s[len(s)-n:]
}

// startsWithDigit reports whether s starts with a digit.
func startsWithDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// sectionNumber reports whether text, all of a line so far, is a section's
// number set a quad apart from its bold heading, as LaTeX sets "2.1
// The food crisis": no cell of a table.
func sectionNumber(text string, num, next *run) bool {
	return num.bold && next.bold && numberOnlyRE.MatchString(strings.TrimSpace(text))
}

var numberOnlyRE = regexp.MustCompile(`^\d{1,2}(?:\.\d{1,2}){0,3}$`)

// isMarker reports whether s is a list marker and nothing else: "•", "1.",
// not "1. Objecti", the start of a heading whose next letters the
// producer set apart to kern them.
func isMarker(s string) bool {
	if m := bulletRE.FindStringSubmatch(s); m != nil && m[2] == "" {
		return true
	}
	m := numberRE.FindStringSubmatch(s + " x")
	return m != nil && m[2] == "x"
}

// spaces is what stands for the gap between runs a and b: one space,
// or in a font of glyphs all as wide, as many as fit in it (none when
// less than half a glyph), so that text printed in columns ("| Ground   |
// War |") keeps them.
func spaces(a, b *run, gap float64) string {
	n := utf8.RuneCountInString(a.text)
	if !a.fixed || !b.fixed || n == 0 || a.w <= 0 {
		return " "
	}
	return strings.Repeat(" ", min(max(int(math.Round(gap/(a.w/float64(n)))), 0), maxSpaces))
}

// marks reports whether s is combining marks alone ("ृ", "ें").
func marks(s string) bool {
	return s != "" && !strings.ContainsFunc(s, func(r rune) bool { return !unicode.Is(unicode.M, r) })
}

// maxSpaces bounds the spaces written for one gap.
const maxSpaces = 80

// clean drops control characters, spells out ligatures and folds runs of
// spaces. Code 0x7F, which WinAnsiEncoding leaves undefined, is drawn as a
// bullet by PDF readers, and producers use it so. Word maps the bullets and
// arrows of its symbol fonts (Symbol, Wingdings) to the Private Use Area
// (U+F0B7, U+F0D8): those are bullets too.
func clean(s string) string {
	return strings.Join(strings.Fields(cleanRunes(s)), " ")
}

// cleanFixed is clean for a line in a font of glyphs all as wide: runs of
// spaces inside it stay, as the text was laid out with them.
func cleanFixed(s string) string {
	return strings.TrimSpace(cleanRunes(s))
}

func cleanRunes(s string) string {
	s = logicalOrder(corpus.SpellLigatures(s))
	return strings.Map(func(r rune) rune {
		switch {
		case r == '\x7f', r >= '\ue000' && r <= '\uf8ff':
			return '•'
		case r == '\u00a0' || r == '\t':
			return ' '
		case unicode.IsControl(r) || r == '\ufffd' || r == '\ufeff':
			return -1
		}
		return r
	}, s)
}

// logicalOrder puts the Devanagari vowel sign ि (U+093F) back where
// Unicode writes it, after its consonant, when a line gives it where it is
// drawn, before the consonant (as PDFs made by most tools do: "िकसान" for
// "किसान"). A line gives the drawn order when one of its ि follows no
// consonant (at a word's start, after another sign); then each ि before a
// consonant moves after it and any conjunct a virama joins to it ("िस्थर"
// → "स्थिर").
func logicalOrder(s string) string {
	if !strings.Contains(s, "ि") {
		return s
	}
	rs := []rune(s)
	drawn := false
	for i, r := range rs {
		if r == vowelSignI && (i == 0 || !consonant(rs[i-1]) && rs[i-1] != nukta) {
			drawn = true
			break
		}
	}
	if !drawn {
		return s
	}
	for i := 0; i < len(rs); i++ {
		if rs[i] != vowelSignI || i+1 >= len(rs) || !consonant(rs[i+1]) {
			continue
		}
		end := i + 2 // past the consonant, its nukta, and each virama and consonant after it
		for {
			if end < len(rs) && rs[end] == nukta {
				end++
			}
			if end+1 < len(rs) && rs[end] == virama && consonant(rs[end+1]) {
				end += 2
				continue
			}
			break
		}
		copy(rs[i:end-1], rs[i+1:end])
		rs[end-1] = vowelSignI
		i = end - 1
	}
	return string(rs)
}

const (
	vowelSignI = '\u093f'
	nukta      = '\u093c'
	virama     = '\u094d'
)

// consonant reports whether r is a Devanagari consonant.
func consonant(r rune) bool { return r >= '\u0915' && r <= '\u0939' || r >= '\u0958' && r <= '\u095f' }

var (
	// "Page 3", "- 3 -", "3 of 12", and Word's "3 | P a g e".
	pageNumberRE = regexp.MustCompile(`(?i)^(?:p ?a ?g ?e\s*\|?\s*)?[-–(]?\s*\d{1,4}\s*[-–)]?(?:\s*(?:of|/)\s*\d{1,4})?(?:\s*\|\s*p ?a ?g ?e)?$`)
	romanPageRE  = regexp.MustCompile(`(?i)^[-–(]?\s*[ivxl]{1,7}\s*[-–)]?$`)
	pageOfRE     = regexp.MustCompile(`(?i)(?:^|\s)page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?$|^page\s*\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?\s`)
	// runningHeadRE matches what may be a book's running head: its page
	// number and the book's or the chapter's title ("64 ANCIENT AND
	// MEDIEVAL INDIA", "THE HARAPPAN CIVILISATION 65"; see runningHead); the
	// title is group 1 or 2.
	runningHeadRE = regexp.MustCompile(`^\d{1,3}\s+(\D{4,60})$|^(\D{4,60}?)\s+\d{1,3}$`)
)

// contd reports a header that says a page carries on from the one before:
// "Year End Review 2023 (contd.)", "Polity – cont'd". The regular
// expression runs only on lines that end as it needs.
func contd(text string) bool {
	return text != "" && strings.IndexByte(").dD", text[len(text)-1]) >= 0 && contdRE.MatchString(text)
}

var contdRE = regexp.MustCompile(`(?i)(?:\(\s*(?:contd|cont|cont'd|continued)\.*\s*\)|\s[–—-]\s*(?:contd|cont'd)\.*)$`)

// dropRunning removes running headers and footers: lines in the top or
// bottom tenth of a page (or a page's highest line lower down, see
// headBand) that are page numbers, or whose text (digits aside, and a page
// number at either end: "38 Magazine" on the left page is "Magazine 39" on
// the right) stands there on at least half of the pages, two at the least,
// and not elsewhere (table rows that differ only in their numbers do);
// twice on one baseline, it is the header of both pages of a sheet
// printed two pages up. A heading with a number in it is not one ("Site
// 9", "Site 10" at the top of each slide) unless it stands the same on
// every page, and so are the numbered footers of a handout's slides and a
// section's tab in the page's margin; and a number alone lowest on a page,
// in its bottom fifth. A document of one page shows no repetition, so
// there, and on every page, a line is also furniture when it begins or ends with "Page N" in the
// top or bottom tenth ("www.example.in   Page 1 of 1"), or when it is set in type
// smaller than the body in the top tenth with nothing but such type above it
// (an institute's name over the title), but for the title of a box that
// reaches further down (a sidebar's). A line in the top quarter of a page
// that says it continues the page before is a header, however far down the
// page's margin puts it.
func dropRunning(pages []page, all [][]line) [][]line {
	body := bodySize(all...)
	highest := make([]float64, len(all))
	for i, ls := range all {
		highest[i] = math.Inf(-1)
		for _, l := range ls {
			highest[i] = max(highest[i], l.y)
		}
	}
	edge := func(i int, l line) bool {
		return l.y > pages[i].height*0.9 || l.y < pages[i].height*0.1 || l.y == highest[i] && headBand(pages[i], l, body)
	}
	norm := func(l line) string { // digits aside: "Slide 9 / 22" is "Slide 10 / 22", "38 Magazine" is "Magazine 39"
		var b strings.Builder
		digits := false
		for _, r := range strings.ToLower(l.marker + l.text) {
			if unicode.IsDigit(r) {
				if !digits {
					b.WriteByte('#')
				}
				digits = true
				continue
			}
			digits = false
			b.WriteRune(r)
		}
		if n, ok := strings.CutPrefix(b.String(), "# "); ok { // a page number at one end or the other
			return n
		}
		return strings.TrimSuffix(b.String(), " #")
	}
	count := map[string]int{}   // pages with the text at an edge
	exact := map[string]int{}   // pages with the text, digits and all, at an edge
	content := map[string]int{} // times it stands elsewhere, or twice at one page's edges
	slides := map[string]int{}  // pages with the text in small type inside the page
	tabs := map[string]int{}    // pages with the text in the page's margin, beside all the rest
	spans := make([]span, len(all))
	for i, ls := range all {
		spans[i] = spanOf(ls)
		for _, l := range ls {
			if inMargin(l, spans[i]) {
				tabs[norm(l)]++
			}
		}
		seen := map[string]bool{}
		small, seenExact := map[string]bool{}, map[string]bool{}
		at := map[string]float64{} // the baseline of the text at an edge
		for _, l := range ls {
			n := norm(l)
			switch {
			case !edge(i, l):
				content[n]++
				if l.size < body*0.8 && !small[n] {
					small[n] = true
					slides[n]++
				}
			case seen[n]:
				if math.Abs(at[n]-l.y) > 1 { // not the other half of a sheet printed two pages up
					content[n] += 2
				}
			default:
				seen[n], at[n] = true, l.y
				count[n]++
				if t := strings.ToLower(l.marker + l.text); !seenExact[t] {
					seenExact[t] = true
					exact[t]++
				}
			}
		}
	}
	need := max(2, (len(pages)+1)/2)
	for n := range count {
		if content[n] >= 2 { // the rows of a table, numbered, across a page break
			delete(count, n)
		}
	}
	// A handout's slides each keep their footer, small and numbered, on
	// half the pages at least (notes pages have one slide to a page).
	slideFooter := func(l line) bool {
		if l.size >= body*0.8 {
			return false
		}
		n := norm(l)
		return slides[n] >= need && content[n] >= need && strings.ContainsFunc(l.marker+l.text, unicode.IsDigit) && strings.ContainsFunc(n, unicode.IsLetter)
	}
	out := make([][]line, len(all))
	for i, ls := range all {
		lowest := math.Inf(1)
		for _, l := range ls {
			lowest = min(lowest, l.y)
		}
		top := true // only small type above, so far
		for k, l := range ls {
			text := strings.TrimSpace(l.marker + " " + l.text)
			small := l.size < body*0.9
			// A table's first row right under the page's header is no part
			// of it: its cells stand in step with the row below. Nor is a
			// ruled table's header, printed atop each of its pages.
			row := len(l.cells) >= 2 && k+1 < len(ls) && inStep(l, ls[k+1])
			top = top && small && !row && l.y > pages[i].height*0.9 && !(l.box != 0 && pages[i].rules.boxes[l.box-1].y0 < pages[i].height*0.9)
			if l.y > pages[i].height*0.85 && l.size < body {
				if title, ok := runningHead(text); ok {
					if i == 0 && k == 0 {
						l.marker, l.text = "", title // the first page's: the book's title, or its chapter's
						out[i] = append(out[i], l)
					}
					continue
				}
			}
			switch {
			case edge(i, l) && !(l.ruled && len(l.cells) >= 2) && (count[norm(l)] >= need && (!numberedHeading(l, body) || exact[strings.ToLower(l.marker+l.text)] >= need) || pageNumberRE.MatchString(text) || pageOfRE.MatchString(text) || numberedCell(l)):
			case l.y == lowest && l.y < pages[i].height*0.2 && len(l.cells) < 2 && (pageNumberRE.MatchString(text) || romanPageRE.MatchString(text)):
				// the page's number at its foot, however wide the margin under it (LaTeX's on A4), a
				// front matter's in Roman numerals ("ii")
			case l.y > pages[i].height*0.75 && contd(text):
			case top:
			case slideFooter(l):
			case inMargin(l, spans[i]) && tabs[norm(l)] >= need:
			default:
				out[i] = append(out[i], l)
			}
		}
	}
	return out
}

// headBand reports whether l, the highest line of page p, stands where a
// running head may stand below the top tenth (LaTeX's, under a wide top
// margin): in the top fifth, in type no larger than the body's.
func headBand(p page, l line, body float64) bool {
	return l.y > p.height*0.8 && l.size <= body
}

// runningHead reports whether t, atop a page in type smaller than the
// body's, is a book's running head, and returns its title: a page number
// beside a title in capitals, a letter in ten read wrong at most
// ("ANCIENT AND MEDIEVAL lNDIA", as OCR reads a scan).
func runningHead(t string) (string, bool) {
	m := runningHeadRE.FindStringSubmatch(t)
	if m == nil {
		return "", false
	}
	title := strings.TrimSpace(m[1] + m[2])
	letters, lower := 0, 0
	for _, r := range title {
		if unicode.IsLetter(r) {
			letters++
			if unicode.IsLower(r) {
				lower++
			}
		}
	}
	return title, letters >= 4 && lower*10 <= letters
}

// inMargin reports whether l, short, starts in the margin left of all the
// other text of its page, or right of it (the page's text spans e): a
// magazine's section tab ("GEOGRAPHY") at the page's edge, set across the
// page or up it.
func inMargin(l line, e span) bool {
	if len(strings.Fields(l.text)) > 3 {
		return false
	}
	left, right := e.left[0], e.right[0]
	if l.x == left {
		left = e.left[1]
	}
	if l.end == right {
		right = e.right[1]
	}
	return l.x+2*l.size < left || l.x > right
}

// span holds the two least left edges and the two greatest right edges of
// a page's lines.
type span struct{ left, right [2]float64 }

func spanOf(ls []line) span {
	e := span{left: [2]float64{math.Inf(1), math.Inf(1)}, right: [2]float64{math.Inf(-1), math.Inf(-1)}}
	for _, l := range ls {
		if l.x < e.left[0] {
			e.left = [2]float64{l.x, e.left[0]}
		} else if l.x < e.left[1] {
			e.left[1] = l.x
		}
		if l.end > e.right[0] {
			e.right = [2]float64{l.end, e.right[0]}
		} else if l.end > e.right[1] {
			e.right[1] = l.end
		}
	}
	return e
}

// contentsRE matches an entry of a table of contents: a title, a leader
// of dots, a page number ("Recent Developments ........ 5").
var contentsRE = regexp.MustCompile(`\S(?:\s*\.){4,}\s*\d{1,4}$`)

// dropContents removes a page's table of contents, three entries at the
// least, and the line that heads it ("Contents"): they name sections
// the document has anyway, and read as headings they took the sections in.
// An entry has a leader of dots to its page number, or (as Google Docs
// sets one) its page number apart from a name that a line of the document
// has too (named, see lineNames).
func dropContents(ls []line, named map[string]int) []line {
	entry := func(l line) bool {
		if contentsRE.MatchString(l.text) {
			return true
		}
		if len(l.cells) != 2 || !pageRefRE.MatchString(l.cells[1].text) {
			return false
		}
		return named[nameKey(l.marker+" "+l.cells[0].text)] > 0
	}
	n := 0
	for _, l := range ls {
		if entry(l) {
			n++
		}
	}
	if n < 3 {
		return ls
	}
	out := ls[:0]
	for i, l := range ls {
		switch strings.ToLower(strings.TrimSpace(strings.TrimRight(l.text, ":"))) {
		case "contents", "table of contents", "index", "content":
			continue
		}
		if entry(l) {
			continue
		}
		if i+1 < len(ls) && entry(ls[i+1]) && len(strings.Fields(l.text)) <= maxGroupWords && !endsSentence(l.text) && contentsRE.MatchString(ls[i+1].text) {
			continue // the name of a part over its entries ("ECONOMY (GS Paper III)")
		}
		out = append(out, l)
	}
	return out
}

// pageRefRE matches a page number.
var pageRefRE = regexp.MustCompile(`^\d{1,4}$`)

// lineNames counts the lines of the pages set apart in no cells by their
// names (see nameKey): the headings a table of contents names.
func lineNames(pages [][]line) map[string]int {
	named := map[string]int{}
	for _, ls := range pages {
		for _, l := range ls {
			if len(l.cells) == 0 && len(l.text) <= maxHeading {
				named[nameKey(l.marker+" "+l.text)]++
			}
		}
	}
	return named
}

// nameKey is a heading's name without its number, in lower case.
func nameKey(s string) string {
	s = strings.TrimLeft(strings.TrimSpace(s), "0123456789.) ")
	return strings.ToLower(strings.Join(strings.Fields(s), " "))
}

// maxGroupWords is the most words the name of a part of a table of
// contents has.
const maxGroupWords = 10

// numberedHeading reports a line in type larger than the body's with a
// number in it: "Site 3" heading a slide or "Chapter 3" a page, at the top
// of each page as a running header stands, but no header.
func numberedHeading(l line, body float64) bool {
	return l.size > body*1.15 && strings.ContainsAny(l.text, "0123456789")
}

// numberedCell reports a line set apart in cells, one of them a page
// number: a footer such as "Economy notes      - 3 -".
func numberedCell(l line) bool {
	for _, c := range l.cells {
		if pageNumberRE.MatchString(c.text) {
			return len(l.cells) > 1
		}
	}
	return false
}

// block is a paragraph, list item or heading made of one or more lines.
type block struct {
	kind   string // "para", "item", "head" or "row"
	text   string
	marker string
	first  line // its first line
	last   line // its last line
	indent int  // a list item's depth
	gap    bool // a blank line (a wide gap) stands before it
	column int  // in a PDF printed from text, how many characters in from the margin it starts
}

// agendaPages makes a list of a deck's agenda: a page of headings alone,
// five at least under the first ("What we'll cover" over "01", "Origin at
// Glasgow", "02", …), each a slide the deck has to come, would otherwise
// head the slides after it. A number alone ("01") goes with the name after
// it.
func agendaPages(blocks []block) []block {
	for start := 0; start < len(blocks); {
		end := start
		heads := 0
		for end < len(blocks) && blocks[end].first.page == blocks[start].first.page {
			if blocks[end].kind == head {
				heads++
			}
			end++
		}
		if heads == end-start && heads >= minAgenda+1 {
			page := slices.Clone(blocks[start+1 : end])
			for i := range page {
				page[i].kind, page[i].marker = item, "-"
			}
			entries := numberedEntries(page)
			blocks = slices.Insert(slices.Delete(blocks, start+1, end), start+1, entries...)
			end = start + 1 + len(entries)
		}
		start = end
	}
	return blocks
}

// numberedEntries joins each entry that is only a number ("01") to the
// next.
func numberedEntries(entries []block) []block {
	var out []block
	for i := 0; i < len(entries); i++ {
		e := entries[i]
		if agendaNumberRE.MatchString(e.text) && i+1 < len(entries) {
			next := entries[i+1]
			next.text, next.first = e.text+" "+next.text, e.first
			out = append(out, next)
			i++
			continue
		}
		out = append(out, e)
	}
	return out
}

var agendaNumberRE = regexp.MustCompile(`^\d{1,2}\.?$`)

// minAgenda is the fewest entries of a deck's agenda.
const minAgenda = 5

// runInHeads makes a heading of each paragraph's run-in head when three
// paragraphs at least open so, as a ministry's brief heads its parts
// ("Political Relations: Maldives occupies…"): a few words in bold ending
// in a colon, the paragraph going on in other type.
func runInHeads(blocks []block) []block {
	runIn := func(b block) (string, bool) {
		in := strings.TrimSpace(b.first.leadIn)
		if b.kind != para || !b.first.lead || !strings.HasPrefix(b.text, in) {
			return "", false
		}
		name, most := "", maxRunInWords
		switch {
		case strings.HasSuffix(in, ":"):
			name = strings.TrimSuffix(in, ":")
		case strings.HasSuffix(in, ".—") || strings.HasSuffix(in, ".–"):
			// "Rule 4. Duties of the occupier.—It shall be …": a law's
			// section under its marginal heading
			name, most = strings.TrimRight(in, ".—–"), maxLawHeadWords
		default:
			return "", false
		}
		name = strings.TrimSpace(name)
		n := len(strings.Fields(name))
		return name, n > 0 && n <= most && strings.IndexFunc(name, unicode.IsLetter) >= 0 && len(b.text) > len(in)+1
	}
	names := map[string]int{}
	for _, b := range blocks {
		if name, ok := runIn(b); ok {
			names[strings.ToLower(name)]++
		}
	}
	heads := func(b block) (string, bool) {
		name, ok := runIn(b)
		key := strings.ToLower(name)
		return name, ok && names[key] == 1 && !strings.HasPrefix(key, "exam tip") // a label used again ("Note:", "Exam Tip:") heads nothing
	}
	n := 0
	for _, b := range blocks {
		if _, ok := heads(b); ok {
			n++
		}
	}
	if n < minRunInHeads {
		return blocks
	}
	out := make([]block, 0, len(blocks)+n)
	for _, b := range blocks {
		name, ok := heads(b)
		if !ok {
			out = append(out, b)
			continue
		}
		h := b
		h.kind, h.text, h.last = head, name, b.first
		h.first.bold = false // a style of its own, ranked below the headings set apart: it heads part of a section
		rest := b
		rest.gap = false // its text keeps the head it runs on from
		rest.first.lead, rest.first.leadIn = false, ""
		out = append(out, h, rest)
	}
	return out
}

const (
	minRunInHeads = 3
	maxRunInWords = 6 // the most words of a run-in head
	// maxLawHeadWords is the most words of a law's section's heading run
	// in: "Rule 8. Segregation, packaging, transportation and storage".
	maxLawHeadWords = 12
)

// pullQuotes makes text of the blocks in heading type that are a
// magazine's pull quote, a sentence set large in italics ("Consultation"
// became "concurrence", and then concurrence became primacy.), not a
// heading the rest of the article would go under. A quote between
// quotation marks set into a column, in the middle of a paragraph's
// sentence, goes after that paragraph, whose two parts are joined as one
// (hy joins a word hyphenated around the quote).
func pullQuotes(blocks []block, hy *hyphens) []block {
	for i, b := range blocks {
		t := strings.TrimRight(b.text, `"'”’)]`)
		if b.kind == head && b.first.italic && b.last.italic && (strings.HasSuffix(t, ".") || strings.HasSuffix(t, "!")) {
			blocks[i].kind = para
		}
	}
	for i := 1; i+1 < len(blocks); i++ {
		before, after := blocks[i-1], blocks[i+1]
		if !pullQuote(blocks[i], before.last) || !cutSentence(before, after) {
			continue
		}
		before.text = string(hy.appendLine([]byte(before.text), after.text))
		before.last = after.last
		blocks[i-1] = before
		blocks = slices.Delete(blocks, i+1, i+2)
	}
	return blocks
}

// pullQuote reports whether b, a paragraph after the body's line l, is a
// quote pulled out of the text: between quotation marks, in type larger
// than the body's or in italics.
func pullQuote(b block, l line) bool {
	quoted := strings.HasPrefix(b.text, "“") && strings.HasSuffix(strings.TrimRight(b.text, ".!"), "”") ||
		strings.HasPrefix(b.text, `"`) && strings.HasSuffix(strings.TrimRight(b.text, ".!"), `"`)
	return b.kind == para && quoted && (b.first.size > l.size*1.15 || b.first.italic && b.last.italic && !l.italic)
}

// cutSentence reports whether the paragraphs before and after a pull quote
// are the parts of one, the quote set in the middle of its sentence.
func cutSentence(before, after block) bool {
	return before.kind == para && after.kind == para && !endsSentence(before.text) &&
		after.first.page == before.last.page && after.first.size == before.last.size && after.first.bold == before.last.bold
}

// figureHeads makes text of a figure set large as a heading is ("91",
// "83,000+", "99.44%", "50 : 50" on a deck's slide): it heads nothing, and
// goes with the words under it on its page, which say what it counts
// ("91 cities had incorporated their SPVs by June 2018").
func figureHeads(blocks []block) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		numbers := i+1 < len(blocks) && blocks[i+1].kind == head && len(strings.Fields(blocks[i+1].text)) <= maxCaptionHead
		if b.kind != head || !figureRE.MatchString(b.text) || b.first.box != 0 || numbers {
			out = append(out, b) // a box's figures head its facts; "01" over "Origin at Glasgow" numbers an agenda's entry
			continue
		}
		b.kind, b.gap = para, true // apart from the text before it, as the heading was
		if i+1 < len(blocks) {
			if next := blocks[i+1]; next.first.page == b.last.page && (next.kind == para || next.kind == item || next.kind == head && len(strings.Fields(next.text)) > maxCaptionHead) {
				b.text, b.last = b.text+" "+next.text, next.last
				i++
			}
		}
		out = append(out, b)
	}
	return out
}

// maxCaptionHead is the most words of a heading under a figure that heads
// the page's part ("Committees on state funding" under a mark); a longer
// one says what the figure counts.
const maxCaptionHead = 6

// figureRE matches a figure alone: digits with their separators, a
// currency, a unit or a sign.
var figureRE = regexp.MustCompile(`^(?:[₹$€£]|Rs\.?)?\s*\d[\d,.]*(?:\s*:\s*\d[\d,.]*)?\s*(?:%|\+|x|×|cr|crore|lakh|bn|mn|k|m)?\+?$`)

// oneLine reports whether the block is a line of its own.
func (b block) oneLine() bool { return b.first.y == b.last.y && b.first.page == b.last.page }

const (
	para = "para"
	item = "item"
	head = "head"
	row  = "row" // of a table
)

// write turns the pages' lines into Markdown, or into plain text when the
// document has no headings set apart by size or weight.
func write(pages []page) (corpus.Converted, error) {
	all := make([][]line, len(pages))
	glyphs := 0
	frames := slideFrames(pages)
	dropLineNumbers(pages)
	for i, p := range pages {
		all[i] = inBoxes(ruledRows(lines(p), p.rules), p, frames)
		glyphs += len(p.runs)
	}
	if glyphs == 0 {
		return corpus.Converted{}, fmt.Errorf("no text layer (scanned?): %d pages of images; run it through OCR first", len(pages))
	}
	rowAndColumnHeadings(all)
	printed := printedTitle(pages, all)
	before := all
	all = dropRunning(pages, all)
	sheets(pages, before, all)
	named := lineNames(all)
	for i := range all {
		all[i] = dropContents(all[i], named)
	}
	body := bodySize(all...)
	ls := footnotesLast(all, body)
	if len(ls) == 0 {
		return corpus.Converted{}, errors.New("no text in this PDF besides page headers and footers")
	}
	markdown := false
	for _, l := range ls {
		if headingStyle(l, body) {
			markdown = true
			break
		}
	}
	hy := hyphensOf(ls, !markdown)
	ls = arrange(ls, hy)
	blocks := group(ls, body, markdown, hy)
	if markdown {
		blocks = runInHeads(blocks)
		blocks = pullQuotes(blocks, hy)
		blocks = figureHeads(blocks)
		return writeMarkdown(blocks, body, printed), nil
	}
	return writeText(blocks), nil
}

// footnotesLast joins the pages' lines, each page's footnotes moved to
// where its section ends (before the next heading), so that a paragraph or
// list going on over the page is read whole. Footnotes are the lines at the
// foot of a page, or of a column, in type smaller than the body's from one
// that starts with its mark: "1The experiment…", "*Notes written…". A note
// numbered so is named by its number, as a question names it: "Footnote 1:
// The experiment…".
func footnotesLast(pages [][]line, body float64) []line {
	var out, notes []line
	for _, page := range pages {
		for _, part := range columnParts(page) {
			text, partNotes := notesApart(part, body)
			for _, l := range text {
				if len(notes) > 0 && headingStyle(l, body) && len(l.cells) < 2 && !l.ruled { // not a table's header row, carried over
					out, notes = append(out, notes...), nil
				}
				out = append(out, l)
			}
			notes = append(notes, partNotes...)
		}
	}
	return append(out, notes...)
}

// notesApart parts the lines of part into its text and the footnotes at
// its foot, each named by its number (see footnotesLast).
func notesApart(part columnPart, body float64) (text, notes []line) {
	pl := part.lines
	start := len(pl)
	for part.foot && start > 0 && pl[start-1].size <= body*footnoteSize {
		start--
	}
	for start < len(pl) && !footnoteMark(pl[start]) && !markAbove(pl, start) {
		start++
	}
	if !countUp(pl[start:]) {
		start = len(pl) // "15 Apr", "24 May": a box's dates, no notes
	}
	margin := math.Inf(1) // the notes' left edge: of their first lines, not of a footer under them
	for _, l := range pl[start:] {
		if footnoteMark(l) {
			margin = min(margin, l.x)
		}
	}
	raised := "" // the mark raised over the next line
	for i, l := range pl[start:] {
		if markAbove(pl, start+i) {
			raised = strings.Trim(l.marker+l.text, "[] ")
			continue
		}
		number := raised
		raised = ""
		if l.marker == "*" {
			l.marker, l.x = "", l.textX // a note's mark, not a list's bullet
		} else if m := footMarkRE.FindString(l.text); m != "" {
			_, size := utf8.DecodeLastRuneInString(m)
			number, l.text = m[:len(m)-size], l.text[len(m)-size:] // "The experiment…" of "1The experiment…"
		} else if m := noteNumberRE.FindString(l.text); m != "" && l.x < margin+l.size/2 {
			number, l.text = strings.TrimSpace(m), l.text[len(m):] // "The use of…" of "3 The use of…", its lines going on indented under it
		}
		if _, err := strconv.Atoi(number); err == nil {
			l.text = "Footnote " + number + ": " + l.text // as a question names it
		}
		notes = append(notes, l)
	}
	return pl[:start], notes
}

// columnPart is a page's run of lines in one column (or across them), and
// whether notes may stand at its foot: it is its column's last run on the
// page, or the page's last.
type columnPart struct {
	lines []line
	foot  bool
}

// columnParts parts a page's lines into its columns' runs: a journal sets
// each column's notes at its foot.
func columnParts(pl []line) []columnPart {
	var parts []columnPart
	for i := 0; i < len(pl); {
		j := i + 1
		for j < len(pl) && pl[j].col == pl[i].col {
			j++
		}
		last := !slices.ContainsFunc(pl[j:], func(l line) bool { return l.col == pl[i].col })
		parts = append(parts, columnPart{lines: pl[i:j], foot: j == len(pl) || pl[i].col != nil && last})
		i = j
	}
	return parts
}

// countUp reports whether the notes a number set apart starts ("4 Total
// fertility …") number on by one, as notes do.
func countUp(notes []line) bool {
	last := 0
	for _, l := range notes {
		if l.marker != "" || !noteStartRE.MatchString(l.text) {
			continue
		}
		n, _ := strconv.Atoi(strings.Fields(l.text)[0])
		if last != 0 && n != last+1 {
			return false
		}
		last = n
	}
	return true
}

// footnoteSize is the largest a footnote's type is, of the body's.
const footnoteSize = 0.85

// footnoteMark reports whether a line starts with a footnote's mark: a
// number or a symbol set against the note's first word, or a number apart
// from it.
func footnoteMark(l line) bool {
	return l.marker == "*" && l.textX-l.x < l.size || footMarkRE.MatchString(l.marker+l.text) || l.marker == "" && noteStartRE.MatchString(l.text)
}

// noteStartRE matches a note's first line, its number set apart: "4 Total
// fertility rate is …", "2 “Finance Commission in COVID Times”", a report's
// "236 Reference received …" (its notes numbered on from chapter to
// chapter).
var noteStartRE = regexp.MustCompile(`^\d{1,3}\s+[\p{Lu}“"]`)

var footMarkRE = regexp.MustCompile(`^(?:\d{1,2}|[*∗†‡§¶])[\p{Lu}(]`)

// noteNumberRE matches a note's number set apart from its text: "3 The use".
var noteNumberRE = regexp.MustCompile(`^\d{1,3}\s+`)

// markAbove reports whether line i is a footnote's mark alone, raised in
// smaller type just before the start of the note's first line.
func markAbove(ls []line, i int) bool {
	if i+1 >= len(ls) || !noteMarkRE.MatchString(ls[i].marker+ls[i].text) {
		return false
	}
	l, note := ls[i], ls[i+1]
	rise := l.y - note.y
	return l.page == note.page && l.size < note.size && rise > 0 && rise <= 0.7*note.size && l.end <= note.x+note.size/2 && note.x-l.end < note.size
}

// bodySize is the type size of most of the text of the lines of all the
// pages given.
func bodySize(pages ...[]line) float64 {
	chars := map[float64]int{}
	for _, ls := range pages {
		for _, l := range ls {
			chars[l.size] += len(l.text)
		}
	}
	return commonest(chars, 10)
}

// commonest returns the size of most characters of chars, a count by
// size, the smaller of two as common; none when chars counts none.
func commonest(chars map[float64]int, none float64) float64 {
	best, size := 0, none
	for s, n := range chars {
		if n > best || n == best && s < size {
			best, size = n, s
		}
	}
	return size
}

// headingStyle reports a line set in heading type: larger than the body,
// or bold at body size and short. A bulleted line is never a heading; a
// numbered one in heading type is ("1. Introduction" in bold).
func headingStyle(l line, body float64) bool {
	if l.marker != "" && !numberRE.MatchString(l.marker+" x") {
		return false
	}
	if l.size >= body*1.15 {
		return true
	}
	if l.size >= body*1.1 && !l.italic && utf8.RuneCountInString(l.text) <= maxPlainHeading {
		return true // Word's "Heading 3", 12 pt over a body of 10.5 or 11, in colour and not bold
	}
	return l.bold && l.size >= body*0.95 && utf8.RuneCountInString(l.text) <= 160
}

// wrapsEntry reports whether line i goes on with the list entry cur, the
// line before it: in its type, right under its text, a line's pitch
// below ("• … employment of over 12 lakh" in bold over "persons").
func wrapsEntry(ls []line, i int, cur *block) bool {
	if cur == nil || cur.kind != item || i == 0 || ls[i].marker != "" {
		return false
	}
	l, prev := ls[i], ls[i-1]
	at := prev.x
	if prev.marker != "" {
		at = prev.textX
	}
	gap := prev.y - l.y
	return l.page == prev.page && l.bold == prev.bold && l.size == prev.size && math.Abs(l.x-at) < l.size/2 && gap > 0 && gap < 1.5*l.size
}

// maxPlainHeading is the most characters a line a little larger than the
// body has as a heading.
const maxPlainHeading = 80

// arrange finds the lines that wide gaps part into cells in step with the
// lines around them. Prose in two columns (two cells a line, each column's
// of 25 characters or more on average) is read down the left column, then down
// the right one, with the lines of one column alone among them. Other
// lines of two or more cells in step, or ruled across and down, are the
// rows of a table.
func arrange(ls []line, hy *hyphens) []line {
	for i, l := range ls {
		if len(l.cells) == 2 && marginNumberRE.MatchString(l.cells[0].text) && utf8.RuneCountInString(l.cells[1].text) >= minMarginProse {
			ls[i].cells = nil // "1.2" in the margin beside its paragraph: numbered prose, no table's row
		}
	}
	ls = joinWrapped(ls, hy)
	var out []line
	for i := 0; i < len(ls); {
		l := ls[i]
		j := i + 1
		for j < len(ls) && inStep(l, ls[j]) {
			j++
		}
		if j-i < 2 && i+2 < len(ls) && headerOf(l, ls[i+1]) && inStep(ls[i+1], ls[i+2]) {
			// A table's header, its cells centred over its columns.
			for j = i + 2; j < len(ls) && inStep(ls[i+1], ls[j]); j++ {
			}
		}
		if n := len(out); n > 0 && out[n-1].page == l.page-1 && aligned(out[n-1], l) {
			// A table's rows going on from the page before, without its
			// header repeated over them.
			if sameCells(l, out[headerRow(out)]) {
				i++
				continue
			}
			out = append(out, ls[i:j]...)
			i = j
			continue
		}
		if len(l.cells) < 2 || j-i < 2 && !l.ruled {
			l.cells = nil // not in step with any other: one piece of text
			out = append(out, l)
			i++
			continue
		}
		var chars [2]int // of the left cells, and of the right ones
		if len(l.cells) == 2 {
			for _, r := range ls[i:j] {
				for k, c := range r.cells {
					chars[k] += utf8.RuneCountInString(c.text)
				}
			}
		}
		if len(l.cells) != 2 || l.ruled || min(chars[0], chars[1]) < 25*(j-i) {
			out = append(out, ls[i:j]...)
			i = j
			continue
		}
		lc, rc := l.cells[0], l.cells[1]
		for _, r := range ls[i:j] {
			lc.end, rc.end = math.Max(lc.end, r.cells[0].end), math.Max(rc.end, r.cells[1].end)
		}
		var lefts, rights []line
		for ; i < len(ls) && ls[i].page == l.page; i++ {
			r := ls[i]
			switch {
			case inStep(l, r):
				lefts = append(lefts, part(r, r.cells[0], &lc))
				rights = append(rights, part(r, r.cells[1], &rc))
				continue
			case len(r.cells) > 0 || r.size > l.size*1.1:
			case math.Abs(r.x-lc.x) < r.size && r.end < rc.x:
				lefts = append(lefts, part(r, cell{r.x, r.end, r.text}, &lc))
				continue
			case r.x > rc.x-r.size && r.x < rc.x+3*r.size:
				rights = append(rights, part(r, cell{r.x, r.end, r.text}, &rc))
				continue
			}
			break
		}
		out = append(append(out, lefts...), rights...)
	}
	return out
}

// marginNumberRE matches a paragraph's number set in the margin beside it:
// "1.2", "4", "§ 3".
var marginNumberRE = regexp.MustCompile(`^(?:§\s*)?\d{1,2}(?:\.\d{1,2}){0,2}\.?$`)

// minMarginProse is the fewest characters of the line beside a margin's
// number that make it prose, not a table's row ("2 | 2.5 | Tax effort").
const minMarginProse = 40

// headerRow returns the index of the first row of the table that ls ends
// with.
func headerRow(ls []line) int {
	k := len(ls) - 1
	for k > 0 && aligned(ls[k-1], ls[k]) {
		k--
	}
	return k
}

// sameCells reports whether rows a and b have the same text in each cell.
func sameCells(a, b line) bool {
	return slices.EqualFunc(a.cells, b.cells, func(x, y cell) bool { return x.text == y.text })
}

// joinWrapped gives each row of a table the lines its cells wrap onto
// ("Mir Qasim, Shuja-ud-Daulah and Shah" over "Alam II"): the lines just
// under a line of cells whose pieces each stand in the column of one of
// its cells, when the rows around stand further apart than these lines
// do. Lines as far apart as the rows are rows of their own, with cells
// left empty.
func joinWrapped(ls []line, hy *hyphens) []line {
	out := ls[:0]                         // in place: a line is read before its place is written
	bottom := make([]float64, 0, len(ls)) // the last baseline of each line of out
	for i := 0; i < len(ls); i++ {
		n := len(out)
		if n == 0 {
			out, bottom = append(out, ls[i]), append(bottom, ls[i].y)
			continue
		}
		row := out[n-1]
		gap := bottom[n-1] - ls[i].y
		into, ok := wrapsInto(row, gap, ls[i])
		if ok {
			// The rows stand apart: the line after the wrapped ones, or the
			// row before this one, is in step with it and further off.
			k, last := i+1, ls[i].y
			for ; k < len(ls); k++ {
				if _, more := wrapsInto(row, last-ls[k].y, ls[k]); !more || last-ls[k].y > 1.1*gap {
					break
				}
				last = ls[k].y
			}
			apart := k < len(ls) && inStep(row, ls[k]) && last-ls[k].y > 1.25*gap ||
				n > 1 && inStep(out[n-2], row) && bottom[n-2]-row.y > 1.25*gap ||
				n > 1 && out[n-2].page < row.page && aligned(out[n-2], row) && into[0] > 0 // the row before on the page before: a line with no first cell goes on the row
			ok = apart
		}
		if !ok {
			out, bottom = append(out, ls[i]), append(bottom, ls[i].y)
			continue
		}
		r := &out[n-1]
		for p, c := range pieces(ls[i]) {
			k := into[p]
			r.cells[k].text = string(hy.appendLine([]byte(r.cells[k].text), c.text))
			r.cells[k].end = math.Max(r.cells[k].end, c.end)
		}
		texts := make([]string, len(r.cells))
		for k, c := range r.cells {
			texts[k] = c.text
		}
		r.text, r.end = strings.Join(texts, " "), math.Max(r.end, ls[i].end)
		bottom[n-1] = ls[i].y
	}
	return out
}

// wrapsInto reports whether l, gap below row, could be the wrapped lines
// of some of row's cells, and which cell each of its pieces goes on.
func wrapsInto(row line, gap float64, l line) ([]int, bool) {
	if len(row.cells) < 2 || row.ruled || l.ruled || l.page != row.page || math.Abs(l.size-row.size) > 0.5 || gap <= 0 || gap > 2*row.size {
		return nil, false // most lines: not under a row of cells
	}
	ps := pieces(l)
	if len(ps) > len(row.cells) {
		return nil, false
	}
	into := make([]int, len(ps))
	next := 0
	for p, c := range ps {
		k := next
		for k < len(row.cells) && math.Abs(row.cells[k].x-c.x) > row.size/2 {
			k++
		}
		if k == len(row.cells) || k+1 < len(row.cells) && c.end > row.cells[k+1].x {
			return nil, false // not in a column, or across the next one
		}
		into[p], next = k, k+1
	}
	return into, true
}

// pieces is l's cells, or l whole when it has none.
func pieces(l line) []cell {
	if len(l.cells) > 0 {
		return l.cells
	}
	text := l.text
	if l.marker != "" {
		text = l.marker + " " + text
	}
	return []cell{{x: l.x, end: l.end, text: text}}
}

// headerOf reports whether a, a line of cells, heads the column of b's
// cells: as many, each starting before the cell after the other's (a
// header centred over its column starts right of the column's start).
func headerOf(a, b line) bool {
	if a.page != b.page || len(a.cells) < 2 || len(a.cells) != len(b.cells) {
		return false
	}
	for k := 1; k < len(a.cells); k++ {
		if a.cells[k-1].x >= b.cells[k].x || b.cells[k-1].x >= a.cells[k].x {
			return false
		}
	}
	return true
}

// inStep reports whether b has as many cells as a, two at the least, each
// starting where a's does.
func inStep(a, b line) bool {
	return a.page == b.page && aligned(a, b)
}

// aligned reports whether b has as many cells as a, two at the least, each
// starting where a's does, on whichever page.
func aligned(a, b line) bool {
	if len(a.cells) < 2 || len(a.cells) != len(b.cells) {
		return false
	}
	for k := range a.cells {
		if math.Abs(a.cells[k].x-b.cells[k].x) > a.size {
			return false
		}
	}
	return true
}

// part is the line of one column made of cell c of line l.
func part(l line, c cell, col *cell) line {
	p := l
	p.x, p.end, p.textX, p.cells, p.col = c.x, c.end, c.x, nil, col
	p.marker, p.text = splitMarker(c.text, false)
	return p
}

// group joins lines into blocks: a wide gap, a change of style, a list
// marker or a short line that ends a sentence starts a new one. In a PDF
// printed from text, a line ends its block unless the printer wrapped it:
// unless the next line's first word would not have fitted on it.
func group(ls []line, body float64, markdown bool, hy *hyphens) []block {
	pitch := linePitch(ls, body)
	right := map[int]float64{}
	left := map[int]float64{}
	margin, edge := math.Inf(1), 0.0  // the text's left and right edges, on any page
	panels := map[int]cell{}          // the left and right edges of the text of each box on a page of boxes
	starts := map[columnKey]float64{} // where the text of each column of a page starts
	bodyRight := map[int]float64{}    // the right edge of the body's type: a masthead's line may reach further
	bodyLines := map[int]int{}
	for _, l := range ls {
		right[l.page] = math.Max(right[l.page], l.end)
		if math.Abs(l.size-body) < 0.05*body {
			bodyRight[l.page] = math.Max(bodyRight[l.page], l.end)
			bodyLines[l.page]++
		}
		if v, ok := left[l.page]; !ok || l.x < v {
			left[l.page] = l.x
		}
		if v, ok := starts[columnOf(l)]; !ok || l.x < v {
			starts[columnOf(l)] = l.x
		}
		margin, edge = math.Min(margin, l.x), math.Max(edge, l.end)
		if l.panel != 0 {
			k := panelKey(l)
			c, ok := panels[k]
			if !ok {
				c = cell{x: l.x, end: l.end}
			}
			panels[k] = cell{x: math.Min(c.x, l.x), end: math.Max(c.end, l.end)}
		}
	}
	var out []block
	var cur *block
	var joined []byte // cur's text while lines are joined to it (nil when cur.text is current), so that a paragraph of many lines is not copied on each
	settle := func() {
		if joined != nil {
			cur.text, joined = string(joined), nil
		}
	}
	var markerXs []float64 // the list's markers by depth, from their column's start
	carried := false       // cur is a list item whose lines went on at the top of a page
	mcq := false           // cur is a numbered question whose statements and options go on in it
	for i, l := range ls {
		style := para
		numbered := false // a heading that starts with its number
		options := l.marker != "" && optionsRE.MatchString(l.marker+" "+l.text)
		if options {
			l.text, l.marker = l.marker+" "+l.text, "" // "(a) 1 only (b) 2 only": no list's entry
		}
		switch {
		case len(l.cells) > 0:
			style = row
		case markdown && !wrapsEntry(ls, i, cur) && (headingStyle(l, body) || boxHeading(ls, i, cur)):
			style = head
			numbered = l.marker != "" || faqNumberRE.MatchString(l.text)
			if l.marker != "" { // a numbered heading keeps its number
				l.text, l.marker = l.marker+" "+l.text, ""
			}
		case l.marker != "":
			style = item
		}
		startNew := cur == nil
		wide := false
		if cur != nil {
			prev := ls[i-1]
			gap := prev.y - l.y
			samePage := prev.page == l.page
			// Body lines are set at the pitch, so a quarter more is space
			// between paragraphs; other type has leading of its own.
			spaced := 1.45
			if l.size == body && prev.size == body {
				spaced = 1.25
			}
			// A new page, or the top of the next column, may carry on.
			jump := !samePage || gap < 0
			wide = !jump && gap > pitch*spaced*math.Max(l.size, prev.size)/body || jump && !continues(prev, l)
			from, to := left[prev.page], right[prev.page]
			if r, ok := bodyRight[prev.page]; ok && prev.size == body && bodyLines[prev.page] >= minBodyLines {
				to = r
			}
			if prev.col != nil {
				from, to = prev.col.x, prev.col.end
			}
			if prev.panel != 0 {
				p := panels[panelKey(prev)]
				from, to = p.x, p.end
			}
			short := prev.end < from+(to-from)*0.8
			switch {
			case options && !wide && cur.kind != row:
				// a question's options, under it: with them, a question
				// in bold is a paragraph, not a heading
				if cur.kind == head {
					cur.kind, mcq = para, true
				}
			case style == item && !wide && numberRE.MatchString(l.marker+" x") && cur.kind == head && faqNumberRE.MatchString(cur.text):
				cur.kind, mcq = para, true // "Q1. Consider the following statements:", then the statements
			case mcq && !wide && style != head && style != row:
				// a question's statements and options go on in it
			case prev.panel != 0 && panelKey(prev) == panelKey(l) && style == para && !(wrappedOn(prev.text, l.text) && !short):
				startNew = true // a box's lines are entries, but for a sentence wrapped onto the next
			case style == item && initialRE.MatchString(l.marker) && !short && (!markdown && wrapped(prev, l, margin, edge) || !endsSentence(prev.text) && !strings.HasSuffix(prev.text, ":")):
				// "S. Radhakrishnan" wrapped under "President: Dr.", "C.
				// Ravichandran Iyer" under "… In": an initial, not a list's
				// letter
			case style == item || style == row || wide || cur.kind == row:
				startNew = true
			case !markdown && endsSentence(prev.text) && (strings.HasSuffix(l.text, ":") || labelRE.MatchString(l.text)):
				startNew = true // "Jallianwala Bagh:", "Note: …" after a sentence
			case !markdown && !short && wrapped(prev, l, margin, edge):
				// the printer wrapped it, back to the margin under an
				// indented line or a list item
			case style == head && l.size < body*1.15 && cur.kind == para && !short && (!endsSentence(prev.text) || initialEndRE.MatchString(prev.text)) && !numbered:
				// a sentence's words in bold, wrapped onto a line of their own
			case style == head:
				startNew = numbered || cur.kind != head || cur.first.size != l.size || cur.first.bold != l.bold
			case cur.kind == head:
				startNew = true
			case jump && cur.kind == item && openEnded(prev.text, l.text):
				carried = true // a list item carried over to the next page
			case carried && math.Abs(l.x-prev.x) < 0.5*l.size:
				// and its next lines there, level with the first
			case cur.kind == item && !short && wrappedOn(prev.text, l.text):
				// a list item's sentence wrapped back to the margin
			case cur.kind == item && l.x > cur.first.x+0.5*l.size && l.x < cur.first.textX+0.5*l.size && (breaksOff(prev.text) || !endsSentence(prev.text) && wrapped(prev, l, l.x, to)):
				// indented under a list item, going on with its sentence (its first word too long for the line before: "Rs" over "50,65,345 crore")
			case cur.kind == item && cur.first.textX > cur.first.x && math.Abs(l.x-cur.first.textX) < 0.5*l.size && wrapped(prev, l, cur.first.textX, to):
				// level with a list item's text, too long a first word to have fitted on the line before
			case cur.kind == item && l.x < cur.first.textX-0.5*l.size:
				startNew = true // back at the margin after a list item
			case l.lead && endsSentence(prev.text):
				startNew = true // a paragraph with a run-in heading
			case endsSentence(prev.text) && datedRE.MatchString(l.text):
				startNew = true // "Jun 2024 - …" under "Sep 2025 - …": updates a line each
			case endsSentence(prev.text) && labelRE.MatchString(l.text):
				startNew = true // "Q: Why L1?" under the answer before it
			case !markdown:
				startNew = true // printed text: a line of its own, not wrapped
			case endsSentence(prev.text) && (l.bold != prev.bold || math.Abs(l.size-prev.size) > 0.1*prev.size):
				startNew = true // "Table 2: Share of selected states" in bold under a paragraph's end
			case short && endsSentence(prev.text):
				startNew = true
			case short && !wrappedOn(prev.text, l.text) && !wrapped(prev, l, from, to):
				startNew = true // a line its writer ended: the next one's first word would have fitted on it
			}
		}
		if cur != nil && (boxKey(l) != boxKey(cur.last) || panelKey(l) != panelKey(cur.last) || l.aside != cur.last.aside) {
			startNew = true // into a box or a margin note, or out of it
		}
		if !startNew {
			if joined == nil {
				joined = append(make([]byte, 0, 2*(len(cur.text)+1+len(l.text))), cur.text...)
			}
			text := l.text
			if l.marker != "" {
				text = l.marker + " " + text
			}
			joined = hy.appendLine(joined, text)
			cur.last = l
			continue
		}
		settle()
		carried, mcq = false, false
		b := block{kind: style, text: l.text, marker: l.marker, first: l, last: l, gap: wide}
		if !markdown {
			b.column = int(math.Round((l.x - margin) / charWidth(l)))
		}
		if style == item {
			depth := 0
			x := l.x - starts[columnOf(l)] // so that a list goes on in the next column
			for depth < len(markerXs) && x > markerXs[depth]+0.8*l.size {
				depth++
			}
			markerXs = append(markerXs[:depth], x)
			b.indent = depth
		} else if !(cur != nil && cur.kind == item && l.x >= cur.first.textX-0.5*l.size) {
			markerXs = markerXs[:0]
		}
		out = append(out, b)
		cur = &out[len(out)-1]
	}
	settle()
	return boldParagraphs(out, body)
}

// minBodyLines is the fewest lines of body type that make a page of text,
// whose lines' right edge is the measure of a short one (a cover's few
// lines are centred).
const minBodyLines = 4

// columnKey tells the columns of the pages apart.
type columnKey struct {
	page int
	x    float64 // where the column starts; -1 for a page of one
}

func columnOf(l line) columnKey {
	if l.col == nil {
		return columnKey{l.page, -1}
	}
	return columnKey{l.page, l.col.x}
}

// boldParagraphs gives back to the text the blocks set in bold at body
// size that are not headings: an exam tip ("Exam Tip: …", or "Exam Tip:"
// alone, which takes the paragraph after it) and a sentence of several
// lines or words, ended by a full stop.
func boldParagraphs(blocks []block, body float64) []block {
	out := blocks[:0]
	for i := 0; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind == head && b.first.size < body*1.15 {
			words := len(strings.Fields(b.text))
			switch m := tipRE.FindString(b.text); {
			case m != "" && m == b.text && i+1 < len(blocks) && blocks[i+1].kind == para:
				b.kind, b.text, b.last = para, b.text+" "+blocks[i+1].text, blocks[i+1].last
				i++
			case m != "" && m != b.text,
				strings.HasSuffix(b.text, ".") && (words > 8 || b.last.y != b.first.y || b.last.page != b.first.page):
				b.kind = para
			}
		}
		out = append(out, b)
	}
	return out
}

// linePitch is the usual distance between the baselines of two lines of
// body text that follow each other.
func linePitch(ls []line, body float64) float64 {
	var gaps []float64
	for i := 1; i < len(ls); i++ {
		a, b := ls[i-1], ls[i]
		if a.page == b.page && a.size == body && b.size == body {
			if g := a.y - b.y; g > body*0.8 && g < body*3 {
				gaps = append(gaps, g)
			}
		}
	}
	if len(gaps) == 0 {
		return body * 1.2
	}
	sort.Float64s(gaps)
	return gaps[len(gaps)/4] // the tighter gaps are those within paragraphs
}

// continues reports whether the first line of a page carries on the
// paragraph the last line of the previous page left open.
func continues(prev, l line) bool {
	if l.marker != "" || endsSentence(prev.text) || prev.size != l.size || prev.bold != l.bold {
		return false
	}
	r, _ := utf8.DecodeRuneInString(l.text)
	return unicode.IsLower(r) || !strings.HasSuffix(prev.text, ".")
}

// openEnded reports whether a line ends in the middle of a sentence that
// next carries on: after a comma or a word that cannot end one ("… Solar
// PV Modules: The"), or before a word in lower case or a number ("… NCGTC
// gives / 60% cover").
func openEnded(line, next string) bool {
	r, _ := utf8.DecodeRuneInString(next)
	if unicode.IsLower(r) || unicode.IsDigit(r) && !endsSentence(line) {
		return true
	}
	return breaksOff(line)
}

// breaksOff reports whether a line stops short of its sentence's end:
// after a comma or a word that cannot end one.
func breaksOff(line string) bool {
	last := line[strings.LastIndexByte(line, ' ')+1:]
	return strings.HasSuffix(line, ",") || carryWords[strings.ToLower(last)]
}

// carryWords are words no sentence ends with.
var carryWords = map[string]bool{"the": true, "a": true, "an": true, "of": true, "and": true, "or": true, "to": true, "in": true,
	"for": true, "with": true, "by": true, "on": true, "at": true, "from": true, "as": true, "its": true, "their": true, "is": true, "are": true, "was": true, "were": true}

// datedRE matches a line that opens with its date, as notes list updates:
// "Jun 2024 - …", "Dec 2023: …", "2024 – …", "[Sep 2023] …".
// initialEndRE matches a line that ends with initials or a title before a
// name, not a sentence ("… bench in K.S.", "… by Dr.").
var initialEndRE = regexp.MustCompile(`(?:^|\s)(?:(?:\p{Lu}\.)+|(?:Dr|Mr|Mrs|Ms|Smt|Shri|Sh|St|Prof|Justice|vs|v)\.)$`)

// initialRE matches a list marker that may be a name's initial ("S.").
var initialRE = regexp.MustCompile(`^\p{Lu}\.$`)

// initialsRE matches text that goes on with a name's next initial and its
// name: "R. Ambedkar", "P. J. Abdul Kalam".
var initialsRE = regexp.MustCompile(`^\p{Lu}\.\s*(?:\p{Lu}\.\s*)*\p{Lu}\p{Ll}`)

// labelRE matches a line that a label of notes opens: "Q: …", "A: …",
// "Note: …", "Exam tip: …" (not any word before a colon: "President: Dr.
// S. Radhakrishnan" may be the rest of a line).
var labelRE = regexp.MustCompile(`(?i)^(?:q|a|ques|ans|question|answer|note|nb|n\.b\.|tip|exam tip|example|e\.g\.|source|fact|remember|imp|mains|prelims|mains q|prelims q)\s*\d{0,3}\s*[:.)]\s+\S`)

var datedRE = regexp.MustCompile(`^(?:\[` + monthYear + `\]|` + monthYear + `\s*[:–—-])`)

const monthYear = `(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?'?\s*)?(?:19|20)\d\d`

func endsSentence(s string) bool {
	s = strings.TrimRight(s, `"'”’)]`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!") || strings.HasSuffix(s, ":")
}

// charWidth is the mean width of the characters of l.
func charWidth(l line) float64 {
	n := utf8.RuneCountInString(l.text)
	if l.marker != "" {
		n += utf8.RuneCountInString(l.marker) + 1
	}
	return math.Max((l.end-l.x)/float64(max(n, 1)), 0.1*l.size)
}

// wrapped reports whether line l of printed text could be the rest of
// prev, wrapped at the right edge to back to the margin from: it starts
// there, and its first word would not have fitted after prev. A line of a
// table drawn in text ("| Ground | War |", "+------+") under a whole one
// is none.
func wrapped(prev, l line, from, to float64) bool {
	if (strings.HasPrefix(l.text, "|") || strings.HasPrefix(l.text, "+-") || strings.HasPrefix(l.text, "+=")) &&
		(strings.HasSuffix(prev.text, "|") || strings.HasSuffix(prev.text, "+")) {
		return false
	}
	text := l.text
	if l.marker != "" {
		text = l.marker
	}
	first, _, _ := strings.Cut(text, " ")
	cw := charWidth(prev)
	return l.x < from+cw/2 && prev.end+cw*float64(1+utf8.RuneCountInString(first)) > to+cw/2
}

// hyphens is what a PDF tells of the hyphen that ends a line: whether the
// word broken there is written with it elsewhere ("three-month") or whole
// ("international"), and what to do when neither: a typeset PDF hyphenates
// words to break them, text printed to PDF does not.
type hyphens struct {
	inside  map[string]bool // words written with a hyphen inside a line, lower case
	whole   map[string]bool // words written whole, lower case
	printed bool            // text printed to PDF: a hyphen at a line's end stays
}

func hyphensOf(ls []line, printed bool) *hyphens {
	hy := &hyphens{printed: printed}
	broken := map[string]bool{} // the words broken after a hyphen at a line's end, with it and without
	for i := 0; i+1 < len(ls); i++ {
		if t := ls[i].text; strings.HasSuffix(t, "-") {
			w := brokenWord([]byte(t), ls[i+1].text)
			if k := strings.LastIndexByte(w, '-'); k > 0 && k+1 < len(w) {
				broken[w], broken[w[:k]+w[k+1:]] = true, true
			}
		}
	}
	if len(broken) == 0 {
		return hy
	}
	hy.inside, hy.whole = map[string]bool{}, map[string]bool{}
	for _, l := range ls {
		t := strings.TrimSuffix(l.text, "-") // a broken word's first part is not a word the PDF writes
		for start := 0; start < len(t); {
			r, size := utf8.DecodeRuneInString(t[start:])
			if !unicode.IsLetter(r) {
				start += size
				continue
			}
			end := start + strings.IndexFunc(t[start:], func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
			if end < start {
				end = len(t)
			}
			w := strings.ToLower(strings.TrimRight(t[start:end], "-"))
			if broken[w] {
				if strings.IndexByte(w, '-') >= 0 {
					hy.inside[w] = true
				} else {
					hy.whole[w] = true
				}
			}
			start = end
		}
	}
	return hy
}

// appendLine appends a wrapped line to the text before it, undoing an
// end-of-line soft hyphen; a hyphen after a letter before a lower-case
// letter goes ("inter-" "national") when the PDF writes the word whole
// elsewhere, stays when it writes it hyphenated ("three-" "month"), and
// else goes but in printed text; it stays in a compound broken at one of
// its hyphens ("find-and-" "replace") and after a capital ("CRISPR-"
// "associated"). A hyphen after a letter before anything else stays, with
// no space ("Gandhi-" "Irwin"). Else the two are joined
// with a space. hy may be nil: every such hyphen goes.
func (hy *hyphens) appendLine(text []byte, next string) []byte {
	switch {
	case bytes.HasSuffix(text, []byte("\u00ad")):
		return append(text[:len(text)-len("\u00ad")], next...)
	case bytes.HasSuffix(text, []byte("-")) && !bytes.HasSuffix(text, []byte(" -")):
		if last, _ := utf8.DecodeLastRune(text[:len(text)-1]); unicode.IsLetter(last) {
			if first, _ := utf8.DecodeRuneInString(next); unicode.IsLower(first) && !unicode.IsUpper(last) && !hy.keeps(brokenWord(text, next)) {
				return append(text[:len(text)-1], next...)
			}
			return append(text, next...)
		}
	}
	return append(append(text, ' '), next...)
}

// keeps reports whether the hyphen that broke w ("three-month", the part
// after the last hyphen on the next line) stays.
func (hy *hyphens) keeps(w string) bool {
	if hy == nil {
		return false
	}
	i := strings.LastIndexByte(w, '-')
	switch {
	case strings.IndexByte(w[:i], '-') >= 0:
		return true // a compound broken at one of its hyphens: "find-and-" "replace"
	case hy.whole[w[:i]+w[i+1:]]:
		return false
	case hy.inside[w]:
		return true
	}
	return hy.printed
}

// brokenWord is the word that text, ending in a hyphen, and next make
// when the hyphen stays, lower case: "three-month" of "a three-" and
// "month running average".
func brokenWord(text []byte, next string) string {
	start := len(text) - 1
	for start > 0 {
		r, size := utf8.DecodeLastRune(text[:start])
		if !unicode.IsLetter(r) && r != '-' {
			break
		}
		start -= size
	}
	end := strings.IndexFunc(next, func(r rune) bool { return !unicode.IsLetter(r) && r != '-' })
	if end < 0 {
		end = len(next)
	}
	return strings.ToLower(string(text[start:]) + next[:end])
}

var sectionNumberRE = regexp.MustCompile(`^(\d{1,2}(?:\.\d{1,2})*)\.?\s`)
var faqNumberRE = regexp.MustCompile(`^Q\.?\s*(\d{1,3})\s*[.):]\s*`)

// optionsRE matches a multiple-choice question's options set on a line.
var optionsRE = regexp.MustCompile(`^\(?[aA][.)]\s.*\s\(?[bB][.)]\s`)
var faqHeadingRE = regexp.MustCompile(`(?i)\b(?:faqs?|frequently asked questions|questions and answers|q\s*&\s*a)\b`)
var tipRE = regexp.MustCompile(`(?i)^exam tip\s*:?\s*`)

// boxKey tells the shaded boxes of all pages apart; 0 for no box.
func boxKey(l line) int {
	if l.box == 0 {
		return 0
	}
	return l.page<<16 | l.box
}

// wrappedOn reports whether line next goes on with the sentence line
// breaks off: line does not end one and next starts in lower case.
func wrappedOn(line, next string) bool {
	first, _ := utf8.DecodeRuneInString(next)
	return !endsSentence(line) && unicode.IsLower(first)
}

// panelKey tells the boxes of a page of boxes apart, on all pages; 0 for
// no box.
func panelKey(l line) int {
	if l.panel == 0 {
		return 0
	}
	return l.page<<16 | l.panel
}

// withoutAdverts drops the boxes labelled as advertisements
// ("ADVERTISEMENT" over a coaching programme's name and its offer): not the
// notes, and their name set large would head the sections after them. An
// unboxed label starts an advertisement that fills the rest of its page,
// but on a web page a browser printed (printed, see printedTitle): there
// the article goes on under the advertisement's slot, printed empty.
func withoutAdverts(blocks []block, printed bool) []block {
	var ads map[int]bool
	adPages := map[int]bool{} // the pages an unboxed advertisement fills from its label down
	prev := 0
	for _, b := range blocks {
		k := boxKey(b.first)
		if (k == 0 || k != prev) && advertRE.MatchString(strings.TrimSpace(b.text)) {
			if k == 0 {
				adPages[b.first.page] = true
			} else {
				if ads == nil {
					ads = map[int]bool{}
				}
				ads[k] = true
			}
		}
		prev = k
	}
	if ads == nil && len(adPages) == 0 {
		return blocks
	}
	in, page := false, 0
	return slices.DeleteFunc(blocks, func(b block) bool {
		label := adPages[b.first.page] && boxKey(b.first) == 0 && advertRE.MatchString(strings.TrimSpace(b.text))
		if printed {
			return label || ads[boxKey(b.first)] || storyOnRE.MatchString(b.text)
		}
		in = in && b.first.page == page || label
		page = b.first.page
		if in && storyOnRE.MatchString(b.text) {
			in = false // "Story continues below this ad": a web page's slot, printed empty
			return true
		}
		return in || ads[boxKey(b.first)]
	})
}

// signatoryRE matches a name in brackets under a signature, as a foreword
// or a circular is signed: "(Sudhir K. Rawat)".
var signatoryRE = regexp.MustCompile(`^\((?:(?:Dr|Prof|Shri|Smt|Mr|Ms|Justice)\.?\s+)?\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){1,4}\)$`)

// storyOnRE matches the line under an advertisement's slot that says the
// article goes on below it.
var storyOnRE = regexp.MustCompile(`(?i)^(?:(?:the\s+)?(?:story|article|text)\s+continues\s+(?:below|after)|continue\s+reading\s+(?:below|after))\b.{0,40}$`)

// advertRE matches the label of an advertisement, its publisher's name
// before it or not ("PATHWAY IAS ACADEMY ADVERTISEMENT").
var advertRE = regexp.MustCompile(`(?i)^(?:[\p{L}&.]+\s+){0,4}(?:advertisement|advertorial|sponsored|advt\.?)$`)

// sidebars returns the shaded boxes that hold text beside the page's
// own (a "Did you know?", a case study): a heading, then paragraphs or a
// list, no table's row; and of those, the ones that hold a list. A box
// around a heading alone (a question set in a band) is the heading's; one
// around a paragraph alone (an exam tip) marks that paragraph.
func sidebars(blocks []block) (boxed, lists map[int]bool) {
	boxed, lists = map[int]bool{}, map[int]bool{}
	titled, rows := map[int]bool{}, map[int]bool{}
	prev := 0
	for _, b := range blocks {
		k := boxKey(b.first)
		switch {
		case k == 0:
		case k != prev:
			titled[k] = b.kind == head
		case b.kind == row:
			rows[k] = true
		case b.kind == para || b.kind == item:
			boxed[k] = true
			lists[k] = lists[k] || b.kind == item
		}
		prev = k
	}
	for k := range boxed {
		if !titled[k] || rows[k] {
			delete(boxed, k)
		}
	}
	delete(boxed, titleBand(blocks))
	if slideBoxes(blocks, boxed) {
		return map[int]bool{}, map[int]bool{} // a deck's slides, each over its notes: their titles head the notes
	}
	return boxed, lists
}

// slideBoxes reports whether the boxes are slides printed over their
// notes (PowerPoint's notes pages): three at least, each the first thing
// on a page of its own.
func slideBoxes(blocks []block, boxed map[int]bool) bool {
	if len(boxed) < minSlideBoxes {
		return false
	}
	first := map[int]int{} // each page's first block's box
	for _, b := range blocks {
		if _, ok := first[b.first.page]; !ok {
			first[b.first.page] = boxKey(b.first)
		}
	}
	pages := map[int]bool{}
	for _, b := range blocks {
		k := boxKey(b.first)
		if !boxed[k] {
			continue
		}
		if first[b.first.page] != k {
			return false
		}
		pages[b.first.page] = true
	}
	return len(pages) == len(boxed)
}

// minSlideBoxes is the fewest boxes slideBoxes takes for a deck's slides.
const minSlideBoxes = 3

// titleBand returns the box the first heading stands in, when no other
// heading on its page is set as large as the box's largest and the text
// outside the box writes most of that one's words: a band across a
// handout's top holding its title (under the institute's name, maybe),
// not a sidebar (an institute's band holds a name the text never writes).
// It returns 0 for none.
func titleBand(blocks []block) int {
	first := slices.IndexFunc(blocks, func(b block) bool { return b.kind == head })
	if first < 0 || blocks[first].first.box == 0 {
		return 0
	}
	band := boxKey(blocks[first].first)
	title := first // the largest heading in the band: the title under an institute's name
	for i, b := range blocks[first+1:] {
		if b.first.page != blocks[first].first.page || boxKey(b.first) != band {
			break
		}
		if b.kind == head && b.first.size > blocks[title].first.size {
			title = first + 1 + i
		}
	}
	top := blocks[title].first
	for _, b := range blocks[first+1:] {
		if b.first.page != top.page {
			break
		}
		if b.kind == head && b.first.size >= top.size && boxKey(b.first) != band {
			return 0
		}
	}
	var words []string
	for _, w := range textWords(blocks[title].text) {
		if utf8.RuneCountInString(w) >= 3 {
			words = append(words, w)
		}
	}
	if len(words) == 0 {
		return 0
	}
	found := map[string]bool{}
	for _, b := range blocks {
		if boxKey(b.first) == band {
			continue
		}
		for _, w := range textWords(b.text) {
			if slices.Contains(words, w) {
				found[w] = true
			}
		}
	}
	if 2*len(found) < len(words) {
		return 0
	}
	return band
}

func notLetter(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsMark(r) }

// textWords returns the words of text in lower case: its runs of letters.
func textWords(text string) []string { return strings.FieldsFunc(strings.ToLower(text), notLetter) }

// writtenWords returns the words the text of blocks writes.
func writtenWords(blocks []block) map[string]bool {
	written := map[string]bool{}
	for _, b := range blocks {
		for _, w := range textWords(b.text) {
			written[w] = true
		}
	}
	return written
}

// fullDateRE matches a date alone: "June 2, 2025", "2 June 2025".
var fullDateRE = regexp.MustCompile(`^(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.? \d{1,2},? \d{4}|\d{1,2} (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,? \d{4})$`)

// standfirst reports whether text in heading type is sentences, a
// standfirst's: a sentence ended by a full stop and another after it, of
// twelve words in all at least ("Eighty years after Hiroshima, the treaties … since
// the Cold War. Where does that leave India …?").
func standfirst(text string) bool {
	return len(strings.Fields(text)) >= 12 && sentenceThenMoreRE.MatchString(text)
}

// sentenceThenMoreRE matches a full stop after a word of three letters or
// more (not "No." or "Dr.") followed by a capital; a headline may ask and
// answer ("One law for all? Uttarakhand's civil code …").
var sentenceThenMoreRE = regexp.MustCompile(`\p{L}\p{Ll}{2}\. +\p{Lu}`)

// maxHeading is the longest a heading can be but a question's; in
// heading type, longer is a paragraph set large (a standfirst).
const maxHeading = 200

// writeMarkdown writes blocks as Markdown: the first heading of the
// largest type on the first page is the title (the other lines in heading
// type on a cover page its subtitle, see coverHeads); the other heading
// types, largest first (a kicker's above what it stands over, see
// kickers), are ##, ###, …. Text that reads as markup ("&cent;",
// "<b>", "[a](b)") is escaped.
func writeMarkdown(blocks []block, body float64, printed string) corpus.Converted {
	blocks = agendaPages(withoutAdverts(blocks, printed != ""))
	boxed, lists := sidebars(blocks)
	largest := 0.0 // the largest heading's type so far
	for i, b := range blocks {
		if b.kind == head && (utf8.RuneCountInString(b.text) > maxHeading && !strings.HasSuffix(b.text, "?") || fullDateRE.MatchString(b.text) || standfirst(b.text) && b.first.size < largest || reportableRE.MatchString(b.text) || signatoryRE.MatchString(b.text)) {
			blocks[i].kind = para // a standfirst in large type under a headline, a report's date under its title, a judgment's "REPORTABLE", a signatory's "(Sudhir K. Rawat)"
		}
		if blocks[i].kind == head {
			largest = math.Max(largest, b.first.size)
		}
	}
	numberedHeads(blocks, body)
	title := titleOf(blocks, boxed)
	if i := headingOfPage(blocks, printed); i >= 0 {
		title = i // the page's own title, not its site's name in larger type over it
		for j := range blocks[:i] {
			if blocks[j].kind == head && blocks[j].first.size >= blocks[i].first.size {
				blocks[j].kind = para // the site's name: no heading the page's sections go under
			}
		}
	}
	stacked := false
	if i := stackedTitle(blocks, title); i != title {
		for j := title; j < i; j++ {
			blocks[j].kind = para // the institute's name, the handout's number: over the title
		}
		title, stacked = i, true
	}
	if i := underMasthead(blocks, title); i != title {
		for j := title; j < i; j++ {
			blocks[j].kind = para // the institute's or the paper's name over the title
		}
		title, stacked = i, true
	}
	if title > 0 {
		letterhead(blocks, title, boxed)
	}
	byline(blocks, title)
	// The subtitle: the lines of a band beside the title, however long,
	// given apart from the text (marked); else a kicker over the title, so
	// given with what is under it, or a cover's or title page's lines,
	// written under the title (sub).
	marked := bandHeader(blocks, title)
	kicker, sub := "", ""
	if marked == "" {
		kicker = kickerOver(blocks, title, stacked)
		if sub = coverHeads(blocks, title); sub == "" {
			sub = headedSubtitle(blocks, title)
		}
		if sub == "" {
			sub = typeSubtitle(blocks, title)
		}
	}
	var styles []headStyle
	seen := map[headStyle]bool{}
	small := smallSizes(blocks, boxed, body)
	styleOf := func(l line) headStyle {
		if size, ok := small[l.size]; ok {
			return headStyle{size, l.bold}
		}
		if l.size < body*1.15 {
			return headStyle{body, l.bold}
		}
		return headStyle{l.size, l.bold}
	}
	for _, b := range blocks {
		if b.kind != head || boxed[boxKey(b.first)] {
			continue
		}
		if s := styleOf(b.first); !seen[s] {
			seen[s] = true
			styles = append(styles, s)
		}
	}
	kick := kickers(blocks, styleOf)
	rank := func(s headStyle) float64 {
		if size, ok := kick[s]; ok {
			return size
		}
		return s.size
	}
	sort.Slice(styles, func(i, j int) bool {
		a, b := rank(styles[i]), rank(styles[j])
		if a != b {
			return a > b
		}
		return styles[i].bold && !styles[j].bold
	})
	level := map[headStyle]int{}
	next := 2
	for _, s := range styles {
		if title >= 0 && s == (headStyle{blocks[title].first.size, blocks[title].first.bold}) && titleOnly(blocks, title) {
			continue // the title's type, used for nothing else
		}
		level[s] = min(next, 6)
		next++
	}
	var w mdWriter
	if title < 0 {
		title = 0 // no heading on the first page: its first line is the title
	}
	w.line("# "+corpus.EscapeMarkdown(blocks[title].text), blocks[title].first.page)
	blocks[title].text = ""
	if sub == "" && marked == "" {
		sub = titleBlock(blocks[title+1:], body) // it takes the lines it makes the subtitle of
	}
	switch {
	case kicker != "" && sub != "":
		marked = kicker + " · " + sub
	case kicker != "":
		marked = kicker
	case sub != "":
		w.line(corpus.EscapeMarkdown(sub), blocks[title].first.page)
	}
	faq := 0                   // the level of the FAQ heading the text is under
	rows := 0                  // of the table being written
	var header line            // the last table's header row
	numbered := map[int]bool{} // levels whose headings are numbered "2."

	inBox := 0 // the sidebar being written, as a quotation
	for i, b := range blocks {
		if b.kind != row {
			rows = 0
		}
		if k := boxKey(b.first); boxed[k] && b.text != "" {
			// "> [!note] Did you know?", "> Its text.": a callout, which the
			// Markdown reader reads as a part of the section it stands in;
			// "> **Key terms**" over a list: the quotation's part, each
			// entry a passage, the text after it the section's again.
			if k != inBox {
				w.blank()
			} else {
				w.line(">", b.first.page)
			}
			inBox = k
			switch text := corpus.EscapeMarkdown(b.text); {
			case b.kind == head && lists[k]:
				w.line("> **"+text+"**", b.first.page)
			case b.kind == head:
				w.line("> [!note] "+text, b.first.page)
			case b.kind == item:
				w.line("> - "+text, b.first.page)
			default:
				w.line("> "+text, b.first.page)
			}
			continue
		}
		if inBox != 0 {
			inBox = 0
			w.blank()
		}
		switch {
		case b.text == "":
		case b.kind == row:
			if rows > 0 && len(b.first.cells) != len(blocks[i-1].first.cells) {
				rows = 0 // another table, right under
			}
			switch {
			case rows == 0 && b.first.bold && b.first.ruled && !(i+1 < len(blocks) && blocks[i+1].kind == row) && headsLater(blocks[i+1:], b.first):
				header = b.first // a table's header over rows that a heading parts from it (a spreadsheet's groups)
				continue
			case rows > 0 && header.cells != nil && sameCells(b.first, header):
				continue // the header, printed again atop a page
			case rows == 0 && !b.first.bold && header.cells != nil && aligned(header, b.first):
				w.blank()
				w.row(header, true)
				rows++
			case rows == 0:
				header = line{}
				if b.first.bold && b.first.ruled {
					header = b.first
				}
			}
			if rows == 0 {
				w.blank()
			}
			w.row(b.first, rows == 0) // a row is one line
			rows++
		case b.kind == head:
			s := styleOf(b.first)
			// A question set in the type of the FAQ heading above it
			// (groff's -ms sets both in bold at body size) goes under it.
			lv := level[s]
			// Headings numbered "2.1" in the type of those numbered "2."
			// (groff's .NH 2) go under them.
			if m := sectionNumberRE.FindStringSubmatch(b.text); m != nil {
				if depth := strings.Count(m[1], "."); depth == 0 {
					numbered[lv] = true
				} else if numbered[lv] {
					lv = min(lv+depth, 6)
				}
			}
			switch question := faqNumberRE.MatchString(b.text) || strings.HasSuffix(b.text, "?"); {
			case question && faq > 0 && lv <= faq:
				lv = min(faq+1, 6)
			case faq == 0 && faqNumberRE.MatchString(b.text) && headsNothing(blocks[i+1:], lv, func(b block) int { return level[styleOf(b.first)] }):
				// "Q1. Examine …", then the answer's Introduction and Body
				// in its type: the question is its section's text.
				w.blank()
				w.line(corpus.EscapeMarkdown(b.text), b.first.page)
				w.blank()
				continue
			case question:
			case faqHeadingRE.MatchString(b.text):
				faq = lv
			case lv <= faq:
				faq = 0
			}
			w.blank()
			w.line(strings.Repeat("#", lv)+" "+faqNumberRE.ReplaceAllString(corpus.EscapeMarkdown(b.text), "$1. "), b.first.page)
			w.blank()
		case b.kind == item:
			if !w.inList {
				w.blank()
			}
			marker := "- "
			if n := strings.Trim(b.marker, "()."); n != "" && unicode.IsDigit(rune(n[0])) {
				if _, err := strconv.Atoi(n); err == nil {
					marker = n + ". "
				}
			}
			w.line(strings.Repeat("  ", b.indent)+marker+corpus.EscapeMarkdown(b.text), b.first.page)
			w.inList = true
		default:
			w.blank()
			text := corpus.EscapeMarkdown(b.text)
			if m := tipRE.FindString(text); m != "" {
				text = "**Exam Tip:** " + text[len(m):]
			}
			w.line(text, b.first.page)
			w.blank()
		}
	}
	return corpus.Converted{Text: []byte(w.b.String()), Markdown: true, Origin: w.origin, Unit: "page", Subtitle: marked}
}

// headsNothing reports whether a heading at level lv, followed by rest,
// has no text under it: the next block with text is a heading at lv or
// above (levelOf gives a heading's level).
func headsNothing(rest []block, lv int, levelOf func(block) int) bool {
	for _, b := range rest {
		if b.text != "" {
			return b.kind == head && levelOf(b) <= lv
		}
	}
	return true
}

// numberedHeads makes headings of the numbered lines that number a
// document's sections in the body's type, as OCR reads a scanned handout's
// headings ("1. Introduction", then paragraphs, "2. Background", …): lines
// of their own, short and no sentence, numbered 1, 2, 3 … in order, three
// at least, text other than list entries between each and the next (a
// list's entries follow one another).
func numberedHeads(blocks []block, body float64) {
	var heads []int
	next, between := 1, true
	for i, b := range blocks {
		n, ok := sectionNumeral(b)
		if !ok {
			between = between || b.kind != item
			continue
		}
		if n == next && between {
			heads = append(heads, i)
			next++
		}
		between = false
	}
	if len(heads) >= 3 {
		for _, i := range heads {
			b := &blocks[i]
			b.kind, b.text, b.marker = head, b.marker+" "+b.text, ""
			b.first.size, b.first.bold = body, false // one level, whatever size OCR gave each
		}
	}
	dottedHeads(blocks, body)
}

// dottedHeads makes headings of the lines that number a chapter's sections
// in the body's type ("5.2 The Rakhigarhi Genome (2019)", "5.3 …"), as a
// scan's OCR layer reads them: lines of their own, short and no sentence,
// of one chapter, numbered on by one, three at least.
func dottedHeads(blocks []block, body float64) {
	var heads []int
	chapter, last := "", 0
	for i, b := range blocks {
		m := dottedRE.FindStringSubmatch(b.text)
		if m == nil || b.kind != para || !b.oneLine() || len(strings.Fields(m[3])) > 10 || endsSentence(m[3]) {
			continue
		}
		n, _ := strconv.Atoi(m[2])
		if m[1] != chapter || n != last+1 {
			if len(heads) >= 3 {
				break
			}
			heads = heads[:0]
		}
		heads = append(heads, i)
		chapter, last = m[1], n
	}
	if len(heads) < 3 {
		return
	}
	for _, i := range heads {
		blocks[i].kind = head
		blocks[i].first.size, blocks[i].first.bold = body, false
	}
}

// dottedRE matches a section's number in its chapter before its name.
var dottedRE = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\s+(\S.*)$`)

// sectionNumeral returns the number of a line numbered as a section is
// ("1. Introduction: What are Differentiated Banks?"): one line, a few
// words, no sentence.
func sectionNumeral(b block) (int, bool) {
	if b.kind != item || !b.oneLine() || len(strings.Fields(b.text)) > 10 ||
		strings.HasSuffix(b.text, ".") || strings.HasSuffix(b.text, ":") {
		return 0, false
	}
	n, err := strconv.Atoi(strings.TrimRight(b.marker, ".)"))
	return n, err == nil && n > 0
}

// titleBlock returns the lines a title page sets under the title in type
// larger than the body's, a line each and no sentence among them (LaTeX's
// \maketitle: a subtitle, the author, the date), as one subtitle; they are
// taken from blocks, which follow the title. "" for none.
func titleBlock(blocks []block, body float64) string {
	var parts []string
	var taken []int
	for i, b := range blocks {
		text, kind := b.text, b.kind
		if kind == item && initialRE.MatchString(b.marker) {
			text, kind = b.marker+" "+text, para // "A. Student": an author's initial, no list's letter
		}
		if kind != para || !b.oneLine() || b.first.size < body*1.05 || endsSentence(text) || utf8.RuneCountInString(text) > maxHeading {
			break
		}
		parts, taken = append(parts, text), append(taken, i)
	}
	return takeSubtitle(blocks, parts, taken, maxSubtitle)
}

// textMargin is the left margin of the text (not the headings) on a page.
func textMargin(blocks []block, page int) float64 {
	margin := math.Inf(1)
	for _, b := range blocks {
		if b.first.page == page && b.kind != head {
			margin = min(margin, b.first.x)
		}
	}
	return margin
}

// stackedTitle returns the title among the lines centred atop the first
// page from title on, when several are headings in its type (an
// institute's name, the handout's number, its topic, in one bold type):
// the one whose words the rest of the notes write most, the first of
// those. It returns title when there is no such stack.
func stackedTitle(blocks []block, title int) int {
	if title < 0 {
		return title
	}
	t := blocks[title].first
	margin := textMargin(blocks, t.page)
	var stack []int
	end := title
	for ; end < len(blocks); end++ {
		b := blocks[end]
		if b.first.page != t.page || b.first.x <= margin+b.first.size || b.last.x <= margin+b.last.size {
			break
		}
		if b.kind == head && b.marker == "" && b.first.size == t.size && b.first.bold == t.bold {
			stack = append(stack, end)
		}
	}
	if len(stack) < 2 {
		return title
	}
	written := writtenWords(blocks[end:])
	best, most := title, 0
	for _, i := range stack {
		n := 0
		ws := textWords(blocks[i].text)
		slices.Sort(ws)
		for _, w := range slices.Compact(ws) {
			if utf8.RuneCountInString(w) >= 4 && written[w] {
				n++
			}
		}
		if n > most {
			best, most = i, n
		}
	}
	return best
}

// underMasthead returns the title under a masthead: the largest heading
// below the title, on its page, before the text starts, in a type no other
// heading has, whose words (three at least) the rest of the notes write,
// half of them at least, where they write a third of the title's at most
// ("AAROHAN IAS STUDY CIRCLE" over "Classical Dances of India: Eight
// Forms", a newspaper's name over its headline, which only its copyright
// line writes again). It returns title when there is none.
func underMasthead(blocks []block, title int) int {
	if title < 0 {
		return title
	}
	t := blocks[title].first
	below := -1
	for j := title + 1; j < len(blocks) && blocks[j].first.page == t.page; j++ {
		b := blocks[j]
		if b.kind == para && len(strings.Fields(b.text)) >= mastheadBodyWords {
			break // the text has started
		}
		if b.kind == head && b.marker == "" && b.first.size < t.size && (below < 0 || b.first.size > blocks[below].first.size) {
			below = j
		}
	}
	if below < 0 {
		return title
	}
	style := headStyle{blocks[below].first.size, blocks[below].first.bold}
	for j, b := range blocks {
		if j != below && b.kind == head && (headStyle{b.first.size, b.first.bold}) == style {
			return title // a section's type
		}
	}
	var text []block // a copyright line names the publisher the masthead does
	for _, b := range blocks[below+1:] {
		if !strings.Contains(b.text, "©") && !strings.Contains(strings.ToLower(b.text), "all rights reserved") {
			text = append(text, b)
		}
	}
	written := writtenWords(text)
	share := func(text string) (words int, ratio float64) {
		found := 0
		for _, w := range textWords(text) {
			if utf8.RuneCountInString(w) >= 4 {
				words++
				if written[w] {
					found++
				}
			}
		}
		if words == 0 {
			return 0, 0
		}
		return words, float64(found) / float64(words)
	}
	_, mast := share(blocks[title].text)
	if n, s := share(blocks[below].text); n >= 3 && s >= 0.5 && mast < 0.34 {
		return below
	}
	return title
}

// mastheadBodyWords is the fewest words of a paragraph that starts the
// text under a title (a line of who and when is shorter).
const mastheadBodyWords = 20

// headStyle is a heading's type: the size its level goes by, and its weight.
type headStyle struct {
	size float64
	bold bool
}

// titleOf returns the title's block: the first heading of the largest type
// on the first page, outside a shaded box; -1 for none.
func titleOf(blocks []block, boxed map[int]bool) int {
	title := -1
	for i, b := range blocks {
		if b.kind == head && !boxed[boxKey(b.first)] && b.first.page == blocks[0].first.page && (title < 0 || b.first.size > blocks[title].first.size) {
			title = i
		}
	}
	return title
}

// sheets heads the tables of a spreadsheet printed to PDF, whose first
// page starts with a table's row: the workbook's title, which the header
// over each page gives (its date aside), titles it, and the name of the
// sheet each page prints, which its footer gives before the page's number
// ("Overview 1"), heads the rows of the pages it names. before holds the
// pages' lines, after those left once their headers and footers are
// dropped; the headings go atop the pages of after.
func sheets(pages []page, before, after [][]line) {
	if len(after) == 0 || len(after[0]) == 0 || !after[0][0].ruled {
		return
	}
	size := after[0][0].size
	names := make([]string, len(pages))
	distinct := map[string]bool{}
	for i, ls := range before {
		for _, l := range ls {
			m := sheetFooterRE.FindStringSubmatch(strings.TrimSpace(l.marker + " " + l.text))
			if l.y < pages[i].height*0.1 && m != nil && m[2] == strconv.Itoa(i+1) {
				names[i] = m[1]
				after[i] = slices.DeleteFunc(after[i], func(a line) bool { return a.y == l.y && a.text == l.text })
			}
		}
		distinct[names[i]] = true
	}
	if len(distinct) < 2 || distinct[""] {
		names = nil
	}
	for i := range after {
		at := line{page: pages[i].number, y: pages[i].height, bold: true}
		var heads []line
		if i == 0 {
			if t := topDropped(pages[0], before[0], after[0]); len(strings.Fields(t)) >= 3 {
				h := at
				h.text, h.size = t, size*2
				heads = append(heads, h)
			}
		}
		if names != nil && (i == 0 || names[i] != names[i-1]) {
			h := at
			h.text, h.size = names[i], size*1.5
			heads = append(heads, h)
		}
		after[i] = slices.Insert(after[i], 0, heads...)
	}
}

// rowAndColumnHeadings drops the headings a spreadsheet prints with its
// gridlines (Excel's "Print headings"): a ruled row of column letters
// ("A B D E", in order, a hidden column left out) over an empty corner,
// and the row numbers in the cells under that corner.
func rowAndColumnHeadings(pages [][]line) {
	for i, ls := range pages {
		corner := math.NaN() // the left of the column of row numbers, under the corner
		out := ls[:0]
		for _, l := range ls {
			if l.ruled && columnLetters(l.cells) {
				corner = l.cells[0].x
				continue
			}
			if l.ruled && len(l.cells) >= 2 && math.Abs(l.cells[0].x-corner) < 2 && (l.cells[0].text == "" || rowNumberRE.MatchString(l.cells[0].text)) {
				l.cells = l.cells[1:]
				l.x, l.text = l.cells[0].x, strings.Join(cellTexts(l.cells), " ")
			}
			out = append(out, l)
		}
		pages[i] = out
	}
}

// columnLetters reports whether cells are an empty corner, then a
// spreadsheet's column letters in order.
func columnLetters(cells []cell) bool {
	if len(cells) < 3 || cells[0].text != "" {
		return false
	}
	prev := ""
	for _, c := range cells[1:] {
		if !columnLetterRE.MatchString(c.text) || len(c.text) < len(prev) || len(c.text) == len(prev) && c.text <= prev {
			return false
		}
		prev = c.text
	}
	return true
}

var (
	columnLetterRE = regexp.MustCompile(`^[A-Z]{1,2}$`)
	rowNumberRE    = regexp.MustCompile(`^\d{1,5}$`)
)

// cellTexts returns the texts of cells that have any.
func cellTexts(cells []cell) []string {
	var out []string
	for _, c := range cells {
		if c.text != "" {
			out = append(out, c.text)
		}
	}
	return out
}

// sheetFooterRE matches a sheet's name and the page's number, as a
// spreadsheet's footer gives them.
var sheetFooterRE = regexp.MustCompile(`^(\p{L}.*\S)\s+(\d{1,4})$`)

// topDropped returns the first line of before, a page's lines, in the top
// tenth of page p and not in after, its date aside; or "".
func topDropped(p page, before, after []line) string {
	for _, l := range before {
		if l.y <= p.height*0.9 || slices.ContainsFunc(after, func(a line) bool { return a.y == l.y && a.text == l.text }) {
			continue
		}
		if t := strings.TrimSpace(printDateRE.ReplaceAllString(l.marker+" "+l.text, "")); !pageOfRE.MatchString(t) {
			return t
		}
	}
	return ""
}

// printDateRE matches the date and time a header ends with ("24/11/2025,
// 21:14").
var printDateRE = regexp.MustCompile(`\s+\d{1,2}/\d{1,2}/\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?:\s?[AaPp][Mm])?)?$`)

// printedTitle returns the title of the web page a browser printed to
// PDF, from the header it sets atop the first page ("14/08/2025, 21:37
// Part II - Citizenship (Articles 5-11) | Constitution of India |
// BareLaw"), or "".
func printedTitle(pages []page, all [][]line) string {
	if len(all) == 0 {
		return ""
	}
	for _, l := range all[0] {
		if m := printHeaderRE.FindStringSubmatch(l.text); m != nil && l.y > pages[0].height*0.9 {
			return m[1]
		}
	}
	return ""
}

var printHeaderRE = regexp.MustCompile(`^\d{1,2}/\d{1,2}/\d{2,4},? \d{1,2}:\d{2}(?:\s?[AaPp][Mm])?\s+(\S.*)$`)

// headingOfPage returns the index of the heading of the first page that a
// part of a printed page's title names ("Part II - Citizenship (Articles
// 5-11)" of "… | Constitution of India | BareLaw"), or -1.
func headingOfPage(blocks []block, printed string) int {
	if printed == "" {
		return -1
	}
	for _, part := range strings.Split(printed, " | ") {
		for i, b := range blocks {
			if b.kind == head && b.first.page == blocks[0].first.page && strings.EqualFold(strings.Join(strings.Fields(b.text), " "), strings.TrimSpace(part)) {
				return i
			}
		}
	}
	return -1
}

// kickers returns the size each kicker's heading style ranks by: the
// style of headings each right over a heading in larger type, minKickers
// of them at least (a magazine's "ECONOMY" band over each of its
// articles' titles), ranks just above the largest it stands over.
func kickers(blocks []block, styleOf func(line) headStyle) map[headStyle]float64 {
	over := map[headStyle]float64{} // the largest heading a style stands right over; -1 once one stands over none larger
	n := map[headStyle]int{}
	for i, b := range blocks {
		if b.kind != head {
			continue
		}
		s := styleOf(b.first)
		n[s]++
		switch {
		case over[s] < 0:
		case i+1 < len(blocks) && blocks[i+1].kind == head && blocks[i+1].first.size > b.first.size:
			over[s] = max(over[s], blocks[i+1].first.size)
		default:
			over[s] = -1
		}
	}
	out := map[headStyle]float64{}
	for s, size := range over {
		if size > 0 && n[s] >= minKickers {
			out[s] = size + 0.001
		}
	}
	return out
}

// minKickers is the fewest headings of a style that make it a kicker's:
// one or two over a larger heading may be a page's heading over a part's.
const minKickers = 3

// byline makes text of the heading right under the title that names its
// authors ("Ananya Krishnan and Rahul D. Menon", as a journal sets them):
// no section the paper's go under.
func byline(blocks []block, title int) {
	if title < 0 {
		return
	}
	for i := title + 1; i < len(blocks) && i <= title+2; i++ {
		if b := blocks[i]; b.text != "" && b.kind == head && b.first.page == blocks[title].first.page && authorsRE.MatchString(b.text) {
			blocks[i].kind = para
			return
		}
	}
}

// authorsRE matches a list of people's names: "Ananya Krishnan and Rahul D.
// Menon", "A. Rao, B. Sen & C. Das" (two at least).
var authorsRE = regexp.MustCompile(`^` + personName + `(?:\s*,\s*` + personName + `)*\s*(?:,?\s+and\s+|\s*&\s*)` + personName + `$`)

// personName is a name of two to four words, capitalised or initials.
const personName = `(?:(?:[A-Z]\.\s*){1,3}|[A-Z][a-z’'-]+\s+)(?:(?:[A-Z]\.\s*)|[A-Z][a-z’'-]+\s+){0,2}[A-Z][a-z’'-]+[*†‡]?`

// reportableRE matches the mark over a judgment that says whether it is
// to be reported: no heading, nor its title.
var reportableRE = regexp.MustCompile(`(?i)^(?:non[- ])?reportable$`)

// letterhead makes text of the headings over the title on its page, out
// of a shaded box, in a type no heading after it has (an office's
// letterhead over a press release: "Press Information Bureau"), not
// headings the release's sections would go under.
func letterhead(blocks []block, title int, boxed map[int]bool) {
	style := func(b block) headStyle { return headStyle{b.first.size, b.first.bold} }
	later := map[headStyle]bool{}
	for _, b := range blocks[title:] {
		if b.kind == head {
			later[style(b)] = true
		}
	}
	for j, b := range blocks[:title] {
		if b.kind == head && b.first.page == blocks[title].first.page && !boxed[boxKey(b.first)] && !later[style(b)] {
			blocks[j].kind = para
		}
	}
}

// bandHeader returns the lines set beside the title in a band across the
// top of the first page (see titleBand) as its subtitle, however long: the
// institute's name, the series, the paper; they are taken from blocks. ""
// for none, or when they are more than a header's few lines.
func bandHeader(blocks []block, title int) string {
	if title < 0 || blocks[title].first.box == 0 || boxKey(blocks[title].first) != titleBand(blocks) {
		return ""
	}
	var parts []string
	var taken []int
	for i, b := range blocks {
		if i != title && b.text != "" && b.first.page == blocks[title].first.page && boxKey(b.first) == boxKey(blocks[title].first) {
			parts, taken = append(parts, b.text), append(taken, i)
		}
	}
	return takeSubtitle(blocks, parts, taken, maxBandHeader)
}

// kickerOver returns the lines over the title on its page, in smaller
// type (any, when the title was stacked under them: see stackedTitle), a
// line each ("PRS LEGISLATIVE RESEARCH Report Summary"): the publisher's or
// the series' name, no section the notes go under. They
// are taken from blocks. "" for none, or more than a few short lines.
func kickerOver(blocks []block, title int, stacked bool) string {
	if title <= 0 || title > maxKickerLines {
		return ""
	}
	var parts []string
	var taken []int
	for i, b := range blocks[:title] {
		if b.first.page != blocks[title].first.page || b.kind != head && b.kind != para || !b.oneLine() ||
			b.first.size >= blocks[title].first.size && !stacked || b.first.y <= blocks[title].first.y || endsSentence(b.text) {
			return ""
		}
		parts, taken = append(parts, b.text), append(taken, i)
	}
	return takeSubtitle(blocks, parts, taken, maxSubtitle)
}

// takeSubtitle joins parts, the texts of blocks taken, as one subtitle of
// most characters at most, and takes them from blocks; "" for none, or a
// longer one, which takes nothing.
func takeSubtitle(blocks []block, parts []string, taken []int, most int) string {
	sub := strings.Join(parts, " · ")
	if len(parts) == 0 || utf8.RuneCountInString(sub) > most {
		return ""
	}
	for _, i := range taken {
		blocks[i].text = ""
	}
	return sub
}

// maxKickerLines is the most lines kickerOver takes over a title.
const maxKickerLines = 3

// maxBandHeader is the most characters bandHeader takes beside a title.
const maxBandHeader = 400

// coverHeads makes the lines in heading type on a cover page, but the
// title's, text: a magazine's month and the exams it is for under its
// name are no sections the rest of it goes under. A cover page is a first
// page of a document of more, with three headings at least and no paragraph
// of its own (maxCoverWords at most). A title page, the title and one more
// heading right under it over a few lines, all centred under it and as
// short as a subtitle (a handout's subtitle, its paper and batch), gives
// them as its subtitle: coverHeads returns it, and takes its lines from
// blocks. A handout's first page of slides is neither.
func coverHeads(blocks []block, title int) string {
	page := blocks[0].first.page
	var heads, under []int
	words, later := 0, false
	for i, b := range blocks {
		switch {
		case b.first.page == page && b.first.slide != 0:
			return titleSlide(blocks, title) // a handout's first slides
		case b.first.page != page:
			later = true
		case b.kind == head:
			heads = append(heads, i)
		default:
			words += len(strings.Fields(b.text))
		}
		if b.first.page == page && title >= 0 && i > title && b.text != "" {
			under = append(under, i)
		}
	}
	if !later || len(heads) < 2 || words > maxCoverWords {
		return ""
	}
	if len(heads) >= 3 {
		for _, i := range heads {
			if i != title {
				blocks[i].kind = para
			}
		}
		return ""
	}
	if len(under) == 0 || under[0] != title+1 || blocks[title+1].kind != head {
		return ""
	}
	for _, i := range under {
		if b := blocks[i]; math.Abs(middle(b.first)-middle(blocks[title].first)) > b.first.size || math.Abs(middle(b.last)-middle(blocks[title].first)) > b.first.size {
			return "" // set centred, as a title page is, or it is the first page's text
		}
	}
	sub, taken := subtitleOf(blocks, under)
	for _, i := range taken {
		blocks[i].text = ""
	}
	return sub
}

// titleSlide returns the subtitle of a handout's first slide, the lines
// under its title in its frame, and takes them from blocks.
func titleSlide(blocks []block, title int) string {
	if title < 0 || blocks[title].first.slide == 0 {
		return ""
	}
	var under []int
	for i := title + 1; i < len(blocks) && blocks[i].first.page == blocks[title].first.page && blocks[i].first.slide == blocks[title].first.slide; i++ {
		under = append(under, i)
	}
	if len(under) == 0 {
		return ""
	}
	sub, taken := subtitleOf(blocks, under)
	for _, i := range taken {
		blocks[i].text = ""
	}
	return sub
}

// subtitleOf returns the texts of the blocks under (under the title) as
// one subtitle, and the blocks it is made of. When that is more than a
// subtitle, the first block is one, and the lines under it (a handout's
// paper, batch and date) are the page's own text; "" when even the first
// is longer.
func subtitleOf(blocks []block, under []int) (string, []int) {
	parts := make([]string, len(under))
	for j, i := range under {
		parts[j] = blocks[i].text
	}
	sub := strings.Join(parts, " · ")
	if utf8.RuneCountInString(sub) > maxSubtitle {
		sub, under = parts[0], under[:1]
	}
	if utf8.RuneCountInString(sub) > maxSubtitle {
		return "", nil
	}
	return sub, under
}

// middle is the x of the middle of a line.
func middle(l line) float64 { return (l.x + l.end) / 2 }

// headedSubtitle returns the lines in heading type set right under the
// title and centred on it, each in a type no other heading has (a
// handout's italic subtitle over its paper and batch, above the page's
// first section), as one subtitle; when they are longer than a subtitle,
// the first is, and the others are the page's text. It takes them from
// blocks; "" for none.
func headedSubtitle(blocks []block, title int) string {
	if title < 0 {
		return ""
	}
	t := blocks[title].first
	styles := map[[2]float64]int{}
	key := func(l line) [2]float64 {
		k := [2]float64{l.size, 0}
		if l.bold {
			k[1] = 1
		}
		return k
	}
	for _, b := range blocks {
		if b.kind == head {
			styles[key(b.first)]++
		}
	}
	margin := textMargin(blocks, t.page)
	if t.x < margin+t.size {
		return "" // a title set flush left: the lines under it may be as wide
	}
	centred := func(l line) bool { return math.Abs(middle(l)-middle(t)) <= l.size && l.x > margin+1 }
	var under []int
	for i := title + 1; i < len(blocks); i++ {
		b := blocks[i]
		if b.kind != head || b.first.page != t.page || styles[key(b.first)] > 1 || b.marker != "" || !centred(b.first) || !centred(b.last) {
			break
		}
		under = append(under, i)
	}
	if len(under) == 0 {
		return ""
	}
	sub, taken := subtitleOf(blocks, under)
	if len(taken) < len(under) {
		for _, i := range under[1:] {
			blocks[i].kind = para // the page's text
		}
	}
	for _, i := range taken {
		blocks[i].text, blocks[i].kind = "", para // no heading level for its type
	}
	return sub
}

// maxCoverWords is the most words a cover page holds besides its headings.
const maxCoverWords = 60

// maxSubtitle is the longest subtitle titleBlock makes.
const maxSubtitle = 120

// smallSizes maps the sizes of the headings set in about the body's size
// to the size their level goes by: all to body (bold at body size, whatever
// its exact size), unless a step of a point or more parts them (a
// question's heading in 11 points over its "Introduction" in 10): then
// each step up is a level of its own.
func smallSizes(blocks []block, boxed map[int]bool, body float64) map[float64]float64 {
	var sizes []float64
	for _, b := range blocks {
		if b.kind == head && !boxed[boxKey(b.first)] && b.first.size < body*1.15 {
			sizes = append(sizes, b.first.size)
		}
	}
	slices.Sort(sizes)
	sizes = slices.Compact(sizes)
	out := make(map[float64]float64, len(sizes))
	step := 0
	for i, s := range sizes {
		if i > 0 && s-sizes[i-1] >= 0.9 {
			step++
		}
		out[s] = body + 0.01*float64(step) // orders the steps, each under body*1.15
	}
	return out
}

// titleOnly reports whether no other heading has the title's type.
func titleOnly(blocks []block, title int) bool {
	t := blocks[title].first
	for i, b := range blocks {
		if i != title && b.kind == head && b.first.size == t.size && b.first.bold == t.bold {
			return false
		}
	}
	return true
}

// writeText writes blocks as the lines of a text file: a blank line where
// the page had a wide gap.
func writeText(blocks []block) corpus.Converted {
	var w mdWriter
	for _, b := range blocks {
		if b.gap {
			w.blank()
		}
		text := b.text
		if b.marker != "" {
			text = strings.TrimSpace(b.marker + " " + text)
		}
		w.line(strings.Repeat(" ", min(b.column, maxColumn))+text, b.first.page)
		w.inList = false
	}
	return corpus.Converted{Text: []byte(w.b.String()), Markdown: false, Origin: w.origin, Unit: "page"}
}

// maxColumn bounds the indentation written for a line of text.
const maxColumn = 40

type mdWriter struct {
	b       strings.Builder
	origin  []int
	inList  bool
	blanked bool
}

func (w *mdWriter) line(s string, page int) {
	w.b.WriteString(s)
	w.b.WriteByte('\n')
	w.origin = append(w.origin, page)
	w.blanked = s == ""
	w.inList = false
}

// row writes the table's row l, and the rule under it when it is the
// table's first.
func (w *mdWriter) row(l line, first bool) {
	var cells, rule []string
	for _, c := range l.cells {
		cells = append(cells, strings.ReplaceAll(corpus.EscapeMarkdown(c.text), "|", `\|`))
		rule = append(rule, "---")
	}
	w.line("| "+strings.Join(cells, " | ")+" |", l.page)
	if first {
		w.line("| "+strings.Join(rule, " | ")+" |", l.page)
	}
}

// headsLater reports whether the first table's row among blocks stands
// in step with the header h, under the headings before it.
func headsLater(blocks []block, h line) bool {
	for _, b := range blocks {
		switch b.kind {
		case row:
			return aligned(h, b.first)
		case head:
		default:
			return false
		}
	}
	return false
}

func (w *mdWriter) blank() {
	if w.b.Len() > 0 && !w.blanked {
		w.line("", 0)
	}
}
