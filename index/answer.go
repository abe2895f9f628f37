package index

import (
	"iter"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"
	"sync/atomic"
	"unicode/utf8"

	seg "github.com/blevesearch/segment"
)

// Answering or abstaining. Whether the best passage answers the question is
// decided from named features of the question, the best passage and the
// runners-up (answerOf), by logistic regression: the confidence is
// σ(Σ weight × feature) with the index Model's answer weights, and the
// question is answered from a confidence of one half. Like the ranking
// weights, these are fitted (fit.go): on questions the notes answer and
// questions they do not.
//
// Every feature is relative to the notes at hand: how rare the matched
// words are in them, how much of the question they cover, what the notes
// do not have at all. Nothing here knows any particular document.

// answerFeature names one piece of evidence that the notes answer a question.
type answerFeature int

const (
	// aBias is always 1: the weight is the intercept.
	aBias answerFeature = iota
	// aCoverage: the weighted share of the question the best passage
	// matches, each concept counted by how surely it matched (1 for the word
	// as typed, less for a correction or a synonym).
	aCoverage
	// aSpecific: the log of the weight it matches (idf-based: one rare word
	// is 1), at most 2 — how much what matches says.
	aSpecific
	// aFaint: how far the weight it matches falls short of half that of a
	// rare word, squared: (1 - matched/0.5)², 0 from 0.5 up. Everyday words
	// alone ("what time is it") say too little to answer from.
	aFaint
	// aUnknown: the weighted share of the question in words the notes do
	// not have (everyday words aside), a word found only corrected or
	// expanded counting by how unsure that is (1 - its best alternative's w);
	// a place it lies in or holds stands in for it in ranking only.
	aUnknown
	// aDocCoverage: the weighted share of the question that the best
	// passage's document has, in any of its passages found.
	aDocCoverage
	// aNameMissed: the best passage misses a name the question asks about.
	aNameMissed
	// aHeadMissed: it misses the X of "what is the X of Y".
	aHeadMissed
	// aHeaviestMissed: the weight of the heaviest concept it misses,
	// relative to the heaviest concept of the question; an everyday word
	// the notes lack altogether ("become") is not one it misses.
	aHeaviestMissed
	// aTypeMissed: the question asks when, how many or who, and the passage
	// has no year or date, no number, no name.
	aTypeMissed
	// aNamed: it is the part of the notes the question names.
	aNamed
	// aInPassing: the question asks what something is (or means, or
	// does), other than a document's subject, and the passage names it
	// neither in its heading nor among its first words: it mentions it in
	// passing, as notes on another subject do.
	aInPassing
	// aJargon: the weighted share of the question the best passage
	// matches by words no English dictionary has: names, acronyms, terms
	// of the subject ("lokpal", "ntca"), which everyday questions lack.
	aJargon
	// aMargin: its score minus the best score in another section, m, as
	// m/(1+|m|): scores' scale differs with the notes, its sign does not.
	aMargin
	// aEarly: the share of the question the best passage has among its
	// first words (its rEarly): a passage that leads with the question's
	// words is about them, one that has them further on may only mention
	// them.
	aEarly
	// aCountMissed: the question asks how many of something, and the best
	// passage has no number within a few words of it (its rCountMissed).
	aCountMissed
	// aNotInNotes: the question writes a name or a number that the notes
	// never have: a word with a capital that English does not know either
	// ("when was AFSPA withdrawn from Mizoram?"), a year, count or ordinal
	// written as a word of its own ("the 16th Lok Sabha"). A subject the
	// notes lack.
	aNotInNotes
	// aMoneyMissed: the question asks an amount of money ("how much did
	// the project cost", "what is the fee for …") and the best passage
	// writes none: no rupees, crore or lakh, no dollars.
	aMoneyMissed
	// aNumberMissed: the best passage, its heading and its notes' title
	// miss a number the question writes (a year, "13th", "2.0"): the
	// question asks of another year or another commission than the one
	// the passage tells of ("the voter turnout in the 2019 Lok Sabha
	// elections" of notes on 2024's).
	aNumberMissed
	// aLoose: the weighted share of the question the best passage matches
	// only by a loose stand-in: a synonym, a related word, a place.
	aLoose
	nAnswer
)

