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

	"github.com/conceptbot/conceptbot/corpus"
	"github.com/conceptbot/conceptbot/store"
)

// maxWait caps the wait of the single timer, so that a suspended host or a
// stepped wall clock is noticed within this long. It re-arms the timer; it
// does not poll the servers. A leader on a shared store also reloads every
// schedule this often, in case a change notice was lost.
const maxWait = 30 * time.Minute

// sendTimeout bounds a scheduled send; sendingFor is how long the intent
// being sent is marked so, against other processes' skip and now.
const (
	sendTimeout = 30 * time.Second
	sendingFor  = time.Minute
)

// handoffPoll is how often Now, handing a post to the leader, looks
// whether it went out.
const handoffPoll = 50 * time.Millisecond

var defaultBackoff = []time.Duration{time.Minute, 5 * time.Minute, 15 * time.Minute, 30 * time.Minute, time.Hour}

// Scheduler keeps every server's daily facts and, while this process leads,
// posts them when due. Its methods are safe for concurrent use.
type Scheduler struct {
	store   Store
	send    Sender // nil: this process does not post
	clock   Clock
	log     *slog.Logger
	grace   time.Duration
	backoff []time.Duration

	wake    chan struct{} // re-arms the timer of Run
	running atomic.Bool
	leading atomic.Bool
	wg      sync.WaitGroup // posts started by Run

	notes GuildNotes // nil: every server's facts come from corpus

	mu         sync.Mutex // guards the fields below and orders this process's store updates
	corpus     *corpus.Corpus
	rand       *rand.Rand
	next       map[string]time.Time // guild → when its next post is due; only guilds on and not paused
	inflight   map[string]bool      // guilds whose post this process is sending right now
	unrecorded map[string]*job      // posts sent whose success the store could not record
	locs       map[string]*time.Location
}

