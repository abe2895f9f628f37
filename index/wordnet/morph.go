package wordnet

import "strings"

// detachment is one of morphy's suffix rules: a word ending in suffix may be
// an inflection of the word ending in ending instead.
type detachment struct {
	pos            POS
	suffix, ending string
}

// detachments are WordNet's morphy rules (morph.c), in its order.
var detachments = [...]detachment{
	{Noun, "s", ""}, {Noun, "ses", "s"}, {Noun, "xes", "x"}, {Noun, "zes", "z"},
	{Noun, "ches", "ch"}, {Noun, "shes", "sh"}, {Noun, "men", "man"}, {Noun, "ies", "y"},
	{Verb, "s", ""}, {Verb, "ies", "y"}, {Verb, "es", "e"}, {Verb, "es", ""},
	{Verb, "ed", "e"}, {Verb, "ed", ""}, {Verb, "ing", "e"}, {Verb, "ing", ""},
	{Adj, "er", ""}, {Adj, "est", ""}, {Adj, "er", "e"}, {Adj, "est", "e"},
}

// Lemma is a base form of a word and the parts of speech it is one in.
type Lemma struct {
	Word string
	POS  POS
}

// Lemmas returns the base forms of the lower-case word w, as WordNet's morphy
// finds them for each part of speech: w itself where it is a lemma, the
// lemmas an exception list gives for an irregular form ("went" → "go",
// "mice" → "mouse"), otherwise the lemmas that detaching a regular ending
// gives ("lists" → "list", "standardised" → "standardise", "greener" →
// "green"). A part of speech with an exception-list entry for w is not tried
// with the rules. Nouns ending in "ss" and words of two letters or fewer are
// not detached as nouns (morph.c). The result is in the order found, one
// Lemma per word; nil when w is not an English word WordNet knows.
func (t *Table) Lemmas(w string) []Lemma {
	var out []Lemma
	t.eachLemma(w, func(stem, ending string, pos POS) bool {
		word := w
		if stem != w || ending != "" {
			word = stem + ending
		}
		for i := range out {
			if out[i].Word == word {
				out[i].POS |= pos
				return true
			}
		}
		out = append(out, Lemma{Word: word, POS: pos})
		return true
	})
	return out
}

// IsWord reports whether the lower-case word w is an English word WordNet
// knows: a lemma (including phrases such as "south korea") or an inflected
// form of one (see Lemmas). WordNet has no function words ("the", "of",
// "which"): combine it with a stop list.
func (t *Table) IsWord(w string) bool {
	found := false
	t.eachLemma(w, func(string, string, POS) bool {
		found = true
		return false
	})
	return found
}

// eachLemma calls yield with each lemma of w (as stem+ending, so that a rule's
// candidate is not built unless it is one) and the parts of speech it is that
// lemma in, until yield returns false.
func (t *Table) eachLemma(w string, yield func(stem, ending string, pos POS) bool) {
	var excepted POS
	if self, ok := t.find(w); ok {
		if self.pos != 0 && !yield(w, "", self.pos) {
			return
		}
		more := true
		t.relations(self, func(r rawRelation) bool {
			if r.code != codeBase {
				return true
			}
			excepted |= r.pos
			base := t.word(r.to)
			if be, ok := t.find(base); ok && be.pos&r.pos != 0 {
				more = yield(base, "", be.pos&r.pos)
			}
			return more
		})
		if !more {
			return
		}
	}
	// Each candidate is looked up once, for all the parts of speech whose
	// rules give it ("lists": list as a noun and as a verb).
	type candidate struct {
		stem, ending string
		pos          POS
	}
	var arr [len(detachments)]candidate
	cands := arr[:0]
	for _, d := range detachments {
		if excepted&d.pos != 0 || !strings.HasSuffix(w, d.suffix) || len(w) == len(d.suffix) {
			continue
		}
		if d.pos == Noun && (strings.HasSuffix(w, "ss") || len(w) <= 2) {
			continue
		}
		stem := w[:len(w)-len(d.suffix)]
		merged := false
		for i := range cands {
			if cands[i].stem == stem && cands[i].ending == d.ending {
				cands[i].pos |= d.pos
				merged = true
			}
		}
		if !merged {
			cands = append(cands, candidate{stem, d.ending, d.pos})
		}
	}
	for _, c := range cands {
		if e, ok := t.find2(c.stem, c.ending); ok && e.pos&c.pos != 0 {
			if !yield(c.stem, c.ending, e.pos&c.pos) {
				return
			}
		}
	}
}

// Inflections returns the irregular forms the exception lists give the
// lemma w ("begin": "began" and "begun" as a verb; "child": "children" as
// a noun), each with the parts of speech it is that form in; nil for none.
// The first call reads the whole table.
func (t *Table) Inflections(w string) []Lemma {
	if t == nil {
		return nil
	}
	return t.forms()[w]
}

// gatherForms maps each lemma to its irregular forms.
func (t *Table) gatherForms() map[string][]Lemma {
	forms := map[string][]Lemma{}
	for b := range t.nblocks {
		c := cursor{data: t.data, p: t.blockOffset(b)}
		var buf []byte
		for i := b * blockSize; i < t.nwords && i < (b+1)*blockSize; i++ {
			var e entry
			if buf, e = c.next(buf); c.bad {
				return forms
			}
			t.relations(e, func(r rawRelation) bool {
				if r.code == codeBase {
					base := t.word(r.to)
					forms[base] = append(forms[base], Lemma{Word: string(e.word), POS: r.pos})
				}
				return true
			})
		}
	}
	return forms
}