var answerNames = [nAnswer]string{
	aBias: "bias", aCoverage: "coverage", aSpecific: "specific", aFaint: "faint", aUnknown: "unknown-words",
	aDocCoverage: "document-coverage", aNameMissed: "name-missed", aHeadMissed: "head-missed",
	aHeaviestMissed: "heaviest-missed", aTypeMissed: "type-missed", aNamed: "named-part", aInPassing: "in-passing", aJargon: "jargon", aMargin: "margin", aEarly: "early",
	aCountMissed: "count-missed", aNotInNotes: "not-in-notes", aNumberMissed: "number-absent", aMoneyMissed: "money-missed",
	aLoose: "loose",
}

func (f answerFeature) String() string { return answerNames[f] }

// answerVector holds the features of a question's best passage.
type answerVector [nAnswer]float64

// answerOf describes the answer that scored (ranked, best first) would give.
func answerOf(p plan, scored []scoredPassage) answerVector {
	var a answerVector
	a[aBias] = 1
	top := scored[0]
	total := p.totalWeight()
	matched, heaviest, heaviestMissed := 0.0, 0.0, 0.0
	for i, c := range p.concepts {
		w := max(c.weight, minConceptWeight)
		heaviest = max(heaviest, w)
		if !c.common {
			sure := 0.0
			for _, al := range c.alts {
				if !al.place {
					sure = max(sure, al.w)
				}
			}
			a[aUnknown] += w * (1 - sure) / total
		}
		inDoc := 0.0
		for _, s := range scored {
			if s.passage.DocID == top.passage.DocID {
				inDoc = max(inDoc, s.fraction[i])
			}
		}
		a[aDocCoverage] += w * inDoc / total
		f := top.fraction[i]
		if f == 0 {
			if !c.common || len(c.alts) > 0 {
				heaviestMissed = max(heaviestMissed, w)
			}
			if hasDigit(c.word) {
				a[aNumberMissed] = 1
			}
			continue
		}
		a[aCoverage] += w * f / total
		if f <= looseBelow {
			a[aLoose] += w / total
		}
		if jargon(c.word) {
			a[aJargon] += w * f / total
		}
		matched += c.weight * f
	}
	a[aSpecific] = math.Log(min(matched, 2) + 0.05)
	if short := 1 - matched/faintBelow; short > 0 {
		a[aFaint] = short * short
	}
	if heaviest > 0 {
		a[aHeaviestMissed] = heaviestMissed / heaviest
	}
	a[aNameMissed] = top.f[rNameMissed]
	if slices.ContainsFunc(p.concepts, func(c concept) bool { return c.absent }) {
		a[aNotInNotes] = 1
	}
	a[aHeadMissed] = top.f[rHeadMissed]
	a[aTypeMissed] = top.f[rTypeMissed]
	if top.named {
		a[aNamed] = 1
	}
	if p.whatIs && top.f[rNamedDoc] == 0 {
		a[aInPassing] = 1 - min(1, top.f[rEarly]+top.f[rHeading]+top.f[rQuestion])
	}
	margin := top.score
	for _, s := range scored[1:] {
		if s.passage.SectionID() != top.passage.SectionID() {
			margin = top.score - s.score
			break
		}
	}
	a[aMargin] = margin / (1 + math.Abs(margin))
	a[aEarly] = top.f[rEarly]
	a[aCountMissed] = top.f[rCountMissed]
	if p.money && !moneyRE.MatchString(top.passage.Text) {
		a[aMoneyMissed] = 1
	}
	return a
}

// looseBelow bounds the worth of a loose stand-in: a synonym's (0.75), a
// related word's (0.7), a place's, a correction of two letters; spellings,
// forms and corrections of one letter are worth more.
const looseBelow = 0.76

// moneyAskRE finds a question that asks an amount of money: "what is the
// price of …", "what was the total cost", or "how much" with a word of
// money ("how much did ISRO pay", "how much money has been released").
var (
	moneyAskRE  = regexp.MustCompile(`^(?:what(?:'s| is| was| are| were) the (?:\w+ )?(?:price|cost|salary|fee|fine|penalty|budget|outlay|allocation|pay|remuneration)s?\b|how much\b)`)
	moneyWordRE = regexp.MustCompile(`\b(?:price|cost|costs|salary|fee|fees|fine|penalty|pay|paid|pays|spend|spent|money|budget|rupees|crore|lakh|fund|funds|funding|released|allocated|invest|invested|worth|revenue|earn|earns|earned|charge|charged)\b`)
	// moneyRE finds an amount of money in a passage.
	moneyRE = regexp.MustCompile(`(?i)₹|\brs\.?\s?\d|\$\s?\d|\b(?:rupees?|crores?|lakhs?|dollars?|inr|usd|euros?|paise)\b|€|£`)
)

