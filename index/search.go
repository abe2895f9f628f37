package index

import (
	"cmp"
	"context"
	"fmt"
	"maps"
	"math"
	"regexp"
	"slices"
	"sort"
	"strconv"
	"strings"
	"unicode"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/analysis"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"
	seg "github.com/blevesearch/segment"

	"github.com/conceptbot/conceptbot/corpus"
)

// candidates is how many passages the best ones are chosen from when a
// question's terms are in more passages than are read at once.
const candidates = 60

// highlightAbove is the weight a question word needs to be emphasised.
const highlightAbove = 0.1

// minTitleShare is the least share of a document's title that names it.
const minTitleShare = 0.6

// searchOne answers a question that asks one thing.
func (ix *Index) searchOne(ctx context.Context, question string, n int) (corpus.Answer, error) {
	ans := corpus.Answer{Question: question}
	if n <= 0 {
		n = 3
	}
	p, scored, err := ix.ranked(ctx, question)
	if err != nil || len(scored) == 0 {
		return ans, err
	}
	var why refusal
	ans.Confidence, why = ix.decide(p, scored)
	ans.Answered = ans.Confidence >= answerAt
	if why == stale {
		ans.Note = staleNote
	}
	if note, last := ix.missingPart(p, scored); note != "" {
		if si := p.section; si != nil && si.kind == corpus.KindKeyPoint && si.only && si.ordinal == 0 && p.named != "" {
			// "important points of lokpal", notes without key points: the
			// summary is what the student is after.
			sum := ix.docSummary(question, p.named)
			sum.Note = note + " A summary instead:"
			return sum, nil
		}
		ans.Answered, ans.Confidence, ans.Note = false, 0, note
		if last >= 0 {
			scored = slices.Insert(slices.DeleteFunc(scored, func(s scoredPassage) bool { return s.pos == last }),
				0, scoredPassage{passage: &ix.corpus.Passages()[last], pos: last})
		}
		if p.named != "" {
			// What the document named has comes first: when the question
			// asks for nothing but the missing part, from its start.
			first := make([]scoredPassage, 0, len(scored))
			inNamed := 0
			for _, s := range scored {
				if s.passage.DocID == p.named {
					first = append(first, s)
					inNamed++
				}
			}
			for _, s := range scored {
				if s.passage.DocID != p.named {
					first = append(first, s)
				}
			}
			if (p.section != nil && p.section.only || p.numberedIn != nil) && last < 0 {
				slices.SortStableFunc(first[:inNamed], func(a, b scoredPassage) int { return a.pos - b.pos })
				if p.section != nil && kindNameWords[p.section.kind] != nil {
					// Of those, a section headed with a word of the part's
					// kind first: "Practice questions" for "lokpal faq".
					var headed, rest []scoredPassage
					for _, s := range first[:inNamed] {
						if headedBy(s.passage, kindNameWords[p.section.kind]) {
							headed = append(headed, s)
						} else {
							rest = append(rest, s)
						}
					}
					copy(first, append(headed, rest...))
				}
			}
			scored = first
		}
	}
	switch {
	case !ans.Answered:
		scored = distinctSections(scored, 3)
		n = min(n, 3)
	case p.subsection:
		scored = inOrder(scored)
		named := slices.IndexFunc(scored, func(s scoredPassage) bool { return !s.named })
		if named < 0 {
			named = len(scored)
		}
		if named > 1 && p.listed {
			// "all prelims facts of msp": every passage of the subsections named
			ans.Shape = corpus.ShapeList
			ans.More = max(0, named-maxList)
			n = min(named, maxList)
		}
	case p.section != nil && p.section.only && scored[0].named:
		scored = inOrder(scored)
		if p.section.own {
			// "imp point 1": of the notes with the part, first those that
			// head it so, before others' key points; "what is an
			// ordinance": the section headed so before the notes'
			// definition, when it says what it is first.
			i := slices.IndexFunc(scored, func(s scoredPassage) bool { return s.named && slices.Contains(s.passage.Section, p.section.heading) })
			if i > 0 && (scored[i].passage.DocID != scored[0].passage.DocID || opensWithWhatItIs(*scored[i].passage)) {
				toFront(scored, i)
			}
		}
		if others := otherDocuments(scored); p.named == "" && len(others) > 0 {
			// "key point 5" of many notes: the first one's, then the
			// others' and how to ask for one of them.
			ans.Note = ix.alsoIn(question, others[0].passage.DocID)
			scored = append([]scoredPassage{scored[0]}, others...)
		} else {
			scored = ix.withNeighbours(scored)
		}
	case scored[0].f[rDefinition] == 1:
		scored = definitionFirst(scored)
	case (p.section == nil || !p.section.only) && slices.ContainsFunc(p.concepts, func(c concept) bool { return nowWords[c.word] }):
		latestFirst(p, scored)
	case p.section != nil && scored[0].named:
		sameMatchInOrder(p, scored, func(s scoredPassage) bool {
			return s.named && s.passage.SectionID() == scored[0].passage.SectionID()
		})
	case scored[0].passage.Ordinal > 0 && !scored[0].named:
		sameMatchInOrder(p, scored, func(s scoredPassage) bool {
			return scored[0].score-s.score <= entryTie && sameList(*s.passage, *scored[0].passage)
		})
	}
	for i := 0; i < len(scored) && len(ans.Results) < n; i++ {
		s := scored[i]
		ans.Results = append(ans.Results, corpus.Result{Passage: cited(p, s), Score: s.score, Match: s.f[rMatch], Highlights: highlights(p, s)})
	}
	return ans, nil
}

// ranked plans a question, finds its candidate passages and ranks them.
func (ix *Index) ranked(ctx context.Context, question string) (plan, []scoredPassage, error) {
	p := ix.plan(question)
	p.named, p.namedShare = ix.namedDocument(p)
	if si := p.section; p.named != "" && si != nil && si.own && !ix.hasHeading(p.named, si.heading) && ix.titleOnlyInAlias(p, p.named, si.alias) {
		// "feature 3 of the digital rupee": the heading "Features of the
		// Digital Rupee" is named, not the notes titled "Digital Rupee".
		p.named, p.namedShare = "", 0
	}
	if p.subPart != "" && ix.numberedSubsection(&p) {
		// "section 2.3": the subsection the notes number so, and nothing else.
		hits, err := ix.candidates(ctx, p)
		if err != nil {
			return p, nil, err
		}
		scored := ix.rank(p, hits, ix.model)
		slices.SortStableFunc(scored, namedFirst)
		return p, scored, nil
	}
	if len(p.heldBy) > 0 {
		// "the education commissions notes": the only notes whose title has
		// those words, though another's title is named more by its share
		// ("Education in British India").
		if doc := ix.heldDocument(p); doc != "" {
			p.named, p.namedShare, p.heldNamed = doc, 1, true // named as surely as by its whole title
		}
	}
	if ix.namedAsKept(p, p.named) {
		p.named, p.namedShare, p.heldNamed = p.keptAs, 1, true
	}
	if p.named == "" && p.section != nil {
		p.named, p.namedShare = ix.lookUpDocument(p)
	}
	ix.headingOfNamed(&p)
	if p.section != nil && p.section.last && p.named != "" {
		p.section.ordinal = ix.lastOrdinal(p.named, *p.section)
	}
	if p.named != "" && p.section != nil && !p.section.only {
		// "quick revision green hydrogen": the part, in the document named.
		var others []concept
		for i := range p.concepts {
			c := &p.concepts[i]
			if !ix.namesTitle(c, p.named) && !(p.heldNamed && holderWord(c.word)) { // "the to do list in the mbt note"
				others = append(others, *c)
			}
		}
		rest := p
		rest.setConcepts(others)
		p.section.only = ix.onlySection(rest)
	}
	if p.section != nil && p.section.alone && !p.section.only {
		p.section = nil // "role of ntca in tiger reserves" asks more than the section's name
	}
	if si := p.section; si != nil && si.kind == corpus.KindDefinition && (si.alias == "definition" || si.alias == "meaning") && slices.ContainsFunc(p.concepts, func(c concept) bool {
		return !definitionWords[c.word] && (p.named == "" || !ix.namesTitle(&c, p.named))
	}) {
		// "the definition of unexpired term": what a term no document is
		// named by is, wherever the notes define it.
		p.section = nil
		p.setConcepts(slices.DeleteFunc(slices.Clone(p.concepts), func(c concept) bool { return definitionWords[c.word] }))
	}
	if p.section == nil || p.section.kind == corpus.KindDevelopment && p.section.year == 0 {
		if doc := ix.latestOf(p); doc != "" {
			if si := ix.latestDevelopments(doc); si != nil {
				// "afspa latest news": the developments of its last year
				p.section, p.named, p.namedShare = si, doc, ix.titleShare(p.terms(), doc).share
			}
		}
	}
	ix.titleAsksDefinition(&p)
	if len(p.concepts) == 0 && p.section == nil && !p.checklist {
		return p, nil, nil
	}
	hits, err := ix.candidates(ctx, p)
	if err != nil {
		return p, nil, err
	}
	if named := p.named; p.section == nil && p.part > 0 && (ix.numberedPart(&p, hits) || p.named != named) {
		if hits, err = ix.candidates(ctx, p); err != nil {
			return p, nil, err
		}
	}
	if p.named == "" && p.section == nil {
		if doc := ix.subjectNamed(p, hits); doc != "" {
			p.named, p.namedShare = doc, ix.titleShare(p.terms(), doc).share
			ix.titleAsksDefinition(&p)
			if hits, err = ix.candidates(ctx, p); err != nil {
				return p, nil, err
			}
		}
	}
	if doc := corpus.Topic(ctx); p.named == "" && doc != "" {
		// Asked in a conversation about a document and naming none: as if it
		// named that one.
		if _, ok := ix.docStart[doc]; ok {
			p.named, p.namedShare, p.topic = doc, 1, true
			ix.headingOfNamed(&p)
			ix.titleAsksDefinition(&p)
			if hits, err = ix.candidates(ctx, p); err != nil {
				return p, nil, err
			}
		}
	}
	scored := ix.rank(p, hits, ix.model)
	if p.clause != "" && namedClause(p.clause, scored) || p.paragraph != "" && numberedParagraph(p.paragraph, scored) {
		// "Section 4(a)": the passages that write it, before those that
		// only say "Section 4"; "clause 8.1": the paragraph numbered so.
		slices.SortStableFunc(scored, namedFirst)
	}
	if p.part == 0 && !p.checklist && (p.section == nil || p.section.kind == corpus.KindSection && !p.section.only && p.section.ordinal == 0 || !slices.ContainsFunc(scored, isNamed)) &&
		!(p.row && slices.ContainsFunc(scored, isNamed)) && ix.namedSubsection(p, scored) {
		// "procurement how it works": a part of the section named; "msp
		// issues": the document's section headed otherwise than another's;
		// not "second practice question in the rivers page", the one entry
		// named
		p.subsection = true
		slices.SortStableFunc(scored, namedFirst)
	}
	if p.section != nil && (p.section.only || p.section.placed) {
		// The question asks for nothing but the part, or asks in the part
		// it names by its place: the part first, though another passage has
		// its words ("forest rights act features", "what does the last
		// answer add").
		slices.SortStableFunc(scored, namedFirst)
	} else if p.section != nil && p.section.ordinal > 0 && p.named == "" {
		numberedOfOneDocument(scored)
	}
	if p.entry > 0 && (p.section == nil || !p.section.only && p.section.kind != corpus.KindFAQ) && ix.subsectionEntryFirst(p, scored) {
		p.section = nil // not the key point of "point 4" alone
	}
	if p.entryLast && !p.checklist {
		ix.lastSubsectionEntryFirst(p, scored)
	}
	return p, scored, nil
}

