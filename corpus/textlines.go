package corpus

// Rewrites of a text document's lines before the reader reads them: page
// furniture dropped, chat headers, emoji, outlines, columns and glossaries
// written as the reader reads lists, and what the lines say of their shape
// (the width they are wrapped at, the root of a mind map of arrows).

import (
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// wrapWidth returns the width lines are wrapped at when most long lines
// fill it, as in text copied from a PDF ("… total about" / "Rs 22,516
// crore …"), or 0: the 95th percentile of the lengths of lines of some
// length, when a quarter of those lines and eight at least come within
// 15% of it. Lines longer than maxWrap are paragraphs on a line: notes
// with many are not wrapped.
func wrapWidth(lines []string) int {
	var count [maxWrap + 2]int // by length; the last counts the longer lines
	n := 0
	for _, l := range lines {
		if len(l) <= minWrapped {
			continue
		}
		k := utf8.RuneCountInString(strings.TrimSpace(l))
		if k > minWrapped {
			count[min(k, maxWrap+1)]++
			n++
		}
	}
	if n < minWrappedLines {
		return 0
	}
	w, seen := 0, 0
	for k := range count {
		if seen += count[k]; seen > n*95/100 {
			w = k
			break
		}
	}
	if w > maxWrap {
		return 0
	}
	full := 0
	for k := w * 85 / 100; k <= maxWrap+1; k++ {
		full += count[k]
	}
	if full < minWrappedLines || full*4 < n {
		return 0
	}
	return w
}

// minWrapped, minWrappedLines and maxWrap bound the lines wrapWidth
// looks at and the widths it finds.
const (
	minWrapped      = 20
	minWrappedLines = 8
	maxWrap         = 160
)

// chainRoot returns the root of a mind map written as chains of arrows,
// one branch a line: three lines or more, not indented, that start with
// the same short name and an arrow ("Mangroves → Threats → aquaculture").
func chainRoot(lines []string) string {
	count := map[string]int{}
	for _, l := range lines {
		if l == "" || l[0] == ' ' || l[0] == '\t' {
			continue
		}
		head := l[:min(len(l), maxRootBytes+len(chainArrow))] // a root is short: long lines are not searched whole
		if root, _, ok := strings.Cut(head, chainArrow); ok && root != "" && countWords(root) <= maxRootWords {
			if count[root]++; count[root] == minChains {
				return root
			}
		}
	}
	return ""
}

const (
	chainArrow   = " → "
	maxRootWords = 4
	maxRootBytes = 120
	minChains    = 3
)

// pageMarkRE matches the page number text copied from a PDF carries, on a
// line of its own ("Page 3 of 10", "- 3 -", "3 / 10") or at the end of a
// running header, set apart by a wide space ("Title      Page 3 of 10").
// Bare numbers on lines of their own are page numbers when they count up
// (see dropPageMarks).
var pageMarkRE = regexp.MustCompile(`(?i)(?:^|\s{3,}|\t\s*|\s*[|·•]\s*)(?:page\s*(?:no\.?\s*)?\d{1,4}(?:\s*(?:of|/)\s*\d{1,4})?|[-–]\s*\d{1,4}\s*[-–]|\d{1,4}\s*/\s*\d{1,4})$`)

// dropPageMarks blanks the page furniture of text copied from a PDF: page
// numbers on lines of their own, and the running header beside or next to
// them (a line that is the title, or that a page number ends more than
// once). A page number ending another line is cut from it ("Notes for GS
// III    Page 1 of 3" keeps its words).
// notebookPageRE matches the head a notebook prints on each page, as OCR
// reads it off a scan: "Page No. 31 Date: 06/10/2025".
var notebookPageRE = regexp.MustCompile(`(?i)^page\s*no\.?\s*:?\s*\d{1,4}(?:\s+date\s*:?(?:\s*\S.*)?)?$`)

func dropPageMarks(lines []string) {
	joinPages(lines, pageFurniture(lines))
}

// pageFurniture blanks the page furniture dropPageMarks drops and returns
// the indexes of the lines it blanked.
func pageFurniture(lines []string) (dropped []int) {
	drop := func(i int) {
		lines[i] = ""
		dropped = append(dropped, i)
	}
	for _, i := range pagedFurniture(lines) {
		drop(i)
	}
	for _, i := range pageFeet(lines) {
		drop(i)
	}
	for _, i := range numberedHeads(lines) {
		drop(i)
	}
	var marked []int // lines with a page number
	var bare []int   // lines of a number alone, between blank lines
	footers := map[string][]int{}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" {
			continue
		}
		if (t[0] == 'P' || t[0] == 'p') && notebookPageRE.MatchString(t) {
			drop(i) // "Page No. 31 Date: 06/10/2025", a notebook's page printed over its lines
			continue
		}
		if text, ok := footerText(t); ok {
			footers[text] = append(footers[text], i)
		}
		if bareNumber(t) && (i == 0 || strings.TrimSpace(lines[i-1]) == "") && (i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "") {
			bare = append(bare, i)
		}
		if c := t[len(t)-1]; (c >= '0' && c <= '9' || c == '-' || strings.HasSuffix(t, "–")) && pageMarkRE.MatchString(t) {
			marked = append(marked, i)
		}
	}
	if len(bare) >= 2 && (counts(lines, bare) || same(lines, bare)) {
		for _, i := range bare {
			drop(i) // pages numbered 1, 2, 3 on lines of their own, or an e-paper's page, 8, on each
		}
		// A running header or footer a blank line away from the number,
		// on two pages or more: "Chapter 4  Deficits, Debt and Fiscal
		// Discipline" under "87".
		near := map[string][]int{}
		for _, i := range bare {
			for _, j := range []int{nearText(lines, i, -1), nearText(lines, i, 1)} {
				if j < 0 {
					continue
				}
				if t := strings.TrimSpace(lines[j]); !slices.Contains(near[t], j) {
					near[t] = append(near[t], j)
				}
			}
		}
		for header, at := range near {
			if len(at) >= 2 {
				for _, j := range at {
					drop(j)
				}
				if i := firstLine(lines); i >= 0 && beside(lines[i], header) {
					drop(i) // the masthead: "THE HINDU | OPINION      NEW DELHI, MONDAY, JUNE 16, 2025"
				}
			}
		}
	}
	for _, at := range footers {
		if len(at) >= 2 && counts(lines, at) {
			for _, i := range at {
				drop(i) // "For private circulation only        3"
			}
		}
	}
	if len(marked) == 0 {
		return dropped
	}
	header := map[string]int{} // the text of page-numbered lines, and of the lines beside them
	isMarked := make(map[int]bool, len(marked))
	for _, i := range marked {
		lines[i] = strings.TrimSpace(pageMarkRE.ReplaceAllString(strings.TrimSpace(lines[i]), ""))
		header[lines[i]]++
		isMarked[i] = true
	}
	for _, i := range marked {
		for _, j := range []int{i - 1, i + 1} {
			if j >= 0 && j < len(lines) && !isMarked[j] {
				if t := strings.TrimSpace(lines[j]); t != "" {
					header[t]++ // a header over the footer: "GS-II | POLITY | HANDOUT 7.1"
				}
			}
		}
	}
	first := firstLine(lines)
	title := ""
	if first >= 0 {
		title = strings.TrimSpace(lines[first])
	}
	running := func(j int) bool {
		if j < 0 || j >= len(lines) || j == first {
			return false
		}
		t := strings.TrimSpace(lines[j])
		return t != "" && (t == title || header[t] > 1)
	}
	for _, i := range marked {
		for _, j := range []int{i, i - 1, i + 1} {
			if running(j) {
				drop(j) // a running header, on the page number's line or beside it
			}
		}
	}
	return dropped
}

// dropContents blanks a table of contents a word processor saved as
// text: "Contents" over three entries or more, each ending in its page
// number set apart ("4.<tab>What changed from CRZ 2011<tab>3"). They name
// the sections the notes have anyway, and read as a section they took the
// questions of the sections they name.
func dropContents(lines []string) {
	for i, l := range lines {
		if t := strings.TrimRight(strings.TrimSpace(l), ":"); !strings.EqualFold(t, "contents") && !strings.EqualFold(t, "table of contents") {
			continue
		}
		j := i + 1
		for j < len(lines) && contentsLineRE.MatchString(strings.TrimRight(lines[j], " \r")) {
			j++
		}
		if j-i-1 >= 3 {
			for k := i; k < j; k++ {
				lines[k] = ""
			}
		}
		return
	}
}

var contentsLineRE = regexp.MustCompile(`^\s*\S.*?(?:\t\s*|\s{2,}|\s*\.{3,}\s*)\d{1,4}$`)

