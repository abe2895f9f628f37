// Package bot answers questions about the notes on Discord. Its handlers are
// transport-free: they take the Discord types of wire.go and return the
// response, so the gateway edge and an HTTP interactions endpoint share one
// code path, and tests drive them with interaction JSON.
package bot

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math"
	"math/rand/v2"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
)

// Searcher answers questions from the notes.
type Searcher interface {
	Search(ctx context.Context, question string, n int) (corpus.Answer, error)
}

// Options configure a Bot. The zero value is ready to use.
type Options struct {
	// RateLimit is how many questions one user may ask per RateWindow;
	// default 5.
	RateLimit int
	// RateWindow is the window of RateLimit; default 30 seconds.
	RateWindow time.Duration
	// AutocompleteLimit is how many autocomplete requests (one a keystroke
	// or so) one user may make per RateWindow; default 10 × RateLimit.
	AutocompleteLimit int
	// Results is how many results a question fetches, paged through with
	// "More results"; default 10.
	Results int
	// Now is the clock of the rate limiter and of conversations; default
	// time.Now.
	Now func() time.Time
	// Rand picks the passage of /fact; default a randomly seeded source.
	Rand rand.Source
	// Logger logs failures and refusals; default discards.
	Logger *slog.Logger
	// Footer starts the footer of every answer; default "conceptbot".
	Footer string
	// Observer is told of answered questions and rate-limited users, for
	// metrics; default observes nothing.
	Observer Observer
	// Welcome posts a short welcome in a server's system channel when the
	// bot joins it (over the gateway); default false.
	Welcome bool
	// Daily runs the daily facts that /daily manages; default nil, and
	// /daily answers that daily facts are not enabled. Leave it nil rather
	// than setting a nil *daily.Scheduler.
	Daily DailyScheduler
	// Notes keeps each server's own notes, which its questions are
	// answered from and /notes manages (see library.go and notes.go);
	// default nil: every server answers from the shared notes and /notes
	// answers that it is not enabled.
	Notes NotesKeeper
	// Followups edits the response to an interaction after a deferred
	// one, for /notes add and export and /notes gaps export; required
	// with Notes and with Feedback.
	Followups Followups
	// Attachments says where documents may be downloaded from, for
	// /notes add.
	Attachments AttachmentOptions
	// Feedback keeps answers and the 👍/👎 on them (feedback.go), and
	// reports the gaps of /notes gaps; default nil: answers have no vote
	// buttons and /notes gaps says feedback is off. Leave it nil rather
	// than setting a nil *feedback.Keeper.
	Feedback Feedback
}

// maxQuestion is how many runes of a question are searched; the rest is cut.
const maxQuestion = 1000

// Bot answers interactions and messages from a corpus and a Searcher. It is
// safe for concurrent use.
type Bot struct {
	search  Searcher
	corpus  *corpus.Corpus
	results int
	log     *slog.Logger
	fmt     formatter
	limit   *limiter // questions
	typing  *limiter // autocomplete
	talks   *conversations
	obs     Observer
	daily   DailyScheduler // nil: /daily is not enabled
	welcome bool
	votes   Feedback // nil: no vote buttons

	randMu sync.Mutex
	rand   *rand.Rand

	sharedView *view       // the shared notes (search and corpus): what DMs are answered from
	library    Library     // nil: servers have no notes of their own
	views      views       // servers' own shelves
	notes      NotesKeeper // nil: /notes is not enabled
	followups  Followups
	fetch      *fetcher
	work       sync.WaitGroup // deferred work under way (uploads, exports)
}

