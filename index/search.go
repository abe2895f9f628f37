package index

import (
	"context"
	"fmt"
	"math"
	"slices"
	"sort"
	"strings"

	"github.com/blevesearch/bleve/v2"
	"github.com/blevesearch/bleve/v2/search"
	"github.com/blevesearch/bleve/v2/search/query"

	"github.com/conceptbot/conceptbot/corpus"
)

// Ranking weights. A passage's score adds up, for each concept of the
// question, the concept's weight times how well the passage matches it
// (best alternative, saturating with repetition), plus bonuses for matching
// in its heading or FAQ question, for question words that stand together in
// the passage as they do in the question, and for being the part of the
// notes the question names.
const (
	fieldBonusHeading  = 0.6
	fieldBonusQuestion = 0.5
	tfShare            = 0.35 // share of a concept's score that grows with repetition
	bm25K1             = 1.2
	bm25B              = 0.5
	adjacencyBonus     = 0.5
	eventBoost         = 1.2 // developments, for a question about what happened
	earlyBonus         = 0.4
	earlyWords         = 20
	highlightAbove     = 0.1 // the weight a question word needs to be emphasised
	summaryDamp        = 0.8 // mind maps and connections: lists of names, not answers
	sectionBonus       = 3.0
	definitionBonus    = 2.0
	candidates         = 60

	minConceptWeight = 0.15
	specificEnough   = 0.5
	missedNameDamp   = 0.5

	// confidentAt is the confidence from which a passage is taken to answer
	// the question; below it, the answer is "not in the notes".
	confidentAt = 0.5
)

// Search answers question with up to n passages, best first. Questions are
// never parsed as bleve query syntax: they are analysed into terms and
// queried term by term.
func (ix *Index) Search(ctx context.Context, question string, n int) (corpus.Answer, error) {
	ans := corpus.Answer{Question: question}
	if n <= 0 {
		n = 3
	}
	p := ix.plan(question)
	if len(p.concepts) == 0 && p.section == nil {
		return ans, nil
	}
	hits, err := ix.candidates(ctx, p)
	if err != nil {
		return ans, err
	}
	scored := ix.rank(p, hits)
	if len(scored) == 0 {
		return ans, nil
	}
	ans.Confidence = confidence(p, scored)
	ans.Answered = ans.Confidence >= confidentAt
	switch {
	case !ans.Answered:
		scored = distinctSections(scored, 3)
		n = min(n, 3)
	case p.section != nil && p.section.only && scored[0].section:
		scored = ix.withNeighbours(scored)
	}
	for i := 0; i < len(scored) && len(ans.Results) < n; i++ {
		s := scored[i]
		ans.Results = append(ans.Results, corpus.Result{Passage: s.passage, Score: s.score, Highlights: s.highlights})
	}
	return ans, nil
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
			out = append(out, scoredPassage{passage: all[pos], pos: pos})
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
// passages cost most. A small plan (the seed corpus) is one bleve search
// with locations. A larger one first finds the best passages without
// locations, leaving out the commonest terms of each field while rarer ones
// bring candidates enough (see searchBudget), then locates the terms in
// those passages by analysing them again. When the section it names has
// many passages (every "key point 3" of a large corpus) it keeps those of
// the documents found; so with the definitions.
func (ix *Index) candidates(ctx context.Context, p plan) ([]*search.DocumentMatch, error) {
	type termQuery struct {
		q  query.Query
		df int
	}
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
				for _, f := range []struct {
					name  string
					boost float64
				}{{fieldText, 1}, {fieldHeading, 1.5}, {fieldQuestion, 1.2}, {fieldTitle, 0.3}} {
					tq := bleve.NewTermQuery(t)
					tq.SetField(f.name)
					tq.SetBoost(f.boost * c.weight * a.w)
					df := ix.vocab.dfIn[f.name][t]
					terms = append(terms, termQuery{tq, df})
					cost += df
				}
			}
		}
	}
	var ids []string
	if p.section != nil {
		ids = ix.sectionPassages(p.section, sectionBudget+1)
	}
	extras := len(ids)
	if p.defines {
		extras += len(ix.definitions)
	}
	if cost <= directBudget && extras <= sectionBudget {
		qs := make([]query.Query, 0, len(terms)+2)
		for _, t := range terms {
			qs = append(qs, t.q)
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
		// No more hits than passages: bleve allocates for as many as asked.
		size := min(candidates+len(ids), len(ix.length))
		req := bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(qs...), size, 0, false)
		req.IncludeLocations = true
		res, err := ix.searchSafely(ctx, req)
		if err != nil {
			return nil, err
		}
		return res.Hits, nil
	}

	// First the best passages, by the rarer terms of each field.
	sort.SliceStable(terms, func(i, j int) bool { return terms[i].df < terms[j].df })
	var first []query.Query
	cost = 0
	for _, t := range terms {
		if cost >= candidates*4 && cost+t.df > searchBudget {
			break
		}
		first = append(first, t.q)
		cost += t.df
	}
	var hits []*search.DocumentMatch
	if len(first) > 0 {
		res, err := ix.searchSafely(ctx, bleve.NewSearchRequestOptions(bleve.NewDisjunctionQuery(first...), candidates, 0, false))
		if err != nil {
			return nil, err
		}
		hits = res.Hits
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
	for _, h := range hits {
		ix.locate(h, seen)
	}
	return hits, nil
}

