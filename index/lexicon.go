package index

import (
	_ "embed"
	"iter"
	"regexp"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/index/wordnet"
)

//go:embed lexicon/synonyms.txt
var synonymsText string

//go:embed lexicon/common.txt
var commonText string

//go:embed lexicon/filler.txt
var fillerText string

//go:embed lexicon/hinglish.txt
var hinglishText string

// lexicon maps a word or phrase, as typed, to what it also means. Keys and
// values are lower-case surface text (values may be phrases).
type lexicon map[string][]string

// maxPhrase is the longest key, in words, that a question is matched
// against: "food safety and standards authority of india" for FSSAI.
const maxPhrase = 7

func parseLexicon(text string) lexicon {
	lx := lexicon{}
	for from, to := range lexiconLines(text) {
		if to == nil {
			to = from // a group of words for one another
		}
		for _, k := range from {
			lx.add(k, to...)
		}
	}
	return lx
}

// lexiconLines yields the words of each line of a lexicon: those before
// "=>" and those after it, or, on a line without "=>", the words of the
// group and nil.
func lexiconLines(text string) iter.Seq2[[]string, []string] {
	return func(yield func([]string, []string) bool) {
		for _, line := range strings.Split(text, "\n") {
			line = strings.TrimSpace(line)
			if line == "" || strings.HasPrefix(line, "#") {
				continue
			}
			from, to, ok := strings.Cut(line, "=>")
			var words []string
			if ok {
				words = append([]string{}, splitList(to)...) // not nil, though empty
			}
			if !yield(splitList(from), words) {
				return
			}
		}
	}
}

// notesHinglish adds to lx, for notes written in Hinglish, the way back:
// an English word of a question stands for the Hinglish words the notes
// write for it ("challenges" for "chunautiyan"). Only Hinglish words of
// five letters or more that the notes have (words: their surface words)
// and do not write as a name or in a title (the Bharat of "Swachh Bharat
// Mission") are added, so that notes in English read as before.
func notesHinglish(lx lexicon, words map[string]bool, name func(string) bool) {
	for from, to := range lexiconLines(hinglishText) {
		var have []string
		for _, h := range from {
			if utf8.RuneCountInString(h) >= minHinglishBack && words[h] && !name(h) {
				have = append(have, h)
			}
		}
		if len(have) == 0 {
			continue
		}
		for _, e := range to {
			lx.add(e, have...)
		}
	}
}

// minHinglishBack is the shortest Hinglish word an English word stands
// for: shorter ones are English words too ("din", "bana").
const minHinglishBack = 5