// subsectionEntryFirst puts first, named, entry p.entry of the best ranked
// subsection whose heading's words the question has, and reports whether
// there is one: "point 4 of what the court held in the raturi case" is the
// fourth entry under "What the Court held", not under "Points".
func (ix *Index) subsectionEntryFirst(p plan, scored []scoredPassage) bool {
	asked := ix.subsectionAsked(p)
	heading := ix.analyze(p.entryOf)
	for i, s := range scored {
		path := headingPath(s.passage)
		if s.passage.Ordinal != p.entry && !(s.passage.Ordinal == 0 && !p.row && listItems(s.passage.Text) >= max(p.entry, 2)) || len(path) < 2 {
			continue // not the entry, nor a list kept as one passage that has it
		}
		own := ix.headingTerms[path[len(path)-1]]
		if p.entryOf != "" && (len(own) == 0 || !sameTerms(own, heading) || writesNumber(path[len(path)-1])) {
			continue // "trap 3" is of a subsection headed "Trap" alone; "phase 2" not of "Phase I (1970–1980)", "genome india phase 2" not of "Genome"
		}
		if asked(own) {
			scored[i].named = true
			toFront(scored, i)
			return true
		}
	}
	return false
}

// listItems counts the entries of a passage that is a list and nothing
// else, each at the margin ("- Kodo = kodo millet"): a short list the
// notes keep as one passage, whose entries a question asks for by their
// place ("the third item in the minor millets list"); 0 for other text.
func listItems(text string) int {
	n := 0
	for _, l := range strings.Split(text, "\n") {
		switch {
		case strings.HasPrefix(l, "- "):
			n++
		case strings.HasPrefix(l, " "):
		default:
			return 0
		}
	}
	return n
}

// lastSubsectionEntryFirst puts first, named, the last entry of the best
// ranked subsection whose heading's words the question has: "the last
// point under common ground".
func (ix *Index) lastSubsectionEntryFirst(p plan, scored []scoredPassage) {
	i := ix.subsectionFound(scored, ix.subsectionAsked(p))
	if i < 0 {
		i = ix.subsectionFound(scored, ix.subsectionNearlyAsked(p))
	}
	if i < 0 {
		return
	}
	s := scored[i].passage
	path := headingPath(s)
	last := i
	for j, o := range scored {
		if o.passage.DocID == s.DocID && o.passage.Ordinal > scored[last].passage.Ordinal && slices.Equal(headingPath(o.passage), path) {
			last = j
		}
	}
	scored[last].named = true
	toFront(scored, last)
}

// subsectionFound returns the index of the best ranked entry of a
// subsection whose heading asked takes, or -1.
func (ix *Index) subsectionFound(scored []scoredPassage, asked func(heading []string) bool) int {
	return slices.IndexFunc(scored, func(s scoredPassage) bool {
		path := headingPath(s.passage)
		return s.passage.Ordinal > 0 && len(path) >= 2 && asked(ix.headingTerms[path[len(path)-1]])
	})
}

// subsectionNearlyAsked is subsectionAsked but for one term of a heading of
// two or more, not the question's, when the question ends with another:
// "the last event in the timeline" of "The timeline so far".
func (ix *Index) subsectionNearlyAsked(p plan) func(heading []string) bool {
	if len(p.concepts) == 0 {
		return func([]string) bool { return false }
	}
	terms := p.terms()
	end := p.concepts[len(p.concepts)-1].alts
	return func(heading []string) bool {
		missed, named := 0, false
		for _, t := range heading {
			switch {
			case terms[t] == 0:
				missed++
			case slices.ContainsFunc(end, func(a alt) bool { return slices.Contains(a.terms, t) }):
				named = true
			}
		}
		return named && missed == 1 && len(heading) >= 2
	}
}

// subsectionAsked returns whether a subsection's heading, by its terms, is
// the one a question asks an entry of: every term is the question's, and
// one at least is more than an entry's name ("Points").
func (ix *Index) subsectionAsked(p plan) func(heading []string) bool {
	terms := p.terms()
	entryTerms := ix.analyze("point item entry type")
	return func(heading []string) bool {
		return slices.ContainsFunc(heading, func(t string) bool { return !slices.Contains(entryTerms, t) }) &&
			!slices.ContainsFunc(heading, func(t string) bool { return terms[t] == 0 })
	}
}

// sameTerms reports whether a and b hold the same terms.
func sameTerms(a, b []string) bool {
	in := func(s []string) func(string) bool { return func(t string) bool { return !slices.Contains(s, t) } }
	return !slices.ContainsFunc(a, in(b)) && !slices.ContainsFunc(b, in(a))
}

// writesNumber reports whether heading h writes a number, in figures, words
// or Roman numerals: "Phase I (1970–1980)", "Ettuthogai (Eight Anthologies)".
func writesNumber(h string) bool {
	return slices.ContainsFunc(words(strings.ToLower(h)), func(w string) bool {
		return hasDigit(w) || spelledNumbers[w] || corpus.NumberValue(w) > 0
	})
}

// opensWithWhatItIs reports whether a passage stands right under its
// section's heading or under a subheading that says what the section's
// subject is ("COOPERATIVE FEDERALISM › Meaning"), not a part of it
// ("Question Hour › Timing").
func opensWithWhatItIs(p corpus.Passage) bool {
	return p.Ordinal == 0 && len(p.Section) == 1 || p.Ordinal > 0 && len(p.Section) == 2 ||
		len(p.Section) >= 2 && corpus.HeadingKind(p.Section[1]) == corpus.KindDefinition
}

// docHasAll reports whether the passage's document has every concept of
// the question, each as well as any passage found has it.
func (s scoredPassage) docHasAll() bool { return s.f[rDocMatch] >= 1-1e-9 }

// numberedOfOneDocument puts first the part a question asks for by its
// number when one document has that part and every word of the question:
// "faq 3 of the dpsp handout" is FAQ 3 of the notes on DPSPs, not their
// FAQ 2 that says "DPSPs".
func numberedOfOneDocument(scored []scoredPassage) {
	first, doc := -1, ""
	for i, s := range scored {
		if !s.named || !s.docHasAll() {
			continue
		}
		switch {
		case first < 0:
			first, doc = i, s.passage.DocID
		case s.passage.DocID != doc:
			return
		}
	}
	if first > 0 {
		toFront(scored, first)
	}
}

// nowWords ask for the latest of what matches: "gst council latest
// meeting", "current rbi governor".
var nowWords = map[string]bool{"latest": true, "newest": true, "lastest": true, "current": true, "currently": true, "present": true, "now": true}

// latestFirst puts first, of the passages that match a question as the
// best does, the one of the latest year: a development's, or the latest
// the text writes ("Sanjay Malhotra | 2024–" of a table of governors). For
// who holds an office, only a passage that writes the office's words does:
// the notes' latest news may be of something else.
func latestFirst(p plan, scored []scoredPassage) {
	latest, year := 0, 0
	for i, s := range scored[:min(len(scored), latestAmong)] {
		if !slices.Equal(s.fraction, scored[0].fraction) || p.holder && !hasAllButEveryday(p, s) {
			continue
		}
		y := s.passage.Year
		if y == 0 {
			for _, m := range yearQRE.FindAllString(s.passage.Text, -1) {
				n, _ := strconv.Atoi(m)
				y = max(y, n)
			}
		}
		if y > year {
			latest, year = i, y
		}
	}
	toFront(scored, latest)
}

// latestAmong bounds the passages latestFirst reads.
const latestAmong = 20

// toFront moves scored[i] to the front, the others keeping their order.
func toFront(scored []scoredPassage, i int) {
	if i > 0 {
		top := scored[i]
		copy(scored[1:i+1], scored[:i])
		scored[0] = top
	}
}

// refusal is why a question is refused before the answer decision.
type refusal int

const (
	decided    refusal = iota // by the answer decision
	offSubject                // it names the subject of notes that do not answer it (see otherSubject)
	stale                     // it asks how things stand now, and none of the best passages tells (see nowFirst)
)

// decide returns the confidence that scored (ranked, best first) answers
// p, 0 when it is refused before the answer decision, and why. For a
// question naming the subject of notes whose passages do not answer it,
// the passages of the notes that are about it come first, and answer if
// they do.
func (ix *Index) decide(p plan, scored []scoredPassage) (float64, refusal) {
	if ix.otherSubject(p, scored[0]) {
		ix.onSubjectFirst(p, scored)
		if ix.otherSubject(p, scored[0]) {
			return 0, offSubject
		}
	}
	if !nowFirst(p, scored, ix.teller(p)) {
		return 0, stale
	}
	return ix.model.confidence(p, scored), decided
}

// kindNameWords are the words of the names notes give each kind of
// section ("questions", "pyqs", "updates", "facts"), but for stop words.
var kindNameWords = func() map[corpus.Kind]map[string]bool {
	out := map[corpus.Kind]map[string]bool{}
	for _, k := range []corpus.Kind{corpus.KindFAQ, corpus.KindDevelopment, corpus.KindKeyPoint} {
		out[k] = map[string]bool{}
		for _, n := range corpus.HeadingNames(k) {
			for _, w := range words(n) {
				if !isStop(w) {
					out[k][w] = true
				}
			}
		}
	}
	return out
}()

// headedBy reports whether the heading of p's section has one of ws.
func headedBy(p *corpus.Passage, ws map[string]bool) bool {
	return slices.ContainsFunc(words(strings.ToLower(p.Heading())), func(w string) bool { return ws[w] })
}

// otherSubject reports whether the question names, by a word of its
// title, the subject of another document than top's, which top's document
// never mentions (see rSubjectMissed), or names another document by its
// whole title as typed: "lokpal budget" is not answered by notes on crop
// prices that mention a budget, but the notes on the Lokpal do not say.
func (ix *Index) otherSubject(p plan, top scoredPassage) bool {
	if p.namedByQuestion() {
		if p.namedShare < 1 || top.passage.DocID == p.named || ix.onlyTitle(p) {
			return false
		}
		n := ix.titleShare(p.terms(), p.named)
		return n.sure == 1 // as typed: "border" does not name "Delimitation"
	}
	return top.f[rSubjectMissed] == 1 && missesSubject(ix.subjectTitles(p), top)
}

