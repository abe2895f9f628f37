package wordnet

import (
	"cmp"
	"encoding/binary"
	"errors"
	"fmt"
	"slices"
	"sync"
)

// The table format (version 1), read in place from the embedded bytes:
//
//	magic       "WNT\x01"
//	nwords      uint32, little-endian
//	nblocks     uint32 = ceil(nwords / blockSize)
//	offsets     nblocks × uint32: where each block starts, from the start of the table
//	blocks      the entries, blockSize to a block, words in byte order
//
// An entry is
//
//	shared      uvarint: bytes shared with the previous word of the block (0 for a block's first)
//	suffix      uvarint length, then the bytes that follow the shared prefix
//	pos         one byte: the parts of speech the word is a lemma of (0: only an inflected form)
//	rellen      uvarint: the bytes of relations that follow
//	relations   (tag byte, uvarint id of the other word)…
//
// A tag holds a code (high nibble, the codes below) and a POS set (low nibble):
// which senses of the entry's word the relation comes from, or for codeBase the
// part of speech the word is an inflected form of the other word in.
//
// A word is found by a binary search over the blocks' first words and a scan
// of at most blockSize entries; a word's id is its rank, so its block is
// id/blockSize. Nothing is decoded ahead of a lookup.
const (
	magic     = "WNT\x01"
	blockSize = 16
	headerLen = 12
)

// Relation codes in tags.
const (
	codeBase        = 1 // an exception-list inflection: "went" → "go"
	codeSpelling    = 2
	codeSynonym     = 3
	codeDerivation  = 4
	codeDerivation2 = 5
	codePertainym   = 6
	codeDemonym     = 7
	codePartOf      = 8
	codePartOf2     = 9
	codeHasPart     = 10
	maxCode         = codeHasPart
)

// codeKinds gives each relation code (the index) its kind and steps.
var codeKinds = [maxCode + 1]struct {
	kind  Kind
	steps int
}{
	codeSpelling:    {Spelling, 1},
	codeSynonym:     {Synonym, 1},
	codeDerivation:  {Derivation, 1},
	codeDerivation2: {Derivation, 2},
	codePertainym:   {Pertainym, 1},
	codeDemonym:     {Demonym, 1},
	codePartOf:      {PartOf, 1},
	codePartOf2:     {PartOf, 2},
	codeHasPart:     {HasPart, 1},
}

// kindSteps maps a relation code to what the API reports; codeBase and
// unknown codes map to 0, 0.
func kindSteps(code byte) (Kind, int) {
	if int(code) >= len(codeKinds) {
		return 0, 0
	}
	return codeKinds[code].kind, codeKinds[code].steps
}

func relationCode(k Kind, steps int) (byte, error) {
	for code, ks := range codeKinds {
		if k != 0 && ks.kind == k && ks.steps == steps {
			return byte(code), nil
		}
	}
	return 0, fmt.Errorf("no table code for %v in %d steps", k, steps)
}

// Table is a generated table, read in place. Its methods are safe for
// concurrent use.
type Table struct {
	data    string
	nwords  int
	nblocks int
	forms   func() map[string][]Lemma // each lemma's irregular forms, gathered on first use
}

// Open reads a table's header and block offsets; entries are decoded as
// lookups reach them. Check decodes every entry.
func Open(data string) (*Table, error) {
	if len(data) < headerLen || data[:4] != magic {
		return nil, errors.New("open wordnet table: not a version 1 table")
	}
	t := &Table{
		data:    data,
		nwords:  u32(data[4:8]),
		nblocks: u32(data[8:12]),
	}
	if t.nblocks != (t.nwords+blockSize-1)/blockSize {
		return nil, fmt.Errorf("open wordnet table: %d blocks for %d words", t.nblocks, t.nwords)
	}
	end := headerLen + 4*t.nblocks
	if len(data) < end {
		return nil, errors.New("open wordnet table: truncated block offsets")
	}
	prev := end
	for i := range t.nblocks {
		off := t.blockOffset(i)
		if off < prev || off >= len(data) {
			return nil, fmt.Errorf("open wordnet table: block %d at %d, outside %d..%d", i, off, prev, len(data))
		}
		prev = off
	}
	t.forms = sync.OnceValue(t.gatherForms)
	return t, nil
}

// Len is the number of words in the table.
func (t *Table) Len() int { return t.nwords }

