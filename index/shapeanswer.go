package index

import (
	"context"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/conceptbot/conceptbot/corpus"
)

// Bounds of shaped answers: every answer's work and size are bounded
// whatever the notes and the question.
const (
	// maxList is the most passages a list or summary holds; the rest are
	// counted in Answer.More.
	maxList = 50
	// maxListChecks is the most passages a list's filter looks into.
	maxListChecks = 2000
	// maxTopicSummary is how many passages summarise a topic that is not a
	// document.
	maxTopicSummary = 5
	// listFilterWeight is the least weight a word needs to filter a list
	// ("all semiconductor developments"): words in nearly every passage
	// filter nothing. The floor of a concept's weight in confidence.
	listFilterWeight = minConceptWeight
	// pointsMinShare is the least match (corpus.Result.Match), as a share
	// of the best passage's, a passage needs to be one of the points on a
	// topic: below it a passage only shares a word or two with the topic.
	pointsMinShare = 0.3
)

// searchShaped answers a question whose words ask for an answer of another
// shape than a passage. ok is false when they do not, or when the notes have
// nothing of the shape asked for ("all developments about volcanoes"): the
// question is then answered as a passage.
func (ix *Index) searchShaped(ctx context.Context, question string, n int) (corpus.Answer, bool, error) {
	s := ix.shapeOf(question)
	if s.shape != corpus.ShapePassage && chatting(strings.TrimSpace(normalize(question))) {
		return corpus.Answer{}, false, nil // "thanks for the notes bhai": no list of a part named "Notes"
	}
	if s.shape == corpus.ShapeCompare {
		if ans, ok, err := ix.compare(ctx, question, s.sides, n); ok || err != nil {
			return ans, ok, err
		}
	}
	if parts := splitQuestion(question); parts != nil {
		if ans, ok, err := ix.searchParts(ctx, question, parts, n); ok || err != nil {
			return ans, ok, err
		}
	}
	switch s.shape {
	case corpus.ShapeList:
		return ix.list(ctx, question, s, n)
	case corpus.ShapeSummary:
		return ix.summary(ctx, question, s)
	case corpus.ShapePoints:
		return ix.points(ctx, question, s)
	}
	return corpus.Answer{}, false, nil
}

// topicPlan plans a shaped question's topic and splits it into the document
// it names by its title, or as the notes that hold it ("" for none; see
// heldDocument), and the concepts a passage must match
// besides: those that say something (weight at least listFilterWeight) and
// are not words of that title. A topic of nothing but the shape ("list all
// faqs", "summarise it") asked in a conversation (corpus.Topic) is of the
// conversation's document.
func (ix *Index) topicPlan(ctx context.Context, question, topic string) (p plan, doc string, required []*concept) {
	p = ix.plan(topic)
	doc, _ = ix.namedDocument(p)
	if p.keptAs, _ = ix.keptIn(question); ix.namedAsKept(p, doc) {
		doc = p.keptAs // "list the points in the in news section of the sedition handout"
	}
	var held plan // the question's words that name the notes, when they do by more than their title
	if doc == "" && slices.ContainsFunc(words(normalize(question)), holderWord) {
		held = ix.plan(question)
		doc = ix.heldDocument(held) // "developments in the inter-state council notes"
	}
	for i := range p.concepts {
		c := &p.concepts[i]
		if doc != "" && (ix.namesTitle(c, doc) || held.holds(c)) || c.weight < listFilterWeight || sectionHolders[c.word] || partLinks[c.word] { // "under" of "… under the market control section"
			continue
		}
		required = append(required, c)
	}
	if _, ok := ix.docStart[corpus.Topic(ctx)]; doc == "" && len(required) == 0 && ok {
		doc = corpus.Topic(ctx)
	}
	return p, doc, required
}

