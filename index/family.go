package index

import (
	"maps"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"github.com/conceptbot/conceptbot/corpus"
)

// Families of sections. Notes head some of their sections by one noun and
// a number: a question's page "Answer 1, accepted, by …" and "Answer 2,
// by …", a course's notes "Lecture 3: The Guptas", a plan "Phase 2". A
// question names one by its place: "the second answer", "lecture 3",
// "the last phase".

// family is the top-level sections of one document headed by one noun and
// a number.
type family struct {
	noun  string         // lower case, singular: "answer"
	heads map[int]string // number → heading
	most  int            // the highest number
}

// familyHeadRE matches a heading that starts with a noun and a number,
// maybe after the name of their series: "Answer 2, by …", "Lecture 3: …",
// "Day 4 - …", "RTI Week, Day 3: Filing an application".
var familyHeadRE = regexp.MustCompile(`^(?:[^,:]{1,40}[,:]\s+)?(\p{L}+)\s+(\d{1,2})(?:[\s,.:;)]|$)`)

// familiesOf returns the families of c's documents: two sections or more
// headed by one noun, each by a number of its own. A noun that heads
// families in two documents names neither, nor do the words by which
// students number any section ("section 4": see numberedPart).
func familiesOf(c *corpus.Corpus) []family {
	var out []family
	docs := map[string]int{} // noun → documents with a family of it
	for _, d := range c.Docs {
		of := map[string]*family{}
		twice := map[string]bool{}
		for _, h := range d.Outline {
			m := familyHeadRE.FindStringSubmatch(h.Path[0])
			if len(h.Path) != 1 || m == nil {
				continue
			}
			noun := singular(strings.ToLower(m[1]))
			n, _ := strconv.Atoi(m[2])
			f := of[noun]
			if f == nil {
				f = &family{noun: noun, heads: map[int]string{}}
				of[noun] = f
			}
			if _, ok := f.heads[n]; ok {
				twice[noun] = true
			}
			f.heads[n], f.most = h.Path[0], max(f.most, n)
		}
		for _, noun := range slices.Sorted(maps.Keys(of)) {
			if f := of[noun]; len(f.heads) >= 2 && !twice[noun] && !numberedWords[noun] {
				out = append(out, *f)
				docs[noun]++
			}
		}
	}
	return slices.DeleteFunc(out, func(f family) bool { return docs[f.noun] > 1 })
}

// familyNamed returns the section of a family that words ws name by its
// place ("second answer", "2nd answer", "answer 2", "last answer"), and the
// two words that name it; nil for none.
func (ix *Index) familyNamed(ws []string) (*sectionIntent, [2]int) {
	for _, f := range ix.families {
		for i, w := range ws {
			if w != f.noun && singular(w) != f.noun {
				continue
			}
			n, at := 0, [2]int{i - 1, i}
			switch {
			case i > 0 && lastWords[ws[i-1]]:
				n = f.most
			case i > 0 && ordinalValue(ws[i-1]) > 0:
				n = ordinalValue(ws[i-1])
			case i+1 < len(ws) && isNumber(ws[i+1]):
				n, _ = strconv.Atoi(ws[i+1])
				at = [2]int{i, i + 1}
			}
			if h, ok := f.heads[n]; ok {
				return &sectionIntent{heading: h, kind: corpus.KindSection, placed: true}, at
			}
		}
	}
	return nil, [2]int{}
}

// heldPart is a section below the top level: its top-level section's
// heading and its own.
type heldPart struct{ top, heading string }

// writtenPartHeadRE matches a heading that writes a part's number as its
// name: "Part 1: Structure top to bottom", "Step 4 - the draw".
var writtenPartHeadRE = regexp.MustCompile(`^(\p{L}+)\s+(\d{1,3})\s*[:.)\-–—]`)

// writtenPartsOf returns, for each noun and number ("part 1"), the sections
// below the top level of c's documents that write them as their name's
// start: a chat's "*Part 1: Structure top to bottom*" under its day.
func writtenPartsOf(c *corpus.Corpus) map[string][]heldPart {
	out := map[string][]heldPart{}
	for _, d := range c.Docs {
		for _, h := range d.Outline {
			name := h.Path[len(h.Path)-1]
			if m := writtenPartHeadRE.FindStringSubmatch(name); m != nil && len(h.Path) > 1 {
				n, _ := strconv.Atoi(m[2])
				key := strings.ToLower(m[1]) + " " + strconv.Itoa(n)
				out[key] = append(out[key], heldPart{h.Path[0], name})
			}
		}
	}
	return out
}

// writtenPart returns the section below the top level that writes word
// and n as its name's start ("part 7" of "Part 7: In news – Montha"), the
// only one of the notes that does, with the number of the entry of it the
// ordinals ask for ("second point"), 0 for none; nil when no one section
// is so headed.
func (ix *Index) writtenPart(word string, n int, ordinals []numbered) *sectionIntent {
	held := ix.writtenParts[word+" "+strconv.Itoa(n)]
	if len(held) != 1 {
		return nil
	}
	entry := 0
	for _, o := range ordinals {
		if o.after && slices.ContainsFunc(o.words, entryWord) || !o.after && len(o.words) > 0 && entryWord(o.beside()) {
			entry = o.n // "second point of part 7", "point 3 of part 1"
			break
		}
	}
	return &sectionIntent{heading: held[0].top, kind: corpus.KindSection, sub: held[0].heading, ordinal: entry}
}
