package index

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Shapes.
//
// A question's words say what shape its answer should take (see
// corpus.Shape): "list all key points", "summarise Delimitation", "3 points
// on technology transfer for mains", "compare A and B", "when was X set up
// and what is Y?". The words are read here; answers are built in
// shapeanswer.go. Detection is deliberately narrow, so that plain questions
// keep today's answers:
//
//   - list: a section is named in the plural ("key points", "recent
//     developments", "FAQs"), or in any form with a list word ("list",
//     "all", "every", "saare", "sab"); or something happened in a year
//     ("what happened in 2023", "2023 mein kya hua"). A list word without a
//     section ("list the members of the Quad") asks for a passage.
//   - summary: "summarise", "summary", "overview", "gist", "in brief",
//     "short notes", "all about", "saar".
//   - points: a number before "points", "reasons", "features",
//     "challenges"… ("3 points", "five reasons", "teen points"), or such a
//     word with "for mains", or "in points".
//   - compare: "compare A and B", "difference between A and B", "A vs B",
//     "how is A different from B", "A aur B mein kya fark hai".
//   - parts: two questions in one (parts.go).

// shapeWords is what the words of a question say about its answer's shape.
type shapeWords struct {
	shape corpus.Shape // ShapePassage when nothing else is asked for
	topic string       // the question without its shape words: what to search for
	n     int          // points: how many (1..maxPoints)
	sides []string     // compare: the two sides, as the user wrote them

	// Lists.
	targets  []listTarget // the sections named
	year     int          // a year named, or 0
	timeline bool         // asked for a timeline ("afspa timeline")
	happened bool         // asked what happened in the year ("what happened in 2023")
	titled   string       // the document named by a heading of its title's words (titledTargets)
}

// maxPoints is the most passages a points answer gives.
const maxPoints = 10

// defaultPoints is how many points "points for mains" without a number gets.
const defaultPoints = 5

var (
	// Compare: each expression has the two sides as its first two groups.
	compareREs = []*regexp.Regexp{
		regexp.MustCompile(`(?i)^(?:please\s+)?(?:compare|contrast|distinguish|differentiate)\s+(?:between\s+)?(.+?)\s+(?:and|with|to|from|vs\.?|versus|v/s|&|aur)\s+(.+)$`),
		regexp.MustCompile(`(?i)\b(?:difference|differences|diff|distinction|fark|farak|farq|antar)\s+(?:between|b/w|bw|of|in)\s+(.+?)\s+(?:and|&|vs\.?|versus|aur)\s+(.+)$`),
		regexp.MustCompile(`(?i)^how\s+(?:is|are|does|do)\s+(.+?)\s+(?:differ|different)\s+(?:from|to|than)\s+(.+)$`),
		regexp.MustCompile(`(?i)^(.+?)\s+(?:vs\.?|versus|v/s)\s+(.+)$`),
		regexp.MustCompile(`(?i)^(.+?)\s+(?:aur|and|or)\s+(.+?)\s+(?:me|mein|main|mai|ke\s+beech|ke\s+bich)\s+(?:kya\s+)?(?:fark|farak|farq|antar|difference|differences)\b`),
	}
	// sideTailRE is what trails the second side: "… me kya farak hai?".
	sideTailRE = regexp.MustCompile(`(?i)(?:\s+(?:me|mein|main|mai|ke\s+beech|ke\s+bich))?(?:\s+kya)?(?:\s+(?:main|major|key|basic|real))?\s+(?:fark|farak|farq|antar|difference|differences)(?:\s+kya)?(?:\s+(?:hai|h|he|hain|hota\s+hai))?$|\s+(?:in\s+detail|for\s+mains|for\s+prelims)$|[\s?.!]+$`)
	sideHeadRE = regexp.MustCompile(`(?i)^(?:the|between)\s+`)

	// Points: a number before a word for points, with up to two adjectives.
	numberWords = map[string]int{
		"one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
		"ek": 1, "teen": 3, "char": 4, "chaar": 4, "paanch": 5, "panch": 5, "chhe": 6, "chheh": 6,
		"saat": 7, "aath": 8, "nau": 9, "das": 10,
	}
	pointNouns      = `points|pointers|reasons|features|challenges|advantages|disadvantages|benefits|issues|examples|facts|arguments|factors|causes|consequences|impacts|effects|steps|measures|objectives|provisions|pros|cons|problems|concerns|aspects|highlights|takeaways|bullets`
	pointAdjectives = `key|important|main|major|significant|crucial|relevant|good|short|brief|quick|valuable|strong|imp|mains|prelims|value\s+addition`
	pointsNRE       = regexp.MustCompile(`\b(\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|ek|teen|char|chaar|paanch|panch|chhe|chheh|saat|aath|nau|das)\s+(?:(?:` + pointAdjectives + `)\s+){0,2}(?:` + pointNouns + `)\b`)
	pointsMainsRE   = regexp.MustCompile(`\b(?:` + pointNouns + `)\b.*\bfor\s+(?:the\s+)?mains\b|\bmains\s+(?:points|pointers)\b|\bin\s+(?:bullet\s+)?points\b|\bpoint\s*wise\b|\bbullet\s+points\b`)

	// Summaries.
	summaryRE = regexp.MustCompile(`\b(?:summari[sz]e[sd]?|summary|summaries|overview|gist|recap|tldr|tl\s+dr|synopsis|saar|saransh|in\s+brief|in\s+short|in\s+a\s+nutshell|nutshell|short\s+notes?|quick\s+revision|revision\s+notes?|all\s+about)\b`)

	// Lists.
	// dayRE finds a day of a month: "on 1 November 1956" asks what happened
	// that day, not in the year.
	dayRE       = regexp.MustCompile(`\b\d{1,2}(?:st|nd|rd|th)?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{4}\b|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?,?\s+\d{4}\b`)
	eventYearRE = regexp.MustCompile(`\b(?:happened|happen|happening|occurred|events|kya\s+(?:kya\s+)?hua|kya\s+(?:kya\s+)?hue)\b`)
)

