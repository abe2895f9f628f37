package wordnet

import (
	"fmt"
	"maps"
	"runtime"
	"slices"
	"strings"
	"testing"
)

// build makes a table from lemmas (word → POS) and relations, failing tb on
// any error.
func build(tb testing.TB, lemmas map[string]POS, rels map[string][]Relation) *Table {
	tb.Helper()
	var b Builder
	for w, pos := range lemmas {
		b.AddLemma(w, pos)
	}
	for from, rs := range rels {
		for _, r := range rs {
			if err := b.AddRelation(from, r); err != nil {
				tb.Fatal(err)
			}
		}
	}
	data, err := b.Bytes()
	if err != nil {
		tb.Fatal(err)
	}
	t, err := Open(string(data))
	if err != nil {
		tb.Fatal(err)
	}
	if err := t.Check(); err != nil {
		tb.Fatal(err)
	}
	return t
}

// TestRoundTrip writes a table of enough words for many blocks and
// multi-byte ids, with shared prefixes, and reads every word and relation
// back.
func TestRoundTrip(t *testing.T) {
	lemmas := map[string]POS{}
	rels := map[string][]Relation{}
	var words []string
	for i := range 1000 {
		w := fmt.Sprintf("word%03d", i)
		if i%7 == 0 {
			w = fmt.Sprintf("phrase %d of words", i)
		}
		words = append(words, w)
		lemmas[w] = POS(1 << (i % 4))
	}
	for i, w := range words {
		to := words[(i*37+11)%len(words)]
		if to != w {
			rels[w] = []Relation{{Word: to, Kind: Kind(1 + i%7), POS: lemmas[w], Steps: 1}}
		}
	}
	tab := build(t, lemmas, rels)
	if tab.Len() != len(words) {
		t.Fatalf("Len() = %d, want %d", tab.Len(), len(words))
	}
	for _, w := range words {
		if !tab.IsWord(w) {
			t.Errorf("IsWord(%q) = false, want true", w)
		}
		var want []Relation
		for _, r := range rels[w] {
			if !slices.ContainsFunc(want, func(x Relation) bool { return x.Word == r.Word && x.Kind == r.Kind }) {
				want = append(want, r)
			}
		}
		if got := tab.Related(w); !slices.Equal(got, want) {
			t.Errorf("Related(%q) = %v, want %v", w, got, want)
		}
	}
	for _, w := range []string{"", "word", "word1000", "phrase", "zzz", "a"} {
		if tab.IsWord(w) {
			t.Errorf("IsWord(%q) = true, want false", w)
		}
	}
}

func TestBuilder(t *testing.T) {
	var b Builder
	b.AddLemma("go", Verb)
	b.AddLemma("walk", Verb)
	b.AddInflection("went", "go", Verb)
	b.AddInflection("go", "go", Verb) // the lists hold such lines: ignored
	for _, r := range []Relation{
		{Word: "walk", Kind: Synonym, POS: Verb, Steps: 1},
		{Word: "walk", Kind: Synonym, POS: Noun, Steps: 1}, // merged with the first
		{Word: "go", Kind: Synonym, POS: Verb, Steps: 1},   // to itself: ignored
	} {
		if err := b.AddRelation("go", r); err != nil {
			t.Fatal(err)
		}
	}
	for _, bad := range []Relation{
		{Word: "walk", Kind: Synonym, POS: Verb, Steps: 2},
		{Word: "walk", Kind: HasPart, POS: Noun, Steps: 2},
		{Word: "walk", Kind: 0, POS: Verb, Steps: 1},
		{Word: "walk", Kind: Synonym, POS: 0, Steps: 1},
		{Word: "walk", Kind: Synonym, POS: 0x10, Steps: 1},
	} {
		if err := b.AddRelation("go", bad); err == nil {
			t.Errorf("AddRelation(go, %v) = nil, want an error", bad)
		}
	}
	data, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	tab, err := Open(string(data))
	if err != nil {
		t.Fatal(err)
	}
	if err := tab.Check(); err != nil {
		t.Fatal(err)
	}
	want := []Relation{{Word: "walk", Kind: Synonym, POS: Verb, Steps: 1}}
	if got := tab.Related("went"); !slices.Equal(got, want) {
		t.Errorf("Related(went) = %v, want %v", got, want)
	}
	if got, want := tab.Lemmas("went"), []Lemma{{"go", Verb}}; !slices.Equal(got, want) {
		t.Errorf("Lemmas(went) = %v, want %v", got, want)
	}
}

