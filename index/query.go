package index

import (
	"cmp"
	"context"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search/query"
	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index/wordnet"
)

// MaxQuestion is the longest question searched, in runes; the rest is ignored.
const MaxQuestion = 500

// A plan is a question turned into what to look for: concepts (each a word
// of the question with the terms that may stand for it) and, when the
// question names a part of the notes ("key point 7", "FAQ 2", "developments
// in 2024", "exam tip"), that part.
type plan struct {
	concepts   []concept
	section    *sectionIntent
	defines    bool    // "what is …", "define …", "… definition"
	whatIs     bool    // it defines, and asks what something is or means, not "what does X measure"
	head       []int   // concepts of X in "what is the X of Y": what is asked for
	named      string  // the document the question names by its title, if any
	namedShare float64 // the share of that title it names
	topic      bool    // named is not named by the question but the conversation's document (see corpus.WithTopic)
	event      bool    // "what did …", "… in 2024": asks about something that happened
	now        bool    // "who is the current …", "… right now": asks how things stand (see stale.go)
	holder     bool    // "who is the current Speaker": asks who holds an office now
	expects    answerType
	money      bool             // "how much did it cost", "what is the fee": asks an amount of money
	dated      bool             // asks when something happened, not under what conditions ("when can a soldier fire")
	counted    int              // 1 + the index of the concept "how many" asks the number of ("tigers" of "how many tigers …"); 0 for none
	part       int              // the number of "section 4", "part 2": a section the notes number
	partWord   string           // the word it is asked by: "section", "part", …
	subPart    string           // the number of "section 2.3": a subsection the notes number so
	numberedIn *corpus.Document // the notes asked for a section of that number that they lack
	subsection bool             // the question names a subsection and nothing else: its passages are named
	listed     bool             // it asks for a list in so many words: "list the …", "all the …"
	practice   bool             // it asks for a question set for practice: "the mains question at the end", "quiz 2"
	chat       bool             // it only thanks, greets or signs off (see chatting)
	toBot      bool             // it speaks to the bot in everyday words that name no part of the notes: "who made you"
	clause     string           // a clause of a law as written, "4(a)" of "section 4(a)": passages that write it are named
	paragraph  string           // the number of "clause 8.1", "para 3.2": passages that start with it are named
	lawPart    string           // the number of a section or article of a law it names, "3" of "section 3"
	row        bool             // "the table row for Ravi": it asks for a row of a table, by what the row is of
	heldBy     []string         // "ghadar" of "acc to the ghadar notes": the words that name the notes it asks of
	heldNamed  bool             // named is the document heldBy names (see heldDocument)
	checklist  bool             // "show my revision checklist": it asks for a list of tasks
	undone     bool             // "what's still unticked", "what's left on the to do list": the tasks not done
	keptAs     string           // the document it calls by the format it is kept in: "the handout" of the only PDF (see Index.keptAs)
	entry      int              // the number of "point 4 of …", "third item …": of an entry, as of a subsection its words name (see subsectionEntryFirst)
	entryOf    string           // "trap" of "trap 3": the heading of the subsection entry is of, when the number stands by it
	entryLast  bool             // "the last point under common ground": the last entry, as of a subsection its words name
}

// maxHeldBy is the most words before "notes" or "handout" that name the
// notes a question asks of.
const maxHeldBy = 3

// checklistKeys ask for a list of tasks, ticked or not; checklistWords
// and undoneWords (which ask for the tasks not done) name no task.
var (
	checklistKeys  = []string{"checklist", "untick", "uncheck", "todo", "to do list", "to-do", "to revise list"}
	checklistWords = setOf("checklist list ticked checked todo done item items task tasks thing things")
	undoneWords    = setOf("unticked unchecked left remaining pending undone open")
)

// notDoneRE asks for the tasks not done in other words: "still not done",
// "not ticked yet".
var notDoneRE = regexp.MustCompile(`\b(?:not|n't|yet to be)\s+(?:yet\s+)?(?:done|ticked|checked|completed|finished)\b`)

// rowWord reports whether w calls a part of the notes a table's row.
func rowWord(w string) bool { return w == "row" || w == "rows" }

// setConcepts replaces p's concepts, and forgets what pointed into the old
// ones: the X of "what is the X of Y" and the concept "how many" counts.
func (p *plan) setConcepts(cs []concept) { p.concepts, p.head, p.counted = cs, nil, 0 }

// namedByQuestion reports whether the question names a document itself,
// not by being asked in a conversation about it.
func (p plan) namedByQuestion() bool { return p.named != "" && !p.topic }

// concept is one thing the question asks about. Any of its alternatives
// matching a passage counts; weight is how much the concept says.
type concept struct {
	word   string
	alts   []alt
	weight float64 // the idf of its best alternative, adjusted (see weigh)
	proper bool    // the notes capitalise it: a country, an organisation, an acronym
	name   bool    // proper, and it names one thing alone (see Index.names)
	common bool    // an everyday word ("time", "role"), weighed down
	absent bool    // a name or number the notes never have (see aNotInNotes)
}

// alt is a way a concept may appear in a passage: one term, or a phrase of
// terms in order. w < 1 for expansions, spellings and corrections.
type alt struct {
	terms []string
	w     float64
	v     float64 // what a match is worth: w times the idf of its rarest term
	place bool    // a place the word lies in, or one in it
}

type sectionIntent struct {
	heading string      // heading name, e.g. "Key Points"
	alias   string      // what the question called it, when one of its aliases
	kind    corpus.Kind // what its passages are; other sections of the kind match too
	ordinal int         // 0 = any
	year    int         // 0 = any
	only    bool        // the question is nothing but the section's name and number
	sub     string      // its subsection, when named by its number ("Grounds", 2.1 of "2. National Emergency")
	alone   bool        // named so only when the question asks for nothing else: without its remarks, by an everyday word
	own     bool        // named by the heading's own name ("faq" of "FAQs"): of notes with the heading, its passages alone
	last    bool        // the last of them ("last faq"): ordinal is the highest number of the heading's passages, or of the document's named
	letter  string      // the letter ordinal is the place of ("c" of "point c"): no word to look for
	placed  bool        // named by its place in a family of sections ("the second answer"): its passages first
}

// Weights of alternatives that are not the word as typed.
const (
	wSpelling = 0.95
	wLexicon  = 0.85
	wJoin     = 0.9
	wFuzzy1   = 0.8
	wFuzzy2   = 0.65
	wRelated  = 0.7
	wRelation = 1 // times the weight of the kind of WordNet relation (relationWeights)

	properBoost = 1.3
	commonDamp  = 0.3
)

// eventWords mark a question about something that happened.
var eventWords = map[string]bool{"did": true, "recently": true, "latest": true, "recent": true}

var (
	mentionRE  = regexp.MustCompile(`<[@#][!&]?\d+>|@everyone|@here`)
	yearQRE    = regexp.MustCompile(`\b(1[89]\d\d|20\d\d|21\d\d)\b`)
	ordinalQRE = regexp.MustCompile(`([a-z&]+(?: [a-z]+){0,2}?) *(?:no\.? *|number *|#)?(\d{1,3})\b`)
	// ordinalAfterQRE: "3rd key point", "2nd faq".
	ordinalAfterQRE = regexp.MustCompile(`\b(\d{1,3})(?:st|nd|rd|th) ([a-z&]+(?: [a-z]+){0,2})`)
	ordinalWordRE   = regexp.MustCompile(`^\d{1,3}(?:st|nd|rd|th)$`)
	// ordinalWordQRE: "second point", "third key point", "second criticism
	// point".
	ordinalWordQRE = regexp.MustCompile(`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final) ((?:[a-z]+(?:-[a-z]+)? ){0,2}(?:points?|faqs?|pyqs?|questions?|qs?|developments?|tips?|sections?|parts?|chapters?|units?|items?|entry|entries|bullets?|takeaways?|highlights?|rows?|facts?|doubts?|mcqs?|traps?|pointers?|features?|provisions?|comments?|replies|reply|paragraphs?)\b(?: [a-z]+)?)`)
	headRE         = regexp.MustCompile(`\b(?:is|are|was|were|'s)\s+(?:the|an?)\s+((?:[a-z0-9&-]+\s+){0,2}?[a-z0-9&-]+)\s+of\b`)
	definesRE      = regexp.MustCompile(`^(what(?:'s| is| are| does| do)|define|definition|meaning|explain|describe|overview|about)\b|\b(definition|meaning|defined|overview|matlab|kya (?:hai|h|hota|hoti|hote|hain)(?: (?:hai|h))?(?: (?:simple|short|easy|aasan|saral|basic) (?:mein|me|main|words|language|terms))?(?: (?:batao|btao|bataiye|samjhao|samjhaiye|explain))?\s*\??$)\b`)
)

// ordinalOfRE matches an ordinal and the "of the" that makes it one of a
// part's entries: "the third of the last-minute tips".
var ordinalOfRE = regexp.MustCompile(`\b(second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d{1,2}(?:st|nd|rd|th)) of (?:the|these|its|their) `)

// placeInNotesRE matches where in the notes a question places its answer,
// "at the end of the lecture", "at the top of the post": the notes are
// named, the place ("end", "top") is no word of the answer's.
var placeInNotesRE = regexp.MustCompile(`\b(?:at|in|from|near|towards?) the (?:very )?(?:` + strings.Join(places, "|") + `) of ((?:the|my|this|that|his|her|our|your|each) (?:[a-z0-9'&-]+ ){0,3}?(?:` + placeWords + `))\b`)

// places are the places of placeInNotesRE: a question names one before
// the regular expression runs, a tenth of its cost.
var places = []string{"end", "bottom", "close", "top", "start", "beginning", "foot"}

// placeAsked reports whether q may place its answer in the notes
// (placeInNotesRE): "the end of", "the very top of".
func placeAsked(q string) bool {
	return slices.ContainsFunc(places, func(p string) bool { return strings.Contains(q, " "+p+" of ") })
}

// placeWords are what a question places an answer at the end or top of.
const placeWords = "notes?|docs?|documents?|lectures?|handouts?|class|session|webinar|videos?|episode|transcript|chapter|unit|lesson|module|readings?|parts?|sections?|box|boxes|callouts?|" +
	"pages?|posts?|articles?|blog|story|report|release|thread|comments?|answers?|forward|sheets?|factsheet|cheatsheet|tracker|deck|slides?|explainer|notebook|extract|set|list|table|faqs?|pdf|newsletter|email|mail|book|ebook|file"

// straighten replaces typographic quotes and dashes and dotted country
// initials.
var straighten = strings.NewReplacer("’", "'", "‘", "'", "“", `"`, "”", `"`, "–", "-", "—", "-", "u.s.", "us", "U.S.", "us", "u.k.", "uk", "U.K.", "uk")

// normalize lower-cases a question, straightens quotes and drops mentions.
// The regular expressions run only on questions they may match.
func normalize(q string) string {
	if utf8.RuneCountInString(q) > MaxQuestion {
		q = string([]rune(q)[:MaxQuestion])
	}
	if strings.ContainsAny(q, "<@") {
		q = mentionRE.ReplaceAllString(q, " ")
	}
	q = straighten.Replace(q)
	if tripled(q) {
		q = stretchedRE.ReplaceAllStringFunc(q, unstretch)
	}
	q = strings.ToLower(q)
	q = partNumbers(q)
	if strings.Contains(q, " of ") {
		q = ordinalOfRE.ReplaceAllString(q, "$1 ") // "the third of the tips" is the third tip
	}
	if placeAsked(q) {
		q = placeInNotesRE.ReplaceAllString(q, "in $1")
	}
	if strings.HasPrefix(q, "d ") || strings.Contains(q, " d ") {
		q = chatThe(q)
	}
	if !hasChatWord(q) {
		return q
	}
	return chatRE.ReplaceAllStringFunc(q, func(w string) string { return chatWords[w] })
}

// chatThe writes the chat spelling "d" as "the" where it stands for it:
// first or after a stop word, before a word ("who is d current CAG"), not
// the "d" of "part d" or "vitamin d".
func chatThe(q string) string {
	ws := strings.Split(q, " ")
	for i, w := range ws {
		if w == "d" && i+1 < len(ws) && ws[i+1] != "" && (i == 0 || isStop(ws[i-1])) {
			ws[i] = "the"
		}
	}
	return strings.Join(ws, " ")
}

// stretchedRE finds a word with a letter typed three times or more in a
// row, as chat stretches words ("whattt", "plsss", "haiii").
var stretchedRE = func() *regexp.Regexp {
	var runs []string
	for c := 'a'; c <= 'z'; c++ {
		runs = append(runs, strings.Repeat(string(c), 3))
	}
	return regexp.MustCompile(`(?i)\pL*(?:` + strings.Join(runs, "|") + `)\pL*`)
}()

// romanRE matches a Roman numeral.
var romanRE = regexp.MustCompile(`^[ivxlcdm]+$`)

// tripled reports whether q has a letter three times in a row, in either
// case.
func tripled(q string) bool {
	for i := 2; i < len(q); i++ {
		c := q[i] | 0x20
		if c == q[i-1]|0x20 && c == q[i-2]|0x20 && c >= 'a' && c <= 'z' {
			return true
		}
	}
	return false
}

// unstretch writes a stretched word with each run of a letter once, or
// twice where that makes an English word ("goood": good; "formmm": form).
// A word of its own stays ("www", "xxiii"), and so does an acronym: one
// that starts with the run ("iiit"), or typed in capitals and not a
// stretched English word ("NCCC", not "WHATTT").
func unstretch(w string) string {
	caps := w == strings.ToUpper(w)
	w = strings.ToLower(w)
	if english.IsWord(w) || len(w) > 2 && w[0] == w[1] && w[1] == w[2] || romanRE.MatchString(w) {
		return w
	}
	squeeze := func(keep int) string {
		var b strings.Builder
		run := 0
		var prev rune
		for _, r := range w {
			if r == prev {
				run++
			} else {
				prev, run = r, 1
			}
			if run <= keep {
				b.WriteRune(r)
			}
		}
		return b.String()
	}
	if two := squeeze(2); english.IsWord(two) {
		return two
	}
	if one := squeeze(1); !caps || len(one) > 2 && (english.IsWord(one) || isStop(one)) {
		return one
	}
	return w
}

// Parts of the notes as students number them: "key pt 7", "dev 3", "key
// point seven", "faq two".
var (
	partAbbrevs = []struct {
		re    *regexp.Regexp
		to    string
		needs string // what a question must have for re to match: "" for a digit
	}{
		{regexp.MustCompile(`\bkey pn?t(s?)\b`), "key point$1", "key p"},
		{regexp.MustCompile(`\bpn?ts? ?((?:no\.? ?|#)?\d)`), "point $1", ""},
		{regexp.MustCompile(`\bdevt?s? ?((?:no\.? ?|#)?\d)`), "development $1", ""},
	}
	// gluedPartRE finds a part's name written against its number: "kp3".
	gluedPartRE  = regexp.MustCompile(`\b(kp|faq|q|ques|dev|devt|pt|pnt|point|section|chapter|part|tip)(\d{1,3})\b`)
	partWordNoRE = regexp.MustCompile(`\b(points?|faqs?|questions?|developments?|kp|tips?|sections?|parts?|chapters?|units?) (one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen)\b`)
	partWords    = []string{"point", "faq", "pyq", "question", "q/a", "q&a", "doubt", "development", "kp", "tip", "section", "part ", "parts ", "chapter", "unit", "item", "entry", "entries", "bullet", "takeaway", "highlight", " row", " fact", "mcq", "trap", "feature", "provision", "comment", "repl", "paragraph"} // "part " is not "partnership", " row" not "growth"
	partNos      = map[string]string{"one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6", "seven": "7",
		"eight": "8", "nine": "9", "ten": "10", "eleven": "11", "twelve": "12", "thirteen": "13", "fourteen": "14", "fifteen": "15"}
)

