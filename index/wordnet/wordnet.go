// Package wordnet answers questions about English words from a table
// generated from WordNet 3.0 (Princeton University; licence in LICENSE):
// whether a word is an English word (IsWord), its base forms (Lemmas), and
// the words related to it, each relation labelled with its kind (Related):
// spelling variants, synonyms, derivations, pertainyms, demonyms and the
// places a place lies in or contains.
//
// # The table
//
// wordnet.tbl is 2.6 MB (2,603,898 bytes): 151,205 words and phrases and
// 298,650 relations (177,796 synonym, 50,122 derivation, 28,838 part-of,
// 14,160 has-part, 13,206 pertainym, 6,360 spelling, 3,580 demonym), and
// 4,532 irregular forms ("went", "mice"). It is embedded in the binary and
// read in place: Embedded decodes a 12-byte header and checks the block
// offsets, so start-up allocates nothing but the Table (32 bytes), and a
// lookup decodes only the entries it reaches (a binary search over 9,451
// blocks, then at most 16 entries). The format is documented in table.go.
//
// cmd/wordnetgen writes the table from the files of Debian's wordnet-base;
// its doc has the rules that choose the relations. Regenerate with
//
//	go generate ./index/wordnet
//
// Building and testing need only the committed table.
//
// # Words
//
// Words are lower case; WordNet's multi-word lemmas are phrases with spaces
// ("south korea", "washington d.c."). A word that is not a lemma is looked up
// through its base forms: Related("listed") is what list's verb senses relate
// to.
package wordnet

import (
	_ "embed"
	"fmt"
	"strings"
	"sync"
)

//go:generate go run ../../cmd/wordnetgen -o wordnet.tbl

//go:embed wordnet.tbl
var embedded string

// Embedded returns the table built into the binary, opened on the first
// call. It panics if the embedded table is not a table, which the package's
// tests rule out.
func Embedded() *Table { return openEmbedded() }

var openEmbedded = sync.OnceValue(func() *Table {
	t, err := Open(embedded)
	if err != nil {
		panic(err)
	}
	return t
})

// POS is a set of parts of speech.
type POS uint8

// The parts of speech; adjective satellites are adjectives.
const (
	Noun POS = 1 << iota
	Verb
	Adj
	Adv

	allPOS = Noun | Verb | Adj | Adv
)

func (p POS) String() string {
	var parts []string
	for _, x := range []struct {
		pos  POS
		name string
	}{{Noun, "noun"}, {Verb, "verb"}, {Adj, "adj"}, {Adv, "adv"}} {
		if p&x.pos != 0 {
			parts = append(parts, x.name)
		}
	}
	if p&^allPOS != 0 || len(parts) == 0 {
		return fmt.Sprintf("POS(%#x)", uint8(p))
	}
	return strings.Join(parts, "|")
}

// Kind is how a related word relates to the word looked up.
type Kind uint8

// The kinds of relation, closest first. Every kind is symmetric except
// PartOf and HasPart, which are each other's reverse.
const (
	// Spelling: the same word spelled another way, British and American
	// ("standardise" ↔ "standardize", "colour" ↔ "color") or with a hyphen or
	// space ("e-mail" ↔ "email").
	Spelling Kind = iota + 1
	// Synonym: another lemma of one of the word's main senses, for which
	// that sense is a main sense too ("list" ↔ "listing").
	Synonym
	// Derivation: a derivationally related form ("competitive" ↔
	// "competitiveness", "standardize" ↔ "standard"); in two steps through
	// a word of the same family ("standardisation" → "standard").
	Derivation
	// Pertainym: an adjective and what it pertains to, an adverb and its
	// adjective ("economic" ↔ "economy"), other than places.
	Pertainym
	// Demonym: a place and the words for its people or things ("israel" ↔
	// "israeli", "kashmir" ↔ "kashmiri", "punjab" ↔ "punjabi"). Two
	// demonyms of one place ("french", "frenchman") are related only
	// through it.
	Demonym
	// PartOf: a place the word's place lies in ("seoul" → "south korea");
	// in two steps through a place between ("seoul" → "asia").
	PartOf
	// HasPart: a place that lies in the word's place ("south korea" →
	// "seoul").
	HasPart
)

func (k Kind) String() string {
	switch k {
	case Spelling:
		return "spelling"
	case Synonym:
		return "synonym"
	case Derivation:
		return "derivation"
	case Pertainym:
		return "pertainym"
	case Demonym:
		return "demonym"
	case PartOf:
		return "part-of"
	case HasPart:
		return "has-part"
	}
	return fmt.Sprintf("Kind(%d)", uint8(k))
}

// Relation is a word related to the one looked up.
type Relation struct {
	Word  string // lower case; phrases have spaces
	Kind  Kind
	POS   POS // the parts of speech of the looked-up word's senses it comes from
	Steps int // 1, or 2 for a chain through a word between (see Derivation, PartOf)
}

func (r Relation) String() string {
	s := fmt.Sprintf("%s %s (%s)", r.Kind, r.Word, r.POS)
	if r.Steps > 1 {
		s += fmt.Sprintf(" in %d steps", r.Steps)
	}
	return s
}

// Related returns the words related to the lower-case word w: the relations
// of each of its lemmas (see Lemmas) in the parts of speech it is that lemma
// in. Within a lemma they come in the table's order (kinds as the generator
// adds them, more frequent senses first); a word related in several ways
// appears once for each kind. Nil for a word WordNet does not know.
func (t *Table) Related(w string) []Relation {
	var out []Relation
	for _, l := range t.Lemmas(w) {
		e, ok := t.find(l.Word)
		if !ok {
			continue
		}
		t.relations(e, func(r rawRelation) bool {
			pos := r.pos & l.POS
			if r.code == codeBase || pos == 0 {
				return true
			}
			kind, steps := kindSteps(r.code)
			word := t.word(r.to)
			if word == w {
				return true
			}
			for i := range out {
				if out[i].Word == word && out[i].Kind == kind {
					out[i].POS |= pos
					out[i].Steps = min(out[i].Steps, steps)
					return true
				}
			}
			out = append(out, Relation{Word: word, Kind: kind, POS: pos, Steps: steps})
			return true
		})
	}
	return out
}