func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, ",") {
		if p = strings.Join(strings.Fields(strings.ToLower(p)), " "); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func (lx lexicon) add(key string, values ...string) {
	for _, v := range values {
		if v == key {
			continue
		}
		dup := false
		for _, have := range lx[key] {
			dup = dup || have == v
		}
		if !dup {
			lx[key] = append(lx[key], v)
		}
	}
}

// acronymRE finds "long form (ACRONYM)" in the notes, orAcronymRE "long
// form, or ACRONYM".
var (
	acronymRE   = regexp.MustCompile(`\(([A-Z][A-Za-z&]{1,9})\)`)
	orAcronymRE = regexp.MustCompile(`,? or ([A-Z][A-Z&]{1,8}s?)\b`)
)

// mineAcronyms adds the acronyms a corpus defines, in its text or its
// titles, such as "Trade and Technology Council (TTC)" or "artificial
// intelligence (AI)", and the initials of every document title, to lx.
func mineAcronyms(lx lexicon, c *corpus.Corpus) {
	for _, d := range c.Docs {
		for _, a := range titleInitials(d.Title) {
			lx.add(a, strings.ToLower(d.Title))
		}
	}
	mine := func(text string) {
		for acr, long := range acronymsFirst(text) {
			if long := spelledAfter(acr, long); long != "" {
				a := strings.ToLower(acr)
				lx.add(a, long)
				lx.add(long, a)
			}
		}
		for acr, after := range acronymsDefined(text) {
			if long := initialsAfter(after, acr); long != "" {
				a := strings.ToLower(acr)
				lx.add(a, long)
				lx.add(long, a)
			}
		}
		spelled := func(before, acr string) {
			if long := longForm(before, acr); long != "" {
				a := strings.ToLower(acr)
				lx.add(a, long)
				lx.add(long, a)
			} else if one, ok := pluralAcronym(acr); ok {
				// "tiger reserves (TRs)": TR and TRs, tiger reserve and reserves
				if long := longForm(before, one); long != "" {
					a, singleLong := strings.ToLower(one), singularPhrase(long)
					for _, l := range []string{long, singleLong} {
						lx.add(a, l)
						lx.add(a+"s", l)
						lx.add(l, a, a+"s")
					}
				}
			}
		}
		for _, m := range acronymRE.FindAllStringSubmatchIndex(text, -1) {
			spelled(text[:m[0]], text[m[2]:m[3]])
		}
		if strings.Contains(text, " or ") {
			for _, m := range orAcronymRE.FindAllStringSubmatchIndex(text, -1) {
				spelled(text[:m[0]], text[m[2]:m[3]]) // "the current account deficit, or CAD"
			}
		}
	}
	for _, d := range c.Docs {
		mine(d.Title) // "Minimum Support Price (MSP)"
	}
	asked := map[string]bool{}
	for _, p := range c.Passages() {
		mine(p.Text)
		if p.Question != "" && !asked[p.Question] {
			asked[p.Question] = true
			if long, a := askedTerm(p.Question); a != "" && len(lx[a]) == 0 {
				lx.add(a, long) // "dsi" of "What is digital sequence information?"
			}
		}
	}
}

// askedTermRE finds the term a question asks the meaning of.
var askedTermRE = regexp.MustCompile(`(?i)^what (?:is|are) (?:an? |the )?([a-z][a-z -]+?)\s*\??$`)

// askedTerm returns the term of two to five words a FAQ's question asks
// the meaning of, lower-cased, and its initials, when they are no English
// word: what a question may name it by, though the notes never do.
func askedTerm(question string) (long, initials string) {
	m := askedTermRE.FindStringSubmatch(question)
	if m == nil {
		return "", ""
	}
	var b strings.Builder
	n := 0
	for _, w := range words(strings.ToLower(m[1])) {
		if !isStop(w) {
			b.WriteByte(w[0])
			n++
		}
	}
	if n < 2 || n > 5 || english.IsWord(b.String()) {
		return "", ""
	}
	return strings.ToLower(m[1]), b.String()
}

// mineGlosses adds to lx the words of other languages the notes gloss in
// English, in brackets or after an equals sign, each for the other: a
// question asks for "the largest monastery" where the notes say "vihara
// (monastery with cells for monks)" or "vihara = monastery". A word
// English has is no such pair, nor a Hindi word of filler.txt, nor a name
// (a capital in mid-sentence: "Harishena (a minister)", or a word of a
// title), nor a gloss glossHead refuses ("also spelt").
func mineGlosses(lx lexicon, c *corpus.Corpus) {
	titled := map[string]bool{} // the words of titles name a subject: "Ajanta (group of 30 caves)"
	for _, d := range c.Docs {
		for _, w := range words(strings.ToLower(d.Title)) {
			titled[w] = true
		}
	}
	for _, p := range c.Passages() {
		eachGloss(p.Text, func(word string, gloss []string) {
			word = strings.ToLower(word)
			if english.IsWord(word) || english.IsWord(strings.ReplaceAll(word, "-", " ")) || isStop(word) || fillerSet[word] || titled[word] {
				return
			}
			if g := glossHead(gloss); g != "" {
				lx.add(word, g)
				lx.add(g, word)
			}
		})
	}
}

// eachGloss calls fn with each word of text written before " (" or " = "
// and the words of lower-case letters after it, up to three: "vihara" and
// "monastery with cells" of "vihara (monastery with cells for monks)". The
// word is of letters, three or more, lower case but for its first (not a
// name's capital in mid-sentence), and may join two by a hyphen
// ("chaitya-griha"). Two scans for the signs: a regular expression would
// cost large notes a second at start-up.
func eachGloss(text string, fn func(word string, gloss []string)) {
	for _, sign := range []string{" (", " = "} {
		for from := 0; ; {
			k := strings.Index(text[from:], sign)
			if k < 0 {
				break
			}
			k += from
			from = k + len(sign)
			start := k
			for start > 0 && (isLower(text[start-1]) || text[start-1] == '-') {
				start--
			}
			if start > 0 && isUpper(text[start-1]) {
				start--
				if midSentence(text[:start]) {
					continue
				}
			}
			word := text[start:k]
			if len(word) < 3 || word[0] == '-' || word[len(word)-1] == '-' || strings.Count(word, "-") > 1 || start > 0 && (isLetter(text[start-1]) || text[start-1] >= 0x80) {
				continue
			}
			var gloss []string
			for rest := text[from:]; len(gloss) < 3; {
				n := 0
				for n < len(rest) && isLower(rest[n]) {
					n++
				}
				if n == 0 {
					break
				}
				gloss = append(gloss, rest[:n])
				if n == len(rest) || rest[n] != ' ' {
					break
				}
				rest = rest[n+1:]
			}
			if len(gloss) > 0 {
				fn(word, gloss)
			}
		}
	}
}

func isLower(b byte) bool  { return b >= 'a' && b <= 'z' }
func isUpper(b byte) bool  { return b >= 'A' && b <= 'Z' }
func isLetter(b byte) bool { return isLower(b) || isUpper(b) }

// glossHead returns the head of a gloss's first words: one or two English
// words ending in a noun ("monastery" of "monastery with", "prayer hall"),
// not a remark's ("also spelt") nor an everyday word or a number alone;
// else "".
func glossHead(gloss []string) string {
	if gloss[0] == "a" || gloss[0] == "an" || gloss[0] == "the" {
		gloss = gloss[1:]
	}
	if len(gloss) > 2 {
		gloss = gloss[:2]
	}
	if len(gloss) == 2 && (glossEnders[gloss[1]] || isStop(gloss[1])) {
		gloss = gloss[:1]
	}
	switch {
	case len(gloss) == 0 || len(gloss[0]) < 3 || remarkWords[gloss[0]] || !isNoun(gloss[len(gloss)-1]):
		return ""
	case len(gloss) == 1 && (commonSet[gloss[0]] || spelledNumbers[gloss[0]]):
		return ""
	case slices.ContainsFunc(gloss, func(w string) bool { return !english.IsWord(w) }):
		return ""
	}
	return strings.Join(gloss, " ")
}

// midSentence reports whether text before a word leaves it in the middle
// of a sentence: not at the start of the text, a line or a sentence.
func midSentence(before string) bool {
	before = strings.TrimRight(before, " \t")
	if before == "" {
		return false
	}
	switch before[len(before)-1] {
	case '\n', '.', ':', '-', '*', '>', '(', '!', '?':
		return false
	}
	return true
}

// isNoun reports whether w is a noun WordNet knows, or the plural of one.
func isNoun(w string) bool {
	return slices.ContainsFunc(english.Lemmas(w), func(l wordnet.Lemma) bool { return l.POS&wordnet.Noun != 0 })
}

// glossEnders end a gloss's head: "monastery with cells for monks".
var glossEnders = setOf("with of for in on and or by from to at")

// remarkWords open a remark in brackets, not a gloss: "(also spelt …)",
// "(formerly …)".
var remarkWords = setOf("also formerly called now see says mostly only then from earlier later same known named spelt spelled modern present today near")

// pluralAcronym returns the acronym of which acr is the plural: "TRs" of
// "TR".
func pluralAcronym(acr string) (string, bool) {
	one, ok := strings.CutSuffix(acr, "s")
	return one, ok && len(one) >= 2 && isAcronym(one)
}

// singularPhrase is phrase with its last word made singular.
func singularPhrase(phrase string) string {
	i := strings.LastIndexByte(phrase, ' ')
	return phrase[:i+1] + singular(phrase[i+1:])
}

// mineInitials adds to lx the initials of the names the notes write out in
// capitals, as acronyms a question may use: "Ministry of Home Affairs" is
// "mha", "Round Table Conferences" "rtc", and the end of a longer name
// counts too ("Second Administrative Reforms Commission": "sarc", "arc").
// Initials of two letters that are words ("up", "us") are left out. It
// returns the acronyms the notes write in capitals, lower-cased.
func mineInitials(lx lexicon, c *corpus.Corpus) map[string]bool {
	seen := map[string]bool{}    // names read already: names recur
	written := map[string]bool{} // acronyms the notes write ("NTCA"), lower-cased
	var names [][2]string        // each name mined, with its initials
	var run []string             // the name being read: capitalised words and the connectors between them
	var letters []string         // the initials of each word of run
	var pairs [][2]string        // names of two words, with their initials of two letters
	// flush mines the initials of run, of a heading's words or of text's.
	flush := func(heading bool) {
		for len(run) > 0 && connector[strings.ToLower(run[len(run)-1])] {
			run = run[:len(run)-1]
		}
		defer func() { run = run[:0] }()
		if len(run) == 0 {
			return
		}
		name := strings.Join(run, " ")
		if heading {
			name = "#" + name // a heading's name keeps its initials of two letters for the text's
		}
		if seen[name] {
			return
		}
		seen[name] = true
		letters = letters[:0]
		for _, w := range run {
			letters = append(letters, initialLetters(w))
		}
		for start := range run {
			if connector[strings.ToLower(run[start])] {
				continue
			}
			// initials of run[start:] as one name: the words' initials in turn
			a := strings.Join(letters[start:], "")
			long := strings.ToLower(strings.Join(run[start:], " "))
			switch {
			case len(a) == 2 && heading:
				// A heading in capitals names its section ("Recorded Forest
				// Area" is "rfa"), but not by two letters: "Key Points" is no "kp".
			case len(a) == 2 && english.IsWord(a) && twoWordInitials(run[start:], a):
				pairs = append(pairs, [2]string{long, a})
			case (len(a) >= 3 && len(a) <= maxInitials || len(a) == 2 && !english.IsWord(a) && !isStop(a)) && len(lx[a]) < maxLongForms:
				lx.add(a, long)
				names = append(names, [2]string{long, a})
			}
		}
	}
	read := func(text string, heading bool) {
		eachWord(text, func(r rune) bool { return isWordRune(r) || r == '&' || r == '-' }, func(w string) {
			r, _ := utf8.DecodeRuneInString(w)
			switch {
			case unicode.IsUpper(r) && len(run) < 2*maxInitials && !isAcronym(w):
				run = append(run, w)
			case unicode.IsUpper(r) && isAcronym(w):
				written[strings.ToLower(w)] = true
				flush(heading)
			case len(run) > 0 && connector[w]:
				run = append(run, w)
			default:
				flush(heading)
			}
		})
		flush(heading)
	}
	headings := map[string]bool{} // read already: a section's passages share its path
	for _, p := range c.Passages() {
		for _, h := range p.Section {
			if !headings[h] {
				headings[h] = true
				read(h, true)
			}
		}
		read(p.Text, false)
	}
	// Initials of two letters that WordNet knows as another abbreviation
	// ("nw", north-west) stand for a name when the notes never write them
	// and the lexicon has no meaning for them: "National Waterway". Those
	// they write ("SC") or the lexicon knows ("PM") are another's.
	unknown := map[string]bool{}
	for _, n := range pairs {
		unknown[n[1]] = !written[n[1]] && len(lx[n[1]]) == 0
	}
	for _, n := range pairs {
		if unknown[n[1]] && len(lx[n[1]]) < maxLongForms {
			lx.add(n[1], n[0])
		}
	}
	// A name whose initials the notes also write stands for them: notes
	// headed "NTCA" answer "national tiger conservation authority".
	for _, n := range names {
		if written[n[1]] {
			lx.add(n[0], n[1])
		}
	}
	return written
}

// twoWordInitials reports whether a, of two letters, are the initials of a
// name of two words of three letters or more ("nw" of "National
// Waterway"), and no word a question would write ("up", "us"): WordNet
// knows nearly every pair of letters as an abbreviation, so it cannot tell.
func twoWordInitials(name []string, a string) bool {
	return len(name) == 2 && len(name[0]) >= 3 && len(name[1]) >= 3 && !isStop(a) && !commonSet[a] && !fillerSet[a] && !twoLetterWords[a]
}

// twoLetterWords are the English words of two letters that are neither
// stop words nor everyday words of common.txt, and chat's ("gm everyone").
var twoLetterWords = setOf("up us ox ax oh id ex pa ma re uh um ye yo lo gm gn ty np")

// eachWord calls fn with each longest run of s's runes that inWord
// accepts, as strings.FieldsFunc would list them.
func eachWord(s string, inWord func(rune) bool, fn func(string)) {
	start := -1
	for i, r := range s {
		switch {
		case inWord(r) && start < 0:
			start = i
		case !inWord(r) && start >= 0:
			fn(s[start:i])
			start = -1
		}
	}
	if start >= 0 {
		fn(s[start:])
	}
}

// isAcronym reports whether w is written in capitals already ("UK"): a
// name holding one is not spelt out by its initials.
func isAcronym(w string) bool {
	return len(w) >= 2 && strings.ToUpper(w) == w && strings.ToLower(w) != w
}

// connector words may stand inside a name: "Ministry of Home Affairs",
// "National Commission to Review the Working of the Constitution".
var connector = map[string]bool{"of": true, "and": true, "for": true, "on": true, "the": true, "&": true, "in": true, "to": true}

// maxInitials is the longest acronym mined from a name; maxLongForms the
// most names mined for one acronym (the first in the notes' order): an
// acronym of many names stands for none of them, and large notes would
// otherwise give a short one thousands.
const (
	maxInitials  = 6
	maxLongForms = 8
)

// acronymsFirst yields each "ACRONYM (Long Form)" of text, as
// "VELC (Visible Emission Line Coronagraph)": a word of 2 to 10 letters,
// digits or & starting with a capital, then in brackets 5 to 81
// characters starting with a capital, as the regular expression
// \b([A-Z][A-Za-z0-9&]{1,9})\s*\(([A-Z][^()]{4,80})\) would find them. It
// reads only around each "(": the notes are read whole at start-up, and
// the regular expression took a third of reopening large notes.
func acronymsFirst(text string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for from := 0; ; {
			i := strings.IndexByte(text[from:], '(')
			if i < 0 {
				return
			}
			open := from + i
			from = open + 1
			end := strings.TrimRight(text[:open], " \t\n\v\f\r")
			start := len(end)
			for start > 0 && (isASCIIWordByte(end[start-1]) && end[start-1] != '_' || end[start-1] == '&') {
				start--
			}
			for start < len(end) && end[start] == '&' {
				start++
			}
			acr := end[start:]
			if len(acr) < 2 || len(acr) > 10 || acr[0] < 'A' || acr[0] > 'Z' || start > 0 && end[start-1] == '_' {
				continue
			}
			close := strings.IndexAny(text[from:], "()")
			if close < 0 || text[from+close] != ')' {
				continue
			}
			long := text[from : from+close]
			if len(long) < 5 || len(long) > 81 || long[0] < 'A' || long[0] > 'Z' {
				continue
			}
			if !yield(acr, long) {
				return
			}
		}
	}
}