// partNumbers writes the parts a lower-case question numbers as the notes
// name them: "key pt 7" and "key pnt 7" are "key point 7", "dev 3" and
// "dev3" "development 3", "key point seven" "key point 7".
func partNumbers(q string) string {
	digit := hasDigit(q)
	if digit {
		q = replaced(gluedPartRE, q, "$1 $2")
	}
	if strings.Contains(q, "pt") || strings.Contains(q, "pnt") || strings.Contains(q, "dev") {
		for _, a := range partAbbrevs {
			if a.needs == "" && digit || a.needs != "" && strings.Contains(q, a.needs) {
				q = replaced(a.re, q, a.to)
			}
		}
	}
	if digit || !containsAny(q, partWords) {
		return q
	}
	return partWordNoRE.ReplaceAllStringFunc(q, func(m string) string {
		part, no, _ := strings.Cut(m, " ")
		return part + " " + partNos[no]
	})
}

// replaced is re.ReplaceAllString(q, repl), without the copy of q it makes
// when re does not match ("developments" has "dev", "key point 5" a digit).
func replaced(re *regexp.Regexp, q, repl string) string {
	if !re.MatchString(q) {
		return q
	}
	return re.ReplaceAllString(q, repl)
}

// hasChatWord reports whether q has a chat word as a word of its own
// ("nd", not the "nd" of "and"), so that chatRE runs only where it
// replaces something.
func hasChatWord(q string) bool {
	for _, w := range chatSpellings {
		if wordIn(q, w) {
			return true
		}
	}
	return false
}

// hasDigit reports whether s has an ASCII digit: yearQRE and ordinalQRE
// match nothing without one.
func hasDigit(s string) bool { return strings.ContainsAny(s, "0123456789") }

// isYearish reports whether yearQRE matches s.
func isYearish(s string) bool { return hasDigit(s) && yearQRE.MatchString(s) }

// chatWords are chat spellings of question words.
var chatWords = map[string]string{
	"wat": "what", "wht": "what", "whta": "what", "wats": "what is", "whats": "what is", "kb": "kab",
	"hw": "how", "abt": "about", "b/w": "between", "bw": "between", "govt": "government", "mtlb": "matlab", "mtlab": "matlab",
	"wich": "which", "wen": "when", "hav": "have", "shud": "should", "wud": "would", "cud": "could", "frm": "from", "thru": "through",
	"w/o": "without", "coz": "because", "bcoz": "because", "becoz": "because", "bcz": "because", "ppl": "people", "diff": "difference",
	"acc to": "according to", "wer": "were", "whr": "where", "dey": "they", "dat": "that", "tht": "that", "dis": "this", "wid": "with",
	"nd": "and", "b4": "before", "thn": "then", "knw": "know", "as per": "according to", "ws": "was", "wz": "was", "whn": "when", "table row": "row", "table rows": "rows", "sum1": "someone", "any1": "anyone", "rn": "right now",
	"defn": "definition", "defns": "definitions",
}

// chatLetters are one-letter chat words, replaced only when they stand alone
// (the "r" of "r&d" stays).
var chatLetters = map[string]string{"u": "you", "r": "are", "ur": "your", "y": "why", "n": "and"}

// chatSpellings are chatWords' keys, sorted.
var chatSpellings = func() []string {
	var ws []string
	for w := range chatWords {
		ws = append(ws, w)
	}
	sort.Strings(ws)
	return ws
}()

var chatRE = func() *regexp.Regexp {
	var ws []string
	for _, w := range chatSpellings {
		ws = append(ws, regexp.QuoteMeta(w))
	}
	return regexp.MustCompile(`\b(?:` + strings.Join(ws, "|") + `)\b`)
}()

// negations are "not" joined to a verb, with or without the apostrophe:
// both halves are stop words ("didn't" is "did not").
var negations = map[string]bool{
	"dont": true, "doesnt": true, "didnt": true, "isnt": true, "arent": true, "wasnt": true, "werent": true,
	"cant": true, "cannot": true, "couldnt": true, "wouldnt": true, "shouldnt": true, "wont": true,
	"hasnt": true, "havent": true, "hadnt": true, "mustnt": true, "neednt": true, "aint": true,
}

// words splits a normalized question into words; "&" stays inside a word
// ("r&d") and a possessive "'s" goes.
func words(q string) []string {
	var out []string
	if strings.ContainsRune(q, '’') {
		q = strings.ReplaceAll(q, "’", "'") // a heading's "Don’ts" as a question's "don'ts"
	}
	joined := joinDigits(q)
	for _, w := range strings.FieldsFunc(joined, func(r rune) bool {
		return !isWordRune(r) && r != '&' && r != '\'' && r != digitComma && r != digitPoint
	}) {
		if len(joined) != len(q) {
			w = digitMarks.Replace(w)
		}
		w = strings.Trim(w, "&'")
		if stem, ok := strings.CutSuffix(w, "'s"); ok && (len(stem) == 1 || isNumber(stem)) {
			w = stem + "s" // a plural: "3 C's", "1990's"
		}
		w = strings.TrimSuffix(w, "'s")
		w = strings.ReplaceAll(w, "'", "")
		if w != "" && !negations[w] {
			out = append(out, w)
		}
	}
	return out
}

// asksWhatItIs reports whether a question asks what something is, means
// or does, not "what does the fiscal deficit measure" or "what does NJDG
// data say about …", which ask what it says.
func asksWhatItIs(q string) bool {
	return !whatDoesRE.MatchString(q) || meansRE.MatchString(q)
}

// letteredRE finds a part named by its letter: "point c under types of
// motions", "type (c) of jet streams" ask for the third of a list lettered
// a), b), c).
var letteredRE = regexp.MustCompile(`\b((?:sub-?)?points?|items?|types?) \(?([a-h])\)?(?: (?:of|under|in|from|on)\b|[?.,]|$)`)

// ideaOfRE finds the words that ask for the idea of something, which a
// definition gives: "the main idea behind", "the basic concept of".
var ideaOfRE = regexp.MustCompile(`\b(?:the )?(?:main |basic |core |central |whole |big )?(?:idea|gist|concept) (?:behind|of)\b`)

// whenCanRE finds a question that asks under what conditions something
// may be done: "when can a soldier open fire", "when must a bill return".
var whenCanRE = regexp.MustCompile(`^when (?:can|could|may|might|must|should|shall)\b`)

// contentsRE finds a question that asks what a part of the notes holds,
// not what something is: "what's under heading 8", "what is in the table".
var contentsRE = regexp.MustCompile(`^what(?:'s| is| are) (?:in|under|inside|within)\b`)

var (
	whatDoesRE = regexp.MustCompile(`^what (?:does|do)\b`)
	meansRE    = regexp.MustCompile(`\b(?:mean|means|stand for|stands for|do)\s*\??$`)
)

// practiceWords name questions set for practice (see setForPractice).
var practiceWords = setOf("q qs ques question questions mcq mcqs quiz quizzes poll polls pyq pyqs practice")

func (ix *Index) plan(question string) plan {
	q := normalize(question)
	var p plan
	trimmed := strings.TrimSpace(q)
	p.expects = expects(trimmed)
	p.money = asksMoney(trimmed)
	// "what is the highest expense ratio" asks for a figure, not what a
	// thing is.
	p.defines = definesRE.MatchString(trimmed) && p.expects != measureType && p.expects != shareType && !contentsRE.MatchString(trimmed)
	p.whatIs = p.defines && asksWhatItIs(trimmed)
	p.dated = p.expects == timeType && !whenCanRE.MatchString(trimmed)
	p.now = asksNow(q)
	p.holder = p.now && holderRE.MatchString(trimmed)
	p.chat = chatting(trimmed) || groupTalk(trimmed)
	for w := range asciiWords(q) {
		p.listed = p.listed || listWords[w]
		p.practice = p.practice || practiceWords[w]
	}
	p.part, p.partWord = sectionNumber(q)
	if strings.IndexByte(q, '.') >= 0 {
		if m := subPartRE.FindStringSubmatch(q); m != nil {
			p.subPart = m[1] // "section 2.3"
		}
	}
	if containsAny(q, paragraphKeys) {
		if m := paragraphRE.FindStringSubmatch(q); m != nil {
			p.paragraph = m[1]
		}
	}
	if containsAny(q, lawKeys) {
		if strings.Contains(q, "(") {
			p.clause = clauseRE.FindString(q)
		}
		if m := lawPartRE.FindStringSubmatch(q); m != nil {
			p.lawPart = m[1]
		}
	}
	// "ntca full form", "what does IWT stand for": what an acronym stands
	// for; the words of the request are not searched.
	var loc []int
	switch {
	case containsAny(q, fullFormKeys):
		loc = fullFormRE.FindStringIndex(q)
	case strings.Contains(q, "mean"):
		if m := acronymMeansRE.FindStringSubmatchIndex(q); m != nil && mayBeAcronym(q[m[2]:m[3]]) {
			loc = m[4:6] // "what does PIBO mean": what it stands for, which says what it is
		}
	}
	if loc != nil {
		q = q[:loc[0]] + " " + q[loc[1]:]
	}
	if p.defines {
		q = withoutTermWords(q)
	}
	if strings.IndexByte(q, '-') >= 0 {
		q = ix.joinHyphenated(q)
	}
	ws := ix.unglued(asked(words(q), question))
	for i, w := range ws {
		if c, ok := chatLetters[w]; ok {
			ws[i] = c
		}
		p.event = p.event || eventWords[w] || len(w) == 4 && isYearish(w)
	}
	lq := q
	m := listEntryRE.FindStringSubmatch(q)
	if m != nil && strings.HasSuffix(strings.TrimRight(q, "?.! "), m[0]) {
		if h, _, _, _ := ix.aliasNamed(m[2:3], true); h != nil && !entryWords[m[2]] {
			m = nil // "the last milestone in the list": of the heading "Key milestones", as no other is named
		}
	}
	switch {
	case m != nil && strings.Contains(q, m[0]+" of "):
		lq = strings.Replace(q, m[0]+" of ", m[1]+" item of ", 1) // "sixth law in the list of laws after X": the sixth item of that list
	case m != nil:
		lq = strings.Replace(q, m[0], m[1]+" item "+m[3], 1) // "last theory in the list": its last item
	}
	ordinals := ordinalsOf(lq)
	p.section = ix.sectionIntentOf(lq, ws, ordinals)
	if p.section == nil || p.section.wholePart() {
		nouns := ordinalsOf(q)
		if m != nil {
			n := ordinalValue(m[1])
			nouns = append(nouns, numbered{n: n, words: []string{m[2]}, after: true, last: n == 0}) // "the fourth challenge in the mains list"
		}
		if named := ix.entryByHeadingNoun(ws, nouns); named != nil {
			p.section = named
		}
	}
	if m != nil && p.section != nil && p.section.ordinal > 0 {
		ws = slices.DeleteFunc(ws, func(w string) bool { return w == m[2] }) // what the list holds, no word to look for
	}
	if p.section != nil && p.section.placed {
		if si, at := ix.familyNamed(ws); si != nil && si.heading == p.section.heading {
			ws = slices.Delete(ws, at[0], at[1]+1) // "the second answer" names the section, no words to look for
		}
	}
	p.entry = entryNumber(ordinals)
	p.entryLast = p.entry == 0 && p.section == nil && lastEntry(ordinals)
	if p.entry == 0 && p.section == nil {
		p.entry, p.entryOf = subsectionNumber(ordinals)
	}
	if p.section == nil && p.part > 0 {
		if si := ix.writtenPart(p.partWord, p.part, ordinals); si != nil {
			p.section, p.part, p.entry = si, 0, si.ordinal // "third point in part 1": of the chat's "Part 1: Structure"
		}
	}
	if doc, word := ix.keptIn(q); doc != "" {
		p.keptAs = doc
		named := strings.Fields(word)
		ws = slices.DeleteFunc(ws, func(w string) bool { return slices.Contains(named, strings.ToLower(w)) }) // "keep" of "my keep checklist" names the notes, no word to look for
	}
	if i := slices.IndexFunc(ws, holderWord); i > 0 {
		j := i
		for j > 0 && i-j < maxHeldBy && !isStop(ws[j-1]) && !notesWords[ws[j-1]] {
			j--
		}
		p.heldBy = slices.Clone(ws[j:i])
		if p.section != nil && sectionHolders[ws[i]] {
			name := ix.partWords(p.section.heading)
			if !slices.ContainsFunc(p.heldBy, func(w string) bool { return !name[w] && !strings.Contains(" "+p.section.alias+" ", " "+w+" ") }) {
				p.heldBy = nil // "the in news section": the words name the section, not the notes
			}
		}
	}
	if p.section != nil {
		// "the first faq on the sagarmala page", "the why in news box": what
		// holds the part names nothing to look for.
		ws = slices.DeleteFunc(ws, func(w string) bool { return holderWords[w] || chapterWords[w] && !ix.topical[w] })
		if p.section.ordinal == 0 && slices.ContainsFunc(ws, func(w string) bool { return listWords[w] }) {
			ws = slices.DeleteFunc(ws, func(w string) bool { return entryWords[w] }) // "list the points in the in news section": its entries
		}
	}
	if p.section != nil && p.section.sub != "" {
		ws = slices.DeleteFunc(ws, func(w string) bool { return ordinalValue(w) > 0 }) // the "5th" of "5th pillar"
	}
	if p.section == nil || p.section.ordinal == 0 {
		if i := slices.IndexFunc(ws, rowWord); i >= 0 && !(i >= 2 && ws[i-2] == "in" && ws[i-1] == "a") {
			p.row = true // not "three wins in a row"
			ws = slices.DeleteFunc(ws, rowWord)
			if p.section != nil {
				if h := headingOf(ix.headings, p.section.heading); h != nil && !h.rows {
					p.section = nil // "the table row for the token currency": a row, not the prose headed "TOKEN CURRENCY"
				}
			}
		}
	}
	if containsAny(q, checklistKeys) && (p.section == nil || p.section.ordinal == 0 && !p.section.last) { // not "the last item under doubts / to-do"
		p.checklist, p.defines, p.whatIs = true, false, false // "what's left on the to do list" asks for no definition
		p.undone = slices.ContainsFunc(ws, func(w string) bool { return undoneWords[w] }) || notDoneRE.MatchString(q)
		ws = slices.DeleteFunc(ws, func(w string) bool { return checklistWords[w] || undoneWords[w] })
	}
	if si := p.section; si != nil && si.ordinal > 0 {
		n := strconv.Itoa(si.ordinal)
		for i := 0; i+1 < len(ws); i++ {
			if questionAbbrevs[ws[i]] && ws[i+1] == n {
				ws = slices.Delete(ws, i, i+1) // "q5" is asked as "question 5" is
				break
			}
		}
		if i := slices.IndexFunc(ws, func(w string) bool {
			return (ordinalWordRE.MatchString(w) || isDigit(numberForms[w])) && isNumbered(w, si.ordinal) || si.last && lastWords[w]
		}); i >= 0 && si.alias != "" && i+1 < len(ws) {
			aliasWords := strings.Fields(si.alias)
			switch next := ws[i+1]; {
			case strings.HasPrefix(strings.Join(ws[i+1:], " "), si.alias) || slices.Contains(aliasWords, next):
				// "2nd pyq", "first faq", "third practice question" of
				// "Practice questions (self-made)": the ordinal names the
				// part, no word to look for
				ws = slices.Delete(ws, i, i+1)
			case entryWord(next) && !slices.Contains(aliasWords, next+"s"):
				// "second question in the exam corner": the ordinal and the
				// entry it counts name the part's entry, no words to look
				// for (not the "2nd floor" of its address); not "2nd
				// point" of "key points"
				ws = slices.Delete(ws, i, i+2)
			}
		}
		if si.letter != "" {
			if i := slices.Index(ws, si.letter); i > 0 {
				ws = slices.Delete(ws, i, i+1) // "point c": the letter names the part, as a number would
			}
		}
	}
	if slices.ContainsFunc(ws, isComparisonWord) && comparing(q) {
		ws = slices.DeleteFunc(ws, func(w string) bool { return comparisonWords[w] })
	}
	ty := ix.typosOf(ws)
	if p.section == nil && ty.fixed != nil {
		p.section = ix.sectionIntent(strings.Join(ty.fixed, " "), ty.fixed) // "recnt develpments"
	}
	for i := 0; i < len(ws); {
		c, used := ix.concept(ws, &ty, i)
		i += used
		if c != nil {
			p.concepts = append(p.concepts, *c)
		}
	}
	if hinglish(ws) {
		// A word neither the notes nor English know, in a question asked in
		// Hinglish, is Hindi more likely than a subject the notes lack
		// ("sarson", "ladai"): it weighs as an everyday word.
		for i := range p.concepts {
			if c := &p.concepts[i]; len(c.alts) == 0 && !c.common && !strings.Contains(c.word, " ") && !english.IsWord(c.word) && !isNumber(c.word) {
				c.common = true
				ix.weigh(c)
			}
		}
	}
	if loc != nil {
		for i := range p.concepts {
			ix.spelledOut(&p.concepts[i])
		}
	}
	if p.defines {
		// "charbagh meaning": the word asks for a definition, as written
		// (a heading "Meaning of …"), not for its synonyms ("import").
		for i := range p.concepts {
			if c := &p.concepts[i]; definitionWords[c.word] {
				c.alts = slices.DeleteFunc(c.alts, func(a alt) bool { return a.w < 1 })
			}
		}
	}
	// A name the question writes with a capital ("Mizoram") that neither
	// the notes nor English know, a number it writes ("the 12th Finance
	// Commission") that the notes never do: what the notes lack.
	caps, numbers := namesAndNumbers(question)
	for i := range p.concepts {
		c := &p.concepts[i]
		c.absent = len(c.alts) == 0 && (caps[c.word] && !english.IsWord(c.word) || numbers[c.word])
	}
	if p.section != nil {
		p.section.only = ix.onlySection(p)
	}
	if p.expects == numberType || p.expects == measureType {
		p.counted = countedConcept(words(q), p.concepts)
	}
	if head := headOf(q); head != "" {
		for i, c := range p.concepts {
			if strings.Contains(" "+head+" ", " "+c.word+" ") {
				p.head = append(p.head, i)
			}
		}
	}
	p.toBot = makerRE.MatchString(trimmed) || youRE.MatchString(trimmed) && !slices.ContainsFunc(p.concepts, func(c concept) bool {
		return !commonSet[c.word] && !commonSet[singular(c.word)] || ix.topical[c.word] && !ix.remarked[c.word]
	})
	return p
}

