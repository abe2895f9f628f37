// Package feedback keeps what a server's members think of the bot's
// answers, and reports what the notes are missing. It knows nothing of
// Discord or databases: the bot calls a Keeper's methods (Record when it
// answers, Vote and Note when someone presses 👍 or 👎, Report, Clear), a
// store backend implements Store, and the index implements Normalizer.
//
// # What is kept
//
// Each answer given in a server is kept (store.FeedbackAnswer): the
// question, when it was asked, the answer's shape, the IDs of the passages
// it showed or offered, its confidence, whether it was refused ("not in the
// notes"), and the votes on it. Answers given in direct messages are kept
// only with Options.DMs. Who asked is not kept at all, nor anything that
// leads to them: an answer's ID is random, not the ID of the message or
// interaction it answered. A vote is kept under a salted hash of the
// voter's user ID: the salt is random for each answer and travels in the
// answer's buttons, not in the store, so the store alone cannot tell
// whether a given user voted, nor link one person's votes on two answers.
// Everything is deleted after Options.Retention (Expire, run every hour by
// Run), or at once by Clear.
//
// # Writing
//
// An answer must not wait for the store: Record hands the answer to a
// queue and returns at once, and Run writes the queue in batches, one
// transaction each, within Options.FlushEvery. A vote on an answer still in
// the queue writes the queue first; a vote on another process's answer
// not yet written waits for it a little (an answer's ID tells its age).
// When the queue is full, or the store fails, answers go without buttons
// for RecordPause rather than pile up.
//
// # One vote per person
//
// A person's second press on an answer replaces their vote: 👍 then 👎 is
// one 👎. Pressing the same button again changes nothing.
//
// # Gaps
//
// Report groups a server's answers by the question's key (Normalizer: its
// content words after the index's own analysis), so that rewordings of one
// question count together, and lists the groups refused most often and
// those voted down most, each with its counts, when it was last asked, and
// the section of the notes closest to it.
package feedback

import (
	"context"
	"crypto/rand"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"log/slog"
	"strconv"
	"strings"
	"sync"
	"time"
	"unicode/utf8"

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store"
)

// Store keeps answers and votes; store/bolt and store/postgres implement
// it.
type Store interface {
	PutFeedbackAnswers(ctx context.Context, as []*store.FeedbackAnswer) error
	VoteFeedback(ctx context.Context, guild, id, voter string, fn func(v *store.FeedbackVote) error) error
	FeedbackAnswers(ctx context.Context, guild string, since time.Time) ([]store.FeedbackAnswer, error)
	ClearFeedback(ctx context.Context, guild string) (int, error)
	ExpireFeedback(ctx context.Context, before time.Time) (int, error)
}

// Normalizer gives the key that groups rewordings of a question: the same
// for questions with the same content words. *index.Index implements it.
type Normalizer interface {
	QuestionKey(question string) string
}

// Options tune a Keeper. The zero value is useful.
type Options struct {
	// Retention is how long answers and votes are kept; default
	// DefaultRetention.
	Retention time.Duration
	// DMs keeps answers given in direct messages too; default false.
	DMs bool
	// FlushEvery is how long Run lets answers gather before writing them;
	// default 100ms.
	FlushEvery time.Duration
	// Queue is how many answers may wait to be written; default 4096.
	Queue int
	// WriteTimeout bounds the writing of a batch of answers; default 5s.
	WriteTimeout time.Duration
	// Now is the clock; default time.Now.
	Now func() time.Time
	// Salt makes the salt of an answer's voters; default crypto/rand.Text.
	Salt func() string
	// ID makes an answer's ID, at most 20 digits; default NewID.
	ID func() string
	// Logger receives failures and what expiry deleted; default discards.
	Logger *slog.Logger
}

// DefaultRetention is how long answers are kept unless Options say
// otherwise: 90 days.
const DefaultRetention = 90 * 24 * time.Hour

// RecordPause is how long Record keeps no answers after the store failed
// to keep some, or the queue was full.
const RecordPause = 10 * time.Second

// maxBatch is the most answers written in one transaction.
const maxBatch = 500

// youngAnswer is how old an answer may be and still be on its way to the
// store, from another process: a vote on it waits for it.
const youngAnswer = 3 * time.Second

// Limits on what is kept.
const (
	MaxQuestion = 1000 // runes of a question
	MaxNote     = 200  // runes of a 👎 voter's note
	MaxPassages = 10   // passage IDs of an answer
	maxKey      = 500  // bytes of a question's key
)

