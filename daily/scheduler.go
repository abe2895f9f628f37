package daily

import (
	"context"
	"errors"
	"fmt"
	"log/slog"
	"math/rand/v2"
	"slices"
	"sync"
	"sync/atomic"
	"time"

	bolt "go.etcd.io/bbolt"

	"github.com/conceptbot/conceptbot/corpus"
)

// maxWait caps the wait of the single timer, so that a suspended host or a
// stepped wall clock is noticed within this long. It re-arms the timer; it
// does not poll the servers.
const maxWait = 30 * time.Minute

var defaultBackoff = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour}

// Scheduler keeps every server's daily facts and posts them when due. Its
// methods are safe for concurrent use.
type Scheduler struct {
	db      *bolt.DB
	send    Sender
	clock   Clock
	log     *slog.Logger
	grace   time.Duration
	backoff []time.Duration

	wake    chan struct{} // re-arms Run's timer
	running atomic.Bool
	wg      sync.WaitGroup // posts started by Run

	mu       sync.Mutex // guards the fields below and orders store updates
	corpus   *corpus.Corpus
	rand     *rand.Rand
	next     map[string]time.Time // guild → when its next post is due; only guilds on and not paused
	inflight map[string]bool      // guilds whose post is between intent and done right now
	locs     map[string]*time.Location
}

// Open opens (or creates) the store at path and returns a Scheduler posting
// facts from c through send. Posts are only made while Run runs.
func Open(path string, c *corpus.Corpus, send Sender, opts Options) (*Scheduler, error) {
	if c == nil || send == nil {
		return nil, errors.New("open daily store: corpus and sender are required")
	}
	s := &Scheduler{
		send:     send,
		clock:    opts.Clock,
		log:      opts.Logger,
		grace:    opts.Grace,
		backoff:  opts.Backoff,
		wake:     make(chan struct{}, 1),
		corpus:   c,
		rand:     opts.Rand,
		next:     map[string]time.Time{},
		inflight: map[string]bool{},
		locs:     map[string]*time.Location{},
	}
	if s.clock == nil {
		s.clock = systemClock{}
	}
	if s.log == nil {
		s.log = slog.Default()
	}
	if s.grace == 0 {
		s.grace = 6 * time.Hour
	}
	s.grace = max(s.grace, time.Minute)
	if len(s.backoff) == 0 {
		s.backoff = defaultBackoff
	}
	if s.rand == nil {
		s.rand = rand.New(rand.NewPCG(rand.Uint64(), rand.Uint64()))
	}
	db, err := bolt.Open(path, 0o600, &bolt.Options{Timeout: time.Second})
	if err != nil {
		return nil, fmt.Errorf("open daily store %s: %w", path, err)
	}
	var recs []*record
	err = initStore(db)
	if err == nil {
		err = db.View(func(tx *bolt.Tx) (err error) {
			recs, err = allRecords(tx)
			return err
		})
	}
	if err != nil {
		db.Close()
		return nil, fmt.Errorf("open daily store %s: %w", path, err)
	}
	s.db = db
	now := s.clock.Now()
	for _, r := range recs {
		s.refresh(r, now)
	}
	return s, nil
}

// Close closes the store. Call it after Run has returned.
func (s *Scheduler) Close() error { return s.db.Close() }

// SetCorpus replaces the corpus facts are drawn from, e.g. after the notes
// are reloaded. New passages join the current rotations; removed ones are
// no longer posted.
func (s *Scheduler) SetCorpus(c *corpus.Corpus) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.corpus = c
}

// Run posts the facts as they fall due until ctx is done, then waits for
// the posts under way and returns nil. A post missed while the bot was down
// is sent at once if it is within the grace window. Run keeps one timer,
// armed for the earliest due post of all servers.
func (s *Scheduler) Run(ctx context.Context) error {
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("daily: Run is already running")
	}
	defer s.running.Store(false)
	defer s.wg.Wait()
	for {
		due, deadline := s.due(s.clock.Now())
		for _, g := range due {
			s.wg.Go(func() { s.fire(ctx, g) })
		}
		t := s.clock.NewTimer(deadline.Sub(s.clock.Now()))
		select {
		case <-ctx.Done():
			t.Stop()
			return nil
		case <-t.C():
		case <-s.wake:
			t.Stop()
		}
	}
}

// due claims the guilds whose post is due at now and returns them, with
// when the earliest post that is not falls due (at most maxWait from now).
func (s *Scheduler) due(now time.Time) (due []string, deadline time.Time) {
	s.mu.Lock()
	defer s.mu.Unlock()
	deadline = now.Add(maxWait)
	for g, at := range s.next {
		switch {
		case s.inflight[g]:
		case !at.After(now):
			s.inflight[g] = true
			due = append(due, g)
		case at.Before(deadline):
			deadline = at
		}
	}
	slices.Sort(due)
	return due, deadline
}