// acronymsDefined yields each acronym the text defines by a colon, an
// equals sign, a dash or a comma, "ATMP/OSAT: assembly, testing, marking
// and packaging", "DU = Dobson Unit", "MAHASAGAR, Mutual and Holistic …":
// each acronym before the sign (there may be several, joined by slashes),
// with the text after it.
func acronymsDefined(text string) iter.Seq2[string, string] {
	return func(yield func(string, string) bool) {
		for from := 0; from < len(text); {
			i := strings.IndexAny(text[from:], ":=-–—,")
			if i < 0 {
				return
			}
			sign := from + i
			_, size := utf8.DecodeRuneInString(text[sign:])
			from = sign + size
			if text[sign] == '-' && (sign == 0 || text[sign-1] != ' ') {
				continue // a hyphen inside a word
			}
			end := strings.TrimRight(text[:sign], " \t")
			start := len(end)
			for start > 0 && (isASCIIWordByte(end[start-1]) && end[start-1] != '_' || end[start-1] == '/' || end[start-1] == '&') {
				start--
			}
			after := text[from:min(len(text), from+maxLongFormBytes)]
			for acr := range strings.SplitSeq(end[start:], "/") {
				if len(acr) >= 2 && len(acr) <= 10 && isAcronym(acr) && !yield(acr, after) {
					return
				}
			}
		}
	}
}