// ExpireEvery is how often Run deletes what is older than the retention.
const ExpireEvery = time.Hour

// Errors Vote and Note return.
var (
	// ErrGone means the answer is not kept: it is older than the
	// retention, its server cleared its feedback, or it never was kept.
	ErrGone = errors.New("answer no longer kept")
	// ErrNotDown means a note was sent for a vote that is not 👎.
	ErrNotDown = errors.New("no 👎 vote to add a note to")
)

// Keeper keeps answers and votes in a Store. Its methods are safe for
// concurrent use.
type Keeper struct {
	st   Store
	norm Normalizer
	opts Options
	log  *slog.Logger

	queue chan *store.FeedbackAnswer

	mu        sync.Mutex
	skipUntil time.Time                // Record keeps nothing before then, after a failure
	pending   map[string]chan struct{} // server+ID of answers not yet written → closed once they are
}

// New returns a Keeper keeping answers in s, grouping questions with n (nil:
// by their lower-cased words).
func New(s Store, n Normalizer, opts Options) *Keeper {
	if opts.Retention <= 0 {
		opts.Retention = DefaultRetention
	}
	if opts.FlushEvery <= 0 {
		opts.FlushEvery = 100 * time.Millisecond
	}
	if opts.Queue <= 0 {
		opts.Queue = 4096
	}
	if opts.WriteTimeout <= 0 {
		opts.WriteTimeout = 5 * time.Second
	}
	if opts.Now == nil {
		opts.Now = time.Now
	}
	if opts.Salt == nil {
		opts.Salt = rand.Text
	}
	if opts.ID == nil {
		opts.ID = NewID
	}
	if opts.Logger == nil {
		opts.Logger = slog.New(slog.DiscardHandler)
	}
	return &Keeper{st: s, norm: n, opts: opts, log: opts.Logger,
		queue: make(chan *store.FeedbackAnswer, opts.Queue), pending: map[string]chan struct{}{}}
}

// Retention returns how long answers are kept.
func (k *Keeper) Retention() time.Duration { return k.opts.Retention }

// Ticket is what an answer's vote buttons carry: the answer's ID and the
// salt its voters are hashed with.
type Ticket struct {
	ID   string
	Salt string
}

// Record queues answer a, given in guild ("" in a direct message), to be
// kept, and returns the Ticket for its buttons. ok is false when it is not
// kept: a direct message while Options.DMs is off, or for RecordPause
// after the store failed or the queue was full (err says so, once).
func (k *Keeper) Record(ctx context.Context, guild string, a corpus.Answer) (t Ticket, ok bool, err error) {
	if guild == "" && !k.opts.DMs {
		return Ticket{}, false, nil
	}
	now := k.opts.Now()
	q := clean(a.Question, MaxQuestion)
	rec := &store.FeedbackAnswer{
		Guild: storeGuild(guild), ID: k.opts.ID(), Question: q, Key: k.key(q), At: now,
		Shape: string(a.Shape), Confidence: a.Confidence, Refused: !a.Answered,
	}
	if rec.Shape == "" {
		rec.Shape = string(corpus.ShapePassage)
	}
	for _, r := range a.Results {
		if len(rec.Passages) == MaxPassages {
			break
		}
		rec.Passages = append(rec.Passages, r.ID)
	}
	k.mu.Lock()
	defer k.mu.Unlock()
	if now.Before(k.skipUntil) {
		return Ticket{}, false, nil
	}
	select {
	case k.queue <- rec:
	default:
		k.skipUntil = now.Add(RecordPause)
		return Ticket{}, false, fmt.Errorf("record answer: %d answers wait to be written; answers go without vote buttons for %s", cap(k.queue), RecordPause)
	}
	k.pending[pendingKey(rec.Guild, rec.ID)] = make(chan struct{})
	return Ticket{ID: rec.ID, Salt: k.opts.Salt()}, true, nil
}

func pendingKey(guild, id string) string { return guild + "\x00" + id }