// subjectTitles returns, for each concept of p as typed (not "h" of "kya
// karta h" standing for hydrogen), the documents whose titles have it, two
// at most: the notes whose subject it may name.
func (ix *Index) subjectTitles(p plan) [][]string {
	out := make([][]string, len(p.concepts))
	for i, c := range p.concepts {
		if !notesWords[c.word] && len(c.alts) > 0 && c.alts[0].w == 1 {
			out[i] = ix.titlesWith(2, c.alts[0])
		}
	}
	return out
}

// missesSubject reports whether s's document never mentions a subject of
// notes (rSubjectMissed) that the question names by a word of another
// document's title, titles being its concepts' (see subjectTitles).
func missesSubject(titles [][]string, s scoredPassage) bool {
	if s.f[rSubjectMissed] == 0 {
		return false
	}
	for i, docs := range titles {
		if s.fraction[i] == 0 && slices.ContainsFunc(docs, func(d string) bool { return d != s.passage.DocID }) {
			return true
		}
	}
	return false
}

// onSubjectFirst puts first, in their order, the passages of scored that
// are about the subject otherSubject finds: not of other notes than those
// named, nor of notes that never mention a subject the question names by a
// word of another document's title. Missing the subject of notes whose
// title does not name it ("presided" in notes on the President's powers,
// for "who presided over the third Sangam") does not put a passage last.
func (ix *Index) onSubjectFirst(p plan, scored []scoredPassage) {
	off := func(s scoredPassage) bool { return s.passage.DocID != p.named }
	if !p.namedByQuestion() {
		titles := ix.subjectTitles(p)
		off = func(s scoredPassage) bool { return missesSubject(titles, s) }
	}
	on := make([]scoredPassage, 0, len(scored))
	var rest []scoredPassage
	for _, s := range scored {
		if off(s) {
			rest = append(rest, s)
		} else {
			on = append(on, s)
		}
	}
	copy(scored, append(on, rest...))
}

// headingOfNamed makes p's section, named by an alias that headings of
// several documents have ("threats" of "threats" and "threats / issues",
// "point" before a number of "Key Points" and "Lagrange Points"), the one
// of the document p names; failing that, the one of its headings with
// every word of the alias ("1935 act significance" for "Significance and
// Legacy", where other notes head a section "Significance").
func (ix *Index) headingOfNamed(p *plan) {
	si := p.section
	if si == nil || si.alias == "" || p.named == "" || si.kind != corpus.KindSection && si.ordinal == 0 || ix.hasHeading(p.named, si.heading) {
		return
	}
	use := func(h heading) {
		named := *si
		named.heading, named.kind = h.name, h.kind
		p.section = &named
	}
	if si.ordinal > 0 {
		// "aditya point 2": the named document's heading so named before a
		// number ("Lagrange Points"), though another's is a key point.
		// So is one whose own name of two words or more ends the alias:
		// "Practice questions" of the NFSA notes for the "mains practice
		// question" of a channel's.
		endsAlias := func(a string) bool { return strings.Contains(a, " ") && strings.HasSuffix(si.alias, " "+a) }
		for _, h := range ix.headings {
			if h.most > 0 && (slices.Contains(h.aliases, si.alias) || slices.ContainsFunc(h.aliases[:h.own], endsAlias)) && ix.hasHeading(p.named, h.name) {
				use(h)
				return
			}
		}
		// Else the one heading of the named document, of that many entries,
		// with a word of the alias: "second practice question in the deck"
		// of its "Prelims practice", though a newsletter's "Practice mains
		// question" is named better.
		var found *heading
		aliasWords := words(si.alias)
		for hi := range ix.headings {
			h := &ix.headings[hi]
			if h.most < si.ordinal || !ix.hasHeading(p.named, h.name) || !slices.ContainsFunc(aliasWords, func(w string) bool { return !isStop(w) && h.words[w] }) {
				continue
			}
			if found != nil {
				return
			}
			found = h
		}
		if found != nil {
			use(*found)
		}
		return
	}
	aliasTerms := ix.analyze(si.alias)
	for _, strong := range []bool{true, false} {
		for _, h := range ix.headings {
			if h.name == si.heading {
				continue
			}
			match := strong && slices.Contains(h.aliases[:h.strong], si.alias) || !strong && h.kind == corpus.KindSection && allIn(aliasTerms, h.terms)
			if match && ix.hasHeading(p.named, h.name) {
				use(h)
				p.section.only = ix.onlySection(*p)
				return
			}
		}
	}
}

// lastOrdinal is the highest number of the passages of document doc in
// the section si names (any number).
func (ix *Index) lastOrdinal(doc string, si sectionIntent) int {
	si.ordinal = 0
	last := 0
	for _, ps := range ix.passagesOf(doc) {
		if si.matches(ps) {
			last = max(last, ps.Ordinal)
		}
	}
	return last
}

// hasHeading reports whether document doc has a section headed name.
func (ix *Index) hasHeading(doc, name string) bool {
	return slices.ContainsFunc(ix.passagesOf(doc), func(ps corpus.Passage) bool { return ps.Heading() == name })
}

// titleAsksDefinition makes a question of nothing but the words of the
// document it names ask for its definition ("project tiger"), from its
// start when it takes several passages; of notes without one, their first
// section ("Basics"), however it is asked ("what is ozone").
func (ix *Index) titleAsksDefinition(p *plan) {
	if p.named == "" || p.section != nil || p.counted > 0 || p.checklist || !ix.onlyTitle(*p) || ix.namesOneListed(*p, p.named) {
		return // "how many zonal councils", "tb to-do list": not what they are
	}
	ps := ix.passagesOf(p.named)
	definition := sectionIntent{heading: "Definition", kind: corpus.KindDefinition, only: true}
	switch {
	case !slices.ContainsFunc(ps, definition.matches) && len(ps) > 0:
		first := ps[0]
		if i := slices.IndexFunc(ps, func(p corpus.Passage) bool { return p.Kind != corpus.KindRelevance }); i > 0 {
			first = ps[i] // not the line that places the notes in the syllabus
		}
		definition = sectionIntent{heading: first.Heading(), kind: corpus.KindSection, only: true}
	case p.defines:
		return // "what is the Quad": definition-asked ranks its definition
	}
	p.defines = true
	p.section = &definition
}

// subjectNamed finds the document a one-word question names by a word of
// its title that no other title has, when most of the passages found with
// it are that document's: "ozone", "lokpal" ("Lokpal and Lokayuktas") name
// too little of their titles for namedDocument, and are what those notes
// are about; "india", in one title but in every document's passages, is
// not.
func (ix *Index) subjectNamed(p plan, hits []*search.DocumentMatch) string {
	if len(p.concepts) != 1 || p.concepts[0].common {
		return ""
	}
	doc := ix.onlyTitleWith(&p.concepts[0])
	if doc == "" {
		return ""
	}
	in, out := 0, 0
	for _, h := range hits {
		pos, ok := ix.order[h.ID]
		if !ok {
			continue
		}
		switch ps := ix.corpus.Passages()[pos]; {
		case p.defines && ps.Kind == corpus.KindDefinition:
			// found for "what is", with the word or without it
		case ps.DocID == doc:
			in++
		default:
			out++
		}
	}
	if in == 0 || in < 2*out {
		return ""
	}
	return doc
}

// definitionFirst puts first, of the definition of the best passage's
// document, the passage that starts it: asked what a document's subject is
// ("msp kya hai"), notes whose definition runs over several passages
// answer with its first, whichever of them scored best.
func definitionFirst(scored []scoredPassage) []scoredPassage {
	first := 0
	for i, s := range scored {
		if s.f[rDefinition] == 1 && s.passage.DocID == scored[0].passage.DocID && s.pos < scored[first].pos {
			first = i
		}
	}
	toFront(scored, first)
	return scored
}

// otherDocuments returns, of scored (named passages first, in the notes'
// order), the first named passage of each document but the first's.
func otherDocuments(scored []scoredPassage) []scoredPassage {
	var out []scoredPassage
	seen := map[string]bool{scored[0].passage.DocID: true}
	for _, s := range scored {
		if !s.named {
			break
		}
		if !seen[s.passage.DocID] {
			seen[s.passage.DocID] = true
			out = append(out, s)
		}
	}
	return out
}

// alsoIn says that other documents have the part a look-up names, and how
// to ask for another's: by its name, as the document doc is named.
func (ix *Index) alsoIn(question string, doc string) string {
	title := ix.docTitle(doc)
	if head := titleHead(title); head != "" {
		title = head
	}
	return fmt.Sprintf("Other notes have one too; the first is shown. For another, name its notes: \"%s of %s\".",
		strings.Join(strings.Fields(question), " "), title)
}

// inOrder puts the passages a question names first, in the order of the
// notes: "key point 3" asks nothing else, so with several documents the
// first one's comes first, not whichever happens to score best.
func inOrder(scored []scoredPassage) []scoredPassage {
	slices.SortStableFunc(scored, func(a, b scoredPassage) int {
		if c := namedFirst(a, b); c != 0 || !a.named {
			return c
		}
		return cmp.Compare(a.pos, b.pos)
	})
	return scored
}

func isNamed(s scoredPassage) bool { return s.named }

// namedClause marks the passages of scored whose text writes the clause
// ("section 4(a)", see clauseRE), spaces and case aside, with its word or
// without, but not as the end of another ("14(a)"); it reports whether any
// does.
func namedClause(clause string, scored []scoredPassage) bool {
	squeeze := func(s string) string {
		return strings.Map(func(r rune) rune {
			if unicode.IsSpace(r) || r == '.' {
				return -1
			}
			return unicode.ToLower(r)
		}, s)
	}
	head, tail, _ := strings.Cut(squeeze(clause), "(")
	number := strings.TrimLeftFunc(head, unicode.IsLetter) + "(" + tail // "4(a)" of "section4(a)"
	found := false
	for i := range scored {
		text := squeeze(scored[i].passage.Text)
		if occurs(text, number, func(at int) bool { return at == 0 || !unicode.IsDigit(rune(text[at-1])) }) {
			scored[i].named, found = true, true
		}
	}
	return found
}

// numberedParagraph marks the passages of scored whose text starts with
// the paragraph's number n ("8.1 The incentive …", "(8.1) …"); it
// reports whether any does.
func numberedParagraph(n string, scored []scoredPassage) bool {
	found := false
	for i := range scored {
		t := strings.TrimPrefix(scored[i].passage.Text, "(")
		rest, ok := strings.CutPrefix(t, n)
		if ok && (strings.HasPrefix(rest, " ") || strings.HasPrefix(rest, ". ") || strings.HasPrefix(rest, ") ")) {
			scored[i].named, found = true, true
		}
	}
	return found
}

// namedFirst orders the passages a question names before the others.
func namedFirst(a, b scoredPassage) int { return boolOrder(!a.named, !b.named) }