// asksMoney reports whether a normalised question asks an amount of money.
func asksMoney(q string) bool {
	m := moneyAskRE.FindString(q)
	return m != "" && (m != "how much" || moneyWordRE.MatchString(q))
}

// jargon reports whether a word (or a word of a phrase) is in no English
// dictionary.
func jargon(w string) bool {
	for _, part := range strings.Fields(w) {
		if !english.IsWord(part) {
			return true
		}
	}
	return false
}

// lookUp reports whether the question only names a part of the notes, and
// the best of scored is that part: "key point 7", "upsc relevance", "what
// is <a document's title>", "what are the features of <its subject>", "faq
// 3 of the dpsp notes" (the other words all in the part's document).
// Nothing else has to match, so it is answered; but a question that names
// a part and asks of something its document never mentions ("the main
// features of Chola temple architecture") is no look-up.
func lookUp(p plan, scored []scoredPassage) bool {
	top := scored[0]
	switch {
	case !top.named || asksTheBot(p):
		return false // not "who made you", though a heading says "what does not make a Bill a Money Bill"
	case p.section == nil || p.section.only:
		return true
	case p.section.ordinal > 0 && top.docHasAll():
		return true // "faq 3 of the dpsp handout": the part numbered so, of the notes with every word asked
	}
	return p.defines && !besidesMissed(p, scored)
}

// besidesMissed reports whether two or more concepts of the question
// other than the words of the part it names, and no everyday words, are in
// no passage of the best one's document, or one that no English
// dictionary has is in none of the notes (a subject they lack): one that
// other notes have ("india" of "the main threats to snow leopards
// in India") the notes may take for granted.
func besidesMissed(p plan, scored []scoredPassage) bool {
	doc := scored[0].passage.DocID
	missed := 0
	for i, besides := range conceptsBesides(p) {
		if !besides || p.concepts[i].common {
			continue
		}
		if c := p.concepts[i]; len(c.alts) == 0 && jargon(c.word) {
			return true // "the features of the Ryotwari system" of notes that never write it
		}
		if !slices.ContainsFunc(scored, func(s scoredPassage) bool { return s.passage.DocID == doc && s.fraction[i] > 0 }) {
			missed++
		}
	}
	return missed >= 2
}

// asksTheBot reports whether the question speaks to the bot in everyday
// words and names no part of the notes: "who made you".
func asksTheBot(p plan) bool { return p.toBot && p.section == nil && p.named == "" }

// smallTalk reports whether the question has nothing to look for: only
// everyday words ("what time is it", "who made you", words to the bot
// even when a heading's remark has them), bare numbers ("what
// is 2 + 2"), letters alone ("d", "x y") or a study group's chat ("kal ka
// mock postpone hua?"), and names no part of the notes.
// Whatever matches, the notes do not answer it; nor do they answer a message
// that only chats (see chatting).
func smallTalk(p plan) bool {
	switch {
	case chatLine(p):
		return true
	case asksTheBot(p):
		return true // "who made you" of notes with a heading "(self-made)"
	case p.section != nil || p.named != "":
		return false
	}
	study, year := false, false
	for _, c := range p.concepts {
		switch {
		case c.common || utf8.RuneCountInString(c.word) <= 1 || isNumber(c.word) && !isYearish(c.word):
		case studyChatWords[c.word]:
			study = true
		case isYearish(c.word):
			year = true
		default:
			return false
		}
	}
	return study || !year // "anyone preparing for prelims 2026": the year of an exam, not of the notes
}

// chatLine reports a line of chat, whatever part of the notes its words
// name: "thanks, that cleared my doubt" of notes with a heading of doubts,
// "thanks for the notes bhai" of notes with a part named "Notes"; not
// "thanks, key point 3".
func chatLine(p plan) bool { return p.chat && (p.section == nil || p.section.ordinal == 0) }

