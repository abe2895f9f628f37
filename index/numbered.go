package index

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/blevesearch/bleve/v2/search"

	"github.com/conceptbot/conceptbot/corpus"
)

// Numbered sections. Notes that number their headings ("4. Payloads") are
// read by number: "aditya l1 notes section 4" asks for the section numbered
// 4, when the question names nothing else. Not when notes found for the
// question write "Section 4" themselves: then it is a section of a law
// ("Section 4(a)" of AFSPA), found by its words. "section 9" of notes
// numbered 1 to 8 says so.

// numberedRE finds the number of a section a question asks for: "section
// 4", "section iv", "chapter no. 4", "4th part", "fourth unit", "heading 8" ("section four" is written
// "section 4" by then: see partNumbers).
var numberedRE = regexp.MustCompile(`\b(?:(` + numberedNouns + `)\s*(?:no\.?\s*|number\s*|#\s*)?(\d{1,2}|[ivx]{1,5})|(\d{1,2})(?:st|nd|rd|th)\s+(` + numberedNouns + `)|(first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth)\s+(` + numberedNouns + `))\b`)

// numberedNouns are the words that number a section of the notes.
const numberedNouns = "section|part|chapter|unit|topic|heading"

// sectionNumber returns the number of the section q asks for, or 0, and
// the word it is asked by ("section", "part", …).
func sectionNumber(q string) (int, string) {
	if !containsAny(q, numberedKeys) && !wordIn(q, "part") {
		return 0, "" // most questions: no regular expression to run
	}
	m := numberedRE.FindStringSubmatch(q)
	if m == nil {
		return 0, ""
	}
	n, word := m[2]+m[3], m[1]+m[4]+m[6]
	if m[5] != "" {
		n = strings.TrimRight(numberForms[m[5]], "stndrh")
	}
	return corpus.NumberValue(n), word
}

// isNumbered reports whether w writes the number n: "4", "04", "4th",
// "fourth", "iv".
func isNumbered(w string, n int) bool {
	if f := numberForms[w]; hasDigit(f) {
		w = f // "fourth": "4th"
	}
	return corpus.NumberValue(w) == n || corpus.NumberValue(strings.TrimRight(w, "stndrh")) == n // "iv", "4th"
}

// numberedKeys are numberedNouns but "part", which "partnership" has.
var numberedKeys = slices.DeleteFunc(strings.Split(numberedNouns, "|"), func(w string) bool { return w == "part" })

// writtenSectionRE finds "Section 4", "Sec 7" or "Part IX" in the notes'
// text, the number apart from the word ("six" is no "s ix").
var writtenSectionRE = regexp.MustCompile(`(?i)\b(section|sec|s|part|pt|chapter|ch)(?:\.\s*|\s+)(\d+|[ivx]+)\b`)

// writtenWords are the words notes abbreviate for sections, parts and
// chapters ("Sec 7", "S. 4", "Pt IX").
var writtenWords = map[string]string{"sec": "section", "s": "section", "pt": "part", "ch": "chapter"}

// writesSection reports whether text writes word and the number n, in
// figures or Roman numerals: "Section 4" of a law for "section 4", "Part
// IX" of the Constitution for "part 9" or "part ix".
func writesSection(text, word string, n int) bool {
	for _, m := range writtenSectionRE.FindAllStringSubmatch(text, -1) {
		written := strings.ToLower(m[1])
		if full, ok := writtenWords[written]; ok {
			written = full
		}
		if written != word {
			continue
		}
		if corpus.NumberValue(m[2]) == n {
			return true
		}
	}
	return false
}

// wordIn reports whether w stands in q as a word of its own ("part", not
// "partnership").
func wordIn(q, w string) bool {
	return occurs(q, w, func(at int) bool {
		end := at + len(w)
		return (at == 0 || !isASCIIWordByte(q[at-1])) && (end == len(q) || !isASCIIWordByte(q[end]))
	})
}

// numberedWords say "a section of the notes" around its number.
var numberedWords = setOf(strings.ReplaceAll(numberedNouns, "|", " ") + " notes note no number")

// numberedPart makes p a look-up of the top-level section numbered p.part
// when the question names nothing but the section and its document, and
// no passage found for it (hits) writes the number as the question asks for
// it ("Section 4", "Part IX"). The document is
// the one p names, or else the only one with a section of that number. It
// reports whether it did. When that document, or the only one that numbers
// its sections, has no section of the number, p.numberedIn says which.
func (ix *Index) numberedPart(p *plan, hits []*search.DocumentMatch) bool {
	asksNumber := func(c *concept) bool { // "section", "4", "notes", "under"
		return !slices.ContainsFunc(strings.Fields(c.word), func(w string) bool { return !numberedWords[w] && !partLinks[w] && !isNumbered(w, p.part) })
	}
	named := p.named
	if named == "" { // "lokpal section 3": the one title with the question's other words
		named = ix.onlyTitleWithAll(*p, asksNumber)
	}
	doc, heading := ix.numberedSection(named, p.part)
	if doc == nil {
		return false
	}
	var title []concept
	for i := range p.concepts {
		c := &p.concepts[i]
		if ix.namesTitle(c, doc.ID) {
			title = append(title, *c)
			continue
		}
		if !asksNumber(c) {
			return false
		}
	}
	// Where "Section 4" written would make it a law's: the document the
	// question names, even by a word of its title, or any.
	scope := p.named
	if len(title) > 0 {
		scope = doc.ID
	}
	for _, h := range hits {
		pos, ok := ix.order[h.ID]
		if !ok {
			continue
		}
		ps := ix.corpus.Passages()[pos]
		if scope != "" && ps.DocID != scope {
			continue
		}
		if writesSection(ps.Text, p.partWord, p.part) || slices.ContainsFunc(ps.Section, func(h string) bool { return writesSection(h, p.partWord, p.part) }) {
			return false // a law's section, in its text or its heading ("Terrorist act (Section 15)")
		}
	}
	if p.named == "" {
		p.named, p.namedShare = doc.ID, ix.titleShare(p.terms(), doc.ID).share
	}
	if heading == "" {
		p.numberedIn = doc
		return false
	}
	// The words that ask for the section are not looked for in its text.
	p.setConcepts(title)
	p.section = &sectionIntent{heading: heading, kind: corpus.KindSection, only: true}
	return true
}