// New returns a Scheduler keeping its state in st and posting facts from c
// through send. send may be nil in a process that only answers /daily
// (an HTTP replica without a token): it cannot Run, and Now hands the post
// to the process that leads.
func New(st Store, c *corpus.Corpus, send Sender, opts Options) (*Scheduler, error) {
	if st == nil || c == nil {
		return nil, errors.New("daily: a store and a corpus are required")
	}
	s := &Scheduler{
		store:      st,
		send:       send,
		clock:      opts.Clock,
		log:        opts.Logger,
		grace:      opts.Grace,
		backoff:    opts.Backoff,
		notes:      opts.Notes,
		wake:       make(chan struct{}, 1),
		corpus:     c,
		rand:       opts.Rand,
		next:       map[string]time.Time{},
		inflight:   map[string]bool{},
		unrecorded: map[string]*job{},
		locs:       map[string]*time.Location{},
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
	return s, nil
}

// SetCorpus replaces the corpus facts are drawn from, e.g. after the notes
// are reloaded. New passages join the current rotations; removed ones are
// no longer posted.
func (s *Scheduler) SetCorpus(c *corpus.Corpus) {
	s.mu.Lock()
	defer s.mu.Unlock()
	s.corpus = c
}

// facts returns the corpora a server's facts come from: the shared corpus
// and, with Options.Notes, the server's own documents before it (or
// instead of it, when the server left the shared notes out). The caller
// holds s.mu.
func (s *Scheduler) facts(ctx context.Context, guild string) (facts, error) {
	if s.notes == nil || guild == "" {
		return facts{s.corpus}, nil
	}
	own, shared, err := s.notes.GuildCorpus(ctx, guild)
	if err != nil {
		return nil, &Error{Code: EUnavailable, Message: "This server's notes can't be read right now; try again in a minute.", Err: err}
	}
	var src facts
	if own != nil {
		src = append(src, own)
	}
	if shared {
		src = append(src, s.corpus)
	}
	return src, nil
}

// Leading reports whether this process posts the facts now.
func (s *Scheduler) Leading() bool { return s.leading.Load() }

// Run posts the facts as they fall due until ctx is done, then waits for
// the posts under way and returns nil. It first waits to lead (see
// Store.Lead): among processes sharing a store, one posts at a time, and
// another takes over when it stops or loses its connection. On taking the
// lead it reads every schedule: a post missed meanwhile is sent at once if
// it is within the grace window, and a post another leader left unfinished
// is sent again with its nonce. It keeps one timer, armed for the earliest
// due post of all servers.
func (s *Scheduler) Run(ctx context.Context) error {
	if s.send == nil {
		return errors.New("daily: Run needs a Sender")
	}
	if !s.running.CompareAndSwap(false, true) {
		return errors.New("daily: Run is already running")
	}
	defer s.running.Store(false)
	for {
		lease, err := s.store.Lead(ctx)
		if ctx.Err() != nil {
			return nil
		}
		if err != nil {
			s.log.Error("daily: cannot take the lead", "err", err)
			select {
			case <-ctx.Done():
				return nil
			case <-time.After(5 * time.Second):
			}
			continue
		}
		s.log.Info("daily: leading: this process posts the daily facts")
		s.lead(ctx, lease)
		lease.Release()
		if ctx.Err() != nil {
			return nil
		}
		s.log.Warn("daily: no longer leading; another process may post the daily facts")
	}
}

// lead posts while the lease holds.
func (s *Scheduler) lead(ctx context.Context, lease *store.Lease) {
	ctx, cancel := context.WithCancel(ctx)
	defer cancel()
	go func() {
		select {
		case <-lease.Lost():
			cancel()
		case <-ctx.Done():
		}
	}()
	s.leading.Store(true)
	defer s.leading.Store(false)
	defer s.wg.Wait()

	var reloadAt time.Time // zero: now
	for {
		now := s.clock.Now()
		if !now.Before(reloadAt) {
			if err := s.reload(ctx); err != nil {
				s.log.Error("daily: read the schedules", "err", err)
				reloadAt = now.Add(s.backoff[0])
			} else if lease.Changes() == nil {
				reloadAt = now.Add(100 * 365 * 24 * time.Hour) // nothing changes behind this process's back
			} else {
				reloadAt = now.Add(maxWait)
			}
		}
		due, deadline := s.due(now)
		if reloadAt.Before(deadline) {
			deadline = reloadAt
		}
		for _, g := range due {
			s.wg.Go(func() { s.fire(ctx, g) })
		}
		t := s.clock.NewTimer(deadline.Sub(s.clock.Now()))
		select {
		case <-ctx.Done():
			t.Stop()
			return
		case <-t.C():
		case <-s.wake:
			t.Stop()
		case g := <-lease.Changes():
			t.Stop()
			if g == "" {
				reloadAt = time.Time{}
			} else if err := s.reloadGuild(ctx, g); err != nil {
				s.log.Error("daily: read a changed schedule", "guild", g, "err", err)
				reloadAt = time.Time{}
			}
		}
	}
}

// reload reads every schedule and notes when each post is due.
func (s *Scheduler) reload(ctx context.Context) error {
	recs, err := s.store.DailySchedules(ctx)
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	clear(s.next)
	for _, r := range recs {
		s.refresh(r, now)
	}
	return nil
}

// reloadGuild reads one server's schedule, changed by another process.
func (s *Scheduler) reloadGuild(ctx context.Context, guild string) error {
	r, err := s.store.DailySchedule(ctx, guild)
	if errors.Is(err, store.ErrNotFound) {
		return nil
	}
	if err != nil {
		return err
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	s.refresh(r, s.clock.Now())
	return nil
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
	attempts                    int       // failed sends before this one
	sentAt                      time.Time // when the send succeeded, for unrecorded
}

// fire makes the due post of a guild claimed by due.
func (s *Scheduler) fire(ctx context.Context, guild string) {
	j, err := s.begin(ctx, guild, false)
	if err != nil || j == nil {
		s.mu.Lock()
		if err != nil {
			s.log.Error("daily post", "guild", guild, "err", err)
			// Try again later, not at once: the store may be down.
			s.next[guild] = s.clock.Now().Add(s.backoff[0])
		}
		delete(s.inflight, guild)
		s.mu.Unlock()
		s.poke()
		return
	}
	sctx, cancel := context.WithTimeout(ctx, sendTimeout)
	defer cancel()
	s.finish(ctx, j, s.send.SendFact(sctx, j.channel, j.passage, j.nonce))
}

// NowResult is what Now did.
type NowResult struct {
	Passage corpus.Passage // the fact
	// Queued is true when the post was handed to the process that posts
	// and had not gone out when Now returned; it goes out within moments.
	Queued bool
	// NoPoster is true, with Queued, when no process posts right now: the
	// post goes out when one starts, within the grace window.
	NoPoster bool
}

// Now posts the next fact at once. It counts as the post of the local date,
// so no other is made that date; it fails if that date's post is made
// already. A failed send is retried like a scheduled one. In a process
// that does not lead, the post is recorded in the store for the leader to
// send, and Now waits for it until ctx is done.
func (s *Scheduler) Now(ctx context.Context, guildID string) (NowResult, error) {
	if !s.leading.Load() || s.send == nil {
		return s.handOff(ctx, guildID)
	}
	j, err := s.begin(ctx, guildID, true)
	if err != nil {
		return NowResult{}, err
	}
	err = s.send.SendFact(ctx, j.channel, j.passage, j.nonce)
	s.finish(ctx, j, err)
	switch {
	case errors.Is(err, ErrChannelUnavailable):
		return NowResult{}, &Error{Code: ESend, Message: pausedReason, Err: err}
	case err != nil:
		return NowResult{}, &Error{Code: ESend, Message: "Posting the fact failed; it will be retried automatically.", Err: err}
	}
	return NowResult{Passage: j.passage}, nil
}

// handOff records a post for now and waits, until ctx is done, for the
// leader to send it.
func (s *Scheduler) handOff(ctx context.Context, guildID string) (NowResult, error) {
	j, err := s.intendNow(ctx, guildID)
	if err != nil {
		return NowResult{}, err
	}
	res := NowResult{Passage: j.passage, Queued: true}
	t := time.NewTicker(handoffPoll)
	defer t.Stop()
	for {
		select {
		case <-ctx.Done():
			cctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), time.Second)
			defer cancel()
			if held, err := s.store.HasLeader(cctx); err == nil && !held {
				res.NoPoster = true
			}
			return res, nil
		case <-t.C:
		}
		r, err := s.store.DailySchedule(ctx, guildID)
		switch {
		case err != nil:
			continue
		case r.Intent == nil || r.Intent.Nonce != j.nonce:
			if r.Handled >= j.date && !r.LastPost.IsZero() {
				return NowResult{Passage: j.passage}, nil
			}
			if r.Paused != "" {
				return NowResult{}, &Error{Code: ESend, Message: pausedReason}
			}
			return res, nil // skipped or turned off meanwhile
		case r.Paused != "":
			return NowResult{}, &Error{Code: ESend, Message: pausedReason}
		case r.Intent.Attempts > j.attempts:
			return NowResult{}, &Error{Code: ESend, Message: "Posting the fact failed; it will be retried automatically.", Err: errors.New(r.LastError)}
		}
	}
}