// list answers with every passage of the sections named, in document order
// (developments by year), in the document named if any, of the year named if
// any, and matching every word of the topic that says something. A filter
// that leaves one passage makes it a passage answer.
func (ix *Index) list(ctx context.Context, question string, s shapeWords, n int) (corpus.Answer, bool, error) {
	topic, doc, required := ix.topicPlan(ctx, question, s.topic)
	if doc == "" {
		doc = ix.sectionsOfTitled(s.targets, topic.concepts)
	}
	if doc == "" && s.titled != "" {
		doc = s.titled
		required = slices.DeleteFunc(required, func(c *concept) bool { return ix.namesTitle(c, doc) })
	}
	filtered := len(required) > 0 || s.year > 0
	candidates, everywhere := []corpus.Passage(nil), false
	switch {
	case doc != "":
		candidates = ix.passagesOf(doc)
	case len(required) > 0 && ix.mem == nil:
		var err error
		if candidates, err = ix.listCandidates(ctx, s.targets, required); err != nil {
			return corpus.Answer{}, false, err
		}
	default:
		everywhere = true
	}
	var found []corpus.Result
	more, checks := 0, 0
	var loc *locator // only notes too large for memPostings locate terms again
	if ix.mem == nil {
		loc = ix.newLocator(termsOf(required))
	}
	add := func(ps corpus.Passage) bool {
		year := ps.Year
		if anyDated(s.targets) {
			year = yearIn(ps)
		}
		if s.year > 0 && year != s.year || !anyTarget(s.targets, ps) {
			return true
		}
		var spans []corpus.Span
		if len(required) > 0 {
			if checks++; checks > maxListChecks {
				return false
			}
			ok := false
			if spans, ok = ix.matchesAll(ps, required, loc); !ok {
				return true
			}
		}
		if len(found) == maxList {
			more++
		} else {
			found = append(found, corpus.Result{Passage: ps, Highlights: spans})
		}
		return true
	}
	if everywhere {
		candidates = ix.corpus.Passages()
	}
	for _, ps := range candidates {
		if !add(ps) {
			break
		}
	}
	if len(found) == 0 && (doc != "" && s.timeline || s.happened) && !anyDated(s.targets) {
		// "afspa timeline": notes without a section so named have their
		// dated passages; "what happened in 1956", of notes without
		// developments that year, the passages that write it.
		s.targets = []listTarget{{dated: true}}
		for _, ps := range candidates {
			if !add(ps) {
				break
			}
		}
	}
	switch {
	case len(found) == 0:
		return ix.noneOfKinds(ctx, question, s, n)
	case filtered && len(found) == 1:
		return ix.passageFirst(ctx, question, found[0], n)
	}
	if anyDated(s.targets) {
		slices.SortStableFunc(found, func(a, b corpus.Result) int { return yearIn(a.Passage) - yearIn(b.Passage) })
	}
	byYear(found)
	// "list the recent developments": the section so headed before others
	// of its kind ("Why in News?").
	slices.SortStableFunc(found, func(a, b corpus.Result) int {
		return boolOrder(!headedAsNamed(s.targets, a.Passage), !headedAsNamed(s.targets, b.Passage))
	})
	if doc == "" {
		if d := ix.titledByAll(required); d != "" {
			// "recent developments about the supreme court": the notes
			// titled so first, before others' that mention it
			slices.SortStableFunc(found, func(a, b corpus.Result) int { return boolOrder(a.DocID != d, b.DocID != d) })
		}
	}
	return corpus.Answer{Question: question, Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: found, More: more}, true, nil
}

// noneOfKinds answers a list of parts of a kind no passage of the notes is
// ("exam tips" of notes without any) by saying so, with the passages its
// topic finds, if it has one ("emergency exam tips"), as suggestions; ok is
// false for any other list that found nothing.
func (ix *Index) noneOfKinds(ctx context.Context, question string, s shapeWords, n int) (corpus.Answer, bool, error) {
	var names []string
	for _, t := range s.targets {
		noun, ok := partNouns[t.kind]
		if t.heading != "" || t.dated || !ok || ix.kinds[t.kind] {
			return corpus.Answer{}, false, nil
		}
		names = append(names, noun[1])
	}
	if len(names) == 0 {
		return corpus.Answer{}, false, nil
	}
	ans := corpus.Answer{Question: question}
	if strings.TrimSpace(s.topic) != "" {
		var err error
		if ans, err = ix.searchOne(ctx, question, n); err != nil {
			return ans, false, err
		}
	}
	ans.Answered, ans.Confidence = false, 0
	ans.Note = "The notes have no " + strings.Join(names, " or ") + "."
	return ans, true, nil
}

