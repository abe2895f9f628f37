package corpus

import (
	"regexp"
	"strings"
)

// Tana Paste is the text Tana copies an outline as, and reads one from:
// "%%tana%%" over nodes written "- " and indented two spaces a level, a
// heading node marked "!! ", a field "Name:: value" (its values the nodes
// under it when it has none on its line), a reference "[[Node^id]]", a
// date "[[date:2025-01-08]]", a supertag "#concept" or "#[[GS2 polity]]",
// and a highlight "^^…^^".

// tanaHeader is the line Tana Paste opens with.
const tanaHeader = "%%tana%%"

var (
	tanaNodeRE  = regexp.MustCompile(`^( *)- ?(.*)$`)
	tanaDateRE  = regexp.MustCompile(`\[\[date:([^\]]+)\]\]`)
	tanaRefRE   = regexp.MustCompile(`\[\[([^\]^]+)(?:\^[A-Za-z0-9_-]+)?\]\]`)
	tanaTagRE   = regexp.MustCompile(`(?:^|\s)#(?:\[\[[^\]]+\]\]|[\p{L}\p{N}_-]+)`)
	tanaFieldRE = regexp.MustCompile(`^([^:]{1,60}?)::\s*(.*)$`)
)

// isTanaPaste reports whether lines are Tana Paste: its header first.
func isTanaPaste(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); t != "" {
			return t == tanaHeader
		}
	}
	return false
}

// tanaLines rewrites Tana Paste as Markdown in place: the first node the
// notes' title, a heading node a heading nested as the outline nests it,
// the nodes under a heading its list, a field "Name: value", and the
// marks of references, dates, supertags and highlights gone.
func tanaLines(lines []string) {
	type open struct{ depth, level int } // a heading's depth in the outline, and its level
	var heads []open
	titled := false
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if t == tanaHeader {
			lines[i] = ""
			continue
		}
		m := tanaNodeRE.FindStringSubmatch(strings.TrimRight(l, " \t"))
		if m == nil || t == "" {
			continue // a node's text carried on a line of its own
		}
		depth := len(m[1]) / 2
		text := tanaText(m[2])
		for len(heads) > 0 && heads[len(heads)-1].depth >= depth {
			heads = heads[:len(heads)-1]
		}
		if !titled {
			lines[i], titled = "# "+text, true
			heads = append(heads, open{depth, 1})
			continue
		}
		if h, ok := strings.CutPrefix(text, "!! "); ok {
			level := 2
			if len(heads) > 0 {
				level = min(heads[len(heads)-1].level+1, 6)
			}
			heads = append(heads, open{depth, level})
			lines[i] = "\n" + strings.Repeat("#", level) + " " + strings.TrimSpace(h)
			continue
		}
		under := -1 // the depth of the heading the node is under
		if len(heads) > 0 {
			under = heads[len(heads)-1].depth
		}
		if f := tanaFieldRE.FindStringSubmatch(text); f != nil {
			text = f[1] + ": " + f[2]
		}
		lines[i] = strings.Repeat("  ", max(depth-under-1, 0)) + "- " + text
	}
}

// tanaText takes the marks of Tana Paste off a node's text.
func tanaText(s string) string {
	s = tanaDateRE.ReplaceAllString(s, "$1")
	s = tanaTagRE.ReplaceAllString(s, "")
	s = tanaRefRE.ReplaceAllString(s, "$1")
	s = strings.ReplaceAll(s, "^^", "")
	return strings.TrimSpace(s)
}