// job is a post between its intent and done.
type job struct {
	guild, channel, date, nonce string
	passage                     corpus.Passage
}

// fire makes the due post of a guild claimed by due.
func (s *Scheduler) fire(ctx context.Context, guild string) {
	j, err := s.begin(guild, false)
	if err != nil || j == nil {
		if err != nil {
			s.log.Error("daily post", "guild", guild, "err", err)
		}
		s.mu.Lock()
		delete(s.inflight, guild)
		s.mu.Unlock()
		s.poke()
		return
	}
	s.finish(ctx, j, s.send.SendFact(ctx, j.channel, j.passage, j.nonce))
}

// Now posts the next fact at once. It counts as the post of the local date,
// so no other is made that date; it fails if that date's post is made
// already. A failed send is retried like a scheduled one.
func (s *Scheduler) Now(ctx context.Context, guildID string) (corpus.Passage, error) {
	j, err := s.begin(guildID, true)
	if err != nil {
		return corpus.Passage{}, err
	}
	err = s.send.SendFact(ctx, j.channel, j.passage, j.nonce)
	s.finish(ctx, j, err)
	switch {
	case errors.Is(err, ErrChannelUnavailable):
		return corpus.Passage{}, &Error{Code: ESend, Message: pausedReason, Err: err}
	case err != nil:
		return corpus.Passage{}, &Error{Code: ESend, Message: "Posting the fact failed; it will be retried automatically.", Err: err}
	}
	return j.passage, nil
}

const pausedReason = "I can't post in the channel: it was deleted or I may no longer send messages there. Fix that, then run /daily set to resume."

var errNotSetUp = &Error{Code: ENotFound, Message: "Daily facts aren't set up on this server. A moderator can start them with /daily set."}

// begin records the intent of a post, or finds the one recorded before, and
// returns it as a job; nil when nothing is due. manual is true for Now:
// the post is for today's local date and due at once. A scheduled post's
// guild is claimed already; a manual one claims it.
func (s *Scheduler) begin(guild string, manual bool) (*job, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	if manual && s.inflight[guild] {
		return nil, &Error{Code: EConflict, Message: "A fact is being posted right now; try again in a moment."}
	}
	var j *job
	var userErr error
	_, err := s.update(guild, nil, func(r *record) {
		loc := s.loc(r.Zone)
		if manual {
			date := now.In(loc).Format(dateLayout)
			switch {
			case !r.On:
				userErr = &Error{Code: EConflict, Message: "Daily facts are off on this server. Run /daily set to turn them on."}
				return
			case r.Handled >= date:
				userErr = &Error{Code: EConflict, Message: "Today's fact is posted already; there is one post a day."}
				return
			}
			if r.Pending != nil && r.Pending.Date != date {
				s.log.Warn("daily post superseded", "guild", guild, "date", r.Pending.Date, "nonce", r.Pending.Nonce)
				r.Pending = nil
			}
			if r.Pending == nil && !s.intend(r, date, now, now) {
				userErr = &Error{Code: ENotFound, Message: fmt.Sprintf("There are no %s facts in the notes to post.", r.From)}
				return
			}
			r.Pending.NextTry = now
		} else {
			at, date, ok := nextPost(r, loc, now, s.grace)
			switch {
			case !ok || at.After(now):
				return
			case r.Pending == nil:
				if !s.intend(r, date, at, now) {
					r.Handled = max(r.Handled, date)
					r.LastError = fmt.Sprintf("Nothing was posted on %s: the notes have no %s facts.", date, r.From)
					r.LastErrorAt = now
					return
				}
			case !now.Before(r.Pending.Deadline):
				s.giveUp(r, now, "the grace window closed before the post was confirmed")
				return
			}
		}
		p, ok := s.corpus.Passage(r.Pending.Passage)
		if !ok { // removed from the corpus since the intent
			if p, ok = s.nextFact(r); !ok {
				s.giveUp(r, now, fmt.Sprintf("there are no %s facts in the notes", r.From))
				userErr = &Error{Code: ENotFound, Message: fmt.Sprintf("There are no %s facts in the notes to post.", r.From)}
				return
			}
			r.Pending.Passage = p.ID
		}
		j = &job{guild: guild, channel: r.Channel, date: r.Pending.Date, nonce: r.Pending.Nonce, passage: p}
	})
	if err == nil && manual {
		err = userErr
	}
	if err != nil {
		return nil, err
	}
	if j != nil && manual {
		s.inflight[guild] = true
	}
	return j, nil
}

// intend records the intent to post r's next fact for a local date whose
// slot is at due. It returns false when there is nothing to post.
func (s *Scheduler) intend(r *record, date string, due, now time.Time) bool {
	p, ok := s.nextFact(r)
	if !ok {
		return false
	}
	r.Pending = &pending{
		Date:     date,
		Nonce:    nonce(r.Guild, date),
		Passage:  p.ID,
		Deadline: due.Add(s.grace),
		NextTry:  now,
	}
	return true
}