// studyChatWords are what a study group chats about besides the notes:
// "bhai aaj ka mock kaisa gaya", "notes share kar do". A question of
// nothing else is chat; with any other word, they are its words.
var studyChatWords = setOf("mock mocks test tests share sharing postpone postponed preparing preparation prep coaching batch")

// confidence is the probability that the best of scored answers the
// question, by the model.
func (m *Model) confidence(p plan, scored []scoredPassage) float64 {
	switch {
	case chatLine(p):
		return 0 // "thanks for the notes bhai" of notes with a part named "Notes"
	case lookUp(p, scored):
		return 1
	case smallTalk(p):
		return 0
	}
	a := answerOf(p, scored)
	return sigmoid(m.decide(&a))
}

func sigmoid(z float64) float64 { return 1 / (1 + math.Exp(-z)) }

// faintBelow is the matched weight under which aFaint grows: half that of
// a word in one passage of the notes.
const faintBelow = 0.5

// answerAt is the confidence from which a question is answered.
const answerAt = 0.5

// answerType is what a question asks for: a time, a number, a name.
type answerType int

const (
	anyType answerType = iota
	timeType
	numberType
	nameType
	// dateType is a day's date (see hasDate); asked for by no question,
	// which asks for a time.
	dateType
	// measureType is a number that is not a year: how many, how much,
	// how tall, far or fast.
	measureType
	// shareType is a share of a whole: what percentage, what share, what
	// proportion; a per cent or a fraction answers it.
	shareType
)

// expectsRE finds what a question asks for from its first words: each
// group is named after the type it asks for. A count or an amount is a
// measure: a year alone does not answer "how many", "how much" or "what is
// the total cost".
var expectsRE = regexp.MustCompile(`^(?:for )?(?:(?P<time>when|kab|what year|which year|in which year|what date|since when)|(?P<number>how long|how old|how often)|(?P<name>who|whom|whose|kaun|kisne|kisko)|(?P<share>what (?:percentage|share|proportion|fraction)|what(?:'s| is| was| are| were) (?:the )?(?:percentage|share|proportion) of)|(?P<measure>how many|how much|kitna|kitne|kitni|at what rate|how (?:tall|high|far|big|large|deep|wide|fast|heavy)|at what (?:height|depth|distance|altitude|speed)|what(?:'s| is| are| was| were) (?:the )?(?:highest|lowest|largest|smallest|biggest|greatest|maximum|max|minimum|min|total|number|amount|percentage|share|value|limit|cost|price|size|length|height|depth|area|age|salary|fee|fine|penalty|quorum)))\b`)

// hinglishExpectsRE finds the same in Hinglish, whose question words
// stand anywhere ("chandrayaan 3 kab launch hua"), and in questions typed
// as they are said ("delimitation freeze till when", "project tiger
// launched in which year", "ttc set up when").
var hinglishExpectsRE = regexp.MustCompile(`\b(?:(?P<time>kab|kis saal|(?:till|until|upto|up to|by) when|which year|what year|when$)|(?P<measure>kitna|kitne|kitni)|(?P<name>kaun|kisne|kisko))\b`)

// typeNames are the types expectsRE and hinglishExpectsRE name their
// groups after.
var typeNames = map[string]answerType{"time": timeType, "number": numberType, "name": nameType, "measure": measureType, "share": shareType}

// dateWordRE finds a question that asks for a date by name ("chandrayaan
// 3 landing date", "date of the first summit").
var dateWordRE = regexp.MustCompile(`\b(?:date|dates|tareekh|tarikh)\b`)

// expects says what a normalised question asks for.
func expects(q string) answerType {
	re := expectsRE
	m := re.FindStringSubmatchIndex(q)
	if m == nil {
		re = hinglishExpectsRE
		q = strings.TrimRight(q, " ?!.")
		m = re.FindStringSubmatchIndex(q)
	}
	if m == nil {
		if dateWordRE.MatchString(q) && !strings.Contains(q, "to date") {
			return timeType
		}
		return anyType
	}
	for i, name := range re.SubexpNames() {
		if i == 0 || m[2*i] < 0 {
			continue
		}
		t := typeNames[name]
		if next, _, _ := strings.Cut(strings.TrimLeft(q[m[1]:], " "), " "); t == measureType && inYears[next] {
			t = numberType // "how many years", "kitne saal": years from and to answer
		}
		return t
	}
	return anyType
}