// boolOrder orders false before true.
func boolOrder(a, b bool) int {
	switch {
	case a == b:
		return 0
	case a:
		return 1
	}
	return -1
}

// withNeighbours puts the passages next to the first in its section right
// after it: what follows "key point 7" is key points 8 and 6, not passages
// that merely mention "point".
func (ix *Index) withNeighbours(scored []scoredPassage) []scoredPassage {
	top := scored[0]
	all := ix.corpus.Passages()
	out := []scoredPassage{top}
	for _, pos := range []int{top.pos + 1, top.pos - 1} {
		if pos >= 0 && pos < len(all) && all[pos].SectionID() == top.passage.SectionID() {
			out = append(out, scoredPassage{passage: &all[pos], pos: pos})
		}
	}
	for _, s := range scored[1:] {
		if s.pos != top.pos+1 && s.pos != top.pos-1 {
			out = append(out, s)
		}
	}
	return out
}

// candidates fetches the passages that match any term of the plan, and
// the passages of the section it names (and, for "what is …", the
// definitions), with where each term matched.
//
// Reading where terms match is most of a search's cost, and terms in many
// passages cost most. A small corpus (the seed) keeps every passage's
// locations in memory (memPostings) and does not ask bleve: every passage
// that matches is ranked. A small plan is
// one bleve search with locations. A larger one first finds the best
// passages without locations, leaving out the commonest terms of each field
// while rarer ones bring candidates enough (see searchBudget), then locates
// the terms in those passages by analysing them again. When the section it names has
// many passages (every "key point 3" of a large corpus) it keeps those of
// the documents found; so with the definitions.
func (ix *Index) candidates(ctx context.Context, p plan) ([]*search.DocumentMatch, error) {
	var terms []termQuery
	cost := 0
	seen := map[string]bool{}
	for _, c := range p.concepts {
		for _, a := range c.alts {
			for _, t := range a.terms {
				if seen[t] {
					continue
				}
				seen[t] = true
				for _, f := range searchFields {
					df := ix.vocab.dfIn[f.name][t]
					terms = append(terms, termQuery{term: t, field: f.name, boost: f.boost * c.weight * a.w, df: df})
					cost += df
				}
			}
		}
	}
	var ids []string
	if p.section != nil {
		ids = ix.sectionPassages(p.section, sectionBudget+1)
	}
	if p.checklist {
		// "what's left on the to-do list": the tasks, whatever they are of
		ids = append(ids, ix.tasks...)
	}
	if p.named != "" {
		// The passages of the document the question names are candidates.
		for _, ps := range ix.passagesOf(p.named) {
			if !slices.Contains(ids, ps.ID) {
				ids = append(ids, ps.ID)
			}
		}
	}
	if ix.mem != nil {
		// No cut whose ties bleve would break: answers (and fitted weights)
		// are the same from run to run.
		return ix.matching(seen, ids, p.defines), nil
	}
	extras := len(ids)
	if p.defines {
		extras += len(ix.definitions)
	}
	if cost <= directBudget && extras <= sectionBudget {
		// No more hits than passages: bleve allocates for as many as asked.
		size := min(candidates+len(ids), len(ix.length))
		// When every passage that matches is returned, bleve's scores do
		// not matter: the terms a field does not have are left out, and no
		// more hits are asked for than can match (cost counts a passage
		// once for each term and field it matches).
		all := size == len(ix.length) || cost+extras <= size
		if all {
			size = min(size, cost+extras)
		}
		qs := make([]query.Query, 0, len(terms)+2)
		for _, t := range terms {
			if t.df > 0 || !all {
				qs = append(qs, t.query())
			}
		}
		if len(ids) > 0 {
			qs = append(qs, query.NewDocIDQuery(ids))
		}
		if p.defines {
			for _, id := range ix.definitions {
				qs = append(qs, query.NewDocIDQuery([]string{id}))
			}
		}
		if len(qs) == 0 {
			return nil, nil
		}
		if all {
			req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), size, 0, false)
			req.IncludeLocations = true
			req.Score = bleve.ScoreNone
			res, err := ix.searchSafely(ctx, req)
			if err != nil {
				return nil, err
			}
			return res.Hits, nil
		}
		return ix.searchBest(ctx, bleve.NewDisjunctionQuery(qs...), size, true)
	}

	// First the best passages, by the rarer terms of each field.
	sort.SliceStable(terms, func(i, j int) bool { return terms[i].df < terms[j].df })
	var first []query.Query
	cost = 0
	for _, t := range terms {
		if cost >= candidates*4 && cost+t.df > searchBudget {
			break
		}
		first = append(first, t.query())
		cost += t.df
	}
	var hits []*search.DocumentMatch
	if len(first) > 0 {
		var err error
		if hits, err = ix.searchBest(ctx, bleve.NewDisjunctionQuery(first...), candidates, false); err != nil {
			return nil, err
		}
	}
	// Then the passages of the section asked for, and the definitions, in
	// the documents found (in any document when there are few).
	have := make(map[string]bool, len(hits))
	for _, h := range hits {
		have[h.ID] = true
	}
	add := func(id string) {
		if !have[id] {
			have[id] = true
			hits = append(hits, &search.DocumentMatch{ID: id})
		}
	}
	if extras <= sectionBudget {
		for _, id := range ids {
			add(id)
		}
		if p.defines {
			for _, id := range ix.definitions {
				add(id)
			}
		}
	} else {
		// The document the question names, whatever bleve found first.
		if p.named != "" {
			for _, ps := range ix.passagesOf(p.named) {
				add(ps.ID)
			}
		}
		docs := map[string]bool{}
		for _, h := range slices.Clone(hits) {
			doc := ix.corpus.Passages()[ix.order[h.ID]].DocID
			if docs[doc] {
				continue
			}
			docs[doc] = true
			for _, ps := range ix.passagesOf(doc) {
				if p.section != nil && p.section.matches(ps) || p.defines && ps.Kind == corpus.KindDefinition {
					add(ps.ID)
				}
			}
		}
	}
	// Then where the terms are in them.
	loc := ix.newLocator(seen)
	for _, h := range hits {
		ix.locate(h, loc)
	}
	return hits, nil
}

// searchBest returns the size passages q scores best, with where their
// terms are if locations. Up to tiesBrokenUpTo passages, passages of equal
// score come by ID: bleve breaks ties by the order passages were indexed
// in, which a batch does not keep, so the passages of a cut would differ
// from one build of the same notes to the next, and with them the answers.
// Its scores differ too, in their last bits (segments merge in the
// background, and a passage's sum comes in another order), so tieSlack
// more are asked for and ordered again by score to nine decimals, then ID.
// Beyond tiesBrokenUpTo it would cost too much: at 100,000 passages
// sorting by ID costs a third more time (p99 over 20 ms, BENCHMARKS.md), at
// 10,000 a few per cent.
func (ix *Index) searchBest(ctx context.Context, q query.Query, size int, locations bool) ([]*search.DocumentMatch, error) {
	breakTies := len(ix.length) <= tiesBrokenUpTo
	n := size
	if breakTies {
		n = min(size+tieSlack, len(ix.length))
	}
	req := bleve.NewSearchRequestOptions(q, n, 0, false)
	req.IncludeLocations = locations
	if breakTies {
		req.SortBy(byScoreThenID)
	}
	res, err := ix.searchSafely(ctx, req)
	if err != nil {
		return nil, err
	}
	if breakTies {
		return bestByID(res.Hits, size), nil
	}
	return res.Hits, nil
}

// bestByID returns the size best of hits, by score to nine decimals and
// then by ID.
func bestByID(hits []*search.DocumentMatch, size int) []*search.DocumentMatch {
	slices.SortStableFunc(hits, func(a, b *search.DocumentMatch) int {
		if c := cmp.Compare(roundScore(b.Score), roundScore(a.Score)); c != 0 {
			return c
		}
		return strings.Compare(a.ID, b.ID)
	})
	return hits[:min(size, len(hits))]
}

// roundScore rounds a bleve score to nine decimals (scoreScale).
func roundScore(s float64) float64 { return math.Round(s*scoreScale) / scoreScale }

const (
	tieSlack   = 16
	scoreScale = 1e9
)

var byScoreThenID = []string{"-_score", "_id"}

const tiesBrokenUpTo = 20_000

// termQuery is a term of a plan in one field, and the passages whose field
// has it.
type termQuery struct {
	term, field string
	boost       float64
	df          int
}

func (t termQuery) query() query.Query {
	q := bleve.NewTermQuery(t.term)
	q.SetField(t.field)
	q.SetBoost(t.boost)
	return q
}

// locate sets where the terms of loc are in the fields of the passage h as
// a search with IncludeLocations would: analysing the passage again is
// cheaper than reading the positions of common terms from the index.
func (ix *Index) locate(h *search.DocumentMatch, loc *locator) {
	pos, ok := ix.order[h.ID]
	if !ok {
		return
	}
	h.Locations = loc.fieldLocations(ix.corpus.Passages()[pos])
}

// A locator finds where terms are in passages as the index's analyzer
// sees them, more cheaply than the analyzer: it splits a field into tokens
// as the analyzer's tokenizer does, without making a token of each, and
// gives each the term the analyzer's filters make of it. The filters work
// a token at a time, so a word is filtered once however many passages have
// it: passages share most of their words, and filtering (stemming) was
// much of the cost of locating terms. TestLocatorAnalyzes holds it to the
// analyzer.
type locator struct {
	analyzer *analysis.DefaultAnalyzer
	terms    map[string]bool     // the terms located; all when nil
	filtered map[string]filtered // token → what the filters make of it
}

// filtered is what the analyzer's filters make of a token: a term, or
// nothing (a stop word).
type filtered struct {
	term string
	kept bool
}

func (ix *Index) newLocator(terms map[string]bool) *locator {
	return &locator{analyzer: ix.analyzer.(*analysis.DefaultAnalyzer), terms: terms, filtered: map[string]filtered{}}
}

// fieldLocations returns where l's terms are in the searched fields of p,
// as a search with IncludeLocations would.
func (l *locator) fieldLocations(p corpus.Passage) search.FieldTermLocationMap {
	locs := search.FieldTermLocationMap{}
	for _, f := range searchFields {
		if tl := l.termLocations(searchedText(p, f.name)); tl != nil {
			locs[f.name] = tl
		}
	}
	return locs
}