func TestOpenErrors(t *testing.T) {
	var b Builder
	b.AddLemma("word", Noun)
	good, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	tests := []struct {
		name string
		data string
		want string
	}{
		{"empty", "", "not a version 1 table"},
		{"other magic", "WNT\x02" + string(good[4:]), "not a version 1 table"},
		{"block count", string(good[:8]) + "\x05\x00\x00\x00" + string(good[12:]), "blocks for"},
		{"truncated offsets", string(good[:13]), "truncated block offsets"},
		{"block outside", string(good[:12]) + "\xff\x00\x00\x00" + string(good[16:]), "block 0 at 255"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			if _, err := Open(tt.data); err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Open = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

func TestCheckErrors(t *testing.T) {
	var b Builder
	b.AddLemma("apple", Noun)
	b.AddLemma("pear", Noun)
	if err := b.AddRelation("apple", Relation{Word: "pear", Kind: Synonym, POS: Noun, Steps: 1}); err != nil {
		t.Fatal(err)
	}
	good, err := b.Bytes()
	if err != nil {
		t.Fatal(err)
	}
	// Entry layout from offset 16: 00 05 "apple" 01(noun) 01(one relation) 31(tag) 01(id) then pear.
	corrupt := func(at int, v byte) string {
		d := slices.Clone(good)
		d[at] = v
		return string(d)
	}
	tests := []struct {
		name string
		data string
		want string
	}{
		{"unknown code", corrupt(25, 0xf1), "relation code 15"},
		{"no part of speech", corrupt(25, 0x30), "without a part of speech"},
		{"id out of range", corrupt(26, 0x07), "relates to word 7 of 2"},
		{"parts of speech", corrupt(23, 0x21), "parts of speech"},
		{"out of order", corrupt(18, 'z'), "does not follow"},
		{"left over", string(good) + "\x00", "left over"},
		{"truncated", string(good[:len(good)-2]), "malformed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			tab, err := Open(tt.data)
			if err == nil {
				err = tab.Check()
			}
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Errorf("Check = %v, want an error containing %q", err, tt.want)
			}
		})
	}
}

// FuzzTable: whatever the bytes, Open and Check report rather than panic,
// and lookups on a table Open accepted do not panic.
func FuzzTable(f *testing.F) {
	var b Builder
	b.AddLemma("go", Verb)
	b.AddLemma("walk", Verb|Noun)
	b.AddInflection("went", "go", Verb)
	_ = b.AddRelation("go", Relation{Word: "walk", Kind: Synonym, POS: Verb, Steps: 1})
	good, _ := b.Bytes()
	f.Add(good)
	f.Add([]byte(magic + "\x01\x00\x00\x00\x01\x00\x00\x00\x10\x00\x00\x00"))
	f.Fuzz(func(t *testing.T, data []byte) {
		tab, err := Open(string(data))
		if err != nil {
			return
		}
		_ = tab.Check()
		for _, w := range []string{"go", "went", "walks", "walk", "", "zzz"} {
			tab.IsWord(w)
			tab.Related(w)
		}
		for i := range min(tab.Len(), 64) {
			tab.Related(tab.word(i))
		}
	})
}

// TestEmbeddedTable checks the committed table against the format and the
// generator's invariants, without WordNet installed; cmd/wordnetgen's
// TestCommittedTableInSync compares it byte for byte where WordNet is.
func TestEmbeddedTable(t *testing.T) {
	wn := Embedded()
	if err := wn.Check(); err != nil {
		t.Fatal(err)
	}
	// The package doc states these figures: update it with the table.
	if n := len(embedded); n != 2_603_898 {
		t.Errorf("the table is %d bytes; the package doc says 2,603,898", n)
	}
	if n := wn.Len(); n != 151_205 {
		t.Errorf("Len() = %d; the package doc says 151,205", n)
	}
	if wn.nblocks != 9_451 {
		t.Errorf("%d blocks; the package doc says 9,451", wn.nblocks)
	}
	doc := map[Kind]int{Synonym: 177_796, Derivation: 50_122, PartOf: 28_838, HasPart: 14_160,
		Pertainym: 13_206, Spelling: 6_360, Demonym: 3_580}
	inflected := 0 // words that are irregular forms
	reverse := map[Kind]Kind{Spelling: Spelling, Pertainym: Pertainym, Demonym: Demonym, PartOf: HasPart, HasPart: PartOf}
	kinds := map[Kind]int{}
	// Every entry in order, as Check read them; each must be found by its word.
	words := make([]string, 0, wn.Len())
	entries := make([]entry, 0, wn.Len())
	for b := range wn.nblocks {
		c := cursor{data: wn.data, p: wn.blockOffset(b)}
		var buf []byte
		for i := b * blockSize; i < wn.nwords && i < (b+1)*blockSize; i++ {
			var e entry
			buf, e = c.next(buf)
			e.word = nil
			words, entries = append(words, string(buf)), append(entries, e)
			if got, ok := wn.find(words[i]); !ok || got.pos != e.pos || got.relStart != e.relStart || got.relEnd != e.relEnd {
				t.Fatalf("find(%q) = %v, %v, want entry %d %v", words[i], got, ok, i, e)
			}
			if got := wn.word(i); got != words[i] {
				t.Fatalf("word(%d) = %q, want %q", i, got, words[i])
			}
		}
	}
	for i, w := range words {
		e := entries[i]
		irregular := false
		wn.relations(e, func(r rawRelation) bool {
			to, te := words[r.to], entries[r.to]
			if r.code == codeBase {
				irregular = true
				if te.pos&r.pos == 0 {
					t.Errorf("%q is an inflection of %q as a %v, which is not a lemma in it", w, to, r.pos)
				}
				return true
			}
			if te.pos == 0 {
				t.Errorf("%q relates to %q, which is not a lemma", w, to)
			}
			if r.pos&e.pos != r.pos {
				t.Errorf("%q relates to %q as a %v, but is a lemma only in %v", w, to, r.pos, e.pos)
			}
			kind, steps := kindSteps(r.code)
			kinds[kind]++
			if rev, ok := reverse[kind]; ok && steps == 1 {
				back := false
				wn.relations(te, func(x rawRelation) bool {
					k, s := kindSteps(x.code)
					back = back || x.to == i && k == rev && s == 1
					return !back
				})
				if !back {
					t.Errorf("%q has %v %q, but %q has no %v back", w, kind, to, to, rev)
				}
			}
			if strings.TrimSpace(to) != to || strings.Contains(to, "_") || strings.ToLower(to) != to {
				t.Errorf("%q relates to %q, not a lower-case word or phrase", w, to)
			}
			return true
		})
		if irregular {
			inflected++
		}
	}
	if inflected != 4_532 {
		t.Errorf("%d irregular forms; the package doc says 4,532", inflected)
	}
	if !maps.Equal(kinds, doc) {
		t.Errorf("relations by kind: %v; the package doc says %v", kinds, doc)
	}
}

func BenchmarkOpen(b *testing.B) {
	b.ReportAllocs()
	for b.Loop() {
		if _, err := Open(embedded); err != nil {
			b.Fatal(err)
		}
	}
}

// BenchmarkHeapAfterLoad reports the heap that opening the embedded table
// and answering a first lookup keeps.
func BenchmarkHeapAfterLoad(b *testing.B) {
	var tables []*Table
	var before, after runtime.MemStats
	runtime.GC()
	runtime.ReadMemStats(&before)
	for b.Loop() {
		t, err := Open(embedded)
		if err != nil {
			b.Fatal(err)
		}
		t.Related("water")
		tables = append(tables, t)
	}
	runtime.GC()
	runtime.ReadMemStats(&after)
	b.ReportMetric(float64(after.HeapAlloc-before.HeapAlloc)/float64(len(tables)), "heap-B/table")
	runtime.KeepAlive(tables)
}

// benchWords are lemmas, inflected forms and non-words, as questions bring.
var benchWords = []string{
	"water", "lists", "standardisation", "competitive", "memebrs", "israeli", "seoul",
	"went", "tecnology", "greener", "diplomacy", "washington", "cost", "partnership",
}

func BenchmarkIsWord(b *testing.B) {
	wn := Embedded()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		wn.IsWord(benchWords[i%len(benchWords)])
	}
}

func BenchmarkLemmas(b *testing.B) {
	wn := Embedded()
	b.ReportAllocs()
	for i := 0; b.Loop(); i++ {
		wn.Lemmas(benchWords[i%len(benchWords)])
	}
}

func BenchmarkRelated(b *testing.B) {
	wn := Embedded()
	b.ReportAllocs()
	n := 0
	for i := 0; b.Loop(); i++ {
		n += len(wn.Related(benchWords[i%len(benchWords)]))
	}
	b.ReportMetric(float64(n)/float64(b.N), "relations/op")
}
