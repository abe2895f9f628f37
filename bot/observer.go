package bot

import "time"

// Observer is told what the bot does, for metrics. Its methods are called
// from many goroutines at once and must return quickly. Package server's
// Metrics implements it; bot does not import a metrics library.
type Observer interface {
	// Answered reports a question searched in d; answered is false when
	// the bot abstained (the notes do not answer it with confidence).
	Answered(d time.Duration, answered bool)
	// RateLimited reports a question refused because its user asked too
	// often.
	RateLimited()
	// Voted reports a vote cast or changed on an answer: 👍 when up.
	Voted(up bool)
}

// nopObserver is the default Observer: it observes nothing.
type nopObserver struct{}

func (nopObserver) Answered(time.Duration, bool) {}
func (nopObserver) RateLimited()                 {}
func (nopObserver) Voted(bool)                   {}

// allow takes a token from user's rate-limit bucket and tells the observer
// when there is none; see limiter.allow.
func (b *Bot) allow(user string) (ok, first bool) {
	ok, first = b.limit.allow(user)
	if !ok {
		b.obs.RateLimited()
	}
	return ok, first
}