// termLocations returns where l's terms are in s, or nil if none is. It
// splits s as the unicode tokenizer does: into words numbered from 1, the
// spaces and punctuation between them left out.
func (l *locator) termLocations(s string) search.TermLocationMap {
	var tl search.TermLocationMap
	add := func(token []byte, pos, start, end int) {
		if term, ok := l.term(token); ok && (l.terms == nil || l.terms[term]) {
			if tl == nil {
				tl = search.TermLocationMap{}
			}
			tl[term] = append(tl[term], &search.Location{Pos: uint64(pos), Start: uint64(start), End: uint64(end)})
		}
	}
	// A month's short name is its full name next to a number (see
	// monthFilter): one after a word waits for the word after it.
	var month struct {
		name            []byte
		pos, start, end int
		held            bool
	}
	afterNumber := false
	eachToken(s, func(token []byte, _ int, pos, start, end int) {
		number := isShortNumber(token)
		if month.held {
			if number {
				full, _ := shortMonth(month.name)
				month.name = []byte(full)
			}
			add(month.name, month.pos, month.start, month.end)
			month.held = false
		}
		if full, ok := shortMonth(token); ok {
			if afterNumber {
				add([]byte(full), pos, start, end)
			} else {
				month.name, month.pos, month.start, month.end, month.held = token, pos, start, end, true
			}
		} else {
			add(token, pos, start, end)
		}
		afterNumber = number
	})
	if month.held {
		add(month.name, month.pos, month.start, month.end)
	}
	return tl
}

// eachToken calls fn with each word of s as the unicode tokenizer splits
// it: its segment type, its position (numbered from 1, as the index
// numbers them) and its byte offsets; spaces and punctuation are skipped.
func eachToken(s string, fn func(token []byte, typ, pos, start, end int)) {
	words := seg.NewWordSegmenterDirect([]byte(s))
	start, pos := 0, 1
	for words.Segment() {
		token := words.Bytes()
		end := start + len(token)
		if typ := words.Type(); typ != seg.None {
			fn(token, typ, pos, start, end)
			pos++
		}
		start = end
	}
}

// term returns the term the analyzer's filters make of token, and false
// when they drop it. The filters read nothing of a token but its term.
func (l *locator) term(token []byte) (string, bool) {
	if ft, ok := l.filtered[string(token)]; ok {
		return ft.term, ft.kept
	}
	word := string(token)
	ts := analysis.TokenStream{{Term: []byte(word)}} // filters change terms in place
	for _, tf := range l.analyzer.TokenFilters {
		ts = tf.Filter(ts)
	}
	var ft filtered
	if len(ts) == 1 {
		ft = filtered{term: string(ts[0].Term), kept: true}
	}
	l.filtered[word] = ft
	return ft.term, ft.kept
}

// memPostings hold, for a small corpus, every passage's term locations and
// the passages each term is in: what a search with locations reads from
// bleve, without its cost (most of a question's, and most of what it
// allocates). They are used when every matching passage is wanted, so that
// bleve's scores do not matter; see candidates.
type memPostings struct {
	hits   []*search.DocumentMatch // by position: the passage's ID and all its locations; read-only
	byTerm map[string][]int        // term → positions of the passages that have it in a searched field
}

// maxMemPostings is the most passages memPostings are kept for (about
// 8 KB each).
const maxMemPostings = 500

func (ix *Index) memPostings() *memPostings {
	ps := ix.corpus.Passages()
	m := &memPostings{hits: make([]*search.DocumentMatch, len(ps)), byTerm: map[string][]int{}}
	loc := ix.newLocator(nil)
	for pos, p := range ps {
		h := &search.DocumentMatch{ID: p.ID, Locations: loc.fieldLocations(p)}
		m.hits[pos] = h
		seen := map[string]bool{}
		for _, f := range searchFields {
			for t := range h.Locations[f.name] {
				if !seen[t] {
					seen[t] = true
					m.byTerm[t] = append(m.byTerm[t], pos)
				}
			}
		}
	}
	return m
}

// matching returns, in corpus order, the passages that have any of terms
// in a searched field, are named by ids, or (with defs) are definitions.
func (ix *Index) matching(terms map[string]bool, ids []string, defs bool) []*search.DocumentMatch {
	in := make([]bool, len(ix.mem.hits))
	for t := range terms {
		for _, pos := range ix.mem.byTerm[t] {
			in[pos] = true
		}
	}
	for _, id := range ids {
		in[ix.order[id]] = true
	}
	if defs {
		for _, id := range ix.definitions {
			in[ix.order[id]] = true
		}
	}
	var hits []*search.DocumentMatch
	for pos, ok := range in {
		if ok {
			hits = append(hits, ix.mem.hits[pos])
		}
	}
	return hits
}

// searchFields are the fields a question's terms are searched in, with
// their boosts.
var searchFields = []struct {
	name  string
	boost float64
}{{fieldText, 1}, {fieldHeading, 1.5}, {fieldQuestion, 1.2}, {fieldTitle, 0.3}}

const (
	// directBudget is the most passages a plan's terms may be in (counted
	// once a term and field) for it to be one search.
	directBudget = 2000
	// sectionBudget is the most passages of a named section (or
	// definitions) searched in every document rather than in those found.
	sectionBudget = 200
	// searchBudget caps the passages a larger plan's search reads: at
	// 100,000 passages, 10,000 keeps the 99th percentile under 20 ms and
	// finds the document asked about as often as reading them all did
	// (BENCHMARKS.md).
	searchBudget = 10000
)

// sectionPassages returns the IDs of the passages of the section si names,
// up to limit of them.
func (ix *Index) sectionPassages(si *sectionIntent, limit int) []string {
	var ids []string
	for _, ps := range ix.corpus.Passages() {
		if si.matches(ps) {
			if ids = append(ids, ps.ID); len(ids) == limit {
				break
			}
		}
	}
	return ids
}

// passagesOf returns the passages of a document.
func (ix *Index) passagesOf(docID string) []corpus.Passage {
	i, ok := ix.docStart[docID]
	if !ok {
		return nil
	}
	return ix.corpus.Passages()[i : i+ix.docSize[docID]]
}

// searchSafely runs a bleve search, turning a panic inside bleve (seen with
// damaged on-disk indexes) into an error.
func (ix *Index) searchSafely(ctx context.Context, req *bleve.SearchRequest) (res *bleve.SearchResult, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("search: panic in bleve: %v", r)
		}
	}()
	ctx = context.WithValue(ctx, search.MaxTermSearchersKey, 2000)
	res, err = ix.bleve.SearchInContext(ctx, req)
	if err != nil {
		return nil, fmt.Errorf("search: %w", err)
	}
	return res, nil
}

func (si *sectionIntent) matches(p corpus.Passage) bool {
	tip := si.kind == corpus.KindExamTip
	switch {
	case tip && p.Kind != corpus.KindExamTip:
		return false
	case !tip && p.Heading() != si.heading && (si.kind == corpus.KindSection || p.Kind != si.kind):
		return false
	}
	if letter := lettered(si, p); letter != "" {
		if letter != si.letter {
			return false // "(g) would endanger …" is clause g, whatever passages come before the list
		}
	} else if si.ordinal > 0 && (p.Ordinal != si.ordinal || p.Kind == corpus.KindExamTip && !tip) {
		return false
	}
	if si.year > 0 && p.Year != si.year {
		return false
	}
	if si.sub != "" && (len(p.Section) < 2 || !slices.Contains(p.Section[1:], si.sub)) {
		return false
	}
	return true
}

// lettered returns the letter p's entry starts with when si asks for an
// entry by its letter ("point g"); else "".
func lettered(si *sectionIntent, p corpus.Passage) string {
	if si.letter == "" {
		return ""
	}
	return corpus.EntryLetter(p.Text)
}

// sectionMatcher reports which passages are of the section si names: of
// notes with both "PYQs" and "FAQs", "faq 2" is the FAQs' second, though
// the PYQs are FAQs too.
func (ix *Index) sectionMatcher(si *sectionIntent) func(corpus.Passage) bool {
	if si == nil {
		return func(corpus.Passage) bool { return false }
	}
	if !si.own {
		return si.matches
	}
	owners := map[string]bool{} // the headings with the name asked as their own
	var named map[string]bool   // those named so but for case and remarks: "Practice questions" and "Practice questions (self-made)"
	asked := si.heading
	if h := headingOf(ix.headings, si.heading); h != nil {
		asked = h.bare
	}
	for _, h := range ix.headings {
		if slices.Contains(h.aliases[:h.own], si.alias) {
			owners[h.name] = true
		}
		if h.name != si.heading && strings.EqualFold(h.bare, asked) {
			if named == nil {
				named = map[string]bool{}
			}
			owners[h.name], named[h.name] = true, true
		}
	}
	// A passage is owned by a heading at the top of its path or under it.
	owned := func(p corpus.Passage) bool {
		return slices.ContainsFunc(p.Section, func(h string) bool { return owners[h] })
	}
	hasOwner := map[string]bool{}
	return func(p corpus.Passage) bool {
		part := *si
		if named[p.Heading()] {
			part.heading = p.Heading()
		}
		if !part.matches(p) {
			return false
		}
		if owned(p) {
			return true
		}
		has, ok := hasOwner[p.DocID]
		if !ok {
			has = slices.ContainsFunc(ix.passagesOf(p.DocID), owned)
			hasOwner[p.DocID] = has
		}
		return !has
	}
}

// docTitle is the title of the document with ID doc.
func (ix *Index) docTitle(doc string) string { return ix.corpus.Passages()[ix.docStart[doc]].Doc }

// hasAll reports whether passage s matches every concept of p that is
// (titled) or is not a word of document doc's title, and there is one:
// not titled, "timeline of lokpal" in a passage with "timeline", or "key
// points" in one with both; titled, "the before vs after table row for
// princely states" in the row that names them, not the notes titled
// "Integration of Princely States".
func (ix *Index) hasAll(p plan, s scoredPassage, doc string, titled bool) bool {
	n := 0
	for i := range p.concepts {
		if ix.namesTitle(&p.concepts[i], doc) != titled {
			continue
		}
		if s.fraction[i] == 0 {
			return false
		}
		n++
	}
	return n > 0
}

// partNouns name the numbered parts a look-up may ask for, one and many.
var partNouns = map[corpus.Kind][2]string{
	corpus.KindKeyPoint:    {"key point", "key points"},
	corpus.KindFAQ:         {"FAQ", "FAQs"},
	corpus.KindDevelopment: {"development", "developments"},
	corpus.KindExamTip:     {"exam tip", "exam tips"},
}