// Words without which the regular expressions of a shape cannot match: a
// substring of the question for comparisons, a word for the others.
var (
	compareKeys = []string{"compar", "contrast", "distinguish", "differ", "diff", "distinction", "fark", "farak", "farq", "antar", "vs", "versus", "v/s"}
	summaryKeys = setOf("summarise summarize summarised summarized summarises summarizes summary summaries overview gist recap tldr tl synopsis saar saransh brief short nutshell revision about")
	pointKeys   = setOf(strings.ReplaceAll(pointNouns, "|", " ") + " pointwise point bullet")
)

func setOf(ws string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(ws) {
		m[w] = true
	}
	return m
}

func hasWord(ws []string, set map[string]bool) bool {
	for _, w := range ws {
		if set[w] {
			return true
		}
	}
	return false
}

func containsAny(s string, subs []string) bool {
	for _, sub := range subs {
		if strings.Contains(s, sub) {
			return true
		}
	}
	return false
}

// recentWords ask for what happened lately: with a list word and no section
// named, the developments.
var recentWords = setOf("recent recently latest new newest")

// listWords ask for a list in so many words.
var listWords = map[string]bool{
	"list": true, "all": true, "every": true, "enumerate": true,
	"saare": true, "sare": true, "saari": true, "sari": true, "sab": true, "sabhi": true, "sabhee": true,
}

