package daily

import (
	"cmp"
	"crypto/sha256"
	"encoding/binary"
	"hash/fnv"
	"slices"
	"strconv"

	"github.com/conceptbot/conceptbot/corpus"
)

// facts are the corpora a server's facts come from: its own documents
// first, then the shared notes, when it has both (see Options.Notes).
type facts []*corpus.Corpus

// passage returns the passage with the given ID, from the first corpus
// that has one.
func (src facts) passage(id string) (corpus.Passage, bool) {
	for _, c := range src {
		if p, ok := c.Passage(id); ok {
			return p, true
		}
	}
	return corpus.Passage{}, false
}

// eligible returns the passages of src a source selects, in corpus order;
// an ID already met in an earlier corpus is not listed again.
func eligible(src facts, f From) []corpus.Passage {
	kinds := f.Kinds()
	var out []corpus.Passage
	for i, c := range src {
		for _, p := range c.Passages() {
			if !slices.Contains(kinds, p.Kind) {
				continue
			}
			if i > 0 {
				if _, dup := src[:i].passage(p.ID); dup {
					continue
				}
			}
			out = append(out, p)
		}
	}
	return out
}

// remaining returns the eligible passages not yet posted in r's cycle, in
// rotation order.
func remaining(r *record, elig []corpus.Passage) []corpus.Passage {
	posted := make(map[string]bool, len(r.Posted))
	for _, id := range r.Posted {
		posted[id] = true
	}
	var out []corpus.Passage
	for _, p := range elig {
		if !posted[p.ID] {
			out = append(out, p)
		}
	}
	slices.SortFunc(out, func(a, b corpus.Passage) int {
		return cmp.Or(cmp.Compare(rank(r.Seed, a.ID), rank(r.Seed, b.ID)), cmp.Compare(a.ID, b.ID))
	})
	return out
}

// rank places a passage in the rotation of a seed: FNV-1a of the ID, mixed
// with the seed by the SplitMix64 finalizer. It must never change, or every
// stored rotation would reshuffle.
func rank(seed uint64, id string) uint64 {
	h := fnv.New64a()
	h.Write([]byte(id))
	x := h.Sum64() ^ seed
	x ^= x >> 30
	x *= 0xbf58476d1ce4e5b9
	x ^= x >> 27
	x *= 0x94d049bb133111eb
	x ^= x >> 31
	return x
}

// nextFact returns the next passage of r's rotation, starting a new cycle
// when every eligible passage has been posted. ok is false when there is
// nothing eligible.
func (s *Scheduler) nextFact(src facts, r *record) (p corpus.Passage, ok bool) {
	elig := eligible(src, From(r.From))
	rem := remaining(r, elig)
	if len(rem) == 0 {
		if len(elig) == 0 {
			return corpus.Passage{}, false
		}
		rem = s.newCycle(r, elig)
	}
	return rem[0], true
}

// consume marks a passage posted (or skipped) in r's cycle and starts the
// next cycle when it was the last.
func (s *Scheduler) consume(src facts, r *record, id string) {
	if !slices.Contains(r.Posted, id) {
		r.Posted = append(r.Posted, id)
	}
	r.Last = id
	if elig := eligible(src, From(r.From)); len(elig) > 0 && len(remaining(r, elig)) == 0 {
		s.newCycle(r, elig)
	}
}

// newCycle starts a new rotation of elig and returns it. It redraws the
// seed (a few times at most) rather than open with the fact posted last.
func (s *Scheduler) newCycle(r *record, elig []corpus.Passage) []corpus.Passage {
	r.Cycle++
	r.Posted = nil
	var rem []corpus.Passage
	for range 8 {
		r.Seed = s.rand.Uint64()
		rem = remaining(r, elig)
		if len(rem) < 2 || rem[0].ID != r.Last {
			break
		}
	}
	return rem
}

// nonce identifies the post of a guild on a local date of a zone, for
// Discord's enforce_nonce: the base-36 form of 64 bits of a SHA-256, at most
// 13 characters (Discord allows 25). It is the same on every retry. The zone
// is part of it because after a change of zone the same date comes again,
// minutes after the last post at worst, inside Discord's dedupe window.
func nonce(guild, zone, date string) string {
	sum := sha256.Sum256([]byte("conceptbot daily\x00" + guild + "\x00" + zone + "\x00" + date))
	return strconv.FormatUint(binary.BigEndian.Uint64(sum[:8]), 36)
}
