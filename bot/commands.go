package bot

import (
	"context"
	"encoding/json"
	"sort"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/internal/discordid"
)

// Command names.
const (
	cmdAsk    = "ask"
	cmdLookup = "lookup"
	cmdFact   = "fact"
	cmdFind   = "Find in notes" // message context menu
)

// maxAskLength is the max_length of /ask's question option.
const maxAskLength = 300

// Commands returns the application commands to register with one bulk
// overwrite.
func Commands() []Command {
	return []Command{
		{
			Name:        cmdAsk,
			Type:        CommandTypeChatInput,
			Description: "Ask a question about the notes",
			Options: []CommandOption{
				{Type: CommandOptionString, Name: "question", Description: "What do you want to know?", Required: true, MaxLength: maxAskLength},
				{Type: CommandOptionBoolean, Name: "hide", Description: "Show the answer only to you"},
				{Type: CommandOptionUser, Name: "mention", Description: "Someone to show the answer to (they get pinged)"},
			},
		},
		{
			Name:        cmdLookup,
			Type:        CommandTypeChatInput,
			Description: "Show a section or point of the notes",
			Options: []CommandOption{
				{Type: CommandOptionString, Name: "section", Description: "Start typing a section, a question or words from the notes", Required: true, Autocomplete: true},
				{Type: CommandOptionBoolean, Name: "hide", Description: "Show it only to you"},
			},
		},
		{
			Name:        cmdFact,
			Type:        CommandTypeChatInput,
			Description: "A random fact from the notes",
		},
		{Name: cmdFind, Type: CommandTypeMessage},
		dailyCommand(),
		notesCommand(),
		helpCommand(),
	}
}

// command answers an application command.
func (b *Bot) command(ctx context.Context, in *Interaction) (*Response, error) {
	d := in.Data
	switch {
	case d.Type == CommandTypeMessage && d.Name == cmdFind:
		return b.findInNotes(ctx, in)
	case d.Type > CommandTypeChatInput:
		// A user command, or a message command we do not have.
	case d.Name == cmdAsk:
		return b.askCommand(ctx, in)
	case d.Name == cmdLookup:
		return b.lookup(ctx, in)
	case d.Name == cmdFact:
		return b.fact(ctx, in.GuildID, false)
	case d.Name == cmdDaily:
		return b.dailyInteraction(ctx, in)
	case d.Name == cmdNotes:
		return b.notesInteraction(ctx, in)
	case d.Name == cmdHelp:
		return b.fmt.help(b.corpus, b.daily != nil, b.notes != nil).response(ResponseMessage), nil
	}
	b.log.Info("unknown command", "name", d.Name, "type", d.Type)
	return ephemeral(msgUnknown), nil
}

// askCommand answers /ask question:<text> [hide:<bool>] [mention:<user>].
func (b *Bot) askCommand(ctx context.Context, in *Interaction) (*Response, error) {
	q := cleanQuestion(stringOption(in.Data.Options, "question"))
	if q == "" {
		return ephemeral(msgEmpty), nil
	}
	if ok, _ := b.allow(in.UserID()); !ok {
		b.log.Info("rate limited", "user", in.UserID())
		return ephemeral(msgRateLimited), nil
	}
	a, err := b.ask(ctx, in.GuildID, in.asker(), q)
	if err != nil {
		return nil, err
	}
	r := b.withVotes(ctx, in.GuildID, a, b.fmt.answer(a, 0, false))
	switch u := stringOption(in.Data.Options, "mention"); {
	case r.ephemeral: // not in the notes: for the asker alone, whoever they named
	case boolOption(in.Data.Options, "hide"):
		r.ephemeral = true
	case discordid.Valid(u):
		r.content = "<@" + u + ">"
		r.ping = u
	}
	return r.response(ResponseMessage), nil
}