// numberedSection finds the top-level section numbered n of the document
// named, or else of the only document with one: the document and the
// section's heading. With none, it returns the document named if it numbers
// its sections, or else the only document that does, and "".
func (ix *Index) numberedSection(named string, n int) (*corpus.Document, string) {
	var found, numbered *corpus.Document
	heading, numberings := "", 0
	for _, d := range ix.corpus.Docs {
		if named != "" && d.ID != named {
			continue
		}
		if highestNumber(d) > 0 {
			numbered = d
			numberings++
		}
		for _, h := range d.Outline {
			if len(h.Path) == 1 && h.Number == n {
				if found != nil {
					return nil, "" // several documents have one
				}
				found, heading = d, h.Path[0]
			}
		}
	}
	switch {
	case found != nil:
		return found, heading
	case numberings == 1:
		return numbered, ""
	case numberings == 0 && (named != "" || len(ix.corpus.Docs) == 1):
		// Notes that do not number their headings: the nth, in order.
		d := ix.corpus.Docs[max(0, slices.IndexFunc(ix.corpus.Docs, func(d *corpus.Document) bool { return d.ID == named }))]
		if tops := topHeadings(d); n <= len(tops) {
			return d, tops[n-1]
		}
		return d, ""
	}
	return nil, ""
}

// topHeadings are the top-level headings of d, in order.
func topHeadings(d *corpus.Document) []string {
	var out []string
	for _, h := range d.Outline {
		if len(h.Path) == 1 {
			out = append(out, h.Path[0])
		}
	}
	return out
}

// highestNumber is the highest number d gives a top-level section, 0 for
// none.
func highestNumber(d *corpus.Document) int {
	most := 0
	for _, h := range d.Outline {
		most = max(most, h.Number)
	}
	return most
}

// missingNumber says that p asks for a section its notes do not number so.
func missingNumber(p plan) string {
	if p.numberedIn == nil {
		return ""
	}
	if most := highestNumber(p.numberedIn); most > 0 {
		return fmt.Sprintf("There is no section %d in %s: its sections are numbered 1 to %d.", p.part, p.numberedIn.Title, most)
	}
	return fmt.Sprintf("There is no section %d in %s: it has %d sections.", p.part, p.numberedIn.Title, len(topHeadings(p.numberedIn)))
}

// subPartRE finds the number of a subsection a question may ask for:
// "section 2.3", "2.3".
var subPartRE = regexp.MustCompile(`(?:^|\s)(\d{1,2}(?:\.\d{1,2})+)(?:\s|$)`)

// numberedSubsection makes p a look-up of the subsection numbered p.subPart
// ("2.3 Effects on Centre-State relations") when the question names
// nothing but it and its document, and the document is the one p names (or
// the only title with the question's other words), or else the only one
// with a subsection of that number. It reports whether
// it did.
func (ix *Index) numberedSubsection(p *plan) bool {
	named := p.named
	if named == "" {
		// "section 4.2 of my maurya notes": of several, the notes the
		// question's other words name.
		named = ix.onlyTitleWithAll(*p, func(c *concept) bool { return isNumber(c.word) || numberedWords[c.word] || notesWords[c.word] })
	}
	var doc *corpus.Document
	var path []string
	for _, d := range ix.corpus.Docs {
		if named != "" && d.ID != named {
			continue
		}
		for _, h := range d.Outline {
			if h.Numbering == p.subPart {
				if doc != nil {
					return false // several documents have one
				}
				doc, path = d, h.Path
			}
		}
	}
	if doc == nil {
		return false
	}
	if p.named == "" {
		p.named, p.namedShare = doc.ID, ix.titleShare(p.terms(), doc.ID).share
	}
	si := &sectionIntent{heading: path[0], kind: corpus.KindSection}
	if len(path) > 1 {
		si.sub = path[len(path)-1]
	}
	p.section, p.part = si, 0
	numbers := strings.Split(p.subPart, ".")
	var rest []concept // the question's words but the subsection's number
	asks := false
	for i := range p.concepts {
		c := &p.concepts[i]
		if numberedWords[c.word] || writtenWords[c.word] != "" || c.word == p.subPart || slices.Contains(numbers, c.word) {
			continue
		}
		rest = append(rest, *c)
		asks = asks || !c.common && !ix.namesTitle(c, doc.ID)
	}
	if asks {
		p.setConcepts(rest) // "what does section 2.7 say about its performance": the words, in it
		return false
	}
	si.only = true
	p.setConcepts(nil)
	return true
}