const pausedReason = "I can't post in the channel: it was deleted or I may no longer send messages there. Fix that, then run /daily set to resume."

var (
	errNotSetUp  = &Error{Code: ENotFound, Message: "Daily facts aren't set up on this server. A moderator can start them with /daily set."}
	errSending   = &Error{Code: EConflict, Message: "A fact is being posted right now; try again in a moment."}
	errPostedDay = &Error{Code: EConflict, Message: "Today's fact is posted already; there is one post a day."}
	errOff       = &Error{Code: EConflict, Message: "Daily facts are off on this server. Run /daily set to turn them on."}
)

func errNoFacts(f string, what string) error {
	return &Error{Code: ENotFound, Message: fmt.Sprintf("There are no %s facts in the notes to %s.", f, what)}
}

// intendNow records the intent of a post for today, due at once, and
// returns it; the caller sends it, or leaves it to the leader.
func (s *Scheduler) intendNow(ctx context.Context, guild string) (*job, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inflight[guild] {
		return nil, errSending
	}
	now := s.clock.Now()
	src, err := s.facts(ctx, guild)
	if err != nil {
		return nil, err
	}
	var j *job
	var userErr error
	_, err = s.update(ctx, guild, nil, func(r *record) {
		j, userErr = s.manual(src, r, now)
	})
	if err == nil {
		err = userErr
	}
	return j, err
}