// findInNotes answers the "Find in notes" message command: the message's
// text is the question, quoted at the top of the answer.
func (b *Bot) findInNotes(ctx context.Context, in *Interaction) (*Response, error) {
	var content string
	if res := in.Data.Resolved; res != nil {
		if m, ok := res.Messages[in.Data.TargetID]; ok {
			content = m.Content
		}
	}
	q := cleanQuestion(content)
	if q == "" {
		return ephemeral(msgNoText), nil
	}
	if ok, _ := b.allow(in.UserID()); !ok {
		return ephemeral(msgRateLimited), nil
	}
	a, err := b.ask(ctx, in.GuildID, in.asker(), q)
	if err != nil {
		return nil, err
	}
	return b.withVotes(ctx, in.GuildID, a, b.fmt.answer(a, 0, true)).response(ResponseMessage), nil
}

// maxTyped is how many runes of a /lookup value (typed or picked) are
// matched against the names of sections and passages: a name is shorter,
// so the rest could only make ranking slower, never a match better. With it
// a request's ranking work is bounded whatever Discord sends (up to 6,000
// characters an option).
const maxTyped = 300

// lookup answers /lookup section:<value> [hide:<bool>]. The value is a
// section or passage ID picked from autocomplete, or free text: then the
// best match among the citations, or else a search. Free text is a
// question: it is rate limited before it is ranked. A section, a passage
// and an answer are shown alike: for everyone, as /ask does, or with hide
// to the user alone; a miss ("not in the notes") to the user alone.
func (b *Bot) lookup(ctx context.Context, in *Interaction) (*Response, error) {
	v := strings.TrimSpace(cut(stringOption(in.Data.Options, "section"), maxTyped))
	if v == "" {
		return ephemeral("Please name a section, e.g. pick one from the list."), nil
	}
	nv, err := b.view(ctx, in.GuildID)
	if err != nil {
		return nil, err
	}
	if id, ok := strings.CutPrefix(v, "#"); ok {
		if full, ok := nv.unhash(id); ok {
			v = full
		}
	}
	hide := boolOption(in.Data.Options, "hide")
	show := func(r reply) *Response {
		r.ephemeral = r.ephemeral || hide
		return r.response(ResponseMessage)
	}
	if r, ok := b.sectionReply(nv, v); ok {
		return show(r), nil
	}
	if ok, _ := b.allow(in.UserID()); !ok {
		return ephemeral(msgRateLimited), nil
	}
	if best := rank(nv.candidates(), v, 1, tierWords, b.talks.topic(in.asker())); len(best) > 0 {
		if r, ok := b.sectionReply(nv, best[0].id); ok {
			return show(r), nil
		}
	}
	a, err := b.ask(ctx, in.GuildID, in.asker(), cleanQuestion(v))
	if err != nil {
		return nil, err
	}
	return show(b.withVotes(ctx, in.GuildID, a, b.fmt.answer(a, 0, false))), nil
}

// autocomplete suggests sections and passages for /lookup, time zones for
// /daily and documents for /notes. Discord asks as the user types, so it
// has a rate limit of its own, more generous than questions' (see
// Options.AutocompleteLimit), taken before any work: a user over it gets no
// suggestions until it refills.
func (b *Bot) autocomplete(ctx context.Context, in *Interaction) *Response {
	res := &Response{Type: ResponseAutocompleteResult, Data: &ResponseData{}}
	if !b.typing.allowQuiet(in.UserID()) {
		b.log.Debug("autocomplete rate limited", "user", in.UserID())
		return res
	}
	if in.Data.Name == cmdDaily {
		return dailyAutocomplete(in)
	}
	if in.Data.Name == cmdNotes {
		return b.notesAutocomplete(ctx, in)
	}
	if in.Data.Name != cmdLookup {
		return res
	}
	v, err := b.view(ctx, in.GuildID)
	if err != nil {
		b.log.Warn("autocomplete: notes unavailable", "guild", in.GuildID, "err", err)
		return res
	}
	cands := v.candidates()
	var typed string
	for _, o := range in.Data.Options {
		if o.Focused {
			typed = cut(rawString(o.Value), maxTyped)
		}
	}
	lim := discordLimits
	// The sections of the document the user's conversation is about come
	// first (see conversations).
	doc := b.talks.topic(in.asker())
	var picks []candidate
	if strings.TrimSpace(typed) == "" {
		for _, first := range []bool{true, false} {
			for _, c := range cands {
				if c.section && c.of(doc) == first && len(picks) < lim.choices {
					picks = append(picks, c)
				}
			}
		}
	} else {
		picks = rank(cands, typed, lim.choices, tierFuzzy, doc)
	}
	for _, c := range picks {
		value := c.id
		if utf8.RuneCountInString(value) > lim.choice {
			value = "#" + hashID(c.id)
		}
		res.Data.Choices = append(res.Data.Choices, Choice{Name: c.name, Value: value})
	}
	return res
}

