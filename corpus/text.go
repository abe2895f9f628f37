package corpus

import (
	"bytes"
	"maps"
	"path/filepath"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"
)

// Text documents come in two shapes, read by the same rules.
//
// A concept page saved from the web as text (see corpus/seed/):
//
//	5 minOther                        reading time glued to the category
//	Other
//	Title
//	What is Title?                    the definition
//	Historical Background
//	Key Points
//	13 points                         a count: page furniture, not content
//	  • 1.                            a numbered item; its text follows
//	Visual Insights                   a mind map: title, caption, hub, "• node" lines
//	Recent Developments               one paragraph a development, "In 2026, …"
//	Frequently Asked Questions
//	1. Question?                      then the answer; "Exam Tip" then the tip
//	Source Topic / UPSC Relevance
//	Title: Key Aspects                a closing mind map, and its Connections
//	Connections                       "HubJoint R&D": items glued to the hub name
//	+1 more
//
// Plain notes as students type them:
//
//	ADITYA-L1 - INDIA'S FIRST SOLAR MISSION     the first line is the title, kept as written
//	(Science & Tech notes, Space section)       a line right under it is its subtitle (or after a
//	                                            blank line, when a heading follows it)
//	Category: Science                           metadata before the first section
//	Syllabus: GS Paper III – Space              before it too, a passage of its own, not the definition
//	1. Introduction                             a numbered heading ("2)", "II.", "1A." after "1." too;
//	                                            "1. What is X?" when text, not a question, follows)
//	- Aditya-L1 is India's first …              a bullet ("*", "•", "–", "->", "a)", "i." too): a passage
//	COST CONCEPTS (VERY IMP)                    an upper-case line: a heading
//	A2+FL:                                      a short line ending in ":": a subheading
//	Payloads                                    a line underlined with "===" or "---" (under "===" headings, "---" is a subheading)
//	=======
//	Grey - from natural gas.                    lines that each end a sentence, two or more from a
//	Green - from water.                         blank line or heading: entries of a list, one a
//	  Stage I: electrolysers.                   line (indented deeper: nested under the one before)
//	Q: Why L1?  /  A: Because …                 a FAQ ("Question:"/"Answer:", "Mains Q:" too)
//	Exam tip: …                                 an exam tip
//	Dec 2023: SUIT captured …                   under an updates-like heading, a development of 2023
//	[Jan 2024] Halo orbit …                     ("(2024)", "2024 -" too), one a line
//
// A heading is recognised by name first (Key Points, Recent devts, Q&A…, see
// headingKinds), then by shape: numbered, upper case, underlined, a short
// line ending in ":" (one level below the others, unless the first heading
// is one or it names another kind of part than the section it is in), or
// a short title-case line standing alone between blank lines. Headings are
// cited as written, without their numbers and closing colons; upper case
// stays upper case. A heading of emoji alone ("📌:") is no name: as a
// subheading its text continues the section above, at the top it is named
// by the first words of its first line.

var (
	readingTimeRE = regexp.MustCompile(`^(\d+)\s*min(?:s|utes?)?(?:\s*read)?\s*(.*)$`)
	// categoryTimeRE is the category before the reading time: "Polity &
	// Governance | 8 min read".
	categoryTimeRE = regexp.MustCompile(`^(\S.{0,60}?)\s+[|·•]\s+(\d+)\s*min(?:s|utes?)?(?:\s*read)?$`)
	// updatedRE is the date a page says it was last updated or published.
	updatedRE = regexp.MustCompile(`(?i)^(?:last\s+)?(?:updated|modified|published|posted)(?:\s+on)?\s*:?\s*\S.{0,40}$`)
	// byRE is an article's author: "By Team GS Compass", "by Anjali".
	byRE    = regexp.MustCompile(`^(?i:by)\s+\S+(?:\s+\S+){0,4}$`)
	countRE = regexp.MustCompile(`(?i)^\d+\s+(points?|developments?|updates?|topics?|questions?|faqs?|items?|tips?|connections?)$`)
	moreRE  = regexp.MustCompile(`(?i)^\+\s*\d+\s+more$`)
	// promoRE is a channel's plug between its posts: "Join @PolityPathshala
	// 📌", "Follow us on t.me/…", "Subscribe to our channel".
	promoRE      = regexp.MustCompile(`(?i)^(?:join|follow|subscribe(?:\s+to)?)\s+(?:us\b|our\b|the\s+channel\b|@\w+|(?:https?://)?t\.me/)`)
	numberRE     = regexp.MustCompile(`^\d+$`)
	markerRE     = regexp.MustCompile(`^[•·▪◦*-]\s*(\d+)[.)]?$`)
	faqRE        = regexp.MustCompile(`^(\d+)[.)]\s+(\S.*)$`)
	numHeadingRE = regexp.MustCompile(`^(\d{1,2}|[IVX]{1,5})[.)]\s+(\S.*)$`)
	letterNumRE  = regexp.MustCompile(`^(\d{1,2})[A-Z][.)]\s+(\S.*)$`)
	subHeadingRE = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$`)
	// addressedRE matches a sentence that speaks to its reader, which no
	// heading does: "After studying this chapter, you should be able to:".
	addressedRE = regexp.MustCompile(`(?i)(?:^|\s)(?:you|we)\s`)
	// chapterRE matches a title that numbers a chapter and names nothing.
	chapterRE = regexp.MustCompile(`(?i)^(?:chapter|unit|lesson|module)\s+(?:\d{1,3}|[ivxl]{1,6})\.?$`)
	// deepHeadingRE matches a heading numbered three deep: "4.2.1 Revenue Deficit".
	deepHeadingRE = regexp.MustCompile(`^(\d{1,2})\.(\d{1,2})\.(\d{1,2})\.?\s+(\S.*)$`)
	questionRE    = regexp.MustCompile(questionMark + `\d{0,3}\s*(?:\([^()]{0,20}[a-zA-Z]{4}[^()]{0,20}\)\s*)?(?::|[.)]\s|\s-\s)\s*(\S.*)$`) // "Mains Q (practice): …" too, not the answer of "Q5 (a): …"
	answerRE      = regexp.MustCompile(`(?i)^(?:(?:a|ans|answer)\s*\d{0,3}\s*(?::|[.)]\s|\s[-–]\s)|(?:ans|answer)[-–]\s)\s*(.*)$`)
	examTipRE     = regexp.MustCompile(`(?i)^(?:\*\*|__)?exam[ -]?tips?\s*(?:\([^()]*\))?\s*(?:\*\*|__)?\s*[:.\-–]\s*(?:\*\*|__)?\s*(.*)$`)
	metaRE        = regexp.MustCompile(`(?i)^(category|tags?|reading time)\s*:\s*(.+)$`)
	// revisedRE: "last revised: 14 Sept 2025", "(Updated up to September
	// 2025 | For enrolled students only)", "last edited 3 Aug 2025 --
	// REVISE B4 MOCK 4 !!": a date first after the word.
	revisedRE   = regexp.MustCompile(`(?i)^\(?\s*((?:last\s+)?(?:revised|updated|modified|edited)(?:\s+(?:on|up\s*to|till))?\s*[:\-–]?\s*(?:\d|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b).*?)\)?$`)
	underlineRE = regexp.MustCompile(`^(?:=+|-+|~+|\*+|\^+|#+|_+)$`)
	// appLabels are the lines an app copies over notes: WhatsApp's on a
	// message passed on, the Kindle app's over a book's highlights.
	appLabels = map[string]bool{"Forwarded": true, "Forwarded many times": true, "Notebook": true, "Notebook Export": true}
	// clippedRE matches the line an e-paper's clip opens with: where it
	// was clipped from.
	clippedRE = regexp.MustCompile(`^Clipped from:\s`)
	// dateAloneRE matches a line that is a date and nothing else, maybe
	// with its weekday and a time: "Sun 17 Aug 2025", "2025-08-17 09:30".
	dateAloneRE = regexp.MustCompile(`(?i)^(?:(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?,?\s+\d{4}|` +
		`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{2,4})` +
		`(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?\s*(?:am|pm)?)?$`)
	ruleRE  = regexp.MustCompile(`^(?:[-=*_~─━═]\s*){3,}$`)
	labelRE = regexp.MustCompile(`^[\p{Lu}\p{N}][^:\s]*(?:\s+[^:\s]+){0,4}?(?:\s?:|\s+(?:-|–|->|=>|=)\s)\s*\S`)
)

// textReader reads the lines of a text document into a builder.
type textReader struct {
	b       *builder
	lines   []string
	i       int   // the next line
	indents []int // indentation of the open list levels
	lastNum int   // the number of the last numbered heading
	lastSub int   // the second number of the last subheading numbered "2.1"
	listNum int   // the number of the last numbered list entry

	doubleUnderlined bool         // a heading was underlined with "==="
	underlines       []byte       // the other underlines ("~~~", "***", "^^^"), in the order first used
	hashTop          int          // the fewest "#" marking a heading ("### Article 19"), 0 without
	bareHeadings     bool         // a known heading stood alone on its line, right above its text
	capsHeadings     bool         // lines in capitals head parts, after a blank line (see capitalHeadings)
	topicMarks       bool         // lines that count topics head them ("Topic two abhay bang committee"; see topicMarked)
	colonTop         bool         // the first heading ends in ":": so do the top-level ones
	byColon          bool         // the heading read last ends in ":" ("Causes:")
	byHashes         bool         // the heading read last is typed with "#"
	bySlide          bool         // the heading read last is a slide's marker ("Slide 2/10")
	slide            *section     // the last section a slide's marker opened
	lastSlide        bool         // that slide is the last of those it counts ("Slide 10/10")
	typedHashes      map[int]bool // the lines typed as headings with "#"
	hashed           *section     // the last top-level section a heading marked with "#" opened
	colonSec         *section     // the last section such a heading opened
	hangSec          *section     // a section so headed at the margin over indented lines ("Nov 1947:"), while they last

	headEnd     int // the index of the line after the last heading
	entryEnd    int // the index of the line after the last line of a run of entries
	entryIndent int // the indentation of the first line of that run

	hangFrom, hangTo int  // the lines [hangFrom, hangTo) of the last paragraph hangingEntry read
	hanging          bool // whether it is a run of hanging entries

	beforeFAQ []*section // the open sections a run of questions under no heading of its own interrupts

	wrapWidth     int  // the width text copied from a PDF is wrapped at, in runes; 0 when it is not
	wrapsIndented bool // the lines of its list entries wrapped on are indented under them (see wrapsIndented)

	chainRoot string // the root of a mind map written as chains, "Mangroves → Threats → aquaculture"; "" for none

	outlineHeads map[int]bool // the lines right above an outline written by indentation (see outlineEntries)

	labelEntry int // the last line (1-based) an emoji and a label open that was read as text, not as a remark aside
}

// runsOn reports whether line n (1-based), in text wrapped at a fixed
// width, fills the width without ending a sentence: the next line goes on
// with it, whatever it starts with ("- OSAT, Sanand").
func (r *textReader) runsOn(n int) bool {
	if r.wrapWidth == 0 || n < 1 {
		return false
	}
	if r.wrapsIndented && n < len(r.lines) && indentOf(r.lines[n]) == 0 && (indentOf(r.lines[n-1]) > 0 || isBullet(r.lines[n-1])) {
		return false // "sleeper VB:" under "🚆 all chair car till now. 136 services by dec 2024 (LS reply)"
	}
	t := strings.TrimSpace(r.lines[n-1])
	return fillsWidth(t, r.wrapWidth) && !strings.HasSuffix(t, ":")
}

// wrappedProse reports whether line is a line of prose that a paragraph
// wrapped before the end of its sentence: long, and ending in no stop.
func wrappedProse(line string) bool {
	t := strings.TrimSpace(line)
	return utf8.RuneCountInString(t) >= minWrappedProse && !sentenceEnd(t) && !strings.HasSuffix(t, ":") && !isBullet(line)
}

// minWrappedProse is the fewest characters wrappedProse takes for a
// wrapped line of prose.
const minWrappedProse = 40

// fillsWidth reports whether a line t of text wrapped at width fills it
// without ending a sentence: the next line goes on with it.
func fillsWidth(t string, width int) bool {
	return utf8.RuneCountInString(t) >= width*85/100 && !sentenceEnd(t)
}

// wrapsIndented reports whether, in lines wrapped at width, the list
// entries that run on to the next line go on indented under themselves
// ("🚆 no separate engine -> distributed traction (motors under coaches),"
// over "   EMU type. …"), three times at least and twice as often as not:
// then a line at the margin under an entry starts something new.
func wrapsIndented(lines []string, width int) bool {
	under, flush := 0, 0
	for i := 0; i+1 < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		next := lines[i+1]
		if !isBullet(lines[i]) || !fillsWidth(t, width) || strings.TrimSpace(next) == "" || isBullet(next) {
			continue
		}
		if indentOf(next) > indentOf(lines[i]) {
			under++
		} else {
			flush++
		}
	}
	return under >= 3 && under >= 2*flush
}

// isBullet reports whether line l is a bulleted list entry.
func isBullet(l string) bool {
	_, ok := textBullet(strings.TrimSpace(l))
	return ok
}

func readText(b *builder, lines []string, tabbed map[int]bool, pages []int) {
	if readDeck(b, lines, tabbed) || readClippings(b, lines) || readChat(b, lines) {
		return
	}
	typed := map[int]bool{} // the headings typed with "#", before other marks are rewritten so
	for i, l := range lines {
		if atxHeadingParts(strings.TrimSpace(l)) != nil {
			typed[i] = true
		}
	}
	mail := mailHeaders(lines)
	if forwardedParts(lines) || mail != nil {
		unquoteMail(lines)
	}
	slideFeet(lines)
	dropCaps(lines)
	vimFolds(lines)
	markedHeadings(lines)
	orgLines(lines)
	chatHeaders(lines)
	dropSpecks(lines)
	dropContents(lines)
	dropPageMarks(lines)
	pageEdges(lines, pages)
	var rows []int
	tableLines(lines, true, &rows) // before indented lines are read as an outline's entries
	checklistLines(lines)
	emojiEntries(lines)
	arrowEntries(lines)
	var meta []string
	if nestedBullets(lines, 0) {
		meta, _ = outlineLines(lines) // an outliner's export: its labels head sections
	}
	indentedOutlines(lines)
	outlineHeads := outlineEntries(lines)
	columnLines(lines, tabbed, &rows)
	b.tableRows(rows)
	glossaryLines(lines)
	r := &textReader{b: b, lines: lines, wrapWidth: wrapWidth(lines), chainRoot: chainRoot(lines), outlineHeads: outlineHeads, typedHashes: typed}
	r.wrapsIndented = r.wrapWidth > 0 && wrapsIndented(lines, r.wrapWidth)
	if !r.header() {
		return
	}
	for _, m := range meta {
		if k, v, ok := strings.Cut(m, ": "); ok {
			setMeta(&b.doc, k, v)
		}
	}
	if len(mail) > 0 {
		if b.doc.Meta == nil {
			b.doc.Meta = map[string]string{}
		}
		maps.Copy(b.doc.Meta, mail)
	}
	r.bareHeadings = bareKnownHeading(lines[r.i:])
	r.capsHeadings = capitalHeadings(lines[r.i:])
	r.topicMarks = topicMarked(lines[r.i:])
	for _, l := range lines[r.i:] {
		if l = strings.TrimSpace(l); l != "" && l[0] == '#' {
			if m := atxHeadingParts(l); m != nil && hasWords(m[2]) && (r.hashTop == 0 || len(m[1]) < r.hashTop) {
				r.hashTop = len(m[1])
			}
		}
	}
	for ; r.i < len(lines); r.i++ {
		r.line()
	}
}

