package index

import (
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Questions about how things stand now. Notes are written on a day: "who
// is the current Speaker", "how many members does the council have right
// now" are answered by a passage that tells of the present (a
// development, a passage of the notes' latest years, one that says
// "currently" or "as of"), not by one that describes the office or an
// old figure.

// staleNote is what a question about now that the notes do not tell is
// told, before the closest passages.
const staleNote = "The notes do not say how things stand today."

// asksNowRE finds a question that asks how things stand now, or will
// tomorrow or next week: notes written on a day tell neither. "Current"
// qualifies what is asked ("the current chairperson"), not a current of
// air or water, the current account or current affairs; "abhi bhi" is
// "still", which notes answer without a date.
var asksNowRE = regexp.MustCompile(`\b(?:(?:the|its|their|our|his|her) current|currently|(?:the|at) present|presently|right now|as of now|as on date|till date|to date|till now|so far|nowadays|these days|today|now|tomorrow|tonight|this week|this weekend|next week|abhi|aajkal|filhaal)\b`)

// notNowRE finds the phrases that look like asking now but are not.
var notNowRE = regexp.MustCompile(`\bcurrent (?:account|affairs|assets|liabilities|expenditure|deficit)|\babhi (?:bhi|tak)\b|\bnow that\b|\btoday's\b`)

// nowKeys are what a question asking now has, one at least: the regular
// expressions run only on those.
var nowKeys = []string{"current", "present", "now", "today", "so far", "date", "these days", "tomorrow", "tonight", "week", "abhi", "aajkal", "filhaal"}

// asksNow reports whether a normalised question asks how things stand now.
func asksNow(q string) bool {
	if !containsAny(q, nowKeys) {
		return false
	}
	if notNowRE.MatchString(q) {
		q = notNowRE.ReplaceAllString(q, " ")
	}
	return asksNowRE.MatchString(q)
}

// holderRE finds, in a question about now, one that asks who holds an
// office ("who is the current Speaker", "who heads the committee at
// present", "lokpal ka chairman kaun hai abhi"): a person, whom a passage
// names.
var holderRE = regexp.MustCompile(`^who(?:'s|s| is| are)\b|^who heads\b|\bkaun (?:hai|hain) (?:abhi|filhaal)\b|\b(?:abhi|filhaal) kaun\b`)

// presentWordsRE finds a passage that speaks of the present itself.
var presentWordsRE = regexp.MustCompile(`(?i)\b(?:now|current|currently|present|presently|today|still|as of|as on|so far|till date|to date|incumbent|took over|ab|aaj|abhi)\b`)

// recentYears is how far before its notes' latest year a passage may be
// dated and still tell how things stand.
const recentYears = 3

// tellsNow reports whether the passage at pos tells how things stand: a
// development, a passage that says so, or one dated within recentYears of
// its document's latest year.
func (ix *Index) tellsNow(pos int) bool {
	p := &ix.corpus.Passages()[pos]
	if p.Kind == corpus.KindDevelopment || presentWordsRE.MatchString(p.Text) {
		return true
	}
	y := passageYear(p)
	return y > 0 && y >= ix.docLatestYear(p.DocID)-recentYears
}

// hasAllButEveryday reports whether s matches every concept of p but the
// everyday ones ("now", "current"), one at least in its text: its
// document's title alone says nothing of what it tells.
func hasAllButEveryday(p plan, s scoredPassage) bool {
	inText := false
	for i, c := range p.concepts {
		if c.common {
			continue
		}
		if s.fraction[i] == 0 {
			return false
		}
		inText = inText || s.textAlt[i] >= 0
	}
	return inText
}

// teller returns what reports whether the passage at pos tells p, a
// question about now, how things stand: it tells of the present and, when
// p asks who holds an office, names someone (see namesSomeone).
func (ix *Index) teller(p plan) func(pos int) bool {
	var asked map[string]float64 // p's terms, once a passage is looked for a name
	return func(pos int) bool {
		if !ix.tellsNow(pos) {
			return false
		}
		if !p.holder {
			return true
		}
		if asked == nil {
			asked = p.terms()
		}
		return ix.namesSomeone(asked, pos)
	}
}

// namesSomeone reports whether the passage at pos names someone the
// question, whose terms are asked, does not: two or more words in
// capitals in a row, one of which no English dictionary has and the
// question does not ("Sanjay Malhotra", "PM Modi"), or a name written with
// initials ("A.M. Khanwilkar"). A word in capitals alone is as often a
// place the dictionary lacks ("Kerala"), and a run the dictionary has
// whole is one ("Uttar Pradesh"); an acronym ("RBI") names no one.
func (ix *Index) namesSomeone(asked map[string]float64, pos int) bool {
	text := ix.corpus.Passages()[pos].Text
	if initialsRE.MatchString(text) {
		return true
	}
	for _, run := range capitalsRE.FindAllString(text, -1) {
		words := strings.Fields(run)
		if english.IsWord(strings.ToLower(strings.Join(words, " "))) {
			continue
		}
		if slices.ContainsFunc(words, func(w string) bool {
			lower := strings.ToLower(w)
			return w != strings.ToUpper(w) && !isStop(lower) && !english.IsWord(lower) &&
				!slices.ContainsFunc(ix.analyze(lower), func(t string) bool { return asked[t] > 0 })
		}) {
			return true
		}
	}
	return false
}

var (
	// capitalsRE finds two or more words in capitals in a row.
	capitalsRE = regexp.MustCompile(`\p{Lu}[\p{L}'-]*(?: \p{Lu}[\p{L}'-]*)+`)
	// initialsRE finds a name written with initials: "A.M. Khanwilkar".
	initialsRE = regexp.MustCompile(`\b(?:\p{Lu}\.\s?){1,3}\p{Lu}\p{Ll}+`)
)

// docLatestYear is the latest year a document's passages write.
func (ix *Index) docLatestYear(doc string) int {
	if y, ok := ix.latestYears.Load(doc); ok {
		return y.(int)
	}
	start, n := ix.docStart[doc], ix.docSize[doc]
	passages := ix.corpus.Passages()[start : start+n]
	y := 0
	for i := range passages {
		y = max(y, passageYear(&passages[i]))
	}
	ix.latestYears.Store(doc, y)
	return y
}

// passageYear is the latest year a passage writes, in its text or its
// section path.
func passageYear(p *corpus.Passage) int {
	y := latestYear(p.Text)
	for _, h := range p.Section {
		y = max(y, latestYear(h))
	}
	return y
}

// latestYear returns the latest year (1500–2199) text writes as a word of
// its own, or 0.
func latestYear(text string) int {
	y := 0
	for w := range asciiWords(text) {
		if isYearWord(w) {
			n, _ := strconv.Atoi(w)
			y = max(y, n)
		}
	}
	return y
}

// nowFirst puts first, for a question asking how things stand now, the
// best of the three best passages that tells (tells reports it by
// position); for one asking who holds an office, the best passage found
// that tells and has every word of it but the everyday ones
// (hasAllButEveryday), before those. It reports false when none does: the
// question is refused.
func nowFirst(p plan, scored []scoredPassage, tells func(pos int) bool) bool {
	if !p.now || scored[0].named || tells(scored[0].pos) && (!p.holder || hasAllButEveryday(p, scored[0])) {
		return true
	}
	best := min(3, len(scored))
	i := -1
	if p.holder {
		// Who holds an office now: the best passage that tells, names
		// someone and has every word of the question but everyday ones,
		// further down if need be ("2024: A.M. Khanwilkar sworn in as the
		// second chairperson"), before one that lacks some.
		i = slices.IndexFunc(scored, func(s scoredPassage) bool { return hasAllButEveryday(p, s) && tells(s.pos) })
	}
	if i < 0 {
		i = slices.IndexFunc(scored[:best], func(s scoredPassage) bool { return tells(s.pos) })
	}
	if i < 0 {
		return false
	}
	toFront(scored, i)
	return true
}