func (t *Table) blockOffset(i int) int {
	p := headerLen + 4*i
	return u32(t.data[p : p+4])
}

// u32 decodes a little-endian uint32 from the first four bytes of d.
func u32(d string) int {
	return int(uint32(d[0]) | uint32(d[1])<<8 | uint32(d[2])<<16 | uint32(d[3])<<24)
}

// compare is strings.Compare for a string and a string or byte slice.
func compare[S ~string | ~[]byte](x string, y S) int {
	for i := 0; i < len(x) && i < len(y); i++ {
		if x[i] != y[i] {
			if x[i] < y[i] {
				return -1
			}
			return 1
		}
	}
	return cmp.Compare(len(x), len(y))
}

// cursor decodes entries in place. Reading past its data sets bad instead
// of panicking, so Check can report a malformed table and lookups on one
// find nothing.
type cursor struct {
	data string
	p    int
	bad  bool
}

func (c *cursor) uvarint() int {
	var x uint64
	var s uint
	for i := 0; i < binary.MaxVarintLen32; i++ {
		if c.p >= len(c.data) {
			c.bad = true
			return 0
		}
		b := c.data[c.p]
		c.p++
		if b < 0x80 {
			return int(x | uint64(b)<<s)
		}
		x |= uint64(b&0x7f) << s
		s += 7
	}
	c.bad = true
	return 0
}

func (c *cursor) byte() byte {
	if c.p >= len(c.data) {
		c.bad = true
		return 0
	}
	b := c.data[c.p]
	c.p++
	return b
}

// entry is one decoded entry; word aliases the buffer it was decoded into.
type entry struct {
	word             []byte
	pos              POS
	relStart, relEnd int // the relations' bytes
}

// next decodes the entry at c.p, extending buf (the previous word of the
// block) with its suffix.
func (c *cursor) next(buf []byte) ([]byte, entry) {
	shared := c.uvarint()
	n := c.uvarint()
	if c.bad || shared > len(buf) || n > len(c.data)-c.p {
		c.bad = true
		return buf, entry{}
	}
	buf = append(buf[:shared], c.data[c.p:c.p+n]...)
	c.p += n
	e := entry{word: buf, pos: POS(c.byte())}
	n = c.uvarint()
	if c.bad || n > len(c.data)-c.p {
		c.bad = true
		return buf, entry{}
	}
	e.relStart, e.relEnd = c.p, c.p+n
	c.p += n
	return buf, e
}

// find returns the entry of word w (its word left nil: the caller knows it).
func (t *Table) find(w string) (entry, bool) { return findKey(t, w) }

// find2 is find(a+b) without building a+b on the heap.
func (t *Table) find2(a, b string) (entry, bool) {
	if b == "" {
		return findKey(t, a)
	}
	var arr [64]byte
	return findKey(t, append(append(arr[:0], a...), b...))
}

// findKey finds key's block by a binary search over the blocks' first words,
// then scans it without rebuilding the front-coded words: it keeps how many
// leading bytes the previous word shares with key (matched). An entry that
// keeps more of the previous word than matched is still below key; one that
// keeps fewer is above it, and so is every later one.
func findKey[S ~string | ~[]byte](t *Table, key S) (entry, bool) {
	if t == nil || t.nwords == 0 {
		return entry{}, false
	}
	blk := -1
	lo, hi := 0, t.nblocks
	for lo < hi {
		m := int(uint(lo+hi) >> 1)
		if compare(t.head(m), key) <= 0 {
			blk, lo = m, m+1
		} else {
			hi = m
		}
	}
	if blk < 0 {
		return entry{}, false
	}
	c := cursor{data: t.data, p: t.blockOffset(blk)}
	matched := 0
	for i := blk * blockSize; i < t.nwords && i < (blk+1)*blockSize; i++ {
		shared := c.uvarint()
		n := c.uvarint()
		if c.bad || n > len(c.data)-c.p {
			return entry{}, false
		}
		suffix := c.data[c.p : c.p+n]
		c.p += n
		pos := POS(c.byte())
		rn := c.uvarint()
		if c.bad || rn > len(c.data)-c.p {
			return entry{}, false
		}
		e := entry{pos: pos, relStart: c.p, relEnd: c.p + rn}
		c.p += rn
		switch {
		case shared > matched:
			continue
		case shared < matched:
			return entry{}, false
		}
		k := 0
		for k < len(suffix) && matched+k < len(key) && suffix[k] == key[matched+k] {
			k++
		}
		matched += k
		switch {
		case k == len(suffix) && matched == len(key):
			return e, true
		case k == len(suffix): // a prefix of key: below it
			continue
		case matched == len(key) || suffix[k] > key[matched]:
			return entry{}, false
		}
	}
	return entry{}, false
}