// Options.

func findOption(opts []Option, name string) (Option, bool) {
	for _, o := range opts {
		if o.Name == name {
			return o, true
		}
	}
	return Option{}, false
}

// stringOption is the string value of the named option; "" when it is
// missing or not a string.
func stringOption(opts []Option, name string) string {
	o, _ := findOption(opts, name)
	return rawString(o.Value)
}

func rawString(v json.RawMessage) string {
	var s string
	if json.Unmarshal(v, &s) != nil {
		return ""
	}
	return s
}

// boolOption is the value of the named boolean option; false when it is
// missing or not a boolean.
func boolOption(opts []Option, name string) bool {
	o, _ := findOption(opts, name)
	var v bool
	if json.Unmarshal(o.Value, &v) != nil {
		return false
	}
	return v
}

// Autocomplete ranking.

// candidate is a section or passage /lookup can show.
type candidate struct {
	id      string
	name    string    // the choice's name: a citation, with a FAQ's question
	key     string    // what the name says, folded for matching: lower case, words split by single spaces
	spaced  string    // " " + key, to find where its words start
	words   [][]rune  // the words of key, for the fuzzy tier
	text    wordIndex // the words of its passage's text; none for a section of several passages
	section bool
}

// of reports whether the candidate is of the document doc.
func (c candidate) of(doc string) bool { return doc != "" && strings.HasPrefix(c.id, doc+"/") }

// candidates lists every section, then every passage whose citation differs
// from its section's (a section of one passage is listed once, with that
// passage's text). Names cite the document by its title shortened to its
// first words (shortTitle), or not at all when the notes hold one
// document: the part that tells choices apart is the rest. Keys keep the
// whole title, when there is more than one document, so that typing it
// picks a document's sections.
func candidates(sections []corpus.Section) []candidate { return candidatesOf(sections, false) }

// candidatesOf is candidates, with the documents' titles whatever their
// number when titled: for sections listed beside others' (library.go).
func candidatesOf(sections []corpus.Section, titled bool) []candidate {
	docs := map[string]bool{}
	for _, s := range sections {
		docs[s.Passages[0].DocID] = true
	}
	one := len(docs) == 1 && !titled
	newCand := func(id, doc, rest, text string, section bool) candidate {
		name, key := shortTitle(doc)+rest, fold(doc+rest)
		if one {
			name, key = strings.TrimPrefix(rest, corpus.Separator), fold(rest)
		}
		return candidate{id: id, name: truncate(name, discordLimits.choice), key: key, spaced: " " + key,
			words: runeWords(key), text: newWordIndex(fold(text)), section: section}
	}
	var out []candidate
	for _, s := range sections {
		var text []string
		for _, p := range s.Passages {
			if p.Citation() == s.Citation && p.Question == "" {
				text = append(text, p.Text)
			}
		}
		heading := s.Heading
		if s.Number > 0 {
			heading = strconv.Itoa(s.Number) + ". " + heading // as the notes write it: "4" finds it
		}
		out = append(out, newCand(s.ID, s.Passages[0].Doc, corpus.Separator+heading, strings.Join(text, "\n"), true))
	}
	for _, s := range sections {
		for _, p := range s.Passages {
			rest := corpus.Separator + strings.Join(p.Section, corpus.Separator)
			if p.Question != "" {
				rest += " · " + oneLine(p.Question)
			}
			if p.Citation() == s.Citation && p.Question == "" {
				continue
			}
			out = append(out, newCand(p.ID, p.Doc, rest, p.Text, false))
		}
	}
	return out
}

