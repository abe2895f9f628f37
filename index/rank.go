package index

import (
	"cmp"
	"math"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/conceptbot/conceptbot/corpus"
)

// Ranking. Every candidate passage is described by named features, each a
// number computed from the question's plan and the passage alone (rankOf);
// its score is their weighted sum, with the weights of the index's Model.
// The weights are fitted, not chosen: see fit.go and cmd/fitmodel.
//
// Features that sum over the question's concepts are divided by the
// question's total concept weight, so that they run from 0 to about 1 for
// every question and one weight fits short and long questions alike. A
// concept's value in a field is the idf-based weight of the best of its
// alternatives found there (see concept and alt in query.go).

// rankFeature names one piece of evidence that a passage answers a question.
type rankFeature int

const (
	// rMatch: the weighted share of the question's concepts the passage
	// has anywhere (text, heading, FAQ question, or title).
	rMatch rankFeature = iota
	// rRepeat: the same share, each concept counted with BM25's saturating
	// term frequency in the text (more than once, or in a short passage,
	// counts more).
	rRepeat
	// rHeading: the share found in the passage's section path.
	rHeading
	// rQuestion: the share found in a FAQ's question.
	rQuestion
	// rEarly: the share found in the text's first words, more the earlier:
	// a passage leads with its subject.
	rEarly
	// rTogether: concepts adjacent in the question that stand within two
	// words of each other in the text, weighted by the concepts.
	rTogether
	// rDocMatch: the weighted share of the question's concepts that the
	// passage's document has, in any of its candidate passages: questions
	// are mostly about one document.
	rDocMatch
	// rComplete: 1 when every concept of the question is matched.
	rComplete
	// rNameMissed: 1 when the passage misses a name the question asks
	// about (a country, an organisation, an acronym).
	rNameMissed
	// rHeadMissed: 1 when it misses the X of "what is the X of Y".
	rHeadMissed
	// rNumberMissed: 1 when it misses a number the question has (a year,
	// "13th", "2.0") and writes numbers of its own: a passage of another
	// year or commission tells of something else.
	rNumberMissed
	// rSection: 1 when the passage is the part of the notes the question
	// names ("key point 7", "faq 2", "developments in 2024", "exam tip").
	rSection
	// rDefinition: 1 when the question asks what a document's subject is
	// and this is that document's definition, or when it asks what
	// something is and this FAQ asks just that.
	rDefinition
	// rNamedDoc: the share of a document's title the question names, in
	// that document's passages.
	rNamedDoc
	// rEvent: 1 for a development when the question asks what happened.
	rEvent
	// rTypeMissed: 1 when the question asks when, how many or who and the
	// passage has no date, number or name.
	rTypeMissed
	// rDefinitionKind … rListKind: what part of a concept document the
	// passage is (see corpus.Kind); any other section has none of them.
	rDefinitionKind
	rBackgroundKind
	rKeyPointKind
	rDevelopmentKind
	rFAQKind
	rExamTipKind
	rRelevanceKind
	rListKind // mind maps and their connections: lists of names
	// rLength: the log of the passage's length relative to the average.
	rLength
	// rSubjectMissed: the question names the subject of another document
	// (a concept a third or more of that document's passages have), and
	// the passage's document has it nowhere.
	rSubjectMissed
	// rCountMissed: 1 when the question asks how many of something and
	// the passage has no number within a few words of it: notes on the
	// subject that do not count it.
	rCountMissed
	// rDated: 1 when the question asks when and the passage writes a
	// day's date ("24 August 2017"): notes tell when something happened
	// so, where a year alone is mostly said in passing.
	rDated
	// rGlossed: 1 when the question asks what something is and the passage
	// glosses it where its text has it: "GLOF = glacial lake outburst
	// flood", "SLP: an appeal …", "… outburst flood (GLOF)", "GLOF is …".
	// Notes that only name it ("cloudbursts and GLOFs") do not say what it
	// is.
	rGlossed
	// rBefore: the weighted share of the question's concepts the passage
	// misses but the entry before it in its section has, when that entry
	// is a candidate too: notes name a subject once and go on about it in
	// the entries after ("Founder: Saadat Khan …" over "Fought at Karnal
	// in 1739 …").
	rBefore
	nRank
)

