package corpus

import (
	"regexp"
	"strings"
)

// mkdocsLines reads what MkDocs' Material theme and Python-Markdown's
// extensions add to Markdown, in notes that use them: an admonition
// ("!!! tip \"No retirement age\"", a collapsible "??? question \"…\""),
// its text indented under it, is a callout; a content tab ("=== \"Prelims\"")
// heads its indented text a level below the heading before it; an
// abbreviation's definition ("*[AG]: Attorney General") is a list entry;
// icons (":material-gavel:"), attribute lists ("{ .annotate }") and
// snippets' includes ("--8<-- \"abbreviations.md\"") show nothing.
func mkdocsLines(lines []string) {
	if !usesMkDocs(lines) {
		return
	}
	fence := ""
	level := 1 // of the last heading
	for i := 0; i < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if f, ok := fenceAfter(fence, t); ok {
			fence = f
			continue
		}
		if fence != "" {
			continue
		}
		if m := atxRE.FindStringSubmatch(t); m != nil {
			level = len(m[1])
		}
		indent := lines[i][:len(lines[i])-len(strings.TrimLeft(lines[i], " "))]
		switch {
		case admonitionRE.MatchString(t):
			m := admonitionRE.FindStringSubmatch(t)
			lines[i] = strings.TrimRight(indent+"> [!"+m[1]+"] "+m[2], " ")
			i = indentedBlock(lines, i+1, indent, func(body string) string { return indent + strings.TrimRight("> "+body, " ") })
		case contentTabRE.MatchString(t):
			lines[i] = strings.Repeat("#", min(level+1, 6)) + " " + contentTabRE.FindStringSubmatch(t)[1]
			indentedBlock(lines, i+1, indent, func(body string) string { return indent + body }) // read on: its text may hold admonitions
		case strings.HasPrefix(t, "*[") && abbreviationRE.MatchString(t):
			m := abbreviationRE.FindStringSubmatch(t)
			lines[i] = "- " + m[1] + ": " + m[2]
		case strings.HasPrefix(t, "--8<--"):
			lines[i] = ""
		default:
			if strings.Contains(t, ":") {
				lines[i] = iconRE.ReplaceAllString(lines[i], "")
			}
			if strings.Contains(lines[i], "{") {
				lines[i] = strings.TrimRight(attrListRE.ReplaceAllString(lines[i], ""), " ")
			}
		}
	}
}

// indentedBlock rewrites, with rewrite, the lines from lines[i] on that are
// indented four spaces more than indent, without those four, up to the
// first line that is not, blank lines between them kept as a blank body;
// it returns the index of the last line it rewrote (i-1 for none).
func indentedBlock(lines []string, i int, indent string, rewrite func(body string) string) int {
	inner := indent + "    "
	last := i - 1
	for j := i; j < len(lines); j++ {
		l := lines[j]
		if strings.TrimSpace(l) == "" {
			continue
		}
		if !strings.HasPrefix(l, inner) && !strings.HasPrefix(l, indent+"\t") {
			break
		}
		for k := last + 1; k < j; k++ {
			lines[k] = rewrite("") // a blank line inside the block
		}
		body := strings.TrimPrefix(strings.TrimPrefix(l, inner), indent+"\t")
		lines[j], last = rewrite(iconRE.ReplaceAllString(body, "")), j
	}
	return last
}

// usesMkDocs reports whether the notes hold an admonition or a content tab
// written as MkDocs writes them.
func usesMkDocs(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); (strings.HasPrefix(t, "!!!") || strings.HasPrefix(t, "???") || strings.HasPrefix(t, "===")) &&
			(admonitionRE.MatchString(t) || contentTabRE.MatchString(t)) {
			return true
		}
	}
	return false
}

var (
	admonitionRE   = regexp.MustCompile(`^(?:!!!|\?\?\?\+?)\s+([\w-]+)(?:\s+[\w-]+)*(?:\s+"([^"]*)")?\s*$`)
	contentTabRE   = regexp.MustCompile(`^===\+?\s+"([^"]+)"\s*$`)
	abbreviationRE = regexp.MustCompile(`^\*\[([^\]]+)\]:\s*(\S.*)$`)
	iconRE         = regexp.MustCompile(`\s?:(?:material|fontawesome|octicons|simple)-[\w-]+:`)
	attrListRE     = regexp.MustCompile(`\s?\{:?\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+)))*\s*\}`)
)