// plainNumberRE matches a number as a question writes a year, a count or
// an ordinal: "1926", "16th".
var plainNumberRE = regexp.MustCompile(`^\d{1,4}(?:st|nd|rd|th)?$`)

// namesAndNumbers returns, lower case, the words of question written with a
// capital and then lower case letters, but a sentence's first, and the
// numbers it writes as words of their own (plainNumberRE), not parts of
// "7,000", "28.08.2018" or "1440s". One pass; nil maps for none.
func namesAndNumbers(question string) (caps, numbers map[string]bool) {
	first := true
	for w := range strings.FieldsSeq(question) {
		word := strings.TrimFunc(w, func(r rune) bool { return !unicode.IsLetter(r) })
		r, size := utf8.DecodeRuneInString(word)
		if !first && size > 0 && unicode.IsUpper(r) && len(word) > size && !strings.ContainsFunc(word[size:], unicode.IsUpper) {
			if caps == nil {
				caps = map[string]bool{}
			}
			caps[strings.ToLower(word)] = true
		}
		if hasDigit(w) {
			if n := strings.Trim(strings.ToLower(w), `?!.,;:()"'`); plainNumberRE.MatchString(n) {
				if numbers == nil {
					numbers = map[string]bool{}
				}
				numbers[n] = true
			}
		}
		first = strings.ContainsAny(w[len(w)-1:], ".?!")
	}
	return caps, numbers
}

// joinHyphenated joins the words of q the notes write with a hyphen
// when one part is a stop word ("IN-SPACe"): apart, it would be searched as
// its other part alone.
func (ix *Index) joinHyphenated(q string) string {
	return hyphenatedRE.ReplaceAllStringFunc(q, func(w string) string {
		a, b, _ := strings.Cut(w, "-")
		if joined := a + b; (isStop(a) || isStop(b)) && len(a) > 1 && len(b) > 1 && ix.hyphenated[joined] != "" {
			return joined
		}
		return w
	})
}

// countedConcept returns 1 + the index of the concept that a question
// asking "how many" (or "kitne") counts, of its words ws: the first of the
// next three words after it that is a concept; 0 if none is.
func countedConcept(ws []string, concepts []concept) int {
	for i, w := range ws {
		if !(w == "many" && i > 0 && ws[i-1] == "how" || w == "kitne" || w == "kitni" || w == "kitna") {
			continue
		}
		for _, next := range ws[i+1 : min(i+4, len(ws))] {
			for ci, c := range concepts {
				if slices.Contains(strings.Fields(c.word), next) {
					return ci + 1
				}
			}
		}
		return 0
	}
	return 0
}

// hinglish reports whether a question's words are Hinglish: two Hindi
// words at least, function words of filler.txt ("ki", "kab", "hai") or
// words of hinglish.txt ("mila", "kanoon"), that are no English words
// ("the" and "to" are also Hindi's).
func hinglish(ws []string) bool {
	n := 0
	for _, w := range ws {
		if (fillerSet[w] || hindiWords[w]) && !isStop(w) && !english.IsWord(w) {
			if n++; n == 2 {
				return true
			}
		}
	}
	return false
}

// lawWord is how a question names a section or article of a law:
// "section 4", "art. 21".
const lawWord = `\b(?:section|sec|article|art|clause|rule)\.?\s*`

var (
	// clauseRE finds a clause of a law or a constitution in a question,
	// after the word for its section or article: "4(a)" of "section 4(a)",
	// "19(1)(a)" of "article 19(1)(a)". Its letters and numbers in brackets
	// say what no term of it says: "a" is a stop word, and "1" any number.
	clauseRE = regexp.MustCompile(lawWord + `\d{1,3}[a-z]?(?:\s*\(\s*[a-z0-9]{1,4}\s*\))+`)
	// lawPartRE finds the number of a section or article of a law in a
	// question: "3" of "section 3", "21" of "art. 21(1)".
	lawPartRE = regexp.MustCompile(lawWord + `(\d{1,3})\b`)
	// lawKeys are what a question naming one has, one at least: the
	// regular expressions run only on those.
	lawKeys = []string{"sec", "art", "clause", "rule"}
	// paragraphRE finds the number of a numbered paragraph, after the word
	// for it: "8.1" of "clause 8.1", "para 3.2.1".
	paragraphRE   = regexp.MustCompile(`\b(?:clause|para|paragraph|point|rule|section|sec)\.?\s*(\d{1,2}(?:\.\d{1,2})+)\b`)
	paragraphKeys = []string{"clause", "para", "point", "rule", "sec"}
)

// fullFormRE finds a question's request for what an acronym stands for,
// in questions with one of fullFormKeys.
var (
	fullFormKeys = []string{"full", "stand", "expan", "abbrevia", "acronym"}
	// acronymMeansRE: "what does X mean", X (group 1) one word, the request
	// group 2.
	acronymMeansRE = regexp.MustCompile(`^what (?:does|do|did) (\S+) (mean|means)\s*\??$`)
	fullFormRE     = regexp.MustCompile(`\b(?:full[ -]?forms?|stands? for|expansion|expanded|expand|abbreviation|abbreviated|acronym)\b`)
)

// termWordRE finds the words a definition is asked with: "define the term
// X", "what does the word X refer to". "the term of" (of office) is kept.
var termWordRE = regexp.MustCompile(`\b(?:the |a )?(?:term|word|phrase|expression)s?\b( of\b|\s*\??$)?|\brefer(?:s|red)? to\b`)

// withoutTermWords drops the words of termWordRE from a question that asks
// what something is.
func withoutTermWords(q string) string {
	if strings.Contains(q, "idea") || strings.Contains(q, "gist") || strings.Contains(q, "concept") {
		q = ideaOfRE.ReplaceAllString(q, " ") // "what's the main idea behind sagarmala"
	}
	if !strings.Contains(q, "term") && !strings.Contains(q, "word") && !strings.Contains(q, "phrase") &&
		!strings.Contains(q, "expression") && !strings.Contains(q, "refer") {
		return q
	}
	return termWordRE.ReplaceAllStringFunc(q, func(m string) string {
		if sub := termWordRE.FindStringSubmatch(m); sub[1] != "" {
			return m
		}
		return " "
	})
}

// mayBeAcronym reports whether a word of a question, lower case, may be an
// acronym: short, and neither English nor a number ("pibo", "ncap").
func mayBeAcronym(w string) bool {
	return len(w) >= 2 && len(w) <= maxInitials+2 && !english.IsWord(w) && !isNumber(w)
}

// initialsOf reads the name that starts at ws[i] as the acronym the notes
// write for it, when they write the acronym alone and never the name:
// "india meteorological department" of notes that say "IMD" (the name's
// connectors aside: "ministry of home affairs" is MHA). The longest such
// name counts; nil when the words start none.
func (ix *Index) initialsOf(ws []string, i int) (*concept, int) {
	if len(ix.acronyms) == 0 || !initialWord(ws[i]) {
		return nil, 0
	}
	var letters []byte
	var found *concept
	used, named := 0, i // the words up to ws[named] are nameWords
name:
	for k := i; k < len(ws) && len(letters) < maxInitials; k++ {
		w := ws[k]
		if connector[w] {
			continue
		}
		if !initialWord(w) {
			break
		}
		letters = append(letters, w[0])
		a := string(letters)
		if len(a) < 3 || !ix.acronyms[a] || english.IsWord(a) {
			continue
		}
		// Names' words are looked up only for initials the notes write.
		for ; named <= k; named++ {
			if !connector[ws[named]] && !ix.nameWord(ws[named]) {
				break name
			}
		}
		if ix.writesPart(ws[i : k+1]) {
			return nil, 0
		}
		found, used = &concept{word: strings.Join(ws[i:k+1], " "), alts: []alt{{terms: ix.analyze(a), w: wLexicon}}}, k+1-i
	}
	if found != nil {
		ix.weigh(found)
	}
	return found, used
}

// initialWord reports whether w may be a word of a name: a word of letters,
// no stop word or number.
func initialWord(w string) bool {
	return w != "" && w[0] >= 'a' && w[0] <= 'z' && !isStop(w)
}

// nameWord reports whether w may be a word of a name the notes lack: a
// noun or an adjective of English ("meteorological"), or a word of the
// notes ("bhakra"); no verb ("agree") and no typo.
func (ix *Index) nameWord(w string) bool {
	lemmas := english.Lemmas(w)
	if len(lemmas) == 0 {
		return ix.vocab.words[w]
	}
	return slices.ContainsFunc(lemmas, func(l wordnet.Lemma) bool { return l.POS&(wordnet.Noun|wordnet.Adj) != 0 })
}

// writesPart reports whether the notes write two words of name together,
// its connectors aside: then they write of what it names in their own
// words ("monetary policy" of "stance of monetary policy"), not by
// initials.
func (ix *Index) writesPart(name []string) bool {
	var prev string
	for _, w := range name {
		if connector[w] {
			continue
		}
		if prev != "" && ix.writes(prev+" "+w) {
			return true
		}
		prev = w
	}
	return false
}

// spelledOut makes an acronym's concept, when the notes spell the acronym
// out, match only where they do: "ntca full form" asks for the passage that
// says "National Tiger Conservation Authority", not any that says NTCA.
func (ix *Index) spelledOut(c *concept) {
	var long []alt
	for _, a := range c.alts {
		if len(a.terms) > 1 {
			a.w = 1
			long = append(long, a)
		}
	}
	if len(long) == 0 || strings.Contains(c.word, " ") {
		return
	}
	c.alts = long
	ix.weigh(c)
}

// asked drops the words of ws that only say what kind of answer is wanted:
// "who" (unless written WHO, the organisation), the "many" of "how many"
// and where in the notes it is ("at the end").
// question is the question as typed.
func asked(ws []string, question string) []string {
	out := ws[:0]
	for i, w := range ws {
		switch {
		case (w == "who" || w == "whom" || w == "whose") && !strings.Contains(question, "WHO"):
			continue
		case w == "us" && i > 0 && takesUs[ws[i-1]] && !strings.Contains(question, "US"):
			continue // "what does it tell us": not the US
		case i > 0 && ws[i-1] == "how" && howWords[w]:
			continue
		case i > 0 && (ws[i-1] == "which" || ws[i-1] == "what" || ws[i-1] == "kis") && timeWords[w]:
			continue // "in which year": when, not a year to look for
		case (w == "end" || w == "bottom") && i == len(ws)-1 && i >= 2 && ws[i-1] == "the" && (ws[i-2] == "at" || ws[i-2] == "in"):
			continue // "the practice question at the end": where in the notes, not what about
		case lengthWords[w] && i >= 2 && ws[i-2] == "in" && len(out) > 0 && howMany(out[len(out)-1]):
			out = out[:len(out)-1] // "in one line", "in 2 sentences": how long an answer, not what about
			continue
		}
		out = append(out, w)
	}
	return out
}

// takesUs are the verbs after which "us" is the pronoun, not the US.
var takesUs = setOf("tell tells told give gives gave let lets show shows showed help helps teach teaches taught harm harms hurt hurts affect affects remind reminds")

// lengthWords say how long an answer is asked for, after "in" and a
// number: "in one line", "in two sentences" ("one-liner" names a part of
// the notes).
var lengthWords = setOf("line lines sentence sentences")

// howMany reports whether w says how many lines an answer is asked in:
// "one", "2", "a", "few".
func howMany(w string) bool { return w == "a" || w == "few" || isNumber(w) || spelledNumbers[w] }