// manual turns r's post for today into one due now, for Now.
func (s *Scheduler) manual(src facts, r *record, now time.Time) (*job, error) {
	date := now.In(s.loc(r.Zone)).Format(dateLayout)
	switch {
	case !r.On:
		return nil, errOff
	case r.Handled >= date:
		return nil, errPostedDay
	case r.Intent != nil && r.Intent.SendingUntil.After(now):
		return nil, errSending
	}
	if r.Intent != nil && r.Intent.Date != date {
		s.log.Warn("daily post superseded", "guild", r.Guild, "date", r.Intent.Date, "nonce", r.Intent.Nonce)
		r.Intent = nil
	}
	if r.Intent == nil && !s.intend(src, r, date, now, now) {
		return nil, errNoFacts(r.From, "post")
	}
	r.Intent.NextTry = now
	p, ok := src.passage(r.Intent.Passage)
	if !ok { // removed from the corpus since the intent
		if p, ok = s.nextFact(src, r); !ok {
			s.giveUp(r, now, fmt.Sprintf("there are no %s facts in the notes", r.From))
			return nil, errNoFacts(r.From, "post")
		}
		r.Intent.Passage = p.ID
	}
	return &job{guild: r.Guild, channel: r.Channel, date: r.Intent.Date, nonce: r.Intent.Nonce, passage: p, attempts: r.Intent.Attempts}, nil
}