// inYears are the words of a duration counted in years, which a span of
// years answers.
var inYears = setOf("years yrs decades saal sal varsh baras")

var (
	// shareRE finds a share of a whole: "10%", "per cent", "one-third",
	// "half of", "3 in 10".
	shareRE  = regexp.MustCompile(`(?i)%|\bper ?cent\b|\bpercentage\b|\b(?:one|two)[- ]thirds?\b|\b(?:one|three)[- ]fourths?\b|\bhalf\b|\bquarter of\b|\b\d+ (?:in|out of) (?:every )?\d+\b|\b\d+/\d+\b`)
	numberRE = regexp.MustCompile(`\d|(?i)\b(?:two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|lakh|crore|million|billion|dozen)\b`)
	nameRE   = regexp.MustCompile(`[^.!?:]\s+\p{Lu}\p{L}`)
)

// hasType reports whether the passage at pos holds something of type t,
// reading each passage once for each type: the regular expressions would
// cost a question's other work again.
func (ix *Index) hasType(pos int, t answerType) bool {
	if t == anyType {
		return true
	}
	read, yes := uint32(1)<<(2*t), uint32(1)<<(2*t+1)
	v := ix.types[pos].Load()
	if v&read == 0 {
		bits := read
		if ps := &ix.corpus.Passages()[pos]; has(ps.Text, t) || t == timeType && slices.ContainsFunc(ps.Section, hasTime) {
			bits |= yes // "The Battle of Plassey (23 June 1757)" dates its passages
		}
		v = ix.types[pos].Or(bits) | bits
	}
	return v&yes != 0
}

// counts reports whether the passage at pos counts what a "how many"
// question asks the number of: it has it (matched), and a number within
// countWindow words of where its text has it (at), or anywhere when only
// its heading or title has it.
func (ix *Index) counts(pos int, matched bool, at []span) bool {
	switch {
	case !matched:
		return false
	case len(at) == 0:
		return ix.hasType(pos, numberType)
	}
	for _, n := range positionsOnce(&ix.numbers[pos], ix.corpus.Passages()[pos].Text, numberPositions) {
		for _, s := range at {
			if uint64(n)+countWindow >= s.first && uint64(n) <= s.last+countWindow {
				return true
			}
		}
	}
	return false
}

// glosses reports whether the text of the passage at pos glosses a word of
// the question where it has it (at, for each concept): the word stands
// before "=", ":", "is", "means", "refers to" or "stands for", or in
// brackets after its long form.
func (ix *Index) glosses(pos int, at [][]span) bool {
	for _, n := range positionsOnce(&ix.glossed[pos], ix.corpus.Passages()[pos].Text, glossPositions) {
		for _, spans := range at {
			if slices.ContainsFunc(spans, func(s span) bool { return s.last == uint64(n) }) {
				return true
			}
		}
	}
	return false
}

// glossPositions returns the positions of the words in text that it
// glosses (see glosses), numbered as the index numbers words.
func glossPositions(text string) []uint32 {
	out := []uint32{}
	eachToken(text, func(_ []byte, _, pos, start, end int) {
		before, after := strings.TrimRight(text[:start], " "), strings.TrimLeft(text[end:], " ")
		switch {
		case strings.HasSuffix(before, "(") && strings.HasPrefix(after, ")"),
			after != "" && strings.IndexByte("=:", after[0]) >= 0,
			strings.HasPrefix(after, "- ") || strings.HasPrefix(after, "– ") || strings.HasPrefix(after, "— "):
		default:
			w, _, _ := strings.Cut(after, " ")
			if !glossVerbs[strings.ToLower(w)] {
				return
			}
		}
		out = append(out, uint32(pos))
	})
	return out
}

// glossVerbs say what the word before them is.
var glossVerbs = setOf("is are means mean refers stands denotes")

// positionsOnce returns the positions find gives of a passage's text,
// found when first asked and kept in cache.
func positionsOnce(cache *atomic.Pointer[[]uint32], text string, find func(string) []uint32) []uint32 {
	if ps := cache.Load(); ps != nil {
		return *ps
	}
	ps := find(text)
	cache.Store(&ps)
	return ps
}

// countWindow is how near a number must stand to what it counts, in words.
const countWindow = 4

