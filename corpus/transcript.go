package corpus

import (
	"regexp"
	"strings"
)

// A video's transcript copied from YouTube's "Show transcript" panel is a
// time on a line of its own ("0:40", "1:02:10") over each line said, and
// the video's chapters, when it has them, each a line of its own over
// the first time of it. It is read as Markdown, line for line: the line
// copied over it (the video's title) its title, each chapter a section,
// the lines said under it joined into paragraphs of some 600 characters;
// the times and the sounds captioned ("[Music]") are left out.

var (
	transcriptTimeRE  = regexp.MustCompile(`^(?:\d{1,2}:)?\d{1,2}:\d{2}$`)
	transcriptNoiseRE = regexp.MustCompile(`^\[[^\]]*\]$`) // "[Music]", "[Applause]"
)

// transcriptParagraph is how long a paragraph of a transcript grows
// before the next starts.
const transcriptParagraph = 600

// isTranscript reports whether lines are such a transcript: ten times at
// least, each over a line said, and they are most of the lines.
func isTranscript(lines []string) bool {
	times, text := 0, 0
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case t == "":
		case transcriptTimeRE.MatchString(t):
			if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || transcriptTimeRE.MatchString(strings.TrimSpace(lines[i+1])) {
				return false
			}
			times++
		default:
			text++
		}
	}
	return times >= 10 && times*10 >= text*7
}

// transcriptLines rewrites a transcript's lines as Markdown in place.
func transcriptLines(lines []string) {
	first := -1 // the first time's line
	for i, l := range lines {
		if transcriptTimeRE.MatchString(strings.TrimSpace(l)) {
			first = i
			break
		}
	}
	if first < 0 {
		return
	}
	for i, l := range lines[:max(first-1, 0)] {
		if t := strings.TrimSpace(l); t != "" {
			if !strings.HasPrefix(t, "#") {
				lines[i] = "# " + EscapeMarkdown(t) // the video's title, as copied over its transcript
			}
			break
		}
	}
	time := make([]bool, len(lines)+1)
	for i, l := range lines {
		time[i] = transcriptTimeRE.MatchString(strings.TrimSpace(l))
	}
	para, size := -1, 0 // the line the paragraph under way is written on, and its length
	for i := first - 1; i < len(lines); i++ {
		if i < 0 {
			continue
		}
		t := strings.TrimSpace(lines[i])
		switch {
		case time[i], transcriptNoiseRE.MatchString(t):
			lines[i] = ""
		case t == "":
		case time[i+1] && (i == 0 || !time[i-1]):
			// a chapter's title, over its first time
			lines[i] = "## " + EscapeMarkdown(t)
			para = -1
		case para >= 0 && size < transcriptParagraph:
			lines[para] += " " + EscapeMarkdown(t)
			size += len(t) + 1
			lines[i] = ""
		default:
			if para >= 0 {
				lines[i-1] = "" // a blank line before the next paragraph: the time's
			}
			lines[i], para, size = EscapeMarkdown(t), i, len(t)
		}
	}
}