// initialsAfter is the words at the start of text whose initials spell acr
// in turn, lower-cased, the function words between them skipped or, where
// the acronym has their letter, spelled too ("MAHASAGAR: Mutual And
// Holistic Advancement for Security And Growth Across Regions"); "" when
// they do not.
func initialsAfter(text, acr string) string {
	letters := []rune(strings.ToLower(strings.ReplaceAll(acr, "&", "")))
	start := strings.IndexFunc(text, isWordRune)
	if first, _ := utf8.DecodeRuneInString(text[max(start, 0):]); start < 0 || unicode.ToLower(first) != letters[0] {
		return "" // most signs: "India, US, Japan"
	}
	var ws []string
	eachWord(text[:min(len(text), maxLongFormBytes)], func(r rune) bool { return isWordRune(r) || r == '&' }, func(w string) {
		if len(ws) <= 3*len(letters) {
			ws = append(ws, strings.ToLower(w))
		}
	})
	// spell reports whether ws[i:] spells letters[j:] out and returns
	// where the words that do end; failed tells where they cannot.
	failed := map[[2]int]bool{}
	var spell func(i, j int) (int, bool)
	spell = func(i, j int) (int, bool) {
		if j == len(letters) {
			return i, true
		}
		if i == len(ws) || failed[[2]int{i, j}] {
			return 0, false
		}
		w := ws[i]
		first, _ := utf8.DecodeRuneInString(w)
		if j > 0 && (isStop(w) || w == "&") {
			if n, ok := spell(i+1, j); ok {
				return n, true
			}
		}
		if first != letters[j] || !unicode.IsLetter(first) {
			failed[[2]int{i, j}] = true
			return 0, false
		}
		n, ok := spell(i+1, j+1)
		failed[[2]int{i, j}] = !ok
		return n, ok
	}
	n, ok := spell(0, 0)
	if !ok || n < 2 {
		return ""
	}
	return strings.Join(ws[:n], " ")
}