// vimFolds takes out what Vim keeps in notes folded by markers: a fold's
// marker at a line's end ("1. THE AB UMBRELLA -- FOUR PILLARS  {{{1"), a
// marker alone on its line ("{{{", "}}}"), and the modeline that sets the
// file's options ("vim: set ft=text fdm=marker :").
func vimFolds(lines []string) {
	for i, l := range lines {
		if !strings.Contains(l, "{{{") && !strings.Contains(l, "}}}") && !strings.Contains(l, "vim:") {
			continue
		}
		t := strings.TrimSpace(l)
		switch {
		case modelineRE.MatchString(t):
			lines[i] = ""
		case foldMarkRE.MatchString(t):
			lines[i] = foldMarkRE.ReplaceAllString(strings.TrimRight(l, " \t"), "")
		}
	}
}

var (
	foldMarkRE = regexp.MustCompile(`(?:^|\s+)(?:\{\{\{|\}\}\})\d?$`)
	modelineRE = regexp.MustCompile(`^(?:[#"/*;-]+\s*)?(?:vim?|ex):\s*(?:set?\s+)?\w+=?\S*(?:\s+\w+(?:=\S+)?)*\s*:?$`)
)

// slideFeet reads a deck of slides exported as text, each slide a block
// between blank lines that ends in the same footer ("Aarohan IAS | GS1
// Geography | Lec 13 – Tides"): the footers go, each slide's first line,
// its title, heads the slide, and its other lines, a list's aside, are one
// passage. A footer ends three slides at least and half the blocks.
func slideFeet(lines []string) {
	type block struct{ first, last int }
	var blocks []block
	for i := 0; i < len(lines); i++ {
		if strings.TrimSpace(lines[i]) == "" {
			continue
		}
		first := i
		for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
			i++
		}
		blocks = append(blocks, block{first, i})
	}
	ends := map[string]int{}
	foot, most := "", 0
	for _, bl := range blocks {
		if bl.last == bl.first {
			continue
		}
		t := strings.TrimSpace(lines[bl.last])
		ends[t]++
		if n := ends[t]; n > most {
			foot, most = t, n
		}
	}
	if most < minSlideFeet || most*2 < len(blocks) {
		return
	}
	for _, bl := range blocks {
		if bl.last == bl.first || strings.TrimSpace(lines[bl.last]) != foot {
			continue
		}
		lines[bl.last] = ""
		title := strings.TrimSpace(lines[bl.first])
		if bl.last-bl.first < 2 || !headingLike(strings.TrimSuffix(title, "?")) || isBullet(title) || title[0] == '#' {
			continue
		}
		lines[bl.first] = "# " + title
		body := lines[bl.first+1 : bl.last]
		if slices.ContainsFunc(body, isBullet) {
			continue
		}
		for k := range body { // a slide's lines are its one passage
			body[k] = strings.TrimSpace(body[k])
		}
		if joined := strings.Join(body, " "); len(joined) <= maxSlideBytes {
			body[0] = joined
			clear(body[1:])
		}
	}
}

const (
	minSlideFeet  = 3
	maxSlideBytes = 1500 // a slide's text that is more is read line by line
)

// pageEdges blanks the furniture at the edges of pages a form feed breaks
// (pdftotext's text, a scan's OCR): a page's number alone on its last
// line, and the running head on the next page's first line when the
// number at its start or end is that page's ("62 GEOGRAPHY & ENVIRONMENT :
// BOOKLET 9" after "61", then "GROUNDWATER DEPLETION IN INDIA 63").
// pages are the indexes of the lines a form feed opened.
func pageEdges(lines []string, pages []int) {
	if len(pages) == 0 {
		return
	}
	page := 0 // the number of the page read; 0 when not known
	bottom := func(end int) {
		for j := end - 1; j >= 0; j-- {
			if t := strings.TrimSpace(lines[j]); t != "" {
				if n, err := strconv.Atoi(t); err == nil && len(t) <= 4 && n > 0 && (page == 0 || n == page) {
					lines[j], page = "", n
				}
				return
			}
		}
	}
	for _, p := range pages {
		bottom(p)
		if page > 0 {
			page++
		}
		for j := p; j < len(lines); j++ {
			t := strings.TrimSpace(lines[j])
			if t == "" {
				continue
			}
			if m := pageHeadRE.FindStringSubmatch(t); m != nil && countWords(t) <= maxRunningHeadWords {
				if n, _ := strconv.Atoi(m[1] + m[2]); n == page {
					lines[j] = ""
				}
			}
			break
		}
	}
	bottom(len(lines))
}

// pageHeadRE matches a running head with its page's number at its start
// or its end.
var pageHeadRE = regexp.MustCompile(`^(\d{1,4})\s+\D.*\S$|^\S.*\D\s+(\d{1,4})$`)

// dropSpecks blanks the lines of a scan's text that are only specks of
// dust read as marks (".    '   ,      .  `", "~"): standing over a heading they
// hid the blank line that sets it apart. Dots alone on their lines space a
// chat's answer from its question, and stay.
func dropSpecks(lines []string) {
	for i, l := range lines {
		marks, spaces := 0, 0
		for _, r := range l {
			if r == ' ' {
				spaces++
			} else if strings.ContainsRune(".,'`\"·:;~", r) {
				marks++
			} else {
				marks = 0
				break
			}
		}
		if marks >= 2 && spaces >= marks || marks >= 1 && marks <= 2 && spaces == 0 && !strings.Contains(l, ".") {
			lines[i] = ""
		}
	}
}

// numberedHeads returns the running heads of a book's pages read off
// them, each with its page's number at its start or end ("214 MODERN
// INDIA: SOCIETY, REFORM AND NATIONALISM", "AGAINST UNTOUCHABILITY 215"):
// the lines whose words stand on two lines or more, with numbers that
// grow from one to the next.
func numberedHeads(lines []string) []int {
	type head struct{ at, page []int }
	heads := map[string]*head{}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || !isDigit(t[0]) && !isDigit(t[len(t)-1]) {
			continue // no page number at either end
		}
		m := numberedHeadRE.FindStringSubmatch(t)
		if m == nil {
			continue
		}
		words, num := m[2], m[1]
		if words == "" {
			words, num = m[3], m[4]
		}
		n, _ := strconv.Atoi(num)
		h := heads[words]
		if h == nil {
			h = &head{}
			heads[words] = h
		}
		h.at, h.page = append(h.at, i), append(h.page, n)
	}
	var out []int
	for _, h := range heads {
		grows := len(h.at) >= 2
		for k := 1; k < len(h.page) && grows; k++ {
			grows = h.page[k] > h.page[k-1] && h.page[k]-h.page[k-1] <= 4 // a page or a few on
		}
		if grows {
			out = append(out, h.at...)
		}
	}
	slices.Sort(out)
	return out
}

// numberedHeadRE matches a line of words in capitals with a page number
// before or after it.
var numberedHeadRE = regexp.MustCompile(`^(?:(\d{1,4}) +(\p{Lu}[\p{Lu}\d ,:;.'’&()-]{5,}[\p{Lu})])|(\p{Lu}[\p{Lu}\d ,:;.'’&()-]{5,}[\p{Lu})]) +(\d{1,4}))$`)

// pageFeet returns the furniture of text read off printed pages (a
// phone's scan, Google Lens) where no blank line sets the page number
// apart: the page number on a line of its own over a footer the pages
// share ("1" over "For private circulation only"), the numbers counting
// up, and the running header of the next page after them ("PRAGATI IAS
// ACADEMY" over "Modern India | Handout 12"), wherever a line of it
// stands, misread or not.
func pageFeet(lines []string) []int {
	feet := map[string][]int{} // a footer, read alike, and the numbers over it
	for i, l := range lines {
		if bareNumber(strings.TrimSpace(l)) {
			if j := nearText(lines, i, 1); j >= 0 {
				k := readAlike(lines[j])
				feet[k] = append(feet[k], i)
			}
		}
	}
	var out []int
	for _, at := range feet {
		if len(at) < 2 || !counts(lines, at) {
			continue
		}
		heads := map[string]int{} // the lines that open the next page, read alike
		for _, i := range at {
			foot := nearText(lines, i, 1)
			out = append(out, i, foot)
			for k, n := foot, 0; n < 2; n++ {
				if k = nearText(lines, k, 1); k < 0 {
					break
				}
				heads[readAlike(lines[k])]++
			}
		}
		for i, l := range lines {
			if t := strings.TrimSpace(l); t != "" && heads[readAlike(t)] >= 2 && countWords(t) <= maxRunningHeadWords {
				out = append(out, i)
			}
		}
	}
	return out
}