// giveUp drops r's recorded intent; its date gets no post and its passage
// stays in the rotation.
func (s *Scheduler) giveUp(r *record, now time.Time, why string) {
	s.log.Warn("daily post given up", "guild", r.Guild, "date", r.Pending.Date, "nonce", r.Pending.Nonce, "why", why)
	r.Handled = max(r.Handled, r.Pending.Date)
	r.LastError = fmt.Sprintf("The fact for %s was not posted: %s.", r.Pending.Date, why)
	r.LastErrorAt = now
	r.Pending = nil
}

// finish records the outcome of sending j and releases its guild.
func (s *Scheduler) finish(ctx context.Context, j *job, sendErr error) {
	s.mu.Lock()
	defer s.poke()
	defer s.mu.Unlock()
	defer delete(s.inflight, j.guild)
	log := s.log.With("guild", j.guild, "channel", j.channel, "date", j.date, "passage", j.passage.ID, "nonce", j.nonce)
	if sendErr != nil && errors.Is(ctx.Err(), context.Canceled) {
		// Shutting down: keep the intent; the retry after restart reuses
		// its nonce. (A caller's deadline, as /daily now has, is a failed
		// send like any other.)
		log.Info("daily post interrupted", "err", sendErr)
		return
	}
	now := s.clock.Now()
	_, err := s.update(j.guild, nil, func(r *record) {
		mine := r.Pending != nil && r.Pending.Nonce == j.nonce && r.Pending.Date == j.date
		if sendErr == nil {
			if mine {
				r.Pending = nil
			}
			// A late post (caught up or retried past midnight) also counts
			// for the date it went out on, so no date gets two.
			r.Handled = max(r.Handled, j.date, now.In(s.loc(r.Zone)).Format(dateLayout))
			r.LastPost = now
			r.LastError, r.LastErrorAt = "", time.Time{}
			r.Paused = ""
			s.consume(r, j.passage.ID)
			return
		}
		r.LastError, r.LastErrorAt = sendErr.Error(), now
		switch {
		case errors.Is(sendErr, ErrChannelUnavailable):
			r.Paused = pausedReason
		case mine:
			r.Pending.Attempts++
			next := now.Add(s.backoff[min(r.Pending.Attempts, len(s.backoff))-1])
			if next.After(r.Pending.Deadline) {
				s.giveUp(r, now, fmt.Sprintf("%d attempts failed, the last with: %v", r.Pending.Attempts, sendErr))
			} else {
				r.Pending.NextTry = next
			}
		}
	})
	switch {
	case err != nil:
		log.Error("daily post: record outcome", "sent", sendErr == nil, "err", err)
	case sendErr == nil:
		log.Info("daily post sent")
	case errors.Is(sendErr, ErrChannelUnavailable):
		log.Error("daily posts paused", "err", sendErr)
	default:
		log.Warn("daily post failed", "err", sendErr)
	}
}