// missingPart says what a look-up names that the notes lack: "key point
// 70" where the document named (or, when none is, every document) has
// fewer; "timeline of lokpal" where the document named has no such section
// and none of its candidates (of scored) the words, nor the section found
// in another document the words that name it; "faq 3 exam tip" where
// FAQ 3 has none (see missingTip). It returns the note
// and the position of the last such part of the document that has most
// (-1 when none has any), or "" when the part is there, or the question
// asks more than a part.
func (ix *Index) missingPart(p plan, scored []scoredPassage) (string, int) {
	if note := missingNumber(p); note != "" {
		return note, -1
	}
	si := p.section
	if si != nil && si.kind == corpus.KindExamTip && si.ordinal > 0 && si.year == 0 {
		return ix.missingTip(p)
	}
	if si != nil && si.only && si.ordinal == 0 && si.year == 0 && p.named != "" {
		// "timeline of lokpal": a section the document named lacks, though
		// another document has one, and none of its passages has the words.
		for _, ps := range ix.passagesOf(p.named) {
			if si.matches(ps) {
				return "", -1
			}
		}
		for _, s := range scored {
			if s.passage.DocID == p.named && ix.hasAll(p, s, p.named, false) || s.passage.DocID != p.named && si.matches(*s.passage) && ix.hasAll(p, s, p.named, true) {
				return "", -1
			}
		}
		doc := ix.docTitle(p.named)
		if noun, ok := partNouns[si.kind]; ok {
			return fmt.Sprintf("%s has no %s.", doc, noun[1]), -1
		}
		return fmt.Sprintf("%s has no %s section.", doc, si.heading), -1
	}
	if si == nil || !si.only || si.ordinal == 0 || si.year > 0 {
		return "", -1
	}
	noun, ok := partNouns[si.kind]
	if !ok {
		return "", -1
	}
	anyOrdinal := *si
	anyOrdinal.ordinal = 0
	docs := []string{p.named}
	if p.named == "" {
		docs = docs[:0]
		for _, d := range ix.corpus.Docs {
			docs = append(docs, d.ID)
		}
	}
	last, most := -1, 0
	for _, doc := range docs {
		start := ix.docStart[doc]
		for i, ps := range ix.passagesOf(doc) {
			if si.matches(ps) {
				return "", -1
			}
			if anyOrdinal.matches(ps) && ps.Ordinal > most {
				last, most = start+i, ps.Ordinal
			}
		}
	}
	switch {
	case last < 0 && p.named != "":
		return fmt.Sprintf("%s has no %s.", ix.docTitle(p.named), noun[1]), -1
	case last < 0:
		return "", -1
	case len(docs) > 1:
		return fmt.Sprintf("The notes have no %s %d: %s has the most, %d.", noun[0], si.ordinal, ix.corpus.Passages()[last].Doc, most), last
	}
	return noSuchPart(noun, si.ordinal, ix.corpus.Passages()[last].Doc, most), last
}

// noSuchPart says that doc, whose parts named noun (singular, plural) run
// from 1 to most, has no part ordinal.
func noSuchPart(noun [2]string, ordinal int, doc string, most int) string {
	if most == 1 {
		return fmt.Sprintf("There is no %s %d in %s: it has one %s.", noun[0], ordinal, doc, noun[0])
	}
	return fmt.Sprintf("There is no %s %d in %s: it has %s 1 to %d.", noun[0], ordinal, doc, noun[1], most)
}

// missingTip says that the FAQ a question names has no exam tip ("faq 3
// exam tip" where only FAQ 1 has one), or that there is no such FAQ, and
// returns that FAQ's position, or the last FAQ's; "" when it has one, or
// the notes have no FAQs.
func (ix *Index) missingTip(p plan) (string, int) {
	passages := ix.corpus.Passages()
	if p.named != "" {
		passages = ix.passagesOf(p.named)
	}
	faq, last, most := -1, -1, 0
	for i, ps := range passages {
		switch {
		case p.section.matches(ps):
			return "", -1
		case ps.Kind != corpus.KindFAQ:
		case ps.Ordinal == p.section.ordinal && faq < 0:
			faq = i
		case ps.Ordinal > most:
			last, most = i, ps.Ordinal
		}
	}
	start := 0
	if p.named != "" {
		start = ix.docStart[p.named]
	}
	switch {
	case faq >= 0:
		return fmt.Sprintf("FAQ %d has no exam tip.", p.section.ordinal), start + faq
	case last >= 0:
		return noSuchPart(partNouns[corpus.KindFAQ], p.section.ordinal, passages[last].Doc, most), start + last
	}
	return "", -1
}

// namedDocument finds the document a question names by (most of) its
// title — "key point 3 of the Hovi Dialogue", "what is the Technology
// Transfer Accord?": the one whose title the question names the largest
// share of, then the most words of, then the first. It returns "" when no
// title is named enough.
func (ix *Index) namedDocument(p plan) (string, float64) {
	asked := p.terms()
	seen := map[string]bool{}
	bestDoc, best, second := "", titleNaming{}, 0.0
	for t := range asked {
		for _, d := range ix.titleDocs[t] {
			if seen[d] {
				continue
			}
			seen[d] = true
			switch n := ix.titleShare(asked, d); {
			case n.better(best):
				bestDoc, best, second = d, n, best.share
			default:
				second = max(second, n.share)
			}
		}
	}
	if best.share < minTitleShare || second >= best.share {
		// Two documents named as fully ("Deep Ocean Mission (DOM)", "Deep
		// Ocean Mission – Background Note"; "National Commission for
		// Scheduled Castes" and "… (class notes)" for "ncsc", however
		// surely each): the question names neither.
		return "", 0
	}
	var words []string // of the title, the question's
	for _, t := range ix.titleTerms[bestDoc] {
		if asked[t] > 0 {
			words = append(words, t)
		}
	}
	if len(words) > 0 && len(words) < len(ix.titleTerms[bestDoc]) && ix.otherTitleHas(bestDoc, words) {
		// Nor does it name one by a part of its title that another title
		// has as well: "monsoon" of "Monsoon: IMD, the LPA and the 2025
		// season" beside "Indian Monsoon".
		return "", 0
	}
	return bestDoc, best.share
}

// otherTitleHas reports whether the title of a document other than id has
// every one of terms.
func (ix *Index) otherTitleHas(id string, terms []string) bool {
	for _, o := range ix.titleDocs[terms[0]] {
		if o != id && !slices.ContainsFunc(terms, func(t string) bool { return !slices.Contains(ix.titleTerms[o], t) }) {
			return true
		}
	}
	return false
}

// namedAsKept reports whether the notes p names by the format they are kept
// in, rather than named, the document p names by its title: "third FAQ in
// the handout", the only notes kept as a PDF; "the in news section of the
// sedition handout" too, though another's title is named more by
// "sedition".
func (ix *Index) namedAsKept(p plan, named string) bool {
	return p.keptAs != "" && (named == "" || named != p.keptAs && ix.titleShare(p.terms(), p.keptAs).share > 0)
}

// keptIn returns the one document a question names by the format it is
// kept in ("the handout", "the sedition handout"), and the word that names
// the format; "" when none is ("the monthly magazine pdf": another PDF than
// the notes').
func (ix *Index) keptIn(q string) (doc, word string) {
	m := formatWordRE.FindStringSubmatch(q)
	if m == nil {
		return "", ""
	}
	if doc = ix.keptAs(m[2]); doc == "" || !ix.allTitleWords(m[1], doc) {
		return "", ""
	}
	return doc, strings.ToLower(m[2])
}

// keptAs returns the one document of the notes kept in the format a
// question calls notes by (formatWords: "handout", "keep"), the first of
// its formats the notes have ("handout": a PDF, else a Word document), or
// "".
func (ix *Index) keptAs(word string) string {
	for _, format := range formatWords[strings.ToLower(word)] {
		doc := ""
		for _, d := range ix.corpus.Docs {
			if d.Format == format {
				if doc != "" {
					return "" // two handouts: which?
				}
				doc = d.ID
			}
		}
		if doc != "" {
			return doc
		}
	}
	return ""
}

// formatWords are the words a question calls notes by the format they
// are kept in, after "the" or "my" ("the handout", not "keep in mind").
var formatWords = map[string][]string{
	"handout": handoutFormats, "pamphlet": handoutFormats, "brochure": handoutFormats, "leaflet": handoutFormats, "pdf": {"PDF"},
	"lecture": {"captions", "video transcript"}, "video": {"captions", "video transcript"}, "transcript": {"captions", "video transcript"}, "captions": {"captions"},
	"newsletter": {"e-mail"}, "email": {"e-mail"}, "e-mail": {"e-mail"}, "mail": {"e-mail"},
	"ebook": {"EPUB e-book"}, "e-book": {"EPUB e-book"},
	"keep":   {"Google Keep note"},
	"slides": {"PowerPoint presentation", "OpenDocument presentation"}, "deck": {"PowerPoint presentation", "OpenDocument presentation"},
	"mind map": {"Xmind mind map"}, "mindmap": {"Xmind mind map"}, "xmind": {"Xmind mind map"},
	"evernote": {"Evernote export"}, "telegram": {"Telegram chat export"}, "discord": {"Discord chat export"},
	"spreadsheet": sheetFormats, "workbook": sheetFormats, "sheet": sheetFormats, "tracker": sheetFormats,
}

// handoutFormats are the formats of notes handed out to be printed.
var handoutFormats = []string{"PDF", "Word document", "Word 97–2003 document", "OpenDocument text", "rich text (RTF)"}

// sheetFormats are the formats of notes kept as a spreadsheet.
var sheetFormats = []string{"spreadsheet", "Excel workbook", "OpenDocument spreadsheet"}

// formatWordRE finds a word of formatWords after "the", "my" …, maybe
// with a word or two between ("the sedition handout"): those, then the
// word.
var formatWordRE = func() *regexp.Regexp {
	var ws []string
	for _, w := range slices.Sorted(maps.Keys(formatWords)) {
		ws = append(ws, regexp.QuoteMeta(w))
	}
	return regexp.MustCompile(`(?i)\b(?:the|my|this|that|our|your)\s+((?:[a-z0-9]+\s+){0,2}?)(` + strings.Join(ws, "|") + `)\b`)
}()

// allTitleWords reports whether every word of words is a word of document
// doc's title ("sedition" of "the sedition handout" and "Sedition Law in
// India"); true for none.
func (ix *Index) allTitleWords(words, doc string) bool {
	for _, w := range strings.Fields(words) {
		if !allIn(ix.analyze(w), ix.titleTerms[doc]) {
			return false
		}
	}
	return true
}

// titleOnlyInAlias reports whether the question names document doc only
// by words of the alias it names a heading by, an alias with words of its
// own besides ("features" of "features of the digital rupee", not "pmla"
// of notes titled "PMLA 2002").
func (ix *Index) titleOnlyInAlias(p plan, doc, alias string) bool {
	aliasWords := strings.Fields(alias)
	if !slices.ContainsFunc(aliasWords, func(w string) bool {
		return !isStop(w) && slices.ContainsFunc(ix.analyze(w), func(t string) bool { return !slices.Contains(ix.titleTerms[doc], t) })
	}) {
		return false
	}
	rest := p
	rest.concepts = slices.DeleteFunc(slices.Clone(p.concepts), func(c concept) bool {
		return !slices.ContainsFunc(strings.Fields(c.word), func(w string) bool { return !slices.Contains(aliasWords, w) })
	})
	named, _ := ix.namedDocument(rest)
	return named == ""
}