// sectionsOfTitled returns, of the documents whose differently headed
// sections the list names ("threats" of one, "threats / issues" of
// another), the one whose title has a word of the topic (its concepts),
// when only one does ("bustard threats"); else "".
func (ix *Index) sectionsOfTitled(targets []listTarget, topic []concept) string {
	headings := map[string]bool{}
	for _, t := range targets {
		if t.heading != "" && t.kind == "" {
			headings[t.heading] = true
		}
	}
	if len(headings) < 2 {
		return ""
	}
	found := ""
	for _, d := range ix.corpus.Docs {
		if !slices.ContainsFunc(ix.passagesOf(d.ID), func(ps corpus.Passage) bool { return headings[ps.Heading()] }) {
			continue
		}
		if slices.ContainsFunc(topic, func(c concept) bool { return ix.namesTitle(&c, d.ID) }) {
			if found != "" {
				return ""
			}
			found = d.ID
		}
	}
	return found
}

// listCandidates asks bleve, in a large corpus, for the passages of the
// kinds listed that have a word of each concept (of a phrase, its first),
// in corpus order: reading every passage of a kind in 100,000 would cost
// more than a question. Up to maxListChecks are returned.
func (ix *Index) listCandidates(ctx context.Context, targets []listTarget, required []*concept) ([]corpus.Passage, error) {
	var must []query.Query
	for _, c := range required {
		var alts []query.Query
		for _, a := range c.alts {
			for _, f := range searchFields {
				alts = append(alts, termQuery{term: a.terms[0], field: f.name, boost: 1}.query())
			}
		}
		if len(alts) == 0 {
			return nil, nil // a word the notes do not have: nothing matches
		}
		must = append(must, bleve.NewDisjunctionQuery(alts...))
	}
	var kinds []query.Query
	for _, t := range targets {
		if t.kind == "" {
			kinds = nil // a heading of no kind: any passage may be under it
			break
		}
		q := bleve.NewTermQuery(string(t.kind))
		q.SetField(fieldKind)
		kinds = append(kinds, q)
	}
	if len(kinds) > 0 {
		must = append(must, bleve.NewDisjunctionQuery(kinds...))
	}
	req := bleve.NewSearchRequestOptions(bleve.NewConjunctionQuery(must...), maxListChecks, 0, false)
	req.Score = bleve.ScoreNone
	res, err := ix.searchSafely(ctx, req)
	if err != nil {
		return nil, err
	}
	pos := make([]int, 0, len(res.Hits))
	for _, h := range res.Hits {
		if i, ok := ix.order[h.ID]; ok {
			pos = append(pos, i)
		}
	}
	slices.Sort(pos)
	out := make([]corpus.Passage, len(pos))
	for i, p := range pos {
		out[i] = ix.corpus.Passages()[p]
	}
	return out, nil
}

// termsOf returns the terms of every alternative of concepts.
func termsOf(concepts []*concept) map[string]bool {
	terms := map[string]bool{}
	for _, c := range concepts {
		for _, a := range c.alts {
			for _, t := range a.terms {
				terms[t] = true
			}
		}
	}
	return terms
}

func anyTarget(ts []listTarget, p corpus.Passage) bool {
	for _, t := range ts {
		if t.matches(p) {
			return true
		}
	}
	return false
}

// headedAsNamed reports whether p stands under a heading one of ts names.
func headedAsNamed(ts []listTarget, p corpus.Passage) bool {
	return slices.ContainsFunc(ts, func(t listTarget) bool { return t.heading != "" && p.Heading() == t.heading })
}

// anyDated reports whether ts ask for a timeline.
func anyDated(ts []listTarget) bool {
	return slices.ContainsFunc(ts, func(t listTarget) bool { return t.dated })
}