var rankNames = [nRank]string{
	rMatch: "match", rRepeat: "repeat", rHeading: "heading", rQuestion: "faq-question",
	rEarly: "early", rTogether: "together", rDocMatch: "document-match", rComplete: "complete", rNameMissed: "name-missed",
	rHeadMissed: "head-missed", rNumberMissed: "number-missed", rSection: "named-section", rDefinition: "definition-asked",
	rNamedDoc: "named-document", rEvent: "event", rTypeMissed: "type-missed", rDefinitionKind: "kind:definition",
	rBackgroundKind: "kind:background", rKeyPointKind: "kind:key-point",
	rDevelopmentKind: "kind:development", rFAQKind: "kind:faq", rExamTipKind: "kind:exam-tip",
	rRelevanceKind: "kind:relevance", rListKind: "kind:list", rLength: "length", rSubjectMissed: "subject-missed",
	rCountMissed: "count-missed", rDated: "dated", rGlossed: "glossed", rBefore: "entry-before",
}

func (f rankFeature) String() string { return rankNames[f] }

// rankVector holds a passage's features for one question.
type rankVector [nRank]float64

// kindFeature is the feature of each kind of passage.
var kindFeature = map[corpus.Kind]rankFeature{
	corpus.KindDefinition:  rDefinitionKind,
	corpus.KindBackground:  rBackgroundKind,
	corpus.KindKeyPoint:    rKeyPointKind,
	corpus.KindDevelopment: rDevelopmentKind,
	corpus.KindFAQ:         rFAQKind,
	corpus.KindExamTip:     rExamTipKind,
	corpus.KindRelevance:   rRelevanceKind,
	corpus.KindMindMap:     rListKind,
	corpus.KindConnections: rListKind,
}

// setForPractice reports whether p is a question set for practice (a
// quiz, a poll, a practice question): like an exam tip, it names what it
// asks about without explaining it. known holds the headings looked at
// before, which the passages of a section share.
func setForPractice(p *corpus.Passage, known map[string]bool) bool {
	for i := len(p.Section) - 1; i >= 0; i-- {
		if h := p.Section[i]; strings.Trim(h, "0123456789") != "" { // not an entry's number
			practice, ok := known[h]
			if !ok {
				practice = practiceRE.MatchString(h) || agendaRE.MatchString(h)
				known[h] = practice
			}
			return practice
		}
	}
	return false
}

// practiceRE matches the heading of questions set for practice: "Poll (17
// Mar 2024, 18:00)", "Quiz", "Practice questions", "Mains Q", "PYQs".
var practiceRE = regexp.MustCompile(`(?i)^(?:poll|quiz)\b|\b(?:practice|model|sample|mock|self-made)\b.*\b(?:qs?|ques|questions?|mcqs?)\b|\b(?:mcqs?|pyqs?)\b|^(?:mains|prelims)\s+(?:qs?|ques|questions?)\b`)

// agendaRE matches the heading of a class's agenda, which names the
// topics it will cover without explaining them, as a practice set names
// what it asks: "Roadmap for today", "Agenda", "Lecture outline".
var agendaRE = regexp.MustCompile(`(?i)^(?:today'?s\s+)?(?:agenda|roadmap|lecture\s+(?:outline|plan)|class\s+plan|topics\s+(?:covered|to\s+cover)|what\s+we\s+will\s+(?:cover|study))(?:\s+(?:for\s+)?today)?\s*:?$`)