// head is block b's first word, in place.
func (t *Table) head(b int) string {
	c := cursor{data: t.data, p: t.blockOffset(b)}
	c.uvarint() // shared: 0
	n := c.uvarint()
	if c.bad || n > len(t.data)-c.p {
		return ""
	}
	return t.data[c.p : c.p+n]
}

// word returns the word with the given id.
func (t *Table) word(id int) string {
	if id < 0 || id >= t.nwords {
		return ""
	}
	c := cursor{data: t.data, p: t.blockOffset(id / blockSize)}
	var arr [64]byte
	buf := arr[:0]
	for i := range id%blockSize + 1 {
		shared := c.uvarint()
		n := c.uvarint()
		if c.bad || shared > len(buf) || n > len(c.data)-c.p {
			return ""
		}
		if i == id%blockSize {
			return string(append(buf[:shared], c.data[c.p:c.p+n]...))
		}
		buf = append(buf[:shared], c.data[c.p:c.p+n]...)
		c.p += n + 1 // the suffix and the POS byte
		rn := c.uvarint()
		c.p += rn
		if c.bad || c.p > len(c.data) {
			return ""
		}
	}
	return ""
}

// rawRelation is a relation as stored.
type rawRelation struct {
	code byte
	pos  POS
	to   int
}

// relations decodes e's relations; it reports whether they decoded to the
// end without an error.
func (t *Table) relations(e entry, yield func(rawRelation) bool) bool {
	c := cursor{data: t.data[:e.relEnd], p: e.relStart}
	for c.p < len(c.data) {
		tag := c.byte()
		to := c.uvarint()
		if c.bad {
			return false
		}
		if !yield(rawRelation{code: tag >> 4, pos: POS(tag & 0xf), to: to}) {
			return true
		}
	}
	return true
}

// Check decodes every entry and reports the first inconsistency: words out of
// order, an unknown relation code, a relation to a word that is not in the
// table, a relation without a part of speech, or bytes left over.
func (t *Table) Check() error {
	var prev string
	end := len(t.data)
	for b := range t.nblocks {
		c := cursor{data: t.data, p: t.blockOffset(b)}
		limit := end
		if b+1 < t.nblocks {
			limit = t.blockOffset(b + 1)
		}
		c.data = t.data[:limit]
		var buf []byte
		for i := b * blockSize; i < t.nwords && i < (b+1)*blockSize; i++ {
			start := c.p
			if i%blockSize == 0 && c.p < len(c.data) && c.data[c.p] != 0 {
				return fmt.Errorf("check wordnet table: block %d starts with a shared prefix", b)
			}
			var e entry
			buf, e = c.next(buf)
			if c.bad {
				return fmt.Errorf("check wordnet table: entry %d at %d is malformed", i, start)
			}
			w := string(e.word)
			if w <= prev && i > 0 {
				return fmt.Errorf("check wordnet table: entry %d %q does not follow %q", i, w, prev)
			}
			if e.pos&^allPOS != 0 {
				return fmt.Errorf("check wordnet table: %q has parts of speech %#x", w, uint8(e.pos))
			}
			var err error
			nrel := 0
			ok := t.relations(e, func(r rawRelation) bool {
				nrel++
				switch {
				case r.code < codeBase || r.code > maxCode:
					err = fmt.Errorf("check wordnet table: %q has relation code %d", w, r.code)
				case r.pos == 0:
					err = fmt.Errorf("check wordnet table: %q has a relation without a part of speech", w)
				case r.to < 0 || r.to >= t.nwords || r.to == i:
					err = fmt.Errorf("check wordnet table: %q relates to word %d of %d", w, r.to, t.nwords)
				}
				return err == nil
			})
			if err != nil {
				return err
			}
			if !ok {
				return fmt.Errorf("check wordnet table: the relations of %q are malformed", w)
			}
			if e.pos == 0 && nrel == 0 {
				return fmt.Errorf("check wordnet table: %q is neither a lemma nor related to one", w)
			}
			prev = w
		}
		if c.p != limit {
			return fmt.Errorf("check wordnet table: block %d has %d bytes left over", b, limit-c.p)
		}
	}
	return nil
}