// fillerWords say nothing about what a shaped answer is about: request words
// in English and Hinglish, and words about the exam or recency that every
// passage would otherwise have to match.
var fillerWords = map[string]bool{
	"give": true, "me": true, "tell": true, "write": true, "show": true, "please": true, "pls": true, "plz": true,
	"on": true, "about": true, "regarding": true, "related": true, "to": true, "for": true, "of": true, "in": true,
	"the": true, "a": true, "an": true, "and": true, "with": true, "from": true, "what": true, "which": true,
	"are": true, "is": true, "were": true, "was": true, "there": true, "any": true, "some": true, "notes": true,
	"mains": true, "prelims": true, "upsc": true, "answer": true, "quick": true, "brief": true, "short": true,
	"recent": true, "recently": true, "latest": true, "new": true, "newest": true, "current": true,
	"happened": true, "happen": true, "happening": true, "occurred": true, "events": true, "event": true,
	"items": true, "item": true, "entries": true, "things": true,
	"batao": true, "bata": true, "btao": true, "bataiye": true, "bataye": true, "batado": true, "dijiye": true,
	"do": true, "de": true, "dedo": true, "dena": true, "samjhao": true, "samjha": true, "yaar": true, "yar": true,
	"bhai": true, "bro": true, "kya": true, "hai": true, "h": true, "hain": true, "ke": true, "ka": true, "ki": true,
	"ko": true, "se": true, "par": true, "pe": true, "mein": true, "mai": true, "main": true, "wale": true,
	"waale": true, "vale": true, "jo": true, "kuch": true, "bhi": true, "hua": true, "hue": true, "hui": true,
}

// kindNames are what students call the sections of a kind, whatever the
// notes' heading: collective names ask for a list alone ("developments"),
// single ones only with a list word ("every development").
var kindNames = map[corpus.Kind]struct{ collective, single []string }{
	corpus.KindDevelopment: {[]string{"developments", "devts", "updates"}, []string{"development"}},
	corpus.KindKeyPoint:    {[]string{"key points", "kps"}, []string{"key point"}},
	corpus.KindFAQ:         {[]string{"faqs"}, []string{"faq", "questions"}},
	corpus.KindExamTip:     {[]string{"exam tips"}, []string{"exam tip", "tips"}},
}

// listTarget is a part of the notes a list question names: the passages
// under a top-level heading, or of a kind.
type listTarget struct {
	heading string      // "" for any
	kind    corpus.Kind // "" for none
	dated   bool        // a timeline: every passage that writes a year
}

func (t listTarget) matches(p corpus.Passage) bool {
	return t.heading != "" && p.Heading() == t.heading || t.kind != "" && p.Kind == t.kind ||
		t.kind == corpus.KindFAQ && p.Kind == corpus.KindExamTip && p.Question != "" || // a FAQ's tip
		t.dated && !asideKinds[p.Kind] && yearIn(p) > 0
}

// asideKinds are the parts of notes that a timeline leaves out: they ask
// about events or point at them, not tell them.
var asideKinds = map[corpus.Kind]bool{corpus.KindFAQ: true, corpus.KindExamTip: true, corpus.KindRelevance: true,
	corpus.KindMindMap: true, corpus.KindConnections: true, corpus.KindSourceTopic: true}

// timelineRE matches the words that ask for a timeline.
var timelineRE = regexp.MustCompile(`\b(?:timeline|timelines|chronology|chronological order|(?:imp|important|key|main) dates|dates to remember)\b`)

// timelineKeys are words timelineRE needs.
var timelineKeys = []string{"timeline", "chronolog", "dates"}

// passageYearRE finds a year in a passage's text, as notes write one, as
// far back as the sixteenth century (yearQRE, for questions, from 1800).
var passageYearRE = regexp.MustCompile(`\b(1[5-9]\d\d|20\d\d)\b`)

// yearIn returns the year of a passage for a timeline: a development's, or
// the first its text writes; 0 when it writes none.
func yearIn(p corpus.Passage) int {
	if p.Year > 0 {
		return p.Year
	}
	y, _ := strconv.Atoi(passageYearRE.FindString(p.Text))
	return y
}

// isHeading reports whether words (lower case) name a section of the notes
// by one of its strong aliases.
func (ix *Index) isHeading(words string) bool {
	for _, h := range ix.headings {
		if slices.Contains(h.aliases[:h.strong], words) {
			return true
		}
	}
	return false
}

// namesHeading reports whether a summary's words (summaryRE) name a part of
// the notes: all of them, or the "revision" of "quick revision" and
// "revision notes".
func (ix *Index) namesHeading(phrase string) bool {
	return ix.isHeading(phrase) || strings.Contains(phrase, "revision") && ix.isHeading("revision") || ix.headsHeading(phrase) || ix.inSubheading(phrase)
}