// maxRunningHeadWords is the most words of a running header.
const maxRunningHeadWords = 12

// pagedFurniture returns the furniture of text copied from a book's
// pages (pdftotext's, or a scan's): the running header a page number
// stands beside, set apart by a wide space ("48      MEDIEVAL INDIA",
// "CHAPTER 7      49"), when its text stands so twice or more, misread
// or not; over each, the page number that ends the page before; and the
// footer that ends the page before, wherever it stands, when two pages
// end so.
func pagedFurniture(lines []string) []int {
	heads := map[string][]int{}
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == "" || !unicode.IsDigit(rune(t[0])) && !unicode.IsDigit(rune(t[len(t)-1])) || !strings.Contains(t, "   ") {
			continue
		}
		if m := numberedEdgeRE.FindStringSubmatch(t); m != nil && (i == 0 || strings.TrimSpace(lines[i-1]) == "") {
			k := readAlike(m[1] + m[2])
			heads[k] = append(heads[k], i)
		}
	}
	var out []int
	feet := map[string][]int{}
	for _, at := range heads {
		if len(at) < 2 {
			continue
		}
		for _, i := range at {
			out = append(out, i)
			j := nearText(lines, i, -1)
			if j >= 0 && bareNumber(strings.TrimSpace(lines[j])) {
				out = append(out, j)
				j = nearText(lines, j, -1)
			}
			if j >= 0 {
				t := readAlike(lines[j])
				feet[t] = append(feet[t], j)
			}
		}
	}
	for k, at := range feet {
		if len(at) < 2 {
			delete(feet, k)
		}
	}
	if len(feet) == 0 {
		return out
	}
	for i, l := range lines {
		if t := strings.TrimSpace(l); t != "" && feet[readAlike(t)] != nil {
			out = append(out, i) // the last page's too, though no header follows
		}
	}
	return out
}

// readAlike is text as OCR may misread it from one page to the next: in
// lower case, without spaces, "l", "1" and "|" read as "i", "0" as "o",
// "rn" as "m" ("MEDIEVAL lNDIA" is "MEDIEVAL INDIA").
func readAlike(t string) string {
	t = strings.ToLower(strings.Join(strings.Fields(t), ""))
	return strings.ReplaceAll(ocrAlike.Replace(t), "rn", "m")
}

var ocrAlike = strings.NewReplacer("l", "i", "1", "i", "|", "i", "0", "o")

var numberedEdgeRE = regexp.MustCompile(`^(?:\d{1,4}\s{3,}(\S.*)|(.*\S)\s{3,}\d{1,4})$`)

// bareNumber reports whether t is a page's number alone: "47".
func bareNumber(t string) bool {
	return t != "" && len(t) <= 4 && strings.Trim(t, "0123456789") == ""
}

// nearText returns the index of the first line with text after lines[i]
// going by step, two lines away at most; -1 if none.
func nearText(lines []string, i, step int) int {
	for j := i + step; j >= 0 && j < len(lines) && j != i+3*step; j += step {
		if strings.TrimSpace(lines[j]) != "" {
			return j
		}
	}
	return -1
}

// joinPages closes the gap that page furniture dropped at lines leaves in
// a sentence running on to the next page: the paragraph after the gap is
// moved up to the line it continues, the blank lines after it.
func joinPages(lines []string, dropped []int) {
	slices.Sort(dropped)
	for k := 0; k < len(dropped); k++ {
		i := dropped[k]
		p := i - 1
		for p >= 0 && strings.TrimSpace(lines[p]) == "" {
			p--
		}
		q := i + 1
		for q < len(lines) && strings.TrimSpace(lines[q]) == "" {
			q++
		}
		for k+1 < len(dropped) && dropped[k+1] < q {
			k++ // furniture of the same gap
		}
		if p < 0 || q >= len(lines) || q == p+1 {
			continue
		}
		if end := strings.TrimSpace(lines[p]); sentenceEnd(end) || strings.HasSuffix(end, ":") {
			continue
		}
		end := q
		for end < len(lines) && strings.TrimSpace(lines[end]) != "" {
			end++
		}
		n := copy(lines[p+1:], lines[q:end])
		for j := p + 1 + n; j < end; j++ {
			lines[j] = ""
		}
	}
}

// footerText returns the text of a line that is text, then a gap (a tab
// or three spaces or more), then a number of up to four figures: a running
// footer when its text recurs with the numbers counting up.
func footerText(t string) (string, bool) {
	digits := strings.TrimRight(t, "0123456789")
	if n := len(t) - len(digits); n == 0 || n > 4 {
		return "", false
	}
	text := strings.TrimRight(digits, " \t")
	gap := digits[len(text):]
	if text == "" || len(gap) < 3 && !strings.Contains(gap, "\t") {
		return "", false
	}
	return text, true
}

// counts reports whether the numbers that end the lines at (in order)
// count up by one.
func counts(lines []string, at []int) bool {
	prev := -1
	for _, i := range at {
		t := strings.TrimSpace(lines[i])
		n, _ := strconv.Atoi(t[strings.LastIndexFunc(t, func(r rune) bool { return r < '0' || r > '9' })+1:])
		if prev >= 0 && n != prev+1 {
			return false
		}
		prev = n
	}
	return true
}

// same reports whether the lines at are the same.
func same(lines []string, at []int) bool {
	return !slices.ContainsFunc(at, func(i int) bool { return strings.TrimSpace(lines[i]) != strings.TrimSpace(lines[at[0]]) })
}

// beside reports whether line is text, then a wide gap, then more: a
// header set beside something else, a date or a place.
func beside(line, text string) bool {
	rest, ok := strings.CutPrefix(strings.TrimSpace(line), text)
	return ok && (strings.HasPrefix(rest, "\t") || strings.HasPrefix(rest, "   ")) && strings.TrimSpace(rest) != ""
}

// firstLine returns the index of the first line that is not blank.
func firstLine(lines []string) int {
	for i, l := range lines {
		if strings.TrimSpace(l) != "" {
			return i
		}
	}
	return -1
}

// outlineEntries marks as bulleted the lines of an outline written by
// indentation alone: a run of indented lines, none bulleted, at two depths
// or more, two of them at the shallowest, which is the first's. Each line
// at the shallowest depth is then an entry, with the deeper lines under it
// as its nested entries:
//
//	Imp Cases
//	    Mohit Minerals (2022)
//	        Recommendations of the Council do not bind Parliament.
//	    VKC Footsteps (2021)
//	        Refund rules upheld.
//
// It returns the indexes of the lines that head such runs: a line not
// indented right above one ("Imp Cases"), which heads it however it is
// written ("India & global regimes").
func outlineEntries(lines []string) (heads map[int]bool) {
	for i := 0; i < len(lines); {
		if indentOf(lines[i]) == 0 || strings.TrimSpace(lines[i]) == "" {
			i++
			continue
		}
		j := i
		top, atTop, deeper, bulleted := indentOf(lines[i]), 0, false, false
		for ; j < len(lines) && strings.TrimSpace(lines[j]) != "" && indentOf(lines[j]) > 0; j++ {
			d := indentOf(lines[j])
			switch {
			case d == top:
				atTop++
			case d > top:
				deeper = true
			default:
				top = -1 // shallower than the first: not an outline
			}
			if _, ok := textBullet(strings.TrimSpace(lines[j])); ok {
				bulleted = true
			}
		}
		if top > 0 && atTop >= 2 && deeper && !bulleted {
			for k := i; k < j; k++ {
				lines[k] = strings.Repeat(" ", indentOf(lines[k])) + "- " + strings.TrimLeft(lines[k], " \t")
			}
			if i > 0 && strings.TrimSpace(lines[i-1]) != "" {
				if heads == nil {
					heads = map[int]bool{}
				}
				heads[i-1] = true
			}
		}
		i = j
	}
	return heads
}

// indentOf returns the indentation of a line, a tab counting as four
// spaces.
func indentOf(l string) int {
	n := 0
	for _, c := range l {
		switch c {
		case ' ':
			n++
		case '\t':
			n += 4
		default:
			return n
		}
	}
	return n
}

// emojiLead returns the emoji a line starts with ("✅", "👉", "🔹", with
// their variation selectors and joiners) and the text after it and a
// space. Signs that are bullets of their own (bulletSymbols) are not
// emoji here.
func emojiLead(t string) (sign, rest string, ok bool) {
	r, size := utf8.DecodeRuneInString(t)
	if r < 0x2000 || !unicode.Is(unicode.So, r) || strings.ContainsRune(bulletSymbols, r) {
		return "", "", false
	}
	end := size + len(t[size:]) - len(strings.TrimLeftFunc(t[size:], func(r rune) bool {
		return !unicode.IsSpace(r) && isDecoration(r)
	}))
	if end == len(t) || (t[end] != ' ' && t[end] != '\t') {
		return "", "", false
	}
	rest = strings.TrimSpace(t[end:])
	return t[:end], rest, hasWords(rest)
}

