package index

import (
	"regexp"
	"strconv"
	"strings"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/conceptbot/conceptbot/corpus"
)

// Numbered sections. Notes that number their headings ("4. Payloads") are
// read by number: "aditya l1 notes section 4" asks for the section numbered
// 4, when the question names nothing else. Not when notes found for the
// question write "Section 4" themselves: then it is a section of a law
// ("Section 4(a)" of AFSPA), found by its words.

// numberedRE finds the number of a section a question asks for.
var numberedRE = regexp.MustCompile(`\b(?:section|part|chapter|unit|topic)\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,2})\b`)

// numberedWords say "a section of the notes" around its number.
var numberedWords = map[string]bool{"section": true, "part": true, "chapter": true, "unit": true, "topic": true,
	"notes": true, "note": true, "no": true, "number": true}

// numberedPart makes p a look-up of the top-level section numbered p.part,
// in the document p names, or else in the only document with a section of
// that number, when the question names nothing but the section and its
// document, and no passage found for it (hits) writes "section <p.part>".
// It reports whether it did.
func (ix *Index) numberedPart(p *plan, hits []*search.DocumentMatch) bool {
	var doc *corpus.Document
	heading := ""
	for _, d := range ix.corpus.Docs {
		if p.named != "" && d.ID != p.named {
			continue
		}
		for _, h := range d.Outline {
			if len(h.Path) == 1 && h.Number == p.part {
				if doc != nil {
					return false // several documents have one
				}
				doc, heading = d, h.Path[0]
			}
		}
	}
	if doc == nil {
		return false
	}
	number := strconv.Itoa(p.part)
	var title []concept
	for i := range p.concepts {
		c := &p.concepts[i]
		if ix.namesTitle(c, doc.ID) {
			title = append(title, *c)
			continue
		}
		for _, w := range strings.Fields(c.word) {
			if !numberedWords[w] && w != number {
				return false
			}
		}
	}
	// Where "Section 4" written would make it a law's: the document the
	// question names, even by a word of its title, or any.
	scope := p.named
	if len(title) > 0 {
		scope = doc.ID
	}
	written := regexp.MustCompile(`(?i)\bsection\s+` + number + `\b`)
	for _, h := range hits {
		pos, ok := ix.order[h.ID]
		if !ok {
			continue
		}
		if ps := ix.corpus.Passages()[pos]; (scope == "" || ps.DocID == scope) && written.MatchString(ps.Text) {
			return false
		}
	}
	if p.named == "" {
		p.named, p.namedShare = doc.ID, ix.titleShare(p.terms(), doc.ID).share
	}
	// The words that ask for the section are not looked for in its text.
	p.concepts = title
	p.section = &sectionIntent{heading: heading, kind: corpus.KindSection, only: true}
	return true
}
