package corpus

import (
	"regexp"
	"strconv"
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

// endsInTime reports whether s ends as a time does (":05"): a test
// cheaper than the patterns, which every line of a text note meets.
func endsInTime(s string) bool {
	n := len(s)
	return n >= 4 && s[n-3] == ':' && isDigit(s[n-2]) && isDigit(s[n-1])
}

func isDigit(b byte) bool { return '0' <= b && b <= '9' }

// isTime reports whether t, trimmed, is a time on a line of its own.
func isTime(t string) bool {
	return len(t) <= 8 && endsInTime(t) && transcriptTimeRE.MatchString(t)
}

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
		case isTime(t):
			if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" || isTime(strings.TrimSpace(lines[i+1])) {
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
		if isTime(strings.TrimSpace(l)) {
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
		time[i] = isTime(strings.TrimSpace(l))
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

// An Otter.ai transcript exported as text is the meeting's title and
// date, Otter's keywords, summary, action items and outline (each topic
// with the time it starts: "NCIIPC vs CERT-In (3:05)"), then each turn
// said: the speaker and the time on a line ("Meera Iyer  3:05"), what
// they said on the next. It is read as Markdown, line for line: the
// meeting's title its title, Otter's parts sections, each turn a
// paragraph led by its speaker's name, and the outline's topics heading
// the turns said from their times on (and their lines of the outline).

var (
	otterTurnRE  = regexp.MustCompile(`^(\S.{0,40}?)  ((?:\d{1,2}:)?\d{1,2}:\d{2})$`)
	otterTopicRE = regexp.MustCompile(`^(\S.*?) \(((?:\d{1,2}:)?\d{1,2}:\d{2})\)$`)
	otterPartRE  = regexp.MustCompile(`^(?:Keywords|Summary|Action Items|Outline|Overview):?$`)
)

// isOtter reports whether lines are such a transcript: five turns at
// least, each over what was said.
func isOtter(lines []string) bool {
	turns := 0
	for i, l := range lines {
		if endsInTime(l) && otterTurnRE.MatchString(l) {
			if i+1 >= len(lines) || strings.TrimSpace(lines[i+1]) == "" {
				return false
			}
			turns++
		}
	}
	return turns >= 5
}

// otterLines rewrites an Otter transcript's lines as Markdown in place.
func otterLines(lines []string) {
	type topic struct {
		title string
		at    int // seconds
	}
	var topics []topic
	for i, l := range lines {
		t := strings.TrimSpace(l)
		switch {
		case i == 0 && t != "" && !strings.HasPrefix(t, "#"):
			lines[i] = "# " + EscapeMarkdown(t)
		case otterPartRE.MatchString(t):
			lines[i] = "## " + strings.TrimSuffix(t, ":") // Otter's "Keywords:", "Summary", "Action Items", "Outline"
		case otterTopicRE.MatchString(t):
			m := otterTopicRE.FindStringSubmatch(t)
			topics = append(topics, topic{m[1], clockSeconds(m[2])})
			lines[i] = "### " + EscapeMarkdown(m[1]) // the outline's topic, its time taken off
		case strings.HasPrefix(t, "Transcribed by ") && strings.Contains(t, "otter.ai"):
			lines[i] = ""
		}
	}
	next := 0     // the next topic to head the turns
	asked := -1   // the line of the turn before, when it asks a question
	askedBy := "" // who asked it
	for i := 0; i+1 < len(lines); i++ {
		m := otterTurnRE.FindStringSubmatch(lines[i])
		if m == nil {
			continue
		}
		lines[i] = ""
		if next < len(topics) && clockSeconds(m[2]) >= topics[next].at {
			lines[i] = "## " + EscapeMarkdown(topics[next].title)
			asked = -1
			for next < len(topics) && clockSeconds(m[2]) >= topics[next].at {
				next++
			}
		}
		said := EscapeMarkdown(m[1]) + ": " + strings.TrimSpace(lines[i+1])
		if asked >= 0 && askedBy != m[1] {
			lines[asked] += " " + said // a question keeps its answer
			lines[i+1], asked = "", -1
		} else {
			lines[i+1] = said
			asked, askedBy = -1, m[1]
			if strings.HasSuffix(said, "?") {
				asked = i + 1
			}
		}
		i++
	}
}

// clockSeconds is a time as a transcript writes it ("1:02:10", "3:05")
// in seconds.
func clockSeconds(s string) int {
	n := 0
	for _, part := range strings.Split(s, ":") {
		v, _ := strconv.Atoi(part)
		n = n*60 + v
	}
	return n
}

// A meeting's transcript saved as a document (Google Meet's in Drive)
// marks every few minutes with the time alone on a line ("00:03:47") over
// the turns said from then on. timeHeads makes each such time a heading
// one level under the heading over the first of them, so the turns under
// it are cited by it: three times at least, in order, each over a line
// said.
func timeHeads(lines []string) {
	var at []int
	last := -1 // the seconds of the last time
	for i, l := range lines {
		t := strings.TrimSpace(l)
		if !isTime(t) {
			continue
		}
		s := clockSeconds(t)
		next := i + 1
		for next < len(lines) && strings.TrimSpace(lines[next]) == "" {
			next++
		}
		if s <= last || next == len(lines) || isTime(strings.TrimSpace(lines[next])) {
			return
		}
		at, last = append(at, i), s
	}
	if len(at) < 3 {
		return
	}
	level := 2
	for i := at[0] - 1; i >= 0; i-- {
		if m := atxHeadingParts(strings.TrimSpace(lines[i])); m != nil && strings.HasPrefix(lines[i], "#") {
			level = min(len(m[1])+1, 6)
			break
		}
	}
	for _, i := range at {
		lines[i] = strings.Repeat("#", level) + " " + strings.TrimSpace(lines[i])
	}
}