// locate sets where terms are in the fields of the passage h as a search
// with IncludeLocations would: analysing the passage again is cheaper than
// reading the positions of common terms from the index.
func (ix *Index) locate(h *search.DocumentMatch, terms map[string]bool) {
	pos, ok := ix.order[h.ID]
	if !ok {
		return
	}
	doc := document(ix.corpus.Passages()[pos])
	h.Locations = search.FieldTermLocationMap{}
	for _, f := range []string{fieldText, fieldHeading, fieldQuestion, fieldTitle} {
		var tl search.TermLocationMap
		for _, t := range ix.analyzer.Analyze([]byte(doc[f].(string))) {
			term := string(t.Term)
			if !terms[term] {
				continue
			}
			if tl == nil {
				tl = search.TermLocationMap{}
				h.Locations[f] = tl
			}
			tl[term] = append(tl[term], &search.Location{Pos: uint64(t.Position), Start: uint64(t.Start), End: uint64(t.End)})
		}
	}
}

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
	ps := ix.corpus.Passages()
	i, ok := ix.docStart[docID]
	if !ok {
		return nil
	}
	j := i
	for j < len(ps) && ps[j].DocID == docID {
		j++
	}
	return ps[i:j]
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
	if p.Heading() != si.heading && (si.kind == corpus.KindSection || p.Kind != si.kind) {
		return false
	}
	if si.ordinal > 0 && (p.Ordinal != si.ordinal || p.Kind == corpus.KindExamTip) {
		return false
	}
	if si.year > 0 && p.Year != si.year {
		return false
	}
	return true
}

type scoredPassage struct {
	passage    corpus.Passage
	pos        int
	score      float64
	fraction   []float64 // how well it matches each concept of the question, 0..1
	section    bool      // it is the part of the notes the question names
	highlights []corpus.Span
}

func (ix *Index) rank(p plan, hits []*search.DocumentMatch) []scoredPassage {
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
	out := make([]scoredPassage, 0, len(hits))
	for _, h := range hits {
		pos, ok := ix.order[h.ID]
		if !ok {
			continue
		}
		s := scoredPassage{passage: ix.corpus.Passages()[pos], pos: pos, fraction: make([]float64, len(p.concepts))}
		lenNorm := bm25K1 * (1 - bm25B + bm25B*ix.length[pos]/max(ix.avgLen, 1))
		var textPos [][]span // where in the text each concept matched
		var spans []corpus.Span
		for ci, c := range p.concepts {
			best, bestTF, inHeading, inQuestion, bestW := 0.0, 0.0, 0.0, 0.0, 0.0
			var bestPos []span
			var bestSpans []corpus.Span
			for _, a := range c.alts {
				matched := false
				if ps, sp, tf := phraseIn(h.Locations[fieldText], a.terms); tf > 0 {
					matched = true
					if a.v > best || a.v == best && float64(tf) > bestTF {
						best, bestTF, bestPos, bestSpans = a.v, float64(tf), ps, sp
					}
				}
				if _, _, tf := phraseIn(h.Locations[fieldHeading], a.terms); tf > 0 {
					matched = true
					inHeading = max(inHeading, a.v)
				}
				if _, _, tf := phraseIn(h.Locations[fieldQuestion], a.terms); tf > 0 {
					matched = true
					inQuestion = max(inQuestion, a.v)
				}
				if _, _, tf := phraseIn(h.Locations[fieldTitle], a.terms); tf > 0 && !matched {
					matched = true
					best = max(best, a.v*0.5)
				}
				if matched {
					bestW = max(bestW, a.w)
				}
			}
			textPos = append(textPos, bestPos)
			if c.weight >= minHighlight {
				spans = append(spans, bestSpans...)
			}
			val := max(best, inHeading, inQuestion)
			if val == 0 {
				continue
			}
			sat := 1.0
			if bestTF > 0 {
				sat = bestTF * (bm25K1 + 1) / (bestTF + lenNorm)
			}
			score := val * ((1 - tfShare) + tfShare*sat)
			if len(bestPos) > 0 {
				// Passages lead with their subject: an early match counts more.
				score += earlyBonus * best * max(0, 1-float64(bestPos[0].first-1)/earlyWords)
			}
			score += fieldBonusHeading*inHeading + fieldBonusQuestion*inQuestion
			s.score += score
			s.fraction[ci] = bestW
		}
		// Question words that stand side by side in the passage too, in
		// the question's order or (for half) the other way round.
		for i := 1; i < len(textPos); i++ {
			if f := adjacent(textPos[i-1], textPos[i]); f > 0 {
				s.score += f * adjacencyBonus * ((p.concepts[i-1].weight+p.concepts[i].weight)/2 + 0.4)
			}
		}
		if p.event && s.passage.Kind == corpus.KindDevelopment {
			s.score *= eventBoost
		}
		if p.section != nil && p.section.matches(s.passage) {
			s.section = true
			s.score += sectionBonus
		} else if s.passage.Kind == corpus.KindMindMap || s.passage.Kind == corpus.KindConnections {
			s.score *= summaryDamp
		}
		if p.defines && s.passage.Kind == corpus.KindDefinition && ix.aboutTitle(p, s.passage) {
			s.score += definitionBonus
			s.section = true
		}
		s.highlights = mergeSpans(spans)
		out = append(out, s)
	}
	sort.SliceStable(out, func(i, j int) bool {
		if out[i].score != out[j].score {
			return out[i].score > out[j].score
		}
		return out[i].pos < out[j].pos
	})
	return out
}