// inSubheading reports whether a heading at any level has phrase among
// its words, its remarks' too: "recap" of "What the Plan proposed (quick
// recap)".
func (ix *Index) inSubheading(phrase string) bool {
	return slices.ContainsFunc(ix.headingsSaid, func(h string) bool { return hasWords(h, phrase) })
}

// headsHeading reports whether phrase is the first part of a heading
// written "X: Y": "quick revision" of "Quick Revision: Prelims Traps".
func (ix *Index) headsHeading(phrase string) bool {
	for _, h := range ix.headings {
		if before, _, ok := strings.Cut(h.name, ": "); ok && strings.EqualFold(strings.TrimSpace(before), phrase) {
			return true
		}
	}
	return false
}

// shapeOf reads the shape of a question from its words.
func (ix *Index) shapeOf(question string) shapeWords {
	raw := strings.TrimSpace(straighten.Replace(question))
	q := normalize(question)
	out := shapeWords{shape: corpus.ShapePassage, topic: question}
	// Regular expressions run only on questions with words they need: they
	// would cost a plain question a third of its answer.
	if containsAny(q, compareKeys) {
		if sides := compareSides(raw); sides != nil {
			out.shape, out.sides = corpus.ShapeCompare, sides
			return out
		}
	}
	ws := words(q)
	joined := " " + strings.Join(ws, " ") + " "
	// "initiative 5 in the list of major initiatives", "last item in the
	// list of floods", "quick revision point 2" ask for one entry: read
	// once, when a summary word or a list's name makes it matter.
	read, entry := false, false
	numbered := func() bool {
		if !read && (hasDigit(q) || containsAny(q, partWords)) {
			si := ix.sectionIntent(q, ws)
			entry = si != nil && si.ordinal > 0
		}
		read = true
		return entry
	}
	if hasWord(ws, summaryKeys) {
		// "quick revision" in notes with a Quick Revision (or Revision)
		// section asks for it.
		if m := summaryRE.FindStringIndex(joined); m != nil && !ix.namesHeading(strings.TrimSpace(joined[m[0]:m[1]])) && !numbered() {
			out.shape = corpus.ShapeSummary
			out.topic = topicOf(joined[:m[0]] + " " + joined[m[1]:])
			return out
		}
	}
	if !hasWord(ws, pointKeys) {
		// Not points.
	} else if m := pointsNRE.FindStringSubmatchIndex(joined); m != nil {
		w := joined[m[2]:m[3]]
		n, err := strconv.Atoi(w)
		if err != nil {
			n = numberWords[w]
		}
		if n > 0 {
			out.shape, out.n = corpus.ShapePoints, min(n, maxPoints)
			rest := joined[:m[2]] + " " + joined[m[3]:]
			out.targets, rest = ix.namedTargets(rest, true)
			out.topic = topicOf(pointsNounRE.ReplaceAllString(rest, " "))
			return out
		}
	}
	if hasWord(ws, pointKeys) && pointsMainsRE.MatchString(joined) {
		out.shape, out.n = corpus.ShapePoints, defaultPoints
		targets, rest := ix.namedTargets(joined, true)
		out.targets, out.topic = targets, topicOf(pointsNounRE.ReplaceAllString(rest, " "))
		return out
	}
	listWord, latest := false, false
	for _, w := range ws {
		listWord = listWord || listWords[w]
		latest = latest || latestWords[w]
	}
	if containsAny(q, checklistKeys) {
		listWord = false // a "to do list" is the notes' tasks, not a list of the notes on them
	}
	if latest && !listWord {
		p := ix.plan(question)
		if p.named, _ = ix.namedDocument(p); ix.latestOf(p) != "" {
			// "quad latest developments" asks for the last year's, not a list.
			return shapeWords{shape: corpus.ShapePassage, topic: question}
		}
	}
	if !listWord && slices.ContainsFunc(ws, rowWord) {
		return shapeWords{shape: corpus.ShapePassage, topic: question} // "the timeline row for 19 feb 1915": one row
	}
	timeline := containsAny(q, timelineKeys) && timelineRE.MatchString(joined)
	listWord = listWord || timeline // a timeline is a list
	targets, rest := ix.namedTargets(joined, listWord)
	if len(targets) == 0 {
		if fixed := ix.nameTypos(ws); fixed != nil { // "recnt develpments"
			targets, rest = ix.namedTargets(" "+strings.Join(fixed, " ")+" ", listWord)
		}
	}
	if len(targets) > 1 {
		targets, rest, out.titled = ix.titledTargets(targets, rest)
	}
	if len(targets) == 0 && listWord {
		targets, rest = ix.lastWordTargets(rest) // "list all proposals": "Main proposals"
	}
	if len(targets) == 0 && listWord && hasWord(ws, recentWords) {
		targets = []listTarget{{kind: corpus.KindDevelopment}} // "list all recent cyclones"
	}
	if len(targets) == 0 && timeline {
		if m := timelineRE.FindStringIndex(rest); m != nil { // "afspa timeline" in notes without one
			targets, rest = []listTarget{{dated: true}}, rest[:m[0]]+" "+rest[m[1]:]
		}
	}
	if isYearish(q) {
		for _, y := range yearQRE.FindAllString(q, -1) {
			if len(ix.titleDocs[y]) == 0 && strings.Contains(rest, " "+y+" ") { // the 1935 of "1935 act timeline" names the Act, the 2023 of "in the news 2023-25" its section
				out.year, _ = strconv.Atoi(y)
				rest = strings.Replace(rest, " "+y+" ", " ", 1)
				break
			}
		}
	}
	if out.year > 0 && len(targets) == 0 && eventYearRE.MatchString(joined) && !dayRE.MatchString(joined) {
		targets, out.happened = []listTarget{{kind: corpus.KindDevelopment}}, true
	}
	if len(targets) == 0 || numbered() { // "point 5 in the key provisions": one entry
		return shapeWords{shape: corpus.ShapePassage, topic: question}
	}
	out.shape, out.targets, out.timeline = corpus.ShapeList, targets, timeline
	out.topic = topicOf(rest)
	return out
}