// spelledAfter returns long, lower-cased, when it spells acr out: two to
// ten words whose initials, and the capitals inside them ("EXperiment"),
// hold acr's letters in order, the first its first. Otherwise "".
func spelledAfter(acr, long string) string {
	caps := 0
	for _, r := range acr {
		if unicode.IsUpper(r) {
			caps++
		}
	}
	words := strings.FieldsFunc(long, func(r rune) bool { return !isWordRune(r) && r != '&' })
	if caps < 2 || len(words) < 2 || len(words) > 10 {
		return ""
	}
	var sig []rune // what the words show of themselves in capitals
	for _, w := range words {
		for i, r := range w {
			if i == 0 || unicode.IsUpper(r) {
				sig = append(sig, unicode.ToLower(r))
			}
		}
	}
	letters := []rune(strings.ToLower(acr))
	if sig[0] != letters[0] {
		return ""
	}
	j := 0
	for _, r := range letters {
		if !unicode.IsLetter(r) {
			continue // "HEL1OS": the 1 of L1
		}
		for j < len(sig) && sig[j] != r {
			j++
		}
		if j == len(sig) {
			return ""
		}
		j++
	}
	return strings.ToLower(strings.Join(words, " "))
}

// longForm finds the words before an acronym whose initials spell it,
// skipping short function words: "the US-EU Trade and Technology Council"
// + "TTC" → "trade and technology council". An act's name may end in
// "Act" and its year: "Provisions of the Panchayats (Extension to
// Scheduled Areas) Act, 1996 (PESA)" → "panchayats extension to scheduled
// areas", and "Reserve Bank of India Act, 1934 (RBI)".
func longForm(before, acr string) string {
	if len(before) > maxLongFormBytes {
		// Only the end can spell the acronym out: reading all the text
		// before every acronym took a third of reading the notes' acronyms.
		// The cut drops the word it falls in.
		before = before[len(before)-maxLongFormBytes:]
		if i := strings.IndexFunc(before, func(r rune) bool { return !isWordRune(r) && r != '&' }); i >= 0 {
			before = before[i:]
		}
	}
	words := strings.FieldsFunc(before, func(r rune) bool { return !isWordRune(r) && r != '&' })
	if long := initialsBefore(words, acr); long != "" {
		return long
	}
	for skip := 1; skip <= 2 && skip < len(words); skip++ {
		w := strings.ToLower(words[len(words)-skip])
		if !isNumber(w) && w != "act" {
			break
		}
		if long := initialsBefore(words[:len(words)-skip], acr); long != "" {
			return long
		}
	}
	return ""
}