// Flush writes the answers recorded so far, or waits for Run to have
// written them, until ctx is done.
func (k *Keeper) Flush(ctx context.Context) {
	k.mu.Lock()
	waits := make([]chan struct{}, 0, len(k.pending))
	for _, done := range k.pending {
		waits = append(waits, done)
	}
	k.mu.Unlock()
	defer func() {
		for _, done := range waits {
			select {
			case <-done:
			case <-ctx.Done():
				return
			}
		}
	}()
	for {
		var batch []*store.FeedbackAnswer
	take:
		for len(batch) < maxBatch {
			select {
			case a := <-k.queue:
				batch = append(batch, a)
			default:
				break take
			}
		}
		if len(batch) == 0 {
			return
		}
		k.writeBatch(ctx, batch)
	}
}

// writeBatch writes answers in one transaction. On failure they are
// dropped, logged, and Record pauses.
func (k *Keeper) writeBatch(ctx context.Context, batch []*store.FeedbackAnswer) {
	ctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), k.opts.WriteTimeout)
	err := k.st.PutFeedbackAnswers(ctx, batch)
	cancel()
	k.mu.Lock()
	for _, a := range batch {
		key := pendingKey(a.Guild, a.ID)
		if done, ok := k.pending[key]; ok {
			close(done)
			delete(k.pending, key)
		}
	}
	if err != nil {
		k.skipUntil = k.opts.Now().Add(RecordPause)
	}
	k.mu.Unlock()
	if err != nil {
		k.log.Warn("feedback: answers not kept; answers go without vote buttons for a while", "answers", len(batch), "pause", RecordPause, "err", err)
	}
}

// settle makes sure the answer guild/id is in the store if this Keeper
// recorded it.
func (k *Keeper) settle(ctx context.Context, guild, id string) {
	k.mu.Lock()
	_, ok := k.pending[pendingKey(guild, id)]
	k.mu.Unlock()
	if ok {
		k.Flush(ctx)
	}
}

// young reports whether the answer with this ID was given less than
// youngAnswer ago (by its ID's time; see NewID).
func (k *Keeper) young(id string) bool {
	n, err := strconv.ParseUint(id, 10, 64)
	if err != nil {
		return false
	}
	age := k.opts.Now().Sub(time.UnixMilli(int64(n >> 22)))
	return age >= -time.Second && age < youngAnswer
}

// vote runs fn on a vote as VoteFeedback does, first settling an answer of
// this process, and waiting for a young one of another to be written.
func (k *Keeper) vote(ctx context.Context, guild, id, voter string, fn func(v *store.FeedbackVote) error) error {
	k.settle(ctx, guild, id)
	for wait := 100 * time.Millisecond; ; wait *= 2 {
		err := k.st.VoteFeedback(ctx, guild, id, voter, fn)
		if !errors.Is(err, store.ErrNotFound) || !k.young(id) {
			return err
		}
		select {
		case <-ctx.Done():
			return err
		case <-time.After(wait):
		}
	}
}

// Outcome is what a press of 👍 or 👎 did.
type Outcome int

// Outcomes of Vote.
const (
	Cast    Outcome = iota // a first vote
	Changed                // the other vote replaced
	Same                   // the same vote again: nothing changed
)

// Vote records user's vote on the answer t names, given in guild ("" in a
// direct message): a second vote replaces the first. It returns ErrGone
// when the answer is no longer kept.
func (k *Keeper) Vote(ctx context.Context, guild string, t Ticket, user string, up bool) (Outcome, error) {
	var out Outcome
	err := k.vote(ctx, storeGuild(guild), t.ID, Voter(t.Salt, user), func(v *store.FeedbackVote) error {
		switch {
		case v.At.IsZero():
			out = Cast
		case v.Up == up:
			out = Same
			return nil
		default:
			out = Changed
		}
		v.Up, v.At = up, k.opts.Now()
		if up {
			v.Note = ""
		}
		return nil
	})
	if errors.Is(err, store.ErrNotFound) {
		return 0, ErrGone
	}
	if err != nil {
		return 0, fmt.Errorf("vote on answer %s: %w", t.ID, err)
	}
	return out, nil
}

// Note keeps what user, who voted 👎 on the answer t names, was looking for
// (cut to MaxNote runes; empty removes it). It returns ErrNotDown when their
// vote is not 👎, ErrGone when the answer is no longer kept.
func (k *Keeper) Note(ctx context.Context, guild string, t Ticket, user, note string) error {
	note = clean(note, MaxNote)
	err := k.vote(ctx, storeGuild(guild), t.ID, Voter(t.Salt, user), func(v *store.FeedbackVote) error {
		if v.At.IsZero() || v.Up {
			return ErrNotDown
		}
		v.Note = note
		return nil
	})
	switch {
	case errors.Is(err, store.ErrNotFound):
		return ErrGone
	case errors.Is(err, ErrNotDown):
		return ErrNotDown
	case err != nil:
		return fmt.Errorf("note on answer %s: %w", t.ID, err)
	}
	return nil
}