// heldDocument finds the document a question names as what holds its
// answer, by words of its title alone: "the ghadar notes", "the GIM
// handout" (see plan.heldBy): the only one whose title has every concept
// of those words, else the only one whose file's name or subtitle has them
// ("the inter-state council notes" of inter-state-council.txt, "the class
// notes" of notes subtitled "Polity class notes"); else "".
func (ix *Index) heldDocument(p plan) string {
	var held []*concept
	for i := range p.concepts {
		if c := &p.concepts[i]; p.holds(c) {
			held = append(held, c)
		}
	}
	if d := ix.titledByAll(held); d != "" {
		return d
	}
	// A file's name may hold a word the notes do not, which has no
	// alternative of its own: "medium" of "the medium post" and
	// "medium-why-lightning-kills.html".
	named := make([]*concept, len(held))
	for i, c := range held {
		own := *c
		own.alts = append(slices.Clone(c.alts), alt{terms: ix.analyze(c.word), w: 1})
		named[i] = &own
	}
	return ix.onlyDocument(named, func(a alt, d string) bool { return allIn(a.terms, ix.fileTerms[d]) })
}

// holds reports whether every word of c is one of those that name the
// notes the question asks of (heldBy).
func (p plan) holds(c *concept) bool {
	return len(p.heldBy) > 0 && !slices.ContainsFunc(strings.Fields(c.word), func(w string) bool { return !slices.Contains(p.heldBy, w) })
}

// titledByAll returns the one document whose title has every concept of
// cs, or "".
func (ix *Index) titledByAll(cs []*concept) string {
	return ix.onlyDocument(cs, ix.altNamesTitle)
}

// onlyDocument returns the one document that every concept of cs names
// by an alternative (names), or "".
func (ix *Index) onlyDocument(cs []*concept, names func(a alt, d string) bool) string {
	if len(cs) == 0 {
		return ""
	}
	found := ""
	for _, d := range ix.corpus.Docs {
		if !slices.ContainsFunc(cs, func(c *concept) bool { return !slices.ContainsFunc(c.alts, func(a alt) bool { return names(a, d.ID) }) }) {
			if found != "" {
				return ""
			}
			found = d.ID
		}
	}
	return found
}

// lookUpDocument finds the document a look-up names by fewer of its
// title's words than namedDocument asks for: "1857 faq 3" in notes where
// one title has "1857" ("Revolt of 1857: …"). Every word of the question
// but those that name the part, its number and the notes ("second faq in
// the gupta notes") must be in that title, and the title must be the only
// one with them all. It returns the share of the title named.
func (ix *Index) lookUpDocument(p plan) (string, float64) {
	part := ix.partWords(p.section.heading)
	doc := ix.onlyTitleWithAll(p, func(c *concept) bool {
		return part[c.word] || part[singular(c.word)] || isNumber(c.word) && !isYearish(c.word) || notesWords[c.word] || numberForms[c.word] != "" ||
			p.section.kind == corpus.KindFAQ && questionWord(c.word)
	})
	if doc == "" && p.section.only {
		doc = ix.onlyHeadedBy(p)
	}
	if doc == "" {
		return "", 0
	}
	return doc, ix.titleShare(p.terms(), doc).share
}

// onlyHeadedBy returns the one document with a section headed as the part
// p looks up, when the question names it, and nothing else, by a word of
// its own heading that no kind of section is called by ("q 3 of doubt
// clearing": the notes with "Doubt Clearing – Your Questions"; not "faq
// 3"); else "".
func (ix *Index) onlyHeadedBy(p plan) string {
	own := words(strings.ToLower(p.section.heading))
	kindWords := kindNameWords[p.section.kind]
	if !slices.ContainsFunc(p.concepts, func(c concept) bool {
		return !kindWords[c.word] && !kindWords[singular(c.word)] && !isStop(c.word) && (slices.Contains(own, c.word) || slices.Contains(own, c.word+"s"))
	}) {
		return ""
	}
	found := ""
	for _, d := range ix.corpus.Docs {
		if slices.ContainsFunc(d.Outline, func(h corpus.Heading) bool { return len(h.Path) == 1 && h.Path[0] == p.section.heading }) {
			if found != "" {
				return ""
			}
			found = d.ID
		}
	}
	return found
}

// onlyTitleWithAll returns the one document whose title has every concept
// of p but those skip passes over, when no other title has them all ("1935
// act" in notes with another Act); "" when there is none, or no concept is
// left.
func (ix *Index) onlyTitleWithAll(p plan, skip func(*concept) bool) string {
	var docs []string
	first := true
	for i := range p.concepts {
		c := &p.concepts[i]
		if skip(c) {
			continue
		}
		with := ix.titlesWith(0, c.alts...)
		if !first {
			with = slices.DeleteFunc(with, func(d string) bool { return !slices.Contains(docs, d) })
		}
		docs, first = with, false
		if len(docs) == 0 {
			return ""
		}
	}
	if len(docs) != 1 {
		return ""
	}
	return docs[0]
}

// titlesWith returns the documents whose titles have one of alts, at most
// limit of them (0 for all). Each alternative is looked for in the titles
// of its rarest term.
func (ix *Index) titlesWith(limit int, alts ...alt) []string {
	var docs []string
	for _, a := range alts {
		if len(a.terms) == 0 {
			continue
		}
		rarest := ix.titleDocs[a.terms[0]]
		for _, t := range a.terms[1:] {
			if ds := ix.titleDocs[t]; len(ds) < len(rarest) {
				rarest = ds
			}
		}
		for _, d := range rarest {
			if !slices.Contains(docs, d) && ix.altNamesTitle(a, d) {
				if docs = append(docs, d); len(docs) == limit {
					return docs
				}
			}
		}
	}
	return docs
}

// onlyTitleWith returns the document whose title has c, when one title
// only has it; else "".
func (ix *Index) onlyTitleWith(c *concept) string {
	if docs := ix.titlesWith(2, c.alts...); len(docs) == 1 {
		return docs[0]
	}
	return ""
}

// titleNaming is how a question names a document's title.
type titleNaming struct {
	share float64 // of the title's terms, each counted by its idf
	sure  float64 // the weight of the least sure alternative that names one (1: as typed)
	n     int     // how many of its terms
}

// better reports whether a names a title better than b: more of it, then
// more surely ("kaka" names "Kaka Platform" as typed, and "Kakaka Accord"
// only through what the lexicon says it stands for), then more terms.
func (a titleNaming) better(b titleNaming) bool {
	if a.share != b.share {
		return a.share > b.share
	}
	if a.sure != b.sure {
		return a.sure > b.sure
	}
	return a.n > b.n
}

// titleShare is how a question asking for terms (see plan.terms) names the
// terms of document d's title ("1935 act" names most of "Government of
// India Act, 1935"), or of its name before a subtitle if the question names
// more of that; naming its initials names it all.
func (ix *Index) titleShare(asked map[string]float64, d string) titleNaming {
	t := ix.termsShare(asked, d, ix.titleTerms[d])
	for _, name := range ix.titleNames[d] {
		if h := ix.termsShare(asked, d, name); h.better(t) {
			t = h
		}
	}
	return t
}

// termsShare is titleShare of some of d's title terms.
func (ix *Index) termsShare(asked map[string]float64, d string, terms []string) titleNaming {
	if len(terms) == 0 {
		return titleNaming{}
	}
	if slices.ContainsFunc(ix.titleInitials[d], func(init string) bool { return asked[init] > 0 }) {
		return titleNaming{share: 1, sure: 1, n: len(terms)}
	}
	out := titleNaming{sure: 1}
	named, all := 0.0, 0.0
	for _, t := range terms {
		if asked[t] == 0 && len(t) == 4 && len(terms) > 1 && isYearish(t) {
			continue // the year of "Cabinet Mission Plan 1946" need not be asked for
		}
		w := ix.vocab.idf(t)
		all += w
		if sure := asked[t]; sure > 0 {
			out.sure = min(out.sure, sure)
			out.n++
			named += w
		}
	}
	if out.n == 0 {
		out.sure = 0
	}
	if all > 0 {
		out.share = named / all
	}
	return out
}

// terms are the terms of every alternative of p's concepts, each with the
// weight of the surest alternative that has it (1: as typed).
func (p plan) terms() map[string]float64 {
	terms := map[string]float64{}
	for _, c := range p.concepts {
		for _, a := range c.alts {
			for _, t := range a.terms {
				terms[t] = max(terms[t], a.w)
			}
		}
	}
	return terms
}

// onlyTitle reports whether every concept of p is a word of the title of
// the document p names.
func (ix *Index) onlyTitle(p plan) bool {
	for i := range p.concepts {
		if !ix.namesTitle(&p.concepts[i], p.named) {
			return false
		}
	}
	return len(p.concepts) > 0
}

// namesTitle reports whether concept c is a word of document d's title
// (or its initials).
func (ix *Index) namesTitle(c *concept, d string) bool {
	return slices.ContainsFunc(c.alts, func(a alt) bool { return ix.altNamesTitle(a, d) })
}

// altNamesTitle reports whether alternative a is words of document d's
// title (or its initials).
func (ix *Index) altNamesTitle(a alt, d string) bool {
	return allIn(a.terms, ix.titleTerms[d]) || len(a.terms) == 1 && slices.Contains(ix.titleInitials[d], a.terms[0])
}

// namesListed reports whether concept c names only one of a list of
// subjects in document d's title (titleListed).
func (ix *Index) namesListed(c *concept, d string) bool {
	return slices.ContainsFunc(c.alts, func(a alt) bool { return allIn(a.terms, ix.titleListed[d]) })
}

// namesOneListed reports whether a concept of p names one of a list of
// subjects in document d's title ("AMOC" of "Ocean Currents (NCERT + AMOC
// news)"): a question of it asks about that subject, not for the notes'
// definition.
func (ix *Index) namesOneListed(p plan, d string) bool {
	return slices.ContainsFunc(p.concepts, func(c concept) bool { return ix.namesListed(&c, d) })
}

// allIn reports whether every term is in set.
func allIn(terms, set []string) bool {
	for _, t := range terms {
		if !slices.Contains(set, t) {
			return false
		}
	}
	return len(terms) > 0
}

// highlights are the words of s's text to emphasise: where the question's
// concepts matched it, as ranked. Only the passages an answer shows need
// them.
func highlights(p plan, s scoredPassage) []corpus.Span {
	if s.hit == nil {
		return nil
	}
	// Words in nearly every passage ("technology" in notes on technology)
	// are not emphasised, unless the question has nothing else.
	minHighlight := highlightAbove
	for _, c := range p.concepts {
		if c.weight >= highlightAbove {
			minHighlight = highlightAbove
			break
		}
		minHighlight = 0
	}
	var spans []corpus.Span
	for ci, c := range p.concepts {
		if ai := s.textAlt[ci]; ai >= 0 && c.weight >= minHighlight {
			spans = phraseSpans(spans, s.hit.Locations[fieldText], c.alts[ai].terms)
		}
	}
	return mergeSpans(spans)
}

