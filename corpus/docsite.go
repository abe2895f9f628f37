package corpus

import (
	"regexp"
	"strings"
)

// docsiteLines reads what the Markdown of documentation sites adds, in
// pages that use it: Docusaurus' (see mdxLines), MkDocs' (see mkdocsLines).
func docsiteLines(lines []string) {
	if usesMDX(lines) {
		mdxLines(lines)
	}
	if usesMkDocs(lines) {
		mkdocsLines(lines)
	}
}

// mkdocsLines reads what MkDocs' Material theme and Python-Markdown's
// extensions add to Markdown: an admonition
// ("!!! tip \"No retirement age\"", a collapsible "??? question \"…\""),
// its text indented under it, is a callout; a content tab ("=== \"Prelims\"")
// heads its indented text a level below the heading before it; an
// abbreviation's definition ("*[AG]: Attorney General") is a list entry;
// icons (":material-gavel:"), attribute lists ("{ .annotate }") and
// snippets' includes ("--8<-- \"abbreviations.md\"") show nothing.
func mkdocsLines(lines []string) {
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
		if m := atxHeadingParts(t); m != nil {
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

// mdxLines reads what Docusaurus adds to Markdown (MDX): an admonition
// (":::tip[Prelims pointer]" or ":::tip Prelims pointer" to ":::") is a
// callout; a tab (<TabItem label="PHC / CHC">) heads its text a level
// below the heading before it; the imports and exported components a page
// opens with are code, no text, and a comment ("{/* TODO … */}") is none.
func mdxLines(lines []string) {
	fence := ""
	level := 1
	callout := false
	export := false // inside an exported component, up to its closing line
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if f, ok := fenceAfter(fence, t); ok {
			fence = f
			continue
		}
		if fence != "" {
			continue
		}
		if export && !strings.HasPrefix(t, "#") { // a heading ends a component left open
			lines[i] = ""
			export = t != ")" && t != ");" && t != "}" && t != "};"
			continue
		}
		export = false
		if m := atxHeadingParts(t); m != nil {
			level = len(m[1])
		}
		switch {
		case strings.HasPrefix(t, "import ") && mdxImportRE.MatchString(t):
			lines[i] = ""
		case strings.HasPrefix(t, "export "):
			lines[i] = ""
			export = strings.HasSuffix(t, "(") || strings.HasSuffix(t, "{")
		case callout && t == ":::":
			lines[i], callout = "", false
		case callout:
			lines[i] = strings.TrimRight("> "+t, " ")
		case mdxAdmonitionRE.MatchString(t):
			m := mdxAdmonitionRE.FindStringSubmatch(t)
			lines[i], callout = strings.TrimRight("> [!"+m[1]+"] "+m[2]+m[3], " "), true
		case strings.HasPrefix(t, "<TabItem"):
			if m := tabLabelRE.FindStringSubmatch(t); m != nil {
				lines[i] = strings.Repeat("#", min(level+1, 6)) + " " + m[1]
			}
		case strings.Contains(t, "{/*"):
			lines[i] = strings.TrimRight(mdxCommentRE.ReplaceAllString(l, ""), " ")
		}
	}
}

// usesMDX reports whether Markdown is a Docusaurus page's: it imports a
// component, or opens an admonition with its title.
func usesMDX(lines []string) bool {
	for _, l := range lines {
		if t := strings.TrimSpace(l); strings.HasPrefix(t, "import ") && mdxImportRE.MatchString(t) || strings.HasPrefix(t, ":::") && mdxAdmonitionRE.MatchString(t) && !divFenceRE.MatchString(t) {
			return true
		}
	}
	return false
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
	mdxImportRE     = regexp.MustCompile(`^import\s+(?:[\w{}\s,*]+\s+from\s+)?['"][^'"]+['"];?$`)
	mdxAdmonitionRE = regexp.MustCompile(`^:::(note|tip|info|warning|danger|caution|important|success|secondary)(?:\[([^\]]*)\]|\s+(\S.*))?$`)
	tabLabelRE      = regexp.MustCompile(`\blabel="([^"]+)"`)
	mdxCommentRE    = regexp.MustCompile(`\{/\*.*?\*/\}`)
	admonitionRE    = regexp.MustCompile(`^(?:!!!|\?\?\?\+?)\s+([\w-]+)(?:\s+[\w-]+)*(?:\s+"([^"]*)")?\s*$`)
	contentTabRE    = regexp.MustCompile(`^===\+?\s+"([^"]+)"\s*$`)
	abbreviationRE  = regexp.MustCompile(`^\*\[([^\]]+)\]:\s*(\S.*)$`)
	iconRE          = regexp.MustCompile(`\s?:(?:material|fontawesome|octicons|simple)-[\w-]+:`)
	attrListRE      = regexp.MustCompile(`\s?\{:?\s*(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+))(?:\s+(?:[.#][\w-]+|[\w-]+=(?:"[^"]*"|\S+)))*\s*\}`)
)