// byYear orders each section's run of dated passages by year, keeping the
// document's order within a year.
func byYear(rs []corpus.Result) {
	for i := 0; i < len(rs); {
		j := i + 1
		for j < len(rs) && rs[j].SectionID() == rs[i].SectionID() {
			j++
		}
		run := rs[i:j]
		dated := true
		for _, r := range run {
			dated = dated && r.Year > 0
		}
		if dated {
			slices.SortStableFunc(run, func(a, b corpus.Result) int { return a.Year - b.Year })
		}
		i = j
	}
}

// matchesAll reports whether passage p matches every concept (any of its
// alternatives, in any searched field), with where in its text they match;
// loc locates the concepts' terms when the index keeps no memPostings.
func (ix *Index) matchesAll(p corpus.Passage, concepts []*concept, loc *locator) ([]corpus.Span, bool) {
	pos, ok := ix.order[p.ID]
	if !ok {
		return nil, false
	}
	var locs search.FieldTermLocationMap
	if ix.mem != nil {
		locs = ix.mem.hits[pos].Locations
	} else {
		locs = loc.fieldLocations(ix.corpus.Passages()[pos])
	}
	var spans []corpus.Span
	for _, c := range concepts {
		matched := false
		for _, a := range c.alts {
			for _, f := range searchFields {
				if hasPhrase(locs[f.name], a.terms) {
					matched = true
					if f.name == fieldText {
						spans = phraseSpans(spans, locs[f.name], a.terms)
					}
				}
			}
		}
		if !matched {
			return nil, false
		}
	}
	return mergeSpans(spans), true
}

// passageFirst answers with r first, then the passages a plain search finds
// for the question: a list question whose filter leaves one passage ("recent
// developments from 2022") asks for that passage.
func (ix *Index) passageFirst(ctx context.Context, question string, r corpus.Result, n int) (corpus.Answer, bool, error) {
	whole, err := ix.searchOne(ctx, question, max(n, 1))
	if err != nil {
		return whole, false, err
	}
	ans := corpus.Answer{Question: question, Answered: true, Confidence: 1, Shape: corpus.ShapePassage}
	if len(whole.Results) > 0 && whole.Answered && whole.Results[0].ID == r.ID {
		r = whole.Results[0] // with its score and highlights
	}
	ans.Results = append(ans.Results, r)
	for _, o := range whole.Results {
		if len(ans.Results) >= max(n, 1) {
			break
		}
		if o.ID != r.ID {
			ans.Results = append(ans.Results, o)
		}
	}
	return ans, true, nil
}

// summaryFiller are words of a summary question that name no topic: "the
// topic", "this", "the whole thing".
var summaryFiller = map[string]bool{
	"topic": true, "topics": true, "concept": true, "concepts": true, "this": true, "it": true, "everything": true,
	"chapter": true, "document": true, "doc": true, "whole": true, "entire": true, "complete": true, "full": true,
	"thing": true, "pura": true, "poora": true,
}

// summary answers with the definition of the document the topic names (the
// only document, when the topic names none), then its key points cut to
// their first sentence. A topic within a document gets its best passages, in
// brief.
func (ix *Index) summary(ctx context.Context, question string, s shapeWords) (corpus.Answer, bool, error) {
	var keep []string
	for _, w := range words(normalize(s.topic)) {
		if !summaryFiller[w] {
			keep = append(keep, w)
		}
	}
	topic := strings.Join(keep, " ")
	_, doc, required := ix.topicPlan(ctx, question, topic)
	if doc == "" && len(required) == 0 {
		if len(ix.corpus.Docs) != 1 {
			return ix.whichDocument(question, corpus.ShapeSummary), true, nil
		}
		doc = ix.corpus.Docs[0].ID
	}
	if doc != "" {
		return ix.docSummary(question, doc), true, nil
	}
	a, err := ix.searchOne(ctx, topic, 4*maxTopicSummary)
	if err != nil || !a.Answered {
		a.Question, a.Shape = question, corpus.ShapeSummary
		return a, err == nil, err
	}
	if a.Results[0].Kind == corpus.KindDefinition {
		return ix.docSummary(question, a.Results[0].DocID), true, nil
	}
	ans := corpus.Answer{Question: question, Answered: true, Confidence: a.Confidence, Shape: corpus.ShapeSummary}
	for _, r := range bestDistinct(a.Results, maxTopicSummary, nil) {
		r.Text, r.Highlights = firstSentence(r.Text), nil
		ans.Results = append(ans.Results, r)
	}
	return ans, true, nil
}