// Constants of the features themselves (not weights: they say how a
// feature is measured, and the fitted weights are measured against them).
const (
	bm25K1     = 1.2 // BM25's usual term-frequency saturation
	bm25B      = 0.5 // length normalisation, halfway: passages are short
	earlyWords = 20  // rEarly counts matches in the first 20 words
	titleShare = 0.5 // a concept found only in the title counts half
	// minConceptWeight is the least weight a concept counts with when the
	// question's weight is totalled: even its commonest word says a little.
	minConceptWeight = 0.15
)

type scoredPassage struct {
	passage  *corpus.Passage // in the corpus
	pos      int
	f        rankVector
	score    float64
	fraction []float64 // for each concept, the weight of the alternative matched (1 as typed), 0 when none
	named    bool      // it is the part of the notes the question names
	hit      *search.DocumentMatch
	textAlt  []int // for each concept, the alternative whose matches in the text count; -1 for none
}

// totalWeight is the weight of the question's concepts, for normalising.
func (p plan) totalWeight() float64 {
	w := 0.0
	for _, c := range p.concepts {
		w += max(c.weight, minConceptWeight)
	}
	if w == 0 {
		return 1
	}
	return w
}

// rank describes each hit with its features and sorts them by score.
func (ix *Index) rank(p plan, hits []*search.DocumentMatch, m *Model) []scoredPassage {
	out := make([]scoredPassage, 0, len(hits))
	// Per-concept figures of every passage, allocated at once.
	nc := len(p.concepts)
	fractions := make([]float64, len(hits)*nc)
	textAlts := make([]int, len(hits)*nc)
	textPos := make([][]span, nc) // where in the text each concept matched
	var posBuf []span             // holds textPos's spans, reused for each passage
	total := p.totalWeight()
	var besides []bool // the concepts that are not words of the section the question names
	anyBesides := false
	if p.section != nil && !p.section.only && p.named == "" {
		besides = conceptsBesides(p)
		anyBesides = slices.Contains(besides, true)
	}
	inSection := ix.sectionMatcher(p.section)
	var rowOf []bool // the concepts that say what a row asked for is of: not "table"
	if p.row {
		rowOf = make([]bool, nc)
		for i, c := range p.concepts {
			rowOf[i] = !tableWords[c.word] && (besides == nil || besides[i])
		}
	}
	// The words that name the document the question names (but one of a
	// list of subjects its title gives) are matched by being in it,
	// whichever of its passages it is.
	namesDoc := make([]bool, nc)
	for ci := range p.concepts {
		c := &p.concepts[ci]
		namesDoc[ci] = p.named != "" && (ix.namesTitle(c, p.named) && !ix.namesListed(c, p.named) || p.heldNamed && p.holds(c))
	}
	byPos := make(map[int]*search.DocumentMatch, len(hits)) // the candidates by their place in the corpus
	for _, h := range hits {
		if pos, ok := ix.order[h.ID]; ok {
			byPos[pos] = h
		}
	}
	for _, h := range hits {
		pos, ok := ix.order[h.ID]
		if !ok {
			continue
		}
		k := len(out) * nc
		s := scoredPassage{passage: &ix.corpus.Passages()[pos], pos: pos, hit: h,
			fraction: fractions[k : k+nc : k+nc], textAlt: textAlts[k : k+nc : k+nc]}
		f := &s.f
		lenNorm := bm25K1 * (1 - bm25B + bm25B*ix.length[pos]/max(ix.avgLen, 1))
		posBuf = posBuf[:0]
		text, heading, question, title := h.Locations[fieldText], h.Locations[fieldHeading], h.Locations[fieldQuestion], h.Locations[fieldTitle]
		inNamed := p.named != "" && s.passage.DocID == p.named
		before := ix.entryBefore(pos, byPos)
		complete, nameMissed, numberMissed, allInQuestion := true, false, false, true
		for ci, c := range p.concepts {
			s.textAlt[ci] = -1
			textPos[ci] = nil
			if inNamed && namesDoc[ci] {
				s.fraction[ci] = 1
				f[rMatch] += c.weight
				f[rRepeat] += c.weight
				// Where the text has them still counts for standing together
				// ("the Delimitation Commission").
				if len(c.alts) > 0 {
					from := len(posBuf)
					posBuf = phrasePos(posBuf, text, c.alts[0].terms)
					textPos[ci] = posBuf[from:len(posBuf):len(posBuf)]
					if len(textPos[ci]) > 0 {
						s.textAlt[ci] = 0
					}
				}
				continue
			}
			inText, tf, inHeading, inQuestion, inTitle, bestW := 0.0, 0.0, 0.0, 0.0, 0.0, 0.0
			var bestPos []span
			for ai, a := range c.alts {
				matched := false
				from := len(posBuf)
				posBuf = phrasePos(posBuf, text, a.terms)
				if n := len(posBuf) - from; n > 0 {
					matched = true
					if a.v > inText || a.v == inText && float64(n) > tf {
						inText, tf, bestPos = a.v, float64(n), posBuf[from:len(posBuf):len(posBuf)]
						s.textAlt[ci] = ai
					}
				}
				if hasPhrase(heading, a.terms) && !(len(a.terms) == 1 && a.terms[0] == p.lawPart && placedBy(s.passage, p.lawPart)) {
					matched = true
					inHeading = max(inHeading, a.v)
				}
				if hasPhrase(question, a.terms) {
					matched = true
					inQuestion = max(inQuestion, a.v)
				}
				if !matched && hasPhrase(title, a.terms) {
					matched = true
					inTitle = max(inTitle, a.v*titleShare)
				}
				if matched {
					bestW = max(bestW, a.w)
				}
			}
			textPos[ci] = bestPos
			s.fraction[ci] = bestW
			allInQuestion = allInQuestion && inQuestion > 0
			if bestW == 0 {
				if before != nil {
					f[rBefore] += inLocations(before.Locations[fieldText], c)
				}
				complete = false
				nameMissed = nameMissed || c.name
				numberMissed = numberMissed || hasDigit(c.word)
				continue
			}
			f[rMatch] += max(inText, inHeading, inQuestion, inTitle)
			if tf > 0 {
				f[rRepeat] += inText * tf * (bm25K1 + 1) / (tf + lenNorm)
				f[rEarly] += inText * max(0, 1-float64(bestPos[0].first-1)/earlyWords)
			}
			f[rHeading] += inHeading
			f[rQuestion] += inQuestion
		}
		for i := 1; i < nc; i++ {
			if a := adjacent(textPos[i-1], textPos[i]); a > 0 {
				f[rTogether] += a * (p.concepts[i-1].weight + p.concepts[i].weight) / 2
			}
		}
		for _, i := range []rankFeature{rMatch, rRepeat, rHeading, rQuestion, rEarly, rTogether, rBefore} {
			f[i] /= total
		}
		if complete && nc > 0 {
			f[rComplete] = 1
		}
		if nameMissed {
			f[rNameMissed] = 1
		}
		if numberMissed && ix.hasType(pos, numberType) {
			f[rNumberMissed] = 1
		}
		if p.headMissed(s.fraction) {
			f[rHeadMissed] = 1
		}
		asked := p.named == "" || inNamed // a part or definition of the named document only
		if p.section != nil && inSection(*s.passage) && asked && (p.section.only || p.named != "" || !anyBesides || matchesAny(s.fraction, besides)) {
			f[rSection] = 1
			s.named = true
		}
		if p.row && asked && s.passage.Row && (p.section == nil || inSection(*s.passage)) && matchesAny(s.fraction, rowOf) {
			f[rSection] = 1 // "the table row for Ravi": the row of Ravi, not the prose about it
			s.named = true
		}
		if p.checklist && asked {
			// "what's still unticked": the notes' tasks not done, not those done
			switch {
			case strings.ContainsAny(s.passage.Text, tasksOf(p.undone)):
				f[rSection], s.named = 1, true
			case strings.Contains(s.passage.Text, "☑"):
				f[rSection], s.named = 0, false
			}
		}
		if p.defines && asked && allInQuestion && ix.asksSame(p, pos) {
			f[rDefinition] = 1 // the FAQ "What is a coronal mass ejection?" for "what is a CME"
		}
		if p.defines && s.passage.Kind == corpus.KindDefinition && asked && ix.aboutTitle(p, *s.passage, pos) {
			f[rDefinition] = 1
			s.named = true
		}
		if inNamed {
			f[rNamedDoc] = p.namedShare
		}
		if p.event && s.passage.Kind == corpus.KindDevelopment {
			f[rEvent] = 1
		}
		if !ix.hasType(pos, p.expects) {
			f[rTypeMissed] = 1
		}
		if p.counted > 0 && !ix.counts(pos, s.fraction[p.counted-1] > 0, textPos[p.counted-1]) {
			f[rCountMissed] = 1
		}
		if p.dated && ix.hasType(pos, dateType) {
			f[rDated] = 1
		}
		if p.whatIs && ix.glosses(pos, textPos) {
			f[rGlossed] = 1
		}
		if kf, ok := kindFeature[s.passage.Kind]; ok {
			f[kf] = 1
		} else if !p.practice && ix.practice[pos] {
			f[rExamTipKind] = 1
		}
		f[rLength] = math.Log(max(ix.length[pos], 1) / max(ix.avgLen, 1))
		s.score = m.score(f)
		out = append(out, s)
	}
	ix.documentFeatures(p, out, m)
	// By score, then by position: no two passages compare equal.
	slices.SortFunc(out, func(a, b scoredPassage) int {
		if a.score != b.score {
			if a.score > b.score {
				return -1
			}
			return 1
		}
		return cmp.Compare(a.pos, b.pos)
	})
	return out
}