// capitalHeadings reports whether lines in capitals head the notes' parts:
// two at least stand after a blank line, over their text. Notes typed on a
// phone that head parts so ("WHERE IN INDIA 🗺️") head others so with no
// blank line over them ("CAUSES 🌧️" under the last of a list).
func capitalHeadings(lines []string) bool {
	n := 0
	for i := 1; i+1 < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if strings.TrimSpace(lines[i-1]) == "" && strings.TrimSpace(lines[i+1]) != "" && t != "" && hasCapitals(t) && nearlyUpper(strings.TrimSpace(DropBrackets(t))) && headingLike(t) && !isBullet(t) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// hasCapitals reports whether t has capital letters, two at least: a
// script without cases (Devanagari) is in none.
func hasCapitals(t string) bool {
	n := 0
	for _, r := range t {
		if unicode.IsUpper(r) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// afterLine reports whether the line before the current one ends its
// text: a line of its own, not wrapped on into the current one.
func (r *textReader) afterLine() bool {
	if r.i == 0 {
		return true
	}
	prev := strings.TrimSpace(r.lines[r.i-1])
	return prev == "" || r.wrapWidth == 0 || !r.runsOn(r.i)
}

// topicMarked reports whether lines count their topics, two at least:
// "Topic one who are the tribals", "Topic 7 news 2025".
func topicMarked(lines []string) bool {
	n := 0
	for _, l := range lines {
		if t := strings.TrimSpace(l); len(t) > 6 && topicMark(t) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// topicMark reports whether t counts a topic, as a heading: "Topic two
// abhay bang committee report".
func topicMark(t string) bool {
	return t != "" && strings.IndexByte("tTpPsSuUlLmMcC", t[0]) >= 0 && topicMarkRE.MatchString(t) && headingLike(t)
}

// topicMarkRE matches a line that counts a topic: "Topic two", "Part 3 -".
var topicMarkRE = regexp.MustCompile(`^(?i:topic|part|section|unit|lesson|module|chapter)\s+(?i:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s|[:.\-–]|$)`)

// SubjectTitle is the title an e-mail's subject gives its notes: the
// subject without its "Re:" and "Fwd:".
func SubjectTitle(subject string) string {
	return strings.TrimSpace(mailReplyRE.ReplaceAllString(subject, ""))
}

// mailHeaders reads an e-mail saved as text: its header lines at the top
// ("From:", "To:", "Date:", "Subject:", three at least) are blanked but the
// subject, which titles the notes without its "Re:" and "Fwd:", and
// returned as metadata ("from", "date").
func mailHeaders(lines []string) map[string]string {
	first := firstLine(lines)
	if first < 0 {
		return nil
	}
	headers, subject, end := mailHeaderBlock(lines, first)
	if len(headers) < 3 || subject < 0 || !(end == len(lines) || strings.TrimSpace(lines[end]) == "") {
		return nil
	}
	for i := first; i < end; i++ {
		lines[i] = ""
	}
	lines[subject] = SubjectTitle(headers["subject"])
	delete(headers, "subject")
	return headers
}

// mailHeaderBlock reads a message's header lines from lines[from] on
// ("From:", "Subject:", …, maxMailHeaders at most): their values by their
// names in lower case, the subject's line (-1 for none), and the index of
// the line after them.
func mailHeaderBlock(lines []string, from int) (headers map[string]string, subject, end int) {
	headers, subject = map[string]string{}, -1
	for end = from; end < len(lines) && end-from < maxMailHeaders; end++ {
		m := mailHeaderRE.FindStringSubmatch(strings.TrimSpace(lines[end]))
		if m == nil {
			break
		}
		key := strings.ToLower(m[1])
		headers[key] = m[2]
		if key == "subject" {
			subject = end
		}
	}
	return headers, subject, end
}

// forwardedParts titles each message forwarded in an e-mail saved as
// text by its subject: the rule over it ("---------- Forwarded message
// ---------", "-----Original Message-----", "Begin forwarded message:")
// heads the message, named by its "Subject:" line, and its header lines
// go. It reports whether the text forwards a message.
func forwardedParts(lines []string) bool {
	found := false
	for i, l := range lines {
		if t := strings.TrimSpace(l); t == "" || t[0] != '-' && t[0] != 'B' && t[0] != 'b' || !forwardRuleRE.MatchString(t) {
			continue
		}
		headers, _, end := mailHeaderBlock(lines, i+1)
		subject := SubjectTitle(headers["subject"])
		if !hasWords(subject) {
			continue
		}
		found = true
		lines[i] = "# " + subject
		clear(lines[i+1 : end])
	}
	return found
}

// unquoteMail takes the quote marks off the lines an e-mail quotes ("> 1.
// What exactly is…", ">> Will send my notes"), and joins a quoted line
// the mail wrapped (mailWrapWidth bytes long or more) with the next, not
// a list's entry, into one line: a question wrapped onto its next line is
// one.
func unquoteMail(lines []string) {
	open, last := -1, 0 // the line others join, and the length of the last joined
	for i, l := range lines {
		t := strings.TrimLeft(l, " ")
		if !strings.HasPrefix(t, ">") {
			open = -1
			continue
		}
		t = strings.TrimSpace(strings.TrimLeft(t, "> "))
		switch {
		case t == "":
			open = -1
		case open >= 0 && last >= mailWrapWidth && !isBullet(t) && !numHeadingRE.MatchString(t) && !listMarkRE.MatchString(t):
			lines[open] += " " + t
			last, t = len(t), ""
		default:
			open, last = i, len(t)
		}
		lines[i] = t
	}
}

// mailWrapWidth is the shortest line a mail client's wrapping leaves: a
// quoted line as long goes on in the next.
const mailWrapWidth = 60

// chapterLabelRE matches a line that only numbers a chapter or a unit.
var chapterLabelRE = regexp.MustCompile(`^(?i:chapter|unit|lesson|module|part|topic)\s+(?:\d{1,3}|[ivxlc]{1,6})\.?$`)

var (
	mailHeaderRE = regexp.MustCompile(`^(?i)(From|To|Cc|Bcc|Date|Sent|Subject|Reply-To):\s*(.*)$`)
	mailReplyRE  = regexp.MustCompile(`^(?i:(?:re|fwd?|aw)\s*:\s*)+`)
	// forwardRuleRE matches the line an e-mail client writes over a message
	// it forwards or replies to.
	forwardRuleRE = regexp.MustCompile(`^(?i:-{3,} ?forwarded message ?-{3,}|-{3,} ?original message ?-{3,}|begin forwarded message:)$`)
)

// maxMailHeaders bounds the header lines read under a forwarded message's rule.
const maxMailHeaders = 12

// nestedBullets reports whether a bullet at the margin ("- Basics"), or
// indented by base, has one indented deeper right under it, as an
// outliner's export does: only then can the notes be an outline.
func nestedBullets(lines []string, base int) bool {
	for i := 0; i+1 < len(lines); i++ {
		if in, _, ok := bulletOf(lines[i]); ok && in == base {
			if next, _, ok := bulletOf(lines[i+1]); ok && next > base {
				return true
			}
		}
	}
	return false
}

// bareKnownHeading reports whether notes write a known heading
// ("Recent Developments") alone on its line, after a blank line and right
// above its text, as heading() sees it, or two title-case lines so
// ("Powers" over its paragraph, "Composition" over its list): then their
// other title-case lines that stand so are headings too, before it as well
// as after it.
func bareKnownHeading(lines []string) bool {
	standing := 0 // title-case lines standing so
	for i := 1; i+1 < len(lines); i++ {
		t := strings.TrimSpace(lines[i])
		if t == "" || len(t) > 40 || strings.TrimSpace(lines[i-1]) != "" || strings.TrimSpace(lines[i+1]) == "" ||
			strings.HasSuffix(t, ":") || upperCase(t) || !headingLike(t) {
			continue
		}
		if c := t[0]; c >= '0' && c <= '9' {
			continue
		}
		if kind, _, ok := knownHeading(t, ""); ok && kind != KindDefinition {
			return true
		}
		if looksLikeHeading(t) && len(t) <= 40 {
			if next := strings.TrimSpace(lines[i+1]); len(next) > len(t) && !upperCase(next) {
				if _, bullet := textBullet(next); bullet || sentenceEnd(next) {
					standing++ // "Powers" over its paragraph, "Composition" over its list
				}
			}
		}
	}
	return standing >= 2
}

// next returns the next non-blank line, trimmed, and its 1-based number.
func (r *textReader) next() (string, int, bool) {
	for ; r.i < len(r.lines); r.i++ {
		if t := strings.TrimSpace(r.lines[r.i]); t != "" {
			r.i++
			return t, r.i, true
		}
	}
	return "", 0, false
}

// noteStamps skips the lines a notes app writes under a note's title when
// it exports it as text ("Created: Saturday, 9 September 2023 at 10:14
// PM", "Modified: …", "Folder: UPSC 2026 › GS3 Env", as Apple Notes
// does), and the title written again over the text; the folder is the
// notes' category.
func (r *textReader) noteStamps() {
	at, stamped := r.i, false
	for r.i < len(r.lines) {
		m := noteStampRE.FindStringSubmatch(strings.TrimSpace(r.lines[r.i]))
		if m == nil {
			break
		}
		if folder := strings.ToLower(m[1]); (folder == "folder" || folder == "notebook") && r.b.doc.Category == "" {
			r.b.doc.Category = strings.TrimSpace(m[2])
		}
		r.i++
		stamped = true
	}
	if !stamped {
		r.i = at
		return
	}
	at = r.i
	if t, _, ok := r.next(); !ok || t != r.b.doc.Title {
		r.i = at
	}
}

// noteStampRE matches a line of a notes app's header: what it stamps, and
// the stamp.
var noteStampRE = regexp.MustCompile(`(?i)^(created|modified|last modified|updated|last edited|folder|notebook|date created|date modified)\s*:\s*(\S.{0,80})$`)

// header reads an optional "5 minOther" line, an optional category line,
// the title (with its underline) and a subtitle.
func (r *textReader) header() bool {
	b := r.b
	t, n, ok := r.next()
	for ok && (ruleRE.MatchString(t) || appLabels[t] || clippedRE.MatchString(t)) {
		t, n, ok = r.next() // the top of a box drawn round the title ("=====…"), an app's label over what it copied
	}
	if m := whatsAppHeaderRE.FindStringSubmatch(t); ok && m != nil {
		if _, said, found := strings.Cut(m[5], ": "); found && strings.TrimSpace(said) != "" {
			t = strings.TrimSpace(said) // a message copied from a chat ("[17/09/25, 10:42 pm] Meher: *WAQF…*"): its words, not its time and sender
		}
	}
	if ok && dateAloneRE.MatchString(t) && n < len(r.lines) && headingLike(strings.TrimSpace(r.lines[n])) {
		if b.doc.Meta == nil {
			b.doc.Meta = map[string]string{}
		}
		b.doc.Meta["date"] = t // "Sun 17 Aug 2025" over the title: when the notes were begun
		t, n, ok = r.next()
	}
	if !ok {
		return false
	}
	m := readingTimeRE.FindStringSubmatch(t)
	if c := categoryTimeRE.FindStringSubmatch(t); c != nil {
		m = []string{t, c[2], c[1]}
	}
	if m != nil {
		b.doc.ReadingTime = m[1] + " min"
		b.doc.Category = strings.TrimSpace(m[2])
		if t, n, ok = r.next(); !ok {
			return false
		}
		if updatedRE.MatchString(t) {
			if t, n, ok = r.next(); !ok {
				return false
			}
		}
		if b.doc.Category != "" && t == b.doc.Category {
			if t, n, ok = r.next(); !ok {
				return false
			}
		}
	}
	if runningHeader(t) && n < len(r.lines) {
		// "GS III | Environment | Handout 12" over the handout's title.
		at := r.i
		if next, nn, more := r.next(); more && !runningHeader(next) && headingLike(next) {
			if b.doc.Category == "" {
				b.doc.Category = t
			}
			t, n = next, nn
		} else {
			r.i = at
		}
	}
	if upperCase(t) && strings.Contains(t, " / ") && countWords(t) <= 6 && n < len(r.lines) {
		// "OPINION / SOCIAL JUSTICE", a newspaper's kicker, over the headline
		if next := strings.TrimSpace(r.lines[n]); upperCase(next) && headingLike(next) {
			setMeta(&b.doc, "category", t)
			t, n, _ = r.next()
		}
	}
	if upperCase(t) && n < len(r.lines) {
		// A title in capitals over two lines, the second going on with the
		// first: "… TRADING SCHEME (CCTS), 2023" over "AND ARTICLE 6 OF …".
		if next := strings.TrimSpace(r.lines[n]); upperCase(next) && headingLike(next) && runsOnTitle(t, next) &&
			utf8.RuneCountInString(t)+utf8.RuneCountInString(next) <= 150 {
			t += " " + next
			r.i = n + 1
			n++
		}
	}
	if chapterLabelRE.MatchString(t) && n < len(r.lines) {
		// "CHAPTER 4" over "GROUNDWATER DEPLETION IN INDIA": the chapter's
		// name titles it with its number.
		if next := strings.TrimSpace(r.lines[n]); headingLike(next) && !chapterLabelRE.MatchString(next) {
			t += ": " + next
			r.i = n + 1
			n++
		}
	}
	if utf8.RuneCountInString(t) > 150 || len(strings.Fields(t)) > 12 && strings.HasSuffix(t, ".") || sentenceBreak(t) {
		// The first line is prose: the document has no title line.
		r.i = n - 1
		if x, at := lineAsksSubject(r.lines[r.i:]); x != "" {
			// "Sure! Here's an explanation 👇" over "1. What is Ozone?"
			b.doc.Title, b.titleLine = x, n
			b.warn(n+at, "no title line (the first line is a sentence): the title is taken from the first heading's question, %q", x)
			return true
		}
		b.doc.Title, b.titleLine = titleFromName(b.file), n
		b.warn(n, "no title line (the first line is a sentence): the title is taken from the file name, %q", b.doc.Title)
		return true
	}
	if m := atxHeadingParts(t); m != nil && hasWords(m[2]) {
		t = m[2] // "## Indian Independence Act, 1947": a chat's first post, in Markdown, titles the notes
	}
	b.doc.Title, b.titleLine = strings.Join(strings.Fields(t), " "), n
	if r.i < len(r.lines) && underlineRE.MatchString(strings.TrimSpace(r.lines[r.i])) {
		r.i++
	}
	r.noteStamps()
	if r.topicHeader() {
		return true
	}
	if r.i < len(r.lines) && b.doc.ReadingTime == "" {
		// A page saved with its title above "7 minModern Indian History".
		if m := readingTimeRE.FindStringSubmatch(strings.TrimSpace(r.lines[r.i])); m != nil && categoryLike(m[2]) {
			b.doc.ReadingTime, b.doc.Category = m[1]+" min", strings.TrimSpace(m[2])
			r.i++
		}
	}
	if r.i < len(r.lines) {
		if s := strings.TrimSpace(r.lines[r.i]); r.subtitle(s) || longTitle(s, b.doc.Title) {
			b.doc.Subtitle = s
			r.i++
			if chapterRE.MatchString(b.doc.Title) && hasWords(s) {
				b.doc.Title, b.doc.Subtitle = b.doc.Title+": "+s, "" // "CHAPTER 4" over the chapter's name
			}
		} else if j := r.detachedSubtitle(); j >= 0 {
			b.doc.Subtitle = strings.TrimSpace(r.lines[j])
			r.i = j + 1
		}
	}
	if b.doc.Subtitle != "" && r.i+1 < len(r.lines) {
		// A remark under the subtitle, and a rule of "=" under the whole
		// header: "(typed from class notes, last updated Jan 2025)".
		remark, rule := strings.TrimSpace(r.lines[r.i]), strings.TrimSpace(r.lines[r.i+1])
		if strings.HasPrefix(remark, "(") && strings.HasSuffix(remark, ")") && strings.HasPrefix(rule, "===") && underlineRE.MatchString(rule) {
			b.doc.Subtitle += " " + remark
			r.i += 2
		}
	}
	return true
}

// topicRE matches the line of a class's notes that names its subject:
// "TOPIC: DECLINE OF THE MUGHAL EMPIRE (1707 - 1857)".
var topicRE = regexp.MustCompile(`(?i)^(topic|subject)\s*(?::|-|–)\s*(\S.{2,150})$`)

// topicHeader reads the rest of a header whose title line is a class's or
// a course's label ("MODERN INDIA - CLASS 2 (Thu 12 June 2025)"), when one
// of the next few lines names the topic: the topic is the title, and the
// label and the header's other lines ("refs: Spectrum ch.1", "Class 17 |
// 09-Sep-2024"), up to a blank line or a rule of "===", the subtitle. It
// reports whether it did.
func (r *textReader) topicHeader() bool {
	b := r.b
	var others []string
	key, topic, at, end, before := "", "", 0, r.i, 0
	closed := false // a blank line, a rule or the end closes the header
scan:
	for ; end < len(r.lines) && end < r.i+maxHeaderLines; end++ {
		t := strings.TrimSpace(r.lines[end])
		switch m := topicRE.FindStringSubmatch(t); {
		case t == "":
			if topic != "" || end+1 >= len(r.lines) || !topicRE.MatchString(strings.TrimSpace(r.lines[end+1])) {
				closed = true
				break scan
			}
			// a blank line above the topic
		case underlineRE.MatchString(t):
			switch {
			case topic != "" && (end == at+1 || t[0] == '='):
				end++ // the topic's underline, or the rule under the header
			case len(others) > 0:
				others, end = others[:len(others)-1], end-1 // the line above heads a section
			}
			closed = true
			break scan
		case m != nil && topic == "":
			key, topic, at, before = strings.ToLower(m[1]), strings.TrimSpace(m[2]), end, len(others)
		default:
			others = append(others, t)
		}
	}
	if topic == "" {
		return false
	}
	if !closed && end < len(r.lines) {
		others, end = others[:before], at+1 // text goes on under the topic
	}
	label := b.doc.Title
	b.doc.Title, b.titleLine = strings.Join(strings.Fields(topic), " "), at+1
	b.doc.Subtitle = strings.Join(slices.Insert(others, 0, label), " | ")
	if b.doc.Meta == nil {
		b.doc.Meta = map[string]string{}
	}
	b.doc.Meta[key] = topic
	r.i = end
	return true
}

// maxHeaderLines is how many lines under a title topicHeader reads.
const maxHeaderLines = 5

// underlinesAll reports whether the underline under t runs under all of
// it, or nearly: "4) RECRUITMENT" so underlined is a heading, though a
// list numbered 1) to 3) stands above it.
func underlinesAll(t, underline string) bool {
	return utf8.RuneCountInString(underline) >= utf8.RuneCountInString(t)*4/5
}

// longTitle reports whether s, under the title, is the page's longer
// title: the title, a colon, more ("India–Maldives Relations: History,
// Cooperation and Recent Developments").
func longTitle(s, title string) bool {
	return len(s) > len(title)+2 && len(s) <= 200 && strings.EqualFold(s[:len(title)], title) && s[len(title)] == ':'
}

// categoryLike reports whether s, after a reading time, names a category
// ("International Relations"), not a sentence ("10 minutes of …").
func categoryLike(s string) bool {
	s = strings.TrimSpace(s)
	if s == "" {
		return true
	}
	first, _ := utf8.DecodeRuneInString(s)
	return unicode.IsUpper(first) && countWords(s) <= 5 && !sentenceEnd(s)
}

// detachedSubtitle returns the index of a subtitle set off from the title
// by a blank line: a line that would head a section with no text, as the
// next line is a heading. It returns -1 when there is none.
func (r *textReader) detachedSubtitle() int {
	j := r.skipBlank(r.i)
	if j == r.i || j >= len(r.lines) || !r.subtitle(strings.TrimSpace(r.lines[j])) {
		return -1
	}
	k := r.skipBlank(j + 1)
	if k >= len(r.lines) {
		return -1
	}
	probe := *r
	probe.i = k
	if _, _, _, _, ok := probe.heading(strings.TrimSpace(r.lines[k])); !ok {
		return -1
	}
	return j
}

// skipBlank returns the index of the first non-blank line from i on.
func (r *textReader) skipBlank(i int) int {
	for i < len(r.lines) && strings.TrimSpace(r.lines[i]) == "" {
		i++
	}
	return i
}

// subtitle reports whether s, right under the title, is its subtitle: a
// short line that is neither a sentence, a heading nor a list item.
func (r *textReader) subtitle(s string) bool {
	return subtitleLike(s, r.b.doc.Title)
}

// subtitleLike reports whether s, a line right under the title of the
// document titled title, can be its subtitle: a short line that is
// neither a sentence, a heading, a list item, metadata, a question nor a
// chat's message.
func subtitleLike(s, title string) bool {
	if !hasWords(s) || utf8.RuneCountInString(s) > 120 || strings.HasSuffix(s, ".") || strings.HasSuffix(s, ":") {
		return false // nor a rule: "-----"
	}
	if m := atxHeadingParts(s); m != nil && hasWords(m[2]) {
		return false // "## Concept"
	}
	if _, _, ok := knownHeading(s, title); ok {
		return false
	}
	if _, ok := textBullet(s); ok || upperCase(s) || numHeadingRE.MatchString(s) || metaRE.MatchString(s) ||
		questionRE.MatchString(s) || readingTimeRE.MatchString(s) || whatsAppHeaderRE.MatchString(s) {
		return false
	}
	return true
}

func titleFromName(name string) string {
	base := strings.TrimSuffix(filepath.Base(name), filepath.Ext(name))
	base = languageTagRE.ReplaceAllString(base, "")
	base = pageIDRE.ReplaceAllString(base, "")
	if m := journalRE.FindStringSubmatch(base); m != nil {
		if day, err := time.Parse("2006_01_02", m[0]); err == nil {
			return day.Format("2 Jan 2006") // Logseq's journal of that day
		}
	}
	// Logseq writes a page "GS3/Desertification" to "GS3___Desertification.md".
	base = strings.NewReplacer("___", "/", "%2F", "/", "_", " ").Replace(base)
	if !strings.Contains(base, " ") {
		base = strings.ReplaceAll(base, "-", " ") // a slug, "monsoon-mechanism-lecture"; not "Chandrayaan-3 notes"
	}
	return strings.Join(strings.Fields(base), " ")
}

// journalRE matches the name Logseq gives a day's journal page,
// "2025_11_03".
var journalRE = regexp.MustCompile(`^\d{4}_\d{2}_\d{2}$`)

// pageIDRE matches the page ID Notion writes after a page's name in its
// export's file names: "Key Points b91dddd91389b372a341738c837a7935.md",
// and a database's every row, "Tracker 2c8e…a865_all.csv".
var pageIDRE = regexp.MustCompile(` [0-9a-f]{32}(?:_all)?$`)

// languageTagRE matches the language a downloader names a file's captions
// or translation in, before its extension: "lecture.en.vtt", "notes.hi.txt".
var languageTagRE = regexp.MustCompile(`\.(?:en|hi|bn|ta|te|mr|gu|kn|ml|pa|ur|or|as)(?:-[A-Za-z]{2,4}|-orig)?$`)

// line reads lines[r.i].
func (r *textReader) line() {
	b := r.b
	raw := r.lines[r.i]
	n := r.i + 1
	t := strings.TrimSpace(raw)
	if t == "" {
		b.blank()
		return
	}
	if kind, heading, ok := countedPart(t); ok && !b.inKind(kind) {
		// "12 points" with no "Key Points" over it: the count heads them.
		r.openSection(1, heading, kind, n, 0)
		return
	}
	if furniture(t, b.sec != nil && b.sec.kind == KindFAQ && len(b.sec.items) == 0) {
		return
	}
	if t[0] == '#' && hashtagsRE.MatchString(t) {
		setMeta(&b.doc, "tags", t) // "#DoubtClearing #Polity" under a post
		return
	}
	if (strings.IndexByte("-=*_~", t[0]) >= 0 || t[0] == 0xe2) && ruleRE.MatchString(t) { // 0xe2 starts "─", "━", "═"
		b.blank() // a separator line
		return
	}
	if b.sec == nil {
		if m := metaRE.FindStringSubmatch(t); m != nil {
			setMeta(&b.doc, m[1], m[2])
			return
		}
		if m := revisedRE.FindStringSubmatch(t); m != nil && countWords(t) <= maxRevisedWords {
			// "(last revised: 14 Sept 2025, added census 2027)" over the
			// notes: when they were written, not what they say.
			if b.doc.Meta == nil {
				b.doc.Meta = map[string]string{}
			}
			b.doc.Meta["revised"] = strings.TrimSpace(m[1])
			return
		}
	}
	if !b.openTop() && r.alone(n) && !strings.HasPrefix(t, "#") { // "## New series: MSP (GS-3)" is a heading
		if heading, text, ok := relevanceLine(t); ok {
			b.aside(heading, KindRelevance, text, n)
			return
		}
	}
	if sec := b.sec; sec != nil && !sec.implicit && sec.kind != KindFAQ && b.paraBreak {
		if heading, text, ok := kindLine(t, KindFAQ); ok {
			// A question set after a section's text heads a part of its own,
			// beside it: "PYQ (Mains 2020): …" after the way forward's points.
			r.openSection(sec.level-b.nest, heading, KindFAQ, n, 0).newItem(n).addText(text, false, n)
			return
		}
	}
	if r.chainRoot != "" && r.chain(t, n) {
		return
	}
	if m := sourceLine(t); m != nil {
		// "Source: https://pib.gov.in/": where the notes come from, not what
		// they say.
		if b.doc.Meta == nil {
			b.doc.Meta = map[string]string{}
		}
		b.doc.Meta["source"] = strings.TrimLeft(b.doc.Meta["source"]+"; "+m[1], "; ")
		return
	}
	if b.sec == nil && r.alone(n) && r.labelledPart(t, n) {
		return
	}
	if label, text, ok := emojiLabel(t); ok && r.alone(n) {
		kind, heading, known := knownHeading(label, b.doc.Title)
		if heading == "" {
			heading = label
		}
		if known || !r.labelledAbove(n) && !r.bulletedBeside(n) && !b.openEmpty() {
			b.aside(heading, kind, text, n)
			return
		}
		// First under a heading, or after such a line: "👩 Aggrieved person –
		// S.2(a): any woman …" then "🏠 Domestic relationship – S.2(f): …";
		// or beside a line the same emoji opens, a bullet: the section's
		// text, not a remark aside.
		r.labelEntry = n
	}
	if level, kind, heading, skip, ok := r.heading(t); ok {
		r.indents, r.listNum = r.indents[:0], 0
		if !hasWords(heading) {
			// A heading of emoji alone ("📌:") names nothing: as a
			// subheading its text continues the section above; at the top
			// it is named by the words of its first line.
			if level > 1 && b.openTop() {
				b.resumeAt(b.stack[0])
				b.blank()
				r.i += skip
				return
			}
			if heading = lineHeading(r.firstLine(skip)); heading == "" {
				b.blank()
				r.i += skip
				return
			}
		}
		if prev := b.mindMapFor(kind, heading); prev != nil {
			// A second map under the same title continues the first.
			b.resume(prev)
			b.hub = ""
			prev.newItem(n)
			r.textLine(t, n, 0)
			return
		}
		if kind == KindConnections && b.sec != nil {
			level = b.sec.level + 1
		}
		if level == 1 && skip == 0 && !r.byHashes && len(b.stack) > 0 && b.stack[0] == r.hashed {
			level = 2 // "Defn >>" under "### WHAT IS GST ###": a heading in plainer type is a subheading
		}
		if !r.bySlide && len(b.stack) > 0 && b.stack[0] == r.slide {
			switch {
			case r.lastSlide && r.blanksBefore(r.i) >= 2:
				level, r.slide = 1, nil // "CAPTION:" well after "Slide 10/10": after the slides
			case level == 1:
				level = 2 // "THE BACKLASH" on "Slide 3/10": a part of the slide
			}
		}
		sec := r.openSection(level, arrowless(heading), kind, n, skip)
		if r.byHashes && level == 1 {
			r.hashed = sec
		}
		if r.bySlide {
			r.slide = sec
		}
		sec.numbered(t)
		r.hangSec = nil
		if r.byColon {
			r.colonSec, r.byColon = sec, false
			if level > 1 && skip == 0 && r.overIndented(r.i) {
				r.hangSec = sec
			}
		}
		if kind == KindMindMap && heading != t && !strings.EqualFold(heading, strings.TrimRight(t, " :")) {
			r.textLine(t, n, 0) // a mind map's title names it but is also its content
		}
		r.i += skip
		return
	}
	if r.hangSec != nil && indentOf(raw) == 0 {
		// Back at the margin: the lines the heading held are over ("Feb
		// 1948: …" after "Nov 1947:" and its indented days).
		if len(b.stack) > 1 && b.sec == r.hangSec {
			b.resumeAt(b.stack[len(b.stack)-2])
			b.paraBreak = true
		}
		r.hangSec = nil
	}
	r.textLine(t, n, len(raw)-len(strings.TrimLeft(raw, " ")))
}

// openSection opens a section headed at line n, its text starting skip
// lines further: the reader's lists start afresh, and questions before it
// no longer interrupt the section they came under.
func (r *textReader) openSection(level int, heading string, kind Kind, n, skip int) *section {
	r.indents, r.listNum = r.indents[:0], 0
	r.headEnd, r.beforeFAQ = r.i+1+skip, nil
	return r.b.open(level, heading, kind, n)
}

// byline reports whether t is an article's byline, its author, its date
// and its reading time set apart by bars or dots ("By Team GS Compass |
// Last updated: 12 September 2025 | 9 min read"), and returns the reading
// time it gives.
func byline(t string) (readingTime string, ok bool) {
	parts := strings.FieldsFunc(t, func(r rune) bool { return r == '|' || r == '·' || r == '•' })
	if len(parts) < 2 {
		return "", false
	}
	by := false
	for _, part := range parts {
		part = strings.TrimSpace(part)
		switch m := readingTimeRE.FindStringSubmatch(part); {
		case m != nil && m[2] == "":
			readingTime = m[1] + " min"
		case byRE.MatchString(part):
			by = true
		case !updatedRE.MatchString(part):
			return "", false
		}
	}
	return readingTime, by
}

// nearlyUpper reports whether t is in capitals (upperCase) but for one
// short word, and has five capitals at least: "REVISION Q./Ans.",
// "NAGABHATA II vs DHRUVA".
func nearlyUpper(t string) bool {
	if upperCase(t) {
		return true
	}
	mixed, capitals := 0, 0
	for _, w := range strings.Fields(t) {
		letters := strings.Map(func(r rune) rune {
			if unicode.IsLetter(r) {
				return r
			}
			return -1
		}, w)
		switch {
		case letters == "":
		case upperCase(w) || strings.ToUpper(letters) == letters:
			capitals += utf8.RuneCountInString(letters)
		case utf8.RuneCountInString(letters) > 4:
			return false
		default:
			mixed++
		}
	}
	return mixed == 1 && capitals >= 5
}

// maxRevisedWords is the most words a line saying when the notes were
// revised has.
const maxRevisedWords = 20

// setMeta keeps a "Category:", "Tags:" or "Reading time:" line.
func setMeta(d *Document, key, val string) {
	val = strings.TrimSpace(val)
	switch strings.ToLower(key) {
	case "category":
		switch {
		case d.Category == "":
			d.Category = val
		case !strings.Contains(strings.ToLower(d.Category), strings.ToLower(val)):
			d.Category += ", " + val // "Category: Polity" and later "Category: GS2"
		}
	case "reading time":
		d.ReadingTime = val
	default:
		sep := func(r rune) bool { return r == ',' || r == ' ' || r == ';' }
		if strings.ContainsAny(val, ",;") && !strings.Contains(val, "#") {
			sep = func(r rune) bool { return r == ',' || r == ';' } // "Economy, Monetary Policy"
		}
		for _, tag := range strings.FieldsFunc(val, sep) {
			if tag = strings.TrimSpace(strings.TrimPrefix(strings.TrimSpace(tag), "#")); tag != "" {
				d.Tags = append(d.Tags, tag)
			}
		}
	}
}

// mindMapFor returns the mind map that a heading of kind continues: a
// second "Mind Map" under the same title continues the first, if any.
func (b *builder) mindMapFor(kind Kind, heading string) *section {
	if kind != KindMindMap || heading != "Mind Map" {
		return nil // looked for only then: notes may have thousands of sections
	}
	return b.mindMap()
}

// mindMap returns the first mind map section, if any.
func (b *builder) mindMap() *section {
	for _, s := range b.secs {
		if s.kind == KindMindMap {
			return s
		}
	}
	return nil
}

// furniture reports a line of page furniture: a count ("13 points"), a
// "+1 more", (where a FAQ's count stands) a bare number, a button's word
// ("Share", "Print") or a channel's plug ("Join @PolityPathshala"). The
// regular expressions run only on lines that start as these do.
func furniture(t string, faqCount bool) bool {
	switch c := t[0] | 0x20; {
	case t[0] == '+':
		return moreRE.MatchString(t)
	case t[0] >= '0' && t[0] <= '9':
		return countRE.MatchString(t) || faqCount && numberRE.MatchString(t)
	case c == 'j' || c == 'f' || c == 's':
		if promoRE.MatchString(t) {
			return true
		}
	}
	return len(t) <= 16 && buttonWords[strings.ToLower(t)]
}

// buttonWords are the labels of a page's buttons, which a page saved as
// text keeps on lines of their own.
var buttonWords = map[string]bool{"share": true, "share this": true, "print": true, "tweet": true, "bookmark": true, "copy link": true}

// countedParts are the parts of a saved concept page that a count line
// announces ("12 points"), and the headings they are cited by.
var countedParts = map[string]struct {
	kind    Kind
	heading string
}{
	"point": {KindKeyPoint, "Key Points"}, "development": {KindDevelopment, "Recent Developments"},
	"question": {KindFAQ, "Frequently Asked Questions"}, "faq": {KindFAQ, "Frequently Asked Questions"},
}

// countedPart reports the part a count line announces, if any.
func countedPart(t string) (Kind, string, bool) {
	if c := t[0]; c < '0' || c > '9' {
		return "", "", false
	}
	m := countRE.FindStringSubmatch(t)
	if m == nil {
		return "", "", false
	}
	p, ok := countedParts[strings.TrimSuffix(strings.ToLower(m[1]), "s")]
	return p.kind, p.heading, ok
}

// hangs reports whether line i (0-based), a long one that ends no
// sentence, has the next indented under it as a paragraph's lines are
// under its number ("1.1 The Act is India's law to implement the" over
// "    Convention on Biological Diversity"): it opens a paragraph, not a
// section.
func (r *textReader) hangs(i int) bool {
	if i+1 >= len(r.lines) {
		return false
	}
	next := r.lines[i+1]
	t := strings.TrimSpace(next)
	in, at := len(next)-len(strings.TrimLeft(next, " \t")), len(r.lines[i])-len(strings.TrimLeft(r.lines[i], " \t"))
	_, bullet := textBullet(t)
	line := strings.TrimSpace(r.lines[i])
	return t != "" && in > at && !bullet && !listMarkRE.MatchString(t) && utf8.RuneCountInString(line) >= 40 && !sentenceEnd(line)
}

// inNumberedRun reports whether line i and a line right above or below it
// open with the same word and then numbers one apart ("Day 1 - …", "Day 2
// - …"): lines of a list, no headings, which have text under them.
func (r *textReader) inNumberedRun(i int) bool {
	word, n := wordAndNumber(r.lines[i])
	if n == 0 {
		return false
	}
	for _, j := range []int{i - 1, i + 1} {
		if j >= 0 && j < len(r.lines) {
			if w, m := wordAndNumber(r.lines[j]); m == n+j-i && strings.EqualFold(w, word) {
				return true
			}
		}
	}
	return false
}

// wordAndNumber returns the word a line opens with and the number after
// it, "Day" and 2 of "Day 2 - NFSA 2013"; 0 for none.
func wordAndNumber(l string) (string, int) {
	l = strings.TrimSpace(l)
	word, rest, ok := strings.Cut(l, " ")
	if !ok || rest == "" || rest[0] < '0' || rest[0] > '9' || !strings.ContainsFunc(word, unicode.IsLetter) {
		return "", 0 // most lines: no allocation
	}
	num, more, ok := strings.Cut(rest, " ")
	if !ok || strings.TrimSpace(more) == "" {
		return "", 0
	}
	num = strings.TrimRight(num, ".:)-")
	if len(num) > 3 || strings.Trim(num, "0123456789") != "" {
		return "", 0 // "In 2023, …": no error to make
	}
	n, _ := strconv.Atoi(num)
	if n <= 0 {
		return "", 0
	}
	return word, n
}

// heading reports whether line t (lines[r.i]) is a heading: its level,
// kind ("" when unknown), text to cite and the number of following lines
// it takes (an underline).
// framed reports whether line i has the same rule over and under it.
func (r *textReader) framed(i int) bool {
	if i == 0 || i+1 >= len(r.lines) {
		return false
	}
	over, under := strings.TrimSpace(r.lines[i-1]), strings.TrimSpace(r.lines[i+1])
	return over == under && underlineRE.MatchString(over)
}

func (r *textReader) heading(t string) (level int, kind Kind, heading string, skip int, ok bool) {
	b := r.b
	r.byColon, r.byHashes, r.bySlide = false, false, false
	i := r.i
	prevBlank := i == 0 || strings.TrimSpace(r.lines[i-1]) == ""
	nextRaw := ""
	if i+1 < len(r.lines) {
		nextRaw = strings.TrimSpace(r.lines[i+1])
	}
	if name, ok := betweenRules(t); ok && prevBlank && r.nextLine() != "" {
		// "--- comments (saved the useful ones) ---", "== IMP PTS TO REMEMBER =="
		kind, heading, _ := knownHeading(name, b.doc.Title)
		if heading == "" {
			heading = name
		}
		return 1, kind, heading, 0, true
	}
	if m := slideMarker(t); m != nil && prevBlank && nextRaw != "" {
		// "Slide 2/10" over "📍 CASE 1: SHAH BANO (1985)": a carousel's or a
		// deck's slide, pasted as text, named by its title.
		r.bySlide, r.lastSlide = true, m[1] == m[2]
		if title := strings.TrimSpace(strings.TrimFunc(nextRaw, IsEmoji)); headingLike(title) && !r.isBulletOrQA(title) {
			return 1, KindSection, t + ": " + title, 1, true
		}
		return 1, KindSection, t, 0, true
	}
	if r.topicMarks && topicMark(t) {
		// "Topic two abhay bang committee report": notes dictated, or typed
		// as a lecture went, count their topics as they change.
		return 1, KindSection, t, 0, true
	}
	if questionMatch(t) != nil && prevBlank && r.answerInParts(i) {
		// "Q1. Cesses and surcharges … (15 marks, 250 words)" over
		// "Intro:", "Body:", "Conclusion:": a practised answer's question
		// heads its parts.
		return 1, KindSection, t, 0, true
	}
	sec := b.sec
	if brokenWord(t, nextRaw) {
		return 0, "", "", 0, false // "Monetary Policy Com-" over "mittee …": text wrapped mid-word
	}
	if !prevBlank && r.continuesEntry(i) {
		return 0, "", "", 0, false // "  international trading under Article 6.2, mostly:" under its bullet
	}
	if r.inNumberedRun(i) {
		return 0, "", "", 0, false // "Day 1 - History of PDS" over "Day 2 - NFSA 2013 in 10 points": a list
	}
	if first, _ := utf8.DecodeRuneInString(t); unicode.IsLower(first) && (r.runsOn(i) || !prevBlank && wrappedProse(r.lines[i-1])) {
		// "on the advice of a committee of:" under a line that runs on to
		// it; "meaning of the phrase … uses so" in a paragraph
		return 0, "", "", 0, false
	}
	if len(t) > maxHeadingBytes {
		// Too long for a heading of any shape: only a mind map's title remains.
		if sec != nil && (sec.kind == KindMindMap || sec.kind == KindSourceTopic || sec.kind == KindConnections) {
			return 0, "", "", 0, false
		}
		if next := r.nextLine(); len(next) >= 8 && strings.EqualFold(next[:8], "mind map") && sec != nil && (sec.kind != KindMindMap || len(sec.items) > 0) {
			return 1, KindMindMap, "Mind Map", 0, true
		}
		return 0, "", "", 0, false
	}
	nextBlank := i+1 >= len(r.lines) || strings.TrimSpace(r.lines[i+1]) == ""
	if sec != nil && isExamTip(t) && !(prevBlank && nextBlank && sec.kind != KindFAQ) {
		// The exam tip of a question, or of the section; alone between
		// blank lines, out of a FAQ, it heads a section of tips.
		return 0, "", "", 0, false
	}
	if r, _ := utf8.DecodeRuneInString(t); strings.ContainsRune(bulletSymbols, r) && !markerRE.MatchString(t) {
		if _, ok := textBullet(t); ok {
			return 0, "", "", 0, false // a bulleted line
		}
	}
	if t[0] == '#' {
		// "### Article 19": a heading marked as Markdown marks it, in notes
		// saved as text; the fewest marks the notes use are the top level.
		if m := atxHeadingParts(t); m != nil && hasWords(m[2]) {
			h := unnumbered(strings.TrimSpace(strings.TrimRight(plain(m[2]), " :")))
			kind, heading, ok := knownHeading(h, b.doc.Title)
			if !ok {
				heading = h
			}
			r.byHashes = r.typedHashes[i] // not an outline's entry read as one
			return min(3, 1+len(m[1])-r.hashTop), kind, heading, 0, true
		}
	}
	if prevBlank && nextRaw != "" {
		if _, english, ok := bilingual(t); ok {
			// "मुख्य बिंदु / Key Points": a heading in two scripts, of the kind
			// its English names.
			kind, _, _ := knownHeading(english, b.doc.Title)
			return 1, kind, t, 0, true
		}
	}
	if len(nextRaw) >= 3 && underlineRE.MatchString(nextRaw) && (headingLike(t) || r.framed(i) && headingLike(strings.TrimSpace(DropBrackets(t)))) && (!r.isBulletOrQA(t) || underlinesAll(t, nextRaw)) &&
		(prevBlank || indentOf(r.lines[i]) == 0) { // not the wrapped end of a paragraph over a rule
		// "---" marks a subheading under headings marked "===", and a
		// section when "===" marks only the title. Other underlines
		// ("~~~", "***") take levels in the order the notes first use
		// them, below "===" and "---" when those come first.
		level = 1
		switch c := nextRaw[0]; {
		case c == '=':
			r.doubleUnderlined = true
		case c == '-':
			if r.doubleUnderlined {
				level = 2
			}
		default:
			k := bytes.IndexByte(r.underlines, c)
			if k < 0 {
				k = len(r.underlines)
				r.underlines = append(r.underlines, c)
			}
			level = min(3, k+1)
			if r.doubleUnderlined {
				level = min(3, level+1)
			}
		}
		name := t
		if m := numHeadingRE.FindStringSubmatch(t); m != nil && level == 1 {
			name = m[2] // "1. WHAT IS BIMSTEC": a section's number is kept apart (see section.numbered)
		}
		kind, heading, _ := knownHeading(name, b.doc.Title)
		if heading == "" {
			heading = name
		}
		return level, kind, heading, 1, true
	}
	inFAQ := sec != nil && sec.kind == KindFAQ

	// Numbered: "1. Introduction", "II. Background", "2.1 Orbit". A numbered
	// line that is not a heading is a list entry (or a FAQ's question).
	text, numbered, depth := t, false, 1 // depth: 2 for "2.1 Orbit", 3 for "4.2.1 Revenue Deficit"
	if c := t[0]; c >= '0' && c <= '9' || c == 'I' || c == 'V' || c == 'X' {
		if m := numHeadingRE.FindStringSubmatch(t); m != nil {
			num := NumberValue(m[1])
			continues := r.lastNum > 0 && num == r.lastNum+1
			asks := !inFAQ && r.questionHeading(m[2])
			// A numbered line in capitals heads its part though no blank line
			// is over it: "1. INTRODUCTION" under a handout's title.
			numbered = (headingLike(m[2]) || asks) && !r.inList(num, continues) && (prevBlank || continues || upperCase(m[2])) && (!inFAQ || continues)
			if numbered {
				text = m[2]
				r.lastNum, r.listNum, r.lastSub = num, 0, 0
			} else {
				r.listNum = num
			}
		} else if m := letterNumRE.FindStringSubmatch(t); m != nil && prevBlank && headingLike(m[2]) && m[1] == strconv.Itoa(r.lastNum) {
			// "3A." between "3." and "4." is a heading beside them.
			text, numbered = m[2], true
			r.listNum, r.lastSub = 0, 0
		} else if m := subHeadingRE.FindStringSubmatch(t); m != nil && headingLike(m[3]) && (prevBlank || r.continuesSub(m[1], m[2])) && !r.hangs(i) {
			text, numbered, depth = m[3], true, 2
			r.lastSub, _ = strconv.Atoi(m[2])
		} else if m := deepHeadingRE.FindStringSubmatch(t); m != nil && headingLike(m[4]) && prevBlank && m[2] == strconv.Itoa(r.lastSub) && !r.hangs(i) {
			text, numbered, depth = m[4], true, 3 // "4.2.1 Revenue Deficit" under "4.2 MEASURES OF DEFICIT"
		}
		if !numbered && text == t && (faqRE.MatchString(t) || listMarkRE.MatchString(t)) {
			return 0, "", "", 0, false
		}
	}
	colon := strings.HasSuffix(text, ":")
	core := strings.TrimSpace(strings.Trim(strings.TrimSuffix(text, ":"), "*_"))
	if colon && !numbered && (!r.colonHeadings(t) || !prevBlank && r.leadIn(core) || addressedRE.MatchString(core)) {
		return 0, "", "", 0, false
	}

	like := headingLike(core)
	whatIs := len(core) > 5 && strings.EqualFold(core[:5], "what ") && strings.HasSuffix(core, "?")
	known, h, isKnown := Kind(""), "", false
	asks := !like && !whatIs && asksBriefly(core) // "Why in news?", "Kya hai?"
	if like || whatIs || asks {
		known, h, isKnown = knownHeading(core, b.doc.Title)
	}
	if isKnown && (like || asks || known == KindDefinition) {
		if (prevBlank || r.afterSentence()) && !nextBlank && !colon && !numbered && !upperCase(t) {
			r.bareHeadings = true
		}
		if kind = known; kind == KindConnections && !b.inKind(KindMindMap) {
			kind = KindSection
		}
		level = depth
		if colon && !numbered && r.colonNests(kind) {
			level = 2
		}
		r.byColon = colon && !numbered
		return level, kind, strings.Trim(h, "*_ "), 0, true
	}
	if inFAQ && r.askedAlone(t, i+1) {
		return 0, "", "", 0, false // the next question, over its answer
	}
	// A mind map announces itself with its caption on the next line.
	if next := r.nextLine(); hasLowerPrefix(next, "mind map") && !hasLowerPrefix(t, "mind map") {
		if sec != nil && sec.kind == KindMindMap && len(sec.items) == 0 {
			return 0, "", "", 0, false // the title of the map under "Visual Insights"
		}
		return 1, KindMindMap, "Mind Map", 0, true
	}
	if sec != nil && (sec.kind == KindMindMap || sec.kind == KindSourceTopic || sec.kind == KindConnections) {
		return 0, "", "", 0, false // these sections are made of short lines
	}
	switch {
	case numbered:
		return depth, "", core, 0, true
	case colon && core != "" && headingLike(core) && (!strings.Contains(core, ": ") || !strings.Contains(DropBrackets(core), ": ")): // "big list (pass: state: notes):" too
		level = 1
		if r.colonNests("") && !(r.overIndented(i) && r.overIndented(b.stack[0].line-1)) {
			level = 2
			if sec != nil && sec.level-b.nest >= 2 && !sec.implicit {
				// "Causes:" under "9) JAGIRDARI CRISIS", itself under the
				// top heading, nests a level deeper; beside another such
				// label it stands level with it. (Levels count from the
				// notes' own top, under a chat's day: b.nest.)
				level = min(3, sec.level-b.nest+1)
				if sec == r.colonSec {
					level = sec.level - b.nest
				}
			}
		}
		r.byColon = true
		return level, "", core, 0, true
	case !colon && (prevBlank || r.afterEntry() || r.capsHeadings && !nextBlank && r.afterLine() && hasCapitals(t)) && headingLike(t) && nearlyUpper(strings.TrimSpace(DropBrackets(t))) && !r.isBulletOrQA(t):
		return 1, "", t, 0, true // "PRELIMS TRAPS", "MAINS Q (practice)"
	}
	if prevBlank && nextBlank && looksLikeHeading(t) && atxHeadingParts(r.nextLine()) == nil {
		return 1, KindSection, t, 0, true // not "Full thread on our channel 👉 The Agri Ledger" over the next post's "## …"
	}
	// A line an emoji of its own opens, over a list or in capitals up to
	// any remark after another emoji, heads it: "✅ Way forward", "🗺️ Which
	// states?" (emojiEntries has bulleted the lines their emoji open),
	// "📌 CHISHTI SILSILA 🔥 most imp". Under a heading written otherwise, it is a
	// subheading.
	if _, rest, ok := emojiLead(t); ok && prevBlank && !nextBlank && (headingLike(rest) || asksBriefly(rest)) && (r.listBelow() || capitalsFirst(rest)) {
		level = 1
		if len(b.stack) > 0 && !r.emojiHeaded(b.stack[0]) {
			level = 2
		}
		return level, "", rest, 0, true
	}
	// Notes whose known headings stand right above their text ("Background"
	// then its paragraph) write their other headings so too ("Important
	// Exemptions"), after a blank line or, in notes that leave none, after
	// a paragraph.
	if (prevBlank || r.afterSentence()) && !nextBlank && r.bareHeadings && (looksLikeHeading(t) || prevBlank && sentenceCaseHeading(t)) && !r.isBulletOrQA(t) && r.textBelow() {
		return 1, KindSection, t, 0, true
	}
	// In notes typed on a phone, a short line heads the lines under it,
	// four statements at least, each longer than it, that end in no stop:
	// "Phases (RMM index, 8 phases)" over "Phase 1 - western hemisphere n
	// Africa" and the next phases. So does one that points down at what it
	// heads, a paragraph too: "copied from PIB (11 Sep 2024) 👇". A heading
	// of another shape right under it (a slide's "📍SLIDE 4 – RAMANUJA")
	// heads the lines instead; a line of another shape (a table's header
	// row, a list's "(C) Directive Principles", an emoji's) is no such heading.
	if prevBlank && !nextBlank && countWords(t) >= 2 && !endsInStop(t) && headingLike(t) && !upperCase(t) && countWords(DropBrackets(t)) <= maxSentenceCaseWords &&
		!r.isBulletOrQA(t) && !startsEntry(t) && !listMarkRE.MatchString(t) && !columnGapRE.MatchString(t) && !r.headedBelow() && (r.linesBelow(4, false) || pointsDown(t) && r.linesBelow(1, true)) {
		return 1, "", t, 0, true
	}
	// A line right above an outline written by indentation heads it, in
	// any case: "India & global regimes".
	if prevBlank && r.outlineHeads[i] && !colon && headingLike(t) && !r.isBulletOrQA(t) {
		return 1, "", t, 0, true
	}
	// A short line over a timeline heads it: "Imp dates", "Timeline".
	if first, _ := utf8.DecodeRuneInString(t); prevBlank && !nextBlank && sec != nil && unicode.IsUpper(first) &&
		countWords(t) <= maxTimelineWords && headingLike(t) && yearOf(t) == 0 && r.datedBelow() {
		return 1, "", t, 0, true
	}
	// A title-case line right above a list heads it, as if it ended in
	// ":" ("Evidence for Drift" then "- Jigsaw fit…"); in notes whose
	// headings stand bare above their text, beside them.
	// A short line at the margin between entries indented, a list's above
	// and one's below, heads the one below beside the section above:
	// "names that confuse (sir warned) 🤯" under "sleeper VB:"'s entries.
	if !prevBlank && sec != nil && indentOf(r.lines[i]) == 0 && indentOf(r.lines[i-1]) > 0 && r.afterEntry() && i+1 < len(r.lines) &&
		indentOf(r.lines[i+1]) > 0 && isBullet(r.lines[i+1]) && headingLike(t) && countWords(DropBrackets(t)) <= maxLabelWords && !sentenceEnd(t) && !strings.HasSuffix(t, "?") &&
		!r.isBulletOrQA(t) && !listMarkRE.MatchString(t) {
		return max(1, sec.level), "", t, 0, true
	}
	// So does a short label right after a list's entry, over another list:
	// "GCT - gati shakti cargo terminal" under "⚡ criticism: …".
	afterList := !prevBlank && r.headEnd != i && r.afterEntry() && shortLabel(t) && !strings.HasSuffix(t, "?")
	if (prevBlank || afterList) && !nextBlank && (sec != nil || r.bareHeadings) && (looksLikeHeading(t) || asksBriefly(strings.TrimSpace(DropBrackets(t))) || shortLabel(t) || prevBlank && r.bareHeadings && sentenceCaseHeading(t)) &&
		!r.isBulletOrQA(t) && r.listBelow() && !(yearOf(t) != 0 && yearOf(r.nextLine()) != 0) && !(pairLine(t) && pairLine(r.nextLine())) { // a dated line over others is one of them, a tally's line too ("Tamil Nadu - 20")
		level = 1
		if !r.bareHeadings && r.colonNests("") {
			level = 2
		}
		return level, "", t, 0, true
	}
	return 0, "", "", 0, false
}

// answerInParts reports whether the question at line i is answered in
// labelled parts, as a mains answer is written: its next line with text
// is an introduction's label ("Intro:", "Introduction -", "Approach:").
func (r *textReader) answerInParts(i int) bool {
	for j := i + 1; j < len(r.lines) && j <= i+2; j++ {
		if t := strings.TrimSpace(r.lines[j]); t != "" {
			return answerPartRE.MatchString(t)
		}
	}
	return false
}

var answerPartRE = regexp.MustCompile(`(?i)^(?:intro|introduction|approach)\s*(?::|-|–)?$`)

// sentenceCaseHeading reports whether t reads as a heading written in
// sentence case, as notes whose headings stand bare write them ("Doubts
// cleared in class (Q&A)"): a capital, a few words, no stop.
func sentenceCaseHeading(t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) && countWords(DropBrackets(t)) <= maxSentenceCaseWords && utf8.RuneCountInString(t) <= 60 && !sentenceBreak(t) && !endsInStop(t)
}

// maxSentenceCaseWords is the most words sentenceCaseHeading takes, a
// remark in brackets aside.
const maxSentenceCaseWords = 6

// markedHeadings writes without its mark each line that ">>" marks as a
// heading, numbered or in capitals: ">> 1. BACKGROUND: WHAT CAME BEFORE".
// A line quoted in an e-mail ("> …") is not so marked.
func markedHeadings(lines []string) {
	for i, l := range lines {
		if !strings.HasPrefix(l, ">>") {
			continue
		}
		unmarked := strings.TrimLeft(l, ">")
		rest := strings.TrimSpace(unmarked)
		if len(l)-len(unmarked) > 3 || rest == "" {
			continue
		}
		if numHeadingRE.MatchString(rest) || nearlyUpper(DropBrackets(rest)) {
			lines[i] = rest
		}
	}
}

// pairLine reports whether t pairs a name with a short value after a dash:
// "Tamil Nadu - 20", "Odisha – 6 sites".
func pairLine(t string) bool {
	for _, dash := range []string{" - ", " – ", " — "} {
		if _, value, ok := strings.Cut(t, dash); ok {
			return countWords(value) <= 3 && !strings.Contains(value, dash)
		}
	}
	return false
}

// sourceRE matches a line that names the notes' source.
var sourceRE = regexp.MustCompile(`(?i)^sources?\s*[:\-–]\s*(\S.{0,200})$`)

// sourceLine is sourceRE's match on a line that starts as it can.
func sourceLine(t string) []string {
	if t[0] != 'S' && t[0] != 's' {
		return nil
	}
	return sourceRE.FindStringSubmatch(t)
}

// labelledPart reads line n, t, a paragraph before any section, when a
// label of a known part opens it ("Context: In an article in The Hindu,
// …", as current-affairs notes start): the part its label names, and the
// notes' other labels head parts beside it. It reports whether it did.
func (r *textReader) labelledPart(t string, n int) bool {
	m := labelParagraphRE.FindStringSubmatch(t)
	if m == nil {
		return false
	}
	kind, heading, ok := knownHeading(m[1], r.b.doc.Title)
	if !ok || kind == KindRelevance || kind == KindExamTip || kind == KindFAQ {
		return false
	}
	r.openSection(1, heading, kind, n, 0).newItem(n).addText(m[2], false, n)
	r.colonTop = true
	return true
}

// labelParagraphRE matches a paragraph that a short label opens: "Context:
// In an opinion article …".
var labelParagraphRE = regexp.MustCompile(`^(\p{Lu}[\p{L} ]{1,30}):\s+(\S.*)$`)

// chain reads line n, t, when it is a chain from the mind map's root: its
// branch ("Threats") heads a section of its own, unless it is the open
// one, and the rest of the chain ("aquaculture") is an entry of it. It
// reports whether t was such a line.
func (r *textReader) chain(t string, n int) bool {
	rest, ok := strings.CutPrefix(t, r.chainRoot+chainArrow)
	if !ok {
		return false
	}
	branch, leaf, _ := strings.Cut(rest, chainArrow)
	if branch = strings.TrimSpace(branch); !hasWords(branch) {
		return false
	}
	if sec := r.b.sec; sec == nil || sec.path[len(sec.path)-1] != branch {
		kind, _, _ := knownHeading(branch, r.b.doc.Title)
		r.openSection(1, branch, kind, n, 0)
	}
	if leaf = strings.TrimSpace(leaf); leaf != "" {
		r.textLine("→ "+leaf, n, 0)
	}
	return true
}

// emojiLabel splits a line that an emoji opens with a short label into the
// label and its text: "🎯 One-liner for prelims: PESA (1996) extends …".
func emojiLabel(t string) (label, text string, ok bool) {
	_, rest, ok := emojiLead(t)
	if !ok {
		return "", "", false
	}
	label, text, ok = strings.Cut(rest, ": ")
	label, text = strings.TrimSpace(label), strings.TrimSpace(text)
	return label, text, ok && countWords(label) <= maxLabelWords && headingLike(label) && hasWords(text)
}

// labelledAbove reports whether the line with text above line n
// (1-based), across blank lines, is a labelled line read as text: the
// lines of one run are read alike.
func (r *textReader) labelledAbove(n int) bool {
	for j := n - 2; j >= 0; j-- {
		if strings.TrimSpace(r.lines[j]) != "" {
			return j+1 == r.labelEntry
		}
	}
	return false
}

// bulletedBeside reports whether a line with text next to line n
// (1-based), across blank lines, opens with the same emoji as line n: the
// emoji is a bullet ("🔸 Govt response: …" under "🔸 Legal hurdle: …").
func (r *textReader) bulletedBeside(n int) bool {
	sign, _, _ := emojiLead(strings.TrimSpace(r.lines[n-1]))
	for _, step := range []int{-1, 1} {
		for j := n - 1 + step; j >= 0 && j < len(r.lines); j += step {
			if t := strings.TrimSpace(r.lines[j]); t != "" {
				if s, _, _ := emojiLead(t); s == sign {
					return true
				}
				break
			}
		}
	}
	return false
}

// maxLabelWords bounds the label of a labelled line.
const maxLabelWords = 5

// maxTimelineWords bounds the heading of a timeline.
const maxTimelineWords = 3

// bilingual splits a heading written in another script and then in
// English, "परिभाषा / Definition", into its two names: the first has no
// Latin letter, the second starts with a capital and reads as a heading.
func bilingual(t string) (native, english string, ok bool) {
	i := strings.LastIndex(t, " / ")
	if i <= 0 || !headingLike(t) {
		return "", "", false
	}
	native, english = strings.TrimSpace(t[:i]), strings.TrimSpace(t[i+3:])
	first, _ := utf8.DecodeRuneInString(english)
	if !unicode.IsUpper(first) || !hasWords(native) || strings.IndexFunc(native, func(r rune) bool { return unicode.Is(unicode.Latin, r) }) >= 0 {
		return "", "", false
	}
	return native, english, true
}

// shortLabel reports whether t is a short phrase as a heading in sentence
// case is ("Technology kaise kaam karti hai"): a capital first, six words
// at most, no stop or colon at its end.
func shortLabel(t string) bool {
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsUpper(first) && countWords(t) <= 6 && utf8.RuneCountInString(t) <= 45 && !strings.ContainsAny(t[len(t)-1:], ".,;:!")
}

// asksBriefly reports whether t is a question short enough to head a
// section: "Why in news?", "Which states?".
func asksBriefly(t string) bool {
	return strings.HasSuffix(t, "?") && countWords(t) <= 4
}

// capitalsFirst reports whether t is in capitals up to the emoji that
// sets a remark after it apart, if any: "CHISHTI SILSILA 🔥 most imp".
func capitalsFirst(t string) bool {
	if i := strings.IndexFunc(t, func(r rune) bool { return r >= 0x2000 && unicode.Is(unicode.So, r) }); i > 0 {
		t = t[:i]
	}
	return upperCase(strings.TrimSpace(t))
}

// emojiHeaded reports whether the heading of sec opens with an emoji.
func (r *textReader) emojiHeaded(sec *section) bool {
	_, _, ok := emojiLead(strings.TrimSpace(r.lines[sec.line-1]))
	return ok
}

// textBelow reports whether the next line is prose: a line longer than the
// current one that ends a sentence or leads into a list, or that starts a
// paragraph of long lines that ends one.
func (r *textReader) textBelow() bool {
	next := r.nextLine()
	if len(next) <= len(strings.TrimSpace(r.lines[r.i])) {
		return false
	}
	if strings.ContainsAny(next[len(next)-1:], ".;)") {
		return true
	}
	if next[len(next)-1] == ':' {
		return r.listAfterNext() // a sentence leading into a list
	}
	// A paragraph wrapped at a fixed width (text copied from a PDF): long
	// lines, the last of them ending a sentence.
	if len(next) < 50 {
		return false
	}
	for j := r.i + 2; j < len(r.lines) && j < r.i+20; j++ {
		t := strings.TrimSpace(r.lines[j])
		if t == "" {
			return false
		}
		if _, ok := textBullet(t); ok {
			return false
		}
		if strings.ContainsAny(t[len(t)-1:], ".;)") {
			return true
		}
	}
	return false
}

// linesBelow reports whether n lines at least stand under the current one
// up to the next blank line, each longer than it, no list's entry and,
// unless stops are allowed, ending in none.
func (r *textReader) linesBelow(n int, stops bool) bool {
	width, below := len(strings.TrimSpace(r.lines[r.i])), 0
	for j := r.i + 1; j < len(r.lines); j++ {
		t := strings.TrimSpace(r.lines[j])
		if t == "" {
			break
		}
		if len(t) <= width || !stops && endsInStop(t) || isBullet(t) {
			return false
		}
		below++
	}
	return below >= n
}

// headedBelow reports whether the next line is a heading of a shape of
// its own: in capitals, or opened by an emoji.
func (r *textReader) headedBelow() bool {
	next := r.nextLine()
	_, _, emoji := emojiLead(next)
	return emoji || nearlyUpper(DropBrackets(next)) && headingLike(next)
}

// pointsDown reports whether t ends in a sign pointing down at what
// follows: "👇", "⬇️", "↓".
func pointsDown(t string) bool {
	t = strings.TrimRight(t, " \ufe0f")
	return strings.HasSuffix(t, "👇") || strings.HasSuffix(t, "⬇") || strings.HasSuffix(t, "↓")
}

// datedBelow reports whether the next two lines start with dates, a
// timeline's: "19 Feb 1946 - …", "16 May 1946 - …".
func (r *textReader) datedBelow() bool {
	return r.i+2 < len(r.lines) && yearOf(r.nextLine()) != 0 && yearOf(strings.TrimSpace(r.lines[r.i+2])) != 0
}

// listAfterNext reports whether the line after the next one is a list
// entry.
func (r *textReader) listAfterNext() bool {
	if r.i+2 >= len(r.lines) {
		return false
	}
	return isBullet(r.lines[r.i+2])
}

// listBelow reports whether the next line is a list entry.
func (r *textReader) listBelow() bool {
	next := r.nextLine()
	if _, ok := textBullet(next); ok {
		return true
	}
	if strings.HasSuffix(next, ":") && headingLike(strings.TrimSuffix(next, ":")) && r.listAfterNext() {
		return true // "Positive uses:" over its list: a subheading's
	}
	if r.datedBelow() {
		return true
	}
	// "Label: value" lines one under another, as columnLines writes a
	// table's rows.
	return r.i+2 < len(r.lines) && labelPair(next, strings.TrimSpace(r.lines[r.i+2]))
}

// alone reports whether line n (1-based) is a paragraph of its own: it
// has a blank line, the start or the header above it and a blank line or
// the end below it.
func (r *textReader) alone(n int) bool {
	above := n < 2 || strings.TrimSpace(r.lines[n-2]) == "" || r.b.sec == nil
	return above && (n >= len(r.lines) || strings.TrimSpace(r.lines[n]) == "")
}

// questionHeading reports whether q, the text of a numbered line, is a
// short question that heads the text under it ("1. What is MSP?"): the
// next line is text, not another numbered line or a question.
func (r *textReader) questionHeading(q string) bool {
	if !strings.HasSuffix(q, "?") || !headingLike(strings.TrimRight(q, "?")) {
		return false
	}
	next := r.nextLine()
	return next != "" && faqQuestion(next) == nil && !questionRE.MatchString(next) && !strings.HasSuffix(next, "?")
}

// continuesSub reports whether a line numbered major.minor ("2.2") is the
// next subheading of the last numbered heading.
func (r *textReader) continuesSub(major, minor string) bool {
	return major == strconv.Itoa(r.lastNum) && minor == strconv.Itoa(r.lastSub+1)
}

// afterSentence reports whether the line before lines[r.i] is prose that
// ends a sentence, not a list entry: notes that leave no blank lines set
// their headings between paragraphs so.
func (r *textReader) afterSentence() bool {
	if r.i == 0 || r.afterEntry() {
		return false
	}
	prev := strings.TrimSpace(r.lines[r.i-1])
	return prev != "" && sentenceEnd(prev)
}

// afterEntry reports whether the line before lines[r.i] is a list entry
// (or the last of its lines wrapped on below it, indented) that
// lines[r.i], not indented, does not continue.
func (r *textReader) afterEntry() bool {
	if r.i == 0 || strings.TrimLeft(r.lines[r.i], " ") != r.lines[r.i] {
		return false
	}
	for j := r.i - 1; j >= 0 && r.i-j <= maxEntryLines; j-- {
		if isBullet(r.lines[j]) {
			return true
		}
		if strings.TrimSpace(r.lines[j]) == "" || indentOf(r.lines[j]) == 0 {
			return false
		}
		// "   capacity + stations + …" under "👉 sir's one liner …"
	}
	return false
}

// inList reports whether a line numbered num is an entry of a numbered
// list: it follows the entry numbered num-1, or the next numbered line
// after it is num+1 (unless it continues the numbering of the headings).
func (r *textReader) inList(num int, continuesHeadings bool) bool {
	if r.listNum > 0 && num == r.listNum+1 {
		return true
	}
	if continuesHeadings {
		return false
	}
	for _, l := range r.lines[r.i+1:] {
		if l = strings.TrimSpace(l); l != "" {
			m := numHeadingRE.FindStringSubmatch(l)
			return m != nil && NumberValue(m[1]) == num+1
		}
	}
	return false
}

// maxHeadingBytes is longer than any heading: headingLike allows 80
// runes, and "What is <title>?" a title of as much.
const maxHeadingBytes = 400

// colonNests reports whether a heading ending in ":", of kind (or ""),
// is a subheading of the open section. It is not when no section is open
// (the document then heads its sections so, and later such headings are
// beside them), nor when it names a part of another kind than the open
// section's ("In news:" under "What is …?").
func (r *textReader) colonNests(kind Kind) bool {
	b := r.b
	if !b.openTop() {
		r.colonTop = true
		return false
	}
	if r.colonTop {
		return false
	}
	top := b.stack[0].kind
	return kind == "" || top == KindSection || top == kind
}

// overIndented reports whether line i stands at the margin over lines
// indented under it: in notes that indent what their headings hold, such a
// line ending in ":" is a heading beside the others, not under them.
func (r *textReader) overIndented(i int) bool {
	return i >= 0 && i+1 < len(r.lines) && indentOf(r.lines[i]) == 0 &&
		indentOf(r.lines[i+1]) > 0 && strings.TrimSpace(r.lines[i+1]) != ""
}

// openEmpty reports whether the section open is a heading's with nothing
// under it yet.
func (b *builder) openEmpty() bool {
	return b.sec != nil && !b.sec.implicit && len(b.sec.items) == 0
}

// openTop reports whether a section opened by a heading is open.
func (b *builder) openTop() bool {
	return len(b.stack) > 0 && !b.stack[0].implicit
}

// colonHeadings reports whether a short line ending in ":" may be a
// subheading here: not inside a FAQ answer, an exam tip or a numbered item,
// and not a bullet, a question or an answer.
func (r *textReader) colonHeadings(t string) bool {
	sec := r.b.sec
	if sec != nil {
		// After the answers, a known part's name set apart by a blank line
		// heads that part ("mains qs (my own framing):" under the doubts).
		apart := func() bool {
			if r.i == 0 || strings.TrimSpace(r.lines[r.i-1]) != "" {
				return false
			}
			_, _, known := knownHeading(unnumbered(strings.TrimSuffix(t, ":")), r.b.doc.Title)
			return known || practiceNameRE.MatchString(t)
		}
		if sec.kind == KindFAQ {
			return len(sec.items) > 0 && apart()
		}
		if it := sec.last(); it != nil && it.explicit() && sec.kind != KindSection {
			return false
		}
		if it := sec.last(); it != nil && (it.question != "" || it.sub != "") {
			return apart()
		}
	}
	return !r.isBulletOrQA(t)
}

// leadIn reports whether core, of a line ending in ":" right under a line
// of the current paragraph, is a sentence leading into what follows ("If
// it fails, it must report:") rather than a heading: it has a comma, more
// than six words or no capital. Right under its section's heading, it must
// read as a sentence and have no capital: "the state is made of 7 limbs
// (prakritis):" leads into the limbs; "pros:" and "Remote sensing payloads
// (4) - look directly at the Sun:" head them.
func (r *textReader) leadIn(core string) bool {
	sec := r.b.sec
	if sec == nil {
		return false
	}
	sentence := strings.Contains(core, ", ") || countWords(core) > 6
	first, _ := utf8.DecodeRuneInString(core)
	switch last := sec.last(); {
	case last == nil || last.empty():
		return len(sec.items) <= 1 && unicode.IsLower(first) && (sentence || strings.Contains(core, ". "))
	case last.hasList():
		return false
	}
	return sentence || unicode.IsLower(first)
}

func (r *textReader) isBulletOrQA(t string) bool {
	if _, ok := textBullet(t); ok {
		return true
	}
	if sec := r.b.sec; sec != nil && sec.last() != nil && sec.last().question != "" && answerRE.MatchString(t) {
		return true
	}
	return questionRE.MatchString(t) || markerRE.MatchString(t)
}

// firstLine returns the text of the next non-blank line after lines[r.i]
// and the skip lines after it (without a bullet), or "" when it is a
// heading.
func (r *textReader) firstLine(skip int) string {
	j := r.skipBlank(r.i + 1 + skip)
	if j >= len(r.lines) {
		return ""
	}
	t := strings.TrimSpace(r.lines[j])
	probe := *r
	probe.i = j
	if _, _, _, _, ok := probe.heading(t); ok {
		return ""
	}
	if text, ok := textBullet(t); ok {
		return text
	}
	return t
}

// nextLine returns the next non-blank line after lines[r.i], trimmed.
func (r *textReader) nextLine() string {
	for _, l := range r.lines[r.i+1:] {
		if l = strings.TrimSpace(l); l != "" {
			return l
		}
	}
	return ""
}

// hasLowerPrefix reports whether s in lower case starts with prefix, in
// lower-case ASCII. It lower-cases only the start of s that prefix's runes
// can take, four bytes each, not all of a paragraph.
func hasLowerPrefix(s, prefix string) bool {
	return strings.HasPrefix(strings.ToLower(s[:min(len(s), 4*len(prefix))]), prefix)
}

// isExamTip reports whether t heads an exam tip: "Exam Tip:", "EXAM TIP
// (sir said this comes every year):".
func isExamTip(t string) bool {
	t = strings.Trim(t, ":*_ ")
	if i := strings.IndexByte(t, '('); i > 0 && strings.HasSuffix(t, ")") {
		t = strings.TrimSpace(t[:i]) // a remark in brackets
	}
	return strings.EqualFold(t, "exam tip")
}

// arrowless drops the arrow a heading ends in, pointing to its list:
// "Issues ->".
func arrowless(heading string) string {
	for _, a := range []string{" ->", " =>", " >>", " »", " →", " -", " –", " —"} {
		if h, ok := strings.CutSuffix(heading, a); ok && strings.TrimSpace(h) != "" {
			return strings.TrimSpace(h)
		}
	}
	return heading
}

// faqHeading heads the questions and answers that notes write after a
// section of another kind, under no heading of their own; practiceHeading
// the questions set for practice ("Mains Q: …").
const (
	faqHeading      = "Frequently Asked Questions"
	practiceHeading = "Practice questions"
)

// practiceRE matches a question set for practice ("Mains Q: …");
// practiceNameRE the name of a part of such questions ("mains qs",
// "Practice questions").
var (
	practiceRE     = regexp.MustCompile(`(?i)^` + practiceKinds + `\s+(?:q|ques|question)\b`)
	practiceNameRE = regexp.MustCompile(`(?i)^` + practiceKinds + `\s+(?:qs?|ques|questions?)\b`)
)

// practiceKinds are the words that set questions for practice.
const practiceKinds = `(?:mains|prelims|practice|model|sample)`

// startsFAQ reports whether a question, after a blank line, starts the
// notes' questions and answers rather than continuing sec: sec holds text
// other than questions, and its heading does not promise questions
// ("Practice questions").
func startsFAQ(sec *section) bool {
	if sec.kind == KindFAQ || sec.kind == KindExamTip || questionsRE.MatchString(sec.path[0]) {
		return false
	}
	return slices.ContainsFunc(sec.items, func(it *item) bool { return it.question == "" && !it.empty() })
}

// questionsRE finds a heading's promise of questions.
var questionsRE = regexp.MustCompile(`(?i)\b(?:q|ques|questions?|q&a|qna|quiz|mcqs?|pyqs?|practice|revision|faqs?)\b`)

// questionMark is how a question line opens: "Q", "Ques", "Mains Q".
const questionMark = `(?i)^(?:(?:mains|prelims|practice|model|sample)\s+)?(?:q|ques|question)\s*`

// questionMatch is questionRE's match of t, looked for only in a line
// that opens as a question's mark can: "Q", "Ques", "Mains", "Prelims",
// "Practice", "Model" or "Sample", in any case. (?i) folds the long "ſ"
// to "s", so a line that opens beyond ASCII is looked at too.
func questionMatch(t string) []string {
	if t == "" || strings.IndexByte("QqMmPpSs", t[0]) < 0 && t[0] < utf8.RuneSelf {
		return nil
	}
	return questionRE.FindStringSubmatch(t)
}

// questionNumRE finds the number a question is written with: "Q16.",
// "Ques 3:".
var questionNumRE = regexp.MustCompile(questionMark + `(\d{1,3})\b`)

// writtenNumber returns the number the question t is written with, or 0.
func writtenNumber(t string) int {
	m := questionNumRE.FindStringSubmatch(t)
	if m == nil {
		return 0
	}
	n, _ := strconv.Atoi(m[1])
	return n
}

// textLine adds one content line of a text document, indented indent
// spaces, to the current section.
func (r *textReader) textLine(t string, n, indent int) {
	b := r.b
	sec := b.current(n)
	q := questionMatch(t)
	if r.beforeFAQ != nil && sec.implicit && b.paraBreak && q == nil && !answerRE.MatchString(t) && !examTipRE.MatchString(t) && !isExamTip(t) {
		// Text after the questions goes on with the section before them.
		b.stack, b.sec = r.beforeFAQ, r.beforeFAQ[len(r.beforeFAQ)-1]
		r.beforeFAQ, sec = nil, b.sec
	}
	if sec.kind != KindMindMap && sec.kind != KindConnections && sec.kind != KindSourceTopic {
		if m := q; m != nil && strings.ContainsRune("QqMmPp", rune(t[0])) {
			r.indents = r.indents[:0]
			opening := sec.implicit && sec.kind == KindDefinition && len(sec.items) == 0 // notes that open with questions
			if opening || b.paraBreak && startsFAQ(sec) {
				r.beforeFAQ = slices.Clone(b.stack)
				if practiceRE.MatchString(t) {
					sec = b.open(1, practiceHeading, KindSection, n) // "Mains Q: Critically analyse…"
				} else {
					sec = b.open(1, faqHeading, KindFAQ, n)
				}
				sec.implicit = true
			}
			sec.ask(m[1], 0, n).written = writtenNumber(t)
			b.paraBreak = false
			return
		}
		if m := faqRE.FindStringSubmatch(t); m != nil && sec.kind != KindFAQ && answerRE.MatchString(r.nextLine()) {
			// "1. Who headed the mission?" over "Ans- Lord Pethick-Lawrence."
			ord, _ := strconv.Atoi(m[1])
			r.indents = r.indents[:0]
			sec.newQuestion(m[2], ord, n)
			b.paraBreak = false
			return
		}
		if it := sec.last(); it != nil && it.question != "" && it.sub == "" && (t[0] == 'A' || t[0] == 'a') {
			if m := answerRE.FindStringSubmatch(t); m != nil {
				it.addText(m[1], true, n)
				b.paraBreak = false
				return
			}
		}
		if c := t[0]; (c == 'E' || c == 'e' || c == '*' || c == '_') && len(t) > 8 {
			if m := examTipRE.FindStringSubmatch(t); m != nil && m[1] != "" {
				r.indents = r.indents[:0]
				sec.newExamTip(n).addText(m[1], false, n)
				b.paraBreak = false
				return
			}
		}
		if isExamTip(t) {
			r.indents = r.indents[:0]
			sec.newExamTip(n)
			b.paraBreak = false
			return
		}
	}
	if subHeadingRE.MatchString(t) && r.hangs(r.i) {
		sec.newItem(n).addText(t, false, n) // "1.2 It is Act No. 18 of 2003: passed by …", a paragraph of its own
		b.paraBreak = false
		return
	}
	switch sec.kind {
	case KindKeyPoint:
		if m := itemMarker(t); m != nil {
			ord, _ := strconv.Atoi(m[1])
			sec.newItem(n).ordinal = ord
			return
		}
	case KindDevelopment:
		last := sec.last()
		_, isBullet := textBullet(t)
		switch {
		case last == nil:
			sec.newItem(n)
		case b.paraBreak && !(isBullet && leadsIn(last)):
			sec.newItem(n)
		case !isBullet && !last.explicit() && !last.empty() && !last.hasList() && yearOf(t) != 0:
			sec.newItem(n) // "Dec 2023: …" lines, one under the other
		}
	case KindFAQ:
		if m := faqQuestion(t); m != nil {
			ord, _ := strconv.Atoi(m[1])
			sec.newQuestion(m[2], ord, n)
			r.indents = r.indents[:0]
			return
		}
		if r.askedAlone(t, n) {
			sec.newQuestion(t, 0, n) // "Why did it fail?" over "Because the states refused."
			r.indents = r.indents[:0]
			return
		}
	case KindConnections:
		if hub := b.hub; hub != "" && strings.HasPrefix(t, hub) && len(t) > len(hub) {
			sec.item(n).addListItem(strings.TrimSpace(t[len(hub):]), 0, n)
			return
		}
	case KindMindMap:
		it := sec.item(n)
		_, isBullet := textBullet(t)
		switch {
		// Lower case is a rune for a rune: the first 8 runes, in at most 32
		// bytes, are all the test reads.
		case b.hub == "" && strings.HasPrefix(strings.ToLower(it.lastHead(4*len("mind map"))), "mind map"):
			b.hub = t
		case b.hub != "" && !isBullet:
			it.addListItem(t, 0, n) // a node of the map
			return
		}
	}
	if r.hangingEntry(n) {
		if it := sec.last(); it != nil && !it.empty() {
			sec.newItem(n) // "saser la: ladakh: nubra <-> …" over its wrapped lines, indented
		}
	}
	if depth, ok := r.entry(sec, n, indent); ok {
		it := sec.item(n)
		if it.explicit() || b.paraBreak && !it.empty() && !leadsIn(it) {
			it = sec.newItem(n)
		}
		it.addListItem(t, depth, n)
		b.paraBreak = false
		return
	}
	switch sec.kind {
	case KindSection, KindKeyPoint, KindExamTip, KindRelevance, KindBackground:
		// A new paragraph, or a list after one, starts a passage, unless the
		// paragraph before leads into the list ("Members:").
		last := sec.last()
		_, isBullet := textBullet(t)
		if b.paraBreak && last != nil && !last.explicit() && !last.empty() && !last.hasList() && !(isBullet && leadsIn(last)) &&
			(sec.kind == KindSection || sec.kind == KindKeyPoint || sec.kind == KindExamTip || isBullet) {
			sec.newItem(n)
		} else if !b.paraBreak && last != nil && !last.explicit() && !isBullet && n >= 2 && yearOf(t) != 0 {
			// A timeline's dated lines, one under the other, or after what
			// one holds indented under it (its wrapped lines, its list); not
			// a wrapped line that starts with a date ("1 October 2016").
			prev := r.lines[n-2]
			if !last.hasList() && yearOf(strings.TrimSpace(prev)) != 0 && indent <= indentOf(prev) ||
				indent < indentOf(prev) && yearOf(strings.TrimSpace(r.lines[last.line-1])) != 0 {
				sec.newItem(n)
			}
		}
	}
	if b.paraBreak && sec.kind != KindFAQ && divisible(sec.kind) && answered(sec.last(), t) {
		sec.newItem(n)
	}
	if it := sec.last(); it != nil && !b.paraBreak && it.hasList() && r.runsOn(n-1) && !listMarkRE.MatchString(t) && !sameBullet(r.entryLine(n-1), r.lines[n-1]) && !r.bulletOut(n) {
		it.addContinuation(t, n) // a list entry wrapped at the width of the page
		return
	}
	// "v. slow, hard to spot" under "1. Ground -> … smoulders,": no fifth entry
	stray := indent > 0 && n > 1 && !b.paraBreak && !sentenceEnd(strings.TrimSpace(r.lines[n-2])) && strayNumeral(t, r.entryLine(n-1))
	if text, ok := textBullet(t); ok && !stray {
		it, depth := sec.item(n), r.depth(indent)
		it.addListItem(text, depth, n)
		if c := t[0]; depth == 0 && c >= '0' && c <= '9' {
			it.chunks[len(it.chunks)-1].number, _ = strconv.Atoi(t[:strings.IndexAny(t, ".)")])
		}
		b.paraBreak = false
		return
	}
	it := sec.item(n)
	if !b.paraBreak && it.hasList() && (len(r.indents) > 0 && indent > r.indents[len(r.indents)-1] || wrapped(it.lastTail(1), t)) {
		it.addContinuation(t, n) // a wrapped list entry
		return
	}
	r.indents = r.indents[:0]
	it.addText(t, b.paraBreak || r.labelledPair(n), n)
	b.paraBreak = false
}

// slideRE matches the line that marks a slide: "Slide 2/10", "Slide 3 of
// 12", "SLIDE 4".
var slideRE = regexp.MustCompile(`(?i)^slide\s*(\d{1,3})(?:\s*(?:/|of)\s*(\d{1,3}))?\s*[:.]?$`)

// slideMarker matches t against slideRE, the expression run only on a line
// that opens with "slide": every line is asked whether it is a heading.
func slideMarker(t string) []string {
	if len(t) < 6 || !strings.EqualFold(t[:5], "slide") {
		return nil
	}
	return slideRE.FindStringSubmatch(t)
}

// betweenRules returns the name a line sets between runs of the same
// rule mark, two or more each side: "=== my notes ===", "--- comments ---".
func betweenRules(t string) (string, bool) {
	if len(t) < 6 || !strings.ContainsRune("=-~*", rune(t[0])) {
		return "", false
	}
	mark := t[:1]
	inner := strings.TrimLeft(t, mark)
	left := len(t) - len(inner)
	inner = strings.TrimRight(inner, mark)
	right := len(t) - left - len(inner)
	name := strings.TrimSpace(inner)
	if left < 2 || right < 2 || !hasWords(name) || !headingLike(name) {
		return "", false
	}
	return name, true
}

// blanksBefore counts the blank lines right before line i.
func (r *textReader) blanksBefore(i int) int {
	n := 0
	for i-n-1 >= 0 && strings.TrimSpace(r.lines[i-n-1]) == "" {
		n++
	}
	return n
}

// runsOnTitle reports whether next goes on with the title line t: t ends
// in a comma or a word that joins, or next starts with one.
func runsOnTitle(t, next string) bool {
	first, _, _ := strings.Cut(strings.ToLower(next), " ")
	words := strings.Fields(strings.ToLower(t))
	return strings.HasSuffix(t, ",") || titleJoiners[first] || len(words) > 0 && titleJoiners[words[len(words)-1]]
}

// titleJoiners join the parts of a title written over two lines.
var titleJoiners = map[string]bool{"and": true, "of": true, "in": true, "for": true, "the": true, "to": true, "&": true, "on": true, "with": true,
	"not": true, "is": true, "are": true, "a": true, "an": true, "but": true, "by": true, "from": true, "at": true, "as": true, "into": true}

// runningHeader reports whether t is labels set apart by "|", three or
// more, each short: a handout's running header, not its title.
func runningHeader(t string) bool {
	parts := strings.Split(t, "|")
	if len(parts) < 3 {
		return false
	}
	for _, p := range parts {
		if n := len(strings.Fields(p)); n == 0 || n > 4 && (n > 7 || !anyYearRE.MatchString(p)) {
			return false // a part of more words is a dateline: "NEW DELHI, MONDAY, JULY 21, 2025"
		}
	}
	return true
}

// anyYearRE finds a year anywhere in a line.
var anyYearRE = regexp.MustCompile(`\b(?:19|20)\d\d\b`)

// continuesEntry reports whether line i (0-based) goes on with the list
// entry above it: indented under a bullet (or under such a line) whose
// sentence has not ended.
func (r *textReader) continuesEntry(i int) bool {
	indent := indentOf(r.lines[i])
	if indent == 0 {
		return false
	}
	for j := i - 1; j >= 0 && j >= i-maxEntryLines; j-- {
		prev := strings.TrimSpace(r.lines[j])
		if prev == "" || sentenceEnd(prev) || strings.HasSuffix(prev, ":") {
			return false
		}
		if _, bullet := textBullet(prev); bullet {
			return indentOf(r.lines[j]) < indent
		}
		if indentOf(r.lines[j]) != indent {
			return false
		}
	}
	return false
}

// maxEntryLines is the most lines continuesEntry looks back over for the
// bullet of an entry.
const maxEntryLines = 8

// entryLine returns the line that starts the list entry line n (1-based)
// is in: the nearest bulleted line up to it, within maxEntryLines; else
// line n itself.
func (r *textReader) entryLine(n int) string {
	for j := n - 1; j >= 0 && j >= n-maxEntryLines; j-- {
		if isBullet(r.lines[j]) {
			return r.lines[j]
		}
	}
	return r.lines[n-1]
}

// bulletOut reports whether line n (1-based) is an entry less indented
// than the line before: "- support …" after a nested "  -> their slogan
// …", a list going on, not the line before wrapped.
func (r *textReader) bulletOut(n int) bool {
	return isBullet(r.lines[n-1]) && n > 1 && indentOf(r.lines[n-1]) < indentOf(r.lines[n-2])
}

// sameBullet reports whether two lines start with the same bullet at the
// same indent: the second is the next entry, however full the first.
func sameBullet(a, b string) bool {
	ta, tb := strings.TrimLeft(a, " \t"), strings.TrimLeft(b, " \t")
	if len(a)-len(ta) != len(b)-len(tb) {
		return false
	}
	_, okA := textBullet(ta)
	_, okB := textBullet(tb)
	return okA && okB && ta[0] == tb[0]
}

// entry reports whether line n, of text indented indent spaces, is one of
// a run of lines written one entry a line without bullets: two or more
// lines, from a blank line or a heading to a blank line, a bullet or a
// question, each a sentence to its end and each after the first starting
// as a sentence does (or, three lines or more, each ending one; a remark
// in brackets is one). Such lines are read as a list; one indented deeper
// than the first is nested under the line before (depth 1).
func (r *textReader) entry(sec *section, n, indent int) (depth int, ok bool) {
	switch sec.kind {
	case KindMindMap, KindConnections, KindSourceTopic:
		return 0, false
	case KindFAQ:
		if sec.asked > 0 {
			return 0, false // answers run on
		}
		// Past questions set down a line each, not as questions and answers.
	}
	i := n - 1
	if i < r.entryEnd {
		if indent > r.entryIndent {
			return 1, true
		}
		return 0, true
	}
	if i > 0 && strings.TrimSpace(r.lines[i-1]) != "" && i != r.headEnd {
		return 0, false
	}
	if it := sec.last(); it != nil && (it.question != "" || it.sub != "") && i != r.headEnd && !r.b.paraBreak {
		return 0, false
	}
	j, lower := i, false
	for ; j < len(r.lines); j++ {
		t := strings.TrimSpace(r.lines[j])
		if t == "" {
			break
		}
		if _, bullet := textBullet(t); bullet || questionRE.MatchString(t) || examTipRE.MatchString(t) || isExamTip(t) {
			break
		}
		if !sentenceEnd(t) && !(t[0] == '(' && t[len(t)-1] == ')') {
			return 0, false
		}
		if first, _ := utf8.DecodeRuneInString(t); j > i && !unicode.IsUpper(first) && !unicode.IsDigit(first) && !strings.ContainsRune(`"'‘“(`, first) {
			lower = true
		}
		if sec.kind == KindFAQ && strings.HasSuffix(t, "?") {
			return 0, false // a question over its answer
		}
	}
	// Notes typed in a hurry start sentences in lower case: three lines
	// that each end one are entries all the same.
	if j-i < 2 || lower && j-i < 3 {
		return 0, false
	}
	r.entryEnd, r.entryIndent = j, indent
	return 0, true
}

// askedAlone reports whether line n of a FAQ, t, is a question on a line
// of its own over its answer: it ends in "?", is no longer than a question
// is, starts a line of its own (after a heading, a blank line or a
// sentence's end) and the next line does not ask too.
func (r *textReader) askedAlone(t string, n int) bool {
	if !strings.HasSuffix(t, "?") || !questionOverAnswer(t, r.nextLine()) {
		return false
	}
	return n < 2 || n-1 == r.headEnd || strings.TrimSpace(r.lines[n-2]) == "" || sentenceEnd(strings.TrimSpace(r.lines[n-2]))
}

// questionOverAnswer reports whether line t asks a question, no longer than
// a question is, over next, a line that answers it (that does not ask too).
func questionOverAnswer(t, next string) bool {
	return strings.HasSuffix(t, "?") && countWords(t) <= maxQuestionWords && next != "" && !strings.HasSuffix(next, "?")
}

// maxQuestionWords bounds a question on a line of its own.
const maxQuestionWords = 30

// sentenceEnd reports whether t ends as a sentence does: with ".", "!" or
// "?", before any closing quotes.
func sentenceEnd(t string) bool {
	t = strings.TrimRight(t, `"'”’`)
	return t != "" && strings.IndexByte(".!?", t[len(t)-1]) >= 0
}

// hangingEntry reports whether line n (1-based) starts an entry of a run
// written with hanging indents: a paragraph whose lines at its margin each
// give a label its text ("khardung la: ladakh: leh <-> nubra"), two of them
// at least, their text wrapped onto lines indented under them.
func (r *textReader) hangingEntry(n int) bool {
	i := n - 1
	if i < r.hangFrom || i >= r.hangTo {
		r.hangFrom, r.hangTo = i, i+1
		for r.hangFrom > 0 && strings.TrimSpace(r.lines[r.hangFrom-1]) != "" {
			r.hangFrom--
		}
		for r.hangTo < len(r.lines) && strings.TrimSpace(r.lines[r.hangTo]) != "" {
			r.hangTo++
		}
		r.hanging = hangingRun(r.lines[r.hangFrom:r.hangTo])
	}
	return r.hanging && indentOf(r.lines[i]) == indentOf(r.lines[r.hangFrom])
}

// hangingRun reports whether the lines of a paragraph are entries with
// hanging indents (see hangingEntry).
func hangingRun(lines []string) bool {
	margin := indentOf(lines[0])
	hung := false
	for _, l := range lines {
		switch in := indentOf(l); {
		case in < margin:
			return false
		case in > margin:
			hung = true
		}
	}
	if !hung {
		return false
	}
	entries := 0
	for _, l := range lines {
		if indentOf(l) == margin {
			if !hangLabelRE.MatchString(strings.TrimSpace(l)) {
				return false
			}
			entries++
		}
	}
	return entries >= 2
}

// hangLabelRE matches a line that gives a label, of a few words, its text.
var hangLabelRE = regexp.MustCompile(`^[\p{L}\p{N}][^:\s]*(?:\s+[^:\s]+){0,7}:\s+\S`)

// labelledPair reports whether line n and the line before it each give a
// label its value ("Date: 23 June 1757", "Place: Palashi"): such lines
// keep their line breaks.
func (r *textReader) labelledPair(n int) bool {
	return n >= 2 && labelPair(strings.TrimSpace(r.lines[n-2]), strings.TrimSpace(r.lines[n-1]))
}

// labelPair reports whether line, under prev, and prev each give a label
// its value: such lines stay lines of their own.
func labelPair(prev, line string) bool {
	return labelRE.MatchString(prev) && labelRE.MatchString(line)
}

// answered reports whether it is a question with its answer, or an exam
// tip with its text, that line t, after a blank line, does not continue.
func answered(it *item, t string) bool {
	if it == nil || it.question == "" && it.sub == "" || it.empty() {
		return false
	}
	_, isBullet := textBullet(t)
	return !(isBullet && leadsIn(it))
}

// wrapped reports whether line t continues the sentence that entry breaks
// off: the entry does not end as a sentence or clause does and t starts in
// lower case, as a line wrapped without indentation does.
func wrapped(entry, t string) bool {
	if entry == "" || strings.ContainsRune(".!?:;", rune(entry[len(entry)-1])) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	return unicode.IsLower(first)
}

// leadsIn reports whether an item ends with a line introducing a list.
func leadsIn(it *item) bool {
	return !it.hasList() && it.lastTail(1) == ":"
}

// depth returns the nesting of a list entry indented indent spaces.
func (r *textReader) depth(indent int) int {
	for len(r.indents) > 0 && r.indents[len(r.indents)-1] > indent {
		r.indents = r.indents[:len(r.indents)-1]
	}
	if len(r.indents) == 0 || r.indents[len(r.indents)-1] < indent {
		if len(r.indents) < maxListDepth {
			r.indents = append(r.indents, indent)
		}
	}
	return len(r.indents) - 1
}

// maxListDepth bounds how deep lists nest; deeper entries stay at this depth.
const maxListDepth = 8

// textBullet returns the text of a bulleted line: "- x", "* x", "• x",
// "– x", "-> x", "=> x", ">> x", "a) x", "(a) x", "i. x", "1. x", "(1) x",
// and Word's bullets copied as text (" x", "o<tab>x"). A task's box is written as
// Markdown's is: "- [ ] revise Art 71" is "☐ revise Art 71".
func textBullet(t string) (string, bool) {
	entry, ok := bulletEntry(t)
	return task(entry), ok
}

func bulletEntry(t string) (string, bool) {
	r, size := utf8.DecodeRuneInString(t)
	rest := t[size:]
	switch {
	case (r == '-' || r == '=' || r == '>') && strings.HasPrefix(rest, "> "):
		rest = strings.TrimSpace(rest[1:])
		return rest, rest != ""
	case strings.ContainsRune(bulletSymbols[:len(bulletSymbols)-len(dashBullets)], r):
		rest = strings.TrimSpace(strings.TrimPrefix(rest, "\ufe0f")) // "▪️", the emoji's form
		return rest, rest != ""
	case r == 'o' && (strings.HasPrefix(rest, "\t") || strings.HasPrefix(rest, "  ")):
		rest = strings.TrimSpace(rest) // Word's "o" of a list's second level, copied as text
		return rest, rest != ""
	case strings.ContainsRune(dashBullets, r):
		if strings.HasPrefix(rest, " ") {
			rest = strings.TrimSpace(rest)
			return rest, rest != ""
		}
		return "", false
	case r == '(' || r >= 'a' && r <= 'z' || r >= '0' && r <= '9':
		if m := listMarkRE.FindStringSubmatch(t); m != nil {
			if letterMarkRE.MatchString(t) {
				return t, true // "(g) would endanger …": the letter it is cited by
			}
			return m[1], true
		}
	}
	return "", false
}

// strayNumeral reports whether line t opens with a Roman numeral past
// "i" that the entry above it, the line entry, does not count up to: "v.
// slow, hard to spot" goes on with "1. Ground -> … smoulders,".
func strayNumeral(t, entry string) bool {
	m := romanMarkRE.FindStringSubmatch(t)
	if m == nil || NumberValue(m[1]) <= 1 {
		return false
	}
	e := romanMarkRE.FindStringSubmatch(strings.TrimSpace(entry))
	return e == nil || NumberValue(e[1]) != NumberValue(m[1])-1
}

var romanMarkRE = regexp.MustCompile(`^\(?([ivx]{1,5})[.)]\s`)

// bulletSymbols start bulleted lines; the dashes need a space after them.
const (
	dashBullets   = "-*+–—→"
	bulletSymbols = "•·▪◦●○■□►▸➢➤✓✔" + wordBullets + dashBullets
	// wordBullets are the Symbol and Wingdings bullets Word's text keeps
	// (U+F0B7 "", U+F0A7 "") when it is copied.
	wordBullets = "\uf0b7\uf0a7\uf0a8\uf0d8\uf076\uf0fc\uf0e8"
)

// EntryLetter returns the letter an entry lettered in brackets starts
// with, as lettered entries keep it: "g" of "(g) would endanger …" or
// "g) …"; else "".
func EntryLetter(text string) string {
	if m := letterMarkRE.FindStringSubmatch(text); m != nil {
		return m[1]
	}
	return ""
}

var letterMarkRE = regexp.MustCompile(`^\(?([a-z])\)\s`)

var listMarkRE = regexp.MustCompile(`^(?:\(?[a-z]\)|\([ivx]{1,5}\)|[ivx]{1,5}[.)]|\(\d{1,3}\)|\d{1,3}[.)])\s+(\S.*)$`)

// itemMarker and faqQuestion match their regular expressions on lines that
// start as those can: most lines are prose.
func itemMarker(t string) []string {
	r, _ := utf8.DecodeRuneInString(t)
	if !strings.ContainsRune("•·▪◦*-", r) {
		return nil
	}
	return markerRE.FindStringSubmatch(t)
}

func faqQuestion(t string) []string {
	if t == "" || t[0] < '0' || t[0] > '9' {
		return nil
	}
	return faqRE.FindStringSubmatch(t)
}