// titledTargets drops, of several targets, a heading of a document whose
// title, alone of the notes', names it too, back into the topic (rest), and
// returns that document: "list the recent devts on question hour" asks for
// the developments of "Question Hour and Zero Hour", not for its section
// "Question Hour" as well.
func (ix *Index) titledTargets(targets []listTarget, rest string) ([]listTarget, string, string) {
	for i, t := range targets {
		if t.kind != "" || t.heading == "" {
			continue
		}
		docs := ix.titlesWith(2, alt{terms: ix.analyze(t.heading), w: 1})
		if len(docs) == 1 && ix.hasHeading(docs[0], t.heading) {
			return slices.Delete(slices.Clone(targets), i, i+1), rest + strings.ToLower(t.heading) + " ", docs[0]
		}
	}
	return targets, rest, ""
}

// pointsNounRE matches the words for points that say nothing of what the
// points are about, to drop them from a topic; "reasons" or "challenges"
// stay, as what the points should be.
var pointsNounRE = regexp.MustCompile(`\b(?:points|pointers|point\s*wise|bullet|bullets|facts|aspects|highlights|takeaways|` + pointAdjectives + `)\b`)

// namedTargets finds the sections a question names as a list, in joined
// (its words joined by spaces, with a space at each end), and returns
// joined without their names. A heading's plural, or a collective name of
// its kind ("developments"), names a list alone; its singular needs a list
// word (any), or it names one passage ("which development…"). A name
// followed by a number is a look-up ("key point 3"), not a list.
func (ix *Index) namedTargets(joined string, any bool) ([]listTarget, string) {
	var out []listTarget
	add := func(t listTarget) {
		for _, have := range out {
			if have == t {
				return
			}
		}
		out = append(out, t)
	}
	// take removes name (with suffix, "s" or "") from joined if it stands
	// there as whole words, not before a number.
	take := func(name, suffix string) bool {
		for from := 0; ; {
			i := strings.Index(joined[from:], name)
			if i < 0 {
				return false
			}
			at, end := from+i, from+i+len(name)+len(suffix)
			from = at + 1
			if joined[at-1] != ' ' || !strings.HasPrefix(joined[at+len(name):], suffix+" ") {
				continue
			}
			next, _, _ := strings.Cut(strings.TrimLeft(joined[end:], " #"), " ")
			if next != "" && len(next) <= 3 && isNumber(next) {
				return false // "key point 3"
			}
			joined = joined[:at] + joined[end+1:]
			return true
		}
	}
	target := func(h *heading) listTarget {
		t := listTarget{heading: h.name}
		if h.kind != corpus.KindSection {
			t.kind = h.kind
		}
		return t
	}
	// The longest names first: "upsc previous year questions" is that
	// section, though "previous year questions" names the FAQs.
	for _, la := range ix.listAliases {
		h, a := &ix.headings[la.heading], la.alias
		plural := "s"
		if strings.HasSuffix(a, "s") {
			plural = "" // a plural already: "key points", "important points"
		}
		if take(la.asked, plural) || any && take(la.asked, "") {
			if la.own && h.kind != corpus.KindSection && !slices.Contains(corpus.HeadingNames(h.kind), la.alias) {
				// "the in the news 2023-25 section": that heading, not every
				// document's news
				add(listTarget{heading: h.name})
				continue
			}
			add(target(h))
			// Other headings the question names so ("threats" and
			// "threats / issues"): the words are taken now. By a heading's
			// own name, others so named only.
			names := func(o *heading) []string { return o.aliases[:o.strong] }
			if la.own {
				names = func(o *heading) []string { return o.aliases[:o.own] }
			}
			for oi := range ix.headings {
				if o := &ix.headings[oi]; listed(o) && slices.Contains(names(o), a) {
					add(target(o))
				}
			}
		}
	}
	for hi := range ix.headings {
		// "list payloads": "Payloads (7 in total)"; not "list all recent
		// cyclones" for "Recent (current affairs link)".
		if h := &ix.headings[hi]; any && listed(h) && h.key != "" && !fillerWords[h.key] && take(h.key, "") {
			add(target(h))
		}
	}
	for _, k := range []corpus.Kind{corpus.KindExamTip, corpus.KindDevelopment, corpus.KindKeyPoint, corpus.KindFAQ} {
		names := kindNames[k]
		for _, name := range names.collective {
			if take(name, "") {
				add(listTarget{kind: k})
			}
		}
		if any {
			for _, name := range names.single {
				if take(name, "") {
					add(listTarget{kind: k})
				}
			}
		}
	}
	return out, joined
}