// gluedRE finds an acronym written against its number: "nw2", "ssc3".
var gluedRE = regexp.MustCompile(`^([a-z]{2,5})(\d{1,3})$`)

// unglued splits each word of ws that writes an acronym of the notes against
// a number ("nw2") the notes never write so into the two ("nw 2", as the
// notes write "National Waterway 2").
func (ix *Index) unglued(ws []string) []string {
	for i := 0; i < len(ws); i++ {
		w := ws[i]
		if c := w[len(w)-1]; c < '0' || c > '9' || ix.vocab.words[w] {
			continue
		}
		if i+1 < len(ws) && isNumber(ws[i+1]) {
			continue // "pm2 5" of "PM2.5"
		}
		if m := gluedRE.FindStringSubmatch(w); m != nil && len(ix.lex[m[1]]) > 0 {
			ws = slices.Insert(slices.Delete(ws, i, i+1), i, m[1], m[2])
			i++
		}
	}
	return ws
}

// saysNothing reports whether w is a filler word (filler.txt) that is no
// word of the notes' titles and headings.
func (ix *Index) saysNothing(w string) bool { return fillerSet[w] && !ix.topical[w] }

// timeWords follow "which", "what" or "kis" to ask when ("in which year",
// "kis saal"); "which day" and "what date" may be a name's ("National
// Space Day", "Imp dates").
var timeWords = map[string]bool{"year": true, "saal": true}

// howWords follow "how" to ask for a number or a manner.
var howWords = map[string]bool{"many": true, "much": true, "long": true, "far": true, "often": true, "old": true, "soon": true}

// headOf returns the X of "what is the X of Y", or "".
func headOf(q string) string {
	if !strings.Contains(q, "of") {
		return ""
	}
	if m := headRE.FindStringSubmatch(q); m != nil {
		return m[1]
	}
	return ""
}

// comparisonWords ask for a comparison ("difference between X and Y", "X
// vs Y"): in such a question they say what to do with X and Y, not what to
// look for.
var comparisonWords = map[string]bool{"difference": true, "differences": true, "diff": true, "distinction": true,
	"between": true, "compare": true, "contrast": true, "distinguish": true, "differentiate": true, "differ": true,
	"different": true, "vs": true, "versus": true, "fark": true, "farak": true, "farq": true, "antar": true}

// isComparisonWord reports whether w may ask for a comparison: every
// expression of the compare shape has one ("v" of "v/s"), so questions
// without any are not matched against them.
func isComparisonWord(w string) bool { return comparisonWords[w] || w == "v" }

// comparing reports whether a normalised question asks to compare two
// things, as the compare shape reads it.
func comparing(q string) bool {
	for _, re := range compareREs {
		if re.MatchString(q) {
			return true
		}
	}
	return false
}

// typos are a question's words corrected to words of the notes: each word
// that is neither the notes' nor English, with its correction and distance
// ("" when none), and the question's words with those of one slip
// corrected (nil when none is).
type typos struct {
	fixes map[string]correction
	fixed []string
	// splitsChecked counts the words read as two of the notes' words,
	// each a phrase search, up to maxSplitChecks a question.
	splitsChecked int
}

// maxSplitChecks bounds the phrase searches a question's English words
// the notes lack can cost ("timetable" read as "time table").
const maxSplitChecks = 4

type correction struct {
	word string
	d    int
}

// typosOf corrects the words of ws that may be typos, once each.
func (ix *Index) typosOf(ws []string) typos {
	var t typos
	for i, w := range ws {
		if isStop(w) || isNumber(w) || english.IsWord(w) || ix.knownWord(w) || ix.lex[w] != nil {
			continue
		}
		c, ok := t.fixes[w]
		if !ok {
			c.word, c.d = ix.correct(w)
			if t.fixes == nil {
				t.fixes = map[string]correction{}
			}
			t.fixes[w] = c
		}
		if c.word != "" && c.d == 1 {
			if t.fixed == nil {
				t.fixed = slices.Clone(ws)
			}
			t.fixed[i] = c.word
		}
	}
	return t
}

// concept reads the concept that starts at ws[i] and how many words it
// took; ty are the typos of ws, and count the phrase searches spent.
func (ix *Index) concept(ws []string, ty *typos, i int) (*concept, int) {
	// The longest phrase the lexicon knows ("set up", "south korean"), as
	// typed or with its typos corrected ("monetry policy committee").
	for k := min(maxPhrase, len(ws)-i); k >= 2; k-- {
		key, sure := strings.Join(ws[i:i+k], " "), 1.0
		exp, ok := ix.lex[key]
		if !ok && ty.fixed != nil {
			fix := strings.Join(ty.fixed[i:i+k], " ")
			if exp, ok = ix.lex[fix]; ok {
				key, sure = fix, wFuzzy1
			}
		}
		if ok {
			c := &concept{word: strings.Join(ws[i:i+k], " ")}
			if terms := ix.analyze(key); len(terms) > 0 && ix.known(terms) {
				c.alts = append(c.alts, alt{terms: terms, w: sure})
			}
			n := len(c.alts)
			ix.addExpansions(c, exp)
			for j := n; j < len(c.alts); j++ {
				c.alts[j].w *= sure
			}
			if len(c.alts) == 0 && commonSet[ws[i]] {
				// "set up" in notes that say neither it nor "established":
				// an everyday verb, not "set" and a rare "up" ("Bottom-up").
				c.common = true
			}
			if len(c.alts) > 0 || c.common {
				ix.weigh(c)
				return c, k
			}
		}
	}
	if c, k := ix.initialsOf(ws, i); c != nil {
		return c, k
	}
	if c := ix.phrasalVerb(ws, i); c != nil {
		return c, 2
	}
	w := ws[i]
	// Two words the notes write as one ("cyber security" → "cybersecurity");
	// two numbers stay two ("2 + 2" is not 22), and two filler words ("kab
	// hui" is not the notes' "kabhi", "upsc prelims" not a hashtag's
	// "UPSCPrelims").
	if i+1 < len(ws) && !isStop(ws[i+1]) && !isStop(w) && !(isNumber(w) && isNumber(ws[i+1])) && !(fillerSet[w] && fillerSet[ws[i+1]]) {
		joined := w + ws[i+1]
		if ix.vocab.words[joined] {
			c := &concept{word: w + " " + ws[i+1], alts: []alt{{terms: ix.analyze(joined), w: 1}}}
			if apart := w + " " + ws[i+1]; ix.writes(apart) {
				c.add(alt{terms: ix.analyze(apart), w: 1}) // "genome india" as well as "GenomeIndia"
			}
			ix.weigh(c)
			return c, 2
		}
		if (!ix.knownWord(w) && !english.IsWord(w) || !ix.knownWord(ws[i+1]) && !english.IsWord(ws[i+1])) && !fillerSet[w] && !fillerSet[ws[i+1]] {
			if fix, d := ix.correct(joined); fix != "" && d == 1 {
				c := &concept{word: w + " " + ws[i+1], alts: []alt{{terms: ix.analyze(fix), w: wFuzzy1}}}
				ix.weigh(c)
				return c, 2
			}
		}
	}
	if isStop(w) || ix.saysNothing(w) || isYearish(w) && len(w) != 4 {
		return nil, 1
	}
	c := &concept{word: w}
	terms := ix.analyze(w)
	known := len(terms) > 0 && ix.known(terms)
	if known {
		c.alts = append(c.alts, alt{terms: terms, w: 1})
	} else {
		for _, n := range numberSpellings(w) {
			if t := ix.analyze(n); len(t) > 0 && ix.known(t) {
				c.add(alt{terms: t, w: wSpelling}) // "2425": the notes' "2,425"
			}
		}
	}
	exp := ix.lex[w]
	if len(exp) == 0 && len(terms) == 1 {
		exp = ix.lexStem[terms[0]]
	}
	if one, ok := strings.CutSuffix(w, "s"); ok && len(exp) == 0 && len(one) >= 2 && len(one) <= maxInitials && !english.IsWord(w) {
		exp = ix.lex[one] // an abbreviation made plural: "RTCs", "NGOs"
	}
	ix.addExpansions(c, exp)
	ix.addRelated(c, w, known)
	if known && len(terms) == 1 {
		c.alts = append(c.alts, ix.family(terms[0])...)
	}
	if from := decade(w); from > 0 {
		// "nineties", "1990s": the years of the decade the notes write
		for y := from; y < from+10; y++ {
			if t := ix.analyze(strconv.Itoa(y)); len(t) > 0 && ix.known(t) {
				c.add(alt{terms: t, w: wSpelling})
			}
		}
	}
	if adj := ix.nameAdjective(w); adj != "" {
		c.add(alt{terms: ix.analyze(adj), w: wSpelling}) // "maurya": "Mauryan"
	}
	if !known {
		if place := ix.demonymPlace(w); place != "" {
			c.add(alt{terms: ix.analyze(place), w: wLexicon}) // "keralite": "Kerala"
		}
	}
	if v, ok := numberForms[w]; ok {
		if t := ix.analyze(v); len(t) > 0 && ix.known(t) {
			c.add(alt{terms: t, w: wSpelling})
		}
	}
	if v, ok := cardinalForms[w]; ok {
		if t := ix.analyze(v); len(t) > 0 && ix.known(t) {
			c.add(alt{terms: t, w: wSpelling}) // "seven powers": the notes' "7 POWERS"
		}
	}
	if v, ok := ix.hyphenated[w]; ok {
		c.add(alt{terms: ix.analyze(v), w: wSpelling}) // "cooperative": also the "co-operative" of other notes
	}
	if !known {
		variants := spellingVariants(w)
		if v := schwaVariant(w); v != "" {
			variants = append(variants, v)
		}
		for _, v := range variants {
			if t := ix.analyze(v); len(t) > 0 && ix.known(t) {
				c.alts = append(c.alts, alt{terms: t, w: wSpelling})
				break
			}
		}
	}
	if len(c.alts) == 0 && len(terms) > 0 && english.IsWord(w) {
		// A real word the notes do not have is never made into one of
		// theirs ("list" is not "last"), but for two letters swapped
		// ("chian" for "chain"), the compounds they write it in, and the
		// two words they write apart that it runs together.
		if fix := ix.swapped(w); fix != "" {
			c.alts = append(c.alts, alt{terms: ix.analyze(fix), w: wFuzzy1})
		}
		for _, cw := range ix.compounds(w) {
			c.add(alt{terms: ix.analyze(cw), w: wRelated}) // "peat": "peatlands"
		}
		if a, b := ix.split(w); a != "" && ty.splitsChecked < maxSplitChecks {
			ty.splitsChecked++
			if ix.writes(a + " " + b) {
				c.add(alt{terms: ix.analyze(a + " " + b), w: wJoin}) // "seawater": "sea water"
			}
		}
	}
	if len(c.alts) == 0 && len(terms) > 0 && !english.IsWord(w) && !isNumber(w) {
		// A word that is not English may be a typo; a number is meant
		// (1855 is not 1857).
		fx, ok := ty.fixes[w]
		if !ok {
			fx.word, fx.d = ix.correct(w)
		}
		if fix, d := fx.word, fx.d; fix != "" {
			wt := wFuzzy1
			if d > 1 {
				wt = wFuzzy2
			}
			c.alts = append(c.alts, alt{terms: ix.analyze(fix), w: wt})
			// A typo may also hide an acronym or a demonym ("isreali").
			ix.addExpansions(c, ix.lex[fix])
		} else if a, b := ix.split(w); a != "" {
			c.alts = append(c.alts, alt{terms: ix.analyze(a + " " + b), w: wJoin})
		} else if rel := ix.related(w); rel != "" {
			c.alts = append(c.alts, alt{terms: ix.analyze(rel), w: wRelated})
		}
	}
	if len(terms) == 0 && len(c.alts) == 0 {
		return nil, 1 // a stop word, as the analyzer sees it
	}
	// A word the lexicon knows for everyday ones ("aaya": came, arrived) is
	// not unknown when the notes have none of them: it weighs as they do.
	c.common = len(c.alts) == 0 && slices.ContainsFunc(exp, func(e string) bool { return commonSet[e] })
	ix.weigh(c)
	return c, 1
}

// phrasalVerb reads the verb and particle at ws[i] that WordNet knows as
// one ("soak up": absorb), as one concept: the particle is not a word of
// its own ("up" is not Uttar Pradesh). Without a word the notes have for
// it, it is an everyday verb, as the lexicon's phrases are. It returns nil
// when ws[i:i+2] is no such phrase.
func (ix *Index) phrasalVerb(ws []string, i int) *concept {
	if i+1 >= len(ws) || !particles[ws[i+1]] || isStop(ws[i]) || isNumber(ws[i]) || i+2 < len(ws) && ws[i+2] == "of" {
		return nil // "out of", "up of": a preposition
	}
	key := ""
	for _, l := range english.Lemmas(ws[i]) { // "takes over": "take over"
		if l.POS&wordnet.Verb != 0 && english.IsWord(l.Word+" "+ws[i+1]) {
			key = l.Word + " " + ws[i+1]
			break
		}
	}
	if key == "" {
		return nil
	}
	c := &concept{word: key}
	terms := ix.analyze(key)
	known := len(terms) > 0 && ix.known(terms)
	if known {
		c.alts = append(c.alts, alt{terms: terms, w: 1})
	}
	ix.addRelated(c, key, known)
	c.common = len(c.alts) == 0
	ix.weigh(c)
	return c
}

// particles are the adverbs that make a verb a phrasal verb, but those
// that are mostly prepositions ("called in the Atlantic").
var particles = map[string]bool{"up": true, "out": true, "off": true, "down": true, "away": true, "back": true}

// numberForms pairs ordinals' words with their figures, both ways: notes
// write "1st TR", questions "first".
var numberForms = map[string]string{
	"first": "1st", "second": "2nd", "third": "3rd", "fourth": "4th", "fifth": "5th", "sixth": "6th",
	"seventh": "7th", "eighth": "8th", "ninth": "9th", "tenth": "10th", "eleventh": "11th", "twelfth": "12th",
	"1st": "first", "2nd": "second", "3rd": "third", "4th": "fourth", "5th": "fifth", "6th": "sixth",
	"7th": "seventh", "8th": "eighth", "9th": "ninth", "10th": "tenth", "11th": "eleventh", "12th": "twelfth",
}

// cardinalForms are the numbers of partNos from two to twelve, in words
// and in figures, each the other's spelling.
var cardinalForms = func() map[string]string {
	m := map[string]string{}
	for w, n := range partNos {
		if v, _ := strconv.Atoi(n); v >= 2 && v <= 12 {
			m[w], m[n] = n, w
		}
	}
	return m
}()

// english is what WordNet knows of English words.
var english = wordnet.Embedded()

// relationWeights weigh the words WordNet relates to a question's word, as
// alternatives: a spelling or a demonym stands for the word itself; a
// synonym may have another sense; a place that contains or lies in another
// is a weaker stand-in still. A relation of two steps weighs less again.
var relationWeights = map[wordnet.Kind]float64{
	wordnet.Spelling: 0.95, wordnet.Demonym: 0.85, wordnet.Pertainym: 0.8, wordnet.Derivation: 0.8,
	wordnet.Synonym: 0.75, wordnet.PartOf: 0.6, wordnet.HasPart: 0.5,
}

