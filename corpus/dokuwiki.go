package corpus

import (
	"regexp"
	"strings"
)

// A DokuWiki page's source, saved as text (a wiki's data/pages/*.txt, or
// copied from its editor), is read as the Markdown it matches line for
// line: "====== Title ======" (six signs the top level, two the lowest)
// a heading, lists indented two spaces ("  * entry", "  - numbered"),
// tables of "^" header cells and "|" cells a list entry a row, <code> and
// <file> blocks code, "//italic//" and "''mono''" their text, ((notes))
// in brackets where they stand, pictures ({{…}}), tags, boxes (<WRAP>,
// <note>), FIXME and ~~NOTOC~~ left out.

var (
	dokuHeadingRE = regexp.MustCompile(`^\s*(={2,6})\s*([^=].*?)\s*={2,6}\s*$`)
	dokuListRE    = regexp.MustCompile(`^((?:  )+|\t+)([*-])\s*(.*)$`)
	dokuItalicRE  = regexp.MustCompile(`(^|[^:])//(\S(?:.*?\S)?)//`)
	dokuMonoRE    = regexp.MustCompile(`''(.+?)''`)
	dokuMediaRE   = regexp.MustCompile(`\{\{[^{}|]*(?:\|([^{}]*))?\}\}`)
	dokuTagRE     = regexp.MustCompile(`\{\{tag>[^{}]*\}\}`)
	dokuBoxRE     = regexp.MustCompile(`(?i)</?(?:wrap|note|box|del|ins|sup|sub|html|php|nowiki)\b[^>]*>|~~[A-Z]+~~|%%|\bFIXME\b|\\\\(?:\s|$)`)
	dokuCodeRE    = regexp.MustCompile(`(?i)^\s*<(code|file)\b[^>]*>(.*?)(?:</(?:code|file)>)?\s*$`)
)

// isDokuWiki reports whether lines are a DokuWiki page's source: two of
// its headings at least, and no Markdown heading.
func isDokuWiki(lines []string) bool {
	headings := 0
	for _, l := range lines {
		switch {
		case strings.HasPrefix(l, "# "):
			return false
		case strings.Contains(l, "==") && dokuHeadingRE.MatchString(l):
			headings++
		}
	}
	return headings >= 2
}

// dokuWikiLines rewrites the lines of a DokuWiki page as Markdown, line
// for line; the rows of its tables are written as tableLines writes a
// table's, and their lines appended to rows.
func dokuWikiLines(lines []string, rows *[]int) {
	titleLine(lines)
	code := false
	var table [][]string
	var at []int
	header := false
	flush := func() {
		if len(table) > 1 || len(table) == 1 && !header {
			writeRows(lines, table, at, header, rows)
		}
		table, at, header = nil, nil, false
	}
	for i, l := range lines {
		if code {
			if k := strings.Index(strings.ToLower(l), "</code>"); k >= 0 || strings.Contains(strings.ToLower(l), "</file>") {
				lines[i], code = "```", false
			}
			continue
		}
		t := strings.TrimSpace(l)
		if t != "" && (t[0] == '^' || t[0] == '|') && strings.Count(t, "|")+strings.Count(t, "^") >= 2 {
			if len(table) == 0 {
				header = t[0] == '^'
			}
			table = append(table, dokuCells(t))
			at = append(at, i)
			lines[i] = ""
			continue
		}
		if len(table) > 0 {
			flush()
		}
		if m := dokuCodeRE.FindStringSubmatch(l); m != nil {
			if strings.Contains(strings.ToLower(l), "</"+strings.ToLower(m[1])+">") {
				lines[i] = "`" + strings.TrimSpace(m[2]) + "`"
			} else {
				lines[i], code = "```", true
			}
			continue
		}
		if m := dokuHeadingRE.FindStringSubmatch(l); m != nil {
			lines[i] = strings.Repeat("#", 7-len(m[1])) + " " + dokuInline(m[2])
			continue
		}
		if m := dokuListRE.FindStringSubmatch(l); m != nil {
			depth := len(strings.ReplaceAll(m[1], "\t", "  "))/2 - 1
			mark := "- "
			if m[2] == "-" {
				mark = "1. "
			}
			lines[i] = strings.Repeat("  ", depth) + mark + dokuInline(m[3])
			continue
		}
		if t == "----" || strings.HasPrefix(t, "-----") && strings.Trim(t, "-") == "" {
			lines[i] = ""
			continue
		}
		lines[i] = dokuInline(l)
	}
	if len(table) > 0 {
		flush()
	}
}

// titleLine makes the first line of a page its title when it is not a
// heading of its own but a short line over one, as notes kept as text
// begin: "BHAKTI IN N. INDIA -- kabir, mira" over "== INTRO ==".
func titleLine(lines []string) {
	for i, l := range lines {
		t := strings.TrimSpace(dokuInline(l))
		if t == "" {
			continue // ~~NOTOC~~, a tag
		}
		if len(t) <= 160 && !dokuHeadingRE.MatchString(l) && !dokuListRE.MatchString(l) && !strings.ContainsAny(strings.TrimSpace(l)[:1], "^|<{") {
			lines[i] = "# " + t
		}
		return
	}
}

// dokuCells splits a table row at its "^" and "|" marks, its cells
// trimmed, their markup read.
func dokuCells(row string) []string {
	row = strings.Trim(row, "^| ")
	cells := strings.FieldsFunc(row, func(r rune) bool { return r == '^' || r == '|' })
	for k := range cells {
		cells[k] = dokuInline(strings.TrimSpace(cells[k]))
	}
	return cells
}

// dokuInline reads a line's inline markup: italic and mono as text,
// pictures as their captions, ((notes)) in brackets, boxes and tags out.
func dokuInline(s string) string {
	if !strings.ContainsAny(s, "/'{<~%\\F(") {
		return s
	}
	s = dokuTagRE.ReplaceAllString(s, "")
	s = dokuMediaRE.ReplaceAllString(s, "$1")
	s = dokuBoxRE.ReplaceAllString(s, "")
	s = dokuItalicRE.ReplaceAllString(s, "$1*$2*")
	s = dokuMonoRE.ReplaceAllString(s, "`$1`")
	s = strings.ReplaceAll(strings.ReplaceAll(s, "((", " ("), "))", ")")
	return strings.TrimRight(s, " ")
}