// Clear deletes every answer kept for guild, with its votes, and returns
// how many there were.
func (k *Keeper) Clear(ctx context.Context, guild string) (int, error) {
	k.Flush(ctx)
	n, err := k.st.ClearFeedback(ctx, storeGuild(guild))
	if err != nil {
		return 0, fmt.Errorf("clear feedback of guild %s: %w", guild, err)
	}
	k.log.Info("feedback: cleared", "guild", guild, "answers", n)
	return n, nil
}

// Expire deletes what is older than the retention, in every server, and
// returns how many answers it deleted.
func (k *Keeper) Expire(ctx context.Context) (int, error) {
	k.Flush(ctx)
	n, err := k.st.ExpireFeedback(ctx, k.opts.Now().Add(-k.opts.Retention))
	if err != nil {
		return 0, fmt.Errorf("expire feedback: %w", err)
	}
	if n > 0 {
		k.log.Info("feedback: deleted answers older than the retention", "answers", n, "retention", k.opts.Retention)
	}
	return n, nil
}

// Run writes the answers Record queues, within Options.FlushEvery of the
// first, and expires old answers now and every ExpireEvery, until ctx is
// done; then it writes what is left. Failures are logged and tried again
// at the next turn (answers that failed to be written are dropped).
func (k *Keeper) Run(ctx context.Context) {
	expire := func() {
		ectx, cancel := context.WithTimeout(ctx, time.Minute)
		defer cancel()
		if _, err := k.Expire(ectx); err != nil && ctx.Err() == nil {
			k.log.Warn("feedback: could not delete old answers; trying again later", "err", err)
		}
	}
	expire()
	t := time.NewTicker(ExpireEvery)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			k.Flush(ctx)
			return
		case <-t.C:
			expire()
		case a := <-k.queue:
			batch := []*store.FeedbackAnswer{a}
			gather := time.NewTimer(k.opts.FlushEvery)
		more:
			for len(batch) < maxBatch {
				select {
				case a := <-k.queue:
					batch = append(batch, a)
				case <-gather.C:
					break more
				case <-ctx.Done():
					break more
				}
			}
			gather.Stop()
			k.writeBatch(ctx, batch)
		}
	}
}

// NewID returns a new answer ID: like a Discord ID, the time in
// milliseconds shifted left 22 bits, here with 22 random bits below, in
// decimal. IDs sort by time, and two answers in the same millisecond have
// one chance in four million of the same ID.
func NewID() string {
	var b [4]byte
	_, _ = rand.Read(b[:])
	r := uint64(b[0])<<16 | uint64(b[1])<<8 | uint64(b[2])
	return strconv.FormatUint(uint64(time.Now().UnixMilli())<<22|r&(1<<22-1), 10)
}

// Voter is the salted hash a vote is kept under: the first 128 bits of
// SHA-256(salt, user), in hex.
func Voter(salt, user string) string {
	h := sha256.Sum256([]byte(salt + "\x00" + user))
	return hex.EncodeToString(h[:16])
}

// storeGuild is where answers given in guild are kept.
func storeGuild(guild string) string {
	if guild == "" {
		return store.FeedbackDM
	}
	return guild
}

// key groups q with its rewordings.
func (k *Keeper) key(q string) string {
	var key string
	if k.norm != nil {
		key = k.norm.QuestionKey(q)
	}
	if strings.TrimSpace(key) == "" {
		key = strings.Join(strings.Fields(strings.ToLower(q)), " ")
	}
	if len(key) > maxKey {
		key = strings.ToValidUTF8(key[:maxKey], "")
	}
	return key
}

// clean makes s valid UTF-8 without NUL bytes (which PostgreSQL's text
// cannot hold) on one line, cut to n runes.
func clean(s string, n int) string {
	s = strings.Join(strings.Fields(strings.ReplaceAll(strings.ToValidUTF8(s, "\uFFFD"), "\x00", " ")), " ")
	if utf8.RuneCountInString(s) > n {
		s = string([]rune(s)[:n])
	}
	return s
}