// standsFor are the relations that stand for a word the notes have too:
// its other spellings and forms, and its synonyms of one step (WordNet's
// main senses only: "released" for "published"). Synonyms of synonyms and
// places are tried only for words the notes do not have.
var standsFor = map[wordnet.Kind]bool{wordnet.Spelling: true, wordnet.Derivation: true, wordnet.Pertainym: true, wordnet.Demonym: true, wordnet.Synonym: true}

const (
	twoStepDamp = 0.85
	maxRelated  = 8 // relations kept for a word, best first: bounds a question's terms
)

// addRelated adds to c the words WordNet relates to w that the notes have;
// known says whether the notes have w itself.
func (ix *Index) addRelated(c *concept, w string, known bool) {
	for _, a := range ix.relatedAlts(w, known) {
		c.add(a)
	}
}

// relatedAlts are the alternatives addRelated adds for w, kept as analyze
// keeps terms: questions ask about the same words again and again.
func (ix *Index) relatedAlts(w string, known bool) []alt {
	key := w
	if known {
		key = "+" + w
	}
	if v, ok := ix.relatedBy.Load(key); ok {
		return v.([]alt)
	}
	rels := append(english.Related(w), otherForms(w)...)
	rels = append(rels, sameDegree(w, rels)...)
	if one := singular(w); one != w {
		// WordNet relates the singular: "indians" to India as "indian" is.
		rels = slices.Clip(rels)
		for _, r := range english.Related(one) {
			if r.Kind == wordnet.Demonym {
				rels = append(rels, r)
			}
		}
	}
	weight := func(r wordnet.Relation) float64 {
		wt := relationWeights[r.Kind] * wRelation
		if r.Steps > 1 {
			wt *= twoStepDamp
		}
		return wt
	}
	slices.SortStableFunc(rels, func(a, b wordnet.Relation) int { return cmp.Compare(weight(b), weight(a)) })
	// A place the notes name once or twice may stand for the places in it
	// they name instead ("europe" for France and Germany).
	scarce := known && ix.scarce(w)
	// A people named after its place ("American" of America) stands for
	// the place's other names ("USA"); a people of a place ("Maratha" of
	// India) does not.
	ownPlace := slices.ContainsFunc(rels, func(r wordnet.Relation) bool {
		return r.Kind == wordnet.Demonym && r.Word[0] == w[0] && inLargerPlace(r.Word)
	})
	var out []alt
	for _, r := range rels {
		if len(out) == maxRelated {
			break
		}
		placeOfPeople := r.Kind == wordnet.Demonym && ownPlace && inLargerPlace(r.Word)
		if len(r.Word) < 2 || len(r.Word) == 2 && r.Kind != wordnet.Synonym && !(placeOfPeople && ix.isName(r.Word)) || isStop(r.Word) || r.Word == w || strings.HasPrefix(r.Word, "the ") {
			continue // but "American" stands for the "US" notes write as a name, and not for "the States"
		}
		if r.Kind == wordnet.Demonym && r.Word[0] != w[0] && !placeOfPeople {
			continue // a people of a place ("Maratha" of India) is not its demonym
		}
		if known && (!standsFor[r.Kind] || r.Kind == wordnet.Synonym && r.Steps > 1) && !(r.Kind == wordnet.HasPart && scarce) {
			continue // a word the notes have keeps its own sense
		}
		word := r.Word
		if dottedRE.MatchString(word) {
			word = strings.ReplaceAll(word, ".", "") // "t.b.", as notes write it: "TB"
		}
		t := ix.analyze(word)
		if len(t) > 0 && ix.known(t) {
			out = append(out, alt{terms: t, w: weight(r), place: r.Kind == wordnet.PartOf || r.Kind == wordnet.HasPart})
		}
	}
	if len(w) <= maxAnalyzedLen && ix.nRelated.Load() < maxAnalyzed {
		if _, loaded := ix.relatedBy.LoadOrStore(key, out); !loaded {
			ix.nRelated.Add(1)
		}
	}
	return out
}

// otherForms are the forms of w that analysis leaves apart from it, as
// spellings of it: an irregular form's lemma ("began": "begin") and a
// lemma's irregular forms ("begin": "began", "begun"; "pay": "paid").
func otherForms(w string) []wordnet.Relation {
	var out []wordnet.Relation
	for _, l := range english.Lemmas(w) {
		if l.Word != w {
			out = append(out, wordnet.Relation{Word: l.Word, Kind: wordnet.Spelling, POS: l.POS, Steps: 1})
		}
		for _, f := range english.Inflections(l.Word) {
			if f.Word != w && f.POS&l.POS != 0 {
				out = append(out, wordnet.Relation{Word: f.Word, Kind: wordnet.Spelling, POS: f.POS, Steps: 1})
			}
		}
	}
	return out
}

// sameDegree gives, for a comparative or superlative adjective ("biggest"),
// its synonyms' forms of the same degree ("largest"), as synonyms: notes
// write those, not the synonym's plain form. Forms no word has are tried
// too; the notes' vocabulary keeps those they write.
func sameDegree(w string, rels []wordnet.Relation) []wordnet.Relation {
	suffix := ""
	for _, sf := range []string{"est", "er"} {
		if strings.HasSuffix(w, sf) {
			suffix = sf
			break
		}
	}
	if suffix == "" || !slices.ContainsFunc(english.Lemmas(w), func(l wordnet.Lemma) bool { return l.Word != w && l.POS&wordnet.Adj != 0 }) {
		return nil
	}
	var out []wordnet.Relation
	for _, r := range rels {
		if r.Kind != wordnet.Synonym || strings.Contains(r.Word, " ") || strings.HasSuffix(r.Word, suffix) {
			continue
		}
		for _, f := range degreeForms(r.Word, suffix) {
			out = append(out, wordnet.Relation{Word: f, Kind: wordnet.Synonym, POS: wordnet.Adj, Steps: r.Steps})
		}
	}
	return out
}

// degreeForms are the ways English may make adj's comparative or
// superlative (suffix "er" or "est"): "large" → "largest", "big" →
// "biggest", "happy" → "happiest", "small" → "smallest".
func degreeForms(adj, suffix string) []string {
	if n := len(adj); n >= 2 {
		switch last := adj[n-1]; {
		case last == 'e':
			return []string{adj + suffix[1:]}
		case last == 'y':
			return []string{adj[:n-1] + "i" + suffix}
		default:
			return []string{adj + suffix, adj + string(last) + suffix}
		}
	}
	return nil
}

// dottedRE matches an abbreviation written with full stops: "t.b.".
var dottedRE = regexp.MustCompile(`^(?:\pL\.){2,}$`)

// scarce reports whether the notes have w in at most two passages.
func (ix *Index) scarce(w string) bool {
	t := ix.analyze(w)
	return len(t) == 1 && ix.vocab.df[t[0]] <= 2
}

func (ix *Index) addExpansions(c *concept, exp []string) {
	for _, e := range exp {
		if particles[e] {
			continue // "up" of "uttar pradesh" in the notes is "set up"
		}
		if t := ix.analyze(e); len(t) > 0 && ix.known(t) {
			c.add(alt{terms: t, w: wLexicon})
		}
	}
}

// add adds a to c's alternatives unless one has its terms already.
func (c *concept) add(a alt) {
	for _, have := range c.alts {
		if slices.Equal(have.terms, a.terms) {
			return
		}
	}
	c.alts = append(c.alts, a)
}

// known reports whether every term occurs in the index.
func (ix *Index) known(terms []string) bool {
	for _, t := range terms {
		if ix.vocab.df[t] == 0 {
			return false
		}
	}
	return true
}

func (ix *Index) knownWord(w string) bool {
	if ix.vocab.words[w] {
		return true
	}
	t := ix.analyze(w)
	return len(t) > 0 && ix.known(t)
}

// writtenAsName reports whether the notes write word as a name, or might:
// a word of it is one they capitalise, or no English word. "Presided"
// shares its term with "President" but is not written so.
func (ix *Index) writtenAsName(word string) bool {
	for w := range strings.FieldsSeq(word) {
		if ix.properForms[singular(w)] || !english.IsWord(w) {
			return true
		}
	}
	return false
}

// requestStem reports whether a concept is a word of the stem of a
// request word ("helpful" of "help"), as written, and no form of a verb:
// "defined" of "is PIL defined in the Constitution" is asked about.
func (ix *Index) requestStem(c *concept) bool {
	if len(c.alts) == 0 || c.alts[0].w != 1 || len(c.alts[0].terms) != 1 || requestWords[c.word] {
		return false
	}
	return ix.requestTerms[c.alts[0].terms[0]] && !slices.ContainsFunc(english.Lemmas(c.word), func(l wordnet.Lemma) bool { return l.POS&wordnet.Verb != 0 })
}

// weigh values each alternative of a concept, and the concept as its best
// alternative: by idf, so rare words count most; names (India, the Quad,
// AI) count more, as the crux of a question; everyday words ("time",
// "help") count less. A word the notes do not have at all weighs as much
// as the rarest.
func (ix *Index) weigh(c *concept) {
	damp := 1.0
	if (c.common || commonSet[c.word] || commonSet[singular(c.word)] || fillerSet[c.word] || ix.requestStem(c)) && (!ix.topical[c.word] || examWords[c.word] || notesWords[c.word]) {
		damp = commonDamp
		c.common = true
	}
	weights := make([]float64, len(c.alts))
	best, exact := 0.0, false
	written := ix.writtenAsName(c.word)
	for i, a := range c.alts {
		idf, proper := 0.0, false
		for _, t := range a.terms {
			idf = max(idf, ix.vocab.idf(t))
			if a.w < 1 || written {
				proper = proper || ix.proper[t]
				c.name = c.name || ix.nameTerms[t]
			}
		}
		weights[i] = idf * damp
		if proper {
			weights[i] *= properBoost
			c.proper = true
		}
		// The word as typed sets the weight; expansions only stand in for
		// a word the notes do not have.
		switch {
		case a.w == 1 && !exact:
			best, exact = weights[i], true
		case a.w == 1 || !exact:
			best = max(best, weights[i])
		}
	}
	if len(c.alts) == 0 {
		best = damp
	}
	c.weight = best
	for i := range c.alts {
		c.alts[i].v = min(weights[i], best) * c.alts[i].w
		if spellsOut(c.alts[i].terms, c.word) {
			// "coronal mass ejection" for "cme": the same name, as specific
			// as the acronym, though each of its words is commoner.
			c.alts[i].v = best * c.alts[i].w
		}
	}
}

// spellsOut reports whether terms, a phrase, start with the letters of
// acronym in order: the name it stands for.
func spellsOut(terms []string, acronym string) bool {
	if len(terms) < 2 || len(terms) != len(acronym) {
		return false
	}
	for i, t := range terms {
		if t == "" || t[0] != acronym[i] {
			return false
		}
	}
	return true
}

// maxEdits is how many typing mistakes a word of n letters may have.
func maxEdits(n int) int {
	switch {
	case n < 4:
		return 0
	case n < 8:
		return 1
	}
	return 2
}

// correct returns the word of the notes closest to w, within maxEdits, and
// its distance. Candidates share w's first letter; ties go to the more
// frequent word.
func (ix *Index) correct(w string) (string, int) {
	rw := []rune(w)
	limit := maxEdits(len(rw))
	// A word typed without its vowels ("spcl", "dvlpmnt"), as in chat.
	// An acronym is such a word too: one letter more or less makes another
	// ("ncrb" is not "ncr"), so only letters swapped or mistyped are slips.
	skeleton := len(rw) >= 4 && !strings.ContainsAny(w[1:], "aeiou0123456789")
	if skeleton {
		limit = max(limit, 1)
	}
	if limit == 0 {
		return "", 0
	}
	best, bestD, bestDF, bestOmitted := "", limit+1, -1, false
	for _, cand := range ix.vocab.byFirst[rw[0]] {
		d := limit + 1
		switch {
		case sameSqueezed(w, cand):
			d = 1 // doubled letters typed single or the other way ("comitee"): one slip however many
		case abs(len(cand)-len(w)) <= limit && (!skeleton || len(cand) == len(w)):
			d = osa(rw, []rune(cand), limit)
		case skeleton && sameSqueezed(w, consonants(cand)):
			d = limit
		}
		if d > limit || !sameFigures(w, cand) {
			continue // another number is another thing: COP13 is not COP14
		}
		df := 0
		if t := ix.analyze(cand); len(t) > 0 {
			df = ix.vocab.df[t[0]]
		}
		// Of equally close words, one with every letter typed: a letter
		// left out is the commonest slip ("selction" is "selection", not
		// "section").
		omitted := isSubsequence(w, cand)
		if d < bestD || d == bestD && (omitted && !bestOmitted || omitted == bestOmitted && df > bestDF) {
			best, bestD, bestDF, bestOmitted = cand, d, df, omitted
		}
	}
	if best == "" {
		return "", 0
	}
	return best, bestD
}

// sameFigures reports whether a and b have the same digits in the same
// order.
func sameFigures(a, b string) bool {
	i, j := 0, 0
	for {
		for i < len(a) && (a[i] < '0' || a[i] > '9') {
			i++
		}
		for j < len(b) && (b[j] < '0' || b[j] > '9') {
			j++
		}
		if i == len(a) || j == len(b) {
			return i == len(a) && j == len(b)
		}
		if a[i] != b[j] {
			return false
		}
		i, j = i+1, j+1
	}
}

// consonants is w without the vowels after its first letter.
func consonants(w string) string {
	return w[:1] + strings.Map(func(r rune) rune {
		if strings.ContainsRune("aeiou", r) {
			return -1
		}
		return r
	}, w[1:])
}

// sameSqueezed reports whether a and b are the same once each run of a
// repeated letter is one letter.
func sameSqueezed(a, b string) bool {
	i, j := 0, 0
	for i < len(a) && j < len(b) {
		if a[i] != b[j] {
			return false
		}
		c := a[i]
		for i < len(a) && a[i] == c {
			i++
		}
		for j < len(b) && b[j] == c {
			j++
		}
	}
	return i == len(a) && j == len(b)
}

// swapped returns the word of the notes that w is with two neighbouring
// letters swapped, or "".
func (ix *Index) swapped(w string) string {
	r := []rune(w)
	if len(r) < 4 {
		return ""
	}
	for i := 0; i+1 < len(r); i++ {
		if r[i] == r[i+1] {
			continue
		}
		r[i], r[i+1] = r[i+1], r[i]
		cand := string(r)
		r[i], r[i+1] = r[i+1], r[i]
		if ix.vocab.words[cand] {
			return cand
		}
	}
	return ""
}

// related finds a word of the notes with the same root as w, when stemming
// does not join them ("diplomacy" → "diplomatic"): the longest shared
// prefix, of at least five letters and most of w.
func (ix *Index) related(w string) string {
	rw := []rune(w)
	need := max(5, min(8, (len(rw)*7+9)/10))
	if len(rw) < need {
		return ""
	}
	best, bestLen := "", 0
	for _, cand := range ix.vocab.byFirst[rw[0]] {
		n := commonPrefix(rw, []rune(cand))
		if n >= need && n > bestLen {
			best, bestLen = cand, n
		}
	}
	return best
}

func commonPrefix(a, b []rune) int {
	n := 0
	for n < len(a) && n < len(b) && a[n] == b[n] {
		n++
	}
	return n
}