// numberPositions returns the positions of the numbers in text, numbered
// as the index numbers words (eachToken): "3,682 tigers", "eight of the
// eleven provinces".
func numberPositions(text string) []uint32 {
	out := []uint32{}
	eachToken(text, func(t []byte, typ, pos, _, _ int) {
		if typ == seg.Number || t[0] >= '0' && t[0] <= '9' || spelledNumbers[strings.ToLower(string(t))] {
			out = append(out, uint32(pos))
		}
	})
	return out
}

// spelledNumbers are numbers written out.
var spelledNumbers = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty thirty forty fifty sixty seventy eighty ninety hundred thousand lakh lakhs crore crores million billion dozen once twice") {
		m[w] = true
	}
	return m
}()

// has reports whether text holds something of type t.
func has(text string, t answerType) bool {
	switch t {
	case timeType:
		return hasTime(text)
	case numberType:
		return numberRE.MatchString(text)
	case measureType:
		return numberRE.MatchString(passageYearRE.ReplaceAllString(text, " "))
	case shareType:
		return shareRE.MatchString(text)
	case nameType:
		return nameRE.MatchString(text)
	case dateType:
		return hasDate(text)
	}
	return true
}

// hasDate reports whether text writes a day's date, a month's name beside
// a day: "24 August 2017", "July 30".
func hasDate(text string) bool {
	prev := ""
	for w := range asciiWords(text) {
		if isMonthWord(prev) && isDay(w) || isMonthWord(w) && isDay(prev) {
			return true
		}
		prev = w
	}
	return false
}

// isDay reports whether w is a day of a month: 1 to 31.
func isDay(w string) bool {
	n, err := strconv.Atoi(w)
	return err == nil && len(w) <= 2 && n >= 1 && n <= 31
}

// hasTime reports whether text has a year (1500–2199) or a month's name
// ("Jan", "january", "Sept") as a word of its own, as the regular expression
// \b(1[5-9]\d\d|20\d\d|21\d\d)\b|\b(?i:jan|…|dec)[a-z]*\b would, several
// times faster.
func hasTime(text string) bool {
	for w := range asciiWords(text) {
		if isYearWord(w) || isMonthWord(w) {
			return true
		}
	}
	return false
}

// asciiWords yields text's runs of ASCII letters, digits and underscores.
func asciiWords(text string) iter.Seq[string] {
	return func(yield func(string) bool) {
		for i := 0; i < len(text); {
			if !isASCIIWordByte(text[i]) {
				i++
				continue
			}
			j := i
			for j < len(text) && isASCIIWordByte(text[j]) {
				j++
			}
			if !yield(text[i:j]) {
				return
			}
			i = j
		}
	}
}

func isASCIIWordByte(b byte) bool {
	return 'a' <= b && b <= 'z' || 'A' <= b && b <= 'Z' || '0' <= b && b <= '9' || b == '_'
}

func isYearWord(w string) bool {
	if len(w) != 4 || !isNumber(w) {
		return false
	}
	return w[0] == '1' && w[1] >= '5' || w[:2] == "20" || w[:2] == "21"
}

// months are the names of the months as notes write them; those that are
// also everyday words ("may ask", "march", "market" aside) are months only
// when capitalised ("May 2024", "March").
var (
	months        = setOf("jan january feb february apr april jun june jul july sep sept september oct october nov november dec december")
	capitalMonths = setOf("may mar march aug august")
)

func isMonthWord(w string) bool {
	lw := strings.ToLower(w)
	return months[lw] || capitalMonths[lw] && 'A' <= w[0] && w[0] <= 'Z'
}

// chatting reports whether a message thanks, greets or signs off and asks
// nothing: "thanks yaar, super helpful", "brb chai break", "lol my mock
// score was so bad", or opens by greeting the group ("gm everyone, …").
// Its other words may well be in the notes.
func chatting(q string) bool {
	if groupGreetingRE.MatchString(q) {
		return true // "gm everyone, kal ka quiz kab hai?": to the group, not to the notes
	}
	if strings.IndexByte(q, '?') >= 0 {
		return false
	}
	chat, prev := false, ""
	greeted, addressed := false, true // "gm everyone": a greeting and whom it greets, not "gm crops"
	for w := range strings.FieldsFuncSeq(q, func(r rune) bool { return !isWordRune(r) }) {
		switch {
		case interrogatives[w]:
			return false
		case signOffWords[w] && prev != "of": // not "motion of thanks"
			chat = true
		case prev == "good" && partsOfDay[w]:
			chat = true
		case greetings[w]:
			greeted = true
		default:
			addressed = addressed && addressees[w]
		}
		prev = w
	}
	return chat || greeted && addressed
}