// aboutTitle reports whether every concept of a "what is …" question is a
// word of the passage's document title (or its initials): the question asks
// for the document's definition.
func (ix *Index) aboutTitle(p plan, ps corpus.Passage) bool {
	if len(p.concepts) == 0 {
		return false
	}
	title := map[string]bool{}
	for _, t := range ix.analyze(ps.Doc + " " + initials(ps.Doc)) {
		title[t] = true
	}
	for _, c := range p.concepts {
		ok := false
		for _, a := range c.alts {
			all := true
			for _, t := range a.terms {
				all = all && title[t]
			}
			ok = ok || all
		}
		if !ok && c.word != "definition" {
			return false
		}
	}
	return true
}

// confidence says how sure we are that the best passage answers the
// question, from 0 to 1. It is the weighted share of the question that the
// passage covers, where even the commonest word of the question counts a
// little; lowered when all it matches says little (a total weight under
// that of one fairly rare word), and when it misses a name the question
// asks about ("the capital of France" is not answered by a passage that
// does not mention France).
func confidence(p plan, scored []scoredPassage) float64 {
	top := scored[0]
	if top.section && (p.section == nil || p.section.only || p.defines) {
		return 1
	}
	var total, matched float64
	missedName := false
	for i, c := range p.concepts {
		w := max(c.weight, minConceptWeight)
		total += w
		matched += w * top.fraction[i]
		missedName = missedName || c.proper && top.fraction[i] == 0
	}
	if total == 0 {
		return 0
	}
	conf := matched / total
	conf *= math.Min(1, math.Pow(matched/specificEnough, 2))
	if missedName {
		conf *= missedNameDamp
	}
	if len(p.head) > 0 {
		hit, generic := false, true
		for _, i := range p.head {
			hit = hit || top.fraction[i] > 0
			generic = generic && p.concepts[i].common
		}
		if !hit && !generic { // "the role of X" asks about X
			conf *= missedNameDamp // "the capital of France": the capital is what is asked
		}
	}
	if top.section {
		conf = math.Max(conf, 0.75)
	}
	return math.Min(1, conf)
}

// phraseIn finds terms, in order, in one field's locations: where each
// occurrence starts and ends, the byte spans of its words, and how often it
// occurs. Stop words removed between the words are allowed for.
func phraseIn(tl search.TermLocationMap, terms []string) ([]span, []corpus.Span, int) {
	if tl == nil || len(terms) == 0 {
		return nil, nil, 0
	}
	first := tl[terms[0]]
	if len(first) == 0 {
		return nil, nil, 0
	}
	var ps []span
	var sp []corpus.Span
outer:
	for _, l := range first {
		at := l.Pos
		spans := []corpus.Span{{Start: int(l.Start), End: int(l.End)}}
		for _, t := range terms[1:] {
			found := false
			for _, m := range tl[t] {
				if m.Pos > at && m.Pos <= at+3 {
					at = m.Pos
					spans = append(spans, corpus.Span{Start: int(m.Start), End: int(m.End)})
					found = true
					break
				}
			}
			if !found {
				continue outer
			}
		}
		ps = append(ps, span{l.Pos, at})
		sp = append(sp, spans...)
	}
	return ps, sp, len(ps)
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
	sort.Slice(spans, func(i, j int) bool { return spans[i].Start < spans[j].Start })
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