// docSummary is a document's definition in full, then the first sentence of
// each key point; for a document without key points, of the first passage
// of each of its other sections that tell about the topic.
func (ix *Index) docSummary(question, doc string) corpus.Answer {
	ans := corpus.Answer{Question: question, Answered: true, Confidence: 1, Shape: corpus.ShapeSummary}
	ps := ix.passagesOf(doc)
	var body []corpus.Passage
	for _, p := range ps {
		switch {
		case p.Kind == corpus.KindDefinition && len(ans.Results) == 0:
			ans.Results = append(ans.Results, corpus.Result{Passage: p})
		case p.Kind == corpus.KindKeyPoint:
			body = append(body, p)
		}
	}
	if len(body) == 0 {
		seen := map[string]bool{}
		for _, p := range ps {
			if !seen[p.SectionID()] && inBrief(p.Kind) && !slices.Equal(p.Section, preface) && !p.Row {
				seen[p.SectionID()] = true
				body = append(body, p)
			}
		}
	}
	for _, p := range body {
		if len(ans.Results) == maxList {
			ans.More++
			continue
		}
		p.Text = firstSentence(p.Text)
		ans.Results = append(ans.Results, corpus.Result{Passage: p})
	}
	return ans
}

// preface is the section of the text before any heading that does not
// tell about the subject ("Exported from Notes app · GS-III"): like a
// table's row, it does not say in brief what a section is about.
var preface = []string{"Preface"}

// inBrief reports whether passages of kind k tell about the topic in a
// summary without key points: not the definition (already there), lists of
// names, headlines, questions, dated news or exam advice.
func inBrief(k corpus.Kind) bool {
	switch k {
	case corpus.KindBackground, corpus.KindSection:
		return true
	}
	return false
}

// whichDocument answers a question about "the topic" in notes of several
// documents: not answered, with their definitions to choose from.
func (ix *Index) whichDocument(question string, shape corpus.Shape) corpus.Answer {
	ans := corpus.Answer{Question: question, Shape: shape}
	for _, id := range ix.definitions {
		if len(ans.Results) == 3 {
			break
		}
		if p, ok := ix.corpus.Passage(id); ok {
			ans.Results = append(ans.Results, corpus.Result{Passage: p})
		}
	}
	return ans
}

// points answers with the N best distinct passages on the topic, best
// first; within the sections named, if any ("5 key points on delimitation").
// A topic that is only a document's title gets its first N key points (or
// passages of the sections named).
func (ix *Index) points(ctx context.Context, question string, s shapeWords) (corpus.Answer, bool, error) {
	_, doc, required := ix.topicPlan(ctx, question, s.topic)
	ans := corpus.Answer{Question: question, Shape: corpus.ShapePoints}
	if len(required) == 0 {
		if doc == "" {
			if len(ix.corpus.Docs) != 1 {
				return ix.whichDocument(question, corpus.ShapePoints), true, nil
			}
			doc = ix.corpus.Docs[0].ID
		}
		targets := s.targets
		if len(targets) == 0 {
			targets = []listTarget{{kind: corpus.KindKeyPoint}}
		}
		for _, p := range ix.passagesOf(doc) {
			if anyTarget(targets, p) && len(ans.Results) < s.n {
				ans.Results = append(ans.Results, corpus.Result{Passage: p})
			}
		}
		if len(ans.Results) == 0 {
			return ix.docSummary(question, doc), true, nil
		}
		ans.Answered, ans.Confidence = true, 1
		return ans, true, nil
	}
	a, err := ix.searchOne(ctx, s.topic, min(4*s.n+4, candidates))
	if err != nil || !a.Answered {
		a.Question, a.Shape = question, corpus.ShapePoints
		return a, err == nil, err
	}
	keep := func(r corpus.Result) bool {
		return (len(s.targets) == 0 || anyTarget(s.targets, r.Passage)) && (doc == "" || r.DocID == doc)
	}
	ans.Results = bestDistinct(a.Results, s.n, keep)
	if len(ans.Results) == 0 {
		return corpus.Answer{}, false, nil
	}
	ans.Answered, ans.Confidence = true, a.Confidence
	return ans, true, nil
}

