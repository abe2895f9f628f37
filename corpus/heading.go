package corpus

import (
	"regexp"
	"slices"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// headingKinds maps the names students give the usual parts of a concept
// document, normalised by headingKey, to their kinds. The heading is cited
// as written; only its kind comes from here.
var headingKinds = map[string]Kind{}

func init() {
	for _, byKind := range []map[Kind]string{{
		KindDefinition: "definition|definitions|overview|introduction|intro|meaning|in one line|in brief|what is it|about",
		KindBackground: "historical background|background|history|historical context|origin|origins|evolution|genesis",
		KindKeyPoint: "key points|key point|key provisions|key features|features|salient features|main features|" +
			"important features|imp features|imp points|imp pts|important points|important pts|key pts|key facts|imp facts|important facts|" +
			"main points|highlights|key highlights|provisions|important provisions|key takeaways|takeaways|points to remember|" +
			"important points to remember|imp points to remember|imp pts to remember|key points to remember",
		KindDevelopment: "recent developments|latest developments|recent development|recent devts|recent devt|recent devs|" +
			"recent dev|recent updates|latest updates|updates|current affairs|in news|in the news|news|recent news|" +
			"latest news|recent events|developments|current developments|news updates|why in news|why in news?|why in the news|why in the news?|" +
			"context|news context", // "Context:", as current-affairs notes open
		KindFAQ: "frequently asked questions|faq|faqs|q&a|q & a|q and a|qna|q/a|questions and answers|" +
			"questions & answers|pyq|pyqs|previous year questions|previous years questions|previous year's questions",
		KindExamTip:     "exam tip|exam tips",
		KindMindMap:     "visual insights|mind map",
		KindSourceTopic: "source topic",
		KindRelevance:   "upsc relevance|exam relevance|relevance|syllabus relevance|syllabus",
		KindConnections: "connections",
	},
		// Hinglish (Hindi in Latin letters), as students head their notes.
		{
			KindDefinition:  "kya hai|kya hai?|kya hain|kya hain?|parichay|arth|matlab",
			KindBackground:  "prishthbhumi|prishthabhumi|pristhbhumi|itihas|itihaas",
			KindKeyPoint:    "mukhya bindu|pramukh bindu|mahatvapurna bindu|mahatvpurn bindu|mukhya baatein|imp baatein|mukhya visheshtayen|visheshtayen|visheshtaen|pramukh visheshtayen",
			KindDevelopment: "charcha mein kyon|charcha mein kyon?|charcha me kyu|charcha me kyu?|charcha mein kyun|charcha mein kyun?|khabron mein|samachar mein|haal ki ghatnayen|haal ki ghatnaayein|haaliya ghatnakram",
			KindFAQ:         "prashn uttar|prashnottar|sawal jawab|sawaal jawaab",
		}} {
		for kind, names := range byKind {
			for _, name := range strings.Split(names, "|") {
				headingKinds[name] = kind
				headingNames[kind] = append(headingNames[kind], name)
			}
		}
	}
}

// headingNames lists the names of each kind in headingKinds, in the order
// written above.
var headingNames = map[Kind][]string{}

// HeadingNames returns the names, lower case, that students give sections
// of kind k and that parsing recognises as that kind: "imp points" and
// "key facts" for key points, "pyqs" for FAQs.
func HeadingNames(k Kind) []string { return slices.Clone(headingNames[k]) }

// gsPaper is a paper of the UPSC's General Studies: "GS-III", "GS Paper
// 2", "general studies paper I".
const gsPaper = `(?:upsc\s+)?(?:gs|general studies)\s*[-–]?\s*(?:paper\s*[-–]?\s*)?(?:[1-4]|i{1,3}|iv)\b`

var (
	numberingRE   = regexp.MustCompile(`^(?:\(?(?:\d{1,3}(?:\.\d{1,3})*|[ivxlc]{1,6}|[a-z])[.)]|\d{1,3}(?:\.\d{1,3})+)\s+`)
	parentheticRE = regexp.MustCompile(`\s*[(\[][^)\]]*[)\]]`)
	whatIsRE      = regexp.MustCompile(`(?i)^what (?:is|are|was|were) (?:an? |the )?(.+?)\s*\??$`)
	kyaHaiRE      = regexp.MustCompile(`(?i)^(.+?)\s+kya\s+(?:hai|hain|tha|thi|the)\s*\??$`)
	titleYearRE   = regexp.MustCompile(`(?:,?\s+(?:of\s+|in\s+)?|\s*\()(?:1[5-9]|20)\d\d\)?$`)
	// gsPaperRE: a line that starts with a GS paper ("GS Paper II:
	// Polity"), or has one as one of the fields of a line of labels ("Topic:
	// Judiciary | GS2 | Last revised: Oct 2025") or in brackets after a
	// subject ("Modern Indian History (GS Paper I)").
	gsPaperRE    = regexp.MustCompile(`(?i)^` + gsPaper + `|[|(]\s*` + gsPaper + `[^|]*(?:\||$)`)
	headNumberRE = regexp.MustCompile(`^(?:\d{1,2}(?:\.\d{1,2})*[.)]?|[IVX]{1,5}[.)])\s+(\S.*)$`)
	initialRE    = regexp.MustCompile(`^\p{Lu}\.(?:\s|$)`)
)

// unnumbered returns heading t without the number it starts with, as
// notes number their sections: "1) Basics" or "2. Key Points" is cited as
// "Basics" or "Key Points", "II. Background" and "2.1 Orbit" likewise. A
// bare number needs a dot after it ("2.1", not "1857 revolt"), and a
// Roman numeral a word after it ("V. K. Menon" is a name).
func unnumbered(t string) string {
	if t == "" || !(t[0] >= '0' && t[0] <= '9' || t[0] == 'I' || t[0] == 'V' || t[0] == 'X') {
		return t
	}
	m := headNumberRE.FindStringSubmatch(t)
	if m == nil {
		return t
	}
	num := strings.TrimSpace(t[:len(t)-len(m[1])])
	if c := num[len(num)-1]; c >= '0' && c <= '9' && !strings.Contains(num, ".") {
		return t // "1857 revolt"
	}
	if (num[0] < '0' || num[0] > '9') && initialRE.MatchString(m[1]) {
		return t
	}
	return m[1]
}

// withoutNoteID returns t without the timestamp a note-taking app's
// Zettelkasten names notes by ("202403151030 Objectives Resolution": a
// year, month, day, hour and minute, maybe seconds), when a name follows it.
func withoutNoteID(t string) string {
	if m := noteIDRE.FindStringSubmatch(t); m != nil && m[1] >= "01" && m[1] <= "12" && strings.IndexFunc(t[len(m[0]):], unicode.IsLetter) >= 0 {
		return t[len(m[0]):]
	}
	return t
}

var noteIDRE = regexp.MustCompile(`^(?:19|20)\d\d(\d\d)\d{6}(?:\d\d)?\s+`)

// headingNumber returns the whole number heading t starts with, as
// unnumbered reads it ("4. Payloads" is 4, "II. Background" 2), or 0: for
// none, and for a subheading's "2.1".
func headingNumber(t string) int {
	if unnumbered(t) == t {
		return 0
	}
	m := wholeNumberRE.FindStringSubmatch(t)
	if m == nil {
		return 0
	}
	return NumberValue(m[1])
}

var wholeNumberRE = regexp.MustCompile(`^(\d{1,2}|[IVX]{1,5})[.)]?\s`)

// NumberValue is the value of s written in figures ("4", "04") or in Roman
// numerals of I, V and X in either case ("IV", "iv"), as notes number their
// headings and questions ask for them; 0 for anything else.
func NumberValue(s string) int {
	if n, err := strconv.Atoi(s); err == nil {
		return n
	}
	value := func(c byte) int {
		switch c | 0x20 { // lower case
		case 'i':
			return 1
		case 'v':
			return 5
		case 'x':
			return 10
		}
		return 0
	}
	n := 0
	for i := 0; i < len(s); i++ {
		v := value(s[i])
		switch {
		case v == 0:
			return 0
		case i+1 < len(s) && value(s[i+1]) > v:
			n -= v
		default:
			n += v
		}
	}
	return max(n, 0)
}

// HeadingKind returns the kind of part of a concept document a heading
// names ("Why in News?": developments), or "" for none.
func HeadingKind(t string) Kind {
	kind, _, _ := knownHeading(t, "")
	return kind
}

// HeadingKey is a heading as a question would name it: lower case,
// without emoji, numbering, remarks in brackets or trailing punctuation
// ("NTCA (imp!!)" is "ntca", "3. Payloads (7 in total)" is "payloads").
func HeadingKey(t string) string { return headingKey(t) }

// headingKey normalises a heading for headingKinds: lower case, without
// emoji ("📌 Key points"), numbering ("3."), remarks in brackets
// ("(imp!!)"), emphasis or trailing punctuation.
func headingKey(t string) string {
	if len(t) > maxHeadingBytes {
		return ""
	}
	k := strings.ToLower(strings.TrimFunc(t, isDecoration))
	if k == "" {
		return ""
	}
	if c := k[0]; c >= '0' && c <= '9' || c == '(' || c == 'i' || c == 'v' || c == 'x' {
		k = numberingRE.ReplaceAllString(k, "")
	}
	if strings.ContainsAny(k, "([") {
		k = DropBrackets(k)
	}
	k = strings.Trim(k, " \t*_:-–—.!=")
	if strings.Contains(k, "  ") || strings.ContainsAny(k, "\t") {
		k = strings.Join(strings.Fields(k), " ")
	}
	return k
}

// isDecoration reports whether r is space, or a symbol or mark an emoji
// is made of, around a heading's words.
func isDecoration(r rune) bool {
	return unicode.IsSpace(r) || unicode.In(r, unicode.So, unicode.Sk, unicode.Mn, unicode.Me, unicode.Cf)
}

// DropBrackets removes the parts of s in (round) or [square] brackets.
func DropBrackets(s string) string {
	var b strings.Builder
	depth := 0
	for i := 0; i < len(s); i++ {
		switch c := s[i]; {
		case c == '(' || c == '[':
			depth++
		case (c == ')' || c == ']') && depth > 0:
			depth--
		case depth == 0:
			b.WriteByte(c)
		}
	}
	return b.String()
}

// knownHeading maps the headings concept documents share to their kinds and
// the heading to cite: the heading as written (without a closing ":"),
// except that "What is <title>?" is cited as "Definition".
func knownHeading(t, title string) (Kind, string, bool) {
	key := headingKey(t)
	if kind, ok := headingKinds[key]; ok {
		return kind, strings.TrimRight(t, " :"), true
	}
	if updates(key) {
		return KindDevelopment, strings.TrimRight(t, " :"), true
	}
	if n := len(key); n > 0 && key[n-1] >= '0' && key[n-1] <= '9' {
		if loc := trailingYearsRE.FindStringIndex(key); loc != nil && loc[0] > 0 {
			if kind, ok := headingKinds[strings.TrimRight(key[:loc[0]], ":,")]; ok {
				return kind, strings.TrimRight(t, " :"), true // "CURRENT AFFAIRS 2025", "In news: 2024-25": when, not what
			}
		}
	}
	if loc := qsRE.FindStringIndex(key); loc != nil {
		if kind, ok := headingKinds[key[:loc[0]]+" questions"]; ok {
			return kind, strings.TrimRight(t, " :"), true // "Previous year Qs"
		}
	}
	if kind, ok := headingKinds[firstPart(key)]; ok {
		return kind, strings.TrimRight(t, " :"), true // "imp pts - biology", "faq / q-bank"
	}
	if before, after, ok := strings.Cut(key, ": "); ok {
		// "In news: recent developments": two names of one kind
		if kind, ok := headingKinds[before]; ok && kind == headingKinds[after] {
			return kind, strings.TrimRight(t, " :"), true
		}
	}
	for rest := key; ; {
		q, after, ok := strings.Cut(rest, " ")
		if !ok || !qualifiers[q] {
			break
		}
		if kind, ok := headingKinds[after]; ok && kind != KindRelevance {
			return kind, strings.TrimRight(t, " :"), true // "Quick FAQs", "Some more PYQs"
		}
		rest = after
	}
	if kind, ok := headingKinds[subjectless(key)]; ok && kind != KindRelevance {
		return kind, strings.TrimRight(t, " :"), true // "faqs on the cabinet mission", "features of the act"
	}
	for _, tail := range headingTails {
		if head, ok := strings.CutSuffix(key, tail); ok {
			if kind, ok := headingKinds[head]; ok && kind != KindRelevance {
				return kind, strings.TrimRight(t, " :"), true // "Key Points at a Glance", "Current affairs log"
			}
		}
	}
	if kind, ok := pairedKind(key); ok {
		return kind, strings.TrimRight(t, " :"), true // "Background and Launch", "Causes & History"
	}
	if title == "" || !strings.Contains(key, "what ") && !strings.Contains(key, " kya ") {
		return "", "", false
	}
	if u := strings.TrimRight(unnumbered(strings.TrimLeftFunc(t, IsEmoji)), " :"); len(u) > 8 && (strings.EqualFold(u[:5], "what ") || strings.Contains(key, " kya ")) {
		m := whatIsRE.FindStringSubmatch(u) // "1. What is Ayushman Bharat?" too
		if m == nil {
			m = kyaHaiRE.FindStringSubmatch(u) // "GST Council kya hai?"
		}
		if m != nil {
			if strings.EqualFold(strings.TrimSpace(m[1]), title) && strings.HasSuffix(u, "?") {
				return KindDefinition, "Definition", true
			}
			if namesTitle(m[1], title) {
				return KindDefinition, strings.TrimRight(t, " :"), true
			}
		}
	}
	return "", "", false
}

// pairedKind returns the kind of a heading key that joins two parts with
// "and", "&" or "+", the first part's when it names one, else the second's
// ("history and evolution", "objectives and features"). A part of more
// than three words is a subject, not a part's name, and relevance is
// never a joined part's kind ("significance and relevance").
func pairedKind(key string) (Kind, bool) {
	var a, b string
	ok := false
	for _, join := range []string{" and ", " & ", " + "} {
		if a, b, ok = strings.Cut(key, join); ok {
			break
		}
	}
	if !ok {
		return "", false
	}
	for _, part := range []string{a, b} {
		if strings.Count(part, " ") > 2 {
			continue
		}
		if kind, ok := headingKinds[part]; ok && kind != KindRelevance {
			return kind, true
		}
	}
	return "", false
}

// qualifiers are words a heading puts before the name of a part without
// making it another: "quick FAQs", "important PYQs", "some more FAQs",
// "quick revision FAQs".
var qualifiers = map[string]bool{"quick": true, "short": true, "important": true, "imp": true, "some": true, "few": true,
	"top": true, "main": true, "common": true, "more": true, "other": true, "additional": true, "extra": true, "basic": true, "selected": true, "revision": true}

// qsRE matches "questions" shortened at the end of a heading key.
var qsRE = regexp.MustCompile(` (?:qs|q's|ques|qns|qstns)$`)

// updates reports whether a heading key not among headingKinds names
// updates all the same: a word or two before "updates" ("dated updates",
// "2024 updates", "monthly updates").
func updates(key string) bool {
	head, ok := strings.CutSuffix(key, " updates")
	return ok && head != "" && countWords(head) <= 2
}

// headingTails say how a part is written ("Key Points at a Glance",
// "Background in Brief") or what holds it ("Current affairs log", "FAQ
// corner"), not what it is.
var headingTails = []string{" at a glance", " in brief", " in short", " in a nutshell", " for revision", " to remember",
	" log", " tracker", " diary", " corner", " section", " box", " zone"}

// trailingYearsRE matches the year or years a heading ends in: " 2025",
// " 2024-25", " 2023–2025".
var trailingYearsRE = regexp.MustCompile(` (?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)?\d\d)?$`)

// firstPart returns the part of a heading key before " / ", " - ", " – "
// or " | ", the name of a part of a document that a heading qualifies,
// or "" when there is no such separator.
func firstPart(key string) string {
	for i := 0; i+2 < len(key); i++ {
		if key[i] != ' ' {
			continue
		}
		switch rest := key[i+1:]; {
		case strings.HasPrefix(rest, "/ "), strings.HasPrefix(rest, "- "), strings.HasPrefix(rest, "| "), strings.HasPrefix(rest, "– "):
			return strings.TrimSpace(key[:i])
		}
	}
	return ""
}

// subjectless returns the part of a heading key before " on ", " of ",
// " about ", " for " or " to " that names a part of a document, as a
// heading names its subject after it ("faqs on the plan", "history of
// kaziranga"), or "".
func subjectless(key string) string {
	for i := 1; i+4 < len(key); i++ {
		if key[i] != ' ' {
			continue
		}
		rest := key[i+1:]
		for _, p := range []string{"on ", "of ", "about ", "for ", "to "} {
			if strings.HasPrefix(rest, p) {
				return key[:i]
			}
		}
	}
	return ""
}

// namesTitle reports whether x names the document titled title: the title
// itself, its part before a dash or colon, without its bracketed part or
// the year it ends with ("Quit India Movement" for "Quit India Movement
// 1942: Causes"), or what is in its brackets, alone or in x's brackets
// too.
func namesTitle(x, title string) bool {
	x = strings.ToLower(strings.Trim(x, " ?"))
	t := strings.ToLower(title)
	if x == "" {
		return false
	}
	if x == t || x == strings.TrimSpace(parentheticRE.ReplaceAllString(t, "")) || x == titleYearRE.ReplaceAllString(t, "") {
		return true
	}
	for _, sep := range subtitleSeps {
		if head, _, ok := strings.Cut(t, sep); ok {
			if head = strings.TrimSpace(head); x == head || x == titleYearRE.ReplaceAllString(head, "") || sameName(x, head) {
				return true
			}
		}
	}
	if i := strings.IndexAny(t, "(["); i > 0 && sameName(x, strings.TrimSpace(t[:i])) {
		return true // "Swadeshi Movement" for "Swadeshi Movement (1905-1911) and the Partition of Bengal"
	}
	ours := parentheticRE.FindAllString(x, -1)
	for _, m := range parentheticRE.FindAllString(t, -1) {
		// "MSP" for "Minimum Support Price (MSP)", "an SEZ" for "Special
		// Economic Zones (SEZs) in India"; "El Niño–Southern Oscillation
		// (ENSO)" for "El Niño and La Niña (ENSO): …".
		if sameName(x, strings.Trim(m, " ()[]")) || slices.Contains(ours, m) {
			return true
		}
	}
	return sameName(x, abbreviated(t))
}

// subtitleSeps set a title's subtitle apart from its name.
var subtitleSeps = []string{" - ", " – ", " — ", ": "}

// abbreviated is a title with the words its bracketed initials stand for
// replaced by them, and without its subtitle: "pli scheme" of "production
// linked incentive (pli) scheme: objectives, …".
func abbreviated(t string) string {
	for _, sep := range subtitleSeps {
		t, _, _ = strings.Cut(t, sep)
	}
	loc := parentheticRE.FindStringIndex(t)
	if loc == nil {
		return ""
	}
	abbr := strings.Trim(t[loc[0]:loc[1]], " ()[]")
	letters := []rune(abbr)
	words := strings.Fields(t[:loc[0]])
	if len(letters) < 2 || len(letters) > len(words) {
		return ""
	}
	rest := words[:len(words)-len(letters)]
	for i, w := range words[len(rest):] {
		if r, _ := utf8.DecodeRuneInString(w); unicode.ToLower(r) != unicode.ToLower(letters[i]) {
			return ""
		}
	}
	return strings.TrimSpace(strings.Join(append(rest, abbr), " ") + t[loc[1]:])
}

// sameName reports whether x, what a "What is …?" heading asks about,
// names head, a title's name before its subtitle, but for articles, a
// plural and where ("a heatwave" for "Heatwaves in India", "the Chola
// Empire" for "The Chola Empire").
func sameName(x, head string) bool {
	for _, a := range []string{"a ", "an ", "the "} {
		x = strings.TrimPrefix(x, a)
		head = strings.TrimPrefix(head, a)
	}
	head = strings.TrimSuffix(head, " in india")
	return x != "" && strings.TrimSuffix(x, "s") == strings.TrimSuffix(head, "s")
}

// relevanceLine reports whether line t, a paragraph of its own before the
// first section, says where the notes sit in the syllabus rather than what
// they are about: a label of relevance ("Syllabus: GS Paper I – …", "UPSC
// relevance: …"), or a short line that starts with a GS paper ("GS Paper
// II: Polity", "GS-III | Economy") or has one among fields set apart by
// "|" ("Topic: Judiciary | GS2 | …") or in brackets. It returns the heading to cite it
// under and its text.
func relevanceLine(t string) (heading, text string, ok bool) {
	if heading, text, ok := kindLine(t, KindRelevance); ok {
		return heading, text, true
	}
	if countWords(t) <= maxRelevanceWords && gsPaperRE.MatchString(t) {
		return "Relevance", t, true
	}
	return "", "", false
}

// kindLine splits a line that a label naming a part of kind opens into
// the label, the heading to cite its text under, and its text: "Syllabus:
// GS Paper I", "PYQ (Mains 2020, GS1): Account for the flooding of …".
func kindLine(t string, kind Kind) (heading, text string, ok bool) {
	label, rest, found := strings.Cut(t, ":")
	if !found || len(label) > 40 {
		return "", "", false
	}
	if rest = strings.TrimSpace(rest); rest == "" || headingKinds[headingKey(label)] != kind {
		return "", "", false
	}
	return strings.TrimSpace(strings.Trim(label, "*_ ")), rest, true
}

// maxRelevanceWords bounds a line that starts with a GS paper without a
// label: longer, it is prose.
const maxRelevanceWords = 20

// headingLike reports whether t is short enough, and ends as, a heading:
// at most 12 words and 80 characters, not ending as a sentence does.
func headingLike(t string) bool {
	if t == "" || len(t) > 320 || utf8.RuneCountInString(t) > 80 {
		return false
	}
	if n := countWords(t); n == 0 || n > 12 || sentenceBreak(t) {
		return false // "Sure! Here's an explanation of X 👇"
	}
	if core := strings.TrimRightFunc(t, IsEmoji); core != "" {
		t = core
	}
	switch t[len(t)-1] {
	case '.', ',', ';', '!', '?':
		return strings.HasSuffix(t, "!!)") || strings.HasSuffix(t, "!!") && upperCase(t) // "(imp!!)" is a remark, "DON'T CONFUSE!!" a shout, not a sentence
	}
	return true
}

// sentenceBreak reports whether one sentence ends in t and another
// starts: "Sure! Here's …", "… the original motion. Three sub-types:"
// (a full stop after a word, not an abbreviation's: "Govt. Schemes").
func sentenceBreak(t string) bool {
	return (strings.Contains(t, "! ") || strings.Contains(t, "? ") || strings.Contains(t, ". ")) && sentenceBreakRE.MatchString(t)
}

var sentenceBreakRE = regexp.MustCompile(`(?:[!?]|\p{Ll}{4}\.) +\p{Lu}`)

// countWords counts the runs of non-space characters in t.
func countWords(t string) int {
	n, in := 0, false
	for i := 0; i < len(t); i++ {
		space := t[i] == ' ' || t[i] == '\t'
		if !space && !in {
			n++
		}
		in = !space
	}
	return n
}

// looksLikeHeading is true for a short line in title case without a full stop.
func looksLikeHeading(t string) bool {
	if utf8.RuneCountInString(t) > 80 {
		return false // before splitting a paragraph into its words
	}
	if words := strings.Fields(t); len(words) == 0 || len(words) > 10 || sentenceBreak(t) {
		return false
	}
	first, _ := utf8.DecodeRuneInString(t)
	if !unicode.IsUpper(first) {
		return false
	}
	if _, value, ok := strings.Cut(t, ": "); ok && strings.Count(value, ", ") >= 2 {
		return false // "Basin: Karnataka, Tamil Nadu, Kerala": a label and what it lists
	}
	bare := strings.TrimSpace(DropBrackets(t)) // "Premium (farmer's share)": the remark aside
	if endsInStop(t) || endsInStop(bare) {
		return false
	}
	long, upper := 0, 0
	for _, w := range strings.Fields(bare) {
		r, _ := utf8.DecodeRuneInString(w)
		if utf8.RuneCountInString(w) > 3 {
			long++
			if unicode.IsUpper(r) || unicode.IsDigit(r) {
				upper++
			}
		}
	}
	return long == 0 || upper*2 >= long
}

// endsInStop reports whether s ends in a stop or a comma, as a sentence or a
// label does and a heading does not ("?" aside: headings ask).
func endsInStop(s string) bool { return s != "" && strings.IndexByte(".,;:!", s[len(s)-1]) >= 0 }

// upperCase reports whether t has at least three letters and none in
// lower case but the "s" of an acronym's plural: "WHAT IS MSP",
// "PM-AASHA", "POWERS OF ADCs".
func upperCase(t string) bool {
	letters, upper := 0, 0 // upper: capitals in a row, before r
	for i, r := range t {
		switch {
		case r == 's' && upper >= 2 && (i+1 == len(t) || !unicode.IsLetter(rune(t[i+1]))):
			// an acronym's plural: "POWERS OF ADCs", "NGOs"
		case unicode.IsLower(r):
			return false
		}
		if unicode.IsUpper(r) {
			upper++
		} else {
			upper = 0
		}
		if unicode.IsLetter(r) {
			letters++
		}
	}
	return letters >= 3
}

// hasWords reports whether t has a letter or a digit: a heading without
// any ("📌", "✨🔥") is decoration, not a name.
func hasWords(t string) bool {
	return strings.IndexFunc(t, isWord) >= 0
}

// maxLineHeadingWords bounds a heading taken from a line of text.
const maxLineHeadingWords = 8

// lineHeading returns the heading to cite for a top-level heading made
// only of emoji, taken from the first line of its text (without a list
// marker): the line itself when it reads as a heading ("Key facts:"),
// else its first words, up to the first clause mark and at most
// maxLineHeadingWords, with "…". It returns "" for a line without words.
func lineHeading(line string) string {
	line = strings.TrimSpace(strings.TrimLeftFunc(line, isDecoration))
	if !hasWords(line) {
		return ""
	}
	if core := strings.TrimRight(line, " :"); headingLike(core) && countWords(core) <= maxLineHeadingWords {
		return core
	}
	var out []string
	for _, w := range strings.Fields(line) {
		if len(out) == maxLineHeadingWords {
			break
		}
		if end := strings.TrimRight(w, ",;:.!?"); end != w {
			if end != "" {
				out = append(out, end)
			}
			break
		}
		out = append(out, w)
	}
	return strings.Join(out, " ") + "…"
}
