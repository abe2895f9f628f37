package main

import (
	"regexp"
	"slices"
	"strings"

	"github.com/conceptbot/conceptbot/index/wordnet"
)

// minShare is how frequent a sense must be, against the lemma's most frequent
// sense in any part of speech, to be one of its main senses: a quarter.
const minShare = 4

// maxSynset is the most words a synset may have to make synonyms: larger
// ones are loose clusters of slang ("lot, deal, flock, heap, mass, mess,
// mint, pile, raft, slew, …", 27 words).
const maxSynset = 10

// maxSynonyms is the most synonyms a word gets, the most frequent senses'
// first.
const maxSynonyms = 12

// main reports whether sense s is one of word's main senses: tagged at least
// once and at least a quarter as often as the word's most tagged sense, or,
// for a word never tagged, its first sense in its part of speech.
func (d *dict) main(word string, s key) bool {
	ss := d.senses[word]
	top := 0
	for _, x := range ss {
		top = max(top, x.count)
	}
	for _, x := range ss {
		if x.syn == s {
			if top == 0 {
				return x.rank == 1
			}
			return x.count > 0 && x.count*minShare >= top
		}
	}
	return false
}

// related reports whether sense s of word is one to take derivations,
// pertainyms and demonyms from: one that place accepts, or the first sense in
// its part of speech ("israeli" the adjective is never tagged, the noun is).
func (d *dict) related(word string, s key) bool {
	for _, x := range d.senses[word] {
		if x.syn == s && x.rank == 1 {
			return true
		}
	}
	return d.place(word, s)
}

// place reports whether sense s of word is one to relate places by: a main
// sense, or any sense of a word never tagged (proper names mostly are not).
// It keeps "reading" from relating to England through Reading, the town.
func (d *dict) place(word string, s key) bool {
	for _, x := range d.senses[word] {
		if x.count > 0 {
			return d.main(word, s)
		}
	}
	return slices.ContainsFunc(d.senses[word], func(x sense) bool { return x.syn == s })
}

// build chooses the relations, as the command's doc describes, and writes
// them to b.
func build(d *dict, b *wordnet.Builder) error {
	for _, w := range d.lemmas {
		b.AddLemma(w, d.posOf(w))
	}
	for _, e := range d.exceptions {
		if slices.ContainsFunc(d.senses[e.base], func(s sense) bool { return s.syn.pos == e.pos }) {
			b.AddInflection(e.form, e.base, e.pos)
		}
	}
	r := relations{}
	for _, w := range d.lemmas {
		synonyms := 0
		for _, s := range d.senses[w] {
			syn := d.synsets[s.syn]
			for _, other := range syn.words {
				if other == w {
					continue
				}
				switch {
				case canon(other) == canon(w):
					r.add(w, other, wordnet.Spelling, s.syn.pos, 1)
				case synonyms < maxSynonyms && len(syn.words) <= maxSynset && d.main(w, s.syn) && d.main(other, s.syn):
					r.add(w, other, wordnet.Synonym, s.syn.pos, 1)
					synonyms++
				}
			}
		}
	}
	d.derivations(r)
	d.pertainyms(r)
	d.demonyms(r)
	d.parts(r)
	return r.write(b, d)
}

// relations collects relations in the order found, by word.
type relations map[string][]wordnet.Relation

func (r relations) add(from, to string, k wordnet.Kind, pos wordnet.POS, steps int) {
	if from == to {
		return
	}
	for i, x := range r[from] {
		if x.Word == to && x.Kind == k {
			r[from][i].POS |= pos
			r[from][i].Steps = min(x.Steps, steps)
			return
		}
	}
	r[from] = append(r[from], wordnet.Relation{Word: to, Kind: k, POS: pos, Steps: steps})
}

// write adds the relations to b, leaving out any to a word that is in a
// synset but not in the index (none in WordNet 3.0's own files).
func (r relations) write(b *wordnet.Builder, d *dict) error {
	words := make([]string, 0, len(r))
	for w := range r {
		words = append(words, w)
	}
	slices.Sort(words)
	for _, w := range words {
		rels := r[w]
		// Closest kinds first; within a kind, the order found (main senses
		// first, since senses are read in frequency order).
		slices.SortStableFunc(rels, func(a, b wordnet.Relation) int {
			if a.Kind != b.Kind {
				return int(a.Kind) - int(b.Kind)
			}
			return a.Steps - b.Steps
		})
		for _, x := range rels {
			if d.senses[w] == nil || d.senses[x.Word] == nil {
				continue
			}
			if err := b.AddRelation(w, x); err != nil {
				return err
			}
		}
	}
	return nil
}