// bestDistinct keeps up to n results, best first, that are answers rather
// than lists of names or headlines, match at least pointsMinShare of what
// the best matches, and pass keep (when not nil).
func bestDistinct(rs []corpus.Result, n int, keep func(corpus.Result) bool) []corpus.Result {
	var out []corpus.Result
	for _, r := range rs {
		if len(out) == n || len(rs) > 0 && r.Match < pointsMinShare*rs[0].Match {
			break
		}
		switch r.Kind {
		case corpus.KindMindMap, corpus.KindConnections, corpus.KindSourceTopic:
			continue
		}
		if keep == nil || keep(r) {
			out = append(out, r)
		}
	}
	return out
}

// compare answers with the best passage for each side, then the next ones
// in turn. When one passage is the best for both sides ("basic research vs
// commercialisation"), or the question as a whole finds a passage whose
// heading or FAQ question names both ("difference between core and
// buffer"), the notes compare them there: that passage answers. A section
// headed with both ("El Niño vs La Niña: Comparison Table"), or a table
// whose every row names both, answers whole; or, when the question names
// what to compare them on, with the rows on it first.
func (ix *Index) compare(ctx context.Context, question string, sides []string, n int) (corpus.Answer, bool, error) {
	sideTerms := ix.sideTerms(sides)
	if h, aspect := ix.comparingSection(sideTerms); h != "" {
		ans, ok, err := ix.list(ctx, question, shapeWords{shape: corpus.ShapeList, targets: []listTarget{{heading: h}}}, n)
		switch {
		case err != nil:
			return ans, false, err
		case ok:
			if ans, ok := ix.aspectFirst(ans, aspect, n); ok {
				return ans, true, nil
			}
		}
	}
	whole, err := ix.searchOne(ctx, question, max(n, comparingLook))
	if err != nil {
		return whole, false, err
	}
	if rows, aspect := ix.comparingTable(whole.Results, sideTerms); rows != nil {
		ans := corpus.Answer{Question: question, Answered: true, Confidence: 1, Shape: corpus.ShapeList, Results: rows}
		if ans, ok := ix.aspectFirst(ans, aspect, n); ok {
			return ans, true, nil
		}
	}
	whole.Results = whole.Results[:min(n, len(whole.Results))]
	k := max(n, 3)
	answers := make([]corpus.Answer, len(sides))
	for i, side := range sides {
		a, err := ix.searchOne(ctx, side, k+2)
		if err != nil || !a.Answered {
			return a, false, err
		}
		// A side is answered by a passage about it, not a list of names.
		if a.Results = bestDistinct(a.Results, k, nil); len(a.Results) == 0 {
			return a, false, nil
		}
		answers[i] = a
	}
	whole.Shape = corpus.ShapePassage
	if answers[0].Results[0].ID == answers[1].Results[0].ID {
		return whole, true, nil
	}
	if whole.Answered && ix.comparesAll(whole.Results[0], sideTerms) {
		return whole, true, nil
	}
	ans := corpus.Answer{Question: question, Answered: true, Confidence: 1, Shape: corpus.ShapeCompare, Parts: sides}
	for _, a := range answers {
		ans.Confidence = min(ans.Confidence, a.Confidence)
	}
	ans.Results = interleave(answers, 2*((max(n, 2)+1)/2))
	return ans, true, nil
}

// comparingLook is how many of the passages found for a whole comparison
// are looked at for a table that compares its sides.
const comparingLook = 5