// Set starts or changes a server's daily facts: a post in channelID every
// day at hhmm ("HH:MM", 24-hour) local time in zone (an IANA name) drawn
// from from (see ParseFrom). It resumes a paused schedule; a post whose
// send failed is retried at once. A local time already past today is first
// posted tomorrow. Invalid input yields an *Error with a message for the
// moderator.
func (s *Scheduler) Set(guildID, channelID, hhmm, zone, from string) (Status, error) {
	switch {
	case guildID == "":
		return Status{}, &Error{Code: EInvalid, Message: "Daily facts can only be set up in a server."}
	case channelID == "":
		return Status{}, &Error{Code: EInvalid, Message: "Choose a channel for the daily facts."}
	}
	h, m, err := parseClock(hhmm)
	if err != nil {
		return Status{}, err
	}
	zone, _, err = loadZone(zone)
	if err != nil {
		return Status{}, err
	}
	f, err := ParseFrom(from)
	if err != nil {
		return Status{}, err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	fresh := &record{Guild: guildID, Seed: s.rand.Uint64()}
	r, err := s.update(guildID, fresh, func(r *record) {
		if !r.On || r.Hour != h || r.Minute != m || r.Zone != zone {
			r.Since = now
		}
		r.Channel, r.Hour, r.Minute, r.Zone, r.From, r.On = channelID, h, m, zone, f, true
		r.Paused = ""
		if r.Pending != nil {
			r.Pending.NextTry, r.Pending.Attempts = now, 0
		}
	})
	if err != nil {
		return Status{}, err
	}
	return s.status(r, now), nil
}

// Status reports a server's daily facts.
func (s *Scheduler) Status(guildID string) (Status, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var r *record
	err := s.db.View(func(tx *bolt.Tx) (err error) {
		r, err = getRecord(tx, guildID)
		return err
	})
	switch {
	case err != nil:
		return Status{}, err
	case r == nil:
		return Status{}, errNotSetUp
	}
	return s.status(r, s.clock.Now()), nil
}

func (s *Scheduler) status(r *record, now time.Time) Status {
	loc := s.loc(r.Zone)
	st := Status{
		GuildID:     r.Guild,
		ChannelID:   r.Channel,
		Time:        clock(r.Hour, r.Minute),
		Zone:        r.Zone,
		From:        r.From,
		On:          r.On,
		Paused:      r.Paused != "",
		Reason:      r.Paused,
		Retrying:    r.On && r.Paused == "" && r.Pending != nil && r.Pending.Attempts > 0,
		Next:        upcoming(r, loc, now, s.grace, 3),
		LastError:   r.LastError,
		LastErrorAt: r.LastErrorAt,
	}
	if !r.LastPost.IsZero() {
		st.LastPost = r.LastPost.In(loc)
	}
	elig := eligible(s.corpus, r.From)
	if st.Left = len(remaining(r, elig)); st.Left == 0 {
		st.Left = len(elig)
	}
	return st
}

// Preview returns the fact the next post will carry, without consuming it.
func (s *Scheduler) Preview(guildID string) (corpus.Passage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	var p corpus.Passage
	var ok bool
	r, err := s.update(guildID, nil, func(r *record) {
		if r.Pending != nil {
			if p, ok = s.corpus.Passage(r.Pending.Passage); ok {
				return
			}
		}
		p, ok = s.nextFact(r)
	})
	switch {
	case err != nil:
		return corpus.Passage{}, err
	case !ok:
		return corpus.Passage{}, &Error{Code: ENotFound, Message: fmt.Sprintf("There are no %s facts in the notes to post.", r.From)}
	}
	return p, nil
}

// Skip passes over the fact the next post would carry and returns it. If
// that post is being retried, it is made with the fact after.
func (s *Scheduler) Skip(guildID string) (corpus.Passage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inflight[guildID] {
		return corpus.Passage{}, &Error{Code: EConflict, Message: "A fact is being posted right now; try again in a moment."}
	}
	var p corpus.Passage
	var ok bool
	r, err := s.update(guildID, nil, func(r *record) {
		if r.Pending != nil {
			p, ok = s.corpus.Passage(r.Pending.Passage)
			r.Pending = nil
		}
		if !ok {
			p, ok = s.nextFact(r)
		}
		if ok {
			s.consume(r, p.ID)
		}
	})
	switch {
	case err != nil:
		return corpus.Passage{}, err
	case !ok:
		return corpus.Passage{}, &Error{Code: ENotFound, Message: fmt.Sprintf("There are no %s facts in the notes to skip.", r.From)}
	}
	return p, nil
}

// Off stops a server's daily facts. The rotation is kept, so Set resumes
// where it stopped.
func (s *Scheduler) Off(guildID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.update(guildID, nil, func(r *record) {
		r.On = false
		r.Paused = ""
		r.Pending = nil
	})
	return err
}

// update applies fn to a guild's record in one store transaction and
// re-arms the timer. A guild without a record gets fresh, or errNotSetUp
// when fresh is nil. The caller holds s.mu.
func (s *Scheduler) update(guild string, fresh *record, fn func(r *record)) (*record, error) {
	var out *record
	err := s.db.Update(func(tx *bolt.Tx) error {
		r, err := getRecord(tx, guild)
		switch {
		case err != nil:
			return err
		case r == nil && fresh == nil:
			return errNotSetUp
		case r == nil:
			r = fresh
		}
		fn(r)
		out = r
		return putRecord(tx, r)
	})
	if err != nil {
		return nil, err
	}
	s.refresh(out, s.clock.Now())
	s.poke()
	return out, nil
}

// refresh notes when r's next post is due. The caller holds s.mu.
func (s *Scheduler) refresh(r *record, now time.Time) {
	if at, _, ok := nextPost(r, s.loc(r.Zone), now, s.grace); ok {
		s.next[r.Guild] = at
	} else {
		delete(s.next, r.Guild)
	}
}

// loc returns a zone, cached. The caller holds s.mu.
func (s *Scheduler) loc(name string) *time.Location {
	if l, ok := s.locs[name]; ok {
		return l
	}
	l, err := time.LoadLocation(name)
	if err != nil { // a name Set accepted; only a changed zone database can get here
		s.log.Error("daily: load zone", "zone", name, "err", err)
		return time.UTC
	}
	s.locs[name] = l
	return l
}

// poke wakes Run to re-arm its timer.
func (s *Scheduler) poke() {
	select {
	case s.wake <- struct{}{}:
	default:
	}
}
