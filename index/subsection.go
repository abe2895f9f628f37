package index

import (
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// namedSubsection marks, of the passages scored for p, those of the
// sections below the top level (and top-level ones of no known kind) that
// the question names and nothing else, and only those ("rabi crops" for
// "CROPS COVERED › Rabi crops (6)", "c2" for "COST CONCEPTS › C2", "who
// fixes msp" for "WHO FIXES IT", "how does msp procurement work" for
// "PROCUREMENT › How it works"); it reports whether it found any. Each word
// of the question must be a word of the section's heading, of the headings
// above it or of its document's title, and each word of its heading one the
// question has or the headings above say: "a2" names "A2", not "A2+FL".
// Every passage scored is looked at, whatever its score: the same sections
// are named however the passages are ranked.
func (ix *Index) namedSubsection(p plan, scored []scoredPassage) bool {
	// Not list words ("all prelims facts of msp"), nor the title's, nor, in
	// a question that asks for a list, everyday words ("list the arguments
	// for a legal guarantee given in the handout").
	skip := func(c *concept) bool {
		return listWords[c.word] || p.named != "" && ix.namesTitle(c, p.named) || p.listed && c.common
	}
	asked := p.concepts
	if slices.ContainsFunc(p.concepts, func(c concept) bool { return skip(&c) }) {
		asked = nil
		for i := range p.concepts {
			if !skip(&p.concepts[i]) {
				asked = append(asked, p.concepts[i])
			}
		}
	}
	if len(asked) == 0 {
		return false
	}
	var terms map[string]float64
	var named map[string]bool    // document ID and heading path, joined; false when checked and not named
	var ownWords map[string]int  // of those, how many of the question's words each heading has itself
	subject := map[string]bool{} // document ID → the question names its title and nothing else
	found := false
	for _, s := range scored {
		if p.named != "" && s.passage.DocID != p.named {
			continue // a section of the document named only
		}
		doc := s.passage.DocID
		only, ok := subject[doc]
		if !ok {
			only = !slices.ContainsFunc(asked, func(c concept) bool { return !ix.namesTitle(&c, doc) })
			subject[doc] = only
		}
		path := headingPath(s.passage)
		for k, h := range path {
			if k == 0 && s.passage.Kind != corpus.KindSection {
				continue // a kind's heading ("Key Points") is asked for as a kind
			}
			if only && !saysWhatItIs(h) {
				continue // "what is meant by a biodiversity hotspot" asks what the notes are about, not for their "Hotspots in India"
			}
			own := ix.headingTerms[h]
			inOwn := 0 // the concepts that are words of the heading itself
			for _, c := range asked {
				if slices.ContainsFunc(c.alts, func(a alt) bool { return allIn(a.terms, own) }) {
					inOwn++
				}
			}
			if inOwn == 0 {
				continue // the question has no word of it: most headings, found without a copy
			}
			if named == nil {
				terms, named, ownWords = p.terms(), map[string]bool{}, map[string]int{}
			}
			key := pathKey(s.passage.DocID, path[:k+1])
			if _, checked := named[key]; !checked {
				named[key] = ix.namesSubsection(asked, terms, s.passage.DocID, path[:k+1])
				ownWords[key] = inOwn
				found = found || named[key]
			}
		}
	}
	if !found {
		return false
	}
	// Of headings the title's words make named, those with more of the
	// question's words themselves: "arguments for the states" in notes
	// titled "… can the Centre call …" names "Arguments for the states",
	// not "Arguments for the Centre".
	most := 0
	for key, ok := range named {
		if ok {
			most = max(most, ownWords[key])
		}
	}
	for key, ok := range named {
		if ok && ownWords[key] < most {
			named[key] = false
		}
	}
	for i := range scored {
		scored[i].named = false
		path := headingPath(scored[i].passage)
		for k := range path {
			scored[i].named = scored[i].named || named[pathKey(scored[i].passage.DocID, path[:k+1])]
		}
	}
	return true
}

func pathKey(doc string, path []string) string {
	return doc + corpus.Separator + strings.Join(path, corpus.Separator)
}

// namesSubsection reports whether the concepts, whose terms (see
// plan.terms) are those given, name the section at path in document doc
// (see namedSubsection).
func (ix *Index) namesSubsection(concepts []concept, terms map[string]float64, doc string, path []string) bool {
	own := ix.headingTerms[path[len(path)-1]]
	context := slices.Clone(ix.titleTerms[doc])
	for _, h := range path[:len(path)-1] {
		context = append(context, ix.headingTerms[h]...)
	}
	for _, t := range own {
		if terms[t] == 0 && !slices.Contains(context, t) && !ix.lawNameTerm(t) {
			return false
		}
	}
	for i := range concepts {
		if !slices.ContainsFunc(concepts[i].alts, func(a alt) bool { return allInEither(a.terms, own, context) }) {
			return false
		}
	}
	return true
}

// lawNameTerm reports whether t is a term a law's name is asked without:
// its year, "Act", "Constitutional" ("102nd amendment" names "The 102nd
// Constitutional Amendment Act, 2018").
func (ix *Index) lawNameTerm(t string) bool {
	if isYearish(t) && len(t) == 4 {
		return true
	}
	for _, w := range lawNameWords {
		if a := ix.analyze(w); len(a) == 1 && a[0] == t {
			return true
		}
	}
	return false
}

// lawNameWords are the words of a law's name that say it is one.
var lawNameWords = []string{"act", "constitutional"}

// headingTermsOf returns, for each heading of c's outlines at any level,
// the terms of its words that name it: without remarks in brackets,
// question words ("WHO FIXES IT") or comparison words ("core vs buffer"),
// which a question's terms are without too.
func (ix *Index) headingTermsOf(c *corpus.Corpus) map[string][]string {
	out := map[string][]string{}
	for _, d := range c.Docs {
		for _, heading := range d.Outline {
			h := heading.Path[len(heading.Path)-1]
			if _, ok := out[h]; ok {
				continue
			}
			var own []string
			for _, w := range asked(words(corpus.HeadingKey(h)), "") {
				if !comparisonWords[w] {
					own = append(own, ix.analyze(w)...)
				}
			}
			out[h] = own
		}
	}
	return out
}

// allInEither reports whether every term is in a or b.
func allInEither(terms, a, b []string) bool {
	for _, t := range terms {
		if !slices.Contains(a, t) && !slices.Contains(b, t) {
			return false
		}
	}
	return len(terms) > 0
}

// headingPath is the headings of the section p is in: its section path
// without the number of its place there or of its piece.
func headingPath(p *corpus.Passage) []string {
	path := p.Section
	if p.Kind == corpus.KindFAQ || p.Kind == corpus.KindExamTip {
		return nil
	}
	if p.Piece > 0 && len(path) > 0 {
		path = path[:len(path)-1]
	}
	if p.Ordinal > 0 && len(path) > 0 {
		path = path[:len(path)-1]
	}
	return path
}

// saysWhatItIs reports whether heading h says what something is: "What is
// delimitation", "Meaning".
func saysWhatItIs(h string) bool {
	l := strings.ToLower(h)
	return strings.HasPrefix(l, "what is ") || strings.HasPrefix(l, "what are ") || corpus.HeadingKind(h) == corpus.KindDefinition
}