// topicOf is what is left of a question once its shape words are gone:
// its words without list words and fillers.
func topicOf(s string) string {
	var keep []string
	for _, w := range strings.Fields(s) {
		if !listWords[w] && !fillerWords[w] {
			keep = append(keep, w)
		}
	}
	return strings.Join(keep, " ")
}

// compareSides returns the two sides of a question that compares two
// things, or nil.
func compareSides(q string) []string {
	q = strings.Join(strings.Fields(q), " ")
	for _, re := range compareREs {
		m := re.FindStringSubmatch(q)
		if m == nil {
			continue
		}
		if namedTableRE.MatchString(m[2]) {
			return nil // "in the PC vs NITI table, who …": a question of the table the notes head so
		}
		a, b := cleanSide(m[1]), cleanSide(m[2])
		if a == "" || b == "" || strings.EqualFold(a, b) {
			continue
		}
		return []string{a, b}
	}
	return nil
}

// namedTableRE matches the second side of "X vs Y" when it goes on with a
// word naming the part of the notes so headed, and then with a question:
// "NITI table, who are …", "sixth table say in the row for courts".
var namedTableRE = regexp.MustCompile(`(?i)^(?:\S+\s+){0,3}?(?:` + strings.Join(namingHolders, "|") + `|comparison)\b[,:]?\s+\S`)

// cleanSide trims what surrounds a side of a comparison: "the", a closing
// "me kya farak hai?", punctuation.
func cleanSide(s string) string {
	for {
		t := strings.TrimSpace(sideHeadRE.ReplaceAllString(sideTailRE.ReplaceAllString(strings.TrimSpace(s), ""), ""))
		if t == s {
			break
		}
		s = t
	}
	hasWord := false
	for _, w := range words(strings.ToLower(s)) {
		hasWord = hasWord || !isStop(w) && !fillerWords[w]
	}
	if !hasWord {
		return ""
	}
	return s
}