// fold lowercases s and keeps only its letters and digits, as words split by
// single spaces.
func fold(s string) string {
	return strings.Join(strings.FieldsFunc(strings.ToLower(s), func(r rune) bool {
		return !unicode.IsLetter(r) && !unicode.IsNumber(r)
	}), " ")
}

// wordIndex holds the distinct words of a folded text, sorted, with where
// each first appears (counted in words), to find the words a typed word
// starts without reading the text.
type wordIndex struct {
	words []string
	first []int
}

func newWordIndex(folded string) wordIndex {
	at := map[string]int{}
	for i, w := range strings.Fields(folded) {
		if _, ok := at[w]; !ok {
			at[w] = i
		}
	}
	x := wordIndex{words: make([]string, 0, len(at)), first: make([]int, len(at))}
	for w := range at {
		x.words = append(x.words, w)
	}
	sort.Strings(x.words)
	for i, w := range x.words {
		x.first[i] = at[w]
	}
	return x
}

// maxPrefixWords bounds how many of the words a typed word starts are
// looked at for the earliest.
const maxPrefixWords = 64

// find returns where the text first has a word starting with prefix, or -1.
func (x wordIndex) find(prefix string) int {
	at := -1
	i := sort.SearchStrings(x.words, prefix)
	for end := min(len(x.words), i+maxPrefixWords); i < end && strings.HasPrefix(x.words[i], prefix); i++ {
		if at < 0 || x.first[i] < at {
			at = x.first[i]
		}
	}
	return at
}

// Match tiers, best first. Every tier but tierText matches the name (its
// key); tierText lets the words the passage says stand in for those its
// name lacks, so that "cybersecurity" finds the key point about it.
const (
	tierPrefix      = iota // the name starts with the query
	tierWord               // a word of the name starts with the query
	tierSubstring          // the query is inside the name
	tierWords              // every word of the query starts a word of the name, in any order
	tierText               // every word of the query starts a word of the name or of the text
	tierSubsequence        // the query's letters appear in the name in order
	tierFuzzy              // every query word is near a word of the name
	tierNone
)

// maxQueryWords is the most words a query may have to match word by word
// (tierWords, tierText and tierFuzzy): names are a few words long, and each
// word costs a look-up in every candidate.
const maxQueryWords = 8

// rank returns up to n candidates matching q no worse than worst, best
// first: by tier, then those of the document doc (the conversation's, ""
// for none), then by where the match is (how far into the name; for
// tierText, how far into the text its words first appear, summed; for
// tierSubsequence the gaps, for tierFuzzy the edits), then shorter names,
// then their order.
func rank(cands []candidate, q string, n, worst int, doc string) []candidate {
	q = fold(q)
	if q == "" {
		return nil
	}
	qq := newQuery(q)
	type scored struct {
		c          candidate
		tier, at   int
		other      bool // not of doc
		order, len int
	}
	var ss []scored
	for i, c := range cands {
		tier, at := matchUpTo(c, qq, worst)
		if tier <= worst {
			ss = append(ss, scored{c, tier, at, !c.of(doc), i, len(c.key)})
		}
	}
	sort.Slice(ss, func(i, j int) bool {
		a, b := ss[i], ss[j]
		if a.tier != b.tier {
			return a.tier < b.tier
		}
		if a.other != b.other {
			return !a.other
		}
		if a.at != b.at {
			return a.at < b.at
		}
		if a.len != b.len {
			return a.len < b.len
		}
		return a.order < b.order
	})
	var out []candidate
	for _, s := range ss[:min(n, len(ss))] {
		out = append(out, s.c)
	}
	return out
}

// match returns how well q matches a candidate whose name folds to key and
// whose passage says text, and where.
func match(key, text, q string) (tier, at int) {
	c := candidate{key: key, spaced: " " + key, words: runeWords(key), text: newWordIndex(fold(text))}
	return matchUpTo(c, newQuery(fold(q)), tierFuzzy)
}