// maxLongFormBytes is how much of the text before an acronym longForm
// reads: ten words (an acronym has at most ten letters), the function words
// between them, an act's name and year, with room to spare.
const maxLongFormBytes = 600

// initialsBefore is longForm of words that end where the acronym stands.
func initialsBefore(words []string, acr string) string {
	letters := []rune(strings.ToLower(strings.ReplaceAll(acr, "&", "")))
	j := len(letters) - 1
	start := len(words)
	for i := len(words) - 1; i >= 0 && j >= 0; i-- {
		w := strings.ToLower(words[i])
		if (isStop(w) || w == "&") && !(w[0] == byte(letters[j]) && words[i][0] != w[0]) { // "No First Use (NFU)": a capital counts
			if start == len(words) {
				return "" // the acronym must follow its last word
			}
			continue
		}
		if []rune(w)[0] != letters[j] {
			return ""
		}
		j--
		start = i
	}
	if j >= 0 || start == len(words) {
		return ""
	}
	return strings.ToLower(strings.Join(words[start:], " "))
}

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r)
}

var stopSet = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range stopWords {
		m[w] = true
	}
	return m
}()

func isStop(w string) bool { return stopSet[w] }

// commonSet and fillerSet are the words of common.txt and filler.txt;
// functionWords, those of filler.txt's Hindi function words and its
// hedges, which are never what notes are about, even in a heading ("Jal
// Jeevan Mission kya hai", "Was it really so centralised?"); examWords,
// its exams, which a heading names ("UPSC Relevance") but which are
// everyday words in a question all the same; notesWords,
// what a question calls the notes themselves ("the harappan notes"), which
// a title may name ("Mains Answer Notes") and are everyday words too.
var (
	commonSet, fillerSet = wordSet(commonText), wordSet(fillerText)
	hedges               = blockOf(fillerText, "# Hedges and intensifiers")
	functionWords        = wordSet(blockOf(fillerText, "# Hindi function words") + "\n" + hedges)
	// requestWords are filler.txt's requests and manners ("explain",
	// "help", "thanks"); see Index.requestStem.
	requestWords = wordSet(blockOf(fillerText, "# Requests and manners") + "\n" + hedges)
	examWords    = wordSet(blockOf(fillerText, "# Exams"))
	notesWords   = wordSet(blockOf(fillerText, "# The notes themselves"))
	// hindiWords are the Hinglish words of hinglish.txt ("mila", "kanoon").
	hindiWords = func() map[string]bool {
		m := map[string]bool{}
		for from := range lexiconLines(hinglishText) {
			for _, w := range from {
				m[w] = true
			}
		}
		return m
	}()
)