// spellings are British and American spellings (and a hyphen or space
// dropped): two words of one synset that canon maps to the same string are
// one word spelled two ways.
var spellings = strings.NewReplacer(
	"isation", "ization", "ise", "ize", "yse", "yze", "our", "or", "tre", "ter",
	"ogue", "og", "ae", "e", "oe", "e", "ence", "ense", "ll", "l", "mme", "m",
	"grey", "gray", "-", "", " ", "",
)

func canon(w string) string { return spellings.Replace(w) }

// wordsOf returns the words a pointer from s reaches: all of the target's
// words for a synset pointer, the one it names for a word pointer.
func (d *dict) wordsOf(p pointer) []string {
	t := d.synsets[p.to]
	switch {
	case t == nil:
		return nil
	case p.dst == 0:
		return t.words
	case p.dst <= len(t.words):
		return t.words[p.dst-1 : p.dst]
	}
	return nil
}

// sources returns the words of s a pointer comes from.
func sources(s *synset, p pointer) []string {
	switch {
	case p.src == 0:
		return s.words
	case p.src <= len(s.words):
		return s.words[p.src-1 : p.src]
	}
	return nil
}

func (d *dict) derivations(r relations) {
	type form struct {
		word string
		pos  wordnet.POS // of the senses it comes from
		main bool        // from a sense related accepts
	}
	direct := map[string][]form{}
	add := func(from string, f form) {
		if from == f.word {
			return
		}
		for i, have := range direct[from] {
			if have.word == f.word {
				direct[from][i].pos |= f.pos
				direct[from][i].main = have.main || f.main
				return
			}
		}
		direct[from] = append(direct[from], f)
	}
	for _, w := range d.lemmas {
		for _, s := range d.senses[w] {
			syn := d.synsets[s.syn]
			for _, p := range syn.ptrs {
				if p.symbol != "+" || !slices.Contains(sources(syn, p), w) {
					continue
				}
				for _, to := range d.wordsOf(p) {
					add(w, form{to, s.syn.pos, d.related(w, s.syn)})
				}
			}
		}
	}
	// Spelling variants share their forms in the parts of speech they are
	// variants in: "standardisation" has no pointers of its own,
	// "standardization" has.
	variants := func(w string) []form {
		out := []form{{w, allPOS, true}}
		for _, x := range r[w] {
			if x.Kind == wordnet.Spelling {
				out = append(out, form{x.Word, x.POS, true})
			}
		}
		return out
	}
	family := func(w string) []form {
		var out []form
		for _, v := range variants(w) {
			for _, f := range direct[v.word] {
				pos := f.pos & v.pos
				if pos == 0 {
					continue
				}
				for _, tv := range variants(f.word) {
					if tv.word == w {
						continue
					}
					if i := slices.IndexFunc(out, func(o form) bool { return o.word == tv.word }); i >= 0 {
						out[i].pos |= pos
						out[i].main = out[i].main || f.main
					} else {
						out = append(out, form{tv.word, pos, f.main})
					}
				}
			}
		}
		return out
	}
	for _, w := range d.lemmas {
		one := family(w)
		for _, f := range one {
			r.add(w, f.word, wordnet.Derivation, f.pos, 1)
		}
		if strings.Contains(w, " ") {
			continue
		}
		near := func(x string) bool {
			return slices.ContainsFunc(one, func(o form) bool { return o.word == x }) ||
				slices.ContainsFunc(variants(w), func(v form) bool { return v.word == x })
		}
		for _, mid := range one {
			if !mid.main {
				continue
			}
			for _, f := range family(mid.word) {
				if f.main && !near(f.word) && !strings.Contains(f.word, " ") {
					r.add(w, f.word, wordnet.Derivation, mid.pos, 2)
				}
			}
		}
	}
}

const allPOS = wordnet.Noun | wordnet.Verb | wordnet.Adj | wordnet.Adv

// posOf is the parts of speech w is a lemma in.
func (d *dict) posOf(w string) wordnet.POS {
	var pos wordnet.POS
	for _, s := range d.senses[w] {
		pos |= s.syn.pos
	}
	return pos
}