// firstSentence is the first sentence of a passage's text (the first item
// of a list, without its bullet), cut to maxSentence runes.
func firstSentence(s string) string {
	s = strings.TrimSpace(s)
	if i := strings.IndexByte(s, '\n'); i >= 0 {
		s = strings.TrimSpace(s[:i])
	}
	s = strings.TrimSpace(strings.TrimLeft(s, "-•*"))
	for i := 0; i+1 < len(s); i++ {
		c := s[i]
		if c != '.' && c != '?' && c != '!' || s[i+1] != ' ' || i < minSentence {
			continue
		}
		if c == '.' && isAbbreviation(s[:i]) {
			continue
		}
		next := strings.TrimLeft(s[i+1:], " ")
		if next == "" {
			break
		}
		if r := next[0]; r >= 'A' && r <= 'Z' || r >= '0' && r <= '9' || r == '"' || r == '\'' || r == '(' {
			s = s[:i+1]
			break
		}
	}
	if r := []rune(s); len(r) > maxSentence {
		s = strings.TrimRight(string(r[:maxSentence-1]), " ") + "…"
	}
	return s
}

const (
	minSentence = 20  // bytes: "No." or "Art." do not end the first sentence
	maxSentence = 300 // runes
)

// abbreviations end with a full stop that does not end a sentence.
var abbreviations = map[string]bool{
	"e.g": true, "i.e": true, "etc": true, "vs": true, "dr": true, "mr": true, "mrs": true, "ms": true,
	"st": true, "no": true, "nos": true, "art": true, "arts": true, "sec": true, "govt": true, "approx": true,
	"inc": true, "ltd": true, "co": true, "rs": true, "ca": true, "cf": true, "al": true, "jr": true, "sr": true,
	"jan": true, "feb": true, "mar": true, "apr": true, "jun": true, "jul": true, "aug": true, "sep": true,
	"sept": true, "oct": true, "nov": true, "dec": true, "retd": true, "hon'ble": true, "prof": true,
}

// isAbbreviation reports whether s ends with an abbreviation or an initial.
func isAbbreviation(s string) bool {
	w := s[strings.LastIndexAny(s, " (")+1:]
	if len(w) == 1 {
		return true // an initial: "J. Nehru"
	}
	return abbreviations[strings.ToLower(w)]
}

// nameTypos returns ws with each word that is neither English nor the
// notes' but a slip or two away from a word of a section's name
// ("develpments", "pionts") made the closest such word; nil when there is none. Only the names of
// sections are looked at, not every word of the notes.
func (ix *Index) nameTypos(ws []string) []string {
	var fixed []string
	for i, w := range ws {
		limit := maxEdits(len(w))
		if limit == 0 || isStop(w) || ix.knownWord(w) {
			continue
		}
		// An English word is taken for a slip only where it ends a
		// section's name of two words ("key pints").
		inName := english.IsWord(w)
		if inName && (i == 0 || !ix.nameStarts[ws[i-1]]) {
			continue
		}
		var rw []rune
		best, bestD := "", limit+1
		for _, name := range ix.nameWords {
			if name.word[0] != w[0] || abs(len(name.word)-len(w)) > limit {
				continue
			}
			if rw == nil {
				rw = []rune(w)
			}
			if d := osa(rw, name.runes, limit); d < bestD {
				best, bestD = name.word, d
			}
		}
		if best != "" && inName && !ix.isSectionName(ws[i-1]+" "+best) {
			best = ""
		}
		if best != "" {
			if fixed == nil {
				fixed = slices.Clone(ws)
			}
			fixed[i] = best
		}
	}
	return fixed
}

// isSectionName reports whether words (lower case) name a section of the
// notes, or a kind of section, in full.
func (ix *Index) isSectionName(words string) bool {
	if ix.isHeading(words) {
		return true
	}
	return slices.Contains(allKindNames, words)
}