// query is a folded query, split beforehand for matching many candidates.
type query struct {
	s      string
	spaced string   // " " + s
	words  []string // its words
	starts []string // " " + each word, to find where a word of a key starts with it
	runes  [][]rune // its words as runes, for the fuzzy tier
}

func newQuery(folded string) query {
	q := query{s: folded, spaced: " " + folded, words: strings.Fields(folded), runes: runeWords(folded)}
	for _, w := range q.words {
		q.starts = append(q.starts, " "+w)
	}
	return q
}

// runeWords splits s into words of runes.
func runeWords(s string) [][]rune {
	var out [][]rune
	for w := range strings.FieldsSeq(s) {
		out = append(out, []rune(w))
	}
	return out
}

// matchUpTo is match, trying no tier worse than worst.
func matchUpTo(c candidate, q query, worst int) (tier, at int) {
	key := c.key
	if strings.HasPrefix(key, q.s) {
		return tierPrefix, 0
	}
	if i := strings.Index(c.spaced, q.spaced); i >= 0 {
		return tierWord, i
	}
	if i := strings.Index(key, q.s); i >= 0 {
		return tierSubstring, i
	}
	if worst < tierWords {
		return tierNone, 0
	}
	if len(q.words) <= maxQueryWords {
		inName, inText, sum := 0, 0, 0
		for i, w := range q.words {
			if strings.Contains(c.spaced, q.starts[i]) {
				inName++
			} else if worst < tierText {
				break
			} else if at := c.text.find(w); at >= 0 {
				inText++
				sum += at
			} else {
				break // a word found nowhere
			}
		}
		switch {
		case inName == len(q.words):
			return tierWords, 0
		case inName+inText == len(q.words):
			return tierText, sum
		}
	}
	if worst < tierSubsequence {
		return tierNone, 0
	}
	if gaps, ok := subsequence(key, q.s); ok {
		return tierSubsequence, gaps
	}
	if worst < tierFuzzy {
		return tierNone, 0
	}
	if d, ok := nearWords(c.words, q.runes); ok {
		return tierFuzzy, d
	}
	return tierNone, 0
}

// subsequence reports whether the runes of q appear in key in order, and how
// many runes of key lie between the first and last of them beyond q's own.
func subsequence(key, q string) (gaps int, ok bool) {
	if len(q) > len(key) {
		return 0, false // q's runes would take more bytes than key has
	}
	rest := q
	k, first, last := 0, -1, 0
	for _, r := range key {
		if rest == "" {
			break
		}
		if qr, size := utf8.DecodeRuneInString(rest); r == qr {
			if first < 0 {
				first = k
			}
			last = k
			rest = rest[size:]
		}
		k++
	}
	if rest != "" {
		return 0, false
	}
	return last - first + 1 - utf8.RuneCountInString(q), true
}

// nearWords reports whether every word of a query (qWords) is within a
// small edit distance (a third of its length) of the start of some word of
// a key, and the sum of the distances. A query of more than maxQueryWords
// words is not near.
func nearWords(keyWords, qWords [][]rune) (dist int, ok bool) {
	if len(qWords) > maxQueryWords {
		return 0, false
	}
	var rows [2][]int // reused by every distance computed
	for _, qr := range qWords {
		allowed := len(qr) / 3
		best := allowed + 1
		for _, wr := range keyWords {
			lo, hi := max(1, len(qr)-1), min(len(wr), len(qr)+1)
			if lo > hi {
				continue
			}
			d := prefixDistances(qr, wr[:hi], &rows)
			for n := lo; n <= hi; n++ {
				best = min(best, d[n])
			}
		}
		if best > allowed {
			return 0, false
		}
		dist += best
	}
	return dist, true
}

// prefixDistances returns the Levenshtein distance from a to each prefix
// of b: d[n] is the distance to b[:n]. It computes in rows, which it grows
// as needed, and returns one of them.
func prefixDistances(a, b []rune, rows *[2][]int) []int {
	for i := range rows {
		if cap(rows[i]) < len(b)+1 {
			rows[i] = make([]int, len(b)+1)
		}
		rows[i] = rows[i][:len(b)+1]
	}
	prev, cur := rows[0], rows[1]
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev
}