// eachPointer calls fn for every pointer with the given symbol from a sense
// of a lemma, with the lemma's words it comes from.
func (d *dict) eachPointer(symbol string, fn func(from string, s *synset, p pointer)) {
	for _, k := range d.order {
		s := d.synsets[k]
		for _, p := range s.ptrs {
			if p.symbol != symbol {
				continue
			}
			for _, w := range sources(s, p) {
				fn(w, s, p)
			}
		}
	}
}

// isPlace reports whether k is a named place: an instance (@i) of a
// location (noun.location: Seoul, Kashmir) or of a natural object
// (noun.object: Asia, the Ganges). Locations that are not named ("city
// center", "bus stop", "atmosphere") are not places here.
func (d *dict) isPlace(k key) bool {
	s := d.synsets[k]
	if s == nil || k.pos != wordnet.Noun || (s.lexFile != lexLocation && s.lexFile != lexObject) {
		return false
	}
	return slices.ContainsFunc(s.ptrs, func(p pointer) bool { return p.symbol == "@i" })
}

func (d *dict) pertainyms(r relations) {
	d.eachPointer(`\`, func(from string, s *synset, p pointer) {
		if d.isPlace(p.to) || !d.related(from, s.key) {
			return // a place's are demonyms
		}
		for _, to := range d.wordsOf(p) {
			r.add(from, to, wordnet.Pertainym, s.pos, 1)
			r.add(to, from, wordnet.Pertainym, p.to.pos, 1)
		}
	})
}

// inhabitant matches the gloss of a person noun for a place's people: "a
// native or inhabitant of Israel", "a member of the majority people of
// Punjab in northwestern India". The place is the capitalised words after
// the last "of" that begin a place's name.
var inhabitant = regexp.MustCompile(`^an? (?:(?:native|inhabitant|member|citizen|resident)s?\b)[^;"]*?\bof (?:the )?((?:[A-Z][\w'.-]*)(?: [A-Z][\w'.-]*)*)`)

func (d *dict) demonyms(r relations) {
	link := func(from string, pos wordnet.POS, s key, place key) {
		if !d.related(from, s) {
			return
		}
		for _, to := range d.synsets[place].words {
			if d.place(to, place) {
				r.add(from, to, wordnet.Demonym, pos, 1)
				r.add(to, from, wordnet.Demonym, wordnet.Noun, 1)
			}
		}
	}
	d.eachPointer(`\`, func(from string, s *synset, p pointer) {
		if d.isPlace(p.to) {
			link(from, s.pos, s.key, p.to)
		}
	})
	d.eachPointer("#m", func(from string, s *synset, p pointer) {
		if s.pos == wordnet.Noun && s.lexFile == lexPerson && d.isPlace(p.to) {
			link(from, s.pos, s.key, p.to)
		}
	})
	// Places by name, for glosses.
	placeNamed := map[string]key{}
	for _, w := range d.lemmas {
		for _, s := range d.senses[w] {
			if _, ok := placeNamed[w]; !ok && d.isPlace(s.syn) && d.place(w, s.syn) {
				placeNamed[w] = s.syn
			}
		}
	}
	for _, k := range d.order {
		s := d.synsets[k]
		if s.pos != wordnet.Noun || s.lexFile != lexPerson {
			continue
		}
		m := inhabitant.FindStringSubmatch(s.gloss)
		if m == nil {
			continue
		}
		if place, ok := placeNamed[strings.ToLower(m[1])]; ok {
			for _, w := range s.words {
				link(w, wordnet.Noun, s.key, place)
			}
		}
	}
}

func (d *dict) parts(r relations) {
	holonyms := func(k key) []key {
		var out []key
		for _, p := range d.synsets[k].ptrs {
			if p.symbol == "#p" && d.isPlace(p.to) {
				out = append(out, p.to)
			}
		}
		return out
	}
	for _, w := range d.lemmas {
		for _, s := range d.senses[w] {
			if !d.isPlace(s.syn) || !d.place(w, s.syn) {
				continue
			}
			for _, h := range holonyms(s.syn) {
				for _, to := range d.synsets[h].words {
					if d.place(to, h) {
						r.add(w, to, wordnet.PartOf, wordnet.Noun, 1)
						r.add(to, w, wordnet.HasPart, wordnet.Noun, 1)
					}
				}
				for _, h2 := range holonyms(h) {
					for _, to := range d.synsets[h2].words {
						if d.place(to, h2) {
							r.add(w, to, wordnet.PartOf, wordnet.Noun, 2)
						}
					}
				}
			}
		}
	}
}