// columnLines writes the rows of a table set out in columns of spaces or
// tabs ("Kharif        2%"), two rows at least with as many cells each, as
// the "Label: value" lines the reader keeps a line each ("Kharif: 2%").
// A table of more than four columns must be typed aligned, three rows at
// least: prose with double spaces is not one. A rule of dashes under the
// first row, a column's each ("-----  ------"), makes it the header, and
// the lines of a header's rows are appended to rows.
func columnLines(lines []string, tabbed map[int]bool, rows *[]int) {
	var run [][]string   // the cells of the rows just read, as many each
	var rowsAt []int     // their lines
	var starts []int     // where the first row's cells start
	ruled := -1          // the line of a rule under the first row
	end := func(i int) { // the run ends before line i
		if len(run) >= 2 && (len(run[0]) <= maxCells || len(run) >= 3) {
			if ruled >= 0 || len(run) >= 3 && headerRow(run, tabbed[rowsAt[0]]) {
				// A header row names the cells of the rows under it, which
				// read as a table's rows do: "Meeting: …; City: …".
				lines[rowsAt[0]] = ""
				if ruled >= 0 {
					lines[ruled] = ""
				}
				writeRows(lines, run, rowsAt, true, rows)
			} else {
				for k, c := range run {
					lines[rowsAt[k]] = c[0] + ": " + strings.Join(c[1:], "; ")
				}
			}
		}
		run, rowsAt, ruled = run[:0], rowsAt[:0], -1
	}
	for i, l := range lines {
		if len(run) == 1 && ruled < 0 && columnRuleRE.MatchString(l) && len(strings.Fields(l)) == len(run[0]) {
			ruled = i
			continue
		}
		c, at := columnCells(l, tabbed[i])
		if len(c) > maxCells && len(run) > 0 && !slices.EqualFunc(at, starts, func(a, b int) bool { return a-b <= 2 && b-a <= 2 }) {
			c = nil
		}
		if len(c) == 0 || len(run) > 0 && len(c) != len(run[0]) {
			end(i)
		}
		if len(c) > 0 {
			if len(run) == 0 {
				starts = at
			}
			run, rowsAt = append(run, c), append(rowsAt, i)
		}
	}
	end(len(lines))
}

// columnRuleRE matches a rule of dashes under a table's header row, a
// group of three or more a column: "------  --------".
var columnRuleRE = regexp.MustCompile(`^\s*-{3,}(?:\s+-{3,})+\s*$`)

// chatHeaders rewrites the header of each message of a chat exported as
// text ("[05.02.2024 08:30] UPSC Eco Capsule:", as Telegram writes it, or
// "UPSC Eco Capsule, [05.02.2024 08:30]", as it copies messages),
// when three messages at least have one, as a heading that names the post
// by its date ("## Post of 5 Feb 2024, 08:30") or by its hashtag (see
// tagHeading); the first message's is dropped when it opens the notes, so
// that its text titles them (a title above it, as a chat's export writes its
// name, titles them instead).
func chatHeaders(lines []string) {
	var at []int
	var headers [][]string
	for i, l := range lines {
		if len(l) > 0 && l[0] == '[' {
			if m := chatHeaderRE.FindStringSubmatch(l); m != nil {
				at, headers = append(at, i), append(headers, m)
			}
		} else if strings.HasSuffix(strings.TrimSpace(l), "]") {
			if m := namedChatHeaderRE.FindStringSubmatch(l); m != nil {
				at, headers = append(at, i), append(headers, m)
			}
		}
	}
	if len(at) < MinChatMessages {
		return
	}
	for k, i := range at {
		m := headers[k]
		lines[i] = ""
		month, _ := strconv.Atoi(m[2])
		if k == 0 && firstLine(lines[:i]) < 0 || month < 1 || month > 12 {
			continue
		}
		day, _ := strconv.Atoi(m[1])
		when := fmt.Sprintf("%d %s %s, %s", day, time.Month(month).String()[:3], m[3], m[4])
		lines[i] = "## Post of " + when
		end := len(lines)
		if k+1 < len(at) {
			end = at[k+1]
		}
		tagHeading(lines, i, end, when)
		if strings.HasPrefix(lines[i], "## ") {
			boldSubheadings(lines[i+1 : end])
		}
	}
}

// boldSubheadings marks, in a post that has a heading, each line in the
// chat's bold that stands apart above more text as a subheading: "*CACP at
// a glance*" over its points.
func boldSubheadings(lines []string) {
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if i+1 == len(lines) || strings.TrimSpace(lines[i+1]) == "" || i > 0 && strings.TrimSpace(lines[i-1]) != "" || !chatBoldLine(t) {
			continue
		}
		bold, remark, _ := chatBold(t)
		lines[i] = "### " + strings.TrimSpace(bold+" "+remark)
	}
}

// tagHeading names the post whose header is lines[i], and whose text runs
// to lines[end], by the hashtag its text opens with, as channels file
// their posts: "#Concept Fiscal Deficit (FD)" over more text is the post
// "Fiscal Deficit (FD)" of the section "Concept"; a post with no such short
// name is the section "Concept (5 Feb 2024, 19:10)". A post opened by a
// label of one word ("📊 Poll: Which deficit …?") is named by it, one
// opened by an emoji and a heading, apart from more text, or by a line in
// bold over more, by that heading ("📌 PWDVA 2005 | Part 1: Basics").
func tagHeading(lines []string, i, end int, when string) {
	j := i + 1
	for j < end && strings.TrimSpace(lines[j]) == "" {
		j++
	}
	if j == end {
		return
	}
	first := strings.TrimSpace(lines[j])
	if forwardedRE.MatchString(first) {
		// "[Forwarded from Legal Shots Daily]": the post's own first line names it
		k := firstLine(lines[j+1 : end])
		if k < 0 {
			return
		}
		j += 1 + k
		first = strings.TrimSpace(lines[j])
	}
	if label := postLabelRE.FindStringSubmatch(strings.TrimLeftFunc(first, IsEmoji)); label != nil {
		lines[i] = "## " + label[1] + " (" + when + ")" // "📊 Poll: Which deficit …?"
		return
	}
	more := slices.ContainsFunc(lines[j+1:end], func(l string) bool { return strings.TrimSpace(l) != "" })
	m := postTagRE.FindStringSubmatch(first)
	if m == nil {
		if _, title, ok := emojiLead(first); ok && more && strings.TrimSpace(lines[j+1]) == "" && headingLike(strings.TrimSuffix(strings.TrimRightFunc(title, IsEmoji), "?")) {
			lines[i], lines[j] = "## "+title, "" // "📌 PWDVA 2005 | Part 4: Who does what?" over the post
		} else if bold, remark, _ := chatBold(first); more && chatBoldLine(first) {
			lines[i], lines[j] = "## "+strings.TrimSpace(bold+" "+remark), "" // "📰 *DPDP Rules notified*" over the post's text
		}
		return
	}
	rest := strings.TrimSuffix(strings.TrimSpace(m[2]), ":")
	if more && rest != "" && len(strings.Fields(rest)) <= maxTagNameWords && !strings.ContainsAny(rest, "=.") {
		lines[i], lines[j] = "## "+m[1], "### "+rest
		return
	}
	lines[i], lines[j] = "## "+m[1]+" ("+when+")", rest
}

// forwardedRE matches the line Telegram copies over a post forwarded from
// another channel.
var forwardedRE = regexp.MustCompile(`^\[Forwarded from [^\]]+\]$`)

// postLabelRE matches a post that a word of its own labels, "Poll: …".
var postLabelRE = regexp.MustCompile(`^(\p{Lu}\p{Ll}+):\s+\S`)

// postTagRE matches a hashtag and what follows it.
var postTagRE = regexp.MustCompile(`^#(\p{L}[\p{L}\p{N}_]*)\s*(.*)$`)

// maxTagNameWords is the most words of a post's name after its tag.
const maxTagNameWords = 8

// chatStamp is the date and time in brackets over a message of a chat
// exported or copied as text: day, month, year and time.
const chatStamp = `\[(\d{1,2})[./-](\d{1,2})[./-](\d{2,4}),?\s+(\d{1,2}:\d{2})(?::\d{2})?(?:\s?[AaPp][Mm])?\]`

var chatHeaderRE = regexp.MustCompile(`^` + chatStamp + `\s*[^:]{0,60}:?\s*$`)