// allKindNames are kindNames' names, collective and single, of every kind.
var allKindNames = func() []string {
	var out []string
	for _, k := range slices.Sorted(maps.Keys(kindNames)) {
		out = append(out, slices.Concat(kindNames[k].collective, kindNames[k].single)...)
	}
	return out
}()

// sectionNameStarts are the first words of the names of sections, and of
// kinds of section, that have two words or more.
func sectionNameStarts(headings []heading) map[string]bool {
	set := map[string]bool{}
	add := func(name string) {
		if first, _, ok := strings.Cut(name, " "); ok {
			set[first] = true
		}
	}
	for _, h := range headings {
		for _, a := range h.aliases[:h.strong] {
			add(a)
		}
	}
	for _, n := range allKindNames {
		add(n)
	}
	return set
}

// nameWord is a word of a section's name, and its letters.
type nameWord struct {
	word  string
	runes []rune
}

// sectionNameWords are the words of the names of the sections of the notes
// and of the names of their kinds ("developments", "kps", "features"),
// each once, in order.
func sectionNameWords(headings []heading) []nameWord {
	set := map[string]bool{}
	for _, h := range headings {
		for w := range h.words {
			set[w] = true
		}
	}
	for _, n := range allKindNames {
		for _, w := range strings.Fields(n) {
			set[w] = true
		}
	}
	for _, names := range everydayKindNames {
		for _, w := range names {
			set[w] = true
		}
	}
	var out []nameWord
	for _, w := range slices.Sorted(maps.Keys(set)) {
		if w != "" {
			out = append(out, nameWord{w, []rune(w)})
		}
	}
	return out
}

// listed reports whether h's section can be listed: its passages are
// numbered, or of a kind made of items. A section of one passage is found
// by a plain search.
func listed(h *heading) bool {
	return h.most > 0 || h.kind == corpus.KindDevelopment || h.kind == corpus.KindFAQ || h.kind == corpus.KindKeyPoint
}

// listAlias is a strong alias of a heading that can be listed.
type listAlias struct {
	alias   string
	asked   string // alias as a question's words: "in the news 2023 25" of "in the news: 2023–25"
	heading int    // in Index.headings
	own     bool   // the heading's own name, not its kind's
}

// listAliasesOf returns the strong aliases, of three letters or more, of
// the headings that can be listed, the longest first.
func listAliasesOf(headings []heading) []listAlias {
	var out []listAlias
	for hi := range headings {
		h := &headings[hi]
		if !listed(h) {
			continue
		}
		for ai, a := range h.aliases[:h.strong] {
			if len(a) >= 3 {
				out = append(out, listAlias{a, strings.Join(words(a), " "), hi, ai < h.own})
			}
		}
	}
	// A heading's own name before a name of its kind: "pyqs" is "UPSC
	// Previous Year Questions" rather than the FAQs, a kind PYQs name too.
	slices.SortStableFunc(out, func(a, b listAlias) int {
		if a.own != b.own {
			if a.own {
				return -1
			}
			return 1
		}
		return len(b.alias) - len(a.alias)
	})
	return out
}

// lastWordTargets finds, in joined (as namedTargets), the sections a list
// question names by the plural of their heading's head noun alone ("list
// all proposals" for "Main proposals", "list all saints" for "Saints of
// North India" and "Saints of the East"), when no other name is found.
func (ix *Index) lastWordTargets(joined string) ([]listTarget, string) {
	var out []listTarget
	var name string
	list := false // one of them, at least, is a list
	for hi := range ix.headings {
		h := &ix.headings[hi]
		if h.strong == len(h.aliases) {
			continue
		}
		weak := h.aliases[h.strong]
		if len(weak) < 3 || strings.HasSuffix(weak, "s") || name != "" && name != " "+weak+"s " || !strings.Contains(joined, " "+weak+"s ") {
			continue
		}
		name = " " + weak + "s "
		out = append(out, listTarget{heading: h.name})
		list = list || listed(h)
	}
	if !list {
		return nil, joined
	}
	return out, strings.Replace(joined, name, " ", 1)
}