// asksSame reports whether the passage at pos is a FAQ asking what the
// question does: what something is, in no words but the question's ("What
// is a coronal mass ejection?" for "what is a CME").
func (ix *Index) asksSame(p plan, pos int) bool {
	terms, ok := ix.asksWhat[pos]
	if !ok {
		return false
	}
	for _, t := range terms {
		asked := definitionWords[t]
		for _, c := range p.concepts {
			for _, a := range c.alts {
				asked = asked || slices.Contains(a.terms, t)
			}
		}
		if !asked {
			return false
		}
	}
	return true
}

// headMissed reports whether, of "what is the X of Y", a passage matching
// concepts as fraction says misses X (unless X is only everyday words:
// "the role of X" asks about X).
func (p plan) headMissed(fraction []float64) bool {
	if len(p.head) == 0 {
		return false
	}
	hit, generic := false, true
	for _, i := range p.head {
		hit = hit || fraction[i] > 0
		generic = generic && p.concepts[i].common
	}
	return !hit && !generic
}

// documentFeatures sets the features of every passage of out that its
// document decides, and adds them to its score, from one pass over out:
//
//   - rDocMatch: for each concept, the best fraction of it among the
//     passages of the same document, weighted;
//   - rSubjectMissed: a concept that many of a document's passages have is
//     what that document is about ("ozone", "bustard"): a question naming
//     it is about that document, though the word weighs little there for
//     being everywhere, and a passage of notes that never mention it is
//     not the answer ("ozone day kab manate hai" is not about Panchayati
//     Raj Day). Not when the question names a document by its title:
//     named-document covers that.
func (ix *Index) documentFeatures(p plan, out []scoredPassage, m *Model) {
	nc := len(p.concepts)
	if nc == 0 {
		return
	}
	type found struct {
		best []float64 // the best fraction of each concept among its passages
		n    []int     // how many of its passages have each concept
	}
	docs := map[string]found{}
	for _, s := range out {
		d, ok := docs[s.passage.DocID]
		if !ok {
			d = found{best: make([]float64, nc), n: make([]int, nc)}
			docs[s.passage.DocID] = d
		}
		for i, f := range s.fraction {
			d.best[i] = max(d.best[i], f)
			if f > 0 {
				d.n[i]++
			}
		}
	}
	total := p.totalWeight()
	shares := make(map[string]float64, len(docs))
	subject := make([]bool, nc)
	for doc, d := range docs {
		v := 0.0
		for i, c := range p.concepts {
			v += max(c.weight, minConceptWeight) * d.best[i]
			subject[i] = subject[i] || !notesWords[c.word] && d.n[i] >= subjectMin && float64(d.n[i]) >= subjectShare*float64(ix.docSize[doc])
		}
		shares[doc] = v / total
	}
	for i := range out {
		s := &out[i]
		s.f[rDocMatch] = shares[s.passage.DocID]
		s.score += m.Rank[rDocMatch] * s.f[rDocMatch]
		if p.namedByQuestion() {
			continue
		}
		best := docs[s.passage.DocID].best
		for ci, subj := range subject {
			if subj && best[ci] == 0 {
				s.f[rSubjectMissed] = 1
				s.score += m.Rank[rSubjectMissed]
				break
			}
		}
	}
}