// namedChatHeaderRE matches a message's header as Telegram Desktop copies
// messages, the sender first: "UPSC Mitra, [14.03.2024 09:15]".
var namedChatHeaderRE = regexp.MustCompile(`^[^\[\]:]{1,60}, ` + chatStamp + `\s*$`)

// MinChatMessages is the fewest messages whose headers make text a chat
// (copied from Telegram, exported from WhatsApp): with fewer, the headers
// are read as text.
const MinChatMessages = 3

// arrowEntries marks as bulleted ("- Murid ➡️ disciple") the lines of a
// run of two or more, one under another, that each give a short term an
// arrow to its meaning, as notes typed on a phone set out a glossary or a
// list of facts: lines the app never wraps, whatever they end with. A line
// of two arrows or more is a chain (see chainRoot), not a term's.
func arrowEntries(lines []string) {
	run := 0
	end := func(i int) {
		if first := i - run; run >= 3 && arrowHeader(lines[first]) && !arrowHeader(lines[first+1]) {
			run-- // "DUTY -> LAW (my own table)" over "51A(a) flag → PINHA 1971": the columns' names
		}
		if run >= 2 {
			for k := i - run; k < i; k++ {
				t := strings.TrimLeft(lines[k], " \t")
				lines[k] = lines[k][:len(lines[k])-len(t)] + "- " + t
			}
		}
		run = 0
	}
	for i, l := range lines {
		if termArrow(strings.TrimSpace(l)) {
			run++
		} else {
			end(i)
		}
	}
	end(len(lines))
}

// arrowHeader reports whether l names what the arrows under it lead from
// and to, in capitals: "DUTY -> LAW (my own table)".
func arrowHeader(l string) bool {
	return upperCase(DropBrackets(l))
}

// termArrow reports whether t gives a term of a few words an arrow to
// what it means or leads to ("Urs ➡️ death anniversary of a pir").
func termArrow(t string) bool {
	if len(t) > maxTermLine || strings.IndexByte(t, '>') < 0 && strings.IndexByte(t, 0xe2) < 0 {
		return false // too long for a term's line, or no arrow: every arrow has a ">" or starts with byte 0xe2
	}
	if _, bullet := textBullet(t); bullet || strings.ContainsAny(t[:1], "#>|") {
		return false
	}
	at, n := -1, 0
	for _, a := range termArrows {
		if k := strings.Index(t, a); k >= 0 {
			at = k
			n += strings.Count(t, a)
		}
	}
	return n == 1 && at > 0 && countWords(t[:at]) <= maxTermWords && strings.TrimSpace(t[at:]) != ""
}

var termArrows = []string{"➡", " → ", " -> ", " => ", " ⇒ "}

// maxTermWords bounds the term before a glossary line's arrow, and
// maxTermLine (in bytes) the line.
const (
	maxTermWords = 8
	maxTermLine  = 400
)

// glossaryLines writes the terms of a glossary set out "Term :: meaning",
// two lines or more one under another (AsciiDoc's definition list), as
// the list entries "- Term: meaning", a passage each.
func glossaryLines(lines []string) {
	run := 0
	end := func(i int) {
		if run >= 2 {
			for k := i - run; k < i; k++ {
				m := glossaryRE.FindStringSubmatch(lines[k])
				lines[k] = m[1] + "- " + m[2] + ": " + m[3]
			}
		}
		run = 0
	}
	for i, l := range lines {
		if strings.Contains(l, "::") && glossaryRE.MatchString(l) {
			run++
		} else {
			end(i)
		}
	}
	end(len(lines))
}

var glossaryRE = regexp.MustCompile(`^(\s*)([^\s:][^:]{0,59}?)\s*::\s+(\S.*)$`)

// headerRow reports whether the first of a table's rows names its
// columns: each cell a short name (a remark in brackets aside) that writes
// no figure, all capitalised, or all in lower case over rows that are not
// ("sat  date  rocket" over "IRNSS-1A  01 Jul 2013  PSLV-C22").
func headerRow(rows [][]string, tabbed bool) bool {
	most := maxHeaderWords
	if tabbed {
		most = maxTabbedHeaderWords // "Appeals/cases now go to"
	}
	upper := 0
	for _, c := range rows[0] {
		first, _ := utf8.DecodeRuneInString(c)
		if countWords(DropBrackets(c)) > most || strings.ContainsFunc(c, unicode.IsDigit) || !unicode.IsLetter(first) {
			return false
		}
		if unicode.IsUpper(first) {
			upper++
		}
	}
	switch upper {
	case len(rows[0]):
		return true
	case 0:
		return slices.ContainsFunc(rows[1:], func(r []string) bool {
			return slices.ContainsFunc(r, func(c string) bool {
				first, _ := utf8.DecodeRuneInString(c)
				return !unicode.IsLower(first)
			})
		})
	}
	return false
}

// maxHeaderWords is the most words of a header's label, set apart by
// spaces; by tabs, maxTabbedHeaderWords.
const (
	maxHeaderWords       = 3
	maxTabbedHeaderWords = 5
)

// columnCells returns the cells of a line set out in columns, two to six
// short ones apart by a tab or two spaces or more, and where each starts in
// the line, in characters; or nil: not a bullet, a label ("Q:  …") or a number.
func columnCells(l string, tabbed bool) (cells []string, at []int) {
	t := strings.TrimSpace(l)
	if first, _ := utf8.DecodeRuneInString(t); t == "" || strings.ContainsRune(bulletSymbols+"#>|=", first) || !strings.Contains(t, "  ") { // tabs are two spaces by now
		return nil, nil
	}
	gaps := columnGapRE.FindAllStringIndex(t, -1)
	from := 0
	for _, g := range gaps {
		cells, from = append(cells, t[from:g[0]]), g[1]
	}
	cells = append(cells, t[from:])
	if len(cells) < 2 || len(cells) > maxWideCells || strings.HasSuffix(cells[0], ":") || markRE.MatchString(cells[0]) || faqMark(cells[0]) || cells[0] == "o" {
		return nil, nil
	}
	for i, c := range cells {
		last := i == len(cells)-1
		if c == "|" || strings.HasPrefix(c, "|") || strings.HasPrefix(c, ":") || strings.Contains(c, " | ") {
			return nil, nil // "GS3 - DISASTER MANAGEMENT  |  आपदा प्रबंधन", "LA  : compromise only | voluntary": parts set apart by a bar or a colon aligned, no columns
		}
		if c == "" || !tabbed && (utf8.RuneCountInString(c) > maxCell && !(last && utf8.RuneCountInString(c) <= maxLastCell) || !last && strings.ContainsAny(c[len(c)-1:], ".!?,;")) {
			return nil, nil // the last column may describe; the others name (but a tab sets any cells apart)
		}
	}
	indent := len(l) - len(strings.TrimLeftFunc(l, unicode.IsSpace))
	at = []int{utf8.RuneCountInString(l[:indent])}
	for _, g := range gaps {
		at = append(at, utf8.RuneCountInString(l[:indent+g[1]]))
	}
	return cells, at
}

// faqMark reports whether cell, as the label of a "Label: value" line,
// would mark a question or an answer ("A", "Ans", "Q 3").
func faqMark(cell string) bool {
	return questionRE.MatchString(cell+": x") || answerRE.MatchString(cell+": x")
}

// columnGapRE is the space between columns; markRE a list's mark ("1.",
// "(a)") standing apart from its text; maxCell the longest cell.
var (
	columnGapRE = regexp.MustCompile(` {2,}`)
	markRE      = regexp.MustCompile(`^\(?\w{1,3}[.)]$`)
)

const (
	maxCell      = 60
	maxLastCell  = 200
	maxCells     = 4 // columns, unless aligned
	maxWideCells = 6
)

// checklistLines marks as bulleted ("- [x] …") the entries of a checklist
// saved as text, each opened by its box ("[x] Born over …", "[ ] revise"),
// as a notes app writes a list note: its entries read as Markdown's task
// list, and one with entries indented under it heads them, as an
// outliner's label does. Two entries at the least make a checklist.
func checklistLines(lines []string) {
	var entries []int
	var found [][]string
	for i, l := range lines {
		if !strings.HasPrefix(strings.TrimSpace(l), "[") {
			continue
		}
		if m := checklistRE.FindStringSubmatch(l); m != nil {
			entries, found = append(entries, i), append(found, m)
		}
	}
	if len(entries) < 2 {
		return
	}
	for k, i := range entries {
		m, entry := found[k], found[k][2]
		if k+1 < len(entries) && entries[k+1] == i+1 && len(found[k+1][1]) > len(m[1]) {
			entry = m[3] // a label over its entries: its box ticks nothing
		}
		lines[i] = m[1] + "- " + entry
	}
}