// New returns a bot answering from s, looking sections up in c (which may
// be nil: no sections).
func New(s Searcher, c *corpus.Corpus, opts Options) *Bot {
	if c == nil {
		c, _ = corpus.New()
	}
	if opts.RateLimit <= 0 {
		opts.RateLimit = 5
	}
	if opts.RateWindow <= 0 {
		opts.RateWindow = 30 * time.Second
	}
	if opts.AutocompleteLimit <= 0 {
		opts.AutocompleteLimit = 10 * min(opts.RateLimit, math.MaxInt/10)
	}
	if opts.Results <= 0 {
		opts.Results = 10
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Rand == nil {
		opts.Rand = rand.NewPCG(rand.Uint64(), rand.Uint64())
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	if opts.Observer == nil {
		opts.Observer = nopObserver{}
	}
	b := &Bot{
		search:  s,
		corpus:  c,
		results: opts.Results,
		log:     opts.Logger,
		fmt:     formatter{footer: opts.Footer},
		limit:   newLimiter(opts.RateLimit, opts.RateWindow, opts.Now),
		typing:  newLimiter(opts.AutocompleteLimit, opts.RateWindow, opts.Now),
		talks:   newConversations(opts.Now),
		obs:     opts.Observer,
		daily:   opts.Daily,
		welcome: opts.Welcome,
		votes:   opts.Feedback,
		rand:    rand.New(opts.Rand),
		notes:   opts.Notes,
		fetch:   newFetcher(opts.Attachments),
	}
	b.sharedView = &view{shared: newShelf(c), search: s}
	if opts.Notes != nil {
		b.library = opts.Notes
	}
	if opts.Notes != nil || opts.Feedback != nil {
		b.followups = opts.Followups
	}
	return b
}

// Messages users see.
const (
	msgRateLimited  = "You're asking quickly — please wait a few seconds and try again."
	msgEmpty        = "Please type a question."
	msgUnknown      = "Sorry, I don't know that command. Try `/ask`, `/lookup`, `/fact` or `/help`."
	msgExpired      = "Sorry, that button no longer works. Ask again with `/ask`."
	msgNoNotes      = "There are no notes loaded yet."
	msgNoText       = "That message has no text I can look up."
	msgFailure      = "Sorry, something went wrong on my side. Please try again in a moment."
	msgSectionGone  = "Sorry, I can't find that section in the notes any more."
	customIDMore    = "more"
	customIDPage    = "page"
	customIDSection = "section"
	customIDPassage = "passage"
	customIDFact    = "fact"
)

// AnswerTimeout bounds the handling of an interaction: Discord drops one
// that is not answered within 3 seconds.
const AnswerTimeout = 3 * time.Second

// Failure is what an edge answers an interaction of type t with when
// Interaction fails: an ephemeral apology, or for autocomplete no choices.
// The error itself is for the log.
func Failure(t InteractionType) *Response {
	if t == InteractionAutocomplete {
		return &Response{Type: ResponseAutocompleteResult, Data: &ResponseData{}}
	}
	return ephemeral(msgFailure)
}

// ephemeral is a message only the user sees.
func ephemeral(msg string) *Response {
	return reply{content: msg, ephemeral: true}.response(ResponseMessage)
}

// Interaction answers an interaction. Interactions it does not know get a
// polite ephemeral message; the error is for internal failures, such as a
// failed search, which the edge reports with Failure.
func (b *Bot) Interaction(ctx context.Context, in *Interaction) (*Response, error) {
	if in == nil {
		return nil, errors.New("interaction: nil")
	}
	switch in.Type {
	case InteractionPing:
		return &Response{Type: ResponsePong}, nil
	case InteractionCommand:
		return b.command(ctx, in)
	case InteractionAutocomplete:
		return b.autocomplete(ctx, in), nil
	case InteractionComponent:
		return b.component(ctx, in)
	case InteractionModalSubmit:
		return b.modalSubmit(ctx, in)
	}
	b.log.Info("unhandled interaction", "type", in.Type, "custom_id", in.Data.CustomID)
	return ephemeral(msgUnknown), nil
}

// Message answers a message that mentions the bot, or any message in a DM.
// selfID is the bot's user ID. It reports false for messages the bot should
// not answer: its own, other bots', ones not addressed to it, and repeated
// questions from a user already told to slow down.
func (b *Bot) Message(ctx context.Context, m *Message, selfID string) (*MessageSend, bool) {
	if m == nil || m.Author == nil || m.Author.Bot || m.Author.ID == selfID {
		return nil, false
	}
	q, ok := addressed(m, selfID)
	if !ok {
		return nil, false
	}
	if q == "" {
		return reply{content: b.help(ctx, m.GuildID)}.send(m), true
	}
	allowed, first := b.allow(m.Author.ID)
	if !allowed {
		b.log.Info("rate limited", "user", m.Author.ID)
		if !first {
			return nil, false
		}
		return reply{content: msgRateLimited}.send(m), true
	}
	a, err := b.ask(ctx, m.GuildID, asker{m.ChannelID, m.Author.ID}, q)
	if err != nil {
		b.log.Error("answer message", "user", m.Author.ID, "message", m.ID, "err", err)
		return reply{content: msgFailure}.send(m), true
	}
	return b.withVotes(ctx, m.GuildID, a, b.fmt.answer(a, 0, false)).send(m), true
}

// addressed returns the question of m when m is a DM or mentions selfID,
// with the bot's mentions removed.
func addressed(m *Message, selfID string) (string, bool) {
	ok := m.GuildID == ""
	content := m.Content
	if selfID != "" {
		for _, tag := range []string{"<@" + selfID + ">", "<@!" + selfID + ">"} {
			if strings.Contains(content, tag) {
				ok = true
				content = strings.Join(strings.Fields(strings.ReplaceAll(content, tag, " ")), " ")
			}
		}
		for _, u := range m.Mentions {
			if u.ID == selfID {
				ok = true
			}
		}
	}
	return cleanQuestion(content), ok
}

// cleanQuestion trims q, makes it valid UTF-8 and cuts it to maxQuestion
// runes: a huge question gets an answer to its beginning, not an error.
func cleanQuestion(q string) string {
	q = strings.TrimSpace(strings.ToValidUTF8(q, "\uFFFD"))
	if utf8.RuneCountInString(q) > maxQuestion {
		q = strings.TrimSpace(cut(q, maxQuestion))
	}
	return q
}

// help is the reply to a mention without a question in guild.
func (b *Bot) help(ctx context.Context, guild string) string {
	example := "what are the key points?"
	if v, err := b.view(ctx, guild); err == nil && v.firstTitle() != "" {
		example = "what is " + v.firstTitle() + "?"
	}
	return renderMD([]mdSeg{markup("Ask me a question about the notes, e.g. "), text(truncate(example, 200)), markup(" — `/help` tells you more.")}, discordLimits.content)
}

// ask searches for q in the notes of guild ("" in a DM), asked by by in
// the conversation they are having (see conversations).
func (b *Bot) ask(ctx context.Context, guild string, by asker, q string) (corpus.Answer, error) {
	start := time.Now()
	v, err := b.view(ctx, guild)
	if err != nil {
		return corpus.Answer{}, fmt.Errorf("notes of guild %s: %w", guild, err)
	}
	if doc := b.talks.topic(by); doc != "" {
		ctx = corpus.WithTopic(ctx, doc)
	}
	a, err := v.ask(ctx, q, b.results)
	if err != nil {
		return corpus.Answer{}, fmt.Errorf("search %q: %w", q, err)
	}
	if a.Answered && len(a.Results) > 0 {
		b.talks.answered(by, a.Results[0].DocID)
	}
	b.obs.Answered(time.Since(start), a.Answered)
	if a.Question == "" {
		a.Question = q
	}
	return a, nil
}

// component answers a button press. Custom IDs are
//
//	more:<page>:<question>      the page'th page of the answer, for the presser alone
//	page:<page>:<question>      the page'th page, in place when the message is theirs (paging.go)
//	section:<id>, section#<hash> the whole section, ephemeral
//	passage:<id>, passage#<hash> one passage, ephemeral
//	fact                        another fact, replacing the message
//
// where a hash stands for an ID too long for the 100 characters of a
// custom_id (see refID).
func (b *Bot) component(ctx context.Context, in *Interaction) (*Response, error) {
	id := in.Data.CustomID
	if id == customIDFact {
		return b.fact(ctx, in.GuildID, true)
	}
	i := strings.IndexAny(id, ":#")
	if i < 0 {
		return ephemeral(msgExpired), nil
	}
	v, err := b.view(ctx, in.GuildID)
	if err != nil {
		return nil, err
	}
	kind, arg := id[:i], id[i+1:]
	if id[i] == '#' {
		full, ok := v.unhash(arg)
		if !ok {
			return ephemeral(msgSectionGone), nil
		}
		arg = full
	}
	switch kind {
	case customIDMore:
		return b.page(ctx, in, arg, false)
	case customIDPage:
		return b.page(ctx, in, arg, ownMessage(in))
	case customIDSection:
		if r, ok := b.sectionReply(v, arg); ok {
			r.ephemeral = true // a button press is answered for the presser alone
			return r.response(ResponseMessage), nil
		}
		return ephemeral(msgSectionGone), nil
	case customIDVote:
		return b.vote(ctx, in, arg)
	case customIDGaps:
		return b.gapsButton(ctx, in, arg)
	case customIDPassage:
		if p, ok := v.passage(arg); ok {
			r := b.fmt.passage(p, p.Citation(), colorAnswer)
			r.ephemeral = true
			return r.response(ResponseMessage), nil
		}
		return ephemeral(msgSectionGone), nil
	}
	return ephemeral(msgExpired), nil
}

// sectionReply is the whole section id, or the one passage when id names a
// passage, for everyone to see.
func (b *Bot) sectionReply(v *view, id string) (reply, bool) {
	if sec, ok := v.section(id); ok {
		return b.fmt.section(sec), true
	}
	if p, ok := v.passage(id); ok {
		return b.fmt.passage(p, p.Citation(), colorAnswer), true
	}
	return reply{}, false
}

// fact is a random passage of the notes of guild ("" in a DM). update
// replaces the message ("Another fact").
func (b *Bot) fact(ctx context.Context, guild string, update bool) (*Response, error) {
	v, err := b.view(ctx, guild)
	if err != nil {
		return nil, err
	}
	b.randMu.Lock()
	p, ok := v.fact(b.rand)
	b.randMu.Unlock()
	if !ok {
		return ephemeral(msgNoNotes), nil
	}
	another := Component{
		Type:     ComponentButton,
		Style:    ButtonPrimary,
		Label:    "Another fact",
		CustomID: customIDFact,
	}
	r := b.fmt.passage(p, "Fact", colorFact, another)
	if update {
		return r.response(ResponseUpdateMessage), nil
	}
	return r.response(ResponseMessage), nil
}

// Commands returns the application commands the bot answers.
func (b *Bot) Commands() []Command { return Commands() }

var _ Handler = (*Bot)(nil)