// cited is s's passage cited by its mark (a lecture's cue) where the
// question's words, weighed by their rarity, are said: the earliest of
// equals.
func cited(p plan, s scoredPassage) corpus.Passage {
	ps := *s.passage
	if len(ps.Marks) == 0 || s.hit == nil {
		return ps
	}
	worth := make([]float64, len(ps.Marks))
	counted := make([]bool, len(ps.Marks))
	for ci, c := range p.concepts {
		ai := s.textAlt[ci]
		if ai < 0 {
			continue
		}
		clear(counted)
		for _, sp := range phraseSpans(nil, s.hit.Locations[fieldText], c.alts[ai].terms) {
			if m := ps.MarkOf(sp.Start); m >= 0 && !counted[m] {
				worth[m] += c.weight
				counted[m] = true
			}
		}
	}
	best := 0
	for i := range worth {
		if worth[i] > worth[best] {
			best = i
		}
	}
	if worth[best] == 0 {
		return ps
	}
	return ps.CitedAt(best)
}

// definitionWords ask for a definition ("msp meaning") without being
// what is defined.
var definitionWords = map[string]bool{"definition": true, "meaning": true, "defined": true, "overview": true, "matlab": true}

// aboutTitle reports whether every concept of a "what is …" question is a
// word of the passage's document title (or its initials): the question asks
// for the document's definition.
func (ix *Index) aboutTitle(p plan, ps corpus.Passage, pos int) bool {
	if len(p.concepts) == 0 || ix.namesOneListed(p, ps.DocID) {
		return false
	}
	title := slices.Concat(ix.titleTerms[ps.DocID], ix.titleInitials[ps.DocID])
	kind, named := false, false
	for _, c := range p.concepts {
		ok := false
		for _, a := range c.alts {
			all := true
			for _, t := range a.terms {
				all = all && slices.Contains(title, t)
			}
			ok = ok || all
		}
		switch {
		case ok:
			named = true
		case definitionWords[c.word]:
		case !kind && p.whatIs && !jargon(c.word) && ix.saysWhatItIs(c, pos):
			kind = true // "what is the Gaganyaan programme": "… is ISRO's programme to …"
		default:
			return false
		}
	}
	return named || !kind
}

// saysWhatItIs reports whether concept c is among the first words of the
// definition at position pos: the kind of thing its subject is.
func (ix *Index) saysWhatItIs(c concept, pos int) bool {
	lead := ix.leads[pos]
	return slices.ContainsFunc(c.alts, func(a alt) bool { return a.w == 1 && len(a.terms) == 1 && slices.Contains(lead, a.terms[0]) })
}

// leadTerms returns the terms of the first words of a passage's text, as
// many as rEarly counts.
func (ix *Index) leadTerms(text string) []string {
	if len(text) > maxLeadBytes {
		text = text[:strings.LastIndexByte(text[:maxLeadBytes], ' ')+1]
	}
	terms := ix.analyze(text)
	return slices.Clone(terms[:min(len(terms), earlyWords)])
}

// maxLeadBytes is as much of a passage as leadTerms reads: its first
// twenty words, stop words and all, fit in it.
const maxLeadBytes = 400

// A phrase is terms in order in one field's locations, each term within
// three words of the one before: stop words removed between the words are
// allowed for.

// phrasePos appends to ps where each occurrence of the phrase terms starts
// and ends.
func phrasePos(ps []span, tl search.TermLocationMap, terms []string) []span {
	if tl == nil || len(terms) == 0 {
		return ps
	}
	for _, l := range tl[terms[0]] {
		if last, ok := phraseEnd(tl, terms, l); ok {
			ps = append(ps, span{l.Pos, last})
		}
	}
	return ps
}

// hasPhrase reports whether the phrase terms occurs.
func hasPhrase(tl search.TermLocationMap, terms []string) bool {
	if tl == nil || len(terms) == 0 {
		return false
	}
	for _, l := range tl[terms[0]] {
		if _, ok := phraseEnd(tl, terms, l); ok {
			return true
		}
	}
	return false
}

// phraseSpans appends to sp the byte spans of the words of each occurrence
// of the phrase terms.
func phraseSpans(sp []corpus.Span, tl search.TermLocationMap, terms []string) []corpus.Span {
	if tl == nil || len(terms) == 0 {
		return sp
	}
	for _, l := range tl[terms[0]] {
		if _, ok := phraseEnd(tl, terms, l); !ok {
			continue
		}
		sp = append(sp, corpus.Span{Start: int(l.Start), End: int(l.End)})
		at := l.Pos
		for _, t := range terms[1:] {
			m := nextWord(tl, t, at)
			sp = append(sp, corpus.Span{Start: int(m.Start), End: int(m.End)})
			at = m.Pos
		}
	}
	return sp
}

// phraseEnd returns the position of the last word of the phrase terms that
// starts at l, if there is one.
func phraseEnd(tl search.TermLocationMap, terms []string, l *search.Location) (uint64, bool) {
	at := l.Pos
	for _, t := range terms[1:] {
		m := nextWord(tl, t, at)
		if m == nil {
			return 0, false
		}
		at = m.Pos
	}
	return at, true
}

// nextWord returns the first location of term within three words after
// position at, or nil.
func nextWord(tl search.TermLocationMap, term string, at uint64) *search.Location {
	for _, m := range tl[term] {
		if m.Pos > at && m.Pos <= at+3 {
			return m
		}
	}
	return nil
}

// span is the first and last word position of a match.
type span struct{ first, last uint64 }

// adjacent is 1 when a match in a is followed within two words by one in b,
// 0.5 when b comes just before a, else 0.
func adjacent(a, b []span) float64 {
	f := 0.0
	for _, x := range a {
		for _, y := range b {
			switch {
			case y.first > x.last && y.first-x.last <= 2:
				return 1
			case x.first > y.last && x.first-y.last <= 2:
				f = 0.5
			}
		}
	}
	return f
}

func mergeSpans(spans []corpus.Span) []corpus.Span {
	if len(spans) == 0 {
		return nil
	}
	// Spans that start together merge into one whatever their order.
	slices.SortFunc(spans, func(a, b corpus.Span) int { return cmp.Compare(a.Start, b.Start) })
	out := spans[:1]
	for _, s := range spans[1:] {
		last := &out[len(out)-1]
		if s.Start <= last.End {
			last.End = max(last.End, s.End)
			continue
		}
		out = append(out, s)
	}
	return out
}

// distinctSections keeps the best passage of each of the first k sections.
func distinctSections(scored []scoredPassage, k int) []scoredPassage {
	var out []scoredPassage
	seen := map[string]bool{}
	for _, s := range scored {
		id := s.passage.SectionID()
		if seen[id] {
			continue
		}
		seen[id] = true
		out = append(out, s)
		if len(out) == k {
			break
		}
	}
	return out
}

// String shows a plan for debugging and tests.
func (p plan) String() string {
	var b strings.Builder
	for _, c := range p.concepts {
		fmt.Fprintf(&b, "%s(%.2f)[", c.word, c.weight)
		for i, a := range c.alts {
			if i > 0 {
				b.WriteString(" | ")
			}
			fmt.Fprintf(&b, "%s:%.2f", strings.Join(a.terms, "+"), a.w)
		}
		b.WriteString("] ")
	}
	if p.section != nil {
		fmt.Fprintf(&b, "section=%+v ", *p.section)
	}
	if p.defines {
		b.WriteString("defines")
	}
	return b.String()
}

// latestWords ask for the newest; newsWords name developments. A question
// of a document's title, one of the first and any of the second ("afspa
// latest news", "latest updates on the quad") asks for its latest
// developments.
var (
	latestWords = map[string]bool{"latest": true, "newest": true, "lastest": true}
	newsWords   = map[string]bool{"news": true, "update": true, "updates": true, "development": true, "developments": true,
		"devts": true, "devt": true, "recent": true, "current": true, "affairs": true, "most": true, "happening": true}
)

// latestOf returns the document whose latest developments the question
// asks for, and nothing else, or "": the document it names, or the only one
// whose title has its other words ("lokpal latest update").
func (ix *Index) latestOf(p plan) string {
	if !slices.ContainsFunc(p.concepts, func(c concept) bool { return latestWords[c.word] }) {
		return ""
	}
	news := func(c *concept) bool { return latestWords[c.word] || newsWords[c.word] }
	if p.named == "" {
		return ix.onlyTitleWithAll(p, news)
	}
	for i := range p.concepts {
		if c := &p.concepts[i]; !news(c) && !ix.namesTitle(c, p.named) {
			return ""
		}
	}
	return p.named
}

// latestDevelopments is the look-up of a document's developments of the
// latest year, or nil when it has none with a year.
func (ix *Index) latestDevelopments(doc string) *sectionIntent {
	var si *sectionIntent
	for _, ps := range ix.passagesOf(doc) {
		if ps.Kind == corpus.KindDevelopment && ps.Year > 0 && (si == nil || ps.Year > si.year) {
			si = &sectionIntent{heading: ps.Heading(), kind: corpus.KindDevelopment, year: ps.Year, only: true}
		}
	}
	return si
}

// sameMatchInOrder puts the passages that match the same words of the
// question as the best one (a year it asks in their text alike, see
// sameYearsInText), and are of its part of the notes as in says, in the
// order of the notes, in the places they hold: "what are the main
// threats to tigers" asks the threats named, and a list gives its first
// entry first, whichever a passage's length or first words happen to
// favour.
func sameMatchInOrder(p plan, scored []scoredPassage, in func(scoredPassage) bool) {
	top := scored[0]
	var at []int
	for i, s := range scored {
		if in(s) && slices.Equal(s.fraction, top.fraction) && sameYearsInText(p, s, top) {
			at = append(at, i)
		}
	}
	group := make([]scoredPassage, len(at))
	for j, i := range at {
		group[j] = scored[i]
	}
	slices.SortStableFunc(group, func(a, b scoredPassage) int { return a.pos - b.pos })
	for j, i := range at {
		scored[i] = group[j]
	}
}

// sameYearsInText reports whether a and b have the same years of the
// question in their text: "2024" in the text of "2024 theme: …" is a
// better match than in the heading "27 Oct 2024" that the 2023 theme's
// entry shares.
func sameYearsInText(p plan, a, b scoredPassage) bool {
	for i, c := range p.concepts {
		if isYearish(c.word) && (a.textAlt[i] >= 0) != (b.textAlt[i] >= 0) {
			return false
		}
	}
	return true
}

// entryTie is how far below the best passage another entry of its list may
// score and still go in the notes' order with it: "what are the aims of
// the council" asks the aims, which match it alike. Held out,
// 0.25 and 0.5 do alike; from 0.75 specific questions lose their entry
// (BENCHMARKS.md).
const entryTie = 0.5

// sameList reports whether a and b are entries of one list: numbered
// passages of the same section.
func sameList(a, b corpus.Passage) bool {
	return a.DocID == b.DocID && a.Ordinal > 0 && b.Ordinal > 0 &&
		slices.Equal(a.Section[:len(a.Section)-1], b.Section[:len(b.Section)-1])
}