var checklistRE = regexp.MustCompile(`^(\s*)(\[[ xX]\]\s+(\S.*))$`)

// emojiEntries marks as bulleted ("• ✅ …") the lines of text notes that
// an emoji opens as a bullet: a line that is no heading (a sentence, or
// longer than one), or one with a line above or below it opened by the
// same emoji. A short line under an emoji of its own ("📌 Key Points")
// stays a heading, and so does the first line, the notes' title, unless
// a line by it is opened by its emoji. A keycap digit ("1️⃣ ") numbers an
// entry ("1. ").
func emojiEntries(lines []string) {
	// sign returns the emoji opening the line next to line i, step lines
	// away, past the lines of i's own wrapped on below it, indented more.
	sign := func(i, step int) string {
		indent := indentOf(lines[i])
		j := i + step
		for j >= 0 && j < len(lines) && strings.TrimSpace(lines[j]) != "" && indentOf(lines[j]) > indent {
			j += step
		}
		if j < 0 || j >= len(lines) {
			return ""
		}
		s, _, _ := emojiLead(strings.TrimSpace(lines[j]))
		return s
	}
	entry := make([]bool, len(lines))
	first := true // no line but blank ones above
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if m := boldKeycapMatch(t); m != nil && boldKeycapMatch(nextLine(lines, i)) == nil {
			if h := strings.TrimSpace(strings.TrimRightFunc(m[2], IsEmoji)); headingLike(strings.TrimSuffix(h, "?")) {
				lines[i] = "## " + h // "*1️⃣ What is AMRUT?*" over its points: a part of the notes
				continue
			}
		}
		if m := keycapMatch(t); m != nil {
			lines[i] = m[1] + ". " + m[2]
			continue
		}
		if m := boldNumberedMatch(t); m != nil && headingLike(m[2]) {
			lines[i] = m[1] + " " + m[2] // "*8. SC interim order*": a numbered heading in a chat's bold
			continue
		}
		top := first && t != ""
		first = first && t == ""
		if t == "" || t[0] < 0xe2 {
			continue // emoji start with bytes 0xe2 and up
		}
		s, rest, ok := emojiLead(t)
		entry[i] = ok && (!headingLike(rest) && !asksBriefly(rest) && !top || sign(i, -1) == s || sign(i, 1) == s)
		if _, _, labelled := emojiLabel(t); labelled && sign(i, -1) == "" && sign(i, 1) == "" {
			entry[i] = false // a paragraph of its own, read as a labelled aside
		}
	}
	for i, l := range lines {
		if entry[i] {
			t := strings.TrimLeft(l, " \t")
			lines[i] = l[:len(l)-len(t)] + "• " + t
		}
	}
}

// keycapRE matches a line numbered with a keycap emoji: a digit, the
// emoji variation selector and the enclosing keycap.
var keycapRE = regexp.MustCompile(`^(\d{1,2})\x{FE0F}?\x{20E3}\s*(\S.*)$`)

// boldKeycapRE matches a line all in a chat's bold that a keycap emoji
// numbers: "*2️⃣ Which 500 cities? 🏘️*".
var boldKeycapRE = regexp.MustCompile(`^\*((?:\d\x{FE0F}?\x{20E3}){1,2})\s*([^*]*[^*\s])\s*\*$`)

// boldKeycapMatch is boldKeycapRE's match of t, looked for only in a line
// that opens in bold.
func boldKeycapMatch(t string) []string {
	if !strings.HasPrefix(t, "*") {
		return nil
	}
	return boldKeycapRE.FindStringSubmatch(t)
}

// boldNumberedRE matches a numbered line all in a chat's bold: "*8. SC
// interim order – stayed vs not stayed*".
var boldNumberedRE = regexp.MustCompile(`^\*(\d{1,2}[.)])\s+([^*]*[^*\s])\*$`)

// boldNumberedMatch is boldNumberedRE's match of t, looked for only in a
// line that opens in bold.
func boldNumberedMatch(t string) []string {
	if !strings.HasPrefix(t, "*") {
		return nil
	}
	return boldNumberedRE.FindStringSubmatch(t)
}

// keycapMatch is keycapRE's match of t, looked for only in a line that
// holds the enclosing keycap.
func keycapMatch(t string) []string {
	if !strings.Contains(t, "\u20e3") {
		return nil
	}
	return keycapRE.FindStringSubmatch(t)
}

// nextLine is the first line after lines[i] with text, trimmed, or "".
func nextLine(lines []string, i int) string {
	if k := firstLine(lines[i+1:]); k >= 0 {
		return strings.TrimSpace(lines[i+1+k])
	}
	return ""
}

// tableLines writes the rows of a table drawn in text, as the "Label:
// value" entries the reader keeps a passage each ("- Feature: Ground;
// National (Art 352): War, external aggression"): a grid of +---+ borders
// and | cells, a row's cells wrapping over several lines, or, in text
// notes, a Markdown pipe table. A pipe table's first row names its
// columns, and a grid's when a border of "=" sets it apart, or when it is of
// short names over two rows more at least. The rows' lines are appended to
// rows.
func tableLines(lines []string, pipes bool, rows *[]int) {
	for i := 0; i < len(lines); {
		switch t := strings.TrimLeft(lines[i], " "); {
		case t == "":
		case t[0] == '+':
			if _, passed := gridTable(lines, i, rows); passed > 1 {
				i += passed
				continue
			}
		case pipes && strings.IndexByte(t, '|') >= 0:
			n := 0
			if t[0] == '|' {
				n = pipeTable(lines, i, rows)
			}
			if n == 0 {
				n = barePipeTable(lines, i, rows) // "  | Sher Shah | Akbar" over "----|----|----" too
			}
			if n > 0 {
				i += n
				continue
			}
		}
		i++
	}
}

// barePipeTable rewrites the pipe table typed without its outer pipes that
// starts at lines[i], if one does ("land class | revenue" over
// "-----|-----"), and returns how many lines it takes (0 for none). A line
// whose first cell is empty goes on with the row above: its cells wrapped.
func barePipeTable(lines []string, i int, written *[]int) int {
	header := bareCells(lines[i])
	if len(header) < 2 || i+1 >= len(lines) || !delimiterRow(lines[i+1]) || len(bareCells(lines[i+1])) != len(header) {
		return 0
	}
	rows, at := [][]string{header}, []int{i}
	j := i + 2
	for ; j < len(lines); j++ {
		c := bareCells(lines[j])
		if len(c) != len(header) {
			break
		}
		if c[0] == "" && len(rows) > 1 {
			last := rows[len(rows)-1]
			for k := range c {
				if c[k] != "" {
					last[k] = strings.TrimSpace(last[k] + " " + c[k])
				}
			}
			continue
		}
		rows, at = append(rows, c), append(at, j)
	}
	if len(rows) < 2 {
		return 0
	}
	indent := lines[i][:len(lines[i])-len(strings.TrimLeft(lines[i], " "))]
	for k := i; k < j; k++ {
		lines[k] = ""
	}
	writeRows(lines, rows, at, true, written)
	for _, k := range at[1:] {
		lines[k] = indent + lines[k] // the entries after it, indented as it is, are its siblings
	}
	return j - i
}

// bareCells splits a line at every "|", its cells trimmed (an empty one
// kept), or returns nil for a line without one.
func bareCells(line string) []string {
	if strings.IndexByte(line, '|') < 0 {
		return nil
	}
	cells := strings.Split(line, "|")
	for k := range cells {
		cells[k] = strings.TrimSpace(cells[k])
	}
	return cells
}

var (
	gridBorderRE = regexp.MustCompile(`^\s*\+(?:[-=:]+\+)+\s*$`)
	pipeRowRE    = regexp.MustCompile(`^\s*\|.*\|\s*$`)
)