// blockOf returns the lines of text after the comment line header (and
// the comment lines that go on from it), up to the next comment line.
func blockOf(text, header string) string {
	_, after, ok := strings.Cut(text, "\n"+header)
	if !ok {
		return ""
	}
	var block []string
	for _, line := range strings.Split(after, "\n")[1:] {
		comment := strings.HasPrefix(line, "#")
		if comment && len(block) > 0 {
			break
		}
		if !comment {
			block = append(block, line)
		}
	}
	return strings.Join(block, "\n")
}

func wordSet(text string) map[string]bool {
	m := map[string]bool{}
	for _, line := range strings.Split(text, "\n") {
		if strings.HasPrefix(strings.TrimSpace(line), "#") {
			continue
		}
		for _, w := range strings.Fields(line) {
			m[w] = true
		}
	}
	return m
}

// spellings are British and American endings; a word that is not in the notes
// is tried with the other spelling.
var spellings = [][2]string{
	{"isation", "ization"}, {"isations", "izations"}, {"ise", "ize"}, {"ised", "ized"}, {"ises", "izes"},
	{"ising", "izing"}, {"our", "or"}, {"ours", "ors"}, {"tre", "ter"}, {"tres", "ters"}, {"yse", "yze"},
	{"ysed", "yzed"}, {"ence", "ense"}, {"ogue", "og"}, {"ll", "l"}, {"lled", "led"}, {"lling", "ling"},
	{"dgement", "dgment"}, {"dgements", "dgments"},
}

// schwaVariant is w with the final "a" Hindi words are written with or
// without ("ashram" and "ashrama", "ramayana" and "ramayan"), or "" for a
// word too short or ending otherwise.
func schwaVariant(w string) string {
	switch {
	case len(w) < 4:
		return ""
	case w[len(w)-1] == 'a' && len(w) > 4 && !isVowel(w[len(w)-2]):
		return w[:len(w)-1]
	case !isVowel(w[len(w)-1]) && w[len(w)-1] != 'y' && isLower(w[len(w)-1]):
		return w + "a"
	}
	return ""
}

func isVowel(b byte) bool { return strings.IndexByte("aeiou", b) >= 0 }

func spellingVariants(w string) []string {
	var out []string
	for _, s := range spellings {
		for _, pair := range [][2]string{s, {s[1], s[0]}} {
			if strings.HasSuffix(w, pair[0]) && len(w) > len(pair[0])+1 {
				out = append(out, w[:len(w)-len(pair[0])]+pair[1])
			}
		}
	}
	return out
}