// A concept is a document's subject when at least subjectMin and
// subjectShare of its passages have it. Left out, shares from 0.2 to 0.5
// do alike (BENCHMARKS.md).
const (
	subjectMin   = 3
	subjectShare = 0.3
)

// conceptsBesides marks the concepts of p that are not words of the name
// of the section it asks for.
func conceptsBesides(p plan) []bool {
	named := words(p.section.alias + " " + strings.ToLower(p.section.heading))
	out := make([]bool, len(p.concepts))
	for i, c := range p.concepts {
		out[i] = !slices.ContainsFunc(strings.Fields(c.word), func(w string) bool {
			return slices.Contains(named, w) || sayWords[w] || p.section.ordinal > 0 && (partLinks[w] || entryWords[w])
		})
	}
	return out
}

// tasksOf returns the boxes of a checklist's tasks a question asks for:
// those not done, or any.
func tasksOf(undone bool) string {
	if undone {
		return "☐"
	}
	return "☐☑"
}

// entryBefore returns the candidate (of byPos) that is the passage before
// the one at pos in the same section, or nil.
func (ix *Index) entryBefore(pos int, byPos map[int]*search.DocumentMatch) *search.DocumentMatch {
	h := byPos[pos-1]
	if h == nil {
		return nil
	}
	ps := ix.corpus.Passages()
	if p, q := &ps[pos-1], &ps[pos]; p.DocID != q.DocID || !slices.Equal(p.Section[:len(p.Section)-1], q.Section[:len(q.Section)-1]) {
		return nil
	}
	return h
}