// gridTable rewrites the grid table that starts at lines[i], if one does.
// It returns how many lines it took (0 for none) and how many lines no
// table can start in: a table that starts at a later border of the same
// grid fails where this one did.
func gridTable(lines []string, i int, written *[]int) (took, passed int) {
	if !gridBorderRE.MatchString(lines[i]) {
		return 0, 1
	}
	border := lines[i]
	cuts := borderCuts(border)
	var rows [][][]string // the pieces of each cell of each row, a line of a wrapped row a piece
	var at []int          // the first line of each row
	header := false       // a border of "=" under the first row
	j := i + 1
	for ; j < len(lines); j++ {
		l := lines[j]
		if gridBorderRE.MatchString(l) {
			if !sameBorder(l, border) {
				return 0, j - i // not the grid it started as
			}
			header = header || len(rows) == 1 && strings.Contains(l, "=")
			continue
		}
		if !pipeRowRE.MatchString(l) {
			break
		}
		cells := gridCells(cuts, l)
		if cells == nil {
			return 0, j - i
		}
		if gridBorderRE.MatchString(lines[j-1]) {
			row := make([][]string, len(cells))
			rows, at = append(rows, row), append(at, j)
		}
		row := rows[len(rows)-1]
		for k, c := range cells {
			if c != "" {
				row[k] = append(row[k], c)
			}
		}
	}
	if !gridBorderRE.MatchString(lines[j-1]) {
		return 0, j - i
	}
	if len(cuts) == 2 && len(rows) == 1 {
		// A box drawn around notes ("| REMEMBER |" over its points): its
		// lines, unframed.
		for k := i; k < j; k++ {
			if cells := gridCells(cuts, lines[k]); cells != nil {
				lines[k] = cells[0]
			} else {
				lines[k] = ""
			}
		}
		return j - i, j - i
	}
	if len(rows) < 2 {
		return 0, j - i
	}
	joined := make([][]string, len(rows))
	for r, row := range rows {
		joined[r] = make([]string, len(row))
		for k, pieces := range row {
			joined[r][k] = strings.Join(pieces, " ")
		}
	}
	for k := i; k < j; k++ {
		lines[k] = ""
	}
	writeRows(lines, joined, at, header || len(joined) >= 3 && namesColumns(joined[0]), written)
	return j - i, j - i
}

// borderCuts returns where a grid's border line has its corners, in runes.
func borderCuts(border string) []int {
	var cuts []int
	for k, r := range []rune(border) {
		if r == '+' {
			cuts = append(cuts, k)
		}
	}
	return cuts
}

// gridCells cuts a row line into cells at the border's corners, cuts, or
// returns nil when it does not line up with them.
func gridCells(cuts []int, l string) []string {
	row := []rune(strings.TrimRight(l, " "))
	if len(row) != cuts[len(cuts)-1]+1 {
		return nil // a cell more or less than the border draws
	}
	cells := make([]string, 0, len(cuts)-1)
	for k := 1; k < len(cuts); k++ {
		if row[cuts[k]] != '|' {
			return nil
		}
		cells = append(cells, strings.TrimSpace(string(row[cuts[k-1]+1:cuts[k]])))
	}
	return cells
}

// sameBorder reports whether two border lines draw the same columns.
func sameBorder(a, b string) bool {
	return borderRules.Replace(strings.TrimSpace(a)) == borderRules.Replace(strings.TrimSpace(b))
}

// borderRules writes a border's header rule ("=") and alignment marks
// (":") as its plain rule.
var borderRules = strings.NewReplacer("=", "-", ":", "-")

// pipeTable rewrites the Markdown pipe table that starts at lines[i], if
// one does, and returns how many lines it takes (0 for none).
func pipeTable(lines []string, i int, written *[]int) int {
	if !pipeRowRE.MatchString(lines[i]) || i+1 >= len(lines) || !isTableDelimiter(lines[i+1], lines[i]) {
		return 0
	}
	header := tableCells(lines[i])
	rows, at := [][]string{header}, []int{i}
	j := i + 2
	for ; j < len(lines) && pipeRowRE.MatchString(lines[j]); j++ {
		c := tableCells(lines[j])
		if len(c) != len(header) {
			break
		}
		rows, at = append(rows, c), append(at, j)
	}
	if len(rows) < 2 {
		return 0
	}
	for k := i; k < j; k++ {
		lines[k] = ""
	}
	writeRows(lines, rows, at, true, written)
	return j - i
}

// writeRows writes each row of a table at its line as a list entry, its
// cells named by the first row's when that is the header, and appends the
// rows' lines to written.
func writeRows(lines []string, rows [][]string, at []int, header bool, written *[]int) {
	if header {
		named := make([]bool, len(rows[0])) // a column named in a row's text
		for k, c := range rows[1:] {
			if repeatsHeader(c, rows[0]) {
				continue
			}
			var cells []string
			for j := range c {
				switch {
				case c[j] == "":
				case rows[0][j] == "":
					cells, named[j] = append(cells, c[j]), true // a row's name, under no header
				default:
					cells, named[j] = append(cells, rows[0][j]+": "+c[j]), true
				}
			}
			lines[at[k+1]] = "- " + strings.Join(cells, "; ")
			*written = append(*written, at[k+1])
		}
		for j, ok := range named {
			if !ok && rows[0][j] != "" {
				lines[at[1]] += "; " + rows[0][j] + ": –" // an empty column, as Markdown's tables read
			}
		}
		return
	}
	for k, c := range rows {
		lines[at[k]] = "- " + c[0] + ": " + strings.Join(slices.DeleteFunc(slices.Clone(c[1:]), func(s string) bool { return s == "" }), "; ")
		*written = append(*written, at[k])
	}
}

// repeatsHeader reports whether a row of a table is its header again, as
// a long table repeats it on every page or screen.
func repeatsHeader(row, header []string) bool {
	return len(row) == len(header) && slices.EqualFunc(row, header, strings.EqualFold)
}

// namesColumns reports whether a table's first row names its columns:
// each cell a short name.
func namesColumns(cells []string) bool {
	for _, c := range cells {
		if c == "" || countWords(c) > maxColumnNameWords {
			return false
		}
	}
	return true
}

const maxColumnNameWords = 5

// readDeck reads a deck of flashcards exported as text (Anki's
// "#separator:tab" header lines over a card a line, "front<TAB>back<TAB>
// tags", the tabs two spaces by now) as notes of questions and answers:
// the deck's name, or the file's, over a "Flashcards" section of a card a
// passage, its front the question and its back the answer; the cards' tags
// are the notes' tags. Columns the header names as a note's ID, note type
// or deck are not text: a card's deck (its last part) groups it. Fields
// in HTML ("#html:true") are read as the text they show, a cloze deletion
// ("{{c1::Hyderabad}}") as its answer, an image occlusion's shapes not at
// all. It reports whether lines were a deck.
func readDeck(b *builder, lines []string, tabbed map[int]bool) bool {
	if len(lines) == 0 || !strings.HasPrefix(strings.ToLower(lines[0]), "#separator:") {
		return false
	}
	if b.doc.Meta == nil {
		b.doc.Meta = map[string]string{}
	}
	n := 0
	d := deckColumns{}
	for ; n < len(lines); n++ {
		m := deckHeaderRE.FindStringSubmatch(lines[n])
		if m == nil {
			break
		}
		key, value := strings.ToLower(m[1]), strings.TrimSpace(m[2])
		if b.doc.Meta["deck "+key] == "" {
			b.doc.Meta["deck "+key] = value // "#separator:tab"; a header given twice keeps its first value
		}
		column, _ := strconv.Atoi(value)
		switch key {
		case "deck":
			d.name = value
		case "tags column":
			d.tags = column
		case "deck column":
			d.deck = column
		case "guid column":
			d.guid = column
		case "notetype column":
			d.notetype = column
		case "html":
			d.html = value == "true"
		}
	}
	readCards(b, lines, tabbed, n, d)
	return true
}

// deckColumns says what a deck's header says of its columns: the deck's
// name, the columns (from 1; 0 for none) of its cards' tags, deck, note ID
// and note type, and whether fields are HTML.
type deckColumns struct {
	name                       string
	tags, deck, guid, notetype int
	html                       bool
	terms                      bool // no header: each card a term and its definition, cited by its term
}

