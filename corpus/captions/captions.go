// Package captions reads a recorded lecture's transcript saved as
// captions: WebVTT (.vtt, as YouTube, Zoom and Teams give them), SubRip
// (.srt), SubViewer (.sbv, as YouTube downloads them), SubStation Alpha
// (.ass, .ssa, as Aegisub writes them) or TTML (.ttml, .dfxp, or .xml).
//
// The cues' text is joined into paragraphs, a new one where the speaker
// changes, after a pause, or when one has grown to a few sentences; each
// paragraph is a section named by the time it starts ("12:30"), and an
// answer cites the moment of the lecture to play: the time of the cue in
// the paragraph where the question's words are said. A chapter marked in
// a note, or a slide a cue shows ("[SLIDE: SHORE VS GRANT]"), heads the
// paragraphs after it. Timings, cue numbers,
// styling tags, notes and the lines auto-captions repeat from the cue
// before are left out. The document is titled by the file's name, or by
// the title a WebVTT header gives ("WEBVTT - Federalism, lecture 3").
//
// Importing it registers the format with corpus:
//
//	import _ "github.com/conceptbot/conceptbot/corpus/captions"
package captions

import (
	"bytes"
	"errors"
	"fmt"
	"html"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

func init() {
	corpus.RegisterFormat(corpus.Format{
		Name:       "captions",
		Extensions: []string{".vtt", ".srt", ".sbv", ".ass", ".ssa", ".ttml", ".dfxp"},
		Magic:      IsWebVTT,
		Convert:    Convert,
	})
	corpus.RegisterFormat(corpus.Format{
		Name:       "TTML captions",
		Extensions: []string{".xml"},
		ByContent:  true,
		Magic: func(data []byte) bool {
			return bytes.Contains(data[:min(len(data), 4<<10)], []byte("http://www.w3.org/ns/ttml"))
		},
		Convert: Convert,
	})
}

// Limits and shapes of a paragraph.
const (
	maxCues = 200_000
	// A paragraph ends at a sentence's end once it is this long…
	paragraphChars = 600
	// …and, sentence or not, at this length or after a pause this long.
	maxParagraphChars = 1_000
	pauseSeconds      = 4.0
)

var (
	timingRE = regexp.MustCompile(`^\s*(\d+:)?(\d{1,2}):(\d{2})[.,](\d{1,3})\s+-->\s+(\d+:)?(\d{1,2}):(\d{2})[.,](\d{1,3})`)
	voiceRE  = regexp.MustCompile(`<v(?:\.[\w.-]+)?\s+([^>]+)>`)
	tagRE    = regexp.MustCompile(`</?[a-zA-Z][^>]*>|<\d+:\d{2}[:.\d]*>|\{\\[^{}]*\}`) // and an SRT's override ("{\an8}", set at the top)
	// A speaker named at the start of a line: "Asha Rao:", "TEACHER:",
	// "Ravi Kumar (Faculty):".
	speakerRE = regexp.MustCompile(`^(?:>>\s*)?((?:[A-Z][\w.'-]*(?: [A-Z][\w.'-]*){0,3}|[A-Z]{2,}(?: [A-Z]+)?)(?: \([^()]{1,30}\))?):\s+(\S.*)$`)
	// a speaker's label in brackets, as WhisperX writes it: "[SPEAKER_00]:"
	labelRE = regexp.MustCompile(`^\[([A-Za-z][\w .'-]{0,30})\]:\s+(\S.*)$`)
	// a chapter marked in a note: "NOTE Chapter 3: Seismic waves (P, S and
	// L waves) (03:50)", its time left out
	chapterRE = regexp.MustCompile(`^NOTE\s+((?:Chapter|Part|Section|Topic)\s+\d{1,2}\s*[:.\-–]\s*\S.*?)(?:\s*\(\d{1,2}:\d{2}(?::\d{2})?\))?$`)
	bracketRE = regexp.MustCompile(`^\[[^\]]*\]$|^\([^)]*\)$|^♪+$`)
	// slideRE matches a cue that is the slide on screen, in brackets: "[SLIDE:
	// PERMANENT SETTLEMENT - WHAT IS IT?]", its line wrapped or not.
	slideRE = regexp.MustCompile(`(?i)^\[(?:(?:slide|chapter|topic|section)\s*\d{0,2}|on[ -]?screen(?: text)?|title card|(?:white|black)?board)\s*[:.\-–]\s*(\S[^\]]*?)\s*\]$`)
)

// IsWebVTT reports whether data starts as a WebVTT file does.
func IsWebVTT(data []byte) bool {
	data = bytes.TrimPrefix(data, []byte("\ufeff"))
	return bytes.HasPrefix(data, []byte("WEBVTT")) && (len(data) == 6 || data[6] == ' ' || data[6] == '\t' || data[6] == '\n' || data[6] == '\r')
}

// cue is one caption: when it starts and ends (in seconds), who speaks,
// its text and the line of the file its text is on.
type cue struct {
	start   float64
	end     float64
	speaker string
	text    string
	line    int
	chapter string // the chapter a NOTE before it opens ("Chapter 3: Seismic waves"), "" for none
}

// Convert writes a transcript as Markdown: a section a paragraph.
func Convert(data []byte) (corpus.Converted, error) {
	if !utf8.Valid(data) {
		return corpus.Converted{}, errors.New("not UTF-8 text: save the captions as UTF-8")
	}
	lines := strings.Split(strings.ReplaceAll(string(bytes.TrimPrefix(data, []byte("\ufeff"))), "\r\n", "\n"), "\n")
	var v vtt
	var err error
	switch {
	case isTTML(data):
		v, err = fromTTML(data)
	case isASS(data):
		v, err = fromASS(lines)
	case isSBV(lines):
		v = fromSBV(lines)
	default:
		v.lines = lines
		if h, ok := strings.CutPrefix(lines[0], "WEBVTT"); ok {
			v.title = strings.TrimSpace(strings.TrimLeft(h, " \t-–:"))
		}
	}
	if err != nil {
		return corpus.Converted{}, err
	}
	title := v.title
	cues, err := read(v.lines)
	if err != nil {
		return corpus.Converted{}, err
	}
	if v.at != nil {
		for i := range cues {
			cues[i].line = v.at[min(cues[i].line, len(v.at))-1]
		}
	}
	if len(cues) == 0 {
		return corpus.Converted{}, errors.New("captions with no text: no cue has any")
	}
	w := writer{moments: map[int][]corpus.Moment{}}
	if title != "" {
		w.put("# "+corpus.EscapeMarkdown(title), 1)
		w.put("", 1)
	}
	w.paragraphs(cues)
	return corpus.Converted{Text: []byte(strings.Join(w.out, "\n")), Markdown: true, Origin: w.origin, Unit: "line", TitledByName: title == "", Moments: w.moments}, nil
}

// read returns the cues of a WebVTT or SubRip file, each one's text on a
// line, the lines auto-captions repeat from the cue before left out.
func read(lines []string) ([]cue, error) {
	var cues []cue
	var last string // the last line of text kept
	speaker := ""
	// "Name: text" names a speaker when the name leads two lines at least
	// (not "Today: the Lokpal").
	labels := map[string]int{}
	for _, l := range lines {
		if s := speakerLine(strings.TrimSpace(html.UnescapeString(l))); s != nil {
			labels[s[1]]++
		}
	}
	chapter := ""
	var listed []listedChapter // a note's list of chapters: "NOTE Chapters", "07:54 News round-up 2024-25"
	for i := 0; i < len(lines); i++ {
		var m []string
		if strings.Contains(lines[i], "-->") {
			m = timingRE.FindStringSubmatch(lines[i])
		}
		if m == nil {
			if block := strings.TrimSpace(lines[i]); strings.HasPrefix(block, "NOTE") || block == "STYLE" || block == "REGION" {
				if c := chapterRE.FindStringSubmatch(block); c != nil {
					chapter = c[1]
				}
				for i+1 < len(lines) && strings.TrimSpace(lines[i+1]) != "" {
					i++
					if c := listedChapterRE.FindStringSubmatch(strings.TrimSpace(lines[i])); c != nil {
						listed = append(listed, listedChapter{seconds([]string{c[1], c[2], c[3], "000"}), c[4]})
					}
				}
			}
			continue
		}
		if len(cues) >= maxCues {
			return nil, fmt.Errorf("captions too long: more than %d cues", maxCues)
		}
		c := cue{start: seconds(m[1:5]), end: seconds(m[5:9]), line: i + 2}
		if title, end := slide(lines, i+1); title != "" {
			chapter, i = title, end // the slide names what is said under it
			continue
		}
		var text []string
		// A cue ends at an empty line (auto-captions put lines of a space in one).
		for i+1 < len(lines) && lines[i+1] != "" && !(strings.Contains(lines[i+1], "-->") && timingRE.MatchString(lines[i+1])) {
			i++
			l := lines[i]
			if v := voiceRE.FindStringSubmatch(l); v != nil {
				speaker = strings.TrimSpace(v[1])
			}
			l = strings.Join(strings.Fields(html.UnescapeString(tagRE.ReplaceAllString(l, ""))), " ")
			if s := speakerLine(l); s != nil && labels[s[1]] > 1 {
				speaker, l = s[1], s[2]
			}
			if l == "" || l == last || bracketRE.MatchString(l) {
				continue
			}
			text = append(text, l)
			last = l
		}
		if len(text) > 0 {
			c.speaker, c.text, c.chapter = speaker, strings.Join(text, " "), chapter
			cues = append(cues, c)
			chapter = ""
		}
	}
	if len(listed) >= 2 {
		// Each listed chapter opens at the first cue said at its time or after.
		k := 0
		for _, ch := range listed {
			for k < len(cues) && cues[k].start < ch.start {
				k++
			}
			if k < len(cues) && cues[k].chapter == "" {
				cues[k].chapter = ch.title
			}
		}
	}
	return cues, nil
}

// listedChapter is a chapter a note lists: when it starts and its title.
type listedChapter struct {
	start float64
	title string
}

// listedChapterRE matches a chapter in a note's list of them, as show
// notes and video descriptions write them: "07:54 News round-up 2024-25",
// "1:02:10 Q&A".
var listedChapterRE = regexp.MustCompile(`^(?:(\d{1,2}):)?(\d{1,2}):(\d{2})\s+(\S.*)$`)

// slide returns the title of the slide a cue whose text starts at
// lines[i] shows ("[SLIDE: BACKGROUND - FROM DIWANI TO DECENNIAL]"), and
// the index of the cue's last line; "" when the cue shows none.
func slide(lines []string, i int) (string, int) {
	if i >= len(lines) || !strings.HasPrefix(strings.TrimSpace(tagRE.ReplaceAllString(lines[i], "")), "[") {
		return "", 0
	}
	var text []string
	j := i
	for ; j < len(lines) && strings.TrimSpace(lines[j]) != "" && len(text) < maxSlideLines; j++ {
		text = append(text, strings.TrimSpace(tagRE.ReplaceAllString(lines[j], "")))
	}
	if m := slideRE.FindStringSubmatch(strings.Join(text, " ")); m != nil {
		return m[1], j - 1
	}
	return "", 0
}

// maxSlideLines bounds the lines of a slide's cue.
const maxSlideLines = 3

// speakerLine matches speakerRE on a line that may name a speaker.
func speakerLine(l string) []string {
	if !strings.Contains(l, ": ") {
		return nil
	}
	if m := labelRE.FindStringSubmatch(l); m != nil {
		return m
	}
	return speakerRE.FindStringSubmatch(l)
}

// seconds is a time of a timing line: its hours (with the colon, or ""),
// minutes, seconds and milliseconds.
func seconds(m []string) float64 {
	h, _ := strconv.Atoi(strings.TrimSuffix(m[0], ":"))
	mm, _ := strconv.Atoi(m[1])
	s, _ := strconv.Atoi(m[2])
	ms, _ := strconv.Atoi((m[3] + "00")[:3])
	return float64(h*3600+mm*60+s) + float64(ms)/1000
}

// writer writes the Markdown lines of a transcript.
type writer struct {
	out     []string
	origin  []int
	moments map[int][]corpus.Moment
}

func (w *writer) put(line string, at int) {
	w.out = append(w.out, line)
	w.origin = append(w.origin, at)
}

// paragraphs joins cues into paragraphs, each under a heading of the time
// it starts, a speaker's name leading what they say when there are
// several.
func (w *writer) paragraphs(cues []cue) {
	speakers := map[string]bool{}
	for _, c := range cues {
		speakers[c.speaker] = true
	}
	var para strings.Builder
	var first cue
	var said []corpus.Moment // the paragraph's cues
	timeHeading := "## "     // "### " under a topic the teacher announced
	flush := func() {
		if para.Len() == 0 {
			return
		}
		w.put(timeHeading+corpus.Clock(int(first.start)), first.line)
		w.moments[len(w.out)+1] = said
		said = nil
		text := para.String()
		if len(speakers) > 1 && first.speaker != "" {
			text = first.speaker + ": " + text
		}
		w.put(corpus.EscapeMarkdown(text), first.line)
		w.put("", first.line)
		para.Reset()
	}
	bare := unpunctuated(cues)
	topics := make([]string, len(cues))
	parts := make([]int, len(cues))
	for i, c := range cues {
		if c.chapter == "" {
			topics[i], parts[i] = announced(c.text, bare)
		}
	}
	topicHeading := "## " // "### " in a chapter
	part := 0             // the number of the part under way, announced by it ("part two, …")
	for i, c := range cues {
		if c.chapter != "" {
			// The chapter names what its first cue announces.
			flush()
			w.put("## "+corpus.EscapeMarkdown(c.chapter), c.line)
			w.put("", c.line)
			topicHeading, timeHeading, part = "### ", "### ", 0
		} else if topic := topics[i]; topic != "" {
			flush()
			level := topicHeading
			if parts[i] > 0 {
				part = parts[i]
			} else if part > 0 && (!bare || followsOn(part, parts[i+1:], cues[i+1:])) {
				// "now prelims trap" in "part two, the Nagoya Protocol": a
				// topic of the part. In auto-captions, only when the next
				// part comes on: "now Basel two" after "second point
				// Basel one" and no more is the next part.
				level = "#" + topicHeading
			}
			w.put(level+corpus.EscapeMarkdown(topic), c.line)
			w.put("", c.line)
			timeHeading = "#" + level
		}
		if para.Len() > 0 {
			prev := cues[i-1]
			long := para.Len() >= paragraphChars && (bare || sentenceEnd(para.String()))
			// A question keeps its answer, whoever gives it.
			asked := c.speaker != prev.speaker && strings.HasSuffix(prev.text, "?") && para.Len() < paragraphChars/2
			if c.speaker != prev.speaker && !asked || c.start-prev.end > pauseSeconds || long || para.Len() >= maxParagraphChars {
				flush()
			}
		}
		if para.Len() == 0 {
			first = c
		} else {
			para.WriteByte(' ')
		}
		if c.speaker != first.speaker && c.speaker != "" {
			para.WriteString(c.speaker + ": ")
		}
		para.WriteString(c.text)
		said = append(said, corpus.Moment{Text: c.text, Start: int(c.start)})
	}
	flush()
}

// followsOn reports whether the next part that cues announce by its
// number (parts has their numbers) before any chapter is the one after
// part, or the last.
func followsOn(part int, parts []int, cues []cue) bool {
	for i, n := range parts {
		switch {
		case cues[i].chapter != "":
			return false
		case n > 0:
			return n == part+1 || n == lastPart
		}
	}
	return false
}

// unpunctuated reports whether cues are auto-captions, which write no
// sentence's end nor comma: fewer than one cue in ten has one.
func unpunctuated(cues []cue) bool {
	marked := 0
	for _, c := range cues {
		if strings.ContainsAny(c.text, ".,;?!") {
			marked++
		}
	}
	return marked*10 < len(cues)
}

// announced returns the topic a teacher's cue announces, or "": "point
// number two the causes of the Hul", "second point Basel one", "now let's
// come to the composition.", "now the shadow zone, a prelims favourite" (a
// short phrase, ended, after "now"), not "now the Constitution does not fix
// the term of a member." In auto-captions (bare), which end no phrase, a
// cue that is only a few words after "now", "next" or "ab" announces
// them: "now Basel two", "next PCA prompt corrective action". It returns
// too the number of a part the cue announces by it ("part two, …"; the
// last part is lastPart), 0 for none.
func announced(text string, bare bool) (topic string, part int) {
	plain := false
	m := numberedTopicRE.FindStringSubmatch(text)
	for _, at := range sentenceStartRE.FindAllStringIndex(text, -1) {
		if m != nil || bare {
			break
		}
		m = numberedTopicRE.FindStringSubmatch(text[at[1]:]) // "Nice. Agenda item five, what happened to Dyer."
	}
	if m != nil {
		topic, part = cutTopic(m[2]+m[4], false), partNumber(strings.ToLower(m[1]+m[3])) // "part one what is antimicrobial resistance": a question may name it
		if bare {
			topic = bareTopic(topic) // "part three vihara vihara is simply the"
		}
	} else if m := bareTopicRE.FindStringSubmatch(text); bare && m != nil {
		topic, plain = m[1], true
	} else if m := namedTopicRE.FindStringSubmatch(text); m != nil {
		topic = cutTopic(m[1], false)
	} else if m := nowTopicRE.FindStringSubmatch(text); m != nil && strings.ContainsAny(m[1], ",.;:?!") {
		topic, plain = cutTopic(m[1], true), true
	}
	most := maxTopic
	if plain {
		most = maxPlainTopic
	}
	ws := strings.Fields(topic)
	if part > 0 && len(ws) > most {
		if before, _, ok := strings.Cut(topic, ","); ok {
			topic = before // "topic three: the Prayag assembly, the Mahamoksha Parishad, the great assembly of deliverance"
			ws = strings.Fields(topic)
		}
	}
	if len(ws) == 0 || len(ws) > most || part == 0 && notTopic[strings.ToLower(ws[0])] || bare && dangling[strings.ToLower(ws[len(ws)-1])] && !askedOf(ws) ||
		plain && !bare && slices.ContainsFunc(ws[1:], func(w string) bool { return clauseStarts[strings.ToLower(w)] }) {
		return "", 0 // nor "jet streams part two the", a rolling cue cut mid-sentence
	}
	if k := corpus.HeadingKind(topic); plain && placeWords[strings.ToLower(ws[0])] && (k == "" || k == corpus.KindSection) {
		return "", 0 // "now in Sahibganj district, …", not "now in the news, …"
	}
	return topic, part
}

// lastPart is the number of the part announced as the last.
const lastPart = 1 << 10

// partNumber is the number of a part announced as "part two", "part 2",
// "third topic" or "last point".
func partNumber(w string) int {
	if n := corpus.NumberValue(w); n > 0 {
		return n
	}
	return partNumbers[w]
}

var partNumbers = map[string]int{"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
	"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "last": lastPart}

// bareTopic is the topic that an auto-caption's cue announcing a part by
// its number runs on from into the talk: up to a word that starts a
// clause, a word said twice said once ("vihara vihara is simply the" is
// "vihara").
func bareTopic(topic string) string {
	ws := strings.Fields(topic)
	for i := 1; i < len(ws) && !askWords[strings.ToLower(ws[0])]; i++ { // "what is antimicrobial resistance" asks it
		if clauseStarts[strings.ToLower(ws[i])] {
			ws = ws[:i]
			break
		}
	}
	for i := 1; i < len(ws); i++ {
		if strings.EqualFold(ws[i], ws[i-1]) {
			ws = ws[:i]
			break
		}
	}
	return strings.Join(ws, " ")
}

// askWords open a topic that asks what it is.
var askWords = map[string]bool{"what": true, "why": true, "how": true, "who": true, "when": true, "where": true, "which": true}

// clauseStarts are the words a clause about a topic goes on with.
var clauseStarts = map[string]bool{"is": true, "are": true, "was": true, "were": true, "means": true, "has": true, "have": true, "had": true,
	"can": true, "will": true, "simply": true, "basically": true, "so": true}

// The most words of a topic announced, of one announced by "now" alone,
// and of an aside before a topic's colon ("the big one:").
const (
	maxTopic      = 8
	maxPlainTopic = 5
	maxAside      = 3
)

// cutTopic is the topic at the start of the rest of a cue: up to a
// sentence's end (past the colon after a short aside: "the big one: the
// Varma case"; not at a number's point, "gst 2.0 and the new slabs"), or
// any comma when plain, or else a comma before a new clause ("results,
// and this is where …", not "background, the damin-i-koh").
func cutTopic(rest string, plain bool) string {
	end := len(rest)
	if stop := topicStopRE.FindStringIndex(rest); stop != nil {
		i := stop[0]
		end = i
		if rest[i] == ':' && !plain && len(strings.Fields(rest[:i])) <= maxAside {
			// "the big one: the Justice Varma case": an aside, then the topic
			to := len(rest)
			if j := strings.IndexAny(rest[i+1:], ".;?!"); j >= 0 {
				to = i + 1 + j
			}
			if len(strings.Fields(rest[:to])) <= maxTopic {
				end = to
			}
		}
	}
	if plain {
		if m := commaRE.FindStringIndex(rest[:end]); m != nil {
			end = m[0]
		}
	} else if m := clauseRE.FindStringIndex(rest[:end]); m != nil {
		end = m[0]
	}
	return strings.TrimSpace(strings.Trim(strings.TrimSpace(rest[:end]), ",-–"))
}

var (
	// "point number one background", "topic 2, the Kol uprising"
	numberedTopicRE = regexp.MustCompile(`(?i)^(?:(?:okay|ok|so|and|now|right|moving on)[,.]?\s+)*(?:(?:point|topic|part|slide|(?:agenda\s+)?item)\s+(?:number\s+|no\.?\s+)?(one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})[,:.]?\s+(.+)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last)\s+(?:point|topic|part|slide|(?:agenda\s+)?item)[,:.]?\s+(.+))$`)
	// auto-captions' "now Basel two", "chalo ab doubt session"
	bareTopicRE = regexp.MustCompile(`(?i)^(?:(?:okay|ok|so|and|right|alright|chalo)\s+)*(?:now|next|ab)\s+(\S+(?:\s+\S+){0,4})$`)
	// "now let's come to …", "now the main topic of today, …", "so first,
	// let's start with …"
	namedTopicRE = regexp.MustCompile(`(?i)^(?:(?:okay|ok|so|and|right|alright)[,.]?\s+)*(?:(?:now|next)[,.]?\s+(?:let'?s\s+(?:come|move|go|turn)\s+(?:on\s+)?to|let'?s\s+(?:talk|discuss)\s+about|coming\s+to|moving\s+on\s+to|quickly|the\s+(?:main\s+topic|heart\s+of\s+the\s+topic|most\s+important\s+part|last\s+part|next\s+part|next\s+topic)(?:\s+of\s+today)?,)|first,?\s+let'?s\s+start\s+with)\s+(.+)$`)
	// "now the shadow zone, …", "Now boundaries."
	nowTopicRE = regexp.MustCompile(`(?i)^(?:(?:okay|ok|so|and|right|alright)[,.]?\s+)*(?:now|next)[,.]?\s+(.+)$`)
	// where a sentence starts after another in a cue
	sentenceStartRE = regexp.MustCompile(`[.?!]\s+`)
	// a comma, but for one in a number ("11,098")
	commaRE = regexp.MustCompile(`,(?:\D|$)`)
	// a sentence's or a clause's stop, but for a number's point ("2.0")
	topicStopRE = regexp.MustCompile(`[;:?!]|\.(?:\D|$)`)
	// a comma before a clause of its own: ", and this is where …"
	clauseRE = regexp.MustCompile(`(?i),\s*(?:and|but|this|that|which|so|because|very|it|we|you|i|pause|please|write|remember|don't|how|what|why|when|where|who)\b`)
)

// notTopic are words a phrase after "now" starts with that make it a
// sentence, not a topic: "now we have …", "now what is …".
var notTopic = map[string]bool{"i": true, "we": true, "you": true, "it": true, "this": true, "that": true, "there": true, "if": true, "what": true,
	"when": true, "why": true, "how": true, "he": true, "she": true, "they": true, "is": true, "was": true, "see": true, "look": true, "let's": true,
	"lets": true, "remember": true, "note": true, "understand": true, "coming": true,
	"someone": true, "someone's": true, "somebody": true, "anyone": true, "everyone": true, "people": true, // "now someone's asking in chat, …"
	"class": true, "lecture": true, "video": true, "session": true, "time": true, // "next class is on Birsa"
	"ye": true, "yeh": true, "hum": true, "aap": true, "dekho": true, "samjho": true, "agar": true, "jab": true, "to": true, "kya": true} // Hinglish: "ab dekho …"

// dangling are words that end no topic: a cue of auto-captions that ends
// with one breaks off a sentence.
var dangling = map[string]bool{"the": true, "a": true, "an": true, "of": true, "to": true, "and": true, "or": true, "in": true, "on": true,
	"at": true, "for": true, "with": true, "from": true, "by": true, "is": true, "are": true, "was": true, "what": true, "which": true,
	"that": true, "once": true, "when": true, "where": true, "who": true, "but": true, "so": true, "ki": true, "ka": true, "ke": true}

// placeWords start a phrase of place or time, no topic but a part of the
// notes' kind ("in the news").
var placeWords = map[string]bool{"in": true, "at": true, "on": true, "from": true, "after": true, "before": true, "during": true, "by": true,
	"within": true, "under": true, "between": true, "across": true}

// askedOf reports whether a topic's words ask a question that ends in its
// preposition, as a question may: "where did the idea come from".
func askedOf(ws []string) bool {
	return len(ws) >= 3 && askWords[strings.ToLower(ws[0])] && prepositions[strings.ToLower(ws[len(ws)-1])]
}

var prepositions = map[string]bool{"of": true, "to": true, "in": true, "on": true, "at": true, "for": true, "with": true, "from": true, "by": true}

// sentenceEnd reports whether s ends a sentence.
func sentenceEnd(s string) bool {
	s = strings.TrimRight(s, `"')”’`)
	return strings.HasSuffix(s, ".") || strings.HasSuffix(s, "?") || strings.HasSuffix(s, "!")
}