// comparingTable finds, among the sections of the passages found for a
// whole comparison, a table that compares the sides under a heading that
// need not name them ("comparison table"): a section of two passages or
// more, each with a word of each side, as a table's rows carry its
// columns' names ("point: GM crops; Gadgil (WGEEP): banned; Kasturirangan
// (HLWG): not addressed"). It returns the section's passages, and the
// terms of the sides that not every one of them has: what the question
// compares them on.
func (ix *Index) comparingTable(found []corpus.Result, sides [][]string) (rows []corpus.Result, aspect []string) {
	seen := map[string]bool{}
	for _, r := range found[:min(len(found), comparingLook)] {
		id := r.SectionID()
		if seen[id] {
			continue
		}
		seen[id] = true
		rows = rows[:0]
		having := map[string]int{} // rows with each term of the sides
		table := true
		all := ix.corpus.Passages()
		from, to := ix.order[r.ID], ix.order[r.ID]+1 // the section's passages, one run in the notes
		for from > 0 && all[from-1].DocID == r.DocID && all[from-1].Heading() == r.Heading() {
			from--
		}
		for to < len(all) && all[to].DocID == r.DocID && all[to].Heading() == r.Heading() {
			to++
		}
		for _, ps := range all[from:to] {
			if notComparing(ps.Kind) || len(rows) == maxList {
				table = false
				break
			}
			terms := ix.analyze(ps.Text)
			if _, each := sidesIn(terms, sides); !each {
				table = false
				break
			}
			for _, side := range sides {
				for _, t := range side {
					if slices.Contains(terms, t) {
						having[t]++
					}
				}
			}
			rows = append(rows, corpus.Result{Passage: ps})
		}
		if !table || len(rows) < 2 {
			continue
		}
		for _, side := range sides {
			for _, t := range side {
				if having[t] < len(rows) && !slices.Contains(aspect, t) {
					aspect = append(aspect, t)
				}
			}
		}
		return rows, aspect
	}
	return nil, nil
}

// comparesAll reports whether passage r compares the sides, whose terms
// are sides (see sideTerms): an answer rather than a list of names whose
// heading or FAQ question has every word of each side ("core vs buffer (Sec
// 38V)" for "core vs buffer"), accents and the words of its notes' title
// aside.
func (ix *Index) comparesAll(r corpus.Result, sides [][]string) bool {
	switch r.Kind {
	case corpus.KindMindMap, corpus.KindConnections, corpus.KindSourceTopic:
		return false
	}
	missing, each := sidesIn(ix.analyze(strings.Join(r.Section, " ")+" "+r.Question), sides)
	return each && (len(missing) == 0 || allIn(missing, ix.titleTerms[r.DocID])) // "project tiger core vs buffer"
}

// comparingSection returns the top-level heading that has every word of
// each side ("El Niño vs La Niña: Comparison Table" for "el nino vs la
// nina"), or "": the notes compare the sides there. Words of the title of
// notes with that heading may be left out ("niti aayog vs planning
// commission" for "NITI vs Planning Commission" in "NITI Aayog"). Failing
// that, a heading with a word of each side, and the words of the sides it
// lacks: the aspect of the comparison asked about ("plassey vs buxar
// nature of victory").
func (ix *Index) comparingSection(sides [][]string) (heading string, aspect []string) {
	for _, h := range ix.headings {
		if notComparing(h.kind) {
			continue
		}
		missing, each := sidesIn(h.terms, sides)
		if !each {
			if missing, each = ix.titleSide(&h, sides); !each {
				continue
			}
		}
		if len(missing) == 0 {
			return h.name, nil
		}
		for _, d := range ix.titleDocs[missing[0]] {
			if allIn(missing, ix.titleTerms[d]) && ix.hasHeading(d, h.name) {
				return h.name, nil
			}
		}
		if heading == "" {
			heading, aspect = h.name, missing
		}
	}
	// Of the words the heading lacks, its notes' title may have some
	// ("nep old vs new vocational").
	return heading, slices.DeleteFunc(aspect, func(t string) bool {
		return slices.ContainsFunc(ix.titleDocs[t], func(d string) bool { return ix.hasHeading(d, heading) })
	})
}