// inLocations is the value of the best alternative of c that text has.
func inLocations(text search.TermLocationMap, c concept) float64 {
	v := 0.0
	for _, a := range c.alts {
		if a.v > v && hasPhrase(text, a.terms) {
			v = a.v
		}
	}
	return v
}

// sayWords ask what a part of the notes says, not what it is about: "what
// does the why in news box say".
var sayWords = setOf("say says said tell tells mention mentions mentioned write writes written listed noted")

// entryWords call one entry of a section by its number or letter: "point
// c under types of motions".
var entryWords = setOf("point points item items entry entries type types bullet bullets row rows event events step steps")

// matchesAny reports whether a passage matches one of the concepts marked.
func matchesAny(fraction []float64, marked []bool) bool {
	for i, f := range fraction {
		if f > 0 && marked[i] {
			return true
		}
	}
	return false
}

// placedBy reports whether the passage's section path has the number n
// only as its place, its ordinal: "section 3" of a law is not the notes'
// third entry.
func placedBy(p *corpus.Passage, n string) bool {
	if p.Ordinal == 0 || n != strconv.Itoa(p.Ordinal) {
		return false
	}
	for _, s := range p.Section {
		if s != n && slices.Contains(strings.Fields(strings.ToLower(s)), n) {
			return false
		}
	}
	return true
}