// Builder collects words and relations and writes a table. The zero value
// is ready to use.
type Builder struct {
	words map[string]*buildEntry
}

type buildEntry struct {
	pos  POS
	rels []buildRelation
}

type buildRelation struct {
	code byte
	pos  POS
	to   string
}

func (b *Builder) entry(w string) *buildEntry {
	if b.words == nil {
		b.words = map[string]*buildEntry{}
	}
	e := b.words[w]
	if e == nil {
		e = &buildEntry{}
		b.words[w] = e
	}
	return e
}

// AddLemma records w as a lemma in the parts of speech pos.
func (b *Builder) AddLemma(w string, pos POS) {
	b.entry(w).pos |= pos
}

// AddInflection records form as an irregular inflection of the lemma base in
// the part of speech pos ("went" of "go", a verb).
func (b *Builder) AddInflection(form, base string, pos POS) {
	if form == base {
		return
	}
	b.add(form, buildRelation{code: codeBase, pos: pos, to: base})
	b.entry(base)
}

// AddRelation records that r.Word relates to from as r says; relations keep
// the order they are added in, and a repeated one adds its parts of speech to
// the first.
func (b *Builder) AddRelation(from string, r Relation) error {
	code, err := relationCode(r.Kind, r.Steps)
	if err != nil {
		return fmt.Errorf("add %q → %q: %w", from, r.Word, err)
	}
	if r.POS == 0 || r.POS&^allPOS != 0 {
		return fmt.Errorf("add %q → %q: parts of speech %#x", from, r.Word, uint8(r.POS))
	}
	if from == r.Word {
		return nil
	}
	b.add(from, buildRelation{code: code, pos: r.POS, to: r.Word})
	b.entry(r.Word)
	return nil
}

func (b *Builder) add(from string, r buildRelation) {
	e := b.entry(from)
	for i, have := range e.rels {
		if have.code == r.code && have.to == r.to {
			e.rels[i].pos |= r.pos
			return
		}
	}
	e.rels = append(e.rels, r)
}

// Bytes encodes the table. It holds every word added, as a lemma or at
// either end of a relation or inflection; a word that relations or
// inflections point to must also be added as a lemma, or Check rejects the
// table.
func (b *Builder) Bytes() ([]byte, error) {
	words := make([]string, 0, len(b.words))
	for w := range b.words {
		if w == "" {
			return nil, errors.New("build wordnet table: empty word")
		}
		words = append(words, w)
	}
	slices.Sort(words)
	ids := make(map[string]int, len(words))
	for i, w := range words {
		ids[w] = i
	}
	nblocks := (len(words) + blockSize - 1) / blockSize
	out := make([]byte, headerLen+4*nblocks, headerLen+4*nblocks+16*len(words))
	copy(out, magic)
	binary.LittleEndian.PutUint32(out[4:], uint32(len(words)))
	binary.LittleEndian.PutUint32(out[8:], uint32(nblocks))
	var prev string
	var rels []byte
	for i, w := range words {
		if i%blockSize == 0 {
			binary.LittleEndian.PutUint32(out[headerLen+4*(i/blockSize):], uint32(len(out)))
			prev = ""
		}
		shared := 0
		for shared < len(w) && shared < len(prev) && w[shared] == prev[shared] {
			shared++
		}
		e := b.words[w]
		out = binary.AppendUvarint(out, uint64(shared))
		out = binary.AppendUvarint(out, uint64(len(w)-shared))
		out = append(out, w[shared:]...)
		out = append(out, byte(e.pos))
		rels = rels[:0]
		for _, r := range e.rels {
			rels = append(rels, r.code<<4|byte(r.pos))
			rels = binary.AppendUvarint(rels, uint64(ids[r.to]))
		}
		out = binary.AppendUvarint(out, uint64(len(rels)))
		out = append(out, rels...)
		prev = w
	}
	if len(out) > 1<<32-1 {
		return nil, errors.New("build wordnet table: over 4 GiB")
	}
	return out, nil
}