// begin records the intent of a post, or finds the one recorded before,
// marks it as being sent by this process and returns it as a job; nil when
// nothing is due. manual is true for Now: the post is for today's local
// date and due at once. A scheduled post's guild is claimed already; a
// manual one claims it.
func (s *Scheduler) begin(ctx context.Context, guild string, manual bool) (*job, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	now := s.clock.Now()
	if manual && s.inflight[guild] {
		return nil, errSending
	}
	src, err := s.facts(ctx, guild)
	if err != nil {
		return nil, err
	}
	var j *job
	var userErr error
	_, err = s.update(ctx, guild, nil, func(r *record) {
		if u := s.unrecorded[guild]; u != nil && r.Intent != nil && r.Intent.Nonce == u.nonce && r.Intent.Date == u.date {
			// Sent before the store went away: record it, do not resend.
			s.sent(src, r, u, u.sentAt)
			if manual {
				userErr = errPostedDay
			}
			return
		}
		if manual {
			j, userErr = s.manual(src, r, now)
			if j != nil {
				r.Intent.SendingUntil = now.Add(sendingFor)
			}
			return
		}
		at, date, ok := nextPost(r, s.loc(r.Zone), now, s.grace)
		switch {
		case !ok || at.After(now):
			return
		case r.Intent == nil:
			if !s.intend(src, r, date, at, now) {
				r.Handled = max(r.Handled, date)
				r.LastError = fmt.Sprintf("Nothing was posted on %s: the notes have no %s facts.", date, r.From)
				r.LastErrorAt = now
				return
			}
		case !now.Before(r.Intent.Deadline):
			s.giveUp(r, now, "the grace window closed before the post was confirmed")
			return
		}
		p, ok := src.passage(r.Intent.Passage)
		if !ok { // removed from the corpus since the intent
			if p, ok = s.nextFact(src, r); !ok {
				s.giveUp(r, now, fmt.Sprintf("there are no %s facts in the notes", r.From))
				return
			}
			r.Intent.Passage = p.ID
		}
		r.Intent.SendingUntil = now.Add(sendingFor)
		j = &job{guild: guild, channel: r.Channel, date: r.Intent.Date, nonce: r.Intent.Nonce, passage: p}
	})
	if err == nil {
		delete(s.unrecorded, guild)
		if manual {
			err = userErr
		}
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
func (s *Scheduler) intend(src facts, r *record, date string, due, now time.Time) bool {
	p, ok := s.nextFact(src, r)
	if !ok {
		return false
	}
	r.Intent = &pending{
		Date:     date,
		Nonce:    nonce(r.Guild, r.Zone, date),
		Passage:  p.ID,
		Deadline: due.Add(s.grace),
		NextTry:  now,
	}
	return true
}

// giveUp drops r's recorded intent; its date gets no post and its passage
// stays in the rotation.
func (s *Scheduler) giveUp(r *record, now time.Time, why string) {
	s.log.Warn("daily post given up", "guild", r.Guild, "date", r.Intent.Date, "nonce", r.Intent.Nonce, "why", why)
	r.Handled = max(r.Handled, r.Intent.Date)
	r.LastError = fmt.Sprintf("The fact for %s was not posted: %s.", r.Intent.Date, why)
	r.LastErrorAt = now
	r.Intent = nil
}

// sent records in r that j was posted at now.
func (s *Scheduler) sent(src facts, r *record, j *job, now time.Time) {
	if r.Intent != nil && r.Intent.Nonce == j.nonce && r.Intent.Date == j.date {
		r.Intent = nil
	}
	// A late post (caught up or retried past midnight) also counts for the
	// date it went out on, so no date gets two.
	r.Handled = max(r.Handled, j.date, now.In(s.loc(r.Zone)).Format(dateLayout))
	r.LastPost = now
	r.LastError, r.LastErrorAt = "", time.Time{}
	r.Paused = ""
	s.consume(src, r, j.passage.ID)
}

// finish records the outcome of sending j and releases its guild.
func (s *Scheduler) finish(ctx context.Context, j *job, sendErr error) {
	s.mu.Lock()
	defer s.poke()
	defer s.mu.Unlock()
	defer delete(s.inflight, j.guild)
	log := s.log.With("guild", j.guild, "channel", j.channel, "date", j.date, "passage", j.passage.ID, "nonce", j.nonce)
	if sendErr != nil && errors.Is(ctx.Err(), context.Canceled) {
		// Shutting down or no longer leading: keep the intent; the next
		// leader resends it with its nonce. (A caller's deadline, as
		// /daily now has, is a failed send like any other.)
		log.Info("daily post interrupted", "err", sendErr)
		return
	}
	now := s.clock.Now()
	// Record the outcome even if ctx ended meanwhile.
	rctx, cancel := context.WithTimeout(context.WithoutCancel(ctx), sendTimeout)
	defer cancel()
	// Without its facts (its notes unreadable) the post is recorded as
	// usual; only a new cycle waits for the next post.
	src, err := s.facts(rctx, j.guild)
	if err != nil {
		log.Warn("daily post: read the server's notes", "err", err)
	}
	_, err = s.update(rctx, j.guild, nil, func(r *record) {
		mine := r.Intent != nil && r.Intent.Nonce == j.nonce && r.Intent.Date == j.date
		if sendErr == nil {
			s.sent(src, r, j, now)
			return
		}
		r.LastError, r.LastErrorAt = sendErr.Error(), now
		switch {
		case errors.Is(sendErr, ErrChannelUnavailable):
			r.Paused = pausedReason
			if mine {
				r.Intent.SendingUntil = time.Time{}
			}
		case mine:
			r.Intent.Attempts++
			r.Intent.SendingUntil = time.Time{}
			next := now.Add(s.backoff[min(r.Intent.Attempts, len(s.backoff))-1])
			if next.After(r.Intent.Deadline) {
				s.giveUp(r, now, fmt.Sprintf("%d attempts failed, the last with: %v", r.Intent.Attempts, sendErr))
			} else {
				r.Intent.NextTry = next
			}
		}
	})
	switch {
	case err != nil && sendErr == nil:
		// Posted, but not recorded: remember it, so that this process
		// records it rather than resend when it next tries (Discord would
		// drop a resend with the nonce anyway, for a while).
		j.sentAt = now
		s.unrecorded[j.guild] = j
		s.next[j.guild] = now.Add(s.backoff[0])
		log.Error("daily post sent, but recording it failed", "err", err)
	case err != nil:
		s.next[j.guild] = now.Add(s.backoff[0])
		log.Error("daily post: record outcome", "sent", false, "err", err)
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
func (s *Scheduler) Set(ctx context.Context, guildID, channelID, hhmm, zone, from string) (Status, error) {
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
	r, err := s.update(ctx, guildID, fresh, func(r *record) {
		if !r.On || r.Hour != h || r.Minute != m || r.Zone != zone {
			r.Since = now
		}
		if r.Zone != zone && r.Zone != "" {
			r.Handled = rezoneHandled(r, s.loc(r.Zone), s.loc(zone))
		}
		r.Channel, r.Hour, r.Minute, r.Zone, r.From, r.On = channelID, h, m, zone, string(f), true
		r.Paused = ""
		if r.Intent != nil {
			r.Intent.NextTry, r.Intent.Attempts = now, 0
		}
	})
	if err != nil {
		return Status{}, err
	}
	return s.status(ctx, r, now), nil
}

// Status reports a server's daily facts.
func (s *Scheduler) Status(ctx context.Context, guildID string) (Status, error) {
	r, err := s.store.DailySchedule(ctx, guildID)
	if err != nil {
		return Status{}, storeError(err)
	}
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.status(ctx, r, s.clock.Now()), nil
}

// status describes r. The caller holds s.mu.
func (s *Scheduler) status(ctx context.Context, r *record, now time.Time) Status {
	loc := s.loc(r.Zone)
	st := Status{
		GuildID:     r.Guild,
		ChannelID:   r.Channel,
		Time:        clock(r.Hour, r.Minute),
		Zone:        r.Zone,
		From:        From(r.From),
		On:          r.On,
		Paused:      r.Paused != "",
		Reason:      r.Paused,
		Retrying:    r.On && r.Paused == "" && r.Intent != nil && r.Intent.Attempts > 0,
		Next:        upcoming(r, loc, now, s.grace, 3),
		LastError:   r.LastError,
		LastErrorAt: r.LastErrorAt,
	}
	if !r.LastPost.IsZero() {
		st.LastPost = r.LastPost.In(loc)
	}
	src, err := s.facts(ctx, r.Guild)
	if err != nil {
		s.log.Warn("daily status: read the server's notes", "guild", r.Guild, "err", err)
	}
	elig := eligible(src, From(r.From))
	if st.Left = len(remaining(r, elig)); st.Left == 0 {
		st.Left = len(elig)
	}
	return st
}

// Preview returns the fact the next post will carry, without consuming it.
func (s *Scheduler) Preview(ctx context.Context, guildID string) (corpus.Passage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	src, err := s.facts(ctx, guildID)
	if err != nil {
		return corpus.Passage{}, err
	}
	var p corpus.Passage
	var ok bool
	r, err := s.update(ctx, guildID, nil, func(r *record) {
		if r.Intent != nil {
			if p, ok = src.passage(r.Intent.Passage); ok {
				return
			}
		}
		p, ok = s.nextFact(src, r)
	})
	switch {
	case err != nil:
		return corpus.Passage{}, err
	case !ok:
		return corpus.Passage{}, errNoFacts(r.From, "post")
	}
	return p, nil
}

// Skip passes over the fact the next post would carry and returns it. If
// that post is being retried, it is made with the fact after.
func (s *Scheduler) Skip(ctx context.Context, guildID string) (corpus.Passage, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	if s.inflight[guildID] {
		return corpus.Passage{}, errSending
	}
	now := s.clock.Now()
	src, err := s.facts(ctx, guildID)
	if err != nil {
		return corpus.Passage{}, err
	}
	var p corpus.Passage
	var ok bool
	var userErr error
	r, err := s.update(ctx, guildID, nil, func(r *record) {
		if r.Intent != nil && r.Intent.SendingUntil.After(now) {
			userErr = errSending
			return
		}
		if r.Intent != nil {
			p, ok = src.passage(r.Intent.Passage)
			r.Intent = nil
		}
		if !ok {
			p, ok = s.nextFact(src, r)
		}
		if ok {
			s.consume(src, r, p.ID)
		}
	})
	switch {
	case err != nil:
		return corpus.Passage{}, err
	case userErr != nil:
		return corpus.Passage{}, userErr
	case !ok:
		return corpus.Passage{}, errNoFacts(r.From, "skip")
	}
	return p, nil
}

// Off stops a server's daily facts. The rotation is kept, so Set resumes
// where it stopped.
func (s *Scheduler) Off(ctx context.Context, guildID string) error {
	s.mu.Lock()
	defer s.mu.Unlock()
	_, err := s.update(ctx, guildID, nil, func(r *record) {
		r.On = false
		r.Paused = ""
		r.Intent = nil
	})
	return err
}

// update applies fn to a guild's record in one store transaction and
// re-arms the timer. A guild without a record gets fresh, or errNotSetUp
// when fresh is nil. Store failures come back as an *Error for the
// moderator (see storeError). The caller holds s.mu.
func (s *Scheduler) update(ctx context.Context, guild string, fresh *record, fn func(r *record)) (*record, error) {
	out, err := s.store.UpdateDailySchedule(ctx, guild, fresh, func(r *record) error {
		fn(r)
		return nil
	})
	if err != nil {
		return nil, storeError(err)
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
