package bot

import (
	"context"
	"math/rand/v2"
	"slices"
	"sync"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/notes"
)

// This file is where each question's notes come from. A DM is answered
// from the shared notes (the Searcher and corpus given to New). In a
// server with notes of its own (Options.Library), the server's documents
// answer first and, unless its moderators left them out, the shared notes
// too: both indexes are searched and their answers merged (mergeAnswers).
// Look-ups (/lookup, buttons, /fact) search the server's documents, then
// the shared ones. Nothing of one server is ever in another's view.

// Library gives each server its own notes; *notes.Library is one.
type Library interface {
	// Guild returns a server's own notes, building their index if need
	// be. On error, Shared still says whether the shared notes answer.
	Guild(ctx context.Context, guildID string) (notes.Guild, error)
}

var _ Library = (*notes.Library)(nil)

// shelf is one corpus and what the bot derives from it.
type shelf struct {
	corpus *corpus.Corpus
	hashes map[string]string // hashID(id) → section or passage ID
	cands  []candidate       // what /lookup autocompletes, sections first
	titled []candidate       // cands naming their documents, to list beside another shelf's
	facts  []corpus.Passage  // what /fact picks from
}

func newShelf(c *corpus.Corpus) *shelf {
	s := &shelf{corpus: c, hashes: map[string]string{}}
	for _, sec := range c.Sections() {
		s.hashes[hashID(sec.ID)] = sec.ID
	}
	for _, p := range c.Passages() {
		s.hashes[hashID(p.ID)] = p.ID
	}
	s.cands = candidates(c.Sections())
	s.titled = s.cands
	if len(c.Docs) == 1 {
		s.titled = candidatesOf(c.Sections(), true)
	}
	for _, p := range c.Passages() {
		switch p.Kind {
		case corpus.KindKeyPoint, corpus.KindDevelopment, corpus.KindFAQ:
			s.facts = append(s.facts, p)
		}
	}
	if len(s.facts) == 0 {
		s.facts = c.Passages()
	}
	return s
}

// view is what one question is answered from: a server's own notes
// (own, searched with ownSearch), then the shared notes (shared); either
// may be nil.
type view struct {
	own       *shelf
	ownSearch Searcher
	shared    *shelf
	search    Searcher // the shared notes' Searcher
}

// shelves returns the view's shelves, its own first.
func (v *view) shelves() []*shelf {
	var out []*shelf
	for _, s := range []*shelf{v.own, v.shared} {
		if s != nil {
			out = append(out, s)
		}
	}
	return out
}

// section returns a section by its ID.
func (v *view) section(id string) (corpus.Section, bool) {
	for _, s := range v.shelves() {
		if sec, ok := s.corpus.Section(id); ok {
			return sec, true
		}
	}
	return corpus.Section{}, false
}

// passage returns a passage by its ID.
func (v *view) passage(id string) (corpus.Passage, bool) {
	for _, s := range v.shelves() {
		if p, ok := s.corpus.Passage(id); ok {
			return p, true
		}
	}
	return corpus.Passage{}, false
}

// unhash returns the ID a hash stands for (see refID).
func (v *view) unhash(h string) (string, bool) {
	for _, s := range v.shelves() {
		if id, ok := s.hashes[h]; ok {
			return id, true
		}
	}
	return "", false
}

// candidates returns what /lookup can show, the server's own first.
func (v *view) candidates() []candidate {
	switch {
	case v.own == nil && v.shared == nil:
		return nil
	case v.own == nil:
		return v.shared.cands
	case v.shared == nil:
		return v.own.cands
	}
	return slices.Concat(v.own.titled, v.shared.titled)
}

// fact picks a passage at random, every passage of the view as likely.
func (v *view) fact(r *rand.Rand) (corpus.Passage, bool) {
	n := 0
	for _, s := range v.shelves() {
		n += len(s.facts)
	}
	if n == 0 {
		return corpus.Passage{}, false
	}
	i := r.IntN(n)
	for _, s := range v.shelves() {
		if i < len(s.facts) {
			return s.facts[i], true
		}
		i -= len(s.facts)
	}
	return corpus.Passage{}, false
}

// firstTitle is the title of the view's first document, for examples.
func (v *view) firstTitle() string {
	for _, s := range v.shelves() {
		if len(s.corpus.Docs) > 0 {
			return s.corpus.Docs[0].Title
		}
	}
	return ""
}