// familySuffixes make words the stemmer leaves apart from their root
// ("partner" and "partnership").
var familySuffixes = []string{"ship", "hood", "ism", "ist", "dom"}

// family returns the terms of the notes that are term plus such a suffix.
func (ix *Index) family(term string) []alt {
	var out []alt
	if len(term) < 5 {
		return nil
	}
	for _, suf := range familySuffixes {
		if t := term + suf; ix.vocab.df[t] > 0 {
			out = append(out, alt{terms: []string{t}, w: wRelated})
		}
	}
	return out
}

// isSubsequence reports whether every letter of a is in b, in order.
func isSubsequence(a, b string) bool {
	i := 0
	for j := 0; i < len(a) && j < len(b); j++ {
		if a[i] == b[j] {
			i++
		}
	}
	return i == len(a)
}

// split finds w as two words of the notes run together.
func (ix *Index) split(w string) (string, string) {
	for i := 3; i <= len(w)-3; i++ {
		if ix.vocab.words[w[:i]] && ix.vocab.words[w[i:]] && !isStop(w[:i]) && !isStop(w[i:]) {
			return w[:i], w[i:]
		}
	}
	return "", ""
}

// writes reports whether some passage's text has the words of phrase one
// after the other.
func (ix *Index) writes(phrase string) bool {
	terms := ix.analyze(phrase)
	q := query.NewPhraseQuery(terms, fieldText)
	res, err := ix.searchSafely(context.Background(), bleve.NewSearchRequestOptions(q, 0, 0, false))
	return err == nil && res.Total > 0
}

// decadeWords are the decades of the last century, as words.
var decadeWords = map[string]int{"twenties": 1920, "thirties": 1930, "forties": 1940, "fifties": 1950, "sixties": 1960,
	"seventies": 1970, "eighties": 1980, "nineties": 1990}

// decadeRE matches a decade in figures: "1990s", "90s".
var decadeRE = regexp.MustCompile(`^(1[5-9]|20)?([0-9])0s$`)

// decade returns the first year of the decade w names ("nineties",
// "1990s", "90s": 1990), or 0.
func decade(w string) int {
	if y, ok := decadeWords[w]; ok {
		return y
	}
	if !strings.HasSuffix(w, "0s") {
		return 0 // most words: no regular expression to run
	}
	m := decadeRE.FindStringSubmatch(w)
	if m == nil {
		return 0
	}
	d, _ := strconv.Atoi(m[2])
	if m[1] == "" {
		if d <= 1 {
			return 2000 + 10*d // "00s", "10s"
		}
		return 1900 + 10*d
	}
	c, _ := strconv.Atoi(m[1])
	return c*100 + 10*d
}

// nameAdjective returns the word of the notes that w and its adjective in
// "-n" are, one made of the other, when w is not English: "Mauryan" for
// "maurya", "Maurya" for "mauryan". WordNet has the English ones
// ("Korean").
func (ix *Index) nameAdjective(w string) string {
	if len(w) < 4 || english.IsWord(w) {
		return ""
	}
	other := w + "n"
	if base, ok := strings.CutSuffix(w, "an"); ok {
		other = base + "a"
	} else if !strings.HasSuffix(w, "a") {
		return ""
	}
	if !ix.vocab.words[other] {
		return ""
	}
	return other
}

// demonymPlace returns the place the notes name whose people w, a word
// neither the notes nor English have, calls them by: "Kerala" for
// "keralite", "Mumbai" for "mumbaikars", "Manipur" for "manipuris". The
// place is a word of the notes that w's stem begins, but for a letter or
// two ("Kerala"), and no English word unless a place or one of the notes'
// names; "" when none, or more than one, is. WordNet has the English
// demonyms ("Bhutanese", "Bihari").
func (ix *Index) demonymPlace(w string) string {
	if len(w) < 5 || english.IsWord(w) {
		return ""
	}
	for _, suffix := range demonymSuffixes {
		stem, ok := strings.CutSuffix(w, suffix)
		if !ok {
			if stem, ok = strings.CutSuffix(w, suffix+"s"); !ok {
				continue
			}
		}
		if len(stem) < 4 {
			continue
		}
		r, _ := utf8.DecodeRuneInString(stem)
		found := ""
		for _, v := range ix.vocab.byFirst[r] {
			rest, ok := strings.CutPrefix(v, stem)
			if !ok || len(rest) > 2 || english.IsWord(v) && !isPlace(v) && !ix.isName(v) {
				continue
			}
			if found != "" && found != v {
				return ""
			}
			found = v
		}
		if found != "" {
			return found
		}
	}
	return ""
}

// demonymSuffixes end the words for a place's people, the longest first.
var demonymSuffixes = []string{"ese", "ite", "kar", "ian", "an", "i"}

// isName reports whether the notes write the word w as a name.
func (ix *Index) isName(w string) bool {
	return slices.ContainsFunc(ix.analyze(w), func(t string) bool { return ix.proper[t] })
}

// maxCompounds is the most compounds compounds returns.
const maxCompounds = 3

// compounds returns the words of the notes that w, an English word they
// lack, begins as a compound of two English words does: "peatlands" for
// "peat", "rainfall" for "rain". The shortest come first.
func (ix *Index) compounds(w string) []string {
	if len(w) < 3 {
		return nil
	}
	r, _ := utf8.DecodeRuneInString(w)
	var out []string
	for _, v := range ix.vocab.byFirst[r] {
		if rest, ok := strings.CutPrefix(v, w); ok && len(rest) >= 3 && english.IsWord(singular(rest)) && !isStop(rest) {
			out = append(out, v)
		}
	}
	slices.SortFunc(out, func(a, b string) int { return cmp.Or(cmp.Compare(len(a), len(b)), strings.Compare(a, b)) })
	return out[:min(len(out), maxCompounds)]
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// osa is the optimal string alignment distance of a and b (Levenshtein with
// transpositions), or limit+1 once it exceeds limit.
func osa(a, b []rune, limit int) int {
	if abs(len(a)-len(b)) > limit {
		return limit + 1
	}
	prev2 := make([]int, len(b)+1)
	prev := make([]int, len(b)+1)
	cur := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		rowMin := cur[0]
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
			if i > 1 && j > 1 && a[i-1] == b[j-2] && a[i-2] == b[j-1] {
				cur[j] = min(cur[j], prev2[j-2]+1)
			}
			rowMin = min(rowMin, cur[j])
		}
		if rowMin > limit {
			return limit + 1
		}
		prev2, prev, cur = prev, cur, prev2
	}
	return prev[len(b)]
}

// version reports whether what follows a number makes it a version
// ("2.0" of "GST 2.0", "4.0" of "Industry 4.0"): subsections are numbered
// from .1.
func version(after string) bool {
	rest, ok := strings.CutPrefix(after, ".0")
	return ok && (rest == "" || rest[0] < '0' || rest[0] > '9')
}

// questionAbbrevs are what notes number their questions by, for
// "question": "Q5", "Ques. 3".
var questionAbbrevs = map[string]bool{"q": true, "ques": true, "qn": true, "qs": true, "qno": true}

// questionWord reports whether w is "question" or an abbreviation of it.
func questionWord(w string) bool { return w == "question" || questionAbbrevs[w] }

// faqName is the name every FAQ section is called by (see aliasesOf).
const faqName = "frequently asked questions"

// numbered is a number a question asks a part of the notes by.
type numbered struct {
	n     int
	words []string // the words before the number ("key point 3"), or after it ("3rd key point")
	after bool
	last  bool // "last faq": n is found with the heading
	// letter: the letter n is the place of ("c" of "point c"), no
	// number a heading has ("4. Risks Covered" of "point (d) under
	// risks covered")
	letter string
	abbrev bool // "question" is written "q", "ques", …
}

// beside is the word next to the number: "point" of "key point 3" and of
// "3rd point of the recap".
func (o numbered) beside() string {
	if o.after {
		return o.words[0]
	}
	return o.words[len(o.words)-1]
}

// sectionIntent finds a part of the notes named in the question: a heading's
// alias followed by a number ("key point 7", "faq #2", "point 3"), a heading
// with a year ("developments in 2024"), or a heading alone ("exam tip").
func (ix *Index) sectionIntent(q string, ws []string) *sectionIntent {
	return ix.sectionIntentOf(q, ws, ordinalsOf(q))
}

// sectionIntentOf is sectionIntent of a question whose ordinals are known.
func (ix *Index) sectionIntentOf(q string, ws []string, ordinals []numbered) *sectionIntent {
	return entryNumbered(ix.namedPart(q, ws, ordinals), ix.headings, ordinals, ws)
}

// entryNumber is the number of an entry a question's ordinals ask for
// ("point 4", "4th item", "third point"), 0 for none.
func entryNumber(ordinals []numbered) int {
	for _, o := range ordinals {
		if o.n > 0 && len(o.words) > 0 && slices.ContainsFunc(o.words, entryWord) {
			return o.n
		}
	}
	return 0
}

// lastEntry reports whether a question asks for the last entry of a part
// by an entry's word: "the last point", "last item".
func lastEntry(ordinals []numbered) bool {
	return slices.ContainsFunc(ordinals, func(o numbered) bool { return o.last && slices.ContainsFunc(o.words, entryWord) })
}

// subsectionNumber returns the number a question asks an entry of a
// subsection by, and the words beside it that may be the subsection's
// heading: "trap 3", "3rd trap" of a sheet's "Trap" rows, "3rd prelims
// trap in the sheet" of its "PRELIMS TRAPS".
func subsectionNumber(ordinals []numbered) (int, string) {
	for _, o := range ordinals {
		if o.n > 0 && len(o.words) > 0 && o.letter == "" && !o.last {
			return o.n, strings.Join(o.besideRun(), " ")
		}
	}
	return 0, ""
}

// besideRun is the run of words beside the number up to a stop word:
// "prelims trap" of "3rd prelims trap in" and of "the prelims trap 3";
// only the word beside it when that is a stop word ("at" of "cpi at
// 1.55").
func (o numbered) besideRun() []string {
	if o.after {
		if i := slices.IndexFunc(o.words, isStop); i >= 0 {
			return o.words[:max(i, 1)]
		}
		return o.words
	}
	i := len(o.words)
	for i > 1 && !isStop(o.words[i-1]) && !isStop(o.words[i-2]) {
		i--
	}
	return o.words[i-1:]
}

// ordinalsOf finds the numbers a question may ask a part of the notes by.
func ordinalsOf(q string) []numbered {
	var ordinals []numbered
	if hasDigit(q) {
		hq := strings.ReplaceAll(q, "#", " #")
		for _, m := range ordinalQRE.FindAllStringSubmatchIndex(hq, -1) {
			if version(hq[m[5]:]) {
				continue // "gst 2.0" is a name, not the 2nd of a section
			}
			n, _ := strconv.Atoi(hq[m[4]:m[5]])
			ws := strings.Fields(hq[m[2]:m[3]])
			abbrev := questionAbbrevs[ws[len(ws)-1]]
			if abbrev {
				ws[len(ws)-1] = "question" // "q5": question 5
			}
			ordinals = append(ordinals, numbered{n: n, words: ws, abbrev: abbrev})
		}
		for _, m := range ordinalAfterQRE.FindAllStringSubmatch(q, -1) {
			n, _ := strconv.Atoi(m[1])
			ordinals = append(ordinals, numbered{n: n, words: strings.Fields(m[2]), after: true})
		}
	}
	byPartWord := false
	if containsAny(q, partWords) {
		// "second point under way forward", "third key point"
		for _, m := range ordinalWordQRE.FindAllStringSubmatch(q, -1) {
			byPartWord = true
			n := ordinalValue(m[1]) // 0 for "last"
			ws := strings.Fields(m[2])
			abbrev := questionAbbrevs[ws[0]]
			if abbrev {
				ws[0] = "question" // "second q": question 2
			}
			ordinals = append(ordinals, numbered{n: n, words: ws, after: true, last: n == 0, abbrev: abbrev})
		}
	}
	if !byPartWord && containsAny(q, nounOrdinalKeys) {
		// "the last milestone", "the second challenge": an entry of a
		// heading its word names
		for _, m := range nounOrdinalQRE.FindAllStringSubmatch(q, -1) {
			n := ordinalValue(m[2]) // 0 for "last"
			if n > 0 && (m[1] == "" && m[4] == "" || listEntryRE.MatchString(q)) {
				continue // "third site", the topic of a list asked for, or "third site on the list of principal sites": an entry of the list named (see listEntryRE)
			}
			ordinals = append(ordinals, numbered{n: n, words: strings.Fields(m[3]), after: true, last: n == 0})
		}
	}
	if containsAny(q, letteredKeys) {
		for _, m := range letteredRE.FindAllStringSubmatch(q, -1) {
			ordinals = append(ordinals, numbered{n: int(m[2][0]-'a') + 1, words: strings.Fields(m[1]), letter: m[2]})
		}
	}
	return ordinals
}