// groupTalk reports whether a message talks to the study group about
// what is not in the notes: asks someone for a file or a link ("anyone
// has the spectrum pdf? pls share in grp", "bhai notes bhej do"), about the
// group's own tests and calls ("bhai kal ka mock postpone ho gaya kya?",
// "is the sunday mock at 10 or 11?"), invites to one ("anyone up for a
// group study call tonight?"), or speaks of the bot ("who made this bot?").
// A question the notes answer has none of these together: "akbar se
// koi link hai kya" asks for a link between two things, "the answers to
// the friday quiz" for a part of the notes, "why was the winter session
// cancelled" for what they tell. q is normalised (lower case).
func groupTalk(q string) bool {
	var addressed, sends, files, event, soon, status, day bool
	for w := range asciiWords(q) {
		addressed = addressed || groupAddressees[w]
		sends = sends || sendWords[w]
		files = files || fileWords[w]
		event = event || groupEvents[w]
		soon = soon || soonWords[w]
		status = status || eventChanges[w]
		day = day || weekdays[w]
	}
	switch {
	case invitationRE.MatchString(q) || strings.Contains(q, "this bot"):
		return true
	case event && (soon || (status || day) && (addressed || clockRE.MatchString(q))):
		return true
	}
	return addressed && (sends || files)
}

var (
	groupAddressees = setOf("bhai bro guys anyone anybody someone somebody koi kisi frnds friends everyone")
	sendWords       = setOf("share send bhej bhejo bhejdo daal dal daalo dalo upload forward suggest recommend")
	fileWords       = setOf("pdf pdfs recording recordings telegram zoom grp") // not "link": "koi link hai" asks for a connection
	groupEvents     = setOf("mock mocks test tests quiz session call class lecture webinar meet meeting")
	soonWords       = setOf("kal aaj baje tonight tomorrow")
	eventChanges    = setOf("postpone postponed cancel cancelled canceled reschedule rescheduled")
	weekdays        = setOf("sunday monday tuesday wednesday thursday friday saturday")
	invitationRE    = regexp.MustCompile(`\b(?:anyone|anybody|who's|who is) (?:up for|joining|free)\b`)
	clockRE         = regexp.MustCompile(`\b(?:at \d|\d+ or \d+\b|\d+ ?[ap]m\b)`)
)

// groupGreetingRE matches a message that opens by greeting the group, then
// goes on after a comma: "gm everyone, all the best for prelims".
var groupGreetingRE = regexp.MustCompile(`^(?:gm|good (?:morning|evening|night)|hi+|hey|hello|namaste)\s+(?:everyone|all|guys|friends|frnds|folks|people|team)\s*,`)

// youRE matches a question that speaks to the bot.
var youRE = regexp.MustCompile(`(?i)(?:^|[^\p{L}'])(?:you|your|yourself|u)(?:$|[^\p{L}'])`)

// makerRE matches a question that asks who made the bot, whatever the
// notes say of things made ("Practice Qs I made").
var makerRE = regexp.MustCompile(`(?i)^\W*who\s+(?:made|created|built|developed|designed|programmed|coded|trained|owns)\s+(?:you|u)\W*$`)

var (
	signOffWords = setOf("thanks thank thx ty tysm brb bye byee cya gn lol lmao haha hahaha")
	partsOfDay   = setOf("morning afternoon evening night")
	// greetings are chat with no more than whom they greet (addressees)
	greetings  = setOf("gm hii hiii hey hello namaste")
	addressees = setOf("everyone all guys friends frnds sir mam maam bro bhai people folks team ji")
	// interrogatives ask for something, in English or Hinglish.
	interrogatives = setOf(`what whats why how when where which who whom whose
		explain define describe tell list give show compare
		kya kyu kyun kyon kaise kaisa kaisi kab kaha kahan kitna kitne kitni
		kaun kon kaunsa kaunse kaunsi konsa konse konsi kis kisne kisko`)
)