// ask searches the view: the server's own notes and the shared ones,
// merged.
func (v *view) ask(ctx context.Context, q string, n int) (corpus.Answer, error) {
	switch {
	case v.own == nil && v.shared == nil:
		return corpus.Answer{Question: q}, nil
	case v.own == nil:
		return v.search.Search(ctx, q, n)
	case v.shared == nil:
		return v.ownSearch.Search(ctx, q, n)
	}
	own, err := v.ownSearch.Search(ctx, q, n)
	if err != nil {
		return corpus.Answer{}, err
	}
	shared, err := v.search.Search(ctx, q, n)
	if err != nil {
		return corpus.Answer{}, err
	}
	return mergeAnswers(own, shared, n), nil
}

// mergeAnswers combines a server's own answer to a question with the
// shared notes' answer, at most n results:
//
//   - when one answers and the other does not, the one that answers;
//   - when both answer, the more confident (the server's own on a tie),
//     and, for a plain passage answer, the other's results after its own
//     as related passages;
//   - when neither answers, the closest sections of both, alternating,
//     the server's own first.
//
// Confidence is the share of the question the best passage covers, so it
// compares across the two indexes; scores do not, and are never compared.
func mergeAnswers(own, shared corpus.Answer, n int) corpus.Answer {
	switch {
	case own.Answered && !shared.Answered:
		return own
	case shared.Answered && !own.Answered:
		return shared
	case own.Answered:
		win, lose := own, shared
		if shared.Confidence > own.Confidence {
			win, lose = shared, own
		}
		if win.Shape == "" || win.Shape == corpus.ShapePassage {
			win.Results = appendNew(slices.Clip(win.Results), lose.Results, n)
		}
		return win
	}
	out := own
	out.Confidence = max(own.Confidence, shared.Confidence)
	out.Results = nil
	for i := 0; len(out.Results) < n && (i < len(own.Results) || i < len(shared.Results)); i++ {
		if i < len(own.Results) {
			out.Results = appendNew(out.Results, own.Results[i:i+1], n)
		}
		if i < len(shared.Results) {
			out.Results = appendNew(out.Results, shared.Results[i:i+1], n)
		}
	}
	return out
}

// appendNew appends the results of more whose passages rs does not hold,
// up to n results in all.
func appendNew(rs, more []corpus.Result, n int) []corpus.Result {
	for _, r := range more {
		if len(rs) >= n {
			break
		}
		if !slices.ContainsFunc(rs, func(x corpus.Result) bool { return x.ID == r.ID && x.Doc == r.Doc }) {
			rs = append(rs, r)
		}
	}
	return rs
}

// views caches each server's shelf, as long as its notes do not change.
type views struct {
	mu     sync.Mutex
	shelfs map[string]*shelf // guild → its own shelf
}

// maxCachedShelves bounds the shelves kept: about 50 KB each for 40
// passages, and rebuilt in well under a millisecond when dropped.
const maxCachedShelves = 1000

// shelf returns the shelf of a server's corpus c.
func (vs *views) shelf(guild string, c *corpus.Corpus) *shelf {
	vs.mu.Lock()
	defer vs.mu.Unlock()
	if s := vs.shelfs[guild]; s != nil && s.corpus == c {
		return s
	}
	if vs.shelfs == nil {
		vs.shelfs = map[string]*shelf{}
	}
	if len(vs.shelfs) >= maxCachedShelves {
		for g := range vs.shelfs { // drop one at random
			delete(vs.shelfs, g)
			break
		}
	}
	s := newShelf(c)
	vs.shelfs[guild] = s
	return s
}

// view returns what a question asked in guild ("" in a DM) is answered
// from. When a server's own notes cannot be had (the store is down and
// they are not in memory), it answers from the shared notes if the server
// includes them, and fails otherwise.
func (b *Bot) view(ctx context.Context, guild string) (*view, error) {
	if guild == "" || b.library == nil {
		return b.sharedView, nil
	}
	g, err := b.library.Guild(ctx, guild)
	if err != nil {
		if g.Shared {
			b.log.Debug("notes: a server's own notes are unavailable; answering from the shared notes", "guild", guild, "err", err)
			return b.sharedView, nil
		}
		return nil, err
	}
	v := &view{search: b.search}
	if g.Shared {
		v.shared = b.sharedView.shared
	}
	if g.Corpus != nil && g.Search != nil {
		v.own, v.ownSearch = b.views.shelf(guild, g.Corpus), g.Search
	}
	return v, nil
}