// namedPart finds the part of the notes a question names, by one of its
// ordinals or by name alone (see sectionIntent).
func (ix *Index) namedPart(q string, ws []string, ordinals []numbered) *sectionIntent {
	if si, _ := ix.familyNamed(ws); si != nil {
		return si // "the second answer": "Answer 2, by …"
	}
	if len(ordinals) > 0 {
		if h, alias, o := ix.entryOf(q, ordinals); h != nil {
			n := o.n
			if o.last {
				n = h.most
			}
			return &sectionIntent{heading: h.name, kind: h.kind, ordinal: n, alias: alias, own: true, last: o.last, letter: o.letter}
		}
		// "India and the Montreal Protocol point 4": a numbered section the
		// question names by all the words of its heading, whatever word
		// stands before the number.
		if h := ix.headingNamed(ws, true); h != nil {
			// The number next to a word of the heading first: "chandrayaan 3
			// key point 8" asks for key point 8.
			next := func(o numbered) bool {
				if len(o.words) == 0 {
					return false
				}
				w := o.beside()
				return h.words[w] || h.words[singular(w)]
			}
			// A kind's own name next to the number before a heading named
			// elsewhere: "first faq on question hour" asks for FAQ 1.
			// So does a section's own name of more than a word: "second
			// practice question in the olive ridley article".
			byKind := func(o numbered) bool {
				b, alias, strong, own := ix.aliasNamed(o.words, o.after)
				return h.kind == corpus.KindSection && b != nil && b != h && strong && (b.kind != corpus.KindSection || own && strings.Contains(alias, " "))
			}
			for _, first := range []bool{true, false} {
				for _, o := range ordinals {
					switch {
					case next(o) != first || !first && byKind(o):
					case o.last:
						return &sectionIntent{heading: h.name, kind: h.kind, ordinal: h.most, last: true, alias: h.aliases[0], own: true}
					case o.letter != "" || !numberNames(h.name, o.n) || !first && !numberNames(coreName(h.name), o.n):
						// "point 4" of "7 POWERS (sec 4(m))" is its fourth point, "sec 4" its name
						return &sectionIntent{heading: h.name, kind: h.kind, ordinal: o.n, letter: o.letter, alias: h.aliases[0], own: true}
					}
				}
			}
			if !slices.ContainsFunc(ordinals, byKind) {
				// "features of 73rd amendment": the number is the heading's own.
				return &sectionIntent{heading: h.name, kind: h.kind}
			}
		}
	}
	for _, o := range ordinals {
		n := o.n
		best, bestAlias, _, bestOwn := ix.aliasNamed(o.words, o.after)
		if q := slices.Index(o.words, "question"); best == nil && o.abbrev && q >= 0 {
			// "second q", "q 5": a question of the FAQs, when no heading
			// names its entries questions
			words := slices.Concat(o.words[:q], strings.Fields(faqName), o.words[q+1:])
			best, bestAlias, _, bestOwn = ix.aliasNamed(words, o.after)
		}
		if n := len(o.words); !o.after && n >= 2 && entryWords[o.words[n-1]] && (best == nil || bestAlias == o.words[n-1]) {
			// "significance point 3": the third of "SIGNIFICANCE", not
			// the third key point.
			if h, a, _, own := ix.aliasNamed(o.words[:n-1], false); h != nil && own {
				best, bestAlias, bestOwn = h, a, own
			}
		}
		if best != nil && o.last {
			return &sectionIntent{heading: best.name, kind: best.kind, ordinal: best.most, alias: bestAlias, own: bestOwn, last: true}
		}
		if best != nil && o.after && n > best.most && n < 1000 && !ix.kindHas(best.kind, n) {
			continue // "73rd amendment" is a name, not the 73rd of "Amendments"; "third faq" is of another's "Quick FAQs"
		}
		if best != nil && (o.letter != "" || !numberNames(best.name, n)) {
			if best.years && n >= 1000 {
				return &sectionIntent{heading: best.name, kind: best.kind, year: n}
			}
			return &sectionIntent{heading: best.name, kind: best.kind, ordinal: n, alias: bestAlias, own: bestOwn, letter: o.letter}
		}
	}
	if si := ix.partNamed(ws); si != nil {
		return si
	}
	joined := " " + strings.Join(ws, " ") + " "
	// Its own name may hold the question words the question's words lack:
	// "what does the why in news box say".
	all := joined
	if len(ws) < strings.Count(q, " ")+1 {
		all = " " + strings.Join(words(q), " ") + " "
	}
	if year := yearQRE.FindString(q); year != "" {
		// "developments in 2024", "2019 news": any alias of a heading with
		// years, its own name first ("in the news 2023-25" of "In the news:
		// 2023–25", not "News 2023–25").
		n, _ := strconv.Atoi(year)
		var byKind *sectionIntent
		for hi := range ix.headings {
			h := &ix.headings[hi]
			if !h.years {
				continue
			}
			if i := slices.IndexFunc(h.aliases[:h.own], func(a string) bool { return hasWords(all, strings.Join(words(a), " ")) }); i >= 0 {
				return &sectionIntent{heading: h.name, kind: h.kind, alias: h.aliases[i], own: true, year: n}
			}
			if byKind == nil && slices.ContainsFunc(h.aliases, func(a string) bool { return hasWords(joined, a) }) {
				byKind = &sectionIntent{heading: h.name, kind: h.kind, year: n}
			}
		}
		if byKind != nil {
			return byKind
		}
	}
	// A heading's own name before another's kind's: "wd pyq" asks for "PYQ
	// / practice", not the FAQs that PYQs are a kind of.
	var byKind *sectionIntent
	for hi := range ix.headings {
		h := &ix.headings[hi]
		if si := strongNamed(all, q, h, true); si != nil {
			return si
		}
		if byKind == nil {
			byKind = strongNamed(joined, q, h, false)
		}
	}
	if byKind != nil {
		return byKind
	}
	if h := ix.headingNamed(ws, false); h != nil {
		// "causes of 1857 revolt": "Causes of the Revolt"
		return &sectionIntent{heading: h.name, kind: ownKind(h)}
	}
	// Names that name a section only in a question that asks nothing else
	// (see ranked): a heading without the remark in its brackets ("msp
	// cost concepts" for "COST CONCEPTS (VERY IMP)"), and the names of a
	// kind of section that are everyday words ("1935 act features", "afspa
	// news").
	for _, i := range ix.keyed {
		if h := &ix.headings[i]; hasWords(joined, h.key) {
			// "the imf vs world bank table, who …": named as what holds it
			alone := !slices.ContainsFunc(namingHolders, func(w string) bool { return hasWords(joined, h.key+" "+w) })
			return &sectionIntent{heading: h.name, kind: h.kind, alone: alone}
		}
	}
	for _, k := range everydayKinds {
		name, ok := ix.ofKind[k]
		if !ok {
			continue
		}
		for _, n := range everydayKindNames[k] {
			if hasWords(joined, n) {
				return &sectionIntent{heading: name, kind: k, alone: true}
			}
		}
	}
	return nil
}

// entryNumbered gives si, a part named without a number, the number of
// an entry the question asks for, when the part numbers that many and the
// question ends with its name (but for a holder, and the notes it is
// in): "point 3 of the reasons for gupta decline", "second question in the
// Q&A section of the world bank notes"; not "point 3 in the thread's list
// of …", a list the thread has. A number the heading itself writes ("Phase 2 (2011-2015)")
// is not one of its entries.
func entryNumbered(si *sectionIntent, headings []heading, ordinals []numbered, ws []string) *sectionIntent {
	if si == nil || !si.wholePart() {
		return si
	}
	h := headingOf(headings, si.heading)
	if h == nil {
		return si
	}
	end := len(ws) - 1
	for end >= 0 && (!h.words[ws[end]] || isStop(ws[end])) {
		end-- // the heading's "the" of "in the news" is not where its name ends
	}
	if end < 0 {
		return si
	}
	rest := withoutSayEnd(ws[end+1:])
	for len(rest) > 0 && holderWords[rest[0]] {
		rest = rest[1:]
	}
	if len(rest) > 0 && !entryLinks[rest[0]] {
		return si
	}
	for _, o := range ordinals {
		if o.last && h.most > 0 && len(o.words) > 0 && entryWord(o.words[0]) {
			si.ordinal, si.alone, si.last = h.most, false, true // "the last item in the in the news section"
			break
		}
		if o.n > 0 && o.n <= h.most && len(o.words) > 0 && (entryWord(o.beside()) || paragraphWords[o.beside()]) && !numberNames(h.name, o.n) {
			si.ordinal, si.alone, si.letter = o.n, false, o.letter
			break
		}
	}
	return si
}

// withoutSayEnd returns ws without the verb a question ends with to ask
// what a part says: "say", "point out", "suggest".
func withoutSayEnd(ws []string) []string {
	for n := len(ws); n > 0; n = len(ws) {
		switch {
		case sayWords[ws[n-1]] || sayEndWords[ws[n-1]]:
			ws = ws[:n-1]
		case n >= 2 && ws[n-1] == "out" && (ws[n-2] == "point" || ws[n-2] == "points"):
			ws = ws[:n-2]
		default:
			return ws
		}
	}
	return ws
}

// sayEndWords, after a part a question names, ask what it says: "what does
// the second paragraph under criticisms suggest".
var sayEndWords = setOf("show shows describe describes explain explains suggest suggests argue argues add adds cover covers")

// entryByHeadingNoun returns the entry of a heading a question asks for by
// its place and a noun of the heading, when the question's other words are
// all the heading's too and one heading only has them: "the third concern
// listed about committee scrutiny" of "What are the Concerns Regarding
// Committee Scrutiny?", "the fourth challenge in the mains list" of
// "Challenges worth writing in Mains".
func (ix *Index) entryByHeadingNoun(ws []string, ordinals []numbered) *sectionIntent {
	for _, o := range ordinals {
		if !o.after || len(o.words) == 0 || o.letter != "" || isStop(o.words[0]) || entryWord(o.words[0]) {
			continue
		}
		noun := o.words[0]
		names := func(h *heading, w string) bool { return h.words[w] || h.words[singular(w)] || h.words[w+"s"] }
		var found *heading
		for hi := range ix.headings {
			h := &ix.headings[hi]
			if h.most == 0 || h.most < o.n || !names(h, noun) {
				continue
			}
			other := slices.ContainsFunc(ws, func(w string) bool {
				return w != noun && !isStop(w) && ordinalValue(w) == 0 && !lastWords[w] && !ordinalWordRE.MatchString(w) && !sayWords[w] && !aListWords[w] && !holderWords[w] && !whereWords[w] && !names(h, w)
			})
			if other {
				continue
			}
			if found != nil {
				return nil
			}
			found = h
		}
		if found != nil {
			n := o.n
			if o.last {
				n = found.most
			}
			return &sectionIntent{heading: found.name, kind: found.kind, ordinal: n, alias: noun, own: true, last: o.last}
		}
	}
	return nil
}

// whereWords say where in the notes a part is, not what it is about: "the
// second practice question in the notes", "at the end of the chapter".
var whereWords = setOf("end top bottom beginning start chapter notes document")

// paragraphWords call an entry of a section of prose by its number, after
// the section's name: "the second paragraph under what are the criticisms".
var paragraphWords = setOf("paragraph paragraphs para")

// wholePart reports whether si names a part and no entry, year or
// subsection of it.
func (si *sectionIntent) wholePart() bool {
	return si.ordinal == 0 && !si.last && si.year == 0 && si.sub == "" && si.letter == ""
}

// headingOf returns the heading of headings named name, or nil.
func headingOf(headings []heading, name string) *heading {
	if i := slices.IndexFunc(headings, func(h heading) bool { return h.name == name }); i >= 0 {
		return &headings[i]
	}
	return nil
}

// kindHas reports whether some heading of a kind of part (FAQs, key
// points), not a plain section, has an entry numbered n.
func (ix *Index) kindHas(kind corpus.Kind, n int) bool {
	return kind != corpus.KindSection && slices.ContainsFunc(ix.headings, func(h heading) bool { return h.kind == kind && h.most >= n })
}

// entryWord reports whether w calls an entry of a part of the notes:
// "point", "question", "q".
func entryWord(w string) bool { return entryWords[w] || questionWord(w) || commentWords[w] }

// commentWords call an entry of a page's comments by its number: "the
// first comment under the second answer".
var commentWords = setOf("comment comments reply replies")

// listEntryRE finds an entry of a list called by what the list holds:
// "last theory in the list", "third site on the list", "first suggestion
// in the way forward list".
var listEntryRE = regexp.MustCompile(`\b(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|last|final|\d{1,2}(?:st|nd|rd|th)) ([a-z]+) ((?:in|of|from|on) (?:the |this |that |my )?(?:[a-z]+ ){0,3}list)\b`)

// entryLinks join an entry to the part of the notes it is one of: "point 4
// of the recap".
var entryLinks = setOf("of in under from among")

// entryOf returns the numbered section a question names by one word of its
// own (alias) after the entry it asks for, and that entry's number: "point
// 4 of the recap", "4th item in summary", "q2 in the q&a section", the name
// last but for a holder ("the recap box") or the notes it is in ("… under
// challenges in the brics notes"). (Headings of two words or more are
// named anywhere in the question: see headingNamed.)
func (ix *Index) entryOf(q string, ordinals []numbered) (*heading, string, numbered) {
	k := slices.IndexFunc(ordinals, func(o numbered) bool { return len(o.words) > 0 && entryWord(o.beside()) })
	if k < 0 {
		return nil, "", numbered{}
	}
	o := ordinals[k]
	ws := withoutSayEnd(words(q)) // "what does the last entry of the timeline say"
	first := true                 // the first link after the entry's word
	for i := 1; i+1 < len(ws); i++ {
		if !entryLinks[ws[i]] || !slices.ContainsFunc(ws[:i], entryWord) {
			continue
		}
		at := i + 1
		if ws[at] == "the" && at+1 < len(ws) {
			at++
		}
		if at+1 < len(ws) && holderWords[ws[at]] && (strings.Contains(q, ws[at]+"'s ") || strings.Contains(q, ws[at]+"’s ")) {
			at++ // "under the post's what's next list": the notes that hold the part, then its name
		}
		// The heading's name, of a word or of more ("self-test" of "question 3
		// of the self-test in the malaria notes").
		for k := 1; k <= maxEntryName && at+k <= len(ws); k++ {
			name := strings.Join(ws[at:at+k], " ")
			if rest := ws[at+k:]; len(rest) > 0 && !entryLinks[rest[0]] && slices.ContainsFunc(rest, func(w string) bool { return !holderWords[w] && w != "list" && w != "lists" }) {
				continue // "point 3 in the thread's list of …": a list the thread has; not "the what's next list"
			}
			// ("self-test" is "self test" as words: as long, written so)
			names := func(a string) bool {
				return a == name || k > 1 && len(a) == len(name) && strings.Join(words(a), " ") == name
			}
			// Its own names first, then what a name of more than a word
			// ("self-test" of "SELF-TEST (Q/A)") is called before a number.
			for _, weak := range []bool{false, true} {
				if weak && k == 1 {
					continue
				}
				for hi := range ix.headings {
					h := &ix.headings[hi]
					aliases := h.aliases[:h.own]
					if weak {
						aliases = h.aliases[h.strong:]
					}
					if h.most >= o.n && (slices.ContainsFunc(aliases, names) || !weak && h.key != "" && strings.Join(words(h.key), " ") == name) {
						return h, name, o // by an alias, or by its key ("what's next" of "What's next (official claims…)")
					}
				}
			}
		}
		// Words of a heading's name, not all of them ("point 2 of the
		// nomination checklist" of "4. Nomination - checklist type facts"),
		// when one heading only has them all and the question ends with them.
		if first {
			if h := ix.onlyHeadingWith(ws[at:], o.n); h != nil {
				return h, strings.Join(ws[at:], " "), o
			}
		}
		first = false
	}
	return nil, "", o
}

// onlyHeadingWith returns the one heading of n entries or more whose words
// are all of ws, one (not a stop word) to maxHeadingWords of them, or nil;
// of three or more, one may be the subject a pronoun of the heading stands
// for.
func (ix *Index) onlyHeadingWith(ws []string, n int) *heading {
	if len(ws) == 0 || len(ws) > maxHeadingWords || len(ws) == 1 && isStop(ws[0]) {
		return nil
	}
	var found *heading
	for hi := range ix.headings {
		h := &ix.headings[hi]
		missed := 0
		for _, w := range ws {
			if !h.words[w] {
				missed++
			}
		}
		// A heading's pronoun stands for the subject a question names: "why
		// mangroves matter" of "Why they matter".
		if h.most < n || missed > 1 || missed == 1 && (len(ws) < 3 || !slices.ContainsFunc(headingPronouns, func(p string) bool { return h.words[p] })) {
			continue
		}
		if found != nil {
			return nil
		}
		found = h
	}
	return found
}

// headingPronouns stand in a heading for the notes' subject.
var headingPronouns = []string{"it", "its", "they", "them", "their"}

// maxEntryName is the most words entryOf reads for the name of the heading
// whose entry a question asks for, and maxHeadingWords the most of a
// heading's words it ends with (onlyHeadingWith).
const (
	maxEntryName    = 3
	maxHeadingWords = 6
)

// strongNamed returns the section heading h names by a strong alias among
// joined's words (of question q): one of its own names (own), or of its
// kind's.
func strongNamed(joined, q string, h *heading, own bool) *sectionIntent {
	aliases := h.aliases[:h.own]
	if !own {
		aliases = h.aliases[h.own:h.strong]
	}
	for _, a := range aliases {
		if len(a) < 3 || !hasWords(joined, a) {
			continue
		}
		si := &sectionIntent{heading: h.name, kind: h.kind, alias: a, own: own}
		if h.years {
			if m := yearQRE.FindString(q); m != "" {
				si.year, _ = strconv.Atoi(m)
			}
		}
		return si
	}
	return nil
}

