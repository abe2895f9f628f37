package corpus

import (
	"regexp"
	"strings"
)

// A Zim desktop wiki's page (a .txt file of its notebook) is written in
// DokuWiki's markup, under a header ("Content-Type: text/x-zim-wiki",
// "Wiki-Format: zim 0.6", "Creation-Date: …") and over a line of the day
// it was made ("Created Thursday 19 June 2025"), its lists unindented
// ("* entry", "1. entry", "[ ] a task", a tab a level), its tables as
// Markdown's and its verbatim blocks between lines of "'''": these are
// rewritten as DokuWiki's, the header, the day and lines of tags
// ("@gs2 @polity") left out.

// isZim reports whether lines are a Zim page.
func isZim(lines []string) bool {
	return len(lines) > 0 && strings.TrimSpace(strings.TrimPrefix(lines[0], "\ufeff")) == "Content-Type: text/x-zim-wiki"
}

var (
	zimListRE  = regexp.MustCompile(`^(\t*)(?:\*|(\d+|[a-zA-Z])\.|\[[ *x><]\])\s+(.*)$`)
	zimRuleRE  = regexp.MustCompile(`^\|[\s:|-]*-[\s:|-]*\|$`)
	zimMadeRE  = regexp.MustCompile(`^Created (?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday) \d{1,2} \w+ \d{4}$`)
	zimFieldRE = regexp.MustCompile(`^\x{feff}?[A-Z][A-Za-z-]*: `)
)

// zimLines rewrites a Zim page's lines as DokuWiki's, in place.
func zimLines(lines []string) {
	i := 0
	for ; i < len(lines) && zimFieldRE.MatchString(lines[i]); i++ {
		lines[i] = ""
	}
	verbatim, heading := false, false
	for ; i < len(lines); i++ {
		l := lines[i]
		if strings.TrimSpace(l) == "'''" {
			lines[i] = "<code>"
			if verbatim {
				lines[i] = "</code>"
			}
			verbatim = !verbatim
			continue
		}
		if verbatim {
			continue
		}
		switch m := zimListRE.FindStringSubmatch(l); {
		case heading && zimMadeRE.MatchString(strings.TrimSpace(l)), zimTags(l):
			lines[i] = ""
		case m != nil:
			mark := "*"
			if m[2] != "" {
				mark = "-" // numbered
			}
			lines[i] = strings.Repeat("  ", len(m[1])+1) + mark + " " + m[3]
		case zimRuleRE.MatchString(strings.TrimSpace(l)) && i > 0 && strings.HasPrefix(strings.TrimSpace(lines[i-1]), "|"):
			// the row over the rule heads the table, the rows under it
			lines[i-1], lines[i] = "", strings.ReplaceAll(lines[i-1], "|", "^")
		}
		heading = dokuHeadingRE.MatchString(l)
	}
}

// zimTags reports whether l is tags alone: "@gs2 @polity".
func zimTags(l string) bool {
	fields := strings.Fields(l)
	for _, f := range fields {
		if len(f) < 2 || f[0] != '@' {
			return false
		}
	}
	return len(fields) > 0
}