// titleSide reports whether h, a heading that compares ("PM-JAY vs RSBY"),
// compares the sides when one of them is its notes' subject, named by its
// title ("ayushman bharat vs rsby" in notes titled "Ayushman Bharat"): every
// other side has a word in it. It returns the terms of the other sides it
// lacks.
func (ix *Index) titleSide(h *heading, sides [][]string) (missing []string, ok bool) {
	if !slices.ContainsFunc(strings.Fields(strings.ToLower(h.name)), func(w string) bool { return comparingWords[w] }) {
		return nil, false
	}
	titled := 0
	for _, side := range sides {
		if slices.ContainsFunc(side, func(t string) bool { return slices.Contains(h.terms, t) }) {
			for _, t := range side {
				if !slices.Contains(h.terms, t) {
					missing = append(missing, t)
				}
			}
			continue
		}
		if len(side) == 0 || !slices.ContainsFunc(ix.titleDocs[side[0]], func(d string) bool {
			return allIn(side, ix.titleTerms[d]) && ix.hasHeading(d, h.name)
		}) {
			return nil, false
		}
		titled++
	}
	return missing, titled == 1
}

// notComparing reports whether parts of kind k name things rather than
// compare them: mind maps and their connections, news headlines, tips.
func notComparing(k corpus.Kind) bool {
	switch k {
	case corpus.KindMindMap, corpus.KindConnections, corpus.KindSourceTopic, corpus.KindExamTip:
		return true
	}
	return false
}

// comparingWords are the words of a heading that compares.
var comparingWords = setOf("vs vs. versus v/s comparison compared difference differences")

// aspectFirst makes of list, a comparing section's passages, the answer
// to the aspect of the comparison asked: the passages that have every
// term of aspect (a table's row), then the others; ok is false when none
// has them. With no aspect asked, list answers as it is.
func (ix *Index) aspectFirst(list corpus.Answer, aspect []string, n int) (corpus.Answer, bool) {
	if len(aspect) == 0 {
		return list, true
	}
	var first, rest []corpus.Result
	for _, r := range list.Results {
		if terms := ix.analyze(r.Text); allIn(aspect, terms) {
			first = append(first, r)
		} else {
			rest = append(rest, r)
		}
	}
	if len(first) == 0 {
		return corpus.Answer{}, false
	}
	list.Shape, list.More = corpus.ShapePassage, 0
	list.Results = append(first, rest...)[:min(len(first)+len(rest), max(n, 1))]
	return list, true
}

// tableWords name the layout of a comparison, not a side or an aspect of
// it ("plassey vs buxar table").
var tableWords = setOf("table tabular chart comparison compare row column")

// sideTerms returns the terms of each side's words, filler aside, worked
// out once for every heading and passage they are looked for in.
func (ix *Index) sideTerms(sides []string) [][]string {
	out := make([][]string, len(sides))
	for i, side := range sides {
		for _, w := range words(strings.ToLower(side)) {
			if (!fillerWords[w] || recentWords[w]) && !tableWords[w] { // "old vs new"
				out[i] = append(out[i], ix.analyze(w)...)
			}
		}
	}
	return out
}

// sidesIn returns the terms of sides (see sideTerms) that terms lack, and
// whether each side has one at least in terms.
func sidesIn(terms []string, sides [][]string) (missing []string, each bool) {
	in := func(t string) bool { return slices.Contains(terms, t) }
	for _, side := range sides {
		if !slices.ContainsFunc(side, in) {
			return nil, false // most headings: nothing allocated
		}
	}
	for _, side := range sides {
		for _, t := range side {
			if !in(t) {
				missing = append(missing, t)
			}
		}
	}
	return missing, true
}

// interleave takes the best result of each answer, then the second of each,
// and so on, up to limit results, without repeats; each result's Part is
// the index of its answer.
func interleave(answers []corpus.Answer, limit int) []corpus.Result {
	var out []corpus.Result
	seen := map[string]bool{}
	for rank := 0; len(out) < limit; rank++ {
		added := false
		for part, a := range answers {
			if rank >= len(a.Results) || len(out) == limit {
				continue
			}
			added = true
			r := a.Results[rank]
			if seen[r.ID] {
				continue
			}
			seen[r.ID] = true
			r.Part = part
			out = append(out, r)
		}
		if !added {
			break
		}
	}
	return out
}
