package wordnet

import (
	"slices"
	"testing"
)

func TestIsWord(t *testing.T) {
	tests := []struct {
		name string
		word string
		want bool
	}{
		{"lemma", "list", true},
		{"lemma of several parts of speech", "last", true},
		{"everyday noun", "water", true},
		{"adjective", "green", true},
		{"place", "seoul", true},
		{"demonym", "israeli", true},
		{"phrase", "south korea", true},
		{"plural", "lists", true},
		{"plural -es", "taxes", true},
		{"plural -ies", "policies", true},
		{"plural -men", "congressmen", true},
		{"past -ed", "listed", true},
		{"past -ed after e", "standardised", true},
		{"gerund -ing", "costing", true},
		{"gerund -ing after e", "standardizing", true},
		{"comparative", "greener", true},
		{"superlative", "greenest", true},
		{"irregular past", "went", true},
		{"irregular plural", "mice", true},
		{"irregular comparative", "better", true},
		{"doubled consonant", "stopped", true},
		{"typo", "memebrs", false},
		{"typo of technology", "tecnology", false},
		{"typo of challenges", "chalenges", false},
		{"nonsense", "xqzzv", false},
		{"function word", "the", false},
		{"empty", "", false},
		{"upper case", "Seoul", false},
		{"rule on a non-word", "memebrsing", false},
		{"noun rule needs a noun", "greens", true},
		{"-ss is not a plural", "glas", false},
	}
	wn := Embedded()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if got := wn.IsWord(tt.word); got != tt.want {
				t.Errorf("IsWord(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestLemmas(t *testing.T) {
	tests := []struct {
		word string
		want []Lemma
	}{
		{"list", []Lemma{{"list", Noun | Verb}}},
		{"lists", []Lemma{{"list", Noun | Verb}}},
		{"listing", []Lemma{{"listing", Noun}, {"list", Verb}}},
		{"went", []Lemma{{"go", Verb}}},
		{"mice", []Lemma{{"mouse", Noun}}},
		// The noun's exception list gives ax and axis, the verb's rules ax and axe.
		{"axes", []Lemma{{"ax", Noun | Verb}, {"axis", Noun}, {"axe", Verb}}},
		{"greener", []Lemma{{"green", Adj}}},
		{"standardised", []Lemma{{"standardised", Adj}, {"standardise", Verb}}},
		{"israelis", []Lemma{{"israeli", Noun}}},
		{"glasses", []Lemma{{"glasses", Noun}, {"glass", Noun | Verb}}},
		{"memebrs", nil},
	}
	wn := Embedded()
	for _, tt := range tests {
		t.Run(tt.word, func(t *testing.T) {
			if got := wn.Lemmas(tt.word); !slices.Equal(got, tt.want) {
				t.Errorf("Lemmas(%q) = %v, want %v", tt.word, got, tt.want)
			}
		})
	}
}

func TestInflections(t *testing.T) {
	wn := Embedded()
	for word, want := range map[string][]Lemma{
		"begin": {{"began", Verb}, {"beginning", Verb}, {"begun", Verb}},
		"pay":   {{"paid", Verb}},
		"child": {{"children", Noun}},
		"list":  nil, // regular
		"went":  nil, // a form, not a lemma
	} {
		if got := wn.Inflections(word); !slices.Equal(got, want) {
			t.Errorf("Inflections(%q) = %v, want %v", word, got, want)
		}
	}
}

// rel is a relation a test expects, or expects to be missing; Steps 0 means
// any.
type rel struct {
	word  string
	kind  Kind
	steps int
}

func has(rs []Relation, want rel) bool {
	return slices.ContainsFunc(rs, func(r Relation) bool {
		return r.Word == want.word && r.Kind == want.kind && (want.steps == 0 || r.Steps == want.steps)
	})
}

func TestRelated(t *testing.T) {
	tests := []struct {
		name    string
		word    string
		want    []rel
		notWant []rel
	}{
		{"demonym from pertainym and member-of", "israeli", []rel{{"israel", Demonym, 1}}, nil},
		{"place to demonym", "israel", []rel{{"israeli", Demonym, 1}}, nil},
		{"demonym from pertainym", "kashmiri", []rel{{"kashmir", Demonym, 1}}, nil},
		{"demonym from gloss", "punjabi", []rel{{"punjab", Demonym, 1}}, nil},
		{"demonym of a phrase", "american", []rel{{"united states", Demonym, 1}, {"america", Demonym, 1}}, []rel{{"congressman", Demonym, 0}}},
		{"inflected demonym", "israelis", []rel{{"israel", Demonym, 1}}, nil},
		{"capital in country", "seoul", []rel{{"south korea", PartOf, 1}, {"asia", PartOf, 2}}, nil},
		{"country has capital", "south korea", []rel{{"seoul", HasPart, 1}, {"asia", PartOf, 1}}, nil},
		{"capital in district in country", "washington", []rel{{"district of columbia", PartOf, 1}, {"united states", PartOf, 2}, {"usa", PartOf, 2}}, nil},
		{"state in country", "kashmir", []rel{{"india", PartOf, 1}}, nil},
		{"country has states", "india", []rel{{"punjab", HasPart, 1}, {"kashmir", HasPart, 1}}, nil},
		{"a town's name is not the common word", "reading", nil, []rel{{"england", PartOf, 0}}},
		{"a city's name is not the adjective", "nice", nil, []rel{{"france", PartOf, 0}}},
		{"unnamed locations are not places", "downtown", nil, []rel{{"city", PartOf, 0}}},
		{"british to american", "standardisation", []rel{{"standardization", Spelling, 1}, {"standardize", Derivation, 1}, {"standardise", Derivation, 1}, {"standard", Derivation, 2}}, nil},
		{"american to british", "standardize", []rel{{"standardise", Spelling, 1}, {"standard", Derivation, 1}, {"standardization", Derivation, 1}}, nil},
		{"inflected verb", "standardised", []rel{{"standardize", Spelling, 1}, {"standardisation", Derivation, 1}}, nil},
		{"colour", "colour", []rel{{"color", Spelling, 1}}, nil},
		{"adjective to noun", "competitive", []rel{{"competitiveness", Derivation, 1}, {"compete", Derivation, 1}, {"competition", Derivation, 2}}, nil},
		{"noun to adjective", "competitiveness", []rel{{"competitive", Derivation, 1}}, nil},
		{"diplomacy", "diplomacy", []rel{{"diplomatic", Derivation, 1}, {"diplomat", Derivation, 2}}, nil},
		{"main sense synonym", "list", []rel{{"listing", Synonym, 1}}, []rel{{"tilt", Synonym, 0}, {"lean", Synonym, 0}, {"name", Synonym, 0}, {"last", Synonym, 0}}},
		{"synonym of a phrase", "water", []rel{{"h2o", Synonym, 1}}, nil},
		{"no second-step derivation through a rare sense", "standard", []rel{{"standardize", Derivation, 1}}, []rel{{"stance", Derivation, 0}}},
		{"pertainym", "economic", []rel{{"economy", Pertainym, 1}}, nil},
		{"unknown word", "memebrs", nil, []rel{{"members", Synonym, 0}}},
	}
	wn := Embedded()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			got := wn.Related(tt.word)
			for _, w := range tt.want {
				if !has(got, w) {
					t.Errorf("Related(%q) = %v, want %s %s in %d steps among them", tt.word, got, w.kind, w.word, w.steps)
				}
			}
			for _, w := range tt.notWant {
				if has(got, w) {
					t.Errorf("Related(%q) = %v, want no %s %s", tt.word, got, w.kind, w.word)
				}
			}
		})
	}
}

func TestRelatedPartOfSpeech(t *testing.T) {
	wn := Embedded()
	// "listed" is only the verb: the noun's synonym "listing" does not
	// come with it, the verb's derivation "lister" does.
	got := wn.Related("listed")
	if has(got, rel{"listing", Synonym, 0}) || !has(got, rel{"lister", Derivation, 1}) {
		t.Errorf("Related(listed) = %v, want lister and not the noun's synonym listing", got)
	}
	for _, r := range got {
		if r.POS != Verb {
			t.Errorf("Related(listed) has %v, want only verb senses", r)
		}
	}
}
