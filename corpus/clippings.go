package corpus

import (
	"regexp"
	"slices"
	"strings"
)

// readClippings reads a Kindle's "My Clippings.txt": clippings apart by
// "==========" lines, each a book's title line, a line saying what it is
// ("- Your Highlight on page 254 | Location 4061-4064 | Added on …"), and
// its text. The book clipped most titles the notes; its highlights are
// passages under the page they are on ("Page 254"), another book's under
// that book's title. A note of the reader's goes with the highlight just
// before it, of the same book; a highlight extended later replaces the one
// it holds; bookmarks and the Kindle's own messages are left out.
func readClippings(b *builder, lines []string) bool {
	clips := clippings(lines)
	if len(clips) < 2 {
		return false
	}
	count := map[string]int{}
	main := ""
	for _, c := range clips {
		if count[c.book]++; count[c.book] > count[main] {
			main = c.book
		}
	}
	b.doc.Title, b.titleLine = main, clips[0].line
	type kept struct {
		clipping
		note string
	}
	var out []kept
	for _, c := range clips {
		last := len(out) - 1
		switch {
		case c.kind == "note" && last >= 0 && out[last].book == c.book && out[last].note == "":
			out[last].note = c.text
		case c.kind == "highlight" && last >= 0 && out[last].book == c.book && strings.Contains(c.text, out[last].text):
			out[last].clipping = c // extended: the longer keeps the shorter's note
		default:
			out = append(out, kept{clipping: c})
		}
	}
	// The main book's clippings first, then each other book's under its title.
	slices.SortStableFunc(out, func(a, b kept) int {
		switch {
		case a.book == b.book:
			return 0
		case a.book == main:
			return -1
		case b.book == main:
			return 1
		}
		return strings.Compare(a.book, b.book)
	})
	for _, c := range out {
		level := 1
		if c.book != main {
			b.open(1, c.book, KindSection, c.line)
			level = 2
		}
		it := b.open(level, c.place, KindSection, c.line).newItem(c.line)
		it.addText(c.text, true, c.line)
		if c.note != "" {
			it.addText("Note: "+c.note, true, c.line)
		}
	}
	return true
}

// clipping is a highlight or a note of "My Clippings.txt".
type clipping struct {
	book, kind, place, text string
	line                    int // of its title line
}

// clippings returns the highlights and notes of lines, the lines of "My
// Clippings.txt", or nil when they are not: every entry between the
// "==========" lines a clipping, a bookmark or the Kindle's message.
func clippings(lines []string) []clipping {
	if i := firstLine(lines); i < 0 || i+1 >= len(lines) || !clipMetaRE.MatchString(strings.TrimSpace(lines[i+1])) {
		return nil // not a clipping's header under the first line: every text file is asked
	}
	var out []clipping
	separators := 0
	for start := 0; start < len(lines); {
		end := start
		for end < len(lines) && strings.TrimSpace(lines[end]) != clipEnd {
			end++
		}
		if end < len(lines) {
			separators++
		}
		c, keep, ok := clippingOf(lines[start:end], start+1)
		if !ok {
			return nil
		}
		if keep {
			out = append(out, c)
		}
		start = end + 1
	}
	if separators < 2 {
		return nil
	}
	return out
}

// clippingOf reads the lines of one entry, the first at line n: whether
// it is a clipping's entry (ok; or no entry, blank lines), and whether it is
// one to keep (a highlight or a note with text).
func clippingOf(entry []string, n int) (c clipping, keep, ok bool) {
	i := firstLine(entry)
	if i < 0 {
		return clipping{}, false, true
	}
	if i+1 >= len(entry) {
		return clipping{}, false, false
	}
	m := clipMetaRE.FindStringSubmatch(strings.TrimSpace(entry[i+1]))
	if m == nil {
		return clipping{}, false, false
	}
	kind := strings.ToLower(m[1])
	var text []string
	for _, l := range entry[i+2:] {
		if l = strings.TrimSpace(l); l != "" {
			text = append(text, l)
		}
	}
	if kind == "bookmark" || len(text) == 0 || clipLimitRE.MatchString(text[0]) {
		return clipping{}, false, true
	}
	if kind == "clip" || kind == "clipping" {
		kind = "highlight"
	}
	place := "Clippings"
	if p := clipPageRE.FindStringSubmatch(m[2]); p != nil {
		place = "Page " + p[1]
	} else if p := clipLocationRE.FindStringSubmatch(m[2]); p != nil {
		place = "Location " + p[1]
	}
	book := strings.TrimSpace(strings.TrimPrefix(entry[i], "\ufeff"))
	return clipping{book: book, kind: kind, place: place, text: strings.Join(text, " "), line: n + i}, true, true
}

const clipEnd = "=========="

var (
	clipMetaRE     = regexp.MustCompile(`^-\s*(?:Your\s+)?(Highlight|Note|Bookmark|Clip|Clipping)\b(.*)$`)
	clipPageRE     = regexp.MustCompile(`(?i)\bpage\s+([0-9ivxlc]+(?:-[0-9ivxlc]+)?)`)
	clipLocationRE = regexp.MustCompile(`(?i)\b(?:location|loc\.)\s+(\d+)`)
	clipLimitRE    = regexp.MustCompile(`(?i)^<?\s*you have reached the clipping limit`)
)