// ownKind is the kind of section a question naming heading h by its words
// asks for: h's, unless h asks about a subject ("What is the Swadeshi
// Movement?", a definition), which names that section alone, not every
// document's definition.
func ownKind(h *heading) corpus.Kind {
	if strings.HasSuffix(h.name, "?") {
		return corpus.KindSection
	}
	return h.kind
}

// numberNames reports whether a heading writes n itself ("73rd" of
// "Features of the 73rd Amendment"): a number of its name, not of its parts.
func numberNames(heading string, n int) bool {
	return slices.ContainsFunc(strings.FieldsFunc(strings.ToLower(heading), func(r rune) bool { return !unicode.IsLetter(r) && !unicode.IsDigit(r) }),
		func(w string) bool { return hasDigit(w) && isNumbered(w, n) }) // in figures: "Part IV" is not 4 here
}

// everydayKindNames are the names of the everydayKinds of section that are
// one English word ("features", "news"), which name them only alone.
var (
	everydayKinds     = []corpus.Kind{corpus.KindKeyPoint, corpus.KindDevelopment}
	everydayKindNames = func() map[corpus.Kind][]string {
		out := map[corpus.Kind][]string{}
		for _, k := range everydayKinds {
			for _, n := range corpus.HeadingNames(k) {
				if !strings.Contains(n, " ") && english.IsWord(n) {
					out[k] = append(out[k], n)
				}
			}
		}
		return out
	}()
)

// hasWords reports whether joined (words joined by spaces, with a space at
// each end) has the words w, or w with an "s", as whole words: what
// strings.Contains(joined, " "+w+" ") || … says, without building the
// strings (a question tries every alias of every heading; 3–7 % of a seed
// question's time).
func hasWords(joined, w string) bool {
	return occurs(joined, w, func(at int) bool {
		end := at + len(w)
		return joined[at-1] == ' ' && end < len(joined) && (joined[end] == ' ' || joined[end] == 's' && end+1 < len(joined) && joined[end+1] == ' ')
	})
}

// occurs reports whether sub occurs in s at an index where ok holds: as a
// word of its own (hasWords, wordIn), not the end of a longer number
// (namedClause).
func occurs(s, sub string, ok func(at int) bool) bool {
	for from := 0; ; {
		i := strings.Index(s[from:], sub)
		if i < 0 {
			return false
		}
		if ok(from + i) {
			return true
		}
		from += i + 1
	}
}

// aliasNamed returns the numbered heading whose alias takes the most of
// the words next to a number (the last of words, or with after the
// first): "key point 3" is a key point, not a point of "Lagrange Points";
// a strong alias before a weak one of as many words, a heading's own name
// before its kind's ("pyq 1": "UPSC Previous Year Questions", not the
// FAQs), and of aliases alike, a kind's heading ("point 3": a key point).
func (ix *Index) aliasNamed(words []string, after bool) (best *heading, alias string, strong, own bool) {
	bestWords := 0
	kindOf := func(h *heading) bool { return h.kind != corpus.KindSection }
	for hi := range ix.headings {
		h := &ix.headings[hi]
		if h.most == 0 {
			continue
		}
		for ai, a := range h.aliases {
			aw := strings.Fields(a)
			if len(aw) > len(words) {
				continue
			}
			next := words[len(words)-len(aw):]
			if after {
				next = words[:len(aw)]
			}
			s, o := ai < h.strong, ai < h.own || ai >= h.strong // the weak alias is its own name's head noun
			// a weak alias stands for its heading's key: "issues point 3"
			if n := strings.Join(next, " "); (n == a || !s && n == h.key) && (len(aw) > bestWords || len(aw) == bestWords && (s && !strong ||
				s == strong && (o && !own || o == own && kindOf(h) && !kindOf(best)))) {
				best, bestWords, strong, own, alias = h, len(aw), s, o, a
			}
		}
	}
	return best, alias, strong, own
}

// headingNamed returns the section (numbered only, if numbered) whose
// heading has two terms or more (its remarks aside, if numbered: see
// coreName), all of them among the question's words ws; of several, the
// one with the most terms. The number a heading is numbered by ("12. PYQs
// & exam tips") need not be asked.
func (ix *Index) headingNamed(ws []string, numbered bool) *heading {
	asked := ix.analyze(strings.Join(ws, " "))
	var best *heading
	bestN := 0
	for hi := range ix.headings {
		h := &ix.headings[hi]
		if numbered && h.most == 0 {
			continue
		}
		terms := h.terms
		if numbered {
			terms = h.core // "point 4 of the seven powers endowed"
		}
		n, all := 0, true
		for _, t := range terms {
			in := slices.Contains(asked, t)
			if (isNumber(t) || ix.examTerms[t]) && !in {
				continue // "Quick Revision for Prelims" is named without "prelims"
			}
			n++
			all = all && in
		}
		if all && n >= 2 && n > bestN {
			best, bestN = h, n
		}
	}
	return best
}

// partWords are the words that name the section heading (see nameWords).
// The map is shared: callers must not modify it.
func (ix *Index) partWords(heading string) map[string]bool {
	for _, hd := range ix.headings {
		if hd.name == heading {
			return hd.words
		}
	}
	return nameWords(heading, nil)
}

// numbersPart reports whether w is a number that names the part ("key
// point 3", "developments 2023", "DOM ke 6 pillars me 5th wala"), not one
// to look for in it ("the timeline row for 1229").
func (si *sectionIntent) numbersPart(w string) bool {
	return (isNumber(w) || isYearish(w)) && (si.ordinal > 0 || si.year > 0 || si.sub != "")
}

// onlySection reports whether the question names a section and nothing else
// ("upsc relevance", "key point 3"), so no other word has to match.
func (ix *Index) onlySection(p plan) bool {
	name := ix.partWords(p.section.heading)
	for i, c := range p.concepts {
		if (p.section.ordinal > 0 || p.section.last) && len(withoutSayEnd(strings.Fields(c.word))) == 0 {
			continue // "what does the second paragraph under criticisms point out"
		}
		if ix.entriesNoun(p, i) {
			continue // "the third reason under 'why millets stay off the plate'"
		}
		for _, w := range strings.Fields(c.word) {
			if !name[w] && !p.section.numbersPart(w) && !ordinalWordRE.MatchString(w) && !partLinks[w] && !sayWords[w] && !isDigit(numberForms[w]) && !(p.section.last && lastWords[w]) &&
				!(p.section.ordinal > 0 && (entryWords[w] || paragraphWords[w])) && !((p.section.ordinal > 0 || p.section.last) && aListWords[w]) {
				return false // "fifth item in the list of principal sites"
			}
		}
	}
	return true
}

// entriesNoun reports whether concept i of p is the noun that calls the
// entries of the part p names after their place ("the third reason under
// …", "the last suggestion under …"): an English word of a concept of its
// own that no heading has, right after the ordinal of the part's entry.
func (ix *Index) entriesNoun(p plan, i int) bool {
	if i == 0 {
		return false
	}
	before, w := p.concepts[i-1].word, p.concepts[i].word
	placed := p.section.last && lastWords[before] || !p.section.last && p.section.ordinal > 0 && ordinalValue(before) == p.section.ordinal
	return placed && !strings.Contains(w, " ") && len(w) >= 4 && english.IsWord(w) && !ix.topical[w] && !ix.topical[singular(w)]
}

// partNamed returns the subsection a question names by its place in a
// section made of subsections, called by that section's head noun: "5th
// pillar of DOM", "fifth pillar", "pillar 5", "DOM ke 6 pillars me 5th
// wala" of "Deep Ocean Mission - six pillars". The number stands by the
// noun, and a question that asks a fact ("which was the first …") names no
// part; nil when no one section is so named.
func (ix *Index) partNamed(ws []string) *sectionIntent {
	if len(ix.parted) == 0 || len(ws) == 0 || factWords[ws[0]] {
		return nil // "which was the first language to be declared classical" asks a fact
	}
	var found *sectionIntent
	for _, p := range ix.parted {
		n := 0
		for i, w := range ws {
			if w != p.noun && singular(w) != p.noun {
				continue
			}
			switch {
			case i > 0 && ordinalValue(ws[i-1]) > 0:
				n = ordinalValue(ws[i-1]) // "5th pillar"
			case i+1 < len(ws) && isNumber(ws[i+1]):
				n, _ = strconv.Atoi(ws[i+1]) // "pillar 5"
			case i+2 < len(ws) && inWords[ws[i+1]] && ordinalValue(ws[i+2]) > 0:
				n = ordinalValue(ws[i+2]) // "pillars me 5th wala"
			}
			if n > 0 {
				break
			}
		}
		if n == 0 || n > len(p.subs) {
			continue
		}
		if found != nil {
			return nil
		}
		found = &sectionIntent{heading: p.name, kind: corpus.KindSection, sub: p.subs[n-1], only: true}
	}
	return found
}

// factWords open a question that asks a fact, not for a part of the notes.
var factWords = setOf("which who whom when where")

// inWords say that what follows is one of what went before: "pillars me
// 5th", "pillars of which the 5th".
var inWords = setOf("me mein main mai among of in")

// ordinalValue returns the number an ordinal writes ("5th", "fifth"), or 0.
func ordinalValue(w string) int {
	if f, ok := numberForms[w]; ok && !isDigit(w) {
		w = f
	}
	if !ordinalWordRE.MatchString(w) {
		return 0
	}
	n, _ := strconv.Atoi(strings.TrimRight(w, "stndrh"))
	return n
}

// isDigit reports whether s starts with an ASCII digit ("1st", the figure
// of the ordinal "first").
func isDigit(s string) bool { return s != "" && s[0] >= '0' && s[0] <= '9' }

// holderWords name what holds a part of the notes, not what it is about:
// "the why in news box", "the first faq on the sagarmala page", "the what
// next section", "the second faq on the ganga post". Of them,
// sectionHolders call a part of the notes, not the notes: the words before
// them name the part ("the in news section", "the why in news box").
var (
	sectionHolders = setOf(sectionHolderWords)
	holderWords    = setOf(sectionHolderWords + " page pages post article blog thread sheet factsheet cheatsheet deck slide slides explainer")
)

const sectionHolderWords = "section sections box boxes corner callout branch branches"

// namingHolders are the words after a heading's name that make the name
// one of a part of the notes: "the before vs after table row for …".
var namingHolders = []string{"section", "box", "table", "chart"}

// chapterWords call the notes a question asks of a chapter ("the last
// recommendation in the chapter") unless a heading has them ("Key
// takeaways from this chapter", "Chapter 7: In the news").
var chapterWords = setOf("chapter chapters")

// holderWord reports whether w calls the notes, or what holds a part of them,
// after the words that name them: the "notes" of "the ghadar notes", the
// "page" of "the sagarmala page".
func holderWord(w string) bool { return notesWords[w] || holderWords[w] }

// letteredKeys are the words before a letter that names a part (letteredRE).
var letteredKeys = []string{"point", "item", "type"}

// nounOrdinalQRE finds the words after an ordinal ("last", "second") that
// may name a heading whose entry a question asks for and nothing else
// ("what is the last milestone in the list", "the final milestone", "the
// second challenge listed in the notes", "what is the third challenge", not
// "the final NRC list"; not "first", which names a thing as often: "the
// first amendment"); a number but "last" is asked by a question ("what
// is") or of a place ("in the notes"). nounOrdinalKeys are its ordinals.
var (
	nounOrdinalKeys = []string{"second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "last", "final"}
	nounOrdinalQRE  = regexp.MustCompile(`^((?:what|which|who)(?:'s| is| was| are| were)\s+)?(?:the\s+)?(` + strings.Join(nounOrdinalKeys, "|") + `) ((?:[a-z]+(?:-[a-z]+)? ){0,2}?[a-z]+(?:-[a-z]+)?)(\s+(?:(?:listed|mentioned|given|noted)\s+)?(?:in|on|of|from|under|about|at)\b.*|\s+(?:listed|mentioned|given|noted))?\s*\??$`)
)

// lastWords ask for the last of a section's passages.
var lastWords = map[string]bool{"last": true, "final": true}

// partLinks tie a numbered part to the section it is in: "point 2 under
// Way Forward".
var partLinks = map[string]bool{"under": true, "within": true, "inside": true, "below": true, "among": true}

// aListWords say that a part is a list: "the last item listed among …".
var aListWords = setOf("list lists listed")

// isNumber reports whether w is a number in figures: "2425", "2,425",
// "3.5".
func isNumber(w string) bool {
	for i, r := range w {
		if !unicode.IsDigit(r) && !((r == ',' || r == '.') && i > 0 && i < len(w)-1) {
			return false
		}
	}
	return w != ""
}

// digitComma and digitPoint stand, while a question is cut into words,
// for the commas and points of its grouped numbers (groupedNumberRE): the
// notes' words keep "2,425" and "3.5" whole, and so do a question's.
const (
	digitComma = '\uE000'
	digitPoint = '\uE001'
)

var (
	// groupedNumberRE matches digits grouped by commas ("2,425",
	// "1,00,000"), or with one decimal point.
	groupedNumberRE = regexp.MustCompile(`\b\d{1,3}(?:,\d{2,3})+\b|\b\d+\.\d+\b`)
	digitJoints     = strings.NewReplacer(",", string(digitComma), ".", string(digitPoint))
	digitMarks      = strings.NewReplacer(string(digitComma), ",", string(digitPoint), ".")
)

// joinDigits writes the commas and points of q's grouped numbers as
// digitComma and digitPoint.
func joinDigits(q string) string {
	if !strings.ContainsAny(q, ",.") || !hasDigit(q) {
		return q
	}
	var b strings.Builder
	last := 0
	for _, m := range groupedNumberRE.FindAllStringIndex(q, -1) {
		if joinsDigit(q, m[0]-1, -1) || joinsDigit(q, m[1], 1) {
			continue // a part of "28.08.2018"
		}
		b.WriteString(q[last:m[0]])
		b.WriteString(digitJoints.Replace(q[m[0]:m[1]]))
		last = m[1]
	}
	b.WriteString(q[last:])
	return b.String()
}

// joinsDigit reports whether q has at i a comma or point with a digit
// beyond it, in direction dir.
func joinsDigit(q string, i, dir int) bool {
	j := i + dir
	return i >= 0 && j >= 0 && j < len(q) && (q[i] == ',' || q[i] == '.') && '0' <= q[j] && q[j] <= '9'
}

// numberSpellings returns the ways notes write the whole number w other
// than as w: without commas, grouped in thousands ("12,345,678") and
// grouped the Indian way ("1,23,45,678").
func numberSpellings(w string) []string {
	digits := strings.ReplaceAll(w, ",", "")
	if strings.Contains(digits, ".") || len(digits) < 4 || !isNumber(digits) {
		return nil
	}
	group := func(size int) string {
		head, tail := digits[:len(digits)-3], digits[len(digits)-3:]
		for len(head) > size {
			head, tail = head[:len(head)-size], head[len(head)-size:]+","+tail
		}
		return head + "," + tail
	}
	var out []string
	for _, s := range []string{digits, group(3), group(2)} {
		if s != w && !slices.Contains(out, s) {
			out = append(out, s)
		}
	}
	return out
}