// readCards reads a deck's cards, from lines[n] on, a card a line: the
// deck's name, or the file's, over a "Flashcards" section of a card a
// passage, grouped by their decks' last parts or else their first tags';
// over a section a term, each its definition, when d says they are terms.
// A line tabbed (its tabs two spaces by now) has a field at each tab, empty
// ones too, so that a column keeps its number; another a field at each gap.
func readCards(b *builder, lines []string, tabbed map[int]bool, n int, d deckColumns) {
	type card struct {
		fields []string
		group  string
		line   int
	}
	var cards []card
	var decks []string // each card's, when a column gives them
	groups := map[string]bool{}
	for i := n; i < len(lines); i++ {
		fields := columnGapRE.Split(strings.TrimSpace(lines[i]), -1)
		if tabbed[i] {
			rest := strings.TrimLeft(lines[i], " ")
			fields = append(make([]string, (len(lines[i])-len(rest))/4), strings.Split(strings.TrimRight(rest, " "), "  ")...) // a leading tab is four
		}
		for k, f := range fields {
			fields[k] = csvUnquote(strings.TrimSpace(f))
		}
		if len(fields) < 2 {
			fields = slices.DeleteFunc(fields, func(f string) bool { return f == "" })
			if len(fields) > 0 {
				cards = append(cards, card{fields, "", i + 1})
				groups[""] = true
			}
			continue
		}
		group, text := "", make([]string, 0, len(fields))
		for k, f := range fields {
			switch k + 1 {
			case d.tags:
				tags := strings.Fields(f)
				b.doc.Tags = append(b.doc.Tags, tags...)
				if len(tags) > 0 && d.deck == 0 {
					group = tagGroup(groupTag(tags))
				}
			case d.deck:
				group = tagGroup(f)
				decks = append(decks, f)
			case d.guid, d.notetype:
			default:
				if d.html {
					f = fieldText(f)
				}
				if f = clozeRE.ReplaceAllString(occlusionRE.ReplaceAllString(f, ""), "$1"); hasWords(f) {
					text = append(text, f)
				}
			}
		}
		if len(text) > 0 {
			cards = append(cards, card{text, group, i + 1})
			groups[group] = true
		}
	}
	deck := d.name
	if deck == "" {
		deck = titleFromName(b.file)
		if shared := sharedDeck(decks); shared != "" {
			deck = shared
		}
	}
	b.doc.Title, b.titleLine = deck, 1
	if d.terms {
		for _, c := range cards {
			b.open(1, c.fields[0], HeadingKind(c.fields[0]), c.line).newItem(c.line).addText(strings.Join(c.fields[1:], " "), true, c.line)
		}
		return
	}
	deckSec := b.open(1, "Flashcards", KindFAQ, n+1)
	numbered := map[*section]int{} // a card of one field has no question to number it by
	for _, c := range cards {
		sec := deckSec
		if len(groups) > 1 && c.group != "" {
			sec = b.open(2, c.group, KindFAQ, c.line)
		}
		numbered[sec]++
		if len(c.fields) == 1 {
			sec.newQuestion("", numbered[sec], c.line).addText(c.fields[0], true, c.line)
		} else {
			sec.newQuestion(c.fields[0], numbered[sec], c.line).addText(strings.Join(c.fields[1:], " "), true, c.line)
		}
	}
}

// sharedDeck returns the deck that holds every card's deck, by its last
// part ("UPSC::History::Viceroys" of "UPSC::History::Viceroys::01 Company
// Rule" and "UPSC::History::Viceroys::02 Crown Rule"), or "".
func sharedDeck(decks []string) string {
	if len(decks) == 0 {
		return ""
	}
	shared := strings.Split(decks[0], "::")
	for _, d := range decks[1:] {
		parts := strings.Split(d, "::")
		k := 0
		for k < len(shared) && k < len(parts) && shared[k] == parts[k] {
			k++
		}
		shared = shared[:k]
	}
	if len(shared) == 0 {
		return ""
	}
	return tagGroup(strings.Join(shared, "::"))
}

// csvUnquote reads a field Anki quoted as CSV does ("a ""b""" is a "b").
func csvUnquote(f string) string {
	if len(f) >= 2 && f[0] == '"' && f[len(f)-1] == '"' {
		return strings.ReplaceAll(f[1:len(f)-1], `""`, `"`)
	}
	return f
}

// fieldText is the text an HTML field shows, on one line: a line break or
// a list's entry starts a clause ("; ") unless a sentence or a clause ends
// there, tags go and entities are read.
func fieldText(f string) string {
	f = fieldBreakRE.ReplaceAllString(f, "; ")
	f = html.UnescapeString(htmlTagRE.ReplaceAllString(f, ""))
	f = strings.Join(strings.Fields(f), " ")
	return strings.Trim(fieldClauseRE.ReplaceAllString(f, "$1"), "; ")
}

var (
	fieldBreakRE  = regexp.MustCompile(`(?i)<br\s*/?>|</?(?:li|ul|ol|div|p)\b[^>]*>`)
	fieldClauseRE = regexp.MustCompile(`([.!?:;])(?: ?;)+`) // "Sumatra.; ; Often": "Sumatra. Often"
	clozeRE       = regexp.MustCompile(`\{\{c\d+::(.*?)(?:::[^}]*)?\}\}`)
	occlusionRE   = regexp.MustCompile(`\{\{c\d+::image-occlusion:[^}]*\}\}`) // a shape hiding part of a picture

)

// groupTag is the tag of a card's tags that groups it: the first of a
// hierarchy ("UPSC::Geo::01_Basics") or else the first, not one Anki sets
// itself ("leech", "marked"), which sorts before the others.
func groupTag(tags []string) string {
	own := slices.DeleteFunc(slices.Clone(tags), func(t string) bool { return ankiTags[strings.ToLower(t)] })
	if len(own) == 0 {
		return ""
	}
	if i := slices.IndexFunc(own, func(t string) bool { return strings.Contains(t, "::") }); i >= 0 {
		return own[i]
	}
	return own[0]
}

// ankiTags are the tags Anki gives cards itself.
var ankiTags = map[string]bool{"leech": true, "marked": true}

// tagGroup is the name of the group of cards an Anki tag puts a card in:
// the tag's last part, words apart ("geo::rivers::peninsular_rivers" is
// "peninsular rivers"). Cards are cited by their first tag's group.
func tagGroup(tag string) string {
	if i := strings.LastIndex(tag, "::"); i >= 0 {
		tag = tag[i+2:]
	}
	return strings.TrimSpace(strings.ReplaceAll(tag, "_", " "))
}

// deckHeaderRE matches a header line of a deck exported by Anki.
var deckHeaderRE = regexp.MustCompile(`^#(separator|html|tags column|deck|deck column|notetype|notetype column|guid column|columns):(.*)$`)

// orgKeywordRE is an Org file's keyword line: "#+TITLE: FRBM Act".
var orgKeywordRE = regexp.MustCompile(`^#\+([A-Za-z_]+):\s*(.*)$`)

// orgLines rewrites notes kept in Emacs's Org mode, known by a "#+TITLE:"
// (or two keyword lines) at their top, as the text reader reads them: the
// title its own line; other keyword lines and "# " comments dropped; a
// line of stars ("** Timeline") a heading of that depth when a deeper
// line or text stands under it, else a point of the list ("*** 2016 – a
// review committee"), as Org notes write their points.
func orgLines(lines []string) {
	keywords, title := 0, false
	for i, l := range lines {
		if i >= 20 {
			break
		}
		if m := orgKeywordRE.FindStringSubmatch(strings.TrimSpace(l)); m != nil {
			keywords++
			title = title || strings.EqualFold(m[1], "title")
		}
	}
	if !title && keywords < 2 {
		return
	}
	depth := func(l string) int {
		n := len(l) - len(strings.TrimLeft(l, "*"))
		if n == 0 || n == len(l) || l[n] != ' ' {
			return 0
		}
		return n
	}
	for i, l := range lines {
		t := strings.TrimRight(l, " \t")
		if m := orgKeywordRE.FindStringSubmatch(t); m != nil {
			lines[i] = ""
			if strings.EqualFold(m[1], "title") {
				lines[i] = m[2]
			}
			continue
		}
		if strings.HasPrefix(t, "# ") || t == "#" {
			lines[i] = "" // a comment
			continue
		}
		d := depth(t)
		if d == 0 {
			continue
		}
		text := strings.TrimSpace(t[d:])
		heads := false // a deeper line, or text, under it
		for j := i + 1; j < len(lines); j++ {
			next := strings.TrimRight(lines[j], " \t")
			if strings.TrimSpace(next) == "" {
				continue
			}
			nd := depth(next)
			heads = nd > d || nd == 0 && !strings.HasPrefix(strings.TrimSpace(next), "#")
			break
		}
		switch {
		case heads:
			lines[i] = strings.Repeat("#", d) + " " + text
		case pageMarkRE.MatchString("- " + text):
			lines[i] = "* " + text // "- 1-" would read as a page's number
		default:
			lines[i] = "- " + text
		}
	}
}

// dropCaps joins a drop cap, an article's first letter set large on a
// line of its own as text copied out of a page gives it, to the rest of
// its word on the next line: "L" over "AST WEDNESDAY, on what …" is
// "LAST WEDNESDAY, …". Not "A" and "I", words of their own, nor a
// glossary's letter over its first entry ("B" over "Banking …"), nor the
// first line (a title of one letter).
func dropCaps(lines []string) {
	text := false // a line with text above: a drop cap opens an article's text, under its title
	for i := 0; i+1 < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if len(t) != 1 || t[0] < 'B' || t[0] > 'Z' || t == "I" || !text {
			text = text || t != ""
			continue
		}
		next := strings.TrimSpace(lines[i+1])
		if next == "" || !unicode.IsLetter(rune(next[0])) || unicode.ToUpper(rune(next[0])) == rune(t[0]) {
			continue
		}
		lines[i], lines[i+1] = "", t+next
	}
}
